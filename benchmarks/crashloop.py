"""The crash loop at length: 200 random SIGKILLs of `followupd run` with faults mixed in and replies twice.

Each scenario is a fresh mailbox and state dir: an interview whose debrief is due, then `--kills` starts of the
daemon, each SIGKILLed after a random 0.05-3 s (or killed by itself at a send crash point), with SMTP 421 at
connect / 451 at MAIL / 451 after DATA drawn at random, and the user's reply delivered twice in between. Then the
daemon settles and the scenario counts debriefs, confirmations, recorded answers and runs integrity_check.

    .venv/bin/python benchmarks/crashloop.py --scenarios 50 --kills 4 --seed 7000
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine_line, mail_stack, table
from tests.reliability.crashloop import run_scenario


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", type=int, default=50)
    parser.add_argument("--kills", type=int, default=4, help="SIGKILLs per scenario")
    parser.add_argument("--seed", type=int, default=7000, help="first seed; scenario i uses seed + i")
    args = parser.parse_args()
    started = time.monotonic()
    results = []
    with mail_stack() as (stack, base):
        for i in range(args.scenarios):
            home = base / f"s{i}"
            home.mkdir()
            scenario = run_scenario(stack, home, seed=args.seed + i, kills=args.kills)
            results.append(scenario)
            mark = "ok" if scenario.ok else "FAILED"
            print(f"seed {scenario.seed}: {mark} {scenario}", flush=True)
    faults = collections.Counter(f for s in results for f in s.faults)
    failed = [s.seed for s in results if not s.ok]
    print()
    print(machine_line())
    print(
        table(
            [
                "kills",
                "scenarios",
                "seeds",
                "duplicate debriefs",
                "duplicate confirmations",
                "lost answers",
                "integrity not ok",
                "faults mixed in",
                "minutes",
            ],
            [
                [
                    sum(s.kills for s in results),
                    len(results),
                    f"{args.seed}-{args.seed + args.scenarios - 1}",
                    sum(max(0, s.debriefs - 1) for s in results),
                    sum(max(0, s.confirmations - 1) for s in results),
                    sum(max(0, 2 - s.answered) for s in results) + sum(s.debriefs == 0 for s in results),
                    sum(s.integrity != "ok" for s in results),
                    ", ".join(f"{k} x{v}" for k, v in sorted(faults.items())),
                    round((time.monotonic() - started) / 60, 1),
                ]
            ],
        )
    )
    print(f"failed seeds: {failed or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
