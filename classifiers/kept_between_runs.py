"""Tables built from the classifier's own source, kept on disk between runs: a cold start reads them, not builds them."""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import spacy

T = TypeVar("T")
SOURCE = (
    Path(__file__).resolve().parent
)  # the classifiers package: a change to any of its files makes new tables
PROTOCOL = 5


def cache_folder() -> Path:
    """$MAILBOT_CACHE_DIR, else $XDG_CACHE_HOME/mailbot, else ~/.cache/mailbot."""
    if os.environ.get("MAILBOT_CACHE_DIR"):
        return Path(os.environ["MAILBOT_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mailbot"


def source_key() -> str:
    """A digest of what the tables are built from: every file of the package, Python's and spaCy's versions."""
    digest = hashlib.sha256(f"{sys.version}\n{spacy.__version__}\n{PROTOCOL}\n".encode())
    for path in sorted(SOURCE.rglob("*.py")):
        digest.update(f"{path.relative_to(SOURCE)}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


class _OnlyThese(pickle.Unpickler):
    """An unpickler that makes no object but of the kept table's own classes: a file put in the cache by someone
    else runs no code of theirs."""

    def __init__(self, file: io.BufferedReader, classes: tuple[type, ...]) -> None:
        super().__init__(file)
        self.allowed = {(cls.__module__, cls.__qualname__): cls for cls in classes}

    def find_class(self, module: str, name: str) -> type:
        if (module, name) not in self.allowed:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a kept table")
        return self.allowed[module, name]


def kept_between_runs(name: str, build: Callable[[], T], kind: type[T], *holds: type) -> T:
    """What `build()` returns (an object of `kind`, holding objects of `holds` and of Python's containers), read
    from the cache when a run of the same source left it there; else built and left there for the next run. A
    cache that cannot be read or written is passed over: the tables are built as if there were none."""
    path = cache_folder() / f"{name}-{source_key()}.pickle"
    try:
        with path.open("rb") as file:
            kept = _OnlyThese(file, (kind, *holds)).load()
        if isinstance(kept, kind):
            return kept
    except Exception:  # none yet, unreadable, or written by other code: built again below
        pass
    built = build()
    _leave(path, built)
    return built


def _leave(path: Path, built: object) -> None:
    """Write `built` to `path` at once (a reader sees the old file or the whole new one), removing older versions."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".writing-", delete=False) as file:
            pickle.dump(built, file, protocol=PROTOCOL)
        os.replace(file.name, path)
        prefix = path.name.rsplit("-", 1)[0]
        for older in path.parent.glob(f"{prefix}-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        pass
