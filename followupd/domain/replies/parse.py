"""The reply parser's entry points: a reply message or text in, answers with typed values out."""

from __future__ import annotations

from datetime import date
from email.message import Message

from ..questionnaire import Kind, Question, Questionnaire
from .assign import assign_inline, assign_numbered, debrief_start, evidence
from .dates import read_date, says_no_date
from .mime import message_text
from .model import Money, ParsedAnswer, ParsedReply, Rating, Value
from .quotes import name_words, own_lines, split_lines
from .values import read_money, read_rating
from .want import read_want_job

__all__ = ["own_text", "parse_reply", "parse_text", "read_value"]


def parse_reply(
    message: bytes | str | Message,
    *,
    questionnaire: Questionnaire,
    interview_date: date,
    own_addresses: tuple[str, ...] = (),
) -> ParsedReply:
    """Parses a whole reply message (raw bytes or a parsed Message). Never raises: trouble is a problem line.

    The display name in From (the user's own name) joins own_addresses to recognise a signed name.
    """
    try:
        text, problems, sender = message_text(message)
    except Exception as error:  # a broken message must not stop the daemon; say what happened instead
        return ParsedReply(
            "", (), "", "free", (f"could not read the message: {type(error).__name__}: {error}",)
        )
    reply = parse_text(
        text,
        questionnaire=questionnaire,
        interview_date=interview_date,
        own_addresses=own_addresses,
        own_names=(sender,) if sender else (),
    )
    if problems:
        return ParsedReply(
            reply.own_text, reply.answers, reply.free_notes, reply.shape, problems + reply.problems
        )
    return reply


def own_text(message: bytes | str | Message, *, own_addresses: tuple[str, ...] = ()) -> str:
    """Her own new text with her closing kept (quoted history, a mobile signature and footers still removed):
    the body of a note she rewrote by reply ("edit 2" and the new text), which ends with her sign-off and
    name. Never raises: an unreadable message is no text."""
    try:
        text, _problems, sender = message_text(message)
        lines = split_lines(text.replace("\r\n", "\n").replace("\r", "\n"))
        names = name_words(own_addresses, (sender,) if sender else ())
        return "\n".join(
            line.text for line in own_lines(lines, own_addresses, names, keep_closing=True)
        ).strip()
    except Exception:  # heuristics over open-ended text: no text rather than a crash
        return ""


def parse_text(
    text: str,
    *,
    questionnaire: Questionnaire,
    interview_date: date,
    own_addresses: tuple[str, ...] = (),
    own_names: tuple[str, ...] = (),
) -> ParsedReply:
    """Parses a reply body already taken out of its message (the web form, tests). Never raises."""
    try:
        return _parse(
            text,
            questionnaire=questionnaire,
            interview_date=interview_date,
            own_addresses=own_addresses,
            names=name_words(own_addresses, own_names),
        )
    except Exception as error:  # the parser is heuristics over open-ended text: fail soft and keep the text
        return ParsedReply(
            text.strip() if isinstance(text, str) else "",
            (),
            text.strip() if isinstance(text, str) else "",
            "free",
            (f"parser error: {type(error).__name__}: {error}",),
        )


def _parse(
    text: str,
    *,
    questionnaire: Questionnaire,
    interview_date: date,
    own_addresses: tuple[str, ...],
    names: frozenset[str],
) -> ParsedReply:
    lines = split_lines(text.replace("\r\n", "\n").replace("\r", "\n"))
    start = debrief_start(lines, questionnaire)
    own = own_lines(lines if start is None else lines[:start], own_addresses, names)
    readings = [
        (
            "inline",
            assign_inline(lines, questionnaire=questionnaire, own_addresses=own_addresses, names=names),
        ),
        ("numbered", assign_numbered(own, questionnaire=questionnaire, names=names)),
    ]
    scored = [
        (
            evidence(assignment, lines, questionnaire=questionnaire, own_addresses=own_addresses),
            -rank,
            shape,
            assignment,
        )
        for rank, (shape, assignment) in enumerate(readings)
        if assignment is not None and assignment.answers
    ]
    if not scored:
        own_text = "\n".join(line.text for line in own).strip()
        return ParsedReply(own_text, (), own_text, "free", ())
    _, _, shape, assignment = max(scored, key=lambda item: item[:2])
    answers = []
    context = "\n".join(assignment.own)  # her other words tell which krona "kr" is
    for question_id, answer_text in assignment.answers:
        question = questionnaire.get(question_id)
        assert question is not None
        value, notes = read_value(question, answer_text, interview_date, context=context)
        if question.kind is Kind.date and value is None and says_no_date(answer_text):
            continue  # "they didn't say": no date to remember, so no answer (money's "not discussed" is one)
        answers.append(ParsedAnswer(question_id, answer_text, value, notes))
    own_text = "\n".join(assignment.own).strip()
    return ParsedReply(own_text, tuple(answers), assignment.notes, shape, assignment.problems)


def read_value(
    question: Question, text: str, interview_date: date, *, context: str = ""
) -> tuple[Value | None, tuple[str, ...]]:
    """The typed value of one answer by the question's kind, with notes when it could not be read.

    context, the rest of her reply, only tells a money answer which currency "kr" is."""
    if question.kind is Kind.rating:
        score, note = read_rating(text)
        return (Rating(score) if score is not None else None), ((note,) if note else ())
    if question.kind is Kind.choice:
        want = read_want_job(text)
        return want, (() if want else ("no yes / no / not sure found",))
    if question.kind is Kind.money:
        money: Money | None = read_money(text, context=context)
        if money is None and text.strip():
            # "not discussed yet" answers the money question: the text is kept, with no amounts
            return Money((), text.strip()), ("no amount found",)
        return money, (() if money else ("no amount found",))
    if question.kind is Kind.date:
        found = read_date(text, interview_date)
        return found, (() if found else ("no date could be resolved",))
    return None, ()
