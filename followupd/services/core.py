"""The service: the use cases (calendars, timers, answers, outbox) wired over one store, for every caller."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from followupd.adapters.store.db import Store
from followupd.compose.composer import Composer, new_token
from followupd.config.settings import Settings
from followupd.services.answers import Answers
from followupd.services.approvals import Approvals
from followupd.services.digest import Digests
from followupd.services.drafts import Drafts
from followupd.services.followups import Followups
from followupd.services.outbox import Outbox
from followupd.services.plans import Plans
from followupd.services.references import References
from followupd.services.timers import Timers

if TYPE_CHECKING:
    from followupd.services.calendars import Calendars

__all__ = ["Service"]


class Service:
    """What followupd does to its state, one transaction per decision; I/O is passed in by the caller."""

    def __init__(self, settings: Settings, store: Store, composer: Composer) -> None:
        self.settings = settings
        self.store = store
        self.composer = composer
        install_id = store.meta("install_id")
        if install_id is None:
            with store.transaction():
                install_id = new_token()
                store.set_meta("install_id", install_id)
        self.install_id = install_id
        self.outbox = Outbox(settings=settings, store=store, composer=composer, install_id=install_id)
        self.plans = Plans(store=store, outbox=self.outbox)
        self.answers = Answers(settings=settings, store=store, plans=self.plans)
        self.digests = Digests(settings=settings, store=store, outbox=self.outbox, link_key=composer.link_key)
        self.drafts = Drafts(settings=settings, store=store, composer=composer, outbox=self.outbox)
        self.plans.draft_thanks = lambda interview, plain, now: self.drafts.create(
            interview, plain=plain, now=now
        )
        self.followups = Followups(
            settings=settings, store=store, composer=composer, plans=self.plans, drafts=self.drafts
        )
        self.plans.remind_followup = lambda interview, round, now: self.followups.remind(
            interview, round=round, now=now
        )
        self.answers.followups = self.followups
        self.references = References(settings=settings, store=store, composer=composer, drafts=self.drafts)
        self.plans.draft_heads_ups = lambda interview, effect, now: self.references.draft(
            interview, now=now, force=effect.force, only=effect.only
        )
        self.answers.references = self.references
        self.timers = Timers(
            settings=settings,
            store=store,
            plans=self.plans,
            digests=self.digests,
            drafts=self.drafts,
            followups=self.followups,
        )
        self.approvals = Approvals(drafts=self.drafts, references=self.references)

    @cached_property
    def calendars(self) -> Calendars:
        # Imported on first use: the calendar parser (icalendar, recurring-ical-events) costs every command that
        # only reads the state (status, interviews list) time it does not need.
        from followupd.services.calendars import Calendars

        return Calendars(settings=self.settings, store=self.store, plans=self.plans)
