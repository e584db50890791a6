"""When mail may leave: quiet hours for mail to the user (and, later, sending windows for mail to others)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = ["after_quiet_hours"]


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
