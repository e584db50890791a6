"""The outbox: queue mail as rows, send what is due exactly once, and settle sends whose outcome was lost."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import structlog

from followupd.adapters.mail.mime import message_id_for
from followupd.adapters.mail.smtp import SendResult
from followupd.adapters.store.db import OutboxRow, Store
from followupd.compose.composer import Composer, retry_delay
from followupd.config.settings import Settings
from followupd.domain.delivery import Audience, OutboxStatus, SettleOutcome, settle_unknown
from followupd.domain.models import Interview, Person
from followupd.domain.schedule import after_quiet_hours
from followupd.domain.workflows.plan import MailKind
from followupd.errors import OutcomeUnknown, Permanent, Transient
from followupd.services import faults

__all__ = ["SUBJECT_PREFIX", "Outbox", "Sender"]

log = structlog.get_logger("followupd.outbox")

SUBJECT_PREFIX = {
    MailKind.debrief: "Debrief",
    MailKind.reminder: "Reminder: Debrief",
    MailKind.confirmation: "Recorded: debrief",
    MailKind.thanks_approval: "Thank-you notes to approve",
    MailKind.thanks_failed: "Thank-you note not sent",
    MailKind.thanks_confirmation: "Thank-you notes",
    MailKind.followup_reminder: "No word yet",
    MailKind.references_approval: "Heads-ups for your references",
}


_ANSWERS = frozenset(
    {
        MailKind.confirmation,
        MailKind.thanks_approval,
        MailKind.thanks_failed,
        MailKind.thanks_confirmation,
        MailKind.references_approval,
    }
)

# The SMTP adapter behind a callable: (message, envelope recipients) -> what the server took and refused.
Sender = Callable[[EmailMessage, tuple[str, ...]], Awaitable[SendResult | None]]


class Outbox:
    """Every outgoing message is a row before it leaves; its Message-ID is derived from the row."""

    def __init__(self, *, settings: Settings, store: Store, composer: Composer, install_id: str) -> None:
        self.settings = settings
        self.store = store
        self.composer = composer
        self.install_id = install_id

    def next_message_id(self, kind: str) -> str:
        """The Message-ID of the row about to be queued: derived from the row, so every attempt carries it."""
        domain = self.settings.account.address.rsplit("@", 1)[1]
        row_id = self.store.next_outbox_id()
        return message_id_for(kind=kind, row_id=row_id, install_id=self.install_id, domain=domain)

    # --- queueing ------------------------------------------------------------------------------------------
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
        subject: str | None = None,
    ) -> bool:
        """Render and queue a message to the user; the dedupe key makes a repeated decision a no-op. `subject`
        replaces the one made of the kind's prefix and the interview."""
        if self.store.outbox_by_key(key) is not None:
            return False
        message_id = self.next_message_id(kind.value)
        token = self.store.token_of(interview.id)
        subject = subject or self.composer.subject(interview, token, prefix=SUBJECT_PREFIX[kind])
        if kind in (MailKind.confirmation, MailKind.thanks_confirmation) and in_reply_to:
            subject = "Re: " + self.composer.subject(interview, token)
        if kind is MailKind.reminder and not in_reply_to:
            # Thread the reminder under the debrief, so a phone shows them together.
            debrief = self.store.outbox_by_key(f"debrief:{interview.id}")
            if debrief is not None:
                in_reply_to, references = debrief.message_id, (debrief.message_id,)
        not_before = now
        if kind not in _ANSWERS:  # these answer something the user just did
            schedule = self.settings.schedule
            not_before = after_quiet_hours(
                now, tz=self.settings.account.timezone, start=schedule.quiet_start, end=schedule.quiet_end
            )
        message = self.composer.to_self(
            kind=kind.value,
            subject=subject,
            context=self.composer.context(interview, now=now) | (context or {}),
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
            audience=Audience.user,
        )

    def queue_notice(
        self, kind: MailKind, *, key: str, subject: str, context: dict[str, object], now: datetime
    ) -> bool:
        """Queue mail to the user about no one interview (the digest, a notice), unique by `key`, after quiet
        hours; rendered from the template named after `kind`."""
        if self.store.outbox_by_key(key) is not None:
            return False
        message_id = self.next_message_id(kind.value)
        schedule = self.settings.schedule
        not_before = after_quiet_hours(
            now, tz=self.settings.account.timezone, start=schedule.quiet_start, end=schedule.quiet_end
        )
        message = self.composer.to_self(
            kind=kind.value, subject=subject, context=context, message_id=message_id, now=now
        )
        return self.store.queue(
            kind=kind.value,
            interview_id=None,
            dedupe_key=key,
            message_id=message_id,
            recipients=(self.settings.account.address,),
            subject=subject,
            raw=message.as_bytes(),
            not_before=not_before,
            now=now,
            audience=Audience.user,
        )

    def queue_to_contact(
        self,
        interview: Interview,
        *,
        kind: str,
        key: str,
        to: tuple[Person, ...],
        template: str,
        subject: str,
        context: dict[str, object],
        not_before: datetime,
        now: datetime,
        in_reply_to: str | None = None,
        references: tuple[str, ...] = (),
    ) -> bool:
        """Queue mail the user sends as herself to other people: its envelope is exactly `to`, and a send
        whose outcome is lost is never repeated without her say (see domain.delivery.settle_unknown)."""
        if self.store.outbox_by_key(key) is not None:
            return False
        message_id = self.next_message_id(kind)
        message = self.composer.to_contact(
            template=template,
            to=to,
            subject=subject,
            context=context,
            message_id=message_id,
            now=now,
            in_reply_to=in_reply_to,
            references=references,
        )
        return self.store.queue(
            kind=kind,
            interview_id=interview.id,
            dedupe_key=key,
            message_id=message_id,
            recipients=tuple(p.email for p in to),
            subject=subject,
            raw=message.as_bytes(),
            not_before=not_before,
            now=now,
            audience=Audience.contact,
        )

    # --- sending -------------------------------------------------------------------------------------------
    async def send_due(self, *, now: datetime, send: Sender) -> int:
        """Send every pending message whose time has come; each leaves at most once."""
        sent = 0
        for row in self.store.outbox(status=OutboxStatus.pending, due=now):
            with self.store.transaction():
                current = self.store.outbox_row(row.id)
                if current is None or current.status is not OutboxStatus.pending:
                    continue
                self.store.mark_outbox(row.id, OutboxStatus.sending, now=now)
            faults.point("after_sending_mark", kind=row.kind)
            if await self._send_one(row, send=send, now=now):
                sent += 1
        return sent

    async def _send_one(self, row: OutboxRow, *, send: Sender, now: datetime) -> bool:
        try:
            result = await send(_parse_raw(row.raw), row.recipients)
            faults.point("after_smtp_accept", kind=row.kind)
        except OutcomeUnknown as exc:
            # The message may have been accepted: it stays 'sending' and is settled like a crash, by looking
            # for its Message-ID on the server once settle_after has passed.
            with self.store.transaction():
                self.store.mark_outbox(row.id, OutboxStatus.sending, now=now, error=str(exc))
            log.warning("send_outcome_unknown", outbox=row.id, kind=row.kind, error=str(exc))
            return False
        except Transient as exc:
            attempts = row.attempts + 1
            with self.store.transaction():
                self.store.mark_outbox(
                    row.id,
                    OutboxStatus.pending,
                    now=now,
                    error=str(exc),
                    not_before=now + retry_delay(attempts),
                )
            log.warning("send_deferred", outbox=row.id, kind=row.kind, error=str(exc), attempts=attempts)
            return False
        except Permanent as exc:
            with self.store.transaction():
                self.store.mark_outbox(row.id, OutboxStatus.failed, now=now, error=str(exc))
            log.error("send_failed", outbox=row.id, kind=row.kind, error=str(exc), fix=exc.fix)
            return False
        except Exception as exc:
            # A bug, not the server: the message may or may not have left, so it is never retried blindly.
            with self.store.transaction():
                self.store.mark_outbox(
                    row.id, OutboxStatus.failed, now=now, error=f"unexpected {type(exc).__name__}"
                )
            log.exception("send_failed_unexpectedly", outbox=row.id, kind=row.kind)
            return False
        refused = result.refused if result is not None else ()
        with self.store.transaction():
            if refused:
                # Some recipients took it, so it is never sent again; the refusal is the server's word.
                words = "; ".join(f"{addr}: {reply}" for addr, reply in refused)
                self.store.mark_outbox(row.id, OutboxStatus.failed, now=now, error=f"refused for {words}")
            else:
                self.store.mark_outbox(row.id, OutboxStatus.sent, now=now)
        if refused:
            log.error("send_refused", outbox=row.id, kind=row.kind, refused=len(refused))
            return False
        log.info("sent", outbox=row.id, kind=row.kind, message_id=row.message_id)
        return True

    # --- settling sends whose outcome was lost -------------------------------------------------------------
    def unsettled(self, *, now: datetime | None = None) -> list[OutboxRow]:
        """Rows whose send started but whose outcome was never recorded (a crash, or a cut after DATA).

        With `now`, only those whose attempt began at least `mailbox.settle_after` ago: a message the SMTP
        server accepted can take a while to reach the INBOX, and looking too early would send it again.
        """
        rows = self.store.outbox(status=OutboxStatus.sending)
        if now is None:
            return rows
        grace = self.settings.settle_after
        return [r for r in rows if r.attempted_at is None or now - r.attempted_at >= grace]

    def settle(self, row: OutboxRow, *, found: bool, now: datetime) -> SettleOutcome:
        """Record what the Message-ID search on the server says about an unsettled row."""
        outcome = settle_unknown(audience=row.audience, found=found, resent_before=row.resent_after_unknown)
        with self.store.transaction():
            if outcome is SettleOutcome.sent:
                self.store.mark_outbox(row.id, OutboxStatus.sent, now=now)
            elif outcome is SettleOutcome.resend:
                self.store.mark_outbox(
                    row.id,
                    OutboxStatus.pending,
                    now=now,
                    error="outcome unknown; not found on the server, sending once more",
                    resent_after_unknown=True,
                )
            else:
                self.store.mark_outbox(
                    row.id,
                    OutboxStatus.uncertain,
                    now=now,
                    error="outcome unknown and not found in Sent or the INBOX: it may or may not have left;"
                    " followupd will not send it again on its own",
                )
        log.info("send_settled", outbox=row.id, kind=row.kind, found=found, outcome=outcome.value)
        return outcome


def _parse_raw(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.SMTP).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message
