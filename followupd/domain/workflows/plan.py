"""What a workflow returns: the interview to save and the effects (timers, mail) that go with it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from followupd.domain.models import Interview

__all__ = [
    "NOTHING",
    "CancelTimer",
    "DraftHeadsUps",
    "DraftThanks",
    "Effect",
    "MailKind",
    "Plan",
    "QueueMail",
    "RemindFollowup",
    "SetTimer",
    "Subject",
    "SubjectKind",
    "TimerKind",
]


class TimerKind(enum.StrEnum):
    debrief = "debrief"
    reminder = "debrief_reminder"
    digest = "digest"
    thanks_draft = "thanks_draft"  # interview subject: draft plain notes if no debrief came by then
    thanks_release = "thanks_release"  # draft subject: the undo time after approval is over
    followup_due = "followup_due"  # interview subject: no word from the company by now -> remind the user


class MailKind(enum.StrEnum):
    debrief = "debrief"
    reminder = "reminder"
    confirmation = "confirmation"
    digest = "digest"
    series_notice = "series_notice"  # a recurring series titled as an interview was not taken as interviews
    reply_set_aside = "reply_set_aside"  # a reply could not be recorded after several tries
    thanks_approval = "thanks_approval"  # the drafted notes, listed for the user to approve
    thanks_failed = "thanks_failed"  # a note the server refused, told to the user
    references_approval = "references_approval"  # the drafted heads-ups to references, for approval
    thanks_confirmation = (
        "thanks_confirmation"  # the answer to an approval reply: what was done, what leaves when
    )
    followup_reminder = "followup_reminder"  # no word from the company: a reminder and a check-in to approve


class SubjectKind(enum.StrEnum):
    """What a timer is about: an interview; a draft or a reference once those tracks exist; the weekly digest."""

    interview = "interview"
    draft = "draft"
    reference = "reference"
    digest = "digest"  # one for the user as a whole: its id is always 0


@dataclass(frozen=True)
class Subject:
    """The thing a timer belongs to, stored as "<kind>:<id>" so that one table holds every kind of timer."""

    kind: SubjectKind
    id: int

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.id}"

    @classmethod
    def parse(cls, key: str) -> Subject:
        kind, _, number = key.partition(":")
        return cls(SubjectKind(kind), int(number))

    @classmethod
    def interview(cls, interview_id: int) -> Subject:
        return cls(SubjectKind.interview, interview_id)


@dataclass(frozen=True)
class SetTimer:
    """Set (or move) the timer `kind` of `subject`; no subject means the plan's interview."""

    kind: TimerKind
    due: datetime
    subject: Subject | None = None


@dataclass(frozen=True)
class CancelTimer:
    kind: TimerKind
    subject: Subject | None = None


@dataclass(frozen=True)
class QueueMail:
    """Queue one message about this interview; `key` makes it unique, so a repeat decision queues nothing."""

    kind: MailKind
    key: str


@dataclass(frozen=True)
class DraftThanks:
    """Draft one thank-you note per interviewer; `plain` drafts use nothing from the debrief answers."""

    plain: bool


@dataclass(frozen=True)
class RemindFollowup:
    """Remind the user that the company has not written, and draft a check-in; `round` 2 is the last one."""

    round: int


@dataclass(frozen=True)
class DraftHeadsUps:
    """Draft a heads-up to each configured reference not yet told about this company (`force`: also to those
    told), or only to the references numbered in `only` (1-based, in config order)."""

    force: bool = False
    only: tuple[int, ...] = ()


Effect = SetTimer | CancelTimer | QueueMail | DraftThanks | DraftHeadsUps | RemindFollowup


@dataclass(frozen=True)
class Plan:
    """The interview to save (None: leave the state as it is) and the effects that go with it."""

    interview: Interview | None
    effects: tuple[Effect, ...] = ()
    note: str = ""


NOTHING = Plan(None)
