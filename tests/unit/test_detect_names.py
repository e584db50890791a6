"""Company and role from titles in more shapes: interview kinds, job numbers, people, tools and domains."""

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
RECRUITER = Attendee("ana.costa@globex.example", "Ana Costa")


def event(summary: str, **changes) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2026, 12, 3, 13, tzinfo=UTC),
        end=datetime(2026, 12, 3, 14, tzinfo=UTC),
        tzid="UTC",
        organizer=RECRUITER,
        attendees=(RECRUITER, MAYA),
    )
    return replace(base, **changes)


def names(ev: CalendarEvent) -> tuple[str, str]:
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    assert result.is_interview
    return result.company, result.role


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        (
            "Interview (Pair programming) – Backend Developer – Globex Labs",
            "Globex Labs",
            "Backend Developer",
        ),
        ("Colloquio tecnico – Globex – Sviluppatore Java", "Globex", "Sviluppatore Java"),
        ("Entretien de motivation – Globex – Chargée de communication", "Globex", "Chargée de communication"),
        ("Entrevista de competencias – Globex – Gerente de Produto", "Globex", "Gerente de Produto"),
    ],
)
def test_the_kind_of_interview_is_neither_company_nor_role(summary, company, role):
    """ "(Pair programming)", "tecnico", "de motivation" say what kind of interview, not who."""
    assert (company, role) == names(event(summary))


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("【最終面接】データアナリスト – Globex Japan", "Globex Japan", "データアナリスト"),
        ("Entrevista – Analista de Sistemas | Globex", "Globex", "Analista de Sistemas"),
        ("Globex | Staff SRE | Interview", "Globex", "Staff SRE"),
        ("Interview: Payroll Specialist (REQ-4411)", "Globex", "Payroll Specialist"),
        ("Interview – Frontend Developer – JR-20331 – Globex", "Globex", "Frontend Developer"),
        (
            "Teams-Besprechung: Vorstellungsgespräch Globex – Referentin Vertrieb",
            "Globex",
            "Referentin Vertrieb",
        ),
        ("Vorstellungsgespräch bei der Globex GmbH als Data Engineer", "Globex GmbH", "Data Engineer"),
        ("Entretien chez Globex comme Développeuse Python", "Globex", "Développeuse Python"),
        ("面接：Globex株式会社 データエンジニア", "Globex株式会社", "データエンジニア"),
    ],
)
def test_separators_brackets_and_job_numbers(summary, company, role):
    """Japanese brackets split a title, a job number is no company, a role in Portuguese is a role, "als"
    joins a role, a Japanese role follows a company in Latin letters."""
    assert (company, role) == names(event(summary))


def test_a_first_name_after_with_is_a_person_when_a_company_and_a_role_follow():
    """ "Sollicitatiegesprek met Pieter – Globex (Projectleider)": Pieter is the interviewer."""
    ev = event("Sollicitatiegesprek met Pieter – Globex (Projectleider)", organizer=None, attendees=())
    assert ("Globex", "Projectleider") == names(ev)


def test_with_still_names_the_company_when_no_role_is_there():
    """ "Interview with Globex – Backend": without a role word, "with" names the company."""
    assert ("Globex", "Backend") == names(
        event("Interview with Globex – Backend", organizer=None, attendees=())
    )


def test_a_tools_organizer_name_is_the_company_not_a_person():
    """ "Globex Corporation (via Ashby)" over a no-reply address names the company, not someone called Globex."""
    tool = Attendee("no-reply@ashby.example", "Globex Corporation (via Ashby)")
    people = (MAYA, Attendee("li.wei@globexcorporation.example", "Li Wei"))
    ev = event("Technical interview – Globex Corporation", organizer=tool, attendees=people)
    assert ("Globex Corporation", "") == names(ev)


@pytest.mark.parametrize(
    ("organizer", "summary", "company"),
    [
        (
            Attendee("talent@umbrellacorp.example", "Umbrella Corp Talent"),
            "Technical interview",
            "Umbrella Corp",
        ),
        (
            Attendee("ana@vandelayindustries.example", "Ana Costa"),
            "Maya / Vandelay Industries interview",
            "Vandelay Industries",
        ),
        (Attendee("ana@initech.example", "Ana Costa"), "Phone screen", "Initech"),
    ],
)
def test_the_company_from_an_address_is_spelled_as_the_event_spells_it(organizer, summary, company):
    """A domain's run-together name takes the spacing the title or the organizer's name gives it."""
    assert company == names(event(summary, organizer=organizer, attendees=(organizer, MAYA)))[0]


def test_a_role_named_only_in_the_description():
    """ "Hiring manager conversation" says no role; "pour le poste de cheffe de projet" does."""
    ev = event(
        "Hiring manager conversation – Globex",
        description="Bonjour Maya, voici notre échange pour le poste de cheffe de projet chez Globex.",
    )
    assert ("Globex", "cheffe de projet") == names(ev)


@pytest.mark.parametrize(
    ("summary", "company"),
    [
        ("Interview with Sarah Chen", "Globex"),
        ("Vorstellungsgespräch mit Jürgen Weber", "Globex"),
        ("Interview – Morgan Stanley – Analyst", "Morgan Stanley"),
    ],
)
def test_a_common_given_name_is_a_person_not_the_company(summary, company):
    """ "Sarah Chen" is someone even when not invited; a part that spells the sender's company stays it."""
    organizer = Attendee("ana.costa@morganstanley.example" if "Morgan" in summary else "ana@globex.example")
    assert company == names(event(summary, organizer=organizer, attendees=(organizer, MAYA)))[0]


@pytest.mark.parametrize(
    ("organizer", "company"),
    [
        (Attendee("no-reply@ats.example", "Initrode Talent Acquisition"), "Initrode"),
        (Attendee("noreply@initrode.bamboohr.com", "Hiring"), "Initrode"),
        (Attendee("bookings@initrode.onmicrosoft.com", "Bookings"), "Initrode"),
    ],
)
def test_a_tool_or_team_mailbox_names_the_company_when_no_person_does(organizer, company):
    """With nobody from the company's own domain, a tool's organizer name or its tenant names the company."""
    ev = event("Phone screen", organizer=organizer, attendees=(MAYA,))
    assert company == names(ev)[0]


def test_a_person_via_a_booking_tool_is_not_the_company():
    """ "Sarah Chen (via Calendly)" is the person who booked, not a company."""
    ev = event("Phone screen", organizer=Attendee("no-reply@booking.example", "Sarah Chen (via Calendly)"))
    assert "" == names(replace(ev, attendees=(MAYA,)))[0]


def test_the_fast_role_check_agrees_with_the_role_expression():
    """`has_role` (a word at a time) finds a role wherever ROLE_WORDS does, and nowhere else."""
    import re
    from pathlib import Path

    from followupd.domain.detect_title import ROLE_WORDS, has_role

    sets = Path(__file__).resolve().parents[1] / "eval" / "calendars"
    titles = {
        line.split(":", 1)[1]
        for ics in sets.rglob("*.ics")
        for line in ics.read_text(encoding="utf-8").replace("\r\n ", "").splitlines()
        if line.startswith("SUMMARY")
    }
    pieces = {p.strip() for t in titles for p in re.split(r"[-–|:,()]", t)} | titles
    pieces |= {
        "Projectleider",
        "Leider",
        "Controllerin",
        "Product  Owner",
        "head-of",
        "Ingenieurwesen",
        "Q&A",
    }
    assert len(pieces) > 300
    assert [] == [p for p in sorted(pieces) if has_role(p) != bool(ROLE_WORDS.search(p))]
