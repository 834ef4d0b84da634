"""Storing a mail as it arrives: one inbound row per (mailbox, Message-ID or hash), committed before any ack."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from classifiers.parsing import extract_message_ids
from storage.database import session_scope
from storage.models import InboundMessage


@dataclass(frozen=True)
class Stored:
    """The inbound row's id, and whether the mail had been stored before (a redelivery)."""

    inbound_id: int
    duplicate: bool


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID of `raw`, read from the header block only; None when absent or unreadable."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[: 256 * 1024])
        ids = extract_message_ids(str(headers.get("Message-ID", "")))
    except Exception:
        return None
    return ids[0] if ids else None


def dedupe_key(raw: bytes) -> tuple[str, str | None, str]:
    """(dedupe key, Message-ID, sha256): the Message-ID when there is one, else the hash of the bytes."""
    digest = hashlib.sha256(raw).hexdigest()
    message_id = header_message_id(raw)
    return (f"mid:{message_id}" if message_id else f"sha256:{digest}"), message_id, digest


def store_inbound(
    engine: Engine,
    raw: bytes,
    *,
    mailbox: str,
    source: str,
    received_at: datetime,
    source_key: str | None = None,
    envelope_to: list[str] | None = None,
) -> Stored:
    """Commit the inbound row for `raw` (or find the one stored before); raises when storage fails."""
    key, message_id, digest = dedupe_key(raw)
    row = InboundMessage(
        mailbox=mailbox,
        source=source,
        source_key=source_key,
        dedupe_key=key,
        message_id=message_id,
        sha256=digest,
        envelope_to=[a.lower() for a in envelope_to or []],
        received_at=received_at,
        raw=raw,
        raw_size=len(raw),
    )
    try:
        with session_scope(engine) as session:
            session.add(row)
            session.flush()
            return Stored(row.id, False)
    except IntegrityError:  # stored before: a redelivery, or a concurrent delivery of the same mail
        found = _find(engine, mailbox, key)
        if found is None:
            raise
        return Stored(found, True)


def _find(engine: Engine, mailbox: str, key: str) -> int | None:
    with session_scope(engine) as session:
        query = select(InboundMessage.id).where(
            InboundMessage.mailbox == mailbox, InboundMessage.dedupe_key == key
        )
        return session.exec(query).first()
