"""One IMAP connection (aioimaplib): TLS, STARTTLS or plain, login, and the few commands the desk needs.

Every command fails fast with `ImapError` (one line, safe for logs: no address, no password) when the server
refuses, times out or drops the connection, so that the caller can reconnect.
"""

from __future__ import annotations

import asyncio
import re
import socket
import ssl
from collections.abc import Awaitable
from dataclasses import dataclass

from aioimaplib import IMAP4, Command, Response

from bot.config import MailboxSection

FETCH_LINE = re.compile(rb"^\d+ FETCH \(")
UID_ITEM = re.compile(rb"UID (\d+)")
SIZE_ITEM = re.compile(rb"RFC822\.SIZE (\d+)")
UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]")
LIST_NAME = re.compile(rb'^(?:LIST )?\([^)]*\) (?:"[^"]*"|NIL) (?:"((?:[^"\\]|\\.)*)"|(\S+))$')


class ImapError(Exception):
    """The server refused, broke off or did not answer in time; the message is one line without personal data."""


class LoginRefused(ImapError):
    """The server refused the username and password."""


@dataclass(frozen=True)
class Selected:
    uidvalidity: int
    exists: int


def quote_folder(name: str) -> str:
    """`name` as an IMAP quoted string (folder names may hold spaces)."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def uid_set(uids: list[int]) -> str:
    """ "1:3,7,9:10" for [1, 2, 3, 7, 9, 10]."""
    ranges: list[str] = []
    ordered = sorted(set(uids))
    start = previous = ordered[0]
    for uid in [*ordered[1:], None]:
        if uid is not None and uid == previous + 1:
            previous = uid
            continue
        ranges.append(str(start) if start == previous else f"{start}:{previous}")
        if uid is not None:
            start = previous = uid
    return ",".join(ranges)


def tls_context(settings: MailboxSection) -> ssl.SSLContext:
    """A verifying TLS context; trusts `ca_file` when the config names one, else the system's CAs."""
    return ssl.create_default_context(cafile=settings.ca_file or None)


class ImapConnection:
    """A logged-in session with one mailbox's server; `open()` first, `close()` at the end."""

    def __init__(self, settings: MailboxSection, password: str) -> None:
        self.settings = settings
        self.password = password
        self.client: IMAP4 | None = None
        self.lost = asyncio.Event()
        self.announced = False  # the server said "* N EXISTS" since the caller last cleared this

    @property
    def capabilities(self) -> set[str]:
        return {c.upper() for c in self.client.protocol.capabilities} if self.client else set()

    async def open(self) -> None:
        """Connect, secure the connection as configured, and log in."""
        s = self.settings
        context = tls_context(s) if s.security == "tls" else None
        self.client = IMAP4(
            host=s.host,
            port=s.port,
            timeout=s.timeout_seconds,
            conn_lost_cb=lambda _error: self.lost.set(),
            ssl_context=context,
        )
        try:
            await self.client.wait_hello_from_server()
        except ssl.SSLCertVerificationError as error:
            raise ImapError(f"the server's TLS certificate is not trusted ({error.verify_message})") from None
        except (OSError, TimeoutError) as error:
            raise ImapError(f"cannot connect to {s.host}:{s.port} ({_reason(error)})") from None
        except Exception as error:  # aioimaplib raises its own errors for a bad greeting
            raise ImapError(f"bad greeting from {s.host}:{s.port} ({_reason(error)})") from None
        _keep_alive(self.client.protocol.transport)
        self._hear_announcements()
        if s.security == "starttls":
            await self._starttls()
        response = await self._run(self.client.login(s.username, self.password), "LOGIN")
        if response.result != "OK":
            raise LoginRefused(f"login refused ({_text(response)})")
        await self._run(self.client.protocol.capability(), "CAPABILITY")  # they grow after login

    def _hear_announcements(self) -> None:
        """Note every "* N EXISTS", whichever command it came with. aioimaplib drops the untagged responses
        that arrive during SEARCH or FETCH; the server then counts them as told and would not repeat them in
        IDLE, and a mail arriving during a catch-up would wait for the next IDLE renewal."""
        protocol = self.client.protocol
        untagged = protocol._untagged_response

        def noting(line: bytes):
            if line.rstrip().endswith(b"EXISTS"):
                self.announced = True
            return untagged(line)

        protocol._untagged_response = noting

    async def _starttls(self) -> None:
        if "STARTTLS" not in self.capabilities:
            raise ImapError("the server does not offer STARTTLS")
        protocol = self.client.protocol
        response = await self._run(protocol.execute(Command("STARTTLS", protocol.new_tag())), "STARTTLS")
        self._expect_ok(response, "STARTTLS")
        loop = asyncio.get_running_loop()
        try:
            protocol.transport = await asyncio.wait_for(
                loop.start_tls(
                    protocol.transport,
                    protocol,
                    tls_context(self.settings),
                    server_hostname=self.settings.host,
                ),
                self.settings.timeout_seconds,
            )
        except ssl.SSLCertVerificationError as error:
            raise ImapError(f"the server's TLS certificate is not trusted ({error.verify_message})") from None
        except (OSError, TimeoutError, ssl.SSLError) as error:
            raise ImapError(f"STARTTLS failed ({_reason(error)})") from None
        await self._run(protocol.capability(), "CAPABILITY")  # forget what was said in clear

    async def _run(self, command: Awaitable[Response | None], what: str, timeout: float | None = None):
        """Await `command`, failing with ImapError when the connection drops or the server stays silent."""
        task = asyncio.ensure_future(command)
        lost = asyncio.ensure_future(self.lost.wait())
        try:
            done, _ = await asyncio.wait(
                {task, lost},
                timeout=timeout or self.settings.timeout_seconds,
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            lost.cancel()
        if task not in done:
            task.cancel()
            raise ImapError(f"{what}: {'connection lost' if self.lost.is_set() else 'no answer in time'}")
        try:
            return task.result()
        except ImapError:
            raise
        except Exception as error:
            raise ImapError(f"{what}: {_reason(error)}") from None

    @staticmethod
    def _expect_ok(response: Response, what: str) -> Response:
        if response.result != "OK":
            raise ImapError(f"{what} refused ({_text(response)})")
        return response

    async def folders(self) -> set[str]:
        """The names of every folder of the account."""
        response = self._expect_ok(await self._run(self.client.list('""', "*"), "LIST"), "LIST")
        names = set()
        for line in response.lines:
            match = LIST_NAME.match(bytes(line))
            if match:
                quoted, atom = match.groups()
                names.add(
                    (quoted or atom).decode("utf-8", "replace").replace('\\"', '"').replace("\\\\", "\\")
                )
        return names

    async def create(self, folder: str) -> None:
        response = await self._run(self.client.create(quote_folder(folder)), "CREATE")
        if response.result != "OK" and not any(b"[ALREADYEXISTS]" in bytes(line) for line in response.lines):
            self._expect_ok(response, f"CREATE {folder}")

    async def select(self, folder: str, read_only: bool = False) -> Selected:
        """Open `folder` (EXAMINE when `read_only`: nothing in it can change)."""
        verb = "EXAMINE" if read_only else "SELECT"
        opening = self.client.examine if read_only else self.client.select
        response = self._expect_ok(await self._run(opening(quote_folder(folder)), verb), f"{verb} {folder}")
        uidvalidity, exists = 0, 0
        for line in response.lines:
            line = bytes(line)
            if match := UIDVALIDITY.search(line):
                uidvalidity = int(match.group(1))
            elif line.endswith(b" EXISTS"):
                exists = int(line.split()[0])
        if not uidvalidity:
            raise ImapError(f"{verb} {folder}: the server gave no UIDVALIDITY")
        return Selected(uidvalidity, exists)

    async def uids_after(self, last_uid: int) -> list[int]:
        """UIDs of the selected folder greater than `last_uid`, in order."""
        response = self._expect_ok(
            await self._run(self.client.uid_search(f"UID {last_uid + 1}:*", charset=None), "UID SEARCH"),
            "UID SEARCH",
        )
        uids: set[int] = set()
        for line in response.lines[
            :-1
        ]:  # untagged "* SEARCH 4 5 6" (aioimaplib drops "SEARCH"); then the status
            words = bytes(line).split()
            if words[:1] == [b"SEARCH"]:
                words = words[1:]
            if words and all(word.isdigit() for word in words):
                uids.update(int(word) for word in words)
        return sorted(
            uid for uid in uids if uid > last_uid
        )  # "N:*" names the last mail even when N is above it

    async def sizes(self, uids: list[int]) -> dict[int, int]:
        """RFC822.SIZE of each UID (to cut fetches into batches of bounded memory)."""
        response = self._expect_ok(
            await self._run(self.client.uid("fetch", uid_set(uids), "(UID RFC822.SIZE)"), "UID FETCH"),
            "UID FETCH",
        )
        sizes = {}
        for line in response.lines:
            line = bytes(line)
            uid, size = UID_ITEM.search(line), SIZE_ITEM.search(line)
            if FETCH_LINE.match(line) and uid and size:
                sizes[int(uid.group(1))] = int(size.group(1))
        return sizes

    async def fetch(self, uids: list[int], timeout: float) -> dict[int, bytes]:
        """The raw bytes of each UID, read with BODY.PEEK[] so that nothing is marked \\Seen by reading."""
        response = self._expect_ok(
            await self._run(
                self.client.uid("fetch", uid_set(uids), "(UID BODY.PEEK[])"), "UID FETCH", timeout
            ),
            "UID FETCH",
        )
        mails: dict[int, bytes] = {}
        lines = response.lines
        for index, line in enumerate(lines):
            if isinstance(line, bytearray) or not FETCH_LINE.match(line):
                continue
            body = lines[index + 1] if index + 1 < len(lines) else None
            if not isinstance(body, bytearray):
                continue
            trailer = lines[index + 2] if index + 2 < len(lines) else b""
            uid = UID_ITEM.search(line) or UID_ITEM.search(bytes(trailer))
            if uid:
                mails[int(uid.group(1))] = bytes(body)
        return mails

    async def mark_processed(self, uids: list[int], processed_folder: str) -> None:
        """Move `uids` to `processed_folder` (MOVE, else COPY + EXPUNGE), or flag them \\Seen when it is ""."""
        where = uid_set(uids)
        if not processed_folder:
            response = await self._run(
                self.client.uid("store", where, "+FLAGS.SILENT", r"(\Seen)"), "UID STORE"
            )
            self._expect_ok(response, "UID STORE")
            return
        target = quote_folder(processed_folder)
        if "MOVE" in self.capabilities:
            self._expect_ok(await self._run(self.client.uid("move", where, target), "UID MOVE"), "UID MOVE")
            return
        self._expect_ok(await self._run(self.client.uid("copy", where, target), "UID COPY"), "UID COPY")
        response = await self._run(
            self.client.uid("store", where, "+FLAGS.SILENT", r"(\Deleted)"), "UID STORE"
        )
        self._expect_ok(response, "UID STORE")
        if "UIDPLUS" in self.capabilities:
            self._expect_ok(await self._run(self.client.uid("expunge", where), "UID EXPUNGE"), "UID EXPUNGE")
        else:  # plain EXPUNGE also removes mail others flagged \Deleted: the best a server without UIDPLUS allows
            self._expect_ok(await self._run(self.client.expunge(), "EXPUNGE"), "EXPUNGE")

    async def idle(self, renew_seconds: float) -> bool:
        """Wait in IDLE until the server announces new mail (True) or `renew_seconds` pass (False)."""
        client = self.client
        idle = await self._run(client.idle_start(timeout=renew_seconds), "IDLE")
        arrived = self.announced  # announced between the last look and the start of IDLE: no push will come
        try:
            while not arrived:
                pushed = await self._run(
                    client.wait_server_push(timeout=renew_seconds + 5), "IDLE", renew_seconds + 10
                )
                if not isinstance(pushed, list):  # aioimaplib's own "stop waiting": time to renew
                    break
                arrived = any(bytes(line).endswith(b"EXISTS") for line in pushed)
        finally:
            if client.has_pending_idle() and not self.lost.is_set():
                client.idle_done()
        await self._run(asyncio.shield(idle), "IDLE DONE")
        return arrived

    async def noop(self) -> None:
        self._expect_ok(await self._run(self.client.noop(), "NOOP"), "NOOP")

    async def close(self) -> None:
        """Log out politely when the server still listens; never raises."""
        if self.client is None:
            return
        try:
            if not self.lost.is_set():
                await asyncio.wait_for(self.client.logout(), 2)
        except Exception:
            pass
        transport = self.client.protocol.transport
        if transport is not None:
            transport.close()
        self.client = None


def _keep_alive(transport) -> None:
    """TCP keepalive: a connection that died silently (a NAT forgot it) is noticed within about two minutes,
    not at the next IDLE renewal."""
    sock = transport.get_extra_info("socket") if transport else None
    if sock is None:
        return
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for option, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
        if hasattr(socket, option):
            sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, option), value)


def _text(response: Response) -> str:
    """The server's words for a refusal, cut to one short line."""
    last = response.lines[-1] if response.lines else b""
    return bytes(last).decode("utf-8", "replace").strip()[:120] or response.result


def _reason(error: BaseException) -> str:
    return (str(error) or type(error).__name__).splitlines()[0][:160]
