"""Round 13: brackets that are no part of the role, roles the title cuts short, and mass mailers' hosts."""

from __future__ import annotations

import pytest

from followupd.domain.detect import detect
from followupd.domain.detect_defaults import DEFAULT_KEYWORDS
from followupd.domain.detect_people import is_mailing
from followupd.domain.detect_roles import has_role
from followupd.domain.detect_title import parse_title
from followupd.domain.models import Attendee
from followupd.domain.policy import InterviewRules
from tests.unit.detect_events import MAYA, ME, event


def parsed(title: str) -> tuple[str, str]:
    return parse_title(title, keywords=DEFAULT_KEYWORDS)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Interview with Kestrel Labs: Data Engineer (Level 3)", ("Kestrel Labs", "Data Engineer")),
        (
            "Vorstellungsgespräch – Projektleiter (Stufe 2) – Hanse Bau GmbH",
            ("Hanse Bau GmbH", "Projektleiter"),
        ),
        ("Entrevista: Analista de Datos (Nivel 2) - Grupo Olmo", ("Grupo Olmo", "Analista de Datos")),
        ("Interview at Quillon – Software Engineer (L4)", ("Quillon", "Software Engineer")),
    ],
)
def test_a_bracketed_level_is_no_part_of_the_role(title: str, expected: tuple[str, str]) -> None:
    """ "(Level 3)", "(Stufe 2)", "(Nivel 2)", "(L4)" grade the job; the role is the noun before them."""
    assert expected == parsed(title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Interview at Kestrel Labs: Data Engineer (Final Interview)", ("Kestrel Labs", "Data Engineer")),
        (
            "Entretien chez Brume SAS : Product Designer (entretien technique)",
            ("Brume SAS", "Product Designer"),
        ),
    ],
)
def test_a_bracketed_stage_is_no_part_of_the_role(title: str, expected: tuple[str, str]) -> None:
    """A bracket that names the interview again is its stage, not the role's specialty."""
    assert expected == parsed(title)


def test_a_bracketed_specialty_still_joins_the_role() -> None:
    """The look-alike: "(Payments)" is the team, so it stays with the role."""
    assert ("Kestrel Labs", "Backend Engineer (Payments)") == parsed(
        "Interview at Kestrel Labs: Backend Engineer (Payments)"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Interview at Larch Bakery – Shift Supervisor (Store #0217)", ("Larch Bakery", "Shift Supervisor")),
        (
            "Vorstellungsgespräch: Filialleiter (Filiale 17) – Brotzeit GmbH",
            ("Brotzeit GmbH", "Filialleiter"),
        ),
        (
            "Entrevista - Supervisora de Turno (Tienda nº 33) - Panadería Sol",
            ("Panadería Sol", "Supervisora de Turno"),
        ),
    ],
)
def test_a_store_or_branch_number_is_no_part_of_the_role(title: str, expected: tuple[str, str]) -> None:
    """Which store the job is in, by its number, is where the work is, not what it is."""
    assert expected == parsed(title)


@pytest.mark.parametrize(
    "text", ["Shift Supervisor", "Superviseure de production", "Coordinador de Logística", "Event Coordinator",
             "Coordinatrice RH", "Koordinatorin Logistik"],
)  # fmt: skip
def test_supervisors_and_coordinators_are_roles(text: str) -> None:
    """Who runs a shift or coordinates a process holds a role, in several languages."""
    assert has_role(text)


@pytest.mark.parametrize("text", ["Supervision meeting", "Coordination sync"])
def test_supervising_and_coordinating_as_activities_are_no_roles(text: str) -> None:
    """The activity is not the person: "Supervision", "Coordination" name no role."""
    assert not has_role(text)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Recruiter call: Technical Writer role with Jane Doe at Pemberly Docs", ("Pemberly Docs", "Technical Writer")),
        ("Interview with Quillon – Tech Lead", ("Quillon", "Tech Lead")),
        ("Interview with Quillon – HR Manager", ("Quillon", "HR Manager")),
    ],
)  # fmt: skip
def test_a_qualifier_that_heads_a_role_noun_stays_in_the_role(title: str, expected: tuple[str, str]) -> None:
    """ "Technical" before "Writer" names the job, not the interview's kind."""
    assert expected == parsed(title)


def test_a_qualifier_before_a_longer_role_is_still_the_interviews_kind() -> None:
    """The look-alike: "Technical Backend Engineer" reads as a technical interview for a Backend Engineer."""
    assert ("Quillon", "Backend Engineer") == parsed("Interview with Quillon – Technical Backend Engineer")


@pytest.mark.parametrize(
    "address",
    ["no-reply@mailing.careerweekly.example", "hello@campaigns.jobsdigest.example",
     "info@nieuwsbrief.werkblad.example", "team@mailer.hiringtimes.example"],
)  # fmt: skip
def test_a_mass_mailers_own_host_is_a_mailing_address(address: str) -> None:
    """A host named for mailings, campaigns or a newsletter sends events, not interviews."""
    assert is_mailing(address)


@pytest.mark.parametrize("address", ["jane.doe@mailing.example", "raj.patel@mailer-robotics.example"])
def test_a_company_called_like_a_mailer_is_no_mailing_address(address: str) -> None:
    """Only a subdomain counts: a company's own two-label domain is left alone."""
    assert not is_mailing(address)


def test_a_newsletters_live_event_about_interviews_is_no_interview() -> None:
    """A newsletter's live session about the final interview, sent from its mailing host, is an event."""
    host = Attendee("no-reply@mailing.jobsdigest.example", "Jobs Digest")
    result = detect(
        event("Jobs Digest Live: how to close the final interview", organizer=host, attendees=(host, MAYA)),
        rules=InterviewRules(),
        own_addresses=ME,
    )
    assert (False, "excluded: sent by the mailing address no-reply@mailing.jobsdigest.example") == (
        result.is_interview,
        result.rule,
    )


LEO = Attendee("leo@kittiwake.example", "Leo Fischer")


@pytest.mark.parametrize(
    ("summary", "what", "expected"),
    [
        ("Take-home review: Android Engineer — Kittiwake & Co", "Take-home review",
         (True, "Kittiwake & Co", "Android Engineer")),
        ("Portfolio review – Product Designer – Kittiwake", "Portfolio review",
         (True, "Kittiwake", "Product Designer")),
    ],
)  # fmt: skip
def test_a_title_that_holds_the_tools_event_name_is_read_whole(
    summary: str, what: str, expected: tuple[bool, str, str]
) -> None:
    """A booking tool's "What: Take-home review" is already in the title, which also names role and company."""
    booked = event(
        summary, organizer=LEO, attendees=(MAYA,), description=f"What: {what}\nInvitee time zone: UTC"
    )
    result = detect(booked, rules=InterviewRules(), own_addresses=ME)
    assert expected == (result.is_interview, result.company, result.role)


def test_a_tools_event_name_still_stands_in_for_a_title_without_it() -> None:
    """The look-alike: a title of names only takes the tool's "Event Name: Interview with Kittiwake"."""
    booked = event("Leo Fischer and Maya Example", organizer=LEO, attendees=(MAYA,),
                   description="Event Name: Interview with Kittiwake\n")  # fmt: skip
    assert detect(booked, rules=InterviewRules(), own_addresses=ME).is_interview


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Data Analyst intro between Leo Fischer and Maya Example", "Data Analyst"),
        ("Softwareentwickler intro zwischen Leo Fischer und Maya Example", "Softwareentwickler"),
    ],
)
def test_a_role_and_an_intro_between_her_and_someone_outside_is_an_interview(summary: str, role: str) -> None:
    """A booking page's "<role> intro between <host> and <invitee>": a role, a conversation and the parties."""
    result = detect(
        event(summary, organizer=LEO, attendees=(MAYA,)), rules=InterviewRules(), own_addresses=ME
    )
    assert (True, "Kittiwake", role) == (result.is_interview, result.company, result.role)


def test_an_intro_to_a_subject_is_no_interview() -> None:
    """The look-alike: "Intro to Kubernetes with Leo and Maya" names no role before the intro."""
    result = detect(
        event("Intro to Kubernetes between Leo Fischer and Maya Example", organizer=LEO, attendees=(MAYA,)),
        rules=InterviewRules(),
        own_addresses=ME,
    )
    assert not result.is_interview


@pytest.mark.parametrize(
    "title",
    [
        "Entretien final avec la CTO – Développeuse Python senior",
        "Vorstellungsgespräch mit dem Gründer – Développeuse Python senior",
        "Interview with the co-founders – Développeuse Python senior",
    ],
)
def test_the_executive_or_founder_met_is_neither_company_nor_role(title: str) -> None:
    """Whom the interview is with, named by their office, leaves the role alone and names no company."""
    assert ("", "Développeuse Python senior") == parsed(title)


@pytest.mark.parametrize(
    ("summary", "company"),
    [
        ("Café con la reclutadora – Viñedos Arenal", "Viñedos Arenal"),
        ("Kaffee mit der Recruiterin – Brotzeit Werke", "Brotzeit Werke"),
    ],
)
def test_her_own_entry_for_meeting_a_recruiter_names_the_company(summary: str, company: str) -> None:
    """Her own entry with nobody invited: the name after the hiring words is the company she meets."""
    own = event(summary, organizer=None, attendees=())
    result = detect(own, rules=InterviewRules(), own_addresses=ME)
    assert (True, company) == (result.is_interview, result.company)
