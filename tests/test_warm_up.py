"""A first mail builds only the phrase Matchers it needs; `warm_up` builds them all, and answers stay the same."""

from __future__ import annotations

import json
import subprocess
import sys

from servers import REPO

MAIL = REPO / "data" / "labelled" / "dev" / "fr" / "erasure_01.eml"
PROBE = """
import json, sys
from classifiers import classify, warm_up
from classifiers.model import shipped_model
from classifiers.rules import _MatcherGroup, compiled_phrases

def built():
    groups = [g for g in compiled_phrases().matchers if isinstance(g, _MatcherGroup)]
    return sum(g._matcher is not None for g in groups), len(groups)

raw = open(sys.argv[1], "rb").read()
first = classify(raw).to_json()
cold = built()
seeded_cold = len(shipped_model().word_weights.seeded)
warm_up()
print(json.dumps({"first": first, "again": classify(raw).to_json(), "cold": cold, "warm": built(),
                  "seeded_cold": seeded_cold, "seeded_warm": len(shipped_model().word_weights.seeded)}))
"""


def test_a_first_mail_builds_only_what_it_needs_and_warm_up_the_rest():
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(MAIL)],
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    probe = json.loads(result.stdout.splitlines()[-1])
    cold_built, groups = probe["cold"]
    assert cold_built < groups / 4  # a short letter needs few of them
    assert probe["warm"] == [groups, groups]
    assert probe["seeded_cold"] == 0 and probe["seeded_warm"] > 10_000
    assert "erasure" in probe["first"]["labels"]
    assert probe["again"] == probe["first"]
