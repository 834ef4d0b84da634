"""`mailbot run`: the LMTP listener, the IMAP mailboxes, the processing and outbox workers in one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from concurrent.futures import ThreadPoolExecutor

from bot.config import Config
from bot.outbox import send_due
from bot.pipeline import Pipeline
from bot.retention import purge_raw_mail
from bot.settings import desk_settings
from bot.sources.imap import ImapSource
from bot.sources.lmtp import StoringHandler, start_lmtp
from classifiers import warm_up
from storage.database import open_engine, require_current_schema
from storage.types import utcnow

log = logging.getLogger("mailbot.daemon")
RETRY_PENDING_SECONDS = 30
PURGE_EVERY_SECONDS = 3600


class Daemon:
    """Owns the workers; `serve()` runs until SIGTERM or SIGINT."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.engine = open_engine(config.database.url, config.database.busy_timeout_ms)
        require_current_schema(self.engine)
        self.pipeline = Pipeline(self.engine, desk_settings(config))
        warm_up()  # the classifier's tables and model now, not on the first mail
        # The core is synchronous; one worker thread keeps SQLite writes in one line.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mailbot-core")
        self.queue: asyncio.Queue[int] = asyncio.Queue()
        self.outbox_wakeup = asyncio.Event()
        self.stopping = asyncio.Event()

    def enqueue(self, inbound_id: int) -> None:
        self.queue.put_nowait(inbound_id)

    async def serve(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self.stopping.set)
        server = None
        if self.config.lmtp.port:  # 0 = no LMTP listener
            handler = StoringHandler(self.engine, self.config.lmtp.mailbox, self.executor, self.enqueue)
            server = await start_lmtp(
                handler, self.config.lmtp.host, self.config.lmtp.port, self.config.lmtp.max_message_bytes
            )
            host, port = server.sockets[0].getsockname()[:2]
            log.info("LMTP listening on %s:%s", host, port)
        outgoing = (
            f"SMTP {self.config.smtp.host}:{self.config.smtp.port}"
            if self.config.smtp
            else (f"Maildir {self.config.outbox.maildir}")
        )
        log.info("mailbot running (config: %s, outgoing mail: %s)", self.config.source, outgoing)
        sources = [
            ImapSource(
                mailbox,
                self.config.secret(mailbox.password_env) or "",
                self.engine,
                self.executor,
                self.enqueue,
            )
            for mailbox in self.config.mailboxes
        ]
        if sources:
            log.info("watching %d IMAP mailbox(es): %s", len(sources), ", ".join(s.name for s in sources))
        workers = [asyncio.create_task(source.run(), name=f"imap:{source.name}") for source in sources] + [
            asyncio.create_task(self._process_forever()),
            asyncio.create_task(self._send_forever()),
            asyncio.create_task(self._rescan_forever()),
            asyncio.create_task(self._purge_forever()),
        ]
        await self.stopping.wait()
        log.info("stopping")
        if server:
            server.close()
            await server.wait_closed()
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        self.executor.shutdown(wait=True)
        self.engine.dispose()

    async def _process_forever(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            inbound_id = await self.queue.get()
            try:
                await loop.run_in_executor(self.executor, self.pipeline.process, inbound_id)
            except Exception as error:  # storage down: the rescan picks the mail up again
                log.error("inbound %s: processing failed (%s); will retry", inbound_id, type(error).__name__)
            self.outbox_wakeup.set()

    async def _rescan_forever(self) -> None:
        """At start, and every half minute, queue the stored mails that are still unprocessed."""
        loop = asyncio.get_running_loop()
        while True:
            try:
                for inbound_id in await loop.run_in_executor(self.executor, self.pipeline.pending):
                    self.enqueue(inbound_id)
            except Exception as error:
                log.error("cannot list pending mail: %s", type(error).__name__)
            await asyncio.sleep(RETRY_PENDING_SECONDS)

    async def _purge_forever(self) -> None:
        """Apply retention at start and then every hour."""
        loop = asyncio.get_running_loop()
        while True:
            try:
                dropped = await loop.run_in_executor(
                    self.executor, purge_raw_mail, self.engine, self.config, utcnow()
                )
                if dropped:
                    log.info("retention: dropped the raw bytes of %s mail(s)", dropped)
            except Exception as error:
                log.error("retention pass failed: %s", type(error).__name__)
            await asyncio.sleep(PURGE_EVERY_SECONDS)

    async def _send_forever(self) -> None:
        while True:
            try:
                await send_due(self.engine, self.config)
            except Exception as error:
                log.error("outbox pass failed: %s", type(error).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.outbox_wakeup.wait(), timeout=self.config.outbox.poll_seconds)
            self.outbox_wakeup.clear()


def run_daemon(config: Config) -> None:
    """Start the daemon and block until it is told to stop."""

    async def main() -> None:
        await Daemon(config).serve()

    asyncio.run(main())
