"""Idle cost: the daemon with nothing due, CPU % of one core and resident memory (target: < 1 %, < 80 MB).

The daemon watches a mailbox on the private Dovecot (IDLE) and an ics_file calendar holding one interview days
ahead, so nothing is due. After a warm-up, /proc/PID/stat (utime + stime) and /proc/PID/status (VmRSS, VmHWM)
are read over the window. The baseline, in the same window against the same Dovecot, is a bare imapclient IDLE
loop in its own process (STARTTLS, login, IDLE checked every second as the daemon's watcher does). Dovecot's
imap processes serving each of the two users are measured as well (the server-side cost of each watcher).

    python benchmarks/idle_daemon.py [--seconds 300] [--warmup 20] [--poll-interval 1h]
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.common import (
    DaemonProcess,
    ProcSample,
    interview_ics,
    machine_line,
    mail_stack,
    sample,
    table,
    write_config,
)

BARE_IDLE = """
import os, ssl, sys, time
from imapclient import IMAPClient
host, port, ca, user = sys.argv[1:5]
context = ssl.create_default_context(cafile=ca)
client = IMAPClient(host, port=int(port), ssl=False, timeout=30)
client.starttls(context)
client.login(user, os.environ["BENCH_PASSWORD"])
client.select_folder("INBOX", readonly=True)
while True:
    client.idle()
    renew = time.monotonic() + 540
    while time.monotonic() < renew:
        client.idle_check(timeout=1.0)
    client.idle_done()
"""


def measure(
    pids: dict[str, list[int]],
    seconds: float,
    every: float = 5.0,
) -> tuple[dict[str, tuple[ProcSample, ProcSample, int]], list[tuple[float, float]]]:
    """Per name: (first sample, last sample, highest VmRSS in between), summed over its PIDs; and a timeline of
    (seconds into the window, CPU % of the first name over the last `every` seconds)."""

    def total(name: str) -> ProcSample:
        parts = []
        for pid in pids[name]:
            with contextlib.suppress(OSError):  # a process that went away (a reconnect) stops counting
                parts.append(sample(pid))
        return ProcSample(
            sum(p.cpu for p in parts), sum(p.rss_kib for p in parts), sum(p.hwm_kib for p in parts)
        )

    first = {name: total(name) for name in pids}
    peak = {name: s.rss_kib for name, s in first.items()}
    lead = next(iter(pids))
    timeline: list[tuple[float, float]] = []
    previous = first[lead]
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        time.sleep(min(every, left))
        for name in pids:
            now = total(name)
            peak[name] = max(peak[name], now.rss_kib)
            if name == lead:
                timeline.append(
                    (now.at - first[lead].at, (now.cpu - previous.cpu) / (now.at - previous.at) * 100)
                )
                previous = now
    last = {name: total(name) for name in pids}
    return {name: (first[name], last[name], max(peak[name], last[name].rss_kib)) for name in pids}, timeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--warmup", type=float, default=20.0)
    parser.add_argument(
        "--poll-interval",
        default="",
        help='[mailbox] poll_interval for the daemon, e.g. "1h" (default: the daemon\'s own)',
    )
    args = parser.parse_args()
    with mail_stack() as (stack, scratch):
        home = scratch / "idle"
        user = stack.add_user("maya")
        calendar = home / "calendar.ics"
        home.mkdir()
        end = datetime.fromtimestamp(math.ceil(time.time()), UTC) + timedelta(days=3)
        calendar.write_text(interview_ics(end=end, user=user))
        extra = f'[mailbox]\npoll_interval = "{args.poll_interval}"\n' if args.poll_interval else ""
        config = write_config(stack, user, home, calendar=calendar, extra=extra)
        daemon = DaemonProcess.for_home(home, config).start()
        probe = stack.add_user("probe")
        bare = subprocess.Popen(
            [
                sys.executable,
                "-c",
                BARE_IDLE,
                stack.host,
                str(stack.imap_port),
                str(stack.ca_file),
                probe.username,
            ],
            env=os.environ | {"BENCH_PASSWORD": probe.password},
            stdin=subprocess.DEVNULL,
        )
        try:
            daemon.wait_started()
            time.sleep(args.warmup)
            daemon.check_alive()
            if bare.poll() is not None:
                raise RuntimeError("the bare IDLE loop exited")
            # The server side of each watcher too: Dovecot's imap processes serving that user.
            results, timeline = measure(
                {
                    "followupd run": [daemon.pid],
                    "bare imapclient IDLE loop": [bare.pid],
                    "Dovecot imap for followupd's user": stack.imap_pids(user),
                    "Dovecot imap for the bare loop's user": stack.imap_pids(probe),
                },
                args.seconds,
            )
            daemon.check_alive()
        finally:
            bare.terminate()
            bare.wait(timeout=10)
            daemon.stop()
    print(machine_line())
    print(
        f"Idle over {args.seconds:.0f} s after a {args.warmup:.0f} s warm-up (nothing due), "
        f"poll_interval {args.poll_interval or 'default'}:"
    )
    rows = []
    verdict = {}
    for name, (first, last, peak) in results.items():
        cpu = (last.cpu - first.cpu) / (last.at - first.at) * 100
        rows.append(
            [
                name,
                f"{cpu:.3f} %",
                f"{last.cpu - first.cpu:.2f} s",
                f"{last.rss_kib / 1024:.1f} MiB",
                f"{peak / 1024:.1f} MiB",
                f"{last.hwm_kib / 1024:.1f} MiB",
            ]
        )
        verdict[name] = (cpu, last.hwm_kib / 1024)
    print(
        table(["process", "CPU (one core)", "CPU time in window", "VmRSS at end", "VmRSS max", "VmHWM"], rows)
    )
    print(
        "followupd CPU % of one core per minute of the window: "
        + ", ".join(
            f"{statistics.mean(c for t, c in timeline if m * 60 < t <= (m + 1) * 60):.1f}"
            for m in range(math.ceil(args.seconds / 60))
            if any(m * 60 < t <= (m + 1) * 60 for t, _ in timeline)
        )
    )
    cpu, hwm = verdict["followupd run"]
    print(f"target (< 1 % CPU, < 80 MB resident): {'met' if cpu < 1.0 and hwm * 1.048576 < 80 else 'MISSED'}")


if __name__ == "__main__":
    main()
