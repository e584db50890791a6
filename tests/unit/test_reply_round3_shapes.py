"""Reply shapes of round 3: sign-offs glued to the last answer in many languages, marks set before each answer,
lines that only point at the answers, and names written in another script."""

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
HEADERS = f"From: {ME}\nSent: Thursday, November 26, 2026 3:10 PM\nTo: {ME}\nSubject: Debrief: Acme"
DEBRIEF = (
    "Hi Maya,\n\n"
    + "\n\n".join(f"{n}. {q}" for n, q in enumerate(QUESTIONS, 1))
    + "\n\nSkip anything you like; a later reply fills in or replaces single answers."
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


def numbered(closing: str) -> ParsedReply:
    return parse(
        f"1. 7/10\n12. next Friday\n\n{closing}\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "xx M",
        "Groet,\nMaya",
        "Hilsen\nMaya",
        "Med vennlig hilsen\nMaya Example\nSenior Engineer\n+47 22 00 00 00",
        "С уважением,\nМайя",
        "S pozdravem\nMaya Example",
        "Terveisin,\nMaya",
        "Saygılarımla\nMaya",
        "Best regards,\nMaya Example\nStaff Engineer | Initech\nwww.example.org",
        "Kind regards,\nMaya",
        "Viele Grüße aus Berlin\nMaya",
        "Cordialement,\nMaya Example\n+33 1 23 45 67 89",
        "Saludos,\nMaya",
        "Met vriendelijke groet,\nMaya Example\nThis email is confidential and intended for the addressee only.",
        "Pozdrawiam\nMaya",
        "Med vänlig hälsning\nMaya",
        "Love, M",
        "Cheers 🙂\nMaya",
        "マヤ",
        "Майя",
    ],
)
def test_a_sign_off_or_her_name_in_any_language_is_not_part_of_the_last_answer(closing: str) -> None:
    """Sign-offs without "-- " (informal, more languages, with a name, place or emoji after them) and her name
    written in katakana or Cyrillic close the reply: the last answer ends before them."""
    reply = numbered(closing)
    assert ({"rating": "7/10", "hear_back": "next Friday"}, "") == (answers(reply), reply.free_notes)


@pytest.mark.parametrize(
    "last", ["Yes", "Hiring Manager Friendly", "Best part was the team", "Love the product"]
)
def test_a_short_last_paragraph_that_is_no_name_or_sign_off_stays_an_answer(last: str) -> None:
    """A short last paragraph is her signed name only when it is her name or follows a sign-off."""
    reply = parse(f"1. 7/10\n\n11. {last}\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}")
    assert {"rating": "7/10", "want_job": last} == answers(reply)


@pytest.mark.parametrize(
    ("mark", "text"),
    [
        ("MAYA: ", "6/10"),
        ("[Maya] ", "6/10"),
        ("--> ", "6/10"),
        ("=> ", "6/10"),
        ("→ ", "6/10"),
        ("A: ", "6/10"),
        ("Antwort: ", "6/10"),
        ("ME: ", "6/10"),
    ],
)
def test_a_mark_set_before_each_inline_answer_is_not_part_of_it(mark: str, text: str) -> None:
    """Arrows, labels and her own name as a tag before inline answers are dropped; the answers stay."""
    lines = []
    for line in DEBRIEF.split("\n"):
        lines.append(line)
        if line.startswith("1. "):
            lines.append(f"{mark}{text}")
        if line.startswith("4. "):
            lines.append(f"{mark}Jane: great. Raj: hard to read.")
    reply = parse(f"{HEADERS}\n\n" + "\n".join(lines))
    assert {"rating": text, "rapport": "Jane: great. Raj: hard to read."} == answers(reply)


def test_someone_elses_name_before_an_answer_stays() -> None:
    """ "Jane: ..." is what Jane did, not a mark: only her own name is a tag."""
    lines = []
    for line in DEBRIEF.split("\n"):
        lines.append(line)
        if line.startswith("4. "):
            lines.append("Jane: great")
    assert {"rapport": "Jane: great"} == answers(parse(f"{HEADERS}\n\n" + "\n".join(lines)))


@pytest.mark.parametrize("marker", ["1.- ", "1.– ", "1) - ", "1: — "])
def test_a_dash_after_the_answer_number_is_part_of_the_marker(marker: str) -> None:
    """ "1.- Un 8 sobre 10" (Spanish) numbers the answer "Un 8 sobre 10"."""
    reply = parse(f"{marker}Un 8 sobre 10\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}")
    assert {"rating": "Un 8 sobre 10"} == answers(reply)


@pytest.mark.parametrize(
    "pointer",
    [
        "Answers inline below.",
        "See my answers below, in caps",
        "Respondo debajo de cada pregunta.",
        "Meine Antworten stehen unten im Text.",
        "Réponses ci-dessous, en bleu",
        "Mijn antwoorden staan hieronder",
        "Odpowiedzi poniżej",
        "Ответы ниже",
    ],
)
def test_a_line_that_only_points_at_the_answers_is_no_note(pointer: str) -> None:
    """A lead line saying where the answers are is neither a note nor an answer."""
    lines = []
    for line in DEBRIEF.split("\n"):
        lines.append(line)
        if line.startswith("1. "):
            lines.append("7/10")
    reply = parse(f"{pointer}\n\n{HEADERS}\n\n" + "\n".join(lines))
    assert ({"rating": "7/10"}, "") == (answers(reply), reply.free_notes)


def test_a_note_that_mentions_below_in_a_sentence_stays() -> None:
    """Only a line that points at the answers is dropped; a real note that says "below" is kept."""
    note = "I answered the recruiter below the line of questions about the team and it was fine"
    lines = []
    for line in DEBRIEF.split("\n"):
        lines.append(line)
        if line.startswith("1. "):
            lines.append("7/10")
    reply = parse(f"{note}\n\n{HEADERS}\n\n" + "\n".join(lines))
    assert note == reply.free_notes


@pytest.mark.parametrize(
    "history",
    [
        "-----Исходное сообщение-----",
        "-----Původní zpráva-----",
        "---------- Пересланное сообщение ---------",
        f"{ME} kirjoitti 26.11.2026 klo 15.10:",
        "2026/11/26 15:10、Maya Example さんは書きました:",
        f"Kimden: {ME}\nGönderildi: 26 Kasım 2026 Perşembe 15:10\nKime: {ME}\nKonu: Debrief: Acme",
        f"Lähettäjä: {ME}\nLähetetty: torstai 26. marraskuuta 2026 15.10\nVastaanottaja: {ME}\nAihe: Debrief",
        f"Feladó: {ME}\nElküldve: 2026. november 26. 15:10\nCímzett: {ME}\nTárgy: Debrief: Acme",
        f"Fra: {ME}\nSendt: 26. november 2026 15:10\nTil: {ME}\nEmne: Debrief: Acme",
    ],
)
def test_attributions_headers_and_separators_in_more_languages_start_history(history: str) -> None:
    """Where the original starts in Russian, Czech, Finnish, Japanese, Turkish, Hungarian and Danish clients:
    nothing from it reaches the last answer or the notes."""
    reply = parse(f"1. 7/10\n12. next Friday\n\n{history}\n\n{DEBRIEF}")
    assert ({"rating": "7/10", "hear_back": "next Friday"}, "") == (answers(reply), reply.free_notes)


@pytest.mark.parametrize(
    "footer",
    [
        "Lähetetty iPhonesta",
        "iPhone'umdan gönderildi",
        "Odesláno z iPhonu",
        "Trimis de pe iPhone",
        "Sendt fra min iPad",
    ],
)
def test_mobile_footers_in_more_languages_end_her_text(footer: str) -> None:
    """Finnish, Turkish, Czech, Romanian and Danish phone footers are not part of the last answer."""
    assert {"rating": "7/10", "hear_back": "next Friday"} == answers(numbered(footer))


def test_a_sentence_with_a_number_and_a_colon_is_no_attribution() -> None:
    """ "I wrote 3 answers below:" is her text, not where history starts."""
    reply = parse(f"I wrote 3 answers below:\n1. 7/10\n\nOn Thu, 26 Nov 2026 at 15:10, {ME} wrote:\n{QUOTED}")
    assert {"rating": "7/10"} == answers(reply)


def test_a_word_that_is_also_her_name_opening_one_answer_among_several_stays() -> None:
    """ "Example: the SQL question" opens one answer of two: a tag is a mark she repeats, so it stays."""
    lines = []
    for line in DEBRIEF.split("\n"):
        lines.append(line)
        if line.startswith("1. "):
            lines.append("7/10")
        if line.startswith("3. "):
            lines.append("Example: the SQL question")
    reply = parse(f"{HEADERS}\n\n" + "\n".join(lines))
    assert {"rating": "7/10", "went_badly": "Example: the SQL question"} == answers(reply)
