"""SMTP faults on the real stack, each with its outcome: sent once, or held as uncertain and settled, never twice."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, file_calendar, make_instance, past_interview
from tests.reliability.support import debriefs
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


@pytest.fixture
def instance(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> Instance:
    """An installation whose interview ended 11 minutes ago: its debrief is due, not yet sent."""
    ics = past_interview(mail_user, uid="acme-smtp@example.test", summary="Interview: Acme, Data Engineer")
    return make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, ics))


def _retry_now(instance: Instance) -> None:
    """The back-off (1 minute after the first failure) has passed: make every pending send due."""
    with sqlite3.connect(instance.state / "followupd.sqlite3") as db:
        db.execute("UPDATE outbox SET not_before = '2000-01-01T00:00:00+00:00' WHERE status = 'pending'")


def _outbox(instance: Instance) -> dict[str, int]:
    return {k: v for k, v in instance.json("status")["outbox"].items() if isinstance(v, int)}


FAULTS: dict[str, Callable[[MailStack], None]] = {
    "421 at connect": lambda stack: stack.submission.fail_connect_next(),
    "451 after DATA": lambda stack: stack.submission.fail_next(451, stage="DATA"),
    "451 at MAIL FROM": lambda stack: stack.submission.fail_next(451, stage="MAIL"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_temporary_refusal_is_retried_and_sent_once(
    mail_stack: MailStack, instance: Instance, fault: str
) -> None:
    """A 4xx before the message was taken leaves the debrief pending; the retry sends it, exactly once."""
    FAULTS[fault](mail_stack)
    assert 0 == instance.cli("run", "--once").returncode
    assert [] == debriefs(mail_stack, instance.user)
    assert 1 == _outbox(instance).get("pending")
    _retry_now(instance)
    assert 0 == instance.cli("run", "--once").returncode
    _retry_now(instance)
    assert 0 == instance.cli("run", "--once").returncode
    assert 1 == len(debriefs(mail_stack, instance.user))
    assert 1 == _outbox(instance).get("sent")


def test_answer_lost_after_data_is_settled_never_resent(mail_stack: MailStack, instance: Instance) -> None:
    """The connection drops after DATA, the server had taken the message: held as uncertain, then settled by
    its Message-ID on the server; one debrief in the mailbox however often the daemon runs."""
    mail_stack.submission.drop_after_data(deliver=True)
    instance.cli("run", "--once")
    assert 1 == len(debriefs(mail_stack, instance.user))
    with instance.config.open("a") as config:
        config.write('\n[mailbox]\nsettle_after = "0s"\n')
    for _ in range(3):
        _retry_now(instance)
        instance.cli("run", "--once")
    assert 1 == len(debriefs(mail_stack, instance.user))
    assert 1 == _outbox(instance).get("sent")


def test_permanent_refusal_fails_and_is_reported(mail_stack: MailStack, instance: Instance) -> None:
    """A 550 for the only recipient marks the debrief failed (not retried, not lost): status lists it."""
    mail_stack.submission.refuse(instance.user.address)
    instance.cli("run", "--once")
    _retry_now(instance)
    instance.cli("run", "--once")
    assert [] == debriefs(mail_stack, instance.user)
    assert 1 == _outbox(instance).get("failed")
