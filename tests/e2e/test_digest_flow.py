"""End to end: when the digest timer is due, run --once mails exactly one weekly digest to the user."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.adapters.store.db import open_store
from followupd.domain.workflows.plan import TimerKind
from followupd.services.digest import SUBJECT
from tests.e2e.helpers import file_calendar, make_instance, past_interview
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


def digests(stack: MailStack, user: MailUser) -> list[EmailMessage]:
    return [m for m in stack.fetch_all(user) if str(m["Subject"]).startswith("Your week:")]


def test_a_due_digest_is_sent_once(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> None:
    """The first pass sets the digest for the configured day; once that time has come, the next pass sends one
    digest listing the interview and its open debrief, and a further pass sends none."""
    ics = past_interview(
        mail_user, uid="globex-1@example.test", summary="Interview: Globex, Platform Engineer"
    )
    instance = make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, ics))
    assert 0 == instance.cli("run", "--once").returncode
    status = instance.json("status")
    [timer] = [t for t in status["timers"] if t["kind"] == TimerKind.digest.value]
    due = datetime.strptime(timer["due"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert timedelta(0) < due - datetime.now(UTC) <= timedelta(days=7)
    assert [] == digests(mail_stack, instance.user)

    # The week passes: the timer's time has come (the state is what a sleeping daemon would wake up to).
    store = open_store(instance.state)
    with store.transaction():
        store.set_timer(TimerKind.digest.value, SUBJECT.key, datetime.now(UTC) - timedelta(minutes=1))
    store.close()
    assert 0 == instance.cli("run", "--once").returncode
    assert 0 == instance.cli("run", "--once").returncode

    [digest] = digests(mail_stack, instance.user)
    body = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Interviews in the last seven days:" in body and "Globex, Platform Engineer" in body
    assert "  - Globex: the debrief questions are still open" in body
    assert "Keep applying." in body
    assert f"{instance.web_url}/dashboard/" in body
    assert "auto-generated" == digest["Auto-Submitted"]
    status = instance.json("status")
    [timer] = [t for t in status["timers"] if t["kind"] == TimerKind.digest.value]
    assert datetime.strptime(timer["due"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) > datetime.now(UTC)
