"""The drafts use case over a real store: drafting on a debrief, approval with undo, the window, her own sends."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.adapters.mail.drafts import MailDone
from followupd.domain.delivery import OutboxStatus
from followupd.domain.models import Person, ThanksState
from followupd.services.app import App
from tests.support import NOW, build_app

THREE = (
    Person("Jane Doe", "jane@acme.example"),
    Person("Raj Patel", ""),
    Person("Li Wei", "li.wei@acme.example"),
)


def debriefed(tmp_path: Path, *, want_job: str = "yes") -> tuple[App, int]:
    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.store.save_interview(replace(interview, interviewers=THREE), now=NOW)
    app.service.answers.record(
        interview_id,
        [("role", "The team owns the payments platform", None), ("want_job", want_job, want_job)],
        via="reply",
        now=NOW,
    )
    return app, interview_id


def test_a_debrief_drafts_one_note_per_interviewer_and_one_approval_email(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    notes = app.store.notes(interview_id)
    assert [("Jane Doe", "jane@acme.example"), ("Raj Patel", ""), ("Li Wei", "li.wei@acme.example")] == [
        (n.name, n.email) for n in notes
    ]
    assert {OutboxStatus.drafted} == {n.status for n in notes}
    assert "Thank you \N{EN DASH} Senior Backend Engineer interview" == notes[0].subject
    [approval] = [r for r in app.store.outbox() if r.kind == "thanks_approval"]
    text = approval.raw.decode()
    assert "no address for Raj Patel" in text
    assert "Dear Jane," in text and "Dear Li," in text
    interview = app.store.interview(interview_id)
    assert interview is not None and ThanksState.drafted == interview.tracks.thanks


def test_a_no_to_want_job_drafts_nothing(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path, want_job="no")
    assert [] == app.store.notes(interview_id)
    interview = app.store.interview(interview_id)
    assert interview is not None and ThanksState.skipped == interview.tracks.thanks


def test_approve_waits_undo_after_then_the_window(tmp_path: Path) -> None:
    """Approved at 17:00 Berlin on a Thursday: pending after 5 minutes, not before; leaves at once (inside)."""
    app, interview_id = debriefed(tmp_path)
    note = app.store.notes(interview_id)[0]
    app.service.drafts.approve(note.outbox_id, now=NOW)
    assert 0 == app.service.timers.fire_due(now=NOW + timedelta(minutes=4))
    assert OutboxStatus.approved == app.service.drafts.get(note.outbox_id).status
    assert 1 == app.service.timers.fire_due(now=NOW + timedelta(minutes=5))
    released = app.service.drafts.get(note.outbox_id)
    assert (OutboxStatus.pending, NOW + timedelta(minutes=5)) == (released.status, released.not_before)


def test_approved_outside_the_window_leaves_at_the_next_opening(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    note = app.store.notes(interview_id)[0]
    late = datetime(2026, 11, 27, 19, 30, tzinfo=UTC)  # Friday 20:30 in Berlin
    app.service.drafts.approve(note.outbox_id, now=late)
    app.service.timers.fire_due(now=late + timedelta(minutes=5))
    released = app.service.drafts.get(note.outbox_id)
    assert (OutboxStatus.pending, datetime(2026, 11, 30, 7, 0, tzinfo=UTC)) == (
        released.status,
        released.not_before,
    )


def test_hold_puts_an_approved_note_back_and_its_timer_goes(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    note = app.store.notes(interview_id)[0]
    app.service.drafts.approve(note.outbox_id, now=NOW)
    app.service.drafts.hold(note.outbox_id, now=NOW)
    assert 0 == app.service.timers.fire_due(now=NOW + timedelta(hours=1))
    assert OutboxStatus.drafted == app.service.drafts.get(note.outbox_id).status


def test_edit_and_address_keep_the_message_id(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    raj = app.store.notes(interview_id)[1]
    app.service.drafts.set_address(raj.outbox_id, "raj@acme.example", now=NOW)
    edited = app.service.drafts.edit(raj.outbox_id, "Dear Raj,\n\nThank you.\n\nMaya", now=NOW)
    row = app.store.outbox_row(raj.outbox_id)
    assert row is not None
    assert (raj.message_id, ("raj@acme.example",)) == (edited.message_id, row.recipients)
    assert b"Thank you." in row.raw and raj.message_id.encode() in row.raw
    assert edited.drafts_dirty


def test_a_note_found_in_sent_is_recorded_as_sent_by_her_and_never_sent(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    jane, _raj, li = app.store.notes(interview_id)
    app.service.drafts.approve(jane.outbox_id, now=NOW)
    app.service.drafts.mail_done(MailDone(sent_by_user=[jane.outbox_id, li.outbox_id]), now=NOW)
    assert [OutboxStatus.sent_by_user, OutboxStatus.sent_by_user] == [
        app.service.drafts.get(n.outbox_id).status for n in (jane, li)
    ]
    assert [] == [t for t in app.store.timers() if t[1].startswith("draft:")]
    assert [] == [r.id for r in app.store.outbox(status=OutboxStatus.pending) if r.kind == "thanks"]


def test_mail_work_writes_drafts_with_addresses_only_and_watches_open_notes(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    work = app.service.drafts.mail_work(saves_sent=False)
    jane, _raj, li = app.store.notes(interview_id)
    assert [jane.outbox_id, li.outbox_id] == [put[0] for put in work.put]
    assert [jane.outbox_id, li.outbox_id] == [w.note_id for w in work.watch]
    app.service.drafts.mail_done(MailDone(put=[jane.outbox_id, li.outbox_id]), now=NOW)
    assert [] == app.service.drafts.mail_work(saves_sent=False).put


def test_a_refused_note_is_told_to_her_once(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    jane = app.store.notes(interview_id)[0]
    with app.store.transaction():
        app.store.mark_outbox(jane.outbox_id, OutboxStatus.failed, now=NOW, error="550 5.1.1 no such user")
    assert 1 == app.service.drafts.report_failures(now=NOW)
    assert 0 == app.service.drafts.report_failures(now=NOW)
    [told] = [r for r in app.store.outbox() if r.kind == "thanks_failed"]
    assert b"550 5.1.1 no such user" in told.raw


def test_a_reply_is_applied_all_or_nothing(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    bad = app.service.approvals.apply_reply(interview_id, "approve 2", now=NOW)  # Raj has no address
    assert not bad.changed and "no address" in bad.answer
    assert {OutboxStatus.drafted} == {n.status for n in app.store.notes(interview_id)}
    good = app.service.approvals.apply_reply(
        interview_id, "address 2 raj@acme.example\napprove 1 2\nskip 3", now=NOW
    )
    assert good.changed
    assert [OutboxStatus.approved, OutboxStatus.approved, OutboxStatus.discarded] == [
        n.status for n in app.store.notes(interview_id)
    ]


def test_no_debrief_by_draft_after_drafts_plain_notes_through_the_timers(tmp_path: Path) -> None:
    """The debrief timer sets the thanks timer; with no answers by then, the notes use nothing from answers."""
    from followupd.domain.models import DebriefState, Tracks
    from followupd.domain.workflows.plan import Subject, TimerKind

    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.store.save_interview(replace(interview, tracks=Tracks(debrief=DebriefState.waiting)), now=NOW)
        app.store.set_timer(TimerKind.debrief.value, Subject.interview(interview_id).key, NOW)
    app.service.timers.fire_due(now=NOW)
    assert [] == app.store.notes(interview_id)
    app.service.timers.fire_due(now=interview.end + timedelta(hours=18))
    notes = app.store.notes(interview_id)
    assert [(True, OutboxStatus.drafted)] * 2 == [(n.plain, n.status) for n in notes]
    assert "appealed to me" not in notes[0].body and "Dear Jane," in notes[0].body


def test_auto_send_skips_approval_but_not_the_window(tmp_path: Path) -> None:
    from followupd.services.core import Service

    app, interview_id = build_app(tmp_path)
    settings = replace(app.settings, thank_you=replace(app.settings.thank_you, auto_send=True))
    service = Service(settings, app.store, app.composer)
    service.answers.record(interview_id, [("want_job", "yes", "yes")], via="reply", now=NOW)
    assert {OutboxStatus.approved} == {n.status for n in app.store.notes(interview_id)}
    saturday = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    service.timers.fire_due(now=saturday)
    assert {(OutboxStatus.pending, datetime(2026, 11, 30, 7, 0, tzinfo=UTC))} == {
        (n.status, n.not_before) for n in app.store.notes(interview_id)
    }


def test_an_approval_reply_is_confirmed_once_with_when_the_notes_leave(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path)
    first = app.service.approvals.on_reply(
        interview_id, "approve 1", reply_message_id="<r1@phone.example>", now=NOW
    )
    again = app.service.approvals.on_reply(
        interview_id, "approve 1", reply_message_id="<r1@phone.example>", now=NOW
    )
    assert first.changed and not again.changed  # the note is approved already: nothing to do twice
    [confirmation] = [r for r in app.store.outbox() if r.kind == "thanks_confirmation"]
    text = confirmation.raw.decode()
    assert "note 1 to jane@acme.example approved" in text
    assert "1. to jane@acme.example: from Thu 26 Nov 17:05" in text  # 16:00 UTC + 5 min undo, Berlin time
    unclear = app.service.approvals.on_reply(
        interview_id, "looks great", reply_message_id="<r2@phone.example>", now=NOW
    )
    assert not unclear.changed and "is not a command" in unclear.answer


def test_a_reply_inside_an_outer_transaction_is_still_all_or_nothing(tmp_path: Path) -> None:
    """The intake records the reply in its own transaction: a failing command must not leave half its work."""
    app, interview_id = debriefed(tmp_path)
    with app.store.transaction():
        result = app.service.approvals.apply_reply(interview_id, "approve 1\napprove 2", now=NOW)
    assert not result.changed
    assert {OutboxStatus.drafted} == {n.status for n in app.store.notes(interview_id)}
