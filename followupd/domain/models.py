"""The domain's value types: calendar events as read, interviews as tracked, and the state of each track."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

__all__ = [
    "Attendee",
    "CalendarEvent",
    "DebriefState",
    "Detection",
    "FollowupState",
    "Interview",
    "Lifecycle",
    "Person",
    "ReferencesState",
    "Stage",
    "ThanksState",
    "Tracks",
    "derive_stage",
]


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
    """One word for where an interview is, derived from its lifecycle and debrief track (kept for --json)."""

    scheduled = "scheduled"  # detected, not yet over
    debrief_sent = "debrief_sent"  # questionnaire mailed, waiting for answers
    debriefed = "debriefed"  # at least one answer recorded
    missed = "missed"  # ended longer than max_lateness ago before we could debrief
    cancelled = "cancelled"  # cancelled or deleted in the calendar
    ignored = "ignored"  # the user said this is not an interview


class Lifecycle(enum.StrEnum):
    """Whether the interview is happening at all; the tracks run only while it is active."""

    active = "active"
    cancelled = "cancelled"  # cancelled or deleted in the calendar (may be reinstated)
    ignored = "ignored"  # the user said this is not an interview (final)


class DebriefState(enum.StrEnum):
    waiting = "waiting"  # the interview has not ended yet (a debrief timer is set)
    sent = "sent"  # questionnaire queued or mailed, no answer yet
    answered = "answered"  # at least one answer recorded
    missed = "missed"  # ended longer than max_lateness ago before we could ask


class ThanksState(enum.StrEnum):
    not_started = "not_started"
    drafted = "drafted"  # notes drafted, waiting for the user's approval
    approved = "approved"  # approved, waiting for the sending window
    sent = "sent"
    skipped = "skipped"


class ReferencesState(enum.StrEnum):
    not_started = "not_started"
    drafted = "drafted"
    told = "told"
    skipped = "skipped"


class FollowupState(enum.StrEnum):
    not_started = "not_started"
    waiting = "waiting"  # waiting for the hear-back date plus grace
    reminded = "reminded"
    heard_back = "heard_back"
    gone_quiet = "gone_quiet"


@dataclass(frozen=True)
class Tracks:
    """One state per concern of an interview; they move independently (debriefed while a note awaits approval)."""

    debrief: DebriefState = DebriefState.waiting
    thanks: ThanksState = ThanksState.not_started
    references: ReferencesState = ReferencesState.not_started
    followup: FollowupState = FollowupState.not_started


def derive_stage(lifecycle: Lifecycle, debrief: DebriefState) -> Stage:
    """The one-word summary older --json readers know, computed from the lifecycle and the debrief track."""
    if lifecycle is Lifecycle.cancelled:
        return Stage.cancelled
    if lifecycle is Lifecycle.ignored:
        return Stage.ignored
    return {
        DebriefState.waiting: Stage.scheduled,
        DebriefState.sent: Stage.debrief_sent,
        DebriefState.answered: Stage.debriefed,
        DebriefState.missed: Stage.missed,
    }[debrief]


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
    lifecycle: Lifecycle = Lifecycle.active
    tracks: Tracks = field(default_factory=Tracks)
    interviewers: tuple[Person, ...] = ()
    meeting_link: str = ""
    summary: str = ""
    sequence: int = 0
    dtstamp: datetime | None = None
    edited: frozenset[str] = field(default_factory=frozenset)  # fields the user corrected by hand

    @property
    def stage(self) -> Stage:
        return derive_stage(self.lifecycle, self.tracks.debrief)

    @property
    def active(self) -> bool:
        return self.lifecycle is Lifecycle.active
