"""The follow-up service over a real store: the timer from the debrief, the check that cancels it, the reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from followupd.adapters.mail.heard import Heard
from followupd.adapters.store.followups import followup_row
from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.models import FollowupState, Person
from followupd.domain.workflows.plan import MailKind, Subject, TimerKind
from followupd.services.app import App
from followupd.services.approvals import APPROVAL_PURPOSE
from tests.support import NOW, build_app

Z = ZoneInfo("Europe/Berlin")


def debriefed(tmp_path: Path, hear_back: tuple[str, str | None]) -> tuple[App, int]:
    """Interview (Acme, Jane Doe organizer, Raj Patel) debriefed with this hear-back answer (text, value)."""
    app, interview_id = build_app(tmp_path)
    app.service.answers.record(
        interview_id,
        [("want_job", "yes", "yes"), ("hear_back", hear_back[0], hear_back[1])],
        via="reply",
        now=NOW,
    )
    return app, interview_id


def due_of(app: App, interview_id: int) -> datetime | None:
    timers = app.store.timers(Subject.interview(interview_id).key)
    return next((at for kind, _s, at in timers if kind == TimerKind.followup_due.value), None)


def fire(app: App, interview_id: int, *, checked: bool = True) -> datetime:
    """Time passes to the follow-up's due time (the mailbox searched just before, finding nothing); fire it."""
    due = due_of(app, interview_id)
    assert due is not None
    if checked:
        app.service.followups.record_checks({interview_id: None}, now=due)
    app.service.timers.fire_due(now=due)
    return due


def reminders(app: App, interview_id: int) -> list[str]:
    return [r.subject for r in app.store.outbox() if r.kind == MailKind.followup_reminder.value]


def check_ins(app: App, interview_id: int) -> list[tuple[str, OutboxStatus]]:
    return [(n.email, n.status) for n in app.store.notes(interview_id, purpose=NotePurpose.check_in)]


def test_a_hear_back_date_sets_the_timer_and_a_changed_one_moves_it(tmp_path: Path) -> None:
    """ "by Friday" (27 Nov) + 2 business days -> Wednesday 2 Dec 09:00; then "next Friday" (4 Dec) -> 9 Dec."""
    app, interview_id = debriefed(tmp_path, ("by Friday", "2026-11-27"))
    first = due_of(app, interview_id)
    app.service.answers.record(
        interview_id, [("hear_back", "next Friday", "2026-12-04")], via="reply", now=NOW + timedelta(hours=1)
    )
    interview = app.store.interview(interview_id)
    assert interview is not None
    assert (
        datetime(2026, 12, 2, 9, tzinfo=Z),
        datetime(2026, 12, 9, 9, tzinfo=Z),
        FollowupState.waiting,
    ) == (
        first,
        due_of(app, interview_id),
        interview.tracks.followup,
    )


def test_no_date_given_waits_ten_business_days_after_the_interview(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path, ("they did not say", None))
    interview = app.store.interview(interview_id)
    assert interview is not None
    # Ended Thursday 26 Nov 16:00 Berlin: two weeks of business days later, Thursday 10 Dec 16:00.
    assert datetime(2026, 12, 10, 16, tzinfo=Z) == due_of(app, interview_id)


def test_the_reminder_waits_for_the_mailbox_check(tmp_path: Path) -> None:
    """Due, but the company's mail was not searched since (IMAP down): no reminder yet, the timer moves on."""
    app, interview_id = debriefed(tmp_path, ("no date", None))
    due = fire(app, interview_id, checked=False)
    assert ([], due + timedelta(minutes=15)) == (reminders(app, interview_id), due_of(app, interview_id))


def test_the_first_reminder_drafts_a_check_in_to_the_organizer(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path, ("no date", None))
    fire(app, interview_id)
    interview = app.store.interview(interview_id)
    assert interview is not None
    assert (
        ["No word from Acme yet"],
        [("jane@acme.example", OutboxStatus.drafted)],
        FollowupState.reminded,
    ) == (
        reminders(app, interview_id),
        check_ins(app, interview_id),
        interview.tracks.followup,
    )
    [row] = [r for r in app.store.outbox() if r.kind == MailKind.followup_reminder.value]
    text = row.raw.decode()
    assert "Silence is normal" in text and "Keep applying" in text
    [note] = app.store.notes(interview_id, purpose=NotePurpose.check_in)
    assert "Checking in \N{EN DASH} Senior Backend Engineer" == note.subject
    assert note.body.startswith("Dear Jane,")


def test_approve_in_a_reply_to_the_reminder_approves_the_check_in_only(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path, ("no date", None))
    fire(app, interview_id)
    purpose = APPROVAL_PURPOSE[MailKind.followup_reminder.value]
    result = app.service.approvals.apply_reply(
        interview_id, "approve", now=NOW + timedelta(days=15), purpose=purpose
    )
    statuses = {n.purpose: n.status for n in app.store.notes(interview_id)}
    assert (True, OutboxStatus.approved, OutboxStatus.drafted) == (
        result.changed,
        statuses[NotePurpose.check_in],
        statuses[NotePurpose.thanks],
    )


def test_the_second_reminder_is_the_last_and_then_it_has_gone_quiet(tmp_path: Path) -> None:
    """The unapproved first check-in is replaced by the second; a third firing sends nothing."""
    app, interview_id = debriefed(tmp_path, ("no date", None))
    first = fire(app, interview_id)
    second = fire(app, interview_id)
    assert timedelta(days=7) == second - first
    fire(app, interview_id)
    interview = app.store.interview(interview_id)
    assert interview is not None
    assert (
        ["No word from Acme yet", "Last follow-up: no word from Acme yet"],
        [("jane@acme.example", OutboxStatus.discarded), ("jane@acme.example", OutboxStatus.drafted)],
        FollowupState.gone_quiet,
        None,
    ) == (
        reminders(app, interview_id),
        check_ins(app, interview_id),
        interview.tracks.followup,
        due_of(app, interview_id),
    )
    assert 2 == followup_row(app.store, interview_id).reminders


def test_mail_from_the_company_means_heard_back(tmp_path: Path) -> None:
    """Found by the mailbox check: heard_back with its date, the timer gone, the unsent check-in discarded."""
    app, interview_id = debriefed(tmp_path, ("no date", None))
    fire(app, interview_id)
    at = NOW + timedelta(days=16)
    heard = app.service.followups.record_checks(
        {interview_id: Heard(at=at, sender="jane@acme.example", folder="INBOX")}, now=at
    )
    view = app.service.followups.followup_view(interview_id)
    assert (1, "heard_back", at.isoformat(), "jane@acme.example", None) == (
        heard,
        view["state"],
        view["heard_back_at"],
        view["heard_from"],
        view["due"],
    )
    assert [("jane@acme.example", OutboxStatus.discarded)] == check_ins(app, interview_id)


def test_without_a_company_domain_the_reminder_comes_unchecked_and_says_so(tmp_path: Path) -> None:
    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        people = (Person("Pat Agency", "pat@gmail.com"),)
        app.store.save_interview(replace(interview, interviewers=people), now=NOW)
    app.service.answers.record(interview_id, [("hear_back", "no idea", None)], via="reply", now=NOW)
    assert [] == app.service.followups.to_check(now=NOW + timedelta(days=30), horizon=timedelta(minutes=5))
    fire(app, interview_id, checked=False)
    [row] = [r for r in app.store.outbox() if r.kind == MailKind.followup_reminder.value]
    assert "could not tell which addresses are theirs" in row.raw.decode()
    assert [("pat@gmail.com", OutboxStatus.drafted)] == check_ins(app, interview_id)


def test_what_is_searched_due_soon_or_not_for_a_day(tmp_path: Path) -> None:
    app, interview_id = debriefed(tmp_path, ("no date", None))
    horizon = timedelta(minutes=5)
    never_checked = app.service.followups.to_check(now=NOW, horizon=horizon)
    app.service.followups.record_checks({interview_id: None}, now=NOW)
    just_checked = app.service.followups.to_check(now=NOW + timedelta(hours=1), horizon=horizon)
    a_day_later = app.service.followups.to_check(now=NOW + timedelta(days=1), horizon=horizon)
    due = due_of(app, interview_id)
    assert due is not None
    app.service.followups.record_checks({interview_id: None}, now=due - timedelta(minutes=10))
    due_soon = app.service.followups.to_check(now=due - timedelta(minutes=4), horizon=horizon)
    assert ([interview_id], [], [interview_id], [interview_id]) == tuple(
        [q.interview_id for q in found] for found in (never_checked, just_checked, a_day_later, due_soon)
    )
    assert (("acme.example",), NOW - timedelta(hours=2)) == (never_checked[0].domains, never_checked[0].since)


def test_followups_off_sets_no_timer(tmp_path: Path) -> None:
    app, interview_id = build_app(tmp_path)
    app.service.followups.settings = replace(
        app.settings, followups=replace(app.settings.followups, enabled=False)
    )
    app.service.answers.record(interview_id, [("hear_back", "no idea", None)], via="reply", now=NOW)
    assert None is due_of(app, interview_id)


def test_followups_switched_off_later_neither_search_nor_remind(tmp_path: Path) -> None:
    """An interview already waiting when she sets enabled = false: no mailbox search, and the timer only goes."""
    app, interview_id = debriefed(tmp_path, ("no date", None))
    app.service.followups.settings = replace(
        app.settings, followups=replace(app.settings.followups, enabled=False)
    )
    app.service.timers.settings = app.service.followups.settings
    assert [] == app.service.followups.to_check(now=NOW, horizon=timedelta(minutes=5))
    fire(app, interview_id, checked=False)
    assert ([], None) == (reminders(app, interview_id), due_of(app, interview_id))
