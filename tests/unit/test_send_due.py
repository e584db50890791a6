"""Sending the outbox: each outcome of an SMTP attempt moves the row to the right state, and nothing is resent."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.domain.workflows.plan import MailKind
from followupd.errors import Permanent, Transient
from tests.support import NOW, build_app


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    with app.store.transaction():
        app.service.outbox.queue_to_self(interview, MailKind.debrief, f"debrief:{interview_id}", now=NOW)
    return app


async def _send_with(app, error: BaseException | None) -> list[EmailMessage]:  # type: ignore[no-untyped-def]
    sent: list[EmailMessage] = []

    async def send(message: EmailMessage, recipients: tuple[str, ...]) -> None:
        sent.append(message)
        if error is not None:
            raise error

    await app.service.outbox.send_due(now=NOW, send=send)
    return sent


async def test_success_marks_sent_and_sends_once(app) -> None:  # type: ignore[no-untyped-def]
    """A sent row is not sent again by the next pass; the message carries the row's Message-ID."""
    first = await _send_with(app, None)
    again = await _send_with(app, None)
    [row] = app.store.outbox()
    assert (len(first), len(again), row.status) == (1, 0, "sent")
    assert first[0]["Message-ID"] == row.message_id


async def test_transient_failure_retries_later_with_the_same_message_id(app) -> None:  # type: ignore[no-untyped-def]
    """A 4xx or a timeout puts the row back with a back-off; the retry carries the same Message-ID."""
    await _send_with(app, Transient("451 try later"))
    [row] = app.store.outbox()
    assert (row.status, row.attempts, row.not_before) == ("pending", 1, NOW + timedelta(minutes=1))
    assert await _send_with(app, None) == []  # not due yet

    async def send(message: EmailMessage, recipients: tuple[str, ...]) -> None:
        assert message["Message-ID"] == row.message_id

    await app.service.outbox.send_due(now=NOW + timedelta(minutes=1), send=send)
    assert app.store.outbox()[0].status == "sent"


@pytest.mark.parametrize("error", [Permanent("550 no such user"), RuntimeError("bug")])
async def test_permanent_or_unexpected_failure_is_never_retried(app, error: BaseException) -> None:  # type: ignore[no-untyped-def]
    """A 5xx, or a bug in the sender, marks the row failed: shown by status, never sent blindly again."""
    await _send_with(app, error)
    [row] = app.store.outbox()
    assert row.status == "failed"
    assert await _send_with(app, None) == []
