"""`detect_automatic`: labels and signals of mail a machine wrote (bounce, auto-reply, feedback report, reports)."""

from __future__ import annotations

import re

from classifiers.auto_reply import (
    AUTO_REPLY_HEADERS,
    auto_reply_headers,
    detect_auto_reply,
    is_challenge,
    machine_header_name,
    may_be_unhinted_auto_reply,
)
from classifiers.bounce import (
    BOUNCE_SUBJECT,
    DSN_TYPES,
    SUBJECT_CHARS,
    find_bounce,
    has_null_sender,
    notification_text,
    read_delivery_status,
    sender_kind,
)
from classifiers.feedback_report import (
    FEEDBACK_TYPE,
    FeedbackReport,
    feedback_report,
    is_ses_notification,
    ses_notification,
)
from classifiers.labels import Label
from classifiers.parsing import ParsedMail, parse_mail

AUTOMATIC = "automatic"
# Machine notifications that ask for nothing (read receipts, success DSNs, DMARC/TLS reports, auth-failure
# feedback) have no label of their own in DESIGN §6; the auto_reply handling (recorded, never answered, never
# forwarded) is what they need, and it keeps the words of a report from being read as a request.
NOTIFICATION_LABEL = Label.AUTO_REPLY
MDN_TYPES = ("message/disposition-notification", "message/global-disposition-notification")
TLSRPT_TYPES = ("application/tlsrpt+gzip", "application/tlsrpt+json")
EMBEDDED_MAX_BYTES = 1_000_000  # a header-less wrapper is read again as a mail only up to this size
_BULK_PRECEDENCE = frozenset({"bulk", "junk", "list"})
# RFC 7489 §7.2.1.1: "Report Domain: <domain> Submitter: <org> Report-ID: <id>".
_DMARC_SUBJECT = re.compile(r"report[- ]?domain\s*:.*submitter\s*:", re.I | re.S)
_REPORT_TYPE = re.compile(r"report-type\s*=\s*\"?([\w-]+)", re.I)
_NO_REPLY_SENDER = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre)[\w.+-]*@", re.I
)
_UNSUBSCRIBE_SUBJECT = re.compile(r"^\s*unsubscribe\b", re.I)
_MBOX_FROM = re.compile(rb"^From \S*[^\n]*\n")
_HEADER_BLOCK = re.compile(rb"^(?:[!-9;-~]+:[^\n]*\n(?:[ \t][^\n]*\n)*){3,}")
_KNOWN_HEADER = re.compile(rb"^(received|return-path|delivered-to|message-id|date|from):", re.I | re.M)


def embedded_mail(mail: ParsedMail) -> ParsedMail | None:
    """The whole message a header-less wrapper carries as its body (an mbox `From ` line, then headers)."""
    if mail.message is None or mail.message.is_multipart() or mail.from_address:
        return None
    if any(mail.header(name) for name in ("from", "date", "received", "message-id", "return-path")):
        return None
    body = mail.message.get_payload(decode=True)
    if not isinstance(body, bytes) or len(body) > EMBEDDED_MAX_BYTES:
        return None
    body = _MBOX_FROM.sub(b"", body.lstrip().replace(b"\r\n", b"\n"), count=1)
    head = _HEADER_BLOCK.match(body[:20000])
    if head is None or not _KNOWN_HEADER.search(head.group(0)):
        return None
    inner = parse_mail(body)
    return inner if inner.readable else None


def _header_signals(mail: ParsedMail, reply_headers: list[str]) -> list[str]:
    """What the headers alone say about a machine sender; empty for ordinary personal mail."""
    signals = []
    auto_submitted = mail.header("auto-submitted").lower().split(";")[0].split("(")[0].strip()
    if auto_submitted and auto_submitted != "no":
        signals.append(f"header:auto-submitted={auto_submitted}")
    signals += [s for s in reply_headers if not s.startswith("header:auto-submitted")]
    precedence = mail.header("precedence").lower().strip()
    if precedence in _BULK_PRECEDENCE:
        signals.append(f"header:precedence={precedence}")
    if mail.header("list-id") or mail.header("list-unsubscribe"):
        signals.append("header:list")
    if has_null_sender(mail):
        signals.append("envelope:null-sender")
    if sender_kind(mail) == "daemon":
        signals.append("from:mailer-daemon")
    elif _NO_REPLY_SENDER.match(mail.from_address or ""):
        signals.append("from:no-reply")
    return signals


def _mail_client_unsubscribe(mail: ParsedMail, header_signals: list[str]) -> bool:
    """A mail client's one-click unsubscribe (mailto List-Unsubscribe), e.g. Apple Mail's X-Apple-Unsubscribe."""
    if mail.header("x-apple-unsubscribe").lower().strip() == "true":
        return True
    return any(s.startswith("header:auto-submitted") for s in header_signals) and bool(
        _UNSUBSCRIBE_SUBJECT.match(mail.subject[:SUBJECT_CHARS])
    )


def _feedback_signals(report: FeedbackReport) -> list[str]:
    signals = ["mime:feedback-report"] if report.format == "arf" else [f"feedback:format={report.format}"]
    signals.append(f"feedback:type={report.feedback_type}")
    if report.original_message_id:
        signals.append(f"feedback:original-message-id={report.original_message_id}")
    if report.original_rcpt_to:
        signals.append(f"feedback:recipients={len(report.original_rcpt_to)}")
    return signals


def _other_report(mail: ParsedMail) -> str | None:
    """Machine reports that ask the desk for nothing: read receipts, DMARC aggregate and TLS reports."""
    report_type = _REPORT_TYPE.search(mail.header("content-type"))
    report_type = report_type.group(1).lower() if report_type else ""
    if report_type == "disposition-notification" or any(t in MDN_TYPES for t in mail.content_types):
        return "mime:disposition-notification"
    if (
        report_type == "tlsrpt"
        or mail.header("tls-report-domain")
        or any(t in TLSRPT_TYPES for t in mail.content_types)
    ):
        return "report:tlsrpt"
    if _DMARC_SUBJECT.search(mail.subject[:SUBJECT_CHARS]):
        return "report:dmarc-aggregate"
    return None


def _notification(mail: ParsedMail) -> list[str]:
    """Signals of a machine notification that asks for nothing: read receipt, DMARC/TLS report, success DSN."""
    other = _other_report(mail)
    if other is not None:
        return [other]
    delivery = read_delivery_status(mail)
    if delivery is not None and delivery.is_success:
        return ["mime:delivery-status", "dsn:success"]
    ses = ses_notification(mail)
    if ses is not None and ses.kind not in ("bounce", "complaint"):
        return [f"ses:{ses.kind}"]
    return []


# Every header whose value one of the checks of `_labels` and `_header_signals` reads (bar the envelope sender's, read
# by `has_null_sender`), and every MIME type a report is recognised by: a mail with none of them, and nothing else
# that `_plainly_personal` looks for, is no machine's. A new check of a header or a type must add it here.
_MACHINE_HEADERS = frozenset(
    [
        "auto-submitted",
        "precedence",
        "list-id",
        "list-unsubscribe",
        "x-apple-unsubscribe",
        "x-failed-recipients",
        "x-mlserver",
        "tls-report-domain",
        "x-amz-sns-message-id",
        "x-auto-response-suppress",
        *AUTO_REPLY_HEADERS,
    ]
)
_MACHINE_TYPES = frozenset([FEEDBACK_TYPE, "message/rfc822", *DSN_TYPES, *MDN_TYPES, *TLSRPT_TYPES])


def _plainly_personal(mail: ParsedMail) -> bool:
    """True only when `detect_automatic` surely finds nothing: none of the headers, MIME types, senders, subjects or
    challenge wordings any of its checks looks for. The ordinary mail a person wrote then skips some 160 small calls
    (header lookups, dataclasses, regular expressions); any other mail takes the full path, which decides alone. So
    each test here must stop every mail its checks could flag (it may stop more: `_SUBJECT_START` with no mark).
    """
    return bool(
        mail.from_address  # embedded_mail, has_null_sender's header-less case
        and _MACHINE_HEADERS.isdisjoint(mail.headers)  # header checks of all kinds
        and _MACHINE_TYPES.isdisjoint(mail.content_types)  # ARF, JMRP, DSN, MDN, TLS reports
        and "report" not in mail.header("content-type").lower()  # report-type=…, feedback-report
        and machine_header_name(mail) is None  # auto_reply_headers
        and not has_null_sender(mail)
        and sender_kind(mail) is None  # daemon or system sender: _header_signals, find_bounce
        and not _NO_REPLY_SENDER.match(mail.from_address)
        and not is_ses_notification(mail)
        and not _DMARC_SUBJECT.search(mail.subject[:SUBJECT_CHARS])
        and BOUNCE_SUBJECT.search(mail.subject[:SUBJECT_CHARS]) is None
        and not may_be_unhinted_auto_reply(mail)
    )


def detect_automatic(mail: ParsedMail) -> tuple[list[Label], list[str]]:
    """Labels (bounce, auto_reply, abuse_report…) and signals found in the headers and structure of `mail`.

    Cheap header checks come first; a body is read only when the headers or the MIME structure already look
    machine-made, except for a short challenge-response check. The signals end with `automatic` whenever a
    machine wrote the mail: such mail is never answered.
    """
    if _plainly_personal(mail):
        return [], []
    return read_machine_marks(mail)


def read_machine_marks(mail: ParsedMail) -> tuple[list[Label], list[str]]:
    """`detect_automatic` without its pre-screen: every check, in order (the tests hold the two to the same answer)."""
    signals: list[str] = []
    inner = embedded_mail(mail)
    if inner is not None:
        mail = inner
        signals.append("mime:embedded-message")
    reply_headers = auto_reply_headers(mail)
    header_signals = _header_signals(mail, reply_headers)
    signals += header_signals
    found: list[str] = []
    labels = _labels(mail, header_signals, reply_headers, found)
    signals += found
    if labels or header_signals or found:
        signals.append(AUTOMATIC)
    return labels, list(dict.fromkeys(signals))


def _labels(
    mail: ParsedMail, header_signals: list[str], reply_headers: list[str], found: list[str]
) -> list[Label]:
    """The labels of `mail`, appending to `found` the evidence for them."""
    if _mail_client_unsubscribe(mail, header_signals):
        found.append("unsubscribe:mail-client")
        return [Label.UNSUBSCRIBE]

    report = feedback_report(mail)
    if report is not None:
        found += _feedback_signals(report)
        if not report.is_complaint:
            return [NOTIFICATION_LABEL]
        return [Label.ABUSE_REPORT, Label.UNSUBSCRIBE] if report.is_opt_out else [Label.ABUSE_REPORT]

    notification = _notification(mail)
    if notification:
        found += notification
        return [NOTIFICATION_LABEL]

    bounce = find_bounce(mail)
    if bounce is not None:
        found += bounce.signals
        if not is_challenge(notification_text(mail, 4000)):
            return [Label.BOUNCE]
        found.append("body:challenge-response")
        # A challenge-response system holds the mail (4.x.x) until the sender proves human: no bounce yet.
        held = bool(bounce.statuses) and not any(status.startswith("5") for status in bounce.statuses)
        return [Label.AUTO_REPLY] if held else [Label.BOUNCE, Label.AUTO_REPLY]

    auto_reply = detect_auto_reply(mail, machine_hint=bool(header_signals), header_signals=reply_headers)
    if auto_reply is not None:
        found += auto_reply.signals
        if auto_reply.return_date is not None:
            found.append(f"auto-reply:return-date={auto_reply.return_date.isoformat()}")
        return [Label.AUTO_REPLY]
    if any(s.startswith("header:auto-submitted=") for s in header_signals):
        return [Label.AUTO_REPLY]  # RFC 3834: automatic mail that is no report is treated as an auto-reply
    return []
