"""The one reader of a sync's objects: each object's own occurrences, and a parser bug in one object never hides
the others."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from followupd.adapters.calendar.ical import ParseResult, parse_calendar
from followupd.adapters.calendar.objects import read_objects

WINDOW = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC))


def vcalendar(uid: str, day: int, *, extra: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:202612{day:02d}T140000Z\r\n"
        f"DTEND:202612{day:02d}T150000Z\r\nSUMMARY:Interview {uid}\r\n{extra}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


SERIES = "RRULE:FREQ=WEEKLY;COUNT=3\r\n"
OBJECTS = {
    "/a.ics": vcalendar("a", 1),
    "/b.ics": vcalendar("b", 2, extra=SERIES),
    "/c.ics": vcalendar("c", 3),
}


def test_each_object_gets_its_own_occurrences() -> None:
    """Each href gets exactly what parsing its text gives; the UIDs come from its text."""
    reading = read_objects(OBJECTS, source="cal", user_tz="Europe/Berlin", window=WINDOW)
    alone = {
        href: parse_calendar(
            text, source="cal", user_tz="Europe/Berlin", window=WINDOW, calendar_name="cal"
        ).events
        for href, text in OBJECTS.items()
    }
    assert {h: list(e) for h, e in alone.items()} == reading.events
    assert {"/a.ics": {"a"}, "/b.ics": {"b"}, "/c.ics": {"c"}} == reading.uids
    assert 5 == len(reading.all_events)


def test_a_parser_bug_costs_only_its_object() -> None:
    """Should the parser raise on one object, that object is a problem line and the rest are read."""

    def choking(text: str, **kw: Any) -> ParseResult:
        if "UID:b" in text:
            raise RuntimeError("parser bug")
        return parse_calendar(text, **kw)

    reading = read_objects(OBJECTS, source="cal", user_tz="UTC", window=WINDOW, parser=choking)
    assert ([], 1, 1) == (
        reading.events["/b.ics"],
        len(reading.events["/a.ics"]),
        len(reading.events["/c.ics"]),
    )
    assert ["calendar 'cal': object /b.ics skipped: RuntimeError('parser bug')"] == reading.problems
    assert {"b"} == reading.uids["/b.ics"]  # known even though it could not be read, so deletions still match
