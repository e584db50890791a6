"""The SQLite state: opening it, applying migrations, and the queries the service, CLI and web layer share."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from followupd.adapters.store.schema import MIGRATIONS
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
from followupd.errors import UserError

__all__ = ["MIGRATIONS", "NoteRow", "OutboxRow", "Store", "open_store"]


def _iso(dt: datetime | None) -> str | None:
    return dt.astimezone(UTC).isoformat(timespec="seconds") if dt else None


def _dt(text: str | None) -> datetime | None:
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


class Store:
    """One SQLite connection; every write that belongs together goes through `transaction()`."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout=5000")  # first: two processes may open a new state at once
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, target: int | None = None) -> None:
        target = len(MIGRATIONS) if target is None else target
        while self.version < target:
            with self.transaction():
                # Read the version again under the write lock: another process may have migrated meanwhile.
                step = self.version
                if step >= target:
                    break
                # executescript() would commit on its own; statements one by one stay inside the transaction.
                for statement in _statements(MIGRATIONS[step]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {step + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.conn.in_transaction:  # nested: the outer one commits
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def all_or_nothing(self) -> Iterator[sqlite3.Connection]:
        """A transaction, or inside one a SAVEPOINT: an error undoes this block's writes even when an outer
        transaction goes on to commit."""
        if not self.conn.in_transaction:
            with self.transaction() as conn:
                yield conn
            return
        self.conn.execute("SAVEPOINT all_or_nothing")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK TO all_or_nothing")
            self.conn.execute("RELEASE all_or_nothing")
            raise
        self.conn.execute("RELEASE all_or_nothing")

    def close(self) -> None:
        self.conn.close()

    # --- interviews ------------------------------------------------------------------------------------
    def interview(self, interview_id: int) -> Interview | None:
        row = self.conn.execute("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
        return _interview(row) if row else None

    def interview_by_key(self, source: str, uid: str, recurrence_id: str) -> Interview | None:
        row = self.conn.execute(
            "SELECT * FROM interviews WHERE source = ? AND uid = ? AND recurrence_id = ?",
            (source, uid, recurrence_id),
        ).fetchone()
        return _interview(row) if row else None

    def interview_by_token(self, token: str) -> Interview | None:
        row = self.conn.execute("SELECT * FROM interviews WHERE token = ?", (token,)).fetchone()
        return _interview(row) if row else None

    def interviews(self, *, source: str | None = None, uid: str | None = None) -> list[Interview]:
        sql, args = "SELECT * FROM interviews", []
        if source is not None:
            sql += " WHERE source = ?" + (" AND uid = ?" if uid is not None else "")
            args = [source] + ([uid] if uid is not None else [])
        return [_interview(r) for r in self.conn.execute(sql + " ORDER BY start_utc", args)]

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
            _iso(iv.start),
            _iso(iv.end),
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
            _iso(iv.dtstamp),
            json.dumps(sorted(iv.edited)),
            _iso(now),
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
            (*values, token, _iso(now)),
        )
        return int(cur.lastrowid or 0)

    # --- timers: one per (kind, subject); the subject is "interview:12", later "draft:3" or "reference:2" ---------
    def set_timer(self, kind: str, subject: str, due: datetime) -> None:
        self.conn.execute(
            "INSERT INTO timers (kind, subject, due_utc) VALUES (?,?,?) ON CONFLICT"
            " (kind, subject) DO UPDATE SET due_utc = excluded.due_utc",
            (kind, subject, _iso(due)),
        )

    def cancel_timer(self, kind: str, subject: str) -> None:
        self.conn.execute("DELETE FROM timers WHERE kind = ? AND subject = ?", (kind, subject))

    def due_timers(self, now: datetime) -> list[tuple[str, str, datetime]]:
        rows = self.conn.execute(
            "SELECT kind, subject, due_utc FROM timers WHERE due_utc <= ? ORDER BY due_utc", (_iso(now),)
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
        return _dt(row[0])

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
                _iso(not_before),
                _iso(now),
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
        return [_note(r) for r in rows]

    def note(self, outbox_id: int) -> NoteRow | None:
        found = [n for n in self.notes() if n.outbox_id == outbox_id]
        return found[0] if found else None

    def update_note(self, outbox_id: int, **fields: Any) -> None:
        allowed = {"name", "email", "body", "drafts_dirty", "in_drafts", "filed", "reported", "approved_at"}
        if not fields or set(fields) - allowed:
            raise ValueError(f"cannot update {sorted(set(fields) - allowed)}")
        values = [
            _iso(v) if isinstance(v, datetime) else (int(v) if isinstance(v, bool) else v)
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
            sql, args = sql + " AND not_before <= ?", [*args, _iso(due)]
        if interview_id is not None:
            sql, args = sql + " AND interview_id = ?", [*args, interview_id]
        return [_outbox(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def count_outbox(self, *, kind: str, created_after: datetime) -> int:
        """How many messages of `kind` were queued after `created_after` (the debrief-per-hour cap)."""
        row = self.conn.execute(
            "SELECT count(*) FROM outbox WHERE kind = ? AND created_at > ?", (kind, _iso(created_after))
        ).fetchone()
        return int(row[0])

    def outbox_by_key(self, dedupe_key: str) -> OutboxRow | None:
        row = self.conn.execute("SELECT * FROM outbox WHERE dedupe_key = ?", (dedupe_key,)).fetchone()
        return _outbox(row) if row else None

    def outbox_row(self, row_id: int) -> OutboxRow | None:
        row = self.conn.execute("SELECT * FROM outbox WHERE id = ?", (row_id,)).fetchone()
        return _outbox(row) if row else None

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
            args.append(_iso(now))
        if resent_after_unknown:
            sets.append("resent_after_unknown = resent_after_unknown + 1")
        if status is OutboxStatus.sent:
            sets.append("sent_at = ?")
            args.append(_iso(now))
        if not_before is not None:
            sets.append("not_before = ?")
            args.append(_iso(not_before))
        self.conn.execute(f"UPDATE outbox SET {', '.join(sets)} WHERE id = ?", (*args, row_id))

    def is_ours(self, message_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM outbox WHERE message_id = ?", (message_id,)).fetchone()
            is not None
        )

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
                _iso(now),
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
            (interview_id, message_id, folder, uid, _iso(received_at), own_text, shape, free_notes, raw),
        )
        return int(cur.lastrowid or 0)

    def replies(self, interview_id: int) -> list[sqlite3.Row]:
        return list(
            self.conn.execute("SELECT * FROM replies WHERE interview_id = ? ORDER BY id", (interview_id,))
        )

    def mark_processed(self, message_id: str, *, folder: str, uid: int, outcome: str, now: datetime) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO processed_messages VALUES (?,?,?,?,?)",
            (message_id, folder, uid, outcome, _iso(now)),
        )

    def is_processed(self, message_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM processed_messages WHERE message_id = ?", (message_id,)
            ).fetchone()
            is not None
        )

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
            "INSERT OR REPLACE INTO health VALUES (?,?,?,?)", (component, int(ok), detail, _iso(now))
        )

    def health(self) -> list[sqlite3.Row]:
        return list(self.conn.execute("SELECT * FROM health ORDER BY component"))

    # --- overview (report, dashboard, digest): read-only queries over every interview ---------------------
    def all_answers(self) -> dict[int, dict[str, tuple[str, Any]]]:
        """interview id -> question_id -> (text, parsed value), for every interview, in one query."""
        found: dict[int, dict[str, tuple[str, Any]]] = {}
        for row in self.conn.execute("SELECT interview_id, question_id, text, value FROM answers"):
            found.setdefault(row[0], {})[row[1]] = (row[2], json.loads(row[3]) if row[3] else None)
        return found

    # --- intake (added by the intake branch): thread lookup, set-aside replies ---------------------------
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
            (message_id, folder, uid, error, attempts, _iso(first_at), _iso(now)),
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


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _interview(row: sqlite3.Row) -> Interview:
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
        dtstamp=_dt(row["dtstamp"]),
        edited=frozenset(json.loads(row["edited"])),
    )


def _outbox(row: sqlite3.Row) -> OutboxRow:
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
        attempted_at=_dt(row["attempted_at"]),
        not_before=datetime.fromisoformat(row["not_before"]),
        sent_at=_dt(row["sent_at"]),
        last_error=row["last_error"],
        audience=Audience(row["audience"]),
        resent_after_unknown=row["resent_after_unknown"],
    )


# --- read-only queries for `followupd status` (firstrun) ---------------------------------------------------
# Counts and summaries computed in SQL, so status stays fast and flat in memory at any size of the state.


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
        (_iso(ended_after), *open_stages),
    )
    return [_interview(r) for r in rows]


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


def _note(row: sqlite3.Row) -> NoteRow:
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
        sent_at=_dt(row["sent_at"]),
        drafts_dirty=bool(row["drafts_dirty"]),
        in_drafts=bool(row["in_drafts"]),
        filed=bool(row["filed"]),
        reported=bool(row["reported"]),
        approved_at=_dt(row["approved_at"]),
        purpose=NotePurpose(row["purpose"]),
    )
