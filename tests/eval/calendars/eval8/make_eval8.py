"""Writes the eighth held-out calendar set (calendars and hand-typed expectations); rerunning rewrites the same bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
JAN = ["2027-01-04T00:00:00Z", "2027-01-30T00:00:00Z"]
CASES: list[tuple[str, str, dict[str, Any]]] = []


def fold(line: str) -> str:
    """Folds a content line at 75 octets without splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _param(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ":;,") else value


def person(kind: str, email: str, cn: str = "", **params: str) -> str:
    """An ORGANIZER or ATTENDEE line; params in the order given (CUTYPE, ROLE, PARTSTAT, ...)."""
    parts = [kind] + [f"{k.replace('_', '-').upper()}={_param(v)}" for k, v in params.items()]
    if cn:
        parts.append(f"CN={_param(cn)}")
    return ";".join(parts) + f":mailto:{email}"


def org(email: str, cn: str = "", **params: str) -> str:
    return person("ORGANIZER", email, cn, **params)


def att(email: str, cn: str = "", partstat: str = "NEEDS-ACTION", **params: str) -> str:
    defaults = {"role": "REQ-PARTICIPANT", "partstat": partstat, "rsvp": "TRUE"}
    return person("ATTENDEE", email, cn, **{**defaults, **params})


def room(email: str, cn: str, cutype: str = "ROOM") -> str:
    return person(
        "ATTENDEE", email, cn, cutype=cutype, role="NON-PARTICIPANT", partstat="ACCEPTED", rsvp="FALSE"
    )


def vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def vcal(prodid: str, *blocks: list[str], method: str = "", head: tuple[str, ...] = ()) -> list[str]:
    top = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        top.append(f"METHOD:{method}")
    body = [line for block in blocks for line in block]
    return [*top, *head, *body, "END:VCALENDAR"]


def eu_zone(tzid: str, *, outlook: bool = False, std: str = "+0100", dst: str = "+0200") -> list[str]:
    """A VTIMEZONE with the EU rules (last Sunday of March and October)."""
    names = ([], []) if outlook else (["TZNAME:CEST"], ["TZNAME:CET"])
    start_dst, start_std = (
        ("16010325T020000", "16011028T030000") if outlook else ("19700329T020000", "19701025T030000")
    )
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:{start_std}",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        *names[1],
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:{start_dst}",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        *names[0],
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def fixed_zone(tzid: str, offset: str, name: str = "") -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        *([f"TZNAME:{name}"] if name else []),
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def occ(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool,
    people: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
    rid: str = "",
    cancelled: bool = False,
) -> dict[str, Any]:
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(people),
        "company": company,
        "role": role,
    }


def case(
    name: str, source: str, tz: str, lines: list[str], *events: dict[str, Any], window: list[str] = JAN
) -> None:
    expected = {
        "source": source,
        "user_addresses": [USER],
        "user_timezone": tz,
        "window": window,
        "events": list(events),
    }
    CASES.append((name, "".join(fold(line) + "\r\n" for line in lines), expected))


def teams(meeting: str) -> str:
    return (
        "DESCRIPTION:\\n________________________________________________________________________________\\n"
        "Microsoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\n"
        f"https://teams.microsoft.example/l/meetup-join/19%3ameeting_{meeting}%40thread.v2/0\\n"
        f"Meeting ID: 318 442 {meeting[-3:]} 905\\nPasscode: x7Qp2k\\n"
        "________________________________________________________________________________\\n"
    )


def google_desc(code: str, extra: str = "") -> str:
    return (
        f"DESCRIPTION:{extra}-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
        f"Join with Google Meet: https://meet.google.example/{code}\\n\\nLearn more about Meet at: "
        "https://support.google.example/a/users/answer/9282720\\n\\nPlease do not edit this section.\\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def outlook_tail(seq: int = 0, busy: str = "BUSY") -> list[str]:
    return [
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        f"SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


def exch_uid(tail: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + tail


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


# --- veto-looking words inside real interview titles, beside real prep blocks and trainings ---------------------

U = "3v0k8m2q1a9lumen7hq4c2e8s1@google.com"
case(
    "google_export_research_company_and_prep",
    "Google Calendar export (X-WR-TIMEZONE), interview at a company called ... Research, and a prep block",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        eu_zone("Europe/Berlin"),
        vevent(
            "DTSTART;TZID=Europe/Berlin:20270112T100000",
            "DTEND;TZID=Europe/Berlin:20270112T110000",
            "DTSTAMP:20270101T101500Z",
            org("priya.nair@lumenresearch.example", "Priya Nair"),
            f"UID:{U}",
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            att(
                "priya.nair@lumenresearch.example",
                "Priya Nair",
                "ACCEPTED",
                cutype="INDIVIDUAL",
                rsvp="TRUE",
                x_num_guests="0",
            ),
            att(
                "tomasz.wolski@lumenresearch.example",
                "Tomasz Wolski",
                "ACCEPTED",
                cutype="INDIVIDUAL",
                x_num_guests="0",
            ),
            "CREATED:20261218T091200Z",
            google_desc(
                "qzt-hbnm-rwk",
                "Hi Maya\\, looking forward to talking about the Research Engineer role.\\n\\n",
            ),
            "LAST-MODIFIED:20270101T101500Z",
            "LOCATION:",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Interview: Lumen Research – Research Engineer",
            "TRANSP:OPAQUE",
        ),
        vevent(
            "DTSTART;TZID=Europe/Berlin:20270112T083000",
            "DTEND;TZID=Europe/Berlin:20270112T093000",
            "DTSTAMP:20270101T101500Z",
            "UID:6k1p0d7e3t2l9prep4lumen0a@google.com",
            "CREATED:20270102T180300Z",
            "DESCRIPTION:Re-read their two papers on retrieval\\, prepare 3 questions for Priya",
            "LAST-MODIFIED:20270102T180300Z",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Prep: Lumen Research interview",
            "TRANSP:OPAQUE",
        ),
        head=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/Berlin"),
    ),
    occ(
        U,
        "2027-01-12T09:00:00Z",
        "2027-01-12T10:00:00Z",
        interview=True,
        people=("priya.nair@lumenresearch.example", "tomasz.wolski@lumenresearch.example"),
        company="Lumen Research",
        role="Research Engineer",
    ),
    occ(
        "6k1p0d7e3t2l9prep4lumen0a@google.com",
        "2027-01-12T07:30:00Z",
        "2027-01-12T08:30:00Z",
        interview=False,
    ),
)

U = exch_uid("D0A1B2C3D4E5F601000000000000000010000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6")
case(
    "exchange_review_company_room",
    "Exchange/Outlook 365 invite, W. Europe Standard Time with VTIMEZONE, Teams, a room among attendees",
    "Europe/Amsterdam",
    vcal(
        EXCHANGE,
        eu_zone("W. Europe Standard Time", outlook=True),
        vevent(
            org("talent@reviewpartners.example", "Talent Acquisition | Review Partners"),
            att("maya@example.org", "Maya Example"),
            att("jan.devries@reviewpartners.example", "Jan de Vries"),
            room("room.oost@reviewpartners.example", "Vergaderruimte Oost (8)"),
            teams("NzQ1ZmE2YjEtYzM4Zi00"),
            "UID:" + U,
            "SUMMARY;LANGUAGE=nl-NL:Review Partners – Senior Data Analyst – second round interview",
            "DTSTART;TZID=W. Europe Standard Time:20270114T140000",
            "DTEND;TZID=W. Europe Standard Time:20270114T150000",
            "DTSTAMP:20270105T083012Z",
            "STATUS:CONFIRMED",
            "LOCATION;LANGUAGE=nl-NL:Microsoft Teams Meeting; Vergaderruimte Oost (8)",
            *outlook_tail(),
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-14T13:00:00Z",
        "2027-01-14T14:00:00Z",
        interview=True,
        people=("jan.devries@reviewpartners.example", "talent@reviewpartners.example"),
        company="Review Partners",
        role="Senior Data Analyst",
    ),
)

U = "1k3m5n7p9r2t4v6x8z0bsyncw@google.com"
case(
    "greenhouse_sync_company_group_calendar",
    "Google invite scheduled through Greenhouse, a Google group calendar among attendees, UTC times",
    "America/New_York",
    vcal(
        GOOGLE,
        vevent(
            "DTSTART:20270119T160000Z",
            "DTEND:20270119T173000Z",
            "DTSTAMP:20270108T144210Z",
            org("recruiting@syncwave.example", "SyncWave Recruiting"),
            f"UID:{U}",
            att("maya@example.org", "Maya Example", cutype="INDIVIDUAL", x_num_guests="0"),
            att(
                "dana.okafor@syncwave.example",
                "Dana Okafor",
                "ACCEPTED",
                cutype="INDIVIDUAL",
                x_num_guests="0",
            ),
            att("li.wei@syncwave.example", "Li Wei", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            att(
                "c_4f2a9e1b7d3c8a60@group.calendar.google.com",
                "SyncWave Interviews",
                "ACCEPTED",
                cutype="INDIVIDUAL",
                x_num_guests="0",
            ),
            google_desc(
                "vbn-qwre-tyu",
                "Interview scheduled via Greenhouse. Agenda: 45 min coding (CoderPad)\\, 45 min system design.\\n\\n",
            ),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:SyncWave – Technical Interview – Maya Example (Backend Engineer)",
            "TRANSP:OPAQUE",
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-19T16:00:00Z",
        "2027-01-19T17:30:00Z",
        interview=True,
        people=("dana.okafor@syncwave.example", "li.wei@syncwave.example", "recruiting@syncwave.example"),
        company="SyncWave",
        role="Backend Engineer",
    ),
)

U = "b1f0c6de-2a41-4c1e-9f57-0d6b3f7a9e11"
case(
    "nextcloud_training_company_and_course",
    "Nextcloud calendar (Sabre), a company with Training in its name beside a real training course",
    "Europe/Berlin",
    vcal(
        "-//Sabre//Sabre VObject 4.5.4//EN",
        eu_zone("Europe/Berlin"),
        vevent(
            "CREATED:20261221T120000Z",
            "DTSTAMP:20261221T120000Z",
            "LAST-MODIFIED:20261221T120000Z",
            "SEQUENCE:1",
            f"UID:{U}",
            "DTSTART;TZID=Europe/Berlin:20270120T133000",
            "DTEND;TZID=Europe/Berlin:20270120T143000",
            "STATUS:CONFIRMED",
            "SUMMARY:Vorstellungsgespräch bei Northstar Training – Trainerin Data Science",
            "LOCATION:Northstar Training\\, Hafenstraße 12\\, Hamburg",
            org("sabine.krueger@northstar-training.example", "Sabine Krüger"),
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL"),
            att(
                "sabine.krueger@northstar-training.example", "Sabine Krüger", "ACCEPTED", cutype="INDIVIDUAL"
            ),
        ),
        vevent(
            "CREATED:20261210T080000Z",
            "DTSTAMP:20261210T080000Z",
            "LAST-MODIFIED:20261210T080000Z",
            "SEQUENCE:0",
            "UID:5c2e9a77-0f1b-4d3a-8e6c-44d1a0b9c2f3",
            "DTSTART;TZID=Europe/Berlin:20270121T180000",
            "DTEND;TZID=Europe/Berlin:20270121T200000",
            "STATUS:CONFIRMED",
            "SUMMARY:Training: SQL für Fortgeschrittene (VHS)",
            "LOCATION:VHS Mitte\\, Raum 204",
        ),
        head=("X-WR-CALNAME:Persönlich",),
    ),
    occ(
        U,
        "2027-01-20T12:30:00Z",
        "2027-01-20T13:30:00Z",
        interview=True,
        people=("sabine.krueger@northstar-training.example",),
        company="Northstar Training",
        role="Trainerin Data Science",
    ),
    occ(
        "5c2e9a77-0f1b-4d3a-8e6c-44d1a0b9c2f3",
        "2027-01-21T17:00:00Z",
        "2027-01-21T19:00:00Z",
        interview=False,
    ),
)

U = "E2A7C1D4-5B3F-4A8E-9C06-1F2D3E4A5B6C"
case(
    "icloud_workshop_company_floating",
    "iCloud calendar, floating times, a resource among attendees, a company with Workshop in its name and a meetup",
    "Europe/London",
    vcal(
        "-//Apple Inc.//macOS 15.2//EN",
        vevent(
            "CREATED:20261228T101010Z",
            "DTEND:20270115T120000",
            "DTSTAMP:20261228T101010Z",
            "DTSTART:20270115T100000",
            "LAST-MODIFIED:20261228T101010Z",
            "LOCATION:Brickyard Workshop\\n4 Canal Yard\\, London",
            org("hannah.reid@brickyardworkshop.example", "Hannah Reid"),
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL"),
            room("meeting-room-2@brickyardworkshop.example", "Meeting Room 2", "RESOURCE"),
            "SEQUENCE:0",
            "SUMMARY:Brickyard Workshop – onsite interview – Product Designer",
            "TRANSP:OPAQUE",
            f"UID:{U}",
        ),
        vevent(
            "CREATED:20261220T193000Z",
            "DTEND:20270113T203000",
            "DTSTAMP:20261220T193000Z",
            "DTSTART:20270113T183000",
            "LOCATION:The Old Print Works",
            "SEQUENCE:0",
            "SUMMARY:Portfolio review workshop (Design Meetup London)",
            "TRANSP:OPAQUE",
            "UID:0B9E3A11-7C2D-4F5E-8A6B-2C3D4E5F6A7B",
            "URL;VALUE=URI:https://meetup.example/design-london/events/302114",
        ),
        head=("X-WR-CALNAME:Home",),
    ),
    occ(
        U,
        "2027-01-15T10:00:00Z",
        "2027-01-15T12:00:00Z",
        interview=True,
        people=("hannah.reid@brickyardworkshop.example",),
        company="Brickyard Workshop",
        role="Product Designer",
    ),
    occ(
        "0B9E3A11-7C2D-4F5E-8A6B-2C3D4E5F6A7B",
        "2027-01-13T18:30:00Z",
        "2027-01-13T20:30:00Z",
        interview=False,
    ),
)

U = exch_uid("90E3F9A1C2D4DB01000000000000000010000000C4D9E2F1A0B3C5D7E6F8091A2B3C4D5E")
case(
    "outlook365_planning_company_utc_quoted_declined",
    "Outlook 365 invite, TZID quoted tzone://Microsoft/Utc without VTIMEZONE, a declined panelist",
    "America/Chicago",
    vcal(
        OUTLOOK,
        vevent(
            org("recruitment@cornerstoneplanning.example", "Cornerstone Planning Recruitment"),
            att("maya@example.org", "Maya Example", "ACCEPTED"),
            att("ahmed.hassan@cornerstoneplanning.example", "Ahmed Hassan", "ACCEPTED"),
            att("grace.kim@cornerstoneplanning.example", "Grace Kim", "ACCEPTED"),
            att(
                "olivia.brown@cornerstoneplanning.example", "Olivia Brown", "DECLINED", role="OPT-PARTICIPANT"
            ),
            teams("ZDk3MGE1N2QtNjFhNy00"),
            f"UID:{U}",
            "SUMMARY;LANGUAGE=en-US:Cornerstone Planning | Urban Planner | Panel Interview",
            'DTSTART;TZID="tzone://Microsoft/Utc":20270126T150000',
            'DTEND;TZID="tzone://Microsoft/Utc":20270126T163000',
            "DTSTAMP:20270111T170455Z",
            "STATUS:CONFIRMED",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            *outlook_tail(1),
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-26T15:00:00Z",
        "2027-01-26T16:30:00Z",
        interview=True,
        people=(
            "ahmed.hassan@cornerstoneplanning.example",
            "grace.kim@cornerstoneplanning.example",
            "recruitment@cornerstoneplanning.example",
        ),
        company="Cornerstone Planning",
        role="Urban Planner",
    ),
)

U = "7f1e6d2c-prepwell-final-2027@fastmail.example"
case(
    "fastmail_prep_company_and_prep_block",
    "Fastmail calendar, a company with Prep in its name (recruiting mailbox organises) and the user's own prep block",
    "Europe/Amsterdam",
    vcal(
        "-//Fastmail/2020.5/EN",
        eu_zone("Europe/Amsterdam"),
        vevent(
            "DTEND;TZID=Europe/Amsterdam:20270122T110000",
            "DTSTAMP:20270110T120000Z",
            "DTSTART;TZID=Europe/Amsterdam:20270122T093000",
            "SEQUENCE:0",
            "SUMMARY:PrepWell Foods — final interview — Supply Chain Lead",
            "LOCATION:PrepWell Foods HQ\\, Utrecht",
            f"UID:{U}",
            org("jobs@prepwellfoods.example", "PrepWell Foods Recruiting"),
            att("maya@example.org", "Maya Example", "ACCEPTED"),
            att("eva.jansen@prepwellfoods.example", "Eva Jansen"),
        ),
        vevent(
            "DTEND;TZID=Europe/Amsterdam:20270121T200000",
            "DTSTAMP:20270110T120500Z",
            "DTSTART;TZID=Europe/Amsterdam:20270121T190000",
            "SEQUENCE:0",
            "SUMMARY:Prep for PrepWell final: STAR stories",
            "UID:a3b9c1d7-prep-block-1@fastmail.example",
        ),
    ),
    occ(
        U,
        "2027-01-22T08:30:00Z",
        "2027-01-22T10:00:00Z",
        interview=True,
        people=("eva.jansen@prepwellfoods.example", "jobs@prepwellfoods.example"),
        company="PrepWell Foods",
        role="Supply Chain Lead",
    ),
    occ(
        "a3b9c1d7-prep-block-1@fastmail.example",
        "2027-01-21T18:00:00Z",
        "2027-01-21T19:00:00Z",
        interview=False,
    ),
)

# --- service, group, room, resource and bot addresses among attendees ----------------------------------------------

U = "2m4o6q8s0u1w3y5a7c9eashgr@google.com"
case(
    "google_onsite_group_room_notetaker",
    "Google invite: a group mailbox, a room resource and a notetaker bot among attendees",
    "Europe/London",
    vcal(
        GOOGLE,
        vevent(
            "DTSTART:20270127T130000Z",
            "DTEND:20270127T160000Z",
            "DTSTAMP:20270112T093000Z",
            org("talent@ashgrove.example", "Ashgrove Talent"),
            f"UID:{U}",
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            att(
                "risk-panel@ashgrove.example",
                "Interview Panel – Risk",
                "ACCEPTED",
                cutype="GROUP",
                x_num_guests="0",
            ),
            att(
                "oliver.grant@ashgrove.example",
                "Oliver Grant",
                "ACCEPTED",
                cutype="INDIVIDUAL",
                x_num_guests="0",
            ),
            att(
                "ashgrove.example_3138393532353130@resource.calendar.google.com",
                "LON-3-Thames (10) [Zoom Room]",
                "ACCEPTED",
                cutype="RESOURCE",
                x_num_guests="0",
            ),
            att(
                "fred@fireflies.example",
                "Fireflies.ai Notetaker",
                "ACCEPTED",
                cutype="INDIVIDUAL",
                x_num_guests="0",
            ),
            google_desc(
                "hjk-lmno-pqr", "Onsite loop: case study\\, risk modelling deep dive\\, culture chat.\\n\\n"
            ),
            "LOCATION:LON-3-Thames (10) [Zoom Room]",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Ashgrove Bank: Onsite loop – Risk Analyst",
            "TRANSP:OPAQUE",
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-27T13:00:00Z",
        "2027-01-27T16:00:00Z",
        interview=True,
        people=("oliver.grant@ashgrove.example", "talent@ashgrove.example"),
        company="Ashgrove Bank",
        role="Risk Analyst",
    ),
)

U = "ptx-4417-olivia-9f3a@paradox.example"
case(
    "paradox_take_home_review_bot_organizer",
    "Paradox-style assistant invite: the assistant bot organises, a take-home review with an engineer",
    "America/Chicago",
    vcal(
        "-//Paradox//Olivia Scheduling//EN",
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270115T150000Z",
            "DTSTART:20270126T200000Z",
            "DTEND:20270126T210000Z",
            "SUMMARY:Take-home review [Orbital Freight] – Senior Backend Engineer",
            "DESCRIPTION:Hi Maya! It's Olivia\\, Orbital Freight's recruiting assistant. You are confirmed for a "
            "take-home review with Raj Patel. Join: https://zoom.example/j/88123456789",
            "LOCATION:https://zoom.example/j/88123456789",
            org("olivia@paradox.example", "Olivia (Orbital Freight)"),
            att("maya@example.org", "Maya Example"),
            att("raj.patel@orbitalfreight.example", "Raj Patel", "ACCEPTED"),
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-26T20:00:00Z",
        "2027-01-26T21:00:00Z",
        interview=True,
        people=("raj.patel@orbitalfreight.example",),
        company="Orbital Freight",
        role="Senior Backend Engineer",
    ),
)

U = "wd-INT-000318842@myworkday.example"
case(
    "workday_korean_second_round_noreply",
    "Workday-style invite from a no-reply address, Korean title with the company in brackets",
    "Asia/Seoul",
    vcal(
        "-//Workday//Recruiting Calendar//KO",
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270111T020000Z",
            "DTSTART;TZID=Asia/Seoul:20270120T140000",
            "DTEND;TZID=Asia/Seoul:20270120T150000",
            "SUMMARY:[Hanbit Games] 2차 면접 - 게임 클라이언트 개발자",
            "DESCRIPTION:안녕하세요 Maya Example 님\\, 2차 면접 일정이 확정되었습니다. 면접관: 김민준",
            "LOCATION:Hanbit Games 판교 사옥 7층",
            org("no-reply@myworkday.example", "Hanbit Games Recruiting"),
            att("maya@example.org", "Maya Example"),
            att("minjun.kim@hanbitgames.example", "김민준"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
        ),
        fixed_zone("Asia/Seoul", "+0900", "KST"),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-20T05:00:00Z",
        "2027-01-20T06:00:00Z",
        interview=True,
        people=("minjun.kim@hanbitgames.example",),
        company="Hanbit Games",
        role="게임 클라이언트 개발자",
    ),
)

U = "hv-live-6629013@hirevue.example"
case(
    "hirevue_turkish_live_interview",
    "HireVue-style live interview from a no-reply address, Turkish title",
    "Europe/Istanbul",
    vcal(
        "-//HireVue//Scheduling//EN",
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270114T070000Z",
            "DTSTART:20270125T080000Z",
            "DTEND:20270125T084500Z",
            "SUMMARY:Mülakat: Boğaziçi Yazılım - Mobil Geliştirici",
            "DESCRIPTION:Canlı görüşme bağlantısı: https://app.hirevue.example/live/6629013",
            org("noreply@hirevue.example", "Boğaziçi Yazılım via HireVue"),
            att("maya@example.org", "Maya Example"),
            att("elif.yilmaz@bogazici-yazilim.example", "Elif Yılmaz"),
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-25T08:00:00Z",
        "2027-01-25T08:45:00Z",
        interview=True,
        people=("elif.yilmaz@bogazici-yazilim.example",),
        company="Boğaziçi Yazılım",
        role="Mobil Geliştirici",
    ),
)

U = "tt-interview-41877@teamtailor.example"
case(
    "teamtailor_dutch_noreply_organizer",
    "Teamtailor-style invite sent from a no-reply address, Dutch title with a colon",
    "Europe/Amsterdam",
    vcal(
        "-//Teamtailor//Teamtailor Calendar//EN",
        eu_zone("Europe/Amsterdam"),
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270104T090000Z",
            "DTSTART;TZID=Europe/Amsterdam:20270112T110000",
            "DTEND;TZID=Europe/Amsterdam:20270112T120000",
            "SUMMARY:Sollicitatiegesprek: Kanaalzicht – Product Owner",
            "DESCRIPTION:Beste Maya\\, je gesprek met Pieter de Wit staat gepland. Videolink: "
            "https://meet.teamtailor.example/kanaalzicht/41877",
            org("no-reply@teamtailor.example", "Kanaalzicht"),
            att("maya@example.org", "Maya Example"),
            att("pieter.dewit@kanaalzicht.example", "Pieter de Wit", "ACCEPTED"),
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-12T10:00:00Z",
        "2027-01-12T11:00:00Z",
        interview=True,
        people=("pieter.dewit@kanaalzicht.example",),
        company="Kanaalzicht",
        role="Product Owner",
    ),
)

# --- look-alikes: webinars, meetups, the user interviewing candidates ------------------------------------------------

U = "zoom-webinar-93381442710-maya@zoom.example"
case(
    "zoom_webinar_from_newsletter",
    "Zoom webinar registration from a newsletter's events address, about interviewing",
    "Europe/Berlin",
    vcal(
        "-//zoom.us//iCalendar Event//EN",
        vevent(
            "DTSTAMP:20270104T120000Z",
            "DTSTART:20270114T170000Z",
            "DTEND:20270114T180000Z",
            "SUMMARY:Webinar: Cracking the system design interview",
            f"UID:{U}",
            'DESCRIPTION:Hi Maya Example\\,\\n\\nThank you for registering for "Cracking the system design interview"'
            " by Dev Career Weekly.\\nJoin from a PC\\, Mac\\, iPad\\, or Android: https://zoom.example/w/93381442710"
            "\\n\\nYou are receiving this because you subscribed to the Dev Career Weekly newsletter.",
            org("events@devcareerweekly.example", "Dev Career Weekly"),
            "LOCATION:https://zoom.example/w/93381442710",
            "BEGIN:VALARM",
            "TRIGGER:-PT10M",
            "ACTION:DISPLAY",
            "DESCRIPTION:Reminder",
            "END:VALARM",
        ),
        method="PUBLISH",
    ),
    occ(U, "2027-01-14T17:00:00Z", "2027-01-14T18:00:00Z", interview=False),
)

U = "9b8c7d6e5f4a3b2c1d0ecand@google.com"
case(
    "google_user_interviews_candidates",
    "Google invites organised by the user: she interviews candidates, and a debrief after",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        vevent(
            "DTSTART:20270111T130000Z",
            "DTEND:20270111T140000Z",
            "DTSTAMP:20270106T100000Z",
            org("maya@example.org", "Maya Example"),
            f"UID:{U}",
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            att("tom.berg@mailbox.example", "Tom Berg", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            att("jane.doe@example.org", "Jane Doe", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            google_desc(
                "abc-defg-hij", "Candidate CV in the hiring folder. Focus: testing and code review.\\n\\n"
            ),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Interview: candidate Tom Berg – Junior Developer",
            "TRANSP:OPAQUE",
        ),
        vevent(
            "DTSTART:20270111T141500Z",
            "DTEND:20270111T143000Z",
            "DTSTAMP:20270106T100100Z",
            org("maya@example.org", "Maya Example"),
            "UID:0d1e2f3a4b5c6d7e8f9adebr@google.com",
            att("jane.doe@example.org", "Jane Doe", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Candidate debrief (Tom B.)",
            "TRANSP:OPAQUE",
        ),
    ),
    occ(U, "2027-01-11T13:00:00Z", "2027-01-11T14:00:00Z", interview=False),
    occ(
        "0d1e2f3a4b5c6d7e8f9adebr@google.com", "2027-01-11T14:15:00Z", "2027-01-11T14:30:00Z", interview=False
    ),
)

U = "meetup-event-305551872@meetup.example"
case(
    "meetup_interviewing_panel_talk",
    "Meetup event export (UTC times) of a talk about interviewing",
    "Europe/Stockholm",
    vcal(
        "-//Meetup//Meetup Calendar 1.0//EN",
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270103T100000Z",
            "DTSTART:20270121T170000Z",
            "DTEND:20270121T190000Z",
            "SUMMARY:Stockholm Tech Careers: Panel talk – how we interview engineers",
            "DESCRIPTION:Hiring managers from three scale-ups explain their interview loops. Pizza from 18:00.",
            "LOCATION:Epicenter (Mäster Samuelsgatan 36\\, Stockholm)",
            "URL:https://www.meetup.example/stockholm-tech-careers/events/305551872/",
            org("info@meetup.example", "Meetup"),
            "STATUS:CONFIRMED",
        ),
        method="PUBLISH",
        head=("X-WR-CALNAME:Meetup",),
    ),
    occ(U, "2027-01-21T17:00:00Z", "2027-01-21T19:00:00Z", interview=False),
)

# --- names: a person's name is never the company; no company in the title -------------------------------------------

U = "calendly-7c1f9e2a-4b3d-4e5f-8a6b-0c1d2e3f4a5b"
case(
    "calendly_names_only_title",
    "Calendly booking: the title names only the two people; the host's company domain names the company",
    "America/Chicago",
    vcal(
        "-//Calendly//Calendly 1.0//EN",
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270105T180000Z",
            "DTSTART:20270111T160000Z",
            "DTEND:20270111T163000Z",
            "SUMMARY:Recruiter Screen between Raj Patel and Maya Example",
            "DESCRIPTION:Event Name: Recruiter Screen\\n\\nLocation: This is a Google Meet web conference.\\n"
            "https://meet.google.example/xyz-abcd-efg\\n\\nNeed to make changes to this event?\\n"
            "Cancel: https://calendly.example/cancellations/7c1f9e2a\\n"
            "Reschedule: https://calendly.example/reschedulings/7c1f9e2a\\n\\nPowered by Calendly.com",
            org("raj.patel@quillon.example", "Raj Patel"),
            att("maya@example.org", "Maya Example", "ACCEPTED"),
            att("raj.patel@quillon.example", "Raj Patel", "ACCEPTED"),
            "LOCATION:https://meet.google.example/xyz-abcd-efg",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-11T16:00:00Z",
        "2027-01-11T16:30:00Z",
        interview=True,
        people=("raj.patel@quillon.example",),
        company="Quillon",
        role="",
    ),
)

U = "4s6u8w0y2a4c6e8g0i2k4m6o@google.com"
case(
    "google_second_round_no_company",
    "Google invite titled with round and role only; the organizer's company domain names the company",
    "America/Los_Angeles",
    vcal(
        GOOGLE,
        vevent(
            "DTSTART:20270113T170000Z",
            "DTEND:20270113T180000Z",
            "DTSTAMP:20270107T220000Z",
            org("jane.doe@tidewater.example", "Jane Doe"),
            f"UID:{U}",
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            att("jane.doe@tidewater.example", "Jane Doe", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            google_desc("tde-wtrx-rnd"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Second round – Data Engineer",
            "TRANSP:OPAQUE",
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-13T17:00:00Z",
        "2027-01-13T18:00:00Z",
        interview=True,
        people=("jane.doe@tidewater.example",),
        company="Tidewater",
        role="Data Engineer",
    ),
)

U = "b7d2-4e19-a0c3-proton-coffee@proton.example"
case(
    "proton_tentative_recruiter_coffee",
    "Proton calendar, tentative coffee chat with a recruiter, company in the title, no role",
    "Europe/Zurich",
    vcal(
        "-//Proton AG//WebCalendar 5.0.40.3//EN",
        eu_zone("Europe/Zurich"),
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270104T160000Z",
            "DTSTART;TZID=Europe/Zurich:20270108T083000",
            "DTEND;TZID=Europe/Zurich:20270108T090000",
            "SUMMARY:Coffee chat with recruiter – Lindenhof Capital",
            "LOCATION:Café Sprüngli\\, Paradeplatz",
            org("nina.keller@lindenhof.example", "Nina Keller"),
            att("maya@example.org", "Maya Example", "TENTATIVE"),
            "STATUS:TENTATIVE",
            "SEQUENCE:0",
        ),
    ),
    occ(
        U,
        "2027-01-08T07:30:00Z",
        "2027-01-08T08:00:00Z",
        interview=True,
        people=("nina.keller@lindenhof.example",),
        company="Lindenhof Capital",
        role="",
    ),
)

# --- company-first titles, many separators and languages -------------------------------------------------------------

U = "J8Q2R5T7-1A3B-4C5D-9E8F-KUMOLABS0001"
case(
    "thunderbird_japanese_custom_tzid",
    "Thunderbird, a custom TZID defined only by its VTIMEZONE, Japanese title with the company in 【】",
    "Asia/Tokyo",
    vcal(
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        fixed_zone("JST-9 (Tokio)", "+0900", "JST"),
        vevent(
            "CREATED:20261225T030000Z",
            "LAST-MODIFIED:20261225T030000Z",
            "DTSTAMP:20261225T030000Z",
            f"UID:{U}",
            "SUMMARY:【Kumo Labs】一次面接（バックエンドエンジニア）",
            org("saiyo@kumolabs.example", "Kumo Labs 採用チーム"),
            att("maya@example.org", "Maya Example", "ACCEPTED"),
            att("ken.sato@kumolabs.example", "佐藤 健"),
            "DTSTART;TZID=JST-9 (Tokio):20270115T100000",
            "DTEND;TZID=JST-9 (Tokio):20270115T110000",
            "LOCATION:Zoom（URLは別途メールにて）",
            "SEQUENCE:0",
        ),
    ),
    occ(
        U,
        "2027-01-15T01:00:00Z",
        "2027-01-15T02:00:00Z",
        interview=True,
        people=("ken.sato@kumolabs.example", "saiyo@kumolabs.example"),
        company="Kumo Labs",
        role="バックエンドエンジニア",
    ),
)

U = "feishu-3f7a9c21-xinghe-interview@google.com"
case(
    "google_chinese_company_first",
    "Google calendar export, Chinese title company-first with a full-width colon and a hyphen",
    "Asia/Shanghai",
    vcal(
        GOOGLE,
        vevent(
            "DTSTART;TZID=Asia/Shanghai:20270115T140000",
            "DTEND;TZID=Asia/Shanghai:20270115T150000",
            "DTSTAMP:20270108T060000Z",
            org("hr@xinghedata.example", "星河数据 招聘"),
            f"UID:{U}",
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            att("wang.lei@xinghedata.example", "王磊", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
            "DESCRIPTION:第二轮面试，请提前5分钟进入会议。腾讯会议号：482 119 305",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:面试：星河数据 - 数据分析师（第二轮）",
            "TRANSP:OPAQUE",
        ),
        head=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Asia/Shanghai"),
    ),
    occ(
        U,
        "2027-01-15T06:00:00Z",
        "2027-01-15T07:00:00Z",
        interview=True,
        people=("hr@xinghedata.example", "wang.lei@xinghedata.example"),
        company="星河数据",
        role="数据分析师",
    ),
)

U = "gt-loop-55120-vltava@goodtime.example"
case(
    "goodtime_czech_hiring_mailbox",
    "GoodTime-style invite organised by the hiring team's mailbox, Czech title with en dashes",
    "Europe/Prague",
    vcal(
        "-//GoodTime.io//Interview Scheduling//EN",
        eu_zone("Europe/Prague"),
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270112T080000Z",
            "DTSTART;TZID=Europe/Prague:20270122T130000",
            "DTEND;TZID=Europe/Prague:20270122T140000",
            "SUMMARY:Pohovor – Vltava Systems – Java vývojář",
            "DESCRIPTION:Technický pohovor s Jakubem Dvořákem (live coding). Odkaz: https://meet.google.example/vlt-java-int",
            org("interviews@vltavasystems.example", "Vltava Systems Hiring"),
            att("maya@example.org", "Maya Example"),
            att("jakub.dvorak@vltavasystems.example", "Jakub Dvořák", "ACCEPTED"),
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-22T12:00:00Z",
        "2027-01-22T13:00:00Z",
        interview=True,
        people=("interviews@vltavasystems.example", "jakub.dvorak@vltavasystems.example"),
        company="Vltava Systems",
        role="Java vývojář",
    ),
)

U = "zoom-88123999001-quokka@zoom.example"
case(
    "zoom_pairing_at_company_sydney",
    "Zoom meeting invite forwarded by ModernLoop, 'Pairing interview @ Company (Role)', Sydney summer time",
    "Australia/Sydney",
    vcal(
        "-//zoom.us//iCalendar Event//EN",
        vevent(
            "DTSTAMP:20270105T000000Z",
            "DTSTART;TZID=Australia/Sydney:20270112T090000",
            "DTEND;TZID=Australia/Sydney:20270112T103000",
            "SUMMARY:Pairing interview @ Quokka Labs (Frontend Engineer)",
            f"UID:{U}",
            "DESCRIPTION:Scheduled with ModernLoop on behalf of Quokka Labs.\\nJoin Zoom Meeting\\n"
            "https://zoom.example/j/88123999001?pwd=Qk9rS2E\\nMeeting ID: 881 2399 9001",
            org("liam.oconnor@quokkalabs.example", "Liam O'Connor"),
            att("maya@example.org", "Maya Example"),
            "LOCATION:https://zoom.example/j/88123999001?pwd=Qk9rS2E",
        ),
        [
            "BEGIN:VTIMEZONE",
            "TZID:Australia/Sydney",
            "BEGIN:STANDARD",
            "DTSTART:19700405T030000",
            "TZOFFSETFROM:+1100",
            "TZOFFSETTO:+1000",
            "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19701004T020000",
            "TZOFFSETFROM:+1000",
            "TZOFFSETTO:+1100",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ],
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-11T22:00:00Z",
        "2027-01-11T23:30:00Z",
        interview=True,
        people=("liam.oconnor@quokkalabs.example",),
        company="Quokka Labs",
        role="Frontend Engineer",
    ),
)

U = "gem-sched-20270121-fernhill-7731@gem.example"
case(
    "gem_case_interview_with_company",
    "Gem-style invite, 'Case interview with Company (Role)', recruiting mailbox organises",
    "America/New_York",
    vcal(
        "-//Gem//Gem Scheduling//EN",
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270112T150000Z",
            "DTSTART;TZID=America/New_York:20270121T100000",
            "DTEND;TZID=America/New_York:20270121T110000",
            "SUMMARY:Case interview with Fernhill Partners (Associate)",
            "DESCRIPTION:You will work through a market-sizing case with Jane Doe. Bring a calculator.",
            "LOCATION:Fernhill Partners\\, 200 Park Ave\\, 31st floor",
            org("recruiting@fernhill.example", "Fernhill Recruiting"),
            att("maya@example.org", "Maya Example"),
            att("jane.doe@fernhill.example", "Jane Doe", "ACCEPTED"),
            "STATUS:CONFIRMED",
        ),
        [
            "BEGIN:VTIMEZONE",
            "TZID:America/New_York",
            "BEGIN:DAYLIGHT",
            "DTSTART:20070311T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "TZNAME:EDT",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20071104T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "TZNAME:EST",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ],
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-21T15:00:00Z",
        "2027-01-21T16:00:00Z",
        interview=True,
        people=("jane.doe@fernhill.example", "recruiting@fernhill.example"),
        company="Fernhill Partners",
        role="Associate",
    ),
)

# --- RANGE=THISANDFUTURE overrides ------------------------------------------------------------------------------------

U = "sogo-6A1F-67890ABC-3-1B2C3D40.ics"
OSLO = "Europe/Oslo"
case(
    "sogo_thisandfuture_interview_days",
    "SOGo CalDAV series of three interview days, moved an hour later from the second day on (RANGE=THISANDFUTURE)",
    OSLO,
    vcal(
        "-//Inverse inc./SOGo 5.10.0//EN",
        eu_zone(OSLO),
        vevent(
            f"UID:{U}",
            "SUMMARY:Jobbintervju hos Nordlys – Backend-utvikler (dag 1–3)",
            "LOCATION:Nordlys\\, Akersgata 20\\, Oslo",
            "CREATED:20261229T100000Z",
            "DTSTAMP:20261229T100000Z",
            f"DTSTART;TZID={OSLO}:20270118T090000",
            f"DTEND;TZID={OSLO}:20270118T120000",
            "RRULE:FREQ=DAILY;COUNT=3",
            org("rekruttering@nordlys.example", "Nordlys Rekruttering"),
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL"),
            att("ingrid.berg@nordlys.example", "Ingrid Berg", "ACCEPTED", cutype="INDIVIDUAL"),
            "SEQUENCE:0",
        ),
        vevent(
            f"UID:{U}",
            "SUMMARY:Jobbintervju hos Nordlys – Backend-utvikler (dag 1–3)",
            "LOCATION:Nordlys\\, Akersgata 20\\, Oslo",
            "DTSTAMP:20270114T101500Z",
            f"RECURRENCE-ID;RANGE=THISANDFUTURE;TZID={OSLO}:20270119T090000",
            f"DTSTART;TZID={OSLO}:20270119T100000",
            f"DTEND;TZID={OSLO}:20270119T130000",
            org("rekruttering@nordlys.example", "Nordlys Rekruttering"),
            att("maya@example.org", "Maya Example", "ACCEPTED", cutype="INDIVIDUAL"),
            att("ingrid.berg@nordlys.example", "Ingrid Berg", "ACCEPTED", cutype="INDIVIDUAL"),
            "SEQUENCE:1",
        ),
    ),
    *[
        occ(
            U,
            start,
            end,
            interview=True,
            people=("ingrid.berg@nordlys.example", "rekruttering@nordlys.example"),
            company="Nordlys",
            role="Backend-utvikler",
            rid=rid,
        )
        for rid, start, end in (
            ("20270118T080000Z", "2027-01-18T08:00:00Z", "2027-01-18T11:00:00Z"),
            ("20270119T080000Z", "2027-01-19T09:00:00Z", "2027-01-19T12:00:00Z"),
            ("20270120T080000Z", "2027-01-20T09:00:00Z", "2027-01-20T12:00:00Z"),
        )
    ],
)

U = "20261230T184512Z-4417-1000-2931-7@maya-laptop"
PARIS = "/freeassociation.sourceforge.net/Europe/Paris"
case(
    "evolution_thisandfuture_job_club",
    "Evolution calendar, custom TZID with its VTIMEZONE, weekly job club moved from the third week on",
    "Europe/Paris",
    vcal(
        "-//Ximian//NONSGML Evolution Calendar//EN",
        eu_zone(PARIS),
        vevent(
            f"UID:{U}",
            "DTSTAMP:20261230T184512Z",
            f"DTSTART;TZID={PARIS}:20270105T180000",
            f"DTEND;TZID={PARIS}:20270105T190000",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "SUMMARY:Club de recherche d'emploi – point hebdo",
            "LOCATION:Médiathèque\\, salle 2",
            "SEQUENCE:0",
            "TRANSP:OPAQUE",
        ),
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270110T090000Z",
            f"RECURRENCE-ID;RANGE=THISANDFUTURE;TZID={PARIS}:20270119T180000",
            f"DTSTART;TZID={PARIS}:20270119T190000",
            f"DTEND;TZID={PARIS}:20270119T200000",
            "SUMMARY:Club de recherche d'emploi – point hebdo",
            "LOCATION:Médiathèque\\, salle 2",
            "SEQUENCE:1",
            "TRANSP:OPAQUE",
        ),
    ),
    *[
        occ(U, start, end, interview=False, rid=rid)
        for rid, start, end in (
            ("20270105T170000Z", "2027-01-05T17:00:00Z", "2027-01-05T18:00:00Z"),
            ("20270112T170000Z", "2027-01-12T17:00:00Z", "2027-01-12T18:00:00Z"),
            ("20270119T170000Z", "2027-01-19T18:00:00Z", "2027-01-19T19:00:00Z"),
            ("20270126T170000Z", "2027-01-26T18:00:00Z", "2027-01-26T19:00:00Z"),
        )
    ],
)

# --- several VCALENDARs for one UID ----------------------------------------------------------------------------------

U = exch_uid("70B1C2D3E4F5DB01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70")
PST = "Pacific Standard Time"


def contoso(seq: int, day: str, hour: str, *, cancel: bool) -> list[str]:
    title = "Interview - Contoso Robotics - Firmware Engineer"
    return vcal(
        EXCHANGE,
        vevent(
            org("kenji.mori@contosorobotics.example", "Kenji Mori"),
            att("maya@example.org", "Maya Example"),
            att("ana.lima@contosorobotics.example", "Ana Lima"),
            "DESCRIPTION;LANGUAGE=en-US:" + ("" if cancel else "Technical interview with Ana and Kenji.\\n"),
            f"UID:{U}",
            f"SUMMARY;LANGUAGE=en-US:{'Canceled: ' if cancel else ''}{title}",
            f"DTSTART;TZID={PST}:{day}T{hour}0000",
            f"DTEND;TZID={PST}:{day}T{int(hour) + 1:02d}0000",
            f"DTSTAMP:2027011{seq + 1}T180000Z",
            f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            *outlook_tail(seq, "FREE" if cancel else "BUSY"),
        ),
        method="CANCEL" if cancel else "REQUEST",
    )


case(
    "exchange_request_update_cancel_stream",
    "Exchange: request, moved update and cancellation for one UID in one file, Pacific Standard Time without VTIMEZONE",
    "America/Los_Angeles",
    contoso(0, "20270120", "10", cancel=False)
    + contoso(1, "20270121", "13", cancel=False)
    + contoso(2, "20270121", "13", cancel=True),
    occ(
        U,
        "2027-01-21T21:00:00Z",
        "2027-01-21T22:00:00Z",
        interview=True,
        people=("ana.lima@contosorobotics.example", "kenji.mori@contosorobotics.example"),
        company="Contoso Robotics",
        role="Firmware Engineer",
        cancelled=True,
    ),
)

U = "ashby-1c9e7f3a5b2d@google.com"


def pinecrest(seq: int, start: str, end: str) -> list[str]:
    return vcal(
        GOOGLE,
        vevent(
            f"DTSTART:{start}",
            f"DTEND:{end}",
            f"DTSTAMP:2027010{seq + 5}T140000Z",
            org("recruiting@pinecresthealth.example", "Pinecrest Health Recruiting"),
            f"UID:{U}",
            att(
                "maya@example.org",
                "Maya Example",
                "ACCEPTED" if seq else "NEEDS-ACTION",
                cutype="INDIVIDUAL",
                x_num_guests="0",
            ),
            att(
                "sofia.alvarez@pinecresthealth.example",
                "Sofia Alvarez",
                "ACCEPTED",
                cutype="INDIVIDUAL",
                x_num_guests="0",
            ),
            google_desc(
                "pnc-hlth-hmc",
                "Scheduled with Ashby. Reschedule: https://jobs.ashby.example/pinecrest/reschedule\\n\\n",
            ),
            f"SEQUENCE:{seq}",
            "STATUS:CONFIRMED",
            "SUMMARY:Hiring manager chat · Pinecrest Health · Product Analyst",
            "TRANSP:OPAQUE",
        ),
        method="REQUEST",
    )


case(
    "ashby_google_request_then_update",
    "Google invites sent through Ashby: a request and a moved update for one UID in one file",
    "America/New_York",
    pinecrest(0, "20270112T190000Z", "20270112T194500Z")
    + pinecrest(1, "20270113T200000Z", "20270113T204500Z"),
    occ(
        U,
        "2027-01-13T20:00:00Z",
        "2027-01-13T20:45:00Z",
        interview=True,
        people=("recruiting@pinecresthealth.example", "sofia.alvarez@pinecresthealth.example"),
        company="Pinecrest Health",
        role="Product Analyst",
    ),
)

U = exch_uid("11C2D3E4F5A6DB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F")
case(
    "outlook_canceled_title_only",
    "Outlook cancellation alone (METHOD:CANCEL, 'Canceled:' title), W. Europe Standard Time with VTIMEZONE",
    "Europe/Stockholm",
    vcal(
        OUTLOOK,
        eu_zone("W. Europe Standard Time", outlook=True),
        vevent(
            org("elin.sjoberg@halvard.example", "Elin Sjöberg"),
            att("maya@example.org", "Maya Example"),
            "DESCRIPTION;LANGUAGE=sv-SE:Hej Maya\\, tyvärr måste jag flytta vårt samtal. Jag återkommer med en ny tid.\\n",
            f"UID:{U}",
            "SUMMARY;LANGUAGE=sv-SE:Canceled: Recruiter call - Halvard Logistics - Operations Analyst",
            "DTSTART;TZID=W. Europe Standard Time:20270118T110000",
            "DTEND;TZID=W. Europe Standard Time:20270118T113000",
            "DTSTAMP:20270115T074500Z",
            "STATUS:CANCELLED",
            "LOCATION;LANGUAGE=sv-SE:Microsoft Teams-möte",
            *outlook_tail(1, "FREE"),
        ),
        method="CANCEL",
    ),
    occ(
        U,
        "2027-01-18T10:00:00Z",
        "2027-01-18T10:30:00Z",
        interview=True,
        people=("elin.sjoberg@halvard.example",),
        company="Halvard Logistics",
        role="Operations Analyst",
        cancelled=True,
    ),
)

# --- Windows zone names and custom TZIDs ------------------------------------------------------------------------------


def exchange_invite(
    uid: str,
    title: str,
    tzid: str,
    start: str,
    end: str,
    lines: list[str],
    *,
    zone: list[str] | None,
    lang: str,
) -> list[str]:
    quoted = f'"{tzid}"' if ":" in tzid and not tzid.startswith("tzone") else tzid
    return vcal(
        EXCHANGE,
        *([zone] if zone else []),
        vevent(
            *lines,
            teams(uid[-20:]),
            f"UID:{uid}",
            f"SUMMARY;LANGUAGE={lang}:{title}",
            f"DTSTART;TZID={quoted}:{start}",
            f"DTEND;TZID={quoted}:{end}",
            "DTSTAMP:20270106T120000Z",
            "STATUS:CONFIRMED",
            f"LOCATION;LANGUAGE={lang}:Microsoft Teams Meeting",
            *outlook_tail(),
        ),
        method="REQUEST",
    )


U = exch_uid("A1B2C3D4E5F6DB0100000000000000001000000012345678ABCDEF0123456789ABCDEF01")
case(
    "exchange_brasilia_display_name_vtimezone",
    "Exchange invite with TZID '(UTC-03:00) Brasilia' defined by its VTIMEZONE, Portuguese title with em dashes",
    "America/Sao_Paulo",
    exchange_invite(
        U,
        "Entrevista técnica — Jabuticaba Tech — Engenheira de Software",
        "(UTC-03:00) Brasilia",
        "20270114T100000",
        "20270114T110000",
        [
            org("recrutamento@jabuticaba.example", "Recrutamento Jabuticaba"),
            att("maya@example.org", "Maya Example"),
            att("carla.souza@jabuticaba.example", "Carla Souza"),
        ],
        zone=fixed_zone("(UTC-03:00) Brasilia", "-0300"),
        lang="pt-BR",
    ),
    occ(
        U,
        "2027-01-14T13:00:00Z",
        "2027-01-14T14:00:00Z",
        interview=True,
        people=("carla.souza@jabuticaba.example", "recrutamento@jabuticaba.example"),
        company="Jabuticaba Tech",
        role="Engenheira de Software",
    ),
)

U = exch_uid("B2C3D4E5F6A7DB0100000000000000001000000023456789BCDEF0123456789ABCDEF012")
case(
    "exchange_e_south_america_no_vtimezone",
    "Exchange invite in E. South America Standard Time without VTIMEZONE, hiring manager chat with pipes",
    "America/Sao_Paulo",
    exchange_invite(
        U,
        "Bate-papo com o gestor | Cerrado Pagamentos | Analista de Dados",
        "E. South America Standard Time",
        "20270119T160000",
        "20270119T164500",
        [
            org("rafael.costa@cerradopagamentos.example", "Rafael Costa"),
            att("maya@example.org", "Maya Example"),
        ],
        zone=None,
        lang="pt-BR",
    ),
    occ(
        U,
        "2027-01-19T19:00:00Z",
        "2027-01-19T19:45:00Z",
        interview=True,
        people=("rafael.costa@cerradopagamentos.example",),
        company="Cerrado Pagamentos",
        role="Analista de Dados",
    ),
)

U = exch_uid("C3D4E5F6A7B8DB0100000000000000001000000034567890CDEF0123456789ABCDEF0123")
case(
    "exchange_tzone_utc_bare_german",
    "Exchange invite with a bare tzone://Microsoft/Utc TZID, German second-round interview",
    "Europe/Berlin",
    exchange_invite(
        U,
        "Vorstellungsgespräch (2. Runde) – Werkstatt Digital – Softwareentwicklerin",
        "tzone://Microsoft/Utc",
        "20270128T090000",
        "20270128T100000",
        [
            org("lena.vogel@werkstatt-digital.example", "Lena Vogel"),
            att("maya@example.org", "Maya Example"),
            att("tim.becker@werkstatt-digital.example", "Tim Becker"),
        ],
        zone=None,
        lang="de-DE",
    ),
    occ(
        U,
        "2027-01-28T09:00:00Z",
        "2027-01-28T10:00:00Z",
        interview=True,
        people=("lena.vogel@werkstatt-digital.example", "tim.becker@werkstatt-digital.example"),
        company="Werkstatt Digital",
        role="Softwareentwicklerin",
    ),
)

U = exch_uid("D4E5F6A7B8C9DB0100000000000000001000000045678901DEF0123456789ABCDEF01234")
case(
    "outlook_customized_time_zone_french",
    "Outlook invite in 'Customized Time Zone' defined by its VTIMEZONE, French technical interview",
    "Europe/Paris",
    exchange_invite(
        U,
        "Entretien technique – Solvéo – Développeuse Python",
        "Customized Time Zone",
        "20270121T150000",
        "20270121T160000",
        [
            org("julien.moreau@solveo.example", "Julien Moreau"),
            att("maya@example.org", "Maya Example"),
            att("claire.dubois@solveo.example", "Claire Dubois"),
        ],
        zone=eu_zone("Customized Time Zone", outlook=True),
        lang="fr-FR",
    ),
    occ(
        U,
        "2027-01-21T14:00:00Z",
        "2027-01-21T15:00:00Z",
        interview=True,
        people=("claire.dubois@solveo.example", "julien.moreau@solveo.example"),
        company="Solvéo",
        role="Développeuse Python",
    ),
)

# --- a job seeker's everyday calendar: interviews in many languages and tools ---------------------------------------


def invite(
    name: str,
    source: str,
    *,
    tz: str,
    prodid: str,
    uid: str,
    title: str,
    when: tuple[str, str],
    utc: tuple[str, str],
    organizer: tuple[str, str],
    others: tuple[tuple[str, str], ...] = (),
    lines: tuple[str, ...] = (),
    company: str,
    role: str,
    zone: list[str] | None = None,
    user_tz: str = "",
) -> None:
    """A plain invitation: DTSTART/DTEND in `tz` (or UTC when `when` ends in Z), organizer plus other attendees."""
    stamp = [f"DTSTART:{when[0]}", f"DTEND:{when[1]}"]
    if not when[0].endswith("Z"):
        stamp = [f"DTSTART;TZID={tz}:{when[0]}", f"DTEND;TZID={tz}:{when[1]}"]
    lines_out = vcal(
        prodid,
        *([zone] if zone else []),
        vevent(
            f"UID:{uid}",
            "DTSTAMP:20270102T090000Z",
            *stamp,
            f"SUMMARY:{title}",
            *lines,
            org(organizer[0], organizer[1]),
            att(USER, "Maya Example"),
            *(att(email, cn, "ACCEPTED") for email, cn in others),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    )
    people = tuple(sorted({organizer[0], *(email for email, _ in others)}))
    case(
        name,
        source,
        user_tz or tz,
        lines_out,
        occ(uid, *utc, interview=True, people=people, company=company, role=role),
    )


invite(
    "lever_google_user_name_in_title",
    "Google invite sent from Lever, the user's name and '<>' in the title",
    tz="America/New_York",
    prodid=GOOGLE,
    uid="lvr-3b8e1f9a2c7d@google.com",
    title="Maya Example <> Globex — Hiring Manager Chat (Product Manager)",
    when=("20270107T180000Z", "20270107T183000Z"),
    utc=("2027-01-07T18:00:00Z", "2027-01-07T18:30:00Z"),
    organizer=("chris.wu@globex.example", "Chris Wu"),
    lines=(google_desc("glb-xhmc-pmx", "Sent from Lever. 30 minutes with the hiring manager.\\n\\n"),),
    company="Globex",
    role="Product Manager",
)
invite(
    "zoho_spanish_hr_interview",
    "Zoho Calendar invite, Spanish HR interview with hyphens",
    tz="Europe/Madrid",
    prodid="-//Zoho Corporation//Zoho Calendar//EN",
    uid="8f2b1c0d9e7a4b3c@zoho.example",
    title="Entrevista con RR. HH. - Mirador Seguros - Analista de Datos",
    when=("20270108T120000", "20270108T124500"),
    utc=("2027-01-08T11:00:00Z", "2027-01-08T11:45:00Z"),
    organizer=("lucia.fernandez@miradorseguros.example", "Lucía Fernández"),
    lines=(
        "LOCATION:Videollamada (enlace en la descripción)",
        "DESCRIPTION:Enlace: https://meet.zoho.example/mrd-4411",
    ),
    company="Mirador Seguros",
    role="Analista de Datos",
    zone=eu_zone("Europe/Madrid"),
)
invite(
    "webex_italian_pipes",
    "Webex meeting invite, Italian introductory interview with pipes",
    tz="Europe/Rome",
    prodid="-//Cisco//Webex Meetings//EN",
    uid="webex-2660213049-20270111@webex.example",
    title="Colloquio conoscitivo | Ferrovia Nova | Data Engineer",
    when=("20270111T150000", "20270111T160000"),
    utc=("2027-01-11T14:00:00Z", "2027-01-11T15:00:00Z"),
    organizer=("giulia.romano@ferrovianova.example", "Giulia Romano"),
    others=(("marco.bianchi@ferrovianova.example", "Marco Bianchi"),),
    lines=(
        "LOCATION:https://ferrovianova.webex.example/meet/giulia.romano",
        "DESCRIPTION:Numero riunione: 2660 213 049",
    ),
    company="Ferrovia Nova",
    role="Data Engineer",
    zone=eu_zone("Europe/Rome"),
)
invite(
    "personio_swedish_interview",
    "Personio-style invite sent by the interviewer, Swedish title with en dashes",
    tz="Europe/Stockholm",
    prodid="-//Personio//Personio Recruiting//EN",
    uid="personio-app-882145-int-2@personio.example",
    title="Intervju – Fjällbacka Energi – Systemutvecklare",
    when=("20270113T090000", "20270113T100000"),
    utc=("2027-01-13T08:00:00Z", "2027-01-13T09:00:00Z"),
    organizer=("anna.lindqvist@fjallbackaenergi.example", "Anna Lindqvist"),
    lines=("LOCATION:Fjällbacka Energi\\, Kungsgatan 8\\, Göteborg",),
    company="Fjällbacka Energi",
    role="Systemutvecklare",
    zone=eu_zone("Europe/Stockholm"),
)
invite(
    "recruitee_polish_slash",
    "Recruitee-style invite, Polish title with a colon and a slash",
    tz="Europe/Warsaw",
    prodid="-//Recruitee//Recruitee Calendar//EN",
    uid="recruitee-int-5521907@recruitee.example",
    title="Rozmowa rekrutacyjna: Wisła Soft / Tester oprogramowania",
    when=("20270114T100000", "20270114T110000"),
    utc=("2027-01-14T09:00:00Z", "2027-01-14T10:00:00Z"),
    organizer=("katarzyna.nowak@wislasoft.example", "Katarzyna Nowak"),
    others=(("piotr.zielinski@wislasoft.example", "Piotr Zieliński"),),
    lines=("DESCRIPTION:Link do spotkania: https://meet.google.example/wsl-test-rk",),
    company="Wisła Soft",
    role="Tester oprogramowania",
    zone=eu_zone("Europe/Warsaw"),
)
invite(
    "bamboohr_danish_hos",
    "BambooHR-style invite, Danish 'Jobsamtale hos Company – Role'",
    tz="Europe/Copenhagen",
    prodid="-//BambooHR//ATS Calendar//EN",
    uid="bamboohr-ats-77130-9@bamboohr.example",
    title="Jobsamtale hos Havnelys – UX-designer",
    when=("20270119T100000", "20270119T110000"),
    utc=("2027-01-19T09:00:00Z", "2027-01-19T10:00:00Z"),
    organizer=("mette.holm@havnelys.example", "Mette Holm"),
    lines=("LOCATION:Havnelys\\, Nyhavn 31\\, København",),
    company="Havnelys",
    role="UX-designer",
    zone=eu_zone("Europe/Copenhagen"),
)
invite(
    "smartrecruiters_finnish",
    "SmartRecruiters-style invite, Finnish title with a colon and a slash",
    tz="Europe/Helsinki",
    prodid="-//SmartRecruiters//Interview Scheduler//EN",
    uid="sr-interview-3f9a7c1e@smartrecruiters.example",
    title="Työhaastattelu: Revontuli / Ohjelmistokehittäjä",
    when=("20270121T120000", "20270121T130000"),
    utc=("2027-01-21T10:00:00Z", "2027-01-21T11:00:00Z"),
    organizer=("aino.virtanen@revontuli.example", "Aino Virtanen"),
    lines=("DESCRIPTION:Teams-linkki lähetetään erikseen.",),
    company="Revontuli",
    role="Ohjelmistokehittäjä",
    zone=eu_zone("Europe/Helsinki", std="+0200", dst="+0300"),
)
invite(
    "calcom_romanian_technical",
    "Cal.com booking, Romanian technical interview with en dashes",
    tz="Europe/Bucharest",
    prodid="-//Cal.com Inc.//Cal.com Event//EN",
    uid="calcom-booking-k7Yx2Qp9Lm4@cal.example",
    title="Interviu tehnic – Carpați Cloud – Inginer DevOps",
    when=("20270126T080000Z", "20270126T090000Z"),
    utc=("2027-01-26T08:00:00Z", "2027-01-26T09:00:00Z"),
    organizer=("andrei.popescu@carpaticloud.example", "Andrei Popescu"),
    lines=("LOCATION:https://app.cal.example/video/k7Yx2Qp9Lm4",),
    company="Carpați Cloud",
    role="Inginer DevOps",
)
invite(
    "icloud_hungarian_middot",
    "iCloud invite, Hungarian title with middle dots",
    tz="Europe/Budapest",
    prodid="-//Apple Inc.//iPhone OS 18.2//EN",
    uid="5D0C7E1B-93A2-4F6E-B8C1-DUNA00000001",
    title="Állásinterjú · Duna Analytics · Adatelemző",
    when=("20270127T090000", "20270127T100000"),
    utc=("2027-01-27T08:00:00Z", "2027-01-27T09:00:00Z"),
    organizer=("eszter.nagy@dunaanalytics.example", "Nagy Eszter"),
    lines=("LOCATION:Duna Analytics\\, Váci út 45\\, Budapest",),
    company="Duna Analytics",
    role="Adatelemző",
    zone=eu_zone("Europe/Budapest"),
)
invite(
    "google_greek_interview",
    "Google invite, Greek title with a colon and an em dash",
    tz="Europe/Athens",
    prodid=GOOGLE,
    uid="0q2s4u6w8y1a3c5e7g9iaegd@google.com",
    title="Συνέντευξη: Aegean Data — Μηχανικός Λογισμικού",
    when=("20270128T100000Z", "20270128T110000Z"),
    utc=("2027-01-28T10:00:00Z", "2027-01-28T11:00:00Z"),
    organizer=("nikos.papadopoulos@aegeandata.example", "Νίκος Παπαδόπουλος"),
    lines=(google_desc("agn-data-swe"),),
    company="Aegean Data",
    role="Μηχανικός Λογισμικού",
)
invite(
    "outlook_meet_the_team_at_company",
    "Outlook.com invite, role-first 'Meet the team: Role at Company', Eastern time without VTIMEZONE",
    tz="Eastern Standard Time",
    prodid=OUTLOOK,
    uid=exch_uid("E5F6A7B8C9D0DB0100000000000000001000000056789012EF0123456789ABCDEF012345"),
    title="Meet the team: Staff Engineer at Saltmarsh Games",
    when=("20270128T140000", "20270128T150000"),
    utc=("2027-01-28T19:00:00Z", "2027-01-28T20:00:00Z"),
    organizer=("hiring@saltmarshgames.example", "Saltmarsh Games Hiring"),
    others=(
        ("ravi.menon@saltmarshgames.example", "Ravi Menon"),
        ("sara.lind@saltmarshgames.example", "Sara Lind"),
    ),
    lines=("LOCATION:Microsoft Teams Meeting",),
    company="Saltmarsh Games",
    role="Staff Engineer",
    user_tz="America/New_York",
)

# --- all-day, and the user's own look-alikes --------------------------------------------------------------------------

U = "gh-assessment-centre-20270129@meridianconsulting.example"
case(
    "greenhouse_all_day_assessment_centre",
    "All-day assessment centre invite sent from a graduate recruiting mailbox (Greenhouse)",
    "Europe/London",
    vcal(
        "-//Greenhouse Software//Greenhouse Calendar//EN",
        vevent(
            f"UID:{U}",
            "DTSTAMP:20270108T110000Z",
            "DTSTART;VALUE=DATE:20270129",
            "DTEND;VALUE=DATE:20270130",
            "SUMMARY:Assessment Centre – Meridian Consulting (Graduate Analyst)",
            "DESCRIPTION:Group exercise\\, case study\\, partner interview. Arrive 8:45 at reception.",
            "LOCATION:Meridian Consulting\\, 1 Finsbury Square\\, London",
            org("graduates@meridianconsulting.example", "Meridian Graduate Recruitment"),
            att(USER, "Maya Example", "ACCEPTED"),
            "TRANSP:TRANSPARENT",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    occ(
        U,
        "2027-01-29T00:00:00Z",
        "2027-01-30T00:00:00Z",
        interview=True,
        people=("graduates@meridianconsulting.example",),
        company="Meridian Consulting",
        role="Graduate Analyst",
    ),
)

PERSONAL = [
    (
        "1a2b3c4d5e6fmock0001@google.com",
        "Mock interview with Raj (system design practice)",
        "20270109T110000",
        "20270109T120000",
        True,
    ),
    (
        "1a2b3c4d5e6fresearch02@google.com",
        "Research Kanaalzicht before interview",
        "20270111T200000",
        "20270111T210000",
        False,
    ),
    (
        "1a2b3c4d5e6ftrain0003@google.com",
        "Zug nach Hamburg (ICE 1007) – Vorstellungsgespräch Northstar",
        "20270120T080000",
        "20270120T113000",
        False,
    ),
    (
        "1a2b3c4d5e6fthanks004@google.com",
        "Dankesmails schicken (Northstar, Solvéo)",
        "20270122T170000",
        "20270122T171500",
        False,
    ),
]
case(
    "google_export_personal_lookalikes",
    "Google Calendar export of the user's own calendar: a mock interview, research, travel and thank-you to-dos",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        eu_zone("Europe/Berlin"),
        *[
            vevent(
                f"DTSTART;TZID=Europe/Berlin:{start}",
                f"DTEND;TZID=Europe/Berlin:{end}",
                "DTSTAMP:20270104T080000Z",
                *(
                    [
                        org(USER, "Maya Example"),
                        att(USER, "Maya Example", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
                        att(
                            "raj.patel@mailbox.example",
                            "Raj Patel",
                            "ACCEPTED",
                            cutype="INDIVIDUAL",
                            x_num_guests="0",
                        ),
                    ]
                    if guests
                    else []
                ),
                f"UID:{uid}",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{title}",
                "TRANSP:OPAQUE",
            )
            for uid, title, start, end, guests in PERSONAL
        ],
        head=("X-WR-CALNAME:Maya", "X-WR-TIMEZONE:Europe/Berlin"),
    ),
    occ(PERSONAL[0][0], "2027-01-09T10:00:00Z", "2027-01-09T11:00:00Z", interview=False),
    occ(PERSONAL[1][0], "2027-01-11T19:00:00Z", "2027-01-11T20:00:00Z", interview=False),
    occ(PERSONAL[2][0], "2027-01-20T07:00:00Z", "2027-01-20T10:30:00Z", interview=False),
    occ(PERSONAL[3][0], "2027-01-22T16:00:00Z", "2027-01-22T16:15:00Z", interview=False),
)

WEST = "W. Europe Standard Time"
SYNC = exch_uid("F6A7B8C9D0E1DA0100000000000000001000000067890123F0123456789ABCDEF0123456")
WORK = [
    (
        exch_uid("0A1B2C3D4E5FDB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F"),
        "1:1 Maya / Jane",
        "20270107T150000",
        "20270107T153000",
        "jane.doe@example.org",
    ),
    (
        exch_uid("1B2C3D4E5F60DB01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9FA0"),
        "Performance review H2 2026 – Maya",
        "20270115T140000",
        "20270115T150000",
        "jane.doe@example.org",
    ),
    (
        exch_uid("2C3D4E5F6071DB01000000000000000010000000C2D3E4F5061728394A5B6C7D8E9FA0B1"),
        "Exit interview (HR)",
        "20270129T110000",
        "20270129T113000",
        "hr@example.org",
    ),
]
case(
    "outlook_work_calendar_lookalikes",
    "Outlook export of the user's work calendar (W. Europe Standard Time, no VTIMEZONE): weekly sync with EXDATE"
    " and a moved occurrence, 1:1, performance review, exit interview",
    "Europe/Berlin",
    vcal(
        EXCHANGE,
        vevent(
            org("jane.doe@example.org", "Jane Doe"),
            att(USER, "Maya Example", "ACCEPTED"),
            att("team-platform@example.org", "Team Platform", "ACCEPTED", cutype="GROUP"),
            f"UID:{SYNC}",
            "SUMMARY:Weekly team sync",
            f"DTSTART;TZID={WEST}:20270104T100000",
            f"DTEND;TZID={WEST}:20270104T103000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270201T000000Z",
            f"EXDATE;TZID={WEST}:20270118T100000",
            "DTSTAMP:20261215T090000Z",
            *outlook_tail(),
        ),
        vevent(
            org("jane.doe@example.org", "Jane Doe"),
            att(USER, "Maya Example", "ACCEPTED"),
            f"UID:{SYNC}",
            f"RECURRENCE-ID;TZID={WEST}:20270111T100000",
            "SUMMARY:Weekly team sync",
            f"DTSTART;TZID={WEST}:20270111T110000",
            f"DTEND;TZID={WEST}:20270111T113000",
            "DTSTAMP:20270108T090000Z",
            *outlook_tail(1),
        ),
        *[
            vevent(
                org(organizer, "HR" if organizer.startswith("hr@") else "Jane Doe"),
                att(USER, "Maya Example", "ACCEPTED"),
                f"UID:{uid}",
                f"SUMMARY:{title}",
                f"DTSTART;TZID={WEST}:{start}",
                f"DTEND;TZID={WEST}:{end}",
                "DTSTAMP:20270102T090000Z",
                *outlook_tail(),
            )
            for uid, title, start, end, organizer in WORK
        ],
        method="PUBLISH",
        head=("X-WR-CALNAME:Calendar",),
    ),
    occ(SYNC, "2027-01-04T09:00:00Z", "2027-01-04T09:30:00Z", interview=False, rid="20270104T090000Z"),
    occ(SYNC, "2027-01-11T10:00:00Z", "2027-01-11T10:30:00Z", interview=False, rid="20270111T090000Z"),
    occ(SYNC, "2027-01-25T09:00:00Z", "2027-01-25T09:30:00Z", interview=False, rid="20270125T090000Z"),
    occ(WORK[0][0], "2027-01-07T14:00:00Z", "2027-01-07T14:30:00Z", interview=False),
    occ(WORK[1][0], "2027-01-15T13:00:00Z", "2027-01-15T14:00:00Z", interview=False),
    occ(WORK[2][0], "2027-01-29T10:00:00Z", "2027-01-29T10:30:00Z", interview=False),
)

OTHER = [
    (
        "c0ffee01-user-research-p7@example.org",
        "User research interview – participant 7 (checkout flow)",
        "20270113T150000",
        "20270113T154500",
        "p7.participant@mailbox.example",
    ),
    (
        "c0ffee02-podcast-ep31@careerswitchers.example",
        "Podcast recording: Career Switchers ep. 31 – how I prepare for interviews",
        "20270116T100000",
        "20270116T110000",
        "host@careerswitchers.example",
    ),
]
case(
    "google_research_podcast_job_fair",
    "Google calendar export: a customer research interview, a podcast about interviews, an all-day job fair",
    "Europe/London",
    vcal(
        GOOGLE,
        *[
            vevent(
                f"DTSTART;TZID=Europe/London:{start}",
                f"DTEND;TZID=Europe/London:{end}",
                "DTSTAMP:20270105T100000Z",
                org(
                    USER if "research" in title else guest,
                    "Maya Example" if "research" in title else "Career Switchers",
                ),
                att(USER, "Maya Example", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
                att(guest, "", "ACCEPTED", cutype="INDIVIDUAL", x_num_guests="0"),
                f"UID:{uid}",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{title}",
                "TRANSP:OPAQUE",
            )
            for uid, title, start, end, guest in OTHER
        ],
        vevent(
            "DTSTART;VALUE=DATE:20270123",
            "DTEND;VALUE=DATE:20270124",
            "DTSTAMP:20270105T100000Z",
            "UID:c0ffee03-jobfair@google.com",
            "SUMMARY:Tech Careers Fair – ExCeL London (bring CVs)",
            "TRANSP:TRANSPARENT",
            "STATUS:CONFIRMED",
        ),
        head=("X-WR-CALNAME:Maya", "X-WR-TIMEZONE:Europe/London"),
    ),
    occ(OTHER[0][0], "2027-01-13T15:00:00Z", "2027-01-13T15:45:00Z", interview=False),
    occ(OTHER[1][0], "2027-01-16T10:00:00Z", "2027-01-16T11:00:00Z", interview=False),
    occ("c0ffee03-jobfair@google.com", "2027-01-23T00:00:00Z", "2027-01-24T00:00:00Z", interview=False),
)


def main() -> None:
    for name, text, expected in CASES:
        (HERE / f"{name}.ics").write_bytes(text.encode("utf-8"))
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(CASES)} calendars, {sum(len(e['events']) for _, _, e in CASES)} occurrences")


if __name__ == "__main__":
    main()
