"""Table-driven tests of the answer value readers: rating, want-the-job, money, hear-back date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.replies import (
    Amount,
    Money,
    Rating,
    WantJob,
    read_date,
    read_money,
    read_rating,
    read_want_job,
    value_from_json,
    value_to_json,
)

RATINGS = [
    ("7/10", 7.0),
    ("7 / 10", 7.0),
    ("7 out of 10", 7.0),
    ("seven", 7.0),
    ("Seven, felt good", 7.0),
    ("a solid 6", 6.0),
    ("8 von 10", 8.0),
    ("7 sur 10", 7.0),
    ("7 de 10", 7.0),
    ("7 op 10", 7.0),
    ("7.5", 7.5),
    ("7,5", 7.5),
    ("7/10 maybe 8", 7.0),
    ("7-8", 7.5),
    ("10/10!", 10.0),
    ("0/10", 0.0),
    ("4/5", 8.0),
    ("huit sur dix", 8.0),
    ("zehn", 10.0),
    ("met 3 people, overall 6/10", 6.0),
    ("I'd say 6", 6.0),
    ("Acht von zehn", 8.0),
    ("siete", 7.0),
    ("zes", 6.0),
    ("10", 10.0),
]


@pytest.mark.parametrize(("text", "expected"), RATINGS)
def test_read_rating_reads_common_forms(text: str, expected: float) -> None:
    """A rating is read from scored, bare, decimal and spelled-out numbers in five languages."""
    assert (expected, None) == read_rating(text)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("12/10", "rating 12 is out of range 0-10"),
        ("15", "rating 15 is out of range 0-10"),
        ("11 out of 10!", "rating 11 is out of range 0-10"),
    ],
)
def test_read_rating_out_of_range_gives_none_and_note(text: str, note: str) -> None:
    """An out-of-range rating is not stored but explained in a note."""
    assert (None, note) == read_rating(text)


@pytest.mark.parametrize("text", ["", "good", "hard to say", "-", "I don't know, it was one of those days"])
def test_read_rating_without_number_is_none(text: str) -> None:
    """Text without a rating gives no value and no note ("one of" is not a rating of 1)."""
    assert read_rating(text) == (None, None)


WANTS = [
    ("yes", WantJob.yes),
    ("Yes!", WantJob.yes),
    ("yeah, very much", WantJob.yes),
    ("definitely", WantJob.yes),
    ("Absolutely", WantJob.yes),
    ("absolutely not", WantJob.no),
    ("Definitely not.", WantJob.no),
    ("no", WantJob.no),
    ("No.", WantJob.no),
    ("nope", WantJob.no),
    ("not really", WantJob.no),
    ("not sure", WantJob.unsure),
    ("unsure", WantJob.unsure),
    ("maybe", WantJob.unsure),
    ("Hmm, maybe?", WantJob.unsure),
    ("yes, but not sure about the pay", WantJob.yes),
    ("ja", WantJob.yes),
    ("Ja, unbedingt", WantJob.yes),
    ("nein", WantJob.no),
    ("vielleicht", WantJob.unsure),
    ("oui", WantJob.yes),
    ("non", WantJob.no),
    ("peut-être", WantJob.unsure),
    ("sí", WantJob.yes),
    ("si", WantJob.yes),
    ("quizás", WantJob.unsure),
    ("tal vez", WantJob.unsure),
    ("nee", WantJob.no),
    ("misschien", WantJob.unsure),
    ("Ja, graag", WantJob.yes),
    ("I don't know yet", WantJob.unsure),
]


@pytest.mark.parametrize(("text", "expected"), WANTS)
def test_read_want_job_reads_yes_no_unsure(text: str, expected: WantJob) -> None:
    """yes / no / unsure is read from the first telling phrase in five languages."""
    assert expected == read_want_job(text)


@pytest.mark.parametrize("text", ["", "we'll see what the offer says", "knowhow"])
def test_read_want_job_without_phrase_is_none(text: str) -> None:
    """No telling phrase, no value (and "knowhow" holds no "no")."""
    assert None is read_want_job(text)


def _amounts(text: str) -> list[tuple[str, str | None, str | None]]:
    money = read_money(text)
    return [] if money is None else [(str(a.amount), a.currency, a.period) for a in money.amounts]


MONEY = [
    ("85k", [("85000", None, None)]),
    ("85.000 €", [("85000", "EUR", None)]),
    ("€85,000", [("85000", "EUR", None)]),
    ("$120,000 base + bonus", [("120000", "USD", None)]),
    ("60/hour", [("60", None, "hour")]),
    ("£70k-80k", [("70000", "GBP", None), ("80000", "GBP", None)]),
    ("CHF 120'000", [("120000", "CHF", None)]),
    ("5000 EUR per month", [("5000", "EUR", "month")]),
    ("95k USD", [("95000", "USD", None)]),
    ("70-80k", [("70000", None, None), ("80000", None, None)]),
    ("85k€ brutto pro Jahr", [("85000", "EUR", "year")]),
    ("65.000-70.000 EUR/Jahr", [("65000", "EUR", "year"), ("70000", "EUR", "year")]),
    ("$120k base, 15k signing", [("120000", "USD", None), ("15000", "USD", None)]),
    ("500 a day", [("500", None, "day")]),
    ("55.000 euros al año", [("55000", "EUR", "year")]),
    ("€4.500 par mois", [("4500", "EUR", "month")]),
    ("75.5k", [("75500", None, None)]),
    ("90,000 dollars annually", [("90000", "USD", "year")]),
    ("nothing discussed", []),
    ("4 weeks vacation, 10% bonus", []),
    ("they want me to start in 2027", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY)
def test_read_money_finds_amounts_currency_and_period(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Amounts are read with grouping, k suffixes, ranges, currencies and periods; non-money numbers are not."""
    assert expected == _amounts(text)


def test_read_money_keeps_text() -> None:
    """The money answer keeps its text because it says more than the numbers."""
    assert Money((Amount(Decimal(85000), "EUR", None),), "85k EUR plus bonus") == read_money(
        " 85k EUR plus bonus "
    )


THURSDAY = date(2026, 11, 26)
DATES = [
    ("next Friday", date(2026, 12, 4)),
    ("Friday", date(2026, 11, 27)),
    ("by Friday", date(2026, 11, 27)),
    ("in two weeks", date(2026, 12, 10)),
    ("within a week", date(2026, 12, 3)),
    ("by December 5th", date(2026, 12, 5)),
    ("Dec 5", date(2026, 12, 5)),
    ("5.12.", date(2026, 12, 5)),
    ("5.12.2026", date(2026, 12, 5)),
    ("end of the month", date(2026, 11, 30)),
    ("end of next week", date(2026, 12, 4)),
    ("tomorrow", date(2026, 11, 27)),
    ("in 3 days", date(2026, 11, 29)),
    ("early next week", date(2026, 12, 1)),
    ("next week", date(2026, 12, 4)),
    ("nächste Woche", date(2026, 12, 4)),
    ("in zwei Wochen", date(2026, 12, 10)),
    ("la semaine prochaine", date(2026, 12, 4)),
    ("dans deux semaines", date(2026, 12, 10)),
    ("la próxima semana", date(2026, 12, 4)),
    ("en dos semanas", date(2026, 12, 10)),
    ("volgende week", date(2026, 12, 4)),
    ("over twee weken", date(2026, 12, 10)),
    ("2-3 weeks", date(2026, 12, 17)),
    ("in a couple of weeks", date(2026, 12, 10)),
    ("5 December", date(2026, 12, 5)),
    ("5/12", date(2026, 12, 5)),
    ("12/5", date(2026, 12, 5)),
    ("2026-12-04", date(2026, 12, 4)),
    ("within 5 business days", date(2026, 12, 3)),
    ("mid December", date(2026, 12, 15)),
    ("Ende des Monats", date(2026, 11, 30)),
    ("January 10", date(2027, 1, 10)),
    ("in a month", date(2026, 12, 26)),
    ("bis Freitag", date(2026, 11, 27)),
    ("vendredi prochain", date(2026, 12, 4)),
    ("end of the week", date(2026, 11, 27)),
    ("by the 4th", date(2026, 12, 4)),
    ("They said Monday or Tuesday", date(2026, 11, 30)),
    ("Jane said next week, maybe Friday", date(2026, 12, 4)),
    ("the day after tomorrow", date(2026, 11, 28)),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_read_date_resolves_against_interview_date(text: str, expected: date) -> None:
    """Hear-back phrases resolve against the interview date (a Thursday here)."""
    assert expected == read_date(text, THURSDAY)


@pytest.mark.parametrize("text", ["", "no idea", "they didn't say", "soon, hopefully", "31.02."])
def test_read_date_unresolvable_is_none(text: str) -> None:
    """Without a resolvable phrase (or with an impossible date) there is no date."""
    assert None is read_date(text, THURSDAY)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("rating", Rating(7.5)),
        ("rating", Rating(7.0)),
        ("choice", WantJob.unsure),
        ("date", date(2026, 12, 4)),
        (
            "money",
            Money((Amount(Decimal(70000), "GBP", "year"), Amount(Decimal("80000.5"), None, None)), "£70k"),
        ),
    ],
)
def test_value_json_round_trip(kind: str, value: object) -> None:
    """Every value survives value_to_json then value_from_json."""
    assert value == value_from_json(kind, value_to_json(value))  # type: ignore[arg-type]
