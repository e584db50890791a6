"""Durable timers: each due one is handed to the workflow of its subject, one transaction per timer."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import structlog

from followupd.adapters.store.db import Store
from followupd.config.settings import Settings
from followupd.domain.models import DebriefState
from followupd.domain.workflows import debrief, thanks
from followupd.domain.workflows.plan import MailKind, Subject, SubjectKind, TimerKind
from followupd.services.digest import Digests
from followupd.services.plans import Plans

if TYPE_CHECKING:
    from followupd.services.drafts import Drafts
    from followupd.services.followups import Followups

__all__ = ["Timers"]

log = structlog.get_logger("followupd.timers")


class Timers:
    def __init__(
        self,
        *,
        settings: Settings,
        store: Store,
        plans: Plans,
        digests: Digests,
        drafts: Drafts | None = None,
        followups: Followups | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.plans = plans
        self.digests = digests
        self.drafts = drafts
        self.followups = followups

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
                draft = subject is not None and subject.kind is SubjectKind.draft
                if draft and self.drafts is not None and timer is TimerKind.thanks_release:
                    assert subject is not None
                    self.drafts.release(subject.id, now=now)
                    fired += 1
                    continue
                if subject is None or subject.kind is not SubjectKind.interview:
                    # Written by a newer version, or for a track this one lacks: left in place it would be due
                    # forever and wake the scheduler in a loop, so it goes, with a line in the log.
                    log.warning("timer_unknown_dropped", kind=kind, subject=key)
                    self.store.cancel_timer(kind, key)
                    continue
                if timer is TimerKind.followup_due and self.followups is not None:
                    fired += self.followups.on_due(subject.id, due=due, now=now)
                    continue
                fired += self._interview_timer(subject, timer, now=now)
        return fired

    def _interview_timer(self, subject: Subject, timer: TimerKind, *, now: datetime) -> int:
        interview = self.store.interview(subject.id)
        if interview is None:
            self.store.cancel_timer(timer.value, subject.key)
            return 0
        stored = self.store.answers(interview.id)
        if timer is TimerKind.thanks_draft:
            want_job = str(stored["want_job"][1] or "") if "want_job" in stored else None
            plan = thanks.on_timer(
                interview,
                now=now,
                want_job=want_job,
                thank_you=self.settings.thank_you,
                max_lateness=self.settings.debrief.max_lateness,
            )
            self.plans.apply(interview, plan, now=now)
            return 1
        recent = self.store.count_outbox(kind=MailKind.debrief.value, created_after=now - timedelta(hours=1))
        plan = debrief.on_timer(
            interview,
            timer,
            now=now,
            debrief=self.settings.debrief,
            answered=bool(stored),
            debriefs_last_hour=recent,
        )
        self.plans.apply(interview, plan, now=now)
        asked = plan.interview is not None and plan.interview.tracks.debrief is DebriefState.sent
        if timer is TimerKind.debrief and asked:
            current = self.store.interview(interview.id)
            assert current is not None
            self.plans.apply(current, thanks.on_ended(current, thank_you=self.settings.thank_you), now=now)
            if self.followups is not None:
                ended = self.store.interview(interview.id)
                assert ended is not None
                self.followups.on_ended(ended, now=now)
        return 1
