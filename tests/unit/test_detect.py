"""Interview detection: keywords in eight languages, vetoes, rules, and what is read from the event."""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.config.settings import InterviewRules
from followupd.domain.detect import check_rules, company_from_domain, detect, name_from_address, parse_title
from followupd.domain.detect_defaults import DEFAULT_KEYWORDS
from followupd.domain.models import Attendee, CalendarEvent, Person

UTC = ZoneInfo("UTC")
ME = ("maya@example.org", "maya.private@gmail.com")
DEFAULT = InterviewRules()


def event(summary: str = "Meeting", **changes) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2026, 11, 10, 13, tzinfo=UTC),
        end=datetime(2026, 11, 10, 14, tzinfo=UTC),
        tzid="UTC",
        calendar_name="Work",
    )
    return replace(base, **changes)


def verdict(ev: CalendarEvent, rules: InterviewRules = DEFAULT) -> tuple[bool, str]:
    result = detect(ev, rules=rules, own_addresses=ME)
    return result.is_interview, result.rule


@pytest.mark.parametrize(
    ("summary", "keyword"),
    [
        ("Interview: Acme, Senior Backend Engineer", "Interview"),
        ("Second interviews with the team", "interview"),
        ("Phone screen - Globex", "Phone screen"),
        ("Technical screen with Initech", "Technical screen"),
        ("Hiring manager call", "Hiring manager"),
        ("Onsite at Stark Industries", "Onsite"),
        ("Vorstellungsgespräch bei Acme GmbH", "Vorstellungsgespräch"),
        ("BEWERBUNGSGESPRÄCH Hooli", "BEWERBUNGSGESPRÄCH"),
        ("Entretien d'embauche - Vandelay", "Entretien d'embauche"),
        ("Entretien d’embauche chez Vandelay", "Entretien d'embauche"),
        ("Entrevista de trabajo con Acme", "Entrevista de trabajo"),
        ("Entrevista de emprego na Acme", "Entrevista de emprego"),
        ("Colloquio di lavoro presso Acme", "Colloquio di lavoro"),
        ("Sollicitatiegesprek bij Acme", "Sollicitatiegesprek"),
        ("株式会社アクメ 一次面接", "面接"),
        ("Invitation: Interview @ Wed Nov 11, 2026 2pm - 3pm (CET) (maya@example.org)", "Interview"),
    ],
)
def test_keywords_in_eight_languages(summary, keyword):
    """Default keywords fire as words, in any case, in English, German, French, Spanish, Portuguese, Italian,
    Dutch and Japanese."""
    assert (True, f"keyword {keyword!r} in summary") == verdict(event(summary))


@pytest.mark.parametrize(
    "summary",
    ["Interviewer training", "Reinterview policy", "Team lunch", "Entretenimiento", ""],
)
def test_keywords_do_not_fire_inside_other_words(summary):
    """A keyword inside a longer word, or no keyword at all, is not an interview."""
    assert (False, "no keyword or rule matched") == verdict(event(summary))


@pytest.mark.parametrize(
    "summary",
    [
        "Interview prep",
        "Prepare for interview with Acme",
        "Mock interview with Raj",
        "Vorbereitung Vorstellungsgespräch",
        "Préparation entretien",
        "面接対策",
        "Interview practice",
    ],
)
def test_prep_blocks_are_vetoed(summary):
    """Time set aside to get ready for an interview is not the interview."""
    assert (False, "excluded: prep block") == verdict(event(summary))


def test_real_invitation_asking_to_prepare_is_still_an_interview():
    """The prep veto looks at the title only: an invitation whose description says "please prepare" counts."""
    ev = event("Interview: Acme", description="Please prepare a short presentation.")
    assert (True, "keyword 'Interview' in summary") == verdict(ev)


def test_all_day_events_are_skipped_unless_included():
    """All-day events are not interviews by default; rules.include_all_day lets them through."""
    ev = event("Onsite interview day", all_day=True)
    assert (False, "all-day event") == verdict(ev)
    assert (True, "keyword 'Onsite' in summary") == verdict(ev, InterviewRules(include_all_day=True))


@pytest.mark.parametrize(
    "summary",
    [
        "Interview with candidate Raj Patel",
        "Candidate interview",
        "Interview: Raj Patel for Backend Engineer",
        "Bewerber-Interview: Raj Patel",
    ],
)
def test_own_hiring_interviews_are_vetoed(summary):
    """When the user organizes and the title is about a candidate, she is the interviewer: not detected."""
    ev = event(
        summary,
        organizer=Attendee("maya@example.org", "Maya"),
        attendees=(Attendee("raj.patel@gmail.com", "Raj Patel"),),
    )
    assert (False, "excluded: your side organizes it and interviews a candidate") == verdict(ev)
    assert True is verdict(ev, InterviewRules(detect_own_hiring=True))[0]


def test_own_entry_without_candidate_is_detected():
    """The user's own calendar entry for her interview (she organizes, nobody invited) is detected."""
    ev = event("Interview: Acme, Senior Backend Engineer", organizer=Attendee("maya@example.org"))
    assert (True, "keyword 'Interview' in summary") == verdict(ev)


def test_cancelled_events_still_get_a_detection():
    """Cancellation does not change detection; the service decides what to do with it."""
    assert True is verdict(event("Interview: Acme", status="CANCELLED"))[0]


@pytest.mark.parametrize(
    ("rules", "ev", "expected"),
    [
        (
            InterviewRules(keywords=("Gesprächstermin",)),
            event("Gesprächstermin Acme"),
            (True, "keyword 'Gesprächstermin' in summary"),
        ),
        (
            InterviewRules(replace_default_keywords=True, keywords=("chat",)),
            event("Interview: Acme"),
            (False, "no keyword or rule matched"),
        ),
        (
            InterviewRules(patterns=(r"talk with .* recruit",)),
            event("Coffee", description="Talk with Acme recruiting"),
            (True, "pattern 'talk with .* recruit' in description"),
        ),
        (
            InterviewRules(patterns=(r"^HR$",)),
            event("Coffee", categories=("HR",)),
            (True, "pattern '^HR$' in categories"),
        ),
        (
            InterviewRules(patterns=(r"Acme HQ",)),
            event("Visit", location="Acme HQ, Berlin"),
            (True, "pattern 'Acme HQ' in location"),
        ),
        (
            InterviewRules(exclude=(r"internal",)),
            event("Interview (internal transfer)"),
            (False, "excluded: pattern 'internal' in summary"),
        ),
        (
            InterviewRules(calendars=("Jobs",)),
            event("Interview: Acme"),
            (False, "calendar 'Work' not watched"),
        ),
        (
            InterviewRules(calendars=("work",)),
            event("Interview: Acme"),
            (True, "keyword 'Interview' in summary"),
        ),
        (
            InterviewRules(domains=("acme.com",)),
            event("Chat", organizer=Attendee("jane@eu.acme.com")),
            (True, "domain 'acme.com' of organizer"),
        ),
        (
            InterviewRules(domains=("acme.com",)),
            event("Chat", attendees=(Attendee("raj@acme.com"),)),
            (True, "domain 'acme.com' of attendee"),
        ),
        (
            InterviewRules(domains=("acme.com",)),
            event("Chat", attendees=(Attendee("raj@notacme.com"),)),
            (False, "no keyword or rule matched"),
        ),
        (DEFAULT, event("Sync", categories=("Interview",)), (True, "keyword 'Interview' in categories")),
    ],
)
def test_rules(rules, ev, expected):
    """Extra keywords, replaced defaults, patterns on each field, exclusions, calendar filter and domains."""
    assert expected == verdict(ev, rules)


def test_check_rules_reports_bad_regexes():
    """An invalid regex in the rules is reported for the config loader and ignored by detect."""
    rules = InterviewRules(patterns=("(",), exclude=("ok",))
    assert 1 == len(check_rules(rules))
    assert (False, "no keyword or rule matched") == verdict(event("Coffee"), rules)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Interview: Acme, Senior Backend Engineer", ("Acme", "Senior Backend Engineer")),
        ("Acme - Senior Backend Engineer interview", ("Acme", "Senior Backend Engineer")),
        ("Interview with Acme for Senior Backend Engineer", ("Acme", "Senior Backend Engineer")),
        ("Senior Backend Engineer interview at Acme", ("Acme", "Senior Backend Engineer")),
        ("Acme | Technical Interview", ("Acme", "")),
        ("Vorstellungsgespräch bei Acme GmbH", ("Acme GmbH", "")),
        ("Interview for Data Engineer at Hooli", ("Hooli", "Data Engineer")),
        ("Final round interview: Acme (Staff Engineer)", ("Acme", "Staff Engineer")),
        ("Entrevista con Acme para Desarrollador Backend", ("Acme", "Desarrollador Backend")),
        ("Entretien d'embauche - Vandelay Industries", ("Vandelay Industries", "")),
        ("Sollicitatiegesprek bij Acme B.V.", ("Acme B.V.", "")),
        ("株式会社アクメとの面接", ("株式会社アクメ", "")),
        ("Interview loop - Umbrella Corp", ("Umbrella Corp", "")),
        ("Interview with Jane Doe", ("", "")),
        ("Acme: Interview with Jane Doe", ("Acme", "")),
        ("Senior Backend Engineer interview", ("", "Senior Backend Engineer")),
        ("Interview", ("", "")),
    ],
)
def test_title_shapes(title, expected):
    """Company and role are read from the common title shapes; an interviewer's name is not a company."""
    assert expected == parse_title(title, keywords=DEFAULT_KEYWORDS, people=frozenset({"jane doe"}))


def test_company_falls_back_to_non_freemail_domain():
    """Without a company in the title, the organizer's or attendees' company domain names it."""
    ev = event(
        "Interview",
        organizer=Attendee("recruiting@talent.acme-robotics.com"),
        attendees=(Attendee("friend@gmail.com"), Attendee("maya@example.org")),
    )
    assert "Acme Robotics" == detect(ev, rules=DEFAULT, own_addresses=ME).company


@pytest.mark.parametrize(
    ("domain", "expected"),
    [("acme.com", "Acme"), ("mail.acme-robotics.co.uk", "Acme Robotics"), ("gmail.com", ""), ("web.de", "")],
)
def test_company_from_domain(domain, expected):
    """A company name is made from the registrable label of a domain; freemail gives none."""
    assert expected == company_from_domain(domain)


def test_interviewers_exclude_self_rooms_declined_and_robots():
    """Interviewers: people other than the user, no rooms, resources, groups, decliners or robots; deduped."""
    ev = event(
        "Interview: Acme",
        organizer=Attendee("jane.doe@acme.com"),
        attendees=(
            Attendee("MAYA@example.org".lower(), "Maya"),
            Attendee("jane.doe@acme.com", "Jane Doe"),
            Attendee("raj@acme.com", "Raj Patel", partstat="ACCEPTED"),
            Attendee("room1@acme.com", "Room 1", cutype="ROOM"),
            Attendee("proj@acme.com", "Projector", cutype="RESOURCE"),
            Attendee("eng@acme.com", "Engineering", cutype="GROUP"),
            Attendee("lee@acme.com", "Lee", partstat="DECLINED"),
            Attendee("c_188@resource.calendar.google.com", "Room"),
            Attendee("calendar-notification@google.com"),
            Attendee("no-reply@acme.com"),
            Attendee("scheduler@greenhouse.io"),
            Attendee("bot@calendly.com"),
            Attendee("sam.lee@acme.com", "sam.lee@acme.com"),
        ),
        url="https://zoom.us/j/123",
    )
    result = detect(ev, rules=DEFAULT, own_addresses=ME)
    assert (
        Person("Jane Doe", "jane.doe@acme.com"),
        Person("Raj Patel", "raj@acme.com"),
        Person("Sam Lee", "sam.lee@acme.com"),
    ) == result.interviewers
    assert ("Acme", "https://zoom.us/j/123") == (result.company, result.meeting_link)


@pytest.mark.parametrize(
    ("address", "name"),
    [("jane.doe@acme.com", "Jane Doe"), ("raj_patel2@x.io", "Raj Patel"), ("maya@x", "Maya")],
)
def test_name_from_address(address, name):
    """A missing CN is made from the address's local part."""
    assert name == name_from_address(address)


def test_detect_module_is_pure():
    """followupd/domain/detect*.py import no sockets, sqlite3, asyncio, threading, time or I/O libraries."""
    banned = {"socket", "sqlite3", "asyncio", "threading", "time", "urllib", "icalendar", "caldav"}
    root = Path(__file__).resolve().parents[2] / "followupd" / "domain"
    for path in root.glob("detect*.py"):
        tree = ast.parse(path.read_text())
        names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {
            n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
        }
        assert set() == names & banned, path.name
