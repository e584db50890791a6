"""The follow-up track: when a quiet company is worth a reminder, and how the track moves after it.

not_started -> waiting (a `followup_due` timer: the hear-back date plus grace, or the interview's end plus
default_wait) -> reminded (the first reminder and check-in) -> a second, last reminder `second_after` later ->
gone_quiet `second_after` after that. Mail from the company's domains at any point before gone_quiet ->
heard_back, and the timer goes. Pure: the service reads the clock, the answers and the mailbox.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followupd.domain.models import FollowupState, Interview
from followupd.domain.policy import FollowupSettings
from followupd.domain.waits import WaitUnit, add_wait
from followupd.domain.workflows.plan import NOTHING, CancelTimer, Plan, RemindFollowup, SetTimer, TimerKind

__all__ = ["CHECK_WAIT", "LAST_ROUND", "MORNING", "due_at", "on_debriefed", "on_due", "on_ended", "on_heard"]

MORNING = time(9, 0)  # a wait counted in days ends in the morning, with her first mail, not at midnight
LAST_ROUND = 2  # a second follow-up at most, then the interview has gone quiet
# The reminder waits this long for the mailbox check that may cancel it (IMAP down); after that it goes out
# unchecked rather than never, and says so.
CHECK_WAIT = timedelta(hours=24)
_CHECK_RETRY = timedelta(minutes=15)
_OPEN = (FollowupState.not_started, FollowupState.waiting)
_WATCHED = (FollowupState.waiting, FollowupState.reminded)


def _followup(iv: Interview, state: FollowupState) -> Interview:
    return replace(iv, tracks=replace(iv.tracks, followup=state))


def due_at(
    *,
    end: datetime,
    hear_back: date | None,
    zone: str,
    followups: FollowupSettings,
    start: datetime | None = None,
) -> datetime:
    """When the first reminder is due. With a hear-back date (not before the interview): that day is over, plus
    `grace`; a grace in days ends the morning after its last day (the next weekday's for business days). With
    none (she said no date was given, or did not answer): the interview's end plus `default_wait`."""
    first_day = (start or end).astimezone(ZoneInfo(zone)).date()
    if hear_back is None or hear_back < first_day:
        return add_wait(end, followups.default_wait, zone=zone)
    grace = followups.grace
    if grace.unit is WaitUnit.seconds:
        day_over = datetime.combine(hear_back + timedelta(days=1), time(0), tzinfo=ZoneInfo(zone))
        return add_wait(day_over, grace, zone=zone)
    last = add_wait(datetime.combine(hear_back, MORNING, tzinfo=ZoneInfo(zone)), grace, zone=zone)
    morning = last + timedelta(days=1)
    while grace.unit is WaitUnit.business_days and morning.weekday() >= 5:
        morning += timedelta(days=1)
    return datetime.combine(morning.date(), MORNING, tzinfo=ZoneInfo(zone))


def on_ended(existing: Interview, *, zone: str, followups: FollowupSettings) -> Plan:
    """The interview is over (its debrief went out): wait `default_wait` unless a debrief sets a date."""
    if (
        not followups.enabled
        or not existing.active
        or existing.tracks.followup is not FollowupState.not_started
    ):
        return NOTHING
    due = due_at(end=existing.end, hear_back=None, zone=zone, followups=followups, start=existing.start)
    return Plan(
        _followup(existing, FollowupState.waiting), (SetTimer(TimerKind.followup_due, due),), "followup set"
    )


def on_debriefed(
    existing: Interview, *, hear_back: date | None, zone: str, followups: FollowupSettings
) -> Plan:
    """Answers were recorded (again): the hear-back date sets the timer, a changed one moves it. Once she has
    been reminded, a new date changes nothing: the second reminder keeps its own rhythm."""
    if not followups.enabled or not existing.active or existing.tracks.followup not in _OPEN:
        return NOTHING
    due = due_at(end=existing.end, hear_back=hear_back, zone=zone, followups=followups, start=existing.start)
    return Plan(
        _followup(existing, FollowupState.waiting), (SetTimer(TimerKind.followup_due, due),), "followup set"
    )


def on_due(
    existing: Interview,
    *,
    now: datetime,
    due: datetime,
    reminders: int,
    checked: bool,
    zone: str,
    followups: FollowupSettings,
) -> Plan:
    """The timer fell due (possibly late: a daemon down for weeks sends ONE reminder, and the next step counts
    from now, never a burst). `checked`: the mailbox was searched for the company's mail since the timer fell
    due, or there is nothing to search for; if not, wait for that check up to CHECK_WAIT."""
    cancel = CancelTimer(TimerKind.followup_due)
    state = existing.tracks.followup
    if not followups.enabled or not existing.active or state not in _WATCHED:
        return Plan(None, (cancel,))
    if not checked and now - due < CHECK_WAIT:
        return Plan(
            None, (SetTimer(TimerKind.followup_due, now + _CHECK_RETRY),), "followup waits for mail check"
        )
    if reminders >= LAST_ROUND:
        return Plan(_followup(existing, FollowupState.gone_quiet), (cancel,), "gone quiet")
    following = add_wait(now, followups.second_after, zone=zone)
    return Plan(
        _followup(existing, FollowupState.reminded),
        (SetTimer(TimerKind.followup_due, following), RemindFollowup(round=reminders + 1)),
        "followup reminded",
    )


def on_heard(existing: Interview) -> Plan:
    """Mail from the company's domains arrived since the interview: they are in touch; no reminder."""
    if not existing.active or existing.tracks.followup not in _WATCHED:
        return NOTHING
    return Plan(
        _followup(existing, FollowupState.heard_back), (CancelTimer(TimerKind.followup_due),), "heard back"
    )
