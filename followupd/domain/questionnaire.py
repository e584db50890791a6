"""The debrief questionnaire: its questions, their ids and kinds, and the default set from the seed document."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["DEFAULT_QUESTIONS", "Kind", "Question", "Questionnaire"]


class Kind(enum.StrEnum):
    """How an answer is read besides its text."""

    text = "text"
    rating = "rating"  # 0..10
    money = "money"  # amounts with currency and period
    choice = "choice"  # want_job: yes / no / unsure
    date = "date"  # resolved against the interview date


@dataclass(frozen=True)
class Question:
    id: str
    kind: Kind
    text: str


@dataclass(frozen=True)
class Questionnaire:
    """An ordered set of questions; numbers shown to the user are 1-based positions."""

    questions: tuple[Question, ...]

    def __post_init__(self) -> None:
        ids = [q.id for q in self.questions]
        if len(set(ids)) != len(ids):
            raise ValueError(f"question ids must be unique, got {ids}")

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def number_of(self, question_id: str) -> int:
        for number, question in enumerate(self.questions, start=1):
            if question.id == question_id:
                return number
        raise KeyError(question_id)

    def by_number(self, number: int) -> Question | None:
        return self.questions[number - 1] if 1 <= number <= len(self.questions) else None

    def get(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


DEFAULT_QUESTIONS = Questionnaire(
    (
        Question("rating", Kind.rating, "How did it go? Rate your overall performance from 0 to 10."),
        Question("went_well", Kind.text, "What went well? Where were you strongest?"),
        Question(
            "went_badly", Kind.text, "What didn't go so well? What would you answer differently next time?"
        ),
        Question(
            "rapport",
            Kind.text,
            "How did you get on with the interviewer(s)? Could you see yourself working with them?",
        ),
        Question("role", Kind.text, "What do you like about the role? How close is it to what you want?"),
        Question("company", Kind.text, "What do you like about the company?"),
        Question("reservations", Kind.text, "What reservations do you have, and how could they be resolved?"),
        Question("money", Kind.money, "What money was discussed?"),
        Question("vs_current", Kind.text, "How does this opportunity compare with your current job?"),
        Question("vs_others", Kind.text, "How does it compare with your other opportunities?"),
        Question(
            "want_job",
            Kind.choice,
            "Now that you have seen what they offer: do you want this job? (yes / no / not sure)",
        ),
        Question("hear_back", Kind.date, "When did they say you would hear back?"),
    )
)
