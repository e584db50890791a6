"""The dashboard page: every opportunity side by side, sortable by links, and her ratings as an SVG chart."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from followupd.domain import signing
from followupd.domain.models import Lifecycle
from followupd.domain.overview import (
    Opportunity,
    SortKey,
    digest_content,
    rating_chart,
    ratings_over_time,
    sort_opportunities,
    waiting_for_user,
)
from followupd.services.app import App
from followupd.services.overview import DASHBOARD, opportunities

__all__ = ["BAD_LINK", "Page", "Refuse", "handler"]

BAD_LINK = (
    "This dashboard link is not valid or has expired. "
    "Run `followupd report --link` for a new one, or use the link in your latest weekly digest."
)
_WANT = {"yes": "Yes", "no": "No", "unsure": "Not sure"}
_STATES = {"not_started": "–", "waiting": "waiting", "heard_back": "heard back", "gone_quiet": "gone quiet"}
_COLUMNS = (
    (SortKey.date, "Date"),
    (SortKey.company, "Company"),
    (SortKey.rating, "Rating"),
    (SortKey.want_job, "Want it"),
    (SortKey.hear_back, "Hear back"),
)

# What the web app lends this page, so the page imports nothing from it: its page renderer, the refusal it turns
# into a plain error page, and where it keeps the App and the clock.
Page = Callable[..., web.Response]
Refuse = Callable[[int, str, str], Exception]


def _row(item: Opportunity, zone: ZoneInfo) -> dict[str, Any]:
    tracks = item.tracks
    return {
        "id": item.interview_id,
        "date": f"{item.start.astimezone(zone):%a %d %b %Y}",
        "iso_date": item.day.isoformat(),
        "company": item.company or "Interview",
        "role": item.role,
        "rating": f"{item.rating:g}" if item.rating is not None else "",
        "want": _WANT.get(item.want_job or "", ""),
        "want_class": item.want_job or "none",
        "money": item.money,
        "reservations": item.reservations,
        "hear_back": f"{item.hear_back:%a %d %b}" if item.hear_back else "",
        "cancelled": item.lifecycle is Lifecycle.cancelled,
        "tracks": [
            ("Debrief", _STATES.get(tracks.debrief.value, tracks.debrief.value)),
            ("Thanks", _STATES.get(tracks.thanks.value, tracks.thanks.value)),
            ("References", _STATES.get(tracks.references.value, tracks.references.value)),
            ("Follow-up", _STATES.get(tracks.followup.value, tracks.followup.value)),
        ],
        "waiting": bool(waiting_for_user(tracks)) and item.lifecycle is Lifecycle.active,
    }


def _sort_links(current: SortKey, descending: bool) -> list[dict[str, Any]]:
    """One link per column: the current column's link flips the order, any other starts ascending."""
    links = []
    for key, title in _COLUMNS:
        active = key is current
        order = ("asc" if descending else "desc") if active else "asc"
        arrow = (" ↓" if descending else " ↑") if active else ""
        links.append(
            {
                "key": key.value,
                "title": title,
                "query": f"?sort={key.value}&order={order}",
                "active": active,
                "arrow": arrow,
                "aria": ("descending" if descending else "ascending") if active else "none",
            }
        )
    return links


def handler(
    *,
    page: Page,
    refuse: Refuse,
    app_key: web.AppKey[App],
    clock_key: web.AppKey[Callable[[], datetime]],
) -> Callable[[web.Request], Awaitable[web.Response]]:
    """The GET handler for /dashboard/{token}, built from the web app's own page and refusal helpers."""

    async def dashboard(request: web.Request) -> web.Response:
        app = request.app[app_key]
        now = request.app[clock_key]()
        try:
            signing.verify(app.link_key, request.match_info["token"], purpose=DASHBOARD, now=now)
        except signing.BadToken as bad:
            raise refuse(403, BAD_LINK, f"dashboard link {bad.reason}") from None
        try:
            sort = SortKey(request.query.get("sort", SortKey.date.value))
        except ValueError:
            sort = SortKey.date
        descending = request.query.get("order") == "desc"
        zone = ZoneInfo(app.settings.account.timezone)
        items = opportunities(app.store, app.settings)
        chart = rating_chart(ratings_over_time(items))
        digest = digest_content(items, now=now)
        return page(
            request,
            "dashboard.html.j2",
            rows=[_row(i, zone) for i in sort_opportunities(items, sort, descending=descending)],
            links=_sort_links(sort, descending),
            chart=chart,
            waiting=len(digest.waiting),
            coming=len(digest.coming),
            timezone=app.settings.account.timezone,
        )

    return dashboard
