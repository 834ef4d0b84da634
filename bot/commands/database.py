"""`mailbot db upgrade`: create or migrate the schema."""

from __future__ import annotations

from bot.commands.common import engine_for
from bot.config import Config


def register(commands) -> None:
    db = commands.add_parser("db", help="database schema")
    actions = db.add_subparsers(dest="action", required=True)
    actions.add_parser("upgrade", help="create or migrate the schema to the newest revision").set_defaults(
        handler=cmd_upgrade
    )
    actions.add_parser("status", help="the revision the database is at").set_defaults(handler=cmd_status)


def cmd_upgrade(args, config: Config) -> int:
    from storage.database import schema_state, upgrade

    engine = engine_for(config, migrated=False)
    before, _ = schema_state(engine)
    head = upgrade(engine)
    print(f"database at revision {head}" + ("" if before == head else f" (was {before or 'empty'})"))
    return 0


def cmd_status(args, config: Config) -> int:
    from storage.database import schema_state

    current, head = schema_state(engine_for(config, migrated=False))
    print(f"database at revision {current or 'none'}; newest is {head}")
    return 0 if current == head else 1
