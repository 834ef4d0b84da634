"""`mailbot run`, `ingest` and `classify`: mail through the daemon, the whole pipeline, or the classifier only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.commands.common import CliError, engine_for, parse_time, print_json
from bot.config import Config
from classifiers import classify, warm_up

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError

MAILBOXES = ("reply", "privacy", "abuse")
EX_TEMPFAIL = 75  # sysexits.h
# From this many mails on, the classifier builds all its tables first, as the daemon does (~0.4 s): below it, what
# each mail needs as it comes costs less.
WARM_UP_FROM = 100


def register(commands) -> None:
    run = commands.add_parser("run", help="run the daemon (LMTP listener, processing, outbox)")
    run.set_defaults(handler=cmd_run)

    ingest = commands.add_parser("ingest", help="run mail files through the whole pipeline")
    ingest.add_argument("--mailbox", required=True, choices=MAILBOXES)
    ingest.add_argument("--received-at", help="ISO 8601 time of receipt (default: now)")
    ingest.add_argument("--no-send", action="store_true", help="leave outgoing mail in the outbox")
    ingest.add_argument("files", nargs="*", default=["-"], help="mail files, or - for standard input")
    ingest.set_defaults(handler=cmd_ingest)

    classify_parser = commands.add_parser("classify", help="classify mail files, without side effects")
    classify_parser.add_argument("--json", action="store_true", help="one JSON object per message")
    classify_parser.add_argument("--mailbox", default="reply", choices=MAILBOXES)
    classify_parser.add_argument("paths", nargs="+", help=".eml files or folders of them")
    classify_parser.set_defaults(handler=cmd_classify)


def cmd_run(args, config: Config) -> int:
    from bot.daemon import run_daemon

    run_daemon(config)
    return 0


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a folder; give mail files") from None
    except OSError as error:
        raise CliError(f"{path}: cannot read: {error.strerror}") from None


def cmd_ingest(args, config: Config) -> int:
    import asyncio

    from sqlalchemy.exc import SQLAlchemyError

    from bot.inbound import store_inbound
    from bot.outbox import send_due
    from bot.pipeline import Pipeline
    from bot.settings import desk_settings
    from storage.database import DatabaseError
    from storage.types import utcnow

    received_at = parse_time(args.received_at, config, "--received-at") if args.received_at else None
    try:
        engine = engine_for(config)
    except DatabaseError as error:  # a mail server piping to us keeps the mail and tries again
        return _try_again_later(f"cannot store mail: {error}")
    pipeline = Pipeline(engine, desk_settings(config))
    for path in args.files:
        raw = _read(path)
        try:
            stored = store_inbound(
                engine,
                raw,
                mailbox=args.mailbox,
                source="ingest",
                received_at=received_at or utcnow(),
                source_key=None if path == "-" else str(Path(path).name)[:200],
            )
        except SQLAlchemyError as error:
            return _try_again_later(f"{path}: cannot store the mail ({_reason(error)})")
        try:
            status = pipeline.process(stored.inbound_id)
        except SQLAlchemyError:  # stored: the daemon processes it when the database lets it
            status = "stored; processing deferred"
        print(f"{path}\t{status}{' (already stored)' if stored.duplicate else ''}")
    if not args.no_send:
        asyncio.run(send_due(engine, config))
    return 0


def _try_again_later(message: str) -> int:
    """One line, and EX_TEMPFAIL: an MTA pipe (Postfix, Exim) keeps the mail and retries instead of bouncing."""
    print(f"mailbot: error: {message}; try again later", file=sys.stderr)
    return EX_TEMPFAIL


def _reason(error: SQLAlchemyError) -> str:
    return str(getattr(error, "orig", None) or error).splitlines()[0][:160]


def mail_files(paths: list[str]) -> list[Path]:
    """Files named, and the .eml files under folders named, in a stable order."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.eml") if p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise CliError(f"{name}: no such file or folder")
    return files


def cmd_classify(args, config: Config) -> int:
    footer = tuple(config.campaign_footer_phrases)
    files = mail_files(args.paths)
    if len(files) >= WARM_UP_FROM:
        warm_up()
    for path in files:
        result = classify(_read(str(path)), args.mailbox, footer)
        if args.json:
            document = result.to_json()
            print_json(
                {"path": str(path), **{k: document[k] for k in ("labels", "scores", "language", "evidence")}}
            )
        else:
            labels = ",".join(result.labels)
            print(f"{path}\t{labels}\t{result.language or '-'}\t{'; '.join(result.evidence)[:120]}")
    return 0
