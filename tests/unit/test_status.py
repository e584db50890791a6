"""`status` tells the truth: the daemon lock and heartbeat, stale health, exit codes, words not dicts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.adapters.store.db import open_store
from followupd.cli.main import main
from followupd.cli.status import daemon_state, when
from followupd.errors import UserError
from followupd.runtime import lock

CONFIG = """
[account]
name = "Maya Example"
addresses = ["maya@example.org"]
timezone = "Europe/Berlin"

[imap]
host = "imap.example.org"
username = "maya@example.org"
password_env = "FU_TEST_PW"

[smtp]
host = "smtp.example.org"
username = "maya@example.org"
password_env = "FU_TEST_PW"
"""
NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    (tmp_path / "config.toml").write_text(CONFIG)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(
            ["--config", str(tmp_path / "config.toml"), "--state-dir", str(tmp_path / "state"), *args]
        )
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def _hold_lock(state: Path) -> subprocess.Popen[str]:
    """Another process that holds the daemon lock until it is killed, as a running daemon would."""
    code = textwrap.dedent(
        f"""
        import sys, time
        from datetime import UTC, datetime
        from pathlib import Path
        from followupd.runtime.lock import DaemonLock, Mode
        DaemonLock(Path({str(state)!r}), mode=Mode.daemon).acquire(now=datetime.now(UTC))
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    return process


def test_when_names_the_zone_and_the_day() -> None:
    """Times today show the clock and zone; other days add the weekday and date."""
    assert "16:35 CET" == when(datetime(2026, 12, 1, 15, 35, tzinfo=UTC), BERLIN, now=NOW)
    assert "Wed 2 Dec 16:35 CET" == when(datetime(2026, 12, 2, 15, 35, tzinfo=UTC), BERLIN, now=NOW)


def test_killed_daemon_is_not_running_and_a_problem() -> None:
    """A heartbeat without a clean stop and no lock holder: not running, killed or crashed, health stale."""
    beat = lock.Heartbeat(
        pid=42, started=NOW - timedelta(hours=1), at=NOW - timedelta(minutes=5), stopped=False
    )
    state = daemon_state(None, beat, now=NOW, tz=BERLIN)
    assert (False, True) == (state.running, state.problem)
    assert "did not stop cleanly" in state.summary and "pid 42" in state.summary
    assert state.current_since is not None and state.current_since > beat.at


def test_hung_daemon_is_a_problem() -> None:
    """A lock holder whose heartbeat is older than three intervals is reported as possibly hung."""
    holder = lock.Holder(pid=7, mode=lock.Mode.daemon, started=NOW - timedelta(hours=1))
    beat = lock.Heartbeat(
        pid=7, started=NOW - timedelta(hours=1), at=NOW - timedelta(minutes=10), stopped=False
    )
    state = daemon_state(holder, beat, now=NOW, tz=BERLIN)
    assert (True, True) == (state.running, state.problem)
    assert "hung" in state.summary


def test_status_of_a_missing_state_dir_is_one_clear_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """No state dir: exit 2 with what to do, no traceback, and nothing created."""
    code, _, err = cli("status")
    assert 2 == code and not (tmp_path / "state").exists()
    assert "has not run with it yet" in err and "Traceback" not in err


def test_status_after_a_killed_daemon(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Health written by a daemon that was killed is shown stale, not as 'ok watching INBOX'; exit 1."""
    store = open_store(tmp_path / "state")
    with store.transaction():
        lock.beat(store, started=NOW - timedelta(hours=1), now=NOW - timedelta(minutes=1))
        store.set_health("imap", True, "watching INBOX; 0 reconnects", NOW - timedelta(minutes=2))
    store.close()
    code, out, _ = cli("status")
    assert 1 == code
    assert "Daemon: not running: the daemon (pid" in out
    assert "was ok     imap: watching INBOX" in out and "stale" in out
    code, out, _ = cli("status", "--json")
    data = json.loads(out)
    assert (1, False, False, True) == (
        code,
        data["ok"],
        data["daemon"]["running"],
        data["health"][0]["stale"],
    )


def test_status_words_and_next_due(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The outbox in words, 'next' naming what is due and for whom, times in the user's zone; exit 0."""
    start = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    assert 0 == cli("interviews", "add", "--company", "Acme", "--start", start.isoformat())[0]
    code, out, _ = cli("status")
    assert 0 == code
    assert "Daemon: not running (no daemon has run with this state directory)" in out
    assert "Next: debrief for Acme at " in out and ("CET" in out or "CEST" in out)
    assert "Outbox: empty" in out and "{" not in out
    assert "Times in Europe/Berlin" in out


def test_second_daemon_is_refused_naming_the_pid(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """While one process holds the lock, `run` and `run --once` refuse with its pid; status shows it running."""
    state = tmp_path / "state"
    state.mkdir()
    holder = _hold_lock(state)
    try:
        with pytest.raises(UserError) as refused:
            lock.DaemonLock(state, mode=lock.Mode.daemon).acquire(now=NOW)
        assert f"pid {holder.pid}" in refused.value.render() and "second daemon" in refused.value.render()
        code, _, err = cli("run", "--once")
        assert 2 == code and f"(pid {holder.pid}) is already running" in err and "second pass" in err
        open_store(state).close()
        code, out, _ = cli("status")
        assert f"Daemon: running (pid {holder.pid})" in out
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock.holder(state) is None  # the kernel dropped the lock with the killed process
    assert 0 == cli("status")[0]


def test_concurrent_creation_of_a_state_dir(tmp_path: Path) -> None:
    """Several processes creating the same new state at once all succeed (no 'table already exists')."""
    code = "from pathlib import Path; from followupd.adapters.store.db import open_store; "
    code += f"open_store(Path({str(tmp_path / 's')!r}))"
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) for _ in range(6)
    ]
    results = [(p.wait(), p.stderr.read() if p.stderr else "") for p in procs]
    assert [(0, "")] * 6 == results


def test_closed_pipe_ends_quietly(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`followupd status --json | head -1` ends without a BrokenPipeError traceback."""
    start = datetime.now(UTC) + timedelta(days=1)
    for n in range(300):
        assert 0 == cli("interviews", "add", "--company", f"C{n}", "--start", start.isoformat())[0]
    command = [sys.executable, "-m", "followupd", "--config", str(tmp_path / "config.toml")]
    command += ["--state-dir", str(tmp_path / "state"), "interviews", "list", "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    time.sleep(0.1)
    err = process.stderr.read()
    process.wait()
    assert "" == err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_state_dir_is_one_message(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`run` on a state dir it cannot write says so in one line (exit 2), no traceback."""
    state = tmp_path / "state"
    state.mkdir()
    state.chmod(0o500)
    try:
        code, _, err = cli("run", "--once")
    finally:
        state.chmod(0o700)
    assert 2 == code and "not writable" in err and "Traceback" not in err


def test_run_warns_without_a_calendar(tmp_path: Path) -> None:
    """`run` gets the same plain warning as `check` when no calendar is configured."""
    from followupd.config.load import load_settings
    from followupd.services.checks import NO_CALENDAR, calendar_warning

    (tmp_path / "config.toml").write_text(CONFIG)
    store = open_store(tmp_path / "state")
    assert NO_CALENDAR == calendar_warning(load_settings(tmp_path / "config.toml"), store)
    assert "no calendar is configured" in NO_CALENDAR


def test_interviews_json_in_sql_matches_the_view(tmp_path: Path) -> None:
    """The one-query JSON of status --json has exactly the shape and values of interview_json."""
    from dataclasses import replace

    from followupd.adapters.store.status import answer_counts, interviews_json
    from followupd.domain.models import Interview, Lifecycle, Person
    from followupd.services.views import interview_json

    store = open_store(tmp_path / "state")
    base = Interview(
        id=0, source="cal", uid="a@t", recurrence_id="", company="Acme", role="SRE",
        start=NOW, end=NOW + timedelta(hours=1), tzid="Europe/Berlin",
        interviewers=(Person("Jane Doe", "jane@acme.example"), Person("", "raj@acme.example")),
        meeting_link="https://meet.example/x", summary="Interview", sequence=0, dtstamp=None,
        edited=frozenset({"role", "company"}),
    )  # fmt: skip
    with store.transaction():
        one = store.save_interview(base, now=NOW, token="t1")
        store.save_interview(
            replace(base, uid="b@t", recurrence_id="20261201T140000Z", lifecycle=Lifecycle.cancelled, interviewers=(),
                    meeting_link="", edited=frozenset(), start=NOW - timedelta(days=1)),
            now=NOW, token="t2",
        )  # fmt: skip
        store.save_answer(one, "rating", "7", 7, via="reply", reply_id=None, now=NOW)
    counts = answer_counts(store)
    expected = [interview_json(i) | {"answered": counts.get(i.id, 0)} for i in store.interviews()]
    assert expected == interviews_json(store)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to read another user's state")
def test_root_reading_a_service_state_leaves_no_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`sudo followupd status` on a stopped service's state creates no root-owned -wal/-shm files."""
    state = tmp_path / "state"
    open_store(state).close()
    for path in [state, *state.iterdir()]:
        os.chown(path, 65534, 65534)
    before = sorted(p.name for p in state.iterdir())
    assert 0 == cli("status")[0]
    assert before == sorted(p.name for p in state.iterdir())


def test_status_imports_only_what_it_uses(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`status` loads no calendar parser, template engine, mail or web library, nor structlog."""
    open_store(tmp_path / "state").close()
    code = textwrap.dedent(
        f"""
        import sys
        from followupd.cli.main import main
        main(["--config", {str(tmp_path / "config.toml")!r}, "--state-dir", {str(tmp_path / "state")!r}, "status"])
        heavy = {{"jinja2", "icalendar", "recurring_ical_events", "caldav", "aiohttp", "imapclient", "aiosmtplib",
                 "structlog", "keyring", "mailparser_reply"}}
        print(sorted(m for m in sys.modules if m.split(".")[0] in heavy))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert "[]" == result.stdout.strip().splitlines()[-1], result.stderr


def test_unusable_state_dir_is_one_message_for_run_and_status(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A state path that cannot be a directory: `run` and `status` each say so in one line, exit 2."""
    (tmp_path / "state").write_text("not a directory")
    for args in (("run", "--once"), ("status",)):
        code, _, err = cli(*args)
        assert 2 == code, args
        assert "Traceback" not in err and 1 == len(err.strip().splitlines())
        assert "directory" in err
