"""Text normalised for matching without changing its length: lower case, no accents, straight apostrophes."""

from __future__ import annotations

import unicodedata

_TABLE_LIMIT = 20_000
_APOSTROPHES = {"’": "'", "‘": "'", "`": "'", "´": "'", "\u00a0": " "}


def _fold(char: str) -> str:
    char = _APOSTROPHES.get(char, char)
    lower = char.lower()
    if len(lower) != 1:
        return char
    base = unicodedata.normalize("NFKD", lower)[0]
    return base if base.isalpha() else lower


class _FoldTable(dict):
    """A `str.translate` table that folds each character the first time it is seen, then remembers it."""

    def __missing__(self, code: int) -> str:
        folded = _fold(chr(code))
        if len(self) < _TABLE_LIMIT:  # hostile text cannot grow the table past this
            self[code] = folded
        return folded


_TABLE = _FoldTable()


def normalise(text: str) -> str:
    """`text` folded for matching; character i of the result stands for character i of `text`."""
    return text.translate(_TABLE)
