"""Crash test for heads-ups: SIGKILL at random moments across drafting, approving and sending a heads-up; it is
drafted once, reaches the reference exactly once or is held as uncertain, and an unapproved one never leaves.

Runs as many trials as fit in FOLLOWUPD_CRASH_SECONDS (default 60 here), or exactly FOLLOWUPD_CRASH_RUNS trials
(scripts/crash-loop runs them and prints the counts).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.e2e.helpers import Instance, make_instance, past_interview
from tests.e2e.test_references_flow import ANSWERS, answer_debrief, interview_id
from tests.e2e.test_thanks_crash import _count
from tests.e2e.test_thanks_flow import ALWAYS_OPEN, NO_UNDO
from tests.stack.mail import MailStack

pytestmark = pytest.mark.e2e


def _killed_run(instance: Instance, rng: random.Random, *, span: float) -> int:
    """`run --once`, killed with SIGKILL at a random moment of the `span` seconds a whole pass takes; 1 when the
    kill came before the pass ended by itself."""
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    process = subprocess.Popen(
        instance.command("run", "--once"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    try:
        process.wait(timeout=rng.uniform(0.0, span))
        return 0
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        return 1


def _trial(stack: MailStack, factory: object, tmp: Path, n: int, rng: random.Random) -> tuple[str, int]:
    user, sam, ana = (factory("maya"), factory("sam"), factory("ana"))  # type: ignore[operator]
    path = tmp / f"calendar-{n}.ics"
    path.write_text(past_interview(user, uid=f"refs-{n}", summary="Interview: Acme, Engineer"))
    calendars = f'[[calendars]]\nname = "file"\nkind = "ics_file"\npath = "{path}"\n'
    references = "".join(
        f'[[references]]\nname = "{name}"\nemail = "{who.address}"\n'
        for name, who in (("Sam", sam), ("Ana", ana))
    )
    instance = make_instance(stack, user, calendars=calendars, extra=ALWAYS_OPEN + NO_UNDO + references)
    started = time.monotonic()
    assert instance.cli("run", "--once").returncode == 0
    span = time.monotonic() - started
    _id, token = interview_id(instance, f"refs-{n}")
    answer_debrief(stack, instance, token, ANSWERS)
    # across recording the reply, drafting the heads-ups, the approval email, the Drafts APPENDs
    kills = _killed_run(instance, rng, span=span)
    assert instance.cli("run", "--once").returncode == 0
    heads_ups = {n["email"]: n for n in instance.json("drafts", "list") if n["subject"].startswith("A call")}
    assert {sam.address, ana.address} == set(heads_ups), "each reference's heads-up drafted exactly once"
    assert instance.cli("drafts", "approve", str(heads_ups[sam.address]["id"])).returncode == 0
    # across the release, the send, the Sent APPEND, the Drafts clean-up
    kills += _killed_run(instance, rng, span=span)
    kills += _killed_run(instance, rng, span=span)
    with instance.config.open("a") as config:
        config.write('\n[mailbox]\nsettle_after = "0s"\n')
    for _ in range(2):
        assert instance.cli("run", "--once").returncode == 0
    with sqlite3.connect(instance.state / "followupd.sqlite3") as db:
        rows = db.execute("SELECT count(*) FROM reference_history").fetchone()[0]
    assert 2 == rows, "one history row per heads-up"
    note = instance.json("drafts", "show", str(heads_ups[sam.address]["id"]))
    got = _count(stack, sam, str(note["message_id"]))
    assert 0 == _count(stack, ana, str(heads_ups[ana.address]["message_id"])), "an unapproved heads-up left"
    if note["status"] == "sent":
        assert 1 == got, f"sent heads-up reached Sam {got} times"
        return "exactly_once", kills
    assert note["status"] == "uncertain", note
    assert got <= 1
    return f"uncertain_{'delivered' if got else 'not_delivered'}", kills


def test_sigkill_at_random_moments_never_sends_a_heads_up_twice_or_unapproved(
    mail_stack: MailStack, mail_user_factory: object, tmp_path: Path
) -> None:
    runs = int(os.environ.get("FOLLOWUPD_CRASH_RUNS", "0"))
    budget = float(os.environ.get("FOLLOWUPD_CRASH_SECONDS", "60"))
    seed = int(os.environ.get("FOLLOWUPD_CRASH_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    kills = 0
    started = time.monotonic()
    n = 0
    while (n < runs) if runs else (time.monotonic() - started < budget or n == 0):
        outcome, killed = _trial(mail_stack, mail_user_factory, tmp_path, n, rng)
        counts[outcome] += 1
        kills += killed
        n += 1
    print(
        f"\nheads-up crash trials: {n}, SIGKILLs that hit a running pass: {kills} (seed {seed})"
        f" {dict(counts)} in {time.monotonic() - started:.0f} s"
    )
    assert n == sum(counts.values())
