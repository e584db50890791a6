"""Quote, signature and forward stripping, answer assignment shapes, and never-raising parse entry points."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.domain.questionnaire import DEFAULT_QUESTIONS, Kind, Question, Questionnaire
from followupd.domain.replies import ParsedReply, WantJob, html_to_text, parse_reply, parse_text
from followupd.domain.replies.mime import unflow
from followupd.domain.replies.quotes import is_signature, own_lines, split_lines

D0 = date(2026, 11, 26)
QUOTED_DEBRIEF = "\n".join(
    ["> Hi Maya,", ">"]
    + [f"> {n}. {q.text}\n>" for n, q in enumerate(DEFAULT_QUESTIONS.questions, 1)]
    + ["> Skip anything you like; a later reply fills in or replaces single answers.", "> -- ", "> followupd"]
)


def parse(text: str) -> ParsedReply:
    return parse_text(text, questionnaire=DEFAULT_QUESTIONS, interview_date=D0)


def own(text: str) -> str:
    return "\n".join(line.text for line in own_lines(split_lines(text))).strip()


ATTRIBUTIONS = [
    "On Thu, Nov 26, 2026 at 3:10 PM Maya <maya@example.com> wrote:",
    "Am Do., 26. Nov. 2026 um 15:10 Uhr schrieb Maya <maya@example.com>:",
    "Le jeu. 26 nov. 2026 à 15:10, Maya <maya@example.com> a écrit :",
    "El jue, 26 nov 2026 a las 15:10, Maya (<maya@example.com>) escribió:",
    "Op do 26 nov 2026 om 15:10 schreef Maya <maya@example.com>:",
    "Den 26. nov. 2026 kl. 15.10 skrev Maya <maya@example.com>:",
    "Il giorno gio 26 nov 2026 alle ore 15:10 Maya <maya@example.com> ha scritto:",
    "Em qui., 26 de nov. de 2026 às 15:10, Maya <maya@example.com> escreveu:",
    "On 26 Nov 2026, at 15:10, Maya <maya@example.com>\nwrote:",
    "-----Original Message-----",
    "-----Ursprüngliche Nachricht-----",
    "________________________________",
    "From: Maya <maya@example.com>\nSent: Thursday, November 26, 2026 3:10 PM\nTo: Maya\nSubject: Debrief",
    "Von: Maya <maya@example.com>\nGesendet: Donnerstag, 26. November 2026 15:10\nAn: Maya\nBetreff: Debrief",
    "De : Maya <maya@example.com>\nEnvoyé : jeudi 26 novembre 2026 15:10\nÀ : Maya\nObjet : Debrief",
    "Van: Maya <maya@example.com>\nVerzonden: donderdag 26 november 2026 15:10\nAan: Maya\nOnderwerp: Debrief",
    "---------- Forwarded message ---------\nFrom: Jane <jane@acme.example>",
    "Begin forwarded message:",
]


@pytest.mark.parametrize("header", ATTRIBUTIONS)
def test_history_after_attribution_or_header_block_is_dropped(header: str) -> None:
    """Text after an attribution line, header block, separator or forward marker is not the user's."""
    assert own(f"Went well.\n\n{header}\n\nOld text here\nmore old text") == "Went well."


@pytest.mark.parametrize(
    "signature",
    [
        "Sent from my iPhone",
        "Get Outlook for iOS<https://aka.ms/o0ukef>",
        "Envoyé de mon iPhone",
        "Von meinem iPhone gesendet",
        "Enviado desde mi iPhone",
        "Verstuurd vanaf mijn iPhone",
        "-- ",
        "Sent from Yahoo Mail on Android",
        "Sent with Sparrow",
    ],
)
def test_signatures_end_the_users_text(signature: str) -> None:
    """Mobile signature lines and the "-- " delimiter end the user's text."""
    assert own(f"Went well.\n\n{signature}\nMaya Example\n+1 555 0100") == "Went well."


def test_disclaimer_ends_the_users_text() -> None:
    """A legal disclaimer paragraph is not the user's text."""
    assert own("Fine.\n\nThis email and any attachments are confidential and may be privileged.") == "Fine."


@pytest.mark.parametrize(
    "text",
    [
        "Sent from my desk, is much easier than my phone.",
        "Things went ok -- mostly.",
        "One outstanding question: the pay.",
        "We talked about sent from my iPhone app bugs.",
    ],
)
def test_traps_are_kept_as_body_text(text: str) -> None:
    """'Sent from my desk', ' -- ' inside a line and 'One ...' are body text, not signatures or headers."""
    assert text == own(f"{text}\n\nOn Thu, Nov 26, 2026 at 3:10 PM Maya <maya@example.com> wrote:\n> old")


@pytest.mark.parametrize(("line", "expected"), [("Sent from my iPhone", True), ("Sent from my desk", False)])
def test_mobile_signature_needs_a_device_word(line: str, expected: bool) -> None:
    """A 'Sent from my ...' line is a signature only when it names a device or app."""
    assert expected == is_signature(split_lines(line)[0])


def test_bottom_posted_answers_are_found() -> None:
    """Answers below the whole quote (bottom-posting) are read."""
    reply = parse(
        "On Thu, Nov 26, 2026 at 3:10 PM Maya <maya@example.com> wrote:\n"
        + QUOTED_DEBRIEF
        + "\n\n1. 7/10\n11. yes"
    )
    assert (reply.shape, [a.question_id for a in reply.answers]) == ("numbered", ["rating", "want_job"])


def test_inline_answers_pair_with_the_nearest_question_above() -> None:
    """Unquoted text between quoted questions is the answer to the question above it."""
    text = QUOTED_DEBRIEF.replace(
        "> 2. What went well? Where were you strongest?\n>",
        "> 2. What went well? Where were you strongest?\n\nThe demo.\n>",
    )
    reply = parse(text)
    assert (
        reply.shape,
        [(a.question_id, a.text) for a in reply.answers],
    ) == ("inline", [("went_well", "The demo.")])


def test_old_answers_in_deeper_quotes_are_not_answers() -> None:
    """Lines quoted once under twice-quoted questions are an earlier reply's answers, not this one's."""
    old = "\n".join(("> " + line) if line.startswith(">") else line for line in QUOTED_DEBRIEF.split("\n"))
    old = old.replace(
        "> > 1. How did it go? Rate your overall performance from 0 to 10.\n> >",
        "> > 1. How did it go? Rate your overall performance from 0 to 10.\n> 3/10",
    )
    assert list(parse(old).answers) == []


def test_answer_on_the_question_line_after_copied_question() -> None:
    """An answer typed after a copied question on the same line belongs to that question."""
    reply = parse(
        "1. How did it go? Rate your overall performance from 0 to 10. 6/10\n"
        "11. Now that you have seen what they offer: do you want this job? (yes / no / not sure) no"
    )
    assert [(a.question_id, a.text) for a in reply.answers] == [("rating", "6/10"), ("want_job", "no")]


@pytest.mark.parametrize("marker", ["1.", "1)", "Q1:", "#1", "1 -", "1:", "(1)", "q1."])
def test_numbered_markers(marker: str) -> None:
    """Every numbering style starts an answer."""
    assert [(a.question_id, a.text) for a in parse(f"{marker} 7/10").answers] == [("rating", "7/10")]


def test_numbers_outside_the_questionnaire_are_text() -> None:
    """A number past the last question is not a question: it stays in the answer before and is a problem."""
    reply = parse("12. Friday\n13. and more")
    assert (
        [a.text for a in reply.answers],
        reply.problems,
    ) == (["Friday\n13. and more"], ("number 13 is not a question (1-12)",))


def test_multiline_answers_run_until_the_next_number() -> None:
    """An answer continues over lines and paragraphs until the next marker."""
    reply = parse("2. First line\nsecond line\n\nthird paragraph\n3. Next")
    assert [a.text for a in reply.answers] == ["First line\nsecond line\n\nthird paragraph", "Next"]


def test_skipped_answers_are_not_answers() -> None:
    """'-', 'n/a' and 'skip' mean no answer."""
    assert [a.question_id for a in parse("1. 7\n2. -\n3. n/a\n4. skip").answers] == ["rating"]


def test_free_text_is_free_notes() -> None:
    """Without numbers or inline structure the whole own text is free notes."""
    reply = parse(
        "It went fine, more tomorrow.\n\nOn Thu, Nov 26, 2026 at 3:10 PM Maya <m@example.com> wrote:\n> x"
    )
    assert (reply.shape, reply.free_notes, reply.answers) == ("free", "It went fine, more tomorrow.", ())


def test_values_follow_question_kinds() -> None:
    """Rating, choice, money and date questions get typed values; out-of-range ratings get a note."""
    reply = parse("1. 12/10\n11. nein")
    assert [(None, ("rating 12 is out of range 0-10",)), (WantJob.no, ())] == [
        (a.value, a.notes) for a in reply.answers
    ]


def test_custom_questionnaire() -> None:
    """Any questionnaire works: its own texts mark inline answers and its own size bounds numbers."""
    custom = Questionnaire(
        (
            Question("mood", Kind.rating, "What is your mood now?"),
            Question("next", Kind.date, "When is the next round?"),
        )
    )
    reply = parse_text(
        "> What is your mood now?\n\nsolid 8\n\n> When is the next round?\n\nMonday\n",
        questionnaire=custom,
        interview_date=D0,
    )
    assert [(a.question_id, a.text) for a in reply.answers] == [("mood", "solid 8"), ("next", "Monday")]


def test_html_blockquote_becomes_quoted_text() -> None:
    """HTML mail becomes text with blockquotes as '>' lines, lists numbered and <hr> as a separator."""
    html = (
        "<div>Hi&nbsp;there</div><ol><li>7/10</li><li>Demo</li></ol><hr><blockquote>old<br>text</blockquote>"
    )
    assert html_to_text(html) == "Hi there\n1. 7/10\n2. Demo\n" + "_" * 32 + "\n> old\n> text"


def test_unflow_joins_soft_breaks_and_keeps_quote_depth() -> None:
    """format=flowed soft breaks are joined per quote depth; DelSp=yes drops the break's space."""
    assert (
        unflow("one \ntwo\n> three \n> four\n-- ", delsp=False),
        unflow("one \ntwo", delsp=True),
    ) == ("one two\n> three four\n-- ", "onetwo")


def test_html_only_message_and_attachment_ignored() -> None:
    """An HTML-only reply is read; a text attachment is never the user's text."""
    message = EmailMessage()
    message.set_content("<p>1. 9/10</p>", subtype="html")
    message.add_attachment("1. 1/10", filename="notes.txt")
    reply = parse_reply(message.as_bytes(), questionnaire=DEFAULT_QUESTIONS, interview_date=D0)
    assert [a.text for a in reply.answers] == ["9/10"]


def _well_formed(reply: ParsedReply) -> None:
    known = {q.id for q in DEFAULT_QUESTIONS.questions}
    ids = [a.question_id for a in reply.answers]
    assert set(ids) <= known and len(ids) == len(set(ids)), ids
    assert all(a.text.strip() for a in reply.answers)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_parse_reply_never_raises_on_bytes(raw: bytes) -> None:
    """Arbitrary bytes give a well-formed reading, never an exception: answers only to known questions, each
    once, none empty."""
    _well_formed(parse_reply(raw, questionnaire=DEFAULT_QUESTIONS, interview_date=D0))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_parse_text_never_raises(text: str) -> None:
    """Arbitrary text gives a well-formed reading, never an exception."""
    _well_formed(parse_text(text, questionnaire=DEFAULT_QUESTIONS, interview_date=D0))


LINE_PIECES = st.sampled_from(
    [
        "1. 7/10",
        "> 1. How did it go? Rate your overall performance from 0 to 10.",
        ">",
        "",
        "12) next Friday",
        "On Thu, Nov 26, 2026 at 3:10 PM Maya <m@example.com> wrote:",
        "-- ",
        "Sent from my iPhone",
        "From: a@b.c",
        "Sent: today",
        "> > deep",
        "8. €85k",
        "________________________________",
        "Q3: meh",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(LINE_PIECES, st.text(max_size=40)), max_size=30),
    st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "utf-16", "koi8-r", "us-ascii"]),
    st.sampled_from(["plain", "html"]),
    st.sampled_from(["base64", "quoted-printable", "8bit", "7bit"]),
    st.booleans(),
)
def test_parse_reply_never_raises_on_generated_mime(
    lines: list[str], charset: str, subtype: str, cte: str, nested: bool
) -> None:
    """Generated (sub)MIME messages in many charsets and encodings parse without an exception."""
    body = "\n".join(lines)
    message = EmailMessage()
    try:
        message.set_content(
            body.encode(charset, "replace"),
            maintype="text",
            subtype=subtype,
            cte=cte,
            params={"charset": charset, "format": "flowed"},
        )
    except (ValueError, TypeError):
        message.set_content(body)
    if nested:
        outer = EmailMessage()
        outer.make_mixed()
        outer.attach(message)
        outer.add_attachment(body.encode("utf-8", "replace"), maintype="application", subtype="octet-stream")
        message = outer
    _well_formed(parse_reply(message, questionnaire=DEFAULT_QUESTIONS, interview_date=D0))
