"""Hear-back follow-ups: the timer from the debrief, the mailbox check that cancels it, the reminder and check-in."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.mail.heard import Heard, HeardQuery
from followupd.adapters.store.db import Store
from followupd.adapters.store.followups import followup_row, save_followup
from followupd.compose.composer import Composer
from followupd.config.settings import Settings
from followupd.domain.company import company_domains, main_contact
from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.models import FollowupState, Interview, Person
from followupd.domain.notes import greeting_name
from followupd.domain.schedule import recipient_zone
from followupd.domain.workflows import followup
from followupd.domain.workflows.followup import LAST_ROUND
from followupd.domain.workflows.plan import MailKind, Subject, TimerKind
from followupd.services import faults
from followupd.services.drafts import Drafted, Drafts
from followupd.services.plans import Plans

__all__ = ["Followups"]

log = structlog.get_logger("followupd.followups")
DAILY = timedelta(days=1)  # every watched interview's mailbox check, at least this often
_WATCHED = (FollowupState.waiting, FollowupState.reminded)
_UNSENT = (OutboxStatus.drafted, OutboxStatus.approved, OutboxStatus.pending)
_SUBJECTS = {"de": "Nachfrage \N{EN DASH} {what}", "en": "Checking in \N{EN DASH} {what}"}


def _hear_back(stored: Mapping[str, tuple[str, Any, str]]) -> tuple[date | None, str]:
    """Her hear-back answer: the date it names (None: no date, or not answered) and its own words."""
    if "hear_back" not in stored:
        return None, ""
    text, value, _via = stored["hear_back"]
    try:
        return (date.fromisoformat(value) if isinstance(value, str) else None), text
    except ValueError:
        return None, text


def _day(day: date) -> str:
    """ "Friday 4 December": the day as a person writes it (no leading zero)."""
    return f"{day:%A} {day.day} {day:%B}"


class Followups:
    def __init__(
        self, *, settings: Settings, store: Store, composer: Composer, plans: Plans, drafts: Drafts
    ) -> None:
        self.settings = settings
        self.store = store
        self.composer = composer
        self.plans = plans
        self.drafts = drafts
        self.zone = settings.account.timezone

    def domains(self, interview: Interview) -> tuple[str, ...]:
        return company_domains(
            (p.email for p in interview.interviewers), own_addresses=self.settings.account.addresses
        )

    # --- the track's events (inside the caller's transaction) -------------------------------------------
    def on_ended(self, interview: Interview, *, now: datetime) -> None:
        """The debrief went out: the follow-up waits `default_wait` unless a debrief gives a date."""
        plan = followup.on_ended(interview, zone=self.zone, followups=self.settings.followups)
        self.plans.apply(interview, plan, now=now)

    def on_debriefed(self, interview_id: int, *, now: datetime) -> None:
        """Answers were recorded: the hear-back date (or its absence) sets or moves the timer."""
        interview = self.store.interview(interview_id)
        if interview is None:
            return
        hear_back, _text = _hear_back(self.store.answers(interview_id))
        plan = followup.on_debriefed(
            interview, hear_back=hear_back, zone=self.zone, followups=self.settings.followups
        )
        self.plans.apply(interview, plan, now=now)

    def on_due(self, interview_id: int, *, due: datetime, now: datetime) -> int:
        """The followup_due timer fell due: remind (once per firing), or mark the interview gone quiet."""
        interview = self.store.interview(interview_id)
        key = Subject.interview(interview_id).key
        if interview is None:
            self.store.cancel_timer(TimerKind.followup_due.value, key)
            return 0
        row = followup_row(self.store, interview_id)
        domains = self.domains(interview)
        checked = not domains or (row.checked_at is not None and row.checked_at >= due - timedelta(minutes=1))
        plan = followup.on_due(
            interview,
            now=now,
            due=due,
            reminders=row.reminders,
            checked=checked,
            zone=self.zone,
            followups=self.settings.followups,
        )
        self.plans.apply(interview, plan, now=now)
        return 1

    # --- the reminder (a RemindFollowup effect, inside the plan's transaction) ----------------------------
    def remind(self, interview: Interview, *, round: int, now: datetime) -> None:
        """One email to her: no word yet, that is normal, keep applying; with a drafted check-in to approve."""
        for note in self.store.notes(interview.id, purpose=NotePurpose.check_in):
            if note.status is OutboxStatus.drafted:  # never approved: the new check-in replaces it
                self.store.mark_outbox(note.outbox_id, OutboxStatus.discarded, now=now)
        domains = self.domains(interview)
        person = main_contact(interview.interviewers, domains)
        if person is not None:
            self.drafts.add(
                interview, NotePurpose.check_in, [self._checkin(interview, person, round)], now=now
            )
        row = followup_row(self.store, interview.id)
        hear_back, said = _hear_back(self.store.answers(interview.id))
        last = round >= LAST_ROUND
        company = interview.company or "the company"
        subject = f"{'Last follow-up: no' if last else 'No'} word from {company} yet"
        self.drafts.queue_approval(
            interview,
            NotePurpose.check_in,
            MailKind.followup_reminder,
            now=now,
            key=f"{MailKind.followup_reminder.value}:{interview.id}:{round}",
            subject=subject,
            extra={
                "round": round,
                "last": last,
                "hear_back": _day(hear_back) if hear_back else "",
                "hear_back_said": said,
                "interview_day": _day(interview.end.astimezone(ZoneInfo(self.zone)).date()),
                "domains": list(domains),
                "checked_at": row.checked_at is not None,
                "second_after": str(self.settings.followups.second_after),
                "contact": person.name or person.email if person else "",
            },
        )
        save_followup(self.store, interview.id, reminders=round, reminded_at=now)
        faults.point("after_followup_queued")  # reminder and check-in written, not committed yet
        log.info("followup_reminded", interview=interview.id, round=round, check_in=person is not None)

    def _checkin(self, interview: Interview, person: Person, round: int) -> Drafted:
        language = self.settings.followups.language
        name = f"checkin_{language}.txt.j2"
        if not self.composer.has(name):
            name, language = "checkin_en.txt.j2", "en"
        zone = ZoneInfo(recipient_zone(interview.tzid, self.zone))
        signature = (self.settings.thank_you.signature or self.settings.account.name).strip()
        body = self.composer.render(
            name,
            greeting_name=greeting_name(person),
            role=interview.role,
            company=interview.company,
            weekday=interview.start.astimezone(zone).weekday(),
            again=round > 1,
            signature=signature,
        )
        what = interview.role or interview.company or ""
        subject = _SUBJECTS.get(language, _SUBJECTS["en"]).format(what=what).rstrip(" \N{EN DASH}")
        return Drafted(person, subject, body.strip() + "\n", plain=True)

    # --- has the company written? --------------------------------------------------------------------------
    def to_check(self, *, now: datetime, horizon: timedelta) -> list[HeardQuery]:
        """The interviews to search the mailbox for: waiting or reminded, with a company domain, and either due
        within `horizon` or not searched for a day."""
        if not self.settings.followups.enabled:
            return []
        due = {
            Subject.parse(key).id: at
            for kind, key, at in self.store.timers()
            if kind == TimerKind.followup_due.value and key.startswith("interview:")
        }
        queries = []
        for interview in self.store.interviews():
            if not interview.active or interview.tracks.followup not in _WATCHED:
                continue
            domains = self.domains(interview)
            if not domains:
                continue
            checked = followup_row(self.store, interview.id).checked_at
            soon = interview.id in due and due[interview.id] <= now + horizon
            if soon or checked is None or now - checked >= DAILY:
                queries.append(HeardQuery(interview.id, domains, since=interview.start))
        return queries

    def record_checks(self, results: Mapping[int, Heard | None], *, now: datetime) -> int:
        """Save what the mailbox search found; mail from the company -> heard_back (the timer goes, and check-ins
        not sent yet are discarded: they answer a silence that is over). Returns how many heard back."""
        heard = 0
        with self.store.transaction():
            for interview_id, found in results.items():
                save_followup(self.store, interview_id, checked_at=now)
                interview = self.store.interview(interview_id)
                if found is None or interview is None:
                    continue
                plan = followup.on_heard(interview)
                if plan.interview is None:
                    continue
                self.plans.apply(interview, plan, now=now)
                save_followup(self.store, interview_id, heard_back_at=found.at, heard_from=found.sender)
                for note in self.store.notes(interview_id, purpose=NotePurpose.check_in):
                    if note.status in _UNSENT:
                        self.drafts.discard(note.outbox_id, now=now)
                heard += 1
                log.info("followup_heard_back", interview=interview_id, at=found.at.isoformat())
        return heard

    # --- for `status` and the overview ---------------------------------------------------------------------
    def followup_view(self, interview_id: int) -> dict[str, Any]:
        """The follow-up track of one interview as JSON-able values: state, next due time, reminders sent,
        when the company was heard from, and the domains searched."""
        interview = self.store.interview(interview_id)
        if interview is None:
            raise KeyError(interview_id)
        row = followup_row(self.store, interview_id)
        timers = self.store.timers(Subject.interview(interview_id).key)
        due = next((at for kind, _s, at in timers if kind == TimerKind.followup_due.value), None)

        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "state": interview.tracks.followup.value,
            "due": iso(due),
            "reminders": row.reminders,
            "reminded_at": iso(row.reminded_at),
            "checked_at": iso(row.checked_at),
            "heard_back_at": iso(row.heard_back_at),
            "heard_from": row.heard_from or None,
            "domains": list(self.domains(interview)),
        }
