"""Approval replies: the user's reply to an approval email, applied to that interview's notes all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from followupd.adapters.store.db import NoteRow
from followupd.domain.approvals import Verb, parse_approval
from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.workflows.plan import MailKind, Subject, SubjectKind
from followupd.errors import UserError
from followupd.services.drafts import Drafts

if TYPE_CHECKING:
    from followupd.services.references import References

__all__ = ["APPROVAL_PURPOSE", "Approvals", "ReplyResult"]

# The approval emails, by the purpose of the notes they list: "approve" with no numbers in a reply to one of
# them approves those notes only (a heads-up's approval does not also approve waiting thank-you notes).
APPROVAL_PURPOSE: dict[str, NotePurpose] = {
    MailKind.thanks_approval.value: NotePurpose.thanks,
    MailKind.followup_reminder.value: NotePurpose.check_in,
    MailKind.references_approval.value: NotePurpose.heads_up,
}


@dataclass(frozen=True)
class ReplyResult:
    """What an approval reply did: the sentence to answer her with, and whether anything changed."""

    changed: bool
    answer: str


class Approvals:
    def __init__(self, *, drafts: Drafts, references: References | None = None) -> None:
        self.drafts = drafts
        self.references = references

    def apply_reply(
        self, interview_id: int, own_text: str, *, now: datetime, purpose: NotePurpose | None = None
    ) -> ReplyResult:
        """Apply the user's reply to an interview's approval email, all or nothing. `own_text` is her own new
        text (quotes stripped); the caller has already checked that it is hers and in that thread. Numbers name
        any of the interview's notes (they are numbered across purposes); a command without numbers applies to
        the notes of `purpose` (the kind of approval email she answered), or to all when that is not known."""
        notes = self.drafts.store.notes(interview_id)
        configured = len(self.drafts.settings.references) if self.references is not None else 0
        parsed = parse_approval(
            own_text, count=max((n.number for n in notes), default=0), references=configured
        )
        if not parsed.ok:
            return ReplyResult(False, parsed.problem)
        by_number = {n.number: n for n in notes}
        scope = [n for n in notes if purpose is None or n.purpose is purpose]
        done: list[str] = []
        try:
            with self.drafts.store.all_or_nothing():
                for command in parsed.commands:
                    if command.verb is Verb.refs:
                        done.append(self._refs(interview_id, command.numbers, now=now))
                        continue
                    targets = [by_number[n] for n in command.numbers] if command.numbers else scope
                    for note in targets:
                        done.append(
                            self._reply_command(
                                command.verb, note, command.text, now=now, every=not command.numbers
                            )
                        )
        except UserError as exc:
            return ReplyResult(False, f"Nothing was changed: {exc.render()}")
        return ReplyResult(True, "; ".join(d for d in done if d) or "Nothing to change.")

    def on_reply(
        self,
        interview_id: int,
        own_text: str,
        *,
        reply_message_id: str,
        now: datetime,
        answered_kind: str = "",
    ) -> ReplyResult:
        """An approval reply, checked by the caller to be hers and in this interview's approval thread: apply it
        (all or nothing) and queue one confirmation in that thread saying what was done and when notes leave,
        or what was understood and what to write instead. Call it inside the transaction that marks the reply
        processed; a repeated reply (same Message-ID) queues no second confirmation."""
        with self.drafts.store.transaction():
            result = self.apply_reply(
                interview_id, own_text, now=now, purpose=APPROVAL_PURPOSE.get(answered_kind)
            )
            interview = self.drafts.store.interview(interview_id)
            if interview is None:
                raise KeyError(interview_id)
            self.drafts.outbox.queue_to_self(
                interview,
                MailKind.thanks_confirmation,
                f"thanks_confirmation:{reply_message_id}",
                now=now,
                context={
                    "changed": result.changed,
                    "answer": result.answer,
                    "leaving": self._leaving(interview_id),
                },
                in_reply_to=reply_message_id,
                references=(reply_message_id,),
            )
        return result

    def _leaving(self, interview_id: int) -> list[str]:
        """One line per approved note: to whom, and the earliest it can leave (undo time, then the window)."""
        lines = []
        zone = ZoneInfo(self.drafts.settings.account.timezone)
        for note in self.drafts.store.notes(interview_id):
            if note.status in (OutboxStatus.approved, OutboxStatus.pending):
                timers = self.drafts.store.timers(Subject(SubjectKind.draft, note.outbox_id).key)
                earliest = self.drafts.note_opening(
                    note, max([note.not_before, *(due for _k, _s, due in timers)])
                )
                lines.append(
                    f"{note.number}. to {note.email}: from {earliest.astimezone(zone):%a %d %b %H:%M}"
                )
        return lines

    def _refs(self, interview_id: int, numbers: tuple[int, ...], *, now: datetime) -> str:
        """ "refs" / "refs R1 R3": heads-ups drafted now, listed in their own approval email."""
        assert self.references is not None
        result = self.references.notify(interview_id, now=now, only=numbers)
        parts = []
        if result.notes:
            names = ", ".join(f"{n.number}. {n.name}" for n in result.notes)
            parts.append(
                f"heads-ups drafted ({names}): approve them in reply to the email"
                f' "Heads-ups for your references"'
            )
        if result.already_told:
            parts.append(result.left_out(interview_id))
        return "; ".join(parts)

    def _reply_command(self, verb: Verb, note: NoteRow, text: str, *, now: datetime, every: bool) -> str:
        current = self.drafts.get(note.outbox_id)
        if verb is Verb.approve:
            if every and (current.status is not OutboxStatus.drafted or not current.email):
                return (
                    f"note {note.number} left as it is ({current.status.value})"
                    if current.email
                    else f"note {note.number}: no address yet"
                )
            self.drafts.approve(note.outbox_id, now=now)
            return f"note {note.number} to {current.email} approved"
        if verb is Verb.skip:
            self.drafts.discard(note.outbox_id, now=now)
            return f"note {note.number} discarded"
        if verb is Verb.edit:
            self.drafts.edit(note.outbox_id, text, now=now)
            return f"note {note.number} edited (approve it to send)"
        if verb is Verb.address:
            self.drafts.set_address(note.outbox_id, text, now=now)
            return f"note {note.number} now goes to {text}"
        if current.status in (OutboxStatus.approved, OutboxStatus.pending):
            self.drafts.hold(note.outbox_id, now=now)
            return f"note {note.number} held back as a draft"
        return ""
