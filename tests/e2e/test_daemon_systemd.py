"""The daemon under systemd's protocol: READY=1 once up, WATCHDOG=1 pings, STOPPING=1 and a clean exit on SIGTERM."""

from __future__ import annotations

import socket
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.helpers import file_calendar, ics_event, make_instance
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


def test_notify_protocol(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> None:
    """READY=1 after start-up, watchdog pings at half WATCHDOG_USEC, STOPPING=1 and exit 0 within 10 s of SIGTERM."""
    start = datetime.now(UTC) + timedelta(days=2)
    ics = ics_event(
        uid="d@t",
        summary="Interview: Acme, Engineer",
        start=start,
        end=start + timedelta(hours=1),
        organizer=("Jane", "jane@acme.example"),
        attendees=[],
    )
    instance = make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, ics))
    notify_path = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.bind(notify_path)
        notify.settimeout(15)
        daemon = instance.start_daemon(
            {"NOTIFY_SOCKET": notify_path, "WATCHDOG_USEC": "2000000", "WATCHDOG_PID": ""}
        )
        try:
            messages: list[str] = []
            while not any(m.startswith("READY=1") for m in messages):
                messages.append(notify.recv(4096).decode())
            ready_at = time.monotonic()
            while messages.count("WATCHDOG=1") < 2:
                messages.append(notify.recv(4096).decode())
            watchdog_span = time.monotonic() - ready_at
            # The web server answers once READY was sent: the loops really are up.
            with urllib.request.urlopen(f"{instance.web_url}/healthz", timeout=5) as response:
                assert (response.status, response.read()) == (200, b"ok")
        finally:
            code, err, elapsed = daemon.stop()
        tail = []
        notify.settimeout(0.5)
        try:
            while True:
                tail.append(notify.recv(4096).decode())
        except TimeoutError:
            pass
    assert code == 0, err[-2000:]
    assert elapsed < 10
    assert "STOPPING=1" in tail
    assert watchdog_span < 5  # pings come about every second (half of 2 s)


def test_web_port_in_use_is_a_clear_config_error(
    mail_stack: MailStack, mail_user: MailUser, tmp_path: Path
) -> None:
    """A taken [web] listen port: exit 2 naming the address and what to do, no traceback."""
    instance = make_instance(mail_stack, mail_user, calendars="")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", instance.web_port))
        taken.listen()
        result = instance.cli("run", timeout=60)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{instance.web_port}" in result.stderr
    assert "Traceback" not in result.stderr
