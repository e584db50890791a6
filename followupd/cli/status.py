"""`followupd status`: interviews, what is due, and the health of each connection."""

from __future__ import annotations

import argparse
from zoneinfo import ZoneInfo

from followupd.cli.output import EXIT_OK, print_json, print_table
from followupd.domain.models import Stage
from followupd.services.app import load_app
from followupd.services.views import interview_json

__all__: list[str] = []


def cmd_status(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    store = app.store
    interviews = store.interviews()
    answered = {i.id: len(store.answers(i.id)) for i in interviews}
    outbox = store.outbox()
    data = {
        "interviews": [interview_json(i) | {"answered": answered[i.id]} for i in interviews],
        "timers": [
            {
                "kind": k,
                "subject": subject,
                "interview_id": int(subject.split(":")[1]) if subject.startswith("interview:") else None,
                "due": d.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
            for k, subject, d in store.timers()
        ],
        "outbox": {
            s: sum(1 for r in outbox if r.status == s)
            for s in (
                "drafted",
                "approved",
                "pending",
                "sending",
                "sent",
                "failed",
                "uncertain",
                "sent_by_user",
            )
        },
        "failed": [
            {"id": r.id, "kind": r.kind, "subject": r.subject, "error": r.last_error}
            for r in outbox
            if r.status == "failed"
        ],
        "uncertain": [
            {
                "id": r.id,
                "kind": r.kind,
                "subject": r.subject,
                "to": list(r.recipients),
                "error": r.last_error,
            }
            for r in outbox
            if r.status == "uncertain"
        ],
        "missed": [i.id for i in interviews if i.stage is Stage.missed],
        "notes": [
            {
                "id": n.outbox_id,
                "interview_id": n.interview_id,
                "to": n.email or None,
                "name": n.name,
                "status": n.status.value,
                "error": n.last_error or None,
            }
            for n in store.notes()
            if n.status.value in ("drafted", "approved", "pending", "failed", "uncertain")
        ],
        "health": [
            {"component": h["component"], "ok": bool(h["ok"]), "detail": h["detail"], "at": h["at"]}
            for h in store.health()
        ],
        "next_wakeup": (w.strftime("%Y-%m-%dT%H:%M:%SZ") if (w := store.next_wakeup()) else None),
    }
    if args.json:
        print_json(data)
        return EXIT_OK
    tz = ZoneInfo(app.settings.account.timezone)
    rows = [
        [
            str(i.id),
            i.start.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            i.company,
            i.role,
            i.stage.value,
            f"{answered[i.id]}/{len(app.settings.questionnaire)}",
        ]
        for i in interviews
    ]
    print_table(rows, ["ID", "START", "COMPANY", "ROLE", "STAGE", "ANSWERS"], empty="No interviews yet.")
    print(f"\nOutbox: {data['outbox']}")
    for failed in data["failed"]:
        print(f"  failed #{failed['id']} {failed['subject']}: {failed['error']}")
    for row in data["uncertain"]:
        print(f"  uncertain #{row['id']} {row['subject']} to {', '.join(row['to'])}: {row['error']}")
    for note in store.notes():
        if note.status.value in ("drafted", "approved", "pending"):
            where = "" if note.in_drafts or not note.email else " (not in your Drafts folder)"
            who = note.email or f"{note.name}, no address yet"
            print(f"  thank-you note #{note.outbox_id} to {who}: {note.status.value}{where}")
    for missed in data["missed"]:
        print(f"  missed: interview {missed} ended too long before followupd could ask about it")
    for h in data["health"]:
        print(f"{'ok    ' if h['ok'] else 'FAILED'} {h['component']}: {h['detail']} (at {h['at']})")
    if data["next_wakeup"]:
        print(f"Next due: {data['next_wakeup']}")
    return EXIT_OK
