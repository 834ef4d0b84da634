"""`mailbot train`: reproducible from the labelled data in the repo, never from the held-out part."""

from __future__ import annotations

import csv
import hashlib
import json

from classifiers.model import load_model
from classifiers.rules import read_doc

from servers import REPO, run_mailbot

TRAIN = REPO / "data" / "labelled" / "train"


def _subset(tmp_path, size: int = 60):
    """A small labels file over the training mails, so that the test trains in seconds."""
    with (TRAIN / "labels.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    rows = rows[:: max(1, len(rows) // size)][:size]
    labels = tmp_path / "labels.csv"
    with labels.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=["path", "label", "secondary_label"], extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "path": str(TRAIN / row["path"])})
    return labels


def _digest(folder) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def test_training_twice_gives_the_same_model(tmp_path):
    labels = _subset(tmp_path)
    args = ["train", "--data", str(labels), "--epochs", "3", "--folds", "2", "--json"]
    first = json.loads(run_mailbot(*args, "--out", str(tmp_path / "a"), cwd=tmp_path).stdout)
    run_mailbot(*args, "--out", str(tmp_path / "b"), cwd=tmp_path)
    assert first["examples"] == 60
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    model = load_model(tmp_path / "a")
    scores = model.scores(read_doc("Unsubscribe\nplease remove me from your list"))
    assert set(scores) >= {"unsubscribe", "erasure"} and all(0.0 <= v <= 1.0 for v in scores.values())


def test_the_held_out_part_is_refused(tmp_path):
    result = run_mailbot(
        "train",
        "--data",
        str(REPO / "data/labelled/heldout/labels.csv"),
        "--out",
        str(tmp_path),
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2 and "held-out" in result.stderr


def test_the_shipped_model_was_trained_on_the_training_part_only():
    summary = json.loads((REPO / "classifiers" / "model" / "training.json").read_text())
    with (TRAIN / "labels.csv").open(encoding="utf-8") as file:
        assert summary["examples"] == sum(1 for _ in csv.DictReader(file))


def test_no_held_out_mail_is_also_in_the_training_part():
    def bodies(folder):
        return {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.eml")}

    assert not bodies(REPO / "data" / "labelled" / "heldout") & bodies(TRAIN)
