"""Unquoted history, HTML history markers, sign-offs, footers, attributions and the choice of reading."""

from __future__ import annotations

from datetime import date

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import ParsedReply, html_to_text, parse_reply, parse_text
from followupd.domain.replies.quotes import is_signature, split_lines

D0 = date(2026, 11, 26)
ME = "Maya Example <maya@example.org>"
DEBRIEF = (
    "Hi Maya,\n\nYour interview with Acme ended at 15:00.\n"
    "Answer what you can, or use the form: https://followupd.example.org/f/k3x9q2ab\n\n"
    + "\n\n".join(f"{n}. {q.text}" for n, q in enumerate(DEFAULT_QUESTIONS.questions, 1))
    + "\n\nSkip anything you like; a later reply fills in or replaces single answers.\n-- \nfollowupd"
)
NUMBERED = "1. 7/10\n2. The system design round.\n12. next week"


def parse(text: str) -> ParsedReply:
    return parse_text(
        text, questionnaire=DEFAULT_QUESTIONS, interview_date=D0, own_addresses=("maya@example.org",)
    )


def answers(reply: ParsedReply) -> dict[str, str]:
    return {a.question_id: a.text for a in reply.answers}


EXPECTED = {"rating": "7/10", "went_well": "The system design round.", "hear_back": "next week"}

HEADER_BLOCKS = [
    ("发件人:", "发送时间:", "收件人:", "主题:"),
    ("差出人:", "送信日時:", "宛先:", "件名:"),
    ("Od:", "Wysłano:", "Do:", "Temat:"),
    ("Från:", "Skickat:", "Till:", "Ämne:"),
    ("Da:", "Inviato:", "A:", "Oggetto:"),
    ("De:", "Enviado el:", "Para:", "Asunto:"),
    ("*From:*", "*Sent:*", "*To:*", "*Subject:*"),
]


@pytest.mark.parametrize("labels", HEADER_BLOCKS, ids=lambda labels: labels[0])
def test_numbered_answers_above_an_unquoted_header_block_in_any_language(labels: tuple[str, ...]) -> None:
    """An Outlook header block in the client's language starts history, with or without a ____ line above."""
    block = "\n".join(
        f"{label} {value}"
        for label, value in zip(labels, (ME, "26.11.2026 15:10", ME, "Debrief"), strict=True)
    )
    reply = parse(f"{NUMBERED}\n\n{block}\n\n{DEBRIEF}")
    assert (EXPECTED, "numbered", "") == (answers(reply), reply.shape, reply.free_notes)


@pytest.mark.parametrize(
    "separator",
    [
        "-------- Original message --------",
        "-------- Mensaje original --------",
        "-----Original Message-----",
    ],
)
def test_numbered_answers_above_a_separator_and_unquoted_history(separator: str) -> None:
    """An original-message separator starts history even with a From/Date/To block in a mobile client's shape."""
    reply = parse(f"{NUMBERED}\n\n{separator}\nFrom: {ME}\nDate: 11/26/26 15:10\nTo: {ME}\n\n{DEBRIEF}")
    assert EXPECTED == answers(reply)


def test_inline_answers_under_an_unquoted_header_block_still_read_inline() -> None:
    """Answers typed between the questions of unquoted history are read inline, the note above kept."""
    lines = []
    for line in DEBRIEF.split("\n"):
        lines.append(line)
        if line.startswith("1. "):
            lines.append("6/10")
        if line.startswith("12. "):
            lines.append("by Friday")
    block = f"From: {ME}\nSent: Thursday, November 26, 2026 3:10 PM\nTo: {ME}\nSubject: Debrief"
    reply = parse("Thanks, that was quick.\n\n" + block + "\n\n" + "\n".join(lines))
    assert ({"rating": "6/10", "hear_back": "by Friday"}, "inline", "Thanks, that was quick.") == (
        answers(reply),
        reply.shape,
        reply.free_notes,
    )


def test_numbered_answers_out_of_order_in_paragraphs_map_by_number() -> None:
    """Answers given out of order, each in its own paragraph, go to the question their number names."""
    reply = parse(
        "12. next week\n\n1. 7/10\n\n2. The system design round.\n\nOn Thu, 26 Nov 2026, "
        + ME
        + " wrote:\n> 1. How"
    )
    assert EXPECTED == answers(reply)


def test_a_list_inside_an_answer_is_still_the_answers_text() -> None:
    """A lower number under a line ending in ':' is a list inside the answer, not an answer of its own."""
    reply = parse("3. Two things:\n1) the SQL question\n2) nerves\n4. Fine")
    assert {"went_badly": "Two things:\n1) the SQL question\n2) nerves", "rapport": "Fine"} == answers(reply)


@pytest.mark.parametrize(
    "closing",
    [
        "Best regards,\nMaya Example\nSenior Backend Engineer | Initech\nM: +1 555 0100 | www.example.org",
        "Viele Grüße\nMaya\n\nMaya Example | Softwareentwicklerin\nTel. +49 30 1234567",
        "Met vriendelijke groet,\n\nMaya Example\nwww.example.org",
        "Cordialement,\nMaya",
        "Saludos,\nMaya",
        "Cordiali saluti\nMaya Example",
        "Med vänliga hälsningar\nMaya",
        "Pozdrawiam\nMaya",
        "よろしくお願いします。\nMaya",
        "Best, Maya",
        "Mit freundlichen Grüßen\nMaya Example\nAcme GmbH, Registergericht: Amtsgericht München HRB 123456, "
        "Geschäftsführer: Jane Doe, Raj Patel",
    ],
)
def test_a_sign_off_and_signature_block_are_not_part_of_the_last_answer(closing: str) -> None:
    """A sign-off without '-- ' and the name, title, phone and web lines under it end the user's text."""
    reply = parse(f"{NUMBERED}\n\n{closing}\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n> {DEBRIEF[:40]}")
    assert EXPECTED == answers(reply)


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario.",
        "Esta mensagem é confidencial e destinada apenas ao destinatário.",
        "Detta e-postmeddelande är konfidentiellt.",
        "Ta wiadomość jest poufna.",
    ],
)
def test_a_disclaimer_in_other_languages_ends_the_users_text(disclaimer: str) -> None:
    """A legal disclaimer in Italian, Portuguese, Swedish or Polish is not part of the last answer."""
    assert EXPECTED == answers(parse(f"{NUMBERED}\n\n{disclaimer}"))


def test_a_thank_you_above_numbered_answers_keeps_them() -> None:
    """A sign-off-like line above the answers ("Thanks!") does not take the answers below it for a signature."""
    assert EXPECTED == answers(parse(f"Thanks!\n{NUMBERED}"))


@pytest.mark.parametrize(
    "footer",
    [
        "Envoyé de mon iPhone",
        "Envoye\u0301 de mon iPhone",  # Apple Mail's decomposed accent
        "Envoyé depuis mon appareil Galaxy Samsung",
        "Von meinem iPhone gesendet",
        "Von meinem Mobilgerät gesendet",
        "发自我的 iPhone",
        "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
        "Sent from my Android device with K-9 Mail. Please excuse my brevity.",
        "Sent from my Galaxy",
        "Sent with Proton Mail secure email.",
        "Télécharger Outlook pour Android",
        "Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.",
        "Gesendet von Mail für Windows",
    ],
)
def test_mobile_footers_in_many_languages_end_the_users_text(footer: str) -> None:
    """A mobile or app footer line is a signature."""
    assert is_signature(split_lines(footer)[0])


@pytest.mark.parametrize(
    "text", ["Sent from my desk, by the window, as usual.", "Sent them my portfolio last week."]
)
def test_body_text_starting_like_a_footer_is_not_a_signature(text: str) -> None:
    """A line that starts like a footer but names no device or app is the user's text."""
    assert not is_signature(split_lines(text)[0])


@pytest.mark.parametrize(
    "attribution",
    [
        f"{ME} schrieb am Do., 26. Nov. 2026, 15:10:",
        "Den tors 26 nov. 2026 kl. 10:15Maya Example <maya@example.org> skrev:",
        "чт, 26 лист. 2026 р. о 15:10 Maya Example <maya@example.org> пише:",
        "在 2026年11月26日，15:10，Maya Example <maya@example.org> 写道：",
        "* Maya Example <maya@example.org> [2026-11-26 15:10 +0100]:",
        "Am Do., 26. Nov. 2026 um 15:10 Uhr schrieb Maya Example <\nmaya@example.org>:",
    ],
)
def test_attribution_shapes_start_history(attribution: str) -> None:
    """Attributions with the date after the verb, wrapped, without a space, or in other languages end the answers,
    also when the user's addresses are not known."""
    text = f"{NUMBERED}\n\n{attribution}\n\n> 1. How did it go?"
    reply = parse_text(text, questionnaire=DEFAULT_QUESTIONS, interview_date=D0)
    assert EXPECTED == answers(reply)


def test_an_attribution_right_under_the_last_answer_leaves_the_answers_above() -> None:
    """An attribution line directly under the answers (no blank line) does not swallow the lines above it."""
    reply = parse(
        f"{NUMBERED}\nOn Thursday, November 26, 2026 at 03:10:00 PM GMT+1, {ME} wrote:\n\n{DEBRIEF}"
    )
    assert EXPECTED == answers(reply)


def test_a_wrapped_attribution_right_under_the_last_answer_is_history() -> None:
    """An attribution wrapped over two lines directly under the answers is history, the answers stay whole."""
    attribution = "On Thu, Nov 26, 2026 at 3:10 PM Maya Example\n<maya@example.org> wrote:"
    reply = parse_text(
        f"{NUMBERED}\n{attribution}\n> 1. How", questionnaire=DEFAULT_QUESTIONS, interview_date=D0
    )
    assert EXPECTED == answers(reply)


@pytest.mark.parametrize("last", ["Yes", "Hiring Manager Friendly"])
def test_a_short_last_paragraph_is_an_answer_not_a_signed_name(last: str) -> None:
    """A short last paragraph stays in the last answer unless it is the user's name or follows a sign-off."""
    reply = parse(f"1. 7/10\n4. Jane led the panel.\n\n{last}")
    assert f"Jane led the panel.\n\n{last}" == answers(reply)["rapport"]


def test_the_users_own_name_alone_at_the_end_is_dropped() -> None:
    """The user's name (from the From header or the address) alone in the last paragraph is a signature."""
    raw = f"From: {ME}\nSubject: Re: Debrief\nContent-Type: text/plain; charset=utf-8\n\n1. 7/10\n4. Jane led.\n\nMaya\n"
    reply = parse_reply(raw.encode(), questionnaire=DEFAULT_QUESTIONS, interview_date=D0)
    assert "Jane led." == answers(reply)["rapport"]


@pytest.mark.parametrize(
    "container",
    [
        '<div id="divRplyFwdMsg"><b>From:</b> x<br><b>Sent:</b> y</div>',
        '<div class="ydp5c4b8a2eyahoo_quoted"><div>',
        '<div class="gmail_quote"><div>',
        '<div class="moz-cite-prefix">',
    ],
)
def test_html_history_containers_become_a_history_separator(container: str) -> None:
    """Outlook's reply divider, Yahoo's, Gmail's and Thunderbird's quote containers start history in the text."""
    html = f"<div>1. 7/10</div>{container}Hi Maya, 1. How did it go?</div>"
    reply = parse(html_to_text(html))
    assert {"rating": "7/10"} == answers(reply)


def test_an_unquoted_debrief_under_a_header_block_in_unknown_labels_is_history() -> None:
    """With no label we know, the debrief's own intro and a 'Key: value' block with an address mark history."""
    block = f"Kimden: {ME}\nGönderildi: 26 Kasım 2026 15:10\nKime: {ME}\nKonu: Debrief"
    reply = parse(f"{NUMBERED}\n\n{block}\n\n{DEBRIEF}")
    assert (EXPECTED, "") == (answers(reply), reply.free_notes)


def test_an_unquoted_debrief_with_no_header_at_all_is_history() -> None:
    """The debrief pasted below the answers with nothing above it ends the last answer at its greeting."""
    reply = parse(f"{NUMBERED}\n\n{DEBRIEF}")
    assert EXPECTED == answers(reply)


def test_the_html_debriefs_signature_is_not_a_free_note() -> None:
    """'— followupd' (the HTML debrief's signature made text) after inline answers is not the user's note."""
    text = "1. How did it go? Rate your overall performance from 0 to 10.\n7/10\n\nSkip anything you like.\n\n— followupd"
    reply = parse(text)
    assert ({"rating": "7/10"}, "") == (answers(reply), reply.free_notes)


def test_cjk_numbering_marks_numbered_answers() -> None:
    """Answers numbered the way Japanese and Chinese are typed ("1、", "２．", "（３）", full-width digits) map by number."""
    reply = parse("1、8/10\n２．设计环节很好。\n（３）太紧张了。")
    assert {"rating": "8/10", "went_well": "设计环节很好。", "went_badly": "太紧张了。"} == answers(reply)
