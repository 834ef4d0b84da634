"""The LMTP listener: stores each mail, answers 250 only once the inbound row is committed, 451 otherwise."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import Envelope, Session

from bot.inbound import store_inbound
from storage.types import utcnow

log = logging.getLogger("mailbot.lmtp")

STORED = "250 2.0.0 Stored"
DUPLICATE = "250 2.0.0 Already stored"
STORAGE_FAILED = "451 4.3.0 Storage unavailable, try again later"
ROLES = ("privacy", "abuse", "reply")


def mailbox_for(recipient: str, default_mailbox: str) -> str:
    """`privacy@…` and `abuse@…` (with or without +tag) go to their role; any other address to the default."""
    local = recipient.split("@", 1)[0].split("+", 1)[0].lower()
    return local if local in ROLES else default_mailbox


class StoringHandler:
    """aiosmtpd handler: commits one inbound row per mailbox, then calls `on_stored(inbound_id)`."""

    def __init__(self, engine, default_mailbox: str, executor, on_stored: Callable[[int], None]) -> None:
        self.engine = engine
        self.default_mailbox = default_mailbox
        self.executor = executor
        self.on_stored = on_stored

    async def handle_DATA(self, server, session: Session, envelope: Envelope) -> str:
        raw: bytes = envelope.original_content or b""
        mailboxes = [mailbox_for(rcpt, self.default_mailbox) for rcpt in envelope.rcpt_tos]
        replies: dict[str, str] = {}
        loop = asyncio.get_running_loop()
        for mailbox in dict.fromkeys(mailboxes):
            recipients = [r for r, m in zip(envelope.rcpt_tos, mailboxes, strict=True) if m == mailbox]
            try:
                stored = await loop.run_in_executor(
                    self.executor,
                    lambda m=mailbox, r=recipients: store_inbound(
                        self.engine,
                        raw,
                        mailbox=m,
                        source="lmtp",
                        received_at=utcnow(),
                        envelope_to=r,
                    ),
                )
            except Exception as error:
                log.error(
                    "lmtp: cannot store a %d-byte mail for %s: %s", len(raw), mailbox, type(error).__name__
                )
                replies[mailbox] = STORAGE_FAILED
                continue
            replies[mailbox] = DUPLICATE if stored.duplicate else STORED
            self.on_stored(stored.inbound_id)  # a no-op when it was processed already
        # LMTP answers once per recipient (RFC 2033 §4.2); aiosmtpd sends our lines as they are.
        return "\r\n".join(replies[mailbox] for mailbox in mailboxes)


class TolerantLMTP(LMTP):
    """LMTP that takes lines longer than RFC 5321's 1000 octets: hostile mail is kept, not bounced."""

    line_length_limit = 1024 * 1024


async def start_lmtp(handler: StoringHandler, host: str, port: int, max_bytes: int) -> asyncio.AbstractServer:
    """Listen on host:port (0 = any free port) and return the server."""
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        lambda: TolerantLMTP(handler, data_size_limit=max_bytes, enable_SMTPUTF8=True, ident="mailbot LMTP"),
        host=host,
        port=port,
    )
