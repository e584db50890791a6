"""The overview's query side: every interview as an opportunity, in the shapes the report, dashboard and digest use."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from followupd.adapters.store.db import Store
from followupd.config.settings import Settings
from followupd.domain import signing
from followupd.domain.models import Interview, Lifecycle
from followupd.domain.overview import Opportunity, RatingPoint, SortKey, ratings_over_time, sort_opportunities
from followupd.domain.signing import Purpose
from followupd.services.views import utc_text

__all__ = ["DASHBOARD", "dashboard_link", "opportunities", "opportunity_json", "rating_json", "report_json"]

DASHBOARD = Purpose.dashboard  # the signed link's purpose
_SUBJECT = "all"  # a dashboard link shows every interview, so its subject names no single one


def _rating(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _opportunity(interview: Interview, answers: dict[str, tuple[str, Any]], zone: ZoneInfo) -> Opportunity:
    def text(question_id: str) -> str:
        return answers[question_id][0].strip() if question_id in answers else ""

    def value(question_id: str) -> Any:
        return answers[question_id][1] if question_id in answers else None

    want = value("want_job")
    return Opportunity(
        interview_id=interview.id,
        company=interview.company,
        role=interview.role,
        start=interview.start,
        day=interview.start.astimezone(zone).date(),
        lifecycle=interview.lifecycle,
        tracks=interview.tracks,
        rating=_rating(value("rating")),
        want_job=want if want in ("yes", "no", "unsure") else None,
        money=text("money"),
        reservations=text("reservations"),
        hear_back=_day(value("hear_back")),
    )


def opportunities(store: Store, settings: Settings) -> list[Opportunity]:
    """Every interview she has not marked as "not an interview", with her answers, in date order.

    Answers are read by the default questions' ids (rating, want_job, money, reservations, hear_back); a
    replaced questionnaire without them leaves those columns empty.
    """
    zone = ZoneInfo(settings.account.timezone)
    answers = store.all_answers()
    return [
        _opportunity(i, answers.get(i.id, {}), zone)
        for i in store.interviews()
        if i.lifecycle is not Lifecycle.ignored
    ]


def opportunity_json(item: Opportunity) -> dict[str, Any]:
    return {
        "id": item.interview_id,
        "company": item.company,
        "role": item.role,
        "start": utc_text(item.start),
        "date": item.day.isoformat(),
        "rating": item.rating,
        "want_job": item.want_job,
        "money": item.money or None,
        "reservations": item.reservations or None,
        "hear_back": item.hear_back.isoformat() if item.hear_back else None,
        "lifecycle": item.lifecycle.value,
        "tracks": {
            "debrief": item.tracks.debrief.value,
            "thanks": item.tracks.thanks.value,
            "references": item.tracks.references.value,
            "followup": item.tracks.followup.value,
        },
    }


def rating_json(point: RatingPoint) -> dict[str, Any]:
    return {
        "date": point.day.isoformat(),
        "interview_id": point.interview_id,
        "company": point.company,
        "rating": point.rating,
    }


def report_json(items: list[Opportunity], *, sort: SortKey, descending: bool) -> dict[str, Any]:
    """The stable shape of `followupd report --json` (documented in docs/cli.md)."""
    return {
        "sort": sort.value,
        "order": "desc" if descending else "asc",
        "opportunities": [
            opportunity_json(i) for i in sort_opportunities(items, sort, descending=descending)
        ],
        "ratings": [rating_json(p) for p in ratings_over_time(items)],
    }


def dashboard_link(settings: Settings, link_key: bytes, *, now: datetime) -> str:
    """A signed link to the dashboard, valid for `web.link_ttl`."""
    token = signing.sign(link_key, purpose=DASHBOARD, subject=_SUBJECT, expires=now + settings.web.link_ttl)
    return f"{settings.web.public_url}/dashboard/{token}"
