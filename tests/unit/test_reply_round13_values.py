"""Values of round 13: Outlook's footer with the platform first, yes/no, dates and ratings in more languages,
and pay whose kind names its period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import parse_text
from followupd.domain.replies.dates import read_date
from followupd.domain.replies.model import Amount, WantJob
from followupd.domain.replies.quotes import Line, is_signature
from followupd.domain.replies.values import read_money, read_rating
from followupd.domain.replies.want import read_want_job

D0 = date(2026, 11, 26)  # a Thursday
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(["> Hi Maya,", ">"] + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)])


@pytest.mark.parametrize(
    "text",
    [
        "Az iOS Outlook letöltése",
        "Töltse le az Android Outlook alkalmazást",
        "iOS için Outlook'u edinin",
        "Android için Outlook'u indirin <https://aka.ms/ghei36>",
    ],
)
def test_outlook_footer_with_the_platform_first_ends_her_text(text: str) -> None:
    assert is_signature(Line(0, text))


@pytest.mark.parametrize(
    "text", ["I use the Android Outlook app every day for work mail", "Android Outlook is fine for me"]
)
def test_a_sentence_naming_the_platform_and_outlook_stays(text: str) -> None:
    assert not is_signature(Line(0, text))


def test_a_platform_first_footer_is_no_part_of_the_last_answer() -> None:
    reply = parse_text(
        "1. 7/10\n12. péntekig\n\nAz iOS Outlook letöltése\n\n"
        "Feladó: Maya Example <maya@example.org>\nElküldve: 2026. november 26.\n" + QUOTED,
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=D0,
        own_addresses=("maya@example.org",),
        own_names=("Maya Example",),
    )
    assert {"rating": "7/10", "hear_back": "péntekig"} == {a.question_id: a.text for a in reply.answers}
    assert "" == reply.free_notes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ya, tentu saja", WantJob.yes),
        ("Iya, mau", WantJob.yes),
        ("Tidak, gajinya terlalu kecil", WantJob.no),
        ("Belum tahu, masih ragu", WantJob.unsure),
        ("Mungkin", WantJob.unsure),
        ("Có, chắc chắn", WantJob.yes),
        ("Không chắc lắm", WantJob.unsure),
        ("Sí, és clar", WantJob.yes),
        ("Potser", WantJob.unsure),
        ("Áno, určite", WantJob.yes),
        ("Да, конечно", WantJob.yes),
        ("Не знаю ещё", WantJob.unsure),
        ("Ні", WantJob.no),
        ("כן", WantJob.yes),
        ("לא בטוחה", WantJob.unsure),
        ("نعم", WantJob.yes),
        ("ربما", WantJob.unsure),
        ("ใช่", WantJob.yes),
        ("हाँ, बिल्कुल", WantJob.yes),
        ("पता नहीं", WantJob.unsure),
    ],
)
def test_want_job_in_more_languages(text: str, expected: WantJob) -> None:
    assert expected == read_want_job(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ya veremos", WantJob.unsure), ("Ya no lo sé", WantJob.unsure), ("No", WantJob.no)],
)
def test_short_yes_and_no_words_count_only_alone(text: str, expected: WantJob) -> None:
    assert expected == read_want_job(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jumat", date(2026, 11, 27)),
        ("hari Senin", date(2026, 11, 30)),
        ("Jumat depan", date(2026, 12, 4)),
        ("minggu depan", date(2026, 12, 4)),
        ("pekan depan", date(2026, 12, 4)),
        ("akhir minggu depan", date(2026, 12, 4)),
        ("besok", date(2026, 11, 27)),
        ("lusa", date(2026, 11, 28)),
        ("sebelum 10 Desember", date(2026, 12, 10)),
        ("Khamis minggu hadapan", date(2026, 12, 3)),
        ("15 Disember", date(2026, 12, 15)),
        ("divendres", date(2026, 11, 27)),
        ("la setmana que ve", date(2026, 12, 4)),
        ("en el 3 de desembre", date(2026, 12, 3)),
        ("budúci týždeň", date(2026, 12, 4)),
        ("do piatka", date(2026, 11, 27)),
        ("tuần sau", date(2026, 12, 4)),
    ],
)
def test_hear_back_in_indonesian_malay_catalan_slovak_and_vietnamese(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 dari 10", 8.0),
        ("delapan dari sepuluh", 8.0),
        ("7 daripada 10", 7.0),
        ("8 trên 10", 8.0),
        ("7 מתוך 10", 7.0),
        ("6 من 10", 6.0),
        ("10 में से 8", 8.0),
        ("7 จาก 10", 7.0),
    ],
)
def test_rating_out_of_ten_in_more_languages(text: str, expected: float) -> None:
    assert (expected, None) == read_rating(text)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Stundensatz 90 €", "hour"),
        ("Stundenlohn: 40 €", "hour"),
        ("hourly rate $110", "hour"),
        ("taux horaire de 75 €", "hour"),
        ("tarifa por hora: 45 €", "hour"),
        ("tariffa oraria 50 €", "hour"),
        ("uurtarief € 95", "hour"),
        ("Tagessatz 800 €", "day"),
        ("day rate £600", "day"),
        ("daily rate of €700", "day"),
        ("taux journalier 650 €", "day"),
        ("Monatsgehalt 5.500 €", "month"),
        ("sueldo mensual de 3.000 €", "month"),
        ("salaire annuel : 60 000 €", "year"),
    ],
)
def test_a_kind_of_pay_that_names_its_period_gives_the_period(text: str, period: str) -> None:
    money = read_money(text)
    assert money is not None
    assert period == money.amounts[0].period


def test_timpris_in_kronor_is_hourly() -> None:
    money = read_money("timpris 950 kr", context="Hej Maya")
    assert money is not None
    assert Decimal(950) == money.amounts[0].amount
    assert "hour" == money.amounts[0].period


def test_rupiah_in_millions_a_month() -> None:
    money = read_money("Rp 18 juta per bulan")
    assert money is not None
    assert (Amount(Decimal(18000000), "IDR", "month"),) == money.amounts


def test_a_rate_named_beside_a_yearly_amount_leaves_the_amount_its_own_period() -> None:
    money = read_money("85.000 € im Jahr, kein Stundensatz")
    assert money is not None
    assert "year" == money.amounts[0].period
