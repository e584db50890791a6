"""The reference heads-ups' history in the state database: who was told about which company, and how it went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from followupd.adapters.store.db import Store
from followupd.domain.delivery import OutboxStatus

__all__ = ["HistoryRow", "add_heads_up", "history"]


@dataclass(frozen=True)
class HistoryRow:
    """One heads-up drafted to a reference, with its note's outbox status (its outcome)."""

    note_id: int
    email: str
    company: str
    interview_id: int
    at: datetime
    status: OutboxStatus
    sent_at: datetime | None


def add_heads_up(
    store: Store, *, note_id: int, email: str, company: str, interview_id: int, at: datetime
) -> None:
    """Record a heads-up drafted (inside the caller's transaction, beside the note)."""
    store.conn.execute(
        "INSERT INTO reference_history (outbox_id, reference_email, company, interview_id, at) VALUES (?,?,?,?,?)",
        (note_id, email.lower(), company, interview_id, at.isoformat()),
    )


def history(store: Store, email: str | None = None) -> list[HistoryRow]:
    """Every heads-up drafted (to `email` only, if given), oldest first."""
    sql = "SELECT h.*, o.status, o.sent_at FROM reference_history AS h JOIN outbox AS o ON o.id = h.outbox_id"
    args: tuple[str, ...] = ()
    if email is not None:
        sql, args = sql + " WHERE h.reference_email = ?", (email.lower(),)
    rows = store.conn.execute(sql + " ORDER BY h.at, h.outbox_id", args)
    return [
        HistoryRow(
            note_id=int(r["outbox_id"]),
            email=str(r["reference_email"]),
            company=str(r["company"]),
            interview_id=int(r["interview_id"]),
            at=datetime.fromisoformat(r["at"]),
            status=OutboxStatus(r["status"]),
            sent_at=datetime.fromisoformat(r["sent_at"]) if r["sent_at"] else None,
        )
        for r in rows
    ]
