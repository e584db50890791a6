"""Small writers for the second held-out calendar set: lines, folding, attendees, zones and expectations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MAYA = "maya@example.org"
WINDOW = ["2026-11-30T00:00:00Z", "2027-01-04T00:00:00Z"]


def fold(line: str) -> str:
    """One content line folded at 75 octets (RFC 5545 section 3.1), never inside a UTF-8 sequence."""
    out, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        limit = 75 if not out else 74
        if len(current) + len(piece) > limit:
            out.append(current)
            current = b""
        current += piece
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)


def calendar(
    *blocks: list[str], prodid: str, method: str = "", head: tuple[str, ...] = (), zones: tuple[str, ...] = ()
) -> str:
    """One VCALENDAR with the given header lines, VTIMEZONE blocks and components."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    lines += ["CALSCALE:GREGORIAN"] if "Google" in prodid else []
    lines += [f"METHOD:{method}"] if method else []
    lines += list(head)
    for zone in zones:
        lines += ZONES[zone]
    for block in blocks:
        lines += block
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def g_att(email: str, cn: str = "", *, partstat: str = "ACCEPTED", cutype: str = "INDIVIDUAL") -> str:
    """An ATTENDEE as Google Calendar writes it."""
    name = f";CN={cn}" if cn else f";CN={email}"
    role = "REQ-PARTICIPANT"
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP=TRUE{name};X-NUM-GUESTS=0:mailto:{email}"


def o_att(
    email: str, cn: str, *, partstat: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT", extra: str = ""
) -> str:
    """An ATTENDEE as Exchange / Outlook writes it (CN quoted when it holds a comma)."""
    name = f'"{cn}"' if "," in cn else cn
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE{extra};CN={name}:mailto:{email}"


def occ(
    uid: str,
    start: str,
    end: str,
    *,
    rid: str = "",
    interview: bool = False,
    cancelled: bool = False,
    who: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
) -> dict[str, Any]:
    """One expected occurrence, typed by hand."""
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(who),
        "company": company,
        "role": role,
    }


def write(
    name: str,
    ics: str,
    *,
    source: str,
    tz: str,
    events: list[dict[str, Any]],
    window: list[str] | None = None,
) -> None:
    """Writes NAME.ics and NAME.expected.json beside this module."""
    (HERE / f"{name}.ics").write_bytes(ics.encode("utf-8"))
    expected = {
        "source": source,
        "user_addresses": [MAYA],
        "user_timezone": tz,
        "window": window or WINDOW,
        "events": events,
    }
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    (HERE / f"{name}.expected.json").write_text(text, encoding="utf-8")


def _olson(tzid: str, std: str, dst: str, std_name: str, dst_name: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _windows_eu(tzid: str, std: str, dst: str) -> list[str]:
    """A VTIMEZONE as Exchange writes one for a European Windows zone (starts in 1601, no TZNAME)."""
    escaped = tzid.replace(",", "\\,")
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{escaped}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def _windows_us(tzid: str, std: str, dst: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def _fixed(tzid: str, offset: str, since: str, name: str) -> list[str]:
    """A zone without daylight saving time."""
    label = [f"TZNAME:{name}"] if name else []
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:{since}",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        *label,
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


ZONES = {
    "Europe/Berlin": _olson("Europe/Berlin", "+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": _olson("Europe/Paris", "+0100", "+0200", "CET", "CEST"),
    "Europe/Warsaw": _olson("Europe/Warsaw", "+0100", "+0200", "CET", "CEST"),
    "Europe/Stockholm": _olson("Europe/Stockholm", "+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": _olson("Europe/Madrid", "+0100", "+0200", "CET", "CEST"),
    "Europe/Amsterdam": _olson("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST"),
    "Europe/Rome": _olson("Europe/Rome", "+0100", "+0200", "CET", "CEST"),
    "Europe/Lisbon": _olson("Europe/Lisbon", "+0000", "+0100", "WET", "WEST"),
    "W. Europe Standard Time": _windows_eu("W. Europe Standard Time", "+0100", "+0200"),
    "Romance Standard Time": _windows_eu("Romance Standard Time", "+0100", "+0200"),
    "GMT Standard Time": _windows_eu("GMT Standard Time", "+0000", "+0100"),
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": _windows_eu(
        "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "+0100", "+0200"
    ),
    "Pacific Standard Time": _windows_us("Pacific Standard Time", "-0800", "-0700"),
    "Eastern Standard Time": _windows_us("Eastern Standard Time", "-0500", "-0400"),
    "Tokyo Standard Time": _fixed("Tokyo Standard Time", "+0900", "16010101T000000", ""),
    "Asia/Shanghai": _fixed("Asia/Shanghai", "+0800", "19700101T000000", "CST"),
}

STAMP = "DTSTAMP:20261120T091500Z"


def google_invite(
    *,
    uid: str,
    summary: str,
    start: str,
    end: str,
    organizer: str,
    attendees: tuple[str, ...],
    description: str = "",
) -> str:
    """A Google Calendar invitation (invite.ics): METHOD:REQUEST, UTC times, Meet link in the description."""
    lines = [
        f"DTSTART:{start}",
        f"DTEND:{end}",
        STAMP,
        f"ORGANIZER;{organizer}",
        f"UID:{uid}",
        *attendees,
        "X-MICROSOFT-CDO-OWNERAPPTID:-1126633209",
        "CREATED:20261119T160210Z",
        f"DESCRIPTION:{description}",
        "LAST-MODIFIED:20261120T091500Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        f"SUMMARY:{summary}",
        "TRANSP:OPAQUE",
    ]
    return calendar(vevent(*lines), prodid="-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST")


def outlook(*blocks: list[str], method: str = "REQUEST", zones: tuple[str, ...] = ()) -> str:
    """An Exchange / Outlook 365 calendar object."""
    return calendar(*blocks, prodid="Microsoft Exchange Server 2010", method=method, zones=zones)


def outlook_event(
    *,
    uid: str,
    summary: str,
    start: str,
    end: str,
    organizer: str,
    attendees: tuple[str, ...],
    sequence: int = 0,
    status: str = "",
    location: str = "Microsoft Teams Meeting",
) -> list[str]:
    """One VEVENT in the shape Exchange writes (start and end carry their TZID parameter already)."""
    body = (
        "\\n________________________________________________________________________________\\n"
        "Microsoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\n"
        "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        "NjA4ZTJlYzAtYmVkNC00NzI4%40thread.v2/0>\\nMeeting ID: 318 204 557 92\\nPasscode: r7Wq2X\\n"
    )
    return vevent(
        f"ORGANIZER;{organizer}",
        *attendees,
        f"DESCRIPTION;LANGUAGE=en-US:{body}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{summary}",
        start,
        end,
        "CLASS:PUBLIC",
        "PRIORITY:5",
        STAMP,
        "TRANSP:OPAQUE",
        *([f"STATUS:{status}"] if status else []),
        f"SEQUENCE:{sequence}",
        f"LOCATION;LANGUAGE=en-US:{location}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(sequence),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    )
