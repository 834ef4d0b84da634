"""Queries on prospects: who holds an address, status changes, imports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, select

from storage.models import Prospect


def senders_holding(session: Session, emails: Iterable[str]) -> list[int]:
    """Ids of the Senders that hold any of `emails` as a prospect."""
    emails = list(set(emails))
    if not emails:
        return []
    rows = session.exec(select(Prospect.sender_id).where(Prospect.email.in_(emails)).distinct())
    return sorted(rows)


def prospects_for(
    session: Session, emails: Iterable[str], sender_ids: Iterable[int] | None = None
) -> list[Prospect]:
    """Prospect rows for `emails`, limited to `sender_ids` when given."""
    query = select(Prospect).where(Prospect.email.in_(list(set(emails))))
    if sender_ids is not None:
        query = query.where(Prospect.sender_id.in_(list(sender_ids)))
    return list(session.exec(query))


def set_status(prospects: Iterable[Prospect], status: str, now: datetime) -> None:
    for prospect in prospects:
        if prospect.status != status:
            prospect.status = status
            prospect.updated_at = now


def upsert_prospect(session: Session, sender_id: int, email: str, fields: dict, now: datetime) -> bool:
    """Insert or update the prospect (sender, email) with `fields`; True when it was new."""
    prospect = session.exec(
        select(Prospect).where(Prospect.sender_id == sender_id, Prospect.email == email)
    ).first()
    created = prospect is None
    if created:
        prospect = Prospect(sender_id=sender_id, email=email, created_at=now)
    for name, value in fields.items():
        setattr(prospect, name, value)
    prospect.updated_at = now
    session.add(prospect)
    return created
