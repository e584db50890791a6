"""Calendars: one sync -> parse -> detect -> workflow pipeline for every source (daemon, `scan`, `check`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.calendar.ical import ParseResult, parse_calendar
from followupd.adapters.calendar.objects import Reading, read_objects
from followupd.adapters.store.db import Store
from followupd.config.settings import Settings
from followupd.domain.detect import detect
from followupd.domain.models import CalendarEvent, Detection
from followupd.domain.workflows import debrief
from followupd.domain.workflows.plan import MailKind
from followupd.domain.workflows.series import unusual_series
from followupd.services.plans import Plans

__all__ = ["LOOKAHEAD", "CalendarChanges", "Calendars", "SyncReport"]

log = structlog.get_logger("followupd.calendars")

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
    unusual: int = 0  # series that look like interviews but recur too often; the user was told once
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

    def read(self, source: str, changed: dict[str, str], now: datetime) -> Reading:
        """Every changed object of one sync, parsed in one pass, occurrences per object (href)."""
        return read_objects(
            changed,
            source=source,
            user_tz=self.settings.account.timezone,
            window=self.window(now),
            parser=self._parse_calendar,
        )

    def apply(
        self, source: str, changes: CalendarChanges, *, now: datetime, reading: Reading | None = None
    ) -> SyncReport:
        """Bring interviews in line with what a source reported; one transaction, cursor saved with it.

        `reading` is `read(source, changes.changed, now)` done beforehand (the daemon does it in a worker
        thread); without it the objects are read here, before the transaction begins."""
        report = SyncReport()
        start, end = self.window(now)
        if reading is None:
            reading = self.read(source, changes.changed, now)
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
            for problem in reading.problems:
                log.warning("calendar_problem", source=source, problem=problem)
            report.problems.extend(reading.problems)
            detections = {e.key: self.detect(e) for events in reading.events.values() for e in events}
            unusual = unusual_series(
                ((e, detections[e.key]) for e in reading.all_events),
                tracked=self.settings.interviews.track_series,
            )
            for uid, events in unusual.items():
                report.unusual += self._ask_about_series(source, uid, events, now=now)
                for event in events:  # not interviews: ones already scheduled are withdrawn, none is added
                    detections[event.key] = Detection(
                        False, f"a recurring series of {len(events)} occurrences"
                    )
            for href in changes.changed:
                uids = reading.uids[href]
                self.store.set_calendar_object(source, href, next(iter(sorted(uids)), ""))
                seen = set()
                for event in reading.events.get(href, []):
                    seen.add(event.key)
                    existing = self.store.interview_by_key(*event.key)
                    plan = debrief.on_event(
                        existing, event, detections[event.key], debrief=self.settings.debrief
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
        if report.detected or report.changed or report.withdrawn or report.unusual:
            log.info(
                "calendar_synced",
                source=source,
                detected=report.detected,
                changed=report.changed,
                withdrawn=report.withdrawn,
                unusual_series=report.unusual,
            )
        return report

    def _ask_about_series(self, source: str, uid: str, events: list[CalendarEvent], *, now: datetime) -> int:
        """Tell the user once about a series that looks like interviews but recurs too often to be them."""
        zone = ZoneInfo(self.settings.account.timezone)
        first, last = events[0].start.astimezone(zone), events[-1].start.astimezone(zone)
        context: dict[str, object] = {
            "first_name": self.settings.account.name.split()[0] if self.settings.account.name else "there",
            "calendar": events[0].calendar_name or source,
            "summary": events[0].summary,
            "count": len(events),
            "first": first.strftime("%a %-d %b %H:%M"),
            "last": last.strftime("%a %-d %b %H:%M %Z"),
            "first_iso": first.strftime("%Y-%m-%dT%H:%M"),
            "uid": uid,
            "max_per_hour": self.settings.debrief.max_per_hour,
        }
        queued = self.plans.outbox.queue_notice(
            MailKind.series_notice,
            key=f"series:{source}:{uid}",
            subject=f"Not treated as interviews: {events[0].summary}",
            context=context,
            now=now,
        )
        if queued:
            log.warning("calendar_unusual_series", source=source, uid=uid, occurrences=len(events))
        return int(queued)
