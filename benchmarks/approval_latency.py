"""Approval-by-reply latency against a running daemon, side by side with the debrief-reply latency (same run).

Target (issue 11): with `thank_you.undo_after = "0s"` and inside the sending window, approval reply delivered
(LMTP) -> the note accepted by the SMTP submission server, p50 within 1.3 x the debrief-reply p50 (reply
delivered -> its confirmation accepted), both measured the same way in the same daemons.

Each batch is a fresh mailbox, state dir and `followupd run` with four interviews (at most four debriefs an hour
leave): A takes the debrief replies, B1..B3 one approval each. Per round: a debrief reply to A ("11. no", so it
drafts nothing) is timed to its confirmation; then a reply to B's debrief drafts B's note (not timed) and, once
the approval email is out and the draft is in Drafts, "Approve" from her phone (top-posted, the approval email
quoted below) is timed to the note. Times run from the start of the LMTP delivery to the moment the stack's
submission server has the message's data (before it delivers it on). Between steps the daemon is left 4 s to
finish and go back to its long IDLE, as a person's next reply minutes later would find it.

    python benchmarks/approval_latency.py [--batches 4]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.common import (
    DaemonProcess,
    MailStack,
    machine_line,
    mail_stack,
    median,
    percentile,
    read_db,
    table,
    write_config,
)
from tests.e2e.helpers import ics_event

COMPANIES = ("Acme", "Initech", "Globex", "Umbrella")  # A, then B1..B3
CONFIG = (
    '[debrief]\ndelay = "0s"\n[thank_you]\nundo_after = "0s"\n[schedule]\nwindow = "00:00-24:00"\n'
    'weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]\n'
)
SETTLE = 4.0

Accepted = tuple[float, tuple[str, ...], EmailMessage]


def interviewer(company: str) -> str:
    return f"jane@{company.lower()}.example"


def calendar_text(address: str) -> str:
    end = datetime.fromtimestamp(math.floor(time.time()), UTC) - timedelta(minutes=1)
    events = [
        ics_event(
            uid=f"approval-bench-{company}@example.test",
            summary=f"Interview: {company}, Senior Backend Engineer",
            start=end - timedelta(hours=1),
            end=end,
            organizer=("Jane Doe", interviewer(company)),
            attendees=[("Jane Doe", interviewer(company)), ("Maya Example", address)],
        )
        for company in COMPANIES
    ]
    # The VEVENTs of all four in one VCALENDAR (each text is BEGIN:VCALENDAR, VERSION, PRODID, the VEVENT,
    # END:VCALENDAR and an empty line).
    body = [line for text in events for line in text.split("\r\n")[3:-2]]
    return "\r\n".join([*events[0].split("\r\n")[:3], *body, "END:VCALENDAR", ""])


def timed_submission(stack: MailStack) -> list[Accepted]:
    """Note the moment the submission server has each message's data, before it delivers it on."""
    accepted: list[Accepted] = []
    original = stack.submission._accept

    async def accept(session: Any, envelope: Any) -> str:
        at = time.monotonic()
        data = envelope.original_content or envelope.content
        parsed = BytesParser(policy=policy.default).parsebytes(data)
        accepted.append((at, tuple(r.lower() for r in envelope.rcpt_tos), parsed))  # type: ignore[arg-type]
        return str(await original(session, envelope))

    stack.submission._accept = accept  # type: ignore[method-assign]
    return accepted


def wait_for(
    accepted: list[Accepted], match: Callable[[Accepted], bool], *, timeout: float = 30.0
) -> Accepted:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for item in list(accepted):
            if match(item):
                return item
        time.sleep(0.002)
    raise TimeoutError("the expected message was not submitted in time")


def reply(original: EmailMessage, address: str, text: str) -> EmailMessage:
    """Her reply as a phone writes it: her words, the mobile signature, the original quoted below."""
    body = original.get_body(("plain",))
    quoted = "\n".join("> " + line for line in (body.get_content() if body else "").splitlines())
    message = EmailMessage()
    message["From"] = f"Maya Example <{address}>"
    message["To"] = address
    message["Subject"] = "Re: " + str(original["Subject"])
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain="icloud.example")
    message["In-Reply-To"] = original["Message-ID"]
    message["References"] = " ".join(x for x in (original.get("References"), original["Message-ID"]) if x)
    message.set_content(
        f"{text}\n\nSent from my iPhone\n\nOn 1 Dec 2026, at 17:02, followupd wrote:\n\n{quoted}\n",
        cte="quoted-printable",
    )
    return message


def debrief_of(accepted: list[Accepted], company: str) -> EmailMessage:
    return wait_for(
        accepted,
        lambda a: str(a[2]["Subject"]).startswith("Debrief:") and company in str(a[2]["Subject"]),
        timeout=60,
    )[2]


def answering(message_id: str) -> Callable[[Accepted], bool]:
    return lambda a: a[2]["In-Reply-To"] == message_id


def wait_db(state: Path, sql: str, *, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = read_db(state, sql)
        if rows and rows[0][0]:
            return
        time.sleep(0.01)
    raise TimeoutError(sql)


def batch(
    stack: MailStack,
    scratch: Path,
    n: int,
    *,
    debrief_ms: list[float],
    approval_ms: list[float],
    confirmed_ms: list[float],
) -> None:
    home = scratch / f"batch-{n}"
    home.mkdir()
    user = stack.add_user("maya")
    calendar = home / "calendar.ics"
    calendar.write_text(calendar_text(user.address))
    accepted = timed_submission(stack)
    config = write_config(stack, user, home, calendar=calendar, extra=CONFIG)
    daemon = DaemonProcess.for_home(home, config).start()
    try:
        daemon.wait_started()
        debriefs = {company: debrief_of(accepted, company) for company in COMPANIES}
        time.sleep(2.0)  # the watcher sees our own debriefs arrive, ignores them and goes back to IDLE
        for round_, company in enumerate(COMPANIES[1:]):
            daemon.check_alive()
            answers = f"1. {6 + round_}/10, the design part went well\n5. small teams\n11. no"
            message = reply(debriefs[COMPANIES[0]], user.address, answers)
            started = time.monotonic()
            stack.deliver(user, message)
            debrief_ms.append(wait_for(accepted, answering(str(message["Message-ID"])))[0] - started)
            time.sleep(SETTLE)

            setup = reply(debriefs[company], user.address, "1. 8/10\n5. The team owns the platform\n11. yes")
            stack.deliver(user, setup)
            approval = wait_for(
                accepted,
                lambda a, c=company: "to approve" in str(a[2]["Subject"]) and c in str(a[2]["Subject"]),
            )[2]
            wait_for(accepted, answering(str(setup["Message-ID"])))
            wait_db(daemon.state, "SELECT count(*) FROM notes WHERE in_drafts = 1")
            time.sleep(SETTLE)

            approve = reply(approval, user.address, "Approve")
            started = time.monotonic()
            stack.deliver(user, approve)
            to = interviewer(company)
            approval_ms.append(wait_for(accepted, lambda a, t=to: t in a[1])[0] - started)
            confirmed_ms.append(wait_for(accepted, answering(str(approve["Message-ID"])))[0] - started)
            wait_db(daemon.state, "SELECT count(*) = 0 FROM notes WHERE in_drafts = 1")
            time.sleep(SETTLE)
            print(
                f"batch {n + 1} round {round_ + 1}: debrief reply {debrief_ms[-1] * 1000:.0f} ms, "
                f"approval {approval_ms[-1] * 1000:.0f} ms",
                flush=True,
            )
        for company in COMPANIES[1:]:  # exactly once each
            got = sum(1 for a in accepted if interviewer(company) in a[1])
            if got != 1:
                raise RuntimeError(f"the note to {interviewer(company)} was submitted {got} times")
    finally:
        daemon.stop()
        del stack.submission._accept  # the class's own again


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--batches", type=int, default=4, help="three approvals and three debrief replies each"
    )
    args = parser.parse_args()
    debrief_ms: list[float] = []
    approval_ms: list[float] = []
    confirmed_ms: list[float] = []
    with mail_stack() as (stack, scratch):
        for n in range(args.batches):
            batch(
                stack,
                scratch,
                n,
                debrief_ms=debrief_ms,
                approval_ms=approval_ms,
                confirmed_ms=confirmed_ms,
            )
    print(machine_line())
    print(f"{len(approval_ms)} approvals and {len(debrief_ms)} debrief replies, interleaved, undo_after 0s:")

    def ms(v: float) -> str:
        return f"{v * 1000:.0f} ms"

    rows = [
        [
            "approval reply: LMTP -> note at the SMTP server",
            ms(median(approval_ms)),
            ms(percentile(approval_ms, 95)),
            ms(max(approval_ms)),
        ],
        [
            "approval reply: LMTP -> its confirmation at the SMTP server",
            ms(median(confirmed_ms)),
            ms(percentile(confirmed_ms, 95)),
            ms(max(confirmed_ms)),
        ],
        [
            "debrief reply: LMTP -> confirmation at the SMTP server",
            ms(median(debrief_ms)),
            ms(percentile(debrief_ms, 95)),
            ms(max(debrief_ms)),
        ],
    ]
    print(table(["measure", "p50", "p95", "max"], rows))
    ratio = median(approval_ms) / median(debrief_ms)
    print(f"p50 ratio {ratio:.2f} (target <= 1.3): {'met' if ratio <= 1.3 else 'MISSED'}")


if __name__ == "__main__":
    main()
