"""Parsing of the short durations the config uses ("10m", "18h", "1h30m", "2d")."""

from __future__ import annotations

import re
from datetime import timedelta

__all__ = ["format_duration", "parse_duration"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_PART = re.compile(r"(\d+)\s*([smhdw])")
_WHOLE = re.compile(r"^\s*(?:\d+\s*[smhdw]\s*)+$")


def parse_duration(text: str) -> timedelta:
    """Read "10m", "18h", "1h30m", "2d", "0s"; raise ValueError naming the accepted forms otherwise."""
    if not isinstance(text, str) or not _WHOLE.match(text.lower()):
        raise ValueError(
            f"{text!r} is not a duration; write a number and a unit: 30s, 10m, 18h, 2d, 1w, 1h30m"
        )
    seconds = sum(int(n) * _UNITS[u] for n, u in _PART.findall(text.lower()))
    return timedelta(seconds=seconds)


def format_duration(delta: timedelta) -> str:
    """The inverse of parse_duration, for messages: 5400 s -> "1h30m"."""
    seconds = int(delta.total_seconds())
    if seconds == 0:
        return "0s"
    out = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        n, seconds = divmod(seconds, size)
        if n:
            out.append(f"{n}{unit}")
    return "".join(out)
