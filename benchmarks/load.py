"""Load: 10,000 unrelated messages over LMTP while five debrief threads are answered; latency, answers, memory.

The daemon runs with five interviews whose debriefs it has sent. First, quiet: replies to the five threads in
turn, each timed from the start of its LMTP delivery to its row in the `replies` table (read-only SQLite, polled
every 5 ms), each waited out until its confirmation is sent. Then the same while a second thread delivers
`--messages` unrelated messages (newsletters, notifications, other people's threads) into the same INBOX at
`--rate` per second over one LMTP connection. Every reply must be recorded and confirmed; the p50 under load is
compared with the quiet p50 of the same run; the daemon's RSS is sampled through the flood.

    .venv/bin/python benchmarks/load.py --messages 10000 --rate 40
"""

from __future__ import annotations

import argparse
import math
import smtplib
import sqlite3
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (
    DaemonProcess,
    MailStack,
    MailUser,
    machine_line,
    mail_stack,
    median,
    memory_kib,
    percentile,
    table,
    write_config,
)
from benchmarks.reply_latency import reply_to, wait_count
from tests.e2e.helpers import ics_event

THREADS = 5


def calendar_of_five(user: MailUser, end: datetime) -> str:
    """Five interviews that ended at `end`, with different companies: five debrief threads."""
    events = []
    for i in range(THREADS):
        one = ics_event(
            uid=f"load-{i}@example.test",
            summary=f"Interview: Company{i}, Engineer",
            start=end - timedelta(hours=1, minutes=i),
            end=end - timedelta(minutes=i),
            organizer=("Jane Doe", f"jane@company{i}.example"),
            attendees=[("Raj Patel", f"raj@company{i}.example"), ("Maya Example", user.address)],
        )
        body = one.split("BEGIN:VEVENT", 1)[1].split("END:VEVENT", 1)[0]
        events.append(f"BEGIN:VEVENT{body}END:VEVENT")
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd load//EN\r\n"
    return head + "\r\n".join(events) + "\r\nEND:VCALENDAR\r\n"


def unrelated(n: int, user: MailUser) -> bytes:
    message = EmailMessage()
    message["From"] = f"News {n % 37} <news{n % 37}@lists.example.org>"
    message["To"] = user.address
    message["Subject"] = f"Weekly digest {n}"
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain="lists.example.org")
    if n % 5 == 0:  # some are replies in other people's threads
        message["In-Reply-To"] = f"<thread-{n // 5}@elsewhere.example>"
    message.set_content(f"Item {n}: nothing to do with interviews.\n" * 20)
    return message.as_bytes()


def flood(stack: MailStack, user: MailUser, *, count: int, rate: float, done: list[int]) -> None:
    """Deliver `count` unrelated messages at `rate` per second over one LMTP connection."""
    started = time.monotonic()
    with smtplib.LMTP(str(stack.lmtp_socket)) as lmtp:
        for n in range(count):
            lmtp.sendmail(f"news{n % 37}@lists.example.org", [user.address], unrelated(n, user))
            done[0] = n + 1
            delay = started + (n + 1) / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)


def answer_round(
    db: sqlite3.Connection, stack: MailStack, user: MailUser, debriefs: list[EmailMessage], n: int
) -> float:
    """One reply to thread n % 5: its latency to the replies table; returns after its confirmation is sent."""
    replies_sql = "SELECT count(*) FROM replies"
    sent_sql = "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND status = 'sent'"
    before = int(db.execute(replies_sql).fetchone()[0])
    confirmed = int(db.execute(sent_sql).fetchone()[0])
    started = time.monotonic()
    stack.deliver(user, reply_to(debriefs[n % THREADS], user.address, n))
    wait_count(db, replies_sql, before, timeout=120)
    latency = time.monotonic() - started
    wait_count(db, sent_sql, confirmed, timeout=120)
    return latency


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=40.0, help="unrelated messages per second")
    parser.add_argument("--quiet-replies", type=int, default=15)
    args = parser.parse_args()
    quiet: list[float] = []
    loaded: list[float] = []
    rss: list[tuple[int, int]] = []  # (messages delivered so far, RSS KiB)
    with mail_stack() as (stack, scratch):
        home = scratch / "load"
        home.mkdir()
        user = stack.add_user("maya")
        calendar = home / "calendar.ics"
        end = datetime.fromtimestamp(math.floor(time.time()), UTC) - timedelta(minutes=1)
        calendar.write_text(calendar_of_five(user, end))
        config = write_config(stack, user, home, calendar=calendar, extra='[debrief]\ndelay = "0s"\n')
        daemon = DaemonProcess.for_home(home, config).start()
        try:
            deadline = time.monotonic() + 120
            debriefs: list[EmailMessage] = []
            while len(debriefs) < THREADS and time.monotonic() < deadline:
                time.sleep(0.5)
                debriefs = [m for m in stack.fetch_all(user) if str(m["Subject"]).startswith("Debrief:")]
            assert len(debriefs) == THREADS, f"{len(debriefs)} debriefs"
            time.sleep(4.0)
            db = sqlite3.connect(f"file:{daemon.state / 'followupd.sqlite3'}?mode=ro", uri=True, timeout=5)
            for n in range(args.quiet_replies):
                daemon.check_alive()
                quiet.append(answer_round(db, stack, user, debriefs, n))
                time.sleep(1.0)
            print(f"quiet: {len(quiet)} replies, p50 {median(quiet) * 1000:.0f} ms", flush=True)
            done = [0]
            flooder = threading.Thread(
                target=flood,
                args=(stack, user),
                kwargs={"count": args.messages, "rate": args.rate, "done": done},
            )
            flood_started = time.monotonic()
            flooder.start()
            n = args.quiet_replies
            last_sample = 0.0
            while flooder.is_alive():
                daemon.check_alive()
                if time.monotonic() - last_sample > 10:
                    rss.append((done[0], memory_kib(daemon.pid)[0]))
                    last_sample = time.monotonic()
                loaded.append(answer_round(db, stack, user, debriefs, n))
                n += 1
                time.sleep(1.0)
            flooder.join()
            flood_seconds = time.monotonic() - flood_started
            time.sleep(5.0)
            rss.append((done[0], memory_kib(daemon.pid)[0]))
            replies = int(db.execute("SELECT count(*) FROM replies").fetchone()[0])
            confirmations = int(
                db.execute(
                    "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND status = 'sent'"
                ).fetchone()[0]
            )
            db.close()
        finally:
            daemon.stop()
    sent = len(quiet) + len(loaded)
    ratio = median(loaded) / median(quiet)
    print()
    print(machine_line())
    print(
        f"{done[0]} unrelated messages in {flood_seconds:.0f} s ({done[0] / flood_seconds:.0f}/s; the same count "
        f"in an hour would be {args.messages / 3600:.1f}/s), {THREADS} debrief threads answered {sent} times."
    )

    def ms(v: float) -> str:
        return f"{v * 1000:.0f} ms"

    print(
        table(
            ["phase", "replies", "p50", "p90", "max"],
            [
                ["quiet", len(quiet), ms(median(quiet)), ms(percentile(quiet, 90)), ms(max(quiet))],
                ["under load", len(loaded), ms(median(loaded)), ms(percentile(loaded, 90)), ms(max(loaded))],
            ],
        )
    )
    print(f"recorded {replies} of {sent} replies, {confirmations} confirmations sent")
    print(f"p50 ratio {ratio:.2f} (target <= 1.5): {'met' if ratio <= 1.5 else 'MISSED'}")
    print("daemon RSS (messages delivered: MiB): " + ", ".join(f"{d}: {k / 1024:.1f}" for d, k in rss))
    ok = replies == sent and confirmations == sent and ratio <= 1.5
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
