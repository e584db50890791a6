"""`followupd report` over a state with several interviews: the table, the ratings, --json, --sort and --link."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followupd.adapters.store.db import open_store
from followupd.cli.main import main
from followupd.domain import signing
from followupd.domain.signing import Purpose
from tests.overview_support import add_opportunities
from tests.support import CONFIG, NOW

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def report(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("IMAP_PASSWORD", "unused")
    monkeypatch.setenv("SMTP_PASSWORD", "unused")
    (tmp_path / "config.toml").write_text(CONFIG.format(port=8765, public_url="https://fu.example.org/me"))
    store = open_store(tmp_path / "state")
    add_opportunities(store, now=NOW)
    store.close()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(
            ["--config", str(tmp_path / "config.toml"), "--state-dir", str(tmp_path / "state"), *args]
        )
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_table_side_by_side_with_notes_and_ratings(report: Run) -> None:
    """One row per interview in date order (cancelled shown as such), reservations below, ratings as bars."""
    code, out, _ = report("report")
    lines = out.splitlines()
    assert 0 == code
    assert ["ID", "DATE", "COMPANY", "ROLE", "RATING", "WANT", "IT", "MONEY", "HEAR", "BACK"] == lines[
        0
    ].split()[:10]
    assert [
        "1",
        "2026-11-03",
        "Initech",
        "Staff",
        "Engineer",
        "4",
        "no",
        "-",
        "-",
        "answered",
        "sent",
        "-",
    ] == (lines[1].split()[:12])
    hooli = next(line for line in lines if "Hooli" in line)
    assert "$140k base, equity" in hooli and "2026-11-27" in hooli and "drafted" in hooli
    vandelay = next(line for line in lines if "Vandelay" in line)
    assert "cancelled" in vandelay
    assert "  #5 Acme" in lines and "    reservations: On call every third week" in lines
    assert "  2026-11-18   8.5  ████████    Hooli" in lines
    assert "Umbrella" not in out.split("Your ratings over time:")[1]


def test_json_is_stable_and_sortable(report: Run) -> None:
    """--json holds every column, the tracks and the ratings; --sort rating --desc puts the best first."""
    code, out, _ = report("report", "--json", "--sort", "rating", "--desc")
    data = json.loads(out)
    assert 0 == code
    assert ("rating", "desc") == (data["sort"], data["order"])
    assert ["Hooli", "Acme", "Globex", "Initech"] == [o["company"] for o in data["opportunities"][:4]]
    acme = data["opportunities"][1]
    assert {
        "id": 5,
        "company": "Acme",
        "role": "Senior Backend Engineer",
        "start": "2026-11-26T13:00:00Z",
        "date": "2026-11-26",
        "rating": 7.5,
        "want_job": "yes",
        "money": "€85k base + 10% bonus",
        "reservations": "On call every third week",
        "hear_back": "2026-12-04",
        "lifecycle": "active",
        "tracks": {
            "debrief": "answered",
            "thanks": "drafted",
            "references": "not_started",
            "followup": "not_started",
        },
    } == acme
    assert [("2026-11-03", 4.0), ("2026-11-12", 6.0), ("2026-11-18", 8.5), ("2026-11-26", 7.5)] == [
        (r["date"], r["rating"]) for r in data["ratings"]
    ]


def test_empty_state_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With no interviews the table is one sentence and the JSON lists are empty."""
    (tmp_path / "config.toml").write_text(CONFIG.format(port=8765, public_url="http://127.0.0.1:8765"))
    args = ["--config", str(tmp_path / "config.toml"), "--state-dir", str(tmp_path / "state"), "report"]
    assert 0 == main(args)
    assert "No interviews yet.\n" == capsys.readouterr().out
    assert 0 == main([*args, "--json"])
    assert {"sort": "date", "order": "asc", "opportunities": [], "ratings": []} == json.loads(
        capsys.readouterr().out
    )


def test_link_is_a_signed_dashboard_url(report: Run, tmp_path: Path) -> None:
    """--link prints the public URL's dashboard with a token for the purpose "dashboard" and no other."""
    code, out, _ = report("report", "--link")
    url = out.strip()
    assert 0 == code and url.startswith("https://fu.example.org/me/dashboard/")
    key = (tmp_path / "state" / "link.key").read_bytes()
    token = url.rsplit("/", 1)[1]
    claim = signing.verify(key, token, purpose=Purpose.dashboard, now=datetime.now(UTC))
    assert Purpose.dashboard == claim.purpose
    with pytest.raises(signing.BadToken):
        signing.verify(key, token, purpose=Purpose.form, now=datetime.now(UTC))
