"""Property-based fuzzing at length: 10,000 hypothesis examples per target, every unhandled exception counted.

Targets (tests/reliability/fuzzing.py): MIME messages into parse_headers and parse_reply, calendar files into
parse_calendar, the config file into load_settings, tokens / form posts / ?saved= into the web layer. Unlike
the in-suite test, a failure does not stop the run: each exception is counted by type and place, so one run
shows every fault the seed reaches. Each target runs in chunks of 1,000 examples (seeds seed, seed+1, ...), each
chunk in a child process limited to 1.5 GiB of address space: hypothesis's own bookkeeping grows with the
examples of one run (about 15 KiB each), and an input that makes the code under test allocate without bound
ends as a MemoryError counted against that chunk instead of taking the machine. Peak RSS is the largest
chunk's ru_maxrss.

    .venv/bin/python benchmarks/fuzz.py --examples 10000 --seed 1
"""

from __future__ import annotations

import argparse
import collections
import json
import resource
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, seed, settings

from benchmarks.common import machine_line, table
from tests.reliability.fuzzing import CHECKS, STRATEGIES


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fuzz(
    target: str, *, examples: int, seed_value: int
) -> tuple[int, collections.Counter[str], float, float]:
    """(examples run, unhandled exceptions by type and place, seconds, peak RSS MiB after)."""
    ran = 0
    found: collections.Counter[str] = collections.Counter()

    @seed(seed_value)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(STRATEGIES[target])
    def run(example: Any) -> None:
        nonlocal ran
        ran += 1
        try:
            CHECKS[target](example)
        except (
            Exception
        ) as exc:  # MemoryError included: the chunk's address-space limit turns a runaway into one
            place = traceback.extract_tb(exc.__traceback__)[-1]
            found[f"{type(exc).__name__} at {Path(place.filename).name}:{place.lineno}"] += 1

    started = time.monotonic()
    run()
    return ran, found, time.monotonic() - started, _peak_mib()


CHUNK = 1000
LIMIT = int(1.5 * 1024**3)


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def chunk(target: str, seed_value: int, examples: int) -> dict[str, Any]:
    """One chunk in a child process: {ran, found, seconds, peak_mib}; a child that dies is a finding too."""
    command = [sys.executable, __file__, "--child", target, str(seed_value), str(examples)]
    done = subprocess.run(command, capture_output=True, text=True, preexec_fn=_limit, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1][:120]
        return {
            "ran": 0,
            "found": {f"child died ({done.returncode}): {last}": 1},
            "seconds": 0,
            "peak_mib": 0,
        }
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        ran, found, seconds, peak = fuzz(sys.argv[2], examples=int(sys.argv[4]), seed_value=int(sys.argv[3]))
        print(json.dumps({"ran": ran, "found": dict(found), "seconds": seconds, "peak_mib": peak}))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--targets", default=",".join(sorted(CHECKS)))
    args = parser.parse_args()
    rows, total = [], 0
    for target in args.targets.split(","):
        ran, seconds, peak = 0, 0.0, 0.0
        found: collections.Counter[str] = collections.Counter()
        chunks = max(1, args.examples // CHUNK)
        for i in range(chunks):
            result = chunk(target, args.seed + i, min(CHUNK, args.examples))
            ran += result["ran"]
            found.update(result["found"])
            seconds += result["seconds"]
            peak = max(peak, result["peak_mib"])
            print(f"{target} seed {args.seed + i}: {result['ran']} examples, {result['found']}", flush=True)
        total += sum(found.values())
        which = "; ".join(f"{k} x{v}" for k, v in found.most_common()) or "-"
        rows.append(
            [
                target,
                ran,
                f"{args.seed}-{args.seed + chunks - 1}",
                sum(found.values()),
                which,
                round(seconds, 1),
                f"{peak:.0f}",
            ]
        )
    print()
    print(machine_line())
    print(table(["target", "examples", "seeds", "unhandled", "which", "seconds", "peak RSS MiB"], rows))
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
