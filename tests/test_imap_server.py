"""The private Dovecot fixture itself: logins, APPEND, IDLE pushes, restarts, UIDVALIDITY changes, TLS."""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
import time
from collections.abc import Callable
from contextlib import suppress

import imap_server
import pytest
from imap_server import Dovecot

MAIL = b"From: prospect@client.example\nTo: reply@prospectra.example\nSubject: %d\n\nBody %d\n"


def mail(number: int) -> bytes:
    return MAIL % (number, number)


def login(dovecot: Dovecot, user: str) -> imaplib.IMAP4:
    connection = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    connection.login(user, dovecot.users[user])
    return connection


def idle_for(
    connection: imaplib.IMAP4, pattern: bytes, action: Callable[[], object], timeout: float = 5.0
) -> tuple[bytes, float]:
    """IDLE, run `action()` once the server is idling, and wait for an untagged line matching `pattern`.

    Returns that line and the seconds it took from the start of `action()`; ends the IDLE with DONE.
    """
    connection.send(b"I1 IDLE\r\n")
    connection.sock.settimeout(timeout)
    continuation = connection.readline()
    assert continuation.startswith(b"+"), continuation
    started = time.monotonic()
    action()
    while not re.match(pattern, line := connection.readline()):
        assert line.startswith(b"* "), f"unexpected line during IDLE: {line!r}"
    elapsed = time.monotonic() - started
    connection.send(b"DONE\r\n")
    while not (tagged := connection.readline()).startswith(b"I1 "):
        assert tagged, "the server closed the connection before ending the IDLE"
    assert tagged.startswith(b"I1 OK"), tagged
    return line, elapsed


def test_login_and_capabilities(dovecot):
    user = dovecot.new_user()
    connection = login(dovecot, user)
    try:
        capabilities = set(connection.capability()[1][0].decode().split())
        assert {"IDLE", "MOVE", "UIDPLUS"} <= capabilities
        assert connection.select("INBOX")[0] == "OK"
    finally:
        connection.logout()


def test_wrong_password_and_unknown_user_are_refused(dovecot):
    user = dovecot.new_user(password="right")
    for name, password in [(user, "wrong"), ("nobody-here", "right")]:
        connection = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
        started = time.monotonic()
        with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
            connection.login(name, password)
        assert time.monotonic() - started < 1.5  # no auth failure delay to slow the tests down
        connection.shutdown()


def test_password_change_after_start_is_seen(dovecot):
    user = dovecot.new_user(password="first")
    dovecot.add_user(user, "second")  # same length, same second: Dovecot must still re-read the file
    with pytest.raises(imaplib.IMAP4.error):
        imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10).login(user, "first")
    login(dovecot, user).logout()


def test_append_returns_uids_and_helpers_read_them(dovecot):
    user = dovecot.new_user()
    assert dovecot.append(user, mail(1)) == 1
    assert dovecot.append(user, mail(2), flags="\\Seen") == 2
    assert dovecot.append_many(user, [mail(n) for n in range(3, 8)]) == [3, 4, 5, 6, 7]
    assert dovecot.append(user, mail(8), folder="Archive/2026") == 1
    assert dovecot.append_many(user, [mail(9), mail(10)], folder="Done") == [1, 2]
    assert dovecot.folders(user) == ["Archive", "Archive/2026", "Done", "INBOX"]
    assert dovecot.uids(user) == [1, 2, 3, 4, 5, 6, 7]
    assert dovecot.uids(user, "Done") == [1, 2]
    flags = dovecot.flags(user)
    assert flags[1] == set() and flags[2] == {"\\Seen"}
    connection = login(dovecot, user)
    try:
        connection.select("INBOX")
        typ, data = connection.uid("FETCH", "3", "(BODY.PEEK[])")
        assert typ == "OK" and data[0][1] == mail(3).replace(b"\n", b"\r\n")
    finally:
        connection.logout()


def test_append_many_is_fast(dovecot):
    user = dovecot.new_user()
    started = time.monotonic()
    uids = dovecot.append_many(user, [mail(n) for n in range(2000)])
    assert uids == list(range(1, 2001))
    assert time.monotonic() - started < 10
    assert len(dovecot.uids(user)) == 2000


def test_idle_gets_exists_push_after_append_elsewhere(dovecot):
    user = dovecot.new_user()
    dovecot.append(user, mail(1))
    connection = login(dovecot, user)
    try:
        connection.select("INBOX")
        line, elapsed = idle_for(connection, rb"\* 2 EXISTS", lambda: dovecot.append(user, mail(2)))
        assert line == b"* 2 EXISTS\r\n"
        assert elapsed < 2, f"the EXISTS push took {elapsed:.2f}s"
    finally:
        connection.logout()


def test_restart_keeps_mail_port_and_uidvalidity(dovecot):
    user = dovecot.new_user()
    dovecot.append_many(user, [mail(1), mail(2)], folder="Kept")
    port, uidvalidity = dovecot.port, dovecot.uidvalidity(user, "Kept")
    connection = login(dovecot, user)
    connection.select("INBOX")
    try:
        dovecot.restart()
        with pytest.raises((imaplib.IMAP4.abort, OSError)):  # the old session is over
            connection.noop()
    finally:
        connection.shutdown()
        if not dovecot.running:  # leave the session's server usable whatever happened
            dovecot.start()
    assert dovecot.port == port
    assert dovecot.uids(user, "Kept") == [1, 2]
    assert dovecot.uidvalidity(user, "Kept") == uidvalidity
    assert dovecot.append(user, mail(3), folder="Kept") == 3


def test_kill_then_start_keeps_mail(dovecot):
    user = dovecot.new_user()
    dovecot.append(user, mail(1))
    connection = login(dovecot, user)
    connection.select("INBOX")
    try:
        dovecot.kill()
        assert not dovecot.running
        with pytest.raises((imaplib.IMAP4.abort, OSError)):
            connection.noop()
    finally:
        connection.shutdown()
        if not dovecot.running:
            dovecot.start()
    assert dovecot.uids(user) == [1]


def test_reset_uidvalidity_keeps_the_mails(dovecot):
    user = dovecot.new_user()
    dovecot.append_many(user, [mail(1), mail(2), mail(3)])
    dovecot.append(user, mail(4), folder="Other")
    before, other = dovecot.uidvalidity(user), dovecot.uidvalidity(user, "Other")
    connection = login(dovecot, user)
    try:
        typ, data = connection.select("INBOX")
        assert int(connection.response("UIDVALIDITY")[1][0]) == before
        new = dovecot.reset_uidvalidity(user)
        with pytest.raises((imaplib.IMAP4.abort, OSError)):  # Dovecot drops the sessions that had it open
            connection.noop()
    finally:
        connection.shutdown()
    assert new != before
    connection = login(dovecot, user)
    try:
        typ, data = connection.select("INBOX")
        assert typ == "OK" and int(data[0]) == 3
        assert int(connection.response("UIDVALIDITY")[1][0]) == new
    finally:
        connection.logout()
    assert dovecot.uids(user) == [1, 2, 3]
    assert dovecot.uidvalidity(user, "Other") == other


def test_start_failure_shows_the_log():
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        server = Dovecot(port=blocker.getsockname()[1])
        try:
            with pytest.raises(RuntimeError, match=r"(?s)Dovecot exited .*Address already in use"):
                server.start()
        finally:
            server.cleanup()


def test_missing_dovecot_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(imap_server, "DOVECOT", "/nonexistent/dovecot")
    server = Dovecot()
    try:
        with pytest.raises(
            RuntimeError, match=r"run `make test` \(it installs the Debian package dovecot-imapd\)"
        ):
            server.start()
    finally:
        server.cleanup()


# -- TLS ---------------------------------------------------------------------------------------------------


def test_tls_is_off_by_default(dovecot):
    assert not dovecot.tls and dovecot.tls_port is None and dovecot.certificate is None
    connection = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    try:
        assert "STARTTLS" not in connection.capabilities
    finally:
        connection.shutdown()


def test_implicit_tls_login_with_the_trusting_context(tls_dovecot):
    user = tls_dovecot.new_user()
    context = ssl.create_default_context(cafile=tls_dovecot.certificate)
    connection = imaplib.IMAP4_SSL(tls_dovecot.host, tls_dovecot.tls_port, ssl_context=context, timeout=10)
    try:
        assert connection.sock.version() in ("TLSv1.2", "TLSv1.3")
        connection.login(user, "secret")
        assert connection.select("INBOX")[0] == "OK"
    finally:
        connection.logout()


def test_certificate_names_localhost_too(tls_dovecot):
    with (
        socket.create_connection((tls_dovecot.host, tls_dovecot.tls_port), timeout=10) as raw,
        tls_dovecot.ssl_context().wrap_socket(raw, server_hostname="localhost") as sock,
    ):
        assert sock.recv(4) == b"* OK"
    with (
        socket.create_connection((tls_dovecot.host, tls_dovecot.tls_port), timeout=10) as raw,
        pytest.raises(ssl.SSLCertVerificationError, match="Hostname mismatch"),
    ):
        tls_dovecot.ssl_context().wrap_socket(raw, server_hostname="imap.example.com")


def test_starttls_login_on_the_plain_port(tls_dovecot):
    user = tls_dovecot.new_user()
    connection = imaplib.IMAP4(tls_dovecot.host, tls_dovecot.port, timeout=10)
    try:
        assert "STARTTLS" in connection.capabilities
        assert connection.starttls(ssl_context=tls_dovecot.ssl_context())[0] == "OK"
        assert isinstance(connection.sock, ssl.SSLSocket)
        connection.login(user, "secret")
        assert connection.select("INBOX")[0] == "OK"
    finally:
        connection.logout()


def test_plain_login_still_works_with_tls_on(tls_dovecot):
    user = tls_dovecot.new_user()
    assert tls_dovecot.append(user, mail(1)) == 1  # the helpers log in without TLS
    login(tls_dovecot, user).logout()


def test_untrusted_certificate_fails_the_handshake(tls_dovecot):
    with pytest.raises(ssl.SSLCertVerificationError, match=r"self.signed certificate"):
        imaplib.IMAP4_SSL(
            tls_dovecot.host, tls_dovecot.tls_port, ssl_context=ssl.create_default_context(), timeout=10
        )
    connection = imaplib.IMAP4(tls_dovecot.host, tls_dovecot.port, timeout=10)
    try:
        with pytest.raises(ssl.SSLCertVerificationError, match=r"self.signed certificate"):
            connection.starttls(ssl_context=ssl.create_default_context())
    finally:
        with suppress(OSError):  # the failed handshake has closed the socket already
            connection.shutdown()


def test_restart_keeps_tls_port_and_certificate(tls_dovecot):
    user = tls_dovecot.new_user()
    port, certificate = tls_dovecot.tls_port, tls_dovecot.certificate.read_bytes()
    context = tls_dovecot.ssl_context()  # made before the restart: must still be good after it
    tls_dovecot.restart()
    assert tls_dovecot.tls_port == port and tls_dovecot.certificate.read_bytes() == certificate
    connection = imaplib.IMAP4_SSL(tls_dovecot.host, port, ssl_context=context, timeout=10)
    try:
        connection.login(user, "secret")
    finally:
        connection.logout()


def test_tls_config_for_dovecot_24(tls_dovecot):
    """Dovecot 2.4 names the TLS settings differently (not runnable here on 2.3: the text only)."""
    text = tls_dovecot._config_text((2, 4, 1))
    assert f"ssl = yes\nssl_server_cert_file = {tls_dovecot.certificate}\n" in text
    assert f"ssl_server_key_file = {tls_dovecot.key}\n" in text
    assert f"inet_listener imaps {{\n    listen = 127.0.0.1\n    port = {tls_dovecot.tls_port}\n" in text
