"""End to end: interview -> debrief -> "no date given" -> no word by the (compressed) wait -> the reminder in INBOX,
the check-in in Drafts -> "approve" -> the interviewer gets it once. Mail from the company cancels it; freemail not."""

from __future__ import annotations

import email.utils
import secrets
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, file_calendar, ics_event, make_instance
from tests.e2e.test_thanks_reply import reply_as_maya, text_of
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e

ALWAYS_OPEN = (
    '[schedule]\nwindow = "00:00-24:00"\nweekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
)
NO_UNDO = '[thank_you]\nundo_after = "0s"\n'
LEAD = 30  # seconds from setting up to the follow-up's due time: room for the debrief and its reply


def setup(stack: MailStack, factory: object, tmp_path: Path) -> tuple[Instance, MailUser, float]:
    """Maya's interview with Jane Doe (jane-...@acme.example, the organizer) ended 11 minutes ago; the follow-up
    waits until LEAD seconds from now. Returns the instance, Jane, and the due time (time.time())."""
    user = factory("maya")  # type: ignore[operator]
    jane = stack.add_named_user(f"jane-{secrets.token_hex(3)}@acme.example", secrets.token_urlsafe(12))
    end = datetime.now(UTC) - timedelta(minutes=11)
    ics = ics_event(
        uid=f"followup-{user.address}",
        summary="Interview: Acme, Senior Backend Engineer",
        start=end - timedelta(hours=1),
        end=end,
        organizer=("Jane Doe", jane.address),
        attendees=[("Jane Doe", jane.address), ("Maya Example", user.address)],
    )
    wait = int((datetime.now(UTC) + timedelta(seconds=LEAD) - end).total_seconds())
    followups = f'[followups]\ndefault_wait = "{wait}s"\ngrace = "5s"\nsecond_after = "1h"\n'
    extra = ALWAYS_OPEN + NO_UNDO + followups
    instance = make_instance(stack, user, calendars=file_calendar(tmp_path, ics), extra=extra)
    return instance, jane, end.timestamp() + wait


def debrief_answered(stack: MailStack, instance: Instance) -> None:
    """The debrief goes out; she answers from her phone that no date was given (question 12)."""
    assert instance.cli("run", "--once").returncode == 0
    [debrief] = [m for m in stack.fetch_all(instance.user) if str(m["Subject"]).startswith("Debrief:")]
    reply_as_maya(stack, instance, debrief, "1. 7/10\n12. They did not give a date")
    result = instance.cli("run", "--once")
    assert result.returncode == 0, result.stderr


def after(due: float) -> None:
    time.sleep(max(0.0, due - time.time()) + 1)


def reminders(stack: MailStack, user: MailUser) -> list[EmailMessage]:
    """Ours, not her replies to them ("Re: No word from ...")."""
    return [
        m for m in stack.fetch_all(user) if str(m["Subject"]).startswith(("No word from", "Last follow-up"))
    ]


def followup_state(instance: Instance) -> str:
    [interview] = instance.json("status")["interviews"]
    return str(interview["tracks"]["followup"])


def from_company(sender: str, to: MailUser) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to.address
    message["Subject"] = "Your application"
    message["Date"] = email.utils.format_datetime(datetime.now(UTC))
    message["Message-ID"] = email.utils.make_msgid(domain="sender.example")
    message.set_content("Thank you for your patience; we will be in touch next week.\n")
    return message


def test_no_word_brings_one_reminder_and_the_approved_check_in_reaches_jane_once(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    instance, jane, due = setup(mail_stack, mail_user_factory, tmp_path)
    debrief_answered(mail_stack, instance)
    assert ([], "waiting") == (reminders(mail_stack, instance.user), followup_state(instance))

    after(due)
    assert instance.cli("run", "--once").returncode == 0
    [reminder] = reminders(mail_stack, instance.user)
    text = text_of(reminder)
    debrief = next(m for m in mail_stack.fetch_all(instance.user) if str(m["Subject"]).startswith("Debrief:"))
    assert ("No word from Acme yet", debrief["Message-ID"]) == (
        str(reminder["Subject"]),
        reminder["In-Reply-To"],
    )
    assert "Silence is normal" in text and 'you wrote: "They did not give a date"' in text
    [check_in] = [
        m for m in mail_stack.fetch_all(instance.user, "Drafts") if "Checking in" in str(m["Subject"])
    ]
    assert jane.address in str(check_in["To"])
    assert "reminded" == followup_state(instance)

    reply_as_maya(mail_stack, instance, reminder, "approve")
    for _ in range(3):
        assert instance.cli("run", "--once").returncode == 0
    received = mail_stack.fetch_all(jane)
    assert (["Checking in \N{EN DASH} Senior Backend Engineer"], check_in["Message-ID"]) == (
        [str(m["Subject"]) for m in received],  # the check-in only: the thank-you note was not approved
        received[0]["Message-ID"],
    )
    assert 1 == len(reminders(mail_stack, instance.user))  # nothing more on later passes


def test_mail_from_the_company_before_the_due_time_cancels_the_reminder(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    instance, _jane, due = setup(mail_stack, mail_user_factory, tmp_path)
    debrief_answered(mail_stack, instance)
    mail_stack.deliver(instance.user, from_company("Acme Talent <talent@acme.example>", instance.user))
    after(due)
    for _ in range(2):
        assert instance.cli("run", "--once").returncode == 0
    assert ([], "heard_back") == (reminders(mail_stack, instance.user), followup_state(instance))


def test_mail_from_a_freemail_address_does_not_cancel_it(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """Even with the company's name and domain in its display name, a gmail.com sender is not the company."""
    instance, _jane, due = setup(mail_stack, mail_user_factory, tmp_path)
    debrief_answered(mail_stack, instance)
    sender = '"Acme, talent@acme.example" <acme.recruiting@gmail.com>'
    mail_stack.deliver(instance.user, from_company(sender, instance.user))
    after(due)
    assert instance.cli("run", "--once").returncode == 0
    assert (1, "reminded") == (len(reminders(mail_stack, instance.user)), followup_state(instance))
