"""One shared blank multi-language spaCy tokenizer: elisions split off, hyphenated words kept whole, fast on lines."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex

from classifiers.long_lived import long_lived

# "m'envoyer" -> "m'" "envoyer", "dell'indirizzo" -> "dell'" "indirizzo"; English "don't" stays whole.
ELISIONS = r"(?:l|d|m|n|j|s|t|c|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|quell|un|nessun)'(?=\w)"


def _splits_hyphenated_words(pattern: str) -> bool:
    probe = compile_infix_regex([pattern])
    return bool(probe.search("e-mail")) and not probe.search("12-3")


def customise_tokenizer(nlp: Language) -> Language:
    """Split elisions off and keep hyphenated words whole: "e-mail", "opt-out", "désinscrivez-moi"."""
    nlp.tokenizer.prefix_search = compile_prefix_regex([ELISIONS, *nlp.Defaults.prefixes]).search
    infixes = [p for p in nlp.Defaults.infixes if not _splits_hyphenated_words(p)]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # spaCy lists "\n", "\t", " " as special cases; once one is hit, nothing more of that text is cached
    # (tokenizer.pyx `_save_cached` skips when `has_special`), so every mail with a line break was tokenized
    # the slow way, word by word: 10x slower. Without them whitespace comes out the same, and is cached.
    nlp.tokenizer.rules = {
        text: tokens for text, tokens in nlp.tokenizer.rules.items() if not any(c.isspace() for c in text)
    }
    return nlp


@lru_cache(maxsize=1)
@long_lived
def tokenizer_pipeline() -> Language:
    """spaCy's blank `xx` pipeline (fast to build; no per-language tokenizer is loaded), customised."""
    return customise_tokenizer(spacy.blank("xx"))
