"""ISP feedback-loop reports: RFC 5965 ARF fields, Microsoft JMRP complaints and Amazon SES notifications."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from email.parser import HeaderParser

from classifiers.addresses import is_plausible_address, normalize_address
from classifiers.parsing import ParsedMail, extract_message_ids, per_mail

FEEDBACK_TYPE = "message/feedback-report"
ORIGINAL_TYPES = ("message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers")
COMPLAINT_TYPES = frozenset({"abuse", "fraud", "virus", "other", "opt-out", "complaint"})
OPT_OUT_TYPES = frozenset({"opt-out", "unsubscribe"})
# Microsoft's JMRP wraps the reported mail in multipart/mixed, without ARF fields.
_JMRP_SUBJECT = re.compile(r"^\s*complaint about message from [\d.:a-f]+", re.I)
_JMRP_HEADER = "x-hmxmroriginalrecipient"
_SES_TYPE = re.compile(r'\\?"notificationType\\?"\s*:\s*\\?"(\w+)', re.I)
_SES_SUBTYPE = re.compile(r'\\?"(?:bounceType|complaintFeedbackType)\\?"\s*:\s*\\?"([\w-]+)', re.I)
_SES_ADDRESS = re.compile(r'\\?"emailAddress\\?"\s*:\s*\\?"([^"\\]+)')
_SES_MESSAGE_ID = re.compile(r'\\?"messageId\\?"\s*:\s*\\?"([^"\\]+)')


def parse_field_blocks(text: str) -> list[dict[str, str]]:
    """`Name: value` blocks separated by blank lines (continuation lines folded), lower-case names."""
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    name = ""
    for line in text.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current, name = {}, ""
        elif line[:1] in (" ", "\t") and name:
            current[name] += " " + line.strip()
        elif ":" in line:
            name, _, value = line.partition(":")
            name = name.strip().lower()
            current[name] = current[name] + ", " + value.strip() if name in current else value.strip()
    if current:
        blocks.append(current)
    return blocks


@dataclass(frozen=True)
class FeedbackReport:
    """A feedback report's machine-readable fields (RFC 5965 §3.5), normalised; addresses lower-cased."""

    feedback_type: str
    format: str = "arf"  # arf | jmrp | ses
    user_agent: str = ""
    version: str = ""
    original_mail_from: str | None = None
    original_rcpt_to: tuple[str, ...] = ()
    arrival_date: str = ""
    reported_domain: tuple[str, ...] = ()
    source_ip: str = ""
    original_message_id: str | None = None
    fields: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_complaint(self) -> bool:
        """True for a person's complaint (abuse, fraud, virus, opt-out…); False for auth-failure and not-spam."""
        return self.feedback_type in COMPLAINT_TYPES

    @property
    def is_opt_out(self) -> bool:
        """True when the person asked to be taken off the list (RFC 5965 `opt-out`)."""
        return self.feedback_type in OPT_OUT_TYPES


def _addresses(value: str) -> tuple[str, ...]:
    found = (normalize_address(part) for part in re.split(r"[,\s]+", value or "") if "@" in part)
    return tuple(dict.fromkeys(address for address in found if is_plausible_address(address)))


def header_fields(block: Message) -> dict[str, str]:
    """A parsed header block as lower-case names to values (whitespace folded, repeated fields joined by ", ")."""
    fields: dict[str, str] = {}
    for name, value in block.items():
        name, value = name.lower(), " ".join(str(value).split())
        fields[name] = f"{fields[name]}, {value}" if name in fields else value
    return fields


def _report_fields(mail: ParsedMail) -> dict[str, str]:
    """The fields of the message/feedback-report part (or, for a sloppy report, of its text), lower-case names."""
    blocks: list[dict[str, str]] = []
    for part in mail.message.walk() if mail.message is not None else ():
        if part.get_content_type() != FEEDBACK_TYPE:
            continue
        payload = part.get_payload()
        if isinstance(payload, bytes):
            payload = payload.decode("utf-8", "replace")
        if isinstance(payload, str):
            blocks += parse_field_blocks(payload)
            continue
        for block in payload:
            if isinstance(block, Message):
                blocks.append(header_fields(block))
                if isinstance(block.get_payload(), str):  # fields after a stray blank line land in the body
                    blocks += parse_field_blocks(block.get_payload())
    if not any("feedback-type" in block for block in blocks) and mail.text_plain:
        blocks += [block for block in parse_field_blocks(mail.text_plain[:6000]) if "feedback-type" in block]
    fields: dict[str, str] = {}
    for block in blocks:
        for name, value in block.items():
            fields[name] = (
                f"{fields[name]}, {value}" if name in fields and value not in fields[name] else value
            )
    return fields


def _original_headers(mail: ParsedMail) -> Message | None:
    """The headers of the reported mail: the message/rfc822 or text/rfc822-headers part."""
    for part in mail.message.walk() if mail.message is not None else ():
        content_type = part.get_content_type()
        if content_type not in ORIGINAL_TYPES:
            continue
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            return payload[0]
        if isinstance(payload, bytes):
            payload = payload.decode("utf-8", "replace")
        if isinstance(payload, str) and payload.strip():
            return HeaderParser().parsestr(payload.lstrip(), headersonly=True)
    return None


def _original_message_id(original: Message | None) -> str | None:
    """The reported mail's Message-ID, `<…>`; a bare `id@host` (as in RFC 5965's own example) is bracketed."""
    if original is None:
        return None
    value = str(original.get("message-id", "")).strip()
    ids = extract_message_ids(value)
    if ids:
        return ids[0]
    bare = value.split()[0] if value.split() else ""
    return f"<{bare}>" if "@" in bare else None


def _arf(mail: ParsedMail) -> FeedbackReport:
    """The ARF report's fields; a report whose fields cannot be read is still taken as an abuse complaint."""
    fields = _report_fields(mail)
    original = _original_headers(mail)
    return FeedbackReport(
        feedback_type=(fields.get("feedback-type", "").split() or ["abuse"])[0].lower(),
        format="arf",
        user_agent=fields.get("user-agent", ""),
        version=fields.get("version", ""),
        original_mail_from=(_addresses(fields.get("original-mail-from", "")) or (None,))[0],
        original_rcpt_to=_addresses(fields.get("original-rcpt-to", "")),
        arrival_date=fields.get("arrival-date", "") or fields.get("received-date", ""),
        reported_domain=tuple(fields.get("reported-domain", "").replace(",", " ").split()),
        source_ip=fields.get("source-ip", ""),
        original_message_id=_original_message_id(original),
        fields=fields,
    )


def _jmrp(mail: ParsedMail) -> FeedbackReport | None:
    """A Microsoft JMRP complaint: the reported mail attached, marked by X-HmXmrOriginalRecipient."""
    original = _original_headers(mail)
    if original is None:
        return None
    if original.get(_JMRP_HEADER) is None and not _JMRP_SUBJECT.match(mail.subject):
        return None
    recipient = str(original.get(_JMRP_HEADER) or original.get("to") or "")
    source_ip = _JMRP_SUBJECT.match(mail.subject)
    return FeedbackReport(
        feedback_type="abuse",
        format="jmrp",
        original_mail_from=(_addresses(str(original.get("from", ""))) or (None,))[0],
        original_rcpt_to=_addresses(recipient),
        arrival_date=str(original.get("date", "")),
        source_ip=source_ip.group(0).split()[-1] if source_ip else str(original.get("x-reporter-ip", "")),
        original_message_id=_original_message_id(original),
    )


@dataclass(frozen=True)
class SesNotification:
    """An Amazon SES event sent by SNS as an e-mail: kind bounce, complaint or delivery, with its details."""

    kind: str
    subtype: str = ""  # bounceType (Permanent, Transient, Undetermined) or complaintFeedbackType
    recipients: tuple[str, ...] = ()
    message_id: str | None = None


def is_ses_notification(mail: ParsedMail) -> bool:
    """True for an Amazon SES event (bounce, complaint, delivery) delivered by SNS as an e-mail."""
    return bool(
        mail.header("x-amz-sns-message-id")
        or (mail.from_address or "").endswith("@sns.amazonaws.com")
        or (mail.text_plain[:200].lstrip().startswith("{") and "notificationType" in mail.text_plain[:20000])
    )


@per_mail
def ses_notification(mail: ParsedMail) -> SesNotification | None:
    """The Amazon SES event in `mail`'s body (JSON, possibly wrapped in an SNS envelope), None when none."""
    if not is_ses_notification(mail):
        return None
    text = mail.text_plain[:20000]
    kind = _SES_TYPE.search(text)
    if not kind:
        return None
    subtype = _SES_SUBTYPE.search(text)
    message_id = _SES_MESSAGE_ID.search(text)
    return SesNotification(
        kind=kind.group(1).lower(),
        subtype=subtype.group(1) if subtype else "",
        recipients=_addresses(" ".join(_SES_ADDRESS.findall(text))),
        message_id=f"<{message_id.group(1)}@email.amazonses.com>" if message_id else None,
    )


def _ses(mail: ParsedMail) -> FeedbackReport | None:
    notification = ses_notification(mail)
    if notification is None or notification.kind != "complaint":
        return None
    return FeedbackReport(
        feedback_type=(notification.subtype or "abuse").lower(),
        format="ses",
        original_rcpt_to=notification.recipients,
        original_message_id=notification.message_id,
    )


def feedback_report(mail: ParsedMail) -> FeedbackReport | None:
    """The feedback report `mail` carries (ARF, JMRP or SES complaint), None when it is none."""
    if FEEDBACK_TYPE in mail.content_types or "feedback-report" in mail.header("content-type").lower():
        return _arf(mail)
    if "message/rfc822" in mail.content_types:
        report = _jmrp(mail)
        if report is not None:
            return report
    return _ses(mail)
