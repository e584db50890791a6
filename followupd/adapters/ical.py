"""Turn iCalendar text into CalendarEvent occurrences inside a window, reporting bad parts as problems."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from icalendar.prop import vBroken
from icalendar.timezone import tzp

from followupd.adapters.ical_event import (
    as_list,
    display_zone,
    event_times,
    fixed_offset_zone,
    make_event,
    recurrence_id,
    short,
    uid_of,
    utc,
    zone_named,
)
from followupd.adapters.ical_expand import LIMITS, Found, Limits, expand
from followupd.adapters.ical_fast import read_single
from followupd.adapters.ical_split import Block, Part, blocks, decode
from followupd.domain.models import CalendarEvent

__all__ = ["LIMITS", "Limits", "ParseResult", "parse_calendar"]

_UTC = UTC
# icalendar caches every custom VTIMEZONE by TZID for the whole process, so the first calendar that defines
# "Customized Time Zone" would decide that zone for every later calendar. We reset the cache before each parse
# and hold a lock so that two sources parsing in two worker threads cannot reset each other mid-parse.
_TZ_LOCK = threading.Lock()
_Rank = tuple[int, datetime, int]
_EVENTS = {"VEVENT"}
_SKIPPED_KINDS = {"VTODO", "VJOURNAL", "VFREEBUSY", "VAVAILABILITY"}  # not meetings: never interviews

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


@dataclass
class _Merge:
    """Occurrences of one text reduced to the newest per (uid, recurrence id), and the iTIP cancels seen."""

    newest: dict[tuple[str, str, str], tuple[_Rank, CalendarEvent, bool]] = field(default_factory=dict)
    cancels: list[tuple[str, str, _Rank]] = field(default_factory=list)  # (uid, recurrence id or "", rank)
    order: int = 0

    def add(self, event: CalendarEvent, *, cancel: bool) -> None:
        self.order += 1
        rank = (event.sequence, event.dtstamp or datetime.min.replace(tzinfo=_UTC), self.order)
        if event.key not in self.newest or self.newest[event.key][0] < rank:
            self.newest[event.key] = (rank, event, cancel)

    def cancel(self, uid: str, rid: str, *, sequence: int, stamp: datetime | None) -> None:
        self.order += 1
        self.cancels.append((uid, rid, (sequence, stamp or datetime.min.replace(tzinfo=_UTC), self.order)))

    def events(self) -> list[CalendarEvent]:
        """Apply each METHOD:CANCEL to what it is newer than: without RECURRENCE-ID it cancels the whole UID."""
        recurring = {key[1] for key in self.newest if key[2]}
        out = []
        for key, (rank, event, from_cancel) in self.newest.items():
            if from_cancel and not key[2] and key[1] in recurring:
                continue  # a cancel of a whole series read as one extra occurrence at DTSTART
            if any(uid == key[1] and rid in ("", key[2]) and rank < when for uid, rid, when in self.cancels):
                event = replace(event, status="CANCELLED")
            out.append(event)
        return sorted(out, key=lambda e: (e.start, e.uid, e.recurrence_id))


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
    merge = _Merge()
    method: str | None = None
    with _TZ_LOCK:
        tzp.use_zoneinfo()  # empties the process-wide TZID cache (see _TZ_LOCK)
        for block in found:
            method = method or block.method or None
            cal, plain = _parse_block(
                block, label=label, window=window, limits=limits, problems=problems, fast=fast_reader
            )
            shown_in = _x_wr_timezone(block.header)
            for props in plain:
                if _far(*_days(props), window, open_end="DURATION" in props):
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
                    cal = _append(cal, block, props, label=label, problems=problems)
                    continue
                if _overlaps(event, window):
                    merge.add(event, cancel=False)
            if cal is None:
                continue
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
    return ParseResult(events=merge.events(), problems=problems, method=method)


def _parse_block(
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
    good_zones: list[str] = []
    for (
        part
    ) in zones:  # one unreadable zone (iCloud writes offsets like +5328) must not take down every event
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
    if not parsed and not problems:
        problems.append(f"{label}: not readable as iCalendar: {short(error)}")
    return cal


def _append(
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
    return start is not None and _far(start, None if duration else end, window, open_end=duration)


def _far(start: date, end: date | None, window: tuple[datetime, datetime], *, open_end: bool = False) -> bool:
    """Whether days ``start`` to ``end`` lie days away from the window (slack for zones and all-day events
    read in the user's zone); an event with a DURATION is only judged by its start."""
    slack = timedelta(days=2)
    if start > window[1].date() + slack:
        return True
    if open_end:
        return False
    last = end if end is not None else start + timedelta(days=1)
    return last < window[0].date() - slack


def _days(props: dict[str, Any]) -> tuple[date, date | None]:
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


def _read_block(
    cal: icalendar.Calendar,
    *,
    block: Block,
    merge: _Merge,
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
        if isinstance(start.dt, datetime) and start.dt.tzinfo is None and "TZID" in start.params:
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
        merge.add(event, cancel=method == "CANCEL")


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


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def _stamp(comp: icalendar.Component) -> datetime | None:
    value = getattr(comp.get("DTSTAMP"), "dt", None)
    return utc(value, _UTC) if isinstance(value, datetime) else None


def _check(comp: icalendar.Component, *, label: str, uid: str, problems: list[str]) -> str:
    """Return why the event cannot be used ("" when it can); drop broken optional values with a note."""
    for name, message in list(comp.errors):
        if name in _OPTIONAL and name in comp:
            values = comp[name] if isinstance(comp[name], list) else [comp[name]]
            kept = [v for v in values if not isinstance(v, vBroken)]
            del comp[name]
            for value in kept:
                comp.add(name, value)
            problems.append(f"{label}: event UID {uid}: {name} ignored: {message}")
    if "DTSTART" not in comp:
        return "DTSTART missing"
    errors = dict(comp.errors)
    for name in ("DTSTART", "DTEND", "DURATION", "RRULE", "RECURRENCE-ID"):
        value = comp.get(name)
        if isinstance(value, vBroken) or any(isinstance(v, vBroken) for v in as_list(value)):
            return f"{name} invalid: {errors.get(name, value)}"
    start = comp["DTSTART"].dt
    if not isinstance(start, date):
        return "DTSTART is not a date or date-time"
    if "DTEND" in comp:
        end = comp["DTEND"].dt
        if type(end) is not type(start):
            return "DTEND and DTSTART are of different kinds"
        if utc(end, _UTC) < utc(start, _UTC):
            del comp["DTEND"]  # recurring-ical-events refuses it; a zero-length event is the kind reading
            problems.append(f"{label}: event UID {uid}: DTEND before DTSTART ignored")
    return ""
