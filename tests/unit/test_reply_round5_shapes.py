"""Reply shapes of round 5: scale-then-score ratings, a currency named apart from the amount, Nordic "not sure",
verb-last app footers, mutt and Zoho attributions in other locales, and a note announcing a forward below."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import (
    Amount,
    ParsedReply,
    WantJob,
    parse_text,
    read_money,
    read_rating,
    read_want_job,
)

D0 = date(2026, 11, 26)
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(
    ["> Hi Maya,", ">"]
    + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)]
    + ["> Skip anything you like; a later reply fills in or replaces single answers.", "> -- ", "> followupd"]
)


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
    ("text", "expected"),
    [("10 üzerinden 8", 8.0), ("10-ből 6, nem rossz", 6.0), ("10 중 9", 9.0), ("10 üzerinden 6,5", 6.5)],
)
def test_scale_then_score_with_a_postposition_reads_the_score(text: str, expected: float) -> None:
    """The scale written first, then a postposition, then the score: the score is the rating, not the scale."""
    assert expected == read_rating(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("roughly 90k per year, paid in EUR", Amount(Decimal("90000"), "EUR", "year")),
        ("70k a year, all in pounds", Amount(Decimal("70000"), "GBP", "year")),
        ("4000 долларов в месяц", Amount(Decimal("4000"), "USD", "month")),
        ("2500 євро на місяць", Amount(Decimal("2500"), "EUR", "month")),
    ],
)
def test_a_currency_named_apart_or_in_cyrillic_is_the_amounts_currency(text: str, expected: Amount) -> None:
    money = read_money(text)
    assert money is not None
    assert (expected,) == money.amounts


def test_try_in_capitals_is_not_taken_for_turkish_lira() -> None:
    money = read_money("about 70k, TRY to negotiate")
    assert money is not None
    assert (None,) == tuple(a.currency for a in money.amounts)


@pytest.mark.parametrize(
    "text", ["Inte säker än", "Vet ikke ennå", "Ikke sikkert, vi får se", "ved det ikke"]
)
def test_not_sure_in_swedish_norwegian_and_danish_is_unsure(text: str) -> None:
    assert WantJob.unsure == read_want_job(text)


@pytest.mark.parametrize("footer", ["Mit Tuta Mail gesendet.", "Sendt med Proton Mail", "Proton Mail で送信"])
def test_a_verb_last_or_danish_app_footer_ends_the_last_answer(footer: str) -> None:
    reply = parse(
        f"1. 6/10\n11. ja\n\n{footer}\n\nOn Thu, 26 Nov 2026 at 15:10, Maya <maya@example.org> wrote:\n{QUOTED}"
    )
    assert {"rating": "6/10", "want_job": "ja"} == answers(reply)
    assert footer not in reply.free_notes


@pytest.mark.parametrize(
    "attribution",
    [
        "* followupd <followupd@example.org> [Nov 26, 2026 at 15:10]:",
        "* followupd <followupd@example.org> [26/11/2026 15:10]:",
    ],
)
def test_a_mutt_attribution_with_a_local_date_lets_bottom_posted_answers_be_read(attribution: str) -> None:
    reply = parse(f"{attribution}\n{QUOTED}\n\n1) acht\n12) nächste Woche\n\n-- \nMaya")
    assert {"rating": "acht", "hear_back": "nächste Woche"} == answers(reply)
    assert "15:10" not in reply.free_notes


def test_a_zoho_attribution_in_spanish_is_history_not_a_note() -> None:
    attribution = "---- El jue, 26 nov 2026 15:10:11 +0100 followupd <followupd@example.org> escribió ---"
    reply = parse(f"1. 9\n12. el viernes\n\n{attribution}\n{QUOTED}")
    assert {"rating": "9", "hear_back": "el viernes"} == answers(reply)
    assert "escribió" not in reply.free_notes


def test_a_line_announcing_the_forward_below_is_not_part_of_the_last_answer() -> None:
    own = "1. 7\n12. lundi\n\nJe te transfère le mail de Raj ci-dessous.\n\nDébut du message réexpédié :\n"
    reply = parse(own + "De: Raj Patel <raj@example.test>\nObjet: la suite\n\nBonjour Maya, ...")
    assert {"rating": "7", "hear_back": "lundi"} == answers(reply)


def test_a_last_paragraph_that_does_not_announce_a_forward_stays_in_the_answer() -> None:
    own = "1. 7\n12. lundi\n\nils ont dit peut-être plus tôt\n\nDébut du message réexpédié :\n"
    reply = parse(own + "De: Raj Patel <raj@example.test>\nObjet: la suite\n\nBonjour Maya, ...")
    assert "lundi\n\nils ont dit peut-être plus tôt" == answers(reply)["hear_back"]


@pytest.mark.parametrize("last", ["Inoltre mi piace il team.", "They might consider a transfer to Berlin."])
def test_a_last_paragraph_before_an_attribution_stays_even_with_a_word_like_forward(last: str) -> None:
    """Only a forwarded mail's marker or headers end a forward note; a reply's attribution leaves it in place."""
    reply = parse(
        f"1. 7\n5. il ruolo\n\n{last}\n\nOn Thu, 26 Nov 2026 at 15:10, Maya <maya@example.org> wrote:\n{QUOTED}"
    )
    assert f"il ruolo\n\n{last}" == answers(reply)["role"]
