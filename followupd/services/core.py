"""The service: loads state, asks the engine, commits state and effects in one transaction, then runs effects."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.mail.mime import message_id_for
from followupd.adapters.store.db import OutboxRow, Store
from followupd.compose.composer import Composer, new_token, retry_delay
from followupd.config.settings import Settings
from followupd.domain.models import CalendarEvent, Detection, Interview
from followupd.domain.schedule import after_quiet_hours
from followupd.domain.workflows import debrief as engine
from followupd.domain.workflows.debrief import CancelTimer, MailKind, Plan, QueueMail, SetTimer, TimerKind
from followupd.errors import Permanent, Transient
from followupd.services import faults

__all__ = ["CalendarChanges", "Service", "SyncReport"]

log = structlog.get_logger("followupd.service")
_UID = re.compile(r"^UID[;:][^\r\n]*?:?([^:\r\n]+)\r?$", re.MULTILINE)

# How far into the future calendars are read; interviews are rarely booked further ahead.
LOOKAHEAD = timedelta(days=60)


@dataclass(frozen=True)
class CalendarChanges:
    """What a calendar source reported: the source adapters' SyncResult, in the shape the service needs."""

    changed: dict[str, str]
    deleted: frozenset[str]
    cursor: dict[str, object]
    full: bool


@dataclass
class SyncReport:
    detected: int = 0
    changed: int = 0
    withdrawn: int = 0
    problems: list[str] = field(default_factory=list)


Parser = Callable[..., object]
Detector = Callable[..., Detection]


class Service:
    """Everything followupd does to its state, one transaction per decision; I/O is passed in by the daemon."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        composer: Composer,
        *,
        parse_calendar: Parser | None = None,
        detect: Detector | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.composer = composer
        if parse_calendar is None:
            from followupd.adapters.calendar.ical import parse_calendar as parse_calendar
        if detect is None:
            from followupd.domain.detect import detect as detect
        self._parse_calendar = parse_calendar
        self._detect = detect
        install_id = store.meta("install_id")
        if install_id is None:
            with store.transaction():
                install_id = new_token()
                store.set_meta("install_id", install_id)
        self.install_id = install_id

    # --- calendars -------------------------------------------------------------------------------------
    def window(self, now: datetime) -> tuple[datetime, datetime]:
        """Occurrences read from calendars: from what could still be debriefed to LOOKAHEAD ahead."""
        back = self.settings.debrief.max_lateness + self.settings.debrief.delay + timedelta(days=1)
        return now - back, now + LOOKAHEAD

    def detect(self, event: CalendarEvent) -> Detection:
        return self._detect(
            event, rules=self.settings.interviews, own_addresses=self.settings.account.addresses
        )

    def parse(self, source: str, text: str, now: datetime) -> tuple[list[CalendarEvent], list[str]]:
        result = self._parse_calendar(
            text,
            source=source,
            user_tz=self.settings.account.timezone,
            window=self.window(now),
            calendar_name=source,
        )
        return list(result.events), list(result.problems)  # type: ignore[attr-defined]

    def apply_calendar(self, source: str, changes: CalendarChanges, *, now: datetime) -> SyncReport:
        """Bring interviews in line with what a source reported; one transaction, cursor saved with it."""
        report = SyncReport()
        start, end = self.window(now)
        with self.store.transaction():
            known = self.store.calendar_objects(source)
            gone = set(changes.deleted)
            if changes.full:
                gone |= set(known) - set(changes.changed)
            for href in sorted(gone):
                uid = known.get(href)
                self.store.set_calendar_object(source, href, None)
                if uid is None or uid in {known.get(h) for h in changes.changed}:
                    continue
                for interview in self.store.interviews(source=source, uid=uid):
                    report.withdrawn += self.apply(interview, engine.on_event_gone(interview), now=now)
            for href, text in changes.changed.items():
                try:
                    events, problems = self.parse(source, text, now)
                except Exception as exc:  # a parser bug must not stop the rest of the calendar
                    problems, events = [f"calendar {source!r}: object {href} skipped: {exc!r}"], []
                for problem in problems:
                    log.warning("calendar_problem", source=source, href=href, problem=problem)
                report.problems.extend(problems)
                uids = {e.uid for e in events} or {m.group(1).strip() for m in _UID.finditer(text)}
                self.store.set_calendar_object(source, href, next(iter(sorted(uids)), ""))
                seen = set()
                for event in events:
                    seen.add(event.key)
                    existing = self.store.interview_by_key(*event.key)
                    plan = engine.on_event(existing, event, self.detect(event), debrief=self.settings.debrief)
                    if plan.interview is not None:
                        report.detected += existing is None
                        report.changed += existing is not None
                    self.apply(existing, plan, now=now)
                for uid in uids:  # occurrences that left their series (EXDATE, shortened RRULE)
                    for interview in self.store.interviews(source=source, uid=uid):
                        key = (interview.source, interview.uid, interview.recurrence_id)
                        if key not in seen and start <= interview.start <= end:
                            report.withdrawn += self.apply(
                                interview, engine.on_event_gone(interview), now=now
                            )
            self.store.save_calendar_cursor(source, dict(changes.cursor))
        if report.detected or report.changed or report.withdrawn:
            log.info(
                "calendar_synced",
                source=source,
                detected=report.detected,
                changed=report.changed,
                withdrawn=report.withdrawn,
            )
        return report

    # --- timers ----------------------------------------------------------------------------------------
    def fire_due_timers(self, *, now: datetime) -> int:
        fired = 0
        for kind, interview_id, _due in self.store.due_timers(now):
            with self.store.transaction():
                interview = self.store.interview(interview_id)
                if interview is None:
                    self.store.cancel_timer(kind, interview_id)
                    continue
                answered = bool(self.store.answers(interview_id))
                plan = engine.on_timer(
                    interview, TimerKind(kind), now=now, debrief=self.settings.debrief, answered=answered
                )
                self.apply(interview, plan, now=now)
                fired += 1
        return fired

    # --- applying plans --------------------------------------------------------------------------------
    def apply(self, existing: Interview | None, plan: Plan, *, now: datetime) -> int:
        """Save the plan's interview and carry out its state effects inside the caller's transaction."""
        if plan.interview is None and not plan.effects:
            return 0
        with self.store.transaction():
            interview = plan.interview or existing
            assert interview is not None
            if plan.interview is not None:
                interview_id = self.store.save_interview(
                    plan.interview, now=now, token=None if plan.interview.id else new_token()
                )
                interview = replace(plan.interview, id=interview_id)
            for effect in plan.effects:
                if isinstance(effect, SetTimer):
                    self.store.set_timer(effect.kind.value, interview.id, effect.due)
                elif isinstance(effect, CancelTimer):
                    self.store.cancel_timer(effect.kind.value, interview.id)
                elif isinstance(effect, QueueMail):
                    self.queue_to_self(interview, effect.kind, effect.key, now=now)
        if plan.note:
            log.info(
                "interview_" + plan.note.replace(" ", "_"),
                interview=interview.id,
                company=interview.company,
                role=interview.role,
                start=interview.start.isoformat(),
            )
        return 1

    def queue_to_self(
        self,
        interview: Interview,
        kind: MailKind,
        key: str,
        *,
        now: datetime,
        context: dict[str, object] | None = None,
        in_reply_to: str | None = None,
        references: tuple[str, ...] = (),
    ) -> bool:
        """Render and queue a message to the user; the dedupe key makes a repeated decision a no-op."""
        row_id = self.store.next_outbox_id()
        domain = self.settings.account.address.rsplit("@", 1)[1]
        message_id = message_id_for(kind=kind.value, row_id=row_id, install_id=self.install_id, domain=domain)
        token = self.store.token_of(interview.id)
        subject = self.composer.subject(
            interview,
            token,
            prefix={
                MailKind.debrief: "Debrief",
                MailKind.reminder: "Reminder: Debrief",
                MailKind.confirmation: "Recorded: debrief",
            }[kind],
        )
        if kind is MailKind.confirmation and in_reply_to:
            subject = "Re: " + self.composer.subject(interview, token)
        if kind is MailKind.reminder and not in_reply_to:
            # Thread the reminder under the debrief, so a phone shows them together.
            debrief = self.store.outbox_by_key(f"debrief:{interview.id}")
            if debrief is not None:
                in_reply_to, references = debrief.message_id, (debrief.message_id,)
        not_before = now
        if kind is not MailKind.confirmation:  # a confirmation answers a reply the user just wrote
            schedule = self.settings.schedule
            not_before = after_quiet_hours(
                now, tz=self.settings.account.timezone, start=schedule.quiet_start, end=schedule.quiet_end
            )
        ctx = self.composer.context(interview, now=now) | (context or {})
        template = "debrief" if kind is MailKind.debrief else kind.value
        message = self.composer.to_self(
            kind=template,
            subject=subject,
            context=ctx,
            message_id=message_id,
            now=now,
            in_reply_to=in_reply_to,
            references=references,
        )
        return self.store.queue(
            kind=kind.value,
            interview_id=interview.id,
            dedupe_key=key,
            message_id=message_id,
            recipients=(self.settings.account.address,),
            subject=subject,
            raw=message.as_bytes(),
            not_before=not_before,
            now=now,
        )

    # --- answers ---------------------------------------------------------------------------------------
    def record_answers(
        self,
        interview_id: int,
        answers: list[tuple[str, str, object]],
        *,
        via: str,
        now: datetime,
        reply_id: int | None = None,
        replied: bool = False,
    ) -> int:
        """Save answers (question_id, text, JSON-able parsed value); later answers replace earlier ones, answers
        not given are kept. Moves the interview to debriefed (also when `replied` with free notes only).
        Call inside a transaction to add more to it."""
        known = {q.id for q in self.settings.questionnaire.questions}
        saved = 0
        with self.store.transaction():
            interview = self.store.interview(interview_id)
            if interview is None:
                raise KeyError(interview_id)
            for question_id, text, value in answers:
                if question_id not in known or not text.strip():
                    continue
                self.store.save_answer(
                    interview_id, question_id, text.strip(), value, via=via, reply_id=reply_id, now=now
                )
                saved += 1
            if saved or replied:
                self.apply(interview, engine.on_answers(interview), now=now)
        return saved

    # --- sending ---------------------------------------------------------------------------------------
    async def send_due(
        self, *, now: datetime, send: Callable[[EmailMessage, tuple[str, ...]], Awaitable[None]]
    ) -> int:
        """Send every pending message whose time has come; each leaves at most once (see settle_unknown)."""
        sent = 0
        for row in self.store.outbox(status="pending", due=now):
            with self.store.transaction():
                current = self.store.outbox_row(row.id)
                if current is None or current.status != "pending":
                    continue
                self.store.mark_outbox(row.id, "sending", now=now)
            faults.point("after_sending_mark")
            try:
                await send(_parse_raw(row.raw), row.recipients)
                faults.point("after_smtp_accept")
            except Transient as exc:
                attempts = row.attempts + 1
                with self.store.transaction():
                    self.store.mark_outbox(
                        row.id, "pending", now=now, error=str(exc), not_before=now + retry_delay(attempts)
                    )
                log.warning("send_deferred", outbox=row.id, kind=row.kind, error=str(exc), attempts=attempts)
                continue
            except Permanent as exc:
                with self.store.transaction():
                    self.store.mark_outbox(row.id, "failed", now=now, error=str(exc))
                log.error("send_failed", outbox=row.id, kind=row.kind, error=str(exc), fix=exc.fix)
                continue
            except Exception as exc:
                # A bug, not the server: the message may or may not have left, so it is never retried blindly.
                with self.store.transaction():
                    self.store.mark_outbox(
                        row.id, "failed", now=now, error=f"unexpected {type(exc).__name__}"
                    )
                log.exception("send_failed_unexpectedly", outbox=row.id, kind=row.kind)
                continue
            with self.store.transaction():
                self.store.mark_outbox(row.id, "sent", now=now)
            log.info("sent", outbox=row.id, kind=row.kind, message_id=row.message_id)
            sent += 1
        return sent

    def unsettled(self, *, now: datetime | None = None) -> list[OutboxRow]:
        """Rows whose send started but whose outcome was never recorded (the daemon died mid-SMTP).

        With `now`, only those whose attempt began at least `mailbox.settle_after` ago: a message the SMTP
        server accepted can take a while to reach the INBOX, and looking too early would send it again.
        """
        rows = self.store.outbox(status="sending")
        if now is None:
            return rows
        grace = self.settings.settle_after
        return [r for r in rows if r.attempted_at is None or now - r.attempted_at >= grace]

    def settle(self, row: OutboxRow, *, delivered: bool, now: datetime) -> None:
        """Record the outcome of an unsettled row, found (or not) by its Message-ID on the server."""
        with self.store.transaction():
            self.store.mark_outbox(
                row.id,
                "sent" if delivered else "pending",
                now=now,
                error="" if delivered else "outcome unknown after restart; not found, resending",
            )
        log.info("send_settled", outbox=row.id, kind=row.kind, found=delivered)

    def next_wakeup(self) -> datetime | None:
        return self.store.next_wakeup()


def _parse_raw(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.SMTP).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def utcnow() -> datetime:
    return datetime.now(UTC)


def local(dt: datetime, tz: str) -> datetime:
    return dt.astimezone(ZoneInfo(tz))
