"""Writes the seventh held-out calendar set (NAME.ics + NAME.expected.json); expectations are typed by hand."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAYA = "maya@example.org"
WINDOW = ["2026-11-30T00:00:00Z", "2027-02-01T00:00:00Z"]
STAMP = "20261125T091500Z"
CASES: list[tuple[str, str, dict[str, object]]] = []


# --- writing iCalendar -------------------------------------------------------------------------------------------


def fold(line: str) -> list[str]:
    """Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 section 3.1)."""
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


def att(
    email: str,
    name: str = "",
    *,
    partstat: str = "ACCEPTED",
    cutype: str = "INDIVIDUAL",
    role: str = "REQ-PARTICIPANT",
    rsvp: bool = False,
    style: str = "google",
) -> str:
    """One ATTENDEE line, with its parameters in the order the given client writes them."""
    rsvp_text = "TRUE" if rsvp else "FALSE"
    if style == "google":
        return (
            f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={rsvp_text};"
            f"CN={name or email};X-NUM-GUESTS=0:mailto:{email}"
        )
    if style == "exchange":
        kind = "" if cutype == "INDIVIDUAL" else f"CUTYPE={cutype};"
        return f"ATTENDEE;{kind}ROLE={role};PARTSTAT={partstat};RSVP={rsvp_text};CN={name or email}:mailto:{email}"
    if style == "apple":
        cn = f'CN="{name}";' if name else ""
        return f"ATTENDEE;{cn}CUTYPE={cutype};EMAIL={email};PARTSTAT={partstat};ROLE={role}:mailto:{email}"
    cn = f"CN={name};" if name else ""
    return f"ATTENDEE;{cn}CUTYPE={cutype};PARTSTAT={partstat};ROLE={role};RSVP={rsvp_text}:mailto:{email}"


def org(email: str, name: str = "") -> str:
    return f"ORGANIZER;CN={name}:mailto:{email}" if name else f"ORGANIZER:mailto:{email}"


def event(
    uid: str, summary: str, start: str, end: str, *lines: str, seq: int = 0, stamp: str = STAMP
) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"DTSTART{start}",
        f"DTEND{end}",
        f"DTSTAMP:{stamp}",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"SUMMARY:{summary}",
        *lines,
        "END:VEVENT",
    ]


def eu_zone(tzid: str, std: str, dst: str, std_name: str = "CET", dst_name: str = "CEST") -> list[str]:
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


def ms_eu_zone(tzid: str, std: str, dst: str) -> list[str]:
    """Exchange writes its zones with a 1601 start and no TZNAME."""
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
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


def ms_us_zone(tzid: str, std: str, dst: str) -> list[str]:
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


def us_zone(tzid: str, std: str, dst: str, std_name: str, dst_name: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "DTSTART:19700308T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "DTSTART:19701101T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def fixed_zone(tzid: str, offset: str, name: str, start: str = "19700101T000000") -> list[str]:
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        f"TZNAME:{name}",
        f"DTSTART:{start}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def vcal(prodid: str, *body: list[str], method: str = "", head: tuple[str, ...] = ()) -> list[str]:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    for part in body:
        lines += part
    return [*lines, "END:VCALENDAR"]


def occ(
    uid: str,
    start: str,
    end: str,
    *,
    rid: str = "",
    interview: bool = True,
    cancelled: bool = False,
    who: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
) -> dict[str, object]:
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(who) if interview else [],
        "company": company if interview else "",
        "role": role if interview else "",
    }


def case(
    name: str,
    source: str,
    tz: str,
    calendars: list[list[str]],
    events: list[dict[str, object]],
    window: list[str] = WINDOW,
) -> None:
    text = "".join("".join(f"{piece}\r\n" for line in cal for piece in fold(line)) for cal in calendars)
    expected = {
        "source": source,
        "user_addresses": [MAYA],
        "user_timezone": tz,
        "window": window,
        "events": events,
    }
    CASES.append((name, text, expected))


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
ICLOUD = "-//Apple Inc.//iPhone OS 18.1//EN"
MEET = "Join with Google Meet: https://meet.google.com/xkq-bvtr-pwa\\n\\nJoin by phone\\n(US) +1 555-0100 PIN: 482 913 556#"
TEAMS = (
    "________________________________________________________________________________\\n"
    "Microsoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q5>\\n"
    "Meeting ID: 312 884 107 550\\nPasscode: q7Tz9x\\n"
    "________________________________________________________________________________"
)


def google_invite(
    uid: str,
    summary: str,
    start: str,
    end: str,
    organizer: tuple[str, str],
    guests: list[str],
    *,
    desc: str = MEET,
    tz: list[str] = (),
    method: str = "REQUEST",
    seq: int = 0,
    status: str = "CONFIRMED",
) -> list[str]:
    return vcal(
        GOOGLE,
        list(tz),
        event(
            uid,
            summary,
            start,
            end,
            org(organizer[1], organizer[0]),
            *guests,
            f"DESCRIPTION:{desc}",
            "LOCATION:",
            f"STATUS:{status}",
            "TRANSP:OPAQUE",
            seq=seq,
            stamp="20261126T081122Z",
        ),
        method=method,
    )


# --- the cases ---------------------------------------------------------------------------------------------------
ADDERS: list[object] = []


def add(function):  # type: ignore[no-untyped-def]
    ADDERS.append(function)
    return function


ME_ASKED = att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True)
BERLIN = eu_zone("Europe/Berlin", "+0100", "+0200")


@add
def google_export_research_company_beside_prep() -> None:
    """The user's own Google calendar: an interview at a company with "Research" in its name, her prep block and
    a to-do to research the company."""
    interview = "7n1c0vq2kd4r8s6m1u3e9g5hb0@google.com"
    head = ("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/Berlin")
    body = event(
        interview,
        "Interview: Northwind Research – Research Engineer",
        ";TZID=Europe/Berlin:20261208T140000",
        ";TZID=Europe/Berlin:20261208T150000",
        org("jane.doe@northwindresearch.example", "Jane Doe"),
        att("jane.doe@northwindresearch.example", "Jane Doe"),
        att(MAYA, "Maya Example"),
        att("raj.patel@northwindresearch.example", "Raj Patel"),
        f"DESCRIPTION:Hi Maya\\, looking forward to our conversation.\\n\\n{MEET}",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        stamp="20261201T070000Z",
    )
    prep = event(
        "1f9s3b6k0q8v2r5t7c4m0d1a2e@google.com",
        "Prep – Northwind Research interview",
        ";TZID=Europe/Berlin:20261208T110000",
        ";TZID=Europe/Berlin:20261208T120000",
        "DESCRIPTION:Re-read the job ad\\, prepare two project stories\\, questions about the team.",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        stamp="20261201T070000Z",
    )
    todo = event(
        "4h8d2m6q0v1c5r9s3k7b1n0e2f@google.com",
        "Research Northwind Research before interview",
        ";TZID=Europe/Berlin:20261207T180000",
        ";TZID=Europe/Berlin:20261207T183000",
        "STATUS:CONFIRMED",
        "TRANSP:TRANSPARENT",
        stamp="20261201T070000Z",
    )
    case(
        "google_export_research_company_beside_prep",
        "Google Calendar export",
        "Europe/Berlin",
        [vcal(GOOGLE, BERLIN, body, prep, todo, method="PUBLISH", head=head)],
        [
            occ(
                interview,
                "2026-12-08T13:00:00Z",
                "2026-12-08T14:00:00Z",
                who=("jane.doe@northwindresearch.example", "raj.patel@northwindresearch.example"),
                company="Northwind Research",
                role="Research Engineer",
            ),
            occ(
                "1f9s3b6k0q8v2r5t7c4m0d1a2e@google.com",
                "2026-12-08T10:00:00Z",
                "2026-12-08T11:00:00Z",
                interview=False,
            ),
            occ(
                "4h8d2m6q0v1c5r9s3k7b1n0e2f@google.com",
                "2026-12-07T17:00:00Z",
                "2026-12-07T17:30:00Z",
                interview=False,
            ),
        ],
    )


@add
def exchange_review_company_room_and_declined() -> None:
    """An Exchange invite from a company called "Peer Review Labs", with a room and a declined colleague."""
    uid = "040000008200E00074C5B7101A82E00800000000D0A3C1F2E85EDB01000000000000000010000000A7C3E9F1B2D4"
    tz = ms_eu_zone("W. Europe Standard Time", "+0100", "+0200")
    body = event(
        uid,
        "Peer Review Labs | Staff Engineer | Technical interview",
        ";TZID=W. Europe Standard Time:20261210T100000",
        ";TZID=W. Europe Standard Time:20261210T113000",
        org("erika.mustermann@peerreviewlabs.example", "Erika Mustermann"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="exchange"),
        att("john.smith@peerreviewlabs.example", "John Smith", style="exchange"),
        att("jan.jansen@peerreviewlabs.example", "Jan Jansen", partstat="DECLINED", style="exchange"),
        att(
            "room.elbe@peerreviewlabs.example",
            "Room Elbe (6)",
            cutype="RESOURCE",
            role="NON-PARTICIPANT",
            style="exchange",
        ),
        f"DESCRIPTION;LANGUAGE=en-US:Hello Maya\\,\\n\\nthe technical interview is with John.\\n\\n{TEAMS}",
        "LOCATION;LANGUAGE=en-US:Room Elbe (6); Microsoft Teams Meeting",
        "PRIORITY:5",
        "CLASS:PUBLIC",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONDISPLAYNAME:Room Elbe (6)",
    )
    case(
        "exchange_review_company_room_and_declined",
        "Exchange Online invite",
        "Europe/Berlin",
        [vcal(EXCHANGE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-10T09:00:00Z",
                "2026-12-10T10:30:00Z",
                who=("erika.mustermann@peerreviewlabs.example", "john.smith@peerreviewlabs.example"),
                company="Peer Review Labs",
                role="Staff Engineer",
            )
        ],
    )


@add
def icloud_prep_company_and_prep_block() -> None:
    """iCloud: an interview at "PrepWise" and the user's own prep block before it, both in one calendar."""
    tz = us_zone("America/Los_Angeles", "-0800", "-0700", "PST", "PDT")
    uid = "6B1E4C2A-93D7-4F10-8A5E-2C7D9B0E31F4"
    body = event(
        uid,
        "PrepWise – Product Designer interview",
        ";TZID=America/Los_Angeles:20261209T100000",
        ";TZID=America/Los_Angeles:20261209T110000",
        org("jane.doe@prepwise.example", "Jane Doe").replace(
            "ORGANIZER;", "ORGANIZER;EMAIL=jane.doe@prepwise.example;"
        ),
        att("jane.doe@prepwise.example", "Jane Doe", style="apple"),
        att(MAYA, "Maya Example", style="apple"),
        "LOCATION:https://zoom.us/j/5550104477",
        "URL;VALUE=URI:https://zoom.us/j/5550104477",
        "CREATED:20261124T184410Z",
        "LAST-MODIFIED:20261124T184502Z",
    )
    prep_uid = "A0C3F5D7-1B2E-4C6A-9F80-7E4D3C2B1A09"
    prep = event(
        prep_uid,
        "Prep for PrepWise",
        ";TZID=America/Los_Angeles:20261209T083000",
        ";TZID=America/Los_Angeles:20261209T093000",
        "DESCRIPTION:portfolio walkthrough\\, 3 case studies",
        "CREATED:20261124T185000Z",
        "LAST-MODIFIED:20261124T185000Z",
    )
    case(
        "icloud_prep_company_and_prep_block",
        "iCloud calendar export",
        "America/Los_Angeles",
        [vcal(ICLOUD, tz, body, prep, head=("X-WR-CALNAME:Job search", "X-APPLE-CALENDAR-COLOR:#FF9500"))],
        [
            occ(
                uid,
                "2026-12-09T18:00:00Z",
                "2026-12-09T19:00:00Z",
                who=("jane.doe@prepwise.example",),
                company="PrepWise",
                role="Product Designer",
            ),
            occ(prep_uid, "2026-12-09T16:30:00Z", "2026-12-09T17:30:00Z", interview=False),
        ],
    )


@add
def fastmail_sync_company_second_round() -> None:
    """Fastmail iMIP invite from "Sync Labs": the veto-looking word "Sync" is the company's name."""
    tz = eu_zone("Europe/London", "+0000", "+0100", "GMT", "BST")
    uid = "b7f0a6d2-5c31-4e8f-9a12-6d0c3e8f4b21"
    body = event(
        uid,
        "Sync Labs: second round (Backend Engineer)",
        ";TZID=Europe/London:20261214T150000",
        ";TZID=Europe/London:20261214T160000",
        org("raj.patel@synclabs.example", "Raj Patel"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="plain"),
        att("jane.doe@synclabs.example", "Jane Doe", style="plain"),
        att("raj.patel@synclabs.example", "Raj Patel", style="plain"),
        "DESCRIPTION:Second round: architecture discussion with Jane and me.",
        "LOCATION:https://meet.jit.si/synclabs-maya-r2",
        "STATUS:CONFIRMED",
        seq=1,
    )
    case(
        "fastmail_sync_company_second_round",
        "Fastmail invite",
        "Europe/London",
        [vcal("-//Fastmail/2020.5/EN", tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-14T15:00:00Z",
                "2026-12-14T16:00:00Z",
                who=("jane.doe@synclabs.example", "raj.patel@synclabs.example"),
                company="Sync Labs",
                role="Backend Engineer",
            )
        ],
    )


@add
def nextcloud_training_company_beside_training() -> None:
    """Nextcloud: a German interview at "Training Grounds AG" next to the user's own training day."""
    uid = "9c2e7f41-3a8b-4d6e-b0f5-18c4a9e2d7b3"
    body = event(
        uid,
        "Vorstellungsgespräch – Training Grounds AG – Softwareentwicklerin",
        ";TZID=Europe/Berlin:20261215T093000",
        ";TZID=Europe/Berlin:20261215T103000",
        org("erika.mustermann@traininggrounds.example", "Erika Mustermann"),
        att(MAYA, "Maya Example", style="plain"),
        att("erika.mustermann@traininggrounds.example", "Erika Mustermann", style="plain"),
        "DESCRIPTION:Liebe Maya\\, wir freuen uns auf das Gespräch per Videokonferenz.",
        "LOCATION:https://cloud.traininggrounds.example/call/x7f2k9qa",
        "STATUS:CONFIRMED",
        "CREATED:20261123T101010Z",
        "LAST-MODIFIED:20261123T101010Z",
    )
    own = "c1d2e3f4-0a9b-4c8d-8e7f-6a5b4c3d2e1f"
    training = event(
        own,
        "Training: Kubernetes Grundlagen",
        ";TZID=Europe/Berlin:20261216T090000",
        ";TZID=Europe/Berlin:20261216T170000",
        "LOCATION:Schulungsraum 2",
        "STATUS:CONFIRMED",
        "CREATED:20261120T080000Z",
        "LAST-MODIFIED:20261120T080000Z",
    )
    case(
        "nextcloud_training_company_beside_training",
        "Nextcloud calendar export",
        "Europe/Berlin",
        [vcal("-//IDN nextcloud.com//Calendar app 4.7.6//EN", BERLIN, body, training)],
        [
            occ(
                uid,
                "2026-12-15T08:30:00Z",
                "2026-12-15T09:30:00Z",
                who=("erika.mustermann@traininggrounds.example",),
                company="Training Grounds AG",
                role="Softwareentwicklerin",
            ),
            occ(own, "2026-12-16T08:00:00Z", "2026-12-16T16:00:00Z", interview=False),
        ],
    )


@add
def greenhouse_workshop_company_onsite() -> None:
    """Greenhouse-scheduled onsite sent from the recruiting team's Google calendar, with a room resource."""
    tz = us_zone("America/New_York", "-0500", "-0400", "EST", "EDT")
    uid = "2q8n4c6v0b1m3k5j7h9g1f3d5s@google.com"
    desc = (
        "Hi Maya\\,\\n\\nHere is your onsite schedule:\\n1:00 PM Jane Doe – Frontend architecture\\n"
        "2:00 PM John Smith – Pairing\\n3:00 PM Recruiting wrap-up\\n\\n"
        "Scheduled via Greenhouse: https://app.greenhouse.io/interviews/candidate/88120"
    )
    body = event(
        uid,
        "Maya Example - Onsite Interview - Workshop Studio (Senior Frontend Engineer)",
        ";TZID=America/New_York:20261211T130000",
        ";TZID=America/New_York:20261211T160000",
        org("recruiting@workshopstudio.example", "Workshop Studio Recruiting"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True),
        att("jane.doe@workshopstudio.example", "Jane Doe"),
        att("john.smith@workshopstudio.example", "John Smith"),
        att("c_1888f2k9d3a7b6e1@resource.calendar.google.com", "NYC-5-Hudson (8)", cutype="RESOURCE"),
        att("recruiting@workshopstudio.example", "Workshop Studio Recruiting"),
        f"DESCRIPTION:{desc}",
        "LOCATION:NYC-5-Hudson (8)",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    )
    case(
        "greenhouse_workshop_company_onsite",
        "Greenhouse via Google Calendar invite",
        "America/New_York",
        [vcal(GOOGLE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-11T18:00:00Z",
                "2026-12-11T21:00:00Z",
                who=(
                    "jane.doe@workshopstudio.example",
                    "john.smith@workshopstudio.example",
                    "recruiting@workshopstudio.example",
                ),
                company="Workshop Studio",
                role="Senior Frontend Engineer",
            )
        ],
    )


@add
def lever_planning_company_hiring_manager() -> None:
    """Lever-scheduled hiring manager chat at "Planning Center Co", titled with em dashes."""
    tz = us_zone("America/Chicago", "-0600", "-0500", "CST", "CDT")
    uid = "lever-4e1b7c90-2f3a-4d5e-8b6c-a1d2e3f4a5b6"
    body = event(
        uid,
        "Planning Center Co — Hiring manager chat — Engineering Manager",
        ";TZID=America/Chicago:20261216T110000",
        ";TZID=America/Chicago:20261216T114500",
        org("jane.doe@planningcenterco.example", "Jane Doe"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True),
        att("jane.doe@planningcenterco.example", "Jane Doe"),
        "DESCRIPTION:45 minutes with Jane (Director of Engineering).\\n\\nZoom: https://zoom.us/j/5550139922",
        "LOCATION:https://zoom.us/j/5550139922",
        "STATUS:CONFIRMED",
    )
    case(
        "lever_planning_company_hiring_manager",
        "Lever via Google Calendar invite",
        "America/Chicago",
        [vcal(GOOGLE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-16T17:00:00Z",
                "2026-12-16T17:45:00Z",
                who=("jane.doe@planningcenterco.example",),
                company="Planning Center Co",
                role="Engineering Manager",
            )
        ],
    )


@add
def google_group_calendar_and_group_mailbox_guests() -> None:
    """Dutch panel interview whose guests include a shared Google group calendar, a group mailbox and a room."""
    tz = eu_zone("Europe/Amsterdam", "+0100", "+0200")
    uid = "0v3b7n1m5k9j2h6g4f8d0s3a7p@google.com"
    body = event(
        uid,
        "Contoso Data | Panelgesprek | Data Engineer",
        ";TZID=Europe/Amsterdam:20261217T140000",
        ";TZID=Europe/Amsterdam:20261217T153000",
        org("john.smith@contosodata.example", "John Smith"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True),
        att("raj.patel@contosodata.example", "Raj Patel"),
        att("c_9f3e1a0b7d2c4e6f8a1b3c5d7e9f0a2b@group.calendar.google.com", "Hiring – Data"),
        att("data-panel@contosodata.example", "Data panel", cutype="GROUP"),
        att("c_2207a1b9c8d7@resource.calendar.google.com", "AMS-3-Keizersgracht (10)", cutype="RESOURCE"),
        att("john.smith@contosodata.example", "John Smith"),
        f"DESCRIPTION:Panelgesprek met Raj en John.\\n\\n{MEET}",
        "LOCATION:AMS-3-Keizersgracht (10)",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    )
    case(
        "google_group_calendar_and_group_mailbox_guests",
        "Google Calendar invite",
        "Europe/Amsterdam",
        [vcal(GOOGLE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-17T13:00:00Z",
                "2026-12-17T14:30:00Z",
                who=("john.smith@contosodata.example", "raj.patel@contosodata.example"),
                company="Contoso Data",
                role="Data Engineer",
            )
        ],
    )


@add
def teams_notetaker_bot_among_attendees() -> None:
    """Teams interview organised by the talent mailbox, with a meeting-notes bot invited."""
    tz = ms_us_zone("Eastern Standard Time", "-0500", "-0400")
    uid = "040000008200E00074C5B7101A82E0080000000060F1B3A4C95EDB01000000000000000010000000B4E2A8D6C1F3"
    body = event(
        uid,
        "Interview – Meridian Health – Platform Engineer (2nd round)",
        ";TZID=Eastern Standard Time:20261218T090000",
        ";TZID=Eastern Standard Time:20261218T100000",
        org("talent@meridianhealth.example", "Meridian Health Talent Acquisition"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="exchange"),
        att("jane.doe@meridianhealth.example", "Jane Doe", style="exchange"),
        att("fred@fireflies.ai", "Fireflies.ai Notetaker", role="OPT-PARTICIPANT", style="exchange"),
        f"DESCRIPTION;LANGUAGE=en-US:Second round with Jane Doe (Platform lead).\\n\\n{TEAMS}",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "STATUS:CONFIRMED",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q5",
    )
    case(
        "teams_notetaker_bot_among_attendees",
        "Microsoft 365 Teams invite",
        "America/New_York",
        [vcal(EXCHANGE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-18T14:00:00Z",
                "2026-12-18T15:00:00Z",
                who=("jane.doe@meridianhealth.example", "talent@meridianhealth.example"),
                company="Meridian Health",
                role="Platform Engineer",
            )
        ],
    )


@add
def exchange_polish_room_and_projector() -> None:
    """Polish interview in Exchange with a room and an equipment resource booked."""
    tz = ms_eu_zone("Central European Standard Time", "+0100", "+0200")
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E55EDB01000000000000000010000000C9D8E7F6A5B4"
    body = event(
        uid,
        "Rozmowa kwalifikacyjna: Programista Java / Wisła Software",
        ";TZID=Central European Standard Time:20261221T100000",
        ";TZID=Central European Standard Time:20261221T110000",
        org("jan.kowalski@wislasoftware.example", "Jan Kowalski"),
        att(MAYA, "Maya Example", partstat="ACCEPTED", style="exchange"),
        att(
            "sala.krakow@wislasoftware.example",
            "Sala Kraków",
            cutype="ROOM",
            role="NON-PARTICIPANT",
            style="exchange",
        ),
        att(
            "projektor2@wislasoftware.example",
            "Projektor 2",
            cutype="RESOURCE",
            role="NON-PARTICIPANT",
            style="exchange",
        ),
        "DESCRIPTION;LANGUAGE=pl-PL:Dzień dobry\\, zapraszamy na rozmowę w naszym biurze w Krakowie.",
        "LOCATION;LANGUAGE=pl-PL:Sala Kraków",
        "STATUS:CONFIRMED",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    )
    case(
        "exchange_polish_room_and_projector",
        "Exchange Server invite",
        "Europe/Warsaw",
        [vcal(EXCHANGE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-21T09:00:00Z",
                "2026-12-21T10:00:00Z",
                who=("jan.kowalski@wislasoftware.example",),
                company="Wisła Software",
                role="Programista Java",
            )
        ],
    )


@add
def webinar_about_interviews_from_newsletter() -> None:
    """A webinar about system design interviews, sent by a newsletter's events address."""
    uid = "evt-20261209-sdi-webinar@devcareers.example"
    body = event(
        uid,
        "Webinar: Cracking the System Design Interview (Live Q&A)",
        ":20261209T170000Z",
        ":20261209T180000Z",
        org("events@news.devcareers.example", "DevCareers Weekly"),
        att(MAYA, "Maya Example", partstat="ACCEPTED", style="plain"),
        "DESCRIPTION:Thanks for registering! Join our panel of hiring managers for tips on acing your "
        "next interview.\\nJoin: https://zoom.us/w/5550177301\\nUnsubscribe: https://news.devcareers.example/u/7731",
        "LOCATION:Online",
        "STATUS:CONFIRMED",
    )
    case(
        "webinar_about_interviews_from_newsletter",
        "Zoom webinar registration",
        "Europe/Berlin",
        [vcal("-//zoom.us//iCalendar Event//EN", body, method="PUBLISH")],
        [occ(uid, "2026-12-09T17:00:00Z", "2026-12-09T18:00:00Z", interview=False)],
    )


@add
def user_interviews_a_candidate() -> None:
    """The user organises an interview with a candidate for her own team."""
    uid = "3m7b1v5c9x2z4l6k8j0h2g4f6d@google.com"
    body = event(
        uid,
        "Interview: Jane Doe – Backend Engineer candidate",
        ";TZID=Europe/Berlin:20261210T150000",
        ";TZID=Europe/Berlin:20261210T160000",
        org(MAYA, "Maya Example"),
        att(MAYA, "Maya Example"),
        att("jane.doe.dev@gmail.com", "Jane Doe", partstat="NEEDS-ACTION"),
        att("john.smith@example.org", "John Smith"),
        f"DESCRIPTION:Candidate interview (coding + culture). Scorecard in the hiring tool.\\n\\n{MEET}",
        "STATUS:CONFIRMED",
    )
    case(
        "user_interviews_a_candidate",
        "Google Calendar event",
        "Europe/Berlin",
        [vcal(GOOGLE, BERLIN, body, method="REQUEST")],
        [occ(uid, "2026-12-10T14:00:00Z", "2026-12-10T15:00:00Z", interview=False)],
    )


@add
def hiring_loop_at_users_employer() -> None:
    """The user's own recruiting team puts her on a candidate's interview loop (Outlook, no VTIMEZONE)."""
    uid = "040000008200E00074C5B7101A82E00800000000F0E1D2C3B45EDB01000000000000000010000000D1C2B3A49586"
    body = event(
        uid,
        "Interview loop – Candidate: Raj Patel (Data Engineer) – System design",
        ";TZID=W. Europe Standard Time:20261211T090000",
        ";TZID=W. Europe Standard Time:20261211T100000",
        org("recruiting@example.org", "Example Recruiting"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="exchange"),
        att("john.smith@example.org", "John Smith", style="exchange"),
        "DESCRIPTION;LANGUAGE=en-US:Please submit your scorecard within 24 hours.",
        "STATUS:CONFIRMED",
    )
    case(
        "hiring_loop_at_users_employer",
        "Outlook invite",
        "Europe/Berlin",
        [vcal(OUTLOOK, body, method="REQUEST")],
        [occ(uid, "2026-12-11T08:00:00Z", "2026-12-11T09:00:00Z", interview=False)],
    )


@add
def meetup_about_tech_interviews() -> None:
    """A meetup talk about interviewing, as a meetup site's calendar file gives it (no organizer)."""
    tz = BERLIN
    uid = "event_317004552@meetup.com"
    body = event(
        uid,
        "Tech Interviews Demystified – Berlin JS Meetup",
        ";TZID=Europe/Berlin:20261203T183000",
        ";TZID=Europe/Berlin:20261203T203000",
        "DESCRIPTION:Berlin JS Meetup\\nTalks: how interviews work at five Berlin startups\\, then pizza.",
        "LOCATION:Factory Görlitzer Park (Lohmühlenstraße 65\\, Berlin\\, Germany)",
        "URL:https://www.meetup.com/berlinjs/events/317004552/",
        "STATUS:CONFIRMED",
    )
    case(
        "meetup_about_tech_interviews",
        "Meetup event file",
        "Europe/Berlin",
        [vcal("-//Meetup//Meetup Events v1.0//EN", tz, body, method="PUBLISH")],
        [occ(uid, "2026-12-03T17:30:00Z", "2026-12-03T19:30:00Z", interview=False)],
    )


@add
def calendly_title_of_two_names() -> None:
    """Calendly's default title names the host and the invitee; the company is the host's domain."""
    uid = "5c0e7a1d-8b42-4f6a-9d3e-2b7c1a0f9e84"
    body = event(
        uid,
        "Recruiter Screen between Jane Doe and Maya Example",
        ":20261202T160000Z",
        ":20261202T163000Z",
        org("jane.doe@lumen.example", "Jane Doe"),
        att("jane.doe@lumen.example", "Jane Doe"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True),
        "DESCRIPTION:Event Name: Recruiter Screen\\n\\nLocation: This is a Google Meet web conference.\\n"
        "https://meet.google.com/fto-qwps-dzn\\n\\nNeed to make changes to this event?\\n"
        "Cancel: https://calendly.com/cancellations/2f7a1c\\nReschedule: https://calendly.com/reschedulings/2f7a1c\\n\\n"
        "Powered by Calendly.com",
        "LOCATION:https://meet.google.com/fto-qwps-dzn",
        "STATUS:CONFIRMED",
    )
    case(
        "calendly_title_of_two_names",
        "Calendly booking via Google Calendar",
        "Europe/London",
        [vcal(GOOGLE, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-02T16:00:00Z",
                "2026-12-02T16:30:00Z",
                who=("jane.doe@lumen.example",),
                company="Lumen",
                role="",
            )
        ],
    )


@add
def technical_interview_without_company() -> None:
    """A bare "Technical interview" title: the company is the organizer's domain."""
    tz = eu_zone("Europe/Lisbon", "+0000", "+0100", "WET", "WEST")
    uid = "8j2k4l6m0n1b3v5c7x9z2a4s6d@google.com"
    body = event(
        uid,
        "Technical interview",
        ";TZID=Europe/Lisbon:20261208T160000",
        ";TZID=Europe/Lisbon:20261208T170000",
        org("raj.patel@quantumleaf.example", "Raj Patel"),
        att(MAYA, "Maya Example", partstat="ACCEPTED"),
        att("john.smith@quantumleaf.example", "John Smith"),
        att("raj.patel@quantumleaf.example", "Raj Patel"),
        f"DESCRIPTION:Live coding in your language of choice\\, about 60 minutes.\\n\\n{MEET}",
        "STATUS:CONFIRMED",
    )
    case(
        "technical_interview_without_company",
        "Google Calendar invite",
        "Europe/Lisbon",
        [vcal(GOOGLE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-08T16:00:00Z",
                "2026-12-08T17:00:00Z",
                who=("john.smith@quantumleaf.example", "raj.patel@quantumleaf.example"),
                company="Quantumleaf",
            )
        ],
    )


@add
def german_first_talk_titled_with_a_person() -> None:
    """A German get-to-know interview titled with the interviewer's name only."""
    tz = eu_zone("Europe/Vienna", "+0100", "+0200")
    uid = "6t0y2u4i8o1p3a5s7d9f1g3h5j@google.com"
    body = event(
        uid,
        "Kennenlerngespräch mit Erika Mustermann",
        ";TZID=Europe/Vienna:20261203T100000",
        ";TZID=Europe/Vienna:20261203T104500",
        org("erika.mustermann@bergwerk.example", "Erika Mustermann"),
        att(MAYA, "Maya Example", partstat="ACCEPTED"),
        att("erika.mustermann@bergwerk.example", "Erika Mustermann"),
        f"DESCRIPTION:Hallo Maya\\, danke für Ihre Bewerbung bei uns! Ich freue mich auf unser erstes Gespräch.\\n\\n{MEET}",
        "STATUS:CONFIRMED",
    )
    case(
        "german_first_talk_titled_with_a_person",
        "Google Calendar invite",
        "Europe/Berlin",
        [vcal(GOOGLE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-03T09:00:00Z",
                "2026-12-03T09:45:00Z",
                who=("erika.mustermann@bergwerk.example",),
                company="Bergwerk",
            )
        ],
    )


@add
def exchange_assessment_centre_moved_from_day_two() -> None:
    """A three-day assessment centre; from day two on it starts an hour later (RANGE=THISANDFUTURE)."""
    tz = ms_eu_zone("GMT Standard Time", "+0000", "+0100")
    uid = "040000008200E00074C5B7101A82E008000000002B4D6F8A0C5EDB01000000000000000010000000E3F4A5B6C7D8"
    people = [
        org("graduates@fabrikam.example", "Fabrikam Graduate Recruitment"),
        att(MAYA, "Maya Example", partstat="ACCEPTED", style="exchange"),
        att("john.smith@fabrikam.example", "John Smith", style="exchange"),
    ]
    master = event(
        uid,
        "Fabrikam – Assessment Centre – Graduate Software Engineer",
        ";TZID=GMT Standard Time:20270112T090000",
        ";TZID=GMT Standard Time:20270112T120000",
        "RRULE:FREQ=DAILY;COUNT=3",
        *people,
        "DESCRIPTION;LANGUAGE=en-GB:Group exercise\\, case study and interviews with our assessors.",
        "LOCATION;LANGUAGE=en-GB:Fabrikam House\\, 1 Example Street\\, London",
        "STATUS:CONFIRMED",
        seq=0,
    )
    moved = event(
        uid,
        "Fabrikam – Assessment Centre – Graduate Software Engineer",
        ";TZID=GMT Standard Time:20270113T100000",
        ";TZID=GMT Standard Time:20270113T130000",
        "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=GMT Standard Time:20270113T090000",
        *people,
        "DESCRIPTION;LANGUAGE=en-GB:Days two and three start at 10:00.",
        "LOCATION;LANGUAGE=en-GB:Fabrikam House\\, 1 Example Street\\, London",
        "STATUS:CONFIRMED",
        seq=1,
    )
    who = ("graduates@fabrikam.example", "john.smith@fabrikam.example")
    kw = {"who": who, "company": "Fabrikam", "role": "Graduate Software Engineer"}
    case(
        "exchange_assessment_centre_moved_from_day_two",
        "Exchange Online calendar export",
        "Europe/London",
        [vcal(EXCHANGE, tz, master, moved, method="PUBLISH")],
        [
            occ(uid, "2027-01-12T09:00:00Z", "2027-01-12T12:00:00Z", rid="20270112T090000Z", **kw),
            occ(uid, "2027-01-13T10:00:00Z", "2027-01-13T13:00:00Z", rid="20270113T090000Z", **kw),
            occ(uid, "2027-01-14T10:00:00Z", "2027-01-14T13:00:00Z", rid="20270114T090000Z", **kw),
        ],
    )


@add
def icloud_team_sync_moved_from_mid_december() -> None:
    """The user's weekly team sync, moved an hour later from 14 December on (iCloud, RANGE=THISANDFUTURE)."""
    uid = "E5D4C3B2-A190-4F8E-9D7C-6B5A4F3E2D1C"
    people = [
        org("john.smith@example.org", "John Smith").replace(
            "ORGANIZER;", "ORGANIZER;EMAIL=john.smith@example.org;"
        ),
        att("john.smith@example.org", "John Smith", style="apple"),
        att(MAYA, "Maya Example", style="apple"),
        att("jane.doe@example.org", "Jane Doe", style="apple"),
    ]
    master = event(
        uid,
        "Team sync",
        ";TZID=Europe/Berlin:20261102T100000",
        ";TZID=Europe/Berlin:20261102T103000",
        "RRULE:FREQ=WEEKLY;UNTIL=20261221T235959Z;BYDAY=MO",
        *people,
        stamp="20261101T120000Z",
    )
    moved = event(
        uid,
        "Team sync",
        ";TZID=Europe/Berlin:20261214T110000",
        ";TZID=Europe/Berlin:20261214T113000",
        "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20261214T100000",
        *people,
        seq=1,
        stamp="20261201T090000Z",
    )
    case(
        "icloud_team_sync_moved_from_mid_december",
        "iCloud calendar export",
        "Europe/Berlin",
        [vcal(ICLOUD, BERLIN, master, moved, head=("X-WR-CALNAME:Work",))],
        [
            occ(uid, "2026-11-30T09:00:00Z", "2026-11-30T09:30:00Z", rid="20261130T090000Z", interview=False),
            occ(uid, "2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z", rid="20261207T090000Z", interview=False),
            occ(uid, "2026-12-14T10:00:00Z", "2026-12-14T10:30:00Z", rid="20261214T090000Z", interview=False),
            occ(uid, "2026-12-21T10:00:00Z", "2026-12-21T10:30:00Z", rid="20261221T090000Z", interview=False),
        ],
    )


@add
def outlook_request_update_cancel_in_one_file() -> None:
    """Three iTIP messages for one interview saved into one file: the request, a move, then the cancellation."""
    tz = ms_us_zone("Pacific Standard Time", "-0800", "-0700")
    uid = "040000008200E00074C5B7101A82E00800000000C4D5E6F7A85EDB01000000000000000010000000F1E2D3C4B5A6"
    title = "Tailspin Toys interview – Staff Engineer"

    def message(
        summary: str, day: str, start: str, end: str, seq: int, method: str, status: str
    ) -> list[str]:
        return vcal(
            EXCHANGE,
            tz,
            event(
                uid,
                summary,
                f";TZID=Pacific Standard Time:{day}T{start}",
                f";TZID=Pacific Standard Time:{day}T{end}",
                org("jane.doe@tailspintoys.example", "Jane Doe"),
                att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="exchange"),
                att("raj.patel@tailspintoys.example", "Raj Patel", style="exchange"),
                f"DESCRIPTION;LANGUAGE=en-US:Interview with Raj and me.\\n\\n{TEAMS}",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                f"STATUS:{status}",
                "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if status == "CANCELLED" else "TENTATIVE"),
                seq=seq,
                stamp=f"202611{20 + seq}T170000Z",
            ),
            method=method,
        )

    case(
        "outlook_request_update_cancel_in_one_file",
        "Outlook iTIP messages saved together",
        "America/Los_Angeles",
        [
            message(title, "20261203", "100000", "110000", 0, "REQUEST", "CONFIRMED"),
            message(title, "20261204", "130000", "140000", 1, "REQUEST", "CONFIRMED"),
            message(f"Canceled: {title}", "20261204", "130000", "140000", 2, "CANCEL", "CANCELLED"),
        ],
        [
            occ(
                uid,
                "2026-12-04T21:00:00Z",
                "2026-12-04T22:00:00Z",
                cancelled=True,
                who=("jane.doe@tailspintoys.example", "raj.patel@tailspintoys.example"),
                company="Tailspin Toys",
                role="Staff Engineer",
            )
        ],
    )


@add
def google_request_then_update_spanish() -> None:
    """A Spanish Google invite and its update to a new day, both in one file; the update stands."""
    tz = eu_zone("Europe/Madrid", "+0100", "+0200")
    uid = "1a3s5d7f9g0h2j4k6l8z1x3c5v@google.com"

    def message(day: str, start: str, end: str, seq: int) -> list[str]:
        return google_invite(
            uid,
            "Entrevista técnica | Ingeniera de Datos | Lumbre Digital",
            f";TZID=Europe/Madrid:{day}T{start}",
            f";TZID=Europe/Madrid:{day}T{end}",
            ("Juan Pérez", "juan.perez@lumbredigital.example"),
            [
                att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True),
                att("juan.perez@lumbredigital.example", "Juan Pérez"),
                att("john.smith@lumbredigital.example", "John Smith"),
            ],
            tz=tz,
            seq=seq,
        )

    case(
        "google_request_then_update_spanish",
        "Google Calendar invite and update",
        "Europe/Madrid",
        [message("20261209", "100000", "110000", 0), message("20261210", "160000", "170000", 1)],
        [
            occ(
                uid,
                "2026-12-10T15:00:00Z",
                "2026-12-10T16:00:00Z",
                who=("john.smith@lumbredigital.example", "juan.perez@lumbredigital.example"),
                company="Lumbre Digital",
                role="Ingeniera de Datos",
            )
        ],
    )


@add
def outlook_brasilia_display_name_zone() -> None:
    """Portuguese interview from Outlook with the zone given by its display name and no VTIMEZONE."""
    uid = "040000008200E00074C5B7101A82E00800000000D6E7F8A9B05EDB01000000000000000010000000A9B8C7D6E5F4"
    body = event(
        uid,
        "Entrevista com a gestora – Desenvolvedora Backend – Nuvem Azul",
        ';TZID="(UTC-03:00) Brasilia":20261207T140000',
        ';TZID="(UTC-03:00) Brasilia":20261207T150000',
        org("fulana.detal@nuvemazul.example", "Fulana de Tal"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="exchange"),
        f"DESCRIPTION;LANGUAGE=pt-BR:Olá Maya\\, conversa com a gestora da área.\\n\\n{TEAMS}",
        "LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    case(
        "outlook_brasilia_display_name_zone",
        "Outlook invite",
        "Europe/Lisbon",
        [vcal(OUTLOOK, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-07T17:00:00Z",
                "2026-12-07T18:00:00Z",
                who=("fulana.detal@nuvemazul.example",),
                company="Nuvem Azul",
                role="Desenvolvedora Backend",
            )
        ],
    )


@add
def outlookcom_microsoft_utc_zone_quoted_and_not() -> None:
    """A published Outlook.com calendar using tzone://Microsoft/Utc, once bare and once quoted."""
    uid = "040000008200E00074C5B7101A82E0080000000011223344556EDB01000000000000000010000000ABCDEF012345"
    todo = "040000008200E00074C5B7101A82E0080000000066778899AA6EDB01000000000000000010000000FEDCBA987654"
    body = event(
        uid,
        "Interview @ Bluefin Robotics (Controls Engineer)",
        ";TZID=tzone://Microsoft/Utc:20261215T160000",
        ";TZID=tzone://Microsoft/Utc:20261215T170000",
        org("jane.doe@bluefinrobotics.example", "Jane Doe"),
        att(MAYA, "Maya Example", partstat="ACCEPTED", style="exchange"),
        "LOCATION:Microsoft Teams Meeting",
        "CLASS:PUBLIC",
        "STATUS:CONFIRMED",
    )
    note = event(
        todo,
        "Send thank-you notes – Bluefin",
        ';TZID="tzone://Microsoft/Utc":20261215T180000',
        ';TZID="tzone://Microsoft/Utc":20261215T181500',
        "CLASS:PUBLIC",
        "STATUS:CONFIRMED",
    )
    case(
        "outlookcom_microsoft_utc_zone_quoted_and_not",
        "Outlook.com published calendar",
        "Europe/Berlin",
        [
            vcal(
                "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                body,
                note,
                method="PUBLISH",
                head=("X-WR-CALNAME:Calendar",),
            )
        ],
        [
            occ(
                uid,
                "2026-12-15T16:00:00Z",
                "2026-12-15T17:00:00Z",
                who=("jane.doe@bluefinrobotics.example",),
                company="Bluefin Robotics",
                role="Controls Engineer",
            ),
            occ(todo, "2026-12-15T18:00:00Z", "2026-12-15T18:15:00Z", interview=False),
        ],
    )


@add
def exchange_romance_zone_french() -> None:
    """French interview in Exchange's "Romance Standard Time" zone, VTIMEZONE included."""
    tz = ms_eu_zone("Romance Standard Time", "+0100", "+0200")
    uid = "040000008200E00074C5B7101A82E00800000000E7F8091A2B6EDB01000000000000000010000000BBCCDDEEFF00"
    body = event(
        uid,
        "Entretien – Analyste financier – Groupe Lumière",
        ";TZID=Romance Standard Time:20261217T110000",
        ";TZID=Romance Standard Time:20261217T120000",
        org("jean.dupont@groupelumiere.example", "Jean Dupont"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="exchange"),
        att("jean.dupont@groupelumiere.example", "Jean Dupont", style="exchange"),
        f"DESCRIPTION;LANGUAGE=fr-FR:Bonjour Maya\\,\\n\\nJe vous confirme notre entretien.\\n\\n{TEAMS}",
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    case(
        "exchange_romance_zone_french",
        "Exchange Online invite",
        "Europe/Paris",
        [vcal(EXCHANGE, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-17T10:00:00Z",
                "2026-12-17T11:00:00Z",
                who=("jean.dupont@groupelumiere.example",),
                company="Groupe Lumière",
                role="Analyste financier",
            )
        ],
    )


@add
def outlook_tokyo_zone_without_vtimezone() -> None:
    """Japanese second-round interview, company in brackets, zone "Tokyo Standard Time" with no VTIMEZONE."""
    uid = "040000008200E00074C5B7101A82E00800000000F809A1B2C36EDB01000000000000000010000000112233445566"
    body = event(
        uid,
        "【Sakura Systems】二次面接（バックエンドエンジニア）",
        ";TZID=Tokyo Standard Time:20261208T150000",
        ";TZID=Tokyo Standard Time:20261208T160000",
        org("taro.yamada@sakurasystems.example", "山田 太郎"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="exchange"),
        att("taro.yamada@sakurasystems.example", "山田 太郎", style="exchange"),
        "DESCRIPTION;LANGUAGE=ja-JP:Maya様\\n\\n二次面接のご案内です。当日はよろしくお願いいたします。",
        "STATUS:CONFIRMED",
    )
    case(
        "outlook_tokyo_zone_without_vtimezone",
        "Outlook invite",
        "Asia/Tokyo",
        [vcal(OUTLOOK, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-08T06:00:00Z",
                "2026-12-08T07:00:00Z",
                who=("taro.yamada@sakurasystems.example",),
                company="Sakura Systems",
                role="バックエンドエンジニア",
            )
        ],
    )


@add
def notes_style_custom_zone_czech() -> None:
    """Czech interview written in a calendar's own VTIMEZONE whose TZID is a free-form label."""
    tzid = "GMT +0100 (Standard) / GMT +0200 (Daylight)"
    tz = [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:19501029T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19500326T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]
    uid = "A3C1F7E0B2D94E58C1257A6F0038D2E4-Lotus_Notes_Generated"
    body = event(
        uid,
        "Pohovor – Vývojář Python – Vltava Labs",
        f';TZID="{tzid}":20270107T130000',
        f';TZID="{tzid}":20270107T140000',
        org("jan.novak@vltavalabs.example", "Jan Novák"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="plain"),
        "DESCRIPTION:Dobrý den\\, těšíme se na setkání v naší kanceláři.",
        "LOCATION:Praha\\, Karlín",
        "CLASS:PUBLIC",
        "TRANSP:OPAQUE",
    )
    case(
        "notes_style_custom_zone_czech",
        "HCL Notes invite",
        "Europe/Prague",
        [vcal("-//HCL Software//NONSGML HCL Domino Calendar 12.0//EN", tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2027-01-07T12:00:00Z",
                "2027-01-07T13:00:00Z",
                who=("jan.novak@vltavalabs.example",),
                company="Vltava Labs",
                role="Vývojář Python",
            )
        ],
    )


@add
def outlook_customized_zone_india() -> None:
    """An Outlook "Customized Time Zone" (a fixed +05:30) defined only by its VTIMEZONE."""
    tz = [
        "BEGIN:VTIMEZONE",
        "TZID:Customized Time Zone",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0530",
        "TZOFFSETTO:+0530",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    uid = "040000008200E00074C5B7101A82E0080000000019A2B3C4D56EDB01000000000000000010000000778899AABBCC"
    body = event(
        uid,
        "Interview with Kestrel Analytics – Data Scientist",
        ";TZID=Customized Time Zone:20261214T183000",
        ";TZID=Customized Time Zone:20261214T193000",
        org("hr@kestrelanalytics.example", "Kestrel Analytics HR"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="exchange"),
        f"DESCRIPTION;LANGUAGE=en-IN:Dear Maya\\, please find the meeting link below.\\n\\n{TEAMS}",
        "STATUS:CONFIRMED",
    )
    case(
        "outlook_customized_zone_india",
        "Outlook invite",
        "Asia/Kolkata",
        [vcal(OUTLOOK, tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-14T13:00:00Z",
                "2026-12-14T14:00:00Z",
                who=("hr@kestrelanalytics.example",),
                company="Kestrel Analytics",
                role="Data Scientist",
            )
        ],
    )


@add
def icloud_floating_norwegian() -> None:
    """A Norwegian interview typed into iCloud with floating times (no zone)."""
    uid = "F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9"
    body = event(
        uid,
        "Første intervju – Mobilutvikler – Fjord Mobility",
        ":20261204T090000",
        ":20261204T100000",
        org("ola.nordmann@fjordmobility.example", "Ola Nordmann").replace(
            "ORGANIZER;", "ORGANIZER;EMAIL=ola.nordmann@fjordmobility.example;"
        ),
        att("ola.nordmann@fjordmobility.example", "Ola Nordmann", style="apple"),
        att(MAYA, "Maya Example", style="apple"),
        "LOCATION:Fjord Mobility\\, Oslo",
        "CREATED:20261127T121212Z",
    )
    case(
        "icloud_floating_norwegian",
        "iCloud calendar export",
        "Europe/Oslo",
        [vcal(ICLOUD, body, head=("X-WR-CALNAME:Hjem",))],
        [
            occ(
                uid,
                "2026-12-04T08:00:00Z",
                "2026-12-04T09:00:00Z",
                who=("ola.nordmann@fjordmobility.example",),
                company="Fjord Mobility",
                role="Mobilutvikler",
            )
        ],
    )


@add
def google_export_all_day_interview_travel_and_fair() -> None:
    """All-day events: an onsite interview day, the travel block before it and a careers fair."""
    tz = eu_zone("Europe/London", "+0000", "+0100", "GMT", "BST")
    day = "0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com"
    travel = "2w4e6r8t0y1u3i5o7p9a2s4d6f@google.com"
    fair = "9l8k7j6h5g4f3d2s1a0z9x8c7v@google.com"
    events = [
        event(
            day,
            "Onsite interview day – Harbour Bank (Graduate Analyst)",
            ";VALUE=DATE:20270119",
            ";VALUE=DATE:20270120",
            org("graduate.recruitment@harbourbank.example", "Harbour Bank Graduate Recruitment"),
            att(MAYA, "Maya Example"),
            att("graduate.recruitment@harbourbank.example", "Harbour Bank Graduate Recruitment"),
            "DESCRIPTION:Interviews and a case exercise\\, 9:00–16:00 at our Manchester office.",
            "TRANSP:TRANSPARENT",
        ),
        event(
            travel,
            "Travel to Manchester (Harbour Bank onsite)",
            ";VALUE=DATE:20270118",
            ";VALUE=DATE:20270119",
            "TRANSP:TRANSPARENT",
        ),
        event(
            fair,
            "Graduate Careers Fair – ExCeL London",
            ";VALUE=DATE:20261203",
            ";VALUE=DATE:20261204",
            "LOCATION:ExCeL London",
            "TRANSP:TRANSPARENT",
        ),
    ]
    case(
        "google_export_all_day_interview_travel_and_fair",
        "Google Calendar export",
        "Europe/London",
        [
            vcal(
                GOOGLE,
                tz,
                *events,
                method="PUBLISH",
                head=("X-WR-CALNAME:Maya", "X-WR-TIMEZONE:Europe/London"),
            )
        ],
        [
            occ(
                day,
                "2027-01-19T00:00:00Z",
                "2027-01-20T00:00:00Z",
                who=("graduate.recruitment@harbourbank.example",),
                company="Harbour Bank",
                role="Graduate Analyst",
            ),
            occ(travel, "2027-01-18T00:00:00Z", "2027-01-19T00:00:00Z", interview=False),
            occ(fair, "2026-12-03T00:00:00Z", "2026-12-04T00:00:00Z", interview=False),
        ],
    )


@add
def zoho_tentative_turkish() -> None:
    """A Turkish interview the user accepted tentatively, from Zoho Calendar."""
    tz = fixed_zone("Europe/Istanbul", "+0300", "+03", "20160907T000000")
    uid = "1d5f0b2c8e3a4f6b9c7d@zoho.com"
    body = event(
        uid,
        "Mülakat – Yazılım Mühendisi – Boğaziçi Teknoloji",
        ";TZID=Europe/Istanbul:20261222T110000",
        ";TZID=Europe/Istanbul:20261222T120000",
        org("ahmet.yilmaz@bogaziciteknoloji.example", "Ahmet Yılmaz"),
        att(MAYA, "Maya Example", partstat="TENTATIVE", style="plain"),
        att("ahmet.yilmaz@bogaziciteknoloji.example", "Ahmet Yılmaz", style="plain"),
        "DESCRIPTION:Merhaba Maya\\, teknik mülakat için Zoom bağlantısı: https://zoom.us/j/5550162840",
        "STATUS:TENTATIVE",
    )
    case(
        "zoho_tentative_turkish",
        "Zoho Calendar export",
        "Europe/Istanbul",
        [vcal("-//Zoho Corporation//Zoho Calendar//EN", tz, body)],
        [
            occ(
                uid,
                "2026-12-22T08:00:00Z",
                "2026-12-22T09:00:00Z",
                who=("ahmet.yilmaz@bogaziciteknoloji.example",),
                company="Boğaziçi Teknoloji",
                role="Yazılım Mühendisi",
            )
        ],
    )


@add
def proton_swedish_middle_dots() -> None:
    """Swedish interview in Proton Calendar, title parts joined with middle dots."""
    tz = eu_zone("Europe/Stockholm", "+0100", "+0200")
    uid = "Qm9yZWFsaXMtaW50ZXJ2anUtMjAyNzAx@proton.me"
    body = event(
        uid,
        "Intervju · Systemutvecklare · Norrsken Data",
        ";TZID=Europe/Stockholm:20270113T140000",
        ";TZID=Europe/Stockholm:20270113T150000",
        org("sven.svensson@norrskendata.example", "Sven Svensson"),
        att(MAYA, "Maya Example", partstat="ACCEPTED", style="plain"),
        att("sven.svensson@norrskendata.example", "Sven Svensson", style="plain"),
        "DESCRIPTION:Hej Maya! Välkommen till vårt kontor på Sveavägen.",
        "LOCATION:Sveavägen 1\\, Stockholm",
        "STATUS:CONFIRMED",
    )
    case(
        "proton_swedish_middle_dots",
        "Proton Calendar export",
        "Europe/Stockholm",
        [vcal("-//Proton AG//WebCalendar 5.0.40.2//EN", tz, body)],
        [
            occ(
                uid,
                "2027-01-13T13:00:00Z",
                "2027-01-13T14:00:00Z",
                who=("sven.svensson@norrskendata.example",),
                company="Norrsken Data",
                role="Systemutvecklare",
            )
        ],
    )


def simple_invite(
    name: str,
    *,
    source: str,
    prodid: str,
    user_tz: str,
    zone: list[str],
    tzid: str,
    uid: str,
    summary: str,
    day: str,
    start: str,
    end: str,
    organizer: tuple[str, str],
    guests: tuple[tuple[str, str], ...],
    desc: str,
    style: str,
    utc: tuple[str, str],
    company: str,
    role: str,
    hosts: tuple[str, ...],
) -> None:
    """An ordinary one-off invite: organizer, the user, the interviewers."""
    body = event(
        uid,
        summary,
        f";TZID={tzid}:{day}T{start}",
        f";TZID={tzid}:{day}T{end}",
        org(organizer[1], organizer[0]),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style=style),
        *(att(email, person, style=style) for person, email in guests),
        f"DESCRIPTION:{desc}",
        "STATUS:CONFIRMED",
    )
    case(
        name,
        source,
        user_tz,
        [vcal(prodid, zone, body, method="REQUEST")],
        [occ(uid, *utc, who=hosts, company=company, role=role)],
    )


@add
def goodtime_italian_role_at_company() -> None:
    """GoodTime-scheduled Italian technical interview titled "role @ company", organised by the recruiting mailbox."""
    simple_invite(
        "goodtime_italian_role_at_company",
        source="GoodTime via Google Calendar invite",
        prodid=GOOGLE,
        user_tz="Europe/Rome",
        zone=eu_zone("Europe/Rome", "+0100", "+0200"),
        tzid="Europe/Rome",
        uid="gt-7f3c1a9e5b2d4c6e8a0b@goodtime.io",
        summary="Colloquio tecnico – Ingegnere DevOps @ Vesuvio Cloud",
        day="20270114",
        start="100000",
        end="110000",
        organizer=("Vesuvio Cloud Recruiting", "recruiting@vesuviocloud.example"),
        guests=(("Mario Rossi", "mario.rossi@vesuviocloud.example"),),
        desc="Ciao Maya\\, ecco i dettagli del colloquio con Mario Rossi.\\n\\nPowered by GoodTime",
        style="google",
        utc=("2027-01-14T09:00:00Z", "2027-01-14T10:00:00Z"),
        company="Vesuvio Cloud",
        role="Ingegnere DevOps",
        hosts=("mario.rossi@vesuviocloud.example", "recruiting@vesuviocloud.example"),
    )


@add
def ashby_system_design_in_utc() -> None:
    """Ashby-scheduled system design interview written in UTC, company-first with a colon."""
    uid = "ashby-interview-0b6f2e8d-3c1a-4e7b-9f5d-8a2c4e6b0d1f"
    body = event(
        uid,
        "Driftwood AI: System Design (Senior ML Engineer)",
        ":20261216T190000Z",
        ":20261216T200000Z",
        org("jane.doe@driftwood.example", "Jane Doe"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True),
        att("john.smith@driftwood.example", "John Smith"),
        att("jane.doe@driftwood.example", "Jane Doe"),
        "DESCRIPTION:You'll meet John Smith for a 60 minute system design session.\\n"
        "Join Zoom: https://zoom.us/j/5550198811\\n\\nScheduled with Ashby",
        "STATUS:CONFIRMED",
    )
    case(
        "ashby_system_design_in_utc",
        "Ashby via Google Calendar invite",
        "America/Los_Angeles",
        [vcal(GOOGLE, body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-16T19:00:00Z",
                "2026-12-16T20:00:00Z",
                who=("jane.doe@driftwood.example", "john.smith@driftwood.example"),
                company="Driftwood AI",
                role="Senior ML Engineer",
            )
        ],
    )


@add
def workday_danish_from_system_address() -> None:
    """A Danish interview sent by a hiring system's notification address; the interviewer is an attendee."""
    simple_invite(
        "workday_danish_from_system_address",
        source="Workday interview notification",
        prodid="-//Workday Inc//Workday//EN",
        user_tz="Europe/Copenhagen",
        zone=eu_zone("Europe/Copenhagen", "+0100", "+0200"),
        tzid="Europe/Copenhagen",
        uid="WD-INTERVIEW-7731-0042-20270105@myworkday.com",
        summary="Jobsamtale – Backend-udvikler hos Nordlys Energi",
        day="20270105",
        start="130000",
        end="140000",
        organizer=("Nordlys Energi", "nordlysenergi@myworkday.com"),
        guests=(("Anders And", "anders.and@nordlysenergi.example"),),
        desc="Kære Maya\\, du er inviteret til jobsamtale. Svar venligst ikke på denne mail.",
        style="plain",
        utc=("2027-01-05T12:00:00Z", "2027-01-05T13:00:00Z"),
        company="Nordlys Energi",
        role="Backend-udvikler",
        hosts=("anders.and@nordlysenergi.example",),
    )


@add
def smartrecruiters_finnish_slash() -> None:
    """SmartRecruiters-style Finnish interview: "kind: role / company"."""
    simple_invite(
        "smartrecruiters_finnish_slash",
        source="SmartRecruiters invite",
        prodid="-//SmartRecruiters//Interview Scheduler//EN",
        user_tz="Europe/Helsinki",
        zone=eu_zone("Europe/Helsinki", "+0200", "+0300", "EET", "EEST"),
        tzid="Europe/Helsinki",
        uid="sr-9a8b7c6d-5e4f-3a2b-1c0d@smartrecruiters.com",
        summary="Työhaastattelu: Ohjelmistokehittäjä / Revontuli Oy",
        day="20270108",
        start="100000",
        end="110000",
        organizer=("Matti Meikäläinen", "matti.meikalainen@revontuli.example"),
        guests=(("Matti Meikäläinen", "matti.meikalainen@revontuli.example"),),
        desc="Hei Maya\\, tervetuloa haastatteluun toimistollemme.",
        style="plain",
        utc=("2027-01-08T08:00:00Z", "2027-01-08T09:00:00Z"),
        company="Revontuli Oy",
        role="Ohjelmistokehittäjä",
        hosts=("matti.meikalainen@revontuli.example",),
    )


@add
def personio_german_second_talk() -> None:
    """Personio-style German second interview organised by the company's jobs mailbox."""
    simple_invite(
        "personio_german_second_talk",
        source="Personio invite",
        prodid="-//Personio GmbH//Recruiting//DE",
        user_tz="Europe/Zurich",
        zone=eu_zone("Europe/Zurich", "+0100", "+0200"),
        tzid="Europe/Zurich",
        uid="personio-interview-55318-2@alpengluehen.example",
        summary="Zweitgespräch – Produktmanagerin – Alpenglühen GmbH",
        day="20270106",
        start="150000",
        end="160000",
        organizer=("Alpenglühen GmbH Recruiting", "jobs@alpengluehen.example"),
        guests=(("Erika Mustermann", "erika.mustermann@alpengluehen.example"),),
        desc="Hallo Maya\\, im Zweitgespräch lernst du Erika aus dem Produktteam kennen.",
        style="plain",
        utc=("2027-01-06T14:00:00Z", "2027-01-06T15:00:00Z"),
        company="Alpenglühen GmbH",
        role="Produktmanagerin",
        hosts=("erika.mustermann@alpengluehen.example", "jobs@alpengluehen.example"),
    )


@add
def teamtailor_romanian() -> None:
    """Teamtailor-style Romanian technical interview."""
    simple_invite(
        "teamtailor_romanian",
        source="Teamtailor invite",
        prodid="-//Teamtailor//Meetings//EN",
        user_tz="Europe/Bucharest",
        zone=eu_zone("Europe/Bucharest", "+0200", "+0300", "EET", "EEST"),
        tzid="Europe/Bucharest",
        uid="tt-meeting-3f9e1d7c@teamtailor.com",
        summary="Interviu tehnic – Inginer QA – Carpați Digital",
        day="20270111",
        start="120000",
        end="130000",
        organizer=("Ion Popescu", "ion.popescu@carpatidigital.example"),
        guests=(),
        desc="Bună Maya\\, ne vedem pe Google Meet: https://meet.google.com/ryx-kpeh-twa",
        style="plain",
        utc=("2027-01-11T10:00:00Z", "2027-01-11T11:00:00Z"),
        company="Carpați Digital",
        role="Inginer QA",
        hosts=("ion.popescu@carpatidigital.example",),
    )


@add
def recruitee_hungarian() -> None:
    """Recruitee-style Hungarian job interview."""
    simple_invite(
        "recruitee_hungarian",
        source="Recruitee invite",
        prodid="-//Recruitee//Interviews//EN",
        user_tz="Europe/Budapest",
        zone=eu_zone("Europe/Budapest", "+0100", "+0200"),
        tzid="Europe/Budapest",
        uid="recruitee-event-81234@recruitee.com",
        summary="Állásinterjú – Frontend fejlesztő – Duna Systems",
        day="20261202",
        start="140000",
        end="150000",
        organizer=("Gipsz Jakab", "gipsz.jakab@dunasystems.example"),
        guests=(("John Smith", "john.smith@dunasystems.example"),),
        desc="Kedves Maya\\, várunk az irodánkban.",
        style="plain",
        utc=("2026-12-02T13:00:00Z", "2026-12-02T14:00:00Z"),
        company="Duna Systems",
        role="Frontend fejlesztő",
        hosts=("gipsz.jakab@dunasystems.example", "john.smith@dunasystems.example"),
    )


@add
def bamboohr_greek() -> None:
    """BambooHR-style Greek interview."""
    simple_invite(
        "bamboohr_greek",
        source="BambooHR invite",
        prodid="-//BambooHR//ATS//EN",
        user_tz="Europe/Athens",
        zone=eu_zone("Europe/Athens", "+0200", "+0300", "EET", "EEST"),
        tzid="Europe/Athens",
        uid="bhr-interview-4471@aegeancloud.bamboohr.com",
        summary="Συνέντευξη – Μηχανικός Λογισμικού – Aegean Cloud",
        day="20261203",
        start="120000",
        end="130000",
        organizer=("Giannis Papadopoulos", "giannis.papadopoulos@aegeancloud.example"),
        guests=(),
        desc="Γεια σας Maya\\, ανυπομονούμε να σας γνωρίσουμε.",
        style="plain",
        utc=("2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z"),
        company="Aegean Cloud",
        role="Μηχανικός Λογισμικού",
        hosts=("giannis.papadopoulos@aegeancloud.example",),
    )


@add
def gem_korean_bracketed_company() -> None:
    """Gem-scheduled Korean first-round interview with the company in square brackets."""
    simple_invite(
        "gem_korean_bracketed_company",
        source="Gem via Google Calendar invite",
        prodid=GOOGLE,
        user_tz="Asia/Seoul",
        zone=fixed_zone("Asia/Seoul", "+0900", "KST"),
        tzid="Asia/Seoul",
        uid="gem-3c5e7a9b1d@google.com",
        summary="[Hanbit Soft] 1차 면접 - 백엔드 개발자",
        day="20261210",
        start="100000",
        end="110000",
        organizer=("홍길동", "hong.gildong@hanbitsoft.example"),
        guests=(("홍길동", "hong.gildong@hanbitsoft.example"),),
        desc=f"안녕하세요 Maya님\\, 1차 면접 일정 안내드립니다.\\n\\n{MEET}",
        style="google",
        utc=("2026-12-10T01:00:00Z", "2026-12-10T02:00:00Z"),
        company="Hanbit Soft",
        role="백엔드 개발자",
        hosts=("hong.gildong@hanbitsoft.example",),
    )


@add
def modernloop_chinese() -> None:
    """ModernLoop-scheduled Chinese interview: "面试：role – company"."""
    simple_invite(
        "modernloop_chinese",
        source="ModernLoop via Google Calendar invite",
        prodid=GOOGLE,
        user_tz="Asia/Shanghai",
        zone=fixed_zone("Asia/Shanghai", "+0800", "CST"),
        tzid="Asia/Shanghai",
        uid="ml-5b9d1f3a7c@google.com",
        summary="面试：后端工程师 – 翡翠河科技",
        day="20261211",
        start="150000",
        end="160000",
        organizer=("张三", "zhang.san@jaderiver.example"),
        guests=(("张三", "zhang.san@jaderiver.example"), ("John Smith", "john.smith@jaderiver.example")),
        desc=f"Maya 您好，本轮为技术面试。\\n\\n{MEET}",
        style="google",
        utc=("2026-12-11T07:00:00Z", "2026-12-11T08:00:00Z"),
        company="翡翠河科技",
        role="后端工程师",
        hosts=("john.smith@jaderiver.example", "zhang.san@jaderiver.example"),
    )


@add
def paradox_assistant_organises_store_interview() -> None:
    """A conversational hiring assistant's no-reply address organises the interview with a store manager."""
    simple_invite(
        "paradox_assistant_organises_store_interview",
        source="Paradox-style assistant invite",
        prodid="-//Paradox//Olivia Scheduling//EN",
        user_tz="America/Denver",
        zone=us_zone("America/Denver", "-0700", "-0600", "MST", "MDT"),
        tzid="America/Denver",
        uid="olivia-sched-61f0c2@paradox.ai",
        summary="Interview with Harbor Coffee Company – Shift Supervisor",
        day="20261212",
        start="090000",
        end="093000",
        organizer=("Olivia", "no-reply@paradox.ai"),
        guests=(("Raj Patel", "raj.patel@harborcoffee.example"),),
        desc="Hi Maya! Your interview with Raj (store manager) is confirmed. Reply STOP to opt out of texts.",
        style="plain",
        utc=("2026-12-12T16:00:00Z", "2026-12-12T16:30:00Z"),
        company="Harbor Coffee Company",
        role="Shift Supervisor",
        hosts=("raj.patel@harborcoffee.example",),
    )


@add
def hirevue_live_interview_from_no_reply() -> None:
    """A live video interview sent from a hiring platform's no-reply address; the tool's name leads the title."""
    simple_invite(
        "hirevue_live_interview_from_no_reply",
        source="HireVue live interview invite",
        prodid="-//HireVue//Scheduling//EN",
        user_tz="America/Toronto",
        zone=us_zone("America/Toronto", "-0500", "-0400", "EST", "EDT"),
        tzid="America/Toronto",
        uid="hv-live-2c7e9a41b3d5@hirevue.com",
        summary="HireVue Live Interview: Customer Success Manager – Quill Insurance",
        day="20270107",
        start="100000",
        end="104500",
        organizer=("HireVue", "no-reply@hirevue.com"),
        guests=(("John Smith", "john.smith@quillinsurance.example"),),
        desc="You have been scheduled for a live interview with John Smith.\\nJoin: https://app.hirevue.com/live/2c7e9a41",
        style="plain",
        utc=("2027-01-07T15:00:00Z", "2027-01-07T15:45:00Z"),
        company="Quill Insurance",
        role="Customer Success Manager",
        hosts=("john.smith@quillinsurance.example",),
    )


@add
def calcom_take_home_review() -> None:
    """A Cal.com booking to review the user's take-home assignment; the company comes first."""
    uid = "calcom-8dVq2nXw4pLz7tYb@cal.com"
    body = event(
        uid,
        "Brightpath take-home review: Maya Example",
        ":20261218T170000Z",
        ":20261218T180000Z",
        org("jane.doe@brightpath.example", "Jane Doe"),
        att(MAYA, "Maya Example", partstat="ACCEPTED", style="plain"),
        "DESCRIPTION:What: Brightpath take-home review\\nInvitee time zone: Europe/Berlin\\n"
        "Where: https://app.cal.com/video/8dVq2nXw4pLz7tYb\\nNeed to reschedule or cancel? https://cal.com/booking/8dVq2nXw4pLz7tYb",
        "LOCATION:Cal Video",
        "STATUS:CONFIRMED",
    )
    case(
        "calcom_take_home_review",
        "Cal.com booking",
        "Europe/Berlin",
        [vcal("-//Cal.com Inc.//Cal.com Event//EN", body, method="REQUEST")],
        [
            occ(
                uid,
                "2026-12-18T17:00:00Z",
                "2026-12-18T18:00:00Z",
                who=("jane.doe@brightpath.example",),
                company="Brightpath",
                role="",
            )
        ],
    )


@add
def webex_pairing_crossing_midnight_utc() -> None:
    """A Webex pairing session in Sydney summer time, which falls on the previous day in UTC."""
    tz = [
        "BEGIN:VTIMEZONE",
        "TZID:Australia/Sydney",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+1100",
        "TZOFFSETTO:+1000",
        "TZNAME:AEST",
        "DTSTART:19700405T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+1000",
        "TZOFFSETTO:+1100",
        "TZNAME:AEDT",
        "DTSTART:19701004T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]
    uid = "7e1a3c5b9d2f@webex.com"
    body = event(
        uid,
        "Pairing session - Senior Go Developer - Ironbark Systems",
        ";TZID=Australia/Sydney:20270112T100000",
        ";TZID=Australia/Sydney:20270112T113000",
        org("jane.doe@ironbark.example", "Jane Doe"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True, style="plain"),
        att("raj.patel@ironbark.example", "Raj Patel", style="plain"),
        "DESCRIPTION:Join Webex meeting: https://ironbark.webex.com/meet/jane.doe\\nMeeting number: 2550 118 4401",
        "LOCATION:https://ironbark.webex.com/meet/jane.doe",
        "STATUS:CONFIRMED",
    )
    case(
        "webex_pairing_crossing_midnight_utc",
        "Webex invite",
        "Australia/Sydney",
        [vcal("-//Cisco//Webex Meetings//EN", tz, body, method="REQUEST")],
        [
            occ(
                uid,
                "2027-01-11T23:00:00Z",
                "2027-01-12T00:30:00Z",
                who=("jane.doe@ironbark.example", "raj.patel@ironbark.example"),
                company="Ironbark Systems",
                role="Senior Go Developer",
            )
        ],
    )


@add
def google_meet_the_team_with_users_name() -> None:
    """A Dutch "meet the team" afternoon, titled with the user's name and company after "bij"."""
    simple_invite(
        "google_meet_the_team_with_users_name",
        source="Google Calendar invite",
        prodid=GOOGLE,
        user_tz="Europe/Amsterdam",
        zone=eu_zone("Europe/Amsterdam", "+0100", "+0200"),
        tzid="Europe/Amsterdam",
        uid="4r6t8y0u2i3o5p7a9s1d3f5g7h@google.com",
        summary="Maya Example – kennismaking met het team – Scrum Master bij Tulip Logistics",
        day="20261222",
        start="140000",
        end="153000",
        organizer=("Jan Jansen", "jan.jansen@tuliplogistics.example"),
        guests=(
            ("Jan Jansen", "jan.jansen@tuliplogistics.example"),
            ("Raj Patel", "raj.patel@tuliplogistics.example"),
        ),
        desc=f"Hoi Maya\\, laatste ronde: je maakt kennis met het team.\\n\\n{MEET}",
        style="google",
        utc=("2026-12-22T13:00:00Z", "2026-12-22T14:30:00Z"),
        company="Tulip Logistics",
        role="Scrum Master",
        hosts=("jan.jansen@tuliplogistics.example", "raj.patel@tuliplogistics.example"),
    )


@add
def evolution_style_zone_path_spanish() -> None:
    """A final interview written in a VTIMEZONE whose TZID is a path-like label (Evolution's style)."""
    tzid = "/freeassociation.sourceforge.net/Europe/Madrid"
    simple_invite(
        "evolution_style_zone_path_spanish",
        source="Evolution invite",
        prodid="-//Ximian//NONSGML Evolution Calendar//EN",
        user_tz="Europe/Madrid",
        zone=eu_zone(tzid, "+0100", "+0200"),
        tzid=tzid,
        uid="20261130T101500Z-4411-1000-2271-0@maya-laptop",
        summary="Entrevista final - Diseñador UX - Olivo Studio",
        day="20270115",
        start="100000",
        end="110000",
        organizer=("Juan Pérez", "juan.perez@olivostudio.example"),
        guests=(),
        desc="Hola Maya\\, te esperamos en la oficina de Madrid.",
        style="plain",
        utc=("2027-01-15T09:00:00Z", "2027-01-15T10:00:00Z"),
        company="Olivo Studio",
        role="Diseñador UX",
        hosts=("juan.perez@olivostudio.example",),
    )


@add
def zoom_coffee_chat_with_recruiter() -> None:
    """A Zoom-generated invite for a coffee chat with a recruiter."""
    simple_invite(
        "zoom_coffee_chat_with_recruiter",
        source="Zoom invite",
        prodid="-//zoom.us//iCalendar Event//EN",
        user_tz="America/New_York",
        zone=us_zone("America/New_York", "-0500", "-0400", "EST", "EDT"),
        tzid="America/New_York",
        uid="ZOOM5550187734@zoom.us",
        summary="Coffee chat with recruiter | Lantern Health | Product Analyst",
        day="20270106",
        start="110000",
        end="113000",
        organizer=("Raj Patel", "raj.patel@lanternhealth.example"),
        guests=(),
        desc="Raj Patel is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\n"
        "https://zoom.us/j/5550187734?pwd=Qk1xT2\\n\\nMeeting ID: 555 018 7734",
        style="plain",
        utc=("2027-01-06T16:00:00Z", "2027-01-06T16:30:00Z"),
        company="Lantern Health",
        role="Product Analyst",
        hosts=("raj.patel@lanternhealth.example",),
    )


@add
def thunderbird_self_typed_interview() -> None:
    """An interview the user typed into Thunderbird herself: no organizer, role first, "at" before the company."""
    tz = [
        "BEGIN:VTIMEZONE",
        "TZID:Pacific/Auckland",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+1200",
        "TZOFFSETTO:+1300",
        "TZNAME:NZDT",
        "DTSTART:19700927T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=9",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+1300",
        "TZOFFSETTO:+1200",
        "TZNAME:NZST",
        "DTSTART:19700405T030000",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    uid = "3b8f1e2a-6c4d-4a9b-8e7f-0d1c2b3a4f5e"
    body = event(
        uid,
        "Data Analyst interview at Kiwi Freight (final round)",
        ";TZID=Pacific/Auckland:20270120T140000",
        ";TZID=Pacific/Auckland:20270120T150000",
        "CREATED:20261201T043000Z",
        "LAST-MODIFIED:20261201T043000Z",
        "LOCATION:Kiwi Freight\\, 12 Example Quay\\, Auckland",
        "X-MOZ-GENERATION:1",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DURATION:-PT1H",
        "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
    )
    case(
        "thunderbird_self_typed_interview",
        "Thunderbird calendar export",
        "Pacific/Auckland",
        [vcal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tz, body)],
        [
            occ(
                uid,
                "2027-01-20T01:00:00Z",
                "2027-01-20T02:00:00Z",
                who=(),
                company="Kiwi Freight",
                role="Data Analyst",
            )
        ],
    )


@add
def google_cancelled_phone_screen() -> None:
    """Google's cancellation of a phone screen: same title, STATUS:CANCELLED."""
    uid = "5g7h9j1k3l5z7x9c1v3b5n7m9q@google.com"
    tz = eu_zone("Europe/Dublin", "+0000", "+0100", "GMT", "IST")
    guests = [
        att(MAYA, "Maya Example", partstat="ACCEPTED"),
        att("jane.doe@ospreypayments.example", "Jane Doe"),
    ]
    case(
        "google_cancelled_phone_screen",
        "Google Calendar cancellation",
        "Europe/Dublin",
        [
            google_invite(
                uid,
                "Phone screen – Osprey Payments – Support Engineer",
                ";TZID=Europe/Dublin:20261209T120000",
                ";TZID=Europe/Dublin:20261209T123000",
                ("Jane Doe", "jane.doe@ospreypayments.example"),
                guests,
                tz=tz,
                method="CANCEL",
                seq=1,
                status="CANCELLED",
            )
        ],
        [
            occ(
                uid,
                "2026-12-09T12:00:00Z",
                "2026-12-09T12:30:00Z",
                cancelled=True,
                who=("jane.doe@ospreypayments.example",),
                company="Osprey Payments",
                role="Support Engineer",
            )
        ],
    )


@add
def google_series_interview_practice() -> None:
    """Weekly interview practice with a mentor: one week skipped (EXDATE), one moved (override)."""
    uid = "6y8u0i2o4p6a8s0d2f4g6h8j0k@google.com"
    people = [
        org(MAYA, "Maya Example"),
        att(MAYA, "Maya Example"),
        att("raj.patel.mentor@gmail.com", "Raj Patel"),
    ]
    master = event(
        uid,
        "Interview practice with Raj",
        ";TZID=Europe/Berlin:20261203T180000",
        ";TZID=Europe/Berlin:20261203T190000",
        "RRULE:FREQ=WEEKLY;COUNT=5;BYDAY=TH",
        "EXDATE;TZID=Europe/Berlin:20261224T180000",
        *people,
        "DESCRIPTION:Mock interviews: behavioural questions and one system design prompt.",
    )
    moved = event(
        uid,
        "Interview practice with Raj",
        ";TZID=Europe/Berlin:20261217T190000",
        ";TZID=Europe/Berlin:20261217T200000",
        "RECURRENCE-ID;TZID=Europe/Berlin:20261217T180000",
        *people,
        seq=1,
    )
    case(
        "google_series_interview_practice",
        "Google Calendar export",
        "Europe/Berlin",
        [
            vcal(
                GOOGLE,
                BERLIN,
                master,
                moved,
                method="PUBLISH",
                head=("X-WR-CALNAME:Maya", "X-WR-TIMEZONE:Europe/Berlin"),
            )
        ],
        [
            occ(uid, "2026-12-03T17:00:00Z", "2026-12-03T18:00:00Z", rid="20261203T170000Z", interview=False),
            occ(uid, "2026-12-10T17:00:00Z", "2026-12-10T18:00:00Z", rid="20261210T170000Z", interview=False),
            occ(uid, "2026-12-17T18:00:00Z", "2026-12-17T19:00:00Z", rid="20261217T170000Z", interview=False),
            occ(uid, "2026-12-31T17:00:00Z", "2026-12-31T18:00:00Z", rid="20261231T170000Z", interview=False),
        ],
    )


@add
def exchange_export_review_and_one_on_ones() -> None:
    """The user's work calendar: her performance review and a fortnightly 1:1 with one week skipped."""
    tz = ms_eu_zone("W. Europe Standard Time", "+0100", "+0200")
    review = "040000008200E00074C5B7101A82E0080000000033445566778EDB01000000000000000010000000010203040506"
    series = "040000008200E00074C5B7101A82E00800000000445566778899EDB0100000000000000001000000060708090A0B0"
    boss = [org("john.smith@example.org", "John Smith"), att(MAYA, "Maya Example", style="exchange")]
    events = [
        event(
            review,
            "Performance review 2026 – Maya",
            ";TZID=W. Europe Standard Time:20261209T140000",
            ";TZID=W. Europe Standard Time:20261209T150000",
            *boss,
            "STATUS:CONFIRMED",
        ),
        event(
            series,
            "1:1 Maya / John",
            ";TZID=W. Europe Standard Time:20261201T160000",
            ";TZID=W. Europe Standard Time:20261201T163000",
            "RRULE:FREQ=WEEKLY;COUNT=4;INTERVAL=2;BYDAY=TU;WKST=MO",
            "EXDATE;TZID=W. Europe Standard Time:20261229T160000",
            *boss,
            "STATUS:CONFIRMED",
        ),
    ]
    case(
        "exchange_export_review_and_one_on_ones",
        "Exchange Online calendar export",
        "Europe/Berlin",
        [vcal(EXCHANGE, tz, *events, method="PUBLISH")],
        [
            occ(review, "2026-12-09T13:00:00Z", "2026-12-09T14:00:00Z", interview=False),
            occ(
                series,
                "2026-12-01T15:00:00Z",
                "2026-12-01T15:30:00Z",
                rid="20261201T150000Z",
                interview=False,
            ),
            occ(
                series,
                "2026-12-15T15:00:00Z",
                "2026-12-15T15:30:00Z",
                rid="20261215T150000Z",
                interview=False,
            ),
            occ(
                series,
                "2027-01-12T15:00:00Z",
                "2027-01-12T15:30:00Z",
                rid="20270112T150000Z",
                interview=False,
            ),
        ],
    )


@add
def exit_interview_at_users_employer() -> None:
    """HR at the user's employer books her exit interview."""
    uid = "1z3x5c7v9b2n4m6q8w0e2r4t6y@google.com"
    body = event(
        uid,
        "Exit interview – Maya Example",
        ";TZID=Europe/Berlin:20261229T110000",
        ";TZID=Europe/Berlin:20261229T113000",
        org("people@example.org", "People Team"),
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION", rsvp=True),
        att("people@example.org", "People Team"),
        "DESCRIPTION:A short conversation about your time with us before your last day.",
        "STATUS:CONFIRMED",
    )
    case(
        "exit_interview_at_users_employer",
        "Google Calendar invite",
        "Europe/Berlin",
        [vcal(GOOGLE, BERLIN, body, method="REQUEST")],
        [occ(uid, "2026-12-29T10:00:00Z", "2026-12-29T10:30:00Z", interview=False)],
    )


@add
def customer_research_interviews_run_by_user() -> None:
    """The user runs customer research interviews for her product team."""
    tz = ms_eu_zone("W. Europe Standard Time", "+0100", "+0200")
    uid = "040000008200E00074C5B7101A82E0080000000055667788990EDB010000000000000000100000000C0D0E0F1011"
    body = event(
        uid,
        "User interview – onboarding study (participant 4)",
        ";TZID=W. Europe Standard Time:20261202T110000",
        ";TZID=W. Europe Standard Time:20261202T114500",
        org(MAYA, "Maya Example"),
        att("participant4@clientco.example", "Participant 4", partstat="ACCEPTED", style="exchange"),
        att("jane.doe@example.org", "Jane Doe", role="OPT-PARTICIPANT", style="exchange"),
        "DESCRIPTION;LANGUAGE=en-US:Thanks for helping us improve onboarding! 45 minutes\\, "
        f"recorded with consent.\\n\\n{TEAMS}",
        "STATUS:CONFIRMED",
    )
    case(
        "customer_research_interviews_run_by_user",
        "Outlook invite",
        "Europe/Berlin",
        [vcal(OUTLOOK, tz, body, method="REQUEST")],
        [occ(uid, "2026-12-02T10:00:00Z", "2026-12-02T10:45:00Z", interview=False)],
    )


@add
def podcast_recording_interviewing_user() -> None:
    """A podcast host books the user as a guest."""
    uid = "podcast-ep-88-maya@datatalkspod.example"
    body = event(
        uid,
        "Podcast recording: Careers in Data (interview with Maya)",
        ":20261214T170000Z",
        ":20261214T180000Z",
        org("host@datatalkspod.example", "Data Talks Podcast"),
        att(MAYA, "Maya Example", partstat="ACCEPTED", style="plain"),
        "DESCRIPTION:Recording on Riverside: https://riverside.fm/studio/data-talks\\nEpisode 88.",
        "STATUS:CONFIRMED",
    )
    case(
        "podcast_recording_interviewing_user",
        "Fastmail calendar export",
        "Europe/Berlin",
        [vcal("-//Fastmail/2020.5/EN", body)],
        [occ(uid, "2026-12-14T17:00:00Z", "2026-12-14T18:00:00Z", interview=False)],
    )


@add
def mock_interview_from_practice_platform() -> None:
    """A peer mock interview booked on a practice platform, sent from its no-reply address."""
    uid = "mock-20261206-a7c1@mockprep.example"
    body = event(
        uid,
        "Mock Interview: Data Structures & Algorithms",
        ":20261206T150000Z",
        ":20261206T160000Z",
        org("no-reply@mockprep.example", "MockPrep"),
        att(MAYA, "Maya Example", partstat="ACCEPTED", style="plain"),
        "DESCRIPTION:Your peer practice session is confirmed. You will interview each other for 30 minutes.",
        "URL:https://mockprep.example/session/a7c1",
        "STATUS:CONFIRMED",
    )
    case(
        "mock_interview_from_practice_platform",
        "Practice platform booking",
        "Europe/Berlin",
        [vcal("-//MockPrep//Sessions//EN", body, method="REQUEST")],
        [occ(uid, "2026-12-06T15:00:00Z", "2026-12-06T16:00:00Z", interview=False)],
    )


def main() -> None:
    for add in ADDERS:
        add()
    for stale in HERE.glob("*.ics"):
        stale.unlink()
    for stale in HERE.glob("*.expected.json"):
        stale.unlink()
    for name, text, expected in CASES:
        (HERE / f"{name}.ics").write_bytes(text.encode("utf-8"))
        body = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(body, encoding="utf-8")
    print(f"{len(CASES)} calendars, {sum(len(e['events']) for _, _, e in CASES)} occurrences")


if __name__ == "__main__":
    main()
