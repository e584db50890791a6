"""Crash test: SIGKILL at random moments across the thank-you loop; each approved note reaches its interviewer
exactly once or is held as uncertain, and a note nobody approved never leaves.

Runs as many trials as fit in FOLLOWUPD_CRASH_SECONDS (default 150), or exactly FOLLOWUPD_CRASH_RUNS trials
(scripts/crash-thanks runs 100 and prints the counts).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, make_instance
from tests.e2e.test_thanks_flow import ALWAYS_OPEN, NO_UNDO, panel_ics, reply_to_debrief
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


def _killed_run(instance: Instance, rng: random.Random, *, span: float) -> None:
    """`run --once`, killed with SIGKILL at a random moment of the `span` seconds a whole pass takes."""
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    process = subprocess.Popen(
        instance.command("run", "--once"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    try:
        process.wait(timeout=rng.uniform(0.0, span))
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)


def _count(stack: MailStack, user: MailUser, message_id: str, folder: str = "INBOX") -> int:
    return sum(1 for m in stack.fetch_all(user, folder) if m["Message-ID"] == message_id)


def _trial(stack: MailStack, factory: object, tmp: Path, n: int, rng: random.Random) -> str:
    user, jane, li = (factory("maya"), factory("jane"), factory("li"))  # type: ignore[operator]
    path = tmp / f"calendar-{n}.ics"
    path.write_text(panel_ics(user, jane, li, uid=f"crash-{n}-{user.address}"))
    calendars = f'[[calendars]]\nname = "file"\nkind = "ics_file"\npath = "{path}"\n'
    instance = make_instance(stack, user, calendars=calendars, extra=ALWAYS_OPEN + NO_UNDO)
    started = time.monotonic()
    assert instance.cli("run", "--once").returncode == 0
    span = time.monotonic() - started
    reply_to_debrief(stack, instance)
    _killed_run(
        instance, rng, span=span
    )  # across recording the reply, drafting, the approval email, the Drafts APPENDs
    assert instance.cli("run", "--once").returncode == 0
    notes = {n["email"]: n for n in instance.json("drafts", "list")}
    assert instance.cli("drafts", "approve", str(notes[jane.address]["id"])).returncode == 0
    _killed_run(
        instance, rng, span=span
    )  # across the release, the send, the Sent APPEND and the Drafts clean-up
    _killed_run(instance, rng, span=span)
    with instance.config.open("a") as config:
        config.write('\n[mailbox]\nsettle_after = "0s"\n')
    for _ in range(2):
        assert instance.cli("run", "--once").returncode == 0
    jane_note = instance.json("drafts", "show", str(notes[jane.address]["id"]))
    got = _count(stack, jane, str(jane_note["message_id"]))
    assert 0 == _count(stack, li, str(notes[li.address]["message_id"])), "an unapproved note left"
    assert _count(stack, user, str(jane_note["message_id"]), "Sent") <= 1
    if jane_note["status"] == "sent":
        assert 1 == got, f"sent note reached Jane {got} times"
        return "exactly_once"
    assert jane_note["status"] == "uncertain", jane_note
    assert got <= 1
    return f"uncertain_{'delivered' if got else 'not_delivered'}"


def test_sigkill_at_random_moments_never_sends_twice_or_unapproved(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    runs = int(os.environ.get("FOLLOWUPD_CRASH_RUNS", "0"))
    budget = float(os.environ.get("FOLLOWUPD_CRASH_SECONDS", "150"))
    seed = int(os.environ.get("FOLLOWUPD_CRASH_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    started = time.monotonic()
    n = 0
    while (n < runs) if runs else (time.monotonic() - started < budget or n == 0):
        counts[_trial(mail_stack, mail_user_factory, tmp_path, n, rng)] += 1
        n += 1
    print(f"\ncrash trials: {n} (seed {seed}) {dict(counts)} in {time.monotonic() - started:.0f} s")
    assert n == sum(counts.values())
