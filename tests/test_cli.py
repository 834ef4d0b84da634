"""The `mailbot` command as a user meets it: JSON outputs, one-line errors, imports, ingest on both databases."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, Desk, write_config
from servers import run_mailbot


@pytest.fixture
def installed(tmp_path, database_url) -> Desk:
    """A migrated installation writing its mail into a Maildir, on SQLite or PostgreSQL."""
    return Desk(tmp_path, database_url)


def _one_line_error(result, needle: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert needle in lines[0], lines[0]
    assert result.stdout == ""


def test_ingest_unsubscribe_on_both_databases(installed):
    installed.add_acme()
    path = FIXTURES / "unsubscribe_fr.eml"
    out = installed.mailbot("ingest", "--mailbox", "reply", "--received-at", "2026-11-27T09:13:00", str(path))
    assert out.stdout.strip() == f"{path}\tprocessed"
    again = installed.mailbot("ingest", "--mailbox", "reply", str(path))
    assert "already stored" in again.stdout
    check = json.loads(
        installed.mailbot("suppressions", "check", "JEAN.DUPONT@client.example", "--json").stdout
    )
    assert check["address"] == "jean.dupont@client.example" and check["suppressed"]
    assert check["entries"][0]["sender"] == "acme"
    mails = list((installed.directory / "outbox" / "new").iterdir())
    assert len(mails) == 1 and "ACME SAS" in mails[0].read_text()
    outbox = json.loads(installed.mailbot("outbox", "list", "--json").stdout)
    assert [(m["status"], m["kind"]) for m in outbox] == [("sent", "unsubscribe_confirmation")]


def test_unsubscribe_from_an_unknown_address_is_suppressed_for_everyone(installed):
    installed.add_acme()
    installed.mailbot("ingest", "--mailbox", "reply", str(FIXTURES / "unsubscribe_unknown_sender.eml"))
    check = json.loads(installed.mailbot("suppressions", "check", "someone@nowhere.example", "--json").stdout)
    assert [e["sender"] for e in check["entries"]] == [None]


def test_unattributed_unsubscribe_covers_every_sender_holding_the_address(installed):
    installed.add_acme()
    installed.mailbot("senders", "add", "beta", "--name", "Beta", "--privacy-contact", "dpo@beta.example")
    csv = installed.directory / "beta.csv"
    csv.write_text("email,first_name\nann@other.example,Ann\n")
    installed.mailbot("prospects", "import", str(csv), "--sender", "beta")
    installed.mailbot("prospects", "import", str(csv), "--sender", "acme")
    installed.mailbot("ingest", "--mailbox", "reply", str(FIXTURES / "unsubscribe_html_only.eml"))
    check = json.loads(installed.mailbot("suppressions", "check", "ann@other.example", "--json").stdout)
    assert sorted(e["sender"] for e in check["entries"]) == ["acme", "beta"]
    mails = list((installed.directory / "outbox" / "new").iterdir())
    assert len(mails) == 1  # one confirmation naming both Senders
    assert "Beta" in mails[0].read_text() and "ACME SAS" in mails[0].read_text()


@pytest.mark.parametrize("name", ["footer_quoted_gmail.eml", "footer_quoted_outlook.eml"])
def test_a_reply_that_only_quotes_our_footer_suppresses_nothing(installed, name):
    installed.add_acme()
    out = installed.mailbot("ingest", "--mailbox", "reply", str(FIXTURES / name))
    assert out.stdout.strip().endswith("processed")
    check = json.loads(
        installed.mailbot("suppressions", "check", "jean.dupont@client.example", "--json").stdout
    )
    assert check == {"address": "jean.dupont@client.example", "suppressed": False, "entries": []}
    assert not (installed.directory / "outbox" / "new").exists() or not any(
        (installed.directory / "outbox" / "new").iterdir()
    )


def test_an_auto_reply_is_never_answered(installed):
    installed.add_acme()
    installed.mailbot("ingest", "--mailbox", "reply", str(FIXTURES / "out_of_office_unsubscribe.eml"))
    outbox = json.loads(installed.mailbot("outbox", "list", "--json").stdout)
    assert outbox == []


def test_suppressions_add_import_list_export(installed):
    installed.add_acme()
    installed.mailbot("suppressions", "add", "X@Example.org", "--sender", "acme")
    csv = installed.directory / "s.csv"
    csv.write_text("email\nx@example.org\ny@example.org\n")
    out = installed.mailbot("suppressions", "import", str(csv))
    assert out.stdout.strip() == "2 address(es) suppressed, 0 already were"
    listing = json.loads(installed.mailbot("suppressions", "list", "--json").stdout)
    assert sorted((e["address"], e["sender"] or "*") for e in listing) == [
        ("x@example.org", "*"),
        ("x@example.org", "acme"),
        ("y@example.org", "*"),
    ]
    export = installed.mailbot("suppressions", "export", "--sender", "acme").stdout.splitlines()
    assert export[0] == "email,sender,reason,source,created_at" and export[1].startswith(
        "x@example.org,acme,manual,cli,"
    )


def test_senders_list_json_prints_json_only(installed):
    installed.add_acme()
    senders = json.loads(installed.mailbot("senders", "list", "--json").stdout)
    assert senders[0]["slug"] == "acme" and senders[0]["domains"] == ["acme.example"]


def test_classify_json_schema(tmp_path):
    result = run_mailbot("classify", "--json", str(FIXTURES), cwd=tmp_path)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(list(FIXTURES.glob("*.eml")))
    for line in lines:
        assert set(line) == {"path", "labels", "scores", "language", "evidence"}
    by_name = {line["path"].rsplit("/", 1)[-1]: line for line in lines}
    assert by_name["unsubscribe_fr.eml"]["labels"] == ["unsubscribe"]
    assert by_name["unsubscribe_fr.eml"]["language"] == "fr"
    assert by_name["footer_quoted_gmail.eml"]["labels"] == ["reply"]
    assert by_name["out_of_office_unsubscribe.eml"]["labels"] == ["auto_reply"]


def test_user_mistakes_get_one_line(tmp_path):
    desk = Desk(tmp_path, f"sqlite:///{tmp_path / 'm.db'}")
    _one_line_error(
        desk.mailbot("ingest", "--mailbox", "reply", "nope.eml", check=False), "nope.eml: no such file"
    )
    _one_line_error(
        desk.mailbot("prospects", "import", "x.csv", "--sender", "acme", check=False), "no such file"
    )
    (tmp_path / "p.csv").write_text("email,first_name\na@b.example,A\n")
    _one_line_error(
        desk.mailbot("prospects", "import", str(tmp_path / "p.csv"), "--sender", "ghost", check=False),
        "unknown sender 'ghost'",
    )
    _one_line_error(
        desk.mailbot("suppressions", "check", "not-an-address", check=False), "is not an email address"
    )
    _one_line_error(
        desk.mailbot("ingest", "--mailbox", "reply", "--received-at", "yesterday", check=False),
        "not an ISO 8601",
    )
    _one_line_error(desk.mailbot("sent", "import", str(tmp_path / "p.csv"), check=False), "line 1: not JSON")


def test_csv_row_17_malformed(tmp_path):
    desk = Desk(tmp_path, f"sqlite:///{tmp_path / 'm.db'}")
    desk.add_acme()
    rows = ["email,first_name,last_name,company,role,tags,notes"]
    rows += [f"p{i}@client.example,P{i},L,C,R,t,n" for i in range(2, 17)]
    rows += ["not an address,P,L,C,R,t,n", "p18@client.example,P,L,C,R,t,n"]
    (tmp_path / "bad.csv").write_text("\n".join(rows) + "\n")
    result = desk.mailbot("prospects", "import", str(tmp_path / "bad.csv"), "--sender", "acme", check=False)
    _one_line_error(result, "bad.csv row 17: email 'not an address' is not an email address")
    short = [*rows[:16], "p17@client.example,P"]
    (tmp_path / "short.csv").write_text("\n".join(short) + "\n")
    result = desk.mailbot("prospects", "import", str(tmp_path / "short.csv"), "--sender", "acme", check=False)
    _one_line_error(result, "short.csv row 17: expected 7 fields")
    # Nothing of a refused file is imported.
    assert desk.sqlite().execute("SELECT count(*) FROM prospect").fetchone() == (1,)


def test_configuration_problems_are_listed_together(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text(
        '[database]\nurl = 5\nbogus = 1\n[lmtp]\nport = "x"\n[[mailboxes]]\nname = "p"\nrole = "spam"\n'
    )
    result = run_mailbot("senders", "list", "--config", str(config), cwd=tmp_path, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    for needle in (
        "database.url",
        "database.bogus: unknown key",
        "lmtp.port",
        "mailboxes.0.role",
        "mailboxes.0.host",
    ):
        assert needle in result.stderr


def test_missing_secret_is_reported(tmp_path, monkeypatch):
    monkeypatch.delenv("MAILBOT_SMTP_PASSWORD", raising=False)
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'm.db'}", smtp_port=2525, extra="")
    config.write_text(
        config.read_text().replace(
            'security = "plain"', 'security = "plain"\nusername = "u"\npassword_env = "MAILBOT_SMTP_PASSWORD"'
        )
    )
    result = run_mailbot("senders", "list", "--config", str(config), cwd=tmp_path, check=False)
    assert "smtp.password_env: environment variable MAILBOT_SMTP_PASSWORD is not set" in result.stderr


def test_embedded_default_without_any_file(tmp_path):
    result = run_mailbot("db", "upgrade", cwd=tmp_path)
    assert "database at revision" in result.stdout
    assert (tmp_path / "mailbot.db").exists()


def test_binary_junk_on_stdin_is_quarantined(tmp_path):
    desk = Desk(tmp_path, f"sqlite:///{tmp_path / 'm.db'}")
    result = desk.mailbot("ingest", "--mailbox", "abuse", "-", stdin=bytes(range(256)) * 100)
    assert result.stdout.strip() == "-\tquarantined"


def test_purge_drops_old_raw_mail_only(installed):
    installed.add_acme()
    installed.mailbot(
        "ingest",
        "--mailbox",
        "reply",
        "--received-at",
        "2026-01-02T10:00:00",
        str(FIXTURES / "unsubscribe_fr.eml"),
    )
    installed.mailbot(
        "ingest",
        "--mailbox",
        "reply",
        "--received-at",
        "2026-11-01T10:00:00",
        str(FIXTURES / "footer_quoted_gmail.eml"),
    )
    dry = json.loads(installed.mailbot("purge", "--dry-run", "--now", "2026-11-28T12:00:00", "--json").stdout)
    assert dry == {"dry_run": True, "raw_mail": 1}
    done = json.loads(installed.mailbot("purge", "--now", "2026-11-28T12:00:00", "--json").stdout)
    assert done == {"dry_run": False, "raw_mail": 1}
    assert (
        json.loads(installed.mailbot("purge", "--now", "2026-11-28T12:00:00", "--json").stdout)["raw_mail"]
        == 0
    )


def test_an_isp_opt_out_report_suppresses_the_reported_recipient_not_the_isp(installed):
    installed.add_acme()
    report = installed.directory / "arf.eml"
    report.write_text(
        "From: feedback@isp.example\nTo: abuse@prospectra.example\nSubject: FW: opt-out\nMessage-ID: <arf-1@isp.example>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nThis is an opt-out report.\n"
        "--b\nContent-Type: message/feedback-report\n\nFeedback-Type: opt-out\nUser-Agent: ISP-FBL/1.0\nVersion: 1\n"
        "Original-Rcpt-To: <jean.dupont@client.example>\n"
        "--b\nContent-Type: text/rfc822-headers\n\nFrom: sales@acme.example\nTo: jean.dupont@client.example\n"
        "Message-ID: <campaign-1@acme.example>\nSubject: Hello Jean\n--b--\n"
    )
    installed.mailbot("ingest", "--mailbox", "abuse", str(report))
    assert json.loads(
        installed.mailbot("suppressions", "check", "jean.dupont@client.example", "--json").stdout
    )["suppressed"]
    assert not json.loads(
        installed.mailbot("suppressions", "check", "feedback@isp.example", "--json").stdout
    )["suppressed"]
    assert json.loads(installed.mailbot("outbox", "list", "--json").stdout) == []  # never answer a machine


def test_a_missing_secret_is_listed_with_the_other_problems(tmp_path, monkeypatch):
    monkeypatch.delenv("MAILBOT_SMTP_PASSWORD", raising=False)
    config = tmp_path / "bad.toml"
    config.write_text('[database]\nbogus = 1\n[smtp]\nhost = "x"\npassword_env = "MAILBOT_SMTP_PASSWORD"\n')
    result = run_mailbot("senders", "list", "--config", str(config), cwd=tmp_path, check=False)
    assert result.returncode == 2 and "2 problem(s)" in result.stderr
    assert (
        "database.bogus: unknown key" in result.stderr and "MAILBOT_SMTP_PASSWORD is not set" in result.stderr
    )


def test_ingest_asks_the_mail_server_to_try_again_when_it_cannot_store(tmp_path):
    """Exit 75 (EX_TEMPFAIL): Postfix or Exim piping to `mailbot ingest` keeps the mail instead of bouncing it."""
    desk = Desk(tmp_path, f"sqlite:///{tmp_path / 'm.db'}")
    mail = FIXTURES / "unsubscribe_fr.eml"
    blocker = desk.sqlite()
    blocker.isolation_level = None
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the database
    try:
        locked = desk.mailbot("ingest", "--mailbox", "reply", str(mail), check=False)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert locked.returncode == 75
    _one_line_error(locked, "database is locked; try again later")
    assert "\tprocessed" in desk.mailbot("ingest", "--mailbox", "reply", str(mail)).stdout

    unmigrated = tmp_path / "fresh"
    unmigrated.mkdir()
    config = write_config(unmigrated, f"sqlite:///{unmigrated / 'm.db'}")
    result = run_mailbot(
        "ingest", "--mailbox", "reply", str(mail), config=config, cwd=unmigrated, check=False
    )
    assert result.returncode == 75
    _one_line_error(result, "try again later")
