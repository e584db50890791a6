"""What a heads-up to a reference says: the company, the role, who may call, roughly when, what to emphasise."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from followupd.domain.models import Interview, Person
from followupd.domain.notes import greeting_name, recipients
from followupd.domain.policy import ReferenceSettings

__all__ = ["HeadsUp", "Timing", "plan_heads_up", "subject", "timing"]

_MAX_OWN_WORDS = 200  # characters: a longer answer is not quoted


class Timing(enum.StrEnum):
    """Roughly when a call may come, from the hear-back date she was given; none when she was given none."""

    this_week = "this_week"
    coming_weeks = "coming_weeks"
    none = "none"


def timing(hear_back: date | None, today: date) -> Timing:
    """This week when the hear-back date falls in today's week (Monday to Sunday), the coming weeks when it is
    later; nothing for no date or one already past (nothing is invented)."""
    if hear_back is None or hear_back < today:
        return Timing.none
    week_end = date.fromordinal(today.toordinal() + 6 - today.weekday())
    return Timing.this_week if hear_back <= week_end else Timing.coming_weeks


@dataclass(frozen=True)
class HeadsUp:
    """One reference's heads-up before rendering: everything the template may use, nothing invented."""

    reference: Person
    greeting_name: str  # "" means a neutral greeting
    company: str
    role: str
    callers: tuple[str, ...]  # the interviewers' names (never addresses)
    timing: Timing
    speaks_to: str  # what the reference could emphasise, from the config
    role_words: str  # what she said she likes about the role, her own words
    went_well: str  # what she said went well, her own words


def _own(text: str) -> str:
    """Her answer as one phrase: one line, no trailing stop; "" if unusable or too long to quote."""
    text = re.sub(r"\s+", " ", text).strip().rstrip(".!;:, ")
    if len(text) < 3 or len(text) > _MAX_OWN_WORDS or text.lower() in {"n/a", "none", "nothing", "-", "no"}:
        return ""
    return text


def _callers(interview: Interview, own_addresses: tuple[str, ...]) -> tuple[str, ...]:
    names: list[str] = []
    for person in recipients(interview, own_addresses):
        name = " ".join(person.name.split())
        if name and "@" not in name and name.lower() != "none" and name not in names:
            names.append(name)
    return tuple(names)


def plan_heads_up(
    interview: Interview,
    reference: ReferenceSettings,
    *,
    own_addresses: tuple[str, ...],
    answers: Mapping[str, str],
    hear_back: date | None,
    today: date,
) -> HeadsUp:
    person = Person(reference.name.strip(), reference.email)
    return HeadsUp(
        reference=person,
        greeting_name=greeting_name(person),
        company=interview.company.strip(),
        role=interview.role.strip(),
        callers=_callers(interview, own_addresses),
        timing=timing(hear_back, today),
        speaks_to=_own(reference.speaks_to),
        role_words=_own(answers.get("role", "")),
        went_well=_own(answers.get("went_well", "")),
    )


def subject(company: str, role: str) -> str:
    """ "A call from <company> may come your way", else about the role, else a neutral subject."""
    if company.strip():
        return f"A call from {company.strip()} may come your way"
    if role.strip():
        return f"A reference call about the {role.strip()} role may come your way"
    return "A reference call may come your way"
