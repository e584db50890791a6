"""Calendars under test for the source contract: CalDAV servers, an ICS feed, an ICS file and a folder."""

from __future__ import annotations

import email.utils
import hashlib
import http.server
import json
import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from followupd.adapters.calendar.base import CalendarSource, SyncResult
from followupd.adapters.calendar.objects import read_objects
from followupd.adapters.calendar.sources import make_source
from followupd.config.settings import CalendarSettings, Credentials
from tests.stack.caldav import delete_event, put_event
from tests.stack.caldav_fixtures import CalDavCalendar

__all__ = [
    "WINDOW",
    "CalDavUnderTest",
    "CalendarUnderTest",
    "Feed",
    "IcsFileUnderTest",
    "IcsFolderUnderTest",
    "IcsUrlUnderTest",
    "Occurrence",
    "vcalendar",
    "vevent",
]

# What the daemon reads around the test dates (it asks for now - a few days .. now + 60 days).
WINDOW = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 1, 31, tzinfo=UTC))
USER_TZ = "Europe/Berlin"


class Occurrence(NamedTuple):
    """One occurrence as the contract compares it; times are UTC in iCalendar basic form."""

    uid: str
    recurrence_id: str
    start: str
    end: str
    cancelled: bool
    summary: str


def vevent(
    uid: str,
    *,
    start: str,
    minutes: int = 60,
    summary: str = "Interview: Acme",
    sequence: int = 0,
    status: str = "",
    extra: tuple[str, ...] = (),
) -> str:
    """One VEVENT. ``start`` is a DTSTART value with its parameters, e.g. ``:20261110T130000Z``."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T080000Z",
        f"DTSTART{start}",
        f"DURATION:PT{minutes}M",
        f"SUMMARY:{summary}",
        f"SEQUENCE:{sequence}",
        *([f"STATUS:{status}"] if status else []),
        *extra,
        "END:VEVENT",
    ]
    return "\r\n".join(lines) + "\r\n"


def vcalendar(*components: str, method: str = "") -> str:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd//contract tests//EN\r\n"
    if method:
        head += f"METHOD:{method}\r\n"
    return head + "".join(components) + "END:VCALENDAR\r\n"


def render(objects: dict[str, str], *, stream: bool) -> str:
    """All objects as one VCALENDAR, the way a feed or an export writes them (VTIMEZONEs once each); or, for
    a stream, each object's own VCALENDAR (with its METHOD) one after the other."""
    if stream:
        return "".join(objects.values()) or vcalendar()
    parts: list[str] = []
    for text in objects.values():
        for part in _components(text):
            if part not in parts:
                parts.append(part)
    return vcalendar(*parts)


def _components(text: str) -> list[str]:
    """The top-level components of one VCALENDAR text, each as text ending in CRLF."""
    out: list[str] = []
    current: list[str] = []
    depth = 0
    for line in text.splitlines():
        upper = line.upper()
        depth += upper.startswith("BEGIN:")
        if depth >= 2:
            current.append(line)
        if upper.startswith("END:"):
            if depth == 2:
                out.append("\r\n".join(current) + "\r\n")
                current = []
            depth -= 1
    return out


@dataclass
class CalendarUnderTest:
    """One source kind behind the contract's interface: put, delete, sync -> occurrences.

    ``sync`` runs a new source adapter (so all its state must travel in the cursor) with the previous sync's
    cursor, round-tripped through JSON as the daemon stores it, and folds the result the way the calendar
    service does: a full result replaces every href, otherwise deleted hrefs are dropped and changed ones
    re-parsed.
    """

    kind: str
    settings: CalendarSettings
    creds: Credentials | None = None
    cursor: dict[str, Any] | None = None
    objects: dict[str, list[Occurrence]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def put(self, uid: str, ics_text: str) -> None:
        raise NotImplementedError

    def delete(self, uid: str) -> None:
        raise NotImplementedError

    def source(self) -> CalendarSource:
        return make_source(self.settings, self.creds)

    def sync(self) -> list[Occurrence]:
        result = self.source().sync(self.cursor)
        self.cursor = json.loads(json.dumps(result.cursor))
        self.objects = self._fold(self.objects, result)
        return _flatten(self.objects)

    def fresh_sync(self) -> list[Occurrence]:
        """What a daemon starting from nothing (no cursor, no known objects) sees now."""
        return _flatten(self._fold({}, self.source().sync(None)))

    def _fold(self, known: dict[str, list[Occurrence]], result: SyncResult) -> dict[str, list[Occurrence]]:
        objects = {} if result.full else {h: o for h, o in known.items() if h not in result.deleted}
        # The same reader the daemon, `scan` and `check` use: one parse for every object of the sync.
        reading = read_objects(result.changed, source=self.kind, user_tz=USER_TZ, window=WINDOW)
        self.problems.extend(reading.problems)
        for href in result.changed:
            objects[href] = [
                Occurrence(
                    uid=e.uid,
                    recurrence_id=e.recurrence_id,
                    start=_utc(e.start),
                    end=_utc(e.end),
                    cancelled=e.cancelled,
                    summary=e.summary,
                )
                for e in reading.events[href]
            ]
        return objects


def _flatten(objects: dict[str, list[Occurrence]]) -> list[Occurrence]:
    """Every occurrence, in time order (then by UID and instance) so that lists compare equal."""
    return sorted((o for occurrences in objects.values() for o in occurrences), key=lambda o: (o.start, o))


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@dataclass
class CalDavUnderTest(CalendarUnderTest):
    """A fresh calendar collection on Radicale or Xandikos; one resource per UID, written with PUT."""

    calendar: CalDavCalendar | None = None

    def _href(self, uid: str) -> str:
        assert self.calendar is not None
        return self.calendar.url.rstrip("/") + f"/{uid}.ics"

    def put(self, uid: str, ics_text: str) -> None:
        assert self.calendar is not None
        put_event(self.calendar.url, ics_text, auth=self.calendar.auth, name=f"{uid}.ics")

    def delete(self, uid: str) -> None:
        assert self.calendar is not None
        delete_event(self._href(uid), auth=self.calendar.auth)


class Feed:
    """A loopback HTTP server for one ICS address, honouring If-None-Match and If-Modified-Since.

    Without ETags (``etags=False``) only Last-Modified validates; its clock is a counter advanced by a minute
    per change, so no test waits for HTTP's one-second date resolution.
    """

    def __init__(self, *, etags: bool) -> None:
        self.etags = etags
        self.body = vcalendar()
        self.modified = datetime(2026, 11, 1, tzinfo=UTC)
        self.codes: list[int] = []
        feed = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                code = feed.answer(self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"))
                feed.codes.append(code)
                self.send_response(code)
                if feed.etags:
                    self.send_header("ETag", feed.etag)
                self.send_header("Last-Modified", email.utils.format_datetime(feed.modified, usegmt=True))
                data = feed.body.encode() if code == 200 else b""
                if code == 200:
                    self.send_header("Content-Type", "text/calendar; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/private/basic.ics"

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body.encode()).hexdigest()[:16] + '"'

    def answer(self, if_none_match: str | None, if_modified_since: str | None) -> int:
        """RFC 9110 section 13.2.2: If-None-Match decides when present; If-Modified-Since only without it."""
        if if_none_match is not None and self.etags:
            return 304 if if_none_match == self.etag else 200
        if if_modified_since:
            return 304 if self.modified <= email.utils.parsedate_to_datetime(if_modified_since) else 200
        return 200

    def publish(self, body: str) -> None:
        self.body = body
        self.modified += timedelta(minutes=1)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class IcsUrlUnderTest(CalendarUnderTest):
    """An ICS address: every put or delete republishes the whole calendar as one VCALENDAR."""

    feed: Feed | None = None
    held: dict[str, str] = field(default_factory=dict)
    stream: bool = False  # publish one VCALENDAR per object back to back (an RFC 5545 iCalendar stream)

    def put(self, uid: str, ics_text: str) -> None:
        self.held[uid] = ics_text
        self._publish()

    def delete(self, uid: str) -> None:
        del self.held[uid]
        self._publish()

    def _publish(self) -> None:
        assert self.feed is not None
        self.feed.publish(render(self.held, stream=self.stream))


@dataclass
class IcsFileUnderTest(CalendarUnderTest):
    """One .ics file holding every object; each write gets a new, explicit mtime (no sleeping)."""

    held: dict[str, str] = field(default_factory=dict)
    stream: bool = False  # write one VCALENDAR per object back to back (an RFC 5545 iCalendar stream)
    clock_ns: int = 1_800_000_000 * 10**9

    def put(self, uid: str, ics_text: str) -> None:
        self.held[uid] = ics_text
        self._write(self.file(), render(self.held, stream=self.stream))

    def delete(self, uid: str) -> None:
        del self.held[uid]
        self._write(self.file(), render(self.held, stream=self.stream))

    def file(self) -> Path:
        assert self.settings.path is not None
        return self.settings.path

    def _write(self, path: Path, text: str) -> None:
        path.write_text(text)
        self.clock_ns += 10**9
        os.utime(path, ns=(self.clock_ns, self.clock_ns))


@dataclass
class IcsFolderUnderTest(IcsFileUnderTest):
    """A folder of .ics files, one per UID (a vdir); a delete removes the file."""

    def put(self, uid: str, ics_text: str) -> None:
        self._write(self.file() / f"{uid}.ics", ics_text)

    def delete(self, uid: str) -> None:
        (self.file() / f"{uid}.ics").unlink()
