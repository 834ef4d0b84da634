"""Typed configuration from TOML: one model per section, every problem reported at once."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

Role = Literal["privacy", "abuse", "reply"]
Security = Literal["plain", "starttls", "tls"]


class ConfigError(Exception):
    """The configuration cannot be used; the message lists every problem, one per line."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DatabaseSection(Section):
    url: str = "sqlite:///mailbot.db"
    busy_timeout_ms: int = Field(default=5000, ge=0)
    keep_raw_days: int = Field(default=90, ge=0)


class LmtpSection(Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8024, ge=0, le=65535)
    mailbox: str = "reply"
    max_message_bytes: int = Field(default=25 * 1024 * 1024, gt=0)


class SmtpSection(Section):
    host: str = "127.0.0.1"
    port: int = Field(default=25, ge=1, le=65535)
    security: Security = "plain"
    username: str = ""
    password_env: str = ""
    timeout_seconds: float = Field(default=30, gt=0)


class OutboxSection(Section):
    maildir: str = "outbox"
    max_attempts: int = Field(default=12, ge=1)
    first_retry_seconds: float = Field(default=30, gt=0)
    max_retry_seconds: float = Field(default=3600, gt=0)
    poll_seconds: float = Field(default=2, gt=0)


class IdentitySection(Section):
    from_address: str = "privacy@prospectra.example"
    from_name: str = "Prospectra privacy desk"
    reply_domain: str = "prospectra.example"
    token_secret_env: str = "MAILBOT_TOKEN_SECRET"


class StaffSection(Section):
    addresses: list[str] = Field(default_factory=lambda: ["dpo@prospectra.example"])


class ClockSection(Section):
    timezone: str = "Europe/Paris"
    country: str = "FR"


class MailboxSection(Section):
    name: str
    role: Role
    host: str
    port: int = Field(default=993, ge=1, le=65535)
    security: Security = "tls"
    username: str
    password_env: str
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    idle: bool = True
    poll_seconds: float = Field(default=60, gt=0)
    ca_file: str = ""
    timeout_seconds: float = Field(default=30, gt=0)


class Config(Section):
    """The whole configuration; `source` says where it came from."""

    database: DatabaseSection = Field(default_factory=DatabaseSection)
    lmtp: LmtpSection = Field(default_factory=LmtpSection)
    smtp: SmtpSection | None = None
    outbox: OutboxSection = Field(default_factory=OutboxSection)
    identity: IdentitySection = Field(default_factory=IdentitySection)
    staff: StaffSection = Field(default_factory=StaffSection)
    clock: ClockSection = Field(default_factory=ClockSection)
    mailboxes: list[MailboxSection] = Field(default_factory=list)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    campaign_footer_phrases: list[str] = Field(default_factory=list)
    source: str = Field(default="embedded default", exclude=True)

    @field_validator("mailboxes")
    @classmethod
    def _unique_names(cls, mailboxes: list[MailboxSection]) -> list[MailboxSection]:
        names = [m.name for m in mailboxes]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"mailbox names must be unique; repeated: {', '.join(duplicates)}")
        return mailboxes

    def secret(self, env_name: str) -> str | None:
        """The value of the environment variable a `*_env` key names (None when unset or unnamed)."""
        return os.environ.get(env_name) if env_name else None


def _format_errors(error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = "unknown key" if item["type"] == "extra_forbidden" else item["msg"]
        problems.append(f"{where}: {message}")
    return problems


def _missing_secrets(data: dict) -> list[str]:
    """`*_env` keys naming an unset environment variable, read from the raw file so that they are reported
    together with every other problem."""
    smtp = data.get("smtp") if isinstance(data.get("smtp"), dict) else {}
    named = [("smtp.password_env", smtp.get("password_env"))]
    mailboxes = data.get("mailboxes") if isinstance(data.get("mailboxes"), list) else []
    for index, mailbox in enumerate(m for m in mailboxes if isinstance(m, dict)):
        named.append((f"mailboxes.{mailbox.get('name', index)}.password_env", mailbox.get("password_env")))
    return [
        f"{key}: environment variable {env_name} is not set"
        for key, env_name in named
        if isinstance(env_name, str) and env_name and env_name not in os.environ
    ]


def load_config(path: str | os.PathLike | None = None) -> Config:
    """Read `path`, else $MAILBOT_CONFIG, else ./mailbot.toml when present, else the embedded default."""
    chosen = path or os.environ.get("MAILBOT_CONFIG")
    if not chosen and Path("mailbot.toml").is_file():
        chosen = "mailbot.toml"
    if not chosen:
        return Config()
    file = Path(chosen)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{file}: not valid TOML: {error}") from None
    problems = _missing_secrets(data)
    try:
        config = Config.model_validate(data)
    except ValidationError as error:
        problems = _format_errors(error) + problems
    if problems:
        raise ConfigError(f"{file}: {len(problems)} problem(s):\n  " + "\n  ".join(problems))
    config.source = str(file)
    return config
