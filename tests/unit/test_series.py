"""Which recurring series count as interviews: short runs do, long loops do not, unless the user says so."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from followupd.domain.models import CalendarEvent, Detection
from followupd.domain.workflows.series import SERIES_LIMIT, unusual_series

T0 = datetime(2026, 12, 1, 9, tzinfo=UTC)
YES, NO = Detection(True, "keyword"), Detection(False, "no keyword")


def occurrences(
    uid: str, n: int, *, every: timedelta = timedelta(days=7), **changes: object
) -> list[CalendarEvent]:
    base = CalendarEvent(
        source="cal", uid=uid, recurrence_id="", summary="Interview", start=T0, end=T0 + timedelta(hours=1),
        tzid="UTC",
    )  # fmt: skip
    return [
        replace(
            base,
            recurrence_id=f"r{i}",
            start=T0 + i * every,
            end=T0 + i * every + timedelta(hours=1),
            **changes,
        )  # type: ignore[arg-type]
        for i in range(n)
    ]


@pytest.mark.parametrize(
    ("count", "unusual"), [(1, False), (SERIES_LIMIT, False), (SERIES_LIMIT + 1, True), (52, True)]
)
def test_a_series_is_unusual_past_the_limit(count: int, unusual: bool) -> None:
    """Up to SERIES_LIMIT interview occurrences are a process; more are a loop."""
    found = [(e, YES) for e in occurrences("s", count)]
    assert unusual == ("s" in unusual_series(found))


def test_only_interview_occurrences_that_happen_count() -> None:
    """Occurrences detection rejects, cancelled ones and single events do not make a series unusual."""
    found = (
        [(e, YES) for e in occurrences("s", SERIES_LIMIT)]
        + [(e, NO) for e in occurrences("s", 5, every=timedelta(days=1))]
        + [(e, YES) for e in occurrences("s", 5, every=timedelta(hours=1), status="CANCELLED")]
        + [(replace(e, recurrence_id=""), YES) for e in occurrences("single", 9)]
    )
    assert {} == unusual_series(found)


def test_a_tracked_series_is_never_unusual() -> None:
    """The user's [interviews] track_series keeps a long series as interviews."""
    found = [(e, YES) for e in occurrences("s", 30)]
    assert {} == unusual_series(found, tracked=("s",))
    assert [e.start for e, _ in found] == [e.start for e in unusual_series(found)["s"]]
