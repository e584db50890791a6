"""One drafts machinery for every purpose: numbering across purposes, approval scoped to the email answered."""

from __future__ import annotations

from pathlib import Path

from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.models import Person, ReferencesState
from followupd.domain.workflows.plan import MailKind
from followupd.services.app import App
from followupd.services.drafts import Drafted
from tests.support import NOW
from tests.unit.test_drafts_service import debriefed


def _heads_up(tmp_path: Path) -> tuple[App, int, list[int]]:
    app, interview_id = debriefed(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        ids = app.service.drafts.add(
            interview,
            NotePurpose.heads_up,
            [Drafted(Person("Sam Rivera", "sam@example.net"), "A call from Acme", "Hi Sam,\n")],
            now=NOW,
        )
    return app, interview_id, ids


def test_a_heads_up_is_numbered_after_the_thank_you_notes(tmp_path: Path) -> None:
    app, interview_id, [heads_up] = _heads_up(tmp_path)
    notes = app.store.notes(interview_id)
    assert [(1, "thanks"), (2, "thanks"), (3, "thanks"), (4, "heads_up")] == [
        (n.number, n.purpose.value) for n in notes
    ]
    row = app.store.outbox_row(heads_up)
    assert row is not None
    assert ("heads_up", OutboxStatus.drafted, ("sam@example.net",)) == (row.kind, row.status, row.recipients)


def test_approve_without_numbers_approves_only_the_purpose_of_the_email_answered(tmp_path: Path) -> None:
    app, interview_id, _ids = _heads_up(tmp_path)
    result = app.service.approvals.apply_reply(interview_id, "approve", now=NOW, purpose=NotePurpose.heads_up)
    assert result.changed
    statuses = {n.number: n.status for n in app.store.notes(interview_id)}
    assert {1: OutboxStatus.drafted, 3: OutboxStatus.drafted, 4: OutboxStatus.approved} == {
        k: statuses[k] for k in (1, 3, 4)
    }


def test_a_number_names_a_note_of_any_purpose(tmp_path: Path) -> None:
    app, interview_id, _ids = _heads_up(tmp_path)
    app.service.approvals.apply_reply(interview_id, "approve 1", now=NOW, purpose=NotePurpose.heads_up)
    statuses = {n.number: n.status for n in app.store.notes(interview_id)}
    assert (OutboxStatus.approved, OutboxStatus.drafted) == (statuses[1], statuses[4])


def test_the_references_track_follows_its_heads_ups(tmp_path: Path) -> None:
    app, interview_id, [heads_up] = _heads_up(tmp_path)
    app.service.drafts.discard(heads_up, now=NOW)
    interview = app.store.interview(interview_id)
    assert interview is not None and ReferencesState.skipped == interview.tracks.references


def test_an_approval_email_lists_the_open_notes_of_its_purpose_only(tmp_path: Path) -> None:
    app, interview_id, _ids = _heads_up(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.service.drafts.queue_approval(interview, NotePurpose.heads_up, MailKind.thanks_approval, now=NOW)
    rows = [r for r in app.store.outbox() if r.kind == "thanks_approval"]
    text = rows[-1].raw.decode()
    assert "Sam" in text and "Dear Jane" not in text


def test_a_second_batch_while_the_first_waits_gets_its_own_approval_email(tmp_path: Path) -> None:
    """Heads-up 4 still a draft, heads-up 5 drafted later: a second email lists both; asking again sends none."""
    app, interview_id, _ids = _heads_up(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None

    def approval_emails() -> int:
        return len([r for r in app.store.outbox() if r.kind == "references_approval"])

    with app.store.transaction():
        app.service.drafts.queue_approval(
            interview, NotePurpose.heads_up, MailKind.references_approval, now=NOW, extra={"flags": []}
        )
        app.service.drafts.add(
            interview,
            NotePurpose.heads_up,
            [Drafted(Person("Ana Lee", "ana@example.net"), "A call from Acme", "Hi Ana,\n")],
            now=NOW,
        )
        app.service.drafts.queue_approval(
            interview, NotePurpose.heads_up, MailKind.references_approval, now=NOW, extra={"flags": []}
        )
        app.service.drafts.queue_approval(
            interview, NotePurpose.heads_up, MailKind.references_approval, now=NOW, extra={"flags": []}
        )
    assert 2 == approval_emails()
