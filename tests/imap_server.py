"""A private Dovecot IMAP server on a free loopback port, for tests of IMAP mail sources."""

from __future__ import annotations

import imaplib
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from servers import free_port

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
OPENSSL = "openssl"
MAIL_USER, MAIL_GROUP = "nobody", "nogroup"  # Dovecot refuses to access mail as root
_NOT_INSTALLED = "Dovecot is not installed: run `make test` (it installs the Debian package dovecot-imapd)"

_APPENDUID = re.compile(rb"\[APPENDUID (\d+) ([0-9:,]+)\]")
_UIDVALIDITY = re.compile(rb"\(UIDVALIDITY (\d+)\)")
_LIST = re.compile(rb'\((?P<flags>[^)]*)\) (?P<delimiter>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)')
_FETCH_UID = re.compile(rb"\bUID (\d+)")
_FETCH_FLAGS = re.compile(rb"\bFLAGS \(([^)]*)\)")

# Dovecot 2.3 syntax (Debian 12). Only what differs from the built-in defaults, or matters for the tests.
_CONFIG_23 = """\
instance_name = {instance}
base_dir = {directory}/run
state_dir = {directory}/state
log_path = {directory}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = dovenull
default_internal_user = dovecot
mail_uid = {mail_user}
mail_gid = {mail_group}
first_valid_uid = 1
mail_location = maildir:~/Maildir
mail_fsync = never
mail_max_userip_connections = 1000
mailbox_idle_check_interval = 1 secs
namespace inbox {{
  inbox = yes
  separator = {separator}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {directory}/passwd.d/%u
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={mail_group} home={directory}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
{imaps}
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""

# Dovecot 2.4 syntax (Debian 13): settings renamed, passdb/userdb are named blocks with their own settings.
_CONFIG_24 = """\
dovecot_config_version = {version}
dovecot_storage_version = {version}
instance_name = {instance}
base_dir = {directory}/run
state_dir = {directory}/state
log_path = {directory}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}
auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = dovenull
default_internal_user = dovecot
mail_uid = {mail_user}
mail_gid = {mail_group}
first_valid_uid = 1
mail_driver = maildir
mail_path = ~/Maildir
mail_fsync = never
mail_max_userip_connections = 1000
mailbox_idle_check_interval = 1 secs
namespace inbox {{
  inbox = yes
  separator = {separator}
}}
passdb passwd-file {{
  passwd_file_path = {directory}/passwd.d/%{{user}}
  default_password_scheme = PLAIN
}}
userdb static {{
  fields {{
    uid = {mail_user}
    gid = {mail_group}
    home = {directory}/mail/%{{user}}
  }}
}}
service imap-login {{
  inet_listener imap {{
    listen = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
{imaps}
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""

# What `{ssl}` and `{imaps}` above become: no TLS at all (the default), or TLS with the fixture's self-signed
# certificate: STARTTLS offered, not required, on the plain port, and implicit TLS on the imaps listener.
_NO_TLS = {"ssl": "ssl = no", "imaps": "    port = 0"}
_TLS_23 = {
    "ssl": "ssl = yes\nssl_cert = <{certificate}\nssl_key = <{key}",
    "imaps": "    address = 127.0.0.1\n    port = {tls_port}\n    ssl = yes",
}
_TLS_24 = {  # 2.4 reads the files named by these settings itself: no `<`
    "ssl": "ssl = yes\nssl_server_cert_file = {certificate}\nssl_server_key_file = {key}",
    "imaps": "    listen = 127.0.0.1\n    port = {tls_port}\n    ssl = yes",
}


def dovecot_version() -> tuple[int, ...]:
    """The installed Dovecot's version, e.g. (2, 3, 19, 1); RuntimeError when it is not installed."""
    if not os.access(DOVECOT, os.X_OK):
        raise RuntimeError(_NOT_INSTALLED)
    output = subprocess.run([DOVECOT, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.match(r"(\d+(?:\.\d+)*)", output.strip())
    if not match:
        raise RuntimeError(f"cannot read Dovecot's version from {output!r}")
    return tuple(int(part) for part in match.group(1).split("."))


def _alive(pid: int) -> bool:
    """Whether the process exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def _service(title: str) -> str:
    """The Dovecot service of a process title: `imap` for `dovecot-mailbot-test-1234/imap [...]`."""
    return title.rpartition("/")[2].split(" ")[0]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquote(text: bytes) -> str:
    if text.startswith(b'"') and text.endswith(b'"'):
        text = re.sub(rb"\\(.)", rb"\1", text[1:-1])
    return text.decode()


def _ok(answer: tuple[str, list], command: str) -> list:
    typ, data = answer
    if typ != "OK":
        raise RuntimeError(f"{command} failed: {data}")
    return data


def _uid_set(text: bytes) -> list[int]:
    uids: list[int] = []
    for part in text.split(b","):
        first, _, last = part.partition(b":")
        uids.extend(range(int(first), int(last or first) + 1))
    return uids


class Dovecot:
    """A real Dovecot (plain IMAP, passwd-file users, Maildir) whose config, state and mail live in a temp dir.

    With `tls=True` it also speaks TLS, with a self-signed certificate for localhost and 127.0.0.1 made at the
    first start (`self.certificate`, trusted by `self.ssl_context()`): STARTTLS on `self.port`, where plain
    logins still work, and implicit TLS (imaps) on `self.tls_port`.
    """

    def __init__(
        self, port: int | None = None, separator: str = "/", tls: bool = False, capabilities: str = ""
    ) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-"))
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.config = self.directory / "dovecot.conf"
        self.log = self.directory / "dovecot.log"
        self.passwd = self.directory / "passwd.d"  # a passwd-file per user (see _write_passwd)
        self.mail = self.directory / "mail"
        self.separator = separator  # of folder names in IMAP; Maildir++ keeps `.` on disk whatever it is
        self.users: dict[str, str] = {}
        self.process: subprocess.Popen | None = None
        self.tls = tls
        self.tls_port: int | None = free_port() if tls else None
        self.certificate: Path | None = self.directory / "cert.pem" if tls else None  # PEM, self-signed
        self.key: Path | None = self.directory / "key.pem" if tls else None
        self.capabilities = (
            capabilities  # "" = Dovecot's own; else what it announces (e.g. without MOVE, IDLE)
        )

    # -- the server -------------------------------------------------------------------------------------

    def start(self) -> Dovecot:
        version = dovecot_version()
        if os.geteuid() != 0:
            raise RuntimeError("the test Dovecot runs as root (it switches to nobody for the mail)")
        if self.running:
            raise RuntimeError(f"Dovecot is already running on port {self.port}")
        self.directory.chmod(0o755)  # the login (dovenull) and auth (dovecot) processes read below it
        mail_user = pwd.getpwnam(MAIL_USER)
        self.mail.mkdir(exist_ok=True)
        os.chown(self.mail, mail_user.pw_uid, mail_user.pw_gid)
        if self.tls and not self.certificate.exists():  # a restart keeps the certificate clients trust
            self._make_certificate()
        self.config.write_text(self._config_text(version))
        for name in self.users:
            self._write_passwd(name)
        started = time.monotonic()
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.config)], stdout=log, stderr=log, stdin=subprocess.DEVNULL
            )
        while not self._greets():
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"Dovecot exited with {self.process.returncode} on start:\n{self.log_tail()}"
                )
            if time.monotonic() - started > 20:
                self.kill()
                ports = " and ".join(str(port) for port in self._ports())
                raise RuntimeError(f"Dovecot did not answer on port {ports} in 20 s:\n{self.log_tail()}")
            time.sleep(0.02)
        return self

    def _config_text(self, version: tuple[int, ...]) -> str:
        template, tls = (_CONFIG_24, _TLS_24) if version >= (2, 4) else (_CONFIG_23, _TLS_23)
        if self.tls:
            tls = {
                setting: text.format(certificate=self.certificate, key=self.key, tls_port=self.tls_port)
                for setting, text in tls.items()
            }
        return template.format(
            directory=self.directory,
            port=self.port,
            instance=f"mailbot-test-{self.port}",
            mail_user=MAIL_USER,
            mail_group=MAIL_GROUP,
            separator=self.separator,
            version=".".join(str(part) for part in version[:3]),
            **(tls if self.tls else _NO_TLS),
        ) + (f"imap_capability = {self.capabilities}\n" if self.capabilities else "")

    def _make_certificate(self) -> None:
        """A self-signed EC certificate (fast to make) valid for DNS:localhost and IP:127.0.0.1, and its key."""
        command = [
            OPENSSL, "req", "-x509", "-config", "/dev/null", "-newkey", "ec",
            "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "3650", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-addext", "basicConstraints=critical,CA:FALSE",
            "-addext", "keyUsage=critical,digitalSignature",
            "-addext", "extendedKeyUsage=serverAuth",
            "-addext", "authorityKeyIdentifier=keyid:always",  # Python 3.13's strict verification wants it
            "-keyout", str(self.key), "-out", str(self.certificate),
        ]  # fmt: skip
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=30)
        except FileNotFoundError:
            raise RuntimeError("tls=True needs the openssl command (Debian package openssl)") from None
        if result.returncode != 0:
            raise RuntimeError(f"openssl could not make the test certificate: {result.stderr}")

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's certificate (and only it), with hostname checks on."""
        if not self.tls:
            raise RuntimeError("this Dovecot has no TLS: create it with Dovecot(tls=True)")
        return ssl.create_default_context(cafile=self.certificate)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def _ports(self) -> list[int]:
        return [self.port, self.tls_port] if self.tls else [self.port]

    def _greets(self) -> bool:
        """Whether Dovecot answers `* OK` on the plain port, and (with TLS) after a TLS handshake on tls_port."""
        try:
            with socket.create_connection((self.host, self.port), timeout=2) as sock:
                if not sock.recv(4).startswith(b"* OK"):
                    return False
            if not self.tls:
                return True
            with (
                socket.create_connection((self.host, self.tls_port), timeout=2) as raw,
                self.ssl_context().wrap_socket(raw, server_hostname=self.host) as sock,
            ):
                return sock.recv(4).startswith(b"* OK")
        except OSError:  # ssl.SSLError too: a login process not ready yet, or (in the log) a TLS error
            return False

    def _port_open(self, port: int) -> bool:
        try:
            with socket.create_connection((self.host, port), timeout=0.5):
                return True
        except OSError:
            return False

    def _wait_port_closed(self, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        for port in self._ports():
            while self._port_open(port):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"port {port} is still open after Dovecot stopped:\n{self.log_tail()}")
                time.sleep(0.02)

    def stop(self) -> None:
        """Stop the server as an administrator would: clients get `* BYE` and are disconnected; mail is kept."""
        if not self.running:
            return
        children = dict(self._children())
        self.process.send_signal(signal.SIGTERM)
        ended: set[int] = set()
        deadline = time.monotonic() + 15
        while self.process.poll() is None:
            current = dict(self._children())
            children.update(current)
            # The master leaves the imap processes of connected clients running (they would outlive it):
            # end them with SIGTERM too, so that every client gets `* BYE` and sees the server go away.
            imap = [pid for pid, title in children.items() if _service(title) == "imap" and pid not in ended]
            self._signal(imap, signal.SIGTERM)
            ended.update(imap)
            # Once every other child has gone, the master only sleeps a second to let its log process
            # drain, then closes the listeners and exits: end that sleep (it costs every restart a second).
            if all(_service(title) == "log" for title in current.values()):
                self.process.kill()
            elif time.monotonic() > deadline:
                self.kill()
                return
            time.sleep(0.01)
        self._finish(list(children))

    def kill(self) -> None:
        """End the server abruptly, as a crash would: SIGKILL for the master and every process it started."""
        if not self.running:
            return
        self.process.send_signal(signal.SIGSTOP)  # no new child between the look at its children and the kill
        victims = [self.process.pid, *(pid for pid, _ in self._children())]
        self._signal(victims, signal.SIGKILL)
        self.process.wait(10)
        self._finish(victims)

    @staticmethod
    def _signal(pids: list[int], signum: int) -> None:
        for pid in pids:
            with suppress(ProcessLookupError):
                os.kill(pid, signum)

    def _finish(self, pids: list[int]) -> None:
        """Wait until the processes are gone and the port is closed; drop the master's pid file."""
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in pids):
            if time.monotonic() > deadline:
                self._signal(pids, signal.SIGKILL)
            time.sleep(0.01)
        (self.directory / "run" / "master.pid").unlink(missing_ok=True)
        self._wait_port_closed()

    def _children(self) -> list[tuple[int, str]]:
        """The master's living (not zombie) child processes, with their titles (`dovecot-NAME/imap`)."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                title = (entry / "cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
            except OSError:
                continue
            state, parent = stat.rpartition(")")[2].split()[:2]
            if int(parent) == self.process.pid and state != "Z":
                found.append((int(entry.name), title))
        return found

    def restart(self) -> Dovecot:
        """Stop, then start again on the same port with the same users and mail."""
        self.stop()
        return self.start()

    def cleanup(self) -> None:
        """Kill the server if it still runs and remove its temp dir (config, state, mail, log)."""
        self.kill()
        shutil.rmtree(self.directory, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def doveadm(self, *args: str, input: bytes | None = None) -> str:
        result = subprocess.run(
            [DOVEADM, "-c", str(self.config), *args], capture_output=True, input=input, timeout=60
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"doveadm {' '.join(args)} failed ({result.returncode}): "
                f"{result.stderr.decode(errors='replace')}\n{self.log_tail()}"
            )
        return result.stdout.decode(errors="replace")

    # -- users ------------------------------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """Add a user (or change a password); a running server sees it at the next login."""
        changed = self.users.get(name) not in (None, password)
        self.users[name] = password
        self._write_passwd(name)
        if changed and self.running:
            # Dovecot looks at a passwd-file at most once a second: let that second pass.
            time.sleep(1.05 - time.time() % 1)

    def new_user(self, prefix: str = "user", password: str = "secret") -> str:
        """Add a user with a name no other test has (for a server shared by the session); returns the name."""
        name = f"{prefix}-{uuid.uuid4().hex[:10]}"
        self.add_user(name, password)
        return name

    def _write_passwd(self, name: str) -> None:
        # One file per user, so a user added while the server runs is always found: Dovecot re-reads a file
        # when its mtime or size changed, but looks at most once a second. It looks names up in lower case.
        self.passwd.mkdir(exist_ok=True)
        path = self.passwd / name.lower()
        mtime = path.stat().st_mtime if path.exists() else 0
        path.write_text(f"{name.lower()}:{{PLAIN}}{self.users[name]}::::::\n")
        path.chmod(0o644)
        stamp = max(int(time.time()), int(mtime) + 1)  # a new password may have the same size: move mtime on
        os.utime(path, (stamp, stamp))

    # -- IMAP helpers -----------------------------------------------------------------------------------

    @contextmanager
    def connect(self, user: str) -> Iterator[imaplib.IMAP4]:
        """An imaplib connection logged in as `user` (logged out at the end)."""
        connection = imaplib.IMAP4(self.host, self.port, timeout=30)
        try:
            connection.login(user, self.users[user])
            yield connection
        finally:
            with suppress(Exception):
                connection.logout()

    def create_folder(self, user: str, folder: str) -> None:
        with self.connect(user) as connection:
            self._create(connection, folder)

    @staticmethod
    def _create(connection: imaplib.IMAP4, folder: str) -> None:
        typ, data = connection.create(_quote(folder))
        if typ != "OK" and b"ALREADYEXISTS" not in b" ".join(data):
            raise RuntimeError(f"CREATE {folder} failed: {data}")

    def append(self, user: str, raw: bytes, folder: str = "INBOX", flags: str = "") -> int:
        """Store one mail with IMAP APPEND as `user` (creating the folder if needed); returns its UID."""
        with self.connect(user) as connection:
            for attempt in range(2):
                typ, data = connection.append(_quote(folder), f"({flags})" if flags else None, None, raw)
                if typ == "OK":
                    break
                if attempt or b"TRYCREATE" not in b" ".join(data):
                    raise RuntimeError(f"APPEND to {folder} failed: {data}")
                self._create(connection, folder)
        match = _APPENDUID.search(b" ".join(data))
        if not match:
            raise RuntimeError(f"no APPENDUID in the answer to APPEND: {data}")
        return _uid_set(match.group(2))[0]

    def append_many(
        self, user: str, mails: list[bytes], folder: str = "INBOX", batch: int = 500
    ) -> list[int]:
        """Store many mails fast: MULTIAPPEND with non-synchronizing literals on one connection; their UIDs."""
        uids: list[int] = []
        with self.connect(user) as connection:
            if folder.upper() != "INBOX":
                self._create(connection, folder)
            for start in range(0, len(mails), batch):
                command = [f"MA{start} APPEND {_quote(folder)}".encode()]
                for raw in mails[start : start + batch]:
                    wire = re.sub(rb"\r\n|\n|\r", b"\r\n", raw)  # IMAP wants CRLF, as imaplib's append does
                    command.append(b" {%d+}\r\n" % len(wire) + wire)
                command.append(b"\r\n")
                connection.send(b"".join(command))
                while True:
                    line = connection.readline()
                    if not line:
                        raise RuntimeError(f"Dovecot closed the connection during APPEND:\n{self.log_tail()}")
                    if line.startswith(f"MA{start} ".encode()):
                        break
                match = _APPENDUID.search(line)
                if not line.startswith(f"MA{start} OK".encode()) or not match:
                    raise RuntimeError(f"APPEND of {len(mails)} mails failed: {line!r}")
                uids.extend(_uid_set(match.group(2)))
        return uids

    def folders(self, user: str) -> list[str]:
        """The user's folders, as LIST names them (modified UTF-7, `self.separator` between levels)."""
        with self.connect(user) as connection:
            data = _ok(connection.list(), "LIST")
        names = []
        for item in data:
            if isinstance(item, tuple):  # the name came as a literal
                names.append(item[1].decode())
                continue
            match = _LIST.match(item or b"")
            if match:
                names.append(_unquote(match.group("name")))
        return sorted(names)

    def _examine(self, connection: imaplib.IMAP4, folder: str) -> None:
        _ok(connection.select(_quote(folder), readonly=True), f"EXAMINE {folder}")

    def uids(self, user: str, folder: str = "INBOX") -> list[int]:
        with self.connect(user) as connection:
            self._examine(connection, folder)
            data = _ok(connection.uid("SEARCH", "ALL"), f"UID SEARCH in {folder}")
        return [int(uid) for uid in b" ".join(data).split()]

    def flags(self, user: str, folder: str = "INBOX") -> dict[int, set[str]]:
        """Each mail's stored flags by UID (without \\Recent, which belongs to a session, not to the mail)."""
        with self.connect(user) as connection:
            self._examine(connection, folder)
            data = _ok(connection.uid("FETCH", "1:*", "(FLAGS)"), f"UID FETCH in {folder}")
        result: dict[int, set[str]] = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            uid, flags = _FETCH_UID.search(line or b""), _FETCH_FLAGS.search(line or b"")
            if uid and flags:
                result[int(uid.group(1))] = set(flags.group(1).decode().split()) - {"\\Recent"}
        return result

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        with self.connect(user) as connection:
            typ, data = connection.status(_quote(folder), "(UIDVALIDITY)")
        match = _UIDVALIDITY.search(b" ".join(data))
        if typ != "OK" or not match:
            raise RuntimeError(f"STATUS {folder} failed: {data}")
        return int(match.group(1))

    def reset_uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        """Give the folder a new UIDVALIDITY, keeping its mails (as a restored or rebuilt mailbox would)."""
        new = self.uidvalidity(user, folder) + 1
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(new), folder)
        return new
