"""Debrief timing: from the interview's end (debrief delay 0s) to the debrief in the INBOX (target: within 2 s).

Each repeat uses a fresh mailbox, state dir and daemon: the interview ends 8 s after the daemon is started, in an
ics_file calendar read at start. The baseline, in the same repeat, is the benchmark itself sending a message
over SMTP (aiosmtplib, STARTTLS + AUTH to the stack's submission server) at a due time of its own: what the
stack's delivery alone costs. Both are seen by the same 20 ms NOOP poll on the test side.

    python benchmarks/debrief_latency.py [--repeats 5] [--lead 8]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import sys
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import aiosmtplib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.common import (
    DaemonProcess,
    MailStack,
    MailUser,
    NoopWatcher,
    interview_ics,
    machine_line,
    mail_stack,
    median,
    table,
    write_config,
)


def sleep_until(wall: float) -> None:
    while (left := wall - time.time()) > 0:
        time.sleep(min(left, 0.5) if left > 0.01 else left)


def direct_send(stack: MailStack, user: MailUser) -> None:
    message = EmailMessage()
    message["From"] = user.address
    message["To"] = user.address
    message["Subject"] = "baseline probe"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="example.test")
    message.set_content("probe\n")
    asyncio.run(
        aiosmtplib.send(
            message,
            hostname=stack.host,
            port=stack.smtp_port,
            start_tls=True,
            username=user.username,
            password=user.password,
            cert_bundle=str(stack.ca_file),
            timeout=10,
        )
    )


def one_repeat(stack: MailStack, base: object, i: int, lead: float) -> tuple[float, float]:
    home = Path(str(base)) / f"debrief-{i}"
    home.mkdir()
    user = stack.add_user("maya")
    end = math.ceil(time.time()) + lead
    calendar = home / "calendar.ics"
    calendar.write_text(interview_ics(end=datetime.fromtimestamp(end, UTC), user=user))
    config = write_config(stack, user, home, calendar=calendar, extra='[debrief]\ndelay = "0s"\n')
    watcher = NoopWatcher(stack, user)
    daemon = DaemonProcess.for_home(home, config).start()
    try:
        arrived = watcher.wait_new(timeout=lead + 30)
        daemon.check_alive()
        subjects = watcher.subjects()
        if not subjects or not subjects[0].startswith("Debrief:"):
            raise RuntimeError(f"expected a debrief, got {subjects}")
        latency = arrived - end

        # Baseline, same repeat, same (idle) daemon running: our own SMTP send at a due time of our own.
        other = stack.add_user("probe")
        probe = NoopWatcher(stack, other)
        try:
            due = math.ceil(time.time()) + 1.0
            sleep_until(due)
            direct_send(stack, other)
            baseline = probe.wait_new(timeout=10) - due
        finally:
            probe.close()
    finally:
        daemon.stop()
        watcher.close()
    return latency, baseline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--lead", type=float, default=8.0, help="seconds from daemon start to the interview's end"
    )
    args = parser.parse_args()
    ours: list[float] = []
    base: list[float] = []
    with mail_stack() as (stack, scratch):
        for i in range(args.repeats):
            latency, baseline = one_repeat(stack, scratch, i, args.lead)
            ours.append(latency)
            base.append(baseline)
            print(
                f"repeat {i + 1}: debrief {latency * 1000:.0f} ms after due, direct SMTP {baseline * 1000:.0f} ms",
                flush=True,
            )
    print(machine_line())
    print(f"Debrief in INBOX after its due time, {args.repeats} repeats (fresh mailbox and daemon each):")

    def ms(v: float) -> str:
        return f"{v * 1000:.0f} ms"

    print(
        table(
            ["measure", "median", "max", "target"],
            [
                ["followupd debrief (timer -> SMTP -> INBOX)", ms(median(ours)), ms(max(ours)), "<= 2000 ms"],
                ["baseline: direct aiosmtplib send at due time", ms(median(base)), ms(max(base)), ""],
            ],
        )
    )
    print("target met" if max(ours) <= 2.0 else "TARGET MISSED")


if __name__ == "__main__":
    main()
