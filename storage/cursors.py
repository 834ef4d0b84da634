"""Where each IMAP mailbox stands: its folder's UIDVALIDITY and the highest UID already stored and marked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from storage.database import session_scope
from storage.models import ImapCursor
from storage.types import utcnow


@dataclass(frozen=True)
class Position:
    folder: str
    uidvalidity: int
    last_uid: int


def read_position(engine: Engine, mailbox_name: str) -> Position | None:
    """The stored position of `mailbox_name`, or None before its first mail."""
    with session_scope(engine) as session:
        row = session.get(ImapCursor, mailbox_name)
        return Position(row.folder, row.uidvalidity, row.last_uid) if row else None


def save_position(engine: Engine, mailbox_name: str, position: Position) -> None:
    """Record that every UID up to `position.last_uid` of the folder is stored and marked."""
    with session_scope(engine) as session:
        row = session.get(ImapCursor, mailbox_name) or ImapCursor(mailbox_name=mailbox_name)
        row.folder, row.uidvalidity, row.last_uid = position.folder, position.uidvalidity, position.last_uid
        row.updated_at = utcnow()
        session.add(row)
