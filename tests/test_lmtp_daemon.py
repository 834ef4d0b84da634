"""The daemon end to end: mail in by real LMTP, suppression in the database, confirmation out by real SMTP."""

from __future__ import annotations

import json
import re
import smtplib
import time
from pathlib import Path

import pytest

from bot.inbound import dedupe_key

from conftest import fixture_mail
from servers import wait_for

HOSTILE_FOLDERS = ("mailgun-flanker", "spamscope-mail-parser")


def _check(desk, address: str) -> dict:
    return json.loads(desk.mailbot("suppressions", "check", address, "--json").stdout)


def test_unsubscribe_reply_suppresses_and_confirms(desk, smtp_sink):
    desk.add_acme()
    daemon = desk.start()

    replies = daemon.deliver(fixture_mail("unsubscribe_fr.eml"), ["reply+tok-jean@prospectra.example"])
    assert replies == {}  # smtplib reports only refused recipients

    wait_for(lambda: smtp_sink.messages, what="the confirmation at the SMTP sink")
    status = _check(desk, "jean.dupont@client.example")
    assert status["suppressed"] is True
    assert [e["sender"] for e in status["entries"]] == ["acme"]
    assert status["entries"][0]["reason"] == "unsubscribe"
    confirmation = smtp_sink.messages[0]
    assert smtp_sink.envelopes[0][1] == ["jean.dupont@client.example"]
    assert confirmation["In-Reply-To"] == "<reply-unsub-1@client.example>"
    assert confirmation["Auto-Submitted"] == "auto-replied"
    assert confirmation["Content-Language"] == "fr"
    assert "ACME SAS" in confirmation.get_payload(decode=True).decode()
    prospects = desk.sqlite().execute("SELECT status FROM prospect").fetchall()
    assert prospects == [("suppressed",)]


def test_same_mail_twice_one_suppression_one_confirmation(desk, smtp_sink):
    desk.add_acme()
    daemon = desk.start()
    raw = fixture_mail("unsubscribe_fr.eml")
    daemon.deliver(raw, ["reply+tok-jean@prospectra.example"])
    wait_for(lambda: smtp_sink.messages, what="the first confirmation")
    daemon.deliver(raw, ["reply+tok-jean@prospectra.example"])
    # A second, different request from the same person: still no second confirmation.
    daemon.deliver(fixture_mail("unsubscribe_en_second.eml"), ["reply+tok-jean@prospectra.example"])
    wait_for(
        lambda: (
            all(row[1] == "processed" for row in desk.inbound_statuses())
            and len(desk.inbound_statuses()) == 2
        ),
        what="both distinct mails processed",
    )
    time.sleep(1.0)  # several outbox passes (poll 0.2 s)
    assert len(smtp_sink.messages) == 1
    with desk.sqlite() as db:
        assert db.execute("SELECT count(*) FROM suppression").fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM inbound_message").fetchone() == (2,)
        assert db.execute("SELECT count(*) FROM outbox").fetchone() == (1,)


def test_storage_failure_answers_451_and_the_retry_succeeds(desk, smtp_sink):
    desk.add_acme()
    daemon = desk.start()
    raw = fixture_mail("unsubscribe_fr.eml")
    blocker = desk.sqlite()
    blocker.isolation_level = None
    blocker.execute("BEGIN EXCLUSIVE")  # another process holds the write lock: storing must fail
    try:
        with pytest.raises(smtplib.SMTPDataError) as refused:
            daemon.deliver(raw, ["reply+tok-jean@prospectra.example"])
        assert refused.value.smtp_code == 451
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert desk.inbound_statuses() == []

    daemon.deliver(raw, ["reply+tok-jean@prospectra.example"])  # the mail server's retry
    wait_for(lambda: smtp_sink.messages, what="the confirmation after the retry")
    assert _check(desk, "jean.dupont@client.example")["suppressed"] is True
    assert [row[1] for row in desk.inbound_statuses()] == ["processed"]


def _hostile_files(corpus: Path) -> list[Path]:
    files = []
    for folder in HOSTILE_FOLDERS:
        files += [
            p
            for p in sorted((corpus / folder).rglob("*"))
            if p.is_file()
            and "LICENSE" not in p.name
            and p.suffix not in (".txt",)
            and p.name != "NOTICE.txt"
        ]
    return files


def test_hostile_mail_is_kept_or_quarantined_and_the_daemon_keeps_serving(desk, smtp_sink, corpus):
    desk.add_acme()
    daemon = desk.start()
    files = _hostile_files(corpus)
    assert len(files) >= 50
    for path in files:
        assert daemon.deliver(path.read_bytes()) == {}, path
    # Some of these files share a Message-ID: one row per (mailbox, Message-ID) by design.
    distinct = {dedupe_key(re.sub(rb"\r\n|\n|\r(?!\n)", b"\r\n", p.read_bytes()))[0] for p in files}
    wait_for(
        lambda: (
            len(desk.inbound_statuses()) == len(distinct)
            and all(row[1] != "received" for row in desk.inbound_statuses())
        ),
        timeout=60,
        what="every hostile mail stored and handled",
    )
    rows = desk.inbound_statuses()
    quarantined = [row for row in rows if row[1] == "quarantined"]
    assert quarantined, "the binary Outlook .msg must be quarantined"
    assert all(row[2] for row in quarantined), "every quarantined mail carries its reason"
    assert any("no header block" in row[2] for row in quarantined)
    assert all(row[1] in ("processed", "triage", "quarantined") for row in rows)

    daemon.deliver(fixture_mail("unsubscribe_fr.eml"), ["reply+tok-jean@prospectra.example"])
    assert smtp_sink.messages == [], "nothing in the hostile set asks to unsubscribe"
    wait_for(lambda: smtp_sink.messages, what="a confirmation after the hostile mail")
    assert daemon.process.poll() is None


def test_binary_junk_by_lmtp_is_quarantined(desk):
    daemon = desk.start()
    junk = bytes(range(256)) * 64
    assert daemon.deliver(junk) == {}
    wait_for(
        lambda: desk.inbound_statuses() and desk.inbound_statuses()[0][1] == "quarantined",
        what="the junk quarantined",
    )
    assert "no header block" in desk.inbound_statuses()[0][2]


def test_mail_stored_before_a_crash_is_processed_at_restart(desk, smtp_sink):
    """A mail acknowledged (250) but not yet processed when the daemon died is handled at the next start."""
    desk.add_acme()
    # Store it as the LMTP listener would, then "crash" before processing: ingest --no-send stores and
    # processes, so instead write the inbound row through the same code path the listener uses.
    from bot.inbound import store_inbound
    from storage.database import open_engine
    from storage.types import utcnow

    engine = open_engine(desk.database_url)
    store_inbound(
        engine,
        fixture_mail("unsubscribe_fr.eml"),
        mailbox="reply",
        source="lmtp",
        received_at=utcnow(),
        envelope_to=["reply+tok-jean@prospectra.example"],
    )
    engine.dispose()
    assert [row[1] for row in desk.inbound_statuses()] == ["received"]
    desk.start()
    wait_for(lambda: smtp_sink.messages, what="the confirmation after the restart")
    assert [row[1] for row in desk.inbound_statuses()] == ["processed"]


def test_daemon_refuses_an_unmigrated_database(tmp_path):
    from conftest import write_config
    from servers import run_mailbot

    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'fresh.db'}", lmtp_port=0)
    result = run_mailbot("run", config=config, cwd=tmp_path, check=False)
    assert result.returncode == 2
    assert "mailbot db upgrade" in result.stderr
    assert "Traceback" not in result.stderr
