"""`classify(raw, mailbox)`: structure signals first, then the writer's own words.

Machine-written mail (bounce, auto-reply, feedback report) is recognised from headers and MIME structure and
never read for requests. For mail a person wrote, the rule layer scores each request label; labels at or above
LABEL_THRESHOLD are the answer; evidence that stays between UNCERTAIN_THRESHOLD and LABEL_THRESHOLD makes the
mail `unknown` (staff triage) rather than a guess; no evidence at all makes it an ordinary `reply`.
"""

from __future__ import annotations

import gc
import re

from spacy.tokens import Doc

from classifiers.automatic import detect_automatic
from classifiers.labels import REQUEST_LABELS, Classification, Label
from classifiers.language import language_model
from classifiers.long_lived import long_lived
from classifiers.model import reading, shipped_model
from classifiers.new_text import writer_text
from classifiers.parsing import ParsedMail, parse_mail
from classifiers.rules import (
    FORWARDED_SUBJECT_WEIGHT,
    SUBJECT_WEIGHT,
    RuleHits,
    compiled_phrases,
    find_requests,
    read_doc,
)

# A strong hand-written phrase alone is enough (0.9 x 0.7 = 0.63), whatever the model thinks of its words.
RULE_TRUST = 0.7
NEGATED_CEILING = 0.2
RULE_EVIDENCE = 0.3  # below this the rules found nothing worth showing for a label
MODEL_ONLY_THRESHOLD = 0.95  # the model alone, with no phrase to show, is unreliable on unseen kinds of text
MODEL_MIN_COVERAGE = 0.7  # ... and on text whose words it mostly never saw (other languages, markup debris)
MODEL_LANGUAGES = frozenset(["en", "fr", "de", "es", "it", "nl"])  # ... or in a language it was never taught
UNFAMILIAR_CEILING = 0.45  # there, however sure, it makes the mail `unknown` at most
IMPLIED_BY_DEATH = (Label.ERASURE, Label.UNSUBSCRIBE, Label.RECTIFICATION)
LABEL_THRESHOLD = 0.5
UNCERTAIN_THRESHOLD = 0.4
REPLY_SCORE = 0.8
STRUCTURE_SCORE = 0.99
# "Re:", "AW:", "TR :" (French put a space before the colon), "Fwd[2]:", repeated.
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|fw|fwd|tr|wg|rv|r|sv|antw|réf|ref)\s*(?:\[\d+\])?\s*:\s*)+", re.I
)

# "Fwd:", "TR :", "WG:", "RV:", "Enc:" after any "Re:": the subject is the forwarded original's.
_FORWARDED = re.compile(r"^\s*(?:(?:re|aw|sv|antw)\s*:\s*)*(?:fwd?|tr|wg|rv|enc)\s*(?:\[\d+\])?\s*:", re.I)


def classify(raw: bytes, mailbox: str = "reply", footer_phrases: tuple[str, ...] = ()) -> Classification:
    """Classify raw mail bytes that arrived in `mailbox` (reply, privacy or abuse); never raises."""
    return classify_parsed(parse_mail(raw), mailbox, footer_phrases)


def classify_parsed(
    mail: ParsedMail, mailbox: str = "reply", footer_phrases: tuple[str, ...] = ()
) -> Classification:
    """Classify an already parsed mail; never raises."""
    try:
        return _classify(mail, mailbox, footer_phrases)
    except Exception as error:  # a classifier bug must not stop the desk: staff triage instead
        return Classification(
            labels=[Label.UNKNOWN],
            scores={Label.UNKNOWN: 1.0},
            signals=[f"classifier-error:{type(error).__name__}"],
        )


@long_lived
def warm_up() -> None:
    """For a process that will classify many mails (the daemon, a folder): build the phrase tables and load the
    model now, with everything a first mail would otherwise build on its way; then take all the process holds so
    far out of the garbage collector's rounds. The phrase tables and the model are some hundred thousand objects
    that live as long as the process: scanning them on every full collection cost 2 % of the throughput. Without
    it, the first mail builds only what it needs (a cold `mailbot classify` of one mail)."""
    compiled_phrases().build_matchers()
    language_model()
    model = shipped_model()
    if model is not None:
        model.warm_up()
    gc.freeze()


def bare_subject(subject: str) -> str:
    """The subject without its Re:/Fwd:/TR:/AW: prefixes."""
    return _SUBJECT_PREFIX.sub("", subject, count=1).strip()


def _request_scores(hits: RuleHits, doc: Doc, language: str | None) -> dict[str, float]:
    """Per request label, the rule score combined with the trained model's (calibrated), when a model ships."""
    model = shipped_model()
    if model is None:
        return {label: hits.score(label) for label in REQUEST_LABELS if hits.score(label) > 0}
    model_scores = model.scores(doc)
    probability = model.calibration.probability
    negated = hits.negated_only()
    familiar: bool | None = None  # measured only when the model alone would decide
    scores: dict[str, float] = {}
    for label in REQUEST_LABELS:
        rule = hits.score(label) if label in hits.by_label else 0.0
        if not rule and model.calibration.under_half(label, model_scores[label]):
            continue  # the model alone under one half: under 0.05 once the model-only margin is taken off below
        score = max(probability(label, model_scores[label], rule), RULE_TRUST * rule)
        if label in negated:  # "please don't remove me": the model's guess must not win over that
            score = min(score, NEGATED_CEILING)
        if rule < RULE_EVIDENCE:  # the model alone, with no phrase to show, must be surer
            sure = score >= MODEL_ONLY_THRESHOLD
            if sure and familiar is None:
                familiar = language in MODEL_LANGUAGES | {None} and model.coverage(doc) >= MODEL_MIN_COVERAGE
            if not (sure and familiar):
                score = max(0.0, score - (MODEL_ONLY_THRESHOLD - LABEL_THRESHOLD))
            if sure and not familiar:  # sure, but of text it does not know: staff decide
                score = min(score, UNFAMILIAR_CEILING)
        score = round(score, 4)
        if score >= 0.05:
            scores[label] = score
    return scores


EVIDENCE_LINES = 4  # per label: the phrases that decided, each once


def _evidence(hits: RuleHits, labels: list[str]) -> list[str]:
    lines: list[str] = []
    for label in labels:
        shown = dict.fromkeys(
            f"{label}: {' '.join(words.split())[:80]}" + ("" if weight >= 1 else f" ({weight:.1f})")
            for weight, words in hits.by_label.get(label, [])
        )
        lines += list(shown)[:EVIDENCE_LINES]
    return lines


def _classify(mail: ParsedMail, mailbox: str, footer_phrases: tuple[str, ...]) -> Classification:
    if not mail.readable:
        return Classification(labels=[Label.UNKNOWN], scores={Label.UNKNOWN: 1.0}, signals=["unparseable"])
    automatic_labels, signals = detect_automatic(mail)
    if automatic_labels:  # machine-written: never read for words, never answered, so its language is moot
        scores = {label: STRUCTURE_SCORE for label in automatic_labels}
        return Classification(
            automatic_labels, scores, None, [s for s in signals if s != "automatic"], signals
        )
    new_text, language = writer_text(mail, footer_phrases)

    text, body_start = reading(bare_subject(mail.subject), new_text)
    doc = read_doc(text)
    forwarded = _FORWARDED.match(mail.subject) is not None
    subject_weight = FORWARDED_SUBJECT_WEIGHT if forwarded else SUBJECT_WEIGHT
    replied = not forwarded and _SUBJECT_PREFIX.match(mail.subject) is not None
    hits = find_requests(
        text, doc, body_start, language, settle=False, subject_weight=subject_weight, replied=replied
    )
    nothing_asked = not hits.by_label and not hits.told
    if not new_text.strip() and nothing_asked:  # nothing typed but quotes, nothing asked in the subject
        return Classification(
            [Label.REPLY], {Label.REPLY: REPLY_SCORE}, language, [], [*signals, "no-new-text"]
        )
    if language is None and hits.languages:
        language = max(hits.languages, key=hits.languages.get)
    scores = _request_scores(hits, doc, language)
    if hits.told:  # a removal told of gives way to a right the whole reading finds asked, a complaint too
        hits.settle(lambda label: scores.get(label, 0.0) >= LABEL_THRESHOLD)
        scores = _request_scores(hits, doc, language)
    signals = signals + sorted(set(hits.signals))
    # Bulk or auto-submitted mail never asks for anything in our name; a complaint it may be (an abuse desk's ticket
    # system), but only on words the rules show: a newsletter on privacy law reads like one to the model.
    if "automatic" in signals:
        scores = {
            label: score
            for label, score in scores.items()
            if label == Label.ABUSE_REPORT and hits.score(label) >= RULE_EVIDENCE
        }
    if scores.get(Label.POST_MORTEM, 0.0) >= LABEL_THRESHOLD:  # a death: the case covers deletion and silence
        for implied in IMPLIED_BY_DEATH:
            scores.pop(implied, None)
    labels = sorted(
        (label for label, score in scores.items() if score >= LABEL_THRESHOLD),
        key=lambda label: -scores[label],
    )
    if labels:
        return Classification(
            [Label(label) for label in labels], scores, language, _evidence(hits, labels), signals
        )
    if max(scores.values(), default=0.0) >= UNCERTAIN_THRESHOLD:
        uncertain = [label for label, score in scores.items() if score >= UNCERTAIN_THRESHOLD]
        scores[Label.UNKNOWN] = round(1 - max(scores.values()), 4)
        return Classification(
            [Label.UNKNOWN], scores, language, _evidence(hits, uncertain), [*signals, "uncertain"]
        )
    scores[Label.REPLY] = REPLY_SCORE
    return Classification([Label.REPLY], scores, language, [], signals)
