"""Shared benchmark plumbing: the mail stack, a daemon config, the daemon as a child process, /proc readings."""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import shutil
import signal
import sqlite3
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from imapclient import IMAPClient

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as `python benchmarks/x.py` from anywhere
    sys.path.insert(0, str(REPO))

from tests.e2e import helpers as e2e_helpers  # noqa: E402
from tests.e2e.helpers import followupd_command, ics_event  # noqa: E402
from tests.followupd_stack import FollowupdMailStack  # noqa: E402
from tests.stack.certs import make_certs  # noqa: E402
from tests.stack.mail import MailStack, MailUser, start_mail_stack  # noqa: E402
from tests.stack.ports import free_port  # noqa: E402

__all__ = [
    "DaemonProcess",
    "MailStack",
    "MailUser",
    "NoopWatcher",
    "cpu_seconds",
    "free_port",
    "interview_ics",
    "machine_line",
    "mail_stack",
    "memory_kib",
    "percentile",
    "public_tempdir",
    "read_db",
    "table",
    "write_config",
]

# aiosmtpd (the stack's submission server, in this process) logs a warning about its own API on every AUTH.
logging.getLogger("mail.log").setLevel(logging.ERROR)

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def public_tempdir(prefix: str) -> Path:
    # Dovecot's auth process runs as user dovecot and must traverse every parent of its files, or logins fail
    # with "Temporary authentication failure".
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    return path


@contextlib.contextmanager
def mail_stack() -> Iterator[tuple[MailStack, Path]]:
    """A private Dovecot + submission server under a fresh temp dir; yields (stack, a scratch dir)."""
    base = public_tempdir("followupd-bench-")
    stack = start_mail_stack(base / "mail", certs=make_certs(base / "certs"), cls=FollowupdMailStack)
    try:
        yield stack, base
    finally:
        stack.stop()
        shutil.rmtree(base, ignore_errors=True)


def interview_ics(*, end: datetime, uid: str = "bench-1@example.test", user: MailUser) -> str:
    """One hour-long interview ending at `end` (whole seconds: the ICS format has no fractions)."""
    from datetime import timedelta

    return ics_event(
        uid=uid,
        summary="Interview: Acme, Senior Backend Engineer",
        start=end - timedelta(hours=1),
        end=end,
        organizer=("Jane Doe", "jane@acme.example"),
        attendees=[("Raj Patel", "raj@acme.example"), ("Maya Example", user.address)],
    )


def write_config(
    stack: MailStack, user: MailUser, home: Path, *, calendar: Path, interval: str = "2m", extra: str = ""
) -> Path:
    """A private config for `user` with an ics_file calendar and the web server on a free port of its own."""
    calendars = (
        f'[[calendars]]\nname = "file"\nkind = "ics_file"\npath = "{calendar}"\ninterval = "{interval}"\n'
    )
    e2e_helpers.write_config(stack, user, home, calendars=calendars, extra=extra)
    return home / "config.toml"


@dataclass
class DaemonProcess:
    """`followupd run` as a child process, stopped by SIGTERM to its own PID."""

    config: Path
    state: Path
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0  # wall clock

    @classmethod
    def for_home(cls, home: Path, config: Path) -> DaemonProcess:
        return cls(config=config, state=home / "state", log=home / "daemon.log")

    def start(self) -> DaemonProcess:
        env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        command = followupd_command(self.config, self.state, "run")
        self.started_at = time.time()
        self.proc = subprocess.Popen(
            command,
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def check_alive(self) -> None:
        assert self.proc is not None
        if self.proc.poll() is not None:
            tail = self.log.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"daemon exited with {self.proc.returncode}:\n{tail}")

    def wait_started(self, timeout: float = 30.0) -> None:
        """Until the daemon logs that it started (calendar loop, watcher and web are up)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            if b'"started"' in self.log.read_bytes() or b"started " in self.log.read_bytes():
                return
            time.sleep(0.05)
        raise TimeoutError(f"daemon did not start; see {self.log}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def read_db(state: Path, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
    """A read-only query on the daemon's state database; [] until the database exists."""
    path = state / "followupd.sqlite3"
    if not path.exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:  # schema not created yet
        return []
    finally:
        conn.close()


class NoopWatcher:
    """Sees new INBOX messages from the test side: a selected connection polled with NOOP every 20 ms.

    NOOP makes Dovecot sync the mailbox at once, so this avoids the 0.5 s that Dovecot holds IDLE
    notifications back: the figure is how late a message is in the INBOX, not how late IDLE says so.
    """

    def __init__(self, stack: MailStack, user: MailUser) -> None:
        context = ssl.create_default_context(cafile=str(stack.ca_file))
        self.client = IMAPClient(stack.host, port=stack.imaps_port, ssl=True, ssl_context=context, timeout=10)
        self.client.login(user.username, user.password)
        self.count = int(self.client.select_folder("INBOX", readonly=True)[b"EXISTS"])

    def wait_new(self, *, timeout: float, interval: float = 0.02) -> float:
        """Wall-clock time at which the INBOX was first seen holding more messages than before."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            _text, responses = self.client.noop()
            for response in responses:
                if len(response) > 1 and response[1] == b"EXISTS" and int(response[0]) > self.count:
                    seen = time.time()
                    self.count = int(response[0])
                    return seen
            time.sleep(interval)
        raise TimeoutError("no new message in the INBOX within the timeout")

    def subjects(self) -> list[str]:
        uids = self.client.search(["ALL"])
        data = self.client.fetch(uids, [b"ENVELOPE"]) if uids else {}
        return [(data[u][b"ENVELOPE"].subject or b"").decode(errors="replace") for u in sorted(data)]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.logout()


@dataclass
class ProcSample:
    cpu: float  # seconds of user + system time
    rss_kib: int
    hwm_kib: int
    at: float = field(default_factory=time.monotonic)


def cpu_seconds(pid: int) -> float:
    # Fields after the ")" of the command name: utime and stime are fields 14 and 15 of /proc/PID/stat.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def memory_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) in KiB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values["VmRSS"], values["VmHWM"]


def sample(pid: int) -> ProcSample:
    rss, hwm = memory_kib(pid)
    return ProcSample(cpu_seconds(pid), rss, hwm)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a small sample."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def machine_line() -> str:
    return (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load {os.getloadavg()[0]:.2f}"
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table, so the output can be pasted into docs/performance.md as it is."""
    cells = [[str(c) for c in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)
