"""`mailbot eval`: scores computed from a labels file, on our fixtures and on the public corpus."""

from __future__ import annotations

import json

from conftest import FIXTURES
from servers import run_mailbot


def test_eval_on_our_fixtures(tmp_path):
    labels = tmp_path / "labels.csv"
    rows = {
        "unsubscribe_fr.eml": "unsubscribe",
        "unsubscribe_en_second.eml": "unsubscribe",
        "footer_quoted_gmail.eml": "reply",
        "footer_quoted_outlook.eml": "reply",
        "out_of_office_unsubscribe.eml": "auto_reply",
        "unsubscribe_html_only.eml": "unsubscribe",
        "unsubscribe_unknown_sender.eml": "unsubscribe",
    }
    labels.write_text(
        "path,label,secondary_label\n"
        + "".join(f"{FIXTURES / name},{label},\n" for name, label in rows.items())
    )
    report = json.loads(
        run_mailbot("eval", str(FIXTURES), "--labels", str(labels), "--json", cwd=tmp_path).stdout
    )
    assert report["count"] == len(rows)
    assert report["labels"]["unsubscribe"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 4}
    assert report["accuracy"] == 1.0 and report["misses"] == []
    text = run_mailbot("eval", str(FIXTURES), "--labels", str(labels), cwd=tmp_path).stdout
    assert "macro-F1 1.000" in text and "confusion" in text


def test_eval_runs_on_the_corpus_in_place(corpus, tmp_path):
    result = run_mailbot(
        "eval", str(corpus / "discourse"), "--labels", str(corpus / "labels.csv"), "--json", cwd=tmp_path
    )
    report = json.loads(result.stdout)
    assert report["count"] == 6 and set(report["confusion"])


def test_eval_reports_a_bad_labels_file_in_one_line(tmp_path):
    bad = tmp_path / "labels.csv"
    bad.write_text("path,label\nx.eml,spam\n")
    result = run_mailbot("eval", str(tmp_path), "--labels", str(bad), cwd=tmp_path, check=False)
    assert (
        result.returncode == 2 and "unknown label spam" in result.stderr and "Traceback" not in result.stderr
    )
