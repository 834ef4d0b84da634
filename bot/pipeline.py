"""The one place that says what happens to a stored mail: parse → classify → attribute → handle → commit."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, select

from classifiers import Classification, ParsedMail, classify_parsed, parse_mail
from classifiers.addresses import redact
from handlers.attribution import attribute_sender
from handlers.context import Attribution, DeskSettings, HandlerContext, HandlerResult
from handlers.errors import Quarantine, RetryLater
from handlers.outgoing import outbox_row
from handlers.registry import Handler, build_handler_table
from storage.database import session_scope
from storage.models import InboundMessage, InboundStatus, OutboxMessage
from storage.types import utcnow

log = logging.getLogger("mailbot.pipeline")

MAX_ATTEMPTS = 5
WARM_UP_MAIL = b"From: warm-up@mailbot.invalid\nSubject: warm-up\n\nPlease unsubscribe me.\n"
_STATUS_RANK = {InboundStatus.PROCESSED: 0, InboundStatus.TRIAGE: 1}


@dataclass
class Run:
    """One message's way through the steps; each step fills the fields after it."""

    session: Session
    inbound: InboundMessage
    settings: DeskSettings
    now: datetime
    mail: ParsedMail | None = None  # parse
    classification: Classification | None = None  # classify
    attribution: Attribution | None = None  # attribute
    results: list[HandlerResult] = field(default_factory=list)  # handle


def parse(run: Run, handlers: dict) -> None:
    run.mail = parse_mail(run.inbound.raw or b"")
    if not run.mail.readable:
        raise Quarantine(run.mail.unreadable_reason or "unreadable")


def classify(run: Run, handlers: dict) -> None:
    run.classification = classify_parsed(run.mail, run.inbound.mailbox, run.settings.footer_phrases)


def attribute(run: Run, handlers: dict) -> None:
    run.attribution = attribute_sender(
        run.session, run.mail, run.inbound.envelope_to, run.inbound.mailbox, run.settings.reply_domain
    )


def handle(run: Run, handlers: dict[str, Handler]) -> None:
    context = HandlerContext(
        session=run.session,
        inbound=run.inbound,
        mail=run.mail,
        classification=run.classification,
        attribution=run.attribution,
        settings=run.settings,
        now=run.now,
    )
    for label in run.classification.labels:
        run.results.append(handlers[label](context))


def commit(run: Run, handlers: dict) -> None:
    """Outbox rows and the inbound row's final state; the transaction commits when the run ends."""
    for result in run.results:
        for mail in result.outgoing:
            exists = run.session.exec(
                select(OutboxMessage.id).where(OutboxMessage.unique_key == mail.unique_key)
            )
            if exists.first() is None:
                run.session.add(outbox_row(mail, run.settings, run.now, run.inbound.id))
    inbound = run.inbound
    inbound.status = max(
        (r.status for r in run.results), key=_STATUS_RANK.get, default=InboundStatus.PROCESSED
    )
    inbound.labels = [str(label) for label in run.classification.labels]
    inbound.scores = {str(k): round(v, 4) for k, v in run.classification.scores.items()}
    inbound.language = run.classification.language
    inbound.sender_id = run.attribution.sender_ids[0] if len(run.attribution.sender_ids) == 1 else None
    inbound.processed_at = run.now
    inbound.error = None


STEPS = (parse, classify, attribute, handle, commit)


class Pipeline:
    """Runs stored mails through STEPS; a failing mail is quarantined or retried, never lost."""

    def __init__(self, engine: Engine, settings: DeskSettings) -> None:
        self.engine = engine
        self.settings = settings
        self.handlers = build_handler_table()
        classify_parsed(parse_mail(WARM_UP_MAIL))  # load the rules and the model now, not on the first mail

    def process(self, inbound_id: int, now: datetime | None = None) -> str:
        """Process one stored mail; returns its status afterwards."""
        try:
            with session_scope(self.engine) as session:
                inbound = session.get(InboundMessage, inbound_id)
                if inbound is None or inbound.status != InboundStatus.RECEIVED:
                    return inbound.status if inbound else "missing"
                run = Run(session, inbound, self.settings, now or utcnow())
                for step in STEPS:
                    step(run, self.handlers)
                status = inbound.status
            log.info(
                "inbound %s %s labels=%s from=%s",
                inbound_id,
                status,
                ",".join(inbound.labels),
                redact(run.mail.from_address),
            )
            return status
        except Quarantine as reason:
            return self._set_failed(inbound_id, InboundStatus.QUARANTINED, str(reason))
        except (RetryLater, IntegrityError, OperationalError) as error:
            return self._retry_or_give_up(inbound_id, f"{type(error).__name__}: {str(error)[:200]}")
        except Exception as error:
            log.exception("inbound %s: handling failed", inbound_id)
            return self._set_failed(
                inbound_id, InboundStatus.QUARANTINED, f"internal error: {type(error).__name__}"
            )

    def pending(self) -> list[int]:
        """Ids of stored mails not processed yet (after a crash or a storage failure)."""
        with session_scope(self.engine) as session:
            query = select(InboundMessage.id).where(InboundMessage.status == InboundStatus.RECEIVED)
            return list(session.exec(query.order_by(InboundMessage.id)))

    def _retry_or_give_up(self, inbound_id: int, reason: str) -> str:
        with session_scope(self.engine) as session:
            inbound = session.get(InboundMessage, inbound_id)
            inbound.attempts += 1
            inbound.error = reason
            if inbound.attempts >= MAX_ATTEMPTS:
                inbound.status = InboundStatus.QUARANTINED
                inbound.error = f"gave up after {inbound.attempts} attempts: {reason}"
            log.warning(
                "inbound %s: attempt %s failed (%s)", inbound_id, inbound.attempts, reason.split(":")[0]
            )
            return inbound.status

    def _set_failed(self, inbound_id: int, status: InboundStatus, reason: str) -> str:
        with session_scope(self.engine) as session:
            inbound = session.get(InboundMessage, inbound_id)
            inbound.status = status
            inbound.error = reason
            inbound.processed_at = utcnow()
        log.warning("inbound %s %s: %s", inbound_id, status, reason)
        return status
