"""Detection beyond the first languages and shapes: hiring-team mailboxes, more languages, roles in brackets."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.domain.detect import detect
from followupd.domain.models import Attendee, CalendarEvent, Person
from followupd.domain.policy import InterviewRules

UTC = ZoneInfo("UTC")
ME = ("maya@example.org",)
RULES = InterviewRules()
RECRUITER = Attendee("raj.patel@tailspin.example", "Raj Patel")


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


@pytest.mark.parametrize("local", ["recruiting", "talent", "hr", "jobs", "careers", "people", "recruitment"])
def test_a_hiring_team_mailbox_that_attends_is_someone_to_thank(local):
    """A recruiting team's role mailbox in the invitation is an interviewer, named after its company."""
    ev = event(
        "Interview: Tailspin, Data Engineer",
        organizer=RECRUITER,
        attendees=(Attendee(f"{local}@tailspin.example"), Attendee("maya@example.org", "Maya Example")),
    )
    got = detect(ev, rules=RULES, own_addresses=ME).interviewers
    assert ["raj.patel@tailspin.example", f"{local}@tailspin.example"] == [p.email for p in got]
    assert got[1].name.startswith("Tailspin ")


def test_machinery_and_groups_are_still_nobody_to_thank():
    """Group calendars, group attendees, rooms, resources, bots, booking services and decliners are left out."""
    ev = event(
        "Phone screen",
        organizer=Attendee("c_0a1b2c3d4e@group.calendar.google.com", "Tailspin Hiring"),
        attendees=(
            Attendee("talent@tailspin.example", "Tailspin Talent"),
            Attendee("hiring-panel@tailspin.example", "Hiring panel", cutype="GROUP"),
            Attendee("room-4@tailspin.example", "Room 4.02", cutype="ROOM"),
            Attendee("beamer@tailspin.example", "Beamer", cutype="RESOURCE"),
            Attendee("scheduling-bot@tailspin.example"),
            Attendee("notifications@tailspin.example"),
            Attendee("booking@youcanbook.me"),
            Attendee("hr@tailspin.example", "Tailspin HR", partstat="DECLINED"),
            Attendee("maya@example.org"),
        ),
    )
    got = detect(ev, rules=RULES, own_addresses=ME).interviewers
    assert (Person("Tailspin Talent", "talent@tailspin.example"),) == got


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Rozmowa rekrutacyjna – Tailspin – Analityk danych", "Tailspin", "Analityk danych"),
        ("Rozmowa o pracę: Tailspin, Inżynier DevOps", "Tailspin", "Inżynier DevOps"),
        ("Jobbintervju hos Tailspin – Systemutvikler", "Tailspin", "Systemutvikler"),
        ("Jobsamtale: Tailspin, Softwareudvikler", "Tailspin", "Softwareudvikler"),
        ("Anställningsintervju med Tailspin för Frontendutvecklare", "Tailspin", "Frontendutvecklare"),
        ("Työhaastattelu: Tailspin, Ohjelmistokehittäjä", "Tailspin", "Ohjelmistokehittäjä"),
        ("Pohovor – Tailspin – Vývojář Java", "Tailspin", "Vývojář Java"),
        ("面试：Tailspin – 后端工程师", "Tailspin", "后端工程师"),
        ("Entrevista con Tailspin – Ingeniera de Software", "Tailspin", "Ingeniera de Software"),
        ("Bewerbungsgespräch: Tailspin, Softwareentwickler", "Tailspin", "Softwareentwickler"),
    ],
)
def test_interviews_in_more_languages_with_their_company_and_role(summary, company, role):
    """Polish, Norwegian, Danish, Swedish, Finnish, Czech, Chinese and Spanish titles read like English ones."""
    result = detect(event(summary, organizer=RECRUITER), rules=RULES, own_addresses=ME)
    assert (True, company, role) == (result.is_interview, result.company, result.role)


@pytest.mark.parametrize(
    "summary",
    ["Przygotowanie do rozmowy kwalifikacyjnej", "Förberedelse inför intervju", "Webinarium: intervju tips"],
)
def test_prep_blocks_and_events_in_more_languages_are_not_interviews(summary):
    """A prep block or a webinar in Polish or Swedish is vetoed like its English twin."""
    ev = event(summary, organizer=Attendee("maya@example.org"))
    assert False is detect(ev, rules=RULES, own_addresses=ME).is_interview


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        (
            "Interview: Tailspin – Community Manager (Meetups & Livestreams)",
            "Community Manager (Meetups & Livestreams)",
        ),
        ("Interview - Tailspin - Workshop & Events Coordinator", "Workshop & Events Coordinator"),
        ("Phone screen: Tailspin, Training Specialist (Bootcamp)", "Training Specialist (Bootcamp)"),
        ("Interview Tailspin (Training Specialist, Bootcamps)", "Training Specialist, Bootcamps"),
    ],
)
def test_an_event_word_inside_the_role_name_does_not_veto(summary, role):
    """After the interview word, "Meetups", "Workshop" or "Bootcamp" inside the role name is the job's subject."""
    result = detect(event(summary, organizer=RECRUITER), rules=RULES, own_addresses=ME)
    assert (True, "Tailspin", role) == (result.is_interview, result.company, result.role)


@pytest.mark.parametrize(
    "summary",
    [
        "Interview skills – Workshop",
        "Interview webinar for career changers",
        "Meetup: interviews at Tailspin",
        "Interview: how to run workshops as a manager",
        "Interview tips for every Developer (Webinar)",
        "Interview: how to ace it (workshop for engineers)",
    ],
)
def test_event_words_that_speak_of_the_event_still_veto(summary):
    """An event word before the interview word, next to it, or outside a role name is still an event."""
    assert False is detect(event(summary, organizer=RECRUITER), rules=RULES, own_addresses=ME).is_interview


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Technical interview (Staff Engineer)", "Staff Engineer"),
        ("Final round interview (Product Designer)", "Product Designer"),
    ],
)
def test_a_role_in_brackets_after_the_interview_word(summary, role):
    """The role in brackets is read even when a group attendee's address shares its first word."""
    ev = event(
        summary,
        organizer=Attendee("talent@tailspin.example", "Tailspin Talent"),
        attendees=(
            Attendee("staff-team@tailspin.example", "Staff team", cutype="GROUP"),
            Attendee("product-guild@tailspin.example", cutype="GROUP"),
        ),
    )
    result = detect(ev, rules=RULES, own_addresses=ME)
    assert ("Tailspin", role) == (result.company, result.role)


@pytest.mark.parametrize(
    "summary",
    [
        "Interview: Maya Example <> Tailspin (Data Engineer)",
        "Maya Example x Tailspin – Data Engineer interview",
        "Interview between Maya Example and Tailspin, Data Engineer",
    ],
)
def test_the_users_own_name_never_becomes_the_company(summary):
    """Zoom and scheduling tools put the user's name in the title even when she is no attendee."""
    result = detect(event(summary, organizer=RECRUITER), rules=RULES, own_addresses=ME)
    assert ("Tailspin", "Data Engineer") == (result.company, result.role)


def test_a_localized_cancelled_prefix_is_not_the_company():
    """Outlook's Polish and Swedish "cancelled" prefixes are dropped from the title like "Canceled:"."""
    for summary in ("Anulowane: Rozmowa kwalifikacyjna – Tailspin", "Inställt: Intervju – Tailspin"):
        result = detect(event(summary, organizer=RECRUITER), rules=RULES, own_addresses=ME)
        assert (True, "Tailspin") == (result.is_interview, result.company)
