"""Detection weighed on evidence: exact-word vetoes, calendar machinery, look-alikes, company-first titles."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.domain.detect import detect, is_robot
from followupd.domain.models import Attendee, CalendarEvent
from followupd.domain.policy import InterviewRules

UTC = ZoneInfo("UTC")
ME = ("maya@example.org",)
RULES = InterviewRules()
RECRUITER = Attendee("jane.doe@northwind.example", "Jane Doe")


def event(summary: str, **changes) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2026, 11, 10, 13, tzinfo=UTC),
        end=datetime(2026, 11, 10, 14, tzinfo=UTC),
        tzid="UTC",
    )
    return replace(base, **changes)


def found(ev: CalendarEvent) -> bool:
    return detect(ev, rules=RULES, own_addresses=ME).is_interview


@pytest.mark.parametrize(
    ("summary", "organizer"),
    [
        ("Interview: Northwind Research, Research Engineer", RECRUITER),
        ("Interview: Northwind Research, Research Engineer", None),
        ("Northwind Research interview", RECRUITER),
        ("Interview: Mock Industries, QA Lead", None),
        ("Interview: Acme, Practice Lead", RECRUITER),
    ],
)
def test_veto_words_inside_company_or_role_do_not_veto(summary, organizer):
    """A veto word that is part of a name ("Northwind Research") does not hide a real interview."""
    assert True is found(event(summary, organizer=organizer))


@pytest.mark.parametrize(
    "summary",
    [
        "Research Northwind before the interview",
        "Interview prep: Northwind",
        "Prep - interview with Northwind",
        "Northwind interview practice",
        "Review notes for the Northwind interview",
    ],
)
def test_veto_words_about_the_interview_still_veto(summary):
    """A veto word at the start of the title or next to the interview word is a prep block."""
    assert False is found(event(summary, organizer=Attendee("maya@example.org")))


def test_veto_words_are_exact_words():
    """A longer word that starts with a veto word ("Preparedness", "Researchers") is no veto."""
    assert True is found(event("Interview: Preparedness Labs, Researchers Lead", organizer=RECRUITER))


@pytest.mark.parametrize(
    ("address", "name", "cutype", "role"),
    [
        ("c_1887abc@group.calendar.google.com", "Hiring calendar", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("c_99@resource.calendar.google.com", "", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("abc123@import.calendar.google.com", "", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("unknownorganizer@calendar.google.com", "", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("calendar-notification@google.com", "", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("room.berlin.402@northwind.example", "Berlin 4.02", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("b402@northwind.example", "Konferenzraum B 4.02 (8)", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("projector@northwind.example", "Beamer", "INDIVIDUAL", "NON-PARTICIPANT"),
        ("notifications@calendly.com", "Calendly", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("no-reply@zoom.us", "Zoom", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("noreply@email.teams.microsoft.com", "", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("meet-recordings-noreply@google.com", "", "INDIVIDUAL", "REQ-PARTICIPANT"),
        ("scheduling-bot@northwind.example", "", "INDIVIDUAL", "REQ-PARTICIPANT"),
    ],
)
def test_calendar_machinery_is_no_interviewer(address, name, cutype, role):
    """Group, resource and import calendars, rooms, notification and bot addresses are not interviewers."""
    ev = event(
        "Interview: Northwind, QA Lead",
        organizer=RECRUITER,
        attendees=(Attendee(address, name, cutype=cutype, role=role), Attendee("maya@example.org")),
    )
    result = detect(ev, rules=RULES, own_addresses=ME)
    assert ["jane.doe@northwind.example"] == [p.email for p in result.interviewers]


@pytest.mark.parametrize("address", ["jane.noreplyson@northwind.example", "bottas@northwind.example"])
def test_people_with_robot_like_letters_are_people(address):
    """Robot markers are matched as address parts, not letters inside a name."""
    assert False is is_robot(address)


@pytest.mark.parametrize(
    ("summary", "organizer"),
    [
        ("Webinar: How to ace your technical interview", Attendee("events@careerhub.example")),
        ("How to ace your interview", Attendee("newsletter@careerhub.example")),
        ("Interview skills masterclass", Attendee("hello@careerhub.example")),
        ("Acing the interview (live)", Attendee("no-reply@events.careerhub.example")),
        ("Job interview Q&A", Attendee("invites@mail.eventbrite.com")),
    ],
)
def test_events_about_interviews_are_not_interviews(summary, organizer):
    """Webinars about interviews from events, newsletter and marketing senders are look-alikes."""
    assert False is found(event(summary, organizer=organizer, attendees=(Attendee("maya@example.org"),)))


@pytest.mark.parametrize(
    "summary",
    [
        "Interview the new-grad candidates",
        "Interviews with new grads (QA Lead)",
        "Interview 3 people for QA Lead",
    ],
)
def test_hiring_side_events_the_user_organizes_are_vetoed(summary):
    """When Maya organizes and interviews others, it is not her interview (unless detect_own_hiring)."""
    ev = event(
        summary,
        organizer=Attendee("maya@example.org", "Maya"),
        attendees=(Attendee("sam.lee@gmail.com", "Sam Lee"), Attendee("kim.cho@outlook.com", "Kim Cho")),
    )
    assert False is found(ev)
    assert True is detect(ev, rules=InterviewRules(detect_own_hiring=True), own_addresses=ME).is_interview


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Northwind interview – QA Lead", "Northwind", "QA Lead"),
        ("Tailspin interview - Staff Engineer", "Tailspin", "Staff Engineer"),
        ("Fabrikam – Engineering Manager – interview (3 rounds)", "Fabrikam", "Engineering Manager"),
        ("Contoso | Interview | Data Analyst | Round 2", "Contoso", "Data Analyst"),
        ("Interview with Jane Doe", "Northwind", ""),
        ("Interview with Jane", "Northwind", ""),
        ("Interview between Northwind and Maya Example", "Northwind", ""),
        ("Interview with Maya Example for QA Lead at Tailspin", "Tailspin", "QA Lead"),
    ],
)
def test_company_and_role_from_company_first_titles(summary, company, role):
    """Company-first titles read right; a person is never the company; the organizer's domain fills in."""
    ev = event(
        summary,
        organizer=RECRUITER,
        attendees=(Attendee("maya@example.org", "Maya Example"), Attendee("raj@gmail.com", "Raj Patel")),
    )
    result = detect(ev, rules=RULES, own_addresses=ME)
    assert (company, role) == (result.company, result.role)


def test_company_comes_from_the_organizer_not_the_most_common_attendee_domain():
    """With no company in the title the organizer's domain names it, even when attendees outnumber it."""
    ev = event(
        "Technical interview",
        organizer=Attendee("raj.patel@tailspin.example", "Raj Patel"),
        attendees=(Attendee("a@agency.example"), Attendee("b@agency.example"), Attendee("maya@example.org")),
    )
    assert "Tailspin" == detect(ev, rules=RULES, own_addresses=ME).company


def test_freemail_or_robot_organizer_gives_way_to_attendees():
    """A Calendly or freemail organizer names no company; the interviewers' company domain does."""
    ev = event(
        "Phone screen",
        organizer=Attendee("notifications@calendly.com"),
        attendees=(Attendee("raj.patel@tailspin.example", "Raj Patel"), Attendee("maya@example.org")),
    )
    assert "Tailspin" == detect(ev, rules=RULES, own_addresses=ME).company


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Interview with Northwind Traders - Senior QA Engineer",
            ("Northwind Traders", "Senior QA Engineer"),
        ),
        ("[Northwind] Technical Interview – Maya Example", ("Northwind", "")),
        ("Northwind Traders Interview Round 2 with Jane Doe", ("Northwind Traders", "")),
        ("Final Interview - Senior Engineer @ Northwind", ("Northwind", "Senior Engineer")),
        ("Senior Engineer (Northwind) - Interview", ("Northwind", "Senior Engineer")),
        (
            "Vorstellungsgespräch Northwind GmbH – Senior Entwickler (m/w/d)",
            ("Northwind GmbH", "Senior Entwickler"),
        ),
        ("Interview: Maya Example x Northwind", ("Northwind", "")),
        ("Interview for the role of QA Lead", ("", "QA Lead")),
        (
            "Interview: Senior Backend Engineer at Northwind (Remote)",
            ("Northwind", "Senior Backend Engineer"),
        ),
        ("Interview for Northwind", ("Northwind", "")),
        ("Northwind | Interview | 10:00-11:00 CET", ("Northwind", "")),
        ("Phone interview with Jane Doe from Northwind", ("Northwind", "")),
        ("Entretien Northwind - Développeur Python", ("Northwind", "Développeur Python")),
        ("Northwind – Interview – Staff SRE", ("Northwind", "Staff SRE")),
    ],
)
def test_title_shapes_with_people_times_and_inner_connectors(title, expected):
    """People (even only a first name known), times, rounds and "at"/"@"/"from" inside a part read right."""
    from followupd.domain.detect import parse_title
    from followupd.domain.detect_defaults import DEFAULT_KEYWORDS

    assert expected == parse_title(title, keywords=DEFAULT_KEYWORDS, people=frozenset({"maya", "jane doe"}))


@pytest.mark.parametrize(
    "summary",
    [
        "User interviews: checkout flow",
        "Podcast interview with Raj",
        "Exit interview",
        "Interviewer training",
    ],
)
def test_interviews_that_are_not_job_interviews(summary):
    """User research, podcasts, exit interviews and interviewer training are not the user's job interviews."""
    assert False is found(event(summary, organizer=RECRUITER))


def test_a_colleague_at_the_users_own_company_inviting_her_to_interview_a_candidate():
    """An organizer from the user's own (non-freemail) domain and a candidate in the title: hiring side."""
    ev = event(
        "Interview: Sam Lee for Junior Developer",
        organizer=Attendee("kim@example.org", "Kim"),
        attendees=(Attendee("sam.lee@gmail.com", "Sam Lee"), Attendee("maya@example.org")),
    )
    assert False is found(ev)


def test_a_team_mailbox_that_organizes_is_an_interviewer_and_names_the_company():
    """careers@ organizing the interview is the hiring team, someone to thank; its domain names the company."""
    ev = event(
        "Phone screen",
        organizer=Attendee("careers@tailspin.example", "Tailspin Careers"),
        attendees=(Attendee("raj.patel@tailspin.example", "Raj Patel"), Attendee("maya@example.org")),
    )
    result = detect(ev, rules=RULES, own_addresses=ME)
    assert ("Tailspin", ["careers@tailspin.example", "raj.patel@tailspin.example"]) == (
        result.company,
        [p.email for p in result.interviewers],
    )


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Interview Confirmation: Maya Example - Senior Engineer at Northwind",
            ("Northwind", "Senior Engineer"),
        ),
        ("Superday - Northwind Capital", ("Northwind Capital", "")),
        ("Assessment Center: Northwind", ("Northwind", "")),
        ("Entrevue avec Northwind", ("Northwind", "")),
    ],
)
def test_ats_confirmations_and_finance_and_assessment_shapes(summary, expected):
    """ATS confirmation titles, superdays, assessment centres and Canadian French are interviews."""
    result = detect(event(summary, organizer=RECRUITER), rules=RULES, own_addresses=ME)
    assert (True, *expected) == (result.is_interview, result.company, result.role)


@pytest.mark.parametrize(
    ("summary", "categories", "expected"),
    [
        ("Northwind / QA Lead", ("Interview",), ("Northwind", "QA Lead")),
        ("Coffee chat", ("Interview",), ("Northwind", "")),
        ("interview northwind", (), ("Northwind", "")),
        ("Interview w/ Tailspin", (), ("Tailspin", "")),
        ("Technical assessment - Tailspin - Backend Engineer", (), ("Tailspin", "Backend Engineer")),
    ],
)
def test_company_and_role_when_the_title_lacks_the_keyword_or_capitals(summary, categories, expected):
    """A category-found interview reads "Company / Role"; an all-lower company takes the domain's capitals."""
    result = detect(event(summary, categories=categories, organizer=RECRUITER), rules=RULES, own_addresses=ME)
    assert (True, *expected) == (result.is_interview, result.company, result.role)
