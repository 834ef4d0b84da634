"""Italian request phrases (matched without accents)."""

NEGATIONS = {"non", "nn", "mai", "nessun", "nessuna", "senza"}

# Mail words a construction ends on ("ricevere altre comunicazioni"), and the words that may stand before them.
_IT_MAIL = (
    "email|e-mail|mail|mails|emails|messaggi|messaggio|comunicazioni|comunicazione|newsletter|offerte|promozioni|"
    "pubblicita|proposte|invii|solleciti|informazioni|mailing|notifiche|aggiornamenti"
)
_IT_DETS = (
    "piu|altre|altri|ulteriori|nessun|nessuna|alcuna|alcun|queste|questi|questo|questa|le|i|gli|la|vostre|vostri|"
    "vostra|vostro|sue|suoi|tali|simili|vs|nuove|nuovi|future|futuri|ancora"
)

# Constructions for "non voglio più ricevere email" in every person: the writer (never a footer's "se non desideri
# ricevere"), or someone else after a sentence start or a title ("il mio capo non vuole più ricevere ...").
_IT_WANT_I = "voglio|vogliamo|vorrei|vorremmo|desidero|desideriamo|intendo|intendiamo|gradisco|gradiamo"
_IT_WANT_3 = "vuole|vogliono|vorrebbe|vorrebbero|desidera|desiderano|intende|intendono"
_IT_NOT_I = "!non|nn|ne"
_IT_NOT_3 = "!.|!|;|: non|nn"
_IT_TITLES = (
    "!capo|titolare|direttore|direttrice|presidente|dottore|dottoressa|dott|dottor|ing|avv|signor|signore|signora|"
    "sig|sig.ra|marito|moglie|collega|amministratore|amministratrice|responsabile"
)
_IT_RECEIVE_MAIL = (
    "piu? continuare|restare|tornare? a? ricevere|riceverne|ricevendo piu? "
    + _IT_DETS
    + "? "
    + _IT_DETS
    + "? tipo|genere? di? "
    + _IT_DETS
    + "? "
    + _IT_MAIL
)

PHRASES = {
    "unsubscribe": [
        # the passive: "preferirei essere tolto dai vostri contatti", "vorrei essere escluso dalle vostre liste"
        # weak, as "essere cancellato dalla lista" is: "il mio collega ha chiesto di essere cancellato" tells of it
        "essere|venire|sia|venga ~1 tolto|tolta|tolti|rimosso|rimossa|rimossi|cancellato|cancellata|cancellati|eliminato|eliminata|eliminati|escluso|esclusa|esclusi ~3 da|dai|dalla|dalle|dal|dagli ~2 lista|liste|contatti|rubrica|indirizzario|mailing*|newsletter|elenco|elenchi|invii|comunicazioni @0.5",
        # "fate in modo che non riceva più queste email", "si assicuri che non riceviamo più nulla"
        "{in modo|assicuratevi|si assicuri|assicurarvi|fate si} ~2 che ~1 non ~3 riceva|riceviamo|ricevano|ricevere ~4 piu",
        # the imperfect subjunctive of a polite ask: "vi sarei grato se mi cancellaste dalla lista", "gradirei che mi toglieste"
        # (without the thanks it is a condition: "se mi cancellaste perderei le offerte")
        "grato|grata|grati|grate|riconoscente|riconoscenti|gradirei|gradiremmo|preferirei|vorrei|vorremmo|chiedo|chiediamo|prego ~4 se|che ~1 mi|ci ~1 cancellasse|cancellassero|cancellaste|togliesse|togliessero|toglieste|rimuovesse|rimuovessero|rimuoveste|eliminasse|eliminassero|eliminaste|escludesse|escludessero|escludeste|levasse|levassero|levaste ~3 da|dalla|dalle|dai|dal|dagli ~2 lista|liste|mailing*|newsletter|elenco|elenchi|indirizzario|invii|comunicazioni|campagne",
        "!non ~2 gli|le|mi|ci ~1 siano|vengano ~1 piu ~1 inviate|inviati|mandate|mandati|spedite ~2 email|mail|e-mail|comunicazioni|newsletter|messaggi",
        # passive: "che lo studio venga tolto dalle vostre liste"
        "venga|vengano|sia|siano tolto|tolta|tolti|tolte|rimosso|rimossa|rimossi|escluso|esclusa|esclusi|depennato|depennata|depennati ~1 dalle|dai|dalla|dal|dagli|da ~1 vostre|vostra|vostri|vostro|sue|sua|suoi|tutte|tutti ~2 liste|lista|mailing|invii|campagne|comunicazioni|newsletter|indirizzari|mailing-list",
        # "la invito ad astenersi da qualsiasi ulteriore contatto"
        "astenersi|astenervi|astenetevi|astenersene|astenga|astenerti|astenetevi ~3 da|dal|dall' ~3 qualsiasi|ulteriore|ulteriori|ogni|futuri|futuro|futura|altri|altro|nuovi|nuovo|ulteriormente ~2 contatto|contatti|comunicazione|comunicazioni|invio|invii|messaggio|messaggi|email|mail|sollecitazione|sollecitazioni|contattarmi|contattarci|scrivermi|scriverci",
        # "non intendo ricevere altro da voi"
        "!non ~1 intendo|voglio|desidero|vorrei|gradisco|intendiamo|vogliamo|desideriamo ~1 ricevere ~2 altro|altri|altre|piu|nient'altro|null'altro|nulla|niente ~2 da ~1 voi|lei|parte|vostra|sua",
        "!non ~1 intendo|intendiamo ~1 ricevere ~1 altro|altri|altre|piu|nulla|niente",
        # "lasciatemi fuori dalle vostre campagne"
        "lasciatemi|lasciateci|lasciami|lasciarmi|lasciarci|lasciateli|lasciatela|lasciatelo ~1 fuori ~2 dalle|dai|dalla|dal|da|dagli ~2 campagne|campagna|liste|lista|mailing|invii|comunicazioni|newsletter|mailing-list|indirizzari|promozioni|email",
        # l'indirizzo come soggetto: "questo indirizzo ... va tolto dai vostri invii commerciali", "deve essere rimosso dalle vostre liste"
        "va|vada|vanno|deve|devono|dovra|dovranno|dovrebbe ~1 essere? ~1 tolto|tolta|tolti|tolte|rimosso|rimossa|rimossi|rimosse|escluso|esclusa|esclusi|escluse|cancellato|cancellata|cancellati|eliminato|eliminata|eliminati|depennato|depennata|stralciato|stralciata|radiato|radiata ~3 da|dai|dalla|dalle|dal|dall|dagli|di ~3 invii|invio|lista|liste|mailing|newsletter|elenco|elenchi|campagne|comunicazioni|indirizzario|distribuzione",
        "!indirizzo|casella|email|e-mail|mail|contatto|recapito ~6 non ~1 deve|devono|va|dovra|dovrebbe|puo ~1 piu ~1 essere ~1 utilizzato|utilizzata|usato|usata|contattato|contattata|inserito|inserita|incluso|inclusa ~5 commerciali|commerciale|promozionali|promozionale|marketing|pubblicita|pubblicitarie|pubblicitari|campagne|newsletter|invii|comunicazioni|mailing",
        "!non ~1 deve|devono|dovra|dovrebbe ~1 piu ~1 ricevere ~4 invii|comunicazioni|campagne|newsletter|email|mail|e-mail|messaggi|offerte|promozioni|pubblicita",
        # "escludermi da qualsiasi invio futuro"
        "cancellarmi|rimuovermi|togliermi|levarmi|escludermi|cancellarci|rimuoverci|toglierci|escluderci|escludetemi|escludeteci|toglietemi|rimuovetemi ~4 invio|invii|comunicazione|comunicazioni|mailing|campagna|campagne ~1 futuro|futuri|futura|future|commerciali|commerciale|promozionali|pubblicitari",
        "da ~1 qualsiasi|qualunque|ogni|tutti|tutte ~2 invio|invii|comunicazione|comunicazioni|mailing|campagna|campagne ~1 futuro|futuri|futura|future|commerciale|commerciali|promozionali|promozionale|pubblicitari|pubblicitario .|,|!|;|grazie",
        # per un terzo: "disiscrivetelo", "cancellatela dalla lista"
        "disiscrivetelo|disiscrivetela|disiscriverlo|disiscriverla|disiscriveteli|disiscriverli|disiscrivetele",
        "cancellatelo|cancellatela|toglietelo|toglietela|rimuovetelo|rimuovetela|escludetelo|escludetela|levatelo|levatela ~3 lista|liste|mailing|newsletter|elenco|elenchi|invii|indirizzario|comunicazioni|campagne",
        # "che questa sia l'ultima email che ricevo"
        "questa|questo ~1 sia|resti ~1 l' ~1 ultima|ultimo ~2 mail|email|e-mail|messaggio|comunicazione|invio ~2 che ~2 ricevo|riceva|riceverò|ricevero|riceviamo",
        # "vi vieto qualsiasi invio", "vi diffido dall'inviarmi"
        "vieto|vietiamo ~4 qualsiasi|qualunque|ogni|ulteriori|ulteriore ~2 invio|invii|comunicazione|comunicazioni|email|mail|messaggio|messaggi|contatto|contatti|pubblicita|promozione|promozioni",
        # "la cessazione della trasmissione delle vostre comunicazioni"
        # "fate a meno di scrivermi", "può fare a meno di contattarci"
        "fate|fare|faccia|facciate|fai ~1 a meno ~1 di ~1 scrivermi|scriverci|contattarmi|contattarci|mandarmi|mandarci|inviarmi|inviarci|ricontattarmi|ricontattarci|cercarmi|cercarci|disturbarmi|disturbarci|chiamarmi|telefonarmi|riscrivermi|scrivere|contattare|ricontattare|mandare|inviare",
        # the negation before the verb: "vi prego di non più inviarmi e-mail", "di non più contattarci"
        "!non piu ~1 inviarmi|mandarmi|scrivermi|contattarmi|inviarci|mandarci|scriverci|contattarci|ricontattarmi|ricontattarci|disturbarmi|disturbarci|cercarmi|cercarci|mandatemi|inviatemi|scrivetemi|contattatemi|ricontattatemi|mandateci|inviateci|scriveteci|contattateci",
        "!non piu ~1 inviare|mandare|scrivere|spedire ~3 email|e-mail|mail|messaggi|comunicazioni|newsletter|proposte|offerte|promozioni|pubblicita|solleciti|materiale",
        # the Lei form: "mi tolga dai contatti", "ci levi dalla sua lista", "mi cancelli dai destinatari"
        "mi|ci ~1 tolga|levi|rimuova|cancelli|escluda|depenni|stralci|radii|tolgano|levino|rimuovano|cancellino ~1 dai|dalla|dalle|dal|dall|da ~1 vostri|vostra|vostre|vostro|suoi|sua|sue|suo|loro|questa|questi|queste? ~1 contatti|rubrica|destinatari|indirizzi|distribuzione|lista|liste|mailing|newsletter|invii|elenco|elenchi|indirizzario",
        "toglietemi|toglieteci|levatemi|levateci|rimuovetemi|rimuoveteci|cancellatemi|cancellateci|escludetemi|escludeteci ~1 dai|dalla|dalle ~1 vostri|vostra|vostre|suoi? ~1 rubrica|destinatari|distribuzione",
        # the subject's "richiesta di cancellazione dalla lista", "rimozione dalla mailing list"
        "richiesta|richiedo|richiediamo|chiedo|chiediamo|vorrei|vorremmo|gradirei|gradiremmo|desidero|desideriamo|prego|sollecito|procedere|procedete|confermate|confermare ~3 cancellazione|rimozione|esclusione|disiscrizione|radiazione|stralcio ~1 dalla|dalle|dai|dal|da|dall ~2 lista|liste|mailing|newsletter|elenco|elenchi|invii|indirizzario|distribuzione",
        # the one-word STOP, with a thanks: "Stop, grazie."
        "stop ,|.|!|;|-? ~1 {grazie|grazie mille|per favore|per cortesia|perfavore|pf|saluti|subito|cordiali saluti} @0.9",
        # Swiss "radiare": "vi pregherei di radiare il mio indirizzo dalla vostra lista d'invio"
        "radiare|radiate|radiatemi|radiarmi|radiarci|radiateci|radiarlo|radiarla|radiatelo|radiatela|radii|radiino|radiasse ~8 lista|liste|mailing|newsletter|elenco|elenchi|invii|indirizzario|campagne|comunicazioni|distribuzione|contatti",
        # "per il futuro evitate di coinvolgermi nelle vostre campagne", "non coinvolgetemi più nelle vostre iniziative"
        "evitate|evitare|eviti|evitiate|evitino|evitasse|evitaste ~2 di ~1 coinvolgermi|coinvolgerci|includermi|includerci|inserirmi|inserirci|considerarmi|considerarci|aggiungermi|aggiungerci ~4 campagne|campagna|invii|liste|lista|mailing|comunicazioni|iniziative|newsletter|promozioni|elenchi|elenco|sequenze|sequenza|prossime|future|vostre|vostri",
        "!non ~1 coinvolgetemi|coinvolgeteci|includetemi|includeteci|inseritemi|inseriteci|coinvolgermi|coinvolgerci ~1 piu ~4 campagne|campagna|invii|liste|lista|mailing|comunicazioni|iniziative|newsletter|promozioni|elenchi|elenco|sequenze|sequenza|prossime|future|vostre|vostri",
        # polite and impersonal asks: "la pregherei di non inviarmi ulteriori comunicazioni", "si prega di non inviare altre email"
        "!non ~1 inviarmi|mandarmi|inviarci|mandarci|inviare|mandare|inviarle|mandarle|inviargli|mandargli|scrivermi|scriverci ~1 ulteriori|altre|altri|piu ~2 comunicazioni|email|mail|e-mail|messaggi|proposte|offerte|solleciti|newsletter|promozioni",
        "!si ~1 prega|chiede|invita ~2 di ~1 non ~2 inviare|mandare|scrivere|contattare|inviarci|mandarci|scriverci|contattarci|ricontattare|ricontattarci ~3 piu|ulteriori|altre|altri|email|mail|e-mail|comunicazioni|messaggi|newsletter|proposte|offerte|promozioni",
        # a third person taken off the list: "vi prego di cancellarla dalla vostra mailing list"
        "cancellarla|cancellarlo|cancellarli|rimuoverla|rimuoverlo|rimuoverli|toglierla|toglierlo|toglierli|levarla|levarlo|escluderla|escluderlo ~2 dalla|dalle|dai|dal|dall ~1 vostra|vostre|vostro|vostri|vs ~1 lista|liste|mailing|newsletter|elenco|elenchi|invii|indirizzario|campagne",
        "cancellarla|cancellarlo|cancellarli|rimuoverla|rimuoverlo|rimuoverli|toglierla|toglierlo|toglierli|levarla|levarlo|escluderla|escluderlo ~4 mailing|newsletter|indirizzario|invii|campagne",
        # regional and misspelt: "nun me mannate cchiù 'sti mail", "cancelatemi dalla lista", "togliemi dalla lista"
        "!nun|nu ~1 me|mi|ce|ci ~1 mannate|mandate|scrivete|inviate|mannat ~2 cchiu|chiu|piu",
        "cancelatemi|canceletemi|cancellatemi|togliemi|toglietimi|toglietemi|levatemi|levateme|toglieteme|cancellateme ~3 lista|liste|mailing|elenco|elenchi|newsletter|indirizzario|invii",
        "basta ~1 con ~1 ste|'ste|queste|vostre|sti|'sti|tutte ~2 mail|email|e-mail|messaggi|comunicazioni|newsletter|solleciti|proposte @0.9",
        "lasciatemi|lasciateci|lasciami|lasciaci|lasciarmi|lasciarci|lassateme|lassatece|lassame in pace @0.8",
        "lassateme|lassatece|lassame|lasciateme ~1 perde|perdere|sta|stare @0.9",
        "dico|ripeto|ridico|scrivo ~3 di smettere .|!|,|e|ma @0.8",
        "!non ~2 mandargliene|mandargli|mandarle|inviargli|inviarle|scrivergli|scriverle|contattarlo|contattarla|mandategli|inviategli|scrivetele|mandatele|inviatele|scrivetegli|contattatelo|contattatela ~2 piu",
        # "rimuovete subito il dott. Bianchi" -- not "togliete il Dott. davanti al mio nome" (a rectification)
        "rimuovete|cancellate|escludete ~1 subito|immediatamente|anche? ~1 il|la ~1 dott|dottor|dottoressa|sig|signor|signora|sigra|ing|avv|geom ~2 .|!|dalla|dalle|dai|dal|da @0.8",
        "!non ~1 intende|intendo|intendiamo|intendono ~2 ricevere ~3 ulteriori|altre|altri|piu|comunicazioni|proposte|email|mail|messaggi|offerte",
        "cessazione ~3 invii|invio|comunicazioni|email|mail|messaggi|contatti",
        "!nn|non ~1 mandatemi|mandate|inviatemi|inviate|scrivetemi ~2 piu",
        "rimuovere|rimuovete|togliere|togliete|stralciare|stralciate|depennare|depennate ~3 indirizzo|email|e-mail|contatto|nominativo ~3 dalle|dalla|dai|dal ~1 vostre|vostra|vostri|vostro ~1 comunicazioni|liste|lista|invii|mailing|newsletter",
        # not "campagne": "fate cessare queste campagne verso il nostro dominio" is an organisation's abuse report
        "interrompere|interrompete|interrompa|interrompiate|interrompano|cessare|cessate|cessino|cessi|sospendere|sospendete|sospenda|fermare|fermate|fermi ~3 invio|invii|comunicazioni|email|mail|e-mail|newsletter|messaggi|solleciti|mailing",
        # addresses named between: "eliminare gli indirizzi a@x.it e b@x.it dalla vostra lista di distribuzione"
        "rimuovere|rimuovete|rimuova|togliere|togliete|tolga|eliminare|eliminate|elimini|cancellare|cancellate|cancelli|stralciare|stralciate|depennare|depennate ~3 indirizzi|indirizzo|caselle|casella|contatti|recapiti|nominativi ~8 dalla|dalle|dai|dal|da ~1 vostre|vostra|vostri|vostro|tutte|tutti|le|la ~2 liste|lista|mailing|newsletter|invii|indirizzario|indirizzari|elenco|elenchi|distribuzione|comunicazioni",
        # "la disiscrizione da tutte le vostre campagne", "l'esclusione dalle vostre liste" asked after another right
        "disiscrizione|esclusione|rimozione ~1 da|dalla|dalle|dai|dal|dall|di ~3 tutte|tutti|vostre|vostri|vostra|vostro|le|i|la|il|queste|questi|ogni|qualsiasi ~2 campagne|campagna|liste|lista|mailing|newsletter|comunicazioni|invii|elenchi|promozioni|iniziative|email @0.9",
        "scritto|chiesto|detto|pregato ~3 di smettere @0.8",
        "!preferirei|preferisco|preferiamo|preferirebbe|preferiremmo|preferisce|preferirebbero ~1 non ~2 ricevere|essere ~3 piu|ulteriori|altri|altre|contattat*|comunicazioni|email|mail|solleciti|messaggi",
        # "non ricevere più le vostre email" -- not a footer's "per non ricevere più la nostra newsletter"
        "!non ricevere piu|ulteriori|altre|altri email|mail|e-mail|messaggi|comunicazioni|newsletter|solleciti|proposte|promozioni|offerte|inviti|chiamate|telefonate",
        "!non ricevere piu|ulteriori|altre|altri le|i|gli|alcuna|alcun|nessuna|nessun|queste|questi|tali|simili|vostre|vostri|vs|sue|suoi|loro email|mail|e-mail|messaggi|comunicazioni|newsletter|solleciti|proposte|promozioni|offerte|inviti|chiamate|telefonate",
        "!non ricevere piu|ulteriori|altre|altri le|i|gli|queste|questi|alcuna|alcun vostre|vostri|vs|sue|suoi|loro email|mail|e-mail|messaggi|comunicazioni|newsletter|solleciti|proposte|promozioni|offerte|inviti|chiamate|telefonate",
        # the third person singular said of someone named ("l'ing. Mancini ... che non desidera ricevere"), not a
        # footer's "Se non desidera ricevere altre comunicazioni, risponda CANCELLA"
        "!non ~2 desiderano|vogliono|vorrebbero ~2 ricevere ~2 ulteriori|altre|altri|nessun|nessuna|piu|comunicazioni|email|mail|messaggi",
        "!che|cliente|titolare|lui|lei|sig|sig.ra|signora|signor|signore|dott|dott.ssa|dottor|dottoressa|ing|avv|collega|direttore|direttrice|responsabile|marito|moglie|madre|padre|figlio|figlia|mamma|papa ~2 non ~2 desidera|vuole|vorrebbe ~2 ricevere ~2 ulteriori|altre|altri|nessun|nessuna|piu|comunicazioni|email|mail|messaggi",
        "risparmiate|risparmiaste|risparmiatemi|risparmiarmi|risparmiami|risparmiateci|risparmiarci|risparmiasse|risparmi|risparmiare ~3 promemoria|solleciti|email|mail|messaggi|comunicazioni|reminder|telefonate|chiamate|follow-up|richiami|insistenze",
        "evitare|evitate|evitiate|evitaste|eviti|evitasse ~2 ulteriori|altre|altri|future|nuove|queste|questi ~1 comunicazioni|email|mail|messaggi|solleciti|proposte|contatti|invii|telefonate|chiamate",
        "!non ~2 considerarmi|consideratemi|considerarci|consideri|considerate|consideriate|coinvolgermi|includermi ~2 piu ~4 iniziative|campagne|invii|comunicazioni|proposte|prossime|future|offerte|mailing",
        "!non ~2 venisse|venga|sia|fosse|vengano|siano ~1 piu ~1 inserit*|inclus*|utilizzat*|usat* ~4 invii|liste|lista|mailing|campagne|comunicazioni|newsletter|elenchi|promozional*|commerciali|pubblicitar*",
        "!non ~1 utilizzare|usare|utilizzate|usate|utilizziate|usiate ~1 piu ~4 indirizzo|email|mail|contatto|numero|recapito|casella",
        "!non ~1 utilizzare|usare|utilizzate|usate|utilizziate|usiate ~6 promozional*|pubblicitar*|commercial*|marketing|invii|campagne",
        "!non ~1 voglio|vogliamo|vorrei ~1 vederne|riceverne|leggerne ~1 altre|altri|piu|ancora",
        "ultima ~3 mail|email|e-mail|messaggio|comunicazione ~2 che ~1 apro|leggo|ricevo|voglio|accetto",
        "basta cosi @0.8",
        "cancelli|tolga|rimuova|escluda|levi|elimini|cancellino|tolgano|rimuovano|escludano|eliminino ~6 invii|lista|liste|mailing|newsletter|elenco|elenchi|campagne|indirizzario|sequenza|sequenze",
        "astenersi|astenetevi|astenga|astenete|astenersene|astenervi ~2 dal|da|di|dall' ~1 ricontatt*|contatt*|scriv*|invi*|mand*|chiam*|telefon*",
        "via dalla|dalle|dai|dal ~2 lista|liste|mailing|newsletter|invii|elenco|elenchi|indirizzario",
        "continuate|continuano|continua ancora|sempre|comunque|imperterriti|imperterrito|tuttora? a ~1 scrivermi|scriverci|contattarmi|contattarci|mandarmi|inviarmi|mandarci|inviarci|scrivere|mandare|inviare @0.8",
        "!non scrivetegli|scrivetele|scriveteci|scrivetemi ~1 piu",
        "!per non ricevere piu @0.6",
        "toglietela|toglietelo|toglietele|toglieteli|toglietemi ~3 liste|lista|elenchi|indirizzari",
        "smettetela|smettete|smettere|smetti|smettiamola|smettila di ~2 scrivermi|scriverci|inviarmi|mandarmi|contattarmi|scrivere|inviare|mandare|contattare",
        "smettetela|smettete|smettere|smetti|smettiamola|smettila|smettiate|smettano ~2 di ~2 scriv*|invi*|mand*|contatt*|ricontatt*",
        # calls, not a name: "smettete di chiamarmi ogni giorno", not 'smettete di chiamarmi "Loiacono"' (a rectification)
        "smettetela|smettete|smettere|smetti|smettiamola|smettila|smettiate|smettano ~2 di ~2 chiamarmi|chiamarci|telefonarmi|telefonarci|chiamare|telefonare .|!|,|;|?|al|sul|ogni|tutti|tutte|continuamente|in|per|grazie|e|ancora|a|o",
        "smettetela|smettiamola|smettila|piantatela|finitela @0.9",
        "!non ~1 ricontattarmi|ricontattarci|ricontattatemi|ricontattateci|ricontattate|ricontattarla|ricontattarlo",
        "!non|nn ~2 voglio|vogliamo|desidero|desideriamo|vorrei|vorremmo ~1 piu|altre|altri|ulteriori ~1 email|e-mail|mail|messaggi|comunicazioni|newsletter|pubblicita|offerte|proposte|chiamate|telefonate|promozioni",
        "!non|nn ~2 voglio|vogliamo|desidero|desideriamo|vorrei|vorremmo ~1 ricevere ~1 altro|altre|altri|nulla|niente|piu|ulteriori|nessun|nessuna",
        "!di non ~1 ricevere ~1 piu|ulteriori|altre|altri|nessun|nessuna|comunicazioni|email|mail|e-mail|newsletter",
        "!di non ~1 {essere contattato|essere contattata|essere contattati|essere ricontattato|essere ricontattata}",
        "!non ~2 mandate|inviate|scrivete|scriveteci|scrivetemi|mandatemi|inviatemi|contattate|contattatemi|ricontattatemi|ricontattateci ~3 piu",
        "!nn|non ~2 mi? mandate|scrivete|inviate ~3 piu|niente|nulla",
        "!non ~3 inserirci|inserirmi|includere|includermi|includerci|mettermi|metterci ~4 piu",
        # the writer's own wish, not "il mio collega ha chiesto di essere cancellato dalla lista"
        "chiedo|chiediamo|richiedo|vorrei|vorremmo|voglio|vogliamo|desidero|desideriamo|prego|preghiamo|gradirei|gradiremmo|potrei|possiamo|posso|preferisco|preferirei ~3 essere rimosso|rimossa|rimossi|rimosse|cancellato|cancellata|cancellati|tolto|tolta|tolti|escluso|esclusa|esclusi ~5 lista|liste|sequenza|sequenze|mailing|newsletter|elenco|elenchi|campagne|invii",
        "essere rimosso|rimossa|rimossi|cancellato|cancellata|tolto|tolta|escluso|esclusa ~5 questa|questo|queste|questi ~1 lista|liste|sequenza|mailing|newsletter|elenco|elenchi|campagne|invii",
        "essere rimosso|rimossa|rimossi|cancellato|cancellata|tolto|tolta|escluso|esclusa ~5 lista|liste|sequenza|mailing|newsletter|elenco|elenchi|campagne|invii @0.5",
        "togliere|rimuovere|cancellare|levare|escludere|togliete|rimuovete|levate|escludete|stralciare|stralciate|depennare|depennate ~8 campagne|invii|invio|elenco|elenchi|mailing|liste|lista|sequenza|sequenze",
        "toglietemi|levatemi|levami|escludetemi|toglimi|rimuovetemi|cancellatemi ~6 lista|liste|mailing*|newsletter|elenco|elenchi|database|indirizzario|invii|campagne|comunicazioni|contatti",
        "cancellarmi|cancelarmi|rimuovermi|togliermi|levarmi|escludermi|cancellarci|rimuoverci|toglierci|escluderci ~5 lista|liste|mailing*|mailng|newsletter|elenco|elenchi|database|invii|campagne|sequenza|sequenze|indirizzario",
        "!non ~2 desidero|voglio|vorrei|vogliamo|desideriamo ~2 ricevere ~2 ulteriori|altre|altri|nessun|nessuna|piu",
        "!preferirei|preferisco|preferiamo non ~2 ricevere|essere ~3 piu|ulteriori|contattat*",
        "!non ne voglio ~2 ricevere|altre",
        "!nn voglio piu ~2 ricevere",
        "!niente|nient' piu ~2 mail|email|e-mail|comunicazioni|messaggi|proposte|invii",
        "!non serve|occorre ~2 che ~2 scriviate|contattiate|mandiate|inviate|ricontattiate|riscriviate|richiamiate|chiamiate piu|ancora|.|!|,|;|altro|nulla|niente|altre|altri|ulteriori|email|mail|messaggi|grazie|mai|e|nient'altro @0.8",
        "non insistete @0.7",
        # finality in a reply that declines: "la preghiamo di non contattarci più", "nn mi scrivete + grazie",
        # "se c'è un modo per farmi uscire dalla sequenza", "non mi scriva più.", "né ora né mai"
        # (not "non mi scriva più su questo indirizzo", "non mi scriva più di due volte al mese")
        "!non ~2 contattarci|scriverci|mandarci|inviarci|ricontattarci|cercarci ~2 piu|mai",
        "!non|nn ~1 mi|ci ~1 scrivete|scriva|scrivere|contattate|contatti|contattare|mandate|mandi|cercate|cerchi ~1 + ~1 grazie|grz|ciao|.|,|!|saluti @0.9",
        "!non ~1 mi|ci ~1 scriva|contatti|mandi|invii|ricontatti|cerchi|chiami|scrivano|contattino|mandino|ricontattino ~1 piu ~1 .|,|!|;|grazie|mai|niente|nulla|ne|email|mail|e-mail|messaggi|comunicazioni|proposte|offerte @0.9",
        "farmi|farci|fatemi|fateci|voglio|vorrei|vogliamo|vorremmo|posso|potrei|possiamo ~2 uscire ~1 dalla|dal|dalle|dai|da ~1 vostra|vostro? ~1 sequenza|sequenze|lista|liste|mailing|newsletter|elenco|elenchi|automazione|invii|campagna|campagne ~1 .|,|!|;|grazie|automatica|automatiche|automatico|commerciale|commerciali|vostra|vostri|vostre @0.9",
        "{toglietemi|toglieteci|rimuovetemi|rimuoveteci|escludetemi|escludeteci|levatemi|levateci|cancellatemi|cancellateci|mi tolga|ci tolga|mi rimuova|ci rimuova|mi escluda|ci escluda} ~3 sequenza|sequenze|lista|liste|mailing|newsletter|elenco|elenchi|invii|campagna|campagne|automazione|indirizzario @0.9",
        "!non ~1 voglio|vogliamo|vorrei|vorremmo piu ~1 sentirvi|risentirvi|sentirla|sentirti ~1 .|,|!|;|ne|grazie @0.8",
        "!non ~1 voglio|vogliamo|vorrei|vorremmo piu sentire parlare di voi|lei|te @0.8",
        "!ne ora ne mai .|!|; @0.7",
        "!non autorizzo ~6 contatt*|comunicazion*|commercial*|marketing|promozional*|pubblicitar*",
        "fuori dalla|dalle ~1 lista|liste @0.9",
        "mi oppongo ~8 promozional*|pubblicitar*|marketing|commercial*",
        # the formal cease-and-desist: "la diffido dall'inviare ulteriori comunicazioni"
        "diffido|diffidiamo|diffida|diffidarvi|diffidarla ~3 inviare|inviarmi|inviarci|mandare|mandarmi|mandarci|contattarmi|contattarci|scrivermi|scriverci|ricontattarmi ~2 ulteriori|altre|altri|piu|comunicazioni|email|mail|e-mail|messaggi|proposte @0.8",
        "opposizione ~8 promozional*",
        "cancellateci|toglieteci|rimuoveteci",
        "!non ~2 scriveteci|inviateci|mandateci|contattateci ~2 piu",
        "!non ~2 mandarmi|inviarmi|scrivermi|contattarmi ~2 piu",
        "!non ~3 inviare|mandare|scrivere ~3 piu",
        "!non scrivetemi|mandatemi|inviatemi piu",
        "basta ~2 email|e-mail|mail|messaggi",
        "cancellami|cancellatemi|rimuovetemi|eliminatemi",
        "disiscriv*|disiscrizione|desiscriv*",
        "cancellare|rimuovere|togliere|eliminare|cancellate|rimuovete|togliete ~5 lista|liste|mailing|newsletter|database|indirizzario",
        "!non ~3 inviatemi|mandatemi|scrivetemi|contattatemi ~2 piu",
        "!non ~2 voglio|desidero|vorrei piu ricevere|essere",
        "!non ~2 voglio|desidero|vorrei ricevere ~3 piu",
        "!non ~3 contattarmi ~2 piu",
        "smettete|smetti|smettere di ~2 scrivermi|inviarmi|contattarmi|mandarmi",
        "opposizione ~6 marketing|pubblicitari*|commerciali|commerciale|promozional*",
        "mi oppongo ~8 marketing|pubblicitari*|commerciali|commerciale",
        "cancellazione ~3 iscrizione|newsletter|mailing",
        "annulla* ~2 iscrizione",
        # indirect: "lasciateci perdere", "passo per le prossime", "nessuna mail in più", "ora basta"
        "lasciateci|lasciatemi|lasciami|lasciaci|lasciarci|lasciarmi perdere @0.9",
        "ci|mi ~1 lasci|lasciate|lasciasse perdere @0.8",
        "passo ~1 per|sulle|sui ~1 le|i? prossime|prossimi|future|futuri|successive|successivi",
        "!nessuna|nessun ~1 altra|altro? ~1 mail|email|e-mail|messaggio|comunicazione|invio|sollecito ~1 in? piu",
        "!non ~2 includermi|includerci|inserirmi|inserirci|considerarmi|considerarci ~4 prossimi|prossime|futuri|future|invii|liste|lista|campagne|mailing|comunicazioni|elenchi",
        "{ora basta|adesso basta|basta adesso|basta ora|basta davvero|e basta} .|!|, @0.8",
        "!. basta .|! @0.7",
        "direi che ~2 {puo bastare|basta cosi|puo anche bastare} @0.8",
        # "Direi che può bastare, no?", "può bastare così, grazie" (the "no?" after is no negation of the ask)
        "!direi|credo|penso ~1 che ~2 {puo bastare|basta cosi|puo anche bastare|possa bastare} ~1 ,|. ~1 no|vero|grazie ~1 ? @0.8",
        "{chiudiamola qui|finiamola qui|possiamo chiuderla qui|la chiudiamo qui} ,|.|!|? @0.8",
        # "evitate di scrivermi ancora", "la prego di evitare di contattarci"
        "evitate|evitare|eviti|evitiate|evitino|evitasse|evitaste|evitatemi ~2 di ~1 scrivermi|scriverci|contattarmi|contattarci|mandarmi|mandarci|inviarmi|inviarci|ricontattarmi|ricontattarci|disturbarmi|disturbarci|cercarmi|cercarci|chiamarmi|telefonarmi|riscrivermi|riscriverci @0.9",
        # "non desidera essere ricontattato", "gradirei non essere più contattata"
        "!non ~2 desidera|desidero|desideriamo|desiderano|vuole|voglio|vogliamo|vogliono|vorrei|vorremmo|vorrebbe|vorrebbero|intende|intendo|intendiamo|gradisce|gradiamo ~1 essere ~1 piu|ulteriormente? ~1 contattat*|ricontattat*|disturbat*|cercat*|richiamat*|sollecitat*",
        "!gradirei|gradiremmo|preferirei|preferiremmo|preferisco|preferiamo|chiedo|chiediamo|richiedo|vorrei|vorremmo|desidero|desideriamo|voglio|vogliamo|auspico ~2 non ~1 essere ~1 piu|ulteriormente ~1 contattat*|ricontattat*|disturbat*|cercat*|sollecitat*",
        # "chiedo l'interruzione di ogni invio di email commerciali", "la sospensione di qualsiasi comunicazione"
        "interruzione|cessazione|sospensione|blocco|stop ~1 di|del|dei|degli|delle|dell|della ~1 ogni|qualsiasi|qualunque|tutti|tutte|ulteriori|tutto ~2 invii|invio|comunicazioni|comunicazione|email|mail|e-mail|messaggi|contatti|newsletter|solleciti|mailing|campagne",
        # "vi sarei grato se non mi scriveste più", "le sarei grata se non mi contattasse più"
        "!non ~1 mi|ci ~1 scriveste|contattaste|mandaste|inviaste|cercaste|ricontattaste|scrivesse|contattasse|mandasse|inviasse|cercasse|ricontattasse|scrivessero|contattassero|mandassero ~1 piu",
        "stralciatemi|depennatemi|stralciateci|depennateci",
        "!non ~2 contate|contiate|conti ~2 su di? me|noi ~3 prossim*|futur*|campagne|invii|iniziative @0.8",
        # the automated follow-up: "potete stoppare la sequenza", "fermate questa campagna", "interrompete i follow-up"
        # asked of the sender (imperative, "potete ..."), not "abbiamo dovuto fermare la campagna estiva"
        "stoppate|stoppi|fermate|interrompete|interrompa|bloccate|annullate|disattivate ~2 la|le|questa|queste|questo|questi|vostra|vostre|il|i|gli ~1 sequenza|sequenze|automazione|automazioni|follow-up|followup|solleciti|promemoria @0.9",
        "potete|potreste|puoi|potresti|puo|vogliate|prego|chiedo|chiediamo ~2 di? ~1 stoppare|fermare|interrompere|bloccare|annullare|disattivare|chiudere ~2 la|le|questa|queste|questo|questi|vostra|vostre|il|i|gli ~1 sequenza|sequenze|automazione|automazioni|follow-up|followup|solleciti|promemoria @0.9",
        "stoppare|stoppate|fermare|fermate|interrompere|interrompete|bloccare|bloccate|annullare|annullate|disattivare|disattivate ~1 questa|queste|vostra|vostre ~1 campagna|campagne @0.9",
        "stoppatela|stoppate|stoppatemi|stoppateci ~1 .|!|pure|qui|grazie|subito @0.8",
        # "non fatevi più sentire", "non fatevi vivi"
        "!non ~2 {fatevi|farvi|fatti|fatevene|vi fate} ~2 sentire|vivi|vivo|risentire",
        # the threat of what comes if mail goes on: "se arriva un'altra mail ...", "se mi scrivete ancora ..."
        # (with the threat named, not "se arriva un'altra mail con il listino la giro al responsabile")
        "se ~3 altra|altro|ulteriore|nuova|nuovo ~1 mail|email|e-mail|messaggio|comunicazione|sollecito ~8 segnalazione|segnalo|segnalero|segnalare|denuncio|denuncia|denuncero|denunciare|garante|reclamo|avvocato|avvocati|spam|polizia|blocco|bloccero|diffida|autorita|esposto @0.8",
        "se ~2 mi|ci ~1 scrivete|riscrivete|contattate|ricontattate|mandate|inviate|scriverete|contatterete ~1 {ancora|di nuovo} ~8 segnalazione|segnalo|segnalero|segnalare|denuncio|denuncia|denuncero|denunciare|garante|reclamo|avvocato|avvocati|spam|polizia|blocco|bloccero|diffida|autorita|esposto @0.8",
        "se ~1 continuate|continuerete ~2 a ~1 scrivermi|scriverci|contattarmi|contattarci|mandarmi|inviarmi|mandarci|inviarci|scrivere|mandare|inviare ~8 segnalazione|segnalo|segnalero|segnalare|denuncio|denuncia|denuncero|denunciare|garante|reclamo|avvocato|avvocati|spam|polizia|blocco|bloccero|diffida|autorita|esposto @0.8",
        # --- constructions (any person, tense and mood): NEGATION + want/wish + receive + mail words
        # "Non desidero più ricevere le vostre comunicazioni", "il mio capo non vuole più ricevere i vostri messaggi",
        # "non vorrei continuare a ricevere queste offerte", "non ho più bisogno di ricevere la vostra newsletter"
        # -- not "non voglio smettere di ricevere", nor "non voglio ricevere la fattura per email"
        _IT_NOT_I + " " + _IT_WANT_I + " " + _IT_RECEIVE_MAIL,
        _IT_NOT_I
        + " ho|abbiamo|avrei|avremmo piu? intenzione|bisogno|voglia|interesse|necessita di "
        + _IT_RECEIVE_MAIL,
        "!non|nn mi|ci interessa|interessano " + _IT_RECEIVE_MAIL,
        "!non|nn ho|abbiamo|avrei|avremmo piu? intenzione|voglia di continuare|tornare? a? ricevere|riceverne piu? nulla|niente|altro",
        # ... said of someone the writer acts for: "il mio capo non vuole più ricevere i vostri messaggi"
        _IT_NOT_3 + " " + _IT_WANT_3 + " " + _IT_RECEIVE_MAIL,
        _IT_TITLES + " ~2 non|nn " + _IT_WANT_3 + " " + _IT_RECEIVE_MAIL,
        _IT_TITLES + " ~2 non|nn ha|hanno piu? intenzione|bisogno|interesse di " + _IT_RECEIVE_MAIL,
        # "vorrei smettere di ricevere queste email", "desideriamo cessare di ricevere le vostre offerte"
        "vogli*|vorr*|vuol*|desider*|prefer*|chied*|prego|gradire* ~2 smettere|cessare|finire di ricevere ~1 "
        + _IT_DETS
        + "? "
        + _IT_DETS
        + "? "
        + _IT_MAIL,
        # "non voglio che mi arrivino più queste email", "non vogliamo che ci contattiate di nuovo"
        "!non|nn voglio|vogliamo|vorrei|vorremmo|desidero|desideriamo che ~2 mi|ci|gli|le? ~1 arriv*|invi*|mand*|scriv*|contatt*|ricontatt*|cerch*|continu* ~1 piu|ancora|mai|nuovamente",
        # "che questa sia l'ultima email che ricevo", "vi sarei grato se questa fosse l'ultima mail che mi inviate"
        # (subjunctive / conditional only: not "questa è stata l'ultima email che ho ricevuto")
        "sia|fosse|sarebbe ~2 ultima|ultimo ~1 mail|email|e-mail|messaggio|comunicazione|invio|newsletter ~4 che ~2 ricev*|arriv*",
        "sia|fosse|sarebbe ~2 ultima|ultimo ~1 mail|email|e-mail|messaggio|comunicazione|invio|newsletter ~4 che ~1 mi|ci ~1 invi*|mand*|scriv*|arriv*",
        "che ~2 sia|fosse ~2 ultima|ultimo ~1 mail|email|e-mail|messaggio|comunicazione|invio ~1 ,|.|!|;|grazie|per|da|che",
        # "non mi scrivete mai più", "mai più mi contattate"
        "!mai piu ~2 mi|ci ~1 scriv*|contatt*|ricontatt*|mand*|invi*|cerch*|disturb*",
        "!non|nn ~2 mi|ci ~1 scrivete|scriviate|scriva|scrivano|scrivere|contattate|contattiate|contatti|contattino|contattare|mandate|mandiate|mandi|mandino|inviate|inviiate|invii|inviino|cercate|cerchiate|cerchi|disturbate|disturbi ~3 mai piu",
        # an objection (art. 21) to direct marketing: "esercito il diritto di opposizione al trattamento dei miei dati
        # personali a fini di marketing", "mi oppongo all'uso dei miei dati per finalità promozionali"
        "{esercito|esercitiamo|intendo esercitare|vorrei esercitare|desidero esercitare|voglio esercitare|chiedo di esercitare} ~4 opposizione ~12 marketing|pubblicit*|commercial*|promozional*|prospezione|vendita",
        "al trattamento|utilizzo|uso ~2 miei|nostri ~1 dati ~1 personali? ~1 a|per|con ~1 fini|finalita|scopi? ~1 di? ~1 marketing|pubblicit*|commercial*|promozional*|prospezione",
        "oppongo|opponiamo|oppormi|opporci ~12 marketing|pubblicit*|commercial*|promozional*|prospezione",
        # "non voglio più sentire parlare di voi", "non vogliamo più avere vostre notizie"
        "!non|nn voglio|vogliamo|vorrei|vorremmo|desidero|desideriamo piu? {sentire parlare|sentir parlare|avere notizie|sapere nulla|sapere niente|saperne nulla|saperne niente} piu? di|da voi|lei|vostr*|sua|loro",
        "!non|nn voglio|vogliamo|vorrei|vorremmo|desidero|desideriamo piu? avere vostre|sue notizie",
        # "vorrei non ricevere più nulla da voi", "desidero non ricevere ulteriori comunicazioni"
        "!vorrei|vorremmo|voglio|vogliamo|desider*|preferi*|gradirei|gradiremmo ~1 non ~1 ricevere|riceverne ~1 piu|ulteriori|altre|altri|nulla|niente|nessun|nessuna",
        "!non|nn voglio|vogliamo|vorrei|vorremmo|desidero|desideriamo che ~2 mi|ci|gli|le ~1 arriv*|invi*|mand*|scriv*|contatt*|ricontatt*|cerch* ~1 di nuovo",
    ],
    "access": [
        "come ~3 sono ~1 finito|finita|capitato|capitata|entrato|entrata ~3 nella|nelle|nel|nei ~1 vostra|vostre|vostro|vostri|questa|vs ~1 lista|liste|elenco|elenchi|database|archivio|mailing",
        "copia ~6 {che mi riguardano|che mi riguarda|su di me|relative a me}",
        "cosa ~2 c' e ~2 nei|nel|negli|nella|nelle ~1 vostri|vostro|vostra|vostre ~1 archivi|archivio|database|sistemi|sistema|crm|file|registri|elenchi ~4 {su di me|su me|che mi riguarda|riguardo a me|sul mio conto}",
        # "cos'altro avete archiviato a mio nome?"
        "cos'altro|altro ~4 {a mio nome|su di me|sul mio conto} ~2 ?",
        "elenco|lista|copia|riepilogo ~3 di? ~1 quello|quanto|cio|cosa ~1 che? ~2 conservate|trattate|possedete|detenete|archiviato|registrato|conservato ~2 .|,|su|di|sul|e|?",
        "come ~1 avete ~2 l' ~1 indirizzo|email|e-mail|numero|contatto",
        "{cosa|che cosa} ~1 sapete|avete ~2 {di lui|di lei|su di lui|su di lei|sul suo conto} ?",
        "da dove ~3 presi|avuti|ottenuti|trovati|recuperati @0.8",
        "quale|quali ~1 dati ~2 avete ~2 di|su ~1 me|mi",
        "come ~1 avete ~2 mio|mia|il|la ~1 indirizzo|email|e-mail|numero|contatto",
        "da chi|dove ~3 avuto|preso|ottenuto|comprato|ricevuto|acquistato|presi|avuti|ottenuti ~3 miei|mio|mia|mie|dati|numero|indirizzo|contatto|contatti|nominativo",
        "a chi ~5 comunicati|ceduti|passati|venduti|trasmessi|forniti|girati|comunicato|ceduto|passato|venduto|trasmesso|fornito @0.9",
        "sapere se ~2 disponete|avete|conservate|possedete|trattate|detenete ~3 mio|mia|miei|mie|dati|informazioni",
        "chi ~2 vi|le|ti|gli ~2 ha detto|detto|raccontato|passato",
        "da quale|che ~1 elenco|lista|fornitore|database|banca ~3 preso|avuto|comprato|ottenuto|estratto",
        "quali|ke|cosa ~2 dati|informazioni|info ~6 avete|conservate|possedete|trattate|registrat*|detenete|tenete|raccolto",
        # "che dati avete", "che tipo di dati"; not the conjunction "chiedo che i dati che avete raccolto siano distrutti"
        "che dati|informazioni|info ~6 avete|conservate|possedete|trattate|registrat*|detenete|tenete|raccolto",
        "che tipo|genere|sorta di dati|informazioni|info ~6 avete|conservate|possedete|trattate|registrat*|detenete|tenete|raccolto",
        "che altri|altre|ulteriori|esattamente dati|informazioni|info ~6 avete|conservate|possedete|trattate|registrat*|detenete|tenete|raccolto",
        "cosa|cos' ~3 sapete|avete ~4 {di me|di mio|sul mio conto|su di me}",
        "cosa ~2 avete ~3 registrato|raccolto|conservato ~2 su di me",
        "come|dove ~3 avete ~3 avuto|preso|trovato|ottenuto|raccolto|recuperato ~3 mio|mia|miei|mie",
        "come fate ad avere ~2 mio|mia|miei|mie",
        "dove|come ~3 l'|li|lo|le avete ~2 trovato|trovati|preso|presi|avuto|avuti|ottenuto|ottenuti|raccolto|raccolti",
        "chi ~2 vi|ti ~2 ha ~2 venduto|dato|fornito|passato|ceduto|comunicato ~3 mio|mia|miei|mie|nome|indirizzo|contatto|numero",
        "da dove ~4 arriva|arrivano|provengono|proviene|vengono|viene",
        "da quale fonte",
        "come ~2 sei|siete|e ~2 arrivat* ~2 a me",
        "vedere|ricevere|avere ~4 scheda|copia|elenco|dati ~5 {su di me|di me|avete|compilato|registrato}",
        "mandate|mandatemi|inviatemi|inviate|mandarmi|inviarmi ~4 elenco|copia|dati|tutto ~5 {avete|su di me|di me} @0.8",
        "{fatemi vedere|ditemi|dimmi|ditemelo|dirmi} ~4 cosa|che|quali|chi|come",
        "che dati ~2 avete su di me",
        "cosa ~3 sapete|avete ~3 su di me",
        "chi vi ha dato",
        "mandatemi|inviatemi ~5 quello che avete",
        "da dove ~4 preso|avuto|ottenuto",
        "fonte|fonti|provenienza|origine ~1 ?|grazie",
        "fonte|fonti|provenienza per favore",
        "{la vostra fonte|quale fonte}",
        "diritto di accesso",
        "richiesta di accesso",
        "accesso ai ~2 dati",
        "quali dati ~4 avete|trattate|conservate|possedete",
        "copia dei ~3 dati",
        "come|dove ~3 avete ~2 ottenuto|preso|trovato ~2 mio|miei",
        "origine dei ~3 dati",
        "quanto tempo ~3 terrete|conserverete|conservate|tenete|tratterete|conservano|terranno ~3 miei|mio|mia|mie ~1 dati|informazioni|nominativo|contatti",
        "quali|che dati ~1 sono ~1 esattamente",
        "quali|che dati ~1 ci sono|risultano|avete",
        # "vedere la mia scheda", not "mi ha fatto vedere che il mio profilo compare ancora"
        "vedere|visionare|consultare tutti|tutte|tutto? il|la|i|le|gli? mia|mio|miei|mie ~1 scheda|dati|profilo|anagrafica|fascicolo|informazioni",
        "tutto quello|quanto|cio ~2 avete ~3 registrato|raccolto|conservato|salvato|archiviato ~3 {su di me|di me|sul mio conto}",
        "sapere|conoscere ~2 cosa|quali|che ~1 dati|informazioni? ~2 avete|possedete|conservate|trattate|sapete",
        "elenco|lista|copia di ~1 cosa|quello|quanto ~2 avete",
        "da dove ~4 presi|presa|prese|avuti|avuta|ottenuti|ottenuta|recuperat*|trovat*|tirato|tirati",
    ],
    "erasure": [
        # the imperfect subjunctive of a polite ask: "le sarei grato se cancellasse i miei dati"
        "grato|grata|grati|grate|riconoscente|riconoscenti|gradirei|gradiremmo|preferirei|vorrei|vorremmo|chiedo|chiediamo|prego ~4 se|che ~1 cancellasse|cancellassero|cancellaste|eliminasse|eliminassero|eliminaste|rimuovesse|rimuovessero|rimuoveste ~3 miei|nostri|tutti|i ~2 dati",
        "fate|fare|faccia|facciate ~1 pulizia ~3 miei|mio|mia|mie|tutti ~2 dati|informazioni|recapiti|contatti",
        "cancelare|cancelate|canceliate ~3 miei|mio|mia|mie|tutti|i ~2 dati|recapiti|contatti|informazioni",
        "rimuovete|rimuovere|cancellate|cancellare|eliminate|eliminare|togliete|togliere ~4 dati|contatti|indirizzi|recapiti|informazioni ~6 dai|dal|dagli|dalla|dalle ~1 vostri|vostro|vostra|vostre ~1 archivi|archivio|database|sistemi|sistema|crm|file|registri",
        # "fate piazza pulita di tutto quello che avete su di me"
        "piazza pulita ~8 {su di me|su di noi|mi riguarda|ci riguarda|miei dati|mio nominativo}",
        # "... sono stati cancellati? In caso contrario, provvedete"
        "cancellati|eliminati|distrutti|rimossi|cancellate|eliminate|distrutte|rimosse ~12 {in caso contrario|altrimenti|se non|se cosi non fosse|se non e cosi|se non lo sono} ~2 {provvedete|provvedere|provveda|fatelo|lo faccia|cancellateli|eliminateli|distruggeteli|procedete|proceda|procedere}",
        # "chiedo che i dati personali che avete raccolto su di me siano distrutti"
        "dati|informazioni|nominativo|recapiti ~10 siano|vengano|sia|venga ~1 distrutti|cancellati|eliminati|rimossi|distrutte|cancellate|eliminate|rimosse|distrutto|cancellato|eliminato|rimosso",
        # "non voglio che teniate niente di mio", "non vogliamo che conserviate alcun dato"
        "!non ~2 voglio|vogliamo|vorrei|vorremmo|desidero|desideriamo ~1 che ~1 teniate|conserviate|abbiate|manteniate|tratteniate|archiviate|custodiate|conservino|tengano ~2 niente|nulla|traccia|copia|dati|alcun|alcuna|nessun|nessuna|miei|mio|mia|mie ~2 di? ~1 mio|mia|miei|mie|me|dati|nostro|nostri|.|,|!",
        "uscire|togliermi|levarmi ~2 dal|dai|dalla|dalle ~1 vostro|vostri|vostra|vostre|vs|loro ~1 database|archivi|archivio|sistemi|sistema|crm|gestionale|anagrafica",
        "levate|levatemi|levateci|levare ~2 tutti|tutte|ogni|miei|mio|mia|mie|qualsiasi ~2 dati|informazioni|scheda|profilo|anagrafica",
        "poi|dopo|quindi|infine ~2 che ~1 vengano|siano|venga|sia ~1 cancellat*|eliminat*|distrutt*|rimoss* ~1 .|!|,|grazie|anch* @0.9",
        "cancellazione|eliminazione|rimozione|distruzione ~2 di tutto",
        "!non ~1 conservare|conservate|conserviate|tenere|tenete|teniate|mantenere ~1 traccia|copia|nulla|niente",
        "!non ~1 fossero|siano|vengano|venissero|sia|fosse|venisse|venga piu? ~1 conservat*|memorizzat*|archiviat*|trattenut*|tenut*|mantenut*",
        "!non ~1 conserviate|conservaste|conservate|conservare|teniate|teneste|manteneste|manteniate ~1 piu ~3 miei|mio|mia|mie|dati|nulla|niente|informazioni",
        "!conferm* ~3 che ~1 non ~2 conservate|avete|tenete|trattate|possedete|detenete ~2 piu ~2 nulla|niente|alcun|alcuna|dati|miei",
        "sparire|sparisca|spariscano|scomparire|scompaia|scompaiano ~4 sistemi|sistema|database|archivi|archivio|banca|gestionale|server|crm|anagrafica",
        "sparisca|spariscano|scompaia|scompaiano|sparire|scomparire ~1 tutto|tutti|tutte|ogni|completamente|definitivamente",
        "venissero|fossero|venisse|fosse ~2 tolti|tolto|tolta|tolte|rimoss*|cancellat*|eliminat* ~3 dal|dai|dalla|dalle ~2 database|archivi|archivio|sistemi|sistema|banca|gestionale|anagrafica|server",
        "via ~2 miei|mio|mia|mie ~1 dati|nominativo|nome|numero|contatti|recapiti|informazioni",
        "cancellate|eliminate|cancellare|eliminare|distruggete|togliete ~3 resto",
        "cancellate|eliminate|distruggete|rimuovete|togliete|cancellare|eliminare|distruggere|rimuovere|elimnate|eliminre|cancelliate|eliminiate|distruggiate|rimuoviate|cancella|elimina|cancellami|cancellatemi|cancellaste|eliminaste|distruggeste|rimuoveste|toglieste|cancellasse|eliminasse|cancellassero|eliminassero|cancellino|eliminino ~3 mio|mia|miei|mie|ogni|qualsiasi|tutti|tutte ~3 nominativo|recapiti|recapito|numero|cellulare|nome|profilo|scheda|informazione|informazioni|dato|dati|traccia|contatti|telefono|anagrafica",
        # the address alone: "rimuovere il mio indirizzo dalle vostre liste" is an unsubscribe, so weaker evidence
        "cancellate|eliminate|distruggete|rimuovete|togliete|cancellare|eliminare|distruggere|rimuovere|cancelliate|eliminiate|distruggiate|rimuoviate|cancella|elimina ~3 mio|mia|ogni|qualsiasi ~2 contatto|email|e-mail|mail|indirizzo @0.6",
        "cancellate|eliminate|distruggete|togliete|cancellare|eliminare|cancelliate|eliminiate|distruggiate ~2 tutto ~5 {avete|su di me|riguarda|di me}",
        # the data named before, as a pronoun: "poi voglio che le cancelliate", "chiedo che vengano cancellati"
        "che ~1 li|le|lo|la ~1 cancelliate|eliminiate|distruggiate|rimuoviate @0.9",
        "chiedo|chiediamo|voglio|vogliamo|vorrei|desidero|prego che ~1 vengano|siano|venga|sia ~1 cancellat*|eliminat*|distrutt*|rimoss* @0.9",
        "poi|dopo|quindi|infine ~3 cancellate|eliminate|distruggete|cancellateli|eliminateli|distruggeteli|cancellatele|eliminatele ~2 tutto|tutti|tutte|dati|li|le|.|! @0.9",
        "potete|potreste|puoi|potresti|prego|chiedo|chiediamo ~2 cancellarli|eliminarli|distruggerli|rimuoverli|cancellarle|eliminarle|cancellarlo|eliminarlo @0.8",
        "!preferirei|preferisco|preferiamo|vorrei|voglio|chiedo che non ~1 conserviate|conservaste|teniate|teneste|manteniate|tratteniate ~2 miei|mio|mia|mie|dati",
        "!non ~2 voglio|vogliamo|desidero ~1 che ~2 resti|rimanga|restino|rimangano|resti ~2 alcuna|nessuna|traccia|nulla|niente",
        "!alcuna|nessuna traccia ~2 {di me|mia|dei miei}",
        "via dal|dai|dalla|dalle|da ~2 crm|database|archivi|archivio|sistemi|sistema|gestionale|anagrafica|server|elenchi @0.9",
        # a fresh clause after "non scrivetemi più e ...": the negation before belongs to the first verb
        "!e|ed|poi|quindi|anche cancellate|eliminate|distruggete ~2 tutto|tutti|tutte|mio|mia|miei|mie|ogni|qualsiasi ~3 dati|dato|informazioni|scheda|profilo|nominativo|contatto|contatti|avete|traccia|recapiti",
        "cancellate tutto @0.8",
        "{buttate via|fate sparire|far sparire|buttare via} ~4 dati|nome|nominativo|tutto|informazioni",
        "cancellazione ~6 dati|nominativo",
        "cancellazione definitiva|totale|completa",
        # noun phrase with every removal noun: "l'eliminazione definitiva della mia scheda"
        "cancellazione|eliminazione|rimozione|distruzione ~2 definitiva|totale|completa? ~1 del|della|dei|delle|di ~2 mio|mia|miei|mie|tutti|tutte|ogni|qualsiasi ~3 dati|dato|scheda|profilo|nominativo|informazioni|anagrafica|recapiti|contatti|record",
        # wish / passive: "voglio che i miei dati siano cancellati"
        "vengano|venga|siano|sia ~2 tolti|tolto|tolta|tolte|rimoss*|cancellat*|eliminat* ~3 dal|dai|dalla|dalle ~2 database|archivi|archivio|sistemi|sistema|banca|gestionale|anagrafica|server",
        "miei|mio|mia|mie|tutti ~3 dati|nominativo|scheda|profilo|informazioni|recapiti ~5 siano|sia|vengano|venga ~2 cancellat*|eliminat*|rimoss*|distrutt*",
        "essere rimoss*|cancellat*|eliminat* ~5 database|archivi|archivio|sistemi|banca|gestionale",
        "rimossa|rimosso|cancellato|cancellata ~2 completamente|definitivamente",
        "cancellatelo|cancellateli|eliminateli|eliminatelo|distruggeteli|cancellatela|cancellatele @0.6",
        "cancellateli|cancellatele|eliminateli|eliminatele|distruggeteli|distruggetele|rimuoveteli|toglieteli ~1 tutti|tutte|subito|pure|definitivamente|completamente|immediatamente",
        "{per favore|per cortesia|vi prego|dopo|poi|quindi} ~2 cancellateli|cancellatele|eliminateli|eliminatele|distruggeteli|distruggetele",
        # the address named before, as a pronoun: "ditemelo e poi cancellatelo"
        "{e poi|e dopo|dopodiche|poi|dopo|quindi|infine} ~1 cancellatelo|cancellatela|eliminatelo|eliminatela|distruggetelo|rimuovetelo ~1 .|!|subito|definitivamente|immediatamente|ovunque @0.8",
        "rimuovetemi|eliminatemi|toglietemi|cancellatemi|cancellami|eliminami|rimuovermi|cancellarmi|eliminarmi ~4 database|archivi|archivio|sistemi|sistema|banca|gestionale|anagrafica|server|crm",
        "cancellare|eliminare|rimuovere|togliere|cancellate|eliminate|rimuovete|togliete ~6 dal|dai|dalla|dalle ~2 database|archivi|archivio|sistemi|sistema|banca|gestionale|anagrafica|server",
        "dimenticatevi|scordatevi di me",
        "dati|nominativo|informazioni|scheda|indirizzo ~6 cancellati|cancellate|eliminati|eliminate|distrutti|rimossi|rimosse|cancellata|rimossa|eliminata|rimosso|cancellato",
        "!non ~2 voglio|desidero ~2 piu ~2 figurare|comparire|esistere|restare @0.8",
        "!non acconsento ~4 conservazione|conservare|trattamento @0.8",
        "cancellatemi ~3 database|archivi|sistemi|banca",
        "cancellate|eliminate|distruggete|togliete|cancelliate|eliminiate|distruggiate|togliate ~4 dati|informazioni|scheda|profilo|traccia|anagrafica",
        # the infinitive asked for, or with the writer's data: not "il gestionale permette di cancellare i dati di un cliente"
        "chiedo|chiediamo|richiedo|prego|preghiamo|vorrei|voglio|vogliamo|vorremmo|desidero|desideriamo|potete|potreste|dovete|vogliate|invito|invitiamo|diffido|intimo|chiederei|procedere|provvedere ~4 cancellare|eliminare|distruggere|togliere|rimuovere ~4 dati|informazioni|scheda|profilo|traccia|anagrafica",
        "cancellare|eliminare|distruggere|togliere|rimuovere ~3 tutti|tutte|ogni|qualsiasi|miei|mio|mia|mie ~3 dati|informazioni|scheda|profilo|traccia|anagrafica",
        "cancellare|eliminare|distruggere|togliere ~4 dati|informazioni|scheda|profilo|traccia|anagrafica @0.5",
        "ogni traccia",
        "essere dimenticat*",
        "dimenticatemi",
        "cancellare|eliminare|cancellate|eliminate ~3 miei|tutti ~2 dati|informazioni",
        "diritto all' oblio",
        "diritto alla cancellazione",
        "distruggere ~3 dati",
        # "lo voglio eliminato", "ripulite i vostri archivi", "anonimizzate tutto", "ve ne potete sbarazzare?"
        "lo|la|li|le ~1 voglio|vogliamo|vorrei ~1 eliminat*|cancellat*|rimoss*|distrutt* @0.9",
        "ripulite|ripulire|ripulisca|ripuliate|ripulisci|purgate ~4 archivi|archivio|database|sistemi|sistema|crm|banca|registri|gestionale|anagrafica",
        "anonimizzate|anonimizzare|anonimizziate|anonimizzi ~4 miei|mio|mia|mie|tutto|tutti|tutte|ogni",
        "distrugete|distrugette|distruggte|distrugere|cancelate|elimnate ~3 miei|mio|mia|mie|tutti|tutte|ogni ~2 dati|informazioni|scheda|profilo",
        "sbarazzarvene|sbarazzatevene|sbarazzarsene|sbarazzatevi|sbarazzarvi ~3 dati|informazioni|?|. @0.7",
        "!preferirei|preferisco|vorrei|preferiremmo ~1 che ~4 dati ~2 non ~2 li|le? ~1 aveste|abbiate|teneste|conservaste|conserviate|teniate @0.9",
        "!nessun|nessuna ~1 mio|mia|miei? ~1 dato|dati|informazione|traccia ~2 da|presso|nei|nel|sui|sul ~1 voi|vostri|vostro|vostra|vostre",
        "cancellate|eliminate|distruggete|cancellatelo|cancellatela ~6 tutto il resto",
        # "non voglio essere nel vostro database", "non voglio più figurare nei vostri archivi" (not the mailing lists)
        "!non ~2 voglio|vorrei|desidero|vogliamo ~2 essere|esere|stare|comparire|figurare|restare|rimanere ~2 nel|nei|nella|nelle|in|dal|sul ~1 vostro|vostri|vostra|vostre|vs|loro ~1 database|archivio|archivi|archivo|sistema|sistemi|crm|gestionale|anagrafica|registri|server @0.9",
        "dal|dai|dalla|dalle|nel|nei ~1 vostro|vostri|vostra|vostre|vs ~1 archivo|archivi|archivio|database|sistemi|gestionale|crm ~8 cancellaste|eliminaste|cancelliate|eliminiate|rimuoviate|togliate @0.8",
        "cancellate|eliminate|distruggete|cancellare|eliminare|distruggere ~8 tutto ~1 quello|quanto|cio ~1 che? ~2 avete|conservate|tenete|possedete|sapete",
        "!non ~1 basta|bastano|sufficiente ~6 cancellate|cancellatemi|cancellare|eliminate|eliminare|distruggete @0.8",
    ],
    "rectification": [
        # a title taken off the name: 'eliminate il "Dott." davanti al mio nome, non sono laureato'
        "togliete|eliminate|cancellate|rimuovete|levate|togliere|eliminare|rimuovere|levare|tolga|elimini|rimuova|levi|togli|elimina ~3 dott|dottor|dottore|dottoressa|titolo|ing|ingegnere|avv|avvocato|arch|architetto|geom|prof|rag|dr ~4 nome|cognome|firma|intestazione|anagrafica|scheda|indirizzo",
        "!non sono ~1 laureato|laureata|dottore|dottoressa|ingegnere|avvocato|avvocata|architetto|professore|professoressa @0.7",
        # the old detail replaced: "cancellate il mio vecchio numero e usate questo"
        "vecchio|vecchia|precedente|vecchi ~5 usate|utilizzate|usi|utilizzi|segnate|annotate|mettete|inserite|scrivete ~2 questo|questa|quello|quella|il|la|nuovo|nuova|ora|invece|solo|d'ora",
        "correggetelo|correggerlo|correggerla|correggere|correggete|aggiornatelo|aggiornate|aggiornare|sistemate ~4 dato|nome|archivio|archivi|scheda|appellativo|dati|contatto|anagrafica|elenco|lista",
        "correggetelo|correggerlo|correggerla|aggiornatelo|aggiornatela @0.8",
        "correggete ~2 {per favore|pure|grazie} @0.8",
        "correggete|correggi|aggiornate|aggiorna|correggetelo|aggiornatelo ~1 pls|plz|pf|grazie|subito @0.8",
        "correggete|correggi|aggiornate|aggiorna|correggetelo|aggiornatelo ~1 {x favore|per cortesia} @0.8",
        ".|,|!|:|; aggiornate|correggete|correggi|aggiorna|aggiornatelo|correggetelo @0.8",
        "correggete|aggiornate|correggere|aggiornare|modificate|modificare ~3 database|crm|sistema|sistemi|gestionale|profilo|anagrafica @0.9",
        "mi chiamo ~2 , con @0.8",
        "con|senza l' ~1 accento|apostrofo @0.8",
        "indirizzo|sede|numero|telefono|email|e-mail|mail|ruolo|qualifica ~4 e cambiat* @0.7",
        "ragione sociale ~3 e cambiat* @0.7",
        "!non|nn sono piu ~1 in|presso|da|il|la @0.6",
        "vi prego|chiedo|chiediamo di ~2 correggere|correggerlo|aggiornare|modificare @0.8",
        "potete ~2 correggere|correggerlo|aggiornare @0.8",
        "mi chiamo ~3 non @0.8",
        "il mio cognome|nome ~1 e ~3 , non|con @0.8",
        "sono {un uomo|una donna} @0.7",
        "sbagliato|sbagliata|errato|errata|vecchio ~3 nome|numero|cognome|indirizzo|titolo",
        "nome|numero|cognome|indirizzo ~4 {sbagliato|sbagliata|errato|errata|vecchio|non e il mio} @0.8",
        "numero ~3 giusto|corretto ~2 e @0.6",
        "non piu ~4 ma @0.5",
        "togliete ~3 dott|titolo|dottore|ing|ingegnere",
        "aggiornate|aggiornare|cambiate|cambiare|modificate|correggete ~4 email|e-mail|indirizzo|telefono|qualifica|ruolo|nome|cognome|dati",
        "il mio nuovo indirizzo|ruolo|numero|email|e-mail ~2 e",
        "la mia nuova qualifica|email|e-mail ~2 e",
        "il mio|la mia ~2 indirizzo|email|e-mail|mail|numero|telefono|cellulare|cognome|nome|ruolo|qualifica ~2 {ora e|adesso e|e ora|e adesso|e cambiato|e cambiata}",
        "mi ~1 avete ~3 registrato|registrata|segnato|segnata|inserito|inserita ~3 come @0.8",
        "si scrive con",
        "non e piu corrett*|valid*|aggiornat*",
        "obsolet*",
        "rettificare|rettificarlo|rettificarla|rettificarli|rettificarle|rettificate|rettificatelo|rettificatela|rettificateli|rettifichiate|rettifichi|rettificato|rettificata|rettificati|rettificazione",
        "rettifica ~3 di|del|dei|della|delle|dello|degli|mio|mia|miei|mie|dati|dato|nominativo|indirizzo|nome|cognome|anagrafica|scheda|profilo|ai|art|ex|:|urgente",
        "{richiesta di|chiedo la|chiedo|chiediamo la|chiediamo|istanza di|oggetto :|domanda di|vi chiedo la} ~1 rettifica",
        # a privacy footer's "diritti di accesso, rettifica, cancellazione" is no request
        "rettifica @0.4",
        "correggere|correggete|aggiornare|aggiornate|modificare ~3 mio|miei|mia nome|cognome|qualifica|ruolo|dati|azienda|indirizzo",
        "scritto male",
        "dati ~2 errati|inesatti|sbagliati",
        "non lavoro piu ~2 presso @0.6",
        # "Sistemate.", "sistematelo per favore": the fix asked for after the wrong detail was named
        "sistemate|sistematelo|sistematela|sistemateli|sistemalo|sistemala ~1 .|!|pure|grazie|subito|per|x|pls @0.6",
        "avete ~1 sbagliato|sbagliata|confuso ~2 azienda|societa|ditta|ruolo|qualifica|titolo|nome|cognome|sede @0.5",
    ],
    "restriction": [
        # "mettete in sospeso i miei dati"
        "in ~1 sospeso|pausa|quarantena ~3 miei|mio|mie ~1 dati|nominativo|indirizzo|informazioni",
        "miei ~1 dati ~3 in ~1 sospeso|pausa|quarantena",
        "congelate|bloccate|sospendete|congelare|bloccare|sospendere ~3 mio|miei|ogni|qualsiasi|uso|utilizzo ~3 dati|trattamento|uso|utilizzo",
        "mettete in pausa ~3 trattamento|uso",
        "tenete|conservate ~3 miei dati ~5 ma ~3 non ~2 usateli|utilizzateli",
        "!non usateli|utilizzateli",
        "!di non usarli|utilizzarli|trattarli|usare|utilizzare ~4 alcun|nessun|finche|fino @0.9",
        "dati fermi",
        "!tenere|tenete|conservare|conservate ~3 dati ~5 ma ~2 non ~2 usarli|usateli|utilizzarli|utilizzateli|usare|utilizzare|usate|utilizzate",
        "limitazione ~3 trattamento",
        "limitare ~3 trattamento",
        "restrizione ~3 trattamento",
        # "non trattate i miei dati in nessun modo finché", "limitarne l'uso", "congelate questo contatto finché"
        "!non ~1 trattate|usate|utilizzate|trattare|usare|utilizzare|trattiate|usiate|utilizziate ~3 dati|scheda|contatto|nominativo ~3 {in nessun modo|in alcun modo|per nulla|per niente}",
        "!finche|fino ~8 non ~1 trattate|usate|utilizzate|trattare|usare|utilizzare|trattiate|usiate|utilizziate ~3 dati|scheda|contatto|nominativo",
        "!non ~1 trattate|usate|utilizzate|trattare|usare|utilizzare|trattiate|usiate|utilizziate ~4 dati|scheda|contatto|nominativo ~6 finche|fino",
        "limitarne|limitatene|limitare|limitate|limitiate|limiti ~2 l'? ~1 uso|utilizzo|trattamento",
        "!dati ~2 non ~1 vanno|devono|dovranno|possono|potranno ~1 essere? ~1 usati|utilizzati|trattati|comunicati",
        "congelate|congelare|congelarli|congelateli|congelatelo|congelatela|congelatemi|congeliate ~4 contatto|scheda|nominativo|anagrafica|profilo|record|dati|finche|fino",
        "bloccate|bloccare|bloccateli|bloccatelo|bloccatela|sospendete ~3 contatto|scheda|nominativo|anagrafica|profilo|record|dati ~8 finche|fino",
        "contatto|scheda|dati|profilo|nominativo ~2 congelat*|bloccat* ~6 finche|fino @0.9",
        # passive: "chiedo che il trattamento dei miei dati sia limitato", "che l'uso dei dati venga sospeso"
        "trattamento|uso|utilizzo ~4 dati ~2 sia|venga|siano|vengano|resti|rimanga ~1 limitat*|sospes*|congelat* @0.9",
    ],
    "portability": [
        "miei dati ~6 csv|json|xml|excel|formato",
        "mandate|mandatemi|inviatemi|inviate|mandarmi|inviarmi|mandarci|inviarci|esportare|esportate|esportarmi|ricevere|avere|fornire|fornitemi|fornirmi|trasmettere|trasmettetemi|dati|export ~8 file|formato ~3 csv|json|xml|excel",
        "file ~3 csv|json|xml|excel @0.5",
        "csv|json|xml|excel ~6 dati ~3 {su di me|di me}",
        "esportazione ~3 dati",
        # the ask, not a footer's list of rights ("per esercitare i diritti di accesso, ..., portabilità e opposizione")
        "{diritto alla|diritto di|richiesta di|chiedo la|richiedo la|chiediamo la|esercitare la|esercito la|esercitare il diritto alla|esercito il diritto alla|ai fini della|ai sensi della} portabilita",
        "portabilita ~3 miei|mio|mia|nostri ~1 dati|scheda|profilo|informazioni",
        "portabilita ~1 .|:|art|articolo|dei|ex|ai @0.8",
        "formato strutturato",
        "leggibile da ~2 dispositivo|macchina",
        "uso comune",
        "trasmettere ~4 miei dati",
    ],
    "post_mortem": [
        "marito|moglie|padre|madre|papa|mamma|figlio|figlia|fratello|sorella|nonno|nonna|zio|zia|compagno|compagna ~4 ci|mi ~1 ha ~1 lasciati|lasciato|lasciate|lasciata ~1 {.|,|lo scorso|la scorsa|ieri|da poco|improvvisamente|il mese scorso|la settimana scorsa|a gennaio|a febbraio|a marzo|ad aprile|a maggio|a giugno|a luglio|ad agosto|a settembre|ad ottobre|a ottobre|a novembre|a dicembre} @0.8",
        "e mancato|mancata",
        "marito|moglie|padre|madre|papa|mamma|figlio|figlia|fratello|sorella|socio|collega|titolare ~3 non c' e piu",
        "deceduto|deceduta|decesso",
        "scomparso|scomparsa @0.6",
        "morto|morte di",
        "e|sono morto|morta",
        "marito|moglie|padre|madre|papa|mamma|figlio|figlia|fratello|sorella|socio|collega|titolare ~3 morto|morta|deceduto|deceduta|mancato|mancata",
        "venuto|venuta a mancare",
        "eredi|erede",
    ],
    "abuse_report": [
        # an organisation to an abuse desk: "investigate your customer", "stop the sending to our domain"
        "indagare|indagate|indagini|indagine ~3 il|i|sul|sui ~1 vostro|vostri|suo cliente|clienti|mittente",
        "interrompere|interrompete|bloccare|bloccate|fermare|fermate|cessare ~4 verso|a|al ~1 nostro|nostri ~1 dominio|domini",
        "questo|questa e ~2 spam",
        "vostro|vostra|vostri|vs|il ~1 dominio|indirizzo|mittente|server|ip|piattaforma ~6 {blacklist|black list|lista nera} @0.8",
        "!mai ~2 dato|fornito|lasciato|comunicato ~3 indirizzo|email|e-mail|mail|numero|dati|contatto @0.6",
        # addresses harvested from a web page: "compaiono solo sul nostro sito: sono stati raccolti in modo automatico"
        "sito|siti|web ~8 raccolt*|estratt*|prelevat* ~2 {in modo automatico|automaticamente|da un bot|con un bot|da uno scraper} @0.8",
        "girato|girata|inoltrato|inoltrata|trasmesso|trasmessa|girero|inoltrero|mandato|inviato ~6 garante|polizia|postale|carabinieri|autorita|agcom",
        "spam|posta indesiderata @0.6",
        "non richiest* @0.6",
        "segnal* ~4 garante|autorita|spam",
        "reclamo ~4 garante|autorita @0.4",
        "denunc*",
        "mai ~4 consenso|autorizzato|iscritto @0.6",
        "senza ~2 consenso @0.6",
        "nonostante ~4 disiscri*|cancellazione|richiest*|opposizione",
        "gia ~3 disiscritt*|chiesto @0.7",
        "continuate ~3 inviare|scrivere",
        "terza|seconda volta",
        "privato cittadino",
        "persona|indirizzo privata|privato",
        "illegal*|illecit* @0.5",
        "comprato|acquistato ~3 liste|lista|dati",
        # reported to the mailbox provider or the police, not only to the Garante: "SPAM. Segnalato al provider."
        "segnalat*|segnalo|segnalero|segnaliamo|segnaleremo ~3 postale|polizia|agcom|abuse|antispam @0.9",
        "segnalat*|segnalo|segnalero|segnaliamo|segnaleremo ~2 come|quale ~1 spam",
        "segnalato|segnalata|segnalati|segnalate|segnalo|segnalero|segnaliamo|segnaleremo al|ai ~1 provider|gestore|postmaster @0.8",
        # the law named as broken: "in violazione dell'art. 130 del Codice privacy", "viola il GDPR"
        "violazione ~4 art|articolo|codice|privacy|gdpr|normativa|legge|d.lgs|dlgs|regolamento @0.8",
        "viola|violano|violate|violando ~3 normativa|legge|gdpr|codice|privacy|regolamento @0.8",
        "mai ~2 richiest*|autorizzat*|sollecitat* ~2 ne|o|e ~1 richiest*|autorizzat*|consentit*|sollecitat* @0.7",
        # the threat of legal steps: "mi riservo di agire nelle sedi opportune, ivi incluso il Garante"
        "riservo|riserviamo ~3 agire|adire|procedere|tutelarmi|tutelarci ~6 sedi|garante|legali|legale|autorita|giudiziarie @0.8",
    ],
    "reminder": [
        "vi ho mandato una richiesta",
        "non ho ~2 ricevuto ~3 risposta",
        "sollecito",
        "ammonizione",
        "senza risposta",
    ],
}
