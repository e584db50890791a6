"""The drafts commands against a real state dir: list, show, edit (file and $EDITOR), approve, hold, address."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.cli.main import main
from followupd.domain.models import Interview, Person
from followupd.services.app import load_app
from tests.unit.test_cli_interviews import CONFIG

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    (tmp_path / "config.toml").write_text(CONFIG)
    (tmp_path / "calendar.ics").write_text("")
    monkeypatch.setenv("FU_TEST_PW", "x")
    app = load_app(tmp_path / "config.toml", tmp_path / "state")
    now = datetime.now(UTC)
    interview = Interview(
        id=0,
        source="manual",
        uid="m1",
        recurrence_id="",
        company="Acme",
        role="SRE",
        start=now - timedelta(hours=2),
        end=now - timedelta(hours=1),
        tzid="Europe/Berlin",
        interviewers=(Person("Jane Doe", "jane@acme.example"), Person("Raj Patel", "")),
    )
    with app.store.transaction():
        interview_id = app.store.save_interview(interview, now=now, token="tok12345")
    app.service.answers.record(interview_id, [("want_job", "yes", "yes")], via="web", now=now)
    app.store.close()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(
            ["--config", str(tmp_path / "config.toml"), "--state-dir", str(tmp_path / "state"), *args]
        )
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_list_show_and_json(cli: Run) -> None:
    code, out, _ = cli("drafts", "list")
    assert 0 == code and "(no address)" in out and "jane@acme.example" in out
    notes = json.loads(cli("drafts", "list", "--json")[1])
    assert [("Jane Doe", "drafted"), ("Raj Patel", "drafted")] == [(n["name"], n["status"]) for n in notes]
    assert ["thanks", "thanks"] == [n["purpose"] for n in notes]
    assert cli("drafts", "show", str(notes[0]["id"]))[1].count("Dear Jane,") == 1


def test_edit_from_a_file_and_from_the_editor_keep_the_message_id(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [jane, _raj] = json.loads(cli("drafts", "list", "--json")[1])
    body = tmp_path / "body.txt"
    body.write_text("Dear Jane,\n\nThanks a lot.\n\nMaya\n")
    edited = json.loads(cli("drafts", "edit", str(jane["id"]), "--body-file", str(body), "--json")[1])
    assert (jane["message_id"], "Dear Jane,\n\nThanks a lot.\n\nMaya\n") == (
        edited["message_id"],
        edited["body"],
    )
    editor = tmp_path / "editor.py"
    editor.write_text("import sys\nopen(sys.argv[1], 'a').write('P.S. See you soon.\\n')\n")
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    again = json.loads(cli("drafts", "edit", str(jane["id"]), "--json")[1])
    assert again["body"].endswith("P.S. See you soon.\n")


def test_approve_hold_and_a_missing_address(cli: Run) -> None:
    [jane, raj] = json.loads(cli("drafts", "list", "--json")[1])
    code, _, err = cli("drafts", "approve", str(raj["id"]))
    assert 2 == code and "has no address" in err
    assert (
        "drafted"
        == json.loads(cli("drafts", "address", str(raj["id"]), "raj@acme.example", "--json")[1])["status"]
    )
    assert "approved" == json.loads(cli("drafts", "approve", str(jane["id"]), "--json")[1])["status"]
    assert "drafted" == json.loads(cli("drafts", "hold", str(jane["id"]), "--json")[1])["status"]
    assert "discarded" == json.loads(cli("drafts", "discard", str(raj["id"]), "--json")[1])["status"]
    code, _, err = cli("drafts", "send", str(jane["id"]), "--anyway")
    assert 2 == code and "only an uncertain or failed note" in err
