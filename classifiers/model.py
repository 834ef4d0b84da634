"""The trained text classifier: a spaCy `textcat_multilabel` (bag of n-grams) with per-label calibration.

The model reads the subject and the writer's new text, normalised as the rule layer reads them. Its raw
scores are combined with the rule score of each label by a per-label logistic calibration fitted on
out-of-fold predictions (see training.py), so that the result is a probability.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc
from thinc.api import Model

from classifiers.long_lived import long_lived
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
MIN_WORD_SHARE = 0.5  # of the tokens, for the model to know a text
# A text of a few words said over and over is no text the model knows: 200 words or more with fewer than one
# distinct word in ten (real mail of that length has one in three or more).
REPEATS_FROM = 200
MIN_DISTINCT_SHARE = 0.1


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


def sigmoid(x: float) -> float:
    """1 / (1 + e^-x), without overflow for the large logits a long text of repeated words gives."""
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    exp = math.exp(x)
    return exp / (1 + exp)


_NO_WEIGHTS = (4.0, 4.0, -3.0)  # a label the calibration never saw


@dataclass(frozen=True)
class Calibration:
    """p = sigmoid(a·model + b·rule + c), per label."""

    weights: dict[str, tuple[float, float, float]]

    def probability(self, label: str, model_score: float, rule_score: float) -> float:
        a, b, c = self.weights.get(label, _NO_WEIGHTS)
        return sigmoid(a * model_score + b * rule_score + c)

    def under_half(self, label: str, model_score: float) -> bool:
        """True when `model_score` alone, with no rule evidence, gives a probability under one half (by a margin
        wider than rounding): then the label cannot be shown (`classify._request_scores`), no need to compute it."""
        a, _, c = self.weights.get(label, _NO_WEIGHTS)
        return a * model_score + c < -0.001


@dataclass
class TextModel:
    nlp: Language
    calibration: Calibration

    def coverage(self, doc: Doc) -> float:
        """Share of the words of `doc` the model saw in training: low on languages and kinds of text it never met;
        none on a text mostly of marks ("A>>>>>>…"), whose many equal tokens sum to any score the model likes."""
        tokens = [token for token in doc if not token.is_space]
        words = [token.text for token in tokens if token.is_alpha]
        if not words or len(words) < MIN_WORD_SHARE * len(tokens):
            return 0.0
        if len(words) >= REPEATS_FROM and len(set(words)) < MIN_DISTINCT_SHARE * len(words):
            return 0.0  # "Hello. a a a a …": a few words repeated sum, like marks, to any score
        known = self.nlp.vocab.strings
        return sum(1 for word in words if word in known) / len(words)

    def scores(self, doc: Doc) -> dict[str, float]:
        """Raw model score per label for `doc` (from `rules.read_doc`)."""
        if not len(doc):
            return dict.fromkeys(MODEL_LABELS, 0.0)
        if self.linear is not None:
            logits = self._bag_of_words_logits(doc)
            return {label: sigmoid(logits[column]) for label, column in self.columns}
        row = self.classifier.predict([doc])[0]  # the pipe's __call__ also writes doc.cats: not needed here
        return {label: float(row[column]) for label, column in self.columns}

    def _bag_of_words_logits(self, doc: Doc) -> list[float]:
        """What `extract_ngrams >> sparse_linear` computes for one doc, read from `word_weights`."""
        extract, _ = self.linear.layers
        if extract.attrs["ngram_size"] == 1 and extract.attrs["attr"] == ORTH:
            # Words alone: their keys read token by token cost less than a numpy array and its conversion.
            return self.word_weights.logits([token.orth for token in doc])
        unigrams = doc.to_array(extract.attrs["attr"])
        grams = [unigrams] + [
            extract.ops.ngrams(n, unigrams) for n in range(2, extract.attrs["ngram_size"] + 1)
        ]
        return self.word_weights.logits(
            numpy.concatenate(grams).tolist() if len(grams) > 1 else unigrams.tolist()
        )

    @cached_property
    def word_weights(self) -> WordWeights:
        """The linear layer's weights one row per word, each computed the first time the word is read."""
        return WordWeights(self.linear.layers[1])

    def warm_up(self) -> None:
        """Compute now the row of every word the model saw in training (0.2 s), for a process that will read many
        mails: not on the way to a first answer."""
        if self.linear is not None:
            strings = self.nlp.vocab.strings
            self.word_weights.seed([strings[text] for text in strings])

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


class WordWeights:
    """`sparse_linear`'s weights laid out per word: each word's two hashed weight columns, summed once.

    `sparse_linear` hashes every word to two columns of an 8 x 65,536 matrix, reading 16 scattered floats per
    word, and every numpy call costs some microseconds more in the daemon than on its own, between two parses
    that take the CPU caches for themselves. Here a word is one dictionary lookup and the sum is plain
    Python: 25 us less per mail. A word's row is computed by the layer itself the first time the word is
    seen, so the logits are the layer's own (to float rounding).
    """

    MAX_UNSEEN = 200_000  # words the model never saw are remembered up to this many; then forgotten at once

    def __init__(self, sparse_linear: Model) -> None:
        self.layer = sparse_linear
        inner = sparse_linear.layers[0] if sparse_linear.layers else sparse_linear  # inside `resizable`
        self.bias = tuple(float(value) for value in inner.get_param("b"))
        self.rows: dict[int, tuple[float, ...]] = {}
        self.seeded: dict[int, tuple[float, ...]] = {}  # kept when the words met since are forgotten

    def seed(self, keys: list[int]) -> None:
        """Compute the rows of `keys` now and keep them for good."""
        self._add([key for key in dict.fromkeys(keys) if key not in self.rows])
        self.seeded.update({key: self.rows[key] for key in keys})

    def logits(self, keys: list[int]) -> list[float]:
        """The layer's output for the words `keys`, each counted as often as it occurs."""
        try:
            rows = [self.rows[key] for key in keys]
        except KeyError:
            new = list(dict.fromkeys(key for key in keys if key not in self.rows))
            if len(self.rows) + len(new) > len(self.seeded) + self.MAX_UNSEEN:
                self.rows = dict(self.seeded)
            self._add(new)
            rows = [self.rows[key] for key in keys]
        return (
            [bias + sum(column) for bias, column in zip(self.bias, zip(*rows, strict=True), strict=True)]
            if rows
            else [*self.bias]
        )

    def _add(self, keys: list[int]) -> None:
        """Give each of `keys` its row: the layer's output for that word alone, less the bias."""
        if not keys:
            return
        alone = (
            numpy.asarray(keys, dtype="uint64"),
            numpy.ones(len(keys), dtype="float32"),
            numpy.ones(len(keys), dtype="int32"),
        )
        outputs = (self.layer.predict(alone) - numpy.asarray(self.bias, dtype="float32")).tolist()
        self.rows.update(zip(keys, map(tuple, outputs), strict=True))


def load_model(path: Path) -> TextModel:
    """Load a model directory written by `mailbot train`."""
    nlp = spacy.load(path)
    customise_tokenizer(nlp)
    weights = json.loads((path / CALIBRATION_FILE).read_text())
    return TextModel(nlp, Calibration({label: tuple(w) for label, w in weights.items()}))


@lru_cache(maxsize=1)
@long_lived
def shipped_model() -> TextModel | None:
    """The model that ships with the package, or None when it has not been trained (rules only)."""
    path = default_model_path()
    return load_model(path) if (path / CALIBRATION_FILE).is_file() else None
