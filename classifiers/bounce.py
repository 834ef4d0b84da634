"""Bounces: RFC 3464 delivery-status reports, then flufl.bounce and MTA phrasings for the non-standard ones."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message

from classifiers.addresses import is_plausible_address, normalize_address
from classifiers.feedback_report import header_fields, parse_field_blocks, ses_notification
from classifiers.parsing import ParsedMail, per_mail

try:  # the ordered detector list lets one broken detector fail alone and names the one that matched
    from flufl.bounce._scan import _DETECTORS as _FLUFL_DETECTORS
except ImportError:  # pragma: no cover - a future flufl.bounce without it: no heuristic detectors
    _FLUFL_DETECTORS = []

logging.getLogger("flufl.bounce").setLevel(logging.CRITICAL)  # it logs a traceback per failing detector

DSN_TYPES = ("message/delivery-status", "message/global-delivery-status")
FAILED_ACTIONS = frozenset({"failed", "delayed"})
SUCCESS_ACTIONS = frozenset({"delivered", "relayed", "expanded"})
RETURNED_TYPES = ("message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers")
FLUFL_TEXT_CHARS = 6000  # flufl's detectors read text parts only up to here
SCAN_CHARS = 8000  # bounce texts say what they have to say near the top; the rest is the returned mail
SUBJECT_CHARS = 400  # a subject is read up to here (some spam carries 100 KB ones)

# Local parts and display names that only delivery software uses.
_DAEMON_SENDER = re.compile(
    r"^(mailer[-_.]?daemon|mail[-_.]?daemon|mail[-_.]?delivery[-_.]?(system|subsystem|service)?|"
    r"mdaemon|mail[-_.]?router|smtp[-_.]?gateway|bounce[sd]?|nondeliver\w*|ndr)(@|$)",
    re.I,
)
_SYSTEM_SENDER = re.compile(
    r"^(postmaster|post[-_.]master|mailer|mail[-_.]?admin\w*|sysadmin|system[-_.]?admin\w*|"
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|mail|smtp|root|daemon|[\w.-]+[-_](admin|owner|bounces?))@",
    re.I,
)
_DAEMON_NAME = re.compile(
    r"(mail ?delivery (system|subsystem|service)|mailer[- ]?daemon|delivery (status|subsystem|system)|"
    r"^mail system$|microsoft outlook|mail ?router|syst[eè]me de distribution|e-?mail-?zustellsystem)",
    re.I,
)
# Display names of people who also answer for machines (a postmaster writing an abuse complaint).
_SYSTEM_NAME = re.compile(r"(postmaster|mail administrator|system administrator)", re.I)


SHORT_TEXT = 1000


class PhraseSet:
    """Phrases looked for only around a literal anchor: `str.find` first, then a small regex near each hit.

    Python's `re` tries every branch of a long alternation at every position; anchoring keeps a scan of a few
    kilobytes in the tens of microseconds. Patterns are written in lower case and run on the lower-cased text.
    """

    def __init__(self, rules: list[tuple[str, str]], before: int = 100, after: int = 160) -> None:
        self._rules = [(tuple(anchors.split("|")), re.compile(pattern)) for anchors, pattern in rules]
        self._before, self._after = before, after
        every_anchor = {anchor for anchors, _ in self._rules for anchor in anchors}
        self._any_anchor = re.compile(_prefix_tree(every_anchor))

    def search(self, text: str) -> str | None:
        """The first phrase found in `text` (rules in order), lower-cased; None when none is."""
        lower = text.lower()
        # On a line (a subject) one scan for any anchor beats a `find` per anchor; on pages, `find` is faster.
        if len(lower) <= SHORT_TEXT and not self._any_anchor.search(lower):
            return None
        for anchors, pattern in self._rules:
            for anchor in anchors:
                start, tries = lower.find(anchor), 0
                while start >= 0 and tries < 8:
                    match = pattern.search(
                        lower, max(0, start - self._before), start + len(anchor) + self._after
                    )
                    if match:
                        return match.group(0)
                    start, tries = lower.find(anchor, start + len(anchor)), tries + 1
        return None


def _prefix_tree(words: set[str]) -> str:
    """A regular expression found exactly where one of `words` is, their shared beginnings written once: `re` tries
    the branches of an alternation one by one at each position, and "deliver|delivr|delayed|..." costs it two to
    three times what "de(?:l(?:ayed|iv(?:er|r)))|..." does."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        if word:
            by_first.setdefault(word[0], set()).add(word[1:])
    if not by_first:
        return ""
    branches = [re.escape(first) + _prefix_tree(rest) for first, rest in sorted(by_first.items())]
    if len(branches) == 1 and "" not in words:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if "" in words else "")


_WHO = r"(user|mailbox|mail ?box|recipient|address|account|addressee|e-?mail|destination|inbox)s?( address)?( name)?"
BOUNCE_SUBJECT = PhraseSet(
    [
        (
            "deliver",
            r"undeliver|non[- ]?deliver|not (be )?delivered|could not (be )?deliver|delivery (status )?"
            r"(notification|failure|failed|problem|report|has failed|delayed|warning)|delivery fail",
        ),
        (
            "failure|fail",
            r"failure notice|mail delivery (failed|failure)|fail(ed|ure)? (de|to) (deliver|send)|failed mail|"
            r"mail (failed|failure)",
        ),
        ("returned|return", r"returned mail|returned to sender|return(ed|ing) message to sender"),
        (
            "mail delivery|mail system",
            r"mail delivery (failed|failure|system|subsystem|problem|warning|error)|"
            r"mail system error",
        ),
        (
            "permanent|delayed|warning|message|rejected",
            r"permanent error|delayed mail|warning: could not send|"
            r"message (not delivered|delayed|rejected)|rejected: ",
        ),
        (
            "remis|distribu|délivr|delivr|échec|echec|remise",
            r"non remis|non[- ]distribu|non d[ée]livr|"
            r"[ée]chec (de (la )?)?(remise|livraison|distribution|l'envoi)|remise (diff[ée]r[ée]e|retard[ée]e)",
        ),
        (
            "zustell|übermittlung|verzög",
            r"unzustellbar|nicht zustellbar|zustellung (ist )?fehlgeschlagen|"
            r"zustellungsbenachrichtigung|übermittlungsfehler|nicht zugestellt|verz[öo]gerte zustellung",
        ),
        (
            "entreg|devoluci",
            r"no entregado|no se (puede|pudo) entregar|error de entrega|fallo (en la|de) entrega|"
            r"devoluci[oó]n de correo|n[ãa]o entregue|falha na entrega",
        ),
        (
            "recapit|consegn",
            r"non recapitabil|mancato recapito|mancata consegna|impossibile recapitare|"
            r"non consegnat",
        ),
        ("bestel|bezorg|afgelever", r"onbestelbaar|niet (bezorgd|afgeleverd)|bezorging mislukt"),
        (
            "dostarcz|doruč|kézbesít|levererbar|доставл",
            r"nie dostarczon|niedostarczon|nedoručiteln|nelze doručit|"
            r"kézbesíthetetlen|olevererbar|недоставлен|не доставлен",
        ),
        (
            "エラー|不達|未達|配信|送信|退信|投递|送达|傳遞",
            r"エラー通知|不達|未達|配信不能|配信エラー|送信エラー|退信|"
            r"投递失败|无法投递|未送达|無法傳遞",
        ),
    ],
    before=40,
    after=60,
)
SUCCESS_SUBJECT = re.compile(r"(\(success\)|\(relay\)|successful delivery|delivered:|return receipt)", re.I)

_HARD_PHRASES = PhraseSet(
    [
        (
            "mail system|mail delivery software|sorry to have to inform|afraid i",
            r"this is the mail system at host|created automatically by mail delivery software|"
            r"i'?m sorry to have to inform you|i'?m afraid i (was ?n[o']t|was not) able to deliver",
        ),
        (
            "deliver",
            r"(could|can) ?not (be )?deliver|cannot (be )?deliver|(was|were|has|have) not been delivered|"
            r"(was|were) not delivered|(unable|failed|fail|failure) to deliver|not delivered to|deliver(y|ies) to the "
            r"following (recipients?|addresses?|destinations?) (has |have )?(failed|was unsuccessful)|"
            r"delivery (has )?(failed|failure)|undeliver(able|ed)|non[- ]?deliver(y|able)",
        ),
        (
            "unknown|not found|not known|not listed|invalid|unavailable",
            _WHO + r" (is |was )?(currently )?(unknown|not (found|known|listed)|invalid|unavailable)|"
            r"unknown (user|recipient|mailbox|address|local[- ]part|e-?mail)|host (or domain name )?(not found|unknown)|"
            r"domain (name )?(not found|unknown)",
        ),
        (
            "exist",
            _WHO + r" (does ?n[o']t|did ?n[o']t|does not|did not) exist|domain (name )?does ?n[o']t exist",
        ),
        ("no such", r"no such (user|mailbox|recipient|address|account|domain|person|host)"),
        (
            "valid",
            r"not (a )?valid (user|recipient|mailbox|address|e-?mail)|"
            + _WHO
            + r" (is )?no longer (valid|active|"
            r"available|in use)",
        ),
        (
            "disabled|inactive|deactivated|suspended|closed|deleted|blocked|locked|no longer exist",
            _WHO
            + r" (is |was |has been )?(disabled|inactive|deactivated|suspended|closed|deleted|blocked|locked|"
            r"no longer exists?)",
        ),
        (
            "quota|full|space|storage",
            r"over ?quota|quota (is )?(full|exceeded)|exceed(ed|s)? [^.]{0,30}quota|(mailbox|mail ?box|inbox) "
            r"(is )?(currently )?full|insufficient (system |disk )?(storage|space)",
        ),
        (
            "permanent|fatal",
            r"permanent(ly)? (error|failure|fail|failed|fatal|rejected)|fatal (error|failure)",
        ),
        (
            "reject|refus|bounced|returned|blocked",
            r"message (was |has been |is )?(rejected|refused|returned|bounced|blocked)|(recipient|address|mail) "
            r"(address )?rejected|returned mail:|has been automatically rejected",
        ),
        ("relay", r"relay(ing)? (access )?denied|not permitted to relay|relay not permitted"),
        (
            "following",
            r"(following|these) (recipients?|addresses?|address\(es\)) (failed|had permanent fatal errors|"
            r"could not be reached)",
        ),
        (
            "member|post to",
            r"not (a )?member of (this|the) [\w -]{0,40}list|not allowed to post to (this|the)",
        ),
        (
            "remis|délivr|delivr|distribu|échec|echec|inconnu|introuvable|inexistant|invalide|satur|existe",
            r"n'a pas (pu|été) (être )?(remis|d[ée]livr[ée]|distribu[ée]|transmis)|non remis|non distribuable|"
            r"[ée]chec (de (la )?)?(remise|livraison|distribution)|(adresse|destinataire|utilisateur|bo[iî]te( aux "
            r"lettres)?) (est )?(inconnue?|invalide|introuvable|inexistante?|pleine|satur[ée]e)|n'existe (pas|plus)",
        ),
        (
            "zustell|ausgeliefert|übermittelt|unbekannt|existiert|ungültig|voll",
            r"(konnte|kann|konnten) nicht (zugestellt|ausgeliefert|übermittelt) werden|unzustellbar|nicht zustellbar|"
            r"zustellung (ist |war )?(fehlgeschlagen|gescheitert)|(empfänger|empfaenger|adresse|benutzer|postfach|"
            r"mailbox)( ist)? (unbekannt|existiert nicht|nicht gefunden|voll|ungültig)|unbekannte[rn]? (empfänger|"
            r"benutzer|adresse)",
        ),
        (
            "entrega|desconocid|no existe|inexistente|permanente",
            r"no (se )?(ha )?(podido|pudo|puede) (ser )?entrega|no (pudo|puede|ha podido) ser entregado|no entregado|"
            r"(usuario|destinatario|buz[oó]n|direcci[oó]n) (es )?(desconocid[oa]|no existe|inexistente|no encontrad[oa]|"
            r"llen[oa]|no v[aá]lid[oa])|error permanente",
        ),
        (
            "recapit|consegn|sconosciut|inesistente|esiste|piena",
            r"non (è|e'|é) stato possibile (recapitare|consegnare)|impossibile (recapitare|consegnare)|mancata consegna|"
            r"(utente|destinatario|indirizzo|casella)( di posta)? (è )?(sconosciut[oa]|inesistente|non esiste|"
            r"non valid[oa]|piena)|non (può|puo') essere (recapitat|consegnat)",
        ),
        (
            "bezorg|afgelever|bestelbaar|onbekend|bestaat niet",
            r"kon niet (worden )?(bezorgd|afgeleverd)|onbestelbaar|(gebruiker|ontvanger|adres|postvak|mailbox) "
            r"(is )?(onbekend|bestaat niet|vol|ongeldig)|bezorging (is )?mislukt",
        ),
        (
            "entreg|desconhecido",
            r"n[ãa]o (p[ôo]de|foi poss[íi]vel) (ser )?entreg|(usu[áa]rio|destinat[áa]rio) "
            r"(desconhecido|inexistente)",
        ),
        ("доставл", r"недоставлен|не (может быть|было|удалось) доставл"),
        (
            "宛先不明|存在しません|送信できません|配信できません|届きませんでした|退信|投递失败|无法投递",
            r"宛先不明|存在しません|送信できません|配信できません|届きませんでした|退信|投递失败|无法投递",
        ),
    ]
)
_SMTP_PERMANENT = re.compile(r"5[0-5]\d[ \t-]+#?5\.\d{1,3}\.\d{1,3}")
_SMTP_REJECTION = re.compile(
    r"55[0-4][ :-][^\n]{0,80}?(user|mailbox|recipient|address|reject|denied|refused|unknown|invalid|"
    r"unavailable|blocked|not)",
    re.I,
)
_SOFT_PHRASES = PhraseSet(
    [
        (
            "deliver",
            r"(has|have|was|were) not (yet )?been delivered|not yet (been )?delivered|delivery (has been |is "
            r"|was )?(delayed|deferred|postponed)|delayed delivery|delivery attempts will continue",
        ),
        (
            "try|retr|attempt",
            r"will (continue|keep) (to )?(try|trying|retry|attempt)|(will be|is being|still being) "
            r"(retried|retrying)|will retry",
        ),
        ("temporar", r"temporar(y|ily) (failure|error|problem|unavailable|deferred|rejected)"),
        (
            "delayed|deferred|warning|advisory|still undeliverable",
            r"message (is |has been )?(delayed|deferred)|still undeliverable|this is (just )?a warning|advisory[- ]only",
        ),
        (
            "remis|délivr|delivr|remise",
            r"remise (diff[ée]r[ée]e|retard[ée]e)|n'a pas encore [ée]t[ée] "
            r"(remis|d[ée]livr)",
        ),
        ("verzög|verzoeg|zugestellt", r"zustellung (ist )?verz[öo]gert|noch nicht zugestellt"),
        ("entrega", r"entrega (retrasada|demorada)|a[uú]n no (se )?ha (sido )?entregado"),
        (
            "consegn|recapit",
            r"consegna (ritardata|differita)|non (è|e') ancora stato (recapitato|consegnato)",
        ),
        ("vertraagd|nog niet", r"vertraagd|nog niet (bezorgd|afgeleverd)"),
    ]
)
_SMTP_TEMPORARY = re.compile(r"4[0-5]\d[ \t-]+#?4\.\d{1,3}\.\d{1,3}")
_STATUS_CODE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_TAG = re.compile(r"<[^>]*>")
# Where the returned original starts inside a notification text: no failed recipient is read below it.
_ORIGINAL_STARTS = re.compile(
    r"^\s*(-{2,}.*(original|returned|copy of|below this line|headers? of)|(original|returned) message|"
    r"original message headers|this is a copy|received: |return-path: |message-id: )",
    re.I | re.M,
)
_QUOTED_HEADER = re.compile(
    r"^\s*(from|to|cc|bcc|sender|reply-to|subject|date|message-id|return-path)\s*:", re.I
)
_FAILURE_CUE = re.compile(
    r"(unknown|not found|reject|refused|denied|fail|quota|full|invalid|exist|unavailable|disabled|inactive|"
    r"no such|deliver|recipient|rcpt to|original address|mailbox|user|\b[45]\d\d\b|\b[45]\.\d\.\d|"
    r"destinataire|remis|inconnu|introuvable|empfänger|zugestellt|unbekannt|destinatario|entreg|desconocid|"
    r"recapit|consegn|sconosciut|ontvanger|bezorgd|afgeleverd|onbekend)",
    re.I,
)
_RECIPIENT_LIST_CUE = re.compile(
    r"(following|these) (recipients?|addresses|address\(es\)|destinations?)", re.I
)
_SYSTEM_LOCAL = re.compile(
    r"^(postmaster|mailer-daemon|mail-daemon|mailerdaemon|root|abuse|noreply|no-reply)@", re.I
)


@dataclass(frozen=True)
class RecipientStatus:
    """One per-recipient block of a delivery-status report."""

    recipient: str | None
    action: str
    status: str
    diagnostic: str = ""


@dataclass(frozen=True)
class DeliveryStatus:
    """The machine-readable part of an RFC 3464 report: a block per recipient."""

    recipients: tuple[RecipientStatus, ...]

    @property
    def failures(self) -> list[RecipientStatus]:
        """Blocks that say the mail did not (yet) arrive: failed or delayed, or a 4/5 status without action."""
        return [
            block
            for block in self.recipients
            if block.action in FAILED_ACTIONS or (not block.action and block.status[:1] in ("4", "5"))
        ]

    @property
    def is_success(self) -> bool:
        """True when every recipient was delivered, relayed or expanded: a success DSN, not a bounce."""
        return bool(self.recipients) and all(
            block.action in SUCCESS_ACTIONS or (not block.action and block.status.startswith("2"))
            for block in self.recipients
        )


@dataclass(frozen=True)
class Bounce:
    """A mail that says an earlier mail was not delivered: hard (permanent) or soft (delayed, temporary)."""

    permanent: bool
    recipients: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    signals: tuple[str, ...] = field(default_factory=tuple)

    @property
    def kind(self) -> str:
        return "hard" if self.permanent else "soft"


def _field_blocks(part: Message) -> list[dict[str, str]]:
    """The header blocks of a report part (message/delivery-status, message/feedback-report), lower-case names."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [header_fields(block) for block in payload if isinstance(block, Message)]
    if isinstance(payload, bytes):
        payload = payload.decode("utf-8", "replace")
    return parse_field_blocks(str(payload or ""))


def _address_of(value: str) -> str | None:
    """`rfc822; A@B.org` -> `a@b.org`; None when it does not hold a plausible address."""
    value = value.partition(";")[2] if ";" in value else value
    address = normalize_address(value)
    return address if is_plausible_address(address) else None


def _status_of(value: str) -> str:
    match = _STATUS_CODE.search(value or "")
    return match.group(0) if match else ""


@per_mail
def read_delivery_status(mail: ParsedMail) -> DeliveryStatus | None:
    """The per-recipient blocks of the mail's delivery-status part, None when it has none."""
    if mail.message is None or not any(t in DSN_TYPES for t in mail.content_types):
        return None
    blocks: list[RecipientStatus] = []
    for part in mail.message.walk():
        if part.get_content_type() not in DSN_TYPES:
            continue
        for fields in _field_blocks(part):
            if not {"final-recipient", "original-recipient", "action", "status"} & fields.keys():
                continue  # the per-message block (Reporting-MTA, Arrival-Date)
            recipient = _address_of(fields.get("final-recipient") or fields.get("original-recipient") or "")
            blocks.append(
                RecipientStatus(
                    recipient=recipient,
                    action=fields.get("action", "").split()[0].lower() if fields.get("action") else "",
                    status=_status_of(fields.get("status", "")),
                    diagnostic=fields.get("diagnostic-code", ""),
                )
            )
    return DeliveryStatus(tuple(blocks))


def _text_delivery_status(text: str) -> DeliveryStatus | None:
    """DSN fields written into a text part by an MTA that does not build the MIME report."""
    blocks: list[RecipientStatus] = []
    for fields in parse_field_blocks(text):
        action = fields.get("action", "").split()[0].lower() if fields.get("action") else ""
        if action in FAILED_ACTIONS | SUCCESS_ACTIONS and ("final-recipient" in fields or "status" in fields):
            blocks.append(
                RecipientStatus(
                    recipient=_address_of(fields.get("final-recipient", "")),
                    action=action,
                    status=_status_of(fields.get("status", "")),
                    diagnostic=fields.get("diagnostic-code", ""),
                )
            )
    return DeliveryStatus(tuple(blocks)) if blocks else None


def notification_text(mail: ParsedMail, limit: int = SCAN_CHARS) -> str:
    """The human-readable text of a notification (its text parts), at most `limit` characters."""
    text = mail.text_plain or _TAG.sub(" ", mail.text_html[: limit * 4])
    if not text.strip() and mail.message is not None:  # broken MIME: the parts' text is left as raw payload
        text = "\n".join(
            part.get_payload()
            for part in mail.message.walk()
            if not part.is_multipart()
            and isinstance(part.get_payload(), str)
            and part.get_content_maintype() != "image"
        )
    return text[:limit]


@per_mail
def sender_kind(mail: ParsedMail) -> str | None:
    """`daemon` for delivery software (mailer-daemon…), `system` for other machine senders, else None."""
    address = mail.from_address or ""
    if _DAEMON_SENDER.match(address) or _DAEMON_SENDER.match(mail.from_name.strip() + "@"):
        return "daemon"
    if _DAEMON_NAME.search(mail.from_name):
        return "daemon"
    if _SYSTEM_SENDER.match(address) or _SYSTEM_NAME.search(mail.from_name):
        return "system"
    return None


@per_mail
def has_null_sender(mail: ParsedMail) -> bool:
    """True when the envelope sender is empty (`Return-Path: <>`): how RFC 5321 sends DSNs and auto-replies."""
    return any(
        mail.header(name).strip() == "<>" for name in ("return-path", "envelope-from", "x-envelope-from")
    ) or (
        not mail.from_address
        and mail.header("from").strip() in ("<>", "")
        and bool(mail.header("message-id") or mail.header("received"))
    )


def _plausible(found: Iterable[bytes | str]) -> set[str]:
    """Normalised plausible addresses among flufl's findings (bytes)."""
    addresses = (
        normalize_address(a.decode("ascii", "replace") if isinstance(a, bytes) else a) for a in found
    )
    return {address for address in addresses if is_plausible_address(address)}


def _scan_copy(part: Message) -> Message:
    """`part` without the returned original and with long texts cut: what flufl's detectors need, cheaper.

    Their line-by-line heuristics cost time in proportion to the whole mail, and the bounced campaign mail
    (often the bulk of it) holds no failure report.
    """
    copy = Message()
    for name, value in part.items():
        copy[name] = value
    payload = part.get_payload()
    if isinstance(payload, list):
        if part.get_content_type() in DSN_TYPES:
            copy.set_payload(payload)
        else:
            copy.set_payload(
                [
                    _scan_copy(child)
                    for child in payload
                    if isinstance(child, Message) and child.get_content_type() not in RETURNED_TYPES
                ]
            )
    elif isinstance(payload, str) and len(payload) > FLUFL_TEXT_CHARS:
        copy.set_payload(payload[:FLUFL_TEXT_CHARS].rpartition("\n")[0])
    else:
        copy.set_payload(payload)
    return copy


def _flufl_scan(message: Message) -> tuple[str | None, set[str], set[str]]:
    """(detector name, temporary, permanent) from the first flufl.bounce detector that finds anything."""
    message = _scan_copy(message)
    for detector in _FLUFL_DETECTORS:
        try:
            temporary, permanent = detector().process(message)
        except Exception:  # a heuristic detector can choke on odd mail; the next one may still read it
            continue
        if temporary or permanent:
            return detector.__name__.lower(), _plausible(temporary), _plausible(permanent)
    return None, set(), set()


def _from_delivery_status(report: DeliveryStatus, signals: list[str]) -> Bounce | None:
    """The bounce a delivery-status report describes; None for a success DSN or one with no recipient block."""
    if report.is_success or not report.recipients:
        return None
    failures = report.failures
    if not failures:
        if any(block.action in SUCCESS_ACTIONS for block in report.recipients):
            return None
        failures = list(report.recipients)  # blocks without action nor status: a sloppy report of a failure
    actions = sorted({block.action for block in failures if block.action})
    statuses = tuple(dict.fromkeys(block.status for block in failures if block.status))
    signals += [f"dsn:action={action}" for action in actions]
    signals += [f"dsn:status={status}" for status in statuses]
    permanent = any(
        block.action == "failed" or (block.action != "delayed" and not block.status.startswith("4"))
        for block in failures
    )
    recipients = tuple(dict.fromkeys(block.recipient for block in failures if block.recipient))
    return Bounce(permanent, recipients, statuses, tuple(signals))


@dataclass(frozen=True)
class _Evidence:
    """What the headers say before any body is read."""

    strong: bool  # a delivery-status part, X-Failed-Recipients, a mailer-daemon sender or a bounce subject
    weak: bool  # another machine sender, a null envelope sender, Auto-Submitted, a list server
    subject_says: bool
    signals: list[str]


def _header_evidence(mail: ParsedMail, has_report: bool) -> _Evidence:
    subject = mail.subject[:SUBJECT_CHARS]
    subject_says = BOUNCE_SUBJECT.search(subject) is not None and not SUCCESS_SUBJECT.search(subject)
    sender = sender_kind(mail)
    failed_header = bool(mail.header("x-failed-recipients"))
    auto_submitted = mail.header("auto-submitted").lower()
    signals = ["mime:delivery-status"] if has_report else []
    if failed_header:
        signals.append("header:x-failed-recipients")
    if sender:
        signals.append(f"from:{'mailer-daemon' if sender == 'daemon' else 'system'}")
    if subject_says:
        signals.append("subject:delivery-failure")
    return _Evidence(
        strong=has_report or failed_header or sender == "daemon" or subject_says,
        weak=bool(
            sender
            or has_null_sender(mail)
            or (auto_submitted and not auto_submitted.startswith("no"))
            or mail.header("list-id")
            or mail.header("x-mlserver")
        ),
        subject_says=subject_says,
        signals=signals,
    )


def find_bounce(mail: ParsedMail) -> Bounce | None:
    """The bounce `mail` is, or None: DSN fields first, then (only for machine-looking mail) flufl and phrasings."""
    ses = ses_notification(mail)
    if ses is not None:
        if ses.kind != "bounce":
            return None
        permanent = ses.subtype.lower() != "transient"
        return _finish(mail, Bounce(permanent, ses.recipients, (), ("ses:bounce",)))
    report = read_delivery_status(mail)
    if report is not None and report.recipients:
        return _finish(mail, _from_delivery_status(report, ["mime:delivery-status"]))
    evidence = _header_evidence(mail, report is not None)  # no report, or an empty one: read the text
    if not (evidence.strong or evidence.weak):
        return None
    return _finish(mail, _from_text(mail, evidence))


def _from_text(mail: ParsedMail, evidence: _Evidence) -> Bounce | None:
    """A non-standard bounce: DSN fields in the text, flufl.bounce's detectors, MTA phrasings."""
    signals = evidence.signals
    text = notification_text(mail)
    text_report = _text_delivery_status(text) if "action" in text.lower() else None
    if text_report is not None:
        return _from_delivery_status(text_report, [*signals, "text:delivery-status"])

    flat = " ".join(text.split())
    hard = _HARD_PHRASES.search(flat) or _SMTP_PERMANENT.search(flat) or _SMTP_REJECTION.search(flat)
    soft = _SOFT_PHRASES.search(flat) or _SMTP_TEMPORARY.search(flat)
    detector, temporary, permanent = None, set(), set()
    if (evidence.strong or hard or soft) and mail.message is not None:
        detector, temporary, permanent = _flufl_scan(mail.message)
        if detector == "llnl" and not (evidence.strong or hard):  # "name, addr," anywhere: too loose alone
            detector, temporary, permanent = None, set(), set()
    structural = {"from:mailer-daemon", "header:x-failed-recipients", "mime:delivery-status"} & set(signals)
    said_by_subject = evidence.subject_says and evidence.weak
    if not (detector or hard or soft or structural or said_by_subject):
        return None
    if detector:
        signals.append(f"bounce:flufl:{detector}")
    if hard:
        signals.append("text:delivery-failure")
    if soft:
        signals.append("text:delivery-delayed")
    recipients = tuple(sorted(permanent | temporary)) or tuple(
        recipients_from_text(text, _own_addresses(mail))
    )
    return Bounce(bool(permanent) if detector else not soft, recipients, (), tuple(signals))


def recipients_from_text(text: str, exclude: set[str]) -> list[str]:
    """Addresses the notification text names as failed: on a line with a failure cue, or listed below
    "the following recipients", above the returned original; never quoted From/To lines nor `exclude`."""
    cut = _ORIGINAL_STARTS.search(text)
    found: list[str] = []
    listing = 0
    for line in text[: cut.start() if cut else 4000][:4000].splitlines():
        if _RECIPIENT_LIST_CUE.search(line):
            listing = 6
        if _QUOTED_HEADER.match(line):
            continue
        addresses = _ADDRESS.findall(line)
        if addresses and (listing or _FAILURE_CUE.search(line)):
            for address in (normalize_address(a.strip("'\".,;:")) for a in addresses):
                if (
                    is_plausible_address(address)
                    and address not in exclude
                    and not _SYSTEM_LOCAL.match(address)
                ):
                    found.append(address)
        listing = max(0, listing - 1)
    return list(dict.fromkeys(found))


def _own_addresses(mail: ParsedMail) -> set[str]:
    """The bounce's own sender and recipients: never a failed recipient."""
    header_text = " ".join(
        mail.header(name) for name in ("from", "to", "reply-to", "return-path", "delivered-to")
    )
    return {normalize_address(a) for a in _ADDRESS.findall(header_text)} | set(mail.to)


def _finish(mail: ParsedMail, bounce: Bounce | None) -> Bounce | None:
    """`bounce` with the X-Failed-Recipients addresses added, and its kind and recipient count as signals."""
    if bounce is None:
        return None
    extra = [
        address
        for address in (normalize_address(a) for a in _ADDRESS.findall(mail.header("x-failed-recipients")))
        if is_plausible_address(address)
    ]
    recipients = tuple(dict.fromkeys([*bounce.recipients, *extra]))
    signals = (*bounce.signals, f"bounce:{bounce.kind}", f"bounce:recipients={len(recipients)}")
    return Bounce(bounce.permanent, recipients, bounce.statuses, signals)


def bounced_recipients(mail: ParsedMail) -> list[str]:
    """The addresses `mail` says could not be reached (normalised), [] when it is no bounce or names none."""
    bounce = find_bounce(mail)
    return list(bounce.recipients) if bounce else []
