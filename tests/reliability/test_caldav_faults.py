"""CalDAV faults between the source and Radicale: 503 with Retry-After, a hung server; each failed and reported
as temporary, then the next sync gets everything."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from followupd.adapters.calendar.sources import make_source
from followupd.config.settings import CalendarSettings, Credentials
from followupd.errors import ServiceError, Transient
from tests.stack.caldav import put_event
from tests.stack.caldav_fixtures import CalDavCalendar
from tests.stack.http_faults import FaultProxy

pytestmark = pytest.mark.integration

EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd//tests//EN\r\nBEGIN:VEVENT\r\n"
    "UID:{uid}\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:20261210T130000Z\r\nDURATION:PT1H\r\n"
    "SUMMARY:Interview: Acme, Data Engineer\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def proxy(caldav_calendar: CalDavCalendar) -> Iterator[FaultProxy]:
    fault_proxy = FaultProxy(caldav_calendar.server_url)
    yield fault_proxy
    fault_proxy.stop()


def _source(calendar: CalDavCalendar, proxy: FaultProxy, *, timeout: int = 10):  # type: ignore[no-untyped-def]
    url = calendar.url.replace(calendar.server_url.rstrip("/"), proxy.url)
    settings = CalendarSettings(name="work", kind="caldav", url=url, timeout=timeout)
    return make_source(settings, Credentials(username=calendar.username, password=calendar.password))


def test_503_with_long_retry_after_is_temporary_then_recovers(
    caldav_calendar: CalDavCalendar, proxy: FaultProxy
) -> None:
    """503 with Retry-After: 3600 fails the sync at once as temporary (no hour-long hang); the next sync
    returns every event."""
    put_event(caldav_calendar.url, EVENT.format(uid="a"), auth=caldav_calendar.auth)
    source = _source(caldav_calendar, proxy)
    proxy.fail_next(503, retry_after="3600", times=20)
    started = time.monotonic()
    with pytest.raises(ServiceError) as failed:
        source.sync(None)
    assert time.monotonic() - started < 30
    assert isinstance(failed.value, Transient), repr(failed.value)
    proxy.reset()
    assert 1 == len(source.sync(None).changed)


def test_503_with_short_retry_after_is_waited_out(caldav_calendar: CalDavCalendar, proxy: FaultProxy) -> None:
    """One 503 with Retry-After: 1 is honoured (caldav's rate-limit handling) and the same sync succeeds."""
    put_event(caldav_calendar.url, EVENT.format(uid="b"), auth=caldav_calendar.auth)
    source = _source(caldav_calendar, proxy)
    proxy.fail_next(503, retry_after="1")
    assert 1 == len(source.sync(None).changed)


def test_hung_server_times_out_as_temporary(caldav_calendar: CalDavCalendar, proxy: FaultProxy) -> None:
    """A server that does not answer fails the sync within about the configured timeout, as temporary."""
    put_event(caldav_calendar.url, EVENT.format(uid="c"), auth=caldav_calendar.auth)
    source = _source(caldav_calendar, proxy, timeout=2)
    proxy.stall_next(8, times=3)
    started = time.monotonic()
    with pytest.raises(ServiceError) as failed:
        source.sync(None)
    assert time.monotonic() - started < 15
    assert isinstance(failed.value, Transient), repr(failed.value)
    proxy.reset()
    assert 1 == len(source.sync(None).changed)
