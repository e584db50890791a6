"""The domain's value types: calendar events as read, interviews as tracked, and their stages."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["Attendee", "CalendarEvent", "Detection", "Interview", "Person", "Stage"]


@dataclass(frozen=True)
class Person:
    """Someone with a name and an address (an interviewer, a reference)."""

    name: str
    email: str

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else self.email.split("@")[0]


@dataclass(frozen=True)
class Attendee:
    """An ATTENDEE or ORGANIZER as the calendar gives it (RFC 5545 section 3.8.4.1)."""

    email: str
    name: str = ""
    cutype: str = "INDIVIDUAL"  # INDIVIDUAL, GROUP, RESOURCE, ROOM, UNKNOWN
    partstat: str = "NEEDS-ACTION"  # ACCEPTED, DECLINED, TENTATIVE, ...
    role: str = "REQ-PARTICIPANT"


@dataclass(frozen=True)
class CalendarEvent:
    """One occurrence of a calendar event, times already resolved to aware datetimes.

    Occurrences are keyed by (source, uid, recurrence_id); recurrence_id is "" for a single event and the
    occurrence's original start in UTC ISO form for a member of a series.
    """

    source: str
    uid: str
    recurrence_id: str
    summary: str
    start: datetime
    end: datetime
    tzid: str  # IANA name the event was written in; the user's zone for floating times, "UTC" for UTC ones
    description: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()
    all_day: bool = False
    floating: bool = False  # written without a zone; resolved in the user's zone
    status: str = "CONFIRMED"  # CONFIRMED, TENTATIVE, CANCELLED
    sequence: int = 0
    dtstamp: datetime | None = None
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    url: str = ""
    calendar_name: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.uid, self.recurrence_id)

    @property
    def cancelled(self) -> bool:
        return self.status.upper() == "CANCELLED"


@dataclass(frozen=True)
class Detection:
    """What interview detection made of one event, and the rule that decided."""

    is_interview: bool
    rule: str
    company: str = ""
    role: str = ""
    interviewers: tuple[Person, ...] = ()
    meeting_link: str = ""


class Stage(enum.StrEnum):
    """Where an interview is in its life; stored by value."""

    scheduled = "scheduled"  # detected, not yet over
    debrief_sent = "debrief_sent"  # questionnaire mailed, waiting for answers
    debriefed = "debriefed"  # at least one answer recorded
    missed = "missed"  # ended longer than max_lateness ago before we could debrief
    cancelled = "cancelled"  # cancelled or deleted in the calendar
    ignored = "ignored"  # the user said this is not an interview


@dataclass(frozen=True)
class Interview:
    """An interview as followupd tracks it (one row of the interviews table)."""

    id: int
    source: str
    uid: str
    recurrence_id: str
    company: str
    role: str
    start: datetime
    end: datetime
    tzid: str
    stage: Stage
    interviewers: tuple[Person, ...] = ()
    meeting_link: str = ""
    summary: str = ""
    sequence: int = 0
    dtstamp: datetime | None = None
    edited: frozenset[str] = field(default_factory=frozenset)  # fields the user corrected by hand
