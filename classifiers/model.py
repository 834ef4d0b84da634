"""The trained text classifier: a spaCy `textcat_multilabel` (bag of n-grams) with per-label calibration.

The model reads the subject and the writer's new text, normalised as the rule layer reads them. Its raw
scores are combined with the rule score of each label by a per-label logistic calibration fitted on
out-of-fold predictions (see training.py), so that the result is a probability.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc
from thinc.api import Model

from classifiers.rules import MAX_CHARACTERS
from classifiers.tokens import customise_tokenizer

MODEL_LABELS = (
    "unsubscribe",
    "access",
    "erasure",
    "rectification",
    "restriction",
    "portability",
    "post_mortem",
    "abuse_report",
)
CALIBRATION_FILE = "calibration.json"


def reading(subject: str, new_text: str) -> tuple[str, int]:
    """What the rules and the model read: the subject line, a newline, the new text; and where the text starts."""
    return f"{subject}\n{new_text}"[:MAX_CHARACTERS], len(subject) + 1


def default_model_path() -> Path:
    return Path(str(_model_path or resources.files("classifiers") / "model"))


_model_path: Path | None = None


def use_model(path: Path) -> None:
    """Read the model in `path` instead of the shipped one (to measure a newly trained model before shipping it)."""
    global _model_path
    _model_path = path
    shipped_model.cache_clear()


@dataclass(frozen=True)
class Calibration:
    """p = sigmoid(a·model + b·rule + c), per label."""

    weights: dict[str, tuple[float, float, float]]

    def probability(self, label: str, model_score: float, rule_score: float) -> float:
        a, b, c = self.weights.get(label, (4.0, 4.0, -3.0))
        return 1 / (1 + math.exp(-(a * model_score + b * rule_score + c)))


@dataclass
class TextModel:
    nlp: Language
    calibration: Calibration

    def coverage(self, doc: Doc) -> float:
        """Share of the words of `doc` the model saw in training: low on languages and kinds of text it never met."""
        words = [token.text for token in doc if token.is_alpha]
        if not words:
            return 0.0
        known = self.nlp.vocab.strings
        return sum(1 for word in words if word in known) / len(words)

    def scores(self, doc: Doc) -> dict[str, float]:
        """Raw model score per label for `doc` (from `rules.read_doc`)."""
        if not len(doc):
            return dict.fromkeys(MODEL_LABELS, 0.0)
        if self.linear is not None:
            logits = self._bag_of_words_logits(doc)
            return {label: 1 / (1 + math.exp(-float(logits[column]))) for label, column in self.columns}
        row = self.classifier.predict([doc])[0]  # the pipe's __call__ also writes doc.cats: not needed here
        return {label: float(row[column]) for label, column in self.columns}

    def _bag_of_words_logits(self, doc: Doc) -> numpy.ndarray:
        """What `extract_ngrams >> sparse_linear` computes for one doc, with the n-gram counts taken by a Counter:
        numpy's `unique` costs more than the whole sum on a mail of a few dozen words (same logits to 1e-5)."""
        extract, sparse_linear = self.linear.layers
        unigrams = doc.to_array(extract.attrs["attr"])
        grams = [unigrams] + [
            extract.ops.ngrams(n, unigrams) for n in range(2, extract.attrs["ngram_size"] + 1)
        ]
        counts = Counter(numpy.concatenate(grams).tolist() if len(grams) > 1 else unigrams.tolist())
        keys = numpy.fromiter(counts.keys(), dtype="uint64", count=len(counts))
        values = numpy.fromiter(counts.values(), dtype="float32", count=len(counts))
        return sparse_linear.predict((keys, values, numpy.asarray([len(keys)], dtype="int32")))[0]

    @cached_property
    def linear(self) -> Model | None:
        """The bag-of-words layers without thinc's CPU-copy wrappers and logistic layer (a third of the time of
        a call for one short mail); None for any other architecture, which then runs whole."""
        outer = self.classifier.model
        layers = outer.layers[0].layers if outer.name.endswith("with_cpu(logistic)") and outer.layers else []
        inner = layers[0] if len(layers) == 1 else None
        return (
            inner if inner is not None and inner.name == "extract_ngrams>>resizable(sparse_linear)" else None
        )

    @cached_property
    def classifier(self) -> TextCategorizer:
        return self.nlp.get_pipe("textcat_multilabel")

    @cached_property
    def columns(self) -> tuple[tuple[str, int], ...]:
        """Each label and its column in the model's output."""
        labels = list(self.classifier.labels)
        return tuple((label, labels.index(label)) for label in MODEL_LABELS if label in labels)


def load_model(path: Path) -> TextModel:
    """Load a model directory written by `mailbot train`."""
    nlp = spacy.load(path)
    customise_tokenizer(nlp)
    weights = json.loads((path / CALIBRATION_FILE).read_text())
    return TextModel(nlp, Calibration({label: tuple(w) for label, w in weights.items()}))


@lru_cache(maxsize=1)
def shipped_model() -> TextModel | None:
    """The model that ships with the package, or None when it has not been trained (rules only)."""
    path = default_model_path()
    return load_model(path) if (path / CALIBRATION_FILE).is_file() else None
