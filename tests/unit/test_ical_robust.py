"""Calendar parsing that holds on unseen input: THISANDFUTURE, iTIP streams, limits, odd zones, cut files."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.adapters.calendar.ical import Limits, ParseResult, parse_calendar
from followupd.adapters.calendar.split import split_objects

UTC = ZoneInfo("UTC")
WINDOW = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC))


def cal(*bodies: str, method: str = "") -> str:
    head = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//followupd//tests//EN\n" + (
        f"METHOD:{method}\n" if method else ""
    )
    return head + "".join(bodies) + "END:VCALENDAR\n"


def vevent(uid: str, *lines: str) -> str:
    return (
        "BEGIN:VEVENT\nUID:"
        + uid
        + "\nDTSTAMP:20260901T080000Z\n"
        + "".join(f"{x}\n" for x in lines)
        + "END:VEVENT\n"
    )


def parse(text: str, **kwargs) -> ParseResult:
    return parse_calendar(
        text, source="work", user_tz="Europe/Berlin", window=WINDOW, calendar_name="work", **kwargs
    )


def test_thisandfuture_change_keeps_each_occurrence_and_its_own_recurrence_id():
    """A RANGE=THISANDFUTURE change moves every later occurrence; each keeps its original start as its id."""
    text = cal(
        vevent(
            "s1",
            "DTSTART:20261005T090000Z",
            "DTEND:20261005T100000Z",
            "RRULE:FREQ=WEEKLY;COUNT=6",
            "SUMMARY:Sync",
        ),
        vevent(
            "s1",
            "RECURRENCE-ID;RANGE=THISANDFUTURE:20261019T090000Z",
            "DTSTART:20261019T110000Z",
            "DTEND:20261019T120000Z",
            "SUMMARY:Sync (later)",
            "SEQUENCE:1",
        ),
    )
    actual = [
        (e.recurrence_id, e.start.astimezone(UTC).strftime("%m-%d %H:%M"), e.summary)
        for e in parse(text).events
    ]
    assert [
        ("20261005T090000Z", "10-05 09:00", "Sync"),
        ("20261012T090000Z", "10-12 09:00", "Sync"),
        ("20261019T090000Z", "10-19 11:00", "Sync (later)"),
        ("20261026T090000Z", "10-26 11:00", "Sync (later)"),
        ("20261102T090000Z", "11-02 11:00", "Sync (later)"),
        ("20261109T090000Z", "11-09 11:00", "Sync (later)"),
    ] == actual


REQUEST = vevent(
    "iv-1", "SEQUENCE:0", "DTSTART:20261110T130000Z", "DTEND:20261110T140000Z", "SUMMARY:Interview"
)
UPDATE = vevent(
    "iv-1", "SEQUENCE:1", "DTSTART:20261111T130000Z", "DTEND:20261111T140000Z", "SUMMARY:Interview"
)


@pytest.mark.parametrize(
    "cancel",
    [
        vevent("iv-1", "SEQUENCE:2", "DTSTART:20261111T130000Z", "SUMMARY:Canceled: Interview"),
        vevent("iv-1", "SEQUENCE:1", "SUMMARY:Canceled: Interview"),  # Exchange: no new SEQUENCE, no times
        "BEGIN:VEVENT\nUID:iv-1\nSEQUENCE:1\nEND:VEVENT\n",  # not even a DTSTAMP: the later position decides
    ],
)
def test_request_update_and_cancel_of_one_uid_in_one_file_end_cancelled(cancel):
    """Three VCALENDARs for one UID (request, update, METHOD:CANCEL) give one occurrence: the update, cancelled."""
    text = cal(REQUEST, method="REQUEST") + cal(UPDATE, method="REQUEST") + cal(cancel, method="CANCEL")
    for piece in (text, split_objects(text)["iv-1"]):  # whole file, and the per-object path
        result = parse(piece)
        actual = [(e.uid, e.recurrence_id, e.start, e.status) for e in result.events]
        assert [("iv-1", "", datetime(2026, 11, 11, 13, tzinfo=UTC), "CANCELLED")] == actual
        assert [] == result.problems


def test_cancel_without_recurrence_id_cancels_every_occurrence_of_a_series():
    """A METHOD:CANCEL for a series' UID (no RECURRENCE-ID) cancels all its occurrences, adding none."""
    series = vevent("loop", "DTSTART:20261102T090000Z", "DTEND:20261102T100000Z", "RRULE:FREQ=DAILY;COUNT=3")
    cancel = vevent("loop", "SEQUENCE:1", "DTSTART:20261102T090000Z")
    events = parse(cal(series, method="REQUEST") + cal(cancel, method="CANCEL")).events
    actual = [(e.recurrence_id, e.status) for e in events]
    expected = [
        ("20261102T090000Z", "CANCELLED"),
        ("20261103T090000Z", "CANCELLED"),
        ("20261104T090000Z", "CANCELLED"),
    ]
    assert expected == actual


def test_an_older_cancel_does_not_cancel_a_newer_request():
    """A cancel with a lower SEQUENCE than the request after it is history: the event stands."""
    old_cancel = vevent("iv-1", "SEQUENCE:0", "DTSTART:20261110T130000Z")
    events = parse(cal(old_cancel, method="CANCEL") + cal(UPDATE, method="REQUEST")).events
    assert [("CONFIRMED", 1)] == [(e.status, e.sequence) for e in events]


@pytest.mark.parametrize("freq", ["MINUTELY", "SECONDLY"])
def test_a_series_repeating_every_minute_or_second_is_capped_with_one_problem(freq):
    """FREQ=MINUTELY/SECONDLY with no end yields the first 500 occurrences in the window and one line."""
    text = cal(vevent("spam", "DTSTART:20200101T000000Z", f"RRULE:FREQ={freq}", "SUMMARY:Ping"))
    result = parse(text)
    assert 500 == len(result.events)
    assert datetime(2026, 10, 1, tzinfo=UTC) == result.events[0].start
    assert [
        "series spam in calendar 'work' has more than 500 occurrences in the window; only the first 500 are read"
    ] == result.problems


def test_the_cap_is_a_setting():
    """Limits(occurrences=N) caps a daily series at N occurrences."""
    text = cal(vevent("daily", "DTSTART:20261001T090000Z", "RRULE:FREQ=DAILY", "SUMMARY:Standup"))
    assert 7 == len(parse(text, limits=Limits(occurrences=7)).events)


def test_an_oversized_object_is_skipped_with_the_limit_named():
    """A VEVENT over 1 MiB (a 2 MB DESCRIPTION) is skipped as malformed; the others are read."""
    huge = vevent("huge", "DTSTART:20261110T090000Z", "DESCRIPTION:" + "x" * 2_000_000)
    small = vevent("small", "DTSTART:20261111T090000Z", "SUMMARY:Interview")
    result = parse(cal(huge, small))
    assert ["small"] == [e.uid for e in result.events]
    assert [
        "calendar 'work': event UID huge skipped: 1.9 MiB, over the 1 MiB limit for one calendar object"
    ] == result.problems


def test_time_limit_reports_the_calendars_not_read():
    """When the time for one parse call is used up before a VCALENDAR, what is left is reported."""
    text = cal(vevent("a", "DTSTART:20261005T090000Z")) + cal(vevent("b", "DTSTART:20261006T090000Z"))
    result = parse(text, limits=Limits(seconds=-1))
    assert [] == result.events
    expected = (
        "calendar 'work': stopped after -1 s, the limit for one calendar; 2 of 2 VCALENDAR blocks not read"
    )
    assert [expected] == result.problems


def test_time_limit_reports_the_series_not_read(monkeypatch):
    """Time running out between series stops the expansion; the series left are reported, not dropped."""
    ticks = iter([0.0, 0.0, 0.0] + [100.0] * 10)  # deadline, block check, first series; then too late
    monkeypatch.setattr("time.monotonic", lambda: next(ticks))
    series = "".join(
        vevent(f"s{n}", "DTSTART:20261005T090000Z", "RRULE:FREQ=WEEKLY;COUNT=2") for n in range(3)
    )
    result = parse(cal(series))
    assert ["s0", "s0"] == [e.uid for e in result.events]
    assert [
        "calendar 'work': stopped after 20 s, the limit for one calendar; 2 series not read"
    ] == result.problems


@pytest.mark.parametrize(
    ("tzid", "start", "zone"),
    [
        ("(UTC-03:00) Brasilia", datetime(2026, 11, 10, 13, tzinfo=UTC), "America/Sao_Paulo"),
        ('"(UTC-03:00) Brasília"', datetime(2026, 11, 10, 13, tzinfo=UTC), "America/Sao_Paulo"),
        ("tzone://Microsoft/Utc", datetime(2026, 11, 10, 10, tzinfo=UTC), "UTC"),
        ('"tzone://Microsoft/Utc"', datetime(2026, 11, 10, 10, tzinfo=UTC), "UTC"),
        (
            "/mozilla.org/20050126_1/America/Sao_Paulo",
            datetime(2026, 11, 10, 13, tzinfo=UTC),
            "America/Sao_Paulo",
        ),
    ],
)
@pytest.mark.filterwarnings("ignore:Timezone .* is a globally unique TZID")  # icalendar's guess is right
def test_windows_and_vendor_zone_names_without_vtimezone(tzid, start, zone):
    """Outlook display names, Exchange's tzone:// names and path-like TZIDs resolve to the real zone."""
    result = parse(cal(vevent("z", f"DTSTART;TZID={tzid}:20261110T100000", "SUMMARY:Interview")))
    event = result.events[0]
    assert (start, zone, False, []) == (event.start, event.tzid, event.floating, result.problems)


def test_event_in_the_calendars_own_vtimezone_names_that_zone():
    """A time in a custom VTIMEZONE is reported in that zone's TZID, not as "UTC"."""
    zone = (
        "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\nBEGIN:STANDARD\nDTSTART:16010101T000000\n"
        "TZOFFSETFROM:+0700\nTZOFFSETTO:+0700\nEND:STANDARD\nEND:VTIMEZONE\n"
    )
    text = cal(zone, vevent("c", "DTSTART;TZID=Customized Time Zone:20261110T100000", "SUMMARY:Interview"))
    event = parse(text).events[0]
    assert (datetime(2026, 11, 10, 3, tzinfo=UTC), "Customized Time Zone") == (event.start, event.tzid)


def test_an_unknown_display_name_is_read_at_its_fixed_offset_and_said_so():
    """An Outlook display name we cannot map is read at its UTC offset, with one line saying so."""
    result = parse(cal(vevent("z", "DTSTART;TZID=(UTC+04:00) Somewhere:20261110T100000")))
    assert (datetime(2026, 11, 10, 6, tzinfo=UTC), "Etc/GMT-4") == (
        result.events[0].start,
        result.events[0].tzid,
    )
    assert [
        "calendar 'work': event UID z: time zone '(UTC+04:00) Somewhere' read as fixed Etc/GMT-4"
    ] == result.problems


@pytest.mark.parametrize(
    "text",
    [
        cal(vevent("good", "DTSTART:20261110T090000Z")).replace("END:VCALENDAR\n", "")
        + "BEGIN:VEVENT\nUID:cut\nDTSTART:20261111T090000Z\nSUMMARY:Inter",
        cal(vevent("good", "DTSTART:20261110T090000Z"), "BEGIN:VEVENT\nUID:cut\nDTSTART:20261111T090000Z\n"),
        cal("BEGIN:VEVENT\nUID:cut\nDTSTART:20261111T090000Z\n", vevent("good", "DTSTART:20261110T090000Z")),
    ],
    ids=["file-cut-off", "no-end-before-end-vcalendar", "no-end-before-next-event"],
)
def test_a_cut_off_event_is_one_problem_line(text):
    """BEGIN:VEVENT without END (a file cut off, or an event cut short) is reported; the rest is read."""
    result = parse(text)
    assert ["good"] == [e.uid for e in result.events]
    assert 1 == len(result.problems)
    assert result.problems[0].startswith("calendar 'work': event UID cut (line ")
    assert result.problems[0].endswith(") is cut off: BEGIN:VEVENT without END; skipped")


def test_a_series_starting_long_ago_every_minute_is_quick():
    """Sub-daily rules restart near the window: six years of minutes cost no more than the window's."""
    text = cal(vevent("old", "DTSTART:20200101T000000Z", "RRULE:FREQ=MINUTELY;INTERVAL=7"))
    started = datetime.now()
    result = parse(text)
    assert timedelta(seconds=5) > datetime.now() - started
    assert 500 == len(result.events)
    assert 0 == (result.events[0].start - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds() % 420


def test_attendee_written_as_urn_with_email_parameter():
    """Apple and CalDAV servers write "ATTENDEE;EMAIL=x:urn:uuid:..."; the address comes from EMAIL."""
    text = cal(
        vevent(
            "u",
            "DTSTART:20261110T090000Z",
            "ATTENDEE;CN=Jane Doe;EMAIL=jane.doe@northwind.example:urn:uuid:7f3c2a9e-0000-4000-8000-000000000001",
        )
    )
    assert ["jane.doe@northwind.example"] == [a.email for a in parse(text).events[0].attendees]


def test_dtend_of_the_other_kind_is_dropped_not_the_event():
    """A date-time start with a date end keeps the event (as a zero-length one) with one problem line."""
    result = parse(cal(vevent("m", "DTSTART:20261111T090000Z", "DTEND;VALUE=DATE:20261112")))
    assert [(datetime(2026, 11, 11, 9, tzinfo=UTC),) * 2] == [(e.start, e.end) for e in result.events]
    assert [
        "calendar 'work': event UID m: DTEND ignored: a date and a date-time do not mix"
    ] == result.problems


_SAMPLES = sorted((Path(__file__).resolve().parents[1] / "eval" / "calendars" / "dev").glob("*.ics"))


@settings(max_examples=60, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=max(len(_SAMPLES) - 1, 0)),
    cut=st.floats(min_value=0, max_value=1),
    drop=st.lists(st.integers(min_value=0, max_value=400), max_size=5),
)
def test_cut_or_damaged_calendars_never_raise(index, cut, drop):
    """Any prefix of a real-shaped calendar, with any lines removed, gives events and problems, never an error."""
    lines = _SAMPLES[index].read_text().splitlines()
    lines = [line for number, line in enumerate(lines[: int(len(lines) * cut) + 1]) if number not in drop]
    result = parse("\r\n".join(lines))
    assert all(e.start.tzinfo is not None and e.end >= e.start for e in result.events)


@pytest.mark.parametrize(
    ("body", "method", "uids", "problem"),
    [
        (
            vevent("d", "DTSTART:20261110T090000Z", "DTSTART:20261111T090000Z"),
            "",
            ["d"],
            "calendar 'work': event UID d: DTSTART given 2 times, the first is used",
        ),
        (
            vevent("p", "DTSTART:20261110T090000Z", "DURATION:9T45M"),
            "",
            ["p"],
            "calendar 'work': event UID p: DURATION ignored",
        ),
        (
            "BEGIN:VEVENT\nUID:c\nDTSTAMP:=0261114T090000Z\nSEQUENCE:1\nEND:VEVENT\n",
            "CANCEL",
            [],
            "calendar 'work': event UID c: DTSTAMP ignored",
        ),
        (
            vevent(
                "s",
                "DTSTART;TZID=Europe/Berlin:20261110T090000",
                "DTEND:20261110T100000",
                "RRULE:FREQ=DAILY;COUNT=2",
            ),
            "",
            ["s", "s"],
            "",
        ),
    ],
    ids=["start-twice", "broken-duration", "cancel-broken-stamp", "naive-end-aware-start"],
)
def test_damage_found_by_fuzzing_is_reported_not_raised(body, method, uids, problem):
    """Doubled starts, broken durations and stamps, mixed naive and aware times: problems, not lost blocks."""
    result = parse(cal(body, method=method))
    assert uids == [e.uid for e in result.events]
    assert not any("VCALENDAR 1 of 1 skipped" in p for p in result.problems)
    if problem:
        assert any(p.startswith(problem) for p in result.problems), result.problems


@pytest.mark.parametrize(
    "title",
    [
        "Canceled: Interview: Northwind",
        "Abgesagt: Vorstellungsgespräch Acme",
        "Odwołane: Rozmowa kwalifikacyjna – Acme",
        "Avbokat: Intervju med Acme",
        "Aflyst: Jobsamtale hos Acme",
        "已取消：面试 Acme",
    ],
)
def test_an_outlook_cancelled_title_is_a_cancelled_event(title):
    """Outlook's "Canceled: ..." left in a published calendar without STATUS:CANCELLED reads as cancelled."""
    events = parse(cal(vevent("x", "DTSTART:20261110T090000Z", f"SUMMARY:{title}"))).events
    assert ["CANCELLED"] == [e.status for e in events]


def test_an_attendees_reply_never_replaces_the_organizers_event():
    """A METHOD:REPLY ("Accepted: ...", one attendee, later DTSTAMP) keeps the request's title and people."""
    reply = vevent(
        "iv-1",
        "SEQUENCE:1",
        "DTSTART:20261111T130000Z",
        "SUMMARY:Accepted: Interview",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:maya@example.org",
    ).replace("DTSTAMP:20260901T080000Z", "DTSTAMP:20261120T080000Z")
    for text in (
        cal(UPDATE, method="REQUEST") + cal(reply, method="REPLY"),
        cal(reply, method="REPLY") + cal(UPDATE, method="REQUEST"),
    ):
        assert [("Interview", "CONFIRMED")] == [(e.summary, e.status) for e in parse(text).events]
    assert ["Accepted: Interview"] == [e.summary for e in parse(cal(reply, method="REPLY")).events]
