"""Titles without an interview word weighed on evidence; look-alikes in more languages; the hiring side."""

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


def seen(ev: CalendarEvent) -> tuple[bool, str, str]:
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    return result.is_interview, result.company, result.role


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Conversa com recrutamento – Globex – Engenheira de Dados", "Globex", "Engenheira de Dados"),
        ("Appel recruteur – Globex – Data Analyst", "Globex", "Data Analyst"),
        ("Rozmowa z rekruterem – Globex – Programista Python", "Globex", "Programista Python"),
        ("Rekryteringssamtal: Globex, Systemutvecklare", "Globex", "Systemutvecklare"),
        ("Erstgespräch Globex – Werkstudent Marketing", "Globex", "Werkstudent Marketing"),
        ("Case study presentation – Globex – Strategy Consultant", "Globex", "Strategy Consultant"),
        ("Senior Data Engineer @ Globex", "Globex", "Senior Data Engineer"),
        ("Intro call | Globex | Staff Product Designer", "Globex", "Staff Product Designer"),
        ("Probetag bei Globex", "Globex", ""),
    ],
)
def test_hiring_words_and_a_role_or_company_make_an_interview_without_the_word(summary, company, role):
    """A recruiting call, a case study, a trial day or a role at the sender's company is an interview."""
    assert (True, company, role) == seen(event(summary))


@pytest.mark.parametrize(
    "summary",
    [
        "Intro call – Globex",
        "Coffee chat – Globex – Product Designer",
        "Recruiting sync",
        "Team lunch with Globex recruiters",
        "Call with Ana",
        "Maya <> Globex",
        "Platform Engineer guild sync – Globex",
        "Call with Globex's account manager",
        "Data Engineer guild – Globex",
        "Globex – Senior Engineer pairing session",
        "Globex HR: benefits enrolment",
    ],
)
def test_too_little_evidence_is_no_interview(summary):
    """A vendor's intro call, a coffee chat, a routine meeting or two names alone are not interviews."""
    assert (False, "", "") == seen(event(summary))


def test_hiring_words_need_someone_from_outside():
    """Without anyone from another company, "Appel recruteur" is a note to herself, not an interview."""
    assert (False, "", "") == seen(
        event("Appel recruteur – Globex – Data Analyst", organizer=None, attendees=())
    )


def test_the_users_name_beside_a_company_with_a_description_about_a_role_is_an_interview():
    """ "Maya x Globex" says little; a description about the Staff Designer position says the rest."""
    ev = event(
        "Maya x Globex", description="Intro chat about the Staff Designer position.\n\nJoin: https://x"
    )
    assert (True, "Globex", "Staff Designer") == seen(ev)


def test_a_scheduling_tools_event_name_in_the_description_is_read_as_the_title():
    """Calendly-style summaries name only the people; the "Event Name:" line names the interview."""
    ev = event(
        "Ana Costa and Maya Example",
        description="Event Name: Technical interview with Globex\nInvitee: Maya Example\nLocation: Zoom",
    )
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    assert (True, "Globex") == (result.is_interview, result.company)


def test_evidence_is_off_when_the_user_replaces_the_default_keywords():
    """Replacing the default keywords leaves only her own words: no built-in weighing."""
    rules = InterviewRules(keywords=("Vorstellung",), replace_default_keywords=True)
    assert (
        False
        is detect(
            event("Appel recruteur – Globex – Data Analyst"), rules=rules, own_addresses=ME
        ).is_interview
    )


@pytest.mark.parametrize(
    "summary",
    [
        "Entrevistas con usuarios – flujo de pago",
        "Síntesis de las entrevistas de usuario",
        "Entretiens clients – parcours mobile",
        "Entretien annuel avec Ana",
        "Colloquio di valutazione annuale",
        "Entrevista de salida – Ana Costa",
        "Entretien chaudière",
        "Entretien de la voiture – garage",
    ],
)
def test_interviews_that_are_not_job_interviews_in_more_languages(summary):
    """User research, appraisals, exit talks and a boiler's upkeep are not her job interviews."""
    assert (False, "", "") == seen(event(summary))


@pytest.mark.parametrize(
    ("summary", "organizer"),
    [
        ("Vortrag: Souverän ins Vorstellungsgespräch", Attendee("veranstaltungen@karriere.example")),
        ("Conferencia: cómo preparar tu entrevista de trabajo", Attendee("eventos@empleo.example")),
        ("Wykład: rozmowa kwalifikacyjna bez stresu", Attendee("ana.costa@globex.example")),
        ("Keynote – The perfect job interview", Attendee("ana.costa@globex.example")),
    ],
)
def test_talks_about_interviews_in_more_languages_are_not_interviews(summary, organizer):
    """A lecture, a conference talk or a keynote about interviews is an event, not an interview."""
    assert (False, "", "") == seen(event(summary, organizer=organizer))


@pytest.mark.parametrize(
    "summary",
    [
        "Candidate review – Data Engineer (interview panel)",
        "Interview debrief – Data Engineer loop",
        "Candidate interview – Backend Engineer",
    ],
)
def test_a_team_calendars_meetings_about_candidates_are_the_hiring_side(summary):
    """A shared team calendar's debriefs and candidate interviews are not the user's interviews."""
    team = Attendee("c_77aa@group.calendar.google.com", "Team Data")
    assert (False, "", "") == seen(event(summary, organizer=team, attendees=()))


def test_a_veto_word_inside_a_role_name_does_not_veto():
    """ "Calibration Engineer" is a role: the hiring-side word inside it vetoes nothing."""
    assert (True, "Globex", "Calibration Engineer") == seen(event("Interview: Globex, Calibration Engineer"))


@pytest.mark.parametrize(
    "summary",
    [
        "Llamada con RR.HH. – Globex – Analista",
        "Tweede gesprek – Globex – Data Analist",
        "Tanışma görüşmesi – Globex – Yazılım Geliştirici",
        "面談 – Globex – データアナリスト",
        "Second round – Globex",
    ],
)
def test_more_languages_and_later_rounds_without_the_interview_word(summary):
    """Human resources, a second conversation or a later round at the sender's company is an interview."""
    assert True is seen(event(summary))[0]


def test_a_meeting_with_her_whose_description_speaks_of_an_interview():
    """ "Meeting with Maya Example" is an interview when the description says it is one."""
    ev = event(
        "Meeting with Maya Example", description="We'd love to interview you for the Data Analyst role."
    )
    assert (True, "Globex", "Data Analyst") == seen(ev)


@pytest.mark.parametrize(
    "summary",
    [
        "Flight to Berlin – Globex onsite",
        "Hotel check-in (Globex onsite)",
        "Anreise Vorstellungsgespräch Globex",
        "Hiring manager sync",
        "Intake call – Data Engineer",
    ],
)
def test_travel_blocks_and_hiring_syncs_are_not_interviews(summary):
    """Getting to an onsite, and the hiring side's syncs and intake calls, are not interviews."""
    assert (False, "", "") == seen(event(summary))


def test_a_travel_word_inside_a_role_is_no_veto():
    """ "Flight Software Engineer" is a role."""
    assert (True, "Globex", "Flight Software Engineer") == seen(
        event("Interview: Globex, Flight Software Engineer")
    )


def test_a_tools_event_name_and_a_role_in_an_html_description():
    """Google and Outlook descriptions in HTML: "<b>Event Name:</b> ...<br>" is read as text."""
    ev = event(
        "Ana Costa and Maya Example",
        description="<p><b>Event Name:</b> Screening call &amp; interview – Globex</p><br>"
        "For the <i>Payroll Specialist</i> position.",
    )
    assert (True, "Globex", "Payroll Specialist") == seen(ev)
