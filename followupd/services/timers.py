"""Durable timers: each due one is handed to the workflow of its subject, one transaction per timer."""

from __future__ import annotations

from datetime import datetime, timedelta

import structlog

from followupd.adapters.store.db import Store
from followupd.config.settings import Settings
from followupd.domain.workflows import debrief
from followupd.domain.workflows.plan import MailKind, Subject, SubjectKind, TimerKind
from followupd.services.digest import Digests
from followupd.services.plans import Plans

__all__ = ["Timers"]

log = structlog.get_logger("followupd.timers")


class Timers:
    def __init__(self, *, settings: Settings, store: Store, plans: Plans, digests: Digests) -> None:
        self.settings = settings
        self.store = store
        self.plans = plans
        self.digests = digests

    def fire_due(self, *, now: datetime) -> int:
        """Fire every timer due by `now` (possibly late, after a restart); returns how many fired."""
        fired = 0
        for kind, key, due in self.store.due_timers(now):
            with self.store.transaction():
                try:
                    subject, timer = Subject.parse(key), TimerKind(kind)
                except ValueError:
                    subject = None
                if subject is not None and subject.kind is SubjectKind.digest and timer is TimerKind.digest:
                    fired += self.digests.fire(due=due, now=now)
                    continue
                if subject is None or subject.kind is not SubjectKind.interview:
                    # Written by a newer version, or for a track this one lacks: left in place it would be due
                    # forever and wake the scheduler in a loop, so it goes, with a line in the log.
                    log.warning("timer_unknown_dropped", kind=kind, subject=key)
                    self.store.cancel_timer(kind, key)
                    continue
                fired += self._interview_timer(subject, timer, now=now)
        return fired

    def _interview_timer(self, subject: Subject, timer: TimerKind, *, now: datetime) -> int:
        interview = self.store.interview(subject.id)
        if interview is None:
            self.store.cancel_timer(timer.value, subject.key)
            return 0
        answered = bool(self.store.answers(interview.id))
        recent = self.store.count_outbox(kind=MailKind.debrief.value, created_after=now - timedelta(hours=1))
        plan = debrief.on_timer(
            interview,
            timer,
            now=now,
            debrief=self.settings.debrief,
            answered=answered,
            debriefs_last_hour=recent,
        )
        self.plans.apply(interview, plan, now=now)
        return 1
