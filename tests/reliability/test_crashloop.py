"""The crash loop in short: 20 random SIGKILLs over five mailboxes, faults mixed in, replies delivered twice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.crashloop import run_scenario
from tests.stack.mail import MailStack

pytestmark = pytest.mark.e2e

# Fixed seeds, so a failure reproduces; benchmarks/crashloop.py runs 200 kills with seeds it prints.
SEEDS = [int(s) for s in os.environ.get("FOLLOWUPD_CRASH_SEEDS", "101,102,103,104,105").split(",")]


@pytest.mark.parametrize("seed", SEEDS)
def test_random_sigkills_leave_one_debrief_one_confirmation_nothing_lost(
    mail_stack: MailStack, tmp_path: Path, seed: int
) -> None:
    """Four SIGKILLs at random moments (and at the two send crash points), SMTP 421/451 mixed in, the reply
    delivered twice: exactly one debrief, one confirmation, both answers recorded, integrity_check ok."""
    scenario = run_scenario(mail_stack, tmp_path, seed=seed, kills=4)
    assert (1, 1, 2, "ok") == (
        scenario.debriefs,
        scenario.confirmations,
        scenario.answered,
        scenario.integrity,
    ), scenario
