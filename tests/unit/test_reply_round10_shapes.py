"""Reply shapes of round 10: thanks-closings in more languages, "beginning of" after the week, a negated "sure"."""

from __future__ import annotations

from datetime import date

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import ParsedReply, WantJob, parse_text, read_want_job
from followupd.domain.replies.dates import read_date
from followupd.domain.replies.quotes import Line, is_disclaimer, is_signature

D0 = date(2026, 11, 26)  # a Thursday: next week runs from Monday 30 November to Friday 4 December
ME = "Maya Example <maya@example.org>"
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(["> Hi Maya,", ">"] + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)])


def parse(text: str) -> ParsedReply:
    return parse_text(
        text,
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=D0,
        own_addresses=("maya@example.org",),
        own_names=("Maya Example",),
    )


@pytest.mark.parametrize(
    "closing",
    [
        "Mulţumesc frumos,\nMaya",
        "Multumesc!\nMaya",
        "Mersi,\nM.",
        "Numai bine,\nMaya",
        "Hvala,\nMaya",
        "Lijep pozdrav,\nMaya",
        "Ďakujem,\nMaya",
        "Благодаря!\nМайя",
        "Paldies,\nMaya",
        "Aitäh\nMaya",
        "Ačiū,\nMaya",
        "Gràcies,\nMaya",
        "Terima kasih,\nMaya",
        "Cảm ơn,\nMaya",
        "Merci beaucoup,\nMaya",
        "Grazie mille!\nMaya",
        "Muchas gracias,\nMaya",
        "Danke schön,\nMaya",
        "Tusen takk,\nMaya",
        "Dank je wel,\nMaya",
    ],
)
def test_a_thanks_closing_in_more_languages_is_not_part_of_the_last_answer(closing: str) -> None:
    """A thank-you on its own line under the answers, then her name, closes the reply in any language."""
    reply = parse(
        f"1. 7/10\n12. next Friday\n\n{closing}\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}"
    )
    expected = ({"rating": "7/10", "hear_back": "next Friday"}, "")
    assert expected == ({a.question_id: a.text for a in reply.answers}, reply.free_notes)


def test_thanks_inside_a_sentence_stays_her_answer() -> None:
    reply = parse(
        f"1. 7/10\n\n2. Mulțumesc pentru întrebări bune\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}"
    )
    assert "Mulțumesc pentru întrebări bune" == {a.question_id: a.text for a in reply.answers}["went_well"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ensi viikon alussa", date(2026, 12, 1)),
        ("jövő hét elejére", date(2026, 12, 1)),
        ("gelecek haftanın başında", date(2026, 12, 1)),
        ("la începutul săptămânii viitoare", date(2026, 12, 1)),
        ("jövő hét közepén", date(2026, 12, 2)),
        ("ensi viikon puolivälissä", date(2026, 12, 2)),
        ("jövő héten", date(2026, 12, 4)),
    ],
)
def test_beginning_or_middle_written_after_next_week_is_its_tuesday_or_wednesday(
    text: str, expected: date
) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize(
    "text",
    [
        "En ole vielä ihan varma",
        "En osaa sanoa",
        "Nie som si istá",
        "Nejsem si úplně jistá",
        "Nisam sigurna",
        "Pole veel kindel",
        "Nesu tikra",
        "Kararsızım",
    ],
)
def test_a_negated_sure_in_more_languages_is_unsure(text: str) -> None:
    assert WantJob.unsure == read_want_job(text)


@pytest.mark.parametrize(("text", "expected"), [("Ei.", WantJob.no), ("Kyllä, ehdottomasti", WantJob.yes)])
def test_a_finnish_bare_no_and_a_yes_keep_their_reading(text: str, expected: WantJob) -> None:
    assert expected == read_want_job(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trimis din Yahoo Mail pe Android",
        "Trimis cu Outlook pentru iOS",
        "Enviat des del meu mòbil",
        "Verzonden vanaf mijn mobiel",
        "Στάλθηκε από το κινητό μου",
        "Enviado do meu telemóvel",
        "Poslano s mog mobitela",
    ],
)
def test_footers_naming_the_phone_in_more_words_end_her_text(text: str) -> None:
    assert True is is_signature(Line(0, text))


@pytest.mark.parametrize("text", ["Trimis din birou, după interviu", "Enviat des de casa"])
def test_sent_from_a_place_is_no_footer(text: str) -> None:
    assert False is is_signature(Line(0, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ova elektronička poruka i njezini privici su povjerljivi.",
        "To sporočilo in morebitne priloge so zaupne narave.",
        "Настоящото писмо е поверително и е предназначено само за получателя.",
        "Šis pranešimas gali turėti konfidencialią informaciją.",
        "Šī vēstule ir konfidenciāla.",
        "See sõnum võib sisaldada konfidentsiaalset teavet.",
        "Aquest correu electrònic pot contenir informació confidencial.",
        "Pesan ini hanya ditujukan untuk penerima yang dituju.",
        "Thư điện tử này có thể chứa thông tin bảo mật.",
        "Tämä viesti liitteineen on tarkoitettu vain vastaanottajalle.",
    ],
)
def test_legal_disclaimers_in_languages_no_set_covered_end_her_text(text: str) -> None:
    assert True is is_disclaimer(Line(0, text))


@pytest.mark.parametrize(
    "text", ["Ova poruka je kratka", "Aquest missatge és curt", "Tämä viesti on lyhyt", "Email này là nháp"]
)
def test_a_sentence_about_this_message_is_no_disclaimer(text: str) -> None:
    assert False is is_disclaimer(Line(0, text))
