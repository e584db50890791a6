"""Round 11: company legal forms of many countries, requisition numbers, scheduler names and quoted names."""

from __future__ import annotations

import pytest

from followupd.domain.detect import detect
from followupd.domain.detect_legal import has_legal_form
from followupd.domain.detect_title import parse_title
from followupd.domain.models import Attendee
from followupd.domain.policy import InterviewRules
from tests.unit.detect_events import MAYA, ME, event


def seen(summary: str) -> tuple[bool, str, str]:
    result = detect(event(summary), rules=InterviewRules(), own_addresses=ME)
    return result.is_interview, result.company, result.role


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("1차 면접 - 주식회사 한빛소프트 백엔드 개발자", "주식회사 한빛소프트", "백엔드 개발자"),
        ("(주)한빛소프트 1차 면접 - 데이터 엔지니어", "(주)한빛소프트", "데이터 엔지니어"),
        ("(株)ミナトデータ 一次面接 - インフラエンジニア", "(株)ミナトデータ", "インフラエンジニア"),
        ("Собеседование – ООО «Северсофт» – Python-разработчик", "ООО «Северсофт»", "Python-разработчик"),
        ("Співбесіда – ТОВ «Дніпрософт» – Java-розробник", "ТОВ «Дніпрософт»", "Java-розробник"),
        ("Initech, Inc. – Product Designer interview", "Initech, Inc.", "Product Designer"),
        ("Interview – Globex GmbH Data Engineer", "Globex GmbH", "Data Engineer"),
    ],
)
def test_a_company_keeps_its_legal_form_and_stands_apart_from_the_role(
    summary: str, company: str, role: str
) -> None:
    """A legal form ("주식회사", "(주)", "(株)", "ООО «…»", ", Inc.", "GmbH") belongs to the company's name,
    whether before or after it, in brackets, quotes or after a comma, and ends it where a role follows."""
    assert (True, company, role) == seen(summary)


def test_a_slash_between_japanese_parts_separates_the_role_from_the_company() -> None:
    """ "ソフトウェアエンジニア/株式会社ミナトデータ": the part with 株式会社 is the company, the other the role."""
    assert ("株式会社ミナトデータ", "ソフトウェアエンジニア") == parse_title(
        "ソフトウェアエンジニア/株式会社ミナトデータ", keywords=("interview",)
    )


@pytest.mark.parametrize(
    "summary",
    [
        "Req #4471 Data Scientist Interview – Globex Ltd",
        "Interview: Data Scientist JR12345 – Globex Ltd",
        "Interview: Data Scientist (REQ-2231) – Globex Ltd",
    ],
)
def test_a_requisition_number_is_no_part_of_the_role(summary: str) -> None:
    """ "Req #4471", "JR12345", "(REQ-2231)" number the opening in the tool; the role is its name."""
    assert (True, "Globex Ltd", "Data Scientist") == seen(summary)


@pytest.mark.parametrize("tool", ["Teamtailor", "Greenhouse", "GoodTime", "ModernLoop"])
def test_a_scheduling_tool_naming_itself_first_is_neither_role_nor_company(tool: str) -> None:
    """ "Teamtailor: Interview with Nordvik AB": the tool that sent it is no part of what is read."""
    assert (True, "Nordvik AB", "") == seen(f"{tool}: Interview with Nordvik AB")


@pytest.mark.parametrize(
    "summary",
    [
        "Mock interview – Globex GmbH",
        "Interview prep – Initech, Inc.",
        "Webinar: Careers at Hollerith AG",
        "Job fair – Globex Ltd booth",
        "Interviewing candidate for Globex LLC – Data Engineer",
    ],
)
def test_a_legal_form_does_not_make_a_look_alike_an_interview(summary: str) -> None:
    """Practice, preparation, webinars, job fairs and the user interviewing someone stay no interview."""
    assert seen(summary)[0] is False


@pytest.mark.parametrize("text", ["Interview as Data Engineer", "Jane Doe", "Sa Ra", "Inco Analytics"])
def test_words_that_only_look_like_legal_forms_are_none(text: str) -> None:
    """Short forms count in the capitals companies write them ("AS", "SA"), and only as whole words."""
    assert has_legal_form(text) is False


def test_a_person_beside_the_company_is_not_the_company() -> None:
    """ "Interview: Raj Patel – Globex AG": the person is left out, the legal form names the company."""
    raj = Attendee("raj.patel@globex.example", "Raj Patel")
    ev = event("Interview: Raj Patel – Globex AG", organizer=raj, attendees=(raj, MAYA))
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    assert ("Globex AG", "") == (result.company, result.role)


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Interview – Senior Data Engineer (Remote, EU) – Globex Ltd", "Senior Data Engineer"),
        ("Colloquio tecnico | Globex S.r.l. | Data Analyst (Ibrido)", "Data Analyst"),
        ("Entrevista – Globex Ltda. – Desenvolvedor Java (Remoto)", "Desenvolvedor Java"),
        ("Interview for R-10423 Software Engineer – Globex Ltd", "Software Engineer"),
    ],
)
def test_where_the_work_is_done_and_a_bare_requisition_number_are_no_part_of_the_role(
    summary: str, role: str
) -> None:
    """ "(Remote, EU)", "(Ibrido)", "(Remoto)" say where the work is done, "R-10423" numbers the opening."""
    assert role == seen(summary)[2]


def test_a_bracketed_specialty_still_stays_with_the_role() -> None:
    """Only a place of work is dropped: "Backend Engineer (Payments)" keeps its team."""
    assert "Backend Engineer (Payments)" == seen("Interview: Globex GmbH – Backend Engineer (Payments)")[2]


def test_a_kind_of_interview_in_lower_case_before_the_name_is_not_the_company() -> None:
    """ "Colloquio conoscitivo Bianchi S.r.l.": "conoscitivo" says what kind of talk, the company follows it."""
    assert "Bianchi S.r.l." == seen("Colloquio conoscitivo Bianchi S.r.l. – Contabile")[1]


def test_a_chatbot_named_with_its_employer_and_no_separator_is_no_interviewer() -> None:
    """ "Olivia Vltavia Recruiting Assistant" at olivia@ its vendor's domain, for a title naming Vltavia, is the
    employer's scheduling chatbot, as "Olivia – Vltavia Recruiting Assistant" already is."""
    bot = Attendee("olivia@chatvendor.example", "Olivia Vltavia Recruiting Assistant")
    tomas = Attendee("tomas.novak@vltavia.example", "Tomáš Novák")
    ev = event("Pohovor – Java vývojář – Vltavia", organizer=bot, attendees=(bot, MAYA, tomas))
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    assert ("tomas.novak@vltavia.example",) == tuple(p.email for p in result.interviewers)


@pytest.mark.parametrize(
    ("address", "title"),
    [
        ("olivia@vltavia.example", "Pohovor – Java vývojář – Vltavia"),
        ("olivia@chatvendor.example", "Pohovor – Java vývojář – Globex"),
        ("olivia.vltavia@chatvendor.example", "Pohovor – Java vývojář – Vltavia"),
    ],
)
def test_a_person_who_gives_a_recruiting_title_is_still_thanked(address: str, title: str) -> None:
    """At the employer's own domain, for another employer, or at a first.last address, the name is a person's."""
    person = Attendee(address, "Olivia Vltavia Recruiting Assistant")
    ev = event(title, organizer=person, attendees=(person, MAYA))
    result = detect(ev, rules=InterviewRules(), own_addresses=ME)
    assert (address,) == tuple(p.email for p in result.interviewers)
