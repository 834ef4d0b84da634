"""Request phrases per language, in a small notation compiled to spaCy Matcher patterns (see phrases.py).

Notation (text is matched lower-cased and without accents): words separated by spaces; `a|b` either word;
`word*` any word starting so; `word?` optional; `~N` up to N other words; `...` up to 3 other words;
a leading `!` marks a phrase that carries its own negation ("ne plus recevoir"), so no negation check;
a trailing `@0.6` gives the phrase a weight below the default 1.0 (weak evidence on its own).
"""

from classifiers.patterns import de, en, es, fr, it, nl, other

LANGUAGES = {
    "en": en.PHRASES,
    "fr": fr.PHRASES,
    "de": de.PHRASES,
    "es": es.PHRASES,
    "it": it.PHRASES,
    "nl": nl.PHRASES,
    "xx": other.PHRASES,
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
