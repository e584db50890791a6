"""The fast reader for plain single events agrees with icalendar on every calendar we have."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.adapters.calendar.ical import parse_calendar
from followupd.adapters.calendar.ical_fast import read_single
from followupd.adapters.calendar.split import unfold

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("FOLLOWUPD_ICS_CORPUS") or ROOT.parent / "shared" / "corpus" / "ics")
FILES = sorted(
    [
        *(ROOT / "tests" / "fixtures" / "ics").glob("*.ics"),
        *(ROOT / "tests" / "eval" / "calendars" / "dev").glob("*.ics"),
    ]
    + (sorted(CORPUS.rglob("*.ics")) if CORPUS.is_dir() else [])
)
UTC = ZoneInfo("UTC")
WINDOW = (datetime(1995, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fast_reader_gives_what_icalendar_gives(path: Path):
    """Every field of every occurrence, and every problem line, is the same with and without the fast reader."""
    data = path.read_bytes()
    fast = parse_calendar(data, source="s", user_tz="Europe/Berlin", window=WINDOW, calendar_name="c")
    slow = parse_calendar(
        data, source="s", user_tz="Europe/Berlin", window=WINDOW, calendar_name="c", fast_reader=False
    )
    assert (slow.events, slow.problems, slow.method) == (fast.events, fast.problems, fast.method)


@pytest.mark.parametrize(
    "text",
    [
        "UID:a\nDTSTART:20261110T090000Z\nRRULE:FREQ=DAILY",
        "UID:a\nDTSTART;TZID=W. Europe Standard Time:20261110T090000",
        "UID:a\nDTSTART;TZID=Customized Time Zone:20261110T090000",
        "UID:a\nDTSTART:20261132T090000Z",
        "UID:a\nDTSTART:20261110T090000Z\nDTEND:20261110",
        "UID:a\nDTSTART:20261110T090000Z\nDTEND:20261110T080000Z",
        "UID:a\nDTSTART;VALUE=PERIOD:20261110T090000Z/PT1H",
        "UID:a\nSUMMARY:one\nSUMMARY:two\nDTSTART:20261110T090000Z",
        "SUMMARY:no uid\nDTSTART:20261110T090000Z",
        "UID:a\nDTSTART:20261110T090000Z\nDTSTART:20261111T090000Z",
    ],
    ids=[
        "rrule",
        "windows-zone",
        "custom-zone",
        "bad-date",
        "mixed-kinds",
        "end-first",
        "period",
        "twice",
        "no-uid",
        "two-starts",
    ],
)
def test_fast_reader_declines_what_it_does_not_understand(text):
    """Recurrence, non-IANA zones, bad or mixed values and repeated properties are left to icalendar."""
    assert None is read_single(unfold(f"BEGIN:VEVENT\n{text}\nEND:VEVENT"))


def test_fast_reader_reads_escapes_quoted_parameters_and_categories():
    """Text escapes, quoted CN with a colon, several ATTENDEEs and CATEGORIES are read as icalendar reads them."""
    lines = unfold(
        "BEGIN:VEVENT\nUID:a\nDTSTART;TZID=Europe/Berlin:20261110T090000\nSUMMARY:Interview\\, round 2\\;\\n ok\n"
        'ORGANIZER;CN="Doe, Jane: Recruiting":mailto:jane@northwind.example\n'
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:raj@northwind.example\nATTENDEE:mailto:maya@example.org\n"
        "CATEGORIES:Jobs,Interviews\\, 2026\nEND:VEVENT"
    )
    props = read_single(lines)
    assert props is not None
    assert "Interview, round 2;\n ok" == props["SUMMARY"]
    assert ("Doe, Jane: Recruiting", "mailto:jane@northwind.example") == (
        props["ORGANIZER"].params["CN"],
        props["ORGANIZER"],
    )
    assert ["mailto:raj@northwind.example", "mailto:maya@example.org"] == props["ATTENDEE"]
    assert ["Jobs", "Interviews, 2026"] == props["CATEGORIES"][0].cats
    assert datetime(2026, 11, 10, 9, tzinfo=ZoneInfo("Europe/Berlin")) == props["DTSTART"].dt


def test_an_event_the_fast_reader_read_is_not_parsed_again_by_icalendar(monkeypatch):
    """A plain single event goes from the fast reader straight to an occurrence: icalendar is never called (when
    the event reader refused the fast reader's values, every event silently took the slow path, and a
    10,000-event scan cost four times the CPU)."""
    import icalendar

    def refuse(*_args, **_kwargs):
        raise AssertionError("icalendar parsed a plain single event")

    monkeypatch.setattr(icalendar.Calendar, "from_ical", refuse)
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:plain-1@example.org\r\n"
        "DTSTAMP:20260901T080000Z\r\nDTSTART:20261109T090000Z\r\nDTEND:20261109T094500Z\r\n"
        "SUMMARY:Interview: Globex\r\nORGANIZER;CN=Jane Doe:mailto:jane@globex.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = parse_calendar(text, source="s", user_tz="Europe/Berlin", window=WINDOW)
    assert ([], ["plain-1@example.org"]) == (result.problems, [e.uid for e in result.events])
    assert datetime(2026, 11, 9, 9, 0, tzinfo=UTC) == result.events[0].start
