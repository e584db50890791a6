"""The engine: given an interview, what happened and `now`, decide its new state and the effects to run.

The engine decides, the service executes (vdirsyncer's split): nothing here reads a clock, a socket or the
database, so every rule below is a table-driven unit test away.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime

from followupd.domain.models import CalendarEvent, Detection, Interview, Stage
from followupd.domain.policy import DebriefSettings

__all__ = [
    "CancelTimer",
    "Effect",
    "MailKind",
    "Plan",
    "QueueMail",
    "SetTimer",
    "TimerKind",
    "on_answers",
    "on_event",
    "on_event_gone",
    "on_ignore",
    "on_timer",
]


class TimerKind(enum.StrEnum):
    debrief = "debrief"
    reminder = "debrief_reminder"


class MailKind(enum.StrEnum):
    debrief = "debrief"
    reminder = "reminder"
    confirmation = "confirmation"


@dataclass(frozen=True)
class SetTimer:
    kind: TimerKind
    due: datetime


@dataclass(frozen=True)
class CancelTimer:
    kind: TimerKind


@dataclass(frozen=True)
class QueueMail:
    """Queue one message about this interview; `key` makes it unique, so a repeat decision queues nothing."""

    kind: MailKind
    key: str


Effect = SetTimer | CancelTimer | QueueMail


@dataclass(frozen=True)
class Plan:
    """The interview to save (None: leave the state as it is) and the effects that go with it."""

    interview: Interview | None
    effects: tuple[Effect, ...] = ()
    note: str = ""


NOTHING = Plan(None)
_EDITABLE = ("company", "role", "interviewers")


def _newer(event: CalendarEvent, iv: Interview) -> bool:
    """RFC 5546 ordering: a higher SEQUENCE wins, then a later DTSTAMP; equal counts as newer (a re-read)."""
    if event.sequence != iv.sequence:
        return event.sequence > iv.sequence
    if event.dtstamp is None or iv.dtstamp is None:
        return True
    return event.dtstamp >= iv.dtstamp


def on_event(
    existing: Interview | None, event: CalendarEvent, detection: Detection, *, debrief: DebriefSettings
) -> Plan:
    """A calendar occurrence was read (new, changed or unchanged)."""
    due = event.end + debrief.delay
    if existing is None:
        if not detection.is_interview or event.cancelled:
            return NOTHING
        interview = Interview(
            id=0,
            source=event.source,
            uid=event.uid,
            recurrence_id=event.recurrence_id,
            company=detection.company,
            role=detection.role,
            start=event.start,
            end=event.end,
            tzid=event.tzid,
            stage=Stage.scheduled,
            interviewers=detection.interviewers,
            meeting_link=detection.meeting_link,
            summary=event.summary,
            sequence=event.sequence,
            dtstamp=event.dtstamp,
        )
        return Plan(interview, (SetTimer(TimerKind.debrief, due),), "detected")
    if existing.stage is Stage.ignored or not _newer(event, existing):
        return NOTHING
    updated = replace(
        existing,
        start=event.start,
        end=event.end,
        tzid=event.tzid,
        summary=event.summary,
        sequence=event.sequence,
        dtstamp=event.dtstamp,
        meeting_link=detection.meeting_link or existing.meeting_link,
        **{f: getattr(detection, f) for f in _EDITABLE if f not in existing.edited and getattr(detection, f)},
    )
    withdrawn = event.cancelled or not detection.is_interview
    if withdrawn:
        if existing.stage is Stage.scheduled:
            return Plan(
                replace(updated, stage=Stage.cancelled), (CancelTimer(TimerKind.debrief),), "cancelled"
            )
        if existing.stage is Stage.debrief_sent and event.start > existing.start:
            # Cancelled after we asked about it: it did not happen as planned, so stop reminding.
            return Plan(
                replace(updated, stage=Stage.cancelled), (CancelTimer(TimerKind.reminder),), "cancelled"
            )
        return Plan(updated) if updated != existing else NOTHING
    if existing.stage is Stage.cancelled:
        return Plan(
            replace(updated, stage=Stage.scheduled), (SetTimer(TimerKind.debrief, due),), "reinstated"
        )
    if existing.stage is Stage.scheduled:
        effects: tuple[Effect, ...] = (SetTimer(TimerKind.debrief, due),) if event.end != existing.end else ()
        return Plan(updated, effects, "moved" if effects else "") if updated != existing else NOTHING
    return Plan(updated) if updated != existing else NOTHING


def on_event_gone(existing: Interview) -> Plan:
    """The calendar object holding this occurrence was deleted (or the occurrence left its series)."""
    if existing.stage is Stage.scheduled:
        return Plan(replace(existing, stage=Stage.cancelled), (CancelTimer(TimerKind.debrief),), "deleted")
    return NOTHING


def on_timer(
    existing: Interview, kind: TimerKind, *, now: datetime, debrief: DebriefSettings, answered: bool
) -> Plan:
    """A durable timer fell due (possibly late, after a restart)."""
    if kind is TimerKind.debrief:
        if existing.stage is not Stage.scheduled:
            return Plan(None, (CancelTimer(kind),))
        if now - existing.end > debrief.max_lateness:
            return Plan(replace(existing, stage=Stage.missed), (CancelTimer(kind),), "missed")
        effects: list[Effect] = [CancelTimer(kind), QueueMail(MailKind.debrief, f"debrief:{existing.id}")]
        if debrief.reminder is not None:
            effects.append(SetTimer(TimerKind.reminder, now + debrief.reminder))
        return Plan(replace(existing, stage=Stage.debrief_sent), tuple(effects), "debrief queued")
    if existing.stage is Stage.debrief_sent and not answered:
        return Plan(
            None,
            (CancelTimer(kind), QueueMail(MailKind.reminder, f"reminder:{existing.id}")),
            "reminder queued",
        )
    return Plan(None, (CancelTimer(kind),))


def on_answers(existing: Interview) -> Plan:
    """At least one answer was recorded (by reply or form)."""
    if existing.stage in (Stage.debriefed, Stage.ignored):
        return NOTHING
    return Plan(
        replace(existing, stage=Stage.debriefed),
        (CancelTimer(TimerKind.reminder), CancelTimer(TimerKind.debrief)),
        "debriefed",
    )


def on_ignore(existing: Interview) -> Plan:
    """The user said this is not an interview."""
    return Plan(
        replace(existing, stage=Stage.ignored),
        (CancelTimer(TimerKind.debrief), CancelTimer(TimerKind.reminder)),
        "ignored",
    )
