"""What a thank-you note says to each interviewer: the greeting name and one point from the user's own answers."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass

from followupd.domain.detect import is_robot, name_from_address
from followupd.domain.models import Interview, Person

__all__ = ["Note", "Point", "PointKind", "greeting_name", "plan_notes", "recipients"]

# Local parts that are a team or a function, not a person: "Dear Recruiting" would be worse than "Hello".
_FUNCTION_WORDS = frozenset(
    [
        "admin",
        "careers",
        "contact",
        "office",
        "hello",
        "hiring",
        "hr",
        "info",
        "interview",
        "interviews",
        "jobs",
        "job",
        "karriere",
        "people",
        "personal",
        "recruiting",
        "recruitment",
        "recruiter",
        "recruiters",
        "support",
        "talent",
        "team",
        "bewerbung",
        "bewerbungen",
        "service",
        "sales",
    ]
)
_TITLES = frozenset(
    [
        "dr",
        "dr.",
        "prof",
        "prof.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "mx",
        "mx.",
        "herr",
        "frau",
        "sir",
    ]
)
_MAX_POINT = 160  # characters: a longer answer is not quoted (it would not read as one sentence)


class PointKind(enum.StrEnum):
    """Where the note's one concrete point comes from (the template words it)."""

    topic = "topic"  # what she discussed with this interviewer (her rapport answer names them)
    role = "role"  # what she likes about the role
    company = "company"  # what she likes about the company
    went_well = "went_well"  # what went well


@dataclass(frozen=True)
class Point:
    kind: PointKind
    text: str  # her own words, one sentence, no trailing full stop


@dataclass(frozen=True)
class Note:
    """One interviewer's note before rendering: everything the template may use, nothing invented."""

    number: int  # 1-based, as shown to the user
    person: Person
    greeting_name: str  # "" means a neutral greeting
    point: Point | None
    interested: bool  # she answered "yes" to wanting the job


def recipients(interview: Interview, own_addresses: tuple[str, ...]) -> tuple[Person, ...]:
    """The interviewers a note goes to: people only (no rooms, groups or robots: detection dropped those),
    never the user herself, each once; someone without an address is kept (the note waits for one)."""
    own = {a.lower() for a in own_addresses}
    seen: set[str] = set()
    people: list[Person] = []
    for person in interview.interviewers:
        email = person.email.strip().lower()
        if email and (email in own or is_robot(email) or email in seen):
            continue
        if not email and not person.name.strip():
            continue
        key = email or person.name.strip().lower()
        if key in seen:
            continue
        seen.add(key)
        people.append(Person(person.name.strip(), email))
    return tuple(people)


def _looks_like_name(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.lower() not in _FUNCTION_WORDS


def greeting_name(person: Person) -> str:
    """The first name to greet with, or "" for a neutral greeting: from the calendar's CN, else from an address
    like jane.doe@ (Jane); never an address, never a function word like "Recruiting"."""
    name = person.name.strip()
    derived = not name or (person.email and name == name_from_address(person.email))
    if name and not derived and "@" not in name:
        if "," in name:  # "Doe, Jane"
            name = name.split(",", 1)[1].strip()
        words = [w for w in name.split() if w.lower() not in _TITLES]
        first = words[0].strip("\"'()") if words else ""
        if first and _looks_like_name(first.replace("-", "")):
            return first[0].upper() + first[1:]
        return ""
    local = person.email.partition("@")[0].partition("+")[0]
    parts = [p for p in re.split(r"[._-]+", local) if p]
    if len(parts) >= 2 and _looks_like_name(parts[0]) and parts[1].isalpha():
        return parts[0].capitalize()
    return ""


def _clean(text: str) -> str:
    """Her answer as one quotable phrase: the first sentence, one line, no trailing stop; "" if unusable."""
    text = re.sub(r"\s+", " ", text).strip()
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].strip().rstrip(".!;:, ")
    if len(first) < 3 or len(first) > _MAX_POINT or first.lower() in {"n/a", "none", "nothing", "-", "no"}:
        return ""
    return first


def _topic_for(person: Person, greeting: str, rapport: str) -> str:
    """The topic of her conversation with this person, when her rapport answer names them: "… with Jane about
    Rust async runtimes" gives "Rust async runtimes"."""
    names = {n for n in (greeting, person.name.split()[0] if person.name.split() else "") if len(n) >= 2}
    for sentence in re.split(r"(?<=[.!?])\s+|\n", rapport):
        if not any(re.search(rf"\b{re.escape(n)}\b", sentence, re.IGNORECASE) for n in names):
            continue
        found = re.search(r"\b(?:about|regarding|über)\s+(.+)", sentence, re.IGNORECASE)
        if found:
            return _clean(found.group(1))
    return ""


def plan_notes(
    interview: Interview, *, own_addresses: tuple[str, ...], answers: Mapping[str, str], plain: bool
) -> tuple[Note, ...]:
    """One note per interviewer. From the answers (unless `plain`): a topic she names with that person first,
    else the general points (role, company, what went well) handed out so that panel notes differ."""
    people = recipients(interview, own_addresses)
    used = {} if plain else answers
    general = [
        Point(kind, text)
        for kind in (PointKind.role, PointKind.company, PointKind.went_well)
        if (text := _clean(used.get(kind.value, "")))
    ]
    interested = (not plain) and used.get("want_job", "").strip().lower() == "yes"
    notes: list[Note] = []
    spare = 0
    for number, person in enumerate(people, start=1):
        greeting = greeting_name(person)
        topic = _topic_for(person, greeting, used.get("rapport", "")) if used.get("rapport") else ""
        point: Point | None
        if topic:
            point = Point(PointKind.topic, topic)
        elif general:
            point = general[spare % len(general)]
            spare += 1
        else:
            point = None
        notes.append(Note(number, person, greeting, point, interested))
    return tuple(notes)
