"""The `mailbot` command: parses arguments, loads the configuration, maps errors to one line and an exit code."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.commands import (
    database,
    evaluate,
    mail,
    mailboxes,
    outbox,
    prospects,
    purge,
    senders,
    suppressions,
    train,
)
from bot.commands.common import CliError
from bot.config import ConfigError, load_config

COMMAND_GROUPS = (mail, evaluate, train, senders, prospects, suppressions, outbox, purge, database, mailboxes)
EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130
# User errors of modules that only some commands import (SQLAlchemy and the handlers are slow to load).
USER_ERRORS_ELSEWHERE = ("storage.database:DatabaseError", "handlers.registry:RegistryError")


def build_parser() -> argparse.ArgumentParser:
    config_help = "TOML configuration (default: $MAILBOT_CONFIG, else ./mailbot.toml, else built-in defaults)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS, help=config_help)
    parser = argparse.ArgumentParser(prog="mailbot", description="Prospectra's privacy and abuse desk.")
    parser.add_argument("--config", metavar="PATH", default=None, help=config_help)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    original_add_parser = commands.add_parser

    def add_parser(name, **kwargs):  # every subcommand (and its own subcommands) accepts --config
        sub = original_add_parser(name, parents=[common], **kwargs)
        original_sub = sub.add_subparsers

        def add_subparsers(**sub_kwargs):
            actions = original_sub(**sub_kwargs)
            plain_add = actions.add_parser
            actions.add_parser = lambda n, **kw: plain_add(n, parents=[common], **kw)
            return actions

        sub.add_subparsers = add_subparsers
        return sub

    commands.add_parser = add_parser
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def loaded(*names: str) -> tuple[type[BaseException], ...]:
    """The exception classes named "module:Class" whose modules are imported already, to catch them by."""
    classes = []
    for qualified in names:
        module, _, name = qualified.partition(":")
        # A module never imported cannot have raised its own exception type: no need to import it to catch it.
        cls = getattr(sys.modules.get(module), name, None)
        if cls is not None:
            classes.append(cls)
    return tuple(classes)


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's per-command chatter
    logging.getLogger("aioimaplib").setLevel(logging.WARNING)  # its INFO lines may quote what the server sent


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        setup_logging(config.log_level if args.command == "run" else "WARNING")
        return args.handler(args, config) or 0
    except (CliError, ConfigError, *loaded(*USER_ERRORS_ELSEWHERE)) as error:
        print(f"mailbot: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except loaded("sqlalchemy.exc:SQLAlchemyError") as error:
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        print(f"mailbot: error: database: {reason}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
