"""Scoring a classifier against gold labels: per-label precision/recall/F1, confusion, worst misses."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from classifiers.labels import REQUEST_LABELS, Classification, Label

NO_REQUEST = "other"  # gold label meaning "asks for nothing the desk acts on"
LETTER_LABELS = (Label.ACCESS, Label.ERASURE, Label.RECTIFICATION, Label.UNSUBSCRIBE)


@dataclass(frozen=True)
class Example:
    """One labelled file: its gold labels (first = main) and what the classifier said."""

    path: str
    gold: tuple[str, ...]
    language: str | None
    result: Classification

    @property
    def predicted(self) -> set[str]:
        return {str(label) for label in self.result.labels}

    @property
    def gold_requests(self) -> set[str]:
        return {label for label in self.gold if label in REQUEST_LABELS}

    @property
    def predicted_requests(self) -> set[str]:
        return {label for label in self.predicted if label in REQUEST_LABELS}

    @property
    def correct(self) -> bool:
        """Right when the main gold label is found and no request label is invented.

        A missed secondary label does not make the mail wrong (it shows in that label's recall).
        """
        if self.gold == (NO_REQUEST,):
            return not self.predicted_requests
        return self.gold[0] in self.predicted and self.predicted_requests <= set(self.gold)


@dataclass
class Report:
    count: int = 0
    labels: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    accuracy: float = 0.0
    no_request_rate: dict[str, float] = field(default_factory=dict)
    letters_by_language: dict[str, dict[str, float]] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)


def _counts_as_false_positive(label: str, example: Example) -> bool:
    if label in example.gold:
        return False
    # A mail that asks nothing may be labelled reply, auto_reply, bounce or unknown without penalty.
    return not (example.gold == (NO_REQUEST,) and label not in REQUEST_LABELS)


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def score(examples: list[Example], worst: int = 25) -> Report:
    """The evaluation report for `examples`."""
    report = Report(count=len(examples))
    tp, fp, fn = Counter(), Counter(), Counter()
    for example in examples:
        for label in example.predicted:
            if label in example.gold:
                tp[label] += 1
            elif _counts_as_false_positive(label, example):
                fp[label] += 1
        for label in example.gold:
            if label != NO_REQUEST and label not in example.predicted:
                fn[label] += 1
    present = sorted({label for e in examples for label in e.gold if label != NO_REQUEST})
    f1s = []
    for label in present:
        precision = _ratio(tp[label], tp[label] + fp[label])
        recall = _ratio(tp[label], tp[label] + fn[label])
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
        f1s.append(f1)
        support = tp[label] + fn[label]
        report.labels[label] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    report.macro_f1 = round(sum(f1s) / len(f1s), 4) if f1s else 0.0
    report.accuracy = _ratio(sum(e.correct for e in examples), len(examples))
    for gold in ("reply", NO_REQUEST):
        group = [e for e in examples if e.gold[0] == gold]
        if group:
            report.no_request_rate[gold] = _ratio(sum(not e.predicted_requests for e in group), len(group))
    by_language: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        if example.gold[0] in LETTER_LABELS and example.language:
            by_language[example.language].append(example)
    report.letters_by_language = {
        language: {"right": _ratio(sum(e.correct for e in group), len(group)), "count": len(group)}
        for language, group in sorted(by_language.items())
    }
    confusion: dict[str, Counter] = defaultdict(Counter)
    for example in examples:
        predicted = sorted(example.predicted_requests) or sorted(example.predicted) or ["-"]
        confusion[example.gold[0]][predicted[0]] += 1
    report.confusion = {gold: dict(row) for gold, row in sorted(confusion.items())}
    misses = [e for e in examples if not e.correct]
    misses.sort(key=lambda e: -max(e.result.scores.values(), default=0.0))
    report.misses = [
        {
            "path": e.path,
            "gold": list(e.gold),
            "predicted": sorted(e.predicted),
            "scores": e.result.scores,
            "evidence": e.result.evidence[:4],
        }
        for e in misses[:worst]
    ]
    return report
