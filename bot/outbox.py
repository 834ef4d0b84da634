"""The outbox worker: sends committed outbox rows by SMTP (aiosmtplib) or into a Maildir, with backoff."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import socket
import time
from datetime import timedelta
from pathlib import Path

import aiosmtplib
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.backoff import backoff_seconds
from bot.config import Config
from classifiers.addresses import redact
from storage.database import session_scope
from storage.models import OutboxMessage, OutboxStatus
from storage.types import utcnow

log = logging.getLogger("mailbot.outbox")
BATCH = 100


def deliver_to_maildir(maildir: Path, row: OutboxMessage) -> Path:
    """Write the mail into `maildir/new`; its name comes from the unique key, so a retry rewrites one file."""
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    name = (
        f"{hashlib.sha256(row.unique_key.encode()).hexdigest()[:32]}.{socket.gethostname().replace('/', '_')}"
    )
    temporary = maildir / "tmp" / name
    with open(temporary, "wb") as file:
        file.write(row.message.encode("utf-8"))
        file.flush()
        os.fsync(file.fileno())
    final = maildir / "new" / name
    os.replace(temporary, final)
    return final


async def deliver_by_smtp(config: Config, row: OutboxMessage) -> None:
    smtp = config.smtp
    await aiosmtplib.send(
        row.message.encode("utf-8"),
        sender=row.from_address,
        recipients=[row.to_address],
        hostname=smtp.host,
        port=smtp.port,
        use_tls=smtp.security == "tls",
        start_tls=smtp.security == "starttls",
        username=smtp.username or None,
        password=config.secret(smtp.password_env) if smtp.username else None,
        timeout=smtp.timeout_seconds,
    )


def due_messages(engine: Engine, limit: int = BATCH) -> list[OutboxMessage]:
    with session_scope(engine) as session:
        query = (
            select(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.next_attempt_at <= utcnow())
            .order_by(OutboxMessage.id)
            .limit(limit)
        )
        return list(session.exec(query))


def _record(engine: Engine, message_id: int, error: str | None, config: Config) -> None:
    with session_scope(engine) as session:
        row = session.get(OutboxMessage, message_id)
        row.attempts += 1
        if error is None:
            row.status, row.sent_at, row.last_error = OutboxStatus.SENT, utcnow(), None
            return
        row.last_error = error[:500]
        if row.attempts >= config.outbox.max_attempts:
            row.status = OutboxStatus.FAILED
            log.error("outbox %s: gave up after %s attempts", row.unique_key, row.attempts)
            return
        delay = backoff_seconds(
            row.attempts, config.outbox.first_retry_seconds, config.outbox.max_retry_seconds
        )
        row.next_attempt_at = utcnow() + timedelta(seconds=delay)
        log.warning("outbox %s: attempt %s failed, next in %.0fs", row.unique_key, row.attempts, delay)


async def send_due(engine: Engine, config: Config) -> int:
    """Send everything due now; returns how many were sent. Failures are rescheduled with backoff."""
    sent = 0
    while batch := await asyncio.to_thread(due_messages, engine):
        sent += await _send_batch(engine, config, batch)
    return sent


async def _send_batch(engine: Engine, config: Config, batch: list[OutboxMessage]) -> int:
    sent = 0
    for row in batch:
        started = time.monotonic()
        try:
            if config.smtp is None:
                await asyncio.to_thread(deliver_to_maildir, Path(config.outbox.maildir), row)
            else:
                await deliver_by_smtp(config, row)
        except Exception as error:  # refused, unreachable, timed out: all retried with backoff
            await asyncio.to_thread(_record, engine, row.id, f"{type(error).__name__}: {error}", config)
            continue
        await asyncio.to_thread(_record, engine, row.id, None, config)
        sent += 1
        log.info(
            "outbox %s sent to %s in %.0f ms",
            row.kind,
            redact(row.to_address),
            (time.monotonic() - started) * 1000,
        )
    return sent
