"""Text normalised for matching without changing its length: lower case, no accents, straight apostrophes."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = {"’": "'", "‘": "'", "`": "'", "´": "'", "\u00a0": " "}


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    char = _APOSTROPHES.get(char, char)
    lower = char.lower()
    if len(lower) != 1:
        return char
    base = unicodedata.normalize("NFKD", lower)[0]
    return base if base.isalpha() else lower


def normalise(text: str) -> str:
    """`text` folded for matching; character i of the result stands for character i of `text`."""
    return "".join(_fold(char) for char in text)
