"""The interviews commands against a real state dir: add, list, show, edit, ignore, scan, and their --json."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.cli.main import main

CONFIG = """
[account]
name = "Maya Example"
addresses = ["maya@example.org"]
timezone = "Europe/Berlin"

[imap]
host = "imap.example.org"
username = "maya@example.org"
password_env = "FU_TEST_PW"

[smtp]
host = "smtp.example.org"
username = "maya@example.org"
password_env = "FU_TEST_PW"

[[calendars]]
name = "local"
kind = "ics_file"
path = "calendar.ics"
"""

CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//followupd tests//EN\r
BEGIN:VEVENT\r
UID:one@t\r
DTSTAMP:20261120T090000Z\r
DTSTART;TZID=Europe/Berlin:20261201T140000\r
DTEND;TZID=Europe/Berlin:20261201T150000\r
SUMMARY:Interview: Acme\\, Senior Backend Engineer\r
ORGANIZER;CN=Jane Doe:mailto:jane@acme.example\r
ATTENDEE;CN=Maya Example;PARTSTAT=ACCEPTED:mailto:maya@example.org\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:two@t\r
DTSTAMP:20261120T090000Z\r
DTSTART;VALUE=DATE:20261202\r
DTEND;VALUE=DATE:20261203\r
SUMMARY:Interview prep\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    (tmp_path / "config.toml").write_text(CONFIG)
    (tmp_path / "calendar.ics").write_text(CALENDAR)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(
            ["--config", str(tmp_path / "config.toml"), "--state-dir", str(tmp_path / "state"), *args]
        )
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_add_list_show_edit_ignore(cli) -> None:  # type: ignore[no-untyped-def]
    """An interview added by hand is listed with a debrief timer, can be corrected, and ignored."""
    assert cli("interviews", "list")[1].startswith("No interviews yet. `followupd interviews scan`")
    start = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    code, out, err = cli(
        "interviews",
        "add",
        "--company",
        "Acme",
        "--role",
        "SRE",
        "--start",
        start.isoformat(),
        "--interviewer",
        "Jane Doe <jane@acme.example>",
    )
    assert code == 0, err
    assert "Added interview 1: Acme" in out
    code, out, _ = cli("interviews", "list", "--json")
    [listed] = json.loads(out)
    assert (listed["company"], listed["stage"], listed["start"]) == (
        "Acme",
        "scheduled",
        start.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    assert listed["interviewers"] == [{"name": "Jane Doe", "email": "jane@acme.example"}]
    assert (
        cli("interviews", "edit", "1", "--company", "Acme Corp", "--interviewer", "Raj <raj@acme.example>")[0]
        == 0
    )
    code, out, _ = cli("interviews", "show", "1", "--json")
    shown = json.loads(out)
    assert (shown["company"], shown["interviewers"][0]["email"]) == ("Acme Corp", "raj@acme.example")
    assert shown["debrief"]["answered"] == 0 and len(shown["debrief"]["questions"]) == 12
    code, out, _ = cli("status", "--json")
    assert [t["kind"] for t in json.loads(out)["timers"]] == ["debrief"]
    table = cli("status")[1]
    assert ["ID", "START", "COMPANY", "ROLE", "STAGE", "ANSWERS"] in [
        line.split() for line in table.splitlines()
    ]
    assert "Acme Corp" in table and "0/12" in table
    assert cli("interviews", "ignore", "1")[0] == 0
    code, out, _ = cli("status", "--json")
    status = json.loads(out)
    assert status["timers"] == [] and status["interviews"][0]["stage"] == "ignored"


def test_bad_input_is_a_usage_error(cli) -> None:  # type: ignore[no-untyped-def]
    """Unknown ids, bad dates and bad interviewer forms: exit 2 with the fix, no traceback."""
    code, _, err = cli("interviews", "show", "42")
    assert code == 2 and "interviews list" in err
    code, _, err = cli("interviews", "add", "--company", "X", "--start", "next tuesday")
    assert code == 2 and "2026-11-26T14:00" in err
    code, _, err = cli(
        "interviews", "add", "--company", "X", "--start", "2026-12-01T10:00", "--interviewer", "Jane"
    )
    assert code == 2 and "Name <email>" in err


def test_scan_explains_every_event_and_changes_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """scan shows each event with its verdict and rule; the state stays untouched."""
    code, out, err = cli("interviews", "scan", "--from", "2026-11-30", "--to", "2026-12-05", "--json")
    assert code == 0, err
    found = {e["summary"]: e for e in json.loads(out)}
    acme = found["Interview: Acme, Senior Backend Engineer"]
    assert (acme["is_interview"], acme["company"], acme["role"]) == (True, "Acme", "Senior Backend Engineer")
    assert (acme["start"], acme["timezone"]) == ("2026-12-01T13:00:00Z", "Europe/Berlin")
    assert found["Interview prep"]["is_interview"] is False
    assert not (tmp_path / "state").exists()


def test_debrief_parse_shows_what_the_parser_reads(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """debrief parse runs the parser alone on a saved message, with values per question."""
    eml = tmp_path / "reply.eml"
    eml.write_bytes(
        b"From: maya@example.org\r\nTo: maya@example.org\r\nSubject: Re: Debrief\r\n"
        b"Date: Thu, 26 Nov 2026 16:00:00 +0000\r\n\r\n1. 8 out of 10\r\n8. 85k EUR\r\n"
        b"12. next Friday\r\n"
    )
    code, out, err = cli("debrief", "parse", str(eml), "--json")
    assert code == 0, err
    data = json.loads(out)
    values = {a["id"]: a["value"] for a in data["answers"]}
    assert data["shape"] == "numbered"
    assert values["rating"] == 8 and values["hear_back"] == "2026-12-04"
    assert values["money"]["amounts"][0]["currency"] == "EUR"
    assert cli("debrief", "parse", str(tmp_path / "missing.eml"))[0] == 2


def test_debrief_parse_uses_the_configured_addresses_like_the_daemon(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An attribution known only by the user's configured address ends the answers in debrief parse too."""
    eml = tmp_path / "reply.eml"
    eml.write_bytes(
        b"From: maya@example.org\r\nTo: maya@example.org\r\nSubject: Re: Debrief\r\n"
        b"Date: Thu, 26 Nov 2026 16:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"1. 7/10\r\n12. next week\r\n\r\nMaya Example <maya@example.org> hat geschrieben:\r\n"
        b"> 1. How did it go?\r\n"
    )
    code, out, err = cli("debrief", "parse", str(eml), "--json")
    assert code == 0, err
    assert [("rating", "7/10"), ("hear_back", "next week")] == [
        (a["id"], a["answer"]) for a in json.loads(out)["answers"] if a["answer"]
    ]


def test_debrief_parse_with_another_questionnaire(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--questionnaire reads a [questionnaire] table; numbers then refer to its questions."""
    (tmp_path / "q.toml").write_text(
        '[questionnaire]\nreplace = true\n[[questionnaire.questions]]\nid = "mood"\ntext = "How do you feel?"\n'
        'kind = "text"\n[[questionnaire.questions]]\nid = "score"\ntext = "Score it"\nkind = "rating"\n'
    )
    eml = tmp_path / "reply.eml"
    eml.write_bytes(b"From: m@example.org\r\nSubject: Re\r\n\r\n1. Tired but glad\r\n2. 6/10\r\n")
    code, out, err = cli("debrief", "parse", str(eml), "--questionnaire", str(tmp_path / "q.toml"), "--json")
    assert code == 0, err
    assert [(a["id"], a["answer"], a["value"]) for a in json.loads(out)["answers"]] == [
        ("mood", "Tired but glad", None),
        ("score", "6/10", 6),
    ]
    (tmp_path / "bad.toml").write_text(
        '[questionnaire]\n[[questionnaire.questions]]\nid = "X!"\ntext = "t"\n'
    )
    code, _, err = cli("debrief", "parse", str(eml), "--questionnaire", str(tmp_path / "bad.toml"))
    assert code == 2 and "is not a valid id" in err
