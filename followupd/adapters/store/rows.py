"""Rows of the state database as frozen values, and the conversions between SQLite text and Python."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from followupd.domain.delivery import Audience, NotePurpose, OutboxStatus
from followupd.domain.models import (
    DebriefState,
    FollowupState,
    Interview,
    Lifecycle,
    Person,
    ReferencesState,
    ThanksState,
    Tracks,
)

__all__ = [
    "NoteRow",
    "OutboxRow",
    "from_iso",
    "interview_from_row",
    "note_from_row",
    "outbox_from_row",
    "to_iso",
]


def to_iso(dt: datetime | None) -> str | None:
    """A time as the database keeps it: UTC, ISO 8601, to the second (None stays None)."""
    return dt.astimezone(UTC).isoformat(timespec="seconds") if dt else None


def from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str
    interview_id: int | None
    dedupe_key: str
    message_id: str
    recipients: tuple[str, ...]
    subject: str
    raw: bytes
    status: OutboxStatus
    attempts: int
    attempted_at: datetime | None
    not_before: datetime
    sent_at: datetime | None
    last_error: str
    audience: Audience = Audience.user
    resent_after_unknown: int = 0


@dataclass(frozen=True)
class NoteRow:
    """A drafted message to a contact (a thank-you note, a heads-up, a check-in): what it says, its outbox state,
    and how far its Drafts / Sent copies have got."""

    outbox_id: int
    interview_id: int
    number: int
    name: str
    email: str
    body: str
    plain: bool
    status: OutboxStatus
    message_id: str
    subject: str
    not_before: datetime
    last_error: str
    created_at: datetime
    sent_at: datetime | None
    drafts_dirty: bool
    in_drafts: bool
    filed: bool
    reported: bool
    approved_at: datetime | None
    purpose: NotePurpose = NotePurpose.thanks


def interview_from_row(row: sqlite3.Row) -> Interview:
    return Interview(
        id=row["id"],
        source=row["source"],
        uid=row["uid"],
        recurrence_id=row["recurrence_id"],
        company=row["company"],
        role=row["role"],
        start=datetime.fromisoformat(row["start_utc"]),
        end=datetime.fromisoformat(row["end_utc"]),
        tzid=row["tzid"],
        lifecycle=Lifecycle(row["lifecycle"]),
        tracks=Tracks(
            debrief=DebriefState(row["debrief_state"]),
            thanks=ThanksState(row["thanks_state"]),
            references=ReferencesState(row["references_state"]),
            followup=FollowupState(row["followup_state"]),
        ),
        interviewers=tuple(Person(n, e) for n, e in json.loads(row["interviewers"])),
        meeting_link=row["meeting_link"],
        summary=row["summary"],
        sequence=row["sequence"],
        dtstamp=from_iso(row["dtstamp"]),
        edited=frozenset(json.loads(row["edited"])),
    )


def outbox_from_row(row: sqlite3.Row) -> OutboxRow:
    return OutboxRow(
        id=row["id"],
        kind=row["kind"],
        interview_id=row["interview_id"],
        dedupe_key=row["dedupe_key"],
        message_id=row["message_id"],
        recipients=tuple(json.loads(row["recipients"])),
        subject=row["subject"],
        raw=bytes(row["raw"]),
        status=OutboxStatus(row["status"]),
        attempts=row["attempts"],
        attempted_at=from_iso(row["attempted_at"]),
        not_before=datetime.fromisoformat(row["not_before"]),
        sent_at=from_iso(row["sent_at"]),
        last_error=row["last_error"],
        audience=Audience(row["audience"]),
        resent_after_unknown=row["resent_after_unknown"],
    )


def note_from_row(row: sqlite3.Row) -> NoteRow:
    return NoteRow(
        outbox_id=row["outbox_id"],
        interview_id=row["interview_id"],
        number=row["number"],
        name=row["name"],
        email=row["email"],
        body=row["body"],
        plain=bool(row["plain"]),
        status=OutboxStatus(row["status"]),
        message_id=row["message_id"],
        subject=row["subject"],
        not_before=datetime.fromisoformat(row["not_before"]),
        last_error=row["last_error"],
        created_at=datetime.fromisoformat(row["created_at"]),
        sent_at=from_iso(row["sent_at"]),
        drafts_dirty=bool(row["drafts_dirty"]),
        in_drafts=bool(row["in_drafts"]),
        filed=bool(row["filed"]),
        reported=bool(row["reported"]),
        approved_at=from_iso(row["approved_at"]),
        purpose=NotePurpose(row["purpose"]),
    )
