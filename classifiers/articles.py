"""GDPR article citations ("Art. 15 DSGVO", "article 17 du RGPD", "článku 16"), language-independent."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Matched on normalised text (lower case, no accents; Greek keeps its letters without tonos).
_ARTICLE = re.compile(
    r"(?<!\w)(?:art(?:icle|ikel|iculo|icolo|igo|icolul|ykul)?|cl(?:an\w{0,3}|\.)|αρθρ\w*)\.?\s*"
    r"(\d{1,2})(?:\.?\s*(?:\(\s*(\d)\s*\)|abs\.?\s*(\d)|para(?:graph)?\.?\s*(\d)|alinea\s*(\d)|odst\.?\s*(\d)|"
    r"stav\w*\.?\s*(\d)|παρ\w*\.?\s*(\d)|lid\s*(\d)|comma\s*(\d)|apartado\s*(\d)))?",
)
_GDPR = re.compile(
    r"(gdpr|rgpd|dsgvo|ds-gvo|avg|gdpr|γκπδ|2016/679|nařizeni|narizeni|uredb\w+|regulamentul|dataskyddsforordning\w*|"
    r"ochrane osobnich udaju|general data protection|datenschutz-grundverordnung|reglement general|"
    r"algemene verordening gegevensbescherming)"
)
_MARKETING = re.compile(
    r"(marketing|werb|prospection|publicit|commercial|reclame|mercadotecnia|direktwerbung|direct)"
)
# "artículo 18 de la Ley Orgánica 3/2018", "§ 7 UWG", "art. 2-terdecies del Codice": another law's article.
_OTHER_LAW = re.compile(
    r"\s*(?:\(\d\)\s*)?(?:de la|del|de|der|des|du|of the|van de|della|dello|dell')?\s*"
    r"(?:ley|loi|lei|gesetz\w*|bdsg|dsg|lopdgdd|lssi|uwg|codice|legge|d\.\s?lgs|decreto|wet|act|tkg|telecommunicatiewet)\b"
)
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b")
ARTICLE_LABELS = {15: "access", 16: "rectification", 17: "erasure", 18: "restriction", 20: "portability"}
COMPLAINT_ARTICLE = 77


@dataclass(frozen=True)
class Citation:
    article: int
    paragraph: int | None
    label: str | None
    sentence: str


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in ".!?\n")
    right = min((i for i in (text.find(mark, end) for mark in "!?\n") if i != -1), default=len(text))
    return text[left + 1 : right]


def find_citations(text: str) -> list[Citation]:
    """GDPR articles cited in `text` (normalised), in order; empty when the text never names the GDPR."""
    if not _GDPR.search(text):
        return []
    citations = []
    for match in _ARTICLE.finditer(text):
        if _OTHER_LAW.match(text, match.end()):
            continue
        article = int(match.group(1))
        paragraph = next((int(g) for g in match.groups()[1:] if g), None)
        sentence = _sentence_around(text, match.start(), match.end())
        label = ARTICLE_LABELS.get(article)
        if article == 21 and (paragraph in (2, 3) or (paragraph is None and _MARKETING.search(sentence))):
            label = "unsubscribe"
        citations.append(Citation(article, paragraph, label, sentence))
    return citations


# A date the answer is due by ("bis zum 04.12.2025 zu bestätigen", "by 15/01/2026") is no earlier request's.
_DEADLINE = re.compile(
    r"\b(bis( zum| spatestens)?|spatestens|until|by|before|no later than|avant( le)?|d'ici( le| au)?|"
    r"au plus tard( le)?|jusqu'au|hasta( el)?|antes del?|entro( il)?|uiterlijk( op)?|voor)\s*$"
)


def refers_to_earlier_request(citation: Citation) -> bool:
    """True when the sentence dates the request ("on 2024-01-15 I sent you a request under Art. 15")."""
    return any(
        not _DEADLINE.search(citation.sentence[max(0, date.start() - 30) : date.start()])
        for date in _DATE.finditer(citation.sentence)
    )
