"""Baseline for reply latency: LMTP delivery to IDLE wake-up in a bare imapclient loop, no followupd code."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from imapclient import IMAPClient

from tests.stack.mail import MailStack, MailUser

__all__ = ["bare_idle_latency"]


def _message(n: int) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Jane Doe <jane@acme.example>"
    message["To"] = "maya@example.test"
    message["Subject"] = f"latency probe {n}"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="acme.example")
    message.set_content("probe\n")
    return message


def bare_idle_latency(stack: MailStack, user: MailUser, n: int) -> list[float]:
    """Seconds from the start of each LMTP delivery to the EXISTS seen by a plain IDLE loop, `n` times.

    Dovecot holds IDLE notifications back by a hard-coded 0.5 s, so expect about 0.5 s: that is the floor
    followupd's own reply latency is compared against.
    """
    latencies: list[float] = []
    with stack.imap_client(user) as client:
        client.select_folder("INBOX", readonly=True)
        for i in range(n):
            client.idle()
            time.sleep(0.05)  # IDLE is in effect once the server's continuation has been read
            started = time.monotonic()
            stack.deliver(user, _message(i))
            _wait_exists(client, timeout=5.0)
            latencies.append(time.monotonic() - started)
            client.idle_done()
    return latencies


def _wait_exists(client: IMAPClient, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for response in client.idle_check(timeout=0.05):
            if len(response) > 1 and response[1] == b"EXISTS":
                return
    raise TimeoutError("no EXISTS within the timeout")


def main(n: int = 20) -> None:
    from tests.stack.certs import make_certs
    from tests.stack.mail import start_mail_stack

    base = Path(tempfile.mkdtemp(prefix="followupd-bench-"))
    base.chmod(0o755)  # Dovecot's auth process must traverse it
    stack = start_mail_stack(base / "mail", certs=make_certs(base / "certs"))
    try:
        values = bare_idle_latency(stack, stack.add_user(), n)
    finally:
        stack.stop()
    print(
        f"bare IDLE latency over {n}: median {statistics.median(values) * 1000:.0f} ms, "
        f"min {min(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
