"""`mailbot purge [--dry-run]`: apply the retention rules now."""

from __future__ import annotations

from bot.commands.common import engine_for, parse_time, print_json
from bot.config import Config


def register(commands) -> None:
    purge = commands.add_parser("purge", help="delete what the retention rules say is due")
    purge.add_argument("--dry-run", action="store_true", help="count, change nothing")
    purge.add_argument("--now", help="ISO 8601 time to purge as of (default: now)")
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(handler=cmd_purge)


def cmd_purge(args, config: Config) -> int:
    from bot.retention import purge_raw_mail
    from storage.types import utcnow

    now = parse_time(args.now, config, "--now") if args.now else utcnow()
    raw = purge_raw_mail(engine_for(config), config, now, args.dry_run)
    if args.json:
        print_json({"dry_run": args.dry_run, "raw_mail": raw})
    else:
        verb = "would drop" if args.dry_run else "dropped"
        print(f"{verb} the raw bytes of {raw} mail(s) older than {config.database.keep_raw_days} days")
    return 0
