"""Helpers for end-to-end tests: a config for a stack user, and the real CLI run as a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.stack.mail import MailStack, MailUser

# Everything every followupd process printed during this test session, and every state dir it used: the
# secret-grep test (test_zz_secrets.py) reads them all.
CLI_LOG = Path(tempfile.gettempdir()) / f"followupd-cli-{os.getpid()}.log"
STATE_DIRS: list[Path] = []


def record_output(args: list[str] | tuple[str, ...], stdout: str, stderr: str) -> None:
    with CLI_LOG.open("a") as log:
        log.write(f"$ followupd {' '.join(args)}\n{stdout}\n{stderr}\n")


@dataclass
class Instance:
    """One followupd installation: its config file and state dir."""

    config: Path
    state: Path
    user: MailUser

    def cli(
        self, *args: str, env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        command = [
            sys.executable,
            "-m",
            "followupd",
            "--config",
            str(self.config),
            "--state-dir",
            str(self.state),
            "--log-level",
            "debug",
            *args,
        ]
        full_env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"} | (env or {})
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=full_env, check=False
        )
        record_output(args, result.stdout, result.stderr)
        return result

    def json(self, *args: str) -> Any:
        result = self.cli(*args, "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


def ics_event(
    *,
    uid: str,
    summary: str,
    start: datetime,
    end: datetime,
    attendees: list[tuple[str, str]],
    organizer: tuple[str, str],
    sequence: int = 0,
    status: str = "CONFIRMED",
) -> str:
    def stamp(dt: datetime) -> str:
        return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//followupd tests//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp(datetime.now(UTC))}",
        f"DTSTART:{stamp(start)}",
        f"DTEND:{stamp(end)}",
        "SUMMARY:" + summary.replace(",", "\\,"),
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    lines += [
        f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{email}"
        for name, email in attendees
    ]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def make_instance(stack: MailStack, user: MailUser, *, calendars: str, extra: str = "") -> Instance:
    """A private config for `user` on the stack; the password comes from a password_command."""
    home = Path(tempfile.mkdtemp(prefix="followupd-e2e-"))
    (home / "password").write_text(user.password)
    config = home / "config.toml"
    config.write_text(f"""
[account]
name = "Maya Example"
addresses = ["{user.address}"]
timezone = "Europe/Berlin"

[imap]
host = "127.0.0.1"
port = {stack.imap_port}
security = "starttls"
username = "{user.username}"
ca_file = "{stack.ca_file}"
timeout = 10
keyring = false
password_command = ["cat", "password"]

[smtp]
host = "127.0.0.1"
port = {stack.smtp_port}
security = "starttls"
username = "{user.username}"
ca_file = "{stack.ca_file}"
timeout = 10
keyring = false
password_command = ["cat", "password"]

[web]
public_url = "http://127.0.0.1:8765"

{calendars}
{extra}
""")
    config.chmod(0o600)
    STATE_DIRS.append(home / "state")
    return Instance(config=config, state=home / "state", user=user)
