"""The follow-up track's row per interview: reminders sent, the last mailbox check, when the company wrote."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from followupd.adapters.store.db import Store

__all__ = ["FollowupRow", "followup_row", "save_followup"]

_FIELDS = ("reminders", "reminded_at", "checked_at", "heard_back_at", "heard_from")


@dataclass(frozen=True)
class FollowupRow:
    interview_id: int
    reminders: int = 0
    reminded_at: datetime | None = None
    checked_at: datetime | None = None
    heard_back_at: datetime | None = None
    heard_from: str = ""


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def followup_row(store: Store, interview_id: int) -> FollowupRow:
    """The interview's row, or an empty one (nothing happened on the track yet)."""
    row = store.conn.execute(
        "SELECT reminders, reminded_at, checked_at, heard_back_at, heard_from FROM followups"
        " WHERE interview_id = ?",
        (interview_id,),
    ).fetchone()
    if row is None:
        return FollowupRow(interview_id)
    return FollowupRow(interview_id, int(row[0]), _dt(row[1]), _dt(row[2]), _dt(row[3]), str(row[4]))


def save_followup(store: Store, interview_id: int, **fields: object) -> None:
    """Set some of the row's fields (creating the row); call inside a transaction."""
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise ValueError(f"no such follow-up fields: {sorted(unknown)}")
    values = {
        k: (v.astimezone(UTC).isoformat(timespec="seconds") if isinstance(v, datetime) else v)
        for k, v in fields.items()
    }
    store.conn.execute("INSERT OR IGNORE INTO followups (interview_id) VALUES (?)", (interview_id,))
    if values:
        assignments = ", ".join(f"{k} = ?" for k in values)
        store.conn.execute(
            f"UPDATE followups SET {assignments} WHERE interview_id = ?", (*values.values(), interview_id)
        )
