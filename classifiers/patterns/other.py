"""Phrases in languages the desk does not answer in, enough to recognise a rights letter (pt cs el hr ro sv pl)."""

PHRASES = {
    "unsubscribe": [
        "descadastr*|descadastre-me",
        "odhlasit|odhlaseni",
        "απεγγραφ*",
        "odjav*",
        "dezabon*",
        "avregistrer*|avsluta prenumeration",
        "wypisz|wypisac",
    ],
    "access": [
        "direito de acesso",
        "pravo na pristup",
        "pravo na pristup|pravo pristupa",
        "dreptul de acces",
        "ratt till tillgang|registerutdrag",
        "prawo dostepu",
        "δικαιωμα προσβασης",
    ],
    "erasure": [
        "apagamento|eliminacao",
        "vymaz*",
        "brisanje|brisanj*",
        "stergere*|stergerea",
        "radering|radera",
        "usuniecie|usunac",
        "διαγραφ*",
    ],
    "rectification": [
        "retificacao|retificar",
        "oprava|opravu",
        "ispravak|ispravk*",
        "rectificare*",
        "rattelse|rattning",
        "sprostowanie",
        "διορθωσ*",
    ],
    "reminder": [],
}
