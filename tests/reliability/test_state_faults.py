"""State faults with a reply arriving: the database locked past its busy timeout, the state disk full."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance
from tests.reliability.support import answered, confirmations, debriefs, reply_to, sent_debrief, wait_until
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


@pytest.fixture
def instance(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> Instance:
    return sent_debrief(mail_stack, mail_user, tmp_path)


class _Daemon:
    """`followupd run` whose stderr is read line by line, so a test can wait for one log event."""

    def __init__(self, instance: Instance) -> None:
        env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        self.process = subprocess.Popen(instance.command("run"), stderr=subprocess.PIPE, text=True, env=env)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line)

    def saw(self, event: str) -> bool:
        return any(f'"{event}"' in line for line in list(self.lines))

    def stop(self) -> str:
        self.process.terminate()
        self.process.wait(timeout=20)
        self._reader.join(5)
        return "".join(self.lines)


def test_reply_while_database_locked_is_recorded_once_unlocked(
    mail_stack: MailStack, instance: Instance
) -> None:
    """Another process holds the write lock past the 5 s busy timeout as a reply arrives, and lets go as soon as
    recording it has failed (at most 20 s): the reply is then recorded and confirmed once, not set aside."""
    [debrief] = debriefs(mail_stack, instance.user)
    daemon = _Daemon(instance)
    try:
        assert wait_until(lambda: mail_stack.imap_pids(instance.user), timeout=30)
        time.sleep(1.0)  # the watcher enters IDLE
        db = sqlite3.connect(instance.state / "followupd.sqlite3", isolation_level=None)
        db.execute("BEGIN IMMEDIATE")  # in WAL mode the same as EXCLUSIVE: every other writer waits
        mail_stack.deliver(instance.user, reply_to(debrief, sender=instance.user.address))
        # Today the failed reply is then marked processed the moment the lock goes: released right after the
        # failure is logged, that mark succeeds. A fixed daemon retries; then the lock simply ends after 20 s.
        wait_until(lambda: daemon.saw("reply_failed"), timeout=20, every=0.05)
        db.execute("ROLLBACK")
        db.close()
        time.sleep(3.0)
    finally:
        err = daemon.stop()
    assert 0 == instance.cli("run", "--once").returncode
    assert 2 == answered(instance), err[-3000:]
    assert 1 == len(confirmations(mail_stack, instance.user))


@pytest.fixture
def small_disk(instance: Instance) -> Iterator[Path]:
    """The state dir moved onto a 2 MiB tmpfs (root only), so the test can fill it."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    moved = instance.state.with_name("state-before")
    instance.state.rename(moved)
    instance.state.mkdir(mode=0o700)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(instance.state)], check=True
    )
    try:
        subprocess.run(["cp", "-a", f"{moved}/.", str(instance.state)], check=True)
        yield instance.state
    finally:
        subprocess.run(["umount", "-l", str(instance.state)], check=False)


def test_reply_while_disk_full_is_recorded_once_freed(
    mail_stack: MailStack, instance: Instance, small_disk: Path
) -> None:
    """The state disk fills up under the running daemon as a reply arrives; once space is freed the reply is
    recorded and confirmed once."""
    [debrief] = debriefs(mail_stack, instance.user)
    daemon = _Daemon(instance)
    filler = small_disk / "filler"
    try:
        assert wait_until(lambda: mail_stack.imap_pids(instance.user), timeout=30)
        time.sleep(1.0)  # the watcher enters IDLE
        with filler.open("wb") as out, pytest.raises(OSError):
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        mail_stack.deliver(instance.user, reply_to(debrief, sender=instance.user.address))
        time.sleep(4.0)
        filler.unlink()
        time.sleep(2.0)
    finally:
        filler.unlink(missing_ok=True)
        err = daemon.stop()
    assert "full" in err, err[-2000:]  # the daemon did meet the full disk
    assert 0 == instance.cli("run", "--once").returncode
    assert 2 == answered(instance)
    assert 1 == len(confirmations(mail_stack, instance.user))
