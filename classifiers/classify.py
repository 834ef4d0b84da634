"""`classify(raw, mailbox)`: structure signals first, then the writer's own words."""

from __future__ import annotations

from classifiers.automatic import detect_automatic
from classifiers.labels import Classification, Label
from classifiers.language import detect_language
from classifiers.new_text import extract_new_text
from classifiers.parsing import ParsedMail, parse_mail
from classifiers.unsubscribe import find_unsubscribe

RULE_SCORE = 0.95
REPLY_SCORE = 0.8
STRUCTURE_SCORE = 0.99


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


def _classify(mail: ParsedMail, mailbox: str, footer_phrases: tuple[str, ...]) -> Classification:
    if not mail.readable:
        return Classification(labels=[Label.UNKNOWN], scores={Label.UNKNOWN: 1.0}, signals=["unparseable"])
    automatic_labels, signals = detect_automatic(mail)
    new_text = extract_new_text(mail, footer_phrases)
    language = detect_language(new_text or mail.subject)
    if automatic_labels:
        scores = {label: STRUCTURE_SCORE for label in automatic_labels}
        return Classification(
            labels=automatic_labels, scores=scores, language=language, evidence=list(signals), signals=signals
        )
    matches = [] if "automatic" in signals else find_unsubscribe(new_text, mail.subject)
    if matches:
        languages = {m.language for m in matches}
        if language not in languages:
            language = sorted(languages)[0]
        return Classification(
            labels=[Label.UNSUBSCRIBE],
            scores={Label.UNSUBSCRIBE: RULE_SCORE},
            language=language,
            evidence=[f"{m.language}: {m.phrase}" for m in matches],
            signals=signals,
        )
    return Classification(
        labels=[Label.REPLY],
        scores={Label.REPLY: REPLY_SCORE},
        language=language,
        evidence=[],
        signals=signals,
    )
