"""Helpers for end-to-end tests: a config for a stack user, and the real CLI run as a child process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.stack.mail import MailStack, MailUser
from tests.stack.ports import free_port

# Everything every followupd process printed during this test session, and every state dir it used: the
# secret-grep test (test_zz_secrets.py) reads them all.
CLI_LOG = Path(tempfile.gettempdir()) / f"followupd-cli-{os.getpid()}.log"
STATE_DIRS: list[Path] = []


def record_output(args: list[str] | tuple[str, ...], stdout: str, stderr: str) -> None:
    with CLI_LOG.open("a") as log:
        log.write(f"$ followupd {' '.join(args)}\n{stdout}\n{stderr}\n")


def followupd_command(config: Path, state: Path, *args: str) -> list[str]:
    """The real CLI as a child process would run it, for one config and state dir."""
    return [sys.executable, "-m", "followupd", "--config", str(config), "--state-dir", str(state), *args]


@dataclass
class RunningDaemon:
    """`followupd run` in the foreground as a child process; its stderr is read as it comes, so that a chatty
    debug log never fills the pipe and blocks the daemon on a write."""

    process: subprocess.Popen[str]
    _lines: list[str] = field(default_factory=list)
    _reader: threading.Thread | None = None

    def __post_init__(self) -> None:
        stream = self.process.stderr
        assert stream is not None
        self._reader = threading.Thread(target=lambda: self._lines.extend(stream), daemon=True)
        self._reader.start()

    def stop(self, timeout: float = 15) -> tuple[int, str, float]:
        """SIGTERM, wait; the exit code, what it printed on stderr, and how long stopping took."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=timeout)
        elapsed = time.monotonic() - started
        assert self._reader is not None
        self._reader.join(timeout=timeout)
        err = "".join(self._lines)
        record_output(["run"], "", err)
        return self.process.returncode, err, elapsed


@dataclass
class Instance:
    """One followupd installation: its config file, state dir and web port."""

    config: Path
    state: Path
    user: MailUser
    web_port: int = 8765

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def command(self, *args: str) -> list[str]:
        return followupd_command(self.config, self.state, "--log-level", "debug", *args)

    def start_daemon(self, env: dict[str, str] | None = None) -> RunningDaemon:
        full_env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"} | (env or {})
        process = subprocess.Popen(self.command("run"), stderr=subprocess.PIPE, text=True, env=full_env)
        return RunningDaemon(process)

    def cli(
        self, *args: str, env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        command = self.command(*args)
        full_env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"} | (env or {})
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=full_env, check=False
        )
        record_output(args, result.stdout, result.stderr)
        return result

    def json(self, *args: str) -> Any:
        result = self.cli(*args, "--json")
        # `status` exits 1 when something failed or waits for the user (documented): its JSON says what.
        allowed = (0, 1) if args[:1] == ("status",) else (0,)
        assert result.returncode in allowed, result.stderr
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


def past_interview(user: MailUser, *, uid: str, summary: str, minutes_ago: int = 11) -> str:
    """An interview with Jane Doe and Raj Patel that ended `minutes_ago` minutes ago (its debrief is due)."""
    end = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    return ics_event(
        uid=uid,
        summary=summary,
        start=end - timedelta(hours=1),
        end=end,
        organizer=("Jane Doe", "jane@acme.example"),
        attendees=[("Raj Patel", "raj@acme.example"), ("Maya Example", user.address)],
    )


def file_calendar(directory: Path, ics: str) -> str:
    """Write `ics` to directory/calendar.ics; the [[calendars]] table that reads it."""
    path = directory / "calendar.ics"
    path.write_text(ics)
    return f'[[calendars]]\nname = "file"\nkind = "ics_file"\npath = "{path}"\n'


def write_config(stack: MailStack, user: MailUser, home: Path, *, calendars: str, extra: str = "") -> int:
    """Write home/config.toml (0600) and home/password for `user` on the stack; returns the free web port."""
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    (home / "password").write_text(user.password)
    servers = "\n".join(
        f"""[{kind}]
host = "127.0.0.1"
port = {port_of}
security = "starttls"
username = "{user.username}"
ca_file = "{stack.ca_file}"
timeout = 10
keyring = false
password_command = ["cat", "password"]
"""
        for kind, port_of in (("imap", stack.imap_port), ("smtp", stack.smtp_port))
    )
    config = home / "config.toml"
    config.write_text(f"""
[account]
name = "Maya Example"
addresses = ["{user.address}"]
timezone = "Europe/Berlin"

{servers}
[web]
listen = "127.0.0.1:{port}"
public_url = "http://127.0.0.1:{port}"

{calendars}
{extra}
""")
    config.chmod(0o600)
    return port


def make_instance(stack: MailStack, user: MailUser, *, calendars: str, extra: str = "") -> Instance:
    """A private config for `user` on the stack (password from a password_command, web on a free port)."""
    home = Path(tempfile.mkdtemp(prefix="followupd-e2e-"))
    port = write_config(stack, user, home, calendars=calendars, extra=extra)
    STATE_DIRS.append(home / "state")
    return Instance(config=home / "config.toml", state=home / "state", user=user, web_port=port)
