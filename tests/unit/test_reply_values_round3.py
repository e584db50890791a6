"""Value readers for the round-3 classes: number words and numerals in more languages, money periods and
currencies in more languages, weekdays in their grammatical cases, and a money answer without an amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import (
    Amount,
    Money,
    WantJob,
    read_date,
    read_money,
    read_rating,
    read_value,
    read_want_job,
)

D0 = date(2026, 11, 26)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("syv ud af ti", 7.0),
        ("otte", 8.0),
        ("åtte av ti", 8.0),
        ("семь из десяти", 7.0),
        ("Восьмёрка", 8.0),
        ("sedm z deseti", 7.0),
        ("Siódemka na dziesięć", 7.0),
        ("dałabym sobie ósemkę", 8.0),
        ("osmička", 8.0),
        ("seitsemän", 7.0),
        ("七分吧", 7.0),
        ("十点中八点", 8.0),
        ("满分十分，我给七分", 7.0),
        ("To be honest, six", 6.0),
    ],
)
def test_ratings_written_in_words_in_more_languages(text: str, expected: float) -> None:
    """Number words, marks written as nouns and CJK numerals before a point word are read as the rating."""
    assert (expected, None) == read_rating(text)


def test_cjk_ten_alone_is_not_a_rating() -> None:
    """ "十分" is "very" in Chinese: it is no score of ten; the score after it counts."""
    assert (8.0, None) == read_rating("十分满意，八分")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("скорее да", WantJob.yes),
        ("Скорее нет", WantJob.no),
        ("не знаю пока", WantJob.unsure),
        ("måske", WantJob.unsure),
        ("Ja, gerne", WantJob.yes),
        ("Nei", WantJob.no),
        ("まだ分かりません", WantJob.unsure),
        ("还没决定", WantJob.unsure),
        ("Možná", WantJob.unsure),
        ("Evet", WantJob.yes),
        ("아마도요", WantJob.unsure),
    ],
)
def test_want_job_in_more_languages(text: str, expected: WantJob) -> None:
    """Yes / no / unsure in Danish, Norwegian, Russian, Czech, Turkish, Korean and polite Japanese and Chinese."""
    assert expected == read_want_job(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.200 kr. pr. md. før skat", [("5200", "DKK", "month")]),
        ("46.000 DKK om året", [("46000", "DKK", "year")]),
        ("180 тыс. рублей в месяц", [("180000", "RUB", "month")]),
        ("70 000 Kč hrubého měsíčně", [("70000", "CZK", "month")]),
        ("月薪28k人民币", [("28000", "CNY", "month")]),
        ("60.000 € al año, quizá 64.000 €", [("60000", "EUR", "year"), ("64000", "EUR", "year")]),
        ("£55k a year plus a £4k signing bonus", [("55000", "GBP", "year"), ("4000", "GBP", None)]),
        ("$70/hr on a 1099, 401(k) not offered", [("70", "USD", "hour")]),
    ],
)
def test_money_periods_and_currencies_in_more_languages(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Periods in Danish, Russian and Czech, more currencies, a period shared by the amounts of one answer
    (not by a one-off bonus), and US tax-form names that are not amounts."""
    money = read_money(text)
    assert money is not None
    assert [Amount(Decimal(a), c, p) for a, c, p in expected] == list(money.amounts)


def test_money_answer_without_an_amount_keeps_its_text() -> None:
    """ "Not discussed yet" answers the money question: a money value with no amounts, and a note."""
    question = next(q for q in DEFAULT_QUESTIONS.questions if q.id == "money")
    value, notes = read_value(question, "Noch nicht besprochen", D0)
    assert (Money((), "Noch nicht besprochen"), ("no amount found",)) == (value, notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("do piątku", date(2026, 11, 27)),
        ("w środę", date(2026, 12, 2)),
        ("på mandag", date(2026, 11, 30)),
        ("næste uge", date(2026, 12, 4)),
        ("om to uger", date(2026, 12, 10)),
        ("в понедельник", date(2026, 11, 30)),
        ("до пятницы", date(2026, 11, 27)),
        ("через две недели", date(2026, 12, 10)),
        ("к 4 декабря", date(2026, 12, 4)),
        ("do pátku", date(2026, 11, 27)),
        ("perjantaihin mennessä", date(2026, 11, 27)),
        ("Thursday the 9th", date(2026, 12, 9)),
    ],
)
def test_hear_back_in_more_languages_and_cases(text: str, expected: date) -> None:
    """Weekdays in the cases prepositions ask for (Polish, Russian, Czech, Finnish), Danish weekdays and
    periods, Russian counts and months; a weekday with a day number is that day."""
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven and a half", 7.5),
        ("siebeneinhalb", 7.5),
        ("sept et demi sur dix", 7.5),
        ("siete y medio", 7.5),
        ("7 and a half out of 10", 7.5),
    ],
)
def test_a_half_written_in_words_after_the_score(text: str, expected: float) -> None:
    """ "and a half", "et demi", "y medio", "einhalb" add .5 to the score before them."""
    assert (expected, None) == read_rating(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not for me", WantJob.no),
        ("Not keen, honestly", WantJob.no),
        ("very keen", WantJob.yes),
        ("I'd take it", WantJob.yes),
        ("puede ser", WantJob.unsure),
        ("50-50 right now", WantJob.unsure),
    ],
)
def test_want_job_in_more_words(text: str, expected: WantJob) -> None:
    """Ways of saying it with no yes or no in them."""
    assert expected == read_want_job(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by Fri", date(2026, 11, 27)),
        ("next Tues", date(2026, 12, 1)),
        ("Thu 3rd", date(2026, 12, 3)),
        ("in a fortnight", date(2026, 12, 10)),
        ("EOW", date(2026, 11, 27)),
        ("mon recruteur a dit vendredi", date(2026, 11, 27)),
    ],
)
def test_hear_back_with_abbreviations(text: str, expected: date) -> None:
    """Weekday abbreviations, a fortnight and EOW; French "mon" (my) is no Monday."""
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 LPA", [("1800000", "INR", "year")]),
        ("₹18 lakh per annum", [("1800000", "INR", "year")]),
        ("HK$45k a month", [("45000", "HKD", "month")]),
        ("S$8,000/month", [("8000", "SGD", "month")]),
    ],
)
def test_indian_lakh_and_dollar_prefixed_amounts(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A lakh is 100,000 rupees, LPA is lakh per annum; HK$, S$ name their dollars."""
    money = read_money(text)
    assert money is not None
    assert [Amount(Decimal(a), c, p) for a, c, p in expected] == list(money.amounts)
