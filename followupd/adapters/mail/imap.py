"""IMAP mailbox access (imapclient, synchronous: run it in a worker thread): login, folders, UID catch-up."""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import functools
import re
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from email.message import Message
from email.utils import getaddresses
from typing import Any, ParamSpec, TypeVar

import structlog
from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imapclient import DRAFTS, SENT, TRASH

from followupd.adapters.mail.errors import (
    check_security,
    login_refused,
    starttls_missing,
    tls_context,
    tls_failure,
    unreachable,
)
from followupd.config.settings import Credentials, Security, ServerSettings
from followupd.errors import Permanent, ServiceError, Transient

__all__ = [
    "DONE_KEYWORD",
    "HEADER_FIELDS",
    "FetchedMessage",
    "Headers",
    "MailboxCursor",
    "add_keyword",
    "append",
    "connect",
    "fetch_new",
    "find_message_id",
    "move",
    "parse_headers",
    "special_folders",
    "translate",
]

log = structlog.get_logger()
KIND = "IMAP"
DONE_KEYWORD = "$FollowupdDone"
HEADER_BATCH = 500  # UIDs per header FETCH: bounded responses on a 100k mailbox
BODY_BATCH = 50  # whole messages per FETCH
HEADER_FIELDS = (
    "MESSAGE-ID",
    "IN-REPLY-TO",
    "REFERENCES",
    "SUBJECT",
    "FROM",
    "SENDER",
    "REPLY-TO",
    "TO",
    "CC",
    "DATE",
    "AUTO-SUBMITTED",
    "X-AUTOREPLY",
    "X-AUTORESPOND",
    "PRECEDENCE",
    "RETURN-PATH",
    "AUTHENTICATION-RESULTS",
    "LIST-ID",
    "CONTENT-TYPE",
)
_HEADER_FETCH = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"
_MSGID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class MailboxCursor:
    """How far a folder has been read. Another UIDVALIDITY on the server means these UIDs mean nothing."""

    folder: str
    uidvalidity: int
    last_uid: int
    highestmodseq: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MailboxCursor:
        modseq = data.get("highestmodseq")
        return cls(
            folder=str(data["folder"]),
            uidvalidity=int(data["uidvalidity"]),
            last_uid=int(data["last_uid"]),
            highestmodseq=None if modseq is None else int(modseq),
        )


@dataclass(frozen=True)
class Headers:
    """The headers deciding whether a message is worth fetching whole. Text fields are "" when absent."""

    uid: int
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    subject: str
    from_addr: str  # bare address, lower case
    from_name: str
    to: tuple[str, ...]
    date: str
    auto_submitted: str  # RFC 3834; "no" or "" for people
    x_autoreply: str
    precedence: str  # "bulk", "list", "junk" for machines
    return_path: str  # "<>" for bounces (RFC 5321 4.5.5)
    authentication_results: tuple[str, ...]
    list_id: str

    @property
    def is_bounce(self) -> bool:
        return self.return_path.strip() == "<>"

    @property
    def is_automatic(self) -> bool:
        """Auto-replies, bounces and list mail: never treat them as the user answering."""
        return (
            self.is_bounce
            or self.auto_submitted.lower() not in {"", "no"}
            or bool(self.x_autoreply)
            or self.precedence.lower() in {"bulk", "list", "junk", "auto_reply"}
            or bool(self.list_id)
        )


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    headers: Headers
    raw: bytes


P = ParamSpec("P")
R = TypeVar("R")


def translate(server: ServerSettings | None, exc: BaseException) -> ServiceError:
    """Library and socket errors to Transient / Permanent. `server` adds host names to the messages."""
    if isinstance(exc, ServiceError):
        return exc
    if server is not None:
        tls = tls_failure(server, exc, kind=KIND)
        if tls is not None:
            return tls
    if isinstance(exc, (IMAPClientAbortError, OSError, EOFError)):
        where = f" with {server.host}:{server.port}" if server else ""
        return Transient(f"IMAP connection{where} lost: {exc}", fix="followupd reconnects by itself")
    if isinstance(exc, IMAPClientError):
        return Permanent(f"IMAP server refused a command: {exc}", fix="check the folder names in the config")
    return Permanent(f"IMAP failed: {exc!r}", fix="see the log for details")


def _translated(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (IMAPClientError, OSError, EOFError) as exc:  # not programming errors: those should surface
            raise translate(None, exc) from exc

    return wrapper


def _keepalive(sock: socket.socket) -> None:
    # NAT boxes and firewalls drop idle flows silently; keepalive finds out within minutes, not hours.
    with contextlib.suppress(OSError, AttributeError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 60)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 20)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)


def _login(client: IMAPClient, server: ServerSettings, creds: Credentials) -> None:
    if creds.oauth2_token is not None:
        token: Callable[[bool], str] = creds.oauth2_token  # type: ignore[assignment]
        try:
            client.oauth2_login(creds.username, token(False))
        except LoginError:
            # Access tokens live about an hour; the token command refreshes when asked. Once, not in a loop.
            log.info("imap_oauth2_refresh", host=server.host, username=creds.username)
            client.oauth2_login(creds.username, token(True))
        return
    if creds.password is None:
        raise Permanent(f"no password for IMAP user {creds.username}", fix="configure the imap secret")
    client.login(creds.username, creds.password)


def connect(server: ServerSettings, creds: Credentials) -> IMAPClient:
    """A logged-in client over TLS (or STARTTLS, required when asked); CONDSTORE enabled when offered."""
    check_security(server, kind=KIND)
    context = tls_context(server)
    try:
        client = IMAPClient(
            server.host,
            port=server.port,
            ssl=server.security is Security.tls,
            ssl_context=context,
            timeout=server.timeout,
        )
    except Exception as exc:
        tls = tls_failure(server, exc, kind=KIND)
        raise (tls or unreachable(server, exc, kind=KIND)) from exc
    try:
        _keepalive(client.socket())
        if server.security is Security.starttls:
            if not client.has_capability("STARTTLS"):
                raise starttls_missing(server, kind=KIND)
            client.starttls(context)
        _login(client, server, creds)
        if client.has_capability("CONDSTORE"):
            # Must come before SELECT for HIGHESTMODSEQ to be reported (RFC 7162 3.1).
            client.enable("CONDSTORE")
    except LoginError as exc:
        _close(client)
        raise login_refused(server, str(exc), kind=KIND) from exc
    except CapabilityError as exc:
        _close(client)
        raise starttls_missing(server, kind=KIND) from exc
    except Exception as exc:
        _close(client)
        raise translate(server, exc) from exc
    return client


def _close(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):
        client.shutdown()


@_translated
def special_folders(client: IMAPClient) -> dict[str, str]:
    """{"drafts": ..., "sent": ..., "trash": ...} by RFC 6154 special-use flags, else by common names."""
    found = {}
    for key, flag in (("drafts", DRAFTS), ("sent", SENT), ("trash", TRASH)):
        name = client.find_special_folder(flag)
        if name:
            found[key] = name
    return found


@_translated
def find_message_id(client: IMAPClient, folders: Iterable[str], message_id: str) -> bool:
    """Whether a message with this Message-ID is in any of `folders` (settles sends of unknown outcome)."""
    for folder in folders:
        client.select_folder(folder, readonly=True)
        if client.search(["HEADER", "Message-ID", message_id]):
            return True
    return False


_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")


@_translated
def append(
    client: IMAPClient,
    folder: str,
    message_bytes: bytes,
    *,
    flags: Sequence[str | bytes] = (),
    msg_time: datetime | None = None,
) -> int | None:
    """APPEND; returns the new UID when the server says (UIDPLUS, RFC 4315), else None."""
    if msg_time is not None and msg_time.tzinfo is None:
        # imapclient reads a naive time as local time: refuse the ambiguity.
        raise ValueError("msg_time must be timezone-aware")
    response = client.append(folder, message_bytes, flags=tuple(flags), msg_time=msg_time)
    found = _APPENDUID.search(response if isinstance(response, bytes) else str(response).encode())
    return int(found.group(2)) if found else None


@_translated
def add_keyword(client: IMAPClient, folder: str, uids: Sequence[int], keyword: str = DONE_KEYWORD) -> None:
    """Mark messages processed with an IMAP keyword, visible to other clients and after a state loss."""
    if uids:
        client.select_folder(folder)
        client.add_flags(list(uids), [keyword])


@_translated
def move(client: IMAPClient, folder: str, uids: Sequence[int], dest: str) -> str:
    """MOVE (RFC 6851) when offered, else COPY only: we never delete mail. Returns "moved" or "copied"."""
    if not uids:
        return "moved"
    client.select_folder(folder)
    if client.has_capability("MOVE"):
        client.move(list(uids), dest)
        return "moved"
    client.copy(list(uids), dest)
    return "copied"


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
        return " ".join(str(value).split()) if value is not None else ""
    except Exception:  # a malformed header is data, not a crash: fall back to the raw text
        # get_all parses with the same policy and fails the same way ("From:\x00@"); raw_items does not parse.
        raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()), "")
        return " ".join(str(raw).split())


def parse_headers(uid: int, raw: bytes) -> Headers:
    """Turn a header block (from HEADER.FIELDS or a whole message) into Headers; never raises on bad input."""
    message = email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(raw)
    from_pairs = getaddresses([_header(message, "From")])
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    to = tuple(
        addr.lower() for _n, addr in getaddresses([_header(message, "To"), _header(message, "Cc")]) if addr
    )
    auth_results = tuple(
        " ".join(str(v).split()) for v in message.get_all("Authentication-Results", []) or []
    )
    return Headers(
        uid=uid,
        message_id=_first_id(_header(message, "Message-ID")),
        in_reply_to=_first_id(_header(message, "In-Reply-To")),
        references=tuple(_MSGID.findall(_header(message, "References"))),
        subject=_header(message, "Subject"),
        from_addr=from_addr.lower(),
        from_name=from_name,
        to=to,
        date=_header(message, "Date"),
        auto_submitted=_header(message, "Auto-Submitted"),
        x_autoreply=_header(message, "X-Autoreply") or _header(message, "X-Autorespond"),
        precedence=_header(message, "Precedence"),
        return_path=_header(message, "Return-Path"),
        authentication_results=auth_results,
        list_id=_header(message, "List-Id"),
    )


def _first_id(value: str) -> str:
    found = _MSGID.search(value)
    return found.group(0) if found else value.strip()


def _item(data: dict[bytes, Any], prefix: bytes) -> bytes:
    # The key echoes the server's spelling of the section ("BODY[HEADER.FIELDS (...)]"): match by prefix.
    for key, value in data.items():
        if key.startswith(prefix) and isinstance(value, bytes):
            return value
    return b""


@_translated
def fetch_new(
    client: IMAPClient,
    *,
    folder: str,
    cursor: MailboxCursor | None,
    wants: Callable[[Headers], bool],
    since: date | None = None,
) -> tuple[list[FetchedMessage], MailboxCursor]:
    """Messages that arrived in `folder` after `cursor`, whole for those `wants` accepts, and the new cursor.

    - Cursor for this folder with the same UIDVALIDITY: only UIDs above `last_uid`. A `UID n:*` search always
      includes the highest UID even when it is below n (RFC 3501 6.4.8), so those are dropped here.
    - Cursor with another UIDVALIDITY (the folder was recreated or the server rebuilt its index): the stored
      UIDs mean nothing, so every message's headers are scanned in batches of 500 UIDs; `wants` plus the
      caller's set of processed Message-IDs decide what is new.
    - No cursor at all (first start): messages SINCE `since` when given, so a 100k mailbox is not read in
      full; the whole folder when `since` is None.

    Only `BODY.PEEK` is used, so nothing gets \\Seen. Message sets are lists of ints, never "1:*" strings
    (imapclient 4 raises ValueError after the command ran).
    """
    info = client.select_folder(folder)
    uidvalidity = int(info[b"UIDVALIDITY"])
    modseq = info.get(b"HIGHESTMODSEQ")
    uidnext = int(info.get(b"UIDNEXT", 1))
    same = cursor is not None and cursor.folder == folder and cursor.uidvalidity == uidvalidity
    if same:
        assert cursor is not None
        last = cursor.last_uid
        uids = [uid for uid in client.search(["UID", f"{last + 1}:*"]) if uid > last]
    elif cursor is None and since is not None:
        # Everything below UIDNEXT is settled by this choice: older mail is not ours to read.
        last = uidnext - 1
        uids = list(client.search(["SINCE", since]))
    else:
        if cursor is not None:
            log.warning("imap_uidvalidity_changed", folder=folder, old=cursor.uidvalidity, new=uidvalidity)
        last = 0
        uids = list(client.search(["ALL"]))
    uids.sort()
    fetched: list[FetchedMessage] = []
    for batch in _chunks(uids, HEADER_BATCH):
        response = client.fetch(batch, [_HEADER_FETCH])
        chosen = [
            h
            for h in (
                parse_headers(uid, _item(response[uid], b"BODY[HEADER")) for uid in batch if uid in response
            )
            if wants(h)
        ]
        for body_batch in _chunks([h.uid for h in chosen], BODY_BATCH):
            bodies = client.fetch(body_batch, [b"BODY.PEEK[]"])
            fetched.extend(
                FetchedMessage(h.uid, h, _item(bodies[h.uid], b"BODY[]"))
                for h in chosen
                if h.uid in body_batch and h.uid in bodies
            )
    new_cursor = MailboxCursor(
        folder=folder,
        uidvalidity=uidvalidity,
        last_uid=max([last, *uids]),
        highestmodseq=int(modseq) if modseq is not None else None,
    )
    return fetched, new_cursor
