"""Time a no-change CalDAV sync of 50 and of 5,000 events on a private Radicale (target: 5,000 <= 1.3 x 50)."""

from __future__ import annotations

import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from followupd.adapters.calendar_sources import CalDavSource
from followupd.settings import CalendarSettings, Credentials
from tests.stack.caldav import make_calendar, request, start_radicale

RUNS = 7


def calendar(count: int) -> str:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:bench-{i}@example.org\r\nDTSTAMP:20261101T080000Z\r\n"
        f"DTSTART:202611{1 + i % 28:02d}T{8 + i % 10:02d}0000Z\r\nDURATION:PT1H\r\nSUMMARY:Event {i}\r\n"
        "END:VEVENT\r\n"
        for i in range(count)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd//bench//EN\r\n{events}END:VCALENDAR\r\n"


def server_floor(source: CalDavSource, url: str, token: str) -> float:
    """The bare sync-collection REPORT with the current token: what the server alone costs per sync."""
    import caldav

    cal = caldav.Calendar(client=source._client(), url=url)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        cal.get_objects_by_sync_token(token, load_objects=False, disable_fallback=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="followupd-bench-") as tmp:
        server = start_radicale(Path(tmp))
        try:
            user = server.add_user()
            rows = []
            for count in (50, 5000):
                url = make_calendar(server, user, f"cal{count}")
                started = time.perf_counter()
                # One PUT of a whole VCALENDAR on the collection: Radicale splits it into one item per UID,
                # in seconds; 5,000 single PUTs take about 14 minutes on 2 cores.
                status, _ = request(
                    url,
                    method="PUT",
                    auth=user,
                    body=calendar(count).encode(),
                    headers={"Content-Type": "text/calendar"},
                    timeout=300,
                )
                assert status in (200, 201), status
                load = time.perf_counter() - started
                settings = CalendarSettings(name=f"cal{count}", kind="caldav", url=url, timeout=60)
                source = CalDavSource(settings, Credentials(username=user[0], password=user[1]))
                started = time.perf_counter()
                first = source.sync(None)
                initial = time.perf_counter() - started
                assert len(first.changed) == count, len(first.changed)
                times = []
                for _ in range(RUNS):
                    started = time.perf_counter()
                    again = source.sync(first.cursor)
                    times.append(time.perf_counter() - started)
                    assert not again.changed and not again.deleted
                token = next(iter(first.cursor["calendars"].values()))["token"]
                floor = server_floor(source, url, token)
                rows.append((count, load, initial, statistics.median(times), floor))
        finally:
            server.stop()
    print(
        f"date {date.today()}, {platform.node()}, {platform.processor() or platform.machine()}, "
        f"python {platform.python_version()}, median of {RUNS} no-change syncs"
    )
    print(f"{'events':>7} {'load s':>7} {'first sync s':>13} {'no-change ms':>13} {'bare REPORT ms':>15}")
    for count, load, initial, median, floor in rows:
        print(f"{count:>7} {load:>7.1f} {initial:>13.2f} {median * 1000:>13.1f} {floor * 1000:>15.1f}")
    ratio = rows[1][3] / rows[0][3]
    print(f"ratio no-change 5000/50 = {ratio:.2f} (target <= 1.30): {'OK' if ratio <= 1.3 else 'MISSED'}")


if __name__ == "__main__":
    main()
