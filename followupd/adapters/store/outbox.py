"""The outbox in the state database: every outgoing message as a row, and the drafted notes beside it."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from followupd.adapters.store.base import StoreBase
from followupd.adapters.store.rows import (
    NoteRow,
    OutboxRow,
    note_from_row,
    outbox_from_row,
    to_iso,
)
from followupd.domain.delivery import Audience, NotePurpose, OutboxStatus

__all__ = ["OutboxTables"]


class OutboxTables(StoreBase):
    """Queued mail, its send state, the notes to contacts, and which of our Message-IDs a reply names."""

    # --- outbox ----------------------------------------------------------------------------------------
    def queue(
        self,
        *,
        kind: str,
        interview_id: int | None,
        dedupe_key: str,
        message_id: str,
        recipients: tuple[str, ...],
        subject: str,
        raw: bytes,
        not_before: datetime,
        now: datetime,
        audience: Audience = Audience.user,
        status: OutboxStatus = OutboxStatus.pending,
    ) -> bool:
        """Add a message to the outbox unless one with the same dedupe_key exists; True when added."""
        cur = self.conn.execute(
            "INSERT INTO outbox (kind, interview_id, dedupe_key, message_id, recipients, subject, raw, status,"
            " not_before, created_at, audience) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (dedupe_key) DO NOTHING",
            (
                kind,
                interview_id,
                dedupe_key,
                message_id,
                json.dumps(list(recipients)),
                subject,
                raw,
                status.value,
                to_iso(not_before),
                to_iso(now),
                audience.value,
            ),
        )
        return cur.rowcount == 1

    def rewrite_outbox(self, row_id: int, *, raw: bytes, recipients: tuple[str, ...], subject: str) -> None:
        """A draft edited (or given an address): same row, same Message-ID, new text."""
        self.conn.execute(
            "UPDATE outbox SET raw = ?, recipients = ?, subject = ? WHERE id = ?",
            (raw, json.dumps(list(recipients)), subject, row_id),
        )

    # --- drafted messages to contacts: one per outbox row of audience 'contact', numbered per interview -------
    def add_note(
        self,
        *,
        outbox_id: int,
        interview_id: int,
        number: int,
        name: str,
        email: str,
        body: str,
        plain: bool,
        purpose: NotePurpose = NotePurpose.thanks,
    ) -> None:
        self.conn.execute(
            "INSERT INTO notes (outbox_id, interview_id, number, name, email, body, plain, purpose)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (outbox_id, interview_id, number, name, email, body, int(plain), purpose.value),
        )

    def next_note_number(self, interview_id: int) -> int:
        """Notes are numbered per interview across purposes, so "approve 4" names one note in any email."""
        row = self.conn.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM notes WHERE interview_id = ?", (interview_id,)
        ).fetchone()
        return int(row[0])

    def notes(self, interview_id: int | None = None, *, purpose: NotePurpose | None = None) -> list[NoteRow]:
        sql = (
            "SELECT notes.*, outbox.status, outbox.message_id, outbox.subject, outbox.not_before,"
            " outbox.last_error, outbox.created_at, outbox.sent_at FROM notes JOIN outbox ON outbox.id = notes.outbox_id"
        )
        where: list[str] = []
        args: list[object] = []
        if interview_id is not None:
            where.append("notes.interview_id = ?")
            args.append(interview_id)
        if purpose is not None:
            where.append("notes.purpose = ?")
            args.append(purpose.value)
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.conn.execute(sql + " ORDER BY notes.interview_id, notes.number", args)
        return [note_from_row(r) for r in rows]

    def note(self, outbox_id: int) -> NoteRow | None:
        found = [n for n in self.notes() if n.outbox_id == outbox_id]
        return found[0] if found else None

    def update_note(self, outbox_id: int, **fields: Any) -> None:
        allowed = {"name", "email", "body", "drafts_dirty", "in_drafts", "filed", "reported", "approved_at"}
        if not fields or set(fields) - allowed:
            raise ValueError(f"cannot update {sorted(set(fields) - allowed)}")
        values = [
            to_iso(v) if isinstance(v, datetime) else (int(v) if isinstance(v, bool) else v)
            for v in fields.values()
        ]
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE notes SET {sets} WHERE outbox_id = ?", (*values, outbox_id))

    def next_outbox_id(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM outbox").fetchone()[0])

    def outbox(
        self,
        *,
        status: OutboxStatus | None = None,
        due: datetime | None = None,
        interview_id: int | None = None,
    ) -> list[OutboxRow]:
        sql, args = "SELECT * FROM outbox WHERE 1=1", list[Any]()
        if status is not None:
            sql, args = sql + " AND status = ?", [*args, status.value]
        if due is not None:
            sql, args = sql + " AND not_before <= ?", [*args, to_iso(due)]
        if interview_id is not None:
            sql, args = sql + " AND interview_id = ?", [*args, interview_id]
        return [outbox_from_row(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def count_outbox(self, *, kind: str, created_after: datetime) -> int:
        """How many messages of `kind` were queued after `created_after` (the debrief-per-hour cap)."""
        row = self.conn.execute(
            "SELECT count(*) FROM outbox WHERE kind = ? AND created_at > ?", (kind, to_iso(created_after))
        ).fetchone()
        return int(row[0])

    def outbox_by_key(self, dedupe_key: str) -> OutboxRow | None:
        row = self.conn.execute("SELECT * FROM outbox WHERE dedupe_key = ?", (dedupe_key,)).fetchone()
        return outbox_from_row(row) if row else None

    def outbox_row(self, row_id: int) -> OutboxRow | None:
        row = self.conn.execute("SELECT * FROM outbox WHERE id = ?", (row_id,)).fetchone()
        return outbox_from_row(row) if row else None

    def mark_outbox(
        self,
        row_id: int,
        status: OutboxStatus,
        *,
        now: datetime,
        error: str = "",
        not_before: datetime | None = None,
        resent_after_unknown: bool = False,
    ) -> None:
        sets = ["status = ?", "last_error = ?"]
        args: list[Any] = [status.value, error]
        if status is OutboxStatus.sending:
            sets += ["attempts = attempts + 1", "attempted_at = ?"]
            args.append(to_iso(now))
        if resent_after_unknown:
            sets.append("resent_after_unknown = resent_after_unknown + 1")
        if status is OutboxStatus.sent:
            sets.append("sent_at = ?")
            args.append(to_iso(now))
        if not_before is not None:
            sets.append("not_before = ?")
            args.append(to_iso(not_before))
        self.conn.execute(f"UPDATE outbox SET {', '.join(sets)} WHERE id = ?", (*args, row_id))

    def is_ours(self, message_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM outbox WHERE message_id = ?", (message_id,)).fetchone()
            is not None
        )

    def thread_rows(self, message_ids: list[str]) -> list[tuple[int, str]]:
        """(interview_id, kind) of our outgoing messages among `message_ids`, in the order of the ids given.

        Looked up in chunks far below SQLite's parameter limit, so no list of ids can make the query fail."""
        found: dict[str, tuple[int, str]] = {}
        for start in range(0, len(message_ids), 500):
            chunk = message_ids[start : start + 500]
            rows = self.conn.execute(
                f"SELECT message_id, interview_id, kind FROM outbox WHERE message_id IN ({','.join('?' * len(chunk))})"
                " AND interview_id IS NOT NULL",
                chunk,
            )
            found.update({r[0]: (int(r[1]), str(r[2])) for r in rows})
        return [found[m] for m in dict.fromkeys(message_ids) if m in found]
