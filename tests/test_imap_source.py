"""The IMAP source against a real Dovecot: IDLE, catch-up, restarts, crashes, wrong passwords, UIDVALIDITY."""

from __future__ import annotations

import json
import signal
from email.message import EmailMessage

import pytest

from conftest import fixture_mail
from servers import free_port, wait_for

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


def test_a_wrong_password_or_an_unreachable_server_does_not_disturb_another(
    desk, dovecot, mailbox, monkeypatch
):
    other = dovecot.new_user("other")
    monkeypatch.setenv("MAILBOT_TEST_WRONG_PASSWORD", "not-the-password")
    watch(desk, dovecot, other, name="broken", password_env="MAILBOT_TEST_WRONG_PASSWORD")
    watch(desk, dovecot, mailbox, name="unreachable", port=free_port())  # nothing listens there
    watch(desk, dovecot, mailbox, name="working")
    desk.start()
    dovecot.append(mailbox, reply(1))
    dovecot.append(other, reply(2))

    wait_for(lambda: processed_count(desk) == 1, what="the working mailbox's mail")
    wait_for(lambda: log_text(desk).count("mailbox broken") >= 2, what="two clear lines for the broken one")
    line = next(line for line in log_text(desk).splitlines() if "mailbox broken" in line)
    assert "login refused" in line and "MAILBOT_TEST_WRONG_PASSWORD" in line
    assert "not-the-password" not in log_text(desk)
    wait_for(lambda: "mailbox unreachable" in log_text(desk), what="a line for the unreachable server")
    line = next(line for line in log_text(desk).splitlines() if "mailbox unreachable" in line)
    assert "cannot connect to 127.0.0.1" in line
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


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_and_starttls(desk, tls_dovecot, monkeypatch, security):
    user = tls_dovecot.new_user("tls")
    monkeypatch.setenv(PASSWORD_ENV, "secret")
    port = tls_dovecot.tls_port if security == "tls" else tls_dovecot.port
    watch(desk, tls_dovecot, user, security=security, port=port, ca_file=str(tls_dovecot.certificate))
    desk.start()
    tls_dovecot.append(user, reply(1))
    wait_for(lambda: processed_count(desk) == 1, what=f"the mail read over {security}")


def test_an_untrusted_certificate_is_refused_with_a_clear_line(desk, tls_dovecot, monkeypatch):
    user = tls_dovecot.new_user("tls")
    monkeypatch.setenv(PASSWORD_ENV, "secret")
    watch(desk, tls_dovecot, user, security="tls", port=tls_dovecot.tls_port)
    desk.start()
    wait_for(lambda: "certificate is not trusted" in log_text(desk), what="the refusal logged")


def test_mailboxes_check_reports_what_works(desk, dovecot, tls_dovecot, mailbox, monkeypatch):
    monkeypatch.setenv("MAILBOT_TEST_WRONG_PASSWORD", "wrong")
    dovecot.append(mailbox, reply(1))
    watch(desk, dovecot, mailbox, name="good")
    watch(desk, dovecot, mailbox, name="bad-password", password_env="MAILBOT_TEST_WRONG_PASSWORD")
    watch(desk, dovecot, mailbox, name="no-folder", folder="Nowhere")
    watch(desk, tls_dovecot, mailbox, name="untrusted", security="tls", port=tls_dovecot.tls_port)

    result = desk.mailbot("mailboxes", "check", "--json", check=False)
    assert result.returncode == 1
    reports = {r["name"]: r for r in json.loads(result.stdout)}
    good = reports["good"]
    assert good["ok"] and good["login"] and good["waiting"] == 1 and good["idle"] and good["move"]
    assert good["processed_folder"] == "Processed (created at start)"
    assert "login refused" in reports["bad-password"]["problems"][0]
    assert reports["no-folder"]["problems"] == ["folder Nowhere does not exist"]
    assert "not trusted" in reports["untrusted"]["problems"][0]
    assert "Processed" not in dovecot.folders(mailbox)  # the check changes nothing

    table = desk.mailbot("mailboxes", "check", check=False).stdout.splitlines()
    assert table[0].split()[:3] == ["mailbox", "role", "server"]
    assert any(line.startswith("good") and line.rstrip().endswith("ok") for line in table)


def test_mailboxes_check_without_mailboxes_is_one_line(desk):
    result = desk.mailbot("mailboxes", "check", check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no [[mailboxes]]" in result.stderr


def test_fifty_mailboxes_in_one_process(desk, dovecot, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "secret")
    users = [dovecot.new_user(f"box{index}") for index in range(50)]
    for index, user in enumerate(users):
        dovecot.append(user, reply(index))  # waiting at start
        watch(desk, dovecot, user, name=f"box{index}")
    desk.start()
    wait_for(lambda: processed_count(desk) == 50, timeout=60, what="the 50 waiting mails")
    wait_for(lambda: log_text(desk).count("stored 1 mail") >= 50, what="every mailbox caught up")
    for index, user in enumerate(users):  # and then, through IDLE on each
        dovecot.append(user, reply(100 + index))
    wait_for(lambda: processed_count(desk) == 100, timeout=60, what="50 more, one per mailbox")
    assert "retrying" not in log_text(desk)


def test_a_mail_is_left_on_the_server_until_it_can_be_stored(desk, dovecot, mailbox):
    watch(desk, dovecot, mailbox)
    desk.start()
    wait_for(lambda: "watching INBOX" in log_text(desk), what="the mailbox being watched")
    blocker = desk.sqlite()
    blocker.isolation_level = None
    blocker.execute("BEGIN EXCLUSIVE")  # the database cannot take a write
    try:
        dovecot.append(mailbox, reply(1))
        wait_for(lambda: "attempt 1 failed" in log_text(desk), what="the failed store logged")
        assert len(dovecot.uids(mailbox, "INBOX")) == 1
        assert not any("\\Seen" in flags for flags in dovecot.flags(mailbox).values())
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    wait_for(lambda: processed_count(desk) == 1, timeout=30, what="the mail stored once the database is back")
    wait_for(lambda: dovecot.uids(mailbox, "INBOX") == [], what="the mail moved")


@pytest.fixture(scope="module")
def plain_dovecot():
    """A Dovecot that announces neither MOVE nor IDLE, as some older servers do."""
    from imap_server import Dovecot

    server = Dovecot(capabilities="IMAP4rev1 LITERAL+ UIDPLUS")
    try:
        yield server.start()
    finally:
        server.cleanup()


def test_a_server_without_move_or_idle_gets_copy_expunge_and_polling(desk, plain_dovecot, monkeypatch):
    user = plain_dovecot.new_user("old")
    monkeypatch.setenv(PASSWORD_ENV, "secret")
    plain_dovecot.append(user, reply(1))
    watch(desk, plain_dovecot, user)
    desk.start()
    wait_for(lambda: processed_count(desk) == 1, what="the waiting mail")
    plain_dovecot.append(user, reply(2))
    wait_for(lambda: processed_count(desk) == 2, what="the next mail, found by polling")
    wait_for(lambda: len(plain_dovecot.uids(user, "Processed")) == 2, what="both copied to Processed")
    assert plain_dovecot.uids(user, "INBOX") == []
    assert "has no IDLE; polling" in log_text(desk)
