"""The overview's pure parts: sorting, ratings over time, the chart's geometry, digest content and its time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from followupd.domain.models import (
    DebriefState,
    FollowupState,
    Lifecycle,
    ReferencesState,
    ThanksState,
    Tracks,
)
from followupd.domain.overview import (
    Opportunity,
    RatingPoint,
    SortKey,
    Waiting,
    digest_content,
    digest_week,
    next_digest,
    rating_chart,
    ratings_over_time,
    sort_opportunities,
    waiting_for_user,
)

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)


def opp(
    interview_id: int,
    company: str,
    days_ago: float,
    *,
    rating: float | None = None,
    want: str | None = None,
    hear_back: date | None = None,
    tracks: Tracks | None = None,
    lifecycle: Lifecycle = Lifecycle.active,
) -> Opportunity:
    start = NOW - timedelta(days=days_ago)
    return Opportunity(
        interview_id=interview_id,
        company=company,
        role="",
        start=start,
        day=start.date(),
        lifecycle=lifecycle,
        tracks=tracks or Tracks(),
        rating=rating,
        want_job=want,
        hear_back=hear_back,
    )


ITEMS = [
    opp(1, "acme", 10, rating=7, want="yes", hear_back=date(2026, 12, 4)),
    opp(2, "Globex", 20, rating=4, want="no"),
    opp(3, "", 5, want="unsure", hear_back=date(2026, 11, 30)),
    opp(4, "Hooli", 1, rating=7, want="yes"),
]


@pytest.mark.parametrize(
    ("key", "descending", "expected"),
    [
        (SortKey.date, False, [2, 1, 3, 4]),
        (SortKey.date, True, [4, 3, 1, 2]),
        (SortKey.company, False, [1, 2, 4, 3]),  # case-insensitive; no company goes last
        (SortKey.company, True, [4, 2, 1, 3]),
        (SortKey.rating, False, [2, 1, 4, 3]),  # a tie (1 and 4, both 7) keeps date order
        (SortKey.rating, True, [1, 4, 2, 3]),  # ... in both directions; unrated last either way
        (SortKey.want_job, False, [1, 4, 3, 2]),  # yes, not sure, no
        (SortKey.want_job, True, [2, 3, 1, 4]),
        (SortKey.hear_back, False, [3, 1, 2, 4]),  # no date: last, in date order
        (SortKey.hear_back, True, [1, 3, 2, 4]),
    ],
)
def test_sorting_by_each_column(key: SortKey, descending: bool, expected: list[int]) -> None:
    """Each column sorts both ways; missing values always go last, ties stay in date order."""
    assert expected == [i.interview_id for i in sort_opportunities(ITEMS, key, descending=descending)]


def test_ratings_over_time_in_date_order_without_cancelled_or_unrated() -> None:
    """One point per rated, active interview, oldest first."""
    items = [*ITEMS, opp(5, "Vandelay", 3, rating=9, lifecycle=Lifecycle.cancelled)]
    assert [(2, 4.0), (1, 7.0), (4, 7.0)] == [(p.interview_id, p.rating) for p in ratings_over_time(items)]


def points(*pairs: tuple[date, float]) -> list[RatingPoint]:
    return [RatingPoint(day, rating, f"C{n}", n) for n, (day, rating) in enumerate(pairs)]


@pytest.mark.parametrize(
    ("given", "expected_xy"),
    [
        ([], []),
        ([(date(2026, 11, 1), 5)], [(177.0, 78.0)]),  # alone: in the middle
        (
            [(date(2026, 11, 1), 0), (date(2026, 11, 11), 10), (date(2026, 11, 21), 5)],
            [(42.0, 144.0), (177.0, 12.0), (312.0, 78.0)],  # x proportional to time, y 0 at the bottom
        ),
        ([(date(2026, 11, 1), 3), (date(2026, 11, 1), 8)], [(42.0, 104.4), (312.0, 38.4)]),  # one day: spread
        (
            [(date(2026, 11, 1), 3), (date(2026, 12, 31), 8), (date(2026, 12, 31), 9)],
            [(42.0, 104.4), (312.0, 38.4), (318.0, 25.2)],  # same day as the one before: nudged right
        ),
    ],
)
def test_chart_geometry(given: list[tuple[date, float]], expected_xy: list[tuple[float, float]]) -> None:
    """Points map into the 340x170 plot: 0-10 bottom to top, first to last date left to right."""
    chart = rating_chart(points(*given))
    assert expected_xy == [(p.x, p.y) for p in chart.points]
    assert [(144.0, "0"), (78.0, "5"), (12.0, "10")] == list(chart.grid)


def test_chart_labels_and_polyline() -> None:
    """The first and last dates label the x axis; each point's label names company, day and rating."""
    chart = rating_chart(points((date(2026, 11, 3), 4), (date(2026, 11, 26), 7.5)))
    assert [(42.0, "3 Nov", "start"), (312.0, "26 Nov", "end")] == list(chart.x_labels)
    assert ["C0, 3 Nov: 4/10", "C1, 26 Nov: 7.5/10"] == [p.label for p in chart.points]
    assert "42.0,91.2 312.0,45.0" == chart.polyline


@pytest.mark.parametrize(
    ("tracks", "expected"),
    [
        (Tracks(), ()),
        (Tracks(debrief=DebriefState.sent), (Waiting.debrief,)),
        (Tracks(DebriefState.answered, ThanksState.drafted), (Waiting.thanks,)),
        (Tracks(references=ReferencesState.drafted), (Waiting.references,)),
        (Tracks(followup=FollowupState.reminded), (Waiting.followup,)),
        (Tracks(DebriefState.sent, ThanksState.drafted), (Waiting.debrief, Waiting.thanks)),
        (Tracks(DebriefState.answered, ThanksState.sent, ReferencesState.told, FollowupState.gone_quiet), ()),
    ],
)
def test_what_waits_for_the_user(tracks: Tracks, expected: tuple[Waiting, ...]) -> None:
    """Only what she herself has to do: answer the debrief or approve a draft."""
    assert expected == waiting_for_user(tracks)


def test_digest_content_splits_the_week_and_leaves_out_cancelled() -> None:
    """The seven days before and after now; waiting and gone-quiet only for active interviews."""
    items = [
        opp(1, "Old", 8),
        opp(2, "Past", 6.9, tracks=Tracks(debrief=DebriefState.sent)),
        opp(3, "Soon", -2),
        opp(4, "Far", -7.1),
        opp(5, "Quiet", 30, tracks=Tracks(DebriefState.answered, followup=FollowupState.gone_quiet)),
        opp(6, "Gone", 1, tracks=Tracks(debrief=DebriefState.sent), lifecycle=Lifecycle.cancelled),
    ]
    digest = digest_content(items, now=NOW)
    assert [2] == [i.interview_id for i in digest.past]
    assert [3] == [i.interview_id for i in digest.coming]
    assert [(2, Waiting.debrief)] == [(w.opportunity.interview_id, w.what) for w in digest.waiting]
    assert [5] == [i.interview_id for i in digest.gone_quiet]
    assert digest_content([], now=NOW).empty


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "weekday", "at", "expected"),
    [
        ("2026-11-26 16:00", 0, time(8), "2026-11-30 07:00"),  # Thursday -> Monday 08:00 CET
        ("2026-11-30 06:59", 0, time(8), "2026-11-30 07:00"),  # the same Monday, a minute before
        ("2026-11-30 07:00", 0, time(8), "2026-12-07 07:00"),  # exactly then: the next week's
        ("2026-11-29 23:30", 0, time(0, 15), "2026-12-06 23:15"),  # Monday 00:15 Berlin is Sunday in UTC
        ("2026-03-27 12:00", 0, time(8), "2026-03-30 06:00"),  # across spring DST: 08:00 CEST
        ("2026-10-23 12:00", 0, time(8), "2026-10-26 07:00"),  # across autumn DST: 08:00 CET
        ("2026-03-28 12:00", 6, time(2, 30), "2026-03-29 01:30"),  # 02:30 skipped: 03:30 CEST, an hour on
        ("2026-10-24 12:00", 6, time(2, 30), "2026-10-25 00:30"),  # 02:30 twice: the first one (CEST)
        ("2026-10-25 00:45", 6, time(2, 30), "2026-11-01 01:30"),  # after the first 02:30: next week's
    ],
)
def test_next_digest_in_berlin(now: str, weekday: int, at: time, expected: str) -> None:
    """The next weekday-at-time in Europe/Berlin, strictly after now, the same wall time across DST."""
    assert utc(expected) == next_digest(utc(now), tz="Europe/Berlin", weekday=weekday, at=at)


def test_next_digest_east_of_utc_on_another_day() -> None:
    """Monday 08:00 in Auckland is Sunday evening in UTC."""
    found = next_digest(utc("2026-11-26 16:00"), tz="Pacific/Auckland", weekday=0, at=time(8))
    assert utc("2026-11-29 19:00") == found


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("2026-11-30 07:00", "2026-W49"),
        ("2026-11-29 23:30", "2026-W49"),  # Sunday in UTC, Monday 00:30 in Berlin
        ("2026-12-28 07:00", "2026-W53"),
        ("2027-01-04 07:00", "2027-W01"),
    ],
)
def test_digest_week_is_the_iso_week_in_the_users_zone(due: str, expected: str) -> None:
    """The dedupe key's week is counted in her zone, so one digest goes out per ISO week."""
    assert expected == digest_week(utc(due), tz="Europe/Berlin")
