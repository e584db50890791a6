"""The debrief track: from a calendar event to the questionnaire, its reminder and the recorded answers.

Every function takes the interview as it is, what happened and the settings, and returns a Plan: the interview
to save and the effects to carry out. Nothing here reads a clock, a socket or the database (vdirsyncer's split:
decide first, then act), so every rule below is a table-driven unit test away.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from followupd.domain.models import (
    CalendarEvent,
    DebriefState,
    Detection,
    Interview,
    Lifecycle,
    Person,
    Tracks,
)
from followupd.domain.policy import DebriefSettings
from followupd.domain.workflows.plan import (
    NOTHING,
    CancelTimer,
    Effect,
    MailKind,
    Plan,
    QueueMail,
    SetTimer,
    TimerKind,
)

__all__ = [
    "on_added",
    "on_answers",
    "on_edited",
    "on_event",
    "on_event_gone",
    "on_ignore",
    "on_timer",
]

_EDITABLE = ("company", "role", "interviewers")


def _newer(event: CalendarEvent, iv: Interview) -> bool:
    """RFC 5546 ordering: a higher SEQUENCE wins, then a later DTSTAMP; equal counts as newer (a re-read)."""
    if event.sequence != iv.sequence:
        return event.sequence > iv.sequence
    if event.dtstamp is None or iv.dtstamp is None:
        return True
    return event.dtstamp >= iv.dtstamp


def _debrief(iv: Interview, state: DebriefState) -> Interview:
    return replace(iv, tracks=replace(iv.tracks, debrief=state))


def _waiting(iv: Interview) -> bool:
    return iv.lifecycle is Lifecycle.active and iv.tracks.debrief is DebriefState.waiting


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
            interviewers=detection.interviewers,
            meeting_link=detection.meeting_link,
            summary=event.summary,
            sequence=event.sequence,
            dtstamp=event.dtstamp,
        )
        return Plan(interview, (SetTimer(TimerKind.debrief, due),), "detected")
    if existing.lifecycle is Lifecycle.ignored or not _newer(event, existing):
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
    unchanged = NOTHING if updated == existing else Plan(updated)
    if event.cancelled or not detection.is_interview:
        if _waiting(existing):
            cancelled = replace(updated, lifecycle=Lifecycle.cancelled)
            return Plan(cancelled, (CancelTimer(TimerKind.debrief),), "cancelled")
        sent = existing.tracks.debrief is DebriefState.sent
        if existing.active and sent and event.start > existing.start:
            # Cancelled after we asked about it, and moved later: it did not happen as planned; stop reminding.
            cancelled = replace(updated, lifecycle=Lifecycle.cancelled)
            return Plan(cancelled, (CancelTimer(TimerKind.reminder),), "cancelled")
        return unchanged
    if existing.lifecycle is Lifecycle.cancelled:
        reinstated = replace(updated, lifecycle=Lifecycle.active)
        if reinstated.tracks.debrief is DebriefState.waiting:
            return Plan(reinstated, (SetTimer(TimerKind.debrief, due),), "reinstated")
        return Plan(reinstated, (), "reinstated")  # its debrief went out already: not a second time
    if _waiting(existing) and event.end != existing.end:
        return Plan(updated, (SetTimer(TimerKind.debrief, due),), "moved")
    return unchanged


def on_event_gone(existing: Interview) -> Plan:
    """The calendar object holding this occurrence was deleted (or the occurrence left its series)."""
    if _waiting(existing):
        cancelled = replace(existing, lifecycle=Lifecycle.cancelled)
        return Plan(cancelled, (CancelTimer(TimerKind.debrief),), "deleted")
    return NOTHING


def on_timer(
    existing: Interview,
    kind: TimerKind,
    *,
    now: datetime,
    debrief: DebriefSettings,
    answered: bool,
    debriefs_last_hour: int = 0,
) -> Plan:
    """A durable timer fell due (possibly late, after a restart). `debriefs_last_hour` counts the debriefs
    queued in the hour before `now`: past `debrief.max_per_hour` this one waits an hour."""
    if kind is TimerKind.debrief:
        if not _waiting(existing):
            return Plan(None, (CancelTimer(kind),))
        if now - existing.end > debrief.max_lateness:
            return Plan(_debrief(existing, DebriefState.missed), (CancelTimer(kind),), "missed")
        if debriefs_last_hour >= debrief.max_per_hour:
            return Plan(None, (SetTimer(kind, now + timedelta(hours=1)),), "debrief postponed")
        effects: list[Effect] = [CancelTimer(kind), QueueMail(MailKind.debrief, f"debrief:{existing.id}")]
        if debrief.reminder is not None:
            effects.append(SetTimer(TimerKind.reminder, now + debrief.reminder))
        return Plan(_debrief(existing, DebriefState.sent), tuple(effects), "debrief queued")
    if existing.active and existing.tracks.debrief is DebriefState.sent and not answered:
        return Plan(
            None,
            (CancelTimer(kind), QueueMail(MailKind.reminder, f"reminder:{existing.id}")),
            "reminder queued",
        )
    return Plan(None, (CancelTimer(kind),))


def on_answers(existing: Interview) -> Plan:
    """At least one answer was recorded (by reply or form): the interview happened, whatever the calendar says."""
    if existing.lifecycle is Lifecycle.ignored:
        return NOTHING
    if existing.tracks.debrief is DebriefState.answered and existing.active:
        return NOTHING
    answered = replace(_debrief(existing, DebriefState.answered), lifecycle=Lifecycle.active)
    return Plan(answered, (CancelTimer(TimerKind.reminder), CancelTimer(TimerKind.debrief)), "debriefed")


def on_ignore(existing: Interview) -> Plan:
    """The user said this is not an interview."""
    return Plan(
        replace(existing, lifecycle=Lifecycle.ignored),
        (CancelTimer(TimerKind.debrief), CancelTimer(TimerKind.reminder)),
        "ignored",
    )


def on_added(interview: Interview, *, debrief: DebriefSettings) -> Plan:
    """The user added an interview that is in no calendar: it is debriefed like any detected one."""
    fresh = replace(
        interview,
        id=0,
        lifecycle=Lifecycle.active,
        tracks=Tracks(),
        edited=frozenset(_EDITABLE),  # typed by hand: a calendar never overwrites it
    )
    return Plan(fresh, (SetTimer(TimerKind.debrief, fresh.end + debrief.delay),), "added")


def on_edited(
    existing: Interview,
    *,
    company: str | None = None,
    role: str | None = None,
    interviewers: tuple[Person, ...] | None = None,
) -> Plan:
    """The user corrected what detection read; those fields are no longer taken from the calendar."""
    changes: dict[str, object] = {
        name: value
        for name, value in (("company", company), ("role", role), ("interviewers", interviewers))
        if value is not None
    }
    if not changes:
        return NOTHING
    edited = replace(existing, edited=existing.edited | set(changes), **changes)  # type: ignore[arg-type]
    return Plan(edited, (), "edited")
