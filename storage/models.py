"""SQLModel tables: senders, prospects, sent and inbound mail, suppressions, cases, the outbox, IMAP cursors."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Column, ForeignKey, Integer, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.types import JSONValue, UTCDateTime, utcnow


def _timestamp(nullable: bool = False, index: bool = False) -> Column:
    return Column(UTCDateTime(), nullable=nullable, index=index)


def _required_timestamp():
    return Field(default_factory=utcnow, sa_column=_timestamp())


class SenderStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class ProspectStatus(StrEnum):
    ACTIVE = "active"
    BOUNCED = "bounced"
    SUPPRESSED = "suppressed"
    ERASED = "erased"


class InboundStatus(StrEnum):
    RECEIVED = "received"  # stored, not yet processed
    PROCESSED = "processed"
    TRIAGE = "triage"  # processed, needs a person
    QUARANTINED = "quarantined"  # could not be read or handled; reason in `error`


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after the configured attempts


class Sender(SQLModel, table=True):
    """A customer of Prospectra: the controller of its prospects' data."""

    __tablename__ = "sender"
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True, max_length=64)
    name: str = Field(max_length=200)
    domains: list[str] = Field(default_factory=list, sa_column=Column(JSONValue, nullable=False))
    privacy_contact: str = Field(max_length=320)
    abuse_contact: str | None = Field(default=None, max_length=320)
    reply_forward: str | None = Field(default=None, max_length=320)
    language: str = Field(default="en", max_length=8)
    status: str = Field(default=SenderStatus.ACTIVE, max_length=16)
    terminated_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    created_at: datetime = _required_timestamp()


class Prospect(SQLModel, table=True):
    """A person a Sender imported: the policy §2 fields, one row per Sender and address."""

    __tablename__ = "prospect"
    __table_args__ = (UniqueConstraint("sender_id", "email", name="uq_prospect_sender_email"),)
    id: int | None = Field(default=None, primary_key=True)
    sender_id: int = Field(sa_column=Column(Integer, ForeignKey("sender.id"), nullable=False, index=True))
    email: str = Field(index=True, max_length=320)
    first_name: str | None = Field(default=None, max_length=200)
    last_name: str | None = Field(default=None, max_length=200)
    company: str | None = Field(default=None, max_length=200)
    role: str | None = Field(default=None, max_length=200)
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSONValue, nullable=False))
    notes: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    status: str = Field(default=ProspectStatus.ACTIVE, max_length=16)
    last_contact_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    created_at: datetime = _required_timestamp()
    updated_at: datetime = _required_timestamp()


class SentMessage(SQLModel, table=True):
    """A campaign mail sent for a Sender: what replies are matched against."""

    __tablename__ = "sent_message"
    id: int | None = Field(default=None, primary_key=True)
    sender_id: int = Field(sa_column=Column(Integer, ForeignKey("sender.id"), nullable=False, index=True))
    to_address: str = Field(index=True, max_length=320)
    message_id: str = Field(unique=True, index=True, max_length=998)
    reply_token: str | None = Field(default=None, unique=True, index=True, max_length=200)
    sent_at: datetime = Field(sa_column=_timestamp())
    subject: str = Field(default="", sa_column=Column(Text, nullable=False))


class InboundMessage(SQLModel, table=True):
    """A mail that reached one of the desk's mailboxes, stored before it is acknowledged."""

    __tablename__ = "inbound_message"
    __table_args__ = (UniqueConstraint("mailbox", "dedupe_key", name="uq_inbound_mailbox_dedupe"),)
    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(index=True, max_length=64)
    source: str = Field(max_length=16)  # lmtp | ingest | imap
    source_key: str | None = Field(default=None, max_length=200)
    dedupe_key: str = Field(max_length=1000)
    message_id: str | None = Field(default=None, max_length=998)
    sha256: str = Field(max_length=64)
    envelope_to: list[str] = Field(default_factory=list, sa_column=Column(JSONValue, nullable=False))
    received_at: datetime = Field(sa_column=_timestamp(index=True))
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    raw_size: int = 0
    status: str = Field(default=InboundStatus.RECEIVED, index=True, max_length=16)
    labels: list[str] = Field(default_factory=list, sa_column=Column(JSONValue, nullable=False))
    scores: dict = Field(default_factory=dict, sa_column=Column(JSONValue, nullable=False))
    language: str | None = Field(default=None, max_length=8)
    sender_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("sender.id"), nullable=True)
    )
    error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    attempts: int = 0
    processed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


GLOBAL_SCOPE = "*"


class Suppression(SQLModel, table=True):
    """An address that must not be mailed again, for one Sender or (scope `*`) for all."""

    __tablename__ = "suppression"
    __table_args__ = (UniqueConstraint("scope", "email", name="uq_suppression_scope_email"),)
    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(max_length=32)  # str(sender_id), or GLOBAL_SCOPE
    sender_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("sender.id"), nullable=True)
    )
    email: str = Field(index=True, max_length=320)
    reason: str = Field(max_length=64)
    source: str = Field(max_length=64)
    inbound_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("inbound_message.id"), nullable=True)
    )
    created_at: datetime = _required_timestamp()
    confirmed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


class Case(SQLModel, table=True):
    """A data-subject or abuse request with its legal deadline."""

    __tablename__ = "privacy_case"
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(unique=True, index=True, max_length=32)
    kind: str = Field(max_length=32)
    subject_email: str = Field(index=True, max_length=320)
    language: str | None = Field(default=None, max_length=8)
    received_at: datetime = Field(sa_column=_timestamp())
    due_at: datetime = Field(sa_column=_timestamp())
    extended_until: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    extension_reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    status: str = Field(default="open", index=True, max_length=16)
    inbound_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("inbound_message.id"), nullable=True)
    )
    created_at: datetime = _required_timestamp()


class CasePart(SQLModel, table=True):
    """The share of a case that one Sender must answer."""

    __tablename__ = "case_part"
    __table_args__ = (UniqueConstraint("case_id", "sender_id", name="uq_case_part_sender"),)
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(sa_column=Column(Integer, ForeignKey("privacy_case.id"), nullable=False, index=True))
    sender_id: int = Field(sa_column=Column(Integer, ForeignKey("sender.id"), nullable=False))
    status: str = Field(default="pending", max_length=16)
    forwarded_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    answered_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    outcome: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class CaseEvent(SQLModel, table=True):
    """One append-only audit line: who did what, when; tied to a case, a Sender or a mail."""

    __tablename__ = "case_event"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("privacy_case.id"), nullable=True, index=True)
    )
    sender_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("sender.id"), nullable=True)
    )
    inbound_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("inbound_message.id"), nullable=True)
    )
    at: datetime = _required_timestamp()
    actor: str = Field(max_length=320)
    action: str = Field(max_length=64)
    detail: str = Field(default="", sa_column=Column(Text, nullable=False))


class OutboxMessage(SQLModel, table=True):
    """A mail the bot will send or has sent; `unique_key` makes every send idempotent."""

    __tablename__ = "outbox"
    id: int | None = Field(default=None, primary_key=True)
    unique_key: str = Field(unique=True, index=True, max_length=200)
    kind: str = Field(max_length=64)
    to_address: str = Field(max_length=320)
    from_address: str = Field(max_length=320)
    subject: str = Field(sa_column=Column(Text, nullable=False))
    message: str = Field(sa_column=Column(Text, nullable=False))  # full RFC 5322 text, ready to send
    status: str = Field(default=OutboxStatus.PENDING, index=True, max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = _required_timestamp()
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    inbound_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("inbound_message.id"), nullable=True)
    )
    created_at: datetime = _required_timestamp()
    sent_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


class ImapCursor(SQLModel, table=True):
    """Per configured IMAP mailbox: the folder's UIDVALIDITY and the highest UID stored and marked."""

    __tablename__ = "imap_cursor"
    mailbox_name: str = Field(primary_key=True, max_length=64)
    folder: str = Field(max_length=200)
    uidvalidity: int = Field(sa_column=Column(BigInteger, nullable=False))
    last_uid: int = Field(sa_column=Column(BigInteger, nullable=False))
    updated_at: datetime = _required_timestamp()
