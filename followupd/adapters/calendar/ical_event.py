"""Turn one expanded iCalendar occurrence into a CalendarEvent: times and zones, people, links."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.prop import vBroken, vDate, vDatetime, vDDDTypes, vDuration, vPeriod, vTime
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from followupd.adapters.calendar.ical_fast import Prop
from followupd.domain.models import Attendee, CalendarEvent

__all__ = [
    "DtValue",
    "as_list",
    "date_of",
    "display_zone",
    "dt_of",
    "event_times",
    "fixed_offset_zone",
    "make_event",
    "recurrence_id",
    "short",
    "uid_of",
    "utc",
    "zone_named",
]

_UTC = UTC

# What icalendar's ``.dt`` holds: a date or date-time, a duration, a time of day, or a period.
DtValue: TypeAlias = date | timedelta | time | tuple[datetime, datetime] | tuple[datetime, timedelta]
# The property types that have ``.dt`` (a broken value raises icalendar's BrokenCalendarProperty on it).
# icalendar's property types, and the fast reader's (ical_fast.Prop carries the same ``dt``): an event the fast
# reader read must not fall back to icalendar for want of a type (that made a 10,000-event scan four times slower).
_HAS_DT = (vDDDTypes, vDate, vDatetime, vDuration, vPeriod, vTime, vBroken, Prop)

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


# Outlook and Exchange keep a meeting the organizer called off in the attendee's calendar as "Canceled: ...",
# in published feeds sometimes without STATUS:CANCELLED.
_CANCELLED_TITLE = re.compile(
    r"^\s*(?:canceled|cancelled|abgesagt|annulé|annule|cancelado|cancelada|annullato|geannuleerd|anulowane|"
    r"odwołane|inställt|avbokat|aflyst|avlyst|peruttu|已取消)\s*[:：]",
    re.IGNORECASE,
)


def make_event(
    occ: icalendar.Component,
    *,
    source: str,
    zone: ZoneInfo,
    default_zone: ZoneInfo,
    calendar_name: str,
    recurrence_id: str,
    method: str | None,
    shown_in: ZoneInfo | None = None,
) -> CalendarEvent:
    """One occurrence as a CalendarEvent. ``zone`` reads naive times (the user's zone, or one we mapped from
    an Outlook TZID); ``shown_in`` is Google's X-WR-TIMEZONE, in which UTC times are presented."""
    raw_start = date_of(occ["DTSTART"])
    raw_end = dt_of(occ["DTEND"]) if "DTEND" in occ else None
    duration = getattr(occ.get("DURATION"), "dt", None)
    if raw_end is None and isinstance(duration, timedelta):
        raw_end = raw_start + duration
    start, end, tzid, all_day, floating = event_times(
        raw_start,
        raw_end if isinstance(raw_end, date) else None,  # event_times reads an end only when it is a date
        zone=zone,
        default_zone=default_zone,
        shown_in=shown_in,
    )
    status = str(occ.get("STATUS", "CONFIRMED")).strip().upper() or "CONFIRMED"
    if method == "CANCEL" or _CANCELLED_TITLE.match(_text(occ.get("SUMMARY"))):
        status = "CANCELLED"
    return CalendarEvent(
        source=source,
        uid=str(occ["UID"]),
        recurrence_id=recurrence_id,
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
        attendees=tuple(a for a in (_person(v) for v in as_list(occ.get("ATTENDEE"))) if a is not None),
        url=_link(occ),
        calendar_name=calendar_name,
    )


def event_times(
    raw_start: date,
    raw_end: date | None,
    *,
    zone: ZoneInfo,
    default_zone: ZoneInfo,
    shown_in: ZoneInfo | None,
) -> tuple[datetime, datetime, str, bool, bool]:
    """(start, end, tzid, all_day, floating) of an occurrence from its DTSTART and DTEND values."""
    resolved = zone is not default_zone  # a naive time whose TZID we mapped ourselves is not floating
    all_day = not isinstance(raw_start, datetime)
    floating = isinstance(raw_start, datetime) and raw_start.tzinfo is None and not resolved
    if not isinstance(raw_start, datetime):
        zone = default_zone  # all-day events belong to the user's days, whatever zone the file mentions
        start = datetime.combine(raw_start, datetime.min.time(), zone)
        end_day = (
            raw_end if isinstance(raw_end, date) and raw_end > raw_start else raw_start + timedelta(days=1)
        )
        return start, datetime.combine(end_day, datetime.min.time(), zone), zone.key, all_day, floating
    start, tzid = _aware(raw_start, zone)
    end = _aware(raw_end, zone)[0] if isinstance(raw_end, datetime) else start
    if tzid == "UTC" and shown_in is not None:
        start, end, tzid = start.astimezone(shown_in), end.astimezone(shown_in), shown_in.key
    elif tzid == "UTC":
        start, end = start.astimezone(_UTC), end.astimezone(_UTC)
    return start, end, tzid, all_day, floating


# Outlook and OWA sometimes write the display name of a Windows zone as TZID without a VTIMEZONE. icalendar
# knows the zone IDs ("Eastern Standard Time") but not these names; the common ones are mapped here.
_DISPLAY_ZONES = (
    ("eastern time", "America/New_York"),
    ("central time", "America/Chicago"),
    ("mountain time", "America/Denver"),
    ("pacific time", "America/Los_Angeles"),
    ("alaska", "America/Anchorage"),
    ("hawaii", "Pacific/Honolulu"),
    ("atlantic time", "America/Halifax"),
    ("brasilia", "America/Sao_Paulo"),
    ("buenos aires", "America/Argentina/Buenos_Aires"),
    ("bogota, lima", "America/Bogota"),
    ("santiago", "America/Santiago"),
    ("mexico city", "America/Mexico_City"),
    ("amsterdam, berlin", "Europe/Berlin"),
    ("brussels, copenhagen", "Europe/Paris"),
    ("dublin, edinburgh", "Europe/London"),
    ("belgrade, bratislava", "Europe/Budapest"),
    ("sarajevo, skopje", "Europe/Warsaw"),
    ("helsinki, kyiv", "Europe/Helsinki"),
    ("athens, bucharest", "Europe/Bucharest"),
    ("istanbul", "Europe/Istanbul"),
    ("moscow", "Europe/Moscow"),
    ("jerusalem", "Asia/Jerusalem"),
    ("cairo", "Africa/Cairo"),
    ("johannesburg", "Africa/Johannesburg"),
    ("nairobi", "Africa/Nairobi"),
    ("lagos", "Africa/Lagos"),
    ("abu dhabi, muscat", "Asia/Dubai"),
    ("karachi", "Asia/Karachi"),
    ("chennai, kolkata", "Asia/Kolkata"),
    ("dhaka", "Asia/Dhaka"),
    ("bangkok, hanoi, jakarta", "Asia/Bangkok"),
    ("beijing, chongqing", "Asia/Shanghai"),
    ("kuala lumpur, singapore", "Asia/Singapore"),
    ("taipei", "Asia/Taipei"),
    ("seoul", "Asia/Seoul"),
    ("osaka, sapporo, tokyo", "Asia/Tokyo"),
    ("brisbane", "Australia/Brisbane"),
    ("perth", "Australia/Perth"),
    ("adelaide", "Australia/Adelaide"),
    ("canberra, melbourne, sydney", "Australia/Sydney"),
    ("auckland, wellington", "Pacific/Auckland"),
    ("coordinated universal time", "UTC"),
    ("tzone://microsoft/utc", "UTC"),
)


def display_zone(tzid: str) -> ZoneInfo | None:
    """The IANA zone behind a TZID that icalendar cannot resolve: an Outlook display name ("(UTC-03:00)
    Brasilia"), Exchange's "tzone://Microsoft/Utc" (quoted or not), or a path ending in an IANA name
    ("/mozilla.org/20050126_1/Europe/Berlin")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", tzid) if not unicodedata.combining(c))
    name = plain.replace("\\", "").strip().strip('"').replace(" and ", " & ").lower()
    for needle, key in _DISPLAY_ZONES:
        if needle in name:
            return ZoneInfo(key)
    parts = tzid.strip().strip('"').split("/")
    for n in (3, 2):
        candidate = "/".join(parts[-n:])
        if len(parts) > n and re.fullmatch(r"[A-Za-z_]+(?:/[A-Za-z_+-]+)+", candidate):
            found = zone_named(candidate)
            if found.key == candidate:
                return found
    return None


def fixed_offset_zone(tzid: str) -> ZoneInfo | None:
    """ "(UTC-03:00) Somewhere" as a fixed whole-hour zone (Etc/GMT+3), for display names we cannot map."""
    match = re.match(r"^\W*(?:UTC|GMT)\s*([+-])(\d{1,2}):00\b", tzid.strip().strip('"'), re.IGNORECASE)
    if not match:
        return None
    hours = int(match.group(2))
    if hours == 0:
        return ZoneInfo("UTC")
    return zone_named(f"Etc/GMT{'-' if match.group(1) == '+' else '+'}{hours}") if hours <= 14 else None


def uid_of(comp: icalendar.Component) -> str:
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
    """Attach the user's zone to a naive time and name the zone the time was written in."""
    if value.tzinfo is None:
        return value.replace(tzinfo=zone), zone.key
    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str) and key:
        return value, key
    # A VTIMEZONE of the calendar's own (icalendar reads it with dateutil; it has no IANA key). Named like a
    # Windows zone ("W. Europe Standard Time") or an Outlook display name: keep the instant its own rules give
    # and present it in the IANA zone of that name. Otherwise name the VTIMEZONE itself, not "UTC".
    tzid = str(getattr(value.tzinfo, "_tzid", "")).strip()
    olson = WINDOWS_TO_OLSON.get(tzid)
    known = ZoneInfo(olson) if olson else display_zone(tzid) if tzid else None
    if known is not None:
        return value.astimezone(known), known.key
    return value.astimezone(_UTC), tzid or "UTC"


def recurrence_id(original: date, zone: ZoneInfo) -> str:
    """An occurrence's original start as the key part: "20261203T140000Z" (a naive time read in ``zone``), or
    "20261203" for a date."""
    if not isinstance(original, datetime):
        return original.strftime("%Y%m%d")
    return utc(original, zone).strftime("%Y%m%dT%H%M%SZ")


def utc(value: date, zone: Any) -> datetime:
    if not isinstance(value, datetime):
        value = datetime.combine(value, datetime.min.time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(_UTC)


def _person(value: Any) -> Attendee | None:
    if value is None or isinstance(value, vBroken):
        return None
    params = getattr(value, "params", {})
    address = str(value).strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    address = address.strip().lower()
    email = str(params.get("EMAIL", "")).strip().strip('"').lower()
    if "@" not in address and "@" in email:  # Apple and CalDAV servers: "EMAIL=jane@x:urn:uuid:..."
        address = email
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
        for value in as_list(occ.get(name)):
            text = str(value).strip()
            if text.lower().startswith(("https://", "http://")):
                return text
    for name in ("LOCATION", "DESCRIPTION"):
        match = _MEETING_LINK.search(_text(occ.get(name)))
        if match:
            return match.group(0).rstrip(".,;")
    url = str(occ.get("URL", "")).strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


def dt_of(prop: object) -> DtValue:
    """``prop.dt``, typed: a property of another type raises AttributeError, as reading ``.dt`` does."""
    if isinstance(prop, _HAS_DT):
        value: DtValue = prop.dt
        return value
    raise AttributeError(f"{type(prop).__name__!r} object has no attribute 'dt'")


def date_of(prop: object) -> date:
    """``prop.dt`` when it is a date or date-time; TypeError otherwise (a duration, a time, a period)."""
    value = dt_of(prop)
    if not isinstance(value, date):
        raise TypeError(f"expected a date or date-time, got {type(value).__name__}")
    return value


def _categories(occ: icalendar.Component) -> tuple[str, ...]:
    names: list[str] = []
    for value in as_list(occ.get("CATEGORIES")):
        for cat in getattr(value, "cats", [value]):
            text = str(cat).strip()
            if text and text not in names:
                names.append(text)
    return tuple(names)


def _dtstamp(value: Any) -> datetime | None:
    try:
        stamp = value.dt
    except Exception:  # missing, or broken (icalendar raises on .dt of a broken value)
        return None
    if not isinstance(stamp, datetime):
        return None
    return utc(stamp, _UTC)


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


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
