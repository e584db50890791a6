"""[followups]: each wait in business days, days or a duration; bad values named with the forms that work."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from followupd.config.load import parse_settings
from followupd.domain.policy import FollowupSettings
from followupd.domain.waits import Wait, WaitUnit
from tests.unit.test_config import GOOD, problems, write


def test_defaults_without_the_section(tmp_path: Path) -> None:
    from followupd.config.load import load_settings

    assert FollowupSettings() == load_settings(write(tmp_path, GOOD)).followups


def test_every_key_is_read(tmp_path: Path) -> None:
    section = (
        '[followups]\nenabled = false\ndefault_wait = "5 days"\ngrace = "90s"\nsecond_after = "1 business day"\n'
        'language = "DE"\n'
    )
    settings = parse_settings(tomllib.loads(GOOD + section), source=tmp_path / "config.toml")
    assert (
        FollowupSettings(
            enabled=False,
            default_wait=Wait(5, WaitUnit.days),
            grace=Wait(90, WaitUnit.seconds),
            second_after=Wait(1, WaitUnit.business_days),
            language="de",
        )
        == settings.followups
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'default_wait = "two weeks"',
            "followups.default_wait: 'two weeks' is not a wait; write \"10 business days\"",
        ),
        ("grace = 2", "followups.grace: 2 is not a wait"),
        ('second_after = "7 weeks"', "followups.second_after: '7 weeks' is not a wait"),
        ('language = "english"', "followups.language: 'english' is not a two-letter language code"),
        ('enabled = "yes"', "followups.enabled: expected true or false"),
        ('grase = "2 days"', "did you mean `grace`?"),
    ],
)
def test_a_bad_value_is_named_with_what_to_write(tmp_path: Path, line: str, expected: str) -> None:
    assert expected in problems(tmp_path, GOOD + "[followups]\n" + line + "\n")
