"""Pure overview decisions: sorting, the ratings chart's geometry, the digest's content and its time."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followupd.domain.models import (
    DebriefState,
    FollowupState,
    Lifecycle,
    ReferencesState,
    ThanksState,
    Tracks,
)

__all__ = [
    "DIGEST_MAX_LATENESS",
    "Chart",
    "ChartPoint",
    "Digest",
    "Opportunity",
    "RatingPoint",
    "SortKey",
    "Waiting",
    "WaitingItem",
    "digest_content",
    "digest_week",
    "next_digest",
    "rating_chart",
    "ratings_over_time",
    "sort_opportunities",
    "waiting_for_user",
]

# A digest whose time passed while followupd was down still goes out this long afterwards; later it is skipped
# (its news is stale and the next one comes within a week).
DIGEST_MAX_LATENESS = timedelta(days=2)


@dataclass(frozen=True)
class Opportunity:
    """One interview as the overview shows it: what she answered about it and where each track stands."""

    interview_id: int
    company: str
    role: str
    start: datetime
    day: date  # the interview's date in the user's zone
    lifecycle: Lifecycle
    tracks: Tracks
    rating: float | None = None
    want_job: str | None = None  # "yes", "no", "unsure"
    money: str = ""  # her words, as she wrote them
    reservations: str = ""
    hear_back: date | None = None


class SortKey(enum.StrEnum):
    """The columns the table sorts by (the `?sort=` values and `report --sort`)."""

    date = "date"
    company = "company"
    rating = "rating"
    want_job = "want_job"
    hear_back = "hear_back"


_WANT_ORDER = {"yes": 0, "unsure": 1, "no": 2}


def _key(item: Opportunity, key: SortKey) -> tuple[float, str] | None:
    """The value sorted on as (number, text), or None when the interview has none (those go last)."""
    if key is SortKey.date:
        return (item.start.timestamp(), "")
    if key is SortKey.company:
        return (0.0, item.company.casefold()) if item.company else None
    if key is SortKey.rating:
        return (item.rating, "") if item.rating is not None else None
    if key is SortKey.want_job:
        order = _WANT_ORDER.get(item.want_job or "")
        return (order, "") if order is not None else None
    return (item.hear_back.toordinal(), "") if item.hear_back is not None else None


def sort_opportunities(
    items: Iterable[Opportunity], key: SortKey, *, descending: bool = False
) -> list[Opportunity]:
    """Sorted by `key`, ties by date then id; interviews without a value for the key always come last."""
    chronological = sorted(items, key=lambda i: (i.start, i.interview_id))
    known = [(k, i) for i in chronological if (k := _key(i, key)) is not None]
    unknown = [i for i in chronological if _key(i, key) is None]
    # sorted() is stable, also with reverse=True, so ties stay in date order in both directions.
    ordered = sorted(known, key=lambda pair: pair[0], reverse=descending)
    return [i for _k, i in ordered] + unknown


@dataclass(frozen=True)
class RatingPoint:
    day: date
    rating: float
    company: str
    interview_id: int


def ratings_over_time(items: Iterable[Opportunity]) -> tuple[RatingPoint, ...]:
    """Her ratings in date order, one point per rated interview (cancelled and ignored ones left out)."""
    rated = [i for i in items if i.rating is not None and i.lifecycle is Lifecycle.active]
    rated.sort(key=lambda i: (i.start, i.interview_id))
    return tuple(
        RatingPoint(i.day, i.rating, i.company, i.interview_id) for i in rated if i.rating is not None
    )


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    rating: float
    label: str  # "Acme, 26 Nov: 7.5/10", the point's tooltip and its text alternative


@dataclass(frozen=True)
class Chart:
    """Everything an SVG needs to draw the ratings line: view box, plot area, points, gridlines and labels."""

    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    points: tuple[ChartPoint, ...]
    grid: tuple[tuple[float, str], ...]  # (y, "0" / "5" / "10")
    x_labels: tuple[tuple[float, str, str], ...]  # (x, text, anchor)

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def _label(day: date) -> str:
    return f"{day.day} {day:%b}"


def rating_chart(points: Sequence[RatingPoint], *, width: int = 340, height: int = 170) -> Chart:
    """Ratings 0-10 on the y axis against time on the x axis; points on the same day sit side by side."""
    left, right, top, bottom = 28.0, width - 14.0, 12.0, height - 26.0
    inset = 14.0  # keeps the first and last points (and their value labels) clear of the axis labels
    first = points[0].day if points else date(2000, 1, 1)
    span = (points[-1].day - first).days if points else 0
    xs: list[float] = []
    for index, point in enumerate(points):
        if len(points) == 1:
            xs.append((left + right) / 2)
        elif span == 0:
            xs.append(left + inset + (right - left - 2 * inset) * index / (len(points) - 1))
        else:
            xs.append(left + inset + (right - left - 2 * inset) * (point.day - first).days / span)
    # Several interviews on one day would hide each other: nudge each a little right of the one before.
    for index in range(1, len(xs)):
        xs[index] = min(right, max(xs[index], xs[index - 1] + 6.0))

    def y_of(rating: float) -> float:
        return bottom - (bottom - top) * max(0.0, min(10.0, rating)) / 10

    chart_points = tuple(
        ChartPoint(
            x=round(x, 1),
            y=round(y_of(p.rating), 1),
            rating=p.rating,
            label=f"{p.company or 'Interview'}, {_label(p.day)}: {p.rating:g}/10",
        )
        for x, p in zip(xs, points, strict=True)
    )
    grid = tuple((round(y_of(v), 1), str(v)) for v in (0, 5, 10))
    labels: tuple[tuple[float, str, str], ...] = ()
    if chart_points:
        labels = ((chart_points[0].x, _label(points[0].day), "start" if len(points) > 1 else "middle"),)
        if points[-1].day != points[0].day:
            labels += ((chart_points[-1].x, _label(points[-1].day), "end"),)
    return Chart(width, height, left, right, top, bottom, chart_points, grid, labels)


# --- the weekly digest ----------------------------------------------------------------------------------------
class Waiting(enum.StrEnum):
    """Something that waits for the user herself, per track."""

    debrief = "debrief"  # the debrief questions are unanswered
    thanks = "thanks"  # thank-you notes drafted, waiting for her approval
    references = "references"  # reference heads-ups drafted, waiting for her approval
    followup = "followup"  # a check-in drafted after the hear-back date passed


def waiting_for_user(tracks: Tracks) -> tuple[Waiting, ...]:
    found = []
    if tracks.debrief is DebriefState.sent:
        found.append(Waiting.debrief)
    if tracks.thanks is ThanksState.drafted:
        found.append(Waiting.thanks)
    if tracks.references is ReferencesState.drafted:
        found.append(Waiting.references)
    if tracks.followup is FollowupState.reminded:
        found.append(Waiting.followup)
    return tuple(found)


@dataclass(frozen=True)
class WaitingItem:
    opportunity: Opportunity
    what: Waiting


@dataclass(frozen=True)
class Digest:
    """What a weekly digest reports, as of `now`."""

    past: tuple[Opportunity, ...]  # interviews in the seven days before now
    coming: tuple[Opportunity, ...]  # interviews in the seven days after now
    waiting: tuple[WaitingItem, ...]
    gone_quiet: tuple[Opportunity, ...]

    @property
    def empty(self) -> bool:
        return not (self.past or self.coming or self.waiting or self.gone_quiet)


def digest_content(items: Iterable[Opportunity], *, now: datetime) -> Digest:
    """The week around `now`, what waits for her and who has gone quiet; only active interviews count."""
    active = sorted(
        (i for i in items if i.lifecycle is Lifecycle.active), key=lambda i: (i.start, i.interview_id)
    )
    week = timedelta(days=7)
    return Digest(
        past=tuple(i for i in active if now - week <= i.start < now),
        coming=tuple(i for i in active if now <= i.start < now + week),
        waiting=tuple(WaitingItem(i, w) for i in active for w in waiting_for_user(i.tracks)),
        gone_quiet=tuple(i for i in active if i.tracks.followup is FollowupState.gone_quiet),
    )


def _at(day: date, at: time, zone: ZoneInfo) -> datetime:
    """`at` on `day` in `zone`, in UTC. A time the clocks skip (02:30 when they jump from 02:00 to 03:00) is
    read with the offset before the jump, so it lands an hour on (03:30); a time that occurs twice is the first."""
    return datetime.combine(day, at).replace(tzinfo=zone, fold=0).astimezone(UTC)


def next_digest(now: datetime, *, tz: str, weekday: int, at: time) -> datetime:
    """The first moment after `now` that is weekday `weekday` (Monday 0) at `at` in zone `tz`, in UTC."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    for offset in range(15):  # a week and a day cover any zone offset; 15 leaves room for DST edges
        day = today + timedelta(days=offset - 1)
        if day.weekday() != weekday:
            continue
        candidate = _at(day, at, zone)
        if candidate > now:
            return candidate
    raise AssertionError("unreachable: every weekday occurs within 15 days")


def digest_week(due: datetime, *, tz: str) -> str:
    """The ISO week of a digest in the user's zone ("2026-W49"): one digest per week, whatever the retries."""
    year, week, _ = due.astimezone(ZoneInfo(tz)).isocalendar()
    return f"{year}-W{week:02d}"
