"""Signals that a machine wrote the mail (auto-reply, bounce, bulk), from headers and MIME structure."""

from __future__ import annotations

import re

from classifiers.labels import Label
from classifiers.parsing import ParsedMail

_BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|bounces?|mailerdaemon)@", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"(undeliver|delivery (status )?notification|delivery failure|returned mail|mail delivery failed|"
    r"failure notice|non[- ]?remis|échec de (la )?remise|unzustellbar|nicht zustellbar|no entregado)",
    re.I,
)
_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(auto(matic)? ?(reply|response|answer)|autoreply|out of (the )?office|"
    r"r[ée]ponse automatique|absence|abwesenheit|automatische antwort|respuesta autom[aá]tica|"
    r"risposta automatica|fuori sede|afwezig|automatisch antwoord|auto:)",
    re.I,
)


def detect_automatic(mail: ParsedMail) -> tuple[list[Label], list[str]]:
    """Labels (bounce, auto_reply) and signals found in the headers and structure of `mail`."""
    labels: list[Label] = []
    signals: list[str] = []
    auto_submitted = mail.header("auto-submitted").lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        signals.append(f"header:auto-submitted={auto_submitted.split(';')[0]}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-response-suppress"):
        if mail.header(name):
            signals.append(f"header:{name}")
    precedence = mail.header("precedence").lower()
    if precedence in ("auto_reply", "bulk", "junk", "list"):
        signals.append(f"header:precedence={precedence}")
    if mail.header("list-id") or mail.header("list-unsubscribe"):
        signals.append("header:list")

    report_types = [
        t for t in mail.content_types if t in ("message/delivery-status", "message/feedback-report")
    ]
    if "message/delivery-status" in report_types:
        labels.append(Label.BOUNCE)
        signals.append("mime:delivery-status")
    elif "message/feedback-report" in report_types:
        labels.append(Label.ABUSE_REPORT)
        signals.append("mime:feedback-report")
    elif _BOUNCE_SENDERS.match(mail.from_address or "") or (
        not mail.from_address and _BOUNCE_SUBJECT.search(mail.subject)
    ):
        labels.append(Label.BOUNCE)
        signals.append("from:mailer-daemon")
    elif _BOUNCE_SUBJECT.search(mail.subject) and auto_submitted:
        labels.append(Label.BOUNCE)
        signals.append("subject:delivery-failure")

    if not labels and (
        auto_submitted.startswith("auto-replied")
        or any(s.startswith(("header:x-auto", "header:precedence=auto_reply")) for s in signals)
        or _AUTO_REPLY_SUBJECT.search(mail.subject)
    ):
        labels.append(Label.AUTO_REPLY)
        if _AUTO_REPLY_SUBJECT.search(mail.subject):
            signals.append("subject:auto-reply")
    if labels or signals:
        signals.append("automatic")
    return labels, signals
