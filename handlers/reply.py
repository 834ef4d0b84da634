"""Ordinary replies: recorded as a contact with the prospect; nothing is sent back."""

from __future__ import annotations

from classifiers import Label
from handlers.context import HandlerContext, HandlerResult
from handlers.registry import handles
from storage.prospects import prospects_for


@handles(Label.REPLY)
def handle_reply(ctx: HandlerContext) -> HandlerResult:
    """Update the last contact of the prospect(s) the reply comes from."""
    if ctx.mail.from_address and ctx.attribution.sender_ids:
        for prospect in prospects_for(ctx.session, [ctx.mail.from_address], ctx.attribution.sender_ids):
            prospect.last_contact_at = ctx.now
            prospect.updated_at = ctx.now
    return HandlerResult(note="reply recorded")
