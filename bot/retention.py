"""Retention passes the daemon runs on a timer and `mailbot purge` runs on demand."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.engine import Engine

from bot.config import Config
from storage.database import session_scope
from storage.retention import count_expired_raw, drop_expired_raw


def purge_raw_mail(engine: Engine, config: Config, now: datetime, dry_run: bool = False) -> int:
    """Drop raw bytes older than `database.keep_raw_days`; returns how many mails lost them."""
    before = now - timedelta(days=config.database.keep_raw_days)
    with session_scope(engine) as session:
        if dry_run:
            return count_expired_raw(session, before)
        return drop_expired_raw(session, before)
