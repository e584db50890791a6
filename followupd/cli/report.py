"""`followupd report`: her opportunities side by side, her ratings over time, and the dashboard link."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from followupd.cli.output import EXIT_OK, print_json, print_table
from followupd.domain.models import Lifecycle
from followupd.domain.overview import Opportunity, SortKey, ratings_over_time, sort_opportunities
from followupd.services.app import load_app
from followupd.services.overview import dashboard_link, opportunities, report_json

__all__: list[str] = []

_WANT = {"yes": "yes", "no": "no", "unsure": "not sure"}
_WIDTH = 28  # longer money or reservations text is cut in the table; --json and the notes keep it whole


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _WIDTH else flat[: _WIDTH - 1] + "…"


def _state(value: str) -> str:
    return "-" if value == "not_started" else value.replace("_", " ")


def _row(item: Opportunity) -> list[str]:
    tracks = item.tracks
    return [
        str(item.interview_id),
        item.day.isoformat(),
        item.company or "-",
        item.role or "-",
        f"{item.rating:g}" if item.rating is not None else "-",
        _WANT.get(item.want_job or "", "-"),
        _cut(item.money) or "-",
        item.hear_back.isoformat() if item.hear_back else "-",
        "cancelled" if item.lifecycle is Lifecycle.cancelled else _state(tracks.debrief.value),
        _state(tracks.thanks.value),
        _state(tracks.references.value),
        _state(tracks.followup.value),
    ]


def cmd_report(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    if args.link:
        print(dashboard_link(app.settings, app.link_key, now=datetime.now(UTC)))
        return EXIT_OK
    items = opportunities(app.store, app.settings)
    sort = SortKey(args.sort)
    if args.json:
        print_json(report_json(items, sort=sort, descending=args.desc))
        return EXIT_OK
    ordered = sort_opportunities(items, sort, descending=args.desc)
    header = ["ID", "DATE", "COMPANY", "ROLE", "RATING", "WANT IT", "MONEY", "HEAR BACK"]
    header += ["DEBRIEF", "THANKS", "REFERENCES", "FOLLOW-UP"]
    print_table([_row(i) for i in ordered], header, empty="No interviews yet.")
    notes = [i for i in ordered if i.reservations or len(" ".join(i.money.split())) > _WIDTH]
    if notes:
        print("\nIn your words:")
    for item in notes:
        print(f"  #{item.interview_id} {item.company or 'interview'}")
        if len(" ".join(item.money.split())) > _WIDTH:
            print(f"    money: {item.money}")
        if item.reservations:
            print(f"    reservations: {item.reservations}")
    points = ratings_over_time(items)
    if points:
        print("\nYour ratings over time:")
        for point in points:
            bar = "█" * round(point.rating)
            print(f"  {point.day.isoformat()}  {point.rating:>4g}  {bar:<10}  {point.company}")
    return EXIT_OK
