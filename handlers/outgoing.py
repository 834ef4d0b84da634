"""Rendering a mail from the templates, and turning it into an outbox row ready to send."""

from __future__ import annotations

import hashlib
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from jinja2 import Environment, PackageLoader, StrictUndefined, TemplateNotFound

from handlers.context import DeskSettings, OutgoingMail
from storage.models import OutboxMessage

DEFAULT_LANGUAGE = "en"
_environment = Environment(
    loader=PackageLoader("templates", ""),
    undefined=StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,
)


def render_template(name: str, language: str | None, **values) -> tuple[str, str, str]:
    """(subject, body, language used) of template `name` (`audience/name`) in `language`, else English.

    A template's first line is `Subject: …`; the body follows a blank line.
    """
    for candidate in (language, DEFAULT_LANGUAGE):
        if not candidate:
            continue
        try:
            template = _environment.get_template(f"{name}.{candidate}.txt.j2")
        except TemplateNotFound:
            continue
        text = template.render(**values)
        head, _, body = text.partition("\n\n")
        return head.removeprefix("Subject:").strip(), body.strip() + "\n", candidate
    raise TemplateNotFound(name)


def compose(
    unique_key: str,
    kind: str,
    template: str,
    to_address: str,
    language: str | None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    **values,
) -> OutgoingMail:
    """An OutgoingMail rendered from `template`."""
    subject, body, used = render_template(template, language, **values)
    return OutgoingMail(unique_key, kind, to_address, subject, body, used, in_reply_to, references)


def message_id_for(unique_key: str, domain: str) -> str:
    """A Message-ID derived from the unique key: a resend carries the same one."""
    return f"<{hashlib.sha256(unique_key.encode()).hexdigest()[:32]}@{domain}>"


def outbox_row(mail: OutgoingMail, settings: DeskSettings, now, inbound_id: int | None) -> OutboxMessage:
    """The outbox row for `mail`: the whole RFC 5322 text, RFC 3834 headers included."""
    message = EmailMessage()
    message["From"] = formataddr((settings.from_name, settings.from_address))
    message["To"] = mail.to_address
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id_for(mail.unique_key, settings.reply_domain)
    if mail.in_reply_to:
        message["In-Reply-To"] = mail.in_reply_to
        message["References"] = " ".join([*mail.references, mail.in_reply_to][-10:])
    message["Auto-Submitted"] = "auto-replied" if mail.in_reply_to else "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message.set_content(mail.body)  # clears Content-* headers, so Content-Language comes after
    message["Content-Language"] = mail.language
    return OutboxMessage(
        unique_key=mail.unique_key,
        kind=mail.kind,
        to_address=mail.to_address,
        from_address=settings.from_address,
        subject=mail.subject,
        message=message.as_string(),
        next_attempt_at=now,
        created_at=now,
        inbound_id=inbound_id,
    )
