"""Heads-ups over a real store: drafted after a debrief that says references, told once per company, listed."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import timedelta
from email import policy
from pathlib import Path

import pytest

from followupd.adapters.store.history import history
from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.models import Person, ReferencesState
from followupd.errors import UserError
from followupd.services.app import App
from tests.support import NOW, build_app

REFERENCES = """
[[references]]
name = "Sam Rivera"
email = "sam@example.net"
relationship = "my manager at Contoso"
speaks_to = "the payments migration"
timezone = "America/New_York"

[[references]]
name = "Ana Lee"
email = "ana@example.net"
notes = "mentoring two juniors"
max_per_month = 1
"""


def _app(tmp_path: Path, extra: str = REFERENCES) -> tuple[App, int]:
    app, interview_id = build_app(tmp_path, extra=extra)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.store.save_interview(
            replace(interview, interviewers=(Person("Jane Doe", "jane@acme.example"),)), now=NOW
        )
    return app, interview_id


def _debrief(
    app: App, interview_id: int, *, want_job: str = "yes", notes: str = "They asked for references."
) -> None:
    app.service.answers.record(
        interview_id,
        [
            ("role", "Owning the payments platform", None),
            ("went_well", "My system design answer", None),
            ("vs_others", notes, None),
            ("want_job", want_job, want_job),
            ("hear_back", "this Friday", NOW.date().isoformat()),
        ],
        via="reply",
        now=NOW,
    )


def _heads_ups(app: App, interview_id: int) -> list[tuple[str, OutboxStatus]]:
    return [(n.email, n.status) for n in app.store.notes(interview_id, purpose=NotePurpose.heads_up)]


def test_a_debrief_saying_references_drafts_one_heads_up_per_reference_and_one_approval_email(
    tmp_path: Path,
) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id)
    assert [
        ("sam@example.net", OutboxStatus.drafted),
        ("ana@example.net", OutboxStatus.drafted),
    ] == _heads_ups(app, interview_id)
    [approval] = [r for r in app.store.outbox() if r.kind == "references_approval"]
    assert approval.subject.startswith("Heads-ups for your references: Acme")
    interview = app.store.interview(interview_id)
    assert interview is not None and ReferencesState.drafted == interview.tracks.references
    assert 2 == len(history(app.store))


def test_the_heads_up_names_company_role_caller_timing_and_what_to_emphasise(tmp_path: Path) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id)
    [sam, _ana] = app.store.notes(interview_id, purpose=NotePurpose.heads_up)
    assert "A call from Acme may come your way" == sam.subject
    for words in (
        "Dear Sam,",
        "Senior Backend Engineer role at Acme",
        "Jane Doe, this week",
        "speak to the payments migration",
        "Owning the payments platform",
        "My system design answer",
        "Maya Example",
    ):
        assert words in sam.body
    assert "jane@acme.example" not in sam.body


@pytest.mark.parametrize(
    ("want_job", "notes", "drafted"),
    [
        ("yes", "They asked for references.", 2),
        ("no", "They asked for references.", 0),
        ("unsure", "They asked for references.", 0),
        ("yes", "They did not ask for references.", 0),
        ("yes", "Nothing about next steps.", 0),
    ],
)
def test_heads_ups_are_drafted_only_when_she_wants_the_job_and_references_were_asked_for(
    tmp_path: Path, want_job: str, notes: str, drafted: int
) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id, want_job=want_job, notes=notes)
    assert drafted == len(_heads_ups(app, interview_id))


def test_no_references_configured_drafts_nothing_and_leaves_the_track(tmp_path: Path) -> None:
    app, interview_id = _app(tmp_path, extra="")
    _debrief(app, interview_id)
    interview = app.store.interview(interview_id)
    assert interview is not None and ReferencesState.not_started == interview.tracks.references
    with pytest.raises(UserError, match="no references are configured"):
        app.service.references.notify(interview_id, now=NOW)


def _second_interview(app: App, interview_id: int) -> int:
    first = app.store.interview(interview_id)
    assert first is not None
    with app.store.transaction():
        return app.store.save_interview(
            replace(first, id=0, uid="u2", start=first.start + timedelta(days=7)), now=NOW, token="second12"
        )


def test_a_reference_told_about_a_company_is_not_told_again_unless_forced(tmp_path: Path) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id)
    app.service.approvals.apply_reply(interview_id, "approve", now=NOW, purpose=NotePurpose.heads_up)
    second = _second_interview(app, interview_id)
    result = app.service.references.notify(second, now=NOW)
    assert ((), ("Sam Rivera", "Ana Lee")) == (result.notes, result.already_told)
    interview = app.store.interview(second)
    assert interview is not None and ReferencesState.told == interview.tracks.references
    forced = app.service.references.notify(second, now=NOW, force=True, only=(1,))
    assert ["sam@example.net"] == [n.email for n in forced.notes]


def test_a_discarded_heads_up_does_not_count_as_told(tmp_path: Path) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id)
    for note in app.store.notes(interview_id, purpose=NotePurpose.heads_up):
        app.service.drafts.discard(note.outbox_id, now=NOW)
    second = _second_interview(app, interview_id)
    result = app.service.references.notify(second, now=NOW)
    assert ["sam@example.net", "ana@example.net"] == [n.email for n in result.notes]
    assert [0, 0] == [v.recent for v in app.service.references.list(now=NOW)]


def test_a_reference_asked_max_per_month_times_is_flagged_in_the_approval_email(tmp_path: Path) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id)
    app.service.approvals.apply_reply(interview_id, "approve", now=NOW, purpose=NotePurpose.heads_up)
    second = _second_interview(app, interview_id)
    with app.store.transaction():
        other = app.store.interview(second)
        assert other is not None
        app.store.save_interview(replace(other, company="Globex"), now=NOW)
    result = app.service.references.notify(second, now=NOW + timedelta(days=1))
    assert ("R2 Ana Lee was asked once in the last 30 days (max_per_month = 1)",) == result.flags
    approvals = [r for r in app.store.outbox() if r.kind == "references_approval"]
    body = email.message_from_bytes(approvals[-1].raw, policy=policy.default).get_body(("plain",))
    assert body is not None
    assert "R2 Ana Lee was asked once in the last 30 days (max_per_month = 1)" in body.get_content()
    assert [1, 1] == [v.recent for v in app.service.references.list(now=NOW + timedelta(days=1))]
    assert [1, 1] == [v.recent for v in app.service.references.list(now=NOW + timedelta(days=2))]
    assert [0, 0] == [v.recent for v in app.service.references.list(now=NOW + timedelta(days=31))]


def test_a_heads_up_leaves_in_the_references_own_sending_window(tmp_path: Path) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id)
    [sam, ana] = app.store.notes(interview_id, purpose=NotePurpose.heads_up)
    # NOW is Thursday 16:00 UTC: 11:00 in New York (inside 08-19) and 17:00 in Berlin (inside too); at 19:30 UTC
    # New York is at 14:30 (open) and Berlin at 20:30 (closed until Friday 08:00 Berlin = 07:00 UTC).
    late = NOW.replace(hour=19, minute=30)
    assert late == app.service.drafts.note_opening(sam, late)
    assert NOW.replace(day=27, hour=7, minute=0) == app.service.drafts.note_opening(ana, late)


def test_refs_in_a_reply_drafts_heads_ups_for_the_numbered_references(tmp_path: Path) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id, notes="")
    assert [] == _heads_ups(app, interview_id)
    result = app.service.approvals.apply_reply(interview_id, "refs R2", now=NOW)
    assert result.changed, result.answer
    assert [("ana@example.net", OutboxStatus.drafted)] == _heads_ups(app, interview_id)
    again = app.service.approvals.apply_reply(interview_id, "refs 3", now=NOW)
    assert not again.changed and "no reference R3" in again.answer


def test_the_thank_you_approval_email_lists_the_references_with_r_numbers(tmp_path: Path) -> None:
    app, interview_id = _app(tmp_path)
    _debrief(app, interview_id)
    [approval] = [r for r in app.store.outbox() if r.kind == "thanks_approval"]
    text = approval.raw.decode()
    assert "R1. Sam Rivera (my manager at Contoso)" in text and "R2. Ana Lee" in text
