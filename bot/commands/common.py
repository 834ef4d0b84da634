"""What every command shares: the user-error type, opening the database, JSON and time helpers."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.config import Config

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


class CliError(Exception):
    """A mistake of the user's; printed as one line, exit status 2."""


def engine_for(config: Config, migrated: bool = True) -> Engine:
    """The configured database, checked to be at the newest schema unless `migrated` is False."""
    from storage.database import open_engine, require_current_schema  # SQLAlchemy: only for commands using it

    engine = open_engine(config.database.url, config.database.busy_timeout_ms)
    if migrated:
        require_current_schema(engine)
    return engine


def print_json(document) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def parse_time(text: str, config: Config, what: str = "time") -> datetime:
    """An ISO 8601 time; without an offset it is read in the configured time zone."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what} {text!r} is not an ISO 8601 date and time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(config.clock.timezone))
    return moment
