"""The outbox worker against a real SMTP server: retries with backoff when it is down, sends once when it is up."""

from __future__ import annotations

import json
import time

from conftest import FIXTURES, Desk
from servers import SmtpSink, free_port


def test_outbox_retries_until_the_smtp_server_answers_then_sends_once(tmp_path):
    port = free_port()  # nothing listens here yet
    desk = Desk(tmp_path, f"sqlite:///{tmp_path / 'm.db'}", smtp_port=port)
    desk.add_acme()
    desk.mailbot("ingest", "--mailbox", "reply", str(FIXTURES / "unsubscribe_fr.eml"))
    pending = json.loads(desk.mailbot("outbox", "list", "--json").stdout)
    assert [(m["status"], m["attempts"]) for m in pending] == [("pending", 1)]
    assert "ConnectionRefused" in pending[0]["last_error"] or "connect" in pending[0]["last_error"].lower()

    sink = SmtpSink()
    sink.start_on(port)
    try:
        time.sleep(0.5)  # past the first backoff (0.2 s ± 20 %)
        assert desk.mailbot("outbox", "flush").stdout.strip() == "1 message(s) sent"
        assert desk.mailbot("outbox", "flush").stdout.strip() == "0 message(s) sent"
        assert len(sink.messages) == 1
        sent = json.loads(desk.mailbot("outbox", "list", "--json").stdout)
        assert [(m["status"], m["attempts"]) for m in sent] == [("sent", 2)]
    finally:
        sink.stop()
