"""IcsUrlSource against a local HTTP server with ETags, and IcsFileSource on a folder of .ics files."""

from __future__ import annotations

import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from followupd.adapters.calendar.sources import IcsFileSource, IcsUrlSource, make_source
from followupd.config.settings import CalendarSettings
from followupd.errors import Permanent

pytestmark = pytest.mark.integration


def calendar_text(*uids: str) -> str:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:20261110T130000Z\r\n"
        f"SUMMARY:Interview {uid}\r\nEND:VEVENT\r\n"
        for uid in uids
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd//tests//EN\r\n{events}END:VCALENDAR\r\n"


class Feed:
    """What the handler serves, and the requests it saw."""

    def __init__(self) -> None:
        self.body = calendar_text("a", "b")
        self.version = 1
        self.requests: list[tuple[str, int]] = []


@pytest.fixture
def feed() -> Iterator[tuple[Feed, str]]:
    state = Feed()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/private/basic.ics":
                self.send_error(404)
                return
            etag = f'"v{state.version}"'
            if self.headers.get("If-None-Match") == etag:
                state.requests.append((self.path, 304))
                self.send_response(304)
                self.end_headers()
                return
            data = state.body.encode()
            state.requests.append((self.path, 200))
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}/private/basic.ics"
    server.shutdown()
    server.server_close()


def test_ics_url_conditional_get(feed):
    """The first GET gives every object (full); an unchanged feed is a 304; a change gives a new snapshot."""
    state, url = feed
    source = make_source(CalendarSettings(name="feed", kind="ics_url", url=url, timeout=5), None)
    assert isinstance(source, IcsUrlSource)
    first = source.sync(None)
    assert (["a", "b"], True) == (sorted(first.changed), first.full)
    second = source.sync(first.cursor)
    assert ({}, frozenset(), False) == (second.changed, second.deleted, second.full)
    state.body, state.version = calendar_text("b", "c"), 2
    third = source.sync(second.cursor)
    assert (["b", "c"], frozenset({"a"}), True) == (sorted(third.changed), third.deleted, third.full)
    assert [200, 304, 200] == [code for _, code in state.requests]


def test_ics_url_not_found_is_permanent(feed):
    """A 404 is a Permanent error telling the user to check the URL."""
    _, url = feed
    settings = CalendarSettings(name="feed", kind="ics_url", url=url.replace("basic", "gone"), timeout=5)
    with pytest.raises(Permanent) as caught:
        IcsUrlSource(settings).sync(None)
    assert "check the calendar URL" == caught.value.fix


def test_ics_file_folder_changed_and_deleted(tmp_path: Path):
    """A folder source re-reads changed files only and reports removed files' objects as deleted."""
    (tmp_path / "one.ics").write_text(calendar_text("a"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "two.ics").write_text(calendar_text("b", "c"))
    source = make_source(CalendarSettings(name="files", kind="ics_file", path=tmp_path), None)
    assert isinstance(source, IcsFileSource)
    first = source.sync(None)
    one, two = str(tmp_path / "one.ics"), str(tmp_path / "sub" / "two.ics")
    assert ([f"{one}#a", f"{two}#b", f"{two}#c"], True) == (sorted(first.changed), first.full)

    unchanged = source.sync(first.cursor)
    assert ({}, frozenset(), False) == (unchanged.changed, unchanged.deleted, unchanged.full)

    (tmp_path / "sub" / "two.ics").write_text(calendar_text("b"))
    os.utime(tmp_path / "sub" / "two.ics", ns=(1, 2_000_000_000_000_000_000))
    (tmp_path / "one.ics").unlink()
    later = source.sync(unchanged.cursor)
    assert ([f"{two}#b"], frozenset({f"{one}#a", f"{two}#c"})) == (sorted(later.changed), later.deleted)


def test_ics_file_missing_path_is_permanent(tmp_path: Path):
    """A configured path that does not exist is a Permanent error naming the fix."""
    source = IcsFileSource(CalendarSettings(name="files", kind="ics_file", path=tmp_path / "nope.ics"))
    with pytest.raises(Permanent) as caught:
        source.sync(None)
    assert "check the calendar's path" == caught.value.fix
