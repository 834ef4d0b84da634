"""Parse raw bytes with mail-parser into the few fields the desk reads, never raising."""

from __future__ import annotations

import email
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses
from functools import wraps
from itertools import islice
from typing import TypeVar

import mailparser

from classifiers.addresses import normalize_address

logging.getLogger("mailparser").setLevel(logging.CRITICAL)  # it logs every unhandled part type

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
T = TypeVar("T")


@dataclass
class ParsedMail:
    """The parts of a mail the classifier and the handlers use."""

    readable: bool
    unreadable_reason: str | None = None
    message_id: str | None = None
    from_address: str | None = None
    from_name: str = ""
    to: list[str] = field(default_factory=list)
    reply_to: str | None = None
    subject: str = ""
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    text_plain: str = ""
    text_html: str = ""
    content_types: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    message: Message | None = None
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)  # see `per_mail`

    def header(self, name: str) -> str:
        """A header's value, case-insensitive, "" when absent."""
        return self.headers.get(name.lower(), "")

    @property
    def referenced_ids(self) -> list[str]:
        """Message-IDs this mail answers (In-Reply-To first, then References newest first)."""
        seen: list[str] = []
        for message_id in [*self.in_reply_to, *reversed(self.references)]:
            if message_id not in seen:
                seen.append(message_id)
        return seen


def per_mail(function: Callable[[ParsedMail], T]) -> Callable[[ParsedMail], T]:
    """`function(mail)` computed once per mail: the bounce, report and auto-reply readers ask the same questions."""
    key = f"{function.__module__}.{function.__qualname__}"

    @wraps(function)
    def once(mail: ParsedMail) -> T:
        if key not in mail.derived:
            mail.derived[key] = function(mail)
        return mail.derived[key]  # type: ignore[return-value]

    return once


def extract_message_ids(value: str) -> list[str]:
    """Every `<id@host>` in a header value, in order."""
    return _MESSAGE_ID.findall(value or "")


def _looks_like_header(line: bytes) -> bool:
    name, colon, _ = line.partition(b":")
    return bool(colon) and bool(name) and all(33 <= c <= 126 for c in name)


def _has_header_block(raw: bytes) -> bool:
    """True when one of the first lines (before any blank line) is a `Name: value` header.

    A first line that is a stray continuation (a known defect) does not hide the headers after it.
    """
    for line in raw.lstrip(b"\r\n")[:4000].split(b"\n")[:5]:
        if not line.strip(b"\r"):
            return False  # the blank line that ends a header block
        if _looks_like_header(line):
            return True
    return False


def _addresses(value) -> list[tuple[str, str]]:
    if not value:
        return []
    return [(str(name or ""), normalize_address(str(addr or ""))) for name, addr in value if addr]


def _header_text(value) -> str:
    if isinstance(value, list):
        value = ", ".join(str(addr) if not isinstance(addr, tuple) else addr[1] for addr in value)
    return str(value or "").strip()


# The standard library's parser tests every open multipart's boundary on every line it reads: a hostile mail that
# nests hundreds of multiparts (645 in 3 MB) took it 0.6-0.9 s. A mail is read up to its MAX_MULTIPARTS-th multipart;
# only a big one is counted (a small one cannot nest deep enough to cost much); the corpus's most is 12.
MAX_MULTIPARTS = 100
COUNT_MULTIPARTS_FROM = 256 * 1024  # bytes
_BOUNDARY_PARAMETER = re.compile(rb"boundary\s*=", re.I)
TOO_MANY_MULTIPARTS = f"over {MAX_MULTIPARTS} multiparts: read up to the {MAX_MULTIPARTS}th"


def _within_multipart_limit(raw: bytes) -> tuple[bytes, bool]:
    """`raw` cut at the start of the line that declares its (MAX_MULTIPARTS + 1)-th multipart; whether it was cut."""
    if len(raw) < COUNT_MULTIPARTS_FROM:
        return raw, False
    over = next(islice(_BOUNDARY_PARAMETER.finditer(raw), MAX_MULTIPARTS, None), None)
    if over is None:
        return raw, False
    return raw[: raw.rfind(b"\n", 0, over.start()) + 1], True


def parse_mail(raw: bytes) -> ParsedMail:
    """Parse `raw`; a mail with no header block or that mail-parser cannot read is `readable=False`."""
    if not _has_header_block(raw):
        return ParsedMail(readable=False, unreadable_reason="not an RFC 5322 message: no header block")
    raw, cut = _within_multipart_limit(raw)
    mail = _parse(raw)
    if cut and mail.readable:
        mail.defects.append(TOO_MANY_MULTIPARTS)
    return mail


def _parse(raw: bytes) -> ParsedMail:
    try:
        return _from_mailparser(mailparser.parse_from_bytes(raw))
    except Exception as error:  # mail-parser raises many kinds on hostile input: read it plainly instead
        failure = f"mail-parser failed: {type(error).__name__}"
    try:
        mail = _from_standard_library(email.message_from_bytes(raw, policy=compat32))
    except Exception as error:
        return ParsedMail(
            readable=False, unreadable_reason=f"{failure}; email package failed: {type(error).__name__}"
        )
    mail.defects.append(failure)
    return mail


def _decoded_text(part: Message) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return payload.decode("utf-8", errors="replace")


def _header_string(message: Message, name: str) -> str:
    try:
        return str(make_header(decode_header(str(message.get(name, "")))))
    except Exception:
        return str(message.get(name, ""))


def _parsed(
    message: Message | None,
    headers: dict[str, str],
    *,
    senders: list[tuple[str, str]],
    to: list[str],
    reply_to: list[str],
    subject: str,
    plain: list[str],
    html: list[str],
    defects: list[str],
) -> ParsedMail:
    """The ParsedMail both readers give: what they read, plus the fields derived the same way for both."""
    message_ids = extract_message_ids(headers.get("message-id", ""))
    return ParsedMail(
        readable=True,
        message_id=message_ids[0] if message_ids else None,
        from_address=senders[0][1] if senders else None,
        from_name=senders[0][0] if senders else "",
        to=to,
        reply_to=reply_to[0] if reply_to else None,
        subject=subject,
        in_reply_to=extract_message_ids(headers.get("in-reply-to", "")),
        references=extract_message_ids(headers.get("references", "")),
        headers=headers,
        text_plain="\n".join(plain),
        text_html="\n".join(html),
        content_types=[part.get_content_type() for part in message.walk()] if message else [],
        defects=defects,
        message=message,
    )


def _standard_addresses(value: str) -> list[tuple[str, str]]:
    return [(name, normalize_address(address)) for name, address in getaddresses([value]) if address]


def _from_standard_library(message: Message) -> ParsedMail:
    """The fallback reading, with the standard library only, for mail mail-parser gives up on."""
    headers = {name.lower(): _header_string(message, name) for name in dict.fromkeys(message.keys())}
    plain, html = [], []
    for part in message.walk():
        if part.is_multipart() or part.get_filename():
            continue
        if part.get_content_type() == "text/plain":
            plain.append(_decoded_text(part))
        elif part.get_content_type() == "text/html":
            html.append(_decoded_text(part))
    return _parsed(
        message,
        headers,
        senders=_standard_addresses(headers.get("from", "")),
        to=[address for _, address in _standard_addresses(headers.get("to", ""))],
        reply_to=[address for _, address in _standard_addresses(headers.get("reply-to", ""))],
        subject=headers.get("subject", ""),
        plain=plain,
        html=html,
        defects=[type(defect).__name__ for defect in message.defects],
    )


def _from_mailparser(mail) -> ParsedMail:
    return _parsed(
        mail.message,
        {name.lower(): _header_text(value) for name, value in mail.headers.items()},
        senders=_addresses(mail.from_),
        to=[address for _, address in _addresses(mail.to)],
        reply_to=[address for _, address in _addresses(getattr(mail, "reply_to", None))],
        subject=str(mail.subject or ""),
        plain=list(mail.text_plain),
        html=list(mail.text_html),
        defects=sorted(mail.defects_categories) if mail.has_defects else [],
    )


def wrap_reply_body(raw: bytes) -> bytes:
    """`raw` as it is when it has a header block; else a body without headers, wrapped as a reply mail.

    The wrapper adds nothing a classifier could read: an empty reply subject, and the body's own type (HTML or text).
    """
    if _has_header_block(raw):
        return raw
    subtype = "html" if raw.lstrip()[:1] == b"<" else "plain"
    return f"Subject: Re:\nContent-Type: text/{subtype}; charset=utf-8\n\n".encode() + raw
