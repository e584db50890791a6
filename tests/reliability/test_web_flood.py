"""Item 7: a flood of slow web clients against the running daemon leaves health and mail handling working."""

from __future__ import annotations

import resource
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.helpers import RunningDaemon
from tests.reliability.support import answered, confirmations, debriefs, reply_to, sent_debrief, wait_until
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e

FD_LIMIT = 256  # a small limit for the daemon, so that the flood below would exhaust it without the cap
SLOW_CLIENTS = 400


def _low_fd_limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT))


def _health(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=3) as response:
            return bool(response.status == 200 and response.read() == b"ok")
    except OSError:
        return False


def test_slow_clients_cannot_stop_health_or_a_reply(
    mail_stack: MailStack, mail_user: MailUser, tmp_path: Path
) -> None:
    """400 half-sent requests (more than the daemon's 256 descriptors) while IMAP reconnects: health answers,
    and a reply delivered meanwhile is recorded and confirmed once."""
    instance = sent_debrief(mail_stack, mail_user, tmp_path)
    [debrief] = debriefs(mail_stack, mail_user)
    # Its debug log (400 slow-client lines, every IMAP session's protocol lines) is far more than a 64 KiB pipe
    # holds: RunningDaemon reads it as it comes, or the daemon's threads and loop would block on a log write.
    daemon = RunningDaemon(
        subprocess.Popen(instance.command("run"), stderr=subprocess.PIPE, text=True, preexec_fn=_low_fd_limit)
    )
    slow: list[socket.socket] = []
    try:
        assert wait_until(lambda: _health(instance.web_url), timeout=15)
        time.sleep(1.0)  # the watcher enters IDLE
        for _ in range(SLOW_CLIENTS):
            sock = socket.create_connection(("127.0.0.1", instance.web_port), timeout=5)
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            slow.append(sock)
        mail_stack.kick(mail_user)  # the watcher must open a new IMAP connection during the flood
        mail_stack.deliver(mail_user, reply_to(debrief, sender=mail_user.address))
        healthy = _health(instance.web_url)
        confirmed = wait_until(lambda: len(confirmations(mail_stack, mail_user)) >= 1, timeout=30, every=0.5)
    finally:
        for sock in slow:
            sock.close()
        _, err, _ = daemon.stop(timeout=20)
    assert healthy, err[-3000:]
    assert confirmed, "\n".join(
        line for line in err.splitlines() if "web_slow" not in line and "web_request" not in line
    )[-12000:]
    assert 1 == len(confirmations(mail_stack, mail_user))
    assert 2 == answered(instance)
    assert "Too many open files" not in err
