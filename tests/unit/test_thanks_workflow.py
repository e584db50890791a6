"""The thank-you track's decisions: when notes are drafted or skipped, and what each action does to a note."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from followupd.domain.delivery import OutboxStatus
from followupd.domain.models import DebriefState, Interview, Lifecycle, Person, ThanksState, Tracks
from followupd.domain.policy import DraftWhen, ThankYouSettings
from followupd.domain.workflows import thanks
from followupd.domain.workflows.plan import CancelTimer, DraftThanks, SetTimer, TimerKind
from followupd.domain.workflows.thanks import NoteAction, after, should_draft

END = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
INTERVIEW = Interview(
    id=7,
    source="work",
    uid="u",
    recurrence_id="",
    company="Acme",
    role="Engineer",
    start=END - timedelta(hours=1),
    end=END,
    tzid="Europe/Berlin",
    tracks=Tracks(debrief=DebriefState.answered),
    interviewers=(Person("Jane Doe", "jane@acme.example"),),
)


@pytest.mark.parametrize(
    ("when", "want_job", "expected"),
    [
        (DraftWhen.always, "no", True),
        (DraftWhen.always, None, True),
        (DraftWhen.unless_no, "no", False),
        (DraftWhen.unless_no, "unsure", True),
        (DraftWhen.unless_no, None, True),
        (DraftWhen.unless_no, "yes", True),
        (DraftWhen.only_if_yes, "yes", True),
        (DraftWhen.only_if_yes, "unsure", False),
        (DraftWhen.only_if_yes, "no", False),
        (DraftWhen.only_if_yes, None, None),
    ],
)
def test_should_draft_by_the_answer_to_want_job(
    when: DraftWhen, want_job: str | None, expected: bool | None
) -> None:
    """Each draft_when setting against each answer to "do you want this job?" (None: wait for it)."""
    assert expected == should_draft(when, want_job)


def test_a_debrief_drafts_notes_from_the_answers_and_cancels_the_plain_timer() -> None:
    plan = thanks.on_debriefed(INTERVIEW, want_job="yes", thank_you=ThankYouSettings())
    assert plan.interview is not None
    assert ThanksState.drafted == plan.interview.tracks.thanks
    assert (CancelTimer(TimerKind.thanks_draft), DraftThanks(plain=False)) == plan.effects


def test_a_no_skips_the_notes_by_default() -> None:
    plan = thanks.on_debriefed(INTERVIEW, want_job="no", thank_you=ThankYouSettings())
    assert plan.interview is not None
    assert ThanksState.skipped == plan.interview.tracks.thanks
    assert (CancelTimer(TimerKind.thanks_draft),) == plan.effects


def test_notes_are_drafted_once_whatever_comes_later() -> None:
    drafted = replace(INTERVIEW, tracks=replace(INTERVIEW.tracks, thanks=ThanksState.drafted))
    assert thanks.NOTHING == thanks.on_debriefed(drafted, want_job="yes", thank_you=ThankYouSettings())


def test_a_cancelled_interview_gets_no_notes() -> None:
    cancelled = replace(INTERVIEW, lifecycle=Lifecycle.cancelled)
    assert thanks.NOTHING == thanks.on_debriefed(cancelled, want_job="yes", thank_you=ThankYouSettings())


def test_the_end_of_the_interview_sets_the_plain_draft_timer_at_draft_after() -> None:
    plan = thanks.on_ended(INTERVIEW, thank_you=ThankYouSettings(draft_after=timedelta(hours=18)))
    assert (SetTimer(TimerKind.thanks_draft, END + timedelta(hours=18)),) == plan.effects


@pytest.mark.parametrize(
    ("debrief", "when", "late", "expected_state", "plain"),
    [
        (DebriefState.sent, DraftWhen.unless_no, timedelta(0), ThanksState.drafted, True),
        (DebriefState.sent, DraftWhen.always, timedelta(0), ThanksState.drafted, True),
        (DebriefState.sent, DraftWhen.only_if_yes, timedelta(0), ThanksState.skipped, None),
        (DebriefState.sent, DraftWhen.unless_no, timedelta(days=3), ThanksState.skipped, None),
        (DebriefState.answered, DraftWhen.only_if_yes, timedelta(0), ThanksState.skipped, None),
    ],
)
def test_draft_after_without_a_debrief_drafts_plain_notes(
    debrief: DebriefState, when: DraftWhen, late: timedelta, expected_state: ThanksState, plain: bool | None
) -> None:
    """No debrief by draft_after: plain notes (nothing from answers); only_if_yes or far too late: skipped."""
    settings = ThankYouSettings(draft_when=when)
    interview = replace(INTERVIEW, tracks=Tracks(debrief=debrief))
    now = END + settings.draft_after + late
    plan = thanks.on_timer(
        interview, now=now, want_job=None, thank_you=settings, max_lateness=timedelta(hours=48)
    )
    assert plan.interview is not None
    assert expected_state == plan.interview.tracks.thanks
    drafts = [e for e in plan.effects if isinstance(e, DraftThanks)]
    assert ([DraftThanks(plain)] if plain is not None else []) == drafts


@pytest.mark.parametrize(
    ("status", "action", "expected"),
    [
        (OutboxStatus.drafted, NoteAction.approve, OutboxStatus.approved),
        (OutboxStatus.approved, NoteAction.approve, None),
        (OutboxStatus.approved, NoteAction.hold, OutboxStatus.drafted),
        (OutboxStatus.pending, NoteAction.hold, OutboxStatus.drafted),
        (OutboxStatus.sending, NoteAction.hold, None),
        (OutboxStatus.sent, NoteAction.discard, None),
        (OutboxStatus.sending, NoteAction.discard, None),
        (OutboxStatus.uncertain, NoteAction.discard, OutboxStatus.discarded),
        (OutboxStatus.approved, NoteAction.edit, OutboxStatus.drafted),
        (OutboxStatus.pending, NoteAction.edit, None),
        (OutboxStatus.uncertain, NoteAction.send_anyway, OutboxStatus.approved),
        (OutboxStatus.drafted, NoteAction.send_anyway, None),
        (OutboxStatus.approved, NoteAction.release, OutboxStatus.pending),
        (OutboxStatus.drafted, NoteAction.release, None),
        (OutboxStatus.sent_by_user, NoteAction.approve, None),
    ],
)
def test_what_each_action_does_to_a_note(
    status: OutboxStatus, action: NoteAction, expected: OutboxStatus | None
) -> None:
    """A note that is sending or sent never changes; edits of approved notes need approving again."""
    assert expected == after(status, action)
