"""Real peers for the tests: an aiosmtpd SMTP sink, a private PostgreSQL cluster, the mailbot daemon."""

from __future__ import annotations

import asyncio
import glob
import os
import pwd
import re
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
from email import message_from_bytes
from email.message import Message
from pathlib import Path

from aiosmtpd.smtp import SMTP

REPO = Path(__file__).resolve().parents[1]
_SCRIPT = Path(sys.executable).with_name("mailbot")
MAILBOT = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "bot"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, timeout: float = 15.0, interval: float = 0.05, what: str = "condition"):
    """Poll `predicate` until it returns something truthy; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class SmtpSink:
    """A real SMTP server (aiosmtpd) on a free loopback port, in its own thread and event loop."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.loop = asyncio.new_event_loop()
        self.server = None
        self.port = 0
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(message_from_bytes(envelope.original_content))
        return "250 OK"

    def start(self) -> SmtpSink:
        return self.start_on(0)

    def start_on(self, port: int) -> SmtpSink:
        self._thread.start()

        async def create():
            return await self.loop.create_server(lambda: SMTP(self), "127.0.0.1", port)

        self.server = asyncio.run_coroutine_threadsafe(create(), self.loop).result(10)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def close():
            self.server.close()
            await self.server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)


def _postgres_bin(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if not found:
        raise RuntimeError(
            f"PostgreSQL's {name} is not installed: run `make test` (it installs the Debian package)"
        )
    return found


class PostgresCluster:
    """A private PostgreSQL cluster on a free port, started and stopped by the test session."""

    def __init__(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="mailbot-pg-"))
        self.data = self.directory / "data"
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root; run the server as the postgres user
            user = pwd.getpwnam("postgres")
            os.chown(self.directory, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *command: str) -> None:
        subprocess.run([*self.as_user, *command], check=True, capture_output=True, cwd=self.directory)

    def start(self) -> PostgresCluster:
        self._run(
            _postgres_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"
        )
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            _postgres_bin("pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.directory / "log"),
            "-o",
            options,
            "-w",
            "start",
        )
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(_postgres_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)


def run_mailbot(
    *args: str,
    config: Path | None = None,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess:
    """Run the real `mailbot` command; returns the completed process (text output)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if config:
        env["MAILBOT_CONFIG"] = str(config)
    result = subprocess.run(
        [*MAILBOT, *args], capture_output=True, env=env, cwd=cwd, input=stdin, timeout=120
    )
    result.stdout, result.stderr = (
        result.stdout.decode(errors="replace"),
        result.stderr.decode(errors="replace"),
    )
    if check and result.returncode != 0:
        raise AssertionError(f"mailbot {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


class Daemon:
    """`mailbot run` as a child process, with LMTP on a free port."""

    def __init__(self, config: Path, workdir: Path, lmtp_port: int) -> None:
        self.config = config
        self.workdir = workdir
        self.lmtp_port = lmtp_port
        self.process: subprocess.Popen | None = None
        self.log = workdir / "daemon.log"

    def start(self) -> Daemon:
        env = {**os.environ, "PYTHONPATH": str(REPO), "MAILBOT_CONFIG": str(self.config)}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [*MAILBOT, "run"], cwd=self.workdir, env=env, stdout=log, stderr=log
            )
        wait_for(self._listening, timeout=30, what=f"LMTP on port {self.lmtp_port} (log: {self.log})")
        return self

    def _listening(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"mailbot run exited with {self.process.returncode}: {self.log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", self.lmtp_port), timeout=0.2):
                return True
        except OSError:
            return False

    def deliver(
        self, raw: bytes, recipients: list[str] | None = None, sender: str = "prospect@client.example"
    ):
        """Deliver `raw` over LMTP as a mail server would (CRLF line ends); returns smtplib's refusals."""
        wire = re.sub(rb"\r\n|\n|\r(?!\n)", b"\r\n", raw)  # smtplib leaves bytes as they are
        with smtplib.LMTP("127.0.0.1", self.lmtp_port, timeout=30) as client:
            return client.sendmail(sender, recipients or ["reply@prospectra.example"], wire)

    def stop(self) -> int:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode if self.process else 0
