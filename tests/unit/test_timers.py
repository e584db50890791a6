"""Durable timers keyed by (kind, subject): each subject's timers are its own; unknown ones never spin."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from followupd.domain.delivery import OutboxStatus
from followupd.domain.workflows.plan import Subject, SubjectKind, TimerKind
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
    """The debrief timer of a waiting interview queues one debrief, sets the reminder and the thank-you timer."""
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
    expected = sorted([TimerKind.reminder.value, TimerKind.thanks_draft.value])
    assert expected == sorted(kind for kind, _subject, _due in app.store.timers())
