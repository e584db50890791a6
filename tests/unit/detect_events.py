"""One interview-shaped calendar event for the detection tests: Jane Doe of another company invites Maya."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from followupd.domain.models import Attendee, CalendarEvent

UTC = ZoneInfo("UTC")
ME = ("maya@example.org",)
MAYA = Attendee("maya@example.org", "Maya Example")
JANE = Attendee("jane.doe@hiring.example", "Jane Doe")


def event(summary: str, **changes: object) -> CalendarEvent:
    """An hour on 2 March 2027 organised by Jane, with Jane and Maya attending; `changes` replace any field."""
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2027, 3, 2, 9, tzinfo=UTC),
        end=datetime(2027, 3, 2, 10, tzinfo=UTC),
        tzid="UTC",
        organizer=JANE,
        attendees=(JANE, MAYA),
    )
    return replace(base, **changes)  # type: ignore[arg-type]
