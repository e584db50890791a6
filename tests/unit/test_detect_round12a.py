"""Round 12a: which events are interviews and who is met (scheduling mailboxes, screenings, own entries, notes)."""

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
JANE = Attendee("jane.doe@globex.example", "Jane Doe")


def event(summary: str, **changes) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2027, 1, 12, 13, tzinfo=UTC),
        end=datetime(2027, 1, 12, 14, tzinfo=UTC),
        tzid="UTC",
        organizer=JANE,
        attendees=(JANE, MAYA),
    )
    return replace(base, **changes)


def own(summary: str, **changes) -> CalendarEvent:
    """Her own entry: nobody else in it."""
    return event(summary, **{"organizer": None, "attendees": (), **changes})


def interview(ev: CalendarEvent) -> bool:
    return detect(ev, rules=InterviewRules(), own_addresses=ME).is_interview


def met(ev: CalendarEvent) -> list[str]:
    return sorted(p.email for p in detect(ev, rules=InterviewRules(), own_addresses=ME).interviewers)


@pytest.mark.parametrize("local", ["scheduling", "scheduler", "interview-scheduling", "scheduling-team"])
def test_a_companys_own_scheduling_mailbox_that_organizes_is_met(local):
    """scheduling@globex.example organizing with Globex interviewers is Globex's recruiting team."""
    mailbox = Attendee(f"{local}@globex.example", "Globex Interview Scheduling")
    ev = event("Interview – Globex – Data Analyst", organizer=mailbox, attendees=(mailbox, JANE, MAYA))
    assert sorted([mailbox.email, JANE.email]) == met(ev)


def test_a_scheduling_tools_address_on_its_own_domain_is_not_met():
    """scheduler@ a tool's domain, nobody of that domain interviewing: machinery, not a person."""
    tool = Attendee("scheduler@slotbridge.example", "Slotbridge Scheduler")
    ev = event("Interview – Globex – Data Analyst", organizer=tool, attendees=(tool, JANE, MAYA))
    assert [JANE.email] == met(ev)


def test_a_scheduling_mailbox_alone_is_not_met():
    """With no colleague of its domain invited, a scheduling@ address may be a tool's tenant: it stays out."""
    mailbox = Attendee("scheduling@globex.example", "Globex Scheduling")
    ev = event("Interview – Globex – Data Analyst", organizer=mailbox, attendees=(mailbox, MAYA))
    assert [] == met(ev)


@pytest.mark.parametrize(
    "summary",
    [
        "Intervista – Sviluppatrice Android – Globex",
        "Intervista di lavoro con Globex",
        "สัมภาษณ์งาน Globex",
        "Assessment day – Globex – Graduate Scheme",
        "Screening: Kotlin Engineer",
        "Pre-screening – Globex – Data Analyst",
        "Globex · Panel · Platform Engineer II",
        "Globex – Engineering Manager III",
    ],
)
def test_interview_words_and_evidence_of_this_round_make_an_interview(summary):
    """Italian and Thai interview words, an assessment day, a screening or a panel beside a role at the sender's
    company, and a role before a level beside the company."""
    assert interview(event(summary))


@pytest.mark.parametrize(
    "summary",
    [
        "Intervista radiofonica – Globex",
        "Screening: Dune Part Two",
        "Panel: the future of fintech",
        "Globex – Level 3",
    ],
)
def test_their_look_alikes_stay_out(summary):
    """A radio interview, a film screening, a panel discussion and a level without a role are no interviews."""
    assert not interview(event(summary))


def test_an_employers_all_day_assessment_day_is_the_interview():
    """The whole day an employer invites her to is a selection day, met with its careers mailbox."""
    careers = Attendee("careers@globex.example", "Globex Careers")
    ev = event(
        "Assessment Day – Globex – Graduate Scheme",
        organizer=careers,
        attendees=(careers, MAYA),
        all_day=True,
        start=datetime(2027, 1, 12, tzinfo=UTC),
        end=datetime(2027, 1, 13, tzinfo=UTC),
    )
    assert (True, [careers.email]) == (interview(ev), met(ev))


def test_a_hiring_word_and_a_conversation_word_count_together():
    """A booking page's event name "Recruiting chat" under a names-only title is a recruiter's call."""
    ev = event("Jane Doe and Maya Example", description="Event Name: Recruiting chat\n\nLocation: Zoom")
    assert interview(ev)


def test_a_names_only_title_whose_description_names_the_role_is_an_interview():
    """ "Maya Example / Jane Doe" says little; "about the Platform Engineer role" says the rest."""
    ev = event("Maya Example / Jane Doe", description="A first chat about the Platform Engineer role.")
    assert interview(ev)


def test_a_names_only_title_with_a_vague_description_is_not():
    """ "the role of data" names no role: two names and a word are too little."""
    ev = event("Maya Example / Jane Doe", description="Catching up on the role of data in our industry.")
    assert not interview(ev)


@pytest.mark.parametrize(
    "summary",
    [
        "Coffee with the recruiter – Globex",
        "Kaffee mit der Recruiterin – Globex",
        "Llamada con la reclutadora – Globex",
    ],
)
def test_her_own_entry_for_meeting_a_recruiter_of_a_named_company_is_an_interview(summary):
    """She notes a conversation with the hiring side of a company she names."""
    assert interview(own(summary))


@pytest.mark.parametrize(
    "summary", ["Recruiting coffee", "Coffee with the recruiter", "Appel recruteur – Globex – Data Analyst"]
)
def test_her_own_entry_without_a_company_or_a_meeting_is_not(summary):
    """Nobody named, or a call she may have to make, is no interview of hers."""
    assert not interview(own(summary))


@pytest.mark.parametrize(
    "summary",
    [
        "Go over interview notes – Globex",
        "Interview questions to ask Globex",
        "Notes d'entretien Globex",
        "Fragen zum Vorstellungsgespräch bei Globex",
        "Appunti del colloquio Globex",
    ],
)
def test_her_notes_and_questions_about_an_interview_are_not_the_interview(summary):
    """Her own entry about an interview's notes or questions is a task, not the interview."""
    assert not interview(own(summary))


def test_notes_in_a_role_do_not_veto_her_own_interview_entry():
    """Only notes right after (or before) the interview word speak of it: "Release Notes Engineer" is a role."""
    assert interview(own("Interview – Globex – Release Notes Engineer"))


def test_notes_in_an_invitation_from_the_company_do_not_veto_it():
    """ "Interview notes walkthrough" sent by someone at the company is a meeting with her."""
    assert interview(event("Interview notes walkthrough – Globex"))


@pytest.mark.parametrize(
    "summary",
    [
        "LH 2011 MUC to HAM (Globex interview)",
        "AF 1234 CDG à NCE – entretien Globex",
        "Interview trip to Globex",
    ],
)
def test_a_flight_or_a_trip_to_an_interview_is_not_the_interview(summary):
    """A flight's route written with a word, or a trip named beside the interview word, is the journey."""
    assert not interview(own(summary, attendees=(MAYA,)))
