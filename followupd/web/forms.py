"""The debrief form's logic: fields pre-filled from the store, submitted fields read as answers, CSRF."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from followupd.domain.questionnaire import Kind, Question, Questionnaire
from followupd.domain.replies import read_value, value_to_json

__all__ = ["CHOICES", "Field", "Summary", "csrf_ok", "csrf_value", "fields", "submitted_answers", "summarize"]

# The radio buttons of a choice question: (value sent, label shown, text saved as the answer).
CHOICES: tuple[tuple[str, str, str], ...] = (
    ("yes", "Yes", "yes"),
    ("no", "No", "no"),
    ("unsure", "Not sure", "not sure"),
)
_VIA = {"web": "in this form", "email": "by email"}

Stored = Mapping[str, tuple[str, Any, str]]  # question_id -> (text, value JSON, via), as Store.answers gives


def csrf_value(link_key: bytes, token: str) -> str:
    """The hidden form value that proves a POST came from a page we served for this link."""
    return hmac.new(link_key, b"followupd-csrf-v1\0" + token.encode(), hashlib.sha256).hexdigest()[:32]


def csrf_ok(link_key: bytes, token: str, submitted: str | None) -> bool:
    """Compared as bytes: compare_digest raises TypeError on a str with non-ASCII characters (a 500 before)."""
    if submitted is None:
        return False
    return hmac.compare_digest(
        csrf_value(link_key, token).encode(), submitted.encode("utf-8", "surrogatepass")
    )


def _score(value: Any) -> str:
    score = float(value)
    return str(int(score)) if score.is_integer() else f"{score:g}"


def _prefill(question: Question, entry: tuple[str, Any, str] | None) -> str:
    """What the field shows now: the parsed value for ratings and choices, the text otherwise."""
    if entry is None:
        return ""
    text, value, _via = entry
    if question.kind is Kind.rating:
        return _score(value) if value is not None else ""
    if question.kind is Kind.choice:
        return str(value) if value in {c[0] for c in CHOICES} else ""
    return text


@dataclass(frozen=True)
class Field:
    """One question as the form shows it."""

    id: str
    number: int
    kind: str
    text: str
    value: str  # pre-filled value (number, radio value or text)
    earlier: str  # the stored text when the field cannot show it all ("7/10, not bad" behind a number input)
    via: str  # "by email" / "in this form" / "" when unanswered


def fields(questionnaire: Questionnaire, stored: Stored) -> list[Field]:
    out = []
    for number, question in enumerate(questionnaire.questions, start=1):
        entry = stored.get(question.id)
        value = _prefill(question, entry)
        text = entry[0] if entry else ""
        earlier = text if entry and question.kind in (Kind.rating, Kind.choice) and text != value else ""
        via = _VIA.get(entry[2], f"via {entry[2]}") if entry else ""
        out.append(Field(question.id, number, question.kind.value, question.text, value, earlier, via))
    return out


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def submitted_answers(
    questionnaire: Questionnaire, form: Mapping[str, str], stored: Stored, *, interview_date: date
) -> list[tuple[str, str, Any]]:
    """(question_id, text, value JSON) for each field that was filled in and differs from what it showed.

    An empty field keeps the earlier answer; an unchanged pre-filled field is skipped too, so that a rating
    answered "7/10, not bad" by email is not replaced by the bare "7" its number input showed.
    """
    answers = []
    for question in questionnaire.questions:
        raw = _clean(form.get(question.id, ""))
        if not raw or raw == _prefill(question, stored.get(question.id)):
            continue
        text = raw
        if question.kind is Kind.choice:
            text = next((c[2] for c in CHOICES if c[0] == raw), raw)
        value, _notes = read_value(question, text, interview_date)
        answers.append((question.id, text, value_to_json(value)))
    return answers


@dataclass(frozen=True)
class Summary:
    """What the confirmation page says: answered count, the rating, what is open, what could not be read."""

    answered: int
    total: int
    rating: str | None
    open_numbers: tuple[int, ...]
    notes: tuple[str, ...]
    answers: tuple[tuple[int, str, str], ...]  # (number, question text, answer text) for the answered ones


def summarize(questionnaire: Questionnaire, stored: Stored, *, interview_date: date) -> Summary:
    notes, answers, open_numbers = [], [], []
    for number, question in enumerate(questionnaire.questions, start=1):
        entry = stored.get(question.id)
        if entry is None:
            open_numbers.append(number)
            continue
        text, value, _via = entry
        answers.append((number, question.text, text))
        if question.kind is not Kind.text and value is None:
            _value, why = read_value(question, text, interview_date)
            reason = why[0] if why else f"no {question.kind.value} could be read"
            notes.append(f"Answer {number}: {reason}; it is saved as text only.")
    rating_entry = next((stored.get(q.id) for q in questionnaire.questions if q.kind is Kind.rating), None)
    rating = _score(rating_entry[1]) if rating_entry is not None and rating_entry[1] is not None else None
    return Summary(
        answered=len(answers),
        total=len(questionnaire),
        rating=rating,
        open_numbers=tuple(open_numbers),
        notes=tuple(notes),
        answers=tuple(answers),
    )
