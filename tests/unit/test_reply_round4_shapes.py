"""Reply shapes of round 4: numbered answers out of order on consecutive lines, her name with accents or in
Chinese characters, sign-offs on the last answer's line, postscripts, pointers below and hear-backs with no date."""

from __future__ import annotations

from datetime import date

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import ParsedReply, parse_text

D0 = date(2026, 11, 26)
ME = "Maya Example <maya@example.org>"
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


def quoted(own: str) -> ParsedReply:
    return parse(f"{own}\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}")


@pytest.mark.parametrize(
    ("own", "expected"),
    [
        (
            "11) nee\n1) zes\n8) 5.000 euro per maand\n3) de systeemontwerp-vraag",
            {
                "rating": "zes",
                "went_badly": "de systeemontwerp-vraag",
                "money": "5.000 euro per maand",
                "want_job": "nee",
            },
        ),
        (
            "Q8: 70k\nQ2: the pairing session\nQ1: 6",
            {"rating": "6", "went_well": "the pairing session", "money": "70k"},
        ),
        (
            "12 - semaine prochaine\n4 - très bien avec Jane\n1 - 8",
            {"rating": "8", "rapport": "très bien avec Jane", "hear_back": "semaine prochaine"},
        ),
    ],
)
def test_numbers_out_of_order_on_consecutive_lines_each_open_an_answer(
    own: str, expected: dict[str, str]
) -> None:
    """With no number given twice, a lower number on the next line starts its own answer, blank line or not."""
    assert expected == answers(quoted(own))


def test_a_numbered_list_under_a_colon_stays_inside_the_answer() -> None:
    """'3. Two things:' then '1. ...' '2. ...' is a list inside answer 3, even though no number repeats."""
    reply = quoted("3. Two things:\n1. the SQL window function\n2. the caching question\n11. yes")
    expected = {
        "went_badly": "Two things:\n1. the SQL window function\n2. the caching question",
        "want_job": "yes",
    }
    assert expected == answers(reply)


@pytest.mark.parametrize("name", ["Mája", "Máya", "Maïa", "Maja", "Maia", "玛雅", "玛娅", "마야", "Μάγια"])
def test_her_name_with_accents_or_in_chinese_characters_is_not_an_answer(name: str) -> None:
    """Her first name under the last answer, written with accents or Chinese characters, is a signature."""
    reply = quoted(f"1. 8/10\n12. 下周五\n\n{name}")
    assert {"rating": "8/10", "hear_back": "下周五"} == answers(reply)


def test_a_chinese_word_that_is_not_her_name_stays_in_the_answer() -> None:
    """Only characters that spell her name by sound are dropped: '谢谢' (thanks) alone is not her name."""
    reply = quoted("1. 8/10\n6. 团队很好\n\n非常期待")
    assert "团队很好\n\n非常期待" == answers(reply)["company"]


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("6. Loved the team. Thanks, Maya", "Loved the team."),
        ("6. Tolles Team! Viele Grüße, Maya", "Tolles Team!"),
        ("6. Super équipe. Bises, M.", "Super équipe."),
        ("6. Buen equipo. Saludos, Maya Example", "Buen equipo."),
        ("6. great team, thanks, Maya", "great team"),
        ("6. great team :) Cheers, Maya", "great team :)"),
        ("6. great team 🙂 Thanks, Maya", "great team 🙂"),
        ("6. great team - Maya", "great team"),
        ("6. great team\nMaya", "great team"),
        ("6. 团队很好。谢谢！玛雅", "团队很好。"),
    ],
)
def test_a_sign_off_with_her_name_after_the_last_sentence_is_dropped(last: str, expected: str) -> None:
    """'... great team. Thanks, Maya' on the last answer's line: the sign-off and name go, the sentence stays."""
    assert expected == answers(quoted(f"1. 7/10\n{last}"))["company"]


@pytest.mark.parametrize(
    "last",
    ["Good chat. Thanks, Raj", "they said thanks, Maya", "Met Raj - Maya and Raj got on well"],
)
def test_a_sign_off_or_name_that_is_not_her_closing_stays(last: str) -> None:
    """'Thanks, Raj' names someone else; 'said thanks, Maya' and '- Maya and Raj ...' are sentences."""
    assert last == answers(quoted(f"1. 7/10\n6. {last}"))["company"]


@pytest.mark.parametrize(
    "closing",
    [
        "Best,\nMaya\n\nPS: Jane mentioned a second round with the CTO.",
        "Cheers\nMaya\nP.S. Jane mentioned a second round with the CTO.",
        "Maya\n\nPS - Jane mentioned a second round with the CTO.",
    ],
)
def test_a_postscript_under_the_sign_off_is_a_free_note(closing: str) -> None:
    """A PS below the sign-off is kept as a note of its own, neither dropped nor glued to the last answer."""
    reply = quoted(f"1. 7/10\n6. great team\n\n{closing}")
    assert {"rating": "7/10", "company": "great team"} == answers(reply)
    assert "Jane mentioned a second round with the CTO." in reply.free_notes
    assert "Maya" not in reply.free_notes.replace("Jane mentioned", "")


@pytest.mark.parametrize(
    "pointer",
    [
        "See also Raj's mail below.",
        "Siehe auch die Mail von Raj unten.",
        "Voir aussi le message de Raj ci-dessous.",
    ],
)
def test_a_last_paragraph_that_only_points_below_is_not_part_of_the_last_answer(pointer: str) -> None:
    """Over a forwarded message, 'see Raj's mail below' after the last answer says where something is."""
    reply = quoted(f"1. 7/10\n12. by Monday\n\n{pointer}")
    assert {"rating": "7/10", "hear_back": "by Monday"} == answers(reply)


@pytest.mark.parametrize(
    "said",
    [
        "they didn't say",
        "Not said yet.",
        "keine Angabe",
        "Raj hat nichts gesagt",
        "no lo dijeron",
        "没说",
        "niet gezegd",
    ],
)
def test_a_hear_back_answer_saying_no_date_was_given_is_no_answer(said: str) -> None:
    """Nothing to remember for the check-in: the hear-back question stays unanswered."""
    assert {"rating": "4"} == answers(quoted(f"1) 4\n12) {said}"))


def test_a_hear_back_answer_with_a_date_after_a_no_date_phrase_is_read() -> None:
    """'they didn't say, probably Friday' holds a date and stays an answer."""
    reply = quoted("1) 4\n12) they didn't say, probably Friday")
    assert "they didn't say, probably Friday" == answers(reply)["hear_back"]


def test_a_short_latin_name_is_compared_as_written() -> None:
    """'Mia' sounds near Maya but is another name: under the last answer it stays part of it."""
    assert "great team\n\nMia" == answers(quoted("1. 7/10\n6. great team\n\nMia"))["company"]


def test_an_inline_reply_that_stops_early_loses_the_sign_off_on_its_last_answer() -> None:
    """Answers under questions 1 and 6 only: 'Thanks, Maya' after the answer to 6 is her closing."""
    lines = [f"On Thu, 26 Nov 2026 at 15:10, {ME} wrote:"]
    for line in QUOTED.split("\n"):
        lines.append(line)
        if line.startswith("> 1. "):
            lines += ["", "7/10", ""]
        if line.startswith("> 6. "):
            lines += ["", "A calm team and a product I use. Thanks, Maya", ""]
    reply = parse("\n".join(lines))
    assert {"rating": "7/10", "company": "A calm team and a product I use."} == answers(reply)
