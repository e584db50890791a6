"""Watching IMAP folders in a thread: catch up by UID, IDLE on the first folder, reconnect with backoff."""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import structlog
from imapclient import IMAPClient

from followupd.adapters.mail import imap
from followupd.adapters.mail.imap import FetchedMessage, Headers, MailboxCursor
from followupd.config.settings import Credentials, ServerSettings
from followupd.errors import Permanent, ServiceError, Transient

__all__ = ["MailboxWatcher", "WatchHealth"]

log = structlog.get_logger()


@dataclass(frozen=True)
class WatchHealth:
    connected: bool
    last_ok: datetime | None  # last successful exchange with the server
    last_error: str
    reconnects: int
    broken_since: datetime | None = None


class _Dead(Transient):
    """The connection is gone though no exception said so (BYE, or idle_check spinning on EOF)."""


class MailboxWatcher:
    """Delivers new messages of `folders` to `on_messages(folder, messages, new_cursor)` from its own thread.

    The caller processes the messages and persists a cursor inside `on_messages` (for an asyncio caller:
    `asyncio.run_coroutine_threadsafe(...).result()`), and returns the cursor it kept: `new_cursor`, or an
    earlier one to see a message again (a temporary failure); None means `new_cursor`. If it raises, the
    watcher keeps its old cursor and the same messages come again at the next catch-up: a reply seen on the
    server is processed or seen again. Cursors are re-read with `load_cursor` before each catch-up, so one
    moved back from outside (`followupd debrief retry`) is honoured by a running watcher.
    It is also called with no messages when only the cursor moved (first scan, new UIDVALIDITY).

    The first folder is watched with IDLE, renewed every `idle_renew` seconds (NAT boxes drop quiet flows,
    RFC 2177 asks for under 29 minutes, and each renewal collects mail Dovecot held back, see _idle_loop);
    the others, and every folder on servers without IDLE, are polled every `poll_interval` seconds. Any
    connection error leads to a reconnect with exponential backoff and
    jitter up to `backoff_cap`; the error is logged once the connection has been broken for `alert_after`
    seconds, not at every retry. `stop()` returns within about `check_interval` + 1 s.
    """

    def __init__(
        self,
        *,
        server: ServerSettings,
        creds: Credentials,
        folders: Sequence[str],
        load_cursor: Callable[[str], MailboxCursor | None],
        on_messages: Callable[[str, list[FetchedMessage], MailboxCursor], MailboxCursor | None],
        wants: Callable[[Headers], bool],
        from_user: Callable[[Headers], bool] = lambda _headers: True,
        since: date | None = None,
        idle_renew: float = 60.0,
        settle_after: float = 2.0,
        poll_interval: float = 120.0,
        backoff_base: float = 1.0,
        backoff_cap: float = 300.0,
        alert_after: float = 60.0,
        check_interval: float = 1.0,
        connect: Callable[[ServerSettings, Credentials], IMAPClient] = imap.connect,
    ) -> None:
        if not folders:
            raise ValueError("at least one folder to watch")
        self.server, self.creds, self.folders = server, creds, tuple(folders)
        self._load_cursor, self._on_messages, self._wants, self._since = (
            load_cursor,
            on_messages,
            wants,
            since,
        )
        self._from_user = from_user
        self.idle_renew, self.poll_interval, self.check_interval = idle_renew, poll_interval, check_interval
        self.settle_after = settle_after
        self.backoff_base, self.backoff_cap, self.alert_after = backoff_base, backoff_cap, alert_after
        self._connect = connect
        self._cursors: dict[str, MailboxCursor | None] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._connected = False
        self._last_ok: datetime | None = None
        self._last_error = ""
        self._sessions = 0
        self._broken_since: float | None = None
        self._broken_since_wall: datetime | None = None
        self._alerted = False

    # -- public ----------------------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name=f"imap-watch-{self.server.host}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def health(self) -> WatchHealth:
        with self._lock:
            return WatchHealth(
                connected=self._connected,
                last_ok=self._last_ok,
                last_error=self._last_error,
                reconnects=max(0, self._sessions - 1),
                broken_since=self._broken_since_wall,
            )

    def run(self) -> None:
        """The thread body: sessions until stop(), with backoff between broken ones."""
        failures = 0
        while not self._stop.is_set():
            try:
                self._session()
                failures = 0
            except ServiceError as exc:
                failures += 1
                self._broken(exc)
                delay = self._backoff(failures, permanent=isinstance(exc, Permanent))
                log.debug("imap_watch_retry", host=self.server.host, delay=round(delay, 2), error=str(exc))
                self._stop.wait(delay)

    # -- connection state ------------------------------------------------------------------------------------

    def _ok(self) -> None:
        with self._lock:
            self._connected = True
            self._last_ok = datetime.now(UTC)
            was_alerted, self._alerted = self._alerted, False
            self._broken_since = self._broken_since_wall = None
        if was_alerted:
            log.info("imap_watch_recovered", host=self.server.host)

    def _broken(self, exc: ServiceError) -> None:
        now = time.monotonic()
        with self._lock:
            self._connected = False
            self._last_error = str(exc)
            if self._broken_since is None:
                self._broken_since, self._broken_since_wall = now, datetime.now(UTC)
            # A refused login will not mend itself: say so at once. Network trouble often does: wait a bit.
            due = isinstance(exc, Permanent) or now - self._broken_since >= self.alert_after
            alert = due and not self._alerted
            self._alerted = self._alerted or alert
        if alert:
            log.error("imap_watch_broken", host=self.server.host, error=str(exc), fix=exc.fix)

    def _backoff(self, failures: int, *, permanent: bool) -> float:
        ceiling = (
            self.backoff_cap if permanent else min(self.backoff_cap, self.backoff_base * 2 ** (failures - 1))
        )
        # Full jitter in the upper half: spreads reconnect storms without ever retrying at once.
        return ceiling * random.uniform(0.5, 1.0)

    # -- one connected session -------------------------------------------------------------------------------

    def _session(self) -> None:
        client = self._connect(self.server, self.creds)
        try:
            with self._lock:
                self._sessions += 1
            self._ok()
            for folder in self.folders:
                if folder not in self._cursors:
                    self._cursors[folder] = self._load_cursor(folder)
            self._catch_up(client, self.folders)
            if client.has_capability("IDLE"):
                self._idle_loop(client)
            else:
                self._poll_loop(client)
        except ServiceError:
            raise
        except Exception as exc:
            # A bug must not kill the watcher silently (the "listener dies while reporting active" complaint):
            # log it with its traceback, and retry like any other failure.
            log.exception("imap_watch_failed", host=self.server.host)
            raise imap.translate(self.server, exc) from exc
        finally:
            with self._lock:
                self._connected = False
            with contextlib.suppress(Exception):
                client.shutdown()

    def _catch_up(self, client: IMAPClient, folders: Sequence[str]) -> bool:
        """Deliver what is new in `folders`; False when a callback failed (its cursor stays where it was)."""
        advanced = True
        for folder in folders:
            old = self._cursors.get(folder)
            try:
                old = self._load_cursor(folder)
            except Exception as exc:  # the state is busy: go on from what this watcher last saw
                log.warning("imap_watch_cursor_unread", folder=folder, error=repr(exc))
            messages, cursor = imap.fetch_new(
                client,
                folder=folder,
                cursor=old,
                wants=self._wants,
                since=self._since,
                from_user=self._from_user,
            )
            self._ok()
            if not messages and cursor == old:
                continue
            try:
                kept = self._on_messages(folder, messages, cursor)
            except Exception:
                # Not advancing is the whole point: these messages come again at the next catch-up.
                log.exception("imap_watch_callback_failed", folder=folder, count=len(messages))
                advanced = False
                continue
            self._cursors[folder] = kept or cursor
            advanced = advanced and (kept is None or kept == cursor)
        return advanced

    def _poll_loop(self, client: IMAPClient) -> None:
        while not self._stop.wait(self.poll_interval):
            client.noop()
            self._catch_up(client, self.folders)

    def _idle_loop(self, client: IMAPClient) -> None:
        first, others = self.folders[0], self.folders[1:]
        next_poll = time.monotonic() + self.poll_interval
        self._catch_up(client, [first])  # leaves `first` selected
        settling = True
        while not self._stop.is_set():
            # Dovecot announces mail that arrived between our last command and the start of IDLE only when IDLE
            # ends (measured: the EXISTS comes with the DONE response, not during IDLE). So before IDLE we ask
            # once more without re-selecting, and the first IDLE after any activity is a short one whose DONE
            # reports whatever landed in the round trip before it; `idle_renew` bounds the rest.
            for _ in range(3):
                if not self._has_new(client, first) or not self._catch_up(client, [first]):
                    break
            client.idle()
            early = _pending_exists(client)  # announced before the server's "+ idling"
            deadline = time.monotonic() + (self.settle_after if settling else self.idle_renew)
            if others:
                deadline = min(deadline, next_poll)
            woke = early or self._idle_wait(client, deadline=deadline)
            _text, responses = client.idle_done()
            self._check_bye(responses)
            self._ok()
            if self._stop.is_set():
                return
            settling = woke or any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)
            if settling:
                self._catch_up(client, [first])
            if others and time.monotonic() >= next_poll:
                self._catch_up(client, others)
                next_poll = time.monotonic() + self.poll_interval
                self._catch_up(client, [first])  # selects `first` again before the next IDLE
                settling = True

    def _has_new(self, client: IMAPClient, folder: str) -> bool:
        """Whether mail above the cursor is in the selected `folder` (one SEARCH, no SELECT).

        Dovecot evaluates a SEARCH on its current view and syncs new mail only after, so the answer can miss a
        message that the same response announces with an untagged EXISTS (seen in the benchmark's logs). Such an
        EXISTS counts as "new" too; it is reported once only, and IDLE would not mention it again.
        """
        cursor = self._cursors.get(folder)
        _pending_exists(client)  # what earlier commands announced is inside the view this SEARCH looks at
        uids = client.search(["UID", f"{cursor.last_uid + 1}:*"]) if cursor is not None else [0]
        if _pending_exists(client):
            return True
        return cursor is None or any(uid > cursor.last_uid for uid in uids)

    def _idle_wait(self, client: IMAPClient, *, deadline: float) -> bool:
        """Wait in IDLE until new mail (True), the deadline or stop() (False); short checks let stop() in."""
        fast_empty = 0
        while not self._stop.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            timeout = min(self.check_interval, remaining)
            started = time.monotonic()
            responses = client.idle_check(timeout=timeout)
            fast_empty = fast_empty + 1 if not responses and time.monotonic() - started < timeout / 2 else 0
            if fast_empty >= 3:
                # After EOF imapclient's idle_check returns [] at once, forever: a dead connection. Three in a
                # row, because one early empty return can also be a partial TLS record.
                raise _Dead(f"IMAP connection with {self.server.host} closed during IDLE")
            self._check_bye(responses)
            if responses:
                self._ok()
            if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                return True
        return False

    def _check_bye(self, responses: list[tuple[object, ...]]) -> None:
        for response in responses:
            if response and response[0] == b"BYE":
                raise _Dead(f"IMAP server {self.server.host} said BYE: {response[1:]!r}")


def _pending_exists(client: IMAPClient) -> bool:
    """Take the untagged EXISTS responses imaplib buffered during earlier commands; True when there were any.

    imapclient returns only the responses a command asked for and leaves the rest in imaplib's buffer, where
    an EXISTS that arrived with, say, a SEARCH would otherwise be lost to us.
    """
    buffered = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    return bool(buffered.pop("EXISTS", None)) if isinstance(buffered, dict) else False
