"""End to end: thank-you notes approved by replying to the approval email, from her own address, in its thread."""

from __future__ import annotations

import email.utils
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance
from tests.e2e.test_thanks_flow import ALWAYS_OPEN, NO_UNDO, drafted, notes_of, thanks_in
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e

OPEN_NO_UNDO = ALWAYS_OPEN + NO_UNDO


def approval_email(stack: MailStack, instance: Instance) -> EmailMessage:
    [approval] = [m for m in stack.fetch_all(instance.user) if "to approve" in str(m["Subject"])]
    return approval


def phone_reply(
    original: EmailMessage, text: str, *, sender: str, threaded: bool = True, subject: str | None = None
) -> EmailMessage:
    """A reply as her phone writes it: her words on top, the mobile signature, then the whole email quoted."""
    body = original.get_body(("plain",))
    assert body is not None
    quoted = "\n".join(("> " + line).rstrip() for line in body.get_content().splitlines())
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = str(original["From"])
    reply["Subject"] = subject if subject is not None else "Re: " + str(original["Subject"])
    reply["Date"] = email.utils.format_datetime(datetime.now(UTC))
    reply["Message-ID"] = email.utils.make_msgid(domain="icloud.example")
    reply["Mime-Version"] = "1.0 (1.0)"
    reply["X-Mailer"] = "iPhone Mail (22B91)"
    if threaded:
        reply["In-Reply-To"] = original["Message-ID"]
        reply["References"] = " ".join(
            x for x in (str(original.get("References", "")), str(original["Message-ID"])) if x
        )
    attribution = f"On 1 Dec 2026, at 17:02, {original['From']} wrote:"
    reply.set_content(f"{text}\n\nSent from my iPhone\n\n{attribution}\n\n{quoted}\n", cte="quoted-printable")
    return reply


def reply_as_maya(
    stack: MailStack, instance: Instance, original: EmailMessage, text: str, **kwargs: object
) -> str:
    reply = phone_reply(
        original,
        text,
        sender=f"Maya Example <{instance.user.address}>",
        **kwargs,  # type: ignore[arg-type]
    )
    stack.deliver(instance.user, reply)
    return str(reply["Message-ID"])


def answers_to(stack: MailStack, user: MailUser, message_id: str) -> list[EmailMessage]:
    """Our messages in her INBOX that answer `message_id` (the confirmations in that reply's thread)."""
    return [m for m in stack.fetch_all(user) if m["In-Reply-To"] == message_id]


def text_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def numbered(instance: Instance) -> dict[str, dict[str, object]]:
    """Each note by the interviewer's first name (Jane, Li, Raj), as the approval email numbers them."""
    return {str(n["name"]).split()[0]: n for n in notes_of(instance)}


def passes(instance: Instance, count: int = 2) -> None:
    for _ in range(count):
        result = instance.cli("run", "--once")
        assert result.returncode == 0, result.stderr


def test_approve_from_her_phone_sends_each_note_once_with_the_daemon_running(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """'Approve' top-posted above the quoted approval email and 'Sent from my iPhone', to a running daemon:
    Jane and Li each get their note once, Sent holds one copy each, Drafts none, Raj (no address) stays a
    draft, and exactly one confirmation answers the reply in its thread."""
    instance, jane, li = drafted(mail_stack, tmp_path, mail_user_factory, extra=OPEN_NO_UNDO)
    approval = approval_email(mail_stack, instance)
    daemon = instance.start_daemon()
    try:
        time.sleep(2.0)  # the watcher is up and idling
        reply_id = reply_as_maya(mail_stack, instance, approval, "Approve")
        deadline = time.monotonic() + 45
        while time.monotonic() < deadline:
            if (
                thanks_in(mail_stack, jane)
                and thanks_in(mail_stack, li)
                and answers_to(mail_stack, instance.user, reply_id)
            ):
                break
            time.sleep(0.3)
        time.sleep(2.0)  # anything sent twice would have arrived by now
    finally:
        code, err, _ = daemon.stop()
    assert 0 == code, err[-3000:]
    notes = numbered(instance)
    for person, first in ((jane, "Jane"), (li, "Li")):
        [received] = thanks_in(mail_stack, person)
        assert notes[first]["message_id"] == received["Message-ID"]
        assert f"Maya Example <{instance.user.address}>" == received["From"]
    sent = thanks_in(mail_stack, instance.user, "Sent")
    assert sorted([jane.address, li.address]) == sorted(email.utils.parseaddr(str(m["To"]))[1] for m in sent)
    assert [] == mail_stack.fetch_all(instance.user, "Drafts")
    assert {"Jane": "sent", "Li": "sent", "Raj": "drafted"} == {k: n["status"] for k, n in notes.items()}
    [confirmation] = answers_to(mail_stack, instance.user, reply_id)
    said = text_of(confirmation)
    assert f"note {notes['Jane']['number']} to {jane.address} approved" in said
    assert f"note {notes['Raj']['number']}: no address yet" in said


def test_approve_one_and_skip_another_sends_only_that_one(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    instance, jane, li = drafted(mail_stack, tmp_path, mail_user_factory, extra=OPEN_NO_UNDO)
    notes = numbered(instance)
    text = f"approve {notes['Jane']['number']}\nskip {notes['Li']['number']}"
    reply_id = reply_as_maya(mail_stack, instance, approval_email(mail_stack, instance), text)
    passes(instance)
    assert 1 == len(thanks_in(mail_stack, jane))
    assert [] == thanks_in(mail_stack, li)
    after = numbered(instance)
    assert ("sent", "discarded", "drafted") == tuple(after[k]["status"] for k in ("Jane", "Li", "Raj"))
    assert 1 == len(answers_to(mail_stack, instance.user, reply_id))
    assert [] == mail_stack.fetch_all(instance.user, "Drafts")  # Jane's sent, Li's discarded: both gone


def test_edit_by_reply_sends_her_new_text_with_her_closing(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """'edit N' and the new text (her sign-off included), then 'approve N' in reply to the confirmation: Jane
    gets the new text and none of the drafted one, under the same Message-ID."""
    instance, jane, _li = drafted(mail_stack, tmp_path, mail_user_factory, extra=OPEN_NO_UNDO)
    note = numbered(instance)["Jane"]
    new_text = (
        "Dear Jane,\n\nThank you for walking me through the ledger migration on Tuesday.\n"
        "I would love to help the payments team ship it.\n\nBest regards,\nMaya"
    )
    edit_id = reply_as_maya(
        mail_stack, instance, approval_email(mail_stack, instance), f"edit {note['number']}\n{new_text}"
    )
    passes(instance, 1)
    assert [] == thanks_in(mail_stack, jane)  # an edit is not an approval
    [confirmation] = answers_to(mail_stack, instance.user, edit_id)
    reply_as_maya(mail_stack, instance, confirmation, f"approve {note['number']}")
    passes(instance)
    [received] = thanks_in(mail_stack, jane)
    assert note["message_id"] == received["Message-ID"]
    sent_text = text_of(received)
    assert new_text == sent_text.strip()
    assert str(note["body"]).strip() not in sent_text


def test_address_then_approve_sends_to_the_address_given(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """Raj had no address: 'address N raj@...' to the approval email, then 'approve N' to its confirmation."""
    instance, _jane, _li = drafted(mail_stack, tmp_path, mail_user_factory, extra=OPEN_NO_UNDO)
    raj: MailUser = mail_user_factory("raj")  # type: ignore[operator]
    number = numbered(instance)["Raj"]["number"]
    first = reply_as_maya(
        mail_stack, instance, approval_email(mail_stack, instance), f"address {number} {raj.address}"
    )
    passes(instance, 1)
    [confirmation] = answers_to(mail_stack, instance.user, first)
    assert f"now goes to {raj.address}" in text_of(confirmation)
    reply_as_maya(mail_stack, instance, confirmation, f"approve {number}")
    passes(instance)
    [received] = thanks_in(mail_stack, raj)
    assert raj.address == email.utils.parseaddr(str(received["To"]))[1]
    assert "Dear Raj," in text_of(received)
    assert "sent" == numbered(instance)["Raj"]["status"]


def test_approval_from_another_sender_or_outside_the_thread_does_nothing(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """Jane replying 'approve' in the thread, a forged From that only displays Maya's address, and Maya's own
    'approve' with no In-Reply-To, References or subject token: no note changes, nothing is sent, no answer."""
    instance, jane, li = drafted(mail_stack, tmp_path, mail_user_factory, extra=OPEN_NO_UNDO)
    approval = approval_email(mail_stack, instance)
    before = numbered(instance)
    inbox_before = len(mail_stack.fetch_all(instance.user))
    strangers = [
        phone_reply(approval, "approve", sender=f"Jane Doe <{jane.address}>"),
        phone_reply(approval, "approve", sender=f"{instance.user.address} <eve@evil.example>"),
    ]
    for message in strangers:
        mail_stack.deliver(instance.user, message)
    outside = reply_as_maya(
        mail_stack, instance, approval, "approve", threaded=False, subject="Re: Thank-you notes"
    )
    passes(instance)
    assert before == numbered(instance)
    assert [] == thanks_in(mail_stack, jane) == thanks_in(mail_stack, li)
    assert inbox_before + 3 == len(mail_stack.fetch_all(instance.user))  # the three replies, no answer
    assert [] == answers_to(mail_stack, instance.user, outside)


def test_an_unclear_reply_changes_nothing_and_says_what_to_write(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    instance, jane, li = drafted(mail_stack, tmp_path, mail_user_factory, extra=OPEN_NO_UNDO)
    before = numbered(instance)
    reply_id = reply_as_maya(mail_stack, instance, approval_email(mail_stack, instance), "sounds good!")
    passes(instance)
    assert before == numbered(instance)
    assert [] == thanks_in(mail_stack, jane) == thanks_in(mail_stack, li)
    [confirmation] = answers_to(mail_stack, instance.user, reply_id)
    said = " ".join(text_of(confirmation).split())
    assert 'Nothing was changed: "sounds good!" is not a command' in said
    assert 'write "approve"' in said and '"skip 2"' in said


def test_approve_with_only_the_subject_token_is_an_approval_not_a_debrief_answer(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """A client that drops In-Reply-To and References keeps the subject "Re: Thank-you notes to approve: ...
    [fu-...]": "approve" approves and sends the notes, and the recorded debrief answers stay as they were."""
    instance, jane, li = drafted(mail_stack, tmp_path, mail_user_factory, extra=OPEN_NO_UNDO)
    debrief_before = instance.json("interviews", "show", "1")["debrief"]
    reply_id = reply_as_maya(
        mail_stack, instance, approval_email(mail_stack, instance), "Approve", threaded=False
    )
    passes(instance)
    assert 1 == len(thanks_in(mail_stack, jane)) == len(thanks_in(mail_stack, li))
    assert {"Jane": "sent", "Li": "sent", "Raj": "drafted"} == {
        k: n["status"] for k, n in numbered(instance).items()
    }
    assert debrief_before == instance.json("interviews", "show", "1")["debrief"]
    [confirmation] = answers_to(mail_stack, instance.user, reply_id)
    assert "approved" in text_of(confirmation)
