"""End to end: an interview on the calendar gives exactly one debrief, a reply is recorded and confirmed once."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, file_calendar, make_instance, past_interview
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


@pytest.fixture
def instance(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> Instance:
    ics = past_interview(
        mail_user, uid="acme-1@example.test", summary="Interview: Acme, Senior Backend Engineer"
    )
    return make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, ics))


def debriefs(stack: MailStack, user: MailUser) -> list[EmailMessage]:
    return [m for m in stack.fetch_all(user) if str(m["Subject"]).startswith("Debrief:")]


def test_one_debrief_then_a_reply_is_recorded_and_confirmed_once(
    mail_stack: MailStack, instance: Instance
) -> None:
    """run --once sends one debrief; again sends nothing; a numbered reply is recorded and confirmed once."""
    first = instance.cli("run", "--once")
    assert first.returncode == 0, first.stderr
    assert instance.cli("run", "--once").returncode == 0
    sent = debriefs(mail_stack, instance.user)
    assert len(sent) == 1
    debrief = sent[0]
    assert str(debrief["Subject"]).startswith("Debrief: Acme, Senior Backend Engineer [fu-")
    body = debrief.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "1. How did it go? Rate your overall performance from 0 to 10." in body
    assert "12. When did they say you would hear back?" in body
    assert f"{instance.web_url}/debrief/" in body
    assert "Jane Doe and Raj Patel" in body
    assert debrief.get_body(("html",)) is not None

    reply = EmailMessage()
    reply["From"] = f"Maya Example <{instance.user.address}>"
    reply["To"] = instance.user.address
    reply["Subject"] = "Re: " + str(debrief["Subject"])
    reply["Date"] = email.utils.format_datetime(datetime.now(UTC))
    reply["Message-ID"] = email.utils.make_msgid(domain="phone.example")
    reply["In-Reply-To"] = debrief["Message-ID"]
    reply["References"] = debrief["Message-ID"]
    reply.set_content(
        "1. 7/10, the system design part went well\n2. Explaining the cache design\n"
        "11. yes\n\nSent from my iPhone\n\n> 1. How did it go?\n"
    )
    mail_stack.deliver(instance.user, reply)

    assert instance.cli("run", "--once").returncode == 0
    assert instance.cli("run", "--once").returncode == 0
    shown = instance.json("interviews", "show", "1")
    answers = {q["id"]: q for q in shown["debrief"]["questions"]}
    assert answers["rating"]["value"] == 7
    assert answers["want_job"]["value"] == "yes"
    assert answers["went_well"]["answer"] == "Explaining the cache design"
    assert shown["stage"] == "debriefed"
    confirmations = [
        m
        for m in mail_stack.fetch_all(instance.user)
        if str(m["Subject"]).startswith("Re: Debrief") and m["Message-ID"] != reply["Message-ID"]
    ]
    assert len(confirmations) == 1
    text = confirmations[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Recorded 3 answers from this reply; the debrief now has 3 of 12." in text
    assert "1. rating: 7/10" in text
    assert confirmations[0]["In-Reply-To"] == reply["Message-ID"]


@pytest.mark.parametrize("fault", ["after_sending_mark", "after_smtp_accept"])
def test_killed_mid_send_still_exactly_one(mail_stack: MailStack, instance: Instance, fault: str) -> None:
    """SIGKILL after the outbox commit, before or after SMTP accepted: settled after settle_after, one debrief."""
    crashed = instance.cli("run", "--once", env={"FOLLOWUPD_FAULT": fault})
    assert crashed.returncode == -9
    # Within settle_after (2 minutes by default) the interrupted send is left alone: neither resent nor guessed.
    assert instance.cli("run", "--once").returncode == 0
    assert instance.json("status")["outbox"]["sending"] == 1
    assert len(debriefs(mail_stack, instance.user)) == (1 if fault == "after_smtp_accept" else 0)
    with instance.config.open("a") as config:
        config.write('\n[mailbox]\nsettle_after = "0s"\n')
    assert instance.cli("run", "--once").returncode == 0
    assert instance.cli("run", "--once").returncode == 0
    assert len(debriefs(mail_stack, instance.user)) == 1
    status = instance.json("status")
    assert status["outbox"]["sent"] == 1 and status["outbox"]["sending"] == 0


@pytest.mark.parametrize("delivered", [True, False])
def test_answer_lost_after_data_still_exactly_one(
    mail_stack: MailStack, instance: Instance, delivered: bool
) -> None:
    """The server hangs up after the debrief's data, before answering: the debrief is neither resent nor lost.

    It stays 'sending' until settle_after, then the Message-ID search decides: found means sent; not found
    sends the user's own debrief once more. Either way exactly one debrief reaches the INBOX.
    """
    mail_stack.submission.drop_after_data(deliver=delivered)
    assert instance.cli("run", "--once").returncode == 0
    assert instance.cli("run", "--once").returncode == 0  # within settle_after: left alone
    assert instance.json("status")["outbox"]["sending"] == 1
    with instance.config.open("a") as config:
        config.write('\n[mailbox]\nsettle_after = "0s"\n')
    assert instance.cli("run", "--once").returncode == 0
    assert instance.cli("run", "--once").returncode == 0
    assert len(debriefs(mail_stack, instance.user)) == 1
    status = instance.json("status")
    assert (status["outbox"]["sent"], status["outbox"]["sending"]) == (1, 0)
