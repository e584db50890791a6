"""`followupd status` at any size: wall time and peak memory on an empty state and on 10,000 interviews.

Each interview has a sent debrief (a 30 KB message body in the outbox), five answers and a health row set;
status runs as a child process (text and --json), and its peak RSS is read from wait4(). With --old DIR the
same states are measured with the code in DIR first on sys.path (e.g. the parent commit, unpacked with
`git archive HEAD~1 | tar -x -C /tmp/old`), side by side in the same run.

    python benchmarks/status_speed.py [--sizes 0,10000] [--repeat 7] [--old /tmp/old]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from benchmarks.common import machine_line, table
from followupd.adapters.store.db import open_store

CONFIG = """
[account]
name = "Maya Example"
addresses = ["maya@example.test"]
timezone = "Europe/Berlin"

[imap]
host = "imap.example.test"
username = "maya@example.test"
password_env = "FU_BENCH_PW"

[smtp]
host = "smtp.example.test"
username = "maya@example.test"
password_env = "FU_BENCH_PW"
"""
BODY = b"x" * 30_000


def populate(state: Path, count: int) -> None:
    """`count` past interviews, each debriefed (one sent message with its body) with five answers."""
    store = open_store(state)
    now = datetime.now(UTC)
    with store.transaction() as conn:
        for n in range(1, count + 1):
            start = (now - timedelta(days=count - n + 1)).isoformat(timespec="seconds")
            conn.execute(
                "INSERT INTO interviews (id, source, uid, start_utc, end_utc, tzid, stage, company, role, token,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    n,
                    "cal",
                    f"u{n}",
                    start,
                    start,
                    "Europe/Berlin",
                    "debriefed",
                    f"Company {n}",
                    "SRE",
                    f"t{n}",
                    start,
                    start,
                ),
            )
            conn.execute(
                "INSERT INTO outbox (kind, interview_id, dedupe_key, message_id, recipients, subject, raw, status,"
                " not_before, created_at, sent_at) VALUES ('debrief',?,?,?,'[]','Debrief',?, 'sent',?,?,?)",
                (n, f"d{n}", f"<m{n}@example.test>", BODY, start, start, start),
            )
            for q in ("rating", "went_well", "went_badly", "money", "hear_back"):
                conn.execute(
                    "INSERT INTO answers (interview_id, question_id, text, via, updated_at) VALUES (?,?,?,?,?)",
                    (n, q, "an answer of a few words", "reply", start),
                )
        store.set_health("imap", True, "watching INBOX", now)
        store.set_health("calendar cal", True, "synced", now)
    store.close()


def measure(command: list[str], env: dict[str, str], cwd: str) -> tuple[float, int, int, float]:
    """Wall seconds, peak RSS in KiB, exit code and CPU seconds (user + system) of one run (`-m` puts cwd first
    on sys.path: run in the code). CPU time says more than wall time on a machine busy with other work.

    The peak RSS comes from /usr/bin/time when it is there: wait4() on our own child would also count the
    pages of this (big) process that the child had before exec."""
    with tempfile.NamedTemporaryFile("r") as rss:
        timer = (
            ["/usr/bin/time", "-q", "-f", "%M %U %S", "-o", rss.name]
            if os.path.exists("/usr/bin/time")
            else []
        )
        started = time.perf_counter()
        process = subprocess.Popen(
            [*timer, *command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        fields = rss.read().split()[-3:] if timer else []
        peak = int(fields[0]) if fields else usage.ru_maxrss
        cpu = float(fields[1]) + float(fields[2]) if fields else usage.ru_utime + usage.ru_stime
    return elapsed, peak, os.waitstatus_to_exitcode(status), cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0,10000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--old", type=Path, help="a directory holding older followupd code to compare")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="followupd-status-bench-"))
    (home / "config.toml").write_text(CONFIG)
    versions = {"new": str(Path(__file__).resolve().parent.parent)}
    if args.old:
        versions["old"] = str(args.old.resolve())
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        state = home / f"state-{size}"
        populate(state, size)
        for name, code in versions.items():
            env = os.environ | {"PYTHONPATH": code, "FU_BENCH_PW": "x"}
            for extra in ([], ["--json"]):
                command = [sys.executable, "-m", "followupd", "--config", str(home / "config.toml")]
                command += ["--state-dir", str(state), "status", *extra]
                runs = [measure(command, env, code) for _ in range(args.repeat)]
                times = sorted(r[0] for r in runs)
                rows.append(
                    [
                        name,
                        f"{size:,}",
                        "status " + " ".join(extra),
                        f"{statistics.median(times) * 1000:.0f}",
                        f"{times[0] * 1000:.0f}",
                        f"{statistics.median(r[3] for r in runs) * 1000:.0f}",
                        f"{max(r[1] for r in runs) / 1024:.0f}",
                        sorted({r[2] for r in runs}),
                    ]
                )
                print(json.dumps(rows[-1]), file=sys.stderr)
    print(machine_line())
    print(
        table(
            ["code", "interviews", "command", "median ms", "best ms", "CPU ms", "peak RSS MB", "exit"], rows
        )
    )


if __name__ == "__main__":
    main()
