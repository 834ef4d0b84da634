"""Compiling the phrase notation of classifiers/patterns into spaCy Matcher token patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language

from classifiers.normalise import normalise
from classifiers.tokens import ELISIONS

_SPECIAL = re.compile(r"[|*?~]|^\.\.\.$")
_ELISION = re.compile("^" + ELISIONS.replace("(?=\\w)", "") + "$")
_WEIGHT = re.compile(r"\s@(\d(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Phrase:
    """One compiled phrase: its label, language, weight, and whether it carries its own negation."""

    label: str
    language: str
    text: str
    weight: float
    self_negated: bool
    pattern: list[dict]

    @property
    def required(self) -> list[tuple[list[str], list[str]]]:
        """(exact words, word prefixes) of each position that every match fills: no `?`, no gap."""
        positions = []
        for token in self.pattern:
            if "OP" in token:
                continue
            lower = token["LOWER"]
            if isinstance(lower, str):
                positions.append(([lower], []))
                continue
            if "IN" in lower:
                positions.append((list(lower["IN"]), []))
                continue
            options = lower["REGEX"][4:-2].split("|")  # "^(?:a|b.*)$"
            exact = [re.sub(r"\\(.)", r"\1", o) for o in options if not o.endswith(".*")]
            prefixes = [re.sub(r"\\(.)", r"\1", o[:-2]) for o in options if o.endswith(".*")]
            positions.append((exact, prefixes))
        return positions

    @property
    def anchors(self) -> tuple[list[str], list[str]]:
        """(exact words, word prefixes) one of which any match must contain: the cheap test before matching.

        Taken from the most specific required position, preferring exact words.
        """
        best: tuple[float, list[str], list[str]] | None = None
        for exact, prefixes in self.required:
            shortest = min(len(w) for w in exact + prefixes)
            rank = shortest - 3 * len(prefixes) - 0.1 * len(exact)
            if best is None or rank > best[0]:
                best = (rank, exact, prefixes)
        return (best[1], best[2]) if best else ([], [])


def _alternatives(word: str) -> dict:
    """The token test for `a|b|c*`: a set lookup when every option is a whole word (no regular expression to run
    on each token), a regular expression when some option is a word start."""
    options = word.split("|")
    if not any(option.endswith("*") for option in options):
        return {"LOWER": {"IN": options}}
    escaped = [re.escape(o[:-1]) + r".*" if o.endswith("*") else re.escape(o) for o in options]
    return {"LOWER": {"REGEX": "^(?:" + "|".join(escaped) + ")$"}}


# A request made for someone else ("please delete his details", "supprimez ses coordonnées", "bitte seine Adresse
# löschen": assistants, relatives, a DPO for the staff) reads like the writer's own: in the phrases that stop or
# delete, the writer's possessive also matches one person's. Not "their"/"leurs" (a product question about users'
# data), not Spanish "su" nor Italian "suo" (also the polite "your"), not Dutch "zijn" (also "are").
OTHERS_POSSESSIVES = {
    "en": {"my": ("his", "her")},
    "fr": {"mon": ("son",), "ma": ("sa",), "mes": ("ses",)},
    "de": {
        "mein": ("sein",),
        "meine": ("seine",),
        "meinen": ("seinen",),
        "meiner": ("seiner",),
        "meinem": ("seinem",),
    },
    "nl": {"mijn": ("haar",)},
}
FOR_OTHERS_LABELS = frozenset(["unsubscribe", "erasure"])


# A stop or a deletion asked for the writer's organisation ("retirez-nous de votre liste", "dadnos de baja",
# "bórranos", "cancellateci") reads like the writer's own: an imperative or infinitive with the writer's pronoun
# fused to it also matches with "us" (the rewrite also makes a few non-words, "fermi" -> "ferci": never met).
_FUSED_ME = {
    "fr": (re.compile(r"-moi$"), "-nous"),
    "es": (re.compile(r"([aei]r|[ae]n|[aei]d|[ae])me$"), r"\1nos"),
    "it": (re.compile(r"([aei]r|[aei]t[ei])mi$"), r"\1ci"),
}


def _forms_for_others(word: str, language: str) -> tuple[str, ...]:
    """The forms `word` of a stop or a deletion takes when it is asked for someone else or for the writer's
    organisation: the third person's possessive ("his" for "my"), the verb with "us" fused ("retirez-nous")."""
    forms = OTHERS_POSSESSIVES.get(language, {}).get(word, ())
    fused_me, fused_us = _FUSED_ME.get(language, (None, ""))
    return (*forms, fused_me.sub(fused_us, word)) if fused_me and fused_me.search(word) else forms


def word_options(token: dict) -> list[str] | None:
    """The whole words a Matcher token pattern accepts (`{"LOWER": w}` or `{"LOWER": {"IN": [...]}}`); None for any
    other test (a word start, a gap)."""
    lower = token.get("LOWER")
    return [lower] if isinstance(lower, str) else lower.get("IN") if isinstance(lower, dict) else None


def _for_others_too(token: dict, language: str) -> dict:
    """`token` (a Matcher token pattern) also matching the forms its words take for others (`_forms_for_others`)."""
    options = word_options(token)
    more = [form for option in options or () for form in _forms_for_others(option, language)]
    if not more:
        return token
    return {**token, "LOWER": {"IN": list(dict.fromkeys([*options, *more]))}}


# Up to this many words between two words of a phrase: spaCy's Matcher keeps a state per start and gap length, and
# gaps of ~30 or ~40 took it to gigabytes on one long letter. (Unbounded gaps, `*` with the length checked on each
# match, are 5x faster on a short mail but take seconds and hundreds of MB on a long one: they match every pairing.)
MAX_GAP = 20


@cache
def _tokens_of(word: str, nlp: Language) -> tuple[str, ...]:
    """The tokens of a plain `word` of the phrases: the same few hundred words recur in thousands of phrases."""
    return tuple(token.text for token in nlp.make_doc(word))


def compile_phrase(
    text: str, nlp: Language, language: str = "", label: str = ""
) -> tuple[list[dict], float, bool]:
    """(token pattern, weight, self-negated) for one phrase in the notation."""
    weight_match = _WEIGHT.search(text)
    weight = float(weight_match.group(1)) if weight_match else 1.0
    text = _WEIGHT.sub("", text).strip()
    self_negated = text.startswith("!")
    text = normalise(text.lstrip("!"))
    pattern: list[dict] = []
    for word in text.split():
        if word == "...":
            pattern.append({"OP": "{0,3}"})
        elif word.startswith("~"):
            if int(word[1:]) > MAX_GAP:
                raise ValueError(f"gap {word} over {MAX_GAP} words in the phrase {text!r}")
            pattern.append({"OP": "{0," + str(int(word[1:])) + "}"})
        elif word.endswith("?") and len(word) > 1:
            pattern.append({**_alternatives(word[:-1]), "OP": "?"})
        elif _SPECIAL.search(word):
            pattern.append(_alternatives(word))
        elif _ELISION.match(word):  # "m'" as the tokenizer leaves it before a word
            pattern.append({"LOWER": word})
        else:  # a plain word may be several tokens ("m'envoyer" -> "m'" "envoyer")
            pattern.extend({"LOWER": token} for token in _tokens_of(word, nlp))
    if label in FOR_OTHERS_LABELS:
        pattern = [_for_others_too(token, language) for token in pattern]
    return pattern, weight, self_negated


def compile_phrases(languages: dict[str, dict[str, list[str]]], nlp: Language) -> list[Phrase]:
    """Every phrase of every language, compiled."""
    compiled = []
    for language, labels in languages.items():
        for label, phrases in labels.items():
            for text in phrases:
                pattern, weight, self_negated = compile_phrase(text, nlp, language, label)
                compiled.append(Phrase(label, language, text, weight, self_negated, pattern))
    return compiled
