"""Round 4: talks, to-dos and research interviews are no interviews; coffee chats, second rounds, "at" words."""

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
    "summary",
    [
        "Talk – How we interview backend engineers",
        "Keynote: Rethinking the technical interview",
        "Fireside chat: interviews without whiteboards",
        "[Charla] Cómo preparar una entrevista técnica",
        "Impulsvortrag: Bewerbungsgespräche fair führen",
        "Lezing: het sollicitatiegesprek van de toekomst",
        "Brown bag – how we interview",
        "Speaker: Jane Doe – Interviewing 101 and the final round",
    ],
)
def test_a_title_that_announces_a_talk_is_no_interview(summary):
    """A "Talk:", "Keynote:", "[Charla]" or "Lezing:" before the title makes it a talk about interviews."""
    own_entry = event(summary, organizer=None, attendees=())
    assert (False, "", "") == seen(own_entry)


def test_an_event_published_by_an_event_platform_is_no_interview():
    """An event whose page or UID belongs to an event platform is a talk or fair, whatever its title says."""
    talk = event(
        "Staff engineer interviews, open Q&A",
        organizer=None,
        attendees=(),
        uid="evt-88123@eventbrite.example",
        url="https://www.eventbrite.example/e/88123",
    )
    luma = event(
        "Interview night with Globex engineers", organizer=None, attendees=(), url="https://lu.ma/abc123"
    )
    assert [(False, "", ""), (False, "", "")] == [seen(talk), seen(luma)]


@pytest.mark.parametrize(
    "summary",
    [
        "Email Jane Doe a thank-you after the Hooli interview",
        "Follow up with the Initech recruiter after phone screen",
        "Write thank you note – Globex onsite",
        "Envoyer les remerciements après l'entretien chez Globex",
        "Enviar agradecimiento tras la entrevista con Globex",
        "Dankesmail nach dem Vorstellungsgespräch schreiben",
        "Bedankmail sturen na sollicitatiegesprek Initech",
        "Skicka tack efter intervjun med Hooli",
        "TODO: confirm interview time with Globex",
        "Thank-you note: Globex interview",
        "Dankesmail Vorstellungsgespräch Globex",
        "Call Jane Doe back re: interview",
    ],
)
def test_a_to_do_about_an_interview_without_outside_people_is_no_interview(summary):
    """A task the user set herself that names an interview is not the interview."""
    assert (False, "", "") == seen(event(summary, organizer=None, attendees=()))


def test_a_follow_up_interview_in_her_own_calendar_is_an_interview():
    """ "Follow-up interview" names a later round, not a task."""
    assert (True, "Globex", "") == seen(event("Follow-up interview – Globex", organizer=None, attendees=()))


def test_a_to_do_shape_from_a_recruiter_is_still_an_interview():
    """The same first word from someone at another company is their invitation, not her to-do."""
    result = detect(event("Book your Globex interview slot"), rules=InterviewRules(), own_addresses=ME)
    assert (True, "keyword 'interview' in summary") == (result.is_interview, result.rule)


@pytest.mark.parametrize(
    "summary",
    [
        "User research interview #5 – checkout flow",
        "Customer discovery interview 12: invoicing",
        "Interview #3 (user research)",
        "Interview – participant P7 – onboarding study",
        "Entrevista con usuaria 4 – app de pagos",
        "Interview mit Nutzerin 2 (Checkout)",
        "Klant 3 – onderzoek interview",
        "User-Interview #5",
        "Kunden-Interview 3 – Checkout",
        "Stakeholder interview – Finance team",
        "Interview #2 (UX research) – onboarding",
    ],
)
def test_research_interviews_are_vetoed_over_numbers_and_separators(summary):
    """An interview with a user, customer or participant is research, whatever numbers stand between."""
    assert (False, "", "") == seen(event(summary, organizer=MAYA, attendees=(MAYA,)))


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Interview: Customer Success Manager", "Customer Success Manager"),
        ("Interview – User Researcher", "User Researcher"),
        ("Interview: Customer-Success Manager", "Customer-Success Manager"),
        ("Interview: UX Research Lead", "UX Research Lead"),
    ],
)
def test_a_user_or_customer_word_inside_a_role_is_no_veto(summary, role):
    """ "Customer Success Manager" and "User Researcher" are roles, not the people of a study."""
    assert (True, "Globex", role) == seen(event(summary))


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Recruiting coffee between Ana Costa and Maya Example", "Globex", ""),
        ("Virtual coffee with a Globex recruiter", "Globex", ""),
        ("Coffee chat with Globex recruiter", "Globex", ""),
        ("Fika med rekryterare från Globex", "Globex", ""),
    ],
)
def test_a_recruiting_coffee_chat_with_another_companys_person_is_an_interview(summary, company, role):
    """A hiring word makes a coffee chat the recruiting talk, not a routine coffee."""
    assert (True, company, role) == seen(event(summary))


def test_a_lunch_with_recruiters_stays_a_meal():
    """A meal is routine even with recruiters at it."""
    assert (False, "", "") == seen(event("Team lunch with Globex recruiters"))


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Drittgespräch | Globex | Junior Controller (m/w/d)", "Globex", "Junior Controller"),
        ("Einstellungsgespräch – Globex – Pflegefachkraft", "Globex", "Pflegefachkraft"),
        ("Fachgespräch | Globex | Backend-Entwicklerin", "Globex", "Backend-Entwicklerin"),
        ("Vervolggesprek – Globex – Data Analist", "Globex", "Data Analist"),
        ("Druga rozmowa – Globex – Analityk danych", "Globex", "Analityk danych"),
        ("Andra samtal: Globex, Systemutvecklare", "Globex", "Systemutvecklare"),
        ("Globex 二面 – 数据工程师", "Globex", "数据工程师"),
        ("Jatkohaastattelu: Globex", "Globex", ""),
    ],
)
def test_second_round_words_make_an_interview(summary, company, role):
    """German "Zweit-/Dritt-/Fachgespräch" and other languages' second rounds are interviews."""
    assert (True, company, role) == seen(event(summary))


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Entrevista: Ingeniera de Datos en Globex", "Globex", "Ingeniera de Datos"),
        ("Rozmowa kwalifikacyjna: Programistka Java w Globex", "Globex", "Programistka Java"),
        ("Jobbintervju – Systemutvecklare på Globex", "Globex", "Systemutvecklare"),
        ("Entrevista – Engenheira de Software na Globex", "Globex", "Engenheira de Software"),
        ("Pohovor: Vývojář ve Globex", "Globex", "Vývojář"),
    ],
)
def test_an_at_word_of_any_language_before_the_company_ends_the_role(summary, company, role):
    """ "en", "w", "på", "na", "ve" before a name after a role: the name is the company."""
    assert (True, company, role) == seen(event(summary))


def test_an_at_word_before_a_lower_case_word_stays_in_the_role():
    """ "Ingeniero de pruebas en remoto" keeps its words: only a name after the word is a company."""
    assert (True, "Globex", "Ingeniero de pruebas en remoto") == seen(
        event("Entrevista: Globex – Ingeniero de pruebas en remoto")
    )


@pytest.mark.parametrize(
    "summary",
    [
        "How to ace the system design interview",
        "Cómo preparar una entrevista técnica",
        "Tipps für das Zweitgespräch",
    ],
)
def test_a_title_that_is_a_topic_is_no_interview(summary):
    """ "How to ...", "Cómo ...", "Tipps für ..." name a talk's or an article's topic, not a meeting."""
    assert (False, "", "") == seen(event(summary, organizer=None, attendees=()))


def test_a_booking_pages_event_line_with_a_hiring_word_is_the_title():
    """A booking that names only the two people takes its title from the tool's "Event Name:" line when that
    line speaks of recruiting, as it does when it names an interview."""
    booked = event(
        "Ana Costa and Maya Example",
        description="Event Name: Recruiting coffee chat\nInvitee: Maya Example\n\n"
        "A first chat about the Data Engineer opening.",
    )
    assert (True, "Globex", "Data Engineer") == seen(booked)
