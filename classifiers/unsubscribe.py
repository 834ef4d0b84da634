"""Rules for "stop mailing me" in English and French, aware of negation ("please don't remove me")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Phrases that ask to stop, whatever words precede them.
_REQUESTS = {
    "en": [
        r"\bunsubscribe\b",
        r"\bopt(ing)?[- ]?out\b",
        r"\bopt (me|us|my (e-?mail|address)) out\b",
        r"\b(remove|delete|take|drop|strike)\s+(me|my (e-?mail|address|name|details|contact))\b",
        r"\b(remove|take)\b.{0,40}\b(from|off)\s+(your|the|this)\s+(mailing\s+)?(list|database|records)",
        r"\b(stop|quit|cease)\s+(e-?mailing|emailing|sending|contacting|writing|spamming|messaging|mailing)\b",
        r"\b(do not|don'?t|never|please don'?t)\s+(e-?mail|contact|write|send|message|mail)\s+(me|to me|us|again)",
        r"\bno (more|further) (e-?mails?|messages|contact|mails)\b",
        r"\b(stop|don'?t want|do not want)\b.{0,30}\b(e-?mails?|messages|mails|newsletters?)\b",
        r"\bnot (to )?be contacted\b",
        r"^\s*(stop|unsubscribe|remove)\s*[.!]*\s*$",
    ],
    "fr": [
        r"d[ée]sinscri(re|vez|s|t|ption|ptions|vez[- ]moi)",
        r"d[ée]sabonn(er|ez|ement|é|e)",
        r"\b(retirez|retirer|supprimez|supprimer|enlevez|enlever|effacez|rayez)[- ]?(moi|mon adresse|mes coordonn[ée]es)",
        r"\b(retirez|retirer|supprimez|supprimer|enlevez|enlever)\b.{0,40}\b(de|des) (votre|vos|la|cette) "
        r"(liste|fichier|base)",
        r"\bne (plus|pas) (me |m')?(recevoir|[êe]tre (contact|sollicit|relanc)|contacter|envoyer|[ée]crire|solliciter)",
        r"\bne (souhaite|veux|d[ée]sire|voudrais|souhaiterais)\s+(plus|pas|jamais)\s+(recevoir|[êe]tre (contact|sollicit))",
        r"\bne (me )?(contactez|[ée]crivez|sollicitez|relancez|envoyez)\b.{0,20}\b(plus|pas)\b",
        r"\b(arr[êe]tez|cessez|stoppez)\b.{0,30}\b(m'[ée]crire|me contacter|m'envoyer|vos (e-?mails|mails|messages|envois))",
        r"\bopposition\b.{0,60}\bprospection\b",
        r"\bje m'oppose\b",
        r"^\s*(stop|d[ée]sinscription|d[ée]sabonnement)\s*[.!]*\s*$",
    ],
}
# Words that, just before a removal verb, turn it into its opposite ("please don't remove me").
_EN_NEGATIONS = {"don't", "dont", "not", "never", "won't", "wouldn't"}
_FR_NEGATION_ENDS = {"pas", "jamais", "surtout"}
_REQUEST_ITSELF_NEGATIVE = re.compile(r"^(do not|don'?t|never|please don'?t|ne\b|no\b|not\b)", re.I)
_WORD = re.compile(r"[\w']+")

_COMPILED = {lang: [re.compile(p, re.I | re.M) for p in patterns] for lang, patterns in _REQUESTS.items()}
_SUBJECT_REQUEST = re.compile(
    r"^\s*((re|tr|fwd?|aw|sv)\s*:\s*)*(unsubscribe|stop|remove me|d[ée]sinscription|d[ée]sabonnement|"
    r"d[ée]sinscrire|opt[- ]?out)\b",
    re.I,
)


@dataclass(frozen=True)
class UnsubscribeMatch:
    language: str
    phrase: str


def _normalise(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")


def _negated(language: str, text: str, start: int, end: int, phrase: str) -> bool:
    if _REQUEST_ITSELF_NEGATIVE.match(phrase):
        return False  # the negation is the request ("don't email me", "ne plus recevoir")
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?;\n")
    before = _WORD.findall(text[max(0, start - 60, sentence_start + 1) : start].lower())[-4:]
    after = _WORD.findall(text[end : end + 30].lower())[:2]
    if language == "en":
        return any(word in _EN_NEGATIONS for word in before)
    has_ne = any(w == "ne" or (w.startswith("n'") and not w.startswith("n'hésit")) for w in before)
    return has_ne and any(word in _FR_NEGATION_ENDS for word in before + after)


def find_unsubscribe(text: str, subject: str = "") -> list[UnsubscribeMatch]:
    """Every phrase in `text` (or a bare subject) that asks to stop receiving mail, not negated."""
    text = _normalise(text)
    found: list[UnsubscribeMatch] = []
    for language, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(text):
                phrase = match.group(0).strip()
                if not _negated(language, text, match.start(), match.end(), phrase):
                    found.append(UnsubscribeMatch(language, phrase))
                    break
    if _SUBJECT_REQUEST.match(_normalise(subject)):
        found.append(
            UnsubscribeMatch(
                "en" if re.search(r"unsub|stop|remove|opt", subject, re.I) else "fr",
                f"subject: {subject.strip()[:60]}",
            )
        )
    return found
