"""Measures drafting thank-you notes for a 5-person panel: the work after the debrief is recorded (no IMAP)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followupd.domain.models import Interview, Person  # noqa: E402
from followupd.runtime import logs  # noqa: E402
from followupd.services.app import App  # noqa: E402
from tests.support import NOW, build_app  # noqa: E402

PANEL = tuple(
    Person(name, f"{name.split()[0].lower()}@acme.example")
    for name in ("Jane Doe", "Raj Patel", "Li Wei", "Ana Silva", "Tom Berg")
)
ANSWERS = [
    ("rating", "8/10", 8),
    ("went_well", "Explaining the cache design", None),
    ("rapport", "Got on well with Li, we talked about event sourcing at scale.", None),
    ("role", "The team owns the whole payments platform", None),
    ("company", "They publish their postmortems openly", None),
    ("want_job", "yes", "yes"),
]
ROUNDS = 40


def _timed_drafts(app: App) -> dict[str, float]:
    """Wrap the drafting use case so that its own wall and CPU time are summed apart from the rest."""
    spent = {"wall": 0.0, "cpu": 0.0}
    create = app.service.drafts.create

    def timed(interview: Interview, *, plain: bool, now: datetime) -> int:
        wall, cpu = time.perf_counter(), time.process_time()
        count = create(interview, plain=plain, now=now)
        spent["wall"] += time.perf_counter() - wall
        spent["cpu"] += time.process_time() - cpu
        return count

    app.service.drafts.create = timed  # type: ignore[method-assign]
    return spent


def _record(app: App, spent: dict[str, float], n: int) -> tuple[float, float, float]:
    """(wall ms of recording the answers with drafting, wall ms of drafting alone, CPU ms of drafting)."""
    template = app.store.interview(1)
    assert template is not None
    with app.store.transaction():
        interview_id = app.store.save_interview(
            replace(template, id=0, uid=f"bench-{n}", interviewers=PANEL), now=NOW, token=f"tok{n:05d}"
        )
    spent["wall"] = spent["cpu"] = 0.0
    start = time.perf_counter()
    app.service.answers.record(interview_id, ANSWERS, via="reply", now=NOW + timedelta(minutes=30))
    total = time.perf_counter() - start
    assert len(app.store.notes(interview_id)) == len(PANEL)
    return total * 1000, spent["wall"] * 1000, spent["cpu"] * 1000


def _line(label: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    median = statistics.median(values)
    print(f"{label:<58} p50 {median:6.1f} ms   p95 {p95:6.1f} ms   max {values[-1]:6.1f} ms")


def main() -> int:
    logs.configure("warning")
    with tempfile.TemporaryDirectory() as tmp:
        app, _ = build_app(Path(tmp))
        spent = _timed_drafts(app)
        cold = _record(app, spent, 0)  # the first in a process: Jinja2 compiles the templates
        samples = [_record(app, spent, n) for n in range(1, ROUNDS + 1)]
        app.store.close()
    print(f"5-person panel, {ROUNDS} interviews in one store (SQLite on disk, WAL), no IMAP\n")
    print(f"first in a process (templates compiled): drafting {cold[1]:.1f} ms wall, {cold[2]:.1f} ms CPU")
    _line("recording the debrief answers, drafting included (wall)", [s[0] for s in samples])
    _line("drafting 5 notes + approval email (wall)", [s[1] for s in samples])
    _line("drafting 5 notes + approval email (CPU)", [s[2] for s in samples])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
