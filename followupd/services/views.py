"""The stable JSON shapes of interviews and debriefs, shared by `--json` output and the web layer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from followupd.adapters.store.db import Store
from followupd.domain.models import CalendarEvent, Detection, Interview, Lifecycle
from followupd.domain.questionnaire import Questionnaire

__all__ = ["debrief_json", "interview_json", "scan_json"]


def _utc(dt: datetime | None) -> str | None:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if dt else None


def interview_json(interview: Interview) -> dict[str, Any]:
    return {
        "id": interview.id,
        "source": interview.source,
        "calendar_uid": interview.uid,
        "recurrence_id": interview.recurrence_id or None,
        "cancelled": interview.lifecycle is Lifecycle.cancelled,
        "start": _utc(interview.start),
        "end": _utc(interview.end),
        "timezone": interview.tzid,
        "company": interview.company,
        "role": interview.role,
        "interviewers": [{"name": p.name, "email": p.email} for p in interview.interviewers],
        "meeting_link": interview.meeting_link or None,
        "stage": interview.stage.value,  # derived from lifecycle and the debrief track, for older readers
        "lifecycle": interview.lifecycle.value,
        "tracks": {
            "debrief": interview.tracks.debrief.value,
            "thanks": interview.tracks.thanks.value,
            "references": interview.tracks.references.value,
            "followup": interview.tracks.followup.value,
        },
        "edited": sorted(interview.edited),
    }


def debrief_json(store: Store, interview_id: int, questionnaire: Questionnaire) -> dict[str, Any]:
    answers = store.answers(interview_id)
    replies = store.replies(interview_id)
    reply_ids = {r["id"]: r["message_id"] for r in replies}
    rows = store.conn.execute(
        "SELECT question_id, reply_id FROM answers WHERE interview_id = ?", (interview_id,)
    )
    source = {r[0]: reply_ids.get(r[1]) for r in rows}
    questions = []
    for number, question in enumerate(questionnaire.questions, start=1):
        text, value, via = answers.get(question.id, (None, None, None))
        questions.append(
            {
                "id": question.id,
                "number": number,
                "kind": question.kind.value,
                "text": question.text,
                "answer": text,
                "value": value,
                "via": via,
                "reply": source.get(question.id),
            }
        )
    extra = sorted(set(answers) - {q.id for q in questionnaire.questions})
    return {
        "answered": sum(1 for q in questions if q["answer"] is not None),
        "total": len(questions),
        "questions": questions,
        "other_answers": {qid: answers[qid][0] for qid in extra},
        "replies": [
            {
                "message_id": r["message_id"],
                "received_at": r["received_at"],
                "shape": r["shape"],
                "free_notes": r["free_notes"] or None,
            }
            for r in replies
        ],
    }


def scan_json(event: CalendarEvent, detection: Detection) -> dict[str, Any]:
    return {
        "source": event.source,
        "calendar_uid": event.uid,
        "recurrence_id": event.recurrence_id or None,
        "summary": event.summary,
        "is_interview": detection.is_interview,
        "rule": detection.rule,
        "cancelled": event.cancelled,
        "all_day": event.all_day,
        "start": _utc(event.start),
        "end": _utc(event.end),
        "timezone": event.tzid,
        "company": detection.company,
        "role": detection.role,
        "interviewers": [{"name": p.name, "email": p.email} for p in detection.interviewers],
        "meeting_link": detection.meeting_link or None,
        "stage": None,
    }
