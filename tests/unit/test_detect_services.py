"""Round 6: more separators, people-only titles, applicant-tracking senders, practice runs, rooms and note takers."""

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
RAJ = Attendee("raj.patel@hooli.example", "Raj Patel")


def event(summary: str, **changes) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2027, 1, 20, 13, tzinfo=UTC),
        end=datetime(2027, 1, 20, 14, tzinfo=UTC),
        tzid="UTC",
        organizer=RAJ,
        attendees=(RAJ, MAYA),
    )
    return replace(base, **changes)


def seen(ev: CalendarEvent) -> tuple[bool, str, str, tuple[str, ...]]:
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    return result.is_interview, result.company, result.role, tuple(p.email for p in result.interviewers)


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Hooli » Site Reliability Engineer » Interview", "Hooli", "Site Reliability Engineer"),
        ("Hooli ~ Data Engineer ~ interview", "Hooli", "Data Engineer"),
        ("Entretien {Hooli} Développeuse Python", "Hooli", "Développeuse Python"),
        ("Hooli: intervju för rollen som Projektledare", "Hooli", "Projektledare"),
        ("Colloquio – il ruolo di Sviluppatore Java – Hooli", "Hooli", "Sviluppatore Java"),
    ],
)
def test_more_separators_and_role_phrases_split_a_title(summary, company, role):
    """ "»", "~" and braces separate parts; "rollen som", "il ruolo di" only lead into the role."""
    assert (True, company, role, ("raj.patel@hooli.example",)) == seen(event(summary))


@pytest.mark.parametrize("summary", ["Maya Example – Raj Patel", "Raj Patel + Maya Example"])
def test_a_title_naming_only_her_and_an_interviewer_with_a_dash_is_weighed_with_the_description(summary):
    """Two people joined by a dash or a plus are the parties, as with "<>"; the description's interview
    word decides."""
    invited = event(summary, description="Technical interview, 45 minutes, video link below")
    assert (True, "Hooli", "", ("raj.patel@hooli.example",)) == seen(invited)
    assert (False, "", "", ()) == seen(event(summary))


@pytest.mark.parametrize(
    "sender",
    [
        Attendee("hooli@recruitee.com", "Hooli"),
        Attendee("hooli-recruiting@jobvite.com", "Hooli Recruiting"),
        Attendee("hooli@teamtailor.com", "Hooli"),
        Attendee("hooli@hire.lever.co", "Hooli"),
        Attendee("hooli@greenhouse-mail.io", "Hooli"),
        Attendee("hooli@chilipiper.com", "Hooli"),
        Attendee("hooli-talent@gem.com", "Hooli Talent"),
    ],
)
def test_an_applicant_tracking_sender_names_the_tenant_company_and_is_nobody_to_thank(sender):
    """The service's domain is not the company and its address is not an interviewer."""
    with_raj = event("Interview – Backend Engineer", organizer=sender, attendees=(RAJ, MAYA))
    assert (True, "Hooli", "Backend Engineer", ("raj.patel@hooli.example",)) == seen(with_raj)
    alone = event("Technical interview", organizer=sender, attendees=(MAYA,))
    assert (True, "Hooli", "", ()) == seen(alone)


def test_a_tenant_sender_is_named_as_its_display_name_spells_it_and_a_greeting_mailbox_names_nobody():
    """ "Vandelay Industries" <vandelayindustries@...> keeps its spaces; hello@ a booking page names no company."""
    spelled = Attendee("vandelayindustries@recruitee.com", "Vandelay Industries")
    assert (True, "Vandelay Industries", "", ()) == seen(
        event("Interview", organizer=spelled, attendees=(MAYA,))
    )
    greeting = Attendee("hello@zcal.co", "Zcal")
    assert (True, "", "", ()) == seen(event("Interview", organizer=greeting, attendees=(MAYA,)))


@pytest.mark.parametrize(
    "summary",
    [
        "Simulation d'entretien",
        "Simulacro de entrevista",
        "Interviewtraining Bewerbungsgespräch",
        "Cours : réussir son entretien d'embauche",
        "模拟面试",
        "모의 면접",
    ],
)
def test_a_practice_run_or_a_course_about_interviews_is_no_interview(summary):
    """A simulation, a training or a course with a coach is practice, in many languages."""
    coach = Attendee("coach@careers.example", "Career Coach")
    assert (False, "", "", ()) == seen(event(summary, organizer=coach, attendees=(coach, MAYA)))


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Simulation Engineer interview – Hooli", "Simulation Engineer"),
        ("Flight Software Engineer interview – Hooli", "Flight Software Engineer"),
        ("Kurs-Entwickler Vorstellungsgespräch Hooli", "Kurs-Entwickler"),
    ],
)
def test_a_prep_or_travel_word_that_starts_a_role_name_is_the_role(summary, role):
    """ "Flight", "Simulation" or "Kurs" before a role noun name the job, not a journey or a practice run."""
    assert (True, "Hooli", role, ("raj.patel@hooli.example",)) == seen(event(summary))


@pytest.mark.parametrize(
    "other",
    [
        Attendee("konferensrum.stockholm@hooli.example", "Konferensrum Stockholm"),
        Attendee("ams-huddle-2@hooli.example", "AMS Huddle 2"),
        Attendee("mr-tokyo-12f@hooli.example", "MR Tokyo 12F"),
        Attendee("beamer.3og@hooli.example", "Beamer 3. OG"),
        Attendee("fred@fireflies.ai", "Fireflies.ai Notetaker"),
        Attendee("notetaker@read.ai", "Read.ai meeting notes"),
        Attendee("interviews@metaview.ai", "Metaview"),
    ],
)
def test_rooms_in_more_languages_and_note_takers_are_not_interviewers(other):
    """A room, a huddle space, a projector or a recording note taker on the invitation is nobody to thank."""
    invited = event("Interview – Hooli – Backend Engineer", attendees=(RAJ, other, MAYA))
    assert (True, "Hooli", "Backend Engineer", ("raj.patel@hooli.example",)) == seen(invited)
