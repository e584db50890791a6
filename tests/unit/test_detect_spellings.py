"""Round 7: names as domains spell them, whole-day onsites, chatbots, lists, newsletters, roles, kinds."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.domain.detect import detect
from followupd.domain.detect_defaults import DEFAULT_KEYWORDS
from followupd.domain.detect_title import parse_title
from followupd.domain.models import Attendee, CalendarEvent, Detection
from followupd.domain.policy import InterviewRules

UTC = ZoneInfo("UTC")
ME = ("maya@example.org",)
MAYA = Attendee("maya@example.org", "Maya Example")


def event(summary: str, organizer: Attendee | None, *others: Attendee, **changes: object) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2026, 12, 3, 13, tzinfo=UTC),
        end=datetime(2026, 12, 3, 14, tzinfo=UTC),
        tzid="UTC",
        organizer=organizer,
        attendees=(*others, MAYA) if organizer or others else (),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def seen(ev: CalendarEvent) -> Detection:
    return detect(ev, rules=InterviewRules(), own_addresses=ME)


@pytest.mark.parametrize(
    ("summary", "address", "company"),
    [
        (
            "Kennenlernen mit dem Team – Grünwald Logistik – Teamleiterin Lager",
            "gruenwald-logistik",
            "Grünwald",
        ),
        ("Spotkanie z zespołem – Łąka Soft – Programistka Python", "laka-soft", "Łąka Soft"),
        ("Conhecer a equipe – Açaí Digital – Analista de dados", "acai-digital", "Açaí Digital"),
    ],
)
def test_a_company_named_with_marks_counts_as_the_other_sides_company(summary, address, company):
    """A meet-the-team title without an interview word is an interview when the company it names is the
    other side's, matched as its domain spells it: without marks, "ü" as "ue", "ł" as "l"."""
    host = Attendee(f"ana.costa@{address}.example", "Ana Costa")
    result = seen(event(summary, host, host))
    assert (True, company) == (result.is_interview, result.company[: len(company)])


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Vorstellungsgespräch – Produktmanagerin – Müller Süßwaren", "Müller Süßwaren", "Produktmanagerin"),
        ("Entretien – Architecte logiciel – Éditions Lumière", "Éditions Lumière", "Architecte logiciel"),
    ],
)
def test_the_company_and_role_stay_on_their_sides_when_the_name_has_marks(summary, company, role):
    """The part that spells the inviting company is the company, whichever side of the role it stands."""
    host = Attendee("jo@muellersuesswaren.example" if "Müller" in summary else "jo@editionslumiere.example")
    result = seen(event(summary, host, host))
    assert (company, role) == (result.company, result.role)


@pytest.mark.parametrize(
    "summary",
    [
        "Vor-Ort-Interviews – Globex – Datenanalystin",
        "Journée d'entretiens – Globex – Analyste crédit",
        "Día de entrevistas – Globex – Contable senior",
    ],
)
def test_an_employers_all_day_onsite_is_the_interview(summary):
    """An all-day onsite an employer invites her to is a whole-day selection format."""
    recruiter = Attendee("talent@globex.example", "Globex Talent")
    result = seen(event(summary, recruiter, recruiter, all_day=True))
    assert (True, "Globex") == (result.is_interview, result.company)


def test_her_own_all_day_onsite_counts_when_it_names_the_role():
    """Her own all-day "Interview day at Hooli – Platform Engineer" is the interview; a bare "Interview day"
    or an assessment centre without a role may be a reminder and stays out."""
    with_role = seen(event("Interview day at Hooli – Platform Engineer", None, all_day=True))
    bare = seen(event("Interview day", None, all_day=True))
    assert (True, "Hooli", False) == (with_role.is_interview, with_role.company, bare.is_interview)


@pytest.mark.parametrize(
    "assistant",
    ["Emma (virtual assistant)", "Sam – KI-Assistent", "Léa, assistante de recrutement", "Hiring Assistant"],
)
def test_a_scheduling_chatbot_is_no_interviewer_and_no_company(assistant):
    """A chatbot that sends the invitation from its vendor's domain is nobody to thank."""
    bot = Attendee("emma@hirebot.example", assistant)
    manager = Attendee("raj.patel@initech.example", "Raj Patel")
    result = seen(event("Interview – Store Manager", bot, manager))
    assert (["raj.patel@initech.example"], "Initech") == (
        [p.email for p in result.interviewers],
        result.company,
    )


def test_a_person_who_gives_their_title_as_assistant_stays_an_interviewer():
    """ "Jane Doe, Recruiting Assistant" is a person with a surname: she is thanked."""
    jane = Attendee("jane.doe@initech.example", "Jane Doe, Recruiting Assistant")
    assert ["jane.doe@initech.example"] == [
        p.email for p in seen(event("Interview – Initech", jane)).interviewers
    ]


@pytest.mark.parametrize(
    ("summary", "sender"),
    [
        ("Carrièrebrief: 7 tips voor je sollicitatiegesprek", "nieuwsbrief@carriere.example"),
        ("Jobletter: 5 Tipps für das Vorstellungsgespräch", "team@jobletter.example"),
        ("Top 10 questions to ask in an interview", "jane.doe@coaching.example"),
    ],
)
def test_a_newsletters_numbered_advice_about_interviews_is_no_interview(summary, sender):
    """Numbered advice is a topic, also after a series' name; a newsletter sender is no employer."""
    host = Attendee(sender, "")
    assert False is seen(event(summary, host)).is_interview


@pytest.mark.parametrize(
    ("summary", "address"),
    [
        ("Onsite Interview – Workshop Studio – Backend Engineer", "workshopstudio"),
        ("Interview: Summit Partners, Associate", "summitpartners"),
        ("Entretien – Atelier Conférence Nord – Chargée de communication", "atelierconferencenord"),
    ],
)
def test_an_event_word_inside_the_invited_companys_name_vetoes_nothing(summary, address):
    """ "Workshop", "Summit", "Conférence" in the name of the company that invites are no event about
    interviews."""
    host = Attendee(f"jo.lee@{address}.example", "Jo Lee")
    assert True is seen(event(summary, host, host)).is_interview


def test_an_event_word_outside_the_companys_name_still_vetoes():
    """A webinar by a company whose name has no event word stays out."""
    host = Attendee("jo.lee@summitpartners.example", "Jo Lee")
    assert False is seen(event("Webinar: acing the interview – Summit Partners", host, host)).is_interview


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Technický pohovor: Vltava Data – Programátor", ("Vltava Data", "Programátor")),
        ("Entrevista de selección – Analista contable – R-2231", ("", "Analista contable")),
        ("Colloquio di selezione: Analista contabile", ("", "Analista contabile")),
        ("Interview – Scrum Master – Vandelay", ("Vandelay", "Scrum Master")),
        ("Entretien – Analyste crédit – Banque Vauban", ("Banque Vauban", "Analyste crédit")),
    ],
)
def test_kinds_and_role_nouns_in_more_languages(title, expected):
    """ "Technický", "de selección", "di selezione" are the kind of interview, not the company; "Scrum
    Master" and "Analyste" are roles."""
    assert expected == parse_title(title, keywords=DEFAULT_KEYWORDS)


def test_a_description_names_the_role_without_als():
    """ "für die Rolle Backend-Entwicklerin" in the description gives the role."""
    host = Attendee("erika.mustermann@holzwerk.example", "Erika Mustermann")
    ev = event("Kennenlerngespräch", host, description="Kurzes Gespräch für die Rolle Backend-Entwicklerin.")
    assert "Backend-Entwicklerin" == seen(ev).role


def test_distribution_lists_invited_as_people_are_no_interviewers():
    """ "all-staff@", "team-backend@", "eng-all@", "design-guild@" are lists, not people to thank; a hiring
    team's list ("recruiting-team@") and a small company's "team@" still count."""
    jane = Attendee("jane.doe@globex.example", "Jane Doe")
    lists = [
        Attendee(f"{local}@globex.example", "")
        for local in ("all-staff", "team-backend", "eng-all", "design-guild")
    ]
    hiring = [Attendee(f"{local}@globex.example", "") for local in ("recruiting-team", "team")]
    result = seen(event("Interview – Globex – Backend Engineer", jane, *lists, *hiring))
    expected = ["jane.doe@globex.example", "recruiting-team@globex.example", "team@globex.example"]
    assert expected == [p.email for p in result.interviewers]


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Course Designer interview – Globex", "Course Designer"),
        ("Conference Coordinator – Globex", "Conference Coordinator"),
        ("Webinar Producer Vorstellungsgespräch – Globex", "Webinar Producer"),
    ],
)
def test_an_event_word_that_starts_a_role_is_the_role(summary, role):
    """A capitalized event word right before a role noun names the role, with or without an interview word."""
    jane = Attendee("jane.doe@globex.example", "Jane Doe")
    result = seen(event(summary, jane, jane))
    assert (True, "Globex", role) == (result.is_interview, result.company, result.role)


def test_a_course_title_stays_an_event():
    """ "Course: Interview skills for Team Leads" is a course about interviews, not a role."""
    jane = Attendee("jane.doe@globex.example", "Jane Doe")
    assert False is seen(event("Course: Interview skills for Team Leads", jane, jane)).is_interview


@pytest.mark.parametrize(
    "summary",
    ["Informational interview – Globex", "Info interview with Jane Doe", "Entrevista informativa – Globex"],
)
def test_an_informational_interview_is_no_job_interview(summary):
    """A networking talk about someone's work has no application behind it."""
    jane = Attendee("jane.doe@globex.example", "Jane Doe")
    assert False is seen(event(summary, jane, jane)).is_interview
