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
