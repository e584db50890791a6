"""IMAP mailbox access (imapclient, synchronous: run it in a worker thread): login, folders, UID catch-up."""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import functools
import re
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from email.header import decode_header, make_header
from email.message import Message
from typing import Any, ParamSpec, TypeVar

import authres
import structlog
from imapclient import IMAPClient
from imapclient.exceptions import (
    CapabilityError,
    IMAPClientAbortError,
    IMAPClientError,
    LoginError,
    ProtocolError,
)
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
from followupd.domain.senders import AuthHeader, AuthResult, read_from
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
    "references_of",
    "special_folders",
    "translate",
]

log = structlog.get_logger()
KIND = "IMAP"
DONE_KEYWORD = "$FollowupdDone"
HEADER_BATCH = 500  # UIDs per header FETCH: bounded responses on a 100k mailbox
BODY_BATCH = 50  # whole messages per FETCH
# Bounds on what one message can cost us, whatever it holds (a 260,000-id References header is 10 MB):
HEADER_LIMIT = 64 * 1024  # bytes of the deciding header fields
REFERENCES_LIMIT = 128 * 1024  # bytes of References, fetched only for mail from the user
MAX_REFERENCES = 50  # the last ids of References looked up, besides In-Reply-To
BODY_LIMIT = 1024 * 1024  # bytes of body fetched, kept and parsed; longer bodies are cut with a note
HEADER_FIELDS = (
    "MESSAGE-ID",
    "IN-REPLY-TO",
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
# Partial fetches (RFC 3501 6.4.5 `<origin.octets>`): the server sends at most that many bytes.
_HEADER_FETCH = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]<0.{HEADER_LIMIT}>"
_REFERENCES_FETCH = f"BODY.PEEK[HEADER.FIELDS (REFERENCES)]<0.{REFERENCES_LIMIT}>"
# The whole header except References (bounded by the same partial fetch), then the body: a message is
# kept and parsed as these with References cut to its last MAX_REFERENCES ids.
_BODY_FETCH = (
    f"BODY.PEEK[HEADER.FIELDS.NOT (REFERENCES)]<0.{REFERENCES_LIMIT}>",
    f"BODY.PEEK[TEXT]<0.{BODY_LIMIT}>",
)
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
    references: tuple[str, ...]  # the last MAX_REFERENCES ids only
    subject: str
    from_addresses: tuple[str, ...]  # every mailbox of every From header, lower case (senders.read_from)
    from_name: str
    to: tuple[str, ...]
    date: str
    auto_submitted: str  # RFC 3834; "no" or "" for people
    x_autoreply: str
    precedence: str  # "bulk", "list", "junk" for machines
    return_path: str  # "<>" for bounces (RFC 5321 4.5.5)
    authentication_results: tuple[str, ...]  # every one, topmost first, unfolded
    list_id: str
    sender: str = ""
    auth: AuthHeader | None = (
        None  # the topmost Authentication-Results, parsed; None when absent or unreadable
    )
    references_truncated: bool = False  # References was longer than REFERENCES_LIMIT

    @property
    def from_addr(self) -> str:
        """The one From address, or "" when there are none or several (then it is nobody's reply)."""
        return self.from_addresses[0] if len(self.from_addresses) == 1 else ""

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """In-Reply-To, then the References ids from the newest back: at most MAX_REFERENCES + 1 ids."""
        ids = (
            [self.in_reply_to, *reversed(self.references)]
            if self.in_reply_to
            else list(reversed(self.references))
        )
        return tuple(dict.fromkeys(x for x in ids if x))

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
    truncated: bool = False  # the body was longer than BODY_LIMIT and was cut there


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
    if isinstance(exc, ProtocolError):
        # A response line that does not parse: imapclient's idle_check reads a non-blocking TLS socket and can
        # lose the start of a line split across records (seen once in 40 replies in the reply benchmark). The
        # stream is out of step, not the config wrong: reconnect soon rather than wait out a Permanent backoff.
        return Transient(f"IMAP response garbled: {exc}", fix="followupd reconnects by itself")
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


def _values(message: Message, name: str) -> list[str]:
    """Every value of a header, unfolded, as raw text (compat32: no parsing that could raise or take long)."""
    return [" ".join(str(v).split()) for v in message.get_all(name, failobj=[])]


def _header(message: Message, name: str) -> str:
    values = _values(message, name)
    return values[0] if values else ""


def _decoded(value: str) -> str:
    """RFC 2047 encoded words to text; the raw value when they do not decode."""
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # a malformed header is data, not a crash
        return value


def _auth(values: list[str]) -> AuthHeader | None:
    """The topmost Authentication-Results parsed by `authres` (RFC 8601); None when absent or unreadable."""
    if not values:
        return None
    try:
        parsed = authres.AuthenticationResultsHeader.parse("Authentication-Results: " + values[0])
    except Exception:  # authres raises its own SyntaxError on bad input: an unreadable header proves nothing
        return None
    results = []
    for result in parsed.results:
        props = {(p.type, p.name): str(p.value) for p in getattr(result, "properties", [])}
        domain = props.get(("header", "d")) or props.get(("header", "from")) or ""
        if not domain and result.method == "dkim" and (ident := props.get(("header", "i"), "")):
            domain = ident.rsplit("@", 1)[-1]
        results.append(AuthResult(str(result.method), str(result.result), domain.lower()))
    return AuthHeader(str(parsed.authserv_id), tuple(results))


def references_of(raw: str) -> tuple[tuple[str, ...], int]:
    """The last MAX_REFERENCES ids of a References value and how many it names (linear in its length)."""
    ids = _MSGID.findall(raw)
    return tuple(ids[-MAX_REFERENCES:]), len(ids)


def parse_headers(uid: int, raw: bytes, *, references_truncated: bool = False) -> Headers:
    """Turn a header block (from HEADER.FIELDS or a whole message) into Headers; never raises on bad input.

    Linear in the size of the block: values are read raw (compat32) and only the few shown are decoded; the
    default email policy's structured parsing took 5 s on 66,000 References.
    """
    message = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    from_values = _values(message, "From")
    from_name = ""
    if len(from_values) == 1:
        name = from_values[0].split("<", 1)[0] if "<" in from_values[0] else ""
        from_name = _decoded(name.strip()).strip().strip('"')
    to = tuple(
        addr for addr in read_from(tuple(_values(message, "To") + _values(message, "Cc"))) if "@" in addr
    )
    auth_results = _values(message, "Authentication-Results")
    references, _count = references_of(" ".join(_values(message, "References")))
    return Headers(
        uid=uid,
        message_id=_first_id(_header(message, "Message-ID")),
        in_reply_to=_first_id(_header(message, "In-Reply-To")),
        references=references,
        subject=_decoded(_header(message, "Subject")),
        from_addresses=read_from(tuple(from_values)),
        from_name=from_name,
        to=to,
        date=_header(message, "Date"),
        auto_submitted=_header(message, "Auto-Submitted"),
        x_autoreply=_header(message, "X-Autoreply") or _header(message, "X-Autorespond"),
        precedence=_header(message, "Precedence"),
        return_path=_header(message, "Return-Path"),
        authentication_results=tuple(auth_results),
        list_id=_header(message, "List-Id"),
        sender=_header(message, "Sender"),
        auth=_auth(auth_results),
        references_truncated=references_truncated,
    )


def _first_id(value: str) -> str:
    found = _MSGID.search(value)
    return found.group(0) if found else value.strip()


def _with_references(headers: Headers, block: bytes) -> Headers:
    """Headers with References from its own bounded fetch; cut at REFERENCES_LIMIT means truncated."""
    text = block.decode("ascii", "replace")
    refs, _count = references_of(text.split(":", 1)[1] if ":" in text else "")
    return replace(headers, references=refs, references_truncated=len(block) >= REFERENCES_LIMIT)


def _whole(headers: Headers, data: dict[bytes, Any]) -> FetchedMessage:
    """The message as kept and parsed: its header without References, a References line naming the last
    MAX_REFERENCES ids, and at most BODY_LIMIT bytes of body (a cut body is flagged `truncated`)."""
    head = _item(data, b"BODY[HEADER").rstrip(b"\r\n")
    text = _item(data, b"BODY[TEXT]")
    refs = b" ".join(r.encode("ascii", "replace") for r in headers.references)
    raw = head + (b"\r\nReferences: " + refs if refs else b"") + b"\r\n\r\n" + text
    return FetchedMessage(headers.uid, headers, raw, truncated=len(text) >= BODY_LIMIT)


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
    from_user: Callable[[Headers], bool] = lambda _headers: True,
) -> tuple[list[FetchedMessage], MailboxCursor]:
    """Messages that arrived in `folder` after `cursor`, whole for those `wants` accepts, and the new cursor.

    - Cursor for this folder with the same UIDVALIDITY: only UIDs above `last_uid`. A `UID n:*` search always
      includes the highest UID even when it is below n (RFC 3501 6.4.8), so those are dropped here.
    - Cursor with another UIDVALIDITY (the folder was recreated or the server rebuilt its index): the stored
      UIDs mean nothing, so every message's headers are scanned in batches of 500 UIDs; `wants` plus the
      caller's set of processed Message-IDs decide what is new.
    - No cursor at all (first start): messages SINCE `since` when given, so a 100k mailbox is not read in
      full; the whole folder when `since` is None.

    Per message at most HEADER_LIMIT bytes of the deciding headers are read; `from_user` (a cheap From check)
    runs first, and only for those it accepts are up to REFERENCES_LIMIT bytes of References read and `wants`
    (which may look ids up) asked. Bodies are read up to BODY_LIMIT bytes (see `_whole`).

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
        heads = [parse_headers(uid, _item(response[uid], b"BODY[HEADER")) for uid in batch if uid in response]
        # The sender first: only mail that `from_user` accepts costs a References fetch or a lookup.
        heads = [h for h in heads if from_user(h)]
        if heads:
            refs = client.fetch([h.uid for h in heads], [_REFERENCES_FETCH])
            heads = [_with_references(h, _item(refs.get(h.uid, {}), b"BODY[HEADER")) for h in heads]
        chosen = [h for h in heads if wants(h)]
        for body_batch in _chunks([h.uid for h in chosen], BODY_BATCH):
            bodies = client.fetch(body_batch, list(_BODY_FETCH))
            fetched.extend(
                _whole(h, bodies[h.uid]) for h in chosen if h.uid in body_batch and h.uid in bodies
            )
    new_cursor = MailboxCursor(
        folder=folder,
        uidvalidity=uidvalidity,
        last_uid=max([last, *uids]),
        highestmodseq=int(modseq) if modseq is not None else None,
    )
    return fetched, new_cursor
