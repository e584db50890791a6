"""End to end: interview -> debrief -> reply -> notes in Drafts -> approval -> each interviewer gets one note."""

from __future__ import annotations

import email.utils
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.helpers import Instance, make_instance
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e

ALWAYS_OPEN = (
    '[schedule]\nwindow = "00:00-24:00"\nweekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
)
NO_UNDO = '[thank_you]\nundo_after = "0s"\n'
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def panel_ics(user: MailUser, jane: MailUser, li: MailUser, *, uid: str) -> str:
    """Jane (organizer) and Li with addresses, Raj with none (Google's invalid:nomail), a room, and the user."""
    end = datetime.now(UTC) - timedelta(minutes=11)

    def stamp(dt: datetime) -> str:
        return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//followupd tests//EN",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp(datetime.now(UTC))}",
            f"DTSTART:{stamp(end - timedelta(hours=1))}",
            f"DTEND:{stamp(end)}",
            "SUMMARY:Interview: Acme\\, Senior Backend Engineer",
            f"ORGANIZER;CN=Jane Doe:mailto:{jane.address}",
            f"ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:{jane.address}",
            f"ATTENDEE;CN=Li Wei;PARTSTAT=ACCEPTED:mailto:{li.address}",
            "ATTENDEE;CN=Raj Patel;PARTSTAT=NEEDS-ACTION:invalid:nomail",
            "ATTENDEE;CUTYPE=ROOM;CN=Room 4.01;PARTSTAT=ACCEPTED:mailto:room401@acme.example",
            f"ATTENDEE;CN=Maya Example;PARTSTAT=ACCEPTED:mailto:{user.address}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def setup(
    stack: MailStack, factory: object, tmp_path: Path, *, extra: str
) -> tuple[Instance, MailUser, MailUser]:
    user, jane, li = (factory("maya"), factory("jane"), factory("li"))  # type: ignore[operator]
    path = tmp_path / "calendar.ics"
    path.write_text(panel_ics(user, jane, li, uid=f"panel-{user.address}"))
    calendars = f'[[calendars]]\nname = "file"\nkind = "ics_file"\npath = "{path}"\n'
    return make_instance(stack, user, calendars=calendars, extra=extra), jane, li


def reply_to_debrief(stack: MailStack, instance: Instance) -> None:
    [debrief] = [m for m in stack.fetch_all(instance.user) if str(m["Subject"]).startswith("Debrief:")]
    reply = EmailMessage()
    reply["From"] = f"Maya Example <{instance.user.address}>"
    reply["To"] = instance.user.address
    reply["Subject"] = "Re: " + str(debrief["Subject"])
    reply["Date"] = email.utils.format_datetime(datetime.now(UTC))
    reply["Message-ID"] = email.utils.make_msgid(domain="phone.example")
    reply["In-Reply-To"] = debrief["Message-ID"]
    reply.set_content(
        "1. 8/10\n4. Great with Li, we talked about event sourcing at scale\n"
        "5. The team owns the whole payments platform\n11. yes\n"
    )
    stack.deliver(instance.user, reply)


def drafted(
    stack: MailStack, tmp_path: Path, factory: object, *, extra: str = ""
) -> tuple[Instance, MailUser, MailUser]:
    instance, jane, li = setup(stack, factory, tmp_path, extra=extra)
    assert instance.cli("run", "--once").returncode == 0
    reply_to_debrief(stack, instance)
    result = instance.cli("run", "--once")
    assert result.returncode == 0, result.stderr
    return instance, jane, li


def notes_of(instance: Instance) -> list[dict[str, object]]:
    return instance.json("drafts", "list")  # type: ignore[no-any-return]


def thanks_in(stack: MailStack, user: MailUser, folder: str = "INBOX") -> list[EmailMessage]:
    return [m for m in stack.fetch_all(user, folder) if str(m["Subject"]).startswith("Thank you")]


def test_the_whole_loop_approved_by_cli(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """Drafts visible in Drafts with their final Message-IDs; approved by CLI; each interviewer gets one note,
    Sent holds one copy each, Drafts none; nothing more on later passes; Raj (no address) is listed, not sent."""
    instance, jane, li = drafted(mail_stack, tmp_path, mail_user_factory, extra=ALWAYS_OPEN + NO_UNDO)
    notes = notes_of(instance)
    assert [("Jane Doe", jane.address), ("Li Wei", li.address), ("Raj Patel", None)] == sorted(
        (n["name"], n["email"]) for n in notes
    )
    in_drafts = mail_stack.fetch_all(instance.user, "Drafts")
    assert sorted(n["message_id"] for n in notes if n["email"]) == sorted(m["Message-ID"] for m in in_drafts)
    assert {"Thank you \N{EN DASH} Senior Backend Engineer interview"} == {
        str(m["Subject"]) for m in in_drafts
    }
    with mail_stack.imap_client(instance.user) as client:
        client.select_folder("Drafts", readonly=True)
        assert all(b"\\Draft" in flags for flags in client.get_flags(client.search(["ALL"])).values())
    li_note = next(n for n in notes if n["email"] == li.address)
    assert "event sourcing at scale" in str(li_note["body"]) and "Dear Li," in str(li_note["body"])
    [approval] = [m for m in mail_stack.fetch_all(instance.user) if "to approve" in str(m["Subject"])]
    assert "no address for Raj Patel" in approval.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert [] == thanks_in(mail_stack, jane) == thanks_in(mail_stack, li)  # nothing before approval

    for note in notes:
        if note["email"]:
            assert instance.cli("drafts", "approve", str(note["id"])).returncode == 0
    for _ in range(3):
        assert instance.cli("run", "--once").returncode == 0
    for person in (jane, li):
        [received] = thanks_in(mail_stack, person)
        assert f"Maya Example <{instance.user.address}>" == received["From"]
        assert received["Auto-Submitted"] is None
    sent = thanks_in(mail_stack, instance.user, "Sent")
    assert sorted([jane.address, li.address]) == sorted(email.utils.parseaddr(str(m["To"]))[1] for m in sent)
    assert [] == mail_stack.fetch_all(instance.user, "Drafts")
    statuses = sorted(str(n["status"]) for n in notes_of(instance))
    assert ["drafted", "sent", "sent"] == statuses


def test_sent_by_herself_is_recorded_and_nothing_goes_twice(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    """She sends Jane's note from her own client (new Message-ID, same recipient and subject): sent_by_user."""
    instance, jane, _li = drafted(mail_stack, tmp_path, mail_user_factory, extra=ALWAYS_OPEN + NO_UNDO)
    note = next(n for n in notes_of(instance) if n["email"] == jane.address)
    own = EmailMessage()
    own["From"] = f"Maya Example <{instance.user.address}>"
    own["To"] = f"Jane Doe <{jane.address}>"
    own["Subject"] = str(note["subject"])
    own["Date"] = email.utils.format_datetime(datetime.now(UTC))
    own["Message-ID"] = email.utils.make_msgid(domain="client.example")
    own.set_content("Dear Jane,\n\nThank you, in my own words.\n\nMaya")
    with mail_stack.imap_client(instance.user) as client:
        client.append("Sent", own.as_bytes(), flags=(b"\\Seen",))
    mail_stack.deliver(jane, own)
    assert instance.cli("drafts", "approve", str(note["id"])).returncode == 0  # too late: she sent it already
    assert instance.cli("run", "--once").returncode == 0
    assert instance.cli("run", "--once").returncode == 0
    assert 1 == len(thanks_in(mail_stack, jane))
    assert "sent_by_user" == instance.json("drafts", "show", str(note["id"]))["status"]


def _due_now(instance: Instance) -> None:
    """Time passes: the retry back-off (a minute) is over."""
    with sqlite3.connect(instance.state / "followupd.sqlite3") as db:
        db.execute("UPDATE outbox SET not_before = '2000-01-01T00:00:00+00:00' WHERE status = 'pending'")


def test_451_is_retried_and_550_fails_and_is_reported(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    instance, jane, li = drafted(mail_stack, tmp_path, mail_user_factory, extra=ALWAYS_OPEN + NO_UNDO)
    notes = {n["email"]: n for n in notes_of(instance)}
    mail_stack.submission.fail_next(451)
    assert instance.cli("drafts", "approve", str(notes[jane.address]["id"])).returncode == 0
    assert instance.cli("run", "--once").returncode == 0
    assert "pending" == instance.json("drafts", "show", str(notes[jane.address]["id"]))["status"]
    _due_now(instance)
    assert instance.cli("run", "--once").returncode == 0
    assert 1 == len(thanks_in(mail_stack, jane))

    mail_stack.submission.fail_next(550)
    assert instance.cli("drafts", "approve", str(notes[li.address]["id"])).returncode == 0
    assert instance.cli("run", "--once").returncode == 0
    assert instance.cli("run", "--once").returncode == 0
    shown = instance.json("drafts", "show", str(notes[li.address]["id"]))
    assert "failed" == shown["status"] and "550" in str(shown["error"])
    assert [] == thanks_in(mail_stack, li)
    told = [m for m in mail_stack.fetch_all(instance.user) if "not sent" in str(m["Subject"])]
    assert 1 == len(told)
    assert "550" in told[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert any(n["status"] == "failed" for n in instance.json("status")["notes"])


def test_approved_outside_the_window_waits_for_it(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    today = datetime.now(ZoneInfo("Europe/Berlin")).weekday()
    other = DAYS[(today + 3) % 7]
    window = f'[schedule]\nwindow = "08:00-19:00"\nweekdays = ["{other}"]\n'
    instance, jane, _li = drafted(mail_stack, tmp_path, mail_user_factory, extra=window + NO_UNDO)
    note = next(n for n in notes_of(instance) if n["email"] == jane.address)
    assert instance.cli("drafts", "approve", str(note["id"])).returncode == 0
    assert instance.cli("run", "--once").returncode == 0
    shown = instance.json("drafts", "show", str(note["id"]))
    leaves = datetime.fromisoformat(str(shown["not_before"]).replace("Z", "+00:00"))
    assert ("pending", DAYS[leaves.astimezone(ZoneInfo("Europe/Berlin")).weekday()]) == (
        shown["status"],
        other,
    )
    assert leaves > datetime.now(UTC) + timedelta(hours=12)
    time.sleep(0.5)
    assert [] == thanks_in(mail_stack, jane)
