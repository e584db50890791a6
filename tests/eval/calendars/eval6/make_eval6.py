"""Writes the sixth held-out calendar set: NAME.ics in a real producer's shape and NAME.expected.json typed by hand."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
MAYA = f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:{USER}"
WINDOW = ["2026-11-30T00:00:00Z", "2026-12-28T00:00:00Z"]
Case = Callable[[], tuple[list[str], dict[str, Any]]]
CASES: dict[str, Case] = {}

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"
MAC = "-//Apple Inc.//macOS 15.1//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.16//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
PROTON = "-//Proton AG//WebCalendar 5.0.86.2//EN"
ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"
WEBEX = "-//Cisco Webex//Webex Meetings//EN"


def case(func: Case) -> Case:
    CASES[func.__name__] = func
    return func


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """RFC 5545 folding at 75 octets, never inside a UTF-8 sequence."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    return [*out, current]


def cn_value(name: str) -> str:
    return f'"{name}"' if any(c in name for c in ",;:") else name


def att(
    email: str,
    name: str = "",
    *,
    partstat: str = "NEEDS-ACTION",
    cutype: str = "INDIVIDUAL",
    role: str = "REQ-PARTICIPANT",
    google: bool = False,
) -> str:
    cn = f";CN={cn_value(name)}" if name else ""
    extra = ";X-NUM-GUESTS=0" if google else ""
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP=TRUE{cn}{extra}:mailto:{email}"


def org(email: str, name: str = "") -> str:
    return f"ORGANIZER{';CN=' + cn_value(name) if name else ''}:mailto:{email}"


def vevent(lines: Iterable[str]) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def vcal(prodid: str, *parts: list[str], method: str = "", extra: Iterable[str] = ()) -> list[str]:
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    return [*head, *extra, *(line for part in parts for line in part), "END:VCALENDAR"]


def vtz(
    tzid: str,
    std: str,
    dst: str = "",
    *,
    rule: str = "eu",
    ms: bool = False,
    names: tuple[str, str] = ("", ""),
) -> list[str]:
    """A VTIMEZONE with the current rules: Microsoft's 1601 shape (ms) or the 1970 shape other producers write."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not ms:
        lines.append(f"X-LIC-LOCATION:{tzid}")
    if not dst:
        return [
            *lines,
            "BEGIN:STANDARD",
            f"DTSTART:{'16010101' if ms else '19700101'}T000000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
            *([f"TZNAME:{names[0]}"] if names[0] else []),
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    rules = {  # (standard start, its rule, daylight start, its rule) in 1970 form; ms uses 1601 with the same rules
        "eu": ("19701025T030000", "BYMONTH=10;BYDAY=-1SU", "19700329T020000", "BYMONTH=3;BYDAY=-1SU"),
        "us": ("19701101T020000", "BYMONTH=11;BYDAY=1SU", "19700308T020000", "BYMONTH=3;BYDAY=2SU"),
        "au": ("19700405T030000", "BYMONTH=4;BYDAY=1SU", "19701004T020000", "BYMONTH=10;BYDAY=1SU"),
    }[rule]
    std_start, std_rule, dst_start, dst_rule = rules
    if ms:
        std_start, dst_start = "16010101" + std_start[8:], "16010101" + dst_start[8:]
    return [
        *lines,
        "BEGIN:STANDARD",
        f"DTSTART:{std_start}",
        f"RRULE:FREQ=YEARLY;{std_rule}",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        *([f"TZNAME:{names[0]}"] if names[0] else []),
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:{dst_start}",
        f"RRULE:FREQ=YEARLY;{dst_rule}",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        *([f"TZNAME:{names[1]}"] if names[1] else []),
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def ev(
    uid: str,
    start: str,
    end: str,
    *,
    rid: str = "",
    interview: bool = True,
    cancelled: bool = False,
    who: Iterable[str] = (),
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
        "interviewers": sorted(who),
        "company": company,
        "role": role,
    }


def expect(source: str, tz: str, *events: dict[str, Any], window: list[str] = WINDOW) -> dict[str, Any]:
    return {
        "source": source,
        "user_addresses": [USER],
        "user_timezone": tz,
        "window": window,
        "events": list(events),
    }


def meet(code: str) -> list[str]:
    return [
        f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}",
        f"DESCRIPTION:{esc(f'Join with Google Meet: https://meet.google.com/{code}')}",
    ]


def teams(meeting: str) -> str:
    text = (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{meeting}"
        "%40thread.v2/0>\nMeeting ID: 318 442 907 115\nPasscode: Xk7pQ2\n"
        "________________________________________________________________________________"
    )
    return f"DESCRIPTION;LANGUAGE=en-US:{esc(text)}"


def ms_props(busy: str = "BUSY") -> list[str]:
    return [
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "TRANSP:OPAQUE",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]


# ---- cases (each returns the file's lines and its expectations, typed by hand) ----


@case
def google_invite_phone_screen() -> tuple[list[str], dict[str, Any]]:
    """Google invite in UTC, the user's name and "<>" in the title, role in brackets."""
    uid = "3q8v1k0d7rj2m5s4c6b9n1hx2p@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261203T150000Z",
                "DTEND:20261203T153000Z",
                "DTSTAMP:20261124T181204Z",
                org("jane.doe@brightwave.example", "Jane Doe"),
                f"UID:{uid}",
                att("jane.doe@brightwave.example", "Jane Doe", partstat="ACCEPTED", google=True),
                att(USER, USER, google=True),
                "CREATED:20261124T181203Z",
                *meet("kfr-ybsq-wze"),
                "LAST-MODIFIED:20261124T181203Z",
                "LOCATION:",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Phone Screen: Maya Example <> Brightwave (Senior Data Engineer)')}",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Google Calendar invite",
        "America/New_York",
        ev(
            uid,
            "2026-12-03T15:00:00Z",
            "2026-12-03T15:30:00Z",
            who=["jane.doe@brightwave.example"],
            company="Brightwave",
            role="Senior Data Engineer",
        ),
    )


@case
def google_export_vorstellungsgespraech() -> tuple[list[str], dict[str, Any]]:
    """Google export with X-WR-TIMEZONE: a German interview with a room resource, a weekly series with an EXDATE."""
    uid, series = "0c5fb1e8a7d2lq9m3n6p4r8s1t@google.com", "6hj2k4l8m0n1p3q5r7s9t1u3v5@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261208T090000Z",
                "DTEND:20261208T100000Z",
                "DTSTAMP:20261201T070000Z",
                org("erika.mustermann@fernwerk.example", "Erika Mustermann"),
                f"UID:{uid}",
                att(
                    "erika.mustermann@fernwerk.example", "Erika Mustermann", partstat="ACCEPTED", google=True
                ),
                att(USER, "Maya Example", partstat="ACCEPTED", google=True),
                att(
                    "c_1884f0a2b7c9d3e5@resource.calendar.example",
                    "Fernwerk-Berlin-3-Besprechungsraum Elbe (6)",
                    partstat="ACCEPTED",
                    cutype="RESOURCE",
                    google=True,
                ),
                "CREATED:20261127T101500Z",
                *meet("pqd-xmta-hvr"),
                "LAST-MODIFIED:20261127T101600Z",
                "LOCATION:Fernwerk-Berlin-3-Besprechungsraum Elbe (6)",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Vorstellungsgespräch – Fernwerk – Backend-Entwicklerin')}",
                "TRANSP:OPAQUE",
            ]
        ),
        vevent(
            [
                "DTSTART;TZID=Europe/Berlin:20261130T090000",
                "DTEND;TZID=Europe/Berlin:20261130T093000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO",
                "EXDATE;TZID=Europe/Berlin:20261207T090000",
                "DTSTAMP:20261201T070000Z",
                f"UID:{series}",
                "CREATED:20261020T080000Z",
                "DESCRIPTION:",
                "LAST-MODIFIED:20261201T065900Z",
                "LOCATION:",
                "SEQUENCE:1",
                "STATUS:CONFIRMED",
                "SUMMARY:Wochenplanung (Bewerbungen & Haushalt)",
                "TRANSP:OPAQUE",
            ]
        ),
        method="PUBLISH",
        extra=["X-WR-CALNAME:Maya privat", "X-WR-TIMEZONE:Europe/Berlin"],
    )
    window = ["2026-11-30T00:00:00Z", "2026-12-21T00:00:00Z"]
    return lines, expect(
        "Google Calendar export",
        "Europe/Berlin",
        ev(
            uid,
            "2026-12-08T09:00:00Z",
            "2026-12-08T10:00:00Z",
            who=["erika.mustermann@fernwerk.example"],
            company="Fernwerk",
            role="Backend-Entwicklerin",
        ),
        ev(series, "2026-11-30T08:00:00Z", "2026-11-30T08:30:00Z", rid="20261130T080000Z", interview=False),
        ev(series, "2026-12-14T08:00:00Z", "2026-12-14T08:30:00Z", rid="20261214T080000Z", interview=False),
        window=window,
    )


@case
def outlook_teams_technical() -> tuple[list[str], dict[str, Any]]:
    """Outlook desktop request with a Pacific Standard Time VTIMEZONE, a Teams link and a room."""
    uid = "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000F1E2D3C4B5A6978812"
    lines = vcal(
        OUTLOOK,
        vtz("Pacific Standard Time", "-0800", "-0700", rule="us", ms=True),
        vevent(
            [
                org("raj.patel@kestrelrobotics.example", "Raj Patel"),
                att(USER, "Maya Example"),
                att("john.roe@kestrelrobotics.example", "John Roe"),
                att(
                    "rainier@kestrelrobotics.example",
                    "Conf Room Rainier (8)",
                    cutype="ROOM",
                    role="NON-PARTICIPANT",
                ),
                teams("ZjA1OGM4NzEtYzQ2"),
                f"UID:{uid}",
                "SUMMARY;LANGUAGE=en-US:Technical Interview - Kestrel Robotics - Firmware Engineer",
                "DTSTART;TZID=Pacific Standard Time:20261204T090000",
                "DTEND;TZID=Pacific Standard Time:20261204T103000",
                "DTSTAMP:20261126T231502Z",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting; Conf Room Rainier (8)",
                "SEQUENCE:0",
                *ms_props("TENTATIVE"),
                "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Outlook 2021 invite (Teams)",
        "America/Los_Angeles",
        ev(
            uid,
            "2026-12-04T17:00:00Z",
            "2026-12-04T18:30:00Z",
            who=["john.roe@kestrelrobotics.example", "raj.patel@kestrelrobotics.example"],
            company="Kestrel Robotics",
            role="Firmware Engineer",
        ),
    )


@case
def exchange_cancel_stream() -> tuple[list[str], dict[str, Any]]:
    """Two VCALENDARs for one UID: the request, then a "Canceled:" cancel with the same SEQUENCE, Windows zone
    name without a VTIMEZONE."""
    uid = "040000008200E00074C5B7101A82E0080000000090D7E31C2A7FDB010000000000000000100000004C1AB0E77F3E2A4B9F"
    common = [
        org("jane.doe@lumenfold.example", "Jane Doe"),
        f"UID:{uid}",
        "DTSTART;TZID=W. Europe Standard Time:20261210T140000",
        "DTEND;TZID=W. Europe Standard Time:20261210T144500",
        "SEQUENCE:0",
        "CLASS:PUBLIC",
    ]
    request = vcal(
        EXCHANGE,
        vevent(
            [
                *common,
                att(USER, "Maya Example"),
                "SUMMARY;LANGUAGE=en-US:Hiring Manager Chat | Lumenfold | Product Manager",
                "DTSTAMP:20261201T091200Z",
                "STATUS:CONFIRMED",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                teams("NmQ3YjE0ZTItMWU2"),
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            ]
        ),
        method="REQUEST",
    )
    cancel = vcal(
        EXCHANGE,
        vevent(
            [
                *common,
                att(USER, "Maya Example"),
                "SUMMARY;LANGUAGE=en-US:Canceled: Hiring Manager Chat | Lumenfold | Product Manager",
                "DTSTAMP:20261205T160344Z",
                "STATUS:CANCELLED",
                "PRIORITY:1",
                "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
            ]
        ),
        method="CANCEL",
    )
    return request + cancel, expect(
        "Exchange Online iTIP stream (request, cancel)",
        "Europe/Amsterdam",
        ev(
            uid,
            "2026-12-10T13:00:00Z",
            "2026-12-10T13:45:00Z",
            cancelled=True,
            who=["jane.doe@lumenfold.example"],
            company="Lumenfold",
            role="Product Manager",
        ),
    )


@case
def exchange_reschedule_entretien() -> tuple[list[str], dict[str, Any]]:
    """Two requests for one UID, the second (higher SEQUENCE) moves a French interview by two days."""
    uid = "040000008200E00074C5B7101A82E00800000000C07A9E5D3B80DB01000000000000000010000000A9E1D2C3B4A5968701"
    tz = vtz("Romance Standard Time", "+0100", "+0200", ms=True)
    people = [
        org("jean.dupont@ondine.example", "Jean Dupont"),
        att(USER, "Maya Example"),
        att("marie.dupont@ondine.example", "Marie Dupont"),
    ]

    def request(sequence: int, day: str, hour: str, stamp: str) -> list[str]:
        return vcal(
            EXCHANGE,
            tz,
            vevent(
                [
                    *people,
                    f"UID:{uid}",
                    "SUMMARY;LANGUAGE=fr-FR:Entretien technique — Ondine — Développeur Python",
                    f"DTSTART;TZID=Romance Standard Time:{day}T{hour}0000",
                    f"DTEND;TZID=Romance Standard Time:{day}T{int(hour) + 1:02d}0000",
                    f"DTSTAMP:{stamp}",
                    f"SEQUENCE:{sequence}",
                    "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
                    teams("YjJkNGUxOTgtMzc4"),
                    *ms_props("TENTATIVE"),
                ]
            ),
            method="REQUEST",
        )

    lines = request(0, "20261207", "10", "20261127T084500Z") + request(
        1, "20261209", "15", "20261130T170212Z"
    )
    return lines, expect(
        "Exchange Online iTIP stream (request, update)",
        "Europe/Paris",
        ev(
            uid,
            "2026-12-09T14:00:00Z",
            "2026-12-09T15:00:00Z",
            who=["jean.dupont@ondine.example", "marie.dupont@ondine.example"],
            company="Ondine",
            role="Développeur Python",
        ),
    )


@case
def icloud_floating_entretien_final() -> tuple[list[str], dict[str, Any]]:
    """iPhone entry typed by the user: floating times, no attendees, "chez" before the company."""
    uid = "5E1B7C2A-94D3-4F0E-8A61-2C7D9B3E0F45"
    lines = vcal(
        APPLE,
        vevent(
            [
                "CREATED:20261128T192233Z",
                "DTEND:20261211T160000",
                "DTSTAMP:20261128T192301Z",
                "DTSTART:20261211T143000",
                "LAST-MODIFIED:20261128T192301Z",
                "LOCATION:12 rue des Halles\\nParis",
                "SEQUENCE:0",
                f"SUMMARY:{esc('Entretien final chez Marbre & Cie – Cheffe de projet')}",
                "TRANSP:OPAQUE",
                f"UID:{uid}",
                "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:Rappel",
                "TRIGGER:-PT1H",
                "UID:0A3F6C1E-1B2D-4E5F-9A8B-7C6D5E4F3A2B",
                "X-WR-ALARMUID:0A3F6C1E-1B2D-4E5F-9A8B-7C6D5E4F3A2B",
                "END:VALARM",
            ]
        ),
    )
    return lines, expect(
        "iCloud (iPhone, floating time)",
        "Europe/Paris",
        ev(
            uid,
            "2026-12-11T13:30:00Z",
            "2026-12-11T15:00:00Z",
            company="Marbre & Cie",
            role="Cheffe de projet",
        ),
    )


@case
def icloud_prep_and_todos() -> tuple[list[str], dict[str, Any]]:
    """Look-alikes in the user's own calendar: a prep block, a thank-you to-do and a research reminder."""
    uids = [
        "9C0D3E21-7A44-4B1F-8E2D-5F6A7B8C9D01",
        "9C0D3E21-7A44-4B1F-8E2D-5F6A7B8C9D02",
        "9C0D3E21-7A44-4B1F-8E2D-5F6A7B8C9D03",
    ]
    items = [
        ("20261202T190000", "20261202T200000", "Prep: Brightwave interview (STAR stories, SQL drills)"),
        ("20261203T180000", "20261203T181500", "Send thank-you notes after Brightwave interview"),
        ("20261202T080000", "20261202T090000", "Research Orbitel before Friday's interview"),
    ]
    events = [
        vevent(
            [
                "CREATED:20261201T220000Z",
                f"DTEND:{end}",
                "DTSTAMP:20261201T220010Z",
                f"DTSTART:{start}",
                "SEQUENCE:0",
                f"SUMMARY:{esc(title)}",
                "TRANSP:OPAQUE",
                f"UID:{uid}",
            ]
        )
        for uid, (start, end, title) in zip(uids, items, strict=True)
    ]
    lines = vcal(MAC, *events, extra=["X-WR-CALNAME:Job search", "X-APPLE-CALENDAR-COLOR:#34AADC"])
    return lines, expect(
        "iCloud (macOS export, floating times)",
        "America/New_York",
        ev(uids[0], "2026-12-03T00:00:00Z", "2026-12-03T01:00:00Z", interview=False),
        ev(uids[1], "2026-12-03T23:00:00Z", "2026-12-03T23:15:00Z", interview=False),
        ev(uids[2], "2026-12-02T13:00:00Z", "2026-12-02T14:00:00Z", interview=False),
    )


@case
def nextcloud_entrevista_tecnica() -> tuple[list[str], dict[str, Any]]:
    """Nextcloud with its own VTIMEZONE; one interviewer declined."""
    uid = "b8d2e6f0-3c1a-4e7b-9d5f-2a4c6e8f0b13"
    lines = vcal(
        NEXTCLOUD,
        vtz("Europe/Madrid", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                "CREATED:20261130T103011Z",
                "DTSTAMP:20261130T103154Z",
                "LAST-MODIFIED:20261130T103154Z",
                "SEQUENCE:2",
                f"UID:{uid}",
                "DTSTART;TZID=Europe/Madrid:20261215T110000",
                "DTEND;TZID=Europe/Madrid:20261215T120000",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Entrevista técnica: Solana Pagos / Ingeniera de Backend')}",
                "LOCATION:https://nube.solanapagos.example/call/x7k2m9qa",
                org("juan.perez@solanapagos.example", "Juan Pérez"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
                att("pedro.perez@solanapagos.example", "Pedro Pérez", partstat="DECLINED"),
                att("juan.perez@solanapagos.example", "Juan Pérez", partstat="ACCEPTED", role="CHAIR"),
            ]
        ),
    )
    return lines, expect(
        "Nextcloud Calendar",
        "Europe/Madrid",
        ev(
            uid,
            "2026-12-15T10:00:00Z",
            "2026-12-15T11:00:00Z",
            who=["juan.perez@solanapagos.example"],
            company="Solana Pagos",
            role="Ingeniera de Backend",
        ),
    )


@case
def fastmail_colloquio() -> tuple[list[str], dict[str, Any]]:
    """Fastmail invite, middle dots between stage, company and role."""
    uid = "f3a9c1e7-5b2d-4068-a4e2-7c9b1d3f5a70"
    lines = vcal(
        FASTMAIL,
        vtz("Europe/Rome", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                f"UID:{uid}",
                "SEQUENCE:0",
                "DTSTAMP:20261126T140512Z",
                "CREATED:20261126T140512Z",
                "DTSTART;TZID=Europe/Rome:20261202T160000",
                "DURATION:PT45M",
                "PRIORITY:0",
                f"SUMMARY:{esc('Colloquio conoscitivo · Vetreria Digitale · UX Designer')}",
                "DESCRIPTION:Ciao Maya\\, ci vediamo su Google Meet: https://meet.google.com/vtr-dgit-ale",
                "STATUS:CONFIRMED",
                org("mario.rossi@vetreriadigitale.example", "Mario Rossi"),
                att("mario.rossi@vetreriadigitale.example", "Mario Rossi", partstat="ACCEPTED"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Fastmail",
        "Europe/Rome",
        ev(
            uid,
            "2026-12-02T15:00:00Z",
            "2026-12-02T15:45:00Z",
            who=["mario.rossi@vetreriadigitale.example"],
            company="Vetreria Digitale",
            role="UX Designer",
        ),
    )


@case
def proton_sollicitatiegesprek() -> tuple[list[str], dict[str, Any]]:
    """Proton invite with pipes; a group address among the attendees."""
    uid = "Kf3hQ9xLmP2vT8rW1nZ6yB4cD7eG0jS5@proton.me"
    lines = vcal(
        PROTON,
        vtz("Europe/Amsterdam", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261127T091500Z",
                "DTSTART;TZID=Europe/Amsterdam:20261203T133000",
                "DTEND;TZID=Europe/Amsterdam:20261203T143000",
                "SEQUENCE:0",
                f"SUMMARY:{esc('Sollicitatiegesprek | Tulpwerk | Data-analist')}",
                "LOCATION:Tulpwerk\\, Keizersgracht 1\\, Amsterdam",
                org("jan.jansen@tulpwerk.example", "Jan Jansen"),
                att("werving@tulpwerk.example", "Werving Tulpwerk", cutype="GROUP"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Proton Calendar",
        "Europe/Amsterdam",
        ev(
            uid,
            "2026-12-03T12:30:00Z",
            "2026-12-03T13:30:00Z",
            who=["jan.jansen@tulpwerk.example"],
            company="Tulpwerk",
            role="Data-analist",
        ),
    )


@case
def zoho_entrevista_gestor() -> tuple[list[str], dict[str, Any]]:
    """Zoho, role first and "@ company"; São Paulo has no daylight saving time any more."""
    uid = "0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c@zoho.com"
    lines = vcal(
        ZOHO,
        vtz("America/Sao_Paulo", "-0300", names=("-03", "")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261201T120000Z",
                "DTSTART;TZID=America/Sao_Paulo:20261208T100000",
                "DTEND;TZID=America/Sao_Paulo:20261208T110000",
                f"SUMMARY:{esc('Entrevista com gestor: Engenheira de Software @ Cajuí')}",
                "DESCRIPTION:Link: https://meet.google.com/caj-uien-gst",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                org("joao.silva@cajui.example", "João Silva"),
                att("joao.silva@cajui.example", "João Silva", partstat="ACCEPTED"),
                att(USER, "Maya Example"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Zoho Calendar",
        "America/Sao_Paulo",
        ev(
            uid,
            "2026-12-08T13:00:00Z",
            "2026-12-08T14:00:00Z",
            who=["joao.silva@cajui.example"],
            company="Cajuí",
            role="Engenheira de Software",
        ),
    )


@case
def zoom_andra_intervjun() -> tuple[list[str], dict[str, Any]]:
    """Zoom's downloaded invite: organizer only, the join link as LOCATION, a second-round title in Swedish."""
    uid = "ZOOM84711230956@zoom.us"
    lines = vcal(
        ZOOM,
        vtz("Europe/Stockholm", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                "DTSTAMP:20261201T083000Z",
                "DTSTART;TZID=Europe/Stockholm:20261209T090000",
                "DTEND;TZID=Europe/Stockholm:20261209T100000",
                f"SUMMARY:{esc('Andra intervjun – Norrsken – Systemutvecklare')}",
                f"UID:{uid}",
                "TZID:Europe/Stockholm",
                "DESCRIPTION:Sven Svensson bjuder in dig till ett schemalagt Zoom-möte.\\n\\nAnslut till Zoom-möte\\n"
                "https://us06web.zoom.us/j/84711230956?pwd=bm9ycnNrZW4\\n\\nMötes-ID: 847 1123 0956",
                "LOCATION:https://us06web.zoom.us/j/84711230956?pwd=bm9ycnNrZW4",
                org("sven.svensson@norrsken.example", "Sven Svensson"),
            ]
        ),
        method="PUBLISH",
    )
    return lines, expect(
        "Zoom (downloaded .ics)",
        "Europe/Stockholm",
        ev(
            uid,
            "2026-12-09T08:00:00Z",
            "2026-12-09T09:00:00Z",
            who=["sven.svensson@norrsken.example"],
            company="Norrsken",
            role="Systemutvecklare",
        ),
    )


@case
def outlook_rozmowa_rekrutacyjna() -> tuple[list[str], dict[str, Any]]:
    """Outlook for Windows, Polish, Windows zone name without a VTIMEZONE, a room as a RESOURCE."""
    uid = "040000008200E00074C5B7101A82E00800000000E0F1A2B3C4D5DB0100000000000000001000000077AA88BB99CC00DD"
    lines = vcal(
        OUTLOOK,
        vevent(
            [
                org("jan.kowalski@wislasoft.example", "Jan Kowalski"),
                att(USER, "Maya Example"),
                att("anna.nowak@wislasoft.example", "Anna Nowak"),
                att(
                    "sala.tatry@wislasoft.example",
                    "Sala Konferencyjna Tatry",
                    cutype="RESOURCE",
                    role="NON-PARTICIPANT",
                ),
                teams("OTk1ZGEyNWYtOGQx"),
                f"UID:{uid}",
                "SUMMARY;LANGUAGE=pl-PL:Rozmowa rekrutacyjna – Wisła Soft – Programista Java",
                "DTSTART;TZID=Central European Standard Time:20261204T120000",
                "DTEND;TZID=Central European Standard Time:20261204T130000",
                "DTSTAMP:20261125T101010Z",
                "LOCATION;LANGUAGE=pl-PL:Spotkanie w aplikacji Microsoft Teams; Sala Konferencyjna Tatry",
                "SEQUENCE:0",
                *ms_props("TENTATIVE"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Outlook for Windows invite (Teams)",
        "Europe/Warsaw",
        ev(
            uid,
            "2026-12-04T11:00:00Z",
            "2026-12-04T12:00:00Z",
            who=["anna.nowak@wislasoft.example", "jan.kowalski@wislasoft.example"],
            company="Wisła Soft",
            role="Programista Java",
        ),
    )


@case
def webex_ichiji_mensetsu() -> tuple[list[str], dict[str, Any]]:
    """Webex invite in Japanese: 【stage】company / role."""
    uid = "b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6@webex.com"
    lines = vcal(
        WEBEX,
        vtz("Asia/Tokyo", "+0900", names=("JST", "")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261130T020000Z",
                "DTSTART;TZID=Asia/Tokyo:20261207T140000",
                "DTEND;TZID=Asia/Tokyo:20261207T150000",
                f"SUMMARY:{esc('【一次面接】サクラテック / バックエンドエンジニア')}",
                "LOCATION:https://sakuratech.webex.com/sakuratech/j.php?MTID=m3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8",
                "DESCRIPTION:Webex ミーティングに参加する\\nミーティング番号: 2514 889 0172\\nパスワード: Sk7mQ2",
                org("taro.yamada@sakuratech.example", "山田 太郎"),
                att("hanako.yamada@sakuratech.example", "山田 花子"),
                att(USER, "Maya Example"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Webex Meetings invite",
        "Asia/Tokyo",
        ev(
            uid,
            "2026-12-07T05:00:00Z",
            "2026-12-07T06:00:00Z",
            who=["hanako.yamada@sakuratech.example", "taro.yamada@sakuratech.example"],
            company="サクラテック",
            role="バックエンドエンジニア",
        ),
    )


@case
def google_mianshi() -> tuple[list[str], dict[str, Any]]:
    """Google invite in Chinese with hyphens."""
    uid = "2n4p6r8t0v1x3z5b7d9f1h3j5l@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261210T020000Z",
                "DTEND:20261210T030000Z",
                "DTSTAMP:20261202T060000Z",
                org("zhang.san@qingyun.example", "张三"),
                f"UID:{uid}",
                att("li.si@qingyun.example", "李四", google=True),
                att("zhang.san@qingyun.example", "张三", partstat="ACCEPTED", google=True),
                att(USER, USER, google=True),
                *meet("qyk-jmsz-fde"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:面试 - 青云科技 - 前端工程师",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Google Calendar invite",
        "Asia/Shanghai",
        ev(
            uid,
            "2026-12-10T02:00:00Z",
            "2026-12-10T03:00:00Z",
            who=["li.si@qingyun.example", "zhang.san@qingyun.example"],
            company="青云科技",
            role="前端工程师",
        ),
    )


@case
def google_myeonjeop() -> tuple[list[str], dict[str, Any]]:
    """Google invite in Korean: [stage] company · role."""
    uid = "7m9k1j3h5g7f9d1s3a5p7o9i1u@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261211T060000Z",
                "DTEND:20261211T070000Z",
                "DTSTAMP:20261203T010000Z",
                org("gildong.hong@baramgaebi.example", "홍길동"),
                f"UID:{uid}",
                att("gildong.hong@baramgaebi.example", "홍길동", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", google=True),
                *meet("brm-gbil-abs"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:[면접] 바람개비랩 · 데이터 엔지니어",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Google Calendar invite",
        "Asia/Seoul",
        ev(
            uid,
            "2026-12-11T06:00:00Z",
            "2026-12-11T07:00:00Z",
            who=["gildong.hong@baramgaebi.example"],
            company="바람개비랩",
            role="데이터 엔지니어",
        ),
    )


@case
def calendly_recruiter_screen() -> tuple[list[str], dict[str, Any]]:
    """Calendly: only people's names in the title; the company comes from the host's domain."""
    uid = "e2b4c6d8-f0a1-4b3c-8d5e-7f9a1b3c5d7e"
    description = (
        "Event Name: Recruiter Screen\n\nLocation: This is a Google Meet web conference.\n"
        "https://meet.google.com/qhv-ntsc-rns\n\nNeed to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/e2b4c6d8\n"
        "Reschedule: https://calendly.com/reschedulings/e2b4c6d8\n\nPowered by Calendly.com"
    )
    lines = vcal(
        "-//Calendly//Calendly Scheduling//EN",
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261126T110301Z",
                "DTSTART:20261201T160000Z",
                "DTEND:20261201T163000Z",
                "SUMMARY:Recruiter Screen between Jane Doe and Maya Example",
                f"DESCRIPTION:{esc(description)}",
                "LOCATION:https://meet.google.com/qhv-ntsc-rns",
                org("jane.doe@quillhaven.example", "Jane Doe"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
                att("jane.doe@quillhaven.example", "Jane Doe", partstat="ACCEPTED"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Calendly booking",
        "Europe/London",
        ev(
            uid,
            "2026-12-01T16:00:00Z",
            "2026-12-01T16:30:00Z",
            who=["jane.doe@quillhaven.example"],
            company="Quillhaven",
            role="",
        ),
    )


@case
def calcom_kennenlerngespraech() -> tuple[list[str], dict[str, Any]]:
    """Cal.com booking in German: people's names in the title, the role in the description."""
    uid = "qB7xK2mN9pR4sT1vW6yZ3aC8dF5gH0jL@cal.com"
    description = (
        "Was: Kennenlerngespräch mit dem Recruiting für die Stelle Frontend-Entwicklerin\n"
        "Wann: Mittwoch, 2. Dezember 2026 14:00 - 14:30 (Europe/Berlin)\n"
        "Wo: https://app.cal.com/video/qB7xK2mN9pR4\n\nStornieren oder verschieben: "
        "https://app.cal.com/booking/qB7xK2mN9pR4"
    )
    lines = vcal(
        "-//Cal.com Inc.//Cal.com Event//EN",
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261127T150000Z",
                "DTSTART:20261202T130000Z",
                "DTEND:20261202T133000Z",
                "SUMMARY:Kennenlerngespräch zwischen Erika Mustermann und Maya Example",
                f"DESCRIPTION:{esc(description)}",
                "LOCATION:https://app.cal.com/video/qB7xK2mN9pR4",
                org("erika.mustermann@holzbrueck.example", "Erika Mustermann"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
                "STATUS:CONFIRMED",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Cal.com booking",
        "Europe/Berlin",
        ev(
            uid,
            "2026-12-02T13:00:00Z",
            "2026-12-02T13:30:00Z",
            who=["erika.mustermann@holzbrueck.example"],
            company="Holzbrueck",
            role="Frontend-Entwicklerin",
        ),
    )


@case
def goodtime_onsite_loop() -> tuple[list[str], dict[str, Any]]:
    """GoodTime: the recruiting mailbox organises an onsite loop with three interviewers and a room."""
    uid = "gt-7f3e9a1c-4b2d-4e6f-8a0b-1c2d3e4f5a6b@goodtime.example"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261214T150000Z",
                "DTEND:20261214T190000Z",
                "DTSTAMP:20261204T210000Z",
                org("recruiting@parcelwise.example", "Parcelwise Recruiting"),
                f"UID:{uid}",
                att("jane.doe@parcelwise.example", "Jane Doe", partstat="ACCEPTED", google=True),
                att("raj.patel@parcelwise.example", "Raj Patel", partstat="ACCEPTED", google=True),
                att("john.roe@parcelwise.example", "John Roe", google=True),
                att(USER, "Maya Example", google=True),
                att(
                    "c_nyc12hudson@resource.calendar.example",
                    "NYC-12-Hudson (10) [Zoom Room]",
                    cutype="RESOURCE",
                    partstat="ACCEPTED",
                    google=True,
                ),
                "DESCRIPTION:Hi Maya\\, here is your onsite agenda:\\n10:00 Coding (Jane Doe)\\n11:00 System design "
                "(Raj Patel)\\n12:00 Lunch\\n13:00 Values (John Roe)\\n\\nScheduled with GoodTime",
                "LOCATION:Parcelwise HQ\\, 12th floor\\, NYC-12-Hudson",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Maya Example – Onsite – Staff Engineer (Parcelwise)')}",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "GoodTime via Google Calendar",
        "America/New_York",
        ev(
            uid,
            "2026-12-14T15:00:00Z",
            "2026-12-14T19:00:00Z",
            who=[
                "jane.doe@parcelwise.example",
                "john.roe@parcelwise.example",
                "raj.patel@parcelwise.example",
                "recruiting@parcelwise.example",
            ],
            company="Parcelwise",
            role="Staff Engineer",
        ),
    )


@case
def greenhouse_final_round_sydney() -> tuple[list[str], dict[str, Any]]:
    """Greenhouse scheduling from a no-reply organizer, Sydney summer time: the UTC day is the day before."""
    uid = "greenhouse-interview-48213377@scheduling.greenhouse.example"
    lines = vcal(
        "-//Greenhouse//Greenhouse Scheduler//EN",
        vtz("Australia/Sydney", "+1000", "+1100", rule="au", names=("AEST", "AEDT")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261207T010000Z",
                "DTSTART;TZID=Australia/Sydney:20261216T100000",
                "DTEND;TZID=Australia/Sydney:20261216T110000",
                "SUMMARY:Final Round: Site Reliability Engineer at Harborlight",
                "DESCRIPTION:Hi Maya\\, you will meet Jane Doe (Head of Infrastructure). Zoom: "
                "https://harborlight.zoom.us/j/93318820041",
                org("no-reply@scheduling.greenhouse.example", "Greenhouse Scheduling"),
                att("jane.doe@harborlight.example", "Jane Doe", partstat="ACCEPTED"),
                att(USER, "Maya Example"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Greenhouse scheduler",
        "Australia/Sydney",
        ev(
            uid,
            "2026-12-15T23:00:00Z",
            "2026-12-16T00:00:00Z",
            who=["jane.doe@harborlight.example"],
            company="Harborlight",
            role="Site Reliability Engineer",
        ),
    )


@case
def lever_rencontre_equipe() -> tuple[list[str], dict[str, Any]]:
    """Lever through Google, French "meet the team", the hiring team's mailbox organises."""
    uid = "lever-4f8e2d6c-0b1a-4937-8c5d-e6f7a8b9c0d1@clairseme.example"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261217T090000Z",
                "DTEND:20261217T100000Z",
                "DTSTAMP:20261208T160000Z",
                org("recrutement@clairseme.example", "Recrutement Clairsemé"),
                f"UID:{uid}",
                att("marie.dupont@clairseme.example", "Marie Dupont", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", google=True),
                *meet("clr-smeq-ipe"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Rencontre avec l’équipe – Clairsemé – Ingénieure DevOps')}",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Lever via Google Calendar",
        "Europe/Paris",
        ev(
            uid,
            "2026-12-17T09:00:00Z",
            "2026-12-17T10:00:00Z",
            who=["marie.dupont@clairseme.example", "recrutement@clairseme.example"],
            company="Clairsemé",
            role="Ingénieure DevOps",
        ),
    )


@case
def ashby_pair_programming() -> tuple[list[str], dict[str, Any]]:
    """Ashby: stage · company · candidate name, no role anywhere; Lisbon is on UTC in winter."""
    uid = "ashby-interview-6c1f0e9d-2b3a-4c5d-8e7f-90a1b2c3d4e5"
    lines = vcal(
        "-//Ashby//Ashby Scheduling//EN",
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261128T120000Z",
                "DTSTART:20261203T150000Z",
                "DTEND:20261203T163000Z",
                "SUMMARY:Pair Programming · Kelpfield · Maya Example",
                "DESCRIPTION:Please have your editor ready. Join: https://meet.google.com/klp-fldp-air",
                org("raj.patel@kelpfield.example", "Raj Patel"),
                att(USER, "Maya Example"),
                att("raj.patel@kelpfield.example", "Raj Patel", partstat="ACCEPTED"),
                att("john.roe@kelpfield.example", "John Roe", partstat="ACCEPTED"),
                "STATUS:CONFIRMED",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Ashby scheduler",
        "Europe/Lisbon",
        ev(
            uid,
            "2026-12-03T15:00:00Z",
            "2026-12-03T16:30:00Z",
            who=["john.roe@kelpfield.example", "raj.patel@kelpfield.example"],
            company="Kelpfield",
            role="",
        ),
    )


@case
def workday_entrevista_seleccion() -> tuple[list[str], dict[str, Any]]:
    """Workday-style: no company in the title (the organizer's domain gives it), a requisition number after the
    role; Mexico City's evening is the next UTC day."""
    uid = "WD-INTERVIEW-EVT-000348812@ibericasol.example"
    lines = vcal(
        "-//Workday Inc.//Workday Recruiting//ES",
        vtz("America/Mexico_City", "-0600", names=("CST", "")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261125T180000Z",
                "DTSTART;TZID=America/Mexico_City:20261201T170000",
                "DTEND;TZID=America/Mexico_City:20261201T180000",
                "SUMMARY:Entrevista de selección - Analista Financiero - R-04417",
                "DESCRIPTION:Entrevistador: Juan Pérez\\nEnlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_wd",
                org("talento@ibericasol.example", "Talento Ibericasol"),
                att("juan.perez@ibericasol.example", "Juan Pérez"),
                att(USER, "Maya Example"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Workday recruiting",
        "America/Mexico_City",
        ev(
            uid,
            "2026-12-01T23:00:00Z",
            "2026-12-02T00:00:00Z",
            who=["juan.perez@ibericasol.example", "talento@ibericasol.example"],
            company="Ibericasol",
            role="Analista Financiero",
        ),
    )


@case
def smartrecruiters_assessment_center() -> tuple[list[str], dict[str, Any]]:
    """SmartRecruiters-style assessment centre in Italian, a whole working day, a room."""
    uid = "sr-evt-9a8b7c6d5e4f@smartrecruiters.example"
    lines = vcal(
        "-//SmartRecruiters//SmartRecruiters Calendar//EN",
        vtz("Europe/Rome", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261130T100000Z",
                "DTSTART;TZID=Europe/Rome:20261218T090000",
                "DTEND;TZID=Europe/Rome:20261218T170000",
                f"SUMMARY:{esc('Assessment center – Pianoforte Assicurazioni – Trainee attuariale')}",
                "LOCATION:Sala Verdi\\, Via Roma 10\\, Milano",
                org("selezione@pianoforte.example", "Selezione Pianoforte"),
                att("mario.rossi@pianoforte.example", "Mario Rossi"),
                att("sala.verdi@pianoforte.example", "Sala Verdi", cutype="ROOM", role="NON-PARTICIPANT"),
                att(USER, "Maya Example"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "SmartRecruiters",
        "Europe/Rome",
        ev(
            uid,
            "2026-12-18T08:00:00Z",
            "2026-12-18T16:00:00Z",
            who=["mario.rossi@pianoforte.example", "selezione@pianoforte.example"],
            company="Pianoforte Assicurazioni",
            role="Trainee attuariale",
        ),
    )


@case
def personio_zweitgespraech() -> tuple[list[str], dict[str, Any]]:
    """Personio: a no-reply organizer, role first and the company after a pipe."""
    uid = "personio-interview-2217751@personio.example"
    lines = vcal(
        "-//Personio GmbH//Personio Recruiting//DE",
        vtz("Europe/Berlin", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261202T080000Z",
                "DTSTART;TZID=Europe/Berlin:20261209T153000",
                "DTEND;TZID=Europe/Berlin:20261209T163000",
                "SUMMARY:Zweitgespräch: Teamleiterin Disposition | Kranich Logistik",
                "DESCRIPTION:Sie treffen Erika Mustermann und Max Mustermann.",
                org("noreply@personio.example", "Personio"),
                att("erika.mustermann@kranich-logistik.example", "Erika Mustermann"),
                att("max.mustermann@kranich-logistik.example", "Max Mustermann"),
                att(USER, "Maya Example"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Personio",
        "Europe/Berlin",
        ev(
            uid,
            "2026-12-09T14:30:00Z",
            "2026-12-09T15:30:00Z",
            who=["erika.mustermann@kranich-logistik.example", "max.mustermann@kranich-logistik.example"],
            company="Kranich Logistik",
            role="Teamleiterin Disposition",
        ),
    )


@case
def recruitee_sollicitatie_zonder_bedrijf() -> tuple[list[str], dict[str, Any]]:
    """Recruitee-style Dutch title with the user's name and the role, no company: the domain gives it."""
    uid = "recruitee-ev-77310452@zeewind.example"
    lines = vcal(
        "-//Recruitee//Recruitee//NL",
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261203T090000Z",
                "DTSTART:20261211T090000Z",
                "DTEND:20261211T100000Z",
                "SUMMARY:Sollicitatiegesprek met Maya Example voor Product Owner",
                org("piet.jansen@zeewind.example", "Piet Jansen"),
                att(USER, "Maya Example"),
                "LOCATION:https://meet.google.com/zwd-prod-own",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Recruitee",
        "Europe/Amsterdam",
        ev(
            uid,
            "2026-12-11T09:00:00Z",
            "2026-12-11T10:00:00Z",
            who=["piet.jansen@zeewind.example"],
            company="Zeewind",
            role="Product Owner",
        ),
    )


@case
def teamtailor_jobsamtale() -> tuple[list[str], dict[str, Any]]:
    """Teamtailor-style Danish title: role "hos" company."""
    uid = "teamtailor-meeting-5529931@teamtailor.example"
    lines = vcal(
        "-//Teamtailor//Teamtailor Meetings//EN",
        vtz("Europe/Copenhagen", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261126T130000Z",
                "DTSTART;TZID=Europe/Copenhagen:20261202T130000",
                "DTEND;TZID=Europe/Copenhagen:20261202T140000",
                "SUMMARY:Jobsamtale: Frontend-udvikler hos Fjordlys",
                org("jens.hansen@fjordlys.example", "Jens Hansen"),
                att(USER, "Maya Example"),
                "LOCATION:https://meet.teamtailor.example/fjordlys/5529931",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Teamtailor",
        "Europe/Copenhagen",
        ev(
            uid,
            "2026-12-02T12:00:00Z",
            "2026-12-02T13:00:00Z",
            who=["jens.hansen@fjordlys.example"],
            company="Fjordlys",
            role="Frontend-udvikler",
        ),
    )


@case
def bamboohr_jobbintervju() -> tuple[list[str], dict[str, Any]]:
    """BambooHR-style Norwegian title: role with the company in brackets."""
    uid = "bamboohr-interview-88120@nordlysstrom.example"
    lines = vcal(
        "-//BambooHR//BambooHR ATS//EN",
        vtz("Europe/Oslo", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261201T100000Z",
                "DTSTART;TZID=Europe/Oslo:20261208T090000",
                "DTEND;TZID=Europe/Oslo:20261208T100000",
                "SUMMARY:Jobbintervju: Prosjektleder (Nordlysstrøm)",
                org("ola.nordmann@nordlysstrom.example", "Ola Nordmann"),
                att("kari.nordmann@nordlysstrom.example", "Kari Nordmann"),
                att(USER, "Maya Example"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "BambooHR",
        "Europe/Oslo",
        ev(
            uid,
            "2026-12-08T08:00:00Z",
            "2026-12-08T09:00:00Z",
            who=["kari.nordmann@nordlysstrom.example", "ola.nordmann@nordlysstrom.example"],
            company="Nordlysstrøm",
            role="Prosjektleder",
        ),
    )


@case
def hirevue_tyohaastattelu() -> tuple[list[str], dict[str, Any]]:
    """HireVue live interview in Finnish, organised by a no-reply address."""
    uid = "hirevue-live-3f2e1d0c@hirevue.example"
    lines = vcal(
        "-//HireVue//HireVue Scheduling//EN",
        vtz("Europe/Helsinki", "+0200", "+0300", names=("EET", "EEST")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261202T070000Z",
                "DTSTART;TZID=Europe/Helsinki:20261210T120000",
                "DTEND;TZID=Europe/Helsinki:20261210T130000",
                "SUMMARY:Työhaastattelu: Revontuli / Ohjelmistokehittäjä",
                "DESCRIPTION:Liity HireVue-haastatteluun: https://app.hirevue.example/live/3f2e1d0c",
                org("no-reply@hirevue.example", "HireVue"),
                att("matti.meikalainen@revontuli.example", "Matti Meikäläinen"),
                att(USER, "Maya Example"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "HireVue",
        "Europe/Helsinki",
        ev(
            uid,
            "2026-12-10T10:00:00Z",
            "2026-12-10T11:00:00Z",
            who=["matti.meikalainen@revontuli.example"],
            company="Revontuli",
            role="Ohjelmistokehittäjä",
        ),
    )


@case
def gem_pohovor() -> tuple[list[str], dict[str, Any]]:
    """Gem scheduling through Google, Czech."""
    uid = "gem-sched-0b1c2d3e4f@vltavadata.example"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261215T080000Z",
                "DTEND:20261215T090000Z",
                "DTSTAMP:20261207T120000Z",
                org("jan.novak@vltavadata.example", "Jan Novák"),
                f"UID:{uid}",
                att("jana.novakova@vltavadata.example", "Jana Nováková", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", google=True),
                *meet("vlt-vdat-apo"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Pohovor – Vltava Data – Datový analytik')}",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Gem via Google Calendar",
        "Europe/Prague",
        ev(
            uid,
            "2026-12-15T08:00:00Z",
            "2026-12-15T09:00:00Z",
            who=["jan.novak@vltavadata.example", "jana.novakova@vltavadata.example"],
            company="Vltava Data",
            role="Datový analytik",
        ),
    )


@case
def modernloop_teknik_mulakat() -> tuple[list[str], dict[str, Any]]:
    """ModernLoop-style Turkish technical interview; the scheduler bot is an attendee."""
    uid = "modernloop-7d6c5b4a3f2e@modernloop.example"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261203T080000Z",
                "DTEND:20261203T093000Z",
                "DTSTAMP:20261126T080000Z",
                org("ahmet.yilmaz@bogazici-yazilim.example", "Ahmet Yılmaz"),
                f"UID:{uid}",
                att("scheduler@modernloop.example", "ModernLoop Scheduler", partstat="ACCEPTED", google=True),
                att("ayse.yilmaz@bogazici-yazilim.example", "Ayşe Yılmaz", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", google=True),
                *meet("bgz-ykdm-tkn"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Teknik mülakat: Boğaziçi Yazılım – Kıdemli Backend Geliştirici')}",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "ModernLoop via Google Calendar",
        "Europe/Istanbul",
        ev(
            uid,
            "2026-12-03T08:00:00Z",
            "2026-12-03T09:30:00Z",
            who=["ahmet.yilmaz@bogazici-yazilim.example", "ayse.yilmaz@bogazici-yazilim.example"],
            company="Boğaziçi Yazılım",
            role="Kıdemli Backend Geliştirici",
        ),
    )


@case
def paradox_interviu() -> tuple[list[str], dict[str, Any]]:
    """Paradox-style assistant as organizer (a bot), Romanian, a store manager role."""
    uid = "paradox-olivia-5f4e3d2c1b@paradox.example"
    lines = vcal(
        "-//Paradox//Olivia Scheduling//EN",
        vtz("Europe/Bucharest", "+0200", "+0300", names=("EET", "EEST")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261130T150000Z",
                "DTSTART;TZID=Europe/Bucharest:20261207T100000",
                "DTEND;TZID=Europe/Bucharest:20261207T103000",
                f"SUMMARY:{esc('Interviu – Carpați Retail – Manager de magazin')}",
                "LOCATION:Magazin Carpați Retail\\, Bd. Unirii 5\\, București",
                org("olivia@paradox.example", "Olivia (asistent de recrutare)"),
                att("ion.popescu@carpatiretail.example", "Ion Popescu"),
                att(USER, "Maya Example"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Paradox assistant",
        "Europe/Bucharest",
        ev(
            uid,
            "2026-12-07T08:00:00Z",
            "2026-12-07T08:30:00Z",
            who=["ion.popescu@carpatiretail.example"],
            company="Carpați Retail",
            role="Manager de magazin",
        ),
    )


@case
def google_allasinterju() -> tuple[list[str], dict[str, Any]]:
    """Google invite in Hungarian with pipes."""
    uid = "1a3c5e7g9i1k3m5o7q9s1u3w5y@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261214T130000Z",
                "DTEND:20261214T140000Z",
                "DTSTAMP:20261206T100000Z",
                org("kovacs.janos@dunafintech.example", "Kovács János"),
                f"UID:{uid}",
                att("kovacs.janos@dunafintech.example", "Kovács János", partstat="ACCEPTED", google=True),
                att("nagy.eva@dunafintech.example", "Nagy Éva", partstat="TENTATIVE", google=True),
                att(USER, "Maya Example", google=True),
                *meet("dnf-tcha-lls"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Állásinterjú | Duna Fintech | Java fejlesztő",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Google Calendar invite",
        "Europe/Budapest",
        ev(
            uid,
            "2026-12-14T13:00:00Z",
            "2026-12-14T14:00:00Z",
            who=["kovacs.janos@dunafintech.example", "nagy.eva@dunafintech.example"],
            company="Duna Fintech",
            role="Java fejlesztő",
        ),
    )


@case
def outlook_synenteuxi() -> tuple[list[str], dict[str, Any]]:
    """Outlook on the web, Greek, GTB Standard Time without a VTIMEZONE."""
    uid = "040000008200E00074C5B7101A82E008000000003C2B1A09F8E7DB01000000000000000010000000AB12CD34EF56AB78"
    lines = vcal(
        EXCHANGE,
        vevent(
            [
                org("g.papadopoulos@aigaio-tech.example", "Γιώργος Παπαδόπουλος"),
                att(USER, "Maya Example"),
                f"UID:{uid}",
                "SUMMARY;LANGUAGE=el-GR:Συνέντευξη – Αιγαίο Τεχνολογίες – Μηχανικός Λογισμικού",
                "DTSTART;TZID=GTB Standard Time:20261216T110000",
                "DTEND;TZID=GTB Standard Time:20261216T120000",
                "DTSTAMP:20261208T090000Z",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=el-GR:Σύσκεψη Microsoft Teams",
                teams("ZWxsaW5pa2EtMjAy"),
                *ms_props("TENTATIVE"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Outlook on the web invite (Teams)",
        "Europe/Athens",
        ev(
            uid,
            "2026-12-16T09:00:00Z",
            "2026-12-16T10:00:00Z",
            who=["g.papadopoulos@aigaio-tech.example"],
            company="Αιγαίο Τεχνολογίες",
            role="Μηχανικός Λογισμικού",
        ),
    )


@case
def zoom_system_design_at() -> tuple[list[str], dict[str, Any]]:
    """Zoom invite from the Zoom app: "<stage> at <company>", no role."""
    uid = "ZOOM91520348877@zoom.us"
    lines = vcal(
        ZOOM,
        vtz("America/Chicago", "-0600", "-0500", rule="us", names=("CST", "CDT")),
        vevent(
            [
                "DTSTAMP:20261130T200000Z",
                "DTSTART;TZID=America/Chicago:20261204T130000",
                "DTEND;TZID=America/Chicago:20261204T140000",
                "SUMMARY:System Design Interview at Orbitel",
                f"UID:{uid}",
                "TZID:America/Chicago",
                "DESCRIPTION:Raj Patel is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\n"
                "https://orbitel.zoom.us/j/91520348877?pwd=b3JiaXRlbA\\n\\nMeeting ID: 915 2034 8877",
                "LOCATION:https://orbitel.zoom.us/j/91520348877?pwd=b3JiaXRlbA",
                org("raj.patel@orbitel.example", "Raj Patel"),
                att(USER, "Maya Example"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Zoom invite",
        "America/Chicago",
        ev(
            uid,
            "2026-12-04T19:00:00Z",
            "2026-12-04T20:00:00Z",
            who=["raj.patel@orbitel.example"],
            company="Orbitel",
            role="",
        ),
    )


@case
def webex_case_interview_with() -> tuple[list[str], dict[str, Any]]:
    """Webex invite: "Case interview with <company> — <role>"."""
    uid = "c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5@webex.com"
    lines = vcal(
        WEBEX,
        vtz("Europe/London", "+0000", "+0100", names=("GMT", "BST")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261201T160000Z",
                "DTSTART;TZID=Europe/London:20261208T093000",
                "DTEND;TZID=Europe/London:20261208T103000",
                f"SUMMARY:{esc('Case interview with Birchfield Consulting — Associate')}",
                "LOCATION:https://birchfield.webex.com/meet/jane.doe",
                org("jane.doe@birchfield.example", "Jane Doe"),
                att(USER, "Maya Example"),
                att("raj.patel@birchfield.example", "Raj Patel"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Webex Meetings invite",
        "Europe/London",
        ev(
            uid,
            "2026-12-08T09:30:00Z",
            "2026-12-08T10:30:00Z",
            who=["jane.doe@birchfield.example", "raj.patel@birchfield.example"],
            company="Birchfield Consulting",
            role="Associate",
        ),
    )


@case
def exchange_panel_brackets_india() -> tuple[list[str], dict[str, Any]]:
    """Exchange, India Standard Time VTIMEZONE (half-hour offset), [company] first, a declined panellist, a room."""
    uid = "040000008200E00074C5B7101A82E00800000000D4C3B2A19080DB01000000000000000010000000ABCDEF0123456789"
    lines = vcal(
        EXCHANGE,
        vtz("India Standard Time", "+0530", ms=True),
        vevent(
            [
                org("raj.patel@vantora.example", "Raj Patel"),
                att(USER, "Maya Example"),
                att("john.roe@vantora.example", "John Roe"),
                att("jane.doe@vantora.example", "Jane Doe", partstat="DECLINED"),
                att(
                    "blr-3f-kaveri@vantora.example",
                    "BLR-3F-Kaveri (12)",
                    cutype="RESOURCE",
                    role="NON-PARTICIPANT",
                ),
                f"UID:{uid}",
                "SUMMARY;LANGUAGE=en-US:[Vantora] Panel Interview — Solutions Architect",
                "DTSTART;TZID=India Standard Time:20261209T150000",
                "DTEND;TZID=India Standard Time:20261209T160000",
                "DTSTAMP:20261202T043000Z",
                "SEQUENCE:1",
                "LOCATION;LANGUAGE=en-US:BLR-3F-Kaveri (12)",
                *ms_props("TENTATIVE"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Exchange invite",
        "Asia/Kolkata",
        ev(
            uid,
            "2026-12-09T09:30:00Z",
            "2026-12-09T10:30:00Z",
            who=["john.roe@vantora.example", "raj.patel@vantora.example"],
            company="Vantora",
            role="Solutions Architect",
        ),
    )


@case
def google_coffee_chat_recruiter() -> tuple[list[str], dict[str, Any]]:
    """A coffee chat with a recruiter, emoji and "w/ ... from <company> recruiting"."""
    uid = "8s0u2w4y6a8c0e2g4i6k8m0o2q@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261201T110000Z",
                "DTEND:20261201T113000Z",
                "DTSTAMP:20261126T090000Z",
                org("jane.doe@saltmarsh.example", "Jane Doe"),
                f"UID:{uid}",
                att("jane.doe@saltmarsh.example", "Jane Doe", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", partstat="ACCEPTED", google=True),
                *meet("slt-mrsh-cfe"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Coffee chat ☕ w/ Jane from Saltmarsh recruiting",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Google Calendar invite",
        "Europe/Dublin",
        ev(
            uid,
            "2026-12-01T11:00:00Z",
            "2026-12-01T11:30:00Z",
            who=["jane.doe@saltmarsh.example"],
            company="Saltmarsh",
            role="",
        ),
    )


@case
def google_takehome_review_group() -> tuple[list[str], dict[str, Any]]:
    """A take-home review with the user's name in the title and a hiring group among the attendees."""
    uid = "4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261217T170000Z",
                "DTEND:20261217T180000Z",
                "DTSTAMP:20261209T180000Z",
                org("raj.patel@copperleaf.example", "Raj Patel"),
                f"UID:{uid}",
                att("data-hiring@copperleaf.example", "Data Hiring", cutype="GROUP", google=True),
                att("john.roe@copperleaf.example", "John Roe", partstat="ACCEPTED", google=True),
                att("raj.patel@copperleaf.example", "Raj Patel", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", google=True),
                *meet("cpl-tkhm-rvw"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Take-home review: Copperleaf / Data Scientist — Maya Example')}",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Google Calendar invite",
        "America/Denver",
        ev(
            uid,
            "2026-12-17T17:00:00Z",
            "2026-12-17T18:00:00Z",
            who=["john.roe@copperleaf.example", "raj.patel@copperleaf.example"],
            company="Copperleaf",
            role="Data Scientist",
        ),
    )


@case
def icloud_allday_onsite_and_travel() -> tuple[list[str], dict[str, Any]]:
    """An all-day onsite interview day and a floating travel block that names the interview."""
    uid, travel = "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F7"
    lines = vcal(
        APPLE,
        vevent(
            [
                "CREATED:20261201T010000Z",
                "DTSTART;VALUE=DATE:20261209",
                "DTEND;VALUE=DATE:20261210",
                "DTSTAMP:20261201T010100Z",
                "SEQUENCE:0",
                f"SUMMARY:{esc('Onsite interviews @ Lindqvist — Hardware Engineer')}",
                "TRANSP:TRANSPARENT",
                f"UID:{uid}",
                "LOCATION:Lindqvist\\, 200 W Madison St\\, Chicago",
            ]
        ),
        vevent(
            [
                "CREATED:20261201T010200Z",
                "DTSTART:20261208T070000",
                "DTEND:20261208T100000",
                "DTSTAMP:20261201T010300Z",
                "SEQUENCE:0",
                f"SUMMARY:{esc('Drive Madison -> Chicago for Lindqvist interview (hotel check-in)')}",
                "TRANSP:OPAQUE",
                f"UID:{travel}",
            ]
        ),
    )
    return lines, expect(
        "iCloud (iPhone, all-day and floating)",
        "America/Chicago",
        ev(
            uid, "2026-12-09T06:00:00Z", "2026-12-10T06:00:00Z", company="Lindqvist", role="Hardware Engineer"
        ),
        ev(travel, "2026-12-08T13:00:00Z", "2026-12-08T16:00:00Z", interview=False),
    )


@case
def exchange_one_on_one_thisandfuture() -> tuple[list[str], dict[str, Any]]:
    """A weekly 1:1 at the current job moved from one Monday on (RANGE=THISANDFUTURE), across the US DST change."""
    uid = "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB010000000000000000100000001122334455667788"
    tz = vtz("Eastern Standard Time", "-0500", "-0400", rule="us", ms=True)
    base = [
        org("raj.patel@northwind.example", "Raj Patel"),
        att(USER, "Maya Example", partstat="ACCEPTED"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:1:1 Maya / Raj",
        *ms_props(),
    ]
    lines = vcal(
        OUTLOOK,
        tz,
        vevent(
            [
                *base,
                "RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1",
                "DTSTART;TZID=Eastern Standard Time:20270222T100000",
                "DTEND;TZID=Eastern Standard Time:20270222T103000",
                "DTSTAMP:20270220T120000Z",
                "SEQUENCE:0",
            ]
        ),
        vevent(
            [
                *base,
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Eastern Standard Time:20270308T100000",
                "DTSTART;TZID=Eastern Standard Time:20270308T113000",
                "DTEND;TZID=Eastern Standard Time:20270308T120000",
                "DTSTAMP:20270305T150000Z",
                "SEQUENCE:1",
            ]
        ),
        method="PUBLISH",
    )
    window = ["2027-03-01T00:00:00Z", "2027-03-20T00:00:00Z"]
    return lines, expect(
        "Outlook export (series with RANGE=THISANDFUTURE)",
        "America/New_York",
        ev(uid, "2027-03-01T15:00:00Z", "2027-03-01T15:30:00Z", rid="20270301T150000Z", interview=False),
        ev(uid, "2027-03-08T16:30:00Z", "2027-03-08T17:00:00Z", rid="20270308T150000Z", interview=False),
        ev(uid, "2027-03-15T15:30:00Z", "2027-03-15T16:00:00Z", rid="20270315T140000Z", interview=False),
        window=window,
    )


@case
def google_assessment_centre_series() -> tuple[list[str], dict[str, Any]]:
    """A three-day assessment centre as a daily series: the second day removed by EXDATE, the third moved."""
    uid = "9b1d3f5h7j9l1n3p5r7t9v1x3z@google.com"
    people = [
        org("graduates@harrowgate.example", "Harrowgate Graduate Recruitment"),
        att(
            "graduates@harrowgate.example",
            "Harrowgate Graduate Recruitment",
            partstat="ACCEPTED",
            google=True,
        ),
        att("john.roe@harrowgate.example", "John Roe", partstat="ACCEPTED", google=True),
        att(USER, "Maya Example", partstat="ACCEPTED", google=True),
    ]
    title = f"SUMMARY:{esc('Assessment Centre – Harrowgate – Graduate Analyst')}"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART;TZID=Europe/London:20261207T090000",
                "DTEND;TZID=Europe/London:20261207T120000",
                "RRULE:FREQ=DAILY;COUNT=3",
                "EXDATE;TZID=Europe/London:20261208T090000",
                "DTSTAMP:20261202T100000Z",
                *people,
                f"UID:{uid}",
                "SEQUENCE:1",
                "STATUS:CONFIRMED",
                title,
                "LOCATION:Harrowgate\\, 1 King St\\, Leeds",
            ]
        ),
        vevent(
            [
                "DTSTART;TZID=Europe/London:20261209T130000",
                "DTEND;TZID=Europe/London:20261209T160000",
                "DTSTAMP:20261202T100000Z",
                *people,
                f"UID:{uid}",
                "RECURRENCE-ID;TZID=Europe/London:20261209T090000",
                "SEQUENCE:1",
                "STATUS:CONFIRMED",
                title,
                "LOCATION:Harrowgate\\, 1 King St\\, Leeds",
            ]
        ),
        method="PUBLISH",
        extra=["X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/London"],
    )
    who = ["graduates@harrowgate.example", "john.roe@harrowgate.example"]
    return lines, expect(
        "Google Calendar export (series with EXDATE and override)",
        "Europe/London",
        ev(
            uid,
            "2026-12-07T09:00:00Z",
            "2026-12-07T12:00:00Z",
            rid="20261207T090000Z",
            who=who,
            company="Harrowgate",
            role="Graduate Analyst",
        ),
        ev(
            uid,
            "2026-12-09T13:00:00Z",
            "2026-12-09T16:00:00Z",
            rid="20261209T090000Z",
            who=who,
            company="Harrowgate",
            role="Graduate Analyst",
        ),
    )


@case
def proton_tentative_hiring_manager() -> tuple[list[str], dict[str, Any]]:
    """A tentative hiring manager chat the user answered "maybe" to."""
    uid = "Zp8Qr2St4Uv6Wx8Yz0Ab2Cd4Ef6Gh8Ij@proton.me"
    lines = vcal(
        PROTON,
        vtz("America/Toronto", "-0500", "-0400", rule="us", names=("EST", "EDT")),
        vevent(
            [
                f"UID:{uid}",
                "DTSTAMP:20261210T150000Z",
                "DTSTART;TZID=America/Toronto:20261218T140000",
                "DTEND;TZID=America/Toronto:20261218T144500",
                "SEQUENCE:0",
                "STATUS:TENTATIVE",
                f"SUMMARY:{esc('Hiring manager chat — Oakridge — Engineering Manager')}",
                org("jane.doe@oakridge.example", "Jane Doe"),
                att(USER, "Maya Example", partstat="TENTATIVE"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Proton Calendar",
        "America/Toronto",
        ev(
            uid,
            "2026-12-18T19:00:00Z",
            "2026-12-18T19:45:00Z",
            who=["jane.doe@oakridge.example"],
            company="Oakridge",
            role="Engineering Manager",
        ),
    )


@case
def google_cancel_entrevista_final() -> tuple[list[str], dict[str, Any]]:
    """Google's cancellation: METHOD:CANCEL, STATUS:CANCELLED and the title unchanged."""
    uid = "5t7v9x1z3b5d7f9h1j3l5n7p9r@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261216T160000Z",
                "DTEND:20261216T170000Z",
                "DTSTAMP:20261211T093000Z",
                org("maria.garcia@mareaverde.example", "María García"),
                f"UID:{uid}",
                att("maria.garcia@mareaverde.example", "María García", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", partstat="ACCEPTED", google=True),
                "SEQUENCE:1",
                "STATUS:CANCELLED",
                "SUMMARY:Entrevista final | Mareaverde | Jefa de Producto",
                "TRANSP:OPAQUE",
            ]
        ),
        method="CANCEL",
    )
    return lines, expect(
        "Google Calendar cancellation",
        "Europe/Madrid",
        ev(
            uid,
            "2026-12-16T16:00:00Z",
            "2026-12-16T17:00:00Z",
            cancelled=True,
            who=["maria.garcia@mareaverde.example"],
            company="Mareaverde",
            role="Jefa de Producto",
        ),
    )


@case
def google_mock_and_candidate_interviews() -> tuple[list[str], dict[str, Any]]:
    """Look-alikes: a mock interview with a friend, and the user interviewing a candidate at her current job."""
    mock, panel = "3e5g7i9k1m3o5q7s9u1w3y5a7c@google.com", "greenhouse-kit-90012@northwind.example"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261205T150000Z",
                "DTEND:20261205T160000Z",
                "DTSTAMP:20261201T200000Z",
                org(USER, "Maya Example"),
                f"UID:{mock}",
                att("raj.patel@mail.example", "Raj Patel", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", partstat="ACCEPTED", google=True),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Mock interview w/ Raj (system design practice)",
                "TRANSP:OPAQUE",
            ]
        ),
        vevent(
            [
                "DTSTART:20261207T190000Z",
                "DTEND:20261207T200000Z",
                "DTSTAMP:20261202T140000Z",
                org("recruiting@northwind.example", "Northwind Recruiting"),
                f"UID:{panel}",
                att(USER, "Maya Example", partstat="ACCEPTED", google=True),
                att("john.roe@mail.example", "John Roe", google=True),
                "DESCRIPTION:You are an interviewer. Candidate: John Roe\\nFocus: API design\\n"
                "Please submit your scorecard within 24 hours.",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Interviewer: John Roe (candidate) – Backend Engineer",
                "TRANSP:OPAQUE",
            ]
        ),
        method="PUBLISH",
        extra=["X-WR-CALNAME:Maya Example", "X-WR-TIMEZONE:America/New_York"],
    )
    return lines, expect(
        "Google Calendar export",
        "America/New_York",
        ev(mock, "2026-12-05T15:00:00Z", "2026-12-05T16:00:00Z", interview=False),
        ev(panel, "2026-12-07T19:00:00Z", "2026-12-07T20:00:00Z", interview=False),
    )


@case
def outlook_arbeit_lookalikes() -> tuple[list[str], dict[str, Any]]:
    """Look-alikes at the current job in German: an exit interview, an annual review, a team sync."""
    uids = [
        "040000008200E00074C5B7101A82E00800000000AA01",
        "040000008200E00074C5B7101A82E00800000000AA02",
        "040000008200E00074C5B7101A82E00800000000AA03",
    ]
    tz = vtz("W. Europe Standard Time", "+0100", "+0200", ms=True)
    items = [
        ("20261222T100000", "20261222T110000", "Austrittsgespräch (Exit-Interview) mit HR"),
        ("20261203T140000", "20261203T150000", "Jahresgespräch / Leistungsbeurteilung 2026"),
        ("20261201T093000", "20261201T100000", "Team-Sync Plattform"),
    ]
    events = [
        vevent(
            [
                org("erika.mustermann@northwind.example", "Erika Mustermann"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
                f"UID:{uid}",
                f"SUMMARY;LANGUAGE=de-DE:{title}",
                f"DTSTART;TZID=W. Europe Standard Time:{start}",
                f"DTEND;TZID=W. Europe Standard Time:{end}",
                "DTSTAMP:20261130T080000Z",
                "SEQUENCE:0",
                *ms_props(),
            ]
        )
        for uid, (start, end, title) in zip(uids, items, strict=True)
    ]
    lines = vcal(OUTLOOK, tz, *events, method="PUBLISH", extra=["X-WR-CALNAME:Kalender"])
    return lines, expect(
        "Outlook export",
        "Europe/Berlin",
        ev(uids[0], "2026-12-22T09:00:00Z", "2026-12-22T10:00:00Z", interview=False),
        ev(uids[1], "2026-12-03T13:00:00Z", "2026-12-03T14:00:00Z", interview=False),
        ev(uids[2], "2026-12-01T08:30:00Z", "2026-12-01T09:00:00Z", interview=False),
    )


@case
def fastmail_public_events_lookalikes() -> tuple[list[str], dict[str, Any]]:
    """Look-alikes: a newsletter webinar on interviews, a podcast recording, a user research session, a job fair."""
    uids = [
        "a1f0c3e2-0001-4b5a-9c8d-7e6f5a4b3c2d",
        "a1f0c3e2-0002-4b5a-9c8d-7e6f5a4b3c2d",
        "a1f0c3e2-0003-4b5a-9c8d-7e6f5a4b3c2d",
        "a1f0c3e2-0004-4b5a-9c8d-7e6f5a4b3c2d",
    ]
    lines = vcal(
        FASTMAIL,
        vevent(
            [
                f"UID:{uids[0]}",
                "DTSTAMP:20261125T100000Z",
                "DTSTART:20261202T180000Z",
                "DTEND:20261202T190000Z",
                "SUMMARY:Webinar: Acing the System Design Interview (live Q&A)",
                org("no-reply@news.devcareers.example", "DevCareers Newsletter"),
                att(USER, "Maya Example"),
                "DESCRIPTION:You registered for this free webinar. Unsubscribe at any time.",
            ]
        ),
        vevent(
            [
                f"UID:{uids[1]}",
                "DTSTAMP:20261125T100000Z",
                "DTSTART:20261204T140000Z",
                "DTEND:20261204T150000Z",
                f"SUMMARY:{esc('Podcast recording – “The Job Hunt Diaries” ep. 41 (I’m the guest)')}",
                org("host@jobhuntdiaries.example", "Jane Doe"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
            ]
        ),
        vevent(
            [
                f"UID:{uids[2]}",
                "DTSTAMP:20261125T100000Z",
                "DTSTART:20261210T110000Z",
                "DTEND:20261210T114500Z",
                "SUMMARY:Customer interview #4 – checkout research (participant: John Roe)",
                org("research@northwind.example", "Northwind UX Research"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
                att("john.roe@mail.example", "John Roe"),
            ]
        ),
        vevent(
            [
                f"UID:{uids[3]}",
                "DTSTAMP:20261125T100000Z",
                "DTSTART;VALUE=DATE:20261212",
                "DTEND;VALUE=DATE:20261213",
                "SUMMARY:Tech Careers Fair – ExCeL Hall B (bring CVs)",
                "TRANSP:TRANSPARENT",
            ]
        ),
        extra=["X-WR-CALNAME:Maya"],
    )
    return lines, expect(
        "Fastmail export",
        "Europe/London",
        ev(uids[0], "2026-12-02T18:00:00Z", "2026-12-02T19:00:00Z", interview=False),
        ev(uids[1], "2026-12-04T14:00:00Z", "2026-12-04T15:00:00Z", interview=False),
        ev(uids[2], "2026-12-10T11:00:00Z", "2026-12-10T11:45:00Z", interview=False),
        ev(uids[3], "2026-12-12T00:00:00Z", "2026-12-13T00:00:00Z", interview=False),
    )


@case
def nextcloud_meetup_and_newsletter() -> tuple[list[str], dict[str, Any]]:
    """Look-alikes in French and Spanish: a meetup talk about interviews and a newsletter's online event."""
    meetup, news = "c4e6a8b0-1d2f-4a3b-8c5d-6e7f8a9b0c11", "c4e6a8b0-1d2f-4a3b-8c5d-6e7f8a9b0c12"
    lines = vcal(
        NEXTCLOUD,
        vtz("Europe/Paris", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                "CREATED:20261120T100000Z",
                "DTSTAMP:20261120T100000Z",
                f"UID:{meetup}",
                "DTSTART;TZID=Europe/Paris:20261203T190000",
                "DTEND;TZID=Europe/Paris:20261203T210000",
                f"SUMMARY:{esc('Meetup Paris Python : comment réussir ses entretiens techniques (talk + apéro)')}",
                "LOCATION:La Cantine\\, Paris",
                "STATUS:CONFIRMED",
            ]
        ),
        vevent(
            [
                "CREATED:20261120T100500Z",
                "DTSTAMP:20261120T100500Z",
                f"UID:{news}",
                "DTSTART;TZID=Europe/Paris:20261210T183000",
                "DTEND;TZID=Europe/Paris:20261210T193000",
                f"SUMMARY:{esc('Boletín Talento Tech: 10 consejos para tu próxima entrevista (directo)')}",
                org("boletin@talentotech.example", "Boletín Talento Tech"),
                att(USER, "Maya Example"),
                "STATUS:CONFIRMED",
            ]
        ),
    )
    return lines, expect(
        "Nextcloud Calendar",
        "Europe/Paris",
        ev(meetup, "2026-12-03T18:00:00Z", "2026-12-03T20:00:00Z", interview=False),
        ev(news, "2026-12-10T17:30:00Z", "2026-12-10T18:30:00Z", interview=False),
    )


@case
def thunderbird_bewerbungsgespraech_window_edge() -> tuple[list[str], dict[str, Any]]:
    """Thunderbird, a German title with slashes, starting before the window and ending inside it."""
    uid = "7a1b2c3d-4e5f-4061-8273-9a8b7c6d5e4f"
    lines = vcal(
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        vtz("Europe/Zurich", "+0100", "+0200", names=("CET", "CEST")),
        vevent(
            [
                "CREATED:20261120T080000Z",
                "LAST-MODIFIED:20261120T080500Z",
                "DTSTAMP:20261120T080500Z",
                f"UID:{uid}",
                "SUMMARY:Bewerbungsgespräch / Alpenglühn / Software Engineer",
                org("hans.muster@alpengluehn.example", "Hans Muster"),
                att("hans.muster@alpengluehn.example", "Hans Muster", partstat="ACCEPTED", role="CHAIR"),
                att(USER, "Maya Example", partstat="ACCEPTED"),
                "DTSTART;TZID=Europe/Zurich:20261130T003000",
                "DTEND;TZID=Europe/Zurich:20261130T013000",
                "TRANSP:OPAQUE",
                "X-MOZ-SEND-INVITATIONS:TRUE",
            ]
        ),
    )
    return lines, expect(
        "Thunderbird",
        "Europe/Zurich",
        ev(
            uid,
            "2026-11-29T23:30:00Z",
            "2026-11-30T00:30:00Z",
            who=["hans.muster@alpengluehn.example"],
            company="Alpenglühn",
            role="Software Engineer",
        ),
    )


@case
def outlook_utc_second_round_request_stream() -> tuple[list[str], dict[str, Any]]:
    """Outlook.com requests in a quoted tzone://Microsoft/Utc zone; the update adds a panellist to a second round."""
    uid = "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB0100000000000000001000000099887766554433AA"
    base = [
        org("jane.doe@graniteworks.example", "Jane Doe"),
        att(USER, "Maya Example"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Second round interview: Graniteworks - QA Lead",
        'DTSTART;TZID="tzone://Microsoft/Utc":20261211T133000',
        'DTEND;TZID="tzone://Microsoft/Utc":20261211T143000',
        *ms_props("TENTATIVE"),
    ]
    tz = vtz("tzone://Microsoft/Utc", "+0000", ms=True)
    first = vcal(EXCHANGE, tz, vevent([*base, "DTSTAMP:20261202T101000Z", "SEQUENCE:0"]), method="REQUEST")
    second = vcal(
        EXCHANGE,
        tz,
        vevent(
            [
                *base,
                att("raj.patel@graniteworks.example", "Raj Patel"),
                "DTSTAMP:20261204T111500Z",
                "SEQUENCE:1",
            ]
        ),
        method="REQUEST",
    )
    return first + second, expect(
        "Outlook.com iTIP stream (request, update)",
        "Europe/London",
        ev(
            uid,
            "2026-12-11T13:30:00Z",
            "2026-12-11T14:30:00Z",
            who=["jane.doe@graniteworks.example", "raj.patel@graniteworks.example"],
            company="Graniteworks",
            role="QA Lead",
        ),
    )


@case
def outlook_mac_meet_the_team() -> tuple[list[str], dict[str, Any]]:
    """Outlook for Mac with a Singapore Standard Time VTIMEZONE: an English "meet the team" round."""
    uid = "040000008200E00074C5B7101A82E00800000000B1B2B3B4B5B6DB01000000000000000010000000C1C2C3C4C5C6C7C8"
    lines = vcal(
        "-//Microsoft Corporation//Outlook for Mac 16.91//EN",
        vtz("Singapore Standard Time", "+0800", ms=True),
        vevent(
            [
                org("jane.doe@quarrystone.example", "Jane Doe"),
                att(USER, "Maya Example"),
                att("raj.patel@quarrystone.example", "Raj Patel"),
                att("john.roe@quarrystone.example", "John Roe"),
                f"UID:{uid}",
                "SUMMARY;LANGUAGE=en-US:Meet the team - Quarrystone - Platform Engineer",
                "DTSTART;TZID=Singapore Standard Time:20261215T160000",
                "DTEND;TZID=Singapore Standard Time:20261215T170000",
                "DTSTAMP:20261207T030000Z",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                teams("cXVhcnJ5c3RvbmUt"),
                *ms_props("TENTATIVE"),
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Outlook for Mac invite (Teams)",
        "Asia/Singapore",
        ev(
            uid,
            "2026-12-15T08:00:00Z",
            "2026-12-15T09:00:00Z",
            who=[
                "jane.doe@quarrystone.example",
                "john.roe@quarrystone.example",
                "raj.patel@quarrystone.example",
            ],
            company="Quarrystone",
            role="Platform Engineer",
        ),
    )


@case
def google_recruiter_call_phoenix() -> tuple[list[str], dict[str, Any]]:
    """A recruiter call organised by the talent team's mailbox; Phoenix keeps standard time all year."""
    uid = "6u8w0y2a4c6e8g0i2k4m6o8q0s@google.com"
    lines = vcal(
        GOOGLE,
        vevent(
            [
                "DTSTART:20261202T160000Z",
                "DTEND:20261202T162000Z",
                "DTSTAMP:20261125T220000Z",
                org("talent@hollowbrook.example", "Hollowbrook Talent"),
                f"UID:{uid}",
                att("talent@hollowbrook.example", "Hollowbrook Talent", partstat="ACCEPTED", google=True),
                att(USER, "Maya Example", partstat="ACCEPTED", google=True),
                "DESCRIPTION:We will call you on the number you gave us.",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                f"SUMMARY:{esc('Recruiter call – Hollowbrook – Customer Success Manager')}",
                "TRANSP:OPAQUE",
            ]
        ),
        method="REQUEST",
    )
    return lines, expect(
        "Google Calendar invite",
        "America/Phoenix",
        ev(
            uid,
            "2026-12-02T16:00:00Z",
            "2026-12-02T16:20:00Z",
            who=["talent@hollowbrook.example"],
            company="Hollowbrook",
            role="Customer Success Manager",
        ),
    )


def main() -> None:
    for name, build in CASES.items():
        lines, expected = build()
        text = "".join(part + "\r\n" for line in lines for part in fold(line))
        (HERE / f"{name}.ics").write_bytes(text.encode("utf-8"))
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
