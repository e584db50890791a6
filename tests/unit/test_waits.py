"""Waits: "N business days", "N days" or a duration, added in the user's zone (weekends skipped, DST kept)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followupd.domain.waits import Wait, WaitUnit, add_wait, parse_wait

BERLIN = "Europe/Berlin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 business days", Wait(10, WaitUnit.business_days)),
        ("1 business day", Wait(1, WaitUnit.business_days)),
        ("7 days", Wait(7, WaitUnit.days)),
        ("1 Day", Wait(1, WaitUnit.days)),
        ("90s", Wait(90, WaitUnit.seconds)),
        ("2h", Wait(7200, WaitUnit.seconds)),
        ("1d", Wait(86400, WaitUnit.seconds)),
    ],
)
def test_the_accepted_forms_are_read(text: str, expected: Wait) -> None:
    assert expected == parse_wait(text)


@pytest.mark.parametrize("text", ["", "ten days", "10 weeks", "business days", "-1 days", "3", 10, None])
def test_anything_else_is_refused_naming_the_forms(text: object) -> None:
    with pytest.raises(ValueError, match="10 business days"):
        parse_wait(text)


@pytest.mark.parametrize(
    ("wait", "expected"),
    [
        (Wait(10, WaitUnit.business_days), "10 business days"),
        (Wait(1, WaitUnit.days), "1 day"),
        (Wait(90, WaitUnit.seconds), "1m30s"),
    ],
)
def test_a_wait_reads_back_as_written(wait: Wait, expected: str) -> None:
    assert expected == str(wait)


def _berlin(text: str) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(BERLIN))


@pytest.mark.parametrize(
    ("start", "wait", "expected"),
    [
        # Thursday + 2 business days = Monday (Saturday and Sunday skipped), same wall time.
        ("2026-11-26T16:00", Wait(2, WaitUnit.business_days), "2026-11-30T16:00"),
        # Friday + 1 business day = Monday.
        ("2026-11-27T10:00", Wait(1, WaitUnit.business_days), "2026-11-30T10:00"),
        # Saturday + 1 business day = Monday: a weekend counts from the Monday.
        ("2026-11-28T10:00", Wait(1, WaitUnit.business_days), "2026-11-30T10:00"),
        # Two full weeks: 10 business days from a Tuesday is the Tuesday two weeks later.
        ("2026-11-24T15:00", Wait(10, WaitUnit.business_days), "2026-12-08T15:00"),
        # Across the end of summer time (25 Oct 2026): 15:00 stays 15:00 local.
        ("2026-10-22T15:00", Wait(3, WaitUnit.business_days), "2026-10-27T15:00"),
        ("2026-10-22T15:00", Wait(7, WaitUnit.days), "2026-10-29T15:00"),
        # Across the start of summer time (29 Mar 2026).
        ("2026-03-27T09:00", Wait(1, WaitUnit.business_days), "2026-03-30T09:00"),
    ],
)
def test_days_keep_the_wall_time_in_her_zone(start: str, wait: Wait, expected: str) -> None:
    assert _berlin(expected) == add_wait(_berlin(start), wait, zone=BERLIN)


def test_a_day_across_a_dst_change_is_23_hours_of_real_time() -> None:
    """Wall time is kept, so the real time between differs: 25 Oct 2026 has 25 hours in Berlin."""
    start = datetime(2026, 10, 24, 10, 0, tzinfo=UTC)  # 12:00 in Berlin (summer time)
    later = add_wait(start, Wait(1, WaitUnit.days), zone=BERLIN)
    assert (25 * 3600, "12:00") == (
        int((later - start).total_seconds()),
        later.strftime("%H:%M"),
    )


def test_a_duration_is_real_time() -> None:
    start = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)  # a Saturday: durations ignore weekends
    assert datetime(2026, 11, 28, 10, 1, 30, tzinfo=UTC) == add_wait(
        start, Wait(90, WaitUnit.seconds), zone=BERLIN
    )
