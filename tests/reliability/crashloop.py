"""The crash loop: `followupd run` SIGKILLed at random moments, faults mixed in, replies delivered twice."""

from __future__ import annotations

import random
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.e2e.helpers import Instance, file_calendar, make_instance, past_interview
from tests.reliability.support import answered, confirmations, debriefs, integrity, reply_to
from tests.stack.mail import MailStack

__all__ = ["Scenario", "run_scenario"]

# Faults drawn at each start. A hang-up after DATA with no reply code leaves the outcome unknown: the daemon settles
# it by the Message-ID in the user's mailbox (delivered: sent; not delivered: her own mail goes once more).
CRASH_POINTS = (None, None, "after_sending_mark", "after_smtp_accept")
SMTP_FAULTS = (
    None,
    None,
    "451 after DATA",
    "421 at connect",
    "451 at MAIL",
    "drop after DATA, delivered",
    "drop after DATA, lost",
)


@dataclass
class Scenario:
    """One mailbox and state dir through `kills` random SIGKILLs, then the checks; what was seen."""

    seed: int
    kills: int = 0
    faults: list[str] = field(default_factory=list)
    debriefs: int = 0
    confirmations: int = 0
    answered: int = 0
    integrity: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return (self.debriefs, self.confirmations, self.answered, self.integrity) == (1, 1, 2, "ok")


def _retry_now(instance: Instance) -> None:
    """Back-off time has passed: every pending send is due (the loop would otherwise wait minutes)."""
    path = instance.state / "followupd.sqlite3"
    if not path.exists():  # killed before the store was created
        return
    db = sqlite3.connect(path)
    try:
        with db:
            db.execute("UPDATE outbox SET not_before = '2000-01-01T00:00:00+00:00' WHERE status = 'pending'")
    except sqlite3.OperationalError:  # killed while creating the schema: nothing is pending yet
        pass
    finally:
        db.close()


def _arm(stack: MailStack, rng: random.Random, scenario: Scenario) -> dict[str, str]:
    smtp = rng.choice(SMTP_FAULTS)
    if smtp == "451 after DATA":
        stack.submission.fail_next(451, stage="DATA")
    elif smtp == "421 at connect":
        stack.submission.fail_connect_next()
    elif smtp == "451 at MAIL":
        stack.submission.fail_next(451, stage="MAIL")
    elif smtp is not None and smtp.startswith("drop after DATA"):
        stack.submission.drop_after_data(deliver=smtp.endswith("delivered"))
    point = rng.choice(CRASH_POINTS)
    scenario.faults += [f for f in (smtp, point) if f]
    return {"FOLLOWUPD_FAULT": point} if point else {}


def run_scenario(stack: MailStack, home: Path, *, seed: int, kills: int) -> Scenario:
    """Kill the daemon `kills` times at random moments (seeded), then settle and count what happened."""
    started = time.monotonic()
    rng = random.Random(seed)
    scenario = Scenario(seed=seed)
    user = stack.add_user()
    stack.submission.reset()
    ics = past_interview(user, uid=f"crash-{seed}@example.test", summary="Interview: Acme, Data Engineer")
    instance = make_instance(stack, user, calendars=file_calendar(home, ics))
    reply = None
    copies = 0
    for _ in range(kills):
        env = _arm(stack, rng, scenario)
        daemon = instance.start_daemon(env)
        time.sleep(rng.uniform(0.05, 3.0))
        if daemon.process.poll() is None:
            daemon.process.send_signal(signal.SIGKILL)
        daemon.process.communicate(timeout=30)
        scenario.kills += 1
        _retry_now(instance)
        sent = debriefs(stack, user)
        if sent and copies < 2 and rng.random() < 0.7:
            reply = reply or reply_to(sent[0], sender=user.address)
            stack.deliver(user, reply)  # the same message twice over the run, as a flaky client sends it
            copies += 1
    stack.submission.reset()
    with instance.config.open("a") as config:
        config.write('\n[mailbox]\nsettle_after = "0s"\n')
    for _ in range(4):
        _retry_now(instance)
        result = instance.cli("run", "--once")
        assert result.returncode in (0, 1), result.stderr[-2000:]
        sent = debriefs(stack, user)
        while sent and copies < 2:
            reply = reply or reply_to(sent[0], sender=user.address)
            stack.deliver(user, reply)
            copies += 1
    scenario.debriefs = len(debriefs(stack, user))
    scenario.confirmations = len(confirmations(stack, user))
    scenario.answered = answered(instance)
    scenario.integrity = integrity(instance.state)
    scenario.seconds = round(time.monotonic() - started, 1)
    return scenario
