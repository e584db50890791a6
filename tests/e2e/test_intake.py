"""End to end: who may answer a debrief, and replies picked up by the running daemon over IDLE."""

from __future__ import annotations

import email.utils
import time
import urllib.request
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, file_calendar, make_instance, past_interview
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


@pytest.fixture
def instance(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> Instance:
    ics = past_interview(mail_user, uid="acme-2@example.test", summary="Interview: Acme, Data Engineer")
    inst = make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, ics))
    assert inst.cli("run", "--once").returncode == 0
    return inst


def _debrief(stack: MailStack, user: MailUser) -> EmailMessage:
    [debrief] = [m for m in stack.fetch_all(user) if str(m["Subject"]).startswith("Debrief:")]
    return debrief


def _reply(
    debrief: EmailMessage,
    *,
    sender: str,
    body: str = "1. 8/10\n11. not sure\n",
    thread: bool = True,
    subject: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = str(debrief["To"])
    reply["Subject"] = subject if subject is not None else "Re: " + str(debrief["Subject"])
    reply["Date"] = email.utils.format_datetime(datetime.now(UTC))
    reply["Message-ID"] = email.utils.make_msgid(domain="client.example")
    if thread:
        reply["In-Reply-To"] = debrief["Message-ID"]
        reply["References"] = debrief["Message-ID"]
    for key, value in (headers or {}).items():
        reply[key] = value
    reply.set_content(body)
    return reply


def _answered(instance: Instance) -> int:
    return int(instance.json("interviews", "show", "1")["debrief"]["answered"])


@pytest.mark.parametrize(
    "variant",
    ["other sender", "outside the thread", "auto-reply", "bounce"],
)
def test_only_the_user_in_a_debrief_thread_counts(
    mail_stack: MailStack, instance: Instance, variant: str
) -> None:
    """Replies from others, outside a thread, auto-responders and bounces change nothing and get no confirmation."""
    debrief = _debrief(mail_stack, instance.user)
    address = instance.user.address
    message = {
        "other sender": _reply(debrief, sender="mallory@evil.example"),
        "outside the thread": _reply(debrief, sender=address, thread=False, subject="Re: Debrief: Acme"),
        "auto-reply": _reply(debrief, sender=address, headers={"Auto-Submitted": "auto-replied"}),
        "bounce": _reply(debrief, sender=address),
    }[variant]
    mail_stack.deliver(instance.user, message, mail_from="" if variant == "bounce" else None)
    before = len(mail_stack.fetch_all(instance.user))
    assert instance.cli("run", "--once").returncode == 0
    assert _answered(instance) == 0
    assert len(mail_stack.fetch_all(instance.user)) == before


def test_subject_token_alone_is_enough(mail_stack: MailStack, instance: Instance) -> None:
    """A client that drops In-Reply-To still threads by the [fu-...] token in the subject."""
    debrief = _debrief(mail_stack, instance.user)
    mail_stack.deliver(instance.user, _reply(debrief, sender=instance.user.address, thread=False))
    assert instance.cli("run", "--once").returncode == 0
    assert _answered(instance) == 2


def test_later_reply_replaces_only_what_it_answers(mail_stack: MailStack, instance: Instance) -> None:
    """A second reply overrides the rating and keeps want_job; the processed reply is flagged on the server."""
    debrief = _debrief(mail_stack, instance.user)
    mail_stack.deliver(instance.user, _reply(debrief, sender=instance.user.address))
    assert instance.cli("run", "--once").returncode == 0
    mail_stack.deliver(
        instance.user, _reply(debrief, sender=instance.user.address, body="1. 6/10 on reflection\n")
    )
    assert instance.cli("run", "--once").returncode == 0
    shown = {q["id"]: q for q in instance.json("interviews", "show", "1")["debrief"]["questions"]}
    assert (shown["rating"]["value"], shown["want_job"]["value"]) == (6, "unsure")
    client = mail_stack.imap_client(instance.user)
    client.select_folder("INBOX", readonly=True)
    flagged = client.search(["KEYWORD", "$FollowupdDone"])
    client.logout()
    assert len(flagged) == 2


def test_running_daemon_records_a_reply_within_seconds(mail_stack: MailStack, instance: Instance) -> None:
    """With `followupd run` in the foreground, a reply is recorded and confirmed via IDLE, and SIGTERM stops it."""
    debrief = _debrief(mail_stack, instance.user)
    link = next(w for w in debrief.get_body(("plain",)).get_content().split() if "/debrief/" in w)  # type: ignore[union-attr]
    daemon = instance.start_daemon()
    try:
        time.sleep(2.0)  # let the watcher connect and enter IDLE
        # The link in the debrief opens the form on the daemon's own web server.
        with urllib.request.urlopen(link, timeout=5) as response:
            assert response.status == 200 and "Acme" in response.read().decode()
        mail_stack.deliver(instance.user, _reply(debrief, sender=instance.user.address))
        deadline = time.monotonic() + 10
        confirmations: list[EmailMessage] = []
        while time.monotonic() < deadline and not confirmations:
            time.sleep(0.2)
            confirmations = [
                m
                for m in mail_stack.fetch_all(instance.user)
                if "Recorded" in (m.get_body(("plain",)).get_content() if m.get_body(("plain",)) else "")
            ]
    finally:
        code, err, elapsed = daemon.stop()
    assert len(confirmations) == 1, err[-3000:]
    assert code == 0, err[-2000:]
    assert elapsed < 10
    assert _answered(instance) == 2


def test_processed_reply_moves_to_done_folder(mail_stack: MailStack, instance: Instance) -> None:
    """With mailbox.done_folder, a recorded reply is flagged and moved there; nothing is deleted."""
    client = mail_stack.imap_client(instance.user)
    client.create_folder("Debriefs")
    client.logout()
    with instance.config.open("a") as config:
        config.write('\n[mailbox]\ndone_folder = "Debriefs"\n')
    debrief = _debrief(mail_stack, instance.user)
    reply = _reply(debrief, sender=instance.user.address)
    mail_stack.deliver(instance.user, reply)
    assert instance.cli("run", "--once").returncode == 0
    moved = mail_stack.fetch_all(instance.user, "Debriefs")
    assert [m["Message-ID"] for m in moved] == [reply["Message-ID"]]
    assert reply["Message-ID"] not in [m["Message-ID"] for m in mail_stack.fetch_all(instance.user)]
    assert _answered(instance) == 2
