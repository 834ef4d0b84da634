"""The rule layer: request phrases found by a spaCy Matcher on normalised tokens, with negation, per label."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import Matcher

from classifiers.articles import COMPLAINT_ARTICLE, find_citations, refers_to_earlier_request
from classifiers.normalise import normalise
from classifiers.patterns import LANGUAGES, NEGATIONS
from classifiers.phrases import Phrase, compile_phrases
from classifiers.tokens import tokenizer_pipeline

NEGATION_WINDOW = 4
MAX_CHARACTERS = 20_000  # requests come first; a 700 KB quote chain is not read to the end
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
SUBJECT_WEIGHT = 0.9
ARTICLE_WEIGHT = 1.0
FURTHER_ARTICLE_WEIGHT = 0.5


@dataclass
class RuleHits:
    """Evidence per label: (weight, the words as written) for each phrase found."""

    by_label: dict[str, list[tuple[float, str]]] = field(default_factory=lambda: defaultdict(list))
    languages: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    signals: list[str] = field(default_factory=list)

    def add(self, label: str, weight: float, words: str, language: str | None = None) -> None:
        self.by_label[label].append((weight, words))
        if language and language != "xx":
            self.languages[language] += 1

    def score(self, label: str) -> float:
        """Combined evidence for `label` in [0, 1): each distinct phrase adds, weak ones less."""
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


def _negated(doc, start: int) -> bool:
    for token in reversed(doc[max(0, start - NEGATION_WINDOW) : start]):
        if token.text in _CLAUSE_ENDS or "\n" in token.text:
            return False
        if token.text in NEGATIONS:
            return True
    return False


def match_phrases(text: str, hits: RuleHits, weight_factor: float = 1.0) -> None:
    """Add the request phrases of `text` to `hits`."""
    compiled = _compiled()
    doc = tokenizer_pipeline().make_doc(normalise(text[:MAX_CHARACTERS]))
    for index in _candidates(compiled, {token.text for token in doc}):
        phrase, matcher = compiled.phrases[index]
        for _, start, end in matcher(doc):
            if not phrase.self_negated and _negated(doc, start):
                hits.signals.append(f"negated:{phrase.label}")
                continue
            span = doc[start:end]
            hits.add(
                phrase.label,
                phrase.weight * weight_factor,
                text[span.start_char : span.end_char],
                phrase.language,
            )


def match_articles(text: str, hits: RuleHits) -> None:
    """Add the GDPR articles a letter cites: the first request article is strong, later ones weak."""
    citations = find_citations(normalise(text[:MAX_CHARACTERS]))
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


def find_requests(new_text: str, subject: str) -> RuleHits:
    """All rule evidence in what the writer typed and in the subject line."""
    hits = RuleHits()
    match_phrases(new_text, hits)
    match_articles(new_text, hits)
    if subject:
        match_phrases(subject, hits, SUBJECT_WEIGHT)
    bare = "".join(ch for ch in normalise(new_text or subject) if ch.isalpha())
    if bare in ONE_WORD_UNSUBSCRIBE:
        hits.add("unsubscribe", 1.0, (new_text or subject).strip())
    return hits
