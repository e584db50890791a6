"""Start-up catch-up: connect + fetch_new on an INBOX of 100,000 vs 100 messages (target: at most 1.5 x).

The big INBOX is not filled over LMTP (hours): messages are written straight into the user's maildir (the stack's
`mail_location = maildir:~/Maildir`, mail processes running as nobody), dated weeks back, then Dovecot indexes
them once (a SELECT and two untimed searches). Five more messages are then delivered over LMTP. Timed, as the
daemon does after a restart, each on a fresh connection (STARTTLS + login included, logout not):
- "nothing new": the cursor at the last UID;
- "5 new": the cursor before the five, whose headers and bodies are fetched;
- the same two with the daemon's own `Intake.wants` deciding (a state DB with one interview, none of the five
  being replies to it), rather than accepting everything;
- "first start": no cursor, a SEARCH SINCE 14 days (the daemon's first scan of a mailbox);
- baselines: the same IMAP exchanges in plain imapclient calls, so Dovecot's own cost can be told apart.

    python benchmarks/catchup.py [--big 100000] [--small 100] [--runs 7]
"""

from __future__ import annotations

import argparse
import grp
import math
import os
import pwd
import ssl
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from imapclient import IMAPClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.common import (
    MailStack,
    MailUser,
    interview_ics,
    machine_line,
    mail_stack,
    median,
    table,
    write_config,
)
from followupd.adapters.mail import imap
from followupd.adapters.mail.imap import Headers, MailboxCursor
from followupd.services.inbound import first_scan_since


def message_bytes(i: int, when: datetime) -> bytes:
    return (
        f"Return-Path: <news{i % 50}@shop.example>\r\n"
        f"From: Newsletter {i % 50} <news{i % 50}@shop.example>\r\n"
        "To: Maya Example <maya@example.test>\r\n"
        f"Subject: Offer number {i}\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"Message-ID: <fill-{i}@shop.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello Maya,\r\n\r\nthis is message {i} of an old, large INBOX.\r\n"
        + "Lorem ipsum dolor sit amet. " * 12
        + "\r\n"
    ).encode()


def fill_maildir(stack: MailStack, user: MailUser, count: int) -> float:
    """Write `count` messages into the user's maildir cur/ as Dovecot would find them; returns seconds taken."""
    started = time.perf_counter()
    home = stack.base_dir / "mail" / user.username
    maildir = home / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    uid, gid = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
    owned = os.getuid() == 0
    oldest = time.time() - 400 * 86400  # spread over the year before the last 30 days
    step = (370 * 86400) / count
    pid = os.getpid()
    for i in range(count):
        received = oldest + i * step
        data = message_bytes(i, datetime.fromtimestamp(received, UTC))
        # Maildir unique name (time.M<n>P<pid>.host) plus Dovecot's S=size; ":2," means no flags.
        path = maildir / "cur" / f"{int(received)}.M{i}P{pid}.bench,S={len(data)}:2,"
        path.write_bytes(data)
        os.utime(path, (received, received))  # Dovecot takes a maildir message's received date from its mtime
        if owned:
            os.chown(path, uid, gid)
    if owned:
        for path in (home, maildir, *(maildir / s for s in ("cur", "new", "tmp"))):
            os.chown(path, uid, gid)
    return time.perf_counter() - started


def new_message(i: int) -> bytes:
    return message_bytes(1_000_000 + i, datetime.now(UTC))


def timed(
    stack: MailStack, user: MailUser, *, cursor: MailboxCursor | None, wants: Callable[[Headers], bool]
) -> tuple[float, int]:
    started = time.perf_counter()
    client = imap.connect(stack.imap_settings(user), stack.credentials(user))
    messages, _ = imap.fetch_new(
        client, folder="INBOX", cursor=cursor, wants=wants, since=first_scan_since(datetime.now(UTC))
    )
    elapsed = time.perf_counter() - started
    client.logout()
    return elapsed, len(messages)


def bare(stack: MailStack, user: MailUser, *, last_uid: int | None) -> tuple[float, int]:
    """The baseline: the same exchange in plain imapclient calls, no followupd code (header parsing, wants).

    With `last_uid`: SELECT, UID SEARCH above it, fetch the headers then the whole messages found. Without:
    SELECT and SEARCH SINCE 14 days, then the same fetches (the first-start scan).
    """
    started = time.perf_counter()
    context = ssl.create_default_context(cafile=str(stack.ca_file))
    client = IMAPClient(stack.host, port=stack.imap_port, ssl=False, timeout=30)
    client.starttls(context)
    client.login(user.username, user.password)
    client.select_folder("INBOX")
    if last_uid is None:
        uids = client.search(["SINCE", first_scan_since(datetime.now(UTC))])
    else:
        uids = [u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
    if uids:
        client.fetch(uids, [imap._HEADER_FETCH])
        client.fetch(uids, [b"BODY.PEEK[]"])
    elapsed = time.perf_counter() - started
    client.logout()
    return elapsed, len(uids)


def prepare(stack: MailStack, scratch: Path, size: int) -> dict[str, object]:
    user = stack.add_user(f"inbox{size}")
    fill = fill_maildir(stack, user, size)
    started = time.perf_counter()
    client = imap.connect(stack.imap_settings(user), stack.credentials(user))
    info = client.select_folder("INBOX")
    exists = int(info[b"EXISTS"])
    assert exists == size, (exists, size)
    # Untimed: let Dovecot build its index, UID list and received-date cache once, as a long-lived mailbox has.
    client.search(["ALL"])
    client.search(["SINCE", first_scan_since(datetime.now(UTC))])
    index = time.perf_counter() - started
    _, before = imap.fetch_new(
        client, folder="INBOX", cursor=None, wants=lambda h: False, since=first_scan_since(datetime.now(UTC))
    )
    client.logout()
    for i in range(5):
        stack.lmtp_deliver("news@shop.example", [user.address], new_message(i))
    client = imap.connect(stack.imap_settings(user), stack.credentials(user))
    _, after = imap.fetch_new(client, folder="INBOX", cursor=before, wants=lambda h: False)
    client.logout()
    assert after.last_uid == before.last_uid + 5, (before, after)

    # The daemon's own filter: a state DB with one interview (so its lookups have something to look through).
    from followupd.services.app import load_app
    from followupd.services.inbound import Intake

    home = scratch / f"catchup-{size}"
    home.mkdir()
    calendar = home / "calendar.ics"
    calendar.write_text(
        interview_ics(end=datetime.fromtimestamp(math.floor(time.time()), UTC) + timedelta(days=2), user=user)
    )
    app = load_app(write_config(stack, user, home, calendar=calendar), home / "state")
    return {
        "user": user,
        "before": before,
        "after": after,
        "wants": Intake(app.service).wants,
        "fill": fill,
        "index": index,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sizes = (args.small, args.big)
    cases: dict[
        str, Callable[[dict[str, object]], tuple[MailboxCursor | None, Callable[[Headers], bool], int]]
    ] = {
        "nothing new (cursor at last UID)": lambda p: (p["after"], lambda h: True, 0),  # type: ignore[dict-item]
        "5 new after the cursor": lambda p: (p["before"], lambda h: True, 5),  # type: ignore[dict-item]
        "nothing new, daemon's wants": lambda p: (p["after"], p["wants"], 0),  # type: ignore[dict-item]
        "5 new, daemon's wants": lambda p: (p["before"], p["wants"], 0),  # type: ignore[dict-item]
        "first start (no cursor, SINCE 14 days)": lambda p: (None, lambda h: True, 5),  # type: ignore[dict-item]
    }
    baselines: dict[str, Callable[[dict[str, object]], int | None]] = {
        "baseline, bare imapclient: nothing new": lambda p: p["after"].last_uid,  # type: ignore[attr-defined]
        "baseline, bare imapclient: 5 new": lambda p: p["before"].last_uid,  # type: ignore[attr-defined]
        "baseline, bare imapclient: first start": lambda p: None,
    }
    results: dict[tuple[str, int], list[float]] = {}
    with mail_stack() as (stack, scratch):
        prepared = {}
        for size in sizes:
            prepared[size] = prepare(stack, scratch, size)
            print(
                f"{size} messages: written in {prepared[size]['fill']:.1f} s, "
                f"first SELECT + untimed searches {prepared[size]['index']:.1f} s",
                flush=True,
            )
        for _ in range(args.runs):
            for name, case in cases.items():
                for size in sizes:  # interleaved, so noise on the shared machine hits both sizes alike
                    cursor, wants, expected = case(prepared[size])
                    elapsed, got = timed(stack, prepared[size]["user"], cursor=cursor, wants=wants)  # type: ignore[arg-type]
                    assert got == expected, (name, size, got, expected)
                    results.setdefault((name, size), []).append(elapsed)
            for name, last_uid in baselines.items():
                for size in sizes:
                    elapsed, got = bare(stack, prepared[size]["user"], last_uid=last_uid(prepared[size]))  # type: ignore[arg-type]
                    assert got == (0 if "nothing" in name else 5), (name, size, got)
                    results.setdefault((name, size), []).append(elapsed)
    print(machine_line())
    print(f"connect (STARTTLS + login) + fetch_new on INBOX, median of {args.runs} runs:")
    rows = []
    for name in [*cases, *baselines]:
        small, big = median(results[(name, args.small)]), median(results[(name, args.big)])
        rows.append([name, f"{small * 1000:.1f} ms", f"{big * 1000:.1f} ms", f"{big / small:.2f}"])
    print(table(["case", f"{args.small:,} messages", f"{args.big:,} messages", "ratio"], rows))
    worst = max(float(r[3]) for r in rows[:2])
    print(
        f"target (ratio <= 1.5 for the restart cases): {'met' if worst <= 1.5 else 'MISSED'} (worst {worst:.2f})"
    )


if __name__ == "__main__":
    main()
