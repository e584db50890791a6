"""What each interviewer's note says: greeting names, her own points handed out so panel notes differ."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from followupd.domain.models import Interview, Person
from followupd.domain.notes import Point, PointKind, greeting_name, plan_notes, recipients

END = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
OWN = ("maya@example.org",)
PANEL = Interview(
    id=1,
    source="work",
    uid="u",
    recurrence_id="",
    company="Acme",
    role="Engineer",
    start=END - timedelta(hours=1),
    end=END,
    tzid="Europe/Berlin",
    interviewers=(
        Person("Jane Doe", "jane@acme.example"),
        Person("Raj Patel", "raj@acme.example"),
        Person("Li Wei", "li.wei@acme.example"),
    ),
)


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (Person("Jane Doe", "jane@acme.example"), "Jane"),
        (Person("Doe, Jane", "jd@acme.example"), "Jane"),
        (Person("Dr. Raj Patel", "rp@acme.example"), "Raj"),
        (Person("", "jane.doe@acme.example"), "Jane"),
        (Person("Jane Doe", "jane.doe@acme.example"), "Jane"),  # what detection derives from the address
        (Person("Jdoe", "jdoe@acme.example"), ""),  # derived from a local part that is no name
        (Person("Recruiting", "recruiting@acme.example"), ""),
        (Person("", "talent.team@acme.example"), ""),
        (Person("jane@acme.example", "jane@acme.example"), ""),  # a CN that is an address
        (Person("", "x7@acme.example"), ""),
        (Person("Raj Patel", ""), "Raj"),
        (Person("   ", "hr@acme.example"), ""),
    ],
)
def test_greeting_name(person: Person, expected: str) -> None:
    """A first name from the CN or a first.last address; otherwise "" (a neutral greeting), never an address."""
    assert expected == greeting_name(person)


def test_recipients_drop_the_user_duplicates_and_robots_but_keep_a_named_person_without_address() -> None:
    interview = replace(
        PANEL,
        interviewers=(
            Person("Jane Doe", "jane@acme.example"),
            Person("Maya Example", "Maya@Example.org"),
            Person("Jane D.", "JANE@acme.example"),
            Person("Calendar", "noreply@acme.example"),
            Person("Raj Patel", ""),
        ),
    )
    assert (Person("Jane Doe", "jane@acme.example"), Person("Raj Patel", "")) == recipients(interview, OWN)


def test_panel_notes_take_different_points_from_her_answers() -> None:
    answers = {
        "role": "The team owns the whole payments platform",
        "company": "They publish their postmortems openly",
        "went_well": "Explaining the cache design. Also the coding part.",
        "want_job": "yes",
    }
    notes = plan_notes(PANEL, own_addresses=OWN, answers=answers, plain=False)
    assert [
        Point(PointKind.role, "The team owns the whole payments platform"),
        Point(PointKind.company, "They publish their postmortems openly"),
        Point(PointKind.went_well, "Explaining the cache design"),
    ] == [n.point for n in notes]
    assert [True, True, True] == [n.interested for n in notes]


def test_a_topic_she_names_with_one_interviewer_goes_to_that_interviewer() -> None:
    answers = {
        "rapport": "Got on well with Raj; we talked about Rust async runtimes.",
        "role": "Remote-first team",
    }
    notes = plan_notes(PANEL, own_addresses=OWN, answers=answers, plain=False)
    by_name = {n.person.name: n.point for n in notes}
    assert Point(PointKind.topic, "Rust async runtimes") == by_name["Raj Patel"]
    assert Point(PointKind.role, "Remote-first team") == by_name["Jane Doe"]


def test_plain_notes_use_nothing_from_the_answers() -> None:
    answers = {"role": "The team owns the whole payments platform", "want_job": "yes"}
    notes = plan_notes(PANEL, own_addresses=OWN, answers=answers, plain=True)
    assert [(None, False)] * 3 == [(n.point, n.interested) for n in notes]


@pytest.mark.parametrize("answer", ["", "n/a", "-", "no", "x" * 400])
def test_unusable_answers_give_no_point(answer: str) -> None:
    """Nothing invented: an empty, dismissive or rambling answer leaves the note short and generic."""
    notes = plan_notes(PANEL, own_addresses=OWN, answers={"role": answer, "want_job": "unsure"}, plain=False)
    assert [(None, False)] * 3 == [(n.point, n.interested) for n in notes]
