"""`followupd init` against the stack: flags or a real terminal end with a config whose check passes and
whose calendar and next interview are listed."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.helpers import ics_event, record_output
from tests.stack.caldav import put_event
from tests.stack.caldav_fixtures import CalDavCalendar
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e
ENV = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


@pytest.fixture
def calendar_with_interview(caldav_calendar: CalDavCalendar, mail_user: MailUser) -> CalDavCalendar:
    start = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    event = ics_event(
        uid="init-acme@t.example",
        summary="Interview: Acme, Platform Engineer",
        start=start,
        end=start + timedelta(hours=1),
        organizer=("Jane Doe", "jane@acme.example"),
        attendees=[("Maya Example", mail_user.address)],
    )
    put_event(caldav_calendar.url, event, auth=caldav_calendar.auth)
    return caldav_calendar


def _home(tmp_path: Path, user: MailUser, calendar: CalDavCalendar) -> Path:
    (tmp_path / "password").write_text(user.password)
    (tmp_path / "calpassword").write_text(calendar.password)
    return tmp_path / "config.toml"


def _cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "followupd", "--config", str(config), *args]
    result = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=120, check=False)
    record_output(args, result.stdout, result.stderr)
    return result


def test_non_interactive_init_ends_with_a_working_calendar(
    mail_stack: MailStack, mail_user: MailUser, calendar_with_interview: CalDavCalendar, tmp_path: Path
) -> None:
    """Flags only: the Radicale calendar is discovered from the server URL and listed, with the interview
    in it; `check` on the written config passes."""
    config = _home(tmp_path, mail_user, calendar_with_interview)
    result = _cli(
        config,
        "init",
        "--non-interactive",
        f"--address={mail_user.address}",
        "--timezone=Europe/Berlin",
        "--imap-host=127.0.0.1",
        f"--imap-port={mail_stack.imap_port}",
        "--imap-security=starttls",
        "--smtp-host=127.0.0.1",
        f"--smtp-port={mail_stack.smtp_port}",
        "--smtp-security=starttls",
        f"--ca-file={mail_stack.ca_file}",
        f"--username={mail_user.username}",
        "--password-command=cat password",
        f"--caldav-url={calendar_with_interview.server_url}",
        f"--caldav-username={calendar_with_interview.username}",
        "--caldav-password-command=cat calpassword",
    )
    assert 0 == result.returncode, result.stdout + result.stderr
    assert "Found 1 calendar: work" in result.stdout
    assert "found 1 interview in the next 30 days: Acme (" in result.stdout
    checked = _cli(config, "check")
    assert 0 == checked.returncode, checked.stdout
    assert "calendar calendar (caldav): 1 object, 1 event in the next 30 days" in checked.stdout


def test_init_without_a_terminal_says_so(tmp_path: Path) -> None:
    """Run from a pipe without --non-interactive: the message names the terminal, not a flag."""
    result = _cli(tmp_path / "config.toml", "init")
    assert 2 == result.returncode
    assert "stdin is not a terminal" in result.stderr and not (tmp_path / "config.toml").exists()


class Terminal:
    """The real CLI on a pseudo-terminal: answer each prompt when it appears."""

    def __init__(self, command: list[str], cwd: Path) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=ENV, cwd=cwd)
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"waited for {text!r}; saw:\n{self.seen}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096).decode(errors="replace")
                except OSError:  # the child closed the terminal
                    chunk = ""
                assert chunk or text in self.seen, f"ended before {text!r}; saw:\n{self.seen}"
                self.seen += chunk
        head, _, self.seen = self.seen.partition(text)
        return head + text

    def answer(self, prompt: str, value: str) -> None:
        self.expect(prompt)
        os.write(self.master, value.encode() + b"\r")

    def close(self) -> int:
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        os.close(self.master)
        return code


def test_interactive_init_through_a_terminal(
    mail_stack: MailStack, mail_user: MailUser, calendar_with_interview: CalDavCalendar, tmp_path: Path
) -> None:
    """Typed answers in a terminal; a wrong IMAP port first fails the check, which says what to change and
    offers a retry with the answers as defaults; the second round passes and lists calendar and interview."""
    config = _home(tmp_path, mail_user, calendar_with_interview)
    term = Terminal([sys.executable, "-m", "followupd", "--config", str(config), "init"], cwd=tmp_path)
    output = ""
    try:
        term.answer("Your email address", mail_user.address)
        term.answer("Your name", "Maya Example")
        term.answer("Your time zone", "Europe/Berlin")
        for kind, port in (("IMAP", 9), ("SMTP", mail_stack.smtp_port)):
            term.answer(f"{kind} server", "127.0.0.1")
            term.answer(f"{kind} security", "starttls")
            term.answer(f"{kind} port", str(port))
        term.answer("CA file", str(mail_stack.ca_file))
        term.answer("Mail user name", mail_user.username)
        term.answer("Password command", "cat password")
        term.answer("Calendar (", calendar_with_interview.server_url)
        term.answer("Calendar user name", calendar_with_interview.username)
        term.answer("Calendar password command", "cat calpassword")
        output += term.expect("try again? [Y/n]")
        assert "FAILED imap 127.0.0.1:9" in output and "run `followupd check`" in output
        os.write(term.master, b"y\r")
        term.answer("Your email address", "")
        term.answer("Your name", "")
        term.answer("Your time zone", "")
        for kind in ("IMAP", "SMTP"):
            term.answer(f"{kind} server", "")
            term.answer(f"{kind} security", "")
            term.answer(f"{kind} port", "" if kind == "SMTP" else str(mail_stack.imap_port))
        term.answer("CA file", "")
        term.answer("Mail user name", "")
        term.answer("Calendar (", "")
        term.answer("Calendar user name", "")
        term.answer("Calendar password command", "")
        output += term.expect("Wrote")
        output += term.expect("All set")
    finally:
        code = term.close()
    assert 0 == code, output
    assert "Found 1 calendar: work" in output and "found 1 interview in the next 30 days: Acme" in output
    assert 0 == _cli(config, "check").returncode


def test_non_interactive_init_finds_a_xandikos_calendar(
    mail_stack: MailStack, mail_user: MailUser, xandikos_calendar: CalDavCalendar, tmp_path: Path
) -> None:
    """Xandikos (no login, several calendars): found from the server's root through /.well-known/caldav."""
    start = datetime.now(UTC) + timedelta(days=5)
    event = ics_event(
        uid="init-globex@t.example",
        summary="Globex - Platform Engineer interview",
        start=start,
        end=start + timedelta(hours=1),
        organizer=("Raj Patel", "raj@globex.example"),
        attendees=[("Maya Example", mail_user.address)],
    )
    put_event(xandikos_calendar.url, event, auth=None)
    (tmp_path / "password").write_text(mail_user.password)
    config = tmp_path / "config.toml"
    result = _cli(
        config,
        "init",
        "--non-interactive",
        f"--address={mail_user.address}",
        "--timezone=Europe/Berlin",
        "--imap-host=127.0.0.1",
        f"--imap-port={mail_stack.imap_port}",
        "--imap-security=starttls",
        "--smtp-host=127.0.0.1",
        f"--smtp-port={mail_stack.smtp_port}",
        "--smtp-security=starttls",
        f"--ca-file={mail_stack.ca_file}",
        f"--username={mail_user.username}",
        "--password-command=cat password",
        "--caldav-server=xandikos",
        f"--caldav-url={xandikos_calendar.server_url}",
    )
    name = xandikos_calendar.url.rstrip("/").rsplit("/", 1)[-1]
    found = [line for line in result.stdout.splitlines() if line.startswith("Found ")]
    assert found and name in found[0], result.stdout + result.stderr
    assert 0 == result.returncode and "Globex" in result.stdout
    assert 0 == _cli(config, "check").returncode
