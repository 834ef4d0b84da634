"""`mailbot senders add|list|suspend|terminate`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.commands.common import CliError, engine_for, iso, print_json
from bot.config import Config
from classifiers.addresses import is_plausible_address, normalize_address

if TYPE_CHECKING:
    from storage.models import Sender


def register(commands) -> None:
    senders = commands.add_parser("senders", help="the Senders (Prospectra's customers)")
    actions = senders.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a Sender, or update the one with this slug")
    add.add_argument("slug")
    add.add_argument("--name", required=True)
    add.add_argument("--privacy-contact", required=True, metavar="EMAIL")
    add.add_argument("--abuse-contact", metavar="EMAIL")
    add.add_argument("--reply-forward", metavar="EMAIL")
    add.add_argument("--domain", action="append", default=[], metavar="DOMAIN")
    add.add_argument("--language", default="en")
    add.set_defaults(handler=cmd_add)
    listing = actions.add_parser("list", help="list the Senders")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    for action, status in (("suspend", "suspended"), ("terminate", "terminated")):  # SenderStatus values
        parser = actions.add_parser(action, help=f"mark a Sender {status}")
        parser.add_argument("slug")
        parser.set_defaults(handler=cmd_set_status, status=status)


def _address(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    address = normalize_address(value)
    if not is_plausible_address(address):
        raise CliError(f"{option} {value!r} is not an email address")
    return address


def cmd_add(args, config: Config) -> int:
    from storage.database import session_scope
    from storage.models import Sender
    from storage.senders import sender_by_slug
    from storage.types import utcnow

    if not args.slug.replace("-", "").replace("_", "").isalnum():
        raise CliError(f"slug {args.slug!r} may hold only letters, digits, - and _")
    fields = {
        "name": args.name,
        "privacy_contact": _address(args.privacy_contact, "--privacy-contact"),
        "abuse_contact": _address(args.abuse_contact, "--abuse-contact"),
        "reply_forward": _address(args.reply_forward, "--reply-forward"),
        "domains": sorted({d.strip().lower() for d in args.domain if d.strip()}),
        "language": args.language.lower(),
    }
    with session_scope(engine_for(config)) as session:
        sender = sender_by_slug(session, args.slug)
        verb = "updated" if sender else "added"
        sender = sender or Sender(slug=args.slug, created_at=utcnow(), **fields)
        for name, value in fields.items():
            setattr(sender, name, value)
        session.add(sender)
    print(f"sender {args.slug} {verb}")
    return 0


def cmd_list(args, config: Config) -> int:
    from storage.database import session_scope
    from storage.senders import list_senders

    with session_scope(engine_for(config)) as session:
        senders = list_senders(session)
    rows = [
        {
            "slug": s.slug,
            "name": s.name,
            "privacy_contact": s.privacy_contact,
            "abuse_contact": s.abuse_contact,
            "reply_forward": s.reply_forward,
            "domains": s.domains,
            "language": s.language,
            "status": s.status,
            "terminated_at": iso(s.terminated_at),
        }
        for s in senders
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['slug']}\t{row['status']}\t{row['name']}\t{row['privacy_contact']}")
    return 0


def cmd_set_status(args, config: Config) -> int:
    from storage.database import session_scope
    from storage.models import SenderStatus
    from storage.senders import sender_by_slug
    from storage.types import utcnow

    status = SenderStatus(args.status)
    with session_scope(engine_for(config)) as session:
        sender = sender_by_slug(session, args.slug)
        if sender is None:
            raise CliError(f"unknown sender {args.slug!r} (see `mailbot senders list`)")
        sender.status = status
        if status == SenderStatus.TERMINATED and sender.terminated_at is None:
            sender.terminated_at = utcnow()
    print(f"sender {args.slug} {args.status}")
    return 0


def require_sender(session, slug: str) -> Sender:
    """The Sender with `slug`, or a CliError naming it."""
    from storage.senders import sender_by_slug

    sender = sender_by_slug(session, slug)
    if sender is None:
        raise CliError(f"unknown sender {slug!r} (see `mailbot senders list`)")
    return sender
