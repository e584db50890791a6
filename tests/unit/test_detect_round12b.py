"""Round 12b: company and role where stage words, inflections, people, teams or the description got in the way."""

from __future__ import annotations

import pytest

from followupd.domain.detect import detect
from followupd.domain.detect_defaults import DEFAULT_KEYWORDS
from followupd.domain.detect_described import described_company, labelled_role
from followupd.domain.detect_roles import has_role
from followupd.domain.detect_title import parse_title
from followupd.domain.models import Attendee
from followupd.domain.policy import InterviewRules
from tests.unit.detect_events import MAYA, ME, event


def seen(summary: str, **changes: object) -> tuple[bool, str, str]:
    result = detect(event(summary, **changes), rules=InterviewRules(), own_addresses=ME)
    return result.is_interview, result.company, result.role


RAJ = Attendee("raj.patel@brindle.example", "Raj Patel")


@pytest.mark.parametrize(
    ("summary", "company"),
    [
        ("Intro call: Brindle Robotics between Raj Patel and Maya Example", "Brindle Robotics"),
        ("Entrevista: Brindle Robotics entre Raj Patel y Maya Example", "Brindle Robotics"),
        ("Kennenlerngespräch – Brindle Robotics zwischen Raj Patel und Maya Example", "Brindle Robotics"),
    ],
)
def test_the_people_a_booking_page_names_after_between_are_no_part_of_the_company(
    summary: str, company: str
) -> None:
    """A booking page's "<event> between <host> and <invitee>" after the company leaves the company alone."""
    assert (True, company, "") == seen(summary, organizer=RAJ, attendees=(RAJ, MAYA))


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("面试：海鸥智能 - 数据分析师（业务面）", "海鸥智能", "数据分析师"),
        ("面试：海鸥智能 - 前端开发工程师（群面）", "海鸥智能", "前端开发工程师"),
        ("[푸른솔데이터] 백엔드 개발자 2차 임원 면접", "푸른솔데이터", "백엔드 개발자"),
        ("[푸른솔데이터] 프로덕트 디자이너 실무 면접", "푸른솔데이터", "프로덕트 디자이너"),
    ],
)
def test_cjk_stage_words_leave_the_role(summary: str, company: str, role: str) -> None:
    """ "（业务面）", "（群面）", "2차 임원", "실무" say which sitting, not which job."""
    assert (True, company, role) == seen(summary)


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("面试通知：海鸥智能 - 产品经理", "海鸥智能", "产品经理"),
        ("【面接のお知らせ】ソラノ - データエンジニア", "ソラノ", "データエンジニア"),
        ("면접 안내: 푸른솔데이터 - 데이터 분석가", "푸른솔데이터", "데이터 분석가"),
    ],
)
def test_a_cjk_notice_word_after_the_keyword_is_no_company(summary: str, company: str, role: str) -> None:
    """ "通知", "のお知らせ" and "안내" (notice) after the interview word belong to it."""
    assert (True, company, role) == seen(summary)


@pytest.mark.parametrize(
    ("title", "company", "role"),
    [
        ("Haastattelussa: Kuusikko – Ohjelmistokehittäjä", "Kuusikko", "Ohjelmistokehittäjä"),
        ("Kuusikko – Ohjelmistokehittäjä haastatteluun", "Kuusikko", "Ohjelmistokehittäjä"),
        ("Çınar Yazılım: Veri Analisti Mülakatı", "Çınar Yazılım", "Veri Analisti"),
        ("Interjúra: Dunakanyar Kft. – Adatelemző", "Dunakanyar Kft.", "Adatelemző"),
    ],
)
def test_a_keyword_with_an_ending_is_read_as_the_keyword(title: str, company: str, role: str) -> None:
    """A Finnish, Turkish or Hungarian ending on the interview word ("Haastattelussa", "Mülakatı", "Interjúra") is
    no part of a name."""
    assert (company, role) == parse_title(title, keywords=DEFAULT_KEYWORDS)


def test_an_ordinal_alone_before_an_inflected_keyword_is_no_company() -> None:
    """ "Toinen haastattelu – Maya Example" (the second interview) names nobody: the domain gives the company."""
    kesto = Attendee("aino.virtanen@kestotalo.example", "Aino Virtanen")
    assert (True, "Kestotalo", "") == seen("Toinen haastattelu – Maya Example", organizer=kesto)
    assert (True, "Kestotalo", "") == seen("Andra intervjun – Maya Example", organizer=kesto)


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Entrevista | Técnico de mantenimiento | Brindle", "Técnico de mantenimiento"),
        ("Colloquio tecnico | Tecnico di radiologia | Brindle", "Tecnico di radiologia"),
    ],
)
def test_a_qualifier_that_heads_a_name_stays_in_the_role(summary: str, role: str) -> None:
    """ "Técnico" before "de" is the job's head noun, not the technical kind of interview."""
    assert (True, "Brindle", role) == seen(summary, organizer=RAJ, attendees=(RAJ, MAYA))


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        (
            "Συνέντευξη – Αναλύτρια Δεδομένων – Κυκλάδες Λογισμικό",
            "Κυκλάδες Λογισμικό",
            "Αναλύτρια Δεδομένων",
        ),
        ("Interjú – Szoftverfejlesztő – Dunakanyar Digital", "Dunakanyar Digital", "Szoftverfejlesztő"),
        ("Interviu – Inginer software – Carpați Digital", "Carpați Digital", "Inginer software"),
    ],
)
def test_greek_hungarian_and_romanian_roles_are_roles(summary: str, company: str, role: str) -> None:
    """A role noun in Greek, Hungarian or Romanian is the role, whichever part it is."""
    assert (True, company, role) == seen(summary)


def test_thai_role_nouns_are_roles() -> None:
    assert (True, True) == (has_role("วิศวกรซอฟต์แวร์"), has_role("นักวิเคราะห์ข้อมูล"))


@pytest.mark.parametrize(
    ("summary", "company", "role"),
    [
        ("Second round: Brindle – Data Scientist, Forecasting", "Brindle", "Data Scientist, Forecasting"),
        (
            "Brindle | Panel interview | Product Manager, Developer Experience",
            "Brindle",
            "Product Manager, Developer Experience",
        ),
    ],
)
def test_the_team_after_a_comma_stays_with_the_role(summary: str, company: str, role: str) -> None:
    """A team after the role's comma stays, with or without an interview word, and though it holds a role
    word that is not its last ("Developer Experience")."""
    assert (True, company, role) == seen(summary, organizer=RAJ, attendees=(RAJ, MAYA))


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Entrevista con el responsable de selección - Analista de datos - Brindle", "Analista de datos"),
        ("Entretien avec le responsable du recrutement - Développeuse Java - Brindle", "Développeuse Java"),
        ("Entretien avec la responsable RH - Analyste - Brindle", "Analyste"),
    ],
)
def test_the_hiring_manager_named_in_other_languages_is_no_role(summary: str, role: str) -> None:
    """Whom the talk is with ("el responsable de selección", "la responsable RH") is not the job."""
    assert (True, "Brindle", role) == seen(summary, organizer=RAJ, attendees=(RAJ, MAYA))


def test_a_labelled_role_line_in_the_description_names_the_role() -> None:
    """ "Position: Staff Engineer, Billing" on a line of its own gives the role the title lacks."""
    description = (
        "Stage: Hiring manager chat\nPosition: Staff Engineer, Billing\nZoom: https://zoom.example/j/1"
    )
    assert (True, "Brindle", "Staff Engineer, Billing") == seen(
        "Maya Example <> Brindle | Hiring Manager Chat",
        organizer=RAJ,
        attendees=(RAJ, MAYA),
        description=description,
    )
    assert "Datenanalystin" == labelled_role("Hallo Maya,\nStelle: Datenanalystin\nBis bald")
    assert "" == labelled_role("Role: to be confirmed")


def test_a_freemail_organizer_s_description_names_the_company() -> None:
    """A recruiter writing from a freemail address names the employer in the description: that is the company."""
    priya = Attendee("brindle.talent@gmail.com", "Priya Sharma")
    description = "A first chat about the Site Reliability Engineer position at Brindle Robotics (remote)."
    assert (True, "Brindle Robotics", "Site Reliability Engineer") == seen(
        "Recruiter call", organizer=priya, attendees=(priya, MAYA), description=description
    )
    assert "Nordwerk GmbH" == described_company("Danke für Ihr Interesse an der Stelle bei Nordwerk GmbH.")
    assert "" == described_company("We would love to talk about the role in Berlin.")


@pytest.mark.parametrize("summary", ["Technical interview (whiteboarding)", "Entrevista técnica (pizarra)"])
def test_a_lower_case_kind_in_brackets_yields_to_the_organizer_s_domain(summary: str) -> None:
    """A lower-case part that spells no participant's company is a kind of talk: the organizer's domain names
    the company."""
    assert (True, "Brindle", "") == seen(summary, organizer=RAJ, attendees=(RAJ, MAYA))


def test_a_name_glued_to_a_cjk_keyword_stays_the_company() -> None:
    """Only a notice word goes with the CJK interview word: "面试海鸥智能" keeps "海鸥智能" as the company."""
    assert (True, "海鸥智能", "产品经理") == seen("面试海鸥智能 - 产品经理")


@pytest.mark.parametrize(
    ("summary", "role"),
    [
        ("Entrevista: Brindle – Desarrollador Backend (segunda ronda)", "Desarrollador Backend"),
        ("Sollicitatiegesprek: Brindle – Data-analist (tweede ronde)", "Data-analist"),
        ("Entretien : Brindle – Développeur (2e tour)", "Développeur"),
        ("Interview: Brindle – Data Engineer (Tour 2)", "Data Engineer"),
    ],
)
def test_which_round_in_a_bracket_after_the_role_is_no_part_of_it(summary: str, role: str) -> None:
    """ "(segunda ronda)", "(tweede ronde)", "(2e tour)" say which sitting, like "(技术面)" does."""
    assert (True, "Brindle", role) == seen(summary, organizer=RAJ, attendees=(RAJ, MAYA))
