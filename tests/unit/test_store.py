"""The SQLite state: migrations from every earlier version, 0600 files, the outbox's once-only key."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.adapters.store.db import MIGRATIONS, Store, open_store
from followupd.domain.delivery import Audience, OutboxStatus
from followupd.domain.models import DebriefState, Interview, Lifecycle, Person

NOW = datetime(2026, 11, 26, 15, tzinfo=UTC)


def interview(**kw: object) -> Interview:
    base = dict(
        id=0,
        source="work",
        uid="u1",
        recurrence_id="",
        company="Acme",
        role="Engineer",
        start=NOW,
        end=NOW + timedelta(hours=1),
        tzid="Europe/Berlin",
        interviewers=(Person("Jane Doe", "jane@acme.example"),),
    )
    base.update(kw)
    return Interview(**base)  # type: ignore[arg-type]


def test_database_file_is_private(tmp_path: Path) -> None:
    """The database is created readable by its owner only."""
    store = open_store(tmp_path / "state")
    assert store.path is not None
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.version == len(MIGRATIONS)


def test_migrates_from_every_earlier_version(tmp_path: Path) -> None:
    """A database left at any earlier schema version is brought up to date at start."""
    for start in range(len(MIGRATIONS)):
        conn = sqlite3.connect(tmp_path / f"v{start}.sqlite3", isolation_level=None)
        store = Store(conn) if start == len(MIGRATIONS) else None
        old = Store.__new__(Store)
        old.conn = conn
        old.path = None
        conn.row_factory = sqlite3.Row
        old.migrate(target=start)
        assert old.version == start
        store = Store(conn)
        assert store.version == len(MIGRATIONS)
        store.save_interview(interview(), now=NOW, token=f"t{start}")
        assert store.interview_by_token(f"t{start}") is not None


def test_interview_round_trip(tmp_path: Path) -> None:
    """An interview saved is read back equal, with aware UTC times."""
    store = open_store(tmp_path)
    new_id = store.save_interview(interview(), now=NOW, token="abc")
    back = store.interview(new_id)
    assert back == interview(id=new_id)


def test_outbox_dedupe_key_queues_once(tmp_path: Path) -> None:
    """A second queue with the same key adds nothing: the same decision never makes two messages."""
    store = open_store(tmp_path)
    iid = store.save_interview(interview(), now=NOW, token="abc")
    kw = dict(
        kind="debrief",
        interview_id=iid,
        dedupe_key=f"debrief:{iid}",
        recipients=("m@x.org",),
        subject="s",
        raw=b"x",
        not_before=NOW,
        now=NOW,
    )
    assert store.queue(message_id="<1@x>", **kw) is True  # type: ignore[arg-type]
    assert store.queue(message_id="<2@x>", **kw) is False  # type: ignore[arg-type]
    assert [r.message_id for r in store.outbox()] == ["<1@x>"]


def test_next_wakeup_is_earliest_timer_or_send(tmp_path: Path) -> None:
    """The daemon sleeps until the earliest of timers and pending sends."""
    store = open_store(tmp_path)
    iid = store.save_interview(interview(), now=NOW, token="abc")
    assert store.next_wakeup() is None
    store.set_timer("debrief", iid, NOW + timedelta(hours=2))
    store.queue(
        kind="debrief",
        interview_id=iid,
        dedupe_key="k",
        message_id="<1@x>",
        recipients=("a@b.c",),
        subject="s",
        raw=b"x",
        not_before=NOW + timedelta(hours=1),
        now=NOW,
    )
    assert store.next_wakeup() == NOW + timedelta(hours=1)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    """A failure inside a transaction leaves nothing behind."""
    store = open_store(tmp_path)
    try:
        with store.transaction():
            store.save_interview(interview(), now=NOW, token="abc")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert store.interviews() == []


def _schema(tmp_path: Path, version: int) -> sqlite3.Connection:
    """A database at an older schema version, as an older followupd left it."""
    conn = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    old = Store.__new__(Store)
    old.conn, old.path = conn, None
    conn.row_factory = sqlite3.Row
    old.migrate(target=version)
    return conn


def _old_interview(conn: sqlite3.Connection, *, stage: str, token: str) -> int:
    cur = conn.execute(
        "INSERT INTO interviews (source, uid, company, start_utc, end_utc, tzid, stage, token, created_at,"
        " updated_at) VALUES ('work', ?, 'Acme', ?, ?, 'Europe/Berlin', ?, ?, ?, ?)",
        (token, NOW.isoformat(), NOW.isoformat(), stage, token, NOW.isoformat(), NOW.isoformat()),
    )
    return int(cur.lastrowid or 0)


def test_outbox_rows_survive_the_attempted_at_migration(tmp_path: Path) -> None:
    """A row queued under schema 1 reads back after the later migrations, with no attempt time yet."""
    conn = _schema(tmp_path, 1)
    iid = _old_interview(conn, stage="debrief_sent", token="abc")
    conn.execute(
        "INSERT INTO outbox (kind, interview_id, dedupe_key, message_id, recipients, subject, raw, status,"
        " not_before, created_at) VALUES ('debrief', ?, 'k', '<1@x>', '[\"a@b.c\"]', 's', x'00', 'sending', ?, ?)",
        (iid, NOW.isoformat(), NOW.isoformat()),
    )
    store = Store(conn)
    [row] = store.outbox()
    assert (row.status, row.attempted_at, row.audience) == ("sending", None, Audience.user)
    store.mark_outbox(row.id, OutboxStatus.sending, now=NOW)
    assert store.outbox()[0].attempted_at == NOW


@pytest.mark.parametrize(
    ("stage", "answered", "lifecycle", "debrief"),
    [
        ("scheduled", False, Lifecycle.active, DebriefState.waiting),
        ("debrief_sent", False, Lifecycle.active, DebriefState.sent),
        ("debriefed", True, Lifecycle.active, DebriefState.answered),
        ("missed", False, Lifecycle.active, DebriefState.missed),
        ("cancelled", False, Lifecycle.cancelled, DebriefState.waiting),
        ("cancelled", True, Lifecycle.cancelled, DebriefState.answered),
        ("ignored", False, Lifecycle.ignored, DebriefState.waiting),
    ],
)
def test_stages_become_lifecycle_and_tracks(
    tmp_path: Path, stage: str, answered: bool, lifecycle: Lifecycle, debrief: DebriefState
) -> None:
    """Migration 3 reads each old stage (and the answers) into a lifecycle and a debrief track."""
    conn = _schema(tmp_path, 2)
    iid = _old_interview(conn, stage=stage, token="abc")
    if answered:
        conn.execute(
            "INSERT INTO answers (interview_id, question_id, text, via, updated_at) VALUES (?, 'rating', '7',"
            " 'email', ?)",
            (iid, NOW.isoformat()),
        )
    moved = Store(conn).interview(iid)
    assert moved is not None
    assert (lifecycle, debrief, stage) == (moved.lifecycle, moved.tracks.debrief, moved.stage.value)


def test_timers_move_to_subjects(tmp_path: Path) -> None:
    """Migration 3 keys each timer by its subject ("interview:<id>") and keeps its due time."""
    conn = _schema(tmp_path, 2)
    iid = _old_interview(conn, stage="scheduled", token="abc")
    conn.execute("INSERT INTO timers VALUES ('debrief', ?, ?)", (iid, NOW.isoformat()))
    assert [("debrief", f"interview:{iid}", NOW)] == Store(conn).timers()


@pytest.mark.parametrize("broken", ["a directory", "not a database"])
def test_a_state_that_cannot_be_opened_is_one_clear_error(tmp_path: Path, broken: str) -> None:
    """A database file that is a directory, or not SQLite at all, is a UserError naming the file, not a crash."""
    from followupd.errors import UserError

    state = tmp_path / "state"
    state.mkdir()
    target = state / "followupd.sqlite3"
    if broken == "a directory":
        target.mkdir()
    else:
        target.write_bytes(b"this is not a database" * 100)
    with pytest.raises(UserError) as raised:
        open_store(state)
    assert str(target) in raised.value.what and "free space" in raised.value.fix
