"""One contract for every calendar source: the same events in give the same occurrences out, sync after sync."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from followupd.config.settings import CalendarSettings, Credentials
from tests.integration.calendar_contract_support import (
    CalDavUnderTest,
    CalendarUnderTest,
    Feed,
    IcsFileUnderTest,
    IcsFolderUnderTest,
    IcsUrlUnderTest,
    Occurrence,
    vcalendar,
    vevent,
)

pytestmark = pytest.mark.integration

KINDS = ["radicale", "xandikos", "ics_url", "ics_url_last_modified", "ics_file", "ics_folder"]
# Sources whose objects may each be an iTIP message of their own. RFC 4791 forbids METHOD in a CalDAV resource,
# but Radicale and Xandikos store it as written (clients that file invitations do write it).
METHOD_KINDS = [
    "radicale",
    "xandikos",
    "ics_folder",
    "ics_file_stream",
    "ics_url_stream",
]

BERLIN = (
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)


def screen_ics(*, start: str = "20261110T130000Z", minutes: int = 60, sequence: int = 0, **more: str) -> str:
    """The screening call as its own VCALENDAR; ``more`` takes ``status`` or ``method``."""
    event = vevent(
        "screen",
        start=f":{start}",
        minutes=minutes,
        sequence=sequence,
        status=more.get("status", ""),
        summary="Interview: Acme screen",
    )
    return vcalendar(event, method=more.get("method", ""))


SCREEN = screen_ics()
ONSITE = vcalendar(
    BERLIN, vevent("onsite", start=";TZID=Europe/Berlin:20261112T100000", minutes=90, summary="Onsite: Acme")
)
SERIES_RULE = "RRULE:FREQ=WEEKLY;COUNT=3"
MOVED_SECOND = vevent(
    "series",
    start=":20261124T150000Z",
    summary="Panel: Acme (moved)",
    extra=("RECURRENCE-ID:20261123T140000Z",),
)


def screen(*, start: str, end: str, cancelled: bool = False) -> Occurrence:
    return Occurrence("screen", "", start, end, cancelled, "Interview: Acme screen")


ONSITE_OCCURRENCE = Occurrence("onsite", "", "20261112T090000Z", "20261112T103000Z", False, "Onsite: Acme")
SCREEN_OCCURRENCE = screen(start="20261110T130000Z", end="20261110T140000Z")


def build(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CalendarUnderTest]:
    """A fresh, empty calendar of ``kind`` for one test."""
    if kind in ("radicale", "xandikos"):
        cal = request.getfixturevalue("caldav_calendar" if kind == "radicale" else "xandikos_calendar")
        creds = Credentials(username=cal.username, password=cal.password) if cal.username else None
        settings = CalendarSettings(name=kind, kind="caldav", url=cal.url, timeout=10)
        yield CalDavUnderTest(kind, settings, creds, calendar=cal)
    elif kind.startswith("ics_url"):
        feed = Feed(etags=kind != "ics_url_last_modified")
        settings = CalendarSettings(name=kind, kind="ics_url", url=feed.url, timeout=5)
        try:
            yield IcsUrlUnderTest(kind, settings, feed=feed, stream=kind.endswith("stream"))
        finally:
            feed.stop()
    elif kind == "ics_folder":
        (tmp_path / "vdir").mkdir()
        settings = CalendarSettings(name=kind, kind="ics_file", path=tmp_path / "vdir")
        yield IcsFolderUnderTest(kind, settings)
    else:
        (tmp_path / "calendar.ics").write_text(vcalendar())
        settings = CalendarSettings(name=kind, kind="ics_file", path=tmp_path / "calendar.ics")
        yield IcsFileUnderTest(kind, settings, stream=kind.endswith("stream"))


@pytest.fixture(params=KINDS)
def cal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CalendarUnderTest]:
    yield from build(request.param, request, tmp_path)


@pytest.fixture(params=METHOD_KINDS)
def itip_cal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CalendarUnderTest]:
    yield from build(request.param, request, tmp_path)


@pytest.fixture(params=["ics_url", "ics_url_last_modified"])
def feed_cal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CalendarUnderTest]:
    yield from build(request.param, request, tmp_path)


def test_events_appear_on_the_first_sync_and_on_later_ones(cal: CalendarUnderTest) -> None:
    """An event present before the first sync and one added after it both appear, times read in UTC."""
    cal.put("screen", SCREEN)
    assert [SCREEN_OCCURRENCE] == cal.sync()
    cal.put("onsite", ONSITE)
    assert [SCREEN_OCCURRENCE, ONSITE_OCCURRENCE] == cal.sync()
    assert [] == cal.problems


def test_an_unchanged_calendar_keeps_its_occurrences(cal: CalendarUnderTest) -> None:
    """Syncing again with nothing changed (a 304, an equal sync token, the same mtime) changes nothing."""
    cal.put("screen", SCREEN)
    first = cal.sync()
    assert [SCREEN_OCCURRENCE] == first
    assert first == cal.sync()


def test_a_moved_event_shows_only_its_new_time(cal: CalendarUnderTest) -> None:
    """Moving an event (SEQUENCE bumped) replaces its occurrence; nothing of the old time is left."""
    cal.put("screen", SCREEN)
    cal.put("onsite", ONSITE)
    cal.sync()
    cal.put("screen", screen_ics(start="20261111T080000Z", minutes=30, sequence=1))
    expected = [screen(start="20261111T080000Z", end="20261111T083000Z"), ONSITE_OCCURRENCE]
    assert expected == cal.sync()


def test_a_deleted_event_is_gone_and_the_others_stay(cal: CalendarUnderTest) -> None:
    """After a delete the next sync has no occurrence of it (a file simply no longer holds it)."""
    cal.put("screen", SCREEN)
    cal.put("onsite", ONSITE)
    assert [SCREEN_OCCURRENCE, ONSITE_OCCURRENCE] == cal.sync()
    cal.delete("screen")
    assert [ONSITE_OCCURRENCE] == cal.sync()
    cal.delete("onsite")
    assert [] == cal.sync()


def test_status_cancelled_keeps_the_occurrence_marked_cancelled(cal: CalendarUnderTest) -> None:
    """An event rewritten with STATUS:CANCELLED is still reported, at its time, as cancelled."""
    cal.put("screen", SCREEN)
    cal.put("onsite", ONSITE)
    cal.sync()
    cal.put("screen", screen_ics(sequence=1, status="CANCELLED"))
    expected = [screen(start="20261110T130000Z", end="20261110T140000Z", cancelled=True), ONSITE_OCCURRENCE]
    assert expected == cal.sync()


def test_method_cancel_cancels_that_event_only(itip_cal: CalendarUnderTest) -> None:
    """An object replaced by an iTIP METHOD:CANCEL is reported cancelled; other objects stay confirmed."""
    itip_cal.put("screen", SCREEN)
    itip_cal.put("onsite", ONSITE)
    itip_cal.sync()
    itip_cal.put("screen", screen_ics(sequence=1, method="CANCEL"))
    expected = [screen(start="20261110T130000Z", end="20261110T140000Z", cancelled=True), ONSITE_OCCURRENCE]
    assert expected == itip_cal.sync()


def series(*overrides: str, extra: tuple[str, ...] = ()) -> str:
    master = vevent("series", start=":20261116T140000Z", summary="Panel: Acme", extra=(SERIES_RULE, *extra))
    return vcalendar(master, *overrides)


def panel(day: str) -> Occurrence:
    """The series' unmoved instance on 2026-``day`` (MMDD), 14:00-15:00 UTC."""
    return Occurrence(
        "series", f"2026{day}T140000Z", f"2026{day}T140000Z", f"2026{day}T150000Z", False, "Panel: Acme"
    )


def moved_panel(*, cancelled: bool) -> Occurrence:
    """The override: the instance of 23 November moved to the 24th, 15:00-16:00 UTC, renamed."""
    return Occurrence(
        "series", "20261123T140000Z", "20261124T150000Z", "20261124T160000Z", cancelled, "Panel: Acme (moved)"
    )


def test_a_series_with_an_override_gives_one_occurrence_per_instance(cal: CalendarUnderTest) -> None:
    """A weekly series of three with its second instance moved: three occurrences keyed by original start."""
    cal.put("series", series(MOVED_SECOND))
    assert [panel("1116"), moved_panel(cancelled=False), panel("1130")] == cal.sync()
    assert [] == cal.problems


def test_series_changes_cancel_and_drop_single_instances(cal: CalendarUnderTest) -> None:
    """Cancelling the override and adding an EXDATE: that instance is cancelled, the excluded one is gone."""
    cal.put("series", series(MOVED_SECOND))
    cal.sync()
    cancelled_override = MOVED_SECOND.replace("SEQUENCE:0", "SEQUENCE:1\r\nSTATUS:CANCELLED")
    cal.put("series", series(cancelled_override, extra=("EXDATE:20261130T140000Z",)))
    assert [panel("1116"), moved_panel(cancelled=True)] == cal.sync()


def test_incremental_syncs_end_where_a_fresh_sync_starts(cal: CalendarUnderTest) -> None:
    """After adds, a move, a cancel and a delete, the occurrences built sync by sync equal a first sync's."""
    cal.put("screen", SCREEN)
    cal.sync()
    cal.put("onsite", ONSITE)
    cal.put("series", series(MOVED_SECOND))
    cal.sync()
    cal.put("screen", screen_ics(start="20261111T080000Z", sequence=1))
    cal.sync()
    cal.put("onsite", ONSITE.replace("SEQUENCE:0", "SEQUENCE:1\r\nSTATUS:CANCELLED"))
    cal.delete("series")
    incremental = cal.sync()
    assert ["onsite", "screen"] == sorted(o.uid for o in incremental)
    assert cal.fresh_sync() == incremental


def test_an_unchanged_feed_is_answered_304(feed_cal: CalendarUnderTest) -> None:
    """An ICS address revalidates with the validator it was given (ETag, else Last-Modified): 200, 304, 200."""
    assert isinstance(feed_cal, IcsUrlUnderTest) and feed_cal.feed is not None
    feed_cal.put("screen", SCREEN)
    feed_cal.sync()
    feed_cal.sync()
    feed_cal.put("onsite", ONSITE)
    assert [SCREEN_OCCURRENCE, ONSITE_OCCURRENCE] == feed_cal.sync()
    assert [200, 304, 200] == feed_cal.feed.codes
