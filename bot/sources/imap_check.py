"""Checking configured IMAP mailboxes without changing them: login, folders, capabilities, mail waiting."""

from __future__ import annotations

import asyncio
from dataclasses import asdict, dataclass, field

from bot.config import Config, MailboxSection
from bot.sources.imap_connection import ImapConnection, ImapError


@dataclass
class MailboxReport:
    """What works and what does not for one configured mailbox."""

    name: str
    role: str
    server: str
    security: str
    login: bool = False
    folder: str = ""
    waiting: int | None = None
    processed_folder: str = ""
    idle: bool | None = None
    move: bool | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {**asdict(self), "ok": self.ok}


async def check_mailbox(settings: MailboxSection, password: str | None) -> MailboxReport:
    """Log in to one mailbox and look at its folders (read only: nothing is created, moved or flagged)."""
    report = MailboxReport(
        settings.name,
        settings.role,
        f"{settings.host}:{settings.port}",
        settings.security,
        folder=settings.folder,
    )
    if not password:
        report.problems.append(f"environment variable {settings.password_env} is not set")
        return report
    connection = ImapConnection(settings, password)
    try:
        await connection.open()
        report.login = True
        capabilities = connection.capabilities
        report.idle, report.move = "IDLE" in capabilities, "MOVE" in capabilities
        folders = await connection.folders()
        if settings.folder in folders:
            report.waiting = (await connection.select(settings.folder, read_only=True)).exists
        else:
            report.problems.append(f"folder {settings.folder} does not exist")
        if not settings.processed_folder:
            report.processed_folder = "(flag \\Seen)"
        elif settings.processed_folder in folders:
            report.processed_folder = settings.processed_folder
        else:
            report.processed_folder = f"{settings.processed_folder} (created at start)"
    except ImapError as error:
        report.problems.append(str(error))
    finally:
        await connection.close()
    return report


async def check_mailboxes(config: Config) -> list[MailboxReport]:
    """Every configured mailbox checked at once, each within its own timeout."""
    return list(
        await asyncio.gather(
            *(check_mailbox(mailbox, config.secret(mailbox.password_env)) for mailbox in config.mailboxes)
        )
    )
