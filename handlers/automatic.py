"""Bounces and auto-replies: recorded, never answered (RFC 3834)."""

from __future__ import annotations

from classifiers import Label
from handlers.context import HandlerContext, HandlerResult
from handlers.registry import handles


@handles(Label.BOUNCE, Label.AUTO_REPLY)
def handle_automatic(ctx: HandlerContext) -> HandlerResult:
    """Keep the record; the bounce's recipient and the return date are read by the full classifier."""
    return HandlerResult(note="automatic mail recorded")
