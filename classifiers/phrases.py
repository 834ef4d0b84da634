"""Compiling the phrase notation of classifiers/patterns into spaCy Matcher token patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    gaps: tuple[tuple[int, int], ...] = ()  # (position in `pattern`, most words there) of each `~n` and `...`

    def fits(self, alignment: list[int]) -> bool:
        """True when a match, given as the pattern position of each of its tokens, leaves no gap too long."""
        return all(alignment.count(position) <= most for position, most in self.gaps)

    @property
    def bounded_pattern(self) -> list[dict]:
        """`pattern` with each gap as spaCy's `{0,n}`: slow, but it finds every way the gaps can be filled."""
        most = dict(self.gaps)
        return [{"OP": f"{{0,{most[i]}}}"} if i in most else token for i, token in enumerate(self.pattern)]

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


def _for_others_too(token: dict, possessives: dict[str, tuple[str, ...]]) -> dict:
    """`token` (a Matcher token pattern) also matching the third person's possessive where it names the writer's."""
    lower = token.get("LOWER")
    options = [lower] if isinstance(lower, str) else lower.get("IN") if isinstance(lower, dict) else None
    if not options or not any(option in possessives for option in options):
        return token
    extended = list(
        dict.fromkeys([*options, *(o for option in options for o in possessives.get(option, ()))])
    )
    return {**token, "LOWER": {"IN": extended}}


# A stop or a deletion asked for the writer's organisation ("retirez-nous de votre liste", "dadnos de baja",
# "cancellateci") reads like the writer's own: a verb with the writer's pronoun fused to it also matches with "us".
_FUSED_ME = {
    "fr": (re.compile(r"-moi$"), "-nous"),
    "es": (re.compile(r"([aei]r|[ae]n|[aei]d)me$"), r"\1nos"),
    "it": (re.compile(r"([aei]r|[aei]t[ei])mi$"), r"\1ci"),
}


def _fused_us_too(token: dict, language: str) -> dict:
    """`token` (a Matcher token pattern) also matching, for each verb with a fused "me", the verb with "us"."""
    if language not in _FUSED_ME:
        return token
    me, us = _FUSED_ME[language]
    lower = token.get("LOWER")
    options = [lower] if isinstance(lower, str) else lower.get("IN") if isinstance(lower, dict) else None
    if not options or not any(me.search(option) for option in options):
        return token
    extended = list(dict.fromkeys([*options, *(me.sub(us, option) for option in options)]))
    return {**token, "LOWER": {"IN": extended}}


# Up to this many words between two words of a phrase: further apart, they are no longer one phrase.
MAX_GAP = 20
# A gap is matched as any number of words (`*`), its length checked on the match afterwards (`Phrase.fits`): spaCy
# writes `{0,n}` as n optional words, and keeps a state for every way of filling them. A phrase with a gap of ~10
# took 77 us on an eleven-word mail, `*` 14 us; gaps of ~30 or ~40 took the Matcher to gigabytes on one long letter.
_GAP = {"OP": "*"}


def compile_phrase(
    text: str, nlp: Language, language: str = "", label: str = ""
) -> tuple[list[dict], float, bool, tuple[tuple[int, int], ...]]:
    """(token pattern, weight, self-negated, gaps) for one phrase in the notation."""
    weight_match = _WEIGHT.search(text)
    weight = float(weight_match.group(1)) if weight_match else 1.0
    text = _WEIGHT.sub("", text).strip()
    self_negated = text.startswith("!")
    text = normalise(text.lstrip("!"))
    pattern: list[dict] = []
    gaps: list[tuple[int, int]] = []
    for word in text.split():
        if word == "...":
            gaps.append((len(pattern), 3))
            pattern.append(_GAP)
        elif word.startswith("~"):
            if int(word[1:]) > MAX_GAP:
                raise ValueError(f"gap {word} over {MAX_GAP} words in the phrase {text!r}")
            gaps.append((len(pattern), int(word[1:])))
            pattern.append(_GAP)
        elif word.endswith("?") and len(word) > 1:
            pattern.append({**_alternatives(word[:-1]), "OP": "?"})
        elif _SPECIAL.search(word):
            pattern.append(_alternatives(word))
        elif _ELISION.match(word):  # "m'" as the tokenizer leaves it before a word
            pattern.append({"LOWER": word})
        else:  # a plain word may be several tokens ("m'envoyer" -> "m'" "envoyer")
            pattern.extend({"LOWER": token.text} for token in nlp.make_doc(word))
    possessives = OTHERS_POSSESSIVES.get(language) if label in FOR_OTHERS_LABELS else None
    if possessives:
        pattern = [_for_others_too(token, possessives) for token in pattern]
    if label in FOR_OTHERS_LABELS:
        pattern = [_fused_us_too(token, language) for token in pattern]
    return pattern, weight, self_negated, tuple(gaps)


def compile_phrases(languages: dict[str, dict[str, list[str]]], nlp: Language) -> list[Phrase]:
    """Every phrase of every language, compiled."""
    compiled = []
    for language, labels in languages.items():
        for label, phrases in labels.items():
            for text in phrases:
                pattern, weight, self_negated, gaps = compile_phrase(text, nlp, language, label)
                compiled.append(Phrase(label, language, text, weight, self_negated, pattern, gaps))
    return compiled
