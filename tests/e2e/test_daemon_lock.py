"""The real daemon and `status`: one daemon per state dir, SIGHUP a clean stop, a killed daemon not running."""

from __future__ import annotations

import json
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, RunningDaemon, file_calendar, ics_event, make_instance
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


@pytest.fixture
def instance(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> Instance:
    start = datetime.now(UTC) + timedelta(days=2)
    ics = ics_event(
        uid="lock@t.example",
        summary="Interview: Acme, Engineer",
        start=start,
        end=start + timedelta(hours=1),
        organizer=("Jane Doe", "jane@acme.example"),
        attendees=[],
    )
    return make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, ics))


def _status(instance: Instance) -> tuple[int, dict[str, object], str]:
    result = instance.cli("status", "--json")
    text = instance.cli("status").stdout
    return result.returncode, json.loads(result.stdout), text


def _wait_running(instance: Instance, daemon: RunningDaemon) -> dict[str, object]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert daemon.process.poll() is None, "the daemon ended early"
        if instance.state.exists() and (instance.state / "followupd.sqlite3").exists():
            _, data, text = _status(instance)
            if "Daemon: running" in text and "starting up" not in text:
                return data
        time.sleep(0.5)
    raise AssertionError("the daemon never showed as running")


def test_second_run_refused_and_sighup_stops_cleanly(instance: Instance) -> None:
    """While a daemon runs, `run` and `run --once` are refused naming its pid; SIGHUP stops it with exit 0
    and status then says it stopped (exit 0)."""
    daemon = instance.start_daemon()
    try:
        data = _wait_running(instance, daemon)
        assert data["daemon"] == {  # type: ignore[comparison-overlap]
            "running": True,
            "pid": daemon.process.pid,
            "summary": data["daemon"]["summary"],  # type: ignore[index]
        }
        for args in (("run",), ("run", "--once")):
            refused = instance.cli(*args, timeout=30)
            assert 2 == refused.returncode
            assert f"(pid {daemon.process.pid}) is already running for this state directory" in refused.stderr
        daemon.process.send_signal(signal.SIGHUP)
        assert 0 == daemon.process.wait(timeout=15)
    finally:
        if daemon.process.poll() is None:
            daemon.stop()
    code, data, text = _status(instance)
    assert 0 == code and "Daemon: not running (stopped at" in text


def test_killed_daemon_shows_as_not_running(instance: Instance) -> None:
    """SIGKILL: status says not running, did not stop cleanly, marks the health it left stale, and exits 1."""
    daemon = instance.start_daemon()
    try:
        _wait_running(instance, daemon)
        daemon.process.send_signal(signal.SIGKILL)
        daemon.process.wait(timeout=15)
    finally:
        if daemon.process.poll() is None:
            daemon.stop()
    code, data, text = _status(instance)
    assert 1 == code and data["ok"] is False
    assert (
        f"the daemon (pid {daemon.process.pid}) was last seen at" in text and "did not stop cleanly" in text
    )
    assert data["health"] and all(h["stale"] for h in data["health"])  # type: ignore[union-attr,index]
    assert "ok watching" not in text
    # A new daemon may start: the kernel dropped the killed one's lock.
    again = instance.start_daemon()
    try:
        _wait_running(instance, again)
    finally:
        assert 0 == again.stop()[0]
