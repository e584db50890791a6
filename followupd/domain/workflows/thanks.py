"""The thank-you track: when notes are drafted, and what each user action does to a note.

Like the debrief track, every function takes the state as it is and what happened, and returns a decision; the
service carries it out. No clock, no I/O: the rules are table-driven unit tests.
"""

from __future__ import annotations

import enum
from dataclasses import replace
from datetime import datetime, timedelta

from followupd.domain.delivery import OutboxStatus
from followupd.domain.models import DebriefState, Interview, ThanksState
from followupd.domain.policy import DraftWhen, ThankYouSettings
from followupd.domain.workflows.plan import NOTHING, CancelTimer, DraftThanks, Plan, SetTimer, TimerKind

__all__ = ["NoteAction", "after", "on_debriefed", "on_ended", "on_timer", "should_draft"]


def _thanks(iv: Interview, state: ThanksState) -> Interview:
    return replace(iv, tracks=replace(iv.tracks, thanks=state))


def should_draft(when: DraftWhen, want_job: str | None) -> bool | None:
    """True: draft; False: do not; None: not yet known (only_if_yes and the question is not answered yet)."""
    answer = (want_job or "").strip().lower()
    if when is DraftWhen.always:
        return True
    if when is DraftWhen.unless_no:
        return answer != "no"
    if answer == "yes":
        return True
    return None if not answer else False


def on_ended(existing: Interview, *, thank_you: ThankYouSettings) -> Plan:
    """The interview is over (its debrief timer fired): if no debrief comes, plain notes at draft_after."""
    if not existing.active or existing.tracks.thanks is not ThanksState.not_started:
        return NOTHING
    return Plan(None, (SetTimer(TimerKind.thanks_draft, existing.end + thank_you.draft_after),))


def on_debriefed(existing: Interview, *, want_job: str | None, thank_you: ThankYouSettings) -> Plan:
    """Answers were recorded: draft from them, skip the notes, or wait for the answer that decides."""
    if not existing.active or existing.tracks.thanks is not ThanksState.not_started:
        return NOTHING
    decision = should_draft(thank_you.draft_when, want_job)
    if decision is None:
        return NOTHING
    if not decision:
        return Plan(
            _thanks(existing, ThanksState.skipped), (CancelTimer(TimerKind.thanks_draft),), "thanks skipped"
        )
    drafted = _thanks(existing, ThanksState.drafted)
    return Plan(drafted, (CancelTimer(TimerKind.thanks_draft), DraftThanks(plain=False)), "thanks drafted")


def on_timer(
    existing: Interview,
    *,
    now: datetime,
    want_job: str | None,
    thank_you: ThankYouSettings,
    max_lateness: timedelta,
) -> Plan:
    """draft_after passed: with no debrief, plain notes (unless only_if_yes, which no answer satisfies); with a
    debrief still undecided, the notes are skipped. Far too late (a daemon down for days): skipped."""
    cancel = CancelTimer(TimerKind.thanks_draft)
    if not existing.active or existing.tracks.thanks is not ThanksState.not_started:
        return Plan(None, (cancel,))
    skipped = Plan(_thanks(existing, ThanksState.skipped), (cancel,), "thanks skipped")
    if now - (existing.end + thank_you.draft_after) > max_lateness:
        return skipped
    if existing.tracks.debrief is DebriefState.answered:
        decision = should_draft(thank_you.draft_when, want_job)
        if not decision:
            return skipped
        return Plan(
            _thanks(existing, ThanksState.drafted), (cancel, DraftThanks(plain=False)), "thanks drafted"
        )
    if thank_you.draft_when is DraftWhen.only_if_yes:
        return skipped
    return Plan(_thanks(existing, ThanksState.drafted), (cancel, DraftThanks(plain=True)), "thanks drafted")


class NoteAction(enum.StrEnum):
    """What the user (or the undo timer) can do to one note."""

    approve = "approve"
    hold = "hold"  # back to a draft (undo)
    discard = "discard"
    edit = "edit"
    address = "address"
    send_anyway = "send_anyway"  # an uncertain or failed note: she says send it
    release = "release"  # the undo time is over: the note may leave in the sending window


_ALLOWED: dict[NoteAction, dict[OutboxStatus, OutboxStatus]] = {
    NoteAction.approve: {OutboxStatus.drafted: OutboxStatus.approved},
    NoteAction.hold: {
        OutboxStatus.approved: OutboxStatus.drafted,
        OutboxStatus.pending: OutboxStatus.drafted,
    },
    NoteAction.discard: {
        s: OutboxStatus.discarded
        for s in (
            OutboxStatus.drafted,
            OutboxStatus.approved,
            OutboxStatus.pending,
            OutboxStatus.failed,
            OutboxStatus.uncertain,
        )
    },
    NoteAction.edit: {
        OutboxStatus.drafted: OutboxStatus.drafted,
        OutboxStatus.approved: OutboxStatus.drafted,
    },
    NoteAction.address: {
        OutboxStatus.drafted: OutboxStatus.drafted,
        OutboxStatus.failed: OutboxStatus.drafted,
    },
    NoteAction.send_anyway: {
        OutboxStatus.uncertain: OutboxStatus.approved,
        OutboxStatus.failed: OutboxStatus.approved,
    },
    NoteAction.release: {OutboxStatus.approved: OutboxStatus.pending},
}


def after(status: OutboxStatus, action: NoteAction) -> OutboxStatus | None:
    """The note's status after `action`, or None when the action does not apply in that status (a note that is
    sending or sent is never changed; an edit of an approved note puts it back to a draft to approve again)."""
    return _ALLOWED[action].get(status)
