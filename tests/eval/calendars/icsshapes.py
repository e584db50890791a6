"""Builders for calendar files in the shapes Google, Exchange, iCloud, Nextcloud, Fastmail, Zoom and Teams write."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

MAYA = "maya@example.org"
WINDOW = ["2026-10-01T00:00:00Z", "2027-03-01T00:00:00Z"]
STAMP = "20261120T101500Z"

BERLIN_TZ = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def ms_zone(name: str, *, std: str, dst: str | None, std_rule: str = "", dst_rule: str = "") -> str:
    """A VTIMEZONE as Exchange writes it: 1601 anchors, Windows zone name as TZID."""
    out = [f"BEGIN:VTIMEZONE\nTZID:{name}", "BEGIN:STANDARD\nDTSTART:16010101T030000"]
    out.append(f"TZOFFSETFROM:{dst or std}\nTZOFFSETTO:{std}")
    if std_rule:
        out.append(f"RRULE:{std_rule}")
    out.append("END:STANDARD")
    if dst:
        out.append(f"BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}")
        out.append(f"RRULE:{dst_rule}\nEND:DAYLIGHT")
    out.append("END:VTIMEZONE")
    return "\n".join(out)


W_EUROPE = ms_zone(
    "W. Europe Standard Time",
    std="+0100",
    dst="+0200",
    std_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    dst_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
)
EASTERN = ms_zone(
    "Eastern Standard Time",
    std="-0500",
    dst="-0400",
    std_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
    dst_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
)
GMT_STD = ms_zone(
    "GMT Standard Time",
    std="+0000",
    dst="+0100",
    std_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    dst_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
)
BRASILIA = ms_zone("(UTC-03:00) Brasilia", std="-0300", dst=None)


def fold(line: str) -> list[str]:
    """RFC 5545 folding at 75 octets, never inside a UTF-8 sequence."""
    out: list[str] = []
    data = line.encode("utf-8")
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data = b" " + data[cut:]
        limit = 75
    out.append(data.decode("utf-8"))
    return out


def calendar(prodid: str, *parts: str, method: str = "", head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", *head]
    if method:
        lines.append(f"METHOD:{method}")
    for part in parts:
        lines.extend(part.strip("\n").split("\n"))
    lines.append("END:VCALENDAR")
    return "\r\n".join(folded for line in lines for folded in fold(line)) + "\r\n"


def att(
    email: str,
    cn: str = "",
    *,
    partstat: str = "ACCEPTED",
    role: str = "REQ-PARTICIPANT",
    cutype: str = "INDIVIDUAL",
    google: bool = False,
) -> str:
    params = [f"CUTYPE={cutype}", f"ROLE={role}", f"PARTSTAT={partstat}"]
    if google:
        params.append(f"RSVP={'TRUE' if partstat == 'NEEDS-ACTION' else 'FALSE'}")
        params.append(f"CN={cn or email}")
        params.append("X-NUM-GUESTS=0")
    elif cn:
        params.append(f'CN="{cn}"' if "," in cn else f"CN={cn}")
    return f"ATTENDEE;{';'.join(params)}:mailto:{email}"


def utc(local: str, zone: str) -> str:
    """Local 'YYYYMMDDTHHMMSS' in an IANA zone as 'YYYY-MM-DDTHH:MM:SSZ'."""
    moment = datetime.strptime(local, "%Y%m%dT%H%M%S").replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def rid(local: str, zone: str) -> str:
    return utc(local, zone).replace("-", "").replace(":", "")


def plus(stamp: str, **delta: float) -> str:
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ") + timedelta(**delta)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def occ(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool,
    recurrence_id: str = "",
    cancelled: bool = False,
    interviewers: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
) -> dict[str, Any]:
    return {
        "uid": uid,
        "recurrence_id": recurrence_id,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(a.lower() for a in interviewers),
        "company": company,
        "role": role,
    }


def write(out: Path, name: str, text: str, *, source: str, events: list[dict[str, Any]]) -> None:
    (out / f"{name}.ics").write_bytes(text.encode("utf-8"))
    expected = {
        "source": source,
        "user_addresses": [MAYA],
        "user_timezone": "Europe/Berlin",
        "window": WINDOW,
        "events": events,
    }
    (out / f"{name}.expected.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n", "utf-8"
    )
