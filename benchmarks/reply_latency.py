"""Reply-to-recorded latency against Dovecot (target: p50 at most 1.2 x a bare imapclient IDLE loop, same run).

The daemon runs with a debrief already sent. Then N replies are delivered over LMTP one at a time, each a new
Message-ID threaded to the debrief (In-Reply-To, References) with numbered answers ("1. 7/10"); each is timed
from the start of the LMTP delivery to its row in the daemon's `replies` table (read-only SQLite, polled every
5 ms). Between two replies the daemon is left to send its confirmation and go back to IDLE. Interleaved with
them, the baseline: `bare_idle_latency` (LMTP delivery -> EXISTS in a bare imapclient IDLE loop), once per reply.

    python benchmarks/reply_latency.py [--replies 20]
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.common import (
    DaemonProcess,
    NoopWatcher,
    interview_ics,
    machine_line,
    mail_stack,
    median,
    percentile,
    table,
    write_config,
)
from benchmarks.idle_latency_baseline import bare_idle_latency

ANSWERS = [
    "the system design part went well",
    "explaining the cache design",
    "the SQL question",
    "good, Jane was friendly",
    "ownership of the platform",
    "small teams",
    "the commute",
    "90k discussed",
]


def reply_to(debrief: EmailMessage, address: str, n: int) -> EmailMessage:
    reply = EmailMessage()
    reply["From"] = f"Maya Example <{address}>"
    reply["To"] = address
    reply["Subject"] = "Re: " + str(debrief["Subject"])
    reply["Date"] = format_datetime(datetime.now(UTC))
    reply["Message-ID"] = make_msgid(domain="phone.example")
    reply["In-Reply-To"] = debrief["Message-ID"]
    reply["References"] = debrief["Message-ID"]
    lines = [f"1. {n % 11}/10, {ANSWERS[n % len(ANSWERS)]}"]
    lines += [f"{q}. {ANSWERS[(n + q) % len(ANSWERS)]}" for q in (2, 3, 5)]
    lines += ["11. yes", "", "Sent from my phone", "", "> 1. How did it go?"]
    reply.set_content("\n".join(lines) + "\n")
    return reply


def wait_count(db: sqlite3.Connection, sql: str, above: int, *, timeout: float, every: float = 0.005) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        count = int(db.execute(sql).fetchone()[0])
        if count > above:
            return count
        time.sleep(every)
    raise TimeoutError(f"{sql!r} stayed at {above}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=20)
    args = parser.parse_args()
    ours: list[float] = []
    bare: list[float] = []
    with mail_stack() as (stack, scratch):
        home = scratch / "reply"
        home.mkdir()
        user = stack.add_user("maya")
        calendar = home / "calendar.ics"
        # Ended a minute ago with no delay: the debrief is due as soon as the calendar is read.
        end = datetime.fromtimestamp(math.floor(time.time()), UTC) - timedelta(minutes=1)
        calendar.write_text(interview_ics(end=end, user=user))
        config = write_config(stack, user, home, calendar=calendar, extra='[debrief]\ndelay = "0s"\n')
        watcher = NoopWatcher(stack, user)
        daemon = DaemonProcess.for_home(home, config).start()
        probe = stack.add_user("probe")
        try:
            watcher.wait_new(timeout=60)
            debrief = stack.fetch_all(user)[0]
            assert str(debrief["Subject"]).startswith("Debrief:"), debrief["Subject"]
            time.sleep(2.0)  # the watcher sees our own debrief arrive, ignores it and goes back to IDLE
            db = sqlite3.connect(f"file:{daemon.state / 'followupd.sqlite3'}?mode=ro", uri=True, timeout=5)
            replies_sql = "SELECT count(*) FROM replies"
            sent_sql = "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND status = 'sent'"
            for n in range(args.replies):
                daemon.check_alive()
                before = int(db.execute(replies_sql).fetchone()[0])
                confirmed = int(db.execute(sent_sql).fetchone()[0])
                message = reply_to(debrief, user.address, n)
                started = time.monotonic()
                stack.deliver(user, message)
                wait_count(db, replies_sql, before, timeout=30)
                ours.append(time.monotonic() - started)
                # Let the daemon finish the reply's aftermath (confirmation sent and seen, $FollowupdDone flag)
                # so the next reply finds it back in IDLE, as a person's next reply would.
                wait_count(db, sent_sql, confirmed, timeout=30)
                # Past the watcher's short settling IDLE (2 s) too: each reply then meets the long IDLE, as a
                # person's next reply minutes later would, and is announced by Dovecot's push like the baseline's.
                time.sleep(4.0)
                bare.extend(bare_idle_latency(stack, probe, 1))
                time.sleep(0.3)
                print(
                    f"reply {n + 1}: followupd {ours[-1] * 1000:.0f} ms, bare IDLE {bare[-1] * 1000:.0f} ms",
                    flush=True,
                )
            answers = db.execute("SELECT count(*) FROM answers").fetchone()[0]
            db.close()
            if not answers:
                raise RuntimeError("replies were kept but no answers recorded")
        finally:
            daemon.stop()
            watcher.close()
    print(machine_line())
    print(
        f"Reply latency, {args.replies} replies (LMTP delivery start -> recorded), interleaved with the baseline:"
    )

    def ms(v: float) -> str:
        return f"{v * 1000:.0f} ms"

    rows = [
        ["followupd: LMTP -> reply row in SQLite", ms(median(ours)), ms(percentile(ours, 90)), ms(max(ours))],
        [
            "baseline: LMTP -> EXISTS in bare IDLE loop",
            ms(median(bare)),
            ms(percentile(bare, 90)),
            ms(max(bare)),
        ],
    ]
    print(table(["measure", "p50", "p90", "max"], rows))
    ratio = median(ours) / median(bare)
    print(f"p50 ratio {ratio:.2f} (target <= 1.2): {'met' if ratio <= 1.2 else 'MISSED'}")


if __name__ == "__main__":
    main()
