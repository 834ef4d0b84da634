"""Which Sender a mail concerns: reply token, then In-Reply-To/References, abuse domain, then known prospect."""

from __future__ import annotations

import re

from sqlmodel import Session, select

from classifiers import ParsedMail
from handlers.context import Attribution
from storage.models import Sender
from storage.prospects import senders_holding
from storage.sent import sent_by_message_ids, sent_by_token

_TOKEN_ADDRESS = re.compile(r"^[^@+]+\+([A-Za-z0-9_.=-]+)@(.+)$")


def reply_tokens(addresses: list[str], reply_domain: str) -> list[str]:
    """Tokens of `local+TOKEN@reply_domain` addresses (any domain when `reply_domain` is empty)."""
    tokens = []
    for address in addresses:
        match = _TOKEN_ADDRESS.match(address or "")
        if match and (not reply_domain or match.group(2).lower() == reply_domain.lower()):
            tokens.append(match.group(1))
    return tokens


def attribute_sender(
    session: Session, mail: ParsedMail, envelope_to: list[str], mailbox: str, reply_domain: str
) -> Attribution:
    """Find the Sender(s) `mail` is about, in the order DESIGN §6 gives."""
    candidates = [*envelope_to, *mail.to, mail.header("delivered-to"), mail.header("x-original-to")]
    for token in reply_tokens([c.lower() for c in candidates if c], reply_domain):
        sent = sent_by_token(session, token)
        if sent:
            return Attribution([sent.sender_id], "reply-token", sent.to_address)
    sent = sent_by_message_ids(session, mail.referenced_ids)
    if sent:
        return Attribution([sent.sender_id], "in-reply-to", sent.to_address)
    if mailbox == "abuse":
        domains = {address.rsplit("@", 1)[-1] for address in envelope_to if "@" in address}
        for sender in session.exec(select(Sender)):
            if domains.intersection(d.lower() for d in sender.domains):
                return Attribution([sender.id], "abuse-domain")
    if mail.from_address:
        holders = senders_holding(session, [mail.from_address])
        if holders:
            return Attribution(holders, "prospect")
    return Attribution()
