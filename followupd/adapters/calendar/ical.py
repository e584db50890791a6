"""Turn iCalendar text into CalendarEvent occurrences inside a window, reporting bad parts as problems."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.prop import vBroken
from icalendar.timezone import tzp

from followupd.adapters.calendar.ical_blocks import append_event, far_from_window, parse_block, single_days
from followupd.adapters.calendar.ical_event import (
    as_list,
    display_zone,
    dt_of,
    event_times,
    fixed_offset_zone,
    make_event,
    recurrence_id,
    short,
    uid_of,
    utc,
    zone_named,
)
from followupd.adapters.calendar.ical_expand import LIMITS, Found, Limits, expand
from followupd.adapters.calendar.ical_merge import Merge
from followupd.adapters.calendar.split import Block, blocks, decode
from followupd.domain.models import CalendarEvent

__all__ = ["LIMITS", "Limits", "ParseResult", "parse_calendar"]

_UTC = UTC
# icalendar caches every custom VTIMEZONE by TZID for the whole process, so the first calendar that defines
# "Customized Time Zone" would decide that zone for every later calendar. We reset the cache before each parse
# and hold a lock so that two sources parsing in two worker threads cannot reset each other mid-parse.
_TZ_LOCK = threading.Lock()

# Properties whose broken values we can drop and still read the event correctly enough.
_OPTIONAL = {
    "EXDATE",
    "RDATE",
    "DTSTAMP",
    "LAST-MODIFIED",
    "CREATED",
    "SEQUENCE",
    "CATEGORIES",
    "URL",
    "ATTENDEE",
    "ORGANIZER",
    "STATUS",
    "DESCRIPTION",
    "LOCATION",
    "GEO",
    "PRIORITY",
    "CLASS",
}


@dataclass(frozen=True)
class ParseResult:
    """The occurrences found in the window, one line per skipped or doubtful part, and the iTIP METHOD."""

    events: list[CalendarEvent] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    method: str | None = None


def parse_calendar(
    text: str | bytes,
    *,
    source: str,
    user_tz: str,
    window: tuple[datetime, datetime],
    calendar_name: str = "",
    limits: Limits = LIMITS,
    fast_reader: bool = True,
) -> ParseResult:
    """Expand every event of ``text`` that touches ``window`` into occurrences; never raises on bad input.

    ``text`` may be one object or a whole calendar file with many VCALENDARs: it is cut by lines once, parsed
    once per VCALENDAR and expanded once per series. Occurrences of one (uid, recurrence_id) seen in several
    VCALENDARs (an iTIP request, update and cancel) are reduced to the newest by (SEQUENCE, DTSTAMP, position).
    Bounded by ``limits``: occurrences per series, bytes per object, seconds per call. ``fast_reader=False``
    reads every event with icalendar (the tests compare both readers).
    """
    label = f"calendar {calendar_name or source!r}"
    zone = zone_named(user_tz)
    problems: list[str] = []
    body = decode(text)
    if not body.strip():
        return ParseResult(problems=[f"{label}: empty calendar data"])
    found = blocks(body)
    if not found:
        return ParseResult(problems=[f"{label}: not iCalendar data (no BEGIN:VCALENDAR or BEGIN:VEVENT)"])
    deadline = time.monotonic() + limits.seconds
    merge = Merge()
    method: str | None = None
    with _TZ_LOCK:
        tzp.use_zoneinfo()  # empties the process-wide TZID cache (see _TZ_LOCK)
        for number, block in enumerate(found):
            method = method or block.method or None
            if time.monotonic() > deadline:
                problems.append(
                    f"{label}: stopped after {limits.seconds:g} s, the limit for one calendar; "
                    f"{len(found) - number} of {len(found)} VCALENDAR blocks not read"
                )
                break
            try:
                _read_whole_block(
                    block,
                    merge=merge,
                    label=label,
                    source=source,
                    zone=zone,
                    window=window,
                    calendar_name=calendar_name,
                    limits=limits,
                    deadline=deadline,
                    problems=problems,
                    fast_reader=fast_reader,
                )
            except Exception as exc:  # a bug or a library surprise: lose this block, never the calendar
                problems.append(f"{label}: VCALENDAR {number + 1} of {len(found)} skipped: {short(exc)}")
    # The same line can come from several VCALENDARs of one text (a zone each repeats): say it once.
    return ParseResult(events=merge.events(), problems=list(dict.fromkeys(problems)), method=method)


def _read_whole_block(
    block: Block,
    *,
    merge: Merge,
    label: str,
    source: str,
    zone: ZoneInfo,
    window: tuple[datetime, datetime],
    calendar_name: str,
    limits: Limits,
    deadline: float,
    problems: list[str],
    fast_reader: bool,
) -> None:
    """One VCALENDAR: the fast reader's events, then icalendar's, into ``merge``."""
    cal, plain = parse_block(
        block, label=label, window=window, limits=limits, problems=problems, fast=fast_reader
    )
    shown_in = _x_wr_timezone(block.header)
    for props in plain:
        if far_from_window(*single_days(props), window, open_end="DURATION" in props):
            continue
        try:
            event = make_event(
                props,  # type: ignore[arg-type]
                source=source,
                zone=zone,
                default_zone=zone,
                calendar_name=calendar_name,
                recurrence_id="",
                method=block.method or None,
                shown_in=shown_in,
            )
        except Exception:  # the fast reader's values surprise the event reader: let icalendar try
            cal = append_event(cal, block, props, label=label, problems=problems)
            continue
        if _overlaps(event, window):
            merge.add(event)
    if cal is None:
        return
    _read_block(
        cal,
        block=block,
        merge=merge,
        label=label,
        source=source,
        zone=zone,
        window=window,
        calendar_name=calendar_name,
        limits=limits,
        deadline=deadline,
        problems=problems,
    )


def _read_block(
    cal: icalendar.Calendar,
    *,
    block: Block,
    merge: Merge,
    label: str,
    source: str,
    zone: ZoneInfo,
    window: tuple[datetime, datetime],
    calendar_name: str,
    limits: Limits,
    deadline: float,
    problems: list[str],
) -> None:
    """Validate the events of one VCALENDAR, expand the good ones and add them to ``merge``."""
    method = block.method or None
    series: set[str] = set()
    unknown_zone: dict[str, str] = {}
    event_zones: dict[str, ZoneInfo] = {}  # Outlook display names ("(UTC-05:00) Eastern Time") we could map
    bad: list[icalendar.Component] = []
    for comp in cal.walk("VEVENT"):
        uid = uid_of(comp)
        if method == "CANCEL":
            rid = comp.get("RECURRENCE-ID")
            original = recurrence_id(rid.dt, zone) if rid is not None and not isinstance(rid, vBroken) else ""
            merge.cancel(uid, original, sequence=_int(comp.get("SEQUENCE")), stamp=_stamp(comp))
        reason = _check(comp, label=label, uid=uid, problems=problems)
        if reason and method in ("REPLY", "CANCEL"):  # an answer or a cancel need not carry times
            bad.append(comp)
            continue
        if reason:
            problems.append(f"{label}: event UID {uid} skipped: {reason}")
            bad.append(comp)
            continue
        if any(k in comp for k in ("RRULE", "RDATE", "RECURRENCE-ID")):
            series.add(uid)
        start = comp["DTSTART"]
        start_dt = dt_of(start)
        if isinstance(start_dt, datetime) and start_dt.tzinfo is None and "TZID" in start.params:
            tzid = str(start.params["TZID"])
            known = display_zone(tzid)
            if known is None and (known := fixed_offset_zone(tzid)) is not None:
                problems.append(f"{label}: event UID {uid}: time zone {tzid!r} read as fixed {known.key}")
            if known is not None:
                event_zones[uid] = known
            else:
                unknown_zone.setdefault(uid, tzid)
    for comp in bad:
        cal.subcomponents.remove(comp)
    shown_in = _x_wr_timezone(block.header)
    templates: dict[int, CalendarEvent] = {}
    flagged: set[str] = set()
    for found in expand(cal, window=window, limits=limits, deadline=deadline, label=label, problems=problems):
        occ = found.component
        uid = str(occ["UID"])
        if uid in unknown_zone and uid not in flagged:
            flagged.add(uid)
            problems.append(
                f"{label}: event UID {uid}: time zone {unknown_zone[uid]!r} unknown, read in {zone.key}"
            )
        read_in = event_zones.get(uid, zone)
        rid = recurrence_id(found.original, read_in) if uid in series and found.original else ""
        try:
            event = _occurrence_event(
                found,
                templates,
                source=source,
                zone=read_in,
                default_zone=zone,
                calendar_name=calendar_name,
                recurrence_id=rid,
                method=method,
                shown_in=shown_in,
            )
        except Exception as exc:  # a value we could not interpret: skip this occurrence only
            problems.append(f"{label}: event UID {uid} skipped: {short(exc)}")
            continue
        if found.original is None and not _overlaps(event, window):
            continue
        merge.add(event, cancel=method == "CANCEL", reply=method == "REPLY")


def _occurrence_event(
    found: Found,
    templates: dict[int, CalendarEvent],
    *,
    zone: ZoneInfo,
    default_zone: ZoneInfo,
    recurrence_id: str,
    shown_in: ZoneInfo | None,
    **fixed: Any,
) -> CalendarEvent:
    """The event of one occurrence. A series' source component is read once (``templates``, by component):
    its occurrences differ only in times, recurrence id and the series' SEQUENCE."""
    if found.times is None:
        return make_event(
            found.component,
            zone=zone,
            default_zone=default_zone,
            recurrence_id=recurrence_id,
            shown_in=shown_in,
            **fixed,
        )
    template = templates.get(id(found.component))
    if template is None:
        template = make_event(
            found.component,
            zone=zone,
            default_zone=default_zone,
            recurrence_id="",
            shown_in=shown_in,
            **fixed,
        )
        templates[id(found.component)] = template
    start, end, tzid, all_day, floating = event_times(
        *found.times, zone=zone, default_zone=default_zone, shown_in=shown_in
    )
    return replace(
        template,
        recurrence_id=recurrence_id,
        start=start,
        end=end,
        tzid=tzid,
        all_day=all_day,
        floating=floating,
        sequence=found.sequence if found.sequence >= 0 else template.sequence,
    )


def _overlaps(event: CalendarEvent, window: tuple[datetime, datetime]) -> bool:
    """The window test recurring-ical-events applies to series, for single events: a zero-length event
    counts when it starts inside the window, any other when it overlaps it."""
    if event.start == event.end:
        return window[0] <= event.start < window[1]
    return event.start < window[1] and window[0] < event.end


def _x_wr_timezone(header: list[str]) -> ZoneInfo | None:
    """Google's calendar zone: UTC times are shown in it (recurring-ical-events also expands series in it)."""
    line = next((h for h in header if h.upper().startswith(("X-WR-TIMEZONE:", "X-WR-TIMEZONE;"))), "")
    name = line.partition(":")[2].strip()
    if not name:
        return None
    found = zone_named(name)
    return found if found.key == name else None


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _stamp(comp: icalendar.Component) -> datetime | None:
    try:
        value = dt_of(comp["DTSTAMP"])
    except Exception:  # missing, or broken (icalendar raises on .dt of a broken value)
        return None
    return utc(value, _UTC) if isinstance(value, datetime) else None


# Properties RFC 5545 allows once per event. Written twice, the first counts (times with a note).
_ONCE = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "RRULE")
_ONCE_QUIET = ("SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE", "DTSTAMP", "ORGANIZER", "URL")


def _check(comp: icalendar.Component, *, label: str, uid: str, problems: list[str]) -> str:
    """Return why the event cannot be used ("" when it can); drop broken optional values with a note."""
    for name in (*_ONCE, *_ONCE_QUIET):
        values = comp.get(name)
        if isinstance(values, list):
            del comp[name]
            if values:
                comp[name] = values[0]
            if name in _ONCE:
                problems.append(
                    f"{label}: event UID {uid}: {name} given {len(values)} times, the first is used"
                )
    for broken, message in list(comp.errors):  # broken is None for an error not tied to one property
        if broken in _OPTIONAL and broken in comp:
            given = comp[broken]
            values = given if isinstance(given, list) else [given]
            kept = [v for v in values if not isinstance(v, vBroken)]
            del comp[broken]
            for value in kept:
                comp.add(broken, value)
            problems.append(f"{label}: event UID {uid}: {broken} ignored: {message}")
    if "DTSTART" not in comp:
        return "DTSTART missing"
    errors = dict(comp.errors)
    for name in ("DTSTART", "DTEND", "DURATION", "RRULE", "RECURRENCE-ID"):
        value = comp.get(name)
        if isinstance(value, vBroken) or any(isinstance(v, vBroken) for v in as_list(value)):
            if name in ("DTEND", "DURATION"):  # the start still places the event: keep it, zero-length
                del comp[name]
                problems.append(f"{label}: event UID {uid}: {name} ignored: {errors.get(name, value)}")
                continue
            return f"{name} invalid: {errors.get(name, value)}"
    start = dt_of(comp["DTSTART"])
    if not isinstance(start, date):
        return "DTSTART is not a date or date-time"
    if "DTEND" in comp:
        end = dt_of(comp["DTEND"])
        # a date against a date-time: the start alone still places it
        if not isinstance(end, date) or type(end) is not type(start):
            del comp["DTEND"]
            problems.append(f"{label}: event UID {uid}: DTEND ignored: a date and a date-time do not mix")
        elif utc(end, _UTC) < utc(start, _UTC):
            del comp["DTEND"]  # recurring-ical-events refuses it; a zero-length event is the kind reading
            problems.append(f"{label}: event UID {uid}: DTEND before DTSTART ignored")
    return ""
