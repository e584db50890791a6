"""Calendars: one sync -> parse -> detect -> workflow pipeline for every source (daemon, `scan`, `check`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import structlog

from followupd.adapters.calendar.ical import ParseResult, parse_calendar
from followupd.adapters.store.db import Store
from followupd.config.settings import Settings
from followupd.domain.detect import detect
from followupd.domain.models import CalendarEvent, Detection
from followupd.domain.workflows import debrief
from followupd.services.plans import Plans

__all__ = ["LOOKAHEAD", "CalendarChanges", "Calendars", "SyncReport"]

log = structlog.get_logger("followupd.calendars")
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


Parser = Callable[..., ParseResult]
Detector = Callable[..., Detection]


class Calendars:
    """Brings interviews in line with what each calendar source reports; one transaction per sync."""

    def __init__(
        self,
        *,
        settings: Settings,
        store: Store,
        plans: Plans,
        parser: Parser = parse_calendar,
        detector: Detector = detect,
    ) -> None:
        self.settings = settings
        self.store = store
        self.plans = plans
        self._parse_calendar = parser
        self._detect = detector

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
        return list(result.events), list(result.problems)

    def apply(self, source: str, changes: CalendarChanges, *, now: datetime) -> SyncReport:
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
                    report.withdrawn += self.plans.apply(interview, debrief.on_event_gone(interview), now=now)
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
                    plan = debrief.on_event(
                        existing, event, self.detect(event), debrief=self.settings.debrief
                    )
                    if plan.interview is not None:
                        report.detected += existing is None
                        report.changed += existing is not None
                    self.plans.apply(existing, plan, now=now)
                for uid in uids:  # occurrences that left their series (EXDATE, shortened RRULE)
                    for interview in self.store.interviews(source=source, uid=uid):
                        key = (interview.source, interview.uid, interview.recurrence_id)
                        if key not in seen and start <= interview.start <= end:
                            report.withdrawn += self.plans.apply(
                                interview, debrief.on_event_gone(interview), now=now
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
