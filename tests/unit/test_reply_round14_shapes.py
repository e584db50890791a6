"""Round 14: periods after an article, Proton's footer, a forward note above her closing, pointer lines."""

from __future__ import annotations

from datetime import date

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import parse_text
from followupd.domain.replies.assign import drop_pointers
from followupd.domain.replies.quotes import Line, is_signature
from followupd.domain.replies.values import read_money

D0 = date(2026, 11, 26)  # a Thursday
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join([">", "> Hi Maya,", ">"] + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)])


def _answers_and_notes(text: str) -> tuple[dict[str, str], str]:
    reply = parse_text(
        text,
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=D0,
        own_addresses=("maya@example.org",),
        own_names=("Maya Example",),
    )
    return {a.question_id: a.text for a in reply.answers}, reply.free_notes


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("62.000 euro lordi l'anno", "year"),
        ("55.000 € all'anno", "year"),
        ("48 000 € brut l'an", "year"),
        ("52 000 € à l'année", "year"),
        ("R$ 150 mil ao ano", "year"),
        ("38.000 € bruts l'any", "year"),
        ("36.000 € a l'any", "year"),
    ],
)
def test_a_period_after_an_article_or_elision_is_read(text: str, period: str) -> None:
    money = read_money(text)
    assert money is not None
    assert [period] == [a.period for a in money.amounts]


@pytest.mark.parametrize(
    ("text", "period"),
    [("3.200 € netti al mese", "month"), ("45 000 € par an", "year"), ("30.000 € al año", "year")],
)
def test_periods_already_read_after_a_preposition_stay(text: str, period: str) -> None:
    money = read_money(text)
    assert money is not None
    assert [period] == [a.period for a in money.amounts]


def test_an_elided_word_that_is_no_period_gives_none() -> None:
    money = read_money("50.000 € e l'auto aziendale")
    assert money is not None
    assert [None] == [a.period for a in money.amounts]


@pytest.mark.parametrize(
    "text",
    [
        "Sent with Proton Mail secure email.",
        "Enviado com o e-mail seguro Proton Mail.",
        "Enviado con el correo electrónico seguro de Proton Mail.",
        "Envoyé avec la messagerie sécurisée Proton Mail.",
        "Mit Proton Mail sicher gesendet.",
        "Inviato con l'email sicura di Proton Mail.",
        "Verzonden met beveiligde e-mail van Proton Mail.",
        "Wysłane z bezpiecznej poczty Proton Mail.",
        "Proton Mail güvenli e-postası ile gönderildi.",
        "Отправлено с защищённой почты Proton Mail.",
        "Sent with ProtonMail Secure Email.",
    ],
)
def test_proton_footer_in_its_languages_ends_her_text(text: str) -> None:
    assert is_signature(Line(0, text))


@pytest.mark.parametrize(
    "text",
    [
        "Their Proton Mail team was great to talk to",
        "I would work on Proton Mail's secure email backend, which I liked a lot more than expected",
    ],
)
def test_a_sentence_naming_proton_stays_hers(text: str) -> None:
    assert not is_signature(Line(0, text))


def test_a_proton_footer_is_no_part_of_the_last_answer() -> None:
    answers, notes = _answers_and_notes(
        "1. 8/10\n12. Sexta-feira\n\nEnviado com o e-mail seguro Proton Mail.\n\n"
        "Em qui., 26 de nov. de 2026 às 15:10, Maya Example <maya@example.org> escreveu:\n" + QUOTED
    )
    assert {"rating": "8/10", "hear_back": "Sexta-feira"} == answers
    assert "" == notes


@pytest.mark.parametrize(
    ("note", "forward"),
    [
        ("Forwarding Jane's mail below for the record.", "Begin forwarded message:"),
        ("Recruiter's note below, for my records.", "Begin forwarded message:"),
        ("Leite dir die Nachricht von Raj unten weiter.", "---------- Forwarded message ---------"),
        ("Je te transfère le message de Jane ci-dessous.", "Début du message réexpédié :"),
    ],
)
def test_a_forward_note_above_her_closing_is_no_part_of_the_last_answer(note: str, forward: str) -> None:
    answers, notes = _answers_and_notes(
        f"1. 7/10\n12. Tuesday\n\n{note}\n\nMaya\n\n{forward}\n\n"
        "From: Jane Doe <jane@example.test>\nSubject: Thanks\n\nThanks for coming in.\n\n"
        "On Thu, Nov 26, 2026 at 15:10, Maya Example <maya@example.org> wrote:\n" + QUOTED
    )
    assert {"rating": "7/10", "hear_back": "Tuesday"} == answers
    assert "" == notes


def test_a_last_answer_above_her_closing_and_a_forward_stays() -> None:
    answers, _ = _answers_and_notes(
        "1. 7/10\n12. Tuesday, Jane said\n\nMaya\n\nBegin forwarded message:\n\n"
        "From: Jane Doe <jane@example.test>\nSubject: Thanks\n\nThanks for coming in.\n"
    )
    assert {"rating": "7/10", "hear_back": "Tuesday, Jane said"} == answers


@pytest.mark.parametrize(
    "text",
    [
        "Cevaplarım aşağıda.",
        "Yanıtlarım aşağıda, sorularin altında.",
        "Vastaukseni alla.",
        "Mine svar er nedenfor.",
        "Мої відповіді нижче.",
        "Válaszaim lejjebb.",
    ],
)
def test_a_line_pointing_at_her_answers_is_no_note(text: str) -> None:
    assert [] == drop_pointers([text])


@pytest.mark.parametrize("text", ["Cevaplarım kısa olacak, yorgunum.", "Mine were short answers today."])
def test_a_line_naming_her_answers_without_pointing_stays(text: str) -> None:
    assert [text] == drop_pointers([text])


def test_a_turkish_pointer_over_inline_answers_is_no_free_note() -> None:
    inline = "\n\n".join(f"{n}. {q}" + ("\n\n7/10" if n == 1 else "") for n, q in enumerate(QUESTIONS, 1))
    _, notes = _answers_and_notes(
        "Cevaplarım aşağıda.\n\nMaya\n\nKimden: Maya Example <maya@example.org>\nGönderildi: 26 Kasım 2026\n"
        "Konu: Debrief\n\nHi Maya,\n\n" + inline
    )
    assert "" == notes
