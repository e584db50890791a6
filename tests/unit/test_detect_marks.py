"""Round 6: pictographs in titles, compound role nouns, round markers in CJK titles, routes and train numbers."""

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
        start=datetime(2027, 1, 20, 13, tzinfo=UTC),
        end=datetime(2027, 1, 20, 14, tzinfo=UTC),
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
        ("🎯 Interview – Initech – Backend Engineer", "Initech", "Backend Engineer"),
        ("Entretien 💼 Initech – Développeuse Python", "Initech", "Développeuse Python"),
        ("Vorstellungsgespräch ✨ Hooli GmbH ✨", "Hooli GmbH", ""),
        ("⭐️ Vandelay | Data Engineer interview", "Vandelay", "Data Engineer"),
        ("Phone screen with recruiter 📞 Umbrella Corp", "Umbrella Corp", ""),
    ],
)
def test_pictographs_in_a_title_are_decoration_not_part_of_a_name(summary, company, role):
    """An emoji or symbol between or around the parts of a title separates them and is never in a name."""
    own_entry = event(summary, organizer=None, attendees=())
    assert (True, company, role) == seen(own_entry)


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Intervju – Systemarkitekt – Fjällvind AB", "Fjällvind AB", "Systemarkitekt"),
        ("Vorstellungsgespräch – Datenanalytiker – Nordwerk GmbH", "Nordwerk GmbH", "Datenanalytiker"),
        ("Jobsamtale – Løsningsarkitekt – Havbris AS", "Havbris AS", "Løsningsarkitekt"),
        ("Haastattelu – Data-analyytikko – Revontuli Oy", "Revontuli Oy", "Data-analyytikko"),
        ("Intervju – Driftstekniker – Solvind Kraft", "Solvind Kraft", "Driftstekniker"),
    ],
)
def test_a_compound_role_noun_is_the_role_whatever_order_the_parts_come_in(summary, company, role):
    """Nordic, German and Finnish compounds that end in a role noun ("-arkitekt", "-analytiker") are the role,
    so the other part is the company even when the role comes first."""
    own_entry = event(summary, organizer=None, attendees=())
    assert (True, company, role) == seen(own_entry)


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("누리소프트 – 백엔드 개발자 3차 면접", "누리소프트", "백엔드 개발자"),
        ("누리소프트 – 데이터 분석가 최종 면접", "누리소프트", "데이터 분석가"),
        ("Northwind – データエンジニア 二次面接", "Northwind", "データエンジニア"),
        ("Globex – 后端工程师 第二轮面试", "Globex", "后端工程师"),
        ("Globex – 产品经理 终面", "Globex", "产品经理"),
    ],
)
def test_a_round_marker_before_a_cjk_interview_word_is_not_part_of_the_role(summary, company, role):
    """ "3차", "최종", "二次", "第二轮" and "终" say which round it is; the role is the words before them."""
    own_entry = event(summary, organizer=None, attendees=())
    assert (True, company, role) == seen(own_entry)


@pytest.mark.parametrize(
    "summary",
    [
        "TGV 6611 Paris → Lyon (entretien Initech)",
        "Eurostar 9014 London – Globex interview",
        "✈️ Amsterdam → Stockholm för intervju hos Fjällvind",
        "Milano -> Torino, colloquio Hooli",
        "LH 2034 MUC → BER – Vorstellungsgespräch Nordwerk",
    ],
)
def test_a_route_or_a_train_or_flight_number_first_is_a_travel_block(summary):
    """A title that starts with a route ("Paris → Lyon") or a train or flight number is her journey to the
    interview, not the interview."""
    own_entry = event(summary, organizer=None, attendees=())
    assert (False, "", "") == seen(own_entry)


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        (
            "Interview: Globex – Migration lead (Oracle → Postgres)",
            "Globex",
            "Migration lead (Oracle → Postgres)",
        ),
        ("Interview – Initech – QA Lead (R-01234)", "Initech", "QA Lead"),
        ("ICE Platform Engineer interview – Globex", "Globex", "ICE Platform Engineer"),
    ],
)
def test_an_arrow_or_a_code_later_in_a_title_is_no_journey(summary, company, role):
    """Only a route or a train or flight number at the start makes a travel block."""
    assert (True, company, role) == seen(event(summary))


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("ראיון עבודה – Hooli – מפתחת Backend", "Hooli", "מפתחת Backend"),
        ("مقابلة عمل – Hooli – مطور برمجيات", "Hooli", "مطور برمجيات"),
        ("Phỏng vấn – Hooli – Lập trình viên Java", "Hooli", "Lập trình viên Java"),
        ("Töövestlus: Hooli OÜ, Tarkvarainsener", "Hooli OÜ", "Tarkvarainsener"),
        ("Darba intervija – Hooli SIA – Programmētājs", "Hooli SIA", "Programmētājs"),
        ("Razgovor za posao – Hooli d.o.o. – Programer", "Hooli d.o.o.", "Programer"),
        ("Интервю за работа – Hooli – Програмист", "Hooli", "Програмист"),
        ("Wawancara kerja – PT Hooli – Pengembang Backend", "PT Hooli", "Pengembang Backend"),
        ("【Hooli】产品经理-初试", "Hooli", "产品经理"),
    ],
)
def test_interview_words_and_role_nouns_in_more_languages(summary, company, role):
    """Hebrew, Arabic, Vietnamese, Estonian, Latvian, Croatian, Bulgarian, Indonesian and Chinese first-round
    titles are interviews, read like the others."""
    assert (True, company, role) == seen(event(summary))


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Vorstellungsgespräch Globex GmbH (Junior Data Scientist m/w/d)", "Junior Data Scientist"),
        ("Entretien – Globex – Développeur (H/F)", "Développeur"),
        ("Entrevista Globex: vaga Desenvolvedor Backend", "Desenvolvedor Backend"),
        ("Sollicitatiegesprek – functie Data Engineer – Globex", "Data Engineer"),
    ],
)
def test_genders_and_the_word_for_vacancy_are_not_part_of_the_role(summary, role):
    """ "m/w/d", "(H/F)", "vaga", "functie" belong to the job ad's wording, not to the role's name."""
    assert role == seen(event(summary))[2]
