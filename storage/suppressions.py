"""The opt-out list: add once per (Sender or all, address), look up, list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, or_, select

from storage.models import GLOBAL_SCOPE, Suppression


def scope_of(sender_id: int | None) -> str:
    return GLOBAL_SCOPE if sender_id is None else str(sender_id)


def find_suppression(session: Session, email: str, sender_id: int | None) -> Suppression | None:
    query = select(Suppression).where(Suppression.scope == scope_of(sender_id), Suppression.email == email)
    return session.exec(query).first()


def suppress(
    session: Session,
    email: str,
    sender_id: int | None,
    *,
    reason: str,
    source: str,
    now: datetime,
    inbound_id: int | None = None,
) -> tuple[Suppression, bool]:
    """The suppression for (sender, email), created if absent; returns (row, created)."""
    existing = find_suppression(session, email, sender_id)
    if existing:
        return existing, False
    row = Suppression(
        scope=scope_of(sender_id),
        sender_id=sender_id,
        email=email,
        reason=reason,
        source=source,
        inbound_id=inbound_id,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # another worker suppressed it a moment ago
        return find_suppression(session, email, sender_id), False
    return row, True


def suppressions_for(session: Session, email: str, sender_id: int | None = None) -> list[Suppression]:
    """Entries that stop mail to `email`: the global one and, with `sender_id`, that Sender's; else all."""
    query = select(Suppression).where(Suppression.email == email)
    if sender_id is not None:
        query = query.where(or_(Suppression.scope == GLOBAL_SCOPE, Suppression.sender_id == sender_id))
    return list(session.exec(query.order_by(Suppression.created_at)))


def list_suppressions(
    session: Session, sender_id: int | None = None, global_only: bool = False
) -> list[Suppression]:
    query = select(Suppression)
    if global_only:
        query = query.where(Suppression.scope == GLOBAL_SCOPE)
    elif sender_id is not None:
        query = query.where(Suppression.sender_id == sender_id)
    return list(session.exec(query.order_by(Suppression.email, Suppression.scope)))
