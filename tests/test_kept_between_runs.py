"""Tables kept between runs: read back when the source is the same, built again when the file is bad or foreign."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from dataclasses import dataclass

import pytest

from classifiers import kept_between_runs as kept

from servers import REPO


@dataclass(frozen=True)
class Table:
    words: tuple[str, ...]
    anchors: frozenset[str]


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Table:
        self.calls += 1
        return Table(("please", "remove", "me"), frozenset({"remove"}))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _only_file(cache) -> object:
    (path,) = cache.glob("table-*.pickle")
    return path


def test_a_table_is_built_once_then_read_back(cache):
    build = Builder()
    first = kept.kept_between_runs("table", build, Table)
    again = kept.kept_between_runs("table", build, Table)
    assert build.calls == 1
    assert again == first
    assert _only_file(cache).name == f"table-{kept.source_key()}.pickle"


def test_an_older_source_s_table_is_replaced(cache):
    cache.mkdir()
    (cache / "table-0123456789abcdef.pickle").write_bytes(pickle.dumps(Table(("old",), frozenset())))
    build = Builder()
    assert kept.kept_between_runs("table", build, Table).words == ("please", "remove", "me")
    assert build.calls == 1
    assert _only_file(cache).name == f"table-{kept.source_key()}.pickle"


@pytest.mark.parametrize(
    "content",
    [
        b"\x80\x05 not a pickle",
        pickle.dumps(["a list, not a Table"]),
        # A file someone else put there, whose reading would run a command: refused, never run.
        pickle.dumps(type("Payload", (), {"__reduce__": lambda self: (os.system, ("touch PWNED",))})()),
    ],
    ids=["garbage", "other-kind", "foreign-code"],
)
def test_a_bad_or_foreign_file_is_built_over(cache, tmp_path, monkeypatch, content):
    monkeypatch.chdir(tmp_path)
    cache.mkdir()
    (cache / f"table-{kept.source_key()}.pickle").write_bytes(content)
    build = Builder()
    assert kept.kept_between_runs("table", build, Table).words == ("please", "remove", "me")
    assert build.calls == 1
    assert not (tmp_path / "PWNED").exists()
    assert kept.kept_between_runs("table", build, Table) is not None and build.calls == 1  # rewritten


def test_a_cache_that_cannot_be_written_is_passed_over(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    build = Builder()
    assert kept.kept_between_runs("table", build, Table).words == ("please", "remove", "me")
    assert kept.kept_between_runs("table", build, Table).words == ("please", "remove", "me")
    assert build.calls == 2


PROBE = """
import json
from classifiers import rules
calls = []
build = rules._compile_phrase_tables
rules._compile_phrase_tables = lambda: calls.append(1) or build()
compiled = rules.compiled_phrases()
print(json.dumps({"built": len(calls), "phrases": [p.text for p in compiled.phrases],
                  "groups": len(compiled.matchers), "words": sorted(compiled.of_word)[:50]}))
"""


def test_the_phrase_tables_are_read_back_in_the_next_run_as_they_were_built(tmp_path):
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "MAILBOT_CACHE_DIR": str(tmp_path)}

    def run() -> dict:
        done = subprocess.run(
            [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=300, check=True
        )
        return json.loads(done.stdout.splitlines()[-1])

    first, second = run(), run()
    assert (first["built"], second["built"]) == (1, 0)
    assert second == {**first, "built": 0}
    assert len(first["phrases"]) > 1000
