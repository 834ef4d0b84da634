"""The part of a mail its writer just typed: no quoted original, no signature, no campaign footer."""

from __future__ import annotations

import re

from classifiers.html_text import html_to_text
from classifiers.parsing import ParsedMail

# A line that opens a quoted or forwarded original; everything from it on is dropped.
_QUOTE_OPENERS = [
    re.compile(p, re.I)
    for p in (
        r"^on\b.{0,250}\bwrote\s*:?\s*$",  # Gmail, Apple Mail, Thunderbird (en)
        r"^le\b.{0,250}\ba [ée]crit\s*:?\s*$",  # fr
        r"^am\b.{0,250}\bschrieb\b.{0,80}:?\s*$",  # de
        r"^el\b.{0,250}\bescribi[óo]\s*:?\s*$",  # es
        r"^il\b.{0,250}\bha scritto\s*:?\s*$",  # it
        r"^op\b.{0,250}\bschreef\b.{0,80}:?\s*$",  # nl
        r"^-{2,}\s*(original message|message d'origine|mail original|urspr[üu]ngliche nachricht|"
        r"mensaje original|messaggio originale|oorspronkelijk bericht)\s*-{2,}",
        r"^-{2,}\s*(forwarded message|message transf[ée]r[ée]|weitergeleitete nachricht|"
        r"mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)\s*-{2,}",
        r"^(begin forwarded message|d[ée]but du message r[ée]exp[ée]di[ée])\s*:",
        r"^_{20,}\s*$",  # Outlook separator above the original's header block
    )
]
# Outlook puts the original's headers with no quote marks: "From: x" then "Sent: y" a line or two below.
_OUTLOOK_FROM = re.compile(r"^\*?(from|de|von|da|van)\s*:\*?\s*\S", re.I)
_OUTLOOK_NEXT = re.compile(
    r"^\*?(sent|date|envoy[ée]|gesendet|datum|enviado|fecha|inviato|data|verzonden|to|[àa]|an|para|aan)\s*:",
    re.I,
)
_SIGNATURE_OPENERS = [
    re.compile(p, re.I)
    for p in (
        r"^--\s*$",
        r"^(sent from|envoy[ée] (de|depuis)|gesendet von|enviado desde|inviato da|verzonden (met|vanaf))\b.{0,40}$",
    )
]
_UNSUBSCRIBE_WORD = re.compile(
    r"(unsubscri|opt[- ]?out|d[ée]sinscri|d[ée]sabonn|abmelden|abbestellen|darse de baja|"
    r"cancellarti|cancella l'iscrizione|afmelden|uitschrijven)",
    re.I,
)
_LINK_WORD = re.compile(
    r"(https?://|www\.|click|cliqu|klick|haga clic|clicca|klik|\bhere\b|\bici\b|\blink\b|lien)", re.I
)
_FIRST_PERSON = re.compile(
    r"\b(me|my|I|moi|je|mich|ich|mi|yo|io|mij|ik|please|merci|bitte|por favor|per favore)\b", re.I
)


def _is_campaign_footer(line: str, next_line: str = "") -> bool:
    """A line such as "To unsubscribe, click here" or "Se désinscrire: https://…" (not a request).

    The link may stand on the next line ("Unsubscribe:" then the URL).
    """
    if not _UNSUBSCRIBE_WORD.search(line) or _FIRST_PERSON.search(line):
        return False
    return bool(_LINK_WORD.search(line) or (line.rstrip().endswith(":") and _LINK_WORD.search(next_line)))


def _is_outlook_header(lines: list[str], index: int) -> bool:
    if not _OUTLOOK_FROM.match(lines[index]):
        return False
    return any(_OUTLOOK_NEXT.match(line) for line in lines[index + 1 : index + 4])


def strip_quotes(text: str, footer_phrases: tuple[str, ...] = ()) -> str:
    """`text` cut before the first quote header, without `>` lines, signature or campaign footer."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, raw_line in enumerate(lines):
        line = raw_line.strip()
        two_lines = f"{line} {lines[index + 1].strip()}" if index + 1 < len(lines) else line
        if any(p.match(line) for p in _QUOTE_OPENERS) or _is_outlook_header(lines, index):
            break
        if line.lower().startswith(("on ", "le ", "am ", "el ", "il ", "op ")) and any(
            p.match(two_lines) for p in _QUOTE_OPENERS[:6]
        ):
            break  # a quote header wrapped over two lines
        if any(p.match(line) for p in _SIGNATURE_OPENERS):
            break
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if line.startswith(">") or _is_campaign_footer(line, next_line):
            continue
        if any(phrase and phrase.lower() in line.lower() for phrase in footer_phrases):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def body_text(mail: ParsedMail) -> str:
    """The body as text: text/plain when there is any, else the HTML converted to text."""
    if mail.text_plain.strip():
        return mail.text_plain
    if mail.text_html.strip():
        return html_to_text(mail.text_html)
    return ""


def extract_new_text(mail: ParsedMail, footer_phrases: tuple[str, ...] = ()) -> str:
    """What the writer of `mail` typed, without what they quoted."""
    return strip_quotes(body_text(mail), footer_phrases)
