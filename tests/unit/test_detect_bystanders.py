"""Round 8: note takers and branded chatbots are nobody to thank; prep words inside names and compounds."""

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
RAJ = Attendee("raj.patel@lindenhof.example", "Raj Patel")


def event(summary: str, *others: Attendee, organizer: Attendee = RAJ) -> CalendarEvent:
    base = CalendarEvent(
        source="work",
        uid="u1",
        recurrence_id="",
        summary=summary,
        start=datetime(2027, 2, 3, 13, tzinfo=UTC),
        end=datetime(2027, 2, 3, 14, tzinfo=UTC),
        tzid="UTC",
        organizer=organizer,
        attendees=(RAJ, MAYA),
    )
    return replace(base, attendees=(*base.attendees, *others))


def thanked(ev: CalendarEvent) -> list[str]:
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    return sorted(person.email for person in result.interviewers)


@pytest.mark.parametrize(
    "taker",
    [
        Attendee("lena@otter.example", "Otter.ai Notetaker"),
        Attendee("recorder@meetings.example", "Lindenhof Note Taker (bot)"),
        Attendee("notes@callnotes.example", "tl;dv Meeting Recorder"),
        Attendee("kim@recap.example", "Recap Notes Bot"),
        Attendee("assistant@notizen.example", "KI-Notizassistent"),
        Attendee("prise@notes.example", "Assistant de prise de notes"),
    ],
)
def test_a_note_taker_that_joins_the_call_is_nobody_to_thank(taker):
    """A note taker on any domain is known by its display name: only the interviewer is thanked."""
    assert ["raj.patel@lindenhof.example"] == thanked(event("Interview – Lindenhof – Data Engineer", taker))


def test_a_person_whose_name_holds_bot_letters_is_still_thanked():
    """ "Botond Kiss" and "Talbot Moore" are people: only a whole word "bot" or a note taker's name is a bot."""
    people = (
        Attendee("botond.kiss@lindenhof.example", "Botond Kiss"),
        Attendee("t.moore@lindenhof.example", "Talbot Moore"),
    )
    expected = ["botond.kiss@lindenhof.example", "raj.patel@lindenhof.example", "t.moore@lindenhof.example"]
    assert expected == thanked(event("Interview – Lindenhof – Data Engineer", *people))


@pytest.mark.parametrize(
    ("summary", "bot"),
    [
        (
            "Entrevista [Panadería Sol] – Dependienta",
            Attendee("mya@hirebot-mail.example", "Mya (Panadería Sol)"),
        ),
        (
            "Phone screen: Harbor Foods, Shift Lead",
            Attendee("leo@chatrecruit.example", "Leo (Harbor Foods Assistant)"),
        ),
    ],
)
def test_an_employers_chatbot_under_a_given_name_is_nobody_to_thank(summary, bot):
    """One given name, the employer's name from the title in brackets, an address of that name alone at
    another domain: a vendor's chatbot, neither an interviewer nor the company's domain."""
    result = detect(event(summary, organizer=bot), rules=InterviewRules(), own_addresses=ME)
    people = sorted(person.email for person in result.interviewers)
    assert (True, ["raj.patel@lindenhof.example"]) == (result.is_interview, people)


@pytest.mark.parametrize(
    "person",
    [
        Attendee("jane@lindenhof.example", "Jane (Lindenhof)"),
        Attendee("jane@lindenhof.example", "Jane (she/her)"),
        Attendee("jane.doe@other.example", "Jane (Lindenhof)"),
        Attendee("jane@gmail.com", "Jane (Lindenhof)"),
    ],
)
def test_a_person_with_a_bracket_after_their_name_is_still_thanked(person):
    """The bracket names their own domain's company, their pronouns, or the address has more than the name."""
    assert person.email in thanked(event("Interview – Lindenhof – Data Engineer", person))


@pytest.mark.parametrize(
    ("summary", "organizer", "interview"),
    [
        (
            "Vorstellungsgespräch Prep & Pantry GmbH – Teamleitung",
            Attendee("hr@preppantry.example", "HR"),
            True,
        ),
        ("Entrevista Mock Labs – Analista de datos", Attendee("rh@mocklabs.example", "RH"), True),
        ("Interview Practice Fusion – QA Lead", Attendee("jobs@practicefusion.example", "Jobs"), True),
    ],
)
def test_a_prep_word_in_the_employers_name_is_no_prep_block(summary, organizer, interview):
    """A capitalized prep word that starts the name the organizer's domain spells is the company."""
    result = detect(event(summary, organizer=organizer), rules=InterviewRules(), own_addresses=ME)
    assert interview == result.is_interview


@pytest.mark.parametrize(
    "summary",
    [
        "Interview-Vorbereitung",
        "Sollicitatie-voorbereiding",
        "Entretien (préparation)",
        "Interview (prep)",
        "Rozmowa [przygotowanie]",
    ],
)
def test_a_prep_word_fused_or_bracketed_to_the_interview_word_is_a_prep_block(summary):
    """A hyphen compound or a bracket right after the interview word speaks of it: a block to get ready."""
    result = detect(event(summary, organizer=MAYA), rules=InterviewRules(), own_addresses=ME)
    assert False is result.is_interview


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Intervju – Lindenhof – Utvecklare (dag 2 av 3)", "Utvecklare"),
        ("Entretien – Lindenhof – Développeur (jour 2/3)", "Développeur"),
        ("Entrevista – Lindenhof – Desarrollador (sesión 1 de 2)", "Desarrollador"),
        ("Interview – Lindenhof – Backend Engineer (1 of 3)", "Backend Engineer"),
        ("Vorstellungsgespräch – Lindenhof – Entwickler (Tag 1–2)", "Entwickler"),
    ],
)
def test_which_day_or_sitting_of_several_is_no_part_of_the_role(summary, role):
    """ "(dag 2 av 3)", "(jour 2/3)", "(1 of 3)": which sitting of a multi-day interview, not the job."""
    result = detect(event(summary), rules=InterviewRules(), own_addresses=ME)
    assert ("Lindenhof", role) == (result.company, result.role)


@pytest.mark.parametrize(
    ("summary", "mailbox", "company", "role"),
    [
        ("Интервю – Балкан Софт – Програмист", Attendee("kariera@balkansoft.example", "Балкан Софт"), "Балкан Софт",
         "Програмист"),
        ("【青山物流】一次面接 - 倉庫管理者", Attendee("saiyo@aoyama.example", "青山物流 採用チーム"), "青山物流",
         "倉庫管理者"),
        ("[바다전자] 1차 면접 – 품질 엔지니어", Attendee("recruit@badaelec.example", "바다전자 인사팀"), "바다전자",
         "품질 엔지니어"),
        ("面试：云帆科技 - 测试工程师", Attendee("hr@yunfan.example", "云帆科技 人才招聘"), "云帆科技", "测试工程师"),
    ],
)  # fmt: skip
def test_a_hiring_mailboxs_display_name_is_the_company_not_a_person(summary, mailbox, company, role):
    """careers@ under "Балкан Софт", hr@ under "云帆科技 人才招聘": the team's mailbox names the company as
    it writes itself, so the title's part that spells it is the company, not someone's name."""
    result = detect(event(summary, organizer=mailbox), rules=InterviewRules(), own_addresses=ME)
    assert (company, role) == (result.company, result.role)


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        (
            "Entretien technique — Lindenhof Tech — Analyste de données",
            "Lindenhof Tech",
            "Analyste de données",
        ),
        ("Interview – Lindenhof Online – Content Editor", "Lindenhof Online", "Content Editor"),
        ("Interview: Lindenhof – Final Round", "Lindenhof", ""),
        ("Interview at Lindenhof Final Round", "Lindenhof", ""),
    ],
)
def test_a_qualifier_that_ends_the_employers_name_stays_in_it(summary, company, role):
    """ "Tech" and "Online" after a capitalized name are the name's end; "Final Round" is still dropped."""
    result = detect(event(summary), rules=InterviewRules(), own_addresses=ME)
    assert (company, role) == (result.company, result.role)


@pytest.mark.parametrize(
    "summary",
    [
        "Interview: Maya Example // Lindenhof (Data Engineer)",
        "Entrevista — Maya // Lindenhof (Data Engineer)",
    ],
)
def test_a_double_slash_separates_her_name_from_the_company(summary):
    """ "Maya Example // Lindenhof": a double slash is a separator, and her own name is never the company."""
    result = detect(event(summary), rules=InterviewRules(), own_addresses=ME)
    assert ("Lindenhof", "Data Engineer") == (result.company, result.role)
