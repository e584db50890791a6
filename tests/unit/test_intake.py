"""Which messages are debrief replies, and what recording one does to the state (real SQLite, no server)."""

from __future__ import annotations

import email
import email.policy
import email.utils
import errno
import sqlite3
import time
from dataclasses import replace
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from followupd.adapters.mail.imap import FetchedMessage, MailboxCursor, parse_headers
from followupd.domain.workflows.plan import MailKind
from followupd.errors import Transient
from followupd.services.inbound import Intake, Status, is_temporary
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
    """With require_dkim, only the topmost Authentication-Results of the user's provider, with a pass for the
    From domain itself, counts (the test config's IMAP host imap.example.org gives authserv-id example.org)."""
    intake, interview_id, debrief_id = setup
    intake.settings = replace(intake.settings, require_dkim=True)  # type: ignore[misc]
    good = "mx.example.org; dkim=pass header.d=example.org header.s=s1"
    cases = {
        "provider's pass": ([good], interview_id),
        "no header": ([], None),
        "signed by another domain": (["mx.example.org; dkim=pass header.d=evil.example"], None),
        "domain as a substring": (["mx.example.org; dkim=pass header.d=example.org.evil.example"], None),
        "written by someone else": (["mx.evil.example; dkim=pass header.d=example.org"], None),
        "sender's own header below the provider's": (
            ["mx.example.org; dkim=fail header.d=example.org", good],
            None,
        ),
    }
    for why, (results, expected) in cases.items():
        headers = "".join(f"Authentication-Results: {r}\r\n" for r in results).encode()
        msg = message(in_reply_to=debrief_id)
        got = parse_headers(5, headers + msg.raw)
        assert expected == intake.interview_for(got), why


@pytest.mark.parametrize(
    "sender",
    [
        "maya@example.org <eve@evil.example>",
        "Maya <maya@example.org>, eve@evil.example",
        '"maya@example.org" <eve@evil.example>',
    ],
)
def test_from_that_only_looks_like_the_user_is_not_the_user(
    setup: tuple[Intake, int, str], sender: str
) -> None:
    """The address in angle brackets is the sender; a From with two mailboxes is nobody's reply."""
    intake, _, debrief_id = setup
    msg = message(in_reply_to=debrief_id)
    raw = msg.raw.replace(b"From: maya@example.org", f"From: {sender}".encode())
    assert intake.interview_for(parse_headers(5, raw)) is None


def test_two_from_headers_are_not_the_user(setup: tuple[Intake, int, str]) -> None:
    """A second From header, even naming the user too, makes the sender unknown."""
    intake, _, debrief_id = setup
    msg = message(in_reply_to=debrief_id)
    assert intake.interview_for(parse_headers(5, b"From: maya@example.org\r\n" + msg.raw)) is None


def test_reply_to_the_confirmation_is_routed_to_the_debrief(setup: tuple[Intake, int, str]) -> None:
    """The thread's outbox row decides: a reply to a confirmation answers the same debrief."""
    intake, interview_id, debrief_id = setup
    intake.on_messages("INBOX", [message(in_reply_to=debrief_id)], MailboxCursor("INBOX", 7, 5), now=NOW)
    [confirmation] = [r for r in intake.store.outbox() if r.kind == "confirmation"]
    second = message(in_reply_to=confirmation.message_id, body="12. next Friday\n")
    handled = intake.on_messages("INBOX", [second], MailboxCursor("INBOX", 7, 6), now=NOW)
    assert [(Status.recorded, interview_id)] == [(o.status, o.interview_id) for o in handled.outcomes]


def test_only_the_last_references_are_looked_up(setup: tuple[Intake, int, str]) -> None:
    """260,000 ids in References cost one bounded lookup: the last ids and In-Reply-To, never all of them."""
    intake, interview_id, debrief_id = setup
    refs = "".join(f" <r{i}@x.example>\n" for i in range(260_000))  # folded, as a client writes it
    raw = message().raw.replace(b"\n\n", f"\nReferences:{refs} {debrief_id}\n\n".encode(), 1)
    started = time.process_time()  # CPU time: other jobs on a shared machine do not count
    headers = parse_headers(5, raw)
    found = intake.interview_for(headers)
    elapsed = time.process_time() - started
    assert (interview_id, 50) == (found, len(headers.references))
    assert elapsed < 2.0


def test_recording_keeps_raw_reply_answers_confirmation_and_cursor(setup: tuple[Intake, int, str]) -> None:
    """One reply: answers saved, raw message kept, one confirmation queued, processed once, cursor moved."""
    intake, interview_id, debrief_id = setup
    reply = message(in_reply_to=debrief_id)
    cursor = MailboxCursor("INBOX", 7, 5)
    first = intake.on_messages("INBOX", [reply], cursor, now=NOW).outcomes
    again = intake.on_messages("INBOX", [reply], cursor, now=NOW + timedelta(minutes=1)).outcomes
    assert [Status.recorded] == [o.status for o in first]
    assert [(Status.ignored, "already processed")] == [(o.status, o.reason) for o in again]
    answers = intake.store.answers(interview_id)
    assert {k: v[1] for k, v in answers.items()} == {"rating": 7, "want_job": "yes"}
    [stored] = intake.store.replies(interview_id)
    assert bytes(stored["raw"]) == reply.raw
    confirmations = [r for r in intake.store.outbox() if r.kind == "confirmation"]
    assert len(confirmations) == 1
    text = _text(confirmations[0].raw)
    assert "Recorded 2 answers from this reply; the debrief now has 2 of 12." in text
    assert "1. rating: 7/10" in text and "11. want job: yes" in text
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


def _text(raw: bytes) -> str:
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    body = parsed.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")  # type: ignore[attr-defined]


def _confirmation(intake: Intake) -> str:
    [row] = [r for r in intake.store.outbox() if r.kind == "confirmation"]
    return _text(row.raw)


def test_confirmation_counts_this_reply_and_echoes_what_was_read(setup: tuple[Intake, int, str]) -> None:
    """Three answers give a three-answer confirmation that echoes the values and says how to correct one."""
    intake, _, debrief_id = setup
    body = "1. 8/10\n11. not sure\n12. by next Friday\n"
    intake.on_messages(
        "INBOX", [message(in_reply_to=debrief_id, body=body)], MailboxCursor("INBOX", 7, 5), now=NOW
    )
    text = _confirmation(intake)
    assert "Recorded 3 answers from this reply; the debrief now has 3 of 12." in text
    assert "1. rating: 8/10" in text
    assert "11. want job: not sure" in text
    assert "12. hear back: Friday 4 December 2026" in text
    assert 'reply with its number and the new answer, for example "12. <new answer>"' in text


def test_confirmation_echoes_money(setup: tuple[Intake, int, str]) -> None:
    """Amounts of money are echoed with their currency and period."""
    intake, _, debrief_id = setup
    body = "8. 85000 EUR per year\n"
    intake.on_messages(
        "INBOX", [message(in_reply_to=debrief_id, body=body)], MailboxCursor("INBOX", 7, 5), now=NOW
    )
    assert "8. money: 85,000 EUR per year" in _confirmation(intake)


def test_confirmation_of_a_reply_with_nothing_readable_says_so(setup: tuple[Intake, int, str]) -> None:
    """A reply without answers is confirmed as such, not as "Recorded N of 12", and its text kept as notes."""
    intake, _, debrief_id = setup
    body = "Went fine overall, long day.\n"
    intake.on_messages(
        "INBOX", [message(in_reply_to=debrief_id, body=body)], MailboxCursor("INBOX", 7, 5), now=NOW
    )
    text = _confirmation(intake)
    assert "Nothing in this reply could be read as an answer, so it is kept whole as notes." in text
    assert "Recorded" not in text
    assert "Kept as free notes:\nWent fine overall, long day." in text


def test_a_bug_sets_the_message_aside_and_the_next_is_recorded(
    setup: tuple[Intake, int, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reply whose processing raises a bug is set aside at once (listed, with its error); the next is recorded."""
    intake, interview_id, debrief_id = setup
    bad, good = message(in_reply_to=debrief_id), message(in_reply_to=debrief_id, body="1. 5/10\n")
    good = FetchedMessage(6, replace(good.headers, uid=6), good.raw)
    original = intake.record

    def flaky(folder: str, msg: FetchedMessage, *, now: object) -> object:
        if msg is bad:
            raise RuntimeError("parser bug")
        return original(folder, msg, now=now)  # type: ignore[arg-type]

    monkeypatch.setattr(intake, "record", flaky)
    handled = intake.on_messages("INBOX", [bad, good], MailboxCursor("INBOX", 7, 9), now=NOW)
    assert [Status.set_aside, Status.recorded] == [o.status for o in handled.outcomes]
    assert 9 == handled.cursor.last_uid
    [row] = intake.store.set_aside_list()
    assert (bad.headers.message_id, "INBOX", 5, "RuntimeError: parser bug", 1) == (
        row["message_id"],
        row["folder"],
        row["uid"],
        row["error"],
        row["attempts"],
    )
    assert intake.store.answers(interview_id)["rating"][1] == 5
    [notice] = [r for r in intake.store.outbox() if r.kind == "reply_set_aside"]
    text = email.message_from_bytes(notice.raw, policy=email.policy.default).get_body(("plain",))
    assert text is not None and f"followupd debrief retry '{bad.headers.message_id}'" in text.get_content()


def test_a_locked_database_defers_the_reply_and_it_is_recorded_later(setup: tuple[Intake, int, str]) -> None:
    """A database locked by another process beyond the busy timeout: the reply stays unprocessed, the cursor stays
    before it, nothing is tried before the backoff, and once the lock is gone it is recorded."""
    intake, interview_id, debrief_id = setup
    intake.store.conn.execute("PRAGMA busy_timeout=50")
    assert intake.store.path is not None
    other = sqlite3.connect(intake.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    reply = message(in_reply_to=debrief_id)
    with pytest.raises(Transient):  # saving the cursor needs the lock too: the watcher keeps its old cursor
        intake.on_messages("INBOX", [reply], MailboxCursor("INBOX", 7, 5), now=NOW)
    other.execute("ROLLBACK")
    other.close()
    soon = intake.on_messages("INBOX", [reply], MailboxCursor("INBOX", 7, 5), now=NOW + timedelta(seconds=10))
    assert [Status.deferred] == [o.status for o in soon.outcomes]  # waiting for its backoff
    assert (7, 4, None) == intake.store.mailbox_cursor("INBOX")
    assert not intake.store.is_processed(reply.headers.message_id)
    later = intake.on_messages("INBOX", [reply], MailboxCursor("INBOX", 7, 5), now=NOW + timedelta(minutes=2))
    assert [Status.recorded] == [o.status for o in later.outcomes]
    assert (7, 5, None) == intake.store.mailbox_cursor("INBOX")
    assert 7 == intake.store.answers(interview_id)["rating"][1]


def test_a_lasting_temporary_failure_is_set_aside_after_five_tries_over_half_an_hour(
    setup: tuple[Intake, int, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full five times over 30 minutes: set aside and listed; `release_set_aside` lets it be read again."""
    intake, _, debrief_id = setup
    reply = message(in_reply_to=debrief_id)

    def full(folder: str, msg: FetchedMessage, *, now: object) -> object:
        raise sqlite3.OperationalError("database or disk is full")

    original = intake.record
    monkeypatch.setattr(intake, "record", full)
    statuses, when = [], NOW
    for minutes in (0, 1, 5, 15, 29, 30):
        when = NOW + timedelta(minutes=minutes)
        handled = intake.on_messages("INBOX", [reply], MailboxCursor("INBOX", 7, 5), now=when)
        statuses.append(handled.outcomes[0].status)
    assert [Status.deferred] * 5 + [Status.set_aside] == statuses
    assert [reply.headers.message_id] == [r["message_id"] for r in intake.store.set_aside_list()]
    assert (7, 5, None) == intake.store.mailbox_cursor("INBOX")
    monkeypatch.setattr(intake, "record", original)
    with intake.store.transaction():
        assert intake.store.release_set_aside(reply.headers.message_id) is not None
    assert ([], (7, 4, None)) == (intake.store.set_aside_list(), intake.store.mailbox_cursor("INBOX"))
    handled = intake.on_messages("INBOX", [reply], MailboxCursor("INBOX", 7, 5), now=when)
    assert [Status.recorded] == [o.status for o in handled.outcomes]


@pytest.mark.parametrize(
    ("error", "temporary"),
    [
        (sqlite3.OperationalError("database is locked"), True),
        (sqlite3.OperationalError("disk I/O error"), True),
        (sqlite3.OperationalError("database or disk is full"), True),
        (OSError(errno.EMFILE, "Too many open files"), True),
        (OSError(errno.ENOSPC, "No space left on device"), True),
        (Transient("server busy"), True),
        (sqlite3.OperationalError("no such column: x"), False),
        (KeyError("rating"), False),
        (OSError(errno.EACCES, "Permission denied"), False),
    ],
)
def test_which_errors_are_temporary(error: Exception, temporary: bool) -> None:
    """Locked, full or broken storage and no file descriptors pass by themselves; bugs do not."""
    assert temporary is is_temporary(error)
