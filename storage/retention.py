"""Retention: what is deleted when its time is up (today: the raw bytes of handled mail)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import Session, select

from storage.models import InboundMessage, InboundStatus


def _expired_raw(before: datetime):
    return (
        InboundMessage.raw.is_not(None),
        InboundMessage.received_at < before,
        InboundMessage.status != InboundStatus.RECEIVED,  # never drop a mail not yet handled
    )


def count_expired_raw(session: Session, before: datetime) -> int:
    """How many handled mails received before `before` still keep their raw bytes."""
    return session.exec(select(func.count()).select_from(InboundMessage).where(*_expired_raw(before))).one()


def drop_expired_raw(session: Session, before: datetime) -> int:
    """Forget the raw bytes of handled mail received before `before`; the inbound row stays."""
    result = session.exec(update(InboundMessage).where(*_expired_raw(before)).values(raw=None))
    return result.rowcount or 0
