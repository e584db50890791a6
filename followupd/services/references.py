"""Reference heads-ups: deciding and drafting them, telling each reference at most once per company, and the list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.store.db import NoteRow, Store
from followupd.adapters.store.history import HistoryRow, add_heads_up, history
from followupd.compose.composer import Composer
from followupd.config.settings import Settings
from followupd.domain import headsup
from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.models import Interview, Person, ReferencesState
from followupd.domain.policy import ReferenceSettings
from followupd.domain.workflows import references as track
from followupd.domain.workflows.plan import MailKind, Plan
from followupd.errors import UserError
from followupd.services.drafts import Drafted, Drafts

__all__ = ["Notified", "ReferenceView", "References"]

log = structlog.get_logger("followupd.references")

# A heads-up counts as asked once it left or is on its way; a draft nobody decided on yet is only "open".
_COUNTS = frozenset(
    {
        OutboxStatus.approved,
        OutboxStatus.pending,
        OutboxStatus.sending,
        OutboxStatus.sent,
        OutboxStatus.sent_by_user,
        OutboxStatus.uncertain,
    }
)


@dataclass(frozen=True)
class ReferenceView:
    """One configured reference as `followupd references` shows it."""

    number: int  # R1, R2 ... in config order
    name: str
    email: str
    relationship: str
    recent: int  # heads-ups that count, in the last 30 days
    max_per_month: int
    last_asked: datetime | None
    companies: tuple[str, ...]


@dataclass(frozen=True)
class Notified:
    """What drafting heads-ups did: the notes drafted, the references left out (already told), the flags."""

    notes: tuple[NoteRow, ...]
    already_told: tuple[str, ...]
    flags: tuple[str, ...]
    company: str

    def left_out(self, interview_id: int) -> str:
        """The sentence for the references left out, "" when none was."""
        if not self.already_told:
            return ""
        return (
            f"{', '.join(self.already_told)}: already told about {self.company}, or a heads-up waits for your"
            f" approval (`followupd references notify {interview_id} --force` drafts one again)"
        )


def _asked(rows: Sequence[HistoryRow]) -> list[track.Asked]:
    return [
        track.Asked(
            email=r.email,
            company=r.company,
            at=r.sent_at or r.at,
            counts=r.status in _COUNTS,
            open=r.status is OutboxStatus.drafted,
        )
        for r in rows
    ]


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _flag(choice: track.Choice) -> str:
    times = "once" if choice.recent == 1 else f"{choice.recent} times"
    limit = choice.reference.max_per_month
    return (
        f"R{choice.number} {choice.reference.name} was asked {times} in the last 30 days"
        f" (max_per_month = {limit})"
    )


class References:
    def __init__(self, *, settings: Settings, store: Store, composer: Composer, drafts: Drafts) -> None:
        self.settings = settings
        self.store = store
        self.composer = composer
        self.drafts = drafts

    # --- deciding on its own (after a debrief) ---------------------------------------------------------------
    def texts(self, interview: Interview) -> list[str]:
        """Where "references" or "final round" may be said: her text answers, her free notes, the event title."""
        stored = self.store.answers(interview.id)
        answers = [text for qid, (text, _v, _via) in stored.items() if qid not in ("want_job", "rating")]
        notes = [str(row["free_notes"]) for row in self.store.replies(interview.id)]
        return [*answers, *notes, interview.summary]

    def decide(self, interview: Interview, *, now: datetime) -> Plan:
        stored = self.store.answers(interview.id)
        want_job = str(stored["want_job"][1] or "") if "want_job" in stored else None
        return track.on_debriefed(
            interview,
            now=now,
            want_job=want_job,
            texts=self.texts(interview),
            when=self.settings.heads_up.when,
            configured=len(self.settings.references),
        )

    # --- drafting ----------------------------------------------------------------------------------------------
    def company(self, interview: Interview) -> str:
        return track.company_key(interview.company, [p.email for p in interview.interviewers])

    def draft(
        self, interview: Interview, *, now: datetime, force: bool = False, only: Sequence[int] = ()
    ) -> Notified:
        """Draft a heads-up per chosen reference (inside the caller's transaction): the notes, their history rows,
        and the approval email in the debrief's thread with a flag for each reference asked often lately."""
        company = self.company(interview)
        rows = history(self.store)
        choices = track.choose(
            self.settings.references, _asked(rows), company=company, now=now, force=force, only=only
        )
        chosen = {c.reference.email for c in choices}
        told = tuple(
            r.name
            for i, r in enumerate(self.settings.references, start=1)
            if (not only or i in only) and r.email not in chosen
        )
        answers = self.drafts.answers_for(interview.id)
        hear_back = _day(self.store.answers(interview.id).get("hear_back", ("", None, ""))[1])
        today = now.astimezone(ZoneInfo(self.settings.account.timezone)).date()
        drafted = [
            Drafted(
                Person(c.reference.name, c.reference.email),
                headsup.subject(interview.company, interview.role),
                self._body(interview, c.reference, answers=answers, hear_back=hear_back, today=today),
            )
            for c in choices
        ]
        ids = self.drafts.add(interview, NotePurpose.heads_up, drafted, now=now)
        for choice, note_id in zip(choices, ids, strict=True):
            add_heads_up(
                self.store,
                note_id=note_id,
                email=choice.reference.email,
                company=company,
                interview_id=interview.id,
                at=now,
            )
            if choice.reference.auto_send and not choice.flagged:
                self.drafts.approve_drafted(note_id, now=now)
        flags = tuple(_flag(c) for c in choices if c.flagged)
        if ids:
            self.drafts.queue_approval(
                interview,
                NotePurpose.heads_up,
                MailKind.references_approval,
                now=now,
                extra={"flags": list(flags)},
            )
            self.drafts.track(interview.id, now=now)
        else:
            self._nothing_drafted(interview, now=now)
        log.info("heads_ups_drafted", interview=interview.id, notes=len(ids), flagged=len(flags))
        notes = tuple(n for n in self.store.notes(interview.id) if n.outbox_id in ids)
        return Notified(notes, told, flags, interview.company or company)

    def _nothing_drafted(self, interview: Interview, *, now: datetime) -> None:
        """Every reference already knows about this company (or none is configured): the track says told when
        they all were told, else it goes back to where it was before this decision."""
        current = self.store.interview(interview.id)
        if current is None or self.store.notes(interview.id, purpose=NotePurpose.heads_up):
            return
        company = self.company(current)
        knows = {r.email for r in history(self.store) if r.company == company and r.status in _COUNTS}
        everyone = bool(self.settings.references) and all(r.email in knows for r in self.settings.references)
        state = ReferencesState.told if everyone else ReferencesState.not_started
        if current.tracks.references is not state:
            updated = replace(current, tracks=replace(current.tracks, references=state))
            self.store.save_interview(updated, now=now)

    def _body(
        self,
        interview: Interview,
        reference: ReferenceSettings,
        *,
        answers: dict[str, str],
        hear_back: date | None,
        today: date,
    ) -> str:
        plan = headsup.plan_heads_up(
            interview,
            reference,
            own_addresses=self.settings.account.addresses,
            answers=answers,
            hear_back=hear_back,
            today=today,
        )
        context = {
            "greeting_name": plan.greeting_name,
            "company": plan.company,
            "role": plan.role,
            "callers": list(plan.callers),
            "timing": plan.timing.value,
            "speaks_to": plan.speaks_to,
            "role_words": plan.role_words,
            "went_well": plan.went_well,
        }
        return self.composer.note_text(self.settings.heads_up.language, context, template="heads_up")

    # --- on demand: the CLI, the review page, "refs" in a reply ---------------------------------------------------
    def numbers(self, names: Sequence[str]) -> tuple[int, ...]:
        """The R numbers of the references named (case-blind name or address); an unknown name is an error."""
        found: list[int] = []
        for name in names:
            wanted = " ".join(name.split()).lower()
            hits = [
                i
                for i, r in enumerate(self.settings.references, start=1)
                if wanted in (" ".join(r.name.split()).lower(), r.email.lower())
            ]
            if not hits:
                known = ", ".join(r.name for r in self.settings.references) or "none"
                raise UserError(
                    f"no reference named {name!r} (configured: {known})",
                    fix="give a name or address from [[references]] in the config",
                )
            found.extend(hits)
        return tuple(sorted(set(found)))

    def notify(
        self, interview_id: int, *, now: datetime, force: bool = False, only: Sequence[int] = ()
    ) -> Notified:
        """Draft heads-ups now for one interview (all references, or those numbered), in one transaction."""
        if not self.settings.references:
            raise UserError(
                "no references are configured",
                fix="add [[references]] entries with name and email to the config",
            )
        wrong = [n for n in only if not 1 <= n <= len(self.settings.references)]
        if wrong:
            raise UserError(
                f"there is no reference R{wrong[0]} (the config lists R1 to R{len(self.settings.references)})"
            )
        with self.store.transaction():
            interview = self.store.interview(interview_id)
            if interview is None:
                raise UserError(
                    f"no interview with id {interview_id}", fix="`followupd interviews list` shows the ids"
                )
            if not interview.active:
                raise UserError(
                    f"interview {interview_id} is {interview.lifecycle.value}: nothing is drafted"
                )
            return self.draft(interview, now=now, force=force, only=only)

    # --- the list ----------------------------------------------------------------------------------------------
    def list(self, *, now: datetime) -> list[ReferenceView]:
        rows = history(self.store)
        views: list[ReferenceView] = []
        for number, reference in enumerate(self.settings.references, start=1):
            mine = [r for r in rows if r.email == reference.email.lower() and r.status in _COUNTS]
            recent = [r for r in mine if now - (r.sent_at or r.at) <= track.WINDOW]
            companies = tuple(dict.fromkeys(r.company for r in mine if r.company))
            views.append(
                ReferenceView(
                    number=number,
                    name=reference.name,
                    email=reference.email,
                    relationship=reference.relationship,
                    recent=len(recent),
                    max_per_month=reference.max_per_month,
                    last_asked=max((r.sent_at or r.at for r in mine), default=None),
                    companies=companies,
                )
            )
        return views

    def flagged_notes(self, *, now: datetime) -> dict[int, str]:
        """Open heads-ups whose reference was asked max_per_month times or more lately: note id -> the flag."""
        limits = {r.email.lower(): r for r in self.settings.references}
        counts = {v.email.lower(): v.recent for v in self.list(now=now)}
        flags: dict[int, str] = {}
        for note in self.store.notes(purpose=NotePurpose.heads_up):
            reference = limits.get(note.email.lower())
            if note.status is not OutboxStatus.drafted or reference is None:
                continue
            if counts.get(note.email.lower(), 0) >= reference.max_per_month:
                flags[note.outbox_id] = (
                    f"{reference.name} was asked {counts[note.email.lower()]} times in 30 days"
                )
        return flags
