"""The reply parser: turns the user's emailed debrief reply into answers to the questionnaire."""

from __future__ import annotations

from .dates import read_date
from .mime import html_to_text
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
from .parse import own_text, parse_reply, parse_text, read_value
from .values import read_money, read_rating
from .want import read_want_job

__all__ = [
    "Amount",
    "Money",
    "ParsedAnswer",
    "ParsedReply",
    "Rating",
    "Value",
    "WantJob",
    "html_to_text",
    "own_text",
    "parse_reply",
    "parse_text",
    "read_date",
    "read_money",
    "read_rating",
    "read_value",
    "read_want_job",
    "value_from_json",
    "value_to_json",
]
