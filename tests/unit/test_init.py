"""`followupd init` from flags: a valid private config for known providers, clear errors otherwise."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from followupd.cli.init import guess_provider
from followupd.cli.main import main
from followupd.config.load import load_settings


@pytest.mark.parametrize(
    ("address", "provider"),
    [
        ("maya@gmail.com", "gmail"),
        ("m@icloud.com", "icloud"),
        ("m@outlook.com", "outlook"),
        ("m@fastmail.com", "fastmail"),
        ("m@example.org", "other"),
    ],
)
def test_provider_guess(address: str, provider: str) -> None:
    """The provider follows from the address's domain."""
    assert guess_provider(address) == provider


def test_non_interactive_fastmail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Flags alone write a 0600 config with the provider's servers and calendar, which loads."""
    path = tmp_path / "config.toml"
    code = main(
        [
            "--config",
            str(path),
            "init",
            "--non-interactive",
            "--no-check",
            "--address",
            "maya@fastmail.com",
            "--timezone",
            "Europe/Berlin",
            "--password-command",
            "pass show fastmail",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    s = load_settings(path)
    assert (s.imap.host, s.imap.port, s.smtp.host, s.smtp.port) == (
        "imap.fastmail.com",
        993,
        "smtp.fastmail.com",
        465,
    )
    assert s.calendars[0].url == "https://caldav.fastmail.com/dav/calendars/"
    assert s.imap.secret.password_command == "pass show fastmail"
    assert "app password" in capsys.readouterr().out


def test_refuses_to_overwrite_and_needs_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An existing config is kept unless --force; a missing --address is a usage error (exit 2)."""
    path = tmp_path / "config.toml"
    path.write_text("# mine\n")
    assert main(["--config", str(path), "init", "--non-interactive", "--address", "a@b.org"]) == 2
    assert path.read_text() == "# mine\n"
    assert main(["--config", str(tmp_path / "new.toml"), "init", "--non-interactive"]) == 2
    assert "--address is required" in capsys.readouterr().err


def test_print_example_ships_with_the_package(capsys: pytest.CaptureFixture[str]) -> None:
    """`init --print-example` prints the documented example from package data, the same as the repo's."""
    root = Path(__file__).resolve().parents[2]
    assert 0 == main(["init", "--print-example"])
    assert (root / "config.example.toml").read_text() == capsys.readouterr().out


def test_no_message_points_at_a_file_an_installed_package_lacks() -> None:
    """Error texts in the package never name config.example.toml (not installed); they name the command."""
    root = Path(__file__).resolve().parents[2] / "followupd"
    named = [p for p in root.rglob("*.py") if "config.example.toml" in p.read_text()]
    assert [] == named


def test_gmail_needs_the_private_ics_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Gmail has no password CalDAV: without --ics-url init says where the secret iCal address is."""
    path = tmp_path / "config.toml"
    args = ["--config", str(path), "init", "--non-interactive", "--address", "maya@gmail.com"]
    assert 2 == main([*args, "--password-command", "pass show gmail", "--timezone", "UTC"])
    out = capsys.readouterr()
    assert "Secret address in iCal format" in out.out and "--ics-url (or --ics-file) is required" in out.err
    assert not path.exists()
    ics = "https://calendar.google.com/calendar/ical/x/private-y/basic.ics"
    code = main(
        [*args, "--password-command", "pass show gmail", "--timezone", "UTC", "--ics-url", ics, "--no-check"]
    )
    assert 0 == code
    assert ("ics_url", ics) == (load_settings(path).calendars[0].kind, load_settings(path).calendars[0].url)


def test_init_help_lists_every_flag_and_provider(capsys: pytest.CaptureFixture[str]) -> None:
    """Every init flag has a help text, and the known providers and CalDAV servers are listed."""
    with pytest.raises(SystemExit):
        main(["init", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for name in (
        "Fastmail",
        "iCloud",
        "mailbox.org",
        "Posteo",
        "Zoho",
        "nextcloud",
        "radicale",
        "baikal",
        "xandikos",
    ):
        assert name in text
    from followupd.cli.main import build_parser

    init = build_parser()._subparsers._group_actions[0].choices["init"]  # type: ignore[union-attr]
    assert [] == [a.option_strings for a in init._actions if not a.help]
