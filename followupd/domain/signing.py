"""Signed link tokens: an HMAC over a purpose, a subject (such as an interview id) and an expiry."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

__all__ = ["MAX_TOKEN", "BadToken", "Purpose", "SignedClaim", "sign", "verify"]

# A real token is about 60 characters; anything far longer is not ours and is refused before any decoding.
MAX_TOKEN = 512
_MAX_EXPIRY_DIGITS = 11  # seconds since 1970 up to the year 5138; more digits cannot be a date we wrote


class Purpose(Enum):
    """What a signed link opens; every route accepts exactly one purpose, and a token carries exactly one."""

    # The wire value "debrief" predates this enum: links already mailed carry it and must keep working.
    form = "debrief"
    review = "review"
    dashboard = "dashboard"


class BadToken(ValueError):
    """The token is malformed, altered, for another purpose, or expired; `reason` says which."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class SignedClaim:
    purpose: Purpose
    subject: str
    expires: datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    """Strict: the decoder skips characters outside the alphabet, so a token must re-encode to itself."""
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64(data) != text:
        raise ValueError("not canonical base64url")
    return data


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, b"followupd-link-v1\0" + payload, hashlib.sha256).digest()[:16]


def sign(key: bytes, *, purpose: Purpose, subject: str, expires: datetime) -> str:
    """A URL-safe token; the subject must not contain ':'."""
    if ":" in subject:
        raise ValueError("subject must not contain ':'")
    payload = f"{purpose.value}:{subject}:{int(expires.timestamp())}".encode()
    return f"{_b64(payload)}.{_b64(_mac(key, payload))}"


def verify(key: bytes, token: str, *, purpose: Purpose, now: datetime) -> SignedClaim:
    """Check a token; raise BadToken unless it is intact, for `purpose` and not expired at `now`.

    The MAC is checked before the payload is read: nothing an outsider wrote is parsed, so no crafted field
    (a 40-digit expiry, a strange purpose) can reach code that might fail on it.
    """
    if len(token) > MAX_TOKEN or token.count(".") != 1:
        raise BadToken("malformed")
    payload_text, mac_text = token.split(".")
    try:
        payload, mac = _unb64(payload_text), _unb64(mac_text)
    except (ValueError, binascii.Error):
        raise BadToken("malformed") from None
    if not hmac.compare_digest(mac, _mac(key, payload)):
        raise BadToken("bad signature")
    claim = _read(payload)
    if claim.purpose is not purpose:
        raise BadToken("wrong purpose")
    if now >= claim.expires:
        raise BadToken("expired")
    return claim


def _read(payload: bytes) -> SignedClaim:
    """The fields of a payload we signed; BadToken for one signed by an older or newer version we cannot read."""
    try:
        purpose_text, subject, expires_text = payload.decode("ascii").split(":")
        got_purpose = Purpose(purpose_text)
    except (ValueError, UnicodeDecodeError):
        raise BadToken("malformed") from None
    if not (expires_text.isascii() and expires_text.isdigit() and len(expires_text) <= _MAX_EXPIRY_DIGITS):
        raise BadToken("malformed")
    try:
        expires = datetime.fromtimestamp(int(expires_text), UTC)
    except (OverflowError, OSError, ValueError):
        raise BadToken("malformed") from None
    return SignedClaim(purpose=got_purpose, subject=subject, expires=expires)
