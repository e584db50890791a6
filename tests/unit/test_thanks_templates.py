"""Every thank-you template rendered with every field missing in turn: no "None", no empty greeting, no dangling
punctuation, no double blank lines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from followupd.compose.composer import Composer
from tests.support import KEY, build_app

FULL: dict[str, Any] = {
    "greeting_name": "Jane",
    "weekday": 3,
    "role": "Senior Backend Engineer",
    "company": "Acme",
    "point": {"kind": "role", "text": "The team owns the whole payments platform"},
    "interested": True,
}
POINTS = ["topic", "role", "company", "went_well"]
EMPTY: dict[str, Any] = {
    "greeting_name": "",
    "weekday": None,
    "role": "",
    "company": "",
    "point": None,
    "interested": False,
}


def _cases() -> list[tuple[str, dict[str, Any]]]:
    cases = [("full", FULL), ("all empty", EMPTY)]
    cases += [(f"no {k}", FULL | {k: EMPTY[k]}) for k in FULL]
    cases += [(f"point {p}", FULL | {"point": {"kind": p, "text": "Rust async runtimes"}}) for p in POINTS]
    cases += [
        (f"point {p}, no company", FULL | {"company": "", "point": {"kind": p, "text": "x y"}})
        for p in POINTS
    ]
    return cases


def _problems(text: str) -> list[str]:
    found = []
    if "None" in text:
        found.append("None")
    if "\n\n\n" in text:
        found.append("double blank line")
    if re.search(r"\s[.,:;!]|[,:;]\s*[.,]|\.\.|  ", text):
        found.append("dangling punctuation or double space")
    first = text.splitlines()[0]
    if re.fullmatch(r"(Dear|Hallo)\s*,", first) or "@" in first:
        found.append("empty or address greeting")
    return found


@pytest.fixture
def composer(tmp_path: Path) -> Composer:
    app, _ = build_app(tmp_path)
    return app.composer


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("case", "context"), _cases(), ids=[c for c, _ in _cases()])
def test_every_field_missing_in_turn_reads_cleanly(
    composer: Composer, language: str, case: str, context: dict[str, Any]
) -> None:
    text = composer.note_text(language, context)
    assert [] == _problems(text), text
    assert text.rstrip().endswith("Maya Example")


def test_greeting_falls_back_to_a_neutral_one(composer: Composer) -> None:
    assert ["Hello,", "Guten Tag,"] == [
        composer.note_text(lang, FULL | {"greeting_name": ""}).splitlines()[0] for lang in ("en", "de")
    ]


def test_the_weekday_is_in_words_in_each_language(composer: Composer) -> None:
    assert "on Thursday" in composer.note_text("en", FULL)
    assert "am Donnerstag" in composer.note_text("de", FULL)


def test_an_unknown_language_falls_back_to_english(composer: Composer) -> None:
    assert composer.note_text("en", FULL) == composer.note_text("xx", FULL)


def test_a_template_in_the_config_dir_overrides_the_shipped_one(tmp_path: Path) -> None:
    app, _ = build_app(tmp_path)
    override = tmp_path / "templates"
    override.mkdir()
    (override / "thanks_en.txt.j2").write_text("Hi {{ greeting_name }}, thanks. {{ signature }}")
    composer = Composer(app.settings, link_key=KEY, override_dir=override)
    assert "Hi Jane, thanks. Maya Example\n" == composer.note_text("en", FULL)
