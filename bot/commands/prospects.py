"""`mailbot prospects import CSV --sender SLUG` and `mailbot sent import JSONL`."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING

from bot.commands.common import CliError, engine_for, parse_time
from bot.commands.senders import require_sender
from bot.config import Config
from classifiers.addresses import is_plausible_address, normalize_address
from classifiers.parsing import extract_message_ids

if TYPE_CHECKING:
    from storage.models import SentMessage

PROSPECT_COLUMNS = ("email", "first_name", "last_name", "company", "role", "tags", "notes")


def register(commands) -> None:
    prospects = commands.add_parser("prospects", help="a Sender's prospects")
    actions = prospects.add_subparsers(dest="action", required=True)
    imports = actions.add_parser(
        "import", help=f"import or update prospects from a CSV ({','.join(PROSPECT_COLUMNS)})"
    )
    imports.add_argument("csv")
    imports.add_argument("--sender", required=True, metavar="SLUG")
    imports.set_defaults(handler=cmd_import_prospects)

    sent = commands.add_parser("sent", help="campaign mails sent for Senders")
    sent_actions = sent.add_subparsers(dest="action", required=True)
    sent_import = sent_actions.add_parser("import", help="import campaign mails from JSON lines")
    sent_import.add_argument("jsonl")
    sent_import.set_defaults(handler=cmd_import_sent)


def open_text(path: str):
    try:
        return Path(path).open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except OSError as error:
        raise CliError(f"{path}: cannot read: {error.strerror}") from None


def _prospect_fields(row: dict, where: str) -> tuple[str, dict]:
    address = normalize_address(row.get("email") or "")
    if not is_plausible_address(address):
        raise CliError(f"{where}: email {row.get('email')!r} is not an email address")
    fields = {name: (row.get(name) or "").strip() or None for name in PROSPECT_COLUMNS[1:]}
    fields["tags"] = [t.strip() for t in (row.get("tags") or "").split(";") if t.strip()]
    return address, fields


def cmd_import_prospects(args, config: Config) -> int:
    from storage.database import session_scope
    from storage.prospects import upsert_prospect
    from storage.types import utcnow

    added = updated = 0
    now = utcnow()
    with open_text(args.csv) as file, session_scope(engine_for(config)) as session:
        sender = require_sender(session, args.sender)
        try:
            reader = csv.DictReader(file, strict=True)
            missing = [c for c in ("email",) if c not in (reader.fieldnames or [])]
            if missing:
                raise CliError(
                    f"{args.csv}: the header has no 'email' column (expected {','.join(PROSPECT_COLUMNS)})"
                )
            unknown = [c for c in reader.fieldnames if c not in PROSPECT_COLUMNS]
            if unknown:
                raise CliError(f"{args.csv}: unknown column(s) {', '.join(unknown)}")
            for row in reader:
                where = f"{args.csv} row {reader.line_num}"
                if None in row or any(value is None for value in row.values()):
                    raise CliError(f"{where}: expected {len(reader.fieldnames)} fields")
                address, fields = _prospect_fields(row, where)
                if upsert_prospect(session, sender.id, address, fields, now):
                    added += 1
                else:
                    updated += 1
        except csv.Error as error:
            raise CliError(f"{args.csv} row {reader.line_num}: malformed CSV: {error}") from None
        except UnicodeDecodeError:
            raise CliError(f"{args.csv}: not UTF-8 text") from None
    print(f"{added} prospect(s) added, {updated} updated for {args.sender}")
    return 0


def _sent_row(session, record, where: str, config: Config) -> SentMessage:
    from storage.models import SentMessage
    from storage.senders import sender_by_slug

    if not isinstance(record, dict):
        raise CliError(f"{where}: expected a JSON object")
    missing = [k for k in ("sender", "to", "message_id", "sent_at") if not record.get(k)]
    if missing:
        raise CliError(f"{where}: missing {', '.join(missing)}")
    sender = sender_by_slug(session, str(record["sender"]))
    if sender is None:
        raise CliError(f"{where}: unknown sender {record['sender']!r}")
    address = normalize_address(str(record["to"]))
    if not is_plausible_address(address):
        raise CliError(f"{where}: 'to' {record['to']!r} is not an email address")
    ids = extract_message_ids(str(record["message_id"])) or extract_message_ids(f"<{record['message_id']}>")
    if not ids:
        raise CliError(f"{where}: message_id {record['message_id']!r} is not a Message-ID")
    return SentMessage(
        sender_id=sender.id,
        to_address=address,
        message_id=ids[0],
        reply_token=record.get("reply_token") or None,
        sent_at=parse_time(str(record["sent_at"]), config, f"{where}: sent_at"),
        subject=str(record.get("subject") or ""),
    )


def cmd_import_sent(args, config: Config) -> int:
    from storage.database import session_scope
    from storage.sent import sent_by_message_ids

    added = known = 0
    with open_text(args.jsonl) as file, session_scope(engine_for(config)) as session:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            where = f"{args.jsonl} line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise CliError(f"{where}: not JSON ({error.msg})") from None
            row = _sent_row(session, record, where, config)
            if sent_by_message_ids(session, [row.message_id]):
                known += 1
                continue
            session.add(row)
            session.flush()
            added += 1
    print(f"{added} sent message(s) imported, {known} already known")
    return 0
