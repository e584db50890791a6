"""Reply shapes of round 7: answers tagged with the word for answer ("A1:", "Antw. 2:"), answers above an
unquoted header block, next week in the genitive and before or after a weekday, Korean dates, a day of the
month said alone, inflected currency words, the Norwegian krone, grouped digits before a Korean unit, and two
sign-offs on one line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import Amount, ParsedReply, parse_text, read_date, read_money

D0 = date(2026, 11, 26)  # a Thursday
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(
    ["> Hi Maya,", ">"]
    + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)]
    + ["> Skip anything you like; a later reply fills in or replaces single answers.", "> -- ", "> followupd"]
)
UNQUOTED = "\n".join(
    ["Hi Maya,", ""]
    + [f"{n}. {q}\n" for n, q in enumerate(QUESTIONS, 1)]
    + ["Skip anything you like; a later reply fills in or replaces single answers.", "--", "followupd"]
)
ATTRIBUTION = "On Thu, 26 Nov 2026 at 15:10, followupd <followupd@example.org> wrote:"


def parse(text: str) -> ParsedReply:
    return parse_text(
        text,
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=D0,
        own_addresses=("maya@example.org",),
        own_names=("Maya Example",),
    )


def answers(reply: ParsedReply) -> dict[str, str]:
    return {a.question_id: a.text for a in reply.answers}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A1:", "A11:"),
        ("R1)", "R11)"),
        ("Ans. 1:", "Ans. 11:"),
        ("Antw. 1:", "Antw. 11:"),
        ("答1：", "答11："),
    ],
)
def test_the_word_for_answer_before_the_number_marks_an_answer(first: str, second: str) -> None:
    reply = parse(f"{first} 8\n{second} not sure\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "8", "want_job": "not sure"} == answers(reply)


def test_a_letter_before_a_number_in_a_sentence_is_no_marker() -> None:
    reply = parse(f"1. 7\n2. A2-level German was enough, they said\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"rating": "7", "went_well": "A2-level German was enough, they said"} == answers(reply)


def test_answers_above_an_unquoted_header_block_stay_hers() -> None:
    header = "Sent: Thursday, 26 November 2026 15:10\nFrom: followupd <followupd@example.org>\nTo: Maya\nSubject: Debrief"
    reply = parse(f"A1: 6\nA2: the pairing session\nA12: Friday\n\n{header}\n\n{UNQUOTED}")
    assert {"rating": "6", "went_well": "the pairing session", "hear_back": "Friday"} == answers(reply)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday of next week", date(2026, 12, 4)),
        ("bis Mittwoch nächster Woche", date(2026, 12, 2)),
        ("vendredi de la semaine prochaine", date(2026, 12, 4)),
        ("jueves de la semana siguiente", date(2026, 12, 3)),
        ("piątek w przyszłym tygodniu", date(2026, 12, 4)),
        ("pondělí příštího týdne", date(2026, 11, 30)),
        ("ensi viikon tiistaina", date(2026, 12, 1)),
        ("до середи наступного тижня", date(2026, 12, 2)),
        ("в среду следующей недели", date(2026, 12, 2)),
        ("gelecek haftanın cuması", date(2026, 12, 4)),
    ],
)
def test_a_weekday_with_next_week_in_any_case_or_order_is_that_day_of_next_week(
    text: str, expected: date
) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    "text",
    [
        "наступного тижня",
        "следующей недели",
        "koncem příštího týdne",
        "do konce příštího týdne",
        "ensi viikon aikana",
    ],
)
def test_next_week_in_the_genitive_is_friday_of_next_week(text: str) -> None:
    assert date(2026, 12, 4) == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("다음 주 목요일", date(2026, 12, 3)),
        ("다음주 월요일쯤", date(2026, 11, 30)),
        ("다음 주", date(2026, 12, 4)),
        ("이번 주 안에", date(2026, 11, 27)),
        ("금요일까지", date(2026, 11, 27)),
        ("12월 8일", date(2026, 12, 8)),
        ("2주 후", date(2026, 12, 10)),
        ("10일 이내", date(2026, 12, 6)),
        ("다음 달", date(2026, 12, 31)),
    ],
)
def test_korean_hear_back_dates_are_read(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bis zum 8.", date(2026, 12, 8)),
        ("spätestens zum 3.", date(2026, 12, 3)),
        ("d'ici le 7", date(2026, 12, 7)),
        ("hasta el día 4", date(2026, 12, 4)),
        ("até dia 30", date(2026, 11, 30)),
        ("entro il 9", date(2026, 12, 9)),
        ("uiterlijk de 2e", date(2026, 12, 2)),
        ("le 9 janvier", date(2027, 1, 9)),
    ],
)
def test_a_day_of_the_month_said_alone_is_the_next_such_day(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


def test_a_number_after_il_that_is_no_day_is_no_date() -> None:
    assert None is read_date("il 10% in più, forse", D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 800 euroa kuussa", Amount(Decimal("3800"), "EUR", "month")),
        ("60 000 dollaria vuodessa", Amount(Decimal("60000"), "USD", "year")),
        ("12 000 dolarów brutto miesięcznie", Amount(Decimal("12000"), "USD", "month")),
        ("2500 eurót havonta", Amount(Decimal("2500"), "EUR", "month")),
        ("4000 dolarů měsíčně", Amount(Decimal("4000"), "USD", "month")),
        ("5.000 avro aylık", Amount(Decimal("5000"), "EUR", "month")),
        ("월 5,000달러", Amount(Decimal("5000"), "USD", "month")),
        ("年薪 3万美元", Amount(Decimal("30000"), "USD", "year")),
    ],
)
def test_currency_names_as_other_languages_bend_them_name_the_currency(text: str, expected: Amount) -> None:
    money = read_money(text)
    assert money is not None
    assert expected == money.amounts[0]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("720 000 kroner i året", "NOK"),
        ("55 000 kroner i måneden", "NOK"),
        ("720.000 kroner om året", "DKK"),
        ("kroner 600 000, litt lavt for meg", "NOK"),
    ],
)
def test_kroner_is_the_norwegian_krone_when_norwegian_words_stand_by_it(text: str, currency: str) -> None:
    money = read_money(text)
    assert money is not None
    assert currency == money.amounts[0].currency


@pytest.mark.parametrize(
    ("text", "amount"),
    [("연봉 7,200만 원", "72000000"), ("年収 1,050万円", "10500000"), ("월급 450만 원", "4500000")],
)
def test_digits_grouped_before_an_east_asian_unit_are_one_number(text: str, amount: str) -> None:
    money = read_money(text)
    assert money is not None
    assert Decimal(amount) == money.amounts[0].amount


@pytest.mark.parametrize(
    "closing",
    [
        "Mit freundlichen Grüßen / Kind regards",
        "Cordialement / Best regards",
        "Met vriendelijke groet | Kind regards",
        "Saludos / Regards / Grüße",
    ],
)
def test_two_sign_offs_on_one_line_end_her_text(closing: str) -> None:
    reply = parse(
        f"11. Ja\n12. Freitag\n\n{closing}\n\nMaya Example\nContoso GmbH\n\n{ATTRIBUTION}\n{QUOTED}"
    )
    assert {"want_job": "Ja", "hear_back": "Freitag"} == answers(reply)


def test_a_slash_between_words_that_are_no_sign_offs_stays_an_answer() -> None:
    reply = parse(f"2. Pairing / the API part\n\n{ATTRIBUTION}\n{QUOTED}")
    assert {"went_well": "Pairing / the API part"} == answers(reply)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the week after next", date(2026, 12, 11)),
        ("übernächste Woche", date(2026, 12, 11)),
        ("veckan efter nästa", date(2026, 12, 11)),
        ("KW 50", date(2026, 12, 11)),
        ("Ende KW 49", date(2026, 12, 4)),
        ("vecka 2", date(2027, 1, 15)),
        ("the week of December 7th", date(2026, 12, 11)),
        ("la semaine du 14 décembre", date(2026, 12, 18)),
        ("in der Woche vom 7.12.", date(2026, 12, 11)),
        ("after the weekend", date(2026, 11, 30)),
        ("nach dem Wochenende", date(2026, 11, 30)),
        ("before Christmas", date(2026, 12, 24)),
        ("vor Weihnachten", date(2026, 12, 24)),
        ("sous quinzaine", date(2026, 12, 10)),
        ("en una quincena", date(2026, 12, 10)),
        ("zehn Tage", date(2026, 12, 6)),
        ("en quince días", date(2026, 12, 11)),
    ],
)
def test_weeks_named_other_ways_than_next_week_are_read(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


def test_a_week_number_followed_by_a_unit_is_a_count_not_a_calendar_week() -> None:
    assert date(2026, 12, 10) == read_date("within 2 weeks", D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в течение двух недель", date(2026, 12, 10)),
        ("протягом двох тижнів", date(2026, 12, 10)),
        ("kahden viikon sisällä", date(2026, 12, 10)),
        ("iki hafta içinde", date(2026, 12, 10)),
        ("két hét múlva", date(2026, 12, 10)),
        ("în două săptămâni", date(2026, 12, 10)),
        ("两周内", date(2026, 12, 10)),
        ("一周内", date(2026, 12, 3)),
        ("十天内", date(2026, 12, 6)),
        ("3日以内", date(2026, 11, 29)),
    ],
)
def test_counts_in_the_case_their_unit_asks_for_or_in_chinese_numerals_are_read(
    text: str, expected: date
) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4. joulukuuta mennessä", date(2026, 12, 4)),
        ("4 Aralık'a kadar", date(2026, 12, 4)),
        ("până pe 4 decembrie", date(2026, 12, 4)),
        ("december 4-ig", date(2026, 12, 4)),
        ("έως 4 Δεκεμβρίου", date(2026, 12, 4)),
    ],
)
def test_month_names_in_finnish_turkish_romanian_hungarian_and_greek_are_read(
    text: str, expected: date
) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下个星期五", date(2026, 12, 4)),
        ("下礼拜三", date(2026, 12, 2)),
        ("下个礼拜", date(2026, 12, 4)),
        ("礼拜一", date(2026, 11, 30)),
        ("bir hafta içinde", date(2026, 12, 3)),
        ("egy héten belül", date(2026, 12, 3)),
        ("3 napon belül", date(2026, 11, 29)),
    ],
)
def test_spoken_chinese_weeks_and_one_week_in_turkish_and_hungarian_are_read(
    text: str, expected: date
) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4500 euroa/kk", Amount(Decimal("4500"), "EUR", "month")),
        ("5000 eurů měsíčně", Amount(Decimal("5000"), "EUR", "month")),
        ("월 500만 원", Amount(Decimal("5000000"), "KRW", "month")),
        ("연 6천만 원", Amount(Decimal("60000000"), "KRW", "year")),
    ],
)
def test_short_period_words_before_or_after_the_amount_give_its_period(text: str, expected: Amount) -> None:
    money = read_money(text)
    assert money is not None
    assert (expected,) == money.amounts


def test_a_korean_month_number_before_a_date_is_no_period() -> None:
    money = read_money("12월 5일에 3,000만 원 제안")
    assert money is not None
    assert (Amount(Decimal("30000000"), "KRW", None),) == money.amounts
