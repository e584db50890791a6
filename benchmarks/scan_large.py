"""Times parse + detect of a 10,000-event calendar file: whole text at once beside one parse per object.

python benchmarks/scan_large.py                          # this checkout
python benchmarks/scan_large.py --baseline /tmp/old      # and another checkout (git archive), same run
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
# The checkout whose followupd is measured: this one, or the one a parent run passes with --code (a baseline).
ROOT = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv else HERE
if str(ROOT) not in sys.path[:1]:  # run as `python benchmarks/scan_large.py` from anywhere
    sys.path.insert(0, str(ROOT))

from followupd.adapters.calendar.ical import parse_calendar  # noqa: E402
from followupd.adapters.calendar.split import split_objects  # noqa: E402
from followupd.domain.detect import detect  # noqa: E402
from followupd.domain.policy import InterviewRules  # noqa: E402

WINDOW = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC))
USER = ("maya@example.org",)
BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def make_calendar(events: int, *, seed: int = 7) -> str:
    """A Google-export-like calendar: mostly single meetings, some weekly series with overrides, a few
    interviews; ``events`` VEVENTs in all."""
    rng = random.Random(seed)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//followupd//bench//EN",
        "X-WR-TIMEZONE:Europe/Berlin",
    ]
    lines.append(BERLIN)
    written = 0
    series = events // 20  # 5% of the VEVENTs are series masters, each with one override
    for n in range(series):
        start = datetime(2026, 9, 7, 9, 0) + timedelta(days=n % 5, hours=n % 8)
        uid = f"series-{n}@bench.example"
        lines += _vevent(uid, f"Weekly sync {n}", start, tz=True, extra=["RRULE:FREQ=WEEKLY;COUNT=30"])
        moved = start + timedelta(weeks=6)
        lines += _vevent(
            uid,
            f"Weekly sync {n} (moved)",
            moved + timedelta(hours=2),
            tz=True,
            extra=[f"RECURRENCE-ID;TZID=Europe/Berlin:{moved:%Y%m%dT%H%M%S}"],
        )
        written += 2
    n = 0
    while written < events:
        day = WINDOW[0] + timedelta(minutes=rng.randrange(0, 150 * 24 * 60 // 15) * 15)
        interview = n % 500 == 0
        summary = f"Interview: Northwind {n}, QA Lead" if interview else f"Meeting {n}"
        people = ["jane.doe@northwind.example", "maya@example.org"] if interview else []
        lines += _vevent(
            f"single-{n}@bench.example", summary, day.replace(tzinfo=None), tz=False, people=people
        )
        written += 1
        n += 1
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _vevent(
    uid: str, summary: str, start: datetime, *, tz: bool, extra: list[str] = (), people: list[str] = ()
) -> list[str]:
    stamp = "DTSTAMP:20260901T080000Z"
    if tz:
        times = [f"DTSTART;TZID=Europe/Berlin:{start:%Y%m%dT%H%M%S}"]
        times.append(f"DTEND;TZID=Europe/Berlin:{start + timedelta(minutes=30):%Y%m%dT%H%M%S}")
    else:
        times = [f"DTSTART:{start:%Y%m%dT%H%M%S}Z", f"DTEND:{start + timedelta(minutes=45):%Y%m%dT%H%M%S}Z"]
    who = [f"ORGANIZER;CN=Jane Doe:mailto:{people[0]}"] if people else []
    who += [f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{p}" for p in people]
    return ["BEGIN:VEVENT", f"UID:{uid}", stamp, *times, f"SUMMARY:{summary}", *extra, *who, "END:VEVENT"]


def run(mode: str, path: Path) -> dict[str, float]:
    """Parse and detect the file one way; report seconds, counts and this process's peak RSS."""
    text = path.read_text()
    rules = InterviewRules()
    started, cpu = time.perf_counter(), time.process_time()
    if mode == "whole":
        results = [parse_calendar(text, source="bench", user_tz="Europe/Berlin", window=WINDOW)]
    elif mode == "joined":  # the objects joined back into one text and parsed at once (measured, not used)
        joined = "\r\n".join(split_objects(text).values())
        results = [parse_calendar(joined, source="bench", user_tz="Europe/Berlin", window=WINDOW)]
    else:  # what the daemon, `interviews scan` and `check` do (adapters/calendar/objects.py): one parse per object
        results = [
            parse_calendar(piece, source="bench", user_tz="Europe/Berlin", window=WINDOW)
            for piece in split_objects(text).values()
        ]
    parsed = time.perf_counter() - started
    events = [e for r in results for e in r.events]
    interviews = sum(detect(e, rules=rules, own_addresses=USER).is_interview for e in events)
    total = time.perf_counter() - started
    total_cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    problems = sum(len(r.problems) for r in results)
    return {
        "parse_s": parsed,
        "total_s": total,
        "total_cpu_s": total_cpu,
        "occurrences": len(events),
        "interviews": interviews,
        "problems": problems,
        "peak_mib": peak,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument(
        "--mode", choices=["whole", "per-object", "joined"], help="(internal) run one mode and print JSON"
    )
    parser.add_argument("--file", type=Path, help="(internal) the generated file")
    parser.add_argument("--code", type=Path, help="(internal) the checkout to measure")
    parser.add_argument("--baseline", type=Path, help="another checkout to measure side by side")
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run(args.mode, args.file)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.ics"
        path.write_text(make_calendar(args.events))
        size = path.stat().st_size / 2**20
        print(f"{args.events} VEVENTs, {size:.1f} MiB, window {WINDOW[0]:%Y-%m-%d} to {WINDOW[1]:%Y-%m-%d}")
        print("each mode in its own process (peak RSS is per process, startup and imports included);")
        print(
            "CPU s is this process's CPU time, which other jobs on the machine disturb less than wall time\n"
        )
        print(
            f"{'code':<10}{'mode':<12}{'parse s':>9}{'parse+detect s':>16}{'CPU s':>8}{'occurrences':>13}"
            f"{'interviews':>12}{'problems':>10}{'peak MiB':>10}"
        )
        codes = [("baseline", args.baseline)] if args.baseline else []
        for label, code in [*codes, ("this", HERE)]:
            modes = ("whole", "per-object", "joined") if label == "this" else ("whole", "per-object")
            for mode in modes:
                command = [sys.executable, __file__, "--mode", mode, "--file", str(path), "--code", str(code)]
                r = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
                print(
                    f"{label:<10}{mode:<12}{r['parse_s']:>9.2f}{r['total_s']:>16.2f}{r['total_cpu_s']:>8.2f}"
                    f"{r['occurrences']:>13,}{r['interviews']:>12}{r['problems']:>10}{r['peak_mib']:>10.0f}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
