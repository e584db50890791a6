"""Which messages are debrief replies, and what recording one does to the state (real SQLite, no server)."""

from __future__ import annotations

import email.utils
from dataclasses import replace
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.adapters.mail.imap import FetchedMessage, MailboxCursor, parse_headers
from followupd.domain.workflows.plan import MailKind
from followupd.services.inbound import Intake, _dkim_pass
from tests.support import NOW, build_app

USER = "maya@example.org"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Intake, int, str]:
    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.service.outbox.queue_to_self(interview, MailKind.debrief, f"debrief:{interview_id}", now=NOW)
    [row] = app.store.outbox()
    return Intake(app.service), interview_id, row.message_id


def message(
    *,
    sender: str = USER,
    in_reply_to: str | None = None,
    subject: str = "Re: Debrief: Acme",
    body: str = "1. 7/10\n11. yes\n",
    headers: dict[str, str] | None = None,
) -> FetchedMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = USER
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(NOW)
    msg["Message-ID"] = email.utils.make_msgid(domain="phone.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    raw = msg.as_bytes()
    return FetchedMessage(uid=5, headers=parse_headers(5, raw), raw=raw)


def test_threaded_reply_from_the_user_is_wanted(setup: tuple[Intake, int, str]) -> None:
    """In-Reply-To naming our debrief, from the user's address: it is a reply to that interview."""
    intake, interview_id, debrief_id = setup
    assert intake.interview_for(message(in_reply_to=debrief_id).headers) == interview_id
    assert (
        intake.interview_for(message(in_reply_to=debrief_id, sender="Maya <MAYA@example.org>").headers)
        == interview_id
    )


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"sender": "jane@acme.example"}, "another sender"),
        ({"in_reply_to": "<unrelated@x>"}, "another thread"),
        ({"headers": {"Auto-Submitted": "auto-replied"}}, "auto-reply"),
        ({"headers": {"X-Autoreply": "yes"}}, "vacation responder"),
        ({"headers": {"Precedence": "bulk"}}, "bulk"),
        ({"headers": {"Return-Path": "<>"}}, "bounce"),
    ],
)
def test_not_wanted(setup: tuple[Intake, int, str], changes: dict[str, object], why: str) -> None:
    """Anything but the user's own, human, threaded reply is left alone."""
    intake, _, debrief_id = setup
    kwargs: dict[str, object] = {"in_reply_to": debrief_id} | changes
    assert intake.interview_for(message(**kwargs).headers) is None, why  # type: ignore[arg-type]


def test_our_own_debrief_in_the_inbox_is_not_a_reply(setup: tuple[Intake, int, str]) -> None:
    """The debrief itself arrives in the INBOX from the user's address; it must not count as an answer."""
    intake, _, debrief_id = setup
    [row] = intake.store.outbox()
    assert row.message_id == debrief_id
    own = FetchedMessage(uid=1, headers=parse_headers(1, row.raw), raw=row.raw)
    assert intake.interview_for(own.headers) is None


def test_subject_token_threads_without_in_reply_to(setup: tuple[Intake, int, str]) -> None:
    """The [fu-token] in the subject is enough when a client drops In-Reply-To."""
    intake, interview_id, _ = setup
    assert intake.interview_for(message(subject="Re: Debrief: Acme [fu-abc12345]").headers) == interview_id
    assert intake.interview_for(message(subject="Re: Debrief: Acme [fu-zzzzzzzz]").headers) is None


def test_dkim_required_when_configured(setup: tuple[Intake, int, str]) -> None:
    """With require_dkim, only a DKIM or DMARC pass for the user's domain counts."""
    intake, interview_id, debrief_id = setup
    intake.settings = replace(intake.settings, require_dkim=True)  # type: ignore[misc]
    good = {"Authentication-Results": "mx.example.org; dkim=pass header.d=example.org header.s=s1"}
    forged = {"Authentication-Results": "mx.example.org; dkim=pass header.d=evil.example"}
    assert intake.interview_for(message(in_reply_to=debrief_id, headers=good).headers) == interview_id
    assert intake.interview_for(message(in_reply_to=debrief_id, headers=forged).headers) is None
    assert intake.interview_for(message(in_reply_to=debrief_id).headers) is None


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        (("mx; dmarc=pass (p=none) header.from=example.org",), True),
        (("mx; dkim=fail header.d=example.org",), False),
        (("mx; spf=pass smtp.mailfrom=example.org",), False),
    ],
)
def test_dkim_pass_reader(results: tuple[str, ...], expected: bool) -> None:
    """Authentication-Results clauses are read per RFC 8601."""
    assert _dkim_pass(results, "example.org") is expected


def test_recording_keeps_raw_reply_answers_confirmation_and_cursor(setup: tuple[Intake, int, str]) -> None:
    """One reply: answers saved, raw message kept, one confirmation queued, processed once, cursor moved."""
    intake, interview_id, debrief_id = setup
    reply = message(in_reply_to=debrief_id)
    cursor = MailboxCursor("INBOX", 7, 5)
    first = intake.on_messages("INBOX", [reply], cursor, now=NOW)
    again = intake.on_messages("INBOX", [reply], cursor, now=NOW + timedelta(minutes=1))
    assert [o.outcome for o in first] == ["recorded"]
    assert [o.outcome for o in again] == ["ignored:not a debrief reply"]
    answers = intake.store.answers(interview_id)
    assert {k: v[1] for k, v in answers.items()} == {"rating": 7, "want_job": "yes"}
    [stored] = intake.store.replies(interview_id)
    assert bytes(stored["raw"]) == reply.raw
    confirmations = [r for r in intake.store.outbox() if r.kind == "confirmation"]
    assert len(confirmations) == 1
    assert b"Recorded 2 of 12 answers (you rated it 7/10)" in confirmations[0].raw
    assert intake.store.mailbox_cursor("INBOX") == (7, 5, None)


def test_free_text_reply_is_kept_as_notes(setup: tuple[Intake, int, str]) -> None:
    """A reply without numbers or quoted questions is kept whole as free notes and still ends the reminders."""
    intake, interview_id, debrief_id = setup
    intake.on_messages(
        "INBOX",
        [message(in_reply_to=debrief_id, body="Went fine overall, long day.\n")],
        MailboxCursor("INBOX", 7, 6),
        now=NOW,
    )
    [stored] = intake.store.replies(interview_id)
    assert stored["free_notes"] == "Went fine overall, long day."
    interview = intake.store.interview(interview_id)
    assert interview is not None and interview.stage.value == "debriefed"


def test_a_failing_message_does_not_block_the_others(
    setup: tuple[Intake, int, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reply whose processing raises is marked failed and logged; the next one is still recorded."""
    intake, interview_id, debrief_id = setup
    bad, good = message(in_reply_to=debrief_id), message(in_reply_to=debrief_id, body="1. 5/10\n")
    original = intake.record

    def flaky(folder: str, msg: FetchedMessage, *, now: object) -> object:
        if msg is bad:
            raise RuntimeError("parser bug")
        return original(folder, msg, now=now)  # type: ignore[arg-type]

    monkeypatch.setattr(intake, "record", flaky)
    outcomes = intake.on_messages("INBOX", [bad, good], MailboxCursor("INBOX", 7, 9), now=NOW)
    assert [o.outcome for o in outcomes] == ["failed:RuntimeError", "recorded"]
    assert intake.store.is_processed(bad.headers.message_id)
    assert intake.store.answers(interview_id)["rating"][1] == 5
