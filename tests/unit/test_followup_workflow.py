"""The follow-up track's decisions: when the reminder is due, each state change, and what cancels it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followupd.domain.models import FollowupState, Interview, Lifecycle, Person, Tracks
from followupd.domain.policy import FollowupSettings
from followupd.domain.waits import Wait, WaitUnit
from followupd.domain.workflows import followup
from followupd.domain.workflows.followup import CHECK_WAIT, due_at
from followupd.domain.workflows.plan import NOTHING, CancelTimer, Plan, RemindFollowup, SetTimer, TimerKind

BERLIN = "Europe/Berlin"
Z = ZoneInfo(BERLIN)
END = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # Thursday, 16:00 in Berlin
SETTINGS = FollowupSettings()
SECONDS = FollowupSettings(
    default_wait=Wait(30, WaitUnit.seconds),
    grace=Wait(5, WaitUnit.seconds),
    second_after=Wait(20, WaitUnit.seconds),
)


def interview(state: FollowupState = FollowupState.not_started, **changes: object) -> Interview:
    base = Interview(
        id=7,
        source="work",
        uid="u",
        recurrence_id="",
        company="Acme",
        role="Engineer",
        start=END - timedelta(hours=1),
        end=END,
        tzid=BERLIN,
        tracks=Tracks(followup=state),
        interviewers=(Person("Jane Doe", "jane@acme.example"),),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("hear_back", "settings", "expected"),
    [
        # No date: the end plus 10 business days (two weekends skipped), same wall time.
        (None, SETTINGS, datetime(2026, 12, 10, 16, 0, tzinfo=Z)),
        # "By Friday": Friday plus 2 business days is Tuesday; the reminder comes Wednesday morning.
        (date(2026, 11, 27), SETTINGS, datetime(2026, 12, 2, 9, 0, tzinfo=Z)),
        # "By Wednesday": + 2 business days is Friday; the next weekday morning is Monday.
        (date(2026, 12, 2), SETTINGS, datetime(2026, 12, 7, 9, 0, tzinfo=Z)),
        # Calendar days: Friday + 2 days is Sunday; the morning after is Monday's.
        (
            date(2026, 11, 27),
            replace(SETTINGS, grace=Wait(2, WaitUnit.days)),
            datetime(2026, 11, 30, 9, 0, tzinfo=Z),
        ),
        # One calendar day after Thursday: Saturday morning (calendar days do not skip weekends).
        (
            date(2026, 12, 3),
            replace(SETTINGS, grace=Wait(1, WaitUnit.days)),
            datetime(2026, 12, 5, 9, 0, tzinfo=Z),
        ),
        # A duration: the hear-back day's end (midnight in her zone) plus the duration.
        (date(2026, 11, 27), SECONDS, datetime(2026, 11, 28, 0, 0, 5, tzinfo=Z)),
        # A date before the interview (misread): as if none was given.
        (date(2026, 11, 20), SECONDS, END + timedelta(seconds=30)),
        # The day of the interview itself counts ("they will call tonight").
        (date(2026, 11, 26), SECONDS, datetime(2026, 11, 27, 0, 0, 5, tzinfo=Z)),
    ],
)
def test_when_the_reminder_is_due(
    hear_back: date | None, settings: FollowupSettings, expected: datetime
) -> None:
    assert expected == due_at(end=END, hear_back=hear_back, zone=BERLIN, followups=settings, start=END)


def test_business_days_across_the_end_of_summer_time() -> None:
    """Ends Thursday 22 Oct 2026 15:00 Berlin (CEST); 10 business days later is 5 Nov 15:00 (CET)."""
    end = datetime(2026, 10, 22, 15, 0, tzinfo=Z)
    due = due_at(end=end, hear_back=None, zone=BERLIN, followups=SETTINGS)
    assert (datetime(2026, 11, 5, 15, 0, tzinfo=Z), "+0100") == (due, due.strftime("%z"))


def test_the_end_of_the_interview_starts_the_wait() -> None:
    plan = followup.on_ended(interview(), zone=BERLIN, followups=SECONDS)
    assert plan.interview is not None
    assert (FollowupState.waiting, (SetTimer(TimerKind.followup_due, END + timedelta(seconds=30)),)) == (
        plan.interview.tracks.followup,
        plan.effects,
    )


@pytest.mark.parametrize(
    ("existing", "settings"),
    [
        (interview(FollowupState.waiting), SECONDS),  # a debrief already set the date
        (interview(lifecycle=Lifecycle.cancelled), SECONDS),
        (interview(lifecycle=Lifecycle.ignored), SECONDS),
        (interview(), replace(SECONDS, enabled=False)),
    ],
)
def test_the_end_changes_nothing_when_not_fresh_active_and_enabled(
    existing: Interview, settings: FollowupSettings
) -> None:
    assert NOTHING == followup.on_ended(existing, zone=BERLIN, followups=settings)


@pytest.mark.parametrize("state", [FollowupState.not_started, FollowupState.waiting])
def test_a_hear_back_date_sets_or_moves_the_timer(state: FollowupState) -> None:
    plan = followup.on_debriefed(
        interview(state), hear_back=date(2026, 12, 4), zone=BERLIN, followups=SETTINGS
    )
    assert plan.interview is not None
    # Friday 4 Dec + 2 business days = Tuesday 8 Dec; the morning after: Wednesday 9 Dec, 09:00.
    expected = SetTimer(TimerKind.followup_due, datetime(2026, 12, 9, 9, 0, tzinfo=Z))
    assert (FollowupState.waiting, (expected,)) == (plan.interview.tracks.followup, plan.effects)


@pytest.mark.parametrize(
    "state", [FollowupState.reminded, FollowupState.heard_back, FollowupState.gone_quiet]
)
def test_a_new_hear_back_date_after_the_reminder_changes_nothing(state: FollowupState) -> None:
    plan = followup.on_debriefed(
        interview(state), hear_back=date(2026, 12, 4), zone=BERLIN, followups=SETTINGS
    )
    assert NOTHING == plan


def _due(
    existing: Interview, *, reminders: int = 0, checked: bool = True, late: timedelta = timedelta(0)
) -> tuple[Plan, datetime]:
    due = END + timedelta(days=14)
    return followup.on_due(
        existing,
        now=due + late,
        due=due,
        reminders=reminders,
        checked=checked,
        zone=BERLIN,
        followups=SETTINGS,
    ), due + late


def test_the_first_reminder_and_the_timer_for_the_second() -> None:
    plan, now = _due(interview(FollowupState.waiting))
    assert plan.interview is not None
    second = SetTimer(TimerKind.followup_due, (now.astimezone(Z) + timedelta(days=7)))
    assert (FollowupState.reminded, (second, RemindFollowup(round=1))) == (
        plan.interview.tracks.followup,
        plan.effects,
    )


def test_the_second_reminder_is_the_last_and_then_it_has_gone_quiet() -> None:
    second, _now = _due(interview(FollowupState.reminded), reminders=1)
    assert RemindFollowup(round=2) in second.effects
    quiet, _ = _due(interview(FollowupState.reminded), reminders=2)
    assert quiet.interview is not None
    assert (FollowupState.gone_quiet, (CancelTimer(TimerKind.followup_due),)) == (
        quiet.interview.tracks.followup,
        quiet.effects,
    )


def test_a_daemon_down_for_weeks_sends_one_reminder_and_counts_on_from_now() -> None:
    """Three weeks late (past both reminders' times): one reminder, the next one second_after from now."""
    plan, now = _due(interview(FollowupState.waiting), late=timedelta(days=21))
    reminders = [e for e in plan.effects if isinstance(e, RemindFollowup)]
    timers = [e for e in plan.effects if isinstance(e, SetTimer)]
    assert ([RemindFollowup(round=1)], [now.astimezone(Z) + timedelta(days=7)]) == (
        reminders,
        [t.due for t in timers],
    )


def test_an_unchecked_mailbox_postpones_the_reminder_a_little() -> None:
    plan, now = _due(interview(FollowupState.waiting), checked=False, late=timedelta(minutes=1))
    assert (None, (SetTimer(TimerKind.followup_due, now + timedelta(minutes=15)),)) == (
        plan.interview,
        plan.effects,
    )


def test_an_unchecked_mailbox_for_a_day_no_longer_holds_the_reminder_back() -> None:
    plan, _now = _due(interview(FollowupState.waiting), checked=False, late=CHECK_WAIT)
    assert RemindFollowup(round=1) in plan.effects


@pytest.mark.parametrize(
    "existing",
    [
        interview(FollowupState.waiting, lifecycle=Lifecycle.cancelled),
        interview(FollowupState.waiting, lifecycle=Lifecycle.ignored),
        interview(FollowupState.heard_back),
        interview(FollowupState.gone_quiet),
        interview(FollowupState.not_started),
    ],
)
def test_a_due_timer_of_a_cancelled_ignored_or_settled_interview_only_goes(existing: Interview) -> None:
    plan, _now = _due(existing)
    assert (None, (CancelTimer(TimerKind.followup_due),)) == (plan.interview, plan.effects)


@pytest.mark.parametrize("state", [FollowupState.waiting, FollowupState.reminded])
def test_mail_from_the_company_means_heard_back_and_cancels_the_timer(state: FollowupState) -> None:
    plan = followup.on_heard(interview(state))
    assert plan.interview is not None
    assert (FollowupState.heard_back, (CancelTimer(TimerKind.followup_due),)) == (
        plan.interview.tracks.followup,
        plan.effects,
    )


@pytest.mark.parametrize(
    "existing",
    [
        interview(FollowupState.not_started),
        interview(FollowupState.gone_quiet),
        interview(FollowupState.heard_back),
        interview(FollowupState.waiting, lifecycle=Lifecycle.cancelled),
    ],
)
def test_mail_changes_nothing_outside_the_watched_states(existing: Interview) -> None:
    assert NOTHING == followup.on_heard(existing)
