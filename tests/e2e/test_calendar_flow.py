"""End to end over CalDAV: added, moved, cancelled and deleted interviews reach the state and the debriefs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.e2e.helpers import Instance, ics_event, make_instance
from tests.stack.caldav import delete_event, put_event
from tests.stack.caldav_fixtures import CalDavCalendar
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


@pytest.fixture(params=["radicale", "xandikos"])
def calendar(request: pytest.FixtureRequest) -> CalDavCalendar:
    return request.getfixturevalue("caldav_calendar" if request.param == "radicale" else "xandikos_calendar")


def _instance(stack: MailStack, user: MailUser, calendar: CalDavCalendar) -> Instance:
    login = ""
    if calendar.username:
        login = f'username = "{calendar.username}"\npassword_command = ["cat", "calendar-password"]\nkeyring = false\n'
    instance = make_instance(
        stack,
        user,
        calendars=(f'[[calendars]]\nname = "work"\nkind = "caldav"\nurl = "{calendar.url}"\n{login}'),
    )
    (instance.config.parent / "calendar-password").write_text(calendar.password)
    return instance


def _event(uid: str, summary: str, end: datetime, user: MailUser, **kw: object) -> str:
    return ics_event(
        uid=uid,
        summary=summary,
        start=end - timedelta(hours=1),
        end=end,
        organizer=("Jane Doe", "jane@acme.example"),
        attendees=[("Raj Patel", "raj@acme.example"), ("Maya", user.address)],
        **kw,
    )  # type: ignore[arg-type]


def test_sync_drives_debriefs(mail_stack: MailStack, mail_user: MailUser, calendar: CalDavCalendar) -> None:
    """Past interview: one debrief. Moved into the past: its debrief follows. Cancelled or deleted: none."""
    instance = _instance(mail_stack, mail_user, calendar)
    now = datetime.now(UTC)
    auth = calendar.auth
    put_event(
        calendar.url,
        _event("past@t", "Interview: Acme, Backend Engineer", now - timedelta(minutes=11), mail_user),
        auth=auth,
        name="past.ics",
    )
    put_event(
        calendar.url,
        _event("moved@t", "Interview: Globex, SRE", now + timedelta(days=2), mail_user),
        auth=auth,
        name="moved.ics",
    )
    put_event(
        calendar.url,
        _event("cancel@t", "Interview: Initech, QA Lead", now + timedelta(days=3), mail_user),
        auth=auth,
        name="cancel.ics",
    )
    gone = put_event(
        calendar.url,
        _event("gone@t", "Vorstellungsgespräch: Umbrella GmbH", now + timedelta(days=4), mail_user),
        auth=auth,
        name="gone.ics",
    )
    put_event(
        calendar.url,
        _event("prep@t", "Interview prep", now - timedelta(minutes=30), mail_user),
        auth=auth,
        name="prep.ics",
    )

    assert instance.cli("run", "--once").returncode == 0
    status = instance.json("status")
    stages = {i["company"]: i["stage"] for i in status["interviews"]}
    assert stages == {
        "Acme": "debrief_sent",
        "Globex": "scheduled",
        "Initech": "scheduled",
        "Umbrella GmbH": "scheduled",
    }

    put_event(
        calendar.url,
        _event("moved@t", "Interview: Globex, SRE", now - timedelta(minutes=12), mail_user, sequence=1),
        auth=auth,
        name="moved.ics",
    )
    put_event(
        calendar.url,
        _event(
            "cancel@t",
            "Interview: Initech, QA Lead",
            now + timedelta(days=3),
            mail_user,
            sequence=1,
            status="CANCELLED",
        ),
        auth=auth,
        name="cancel.ics",
    )
    delete_event(gone, auth=auth)
    assert instance.cli("run", "--once").returncode == 0
    assert instance.cli("run", "--once").returncode == 0

    status = instance.json("status")
    stages = {i["company"]: i["stage"] for i in status["interviews"]}
    assert stages == {
        "Acme": "debrief_sent",
        "Globex": "debrief_sent",
        "Initech": "cancelled",
        "Umbrella GmbH": "cancelled",
    }
    debrief_timers = [t for t in status["timers"] if t["kind"] == "debrief"]
    assert debrief_timers == []
    subjects = sorted(str(m["Subject"]).split(" [fu-")[0] for m in mail_stack.fetch_all(mail_user))
    assert subjects == ["Debrief: Acme, Backend Engineer", "Debrief: Globex, SRE"]
