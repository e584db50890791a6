"""The stable JSON shapes of interviews and debriefs, shared by `--json` output and the web layer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from followupd.adapters.store.db import NoteRow, Store
from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.models import (
    CalendarEvent,
    DebriefState,
    Detection,
    FollowupState,
    Interview,
    Lifecycle,
    ReferencesState,
    ThanksState,
)
from followupd.domain.questionnaire import Questionnaire

__all__ = ["FOLLOWUP_DUE", "debrief_json", "interview_json", "overview_json", "scan_json", "when"]


def utc_text(dt: datetime | None) -> str | None:
    """A time as JSON shows it: UTC, to the second, with a Z (None stays None)."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if dt else None


def interview_json(interview: Interview) -> dict[str, Any]:
    return {
        "id": interview.id,
        "source": interview.source,
        "calendar_uid": interview.uid,
        "recurrence_id": interview.recurrence_id or None,
        "cancelled": interview.lifecycle is Lifecycle.cancelled,
        "start": utc_text(interview.start),
        "end": utc_text(interview.end),
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
        "start": utc_text(event.start),
        "end": utc_text(event.end),
        "timezone": event.tzid,
        "company": detection.company,
        "role": detection.role,
        "interviewers": [{"name": p.name, "email": p.email} for p in detection.interviewers],
        "meeting_link": detection.meeting_link or None,
        "stage": None,
    }


# --- the overview of one interview: each track in words, and what waits for her ---------------------------------
_NOUN = {
    NotePurpose.thanks: ("thank-you note", "thank-you notes"),
    NotePurpose.heads_up: ("heads-up", "heads-ups"),
    NotePurpose.check_in: ("check-in", "check-ins"),
}
FOLLOWUP_DUE = "followup_due"  # the follow-up track's timer kind (interview subject)
_DONE = (OutboxStatus.sent, OutboxStatus.sent_by_user)


def when(moment: datetime, tz: ZoneInfo, *, now: datetime) -> str:
    """'16:35 CET' today, else 'Wed 2 Dec 16:35 CET' (the year when it is not this one)."""
    local, today = moment.astimezone(tz), now.astimezone(tz)
    if local.date() == today.date():
        return local.strftime("%H:%M %Z")
    fmt = "%a %-d %b %H:%M %Z" if local.year == today.year else "%a %-d %b %Y %H:%M %Z"
    return local.strftime(fmt)


def _notes_words(notes: list[NoteRow], purpose: NotePurpose) -> str:
    """'2 thank-you notes' when all are in one state, else '3 thank-you notes: 2 wait for your approval, 1 sent'."""
    one, many = _NOUN[purpose]
    mine = [n for n in notes if n.purpose is purpose and n.status is not OutboxStatus.discarded]
    if not mine:
        return ""
    parts = []
    for states, single, plural in (
        ((OutboxStatus.drafted,), "waits for your approval", "wait for your approval"),
        (
            (OutboxStatus.approved, OutboxStatus.pending, OutboxStatus.sending),
            "is on its way",
            "are on their way",
        ),
        (_DONE, "sent", "sent"),
        ((OutboxStatus.failed,), "failed", "failed"),
        ((OutboxStatus.uncertain,), "may not have left", "may not have left"),
    ):
        count = sum(1 for n in mine if n.status in states)
        if count:
            parts.append(f"{count} {single if count == 1 else plural}")
    total = len(mine)
    counted = f"{total} {one if total == 1 else many}"
    return counted if len(parts) == 1 else counted + ": " + ", ".join(parts)


def _track_words(
    interview: Interview,
    *,
    notes: list[NoteRow],
    answered: int,
    total: int,
    followup_due: datetime | None,
    tz: ZoneInfo,
    now: datetime,
) -> dict[str, str]:
    tracks = interview.tracks
    debrief = {
        DebriefState.waiting: "you will be asked how it went once it has ended",
        DebriefState.sent: "questionnaire sent; no answers yet",
        DebriefState.answered: f"answered ({answered} of {total} questions)",
        DebriefState.missed: "missed: it ended too long before followupd could ask",
    }[tracks.debrief]
    thanks = {
        ThanksState.not_started: "not drafted yet",
        ThanksState.drafted: "drafted, waiting for your approval",
        ThanksState.approved: "approved, leaving in the sending window",
        ThanksState.sent: "sent",
        ThanksState.skipped: "not needed (you did not want the job, or you discarded them)",
    }[tracks.thanks]
    references = {
        ReferencesState.not_started: "nobody told yet",
        ReferencesState.drafted: "heads-ups drafted, waiting for your approval",
        ReferencesState.told: "your references know a call may come",
        ReferencesState.skipped: "not needed",
    }[tracks.references]
    at = when(followup_due, tz, now=now) if followup_due else ""
    followup = {
        FollowupState.not_started: "not started",
        FollowupState.waiting: "waiting to hear back"
        + (f"; if no word comes, a check-in is drafted for you {at}" if at else ""),
        FollowupState.reminded: "no word yet: you were reminded and a check-in was drafted"
        + (f"; the last one comes {at} if still no word" if at else ""),
        FollowupState.heard_back: "they wrote back",
        FollowupState.gone_quiet: "gone quiet: no word after two check-ins, nothing more will be sent",
    }[tracks.followup]
    words = {"debrief": debrief, "thanks": thanks, "references": references, "followup": followup}
    for track, purpose in (
        ("thanks", NotePurpose.thanks),
        ("references", NotePurpose.heads_up),
        ("followup", NotePurpose.check_in),
    ):
        counted = _notes_words(notes, purpose)
        if counted:
            words[track] += f" ({counted})"
    return words


def _waiting(notes: list[NoteRow], *, tz: ZoneInfo, now: datetime) -> list[dict[str, Any]]:
    """What waits for her: notes to approve (by purpose), notes without an address, failed and uncertain ones."""
    items: list[dict[str, Any]] = []
    for purpose in NotePurpose:
        one, many = _NOUN[purpose]
        mine = [n for n in notes if n.purpose is purpose]
        groups = (
            ("approve", [n for n in mine if n.status is OutboxStatus.drafted and n.email],
             "to approve: reply \"approve\" to the approval email, use the review page or `followupd drafts`"),
            ("address", [n for n in mine if n.status is OutboxStatus.drafted and not n.email],
             "need an address: `followupd drafts address ID EMAIL`"),
            ("failed", [n for n in mine if n.status is OutboxStatus.failed],
             "failed: see `followupd drafts show ID`"),
            ("uncertain", [n for n in mine if n.status is OutboxStatus.uncertain],
             "may or may not have left: look in your Sent folder, then `followupd drafts`"),
        )  # fmt: skip
        for what, group, advice in groups:
            if not group:
                continue
            since = min(n.created_at for n in group)
            numbers = ", ".join(str(n.number) for n in group)
            noun = one if len(group) == 1 else many
            items.append(
                {
                    "what": what,
                    "purpose": purpose.value,
                    "numbers": [n.number for n in group],
                    "ids": [n.outbox_id for n in group],
                    "since": utc_text(since),
                    "error": next((n.last_error for n in group if n.last_error), None),
                    "words": f"{noun} {numbers} {advice} (since {when(since, tz, now=now)})",
                }
            )
    return items


def overview_json(
    interview: Interview,
    *,
    notes: list[NoteRow],
    answered: int,
    total: int,
    followup_due: datetime | None,
    asked_at: datetime | None,
    tz: ZoneInfo,
    now: datetime,
) -> dict[str, Any]:
    """One interview for `status`: each track's state and words, what waits for her, the next follow-up date.

    `asked_at` is when the debrief questionnaire went out (None: not sent); unanswered, it waits for her."""
    mine = [n for n in notes if n.interview_id == interview.id]
    waiting = _waiting(mine, tz=tz, now=now)
    if interview.tracks.debrief is DebriefState.sent and interview.active:
        since = f" (since {when(asked_at, tz, now=now)})" if asked_at else ""
        answer = "the debrief questions: reply to the email or use its form" + since
        waiting.insert(
            0,
            {"what": "answer", "purpose": None, "numbers": [], "ids": [], "since": utc_text(asked_at),
             "error": None, "words": answer},
        )  # fmt: skip
    words = _track_words(
        interview, notes=mine, answered=answered, total=total, followup_due=followup_due, tz=tz, now=now
    )
    states = {
        "debrief": interview.tracks.debrief.value,
        "thanks": interview.tracks.thanks.value,
        "references": interview.tracks.references.value,
        "followup": interview.tracks.followup.value,
    }
    return {
        "interview_id": interview.id,
        "company": interview.company,
        "role": interview.role,
        "start": utc_text(interview.start),
        "lifecycle": interview.lifecycle.value,
        "tracks": {k: {"state": states[k], "words": words[k]} for k in states},
        "followup_due": utc_text(followup_due),
        "waiting": waiting,
    }
