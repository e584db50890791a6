"""Secrets: each source in its order, clear errors naming alternatives, and no secret in any message."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
import structlog

from followupd.adapters import redact
from followupd.adapters.secrets import resolve
from followupd.config.settings import SecretSpec
from followupd.errors import UserError
from followupd.runtime import logs


def spec(**kw: object) -> SecretSpec:
    return SecretSpec(name="imap", username="maya", keyring=False, **kw)  # type: ignore[arg-type]


def test_password_command_argv_and_shell(tmp_path: Path) -> None:
    """A command's first output line is the password, run in the config's directory."""
    (tmp_path / "pw").write_text("s3cret-from-file\nsecond line\n")
    assert resolve(spec(password_command=("cat", "pw"), workdir=tmp_path)).password == "s3cret-from-file"
    assert resolve(spec(password_command="echo shell-secret", workdir=tmp_path)).password == "shell-secret"


def test_failing_command_names_exit_code_not_output(tmp_path: Path) -> None:
    """A failing command's error names its exit code; its output (which may hold anything) is not shown."""
    (tmp_path / "pw").write_text("leaked-secret")
    with pytest.raises(UserError) as caught:
        resolve(spec(password_command="cat pw; cat pw >&2; exit 3", workdir=tmp_path))
    assert "exit code 3" in caught.value.render() and "leaked-secret" not in caught.value.render()


def test_systemd_credential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$CREDENTIALS_DIRECTORY/<name> is read when the unit passes it."""
    (tmp_path / "imap").write_text("cred-secret\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    assert resolve(spec(credential="imap")).password == "cred-secret"
    assert resolve(spec()).password == "cred-secret"  # the default credential name is the secret's name


def test_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """password_env reads the variable; an unset one is a clear error."""
    monkeypatch.setenv("FU_TEST_PW", "env-secret")
    assert resolve(spec(env="FU_TEST_PW")).password == "env-secret"
    with pytest.raises(UserError, match="FU_TEST_MISSING"):
        resolve(spec(env="FU_TEST_MISSING"))


def test_nothing_configured_names_the_alternatives(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no source, the error lists what can be configured instead."""
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    with pytest.raises(UserError) as caught:
        resolve(spec())
    assert "password_command" in caught.value.render() and "LoadCredential" in caught.value.render()


def test_oauth2_command_refreshes_on_demand(tmp_path: Path) -> None:
    """The token command runs once, and again only when asked to refresh."""
    counter = tmp_path / "n"
    counter.write_text("0")
    command = f"n=$(cat {counter}); n=$((n+1)); echo $n > {counter}; echo token-$n-abcdef"
    creds = resolve(spec(oauth2_token_command=command))
    token = creds.oauth2_token
    assert callable(token)
    assert token(False) == "token-1-abcdef"
    assert token(False) == "token-1-abcdef"
    assert token(True) == "token-2-abcdef"


def test_resolved_secrets_are_scrubbed_from_logs() -> None:
    """Whatever key a secret is logged under, structlog's output shows it redacted."""
    creds = resolve(spec(password_command="echo very-secret-pw"))
    stream = io.StringIO()
    logs.configure("info", json=True, stream=stream)
    structlog.get_logger("t").info("login", detail=f"using {creds.password}", password="short")
    logging.getLogger("imapclient").warning("raw %s", creds.password)
    out = stream.getvalue()
    assert "very-secret-pw" not in out
    assert json.loads(out.splitlines()[0])["detail"] == f"using {redact.MASK}"
    assert repr(creds).count("very-secret-pw") == 0


def test_headless_keyring_names_the_alternatives() -> None:
    """With no keyring backend (a server without D-Bus), storing says so and lists what works instead."""
    import keyring
    from keyring.backends import fail

    from followupd.adapters.secrets import keyring_status, store_in_keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert keyring_status()[0] is False
        with pytest.raises(UserError) as caught:
            store_in_keyring(spec(), "pw-123456")
        message = caught.value.render()
        assert "no usable keyring backend" in message and "password_command" in message
        assert "LoadCredential" in message
        with pytest.raises(UserError, match="no usable keyring backend"):
            resolve(SecretSpec(name="imap", username="maya"))
    finally:
        keyring.set_keyring(previous)
