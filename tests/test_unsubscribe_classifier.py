"""The first classifier: unsubscribe or not, in English and French, blind to quotes and to our footer."""

from __future__ import annotations

import pytest

from classifiers import Label, classify
from classifiers.new_text import strip_quotes


def mail(body: str, subject: str = "Re: Hello", headers: str = "", content_type: str = "text/plain") -> bytes:
    return (
        f"From: Jean <jean@client.example>\nTo: reply+t@prospectra.example\nSubject: {subject}\n"
        f"Message-ID: <x@client.example>\nMIME-Version: 1.0\nContent-Type: {content_type}; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n{headers}\n{body}"
    ).encode()


REQUESTS = [
    ("Please unsubscribe me.", "en"),
    ("Remove me from your list", "en"),
    ("Stop emailing me!", "en"),
    ("Don't contact me again.", "en"),
    ("I'm not interested. Take me off your mailing list please.", "en"),
    ("STOP", None),  # too short to tell: the answer goes out in the Sender's language
    ("Merci de me désinscrire.", "fr"),
    ("Je ne souhaite plus recevoir vos emails.", "fr"),
    ("Retirez-moi de votre fichier s'il vous plaît", "fr"),
    ("Merci de ne plus m'envoyer de messages", "fr"),
    ("Je m'oppose à toute prospection commerciale de votre part.", "fr"),
    ("Désinscription", "fr"),
    ("Que ce soit le dernier mail, s'il vous plaît.", "fr"),
    ("I just want these to stop coming, that's all.", "en"),
    ("Ik wil hierover niet langer berichten ontvangen.", "nl"),
    ("Stuur me dit soort mails niet meer.", "nl"),
    ("Schicken Sie mir diese Werbung bitte nicht mehr.", "de"),
    ("Escribo en nombre de mi jefe. No desea recibir más comunicaciones comerciales de su empresa.", "es"),
    (
        "Ejercito mi derecho de oposición al tratamiento de mis datos con fines de mercadotecnia directa.",
        "es",
    ),
    ("Pas intéressé, et retirez-nous de votre liste svp.", "fr"),
    ("Aprovecho para pedirte que no nos sigas escribiendo a esta dirección, es un buzón compartido.", "es"),
    (
        "Hola Tomás, el tema lo lleva Ana.\n\nUn saludo,\nRamón\n\nP.D.: a mí dadme de baja de estos envíos.",
        "es",
    ),
    (
        "Goedendag,\n\nDat loopt prima bij ons.\n\nMet vriendelijke groet,\nKarin\n\nPS: graag geen mails meer naar dit adres.",
        "nl",
    ),
]
NOT_REQUESTS = [
    "Please don't remove me, I like these updates.",
    "Do not unsubscribe me, I was only asking about pricing.",
    "Ne me désinscrivez pas, merci.",
    "Sounds good, call me Tuesday.",
    "Intéressant. Pouvez-vous m'envoyer une brochure ?",
    "To unsubscribe, click here: https://acme.example/u",
    "Unsubscribe:\nhttps://acme.example/u",
    "Si no desea recibir más comunicaciones, haga clic aquí.",
    "No quiero recibir la factura en papel, mejor por correo electrónico.",
    "Stuur me de factuur niet meer per post.",
    # allowed for later, on a condition: nothing asked now
    "If it doesn't fit we'll tell you straight away and you can take us off your list then. Send the pack!",
    "Si ça ne colle pas, je vous le dirai et vous pourrez nous retirer de votre liste à ce moment-là.",
    "Wenn es für uns nicht passt, sage ich Bescheid, und dann können Sie uns austragen.",
    "Als het niet bevalt, laat ik het weten en dan kunnen jullie ons wat mij betreft van de lijst halen.",
    "Je me désinscrirai peut-être plus tard si vos mails deviennent trop génériques. Vos tarifs ?",
]


@pytest.mark.parametrize(("body", "language"), REQUESTS)
def test_requests_are_unsubscribe(body, language):
    result = classify(mail(body))
    assert result.labels == [Label.UNSUBSCRIBE], result
    assert result.language == language
    assert result.evidence


@pytest.mark.parametrize("body", NOT_REQUESTS)
def test_non_requests_are_not_unsubscribe(body):
    assert Label.UNSUBSCRIBE not in classify(mail(body)).labels


def test_a_reply_subject_that_titles_an_earlier_thread_asks_nothing():
    body = "Yes, that old mailbox is shut down, thanks for sorting it. Could you send the sample report over?"
    assert Label.UNSUBSCRIBE not in classify(mail(body, subject="Re: Unsubscribe info@kestrel-labs")).labels
    assert Label.UNSUBSCRIBE not in classify(mail(body, subject="AW: Abmeldung info@kuehn-fliesen")).labels
    assert (
        Label.UNSUBSCRIBE in classify(mail("We are happy with our supplier.", subject="AW: Austragen")).labels
    )
    assert (
        Label.UNSUBSCRIBE in classify(mail("Nous sommes équipés.", subject="RE: Désinscription svp")).labels
    )


def test_subject_alone_can_ask():
    assert classify(mail("", subject="Unsubscribe")).labels == [Label.UNSUBSCRIBE]
    assert classify(mail("", subject="RE: Désinscription")).labels == [Label.UNSUBSCRIBE]


@pytest.mark.parametrize(
    "quote_header",
    [
        "On Fri, Nov 20, 2026 at 10:00 AM ACME <sales@acme.example> wrote:",
        "Le ven. 20 nov. 2026 à 10:00, ACME <sales@acme.example> a écrit :",
        "-----Original Message-----",
        "-----Message d'origine-----",
    ],
)
def test_unquoted_originals_below_a_quote_header_are_ignored(quote_header):
    body = f"Thanks, let's talk.\n\n{quote_header}\nPlease unsubscribe me\nTo unsubscribe click here"
    assert Label.UNSUBSCRIBE not in classify(mail(body)).labels


def test_outlook_header_block_is_a_quote():
    text = (
        "Ok pour moi.\n\nDe : ACME\nEnvoyé : lundi 2 mars\nÀ : Jean\nObjet : Offre\n\nDésinscrivez-vous ici"
    )
    assert strip_quotes(text) == "Ok pour moi."


def test_html_only_mail_is_read_without_its_blockquote():
    html = "<div>Merci de me retirer de votre liste.</div><blockquote>Se désinscrire</blockquote>"
    assert classify(mail(html, content_type="text/html")).labels == [Label.UNSUBSCRIBE]
    quoted_only = "<div>Bien reçu.</div><blockquote>Please unsubscribe me</blockquote>"
    assert Label.UNSUBSCRIBE not in classify(mail(quoted_only, content_type="text/html")).labels


def test_automatic_mail_is_labelled_and_never_an_unsubscribe():
    result = classify(mail("Unsubscribe me", headers="Auto-Submitted: auto-replied\n"))
    assert result.labels == [Label.AUTO_REPLY] and result.is_automatic
    bounce = classify(
        mail("Delivery failed", headers="", subject="Undelivered Mail Returned to Sender").replace(
            b"From: Jean <jean@client.example>", b"From: MAILER-DAEMON@mx.example"
        )
    )
    assert bounce.labels == [Label.BOUNCE]


@pytest.mark.parametrize("raw", [b"", b"\x00\x01\x02" * 1000, b"not a mail at all", bytes(range(256))])
def test_unreadable_input_is_unknown_and_never_raises(raw):
    result = classify(raw)
    assert result.labels == [Label.UNKNOWN] and "unparseable" in result.signals


@pytest.mark.parametrize(
    "body",
    [
        "If you can, please unsubscribe me and then confirm.",
        "Als dat kan, kunt u mij dan uitschrijven?",
        "Wenn Sie können, dann tragen Sie mich bitte aus Ihrem Verteiler aus.",
        "Si pueden, entonces dennos de baja de la lista.",
        "Se potete, allora cancellatemi dalla vostra lista.",
        "Ik meld me hierbij af voor de nieuwsbrief, ik werk niet meer als inkoper.",
    ],
)
def test_a_polite_condition_is_no_stop_allowed_for_later(body):
    assert Label.UNSUBSCRIBE in classify(mail(body)).labels
