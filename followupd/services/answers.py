"""Recording debrief answers from any channel (reply, web form): later answers replace, none disappear."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from followupd.adapters.store.db import Store
from followupd.config.settings import Settings
from followupd.domain.workflows import debrief, thanks
from followupd.services.plans import Plans

if TYPE_CHECKING:
    from followupd.services.followups import Followups
    from followupd.services.references import References

__all__ = ["Answers"]


class Answers:
    def __init__(self, *, settings: Settings, store: Store, plans: Plans) -> None:
        self.settings = settings
        self.store = store
        self.plans = plans
        self.followups: Followups | None = None  # set by the service: the hear-back date sets the follow-up
        self.references: References | None = None  # set by the service: heads-ups follow the answers

    def record(
        self,
        interview_id: int,
        answers: list[tuple[str, str, object]],
        *,
        via: str,
        now: datetime,
        reply_id: int | None = None,
        replied: bool = False,
    ) -> int:
        """Save answers (question_id, text, JSON-able parsed value); later answers replace earlier ones, answers
        not given are kept. Moves the debrief track to answered (also when `replied` with free notes only).
        Call inside a transaction to add more to it. Returns how many answers were saved."""
        known = {q.id for q in self.settings.questionnaire.questions}
        saved = 0
        with self.store.transaction():
            interview = self.store.interview(interview_id)
            if interview is None:
                raise KeyError(interview_id)
            for question_id, text, value in answers:
                if question_id not in known or not text.strip():
                    continue
                self.store.save_answer(
                    interview_id, question_id, text.strip(), value, via=via, reply_id=reply_id, now=now
                )
                saved += 1
            if saved or replied:
                plan = debrief.on_answers(interview)
                self.plans.apply(interview, plan, now=now)
                current = self.store.interview(interview_id)
                assert current is not None
                stored = self.store.answers(interview_id)
                want_job = str(stored["want_job"][1] or "") if "want_job" in stored else None
                self.plans.apply(
                    current,
                    thanks.on_debriefed(current, want_job=want_job, thank_you=self.settings.thank_you),
                    now=now,
                )
                if self.followups is not None:
                    self.followups.on_debriefed(interview_id, now=now)
                if self.references is not None:
                    latest = self.store.interview(interview_id)
                    assert latest is not None
                    self.plans.apply(latest, self.references.decide(latest, now=now), now=now)
        return saved
