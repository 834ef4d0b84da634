"""Dutch request phrases."""

NEGATIONS = {"niet", "niets", "geen", "nooit", "zonder"}

# Mail words a construction ends on ("niet langer berichten ontvangen").
_NL_MAIL = (
    "mail|mails|mailtje|mailtjes|e-mail|e-mails|email|emails|bericht|berichten|nieuwsbrief|nieuwsbrieven|mailings|"
    "mailing|reclame|aanbiedingen|communicatie|informatie|reclamemails|marketingmails|toezendingen|berichtjes"
)

# The writer, or someone they act for, as the one who wants ("ik wil", "wil ik", "mijn directeur wenst"): not a
# footer's "Wilt u deze nieuwsbrief niet langer ontvangen?".
_NL_WANTERS = "ik|wij|we|hij|zij|directeur|directrice|baas|eigenaar|manager|collega|klant|man|vrouw|partner"
_NL_WANTS = "wil|wilt|willen|wens|wenst|wensen|hoef|hoeft|hoeven|zou|zouden|wilde|wilden|ontvang|ontvangen|krijg|krijgen"
_NL_WANTING = ("!" + _NL_WANTERS + " " + _NL_WANTS, "!" + _NL_WANTS + " ik|wij|we|hij|zij")

PHRASES = {
    "unsubscribe": [
        # the verb last, after a thanks: "ik zou het op prijs stellen als u mij uit de verzendlijst haalt" ("prima als u
        # mij ... haalt voor de zomer" allows it, for a time)
        "prijs|dankbaar|fijn|waarderen|waardeer ~4 als|dat ~1 u|jullie|je ~1 mij|me|ons ~2 uit|van ~1 uw|jullie|je|het|de ~1 bestand|bestanden|adressenbestand|verzendlijst|verzendlijsten|mailinglijst|mailinglijsten|lijst|lijsten ~1 haalt|halen|verwijdert|verwijderen|schrapt|schrappen",
        # "ik verzoek u af te zien van verdere benadering", "ik stel verdere benadering niet op prijs"
        "af ~1 te ~1 zien ~1 van ~3 verdere|iedere|elke|alle|toekomstige|nieuwe ~2 benadering*|contact*|toezending*|berichten|mails|e-mails|mailings|acquisitie|reclame",
        "!verdere|iedere|elke ~2 benadering*|contact*|toezending*|berichten|mails|e-mails|mailings ~3 niet ~1 op ~1 prijs",
        # passive: "dat de praktijk uit uw mailings wordt geschrapt"
        "uit|van ~2 uw|jullie|de|alle ~1 mailings|mailing|verzendingen|campagnes|nieuwsbrief|nieuwsbrieven|mailinglijst*|verzendlijst*|verzendbestand* ~1 wordt|worden ~1 geschrapt|verwijderd|gehaald|afgehaald",
        # "iedere verdere benadering van mij, op welke wijze dan ook, achterwege te laten"
        "verdere|iedere|elke|alle|verder|toekomstige|nieuwe ~2 benadering|benaderingen|contact|contacten|contactpogingen|toezending|toezendingen|berichten|mails|e-mails|mailings|reclame|acquisitie|aanbiedingen ~14 achterwege ~1 te? ~1 laten|laat",
        # broken: "u stuurt mij niet meer deze mails"
        "!stuurt|stuur|sturen|mailt|stuurd ~1 mij|me|ons ~1 niet ~1 meer ~3 mails|mailtjes|e-mails|berichten|deze|dit|reclame|nieuwsbrieven|aanbiedingen|zulke",
        # "ik hoef die mailtjes niet meer", "ik hoef geen mails meer"
        "!hoef|hoeven|hoeft ~3 mails|mailtjes|e-mails|berichten|nieuwsbrieven|nieuwsbrief|reclame|aanbiedingen|mailings ~1 niet ~1 meer",
        "!hoef|hoeven|hoeft ~1 geen ~2 mails|mailtjes|e-mails|berichten|nieuwsbrieven|nieuwsbrief|reclame|aanbiedingen|mailings ~1 meer",
        # "zet me maar uit jullie bestand"
        "zet|haal ~1 me|mij|ons ~1 maar? ~1 uit|van ~2 jullie|uw|je ~1 bestand|bestanden|adressenbestand|klantenbestand|verzendbestand|verzendbestanden|database|lijst|lijsten|mailinglijst|verzendlijst",
        # "dit adres dient uit uw verzendbestanden te worden verwijderd"
        "uit|van ~3 verzendbestand*|verzendlijst*|mailinglijst*|adressenbestand*|mailbestand*|bestand|bestanden ~1 te ~1 worden ~1 verwijderd|geschrapt|gehaald|afgehaald",
        # "reken ons voortaan niet meer mee in jullie mailings", "neem ons niet meer mee"
        "!reken|neem|neemt ~1 me|mij|ons ~2 niet ~1 meer ~1 mee|op ~3 mailings|mailing|verzendlijst|verzendingen|campagnes|campagne|nieuwsbrief|nieuwsbrieven|acties|lijst|lijsten|mailinglijst",
        # "ik ben niet van plan nog iets van jullie te ontvangen"
        "!niet ~1 van ~1 plan ~4 iets|berichten|mails|e-mails|reclame|nieuwsbrieven ~4 ontvangen|krijgen",
        # het adres als onderwerp: "dit adres mag niet meer gebruikt worden voor mailings", "dit adres dient uit al uw verzendlijsten verwijderd te worden"
        "!adres|e-mailadres|mailadres|emailadres|mailbox|postbus|adressen ~6 niet|nooit ~1 meer|langer ~4 gebruikt|benaderd|gemaild|aangeschreven|opgenomen|meegenomen|ingezet ~4 mailings|mailing|reclame|marketing|campagnes|campagne|nieuwsbrieven|nieuwsbrief|aanbiedingen|acquisitie|commerciele|commerciële|verzendingen|promoties|promotie",
        "!adres|e-mailadres|mailadres|emailadres|mailbox|postbus|adressen ~6 geen ~3 mailings|mails|e-mails|berichten|reclame|campagnes|nieuwsbrieven|aanbiedingen|mailtjes ~1 meer ~2 ontvangen|krijgen|toegestuurd|gestuurd",
        "uit|van ~4 verzendlijst|verzendlijsten|mailinglijst|mailinglijsten|lijst|lijsten|bestand|bestanden|mailings|campagnes|nieuwsbrief ~2 verwijderd|geschrapt|gehaald|afgehaald ~1 te ~1 worden",
        # voor een ander: "wilt u hem afmelden", "kunt u haar uitschrijven"
        "u|jullie|je|graag|gelieve|verzoek|verzoeke|wilt|kunt ~3 hem|haar|hen ~3 {afmelden|uitschrijven|af te melden|uit te schrijven}",
        "meld|schrijf ~1 hem|haar ~2 af|uit ,|.|!|aub|a.u.b|svp|graag|alstublieft|alsjeblieft|voor|van|bij",
        # "de toezending van uw berichten naar dit adres te staken"
        "toezending|toezendingen|verzending|verzendingen|zending|zendingen|toesturen|verzenden ~1 van ~2 uw|jullie|de|deze|die|alle|je ~2 berichten|mails|e-mails|nieuwsbrieven|nieuwsbrief|reclame|mailings|aanbiedingen|mailtjes|marketingmails|reclamemails|campagnes|mailing ~6 {te staken|te stoppen|stop te zetten|te beeindigen|staken|stoppen|stopzetten|beeindigen}",
        # "ik verbied u mij nog langer te mailen", "ik verbied elke verdere toezending"
        "verbied|verbieden ~4 elke|iedere|alle|verdere|nog ~2 toezending|toezendingen|mail|mails|e-mails|berichten|reclame|mailings|contact|benadering|nieuwsbrieven|mailen|te",
        # "klaar met die mails", "afgelopen met de mailtjes"
        "klaar|afgelopen|gedaan ~1 met ~2 die|de|deze|jullie|uw|al ~2 mails|mailtjes|e-mails|berichten|reclame|nieuwsbrieven|spam|mailings",
        # "laat dit de laatste mail zijn die ik ontvang", "zorg dat dit het laatste bericht is dat ik krijg"
        "laatste ~1 bericht|mail|e-mail|mailtje|mailing|nieuwsbrief ~3 die|dat ~1 ik|wij|we ~2 ontvang|krijg|ontvangen|krijgen|lees|wil",
        # "mij uitsluiten van alle toekomstige verzendingen"
        "uitsluiten|uit ~1 te ~1 sluiten|uitgesloten ~4 alle|elke|iedere|toekomstige|verdere ~2 verzendingen|verzending|mailings|mailing|campagnes|berichten|mails|e-mails|nieuwsbrieven|communicatie",
        # "ik pas voor verdere mails", "wij passen voor toekomstige aanbiedingen"
        "pas|passen|past ~1 voor ~1 verdere|toekomstige|nieuwe|volgende|meer|verder ~1 mails|e-mails|berichten|mailtjes|mailings|aanbiedingen|nieuwsbrieven|follow-ups|informatie|contact",
        # "stop maar met deze mails", "stop alsjeblieft met mailen"
        "stop|stopt ~2 met ~2 mailen|e-mailen|mailtjes|sturen|berichten|mailings|e-mails|mails|reclame|nieuwsbrie*|versturen|toesturen|benaderen|bellen|spammen|spam",
        # "willen jullie mij handmatig afmelden?", "kunt u ons uitschrijven"
        "u|jullie|je|graag|gelieve|verzoek|verzoeke ~2 mij|me|ons ~2 afmelden|uitschrijven",
        # the unsubscribe link broken: "de afmeldlink werkt niet, ik krijg een foutmelding"
        "!afmeldlink|afmeldknop|uitschrijflink|afmeldlinkje|afmeldpagina|uitschrijfknop|uitschrijflinkje ~4 {werkt niet|doet het niet|werkt niet meer|doet niets|doet niks|geeft een foutmelding|geeft foutmelding|een foutmelding|foutmelding|kapot|geeft een fout|geeft een error|error} @0.8",
        "{link om af te melden|link om uit te schrijven|link onderaan|link onderin} ~4 {werkt niet|doet het niet|werkt niet meer|geeft een foutmelding|foutmelding|kapot|error} @0.8",
        "ophouden|stoppen ~1 met ~1 mailen|e-mailen|mailtjes|sturen|berichten|mailings|e-mails|mails",
        "af ~1 te ~1 melden ~3 voor|van|bij ~3 mailings|mailinglijst|nieuwsbrief|lijst|verzendlijst|campagne|campagnes|berichten|e-mails|mails",
        "van ~2 uw|jullie|de|alle ~1 verzendlijst|verzendlijsten|mailinglijst|mailinglijsten|lijst|lijsten|adressenbestand ~2 te ~1 verwijderen|halen|schrappen|afhalen",
        # a colleague or an address taken off: "haal haar adres (x@y) alsjeblieft uit jullie verzendlijst"
        "haal|haalt|verwijder|verwijdert|schrap|schrapt ~8 uit|van ~1 uw|jullie|je|de|die|deze ~1 verzendlijst|verzendlijsten|mailinglijst|mailinglijsten|nieuwsbrief|mailing|mailings @0.9",
        "haal|haalt|verwijder|verwijdert|schrap|schrapt ~8 uit|van ~1 uw|jullie ~1 lijst|lijsten @0.9",
        "{wil graag|wil|wens|willen graag|willen|wensen|graag|verzoek om|vraag om} ~3 afgemeld|uitgeschreven {worden|te worden} .|,|!|ik|we|wij|aub|svp|alstublieft|alsjeblieft|a.u.b|s.v.p|graag|bedankt|dank|van|voor|want",
        "!niemand ~6 meer ~2 {mailen|e-mailen|benaderen|contacteren|aanschrijven|sturen|te mailen|te benaderen|te contacteren|te sturen} @0.9",
        "!geen ~1 verdere|andere|nieuwe|volgende ~1 e-mails|mails|berichten|mailings|reclame|aanbiedingen|nieuwsbrieven ~3 te? sturen|versturen|toesturen|ontvangen|mailen|krijgen",
        "laat|laten|laatmij ~1 me|mij|ons ~1 met rust|vrede @0.7",
        "genoeg zo .|! @0.7",
        "hou|houd|houdt ~1 toch|nou|nu|eens|maar ~1 op .|! @0.7",
        "kap|kappen|kapt ~1 nou|nu|toch|eens? ~1 met ~2 die|deze|jullie|uw|je|dat|dit ~1 mails|mailtjes|e-mails|berichten|spam|gemail|mailen|mailings @0.9",
        "!hem|haar|hun ~2 niets|niks|geen ~2 meer ~3 {sturen|te sturen|mailen|te mailen|toesturen|toe te sturen}",
        "!mail|mailt|e-mail ~1 mij|me ~3 niet meer",
        "{een keer|1 keer|eenmaal|één keer} is ~1 genoeg @0.8",
        "stop|stopt|stoppen ~1 hier|daar|er ~2 mee",
        "blijven|blijft ~3 mails|e-mails|berichten|mailtjes|mailings ~1 komen|binnenkomen|binnenstromen @0.8",
        "!niet meer ~1 te? schrijven|aanschrijven|bellen|opbellen|lastigvallen|contacteren|benaderen|mailen",
        "!niet langer ~1 te? schrijven|aanschrijven|bellen|lastigvallen",
        "!geen ~4 berichten|mails|e-mails|reclame|nieuwsbrieven|nieuwsbrief|aanbiedingen|mailings ~5 meer ~1 ontvangt|ontvangen|ontvang|krijgt|krijgen|krijg|toegestuurd|sturen",
        "buiten ~3 mailings|mailing|verzendingen|campagnes|lijst|lijsten|mailinglijst|verzendlijst|acties|nieuwsbrief ~2 te? laten|houden",
        "!niet meer ~1 mee ~1 te? nemen",
        "!niet meer ~2 meenemen|opnemen|betrekken|includeren",
        "besparen|bespaar|bespaart ~4 herinneringen|mails|e-mails|berichten|reminders|opvolging|follow-ups|mailtjes",
        "herinneringen|reminders|mails|e-mails|berichten|mailtjes ~5 besparen|bespaar|bespaart",
        "!niet meer te krijgen|ontvangen",
        "ben|zijn ~1 er|het ~2 klaar ~1 mee",
        "ben|zijn ~1 het ~2 zat|beu @0.8",
        "mij|me|ons|hem|haar ~3 {uit te schrijven|af te melden}",
        "mailings|mails|e-mails|berichten|nieuwsbrief|nieuwsbrieven|verzendingen|toezendingen|zendingen|reclame|mailtjes ~2 {stoppen|stopzetten|staken|beeindigen|te stoppen|te staken|stop te zetten}",
        "verzenden|versturen|sturen|mailen|toesturen ~6 {staken|stoppen|stopzetten|beeindigen|te stoppen|te staken|stop te zetten}",
        "haal|haalt|halen ~2 me|mij|ons ~2 eruit|eraf|daaruit|daarvan @0.9",
        "!niet meer ~2 krijgen|ontvangen|gemaild ~1 worden",
        "stoppen met ~2 mailen|e-mailen|sturen|benaderen",
        "adressen|adres|mij|ons|hem|haar|ze ~4 uit ~2 uw|jullie|je|de ~1 verzendlijsten|verzendlijst|mailinglijsten|mailinglijst ~1 te? halen|verwijderen|schrappen",
        "van|uit ~4 lijst|lijsten|mailinglijst|mailinglijsten|verzendlijst|verzendlijsten|reeks|campagnes|campagne|verzendingen|mailings|mailing ~3 halen|af|schrappen|verwijderen|gehaald|weg|afhalen|afhaalt|weghalen|uithalen|schrappen|uitschrijven|afmelden",
        "haal|zet ~2 me|mij|ons ~3 er|daar|eraf|ervan ~3 af|uit|vanaf @0.9",
        # "haal me hier alsjeblieft af" -- not "haal me morgen af" (pick me up)
        "haal|haalt|halen|zet|zetten ~1 me|mij|ons ~1 hiervan|hieruit ~2 af|uit|vanaf|weg @0.9",
        "haal|haalt|halen ~1 me|mij|ons ~1 hier ~1 alsjeblieft|alstublieft|aub|svp|ajb|graag|nu|maar|gewoon? ~1 af|uit ,|.|!|aub|svp|graag|alsjeblieft|alstublieft|ajb|pls|want|ik|en @0.8",
        "schrap|schrappen ~2 mij|me|ons ~4 lijst|lijsten|mailinglijst|verzendlijst|bestand|mailing|mailings|nieuwsbrief|campagne|campagnes|verzendingen",
        "!niet meer op ~3 lijst|verzendlijst|mailinglijst|lijsten",
        "!zet ~4 niet meer",
        "!niet langer ~3 te? mailen|contacteren|benaderen|gebruiken|sturen|e-mailen",
        "!niet meer ~3 te? mailen|mailt|e-mailt|benadert|stuurt|contacteert",
        # "dit adres niet meer gebruiken voor aanbiedingen" -- not a restriction's "niet meer gebruiken, maar niet wissen"
        "!niet meer ~3 te? gebruiken ~3 voor ~3 aanbiedingen|acquisitie|reclame|marketing|mailings|mailing|nieuwsbrie*|campagnes|verkoop*|commerci*|promoti*|direct",
        "!adres|e-mailadres|mailadres|emailadres|nummer|telefoonnummer ~4 niet meer ~3 te? gebruiken",
        "!wil|wens|willen|wensen ~3 uit ~3 mailings|mailing|mailinglijst*|verzendlijst*|nieuwsbrie*|lijst|lijsten|campagnes",
        "!schrijf|mail|stuur|bel ~2 me|mij|ons ~2 niet|niets|niks meer",
        # "stuur me dit soort mails niet meer": the mail named between
        "!stuur|stuurt|mail|mailt ~1 me|mij|ons ~2 mails|mailtjes|e-mails|berichten|reclame|nieuwsbrieven|nieuwsbrief|aanbiedingen|mailings|spam ~1 niet|nooit meer",
        "!schrijf|mail|mailt|stuur|stuurt|bel|belt|contacteer|benader ~2 me|mij|ons ~2 nooit ~1 meer",
        "!dat ik ~4 niet meer ~2 ontvang|krijg|ontvangen|krijgen|binnenkrijg|zie",
        "!geen ~4 meer ~3 mail|mails|e-mail|e-mails|berichten|reclame|nieuwsbrieven|aanbiedingen ~1 ontvangen|krijgen|ontvang|krijg",
        "!niks|niets ~1 meer ~1 sturen|mailen|toesturen|opsturen|sturen|ontvangen",
        "!hoeft|hoeven|hoef ~3 niet meer ~3 mailen|bellen|benaderen|contacteren|sturen|opvolgen|terugkomen|komen|e-mailen @0.8",
        "opvolgen ~2 niet nodig @0.7",
        "wilt|kunt|wil|kun|kunnen|willen ~2 u|jullie|je ~1 hiermee|daarmee|ermee ~1 stoppen|ophouden",
        "kap|kappen ~1 ermee|hiermee|daarmee|nu|aub|a.u.b|svp|graag|!|.",
        "stop|stoppen ermee|hiermee|daarmee",
        ":|!|. stop|stoppen !|. @0.8",
        "uitscrhijv*|uitschijv*|uitschrjv*|uitsschrijv*|uitchrijv*",
        "!stuur|stuurt ~3 niets|niks ~2 meer",
        "!niks|niets meer van ~2 jullie|u",
        "!wil ~3 geen|niks|niets ~4 meer",
        "hou|houd|houdt ~3 op met ~3 mails|mailen|berichten|sturen|e-mails",
        "stoppen met ~3 mailen|sturen|mails|e-mails|berichten|toezenden|toesturen|versturen|verzenden|reclame|benaderen",
        "hiermee|daarmee stoppen @0.7",
        "laat mij|me|ons ~3 buiten",
        "mij|me|ons ~3 overslaan @0.8",
        # "U mag dit adres voortaan overslaan", "sla ons adres in het vervolg maar over"
        "adres|e-mailadres|mailadres|emailadres|mailbox|adressen ~3 overslaan|overslaat|skippen @0.9",
        "sla|slaat|slaan ~3 mij|me|ons|adres|e-mailadres|mailadres|adressen ~3 voortaan|vervolg|vanaf|gerust|rustig|maar|verder|toekomst ~1 over @0.9",
        # "Ik stel het op prijs als dit uw laatste bericht aan mij is geweest", "laat dit jullie laatste mail zijn"
        "dit|deze ~1 uw|jullie|je ~1 laatste ~1 bericht|mail|e-mail|mailtje|mailing|nieuwsbrief @0.8",
        "laat ~1 dit|deze ~1 de|uw|jullie|je ~1 laatste ~1 bericht|mail|e-mail|mailtje|mailing|nieuwsbrief ~1 zijn|geweest @0.8",
        "mij|me|ons ~3 {voortaan|in het vervolg|vanaf nu|gerust} ~1 overslaat|overslaan|overslaan @0.8",
        "uw|jullie|je ~1 laatste ~1 bericht|mail|e-mail|mailtje ~1 aan ~1 mij|ons ~3 zijn|is|was|geweest|blijft @0.8",
        # "Zullen we het hierbij laten?", "laten we het daarbij houden."
        "zullen|laten|kunnen ~1 we|wij ~1 het ~1 hierbij|daarbij ~1 laten|houden ~1 ?|.|!|, @0.8",
        # "haal mij uit jullie bestand", "alle adressen van @x uit uw bestand halen": taken off the mailing file, the
        # person or the addresses named (no data word); deleting data from it stays an erasure
        "mij|me|ons ~2 uit ~1 uw|jullie|je|het ~1 bestand|bestanden|adressenbestand|adresbestand .|!|?|alsjeblieft|alstublieft|aub|svp|graag|a.u.b|s.v.p|ajb|pls @0.9",
        "mij|me|ons ~2 uit ~1 uw|jullie|je|het ~1 bestand|bestanden|adressenbestand|adresbestand ,|en|; ~1 dan|en|want|ik|we|wij|graag|aub|svp|alsjeblieft|alstublieft|bedankt|dank|groet|groeten|het|u|jullie @0.9",
        "alle|onze|deze|de ~1 adressen ~5 uit ~1 uw|jullie|je|het ~1 bestand|bestanden|adressenbestand|adresbestand @0.9",
        "{uitsluiten|uit te sluiten|uitgesloten} ~4 verzendingen|mailings|campagnes|lijst|mail|e-mails",
        "!geen prijs ~2 op ~4 berichten|mails|e-mails|reclame|aanbiedingen",
        "radiostilte @0.8",
        "hoe kom ik van ~4 af @0.8",
        "bezwaar ~10 marketing*|reclame*|verkoop*|acquisitie*|commerciel*",
        "!niet ~2 meer ~3 voor ~2 reclame|marketing|aanbiedingen ~2 te? gebruiken",
        "van ~2 deze|die|jullie|uw lijst ~2 af",
        "mij|me ~2 verwijderen uit ~3 mailinglijst|lijst|bestand|verzendlijst",
        "gelieve mij ~4 te verwijderen",
        "!mail|mailt ~2 mij|me niet meer",
        "haal ~4 van|uit ~3 lijst|campagnes|bestand|mailinglijst|reeks|verzendingen|mailings|mailing|nieuwsbrief|verzendlijst|campagne|sequentie|lijsten",
        "!hoor liever niets meer",
        # "ik hoef verder geen mailtjes meer", "we hoeven geen nieuwsbrieven meer, dank je"
        "!hoef|hoeven|hoeft ~2 geen ~2 mails|mailtjes|e-mails|berichten|nieuwsbrieven|nieuwsbrief|mailings|reclame|aanbiedingen|offertes|follow-ups|herinneringen ~1 meer",
        # the passive ask: "graag word ik verwijderd uit al uw verzendlijsten", "wij worden graag uitgeschreven"
        "word|worden|wordt ~3 verwijderd|geschrapt|uitgeschreven|afgemeld|afgehaald|gehaald ~1 uit|van ~3 lijst|lijsten|verzendlijst|verzendlijsten|mailinglijst|mailinglijsten|mailings|mailing|nieuwsbrief|nieuwsbrieven|campagnes|verzendingen",
        "graag|wil|willen|wens|wensen|verzoek|verzoeken|gelieve ~4 verwijderd|geschrapt|uitgeschreven|afgemeld ~1 uit|van|voor ~3 lijst|lijsten|verzendlijst|verzendlijsten|mailinglijst|mailinglijsten|mailings|mailing|nieuwsbrief|nieuwsbrieven|campagnes|verzendingen",
        "genoeg mails|e-mails",
        "!niet ~2 benaderd worden",
        "van uw|jullie lijst ~2 halen",
        "uitschrijven|uitschrijving|afmelden|afmelding|uitgeschreven",
        "schrijf|meld ~2 mij|me ~2 uit|af",
        "verwijder|verwijderen|haal ~3 mij|me ~4 van|uit ~2 uw|de|jullie ~2 lijst|mailinglijst|bestand|verzendlijst",
        "!geen ~3 e-mails|emails|mails|berichten|reclame|nieuwsbrief ~2 meer",
        "!niet meer ~3 mailen|benaderen|contacteren|sturen|ontvangen|e-mailen",
        "!wil ~3 niet meer @0.6",
        "stop ~3 mailen|sturen|benaderen",
        "bezwaar ~6 direct|directe marketing",
        "bezwaar ~6 reclame|marketing",
        "maak ~2 bezwaar ~6 marketing|reclame",
        # indirect: "ontvang dit liever niet meer", "laat maar zitten", "we slaan toekomstige mails over"
        "!liever niet meer",
        # "liever geen mails meer", "ontvang liever geen mails." -- not a time-limited "in de bouwvak liever geen
        # mails, dan is hier niemand"
        "!liever geen ~2 mails|mail|e-mails|berichten|reclame|aanbiedingen|mailtjes|nieuwsbrieven|mailings ~1 meer|van|.|!|hoor|dank|bedankt|ontvangen|krijgen|toegestuurd|gestuurd|sturen|toesturen",
        "laat verder|het|dat|dit|u|jullie? maar zitten ,|.|!|hoor|dus|dank|bedankt @0.8",
        "slaan|sla|slaat ~3 toekomstige|volgende|verdere|komende|nieuwe ~1 mails|e-mails|berichten|aanbiedingen|mailings|mailtjes ~1 over ,|.|!|hoor|dus|dank|bedankt",
        "!graag ~1 geen|gene ~2 mails|mail|e-mails|berichten|reclame ~1 meer",
        "!niet meer ~2 naar ~1 ons|mij|me|dit|deze ~1 adres? ~1 gemaild|gestuurd|verzonden|gemaild",
        "me|mij|ons afmeldt|uitschrijft @0.9",
        "!hoef|hoeven ~3 niets|niks|geen ~3 meer ~2 te? ontvangen|krijgen",
        # "geen mail meer svp", not "niet alleen dat ik geen mail meer krijg"
        "!geen ~1 enkele? ~1 mail|e-mail|bericht|mailtje ~1 meer ,|.|!|svp|aub|a.u.b|graag|alsjeblieft|alstublieft|ajb|naar|sturen|bedankt|dank|pls|hoor|dus|s.v.p|a.j.b",
        "{zo is het genoeg|nu is het genoeg|het is genoeg geweest|genoeg geweest} @0.8",
        # finality in a reply that declines: "wij wensen niet langer door uw organisatie benaderd te worden",
        # "graag geen follow-ups meer.", "verdere mails zijn dus zinloos", "neem nooit meer contact met ons op",
        # "dit adres graag verwijderen uit uw mailinglijst" (not "dit kwartaal niet", "mail me na de zomer")
        "!niet langer|meer ~4 benaderd|gemaild|gecontacteerd|gebeld|lastiggevallen|aangeschreven|gecontacteerd ~1 te? worden @0.9",
        "!geen ~1 follow-ups|follow-up|followups|followup|opvolging|herinneringen|reminders|opvolgmails|nieuwsbrieven|mailings meer ~1 .|!|;|aub|a.u.b|graag|alstublieft|alsjeblieft|svp|s.v.p|dank|bedankt|hoor|nodig|sturen|te @0.75",
        "verdere|nieuwe|toekomstige|volgende ~1 mails|e-mails|berichten|mailtjes|follow-ups|mailings ~1 zijn|is ~2 zinloos|overbodig|onnodig|nutteloos|zinloze|verspilde @0.8",
        "graag stoppen .|!|; @0.7",
        "!nooit ~1 meer ~2 contact ~3 op @0.9",
        "!neem|neemt|nemen ~2 nooit meer contact @0.9",
        "!mij|me|ons ~1 nooit meer ~1 te ~1 mailen|e-mailen|contacteren|benaderen|schrijven",  # "en mij nooit meer te mailen"
        "verwijderen|schrappen|uitschrijven uit|van ~2 uw|jullie|je|de|die|deze ~1 mailinglijst|mailinglijsten|verzendlijst|verzendlijsten|nieuwsbrief|mailing|mailings|reeks|mailreeks @0.9",
        "zet|zetten|haal|haalt ~2 mij|me|ons ~2 uit|van ~2 die|de|deze|jullie|uw|je ~1 reeks|mailreeks|sequentie|sequence|campagne|mailing|opvolging @0.9",
        # the automated follow-up: "je mag de reeks stopzetten", "zet die campagne stop", "stop de opvolging"
        "de|die|deze|jullie|uw|je|dit ~1 reeks|mailreeks|sequentie|sequence|opvolging|follow-up|follow-ups|mailflow {stoppen|stopzetten|staken|beeindigen|stilleggen|te stoppen|te staken|stop te zetten|stil te leggen|pauzeren} @0.9",
        "jullie|uw|deze|die ~1 campagne|campagnes|mailcampagne {stoppen|stopzetten|staken|beeindigen|stilleggen|te stoppen|te staken|stop te zetten|stil te leggen} @0.9",
        "stop|stopt|zet|zetten|beeindig|beeindigt ~1 de|die|deze|jullie|uw|je ~1 reeks|mailreeks|sequentie|sequence|opvolging|follow-up|follow-ups|mailflow|campagne ~1 stop|maar|aub|a.u.b|svp|graag|.|!|, @0.9",
        # "jullie mogen stoppen, echt", "u kunt ophouden hoor"
        "jullie|u|je mogen|mag|moogt|kunnen|kunt|kan|kun ~1 stoppen|ophouden|stoppen ,|.|!|echt|hoor|nu|maar|dus @0.8",
        "mogen|mag|moogt|kunnen|kunt|kan ~1 jullie|u|je ~1 stoppen|ophouden ,|.|!|echt|hoor|nu|maar|dus @0.8",
        # "wij verzoeken u geen mail meer te sturen naar dit adres" -- not "niet alleen dat ik geen mail meer krijg"
        "!geen ~1 enkele? ~1 mail|e-mail|mailtje|post|bericht ~1 meer ~2 te ~1 sturen|zenden|versturen|verzenden|mailen|toesturen",
        # "verder hoef ik niks van jullie"
        "!hoef|hoeven|hoeft ~2 niks|niets ~1 meer? ~1 van ~1 jullie|u|je|ulie ,|.|!|hoor|meer|dank|bedankt @0.7",
        # the threat of what comes if mail goes on: "komt er nog één mail, dan ...", "als ik nog een mail krijg"
        # (with the threat named, not "komt er nog een mail met de prijslijst, dan stuur ik die door")
        "{komt er nog|komt er ooit nog|krijg ik nog|ontvang ik nog} ~2 mail|e-mail|bericht|mailtje|mailing ~8 klacht|klachten|aangifte|autoriteit|ap|advocaat|melding|meld|melden|spam|politie|blokkeer|blokkeren|juridische|rechter|acm @0.8",
        "als|indien ~4 nog ~2 mail|e-mail|bericht|mailtje|mailing ~2 krijg|ontvang|binnenkrijg|komt|binnenkomt ~8 klacht|klachten|aangifte|autoriteit|ap|advocaat|melding|meld|melden|spam|politie|blokkeer|blokkeren|juridische|rechter|acm @0.8",
        # --- constructions (any person, tense and mood): want/wish/need + NEGATION + receive
        # "Ik wil hierover niet langer berichten ontvangen", "mijn directeur wenst deze mails niet meer te krijgen",
        # "ontvang ik liever niet meer" -- not "niet meer dan twee mails per maand", nor "de factuur niet meer op
        # papier", nor a footer's "Wilt u deze nieuwsbrief niet langer ontvangen?"
        *[
            wanting + " ~5 niet ~1 langer ~4 te? ~1 ontvang*|krijg*|toegestuurd|toegezonden|gemaild"
            for wanting in _NL_WANTING
        ],
        *[
            wanting
            + " ~5 niet meer hierover|daarover|hiervan|daarvan|zulke|dergelijke|deze|die|uw|jullie|je|van|iets|"
            + _NL_MAIL
            + "? jullie|u|je|"
            + _NL_MAIL
            + "? te? ontvang*|krijg*|toegestuurd|toegezonden|gemaild"
            for wanting in _NL_WANTING
        ],
        # "wij wensen geen verdere communicatie van uw organisatie te ontvangen"
        *[
            wanting
            + " ~3 geen|nooit verdere|nieuwe|toekomstige "
            + _NL_MAIL
            + " ~5 te? ~1 ontvang*|krijg*|toegestuurd|toegezonden"
            for wanting in _NL_WANTING
        ],
        # "ik wil niets meer van jullie horen"
        *[
            wanting + " ~2 niets|niks ~1 meer ~1 van ~1 jullie|u|je|uw ~3 horen|weten|zien|ontvangen|krijgen"
            for wanting in _NL_WANTING
        ],
        # "ik heb geen behoefte aan verdere berichten", "wij hebben geen interesse in jullie nieuwsbrief"
        "!geen ~1 behoefte|interesse ~1 aan|in ~1 verdere|meer|nog|deze|uw|jullie|toekomstige|nieuwe|andere|zulke|dergelijke? mail|mails|mailtjes|e-mail|e-mails|email|emails|berichten|nieuwsbrief|nieuwsbrieven|mailings|communicatie|toezendingen",
        # "ik wil graag stoppen met het ontvangen van deze mails"
        "stop*|ophouden ~1 met ~1 het? ~1 ontvangen ~2 " + _NL_MAIL + "|deze|uw|jullie|die",
        # "ik wil dat deze mails ophouden", "die berichten moeten stoppen"
        "deze|die|jullie|uw|je|alle|dergelijke|zulke ~1 "
        + _NL_MAIL
        + " ~3 ophouden|ophoudt|stoppen|stopt ~1 .|!|,|nu|graag|alstublieft|alsjeblieft|aub|a.u.b|nou|meteen|direct|onmiddellijk|per|vanaf|en",
        # "graag zou ik zien dat dit de laatste e-mail was", "ik hoop dat dit het laatste bericht is"
        "hoop|hopen|graag|zie|wil|willen|wens|wensen|verzoek|liefst|liever|laat|laten ~6 dit|deze|het ~1 de|het|uw|jullie|je ~1 laatste ~1 mail|e-mail|email|bericht|mailtje|mailing|nieuwsbrief",
        # "neem geen contact meer met mij op", "ik wil niet dat jullie me nog mailen"
        "!neem|neemt|nemen|opnemen ~2 geen|nooit ~1 contact ~1 meer ~4 op",
        "!geen contact meer ~4 op|opnemen|opneemt|zoeken",
        "!ik|wij|we wil|willen|wens|wensen niet dat ~2 me|mij|ons ~1 nog|meer|langer|ooit ~2 mailen|mailt|e-mailen|e-mailt|sturen|stuurt|schrijven|schrijft|contacteren|contacteert|benaderen|benadert|berichten|lastigvallen|aanschrijven",
        # an objection (art. 21) to direct marketing: "ik teken bezwaar aan tegen de verwerking van mijn gegevens voor
        # direct marketing", "ik maak bezwaar tegen het gebruik van mijn persoonsgegevens voor reclamedoeleinden"
        "bezwaar ~12 directe|marketing*|reclame*|acquisitie*|commerci*|wervings*|promoti*|direct-marketing",
        "tegen ~2 verwerking|gebruik ~2 mijn|onze ~1 gegevens|persoonsgegevens|e-mailadres|adres ~3 voor|ten ~2 directe|marketing*|reclame*|acquisitie*|commerci*|wervings*|promoti*|direct-marketing",
    ],
    "access": [
        "hoe ~4 op ~2 jullie|uw|je|deze ~1 lijst|lijsten|mailinglijst|verzendlijst ~2 beland|terechtgekomen|gekomen|geraakt|gezet",
        # asked ("aan wie hebben jullie mijn gegevens doorgegeven?"), not an erasure letter's "... de ontvangers aan wie u mijn gegevens heeft verstrekt in kennis te stellen"
        "aan wie hebben|heeft|hebt|heb|zijn|is|werden|worden|hadden ~3 mijn ~1 gegevens|persoonsgegevens|adres|e-mailadres|mailadres|nummer|contactgegevens ~4 doorgegeven|verkocht|gedeeld|verstrekt|gegeven|overgedragen",
        "hoe komen|kwamen|komt|kwam ~2 jullie|u|je ~1 aan ~2 adres|gegevens|nummer|e-mailadres|mailadres|naam|contactgegevens|telefoonnummer",
        "wat weten|hebben|heeft|weet ~2 jullie|u ~2 {over hem|over haar|van hem|van haar} ?",
        "{mee te delen|meedelen|laten weten} ~2 welke ~1 gegevens|persoonsgegevens|informatie",
        "welk|welke ~1 data|gegevens ~2 u|jullie ~1 heeft|hebben|hebt ~2 over mij",
        "waar ~2 u|jullie ~2 mijn ~1 email|e-mail|adres|nummer|e-mailadres|mailadres ~1 heeft|hebben|hebt ~1 gevonden|gekregen|vandaan",
        "weten of ~2 u|jullie|je ~1 beschikt|beschikken|heeft|hebben|hebt|bewaart|bewaren ~3 mijn|gegevens",
        "staat|sta|staan ~1 mijn|ik ~5 lijst|lijsten|bestand ~4 doorverkopen|verkopen|doorverkocht|verkocht|delen|gedeeld|beschikbaar @0.9",
        "sinds wanneer ~5 ?|lijst|lijstjes|bestand|gegevens|hebben|heeft|hebt|sta @0.8",
        "hoe lang ~3 jullie|u|je ~2 ze|mijn|gegevens|mij ~2 al? ~1 hebben|heeft|hebt|bewaren|bewaart",
        "wat ~2 jullie|u|je ~3 mee ~1 gedaan|doen|doet|deden",
        "wie ~1 heeft ~2 u|jullie|je ~2 verteld|gezegd|doorgegeven|getipt",
        "wat weten jullie|u ~3 over ~2 ons|mij|mijn|onze",
        "wat ~3 weet|weten|hebben|heeft|staat|hebt|bewaart|bewaren|opgeslagen|vastgelegd ~5 over|van mij|me",
        "wat ~3 over|van mij|me ~4 weet|weten|hebben|heeft|opgeslagen|vastgelegd|bewaart|staat|vastlegt @0.5",
        "waar ~2 heeft|hebben|hebt ~2 u|jullie ~6 vandaan",
        "waar ~4 komt|komen ~3 vandaan @0.6",
        "van wie ~5 mijn|gekregen|gekocht|hebben|heeft|hebt",
        "wie heeft ~3 mijn|jullie|u ~4 verkocht|gegeven|doorgegeven|geleverd",
        "hoe ~5 aan mijn ~4 gekomen|komen|komt|kwam",
        "daaraan ~2 gekomen|komt|kwam @0.7",
        "welke ~2 gegevens|persoonsgegevens|informatie ~6 {over mij|van mij|over hem|van hem|over haar|van haar|verwerkt|heeft|opgeslagen|hebben}",
        "kopie ~4 gegevens|persoonsgegevens|dossier",
        "overzicht|opgave ~6 {van mij|over mij|gegevens|persoonsgegevens|wat u|wat jullie} @0.9",
        "lijst ~6 {van mij|over mij|wat u|wat jullie} @0.9",
        "lijst van ~2 gegevens|persoonsgegevens @0.9",
        "dossier ~4 over mij @0.5",
        "mijn gegevens ~6 gedeeld|doorgegeven|verkocht ~4 welke|wie",
        "wat ~4 over mij ~3 vastgelegd|bijhouden|weet|heeft|hebben|bewaart",
        "welke ~2 gegevens|informatie ~5 over|van mij",
        "van welk bedrijf",
        "hoe ben ik ~3 beland",
        "stuur ~4 alles wat u ~3 over mij @0.7",
        "kopie van de fiche",
        "vanwaar heeft u",
        "bron|herkomst ~1 ?|graag|aub|a.u.b|alstublieft|alsjeblieft",
        "{uw bron|jullie bron|welke bron|je bron}",
        "{welke|wat voor} ~2 info|informatie|gegevens*|data|persoonsgegevens ~6 {over mij|van mij|hebben jullie|heeft u|hebt u|heb je|bewaren jullie|bewaart u}",
        "daaraan|eraan|aan mijn ~4 geraakt|gekomen @0.8",
        "inzageverzoek|inzage",
        "mijn inzagerecht @0.9",
        "inzagerecht @0.5",
        # "aan welke van uw klanten mijn gegevens zijn verstrekt"
        "aan welke|welk ~4 mijn ~1 gegevens|persoonsgegevens|adres|e-mailadres|mailadres|nummer|contactgegevens ~3 doorgegeven|verkocht|gedeeld|verstrekt|gegeven|overgedragen|doorverkocht @0.9",
        "recht op inzage",
        "welke ~2 gegevens ~4 heeft|hebben|verwerkt|verwerken|bewaart",
        "kopie van ~3 gegevens",
        "hoe ~3 komt|kwam|komen ~3 aan mijn",
        "waar ~3 mijn ~2 gegevens|adres|e-mailadres ~3 vandaan",
        "herkomst ~3 gegevens",
        "waar ~1 u|jullie|je|ge ~4 vandaan ~1 hebt|heeft|hebben|heb|haalt|halen|hadden|had",
        "hoe komen|komt|kwamen|kwam|ben|bent|zijn ~2 jullie|u|je|ge ~2 {eraan|daaraan|hieraan|erbij|aan dit|aan mijn}",
        "wat staat er ~3 in ~2 jullie|uw|je systeem|systemen|bestand|bestanden|database|crm|administratie @0.9",
        "wat ~4 over mij ~3 staat|staan|opgeslagen|geregistreerd",
        "welke|wie ~5 mijn ~1 gegevens|adres|nummer|e-mailadres|contactgegevens ~3 gekregen|ontvangen|gekocht|doorgekregen",
        "mijn gegevens ~6 gedeeld|doorgegeven|verkocht|verstrekt ~7 welke|wie",
        "of ~1 u|jullie ~4 gegevens ~6 gedeeld|doorgegeven|verkocht|verstrekt @0.9",
        "welke bedrijven|klanten|partijen ~4 gekregen|ontvangen|gekocht|gedeeld",
        "weten wat ~2 u|jullie ~3 van|over mij|hem|haar ~1 had|hebt|heeft|hebben|weet|weten",
    ],
    "erasure": [
        "dat ~1 u|jullie ~6 gegevens ~6 vernietigt|verwijdert|wist",
        "!niet meer ~1 in ~1 uw|jullie|je ~1 database|databases|bestand|bestanden|systeem|systemen|crm|administratie|archief ~2 staan|voorkomen|verschijnen|zitten|opgenomen",
        # "versnipper alles wat u over mij heeft"
        "versnipper|versnipperen|versnippert|papierversnipperaar|prullenbak ~6 over ~1 mij|ons",
        # "al mijn informatie weg doen van uw systeem"
        "informatie|gegevens|data|nummer|adres|naam|telefoonnummer ~3 weg ~1 doen|doet|halen|haalt|gooien|gooit",
        # "ik wil niet dat er nog iets van mij bij jullie bewaard blijft"
        "!niets|iets ~2 van ~1 mij|me|ons ~4 bewaard|bewaart|opgeslagen|overblijft|achterblijft|rondslingert|bewaren|opslaan",
        # "... zijn verwijderd? Zo niet, doe dat dan alsnog"
        "verwijderd|gewist|vernietigd ~12 {zo niet|indien niet|als dat niet zo is|als dat niet het geval is|mocht dat niet zo zijn} ~3 doe|doet|verwijder|verwijdert|wis|wist|alsnog",
        # "ik wil niet dat u mijn gegevens bewaart", "we willen niet dat jullie onze data opslaan"
        "!wil|willen|wens|wensen ~1 niet ~1 dat ~3 gegevens|data|adres|e-mailadres|mailadres|informatie|persoonsgegevens|contactgegevens|naam|nummer|telefoonnummer|iets|niets ~3 bewaart|bewaren|opslaat|opslaan|bijhoudt|bijhouden|bewaard|opgeslagen|houdt|houden|vastlegt|vastleggen|bewaard|blijven|blijft|staan|staat",
        # a relative's or colleague's data: "gelieve al haar gegevens te verwijderen"
        "al|alle ~1 haar|zijn ~1 gegevens|persoonsgegevens|data ~3 te? verwijderen|wissen|schrappen|vernietigen",
        "ik wil|willen ~1 uit ~1 jullie|uw|je ~1 database|databank|systeem|systemen|bestand|bestanden|crm|administratie",
        "vergeten te worden",
        "recht om ~1 vergeten",
        "adres|e-mailadres|mailadres|nummer|naam ~2 wissen|verwijderen|schrappen|weghalen ~2 uit ~2 jullie|uw|het|je ~1 systeem|systemen|database|databank|bestand|bestanden|crm|administratie",
        "wegdoet|weghaalt|weg ~3 uit ~2 uw|jullie|je ~1 computer|systeem|systemen|database|bestand|bestanden",
        "wil ~2 dat u ~4 gegevens ~5 verwijdert|wist|weghaalt|wegdoet",
        "alles ~6 {van mij|over mij} ~4 wordt|worden ~1 verwijderd|gewist|vernietigd|geschrapt",
        "!niet ~1 bewaard|opgeslagen ~1 blijven|blijft|worden|wordt @0.9",
        "vernietigd|verwijderd|gewist|geschrapt ~1 worden|wordt @0.8",
        "!niets|niks|geen ~4 gegevens|informatie|data ~2 te? bewaren|opslaan|bijhouden|vasthouden",
        "uit ~2 uw|jullie|je|het|de ~1 bestand|bestanden|database*|databank*|systeem|systemen|crm|administratie ~2 worden|wordt|zijn ~1 verwijderd|gewist|gehaald|geschrapt|vernietigd",
        "!niet langer|meer ~5 bewaard|bewaart|bewaren|opgeslagen|opslaat|opslaan|bijhoudt|bijhouden|vasthoudt",
        "!niets|niks ~2 van|over mij ~3 bewaart|bewaren|opslaat|opgeslagen|heeft|hebt|hebben|bijhoudt|vastlegt @0.8",
        "verwijder|verwijderen|verwijdert|wis|wissen|wist|vernietig|vernietigen|haal|halen|haalt|weghalen|schrappen|schrap|gooi ~5 {mijn|al|alle|al mijn} ~3 gegevens|gegevns|gegvens|persoonsgegevens|profiel|dossier|informatie|data|contactkaart|contactgegevens",
        # a name or number deleted, not the old one replaced ("verwijder mijn oude nummer en gebruik dit" corrects)
        "verwijder|verwijderen|verwijdert|wis|wissen|wist|vernietig|vernietigen|haal|halen|haalt|weghalen|schrappen|schrap|gooi ~5 {mijn|al|alle|al mijn} mobiele|vaste|prive|volledige|hele? naam|nummer|contact|telefoonnummer|privenummer|gsm-nummer|mobiele",
        # the address alone: "wis mijn mailadres uit de verzendlijst" is an unsubscribe, so weaker evidence
        "verwijder|verwijderen|verwijdert|wis|wissen|wist|vernietig|vernietigen|schrappen|schrap ~2 mijn ~1 adres|e-mailadres|mailadres|emailadres @0.6",
        # ... the verb last, as Dutch puts it after a modal or "graag": "Kunt u mijn e-mailadres verwijderen?"
        "mijn ~1 adres|e-mailadres|mailadres|emailadres ~2 te? verwijderen|wissen|vernietigen|schrappen|weghalen @0.6",
        "gegevens*|persoonsgegevens|contactgegevens|profiel|dossier|data|alles|naam|nummer|adres|contactkaart ~2 uit|van ~3 bestand|bestanden|database*|databank*|systeem|systemen|crm|administratie ~2 te? halen|haalt|verwijderen|verwijdert|wissen|wist|schrappen|schrapt|weghalen|haal",
        "definitief|volledig|onverwijld|helemaal ~1 te? wissen|verwijderen|vernietigen|schrappen @0.8",
        # the data named before, as a pronoun: "daarna mag alles weg", "kunnen jullie die wissen?"
        "daarna|nadien|vervolgens|dan|erna ~4 alles|het|ze|die|dat ~2 weg|gewist|verwijderd|vernietigd|wissen|verwijderen @0.9",
        "daarna|nadien|vervolgens ~1 wist|verwijdert|vernietigt|schrapt ~1 u|jullie|je ~1 het|ze|alles|die|dat @0.9",
        "dan|daarna ~1 weg ermee",
        "kunnen|kunt|kun|wilt|wil|willen ~2 jullie|u|je ~1 die|ze|dat|het|alles ~1 wissen|verwijderen|vernietigen|weghalen|schrappen|deleten @0.9",
        "!niet dat ~1 mijn ~1 gegevens|data ~3 blijven|bewaard|staan @0.8",
        "!geen ~1 enkel? spoor|spoortje ~2 van mij|me",
        "!niets|niks ~2 van mij ~3 overblijft|bewaard|achterblijft|blijft @0.8",
        "haal ~2 dat|het|ze|die|dit|alles ~1 eruit @0.8",
        "alles ~6 {van mij|over mij} ~4 weghalen|weghaalt|wist|verwijdert|wegdoen",
        "haal|gooi ~2 ze|het|alles weg @0.7",
        "gegevens|persoonsgegevens|profiel|dossier|data|gegevns|gegvens ~7 verwijderen|verwijderd|wissen|gewist|vernietigen|vernietigd|schrappen|geschrapt|weg|verdwijnen",
        "nergens meer ~4 te vinden @0.8",
        "gewist ~3 worden",
        "uit ~2 uw|jullie ~2 database|databank|systeem|crm|systemen|administratie ~3 halen|verwijderen|schrappen|wissen",
        "verwijder|wis|vernietig|gooi ~4 gegevens|persoonsgegevens|profiel|dossier|informatie|data",
        # the infinitive with its object: not a disclaimer's "het bericht te verwijderen. Wij verwerken persoonsgegevens"
        "verwijderen|wissen|vernietigen ~2 van|mijn|alle|al|onze|zijn|haar|de|deze|die|uw ~2 gegevens|persoonsgegevens|profiel|dossier|informatie|data",
        "!wil|wens|willen|wensen|verzoek|vraag ~2 dat u|jullie ~8 verwijdert|wist|vernietigt|schrapt|verwijderen|wissen|vernietigen",
        "verwijder|verwijderen|wis|vernietig|vernietigen|gooi ~4 alles",
        "verwijder|haal|wis|schrap ~3 mij|me|ons ~4 uit|van ~3 database|databank|systeem|systemen|crm|administratie",
        # an address or name with more named beside it: "verwijder ook ons adres en de naam van onze praktijk uit
        # jullie database"
        "verwijder|wis|schrap ~3 adres|e-mailadres|mailadres|naam|namen|gegevens ~8 uit ~1 jullie|uw|je ~1 database|databank|systeem|systemen|crm|administratie|bestand|bestanden",
        "verwijder|wis ~3 mij|me|ons ~4 uit|van ~3 bestand|bestanden",
        # "haal me uit jullie bestand, helemaal, niet alleen uit de mailinglijst": the whole file, not the list
        "helemaal|volledig|compleet|geheel|totaal ~2 uit ~2 uw|jullie|je|het ~1 bestand|bestanden",
        "uit ~2 uw|jullie|je|het ~1 bestand|bestanden ~1 ,? ~1 helemaal|volledig|compleet|geheel|totaal",
        "bestand|bestanden|database|databank|systeem|systemen|crm ~4 {niet alleen|niet enkel|niet slechts|en niet alleen} ~3 mailinglijst|verzendlijst|lijst|lijsten|nieuwsbrief|mailings|mailing",
        # "ik wil dat elk spoor van mij uit jullie bestanden verdwijnt"
        "elk|ieder|alle ~1 spoor|sporen ~4 verdwijnt|verdwijnen|verwijderd|gewist|weg",
        "wis me|mij @0.8",
        "vergeet mij|me",
        "vergeten worden",
        "gegevens ~4 verdwijnen|weg|verwijderd|gewist",
        "uit uw|jullie bestand ~2 verwijderen|wissen",
        "verwijder|verwijderen|wis|wissen ~3 mijn|alle ~2 gegevens|persoonsgegevens|data",
        "verwijdering ~3 gegevens|persoonsgegevens",
        # more objects and every construction: "de volledige verwijdering van mijn profiel", "mijn contactgegevens te vernietigen"
        "verwijdering|vernietiging|wissing|schrapping ~2 van ~2 mijn|al|alle|ons|onze ~3 gegevens*|contactgegevens|persoonsgegevens|klantgegevens|profiel|dossier|data|informatie|account|fiche|record",
        "mijn|al|alle ~3 contactgegevens|klantgegevens|adresgegevens|gegevens*|profiel|dossier|data|informatie|contact|contactkaart|telefoonnummer ~4 te? verwijderen|vernietigen|wissen|schrappen|deleten|weghalen|verwijdert|vernietigt|wist",
        "mij|me|ons ~1 uit|van ~3 database*|databank*|systeem|systemen|crm|administratie ~3 te? verwijderen|halen|wissen|schrappen|deleten|weghalen",
        "mij|me|ons ~1 uit|van ~3 bestand|bestanden ~3 te? verwijderen|wissen|deleten",
        # "Ruim mijn gegevens op. Alles."
        "ruim|ruimt|ruimen ~3 gegevens|persoonsgegevens|contactgegevens|data|profiel|dossier ~2 op",
        "gegevens|persoonsgegevens|contactgegevens|data|profiel|dossier ~2 {opruimen|op te ruimen|opgeruimd}",
        # "mijn naam en e-mailadres uit uw klantenbestand te verwijderen", "verwijder mijn adres uit uw bestand"
        "uit ~2 uw|jullie|je|het ~1 klantenbestand|klantbestand|relatiebestand|klantenbestanden|adresbestand|klantendatabase|klantenregister|verkoopbestand ~2 te? verwijderen|wissen|vernietigen",
        "verwijder|wis|verwijdert|wist ~3 adres|e-mailadres|mailadres|emailadres|naam|nummer|telefoonnummer ~4 uit|van ~2 uw|jullie|je|het ~1 bestand|bestanden|klantenbestand|database*|databank*|systeem|systemen|crm|administratie",
        # "verzoek ik u: 1. alle persoonsgegevens die u over mij heeft (naam, functie, ...) te verwijderen"
        "verzoek|vraag|verzoeken ~6 alle|al ~1 persoonsgegevens|gegevens ~16 te ~1 verwijderen|wissen|vernietigen",
        "haal|halen ~4 gegevens*|persoonsgegevens|contactgegevens|profiel|dossier|data|naam|nummer|alles ~3 uit ~3 bestand|bestanden|database*|databank*|systeem|systemen|crm|administratie",
        "deleten|delete|deleet|removen ~4 mijn|al|alle|gegevens|data|informatie|profiel",
        "alles ~6 {van mij|over mij} ~4 weg|verwijderen|wissen|vernietigen|schrappen|deleten",
        "!nergens ~3 in staan|voorkomen|vermeld|opgeslagen|geregistreerd @0.8",
        "recht op vergetelheid",
        "recht op verwijdering",
        "gegevens ~3 verwijderen|wissen",
        # "mijn gegevns wisssen uit jullie systeem": the writer's data out of the sender's systems, however the verb is spelt
        "dat jullie|u|je ~1 mijn ~1 gegevens|gegevns|gegvens|persoonsgegevens|data|contactgegevens ~3 uit ~2 jullie|uw|je ~1 systeem|systemen|database*|databank*|crm|administratie @0.7",
        # the data named before, as a pronoun: "laat het me weten en verwijder het daarna"
        "en|dan ~1 verwijder|wis|vernietig|schrap ~1 het|ze|die|dat|alles ~1 daarna|nadien|vervolgens|erna|achteraf @0.8",
        # "uit uw systeem verdwijnen", "écht verwijderen", "alles wissen", "schoon uw systemen op", "kunnen jullie die lozen?"
        "uit ~3 bestand|bestanden|database*|databank*|systeem|systemen|crm|administratie ~1 verdwijnen|verdwijn|verdwijnt",
        "profiel|dossier|gegevens|naam|adres|alles|persoonsgegevens ~6 uit|van ~3 bestand|bestanden|database*|databank*|systeem|systemen|crm|administratie ~1 verdwijnt|verdwijnen",
        "echt|volledig|helemaal|definitief ~1 verwijderen|wissen|verwijderd|gewist|vernietigen @0.8",
        "graag|nu|mag|moet ~2 alles ~1 wissen|verwijderen|vernietigen|weg|gewist|verwijderd @0.9",
        "!geen ~1 gegevens|data|informatie ~2 van mij ~2 meer",
        "schoon|schonen|schoont ~4 systemen|systeem|bestanden|bestand|database*|databank|administratie|crm ~8 op",
        "opschonen ~4 {van mij|over mij|mijn gegevens}",
        "anonimiseren|anonimiseer|anonimiseert ~6 mijn|alles|gegevens|al|alle",
        "gooi|gooit|gooien ~3 mijn|al|alle|dat|dit ~2 adres|e-mailadres|mailadres|gegevens|data|nummer|profiel ~2 weg",
        "alles ~4 {van mij|over mij} ~4 anonimiseren|anonimiseer",
        "vernitig|vernietig|vernietigd|verniteg ~3 mijn|al|alle ~2 gegevens|gegevns|gegvens|persoonsgegevens|data",
        "kunnen|kunt|kun|wilt|wil|willen ~2 jullie|u|je ~1 die|ze|dat|het|alles ~1 lozen|dumpen|weggooien @0.8",
        "!liever ~1 dat ~4 gegevens ~3 niet ~2 hebben|heeft|hebt|bewaren|bewaart|hebben",
        "!geen ~3 meer ~3 in ~2 uw|jullie|het|de ~1 database*|databank*|bestand|bestanden|systeem|systemen|crm|administratie ~1 voorkomen|staan|zitten",
        "!nergens ~1 meer ~4 voorkomen|staan|opgeslagen|bewaard",
    ],
    "rectification": [
        # the old detail replaced: "verwijder mijn oude nummer en gebruik voortaan dit", "schrap het oude adres, noteer dit"
        "oude|vorige|oud ~2 nummer|adres|e-mailadres|mailadres|emailadres|telefoonnummer|naam|functie|mobiele|06-nummer ~6 gebruik|gebruikt|gebruiken|noteer|noteert|noteren|zet|zetten|vervang|vervangen|hanteer ~2 voortaan|nieuwe|dit|deze|dat|dit|vanaf|dan|alleen|graag|dus|door|in",
        "pas ~2 dat|het|dit ~1 ff|even|effe|eventjes|svp|aub|graag? ~1 aan",
        "corrigeer|verbeter ~1 dat|dit|het|even|ff ~1 .|!|svp|aub|graag @0.6",
        "aanpassen|corrigeren|wijzigen|bijwerken ~3 in ~2 uw|jullie|je bestanden|systemen|databank",
        "in ~2 uw|jullie|je bestanden|systemen|databank ~3 {aanpassen|corrigeren|wijzigen|bijwerken|aan te passen|te corrigeren}",
        "in ~2 uw|jullie|je bestand|gegevens|administratie|systeem|database ~3 {aanpassen|corrigeren|wijzigen|bijwerken|aan te passen|te corrigeren}",
        "aanpassen|corrigeren|wijzigen|bijwerken ~3 in ~2 uw|jullie|je bestand|gegevens|administratie|systeem|database",
        "pas ~4 aan ~3 in uw|jullie|je|bestand|gegevens",
        "wilt|kunt|kun|wil|willen|kunnen ~2 u|je|jullie ~2 dat|het|dit|mijn|overal|de ~3 aanpassen|corrigeren|rechtzetten|goedzetten|wijzigen|bijwerken @0.7",
        "graag ~2 aanpassen|corrigeren|rechtzetten|goedzetten @0.7",
        "gelieve ~3 {aan te passen|te corrigeren|recht te zetten} @0.8",
        "{recht te zetten|rechtzetten|goedzetten|goed te zetten} @0.7",
        "ik heet ~3 niet @0.8",
        "ik ben ~2 vrouw|man|meneer|mevrouw ~2 geen|niet @0.7",
        "geen meneer|mevrouw @0.6",
        "mijn ~2 achternaam|voornaam|naam ~2 is ~4 niet|met @0.8",
        "mijn juiste|nieuwe|correcte ~3 nummer|adres|e-mailadres|functie|telefoonnummer ~2 is",
        "verkeerd|verkeerde ~2 naam|functie|bedrijf|achternaam|voornaam|aanhef @0.8",
        "gegevens ~3 verkeerd staan",
        "gegevens ~4 {kloppen niet|klopt niet|verkeerd}",
        "mijn nieuwe ~2 adres|e-mailadres|nummer ~3 gebruiken|noteren",
        "kleine correctie @0.7",
        "wijzig|wijzigen|update|bijwerken|aanpassen ~4 e-mailadres|adres|telefoonnummer|functie|naam|gegevens|aanhef",
        "mijn nieuwe ~2 e-mailadres|adres|functie|telefoonnummer ~2 is",
        "mijn ~2 e-mailadres|mailadres|adres|nummer|telefoonnummer|naam|achternaam|functie ~2 is ~1 nu|voortaan|sinds|veranderd|gewijzigd",
        "{jullie hebben|u heeft|je hebt} ~2 mij|me ~3 als ~4 staan|genoteerd|geregistreerd|opgeslagen @0.8",
        "wordt geschreven met",
        "schrijf je met",
        "niet meer actueel|correct|juist",
        "verouderd*",
        "rectificatie",
        "corrigeren|corrigeer|aanpassen|pas ~4 naam|functie|titel|gegevens|bedrijf|adres|bedrijfsnaam|functietitel|e-mailadres|aanhef|achternaam|voornaam",
        "verkeerd gespeld|foutief|onjuist*",
        "werk niet meer ~2 bij @0.6",
        "!zit niet meer ~1 bij @0.6",
        "aanpassen|corrigeren|wijzigen|updaten|bijwerken|rechtzetten|aanpassen ~1 aub|a.u.b|graag|svp|alstublieft|alsjeblieft|pls|ajb|ajb. @0.8",
        "het is ~2 , niet @0.7",
        "met ~1 kleine|grote|dubbel|dubbele a|b|c|d|e|f|g|h|i|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z|ij @0.8",
        "met de|het juiste|correcte ~1 functie|adres|naam|e-mailadres|aanhef|titel|functietitel @0.8",
        "pas|wijzig|corrigeer ~3 bedrijfsnaam|functietitel|e-mailadres|aanhef|achternaam|voornaam|naam ~1 aan",
    ],
    "restriction": [
        "!gegevens|persoonsgegevens ~3 niet ~1 meer? ~1 te? gebruiken|verwerken|gebruikt ~4 {tot|totdat|zolang|tot dat|zo lang}",
        "!bevriezen|bevries|blokkeer|blokkeren ~3 niet ~1 verwijderen|wissen",
        "!doe|doen ~1 niks|niets ~3 met ~2 gegevens|data|persoonsgegevens ~6 tot|totdat|zolang",
        "bevries|bevriezen|blokkeer|blokkeren ~3 mijn ~2 gegevens|dossier",
        "op slot ~2 zetten|graag",
        "mijn ~2 gegevens|dossier ~3 op slot|non-actief",
        "gebruik ~3 {opschorten|op te schorten}",
        # "zolang u niet kunt aantonen ..." after the request is no negation of it
        "!vraag|verzoek|verzoeken|vragen|wil|willen|graag|gelieve ~6 gebruik|verwerking ~4 {opschorten|op te schorten|stop te zetten|stopzetten|beperken|te beperken}",
        # "... op te schorten zolang u niet kunt aantonen": the "niet" of the condition does not negate the request
        "!gebruik|verwerking|gegevens ~4 {opschorten|op te schorten|bevriezen|te bevriezen|blokkeren|te blokkeren|stop te zetten|te beperken} ~1 zolang|totdat|tot ~4 niet|geen",
        "!bewaar|bewaren ~3 mijn gegevens ~5 maar ~4 gebruik|gebruiken",
        "gebruik ~3 ze|gegevens ~3 {nergens voor|voor niets}",
        "alleen bewaren ~3 niet gebruiken",
        "!bewaren|bewaar|houden ~4 maar ~3 niet ~2 gebruiken|verwerken",
        "beperking ~3 verwerking",
        "verwerking ~4 beperken",
        # "gebruik mijn gegevens niet meer totdat", "mijn gegevens bevriezen", "wil dat het gebruik beperkt wordt"
        "!gebruik ~3 gegevens|adres|dossier|data|fiche|contact ~1 niet ~1 meer? ~6 totdat|tot|zolang",
        "!totdat|zolang ~8 gebruik ~3 gegevens|adres|dossier|data ~1 niet",
        "gegevens|persoonsgegevens|dossier|contact|fiche|profiel|adres ~2 te? bevriezen|blokkeren|bevroren|geblokkeerd",
        "bevries|bevriest|bevriezen|blokkeer|blokkeert ~3 contact|fiche|profiel|dossier|gegevens|data",
        "gebruik|verwerking ~4 beperkt|bevroren|geblokkeerd|opgeschort ~1 wordt|worden",
        "gebruik|verwerking ~5 wordt|worden ~1 beperkt|bevroren|geblokkeerd|opgeschort",
        "!geen ~1 enkele? ~1 verwerking ~3 gegevens ~6 totdat|tot|zolang @0.9",
        "!geen ~1 enkele? ~1 verwerking ~3 {van mijn gegevens|van mijn persoonsgegevens} @0.8",
        "bevriezing ~3 {van mijn|mijn gegevens|van de gegevens|gegevens}",
        # "zet de verwerking van mijn gegevens op pauze tot ...", "pauzeer het gebruik van mijn gegevens"
        "verwerking|gebruik|gegevens|persoonsgegevens|dossier|fiche|profiel ~5 {op pauze|on hold|op hold|in de wacht|op non-actief}",
        "pauzeer|pauzeren|pauzeert|pauzeert ~3 verwerking|gebruik|gegevens|dossier|fiche",
    ],
    "portability": [
        "export ~3 van ~2 mijn gegevens",
        "csv|json|xml|excel ~4 bestand|formaat ~6 inlezen|laden|importeren|hergebruiken",
        "exporteren ~3 als ~2 csv|json|xml|excel",
        "gegevens ~8 als ~2 csv|json|xml|excel",
        "stuur ~8 als ~2 csv|json|xml",
        "overdraagbaarheid|dataportabiliteit",
        "gestructureerde",
        "machineleesbare|machineleesbaar",
        "gangbare ~2 vorm",
    ],
    "post_mortem": ["overleden|overlijden", "gestorven", "nabestaande*|erfgenaam|erfgenamen"],
    "abuse_report": [
        # an organisation to an abuse desk: "investigate your customer", "stop the sending to our domain"
        "{na te gaan|nagaan|onderzoeken|onderzoek} ~4 uw|jullie klant|klanten|afzender|afzenders",
        "verzending|verzendingen|mails|e-mails ~3 naar ~1 ons|onze ~1 domein|domeinen ~3 stoppen|staken|blokkeren",
        "dit|dat is ~2 spam",
        "{beschouw dit als|beschouwt u dit als|beschouw deze mail als|dit is|hierbij|bij deze} ~2 formele klacht @0.8",
        "!zonder mijn|onze ~1 toestemming ~3 aan ~1 jullie|u ~1 verkocht|doorgegeven|doorverkocht|verstrekt|gegeven|gedeeld @0.9",
        "gaat ~4 naar ~2 autoriteit|ap|gba|politie|fraudehelpdesk|acm",
        "gemeld|meld|meldt|gerapporteerd|aangegeven|doorgestuurd|doorgezet|gestuurd ~4 autoriteit|ap|gba|fraudehelpdesk|politie|acm|consuwijzer",
        "spam @0.6",
        "ongevraagd* @0.6",
        "melden|melding ~4 autoriteit persoonsgegevens|ap|spam",
        "klacht ~4 autoriteit|ap @0.4",
        "nooit ~4 toestemming|aangemeld|ingeschreven @0.5",
        "zonder ~2 toestemming @0.6",
        "ondanks ~4 afmelding|uitschrijving|bezwaar|verzoek",
        "al ~3 afgemeld|uitgeschreven @0.7",
        "derde|tweede keer @0.7",
        "prive*|particulier @0.5",
        "illegaal|onrechtmatig* @0.5",
        "gekocht ~3 lijst|adressen|bestand",
        "volgende stap ~3 autoriteit|ap|klacht|advocaat|politie @0.8",
    ],
    "reminder": [
        "heb ik u een verzoek",
        "geen antwoord ontvangen",
        "herinnering",
        "vermaning",
        "opnieuw contact",
    ],
}
