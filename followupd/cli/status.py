"""`followupd status`: interviews, what is due, and the health of each connection."""

from __future__ import annotations

import argparse
from zoneinfo import ZoneInfo

from followupd.adapters.store.db import Store
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
            {"kind": k, "interview_id": i, "due": d.strftime("%Y-%m-%dT%H:%M:%SZ")}
            for k, i, d in store.timers()
        ],
        "outbox": {
            s: sum(1 for r in outbox if r.status == s) for s in ("pending", "sending", "sent", "failed")
        },
        "failed": [
            {"id": r.id, "kind": r.kind, "subject": r.subject, "error": r.last_error}
            for r in outbox
            if r.status == "failed"
        ],
        "missed": [i.id for i in interviews if i.stage is Stage.missed],
        "health": [
            {"component": h["component"], "ok": bool(h["ok"]), "detail": h["detail"], "at": h["at"]}
            for h in store.health()
        ],
        "next_wakeup": (w.strftime("%Y-%m-%dT%H:%M:%SZ") if (w := store.next_wakeup()) else None),
    }
    set_aside = _set_aside(store)
    data["set_aside"] = set_aside
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
    for missed in data["missed"]:
        print(f"  missed: interview {missed} ended too long before followupd could ask about it")
    for h in data["health"]:
        print(f"{'ok    ' if h['ok'] else 'FAILED'} {h['component']}: {h['detail']} (at {h['at']})")
    if data["next_wakeup"]:
        print(f"Next due: {data['next_wakeup']}")
    _print_set_aside(set_aside)
    return EXIT_OK


# --- intake: replies set aside after repeated temporary failures or a parser bug ---------------------------
def _set_aside(store: Store) -> list[dict[str, object]]:
    return [
        {
            "message_id": r["message_id"],
            "folder": r["folder"],
            "uid": r["uid"],
            "error": r["error"],
            "attempts": r["attempts"],
            "at": r["at"],
            "retry": f"followupd debrief retry '{r['message_id']}'",
        }
        for r in store.set_aside_list()
    ]


def _print_set_aside(rows: list[dict[str, object]]) -> None:
    for row in rows:
        print(
            f"set aside: reply {row['message_id']} ({row['folder']} uid {row['uid']}) after {row['attempts']}"
            f" tries: {row['error']}; fix the cause, then: {row['retry']}"
        )
