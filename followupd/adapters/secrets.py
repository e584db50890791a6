"""Resolving passwords and OAuth2 tokens from the keyring, a command, a systemd credential or the environment."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

from followupd.adapters import redact
from followupd.config.settings import Credentials, SecretSpec
from followupd.errors import UserError

__all__ = ["KEYRING_SERVICE", "keyring_status", "resolve", "store_in_keyring"]

KEYRING_SERVICE = "followupd"
_ALTERNATIVES = (
    "password_command (e.g. `pass show mail/imap`), a systemd credential (LoadCredential=), "
    "password_env, or oauth2_token_command"
)


def keyring_status() -> tuple[bool, str]:
    """Whether a real keyring backend is usable here, and its name or why not."""
    # keyring is imported where it is used: loading it probes every backend (D-Bus, files), which costs a
    # config that names a password command or a systemd credential for nothing.
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if (
        isinstance(backend, fail.Keyring)
        or "fail" in type(backend).__module__
        or "null" in type(backend).__module__
    ):
        return False, "no usable keyring backend (no D-Bus Secret Service session on this machine?)"
    return True, f"{type(backend).__module__}.{type(backend).__name__}"


def store_in_keyring(spec: SecretSpec, password: str) -> None:
    ok, why = keyring_status()
    if not ok:
        raise UserError(
            f"cannot store the {spec.name} password in the keyring: {why}", fix=f"use one of: {_ALTERNATIVES}"
        )
    import keyring

    keyring.set_password(KEYRING_SERVICE, _keyring_key(spec), password)


def _keyring_key(spec: SecretSpec) -> str:
    return f"{spec.name}:{spec.username}"


def _from_keyring(spec: SecretSpec) -> str | None:
    if not spec.keyring or not keyring_status()[0]:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_key(spec))
    except KeyringError:
        return None


def _run(command: tuple[str, ...] | str, what: str, cwd: Path | None = None) -> str:
    argv: list[str] | str = list(command) if isinstance(command, tuple) else command
    try:
        result = subprocess.run(
            argv,
            shell=isinstance(argv, str),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=cwd,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UserError(
            f"{what} could not run: {type(exc).__name__}",
            fix="check that the command exists and works in a shell",
        ) from None
    if result.returncode != 0:
        # stderr may hold anything; we name the exit code only, so no secret can leak through it.
        raise UserError(
            f"{what} failed with exit code {result.returncode}",
            fix="run the command by hand in a shell to see why",
        )
    line = result.stdout.splitlines()[0].strip() if result.stdout.strip() else ""
    if not line:
        raise UserError(f"{what} printed nothing", fix="it must print the secret on its first line")
    return line


def _from_credential(spec: SecretSpec) -> str | None:
    directory = os.environ.get("CREDENTIALS_DIRECTORY")
    if not directory:
        return None
    path = Path(directory) / (spec.credential or spec.name)
    try:
        return path.read_text().splitlines()[0].strip()
    except (OSError, IndexError):
        return None


class _TokenCommand:
    """Runs an OAuth2 token command once and again whenever the server refused the token."""

    def __init__(self, command: tuple[str, ...] | str, name: str, cwd: Path | None) -> None:
        self._command = command
        self._cwd = cwd
        self._name = name
        self._token: str | None = None
        self._lock = threading.Lock()

    def __call__(self, refresh: bool = False) -> str:
        with self._lock:
            if refresh or self._token is None:
                self._token = redact.register(
                    _run(self._command, f"oauth2_token_command for {self._name}", self._cwd)
                )
            return self._token


def resolve(spec: SecretSpec) -> Credentials:
    """Find the secret for `spec`, trying keyring, command, credential, environment, then the literal."""
    if spec.oauth2_token_command:
        return Credentials(
            username=spec.username,
            oauth2_token=_TokenCommand(spec.oauth2_token_command, spec.name, spec.workdir),
        )
    password = _from_keyring(spec)
    if password is None and spec.password_command:
        password = _run(spec.password_command, f"password_command for {spec.name}", spec.workdir)
    if password is None and spec.credential is not None:
        password = _from_credential(spec)
        if password is None:
            raise UserError(
                f"systemd credential {spec.credential!r} for {spec.name} is not readable",
                fix="add LoadCredential= to the unit; $CREDENTIALS_DIRECTORY must hold the file",
            )
    if password is None:
        password = _from_credential(spec)
    if password is None and spec.env:
        password = os.environ.get(spec.env)
        if password is None:
            raise UserError(f"environment variable {spec.env} for the {spec.name} password is not set")
    if password is None:
        password = spec.password
    if password is None:
        ok, why = keyring_status()
        where = f"the keyring has no entry (run `followupd secrets set {spec.name}`)" if ok else why
        raise UserError(
            f"no password found for {spec.name} ({spec.username}): {where}",
            fix=f"configure one of: {_ALTERNATIVES}",
        )
    return Credentials(username=spec.username, password=redact.register(password))
