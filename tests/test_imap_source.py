"""The IMAP source against a real Dovecot: IDLE, catch-up, restarts, crashes, wrong passwords, UIDVALIDITY."""

from __future__ import annotations

import json
import signal
from email.message import EmailMessage

import pytest

from conftest import fixture_mail
from servers import wait_for

PASSWORD_ENV = "MAILBOT_TEST_IMAP_PASSWORD"


def watch(
    desk, dovecot, user: str, *, name: str = "replies", password_env: str = PASSWORD_ENV, **options
) -> None:
    """Add a [[mailboxes]] block for `user` on the test Dovecot to the desk's configuration."""
    settings = {
        "name": name,
        "role": "reply",
        "host": "127.0.0.1",
        "port": dovecot.port,
        "security": "plain",
        "username": user,
        "password_env": password_env,
        "folder": "INBOX",
        "processed_folder": "Processed",
        "poll_seconds": 0.5,
        "timeout_seconds": 5,
        **options,
    }
    lines = ["", "[[mailboxes]]"] + [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    with desk.config.open("a") as file:
        file.write("\n".join(lines) + "\n")


def reply(number: int, body: str = "Thanks, call me next week.") -> bytes:
    """An ordinary reply with its own Message-ID."""
    mail = EmailMessage()
    mail["From"] = f"Person {number} <person{number}@client.example>"
    mail["To"] = "reply+tok-unknown@prospectra.example"
    mail["Subject"] = f"Re: Hello {number}"
    mail["Message-ID"] = f"<reply-{number}@client.example>"
    mail.set_content(body)
    return bytes(mail)


def suppressed(desk, address: str) -> bool:
    return json.loads(desk.mailbot("suppressions", "check", address, "--json").stdout)["suppressed"]


def processed_count(desk) -> int:
    return sum(1 for row in desk.inbound_statuses() if row[1] != "received")


def log_text(desk) -> str:
    return desk.daemon.log.read_text() if desk.daemon else ""


@pytest.fixture
def mailbox(dovecot, monkeypatch):
    """A fresh account on the shared Dovecot, with its password in the environment the daemon reads."""
    user = dovecot.new_user("desk")
    monkeypatch.setenv(PASSWORD_ENV, "secret")
    return user


def test_a_mail_arriving_while_running_is_processed_through_idle(desk, dovecot, mailbox, smtp_sink):
    desk.add_acme()
    watch(desk, dovecot, mailbox)
    desk.start()
    wait_for(lambda: "watching INBOX" in log_text(desk), what="the mailbox being watched")

    dovecot.append(mailbox, fixture_mail("unsubscribe_fr.eml"))

    wait_for(lambda: suppressed(desk, "jean.dupont@client.example"), what="the suppression")
    wait_for(lambda: dovecot.uids(mailbox, "INBOX") == [], what="the mail moved out of INBOX")
    assert len(dovecot.uids(mailbox, "Processed")) == 1
    wait_for(lambda: smtp_sink.messages, what="the confirmation")
    assert "jean" not in log_text(desk).lower()  # no address in the logs


def test_mails_waiting_at_start_are_processed_and_flag_mode_leaves_them(desk, dovecot, mailbox):
    for number in range(5):
        dovecot.append(mailbox, reply(number))
    watch(desk, dovecot, mailbox, processed_folder="")
    desk.start()

    wait_for(lambda: processed_count(desk) == 5, what="five mails processed")
    wait_for(lambda: all("\\Seen" in f for f in dovecot.flags(mailbox).values()), what="five mails flagged")
    assert len(dovecot.uids(mailbox)) == 5
    assert "Processed" not in dovecot.folders(mailbox)


def test_polling_when_idle_is_off(desk, dovecot, mailbox):
    watch(desk, dovecot, mailbox, idle=False)
    desk.start()
    wait_for(lambda: "watching INBOX" in log_text(desk), what="the mailbox being watched")
    dovecot.append(mailbox, reply(1))
    wait_for(lambda: processed_count(desk) == 1, what="the mail found by polling")


def test_dovecot_restarted_during_idle_nothing_lost_nothing_twice(desk, dovecot, mailbox):
    watch(desk, dovecot, mailbox)
    desk.start()
    dovecot.append(mailbox, reply(1))
    wait_for(lambda: processed_count(desk) == 1, what="the first mail")
    try:
        dovecot.stop()
        dovecot.start()
    finally:
        if not dovecot.running:
            dovecot.start()
    dovecot.append(mailbox, reply(2))
    dovecot.append(mailbox, reply(1))  # the same mail again: stored once

    wait_for(lambda: processed_count(desk) == 2, timeout=30, what="the mail sent after the restart")
    wait_for(lambda: dovecot.uids(mailbox, "INBOX") == [], what="INBOX emptied")
    assert len(desk.inbound_statuses()) == 2
    assert "retrying" in log_text(desk)


def test_killed_between_fetch_and_mark_every_mail_processed_once(desk, dovecot, mailbox, smtp_sink):
    desk.add_acme()
    count = 300
    dovecot.append_many(mailbox, [reply(number) for number in range(count)])
    dovecot.append(mailbox, fixture_mail("unsubscribe_fr.eml"))
    watch(desk, dovecot, mailbox)
    daemon = desk.start()
    wait_for(lambda: 0 < len(desk.inbound_statuses()) < count, interval=0.01, what="the first mails stored")
    daemon.process.send_signal(signal.SIGKILL)
    daemon.process.wait(10)

    desk.start()
    wait_for(lambda: processed_count(desk) == count + 1, timeout=120, what="every mail processed")
    wait_for(lambda: dovecot.uids(mailbox, "INBOX") == [], what="INBOX emptied")
    assert len(dovecot.uids(mailbox, "Processed")) == count + 1
    wait_for(lambda: smtp_sink.messages, what="the confirmation")
    assert len(smtp_sink.messages) == 1


def test_stored_but_not_marked_is_only_marked_after_a_crash(desk, dovecot, mailbox, smtp_sink, tmp_path):
    """The state a crash leaves between commit and mark: the row exists, the server still holds the mail."""
    desk.add_acme()
    raw = fixture_mail("unsubscribe_fr.eml")
    (tmp_path / "mail.eml").write_bytes(raw)
    desk.mailbot("ingest", str(tmp_path / "mail.eml"), "--mailbox", "reply")
    dovecot.append(mailbox, raw)
    watch(desk, dovecot, mailbox)
    desk.start()

    wait_for(lambda: dovecot.uids(mailbox, "INBOX") == [], what="the mail marked")
    assert len(desk.inbound_statuses()) == 1
    wait_for(lambda: smtp_sink.messages, what="the confirmation")
    assert len(smtp_sink.messages) == 1


def test_a_wrong_password_on_one_mailbox_does_not_disturb_another(desk, dovecot, mailbox, monkeypatch):
    other = dovecot.new_user("other")
    monkeypatch.setenv("MAILBOT_TEST_WRONG_PASSWORD", "not-the-password")
    watch(desk, dovecot, other, name="broken", password_env="MAILBOT_TEST_WRONG_PASSWORD")
    watch(desk, dovecot, mailbox, name="working")
    desk.start()
    dovecot.append(mailbox, reply(1))
    dovecot.append(other, reply(2))

    wait_for(lambda: processed_count(desk) == 1, what="the working mailbox's mail")
    wait_for(lambda: log_text(desk).count("mailbox broken") >= 2, what="two clear lines for the broken one")
    line = next(line for line in log_text(desk).splitlines() if "mailbox broken" in line)
    assert "login refused" in line and "MAILBOT_TEST_WRONG_PASSWORD" in line
    assert "not-the-password" not in log_text(desk)
    assert dovecot.uids(other) != []


def test_two_thousand_mails_waiting_at_start(desk, dovecot, mailbox):
    count = 2000
    dovecot.append_many(mailbox, [reply(number) for number in range(count)])
    watch(desk, dovecot, mailbox)
    desk.start()
    wait_for(lambda: processed_count(desk) == count, timeout=240, interval=0.5, what="2,000 mails processed")
    assert dovecot.uids(mailbox, "INBOX") == []
    assert len(dovecot.uids(mailbox, "Processed")) == count


def test_a_uidvalidity_change_rescans_without_duplicates(desk, dovecot, mailbox):
    for number in range(3):
        dovecot.append(mailbox, reply(number))
    watch(desk, dovecot, mailbox, processed_folder="")
    desk.start()
    wait_for(lambda: processed_count(desk) == 3, what="three mails processed")

    dovecot.reset_uidvalidity(mailbox)
    dovecot.append(mailbox, reply(3))

    wait_for(lambda: processed_count(desk) == 4, timeout=30, what="the new mail after the change")
    wait_for(lambda: "rescanning" in log_text(desk), what="the rescan logged")
    assert len(desk.inbound_statuses()) == 4


def test_the_daemon_creates_the_processed_folder(dovecot, mailbox, desk):
    watch(desk, dovecot, mailbox, processed_folder="Done/Desk")
    desk.start()
    wait_for(lambda: "Done/Desk" in dovecot.folders(mailbox), what="the folder created")
    dovecot.append(mailbox, reply(1))
    wait_for(lambda: len(dovecot.uids(mailbox, "Done/Desk")) == 1, what="the mail moved there")
