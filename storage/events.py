"""The append-only audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from storage.models import CaseEvent

BOT_ACTOR = "mailbot"


def record_event(
    session: Session,
    action: str,
    detail: str,
    now: datetime,
    *,
    actor: str = BOT_ACTOR,
    case_id: int | None = None,
    sender_id: int | None = None,
    inbound_id: int | None = None,
) -> CaseEvent:
    """Append one audit line; `detail` must not contain mail bodies."""
    event = CaseEvent(
        case_id=case_id,
        sender_id=sender_id,
        inbound_id=inbound_id,
        at=now,
        actor=actor,
        action=action,
        detail=detail,
    )
    session.add(event)
    return event
