"""Durations in the config: "10m", "18h", "1h30m"; anything else is refused with the accepted forms."""

from __future__ import annotations

from datetime import timedelta

import pytest

from followupd.domain.durations import format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10m", timedelta(minutes=10)),
        ("18h", timedelta(hours=18)),
        ("1h30m", timedelta(minutes=90)),
        ("2d", timedelta(days=2)),
        ("1w", timedelta(weeks=1)),
        ("0s", timedelta(0)),
        (" 45 s ", timedelta(seconds=45)),
    ],
)
def test_parse(text: str, expected: timedelta) -> None:
    """Accepted forms parse to the right length."""
    assert parse_duration(text) == expected
    assert parse_duration(format_duration(expected)) == expected


@pytest.mark.parametrize("text", ["10 minutes later", "", "10", "m10", "1.5h", "-5m", "10x"])
def test_refused(text: str) -> None:
    """Anything else is refused, naming the accepted forms."""
    with pytest.raises(ValueError, match="30s, 10m, 18h"):
        parse_duration(text)
