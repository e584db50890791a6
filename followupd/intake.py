"""Debrief intake by mail: which messages are the user's replies, and recording what they say."""

from __future__ import annotations

import asyncio
import email.utils
import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.parser import BytesParser
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.imap import FetchedMessage, Headers, MailboxCursor
from followupd.domain.engine import MailKind
from followupd.domain.replies import ParsedReply, parse_reply, value_to_json
from followupd.service import Service

if TYPE_CHECKING:
    from followupd.daemon import Daemon

__all__ = ["Intake", "catch_up_once", "start_watcher"]

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
            recorded = self.service.record_answers(
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
        self.service.queue_to_self(
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


def _on_loop(loop: asyncio.AbstractEventLoop, func: Any, *args: Any) -> Any:
    """Run func on the event loop's thread and wait: SQLite and the service belong to that thread."""

    async def call() -> Any:
        return func(*args)

    return asyncio.run_coroutine_threadsafe(call(), loop).result()


def start_watcher(daemon: Daemon, loop: asyncio.AbstractEventLoop) -> Any:
    from followupd.adapters.imap_watch import MailboxWatcher

    intake = Intake(daemon.service)

    def on_messages(folder: str, messages: list[FetchedMessage], cursor: MailboxCursor) -> None:
        outcomes = _on_loop(loop, lambda: intake.on_messages(folder, messages, cursor, now=datetime.now(UTC)))
        if any(o.outcome == "recorded" for o in outcomes):
            loop.call_soon_threadsafe(daemon.wake.set)
        done = [m.uid for m, o in zip(messages, outcomes, strict=True) if o.outcome == "recorded"]
        if done:
            daemon.mark_done_later(folder, done)

    assert daemon.imap_creds is not None
    watcher = MailboxWatcher(
        server=daemon.settings.imap,
        creds=daemon.imap_creds,
        folders=daemon.settings.watch_folders,
        load_cursor=lambda folder: _on_loop(loop, intake.load_cursor, folder),
        on_messages=on_messages,
        wants=lambda headers: bool(_on_loop(loop, intake.wants, headers)),
        since=first_scan_since(datetime.now(UTC)),
        poll_interval=daemon.settings.poll_interval.total_seconds(),
    )
    watcher.start()
    return watcher


async def catch_up_once(daemon: Daemon) -> list[Outcome]:
    """One catch-up of every watched folder (for `run --once`): the same path as the watcher, without IDLE."""
    from followupd.adapters import imap

    intake = Intake(daemon.service)
    loop = asyncio.get_running_loop()
    outcomes: list[Outcome] = []

    def work() -> None:
        assert daemon.imap_creds is not None
        client = imap.connect(daemon.settings.imap, daemon.imap_creds)
        try:
            for folder in daemon.settings.watch_folders:
                cursor = _on_loop(loop, intake.load_cursor, folder)
                messages, new_cursor = imap.fetch_new(
                    client,
                    folder=folder,
                    cursor=cursor,
                    since=first_scan_since(datetime.now(UTC)),
                    wants=lambda h: bool(_on_loop(loop, intake.wants, h)),
                )
                got = _on_loop(
                    loop,
                    functools.partial(
                        intake.on_messages, folder, messages, new_cursor, now=datetime.now(UTC)
                    ),
                )
                outcomes.extend(got)
                done = [m.uid for m, o in zip(messages, got, strict=True) if o.outcome == "recorded"]
                if done:
                    mark_done(daemon, client, folder, done)
        finally:
            imap.close_quietly(client) if hasattr(imap, "close_quietly") else client.logout()

    await asyncio.to_thread(work)
    return outcomes


def mark_done(daemon: Daemon, client: Any, folder: str, uids: list[int]) -> None:
    """Flag processed replies $FollowupdDone and move them if configured; nothing is ever deleted."""
    from followupd.adapters import imap

    imap.add_keyword(client, folder, uids)
    if daemon.settings.done_folder:
        imap.move(client, folder, uids, daemon.settings.done_folder)
