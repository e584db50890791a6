"""Loading the TOML config into typed Settings, with one clear message per problem."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

import platformdirs

from followupd.config.schema import Problem, Validator
from followupd.config.settings import (
    Settings,
)
from followupd.domain.questionnaire import Questionnaire
from followupd.errors import UserError

__all__ = [
    "ConfigError",
    "default_config_path",
    "load_questionnaire",
    "load_settings",
    "parse_settings",
    "state_dir",
]


class ConfigError(UserError):
    """All problems of one config file, each with its key path and line; rendered one per line."""

    def __init__(self, path: Path | None, problems: list[Problem], lines: dict[str, int]) -> None:
        self.problems = problems
        where = str(path) if path else "config"
        rendered = []
        for p in problems:
            line = lines.get(p.key)
            loc = f"{where}:{line}" if line else where
            text = f"{loc}: {p.key}: {p.what}" if p.key else f"{loc}: {p.what}"
            rendered.append(f"{text} ({p.fix})" if p.fix else text)
        super().__init__("\n".join(rendered))

    def render(self) -> str:
        return self.what


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir("followupd")) / "config.toml"


def load_settings(path: Path) -> Settings:
    """Read and validate the config file at `path`; raise ConfigError (exit 2) listing every problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(
            "config file not found",
            where=str(path),
            fix="run `followupd init` to write one, or pass --config PATH",
        ) from None
    except OSError as exc:
        raise UserError(f"cannot read config file: {exc.strerror}", where=str(path)) from None
    text = raw.decode("utf-8", errors="replace")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        where = f"{path}:{line.group(1)}" if line else str(path)
        raise UserError(
            f"not valid TOML: {exc}",
            where=where,
            fix="check quotes, brackets and `key = value` syntax on that line",
        ) from None
    mode = path.stat().st_mode
    private = not (mode & (stat.S_IRWXG | stat.S_IRWXO))
    return parse_settings(data, source=path, private=private, lines=_key_lines(text))


def parse_settings(
    data: dict[str, Any],
    *,
    source: Path | None = None,
    private: bool = True,
    lines: dict[str, int] | None = None,
) -> Settings:
    """Validate parsed TOML data. `private` says whether the file is readable by its owner only."""
    v = Validator(source=source, private=private)
    settings = v.settings(data)
    if v.problems or settings is None:
        raise ConfigError(source, v.problems, lines or {})
    return settings


def load_questionnaire(path: Path) -> Questionnaire:
    """A questionnaire alone, from a TOML file holding a [questionnaire] table shaped like the config's."""
    try:
        data = tomllib.loads(path.read_text())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(f"cannot read the questionnaire: {exc}", where=str(path)) from None
    validator = Validator(source=path, private=True)
    table = data.get("questionnaire", data)
    questionnaire = validator.questionnaire(table if isinstance(table, dict) else {})
    if validator.problems:
        raise ConfigError(path, validator.problems, _key_lines(path.read_text()))
    return questionnaire


def _key_lines(text: str) -> dict[str, int]:
    """Map dotted key paths to line numbers, well enough for messages (tomllib keeps no positions)."""
    lines: dict[str, int] = {}
    section = ""
    counts: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if m := re.match(r"^\[\[\s*([\w.-]+)\s*\]\]", stripped):
            name = m.group(1)
            index = counts.get(name, -1) + 1
            counts[name] = index
            section = f"{name}[{index}]"
            lines.setdefault(section, number)
        elif m := re.match(r"^\[\s*([\w.-]+)\s*\]", stripped):
            section = m.group(1)
            lines.setdefault(section, number)
        elif m := re.match(r"^([\w-]+)\s*=", stripped):
            key = f"{section}.{m.group(1)}" if section else m.group(1)
            lines.setdefault(key, number)
    return lines


def state_dir(override: Path | None) -> Path:
    """Where the database lives: --state-dir, systemd's $STATE_DIRECTORY, or the XDG state dir."""
    if override is not None:
        return override
    if env := os.environ.get("STATE_DIRECTORY"):
        return Path(env.split(":")[0])
    return Path(platformdirs.user_state_dir("followupd"))
