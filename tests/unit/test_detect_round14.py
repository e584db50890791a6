"""Round 14: assessment centres in Dutch and Swedish spelling, and Greek rounds beside the role."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.domain.detect import detect
from followupd.domain.detect_defaults import DEFAULT_KEYWORDS
from followupd.domain.detect_stages import ordinal
from followupd.domain.detect_title import parse_title
from followupd.domain.models import Attendee, CalendarEvent
from followupd.domain.policy import InterviewRules

UTC = ZoneInfo("UTC")
ME = ("maya@example.org",)
MAYA = Attendee("maya@example.org", "Maya Example")
JANE = Attendee("jane.doe@hiring.example", "Jane Doe")


def event(summary: str) -> CalendarEvent:
    return CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2027, 3, 2, 9, tzinfo=UTC),
        end=datetime(2027, 3, 2, 12, tzinfo=UTC),
        tzid="UTC",
        organizer=JANE,
        attendees=(JANE, MAYA),
    )


@pytest.mark.parametrize(
    "summary",
    [
        "Assessmentcentrum Hoogland Bank – Junior Analist",
        "Assessment-Centrum Hoogland Bank",
        "Bedömningscenter – Norrsken Energi – Ekonomitrainee",
    ],
)
def test_an_employer_invitation_to_an_assessment_centre_spelled_in_dutch_or_swedish_is_an_interview(
    summary: str,
) -> None:
    verdict = detect(event(summary), rules=InterviewRules(), own_addresses=ME)
    assert True is verdict.is_interview


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Συνέντευξη – Ionian Data – Αναλυτής Δεδομένων (δεύτερος γύρος)",
            ("Ionian Data", "Αναλυτής Δεδομένων"),
        ),
        (
            "Συνέντευξη – Ionian Data – Μηχανικός Λογισμικού (τελικός γύρος)",
            ("Ionian Data", "Μηχανικός Λογισμικού"),
        ),
    ],
)
def test_a_greek_round_in_a_bracket_after_the_role_is_no_part_of_it(
    title: str, expected: tuple[str, str]
) -> None:
    assert expected == parse_title(title, keywords=DEFAULT_KEYWORDS)


@pytest.mark.parametrize("text", ["τελικός γύρος", "δεύτερος γύρος", "πρώτος γύρος", "γύρος 2"])
def test_greek_round_words_name_which_round(text: str) -> None:
    assert True is ordinal(text)


@pytest.mark.parametrize("text", ["Γύρος Cafe", "Data Engineer", "Τελικός Σταθμός Logistics"])
def test_a_greek_word_alone_or_a_name_is_no_round(text: str) -> None:
    assert False is ordinal(text)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Quill Labs – Pairing interview", ("Quill Labs", "")),
        ("Pairing interview: Quill Labs", ("Quill Labs", "")),
        ("Pair-programming interview – Quill Labs", ("Quill Labs", "")),
        ("Interview – Quill Labs – Pairing Lead", ("Quill Labs", "Pairing Lead")),
    ],
)
def test_pairing_names_the_kind_of_interview_not_a_role(title: str, expected: tuple[str, str]) -> None:
    assert expected == parse_title(title, keywords=DEFAULT_KEYWORDS)
