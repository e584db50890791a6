"""Shared test support: a real App (settings, SQLite store, service) over a temporary directory."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.adapters.store.db import open_store
from followupd.compose.composer import Composer
from followupd.config.load import parse_settings
from followupd.domain.models import DebriefState, Interview, Lifecycle, Person, Stage, Tracks
from followupd.services.app import App
from followupd.services.core import Service

NOW = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)  # the interview ended at 15:00 UTC (16:00 in Berlin)
KEY = b"k" * 32
CONFIG = """
[account]
name = "Maya Example"
addresses = ["maya@example.org"]
timezone = "Europe/Berlin"

[imap]
host = "imap.example.org"
username = "maya@example.org"
password_env = "IMAP_PASSWORD"

[smtp]
host = "smtp.example.org"
username = "maya@example.org"
password_env = "SMTP_PASSWORD"

[[calendars]]
name = "work"
kind = "ics_file"
path = "interviews.ics"

[web]
listen = "127.0.0.1:{port}"
public_url = "{public_url}"
"""


_AT_STAGE = {
    Stage.scheduled: (Lifecycle.active, DebriefState.waiting),
    Stage.debrief_sent: (Lifecycle.active, DebriefState.sent),
    Stage.debriefed: (Lifecycle.active, DebriefState.answered),
    Stage.missed: (Lifecycle.active, DebriefState.missed),
    Stage.cancelled: (Lifecycle.cancelled, DebriefState.waiting),
    Stage.ignored: (Lifecycle.ignored, DebriefState.waiting),
}


def at_stage(stage: Stage) -> dict[str, object]:
    """Interview fields for an interview whose derived stage is `stage` (tests written in terms of stages)."""
    lifecycle, debrief = _AT_STAGE[stage]
    return {"lifecycle": lifecycle, "tracks": Tracks(debrief=debrief)}


def build_app(
    tmp_path: Path, *, port: int = 8765, public_url: str | None = None, extra: str = ""
) -> tuple[App, int]:
    """A real App over a fresh store in tmp_path with one interview (Acme, Jane Doe and Raj Patel); its id.
    `extra` is TOML appended to the config (e.g. [[references]])."""
    text = CONFIG.format(port=port, public_url=public_url or f"http://127.0.0.1:{port}") + extra
    settings = parse_settings(tomllib.loads(text), source=tmp_path / "config.toml")
    store = open_store(tmp_path / "state")
    composer = Composer(settings, link_key=KEY)
    app = App(
        settings=settings,
        store=store,
        service=Service(settings, store, composer),
        composer=composer,
        link_key=KEY,
        state_dir=tmp_path / "state",
    )
    interview = Interview(
        id=0,
        source="work",
        uid="u1",
        recurrence_id="",
        company="Acme",
        role="Senior Backend Engineer",
        start=NOW - timedelta(hours=2),
        end=NOW - timedelta(hours=1),
        tzid="Europe/Berlin",
        **at_stage(Stage.debrief_sent),  # type: ignore[arg-type]
        interviewers=(Person("Jane Doe", "jane@acme.example"), Person("Raj Patel", "raj@acme.example")),
    )
    with store.transaction():
        interview_id = store.save_interview(interview, now=NOW, token="abc12345")
    return app, interview_id
