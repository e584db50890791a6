"""Times detect() alone, per event: on every occurrence of the calendar sets and on ordinary meetings with people.

python benchmarks/detection_speed.py                          # this checkout
python benchmarks/detection_speed.py --baseline /tmp/old      # and another checkout (git archive), alternating

Calendars are parsed once, outside the timing; each figure is the best of 5 passes of CPU time, with detection's
own caches (role words, robot addresses, domain names) emptied before every pass so that no pass is served by
the one before. Runs alternate between the checkouts, each in its own process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
ROOT = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv else HERE
if str(ROOT) not in sys.path[:1]:
    sys.path.insert(0, str(ROOT))

from followupd.adapters.calendar.ical import parse_calendar  # noqa: E402
from followupd.domain import detect_people, detect_title  # noqa: E402
from followupd.domain.detect import detect  # noqa: E402
from followupd.domain.models import Attendee, CalendarEvent  # noqa: E402
from followupd.domain.policy import InterviewRules  # noqa: E402

SETS = HERE / "tests" / "eval" / "calendars"
TITLES = [
    "Weekly sync",
    "1:1 Jane / Maya",
    "Design review – Checkout flow",
    "Sprint planning",
    "Coffee with Raj",
    "Quarterly business review",
    "Northwind <> Contoso partnership",
    "Budget call",
    "Customer escalation – order 4411",
    "Roadmap walkthrough",
]
AGENDA = (
    "Agenda:\n- status\n- risks\n- next steps\n\nJoin Zoom Meeting https://zoom.example/j/123\nID: 123 456"
)


def set_events() -> list[tuple[CalendarEvent, tuple[str, ...]]]:
    work = []
    for part in ("eval", "eval2", "dev"):
        for ics in sorted((SETS / part).glob("*.ics")):
            expected = json.loads(ics.with_name(f"{ics.stem}.expected.json").read_text(encoding="utf-8"))
            window = tuple(datetime.fromisoformat(x.replace("Z", "+00:00")) for x in expected["window"])
            result = parse_calendar(
                ics.read_bytes(), source=ics.stem, user_tz=expected["user_timezone"], window=window
            )
            work += [(event, tuple(expected["user_addresses"])) for event in result.events]
    return work


def meetings(count: int) -> list[tuple[CalendarEvent, tuple[str, ...]]]:
    people = [Attendee(f"p{i}@contoso.example", f"Person {i}") for i in range(4)]
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    return [
        (
            CalendarEvent(
                source="bench",
                uid=f"m{n}",
                recurrence_id="",
                summary=f"{TITLES[n % len(TITLES)]} {n}",
                start=start,
                end=start,
                tzid="UTC",
                organizer=people[n % 4],
                attendees=(*people, Attendee("maya@example.org")),
                description=AGENDA,
            ),
            ("maya@example.org",),
        )
        for n in range(count)
    ]


def best_us(work: list[tuple[CalendarEvent, tuple[str, ...]]], repeat: int) -> float:
    caches = [
        f
        for f in (
            getattr(detect_title, "has_role", None),
            getattr(detect_people, "is_robot", None),
            getattr(detect_people, "company_from_domain", None),
        )
        if hasattr(f, "cache_clear")
    ]
    rules, best = InterviewRules(), float("inf")
    for _ in range(5):
        cpu = 0.0
        for _ in range(repeat):
            for f in caches:
                f.cache_clear()  # type: ignore[union-attr]
            started = time.process_time()
            for event, own in work:
                detect(event, rules=rules, own_addresses=own)
            cpu += time.process_time() - started
        best = min(best, cpu)
    return 1e6 * best / (len(work) * repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="alternating runs per checkout")
    parser.add_argument("--code", type=Path, help="(internal) the checkout to measure")
    parser.add_argument("--measure", action="store_true", help="(internal) measure and print JSON")
    parser.add_argument("--baseline", type=Path, help="another checkout to measure side by side")
    args = parser.parse_args()
    if args.measure:
        sets = set_events()
        print(json.dumps({"sets": best_us(sets, 10), "meetings": best_us(meetings(5000), 1), "n": len(sets)}))
        return 0
    print("detect() CPU microseconds per event, best of 5 passes, caches emptied before each pass\n")
    print(f"{'code':<10}{'run':>4}{'eval+dev occurrences':>22}{'ordinary meetings':>19}")
    codes = [("baseline", args.baseline)] if args.baseline else []
    for run in range(args.runs):
        for label, code in [*codes, ("this", HERE)]:
            command = [sys.executable, __file__, "--measure", "--code", str(code)]
            r = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            print(f"{label:<10}{run + 1:>4}{r['sets']:>16.1f} ({r['n']}){r['meetings']:>19.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
