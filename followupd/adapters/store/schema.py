"""The state database's schema, as forward migrations applied in order (PRAGMA user_version)."""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

# Each entry moves the schema from version i to i + 1. Never edit a released entry: append a new one.
MIGRATIONS: list[str] = [
    # 1: interviews, answers, outbox, timers, cursors.
    """
    CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL, uid TEXT NOT NULL, recurrence_id TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',
        start_utc TEXT NOT NULL, end_utc TEXT NOT NULL, tzid TEXT NOT NULL,
        stage TEXT NOT NULL, interviewers TEXT NOT NULL DEFAULT '[]', meeting_link TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '', sequence INTEGER NOT NULL DEFAULT 0, dtstamp TEXT,
        edited TEXT NOT NULL DEFAULT '[]', token TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        UNIQUE (source, uid, recurrence_id)
    );
    CREATE TABLE answers (
        interview_id INTEGER NOT NULL REFERENCES interviews(id),
        question_id TEXT NOT NULL, text TEXT NOT NULL, value TEXT,
        reply_id INTEGER REFERENCES replies(id), via TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (interview_id, question_id)
    );
    CREATE TABLE replies (
        id INTEGER PRIMARY KEY, interview_id INTEGER NOT NULL REFERENCES interviews(id),
        message_id TEXT NOT NULL UNIQUE, folder TEXT NOT NULL, uid INTEGER NOT NULL,
        received_at TEXT NOT NULL, own_text TEXT NOT NULL, shape TEXT NOT NULL, free_notes TEXT NOT NULL,
        raw BLOB NOT NULL  -- the whole message, so a better parser can read it again
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL, interview_id INTEGER REFERENCES interviews(id),
        dedupe_key TEXT NOT NULL UNIQUE, message_id TEXT NOT NULL UNIQUE,
        recipients TEXT NOT NULL, subject TEXT NOT NULL, raw BLOB NOT NULL,
        status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, not_before TEXT NOT NULL,
        created_at TEXT NOT NULL, sent_at TEXT, last_error TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX outbox_status ON outbox(status, not_before);
    CREATE TABLE timers (
        kind TEXT NOT NULL, interview_id INTEGER NOT NULL REFERENCES interviews(id), due_utc TEXT NOT NULL,
        PRIMARY KEY (kind, interview_id)
    );
    CREATE INDEX timers_due ON timers(due_utc);
    CREATE TABLE mailbox_cursors (
        folder TEXT PRIMARY KEY, uidvalidity INTEGER NOT NULL, last_uid INTEGER NOT NULL,
        highestmodseq INTEGER
    );
    CREATE TABLE processed_messages (
        message_id TEXT PRIMARY KEY, folder TEXT NOT NULL, uid INTEGER NOT NULL, outcome TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE calendar_cursors (source TEXT PRIMARY KEY, cursor TEXT NOT NULL);
    CREATE TABLE calendar_objects (
        source TEXT NOT NULL, href TEXT NOT NULL, uid TEXT NOT NULL, PRIMARY KEY (source, href)
    );
    CREATE TABLE health (component TEXT PRIMARY KEY, ok INTEGER NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: when the current send attempt started, so an interrupted one is settled only after delivery had time.
    """
    ALTER TABLE outbox ADD COLUMN attempted_at TEXT;
    """,
    # 3: one state per track instead of one stage; timers keyed by (kind, subject) so that a draft or a reference
    # can have its own; the outbox knows who a message is for and how often an unknown send was resent.
    """
    ALTER TABLE interviews ADD COLUMN lifecycle TEXT NOT NULL DEFAULT 'active';
    ALTER TABLE interviews ADD COLUMN debrief_state TEXT NOT NULL DEFAULT 'waiting';
    ALTER TABLE interviews ADD COLUMN thanks_state TEXT NOT NULL DEFAULT 'not_started';
    ALTER TABLE interviews ADD COLUMN references_state TEXT NOT NULL DEFAULT 'not_started';
    ALTER TABLE interviews ADD COLUMN followup_state TEXT NOT NULL DEFAULT 'not_started';
    UPDATE interviews SET
        lifecycle = CASE stage WHEN 'cancelled' THEN 'cancelled' WHEN 'ignored' THEN 'ignored' ELSE 'active' END,
        debrief_state = CASE stage WHEN 'debrief_sent' THEN 'sent' WHEN 'debriefed' THEN 'answered'
            WHEN 'missed' THEN 'missed' ELSE 'waiting' END;
    UPDATE interviews SET debrief_state = 'sent' WHERE stage IN ('cancelled', 'ignored')
        AND EXISTS (SELECT 1 FROM outbox WHERE outbox.dedupe_key = 'debrief:' || interviews.id);
    UPDATE interviews SET debrief_state = 'answered' WHERE stage IN ('cancelled', 'ignored')
        AND EXISTS (SELECT 1 FROM answers WHERE answers.interview_id = interviews.id);
    CREATE TABLE timers_by_subject (
        kind TEXT NOT NULL, subject TEXT NOT NULL, due_utc TEXT NOT NULL, PRIMARY KEY (kind, subject)
    );
    INSERT INTO timers_by_subject SELECT kind, 'interview:' || interview_id, due_utc FROM timers;
    DROP TABLE timers;
    ALTER TABLE timers_by_subject RENAME TO timers;
    CREATE INDEX timers_due ON timers(due_utc);
    ALTER TABLE outbox ADD COLUMN audience TEXT NOT NULL DEFAULT 'user';
    ALTER TABLE outbox ADD COLUMN resent_after_unknown INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: replies set aside after repeated temporary failures or a parser bug, listed by `status`
    # until `followupd debrief retry` releases them.
    """
    CREATE TABLE set_aside (
        message_id TEXT PRIMARY KEY, folder TEXT NOT NULL, uid INTEGER NOT NULL, error TEXT NOT NULL,
        attempts INTEGER NOT NULL, first_at TEXT NOT NULL, at TEXT NOT NULL
    );
    """,
    # 5: thank-you notes: one row per note beside its outbox row (whose Message-ID is final from drafting on), with
    # what the note says and how far its copies in the user's Drafts and Sent folders have got.
    """
    CREATE TABLE notes (
        outbox_id INTEGER PRIMARY KEY REFERENCES outbox(id),
        interview_id INTEGER NOT NULL REFERENCES interviews(id),
        number INTEGER NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL, body TEXT NOT NULL,
        plain INTEGER NOT NULL DEFAULT 0,
        drafts_dirty INTEGER NOT NULL DEFAULT 1,
        in_drafts INTEGER NOT NULL DEFAULT 0,
        filed INTEGER NOT NULL DEFAULT 0,
        reported INTEGER NOT NULL DEFAULT 0,
        approved_at TEXT,
        UNIQUE (interview_id, number)
    );
    """,
    # 6: a note's purpose: the same drafts machinery (approval four ways, Drafts folder, sending window, sent once)
    # carries thank-you notes, heads-ups to references and check-ins after a quiet company.
    """
    ALTER TABLE notes ADD COLUMN purpose TEXT NOT NULL DEFAULT 'thanks';
    """,
    # 7: reference heads-ups' history: one row per heads-up drafted (which reference, about which company, for which
    # interview, when); its outcome is its note's outbox status, so a discarded heads-up does not count as told.
    """
    CREATE TABLE reference_history (
        outbox_id INTEGER PRIMARY KEY REFERENCES outbox(id),
        reference_email TEXT NOT NULL, company TEXT NOT NULL,
        interview_id INTEGER NOT NULL REFERENCES interviews(id), at TEXT NOT NULL
    );
    CREATE INDEX reference_history_email ON reference_history(reference_email);
    """,
    # 8: the follow-up track's own facts: how many reminders went out, when the mailbox was last searched for
    # the company's mail, and when (and from whom) the company was heard from.
    """
    CREATE TABLE followups (
        interview_id INTEGER PRIMARY KEY REFERENCES interviews(id),
        reminders INTEGER NOT NULL DEFAULT 0,
        reminded_at TEXT, checked_at TEXT, heard_back_at TEXT, heard_from TEXT NOT NULL DEFAULT ''
    );
    """,
]
