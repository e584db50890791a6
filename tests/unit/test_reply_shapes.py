"""Reply shapes the first reader missed: HTML list numbers, '1-' markers, verb-first attributions, footers."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import ParsedReply, html_to_text, parse_reply, parse_text
from followupd.domain.replies.quotes import is_signature, split_lines

D0 = date(2026, 11, 26)
ME = "Maya Example <maya@example.org>"
QUESTIONS = [q.text for q in DEFAULT_QUESTIONS.questions]
QUOTED = "\n".join(
    ["> Hi Maya,", ">"]
    + [f"> {n}. {q}\n>" for n, q in enumerate(QUESTIONS, 1)]
    + ["> Skip anything you like; a later reply fills in or replaces single answers.", "> -- ", "> followupd"]
)


def parse(text: str) -> ParsedReply:
    """Parses as parse_reply would for a message from Maya: her address, and her display name from From."""
    return parse_text(
        text,
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=D0,
        own_addresses=("maya@example.org",),
        own_names=("Maya Example",),
    )


def answers(reply: ParsedReply) -> dict[str, str]:
    return {a.question_id: a.text for a in reply.answers}


def test_an_html_list_item_keeps_its_number_on_the_line_of_its_paragraph() -> None:
    """'<li><p>text</p></li>' reads '1. text', not '1.' on a line of its own above the text."""
    text = html_to_text("<ol><li><p>First thing</p></li><li>\n<p>Second thing</p></li></ol>")
    assert ["1. First thing", "2. Second thing"] == [line for line in text.split("\n") if line]


def _html_reply(own_html: str) -> bytes:
    items = "".join(f"<li><p>{q}</p></li>" for q in QUESTIONS)
    debrief = (
        "<p>Hi Maya,</p><p>Your interview with Acme ended at 15:00.</p>"
        f"<ol>{items}</ol><p>Skip anything you like; a later reply fills in or replaces single answers.</p>"
        "<p>&mdash; followupd</p>"
    )
    html = (
        f"<html><body><div>{own_html}</div><hr><div id='divRplyFwdMsg'><b>Von:</b> Maya &lt;maya@example.org&gt;"
        "<br><b>Gesendet:</b> Donnerstag, 26. November 2026 15:10<br><b>Betreff:</b> Debrief</div>"
        f"<div>{debrief}</div></body></html>"
    )
    message = EmailMessage()
    message["From"] = ME
    message.set_content(html, subtype="html")
    return message.as_bytes()


def test_numbered_html_reply_above_an_unquoted_html_debrief_gives_no_history_answers() -> None:
    """The debrief's list numbers under the divider are not inline answers; the numbered answers above win."""
    raw = _html_reply("<div>1) 6/10</div><div>5) Spannendes Produkt</div><div>11) Ja</div>")
    reply = parse_reply(
        raw, questionnaire=DEFAULT_QUESTIONS, interview_date=D0, own_addresses=("maya@example.org",)
    )
    assert ({"rating": "6/10", "role": "Spannendes Produkt", "want_job": "Ja"}, "numbered") == (
        answers(reply),
        reply.shape,
    )


def test_a_lone_list_number_above_its_question_is_not_the_answer_before() -> None:
    """In an unquoted debrief whose numbers stand alone above each question, '2.' is no answer to question 1."""
    lines = ["Your interview with Acme ended at 15:00.", ""]
    for n, question in enumerate(QUESTIONS, 1):
        lines += [f"{n}.", question, "7 von 10" if n == 1 else "", ""]
    reply = parse("\n".join(lines))
    assert {"rating": "7 von 10"} == answers(reply)


@pytest.mark.parametrize("marker", ["{n}- ", "{n}– "])
def test_numbered_markers_with_a_dash_straight_after_the_number(marker: str) -> None:
    """'1- 8/10' (Yahoo, phones) is an answer marker like '1 -'."""
    own = "\n".join(f"{marker.format(n=n)}{text}" for n, text in ((1, "8/10"), (3, "Nerves"), (11, "yes")))
    reply = parse(own + "\n\nOn Thu, 26 Nov 2026 at 15:10, " + ME + " wrote:\n" + QUOTED)
    assert {"rating": "8/10", "went_badly": "Nerves", "want_job": "yes"} == answers(reply)


@pytest.mark.parametrize(
    "marker", ["{n}º ", "{n}ª ", "{n}° ", "{n}/ ", "{n}.) ", "Pregunta {n}: ", "Vraag {n}: ", "№{n} "]
)
def test_numbered_markers_with_ordinals_slashes_and_question_words(marker: str) -> None:
    """Ordinal marks (1º, 1ª), the French '1/ ', '1.)' and the word for 'question' in other languages mark answers."""
    own = "\n".join(f"{marker.format(n=n)}{text}" for n, text in ((1, "6/10"), (11, "sí")))
    reply = parse(own + "\n\nOn Thu, 26 Nov 2026 at 15:10, " + ME + " wrote:\n" + QUOTED)
    assert {"rating": "6/10", "want_job": "sí"} == answers(reply)


def test_a_sentence_starting_with_a_numbered_word_is_not_a_marker() -> None:
    """'Punkt 3 war schwer' has no mark after the number: it is text, not an answer to question 3."""
    assert "free" == parse("Punkt 3 war schwer.\n\n" + QUOTED).shape


def test_a_dash_range_at_the_start_of_a_line_is_not_a_marker() -> None:
    """'7-8 out of 10' opening a free note is text, not an answer to question 7."""
    assert "free" == parse("7-8 out of 10, I think.\n\n" + QUOTED).shape


ATTRIBUTIONS = [
    "Am 26.11.26 um 15:10 schrieb Maya Example:",
    "W dniu 26.11.2026 o 15:10, Maya Example pisze:",
    "Op 26-11-2026 om 15:10 schreef Maya Example:",
    "Den 2026-11-26 kl. 15:10, skrev Maya Example:",
    "Dne 26. 11. 2026 v 15:10 Maya Example napsal(a):",
    "26.11.2026 15:10, Maya Example пишет:",
    "Am Donnerstag, 26. November 2026, 15:10:12 MEZ hat followupd <debrief@followupd.example.org> Folgendes geschrieben:",
    "Op 26 nov. 2026, om 15:10 heeft followupd <debrief@followupd.example.org> het volgende geschreven:",
    "Wiadomość napisana przez followupd <debrief@followupd.example.org> w dniu 26.11.2026, o godz. 15:10:",
    "followupd <debrief@followupd.example.org> ezt írta (időpont: 2026. nov. 26., Cs, 15:10):",
]


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_an_attribution_above_an_inline_reply_is_not_a_free_note(attribution: str) -> None:
    """Verb-first and localized attribution lines start history: they never become free notes or answers."""
    body = QUOTED.replace("> 1. " + QUESTIONS[0] + "\n>", "> 1. " + QUESTIONS[0] + "\n\nSeven\n")
    reply = parse(f"{attribution}\n{body}")
    assert ({"rating": "Seven"}, "") == (answers(reply), reply.free_notes)


@pytest.mark.parametrize(
    "line",
    [
        "Am Montag schrieb ich: alles gut",
        "On Monday I wrote to them twice:",
        "Den ganzen Tag schrieb Jane uns Mails und Nachrichten an alle, wirklich sehr viele Leute und Teams:",
    ],
)
def test_sentences_with_a_writing_verb_are_not_attributions(line: str) -> None:
    """Body text that mentions writing stays the user's: it lacks a date, or runs on past a name."""
    assert line == parse(line).free_notes


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Outlook voor iOS<https://aka.ms/x1> downloaden", True),
        ("Outlook für Android herunterladen", True),
        ("Hämta Outlook för iOS", True),
        ("Baixar o Outlook para Android", True),
        ("Von Yahoo Mail auf Android gesendet", True),
        ("Outlook for iOS keeps crashing on me, but the app is fine otherwise", False),
        ("Von Jane gesendet", False),
    ],
)
def test_app_footers_in_any_word_order(line: str, expected: bool) -> None:
    """An app footer names the app and its platform in the client's language, wherever the verb stands."""
    assert expected == is_signature(split_lines(line)[0])


def test_a_dutch_outlook_footer_does_not_end_up_in_the_last_answer() -> None:
    """The footer under the last numbered answer is cut, not kept as part of it."""
    reply = parse("1. 6\n11. nee\n\nOutlook voor Android<https://aka.ms/x2> downloaden\n" + QUOTED)
    assert {"rating": "6", "want_job": "nee"} == answers(reply)


@pytest.mark.parametrize(
    "line",
    [
        "Envoyé à partir de Courrier pour Windows",
        "Inviato da Posta per Windows",
        "Отправлено с iPhone",
        "iPhone에서 보냄",
    ],
)
def test_more_client_footers_end_the_users_text(line: str) -> None:
    """Desktop mail apps' and more phone languages' footers are signatures."""
    assert is_signature(split_lines(line)[0])


@pytest.mark.parametrize(
    "closing",
    [
        "Mvg,\nMaya",
        "Bonne journée,\nMaya",
        "Have a nice day!\nMaya Example\n+44 20 7946 0000",
        "Atte.\nMaya",
        "Schönen Abend noch\nMaya",
        "Med venlig hilsen\nMaya",
    ],
)
def test_more_closings_are_not_part_of_the_last_answer(closing: str) -> None:
    """Abbreviated sign-offs (Mvg, Atte.) and wishes (Bonne journée, Have a nice day) close the reply."""
    reply = parse(f"1. 7/10\n11. yes\n\n{closing}\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}")
    assert ({"rating": "7/10", "want_job": "yes"}, "") == (answers(reply), reply.free_notes)


@pytest.mark.parametrize(
    "signature",
    [
        "Maya Example\nSenior Backend Engineer\n+49 30 1234567",
        "Maya Example | Senior Backend Engineer | www.example.org",
        "M. Example\nStaff Engineer, Initech",
    ],
)
def test_a_signature_block_opening_with_the_users_name_is_not_part_of_the_last_answer(signature: str) -> None:
    """With no sign-off above it, a last paragraph that opens with the user's full name and holds only
    signature lines (title, phone, web) is a signature, in numbered and inline replies alike."""
    numbered = parse(
        f"1. 7/10\n12. next week\n\n{signature}\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}"
    )
    body = QUOTED.replace(f"> 12. {QUESTIONS[11]}\n>", f"> 12. {QUESTIONS[11]}\n\nnext week\n\n{signature}\n")
    inline = parse(f"On Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{body}")
    assert ("next week", "next week") == (answers(numbered)["hear_back"], answers(inline)["hear_back"])


def test_a_sentence_opening_with_the_users_first_name_stays_in_the_answer() -> None:
    """'Maya, ...' is a sentence (a first name alone, then a comma), not a signature."""
    reply = parse(
        f"12. next week\n\nMaya, remember to ask Jane\nabout the team\n\nOn Thu, 26 Nov 2026, {ME} wrote:\n{QUOTED}"
    )
    assert "next week\n\nMaya, remember to ask Jane\nabout the team" == answers(reply)["hear_back"]
