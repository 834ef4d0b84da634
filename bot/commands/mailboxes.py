"""`mailbot mailboxes check`: log in to each configured IMAP mailbox and say what works."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.commands.common import CliError, print_json
from bot.config import Config

if TYPE_CHECKING:
    from bot.sources.imap_check import MailboxReport

COLUMNS = (
    "mailbox",
    "role",
    "server",
    "security",
    "login",
    "folder",
    "waiting",
    "processed",
    "idle",
    "move",
    "status",
)
EXIT_SOME_FAILED = 1


def register(commands) -> None:
    parser = commands.add_parser("mailboxes", help="the IMAP mailboxes of the configuration")
    actions = parser.add_subparsers(dest="action", required=True)
    check = actions.add_parser(
        "check", help="log in to each mailbox and check its folders (changes nothing); exit 1 if any fails"
    )
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)


def _yes_no(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "no")


def _row(report: MailboxReport) -> tuple[str, ...]:
    return (
        report.name,
        report.role,
        report.server,
        report.security,
        _yes_no(report.login if report.login or report.problems else None),
        report.folder,
        "-" if report.waiting is None else str(report.waiting),
        report.processed_folder or "-",
        _yes_no(report.idle),
        _yes_no(report.move),
        "ok" if report.ok else "; ".join(report.problems),
    )


def cmd_check(args, config: Config) -> int:
    import asyncio

    from bot.sources.imap_check import check_mailboxes

    if not config.mailboxes:
        raise CliError(f"no [[mailboxes]] in the configuration ({config.source})")
    reports = asyncio.run(check_mailboxes(config))
    if args.json:
        print_json([report.to_json() for report in reports])
    else:
        rows = [COLUMNS, *(_row(report) for report in reports)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS) - 1)]
        for row in rows:
            print(
                "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
                + "  "
                + row[-1]
            )
    return 0 if all(report.ok for report in reports) else EXIT_SOME_FAILED
