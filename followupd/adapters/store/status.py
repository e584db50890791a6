"""Read-only queries for `followupd status`: counts and summaries computed in SQL, fast and flat in memory at
any size of the state."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from followupd.adapters.store.db import Store, open_store
from followupd.adapters.store.rows import (
    interview_from_row,
    to_iso,
)
from followupd.adapters.store.schema import MIGRATIONS
from followupd.domain.models import (
    Interview,
)
from followupd.errors import UserError

__all__ = [
    "answer_counts",
    "company_of",
    "failed_outbox",
    "interview_counts",
    "interviews_json",
    "interviews_to_show",
    "next_due",
    "open_store_readonly",
    "outbox_counts",
]


def open_store_readonly(state_dir: Path) -> Store | None:
    """The state opened for reading only (no file created, no migration); None when there is none yet.

    Falls back to an immutable snapshot when the directory is not writable and the daemon's WAL index is
    absent (the state of a stopped system service, read as another user)."""
    path = state_dir / "followupd.sqlite3"
    if not path.exists():
        return None
    flag_sets = ["mode=ro", "immutable=1"]
    if path.stat().st_uid != os.geteuid() and not path.with_name(path.name + "-shm").exists():
        # Another user's state (root reading the service's), its daemon stopped: even a read-only connection
        # would create -wal and -shm files owned by us, which the owner could not use. With no WAL left
        # everything is in the main file, so an immutable read is exact.
        flag_sets = ["immutable=1"]
    failure: Exception | None = None
    for flags in flag_sets:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            failure = exc
            continue
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            conn.close()
            failure = exc
            continue
        if version < len(MIGRATIONS) and os.access(state_dir, os.W_OK):
            conn.close()
            return open_store(state_dir)  # an older schema: bring it up to date like any other command
        store = Store.__new__(Store)
        store.conn, store.path = conn, path
        conn.row_factory = sqlite3.Row
        return store
    raise UserError(
        f"cannot read the state database {path}: {failure}",
        fix="check that the file is followupd's and readable by you (or choose --state-dir)",
    )


def outbox_counts(store: Store) -> dict[str, int]:
    """Outbox rows per status, without loading a single message body."""
    rows = store.conn.execute("SELECT status, count(*) FROM outbox GROUP BY status")
    return {str(r[0]): int(r[1]) for r in rows}


def failed_outbox(store: Store, status: str = "failed") -> list[tuple[int, str, str, str, list[str]]]:
    """(id, kind, subject, last error, recipients) of every send in `status` (failed, or uncertain)."""
    rows = store.conn.execute(
        "SELECT id, kind, subject, last_error, recipients FROM outbox WHERE status = ? ORDER BY id", (status,)
    )
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), json.loads(r[4])) for r in rows]


def answer_counts(store: Store) -> dict[int, int]:
    """interview id -> number of answered questions, for all interviews in one query."""
    rows = store.conn.execute("SELECT interview_id, count(*) FROM answers GROUP BY interview_id")
    return {int(r[0]): int(r[1]) for r in rows}


def next_due(store: Store) -> tuple[str, int | None, datetime] | None:
    """The earliest timer or pending send: (kind, interview id, when), or None when nothing is due."""
    row = store.conn.execute(
        "SELECT kind, interview_id, t FROM (SELECT kind, CASE WHEN subject LIKE 'interview:%'"
        " THEN CAST(substr(subject, 11) AS INTEGER) END AS interview_id, due_utc AS t FROM timers UNION ALL"
        " SELECT kind, interview_id, not_before FROM outbox WHERE status = 'pending') ORDER BY t LIMIT 1"
    ).fetchone()
    return (str(row[0]), row[1], datetime.fromisoformat(row[2])) if row else None


def interviews_to_show(
    store: Store, *, ended_after: datetime, open_stages: tuple[str, ...]
) -> list[Interview]:
    """Interviews that ended after `ended_after` or are still in one of `open_stages`, by start."""
    marks = ",".join("?" * len(open_stages))
    rows = store.conn.execute(
        f"SELECT * FROM interviews WHERE end_utc >= ? OR stage IN ({marks}) ORDER BY start_utc",
        (to_iso(ended_after), *open_stages),
    )
    return [interview_from_row(r) for r in rows]


def interview_counts(store: Store) -> tuple[int, list[int]]:
    """How many interviews there are, and the ids of the missed ones."""
    total = int(store.conn.execute("SELECT count(*) FROM interviews").fetchone()[0])
    missed = [
        int(r[0]) for r in store.conn.execute("SELECT id FROM interviews WHERE stage = 'missed' ORDER BY id")
    ]
    return total, missed


def company_of(store: Store, interview_id: int) -> str:
    row = store.conn.execute("SELECT company FROM interviews WHERE id = ?", (interview_id,)).fetchone()
    return str(row[0]) if row else ""


# The shape of services.views.interview_json plus "answered", built by SQLite's JSON functions in one query:
# for 10,000 interviews this takes a few tens of ms, against a few hundred through Interview objects and dicts.
# tests/unit/test_status.py holds the two to the same output.
_INTERVIEWS_JSON = """
SELECT json_group_array(json(j)) FROM (
  SELECT json_object(
    'id', i.id, 'source', i.source, 'calendar_uid', i.uid, 'recurrence_id', nullif(i.recurrence_id, ''),
    'cancelled', json(CASE WHEN i.lifecycle = 'cancelled' THEN 'true' ELSE 'false' END),
    'start', strftime('%Y-%m-%dT%H:%M:%SZ', i.start_utc), 'end', strftime('%Y-%m-%dT%H:%M:%SZ', i.end_utc),
    'timezone', i.tzid, 'company', i.company, 'role', i.role,
    'interviewers', (SELECT json_group_array(json_object('name', json_extract(p.value, '$[0]'),
                                                       'email', json_extract(p.value, '$[1]')))
                     FROM json_each(i.interviewers) AS p),
    'meeting_link', nullif(i.meeting_link, ''), 'stage', i.stage, 'lifecycle', i.lifecycle,
    'tracks', json_object('debrief', i.debrief_state, 'thanks', i.thanks_state,
                          'references', i.references_state, 'followup', i.followup_state),
    'edited', (SELECT json_group_array(e.value) FROM (SELECT value FROM json_each(i.edited) ORDER BY value) AS e),
    'answered', (SELECT count(*) FROM answers AS a WHERE a.interview_id = i.id)
  ) AS j
  FROM interviews AS i ORDER BY i.start_utc, i.id
)
"""


def interviews_json(store: Store) -> list[dict[str, Any]]:
    """Every interview as services.views.interview_json shapes it, with its answer count, by start."""
    text = store.conn.execute(_INTERVIEWS_JSON).fetchone()[0]
    result: list[dict[str, Any]] = json.loads(text or "[]")
    return result
