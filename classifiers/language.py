"""A guess at the language of a short text, by counting common function words (en, fr, de, es, it, nl)."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[a-zà-öø-ÿœ']+", re.I)
_FUNCTION_WORDS = {
    "en": "the and to of you me my please i is are not this for with from remove unsubscribe your do don't "
    "stop email emails list thanks thank any more",
    "fr": "le la les de des du et je vous me moi ne pas plus mon ma mes merci votre vos est un une pour "
    "d'un d'une retirer désinscrire désabonner liste bonjour cordialement",
    "de": "der die das und ich sie mich mir nicht bitte ihre ihren keine mehr ist ein eine zu von mit "
    "liste abmelden danke",
    "es": "el la los las de y yo usted me mi no por favor su sus más es un una para con lista gracias",
    "it": "il lo la gli le di e io mi non per favore suo sua più è un una con grazie lista",
    "nl": "de het een en ik u mij me niet alstublieft uw meer is van met voor lijst bedankt afmelden",
}
_VOCABULARY = {language: set(words.split()) for language, words in _FUNCTION_WORDS.items()}


def detect_language(text: str, default: str | None = None) -> str | None:
    """The most likely of en, fr, de, es, it, nl; `default` when the text gives no clue."""
    words = [w.lower().replace("’", "'") for w in _WORDS.findall(text or "")][:400]
    if not words:
        return default
    if re.search(r"[éèêàçùœ]", text or "", re.I):
        words.append("__fr_accent")
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _VOCABULARY.items()}
    counts["fr"] += words.count("__fr_accent")
    best = max(counts, key=counts.get)
    return best if counts[best] > 0 else default
