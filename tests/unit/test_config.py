"""Config loading: a good file gives typed settings; each bad one gives one clear line per problem, exit 2."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from followupd.cli.main import main
from followupd.config.load import ConfigError, load_settings
from followupd.config.settings import Security
from followupd.errors import UserError

GOOD = """
[account]
name = "Maya Example"
addresses = ["maya@example.org", "Maya.Alt@example.net"]
timezone = "Europe/Berlin"

[imap]
host = "imap.example.org"
username = "maya@example.org"
password_command = ["pass", "show", "mail"]

[smtp]
host = "smtp.example.org"
port = 587
security = "starttls"
username = "maya@example.org"
password_env = "SMTP_PASSWORD"

[[calendars]]
name = "work"
kind = "caldav"
url = "https://caldav.example.org/"
username = "maya"
password_command = "pass show caldav"

[debrief]
delay = "15m"
reminder = false

[schedule]
window = "09:00-18:00"
weekdays = ["mon", "tue", "wed"]
"""


def write(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    os.chmod(path, mode)
    return path


def problems(tmp_path: Path, text: str, mode: int = 0o600) -> str:
    with pytest.raises(UserError) as caught:
        load_settings(write(tmp_path, text, mode))
    return caught.value.render()


def test_good_config_loads_typed(tmp_path: Path) -> None:
    """Every section becomes typed settings with durations, zones and defaults filled in."""
    s = load_settings(write(tmp_path, GOOD))
    assert s.account.addresses == ("maya@example.org", "maya.alt@example.net")
    assert (s.imap.port, s.imap.security) == (993, Security.tls)
    assert (s.smtp.port, s.smtp.security, s.smtp.secret.env) == (587, Security.starttls, "SMTP_PASSWORD")
    assert s.imap.secret.password_command == ("pass", "show", "mail")
    assert s.calendars[0].interval == timedelta(minutes=2)
    assert s.debrief.delay == timedelta(minutes=15)
    assert s.debrief.reminder is None
    assert s.schedule.weekdays == (0, 1, 2)
    assert len(s.questionnaire) == 12


def test_example_config_is_valid() -> None:
    """config.example.toml documents every key and loads (its CA file comes from the demo stack)."""
    root = Path(__file__).resolve().parents[2]
    text = (root / "config.example.toml").read_text()
    import tomllib

    from followupd.config.load import parse_settings

    data = tomllib.loads(text)
    for section in ("imap", "smtp"):
        data[section].pop("ca_file", None)
    settings = parse_settings(data, source=root / "config.example.toml")
    assert settings.account.timezone


def test_malformed_toml_names_the_line(tmp_path: Path) -> None:
    """Broken TOML: file and line, and what to check."""
    message = problems(tmp_path, GOOD + "\n[web\nlisten = 1\n")
    assert "config.toml:" in message and "not valid TOML" in message


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    """A typo gets 'did you mean' with the key path and line."""
    message = problems(tmp_path, GOOD.replace("[debrief]\n", '[debrief]\ndebrief_dealy = "5m"\n'))
    assert "debrief.debrief_dealy: unknown key (did you mean `delay`?)" in message
    assert f"config.toml:{GOOD.splitlines().index('[debrief]') + 2}" in message


def test_wrong_type_missing_section_bad_duration_bad_zone_all_reported(tmp_path: Path) -> None:
    """Several problems: one line each, all in one go."""
    text = (
        GOOD.replace("port = 587", 'port = "587"')
        .replace('delay = "15m"', 'delay = "10 minutes later"')
        .replace('"Europe/Berlin"', '"Europe/Berln"')
    )
    text = text.replace("[smtp]", "[smtpp]")
    message = problems(tmp_path, text)
    lines = message.splitlines()
    assert any("unknown key (did you mean `smtp`?)" in line for line in lines)
    assert any("smtp: section is missing" in line for line in lines)
    assert any("'10 minutes later' is not a duration" in line for line in lines)
    assert any("unknown time zone 'Europe/Berln'; did you mean 'Europe/Berlin'?" in line for line in lines)


def test_literal_password_refused_unless_private(tmp_path: Path) -> None:
    """A literal password in a file others can read is refused, with the chmod fix; 0600 is accepted."""
    text = GOOD.replace('password_command = ["pass", "show", "mail"]', 'password = "hunter2-secret"')
    message = problems(tmp_path, text, mode=0o644)
    assert "imap.password: a literal password is refused" in message and "chmod 600" in message
    assert "hunter2-secret" not in message
    assert load_settings(write(tmp_path, text, 0o600)).imap.secret.password == "hunter2-secret"


def test_security_none_only_for_loopback(tmp_path: Path) -> None:
    """Clear-text mail is allowed for a loopback host only."""
    message = problems(tmp_path, GOOD.replace('security = "starttls"', 'security = "none"'))
    assert 'smtp.security: "none" is only allowed for a loopback host' in message


def test_cli_exits_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI prints the problems and exits 2; nothing is written to the state dir."""
    path = write(tmp_path, GOOD.replace("[account]", "[acount]"))
    state = tmp_path / "state"
    assert main(["--config", str(path), "--state-dir", str(state), "status"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "account: section is missing" in err
    assert not state.exists()


def test_missing_file_says_run_init(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No config file: the message says how to make one."""
    assert main(["--config", str(tmp_path / "nope.toml"), "status"]) == 2
    assert "followupd init" in capsys.readouterr().err


def test_config_error_is_a_user_error() -> None:
    """ConfigError is printed by the CLI like any UserError."""
    assert issubclass(ConfigError, UserError)
