"""End to end: a recurring series titled as an interview does not flood the user with debriefs (issue: an hourly
"interview" series once created 1,502 interviews and sent 48 debriefs in one pass)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.helpers import file_calendar, ics_event, make_instance
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


def test_an_hourly_interview_series_sends_one_notice_and_no_debrief(
    mail_stack: MailStack, mail_user: MailUser, tmp_path: Path
) -> None:
    """Run twice over an hourly series that began two days ago: no interview, no debrief, one notice."""
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(days=2)
    ics = ics_event(
        uid="hourly@example.test",
        summary="Interview: Globex, Data Engineer",
        start=start,
        end=start + timedelta(minutes=30),
        organizer=("Jane Doe", "jane@globex.example"),
        attendees=[("Maya Example", mail_user.address)],
    ).replace("STATUS:CONFIRMED", "RRULE:FREQ=HOURLY;COUNT=200\r\nSTATUS:CONFIRMED")
    instance = make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, ics))
    for _ in range(2):
        run = instance.cli("run", "--once")
        assert run.returncode == 0, run.stderr
    subjects = [str(m["Subject"]) for m in mail_stack.fetch_all(mail_user)]
    assert ["Not treated as interviews: Interview: Globex, Data Engineer"] == subjects
    assert [] == instance.json("interviews", "list")
