"""Cursors, meta values and component health in the state database."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from followupd.adapters.store.base import StoreBase
from followupd.adapters.store.rows import (
    to_iso,
)

__all__ = ["StateTables"]


class StateTables(StoreBase):
    """Where each mailbox and calendar was last read, small named values, and health per component."""

    # --- cursors ---------------------------------------------------------------------------------------
    def mailbox_cursor(self, folder: str) -> tuple[int, int, int | None] | None:
        row = self.conn.execute(
            "SELECT uidvalidity, last_uid, highestmodseq FROM mailbox_cursors WHERE folder = ?", (folder,)
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def save_mailbox_cursor(
        self, folder: str, uidvalidity: int, last_uid: int, highestmodseq: int | None
    ) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO mailbox_cursors VALUES (?,?,?,?)",
            (folder, uidvalidity, last_uid, highestmodseq),
        )

    def calendar_cursor(self, source: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT cursor FROM calendar_cursors WHERE source = ?", (source,)).fetchone()
        return json.loads(row[0]) if row else None

    def save_calendar_cursor(self, source: str, cursor: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO calendar_cursors VALUES (?, ?)", (source, json.dumps(cursor))
        )

    def calendar_objects(self, source: str) -> dict[str, str]:
        rows = self.conn.execute("SELECT href, uid FROM calendar_objects WHERE source = ?", (source,))
        return {r[0]: r[1] for r in rows}

    def set_calendar_object(self, source: str, href: str, uid: str | None) -> None:
        if uid is None:
            self.conn.execute("DELETE FROM calendar_objects WHERE source = ? AND href = ?", (source, href))
        else:
            self.conn.execute("INSERT OR REPLACE INTO calendar_objects VALUES (?,?,?)", (source, href, uid))

    # --- meta ------------------------------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # --- health ----------------------------------------------------------------------------------------
    def set_health(self, component: str, ok: bool, detail: str, now: datetime) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO health VALUES (?,?,?,?)", (component, int(ok), detail, to_iso(now))
        )

    def health(self) -> list[sqlite3.Row]:
        return list(self.conn.execute("SELECT * FROM health ORDER BY component"))
