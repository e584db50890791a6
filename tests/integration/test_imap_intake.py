"""Intake against the stack's Dovecot: huge messages, temporary failures and bugs never stop the next reply."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace
from datetime import timedelta
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from followupd.adapters.mail import imap
from followupd.adapters.mail.imap import MailboxCursor
from followupd.domain.workflows.plan import MailKind
from followupd.errors import Transient
from followupd.services.inbound import Handled, Intake, Status
from tests.stack.mail import MailStack, MailUser
from tests.support import NOW, build_app

pytestmark = pytest.mark.integration


@pytest.fixture
def intake(tmp_path: Path, mail_user: MailUser) -> tuple[Intake, int, str]:
    """An Intake whose user is the stack's mailbox owner, with one debrief queued; (intake, interview, its id)."""
    app, interview_id = build_app(tmp_path)
    account = replace(app.settings.account, addresses=(mail_user.address,))
    app.service.settings = replace(app.settings, account=account)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.service.outbox.queue_to_self(interview, MailKind.debrief, f"debrief:{interview_id}", now=NOW)
    [row] = app.store.outbox()
    return Intake(app.service), interview_id, row.message_id


def _reply(
    user: MailUser, debrief_id: str, *, body: str = "1. 7/10\r\n11. yes\r\n", extra: bytes = b""
) -> bytes:
    head = (
        f"From: Maya <{user.address}>\r\nTo: {user.address}\r\nSubject: Re: Debrief: Acme\r\n"
        f"Date: {format_datetime(NOW)}\r\nMessage-ID: {make_msgid(domain='phone.example')}\r\n"
        f"In-Reply-To: {debrief_id}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    ).encode()
    return head + extra + b"\r\n" + body.encode()


def _pass(
    stack: MailStack, user: MailUser, intake: Intake, cursor: MailboxCursor | None, *, now: object = NOW
) -> tuple[Handled | None, MailboxCursor | None]:
    """One catch-up as the watcher does it: fetch what is new, hand it over; on an exception keep the old cursor."""
    client = imap.connect(stack.imap_settings(user), stack.credentials(user))
    try:
        messages, new = imap.fetch_new(
            client, folder="INBOX", cursor=cursor, wants=intake.wants, from_user=intake.from_user
        )
    finally:
        client.logout()
    try:
        handled = intake.on_messages("INBOX", messages, new, now=now)  # type: ignore[arg-type]
    except Transient:
        return None, cursor
    return handled, handled.cursor


def test_a_message_with_260000_references_does_not_stop_the_next_reply(
    mail_stack: MailStack, mail_user: MailUser, intake: tuple[Intake, int, str]
) -> None:
    """From the user, 260,000 ids in References (7.7 MB of header): read in bounded pieces, no SQLite limit hit,
    and the genuine reply after it is recorded in the same pass, within seconds."""
    inbox, interview_id, debrief_id = intake
    refs = b"".join(b" <ref-%d@thread.example>\r\n" % i for i in range(260_000))
    huge = _reply(mail_user, "<elsewhere@thread.example>", body="1. 2/10\r\n", extra=b"References:" + refs)
    assert len(huge) > 7_000_000
    mail_stack.deliver(mail_user, huge, mail_from=mail_user.address)
    mail_stack.deliver(mail_user, _reply(mail_user, debrief_id), mail_from=mail_user.address)
    started = time.monotonic()
    handled, cursor = _pass(mail_stack, mail_user, inbox, None)
    elapsed = time.monotonic() - started
    assert handled is not None and cursor is not None
    assert [Status.recorded] == [o.status for o in handled.outcomes]
    assert 7 == inbox.store.answers(interview_id)["rating"][1]
    assert cursor.last_uid == 2
    assert elapsed < 10, elapsed


def test_a_locked_database_defers_the_reply_until_the_lock_is_gone(
    mail_stack: MailStack, mail_user: MailUser, intake: tuple[Intake, int, str]
) -> None:
    """Another process holds the state database past the busy timeout: the reply is not lost and not marked
    failed; the next passes see it again, and once the lock is gone and the backoff passed it is recorded."""
    inbox, interview_id, debrief_id = intake
    inbox.store.conn.execute("PRAGMA busy_timeout=100")  # 5 s in production; the test need not wait that long
    _, cursor = _pass(mail_stack, mail_user, inbox, None)
    mail_stack.deliver(mail_user, _reply(mail_user, debrief_id), mail_from=mail_user.address)
    assert inbox.store.path is not None
    other = sqlite3.connect(inbox.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        handled, after_lock = _pass(mail_stack, mail_user, inbox, cursor)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert (None, cursor) == (handled, after_lock)
    handled, _ = _pass(mail_stack, mail_user, inbox, cursor, now=NOW + timedelta(seconds=5))
    assert handled is not None and [Status.deferred] == [o.status for o in handled.outcomes]
    assert not inbox.store.is_processed(handled.outcomes[0].message_id)
    handled, _ = _pass(mail_stack, mail_user, inbox, handled.cursor, now=NOW + timedelta(minutes=2))
    assert handled is not None and [Status.recorded] == [o.status for o in handled.outcomes]
    assert 7 == inbox.store.answers(interview_id)["rating"][1]


def test_a_full_disk_for_half_an_hour_sets_the_reply_aside_and_retry_reads_it_again(
    mail_stack: MailStack,
    mail_user: MailUser,
    intake: tuple[Intake, int, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The state disk is full at five tries over 30 minutes: the reply is set aside (listed) and later replies
    flow again; after the disk is freed, releasing it makes the next pass record it."""
    inbox, interview_id, debrief_id = intake
    _, cursor = _pass(mail_stack, mail_user, inbox, None)
    mail_stack.deliver(mail_user, _reply(mail_user, debrief_id), mail_from=mail_user.address)
    add_reply = inbox.store.add_reply

    def full(**kwargs: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(inbox.store, "add_reply", full)
    statuses = []
    for minutes in (0, 1, 5, 15, 30):
        handled, cursor = _pass(mail_stack, mail_user, inbox, cursor, now=NOW + timedelta(minutes=minutes))
        assert handled is not None
        statuses.append(handled.outcomes[0].status)
    assert [Status.deferred] * 4 + [Status.set_aside] == statuses
    [aside] = inbox.store.set_aside_list()
    assert ("INBOX", 5, "OperationalError: database or disk is full") == (
        aside["folder"],
        aside["attempts"],
        aside["error"],
    )
    monkeypatch.setattr(inbox.store, "add_reply", add_reply)
    mail_stack.deliver(
        mail_user, _reply(mail_user, debrief_id, body="11. no\r\n"), mail_from=mail_user.address
    )
    handled, cursor = _pass(mail_stack, mail_user, inbox, cursor, now=NOW + timedelta(minutes=31))
    assert handled is not None and [Status.recorded] == [o.status for o in handled.outcomes]
    with inbox.store.transaction():
        inbox.store.release_set_aside(aside["message_id"])
    reread = inbox.load_cursor("INBOX")
    handled, _ = _pass(mail_stack, mail_user, inbox, reread, now=NOW + timedelta(minutes=32))
    assert handled is not None and [Status.recorded] == [o.status for o in handled.outcomes]
    assert {"rating": 7, "want_job": "yes"} == {k: v[1] for k, v in inbox.store.answers(interview_id).items()}


def test_a_parser_bug_sets_one_reply_aside_at_once(
    mail_stack: MailStack,
    mail_user: MailUser,
    intake: tuple[Intake, int, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug while parsing one reply sets it aside on the first try; the reply after it is recorded."""
    inbox, interview_id, debrief_id = intake
    mail_stack.deliver(
        mail_user, _reply(mail_user, debrief_id, body="1. crash me\r\n"), mail_from=mail_user.address
    )
    mail_stack.deliver(
        mail_user, _reply(mail_user, debrief_id, body="1. 6/10\r\n"), mail_from=mail_user.address
    )
    import followupd.services.inbound as inbound

    real = inbound.parse_reply

    def buggy(message: object, **kwargs: object) -> object:
        if "crash me" in str(message):
            raise IndexError("parser bug")
        return real(message, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(inbound, "parse_reply", buggy)
    handled, cursor = _pass(mail_stack, mail_user, inbox, None)
    assert handled is not None and cursor is not None
    assert [Status.set_aside, Status.recorded] == [o.status for o in handled.outcomes]
    assert 2 == cursor.last_uid
    assert 6 == inbox.store.answers(interview_id)["rating"][1]
