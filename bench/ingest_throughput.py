"""Benchmark: parse-only vs `mailbot ingest` throughput on deterministic synthetic reply-mailbox mail."""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import message_from_string
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

from classifiers.parsing import parse_mail

MAILBOT = Path(sys.executable).with_name("mailbot")
SEED = 20261127
PROSPECT_COUNT = 60
START = datetime(2026, 11, 27, 8, 0, tzinfo=timezone(timedelta(hours=1)))
KIND_WEIGHTS = dict(unsubscribe=25, reply=35, out_of_office=10, bounce=10, html_only=10, with_attachment=10)
FIRST_NAMES = ["Jean", "Hélène", "Ann", "Marc", "Sophie", "Lee", "Chloé", "Tom", "Inès", "Paul", "Zoë"]
LAST_NAMES = ["Dupont", "Martin", "Lee", "Bernard", "Smith", "Durand", "Moreau", "Garcia", "O'Brien"]
UNSUBSCRIBE = {  # "|" separates the wordings
    "en": "Please unsubscribe me.|Remove me from your mailing list, thanks.|Stop emailing me.|"
    "Please take me off your list.|I don't want these emails anymore.|STOP|"
    "Kindly opt me out of any future mailings.|Do not contact me again.",
    "fr": "Merci de me désinscrire.|Retirez-moi de votre liste s'il vous plaît.|STOP|Désinscription svp.|"
    "Je ne souhaite plus recevoir vos messages.|Ne me contactez plus, merci.|Arrêtez de m'écrire.|"
    "Je m'oppose à toute prospection commerciale.",
}
REPLIES = {
    "en": "Sounds interesting, can you call me on Tuesday?|Thanks, but we already have a provider.|"
    "Could you send me your pricing?|I'm not the right person, try my colleague Marc.|Let's talk next quarter.",
    "fr": "Intéressant, rappelez-moi la semaine prochaine.|Merci, nous avons déjà un prestataire.|"
    "Pouvez-vous m'envoyer une plaquette ?|Je ne suis pas la bonne personne.|Revenez vers moi en janvier.",
}
OUT_OF_OFFICE = {
    "en": "I am out of the office until Monday with limited access to email.\n",
    "fr": "Je suis absent(e) jusqu'à lundi. En cas d'urgence, contactez accueil@client.example.\n",
}
CAMPAIGN = {  # the campaign mail people reply to, footer included
    "en": "Hi {first},|We help B2B teams book more meetings.|To unsubscribe, click here: {link}",
    "fr": "Bonjour {first},|Nous aidons les équipes B2B à décrocher des rendez-vous.|"
    "Pour vous désinscrire, cliquez ici : {link}",
}
SUBJECTS = {
    "en": ["Re: Quick question", "RE: Quick question"],
    "fr": ["Re: Une question rapide", "RE: Une question rapide"],
    "bounce": ["Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)"],
    "out_of_office": ["Automatic reply: Quick question", "Réponse automatique : Absence", "Out of Office"],
    "unsubscribe": ["Unsubscribe", "STOP", "Désinscription", "Re: Quick question - remove me"],
}


def prospects() -> list[dict[str, str]]:
    """The known prospects: each got one campaign mail with a reply token and a Message-ID."""
    return [
        {
            "email": f"p{n:03d}@client{n % 7}.example",
            "first_name": FIRST_NAMES[n % len(FIRST_NAMES)],
            "last_name": LAST_NAMES[n % len(LAST_NAMES)],
            "company": f"Client {n % 7}",
            "token": f"tok{n:03d}",
            "message_id": f"<campaign-{n:03d}@acme.example>",
        }
        for n in range(PROSPECT_COUNT)
    ]


def _quote(rng: random.Random, lang: str, person: dict[str, str]) -> str:
    """The campaign mail quoted Gmail style (> lines) or Outlook style (a header block)."""
    sent = START - timedelta(days=7)
    link = f"https://acme.example/u/{person.get('token', 'x')}"
    original = CAMPAIGN[lang].format(first=person["first_name"], link=link).split("|")
    if rng.random() < 0.5:
        intro = f"On {sent:%a, %b %d, %Y at %H:%M} ACME <sales@acme.example> wrote:"
        return "\n".join([intro, *(f"> {line}" for line in original)])
    names = ("From", "Sent", "To", "Subject") if lang == "en" else ("De ", "Envoyé ", "À ", "Objet ")
    values = ("ACME <sales@acme.example>", f"{sent:%d/%m/%Y %H:%M}", person["email"], "Quick question")
    return "\n".join(["_" * 32, *(f"{n}: {v}" for n, v in zip(names, values, strict=True)), "", *original])


def _correspondent(rng: random.Random, known: list[dict[str, str]], i: int) -> tuple[dict[str, str], str]:
    """A known prospect (attributable by token, In-Reply-To or address) or a stranger, and the To."""
    if rng.random() < 0.6:
        person = rng.choice(known)
        return person, rng.choice([f"reply+{person['token']}@prospectra.example", "reply@prospectra.example"])
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    address = f"contact{i}@stranger{rng.randrange(50)}.example"
    return {"email": address, "first_name": first, "last_name": last}, "reply@prospectra.example"


def _text(rng: random.Random, phrases: str, lang: str, person: dict[str, str]) -> str:
    """One wording, sometimes signed, often top-posted above the quoted campaign mail."""
    body = rng.choice(phrases.split("|"))
    if rng.random() < 0.3:
        body += "\n\n" + ("Best regards," if lang == "en" else "Cordialement,") + f"\n{person['first_name']}"
    if rng.random() < 0.65:
        body += "\n\n" + _quote(rng, lang, person)
    return body + "\n"


def _html(text: str) -> str:
    main, _, quoted = text.partition("\n\n")
    quote = f'<div class="gmail_quote"><blockquote>{quoted.replace(chr(10), "<br>")}</blockquote></div>'
    return f"<html><body><div>{main}</div>{quote if quoted else ''}</body></html>"


def _bounce(rng: random.Random, person: dict[str, str], when: datetime) -> Message:
    """A multipart/report DSN for the campaign mail sent to `person`."""
    report = MIMEMultipart("report", report_type="delivery-status")
    report.attach(MIMEText(f"Delivery to {person['email']} failed permanently.\n"))
    code = rng.choice(["5.1.1", "5.2.2", "5.7.1"])
    per_message = (
        f"Reporting-MTA: dns; mx.{person['email'].split('@')[1]}\nArrival-Date: {format_datetime(when)}"
    )
    per_recipient = f"Final-Recipient: rfc822; {person['email']}\nAction: failed\nStatus: {code}"
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([message_from_string(per_message + "\n"), message_from_string(per_recipient + "\n")])
    report.attach(status)
    original = MIMEText("Hi,\nTo unsubscribe, click here: https://acme.example/u/x\n")
    original["From"], original["To"], original["Subject"] = "sales@acme.example", person["email"], "Hello"
    original["Message-ID"] = person.get("message_id", f"<campaign-x{rng.getrandbits(32):x}@acme.example>")
    report.attach(MIMEMessage(original))
    for part in report.get_payload():
        del part["MIME-Version"]  # only the top level carries it
    return report


def build_mail(rng: random.Random, i: int, known: list[dict[str, str]]) -> tuple[str, bytes]:
    """One synthetic mail: its kind and its bytes."""
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    person, to = _correspondent(rng, known, i)
    lang = rng.choice(["en", "fr"])
    when = START + timedelta(seconds=i * 97 + rng.randrange(60))
    sender = f"{person['first_name']} {person['last_name']} <{person['email']}>"
    if kind == "bounce":
        mail: Message = _bounce(rng, person, when)
        sender = f"Mail Delivery System <MAILER-DAEMON@mx.{person['email'].split('@')[1]}>"
    else:
        mail = EmailMessage()
        text = _text(rng, UNSUBSCRIBE[lang] if kind == "unsubscribe" else REPLIES[lang], lang, person)
        if kind == "out_of_office":
            mail["Auto-Submitted"] = "auto-replied"
            if rng.random() < 0.5:
                mail["X-Autoreply"] = "yes"
            text = OUT_OF_OFFICE[lang]
        if kind == "html_only":
            if rng.random() < 0.3:
                text = _text(rng, UNSUBSCRIBE[lang], lang, person)
            mail.set_content(_html(text), subtype="html")
        else:
            mail.set_content(text)
        if kind == "with_attachment":
            mail.add_alternative(_html(text), subtype="html")
            name, subtype = rng.choice([("brochure.pdf", "pdf"), ("devis.docx", "octet-stream")])
            data = rng.randbytes(rng.randrange(2_000, 30_000))
            mail.add_attachment(data, "application", subtype, filename=name)
    special_subject = kind in SUBJECTS and (kind != "unsubscribe" or rng.random() < 0.3)
    mail["From"], mail["To"] = sender, to
    mail["Subject"] = rng.choice(SUBJECTS[kind if special_subject else lang])
    mail["Date"] = format_datetime(when)
    mail["Message-ID"] = f"<{kind}-{i:05d}.{rng.getrandbits(32):08x}@{person['email'].split('@')[1]}>"
    if "message_id" in person and kind in ("unsubscribe", "reply", "with_attachment") and rng.random() < 0.5:
        mail["In-Reply-To"] = mail["References"] = person["message_id"]
    return kind, mail.as_bytes()


def generate_mails(directory: Path, count: int = 2000, seed: int = SEED) -> list[Path]:
    """Write `count` synthetic mails as NNNNN-KIND.eml into `directory`; same seed, same bytes."""
    rng = random.Random(seed)
    known = prospects()
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        kind, raw = build_mail(rng, i, known)
        paths.append(directory / f"{i:05d}-{kind}.eml")
        paths[-1].write_bytes(raw)
    return paths


def mailbot(config: Path, *args: str, cwd: Path | None = None) -> str:
    """Run the mailbot CLI with stdout discarded; returns its stderr, exits when it fails."""
    command = [str(MAILBOT), "--config", str(config), *args]
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode:
        sys.exit(f"mailbot {args[0]} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done.stderr


def prepare_database(workdir: Path) -> Path:
    """A fresh database with its schema, one Sender, its prospects and their campaign mails."""
    workdir.mkdir(parents=True)
    config = workdir / "mailbot.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{workdir}/bench.db"\n[lmtp]\nport = 0\n'
        f'[outbox]\nmaildir = "{workdir}/outbox"\n'
    )
    people = prospects()
    with (workdir / "prospects.csv").open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["email", "first_name", "last_name", "company", "role", "tags", "notes"])
        writer.writerows(
            [p["email"], p["first_name"], p["last_name"], p["company"], "CTO", "bench", ""] for p in people
        )
    campaign = {"sender": "acme", "sent_at": "2026-11-20T10:00:00+00:00", "subject": "Quick question"}
    sent = [
        {**campaign, "to": p["email"], "message_id": p["message_id"], "reply_token": p["token"]}
        for p in people
    ]
    (workdir / "sent.jsonl").write_text("".join(json.dumps(record) + "\n" for record in sent))
    mailbot(config, "db", "upgrade")
    mailbot(config, "senders", "add", "acme", "--name", "ACME", "--privacy-contact", "dpo@acme.example")
    mailbot(config, "prospects", "import", str(workdir / "prospects.csv"), "--sender", "acme")
    mailbot(config, "sent", "import", str(workdir / "sent.jsonl"))
    return config


def measure_parse(raws: list[bytes]) -> float:
    """Mails per second through `parse_mail`, bytes already in memory."""
    started = time.perf_counter()
    for raw in raws:
        parse_mail(raw)
    return len(raws) / (time.perf_counter() - started)


def measure_ingest(workdir: Path, files: list[Path]) -> tuple[float, Counter, Counter, int]:
    """Mails per second for one `mailbot ingest` process; then status and label counts, stderr lines."""
    config = prepare_database(workdir)
    started = time.perf_counter()
    stderr = mailbot(config, "ingest", "--mailbox", "reply", *(f.name for f in files), cwd=files[0].parent)
    rate = len(files) / (time.perf_counter() - started)
    with sqlite3.connect(workdir / "bench.db") as db:
        rows = db.execute("SELECT status, labels FROM inbound_message").fetchall()
    statuses = Counter(status for status, _ in rows)
    labels = Counter(",".join(json.loads(labels or "[]")) or "-" for _, labels in rows)
    return rate, statuses, labels, len(stderr.splitlines())


def _joined(counter: Counter) -> str:
    return ", ".join(f"{key} {number}" for key, number in counter.most_common())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000, help="mails to generate (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mailbot-bench-") as temporary:
        root = Path(temporary)
        files = generate_mails(root / "mails", args.count)
        raws = [path.read_bytes() for path in files]
        unreadable = sum(not parse_mail(raw).readable for raw in raws)
        parse_rates = [measure_parse(raws) for _ in range(args.repeat)]
        ingest_runs = [measure_ingest(root / f"run{n}", files) for n in range(args.repeat)]
    ingest_rates = [run[0] for run in ingest_runs]
    parse_median, ingest_median = statistics.median(parse_rates), statistics.median(ingest_rates)
    print(f"{'mails':<30}{args.count:>10}")
    for name, rates in (("parse-only", parse_rates), ("ingest", ingest_rates)):
        line = f"{name + ' mails/s (median)':<30}{statistics.median(rates):>10.1f}"
        print(f"{line}   runs: {', '.join(f'{rate:.1f}' for rate in rates)}")
    print(f"{'ratio ingest/parse':<30}{ingest_median / parse_median:>10.3f}")
    kinds = Counter(path.stem.split("-", 1)[1] for path in files)
    _, statuses, labels, stderr_lines = ingest_runs[-1]
    print(f"\ngenerated: {_joined(kinds)}; unreadable by parse_mail: {unreadable}")
    print(f"last ingest run, status: {_joined(statuses)}; stderr lines: {stderr_lines}")
    print(f"last ingest run, labels: {_joined(labels)}")


if __name__ == "__main__":
    main()
