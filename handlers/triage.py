"""Requests the desk cannot yet act on alone: kept for staff, with an audit line."""

from __future__ import annotations

from classifiers import Label
from handlers.context import HandlerContext, HandlerResult
from handlers.registry import handles
from storage.events import record_event
from storage.models import InboundStatus


@handles(
    Label.ACCESS,
    Label.ERASURE,
    Label.RECTIFICATION,
    Label.RESTRICTION,
    Label.PORTABILITY,
    Label.POST_MORTEM,
    Label.ABUSE_REPORT,
    Label.UNKNOWN,
)
def handle_for_staff(ctx: HandlerContext) -> HandlerResult:
    """Put the mail in staff triage; the case handlers for these labels replace this one as they land."""
    labels = ",".join(ctx.classification.labels)
    record_event(ctx.session, "triage", f"labels={labels}", ctx.now, inbound_id=ctx.inbound.id)
    return HandlerResult(status=InboundStatus.TRIAGE, note=f"staff triage: {labels}")
