"""Reply shapes of round 12: bidi marks, labelled disclaimers, app footers, slash signatures, notes after the last
answer, currency codes around amounts and Christmas in more languages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import ParsedReply, parse_text
from followupd.domain.replies.dates import read_date
from followupd.domain.replies.model import Amount
from followupd.domain.replies.quotes import Line, is_disclaimer, is_signature, split_lines
from followupd.domain.replies.values import read_money

D0 = date(2026, 11, 26)
ME = "Maya Example <maya@example.org>"
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(["> Hi Maya,", ">"] + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)])
ATTRIBUTION = f"On Thu, 26 Nov 2026 at 15:10, {ME} wrote:"


def parse(text: str) -> ParsedReply:
    return parse_text(
        text,
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=D0,
        own_addresses=("maya@example.org",),
        own_names=("Maya Example",),
    )


def answers_and_notes(text: str) -> tuple[dict[str, str], str]:
    reply = parse(text)
    return {a.question_id: a.text for a in reply.answers}, reply.free_notes


# Attributions whose name, address or date the client wraps in bidi embeddings or isolates (Gmail in Hebrew,
# Arabic and Persian): the marks are invisible and no part of the words
BIDI_ATTRIBUTIONS = [
    "\u202bבתאריך יום ה׳, 26 בנוב׳ 2026 ב-15:10 מאת \u202aMaya Example\u202c\u200f"
    " <\u202amaya@example.org\u202c\u200f>:\u202c",
    "\u202bفي الخميس، 26 نوفمبر 2026 في 15:10 كتب \u202aMaya Example\u202c <\u202amaya@example.org\u202c>:\u202c",
    "\u2067در تاریخ پنجشنبه ۲۶ نوامبر ۲۰۲۶، \u2066Maya Example\u2069 <\u2066maya@example.org\u2069> نوشت:\u2069",
    "\u202eOn Thu, 26 Nov 2026 at 15:10, Maya Example <maya@example.org> wrote:\u202c",
]


@pytest.mark.parametrize("attribution", BIDI_ATTRIBUTIONS)
def test_an_attribution_wrapped_in_bidi_marks_starts_history(attribution: str) -> None:
    answers, notes = answers_and_notes(f"1. 7/10\n12. next Friday\n\n{attribution}\n\n{QUOTED}")
    assert {"rating": "7/10", "hear_back": "next Friday"} == answers
    assert "" == notes


def test_split_lines_drops_bidi_marks_and_keeps_the_words() -> None:
    assert [Line(0, "מאת Maya <maya@example.org>:")] == split_lines(
        "\u202bמאת \u202aMaya\u202c <\u2066maya@example.org\u2069>:\u202c"
    )


# A disclaimer under a label of its own: a word for notice and one for confidentiality, or any short label and a
# colon before an opening the parser knows
LABELLED_DISCLAIMERS = [
    "AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são confidenciais.",
    "Nota de confidencialidade: a informação deste e-mail é reservada.",
    "Avís de confidencialitat: la informació d'aquest correu és reservada.",
    "Nota di riservatezza - le informazioni sono riservate al destinatario.",
    "CONFIDENTIALITY STATEMENT The information herein is for the addressee only.",
    "Mention de confidentialité : les informations sont destinées au seul destinataire.",
    "HINWEIS: Diese E-Mail enthält vertrauliche Informationen.",
    "Legal notice: This message is intended only for the addressee.",
    "UYARI: Bu e-posta ve ekleri gizlidir.",
    "Upozornění: Tato zpráva je důvěrná a je určena pouze adresátovi.",
]


@pytest.mark.parametrize("text", LABELLED_DISCLAIMERS)
def test_a_labelled_disclaimer_is_one(text: str) -> None:
    assert is_disclaimer(Line(0, text))


@pytest.mark.parametrize(
    "text",
    [
        "8: This message was the salary figure they gave",
        "Confidential: 85k base, they asked me not to share",
        "Note: this role is remote",
        "Aviso: they want an answer by Friday",
    ],
)
def test_an_answer_with_a_colon_is_no_disclaimer(text: str) -> None:
    assert not is_disclaimer(Line(0, text))


def test_a_sign_off_and_block_over_a_labelled_disclaimer_leave_the_last_answer() -> None:
    own = (
        "1. 8/10\n12. Até ao fim do mês\n\nCom os melhores cumprimentos,\n\nMaya Example\nGestora de Produto\n"
        "Tel. +351 21 000 0000\n\nAVISO DE CONFIDENCIALIDADE: Esta mensagem é confidencial e destina-se apenas ao "
        "destinatário.\n\n"
    )
    answers, notes = answers_and_notes(own + ATTRIBUTION + "\n" + QUOTED)
    assert {"rating": "8/10", "hear_back": "Até ao fim do mês"} == answers
    assert "" == notes


# Footers of desktop and cross-platform mail apps
@pytest.mark.parametrize(
    "text",
    [
        "Sent from Mailspring",
        "Envoyé depuis Mailspring",
        "Gesendet mit Mailbird",
        "Sent with Spike",
        "Sent from eM Client",
        "Enviado desde Postbox",
        "Sent via Polymail",
        "Sent from HEY",
        "Sent with Newton",
        "Sent from Canary",
        "Skickat från Mimestream",
    ],
)
def test_an_app_footer_ends_her_text(text: str) -> None:
    assert is_signature(Line(0, text))


def test_a_free_text_reply_keeps_no_app_footer() -> None:
    reply = parse(
        f"It went fine, I think, and they were nice.\n\nSent from Mailspring\n\n{ATTRIBUTION}\n{QUOTED}"
    )
    assert "It went fine, I think, and they were nice." == reply.free_notes


@pytest.mark.parametrize(
    "text", ["Sent from my desk, by the window", "Sent with some nerves but it went well"]
)
def test_a_sentence_opening_like_a_footer_stays(text: str) -> None:
    assert not is_signature(Line(0, text))


# Her name after a slash, as Swedes and Danes sign ("/Maya", "//Maya", "/M"), on its own line or after the
# last answer
@pytest.mark.parametrize(
    "closing", ["\n\n/Maya", "\n\n/ Maya", "\n\n//Maya", "\n\n/M", "\n/Maya Example", " /Maya", " //Maya"]
)
def test_her_name_after_a_slash_signs(closing: str) -> None:
    answers, notes = answers_and_notes(f"1. 7/10\n12. Nästa vecka{closing}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "7/10", "hear_back": "Nästa vecka"} == answers
    assert "" == notes


@pytest.mark.parametrize("last", ["Frontend/Backend", "Jane /Raj", "24/7 on call"])
def test_a_slash_before_other_words_stays(last: str) -> None:
    answers, _ = answers_and_notes(f"1. 7/10\n3. {last}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert last == answers["went_badly"]


# Currency codes before or after the amount for currencies of Asia, the Gulf, Africa and Latin America, their
# signs and local names, millions and thousands in words, and periods in those languages
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NGN 450,000 per month", (Amount(Decimal(450000), "NGN", "month"),)),
        ("MYR 12,000 a month", (Amount(Decimal(12000), "MYR", "month"),)),
        ("QAR 30,000 monthly, tax free", (Amount(Decimal(30000), "QAR", "month"),)),
        ("1,200,000 PKR per year", (Amount(Decimal(1200000), "PKR", "year"),)),
        ("KES 350,000 per month", (Amount(Decimal(350000), "KES", "month"),)),
        ("85k a year, paid in THB", (Amount(Decimal(85000), "THB", "year"),)),
        ("฿120,000 a month", (Amount(Decimal(120000), "THB", "month"),)),
        ("35 triệu đồng/tháng", (Amount(Decimal(35000000), "VND", "month"),)),
        ("30 triệu VND mỗi tháng", (Amount(Decimal(30000000), "VND", "month"),)),
        ("Rp 25.000.000 per bulan", (Amount(Decimal(25000000), "IDR", "month"),)),
        ("18 juta rupiah sebulan", (Amount(Decimal(18000000), "IDR", "month"),)),
        ("90,000 บาท ต่อเดือน", (Amount(Decimal(90000), "THB", "month"),)),
        ("25,000 dirhams a month", (Amount(Decimal(25000), "AED", "month"),)),
        ("SAR 28,000 في الشهر", (Amount(Decimal(28000), "SAR", "month"),)),
        ("₪32,000 לחודש", (Amount(Decimal(32000), "ILS", "month"),)),
    ],
)
def test_a_currency_code_name_or_sign_of_more_countries(text: str, expected: tuple[Amount, ...]) -> None:
    money = read_money(text)
    assert money is not None
    assert expected == money.amounts


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("$65,000 MXN mensuales", "MXN"),
        ("$1.800.000 COP al mes", "COP"),
        ("$900.000 ARS por mes", "ARS"),
        ("$140,000 CAD a year", "CAD"),
        ("¥25,000 CNY a month", "CNY"),
        ("$95k USD", "USD"),
    ],
)
def test_a_code_after_a_shared_sign_says_which_currency(text: str, currency: str) -> None:
    money = read_money(text)
    assert money is not None
    assert [currency] == [a.currency for a in money.amounts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "$180k base and $40k RSUs/yr",
            (Amount(Decimal(180000), "USD", None), Amount(Decimal(40000), "USD", "year")),
        ),
        (
            "€90k base and €10k bonus/yr",
            (Amount(Decimal(90000), "EUR", None), Amount(Decimal(10000), "EUR", "year")),
        ),
        ("£60k base and a car", (Amount(Decimal(60000), "GBP", None),)),
        (
            "70k base and 5k stock per year",
            (Amount(Decimal(70000), None, None), Amount(Decimal(5000), None, "year")),
        ),
    ],
)
def test_a_period_belongs_to_the_amount_it_follows(text: str, expected: tuple[Amount, ...]) -> None:
    money = read_money(text)
    assert money is not None
    assert expected == money.amounts


@pytest.mark.parametrize(
    "text",
    ["top 10 companies pay 90k", "PHP 8 and Laravel, 90k", "I was MAD, 85k is low", "all 3 rounds, pen 5k"],
)
def test_a_word_written_small_or_a_language_is_no_currency(text: str) -> None:
    money = read_money(text)
    assert money is not None
    assert [None] == [a.currency for a in money.amounts if a.amount >= 1000]


# "Before Christmas" is 24 December in every language we read, with the word before the feast or after it
@pytest.mark.parametrize(
    "text",
    [
        "Ennen joulua",
        "jouluun mennessä",
        "før jul",
        "innan jul",
        "před Vánoci",
        "pred Vianocami",
        "karácsony előtt",
        "Noel'den önce",
        "antes do Natal",
        "voor de kerst",
        "πριν τα Χριστούγεννα",
        "prije Božića",
        "înainte de Crăciun",
        "abans de Nadal",
        "enne jõule",
        "sebelum Natal",
        "trước Giáng Sinh",
        "クリスマス前に",
        "圣诞节前",
        "크리스마스 전에",
    ],
)
def test_before_christmas_is_christmas_eve(text: str) -> None:
    assert date(2026, 12, 24) == read_date(text, D0)


@pytest.mark.parametrize(
    "text", ["prenatal leave was discussed", "the Julia team", "before the holidays maybe"]
)
def test_words_near_christmas_are_no_date(text: str) -> None:
    assert read_date(text, D0) is None


# A last paragraph saying the rest of the answers will come later is a note about the reply, not the last answer
@pytest.mark.parametrize(
    "note",
    [
        "Will answer the others tomorrow",
        "More later!",
        "Rest to follow",
        "Den Rest schreibe ich morgen",
        "Le reste demain, promis",
        "El resto te lo mando más tarde",
        "O resto respondo amanhã",
        "Il resto stasera",
        "De rest vul ik vanavond in",
        "Resten fyller jag i imorgon",
        "Resztę uzupełnię jutro",
        "Остальное допишу вечером",
        "Loput huomenna",
        "Kalanları yarın yazarım",
        "残りは明日書きます",
        "其余的明天再写",
    ],
)
def test_a_note_that_the_rest_comes_later_is_no_answer(note: str) -> None:
    reply = parse(f"1. 7/10\n12. next Friday\n\n{note}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "7/10", "hear_back": "next Friday"} == {a.question_id: a.text for a in reply.answers}
    assert note == reply.free_notes


@pytest.mark.parametrize(
    "second",
    [
        "They also said the team is growing",
        "The rest of the loop is on Friday",
        "The rest come back in 2 weeks, maybe later",
    ],
)
def test_a_second_paragraph_of_the_last_answer_stays(second: str) -> None:
    answers, _ = answers_and_notes(f"1. 7/10\n12. next Friday\n\n{second}\n\n{ATTRIBUTION}\n{QUOTED}")
    assert f"next Friday\n\n{second}" == answers["hear_back"]


@pytest.mark.parametrize("note", ["Will do the rest tonight", "Den Rest morgen", "나머지는 내일 쓸게요"])
def test_a_note_that_the_rest_comes_later_under_an_inline_answer_is_no_answer(note: str) -> None:
    lines = ["> Hi Maya,", ">"]
    for number, question in enumerate(QUESTIONS, 1):
        lines += [f"> {number}. {question}", ""]
        lines += {1: ["7/10", ""], 2: ["The system design part", "", note, ""]}.get(number, [])
    reply = parse(ATTRIBUTION + "\n" + "\n".join(lines))
    assert {"rating": "7/10", "went_well": "The system design part"} == {
        a.question_id: a.text for a in reply.answers
    }
    assert note == reply.free_notes
