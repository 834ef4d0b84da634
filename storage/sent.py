"""Campaign mails sent for Senders: found again by reply token or Message-ID."""

from __future__ import annotations

from sqlmodel import Session, select

from storage.models import SentMessage


def sent_by_token(session: Session, token: str) -> SentMessage | None:
    return session.exec(select(SentMessage).where(SentMessage.reply_token == token)).first()


def sent_by_message_ids(session: Session, message_ids: list[str]) -> SentMessage | None:
    """The campaign mail among `message_ids`, trying them in the order given."""
    if not message_ids:
        return None
    rows = {
        row.message_id: row
        for row in session.exec(select(SentMessage).where(SentMessage.message_id.in_(message_ids)))
    }
    return next((rows[mid] for mid in message_ids if mid in rows), None)
