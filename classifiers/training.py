"""Training the text classifier: reproducible (fixed seed, fixed order), calibrated on out-of-fold scores."""

from __future__ import annotations

import csv
import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy
import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from classifiers.classify import bare_subject
from classifiers.model import CALIBRATION_FILE, MODEL_LABELS, reading
from classifiers.new_text import writer_text
from classifiers.normalise import normalise
from classifiers.parsing import parse_mail, wrap_reply_body
from classifiers.rules import find_requests
from classifiers.tokens import customise_tokenizer

TEXTCAT_MODEL = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": False,
    "ngram_size": 1,  # chosen by 5-fold cross-validation on the training part (macro-F1 0.78 vs 0.75 for 2)
    "no_output_layer": False,
    "length": 2**16,
}


@dataclass(frozen=True)
class TrainingExample:
    path: str
    text: str
    rule_scores: dict[str, float]
    cats: dict[str, float]


def load_examples(labels_csv: Path) -> list[TrainingExample]:
    """Every labelled mail of `labels_csv` (path,label,secondary_label,…), read as the classifier reads it."""
    examples = []
    with labels_csv.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            path = labels_csv.parent / row["path"]
            mail = parse_mail(wrap_reply_body(path.read_bytes()))
            new_text, language = writer_text(mail)
            text, body_start = reading(bare_subject(mail.subject), new_text)
            hits = find_requests(text, None, body_start, language)
            gold = {row["label"], row.get("secondary_label") or ""}
            examples.append(
                TrainingExample(
                    path=row["path"],
                    text=normalise(text),
                    rule_scores={label: hits.score(label) for label in MODEL_LABELS},
                    cats={label: float(label in gold) for label in MODEL_LABELS},
                )
            )
    return examples


def train_textcat(examples: list[TrainingExample], seed: int, epochs: int):
    """A blank `xx` pipeline with a trained `textcat_multilabel`."""
    fix_random_seed(seed)
    nlp = customise_tokenizer(spacy.blank("xx"))
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": TEXTCAT_MODEL})
    for label in MODEL_LABELS:
        textcat.add_label(label)
    data = [Example.from_dict(nlp.make_doc(e.text), {"cats": e.cats}) for e in examples]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(data)
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def _logistic(features: numpy.ndarray, targets: numpy.ndarray, l2: float = 0.1) -> list[float]:
    """Weights of a logistic regression (last one the intercept), by Newton's method with a little L2."""
    x = numpy.hstack([features, numpy.ones((len(features), 1))])
    w = numpy.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + numpy.exp(-x @ w))
        gradient = x.T @ (p - targets) + l2 * numpy.r_[w[:-1], 0]
        hessian = (x.T * (p * (1 - p))) @ x + l2 * numpy.diag(numpy.r_[numpy.ones(len(w) - 1), 0])
        w -= numpy.linalg.solve(hessian + 1e-9 * numpy.eye(len(w)), gradient)
    return [round(float(v), 4) for v in w]


def fit_calibration(
    examples: list[TrainingExample], model_scores: list[dict[str, float]]
) -> dict[str, list[float]]:
    """Per label, p = sigmoid(a·model + b·rule + c) fitted on out-of-fold model scores."""
    weights = {}
    for label in MODEL_LABELS:
        features = numpy.array(
            [[s[label], e.rule_scores[label]] for e, s in zip(examples, model_scores, strict=True)]
        )
        targets = numpy.array([e.cats[label] for e in examples])
        weights[label] = _logistic(features, targets)
    return weights


def out_of_fold_scores(
    examples: list[TrainingExample], seed: int, epochs: int, folds: int
) -> list[dict[str, float]]:
    """Each example scored by a model trained without its fold."""
    fold_of = [index % folds for index in range(len(examples))]
    random.Random(seed).shuffle(fold_of)
    scores: list[dict[str, float]] = [{} for _ in examples]
    for fold in range(folds):
        training = [e for e, f in zip(examples, fold_of, strict=True) if f != fold]
        nlp = train_textcat(training, seed, epochs)
        for index, (example, f) in enumerate(zip(examples, fold_of, strict=True)):
            if f == fold:
                scores[index] = dict(nlp(example.text).cats)
    return scores


def train(labels_csv: Path, out: Path, seed: int = 0, epochs: int = 20, folds: int = 5) -> dict:
    """Train, calibrate and write the model to `out`; returns a summary."""
    examples = load_examples(labels_csv)
    calibration = fit_calibration(examples, out_of_fold_scores(examples, seed, epochs, folds))
    nlp = train_textcat(examples, seed, epochs)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    (out / CALIBRATION_FILE).write_text(json.dumps(calibration, indent=1, sort_keys=True) + "\n")
    digest = hashlib.sha256("".join(sorted(e.path + e.text for e in examples)).encode()).hexdigest()[:16]
    summary = {
        "examples": len(examples),
        "positives": {label: int(sum(e.cats[label] for e in examples)) for label in MODEL_LABELS},
        "seed": seed,
        "epochs": epochs,
        "folds": folds,
        "data_sha256_16": digest,
    }
    (out / "training.json").write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n")
    return summary
