"""Time a no-change CalDAV sync of 50 and of 5,000 events on Radicale and Xandikos (target: 5,000 <= 1.3 x 50)."""

from __future__ import annotations

import http.client
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from base64 import b64encode
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from followupd.adapters.calendar.sources import CalDavSource
from followupd.config.settings import CalendarSettings, Credentials
from tests.stack.caldav import Auth, make_calendar, request, start_radicale, start_xandikos

RUNS = 7
COUNTS = (50, 5000)
_PROPFIND = (
    '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:" '
    'xmlns:CS="http://calendarserver.org/ns/"><D:prop>{}</D:prop></D:propfind>'
)
# Collection-level change probes: each would let a client skip the sync REPORT when nothing changed, but only
# if the server answers it in O(1).
PROBES = {
    "PROPFIND 0 getctag": ("PROPFIND", "<CS:getctag/>"),
    "PROPFIND 0 sync-token": ("PROPFIND", "<D:sync-token/>"),
    "PROPFIND 0 getetag": ("PROPFIND", "<D:getetag/>"),
    "PROPFIND 0 getlastmodified": ("PROPFIND", "<D:getlastmodified/>"),
    "PROPFIND 0 displayname": ("PROPFIND", "<D:displayname/>"),
    "GET If-None-Match": ("GET", ""),
}


@dataclass(frozen=True)
class Row:
    server: str
    events: int
    load: float
    first: float
    no_change: float
    floor: float


def _event(i: int) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:bench-{i}@example.org\r\nDTSTAMP:20261101T080000Z\r\n"
        f"DTSTART:202611{1 + i % 28:02d}T{8 + i % 10:02d}0000Z\r\nDURATION:PT1H\r\nSUMMARY:Event {i}\r\n"
        "END:VEVENT\r\n"
    )


def _vcalendar(body: str) -> str:
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd//bench//EN\r\n{body}END:VCALENDAR\r\n"


def calendar(count: int) -> str:
    return _vcalendar("".join(_event(i) for i in range(count)))


def load_radicale(url: str, user: Auth, count: int) -> None:
    # One PUT of a whole VCALENDAR on the collection: Radicale splits it into one item per UID, in seconds;
    # 5,000 single PUTs take about 14 minutes on 2 cores.
    status, _ = request(
        url,
        method="PUT",
        auth=user,
        body=calendar(count).encode(),
        headers={"Content-Type": "text/calendar"},
        timeout=300,
    )
    assert status in (200, 201), status


def load_xandikos(collection: Path, count: int) -> None:
    """Commit one .ics file per event into the collection's git repository.

    Xandikos documents a collection as a git repository of <name>.ics files with one UID each, which may be
    created and filled outside the server; it answers a collection PUT with 405, and single PUTs commit one at
    a time with a cost growing with the collection (500 take 18 s, the next 500 about 45 s).
    """
    for i in range(count):
        (collection / f"bench-{i}.ics").write_text(_vcalendar(_event(i)), newline="")
    git = ["git", "-C", str(collection), "-c", "user.name=bench", "-c", "user.email=bench@example.org"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", f"bench: {count} events"], check=True)


def server_floor(source: CalDavSource, url: str, token: str) -> float:
    """The bare sync-collection REPORT with the current token: what the server alone costs per sync."""
    import caldav

    cal = caldav.Calendar(client=source._client(), url=url)
    return _median(lambda: cal.get_objects_by_sync_token(token, load_objects=False, disable_fallback=True))


def probe_times(url: str, user: Auth) -> dict[str, float]:
    """Median time of each collection-level change probe, on one kept-alive connection."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=120)
    auth = {"Authorization": "Basic " + b64encode(f"{user[0]}:{user[1]}".encode()).decode()} if user else {}

    def send(method: str, body: str, headers: dict[str, str]) -> http.client.HTTPResponse:
        conn.request(method, parts.path, body=body.encode() or None, headers={**auth, **headers})
        response = conn.getresponse()
        response.read()
        return response

    etag = send("PROPFIND", _PROPFIND.format("<D:getetag/>"), {"Depth": "0"}).getheader("ETag") or ""
    etag = etag or send("GET", "", {}).getheader("ETag") or '"none"'
    times = {}
    for name, (method, prop) in PROBES.items():
        if method == "PROPFIND":
            headers = {"Depth": "0", "Content-Type": "application/xml"}
            body = _PROPFIND.format(prop)
        else:
            headers, body = {"If-None-Match": etag}, ""
        times[name] = _median(lambda m=method, b=body, h=headers: send(m, b, h))  # type: ignore[misc]
    conn.close()
    return times


def _median(call: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(server: str, count: int, url: str, creds: Credentials | None) -> Row:
    """Load is done; time the first sync, the no-change sync with the stored cursor, and the bare REPORT."""
    settings = CalendarSettings(name=f"cal{count}", kind="caldav", url=url, timeout=120)
    source = CalDavSource(settings, creds)
    started = time.perf_counter()
    first = source.sync(None)
    initial = time.perf_counter() - started
    assert len(first.changed) == count, len(first.changed)

    def again() -> None:
        result = source.sync(first.cursor)
        assert not result.changed and not result.deleted

    no_change = _median(again)
    token = next(iter(first.cursor["calendars"].values()))["token"]
    return Row(server, count, 0.0, initial, no_change, server_floor(source, url, token))


def run_radicale(base: Path) -> tuple[list[Row], dict[int, dict[str, float]]]:
    rows, probes = [], {}
    server = start_radicale(base)
    try:
        user = server.add_user()
        for count in COUNTS:
            url = make_calendar(server, user, f"cal{count}")
            started = time.perf_counter()
            load_radicale(url, user, count)
            load = time.perf_counter() - started
            row = measure("radicale", count, url, Credentials(username=user[0], password=user[1]))
            rows.append(replace(row, load=load))
            probes[count] = probe_times(url, user)
    finally:
        server.stop()
    return rows, probes


def run_xandikos(base: Path) -> tuple[list[Row], dict[int, dict[str, float]]]:
    rows, probes = [], {}
    server = start_xandikos(base)
    try:
        for count in COUNTS:
            url = make_calendar(server, None, f"cal{count}")
            started = time.perf_counter()
            load_xandikos(base / "data" / "user" / "calendars" / f"cal{count}", count)
            load = time.perf_counter() - started
            row = measure("xandikos", count, url, None)
            rows.append(replace(row, load=load))
            probes[count] = probe_times(url, None)
    finally:
        server.stop()
    return rows, probes


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="followupd-bench-") as tmp:
        radicale, radicale_probes = run_radicale(Path(tmp) / "radicale")
        xandikos, xandikos_probes = run_xandikos(Path(tmp) / "xandikos")
    print(
        f"date {date.today()}, {platform.node()}, {platform.processor() or platform.machine()}, "
        f"python {platform.python_version()}, median of {RUNS} no-change syncs"
    )
    print(
        f"{'server':<9} {'events':>7} {'load s':>7} {'first sync s':>13} {'no-change ms':>13} "
        f"{'bare REPORT ms':>15}"
    )
    for row in radicale + xandikos:
        print(
            f"{row.server:<9} {row.events:>7} {row.load:>7.1f} {row.first:>13.2f} {row.no_change * 1000:>13.1f} "
            f"{row.floor * 1000:>15.1f}"
        )
    for rows in (radicale, xandikos):
        ratio = rows[1].no_change / rows[0].no_change
        floor = rows[1].floor / rows[0].floor
        verdict = "OK" if ratio <= 1.3 else "MISSED"
        print(
            f"{rows[0].server}: no-change {COUNTS[1]}/{COUNTS[0]} = {ratio:.2f} (target <= 1.30): {verdict}; "
            f"bare REPORT ratio {floor:.2f}"
        )
    print(f"\nchange probes on the collection, median ms ({COUNTS[0]} / {COUNTS[1]} events)")
    print(f"{'probe':<28} {'radicale':>17} {'xandikos':>17}")
    for name in PROBES:
        cells = [
            f"{p[COUNTS[0]][name] * 1000:.1f} / {p[COUNTS[1]][name] * 1000:.1f}"
            for p in (radicale_probes, xandikos_probes)
        ]
        print(f"{name:<28} {cells[0]:>17} {cells[1]:>17}")


if __name__ == "__main__":
    main()
