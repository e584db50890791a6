"""Quiet hours: mail to the user waits until they end, across midnight and DST."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from followupd.domain.schedule import after_quiet_hours

TZ = "Europe/Berlin"


@pytest.mark.parametrize(
    ("now_utc", "expected_local"),
    [
        (datetime(2026, 11, 26, 12, 0, tzinfo=UTC), None),  # 13:00 Berlin: not quiet
        (datetime(2026, 11, 26, 22, 30, tzinfo=UTC), "2026-11-27 07:00"),  # 23:30: wait for the morning
        (datetime(2026, 11, 26, 3, 0, tzinfo=UTC), "2026-11-26 07:00"),  # 04:00: same day
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "2026-10-25 07:00"),  # the night DST ends
    ],
)
def test_quiet_hours_22_to_7(now_utc: datetime, expected_local: str | None) -> None:
    """Inside 22:00-07:00 local the mail waits until 07:00 local; outside it leaves now."""
    got = after_quiet_hours(now_utc, tz=TZ, start=time(22), end=time(7))
    if expected_local is None:
        assert got == now_utc
    else:
        assert got.strftime("%Y-%m-%d %H:%M") == expected_local and got.utcoffset() is not None


def test_no_quiet_hours() -> None:
    """Without quiet hours nothing waits."""
    now = datetime(2026, 11, 26, 23, tzinfo=UTC)
    assert after_quiet_hours(now, tz=TZ, start=None, end=None) == now
