"""The language of the writer's text, by eld (chosen by measurement on short replies: 97 % right, 0.1 s to load)."""

from __future__ import annotations

import re
from functools import lru_cache

from eld import LanguageDetector

_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)  # two letters at least
MAX_CHARACTERS = 160  # the first lines tell the language; more only costs time


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetector()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short or too mixed to tell."""
    text = " ".join((text or "")[: 2 * MAX_CHARACTERS].split())[:MAX_CHARACTERS]
    if not _LETTERS.search(text):
        return None
    try:
        result = _detector().detect(text)
    except Exception:
        return None
    return result.language if result.language and result.is_reliable() else None
