"""The sending window for mail to contacts: weekdays 08:00-19:00 in the recipient's zone, across DST."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from followupd.domain.schedule import next_window_opening, recipient_zone

WEEKDAYS = (0, 1, 2, 3, 4)
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("now", "tz", "expected"),
    [
        # Thursday 10:00 in Berlin: inside, leaves now.
        (
            datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN),
            "Europe/Berlin",
            datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN),
        ),
        # Thursday 19:00 sharp: the window has closed; Friday 08:00.
        (
            datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN),
            "Europe/Berlin",
            datetime(2026, 11, 27, 8, 0, tzinfo=BERLIN),
        ),
        # Thursday 06:30: later the same day.
        (
            datetime(2026, 11, 26, 6, 30, tzinfo=BERLIN),
            "Europe/Berlin",
            datetime(2026, 11, 26, 8, 0, tzinfo=BERLIN),
        ),
        # Friday 20:00: Monday 08:00.
        (
            datetime(2026, 11, 27, 20, 0, tzinfo=BERLIN),
            "Europe/Berlin",
            datetime(2026, 11, 30, 8, 0, tzinfo=BERLIN),
        ),
        # Saturday noon: Monday.
        (
            datetime(2026, 11, 28, 12, 0, tzinfo=BERLIN),
            "Europe/Berlin",
            datetime(2026, 11, 30, 8, 0, tzinfo=BERLIN),
        ),
        # 20:00 in Berlin is 14:00 in New York: inside the recipient's window.
        (
            datetime(2026, 11, 26, 20, 0, tzinfo=BERLIN),
            "America/New_York",
            datetime(2026, 11, 26, 20, 0, tzinfo=BERLIN),
        ),
        # 07:00 Monday in Berlin is 01:00 in New York: 08:00 New York time.
        (
            datetime(2026, 11, 30, 7, 0, tzinfo=BERLIN),
            "America/New_York",
            datetime(2026, 11, 30, 8, 0, tzinfo=NEW_YORK),
        ),
        # Saturday before the spring change in Berlin (Sunday 29 March 2026): Monday 08:00 CEST (UTC+2).
        (
            datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN),
            "Europe/Berlin",
            datetime(2026, 3, 30, 6, 0, tzinfo=UTC),
        ),
        # Friday evening before the autumn change (Sunday 25 October 2026): Monday 08:00 CET (UTC+1).
        (
            datetime(2026, 10, 23, 19, 30, tzinfo=BERLIN),
            "Europe/Berlin",
            datetime(2026, 10, 26, 7, 0, tzinfo=UTC),
        ),
    ],
)
def test_next_window_opening(now: datetime, tz: str, expected: datetime) -> None:
    opening = next_window_opening(now, tz=tz, window_start=time(8), window_end=time(19), weekdays=WEEKDAYS)
    assert expected == opening


def test_an_opening_inside_a_dst_gap_moves_forward_by_the_gap() -> None:
    """A window opening at 02:30 on the spring-forward Sunday (no such wall time) opens at 03:30 CEST."""
    now = datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN)
    opening = next_window_opening(
        now, tz="Europe/Berlin", window_start=time(2, 30), window_end=time(19), weekdays=(6,)
    )
    assert datetime(2026, 3, 29, 1, 30, tzinfo=UTC) == opening


@pytest.mark.parametrize(
    ("tzid", "expected"),
    [
        ("America/New_York", "America/New_York"),
        ("UTC", "Europe/Berlin"),
        ("", "Europe/Berlin"),
        ("Mars/Base", "Europe/Berlin"),
    ],
)
def test_recipient_zone_is_the_events_zone_else_the_users(tzid: str, expected: str) -> None:
    assert expected == recipient_zone(tzid, "Europe/Berlin")
