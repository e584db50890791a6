"""`followupd drafts ...`: list, show, edit, approve, hold, discard, address and send notes to contacts."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from followupd.adapters.store.db import NoteRow
from followupd.cli.output import EXIT_OK, print_json, print_table
from followupd.errors import UserError
from followupd.services.app import App, load_app
from followupd.services.views import utc_text

__all__: list[str] = []


def _now() -> datetime:
    return datetime.now(UTC)


def note_json(note: NoteRow) -> dict[str, Any]:
    return {
        "id": note.outbox_id,
        "interview_id": note.interview_id,
        "number": note.number,
        "name": note.name,
        "email": note.email or None,
        "purpose": note.purpose.value,
        "status": note.status.value,
        "subject": note.subject,
        "message_id": note.message_id,
        "body": note.body,
        "plain": note.plain,
        "not_before": utc_text(note.not_before),
        "error": note.last_error or None,
        "in_drafts_folder": note.in_drafts,
    }


def _print(note: NoteRow, *, full: bool) -> None:
    to = f"{note.name} <{note.email}>" if note.email else f"{note.name} (no address)"
    print(f"#{note.outbox_id} [{note.status.value}] to {to}: {note.subject}")
    if note.last_error:
        print(f"  {note.last_error}")
    if full:
        print("\n" + note.body.rstrip())


def cmd_list(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    notes = app.store.notes()
    flags = app.service.references.flagged_notes(now=_now())  # heads-ups to references asked often lately
    if args.json:
        print_json([note_json(n) | {"flag": flags.get(n.outbox_id)} for n in notes])
        return EXIT_OK
    rows = [
        [str(n.outbox_id), str(n.interview_id), n.name, n.email or "(no address)", n.status.value, n.subject]
        for n in notes
    ]
    print_table(
        rows, ["ID", "INTERVIEW", "TO", "ADDRESS", "STATUS", "SUBJECT"], empty="No thank-you notes yet."
    )
    for note_id, flag in flags.items():
        print(f"#{note_id}: {flag}.")
    for interview in sorted({n.interview_id for n in notes}):
        found = app.store.interview(interview)
        if found is not None:
            print(f"Review interview {interview} on the web: {app.composer.review_link(found, now=_now())}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    note = app.service.drafts.get(args.id)
    if args.json:
        print_json(note_json(note))
    else:
        _print(note, full=True)
    return EXIT_OK


def _done(app: App, args: argparse.Namespace, note: NoteRow) -> int:
    if getattr(args, "json", False):
        print_json(note_json(note))
    else:
        _print(note, full=False)
    return EXIT_OK


def cmd_approve(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    note = app.service.drafts.approve(args.id, now=_now())
    wait = app.settings.thank_you.undo_after
    result = _done(app, args, note)
    if not args.json:
        print(
            f"It can leave in {int(wait.total_seconds())} s, in the sending window;"
            f" `followupd drafts hold {note.outbox_id}` undoes."
        )
    return result


def cmd_hold(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    return _done(app, args, app.service.drafts.hold(args.id, now=_now()))


def cmd_discard(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    return _done(app, args, app.service.drafts.discard(args.id, now=_now()))


def cmd_address(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    return _done(app, args, app.service.drafts.set_address(args.id, args.email, now=_now()))


def cmd_send(args: argparse.Namespace) -> int:
    if not args.anyway:
        raise UserError(
            "`drafts send` is for a note whose outcome is uncertain or that failed",
            fix="add --anyway once you have checked it did not reach the recipient (approve sends a draft)",
        )
    app = load_app(args.config, args.state_dir)
    return _done(app, args, app.service.drafts.send_anyway(args.id, now=_now()))


def cmd_edit(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    note = app.service.drafts.get(args.id)
    body = Path(args.body_file).read_text(encoding="utf-8") if args.body_file else _in_editor(note.body)
    if body.strip() == note.body.strip():
        print("Unchanged.")
        return EXIT_OK
    return _done(app, args, app.service.drafts.edit(args.id, body, now=_now()))


def _in_editor(text: str) -> str:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write(text)
        path = handle.name
    try:
        done = subprocess.run([*shlex.split(editor), path], check=False)
        if done.returncode != 0:
            raise UserError(f"the editor exited with {done.returncode}; the note is unchanged")
        return Path(path).read_text(encoding="utf-8")
    finally:
        os.unlink(path)
