"""What a handler reads (the context) and what it gives back (the result)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from classifiers import Classification, ParsedMail
from storage.models import InboundMessage, InboundStatus


@dataclass(frozen=True)
class DeskSettings:
    """The parts of the configuration handlers need, so that they never read a global config."""

    from_address: str = "privacy@prospectra.example"
    from_name: str = "Prospectra privacy desk"
    reply_domain: str = "prospectra.example"
    staff_addresses: tuple[str, ...] = ()
    footer_phrases: tuple[str, ...] = ()


@dataclass
class Attribution:
    """Which Senders a mail concerns, and how we know."""

    sender_ids: list[int] = field(default_factory=list)
    method: str = "none"  # reply-token | in-reply-to | abuse-domain | prospect | none
    campaign_recipient: str | None = None  # the address the campaign mail was sent to, when known


@dataclass(frozen=True)
class OutgoingMail:
    """A mail a handler wants sent; `unique_key` makes sure it is sent at most once."""

    unique_key: str
    kind: str
    to_address: str
    subject: str
    body: str
    language: str = "en"
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


@dataclass
class HandlerContext:
    """Everything one step of handling may read, filled by the pipeline step named beside each field."""

    session: Session  # pipeline: the open transaction
    inbound: InboundMessage  # store
    mail: ParsedMail  # parse
    classification: Classification  # classify
    attribution: Attribution  # attribute
    settings: DeskSettings
    now: datetime


@dataclass
class HandlerResult:
    """What a handler asks for: mail to send, and the status the inbound message ends in."""

    outgoing: list[OutgoingMail] = field(default_factory=list)
    status: InboundStatus = InboundStatus.PROCESSED
    note: str | None = None
