"""When mail may leave: quiet hours for mail to the user, the sending window for mail to others."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = ["after_quiet_hours", "next_window_opening", "recipient_zone"]


def _in_range(t: time, start: time, end: time) -> bool:
    """Whether t lies in [start, end); a range like 22:00-07:00 wraps past midnight."""
    return start <= t < end if start <= end else (t >= start or t < end)


def after_quiet_hours(now: datetime, *, tz: str, start: time | None, end: time | None) -> datetime:
    """`now` if it is outside the quiet hours in zone `tz`, else the moment they end (aware, in `tz`)."""
    if start is None or end is None or start == end:
        return now
    local = now.astimezone(ZoneInfo(tz))
    if not _in_range(local.time(), start, end):
        return now
    day = local.date() if local.time() < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=ZoneInfo(tz))


def recipient_zone(tzid: str, user_tz: str) -> str:
    """The zone a recipient lives in, as far as we know: the event's own zone when the organizer's calendar
    wrote one (an IANA name other than UTC), else the user's."""
    if not tzid or tzid.upper() in {"UTC", "Z", "GMT", "ETC/UTC"}:
        return user_tz
    try:
        ZoneInfo(tzid)
    except (ValueError, KeyError, OSError):
        return user_tz
    return tzid


def next_window_opening(
    now: datetime, *, tz: str, window_start: time, window_end: time, weekdays: tuple[int, ...]
) -> datetime:
    """`now` when it lies inside the sending window in zone `tz` (a weekday in `weekdays`, Monday = 0, between
    window_start and window_end), else the window's next opening. A wall time that a DST change skips is
    moved forward by the gap, as a clock on the wall would be."""
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    days = set(weekdays) or set(range(7))
    if local.weekday() in days and _in_window(local.time(), window_start, window_end):
        return now
    day = local.date()
    for offset in range(8):
        candidate_day = day + timedelta(days=offset)
        if candidate_day.weekday() not in days:
            continue
        opening = datetime.combine(candidate_day, window_start, tzinfo=zone)
        # Round-trip through UTC: a nonexistent local time (spring forward) becomes the real instant after it.
        opening = opening.astimezone(ZoneInfo("UTC")).astimezone(zone)
        if opening > local:
            return opening
    raise ValueError("no sending window in a week")  # unreachable: `days` is never empty


def _in_window(t: time, start: time, end: time) -> bool:
    if start == end:
        return True  # a window of zero width means no restriction
    return _in_range(t, start, end)
