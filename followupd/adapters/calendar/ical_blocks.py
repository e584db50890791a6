"""Read one VCALENDAR's components: plain single events by the fast reader, the rest by icalendar."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import icalendar

from followupd.adapters.calendar.ical_event import short
from followupd.adapters.calendar.ical_expand import Limits
from followupd.adapters.calendar.ical_fast import read_single
from followupd.adapters.calendar.split import Block, Part

__all__ = ["append_event", "far_from_window", "parse_block", "single_days"]

_EVENTS = {"VEVENT"}
_SKIPPED_KINDS = {"VTODO", "VJOURNAL", "VFREEBUSY", "VAVAILABILITY"}  # not meetings: never interviews


def parse_block(
    block: Block,
    *,
    label: str,
    window: tuple[datetime, datetime],
    limits: Limits,
    problems: list[str],
    fast: bool,
) -> tuple[icalendar.Calendar | None, list[dict[str, Any]]]:
    """The block's usable parts: plain single events read by the fast reader, the rest by one icalendar
    parse (if icalendar refuses that, one UID at a time)."""
    zones: list[Part] = []
    events: list[Part] = []
    for part in block.parts:
        if part.kind in _SKIPPED_KINDS:
            continue
        if part.complete and part.kind == "VTIMEZONE":
            zones.append(part)
            continue
        if part.complete and part.kind in _EVENTS and part.size <= limits.object_bytes:
            events.append(part)
            continue
        what = f"{label}: event UID {part.uid}" if part.kind in _EVENTS else f"{label}: {part.kind}"
        if not part.complete:
            problems.append(f"{what} (line {part.line}) is cut off: BEGIN:{part.kind} without END; skipped")
        elif part.size > limits.object_bytes:
            problems.append(
                f"{what} skipped: {part.size / 2**20:.1f} MiB, over the {limits.object_bytes / 2**20:g} MiB "
                "limit for one calendar object"
            )
        elif part.kind == "VTIMEZONE":
            zones.append(part)
        elif part.kind in _EVENTS:
            events.append(part)
    plain: list[dict[str, Any]] = []
    fast = fast and block.method not in ("CANCEL", "REPLY")
    uids = Counter(p.uid for p in events) if fast else Counter()
    rest = []
    for part in events:  # the fast reader first; the window is checked on what it reads
        props = read_single(part.lines) if uids[part.uid] == 1 else None
        if props is not None:
            plain.append(props)
        elif not _outside(part, window):
            rest.append(part)
    events = rest
    if not events:
        return None, plain
    return _parse_parts(block, zones, events, label=label, problems=problems), plain


def _parse_parts(
    block: Block, zones: list[Part], events: list[Part], *, label: str, problems: list[str]
) -> icalendar.Calendar:
    head = block.head()
    try:
        return icalendar.Calendar.from_ical(
            "\r\n".join([*head, *(p.text for p in zones + events), "END:VCALENDAR"])
        )
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError... on broken text
        error = exc
    reported = len(problems)
    good_zones: list[str] = []
    # One unreadable zone (iCloud writes offsets like +5328) must not take down every event.
    for part in zones:
        try:
            icalendar.Calendar.from_ical("\r\n".join([*head, part.text, "END:VCALENDAR"]))
            good_zones.append(part.text)
        except Exception as exc:
            problems.append(f"{label}: time zone {_tzid(part)!r} ignored: {short(exc)}")
    by_uid: dict[str, list[str]] = {}
    for part in events:
        by_uid.setdefault(part.uid, []).append(part.text)
    cal = icalendar.Calendar()
    parsed = 0
    for uid, texts in by_uid.items():
        try:
            piece = icalendar.Calendar.from_ical("\r\n".join([*head, *good_zones, *texts, "END:VCALENDAR"]))
        except Exception as exc:
            problems.append(f"{label}: event UID {uid} skipped: {short(exc)}")
            continue
        parsed += 1
        for key, value in piece.items():
            cal[key] = value
        for comp in piece.subcomponents:
            if comp.name != "VTIMEZONE" or not any(
                c.name == "VTIMEZONE" and c.get("TZID") == comp.get("TZID") for c in cal.subcomponents
            ):
                cal.add_component(comp)
    if not parsed and len(problems) == reported:
        problems.append(f"{label}: not readable as iCalendar: {short(error)}")
    return cal


def append_event(
    cal: icalendar.Calendar | None, block: Block, props: dict[str, Any], *, label: str, problems: list[str]
) -> icalendar.Calendar:
    """Hand an event the fast reader got wrong to icalendar after all (rare: it declines what it doubts)."""
    part = next(p for p in block.parts if p.kind in _EVENTS and p.uid == str(props["UID"]))
    zones = [p for p in block.parts if p.kind == "VTIMEZONE" and p.complete]
    extra = _parse_parts(block, zones, [part], label=label, problems=problems)
    if cal is None:
        return extra
    for comp in extra.subcomponents:
        if comp.name == "VEVENT":
            cal.add_component(comp)
    return cal


def _tzid(part: Part) -> str:
    match = re.search(r"^TZID[^:]*:(.*)$", part.text, re.MULTILINE | re.IGNORECASE)
    return match.group(1).strip() if match else ""


_DATE_VALUE = re.compile(r":(\d{8})(?:T\d{6}Z?)?\s*$")


def _outside(part: Part, window: tuple[datetime, datetime]) -> bool:
    """A single event that ends days before the window or starts days after it, judged from its lines
    without a parse (most of a big calendar file is history). Anything unusual is left to the parser."""
    start = end = None
    duration = False
    for line in part.lines[1:]:
        upper = line[:13].upper()
        if upper.startswith(("RRULE", "RDATE", "RECURRENCE-ID", "BEGIN:")):
            return False
        if upper.startswith(("DTSTART:", "DTSTART;")):
            start = _day(line)
        elif upper.startswith(("DTEND:", "DTEND;")):
            end = _day(line)
        elif upper.startswith(("DURATION:", "DURATION;")):
            duration = True
    return start is not None and far_from_window(start, None if duration else end, window, open_end=duration)


def far_from_window(
    start: date, end: date | None, window: tuple[datetime, datetime], *, open_end: bool = False
) -> bool:
    """Whether days ``start`` to ``end`` lie days away from the window (slack for zones and all-day events
    read in the user's zone); an event with a DURATION is only judged by its start."""
    slack = timedelta(days=2)
    if start > window[1].date() + slack:
        return True
    if open_end:
        return False
    last = end if end is not None else start + timedelta(days=1)
    return last < window[0].date() - slack


def single_days(props: dict[str, Any]) -> tuple[date, date | None]:
    start, end = props["DTSTART"].dt, props["DTEND"].dt if "DTEND" in props else None
    return (
        start.date() if isinstance(start, datetime) else start,
        end.date() if isinstance(end, datetime) else end,
    )


def _day(line: str) -> date | None:
    match = _DATE_VALUE.search(line)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        return None
