"""One daemon per state directory: an flock'd lock file naming its holder, plus a heartbeat row in the state."""

from __future__ import annotations

import contextlib
import enum
import fcntl
import json
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from followupd.errors import UserError

__all__ = [
    "HEARTBEAT_EVERY",
    "DaemonLock",
    "Heartbeat",
    "Holder",
    "Mode",
    "StateUnusable",
    "beat",
    "check_state_dir",
    "holder",
    "last_heartbeat",
    "lock_path",
]

LOCK_NAME = "daemon.lock"
# The daemon writes its heartbeat this often (seconds); `status` calls a heartbeat older than 3 of these stale.
HEARTBEAT_EVERY = 30.0


class Mode(enum.Enum):
    daemon = "daemon"
    once = "once"


@dataclass(frozen=True)
class Holder:
    """The process that holds the lock: its pid and whether it is the daemon or a `run --once` pass."""

    pid: int
    mode: Mode
    started: datetime | None


class StateUnusable(UserError):
    """The state directory is missing, not a directory, or not writable."""


def lock_path(state_dir: Path) -> Path:
    return state_dir / LOCK_NAME


def check_state_dir(state_dir: Path, *, create: bool) -> None:
    """One clear message instead of a traceback when the state directory cannot be used."""
    if not state_dir.exists():
        if not create:
            raise StateUnusable(
                "no state directory here: followupd has not run with it yet",
                where=str(state_dir),
                fix="run `followupd run` (or `run --once`) first, or pass the right --state-dir",
            )
        try:
            state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StateUnusable(
                f"cannot create the state directory: {exc.strerror}",
                where=str(state_dir),
                fix="pass a writable --state-dir or set $STATE_DIRECTORY",
            ) from None
    if not state_dir.is_dir():
        raise StateUnusable("the state directory is not a directory", where=str(state_dir))
    if create and not os.access(state_dir, os.W_OK | os.X_OK):
        raise StateUnusable(
            "the state directory is not writable by this user",
            where=str(state_dir),
            fix="run as the user that owns it (for the system service: sudo -u followupd, or "
            "systemd-run -p DynamicUser=yes ...), or pass another --state-dir",
        )


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text() or "{}")
        started = datetime.fromisoformat(data["started"]) if data.get("started") else None
        return Holder(pid=int(data["pid"]), mode=Mode(data.get("mode", "daemon")), started=started)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def holder(state_dir: Path) -> Holder | None:
    """Who holds the lock of this state directory now, or None when no followupd process runs on it."""
    path = lock_path(state_dir)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _read(path) or Holder(pid=0, mode=Mode.daemon, started=None)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


class DaemonLock:
    """Held for the life of `run` (or one `run --once` pass); the kernel drops it when the process dies."""

    def __init__(self, state_dir: Path, *, mode: Mode) -> None:
        self.path = lock_path(state_dir)
        self.mode = mode
        self.fd: int | None = None

    def acquire(self, *, now: datetime) -> None:
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        for attempt in range(5):  # a `status` peeking with a shared lock holds it for microseconds
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if attempt < 4:
                    time.sleep(0.05)
        else:
            os.close(fd)
            other = _read(self.path)
            pid = other.pid if other else "unknown"
            what = (
                "a followupd daemon"
                if other is None or other.mode is Mode.daemon
                else "`followupd run --once`"
            )
            verb = (
                "refusing to run a second pass"
                if self.mode is Mode.once
                else "refusing to start a second daemon"
            )
            raise UserError(
                f"{what} (pid {pid}) is already running for this state directory; {verb}",
                where=str(self.path.parent),
                fix="stop it first (kill "
                f"{pid} or systemctl stop followupd), or wait until it ends"
                + ("; the running daemon does this pass's work itself" if self.mode is Mode.once else ""),
            )
        os.ftruncate(fd, 0)
        record = {"pid": os.getpid(), "mode": self.mode.value, "started": now.isoformat(timespec="seconds")}
        os.write(fd, json.dumps(record).encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> DaemonLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


# --- heartbeat: a row in the state's meta table ------------------------------------------------------------
HEARTBEAT_KEY = "daemon_heartbeat"


class _Meta(Protocol):
    """What the heartbeat needs of the store (its meta table)."""

    def meta(self, key: str, default: str | None = None) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...


@dataclass(frozen=True)
class Heartbeat:
    pid: int
    started: datetime
    at: datetime
    stopped: bool


def beat(store: _Meta, *, started: datetime, now: datetime, stopped: bool = False) -> None:
    """Record that this daemon is alive now (or, with stopped, that it ended cleanly)."""
    record = {
        "pid": os.getpid(),
        "started": started.isoformat(timespec="seconds"),
        "at": now.isoformat(timespec="seconds"),
        "stopped": stopped,
    }
    store.set_meta(HEARTBEAT_KEY, json.dumps(record))


def last_heartbeat(store: _Meta) -> Heartbeat | None:
    text = store.meta(HEARTBEAT_KEY)
    if not text:
        return None
    try:
        data = json.loads(text)
        return Heartbeat(
            pid=int(data["pid"]),
            started=datetime.fromisoformat(data["started"]),
            at=datetime.fromisoformat(data["at"]),
            stopped=bool(data.get("stopped")),
        )
    except (ValueError, KeyError, TypeError):
        return None
