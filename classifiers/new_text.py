"""The part of a mail its writer just typed: no quoted original, no signature, no disclaimer, no campaign footer.

Our own rules cut at the quote headers of Gmail, Outlook, Apple Mail, Thunderbird and mobile clients in
en, fr, de, es, it, nl (which mail-parser-reply misses in part, measured on the corpus); mail-parser-reply then
takes off signatures and legal disclaimers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mailparser_reply.parser import EmailMessage

from classifiers.html_text import html_to_text
from classifiers.language import detect_language
from classifiers.parsing import ParsedMail

REPLY_LANGUAGES = ["en", "fr", "de", "es", "it", "nl"]
MAX_TEXT_CHARACTERS = 20_000  # a request comes first; a 700 KB quote chain is not read to the end

# A line that opens a quoted or forwarded original; everything from it on is dropped.
_QUOTE_HEADER_PATTERNS = (
    r"^on\b.{0,250}\bwrote\s*:?\s*$",  # Gmail, Apple Mail, Thunderbird (en)
    r"^le\b.{0,250}\b(a [ée]crit|écrivait)\s*:?\s*$",  # fr
    r"^am\b.{0,250}\bschrieb\b.{0,120}:?\s*$",  # de
    r"^el\b.{0,250}\bescribi[óo]\b.{0,80}:?\s*$",  # es
    r"^(il giorno\b|il\b).{0,250}\bha scritto\s*:?\s*$",  # it
    r"^op\b.{0,250}\b(schreef|het volgende geschreven)\b.{0,80}:?\s*$",  # nl
    r"^.{0,120}<[^>\s]+@[^>\s]+>\s*(wrote|a écrit|schrieb|escribió|ha scritto|schreef)\s*:\s*$",
    r"^-{2,}\s*(original message|message d'origine|mail original|urspr[üu]ngliche nachricht|"
    r"mensaje original|messaggio originale|oorspronkelijk bericht|original nachricht)\s*-{2,}",
    r"^-{2,}\s*(forwarded message|message transf[ée]r[ée]|weitergeleitete nachricht|"
    r"mensaje reenviado|messaggio inoltrato|doorgestuurd bericht)\s*-{2,}",
    r"^(begin forwarded message|d[ée]but du message r[ée]exp[ée]di[ée]|anfang der weitergeleiteten nachricht|"
    r"inicio del mensaje reenviado|inizio messaggio inoltrato|begin doorgestuurd bericht)\s*:",
    r"^(message du|envoy[ée] le)\s*:.{0,200}$",
    r"^_{20,}\s*$",  # Outlook separator above the original's header block
)
_WRAPPED_HEADER_PATTERNS = 7  # the first ones ("On … wrote:") may be wrapped over two or three lines


def _any_of(patterns: tuple[str, ...]) -> re.Pattern:
    """One regular expression matching where any of `patterns` does (one pass in C, not one call each)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


_QUOTE_HEADER = _any_of(_QUOTE_HEADER_PATTERNS)
_WRAPPED_QUOTE_HEADER = _any_of(_QUOTE_HEADER_PATTERNS[:_WRAPPED_HEADER_PATTERNS])
# Outlook puts the original's headers with no quote marks: "From: x" then "Sent: y" a line or two below.
_OUTLOOK_FROM = re.compile(r"^\*?(from|de|von|da|van)\s*:\*?\s*\S", re.I)
_OUTLOOK_NEXT = re.compile(
    r"^\*?(sent|date|envoy[ée]( le)?|gesendet|datum|enviado( el)?|fecha|inviato|data|verzonden|to|[àa]|an|para|aan|"
    r"subject|objet|betreff|asunto|oggetto|onderwerp)\s*:",
    re.I,
)
_SIGNATURE_OPENER = _any_of(
    (
        r"^--\s*$",
        r"^(sent from|envoy[ée] (de|depuis|à partir de)|gesendet (von|mit)|von meinem|enviado desde|inviato da|"
        r"verzonden (met|vanaf)|verstuurd (met|vanaf|van)|get outlook for)\b.{0,60}$",
    )
)
_UNSUBSCRIBE_WORD = re.compile(
    r"(unsubscri|opt[- ]?out|d[ée]sinscri|d[ée]sabonn|abmelden|abbestellen|austragen|darse de baja|dar de baja|"
    r"cancellati|(cancella|annulla) l'iscrizione|disiscriv|afmelden|af te melden|uitschrijven|uit te schrijven|abzumelden)",
    re.I,
)
# "Pour ne plus recevoir nos offres, cliquez ici", "Um keine Angebote mehr zu erhalten, klicken Sie hier": a
# marketing mail's own way out, with no unsubscribe word in it; a footer only when a click or a link says so.
_STOP_RECEIVING = re.compile(
    r"(no longer (\w+ ){0,2}receiv|stop receiving|not (\w+ ){0,2}receive (any )?(more|further)|"
    r"ne (\w+ )?(plus|pas|jamais plus) recevoir|cesser de recevoir|"
    r"nicht (mehr|länger) (zu )?(erhalten|bekommen|empfangen)|keine .{0,40}mehr (zu )?(erhalten|bekommen|empfangen)|"
    r"no (\w+ )?recibir (más|mas)|dejar de recibir|ya no (\w+ )?recibir|non (\w+ )?(ricevere )?più (\w+ )?ricevere|"
    r"non ricevere più|smettere di ricevere|niet (langer|meer) (\w+ )?(te )?ontvangen|geen .{0,40}meer (\w+ )?(te )?ontvangen)",
    re.I,
)
# a link, written out or bare ("unsubscribe at galli-pharma.example/newsletter"), or a click
_CLICKS_OR_URLS = r"https?://|www\.|\b[\w-]+\.[a-z]{2,}/|click|cliqu|klick|haga clic|pulse|clicca|klik"
_CLICK_OR_URL = re.compile(f"({_CLICKS_OR_URLS})", re.I)
_LINK_WORD = re.compile(
    f"({_CLICKS_OR_URLS}|"
    r"\bhere\b|\bici\b|\bhier\b|\baqu[íi]\b|\bqui\b|\blink\b|\blien\b|\benlace\b)",
    re.I,
)
FOOTER_CHARACTERS = 100  # a footer with only "here" for a link is short
# "You are receiving this newsletter because …": the sender's own footer, whatever else the line says.
_RECEIVING_BECAUSE = re.compile(
    r"(you('re| are) receiving|you received this|vous recevez ce|vous avez reçu ce|sie erhalten diese|"
    r"sie bekommen diese|recibe(s)? este|ha recibido este|ricevi questa|riceve questa|hai ricevuto questa|"
    r"u ontvangt deze|je ontvangt deze)",
    re.I,
)
_FIRST_PERSON = re.compile(
    r"\b(me|my|I|moi|je|mich|ich|mi|yo|io|mij|ik|please|merci|bitte|por favor|per favore|graag|svp|"
    r"want|veux|voudrais|möchte|will|quiero|quisiera|deseo|voglio|vorrei|desidero|wil|wens)\b",
    re.I,
)
_TEMPLATE_BLOCK = re.compile(r"\[[a-z_]+>.*?\]", re.S)  # unfilled mail-merge blocks ("[data_portability>…]")


# A sender's own "reply STOP" footer: "Pour ne plus recevoir nos offres, répondez STOP", "Antworten Sie mit STOP".
_REPLY_STOP = re.compile(
    r"\b(reply|repl(y|ies) with|r[ée]pond(ez|re)|antworten sie|responda|responde|rispond(i|a|ete)|antwoord)\b"
    r".{0,30}\b(stop|baja|cancella(mi)?|unsubscribe|abmelden|afmelden|uitschrijven|d[ée]sinscription)\b",
    re.I,
)


# Each footer test above needs one of these (lower case): a line without any is no footer. A search of each in
# the line costs a fifth of the regular expressions, which cost some 8 us a line.
_FOOTER_WORDS = (
    *(
        "unsubscri",
        "opt",
        "sinscri",
        "sabonn",
        "abmeld",
        "abbestell",
        "austrag",
        "baja",
        "cancella",
        "disiscriv",
        "iscrizione",
    ),
    *("afmeld", "af te meld", "uitschrijv", "uit te schrijv", "abzumeld", "stop"),
    *("receiv", "recevoir", "erhalten", "bekommen", "empfangen", "recibir", "ricevere", "ontvangen"),
)


_LINK_BAR_SEPARATOR = re.compile(r"\s[|•·]\s")
LINK_BAR_WORDS = 6  # each link of a footer's bar is a few words: "Unsubscribe | Manage preferences | Privacy"


def _is_link_bar(line: str) -> bool:
    """A bar of short links ("Unsubscribe from our marketing | Manage preferences | Privacy policy"), as a sender's
    own footer has; no one types a request that way."""
    links = _LINK_BAR_SEPARATOR.split(line.strip())
    return len(links) >= 2 and all(0 < len(link.split()) <= LINK_BAR_WORDS for link in links)


# What `re.I` reads as "s" or "i" and `str.lower` leaves apart: "ſ", "ı", the dot `lower` adds to "İ".
_AS_IGNORECASE = str.maketrans({"ſ": "s", "ı": "i", "\u0307": ""})
_FOOTER_WORD = re.compile("|".join(re.escape(word) for word in sorted(_FOOTER_WORDS, key=len, reverse=True)))


def _has_footer_word(line: str) -> bool:
    """True when `line` holds one of `_FOOTER_WORDS` (one search in C, not one `in` per word)."""
    return _FOOTER_WORD.search(line.lower().translate(_AS_IGNORECASE)) is not None


def _is_campaign_footer(line: str, next_line: str = "") -> bool:
    """A line such as "To unsubscribe, click here", "Se désinscrire : https://…", "You are receiving this
    because you signed up. Unsubscribe", "Pour ne plus recevoir nos offres, répondez STOP" or "Um keine Angebote
    mehr zu erhalten, klicken Sie hier" (not a request).

    The link may stand on the next line ("Unsubscribe:" then the URL). A long line with only a "here" in it is a
    sentence, not a footer ("Ho già cliccato su «Cancellati» ieri, ma lo scrivo anche qui: …").
    """
    if not _has_footer_word(line):
        return False
    unsubscribe_word = _UNSUBSCRIBE_WORD.search(line) is not None
    stop_receiving = None if unsubscribe_word else _STOP_RECEIVING.search(line)
    # The way out, then where to click: "J'ai cliqué sur « ne plus recevoir nos offres »" tells of a click.
    if stop_receiving and _CLICK_OR_URL.search(line, stop_receiving.end()) and not _FIRST_PERSON.search(line):
        return True
    if not unsubscribe_word and not _REPLY_STOP.search(line):
        return False
    if unsubscribe_word and _RECEIVING_BECAUSE.search(line):
        return True
    if _FIRST_PERSON.search(line):
        return False
    if not unsubscribe_word:
        return True  # "Pour ne plus recevoir nos offres, répondez STOP."
    if _CLICK_OR_URL.search(line) or (line.rstrip().endswith(":") and _LINK_WORD.search(next_line)):
        return True
    if _is_link_bar(line):
        return True
    return len(line) <= FOOTER_CHARACTERS and _LINK_WORD.search(line) is not None


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _without_footer_sentences(line: str) -> str:
    """`line` without the sentences that are a sender's footer, when a disclaimer puts several in one paragraph
    ("… please delete it and notify the sender. If you no longer wish to receive our newsletter, you can unsubscribe
    at example.com/newsletter.")."""
    if len(line) <= FOOTER_CHARACTERS:
        return line
    if not _has_footer_word(line):
        return line
    sentences = _SENTENCE_BREAK.split(line)
    if len(sentences) < 2:
        return line
    return " ".join(sentence for sentence in sentences if not _is_campaign_footer(sentence))


# The first characters a quote header can start with (On, Le, Am, El, Il, Op, Begin, Début, Anfang, Inicio,
# Message du, Envoyé, ---, ___), or an address in it: other lines skip the long regular expression.
_QUOTE_HEADER_STARTS = frozenset("olaeibdm-_")


def _opens_quote(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    if (line[:1].lower() in _QUOTE_HEADER_STARTS or "@" in line) and _QUOTE_HEADER.match(line):
        return True
    if _OUTLOOK_FROM.match(line) and any(
        _OUTLOOK_NEXT.match(n.strip()) for n in lines[index + 1 : index + 4]
    ):
        return True
    # A quote header wrapped over two or three lines ("On Mon, 3 Mar 2025 at 10:02, Bob <b@x>\nwrote:").
    if line[:3].lower() in ("on ", "le ", "am ", "el ", "il ", "op "):
        joined = line
        for following in lines[index + 1 : index + 3]:
            if not following.strip():  # a wrapped header goes on in the next line, not after a blank one
                break
            joined = f"{joined} {following.strip()}"
            if _WRAPPED_QUOTE_HEADER.match(joined):
                return True
    return False


def strip_quotes(text: str, footer_phrases: tuple[str, ...] = ()) -> str:
    """`text` cut before the first quote header, without `>` lines, signature or campaign footer."""
    text = text[: 5 * MAX_TEXT_CHARACTERS]
    lines = _TEMPLATE_BLOCK.sub("", text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, raw_line in enumerate(lines):
        line = raw_line.strip()
        if _opens_quote(lines, index) or _SIGNATURE_OPENER.match(line):
            break
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if line.startswith(">") or _is_campaign_footer(line, next_line):
            continue
        line = _without_footer_sentences(line)
        if any(phrase and phrase.lower() in line.lower() for phrase in footer_phrases):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


@lru_cache(maxsize=8)
def _reply_patterns(languages: tuple[str, ...]) -> dict[str, re.Pattern]:
    """mail-parser-reply's patterns for `languages`, built once. It builds them for every message otherwise, and
    they are big: once other regexes (every MIME boundary makes one) push them out of `re`'s cache, recompiling
    them cost more than the rest of the reading."""
    probe = EmailMessage(text="", languages=list(languages), keep_hyphen_lists=True)
    return {
        "_header_regex": probe.HEADER_REGEX,
        "_disclaimers_regex": probe.DISCLAIMERS_REGEX,
        "_signature_regex": probe.SIGNATURE_REGEX,
    }


# A postscript below the sign-off is the writer's too: "P.S. please take me off your list", "P.D.: a mí dadme de
# baja", "PS: graag geen mails meer naar dit adres", "P.-S. : …", "N.B. …"; its paragraph, three lines at most.
_POSTSCRIPT = re.compile(
    r"^[ \t]*(?:p\.[ \t]?-?[ \t]?[sd]\.|p\.?[sd][ \t]*:|ps\b|n\.[ \t]?b\.|nb[ \t]*:)[^\n]*(?:\n[ \t]*\S[^\n]*){0,2}",
    re.I | re.M,
)


def strip_signature(text: str, language: str | None = None) -> str:
    """`text` without its sign-off, signature and legal disclaimer (mail-parser-reply), never emptied; a
    postscript below them stays.

    Knowing the `language` halves the work: mail-parser-reply then tries that language's forms (and English),
    not all six.
    """
    if text.count("\n") < 2:  # one or two lines: no room for a signature
        return text
    text = text[:MAX_TEXT_CHARACTERS]
    languages = (language,) if language in REPLY_LANGUAGES else tuple(REPLY_LANGUAGES)
    try:
        message = EmailMessage(
            text=text, languages=list(languages), keep_hyphen_lists=True, **_reply_patterns(languages)
        ).read()
        reply = message.replies[0] if message.replies else None
    except Exception:
        return text
    if reply is None or not reply.body.strip() or _sign_off_is_a_sentence(reply.signatures):
        return text
    body = reply.body.strip()
    postscripts = [match.group(0).strip() for match in _POSTSCRIPT.finditer(reply.signatures or "")]
    return "\n\n".join([body, *(postscript for postscript in postscripts if postscript not in body)])


SIGN_OFF_CHARACTERS = 40  # "Best regards,", "Bedankt en groetjes,": a sign-off line is short


def _sign_off_is_a_sentence(signature: str) -> bool:
    """True when what mail-parser-reply took for a sign-off is the writer's sentence: "Bedankt, maar ik wil verder
    geen mails meer ..." starts like "Bedankt," and is no sign-off."""
    return len(signature.strip().split("\n", 1)[0]) > SIGN_OFF_CHARACTERS


def body_text(mail: ParsedMail) -> str:
    """The body as text: text/plain when there is any, else the HTML converted to text."""
    if mail.text_plain.strip():
        return mail.text_plain
    if mail.text_html.strip():
        return html_to_text(mail.text_html)
    return ""


def writer_text(mail: ParsedMail, footer_phrases: tuple[str, ...] = ()) -> tuple[str, str | None]:
    """What the writer of `mail` typed, without what they quoted or signed; and the language they wrote in."""
    typed = strip_quotes(body_text(mail), footer_phrases)
    language = detect_language(typed)  # the first lines tell it; a signature below does not change it
    return strip_signature(typed, language), language


def extract_new_text(mail: ParsedMail, footer_phrases: tuple[str, ...] = ()) -> str:
    """What the writer of `mail` typed, without what they quoted or signed."""
    return writer_text(mail, footer_phrases)[0]
