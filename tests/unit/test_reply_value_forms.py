"""Value forms the first readers missed: periods away from the amount, scale-first ratings, bent want phrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.replies import Amount, WantJob, read_date, read_money, read_rating, read_want_job

D0 = date(2026, 11, 26)  # a Thursday


def amounts(text: str) -> list[tuple[str, str | None, str | None]]:
    money = read_money(text)
    assert money is not None, text
    return [(str(a.amount), a.currency, a.period) for a in money.amounts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€ 6.100 netto per maand", [("6100", "EUR", "month")]),
        ("36.000 euro netti annui", [("36000", "EUR", "year")]),
        ("R$ 9.500 brutos por mês", [("9500", "BRL", "month")]),
        ("21 500 zł netto miesięcznie", [("21500", "PLN", "month")]),
        ("3800 euros nets par mois", [("3800", "EUR", "month")]),
        ("72k before tax per year", [("72000", None, "year")]),
        ("4.200 netto im Monat", [("4200", None, "month")]),
    ],
)
def test_period_after_a_gross_or_net_word(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """A gross/net word between the amount and its period ("bruto per maand", "lordi annui") keeps the period."""
    assert expected == amounts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("75-85k€ brut/an", [("75000", "EUR", "year"), ("85000", "EUR", "year")]),
        ("550 euro al giorno", [("550", "EUR", "day")]),
        ("39 000 kr/mån", [("39000", "SEK", "month")]),
        ("runt 600 tusen om året", [("600000", None, "year")]),
        ("時給2800円", [("2800", "JPY", "hour")]),
    ],
)
def test_periods_in_short_and_definite_forms(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'brut/an', 'al giorno', '/mån', 'om året' and the hourly 時給 give the period."""
    assert expected == amounts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RAL sui 52.000 €", [("52000", "EUR", "year")]),
        ("Jahresgehalt: 88.000 €", [("88000", "EUR", "year")]),
        ("salaire annuel de 58 000 €", [("58000", "EUR", "year")]),
        ("Monatsgehalt 5.400 €", [("5400", "EUR", "month")]),
        ("årslön runt 610 000 kr", [("610000", "SEK", "year")]),
        ("70k, paid monthly", [("70000", None, "month")]),
    ],
)
def test_period_named_anywhere_in_the_answer(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """With no period beside any amount, one kind of period named anywhere in the answer applies to all."""
    assert expected == amounts(text)


def test_period_beside_an_amount_is_not_spread_to_others() -> None:
    """When one amount has its own period, a period word elsewhere does not overwrite the others."""
    assert [("5000", "EUR", None), ("80000", "EUR", "year")] == amounts(
        "€5,000 signing bonus, €80,000 per year"
    )


def test_two_kinds_of_period_named_leave_the_period_open() -> None:
    """A yearly and a monthly word both named, neither beside the amount: the period is not guessed."""
    assert [("60000", "EUR", None)] == amounts("Jahresgehalt 60.000 €, als Monatsgehalt in 14 Raten")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("entre 55.000 y 58.000 euros brutos anuales", [("55000", "EUR", "year"), ("58000", "EUR", "year")]),
        ("tra 40.000 e 44.000 euro annui", [("40000", "EUR", "year"), ("44000", "EUR", "year")]),
        ("od 16 do 19 tys. zł brutto miesięcznie", [("16000", "PLN", "month"), ("19000", "PLN", "month")]),
        ("mellan 42 och 46 tkr i månaden", [("42000", "SEK", "month"), ("46000", "SEK", "month")]),
    ],
)
def test_ranges_joined_by_a_word_share_currency_and_period(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "y", "e", "et", "und", "och", "do" between two amounts make a range, as "-" and "to" do."""
    assert expected == amounts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("75 duizend euro", [("75000", "EUR", None)]),
        ("48 mila euro", [("48000", "EUR", None)]),
        ("92 TEUR", [("92000", "EUR", None)]),
        ("92 kEUR", [("92000", "EUR", None)]),
        ("88.000,- € brutto", [("88000", "EUR", None)]),
        ("月給45万円", [("450000", "JPY", "month")]),
        ("月給は38万円ほど", [("380000", "JPY", "month")]),
    ],
)
def test_thousands_written_as_words_or_units(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """Thousands as words (duizend, mila, tys.) or in the unit (TEUR, kEUR, tkr), and "88.000,- €", are read."""
    assert expected == amounts(text)


def test_money_values_are_amounts() -> None:
    """The reader returns Amount values, not only text (guards the helper above)."""
    money = read_money("45 tkr")
    assert money is not None
    assert (Amount(Decimal(45000), "SEK", None),) == money.amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10点中6点", 6.0),
        ("10点満点で8点", 8.0),
        ("5点満点中4点", 8.0),
        ("满分10分，我给自己6分", 6.0),
        ("10점 만점에 7점", 7.0),
        ("on a scale of 1-10, I'd say 6", 6.0),
        ("auf einer Skala von 1 bis 10: 7", 7.0),
        ("sur une échelle de 0 à 10, je dirais 6", 6.0),
    ],
)
def test_ratings_with_the_scale_said_first(text: str, expected: float) -> None:
    """The scale before the score ("10点中6点", "on a scale of 1-10, 6") gives the score, not the scale."""
    assert (expected, None) == read_rating(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un 6 sobre 10", 6.0),
        ("een 6", 6.0),
        ("Een goede 7", 7.0),
        ("een zes", 6.0),
        ("due to the nerves a 6", 6.0),
        ("4 sobre 5", 8.0),
        ("between 6 and 7", 6.5),
        ("tra 6 e 7", 6.5),
    ],
)
def test_an_article_before_the_score_is_not_a_one(text: str, expected: float) -> None:
    """'un', 'een', 'due' read as numbers only when the answer holds no other number; 'sobre' is a scale."""
    assert (expected, None) == read_rating(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weiß ich noch nicht", WantJob.unsure),
        ("ich weiß es nicht", WantJob.unsure),
        ("Pas encore certaine", WantJob.unsure),
        ("pas sûres du tout", WantJob.unsure),
        ("Weet ik nog niet", WantJob.unsure),
        ("nog niet helemaal zeker", WantJob.unsure),
        ("No estoy del todo segura", WantJob.unsure),
        ("Non sono ancora sicura", WantJob.unsure),
        ("Nie jestem jeszcze pewna", WantJob.unsure),
        ("inte helt säker", WantJob.unsure),
        ("not entirely sure", WantJob.unsure),
        ("not really sure", WantJob.unsure),
        ("not really", WantJob.no),
        ("Schwer zu sagen", WantJob.unsure),
        ("Ich glaube nicht", WantJob.no),
        ("Eigentlich nicht", WantJob.no),
        ("ik denk het wel", WantJob.yes),
        ("Gerne!", WantJob.yes),
        ("ich denke schon", WantJob.yes),
    ],
)
def test_want_phrases_that_bend_or_take_an_adverb(text: str, expected: WantJob | None) -> None:
    """Gender and number endings ("sûre", "segura", "pewna") and an adverb inside ("noch", "encore", "nog")."""
    assert expected == read_want_job(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hangt van het team af", WantJob.unsure),
        ("Ça dépend de l'offre", WantJob.unsure),
        ("Hängt vom Team ab", WantJob.unsure),
        ("Depende de la oferta", WantJob.unsure),
        ("Zależy od zespołu", WantJob.unsure),
        ("Oui et non", WantJob.unsure),
        ("Nicht unbedingt", WantJob.unsure),
        ("Pas du tout", WantJob.no),
        ("Zeker niet", WantJob.no),
        ("Eerder wel", WantJob.yes),
        ("Absolument", WantJob.yes),
        ("Yes, though it depends on the team", WantJob.yes),
    ],
)
def test_want_answers_that_depend_or_hedge(text: str, expected: WantJob) -> None:
    """ "It depends", "yes and no" and "not necessarily" are unsure; the earliest telling phrase still wins."""
    assert expected == read_want_job(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("early December, probably the 2nd", date(2026, 12, 2)),
        ("Anfang Dezember, wohl am 2.", date(2026, 12, 2)),
        ("volgende week, waarschijnlijk dinsdag", date(2026, 12, 1)),
        ("la próxima semana, el jueves", date(2026, 12, 3)),
        ("next week, or 20 January", date(2026, 12, 4)),  # too far from next week to refine it
        ("za miesiąc", date(2026, 12, 26)),
        ("w ciągu tygodnia", date(2026, 12, 3)),
        ("om ett par veckor", date(2026, 12, 10)),
        ("numa semana", date(2026, 12, 3)),
        ("do końca przyszłego tygodnia", date(2026, 12, 4)),
        ("i slutet av veckan", date(2026, 11, 27)),
        ("entro fine mese", date(2026, 11, 30)),
        ("w połowie grudnia", date(2026, 12, 15)),
        ("no início de dezembro", date(2026, 12, 7)),
        ("mes que viene", date(2026, 12, 31)),
    ],
)
def test_dates_refined_or_said_without_a_count(text: str, expected: date) -> None:
    """A precise day after a vague period refines it; "within" a bare unit is one of it; more languages' periods."""
    assert expected == read_date(text, D0)
