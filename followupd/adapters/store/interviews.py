"""The interviews and their timers in the state database."""

from __future__ import annotations

import json
from datetime import datetime

from followupd.adapters.store.base import StoreBase
from followupd.adapters.store.rows import (
    from_iso,
    interview_from_row,
    to_iso,
)
from followupd.domain.models import (
    Interview,
)

__all__ = ["InterviewTables"]


class InterviewTables(StoreBase):
    """Interviews found in calendars, by id, calendar key or subject token; and one timer per (kind, subject)."""

    # --- interviews ------------------------------------------------------------------------------------
    def interview(self, interview_id: int) -> Interview | None:
        row = self.conn.execute("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        return interview_from_row(row) if row else None

    def interview_by_key(self, source: str, uid: str, recurrence_id: str) -> Interview | None:
        row = self.conn.execute(
            "SELECT * FROM interviews WHERE source = ? AND uid = ? AND recurrence_id = ?",
            (source, uid, recurrence_id),
        ).fetchone()
        return interview_from_row(row) if row else None

    def interview_by_token(self, token: str) -> Interview | None:
        row = self.conn.execute("SELECT * FROM interviews WHERE token = ?", (token,)).fetchone()
        return interview_from_row(row) if row else None

    def interviews(self, *, source: str | None = None, uid: str | None = None) -> list[Interview]:
        sql, args = "SELECT * FROM interviews", []
        if source is not None:
            sql += " WHERE source = ?" + (" AND uid = ?" if uid is not None else "")
            args = [source] + ([uid] if uid is not None else [])
        return [interview_from_row(r) for r in self.conn.execute(sql + " ORDER BY start_utc", args)]

    def token_of(self, interview_id: int) -> str:
        return str(
            self.conn.execute("SELECT token FROM interviews WHERE id = ?", (interview_id,)).fetchone()[0]
        )

    def save_interview(self, iv: Interview, *, now: datetime, token: str | None = None) -> int:
        """Insert (id 0) or update an interview; returns its id."""
        values = (
            iv.source,
            iv.uid,
            iv.recurrence_id,
            iv.company,
            iv.role,
            to_iso(iv.start),
            to_iso(iv.end),
            iv.tzid,
            iv.stage.value,  # derived, kept for readers of older versions of this table
            iv.lifecycle.value,
            iv.tracks.debrief.value,
            iv.tracks.thanks.value,
            iv.tracks.references.value,
            iv.tracks.followup.value,
            json.dumps([[p.name, p.email] for p in iv.interviewers]),
            iv.meeting_link,
            iv.summary,
            iv.sequence,
            to_iso(iv.dtstamp),
            json.dumps(sorted(iv.edited)),
            to_iso(now),
        )
        if iv.id:
            self.conn.execute(
                "UPDATE interviews SET source=?, uid=?, recurrence_id=?, company=?, role=?, start_utc=?, end_utc=?,"
                " tzid=?, stage=?, lifecycle=?, debrief_state=?, thanks_state=?, references_state=?,"
                " followup_state=?, interviewers=?, meeting_link=?, summary=?, sequence=?, dtstamp=?, edited=?,"
                " updated_at=? WHERE id=?",
                (*values, iv.id),
            )
            return iv.id
        if token is None:
            raise ValueError("a new interview needs a token")
        cur = self.conn.execute(
            "INSERT INTO interviews (source, uid, recurrence_id, company, role, start_utc, end_utc, tzid, stage,"
            " lifecycle, debrief_state, thanks_state, references_state, followup_state,"
            " interviewers, meeting_link, summary, sequence, dtstamp, edited, updated_at, token, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (*values, token, to_iso(now)),
        )
        return int(cur.lastrowid or 0)

    # --- timers: one per (kind, subject); the subject is "interview:12", later "draft:3" or "reference:2" ---------
    def set_timer(self, kind: str, subject: str, due: datetime) -> None:
        self.conn.execute(
            "INSERT INTO timers (kind, subject, due_utc) VALUES (?,?,?) ON CONFLICT"
            " (kind, subject) DO UPDATE SET due_utc = excluded.due_utc",
            (kind, subject, to_iso(due)),
        )

    def cancel_timer(self, kind: str, subject: str) -> None:
        self.conn.execute("DELETE FROM timers WHERE kind = ? AND subject = ?", (kind, subject))

    def due_timers(self, now: datetime) -> list[tuple[str, str, datetime]]:
        rows = self.conn.execute(
            "SELECT kind, subject, due_utc FROM timers WHERE due_utc <= ? ORDER BY due_utc", (to_iso(now),)
        )
        return [(r[0], r[1], datetime.fromisoformat(r[2])) for r in rows]

    def timers(self, subject: str | None = None) -> list[tuple[str, str, datetime]]:
        sql = "SELECT kind, subject, due_utc FROM timers"
        rows = (
            self.conn.execute(sql + " WHERE subject = ?", (subject,))
            if subject is not None
            else self.conn.execute(sql + " ORDER BY due_utc")
        )
        return [(r[0], r[1], datetime.fromisoformat(r[2])) for r in rows]

    def next_wakeup(self) -> datetime | None:
        """The earliest due timer or pending send: the daemon sleeps until then."""
        row = self.conn.execute(
            "SELECT min(t) FROM (SELECT min(due_utc) AS t FROM timers UNION ALL"
            " SELECT min(not_before) FROM outbox WHERE status = 'pending')"
        ).fetchone()
        return from_iso(row[0])
