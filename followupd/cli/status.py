"""`followupd status`: whether the daemon runs, what is due next, the outbox and each connection's health."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from followupd.adapters.store import status as queries
from followupd.adapters.store.db import Store
from followupd.cli.output import EXIT_OK, EXIT_RUNTIME, print_json, print_table
from followupd.config import load as config
from followupd.domain.models import DebriefState, Interview, Stage
from followupd.domain.workflows.plan import MailKind
from followupd.runtime import lock
from followupd.services.views import FOLLOWUP_DUE, overview_json, when

__all__ = ["Daemon", "daemon_state", "when"]

_UTC = "%Y-%m-%dT%H:%M:%SZ"
# The text table shows interviews still ahead or recent; older ones are counted (interviews list has all).
RECENT = timedelta(days=14)
_OUTBOX_WORDS = (
    ("drafted", "drafted, waiting for your approval"),
    ("approved", "approved (undo time running)"),
    ("pending", "waiting to send"),
    ("sending", "being sent"),
    ("sent", "sent"),
    ("failed", "failed"),
    ("uncertain", "uncertain (may or may not have left; followupd will not resend them on its own)"),
    ("sent_by_user", "sent by you"),
    ("discarded", "discarded"),
)
_OUTBOX_STATES = tuple(state for state, _words in _OUTBOX_WORDS)


@dataclass(frozen=True)
class Daemon:
    """Whether a daemon runs for this state directory, and since when its health rows are current."""

    running: bool
    pid: int | None
    summary: str
    problem: bool  # killed, crashed or hung: something the user should look at
    current_since: datetime | None  # health rows older than this are stale


def daemon_state(
    holder: lock.Holder | None, beat: lock.Heartbeat | None, *, now: datetime, tz: ZoneInfo
) -> Daemon:
    stale_after = timedelta(seconds=3 * lock.HEARTBEAT_EVERY)
    if holder is not None and holder.mode is lock.Mode.once:
        return Daemon(True, holder.pid, f"a `run --once` pass is running (pid {holder.pid})", False, None)
    if holder is not None:
        since = holder.started or (beat.started if beat else None)
        text = f"running (pid {holder.pid})" + (f" since {when(since, tz, now=now)}" if since else "")
        if beat is None or beat.pid != holder.pid:
            return Daemon(True, holder.pid, text + "; starting up", False, since)
        if now - beat.at > stale_after:
            ago = int((now - beat.at).total_seconds())
            return Daemon(
                True, holder.pid, text + f", but no heartbeat for {ago} s: is it hung?", True, since
            )
        return Daemon(True, holder.pid, text, False, since)
    if beat is None:
        return Daemon(False, None, "not running (no daemon has run with this state directory)", False, None)
    last = when(beat.at, tz, now=now)
    if beat.stopped:
        return Daemon(False, None, f"not running (stopped at {last})", False, beat.at + timedelta(seconds=1))
    return Daemon(
        False,
        None,
        f"not running: the daemon (pid {beat.pid}) was last seen at {last} and did not stop cleanly "
        "(killed or crashed; see its log)",
        True,
        # It may have written health until its next heartbeat was due: all of that is stale now.
        beat.at + timedelta(seconds=lock.HEARTBEAT_EVERY + 5),
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _open(args: argparse.Namespace) -> tuple[Any, Store | None]:
    settings = config.load_settings(args.config or config.default_config_path())
    directory = config.state_dir(args.state_dir)
    lock.check_state_dir(directory, create=False)
    return settings, queries.open_store_readonly(directory)


def cmd_status(args: argparse.Namespace) -> int:
    """Exit 0 when all is well; 1 when something failed or waits for the user (see docs/cli.md)."""
    settings, store = _open(args)
    directory = config.state_dir(args.state_dir)
    now = datetime.now(UTC)
    tz = ZoneInfo(settings.account.timezone)
    if store is None:
        print(f"followupd has not run with {directory} yet: `followupd run` starts it.")
        return EXIT_RUNTIME
    daemon = daemon_state(lock.holder(directory), lock.last_heartbeat(store), now=now, tz=tz)
    counts = queries.outbox_counts(store)
    failed = queries.failed_outbox(store)
    uncertain = queries.failed_outbox(store, "uncertain")
    due = queries.next_due(store)
    health: list[dict[str, Any]] = []
    for row in store.health():
        at = datetime.fromisoformat(row["at"])
        stale = daemon.current_since is not None and at < daemon.current_since
        health.append(
            {"component": row["component"], "ok": bool(row["ok"]), "detail": row["detail"], "at": at}
        )
        health[-1]["stale"] = stale
    failing = [h for h in health if not h["ok"] and not h["stale"]]
    set_aside = _set_aside(store)
    notes = _notes(store)
    waiting_notes = [n for n in notes if n["status"] == "drafted"]
    ok = not (daemon.problem or failed or uncertain or failing or set_aside or waiting_notes)
    open_stages = (Stage.scheduled.value, Stage.debrief_sent.value)
    shown = queries.interviews_to_show(store, ended_after=now - RECENT, open_stages=open_stages)
    answered = queries.answer_counts(store)
    overview = _overview(store, shown, answered=answered, total=len(settings.questionnaire), tz=tz, now=now)
    if args.json:
        _, missed = queries.interview_counts(store)
        print_json(
            {
                "ok": ok,
                "daemon": {"running": daemon.running, "pid": daemon.pid, "summary": daemon.summary},
                "interviews": queries.interviews_json(store),
                "overview": overview,
                "timers": [
                    {
                        "kind": k,
                        "subject": subject,
                        "interview_id": int(subject[10:]) if subject.startswith("interview:") else None,
                        "due": d.strftime(_UTC),
                    }
                    for k, subject, d in store.timers()
                ],
                "outbox": {
                    s: counts.get(s, 0) for s in ("pending", "sending", "sent", "failed", "uncertain")
                },
                "failed": [{"id": i, "kind": k, "subject": s, "error": e} for i, k, s, e, _to in failed],
                "set_aside": set_aside,
                "notes": notes,
                "uncertain": [
                    {"id": i, "kind": k, "subject": s, "to": to, "error": e} for i, k, s, e, to in uncertain
                ],
                "missed": missed,
                "health": [h | {"at": h["at"].strftime(_UTC)} for h in health],
                "next_wakeup": due[2].strftime(_UTC) if due else None,
                "next": {
                    "kind": due[0],
                    "interview_id": due[1],
                    "company": queries.company_of(store, due[1]) if due[1] else None,
                    "due": due[2].strftime(_UTC),
                }
                if due
                else None,
            }
        )
        return EXIT_OK if ok else EXIT_RUNTIME
    print(f"Daemon: {daemon.summary}")
    if due:
        kind, interview_id, at = due
        company = queries.company_of(store, interview_id) if interview_id else ""
        late = " (overdue)" if at < now - timedelta(minutes=1) else ""
        what = kind.replace("_", " ")
        print(f"Next: {what}{f' for {company}' if company else ''} at {when(at, tz, now=now)}{late}")
    else:
        print("Next: nothing is due")
    total, missed = queries.interview_counts(store)
    rows = [
        [
            str(i.id),
            i.start.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            i.company,
            i.role,
            i.stage.value,
            f"{answered.get(i.id, 0)}/{len(settings.questionnaire)}",
        ]
        for i in shown
    ]
    print()
    empty = "No interviews yet." if not total else "No interviews ahead or in the last 14 days."
    print_table(rows, ["ID", "START", "COMPANY", "ROLE", "STAGE", "ANSWERS"], empty=empty)
    if len(shown) < total:
        print(f"(and {_count(total - len(shown), 'older interview')}: `followupd interviews list`)")
    _print_overview(overview)
    print(f"\nTimes in {settings.account.timezone} ({now.astimezone(tz).strftime('%Z')}).")
    words = [f"{counts[s]} {w}" for s, w in _OUTBOX_WORDS if counts.get(s)]
    print(f"Outbox: {', '.join(words) if words else 'empty'}")
    for row_id, _kind, subject, error, _to in failed:
        print(f"  failed #{row_id} {subject}: {error}")
    for row_id, _kind, subject, error, to in uncertain:
        print(f"  uncertain #{row_id} {subject} to {', '.join(to)}: {error}")
    _print_set_aside(set_aside)
    listed = {item["interview_id"] for item in overview}
    for note in notes:
        if note["status"] in ("drafted", "approved", "pending") and note["interview_id"] not in listed:
            where = "" if note["in_drafts"] or not note["to"] else " (not in your Drafts folder)"
            who = note["to"] or f"{note['name']}, no address yet"
            noun = _NOUN.get(note["purpose"], "note")
            print(f"  {noun} #{note['id']} to {who}: {note['status']}{where}")
    if missed:
        ids = ", ".join(str(m) for m in missed[:10]) + (" ..." if len(missed) > 10 else "")
        print(
            f"  missed: {_count(len(missed), 'interview')} ended too long before followupd could ask"
            f" about {'it' if len(missed) == 1 else 'them'} (id {ids})"
        )
    if health:
        print("Health:")
    for h in health:
        mark = ("was ok" if h["ok"] else "was FAILED") if h["stale"] else ("ok" if h["ok"] else "FAILED")
        aged = ", stale: older than the daemon's last run" if h["stale"] else ""
        print(f"  {mark:10} {h['component']}: {h['detail']} (at {when(h['at'], tz, now=now)}{aged})")
    return EXIT_OK if ok else EXIT_RUNTIME


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


# --- thank-you notes still on their way (drafted, approved, scheduled) or stuck (failed, uncertain) ---------------
def _notes(store: Store) -> list[dict[str, Any]]:
    return [
        {
            "id": n.outbox_id,
            "interview_id": n.interview_id,
            "to": n.email or None,
            "name": n.name,
            "status": n.status.value,
            "purpose": n.purpose.value,
            "in_drafts": bool(n.in_drafts),
            "error": n.last_error or None,
        }
        for n in store.notes()
        if n.status.value in ("drafted", "approved", "pending", "failed", "uncertain")
    ]


# --- each recent interview: its tracks in words and what waits for her -------------------------------------------
_NOUN = {"thanks": "thank-you note", "heads_up": "heads-up", "check_in": "check-in"}
_TRACK_NAMES = (("debrief", "debrief"), ("thanks", "thank-you notes"), ("references", "references"),
                ("followup", "follow-up"))  # fmt: skip


def _overview(
    store: Store, shown: list[Interview], *, answered: dict[int, int], total: int, tz: ZoneInfo, now: datetime
) -> list[dict[str, Any]]:
    notes = store.notes()
    due = {subject: at for kind, subject, at in store.timers() if kind == FOLLOWUP_DUE}
    asked: dict[int, datetime] = {}
    for interview in shown:  # only those still waiting for answers: a few rows, not the whole outbox
        if interview.tracks.debrief is DebriefState.sent:
            rows = [r for r in store.outbox(interview_id=interview.id) if r.kind == MailKind.debrief.value]
            if rows:
                asked[interview.id] = rows[0].sent_at or rows[0].not_before
    return [
        overview_json(
            interview,
            notes=notes,
            answered=answered.get(interview.id, 0),
            total=total,
            followup_due=due.get(f"interview:{interview.id}"),
            asked_at=asked.get(interview.id),
            tz=tz,
            now=now,
        )
        for interview in shown
    ]


def _print_overview(overview: list[dict[str, Any]]) -> None:
    for item in overview:
        title = ", ".join(part for part in (item["company"], item["role"]) if part) or "interview"
        print(
            f"\n#{item['interview_id']} {title}"
            + (" (cancelled)" if item["lifecycle"] == "cancelled" else "")
        )
        for key, name in _TRACK_NAMES:
            print(f"  {name + ':':17} {item['tracks'][key]['words']}")
        for wait in item["waiting"]:
            print(f"  waits for you:    {wait['words']}")
