"""The debrief track's decisions: detection to timers, moves, cancels, late starts, reminders, answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from followupd.config.settings import DebriefSettings
from followupd.domain.models import (
    CalendarEvent,
    DebriefState,
    Detection,
    Lifecycle,
    Person,
    Stage,
    ThanksState,
    Tracks,
)
from followupd.domain.workflows import debrief as engine
from followupd.domain.workflows.plan import NOTHING, CancelTimer, MailKind, QueueMail, SetTimer, TimerKind
from tests.support import at_stage

T0 = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)
DEBRIEF = DebriefSettings()
YES = Detection(
    True,
    "keyword 'interview' in summary",
    company="Acme",
    role="Backend Engineer",
    interviewers=(Person("Jane Doe", "jane@acme.example"),),
)
NO = Detection(False, "no keyword or rule matched")


def event(**changes: object) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary="Interview: Acme, Backend Engineer",
        start=T0,
        end=T0 + timedelta(hours=1),
        tzid="Europe/Berlin",
        sequence=0,
        dtstamp=T0 - timedelta(days=3),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def tracked(stage: Stage = Stage.scheduled, **changes: object):
    plan = engine.on_event(None, event(), YES, debrief=DEBRIEF)
    assert plan.interview is not None
    return replace(plan.interview, id=7, **at_stage(stage), **changes)  # type: ignore[arg-type]


def test_new_interview_gets_a_debrief_timer_at_end_plus_delay() -> None:
    """A detected interview is tracked as scheduled with a timer at its end plus debrief.delay."""
    plan = engine.on_event(None, event(), YES, debrief=DEBRIEF)
    assert plan.interview is not None
    assert (plan.interview.stage, plan.interview.company) == (Stage.scheduled, "Acme")
    assert plan.effects == (SetTimer(TimerKind.debrief, T0 + timedelta(hours=1, minutes=10)),)


@pytest.mark.parametrize(("ev", "det"), [(event(), NO), (event(status="CANCELLED"), YES)])
def test_non_interviews_and_cancelled_new_events_are_not_tracked(ev: CalendarEvent, det: Detection) -> None:
    """An event that is not an interview, or arrives already cancelled, changes nothing."""
    assert engine.on_event(None, ev, det, debrief=DEBRIEF) == NOTHING


def test_moved_interview_moves_its_timer() -> None:
    """A reschedule with a higher SEQUENCE re-plans the debrief at the new end."""
    later = T0 + timedelta(days=1)
    plan = engine.on_event(
        tracked(), event(start=later, end=later + timedelta(hours=1), sequence=1), YES, debrief=DEBRIEF
    )
    assert plan.interview is not None and plan.interview.start == later
    assert plan.effects == (SetTimer(TimerKind.debrief, later + timedelta(hours=1, minutes=10)),)


def test_stale_update_with_lower_sequence_is_ignored() -> None:
    """An older copy of the event (lower SEQUENCE) never undoes a newer one."""
    current = tracked(sequence=3)
    assert (
        engine.on_event(current, event(start=T0 - timedelta(days=1), sequence=2), YES, debrief=DEBRIEF)
        == NOTHING
    )


def test_same_sequence_later_dtstamp_wins() -> None:
    """With equal SEQUENCE the later DTSTAMP wins (Exchange does not always bump SEQUENCE)."""
    current = tracked()
    plan = engine.on_event(current, event(status="CANCELLED", dtstamp=T0), YES, debrief=DEBRIEF)
    assert plan.interview is not None and plan.interview.stage is Stage.cancelled
    older = engine.on_event(
        current, event(status="CANCELLED", dtstamp=T0 - timedelta(days=9)), YES, debrief=DEBRIEF
    )
    assert older == NOTHING


def test_cancel_withdraws_a_pending_debrief_and_reinstating_restores_it() -> None:
    """Cancelled: the timer goes; un-cancelled later: it comes back."""
    plan = engine.on_event(tracked(), event(status="CANCELLED", sequence=1), YES, debrief=DEBRIEF)
    assert plan.effects == (CancelTimer(TimerKind.debrief),)
    assert plan.interview is not None
    back = engine.on_event(plan.interview, event(sequence=2), YES, debrief=DEBRIEF)
    assert back.interview is not None and back.interview.stage is Stage.scheduled
    assert back.effects == (SetTimer(TimerKind.debrief, T0 + timedelta(hours=1, minutes=10)),)


def test_deleted_event_withdraws_a_scheduled_interview_only() -> None:
    """Deleting the calendar object cancels a pending debrief, but not one already answered."""
    assert engine.on_event_gone(tracked()).effects == (CancelTimer(TimerKind.debrief),)
    assert engine.on_event_gone(tracked(Stage.debriefed)) == NOTHING


def test_user_edits_survive_calendar_updates() -> None:
    """A company corrected by hand is not overwritten by the next sync."""
    current = tracked(company="Acme Corporation", edited=frozenset({"company"}))
    plan = engine.on_event(
        current,
        event(summary="Interview: Acme, Staff Engineer", sequence=1),
        replace(YES, role="Staff Engineer"),
        debrief=DEBRIEF,
    )
    assert plan.interview is not None
    assert (plan.interview.company, plan.interview.role) == ("Acme Corporation", "Staff Engineer")


def test_debrief_timer_queues_exactly_one_debrief_and_a_reminder() -> None:
    """When the timer fires the debrief is queued under a per-interview key and a reminder is planned."""
    now = T0 + timedelta(hours=1, minutes=10)
    plan = engine.on_timer(tracked(), TimerKind.debrief, now=now, debrief=DEBRIEF, answered=False)
    assert plan.interview is not None and plan.interview.stage is Stage.debrief_sent
    assert plan.effects == (
        CancelTimer(TimerKind.debrief),
        QueueMail(MailKind.debrief, "debrief:7"),
        SetTimer(TimerKind.reminder, now + timedelta(hours=3)),
    )


def test_debrief_after_max_lateness_is_recorded_as_missed() -> None:
    """A daemon that was down for days records the debrief as missed instead of sending it late."""
    now = T0 + timedelta(hours=1) + DEBRIEF.max_lateness + timedelta(minutes=1)
    plan = engine.on_timer(tracked(), TimerKind.debrief, now=now, debrief=DEBRIEF, answered=False)
    assert plan.interview is not None and plan.interview.stage is Stage.missed
    assert not any(isinstance(e, QueueMail) for e in plan.effects)


def test_late_but_within_max_lateness_still_sends() -> None:
    """Down when the timer fell due but back within max_lateness: the debrief still goes out."""
    now = T0 + timedelta(hours=20)
    plan = engine.on_timer(tracked(), TimerKind.debrief, now=now, debrief=DEBRIEF, answered=False)
    assert QueueMail(MailKind.debrief, "debrief:7") in plan.effects


def test_reminder_only_when_unanswered_and_can_be_switched_off() -> None:
    """The reminder goes out once if nothing was answered; never when switched off."""
    sent = tracked(Stage.debrief_sent)
    assert (
        QueueMail(MailKind.reminder, "reminder:7")
        in engine.on_timer(sent, TimerKind.reminder, now=T0, debrief=DEBRIEF, answered=False).effects
    )
    assert engine.on_timer(sent, TimerKind.reminder, now=T0, debrief=DEBRIEF, answered=True).effects == (
        CancelTimer(TimerKind.reminder),
    )
    off = DebriefSettings(reminder=None)
    plan = engine.on_timer(
        tracked(), TimerKind.debrief, now=T0 + timedelta(hours=1), debrief=off, answered=False
    )
    assert not any(isinstance(e, SetTimer) for e in plan.effects)


def test_fired_timer_on_cancelled_interview_sends_nothing() -> None:
    """A timer that survived a cancel (a race) sends nothing."""
    plan = engine.on_timer(
        tracked(Stage.cancelled), TimerKind.debrief, now=T0, debrief=DEBRIEF, answered=False
    )
    assert plan.effects == (CancelTimer(TimerKind.debrief),)


def test_answers_move_to_debriefed_and_stop_reminders() -> None:
    """The first answer ends the reminder."""
    plan = engine.on_answers(tracked(Stage.debrief_sent))
    assert plan.interview is not None and plan.interview.stage is Stage.debriefed
    assert CancelTimer(TimerKind.reminder) in plan.effects


def test_ignored_interview_is_never_touched_by_sync() -> None:
    """After `interviews ignore`, calendar updates change nothing."""
    assert engine.on_event(tracked(Stage.ignored), event(sequence=5), YES, debrief=DEBRIEF) == NOTHING


def test_reinstated_after_its_debrief_went_out_sends_no_second_one() -> None:
    """Cancelled after the debrief was sent, then back in the calendar: active again, no new debrief timer."""
    cancelled = replace(tracked(Stage.debrief_sent), lifecycle=Lifecycle.cancelled)
    plan = engine.on_event(cancelled, event(sequence=3), YES, debrief=DEBRIEF)
    assert plan.interview is not None
    assert (Lifecycle.active, DebriefState.sent, ()) == (
        plan.interview.lifecycle,
        plan.interview.tracks.debrief,
        plan.effects,
    )


def test_answers_for_a_cancelled_interview_mean_it_happened() -> None:
    """An answer recorded for an interview the calendar cancelled makes it active and answered."""
    plan = engine.on_answers(tracked(Stage.cancelled))
    assert plan.interview is not None
    assert (Stage.debriefed, Lifecycle.active) == (plan.interview.stage, plan.interview.lifecycle)


def test_tracks_move_independently() -> None:
    """Answering the debrief leaves the other tracks where they were."""
    busy = replace(
        tracked(Stage.debrief_sent), tracks=Tracks(debrief=DebriefState.sent, thanks=ThanksState.drafted)
    )
    plan = engine.on_answers(busy)
    assert plan.interview is not None
    assert Tracks(debrief=DebriefState.answered, thanks=ThanksState.drafted) == plan.interview.tracks


def test_added_by_hand_is_debriefed_like_a_detected_one() -> None:
    """`interviews add` goes through the workflow: active, waiting, a debrief timer, fields marked edited."""
    typed = replace(tracked(Stage.missed), id=0, source="manual")
    plan = engine.on_added(typed, debrief=DEBRIEF)
    assert plan.interview is not None
    assert (Stage.scheduled, frozenset({"company", "role", "interviewers"})) == (
        plan.interview.stage,
        plan.interview.edited,
    )
    assert (SetTimer(TimerKind.debrief, typed.end + DEBRIEF.delay),) == plan.effects


def test_edited_fields_are_kept_from_later_calendar_changes() -> None:
    """A corrected company survives the next calendar read; an empty edit changes nothing."""
    current = tracked()
    edited = engine.on_edited(current, company="Acme Robotics")
    assert edited.interview is not None and edited.interview.edited == frozenset({"company"})
    later = engine.on_event(edited.interview, event(sequence=4), YES, debrief=DEBRIEF)
    assert later.interview is not None and later.interview.company == "Acme Robotics"
    assert NOTHING == engine.on_edited(current)
