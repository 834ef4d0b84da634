"""The rule layer finds exactly what spaCy's Matcher finds for the same phrases, gaps and optional words included."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from spacy.attrs import IDX, LENGTH
from spacy.matcher import Matcher

from classifiers.classify import bare_subject
from classifiers.model import reading
from classifiers.new_text import writer_text
from classifiers.parsing import parse_mail
from classifiers.phrase_context import (
    TokenTexts,
    done_by_mistake,
    impersonal_question,
    negated_after,
    negated_before,
    quoted,
    rights_notice,
)
from classifiers.rules import _ASKS_NOTHING, _GIVES_WAY, _matches, compiled_phrases, read_doc

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


class _EveryWord(frozenset):
    def isdisjoint(self, other) -> bool:
        return False


def test_the_word_gates_of_the_context_tests_change_no_answer(compiled):
    """A context test skips its reading when the text lacks every word it needs (`_says_any`, `context_test`): on
    each phrase found in the training and dev sets, each test answers the same as when the text is taken to hold every
    word."""
    labelled = Path(__file__).parents[1] / "data" / "labelled"
    mails = sorted((labelled / "train").rglob("*.eml")) + sorted((labelled / "dev").rglob("*.eml"))
    with_label = [test for _, test in _ASKS_NOTHING]
    without_label = [test for test, _ in _GIVES_WAY] + [quoted, rights_notice, done_by_mistake]
    said = Counter()
    for path in mails:
        mail = parse_mail(path.read_bytes())
        text, _ = reading(bare_subject(mail.subject), writer_text(mail)[0])
        doc = read_doc(text)
        folded = doc.user_data["folded"]
        texts = [folded[first : first + length] for first, length in doc.to_array([IDX, LENGTH]).tolist()]
        gated, plain = TokenTexts(texts), TokenTexts(texts)
        plain.vocabulary = _EveryWord()
        for index, start, end in _matches(compiled, doc, folded):
            label = compiled.phrases[index].label
            for test in with_label:
                answer = test(label, gated, start, end)
                assert answer == test(label, plain, start, end), (path.name, test.__name__)
                said[test.__name__] += answer
            for test in without_label:
                answer = test(gated, start, end)
                assert answer == test(plain, start, end), (path.name, test.__name__)
                said[test.__name__] += answer
            for test, at in ((negated_before, start), (negated_after, end)):
                answer = test(gated, at)
                assert answer == test(plain, at), (path.name, test.__name__)
                said[test.__name__] += answer
            answer = impersonal_question(gated, start, end, label)
            assert answer == impersonal_question(plain, start, end, label), path.name
            said["impersonal_question"] += answer
    assert all(said.values()), said  # every test, gated or not, says yes somewhere: each gate was passed
