"""The set of secrets known to this process, and the function that blanks them out of any text."""

from __future__ import annotations

import threading

__all__ = ["register", "scrub"]

_lock = threading.Lock()
_secrets: set[str] = set()
MASK = "[redacted]"


def register(secret: str) -> str:
    """Remember a secret so that scrub() removes it; returns it unchanged for chaining."""
    if len(secret) >= 4:  # shorter strings would blank out ordinary words
        with _lock:
            _secrets.add(secret)
    return secret


def scrub(text: str) -> str:
    if not _secrets:
        return text
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text
