"""Read a plain single VEVENT from its lines without icalendar, for big files; anything unusual is declined."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar.prop import vDuration

__all__ = ["Prop", "read_single"]

# What the fast reader understands. A part with any other property still parses, the property is just not
# read (we never read it anyway); a part with recurrence, or a value we do not understand, is declined and
# goes to icalendar. tests/unit/test_ical_fast.py checks that both readers agree on every fixture.
_TEXT = {"UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE", "URL", "CONFERENCE"}
_TEXT |= {"X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-MICROSOFT-ONLINEMEETINGCONFLINK"}
_PEOPLE = {"ORGANIZER", "ATTENDEE"}
_TIMES = {"DTSTART", "DTEND", "DTSTAMP"}
_DECLINE = {"RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "EXRULE"}
_DATETIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_ESCAPES = re.compile(r"\\([\\;,nN])")


class Prop(str):
    """A property value as the event reader expects it from icalendar: text, ``params``, and ``dt`` or
    ``cats`` where the property has them."""

    params: dict[str, str]
    dt: Any
    cats: list[str]


def read_single(lines: list[str]) -> dict[str, Any] | None:
    """The properties of one unfolded VEVENT (BEGIN to END), or None when icalendar should read it."""
    props: dict[str, Any] = {}
    depth = 0
    for line in lines:
        upper = line[:6].upper()
        if upper.startswith("BEGIN:"):
            depth += 1
            continue
        if upper.startswith("END:"):
            depth -= 1
            continue
        if depth != 1:  # a VALARM's lines
            continue
        parsed = _content_line(line)
        if parsed is None:
            return None
        name, params, raw = parsed
        if name in _DECLINE:
            return None
        if name in _TIMES:
            if name in props:
                return None
            value = _time(raw, params)
            if value is None:
                return None
            props[name] = _prop(raw, params, dt=value)
        elif name == "DURATION":
            try:
                # icalendar leaves vDuration.from_ical unannotated; it returns a timedelta
                props[name] = _prop(raw, params, dt=vDuration.from_ical(raw))  # type: ignore[no-untyped-call]
            except ValueError:
                return None
        elif name in _PEOPLE:
            prop = _prop(raw, params)
            if name == "ATTENDEE":
                props.setdefault(name, []).append(prop)
            elif name not in props:
                props[name] = prop
        elif name == "CATEGORIES":
            cats = [_unescape(c) for c in re.split(r"(?<!\\),", raw)]
            props.setdefault(name, []).append(_prop(",".join(cats), params, cats=cats))
        elif name in _TEXT:
            if name in props:  # icalendar keeps both; leave the odd case to it
                return None
            props[name] = _prop(_unescape(raw), params)
    if "UID" not in props or "DTSTART" not in props or not _consistent(props):
        return None
    return props


def _consistent(props: dict[str, Any]) -> bool:
    """What the slow path would reject or repair (DTEND before DTSTART, mixed kinds) is left to it."""
    start = props["DTSTART"].dt
    if "DTEND" in props:
        end = props["DTEND"].dt
        if type(end) is not type(start) or "DURATION" in props:
            return False
        if isinstance(start, datetime) and (start.tzinfo is None) != (end.tzinfo is None):
            return False
        return bool(end >= start)
    return True


def _content_line(line: str) -> tuple[str, dict[str, str], str] | None:
    """ "NAME;P=v;Q="a:b":value" -> (NAME, {P: v, Q: a:b}, value); RFC 5545 section 3.1."""
    i = line.find(":")
    if i < 0:
        return None
    if '"' in line[:i]:  # a quoted parameter value may hold a colon: walk it
        quoted = False
        for i, ch in enumerate(line):  # noqa: B007
            if ch == '"':
                quoted = not quoted
            elif ch == ":" and not quoted:
                break
        else:
            return None
    head, value = line[:i], line[i + 1 :]
    name, *rest = head.split(";") if '"' not in head else _split_params(head)
    params: dict[str, str] = {}
    for item in rest:
        key, sep, val = item.partition("=")
        if not sep:
            return None
        params[key.strip().upper()] = val.strip().strip('"')
    return name.strip().upper(), params, value


def _split_params(head: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _time(raw: str, params: dict[str, str]) -> date | None:
    raw = raw.strip()
    if params.get("VALUE", "").upper() == "DATE" or _DATE.match(raw):
        match = _DATE.match(raw)
        if not match or set(params) - {"VALUE"}:
            return None
        return _date(*match.groups())
    match = _DATETIME.match(raw)
    if not match or set(params) - {"VALUE", "TZID"}:
        return None
    year, month, day, hour, minute, second, zulu = match.groups()
    try:
        value = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        return None
    if zulu:
        return None if "TZID" in params else value.replace(tzinfo=UTC)
    if "TZID" in params:
        zone = _iana(params["TZID"])
        return None if zone is None else value.replace(tzinfo=zone)
    return value


def _date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


@lru_cache(maxsize=128)
def _iana(tzid: str) -> ZoneInfo | None:
    """Only plain IANA names; Windows names, display names and custom zones go to icalendar."""
    if not re.fullmatch(r"[A-Za-z]+(?:/[A-Za-z0-9_+-]+)+|UTC", tzid):
        return None
    try:
        return ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _unescape(text: str) -> str:
    return _ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _prop(text: str, params: dict[str, str], *, dt: Any = None, cats: list[str] | None = None) -> Prop:
    prop = Prop(text)
    prop.params = params
    prop.dt = dt
    if cats is not None:
        prop.cats = cats
    return prop
