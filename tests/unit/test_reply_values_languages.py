"""Value readers across the languages detection covers: ratings, yes/no/unsure, money and dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.replies import Amount, WantJob, read_date, read_money, read_rating, read_want_job

D0 = date(2026, 11, 26)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sept sur dix", 7.0),
        ("acht von zehn", 8.0),
        ("8 su 10", 8.0),
        ("otto su dieci", 8.0),
        ("7 na 10", 7.0),
        ("6 av 10", 6.0),
        ("nota 8", 8.0),
        ("oito de dez", 8.0),
        ("7点（10点満点）", 7.0),
        ("8分", 8.0),
        ("7,5 von 10", 7.5),
        ("7½", 7.5),
    ],
)
def test_ratings_in_other_languages(text: str, expected: float) -> None:
    """Scores with the scale written as a word or in another language are read on the 0-10 scale."""
    assert (expected, None) == read_rating(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sì, molto", WantJob.yes),
        ("forse", WantJob.unsure),
        ("No, grazie", WantJob.no),
        ("Sim", WantJob.yes),
        ("talvez", WantJob.unsure),
        ("Não", WantJob.no),
        ("Kanske", WantJob.unsure),
        ("Ja, absolut", WantJob.yes),
        ("Nej", WantJob.no),
        ("Tak", WantJob.yes),
        ("Nie wiem", WantJob.unsure),
        ("Nie", WantJob.no),
        ("はい", WantJob.yes),
        ("いいえ", WantJob.no),
        ("まだ分からない", WantJob.unsure),
        ("是的", WantJob.yes),
        ("不确定", WantJob.unsure),
        ("No lo sé todavía", WantJob.unsure),
        ("Nee, liever niet", WantJob.no),
    ],
)
def test_want_job_in_other_languages(text: str, expected: WantJob) -> None:
    """yes / no / unsure in Italian, Portuguese, Swedish, Polish, Japanese and Chinese."""
    assert expected == read_want_job(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("70.000 € all'anno", Amount(Decimal(70000), "EUR", "year")),
        ("R$ 18.000 por mês", Amount(Decimal(18000), "BRL", "month")),
        ("55 000 kr i månaden", Amount(Decimal(55000), "SEK", "month")),
        ("20 000 zł miesięcznie", Amount(Decimal(20000), "PLN", "month")),
        ("900万円/年", Amount(Decimal(9000000), "JPY", "year")),
        ("年收入60万元", Amount(Decimal(600000), "CNY", "year")),
        ("45.000 € al año", Amount(Decimal(45000), "EUR", "year")),
    ],
)
def test_money_in_other_languages(text: str, expected: Amount) -> None:
    """Currency signs and words, 万 (ten thousand) and periods in the languages detection covers."""
    money = read_money(text)
    assert (expected,) == (money.amounts if money else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday the 10th", date(2026, 12, 10)),
        ("on Thursday the 3rd", date(2026, 12, 3)),
        ("Friday, 4th December", date(2026, 12, 4)),
        ("entro due settimane", date(2026, 12, 10)),
        ("la settimana prossima", date(2026, 12, 4)),
        ("na próxima semana", date(2026, 12, 4)),
        ("em duas semanas", date(2026, 12, 10)),
        ("nästa vecka", date(2026, 12, 4)),
        ("om två veckor", date(2026, 12, 10)),
        ("w przyszłym tygodniu", date(2026, 12, 4)),
        ("za dwa tygodnie", date(2026, 12, 10)),
        ("来週", date(2026, 12, 4)),
        ("12月4日", date(2026, 12, 4)),
        ("下周", date(2026, 12, 4)),
        ("2週間以内", date(2026, 12, 10)),
        ("4 dicembre", date(2026, 12, 4)),
        ("4 de dezembro", date(2026, 12, 4)),
        ("4 december", date(2026, 12, 4)),
        ("venerdì prossimo", date(2026, 12, 4)),
        ("nästa fredag", date(2026, 12, 4)),
        ("na sexta", date(2026, 11, 27)),
        ("金曜日", date(2026, 11, 27)),
        ("来週の月曜日", date(2026, 11, 30)),
        ("下周五", date(2026, 12, 4)),
        ("in a week or two", date(2026, 12, 10)),
    ],
)
def test_dates_with_a_day_number_and_in_other_languages(text: str, expected: date) -> None:
    """'Thursday the 10th' is the 10th; relative periods and dates in it/pt/sv/pl/ja/zh resolve."""
    assert expected == read_date(text, D0)
