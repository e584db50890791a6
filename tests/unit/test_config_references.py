"""[[references]] and [heads_up] in the config: the new keys typed, `notes` still read, each bad value one line
naming the key, the file and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from followupd.config.load import load_settings
from followupd.domain.policy import HeadsUpWhen
from tests.unit.test_config import GOOD, problems, write

SAM = """
[[references]]
name = "Sam Rivera"
email = "Sam@Example.net"
relationship = "my manager at Contoso, 2021-2024"
speaks_to = "the payments migration"
timezone = "America/New_York"
max_per_month = 2

[[references]]
name = "Ana Lee"
email = "ana@example.net"
notes = "mentoring two juniors"

[heads_up]
when = "yes_or_unsure"
language = "de"
"""


def test_references_and_heads_up_load_typed(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, GOOD + SAM))
    sam, ana = settings.references
    assert ("sam@example.net", "the payments migration", "America/New_York", 2) == (
        sam.email,
        sam.speaks_to,
        sam.timezone,
        sam.max_per_month,
    )
    assert ("mentoring two juniors", "", 3) == (ana.speaks_to, ana.timezone, ana.max_per_month)
    assert (HeadsUpWhen.yes_or_unsure, "de") == (settings.heads_up.when, settings.heads_up.language)


def test_heads_up_defaults(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, GOOD))
    assert ((), HeadsUpWhen.yes, "en") == (
        settings.references,
        settings.heads_up.when,
        settings.heads_up.language,
    )


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (
            'timezone = "America/New_York"',
            'timezone = "America/NewYork"',
            "references[0].timezone: unknown time zone",
        ),
        (
            "max_per_month = 2",
            "max_per_month = 0",
            "references[0].max_per_month: 0 is below 1 (write a whole",
        ),
        ("max_per_month = 2", 'max_per_month = "2"', "references[0].max_per_month: expected"),
        (
            'email = "ana@example.net"',
            'email = "ana"',
            "references[1].email: 'ana' is not an email address (write",
        ),
        (
            'notes = "mentoring',
            'speaks_to = "x"\nnotes = "mentoring',
            "references[1].notes: is the older name",
        ),
        (
            'when = "yes_or_unsure"',
            'when = "always"',
            "heads_up.when: 'always' is not one of yes, yes_or_unsure, never",
        ),
        (
            'language = "de"',
            'language = "german"',
            "heads_up.language: 'german' is not a two-letter language code",
        ),
        (
            'relationship = "my',
            'relation = "my',
            "references[0].relation: unknown key (did you mean `relationship`?)",
        ),
    ],
)
def test_each_bad_value_is_one_line_with_key_file_and_fix(
    tmp_path: Path, old: str, new: str, line: str
) -> None:
    assert old in SAM
    message = problems(tmp_path, GOOD + SAM.replace(old, new, 1))
    [found] = [m for m in message.splitlines() if line in m]
    assert "config.toml:" in found
