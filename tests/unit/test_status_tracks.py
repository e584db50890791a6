"""`status` shows each recent interview's tracks in words and what waits for her, over a real store."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.cli.main import main
from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.models import FollowupState, Person, ReferencesState, Tracks
from followupd.services.app import App
from followupd.services.drafts import Drafted
from followupd.services.views import FOLLOWUP_DUE, overview_json
from tests.support import CONFIG, NOW, build_app
from tests.unit.test_drafts_service import debriefed

BERLIN = ZoneInfo("Europe/Berlin")


def _overview(app: App, interview_id: int, **kwargs: object) -> dict[str, object]:
    interview = app.store.interview(interview_id)
    assert interview is not None
    options: dict[str, object] = {"answered": 2, "total": 12, "followup_due": None, "asked_at": None}
    options.update(kwargs)
    return overview_json(
        interview,
        notes=app.store.notes(),
        tz=BERLIN,
        now=NOW,
        **options,  # type: ignore[arg-type]
    )


def test_drafted_thank_you_notes_wait_for_approval_and_one_for_an_address(tmp_path: Path) -> None:
    """Three notes drafted (Raj without an address): the thanks track says so; 1 and 3 wait for approval, 2 for
    an address, since the drafting time in her zone."""
    app, interview_id = debriefed(tmp_path)
    item = _overview(app, interview_id)
    tracks = item["tracks"]
    assert isinstance(tracks, dict)
    assert {"state": "answered", "words": "answered (2 of 12 questions)"} == tracks["debrief"]
    assert "drafted" == tracks["thanks"]["state"]
    assert "drafted, waiting for your approval (3 thank-you notes)" == tracks["thanks"]["words"]
    assert [("approve", "thanks", [1, 3]), ("address", "thanks", [2])] == [
        (w["what"], w["purpose"], w["numbers"])
        for w in item["waiting"]  # type: ignore[attr-defined]
    ]
    first = item["waiting"][0]  # type: ignore[index]
    assert "thank-you notes 1, 3 to approve" in first["words"] and "(since 17:00 CET)" in first["words"]


def test_a_heads_up_waits_under_its_own_purpose_and_a_sent_note_is_counted(tmp_path: Path) -> None:
    """A drafted heads-up: the references track and its own waiting line; a sent thank-you note is counted."""
    app, interview_id = debriefed(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.service.drafts.add(
            interview,
            NotePurpose.heads_up,
            [Drafted(Person("Sam Rivera", "sam@example.net"), "A call from Acme", "Hi Sam,\n")],
            now=NOW,
        )
        tracks = replace(
            interview.tracks, references=ReferencesState.drafted
        )  # as the heads-up workflow sets it
        app.store.save_interview(replace(interview, tracks=tracks), now=NOW)
        first = app.store.notes(interview_id)[0]
        app.store.mark_outbox(first.outbox_id, OutboxStatus.sent, now=NOW)
    item = _overview(app, interview_id)
    tracks = item["tracks"]
    assert isinstance(tracks, dict)
    assert "drafted" == tracks["references"]["state"]
    assert "heads-ups drafted, waiting for your approval (1 heads-up)" == tracks["references"]["words"]
    assert "(3 thank-you notes: 2 wait for your approval, 1 sent)" in tracks["thanks"]["words"]
    assert ("approve", "heads_up", [4]) in [
        (w["what"], w["purpose"], w["numbers"])
        for w in item["waiting"]  # type: ignore[attr-defined]
    ]


def test_a_failed_note_waits_with_the_servers_words(tmp_path: Path) -> None:
    """A refused note is listed as failed, with the error, so she can act on it."""
    app, interview_id = debriefed(tmp_path)
    note = app.store.notes(interview_id)[0]
    with app.store.transaction():
        app.store.mark_outbox(note.outbox_id, OutboxStatus.failed, now=NOW, error="550 no such user")
    failed = [w for w in _overview(app, interview_id)["waiting"] if w["what"] == "failed"]  # type: ignore[attr-defined]
    assert [([1], "550 no such user")] == [(w["numbers"], w["error"]) for w in failed]


def test_the_follow_up_track_names_when_the_check_in_comes(tmp_path: Path) -> None:
    """Waiting to hear back: the words say when a check-in is drafted if no word comes; reminded says the last."""
    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    due = datetime(2026, 12, 10, 8, 0, tzinfo=UTC)
    with app.store.transaction():
        app.store.save_interview(replace(interview, tracks=Tracks(followup=FollowupState.waiting)), now=NOW)
    words = _overview(app, interview_id, followup_due=due)["tracks"]["followup"]["words"]  # type: ignore[index]
    assert (
        "waiting to hear back; if no word comes, a check-in is drafted for you Thu 10 Dec 09:00 CET" == words
    )
    with app.store.transaction():
        app.store.save_interview(replace(interview, tracks=Tracks(followup=FollowupState.reminded)), now=NOW)
    words = _overview(app, interview_id, followup_due=due)["tracks"]["followup"]["words"]  # type: ignore[index]
    assert words.startswith("no word yet: you were reminded") and "the last one comes Thu 10 Dec" in words


def test_an_unanswered_debrief_waits_for_her_since_it_was_sent(tmp_path: Path) -> None:
    """Questionnaire sent, no answers: the first thing waiting is her answers, since the send time."""
    app, interview_id = build_app(tmp_path)
    item = _overview(app, interview_id, answered=0, asked_at=NOW - timedelta(minutes=30))
    assert "questionnaire sent; no answers yet" == item["tracks"]["debrief"]["words"]  # type: ignore[index]
    [wait] = item["waiting"]  # type: ignore[misc]
    assert ("answer", "2026-11-26T15:30:00Z") == (wait["what"], wait["since"])
    assert wait["words"].endswith("(since 16:30 CET)")


@pytest.fixture
def recent(tmp_path: Path) -> tuple[App, int]:
    """Drafted notes for an interview that ended an hour ago by the wall clock (status shows the last 14 days)."""
    app, interview_id = debriefed(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    now = datetime.now(UTC).replace(microsecond=0)
    with app.store.transaction():
        app.store.save_interview(
            replace(interview, start=now - timedelta(hours=2), end=now - timedelta(hours=1)), now=now
        )
        app.store.set_timer(FOLLOWUP_DUE, f"interview:{interview_id}", now + timedelta(days=12))
    (tmp_path / "config.toml").write_text(CONFIG.format(port=8765, public_url="http://127.0.0.1:8765"))
    return app, interview_id


def _status(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(
        ["--config", str(tmp_path / "config.toml"), "--state-dir", str(tmp_path / "state"), "status", *args]
    )
    return code, capsys.readouterr().out


def test_status_json_has_an_overview_per_recent_interview(
    recent: tuple[App, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`status --json`: "overview" holds the interview's four tracks, the follow-up date and what waits; exit 1."""
    _app, interview_id = recent
    code, out = _status(tmp_path, capsys, "--json")
    [item] = json.loads(out)["overview"]
    assert (1, interview_id, "Acme") == (code, item["interview_id"], item["company"])
    assert ["debrief", "thanks", "references", "followup"] == list(item["tracks"])
    assert item["followup_due"] is not None
    assert ["approve", "address"] == [w["what"] for w in item["waiting"]]


def test_status_text_shows_the_tracks_and_what_waits(
    recent: tuple[App, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text names each track in a line of words and the notes waiting, with their numbers."""
    _app, interview_id = recent
    _code, out = _status(tmp_path, capsys)
    assert f"#{interview_id} Acme, Senior Backend Engineer" in out
    assert "  thank-you notes:  drafted, waiting for your approval" in out
    assert "  references:       nobody told yet" in out
    assert "  waits for you:    thank-you notes 1, 3 to approve" in out
    assert "{" not in out
