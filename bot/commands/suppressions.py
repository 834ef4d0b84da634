"""`mailbot suppressions list|check|add|import|export`: the opt-out list."""

from __future__ import annotations

import csv
import sys
from typing import TYPE_CHECKING

from bot.commands.common import CliError, engine_for, iso, print_json
from bot.commands.prospects import open_text
from bot.commands.senders import require_sender
from bot.config import Config
from classifiers.addresses import is_plausible_address, normalize_address

if TYPE_CHECKING:
    from storage.models import Suppression

EXPORT_COLUMNS = ("email", "sender", "reason", "source", "created_at")


def register(commands) -> None:
    parser = commands.add_parser("suppressions", help="the opt-out list")
    actions = parser.add_subparsers(dest="action", required=True)

    listing = actions.add_parser("list", help="list suppressions")
    listing.add_argument("--sender", metavar="SLUG", help="only this Sender's")
    listing.add_argument(
        "--global", dest="global_only", action="store_true", help="only those for every Sender"
    )
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    check = actions.add_parser("check", help="is this address suppressed?")
    check.add_argument("address")
    check.add_argument("--sender", metavar="SLUG")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)

    add = actions.add_parser("add", help="suppress an address (for every Sender unless --sender)")
    add.add_argument("address")
    add.add_argument("--sender", metavar="SLUG")
    add.add_argument("--reason", default="manual")
    add.set_defaults(handler=cmd_add)

    imports = actions.add_parser("import", help="suppress the addresses of a CSV with an 'email' column")
    imports.add_argument("csv")
    imports.add_argument("--sender", metavar="SLUG")
    imports.add_argument("--reason", default="import")
    imports.set_defaults(handler=cmd_import)

    export = actions.add_parser("export", help=f"write the list as CSV ({','.join(EXPORT_COLUMNS)}) or JSON")
    export.add_argument("--sender", metavar="SLUG")
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.set_defaults(handler=cmd_export)


def _entry(row: Suppression, slugs: dict[int, str]) -> dict:
    return {
        "sender": slugs.get(row.sender_id) if row.sender_id else None,
        "reason": row.reason,
        "created_at": iso(row.created_at),
    }


def _address(value: str) -> str:
    address = normalize_address(value)
    if not is_plausible_address(address):
        raise CliError(f"{value!r} is not an email address")
    return address


def _rows(args, config: Config) -> tuple[list[Suppression], dict[int, str]]:
    from storage.database import session_scope
    from storage.senders import sender_slugs
    from storage.suppressions import list_suppressions

    with session_scope(engine_for(config)) as session:
        sender_id = require_sender(session, args.sender).id if args.sender else None
        rows = list_suppressions(session, sender_id, getattr(args, "global_only", False))
        return rows, sender_slugs(session)


def cmd_list(args, config: Config) -> int:
    rows, slugs = _rows(args, config)
    if args.json:
        print_json([{"address": r.email, **_entry(r, slugs), "source": r.source} for r in rows])
    else:
        for row in rows:
            print(
                f"{row.email}\t{slugs.get(row.sender_id, '*') if row.sender_id else '*'}\t{row.reason}\t"
                f"{iso(row.created_at)}"
            )
    return 0


def cmd_check(args, config: Config) -> int:
    from storage.database import session_scope
    from storage.senders import sender_slugs
    from storage.suppressions import suppressions_for

    address = _address(args.address)
    with session_scope(engine_for(config)) as session:
        sender_id = require_sender(session, args.sender).id if args.sender else None
        entries = [
            _entry(row, sender_slugs(session)) for row in suppressions_for(session, address, sender_id)
        ]
    document = {"address": address, "suppressed": bool(entries), "entries": entries}
    if args.json:
        print_json(document)
    elif entries:
        for entry in entries:
            print(
                f"{address}: suppressed for {entry['sender'] or 'every Sender'} since {entry['created_at']} "
                f"({entry['reason']})"
            )
    else:
        print(f"{address}: not suppressed")
    return 0


def _suppress_all(
    config: Config, addresses: list[str], sender_slug: str | None, reason: str, source: str
) -> int:
    from storage.database import session_scope
    from storage.events import record_event
    from storage.suppressions import suppress
    from storage.types import utcnow

    now = utcnow()
    created = 0
    with session_scope(engine_for(config)) as session:
        sender_id = require_sender(session, sender_slug).id if sender_slug else None
        for address in addresses:
            _, new = suppress(session, address, sender_id, reason=reason, source=source, now=now)
            created += new
        record_event(
            session,
            "suppressions-added",
            f"{created} address(es), source={source}",
            now,
            actor="cli",
            sender_id=sender_id,
        )
    return created


def cmd_add(args, config: Config) -> int:
    created = _suppress_all(config, [_address(args.address)], args.sender, args.reason, "cli")
    print(
        f"{normalize_address(args.address)}: {'suppressed' if created else 'was already suppressed'}"
        f" for {args.sender or 'every Sender'}"
    )
    return 0


def cmd_import(args, config: Config) -> int:
    addresses = []
    with open_text(args.csv) as file:
        reader = csv.DictReader(file)
        try:
            if "email" not in (reader.fieldnames or []):
                raise CliError(f"{args.csv}: the header has no 'email' column")
            for row in reader:
                value = row.get("email") or ""
                address = normalize_address(value)
                if not is_plausible_address(address):
                    raise CliError(f"{args.csv} row {reader.line_num}: {value!r} is not an email address")
                addresses.append(address)
        except csv.Error as error:
            raise CliError(f"{args.csv} row {reader.line_num}: malformed CSV: {error}") from None
        except UnicodeDecodeError:
            raise CliError(f"{args.csv}: not UTF-8 text") from None
    created = _suppress_all(config, addresses, args.sender, args.reason, f"import:{args.csv}"[:64])
    print(f"{created} address(es) suppressed, {len(addresses) - created} already were")
    return 0


def cmd_export(args, config: Config) -> int:
    rows, slugs = _rows(args, config)
    records = [
        {
            "email": r.email,
            "sender": slugs.get(r.sender_id) if r.sender_id else "",
            "reason": r.reason,
            "source": r.source,
            "created_at": iso(r.created_at),
        }
        for r in rows
    ]
    if args.format == "json":
        print_json(records)
        return 0
    writer = csv.DictWriter(sys.stdout, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return 0
