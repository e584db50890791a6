"""Durable timers keyed by (kind, subject): each subject's timers are its own; unknown ones never spin."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from followupd.domain.delivery import OutboxStatus
from followupd.domain.workflows.plan import MailKind, Subject, SubjectKind, TimerKind
from tests.support import NOW, at_stage, build_app


def test_two_subjects_hold_timers_of_the_same_kind(tmp_path: Path) -> None:
    """A timer per (kind, subject): two drafts can each wait for their own time."""
    app, _ = build_app(tmp_path)
    with app.store.transaction():
        app.store.set_timer("debrief", Subject(SubjectKind.draft, 1).key, NOW)
        app.store.set_timer("debrief", Subject(SubjectKind.draft, 2).key, NOW + timedelta(hours=1))
    assert [
        ("debrief", "draft:1", NOW),
        ("debrief", "draft:2", NOW + timedelta(hours=1)),
    ] == app.store.timers()


def test_a_timer_this_version_cannot_handle_is_dropped_not_left_due(tmp_path: Path) -> None:
    """An unknown kind or subject would be due forever (a busy scheduler): it is removed with a log line."""
    app, _ = build_app(tmp_path)
    with app.store.transaction():
        app.store.set_timer("mystery", "interview:1", NOW)
        app.store.set_timer("debrief", "reference:3", NOW)
    assert 0 == app.service.timers.fire_due(now=NOW)
    assert [] == app.store.timers()


def test_a_due_debrief_timer_queues_the_debrief(tmp_path: Path) -> None:
    """The debrief timer of a waiting interview queues one debrief, sets the reminder, the thank-you timer and
    the follow-up timer (the interview's end plus default_wait, unless a debrief gives a date)."""
    from dataclasses import replace

    from followupd.domain.models import Stage

    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.store.save_interview(replace(interview, **at_stage(Stage.scheduled)), now=NOW)  # type: ignore[arg-type]
        app.store.set_timer(TimerKind.debrief.value, Subject.interview(interview_id).key, NOW)
    assert 1 == app.service.timers.fire_due(now=NOW)
    [row] = app.store.outbox()
    assert ("debrief", OutboxStatus.pending) == (row.kind, row.status)
    expected = sorted([TimerKind.reminder.value, TimerKind.thanks_draft.value, TimerKind.followup_due.value])
    assert expected == sorted(kind for kind, _subject, _due in app.store.timers())


def test_debriefs_past_the_hourly_cap_wait_an_hour(tmp_path: Path) -> None:
    """Past debrief.max_per_hour debriefs queued in the last hour, the next one is postponed by an hour."""
    from dataclasses import replace

    from followupd.domain.models import Stage

    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    cap = app.settings.debrief.max_per_hour
    with app.store.transaction():
        for n in range(cap):
            other = replace(interview, id=0, uid=f"other-{n}", **at_stage(Stage.debrief_sent))  # type: ignore[arg-type]
            other_id = app.store.save_interview(other, now=NOW, token=f"tok{n:05d}")
            app.service.outbox.queue_to_self(
                replace(other, id=other_id), MailKind.debrief, f"debrief:{other_id}", now=NOW
            )
        app.store.save_interview(replace(interview, **at_stage(Stage.scheduled)), now=NOW)  # type: ignore[arg-type]
        app.store.set_timer(TimerKind.debrief.value, Subject.interview(interview_id).key, NOW)
    app.service.timers.fire_due(now=NOW)
    assert cap == len(app.store.outbox())
    assert [("debrief", f"interview:{interview_id}", NOW + timedelta(hours=1))] == app.store.timers(
        f"interview:{interview_id}"
    )
