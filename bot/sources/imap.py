"""The IMAP source: one task per configured mailbox, catch-up then IDLE (or polling), reconnecting forever.

A mail is marked processed on the server (moved, or flagged \\Seen) only after its inbound row is committed;
the highest marked UID is stored with the folder's UIDVALIDITY. A crash anywhere means the mail is fetched
again and the inbound dedupe key makes the second pass a no-op; a new UIDVALIDITY rescans the folder.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from concurrent.futures import Executor

from sqlalchemy.engine import Engine

from bot.backoff import backoff_seconds
from bot.config import MailboxSection
from bot.inbound import store_inbound
from bot.sources.imap_connection import ImapConnection, ImapError, LoginRefused
from storage.cursors import Position, read_position, save_position
from storage.types import utcnow

log = logging.getLogger("mailbot.imap")

IDLE_RENEW_SECONDS = 25 * 60  # RFC 2177: servers may drop an IDLE after 30 minutes
# aioimaplib reads a response one line per recursive call: a response of more than ~900 lines overflows
# Python's stack. Each command therefore names a bounded number of mails (3 lines each in a FETCH).
BATCH_MAILS = 100
SIZES_PER_COMMAND = 250
BATCH_BYTES = 16 * 1024 * 1024  # what one fetch may hold in memory (one larger mail is fetched alone)
FETCH_SECONDS_PER_MB = 5.0
BACKOFF_FIRST_SECONDS = 1.0
BACKOFF_MAX_SECONDS = 300.0


def batches(uids: list[int], sizes: dict[int, int]) -> list[list[int]]:
    """`uids` cut into fetches of at most BATCH_MAILS mails and BATCH_BYTES bytes."""
    cut: list[list[int]] = []
    current: list[int] = []
    weight = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if current and (len(current) >= BATCH_MAILS or weight + size > BATCH_BYTES):
            cut.append(current)
            current, weight = [], 0
        current.append(uid)
        weight += size
    return cut + ([current] if current else [])


class ImapSource:
    """Watches one mailbox; `run()` returns only when cancelled."""

    def __init__(
        self,
        settings: MailboxSection,
        password: str,
        engine: Engine,
        executor: Executor,
        on_stored: Callable[[int], None],
    ) -> None:
        self.settings = settings
        self.password = password
        self.engine = engine
        self.executor = executor
        self.on_stored = on_stored
        self.name = settings.name
        self._rng = random.Random()
        self.failures = 0  # attempts in a row that failed before the mailbox was caught up

    async def run(self) -> None:
        while True:
            connection = ImapConnection(self.settings, self.password)
            try:
                await connection.open()
                await self._watch(connection)
            except asyncio.CancelledError:
                await connection.close()
                raise
            except LoginRefused as error:
                self._retry_later(f"{error}; check the username and {self.settings.password_env}")
            except ImapError as error:
                self._retry_later(str(error))
            except Exception as error:  # storage down, or a bug: keep the other mailboxes and this one going
                self._retry_later(f"{type(error).__name__}: {_first_line(error)}")
            await connection.close()
            await asyncio.sleep(
                backoff_seconds(self.failures, BACKOFF_FIRST_SECONDS, BACKOFF_MAX_SECONDS, self._rng)
            )

    def _retry_later(self, reason: str) -> None:
        """One log line per failed attempt: which mailbox, which server, why."""
        self.failures += 1
        log.error(
            "mailbox %s (%s:%s): %s; attempt %d failed, retrying",
            self.name,
            self.settings.host,
            self.settings.port,
            reason,
            self.failures,
        )

    async def _watch(self, connection: ImapConnection) -> None:
        """Catch up, then wait for new mail and catch up again, until the connection fails."""
        folder, processed = self.settings.folder, self.settings.processed_folder
        if processed and processed not in await connection.folders():
            await connection.create(processed)
            log.info("mailbox %s: created folder %s", self.name, processed)
        selected = await connection.select(folder)
        log.info("mailbox %s: watching %s (%d waiting)", self.name, folder, selected.exists)
        use_idle = self.settings.idle and "IDLE" in connection.capabilities
        if self.settings.idle and not use_idle:
            log.info(
                "mailbox %s: the server has no IDLE; polling every %ss", self.name, self.settings.poll_seconds
            )
        while True:
            connection.announced = False
            await self.catch_up(connection, selected.uidvalidity)
            self.failures = 0
            if connection.announced:  # new mail was announced while catching up: look again before waiting
                continue
            if use_idle:
                await connection.idle(IDLE_RENEW_SECONDS)
            else:
                await asyncio.sleep(self.settings.poll_seconds)
                await connection.noop()

    async def catch_up(self, connection: ImapConnection, uidvalidity: int) -> int:
        """Store and mark every mail above the stored position; returns how many were stored."""
        loop = asyncio.get_running_loop()
        position = await loop.run_in_executor(self.executor, read_position, self.engine, self.name)
        folder = self.settings.folder
        if position is None or position.uidvalidity != uidvalidity or position.folder != folder:
            if position is not None:
                log.warning("mailbox %s: UIDVALIDITY or folder changed; rescanning %s", self.name, folder)
            position = Position(folder, uidvalidity, 0)
        uids = await connection.uids_after(position.last_uid)
        if not uids:
            return 0
        sizes: dict[int, int] = {}
        for start in range(0, len(uids), SIZES_PER_COMMAND):
            sizes.update(await connection.sizes(uids[start : start + SIZES_PER_COMMAND]))
        stored = 0
        for batch in batches(uids, sizes):
            megabytes = sum(sizes.get(uid, 0) for uid in batch) / 1e6
            mails = await connection.fetch(
                batch, self.settings.timeout_seconds + FETCH_SECONDS_PER_MB * megabytes
            )
            ids = await loop.run_in_executor(self.executor, self._store, uidvalidity, mails)
            # Stored and committed: only now may the server forget the mail.
            if mails:
                await connection.mark_processed(sorted(mails), self.settings.processed_folder)
            position = Position(folder, uidvalidity, max(batch))
            await loop.run_in_executor(self.executor, save_position, self.engine, self.name, position)
            for inbound_id in ids:
                self.on_stored(inbound_id)
            stored += len(mails)
            if len(mails) < len(batch):  # expunged by someone between SEARCH and FETCH: nothing to keep
                log.info(
                    "mailbox %s: %d mail(s) vanished before they could be read",
                    self.name,
                    len(batch) - len(mails),
                )
        log.info("mailbox %s: stored %d mail(s)", self.name, stored)
        return stored

    def _store(self, uidvalidity: int, mails: dict[int, bytes]) -> list[int]:
        """Commit one inbound row per mail (a mail stored before is found, not stored twice)."""
        ids = []
        for uid, raw in sorted(mails.items()):
            stored = store_inbound(
                self.engine,
                raw,
                mailbox=self.settings.role,
                source="imap",
                source_key=f"{self.name}/{uidvalidity}/{uid}",
                received_at=utcnow(),
            )
            ids.append(stored.inbound_id)
        return ids


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0][:160] if str(error) else ""
