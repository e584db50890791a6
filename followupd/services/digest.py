"""The weekly digest: keeping its durable timer in step with the config, and queueing the digest when it fires."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import structlog

from followupd.adapters.store.db import Store
from followupd.config.settings import Settings
from followupd.domain.overview import (
    DIGEST_MAX_LATENESS,
    Digest,
    Opportunity,
    Waiting,
    digest_content,
    digest_week,
    next_digest,
)
from followupd.domain.workflows.plan import MailKind, Subject, SubjectKind, TimerKind
from followupd.services.outbox import Outbox
from followupd.services.overview import dashboard_link, opportunities

__all__ = ["SUBJECT", "Digests"]

log = structlog.get_logger("followupd.digest")

SUBJECT = Subject(SubjectKind.digest, 0)

_WAITING = {
    Waiting.debrief: "the debrief questions are still open",
    Waiting.thanks: "thank-you notes wait for your approval",
    Waiting.references: "reference heads-ups wait for your approval",
    Waiting.followup: "a check-in email waits for your approval",
}


class Digests:
    def __init__(self, *, settings: Settings, store: Store, outbox: Outbox, link_key: bytes) -> None:
        self.settings = settings
        self.store = store
        self.outbox = outbox
        self.link_key = link_key

    def _next(self, now: datetime) -> datetime | None:
        digest = self.settings.schedule.digest
        if digest is None:
            return None
        return next_digest(now, tz=self.settings.account.timezone, weekday=digest.weekday, at=digest.at)

    def ensure(self, *, now: datetime) -> None:
        """Set the digest timer, move it when the configured day or time changed, drop it when switched off.

        A timer already due stays as it is: the scheduler fires it (late, after a restart) right after this.
        """
        current = self.store.timers(SUBJECT.key)
        wanted = self._next(now)
        due = current[0][2] if current else None
        if wanted is None and due is not None:
            with self.store.transaction():
                self.store.cancel_timer(TimerKind.digest.value, SUBJECT.key)
        elif wanted is not None and (due is None or (due > now and due != wanted)):
            # Called on every scheduler pass: a write (and its lock) only when something changes.
            with self.store.transaction():
                self.store.set_timer(TimerKind.digest.value, SUBJECT.key, wanted)

    def fire(self, *, due: datetime, now: datetime) -> int:
        """The timer is due: queue this week's digest (at most one per ISO week) and set the next timer."""
        with self.store.transaction():
            wanted = self._next(now)
            if wanted is None:
                self.store.cancel_timer(TimerKind.digest.value, SUBJECT.key)
                return 0
            self.store.set_timer(TimerKind.digest.value, SUBJECT.key, wanted)
            if now - due > DIGEST_MAX_LATENESS:
                log.info("digest_skipped_late", due=due.isoformat(), next=wanted.isoformat())
                return 0
            week = digest_week(due, tz=self.settings.account.timezone)
            content = digest_content(opportunities(self.store, self.settings), now=now)
            queued = self.outbox.queue_notice(
                MailKind.digest,
                key=f"digest:{week}",
                subject=_subject(content),
                context=self.context(content, now=now),
                now=now,
            )
        log.info("digest_queued" if queued else "digest_already_queued", week=week)
        return 1 if queued else 0

    def context(self, content: Digest, *, now: datetime) -> dict[str, Any]:
        zone = ZoneInfo(self.settings.account.timezone)

        def line(item: Opportunity) -> str:
            when = item.start.astimezone(zone)
            what = ", ".join(x for x in (item.company, item.role) if x) or "an interview"
            return f"{when:%a %d %b, %H:%M}  {what}"

        name = self.settings.account.name
        return {
            "first_name": name.split()[0] if name.strip() else "there",
            "past": [line(i) for i in content.past],
            "coming": [line(i) for i in content.coming],
            "waiting": [
                f"{w.opportunity.company or 'an interview'}: {_WAITING[w.what]}" for w in content.waiting
            ],
            "gone_quiet": [line(i) for i in content.gone_quiet],
            "dashboard": dashboard_link(self.settings, self.link_key, now=now),
        }


def _subject(content: Digest) -> str:
    interviews = len(content.past) + len(content.coming)
    parts = [f"{interviews} interview{'s' if interviews != 1 else ''} this week"]
    if content.waiting:
        parts.append(
            f"{len(content.waiting)} thing{'s' if len(content.waiting) != 1 else ''} waiting for you"
        )
    return "Your week: " + ", ".join(parts)
