"""Reading single config values: types, time zones, security modes, times of day, weekdays."""

from __future__ import annotations

import difflib
import ipaddress
import re
import zoneinfo
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.config.settings import Security
from followupd.domain.questionnaire import Kind

__all__ = [
    "check_zone",
    "is_loopback",
    "kind_name",
    "question_kind",
    "security_value",
    "time_range",
    "weekdays",
    "weekly_time",
]


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine: the only place clear-text mail (security = "none") is allowed."""
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


TYPE_NAMES = {
    "str": "a string",
    "int": "a whole number",
    "bool": "true or false",
    "list": "a list",
    "int or float": "a number",
    "dict": "a table",
}


def kind_name(value: Any) -> str:
    return {
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def check_zone(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a time zone name, got {kind_name(value)}")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        close = difflib.get_close_matches(value, zone_names(), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else '; use an IANA name such as "Europe/Berlin"'
        raise ValueError(f"unknown time zone {value!r}{hint}") from None
    return value


def zone_names() -> list[str]:
    return sorted(zoneinfo.available_timezones())


def security_value(value: Any) -> Security:
    try:
        return Security(value)
    except ValueError:
        raise ValueError(f'expected "tls", "starttls" or "none", got {value!r}') from None


def question_kind(value: Any) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        raise ValueError(f"unknown kind {value!r}; use one of {', '.join(k.value for k in Kind)}") from None


def time_range(value: Any) -> tuple[time, time]:
    if not isinstance(value, str) or not (
        m := re.fullmatch(r"\s*(\d{1,2}):(\d2)\s*-\s*(\d{1,2}):(\d2)\s*".replace("d2", "d{2}"), value)
    ):
        raise ValueError(f'expected a range like "08:00-19:00", got {value!r}')
    h1, m1, h2, m2 = (int(x) for x in m.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
        raise ValueError(f"{value!r} holds an impossible time")
    return time(h1, m1), time(min(h2, 23), 59 if h2 == 24 else m2)


DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def weekdays(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(isinstance(d, str) and d[:3].lower() in DAYS for d in value):
        raise ValueError('expected a list of day names, e.g. ["mon", "tue", "wed", "thu", "fri"]')
    return tuple(sorted({DAYS.index(d[:3].lower()) for d in value}))


def weekly_time(value: Any) -> tuple[int, time]:
    """A day of the week and a time of day, as in "mon 08:00" or "sunday 18:30": (weekday, time)."""
    m = re.fullmatch(r"\s*([a-z]+)\s+(\d{1,2}):(\d{2})\s*", value.lower()) if isinstance(value, str) else None
    names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    if m is None or len(m.group(1)) < 3 or not any(name.startswith(m.group(1)) for name in names):
        raise ValueError(f'expected a day and a time like "mon 08:00", or false, got {value!r}')
    hour, minute = int(m.group(2)), int(m.group(3))
    if hour > 23 or minute > 59:
        raise ValueError(f"{value!r} holds an impossible time")
    return DAYS.index(m.group(1)[:3]), time(hour, minute)
