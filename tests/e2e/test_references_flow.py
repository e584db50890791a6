"""End to end: interview -> debrief -> "they asked for references" -> heads-up approval email -> "approve" ->
the heads-up in the reference's own mailbox once; the same company again drafts none unless forced."""

from __future__ import annotations

import email.utils
import sqlite3
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, ics_event, make_instance
from tests.e2e.test_thanks_flow import ALWAYS_OPEN, NO_UNDO
from tests.e2e.test_thanks_reply import passes, reply_as_maya, text_of
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e

SUBJECT = "A call from Acme may come your way"


def two_interviews(user: MailUser) -> str:
    """Two interviews at Acme that ended a day and 11 minutes ago, with Jane Doe, in one calendar."""
    events = []
    for uid, summary, ago in (
        ("acme-1", "Interview: Acme, Senior Backend Engineer", timedelta(hours=20)),
        ("acme-2", "Final round: Acme, Senior Backend Engineer", timedelta(minutes=11)),
    ):
        end = datetime.now(UTC) - ago
        events.append(
            ics_event(
                uid=uid,
                summary=summary,
                start=end - timedelta(hours=1),
                end=end,
                organizer=("Jane Doe", "jane@acme.example"),
                attendees=[("Jane Doe", "jane@acme.example"), ("Maya Example", user.address)],
            )
        )
    first, second = events
    body = second[second.index("BEGIN:VEVENT") : second.index("END:VCALENDAR")]
    return first.replace("END:VCALENDAR", body + "END:VCALENDAR")


def setup(stack: MailStack, factory: object, tmp_path: Path) -> tuple[Instance, MailUser]:
    user, sam = factory("maya"), factory("sam")  # type: ignore[operator]
    path = tmp_path / "calendar.ics"
    path.write_text(two_interviews(user))
    calendars = f'[[calendars]]\nname = "file"\nkind = "ics_file"\npath = "{path}"\n'
    reference = (
        f'[[references]]\nname = "Sam Rivera"\nemail = "{sam.address}"\n'
        'relationship = "my manager at Contoso"\nspeaks_to = "the payments migration"\n'
    )
    return make_instance(stack, user, calendars=calendars, extra=ALWAYS_OPEN + NO_UNDO + reference), sam


def interview_id(instance: Instance, uid: str) -> tuple[int, str]:
    with sqlite3.connect(instance.state / "followupd.sqlite3") as db:
        row = db.execute("SELECT id, token FROM interviews WHERE uid = ?", (uid,)).fetchone()
    return int(row[0]), str(row[1])


def answer_debrief(stack: MailStack, instance: Instance, token: str, text: str) -> None:
    [debrief] = [
        m
        for m in stack.fetch_all(instance.user)
        if str(m["Subject"]).startswith("Debrief:") and f"[fu-{token}]" in str(m["Subject"])
    ]
    reply = EmailMessage()
    reply["From"] = f"Maya Example <{instance.user.address}>"
    reply["To"] = instance.user.address
    reply["Subject"] = "Re: " + str(debrief["Subject"])
    reply["Date"] = email.utils.format_datetime(datetime.now(UTC))
    reply["Message-ID"] = email.utils.make_msgid(domain="phone.example")
    reply["In-Reply-To"] = debrief["Message-ID"]
    reply.set_content(text)
    stack.deliver(instance.user, reply)


ANSWERS = (
    "1. 8/10\n2. My system design answer\n5. Owning the payments platform\n"
    "10. They asked for references at the end\n11. yes\n"
)


def heads_ups_in(stack: MailStack, user: MailUser) -> list[EmailMessage]:
    return [m for m in stack.fetch_all(user) if str(m["Subject"]).strip() == SUBJECT]


def test_a_heads_up_reaches_the_reference_once_and_the_same_company_is_not_told_twice(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    instance, sam = setup(mail_stack, mail_user_factory, tmp_path)
    passes(instance, 1)  # both debriefs go out
    first, first_token = interview_id(instance, "acme-1")
    second, second_token = interview_id(instance, "acme-2")
    answer_debrief(mail_stack, instance, first_token, ANSWERS)
    passes(instance, 1)

    [approval] = [
        m
        for m in mail_stack.fetch_all(instance.user)
        if str(m["Subject"]).strip().startswith("Heads-ups for your references: Acme")
    ]
    text = text_of(approval)
    assert f"To: Sam Rivera <{sam.address}>" in text and "speak to the payments migration" in text
    assert "Jane Doe" in text and "jane@acme.example" not in text
    assert [] == heads_ups_in(mail_stack, sam)  # nothing before approval

    reply_as_maya(mail_stack, instance, approval, "approve")
    passes(instance, 3)
    [received] = heads_ups_in(mail_stack, sam)
    assert f"Maya Example <{instance.user.address}>" == received["From"]
    assert received["Auto-Submitted"] is None
    assert "Dear Sam," in text_of(received)
    thanks = [n for n in instance.json("drafts", "list") if n["subject"].startswith("Thank you")]
    assert {"drafted"} == {
        n["status"] for n in thanks
    }  # "approve" to the heads-ups left the thank-yous alone
    [shown] = [i for i in instance.json("interviews", "list") if i["id"] == first]
    assert "told" == shown["tracks"]["references"]

    answer_debrief(mail_stack, instance, second_token, ANSWERS)
    passes(instance, 2)
    [sam_row] = instance.json("references")
    assert (1, ["acme"]) == (sam_row["asked_last_30_days"], sam_row["companies"])
    assert 1 == len(heads_ups_in(mail_stack, sam))
    assert 1 == len([n for n in instance.json("drafts", "list") if n["subject"] == SUBJECT])

    forced = instance.json("references", "notify", str(second), "--only", "sam rivera", "--force")
    assert [sam.address] == [n["email"] for n in forced["drafted"]]
    assert 2 == len([n for n in instance.json("drafts", "list") if n["subject"] == SUBJECT])
    approvals = [
        m
        for m in mail_stack.fetch_all(instance.user)
        if str(m["Subject"]).strip().startswith("Heads-ups for your references")
    ]
    passes(instance, 1)
    assert len(approvals) + 1 == len(
        [
            m
            for m in mail_stack.fetch_all(instance.user)
            if str(m["Subject"]).strip().startswith("Heads-ups for your references")
        ]
    )
    assert 1 == len(heads_ups_in(mail_stack, sam))  # the forced one waits for approval


def test_refs_in_a_reply_to_the_thank_you_approval_email_drafts_the_numbered_heads_ups(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """No word of references in the debrief: nothing drafted on its own; "refs R1" from her phone in reply to the
    thank-you approval email drafts Sam's heads-up, and the confirmation in that thread says so."""
    instance, sam = setup(mail_stack, mail_user_factory, tmp_path)
    passes(instance, 1)
    _first, token = interview_id(instance, "acme-1")
    answer_debrief(
        mail_stack, instance, token, ANSWERS.replace("They asked for references at the end", "Better")
    )
    passes(instance, 1)
    assert [] == [n for n in instance.json("drafts", "list") if n["subject"] == SUBJECT]
    [thanks_approval] = [
        m
        for m in mail_stack.fetch_all(instance.user)
        if "to approve" in str(m["Subject"]) and token in str(m["Subject"])
    ]
    assert "R1. Sam Rivera (my manager at Contoso)" in text_of(thanks_approval)
    reply_id = reply_as_maya(mail_stack, instance, thanks_approval, "refs R1")
    passes(instance, 1)
    assert [sam.address] == [n["email"] for n in instance.json("drafts", "list") if n["subject"] == SUBJECT]
    [answer] = [m for m in mail_stack.fetch_all(instance.user) if m["In-Reply-To"] == reply_id]
    assert "heads-ups drafted" in text_of(answer)
    assert any(
        str(m["Subject"]).strip().startswith("Heads-ups for your references: Acme")
        for m in mail_stack.fetch_all(instance.user)
    )
