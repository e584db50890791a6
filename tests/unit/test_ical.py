"""Parsing iCalendar text into occurrences: zones, recurrence, cancellations and broken input."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.adapters.calendar.ical import ParseResult, parse_calendar
from followupd.adapters.calendar.split import split_objects

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ics"
UTC = ZoneInfo("UTC")
BERLIN = ZoneInfo("Europe/Berlin")
WINDOW = (datetime(2026, 9, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def parse(
    name: str, *, user_tz: str = "Europe/Berlin", window: tuple[datetime, datetime] = WINDOW
) -> ParseResult:
    return parse_calendar(
        (FIXTURES / name).read_bytes(), source="work", user_tz=user_tz, window=window, calendar_name="work"
    )


def one(result: ParseResult, uid: str):
    matches = [e for e in result.events if e.uid == uid]
    assert 1 == len(matches), matches
    return matches[0]


def test_outlook_windows_zone_with_vtimezone_gives_iana_zone():
    """A VTIMEZONE called "W. Europe Standard Time" yields the right instant, named Europe/Berlin."""
    event = parse("outlook_vtimezone.ics").events[0]
    assert (datetime(2026, 11, 10, 13, 0, tzinfo=UTC), "Europe/Berlin") == (event.start, event.tzid)
    assert datetime(2026, 11, 10, 14, 0, tzinfo=UTC) == event.end
    assert (False, 1) == (event.floating, event.sequence)


def test_outlook_attendees_organizer_and_teams_link():
    """CN, CUTYPE, PARTSTAT are read; addresses lose mailto: and case; a Teams link comes from DESCRIPTION."""
    event = parse("outlook_vtimezone.ics").events[0]
    people = [(a.email, a.name, a.cutype, a.partstat) for a in event.attendees]
    assert [
        ("maya@example.org", "Maya Example", "INDIVIDUAL", "NEEDS-ACTION"),
        ("raj.patel@acme-robotics.example", "Raj Patel", "INDIVIDUAL", "ACCEPTED"),
        ("room402@acme-robotics.example", "Room Berlin 4.02", "ROOM", "ACCEPTED"),
    ] == people
    assert ("jane.doe@acme-robotics.example", "Jane Doe") == (event.organizer.email, event.organizer.name)
    assert event.url.startswith("https://teams.microsoft.com/l/meetup-join/")
    assert datetime(2026, 11, 1, 9, 0, tzinfo=UTC) == event.dtstamp


@pytest.mark.parametrize(
    ("uid", "start", "tzid", "floating"),
    [
        ("outlook-pacific-1", datetime(2026, 11, 12, 17, 0, tzinfo=UTC), "America/Los_Angeles", False),
        ("outlook-custom-1", datetime(2026, 11, 13, 9, 0, tzinfo=UTC), "Europe/Berlin", True),
        ("outlook-display-1", datetime(2026, 11, 16, 16, 0, tzinfo=UTC), "America/New_York", False),
    ],
)
def test_outlook_zones_without_vtimezone(uid, start, tzid, floating):
    """Windows IDs and display names map to IANA; "Customized Time Zone" falls back to the user's zone."""
    event = one(parse("outlook_no_vtimezone.ics"), uid)
    assert (start, tzid, floating) == (event.start, event.tzid, event.floating)


def test_unknown_zone_is_reported_once():
    """An unknown TZID without VTIMEZONE gives one problem line naming the calendar, the UID and the zone."""
    expected = [
        "calendar 'work': event UID outlook-custom-1: time zone 'Customized Time Zone' unknown, "
        "read in Europe/Berlin"
    ]
    assert expected == parse("outlook_no_vtimezone.ics").problems


def test_custom_vtimezone_is_not_shared_between_calendars():
    """Two calendars defining "Customized Time Zone" differently each keep their own definition."""
    first = parse("custom_tz_a.ics").events[0]
    second = parse("custom_tz_b.ics").events[0]
    again = parse("custom_tz_a.ics").events[0]
    expected = [datetime(2026, 11, 10, 3, 0, tzinfo=UTC), datetime(2026, 11, 10, 13, 0, tzinfo=UTC)] * 2
    assert expected[:3] == [first.start, second.start, again.start]


def test_google_x_wr_timezone_conference_and_resource():
    """Google's UTC times are shown in X-WR-TIMEZONE; X-GOOGLE-CONFERENCE is the link; METHOD is kept."""
    result = parse("google_export.ics")
    event = result.events[0]
    assert ("PUBLISH", "Europe/Berlin") == (result.method, event.tzid)
    assert datetime(2026, 11, 11, 13, 0, tzinfo=UTC) == event.start
    assert "https://meet.google.com/abc-defg-hij" == event.url
    assert "Vorstellungsgespräch bei Hooli GmbH" == event.summary
    assert "RESOURCE" == event.attendees[2].cutype


def test_icloud_floating_time_is_read_in_user_zone():
    """A time without zone is read in the user's zone and flagged floating; the URL property is the link."""
    event = parse("icloud_floating.ics", user_tz="Europe/Paris").events[0]
    expected = (datetime(2026, 11, 12, 15, 30, tzinfo=ZoneInfo("Europe/Paris")), True, "Europe/Paris")
    assert expected == (event.start, event.floating, event.tzid)
    assert ("https://vandelay.example/careers/4711", timedelta(hours=1)) == (
        event.url,
        event.end - event.start,
    )


def test_recurring_series_overrides_exdate_and_cancelled_occurrence():
    """A series expands; EXDATE drops one, an override moves one, a cancelled override stays as CANCELLED."""
    events = parse("recurring_overrides.ics").events
    actual = [(e.recurrence_id, e.start.astimezone(BERLIN).strftime("%m-%d %H:%M"), e.status) for e in events]
    assert [
        ("20261005T080000Z", "10-05 10:00", "CONFIRMED"),
        ("20261012T080000Z", "10-13 15:00", "CONFIRMED"),
        ("20261026T090000Z", "10-26 10:00", "CANCELLED"),
        ("20261102T090000Z", "11-02 10:00", "CONFIRMED"),
        ("20261109T090000Z", "11-09 10:00", "CONFIRMED"),
    ] == actual


def test_method_cancel_cancels_every_event():
    """Under METHOD:CANCEL every event is reported cancelled, with its SEQUENCE."""
    result = parse("method_cancel.ics")
    assert [("CANCEL", "CANCELLED", 2)] == [(result.method, e.status, e.sequence) for e in result.events]


def test_all_day_events_have_exclusive_end_in_user_zone():
    """All-day events start at local midnight; DTEND is exclusive and a missing DTEND means one day."""
    events = parse("all_day.ics").events
    actual = [(e.all_day, e.start, e.end, e.recurrence_id) for e in events]
    assert [
        (True, datetime(2026, 11, 18, tzinfo=BERLIN), datetime(2026, 11, 20, tzinfo=BERLIN), ""),
        (True, datetime(2026, 11, 21, tzinfo=BERLIN), datetime(2026, 11, 22, tzinfo=BERLIN), ""),
    ] == actual


def test_dst_crossing_keeps_local_wall_time():
    """09:00 Berlin the Monday after the October change is 08:00 UTC; a weekly series keeps 09:00 local."""
    result = parse("dst_crossing.ics")
    single = one(result, "dst-single@example.org")
    assert datetime(2026, 10, 26, 8, 0, tzinfo=UTC) == single.start
    series = [e for e in result.events if e.uid == "dst-series@example.org"]
    actual = [
        (e.recurrence_id, e.start.astimezone(UTC).hour, e.start.astimezone(BERLIN).hour) for e in series
    ]
    assert [("20261019T070000Z", 7, 9), ("20261026T080000Z", 8, 9)] == actual


def test_malformed_events_are_skipped_with_one_line_each():
    """Events with no DTSTART, an impossible date or a broken RRULE are skipped; the others still parse."""
    result = parse("malformed_among_good.ics")
    assert ["good-1@example.org", "good-2@example.org"] == [e.uid for e in result.events]
    assert [
        "calendar 'work': event UID bad-nostart@example.org skipped: DTSTART missing",
        "calendar 'work': event UID bad-date@example.org skipped: DTSTART invalid: "
        "Wrong datetime format: 20261132T090000Z",
        "calendar 'work': event UID bad-rrule@example.org skipped: RRULE invalid: "
        "Expected frequency, got: SOMETIMES",
    ] == result.problems
    assert timedelta(minutes=45) == result.events[1].end - result.events[1].start


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (b"", "calendar 'work': empty calendar data"),
        (b"\xef\xbb\xbf   \n", "calendar 'work': empty calendar data"),
        (b"this is not a calendar at all", None),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VCALENDAR\n", None),
    ],
)
def test_unparseable_input_gives_problems_not_exceptions(text, problem):
    """Garbage, empty and truncated input produce no events and, where known, a specific problem line."""
    result = parse_calendar(text, source="work", user_tz="Europe/Berlin", window=WINDOW, calendar_name="work")
    assert [] == result.events
    if problem is not None:
        assert [problem] == result.problems


def test_events_outside_window_are_left_out():
    """Only occurrences overlapping the window are returned."""
    window = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 5, tzinfo=UTC))
    actual = [e.recurrence_id for e in parse("recurring_overrides.ics", window=window).events]
    assert ["20261102T090000Z"] == actual


def test_newest_sequence_wins_within_one_text():
    """Two VCALENDARs updating the same UID (an iTIP stream) reduce to the one with the highest SEQUENCE."""
    template = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:u1\n"
        "DTSTAMP:2026110{n}T080000Z\nDTSTART:202611{day}T090000Z\nSEQUENCE:{n}\nSUMMARY:Interview\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    text = template.format(n=3, day=20) + template.format(n=1, day=18)
    result = parse_calendar(text, source="s", user_tz="UTC", window=WINDOW)
    assert [(3, datetime(2026, 11, 20, 9, 0, tzinfo=UTC))] == [(e.sequence, e.start) for e in result.events]


def test_split_objects_one_calendar_per_uid_with_zones():
    """split_objects groups a series with its overrides, carries VTIMEZONEs, and each piece parses alone."""
    pieces = split_objects((FIXTURES / "dst_crossing.ics").read_text())
    assert ["dst-single@example.org", "dst-series@example.org"] == list(pieces)
    for text in pieces.values():
        assert "BEGIN:VTIMEZONE" in text
    series = parse_calendar(pieces["dst-series@example.org"], source="s", user_tz="UTC", window=WINDOW)
    assert 2 == len(series.events)
    overrides = split_objects((FIXTURES / "recurring_overrides.ics").read_text())
    assert 3 == overrides["series-1@example.org"].count("BEGIN:VEVENT")


def test_bare_vevent_without_vcalendar_is_accepted():
    """A single VEVENT without the VCALENDAR wrapper still parses (some exporters write that)."""
    text = "BEGIN:VEVENT\nUID:bare\nDTSTART:20261110T090000Z\nSUMMARY:Interview\nEND:VEVENT\n"
    result = parse_calendar(text, source="s", user_tz="UTC", window=WINDOW)
    assert ["bare"] == [e.uid for e in result.events]
    assert ["bare"] == list(split_objects(text))
