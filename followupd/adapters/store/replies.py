"""Replies and answers in the state database: what each reply said, which were processed, which set aside."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from followupd.adapters.store.base import StoreBase
from followupd.adapters.store.rows import (
    to_iso,
)

__all__ = ["ReplyTables"]


class ReplyTables(StoreBase):
    """The user's answers per interview, the replies they came from, processed and set-aside messages."""

    def answers(self, interview_id: int) -> dict[str, tuple[str, Any, str]]:
        """question_id -> (text, parsed value as stored JSON, via)."""
        rows = self.conn.execute(
            "SELECT question_id, text, value, via FROM answers WHERE interview_id = ?", (interview_id,)
        )
        return {r[0]: (r[1], json.loads(r[2]) if r[2] else None, r[3]) for r in rows}

    def save_answer(
        self,
        interview_id: int,
        question_id: str,
        text: str,
        value: Any,
        *,
        via: str,
        reply_id: int | None,
        now: datetime,
    ) -> None:
        self.conn.execute(
            "INSERT INTO answers (interview_id, question_id, text, value, reply_id, via, updated_at)"
            " VALUES (?,?,?,?,?,?,?) ON CONFLICT (interview_id, question_id) DO UPDATE SET text = excluded.text,"
            " value = excluded.value, reply_id = excluded.reply_id, via = excluded.via,"
            " updated_at = excluded.updated_at",
            (
                interview_id,
                question_id,
                text,
                None if value is None else json.dumps(value),
                reply_id,
                via,
                to_iso(now),
            ),
        )

    def add_reply(
        self,
        *,
        interview_id: int,
        message_id: str,
        folder: str,
        uid: int,
        received_at: datetime,
        own_text: str,
        shape: str,
        free_notes: str,
        raw: bytes,
    ) -> int:
        cur = self.conn.execute(
            "INSERT INTO replies (interview_id, message_id, folder, uid, received_at, own_text, shape, free_notes,"
            " raw) VALUES (?,?,?,?,?,?,?,?,?)",
            (interview_id, message_id, folder, uid, to_iso(received_at), own_text, shape, free_notes, raw),
        )
        return int(cur.lastrowid or 0)

    def replies(self, interview_id: int) -> list[sqlite3.Row]:
        return list(
            self.conn.execute("SELECT * FROM replies WHERE interview_id = ? ORDER BY id", (interview_id,))
        )

    def mark_processed(self, message_id: str, *, folder: str, uid: int, outcome: str, now: datetime) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO processed_messages VALUES (?,?,?,?,?)",
            (message_id, folder, uid, outcome, to_iso(now)),
        )

    def is_processed(self, message_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM processed_messages WHERE message_id = ?", (message_id,)
            ).fetchone()
            is not None
        )

    # --- overview (report, dashboard, digest): read-only queries over every interview ---------------------
    def all_answers(self) -> dict[int, dict[str, tuple[str, Any]]]:
        """interview id -> question_id -> (text, parsed value), for every interview, in one query."""
        found: dict[int, dict[str, tuple[str, Any]]] = {}
        for row in self.conn.execute("SELECT interview_id, question_id, text, value FROM answers"):
            found.setdefault(row[0], {})[row[1]] = (row[2], json.loads(row[3]) if row[3] else None)
        return found

    def set_aside(
        self,
        message_id: str,
        *,
        folder: str,
        uid: int,
        error: str,
        attempts: int,
        first_at: datetime,
        now: datetime,
    ) -> None:
        """Keep a reply out of intake until `release_set_aside`; it is also marked processed."""
        self.conn.execute(
            "INSERT OR REPLACE INTO set_aside VALUES (?,?,?,?,?,?,?)",
            (message_id, folder, uid, error, attempts, to_iso(first_at), to_iso(now)),
        )
        self.mark_processed(message_id, folder=folder, uid=uid, outcome=f"set aside: {error}", now=now)

    def set_aside_list(self) -> list[sqlite3.Row]:
        return list(self.conn.execute("SELECT * FROM set_aside ORDER BY at"))

    def release_set_aside(self, message_id: str) -> sqlite3.Row | None:
        """Forget a set-aside reply and move its folder's cursor back before it, so intake reads it again."""
        row: sqlite3.Row | None = self.conn.execute(
            "SELECT * FROM set_aside WHERE message_id = ?", (message_id,)
        ).fetchone()
        if row is None:
            return None
        self.conn.execute("DELETE FROM set_aside WHERE message_id = ?", (message_id,))
        self.conn.execute("DELETE FROM processed_messages WHERE message_id = ?", (message_id,))
        self.conn.execute(
            "UPDATE mailbox_cursors SET last_uid = ? WHERE folder = ? AND last_uid >= ?",
            (row["uid"] - 1, row["folder"], row["uid"]),
        )
        return row
