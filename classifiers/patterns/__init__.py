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


_GROUP_AMONG_OPTIONS = re.compile(r"\|\{|\}\|")


def expand(phrase: str) -> list[str]:
    """`{a b|c}` stands for alternatives of several words: one phrase per alternative ("{i am|i'm} a woman").
    A group holds all the options of its place: `a|{b c}` would read as `a|b` then `c`."""
    if _GROUP_AMONG_OPTIONS.search(phrase):
        raise ValueError(
            f"a {{...}} group must hold every option of its place, not stand among them: {phrase!r}"
        )
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
# Verbs that say "I" or "we" by themselves, read only inside a phrase that holds them ("¿cómo he acabado en vuestra
# lista?", "come sono finita nella vostra lista?"): outside one, "he" is English and "sono" may be "they are".
FIRST_PERSON_VERBS = frozenset(
    ["he", "hemos", "sono", "siamo", "ho", "abbiamo", "suis", "sommes", "bin", "ben"]
)
# Words by which a writer speaks of themself: a question without one ("can users delete their data?")
# is about something else than the writer's own data.
FIRST_PERSON = frozenset(
    [
        "i",
        "i'm",
        "im",
        "i've",
        "i'd",
        "i'll",
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
# ... less, in a phrase of a language, the words that say "you" there: "hoe verwijder je de gegevens van een
# medewerker?" asks how anyone deletes anyone's data (Dutch "je"), where French "je" is "I".
YOU_IN = {"nl": frozenset(["je"])}
NEGATIONS = frozenset(en.NEGATIONS | fr.NEGATIONS | de.NEGATIONS | es.NEGATIONS | it.NEGATIONS | nl.NEGATIONS)

# --- Reading a phrase in its context (rules.py) -------------------------------------------------------------------


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The writer and their group as the object of a stop ("unsubscribe me", "retirez-nous"): a stop asked, not told of.
ME_OR_US = _word_set("me moi mich mij us nous uns ons")
# An organisation's functional mailboxes ("en info@, compras@ y rrhh@grupo.example"): one person listing their own
# addresses (john@, j.smith@) is no organisation.
FUNCTION_MAILBOXES = _word_set(
    "info contact contacto contatto kontakt sales ventas vendite verkauf verkoop vente ventes compras achats einkauf "
    "acquisti inkoop purchasing procurement rrhh hr personal personeel admin administration administracion "
    "amministrazione verwaltung office oficina ufficio bureau kantoor support soporte supporto service marketing "
    "accounting compta contabilidad contabilita buchhaltung boekhouding reception empfang recepcion receptie "
    "secretariat secretaria segreteria sekretariat secretariaat team direction direccion direzione"
)
# Someone else's mailings, whatever list they name: "je viens de me désabonner de la newsletter d'un de vos
# concurrents", "me borré de la newsletter de su competencia".
COMPETITORS = _word_set(
    "competitor competitors concurrent concurrents konkurrenz konkurrenten wettbewerber wettbewerbern "
    "competencia competidor competidores concorrente concorrenti concurrentie"
)

# "this address", "cette adresse", "diese Nummer": the writer's own contact, pointed at, in a question that names
# no first person ("Where did you get this address from?") is still about the writer.
POINTING = _word_set(
    "this that these those cette cet ces diese dieser dieses diesen esta este estos estas esa ese "
    "questo questa questi queste quel quella dit deze die"
)
# "these mails", "ces envois", "diese Nachrichten": the mailings the writer gets, pointed at.
OUR_MAILINGS = _word_set(
    "emails e-mails mails messages mailings newsletters courriels envois relances sollicitations "
    "nachrichten zusendungen werbemails correos mensajes envios comunicaciones messaggi comunicazioni "
    "berichten nieuwsbrieven"
)
OWN_CONTACT = _word_set(
    "address addresses email e-mail number name details data adresse mail courriel coordonnees numero nom "
    "e-mail-adresse mailadresse nummer daten direccion correo datos telefono indirizzo nominativo dati "
    "contatto adres e-mailadres mailadres gegevens"
)
# A privacy notice tells the reader of *their* rights ("puede ejercer sus derechos de acceso, rectificación y
# supresión", "you may exercise your rights of access"): a request word in that sentence is no request.
NOTICE_OWNERS = _word_set("your yours vos votre ihre ihren sus vuestros suoi vostri uw jouw")
RIGHTS = _word_set("rights right droits droit recht rechte rechten derechos derecho diritti diritto")
# "vous disposez d'un droit d'accès", "you have the right", "Sie haben das Recht", "u heeft het recht": the reader's
HAVING = _word_set(
    "have has avez disposez beneficiez haben besitzen tiene tienen dispone disponen ha avete disponete heeft hebt"
)
# The rights a privacy footer lists ("droit d'accès, de rectification et d'effacement"), as word starts.
RIGHT_KINDS = (
    ("acces", "auskunft", "inzage", "insight"),
    ("rectif", "rettific", "berichtig", "correct"),
    (
        "effac",
        "erasure",
        "delet",
        "losch",
        "supres",
        "supress",
        "cancellaz",
        "verwijder",
        "oubli",
        "vergessen",
    ),
    ("opposi", "objection", "widerspr", "bezwaar"),
    ("portab", "ubertrag", "overdraag"),
    ("limit", "restrict", "einschrank", "beperk"),
)
# Places and objects that make a removal an erasure ("delete my data from your database") rather than an
# unsubscribe ("remove me from your list"): data words and storage places, as normalised tokens or word starts.
STORED_DATA = _word_set(
    # en
    "data datas personal information info details record records database "
    "databases system systems crm archives servers backups profile "
    # fr
    "donnees donnee coordonnees coordonees informations infos base bases bdd "
    "systeme systemes dossier archive "
    # de
    "daten personendaten kontaktdaten eintrage eintrag angaben informationen datenbank "
    "datenbanken kartei systemen datensatz unterlagen profil "
    # es
    "datos informacion sistema sistemas registros registro archivo archivos fichero "
    "ficheros perfil "
    # it
    "dati informazioni banca archivio archivi sistemi gestionale anagrafica "
    # nl
    "gegevens persoonsgegevens databank bestand bestanden systeem systemen administratie "
    "profiel"
)
# Files that a DELETION from them erases ("supprimez mon adresse de vos fichiers", "aus Ihren Dateien löschen"),
# where a removal ("retirez-moi de vos fichiers") is still a stop.
FILES = _word_set("files fichier fichiers dateien datei adressdatei kundendatei")
DELETING = (
    "delet",
    "eras",
    "wipe",
    "purg",
    "suppr",
    "supr",
    "effac",
    "losch",
    "tilg",
    "borr",
    "elimin",
    "cancell",
    "verwijder",
    "wis",
)
# Where mailings come from: a removal from one of these is an unsubscribe, whatever verb it uses.
MAILING_LISTS = _word_set(
    "list lists mailing mailings mailing-list distribution newsletter newsletters "
    "campaign campaigns sequence sequences cadence drip outreach "
    "liste listes diffusion envoi envois campagne campagnes prospection "
    "verteiler verteilern listen mailingliste kampagne kampagnen aussendung "
    "aussendungen zusendungen newsletter-verteiler "
    "lista listas envios campanas boletin "
    "elenco elenchi invii liste mailng "
    "lijst lijsten mailinglijst mailinglijsten verzendlijst verzendlijsten verzendingen nieuwsbrief"
)
# Things other than our mailings and the writer's stored data that one also leaves, cancels, corrects or deletes:
# "take me off the invite", "remove me from this thread", "correct the invoice", "löschen Sie die Testdaten".
# A removal or correction aimed at one of these asks the desk for nothing (unless a list or data word is there too).
OTHER_OBJECTS = {
    "unsubscribe": _word_set(
        "invite invitation meeting thread whatsapp group chat cc copy loop conversation call teams trial "
        "licence license users seats association paper pdf pdfs attachment attachments "
        "papier papiers postal postaux anhang anhange adjunto adjuntos allegato allegati bijlage bijlagen "
        "papel postales cartaceo cartacea cartacei cartacee papieren "  # "el catálogo en papel", "la versione cartacea"
        "fil copie boucle reunion essai utilisateurs "
        "einladung termin mailverlauf verlauf gruppe kopie testversion lizenz nutzer verein "
        "invitacion hilo grupo copia prueba licencia usuarios asociacion "
        "invitazione riunione conversazione gruppo prova licenza utenti associazione "
        "uitnodiging vergadering groep kopie proefperiode licentie gebruikers vereniging "
        # schemes one opts out of: "we opted out of the company car scheme", "pension plan", "programme"
        "scheme schemes programme program pension regime programme programm programa programma regeling "
        "idea idee "  # "could you take us off the idea of a quarterly rate"
        "rollout roll-out pilot "  # "our finance team opted out of the group-wide ERP rollout"
        "contract contracts contrat contrats vertrag vertrage contrato contratos contratto contratti "  # "dar de baja el contrato"
        # the joke of a stop from a weekday: "if only I could unsubscribe from Mondays", "vom Montag abmelden"
        "monday mondays lundi lundis montag montage montagen montags lunes lunedi maandag maandagen maandagochtend "
        # an event's list: "take my name off the attendee list for this one, I'll watch the recording"
        "attendee attendees participants teilnehmer teilnehmerliste participantes partecipanti deelnemers "
        # an event: "je dois me désinscrire du salon", "ich muss mich vom Webinar abmelden"
        "salon webinar webinaire seminar seminaire seminario evento event conference conferencia conferenza "
        "konferenz congres congreso convegno beurs messe feria fiera workshop atelier kurs cours corso curso "
        # a buyer's list: "we took our old carrier off the list of approved suppliers"
        "suppliers vendors fournisseurs prestataires lieferanten dienstleister proveedores fornitori leveranciers "
    )
    | COMPETITORS,
    "rectification": _word_set(
        "invoice quote quotation order po proof watermark attachment invite invitation "
        "facture devis commande bon epreuve bat filigrane "
        "rechnung angebot bestellung auftrag testdaten wasserzeichen anhang einladung "
        "factura presupuesto pedido prueba roll-up adjunto rectificativa rectificativas "
        "template templates vorlage modele plantilla modello sjabloon "  # "correct that in the template"
        "pdf pdfs "  # "el PDF que te mandé era el de otro cliente, eliminadlo"
        "fattura preventivo ordine ddt bozza filigrana allegato invito "
        "factuur offerte bestelling order proef watermerk bijlage uitnodiging "
        "catalog catalogue catalogus katalog catalogo brochure prospekt folder"
    ),
}
OTHER_OBJECTS["erasure"] = OTHER_OBJECTS["rectification"]
# "Where did you get our catalogue?", "da dove l'ha preso, il nostro catalogo?": a question of sales, not of data.
OTHER_OBJECTS["access"] = _word_set("catalog catalogue catalogus katalog catalogo brochure prospekt folder")
# Objects that make a stop no unsubscribe when they are what is stopped ("stop sending the invoices to my old
# address"), read only in the phrase and the three words after it ("not interested in invoice software" is not).
DIRECT_OTHER_OBJECTS = {
    "unsubscribe": _word_set(
        "invoice invoices facture factures rechnung rechnungen factura facturas fattura fatture factuur facturen "
        "tracking "  # "please stop tracking on van 14, it's being sold"
        "prices pricing tarifs preise precios prezzi prijzen"  # "dont send me enterprise prices"
    )
}
# A confidentiality notice: "if you are not the intended recipient, notify the sender and delete this email".
# Its sentence names a recipient and the mistake (or the sender) at once.
NOTICE_RECIPIENTS = _word_set(
    "recipient addressee destinataire empfanger adressat adressaten destinatario destinataria geadresseerde "
    "ontvanger bestemmeling"
)
# ... or the mistake and the message itself ("si vous avez reçu ce message par erreur, ... supprimez-le").
THIS_WORDS = _word_set("this ce cet cette diese dieses diesen este esta questo questa dit deze")
MESSAGE_WORDS = _word_set(
    "email e-mail mail message courriel nachricht e-mail-nachricht mensaje correo messaggio bericht"
)
# A request in general, of anyone, not of the writer or of one person they act for: "if an employee asks for the
# deletion of his data, does your tool erase it?", "wenn ein Kunde die Löschung seiner Daten verlangt".
SOMEONE_IN_GENERAL = _word_set(
    "if when whenever an any si quand lorsque un une wenn falls sobald ein eine einer einem jemand "
    "cuando alguien qualora quando qualcuno als wanneer iemand"
)
NOTICE_MISTAKES = _word_set(
    "intended sender error mistake erroneously expediteur erreur absender irrtum irrtumlich versehentlich "
    "fehlgeleitet remitente error erroneamente mittente errore erroneamente afzender abusievelijk vergissing"
)
# A copy asked for in a reusable format is the portability request itself, not a second (access) request.
PORTABLE_FORMATS = _word_set(
    "csv json xml excel xlsx machine-readable machine maschinenlesbar maschinenlesbaren maschinenlesbarem "
    "lisible exploitable reutilisable legible reutilizable leggibile riutilizzabile leesbaar herbruikbaar"
)
# The people a writer's business serves, whose data it keeps: "supprimer les données d'un locataire à sa demande",
# "borrar los datos de nuestros clientes": a question of business, not the writer's data.
CLIENTELE = _word_set(  # plurals, and tenants: a lawyer's "cliënte", "Mandant" is the one the letter is for
    "customers clients tenants patients policyholders guests students "
    "locataire locataires patientele assures eleves "
    "kunden mieter mieterin patienten versicherten gaste schuler "
    "clientes inquilinos pacientes asegurados alumnos huespedes "
    "clienti inquilini pazienti assicurati ospiti studenti "
    "klanten huurders verzekerden gasten leerlingen"
)
# The Sender, our customer, as the one a complaint was lodged with ("he presentado una reclamación ante su cliente",
# "ich habe bei Ihrem Kunden Beschwerde eingereicht"): the writer's dispute with the controller, no complaint to us
# or to an authority ...
SENDERS = _word_set(
    "client customer cliente kunde kunden auftraggeber auftraggeberin clienti committente klant opdrachtgever"
)
# ... which these name: "with your client and with the ICO" is a complaint to an authority still.
AUTHORITIES = _word_set(
    "authority ico cnil autorite aepd autoridad agencia garante autorita ap autoriteit datenschutzbehorde "
    "aufsichtsbehorde behorde landesdatenschutzbeauftragten datenschutzbeauftragten edpb gba apd cnpd"
)
# Words by which a writer speaks of one other person they act for ("could you delete his data?", "pouvez-vous
# effacer ses données ?"): such a question is as personal as one in the first person. Not "their" (users').
ONE_OTHER_PERSON = _word_set("his him her son sa ses lui sein seine seinen seiner seinem ihm ihn haar hem")
# ... unless that person acts themself, as in a question about a product ("can an employee delete his own data?").
ONESELF = _word_set(
    "himself herself themselves own lui-meme elle-meme eux-memes selbst selber zelf propre propres"
)
# Words that make what follows a condition, not a request: "freeze my record until you have found out where you
# got my address" asks a restriction, not access.
UNTIL = _word_set("until till pending bis jusqu' tant temps hasta finche totdat zolang")
# Words that say an "unsubscribe" word is a request ("please unsubscribe me", "merci de me désinscrire",
# "ich möchte mich abmelden", "graag uitschrijven"), read in the clause before it ...
ASKING_BEFORE = _word_set(
    "please pls plz kindly want wish like would could can me us "
    "svp merci veuillez veux voudrais souhaite souhaiterais demande pourriez-vous "
    "pouvez-vous m' nous "
    "bitte mochte mochten will wollen um mich uns bitten "
    "favor quiero deseo quisiera solicito pido nos "
    "favore vorrei voglio desidero chiedo prego richiesta mi ci "
    "graag gelieve wil wens verzoek mij ons a.u.b aub "
    "writing write ecris schreibe escribo scrivo schrijf"  # "I am writing to unsubscribe", "je vous écris pour"
)
# ... or in the few words after it ("unsubscribe me", "afmelden a.u.b.", "désinscrivez moi svp").
ASKING_AFTER = _word_set(
    "me us moi nous mich uns mij ons please pls thanks thx svp merci "
    "bitte danke graag a.u.b aub favor favore grazie gracias now asap"
)
# Words that make it a mention rather than a request: something done (by the writer or someone else), a
# link clicked, a third person ("my colleague has unsubscribed", "s'est désinscrit", "hat sich abgemeldet").
MENTIONING = _word_set(
    "has have had was were already did they he she them him her hit "
    "click clicked clicking your the this an "
    "suis est s' se sont ai avons ont il elle ils elles deja etait "
    "cliquer clique votre la le une un ce cette "
    "hat habe hab ist bin sind haben sich er bereits schon geklickt "
    "klicken ihren ihrem ihr die der den eine bloße blosse "
    "ha he han hemos ya su el "
    "ho hanno abbiamo si gia il lo "
    "heeft heb hebben ben zich reeds het uw jullie"
)
# "Freeze my record and don't mail me in the meantime": no mail while another right is dealt with is part of that
# right (a restriction), not a request of its own; read before or after the phrase.
MEANWHILE = _word_set(
    "meantime meanwhile interim attendant dahin inzwischen solange entretanto mientras frattempo intanto "
    "intussen ondertussen"
)
# A suppression list named ("liste d'opposition", "Sperrliste", "exclusion list") is part of an erasure or access
# request that names it ("not just kept on an exclusion list", "what remains: Sperrliste, backups"), else a stop.
SUPPRESSION_LISTS = _word_set(
    "exclusion opposition sperrliste robinsonliste werbesperre blacklist suppression robinson bloctel"
)
# A stop ("please stop", "arrêtez", "smettete") followed by a processing verb stops a processing, not the mailing:
# "please stop using my data" asks a restriction ("nicht mehr für Werbung nutzen" is a stop: no stop word).
STOPPING = _word_set(
    "stop stopping cease quit arretez cessez arreter stoppen stoppt dejen deje parad smettete"
)
PROCESSING = _word_set(
    "using processing sharing selling storing enriching utiliser traiter partager exploiter vendre "
    "verwenden nutzen verarbeiten weitergeben usar utilizar tratar compartir usare utilizzare trattare "
    "condividere gebruiken verwerken delen"
)
# Words that tell of a removal as past or done, in the clause before it ("I was taken off your list", "I asked
# to be removed", "ich wurde bereits ausgetragen", "ya me di de baja") ...
TOLD_BEFORE = _word_set(
    "was were been had already asked requested "
    "ete deja avais avait etais etait ai suis "
    "wurde wurden worden bereits schon hatte habe "
    "ya fui fue sido pedi solicite habia he "
    "gia stato stata ero avevo chiesto "
    "reeds werd heb had gevraagd eerder "  # not "al": "al mijn gegevens" is all of them
    # written in the past to ask it ("mon associé vous a écrit pour nous désinscrire"), not "je vous écris pour"
    "wrote written ecrit escribio escribi escrito scritto scrisse geschrieben schrieb geschreven schreef"
)
# ... or after it ("Afmelden heb ik al gedaan", "abgemeldet habe ich mich schon", "unsubscribed already"), or
# said to be not enough ("me retirer de votre liste ne suffit pas", "taking me off the list is not enough").
TOLD_AFTER = _word_set(
    "already done schon bereits gemacht reeds gedaan gia fatto deja fait hecho "
    "depuis seit sinds "  # "désabonné depuis janvier", "abgemeldet seit März"
    "enough suffit suffisant genug reicht suficiente sufficiente basta genoeg volstaat"
)
# An organisation reporting mail to its people ("several of our staff", "plusieurs agents", "unsere
# Mitarbeitenden", "nuestro dominio", "i nostri dipendenti", "onze medewerkers"): its "stop the sending" is what its
# abuse report asks, not one person's unsubscribe (a removal from lists still is one).
OUR_POSSESSIVES = _word_set(
    "our nos notre unsere unserer unseren unserem unseres nuestro nuestra nuestros nuestras nostro nostra nostri "
    "nostre onze ons"
)
# "Eliminar los duplicados en nuestra base de datos", "clean the old contacts in our CRM": a deletion in the writer's
# own systems is their own housekeeping, not an erasure asked of us.
IN_WORDS = _word_set("in en dans im nel nella nei nelle within")
OWN_SYSTEMS = _word_set(
    "database databases crm system systems erp base bases bdd systeme systemes datenbank datenbanken sistema "
    "sistemi systeem systemen archive archives archief archivio files fichier fichiers dateien bestand bestanden"
)
SEVERAL = _word_set(
    "several many plusieurs nombreux nombreuses mehrere viele varios varias muchos numerosos diversi numerosi "
    "molti meerdere veel"
)
OUR_OR_SEVERAL = OUR_POSSESSIVES | SEVERAL
# "colleagues of us", "Kollegen bei uns", "collega's bij ons"
AMONG_US = _word_set("us nous uns nosotros noi ons")
OUR_PEOPLE = _word_set(
    "staff employees colleagues users mailboxes inboxes domain domains personnel "
    "collaborateurs salaries agents utilisateurs boites domaine domaines "
    "mitarbeiter mitarbeitende mitarbeitenden mitarbeitern kollegen nutzer postfacher domain belegschaft "
    "empleados trabajadores usuarios buzones dominio plantilla personal "
    "dipendenti collaboratori colleghi utenti caselle dominio personale "
    "medewerkers collega's collega collegas gebruikers mailboxen domein personeel "
    "members volunteers teachers membres benevoles enseignants soignants mitglieder ehrenamtliche lehrer "
    "lehrkrafte miembros voluntarios profesores iscritti soci volontari docenti leden vrijwilligers leraren"
)
# A stop the writer will make, or was told to make, themselves is no request to us: "my boss told me to unsubscribe
# from every vendor list", "notre DAF nous a demandé de nous désinscrire", "if this becomes a weekly sequence I will
# unsubscribe", "als dit een reeks blijkt, meld ik me af". Read in the clause before the phrase, with no "you" in it
# ("I asked you to remove me" is a request told of).
REPORTED = _word_set(
    "told asked instructed wants demande dit demandait gebeten gesagt aufgefordert meinte pidio dijo pedido "
    "detto chiesto gevraagd gezegd vroeg zei"
)
# ... unless the writer was asked to pass it on to us: "me ha pedido que les comunique que no desea ...".
RELAYING = _word_set(
    "tell inform communicate comunique comuniquemos informe informemos diga digamos transmita informer "
    "transmettre transmets mitteilen mitzuteilen ausrichten auszurichten weiterzugeben comunicare comunicarvi "
    "comunicarle informarvi informarla riferire doorgeven melden laten"
)
OBJECT_PRONOUNS = _word_set("me us m' nous mich uns mir nos mi ci mij ons")
# Someone else's request to us, told in passing: "my boss asked your team last year to take us off your mailing
# list (and you did)", "mon associé vous avait demandé de nous retirer de vos envois", "la mia collega vi aveva
# chiesto di cancellarla". The person who asked ...
THIRD_PARTIES = _word_set(
    "boss manager colleague predecessor partner associate assistant secretary director ceo owner founder he she "
    "patron patronne chef associe associee collegue predecesseur directeur directrice assistante secretaire gerant "
    "gerante elle "
    "chefin kollege kollegin vorganger vorgangerin geschaftsfuhrer geschaftsfuhrerin partnerin assistentin "
    "sekretarin inhaber inhaberin vorgesetzter vorgesetzte "
    "jefe jefa companero companera socio socia predecesor predecesora directora gerente colega secretaria "
    "asistente "
    "capo collega predecessore direttore direttrice titolare segretaria responsabile "
    "baas compagnon voorganger leidinggevende secretaresse eigenaar vennoot hij"
)
# ... the verb of a request made before (a participle or a simple past; French "demandé" only after its auxiliary,
# being "demande" once normalised) ...
PAST_ASKING = _word_set(
    "asked requested gebeten aufgefordert pidio pidieron solicitaron chiesto richiesto chiese gevraagd verzocht"
)
PAST_ASKING_AFTER_AUXILIARY = {
    "demande": _word_set("a avait avaient ont aurait"),
    "pedido": _word_set("ha habia han habian"),
    "solicitado": _word_set("ha habia han habian"),
}
# ... and the writer's own person, which makes it the writer's request, told: "my assistant asked you to remove me".
WRITER_ALONE = _word_set("me moi m' mich mij mi")
# A request the writer says they could make, or will make if something happens, is none made now: "our lawyer says
# we could ask you to delete our details; we won't", "wir könnten Sie zur Löschung auffordern", "avremmo il diritto
# di chiedervi la cancellazione", "se non ci convince vi chiederò di toglierci dalla lista". The writer's modal ...
COULD = {
    "could": _word_set("we i"),
    "might": _word_set("we i"),
    "pourrions": frozenset(),
    "pourrais": _word_set("je"),
    "konnten": _word_set("wir"),
    "konnte": _word_set("ich"),
    "podriamos": frozenset(),
    "potremmo": frozenset(),
    "potrei": frozenset(),
    "avremmo": frozenset(),
    "zouden": _word_set("we wij"),
    "zou": _word_set("ik"),
}
# ... (its subject next to it, before or after, where the form is also the reader's: "could you", "könnten Sie") ...
ASKING_VERBS = _word_set(
    "ask request demand demander exiger auffordern bitten verlangen pedir pediros pedirles exigir solicitar "
    "chiedere chiedervi chiederle pretendere vragen eisen verzoeken"
)
# ... or its future under a condition ("if", "si", "wenn", "se", "als").
WILL_ASK = _word_set("demanderai demanderons pedire pediremos chiedero chiederemo")
FUTURE_AUXILIARIES = _word_set("will 'll shall werde werden zal zullen")
CONDITIONS = _word_set("if si wenn falls se als indien")
# "Maybe" and "later", which make a stop the writer names a plan of theirs: "I may unsubscribe later if …".
LATER = _word_set(
    "maybe perhaps later peut-etre tard vielleicht spater quizas quiza adelante forse avanti misschien"
)
# "If it doesn't fit, we'll tell you and you can take us off your list then", "als het niet bevalt, dan kunnen
# jullie ons van de lijst halen": a stop allowed for later, on a condition, is no stop asked now: a permission in
# the clause after the condition's, a "then" in the sentence, and no "please" nor question mark.
PERMITTING = _word_set(
    "can may pourrez pouvez konnen konnt durft durfen podeis podreis pueden podran potete potrete kunnen kunt mogen"
)
THEN = _word_set("then alors moment-la ensuite dann danach entonces momento allora punto dan")
PLEASE = _word_set("please pls plz kindly svp stp veuillez bitte graag gelieve favor favore prego aub a.u.b")
WRITER_SUBJECTS = _word_set("i i'll je j' ich yo io ik")
INVERTED_SUBJECTS = _word_set("ich ik")
WISHING = _word_set(
    "want wish like would could should voudrais veux souhaite souhaiterais aimerais prefere mochte mochten "
    "quiero quisiera deseo gustaria vorrei voglio desidero preferirei wil wens zou"
)
WRITERS_OWN = _word_set("my mon ma mes mein meine meinen meiner mi mis mio mia miei mie mijn")
YOU = _word_set(
    "you your vous votre vos sie ihr ihnen ihre ihren usted ustedes su sus voi vi vostro vostra vostri u uw jij jullie"
)
# ... nor is a stop for a time ("no more emails until after 15 July", "no nos manden nada en agosto", "not this
# quarter"): a time-limited decline is a reply. (Not "may"/"mai": also "may I", Italian "mai più"; not "été".)
MONTHS = _word_set(
    "january february march april june july august september october november december "
    "janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre "
    "januar februar marz april juni juli august september oktober november dezember "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
    "januari februari maart april mei juni juli augustus september oktober november december "
    "quarter trimestre quartal kwartaal summer sommer verano estate zomer holidays vacances ferien "
    "vacaciones ferie vakantie"
)
# "Supprimez de ma fiche l'ancien numéro", "remove the old company from my record": something taken out OF the
# writer's record is a correction, not an erasure of it. Read in the phrase and the few words after it.
FROM_WORDS = _word_set("from aus dalla dal dallo dai dalle uit")
# ... where "de", "van" may also be "of" ("suppression de ma fiche", "verwijderen van mijn profiel" erase it): from,
# only when what is taken out is named after the record ("supprimer de ma fiche le numéro").
FROM_OR_OF = _word_set("de du del van")
ARTICLES = _word_set("le la les l' un une el los las het de il lo gli")
MY_RECORD = _word_set(
    "record profile entry account fiche profil dossier compte datensatz eintrag profil konto ficha perfil registro "
    "cuenta scheda profilo anagrafica profiel account"
)
# "Have my data actually been deleted?", "ont-elles été supprimées ?": a deletion told of or asked about, which is
# a question of access, not a new erasure.
# (Not "wurde": folded, it is also "würde".)
DONE_AUXILIARIES = _word_set("been ete sido stati state stata stato")
# In a question, the writers' own as a group ("can you stop emailing us?", "toutes nos adresses", "unsere
# Adressen", "naar ons"): a stop asked for them. Only for stops: "can we delete our users' data?" asks about a tool.
OUR_OWN = OUR_POSSESSIVES | _word_set("us ours nous uns")
YOU_SUBJECTS = _word_set("you vous sie usted ustedes voi lei u jij jullie")
WE_SUBJECTS = _word_set("we wir nosotros nosotras noi wij")
# A stop of calls only ("take me off your phone list, but keep emailing", "dejen de llamarme al móvil") is no stop
# of our mailings, unless mail is named too.
CALLS = _word_set(
    "phone telephone calling calls mobile cold-calling telefonliste anrufliste telefon anrufe anrufen anzurufen "
    "appels appeler telephone telephonique portable llamadas llamada llamarme llamar llamen llamandome "
    "chiamate chiamata chiamarmi chiamare telefonate telefonata bellen telefoon belletjes gebeld"
)
MAIL_WORDS = _word_set(
    "email emails e-mail e-mails mail mails mailing mailings courriel courriels correo correos posta newsletter "
    "mailen mailtjes berichten emailing e-mailing emailen"
)
# "I sent you our price list by mistake, please delete it": a mis-sent item, not the writer's data.
SENT_BY_MISTAKE = _word_set(
    "mistake mistakenly accidentally erreur megarde versehen versehentlich irrtumlich sbaglio errore ongeluk vergissing equivocacion error"
)
# Words in a stop phrase that complain of mail going on ("continuate a scrivermi", "vous continuez à m'écrire"):
# a complaint, which another right asked, or the abuse report it is part of, supersedes, as a removal told of.
GOING_ON = _word_set(
    "continue continues continuing still continuez continuent continuer weiterhin siguen sigue continuan "
    "continua seguis continuate continuano blijven blijft"
)
# A right, or the requests people make of it, named as a topic: "a piece about the right to be forgotten", "ma thèse
# sur le droit à l'oubli", "zum Recht auf Vergessenwerden", "cómo gestionan las peticiones de supresión de datos".
# What names them ...
REQUESTS_NAMED = _word_set(
    "requests demandes anfragen loschanfragen peticiones solicitudes richieste verzoeken"
)
# ... right after a word that makes a topic of it ...
ABOUT = _word_set(
    "about regarding concerning sur concernant uber zum zur sobre acerca sul sulla riguardo over omtrent"
)
# ... or in a sentence about a piece of work or an event (not "article": "under article 17 ...").
TOPICS = _word_set(
    "piece thesis dissertation essay study conference talk panel interview questionnaire survey topic "
    "memoire these enquete colloque conference "
    "masterarbeit bachelorarbeit doktorarbeit konferenz vortrag thema studie umfrage "
    "tesis reportaje congreso conferencia encuesta tema "
    "tesi convegno conferenza questionario "
    "scriptie congres onderzoek enquete"
)
# What a death's directive names besides removals, stops and data: the account or record to close, no one to write
# to them ("schliessen Sie alles", "zorgen dat niemand hem nog benadert"). A death told with none of these asks nothing.
DIRECTIVE_WORDS = _word_set(
    "account accounts compte comptes konto konten cuenta cuentas conto contatto contact contacted kontaktiert "
    "close closed cloturer fermer schliessen afsluiten sluiten cerrar chiudere chiudete "
    "nobody personne niemand nadie nessuno gespeichert stored"
)
# The writer asks to stay on the list: "Gardez-moi dans votre liste", "keep me on your list", "Houd me op de
# mailinglijst", "Tenetemi nella lista". A stop word elsewhere in that mail is no stop ("pas besoin de relancer").
KEEPING = _word_set(
    "keep gardez garder behalten lassen mantengan mantened mantener tenete tenga houd houden laat"
)
KEEPING_ME = _word_set(
    "gardez-moi gardez-nous mantenganme mantenedme mantenme mantengame mantenganos mantenednos tenetemi teneteci "
    "tenermi mantenetemi"
)
# A stop for "this month", "ese mes", "diese Woche": a time-limited decline.
THIS_OR_THAT = _word_set(
    "this that ce cette diesen dieser diese ese esa este esta quel quella questo questa deze die dit"
)
TIME_UNITS = _word_set(
    "month week quarter mois semaine trimestre monat woche quartal mes semana trimestre mese settimana maand week kwartaal"
)
DOMAINS = _word_set("domain domaine domain dominio domein")
# A vendor's papers a buyer asks for: "a copy of your standard data processing agreement", "Ihren AV-Vertrag".
AGREEMENTS = _word_set(
    "agreement agreements addendum dpa terms accord contrat avenant vertrag avv auftragsverarbeitungsvertrag "
    "contrato acuerdo contratto accordo overeenkomst verwerkersovereenkomst"
)
# A subject that says a request was done: "Re: Abmeldung bestätigt", "Re: Désinscription confirmée".
CONFIRMED = _word_set(
    "confirmed confirmation done processed confirmee confirme effectuee bestatigt bestatigung erledigt "
    "confirmada confirmado confermata confermato bevestigd bevestiging"
)
# Counted stops are a topic, never a request: "nous sommes à 2 % de désinscriptions", "how many unsubscribes".
COUNTED_STOPS = _word_set(
    "unsubscribes unsubscriptions opt-outs optouts desinscriptions desabonnements abmeldungen austragungen bajas "
    "disiscrizioni cancellazioni afmeldingen uitschrijvingen"
)
# Nouns that make the word before them a modifier ("your unsubscribe link", "lien de désinscription" aside).
MENTIONING_AFTER = _word_set(
    "link links button page option lien bouton enlace boton pulsante pagina "
    "knop linkje url seite abmeldelink request"
)
QUOTES = frozenset(['"', "'", "«", "»", "„", "“", "”", "‘", "’"])
# Verbs (as word starts) that remove someone or something: their object and place decide between the labels.
REMOVING = tuple(
    sorted(
        _word_set(
            "remov delet eras take drop strike scrub pull get cross exclu retir wipe "
            "suppr supr enlev effac ray radi sort ote oter otez "
            "entfern losch streich nehm trag raus runter tilg "
            "borr elimin quit saq sac excluy "
            "cancel rimuov rimoss togl tolt lev "
            "verwijder haal hal schrap wis gooi"
        )
    )
)
