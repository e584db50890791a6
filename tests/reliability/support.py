"""Shared pieces of the reliability tests and scripts: an interview with its debrief sent, replies, counts."""

from __future__ import annotations

import email.utils
import sqlite3
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from tests.e2e.helpers import Instance, file_calendar, make_instance, past_interview
from tests.stack.mail import MailStack, MailUser

__all__ = [
    "answered",
    "confirmations",
    "debriefs",
    "integrity",
    "reply_to",
    "sent_debrief",
    "wait_until",
]


def sent_debrief(stack: MailStack, user: MailUser, home: Path, *, extra: str = "") -> Instance:
    """An installation for `user` whose one interview ended 11 minutes ago and whose debrief was sent."""
    ics = past_interview(
        user, uid=f"acme-{user.username}@example.test", summary="Interview: Acme, Data Engineer"
    )
    instance = make_instance(stack, user, calendars=file_calendar(home, ics), extra=extra)
    result = instance.cli("run", "--once")
    assert 0 == result.returncode, result.stderr[-2000:]
    return instance


def _plain(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    return body.get_content() if body is not None else ""  # type: ignore[attr-defined]


def debriefs(stack: MailStack, user: MailUser) -> list[EmailMessage]:
    return [m for m in stack.fetch_all(user) if str(m["Subject"]).startswith("Debrief:")]


def confirmations(stack: MailStack, user: MailUser) -> list[EmailMessage]:
    return [m for m in stack.fetch_all(user) if "Recorded" in _plain(m)]


def reply_to(debrief: EmailMessage, *, sender: str, body: str = "1. 8/10\n11. not sure\n") -> EmailMessage:
    """The user's threaded reply to a debrief, answering the rating and want_job questions."""
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = str(debrief["To"])
    reply["Subject"] = "Re: " + str(debrief["Subject"])
    reply["Date"] = email.utils.format_datetime(datetime.now(UTC))
    reply["Message-ID"] = email.utils.make_msgid(domain="client.example")
    reply["In-Reply-To"] = debrief["Message-ID"]
    reply["References"] = debrief["Message-ID"]
    reply.set_content(body)
    return reply


def answered(instance: Instance, interview: str = "1") -> int:
    return int(instance.json("interviews", "show", interview)["debrief"]["answered"])


def integrity(state: Path) -> str:
    """SQLite's own verdict on the state database ("ok" when sound)."""
    with sqlite3.connect(state / "followupd.sqlite3") as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def wait_until(check: object, *, timeout: float, every: float = 0.25) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(every)
    return False
