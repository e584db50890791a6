"""The calendar pipeline on an in-memory store: a sync result in, interviews and timers out, one transaction."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from followupd.services.app import App
from followupd.services.calendars import CalendarChanges
from tests.support import NOW, build_app

START = NOW + timedelta(days=2)


def vevent(
    uid: str, *, summary: str = "Interview: Globex, Data Engineer", start: datetime = START, seq: int = 0
) -> str:
    end = start + timedelta(hours=1)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nSEQUENCE:{seq}\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{end:%Y%m%dT%H%M%SZ}\r\nSUMMARY:{summary}\r\n"
        "ORGANIZER;CN=Jane Doe:mailto:jane@globex.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def changes(changed: dict[str, str], *, deleted: tuple[str, ...] = (), full: bool = False) -> CalendarChanges:
    return CalendarChanges(changed=changed, deleted=frozenset(deleted), cursor={"token": "t"}, full=full)


@pytest.fixture
def app(tmp_path: Path) -> App:
    return build_app(tmp_path)[0]


def _globex(app: App) -> list[tuple[str, str, str]]:
    return [(i.uid, i.company, i.stage.value) for i in app.store.interviews(source="cal")]


def test_an_interview_in_a_sync_is_tracked_with_a_debrief_timer(app: App) -> None:
    """A new interview gets an interview row, a debrief timer at end + delay, and the cursor is saved with it."""
    report = app.service.calendars.apply("cal", changes({"/a.ics": vevent("a")}), now=NOW)
    assert (1, [("a", "Globex", "scheduled")]) == (report.detected, _globex(app))
    [interview] = app.store.interviews(source="cal")
    due = START + timedelta(hours=1) + app.settings.debrief.delay
    assert [("debrief", f"interview:{interview.id}", due)] == app.store.timers(f"interview:{interview.id}")
    assert {"token": "t"} == app.store.calendar_cursor("cal")


def test_a_moved_interview_moves_its_timer(app: App) -> None:
    """A later SEQUENCE with a new time moves the debrief timer; nothing is detected twice."""
    app.service.calendars.apply("cal", changes({"/a.ics": vevent("a")}), now=NOW)
    later = START + timedelta(days=1)
    report = app.service.calendars.apply("cal", changes({"/a.ics": vevent("a", start=later, seq=1)}), now=NOW)
    [interview] = app.store.interviews(source="cal")
    [(_kind, _subject, due)] = app.store.timers(f"interview:{interview.id}")
    assert (0, 1, later + timedelta(hours=1, minutes=10)) == (report.detected, report.changed, due)


def test_a_deleted_object_cancels_its_interview(app: App) -> None:
    """A deletion reported by the source cancels the interview and its timer."""
    app.service.calendars.apply("cal", changes({"/a.ics": vevent("a")}), now=NOW)
    report = app.service.calendars.apply("cal", changes({}, deleted=("/a.ics",)), now=NOW)
    [interview] = app.store.interviews(source="cal")
    assert (1, "cancelled", []) == (
        report.withdrawn,
        interview.stage.value,
        app.store.timers(f"interview:{interview.id}"),
    )


def test_a_full_read_without_an_object_counts_as_its_deletion(app: App) -> None:
    """A full re-read (ICS address, file) that no longer has an object withdraws what it held."""
    app.service.calendars.apply("cal", changes({"/a.ics": vevent("a"), "/b.ics": vevent("b")}), now=NOW)
    app.service.calendars.apply("cal", changes({"/b.ics": vevent("b")}, full=True), now=NOW)
    assert [("a", "Globex", "cancelled"), ("b", "Globex", "scheduled")] == sorted(_globex(app))


def test_a_broken_object_is_a_problem_line_and_the_rest_goes_on(app: App) -> None:
    """An object that does not parse is reported and skipped; the good one beside it is tracked."""
    broken = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:not-a-date\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = app.service.calendars.apply("cal", changes({"/x.ics": broken, "/a.ics": vevent("a")}), now=NOW)
    assert [("a", "Globex", "scheduled")] == _globex(app)
    assert report.problems and all("cal" in p for p in report.problems)


def test_a_meeting_that_is_no_interview_is_not_tracked(app: App) -> None:
    """A team meeting in the same calendar leaves no trace."""
    report = app.service.calendars.apply(
        "cal", changes({"/m.ics": vevent("m", summary="Team sync")}), now=NOW
    )
    assert (0, []) == (report.detected, _globex(app))


def hourly_series(uid: str, *, count: int, summary: str = "Interview: Globex, Data Engineer") -> str:
    end = START + timedelta(minutes=30)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{START:%Y%m%dT%H%M%SZ}\r\n"
        f"DTEND:{end:%Y%m%dT%H%M%SZ}\r\nRRULE:FREQ=HOURLY;COUNT={count}\r\nSUMMARY:{summary}\r\n"
        "ORGANIZER;CN=Jane Doe:mailto:jane@globex.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_a_recurring_interview_series_is_not_a_flood(app: App) -> None:
    """An hourly series titled as an interview creates no interviews and queues one notice, however often read."""
    for _ in range(2):
        report = app.service.calendars.apply(
            "cal", changes({"/s.ics": hourly_series("s", count=48)}), now=NOW
        )
    assert (0, []) == (report.detected, _globex(app))
    [notice] = app.store.outbox()
    assert ("series_notice", "series:cal:s") == (notice.kind, notice.dedupe_key)
    body = email.message_from_bytes(notice.raw, policy=email.policy.default).get_body(("plain",))
    assert body is not None and 'track_series = ["s"]' in body.get_content()


def test_a_short_series_is_three_interviews(app: App) -> None:
    """Three rounds written as one series of three are three interviews (a real process looks like this)."""
    app.service.calendars.apply("cal", changes({"/s.ics": hourly_series("s", count=3)}), now=NOW)
    assert 3 == len(_globex(app)) and [] == app.store.outbox()


def test_a_series_the_user_tracks_counts_however_long(tmp_path: Path) -> None:
    """With the series' UID in [interviews] track_series, every occurrence is an interview."""
    from dataclasses import replace

    app = build_app(tmp_path)[0]
    rules = replace(app.settings.interviews, track_series=("s",))
    app.service.calendars.settings = replace(app.settings, interviews=rules)
    app.service.calendars.apply("cal", changes({"/s.ics": hourly_series("s", count=6)}), now=NOW)
    assert 6 == len(_globex(app))


def test_interviews_already_scheduled_from_a_long_series_are_withdrawn(app: App) -> None:
    """A series that grows past the limit withdraws its waiting interviews instead of debriefing each."""
    app.service.calendars.apply("cal", changes({"/s.ics": hourly_series("s", count=3)}), now=NOW)
    app.service.calendars.apply("cal", changes({"/s.ics": hourly_series("s", count=30)}), now=NOW)
    assert {"cancelled"} == {stage for _uid, _company, stage in _globex(app)}
