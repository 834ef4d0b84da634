"""Request phrases per language, in a small notation compiled to spaCy Matcher patterns (see phrases.py).

Notation (text is matched lower-cased and without accents): words separated by spaces; `a|b` either word;
`word*` any word starting so; `word?` optional; `~N` up to N other words; `...` up to 3 other words;
a leading `!` marks a phrase that carries its own negation ("ne plus recevoir"), so no negation check;
a trailing `@0.6` gives the phrase a weight below the default 1.0 (weak evidence on its own);
`{a b|c}` is a choice between alternatives of several words (`a|b` alone splits on spaces first).
"""

import re

from classifiers.patterns import de, en, es, fr, it, nl, other

_GROUP = re.compile(r"\{([^{}]*)\}")


def expand(phrase: str) -> list[str]:
    """`{a b|c}` stands for alternatives of several words: one phrase per alternative ("{i am|i'm} a woman")."""
    group = _GROUP.search(phrase)
    if not group:
        return [phrase]
    return [
        expanded
        for option in group.group(1).split("|")
        for expanded in expand(" ".join((phrase[: group.start()] + option + phrase[group.end() :]).split()))
    ]


def _expanded(phrases: dict[str, list[str]]) -> dict[str, list[str]]:
    return {label: [e for phrase in texts for e in expand(phrase)] for label, texts in phrases.items()}


LANGUAGES = {
    "en": _expanded(en.PHRASES),
    "fr": _expanded(fr.PHRASES),
    "de": _expanded(de.PHRASES),
    "es": _expanded(es.PHRASES),
    "it": _expanded(it.PHRASES),
    "nl": _expanded(nl.PHRASES),
    "xx": _expanded(other.PHRASES),
}
# Words by which a writer speaks of themself: a question without one ("can users delete their data?")
# is about something else than the writer's own data.
FIRST_PERSON = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "je",
        "j'",
        "me",
        "m'",
        "moi",
        "mon",
        "ma",
        "mes",
        "ich",
        "mich",
        "mir",
        "mein",
        "meine",
        "meinen",
        "meiner",
        "meines",
        "yo",
        "me",
        "mi",
        "mis",
        "conmigo",
        "io",
        "mi",
        "me",
        "mio",
        "mia",
        "miei",
        "mie",
        "ik",
        "mij",
        "me",
        "mijn",
    ]
)
NEGATIONS = frozenset(en.NEGATIONS | fr.NEGATIONS | de.NEGATIONS | es.NEGATIONS | it.NEGATIONS | nl.NEGATIONS)
