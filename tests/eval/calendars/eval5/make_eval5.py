"""Writes the fifth held-out calendar set (eval5): each NAME.ics with its hand-typed NAME.expected.json."""
# ruff: noqa: E501 (calendar content lines are kept as clients write them)

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ME = "maya@example.org"
WINDOW = ["2027-01-11T00:00:00Z", "2027-03-01T00:00:00Z"]
STAMP = "DTSTAMP:20270104T120000Z"


def fold(line: str) -> str:
    """Folds one content line at 75 octets without splitting a UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = 75 if not out else 74
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def eu_zone(tzid: str, std: str, dst: str, std_name: str, dst_name: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{std_name}
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{dst_name}
END:DAYLIGHT
END:VTIMEZONE"""


def fixed_zone(tzid: str, offset: str, name: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:{offset}
TZOFFSETTO:{offset}
TZNAME:{name}
END:STANDARD
END:VTIMEZONE"""


def cal(prodid: str, body: str, *, method: str = "", extra: str = "") -> str:
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    if extra:
        head.append(extra)
    return "\n".join(head) + "\n" + body.strip("\n") + "\nEND:VCALENDAR\n"


def occ(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool = True,
    people: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
    rid: str = "",
    cancelled: bool = False,
) -> dict[str, object]:
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


CASES: list[tuple[str, str, str, str, list[dict[str, object]]]] = []


def case(name: str, source: str, tz: str, text: str, *events: dict[str, object]) -> None:
    CASES.append((name, source, tz, text, list(events)))


BERLIN = eu_zone("W. Europe Standard Time", "+0100", "+0200", "Standard Time", "Daylight Time")

# --- Google Calendar -------------------------------------------------------------------------------------------
case(
    "google_invite_phone_screen_user_name",
    "Google Calendar invite (REQUEST, Meet link)",
    "America/New_York",
    cal(
        "-//Google Inc//Google Calendar 70.9054//EN",
        f"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20270114T100000
DTEND;TZID=America/New_York:20270114T103000
{STAMP}
ORGANIZER;CN=Jane Doe:mailto:jane.doe@northwindlabs.example
UID:5c0d1e2f3a4b5c6d7e8f9a0b1c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jane Doe;X-NUM-GUESTS=0:mailto:jane.doe@northwindlabs.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maya@example.org;X-NUM-GUESTS=0:mailto:maya@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij
DESCRIPTION:Hi Maya\\, looking forward to our chat!\\n\\nJoin with Google Meet: https://meet.google.com/abc-defg-hij
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone screen: Maya Example <> Northwind Labs
TRANSP:OPAQUE
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "5c0d1e2f3a4b5c6d7e8f9a0b1c@google.com",
        "2027-01-14T15:00:00Z",
        "2027-01-14T15:30:00Z",
        people=("jane.doe@northwindlabs.example",),
        company="Northwind Labs",
    ),
)

case(
    "google_export_window_edge_and_old_event",
    "Google Calendar export (X-WR-TIMEZONE, event crossing the window start)",
    "America/New_York",
    cal(
        "-//Google Inc//Google Calendar 70.9054//EN",
        f"""BEGIN:VEVENT
DTSTART:20270110T233000Z
DTEND:20270111T003000Z
{STAMP}
ORGANIZER;CN=Pebblebrook Talent:mailto:talent@pebblebrook.example
UID:7q1w2e3r4t5y6u7i8o9p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kenji Sato:mailto:kenji.sato@pebblebrook.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pebblebrook Talent:mailto:talent@pebblebrook.example
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Senior iOS Engineer — final interview — Pebblebrook
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART:20270105T150000Z
DTEND:20270105T153000Z
{STAMP}
UID:0a9s8d7f6g5h4j3k2l1@google.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Recruiter call - Pebblebrook
TRANSP:OPAQUE
END:VEVENT""",
        extra="X-WR-CALNAME:maya@example.org\nX-WR-TIMEZONE:America/New_York",
    ),
    occ(
        "7q1w2e3r4t5y6u7i8o9p@google.com",
        "2027-01-10T23:30:00Z",
        "2027-01-11T00:30:00Z",
        people=("kenji.sato@pebblebrook.example", "talent@pebblebrook.example"),
        company="Pebblebrook",
        role="Senior iOS Engineer",
    ),
)

case(
    "google_group_calendar_meet_the_team",
    "Google Calendar invite with a group and a room resource",
    "Europe/Berlin",
    cal(
        "-//Google Inc//Google Calendar 70.9054//EN",
        f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270203T130000
DTEND;TZID=Europe/Berlin:20270203T141500
{STAMP}
ORGANIZER;CN=Lindenhof Recruiting:mailto:recruiting@lindenhof.example
UID:3m4n5b6v7c8x9z0a1s2d@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=platform-team:mailto:platform-team@lindenhof.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Berlin-3-Spree (8) [TV]:mailto:c_1884abcd1234@resource.calendar.google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raj Patel:mailto:raj.patel@lindenhof.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lindenhof Recruiting:mailto:recruiting@lindenhof.example
LOCATION:Berlin-3-Spree (8) [TV]
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meet the team · Platform Engineer · Lindenhof
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "3m4n5b6v7c8x9z0a1s2d@google.com",
        "2027-02-03T12:00:00Z",
        "2027-02-03T13:15:00Z",
        people=("raj.patel@lindenhof.example", "recruiting@lindenhof.example"),
        company="Lindenhof",
        role="Platform Engineer",
    ),
)

case(
    "google_series_one_to_one_exdate_override",
    "Google Calendar export: weekly 1:1 with EXDATE and a moved occurrence",
    "Europe/Berlin",
    cal(
        "-//Google Inc//Google Calendar 70.9054//EN",
        f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270112T093000
DTEND;TZID=Europe/Berlin:20270112T100000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4
EXDATE;TZID=Europe/Berlin:20270119T093000
{STAMP}
ORGANIZER;CN=Jane Doe:mailto:jane.doe@currentco.example
UID:1on1-maya-jane-2027@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Jane Doe:mailto:jane.doe@currentco.example
SUMMARY:Maya / Jane 1:1
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270127T110000
DTEND;TZID=Europe/Berlin:20270127T113000
RECURRENCE-ID;TZID=Europe/Berlin:20270126T093000
{STAMP}
ORGANIZER;CN=Jane Doe:mailto:jane.doe@currentco.example
UID:1on1-maya-jane-2027@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Jane Doe:mailto:jane.doe@currentco.example
SEQUENCE:1
SUMMARY:Maya / Jane 1:1 (moved - performance review prep)
END:VEVENT""",
        extra="X-WR-TIMEZONE:Europe/Berlin",
    ),
    occ(
        "1on1-maya-jane-2027@google.com",
        "2027-01-12T08:30:00Z",
        "2027-01-12T09:00:00Z",
        interview=False,
        rid="20270112T083000Z",
    ),
    occ(
        "1on1-maya-jane-2027@google.com",
        "2027-01-27T10:00:00Z",
        "2027-01-27T10:30:00Z",
        interview=False,
        rid="20270126T083000Z",
    ),
    occ(
        "1on1-maya-jane-2027@google.com",
        "2027-02-02T08:30:00Z",
        "2027-02-02T09:00:00Z",
        interview=False,
        rid="20270202T083000Z",
    ),
)

# --- Exchange / Outlook 365 ------------------------------------------------------------------------------------
case(
    "outlook365_teams_de_room",
    "Outlook 365 invite (Windows zone with VTIMEZONE, Teams, room)",
    "Europe/Berlin",
    cal(
        "Microsoft Exchange Server 2010",
        f"""{BERLIN}
BEGIN:VEVENT
ORGANIZER;CN=Raj Patel:mailto:raj.patel@brueckner-logistik.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sabine Krüger:mailto:sabine.krueger@brueckner-logistik.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=BER-Besprechungsraum Elbe:mailto:ber-elbe@brueckner-logistik.example
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Example\\,\\n\\nwir freuen uns auf das Gespräch.\\n\\n____\\nMicrosoft Teams-Besprechung\\nÜber Computer oder mobile App teilnehmen\\nKlicken Sie hier\\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0>\\n____
UID:040000008200E00074C5B7101A82E008000000003A1B2C3D4E5FD901000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Backend-Entwicklerin | Brückner Logistik
DTSTART;TZID=W. Europe Standard Time:20270119T140000
DTEND;TZID=W. Europe Standard Time:20270119T150000
CLASS:PUBLIC
PRIORITY:5
{STAMP}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung; BER-Besprechungsraum Elbe
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "040000008200E00074C5B7101A82E008000000003A1B2C3D4E5FD901000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        "2027-01-19T13:00:00Z",
        "2027-01-19T14:00:00Z",
        people=("raj.patel@brueckner-logistik.example", "sabine.krueger@brueckner-logistik.example"),
        company="Brückner Logistik",
        role="Backend-Entwicklerin",
    ),
)

case(
    "outlook_windows_zone_no_vtimezone_fr",
    "Outlook desktop invite (Romance Standard Time without VTIMEZONE)",
    "Europe/Paris",
    cal(
        "Microsoft Exchange Server 2010",
        f"""BEGIN:VEVENT
ORGANIZER;CN="Recrutement Lumière":mailto:recrutement@lumiere-assurances.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Durand:mailto:camille.durand@lumiere-assurances.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=DECLINED;RSVP=TRUE;CN=Hugo Martin:mailto:hugo.martin@lumiere-assurances.example
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5D901000000000000000010000000FEDCBA9876543210
SUMMARY;LANGUAGE=fr-FR:Entretien technique - Ingénieure données - Lumière Assurances
DTSTART;TZID=Romance Standard Time:20270121T093000
DTEND;TZID=Romance Standard Time:20270121T103000
{STAMP}
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5D901000000000000000010000000FEDCBA9876543210",
        "2027-01-21T08:30:00Z",
        "2027-01-21T09:30:00Z",
        people=("camille.durand@lumiere-assurances.example", "recrutement@lumiere-assurances.example"),
        company="Lumière Assurances",
        role="Ingénieure données",
    ),
)

EX_CANCEL_UID = "040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9D901000000000000000010000000CAFEBABE0001"
EX_CANCEL_BODY = (
    """ORGANIZER;CN=Contoso Freight Talent:mailto:talent@contosofreight.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ali Khan:mailto:ali.khan@contosofreight.example
DTSTART;TZID=Eastern Standard Time:20270127T130000
DTEND;TZID=Eastern Standard Time:20270127T150000
UID:"""
    + EX_CANCEL_UID
)
case(
    "exchange_request_then_cancel_stream",
    "Exchange iTIP stream: REQUEST then CANCEL ('Canceled:' title), two VCALENDARs, Windows zone name only",
    "America/New_York",
    cal(
        "Microsoft Exchange Server 2010",
        f"""BEGIN:VEVENT
{EX_CANCEL_BODY}
SUMMARY;LANGUAGE=en-US:Final round interview - Staff Engineer - Contoso Freight
{STAMP}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    )
    + cal(
        "Microsoft Exchange Server 2010",
        f"""BEGIN:VEVENT
{EX_CANCEL_BODY}
SUMMARY;LANGUAGE=en-US:Canceled: Final round interview - Staff Engineer - Contoso Freight
DTSTAMP:20270120T090000Z
SEQUENCE:1
STATUS:CANCELLED
PRIORITY:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT""",
        method="CANCEL",
    ),
    occ(
        EX_CANCEL_UID,
        "2027-01-27T18:00:00Z",
        "2027-01-27T20:00:00Z",
        people=("ali.khan@contosofreight.example", "talent@contosofreight.example"),
        company="Contoso Freight",
        role="Staff Engineer",
        cancelled=True,
    ),
)

EX_MOVE_UID = "040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6D901000000000000000010000000AB12CD34EF56"
case(
    "exchange_update_moves_second_round",
    "Outlook 365 iTIP stream: REQUEST, then an updated REQUEST moving the time (GMT Standard Time)",
    "Europe/London",
    cal(
        "Microsoft Exchange Server 2010",
        f"""BEGIN:VEVENT
ORGANIZER;CN=Fjordline Careers:mailto:careers@fjordline.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ingrid Berg:mailto:ingrid.berg@fjordline.example
UID:{EX_MOVE_UID}
SUMMARY;LANGUAGE=en-GB:Second round: Product Designer @ Fjordline
DTSTART;TZID=GMT Standard Time:20270209T100000
DTEND;TZID=GMT Standard Time:20270209T110000
{STAMP}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    )
    + cal(
        "Microsoft Exchange Server 2010",
        f"""BEGIN:VEVENT
ORGANIZER;CN=Fjordline Careers:mailto:careers@fjordline.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ingrid Berg:mailto:ingrid.berg@fjordline.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tom Reyes:mailto:tom.reyes@fjordline.example
UID:{EX_MOVE_UID}
SUMMARY;LANGUAGE=en-GB:Second round: Product Designer @ Fjordline
DTSTART;TZID=GMT Standard Time:20270209T143000
DTEND;TZID=GMT Standard Time:20270209T153000
DTSTAMP:20270201T101500Z
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        EX_MOVE_UID,
        "2027-02-09T14:30:00Z",
        "2027-02-09T15:30:00Z",
        people=("careers@fjordline.example", "ingrid.berg@fjordline.example", "tom.reyes@fjordline.example"),
        company="Fjordline",
        role="Product Designer",
    ),
)

case(
    "exchange_team_sync_thisandfuture",
    "Outlook 365 weekly team sync, later occurrences moved with RANGE=THISANDFUTURE",
    "Europe/London",
    cal(
        "Microsoft Exchange Server 2010",
        f"""BEGIN:VEVENT
ORGANIZER;CN=Jane Doe:mailto:jane.doe@currentco.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6D901000000000000000010000000SYNC0001
SUMMARY;LANGUAGE=en-GB:Data team sync
DTSTART;TZID=GMT Standard Time:20270114T100000
DTEND;TZID=GMT Standard Time:20270114T103000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH
{STAMP}
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN=Jane Doe:mailto:jane.doe@currentco.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6D901000000000000000010000000SYNC0001
RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=GMT Standard Time:20270128T100000
SUMMARY;LANGUAGE=en-GB:Data team sync
DTSTART;TZID=GMT Standard Time:20270128T110000
DTEND;TZID=GMT Standard Time:20270128T113000
{STAMP}
SEQUENCE:1
END:VEVENT""",
    ),
    occ(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6D901000000000000000010000000SYNC0001",
        "2027-01-14T10:00:00Z",
        "2027-01-14T10:30:00Z",
        interview=False,
        rid="20270114T100000Z",
    ),
    occ(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6D901000000000000000010000000SYNC0001",
        "2027-01-21T10:00:00Z",
        "2027-01-21T10:30:00Z",
        interview=False,
        rid="20270121T100000Z",
    ),
    occ(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6D901000000000000000010000000SYNC0001",
        "2027-01-28T11:00:00Z",
        "2027-01-28T11:30:00Z",
        interview=False,
        rid="20270128T100000Z",
    ),
    occ(
        "040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6D901000000000000000010000000SYNC0001",
        "2027-02-04T11:00:00Z",
        "2027-02-04T11:30:00Z",
        interview=False,
        rid="20270204T100000Z",
    ),
)

case(
    "outlook_user_interviews_candidate",
    "Outlook 365 invite sent by the user to a candidate (the user hiring)",
    "Europe/London",
    cal(
        "Microsoft Exchange Server 2010",
        f"""BEGIN:VEVENT
ORGANIZER;CN=Maya Example:mailto:maya@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raj Patel:mailto:raj.patel@mailbox.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane Doe:mailto:jane.doe@currentco.example
UID:040000008200E00074C5B7101A82E00800000000F0F1F2F3F4F5D901000000000000000010000000HIRE0001
SUMMARY;LANGUAGE=en-GB:Interview: Raj Patel for Junior Data Analyst
DESCRIPTION;LANGUAGE=en-GB:Candidate interview for our open Junior Data Analyst role. CV attached in Workable.
DTSTART;TZID=GMT Standard Time:20270211T110000
DTEND;TZID=GMT Standard Time:20270211T120000
{STAMP}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "040000008200E00074C5B7101A82E00800000000F0F1F2F3F4F5D901000000000000000010000000HIRE0001",
        "2027-02-11T11:00:00Z",
        "2027-02-11T12:00:00Z",
        interview=False,
    ),
)

# --- iCloud, Nextcloud, Fastmail, Proton, Zoho, Thunderbird-like ------------------------------------------------
case(
    "icloud_floating_sv_intervju",
    "iCloud calendar export (floating times, no attendees)",
    "Europe/Stockholm",
    cal(
        "-//Apple Inc.//macOS 14.2//EN",
        f"""BEGIN:VEVENT
CREATED:20270104T081200Z
DTEND:20270126T110000
DTSTART:20270126T100000
{STAMP}
LAST-MODIFIED:20270104T081200Z
LOCATION:Solvik Energi\\nKungsgatan 12\\n111 43 Stockholm\\nSverige
SEQUENCE:0
SUMMARY:Intervju – Dataanalytiker – Solvik Energi
UID:6B1F0E3C-2D4A-4C8B-9E7F-1A2B3C4D5E6F
URL;VALUE=URI:
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Påminnelse
TRIGGER:-PT30M
UID:0E1D2C3B-4A59-6877-8695-A4B3C2D1E0F9
END:VALARM
END:VEVENT""",
        extra="X-WR-CALNAME:Hem",
    ),
    occ(
        "6B1F0E3C-2D4A-4C8B-9E7F-1A2B3C4D5E6F",
        "2027-01-26T09:00:00Z",
        "2027-01-26T10:00:00Z",
        company="Solvik Energi",
        role="Dataanalytiker",
    ),
)

case(
    "icloud_travel_block",
    "iCloud event: train to an interview city (travel block)",
    "Europe/Berlin",
    cal(
        "-//Apple Inc.//iOS 17.2//EN",
        f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270119T061500
DTEND;TZID=Europe/Berlin:20270119T101000
{STAMP}
SUMMARY:ICE 1007 Hamburg → Berlin (for Brückner interview)
LOCATION:Hamburg Hbf
UID:A7C1E2F3-0B4D-4E5F-8A9B-C0D1E2F3A4B5
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT""",
    ),
    occ(
        "A7C1E2F3-0B4D-4E5F-8A9B-C0D1E2F3A4B5",
        "2027-01-19T05:15:00Z",
        "2027-01-19T09:10:00Z",
        interview=False,
    ),
)

NL_ZONE = eu_zone("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST")
case(
    "nextcloud_nl_second_round_declined",
    "Nextcloud calendar (VTIMEZONE, a declined attendee)",
    "Europe/Amsterdam",
    cal(
        "-//IDN nextcloud.com//Calendar app 4.6.0//EN",
        f"""{NL_ZONE}
BEGIN:VEVENT
CREATED:20270105T101010Z
{STAMP}
LAST-MODIFIED:20270105T101010Z
SEQUENCE:2
UID:f6b2a8e0-4c1d-4b7a-9d3e-2a1b0c9d8e7f
DTSTART;TZID=Europe/Amsterdam:20270128T150000
DTEND;TZID=Europe/Amsterdam:20270128T160000
STATUS:CONFIRMED
SUMMARY:Sollicitatiegesprek tweede ronde – Teamleider Zorg – Vandenberg Zorggroep
LOCATION:Vandenberg Zorggroep\\, Oudegracht 200\\, Utrecht
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@vandenbergzorg.example
ATTENDEE;CN=Maya Example;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:maya@example.org
ATTENDEE;CN=Pieter Jansen;CUTYPE=INDIVIDUAL;PARTSTAT=DECLINED;ROLE=REQ-PARTICIPANT:mailto:pieter.jansen@vandenbergzorg.example
ATTENDEE;CN=Fatima El Amrani;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:fatima.elamrani@vandenbergzorg.example
END:VEVENT""",
    ),
    occ(
        "f6b2a8e0-4c1d-4b7a-9d3e-2a1b0c9d8e7f",
        "2027-01-28T14:00:00Z",
        "2027-01-28T15:00:00Z",
        people=("fatima.elamrani@vandenbergzorg.example", "sanne.devries@vandenbergzorg.example"),
        company="Vandenberg Zorggroep",
        role="Teamleider Zorg",
    ),
)

case(
    "fastmail_prep_block_and_todo",
    "Fastmail calendar: a prep block and an all-day to-do about interviews",
    "Australia/Sydney",
    cal(
        "-//Fastmail/2020.5/EN",
        f"""BEGIN:VEVENT
DTSTART;TZID=Australia/Sydney:20270215T080000
DTEND;TZID=Australia/Sydney:20270215T090000
{STAMP}
SUMMARY:Prep: STAR stories + questions for Kookaburra Bank interview
UID:8a7b6c5d-prep-4e3f-2a1b-fastmail0001
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20270217
DTEND;VALUE=DATE:20270218
{STAMP}
SUMMARY:Send thank-you notes to the Kookaburra Bank panel
UID:8a7b6c5d-todo-4e3f-2a1b-fastmail0002
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT""",
    ),
    occ(
        "8a7b6c5d-prep-4e3f-2a1b-fastmail0001",
        "2027-02-14T21:00:00Z",
        "2027-02-14T22:00:00Z",
        interview=False,
    ),
    occ(
        "8a7b6c5d-todo-4e3f-2a1b-fastmail0002",
        "2027-02-16T13:00:00Z",
        "2027-02-17T13:00:00Z",
        interview=False,
        rid="",
    ),
)

case(
    "fastmail_panel_interview_en_au",
    "Fastmail invite received (REQUEST) for a panel interview",
    "Australia/Sydney",
    cal(
        "-//Fastmail/2020.5/EN",
        f"""BEGIN:VEVENT
DTSTART;TZID=Australia/Sydney:20270216T103000
DTEND;TZID=Australia/Sydney:20270216T113000
{STAMP}
ORGANIZER;CN="Kookaburra Bank People Team":mailto:people@kookaburrabank.example
ATTENDEE;CN="Maya Example";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
ATTENDEE;CN="Chloe Nguyen";PARTSTAT=ACCEPTED:mailto:chloe.nguyen@kookaburrabank.example
ATTENDEE;CN="Liam O'Brien";PARTSTAT=ACCEPTED:mailto:liam.obrien@kookaburrabank.example
ATTENDEE;CN="Level 12 Boardroom";CUTYPE=ROOM;PARTSTAT=ACCEPTED:mailto:l12-boardroom@kookaburrabank.example
SUMMARY:Panel interview | Risk Analyst | Kookaburra Bank
UID:kb-panel-20270216-maya@kookaburrabank.example
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "kb-panel-20270216-maya@kookaburrabank.example",
        "2027-02-15T23:30:00Z",
        "2027-02-16T00:30:00Z",
        people=(
            "chloe.nguyen@kookaburrabank.example",
            "liam.obrien@kookaburrabank.example",
            "people@kookaburrabank.example",
        ),
        company="Kookaburra Bank",
        role="Risk Analyst",
    ),
)

SP_ZONE = fixed_zone("America/Sao_Paulo", "-0300", "-03")
case(
    "proton_pt_entrevista_tecnica",
    "Proton Calendar invite (VTIMEZONE without DST)",
    "America/Sao_Paulo",
    cal(
        "-//Proton AG//WebCalendar 5.0.31.0//EN",
        f"""{SP_ZONE}
BEGIN:VEVENT
UID:qL8vZ3n1Xc7yT2pR5sW0mK4jH6gF9dA@proton.me
{STAMP}
DTSTART;TZID=America/Sao_Paulo:20270203T140000
DTEND;TZID=America/Sao_Paulo:20270203T153000
SUMMARY:Entrevista técnica — Engenheira de Software Pleno — Cajueiro Pagamentos
ORGANIZER;CN=Lucas Almeida:mailto:lucas.almeida@cajueiro.example
ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:maya@example.org
ATTENDEE;CN=Beatriz Souza;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=ACCEPTED:mailto:beatriz.souza@cajueiro.example
LOCATION:https://meet.google.com/xyz-abcd-efg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "qL8vZ3n1Xc7yT2pR5sW0mK4jH6gF9dA@proton.me",
        "2027-02-03T17:00:00Z",
        "2027-02-03T18:30:00Z",
        people=("beatriz.souza@cajueiro.example", "lucas.almeida@cajueiro.example"),
        company="Cajueiro Pagamentos",
        role="Engenheira de Software Pleno",
    ),
)

case(
    "zoho_es_entrevista_rrhh",
    "Zoho Calendar invite",
    "Europe/Madrid",
    cal(
        "-//Zoho Calendar//EN",
        f"""BEGIN:VEVENT
UID:c0a1b2c3d4e5f6a7b8c9@zoho.com
DTSTART;TZID=Europe/Madrid:20270118T120000
DTEND;TZID=Europe/Madrid:20270118T124500
{STAMP}
SUMMARY:Entrevista con RRHH: Analista de Datos en Olivar Seguros
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@olivarseguros.example
ATTENDEE;CN=Maya Example;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
DESCRIPTION:Hola Maya\\, te esperamos en nuestras oficinas de Sevilla.
LOCATION:Av. de la Constitución 1\\, Sevilla
PRIORITY:0
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "c0a1b2c3d4e5f6a7b8c9@zoho.com",
        "2027-01-18T11:00:00Z",
        "2027-01-18T11:45:00Z",
        people=("lucia.fernandez@olivarseguros.example",),
        company="Olivar Seguros",
        role="Analista de Datos",
    ),
)

# --- Zoom, Webex, Teams, Meet ---------------------------------------------------------------------------------
case(
    "zoom_it_colloquio_conoscitivo",
    "Zoom-generated invite (.ics from the Zoom web portal)",
    "Europe/Rome",
    cal(
        "-//zoom.us//iCalendar Event//EN",
        f"""BEGIN:VEVENT
{STAMP}
DTSTART:20270122T100000Z
DTEND:20270122T104500Z
SUMMARY:Colloquio conoscitivo - Sviluppatore Frontend - Ferraris Digitale
UID:20270122T100000Z-84712345678@fe80:0:0:0:0:0:0:1
TZID:Europe/Rome
DESCRIPTION:Giulia Bianchi ti sta invitando a una riunione Zoom programmata.\\n\\nPartecipa alla riunione Zoom\\nhttps://us02web.zoom.us/j/84712345678\\n\\nID riunione: 847 1234 5678
LOCATION:https://us02web.zoom.us/j/84712345678
ORGANIZER;CN=Giulia Bianchi:mailto:giulia.bianchi@ferrarisdigitale.example
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT""",
    ),
    occ(
        "20270122T100000Z-84712345678@fe80:0:0:0:0:0:0:1",
        "2027-01-22T10:00:00Z",
        "2027-01-22T10:45:00Z",
        people=("giulia.bianchi@ferrarisdigitale.example",),
        company="Ferraris Digitale",
        role="Sviluppatore Frontend",
    ),
)

case(
    "webex_pl_rozmowa_rekrutacyjna",
    "Webex invite",
    "Europe/Warsaw",
    cal(
        "-//Cisco Systems Inc.//Webex Meetings//EN",
        f"""BEGIN:VEVENT
UID:m4c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5@webex.com
{STAMP}
DTSTART;TZID=Europe/Warsaw:20270125T090000
DTEND;TZID=Europe/Warsaw:20270125T100000
SUMMARY:Rozmowa rekrutacyjna: Inżynier DevOps / Wisła Systems
ORGANIZER;CN=Katarzyna Nowak:mailto:katarzyna.nowak@wislasystems.example
ATTENDEE;CN=Maya Example;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:maya@example.org
ATTENDEE;CN=Webex Scheduler;CUTYPE=RESOURCE;PARTSTAT=ACCEPTED:mailto:noreply@webex.example
LOCATION:https://wislasystems.webex.com/meet/katarzyna.nowak
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "m4c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5@webex.com",
        "2027-01-25T08:00:00Z",
        "2027-01-25T09:00:00Z",
        people=("katarzyna.nowak@wislasystems.example",),
        company="Wisła Systems",
        role="Inżynier DevOps",
    ),
)

case(
    "zoom_series_pairing_override_exdate",
    "Zoom daily series of pairing interviews with an EXDATE and a moved occurrence",
    "America/Los_Angeles",
    cal(
        "-//zoom.us//iCalendar Event//EN",
        f"""BEGIN:VEVENT
{STAMP}
DTSTART;TZID=America/Los_Angeles:20270208T150000
DTEND;TZID=America/Los_Angeles:20270208T163000
RRULE:FREQ=DAILY;COUNT=3
EXDATE;TZID=America/Los_Angeles:20270209T150000
SUMMARY:Pairing interview – Mobile Engineer – Lanternfish
UID:lanternfish-pairing-93155512345@zoom.us
ORGANIZER;CN=Lanternfish Hiring:mailto:hiring@lanternfish.example
ATTENDEE;CN=Maya Example;PARTSTAT=ACCEPTED:mailto:maya@example.org
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@lanternfish.example
LOCATION:https://lanternfish.zoom.us/j/93155512345
END:VEVENT
BEGIN:VEVENT
{STAMP}
RECURRENCE-ID;TZID=America/Los_Angeles:20270210T150000
DTSTART;TZID=America/Los_Angeles:20270210T160000
DTEND;TZID=America/Los_Angeles:20270210T173000
SUMMARY:Pairing interview – Mobile Engineer – Lanternfish
UID:lanternfish-pairing-93155512345@zoom.us
ORGANIZER;CN=Lanternfish Hiring:mailto:hiring@lanternfish.example
ATTENDEE;CN=Maya Example;PARTSTAT=ACCEPTED:mailto:maya@example.org
ATTENDEE;CN=Diego Torres;PARTSTAT=ACCEPTED:mailto:diego.torres@lanternfish.example
LOCATION:https://lanternfish.zoom.us/j/93155512345
SEQUENCE:1
END:VEVENT""",
    ),
    occ(
        "lanternfish-pairing-93155512345@zoom.us",
        "2027-02-08T23:00:00Z",
        "2027-02-09T00:30:00Z",
        people=("hiring@lanternfish.example", "priya.raman@lanternfish.example"),
        company="Lanternfish",
        role="Mobile Engineer",
        rid="20270208T230000Z",
    ),
    occ(
        "lanternfish-pairing-93155512345@zoom.us",
        "2027-02-11T00:00:00Z",
        "2027-02-11T01:30:00Z",
        people=("diego.torres@lanternfish.example", "hiring@lanternfish.example"),
        company="Lanternfish",
        role="Mobile Engineer",
        rid="20270210T230000Z",
    ),
)


# --- scheduling tools ------------------------------------------------------------------------------------------
def tool_event(uid: str, summary: str, start: str, end: str, people: str, *, extra: str = "") -> str:
    body = f"""BEGIN:VEVENT
UID:{uid}
{STAMP}
DTSTART:{start}
DTEND:{end}
SUMMARY:{summary}
{people}"""
    if extra:
        body += "\n" + extra
    return body + "\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT"


ATT_ME = "ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:maya@example.org"

case(
    "calendly_recruiter_call_company_from_domain",
    "Calendly booking (event type and names only; company from the organizer's domain)",
    "America/Chicago",
    cal(
        "-//Calendly//Calendly//EN",
        tool_event(
            "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@calendly.com",
            "Recruiter Call between Raj Patel and Maya Example",
            "20270120T163000Z",
            "20270120T170000Z",
            f"ORGANIZER;CN=Raj Patel:mailto:raj.patel@tidewater.example\n{ATT_ME}\n"
            "ATTENDEE;CN=Raj Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:raj.patel@tidewater.example",
            extra="DESCRIPTION:Event Name: Recruiter Call\\n\\nNeed to make changes to this event?\\n"
            "Cancel: https://calendly.com/cancellations/f1e2d3c4\\n\\nPowered by Calendly.com",
        ),
        method="REQUEST",
    ),
    occ(
        "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@calendly.com",
        "2027-01-20T16:30:00Z",
        "2027-01-20T17:00:00Z",
        people=("raj.patel@tidewater.example",),
        company="Tidewater",
    ),
)

case(
    "calcom_technical_interview",
    "Cal.com booking ('{event} between {team} and {attendee}')",
    "Europe/Lisbon",
    cal(
        "-//Cal.com Inc.//Cal.com Event//EN",
        tool_event(
            "kQ2pW7xZ9rT4vB1nM6cY3@Cal.com",
            "Technical Interview between Kestrel Robotics and Maya Example",
            "20270129T140000Z",
            "20270129T150000Z",
            "ORGANIZER;CN=Kestrel Robotics:mailto:no-reply@cal.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Nuno Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nuno.costa@kestrelrobotics.example",
            extra="LOCATION:https://app.cal.com/video/kQ2pW7xZ9rT4vB1nM6cY3",
        ),
        method="REQUEST",
    ),
    occ(
        "kQ2pW7xZ9rT4vB1nM6cY3@Cal.com",
        "2027-01-29T14:00:00Z",
        "2027-01-29T15:00:00Z",
        people=("nuno.costa@kestrelrobotics.example",),
        company="Kestrel Robotics",
    ),
)

case(
    "goodtime_onsite_loop_rooms",
    "GoodTime-style onsite loop (hiring team mailbox organises, rooms, a no-reply attendee)",
    "America/New_York",
    cal(
        "-//GoodTime//Scheduler//EN",
        tool_event(
            "gt-7d6c5b4a-3e2f-1a0b-9c8d-onsite@goodtime.example",
            "Onsite Interview Loop – Maya Example – Senior Data Engineer – Harbor & Pine",
            "20270204T143000Z",
            "20270204T190000Z",
            "ORGANIZER;CN=Harbor & Pine Interviews:mailto:interviews@harborpine.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Ana Lima;PARTSTAT=ACCEPTED:mailto:ana.lima@harborpine.example\n"
            "ATTENDEE;CN=Ben Carter;PARTSTAT=ACCEPTED:mailto:ben.carter@harborpine.example\n"
            "ATTENDEE;CN=Chen Wei;PARTSTAT=TENTATIVE:mailto:chen.wei@harborpine.example\n"
            "ATTENDEE;CN=NYC-14-Hudson;CUTYPE=ROOM;PARTSTAT=ACCEPTED:mailto:nyc-14-hudson@harborpine.example\n"
            "ATTENDEE;CN=GoodTime Notifications;PARTSTAT=ACCEPTED:mailto:no-reply@goodtime.example",
            extra="LOCATION:Harbor & Pine HQ\\, 14th floor\\, Hudson room",
        ),
        method="REQUEST",
    ),
    occ(
        "gt-7d6c5b4a-3e2f-1a0b-9c8d-onsite@goodtime.example",
        "2027-02-04T14:30:00Z",
        "2027-02-04T19:00:00Z",
        people=(
            "ana.lima@harborpine.example",
            "ben.carter@harborpine.example",
            "chen.wei@harborpine.example",
            "interviews@harborpine.example",
        ),
        company="Harbor & Pine",
        role="Senior Data Engineer",
    ),
)

case(
    "greenhouse_hiring_manager_interview",
    "Greenhouse-style invite (candidate name first)",
    "America/Denver",
    cal(
        "-//Greenhouse Software//Greenhouse//EN",
        tool_event(
            "greenhouse-interview-4412378@quillonhealth.example",
            "Maya Example - Hiring Manager Interview - Quillon Health",
            "20270202T170000Z",
            "20270202T174500Z",
            "ORGANIZER;CN=Jane Doe:mailto:jane.doe@quillonhealth.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Marcus Hale;PARTSTAT=ACCEPTED:mailto:marcus.hale@quillonhealth.example",
        ),
        method="REQUEST",
    ),
    occ(
        "greenhouse-interview-4412378@quillonhealth.example",
        "2027-02-02T17:00:00Z",
        "2027-02-02T17:45:00Z",
        people=("jane.doe@quillonhealth.example", "marcus.hale@quillonhealth.example"),
        company="Quillon Health",
    ),
)

case(
    "lever_interview_role_only",
    "Lever-style invite ('Interview with NAME - ROLE'; company from the organizer's domain)",
    "America/Los_Angeles",
    cal(
        "-//Lever//Interview Scheduling//EN",
        tool_event(
            "lever-3f9a1b2c-7d8e-4f60-a1b2-c3d4e5f6a7b8",
            "Interview with Maya Example - Solutions Architect",
            "20270126T190000Z",
            "20270126T200000Z",
            "ORGANIZER;CN=Olivia Park:mailto:olivia.park@brightwater.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Sam Okafor;PARTSTAT=ACCEPTED:mailto:sam.okafor@brightwater.example",
        ),
        method="REQUEST",
    ),
    occ(
        "lever-3f9a1b2c-7d8e-4f60-a1b2-c3d4e5f6a7b8",
        "2027-01-26T19:00:00Z",
        "2027-01-26T20:00:00Z",
        people=("olivia.park@brightwater.example", "sam.okafor@brightwater.example"),
        company="Brightwater",
        role="Solutions Architect",
    ),
)

case(
    "ashby_system_design_angle_brackets",
    "Ashby-style invite ('NAME <> COMPANY | STAGE')",
    "America/New_York",
    cal(
        "-//Ashby//Ashby Scheduling//EN",
        tool_event(
            "ashby-8c7b6a59-4e3d-2c1b-0a9f-8e7d6c5b4a39",
            "Maya Example <> Ferncliff | System Design Interview",
            "20270217T160000Z",
            "20270217T170000Z",
            "ORGANIZER;CN=Ferncliff Recruiting:mailto:recruiting@ferncliff.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Hannah Wolfe;PARTSTAT=ACCEPTED:mailto:hannah.wolfe@ferncliff.example\n"
            "ATTENDEE;CN=Interview Notes Bot;PARTSTAT=ACCEPTED:mailto:notetaker-bot@ferncliff.example",
        ),
        method="REQUEST",
    ),
    occ(
        "ashby-8c7b6a59-4e3d-2c1b-0a9f-8e7d6c5b4a39",
        "2027-02-17T16:00:00Z",
        "2027-02-17T17:00:00Z",
        people=("hannah.wolfe@ferncliff.example", "recruiting@ferncliff.example"),
        company="Ferncliff",
    ),
)

case(
    "workday_interview_scheduled_req_id",
    "Workday-style invite (requisition id in the title, recruiting mailbox organises)",
    "America/Chicago",
    cal(
        "-//Workday//Recruiting//EN",
        tool_event(
            "WD-INT-000184422@aldermoor.example",
            "Interview Scheduled: Financial Analyst (R-10422) - Maya Example",
            "20270211T150000Z",
            "20270211T160000Z",
            "ORGANIZER;CN=Aldermoor Recruiting:mailto:recruiting@aldermoor.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Workday;PARTSTAT=ACCEPTED:mailto:donotreply@aldermoor.example",
        ),
        method="REQUEST",
    ),
    occ(
        "WD-INT-000184422@aldermoor.example",
        "2027-02-11T15:00:00Z",
        "2027-02-11T16:00:00Z",
        people=("recruiting@aldermoor.example",),
        company="Aldermoor",
        role="Financial Analyst",
    ),
)

case(
    "smartrecruiters_fr_entretien_visio",
    "SmartRecruiters-style invite in French",
    "Europe/Paris",
    cal(
        "-//SmartRecruiters//Interview//FR",
        tool_event(
            "sr-5e4d3c2b1a-entretien@smartrecruiters.example",
            "Entretien visio – Chargée de projet marketing – Maison Verlaine",
            "20270212T090000Z",
            "20270212T094500Z",
            f"ORGANIZER;CN=Élodie Laurent:mailto:elodie.laurent@maisonverlaine.example\n{ATT_ME}",
        ),
        method="REQUEST",
    ),
    occ(
        "sr-5e4d3c2b1a-entretien@smartrecruiters.example",
        "2027-02-12T09:00:00Z",
        "2027-02-12T09:45:00Z",
        people=("elodie.laurent@maisonverlaine.example",),
        company="Maison Verlaine",
        role="Chargée de projet marketing",
    ),
)

case(
    "personio_de_kennenlerngespraech",
    "Personio-style invite in German (jobs mailbox organises)",
    "Europe/Berlin",
    cal(
        "-//Personio GmbH//Personio//DE",
        tool_event(
            "personio-application-9981234-event-2",
            "Kennenlerngespräch | Werkstudent Data Science | Hafenkraft",
            "20270115T100000Z",
            "20270115T103000Z",
            "ORGANIZER;CN=Hafenkraft Jobs:mailto:jobs@hafenkraft.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Jonas Weber;PARTSTAT=ACCEPTED:mailto:jonas.weber@hafenkraft.example",
        ),
        method="REQUEST",
    ),
    occ(
        "personio-application-9981234-event-2",
        "2027-01-15T10:00:00Z",
        "2027-01-15T10:30:00Z",
        people=("jobs@hafenkraft.example", "jonas.weber@hafenkraft.example"),
        company="Hafenkraft",
        role="Werkstudent Data Science",
    ),
)

case(
    "teamtailor_da_jobsamtale",
    "Teamtailor-style invite in Danish",
    "Europe/Copenhagen",
    cal(
        "-//Teamtailor//Meetings//EN",
        tool_event(
            "tt-meeting-77120-da@teamtailor.example",
            "Jobsamtale: UX-designer hos Kystlys",
            "20270208T083000Z",
            "20270208T093000Z",
            "ORGANIZER;CN=Mette Hansen:mailto:mette.hansen@kystlys.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Teamtailor;CUTYPE=RESOURCE;PARTSTAT=ACCEPTED:mailto:no-reply@teamtailor.example",
        ),
        method="REQUEST",
    ),
    occ(
        "tt-meeting-77120-da@teamtailor.example",
        "2027-02-08T08:30:00Z",
        "2027-02-08T09:30:00Z",
        people=("mette.hansen@kystlys.example",),
        company="Kystlys",
        role="UX-designer",
    ),
)

case(
    "recruitee_nl_kennismaking_tentative",
    "Recruitee-style invite in Dutch, tentative",
    "Europe/Amsterdam",
    cal(
        "-//Recruitee//Recruitee//EN",
        tool_event(
            "recruitee-interview-556677@recruitee.example",
            "Kennismakingsgesprek met recruiter - Polderwind - Maya Example",
            "20270222T130000Z",
            "20270222T133000Z",
            "ORGANIZER;CN=Daan Visser:mailto:daan.visser@polderwind.example\n"
            "ATTENDEE;CN=Maya Example;PARTSTAT=TENTATIVE:mailto:maya@example.org",
        ).replace("STATUS:CONFIRMED", "STATUS:TENTATIVE"),
        method="REQUEST",
    ),
    occ(
        "recruitee-interview-556677@recruitee.example",
        "2027-02-22T13:00:00Z",
        "2027-02-22T13:30:00Z",
        people=("daan.visser@polderwind.example",),
        company="Polderwind",
    ),
)

case(
    "hirevue_assessment_centre_all_day",
    "HireVue-style all-day assessment centre (graduate programme)",
    "Europe/London",
    cal(
        "-//HireVue//Scheduling//EN",
        f"""BEGIN:VEVENT
UID:hv-ac-2027-0203-norrfors@hirevue.example
{STAMP}
DTSTART;VALUE=DATE:20270203
DTEND;VALUE=DATE:20270204
SUMMARY:Assessment centre – Graduate Engineer – Norrfors
ORGANIZER;CN=Norrfors Early Careers:mailto:earlycareers@norrfors.example
{ATT_ME}
LOCATION:Norrfors\\, 1 Canal Street\\, Manchester
TRANSP:OPAQUE
STATUS:CONFIRMED
END:VEVENT""",
        method="REQUEST",
    ),
    occ(
        "hv-ac-2027-0203-norrfors@hirevue.example",
        "2027-02-03T00:00:00Z",
        "2027-02-04T00:00:00Z",
        people=("earlycareers@norrfors.example",),
        company="Norrfors",
        role="Graduate Engineer",
    ),
)

case(
    "bamboohr_coffee_chat_recruiter",
    "BambooHR-style invite: coffee chat with a recruiter",
    "America/Toronto",
    cal(
        "-//BambooHR//ATS//EN",
        tool_event(
            "bamboohr-ats-interview-31337",
            "Coffee chat with recruiter ☕ Marlowe Studios",
            "20270119T150000Z",
            "20270119T153000Z",
            "ORGANIZER;CN=Talent at Marlowe:mailto:talent@marlowestudios.example\n"
            f"{ATT_ME}\n"
            "ATTENDEE;CN=Noor Haddad;PARTSTAT=ACCEPTED:mailto:noor.haddad@marlowestudios.example",
        ),
        method="REQUEST",
    ),
    occ(
        "bamboohr-ats-interview-31337",
        "2027-01-19T15:00:00Z",
        "2027-01-19T15:30:00Z",
        people=("noor.haddad@marlowestudios.example", "talent@marlowestudios.example"),
        company="Marlowe Studios",
    ),
)


# --- more languages ---------------------------------------------------------------------------------------------
def simple(uid: str, summary: str, tzid: str, start: str, end: str, org: str, *more: str) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        STAMP,
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        f"SUMMARY:{summary}",
    ]
    if org:
        lines.append(f"ORGANIZER;CN={org.split('@')[0]}:mailto:{org}")
        lines.append(ATT_ME)
    lines += list(more)
    lines += ["STATUS:CONFIRMED", "END:VEVENT"]
    return "\n".join(lines)


TOKYO = fixed_zone("Asia/Tokyo", "+0900", "JST")
case(
    "google_ja_ichiji_mensetsu",
    "Google Calendar invite in Japanese",
    "Asia/Tokyo",
    cal(
        "-//Google Inc//Google Calendar 70.9054//EN",
        TOKYO
        + "\n"
        + simple(
            "1a2b3c4d5e6f7g8h9i0j@google.com",
            "【一次面接】サクラテック / バックエンドエンジニア",
            "Asia/Tokyo",
            "20270120T140000",
            "20270120T150000",
            "tanaka.yui@sakuratech.example",
            "ATTENDEE;CN=田中 結衣;PARTSTAT=ACCEPTED:mailto:tanaka.yui@sakuratech.example",
            "DESCRIPTION:Google Meet に参加: https://meet.google.com/jkl-mnop-qrs",
        ),
        method="REQUEST",
    ),
    occ(
        "1a2b3c4d5e6f7g8h9i0j@google.com",
        "2027-01-20T05:00:00Z",
        "2027-01-20T06:00:00Z",
        people=("tanaka.yui@sakuratech.example",),
        company="サクラテック",
        role="バックエンドエンジニア",
    ),
)

case(
    "outlook_zh_mianshi_china_standard_time",
    "Outlook invite in Chinese (China Standard Time without VTIMEZONE)",
    "Asia/Shanghai",
    cal(
        "Microsoft Exchange Server 2010",
        simple(
            "040000008200E00074C5B7101A82E0080000000011223344556677D9010000000000000000100000000ZH000001",
            "面试：数据分析师 - 青松科技",
            "China Standard Time",
            "20270125T100000",
            "20270125T110000",
            "wang.fang@qingsongtech.example",
            "ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:li.ming@qingsongtech.example",
        ),
        method="REQUEST",
    ),
    occ(
        "040000008200E00074C5B7101A82E0080000000011223344556677D9010000000000000000100000000ZH000001",
        "2027-01-25T02:00:00Z",
        "2027-01-25T03:00:00Z",
        people=("li.ming@qingsongtech.example", "wang.fang@qingsongtech.example"),
        company="青松科技",
        role="数据分析师",
    ),
)

SEOUL = fixed_zone("Asia/Seoul", "+0900", "KST")
case(
    "naver_ko_second_interview",
    "Korean invite (VTIMEZONE Asia/Seoul)",
    "Asia/Seoul",
    cal(
        "-//NAVER//Calendar//KO",
        SEOUL
        + "\n"
        + simple(
            "naver-cal-20270204-kim@hanbitlabs.example",
            "한빛랩스 – 프론트엔드 개발자 2차 면접",
            "Asia/Seoul",
            "20270204T160000",
            "20270204T170000",
            "kim.jiwoo@hanbitlabs.example",
        ),
        method="REQUEST",
    ),
    occ(
        "naver-cal-20270204-kim@hanbitlabs.example",
        "2027-02-04T07:00:00Z",
        "2027-02-04T08:00:00Z",
        people=("kim.jiwoo@hanbitlabs.example",),
        company="한빛랩스",
        role="프론트엔드 개발자",
    ),
)

case(
    "thunderbird_fi_tyohaastattelu",
    "Thunderbird invite in Finnish (FLE Standard Time)",
    "Europe/Helsinki",
    cal(
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        simple(
            "0d3c2b1a-fi-4e5f-9a8b-thunderbird01",
            "Työhaastattelu – Ohjelmistokehittäjä – Revontuli",
            "FLE Standard Time",
            "20270216T130000",
            "20270216T140000",
            "aino.virtanen@revontuli.example",
            "ATTENDEE;CN=Mikko Laine;PARTSTAT=ACCEPTED:mailto:mikko.laine@revontuli.example",
            "ATTENDEE;CN=Neuvotteluhuone Aurora;CUTYPE=ROOM;PARTSTAT=ACCEPTED:mailto:aurora@revontuli.example",
        ),
        method="REQUEST",
    ),
    occ(
        "0d3c2b1a-fi-4e5f-9a8b-thunderbird01",
        "2027-02-16T11:00:00Z",
        "2027-02-16T12:00:00Z",
        people=("aino.virtanen@revontuli.example", "mikko.laine@revontuli.example"),
        company="Revontuli",
        role="Ohjelmistokehittäjä",
    ),
)

case(
    "seznam_cs_pohovor",
    "Czech invite (Europe/Prague)",
    "Europe/Prague",
    cal(
        "-//Seznam.cz//Kalendar//CS",
        simple(
            "pohovor-2027-01-13-vltava@vltavadata.example",
            "Pohovor: Java vývojář – Vltava Data",
            "Europe/Prague",
            "20270113T103000",
            "20270113T113000",
            "petra.novakova@vltavadata.example",
        ),
        method="REQUEST",
    ),
    occ(
        "pohovor-2027-01-13-vltava@vltavadata.example",
        "2027-01-13T09:30:00Z",
        "2027-01-13T10:30:00Z",
        people=("petra.novakova@vltavadata.example",),
        company="Vltava Data",
        role="Java vývojář",
    ),
)

case(
    "outlook_tr_mulakat_turkey_zone",
    "Outlook invite in Turkish (Turkey Standard Time without VTIMEZONE)",
    "Europe/Istanbul",
    cal(
        "Microsoft Exchange Server 2010",
        simple(
            "040000008200E00074C5B7101A82E00800000000AABBCCDDEEFF00D9010000000000000000100000000TR000001",
            "Mülakat - Yazılım Mühendisi - Boğaziçi Yazılım",
            "Turkey Standard Time",
            "20270210T110000",
            "20270210T120000",
            "elif.yilmaz@bogazici-yazilim.example",
        ),
        method="REQUEST",
    ),
    occ(
        "040000008200E00074C5B7101A82E00800000000AABBCCDDEEFF00D9010000000000000000100000000TR000001",
        "2027-02-10T08:00:00Z",
        "2027-02-10T09:00:00Z",
        people=("elif.yilmaz@bogazici-yazilim.example",),
        company="Boğaziçi Yazılım",
        role="Yazılım Mühendisi",
    ),
)

case(
    "google_nb_jobbintervju_case",
    "Google Calendar invite in Norwegian (role-first, 'hos')",
    "Europe/Oslo",
    cal(
        "-//Google Inc//Google Calendar 70.9054//EN",
        simple(
            "9z8y7x6w5v4u3t2s1r0q@google.com",
            "Jobbintervju: Backend-utvikler hos Fjellbris",
            "Europe/Oslo",
            "20270201T090000",
            "20270201T100000",
            "kari.nordmann@fjellbris.example",
            "ATTENDEE;CN=Ola Hansen;PARTSTAT=DECLINED:mailto:ola.hansen@fjellbris.example",
        ),
        method="REQUEST",
    ),
    occ(
        "9z8y7x6w5v4u3t2s1r0q@google.com",
        "2027-02-01T08:00:00Z",
        "2027-02-01T09:00:00Z",
        people=("kari.nordmann@fjellbris.example",),
        company="Fjellbris",
        role="Backend-utvikler",
    ),
)

case(
    "outlook_case_interview_consulting",
    "Outlook 365 invite: case interview with a room (Eastern Standard Time with VTIMEZONE)",
    "America/New_York",
    cal(
        "Microsoft Exchange Server 2010",
        """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
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
"""
        + simple(
            "040000008200E00074C5B7101A82E00800000000BRENNAN0000D9010000000000000000100000000CASE0001",
            "Case interview (Round 2) :: Associate Consultant :: Brennan Partners",
            "Eastern Standard Time",
            "20270222T093000",
            "20270222T103000",
            "recruiting@brennanpartners.example",
            "ATTENDEE;CN=Grace Liu;PARTSTAT=ACCEPTED:mailto:grace.liu@brennanpartners.example",
            "ATTENDEE;CN=NY-22-Madison;CUTYPE=RESOURCE;PARTSTAT=ACCEPTED:mailto:ny22madison@brennanpartners.example",
        ),
        method="REQUEST",
    ),
    occ(
        "040000008200E00074C5B7101A82E00800000000BRENNAN0000D9010000000000000000100000000CASE0001",
        "2027-02-22T14:30:00Z",
        "2027-02-22T15:30:00Z",
        people=("grace.liu@brennanpartners.example", "recruiting@brennanpartners.example"),
        company="Brennan Partners",
        role="Associate Consultant",
    ),
)


# --- look-alikes --------------------------------------------------------------------------------------------------
def lookalike(
    name: str,
    source: str,
    tz: str,
    prodid: str,
    uid: str,
    summary: str,
    tzid: str,
    start: str,
    end: str,
    org: str,
    s_utc: str,
    e_utc: str,
    *more: str,
) -> None:
    case(
        name,
        source,
        tz,
        cal(prodid, simple(uid, summary, tzid, start, end, org, *more)),
        occ(uid, s_utc, e_utc, interview=False),
    )


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
lookalike(
    "google_mock_interview_practice",
    "Google Calendar: mock interview with a friend",
    "Europe/Berlin",
    GOOGLE,
    "mock-sd-0001@google.com",
    "Mock interview (system design practice) w/ Jane",
    "Europe/Berlin",
    "20270116T110000",
    "20270116T120000",
    "jane.doe@mailbox.example",
    "2027-01-16T10:00:00Z",
    "2027-01-16T11:00:00Z",
    "ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:jane.doe@mailbox.example",
)
lookalike(
    "zoom_webinar_ace_technical_interview",
    "Zoom webinar registration",
    "America/New_York",
    "-//zoom.us//iCalendar Event//EN",
    "webinar-88812345678@zoom.us",
    "Webinar: How to Ace Your Technical Interview in 2027",
    "America/New_York",
    "20270121T120000",
    "20270121T130000",
    "no-reply@careerhub.example",
    "2027-01-21T17:00:00Z",
    "2027-01-21T18:00:00Z",
    "DESCRIPTION:Thank you for registering. Unsubscribe from our newsletter at any time.",
)
lookalike(
    "podcast_recording_interview_show",
    "Google Calendar: the user is a podcast guest",
    "Europe/London",
    GOOGLE,
    "podcast-ep42@google.com",
    "Podcast recording – “The Interview” ep. 42 (guest: Maya)",
    "Europe/London",
    "20270223T170000",
    "20270223T180000",
    "host@datatalkpod.example",
    "2027-02-23T17:00:00Z",
    "2027-02-23T18:00:00Z",
    "ATTENDEE;CN=Pod Host;PARTSTAT=ACCEPTED:mailto:host@datatalkpod.example",
)
lookalike(
    "user_research_interview_participant",
    "Outlook: customer research interview at work",
    "Europe/London",
    "Microsoft Exchange Server 2010",
    "uxr-checkout-p7@currentco.example",
    "User research interview – checkout flow (participant 7)",
    "GMT Standard Time",
    "20270218T140000",
    "20270218T143000",
    "jane.doe@currentco.example",
    "2027-02-18T14:00:00Z",
    "2027-02-18T14:30:00Z",
)
lookalike(
    "exit_interview_hr",
    "Outlook: exit interview at the current employer",
    "Europe/London",
    "Microsoft Exchange Server 2010",
    "exit-interview-maya@currentco.example",
    "Exit interview – Maya Example",
    "GMT Standard Time",
    "20270226T150000",
    "20270226T153000",
    "hr@currentco.example",
    "2027-02-26T15:00:00Z",
    "2027-02-26T15:30:00Z",
)
lookalike(
    "nextcloud_de_vorbereitung",
    "Nextcloud: German prep block",
    "Europe/Berlin",
    "-//IDN nextcloud.com//Calendar app 4.6.0//EN",
    "vorbereitung-brueckner-01",
    "Vorbereitung Vorstellungsgespräch Brückner",
    "Europe/Berlin",
    "20270118T190000",
    "20270118T203000",
    "",
    "2027-01-18T18:00:00Z",
    "2027-01-18T19:30:00Z",
)
lookalike(
    "meetup_interviewing_engineers",
    "Meetup RSVP: a talk about interviewing",
    "Europe/Berlin",
    "-//Meetup//RemoteApi//EN",
    "event_305112233@meetup.example",
    "Berlin Tech Talks: Interviewing engineers at scale",
    "Europe/Berlin",
    "20270128T183000",
    "20270128T210000",
    "",
    "2027-01-28T17:30:00Z",
    "2027-01-28T20:00:00Z",
    "URL:https://www.meetup.example/berlin-tech-talks/events/305112233/",
)
lookalike(
    "performance_review_es",
    "Google Calendar: performance review in Spanish",
    "Europe/Madrid",
    GOOGLE,
    "evaluacion-desempeno-2026@google.com",
    "Evaluación de desempeño 2026 – Maya / Jane",
    "Europe/Madrid",
    "20270129T100000",
    "20270129T110000",
    "jane.doe@currentco.example",
    "2027-01-29T09:00:00Z",
    "2027-01-29T10:00:00Z",
)
lookalike(
    "research_company_todo",
    "Proton: to-do before an interview",
    "Europe/Berlin",
    "-//Proton AG//WebCalendar 5.0.31.0//EN",
    "todo-research-lindenhof@proton.me",
    "Research Lindenhof before interview (read eng blog, Glassdoor)",
    "Europe/Berlin",
    "20270202T180000",
    "20270202T190000",
    "",
    "2027-02-02T17:00:00Z",
    "2027-02-02T18:00:00Z",
)


def main() -> None:
    for name, source, tz, text, events in CASES:
        lines = [fold(line) for line in text.strip("\n").split("\n")]
        (HERE / f"{name}.ics").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
        expected = {
            "source": source,
            "user_addresses": [ME],
            "user_timezone": tz,
            "window": WINDOW,
            "events": events,
        }
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
