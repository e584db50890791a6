"""Set-aside replies on the command line: `status` lists them, `debrief retry` releases one; provider defaults."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from followupd.adapters.store.db import open_store
from followupd.cli.main import main
from followupd.config.load import parse_settings
from followupd.config.providers import authserv_id_for
from tests.support import NOW
from tests.unit.test_cli_interviews import CALENDAR, CONFIG

MESSAGE_ID = "<r1@phone.example>"


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    (tmp_path / "config.toml").write_text(CONFIG)
    (tmp_path / "calendar.ics").write_text(CALENDAR)
    store = open_store(tmp_path / "state")
    with store.transaction():
        store.save_mailbox_cursor("INBOX", 7, 40, None)
        store.set_aside(
            MESSAGE_ID, folder="INBOX", uid=12, error="KeyError: 'rating'", attempts=1, first_at=NOW, now=NOW
        )
    store.close()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(
            ["--config", str(tmp_path / "config.toml"), "--state-dir", str(tmp_path / "state"), *args]
        )
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_status_lists_set_aside_replies_with_the_retry_command(cli) -> None:  # type: ignore[no-untyped-def]
    """Both the JSON and the text of `status` name the reply, its error and the command that retries it; a
    set-aside reply waits for the user, so status exits 1."""
    code, out, _ = cli("status", "--json")
    assert 1 == code
    [row] = json.loads(out)["set_aside"]
    assert (MESSAGE_ID, "INBOX", 12, "KeyError: 'rating'", f"followupd debrief retry '{MESSAGE_ID}'") == (
        row["message_id"],
        row["folder"],
        row["uid"],
        row["error"],
        row["retry"],
    )
    _, text, _ = cli("status")
    assert f"set aside: reply {MESSAGE_ID} (INBOX uid 12) after 1 tries: KeyError: 'rating'" in text


def test_retry_releases_the_reply_and_moves_the_cursor_back(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`debrief retry` forgets the set-aside row and processed mark and rewinds the cursor to just before it."""
    code, out, _ = cli("debrief", "retry", MESSAGE_ID)
    assert (0, True) == (code, "Released <r1@phone.example> (INBOX uid 12)" in out)
    store = open_store(tmp_path / "state")
    assert ([], False, (7, 11, None)) == (
        store.set_aside_list(),
        store.is_processed(MESSAGE_ID),
        store.mailbox_cursor("INBOX"),
    )
    code, _, err = cli("debrief", "retry", MESSAGE_ID)
    assert (2, True) == (code, "is set aside" in err)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("imap.fastmail.com", "messagingengine.com"),
        ("imap.gmail.com", "mx.google.com"),
        ("outlook.office365.com", "spf.protection.outlook.com"),
        ("imap.mail.me.com", "icloud.com"),
        ("imap.example.org", "example.org"),
        ("localhost", "localhost"),
        ("127.0.0.1", "127.0.0.1"),
    ],
)
def test_authserv_id_default_from_the_imap_host(host: str, expected: str) -> None:
    """Known providers give their authserv-id; another host its parent domain."""
    assert expected == authserv_id_for(host)


def test_authserv_id_in_the_config_wins_over_the_default(tmp_path: Path) -> None:
    """`mailbox.authserv_id` is used as written; without it the IMAP host decides."""
    source = tmp_path / "config.toml"
    default = parse_settings(tomllib.loads(CONFIG), source=source)
    chosen = parse_settings(
        tomllib.loads(CONFIG + '\n[mailbox]\nauthserv_id = "mx.example.net"\n'), source=source
    )
    assert ("example.org", "mx.example.net") == (default.authserv_id, chosen.authserv_id)
