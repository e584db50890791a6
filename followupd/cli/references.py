"""`followupd references [notify]`: the references with their recent heads-ups, and heads-ups drafted on demand."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from followupd.cli.drafts import note_json
from followupd.cli.output import EXIT_OK, print_json, print_table
from followupd.services.app import load_app
from followupd.services.references import ReferenceView
from followupd.services.views import utc_text

__all__: list[str] = []


def _now() -> datetime:
    return datetime.now(UTC)


def reference_json(view: ReferenceView) -> dict[str, Any]:
    return {
        "number": view.number,
        "name": view.name,
        "email": view.email,
        "relationship": view.relationship or None,
        "asked_last_30_days": view.recent,
        "max_per_month": view.max_per_month,
        "last_asked": utc_text(view.last_asked),
        "companies": list(view.companies),
    }


def cmd_list(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    views = app.service.references.list(now=_now())
    if args.json:
        print_json([reference_json(v) for v in views])
        return EXIT_OK
    rows = [
        [
            f"R{v.number}",
            v.name,
            v.email,
            f"{v.recent}/{v.max_per_month}" + (" (often)" if v.recent >= v.max_per_month else ""),
            f"{v.last_asked.astimezone(UTC):%Y-%m-%d}" if v.last_asked else "-",
            ", ".join(v.companies) or "-",
        ]
        for v in views
    ]
    print_table(
        rows,
        ["REF", "NAME", "EMAIL", "LAST 30 DAYS", "LAST ASKED", "COMPANIES"],
        empty="No references configured: add [[references]] entries to the config.",
    )
    return EXIT_OK


def cmd_notify(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    references = app.service.references
    only = references.numbers(args.only) if args.only else ()
    result = references.notify(args.interview, now=_now(), force=args.force, only=only)
    if args.json:
        print_json(
            {
                "interview_id": args.interview,
                "drafted": [note_json(n) for n in result.notes],
                "already_told": list(result.already_told),
                "flags": list(result.flags),
            }
        )
        return EXIT_OK
    for note in result.notes:
        print(
            f"#{note.outbox_id} [{note.status.value}] heads-up to {note.name} <{note.email}>: {note.subject}"
        )
    for flag in result.flags:
        print(f"Note: {flag}.")
    if result.already_told:
        print(result.left_out(args.interview) + ".")
    if result.notes:
        print(
            'Approve them in reply to the email "Heads-ups for your references",'
            " on the review page or with `followupd drafts approve ID`."
        )
    return EXIT_OK
