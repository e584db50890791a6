"""Recurring events titled as interviews: a series counts only when its rhythm fits an interview process."""

from __future__ import annotations

from collections.abc import Iterable

from followupd.domain.models import CalendarEvent, Detection

__all__ = ["SERIES_LIMIT", "unusual_series"]

# Interviews are rarely recurring events; when they are, it is a short run (three rounds on three days). A
# series with more interview occurrences than this in the calendar window (about two months) is a weekly
# practice loop, a standing "Interviews" block or a mistake, and mailing a debrief for each would flood the user.
SERIES_LIMIT = 3


def unusual_series(
    found: Iterable[tuple[CalendarEvent, Detection]],
    *,
    tracked: Iterable[str] = (),
    limit: int = SERIES_LIMIT,
) -> dict[str, list[CalendarEvent]]:
    """The series (by UID) whose occurrences detected as interviews are more than `limit`: none of them is
    treated as an interview, and the user is asked once. Series the user named in `tracked` always count."""
    keep = set(tracked)
    by_uid: dict[str, list[CalendarEvent]] = {}
    for event, detection in found:
        if event.recurrence_id and detection.is_interview and not event.cancelled and event.uid not in keep:
            by_uid.setdefault(event.uid, []).append(event)
    return {
        uid: sorted(events, key=lambda e: e.start) for uid, events in by_uid.items() if len(events) > limit
    }
