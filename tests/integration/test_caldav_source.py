"""CalDavSource against real Radicale and Xandikos: add, move, cancel, delete, and a refused sync token."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.adapters.calendar.ical import parse_calendar
from followupd.adapters.calendar.sources import CalDavSource, make_source
from followupd.config.settings import CalendarSettings, Credentials
from followupd.errors import Permanent, Transient
from tests.stack.caldav import delete_event, put_event

pytestmark = pytest.mark.integration
UTC = ZoneInfo("UTC")
WINDOW = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 12, 31, tzinfo=UTC))


def ics(uid: str, *, start: str = "20261110T130000Z", sequence: int = 0, status: str = "CONFIRMED") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd//tests//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\n"
        f"SUMMARY:Interview: Acme, Senior Backend Engineer\r\nSEQUENCE:{sequence}\r\nSTATUS:{status}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.fixture(params=["radicale", "xandikos"])
def calendar(request):
    return request.getfixturevalue("caldav_calendar" if request.param == "radicale" else "xandikos_calendar")


def source_for(cal, *, url: str | None = None, **changes) -> CalDavSource:
    settings = CalendarSettings(name="work", kind="caldav", url=url or cal.url, timeout=10, **changes)
    creds = Credentials(username=cal.username, password=cal.password) if cal.username else None
    return make_source(settings, creds)


def events_of(result) -> dict[str, tuple[str, int, str]]:
    out = {}
    for href, text in result.changed.items():
        for ev in parse_calendar(text, source="work", user_tz="UTC", window=WINDOW).events:
            out[href] = (ev.start.strftime("%m-%d %H:%M"), ev.sequence, ev.status)
    return out


def test_add_move_cancel_delete_are_reported(calendar):
    """Successive syncs report a new event, its move (SEQUENCE bumped), its cancellation and its deletion."""
    source = source_for(calendar)
    first = source.sync(None)
    assert ({}, frozenset(), True) == (first.changed, first.deleted, first.full)

    href = put_event(calendar.url, ics("move-me"), auth=calendar.auth)
    added = source.sync(first.cursor)
    assert ({href: ("11-10 13:00", 0, "CONFIRMED")}, frozenset(), False) == (
        events_of(added),
        added.deleted,
        added.full,
    )

    put_event(
        calendar.url,
        ics("move-me", start="20261111T090000Z", sequence=1),
        auth=calendar.auth,
        name=href.rsplit("/", 1)[1],
    )
    moved = source.sync(added.cursor)
    assert {href: ("11-11 09:00", 1, "CONFIRMED")} == events_of(moved)

    put_event(
        calendar.url,
        ics("move-me", start="20261111T090000Z", sequence=2, status="CANCELLED"),
        auth=calendar.auth,
        name=href.rsplit("/", 1)[1],
    )
    cancelled = source.sync(moved.cursor)
    assert {href: ("11-11 09:00", 2, "CANCELLED")} == events_of(cancelled)

    unchanged = source.sync(cancelled.cursor)
    assert ({}, frozenset()) == (unchanged.changed, unchanged.deleted)

    delete_event(href, auth=calendar.auth)
    gone = source.sync(unchanged.cursor)
    assert ({}, frozenset({href})) == (gone.changed, gone.deleted)


def test_refused_sync_token_recovers_through_etag_table(calendar):
    """A token the server rejects is replaced; the ETag table still yields changes and deletions."""
    source = source_for(calendar)
    keep = put_event(calendar.url, ics("keep"), auth=calendar.auth)
    drop = put_event(calendar.url, ics("drop"), auth=calendar.auth)
    first = source.sync(None)
    assert {keep, drop} == set(first.changed)

    cursor = first.cursor
    for state in cursor["calendars"].values():
        state["token"] = "http://example.invalid/bogus-token/12345"
    delete_event(drop, auth=calendar.auth)
    put_event(calendar.url, ics("keep", sequence=3), auth=calendar.auth, name=keep.rsplit("/", 1)[1])
    added = put_event(calendar.url, ics("new"), auth=calendar.auth)
    recovered = source.sync(cursor)
    assert ({keep, added}, frozenset({drop})) == (set(recovered.changed), recovered.deleted)
    after = source.sync(recovered.cursor)
    assert ({}, frozenset()) == (after.changed, after.deleted)


def test_etag_table_alone_when_sync_is_unsupported(calendar):
    """With sync marked unsupported in the cursor, PROPFIND + ETag diffing reports changes and deletions."""
    source = source_for(calendar)
    one = put_event(calendar.url, ics("one"), auth=calendar.auth)
    first = source.sync(None)
    cursor = first.cursor
    for state in cursor["calendars"].values():
        state["sync"], state["token"] = False, None
    delete_event(one, auth=calendar.auth)
    two = put_event(calendar.url, ics("two"), auth=calendar.auth)
    result = source.sync(cursor)
    assert ({two}, frozenset({one})) == (set(result.changed), result.deleted)


def test_discovery_from_server_root_filters_by_display_name(caldav_calendar, radicale):
    """Given the server URL, the principal's calendars are found; settings.calendars filters them by name."""
    href = put_event(caldav_calendar.url, ics("found"), auth=caldav_calendar.auth)
    everything = source_for(caldav_calendar, url=radicale.url).sync(None)
    assert [href] == list(everything.changed)
    nothing = source_for(caldav_calendar, url=radicale.url, calendars=("Personal",)).sync(None)
    assert {} == nothing.changed


def test_wrong_password_is_permanent_with_fix(caldav_calendar):
    """A refused login is a Permanent error telling the user to check the username and app password."""
    settings = CalendarSettings(name="work", kind="caldav", url=caldav_calendar.url, timeout=5)
    source = CalDavSource(settings, Credentials(username=caldav_calendar.username, password="wrong"))
    with pytest.raises(Permanent) as caught:
        source.sync(None)
    assert "check the username and app password" == caught.value.fix


def test_unreachable_server_is_transient():
    """Nothing listening on the port is a Transient error (followupd retries)."""
    settings = CalendarSettings(name="work", kind="caldav", url="http://127.0.0.1:9/cal/", timeout=2)
    with pytest.raises(Transient):
        CalDavSource(settings, None).sync(None)
