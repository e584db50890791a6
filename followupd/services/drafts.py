"""Thank-you notes: drafting them, the user's decisions on each, and their copies in her Drafts and Sent folders."""

from __future__ import annotations

import email.utils
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.mail.drafts import MailDone, MailWork, Watch
from followupd.adapters.store.db import NoteRow, Store
from followupd.compose.composer import Composer
from followupd.config.settings import Settings
from followupd.domain.delivery import Audience, NotePurpose, OutboxStatus
from followupd.domain.models import Interview, Person, ReferencesState, ThanksState
from followupd.domain.notes import Note, plan_notes
from followupd.domain.schedule import next_window_opening, recipient_zone
from followupd.domain.workflows.plan import MailKind, SetTimer, Subject, SubjectKind, TimerKind
from followupd.domain.workflows.thanks import NoteAction, after
from followupd.errors import UserError
from followupd.services.outbox import Outbox

__all__ = ["Drafted", "Drafts"]

log = structlog.get_logger("followupd.drafts")
_OPEN = (OutboxStatus.drafted, OutboxStatus.approved, OutboxStatus.pending)
_DONE = (OutboxStatus.sent, OutboxStatus.sent_by_user, OutboxStatus.discarded)


@dataclass(frozen=True)
class Drafted:
    """One message to a contact as written, before it is stored: who, subject, text; `plain` when it uses
    nothing from the user's answers."""

    person: Person
    subject: str
    body: str
    plain: bool = False


def _subject(interview: Interview) -> str:
    what = interview.role or interview.company or "job"
    return f"Thank you \N{EN DASH} {what} interview"


class Drafts:
    def __init__(self, *, settings: Settings, store: Store, composer: Composer, outbox: Outbox) -> None:
        self.settings = settings
        self.store = store
        self.composer = composer
        self.outbox = outbox

    # --- drafting (inside the transaction that moved the thanks track to drafted) ----------------------------
    def answers_for(self, interview_id: int) -> dict[str, str]:
        """Question id -> her answer's text; want_job as its parsed value (yes / no / unsure)."""
        stored = self.store.answers(interview_id)
        texts = {qid: text for qid, (text, _value, _via) in stored.items()}
        if "want_job" in stored:
            texts["want_job"] = str(stored["want_job"][1] or "")
        return texts

    def create(self, interview: Interview, *, plain: bool, now: datetime) -> int:
        """Draft one note per interviewer (outbox rows in state drafted: their Message-IDs are final now), then
        queue the approval email in the debrief's thread. Returns how many notes were drafted."""
        notes = plan_notes(
            interview,
            own_addresses=self.settings.account.addresses,
            answers=self.answers_for(interview.id),
            plain=plain,
        )
        zone = ZoneInfo(recipient_zone(interview.tzid, self.settings.account.timezone))
        weekday = interview.start.astimezone(zone).weekday()
        subject = _subject(interview)
        drafted = [
            Drafted(note.person, subject, self._body(interview, note, weekday=weekday), plain=plain)
            for note in notes
        ]
        self.add(interview, NotePurpose.thanks, drafted, now=now)
        if self.settings.thank_you.auto_send:
            for row in self.store.notes(interview.id, purpose=NotePurpose.thanks):
                if row.email:
                    self._approve(row, now=now, undo=False)
        if notes:
            references = [
                f"R{i}. {r.name}" + (f" ({r.relationship})" if r.relationship else "")
                for i, r in enumerate(self.settings.references, start=1)
            ]
            self.queue_approval(
                interview,
                NotePurpose.thanks,
                MailKind.thanks_approval,
                now=now,
                extra={"references": references},
            )
        log.info("thanks_drafted", interview=interview.id, notes=len(notes), plain=plain)
        return len(notes)

    def add(
        self, interview: Interview, purpose: NotePurpose, drafted: Sequence[Drafted], *, now: datetime
    ) -> list[int]:
        """Store drafted messages to contacts (outbox rows in state drafted: their Message-IDs are final now),
        numbered after the interview's earlier notes of any purpose. Inside the caller's transaction; returns
        the new notes' ids. Approval, the Drafts folder, the window and sending are then the same for all."""
        ids: list[int] = []
        number = self.store.next_note_number(interview.id)
        for item in drafted:
            message_id = self.outbox.next_message_id(purpose.value)
            raw = self.composer.note_message(
                to=(item.person,), subject=item.subject, text=item.body, message_id=message_id, now=now
            ).as_bytes()
            key = f"{purpose.value}:{interview.id}:{number}"
            self.store.queue(
                kind=purpose.value,
                interview_id=interview.id,
                dedupe_key=key,
                message_id=message_id,
                recipients=(item.person.email,) if item.person.email else (),
                subject=item.subject,
                raw=raw,
                not_before=now,
                now=now,
                audience=Audience.contact,
                status=OutboxStatus.drafted,
            )
            row = self.store.outbox_by_key(key)
            assert row is not None
            self.store.add_note(
                outbox_id=row.id,
                interview_id=interview.id,
                number=number,
                name=item.person.name,
                email=item.person.email,
                body=item.body,
                plain=item.plain,
                purpose=purpose,
            )
            ids.append(row.id)
            number += 1
        return ids

    def _body(self, interview: Interview, note: Note, *, weekday: int | None) -> str:
        context = {
            "greeting_name": note.greeting_name,
            "weekday": weekday,
            "role": interview.role,
            "company": interview.company,
            "point": {"kind": note.point.kind.value, "text": note.point.text} if note.point else None,
            "interested": note.interested,
        }
        return self.composer.note_text(self.settings.thank_you.language, context)

    def queue_approval(
        self,
        interview: Interview,
        purpose: NotePurpose,
        kind: MailKind,
        *,
        now: datetime,
        extra: Mapping[str, object] | None = None,
        key: str | None = None,
        subject: str | None = None,
    ) -> None:
        """One email to the user, in the debrief's thread, listing the interview's drafts of this purpose with
        the ways to approve them; `kind` picks its template, `extra` adds to the template's context; `key`
        (the outbox's dedupe key) and `subject` replace the ones derived from the kind."""
        debrief = self.store.outbox_by_key(f"debrief:{interview.id}")
        rows = [n for n in self.store.notes(interview.id, purpose=purpose) if n.status in _OPEN]
        schedule = self.settings.schedule
        context = {
            "notes": [
                {
                    "id": n.outbox_id,
                    "number": n.number,
                    "name": n.name,
                    "email": n.email,
                    "to": email.utils.formataddr((n.name, n.email)) if n.name else n.email,
                    "subject": n.subject,
                    "body": n.body.rstrip(),
                }
                for n in rows
            ],
            "auto_send": self.settings.thank_you.auto_send,
            "review_link": self.composer.review_link(interview, now=now),
            "leaves_at": "",
            "undo_after": _duration(self.settings.thank_you.undo_after.total_seconds()),
            "window": f"{schedule.window_start:%H:%M}-{schedule.window_end:%H:%M}",
            **(extra or {}),
        }
        # Keyed by the newest note listed: a later batch (another reference told while the first heads-up still
        # waits) gets an email of its own, and the same batch asked twice gets none.
        newest = max((n.number for n in rows), default=0)
        if key is None:
            key = f"{kind.value}:{interview.id}" + (f":{newest}" if purpose is not NotePurpose.thanks else "")
        self.outbox.queue_to_self(
            interview,
            kind,
            key,
            now=now,
            subject=subject,
            context=context,
            in_reply_to=debrief.message_id if debrief else None,
            references=(debrief.message_id,) if debrief else (),
        )

    # --- the user's decisions ------------------------------------------------------------------------------
    def get(self, note_id: int) -> NoteRow:
        note = self.store.note(note_id)
        if note is None:
            raise UserError(
                f"no thank-you note with id {note_id}", fix="`followupd drafts list` shows the ids"
            )
        return note

    def _check(self, note: NoteRow, action: NoteAction) -> OutboxStatus:
        target = after(note.status, action)
        if target is None:
            what = _CANNOT.get(action, f"be {action.value}d")
            raise UserError(
                f"note {note.outbox_id} is {note.status.value}: {what}",
                fix="`followupd drafts show ID` shows where it is",
            )
        return target

    def _approve(self, note: NoteRow, *, now: datetime, undo: bool = True) -> None:
        if not note.email:
            raise UserError(
                f"note {note.outbox_id} to {note.name} has no address",
                fix=f"`followupd drafts address {note.outbox_id} EMAIL` first",
            )
        self.store.mark_outbox(note.outbox_id, OutboxStatus.approved, now=now)
        self.store.update_note(note.outbox_id, approved_at=now)
        delay = self.settings.thank_you.undo_after if undo else now - now
        subject = Subject(SubjectKind.draft, note.outbox_id)
        timer = SetTimer(TimerKind.thanks_release, now + delay, subject)
        assert timer.subject is not None
        self.store.set_timer(timer.kind.value, timer.subject.key, timer.due)

    def approve_drafted(self, note_id: int, *, now: datetime) -> None:
        """auto_send: approve a note just drafted, with no undo time (inside the drafting transaction)."""
        self._approve(self.get(note_id), now=now, undo=False)

    def approve(self, note_id: int, *, now: datetime) -> NoteRow:
        with self.store.transaction():
            note = self.get(note_id)
            self._check(note, NoteAction.approve)
            self._approve(note, now=now)
            self._track(note.interview_id, now=now)
        return self.get(note_id)

    def send_anyway(self, note_id: int, *, now: datetime) -> NoteRow:
        """An uncertain (or failed) note: she checked, and it should go (again)."""
        with self.store.transaction():
            note = self.get(note_id)
            self._check(note, NoteAction.send_anyway)
            self._approve(note, now=now, undo=False)
            self._track(note.interview_id, now=now)
        return self.get(note_id)

    def release(self, note_id: int, *, now: datetime) -> bool:
        """The undo time is over (a timer): the note becomes pending for the sending window's next opening."""
        note = self.store.note(note_id)
        self.store.cancel_timer(TimerKind.thanks_release.value, Subject(SubjectKind.draft, note_id).key)
        if note is None or after(note.status, NoteAction.release) is None:
            return False
        opening = self.note_opening(note, now)
        self.store.mark_outbox(note_id, OutboxStatus.pending, now=now, not_before=opening)
        log.info("thanks_released", note=note_id, leaves_at=opening.isoformat())
        return True

    def opening(self, interview_id: int, when: datetime) -> datetime:
        """`when`, or the sending window's next opening in the recipient's zone."""
        interview = self.store.interview(interview_id)
        schedule = self.settings.schedule
        return next_window_opening(
            when,
            tz=recipient_zone(interview.tzid if interview else "", self.settings.account.timezone),
            window_start=schedule.window_start,
            window_end=schedule.window_end,
            weekdays=schedule.weekdays,
        )

    def note_opening(self, note: NoteRow, when: datetime) -> datetime:
        """`when`, or the sending window's next opening in the note's recipient's zone: a heads-up's reference's
        own `timezone` when configured, else the user's; any other note the interview's zone (else hers)."""
        if note.purpose is NotePurpose.heads_up:
            zone = next(
                (r.timezone for r in self.settings.references if r.email.lower() == note.email.lower()), ""
            )
            schedule = self.settings.schedule
            return next_window_opening(
                when,
                tz=zone or self.settings.account.timezone,
                window_start=schedule.window_start,
                window_end=schedule.window_end,
                weekdays=schedule.weekdays,
            )
        return self.opening(note.interview_id, when)

    def hold(self, note_id: int, *, now: datetime) -> NoteRow:
        with self.store.transaction():
            note = self.get(note_id)
            target = self._check(note, NoteAction.hold)
            self.store.mark_outbox(note_id, target, now=now)
            self.store.cancel_timer(TimerKind.thanks_release.value, Subject(SubjectKind.draft, note_id).key)
            self._track(note.interview_id, now=now)
        return self.get(note_id)

    def discard(self, note_id: int, *, now: datetime) -> NoteRow:
        with self.store.transaction():
            note = self.get(note_id)
            self._check(note, NoteAction.discard)
            self.store.mark_outbox(note_id, OutboxStatus.discarded, now=now)
            self.store.cancel_timer(TimerKind.thanks_release.value, Subject(SubjectKind.draft, note_id).key)
            self._track(note.interview_id, now=now)
        return self.get(note_id)

    def edit(self, note_id: int, body: str, *, now: datetime, subject: str | None = None) -> NoteRow:
        """New text (and subject, from the review page), same Message-ID; an approved note goes back to a draft,
        to be approved again."""
        if not body.strip():
            raise UserError("the new text is empty", fix="write the note's text, or discard it")
        if subject is not None:
            subject = " ".join(subject.split())  # one header line: no line breaks can reach the message
            if not subject:
                raise UserError("the new subject is empty", fix="write a subject, or keep the one drafted")
        with self.store.transaction():
            note = self.get(note_id)
            target = self._check(note, NoteAction.edit)
            self.store.update_note(note_id, body=body.strip() + "\n")
            edited = self.get(note_id)
            self._rewrite(replace(edited, subject=subject) if subject else edited, now=now)
            self.store.mark_outbox(note_id, target, now=now)
            self.store.cancel_timer(TimerKind.thanks_release.value, Subject(SubjectKind.draft, note_id).key)
            self._track(note.interview_id, now=now)
        return self.get(note_id)

    def set_address(self, note_id: int, address: str, *, now: datetime) -> NoteRow:
        """Add (or correct) the interviewer's address; the note, its Message-ID unchanged, now goes there."""
        address = address.strip().strip("<>").lower()
        if "@" not in address or " " in address:
            raise UserError(f"{address!r} is not an email address")
        with self.store.transaction():
            note = self.get(note_id)
            target = self._check(note, NoteAction.address)
            self.store.update_note(note_id, email=address)
            self._rewrite(self.get(note_id), now=now)
            self.store.mark_outbox(note_id, target, now=now)
        return self.get(note_id)

    def _rewrite(self, note: NoteRow, *, now: datetime) -> None:
        person = Person(note.name, note.email)
        raw = self.composer.note_message(
            to=(person,), subject=note.subject, text=note.body, message_id=note.message_id, now=now
        ).as_bytes()
        recipients = (note.email,) if note.email else ()
        self.store.rewrite_outbox(note.outbox_id, raw=raw, recipients=recipients, subject=note.subject)
        self.store.update_note(note.outbox_id, drafts_dirty=True)

    def track(self, interview_id: int, *, now: datetime) -> None:
        """Bring the interview's tracks in step with its notes (after drafting outside this class)."""
        self._track(interview_id, now=now)

    def _track(self, interview_id: int, *, now: datetime) -> None:
        """The interview's tracks follow their notes (thanks; heads-ups: the references track)."""
        self._thanks_track(interview_id, now=now)
        self._references_track(interview_id, now=now)

    def _references_track(self, interview_id: int, *, now: datetime) -> None:
        """told once a heads-up has left; skipped when every one was discarded; else drafted."""
        interview = self.store.interview(interview_id)
        notes = self.store.notes(interview_id, purpose=NotePurpose.heads_up)
        if interview is None or not notes:
            return
        statuses = {n.status for n in notes}
        if statuses & {OutboxStatus.sent, OutboxStatus.sent_by_user}:
            state = ReferencesState.told
        elif statuses == {OutboxStatus.discarded}:
            state = ReferencesState.skipped
        else:
            state = ReferencesState.drafted
        if interview.tracks.references is not state:
            updated = replace(interview, tracks=replace(interview.tracks, references=state))
            self.store.save_interview(updated, now=now)

    def _thanks_track(self, interview_id: int, *, now: datetime) -> None:
        """The interview's thanks track follows its notes: sent when none is left open, approved when every open
        one is approved, else drafted."""
        interview = self.store.interview(interview_id)
        notes = self.store.notes(interview_id, purpose=NotePurpose.thanks)
        if interview is None or not notes:
            return
        statuses = {n.status for n in notes if n.email or n.status is not OutboxStatus.drafted}
        if statuses <= set(_DONE):
            state = (
                ThanksState.sent
                if statuses & {OutboxStatus.sent, OutboxStatus.sent_by_user}
                else ThanksState.skipped
            )
        elif statuses <= {OutboxStatus.approved, OutboxStatus.pending, OutboxStatus.sending, *_DONE}:
            state = ThanksState.approved
        else:
            state = ThanksState.drafted
        if interview.tracks.thanks is not state:
            updated = replace(interview, tracks=replace(interview.tracks, thanks=state))
            self.store.save_interview(updated, now=now)

    # --- failures and the user's own sending -----------------------------------------------------------------
    def report_failures(self, *, now: datetime) -> int:
        """Tell the user once, by email, about each note the server refused."""
        told = 0
        for note in self.store.notes():
            if note.status is not OutboxStatus.failed or note.reported:
                continue
            interview = self.store.interview(note.interview_id)
            if interview is None:
                continue
            with self.store.transaction():
                self.outbox.queue_to_self(
                    interview,
                    MailKind.thanks_failed,
                    f"thanks_failed:{note.outbox_id}:{note.last_error[:40]}",
                    now=now,
                    context={"id": note.outbox_id, "to": note.email, "error": note.last_error},
                )
                self.store.update_note(note.outbox_id, reported=True)
            told += 1
        return told

    def mail_work(self, *, saves_sent: bool) -> MailWork:
        """What the notes need done in her Drafts and Sent folders."""
        work = MailWork()
        for note in self.store.notes():
            row = self.store.outbox_row(note.outbox_id)
            assert row is not None
            if note.status in _OPEN and note.email and note.drafts_dirty:
                work.put.append((note.outbox_id, note.message_id, row.raw))
            if note.status in _DONE and note.in_drafts:
                work.remove.append((note.outbox_id, note.message_id))
            if note.status is OutboxStatus.sent and not note.filed:
                if saves_sent:
                    self.store.update_note(note.outbox_id, filed=True)
                else:
                    work.file.append((note.outbox_id, note.message_id, row.raw))
            if note.status in _OPEN and note.email:
                work.watch.append(
                    Watch(note.outbox_id, note.message_id, note.email, note.subject, note.created_at)
                )
        return work

    def mail_done(self, done: MailDone, *, now: datetime) -> None:
        with self.store.transaction():
            for note_id in done.put:
                self.store.update_note(note_id, drafts_dirty=False, in_drafts=True)
            for note_id in done.removed:
                self.store.update_note(note_id, in_drafts=False)
            for note_id in done.filed:
                self.store.update_note(note_id, filed=True)
            for note_id in done.sent_by_user:
                note = self.store.note(note_id)
                if note is None or note.status not in _OPEN:
                    continue  # it moved on meanwhile (this process sent it): nothing to record
                self.store.mark_outbox(note_id, OutboxStatus.sent_by_user, now=now)
                self.store.cancel_timer(
                    TimerKind.thanks_release.value, Subject(SubjectKind.draft, note_id).key
                )
                self.store.update_note(note_id, drafts_dirty=False)
                self._track(note.interview_id, now=now)
                log.info("thanks_sent_by_user", note=note_id)

    def after_send(self, *, now: datetime) -> None:
        """Keep each interview's thanks track in step with its notes after sends and settles."""
        with self.store.transaction():
            for interview_id in {n.interview_id for n in self.store.notes()}:
                self._track(interview_id, now=now)


_CANNOT = {
    NoteAction.approve: "only a draft can be approved",
    NoteAction.hold: "only an approved note that has not started sending can be held",
    NoteAction.discard: "a note that is sending or gone cannot be discarded",
    NoteAction.edit: "only a draft or an approved note can be edited",
    NoteAction.address: "only a draft or a refused note can take an address",
    NoteAction.send_anyway: "only an uncertain or failed note is sent anyway",
}


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{int(seconds)} seconds"
    minutes = int(seconds // 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"
