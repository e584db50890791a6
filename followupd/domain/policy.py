"""The settings the domain decides with, as plain values; config/ reads them from the file and fills them in."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import time, timedelta

from followupd.domain.waits import Wait, WaitUnit

__all__ = [
    "DebriefSettings",
    "DigestSettings",
    "DraftWhen",
    "FollowupSettings",
    "HeadsUpSettings",
    "HeadsUpWhen",
    "InterviewRules",
    "ReferenceSettings",
    "ScheduleSettings",
    "ThankYouSettings",
]


@dataclass(frozen=True)
class InterviewRules:
    keywords: tuple[str, ...] = ()  # extra keywords; defaults for 20 languages always apply unless replaced
    replace_default_keywords: bool = False
    patterns: tuple[str, ...] = ()  # regexes on summary / description / location / categories
    exclude: tuple[str, ...] = ()  # regexes that veto
    calendars: tuple[str, ...] = ()  # only these calendar names; empty = all
    domains: tuple[str, ...] = ()  # organizer or attendee domains that make an event an interview
    include_all_day: bool = False
    detect_own_hiring: bool = False  # count events where the user organizes and interviews others
    track_series: tuple[str, ...] = ()  # UIDs of recurring series the user says are interviews, however long


@dataclass(frozen=True)
class DebriefSettings:
    delay: timedelta = timedelta(minutes=10)
    max_lateness: timedelta = timedelta(hours=48)
    reminder: timedelta | None = timedelta(hours=3)  # None: no reminder
    # Never more debriefs than this in one hour (a day of back-to-back rounds, a calendar glitch): the rest wait
    # an hour each, so the user is asked about every interview without her INBOX being flooded.
    max_per_hour: int = 4


class DraftWhen(enum.StrEnum):
    """After a debrief, whether to draft thank-you notes, by the answer to "do you want this job?"."""

    always = "always"
    unless_no = "unless_no"  # also when the question was not answered
    only_if_yes = "only_if_yes"


@dataclass(frozen=True)
class ThankYouSettings:
    draft_after: timedelta = timedelta(hours=18)  # after the interview's end, when no debrief came
    auto_send: bool = False
    signature: str = ""
    draft_when: DraftWhen = DraftWhen.unless_no
    language: str = "en"
    undo_after: timedelta = timedelta(minutes=5)


# Frozen values, shared safely as defaults (RUF009 wants no calls in dataclass defaults).
TEN_BUSINESS_DAYS = Wait(10, WaitUnit.business_days)
TWO_BUSINESS_DAYS = Wait(2, WaitUnit.business_days)
SEVEN_DAYS = Wait(7, WaitUnit.days)


@dataclass(frozen=True)
class FollowupSettings:
    """When to remind the user about a company that has not written since the interview."""

    enabled: bool = True
    default_wait: Wait = TEN_BUSINESS_DAYS  # after the interview, when no hear-back date was given
    grace: Wait = TWO_BUSINESS_DAYS  # after the end of the hear-back day
    second_after: Wait = SEVEN_DAYS  # the second (last) reminder; as long again until "gone quiet"
    language: str = "en"


@dataclass(frozen=True)
class ReferenceSettings:
    name: str
    email: str
    relationship: str = ""
    notes: str = ""  # what they can speak to (`speaks_to` in the config; `notes` is its older name)
    auto_send: bool = False
    timezone: str = ""  # IANA; their sending window's zone ("" = the user's)
    max_per_month: int = 3  # asked this often in 30 days already: flagged in the approval email

    @property
    def speaks_to(self) -> str:
        return self.notes


class HeadsUpWhen(enum.StrEnum):
    """When heads-ups to references are drafted without being asked, by the answer to "do you want this job?"."""

    yes = "yes"
    yes_or_unsure = "yes_or_unsure"
    never = "never"  # only on demand (CLI, review page, "refs" in a reply)


@dataclass(frozen=True)
class HeadsUpSettings:
    when: HeadsUpWhen = HeadsUpWhen.yes
    language: str = "en"


@dataclass(frozen=True)
class ScheduleSettings:
    window_start: time = time(8, 0)
    window_end: time = time(19, 0)
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    quiet_start: time | None = None  # no mail to the user between these times either
    quiet_end: time | None = None
    digest: DigestSettings | None = field(default_factory=lambda: DigestSettings())  # None: no weekly digest


@dataclass(frozen=True)
class DigestSettings:
    """When the weekly digest goes out, in the user's zone."""

    weekday: int = 0  # Monday = 0
    at: time = time(8, 0)
