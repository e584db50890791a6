"""Signed link tokens: an HMAC over a purpose, a subject (such as an interview id) and an expiry."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

__all__ = ["BadToken", "SignedClaim", "sign", "verify"]


class BadToken(ValueError):
    """The token is malformed, altered, for another purpose, or expired; `reason` says which."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class SignedClaim:
    purpose: str
    subject: str
    expires: datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, b"followupd-link-v1\0" + payload, hashlib.sha256).digest()[:16]


def sign(key: bytes, *, purpose: str, subject: str, expires: datetime) -> str:
    """A URL-safe token; purpose and subject must not contain ':'."""
    if ":" in purpose or ":" in subject:
        raise ValueError("purpose and subject must not contain ':'")
    payload = f"{purpose}:{subject}:{int(expires.timestamp())}".encode()
    return f"{_b64(payload)}.{_b64(_mac(key, payload))}"


def verify(key: bytes, token: str, *, purpose: str, now: datetime) -> SignedClaim:
    """Check a token; raise BadToken unless it is intact, for `purpose` and not expired at `now`."""
    try:
        payload_text, mac_text = token.split(".")
        payload = _unb64(payload_text)
        mac = _unb64(mac_text)
        got_purpose, subject, expires_text = payload.decode().split(":")
        expires = datetime.fromtimestamp(int(expires_text), UTC)
    except (ValueError, UnicodeDecodeError):
        raise BadToken("malformed") from None
    if not hmac.compare_digest(mac, _mac(key, payload)):
        raise BadToken("bad signature")
    if got_purpose != purpose:
        raise BadToken("wrong purpose")
    if now >= expires:
        raise BadToken("expired")
    return SignedClaim(purpose=got_purpose, subject=subject, expires=expires)
