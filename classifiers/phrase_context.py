"""Where a matched phrase stands: negated, asked or only mentioned, quoted, in an impersonal question, or
aimed at the other label's object ("remove my data from your database" is no unsubscribe)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache, wraps
from itertools import pairwise

from classifiers.normalise import normalise
from classifiers.patterns import (
    ABOUT,
    AGREEMENTS,
    AMONG_US,
    ARTICLES,
    ASKING_AFTER,
    ASKING_BEFORE,
    ASKING_VERBS,
    AUTHORITIES,
    CALLS,
    CLIENTELE,
    COMPETITORS,
    CONDITIONS,
    CONFIRMED,
    COULD,
    COUNTED_STOPS,
    DELETING,
    DIRECT_OTHER_OBJECTS,
    DIRECTIVE_WORDS,
    DOMAINS,
    DONE_AUXILIARIES,
    FILES,
    FIRST_PERSON,
    FIRST_PERSON_VERBS,
    FROM_OR_OF,
    FROM_WORDS,
    FUNCTION_MAILBOXES,
    FUTURE_AUXILIARIES,
    GOING_ON,
    HAVING,
    IN_WORDS,
    INVERTED_SUBJECTS,
    KEEPING,
    KEEPING_ME,
    LATER,
    MAIL_WORDS,
    MAILING_LISTS,
    ME_OR_US,
    MEANWHILE,
    MENTIONING,
    MENTIONING_AFTER,
    MESSAGE_WORDS,
    MONTHS,
    MY_RECORD,
    NEGATIONS,
    NOTICE_MISTAKES,
    NOTICE_OWNERS,
    NOTICE_RECIPIENTS,
    OBJECT_PRONOUNS,
    ONE_OTHER_PERSON,
    ONESELF,
    OTHER_OBJECTS,
    OUR_MAILINGS,
    OUR_OR_SEVERAL,
    OUR_OWN,
    OUR_PEOPLE,
    OUR_POSSESSIVES,
    OWN_CONTACT,
    OWN_SYSTEMS,
    PAST_ASKING,
    PAST_ASKING_AFTER_AUXILIARY,
    PERMITTING,
    PLEASE,
    POINTING,
    PORTABLE_FORMATS,
    PROCESSING,
    QUOTES,
    RELAYING,
    REMOVING,
    REPORTED,
    REQUESTS_NAMED,
    RIGHT_KINDS,
    RIGHTS,
    SENDERS,
    SENT_BY_MISTAKE,
    SOMEONE_IN_GENERAL,
    STOPPING,
    STORED_DATA,
    SUPPRESSION_LISTS,
    THEN,
    THIRD_PARTIES,
    THIS_OR_THAT,
    THIS_WORDS,
    TIME_UNITS,
    TOLD_AFTER,
    TOLD_BEFORE,
    TOPICS,
    UNTIL,
    WE_SUBJECTS,
    WILL_ASK,
    WISHING,
    WRITER_ALONE,
    WRITER_SUBJECTS,
    WRITERS_OWN,
    YOU,
    YOU_IN,
    YOU_SUBJECTS,
)
from classifiers.phrases import Phrase

NEGATION_WINDOW = 4
SENTENCE_REACH = 60  # tokens either side of a phrase that its sentence may span
_SENTENCE_ENDS = {".", "!", "?", ";"}
ADDRESSES = frozenset(["address", "adresse", "adresa", "direccion", "indirizzo", "adres"])
_CLAUSE_ENDS = {".", "!", "?", ";", ":", ",", "\n", "\n\n"}
CONTEXT_WINDOW = 4  # words after a phrase that still belong to its object or place
_CLAUSE_BREAKS = _CLAUSE_ENDS | {"-", "–", "—", "(", ")", "/"}
_CONJUNCTIONS = frozenset(
    [
        "and",
        "also",
        "but",
        "then",
        "et",
        "mais",
        "puis",
        "und",
        "aber",
        "sowie",
        "y",
        "pero",
        "e",
        "ma",
        "en",
        "maar",
    ]
)
_UNSUBSCRIBE_WORDS = (
    "unsub",
    "desinscri",
    "desabonn",
    "abmeld",
    "abbestell",
    "austrag",
    "baja",
    "disiscri",
    "desiscri",
    "desuscri",
    "uitschrij",
    "afmeld",
    "opt",
)


# A refusal said before a request is no negation of it: "not interested take me off", "no thanks remove me",
# "pas intéressé arrêtez", "kein Interesse bitte austragen", "no me interesa, bórrenme", "lol no 🙄 remove me".
# One group per kind of right: which group matched tells the kind.
_RIGHT_KIND = re.compile("|".join("(" + "|".join(kind) + ")" for kind in RIGHT_KINDS))


_REFUSED = ("interes", "geinteres", "thank", "thx", "merci", "dank", "gracias", "grazie", "bedankt")


def _refusal(tokens: list[str], index: int) -> bool:
    """True when the negation at `index` is a refusal on its own ("not interested", "no thanks", "no 🙄")."""
    following = tokens[index + 1 : index + 3]
    if following and not any(c.isalnum() for c in following[0]):
        return True  # "no 🙄 ...": nothing for it to negate but an emoji or a mark
    return any(word.startswith(_REFUSED) for word in following)


def _ends_clause(token: str) -> bool:
    """A mark, a line break or a conjunction that ends a clause ("no more mails and delete my data")."""
    return token in _CLAUSE_ENDS or "\n" in token or token in _CONJUNCTIONS


def negated_before(tokens: list[str], start: int) -> bool:
    """True when a negation stands in the few words before `start`, in the same clause ("please don't remove me")."""
    if not _says_any(tokens, NEGATIONS):
        return False
    first = max(0, start - NEGATION_WINDOW)
    for index in range(start - 1, first - 1, -1):
        token = tokens[index]
        # "no more mails and delete my data", "keine Kanzlei :) trag mich aus": another clause begins
        if _ends_clause(token) or (token not in QUOTES and not any(c.isalnum() for c in token)):
            return False
        if token in NEGATIONS and not _refusal(tokens, index):
            return not _in_a_condition(tokens, index)
    return False


CONDITION_REACH = 3  # words between "if" and its negation: "if you don't", "wenn Sie mich nicht"


def _in_a_condition(tokens: list[str], index: int) -> bool:
    """True when the negation at `index` opens a condition, which makes what it negates a demand: "si no me quitan
    de su lista, les denuncio", "if you don't remove me I will report you", "wenn Sie mich nicht austragen"."""
    for token in reversed(tokens[max(0, index - CONDITION_REACH - 1) : index]):
        if token in CONDITIONS:
            return True
        if token in _CLAUSE_ENDS or "\n" in token:
            return False
    return False


_NEGATING_AFTER = frozenset(["nicht", "niet", "nichts", "niets"])  # "löschen Sie vorerst nichts"
_NEW_SUBJECTS = frozenset(["ich", "ik", "wir", "wij", "we"])


def negated_after(tokens: list[str], end: int) -> bool:
    """German and Dutch put the negation after the verb and its object: "löschen Sie meine Daten NICHT",
    "verwijder mijn gegevens dus niet" (but "nicht nur", "niet alleen" do not negate)."""
    if not _says_any(tokens, _NEGATING_AFTER):
        return False
    words = _words_after(tokens, end, NEGATION_WINDOW + 1)  # "löschen Sie die Daten in dieser Zeit nicht"
    for index, word in enumerate(words[:NEGATION_WINDOW]):
        if word in _NEW_SUBJECTS:  # "stop met mailen aub ik werk niet eens op een kantoor": another clause
            return False
        if word in _NEGATING_AFTER:
            return not (index + 1 < len(words) and words[index + 1] in _ONLY)
    return False


# A stop done by mistake is no stop: "Désabonnement par erreur", "unsubscribed by mistake", "me di de baja por
# error", "cancellato per errore" (said after it); "accidentally unsubscribed", "aus Versehen abgemeldet", "per ongeluk
# afgemeld" (the adverb right before it). The writer wants back in.
_BY_MISTAKE_AFTER = (
    *(("by", "mistake"), ("by", "accident"), ("in", "error"), ("par", "erreur"), ("par", "megarde")),
    *(("aus", "versehen"), ("por", "error"), ("por", "equivocacion"), ("per", "errore"), ("per", "sbaglio")),
    *(("per", "ongeluk"), ("per", "vergissing"), ("bij", "vergissing")),
)
_BY_MISTAKE_BEFORE = (
    *(("accidentally",), ("mistakenly",), ("versehentlich",), ("irrtumlich",), ("aus", "versehen")),
    *(("per", "ongeluk"), ("per", "vergissing"), ("bij", "vergissing")),
)

_MISTAKE_WORDS = frozenset(words[-1] for words in (*_BY_MISTAKE_AFTER, *_BY_MISTAKE_BEFORE))


def done_by_mistake(tokens: list[str], start: int, end: int) -> bool:
    """True when the stop at tokens[start:end] is said done by mistake, in the words right after or right before
    it; "remove me, I was added by mistake" and "added by mistake, unsubscribe me" stay stops."""
    if not _says_any(tokens, _MISTAKE_WORDS):
        return False
    if not PLEASE.isdisjoint(_clause_before(tokens, start)) or not ME_OR_US.isdisjoint(
        tokens[start : end + 1]
    ):
        return False  # "por favor denme de baja, por error me inscribieron", "accidentally signed up, unsubscribe me"
    after = _words_after(tokens, end, 2)
    before = tokens[max(0, start - 2) : start]
    return any(tuple(after[: len(words)]) == words for words in _BY_MISTAKE_AFTER) or any(
        tuple(before[-len(words) :]) == words for words in _BY_MISTAKE_BEFORE
    )


# A negation inside a matched span cancels it only when a gap let it in ("haal me niet van de lijst",
# "nehmen Sie uns NICHT aus dem Verteiler"); these do not negate there: "ohne Verzug", "non solo", "not only".
_NOT_NEGATING_INSIDE = frozenset(["sans", "ohne", "senza", "sin", "zonder", "without"])
_ONLY = frozenset(
    [
        "only",
        "just",
        "simply",
        "merely",
        "seulement",
        "uniquement",
        "simplement",
        "juste",
        "nur",
        "bloss",
        "solo",
        "soltanto",
        "solamente",
        "simplemente",
        "semplicemente",
        "alleen",
        "enkel",
        "gewoon",
    ]
)


@cache
def _phrase_words(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact words, word prefixes) written in a phrase: a negation spelled in the phrase itself is meant."""
    exact, prefixes = set(), []
    for word in normalise(text.lstrip("!")).split():
        for option in word.rstrip("?").split("|"):
            if option.endswith("*"):
                prefixes.append(option[:-1])
            elif option and not option.startswith(("~", "@")):
                exact.update([option, *option.replace("'", "' ").split()])
    return frozenset(exact), tuple(prefixes)


def negated_inside(tokens: list[str], start: int, end: int, phrase_text: str) -> bool:
    exact, prefixes = _phrase_words(phrase_text)
    for index in range(start + 1, end):
        token = tokens[index]
        if token not in NEGATIONS or token in _NOT_NEGATING_INSIDE or token in exact:
            continue
        if token.startswith(prefixes) or (index + 1 < len(tokens) and tokens[index + 1] in _ONLY):
            continue
        return not _in_a_condition(tokens, index)
    return False


class TokenTexts(list):
    """The token texts of one text, keeping the sentence bounds and the clause words found so far, and what was
    learnt of the whole text: a phrase's context tests ask them several times."""

    __slots__ = (
        "clauses_before",
        "facts",
        "sentences",
        "subject_end",
        "tests_by_label",
        "vocabulary",
        "why_nothing_asked",
        "words_after",
    )

    def __init__(self, texts: list[str]) -> None:
        super().__init__(texts)
        # the line break after the subject line: the subject is a sentence of its own
        self.subject_end = next((index for index, text in enumerate(texts) if "\n" in text), -1)
        self.sentences: dict[tuple[int, int], tuple[int, int]] = {}
        self.clauses_before: dict[int, list[str]] = {}
        self.words_after: dict[int, list[str]] = {}
        self.facts: dict[str, bool] = {}
        self.vocabulary: frozenset[str] | None = None  # every token text, once a test asks (`_says_any`)
        self.tests_by_label: dict[str, tuple] = {}  # `tests_that_apply`, per label
        # (label, start, end) -> why that span, read as that label, asks nothing (None: it asks)
        self.why_nothing_asked: dict[tuple[str, int, int], str | None] = {}


def _vocabulary(tokens: list[str]) -> frozenset[str] | None:
    """Every token text of the text, gathered once; None for a plain list (as some unit tests pass): read in full."""
    if not isinstance(tokens, TokenTexts):
        return None
    if tokens.vocabulary is None:
        tokens.vocabulary = frozenset(tokens)
    return tokens.vocabulary


def _says_any(tokens: list[str], words: frozenset[str]) -> bool:
    """False when the whole text has none of `words`. A test that cannot find what it looks for without one of
    them then returns at once, unread: most phrases stand in texts with none of the words that make them ask
    nothing."""
    vocabulary = _vocabulary(tokens)
    return vocabulary is None or not vocabulary.isdisjoint(words)


# (label, tokens, start, end) -> True when the phrase at tokens[start:end], read as label, asks nothing
ContextTest = Callable[[str, list[str], int, int], bool]


def context_test(
    *needs: frozenset[str],
    labels: tuple[str, ...] | None = None,
    needs_by_label: Mapping[str, frozenset[str]] | None = None,
) -> Callable[[ContextTest], ContextTest]:
    """Declares when a test of what a phrase asks can find anything: the phrase is read as one of `labels` (any,
    when None; the keys of `needs_by_label` when it is given), and the text holds a word of each of `needs` and of
    `needs_by_label[label]`. `tests_that_apply` reads the declarations once per text and label; a direct call checks
    them first, then reads."""
    if needs_by_label is not None and labels is None:
        labels = tuple(sorted(needs_by_label))

    def declare(test: ContextTest) -> ContextTest:
        @wraps(test)
        def checked(label: str, tokens: list[str], start: int, end: int) -> bool:
            if labels is not None and label not in labels:
                return False
            return _holds_what_it_needs(checked, label, _vocabulary(tokens)) and test(
                label, tokens, start, end
            )

        checked.labels, checked.needs, checked.needs_by_label = labels, needs, needs_by_label or {}
        return checked

    return declare


def _holds_what_it_needs(test: ContextTest, label: str, vocabulary: frozenset[str] | None) -> bool:
    if vocabulary is None:
        return True
    needs = (*test.needs, test.needs_by_label[label]) if label in test.needs_by_label else test.needs
    return all(not vocabulary.isdisjoint(words) for words in needs)


@cache
def _tests_for_label(
    tests: tuple[tuple[str, ContextTest], ...], label: str
) -> tuple[tuple[str, ContextTest], ...]:
    return tuple((name, test) for name, test in tests if test.labels is None or label in test.labels)


def tests_that_apply(
    tests: tuple[tuple[str, ContextTest], ...], label: str, tokens: list[str]
) -> tuple[tuple[str, ContextTest], ...]:
    """Of `tests` (name, test declared by `context_test`), those that can find anything in this text for `label`,
    each as its undecorated body: the declarations are read once per text and label, not once per phrase."""
    known = getattr(tokens, "tests_by_label", None)
    if known is not None and label in known:
        return known[label]
    vocabulary = _vocabulary(tokens)
    found = tuple(
        (name, test.__wrapped__)
        for name, test in _tests_for_label(tests, label)
        if _holds_what_it_needs(test, label, vocabulary)
    )
    if known is not None:
        known[label] = found
    return found


def _sentence(tokens: list[str], start: int, end: int) -> tuple[int, int]:
    """The token range of the sentence around tokens[start:end] (up to . ! ? ; or a blank line), at most
    SENTENCE_REACH tokens either side: text with no stop at all (hostile, or a pasted table) stays linear."""
    known = getattr(tokens, "sentences", None)
    if known is not None and (start, end) in known:
        return known[start, end]
    subject_end = getattr(tokens, "subject_end", -1)
    left, first = start, max(0, start - SENTENCE_REACH)
    while (
        left > first
        and tokens[left - 1] not in _SENTENCE_ENDS
        and "\n\n" not in tokens[left - 1]
        and left - 1 != subject_end
    ):
        left -= 1
    right, last = end, min(len(tokens), end + SENTENCE_REACH)
    while (
        right < last
        and tokens[right] not in _SENTENCE_ENDS
        and "\n\n" not in tokens[right]
        and right != subject_end
    ):
        right += 1
    if known is not None:
        known[start, end] = (left, right)
    return left, right


_QUESTION_MARK = frozenset(["?"])


def impersonal_question(tokens: list[str], start: int, end: int, label: str = "", language: str = "") -> bool:
    """True when the phrase stands in a question that does not speak of the writer ("can users delete data?").
    A stop pointing at what the writer gets is the writer's own ("is there a way to make these stop?")."""
    if not _says_any(tokens, _QUESTION_MARK):
        return False
    left, right = _sentence(tokens, start, end)
    if right >= len(tokens) or tokens[right] != "?":
        return False
    # A colon opens the question: "eine Frage, bevor wir reden: kann man die Daten als CSV exportieren?"
    left = next((index + 1 for index in range(start - 1, left - 1, -1) if tokens[index] == ":"), left)
    if label == "unsubscribe" and not set(tokens[start:end]).isdisjoint(POINTING):
        return False
    words = [token for token in tokens[left:right] if token.strip()]
    pointing = POINTING - {"die"} if language == "de" else POINTING  # German "die Daten" is "the data"
    if any(word in pointing and after in OWN_CONTACT | OUR_MAILINGS for word, after in pairwise(words)):
        return False  # "where did you get this address?", "is there a way to stop these mails?": the writer's own
    sentence = set(tokens[left:right])
    # The writer, in the sentence or in the verb: "¿pueden dejar de escribirme?", "potete smettere di scrivermi?",
    # "¿cómo he acabado en vuestra lista?"
    first_person = FIRST_PERSON - YOU_IN.get(language, frozenset())  # Dutch "je" is "you"
    if not sentence.isdisjoint(first_person) or any(_ENCLITIC_ME.search(word) for word in words):
        return False
    if not FIRST_PERSON_VERBS.isdisjoint(tokens[start:end]):
        return False
    if label == "unsubscribe" and _asked_of_you(sentence) and _names_own_mailboxes(sentence):
        return False  # "pouvez-vous retirer toutes nos adresses de vos listes ?", "can you stop emailing us?"
    # "quand un de nos clients exerce son droit à l'effacement ?": anyone, in the writer's tool
    if not sentence.isdisjoint(OUR_OWN) and not sentence.isdisjoint(SOMEONE_IN_GENERAL):
        return True
    return sentence.isdisjoint(ONE_OTHER_PERSON) or not sentence.isdisjoint(ONESELF)


def _names_own_mailboxes(sentence: set[str]) -> bool:
    """The writer's group ("our", "us") or mailboxes written out ("every @fenwick-tools.example address")."""
    return not sentence.isdisjoint(OUR_OWN) or any("@" in word for word in sentence)


def _asked_of_you(sentence: set[str]) -> bool:
    """A question put to the reader ("can you …", "pouvez-vous …"), not one about what we can do."""
    addressed = not sentence.isdisjoint(YOU_SUBJECTS) or any(word.endswith("-vous") for word in sentence)
    return addressed and sentence.isdisjoint(WE_SUBJECTS)


# A Spanish or Italian infinitive or imperative with the writer's pronoun joined to it ("escribirme", "mándenme",
# "contattarci", "scrivermi"); not "informe", "enorme", "firme".
_ENCLITIC_ME = re.compile(r"(?:[aei]r|[ae]n|[aei]te)(?:me|nos|mi|ci)$")


def rights_notice(tokens: list[str], start: int, end: int) -> bool:
    """True when the phrase stands in a sentence that tells the reader of their rights, as privacy footers do
    ("puede ejercer sus derechos de acceso, rectificación y supresión", "Sie haben das Recht ...")."""
    left, right = _sentence(tokens, start, end)
    words = [token for token in tokens[left:right] if token.strip()]
    names_a_right = _says_any(tokens, RIGHTS)
    if names_a_right and any(word in NOTICE_OWNERS and after in RIGHTS for word, after in pairwise(words)):
        return True
    if not FIRST_PERSON.isdisjoint(words):
        return False
    # "vous disposez d'un droit d'accès et de rectification", "haben Sie das Recht auf Auskunft": the reader's right
    if names_a_right and any(
        word in YOU_SUBJECTS
        and not HAVING.isdisjoint(words[max(0, index - 1) : index + 3])
        and not RIGHTS.isdisjoint(words[index + 1 : index + 6])
        and NEGATIONS.isdisjoint(
            words[index + 1 : index + 5]
        )  # "Sie haben kein Recht, sie zu speichern" asks
        for index, word in enumerate(words)
    ):
        return True
    # "droit d'accès, de rectification et d'effacement": three rights listed, nobody asking
    return len({match.lastindex for match in map(_RIGHT_KIND.match, words) if match}) >= 3


TOLD_WINDOW = 5  # words before a phrase that may tell it as done
_TELLING_WORDS = GOING_ON | _ONLY | TOLD_BEFORE | TOLD_AFTER


def told_of(tokens: list[str], start: int, end: int) -> bool:
    """True when the phrase tells of something done rather than asks it: "I asked to be taken off your list",
    "I was removed from your mailing list", "Afmelden heb ik al gedaan", or complains that mail goes on
    ("continuate a scrivermi")."""
    if not _says_any(tokens, _TELLING_WORDS):
        return False
    if not GOING_ON.isdisjoint(tokens[start:end]):
        return True
    before = _clause_before(tokens, start)[-TOLD_WINDOW:]
    while any(word in _CONJUNCTIONS for word in before):  # "delete my data and mail me no more"
        before = before[before.index(next(w for w in before if w in _CONJUNCTIONS)) + 1 :]
    if _not_only(before):  # "je ne veux pas être simplement « désinscrit »": not enough, as above
        return True
    return any(word in TOLD_BEFORE for word in before) or any(
        word in TOLD_AFTER for word in _words_after(tokens, end, NEGATION_WINDOW)
    )


def names_a_suppression_list(tokens: list[str], start: int, end: int) -> bool:
    """True when the phrase names a suppression list ("liste d'opposition", "Sperrliste"): a stop, unless the
    writer asks another right that speaks of it."""
    return not set(tokens[start:end]).isdisjoint(SUPPRESSION_LISTS)


def stop_for_an_organisation(tokens: list[str], start: int, end: int) -> bool:
    """True for a stop that names no one person ("stop the sending to our domain", "faites cesser ces envois") in
    a mail written for an organisation's people: the remedy its abuse report asks. "Remove our addresses from your
    lists", or "stop writing to me", is still a stop."""
    near = [*tokens[start:end], *_words_after(tokens, end)]
    if not FIRST_PERSON.isdisjoint(near) or any(word.startswith(REMOVING) for word in near):
        return False  # "take our addresses off your lists": a removal, not only the sending stopped
    if not _LISTS.isdisjoint(near):
        return False  # "den de baja de sus listas a todos los miembros del despacho"
    return _speaks_for_an_organisation(tokens)


_LISTS = frozenset(
    ["list", "lists", "liste", "listes", "listen", "lista", "listas", "lijst", "lijsten", "verteiler"]
)
MAILBOXES = (
    3  # functional mailboxes (`FUNCTION_MAILBOXES`) named that make the writer an organisation's voice
)


def _of_the_text(tokens: list[str], fact: Callable[[list[str]], bool]) -> bool:
    """`fact(tokens)`, a fact of the whole text, found once per text: every phrase's tests may ask it."""
    known = getattr(tokens, "facts", None)
    if known is None:
        return fact(tokens)
    if fact.__name__ not in known:
        known[fact.__name__] = fact(tokens)
    return known[fact.__name__]


# Verbs that ask a correction ("corrigez", "please update", "berichtigen Sie", "corrijan", "rettificate", "pas aan"):
# a letter that only says its data are wrong, and asks them frozen meanwhile, asks the restriction (art. 18(1)(a)).
_CORRECTING = (
    *(
        "corrig",
        "rectif",
        "correct",
        "updat",
        "amend",
        "fix",
        "chang",
        "modifi",
        "mettre a jour",
        "mettez a jour",
    ),
    *(
        "berichtig",
        "korrig",
        "aktualis",
        "ander",
        "anpass",
        "corregi",
        "corrij",
        "actualic",
        "actualiz",
        "cambi",
    ),
    *("rettific", "aggiorn", "aanpass", "pas aan", "wijzig", "bijwerk", "verbeter", "rechtzet"),
)


def asks_no_correction(tokens: list[str], start: int, end: int) -> bool:
    """True when the text asks no correction: its data said wrong are then the ground of a restriction asked
    beside them ("les informations sont inexactes ; suspendez-en l'usage d'ici là"), as art. 18(1)(a) has it."""
    return not _of_the_text(tokens, _names_a_correction)


def _names_a_correction(tokens: list[str]) -> bool:
    return any(token.startswith(_CORRECTING) for token in tokens) or "pas aan" in " ".join(tokens)


def _speaks_for_an_organisation(tokens: list[str]) -> bool:
    return _of_the_text(tokens, _names_an_organisation)


def _names_an_organisation(tokens: list[str]) -> bool:
    words = [token for token in tokens if token.strip()]
    # "our staff", "several colleagues"; or "collega's bij ons", "Kollegen bei uns"
    return (
        any(
            (word in OUR_OR_SEVERAL and not OUR_PEOPLE.isdisjoint(words[index + 1 : index + 3]))
            or (word in OUR_PEOPLE and not AMONG_US.isdisjoint(words[index + 1 : index + 4]))
            for index, word in enumerate(words)
        )
        or len({word for word in words if word.split("@")[0] in FUNCTION_MAILBOXES}) >= MAILBOXES
        # its own domain named: "verso il dominio uni-example.example", "to our domain fenwick.example"
        or any(word in DOMAINS and "." in after.strip(".") for word, after in pairwise(words))
        # "oltre 400 caselle istituzionali", "120 Mitarbeiter"
        or any(
            word.isdigit() and int(word) >= MAILBOXES and following in OUR_PEOPLE
            for word, following in pairwise(words)
        )
    )


@context_test(STOPPING, PROCESSING, labels=("unsubscribe",))
def stops_a_processing(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True when a stop is aimed at a processing, not at the mailing: "please stop using my data" asks a
    restriction."""
    if set(tokens[start:end]).isdisjoint(STOPPING):
        return False
    return not set(_words_after(tokens, end, 2)).isdisjoint(PROCESSING)


_MEANWHILE_OR_UNTIL = MEANWHILE | UNTIL


def meanwhile(tokens: list[str], start: int, end: int) -> bool:
    """True when the phrase's sentence says the stop lasts meanwhile or until something is settled ("and don't
    mail me in the meantime", "bis dahin bitte keine Mails", "until that's settled, don't mail me"): part of
    another request, whatever it is."""
    if not _says_any(tokens, _MEANWHILE_OR_UNTIL):
        return False
    left, right = _sentence(tokens, start, end)
    sentence = set(tokens[left:right])
    return not sentence.isdisjoint(MEANWHILE) or not sentence.isdisjoint(UNTIL)


def _not_only(words: list[str]) -> bool:
    """True when `words` say "not only", "pas simplement", "nicht nur", "no solo", "niet alleen"."""
    return any(
        word in _ONLY and any(earlier in NEGATIONS for earlier in words[max(0, index - 2) : index])
        for index, word in enumerate(words)
    )


def _clause_before(tokens: list[str], start: int) -> list[str]:
    """The words of the clause before `start` (spaces left out), back to a punctuation mark or a line break."""
    known = getattr(tokens, "clauses_before", None)
    if known is None:
        return _scan_clause_before(tokens, start)
    if start not in known:
        known[start] = _scan_clause_before(tokens, start)
    return list(known[start])


def _scan_clause_before(tokens: list[str], start: int) -> list[str]:
    return _words_before(tokens, start, _CLAUSE_BREAKS, SENTENCE_REACH)


def _words_before(tokens: list[str], start: int, stops: set[str], limit: int) -> list[str]:
    """Up to `limit` words before `start`, back to one of `stops` or a line break, in text order."""
    words = []
    for token in reversed(tokens[max(0, start - SENTENCE_REACH) : start]):
        if token in stops or "\n" in token or len(words) >= limit:
            break
        if token.strip():
            words.append(token)
    return words[::-1]


WORDS_AFTER_KEPT = 2 * CONTEXT_WINDOW  # the most words after a phrase that a test reads


def _words_after(tokens: list[str], end: int, limit: int = CONTEXT_WINDOW) -> list[str]:
    """Up to `limit` words after `end` in the same clause, stopping at a conjunction ("... and delete my data")."""
    known = getattr(tokens, "words_after", None)
    if known is None or limit > WORDS_AFTER_KEPT:
        return _scan_words_after(tokens, end, limit)
    if end not in known:
        known[end] = _scan_words_after(tokens, end, WORDS_AFTER_KEPT)
    return known[end][:limit]


def _phrase_and_after(tokens: list[str], start: int, end: int, limit: int = CONTEXT_WINDOW) -> list[str]:
    """The words of the phrase at tokens[start:end], then up to `limit` words after it in its clause."""
    return [token for token in tokens[start:end] if token.strip()] + _words_after(tokens, end, limit)


def _scan_words_after(tokens: list[str], end: int, limit: int) -> list[str]:
    words = []
    for index in range(end, len(tokens)):
        token = tokens[index]
        if _ends_clause(token) or token in _CLAUSE_BREAKS or len(words) >= limit:
            break
        if token.strip():
            words.append(token)
    return words


def is_bare_word(phrase: Phrase, token: str) -> bool:
    """A one-word unsubscribe phrase ("unsubscribe", "désinscription", "Abmelden") that does not name the writer
    itself ("désinscrivez-moi", "cancellami" ask by themselves)."""
    return (
        phrase.label == "unsubscribe"
        and phrase.language != "xx"
        and len(phrase.pattern) == 1
        and not phrase.self_negated
        and not token.endswith(("moi", "mi", "me", "ci", "nos", "nous"))
    )


def asked(tokens: list[str], start: int, end: int) -> bool:
    """True when a bare unsubscribe word stands as a request: at the start of its clause ("Abmelden.",
    "Bonjour, désinscription SVP"), after words that ask ("merci de me désinscrire", "graag uitschrijven"), or
    before "me"/"please"; not when quoted, done already, said of someone else, or a link's name."""
    if (start > 0 and tokens[start - 1] in QUOTES) or tokens[start] in COUNTED_STOPS:
        return False
    after = _words_after(tokens, end, 3)
    if after and after[0] in MENTIONING_AFTER:
        return False
    before = (
        " ".join(_clause_before(tokens, start))
        .replace("s' il vous plait", "svp")
        .replace("s' il te plait", "svp")
    )
    before = before.split()
    if any(word in MENTIONING for word in before):
        return False
    if not CLIENTELE.isdisjoint(
        before
    ):  # "patients keep asking us how to unsubscribe from the reminders": theirs
        return False
    if not before:
        return True
    return any(word in ASKING_BEFORE for word in before) or any(word in ASKING_AFTER for word in after)


def names_a_thread(tokens: list[str], start: int, end: int, subject_end: int) -> bool:
    """True for a bare request word in the subject of a reply that goes on naming a mailbox or a date: "Re:
    Unsubscribe info@kestrel-labs", "AW: Abmeldung info@kuehn-fliesen", "Re: Afmelding webinar 12 juni" title an
    earlier thread, which the reply below (the caller checks there is one) is about. ("Re: STOP", "Re: Abmeldung
    Newsletter", "Re: Désinscription svp" ask.)"""
    others = [token for token in tokens[:start] + tokens[end:subject_end] if any(c.isalnum() for c in token)]
    if any(word in ASKING_BEFORE or word in ASKING_AFTER for word in others):
        return False
    if not CONFIRMED.isdisjoint(others):
        return True  # "Re: Abmeldung bestätigt", "Re: Unsubscribe confirmed": our confirmation's thread
    # a mailbox, a date, a number
    return any("@" in word or any(c.isdigit() for c in word) for word in others)


# A reply that says it answers an old thread, or asks the reader to mind not its subject: "je vous réponds sur ce
# vieux fil", "nicht wundern über den Betreff, ich antworte auf einen alten Verlauf", "ignori l'oggetto".
# Whole words only: "mijn oude mailadres", "alte Mailadresse" name an address, not a thread.
_OLD_THREAD = (
    *("old thread", "earlier thread", "old email thread", "ignore the subject", "disregard the subject"),
    *(
        "mind the subject",
        "vieux fil",
        "ancien fil",
        "vieux mail",
        "ancien mail",
        "vieux message",
        "ancien message",
    ),
    *("ignorez l' objet", "attention a l' objet", "attention au sujet", "alten verlauf", "alten thread"),
    *("alte mail", "alten mail", "alte e-mail", "alten e-mail", "uber den betreff", "betreff ignorieren"),
    *("hilo antiguo", "hilo viejo", "correo antiguo", "correo viejo", "ignore el asunto", "caso del asunto"),
    *(
        "vecchio thread",
        "vecchia mail",
        "vecchia email",
        "vecchia e-mail",
        "ignori l' oggetto",
        "ignorate l' oggetto",
    ),
    *(
        "oude draad",
        "oude mail",
        "oude e-mail",
        "oud bericht",
        "let niet op het onderwerp",
        "negeer het onderwerp",
    ),
)
# ... or thanks for how that thread's request was handled: "merci pour la rapidité", "danke für die schnelle
# Erledigung im Januar", "thanks for sorting that out".
_THREAD_DONE = (
    *("thanks for sorting", "thank you for sorting", "thanks for taking care", "thank you for taking care"),
    *(
        "merci pour la rapidite",
        "merci pour votre rapidite",
        "merci pour votre reactivite",
        "schnelle erledigung",
    ),
    *("gracias por la rapidez", "gracias por su rapidez", "grazie per la rapidita", "grazie per la celerita"),
    *("snelle afhandeling", "snelle reactie op mijn"),
    # ... or for its confirmation: "merci pour la confirmation rapide", "danke für die Bestätigung"
    *("thanks for the confirmation", "thank you for the confirmation", "thanks for confirming"),
    *("merci pour la confirmation", "merci pour votre confirmation", "danke fur die bestatigung"),
    *("gracias por la confirmacion", "grazie per la conferma", "bedankt voor de bevestiging"),
    # ... or wonders at it: "geen idee waarom het onderwerp zo is geworden"
    *("why the subject", "pourquoi l' objet", "warum der betreff", "por que el asunto", "perche l' oggetto"),
    *("waarom het onderwerp",),
)
OLD_THREAD_WORDS = 60  # a reply says so near its start


def answers_an_old_thread(tokens: list[str], subject_end: int) -> bool:
    """True when the reply below the subject says it answers an old thread, not to mind its subject, or thanks for
    how that thread's request was handled."""
    words = (
        " " + " ".join([token for token in tokens[subject_end:] if token.strip()][:OLD_THREAD_WORDS]) + " "
    )
    return any(f" {marker} " in words for marker in (*_OLD_THREAD, *_THREAD_DONE))


def quoted(tokens: list[str], start: int, end: int) -> bool:
    """True when words stand between quotation marks with nobody asking before them: cited, not asked
    ('Wat doet u als iemand schrijft "verwijder al mijn gegevens"?', not 'please mark my record "do not process"')."""
    if not _says_any(tokens, QUOTES):
        return False
    if len([t for t in tokens[start:end] if t.strip()]) < 2:
        return False
    before = [t for t in tokens[max(0, start - 2) : start] if t.strip()]
    after = [t for t in tokens[end : end + 3] if t.strip()]
    if not (before and before[-1] in QUOTES and any(t in QUOTES for t in after)):
        return False
    clause = _clause_before(tokens, start - 1)
    return not any(word in FIRST_PERSON or word in ASKING_BEFORE for word in clause)


def _stored(word: str) -> bool:
    return word in STORED_DATA or word.startswith(("datenbank", "database", "databank", "persoonsgegevens"))


def _listed(word: str) -> bool:
    return (
        word in MAILING_LISTS
        or word.startswith(("mailing", "verteiler", "newsletter", "mailinglijst"))
        or word.endswith(("verteiler", "mailingliste", "verzendlijst"))  # "Mailverteiler", "E-Mail-Verteiler"
    )


@context_test(labels=("unsubscribe", "erasure"))
def wrong_label(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True when the object or place of a removal belongs to the other label: "remove my data from your
    database" is no unsubscribe, "borren mi dirección de su lista" no erasure."""
    if label == "unsubscribe":
        span = [t for t in tokens[start:end] if t.strip()]
        if any(word.startswith(_UNSUBSCRIBE_WORDS) for word in span):
            return False
        if not any(word.startswith(REMOVING) for word in span):  # "no me envíen información" is no removal
            return False
        deleted = any(word.startswith(DELETING) for word in span)
        context = _phrase_and_after(tokens, start, end)
        return any(_stored(word) or (deleted and word in FILES) for word in context) and not any(
            _listed(word) for word in context
        )
    context = _phrase_and_after(tokens, start, end)  # an erasure
    return any(_listed(word) for word in context) and not any(_stored(word) for word in context)


# The words one of which `other_object` needs, per label: an object of that label's or, for a stop, someone else's
# mailings (`_not_our_mailings`).
_OTHER_OBJECT_WORDS = {
    label: DIRECT_OTHER_OBJECTS.get(label, frozenset())
    | OTHER_OBJECTS.get(label, frozenset())
    | (COMPETITORS | {"chez"} | CALLS if label == "unsubscribe" else frozenset())
    for label in {*DIRECT_OTHER_OBJECTS, *OTHER_OBJECTS}
}


@context_test(needs_by_label=_OTHER_OBJECT_WORDS)
def other_object(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True when the clause of the phrase is about something else one leaves, corrects or deletes (a meeting
    invite, a thread, an invoice, test data) and names neither a mailing list nor the writer's data."""
    direct = DIRECT_OTHER_OBJECTS.get(label, frozenset())
    near = _phrase_and_after(tokens, start, end, 3)
    if any(word in direct for word in near):
        return not any(_listed(word) or _stored(word) for word in near)
    objects = OTHER_OBJECTS.get(label)
    if not objects:
        return False
    words = [
        *_clause_before(tokens, start),
        *tokens[start:end],
        *_words_after(tokens, end, 2 * CONTEXT_WINDOW),
    ]
    words = [word for word in words if word.strip()]
    if label == "unsubscribe" and _not_our_mailings(words):
        return True
    if not any(word in objects for word in words):
        return False
    # "the attendee list", "de lijst met vaste leveranciers": the event's or the buyer's list, not a mailing list
    return not any(
        (_listed(word) and not _list_of(words, index, objects)) or _stored(word)
        for index, word in enumerate(words)
    )


_LIST_OF = frozenset(
    ["of", "met", "van", "des", "de", "der", "von", "di", "dei", "delle", "degli", "del", "du"]
)


def _list_of(words: list[str], index: int, objects: frozenset[str]) -> bool:
    """True when the list at words[index] is one of `objects`: "attendee list", "list of approved vendors"."""
    if index > 0 and words[index - 1] in objects:
        return True
    return (
        index + 1 < len(words)
        and words[index + 1] in _LIST_OF
        and not objects.isdisjoint(words[index + 2 : index + 4])
    )


def _not_our_mailings(words: list[str]) -> bool:
    """Mailings that are someone else's, whatever list they name ("la newsletter d'un de vos concurrents"), or
    calls, when no mail is named ("take me off your phone list", "dejen de llamarme al móvil")."""
    if not COMPETITORS.isdisjoint(words):
        return True
    # "je viens de me désabonner de chez Veillix": at another firm's ("de chez vous" is ours)
    if any(word == "chez" and after not in YOU for word, after in pairwise(words)):
        return True
    return not CALLS.isdisjoint(words) and MAIL_WORDS.isdisjoint(words)


@context_test(NOTICE_MISTAKES, NOTICE_RECIPIENTS | THIS_WORDS)
def confidentiality_notice(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a phrase in a disclaimer's sentence: "If you are not the intended recipient, please notify the
    sender and delete this email", "Si vous n'êtes pas le destinataire, merci de supprimer ce message"."""
    left, right = _sentence(tokens, start, end)
    words = set(tokens[left:right])
    if words.isdisjoint(NOTICE_MISTAKES):
        return False
    if not words.isdisjoint(NOTICE_RECIPIENTS):
        return True
    return _this_message(tokens[left:right])


@context_test(THIS_WORDS, MESSAGE_WORDS, labels=("erasure",))
def deletes_this_message(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a deletion whose object is the message itself ("löschen Sie diese Mail", "delete this email"), as
    disclaimers ask: not the writer's data. "This email address" is the writer's."""
    return _this_message(_phrase_and_after(tokens, start, end, 3))


def _this_message(words: list[str]) -> bool:
    """True when `words` name the message itself: "this email", "ce message", "diese Mail" (no "address" after)."""
    return any(
        word in THIS_WORDS
        and after in MESSAGE_WORDS
        and (index + 2 >= len(words) or words[index + 2] not in ADDRESSES)
        for index, (word, after) in enumerate(pairwise(words))
    )


@context_test(ONE_OTHER_PERSON, SOMEONE_IN_GENERAL)
def someone_in_general(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True when a phrase found through another person's possessive ("la suppression de ses données") stands in
    a sentence about anyone at all: "si un collaborateur demande la suppression de ses données, l'outil
    l'efface-t-il ?" is a question about the product."""
    span = set(tokens[start:end])
    if not span.isdisjoint(FIRST_PERSON):
        return False
    if span.isdisjoint(ONE_OTHER_PERSON) and (start == 0 or tokens[start - 1] not in ONE_OTHER_PERSON):
        return False  # "... la suppression de ses données", "... exerce son droit à l'effacement"
    left, _ = _sentence(tokens, start, end)
    return not set(tokens[left:start]).isdisjoint(SOMEONE_IN_GENERAL)


@context_test(REPORTED | CONDITIONS, labels=("unsubscribe",))
def the_writers_own_doing(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a stop the writer will make, or was told to make, themselves: "my boss told me to unsubscribe
    from every vendor list", "if this turns into a weekly sequence I will unsubscribe", "je me désinscrirai
    peut-être plus tard si vos mails deviennent génériques"."""
    before = _clause_before(tokens, start)
    if not YOU.isdisjoint([*before, *tokens[start:end], *_words_after(tokens, end)]):
        return False  # "I asked you to remove me", "he asked me to get him off your list": asked of us
    if not RELAYING.isdisjoint(before):
        return (
            False  # "me ha pedido que les comunique que no desea que se le siga contactando": relayed to us
        )
    if not WRITERS_OWN.isdisjoint(tokens[start:end]):
        return False  # "I'd be obliged if my name could be taken off": the writer's name, taken off by us
    reported = any(
        word in REPORTED and not OBJECT_PRONOUNS.isdisjoint(before[max(0, index - 2) : index + 3])
        for index, word in enumerate(before)
    )
    if reported:
        return True
    # "if this turns into a weekly sequence I will unsubscribe", not "si possible, je voudrais être désinscrit"
    writer_acts = not WRITER_SUBJECTS.isdisjoint(before[-3:]) or not INVERTED_SUBJECTS.isdisjoint(
        tokens[start:end]  # "meld ik me af", "melde ich mich ab" (not Italian "i", the article)
    )
    if not writer_acts or not WISHING.isdisjoint(before[-4:]):
        return False
    left, right = _sentence(tokens, start, end)
    if not CONDITIONS.isdisjoint(tokens[left:start]):
        return True
    # "je me désinscrirai peut-être plus tard si …": a condition after the stop, with a "maybe" or a "later"
    return not CONDITIONS.isdisjoint(tokens[end:right]) and not LATER.isdisjoint(tokens[left:right])


@context_test(CONDITIONS, THEN, PERMITTING, labels=("unsubscribe", "erasure"))
def allowed_later(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a stop or a deletion allowed for later, on a condition: "if it doesn't fit, we'll tell you and
    you can take us off your list then", "si ça ne colle pas, vous pourrez nous retirer de votre liste à ce
    moment-là", "wenn es nicht passt, dann können Sie uns austragen"."""
    left, right = _sentence(tokens, start, end)
    condition = next((i for i in range(left, start) if tokens[i] in CONDITIONS), None)
    if condition is None or (right < len(tokens) and tokens[right] == "?"):
        return False  # "als dat kan, kunt u mij dan uitschrijven?" asks
    if not PLEASE.isdisjoint(tokens[left:right]):
        return False  # "if you can, please unsubscribe me and then confirm", "dann tragen Sie mich bitte aus"
    # The permission in the clause after the condition's ("wenn Sie können, …" is the condition itself), then.
    clause_end = next((i for i in range(condition + 1, start) if _ends_clause(tokens[i])), None)
    if clause_end is None or THEN.isdisjoint(tokens[condition + 1 : right]):
        return False
    return not PERMITTING.isdisjoint(tokens[clause_end + 1 : start + 1])


_OF = frozenset(["of", "d'", "de", "van", "di", "von", "del", "della"])
_A = frozenset(["a", "an", "un", "une", "een", "uno", "una", "einem", "einer", "eines"])


@context_test(_OF, _A, labels=("post_mortem",))
def a_death_in_general(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a death of someone in general, as among reasons listed: "(moving, illness, the death of a
    partner...)", "overlijden van een partner", "décès d'un conjoint". No one's data to act on."""
    words = [tokens[end - 1], *_words_after(tokens, end, 2)]  # "death of" may end the phrase
    return any(word in _OF and following in _A for word, following in pairwise(words))


_WE_PLURAL_ENDINGS = ("iamo", "amos", "emos", "imos")  # "disdiciamo", "cancelamos": "we", in the verb


@context_test(CONDITIONS, _QUESTION_MARK, labels=("erasure",))
def if_we_left(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a deletion in a question on what would happen if the writer's side did something: "se un giorno
    disdiciamo, come ci restituite i dati e in quanto tempo li cancellate?", "wenn wir eines Tages kündigen, wie
    schnell löschen Sie die Daten?": a question about the product. Not "if you don't mind, could you delete the
    data you hold on us?", nor a question about the writer's own data."""
    left, right = _sentence(tokens, start, end)
    if right >= len(tokens) or tokens[right] != "?":
        return False
    condition = next((index for index in range(left, start) if tokens[index] in CONDITIONS), None)
    if condition is None:
        return False
    clause = _words_after(
        tokens, condition + 1, 2 * CONTEXT_WINDOW
    )  # "un giorno disdiciamo", "wir eines Tages …"
    we_act = (
        not WE_SUBJECTS.isdisjoint(clause)
        or "nous" in clause
        or any(word.endswith(_WE_PLURAL_ENDINGS) for word in clause)
    )
    sentence = set(tokens[left:right])
    return we_act and sentence.isdisjoint(WRITERS_OWN) and sentence.isdisjoint(WRITER_ALONE)


_YOUR = YOU | {"ihrem", "vuestro", "vuestra"}


@context_test(SENDERS, labels=("abuse_report",))
def complaint_to_the_sender(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a complaint the writer lodged with the Sender, our customer, in a sentence that names no authority:
    "he presentado una reclamación ante su cliente", "ich habe bei Ihrem Kunden Beschwerde eingereicht". Their
    dispute with the controller, told beside the right they ask of us; no complaint about our mail."""
    left, right = _sentence(tokens, start, end)
    words = [token for token in tokens[left:right] if token.strip()]
    lodged_with_the_sender = any(
        word in SENDERS and words[index - 1] in _YOUR and _lodged_with(words, index - 1)
        for index, word in enumerate(words)
        if index >= 2
    )
    return lodged_with_the_sender and AUTHORITIES.isdisjoint(words)


# "ante su cliente", "bei Ihrem Kunden", "presso il vostro cliente", "bij uw klant", "with your client", "auprès de
# votre client"; not "investiguen a su cliente", which asks us to look into our customer.
_LODGED_WITH = frozenset(["ante", "bei", "presso", "bij", "with", "to"])


def _lodged_with(words: list[str], index: int) -> bool:
    """True when words[index] (a "your") follows the preposition a complaint is lodged with."""
    before = words[max(0, index - 2) : index]
    return bool(before) and (
        before[-1] in _LODGED_WITH or before[-2:] == ["aupres", "de"] or before[-2:] == ["presso", "il"]
    )


# "we need to be able to delete", "il faut qu'on puisse supprimer", "müssen wir … löschen können", "tenemos que poder
# borrar", "dobbiamo poter cancellare", "moeten we … kunnen verwijderen": the writer's side, and being able to
_WE_MUST = WE_SUBJECTS | frozenset(
    ["on", "nous", "tenemos", "necesitamos", "debemos", "queremos", "dobbiamo", "vogliamo", "abbiamo"]
)
_ABLE = frozenset(["able", "puisse", "puissions", "pouvoir", "konnen", "poder", "poter", "kunnen"])


@context_test(_WE_MUST, _ABLE, labels=("erasure",))
def our_own_ability(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a deletion the writer's side says it must be able to make, a need of their project ("pour notre
    projet il faut qu'on puisse supprimer ces données à la fin du contrat", "wir müssen die Daten am Vertragsende
    löschen können"), told, not asked: not of the writer's or their firm's own data, not of us ("dass Sie … löschen
    können"), with no "please" and no question ("können wir unsere Daten löschen lassen?")."""
    left, right = _sentence(tokens, start, end)
    if right < len(tokens) and tokens[right] == "?":
        return False
    sentence = set(tokens[left:right])
    return (
        not sentence.isdisjoint(_WE_MUST)
        and not sentence.isdisjoint(_ABLE)
        and sentence.isdisjoint(YOU)
        and sentence.isdisjoint(WRITERS_OWN)
        and sentence.isdisjoint(WRITER_ALONE)
        and sentence.isdisjoint(PLEASE)
        # the firm's own data named: "… : supprimez nos données", "unsere Daten löschen" ("our project" is no object)
        and OUR_POSSESSIVES.isdisjoint(
            [*tokens[max(0, start - 2) : start], *_phrase_and_after(tokens, start, end)]
        )
    )


@context_test(IN_WORDS, OUR_POSSESSIVES, OWN_SYSTEMS, labels=("erasure",))
def in_our_own_systems(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a deletion in the writer's own systems ("eliminar los duplicados en nuestra base de datos",
    "we deleted the old contacts in our CRM"): their housekeeping, not an erasure asked of us."""
    words = _phrase_and_after(tokens, start, end)
    if not WRITERS_OWN.isdisjoint(words) or not YOU.isdisjoint(words):
        return False  # "löschen Sie meine Daten in unserem System bei Ihnen"
    return any(
        place in IN_WORDS
        and ours in OUR_POSSESSIVES
        and OWN_SYSTEMS.intersection(words[index + 2 : index + 4])
        for index, (place, ours) in enumerate(pairwise(words))
    )


@context_test(WRITERS_OWN, MY_RECORD, FROM_WORDS | FROM_OR_OF, labels=("erasure",))
def a_field_of_my_record(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a deletion of something out of the writer's record ("supprimez de ma fiche l'ancien numéro",
    "togliete Frigonord dalla mia scheda"): a correction."""
    words = _phrase_and_after(tokens, start, end, 5)
    for index, (word, mine, record) in enumerate(zip(words, words[1:], words[2:], strict=False)):
        if mine not in WRITERS_OWN or record not in MY_RECORD:
            continue
        named_after = index + 3 < len(words) and words[index + 3] in ARTICLES
        if word in FROM_WORDS or (word in FROM_OR_OF and named_after):
            return True
    return False


@context_test(DONE_AUXILIARIES, labels=("erasure",))
def deletion_told_of(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a deletion told of as done or asked about ("have my data actually been deleted?", "ob meine Daten
    tatsächlich gelöscht wurden"): a question of access, not a new erasure."""
    return not DONE_AUXILIARIES.isdisjoint(tokens[start:end])


@context_test(SENT_BY_MISTAKE | OTHER_OBJECTS["erasure"], labels=("erasure",))
def sent_by_mistake(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a deletion in a sentence about something sent by mistake ("ik heb je per ongeluk onze prijslijst
    gestuurd, wil je die verwijderen?"): a mis-sent item, not the writer's data."""
    left, right = _sentence(tokens, start, end)
    if not SENT_BY_MISTAKE.isdisjoint(tokens[left:right]):
        return True
    # "te adjunté por error el Excel de otro proveedor. Bórralo, por favor": "it", the item of the sentence before
    if not _deletes_it(tokens, start, end):
        return False
    # "el PDF que te mandé ayer era el de otro cliente, eliminadlo": "it" is a thing named in the sentence
    if not OTHER_OBJECTS["erasure"].isdisjoint(tokens[left:start]):
        return True
    if left < 2:
        return False
    before_left, _ = _sentence(tokens, left - 2, left - 1)
    return not SENT_BY_MISTAKE.isdisjoint(tokens[before_left:left])


_IT = frozenset(["it", "le", "la", "es", "het", "lo", "them", "les", "sie"])


def _deletes_it(tokens: list[str], start: int, end: int) -> bool:
    """True when the deletion's object is "it": "delete it", "supprimez-le", "bórralo", "cancellalo"."""
    first = tokens[start]
    return (
        (first.endswith(("lo", "la")) and not first.endswith("lla"))  # "bórralo", not "cancella"
        or (end < len(tokens) and tokens[end] in _IT)
        or (start + 1 < end and tokens[start + 1] in _IT)
    )


TIME_REACH = 8  # tokens after a stop, in its sentence, where a month or season limits it


@context_test(TIME_UNITS | MONTHS, labels=("unsubscribe",))
def for_a_time(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a stop limited in time: "no more emails until after 15 July", "no nos manden nada en agosto",
    "bitte keine Mails im Sommer"."""
    _, right = _sentence(tokens, start, end)
    after = tokens[end : min(right, end + TIME_REACH)]
    if any(word in THIS_OR_THAT and unit in TIME_UNITS for word, unit in pairwise(after)):
        return True  # "no me mandes nada ese mes", "pas de mails cette semaine"
    if MONTHS.isdisjoint(after):
        return False
    # "until after 15 July", or a "no mail" phrase ("nada en agosto"); not "I was taken off your list in March"
    return not UNTIL.isdisjoint(after) or not NEGATIONS.isdisjoint(tokens[start:end])


UNTIL_REACH = 8  # words back, in the sentence, where an "until" makes a condition of the phrase


@context_test(UNTIL, labels=("access",))
def condition_of_a_restriction(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for an access phrase that says until when something else holds: "sperren Sie meinen Datensatz, bis
    geklärt ist, woher Sie meine Adresse haben", "gelez mon dossier le temps que vous vérifiiez d'où vient mon
    adresse"."""
    return not UNTIL.isdisjoint(_words_before(tokens, start, _SENTENCE_ENDS | {":"}, UNTIL_REACH))


@context_test(PORTABLE_FORMATS, labels=("access",))
def copy_to_port(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for an access phrase in a sentence that asks for the copy in a reusable format ("send me the data
    you hold about me as CSV"): that sentence is the portability request, not a second request."""
    left, right = _sentence(tokens, start, end)
    return any(token in PORTABLE_FORMATS for token in tokens[left:right])


# "alles, was Sie über mich haben", "everything you hold on me", "tout ce que vous avez sur moi": what is held,
# named as the thing to delete. Read as the object of a deletion, not as a question about it.
_WHAT_IS_HELD = frozenset(
    ["alles", "everything", "all", "whatever", "tout", "todo", "todos", "tutto", "tutti", "alle", "samtliche"]
)


@context_test(_WHAT_IS_HELD, labels=("access",))
def object_of_deletion(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for an access phrase that names what is held as the object of a deletion in the same sentence
    ("löschen Sie alles, was Sie über mich haben"), rather than asking what it is."""
    words = [token for token in tokens[start:end] if token.strip()]
    # "... and delete whatever details you have on me", a deletion joined to the phrase (not "was wisst ihr alles")
    if any(
        word in _WHAT_IS_HELD and words[index - 1].startswith(REMOVING) and words[index - 2] in _CONJUNCTIONS
        for index, word in enumerate(words)
        if index >= 2
    ):
        return True
    before = [token for token in tokens[max(0, start - 3) : start + 1] if token.strip()]
    if not any(token in _WHAT_IS_HELD for token in before):
        return False
    left, right = _sentence(tokens, start, end)
    return any(token.startswith(REMOVING) for token in tokens[left:start] + tokens[end:right])


_PAST_ASKING_WORDS = PAST_ASKING | frozenset(PAST_ASKING_AFTER_AUXILIARY)
_TO_YOU = YOU | {"os"}  # Spanish "os pidió": to you (plural), as Dutch "u" or German "Sie"
# "... and you keep writing", "et vous écrivez toujours": a complaint that mail goes on, not a story
_STILL_MAILED = GOING_ON | {"keep", "keeps", "toujours", "immer", "todavia", "ancora", "steeds"}


@context_test(_PAST_ASKING_WORDS, THIRD_PARTIES, _TO_YOU, labels=("unsubscribe", "erasure"))
def someone_elses_past_request(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a stop or a deletion another person asked of us before, told in passing: "my boss asked your team
    last year to take us off your mailing list", "mon associé vous avait demandé de nous retirer de vos envois",
    "Mein Chef hatte Sie gebeten, uns aus dem Verteiler zu nehmen". Not the writer's own request told through
    another ("my assistant asked you to remove me"), nor one relayed to us now ("my boss asked me to ask you ..."),
    nor a complaint that mail goes on."""
    left, right = _sentence(tokens, start, end)
    if _PAST_ASKING_WORDS.isdisjoint(tokens[left:start]):
        return False
    before = [token for token in tokens[left:start] if token.strip()]
    asked_at = next((i for i in range(len(before) - 1, -1, -1) if _asked_before(before, i)), None)
    if asked_at is None or not _STILL_MAILED.isdisjoint(tokens[left:right]):
        return False
    # "he has asked me to let you know", "m'a demandé", "me ha pedido": a request relayed now
    relayed_to = [*before[max(0, asked_at - 2) : asked_at], *before[asked_at + 1 : asked_at + 2]]
    if not OBJECT_PRONOUNS.isdisjoint(relayed_to):
        return False
    asker = next((i for i in range(asked_at) if before[i] in THIRD_PARTIES), None)
    if asker is None or not WRITER_SUBJECTS.isdisjoint(before[asker:asked_at]):
        return False
    if _TO_YOU.isdisjoint(before[asker:]):
        return False  # asked of us, not of the writer ("my boss asked me to unsubscribe us" is theirs to do)
    return WRITER_ALONE.isdisjoint([*tokens[start:end], *_words_after(tokens, end)])


def _asked_before(words: list[str], index: int) -> bool:
    """True when words[index] is the verb of a request made before ("asked", "a demandé", "hatte gebeten")."""
    word = words[index]
    if word in PAST_ASKING:
        return True
    auxiliaries = PAST_ASKING_AFTER_AUXILIARY.get(word)
    return auxiliaries is not None and not auxiliaries.isdisjoint(words[max(0, index - 3) : index])


_MODALS_AND_FUTURES = frozenset(COULD) | WILL_ASK | FUTURE_AUXILIARIES


@context_test(_MODALS_AND_FUTURES, labels=("unsubscribe", "erasure", "access"))
def could_ask(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a request the writer says they could make, or will make if something happens, which is none made
    now: "our lawyer says we could ask you to delete our details", "wir könnten Sie zur Löschung auffordern",
    "avremmo il diritto di chiedervi la cancellazione", "se non ci convince vi chiederò di toglierci dalla lista"."""
    left, right = _sentence(tokens, start, end)
    if _MODALS_AND_FUTURES.isdisjoint(tokens[left:start]):
        return False
    before = [token for token in tokens[left:start] if token.strip()]
    after = [token for token in tokens[end:right] if token.strip()]
    # a question asks: "Might I ask that my address be left out?"
    asks_a_question = right < len(tokens) and tokens[right] == "?"
    for index, word in enumerate(before):
        if word not in _MODALS_AND_FUTURES:
            continue
        subjects = COULD.get(word)
        if subjects is not None and not asks_a_question:
            # the writer before the modal, "dat we u zouden": "could I ask", "könnten Sie" ask
            said_by_writer = not subjects or not subjects.isdisjoint(before[max(0, index - 2) : index])
            if said_by_writer and not ASKING_VERBS.isdisjoint([*before[index + 1 :], *after[:2]]):
                return True
        asked_after = [*before[index + 1 : index + 5], *tokens[start:end], *after[:2]]
        future_ask = word in WILL_ASK or (
            word in FUTURE_AUXILIARIES and not ASKING_VERBS.isdisjoint(asked_after)
        )
        if future_ask and not CONDITIONS.isdisjoint(before[:index]):
            return True
    return False


@context_test(CLIENTELE, labels=("erasure",))
def clienteles_data(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a deletion of the data of the people the writer's business serves ("supprimer les données d'un
    locataire à sa demande", "borrar los datos de nuestros clientes"): a question about a product, not an erasure
    of the writer's data."""
    words = _phrase_and_after(tokens, start, end)
    return (
        not CLIENTELE.isdisjoint(words) and WRITERS_OWN.isdisjoint(words) and WRITER_ALONE.isdisjoint(words)
    )


@context_test(RIGHTS | REQUESTS_NAMED)
def a_topic(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a right, or the requests people make of it, named as a topic: "a piece about the right to be
    forgotten", "ma thèse sur le droit à l'oubli", "berate ich zum Recht auf Vergessenwerden", "cómo gestionan las
    peticiones de supresión de datos". Not the writer's own right ("I invoke my right to be forgotten")."""
    first = max(0, start - 3)
    named = next((i for i in range(first, end) if tokens[i] in RIGHTS or tokens[i] in REQUESTS_NAMED), None)
    if named is None:
        return False
    words_before = [
        token for token in tokens[max(0, named - 4) : named] if token.strip() and token not in QUOTES
    ]
    words_before = [word for word in words_before if word not in ARTICLES and word not in _ARTICLES_TOO]
    if words_before and (words_before[-1] in WRITERS_OWN or words_before[-1] in OUR_POSSESSIVES):
        return False  # "my right to be forgotten", "notre droit d'opposition"
    if words_before and words_before[-1] in ABOUT:
        return True
    left, right = _sentence(tokens, start, end)
    return not TOPICS.isdisjoint(tokens[left:right])


_ARTICLES_TOO = frozenset(
    ["the", "a", "an", "das", "den", "dem", "der", "die", "des", "du", "del", "al", "dello"]
)


@context_test(labels=("post_mortem",))
def a_death_told_in_passing(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a death the writer tells of in a mail that asks nothing about anyone's data or mail: "my father
    died in February, I'm back now: yes to the demo", "suite au décès de notre fondateur, c'est moi qui ai repris
    la direction". A directive names what is to happen: remove, delete, stop, no more, the data, the mails."""
    return not _of_the_text(tokens, _names_a_directive)


def _names_a_directive(tokens: list[str]) -> bool:
    """True when the text names a removal, a stop, data, mail, an account to close or no one to write to."""
    return any(
        word.startswith(REMOVING)
        or word in STOPPING
        or word in STORED_DATA
        or word in NEGATIONS
        or word in MAIL_WORDS
        or word in DIRECTIVE_WORDS
        for word in tokens
    )


# Spanish and Italian verbs whose bare form is the familiar imperative ("borra mi correo de la lista") and also the
# present of "it", "he" or "you" (formal): after an object pronoun ("me borra", "mi cancella") it tells what happens.
_IMPERATIVE_OR_PRESENT = frozenset(
    [
        "borra",
        "quita",
        "elimina",
        "saca",
        "retira",
        "excluye",
        "suprime",
        "cancella",
        "toglie",
        "rimuove",
        "leva",
        "esclude",
    ]
)
_OBJECT_CLITICS = frozenset(
    ["me", "te", "se", "nos", "le", "lo", "la", "les", "mi", "ti", "si", "ci", "vi", "gli"]
)


@context_test(_IMPERATIVE_OR_PRESENT, _OBJECT_CLITICS)
def what_happens(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a removal told as what happens, not asked: "si pulso Eliminar, me borra también el siguiente de la
    lista" (the program deletes), "il sistema mi cancella dalla lista ogni volta". A condition before makes it a
    polite request again: "si me borra de la lista, se lo agradezco"."""
    if tokens[start] not in _IMPERATIVE_OR_PRESENT or start == 0 or tokens[start - 1] not in _OBJECT_CLITICS:
        return False
    return CONDITIONS.isdisjoint(tokens[max(0, start - 3) : start - 1])


_IS = frozenset(["is", "est", "ist", "es", "e", "è"])


@context_test(ADDRESSES, THIS_WORDS, _IS, labels=("rectification",))
def names_this_mailbox(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a wrong address that is the mailbox written to: "apologies if this is the wrong address, I couldn't
    find a billing contact", not the writer's address we hold."""
    if ADDRESSES.isdisjoint(tokens[start:end]):
        return False
    before = [token for token in tokens[max(0, start - 4) : start] if token.strip()]
    return not THIS_WORDS.isdisjoint(before) and not _IS.isdisjoint(before)


def _me_next(words: list[str], index: int) -> bool:
    """True when words[index] is "me"/"us", or follows a "Sie"/"u" there ("behalten Sie mich"), not "keep mailing me"."""
    if index < len(words) and words[index] in YOU_SUBJECTS:
        index += 1
    return index < len(words) and words[index] in ME_OR_US


@context_test(KEEPING_ME | KEEPING, labels=("unsubscribe",))
def wants_to_stay(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a stop in a mail whose writer asks to stay on the list: "Gardez-moi dans votre liste, ça
    m'intéresse. Pas besoin de relancer d'ici là", "keep me on your list, just no follow-ups this month"."""
    return _of_the_text(tokens, _asks_to_stay)


def _asks_to_stay(tokens: list[str]) -> bool:
    words = [token for token in tokens if token.strip()]
    return any(
        (word in KEEPING_ME or (word in KEEPING and _me_next(words, index + 1)))
        and NEGATIONS.isdisjoint(words[max(0, index - 2) : index])  # "don't keep me on your list"
        and any(_listed(after) for after in words[index + 1 : index + 7])
        for index, word in enumerate(words)
    )


@context_test(AGREEMENTS, labels=("access",))
def asks_for_our_papers(label: str, tokens: list[str], start: int, end: int) -> bool:
    """True for a copy asked of a vendor's papers, not of the writer's data: "a copy of your standard data
    processing agreement", "eine Kopie Ihres AV-Vertrags"."""
    words = _phrase_and_after(tokens, start, end, 6)
    return (
        not AGREEMENTS.isdisjoint(words) and WRITERS_OWN.isdisjoint(words) and WRITER_ALONE.isdisjoint(words)
    )
