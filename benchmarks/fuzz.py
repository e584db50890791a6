"""Property-based fuzzing at length: 10,000 hypothesis examples per target, every unhandled exception counted.

Targets (tests/reliability/fuzzing.py): MIME messages into parse_headers and parse_reply, calendar files into
parse_calendar, the config file into load_settings, tokens / form posts / ?saved= into the web layer. Unlike
the in-suite test, a failure does not stop the run: each exception is counted by type and place, so one run
shows every fault the seed reaches. Peak RSS (ru_maxrss) is read after each target.

    .venv/bin/python benchmarks/fuzz.py --examples 10000 --seed 1
"""

from __future__ import annotations

import argparse
import collections
import resource
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
        except Exception as exc:
            place = traceback.extract_tb(exc.__traceback__)[-1]
            found[f"{type(exc).__name__} at {Path(place.filename).name}:{place.lineno}"] += 1

    started = time.monotonic()
    run()
    return ran, found, time.monotonic() - started, _peak_mib()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--targets", default=",".join(sorted(CHECKS)))
    args = parser.parse_args()
    rows, total = [], 0
    for target in args.targets.split(","):
        before = _peak_mib()
        ran, found, seconds, after = fuzz(target, examples=args.examples, seed_value=args.seed)
        total += sum(found.values())
        rows.append(
            [
                target,
                ran,
                args.seed,
                sum(found.values()),
                "; ".join(f"{k} x{v}" for k, v in found.most_common()) or "-",
                round(seconds, 1),
                f"{before:.0f} -> {after:.0f}",
            ]
        )
        print(f"{target}: {ran} examples, {sum(found.values())} unhandled, {seconds:.0f} s", flush=True)
    print()
    print(machine_line())
    print(table(["target", "examples", "seed", "unhandled", "which", "seconds", "peak RSS MiB"], rows))
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
