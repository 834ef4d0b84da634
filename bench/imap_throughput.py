"""Benchmark: `mailbot run` on a Dovecot mailbox: APPEND-to-suppression latency, catch-up against ingest."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from imap_server import DOVECOT, Dovecot, dovecot_version
from ingest_throughput import (
    PROSPECT_COUNT,
    SEED,
    SUBJECTS,
    UNSUBSCRIBE,
    _text,
    generate_mails,
    measure_ingest,
    prepare_database,
    prospects,
)

from servers import Daemon, free_port, wait_for

PASSWORD_ENV = "MAILBOT_BENCH_IMAP_PASSWORD"
PASSWORD = "bench-secret"
POLL_SECONDS = 0.005  # how often the latency run looks for the suppression row
PAUSE_SECONDS = 0.3  # between two latency mails, so that each is its own IDLE push
MISSED_AFTER_SECONDS = 5.0  # a suppression that has not come by then is counted as missed
CATCH_UP_TIMEOUT = 600.0
BUDGET_SECONDS = 180.0  # the whole bench; more runs than one only while they fit
NOTABLE = re.compile(r" (?:WARNING|ERROR|CRITICAL) |Traceback|retrying")


def unsubscribe_mail(rng: random.Random, number: int, person: dict[str, str]) -> bytes:
    """An unsubscribe reply from `person`, made as `build_mail` makes its unsubscribe kind, dated now."""
    lang = rng.choice(["en", "fr"])
    domain = person["email"].split("@")[1]
    mail = EmailMessage()
    mail.set_content(_text(rng, UNSUBSCRIBE[lang], lang, person))
    mail["From"] = f"{person['first_name']} {person['last_name']} <{person['email']}>"
    mail["To"] = rng.choice([f"reply+{person['token']}@prospectra.example", "reply@prospectra.example"])
    mail["Subject"] = rng.choice(SUBJECTS["unsubscribe" if rng.random() < 0.3 else lang])
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = f"<unsubscribe-latency-{number:03d}.{rng.getrandbits(32):08x}@{domain}>"
    if rng.random() < 0.5:
        mail["In-Reply-To"] = mail["References"] = person["message_id"]
    return mail.as_bytes()


def unsubscribe_mails(count: int, seed: int = SEED) -> list[tuple[str, bytes]]:
    """One unsubscribe reply per known prospect: (lower-case address, bytes)."""
    if count > PROSPECT_COUNT:
        sys.exit(f"at most {PROSPECT_COUNT} latency mails: one per known prospect")
    rng = random.Random(seed)
    return [
        (person["email"].lower(), unsubscribe_mail(rng, number, person))
        for number, person in enumerate(prospects()[:count])
    ]


def fresh_copy(template: Path, workdir: Path) -> Path:
    """In `workdir`, a copy of the database `prepare_database` made in `template` and nobody used since, and
    its config: the same fresh state as another `prepare_database` call, without its ~9 s of CLI runs."""
    workdir.mkdir(parents=True)
    with (
        closing(sqlite3.connect(template / "bench.db")) as source,
        closing(sqlite3.connect(workdir / "bench.db")) as target,
    ):
        source.backup(target)
    config = workdir / "mailbot.toml"
    config.write_text((template / "mailbot.toml").read_text().replace(str(template), str(workdir)))
    return config


def watching_config(template: Path, workdir: Path, dovecot: Dovecot, user: str) -> tuple[Path, int]:
    """A fresh prepared database whose daemon watches `user`'s INBOX; the config and the LMTP port."""
    config = fresh_copy(template, workdir)
    lmtp_port = free_port()  # tests/servers.Daemon knows the daemon is up when LMTP answers
    mailbox = {
        "name": "bench",
        "role": "reply",
        "host": dovecot.host,
        "port": dovecot.port,
        "security": "plain",
        "username": user,
        "password_env": PASSWORD_ENV,
        "folder": "INBOX",
        "processed_folder": "Processed",
        "idle": True,
        "poll_seconds": 60,
        "timeout_seconds": 30,
    }
    text = config.read_text().replace("[lmtp]\nport = 0\n", f"[lmtp]\nport = {lmtp_port}\n")
    text += "\n[[mailboxes]]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in mailbox.items())
    config.write_text(text)
    return config, lmtp_port


@contextmanager
def running_daemon(config: Path, workdir: Path, lmtp_port: int, notes: list[str]) -> Iterator[Daemon]:
    """`mailbot run` as a subprocess, stopped at the end whatever happens; its notable log lines go to `notes`."""
    daemon = Daemon(config, workdir, lmtp_port)
    try:
        yield daemon.start()
    except BaseException:  # the temp dir and its log go away: show the end of the log now
        with suppress(OSError):
            tail = daemon.log.read_text(errors="replace").splitlines()[-30:]
            print(f"[{workdir.name}] end of the daemon log:", *tail, sep="\n  ", file=sys.stderr)
        raise
    finally:
        code = daemon.stop()
        if code not in (0, None):
            notes.append(f"[{workdir.name}] mailbot run exited with {code}")
        with suppress(OSError):
            lines = daemon.log.read_text(errors="replace").splitlines()
            notes.extend(f"[{workdir.name}] {line}" for line in lines if NOTABLE.search(line))


def _read_only(database: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)


def measure_latency(
    template: Path, workdir: Path, dovecot: Dovecot, count: int, notes: list[str]
) -> tuple[list[float], int]:
    """Seconds from APPEND returning to the suppression row being readable, per mail; and how many mails
    never led to a suppression (the classifier missed the request)."""
    mails, missed = unsubscribe_mails(count), 0
    user = dovecot.new_user("latency", PASSWORD)
    config, lmtp_port = watching_config(template, workdir, dovecot, user)
    latencies: list[float] = []
    with running_daemon(config, workdir, lmtp_port, notes) as daemon, dovecot.connect(user) as imap:
        wait_for(lambda: "watching INBOX" in daemon.log.read_text(), timeout=30, what="watching INBOX")
        database = _read_only(workdir / "bench.db")
        try:
            for address, raw in mails:
                typ, data = imap.append("INBOX", None, None, raw)
                appended = time.perf_counter()
                if typ != "OK":
                    raise RuntimeError(f"APPEND failed: {data}")
                query = "SELECT 1 FROM suppression WHERE email = ?"
                while not database.execute(query, (address,)).fetchone():
                    waited = time.perf_counter() - appended
                    if daemon.process.poll() is not None:
                        raise RuntimeError(f"the daemon stopped (log: {daemon.log})")
                    if waited > MISSED_AFTER_SECONDS:
                        break
                    time.sleep(POLL_SECONDS)
                else:
                    latencies.append(time.perf_counter() - appended)
                    time.sleep(PAUSE_SECONDS)
                    continue
                missed += 1
                notes.append(
                    f"[latency] mail {len(latencies) + missed}: no suppression after {MISSED_AFTER_SECONDS} s"
                )
        finally:
            database.close()
    return latencies, missed


def processed_rows(database: Path) -> int:
    """Inbound rows the pipeline has finished with (any status but `received`); 0 while unreadable."""
    query = "SELECT count(*) FROM inbound_message WHERE status != 'received'"
    try:
        with closing(_read_only(database)) as connection:
            return connection.execute(query).fetchone()[0]
    except sqlite3.Error:
        return 0


def measure_catch_up(
    template: Path, workdir: Path, dovecot: Dovecot, raws: list[bytes], expected: int, notes: list[str]
) -> tuple[float, int]:
    """Mails per second from `mailbot run` starting to `expected` rows processed, mails already waiting; and
    how many mails were left in INBOX."""
    user = dovecot.new_user("catchup", PASSWORD)
    dovecot.append_many(user, raws)
    config, lmtp_port = watching_config(template, workdir, dovecot, user)
    database = workdir / "bench.db"
    started = time.perf_counter()
    with running_daemon(config, workdir, lmtp_port, notes) as daemon:

        def done() -> bool:
            if daemon.process.poll() is not None:
                raise RuntimeError(f"mailbot run exited with {daemon.process.returncode} (log: {daemon.log})")
            return processed_rows(database) >= expected

        wait_for(done, timeout=CATCH_UP_TIMEOUT, interval=0.02, what=f"{expected} inbound rows processed")
        elapsed = time.perf_counter() - started
    return len(raws) / elapsed, len(dovecot.uids(user))


def percentile(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def _row(name: str, value: float, digits: int = 1, extra: str = "") -> str:
    return f"{name:<34}{value:>10.{digits}f}{'   ' + extra if extra else ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000, help="waiting mails to catch up (default 2000)")
    parser.add_argument("--latency-mails", type=int, default=50, help="mails timed one by one (default 50)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of ingest and catch-up, if in budget")
    parser.add_argument("--budget", type=float, default=BUDGET_SECONDS, help="seconds for the whole bench")
    args = parser.parse_args()
    if not os.access(DOVECOT, os.X_OK):
        print(f"imap bench skipped: Dovecot is not installed ({DOVECOT}); `make test` installs it")
        return
    if os.geteuid() != 0:
        print("imap bench skipped: the private Dovecot of tests/imap_server.py must be started as root")
        return
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still clean up when make is interrupted
    os.environ[PASSWORD_ENV] = PASSWORD
    bench_started = time.perf_counter()
    notes: list[str] = []
    dovecot = Dovecot()
    with tempfile.TemporaryDirectory(prefix="mailbot-bench-imap-") as temporary:
        root = Path(temporary)
        try:
            dovecot.start()
            template = root / "template"
            prepare_database(template)
            latencies, missed = measure_latency(
                template, root / "latency", dovecot, args.latency_mails, notes
            )
            files = generate_mails(root / "mails", args.count)
            raws = [path.read_bytes() for path in files]
            ingest_rates: list[float] = []
            catch_up_rates: list[float] = []
            left: list[int] = []
            expected = 0
            for run in range(args.repeat):
                pair_started = time.perf_counter()
                rate, statuses, _, _ = measure_ingest(root / f"ingest{run}", files)
                ingest_rates.append(rate)
                expected = sum(statuses.values())  # what ingest stores: duplicates by Message-ID collapse
                rate, in_inbox = measure_catch_up(
                    template, root / f"catchup{run}", dovecot, raws, expected, notes
                )
                catch_up_rates.append(rate)
                left.append(in_inbox)
                now = time.perf_counter()  # one more pair only if it should still fit in the budget
                if now - bench_started + (now - pair_started) > args.budget:
                    break
        finally:
            for line in notes:  # also when a measurement failed
                print(f"  {line}", file=sys.stderr)
            with suppress(Exception):
                dovecot.stop()
            dovecot.cleanup()
    runs = len(ingest_rates)
    version = ".".join(str(part) for part in dovecot_version())
    print(f"IMAP source: `mailbot run` on one Dovecot {version} mailbox (plain, IDLE), SQLite")
    print(f"latency APPEND -> suppression committed, {len(latencies)} mails, one IDLE push each")
    print(_row("  p50 s", statistics.median(latencies), 3))
    print(_row("  p95 s", percentile(latencies, 95), 3, "target <= 1.0"))
    print(_row("  max s", max(latencies), 3, f"min {min(latencies):.3f}"))
    print(f"catch-up of {args.count} waiting mails ({expected} inbound rows), process start included")
    for name, rates in (("ingest", ingest_rates), ("catch-up", catch_up_rates)):
        runs_text = ", ".join(f"{rate:.1f}" for rate in rates)
        print(_row(f"  {name} mails/s (median)", statistics.median(rates), 1, f"runs: {runs_text}"))
    ratio = statistics.median(catch_up_rates) / statistics.median(ingest_rates)
    print(_row("  ratio catch-up/ingest", ratio, 3, "target >= 0.7"))
    if runs < args.repeat:
        print(f"  ({runs} run(s) of each, not {args.repeat}: over the {args.budget:.0f} s budget)")
    print(f"\nlatency mails that led to no suppression (classifier misses, not timed): {missed}")
    print(f"mails left in INBOX after each catch-up: {left}")
    print(f"bench wall time: {time.perf_counter() - bench_started:.0f} s")
    print(f"notable daemon log lines (WARNING, ERROR, retrying, Traceback; on stderr): {len(notes)}")


if __name__ == "__main__":
    main()
