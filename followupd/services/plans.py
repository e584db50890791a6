"""Carrying out a workflow's plan: the interview and every effect it implies, committed in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

import structlog

from followupd.adapters.store.db import Store
from followupd.compose.composer import new_token
from followupd.domain.models import Interview
from followupd.domain.workflows.plan import (
    CancelTimer,
    DraftHeadsUps,
    DraftThanks,
    Plan,
    QueueMail,
    RemindFollowup,
    SetTimer,
    Subject,
)
from followupd.services.outbox import Outbox

__all__ = ["Plans"]

log = structlog.get_logger("followupd.plans")


class Plans:
    """The one place a Plan touches the store: the state change and the effects it causes commit together."""

    def __init__(self, *, store: Store, outbox: Outbox) -> None:
        self.store = store
        self.outbox = outbox
        # Drafts thank-you notes (set by the service once the drafts use case exists): (interview, plain, now).
        self.draft_thanks: Callable[[Interview, bool, datetime], object] | None = None
        # Reminds her that a company is quiet (set once the follow-ups use case exists): (interview, round, now).
        self.remind_followup: Callable[[Interview, int, datetime], object] | None = None
        # Drafts heads-ups to references (set like draft_thanks): (interview, the effect, now).
        self.draft_heads_ups: Callable[[Interview, DraftHeadsUps, datetime], object] | None = None

    def apply(self, existing: Interview | None, plan: Plan, *, now: datetime) -> int:
        """Save the plan's interview and carry out its effects (inside the caller's transaction, if any).

        Returns 1 when anything changed, 0 for an empty plan.
        """
        if plan.interview is None and not plan.effects:
            return 0
        with self.store.transaction():
            interview = plan.interview or existing
            if interview is None:
                raise ValueError("a plan with effects needs an interview")
            if plan.interview is not None:
                interview_id = self.store.save_interview(
                    plan.interview, now=now, token=None if plan.interview.id else new_token()
                )
                interview = replace(plan.interview, id=interview_id)
            own = Subject.interview(interview.id)
            for effect in plan.effects:
                if isinstance(effect, SetTimer):
                    self.store.set_timer(effect.kind.value, (effect.subject or own).key, effect.due)
                elif isinstance(effect, CancelTimer):
                    self.store.cancel_timer(effect.kind.value, (effect.subject or own).key)
                elif isinstance(effect, QueueMail):
                    self.outbox.queue_to_self(interview, effect.kind, effect.key, now=now)
                elif isinstance(effect, DraftThanks):
                    if self.draft_thanks is None:
                        raise RuntimeError("a plan drafts thank-you notes but nothing drafts them")
                    self.draft_thanks(interview, effect.plain, now)
                elif isinstance(effect, RemindFollowup):
                    if self.remind_followup is None:
                        raise RuntimeError("a plan reminds of a follow-up but nothing sends reminders")
                    self.remind_followup(interview, effect.round, now)
                elif isinstance(effect, DraftHeadsUps):
                    if self.draft_heads_ups is None:
                        raise RuntimeError("a plan drafts heads-ups but nothing drafts them")
                    self.draft_heads_ups(interview, effect, now)
        if plan.note:
            log.info(
                "interview_" + plan.note.replace(" ", "_"),
                interview=interview.id,
                company=interview.company,
                role=interview.role,
                start=interview.start.isoformat(),
            )
        return 1
