"""Signed links: intact, for their purpose and unexpired, or refused."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.domain.signing import MAX_TOKEN, BadToken, Purpose, sign, verify

KEY = b"k" * 32
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


def test_round_trip() -> None:
    """A token verifies for its purpose and gives back its subject."""
    token = sign(KEY, purpose=Purpose.form, subject="42", expires=NOW + timedelta(days=30))
    assert verify(KEY, token, purpose=Purpose.form, now=NOW).subject == "42"


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
    token = sign(KEY, purpose=Purpose.form, subject="42", expires=NOW + timedelta(days=1))
    with pytest.raises(BadToken) as caught:
        verify(KEY, mutate(token), purpose=Purpose.form, now=NOW)
    assert caught.value.reason in (reason, "malformed")


def test_wrong_purpose_wrong_key_and_expiry() -> None:
    """A token is refused for another purpose, under another key, and at or after its expiry."""
    token = sign(KEY, purpose=Purpose.form, subject="42", expires=NOW + timedelta(hours=1))
    with pytest.raises(BadToken, match="wrong purpose"):
        verify(KEY, token, purpose=Purpose.review, now=NOW)
    with pytest.raises(BadToken, match="bad signature"):
        verify(b"other" * 8, token, purpose=Purpose.form, now=NOW)
    with pytest.raises(BadToken, match="expired"):
        verify(KEY, token, purpose=Purpose.form, now=NOW + timedelta(hours=1))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _signed_raw(payload: bytes) -> str:
    """A token over any payload under KEY, as only the key holder could make it."""
    mac = hmac.new(KEY, b"followupd-link-v1\0" + payload, hashlib.sha256).digest()[:16]
    return f"{_b64(payload)}.{_b64(mac)}"


@pytest.mark.parametrize("expiry", ["9" * 40, "9" * 4301, "99999999999999999999", "-1", "١٢٣", "1e9"])
def test_forged_token_with_huge_or_odd_expiry_is_a_bad_signature(expiry: str) -> None:
    """A forged payload is refused at the MAC check, before its expiry is ever read."""
    token = f"{_b64(f'debrief:42:{expiry}'.encode())}.{_b64(b'0' * 16)}"
    with pytest.raises(BadToken) as caught:
        verify(KEY, token, purpose=Purpose.form, now=NOW)
    assert caught.value.reason in ("bad signature", "malformed")


@pytest.mark.parametrize(
    "payload", [b"debrief:42:" + b"9" * 40, b"debrief:42:\xff", b"sideways:42:1", b"a:b"]
)
def test_correctly_signed_but_unreadable_payload_is_malformed(payload: bytes) -> None:
    """Even a payload under our own key that we never write is refused as malformed, not an exception."""
    with pytest.raises(BadToken, match="malformed"):
        verify(KEY, _signed_raw(payload), purpose=Purpose.form, now=NOW)


def test_each_purpose_opens_only_its_own_routes() -> None:
    """A token for one purpose is refused for every other purpose, in both directions."""
    for signed in Purpose:
        token = sign(KEY, purpose=signed, subject="7", expires=NOW + timedelta(days=1))
        for wanted in Purpose:
            if wanted is signed:
                assert signed == verify(KEY, token, purpose=wanted, now=NOW).purpose
            else:
                with pytest.raises(BadToken, match="wrong purpose"):
                    verify(KEY, token, purpose=wanted, now=NOW)


def test_over_long_or_non_canonical_tokens_are_malformed() -> None:
    """A token longer than any we write, or spelled differently from how we encode it, is refused."""
    token = sign(KEY, purpose=Purpose.form, subject="42", expires=NOW + timedelta(days=1))
    payload, mac = token.split(".")
    for bad in ("A" * (MAX_TOKEN + 1), f"{payload}!.{mac}", f"{payload}.{mac}.x", f"{payload}\n.{mac}"):
        with pytest.raises(BadToken, match="malformed"):
            verify(KEY, bad, purpose=Purpose.form, now=NOW)


@settings(max_examples=300, derandomize=True, database=None)
@given(st.one_of(st.text(max_size=200), st.from_regex(r"[A-Za-z0-9_=-]{0,120}\.[A-Za-z0-9_=-]{0,40}")))
def test_any_text_is_a_claim_or_bad_token(token: str) -> None:
    """Whatever arrives in the path, verify answers with a claim or BadToken, never another exception."""
    with pytest.raises(BadToken):
        verify(KEY, token, purpose=Purpose.form, now=NOW)
