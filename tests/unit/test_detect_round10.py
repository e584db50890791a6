"""Round 10: senders named "do not reply", stage words in more languages, kinds of call, early-career roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.domain.detect import detect
from followupd.domain.models import Attendee, CalendarEvent
from followupd.domain.policy import InterviewRules

UTC = ZoneInfo("UTC")
ME = ("maya@example.org",)
MAYA = Attendee("maya@example.org", "Maya Example")
JANE = Attendee("jane.doe@fernhollow.example", "Jane Doe")


def event(summary: str, **changes: object) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2027, 3, 2, 9, tzinfo=UTC),
        end=datetime(2027, 3, 2, 10, tzinfo=UTC),
        tzid="UTC",
        organizer=JANE,
        attendees=(JANE, MAYA),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def seen(ev: CalendarEvent) -> tuple[bool, str, str, tuple[str, ...]]:
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    return result.is_interview, result.company, result.role, tuple(p.email for p in result.interviewers)


@pytest.mark.parametrize(
    "name",
    [
        "Fernhollow (do not reply)",
        "Fernhollow Karriere – bitte nicht antworten",
        "Fernhollow (ne pas répondre)",
        "Fernhollow Empleo (no responder)",
        "Fernhollow no-reply",
    ],
)
def test_an_organizer_whose_name_says_not_to_reply_is_no_interviewer(name: str) -> None:
    """A tenant mailbox of an applicant-tracking tool ("fernhollow@" its domain) named "do not reply" in any
    language sends the invitation; only the person who interviews is thanked."""
    robot = Attendee("fernhollow@hiringsuite.example", name)
    ev = event("Interview: Data Analyst – Fernhollow", organizer=robot, attendees=(robot, MAYA, JANE))
    assert ("jane.doe@fernhollow.example",) == seen(ev)[3]


def test_the_company_a_no_reply_tenant_mailbox_spells_is_still_the_company() -> None:
    """ "fernhollow@" under "Fernhollow (ne pas répondre)" is no person, so "Fernhollow" in the title is the
    company, not a name to leave out."""
    robot = Attendee("fernhollow@hiringsuite.example", "Fernhollow (ne pas répondre)")
    ev = event("Entretien : Comptable – Fernhollow", organizer=robot, attendees=(robot, MAYA, JANE))
    assert (True, "Fernhollow", "Comptable") == seen(ev)[:3]


@pytest.mark.parametrize(
    "summary", ["Recorded Interview – Harbor Mutual", "One-way interview – Harbor Mutual"]
)
def test_a_one_way_video_interview_word_is_not_the_company(summary: str) -> None:
    """ "Recorded", "one-way" say how the interview is held, like "video"."""
    assert (True, "Harbor Mutual") == seen(event(summary))[:2]


def test_a_person_whose_name_has_reply_in_it_is_still_an_interviewer() -> None:
    """Only the phrase marks a robot: a surname like "Replyson" does not."""
    jon = Attendee("jon.replyson@fernhollow.example", "Jon Replyson")
    ev = event("Interview: Data Analyst – Fernhollow", organizer=jon, attendees=(jon, MAYA))
    assert ("jon.replyson@fernhollow.example",) == seen(ev)[3]


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Colloquio finale con Fernhollow – Analista dati", "Fernhollow", "Analista dati"),
        ("Entretien technique avec Fernhollow – Comptable", "Fernhollow", "Comptable"),
        ("Entrevista técnico con Fernhollow – Desarrollador Java", "Fernhollow", "Desarrollador Java"),
    ],
)
def test_a_stage_word_after_the_interview_word_is_not_the_company(
    summary: str, company: str, role: str
) -> None:
    """ "finale", "technique", "técnico" name the round, like "final" and "technical" do in English."""
    assert (True, company, role) == seen(event(summary))[:3]


@pytest.mark.parametrize(
    ("summary", "company"),
    [
        ("Llamada de preselección con Fernhollow – Contable", "Fernhollow"),
        ("Chamada de screening com Fernhollow – Contador", "Fernhollow"),
        ("Appel de screening avec Fernhollow – Comptable", "Fernhollow"),
    ],
)
def test_the_kind_of_call_before_whom_it_is_with_is_not_the_company(summary: str, company: str) -> None:
    """A call word, "de"/"di", the kind of call, then "con"/"avec" and the company: the company alone."""
    careers = Attendee("careers@fernhollow.example", "Fernhollow Careers")
    assert (True, company) == seen(event(summary, organizer=careers, attendees=(careers, MAYA)))[:2]


@pytest.mark.parametrize(
    "role", ["Graduate Programme", "Summer Internship", "Traineeprogramm Finanzen", "Apprenticeship"]
)
def test_an_early_career_programme_is_the_role_without_a_company_address(role: str) -> None:
    """With no company address to tell them apart, a programme applied for is still the role, whichever side."""
    bot = Attendee("noreply@videoscreen.example", "VideoScreen")
    for summary in (f"Video Interview – {role} – Harbor Mutual", f"Video Interview – Harbor Mutual – {role}"):
        ev = event(summary, organizer=bot, attendees=(bot, MAYA))
        assert (True, "Harbor Mutual", role) == seen(ev)[:3]


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Interview with Fernhollow (Data Analyst, Growth)", "Data Analyst, Growth"),
        ("Entretien avec Fernhollow – Comptable, Trésorerie", "Comptable, Trésorerie"),
        ("Interview: Fernhollow – Data Analyst, Remote", "Data Analyst"),
        ("Interview: Fernhollow – Data Analyst, Final Round", "Data Analyst"),
    ],
)
def test_the_team_after_a_comma_stays_with_the_role(summary: str, role: str) -> None:
    """ "Data Analyst, Growth" is the role with its team; a qualifier after the comma is not a team."""
    assert (True, "Fernhollow", role) == seen(event(summary))[:3]
