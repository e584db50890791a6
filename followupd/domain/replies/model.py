"""The reply parser's value types: parsed answers and replies, and the typed values read from answers."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

__all__ = [
    "Amount",
    "Money",
    "ParsedAnswer",
    "ParsedReply",
    "Rating",
    "Value",
    "WantJob",
    "value_from_json",
    "value_to_json",
]


class WantJob(enum.StrEnum):
    """The answer to "do you want this job?"."""

    yes = "yes"
    no = "no"
    unsure = "unsure"


@dataclass(frozen=True)
class Rating:
    """A self-rating on the 0..10 scale (halves and decimals allowed)."""

    score: float


@dataclass(frozen=True)
class Amount:
    """One amount of money as written: 85000 EUR per year; currency and period are None when not said."""

    amount: Decimal
    currency: str | None = None
    period: str | None = None  # "year" | "month" | "hour" | "day"


@dataclass(frozen=True)
class Money:
    """A money answer: the amounts found in it, with the text kept because it says more (base, bonus...)."""

    amounts: tuple[Amount, ...]
    text: str


Value = Rating | WantJob | Money | date


@dataclass(frozen=True)
class ParsedAnswer:
    question_id: str
    text: str
    value: Value | None
    notes: tuple[str, ...] = ()  # e.g. "rating 12 is out of range 0-10"


@dataclass(frozen=True)
class ParsedReply:
    own_text: str  # what the user wrote, quoted history and signatures removed
    answers: tuple[ParsedAnswer, ...]
    free_notes: str  # own text that belongs to no question
    shape: str  # "inline" | "numbered" | "free"
    problems: tuple[str, ...] = ()

    def answer(self, question_id: str) -> ParsedAnswer | None:
        return next((a for a in self.answers if a.question_id == question_id), None)


def _score_to_json(score: float) -> int | float:
    return int(score) if float(score).is_integer() else score


def value_to_json(value: Value | None) -> Any:
    """A JSON-able form of a parsed value, read back by value_from_json with the question's kind."""
    if value is None:
        return None
    if isinstance(value, Rating):
        return _score_to_json(value.score)
    if isinstance(value, WantJob):
        return value.value
    if isinstance(value, Money):
        return {
            "amounts": [
                {"amount": str(a.amount), "currency": a.currency, "period": a.period} for a in value.amounts
            ],
            "text": value.text,
        }
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not a parsed value: {value!r}")


def value_from_json(kind: str, data: Any) -> Value | None:
    """The value stored by value_to_json; kind is the question's Kind (or its string)."""
    if data is None:
        return None
    kind = str(kind)
    if kind == "rating":
        return Rating(float(data))
    if kind == "choice":
        return WantJob(data)
    if kind == "money":
        amounts = tuple(
            Amount(Decimal(a["amount"]), a.get("currency"), a.get("period")) for a in data.get("amounts", ())
        )
        return Money(amounts, str(data.get("text", "")))
    if kind == "date":
        return date.fromisoformat(data)
    raise ValueError(f"no stored value for kind {kind!r}")
