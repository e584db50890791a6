"""`followupd check` against the real stack: ok when everything works, exit 3 with the reason and a fix when not."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, file_calendar, ics_event, make_instance
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


def _edit(instance: Instance, pattern: str, replacement: str) -> None:
    text = instance.config.read_text()
    new = re.sub(pattern, replacement, text, count=1, flags=re.MULTILINE | re.DOTALL)
    assert new != text
    instance.config.write_text(new)


def _check(instance: Instance) -> tuple[int, dict[str, dict[str, object]]]:
    result = instance.cli("check", "--json")
    data = json.loads(result.stdout)
    return result.returncode, {c["name"].split()[0]: c for c in data["checks"]}


EMPTY = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def instance(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> Instance:
    start = datetime.now(UTC) + timedelta(days=3)
    event = ics_event(
        uid="standup@t.example",
        summary="Team standup",
        start=start,
        end=start + timedelta(minutes=15),
        organizer=("Raj Patel", "raj@example.org"),
        attendees=[],
    )
    return make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, event))


@pytest.mark.parametrize("calendars", ["", "empty"])
def test_no_calendar_or_a_quiet_one_is_a_warning(
    mail_stack: MailStack, mail_user: MailUser, tmp_path: Path, calendars: str
) -> None:
    """No calendar configured, or one without an event for weeks: the servers are fine but check says
    plainly that no debrief will ever come, and exits 3."""
    table = file_calendar(tmp_path, EMPTY) if calendars else ""
    instance = make_instance(mail_stack, mail_user, calendars=table)
    result = instance.cli("check")
    assert 3 == result.returncode
    expected = "no calendar gave an event" if calendars else "no calendar is configured"
    assert f"WARNING {expected}" in result.stdout
    assert "FAILED" not in result.stdout


def test_all_ok(instance: Instance) -> None:
    """With the right servers and password every check passes and the exit code is 0; no state is written."""
    code, checks = _check(instance)
    assert code == 0, checks
    assert [c["ok"] for c in checks.values()] == [True, True, True]
    assert "Sent='Sent'" in str(checks["imap"]["detail"]) and "STARTTLS ok" in str(checks["smtp"]["detail"])
    assert not instance.state.exists()


def test_wrong_password(instance: Instance) -> None:
    """A refused login is a failed check with a fix, exit 3."""
    (instance.config.parent / "password").write_text("not-the-password")
    code, checks = _check(instance)
    assert code == 3
    assert checks["imap"]["ok"] is False and "refused: [AUTHENTICATIONFAILED]" in str(
        checks["imap"]["detail"]
    )
    assert "app password" in str(checks["imap"]["fix"])
    assert checks["smtp"]["ok"] is False


def test_wrong_port(instance: Instance, mail_stack: MailStack) -> None:
    """A port where nothing listens: 'cannot reach', exit 3."""
    _edit(instance, rf"port = {mail_stack.imap_port}", "port = 9")
    code, checks = _check(instance)
    assert code == 3 and checks["imap"]["ok"] is False
    assert "127.0.0.1:9" in str(checks["imap"]["detail"])


def test_starttls_not_offered(instance: Instance, mail_stack: MailStack) -> None:
    """A server that does not offer STARTTLS when starttls was asked: refused before any password is sent."""
    _edit(instance, rf"port = {mail_stack.smtp_port}", f"port = {mail_stack.smtp_plain_port}")
    code, checks = _check(instance)
    assert code == 3 and "STARTTLS" in str(checks["smtp"]["detail"])


def test_certificate_for_another_host(instance: Instance, wrong_cert_port: int) -> None:
    """A certificate that does not match the host is refused, naming the host; verification is never off."""
    _edit(
        instance,
        r'(\[imap\].*?)port = \d+\nsecurity = "starttls"',
        rf'\1port = {wrong_cert_port}\nsecurity = "tls"',
    )
    code, checks = _check(instance)
    assert code == 3 and checks["imap"]["ok"] is False
    assert "certificate" in str(checks["imap"]["detail"]).lower()
