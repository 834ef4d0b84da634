"""The rule layer: request phrases found by a spaCy Matcher on normalised tokens, with negation, per label."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc

from classifiers.articles import COMPLAINT_ARTICLE, find_citations, refers_to_earlier_request
from classifiers.normalise import normalise
from classifiers.patterns import FIRST_PERSON, LANGUAGES, NEGATIONS
from classifiers.phrases import Phrase, compile_phrases
from classifiers.tokens import tokenizer_pipeline

NEGATION_WINDOW = 4
IMPERSONAL_QUESTION_WEIGHT = 0.4
_SENTENCE_ENDS = {".", "!", "?", ";"}
MAX_CHARACTERS = 10_000  # requests come first; a 700 KB quote chain is not read to the end
_CLAUSE_ENDS = {".", "!", "?", ";", ":", ",", "\n", "\n\n"}
ONE_WORD_UNSUBSCRIBE = {
    "stop",
    "unsubscribe",
    "remove",
    "desinscription",
    "desinscrire",
    "desabonnement",
    "desabonner",
    "abmelden",
    "abmeldung",
    "austragen",
    "baja",
    "cancellami",
    "cancellazione",
    "disiscrivimi",
    "uitschrijven",
    "afmelden",
}
ONE_WORD_LENGTH = 40  # "STOP!", "Désinscription." — longer text is not one word
SUBJECT_WEIGHT = 0.9
OTHER_LANGUAGE_WEIGHT = 0.5
EVERY_LANGUAGE = ("en", "xx")  # English phrases turn up in every language ("unsubscribe", "opt-out")
ARTICLE_WEIGHT = 1.0
FURTHER_ARTICLE_WEIGHT = 0.5


@dataclass
class RuleHits:
    """Evidence per label: (weight, the words as written) for each phrase found."""

    by_label: dict[str, list[tuple[float, str]]] = field(default_factory=lambda: defaultdict(list))
    languages: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    signals: list[str] = field(default_factory=list)
    _scores: dict[str, float] = field(default_factory=dict, repr=False)

    def add(self, label: str, weight: float, words: str, language: str | None = None) -> None:
        self.by_label[label].append((weight, words))
        self._scores.pop(label, None)
        if language and language != "xx":
            self.languages[language] += 1

    def negated_only(self) -> set[str]:
        """Labels whose phrases were all negated ("bitte nicht abmelden"): none stands un-negated."""
        negated = {signal.split(":", 1)[1] for signal in self.signals if signal.startswith("negated:")}
        return {label for label in negated if not self.by_label.get(label)}

    def score(self, label: str) -> float:
        """Combined evidence for `label` in [0, 1): each distinct phrase adds, weak ones less."""
        if label not in self._scores:
            self._scores[label] = self._combine(label)
        return self._scores[label]

    def _combine(self, label: str) -> float:
        strongest: dict[str, float] = {}
        for weight, words in self.by_label.get(label, []):
            key = " ".join(words.lower().split())
            strongest[key] = max(weight, strongest.get(key, 0.0))
        missing = 1.0
        for weight in strongest.values():
            missing *= 1 - 0.9 * weight
        return round(1 - missing, 4)


@dataclass(frozen=True)
class _Compiled:
    """Each phrase with a Matcher of its own, indexed by the anchor words that must occur for it to match."""

    phrases: list[tuple[Phrase, Matcher]]
    by_word: dict[str, list[int]]
    by_prefix: list[tuple[str, int]]
    prefix_test: re.Pattern


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    nlp = tokenizer_pipeline()
    phrases, by_word, by_prefix = [], defaultdict(list), []
    for index, phrase in enumerate(compile_phrases(LANGUAGES, nlp)):
        matcher = Matcher(nlp.vocab)
        matcher.add(f"{phrase.label}|{phrase.language}|{index}", [phrase.pattern])
        phrases.append((phrase, matcher))
        words, prefixes = phrase.anchors
        for word in words:
            by_word[word].append(index)
        by_prefix.extend((prefix, index) for prefix in prefixes)
    prefix_test = (
        re.compile("^(?:" + "|".join(re.escape(p) for p, _ in by_prefix) + ")")
        if by_prefix
        else re.compile("(?!)")
    )
    return _Compiled(phrases, dict(by_word), by_prefix, prefix_test)


def _candidates(compiled: _Compiled, words: set[str]) -> list[int]:
    """Phrases whose anchor occurs among `words`: only these can match."""
    found: set[int] = set()
    for word in words:
        found.update(compiled.by_word.get(word, ()))
        if compiled.prefix_test.match(word):
            found.update(index for prefix, index in compiled.by_prefix if word.startswith(prefix))
    return sorted(found)


def _negated(tokens: list[str], start: int) -> bool:
    for token in reversed(tokens[max(0, start - NEGATION_WINDOW) : start]):
        if token in _CLAUSE_ENDS or "\n" in token:
            return False
        if token in NEGATIONS:
            return True
    return False


# A negation inside a matched span cancels it only when a gap let it in ("haal me niet van de lijst",
# "nehmen Sie uns NICHT aus dem Verteiler"); these do not negate there: "ohne Verzug", "non solo", "not only".
_NOT_NEGATING_INSIDE = frozenset(["sans", "ohne", "senza", "sin", "zonder", "without"])
_ONLY = frozenset(
    ["only", "just", "seulement", "uniquement", "nur", "solo", "soltanto", "solamente", "alleen", "enkel"]
)


@cache
def _phrase_words(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact words, word prefixes) written in a phrase: a negation spelled in the phrase itself is meant."""
    exact, prefixes = set(), []
    for word in normalise(text.lstrip("!")).split():
        for option in word.rstrip("?").split("|"):
            if option.endswith("*"):
                prefixes.append(option[:-1])
            elif option and not option.startswith(("~", "@")):
                exact.update([option, *option.replace("'", "' ").split()])
    return frozenset(exact), tuple(prefixes)


def _negated_inside(tokens: list[str], start: int, end: int, phrase_text: str) -> bool:
    exact, prefixes = _phrase_words(phrase_text)
    for index in range(start + 1, end):
        token = tokens[index]
        if token not in NEGATIONS or token in _NOT_NEGATING_INSIDE or token in exact:
            continue
        if token.startswith(prefixes) or (index + 1 < len(tokens) and tokens[index + 1] in _ONLY):
            continue
        return True
    return False


def read_doc(text: str) -> Doc:
    """`text` normalised and tokenized as the rules (and the model) read it."""
    return tokenizer_pipeline().make_doc(normalise(text))


def _impersonal_question(tokens: list[str], start: int, end: int) -> bool:
    """True when the phrase stands in a question that does not speak of the writer ("can users delete data?")."""
    left = start
    while left > 0 and tokens[left - 1] not in _SENTENCE_ENDS and "\n" not in tokens[left - 1]:
        left -= 1
    right = end
    while right < len(tokens) and tokens[right] not in _SENTENCE_ENDS and "\n" not in tokens[right]:
        right += 1
    if right >= len(tokens) or tokens[right] != "?":
        return False
    return not any(token in FIRST_PERSON for token in tokens[left:right])


_WORD_FORMS = (re.compile(r"[\w'-]+"), re.compile(r"\w+'"), re.compile(r"[\w-]+"))


def _words(folded: str) -> set[str]:
    """Every form a token of `folded` may take ("m'envoyer" gives "m'" and "envoyer"): cheaper than the Doc."""
    words: set[str] = set()
    for form in _WORD_FORMS:
        words.update(form.findall(folded))
    return words


def match_phrases(
    text: str, doc: Doc, hits: RuleHits, body_start: int = 0, language: str | None = None
) -> None:
    """Add the request phrases of `doc` (tokens of `text`) to `hits`; those before `body_start` count less, and so
    do phrases of another language than the text's `language` (Dutch "wissen" is not German "wissen")."""
    compiled = _compiled()
    candidates = _candidates(compiled, _words(doc.text))
    tokens: list[str] = []  # the token texts, read only once a phrase matches
    for index in candidates:
        phrase, matcher = compiled.phrases[index]
        for _, start, end in matcher(doc):
            tokens = tokens or [token.text for token in doc]
            if not phrase.self_negated and (
                _negated(tokens, start) or _negated_inside(tokens, start, end, phrase.text)
            ):
                hits.signals.append(f"negated:{phrase.label}")
                continue
            span = doc[start:end]
            factor = SUBJECT_WEIGHT if span.start_char < body_start else 1.0
            if language and phrase.language not in (language, *EVERY_LANGUAGE):
                factor *= OTHER_LANGUAGE_WEIGHT
            if _impersonal_question(tokens, start, end):
                factor *= IMPERSONAL_QUESTION_WEIGHT
            hits.add(
                phrase.label, phrase.weight * factor, text[span.start_char : span.end_char], phrase.language
            )


def match_articles(text: str, hits: RuleHits) -> None:
    """Add the GDPR articles a letter cites: the first request article is strong, later ones weak."""
    citations = find_citations(normalise(text))
    if not citations:
        return
    if any(c.article == COMPLAINT_ARTICLE for c in citations):
        hits.signals.append("gdpr:complaint-to-authority")
        return
    first = True
    for citation in citations:
        if not citation.label:
            continue
        if refers_to_earlier_request(citation):
            hits.signals.append("gdpr:earlier-request")
            continue
        weight = ARTICLE_WEIGHT if first else FURTHER_ARTICLE_WEIGHT
        hits.add(
            citation.label,
            weight,
            f"art. {citation.article}" + (f"({citation.paragraph})" if citation.paragraph else ""),
        )
        first = False


def _letters_only(text: str) -> str:
    return "".join(ch for ch in normalise(text) if ch.isalpha())


def find_requests(
    text: str, doc: Doc | None = None, body_start: int = 0, language: str | None = None
) -> RuleHits:
    """All rule evidence in `text` (the subject line, a newline, then what the writer typed).

    `doc` is `read_doc(text)` when the caller has it already; `body_start` is where the writer's text begins.
    """
    text = text[:MAX_CHARACTERS]
    hits = RuleHits()
    match_phrases(text, doc if doc is not None else read_doc(text), hits, body_start, language)
    body = text[body_start:]
    match_articles(body, hits)
    said = body.strip() or text
    if len(said) <= ONE_WORD_LENGTH and _letters_only(said) in ONE_WORD_UNSUBSCRIBE:
        hits.add("unsubscribe", 1.0, said.strip())
    return hits
