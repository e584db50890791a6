"""The confirmation of a recorded reply: what this reply gave, what the debrief now has, and how to correct it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from followupd.adapters.mail.imap import Headers
from followupd.domain.replies import Money, ParsedReply, Rating, Value, WantJob
from followupd.domain.workflows.plan import MailKind
from followupd.services.core import Service

__all__ = ["echo", "queue_confirmation"]

_WANT = {WantJob.yes: "yes", WantJob.no: "no", WantJob.unsure: "not sure"}


def echo(value: Value | None) -> str:
    """A value read from an answer, written back so the user can check it: 7/10, Friday 4 December 2026."""
    if isinstance(value, Rating):
        score = int(value.score) if float(value.score).is_integer() else value.score
        return f"{score}/10"
    if isinstance(value, WantJob):
        return _WANT[value]
    if isinstance(value, Money):
        amounts = [
            " ".join(
                x for x in (f"{a.amount:,}", a.currency or "", f"per {a.period}" if a.period else "") if x
            )
            for a in value.amounts
        ]
        return ", ".join(amounts) or value.text
    if isinstance(value, date):
        return f"{value:%A} {value.day} {value:%B %Y}"
    return ""


def queue_confirmation(
    service: Service, interview_id: int, headers: Headers, reply: ParsedReply, *, recorded: int, now: datetime
) -> None:
    """Queue the confirmation inside the caller's transaction (once per reply, by its Message-ID)."""
    questionnaire = service.settings.questionnaire
    answers = service.store.answers(interview_id)
    missing = [
        f"{n} ({q.id.replace('_', ' ')})"
        for n, q in enumerate(questionnaire.questions, start=1)
        if q.id not in answers
    ]
    read = []
    for answer in reply.answers:
        question = questionnaire.get(answer.question_id)
        if question is None:
            continue
        number = questionnaire.number_of(answer.question_id)
        shown = echo(answer.value)
        read.append({"number": number, "id": answer.question_id.replace("_", " "), "value": shown})
    interview = service.store.interview(interview_id)
    assert interview is not None
    context: dict[str, Any] = {
        "this_reply": recorded,
        "recorded": sum(1 for q in questionnaire.questions if q.id in answers),
        "total": len(questionnaire),
        "read": read,
        "example_number": read[-1]["number"] if read else len(questionnaire),
        "missing": ", ".join(missing),
        "notes": [note for a in reply.answers for note in a.notes] + list(reply.problems),
        "free_notes": reply.free_notes if not reply.answers else "",
    }
    service.outbox.queue_to_self(
        interview,
        MailKind.confirmation,
        f"confirmation:{headers.message_id}",
        now=now,
        context=context,
        in_reply_to=headers.message_id,
        references=(*headers.references, headers.message_id),
    )
