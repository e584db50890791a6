"""Turn iCalendar text into CalendarEvent occurrences inside a window, reporting bad parts as problems."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
from icalendar.prop import vBroken
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from followupd.adapters.calendar.split import components, decode, header_and_zones, split_objects, unfold
from followupd.domain.models import Attendee, CalendarEvent

__all__ = ["ParseResult", "parse_calendar"]

_UTC = UTC
# icalendar caches every custom VTIMEZONE by TZID for the whole process, so the first calendar that defines
# "Customized Time Zone" would decide that zone for every later calendar. We reset the cache before each parse
# and hold a lock so that two sources parsing in two worker threads cannot reset each other mid-parse.
_TZ_LOCK = threading.Lock()

# Properties a meeting link comes from, best first (Google, RFC 7986, Microsoft Teams).
_LINK_PROPERTIES = (
    "X-GOOGLE-CONFERENCE",
    "CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
)
_MEETING_LINK = re.compile(
    r"https://[\w.-]*(?:zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com"
    r"|webex\.com|whereby\.com|meet\.jit\.si|chime\.aws|gotomeeting\.com|bluejeans\.com)/[^\s<>\"')\]]*",
    re.IGNORECASE,
)
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
) -> ParseResult:
    """Expand every event of ``text`` that touches ``window`` into occurrences; never raises on bad input.

    Occurrences of one (uid, recurrence_id) seen in several VCALENDARs of the same text (an iTIP update
    stream) are reduced to the newest by (SEQUENCE, DTSTAMP, position in the text).
    """
    label = f"calendar {calendar_name or source!r}"
    zone = _zone(user_tz)
    problems: list[str] = []
    body = decode(text)
    if not body.strip():
        return ParseResult(problems=[f"{label}: empty calendar data"])
    if "BEGIN:VCALENDAR" not in body.upper():  # a bare VEVENT (some exporters, single-object files)
        body = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followupd//wrap//EN\r\n{body.strip()}\r\n"
        body += "END:VCALENDAR\r\n"
    with _TZ_LOCK:
        tzp.use_zoneinfo()  # empties the process-wide TZID cache (see _TZ_LOCK)
        try:
            calendars = icalendar.Calendar.from_ical(body, multiple=True)
        except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError... on broken text
            calendars = _parse_piecewise(body, label=label, error=exc, problems=problems)
        method: str | None = None
        newest: dict[tuple[str, str, str], tuple[tuple[int, datetime, int], CalendarEvent]] = {}
        order = 0
        for cal in calendars:
            if getattr(cal, "name", "") != "VCALENDAR":
                continue
            cal_method = str(cal.get("METHOD", "")).strip().upper() or None
            method = method or cal_method
            for event in _expand(
                cal,
                label=label,
                source=source,
                zone=zone,
                window=window,
                calendar_name=calendar_name,
                method=cal_method,
                problems=problems,
            ):
                order += 1
                stamp = event.dtstamp or datetime.min.replace(tzinfo=_UTC)
                rank = (event.sequence, stamp, order)
                if event.key not in newest or newest[event.key][0] < rank:
                    newest[event.key] = (rank, event)
    events = sorted((pair[1] for pair in newest.values()), key=lambda e: (e.start, e.uid, e.recurrence_id))
    return ParseResult(events=events, problems=problems, method=method)


def _parse_piecewise(
    body: str, *, label: str, error: Exception, problems: list[str]
) -> list[icalendar.Calendar]:
    """Parse a calendar icalendar refused as a whole one UID at a time, so only the broken parts are lost.

    Each VTIMEZONE is tried on its own first: one unreadable zone (iCloud writes offsets like +5328) must not
    take down every event that does not even use it.
    """
    pieces = split_objects(body)
    if not pieces:
        problems.append(f"{label}: not readable as iCalendar: {_short(error)}")
        return []
    head, zones = header_and_zones(body)
    good_zones: list[str] = []
    for tzid, zone_text in zones:
        try:
            icalendar.Calendar.from_ical("\r\n".join([*head, zone_text, "END:VCALENDAR"]))
            good_zones.append(zone_text)
        except Exception as exc:
            problems.append(f"{label}: time zone {tzid!r} ignored: {_short(exc)}")
    result: list[icalendar.Calendar] = []
    for uid, text in pieces.items():
        lines = unfold(text)
        events = components(lines, {"VEVENT", "VTODO", "VJOURNAL"})
        try:
            result.append(
                icalendar.Calendar.from_ical("\r\n".join([*head, *good_zones, *events, "END:VCALENDAR"]))
            )
        except Exception as exc:
            problems.append(f"{label}: event UID {uid} skipped: {_short(exc)}")
    return result


def _expand(
    cal: icalendar.Calendar,
    *,
    label: str,
    source: str,
    zone: ZoneInfo,
    window: tuple[datetime, datetime],
    calendar_name: str,
    method: str | None,
    problems: list[str],
) -> Iterable[CalendarEvent]:
    """Validate the events of one VCALENDAR, then expand the good ones."""
    series: set[str] = set()
    unknown_zone: dict[str, str] = {}
    event_zones: dict[str, ZoneInfo] = {}  # Outlook display names ("(UTC-05:00) Eastern Time") we could map
    bad: list[icalendar.Component] = []
    for comp in cal.walk("VEVENT"):
        uid = _uid(comp)
        reason = _check(comp, label=label, uid=uid, problems=problems)
        if reason and method == "REPLY":  # an attendee's answer need not carry times; nothing to schedule
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
            known = _display_zone(tzid)
            if known is not None:
                event_zones[uid] = known
            else:
                unknown_zone.setdefault(uid, tzid)
    for comp in bad:
        cal.subcomponents.remove(comp)
    flagged: set[str] = set()
    for occ in _occurrences(cal, label=label, window=window, problems=problems):
        uid = str(occ["UID"])
        if uid in unknown_zone and uid not in flagged:
            flagged.add(uid)
            problems.append(
                f"{label}: event UID {uid}: time zone {unknown_zone[uid]!r} unknown, read in {zone.key}"
            )
        try:
            yield _event(
                occ,
                source=source,
                zone=event_zones.get(uid, zone),
                default_zone=zone,
                calendar_name=calendar_name,
                recurring=uid in series,
                method=method,
            )
        except Exception as exc:  # a value we could not interpret: skip this occurrence only
            problems.append(f"{label}: event UID {uid} skipped: {_short(exc)}")


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
        if isinstance(value, vBroken) or any(isinstance(v, vBroken) for v in _as_list(value)):
            return f"{name} invalid: {errors.get(name, value)}"
    start = comp["DTSTART"].dt
    if not isinstance(start, date):
        return "DTSTART is not a date or date-time"
    if "DTEND" in comp:
        end = comp["DTEND"].dt
        if type(end) is not type(start):
            return "DTEND and DTSTART are of different kinds"
        if _utc(end, _UTC) < _utc(start, _UTC):
            del comp["DTEND"]  # recurring-ical-events refuses it; a zero-length event is the kind reading
            problems.append(f"{label}: event UID {uid}: DTEND before DTSTART ignored")
    return ""


def _occurrences(
    cal: icalendar.Calendar, *, label: str, window: tuple[datetime, datetime], problems: list[str]
) -> list[icalendar.Component]:
    """Expand the whole calendar at once; if that fails, series by series, so a bad one is skipped alone."""
    try:
        return list(recurring_ical_events.of(cal).between(*window))
    except Exception:  # fall through to the slow path, which names the culprit
        pass
    result: list[icalendar.Component] = []
    others = [c for c in cal.subcomponents if c.name != "VEVENT"]
    by_uid: dict[str, list[icalendar.Component]] = {}
    for comp in cal.walk("VEVENT"):
        by_uid.setdefault(str(comp["UID"]), []).append(comp)
    for uid, comps in by_uid.items():
        single = icalendar.Calendar()
        for key, value in cal.property_items(recursive=False)[1:-1]:
            single.add(key, value)
        for comp in [*others, *comps]:
            single.add_component(comp)
        try:
            result.extend(recurring_ical_events.of(single).between(*window))
        except Exception as exc:
            problems.append(f"{label}: event UID {uid} skipped: {_short(exc)}")
    return result


def _event(
    occ: icalendar.Component,
    *,
    source: str,
    zone: ZoneInfo,
    default_zone: ZoneInfo,
    calendar_name: str,
    recurring: bool,
    method: str | None,
) -> CalendarEvent:
    resolved = zone is not default_zone  # a naive time whose TZID we mapped ourselves is not floating
    raw_start = occ["DTSTART"].dt
    raw_end = occ["DTEND"].dt if "DTEND" in occ else None
    all_day = not isinstance(raw_start, datetime)
    floating = not all_day and raw_start.tzinfo is None and not resolved
    if all_day:
        zone = default_zone  # all-day events belong to the user's days, whatever zone the file mentions
        start = datetime.combine(raw_start, datetime.min.time(), zone)
        end_day = (
            raw_end if isinstance(raw_end, date) and raw_end > raw_start else raw_start + timedelta(days=1)
        )
        end = datetime.combine(end_day, datetime.min.time(), zone)
        tzid = zone.key
    else:
        start, tzid = _aware(raw_start, zone)
        end = _aware(raw_end, zone)[0] if isinstance(raw_end, datetime) else start
        if tzid == "UTC":
            start, end = start.astimezone(_UTC), end.astimezone(_UTC)
    status = str(occ.get("STATUS", "CONFIRMED")).strip().upper() or "CONFIRMED"
    if method == "CANCEL":
        status = "CANCELLED"
    return CalendarEvent(
        source=source,
        uid=str(occ["UID"]),
        recurrence_id=_recurrence_id(occ, zone) if recurring else "",
        summary=_text(occ.get("SUMMARY")),
        start=start,
        end=end,
        tzid=tzid,
        description=_text(occ.get("DESCRIPTION")),
        location=_text(occ.get("LOCATION")),
        categories=_categories(occ),
        all_day=all_day,
        floating=floating,
        status=status,
        sequence=_int(occ.get("SEQUENCE")),
        dtstamp=_dtstamp(occ.get("DTSTAMP")),
        organizer=_person(occ.get("ORGANIZER")),
        attendees=tuple(a for a in (_person(v) for v in _as_list(occ.get("ATTENDEE"))) if a is not None),
        url=_link(occ),
        calendar_name=calendar_name,
    )


# Outlook and OWA sometimes write the display name of a Windows zone as TZID without a VTIMEZONE. icalendar
# knows the zone IDs ("Eastern Standard Time") but not these names; the common ones are mapped here.
_DISPLAY_ZONES = (
    ("eastern time", "America/New_York"),
    ("central time", "America/Chicago"),
    ("mountain time", "America/Denver"),
    ("pacific time", "America/Los_Angeles"),
    ("amsterdam, berlin", "Europe/Berlin"),
    ("brussels, copenhagen", "Europe/Paris"),
    ("dublin, edinburgh", "Europe/London"),
    ("canberra, melbourne, sydney", "Australia/Sydney"),
    ("bangkok, hanoi, jakarta", "Asia/Bangkok"),
    ("kuala lumpur, singapore", "Asia/Singapore"),
    ("chennai, kolkata", "Asia/Kolkata"),
    ("osaka, sapporo, tokyo", "Asia/Tokyo"),
    ("auckland, wellington", "Pacific/Auckland"),
    ("belgrade, bratislava", "Europe/Budapest"),
    ("sarajevo, skopje", "Europe/Warsaw"),
    ("helsinki, kyiv", "Europe/Helsinki"),
)


def _display_zone(tzid: str) -> ZoneInfo | None:
    name = tzid.replace("\\", "").replace(" and ", " & ").lower()
    for needle, key in _DISPLAY_ZONES:
        if needle in name:
            return ZoneInfo(key)
    return None


def _uid(comp: icalendar.Component) -> str:
    """The UID, made up from the content when missing; some clients write it twice (take the first)."""
    value = comp.get("UID")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or not str(value).strip():
        comp.pop("UID", None)
        comp.add("UID", "nouid-" + hashlib.sha1(comp.to_ical()).hexdigest()[:16])
        return str(comp["UID"])
    if isinstance(comp.get("UID"), list):
        comp.pop("UID")
        comp.add("UID", value)
    return str(value).strip()


def _aware(value: datetime, zone: ZoneInfo) -> tuple[datetime, str]:
    """Attach the user's zone to a naive time; name the zone, or say "UTC" when it has no IANA name."""
    if value.tzinfo is None:
        return value.replace(tzinfo=zone), zone.key
    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str) and key:
        return value, key
    # A VTIMEZONE named like a Windows zone ("W. Europe Standard Time") is read from its own rules; keep the
    # instant it gives but present it in the IANA zone of that name, so later code can name the zone.
    olson = WINDOWS_TO_OLSON.get(str(getattr(value.tzinfo, "_tzid", "")).strip())
    if olson:
        return value.astimezone(ZoneInfo(olson)), olson
    return value, "UTC"  # UTC itself, or a custom VTIMEZONE (dateutil) that has no IANA name


def _recurrence_id(occ: icalendar.Component, zone: ZoneInfo) -> str:
    rid = occ.get("RECURRENCE-ID")
    original = rid.dt if rid is not None else occ["DTSTART"].dt
    if not isinstance(original, datetime):
        return original.strftime("%Y%m%d")
    return _utc(original, zone).strftime("%Y%m%dT%H%M%SZ")


def _utc(value: date, zone: Any) -> datetime:
    if not isinstance(value, datetime):
        value = datetime.combine(value, datetime.min.time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(_UTC)


def _person(value: Any) -> Attendee | None:
    if value is None or isinstance(value, vBroken):
        return None
    address = str(value).strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    address = address.strip().lower()
    params = getattr(value, "params", {})
    if not address:
        return None
    return Attendee(
        email=address,
        name=str(params.get("CN", "")).strip().strip('"'),
        cutype=str(params.get("CUTYPE", "INDIVIDUAL")).upper(),
        partstat=str(params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
        role=str(params.get("ROLE", "REQ-PARTICIPANT")).upper(),
    )


def _link(occ: icalendar.Component) -> str:
    for name in _LINK_PROPERTIES:
        for value in _as_list(occ.get(name)):
            text = str(value).strip()
            if text.lower().startswith(("https://", "http://")):
                return text
    for name in ("LOCATION", "DESCRIPTION"):
        match = _MEETING_LINK.search(_text(occ.get(name)))
        if match:
            return match.group(0).rstrip(".,;")
    url = str(occ.get("URL", "")).strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


def _categories(occ: icalendar.Component) -> tuple[str, ...]:
    names: list[str] = []
    for value in _as_list(occ.get("CATEGORIES")):
        for cat in getattr(value, "cats", [value]):
            text = str(cat).strip()
            if text and text not in names:
                names.append(text)
    return tuple(names)


def _dtstamp(value: Any) -> datetime | None:
    stamp = getattr(value, "dt", None)
    if not isinstance(stamp, datetime):
        return None
    return _utc(stamp, _UTC)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(v) for v in value).strip()
    return str(value).strip()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
