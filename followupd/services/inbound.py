"""Inbound mail: route each parsed message by the rule in domain.senders, record replies, retry or set aside."""

from __future__ import annotations

import email.utils
import enum
import errno
import re
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.mail.imap import BODY_LIMIT, FetchedMessage, Headers, MailboxCursor
from followupd.domain import senders
from followupd.domain.approvals import keeps_closing
from followupd.domain.models import Interview
from followupd.domain.replies import ParsedReply, own_text, parse_reply, value_to_json
from followupd.domain.senders import Facts, Route, ThreadHit, Verdict
from followupd.domain.workflows.plan import MailKind
from followupd.errors import Transient
from followupd.services.confirm import queue_confirmation
from followupd.services.core import Service
from followupd.services.outbox import SUBJECT_PREFIX

__all__ = ["Handled", "Intake", "Outcome", "Status", "first_scan_since", "is_temporary"]

log = structlog.get_logger("followupd.intake")
_TOKEN = re.compile(r"\[fu-([a-z0-9]{6,16})\]")
_PREFIXES = {kind.value: prefix for kind, prefix in SUBJECT_PREFIX.items()}
# With no cursor (first start, or a new state dir), replies older than this cannot answer a debrief we sent.
FIRST_SCAN_DAYS = 14
# A temporary failure is tried again after these delays (1, 5, 15 and 30 minutes after the first); the fifth
# failure, at least SET_ASIDE_AFTER after the first, sets the message aside.
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=4), timedelta(minutes=10), timedelta(minutes=15))
MAX_TRIES = 5
SET_ASIDE_AFTER = timedelta(minutes=30)
_TEMPORARY_ERRNOS = {
    errno.EMFILE,
    errno.ENFILE,
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EIO,
    errno.EAGAIN,
    errno.ENOMEM,
}
_TEMPORARY_SQLITE = ("locked", "busy", "disk i/o", "full", "unable to open")


class Status(enum.StrEnum):
    recorded = "recorded"
    ignored = "ignored"
    deferred = "deferred"  # a temporary failure: the cursor stays before it and it is tried again
    set_aside = "set aside"  # listed by `status` until `followupd debrief retry`


@dataclass(frozen=True)
class Outcome:
    message_id: str
    status: Status
    interview_id: int | None = None
    recorded: int = 0
    reason: str = ""


@dataclass(frozen=True)
class Handled:
    """What became of a batch, and the cursor saved with it (before the first deferred message)."""

    outcomes: list[Outcome]
    cursor: MailboxCursor


@dataclass
class _Failure:
    first_at: datetime
    attempts: int = 0
    next_at: datetime = field(default_factory=lambda: datetime.min.replace(tzinfo=UTC))
    error: str = ""


def is_temporary(exc: BaseException) -> bool:
    """Errors that pass by themselves: a locked, full or unwritable database, no file descriptors, our Transient."""
    if isinstance(exc, Transient):
        return True
    if isinstance(exc, sqlite3.OperationalError):
        return any(word in str(exc).lower() for word in _TEMPORARY_SQLITE)
    if isinstance(exc, OSError):
        return exc.errno in _TEMPORARY_ERRNOS
    return isinstance(exc, MemoryError)


class Intake:
    """Reads one direction: a parsed message in, a verdict from the pure rule, then one transaction per reply.

    Lives as long as the watcher: the retry state of temporary failures is kept here, in memory, because the
    database may be the very thing that fails (a restart starts the count again, at worst five more tries).
    """

    def __init__(self, service: Service) -> None:
        self.service = service
        self.store = service.store
        self.settings = service.settings
        self._failures: dict[tuple[str, int], _Failure] = {}

    # --- deciding ----------------------------------------------------------------------------------------
    def from_user(self, headers: Headers) -> bool:
        """The cheap check before anything is looked up or fetched: one From address, the user's, a person."""
        own = self.settings.account.addresses
        return (
            senders.sender_refusal(headers.from_addresses, automatic=headers.is_automatic, own_addresses=own)
            is None
        )

    def verdict(self, headers: Headers) -> Verdict:
        """Gather the facts (at most MAX_REFERENCES + 1 ids looked up) and let the one rule decide."""
        own = self.settings.account.addresses
        refusal = senders.sender_refusal(
            headers.from_addresses, automatic=headers.is_automatic, own_addresses=own
        )
        if refusal is not None:
            return Verdict(None, refusal=refusal)
        thread = tuple(ThreadHit(i, k) for i, k in self.store.thread_rows(list(headers.thread_ids)))
        token_interview, token_kind = None, ""
        if not thread and (m := _TOKEN.search(headers.subject)):
            found = self.store.interview_by_token(m.group(1))
            token_interview = found.id if found else None
            token_kind = senders.kind_by_subject(headers.subject, _PREFIXES)
        facts = Facts(
            from_addresses=headers.from_addresses,
            automatic=headers.is_automatic,
            message_id=headers.message_id,
            ours=bool(headers.message_id) and self.store.is_ours(headers.message_id),
            thread=thread,
            token_interview=token_interview,
            token_kind=token_kind,
            auth=headers.auth,
        )
        return senders.decide(
            facts,
            own_addresses=own,
            require_auth=self.settings.require_dkim,
            authserv_id=self.settings.authserv_id,
        )

    def interview_for(self, headers: Headers) -> int | None:
        verdict = self.verdict(headers)
        return verdict.interview_id if verdict.accepted else None

    def wants(self, headers: Headers) -> bool:
        """Whether to fetch the message whole. When the lookup itself fails, yes: recording then retries it."""
        try:
            return self.verdict(headers).accepted and not self.store.is_processed(headers.message_id)
        except Exception as exc:
            log.warning("reply_check_failed", uid=headers.uid, message_id=headers.message_id, error=repr(exc))
            return True

    # --- recording ---------------------------------------------------------------------------------------
    def record(self, folder: str, message: FetchedMessage, *, now: datetime) -> Outcome:
        """Route one message by its verdict; a reply is recorded in one transaction with its processed mark."""
        headers = message.headers
        verdict = self.verdict(headers)
        if not verdict.accepted or verdict.interview_id is None:
            reason = verdict.refusal.value if verdict.refusal else "no interview"
            return Outcome(headers.message_id, Status.ignored, reason=reason)
        if self.store.is_processed(headers.message_id):
            return Outcome(headers.message_id, Status.ignored, reason="already processed")
        if verdict.route is Route.debrief_answers:
            return self._record_answers(folder, message, verdict.interview_id, now=now)
        if verdict.route is Route.approval:
            return self._record_approval(
                folder, message, verdict.interview_id, now=now, answered_kind=verdict.kind
            )
        return Outcome(headers.message_id, Status.ignored, reason=f"no handler for {verdict.route}")

    def _record_answers(
        self, folder: str, message: FetchedMessage, interview_id: int, *, now: datetime
    ) -> Outcome:
        headers = message.headers
        user_domain = headers.from_addr.rsplit("@", 1)[-1]
        odd = senders.envelope_mismatch(
            return_path=headers.return_path, sender=headers.sender, user_domain=user_domain
        )
        if odd is not None:
            log.warning(
                "reply_envelope_differs",
                message_id=headers.message_id,
                header=odd[0],
                value=odd[1],
                sender=headers.from_addr,
            )
        interview = self.store.interview(interview_id)
        if interview is None:
            return Outcome(headers.message_id, Status.ignored, reason="interview gone")
        parsed, reply = self._read(message, interview)
        if message.truncated:
            cut = f"the message was longer than {BODY_LIMIT // 1024} KiB; only its beginning was read"
            reply = replace(reply, problems=(*reply.problems, cut))
        received = _received(parsed.get("Date"), now)
        with self.store.transaction():
            reply_id = self.store.add_reply(
                interview_id=interview_id,
                message_id=headers.message_id,
                folder=folder,
                uid=message.uid,
                received_at=received,
                own_text=reply.own_text,
                shape=reply.shape,
                free_notes=reply.free_notes,
                raw=message.raw,
            )
            answers = [(a.question_id, a.text, value_to_json(a.value)) for a in reply.answers]
            recorded = self.service.answers.record(
                interview_id, answers, via="email", now=now, reply_id=reply_id, replied=bool(reply.free_notes)
            )
            queue_confirmation(self.service, interview_id, headers, reply, recorded=recorded, now=now)
            self.store.mark_processed(
                headers.message_id, folder=folder, uid=message.uid, outcome="recorded", now=now
            )
        log.info("reply_recorded", interview=interview_id, answers=recorded, shape=reply.shape)
        return Outcome(headers.message_id, Status.recorded, interview_id, recorded)

    def _read(self, message: FetchedMessage, interview: Interview) -> tuple[EmailMessage, ParsedReply]:
        """The message parsed, and the user's own words in it read by the reply reader (dates against the
        interview's day in her zone)."""
        parsed = BytesParser(policy=policy.default).parsebytes(message.raw)
        assert isinstance(parsed, EmailMessage)
        local_day = interview.start.astimezone(ZoneInfo(self.settings.account.timezone)).date()
        reply = parse_reply(
            parsed,
            questionnaire=self.settings.questionnaire,
            interview_date=local_day,
            own_addresses=self.settings.account.addresses,
        )
        return parsed, reply

    def _record_approval(
        self,
        folder: str,
        message: FetchedMessage,
        interview_id: int,
        *,
        now: datetime,
        answered_kind: str = "",
    ) -> Outcome:
        """A reply to the approval email: its own words (quotes, signature and footers stripped by the reply
        reader) are applied to the interview's notes, all or nothing, with one confirmation in the thread, in
        the transaction that marks it processed."""
        headers = message.headers
        interview = self.store.interview(interview_id)
        if interview is None:
            return Outcome(headers.message_id, Status.ignored, reason="interview gone")
        parsed, reply = self._read(message, interview)
        text = reply.own_text
        if keeps_closing(text):
            text = own_text(parsed, own_addresses=self.settings.account.addresses) or text
        with self.store.transaction():
            result = self.service.approvals.on_reply(
                interview_id,
                text,
                reply_message_id=headers.message_id,
                now=now,
                answered_kind=answered_kind,
            )
            self.store.mark_processed(
                headers.message_id, folder=folder, uid=message.uid, outcome="approval", now=now
            )
        log.info("approval_recorded", interview=interview_id, changed=result.changed)
        return Outcome(headers.message_id, Status.recorded, interview_id, 0)

    # --- a batch, with retries -----------------------------------------------------------------------------
    def on_messages(
        self, folder: str, messages: list[FetchedMessage], cursor: MailboxCursor, *, now: datetime
    ) -> Handled:
        """Handle each message on its own, then save the cursor, kept before the first deferred message.

        A temporary failure defers the message (tried again with backoff); a bug, or a temporary failure that
        persisted MAX_TRIES times over SET_ASIDE_AFTER, sets it aside. Neither stops the messages after it.
        """
        outcomes = [self._handle(folder, m, now=now) for m in messages]
        held = [m.uid for m, o in zip(messages, outcomes, strict=True) if o.status is Status.deferred]
        kept = cursor if not held else replace(cursor, last_uid=min(cursor.last_uid, min(held) - 1))
        try:
            with self.store.transaction():
                self.store.save_mailbox_cursor(folder, kept.uidvalidity, kept.last_uid, kept.highestmodseq)
        except Exception as exc:
            if not is_temporary(exc):
                raise
            # The caller keeps its old cursor: these messages come again, the recorded ones are skipped.
            raise Transient(
                f"state database busy, mailbox cursor not saved: {exc}", fix="retried by itself"
            ) from exc
        return Handled(outcomes, kept)

    def _handle(self, folder: str, message: FetchedMessage, *, now: datetime) -> Outcome:
        key = (folder, message.uid)
        failure = self._failures.get(key)
        if failure is not None and now < failure.next_at:
            return Outcome(message.headers.message_id, Status.deferred, reason=f"waiting: {failure.error}")
        try:
            outcome = self.record(folder, message, now=now)
        except Exception as exc:
            return self._failed(folder, message, exc, now=now)
        self._failures.pop(key, None)
        return outcome

    def _failed(self, folder: str, message: FetchedMessage, exc: Exception, *, now: datetime) -> Outcome:
        key, message_id = (folder, message.uid), message.headers.message_id
        error = f"{type(exc).__name__}: {exc}"[:300]
        failure = self._failures.setdefault(key, _Failure(first_at=now))
        failure.attempts += 1
        failure.error = error
        temporary = is_temporary(exc)
        if temporary and (failure.attempts < MAX_TRIES or now - failure.first_at < SET_ASIDE_AFTER):
            delay = RETRY_DELAYS[min(failure.attempts, len(RETRY_DELAYS)) - 1]
            failure.next_at = now + delay
            log.warning(
                "reply_deferred",
                folder=folder,
                uid=message.uid,
                message_id=message_id,
                error=error,
                attempt=failure.attempts,
                retry_in=str(delay),
            )
            return Outcome(message_id, Status.deferred, reason=error)
        if not temporary:
            # A bug fails the same way every time: set it aside now rather than block or retry.
            log.exception("reply_failed", folder=folder, uid=message.uid, message_id=message_id, exc_info=exc)
        named = message_id or f"<uid-{message.uid}@{folder}>"
        try:
            with self.store.transaction():
                self.store.set_aside(
                    named,
                    folder=folder,
                    uid=message.uid,
                    error=error,
                    attempts=failure.attempts,
                    first_at=failure.first_at,
                    now=now,
                )
                # One email naming it, in the same transaction as the set-aside mark (never one without the other).
                self.service.outbox.queue_notice(
                    MailKind.reply_set_aside,
                    key=f"set_aside:{named}",
                    subject="A reply followupd could not record",
                    context={
                        "first_name": self.settings.account.name.split()[0]
                        if self.settings.account.name
                        else "there",
                        "reply_subject": message.headers.subject[:200],
                        "folder": folder,
                        "message_id": named,
                        "error": error,
                    },
                    now=now,
                )
        except Exception as again:  # could not even write that down: it stays deferred and comes again
            failure.next_at = now + RETRY_DELAYS[0]
            log.warning("reply_set_aside_failed", message_id=message_id, error=repr(again))
            return Outcome(message_id, Status.deferred, reason=error)
        self._failures.pop(key, None)
        log.error(
            "reply_set_aside",
            folder=folder,
            uid=message.uid,
            message_id=message_id,
            error=error,
            attempts=failure.attempts,
            fix=f"fix the cause, then run `followupd debrief retry '{message_id}'`",
        )
        return Outcome(message_id, Status.set_aside, reason=error)

    def load_cursor(self, folder: str) -> MailboxCursor | None:
        row = self.store.mailbox_cursor(folder)
        return MailboxCursor(folder, row[0], row[1], row[2]) if row else None


def _received(value: str | None, now: datetime) -> datetime:
    try:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError):
        parsed = None
    if parsed is None:
        return now
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def first_scan_since(now: datetime) -> date:
    return (now - timedelta(days=FIRST_SCAN_DAYS)).date()
