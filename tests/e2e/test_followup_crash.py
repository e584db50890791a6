"""Crash test for follow-ups: SIGKILL at random moments across the reminder (queued and sent), the check-in (drafted
and written to Drafts), the approval reply and the check-in's release and send; each round brings exactly one
reminder, the check-in reaches the interviewer once or is held as uncertain, and an unapproved one never leaves.

Runs as many trials as fit in FOLLOWUPD_CRASH_SECONDS (default 60 here), exactly FOLLOWUPD_CRASH_RUNS trials, or
trials until FOLLOWUPD_CRASH_KILLS SIGKILLs have hit a running pass (scripts/crash-loop prints the counts).
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, file_calendar, ics_event, make_instance
from tests.e2e.test_followup_flow import ALWAYS_OPEN, NO_UNDO, reminders
from tests.e2e.test_thanks_crash import _count
from tests.e2e.test_thanks_reply import reply_as_maya
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e

# The crash points a killed pass may be aimed at instead of a moment (services/faults.py): around the reminder,
# then around the check-in's send; "after_drafts_synced" is the Drafts APPEND done but not yet recorded.
REMINDER_FAULTS = (
    "after_followup_queued",
    "after_drafts_synced",
    "after_sending_mark:followup_reminder",
    "after_smtp_accept:followup_reminder",
)
CHECK_IN_FAULTS = ("after_drafts_synced", "after_sending_mark:check_in", "after_smtp_accept:check_in")
SETTLE = 2  # seconds: [mailbox] settle_after, so that a reminder lost in a crash is found or sent again


def _killed_run(instance: Instance, rng: random.Random, *, span: float, faults: tuple[str, ...]) -> int:
    """`run --once`, SIGKILLed at a random moment of `span` seconds, or (one time in three) aimed at one of
    `faults`; 1 when the pass died before it ended by itself."""
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    fault = rng.choice(faults) if rng.random() < 1 / 3 else ""
    if fault:
        env["FOLLOWUPD_FAULT"] = fault
    process = subprocess.Popen(
        instance.command("run", "--once"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    try:
        process.wait(timeout=120 if fault else rng.uniform(0.0, span))
        return 1 if process.returncode == -signal.SIGKILL else 0
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        return 1


def _db(instance: Instance, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(instance.state / "followupd.sqlite3") as db:
        return db.execute(sql).fetchall()


def _settle(instance: Instance) -> None:
    """Passes until nothing is left sending or pending: a send cut by a crash is looked for on the server once
    settle_after has passed (found: sent; not found: her own mail once more, mail to others held uncertain)."""
    for _ in range(8):
        result = instance.cli("run", "--once")
        assert result.returncode == 0, result.stderr
        if not _db(instance, "SELECT id FROM outbox WHERE status IN ('sending', 'pending')"):
            return
        time.sleep(SETTLE)
    raise AssertionError("the outbox did not settle in 8 passes")


def _setup(stack: MailStack, factory: object, tmp: Path, n: int) -> tuple[Instance, MailUser]:
    """Maya's interview with Jane (the organizer, at acme.example) ended 11 minutes ago; `default_wait` makes its
    follow-up due now, so the pass after the debrief's is the one that reminds."""
    user = factory("maya")  # type: ignore[operator]
    jane = stack.add_named_user(f"jane-{secrets.token_hex(3)}@acme.example", secrets.token_urlsafe(12))
    end = datetime.now(UTC) - timedelta(minutes=11)
    ics = ics_event(
        uid=f"followup-crash-{n}-{user.address}",
        summary="Interview: Acme, Senior Backend Engineer",
        start=end - timedelta(hours=1),
        end=end,
        organizer=("Jane Doe", jane.address),
        attendees=[("Jane Doe", jane.address), ("Maya Example", user.address)],
    )
    wait = int((datetime.now(UTC) - end).total_seconds())
    followups = f'[followups]\ndefault_wait = "{wait}s"\ngrace = "5s"\nsecond_after = "1h"\n'
    mailbox = f'[mailbox]\nsettle_after = "{SETTLE}s"\n'
    directory = tmp / f"trial-{n}"
    directory.mkdir()
    extra = ALWAYS_OPEN + NO_UNDO + followups + mailbox
    return make_instance(stack, user, calendars=file_calendar(directory, ics), extra=extra), jane


def _trial(stack: MailStack, factory: object, tmp: Path, n: int, rng: random.Random) -> tuple[str, int]:
    instance, jane = _setup(stack, factory, tmp, n)
    started = time.monotonic()
    assert instance.cli("run", "--once").returncode == 0
    span = 2 * (time.monotonic() - started)  # the next pass does more: answers, drafts, three sends
    [debrief] = [m for m in stack.fetch_all(instance.user) if str(m["Subject"]).startswith("Debrief:")]
    reply_as_maya(stack, instance, debrief, "1. 7/10\n12. They did not give a date")
    # across recording the answers, the mailbox check, the reminder and check-in, the Drafts APPEND, the sends
    kills = _killed_run(instance, rng, span=span, faults=REMINDER_FAULTS)
    _settle(instance)
    [reminder] = reminders(stack, instance.user)  # exactly one for the round, whatever the kill hit
    check_ins = _db(instance, "SELECT id, message_id FROM outbox WHERE kind = 'check_in'")
    assert 1 == len(check_ins), f"check-ins drafted: {check_ins}"
    [(check_in_id, message_id)] = check_ins
    assert 1 == _count(stack, instance.user, str(message_id), "Drafts"), "the check-in once in Drafts"
    approve = rng.random() < 0.8
    if approve:
        reply_as_maya(stack, instance, reminder, "approve")
    # across recording the approval, the release, the send, the Sent APPEND, the Drafts clean-up
    kills += _killed_run(instance, rng, span=span, faults=CHECK_IN_FAULTS)
    kills += _killed_run(instance, rng, span=span, faults=CHECK_IN_FAULTS)
    _settle(instance)

    assert [("ok",)] == _db(instance, "PRAGMA integrity_check")
    assert 1 == len(reminders(stack, instance.user)), "one reminder for the round"
    [(status,)] = _db(instance, f"SELECT status FROM outbox WHERE id = {check_in_id}")
    got = _count(stack, jane, str(message_id))
    others = [m["Subject"] for m in stack.fetch_all(jane) if m["Message-ID"] != message_id]
    assert [] == others, "only the check-in reaches Jane: the thank-you note was never approved"
    assert _count(stack, instance.user, str(message_id), "Sent") <= 1
    if not approve:
        assert ("drafted", 0) == (status, got), "an unapproved check-in left"
        return "not_sent", kills
    if status == "sent":
        assert 1 == got, f"sent check-in reached Jane {got} times"
        return "exactly_once", kills
    assert "uncertain" == status, status
    assert got <= 1
    return f"uncertain_{'delivered' if got else 'not_delivered'}", kills


def test_sigkill_at_random_moments_sends_one_reminder_and_the_check_in_at_most_once(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    runs = int(os.environ.get("FOLLOWUPD_CRASH_RUNS", "0"))
    target = int(os.environ.get("FOLLOWUPD_CRASH_KILLS", "0"))
    budget = float(os.environ.get("FOLLOWUPD_CRASH_SECONDS", "60"))
    seed = int(os.environ.get("FOLLOWUPD_CRASH_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    kills = 0
    started = time.monotonic()
    n = 0

    def more() -> bool:
        if target:
            return kills < target
        if runs:
            return n < runs
        return time.monotonic() - started < budget or n == 0

    while more():
        outcome, killed = _trial(mail_stack, mail_user_factory, tmp_path, n, rng)
        counts[outcome] += 1
        kills += killed
        n += 1
    print(
        f"\nfollow-up crash trials: {n}, SIGKILLs that hit a running pass: {kills} (seed {seed})"
        f" {dict(counts)} in {time.monotonic() - started:.0f} s"
    )
    assert n == sum(counts.values())
