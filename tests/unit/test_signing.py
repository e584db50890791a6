"""Signed links: intact, for their purpose and unexpired, or refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followupd.domain.signing import BadToken, sign, verify

KEY = b"k" * 32
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


def test_round_trip() -> None:
    """A token verifies for its purpose and gives back its subject."""
    token = sign(KEY, purpose="debrief", subject="42", expires=NOW + timedelta(days=30))
    assert verify(KEY, token, purpose="debrief", now=NOW).subject == "42"


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"), "bad signature"),
        (lambda t: "x" + t, "bad signature"),
        (lambda t: "garbage", "malformed"),
        (lambda t: "", "malformed"),
    ],
)
def test_altered_tokens_are_refused(mutate, reason: str) -> None:
    """Any change to a token makes it invalid."""
    token = sign(KEY, purpose="debrief", subject="42", expires=NOW + timedelta(days=1))
    with pytest.raises(BadToken) as caught:
        verify(KEY, mutate(token), purpose="debrief", now=NOW)
    assert caught.value.reason in (reason, "malformed")


def test_wrong_purpose_wrong_key_and_expiry() -> None:
    """A token is refused for another purpose, under another key, and at or after its expiry."""
    token = sign(KEY, purpose="debrief", subject="42", expires=NOW + timedelta(hours=1))
    with pytest.raises(BadToken, match="wrong purpose"):
        verify(KEY, token, purpose="review", now=NOW)
    with pytest.raises(BadToken, match="bad signature"):
        verify(b"other" * 8, token, purpose="debrief", now=NOW)
    with pytest.raises(BadToken, match="expired"):
        verify(KEY, token, purpose="debrief", now=NOW + timedelta(hours=1))
