"""`mailbot outbox list|flush`: what the bot has sent or will send."""

from __future__ import annotations

from bot.commands.common import engine_for, iso, print_json
from bot.config import Config


def register(commands) -> None:
    parser = commands.add_parser("outbox", help="mail the bot sends")
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list outgoing mail")
    listing.add_argument("--status", choices=("pending", "sent", "failed"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    actions.add_parser("flush", help="send what is due, once").set_defaults(handler=cmd_flush)


def cmd_list(args, config: Config) -> int:
    from sqlmodel import select

    from storage.database import session_scope
    from storage.models import OutboxMessage

    with session_scope(engine_for(config)) as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if args.status:
            query = query.where(OutboxMessage.status == args.status)
        rows = [
            {
                "id": r.id,
                "kind": r.kind,
                "to": r.to_address,
                "subject": r.subject,
                "status": r.status,
                "attempts": r.attempts,
                "created_at": iso(r.created_at),
                "sent_at": iso(r.sent_at),
                "last_error": r.last_error,
            }
            for r in session.exec(query)
        ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']}\t{row['status']}\t{row['kind']}\t{row['to']}\t{row['subject']}")
    return 0


def cmd_flush(args, config: Config) -> int:
    import asyncio

    from bot.outbox import send_due

    sent = asyncio.run(send_due(engine_for(config), config))
    print(f"{sent} message(s) sent")
    return 0
