"""A state with several interviews in different places, for the report, the dashboard and the digest tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from followupd.adapters.store.db import Store
from followupd.domain.models import (
    DebriefState,
    FollowupState,
    Interview,
    Lifecycle,
    Person,
    ReferencesState,
    ThanksState,
    Tracks,
)

# (company, role, days before `now`, tracks, lifecycle, answers as question id -> (text, value))
OPPORTUNITIES: list[tuple[str, str, float, Tracks, Lifecycle, dict[str, tuple[str, Any]]]] = [
    (
        "Initech",
        "Staff Engineer",
        23,
        Tracks(DebriefState.answered, ThanksState.sent, followup=FollowupState.gone_quiet),
        Lifecycle.active,
        {
            "rating": ("4/10", 4),
            "want_job": ("no", "no"),
            "reservations": ("The team seemed stretched thin", None),
        },
    ),
    (
        "Globex",
        "Platform Engineer",
        14,
        Tracks(DebriefState.answered, ThanksState.sent, followup=FollowupState.reminded),
        Lifecycle.active,
        {
            "rating": ("6", 6),
            "want_job": ("not sure", "unsure"),
            "money": ("£70-75k", None),
            "reservations": ("A long commute twice a week", None),
            "hear_back": ("in a week", "2026-11-19"),
        },
    ),
    (
        "Hooli",
        "Site Reliability Engineer",
        8,
        Tracks(DebriefState.answered, ThanksState.sent, ReferencesState.drafted, FollowupState.waiting),
        Lifecycle.active,
        {
            "rating": ("8.5", 8.5),
            "want_job": ("yes!", "yes"),
            "money": ("$140k base, equity", None),
            "hear_back": ("next Friday", "2026-11-27"),
        },
    ),
    ("Vandelay Industries", "Importer", 6, Tracks(), Lifecycle.cancelled, {}),
    (
        "Acme",
        "Senior Backend Engineer",
        2 / 24,
        Tracks(DebriefState.answered, ThanksState.drafted),
        Lifecycle.active,
        {
            "rating": ("7.5/10", 7.5),
            "want_job": ("yes", "yes"),
            "money": ("€85k base + 10% bonus", None),
            "reservations": ("On call every third week", None),
            "hear_back": ("by next Friday", "2026-12-04"),
        },
    ),
    ("Umbrella Labs", "Backend Developer", -3, Tracks(), Lifecycle.active, {}),
]


def add_opportunities(store: Store, *, now: datetime) -> dict[str, int]:
    """Save the interviews above (Acme updates build_app's interview when it is there); company -> id."""
    ids: dict[str, int] = {}
    with store.transaction():
        for number, (company, role, days_ago, tracks, lifecycle, answers) in enumerate(OPPORTUNITIES):
            start = now - timedelta(days=days_ago) - timedelta(hours=1)
            uid = "u1" if company == "Acme" else f"opp-{number}"  # tests.support.build_app's interview
            existing = store.interview_by_key("work", uid, "")
            interview = Interview(
                id=existing.id if existing else 0,
                source="work",
                uid=uid,
                recurrence_id="",
                company=company,
                role=role,
                start=start,
                end=start + timedelta(hours=1),
                tzid="Europe/Berlin",
                lifecycle=lifecycle,
                tracks=tracks,
                interviewers=(Person("Jane Doe", f"jane@{company.split()[0].lower()}.example"),),
            )
            ids[company] = store.save_interview(interview, now=now, token=f"opp{number:05d}")
            for question_id, (text, value) in answers.items():
                store.save_answer(ids[company], question_id, text, value, via="email", reply_id=None, now=now)
    return ids
