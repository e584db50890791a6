"""The SQLite state: opening it, and `Store`, the queries the service, CLI and web layer share, one module per
family of tables."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from followupd.adapters.store.interviews import InterviewTables
from followupd.adapters.store.outbox import OutboxTables
from followupd.adapters.store.replies import ReplyTables
from followupd.adapters.store.rows import NoteRow, OutboxRow
from followupd.adapters.store.schema import MIGRATIONS
from followupd.adapters.store.state import StateTables
from followupd.errors import UserError

__all__ = ["MIGRATIONS", "NoteRow", "OutboxRow", "Store", "open_store"]


def open_store(state_dir: Path) -> Store:
    """Open (creating 0600) the database in state_dir and bring its schema up to date.

    A state that cannot be opened (a full disk, a database file that is not one, a directory in its place) is one
    UserError naming the file and what to check, never a traceback from the first PRAGMA."""
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = state_dir / "followupd.sqlite3"
    try:
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        return Store(sqlite3.connect(path, isolation_level=None, check_same_thread=False), path=path)
    except (sqlite3.Error, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UserError(
            f"cannot open the state database {path}: {reason}",
            fix="check that its disk has free space and that the file is followupd's (or choose --state-dir)",
        ) from None


class Store(InterviewTables, OutboxTables, ReplyTables, StateTables):
    """One SQLite connection (see StoreBase) with the queries of every table family."""
