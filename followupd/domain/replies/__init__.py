"""The reply parser: turns the user's emailed debrief reply into answers to the questionnaire."""

from __future__ import annotations

from .dates import read_date
from .model import (
    Amount,
    Money,
    ParsedAnswer,
    ParsedReply,
    Rating,
    Value,
    WantJob,
    value_from_json,
    value_to_json,
)
from .values import read_money, read_rating, read_want_job

__all__ = [
    "Amount",
    "Money",
    "ParsedAnswer",
    "ParsedReply",
    "Rating",
    "Value",
    "WantJob",
    "read_date",
    "read_money",
    "read_rating",
    "read_want_job",
    "value_from_json",
    "value_to_json",
]
