"""Fixtures: a fresh database per test (SQLite, and PostgreSQL where asked), real SMTP sink, the daemon."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from storage.database import open_engine, upgrade

from servers import REPO, Daemon, PostgresCluster, SmtpSink, free_port, run_mailbot


def _shared_corpus() -> Path:
    """$MAILBOT_CORPUS, else `shared/corpus` beside this checkout, else beside the checkout it was cloned from
    (a clone in a temp dir still finds the shared data)."""
    if os.environ.get("MAILBOT_CORPUS"):
        return Path(os.environ["MAILBOT_CORPUS"])
    beside = REPO.parent / "shared" / "corpus"
    origin = subprocess.run(
        ["git", "-C", str(REPO), "config", "--get", "remote.origin.url"], capture_output=True, text=True
    ).stdout.strip()
    if not beside.is_dir() and origin and Path(origin).is_dir():
        return Path(origin).resolve().parent / "shared" / "corpus"
    return beside


CORPUS = _shared_corpus()
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing at {CORPUS} (set MAILBOT_CORPUS)")
    return CORPUS


@pytest.fixture(scope="session")
def postgres():
    cluster = PostgresCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def dovecot():
    """A private Dovecot IMAP server (plain IMAP on a loopback port) for the session; see tests/imap_server.py."""
    from imap_server import Dovecot

    server = Dovecot()
    try:
        yield server.start()
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def tls_dovecot():
    """A second private Dovecot offering STARTTLS and implicit TLS, with a self-signed certificate."""
    from imap_server import Dovecot

    server = Dovecot(tls=True)
    try:
        yield server.start()
    finally:
        server.cleanup()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """An empty database: SQLite in a temp dir, or a new database in the private PostgreSQL cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'mailbot.db'}"
    return request.getfixturevalue("postgres").create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def engine(database_url):
    engine = open_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def smtp_sink():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


def write_config(
    directory: Path, database_url: str, *, lmtp_port: int = 0, smtp_port: int | None = None, extra: str = ""
) -> Path:
    lines = [
        "[database]",
        f'url = "{database_url}"',
        "busy_timeout_ms = 300",
        "[lmtp]",
        'host = "127.0.0.1"',
        f"port = {lmtp_port}",
        "[outbox]",
        f'maildir = "{directory / "outbox"}"',
        "poll_seconds = 0.2",
        "first_retry_seconds = 0.2",
    ]
    if smtp_port:
        lines += ["[smtp]", 'host = "127.0.0.1"', f"port = {smtp_port}", 'security = "plain"']
    path = directory / "mailbot.toml"
    path.write_text("\n".join(lines) + "\n" + extra)
    return path


class Desk:
    """A configured, migrated mailbot installation in a temp dir, driven through the real CLI."""

    def __init__(self, directory: Path, database_url: str, smtp_port: int | None = None) -> None:
        self.directory = directory
        self.database_url = database_url
        self.lmtp_port = free_port()
        self.config = write_config(directory, database_url, lmtp_port=self.lmtp_port, smtp_port=smtp_port)
        self.mailbot("db", "upgrade")
        self.daemon: Daemon | None = None

    def mailbot(self, *args: str, check: bool = True, stdin: bytes | None = None):
        return run_mailbot(*args, config=self.config, cwd=self.directory, check=check, stdin=stdin)

    def add_acme(self) -> None:
        """A Sender `acme` with one prospect and one campaign mail (reply token `tok-jean`)."""
        self.mailbot(
            "senders",
            "add",
            "acme",
            "--name",
            "ACME SAS",
            "--privacy-contact",
            "dpo@acme.example",
            "--domain",
            "acme.example",
            "--language",
            "fr",
        )
        (self.directory / "prospects.csv").write_text(
            "email,first_name,last_name,company,role,tags,notes\n"
            "Jean.Dupont@client.example,Jean,Dupont,Client SA,CEO,fair;2026,\n"
        )
        self.mailbot("prospects", "import", str(self.directory / "prospects.csv"), "--sender", "acme")
        (self.directory / "sent.jsonl").write_text(
            '{"sender": "acme", "to": "jean.dupont@client.example", "message_id": "<campaign-1@acme.example>",'
            ' "reply_token": "tok-jean", "sent_at": "2026-11-20T10:00:00+01:00", "subject": "Hello Jean"}\n'
        )
        self.mailbot("sent", "import", str(self.directory / "sent.jsonl"))

    def start(self) -> Daemon:
        self.daemon = Daemon(self.config, self.directory, self.lmtp_port).start()
        return self.daemon

    def sqlite(self) -> sqlite3.Connection:
        return sqlite3.connect(self.database_url.removeprefix("sqlite:///"), timeout=5)

    def inbound_statuses(self) -> list[tuple]:
        with self.sqlite() as connection:
            return connection.execute(
                "SELECT id, status, error, labels FROM inbound_message ORDER BY id"
            ).fetchall()


@pytest.fixture
def desk(tmp_path, smtp_sink):
    """A SQLite installation whose outgoing mail goes to the SMTP sink; `desk.start()` runs the daemon."""
    installation = Desk(tmp_path, f"sqlite:///{tmp_path / 'mailbot.db'}", smtp_port=smtp_sink.port)
    yield installation
    if installation.daemon:
        installation.daemon.stop()


def fixture_mail(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()
