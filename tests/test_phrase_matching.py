"""The rule layer finds exactly what spaCy's Matcher finds for the same phrases, gaps and optional words included."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from classifiers.rules import _matches, compiled_phrases, read_doc

TEXTS = [
    "Please unsubscribe me.",
    "please please remove me from your mailing list, please remove me now",
    "Merci de bien vouloir me retirer de votre liste de diffusion et de supprimer mes données.",
    "Bitte tragen Sie mich aus Ihrem Verteiler aus und löschen Sie meine Daten.",
    "Por favor, denme de baja de su lista y borren mis datos personales.",
    "Vi prego di cancellarmi dalla vostra lista e di cancellare i miei dati.",
    "Wilt u mij uitschrijven en mijn gegevens verwijderen? Haal me van de lijst.",
    "Stop stop stop emailing me. Do not contact me again, take me off the list.",
    "I want to know what data you hold on me and where you got my address from.",
    "unsubscribe\n\nunsubscribe me unsubscribe me please",
]


@pytest.fixture(scope="module")
def compiled():
    return compiled_phrases()


def test_gapped_phrases_match_as_the_matcher_does(compiled):
    """Every phrase, as one Matcher of its own pattern, finds the same spans in each text as `_matches`."""
    reference = Matcher(read_doc("x").vocab)
    for index, phrase in enumerate(compiled.phrases):
        reference.add(str(index), [phrase.pattern])
    strings = read_doc("x").vocab.strings
    found_any = 0
    for text in TEXTS:
        doc = read_doc(text)
        expected = sorted((int(strings[key]), start, end) for key, start, end in reference(doc))
        assert _matches(compiled, doc, doc.user_data["folded"]) == expected, text
        found_any += bool(expected)
    assert found_any == len(TEXTS)


def test_most_phrases_are_found_without_a_matcher(compiled):
    assert len(compiled.gapped) > 0.8 * len(compiled.phrases)


def test_a_group_standing_among_options_is_refused():
    """`a|{b c}` would read as `a|b` then `c`: the group must hold every option of its place."""
    from classifiers.patterns import expand

    assert expand("keep ~3 {frozen|on hold}") == ["keep ~3 frozen", "keep ~3 on hold"]
    with pytest.raises(ValueError):
        expand("keep ~3 frozen|{on hold}")
