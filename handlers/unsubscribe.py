"""Unsubscribe: suppress the address for the Sender(s) concerned at once, confirm once to the prospect."""

from __future__ import annotations

import hashlib

from classifiers import Label
from classifiers.addresses import is_plausible_address, normalize_address, redact
from classifiers.feedback_report import feedback_report
from handlers.context import HandlerContext, HandlerResult
from handlers.errors import Quarantine
from handlers.outgoing import compose
from handlers.registry import handles
from storage.events import record_event
from storage.models import ProspectStatus, Suppression
from storage.prospects import prospects_for, senders_holding, set_status
from storage.senders import senders_by_ids
from storage.suppressions import suppress

_NO_REPLY = ("noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon", "postmaster")


def _may_answer(ctx: HandlerContext, address: str) -> bool:
    """RFC 3834: never answer a machine, nor an address that cannot receive an answer."""
    local = address.split("@", 1)[0]
    return (
        not ctx.classification.is_automatic
        and is_plausible_address(address)
        and not local.startswith(_NO_REPLY)
    )


@handles(Label.UNSUBSCRIBE)
def handle_unsubscribe(ctx: HandlerContext) -> HandlerResult:
    """Suppress, mark the prospects, audit, and confirm once per address and Sender."""
    report = feedback_report(ctx.mail)
    if report is not None:  # an ISP's opt-out report: the person is the reported mail's recipient, not From
        addresses = sorted({normalize_address(a) for a in report.original_rcpt_to} - {""})
        if not addresses and ctx.attribution.campaign_recipient:
            addresses = [ctx.attribution.campaign_recipient]
        if not addresses:
            raise Quarantine("opt-out feedback report without the reported recipient")
        writer = None
    else:
        writer = ctx.mail.from_address
        if not writer:
            raise Quarantine("unsubscribe request without a From address")
        addresses = sorted({writer, ctx.attribution.campaign_recipient} - {None})
    sender_ids = ctx.attribution.sender_ids or senders_holding(ctx.session, addresses)
    scopes: list[int | None] = list(sender_ids) or [None]

    rows: list[Suppression] = []
    for address in addresses:
        for sender_id in scopes:
            row, created = suppress(
                ctx.session,
                address,
                sender_id,
                reason="unsubscribe",
                source=f"mail:{ctx.inbound.mailbox}",
                now=ctx.now,
                inbound_id=ctx.inbound.id,
            )
            rows.append(row)
            if created:
                record_event(
                    ctx.session,
                    "suppressed",
                    f"unsubscribe {redact(address)} attribution={ctx.attribution.method} "
                    f"scope={'all' if sender_id is None else sender_id}",
                    ctx.now,
                    sender_id=sender_id,
                    inbound_id=ctx.inbound.id,
                )
    set_status(prospects_for(ctx.session, addresses, sender_ids), ProspectStatus.SUPPRESSED, ctx.now)

    result = HandlerResult()
    unconfirmed = [row for row in rows if writer and row.email == writer and row.confirmed_at is None]
    if unconfirmed and writer and _may_answer(ctx, writer):
        result.outgoing.append(_confirmation(ctx, writer, unconfirmed))
        for row in unconfirmed:
            row.confirmed_at = ctx.now
    elif unconfirmed:
        record_event(
            ctx.session,
            "confirmation-withheld",
            "automatic mail or unanswerable address",
            ctx.now,
            inbound_id=ctx.inbound.id,
        )
    return result


def _confirmation(ctx: HandlerContext, address: str, rows: list[Suppression]):
    sender_ids = [row.sender_id for row in rows if row.sender_id is not None]
    senders = senders_by_ids(ctx.session, sender_ids)
    # Too short to tell ("STOP"): answer in the language of the one Sender concerned, else English.
    language = ctx.classification.language or (senders[0].language if len(senders) == 1 else None)
    scopes = ",".join(sorted(row.scope for row in rows))
    key = "unsubscribe-confirmation:" + hashlib.sha256(f"{address}|{scopes}".encode()).hexdigest()[:40]
    return compose(
        key,
        "unsubscribe_confirmation",
        "prospect/unsubscribe_confirmation",
        address,
        language,
        in_reply_to=ctx.mail.message_id,
        references=tuple(ctx.mail.references),
        address=address,
        senders=[sender.name for sender in senders],
        date=ctx.now.date().isoformat(),
    )
