"""Round 9: a chatbot's given name, then its employer's name, then an assistant word, is nobody to thank."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.domain.detect import detect
from followupd.domain.detect_people import is_assistant
from followupd.domain.models import Attendee, CalendarEvent
from followupd.domain.policy import InterviewRules

UTC = ZoneInfo("UTC")
MAYA = Attendee("maya@example.org", "Maya Example")
RAJ = Attendee("raj.patel@lindenhof.example", "Raj Patel")


def detected(summary: str, organizer: Attendee) -> tuple[bool, list[str], str]:
    event = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2027, 3, 3, 13, tzinfo=UTC),
        end=datetime(2027, 3, 3, 14, tzinfo=UTC),
        tzid="UTC",
        organizer=organizer,
        attendees=(RAJ, MAYA),
    )
    result = detect(event, rules=InterviewRules(), own_addresses=("maya@example.org",))
    return result.is_interview, sorted(p.email for p in result.interviewers), result.company


@pytest.mark.parametrize(
    "name",
    [
        "Ava, Lindenhof Hiring Assistant",
        "Mia – Lindenhof Recruiting-Assistentin",
        "Nora at Lindenhof (AI Assistant)",
        "Zoe | Lindenhof Talent Assistant",
        "Sanne – Lindenhof Wervingsassistent",
        "Léa pour Lindenhof, assistante virtuelle",
    ],
)
def test_a_given_name_then_the_employers_name_then_assistant_is_a_chatbot(name):
    """The employer's name between the chatbot's given name and its assistant word does not make it a person:
    only the interviewer is thanked and the company stays the employer's."""
    bot = Attendee("ava@hirebot.example", name)
    assert (True, ["raj.patel@lindenhof.example"], "Lindenhof") == detected(
        "Interview – Lindenhof – Data Engineer", bot
    )


@pytest.mark.parametrize(
    "name",
    [
        "Jane Doe, Lindenhof Recruiting Assistant",
        "Jane Doe – Recruiting Assistant",
        "Ana de la Cruz, Hiring Assistant",
    ],
)
def test_a_person_with_a_surname_who_is_an_assistant_stays_a_person(name):
    """Two words of a name before the first separator: a person giving her title, thanked."""
    assert False is is_assistant(name)


@pytest.mark.parametrize(
    "name",
    ["Olivia – Lindenhöf Bäckerei", "Olivia at Lindenhöf Bäckerei", "Olivia från Lindenhöf Bäckerei"],
)
def test_a_chatbot_named_after_its_employer_with_no_assistant_word_is_nobody_to_thank(name):
    """A given name alone at a vendor's domain, then the title's employer after a dash or "at": a chatbot."""
    bot = Attendee("olivia@citabot.example", name)
    got = detected("Interview – Lindenhöf Bäckerei – Baker", bot)
    assert (True, ["raj.patel@lindenhof.example"]) == got[:2]


@pytest.mark.parametrize(
    "organizer",
    [
        Attendee("recruiting@ats-mail.example", "Recruiting – Lindenhof"),
        Attendee("olivia@lindenhof.example", "Olivia – Lindenhof"),
        Attendee("olivia.marsh@staffing.example", "Olivia – Lindenhof"),
    ],
)
def test_a_hiring_mailbox_or_a_person_named_after_the_employer_is_still_thanked(organizer):
    """A hiring mailbox, an address at the employer's own domain, or an address with a surname is people."""
    got = detected("Interview – Lindenhof – Baker", organizer)
    assert (True, sorted([organizer.email, "raj.patel@lindenhof.example"])) == got[:2]
