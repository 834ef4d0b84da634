"""The rule layer: request phrases found by a spaCy Matcher on normalised tokens, with negation, per label."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LENGTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.vocab import Vocab

from classifiers.articles import COMPLAINT_ARTICLE, find_citations, refers_to_earlier_request
from classifiers.kept_between_runs import kept_between_runs
from classifiers.long_lived import long_lived
from classifiers.normalise import normalise
from classifiers.patterns import LANGUAGES
from classifiers.phrase_context import (
    TokenTexts,
    a_death_in_general,
    a_death_told_in_passing,
    a_field_of_my_record,
    a_topic,
    allowed_later,
    answers_an_old_thread,
    asked,
    asks_for_our_papers,
    asks_no_correction,
    clienteles_data,
    complaint_to_the_sender,
    condition_of_a_restriction,
    confidentiality_notice,
    copy_to_port,
    could_ask,
    deletes_this_message,
    deletion_told_of,
    done_by_mistake,
    for_a_time,
    if_we_left,
    impersonal_question,
    in_our_own_systems,
    is_bare_word,
    meanwhile,
    names_a_suppression_list,
    names_a_thread,
    names_this_mailbox,
    negated_after,
    negated_before,
    negated_inside,
    object_of_deletion,
    other_object,
    our_own_ability,
    quoted,
    rights_notice,
    sent_by_mistake,
    someone_elses_past_request,
    someone_in_general,
    stop_for_an_organisation,
    stops_a_processing,
    tests_that_apply,
    the_writers_own_doing,
    told_of,
    wants_to_stay,
    what_happens,
    wrong_label,
)
from classifiers.phrases import Phrase, compile_phrases, word_options
from classifiers.tokens import tokenizer_pipeline

IMPERSONAL_QUESTION_WEIGHT = 0.4
MAX_CHARACTERS = 10_000  # requests come first; a 700 KB quote chain is not read to the end
ONE_WORD_UNSUBSCRIBE = {
    "stop",
    "out",
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
    # "Enough.", "Ça suffit !", "Reicht jetzt.", "¡Ya basta!", "Basta così", "Nu is het genoeg": letters run together
    "enough",
    "enoughalready",
    "casuffit",
    "ilsuffit",
    "reicht",
    "esreicht",
    "reichtjetzt",
    "basta",
    "yabasta",
    "bastaya",
    "bastacosi",
    "genoeg",
    "nuishetgenoeg",
    "stopp",
}
ONE_WORD_LENGTH = 40  # "STOP!", "Désinscription." — longer text is not one word
# A mail that opens with one of these as a sentence of its own asks it, whatever follows: "STOP. En niet over drie
# weken weer een follow-up sturen." ("Stop, before you write again: …", "Stop ! Nous sommes déjà clients" are not.)
OPENING_STOPS = frozenset(
    [
        "stop",
        "stopp",
        "unsubscribe",
        "desinscription",
        "abmelden",
        "baja",
        "cancellami",
        "uitschrijven",
        "afmelden",
    ]
)
OPENING_STOP_WEIGHT = 0.9
_FIRST_SENTENCE = re.compile(r"\s*([^.!\n]{1,30})(?:\.\s|\n|\.$)")  # "Stop! Bevor Sie …" is "wait!"
SUBJECT_WEIGHT = 0.9
# A forwarded mail's subject is the original's ("Fwd: Suppression de mes données" from a Sender's staff asking
# about a tool): words there are mentioned by the forwarder, not asked.
FORWARDED_SUBJECT_WEIGHT = 0.3
OTHER_LANGUAGE_WEIGHT = 0.5
EVERY_LANGUAGE = ("en", "xx")  # English phrases turn up in every language ("unsubscribe", "opt-out")
THREAD_BODY = 8  # words of a reply below a subject that titles its thread: the reply is about something else
MENTION_WEIGHT = 0.3  # an "unsubscribe" word not asked for ("your unsubscribe link"): alone, not enough
QUOTED_WEIGHT = 0.4  # words in quotation marks are cited ("Cosa fare quando un interessato scrive «...»?")
# Words that say "unsubscribe" by themselves, whatever object or place follows ("unsubscribe me from your CRM").
ARTICLE_WEIGHT = 1.0
# Labels told of as done ("unsubscribed already") that another right asked in the same mail supersedes.
TOLD_LABELS = frozenset(["unsubscribe"])
SUPERSEDING = ("erasure", "access", "rectification", "restriction", "portability")
# ... and that a complaint supersedes: "I unsubscribed in March and you still write: this is spam" is the complaint.
ABUSE_REPORT = "abuse_report"
COMPLAINED_OF = (*SUPERSEDING, ABUSE_REPORT)
SUPERSEDING_SCORE = 0.5
RESTRICTION = "restriction"
RECTIFICATION = "rectification"
FURTHER_ARTICLE_WEIGHT = 0.5


@dataclass
class RuleHits:
    """Evidence per label: (weight, the words as written) for each phrase found."""

    by_label: dict[str, list[tuple[float, str]]] = field(default_factory=lambda: defaultdict(list))
    languages: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    signals: list[str] = field(default_factory=list)
    told: dict[str, list[tuple[float, str, str | None, tuple[str, ...]]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _scores: dict[str, float] = field(default_factory=dict, repr=False)

    def add(self, label: str, weight: float, words: str, language: str | None = None) -> None:
        self.by_label[label].append((weight, words))
        self._scores.pop(label, None)
        if language and language != "xx":
            self.languages[language] += 1

    def tell(
        self,
        label: str,
        weight: float,
        words: str,
        language: str | None = None,
        superseded_by: tuple[str, ...] = SUPERSEDING,
    ) -> None:
        """A phrase that tells of `label` as done ("I was taken off your list"), or as part of another request
        ("no mail meanwhile"): it counts unless `settle` finds one of `superseded_by` asked."""
        self.told[label].append((weight, words, language, superseded_by))

    def withdraw(
        self,
        label: str,
        weight: float,
        words: str,
        language: str | None,
        superseded_by: tuple[str, ...] | None,
    ) -> None:
        """Take back a phrase `add` (or, with `superseded_by`, `tell`) was given."""
        if superseded_by:
            self.told[label].remove((weight, words, language, superseded_by))
            if not self.told[label]:
                del self.told[label]
            return
        self.by_label[label].remove((weight, words))
        if not self.by_label[label]:
            del self.by_label[label]
        self._scores.pop(label, None)
        if language and language != "xx":
            self.languages[language] -= 1
            if not self.languages[language]:
                del self.languages[language]

    def settle(self, decided: Callable[[str], bool] | None = None) -> None:
        """Removals told of as done count as asked ("I asked to be removed and you still write"), unless the writer
        asks another right instead ("I was taken off your list; now erase my data": the ask is the erasure), as
        `decided` (the labels given once the model has read the mail too), else by the rules' own evidence."""
        if decided is None:
            decided = self._asked_by_rules
        for label, told in self.told.items():
            asked = label in self.by_label
            for weight, words, language, superseded_by in told:
                if not asked and any(decided(other) for other in superseded_by):
                    self.signals.append(f"told-of:{label}")
                    continue
                self.add(label, weight, words, language)
        self.told.clear()

    def _asked_by_rules(self, label: str) -> bool:
        return self.score(label) >= SUPERSEDING_SCORE

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
        if label not in self.by_label:
            return 0.0
        strongest: dict[str, float] = {}
        for weight, words in self.by_label.get(label, []):
            key = " ".join(words.lower().split())
            strongest[key] = max(weight, strongest.get(key, 0.0))
        missing = 1.0
        for weight in strongest.values():
            missing *= 1 - 0.9 * weight
        return round(1 - missing, 4)


@dataclass(frozen=True)
class Gapped:
    """A phrase as runs of fixed words (PhraseMatcher keys) with at most `gaps[i]` words between run i and i+1."""

    runs: tuple[int, ...]
    gaps: tuple[int, ...]

    def spans(self, found: dict[int, list[tuple[int, int]]]) -> set[tuple[int, int]]:
        """(start, end) of every match, from `found`: where each run is in the text (run key -> spans)."""
        chains = found.get(self.runs[0], [])
        for run, gap in zip(self.runs[1:], self.gaps, strict=True):
            following = found.get(run)
            if not following or not chains:
                return set()
            chains = [
                (start, end)
                for start, middle in chains
                for first, end in following
                if 0 <= first - middle <= gap
            ]
        return set(chains)


# A run with more spellings than this (options times optional words) stays in a Matcher.
MAX_SEQUENCES = 64
_GAP = re.compile(r"\{0,(\d+)\}")


def _word_sequences(tokens: list[dict]) -> list[tuple[str, ...]] | None:
    """Every word sequence the Matcher `tokens` match when they are fixed words only, each a word or a few (`IN`),
    maybe optional (`?`); None when a token is anything else (a word start) or there are too many sequences."""
    sequences: list[tuple[str, ...]] = [()]
    for token in tokens:
        options = word_options(token)
        if options is None or token.get("OP") not in (None, "?") or set(token) - {"LOWER", "OP"}:
            return None
        options = [option for option in options if option]  # no token is empty: "" never matches
        if token.get("OP") == "?":
            options.append("")
        sequences = [
            (*sequence, option) if option else sequence for sequence in sequences for option in options
        ]
        if len(sequences) > MAX_SEQUENCES:
            return None
    return list(dict.fromkeys(sequences))


def _runs_and_gaps(pattern: list[dict]) -> tuple[list[list[tuple[str, ...]]], list[int]] | None:
    """The word sequences of each run of fixed words of `pattern` and the most words in each gap between runs;
    None when a run is not fixed words, may be empty, or a gap opens or ends the pattern."""
    runs: list[list[dict]] = [[]]
    gaps: list[int] = []
    for token in pattern:
        gap = _GAP.fullmatch(token.get("OP", "")) if set(token) == {"OP"} else None
        if gap is None:
            runs[-1].append(token)
        elif not runs[-1]:
            return None
        else:
            gaps.append(int(gap.group(1)))
            runs.append([])
    if not runs[-1]:
        return None
    sequences = [_word_sequences(run) for run in runs]
    if any(not run or () in run for run in sequences):  # None, no spelling at all, or one that is empty
        return None
    return sequences, gaps  # type: ignore[return-value]


def _gapped_phrases(
    phrases: list[Phrase],
) -> tuple[dict[int, Gapped], dict[int, tuple[str, list[tuple[str, ...]]]]]:
    """The phrases that are runs of fixed words with gaps, by phrase index; and each run's name and spellings by
    its key (the hash spaCy gives the name: what a PhraseMatcher of the run finds)."""
    keys: dict[tuple[tuple[str, ...], ...], int] = {}  # a run's word sequences -> its number
    gapped: dict[int, Gapped] = {}
    for index, phrase in enumerate(phrases):
        found = _runs_and_gaps(phrase.pattern)
        if found is not None:
            runs = [keys.setdefault(tuple(sequences), len(keys)) for sequences in found[0]]
            gapped[index] = Gapped(tuple(hash_string(f"run {run}") for run in runs), tuple(found[1]))
    return gapped, {
        hash_string(f"run {run}"): (f"run {run}", list(sequences)) for sequences, run in keys.items()
    }


class _GappedGroup:
    """The gapped phrases of a group and a PhraseMatcher of their runs only (a common word, "me" or "la", is a run
    of many phrases: one PhraseMatcher of every run gave a hundred matches a call). The PhraseMatcher is built
    the first time the group is needed: most groups never are in a short run, and building them all took 0.6 s."""

    def __init__(self, phrases: list[int]) -> None:
        self.phrases = tuple(phrases)
        self._runs: PhraseMatcher | None = None

    def matches(self, doc: Doc, compiled: _Compiled) -> list[tuple[int, int, int]]:
        """(phrase index, start, end) of every match of the group's phrases in `doc`."""
        if self._runs is None:  # kept only once whole: a build cut short must not stay, missing runs
            runs = PhraseMatcher(doc.vocab, attr="LOWER")
            for key in dict.fromkeys(key for index in self.phrases for key in compiled.gapped[index].runs):
                name, words = compiled.spellings[key]
                runs.add(name, [Doc(doc.vocab, words=list(w)) for w in words])
            self._runs = runs
        found: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for key, start, end in self._runs(doc):
            found[key].append((start, end))
        gapped = compiled.gapped
        return [(index, start, end) for index in self.phrases for start, end in gapped[index].spans(found)]


class _MatcherGroup:
    """The other phrases of a group, in a Matcher of their token patterns; built, like a `_GappedGroup`'s
    PhraseMatcher, the first time the group is needed (building them all took a tenth of a cold start)."""

    def __init__(self, phrases: list[int]) -> None:
        self.phrases = tuple(phrases)
        self._matcher: Matcher | None = None

    def build(self, compiled: _Compiled, vocab: Vocab) -> Matcher:
        """The group's Matcher, built now if it is not yet."""
        if self._matcher is None:  # kept only once whole, as in `_GappedGroup`
            matcher = Matcher(vocab)
            for index in self.phrases:
                matcher.add(str(index), [compiled.phrases[index].pattern])
            self._matcher = matcher
        return self._matcher

    def matches(self, doc: Doc, compiled: _Compiled) -> list[tuple[int, int, int]]:
        """(phrase index, start, end) of every match of the group's phrases in `doc`."""
        strings = doc.vocab.strings
        return [(int(strings[key]), start, end) for key, start, end in self.build(compiled, doc.vocab)(doc)]


_REACHES_NOTHING: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())


@dataclass(frozen=True)
class _Compiled:
    """The phrases, in Matchers grouped by anchor and required words: phrases that need the same share one.

    A phrase can match only where one of its anchor words occurs, so a text runs only the Matchers of the
    anchors it contains: a few calls per mail, however many phrases there are. Each phrase is in one Matcher
    only (compiling its patterns twice would double the start-up time).

    Beyond its anchor, a phrase requires a word at each of its fixed positions. Every distinct position (a set
    of words and word prefixes) has a number; a Matcher runs only when every position its phrases require is
    filled by a word of the text (`requires`: per Matcher, those numbers).

    Most phrases are runs of fixed words with gaps between them ("please ... unsubscribe me"). A group of such
    phrases is no Matcher but a `_GappedGroup`: a PhraseMatcher of their runs, which looks each word up in a
    table and makes no Python object per token (a Matcher makes two Token objects per token of the text: 26 us
    a call in place, against 11), and the phrases found from where their runs are (`Gapped.spans`).
    """

    phrases: list[Phrase]
    matchers: list[_MatcherGroup | _GappedGroup]  # per group of phrases
    requires: list[frozenset[int]]  # per Matcher: the positions a match of any of its phrases must fill
    gapped: dict[int, Gapped]  # phrase index -> its runs and gaps
    spellings: dict[
        int, tuple[str, list[tuple[str, ...]]]
    ]  # run key -> its name, the word sequences it matches
    of_word: dict[
        str, tuple[tuple[int, ...], tuple[int, ...]]
    ]  # word -> (Matchers it anchors, positions it fills)
    of_prefix: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]  # word prefix ("desinscri") -> the same
    known_words: frozenset[str]  # the keys of `of_word`
    head: int  # the length of the shortest prefix
    # The first `head` letters of a prefix -> the lengths of the prefixes that start so.
    prefix_lengths: dict[str, tuple[int, ...]]
    # word -> (Matchers, positions) of the word and of every prefix it starts with, as `word_reach` found them: a
    # text's words are mostly words met before, and one lookup costs less than a prefix search per word.
    reach: dict[str, tuple[frozenset[int], frozenset[int]]] = field(default_factory=dict)

    MAX_WORDS = 100_000  # words remembered in `reach` (some 10 MB); then it starts again empty
    LONGEST_WORD = 40

    def build_matchers(self) -> None:
        """Build every group's Matcher now (the PhraseMatchers of gapped groups stay built on first need: most
        are never needed, and building them all takes 0.6 s)."""
        vocab = tokenizer_pipeline().vocab
        for group in self.matchers:
            if isinstance(group, _MatcherGroup):
                group.build(self, vocab)

    def word_reach(self, word: str) -> tuple[frozenset[int], frozenset[int]]:
        """The Matchers a written `word` may start (it is their anchor) and the positions it fills, in any form
        its tokens may take (`_forms`), as themselves and as the prefixes they start with."""
        found = self.reach.get(word)
        if found is not None:
            return found
        groups: set[int] = set()
        positions: set[int] = set()
        for form in _forms(word):
            if form in self.known_words:
                groups.update(self.of_word[form][0])
                positions.update(self.of_word[form][1])
            for length in self.prefix_lengths.get(form[: self.head], ()):
                if length > len(form):
                    break
                of_prefix = self.of_prefix.get(form[:length])
                if of_prefix:
                    groups.update(of_prefix[0])
                    positions.update(of_prefix[1])
        found = (frozenset(groups), frozenset(positions)) if groups or positions else _REACHES_NOTHING
        if len(word) <= self.LONGEST_WORD:  # a "word" of a hostile text may be kilobytes long: not kept
            if len(self.reach) >= self.MAX_WORDS:
                self.reach.clear()
            self.reach[word] = found
        return found


_WORD_LIKE = re.compile(r"[\w'-]+")


def _required_positions(phrase: Phrase) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(words, word prefixes) of the positions every match of `phrase` fills, those `_forms` can see."""
    return [
        (frozenset(words), frozenset(prefixes))
        for words, prefixes in phrase.required
        if all(_WORD_LIKE.fullmatch(option) for option in words + prefixes)
    ]


@lru_cache(maxsize=1)
@long_lived
def compiled_phrases() -> _Compiled:
    """The phrase tables: from the cache a run before left (keyed by the classifier's source), else built now."""
    return kept_between_runs(
        "phrases", _compile_phrase_tables, _Compiled, _MatcherGroup, _GappedGroup, Gapped, Phrase
    )


def _compile_phrase_tables() -> _Compiled:
    nlp = tokenizer_pipeline()
    phrases = compile_phrases(LANGUAGES, nlp)
    gapped, spellings = _gapped_phrases(phrases)
    number: dict[tuple[frozenset[str], frozenset[str]], int] = {}
    groups: dict[tuple[tuple[str, ...], tuple[str, ...], frozenset[int], bool], list[int]] = defaultdict(list)
    for index, phrase in enumerate(phrases):
        words, prefixes = phrase.anchors
        required = frozenset(
            number.setdefault(position, len(number)) for position in _required_positions(phrase)
        )
        groups[tuple(sorted(words)), tuple(sorted(prefixes)), required, index in gapped].append(index)
    matchers: list[_MatcherGroup | _GappedGroup] = []
    anchored: dict[tuple[str, bool], list[int]] = defaultdict(list)  # (word or prefix, is prefix) -> Matchers
    for (words, prefixes, _, is_gapped), indexes in groups.items():
        matchers.append(_GappedGroup(indexes) if is_gapped else _MatcherGroup(indexes))
        for key in [(word, False) for word in words] + [(prefix, True) for prefix in prefixes]:
            anchored[key].append(len(matchers) - 1)
    requires = [required for _, _, required, _ in groups]
    filling: dict[tuple[str, bool], list[int]] = defaultdict(list)  # (word or prefix, is prefix) -> positions
    for (words, prefixes), position in number.items():
        for key in [(word, False) for word in words] + [(prefix, True) for prefix in prefixes]:
            filling[key].append(position)
    table = {
        key: (tuple(anchored.get(key, ())), tuple(filling.get(key, ()))) for key in {*anchored, *filling}
    }
    of_word = {word: found for (word, is_prefix), found in table.items() if not is_prefix}
    of_prefix = {prefix: found for (prefix, is_prefix), found in table.items() if is_prefix}
    head = min((len(prefix) for prefix in of_prefix), default=1)
    lengths: dict[str, set[int]] = defaultdict(set)
    for prefix in of_prefix:
        lengths[prefix[:head]].add(len(prefix))
    return _Compiled(
        phrases,
        matchers,
        requires,
        gapped,
        spellings,
        of_word,
        of_prefix,
        frozenset(of_word),
        head,
        {start: tuple(sorted(found)) for start, found in lengths.items()},
    )


def _matches(compiled: _Compiled, doc: Doc, folded: str) -> list[tuple[int, int, int]]:
    """(phrase index, start, end) of every phrase found in `doc`, each once, in phrase order.

    A Matcher runs only when its anchor is in the text and every position its phrases require is filled: a
    Matcher call costs more than all these set operations.
    """
    needed: set[int] = set()
    filled: set[int] = set()
    reach = compiled.reach
    for word in set(_WORD.findall(folded)):
        found = reach.get(word) or compiled.word_reach(word)
        if found is not _REACHES_NOTHING:
            needed.update(found[0])
            filled.update(found[1])
    found: list[tuple[int, int, int]] = []
    for group in needed:
        if compiled.requires[group] <= filled:
            found += compiled.matchers[group].matches(doc, compiled)
    return sorted(found)


# A line break that only wraps a long line ("please remove me from your\nmailing list", as mail clients wrap at
# 72-78 characters) is read as a space; a short line, or one ending in punctuation, keeps its break.
# The first line (the subject, in what the rules read) never runs on into the next.
WRAPPED_LINE = re.compile(r"(?<=\n)([^\n]{40,}[^\s.!?:;,])\n(?=[^\s>])")


def unwrap_lines(folded: str) -> str:
    """`folded` with hard-wrapped lines joined, character for character (a space for each joining break)."""
    return WRAPPED_LINE.sub(lambda match: match.group(1) + " ", folded)


_FOLDED = "folded"  # the user_data key of what a Doc was read from


# spaCy's tokenizer looks for a suffix again after each one it strips: on a run of marks with no space ("A>>>>>>…",
# a 766 KB reply of the corpus) that takes time growing with the square of the run, 14 s there (runs that mix
# letters and marks, "x.x.x." or "=3D=3D", stay linear). Such a run is cut every LONGEST_MARKS marks by a space,
# in place: the text keeps its length, so evidence offsets hold, and links stay whole.
LONGEST_MARKS = 80
_LONG_RUN = re.compile(rf"[^\w\s]{{{LONGEST_MARKS}}}")


def read_doc(text: str) -> Doc:
    """`text` normalised and tokenized as the rules (and the model) read it."""
    folded = _LONG_RUN.sub(lambda run: run.group(0)[:-1] + " ", unwrap_lines(normalise(text)))
    doc = tokenizer_pipeline().make_doc(folded)
    doc.user_data[_FOLDED] = folded  # `doc.text` would build a Python Token per token
    return doc


def _folded(doc: Doc) -> str:
    """What `doc` was read from (its text normalised, its wrapped lines joined), kept by `read_doc`."""
    folded = doc.user_data.get(_FOLDED)
    return folded if folded is not None else doc.text


_WORD = re.compile(r"[\w'-]+")
_WORD_PARTS = (re.compile(r"\w+'"), re.compile(r"[\w-]+"), re.compile(r"\w+"))


def _forms(word: str) -> set[str]:
    """Every form the tokens of a written `word` may take ("m'envoyer" gives "m'" and "envoyer"): cheaper than
    the Doc."""
    forms = {word}
    if "'" in word or "-" in word:
        for part in _WORD_PARTS:
            forms.update(part.findall(word))
    return forms


# Where a phrase that was found asks nothing after all: (signal, test), tried in order.
_ASKS_NOTHING = (
    ("other-object", wrong_label),  # "remove my data from your database" is no unsubscribe
    ("other-object", other_object),  # "take me off the invite", "correct the invoice"
    ("portable-copy", copy_to_port),  # "send me what you hold on me as CSV" is the portability request
    ("condition", condition_of_a_restriction),  # "freeze it until you know where you got my address"
    ("object-of-deletion", object_of_deletion),  # "löschen Sie alles, was Sie über mich haben"
    ("confidentiality-notice", confidentiality_notice),  # "if you are not the intended recipient, delete …"
    ("confidentiality-notice", deletes_this_message),  # "… vernichten bzw. löschen Sie diese Mail."
    ("someone-in-general", someone_in_general),  # "if an employee asks for the deletion of his data, ..."
    ("writers-own-doing", the_writers_own_doing),  # "my boss told me to unsubscribe from every vendor list"
    ("someone-elses-request", someone_elses_past_request),  # "my boss asked you last year to take us off"
    ("could-ask", could_ask),  # "our lawyer says we could ask you to delete our details"
    ("clienteles-data", clienteles_data),  # "can your tool delete the data of our customers?"
    ("topic", a_topic),  # "a piece about the right to be forgotten"
    ("wants-to-stay", wants_to_stay),  # "Gardez-moi dans votre liste. Pas besoin de relancer d'ici là"
    ("our-papers", asks_for_our_papers),  # "a copy of your standard data processing agreement"
    ("this-mailbox", names_this_mailbox),  # "apologies if this is the wrong address"
    ("what-happens", what_happens),  # "si pulso Eliminar, me borra también el siguiente de la lista"
    ("death-in-passing", a_death_told_in_passing),  # "my father died in February; yes to the demo"
    ("death-in-general", a_death_in_general),  # "(moving, illness, the death of a partner...)"
    ("for-a-time", for_a_time),  # "no more emails until after 15 July"
    ("allowed-later", allowed_later),  # "if it doesn't fit, you can take us off your list then"
    ("our-own-systems", in_our_own_systems),  # "eliminar los duplicados en nuestra base de datos"
    ("our-own-ability", our_own_ability),  # "il faut qu'on puisse supprimer ces données à la fin du contrat"
    ("complaint-to-the-sender", complaint_to_the_sender),  # "he presentado una reclamación ante su cliente"
    ("if-we-left", if_we_left),  # "se un giorno disdiciamo, in quanto tempo cancellate i dati?"
    ("field-of-my-record", a_field_of_my_record),  # "supprimez de ma fiche l'ancien numéro" corrects
    ("deletion-told-of", deletion_told_of),  # "have my data actually been deleted?"
    ("sent-by-mistake", sent_by_mistake),  # "I sent you our price list by mistake, please delete it"
    ("processing-stopped", stops_a_processing),  # "please stop using my data" asks a restriction
)


def _asks_nothing(tokens: TokenTexts, label: str, start: int, end: int) -> str | None:
    """The first of `_ASKS_NOTHING` that finds the words at tokens[start:end], read as `label`, ask nothing; None
    when none does. Remembered per span: phrases of one label often match the same words ("unsubscribe" twice)."""
    known = tokens.why_nothing_asked
    if (label, start, end) not in known:
        known[label, start, end] = next(
            (
                name
                for name, test in tests_that_apply(_ASKS_NOTHING, label, tokens)
                if test(label, tokens, start, end)
            ),
            None,
        )
    return known[label, start, end]


# Where a stop found counts only if the writer asks nothing else: (test, the labels it then gives way to).
_GIVES_WAY = (
    (meanwhile, (RESTRICTION,)),  # "freeze my record, and no mail meanwhile"
    (told_of, COMPLAINED_OF),  # "I was taken off your list; now erase my data"
    (names_a_suppression_list, COMPLAINED_OF),  # "not just kept on your exclusion list: delete everything"
    (stop_for_an_organisation, (ABUSE_REPORT,)),  # "our staff get these: stop the sending to our domain"
)
# ... and, per label, the same for every label that has such tests.
_GIVES_WAY_BY_LABEL = {
    **dict.fromkeys(TOLD_LABELS, _GIVES_WAY),
    RECTIFICATION: (
        (asks_no_correction, (RESTRICTION,)),
    ),  # "données inexactes ; suspendez-en l'usage d'ici là"
}


_Found = tuple[str, float, str, str, tuple[str, ...] | None]  # label, weight, words, language, superseded_by


def match_phrases(
    text: str,
    doc: Doc,
    hits: RuleHits,
    body_start: int = 0,
    language: str | None = None,
    subject_weight: float = SUBJECT_WEIGHT,
    replied: bool = False,
) -> None:
    """Add the request phrases of `doc` (tokens of `text`) to `hits`; those before `body_start` count less, and so
    do phrases of another language than the text's `language` (Dutch "wissen" is not German "wissen"). `replied`:
    the subject is a reply's ("Re: …"), which may title an earlier thread."""
    tokens: list[str] = []  # the token texts, read only once a phrase matches
    offsets: list[list[int]] = []  # ... and where each starts and how long it is
    compiled = compiled_phrases()
    folded = _folded(doc)
    negated_in_body: set[str] = set()
    in_the_subject: list[_Found] = []  # phrases of a reply's subject
    for index, start, end in _matches(compiled, doc, folded):
        phrase = compiled.phrases[index]
        if not offsets:  # slices of the text `doc` was read from: no Python Token object per token
            offsets = doc.to_array([IDX, LENGTH]).tolist()
            tokens = TokenTexts([folded[first : first + length] for first, length in offsets])
        if (
            not phrase.self_negated
            and (negated_before(tokens, start) or negated_inside(tokens, start, end, phrase.text))
        ) or negated_after(tokens, end):
            hits.signals.append(f"negated:{phrase.label}")
            if offsets[start][0] >= body_start:
                negated_in_body.add(phrase.label)
            continue
        if phrase.label in TOLD_LABELS and done_by_mistake(tokens, start, end):
            hits.signals.append(f"by-mistake:{phrase.label}")
            continue
        reason = _asks_nothing(tokens, phrase.label, start, end)
        if reason:
            hits.signals.append(f"{reason}:{phrase.label}")
            continue
        start_char, end_char = offsets[start][0], offsets[end - 1][0] + offsets[end - 1][1]
        factor = subject_weight if start_char < body_start else 1.0
        # A bare "unsubscribe" not asked for, or one that titles the thread a reply answers ("Re: Unsubscribe
        # info@kestrel-labs" over a reply about something else), is a mention; so is any subject phrase of a reply
        # that says it answers an old thread ("R: Cancellami" over "ignori l'oggetto, ho risposto a una vecchia mail").
        in_a_replys_subject = replied and start_char < body_start
        bare = is_bare_word(phrase, tokens[start])
        if (bare and not asked(tokens, start, end)) or (
            in_a_replys_subject and _titles_a_thread(text, body_start, tokens, offsets, start, end, bare)
        ):
            factor *= MENTION_WEIGHT
        if quoted(tokens, start, end):
            factor *= QUOTED_WEIGHT
        if language and phrase.language not in (language, *EVERY_LANGUAGE):
            factor *= OTHER_LANGUAGE_WEIGHT
        if impersonal_question(tokens, start, end, phrase.label, phrase.language):
            factor *= IMPERSONAL_QUESTION_WEIGHT
        if rights_notice(tokens, start, end):
            factor *= MENTION_WEIGHT
        words = text[start_char:end_char]
        superseded_by = next(
            (
                labels
                for test, labels in _GIVES_WAY_BY_LABEL.get(phrase.label, ())
                if test(tokens, start, end)
            ),
            None,
        )
        if superseded_by:
            hits.tell(phrase.label, phrase.weight * factor, words, phrase.language, superseded_by)
        else:
            hits.add(phrase.label, phrase.weight * factor, words, phrase.language)
        if in_a_replys_subject:
            in_the_subject.append(
                (phrase.label, phrase.weight * factor, words, phrase.language, superseded_by)
            )
    # A reply's subject asks what its body declines: "Re: Soll ich Sie aus dem Verteiler nehmen?" over "Nein, bitte
    # nicht abmelden!" is the sender's question, answered no.
    for label, weight, words, language, superseded_by in in_the_subject:
        if label in negated_in_body:
            hits.withdraw(label, weight, words, language, superseded_by)
            hits.signals.append(f"declined-in-body:{label}")


def match_articles(text: str, hits: RuleHits) -> None:
    """Add the GDPR articles a letter cites: the first request article is strong, later ones weak."""
    citations = find_citations(unwrap_lines(normalise(text)))
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


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _letters_only(text: str) -> str:
    return _NOT_LETTERS.sub("", normalise(text))


def _titles_a_thread(
    text: str, body_start: int, tokens: TokenTexts, offsets: list[list[int]], start: int, end: int, bare: bool
) -> bool:
    """True for a subject phrase whose reply says it answers an old thread (`answers_an_old_thread`), or for a
    `bare` word that names one (`names_a_thread`), over a reply long enough to be about something else."""
    if len(text[body_start:].split()) < THREAD_BODY:
        return False
    subject_end = bisect_left(offsets, [body_start, 0])
    return answers_an_old_thread(tokens, subject_end) or (
        bare and names_a_thread(tokens, start, end, subject_end)
    )


def find_requests(
    text: str,
    doc: Doc | None = None,
    body_start: int = 0,
    language: str | None = None,
    settle: bool = True,
    subject_weight: float = SUBJECT_WEIGHT,
    replied: bool = False,
) -> RuleHits:
    """All rule evidence in `text` (the subject line, a newline, then what the writer typed).

    `doc` is `read_doc(text)` when the caller has it already; `body_start` is where the writer's text begins.
    Without `settle`, phrases told of as done are left in `told` for the caller to settle; `subject_weight` is
    what a phrase in the subject counts for; `replied`, that the subject is a reply's.
    """
    text = text[:MAX_CHARACTERS]
    hits = RuleHits()
    match_phrases(
        text, doc if doc is not None else read_doc(text), hits, body_start, language, subject_weight, replied
    )
    body = text[body_start:]
    match_articles(body, hits)
    said = body.strip() or text
    if len(said) <= ONE_WORD_LENGTH and _letters_only(said) in ONE_WORD_UNSUBSCRIBE:
        hits.add("unsubscribe", 1.0, said.strip())
    elif (opening := _FIRST_SENTENCE.match(body)) and _letters_only(opening.group(1)) in OPENING_STOPS:
        hits.add("unsubscribe", OPENING_STOP_WEIGHT, opening.group(1).strip())
    if settle:
        hits.settle()
    return hits
