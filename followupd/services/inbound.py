"""Debrief intake by mail: which messages are the user's replies, and recording what they say."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.parser import BytesParser
from typing import Any
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.mail.imap import FetchedMessage, Headers, MailboxCursor
from followupd.domain.replies import ParsedReply, parse_reply, value_to_json
from followupd.domain.workflows.plan import MailKind
from followupd.services.core import Service

__all__ = ["Intake", "Outcome", "first_scan_since"]

log = structlog.get_logger("followupd.intake")
_TOKEN = re.compile(r"\[fu-([a-z0-9]{6,16})\]")
# With no cursor (first start, or a new state dir), replies older than this cannot answer a debrief we sent.
FIRST_SCAN_DAYS = 14


@dataclass(frozen=True)
class Outcome:
    message_id: str
    outcome: str  # recorded, ignored:<why>
    interview_id: int | None = None
    recorded: int = 0


def _dkim_pass(results: tuple[str, ...], domain: str) -> bool:
    """A dkim=pass or dmarc=pass for the user's domain in the provider's Authentication-Results (RFC 8601)."""
    for header in results:
        for clause in header.split(";"):
            clause = clause.strip().lower()
            if (clause.startswith("dkim=pass") and f"header.d={domain}" in clause) or (
                clause.startswith("dmarc=pass") and f"header.from={domain}" in clause
            ):
                return True
    return False


class Intake:
    """Decides whether a message is a reply to one of our debrief threads, and records it."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.store = service.store
        self.settings = service.settings

    def interview_for(self, headers: Headers) -> int | None:
        """The interview whose thread this message belongs to, or None; the first check on every message."""
        account = self.settings.account
        if headers.from_addr not in account.addresses or headers.is_automatic:
            return None
        if not headers.message_id or self.store.is_ours(headers.message_id):
            return None  # our own debrief, reminder or confirmation arriving in the INBOX
        if self.settings.require_dkim:
            domain = account.address.rsplit("@", 1)[1]
            if not _dkim_pass(headers.authentication_results, domain):
                return None
        thread = [x for x in (headers.in_reply_to, *headers.references) if x]
        interview_id = self.store.interview_for_message_id(thread)
        if interview_id is None and (m := _TOKEN.search(headers.subject)):
            found = self.store.interview_by_token(m.group(1))
            interview_id = found.id if found else None
        return interview_id

    def wants(self, headers: Headers) -> bool:
        return self.interview_for(headers) is not None and not self.store.is_processed(headers.message_id)

    def record(self, folder: str, message: FetchedMessage, *, now: datetime) -> Outcome:
        """Parse one reply and, in one transaction, keep it, its answers, the confirmation and the processed mark."""
        headers = message.headers
        interview_id = self.interview_for(headers)
        if interview_id is None or self.store.is_processed(headers.message_id):
            return Outcome(headers.message_id, "ignored:not a debrief reply")
        interview = self.store.interview(interview_id)
        assert interview is not None
        parsed = BytesParser(policy=policy.default).parsebytes(message.raw)
        local_day = interview.start.astimezone(ZoneInfo(self.settings.account.timezone)).date()
        reply = parse_reply(
            parsed,
            questionnaire=self.settings.questionnaire,
            interview_date=local_day,
            own_addresses=self.settings.account.addresses,
        )
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
            self.queue_confirmation(interview_id, headers, reply, now=now)
            self.store.mark_processed(
                headers.message_id, folder=folder, uid=message.uid, outcome="recorded", now=now
            )
        log.info("reply_recorded", interview=interview_id, answers=recorded, shape=reply.shape)
        return Outcome(headers.message_id, "recorded", interview_id, recorded)

    def queue_confirmation(
        self, interview_id: int, headers: Headers, reply: ParsedReply, *, now: datetime
    ) -> None:
        questionnaire = self.settings.questionnaire
        answers = self.store.answers(interview_id)
        missing = [
            f"{n} ({q.id.replace('_', ' ')})"
            for n, q in enumerate(questionnaire.questions, start=1)
            if q.id not in answers
        ]
        rating = answers.get("rating", (None, None, None))[1]
        notes = [note for a in reply.answers for note in a.notes] + list(reply.problems)
        interview = self.store.interview(interview_id)
        assert interview is not None
        context: dict[str, Any] = {
            "recorded": len(answers),
            "total": len(questionnaire),
            "rating": rating,
            "missing": ", ".join(missing),
            "notes": notes,
            "free_notes": reply.free_notes if not reply.answers else "",
        }
        self.service.outbox.queue_to_self(
            interview,
            MailKind.confirmation,
            f"confirmation:{headers.message_id}",
            now=now,
            context=context,
            in_reply_to=headers.message_id,
            references=(*headers.references, headers.message_id),
        )

    def on_messages(
        self, folder: str, messages: list[FetchedMessage], cursor: MailboxCursor, *, now: datetime
    ) -> list[Outcome]:
        """Record each message, then move the cursor; a failure leaves the cursor so they come again."""
        outcomes = []
        for message in messages:
            try:
                outcomes.append(self.record(folder, message, now=now))
            except Exception as exc:
                # One bad message must not block every later reply; it is marked so it is not retried forever.
                log.error(
                    "reply_failed",
                    folder=folder,
                    uid=message.uid,
                    message_id=message.headers.message_id,
                    error=repr(exc),
                    fix="run `followupd debrief parse` on the message and report it",
                )
                with self.store.transaction():
                    self.store.mark_processed(
                        message.headers.message_id,
                        folder=folder,
                        uid=message.uid,
                        outcome=f"failed: {type(exc).__name__}",
                        now=now,
                    )
                outcomes.append(Outcome(message.headers.message_id, f"failed:{type(exc).__name__}"))
        with self.store.transaction():
            self.store.save_mailbox_cursor(folder, cursor.uidvalidity, cursor.last_uid, cursor.highestmodseq)
        return outcomes

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
