# ruff: noqa: E501
"""Writes the third held-out calendar set: NAME.ics + NAME.expected.json, expectations typed by hand."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MAYA = "maya@example.org"
SPRING = ("2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z")
CASES: list[tuple[str, bytes, dict[str, Any]]] = []


def _fold(line: str) -> list[str]:
    """RFC 5545 folding at 75 octets, never inside a UTF-8 sequence."""
    out, current, size, limit = [], "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return out


def ics(text: str, *, fold: bool = True, eol: str = "\r\n") -> bytes:
    """The calendar text (indentation removed) with CRLF line ends and folded long lines."""
    lines = textwrap.dedent(text).strip("\n").split("\n")
    folded = [part for line in lines for part in (_fold(line) if fold else [line])]
    return (eol.join(folded) + eol).encode("utf-8")


def ev(
    uid: str,
    *,
    start: str,
    end: str,
    interview: bool,
    rid: str = "",
    cancelled: bool = False,
    people: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
) -> dict[str, Any]:
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(p.lower() for p in people),
        "company": company,
        "role": role,
    }


def case(
    name: str,
    data: bytes,
    *,
    source: str,
    tz: str,
    events: list[dict[str, Any]],
    window: tuple[str, str] = SPRING,
) -> None:
    expected = {
        "source": source,
        "user_addresses": [MAYA],
        "user_timezone": tz,
        "window": list(window),
        "events": events,
    }
    CASES.append((name, data, expected))


def vtz_eu(
    tzid: str, *, std: str = "+0100", dst: str = "+0200", names: tuple[str, str] = ("CET", "CEST")
) -> str:
    """A VTIMEZONE with the European Union's rule (last Sunday of March and of October)."""
    hour_on, hour_off = ("01", "02") if std == "+0000" else ("02", "03")
    if std == "+0200":
        hour_on, hour_off = "03", "04"
    return f"""\
BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{names[1]}
DTSTART:19700329T{hour_on}0000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{names[0]}
DTSTART:19701025T{hour_off}0000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def vtz_us(tzid: str, *, std: str, dst: str, names: tuple[str, str]) -> str:
    """A VTIMEZONE with the United States' rule since 2007 (second Sunday of March, first of November)."""
    return f"""\
BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{names[1]}
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{names[0]}
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def vtz_ms(tzid: str, *, bias: str, dst_bias: str = "", eu: bool = True) -> str:
    """A VTIMEZONE the way Outlook writes it: year 1601 starts, a rule without UNTIL, or one STANDARD only."""
    if not dst_bias:
        return f"""\
BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:{bias}
TZOFFSETTO:{bias}
END:STANDARD
END:VTIMEZONE"""
    if eu:
        std_rule, dst_rule = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
        std_time = "16010101T040000" if bias == "+0200" else "16010101T030000"
        dst_time = "16010101T030000" if bias == "+0200" else "16010101T020000"
        if bias == "+0000":
            std_time, dst_time = "16010101T020000", "16010101T010000"
    else:
        std_rule, dst_rule = "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"
        std_time, dst_time = "16010101T020000", "16010101T020000"
    return f"""\
BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:{std_time}
TZOFFSETFROM:{dst_bias}
TZOFFSETTO:{bias}
RRULE:{std_rule}
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:{dst_time}
TZOFFSETFROM:{bias}
TZOFFSETTO:{dst_bias}
RRULE:{dst_rule}
END:DAYLIGHT
END:VTIMEZONE"""


def indent(block: str) -> str:
    """A block made by the helpers above, indented like the case texts so that dedent removes it again."""
    return textwrap.indent(block, " " * 8).lstrip()


# --- Google Calendar --------------------------------------------------------------------------------------------

case(
    "google_invite_en_phone_screen",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {indent(vtz_us("America/New_York", std="-0500", dst="-0400", names=("EST", "EDT")))}
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260310T100000
        DTEND;TZID=America/New_York:20260310T103000
        DTSTAMP:20260302T151200Z
        ORGANIZER;CN=Jane Doe:mailto:jane.doe@globex.example
        UID:4k1q9m2n7p0r5s8t3v6w1x4y7z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jane Doe;X-NUM-GUESTS=0:mailto:jane.doe@globex.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maya@example.org;X-NUM-GUESTS=0:mailto:maya@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.example/qwe-rtyu-iop
        CREATED:20260302T151150Z
        DESCRIPTION:Hi Maya\, looking forward to our chat about the Senior Data Engineer role.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.example/qwe-rtyu-iop\n\nLearn more about Meet at: https://support.google.example/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260302T151200Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Globex | Phone screen | Senior Data Engineer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar invite (REQUEST, Meet)",
    tz="America/New_York",
    events=[
        ev(
            "4k1q9m2n7p0r5s8t3v6w1x4y7z@google.com",
            start="2026-03-10T14:00:00Z",
            end="2026-03-10T14:30:00Z",
            interview=True,
            people=("jane.doe@globex.example",),
            company="Globex",
            role="Senior Data Engineer",
        )
    ],
)

case(
    "google_export_de_vorstellungsgespraech",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:maya@example.org
        X-WR-TIMEZONE:Europe/Berlin
        BEGIN:VEVENT
        DTSTART:20260317T090000Z
        DTEND:20260317T100000Z
        DTSTAMP:20260316T080000Z
        ORGANIZER;CN=Raj Patel:mailto:raj.patel@initech.example
        UID:0d9c8b7a6f5e4d3c2b1a0f9e8d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raj Patel;X-NUM-GUESTS=0:mailto:raj.patel@initech.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anna Schmidt;X-NUM-GUESTS=0:mailto:anna.schmidt@initech.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example;X-NUM-GUESTS=0:mailto:maya@example.org
        ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=BER-3-Spree (6);X-NUM-GUESTS=0:mailto:c_18863a1f0e@resource.calendar.google.example
        CREATED:20260305T101010Z
        DESCRIPTION:Liebe Maya\,\n\nwir freuen uns auf das Gespräch mit Ihnen. Bitte melden Sie sich am Empfang im 3. OG.\n\nViele Grüße\nRaj Patel\nTalent Acquisition
        LAST-MODIFIED:20260316T080000Z
        LOCATION:Initech Berlin\, Friedrichstraße 1\, 10117 Berlin
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch: Initech – Backend-Entwicklerin
        TRANSP:OPAQUE
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260318
        DTEND;VALUE=DATE:20260319
        DTSTAMP:20260316T080000Z
        UID:7e6d5c4b3a29180f@google.com
        CREATED:20260310T090000Z
        DESCRIPTION:
        LAST-MODIFIED:20260310T090000Z
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Urlaub
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar export (X-WR-TIMEZONE, UTC times, room resource)",
    tz="Europe/Berlin",
    events=[
        ev(
            "0d9c8b7a6f5e4d3c2b1a0f9e8d@google.com",
            start="2026-03-17T09:00:00Z",
            end="2026-03-17T10:00:00Z",
            interview=True,
            people=("raj.patel@initech.example", "anna.schmidt@initech.example"),
            company="Initech",
            role="Backend-Entwicklerin",
        ),
        ev(
            "7e6d5c4b3a29180f@google.com",
            start="2026-03-17T23:00:00Z",
            end="2026-03-18T23:00:00Z",
            interview=False,
        ),
    ],
)

case(
    "google_zh_group_calendar_invite",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:Asia/Shanghai
        X-LIC-LOCATION:Asia/Shanghai
        BEGIN:STANDARD
        TZOFFSETFROM:+0800
        TZOFFSETTO:+0800
        TZNAME:CST
        DTSTART:19700101T000000
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        DTSTART;TZID=Asia/Shanghai:20260318T100000
        DTEND;TZID=Asia/Shanghai:20260318T110000
        DTSTAMP:20260311T020304Z
        ORGANIZER;CN=李伟:mailto:li.wei@stark.example
        UID:1a2b3c4d5e6f7g8h9i0j@google.com
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=前端面试官;X-NUM-GUESTS=0:mailto:fe-interviewers@stark.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=李伟;X-NUM-GUESTS=0:mailto:li.wei@stark.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=王芳;X-NUM-GUESTS=0:mailto:wang.fang@stark.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maya@example.org;X-NUM-GUESTS=0:mailto:maya@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.example/abc-defg-hij
        DESCRIPTION:您好 Maya，\n\n本次为技术面试，约60分钟，请提前5分钟进入会议。\n\n使用 Google Meet 加入：https://meet.google.example/abc-defg-hij
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:技术面试 | Stark Industries | 高级前端工程师
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar invite (group calendar attendee, Chinese)",
    tz="Asia/Shanghai",
    events=[
        ev(
            "1a2b3c4d5e6f7g8h9i0j@google.com",
            start="2026-03-18T02:00:00Z",
            end="2026-03-18T03:00:00Z",
            interview=True,
            people=("li.wei@stark.example", "wang.fang@stark.example"),
            company="Stark Industries",
            role="高级前端工程师",
        )
    ],
)

case(
    "google_nb_slash_title",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260305T120000Z
        DTEND:20260305T130000Z
        DTSTAMP:20260226T100000Z
        ORGANIZER;CN=Ingrid Berg:mailto:ingrid.berg@nakatomi.example
        UID:nb0305nakatomi8812@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ingrid Berg;X-NUM-GUESTS=0:mailto:ingrid.berg@nakatomi.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ola Nordmann;X-NUM-GUESTS=0:mailto:ola.nordmann@nakatomi.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=maya@example.org;X-NUM-GUESTS=0:mailto:maya@example.org
        DESCRIPTION:Hei Maya!\n\nVelkommen til jobbintervju hos oss. Vi møtes i resepsjonen i 2. etasje.\n\nHilsen Ingrid
        LOCATION:Nakatomi\, Karl Johans gate 1\, Oslo
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Jobbintervju Nakatomi / Systemutvikler
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar invite (UTC times, Norwegian)",
    tz="Europe/Oslo",
    events=[
        ev(
            "nb0305nakatomi8812@google.com",
            start="2026-03-05T12:00:00Z",
            end="2026-03-05T13:00:00Z",
            interview=True,
            people=("ingrid.berg@nakatomi.example", "ola.nordmann@nakatomi.example"),
            company="Nakatomi",
            role="Systemutvikler",
        )
    ],
)

case(
    "google_onsite_series_with_override",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:Maya Example
        X-WR-TIMEZONE:America/Los_Angeles
        {indent(vtz_us("America/Los_Angeles", std="-0800", dst="-0700", names=("PST", "PDT")))}
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20260414T090000
        DTEND;TZID=America/Los_Angeles:20260414T150000
        RRULE:FREQ=DAILY;COUNT=2
        DTSTAMP:20260401T170000Z
        ORGANIZER;CN=Planet Express Recruiting:mailto:recruiting@planetexpress.example
        UID:pe-onsite-2026-0414@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Planet Express Recruiting:mailto:recruiting@planetexpress.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hermes Conrad:mailto:hermes@planetexpress.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION:Two-day onsite for the Delivery Operations Lead role. Day 1: case study and panel. Day 2: leadership conversations.
        LOCATION:Planet Express HQ\, 1 Main St\, San Francisco
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Onsite – Planet Express – Delivery Operations Lead
        TRANSP:OPAQUE
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20260415T100000
        DTEND;TZID=America/Los_Angeles:20260415T140000
        DTSTAMP:20260401T170000Z
        ORGANIZER;CN=Planet Express Recruiting:mailto:recruiting@planetexpress.example
        UID:pe-onsite-2026-0414@google.com
        RECURRENCE-ID;TZID=America/Los_Angeles:20260415T090000
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Planet Express Recruiting:mailto:recruiting@planetexpress.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hubert Farnsworth:mailto:hubert@planetexpress.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Hermes Conrad:mailto:hermes@planetexpress.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION:Day 2 moved one hour later: leadership conversations.
        LOCATION:Planet Express HQ\, 1 Main St\, San Francisco
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Onsite – Planet Express – Delivery Operations Lead
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar export (two-day series, overridden second day, recruiting mailbox organizer)",
    tz="America/Los_Angeles",
    events=[
        ev(
            "pe-onsite-2026-0414@google.com",
            rid="20260414T160000Z",
            start="2026-04-14T16:00:00Z",
            end="2026-04-14T22:00:00Z",
            interview=True,
            people=("recruiting@planetexpress.example", "hermes@planetexpress.example"),
            company="Planet Express",
            role="Delivery Operations Lead",
        ),
        ev(
            "pe-onsite-2026-0414@google.com",
            rid="20260415T160000Z",
            start="2026-04-15T17:00:00Z",
            end="2026-04-15T21:00:00Z",
            interview=True,
            people=("recruiting@planetexpress.example", "hubert@planetexpress.example"),
            company="Planet Express",
            role="Delivery Operations Lead",
        ),
    ],
)

case(
    "google_cancelled_onsite",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART;TZID=America/Denver:20260422T090000
        DTEND;TZID=America/Denver:20260422T120000
        DTSTAMP:20260420T153000Z
        ORGANIZER;CN=Gus Fring:mailto:gus@lospollos.example
        UID:lp-ops-onsite-55aa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gus Fring;X-NUM-GUESTS=0:mailto:gus@lospollos.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=maya@example.org;X-NUM-GUESTS=0:mailto:maya@example.org
        DESCRIPTION:This event has been cancelled.
        LOCATION:Los Pollos Hermanos\, Albuquerque
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Onsite - Los Pollos Hermanos - Operations Lead
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar cancellation (METHOD:CANCEL, IANA TZID without VTIMEZONE)",
    tz="America/Denver",
    events=[
        ev(
            "lp-ops-onsite-55aa@google.com",
            start="2026-04-22T15:00:00Z",
            end="2026-04-22T18:00:00Z",
            interview=True,
            cancelled=True,
            people=("gus@lospollos.example",),
            company="Los Pollos Hermanos",
            role="Operations Lead",
        )
    ],
)

case(
    "google_final_round_rooms_groups_declined",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260409T160000Z
        DTEND:20260409T190000Z
        DTSTAMP:20260401T120000Z
        ORGANIZER;CN=Raj Patel:mailto:raj.patel@yoyodyne.example
        UID:yoyo-final-7f3e91@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raj Patel;X-NUM-GUESTS=0:mailto:raj.patel@yoyodyne.example
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Platform interviewers;X-NUM-GUESTS=0:mailto:platform-interviewers@yoyodyne.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=John Smallberries;X-NUM-GUESTS=0:mailto:john.smallberries@yoyodyne.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emily Lizardo;X-NUM-GUESTS=0:mailto:emily.lizardo@yoyodyne.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=John Bigboote;X-NUM-GUESTS=0:mailto:john.bigboote@yoyodyne.example
        ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=NJ-2-Oscillation Overthruster (10);X-NUM-GUESTS=0:mailto:c_1889e0b1a2@resource.calendar.google.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=maya@example.org;X-NUM-GUESTS=0:mailto:maya@example.org
        DESCRIPTION:Final round for the Principal Engineer position: system design\, coding\, and a conversation with the VP.
        LOCATION:NJ-2-Oscillation Overthruster (10)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Final round: Yoyodyne — Principal Engineer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar invite (group, room, optional and declined attendees)",
    tz="America/New_York",
    events=[
        ev(
            "yoyo-final-7f3e91@google.com",
            start="2026-04-09T16:00:00Z",
            end="2026-04-09T19:00:00Z",
            interview=True,
            people=(
                "raj.patel@yoyodyne.example",
                "john.smallberries@yoyodyne.example",
                "emily.lizardo@yoyodyne.example",
            ),
            company="Yoyodyne",
            role="Principal Engineer",
        )
    ],
)

case(
    "google_weekly_sync_exdate_and_interview",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:Maya Example
        X-WR-TIMEZONE:Europe/London
        {indent(vtz_eu("Europe/London", std="+0000", dst="+0100", names=("GMT", "BST")))}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20260316T093000
        DTEND;TZID=Europe/London:20260316T100000
        RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4
        EXDATE;TZID=Europe/London:20260323T093000
        DTSTAMP:20260301T090000Z
        ORGANIZER;CN=Maya Example:mailto:maya@example.org
        UID:team-sync-weekly-2026@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Data team:mailto:data-team@example.org
        DESCRIPTION:Weekly team sync: blockers\, planning\, demos.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Team sync
        TRANSP:OPAQUE
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20260402T170000
        DTEND;TZID=Europe/London:20260402T174500
        DTSTAMP:20260325T110000Z
        ORGANIZER;CN=Jane Doe:mailto:jane.doe@duff.example
        UID:maya-duff-hm-31@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane Doe:mailto:jane.doe@duff.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION:Hiring manager conversation\, 45 minutes.\nJoin with Google Meet: https://meet.google.example/duf-fmay-aaa
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Maya <> Duff
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar export (weekly series with EXDATE across the UK clock change, '<>' title)",
    tz="Europe/London",
    events=[
        ev(
            "team-sync-weekly-2026@google.com",
            rid="20260316T093000Z",
            start="2026-03-16T09:30:00Z",
            end="2026-03-16T10:00:00Z",
            interview=False,
        ),
        ev(
            "team-sync-weekly-2026@google.com",
            rid="20260330T083000Z",
            start="2026-03-30T08:30:00Z",
            end="2026-03-30T09:00:00Z",
            interview=False,
        ),
        ev(
            "team-sync-weekly-2026@google.com",
            rid="20260406T083000Z",
            start="2026-04-06T08:30:00Z",
            end="2026-04-06T09:00:00Z",
            interview=False,
        ),
        ev(
            "maya-duff-hm-31@google.com",
            start="2026-04-02T16:00:00Z",
            end="2026-04-02T16:45:00Z",
            interview=True,
            people=("jane.doe@duff.example",),
            company="Duff",
            role="",
        ),
    ],
)


# --- Exchange / Outlook 365 -------------------------------------------------------------------------------------


def ms_tail(*, seq: int = 0, busy: str = "BUSY", teams: str = "") -> str:
    """The X-MICROSOFT lines Exchange adds to every VEVENT, with a Teams link when given."""
    lines = [
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if teams:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}")
        lines.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:maya@example.org")
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    return "\n".join(lines)


TEAMS = "https://teams.microsoft.example/l/meetup-join/19%3ameeting_NmE0ZTk0OTEtZjU2%40thread.v2/0?context=%7b%22Tid%22%3a%220%22%7d"
TEAMS_TEXT = r"________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<{link}>\nMeeting ID: 312 555 019 88\nPasscode: x7Yq2p\n________________________________________________________________________________"
OUTLOOK_UID = "040000008200E00074C5B7101A82E00800000000{}00000000000000001000000{}"

case(
    "outlook_fr_entretien_teams",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {indent(vtz_ms("Romance Standard Time", bias="+0100", dst_bias="+0200"))}
        BEGIN:VEVENT
        ORGANIZER;CN=Claire Martin:mailto:claire.martin@hooli.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maya@example.org:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julien Bernard:mailto:julien.bernard@hooli.example
        DESCRIPTION;LANGUAGE=fr-FR:Bonjour Maya\,\n\nComme convenu\, je vous envoie l'invitation pour l'entretien technique (60 min).\n\nBien cordialement\,\nClaire\n\n{TEAMS_TEXT.format(link=TEAMS)}
        UID:{OUTLOOK_UID.format("50C1D2E3F4A5DB01", "7E3A1C0F9B8D4E2A6C5B4A3F2E1D0C9B")}
        SUMMARY;LANGUAGE=fr-FR:Entretien technique – Hooli – Ingénieure logicielle
        DTSTART;TZID=Romance Standard Time:20260319T140000
        DTEND;TZID=Romance Standard Time:20260319T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260309T101500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        {indent(ms_tail(busy="TENTATIVE", teams=TEAMS))}
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Exchange invite (Windows zone with VTIMEZONE, Teams, French)",
    tz="Europe/Paris",
    events=[
        ev(
            OUTLOOK_UID.format("50C1D2E3F4A5DB01", "7E3A1C0F9B8D4E2A6C5B4A3F2E1D0C9B"),
            start="2026-03-19T13:00:00Z",
            end="2026-03-19T14:00:00Z",
            interview=True,
            people=("claire.martin@hooli.example", "julien.bernard@hooli.example"),
            company="Hooli",
            role="Ingénieure logicielle",
        )
    ],
)

case(
    "outlook_es_entrevista_no_vtimezone",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Lucía García:mailto:lucia.garcia@vandelay.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carmen López:mailto:carmen.lopez@vandelay.example
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED;RSVP=TRUE;CN=Pedro Ruiz:mailto:pedro.ruiz@vandelay.example
        DESCRIPTION;LANGUAGE=es-ES:Hola Maya\,\n\nTe confirmamos la entrevista para el puesto. Nos vemos en la oficina de Madrid (planta 4).\n\nUn saludo\,\nLucía
        UID:{OUTLOOK_UID.format("80F0A1B2C3D4DB01", "1F2E3D4C5B6A79880A1B2C3D4E5F6071")}
        SUMMARY;LANGUAGE=es-ES:Entrevista: Desarrolladora Full Stack en Vandelay
        DTSTART;TZID=Romance Standard Time:20260407T163000
        DTEND;TZID=Romance Standard Time:20260407T173000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260330T080000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala Retiro (Madrid\, planta 4)
        {indent(ms_tail())}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Exchange invite (Windows zone, no VTIMEZONE, declined optional attendee, Spanish)",
    tz="Europe/Madrid",
    events=[
        ev(
            OUTLOOK_UID.format("80F0A1B2C3D4DB01", "1F2E3D4C5B6A79880A1B2C3D4E5F6071"),
            start="2026-04-07T14:30:00Z",
            end="2026-04-07T15:30:00Z",
            interview=True,
            people=("lucia.garcia@vandelay.example", "carmen.lopez@vandelay.example"),
            company="Vandelay",
            role="Desarrolladora Full Stack",
        )
    ],
)

case(
    "outlook_ja_mensetsu",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {indent(vtz_ms("Tokyo Standard Time", bias="+0900"))}
        BEGIN:VEVENT
        ORGANIZER;CN=田中 由紀:mailto:tanaka.yuki@initrode.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maya@example.org:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=佐藤 健:mailto:sato.ken@initrode.example
        DESCRIPTION;LANGUAGE=ja-JP:Maya様\n\nこの度はご応募いただきありがとうございます。一次面接を下記の通り設定いたしました。\n\n{TEAMS_TEXT.format(link=TEAMS)}
        UID:{OUTLOOK_UID.format("00B3C4D5E6F7DB01", "2A3B4C5D6E7F80910A1B2C3D4E5F6A7B")}
        SUMMARY;LANGUAGE=ja-JP:一次面接：Initrode（バックエンドエンジニア）
        DTSTART;TZID=Tokyo Standard Time:20260409T140000
        DTEND;TZID=Tokyo Standard Time:20260409T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260401T020000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=ja-JP:Microsoft Teams 会議
        {indent(ms_tail(teams=TEAMS))}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Exchange invite (Tokyo Standard Time VTIMEZONE, Teams, Japanese)",
    tz="Asia/Tokyo",
    events=[
        ev(
            OUTLOOK_UID.format("00B3C4D5E6F7DB01", "2A3B4C5D6E7F80910A1B2C3D4E5F6A7B"),
            start="2026-04-09T05:00:00Z",
            end="2026-04-09T06:00:00Z",
            interview=True,
            people=("tanaka.yuki@initrode.example", "sato.ken@initrode.example"),
            company="Initrode",
            role="バックエンドエンジニア",
        )
    ],
)

case(
    "outlook365_da_jobsamtale",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Mette Hansen:mailto:mette.hansen@dundermifflin.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION;LANGUAGE=da-DK:Hej Maya\,\n\nTak for din ansøgning. Vi glæder os til at møde dig.\n\nVenlig hilsen\nMette Hansen\, HR
        UID:{OUTLOOK_UID.format("D0E1F2A3B4C5DB01", "3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F")}
        SUMMARY;LANGUAGE=da-DK:Jobsamtale: Salgskonsulent hos Dunder Mifflin
        DTSTART;TZID=Romance Standard Time:20260421T100000
        DTEND;TZID=Romance Standard Time:20260421T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260414T091500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=da-DK:Dunder Mifflin\, Vesterbrogade 2\, København
        {indent(ms_tail())}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Outlook 365 invite (Windows zone, no VTIMEZONE, Danish, role first)",
    tz="Europe/Copenhagen",
    events=[
        ev(
            OUTLOOK_UID.format("D0E1F2A3B4C5DB01", "3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F"),
            start="2026-04-21T08:00:00Z",
            end="2026-04-21T09:00:00Z",
            interview=True,
            people=("mette.hansen@dundermifflin.example",),
            company="Dunder Mifflin",
            role="Salgskonsulent",
        )
    ],
)

case(
    "outlook_fi_tyohaastattelu",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {indent(vtz_ms("FLE Standard Time", bias="+0200", dst_bias="+0300"))}
        BEGIN:VEVENT
        ORGANIZER;CN=Aino Virtanen:mailto:aino.virtanen@massivedynamic.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mikko Korhonen:mailto:mikko.korhonen@massivedynamic.example
        DESCRIPTION;LANGUAGE=fi-FI:Hei Maya\,\n\nKiitos hakemuksestasi! Tervetuloa työhaastatteluun toimistollemme.\n\nTerveisin\nAino
        UID:{OUTLOOK_UID.format("A0B1C2D3E4F5DB01", "4D5E6F708192A3B4C5D6E7F8091A2B3C")}
        SUMMARY;LANGUAGE=fi-FI:Työhaastattelu: Ohjelmistokehittäjä\, Massive Dynamic
        DTSTART;TZID=FLE Standard Time:20260416T120000
        DTEND;TZID=FLE Standard Time:20260416T130000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260406T070000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fi-FI:Neuvotteluhuone Sauna\, Helsinki
        {indent(ms_tail())}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Exchange invite (FLE Standard Time VTIMEZONE, Finnish, role first)",
    tz="Europe/Helsinki",
    events=[
        ev(
            OUTLOOK_UID.format("A0B1C2D3E4F5DB01", "4D5E6F708192A3B4C5D6E7F8091A2B3C"),
            start="2026-04-16T09:00:00Z",
            end="2026-04-16T10:00:00Z",
            interview=True,
            people=("aino.virtanen@massivedynamic.example", "mikko.korhonen@massivedynamic.example"),
            company="Massive Dynamic",
            role="Ohjelmistokehittäjä",
        )
    ],
)

case(
    "outlook_tr_teknik_mulakat",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {indent(vtz_ms("Turkey Standard Time", bias="+0300"))}
        BEGIN:VEVENT
        ORGANIZER;CN=Ayşe Yılmaz:mailto:ayse.yilmaz@oscorp.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mehmet Demir:mailto:mehmet.demir@oscorp.example
        DESCRIPTION;LANGUAGE=tr-TR:Merhaba Maya\,\n\nTeknik mülakat için davetiyemizi ekte bulabilirsiniz.\n\nSaygılarımızla\nAyşe\n\n{TEAMS_TEXT.format(link=TEAMS)}
        UID:{OUTLOOK_UID.format("C0D1E2F3A4B5DB01", "5E6F708192A3B4C5D6E7F8091A2B3C4D")}
        SUMMARY;LANGUAGE=tr-TR:Teknik mülakat - Oscorp - Yazılım Mühendisi
        DTSTART;TZID=Turkey Standard Time:20260313T150000
        DTEND;TZID=Turkey Standard Time:20260313T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260306T110000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=tr-TR:Microsoft Teams Toplantısı
        {indent(ms_tail(teams=TEAMS))}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Exchange invite (Turkey Standard Time VTIMEZONE, Teams, Turkish)",
    tz="Europe/Istanbul",
    events=[
        ev(
            OUTLOOK_UID.format("C0D1E2F3A4B5DB01", "5E6F708192A3B4C5D6E7F8091A2B3C4D"),
            start="2026-03-13T12:00:00Z",
            end="2026-03-13T13:00:00Z",
            interview=True,
            people=("ayse.yilmaz@oscorp.example", "mehmet.demir@oscorp.example"),
            company="Oscorp",
            role="Yazılım Mühendisi",
        )
    ],
)

case(
    "teams_panel_room_pacific",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Jane Doe:mailto:jane.doe@buynlarge.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Shelby Forthright:mailto:shelby.forthright@buynlarge.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Raj Patel:mailto:raj.patel@buynlarge.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;RSVP=TRUE;CN=Otto Auto:mailto:otto.auto@buynlarge.example
        ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=SEA-Conf Room 3A (12):mailto:confroom3a@buynlarge.example
        DESCRIPTION;LANGUAGE=en-US:Hi Maya\, this is the panel for the Engineering Manager role: 30 min each with Shelby and Raj\, then Q&A with me.\n\n{TEAMS_TEXT.format(link=TEAMS)}
        UID:{OUTLOOK_UID.format("E0F1A2B3C4D5DB01", "6F708192A3B4C5D6E7F8091A2B3C4D5E")}
        SUMMARY;LANGUAGE=en-US:Panel interview | Buy n Large | Engineering Manager
        DTSTART;TZID=Pacific Standard Time:20260327T090000
        DTEND;TZID=Pacific Standard Time:20260327T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260320T180000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:SEA-Conf Room 3A (12); Microsoft Teams Meeting
        {indent(ms_tail(teams=TEAMS))}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Outlook 365 Teams invite (Pacific Standard Time without VTIMEZONE, room, tentative and declined)",
    tz="America/Los_Angeles",
    events=[
        ev(
            OUTLOOK_UID.format("E0F1A2B3C4D5DB01", "6F708192A3B4C5D6E7F8091A2B3C4D5E"),
            start="2026-03-27T16:00:00Z",
            end="2026-03-27T17:30:00Z",
            interview=True,
            people=(
                "jane.doe@buynlarge.example",
                "shelby.forthright@buynlarge.example",
                "raj.patel@buynlarge.example",
            ),
            company="Buy n Large",
            role="Engineering Manager",
        )
    ],
)

BLUTH_UID = OUTLOOK_UID.format("F0A1B2C3D4E5DB01", "708192A3B4C5D6E7F8091A2B3C4D5E6F")
BLUTH_REQUEST = rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {indent(vtz_ms("Eastern Standard Time", bias="-0500", dst_bias="-0400", eu=False))}
        BEGIN:VEVENT
        ORGANIZER;CN=Lindsay Bluth:mailto:lindsay@bluth.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Michael Bluth:mailto:michael@bluth.example
        DESCRIPTION;LANGUAGE=en-US:Interview with Michael (CFO) for the Financial Analyst role.
        UID:{BLUTH_UID}
        SUMMARY;LANGUAGE=en-US:Interview - Bluth Company - Financial Analyst
        DTSTART;TZID=Eastern Standard Time:20260323T140000
        DTEND;TZID=Eastern Standard Time:20260323T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260316T140000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Bluth Company\, Newport Beach
        {indent(ms_tail())}
        END:VEVENT
        END:VCALENDAR
"""
BLUTH_CANCEL = rf"""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {indent(vtz_ms("Eastern Standard Time", bias="-0500", dst_bias="-0400", eu=False))}
        BEGIN:VEVENT
        ORGANIZER;CN=Lindsay Bluth:mailto:lindsay@bluth.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Michael Bluth:mailto:michael@bluth.example
        DESCRIPTION;LANGUAGE=en-US:Sorry Maya\, Michael is travelling that week. I will send a new time.
        UID:{BLUTH_UID}
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Bluth Company - Financial Analyst
        DTSTART;TZID=Eastern Standard Time:20260323T140000
        DTEND;TZID=Eastern Standard Time:20260323T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260319T210000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Bluth Company\, Newport Beach
        {indent(ms_tail(seq=1, busy="FREE"))}
        END:VEVENT
        END:VCALENDAR
"""
case(
    "exchange_request_then_cancel",
    ics(BLUTH_REQUEST) + ics(BLUTH_CANCEL),
    source="Exchange iTIP stream (REQUEST then CANCEL for one UID, 'Canceled:' title, Eastern Standard Time VTIMEZONE)",
    tz="America/Los_Angeles",
    events=[
        ev(
            BLUTH_UID,
            start="2026-03-23T18:00:00Z",
            end="2026-03-23T19:00:00Z",
            interview=True,
            cancelled=True,
            people=("lindsay@bluth.example", "michael@bluth.example"),
            company="Bluth Company",
            role="Financial Analyst",
        )
    ],
)

GRINGOTTS_UID = OUTLOOK_UID.format("11A2B3C4D5E6DB01", "8192A3B4C5D6E7F8091A2B3C4D5E6F70")


def gringotts(*, seq: int, day: str, hour: str, stamp: str) -> bytes:
    return ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {indent(vtz_ms("GMT Standard Time", bias="+0000", dst_bias="+0100"))}
        BEGIN:VEVENT
        ORGANIZER;CN=Jane Doe:mailto:jane.doe@gringotts.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION;LANGUAGE=en-GB:Second interview for the Risk Analyst role\, 60 minutes\, at our London office.
        UID:{GRINGOTTS_UID}
        SUMMARY;LANGUAGE=en-GB:Gringotts – 2nd interview – Risk Analyst
        DTSTART;TZID=GMT Standard Time:{day}T{hour}0000
        DTEND;TZID=GMT Standard Time:{day}T{int(hour) + 1:02d}0000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=en-GB:Gringotts\, Diagon Alley\, London
        {indent(ms_tail(seq=seq))}
        END:VEVENT
        END:VCALENDAR
        """
    )


case(
    "exchange_rescheduled_update",
    gringotts(seq=0, day="20260408", hour="10", stamp="20260401T090000Z")
    + gringotts(seq=1, day="20260409", hour="15", stamp="20260403T120000Z"),
    source="Exchange iTIP stream (REQUEST, then a later REQUEST moving it, GMT Standard Time VTIMEZONE)",
    tz="Europe/London",
    events=[
        ev(
            GRINGOTTS_UID,
            start="2026-04-09T14:00:00Z",
            end="2026-04-09T15:00:00Z",
            interview=True,
            people=("jane.doe@gringotts.example",),
            company="Gringotts",
            role="Risk Analyst",
        )
    ],
)

case(
    "outlook_hiring_mailbox_organizer",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Omnicorp Careers:mailto:careers@omnicorp.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dick Jones:mailto:dick.jones@omnicorp.example
        DESCRIPTION;LANGUAGE=en-US:Dear Maya\,\n\nPlease find your video interview details below. If you need to reschedule\, reply to this email.\n\nOmnicorp Talent Acquisition\n\n{TEAMS_TEXT.format(link=TEAMS)}
        UID:{OUTLOOK_UID.format("22B3C4D5E6F7DB01", "92A3B4C5D6E7F8091A2B3C4D5E6F7081")}
        SUMMARY;LANGUAGE=en-US:Video interview | Omnicorp | Site Reliability Engineer
        DTSTART;TZID=Central Standard Time:20260304T100000
        DTEND;TZID=Central Standard Time:20260304T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260226T160000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        {indent(ms_tail(teams=TEAMS))}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Outlook 365 invite from a careers mailbox (Central Standard Time without VTIMEZONE)",
    tz="America/Chicago",
    events=[
        ev(
            OUTLOOK_UID.format("22B3C4D5E6F7DB01", "92A3B4C5D6E7F8091A2B3C4D5E6F7081"),
            start="2026-03-04T16:00:00Z",
            end="2026-03-04T17:00:00Z",
            interview=True,
            people=("careers@omnicorp.example", "dick.jones@omnicorp.example"),
            company="Omnicorp",
            role="Site Reliability Engineer",
        )
    ],
)

case(
    "outlook_user_interviews_candidate",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {indent(vtz_ms("W. Europe Standard Time", bias="+0100", dst_bias="+0200"))}
        BEGIN:VEVENT
        ORGANIZER;CN=Recruiting:mailto:recruiting@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Raj Patel:mailto:raj.patel@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Sharma:mailto:priya.sharma@example.test
        DESCRIPTION;LANGUAGE=en-US:You are on the interview panel for Priya Sharma (Backend Engineer candidate). Please submit your scorecard within 24 hours.\nInterview kit: https://hiring.example.org/kits/4471
        UID:{OUTLOOK_UID.format("33C4D5E6F708DB01", "A3B4C5D6E7F8091A2B3C4D5E6F708192")}
        SUMMARY;LANGUAGE=en-US:Interview: Priya Sharma for Backend Engineer (candidate)
        DTSTART;TZID=W. Europe Standard Time:20260312T140000
        DTEND;TZID=W. Europe Standard Time:20260312T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260305T100000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Room Elbe
        {indent(ms_tail())}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Exchange invite from the user's own employer: she interviews a candidate (look-alike)",
    tz="Europe/Berlin",
    events=[
        ev(
            OUTLOOK_UID.format("33C4D5E6F708DB01", "A3B4C5D6E7F8091A2B3C4D5E6F708192"),
            start="2026-03-12T13:00:00Z",
            end="2026-03-12T14:00:00Z",
            interview=False,
        )
    ],
)

case(
    "outlook_exit_interview_and_one_on_one",
    ics(
        rf"""
        BEGIN:VCALENDAR
        METHOD:PUBLISH
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        X-WR-CALNAME:Calendar
        {indent(vtz_ms("W. Europe Standard Time", bias="+0100", dst_bias="+0200"))}
        BEGIN:VEVENT
        ORGANIZER;CN=People Team:mailto:people@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION;LANGUAGE=en-US:A confidential conversation about your time with us before your last day.
        UID:{OUTLOOK_UID.format("44D5E6F70819DB01", "B4C5D6E7F8091A2B3C4D5E6F708192A3")}
        SUMMARY;LANGUAGE=en-US:Exit interview
        DTSTART;TZID=W. Europe Standard Time:20260428T110000
        DTEND;TZID=W. Europe Standard Time:20260428T113000
        CLASS:PRIVATE
        PRIORITY:5
        DTSTAMP:20260420T080000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:HR office
        {indent(ms_tail())}
        END:VEVENT
        BEGIN:VEVENT
        ORGANIZER;CN=Jane Doe:mailto:jane.doe@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION;LANGUAGE=en-US:Our regular check-in.
        RRULE:FREQ=WEEKLY;UNTIL=20260415T080000Z;INTERVAL=2;BYDAY=WE;WKST=MO
        UID:{OUTLOOK_UID.format("55E6F708192ADB01", "C5D6E7F8091A2B3C4D5E6F708192A3B4")}
        SUMMARY;LANGUAGE=en-US:Maya / Jane 1:1
        DTSTART;TZID=W. Europe Standard Time:20260318T100000
        DTEND;TZID=W. Europe Standard Time:20260318T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260301T080000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Jane's office
        {indent(ms_tail())}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Exchange calendar publish (exit interview and a fortnightly 1:1 across the clock change: look-alikes)",
    tz="Europe/Berlin",
    events=[
        ev(
            OUTLOOK_UID.format("44D5E6F70819DB01", "B4C5D6E7F8091A2B3C4D5E6F708192A3"),
            start="2026-04-28T09:00:00Z",
            end="2026-04-28T09:30:00Z",
            interview=False,
        ),
        ev(
            OUTLOOK_UID.format("55E6F708192ADB01", "C5D6E7F8091A2B3C4D5E6F708192A3B4"),
            rid="20260318T090000Z",
            start="2026-03-18T09:00:00Z",
            end="2026-03-18T09:30:00Z",
            interview=False,
        ),
        ev(
            OUTLOOK_UID.format("55E6F708192ADB01", "C5D6E7F8091A2B3C4D5E6F708192A3B4"),
            rid="20260401T080000Z",
            start="2026-04-01T08:00:00Z",
            end="2026-04-01T08:30:00Z",
            interview=False,
        ),
        ev(
            OUTLOOK_UID.format("55E6F708192ADB01", "C5D6E7F8091A2B3C4D5E6F708192A3B4"),
            rid="20260415T080000Z",
            start="2026-04-15T08:00:00Z",
            end="2026-04-15T08:30:00Z",
            interview=False,
        ),
    ],
)


# --- iCloud, Nextcloud, Fastmail, Proton, Zoho, Thunderbird -----------------------------------------------------

APPLE_ALARM = """\
BEGIN:VALARM
X-WR-ALARMUID:5B1E8C2A-3F4D-4E6A-9B7C-0D1E2F3A4B5C
UID:5B1E8C2A-3F4D-4E6A-9B7C-0D1E2F3A4B5C
TRIGGER:-PT30M
ATTACH;VALUE=URI:Chord
ACTION:AUDIO
END:VALARM"""

case(
    "icloud_it_colloquio_no_attendees",
    ics(
        rf"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.3//EN
        CALSCALE:GREGORIAN
        {indent(vtz_eu("Europe/Rome"))}
        BEGIN:VEVENT
        CREATED:20260310T181200Z
        DTEND;TZID=Europe/Rome:20260324T120000
        DTSTAMP:20260310T181240Z
        DTSTART;TZID=Europe/Rome:20260324T110000
        LAST-MODIFIED:20260310T181240Z
        LOCATION:Soylent\nVia Tortona 12\, 20144 Milano MI\, Italia
        SEQUENCE:0
        SUMMARY:Colloquio di lavoro con Soylent – Product Designer
        TRANSP:OPAQUE
        UID:2F9A6C1E-7B3D-4A58-8E0F-19C2D4B6A8E1
        X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Via Tortona 12, 20144 Milano MI, Italia";X-APPLE-RADIUS=70.5;X-TITLE=Soylent:geo:45.452100,9.163800
        X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
        {indent(APPLE_ALARM)}
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="iCloud (macOS Calendar, event she typed herself, no attendees, Italian)",
    tz="Europe/Rome",
    events=[
        ev(
            "2F9A6C1E-7B3D-4A58-8E0F-19C2D4B6A8E1",
            start="2026-03-24T10:00:00Z",
            end="2026-03-24T11:00:00Z",
            interview=True,
            company="Soylent",
            role="Product Designer",
        )
    ],
)

case(
    "icloud_one_on_one_thisandfuture",
    ics(
        rf"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//iPhone OS 18.3//EN
        CALSCALE:GREGORIAN
        {indent(vtz_eu("Europe/Berlin"))}
        BEGIN:VEVENT
        ATTENDEE;CN=Raj Patel;CUTYPE=INDIVIDUAL;EMAIL=raj.patel@example.org;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:raj.patel@example.org
        ATTENDEE;CN=Maya Example;CUTYPE=INDIVIDUAL;EMAIL=maya@example.org;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:maya@example.org
        CREATED:20260325T090000Z
        DTEND;TZID=Europe/Berlin:20260402T103000
        DTSTAMP:20260325T090100Z
        DTSTART;TZID=Europe/Berlin:20260402T100000
        LAST-MODIFIED:20260325T090100Z
        ORGANIZER;CN=Maya Example;EMAIL=maya@example.org:mailto:maya@example.org
        RRULE:FREQ=WEEKLY;COUNT=4
        SEQUENCE:0
        SUMMARY:1:1 Maya / Raj
        TRANSP:OPAQUE
        UID:8C4B2A19-6E5D-4F3C-A2B1-0E9D8C7B6A5F
        END:VEVENT
        BEGIN:VEVENT
        ATTENDEE;CN=Raj Patel;CUTYPE=INDIVIDUAL;EMAIL=raj.patel@example.org;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:raj.patel@example.org
        ATTENDEE;CN=Maya Example;CUTYPE=INDIVIDUAL;EMAIL=maya@example.org;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:maya@example.org
        CREATED:20260325T090000Z
        DTEND;TZID=Europe/Berlin:20260416T113000
        DTSTAMP:20260410T150000Z
        DTSTART;TZID=Europe/Berlin:20260416T110000
        LAST-MODIFIED:20260410T150000Z
        ORGANIZER;CN=Maya Example;EMAIL=maya@example.org:mailto:maya@example.org
        RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20260416T100000
        SEQUENCE:1
        SUMMARY:1:1 Maya / Raj
        TRANSP:OPAQUE
        UID:8C4B2A19-6E5D-4F3C-A2B1-0E9D8C7B6A5F
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="iCloud (iPhone, weekly 1:1 moved an hour later with RANGE=THISANDFUTURE: look-alike)",
    tz="Europe/Berlin",
    events=[
        ev(
            "8C4B2A19-6E5D-4F3C-A2B1-0E9D8C7B6A5F",
            rid="20260402T080000Z",
            start="2026-04-02T08:00:00Z",
            end="2026-04-02T08:30:00Z",
            interview=False,
        ),
        ev(
            "8C4B2A19-6E5D-4F3C-A2B1-0E9D8C7B6A5F",
            rid="20260409T080000Z",
            start="2026-04-09T08:00:00Z",
            end="2026-04-09T08:30:00Z",
            interview=False,
        ),
        ev(
            "8C4B2A19-6E5D-4F3C-A2B1-0E9D8C7B6A5F",
            rid="20260416T080000Z",
            start="2026-04-16T09:00:00Z",
            end="2026-04-16T09:30:00Z",
            interview=False,
        ),
        ev(
            "8C4B2A19-6E5D-4F3C-A2B1-0E9D8C7B6A5F",
            rid="20260423T080000Z",
            start="2026-04-23T09:00:00Z",
            end="2026-04-23T09:30:00Z",
            interview=False,
        ),
    ],
)

case(
    "icloud_prep_block_and_thank_you_reminder",
    ics(
        rf"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.3//EN
        CALSCALE:GREGORIAN
        {indent(vtz_us("America/New_York", std="-0500", dst="-0400", names=("EST", "EDT")))}
        BEGIN:VEVENT
        CREATED:20260303T120000Z
        DTEND;TZID=America/New_York:20260309T190000
        DTSTAMP:20260303T120000Z
        DTSTART;TZID=America/New_York:20260309T180000
        DESCRIPTION:Re-read the job ad\, STAR stories\, questions to ask Jane.
        LAST-MODIFIED:20260303T120000Z
        SEQUENCE:0
        SUMMARY:Interview prep: Globex phone screen
        TRANSP:OPAQUE
        UID:A1B2C3D4-E5F6-4789-9ABC-DEF012345678
        {indent(APPLE_ALARM)}
        END:VEVENT
        BEGIN:VEVENT
        CREATED:20260303T120100Z
        DTEND;TZID=America/New_York:20260310T171500
        DTSTAMP:20260303T120100Z
        DTSTART;TZID=America/New_York:20260310T170000
        LAST-MODIFIED:20260303T120100Z
        SEQUENCE:0
        SUMMARY:Send thank-you notes after Globex interview
        TRANSP:TRANSPARENT
        UID:B2C3D4E5-F6A7-489A-ABCD-EF0123456789
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="iCloud (prep block and a thank-you reminder she set herself: look-alikes)",
    tz="America/New_York",
    events=[
        ev(
            "A1B2C3D4-E5F6-4789-9ABC-DEF012345678",
            start="2026-03-09T22:00:00Z",
            end="2026-03-09T23:00:00Z",
            interview=False,
        ),
        ev(
            "B2C3D4E5-F6A7-489A-ABCD-EF0123456789",
            start="2026-03-10T21:00:00Z",
            end="2026-03-10T21:15:00Z",
            interview=False,
        ),
    ],
)

case(
    "nextcloud_nl_sollicitatiegesprek",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//IDN nextcloud.com//Calendar app 4.7.4//EN
        CALSCALE:GREGORIAN
        VERSION:2.0
        BEGIN:VEVENT
        CREATED:20260320T141500Z
        DTSTAMP:20260320T141700Z
        LAST-MODIFIED:20260320T141700Z
        SEQUENCE:2
        UID:6a1f0b3c-9d2e-4f57-8a60-b1c2d3e4f5a6
        DTSTART;TZID=Europe/Amsterdam:20260402T130000
        DTEND;TZID=Europe/Amsterdam:20260402T140000
        STATUS:CONFIRMED
        SUMMARY:Sollicitatiegesprek Umbrella - Data-analist
        LOCATION:Umbrella\, Herengracht 1\, Amsterdam
        DESCRIPTION:Tweede ronde. Vragen voorbereiden over het dashboardproject.
        ORGANIZER;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;CN=Daan de Vries;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=FALSE;LANGUAGE=nl:mailto:daan.devries@umbrella.example
        END:VEVENT
        {indent(vtz_eu("Europe/Amsterdam"))}
        END:VCALENDAR
        """
    ),
    source="Nextcloud Calendar (she organised and invited the recruiter, VTIMEZONE after the event, Dutch)",
    tz="Europe/Amsterdam",
    events=[
        ev(
            "6a1f0b3c-9d2e-4f57-8a60-b1c2d3e4f5a6",
            start="2026-04-02T11:00:00Z",
            end="2026-04-02T12:00:00Z",
            interview=True,
            people=("daan.devries@umbrella.example",),
            company="Umbrella",
            role="Data-analist",
        )
    ],
)

case(
    "nextcloud_customer_research_interviews",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//IDN nextcloud.com//Calendar app 4.7.4//EN
        CALSCALE:GREGORIAN
        VERSION:2.0
        BEGIN:VEVENT
        CREATED:20260301T100000Z
        DTSTAMP:20260301T100000Z
        LAST-MODIFIED:20260301T100000Z
        SEQUENCE:0
        UID:0e7d6c5b-4a39-4281-9f0e-d1c2b3a49586
        DTSTART;TZID=Europe/Amsterdam:20260311T150000
        DTEND;TZID=Europe/Amsterdam:20260311T154500
        STATUS:CONFIRMED
        SUMMARY:Klantinterview onboarding-onderzoek (klant 4)
        DESCRIPTION:Discovery-interview met een klant over de onboarding. Opname via de onderzoekstool\, notities in het gedeelde document.
        ORGANIZER;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;CN=Sanne Jansen;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:sanne@customer.example
        ATTENDEE;CN=UX team;CUTYPE=GROUP;PARTSTAT=NEEDS-ACTION;ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:ux@example.org
        END:VEVENT
        BEGIN:VEVENT
        CREATED:20260301T100500Z
        DTSTAMP:20260301T100500Z
        LAST-MODIFIED:20260301T100500Z
        SEQUENCE:0
        UID:1f8e7d6c-5b4a-4392-8a1f-e2d3c4b5a697
        DTSTART;TZID=Europe/Amsterdam:20260313T100000
        DTEND;TZID=Europe/Amsterdam:20260313T104500
        STATUS:CONFIRMED
        SUMMARY:User research interview #5 – checkout flow
        DESCRIPTION:Moderated usability session. Participant recruited via the research panel; incentive sent afterwards.
        ORGANIZER;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;CN=Participant 5;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:p5@panel.example
        END:VEVENT
        {indent(vtz_eu("Europe/Amsterdam"))}
        END:VCALENDAR
        """
    ),
    source="Nextcloud Calendar (customer and user research interviews she runs: look-alikes)",
    tz="Europe/Amsterdam",
    events=[
        ev(
            "0e7d6c5b-4a39-4281-9f0e-d1c2b3a49586",
            start="2026-03-11T14:00:00Z",
            end="2026-03-11T14:45:00Z",
            interview=False,
        ),
        ev(
            "1f8e7d6c-5b4a-4392-8a1f-e2d3c4b5a697",
            start="2026-03-13T09:00:00Z",
            end="2026-03-13T09:45:00Z",
            interview=False,
        ),
    ],
)

case(
    "fastmail_pt_entrevista",
    ics(
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//CyrusIMAP.org/Cyrus 3.11.0-alpha0-112-g3f8a2c1d0e-fm-20260201.001-g3f8a2c1d//EN
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:America/Sao_Paulo
        LAST-MODIFIED:20250101T000000Z
        X-LIC-LOCATION:America/Sao_Paulo
        BEGIN:STANDARD
        TZNAME:-03
        TZOFFSETFROM:-0300
        TZOFFSETTO:-0300
        DTSTART:20190217T000000
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:9b2c4e6a-1d3f-4a5b-8c7d-e9f0a1b2c3d4
        SEQUENCE:0
        DTSTAMP:20260305T190000Z
        CREATED:20260305T185900Z
        DTSTART;TZID=America/Sao_Paulo:20260312T150000
        DURATION:PT1H
        PRIORITY:0
        SUMMARY:Entrevista Tyrell | Engenheira de Dados
        DESCRIPTION:Olá Maya\,\n\nConforme combinado\, segue o convite para a nossa conversa.\n\nAbraços\,\nJoão
        LOCATION:https://meet.jit.example/tyrell-entrevista-maya
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        CLASS:PUBLIC
        ORGANIZER;CN=João Silva;X-JMAP-ID=b3c4d5e6:mailto:joao.silva@tyrell.example
        ATTENDEE;CN=João Silva;PARTSTAT=ACCEPTED;X-JMAP-ID=b3c4d5e6;X-JMAP-ROLE=OWNER;X-JMAP-ROLE=ATTENDEE:mailto:joao.silva@tyrell.example
        ATTENDEE;CN=Maya Example;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;X-JMAP-ID=c4d5e6f7;X-JMAP-ROLE=ATTENDEE:mailto:maya@example.org
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Fastmail invite (Cyrus, DURATION instead of DTEND, Portuguese)",
    tz="America/Sao_Paulo",
    events=[
        ev(
            "9b2c4e6a-1d3f-4a5b-8c7d-e9f0a1b2c3d4",
            start="2026-03-12T18:00:00Z",
            end="2026-03-12T19:00:00Z",
            interview=True,
            people=("joao.silva@tyrell.example",),
            company="Tyrell",
            role="Engenheira de Dados",
        )
    ],
)

case(
    "proton_sv_intervju",
    ics(
        rf"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Proton AG//WebCalendar 5.0.63.4//EN
        METHOD:REQUEST
        {indent(vtz_eu("Europe/Stockholm"))}
        BEGIN:VEVENT
        UID:p7Qx2L9vRkT3mN8bW1cZ5yH4jF6dS0aE@proton.me
        DTSTAMP:20260407T120000Z
        DTSTART;TZID=Europe/Stockholm:20260414T093000
        DTEND;TZID=Europe/Stockholm:20260414T101500
        SEQUENCE:0
        SUMMARY:Intervju med Wonka – UX-designer
        DESCRIPTION:Hej Maya! Vi ses i receptionen. Ta gärna med några exempel ur din portfolio.
        LOCATION:Wonka\, Sveavägen 1\, Stockholm
        ORGANIZER;CN=Erik Lund:mailto:erik.lund@wonka.example
        ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;X-PM-TOKEN=4b1f6a0d2e9c:mailto:maya@example.org
        ATTENDEE;CN=Karin Ek;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=ACCEPTED;X-PM-TOKEN=9e2a7c3f5d10:mailto:karin.ek@wonka.example
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Proton Calendar invite (Swedish)",
    tz="Europe/Stockholm",
    events=[
        ev(
            "p7Qx2L9vRkT3mN8bW1cZ5yH4jF6dS0aE@proton.me",
            start="2026-04-14T07:30:00Z",
            end="2026-04-14T08:15:00Z",
            interview=True,
            people=("erik.lund@wonka.example", "karin.ek@wonka.example"),
            company="Wonka",
            role="UX-designer",
        )
    ],
)

case(
    "zoho_pl_rozmowa_kwalifikacyjna",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Zoho Corporation//Zoho Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        {indent(vtz_eu("Europe/Warsaw"))}
        BEGIN:VEVENT
        DTSTAMP:20260319T083000Z
        UID:5f0b2e1d9a8c47b6a3d2e1f0c9b8a7d6@zoho.com
        SUMMARY:Rozmowa kwalifikacyjna – Cyberdyne – Programistka Python
        DTSTART;TZID=Europe/Warsaw:20260326T100000
        DTEND;TZID=Europe/Warsaw:20260326T110000
        DESCRIPTION:Dzień dobry\,\n\nzapraszamy na rozmowę kwalifikacyjną (ok. 60 min). Link do spotkania poniżej.\n\nPozdrawiam\nAnna Kowalska
        LOCATION:https://meeting.zoho.example/join/839201
        ORGANIZER;CN=Anna Kowalska:mailto:anna.kowalska@cyberdyne.example
        ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=Maya Example:mailto:maya@example.org
        ATTENDEE;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=Tomasz Nowak:mailto:tomasz.nowak@cyberdyne.example
        SEQUENCE:0
        STATUS:CONFIRMED
        X-ZOHO-EVENT-TYPE:MEETING
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Zoho Calendar invite (Polish)",
    tz="Europe/Warsaw",
    events=[
        ev(
            "5f0b2e1d9a8c47b6a3d2e1f0c9b8a7d6@zoho.com",
            start="2026-03-26T09:00:00Z",
            end="2026-03-26T10:00:00Z",
            interview=True,
            people=("anna.kowalska@cyberdyne.example", "tomasz.nowak@cyberdyne.example"),
            company="Cyberdyne",
            role="Programistka Python",
        )
    ],
)

case(
    "thunderbird_cs_pohovor",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:Europe/Prague
        X-TZINFO:Europe/Prague[2025b]
        BEGIN:DAYLIGHT
        TZOFFSETTO:+020000
        TZOFFSETFROM:+010000
        TZNAME:CEST
        DTSTART:20260329T020000
        RDATE:20260329T020000
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETTO:+010000
        TZOFFSETFROM:+020000
        TZNAME:CET
        DTSTART:20251026T030000
        RDATE:20251026T030000
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        CREATED:20260320T094500Z
        LAST-MODIFIED:20260320T095000Z
        DTSTAMP:20260320T095000Z
        UID:3d9e1a7c-5b2f-4e08-9c6d-a4b3e2f1d0c9
        SUMMARY:Pohovor – Acme – Backend vývojář
        ORGANIZER;RSVP=TRUE;CN=Petr Novák;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:petr.novak@acme.example
        ATTENDEE;RSVP=TRUE;CN=Maya Example;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:maya@example.org
        ATTENDEE;RSVP=TRUE;CN=Jana Dvořáková;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:jana.dvorakova@acme.example
        X-MOZ-RECEIVED-SEQUENCE:0
        X-MOZ-RECEIVED-DTSTAMP:20260320T095000Z
        DTSTART;TZID=Europe/Prague:20260331T090000
        DTEND;TZID=Europe/Prague:20260331T100000
        DESCRIPTION:Dobrý den\, těšíme se na setkání v naší kanceláři v Karlíně.
        LOCATION:Acme\, Praha 8
        SEQUENCE:0
        TRANSP:OPAQUE
        X-MOZ-GENERATION:1
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Thunderbird invite (VTIMEZONE with RDATE transitions and six-digit offsets, Czech)",
    tz="Europe/Prague",
    events=[
        ev(
            "3d9e1a7c-5b2f-4e08-9c6d-a4b3e2f1d0c9",
            start="2026-03-31T07:00:00Z",
            end="2026-03-31T08:00:00Z",
            interview=True,
            people=("petr.novak@acme.example", "jana.dvorakova@acme.example"),
            company="Acme",
            role="Backend vývojář",
        )
    ],
)

case(
    "zoom_takehome_review",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        CLASS:PUBLIC
        BEGIN:VEVENT
        DTSTAMP:20260326T141500Z
        DTSTART:20260402T170000Z
        DTEND:20260402T180000Z
        SUMMARY:Take-home review — Sterling Cooper / Frontend Engineer
        UID:20260326T141500Z-83512345678@fe80:0:0:0:1c2:3ff:fe45:6789ens5
        TZID:America/New_York
        DESCRIPTION:Pete Campbell is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.example/j/83512345678?pwd=Q2xBv9xT3pL0mR7kW4yN1sH6dF8jG5\n\nMeeting ID: 835 1234 5678\nPasscode: 903211\n\nWe will walk through your take-home submission together (45 min) and leave time for your questions.
        LOCATION:https://us06web.zoom.example/j/83512345678?pwd=Q2xBv9xT3pL0mR7kW4yN1sH6dF8jG5
        ORGANIZER;CN=Pete Campbell:mailto:pete.campbell@sterlingcooper.example
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Zoom-generated ics (UTC times, organizer only)",
    tz="America/New_York",
    events=[
        ev(
            "20260326T141500Z-83512345678@fe80:0:0:0:1c2:3ff:fe45:6789ens5",
            start="2026-04-02T17:00:00Z",
            end="2026-04-02T18:00:00Z",
            interview=True,
            people=("pete.campbell@sterlingcooper.example",),
            company="Sterling Cooper",
            role="Frontend Engineer",
        )
    ],
)

case(
    "webex_culture_fit",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Cisco Systems//Webex Meetings//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:(UTC-05:00) Eastern Time (US & Canada)
        BEGIN:STANDARD
        DTSTART:16011104T020000
        RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010311T020000
        RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:6d1c0fb1a7e24c3b9a2e5f8d7c6b5a49
        SEQUENCE:0
        DTSTAMP:20260224T150000Z
        DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260303T110000
        DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260303T114500
        SUMMARY:Culture fit conversation - Gekko & Co
        ORGANIZER;CN=Jane Doe:mailto:jane.doe@gekko.example
        ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:maya@example.org
        ATTENDEE;CN=Webex;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:messenger@webex.example
        DESCRIPTION:Jane Doe invites you to join this Webex meeting.\n\nMeeting number (access code): 2634 118 9921\nMeeting password: Gk7pQ\n\nJoin meeting: https://gekko.webex.example/gekko/j.php?MTID=m1a2b3c4d5e6f\n\nA relaxed conversation about how we work\, before the offer stage.
        LOCATION:https://gekko.webex.example/gekko/j.php?MTID=m1a2b3c4d5e6f
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Webex invite (Webex's own TZID label with a VTIMEZONE, Webex bot as a resource)",
    tz="America/New_York",
    events=[
        ev(
            "6d1c0fb1a7e24c3b9a2e5f8d7c6b5a49",
            start="2026-03-03T16:00:00Z",
            end="2026-03-03T16:45:00Z",
            interview=True,
            people=("jane.doe@gekko.example",),
            company="Gekko & Co",
            role="",
        )
    ],
)


# --- scheduling tools -------------------------------------------------------------------------------------------

case(
    "calendly_recruiter_call_no_company_in_title",
    ics(
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        CALSCALE:GREGORIAN
        BEGIN:VEVENT
        UID:2b8f5c4e-0a1d-4e3f-9b7c-6d5e4f3a2b1c@calendly.example
        DTSTAMP:20260302T201500Z
        DTSTART:20260309T180000Z
        DTEND:20260309T183000Z
        SUMMARY:Recruiter call between Maya Example and Jane Doe
        DESCRIPTION:Event Name: Recruiter call\n\nLocation: This is a Google Meet web conference. https://meet.google.example/pip-erpi-per\n\nNeed to make changes to this event?\nCancel: https://calendly.example/cancellations/2b8f5c4e\nReschedule: https://calendly.example/reschedulings/2b8f5c4e\n\nPowered by Calendly.com
        LOCATION:https://meet.google.example/pip-erpi-per
        ORGANIZER;CN=Jane Doe:mailto:jane.doe@piedpiper.example
        ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:maya@example.org
        ATTENDEE;CN=Jane Doe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jane.doe@piedpiper.example
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Calendly booking (UTC times, no company in the title: from the organizer's domain)",
    tz="America/Los_Angeles",
    events=[
        ev(
            "2b8f5c4e-0a1d-4e3f-9b7c-6d5e4f3a2b1c@calendly.example",
            start="2026-03-09T18:00:00Z",
            end="2026-03-09T18:30:00Z",
            interview=True,
            people=("jane.doe@piedpiper.example",),
            company="piedpiper",
            role="",
        )
    ],
)

case(
    "calcom_recruiting_coffee_chat",
    ics(
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        CALSCALE:GREGORIAN
        PRODID:-//Cal.com Inc.//Cal.com Event//EN
        METHOD:REQUEST
        X-PUBLISHED-TTL:PT1H
        BEGIN:VEVENT
        UID:qW3eR5tY7uI9oP1aS3dF5g
        SUMMARY:Recruiting coffee chat between Raj Patel and Maya Example
        DTSTAMP:20260325T100000Z
        DTSTART:20260401T150000Z
        DTEND:20260401T153000Z
        DESCRIPTION:What:\nRecruiting coffee chat between Raj Patel and Maya Example\nInvitee Time Zone:\nEurope/London\nWho:\nRaj Patel - Organizer\nraj.patel@aperture.example\nMaya Example\nmaya@example.org\nWhere:\nCal Video\nDescription\nAn informal first chat about open roles on our platform team.\n\nNeed to make a change? Cancel or reschedule: https://cal.example/booking/qW3eR5tY7uI9oP1aS3dF5g
        LOCATION:https://app.cal.example/video/qW3eR5tY7uI9oP1aS3dF5g
        ORGANIZER;CN=Raj Patel:mailto:raj.patel@aperture.example
        ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;CN=Maya Example;ROLE=REQ-PARTICIPANT:mailto:maya@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Cal.com booking (coffee chat with a recruiter)",
    tz="Europe/London",
    events=[
        ev(
            "qW3eR5tY7uI9oP1aS3dF5g",
            start="2026-04-01T15:00:00Z",
            end="2026-04-01T15:30:00Z",
            interview=True,
            people=("raj.patel@aperture.example",),
            company="Aperture",
            role="",
        )
    ],
)

case(
    "goodtime_onsite_with_user_name",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {indent(vtz_us("America/Los_Angeles", std="-0800", dst="-0700", names=("PST", "PDT")))}
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20260320T090000
        DTEND;TZID=America/Los_Angeles:20260320T120000
        DTSTAMP:20260312T230000Z
        ORGANIZER;CN=Globodyne Interviews:mailto:interviews@globodyne.example
        UID:gt-8831-globodyne-onsite@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Globodyne Interviews:mailto:interviews@globodyne.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=maya@example.org:mailto:maya@example.org
        ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=SF-4-Redwood (8):mailto:c_188b5d2e4f@resource.calendar.google.example
        DESCRIPTION:Hi Maya\, here is your onsite schedule:\n09:00 Coding – Raj Patel\n10:00 System design – Jane Doe\n11:00 Values – Frank Grimes\n\nPlease check in at reception 10 minutes early.\n\nScheduled with GoodTime. Questions? Reply to recruiting@globodyne.example
        LOCATION:Globodyne\, 500 Market St\, San Francisco\; SF-4-Redwood (8)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Onsite Interview: Maya Example - Staff Engineer (Globodyne)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="GoodTime-scheduled onsite (interviews mailbox organizer, interviewers only named in the text, room)",
    tz="America/Los_Angeles",
    events=[
        ev(
            "gt-8831-globodyne-onsite@google.com",
            start="2026-03-20T16:00:00Z",
            end="2026-03-20T19:00:00Z",
            interview=True,
            people=("interviews@globodyne.example",),
            company="Globodyne",
            role="Staff Engineer",
        )
    ],
)

case(
    "greenhouse_hiring_manager_chat",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {indent(vtz_us("America/Chicago", std="-0600", dst="-0500", names=("CST", "CDT")))}
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20260311T130000
        DTEND;TZID=America/Chicago:20260311T134500
        DTSTAMP:20260304T170000Z
        ORGANIZER;CN=Raj Patel:mailto:raj.patel@vehement.example
        UID:gh-2604471-hm@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raj Patel:mailto:raj.patel@vehement.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane Doe:mailto:jane.doe@vehement.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION:Hi Maya\,\n\nYou'll be meeting Jane Doe\, Director of Product\, for 45 minutes.\n\nJoin with Google Meet: https://meet.google.example/veh-emen-tmm\n\nThis interview was scheduled through Greenhouse.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Maya Example <> Vehement: Hiring manager chat
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Greenhouse-scheduled invite from the recruiter's Google Calendar ('<>' with her name)",
    tz="America/Chicago",
    events=[
        ev(
            "gh-2604471-hm@google.com",
            start="2026-03-11T18:00:00Z",
            end="2026-03-11T18:45:00Z",
            interview=True,
            people=("raj.patel@vehement.example", "jane.doe@vehement.example"),
            company="Vehement",
            role="",
        )
    ],
)

case(
    "lever_final_round_sent_by",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-ivw-7d2f9a31-88c4-4c1b-b0e6-5a4d3c2b1e0f
        SEQUENCE:0
        DTSTAMP:20260415T160000Z
        DTSTART;TZID=America/New_York:20260423T100000
        DTEND;TZID=America/New_York:20260423T130000
        SUMMARY:Final round – Maya Example – Soylent (Platform Engineer)
        DESCRIPTION:Interview panel:\n10:00 Raj Patel (Architecture)\n11:00 Jane Doe (Coding)\n12:00 Q&A with the team\n\nReply to talent@soylent.example with any questions.
        LOCATION:Soylent\, 10 Hudson Yards\, New York
        ORGANIZER;CN=Soylent Talent;SENT-BY="mailto:no-reply@hire.lever.example":mailto:talent@soylent.example
        ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
        ATTENDEE;CN=Raj Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:raj.patel@soylent.example
        ATTENDEE;CN=Jane Doe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jane.doe@soylent.example
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Lever-style invite (talent mailbox organizer with SENT-BY a no-reply address, IANA TZID without VTIMEZONE)",
    tz="America/New_York",
    events=[
        ev(
            "lever-ivw-7d2f9a31-88c4-4c1b-b0e6-5a4d3c2b1e0f",
            start="2026-04-23T14:00:00Z",
            end="2026-04-23T17:00:00Z",
            interview=True,
            people=("talent@soylent.example", "raj.patel@soylent.example", "jane.doe@soylent.example"),
            company="Soylent",
            role="Platform Engineer",
        )
    ],
)

case(
    "ashby_x_title_noreply_organizer",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        {indent(vtz_eu("Europe/London", std="+0000", dst="+0100", names=("GMT", "BST")))}
        BEGIN:VEVENT
        UID:ashby-3e7a1c90-4b2d-4f68-9e0a-7c6b5a4d3e2f
        SEQUENCE:0
        DTSTAMP:20260318T110000Z
        DTSTART;TZID=Europe/London:20260325T140000
        DTEND;TZID=Europe/London:20260325T150000
        SUMMARY:Rekall x Maya – Technical Interview
        DESCRIPTION:Interviewers: Douglas Quaid\, Melina Hauser\nVideo: https://meet.google.example/rek-allm-aya\n\nScheduled via Ashby. Please do not reply to this address.
        LOCATION:https://meet.google.example/rek-allm-aya
        ORGANIZER;CN=Rekall via Ashby:mailto:no-reply@ashbyhq.example
        ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
        ATTENDEE;CN=Douglas Quaid;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:doug.quaid@rekall.example
        ATTENDEE;CN=Melina Hauser;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:melina.hauser@rekall.example
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Ashby-style invite (no-reply organizer, ' x ' title, London before the clock change)",
    tz="Europe/London",
    events=[
        ev(
            "ashby-3e7a1c90-4b2d-4f68-9e0a-7c6b5a4d3e2f",
            start="2026-03-25T14:00:00Z",
            end="2026-03-25T15:00:00Z",
            interview=True,
            people=("doug.quaid@rekall.example", "melina.hauser@rekall.example"),
            company="Rekall",
            role="",
        )
    ],
)

case(
    "workday_interview_donotreply_organizer",
    ics(
        rf"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workday//Recruiting//EN
        METHOD:REQUEST
        {indent(vtz_us("America/Denver", std="-0700", dst="-0600", names=("MST", "MDT")))}
        BEGIN:VEVENT
        UID:WD-INTERVIEW-5c1e9a7b3d2f4e60
        SEQUENCE:0
        DTSTAMP:20260421T150000Z
        DTSTART;TZID=America/Denver:20260428T100000
        DTEND;TZID=America/Denver:20260428T110000
        SUMMARY:Interview: Senior Accountant - Weyland
        DESCRIPTION:Dear Maya\,\n\nYour interview has been scheduled. Job requisition: R-0042117.\n\nThis is a system-generated message from Weyland Recruiting. Replies to this address are not monitored.
        LOCATION:Weyland\, 1600 Broadway\, Denver
        ORGANIZER;CN=Weyland Recruiting:mailto:weyland_donotreply@myworkday.example
        ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
        ATTENDEE;CN=Jane Doe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jane.doe@weyland.example
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Workday-style recruiting invite (do-not-reply organizer on the vendor's domain)",
    tz="America/Denver",
    events=[
        ev(
            "WD-INTERVIEW-5c1e9a7b3d2f4e60",
            start="2026-04-28T16:00:00Z",
            end="2026-04-28T17:00:00Z",
            interview=True,
            people=("jane.doe@weyland.example",),
            company="Weyland",
            role="Senior Accountant",
        )
    ],
)

case(
    "smartrecruiters_notification_organizer",
    ics(
        rf"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:REQUEST
        {indent(vtz_eu("Europe/Berlin"))}
        BEGIN:VEVENT
        UID:sr-4f7c1e2a-9b3d-4c5e-8f6a-0b1c2d3e4f5a
        SEQUENCE:0
        DTSTAMP:20260309T100000Z
        DTSTART;TZID=Europe/Berlin:20260316T150000
        DTEND;TZID=Europe/Berlin:20260316T160000
        SUMMARY:Virtucon - Interview for Marketing Manager
        DESCRIPTION:Raj Patel has invited you to an interview.\nTo reply\, write to raj.patel@virtucon.example.
        LOCATION:Virtucon\, Unter den Linden 5\, Berlin
        ORGANIZER;CN=Raj Patel:mailto:notifications@smartrecruiters.example
        ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
        ATTENDEE;CN=Raj Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:raj.patel@virtucon.example
        ATTENDEE;CN=Jane Doe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jane.doe@virtucon.example
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="SmartRecruiters-style invite (notification address as organizer with the recruiter's name)",
    tz="Europe/Berlin",
    events=[
        ev(
            "sr-4f7c1e2a-9b3d-4c5e-8f6a-0b1c2d3e4f5a",
            start="2026-03-16T14:00:00Z",
            end="2026-03-16T15:00:00Z",
            interview=True,
            people=("raj.patel@virtucon.example", "jane.doe@virtucon.example"),
            company="Virtucon",
            role="Marketing Manager",
        )
    ],
)

case(
    "personio_de_zweitgespraech",
    ics(
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio//Recruiting//DE
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:personio-interview-88213-4471@personio.example
        SEQUENCE:0
        DTSTAMP:20260402T081500Z
        DTSTART;TZID=Europe/Berlin:20260413T110000
        DTEND;TZID=Europe/Berlin:20260413T120000
        SUMMARY:Zweitgespräch | Kramerica | Werkstudentin Marketing
        DESCRIPTION:Hallo Maya\,\n\nwir freuen uns\, dich zum Zweitgespräch einzuladen. Mit dabei: Jane Doe (Teamlead Marketing) und Raj Patel (People).\n\nDiese Nachricht wurde automatisch versendet.
        LOCATION:Kramerica\, Torstraße 10\, Berlin
        ORGANIZER;CN=Kramerica Recruiting:mailto:noreply@personio.example
        ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
        ATTENDEE;CN=Jane Doe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jane.doe@kramerica.example
        ATTENDEE;CN=Raj Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:raj.patel@kramerica.example
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Personio-style invite (noreply organizer, IANA TZID without VTIMEZONE, German second interview)",
    tz="Europe/Berlin",
    events=[
        ev(
            "personio-interview-88213-4471@personio.example",
            start="2026-04-13T09:00:00Z",
            end="2026-04-13T10:00:00Z",
            interview=True,
            people=("jane.doe@kramerica.example", "raj.patel@kramerica.example"),
            company="Kramerica",
            role="Werkstudentin Marketing",
        )
    ],
)


# --- more title shapes ------------------------------------------------------------------------------------------

case(
    "google_title_with_person_name_only",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260420T140000
        DTEND;TZID=Europe/Berlin:20260420T144500
        DTSTAMP:20260414T093000Z
        ORGANIZER;CN=Jane Doe:mailto:jane.doe@spacely.example
        UID:6hq2m9b4k1t8v3x7z0c5d2f9g6@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jane Doe;X-NUM-GUESTS=0:mailto:jane.doe@spacely.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maya@example.org;X-NUM-GUESTS=0:mailto:maya@example.org
        DESCRIPTION:Join with Google Meet: https://meet.google.example/spa-cely-jd
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview with Jane Doe
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar invite (title names only the interviewer: company from the organizer's domain)",
    tz="Europe/Berlin",
    events=[
        ev(
            "6hq2m9b4k1t8v3x7z0c5d2f9g6@google.com",
            start="2026-04-20T12:00:00Z",
            end="2026-04-20T12:45:00Z",
            interview=True,
            people=("jane.doe@spacely.example",),
            company="spacely",
            role="",
        )
    ],
)

case(
    "outlook_mac_at_separator",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook for Mac 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:REQUEST
        {indent(vtz_ms("Eastern Standard Time", bias="-0500", dst_bias="-0400", eu=False))}
        BEGIN:VEVENT
        UID:7A0C4E1B-2D3F-4A5B-9C8D-E7F6A5B4C3D2
        SUMMARY:Product Analyst interview @ Prestige Worldwide
        ORGANIZER;CN="Raj Patel":mailto:raj.patel@prestigeworldwide.example
        ATTENDEE;CN="Maya Example";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
        DTSTART;TZID="Eastern Standard Time":20260330T100000
        DTEND;TZID="Eastern Standard Time":20260330T104500
        DTSTAMP:20260323T190000Z
        LOCATION:Phone: we will call you on your mobile
        DESCRIPTION:Looking forward to speaking with you.
        STATUS:CONFIRMED
        SEQUENCE:0
        TRANSP:OPAQUE
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Outlook for Mac invite (quoted Windows TZID, '@' title)",
    tz="America/New_York",
    events=[
        ev(
            "7A0C4E1B-2D3F-4A5B-9C8D-E7F6A5B4C3D2",
            start="2026-03-30T14:00:00Z",
            end="2026-03-30T14:45:00Z",
            interview=True,
            people=("raj.patel@prestigeworldwide.example",),
            company="Prestige Worldwide",
            role="Product Analyst",
        )
    ],
)

case(
    "floating_tentative_phone_interview",
    ics(
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Simple Organizer//Local Calendar 2.1//EN
        BEGIN:VEVENT
        UID:local-20260306-0900-cogswell
        DTSTAMP:20260302T120000Z
        DTSTART:20260306T090000
        DTEND:20260306T093000
        SUMMARY:Phone interview – Cogswell Cogs
        DESCRIPTION:They call me. Not confirmed yet.
        STATUS:TENTATIVE
        END:VEVENT
        BEGIN:VEVENT
        UID:local-20260306-1600-dentist
        DTSTAMP:20260302T120000Z
        DTSTART:20260306T160000
        DTEND:20260306T170000
        SUMMARY:Dentist
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Local .ics file (floating times, tentative)",
    tz="America/Chicago",
    events=[
        ev(
            "local-20260306-0900-cogswell",
            start="2026-03-06T15:00:00Z",
            end="2026-03-06T15:30:00Z",
            interview=True,
            company="Cogswell Cogs",
            role="",
        ),
        ev(
            "local-20260306-1600-dentist",
            start="2026-03-06T22:00:00Z",
            end="2026-03-06T23:00:00Z",
            interview=False,
        ),
    ],
)


# --- look-alikes ------------------------------------------------------------------------------------------------

case(
    "mock_interviews_with_friends",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260307T100000
        DTEND;TZID=America/New_York:20260307T110000
        DTSTAMP:20260301T200000Z
        ORGANIZER;CN=Sam Lee:mailto:sam.lee@example.test
        UID:0mock1sam2practice3@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Lee:mailto:sam.lee@example.test
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION:Practice round before the real thing. I'll play the interviewer\, you do the whiteboard.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Mock interview with Sam (system design practice)
        TRANSP:OPAQUE
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20260314T140000
        DTEND;TZID=America/New_York:20260314T150000
        DTSTAMP:20260308T200000Z
        ORGANIZER;CN=Lisa Müller:mailto:lisa.mueller@example.test
        UID:1probe2interview3lisa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lisa Müller:mailto:lisa.mueller@example.test
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION:Übungsrunde auf Deutsch\, damit das Vorstellungsgespräch nächste Woche sitzt.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Probeinterview mit Lisa (Übung)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar invites from friends (mock interviews in English and German: look-alikes)",
    tz="America/New_York",
    events=[
        ev(
            "0mock1sam2practice3@google.com",
            start="2026-03-07T15:00:00Z",
            end="2026-03-07T16:00:00Z",
            interview=False,
        ),
        ev(
            "1probe2interview3lisa@google.com",
            start="2026-03-14T18:00:00Z",
            end="2026-03-14T19:00:00Z",
            interview=False,
        ),
    ],
)

case(
    "newsletter_webinars_about_interviewing",
    ics(
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//DevNews//Events Mailer//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:devnews-webinar-2026-03-19@devnews.example
        DTSTAMP:20260305T120000Z
        DTSTART:20260319T170000Z
        DTEND:20260319T180000Z
        SUMMARY:Webinar: How to ace your technical interview
        DESCRIPTION:You're registered! Join our free live webinar with three hiring managers sharing what they look for in a technical interview. Add to calendar and join at https://events.devnews.example/live/ace\n\nYou receive this because you subscribed to the DevNews newsletter. Unsubscribe: https://devnews.example/u/91a2
        LOCATION:https://events.devnews.example/live/ace
        ORGANIZER;CN=DevNews Events:mailto:no-reply@devnews.example
        ATTENDEE;CN=maya@example.org;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:maya@example.org
        STATUS:CONFIRMED
        END:VEVENT
        BEGIN:VEVENT
        UID:devnews-webinaire-2026-04-08@devnews.example
        DTSTAMP:20260305T120000Z
        DTSTART:20260408T160000Z
        DTEND:20260408T170000Z
        SUMMARY:Webinaire : réussir ses entretiens d'embauche
        DESCRIPTION:Merci pour votre inscription ! Notre webinaire gratuit vous donne les clés pour préparer vos entretiens. Lien : https://events.devnews.example/live/entretiens
        LOCATION:https://events.devnews.example/live/entretiens
        ORGANIZER;CN=DevNews Events:mailto:no-reply@devnews.example
        ATTENDEE;CN=maya@example.org;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:maya@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Newsletter event invites (webinars about interviewing, English and French: look-alikes)",
    tz="Europe/Paris",
    events=[
        ev(
            "devnews-webinar-2026-03-19@devnews.example",
            start="2026-03-19T17:00:00Z",
            end="2026-03-19T18:00:00Z",
            interview=False,
        ),
        ev(
            "devnews-webinaire-2026-04-08@devnews.example",
            start="2026-04-08T16:00:00Z",
            end="2026-04-08T17:00:00Z",
            interview=False,
        ),
    ],
)

case(
    "podcast_interview_recording",
    ics(
        rf"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {indent(vtz_eu("Europe/London", std="+0000", dst="+0100", names=("GMT", "BST")))}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20260410T150000
        DTEND;TZID=Europe/London:20260410T160000
        DTSTAMP:20260401T100000Z
        ORGANIZER;CN=The Build Show:mailto:host@buildshow.example
        UID:buildshow-ep42-recording@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=The Build Show:mailto:host@buildshow.example
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
        DESCRIPTION:Thanks for coming on the show! We'll record a 45-minute interview about your data platform work. Studio link: https://riverside.example/studio/buildshow
        LOCATION:https://riverside.example/studio/buildshow
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Podcast interview recording – The Build Show ep. 42
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar invite (podcast guest recording: look-alike)",
    tz="Europe/London",
    events=[
        ev(
            "buildshow-ep42-recording@google.com",
            start="2026-04-10T14:00:00Z",
            end="2026-04-10T15:00:00Z",
            interview=False,
        )
    ],
)

case(
    "career_fair_and_meetup_talk",
    ics(
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Meetup//RemoteApi//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-ORIGINAL-URL:https://www.meetup.example/berlin-eng-leaders/
        X-WR-CALNAME:Events - Berlin Engineering Leaders
        BEGIN:VEVENT
        DTSTAMP:20260310T090000Z
        DTSTART;TZID=Europe/Berlin:20260326T183000
        DTEND;TZID=Europe/Berlin:20260326T203000
        STATUS:CONFIRMED
        SUMMARY:Talk: Interviewing engineers at scale – lessons from 2\,000 interviews
        DESCRIPTION:Berlin Engineering Leaders\nThursday\, March 26 at 6:30 PM\n\nOur speaker shares how her team runs structured interviews and calibrates interviewers.\n\nDetails: https://www.meetup.example/berlin-eng-leaders/events/301122/
        CLASS:PUBLIC
        CREATED:20260301T100000Z
        GEO:52.52;13.40
        LOCATION:Factory Berlin (Rheinsberger Str. 76/77\, Berlin)
        URL:https://www.meetup.example/berlin-eng-leaders/events/301122/
        LAST-MODIFIED:20260310T090000Z
        UID:event_301122@meetup.example
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20260310T090000Z
        DTSTART;TZID=Europe/Berlin:20260415T160000
        DTEND;TZID=Europe/Berlin:20260415T190000
        STATUS:CONFIRMED
        SUMMARY:Virtual career fair: meet 40 hiring companies
        DESCRIPTION:Recruiters from 40 companies answer your questions live. Bring your CV!
        CLASS:PUBLIC
        CREATED:20260301T100000Z
        LOCATION:Online
        URL:https://www.meetup.example/berlin-eng-leaders/events/301190/
        LAST-MODIFIED:20260310T090000Z
        UID:event_301190@meetup.example
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Meetup group feed (a talk about interviewing and a career fair: look-alikes)",
    tz="Europe/Berlin",
    events=[
        ev(
            "event_301122@meetup.example",
            start="2026-03-26T17:30:00Z",
            end="2026-03-26T19:30:00Z",
            interview=False,
        ),
        ev(
            "event_301190@meetup.example",
            start="2026-04-15T14:00:00Z",
            end="2026-04-15T17:00:00Z",
            interview=False,
        ),
    ],
)

case(
    "google_all_day_series_exdate",
    ics(
        r"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:Job hunt
        X-WR-TIMEZONE:Europe/Lisbon
        X-WR-CALDESC:Applications\, travel and prep
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260403
        DTEND;VALUE=DATE:20260404
        RRULE:FREQ=WEEKLY;COUNT=3
        EXDATE;VALUE=DATE:20260410
        DTSTAMP:20260320T100000Z
        UID:5apply2roles9weekly@google.com
        CREATED:20260320T095500Z
        DESCRIPTION:Five applications\, tailored CVs.
        LAST-MODIFIED:20260320T100000Z
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Apply to 5 roles
        TRANSP:TRANSPARENT
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260406
        DTEND;VALUE=DATE:20260407
        DTSTAMP:20260320T100000Z
        UID:3flight7lisbon1@google.com
        CREATED:20260320T095000Z
        DESCRIPTION:TP 1357\, seat 14C
        LAST-MODIFIED:20260320T100000Z
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Flight to Lisbon (interviews in the week)
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """
    ),
    source="Google Calendar export of a secondary calendar (all-day weekly series with EXDATE, all-day event)",
    tz="Europe/Lisbon",
    events=[
        ev(
            "5apply2roles9weekly@google.com",
            rid="20260403",
            start="2026-04-02T23:00:00Z",
            end="2026-04-03T23:00:00Z",
            interview=False,
        ),
        ev(
            "5apply2roles9weekly@google.com",
            rid="20260417",
            start="2026-04-16T23:00:00Z",
            end="2026-04-17T23:00:00Z",
            interview=False,
        ),
        ev(
            "3flight7lisbon1@google.com",
            start="2026-04-05T23:00:00Z",
            end="2026-04-06T23:00:00Z",
            interview=False,
        ),
    ],
)


def main() -> None:
    for stale in HERE.glob("*.ics"):
        stale.unlink()
    for stale in HERE.glob("*.expected.json"):
        stale.unlink()
    for name, data, expected in CASES:
        (HERE / f"{name}.ics").write_bytes(data)
        text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
        (HERE / f"{name}.expected.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(CASES)} calendars to {HERE.name}/")


if __name__ == "__main__":
    main()
