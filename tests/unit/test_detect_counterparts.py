"""Round 5: whom the talk is with, conversation words fused to the role, get-to-know kinds, travel words."""

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
        ("Interview with the hiring manager – Globex", "Globex", ""),
        ("Entrevista con la reclutadora – Globex", "Globex", ""),
        ("Vorstellungsgespräch mit der Recruiterin – Globex, Data Engineer", "Globex", "Data Engineer"),
        ("Entretien avec le recruteur – Globex", "Globex", ""),
        ("Interview with Globex for Senior Backend Engineer", "Globex", "Senior Backend Engineer"),
        ("Interview with Recruit Holdings – Data Analyst", "Recruit Holdings", "Data Analyst"),
    ],
)
def test_the_person_met_by_their_job_is_not_the_role(summary, company, role):
    """ "with the hiring manager", "con la reclutadora": whom the talk is with, not the job applied for."""
    assert (True, company, role) == seen(event(summary))


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Panelgespräch Data Scientist | Globex", "Data Scientist"),
        ("Panelgesprek Backend-ontwikkelaar | Globex", "Backend-ontwikkelaar"),
        ("Paneelhaastattelu Ohjelmistokehittäjä | Globex", "Ohjelmistokehittäjä"),
    ],
)
def test_a_conversation_word_fused_before_the_role_is_dropped(summary, role):
    """A compound ending in a conversation word ("Panelgespräch") is the kind of talk, not part of the role."""
    assert (True, "Globex", role) == seen(event(summary))


@pytest.mark.parametrize(
    "summary",
    [
        "Colloquio conoscitivo – Globex",
        "Entrevista exploratoria – Globex",
        "Informal interview – Globex",
    ],
)
def test_a_get_to_know_kind_is_not_the_role(summary):
    """ "conoscitivo", "exploratoria", "informal" say what kind of talk it is."""
    assert (True, "Globex", "") == seen(event(summary))


@pytest.mark.parametrize(
    "summary",
    [
        "Tåg till Malmö (intervju hos Globex)",
        "Trein naar Utrecht – sollicitatiegesprek Globex",
        "Tren a Sevilla – entrevista Globex",
        "Hotell Malmö – intervju Globex",
    ],
)
def test_trains_and_hotels_in_more_languages_are_travel_blocks(summary):
    """A train or hotel beside the interview word is getting there, not the interview."""
    assert (False, "", "") == seen(event(summary))


@pytest.mark.parametrize(
    "summary",
    [
        "Kennismakingsgesprek tussen Ana Costa en Maya Example",
        "Entrevista entre Ana Costa y Maya Example",
        "Intervju mellan Ana Costa och Maya Example",
    ],
)
def test_between_two_people_in_more_languages_names_no_company(summary):
    """ "tussen ... en ...", "entre ... y ...": both sides are people, so the company is the organizer's."""
    is_interview, company, _role = seen(event(summary))
    assert (True, "Globex") == (is_interview, company)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Was: Kennenlernen – Bewerbung als Data Engineer", "Data Engineer"),
        ("Thanks for your application for Product Designer.", "Product Designer"),
        ("Naar aanleiding van je sollicitatie als data-analist.", "data-analist"),
    ],
)
def test_the_application_in_the_description_names_the_role(description, expected):
    """ "Bewerbung als ...", "application for ...": the role when the title has none."""
    _is_interview, _company, role = seen(event("Interview – Globex", description=description))
    assert expected == role


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Spark Hire one-way interview – Vandelay Industries (Data Analyst)", "Data Analyst"),
        ("Willo asynchronous interview: Vandelay Industries, Support Engineer", "Support Engineer"),
        ("VidCruiter On-Demand Interview – Vandelay Industries", ""),
    ],
)
def test_a_video_interview_platform_in_the_title_is_not_the_company(summary, role):
    """A one-way video platform ("Spark Hire", "Willo") and its kind ("one-way", "On-Demand") are no company,
    also when the platform itself sends the invitation."""
    tool = Attendee("no-reply@video-platform.example", "Video Platform")
    assert (True, "Vandelay Industries", role) == seen(event(summary, organizer=tool, attendees=(tool, MAYA)))


@pytest.mark.parametrize(
    "summary",
    ["Assessment-Center – Globex – Trainee Controlling", "Superday – Globex – Investment Analyst"],
)
def test_an_employers_all_day_assessment_centre_is_an_interview(summary):
    """A whole-day selection format an employer invites her to is the interview, all day or not."""
    is_interview, company, _role = seen(event(summary, all_day=True))
    assert (True, "Globex") == (is_interview, company)


def test_her_own_all_day_entry_and_other_all_day_interviews_stay_out():
    """Without an employer inviting, or without a whole-day format, an all-day event is still left out."""
    own = event("Assessment-Center Globex", all_day=True, organizer=None, attendees=())
    other = event("Interview – Globex – Data Analyst", all_day=True)
    assert (False, False) == (seen(own)[0], seen(other)[0])
