"""Writes the tenth held-out calendar set: NAME.ics and NAME.expected.json, expectations typed by hand."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
WINDOW = ["2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z"]
STAMP = "20261120T101500Z"

W_EUROPE = """BEGIN:VTIMEZONE
TZID:{name}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

BRASILIA = """BEGIN:VTIMEZONE
TZID:(UTC-03:00) Brasilia
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE"""

PACIFIC = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

OLSON = {
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Rome": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Stockholm": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Warsaw": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Copenhagen": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Oslo": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Prague": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Budapest": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Helsinki": ("+0200", "+0300", "EET", "EEST"),
    "Europe/Bucharest": ("+0200", "+0300", "EET", "EEST"),
    "Europe/Athens": ("+0200", "+0300", "EET", "EEST"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST"),
}


def olson(tzid: str) -> str:
    """A VTIMEZONE as Google, Apple and Nextcloud write it for a European zone."""
    std, dst, std_name, dst_name = OLSON[tzid]
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{dst_name}
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{std_name}
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def fixed(tzid: str, offset: str, name: str) -> str:
    """A VTIMEZONE for a zone without daylight saving time."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:STANDARD
TZOFFSETFROM:{offset}
TZOFFSETTO:{offset}
TZNAME:{name}
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


def att(
    address: str,
    name: str = "",
    *,
    role: str = "REQ-PARTICIPANT",
    stat: str = "NEEDS-ACTION",
    cutype: str = "INDIVIDUAL",
    rsvp: bool = True,
) -> str:
    cn = f';CN="{name}"' if name else ""
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={stat};RSVP={'TRUE' if rsvp else 'FALSE'}{cn}:mailto:{address}"


def org(address: str, name: str = "") -> str:
    cn = f';CN="{name}"' if name else ""
    return f"ORGANIZER{cn}:mailto:{address}"


def me(stat: str = "NEEDS-ACTION") -> str:
    return att(USER, "Maya Example", stat=stat)


def fold(line: str) -> str:
    """Folds a content line at 75 octets without splitting a UTF-8 character."""
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


def calendar(prodid: str, body: str, *, method: str = "", head: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if head:
        lines += head.strip("\n").split("\n")
    lines += body.strip("\n").split("\n")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def event(uid: str, summary: str, start: str, end: str, *lines: str, stamp: str = STAMP, seq: int = 0) -> str:
    body = [
        "BEGIN:VEVENT",
        f"DTSTAMP:{stamp}",
        f"UID:{uid}",
        f"SEQUENCE:{seq}",
        f"SUMMARY:{summary}",
        start,
        end,
    ]
    body += [line for line in lines if line]
    body.append("END:VEVENT")
    return "\n".join(body)


def exp(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool,
    who: list[str] | None = None,
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
        "interviewers": sorted(a.lower() for a in (who or [])),
        "company": company,
        "role": role,
    }


CASES: list[tuple[str, str, str, str, list[dict[str, object]]]] = []


def case(name: str, source: str, tz: str, ics: str, events: list[dict[str, object]]) -> None:
    CASES.append((name, source, tz, ics, events))


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
BERLIN = "TZID=Europe/Berlin"

# --- the failure classes of issue 9 ---------------------------------------------------------------------

U = "6f3k2m1q8r7s9t0u@google.com"
P = "1a7c9e3b5d2f4h6j@google.com"
R = "0z9y8x7w6v5u4t3s@google.com"
case(
    "google_kestrel_research",
    "Google Calendar (export)",
    "Europe/Berlin",
    calendar(
        GOOGLE,
        "\n".join(
            [
                olson("Europe/Berlin"),
                event(
                    U,
                    "Interview: Kestrel Research – Research Engineer",
                    f"DTSTART;{BERLIN}:20261203T100000",
                    f"DTEND;{BERLIN}:20261203T110000",
                    org("lena.brandt@kestrelresearch.example", "Lena Brandt"),
                    att("lena.brandt@kestrelresearch.example", "Lena Brandt", stat="ACCEPTED", rsvp=False),
                    att("tomas.weber@kestrelresearch.example", "Tomas Weber", stat="ACCEPTED"),
                    me("ACCEPTED"),
                    "DESCRIPTION:Join with Google Meet: https://meet.google.com/kqe-wxyz-abc\\n\\n"
                    "Research Engineer loop\\, round 2 of 3.",
                    "STATUS:CONFIRMED",
                    "TRANSP:OPAQUE",
                ),
                event(
                    P,
                    "Prep: Kestrel Research interview",
                    f"DTSTART;{BERLIN}:20261203T080000",
                    f"DTEND;{BERLIN}:20261203T093000",
                    "DESCRIPTION:Re-read their RL papers\\, STAR stories\\, questions for Lena",
                    "STATUS:CONFIRMED",
                    "TRANSP:OPAQUE",
                ),
                event(
                    R,
                    "Research Kestrel's recent papers",
                    f"DTSTART;{BERLIN}:20261202T180000",
                    f"DTEND;{BERLIN}:20261202T190000",
                    "STATUS:CONFIRMED",
                    "TRANSP:TRANSPARENT",
                ),
            ]
        ),
        method="PUBLISH",
        head="X-WR-CALNAME:maya@example.org\nX-WR-TIMEZONE:Europe/Berlin",
    ),
    [
        exp(
            U,
            "2026-12-03T09:00:00Z",
            "2026-12-03T10:00:00Z",
            interview=True,
            who=["lena.brandt@kestrelresearch.example", "tomas.weber@kestrelresearch.example"],
            company="Kestrel Research",
            role="Research Engineer",
        ),
        exp(P, "2026-12-03T07:00:00Z", "2026-12-03T08:30:00Z", interview=False),
        exp(R, "2026-12-02T17:00:00Z", "2026-12-02T18:00:00Z", interview=False),
    ],
)

U = "040000008200E00074C5B7101A82E00800000000B0C4D2A1E76BDB01000000000000000010000000C1F0A3B2"
case(
    "exchange_peerly_review_room",
    "Exchange 2010 (W. Europe Standard Time, VTIMEZONE)",
    "Europe/Amsterdam",
    calendar(
        EXCHANGE,
        "\n".join(
            [
                W_EUROPE.format(name="W. Europe Standard Time"),
                event(
                    U,
                    "Peerly Review | Code Review Tooling Engineer – technical interview",
                    "DTSTART;TZID=W. Europe Standard Time:20261208T140000",
                    "DTEND;TZID=W. Europe Standard Time:20261208T150000",
                    org("sanne.devries@peerlyreview.example", "Sanne de Vries"),
                    me(),
                    att("bram.jansen@peerlyreview.example", "Bram Jansen", stat="ACCEPTED"),
                    att("joost.smit@peerlyreview.example", "Joost Smit", stat="DECLINED"),
                    att(
                        "room-ams-314@peerlyreview.example",
                        "AMS 3.14 Boardroom (8)",
                        cutype="ROOM",
                        role="NON-PARTICIPANT",
                    ),
                    "DESCRIPTION;LANGUAGE=en-US:Hi Maya\\,\\n\\nlooking forward to our conversation.\\n\\n"
                    "______________\\nMicrosoft Teams meeting\\nJoin on your computer or mobile app\\n"
                    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc>\\n",
                    "LOCATION;LANGUAGE=en-US:AMS 3.14 Boardroom (8); Microsoft Teams Meeting",
                    "CLASS:PUBLIC",
                    "PRIORITY:5",
                    "STATUS:CONFIRMED",
                    "TRANSP:OPAQUE",
                    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                    "X-MICROSOFT-CDO-IMPORTANCE:1",
                    "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-08T13:00:00Z",
            "2026-12-08T14:00:00Z",
            interview=True,
            who=["bram.jansen@peerlyreview.example", "sanne.devries@peerlyreview.example"],
            company="Peerly Review",
            role="Code Review Tooling Engineer",
        ),
    ],
)

U = "2c9a71e4-5b0d-4f3e-9c88-aa10b2e7d601"
P = "8d0e4c1a-7f62-4b9e-a3d5-51c0f9e2b733"
case(
    "fastmail_prepkitchen",
    "Fastmail",
    "Europe/London",
    calendar(
        "-//Fastmail/2020.5/EN",
        "\n".join(
            [
                olson("Europe/London"),
                event(
                    U,
                    "PrepKitchen Foods – Supply Chain Analyst – hiring manager chat",
                    "DTSTART;TZID=Europe/London:20261209T110000",
                    "DTEND;TZID=Europe/London:20261209T114500",
                    org("raj.patel@prepkitchen.example", "Raj Patel"),
                    me("ACCEPTED"),
                    att("raj.patel@prepkitchen.example", "Raj Patel", stat="ACCEPTED"),
                    "LOCATION:https://us06web.zoom.us/j/81234567890",
                    "STATUS:CONFIRMED",
                ),
                event(
                    P,
                    "Prep for PrepKitchen hiring manager chat",
                    "DTSTART;TZID=Europe/London:20261209T093000",
                    "DTEND;TZID=Europe/London:20261209T103000",
                    "DESCRIPTION:supply chain metrics\\, OTIF\\, their Q3 results",
                ),
            ]
        ),
    ),
    [
        exp(
            U,
            "2026-12-09T11:00:00Z",
            "2026-12-09T11:45:00Z",
            interview=True,
            who=["raj.patel@prepkitchen.example"],
            company="PrepKitchen Foods",
            role="Supply Chain Analyst",
        ),
        exp(P, "2026-12-09T09:30:00Z", "2026-12-09T10:30:00Z", interview=False),
    ],
)

U = "A3D7F1C2-6B4E-4D1A-9E8F-0C2B5A7D9E31"
P = "F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F"
case(
    "icloud_syncharbour",
    "iCloud",
    "Europe/Copenhagen",
    calendar(
        "-//Apple Inc.//macOS 15.1//EN",
        "\n".join(
            [
                olson("Europe/Copenhagen"),
                event(
                    U,
                    "SyncHarbour interview – Platform Engineer",
                    "DTSTART;TZID=Europe/Copenhagen:20261210T130000",
                    "DTEND;TZID=Europe/Copenhagen:20261210T140000",
                    org("ida.holm@syncharbour.example", "Ida Holm"),
                    att("ida.holm@syncharbour.example", "Ida Holm", stat="ACCEPTED"),
                    me("ACCEPTED"),
                    "LOCATION:SyncHarbour\\, Nyhavn 12\\, København",
                    "URL;VALUE=URI:",
                    "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                ),
                event(
                    P,
                    "Sync with career coach",
                    "DTSTART;TZID=Europe/Copenhagen:20261210T160000",
                    "DTEND;TZID=Europe/Copenhagen:20261210T163000",
                    org("jane.doe@careercoach.example", "Jane Doe"),
                    att("jane.doe@careercoach.example", "Jane Doe", stat="ACCEPTED"),
                    me("ACCEPTED"),
                ),
            ]
        ),
    ),
    [
        exp(
            U,
            "2026-12-10T12:00:00Z",
            "2026-12-10T13:00:00Z",
            interview=True,
            who=["ida.holm@syncharbour.example"],
            company="SyncHarbour",
            role="Platform Engineer",
        ),
        exp(P, "2026-12-10T15:00:00Z", "2026-12-10T15:30:00Z", interview=False),
    ],
)

U = "b61c0d3e-nextcloud-1733390000"
P = "c72d1e4f-nextcloud-1733390101"
case(
    "nextcloud_training_data",
    "Nextcloud Calendar",
    "Europe/Stockholm",
    calendar(
        "-//IDN nextcloud.com//Calendar app 4.7.4//EN",
        "\n".join(
            [
                olson("Europe/Stockholm"),
                event(
                    U,
                    "Technical interview — Training Data Specialist (Lindqvist AI)",
                    "DTSTART;TZID=Europe/Stockholm:20261204T100000",
                    "DTEND;TZID=Europe/Stockholm:20261204T110000",
                    org("elin.lindqvist@lindqvistai.example", "Elin Lindqvist"),
                    me("ACCEPTED"),
                    att("elin.lindqvist@lindqvistai.example", "Elin Lindqvist", stat="ACCEPTED"),
                    "LOCATION:https://meet.lindqvistai.example/maya-tech",
                ),
                event(
                    P,
                    "Training: Kubernetes fundamentals (online course)",
                    "DTSTART;TZID=Europe/Stockholm:20261207T090000",
                    "DTEND;TZID=Europe/Stockholm:20261207T160000",
                    "CATEGORIES:Learning",
                ),
            ]
        ),
    ),
    [
        exp(
            U,
            "2026-12-04T09:00:00Z",
            "2026-12-04T10:00:00Z",
            interview=True,
            who=["elin.lindqvist@lindqvistai.example"],
            company="Lindqvist AI",
            role="Training Data Specialist",
        ),
        exp(P, "2026-12-07T08:00:00Z", "2026-12-07T15:00:00Z", interview=False),
    ],
)

U = "4m2n8b6v1c3x5z7l9k0j@google.com"
case(
    "google_workshop_nine_group_resource",
    "Google Calendar (invite, group and resource calendars)",
    "Europe/Lisbon",
    calendar(
        GOOGLE,
        "\n".join(
            [
                olson("Europe/Lisbon"),
                event(
                    U,
                    "Workshop Nine | Onsite interview (final round) – Senior Industrial Designer",
                    "DTSTART;TZID=Europe/Lisbon:20261211T093000",
                    "DTEND;TZID=Europe/Lisbon:20261211T130000",
                    org("ines.carvalho@workshopnine.example", "Inês Carvalho"),
                    att("ines.carvalho@workshopnine.example", "Inês Carvalho", stat="ACCEPTED", rsvp=False),
                    att("rui.costa@workshopnine.example", "Rui Costa", stat="ACCEPTED"),
                    att(
                        "c_8d2f1e0a9b7c4d3e5f60718293a4b5c6@group.calendar.google.com",
                        "Design hiring",
                        stat="ACCEPTED",
                    ),
                    att(
                        "workshopnine.example_3139383734353637@resource.calendar.google.com",
                        "LIS-2-Oficina (8)",
                        cutype="RESOURCE",
                        stat="ACCEPTED",
                    ),
                    me(),
                    "DESCRIPTION:Portfolio walk-through\\, studio tour and lunch with the team.",
                    "LOCATION:LIS-2-Oficina (8)",
                    "STATUS:CONFIRMED",
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-11T09:30:00Z",
            "2026-12-11T13:00:00Z",
            interview=True,
            who=["ines.carvalho@workshopnine.example", "rui.costa@workshopnine.example"],
            company="Workshop Nine",
            role="Senior Industrial Designer",
        ),
    ],
)

U = "040000008200E00074C5B7101A82E00800000000D07A5C3F2E8BDB010000000000000000100000004E2D1C0B"
case(
    "outlook_tidewater_planning_es",
    "Outlook 365 (Romance Standard Time, VTIMEZONE)",
    "Europe/Madrid",
    calendar(
        OUTLOOK,
        "\n".join(
            [
                W_EUROPE.format(name="Romance Standard Time"),
                event(
                    U,
                    "Entrevista – Financial Planning Analyst – Tidewater",
                    "DTSTART;TZID=Romance Standard Time:20261214T160000",
                    "DTEND;TZID=Romance Standard Time:20261214T170000",
                    org("lucia.romero@tidewater.example", "Lucía Romero"),
                    me(),
                    att("carlos.ibanez@tidewater.example", "Carlos Ibáñez", stat="ACCEPTED"),
                    "DESCRIPTION;LANGUAGE=es-ES:Hola Maya\\, te envío la invitación para la entrevista con Carlos "
                    "(responsable de FP&A).\\n"
                    "________________________________________________________________________________\\n"
                    "Reunión de Microsoft Teams\\n"
                    "Unirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_tdw",
                    "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
                    "STATUS:CONFIRMED",
                    "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-14T15:00:00Z",
            "2026-12-14T16:00:00Z",
            interview=True,
            who=["carlos.ibanez@tidewater.example", "lucia.romero@tidewater.example"],
            company="Tidewater",
            role="Financial Planning Analyst",
        ),
    ],
)

U = "7h5g3f1d9s8a6p4o2i0u@google.com"
case(
    "meet_corvid_notetaker",
    "Google Meet invite (notetaker bot, group mailbox)",
    "America/New_York",
    calendar(
        GOOGLE,
        event(
            U,
            "System design interview: Staff Backend Engineer @ Corvid Systems",
            "DTSTART:20261215T170000Z",
            "DTEND:20261215T180000Z",
            org("marcus.bell@corvidsystems.example", "Marcus Bell"),
            att("marcus.bell@corvidsystems.example", "Marcus Bell", stat="ACCEPTED", rsvp=False),
            me("ACCEPTED"),
            att("interviewers@corvidsystems.example", "Corvid Interviewers", cutype="GROUP", stat="ACCEPTED"),
            att("fred@fireflies.example", "Fireflies.ai Notetaker", stat="ACCEPTED"),
            "DESCRIPTION:Join with Google Meet: https://meet.google.com/crv-abcd-efg\\n"
            "Or dial: (US) +1 555-0100 PIN: 123456#",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-15T17:00:00Z",
            "2026-12-15T18:00:00Z",
            interview=True,
            who=["marcus.bell@corvidsystems.example"],
            company="Corvid Systems",
            role="Staff Backend Engineer",
        ),
    ],
)

U = "webinar-20261216-behavioural@careerdispatch.example"
case(
    "newsletter_webinar",
    "Webinar platform invite from a newsletter",
    "Europe/London",
    calendar(
        "-//Career Dispatch//Events//EN",
        event(
            U,
            "Webinar: Cracking the behavioural interview (live Q&A)",
            "DTSTART:20261216T180000Z",
            "DTEND:20261216T190000Z",
            org("events@careerdispatch.example", "Career Dispatch Events"),
            me(),
            "DESCRIPTION:Thanks for registering! Our panel of recruiters answers your interview questions live.\\n"
            "Join: https://events.careerdispatch.example/live/behavioural\\n"
            "Unsubscribe: https://careerdispatch.example/u",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(U, "2026-12-16T18:00:00Z", "2026-12-16T19:00:00Z", interview=False),
    ],
)

U = "9q8w7e6r5t4y3u2i1o0p@google.com"
P = "5t6y7u8i9o0p1a2s3d4f@google.com"
case(
    "user_interviews_candidate",
    "Google Calendar (the user's employer, hiring side)",
    "Europe/London",
    calendar(
        GOOGLE,
        "\n".join(
            [
                event(
                    U,
                    "Interview: new-grad candidate Alex Kim – Backend Engineer I",
                    "DTSTART:20261202T150000Z",
                    "DTEND:20261202T160000Z",
                    org(USER, "Maya Example"),
                    att(USER, "Maya Example", stat="ACCEPTED", rsvp=False),
                    att("alex.kim@mailbox.example", "Alex Kim", stat="ACCEPTED"),
                    att("jane.doe@example.org", "Jane Doe", stat="ACCEPTED"),
                    "DESCRIPTION:Coding exercise + values. Scorecard in the ATS.",
                    "STATUS:CONFIRMED",
                ),
                event(
                    P,
                    "Debrief: Alex Kim loop",
                    "DTSTART:20261202T160000Z",
                    "DTEND:20261202T163000Z",
                    org(USER, "Maya Example"),
                    att("jane.doe@example.org", "Jane Doe", stat="ACCEPTED"),
                    "STATUS:CONFIRMED",
                ),
            ]
        ),
        method="PUBLISH",
        head="X-WR-CALNAME:Maya Example\nX-WR-TIMEZONE:Europe/London",
    ),
    [
        exp(U, "2026-12-02T15:00:00Z", "2026-12-02T16:00:00Z", interview=False),
        exp(P, "2026-12-02T16:00:00Z", "2026-12-02T16:30:00Z", interview=False),
    ],
)

U = "ZmVkY2JhOTg3NjU0MzIxMA@zoom.us"
case(
    "zoom_brightwater_dots",
    "Zoom invite",
    "America/New_York",
    calendar(
        "-//zoom.us//iCalendar Event//EN",
        event(
            U,
            "Brightwater · Interview · Senior Data Engineer",
            "DTSTART:20261217T150000Z",
            "DTEND:20261217T160000Z",
            org("olivia.grant@brightwater.example", "Olivia Grant"),
            "DESCRIPTION:Olivia Grant is inviting you to a scheduled Zoom meeting.\\n\\n"
            "Join Zoom Meeting\\nhttps://brightwater.zoom.us/j/93456789012?pwd=xyz\\n\\n"
            "Meeting ID: 934 5678 9012",
            "LOCATION:https://brightwater.zoom.us/j/93456789012?pwd=xyz",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-17T15:00:00Z",
            "2026-12-17T16:00:00Z",
            interview=True,
            who=["olivia.grant@brightwater.example"],
            company="Brightwater",
            role="Senior Data Engineer",
        ),
    ],
)

U = "3e5r7t9y1u3i5o7p9a1s@google.com"
case(
    "google_altamira_pt",
    "Google Calendar (invite, America/Sao_Paulo)",
    "America/Sao_Paulo",
    calendar(
        GOOGLE,
        "\n".join(
            [
                fixed("America/Sao_Paulo", "-0300", "-03"),
                event(
                    U,
                    "Altamira — entrevista técnica — Desenvolvedor Back-end Pleno",
                    "DTSTART;TZID=America/Sao_Paulo:20261203T140000",
                    "DTEND;TZID=America/Sao_Paulo:20261203T150000",
                    org("beatriz.nunes@altamira.example", "Beatriz Nunes"),
                    att("beatriz.nunes@altamira.example", "Beatriz Nunes", stat="ACCEPTED", rsvp=False),
                    att("thiago.lima@altamira.example", "Thiago Lima", stat="NEEDS-ACTION"),
                    me("ACCEPTED"),
                    "DESCRIPTION:Participar com o Google Meet: https://meet.google.com/alt-miraa-tec",
                    "STATUS:CONFIRMED",
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-03T17:00:00Z",
            "2026-12-03T18:00:00Z",
            interview=True,
            who=["beatriz.nunes@altamira.example", "thiago.lima@altamira.example"],
            company="Altamira",
            role="Desenvolvedor Back-end Pleno",
        ),
    ],
)

U = "greenhouse-interview-88213007@quillfeather.example"
case(
    "greenhouse_person_name_title",
    "Greenhouse (recruiting mailbox organises)",
    "Europe/London",
    calendar(
        "-//Greenhouse Software//Scheduler//EN",
        event(
            U,
            "Interview with Priya Raman (Staff Engineer)",
            "DTSTART:20261207T160000Z",
            "DTEND:20261207T170000Z",
            org("recruiting@quillfeather.example", "Quillfeather Recruiting"),
            me(),
            att("priya.raman@quillfeather.example", "Priya Raman", stat="ACCEPTED"),
            "DESCRIPTION:Hi Maya\\, this is your interview with Priya Raman\\, Engineering Manager. Video link: https://quillfeather.zoom.us/j/8801",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-07T16:00:00Z",
            "2026-12-07T17:00:00Z",
            interview=True,
            who=["priya.raman@quillfeather.example", "recruiting@quillfeather.example"],
            company="Quillfeather",
            role="Staff Engineer",
        ),
    ],
)

U = "d41f5a07-3c2b-4e19-8a6d-vossberg-ti"
case(
    "thunderbird_no_company_title",
    "Thunderbird (invite received)",
    "Europe/Berlin",
    calendar(
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "\n".join(
            [
                olson("Europe/Berlin"),
                event(
                    U,
                    "Technical interview",
                    f"DTSTART;{BERLIN}:20261208T100000",
                    f"DTEND;{BERLIN}:20261208T110000",
                    org("jonas.berg@vossberg.example", "Jonas Berg"),
                    me("ACCEPTED"),
                    "DESCRIPTION:Hi Maya\\, as discussed: 60 minutes\\, live coding in Python. Link follows.",
                    "X-MOZ-GENERATION:2",
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-08T09:00:00Z",
            "2026-12-08T10:00:00Z",
            interview=True,
            who=["jonas.berg@vossberg.example"],
            company="Vossberg",
            role="",
        ),
    ],
)

GMT = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
U = "040000008200E00074C5B7101A82E008000000004F1E2D3C4B5ADB01000000000000000010000000A9B8C7D6"
G = "TZID=GMT Standard Time"
BROOK = [
    org("graduates@brookfieldpartners.example", "Graduate Recruitment"),
    me("ACCEPTED"),
    att("tom.hughes@brookfieldpartners.example", "Tom Hughes", stat="ACCEPTED"),
]
case(
    "exchange_thisandfuture_assessment",
    "Exchange/365 (series with RANGE=THISANDFUTURE)",
    "Europe/London",
    calendar(
        EXCHANGE,
        "\n".join(
            [
                GMT,
                event(
                    U,
                    "Assessment centre – Graduate Analyst – Brookfield Partners",
                    f"DTSTART;{G}:20261214T090000",
                    f"DTEND;{G}:20261214T120000",
                    "RRULE:FREQ=DAILY;COUNT=3",
                    *BROOK,
                    "LOCATION:Brookfield Partners\\, 20 Finsbury Square\\, London",
                    "STATUS:CONFIRMED",
                ),
                event(
                    U,
                    "Assessment centre – Graduate Analyst – Brookfield Partners",
                    f"DTSTART;{G}:20261215T100000",
                    f"DTEND;{G}:20261215T130000",
                    f"RECURRENCE-ID;RANGE=THISANDFUTURE;{G}:20261215T090000",
                    *BROOK,
                    "LOCATION:Brookfield Partners\\, 20 Finsbury Square\\, London",
                    "STATUS:CONFIRMED",
                    seq=1,
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-14T09:00:00Z",
            "2026-12-14T12:00:00Z",
            interview=True,
            rid="20261214T090000Z",
            who=["graduates@brookfieldpartners.example", "tom.hughes@brookfieldpartners.example"],
            company="Brookfield Partners",
            role="Graduate Analyst",
        ),
        exp(
            U,
            "2026-12-15T10:00:00Z",
            "2026-12-15T13:00:00Z",
            interview=True,
            rid="20261215T090000Z",
            who=["graduates@brookfieldpartners.example", "tom.hughes@brookfieldpartners.example"],
            company="Brookfield Partners",
            role="Graduate Analyst",
        ),
        exp(
            U,
            "2026-12-16T10:00:00Z",
            "2026-12-16T13:00:00Z",
            interview=True,
            rid="20261216T090000Z",
            who=["graduates@brookfieldpartners.example", "tom.hughes@brookfieldpartners.example"],
            company="Brookfield Partners",
            role="Graduate Analyst",
        ),
    ],
)

U = "040000008200E00074C5B7101A82E00800000000706A1B2C3D4EDB01000000000000000010000000F6E5D4C3"
W = "TZID=W. Europe Standard Time"
NORD = [
    org("kari.nilsen@nordvikenergy.example", "Kari Nilsen"),
    me(),
    att("ola.berg@nordvikenergy.example", "Ola Berg", stat="ACCEPTED"),
]
TITLE = "Interview: Nordvik Energy – Senior Grid Analyst"
TEAMS = (
    "DESCRIPTION:________________________________________________________________________________\\n"
    "Microsoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_nve"
)
STREAM = (
    calendar(
        EXCHANGE,
        W_EUROPE.format(name="W. Europe Standard Time")
        + "\n"
        + event(
            U,
            TITLE,
            f"DTSTART;{W}:20261209T100000",
            f"DTEND;{W}:20261209T110000",
            *NORD,
            TEAMS,
            "STATUS:CONFIRMED",
            stamp="20261125T080000Z",
        ),
        method="REQUEST",
    )
    + calendar(
        EXCHANGE,
        W_EUROPE.format(name="W. Europe Standard Time")
        + "\n"
        + event(
            U,
            TITLE,
            f"DTSTART;{W}:20261210T130000",
            f"DTEND;{W}:20261210T140000",
            *NORD,
            TEAMS,
            "STATUS:CONFIRMED",
            stamp="20261127T091500Z",
            seq=1,
        ),
        method="REQUEST",
    )
    + calendar(
        EXCHANGE,
        W_EUROPE.format(name="W. Europe Standard Time")
        + "\n"
        + event(
            U,
            f"Canceled: {TITLE}",
            f"DTSTART;{W}:20261210T130000",
            f"DTEND;{W}:20261210T140000",
            *NORD,
            "DESCRIPTION:Hi Maya\\, the position has been put on hold. We are sorry for the short notice.",
            "STATUS:CANCELLED",
            "PRIORITY:1",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
            stamp="20261202T160000Z",
            seq=2,
        ),
        method="CANCEL",
    )
)
case(
    "exchange_request_update_cancel",
    "Exchange/365 (request, update, cancel in one file)",
    "Europe/Oslo",
    STREAM,
    [
        exp(
            U,
            "2026-12-10T12:00:00Z",
            "2026-12-10T13:00:00Z",
            interview=True,
            cancelled=True,
            who=["kari.nilsen@nordvikenergy.example", "ola.berg@nordvikenergy.example"],
            company="Nordvik Energy",
            role="Senior Grid Analyst",
        ),
    ],
)

U = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000C0FFEE42"
E = "TZID=Eastern Standard Time"
CL = [
    org("rachel.moss@copperleaf.example", "Rachel Moss"),
    me(),
    att("ethan.clarke@copperleaf.example", "Ethan Clarke", stat="ACCEPTED"),
]
TITLE = "Hiring manager interview | Senior Product Manager | Copperleaf"
TEAMS = "DESCRIPTION:Microsoft Teams Need help?\\nJoin the meeting now\\nMeeting ID: 212 555 019 876\\nPasscode: Xy7pQ2"
case(
    "outlook_request_update_no_vtimezone",
    "Outlook 365 (request then update, Eastern Standard Time without VTIMEZONE)",
    "America/New_York",
    calendar(
        OUTLOOK,
        event(
            U,
            TITLE,
            f"DTSTART;{E}:20261203T110000",
            f"DTEND;{E}:20261203T114500",
            *CL,
            TEAMS,
            "STATUS:CONFIRMED",
            stamp="20261124T150000Z",
        ),
        method="REQUEST",
    )
    + calendar(
        OUTLOOK,
        event(
            U,
            TITLE,
            f"DTSTART;{E}:20261204T140000",
            f"DTEND;{E}:20261204T144500",
            *CL,
            TEAMS,
            "STATUS:CONFIRMED",
            stamp="20261130T170000Z",
            seq=1,
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-04T19:00:00Z",
            "2026-12-04T19:45:00Z",
            interview=True,
            who=["ethan.clarke@copperleaf.example", "rachel.moss@copperleaf.example"],
            company="Copperleaf",
            role="Senior Product Manager",
        ),
    ],
)

U = "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB010000000000000000100000007E3A9B1C"
case(
    "outlook_brasilia_room_pt",
    "Outlook 365 ((UTC-03:00) Brasilia with VTIMEZONE, room)",
    "America/Sao_Paulo",
    calendar(
        OUTLOOK,
        "\n".join(
            [
                BRASILIA,
                event(
                    U,
                    "Entrevista final - Analista de Dados Sênior - Ipê Pagamentos",
                    'DTSTART;TZID="(UTC-03:00) Brasilia":20261211T100000',
                    'DTEND;TZID="(UTC-03:00) Brasilia":20261211T113000',
                    org("camila.rocha@ipepagamentos.example", "Camila Rocha"),
                    me(),
                    att("felipe.duarte@ipepagamentos.example", "Felipe Duarte", stat="ACCEPTED"),
                    att(
                        "sala.jatoba@ipepagamentos.example",
                        "Sala Jatobá (10)",
                        cutype="ROOM",
                        role="NON-PARTICIPANT",
                        stat="ACCEPTED",
                    ),
                    "LOCATION:Sala Jatobá (10)",
                    "STATUS:CONFIRMED",
                    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-11T13:00:00Z",
            "2026-12-11T14:30:00Z",
            interview=True,
            who=["camila.rocha@ipepagamentos.example", "felipe.duarte@ipepagamentos.example"],
            company="Ipê Pagamentos",
            role="Analista de Dados Sênior",
        ),
    ],
)

U = "040000008200E00074C5B7101A82E008000000009988776655DBDB0100000000000000001000000055AA66BB"
case(
    "outlook_web_tzone_utc_quoted",
    "Outlook on the web (tzone://Microsoft/Utc quoted, no VTIMEZONE)",
    "Europe/London",
    calendar(
        OUTLOOK,
        event(
            U,
            "Recruiter call – Halloran Freight – Operations Analyst",
            'DTSTART;TZID="tzone://Microsoft/Utc":20261216T130000',
            'DTEND;TZID="tzone://Microsoft/Utc":20261216T134500',
            org("siobhan.kelly@halloranfreight.example", "Siobhán Kelly"),
            me(),
            "LOCATION:Phone call – I'll ring your mobile",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-16T13:00:00Z",
            "2026-12-16T13:45:00Z",
            interview=True,
            who=["siobhan.kelly@halloranfreight.example"],
            company="Halloran Freight",
            role="Operations Analyst",
        ),
    ],
)

U = "040000008200E00074C5B7101A82E00800000000BEEF0123CAFEDB0100000000000000001000000011223344"
case(
    "outlook_tzone_utc_bare_group",
    "Outlook 365 (tzone://Microsoft/Utc bare, group mailbox)",
    "America/Los_Angeles",
    calendar(
        OUTLOOK,
        event(
            U,
            "Meet the team – Sequoia Ridge Analytics (Data Scientist II)",
            "DTSTART;TZID=tzone://Microsoft/Utc:20261218T200000",
            "DTEND;TZID=tzone://Microsoft/Utc:20261218T210000",
            org("kevin.tran@sequoiaridge.example", "Kevin Tran"),
            me(),
            att("lily.chen@sequoiaridge.example", "Lily Chen", stat="ACCEPTED"),
            att("ds-team@sequoiaridge.example", "Data Science Team", cutype="GROUP"),
            TEAMS,
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-18T20:00:00Z",
            "2026-12-18T21:00:00Z",
            interview=True,
            who=["kevin.tran@sequoiaridge.example", "lily.chen@sequoiaridge.example"],
            company="Sequoia Ridge Analytics",
            role="Data Scientist II",
        ),
    ],
)

U = "040000008200E00074C5B7101A82E0080000000077665544AABBDB01000000000000000010000000DEAD7788"
case(
    "outlook_pacific_no_vtimezone",
    "Outlook 365 (Pacific Standard Time without VTIMEZONE)",
    "America/Los_Angeles",
    calendar(
        OUTLOOK,
        event(
            U,
            "Pairing interview: Frontend Engineer / Tamarack Health",
            "DTSTART;TZID=Pacific Standard Time:20261209T100000",
            "DTEND;TZID=Pacific Standard Time:20261209T113000",
            org("grace.liu@tamarackhealth.example", "Grace Liu"),
            me(),
            "DESCRIPTION:Bring your laptop with Node 20 installed. We'll pair on a small React feature.",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-09T18:00:00Z",
            "2026-12-09T19:30:00Z",
            interview=True,
            who=["grace.liu@tamarackhealth.example"],
            company="Tamarack Health",
            role="Frontend Engineer",
        ),
    ],
)

CUSTOM = W_EUROPE.format(name="Customized Time Zone")
U = "040000008200E00074C5B7101A82E00800000000F00DBABE1234DB0100000000000000001000000099887766"
case(
    "outlook_customized_time_zone_de",
    "Outlook (Customized Time Zone)",
    "Europe/Berlin",
    calendar(
        OUTLOOK,
        "\n".join(
            [
                CUSTOM,
                event(
                    U,
                    "Zweitgespräch – Backend-Entwicklerin – Rheinfeld Logistik",
                    "DTSTART;TZID=Customized Time Zone:20261210T150000",
                    "DTEND;TZID=Customized Time Zone:20261210T160000",
                    org("katrin.vogel@rheinfeldlogistik.example", "Katrin Vogel"),
                    me(),
                    att("jan.richter@rheinfeldlogistik.example", "Jan Richter", stat="ACCEPTED"),
                    "LOCATION:Rheinfeld Logistik\\, Hafenstraße 4\\, Köln",
                    "STATUS:CONFIRMED",
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-10T14:00:00Z",
            "2026-12-10T15:00:00Z",
            interview=True,
            who=["jan.richter@rheinfeldlogistik.example", "katrin.vogel@rheinfeldlogistik.example"],
            company="Rheinfeld Logistik",
            role="Backend-Entwicklerin",
        ),
    ],
)

U = "040000008200E00074C5B7101A82E00800000000C4A5E6B7D8E9DB0100000000000000001000000012345678"
case(
    "outlook_lone_canceled",
    "Outlook 365 (lone cancellation, Romance Standard Time without VTIMEZONE)",
    "Europe/Paris",
    calendar(
        OUTLOOK,
        event(
            U,
            "Canceled: Interview – Marlowe & Finch – Paralegal",
            "DTSTART;TZID=Romance Standard Time:20261215T143000",
            "DTEND;TZID=Romance Standard Time:20261215T153000",
            org("claire.dubois@marlowefinch.example", "Claire Dubois"),
            me(),
            "DESCRIPTION:We have decided to move forward with other candidates for this role.",
            "STATUS:CANCELLED",
            "PRIORITY:1",
            seq=1,
        ),
        method="CANCEL",
    ),
    [
        exp(
            U,
            "2026-12-15T13:30:00Z",
            "2026-12-15T14:30:00Z",
            interview=True,
            cancelled=True,
            who=["claire.dubois@marlowefinch.example"],
            company="Marlowe & Finch",
            role="Paralegal",
        ),
    ],
)

U = "wd-int-R20417-0003@myworkday.example"
case(
    "workday_noreply_organizer",
    "Workday (no-reply organizer)",
    "Europe/London",
    calendar(
        "-//Workday//Recruiting//EN",
        event(
            U,
            "Interview: Hollis Group - Treasury Analyst",
            "DTSTART:20261208T150000Z",
            "DTEND:20261208T160000Z",
            org("no-reply@myworkday.example", "Hollis Group Talent Acquisition"),
            me(),
            att("amelia.frost@hollisgroup.example", "Amelia Frost"),
            att("ben.okoro@hollisgroup.example", "Ben Okoro"),
            "DESCRIPTION:Candidate: Maya Example\\nJob requisition: R-20417 Treasury Analyst\\n"
            "Interview type: Panel (video)",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-08T15:00:00Z",
            "2026-12-08T16:00:00Z",
            interview=True,
            who=["amelia.frost@hollisgroup.example", "ben.okoro@hollisgroup.example"],
            company="Hollis Group",
            role="Treasury Analyst",
        ),
    ],
)

U = "2b4d6f8h0j2l4n6p8r0t@google.com"
P = "1c3e5g7i9k1m3o5q7s9u@google.com"
case(
    "google_employer_review_exit",
    "Google Workspace (the user's current employer)",
    "Europe/London",
    calendar(
        GOOGLE,
        "\n".join(
            [
                event(
                    U,
                    "Year-end performance review – Maya",
                    "DTSTART:20261217T100000Z",
                    "DTEND:20261217T110000Z",
                    org("jane.doe@example.org", "Jane Doe"),
                    att("jane.doe@example.org", "Jane Doe", stat="ACCEPTED", rsvp=False),
                    me("ACCEPTED"),
                ),
                event(
                    P,
                    "Exit interview (HR)",
                    "DTSTART:20261222T140000Z",
                    "DTEND:20261222T143000Z",
                    org("people@example.org", "People Team"),
                    me("ACCEPTED"),
                    "DESCRIPTION:A short conversation about your time here.",
                ),
            ]
        ),
        method="PUBLISH",
        head="X-WR-CALNAME:maya@example.org\nX-WR-TIMEZONE:Europe/London",
    ),
    [
        exp(U, "2026-12-17T10:00:00Z", "2026-12-17T11:00:00Z", interview=False),
        exp(P, "2026-12-22T14:00:00Z", "2026-12-22T14:30:00Z", interview=False),
    ],
)

# --- a job seeker's everyday calendar -------------------------------------------------------------------


def invite(
    name: str,
    source: str,
    tz: str,
    prodid: str,
    uid: str,
    title: str,
    when: tuple[str, str],
    utc: tuple[str, str],
    *,
    organizer: tuple[str, str],
    people: tuple[tuple[str, str], ...] = (),
    who: list[str],
    company: str,
    role: str,
    zone: str = "",
    lines: tuple[str, ...] = (),
    method: str = "REQUEST",
    user_stat: str = "NEEDS-ACTION",
) -> None:
    """One invitation the user received: `when` are DTSTART/DTEND values as written, with their parameters."""
    body = event(
        uid,
        title,
        f"DTSTART{when[0]}",
        f"DTEND{when[1]}",
        org(*organizer),
        me(user_stat),
        *(att(a, n, stat="ACCEPTED") for a, n in people),
        *lines,
        "STATUS:CONFIRMED",
    )
    ics = calendar(prodid, (zone + "\n" + body) if zone else body, method=method)
    case(
        name, source, tz, ics, [exp(uid, utc[0], utc[1], interview=True, who=who, company=company, role=role)]
    )


def local(tzid: str, start: str, end: str) -> tuple[str, str]:
    return (f";TZID={tzid}:{start}", f";TZID={tzid}:{end}")


def utc(start: str, end: str) -> tuple[str, str]:
    return (f":{start}", f":{end}")


invite(
    "calendly_lumora_screen",
    "Calendly",
    "Europe/London",
    "-//Calendly//Calendly Scheduler//EN",
    "c7a1e9d2-4b3f-4a6e-8d0c-calendly-5521",
    "Recruiter Screen between Hannah Okafor and Maya Example",
    utc("20261202T140000Z", "20261202T143000Z"),
    ("2026-12-02T14:00:00Z", "2026-12-02T14:30:00Z"),
    organizer=("hannah.okafor@lumora.example", "Hannah Okafor"),
    who=["hannah.okafor@lumora.example"],
    company="Lumora",
    role="",
    lines=(
        "DESCRIPTION:Event Name: Recruiter Screen\\n\\n"
        "Location: This is a Google Meet web conference.\\nNeed to make changes to this event?\\n"
        "Cancel: https://calendly.example/cancellations/abc",
    ),
)

invite(
    "calcom_feldmark_de",
    "Cal.com",
    "Europe/Berlin",
    "-//Cal.com Inc.//Cal.com Event//EN",
    "calcom-8fJk2LmN4pQr6sTu",
    "Vorstellungsgespräch: Junior Data Analyst bei Feldmark",
    local("Europe/Berlin", "20261203T130000", "20261203T134500"),
    ("2026-12-03T12:00:00Z", "2026-12-03T12:45:00Z"),
    organizer=("svenja.krueger@feldmark.example", "Svenja Krüger"),
    people=(("svenja.krueger@feldmark.example", "Svenja Krüger"),),
    who=["svenja.krueger@feldmark.example"],
    company="Feldmark",
    role="Junior Data Analyst",
    zone=olson("Europe/Berlin"),
    lines=("LOCATION:https://app.cal.example/video/8fJk2LmN4pQr6sTu",),
)

invite(
    "goodtime_solvik_panel_username",
    "GoodTime",
    "Europe/Oslo",
    "-//GoodTime.io//Scheduling//EN",
    "gt-7781-4410-solvik-panel",
    "Panel Interview – Maya Example – Product Designer – Solvik",
    local("Europe/Oslo", "20261204T130000", "20261204T143000"),
    ("2026-12-04T12:00:00Z", "2026-12-04T13:30:00Z"),
    organizer=("hannah.berg@solvik.example", "Hannah Berg"),
    people=(("lars.eriksen@solvik.example", "Lars Eriksen"), ("mette.dahl@solvik.example", "Mette Dahl")),
    who=["hannah.berg@solvik.example", "lars.eriksen@solvik.example", "mette.dahl@solvik.example"],
    company="Solvik",
    role="Product Designer",
    zone=olson("Europe/Oslo"),
)

invite(
    "lever_nuagelune_fr",
    "Lever",
    "Europe/Paris",
    "-//Lever//Interview Scheduling//EN",
    "lever-4e1b9a77-nuagelune-tech",
    "Entretien technique – Ingénieure DevOps – Nuagelune",
    local("Europe/Paris", "20261207T100000", "20261207T110000"),
    ("2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z"),
    organizer=("julien.mercier@nuagelune.example", "Julien Mercier"),
    people=(("amelie.roux@nuagelune.example", "Amélie Roux"),),
    who=["amelie.roux@nuagelune.example", "julien.mercier@nuagelune.example"],
    company="Nuagelune",
    role="Ingénieure DevOps",
    zone=olson("Europe/Paris"),
    lines=("LOCATION:Google Meet – https://meet.google.com/nua-gelu-nee",),
)

invite(
    "ashby_gelsomino_it",
    "Ashby (team mailbox organises)",
    "Europe/Rome",
    "-//Ashby//Scheduling//EN",
    "ashby-2f6c1d80-gelsomino",
    "Colloquio tecnico | Sviluppatrice Android | Gelsomino",
    local("Europe/Rome", "20261209T150000", "20261209T160000"),
    ("2026-12-09T14:00:00Z", "2026-12-09T15:00:00Z"),
    organizer=("talent@gelsomino.example", "Gelsomino Talent"),
    people=(("marco.bianchi@gelsomino.example", "Marco Bianchi"),),
    who=["marco.bianchi@gelsomino.example", "talent@gelsomino.example"],
    company="Gelsomino",
    role="Sviluppatrice Android",
    zone=olson("Europe/Rome"),
)

invite(
    "smartrecruiters_duinwater_nl",
    "SmartRecruiters",
    "Europe/Amsterdam",
    "-//SmartRecruiters//Interview//EN",
    "sr-interview-66a1c2d3-duinwater",
    "Sollicitatiegesprek Productmanager bij Duinwater",
    local("Europe/Amsterdam", "20261201T110000", "20261201T120000"),
    ("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"),
    organizer=("eva.visser@duinwater.example", "Eva Visser"),
    people=(("pieter.bakker@duinwater.example", "Pieter Bakker"),),
    who=["eva.visser@duinwater.example", "pieter.bakker@duinwater.example"],
    company="Duinwater",
    role="Productmanager",
    zone=olson("Europe/Amsterdam"),
    lines=("LOCATION:Duinwater\\, Strandweg 8\\, Haarlem",),
)

invite(
    "personio_wislolab_pl",
    "Personio (no-reply organizer)",
    "Europe/Warsaw",
    "-//Personio//Recruiting//EN",
    "personio-ev-0098123-wislolab",
    "Rozmowa rekrutacyjna – Tester automatyzujący – Wisłolab",
    local("Europe/Warsaw", "20261210T090000", "20261210T100000"),
    ("2026-12-10T08:00:00Z", "2026-12-10T09:00:00Z"),
    organizer=("no-reply@personio.example", "Wisłolab via Personio"),
    people=(
        ("agnieszka.nowak@wislolab.example", "Agnieszka Nowak"),
        ("piotr.zielinski@wislolab.example", "Piotr Zieliński"),
    ),
    who=["agnieszka.nowak@wislolab.example", "piotr.zielinski@wislolab.example"],
    company="Wisłolab",
    role="Tester automatyzujący",
    zone=olson("Europe/Warsaw"),
)

invite(
    "teamtailor_fjallsjo_sv",
    "Teamtailor (no-reply organizer)",
    "Europe/Stockholm",
    "-//Teamtailor//Meetings//EN",
    "tt-meeting-3391-fjallsjo",
    "Intervju: Backendutvecklare hos Fjällsjö",
    local("Europe/Stockholm", "20261211T140000", "20261211T150000"),
    ("2026-12-11T13:00:00Z", "2026-12-11T14:00:00Z"),
    organizer=("no-reply@teamtailor.example", "Teamtailor"),
    people=(("oskar.lund@fjallsjo.example", "Oskar Lund"),),
    who=["oskar.lund@fjallsjo.example"],
    company="Fjällsjö",
    role="Backendutvecklare",
    zone=olson("Europe/Stockholm"),
)

U = "recruitee-iv-55120-havtorn"
case(
    "recruitee_havtorn_declined_da",
    "Recruitee (a declined attendee)",
    "Europe/Copenhagen",
    calendar(
        "-//Recruitee//Interviews//EN",
        "\n".join(
            [
                olson("Europe/Copenhagen"),
                event(
                    U,
                    "Jobsamtale – UX-designer – Havtorn",
                    "DTSTART;TZID=Europe/Copenhagen:20261202T100000",
                    "DTEND;TZID=Europe/Copenhagen:20261202T110000",
                    org("sofie.madsen@havtorn.example", "Sofie Madsen"),
                    me("ACCEPTED"),
                    att("mads.kjaer@havtorn.example", "Mads Kjær", stat="DECLINED"),
                    "LOCATION:Havtorn\\, Vesterbrogade 40\\, København V",
                    "STATUS:CONFIRMED",
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-02T09:00:00Z",
            "2026-12-02T10:00:00Z",
            interview=True,
            who=["sofie.madsen@havtorn.example"],
            company="Havtorn",
            role="UX-designer",
        ),
    ],
)

invite(
    "bamboohr_nordlys_nb",
    "BambooHR",
    "Europe/Oslo",
    "-//BambooHR//ATS//EN",
    "bhr-ats-20261214-nordlys",
    "Jobbintervju med Nordlys Energi – Dataingeniør",
    local("Europe/Oslo", "20261214T120000", "20261214T130000"),
    ("2026-12-14T11:00:00Z", "2026-12-14T12:00:00Z"),
    organizer=("ingrid.haugen@nordlysenergi.example", "Ingrid Haugen"),
    who=["ingrid.haugen@nordlysenergi.example"],
    company="Nordlys Energi",
    role="Dataingeniør",
    zone=olson("Europe/Oslo"),
)

invite(
    "hirevue_revontuli_fi",
    "HireVue live interview (no-reply organizer)",
    "Europe/Helsinki",
    "-//HireVue//Live Interview//EN",
    "hv-live-7c2e91aa-revontuli",
    "Työhaastattelu: Ohjelmistokehittäjä – Revontuli",
    local("Europe/Helsinki", "20261208T130000", "20261208T140000"),
    ("2026-12-08T11:00:00Z", "2026-12-08T12:00:00Z"),
    organizer=("no-reply@hirevue.example", "HireVue"),
    people=(("aino.virtanen@revontuli.example", "Aino Virtanen"),),
    who=["aino.virtanen@revontuli.example"],
    company="Revontuli",
    role="Ohjelmistokehittäjä",
    zone=olson("Europe/Helsinki"),
    lines=("DESCRIPTION:Liity haastatteluun: https://app.hirevue.example/live/7c2e91aa",),
)

invite(
    "workday_sakuragawa_ja",
    "Workday (Japanese)",
    "Asia/Tokyo",
    "-//Workday//Recruiting//EN",
    "wd-int-JR00981-0002@myworkday.example",
    "二次面接：バックエンドエンジニア（桜川テック）",
    local("Asia/Tokyo", "20261203T100000", "20261203T110000"),
    ("2026-12-03T01:00:00Z", "2026-12-03T02:00:00Z"),
    organizer=("hanako.sato@sakuragawa.example", "佐藤 花子"),
    people=(("ken.tanaka@sakuragawa.example", "田中 健"),),
    who=["hanako.sato@sakuragawa.example", "ken.tanaka@sakuragawa.example"],
    company="桜川テック",
    role="バックエンドエンジニア",
    zone=fixed("Asia/Tokyo", "+0900", "JST"),
)

invite(
    "gem_yunshan_zh",
    "Gem",
    "Asia/Shanghai",
    "-//Gem//Scheduling//EN",
    "gem-sched-4410-yunshan",
    "【面试】高级前端工程师 - 云杉科技",
    local("Asia/Shanghai", "20261208T150000", "20261208T160000"),
    ("2026-12-08T07:00:00Z", "2026-12-08T08:00:00Z"),
    organizer=("fang.wang@yunshan.example", "王芳"),
    who=["fang.wang@yunshan.example"],
    company="云杉科技",
    role="高级前端工程师",
    zone=fixed("Asia/Shanghai", "+0800", "CST"),
    lines=("LOCATION:腾讯会议 123-456-789",),
)

invite(
    "modernloop_hanbit_ko",
    "ModernLoop",
    "Asia/Seoul",
    "-//ModernLoop//Scheduling//EN",
    "ml-evt-90a1b2-hanbit",
    "[면접] 데이터 엔지니어 - 한빛데이터",
    local("Asia/Seoul", "20261209T140000", "20261209T150000"),
    ("2026-12-09T05:00:00Z", "2026-12-09T06:00:00Z"),
    organizer=("jieun.kim@hanbitdata.example", "김지은"),
    people=(("minsu.park@hanbitdata.example", "박민수"),),
    who=["jieun.kim@hanbitdata.example", "minsu.park@hanbitdata.example"],
    company="한빛데이터",
    role="데이터 엔지니어",
    zone=fixed("Asia/Seoul", "+0900", "KST"),
)

invite(
    "paradox_vltavia_cs",
    "Paradox (assistant organizer)",
    "Europe/Prague",
    "-//Paradox//Olivia//EN",
    "paradox-olivia-8812-vltavia",
    "Pohovor – Java vývojář – Vltavia",
    local("Europe/Prague", "20261215T090000", "20261215T100000"),
    ("2026-12-15T08:00:00Z", "2026-12-15T09:00:00Z"),
    organizer=("olivia@paradox.example", "Olivia – Vltavia Recruiting Assistant"),
    people=(("tomas.novak@vltavia.example", "Tomáš Novák"),),
    who=["tomas.novak@vltavia.example"],
    company="Vltavia",
    role="Java vývojář",
    zone=olson("Europe/Prague"),
)

invite(
    "zoho_bogazici_tr",
    "Zoho Calendar",
    "Europe/Istanbul",
    "-//Zoho Corporation//Zoho Calendar//EN",
    "zc-3f9a1b2c4d5e@zoho.example",
    "Mülakat: Yazılım Mühendisi – Boğaziçi Yazılım",
    local("Europe/Istanbul", "20261216T110000", "20261216T120000"),
    ("2026-12-16T08:00:00Z", "2026-12-16T09:00:00Z"),
    organizer=("elif.yilmaz@bogazici.example", "Elif Yılmaz"),
    who=["elif.yilmaz@bogazici.example"],
    company="Boğaziçi Yazılım",
    role="Yazılım Mühendisi",
    zone=fixed("Europe/Istanbul", "+0300", "+03"),
)

invite(
    "zoho_carpatica_ro",
    "Zoho Mail calendar",
    "Europe/Bucharest",
    "-//Zoho Corporation//Zoho Calendar//EN",
    "zc-7e6d5c4b3a2f@zoho.example",
    "Interviu – Inginer QA – Carpatica",
    local("Europe/Bucharest", "20261202T120000", "20261202T130000"),
    ("2026-12-02T10:00:00Z", "2026-12-02T11:00:00Z"),
    organizer=("andreea.popescu@carpatica.example", "Andreea Popescu"),
    who=["andreea.popescu@carpatica.example"],
    company="Carpatica",
    role="Inginer QA",
    zone=olson("Europe/Bucharest"),
)

invite(
    "webex_tiszaviz_hu",
    "Webex",
    "Europe/Budapest",
    "-//Cisco Systems, Inc.//Webex Meetings//EN",
    "webex-2613c1aa9f-tiszaviz",
    "Állásinterjú – Rendszergazda – Tiszavíz",
    local("Europe/Budapest", "20261203T090000", "20261203T100000"),
    ("2026-12-03T08:00:00Z", "2026-12-03T09:00:00Z"),
    organizer=("anna.kovacs@tiszaviz.example", "Kovács Anna"),
    who=["anna.kovacs@tiszaviz.example"],
    company="Tiszavíz",
    role="Rendszergazda",
    zone=olson("Europe/Budapest"),
    lines=("LOCATION:https://tiszaviz.webex.example/meet/anna.kovacs",),
)

U = "9D3B1F7E-2C4A-4E6B-8A0D-MOSSWOOD0001"
case(
    "icloud_floating_coffee_chat",
    "iCloud (floating time)",
    "Europe/London",
    calendar(
        "-//Apple Inc.//iPhone OS 18.1//EN",
        event(
            U,
            "Coffee chat with recruiter – Mosswood",
            "DTSTART:20261204T103000",
            "DTEND:20261204T110000",
            org("chloe.harper@mosswood.example", "Chloe Harper"),
            att("chloe.harper@mosswood.example", "Chloe Harper", stat="ACCEPTED"),
            me("ACCEPTED"),
            "LOCATION:Monmouth Coffee\\, Borough Market",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-04T10:30:00Z",
            "2026-12-04T11:00:00Z",
            interview=True,
            who=["chloe.harper@mosswood.example"],
            company="Mosswood",
            role="",
        ),
    ],
)

invite(
    "proton_tentative_halcyon",
    "Proton Calendar (tentative)",
    "Europe/London",
    "-//Proton AG//WebCalendar 5.0.31//EN",
    "pX2b7Qw9mN4kL1vR8tY6@proton.me",
    "Final interview – Halcyon Bank – Risk Analyst",
    local("Europe/London", "20261217T140000", "20261217T153000"),
    ("2026-12-17T14:00:00Z", "2026-12-17T15:30:00Z"),
    organizer=("harriet.lowe@halcyonbank.example", "Harriet Lowe"),
    people=(("sam.ito@halcyonbank.example", "Sam Ito"),),
    who=["harriet.lowe@halcyonbank.example", "sam.ito@halcyonbank.example"],
    company="Halcyon Bank",
    role="Risk Analyst",
    zone=olson("Europe/London"),
    user_stat="TENTATIVE",
)

invite(
    "webex_ridgeway_take_home",
    "Webex (America/Chicago)",
    "America/Chicago",
    "-//Cisco Systems, Inc.//Webex Meetings//EN",
    "webex-88ab71c0de-ridgeway",
    "Take-home review – Ridgeway Analytics – Data Scientist",
    local("America/Chicago", "20261210T100000", "20261210T110000"),
    ("2026-12-10T16:00:00Z", "2026-12-10T17:00:00Z"),
    organizer=("derek.olsen@ridgewayanalytics.example", "Derek Olsen"),
    who=["derek.olsen@ridgewayanalytics.example"],
    company="Ridgeway Analytics",
    role="Data Scientist",
    zone=fixed("America/Chicago", "-0600", "CST"),
)

U = "8p6o4i2u0y8t6r4e2w0q@google.com"
case(
    "meet_larkspur_second_round",
    "Google Meet invite (group mailbox)",
    "America/New_York",
    calendar(
        GOOGLE,
        event(
            U,
            "Second round – meet the team | Larkspur | Customer Success Manager",
            "DTSTART:20261211T150000Z",
            "DTEND:20261211T160000Z",
            org("nora.feld@larkspur.example", "Nora Feld"),
            att("nora.feld@larkspur.example", "Nora Feld", stat="ACCEPTED", rsvp=False),
            att("ravi.menon@larkspur.example", "Ravi Menon", stat="ACCEPTED"),
            att("cs-team@larkspur.example", "Larkspur CS team", cutype="GROUP"),
            me(),
            "DESCRIPTION:Join with Google Meet: https://meet.google.com/lrk-spur-cs",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-11T15:00:00Z",
            "2026-12-11T16:00:00Z",
            interview=True,
            who=["nora.feld@larkspur.example", "ravi.menon@larkspur.example"],
            company="Larkspur",
            role="Customer Success Manager",
        ),
    ],
)

# --- look-alikes, series and all-day events ---------------------------------------------------------------

A, B, C = "k1j2h3g4f5d6s7a8@google.com", "m9n8b7v6c5x4z3l2@google.com", "q1w2e3r4t5y6u7i8@google.com"
case(
    "google_todos_travel_fair",
    "Google Calendar (export: to-dos, travel, a job fair)",
    "Europe/London",
    calendar(
        GOOGLE,
        "\n".join(
            [
                event(
                    A,
                    "Send thank-you notes – Halcyon Bank + Larkspur",
                    "DTSTART:20261217T170000Z",
                    "DTEND:20261217T173000Z",
                    "TRANSP:TRANSPARENT",
                ),
                event(
                    B,
                    "Flight LHR → CPH (SK 502)",
                    "DTSTART:20261209T070000Z",
                    "DTEND:20261209T090500Z",
                    "LOCATION:London Heathrow T2",
                ),
                event(
                    C,
                    "TechCareers Expo – job fair",
                    "DTSTART;VALUE=DATE:20261205",
                    "DTEND;VALUE=DATE:20261206",
                    "LOCATION:ExCeL London",
                    "TRANSP:TRANSPARENT",
                ),
            ]
        ),
        method="PUBLISH",
        head="X-WR-CALNAME:Maya Example\nX-WR-TIMEZONE:Europe/London",
    ),
    [
        exp(A, "2026-12-17T17:00:00Z", "2026-12-17T17:30:00Z", interview=False),
        exp(B, "2026-12-09T07:00:00Z", "2026-12-09T09:05:00Z", interview=False),
        exp(C, "2026-12-05T00:00:00Z", "2026-12-06T00:00:00Z", interview=False),
    ],
)

A, B, C = "p0o9i8u7y6t5r4e3@google.com", "l1k2j3h4g5f6d7s8@google.com", "z9x8c7v6b5n4m3a2@google.com"
case(
    "google_people_lookalikes",
    "Google Calendar (export: mock interview, podcast, user research)",
    "Europe/London",
    calendar(
        GOOGLE,
        "\n".join(
            [
                event(
                    A,
                    "Mock interview with Jane (system design practice)",
                    "DTSTART:20261205T100000Z",
                    "DTEND:20261205T110000Z",
                    org("jane.doe@mailbox.example", "Jane Doe"),
                    att("jane.doe@mailbox.example", "Jane Doe", stat="ACCEPTED"),
                    me("ACCEPTED"),
                ),
                event(
                    B,
                    "Podcast recording: The Hiring Line, ep. 41 – what interviewers look for",
                    "DTSTART:20261215T180000Z",
                    "DTEND:20261215T190000Z",
                    org("host@hiringline.example", "The Hiring Line"),
                    me("ACCEPTED"),
                    "LOCATION:https://riverside.example/studio/hiringline",
                ),
                event(
                    C,
                    "Customer research interview – onboarding study (participant 7)",
                    "DTSTART:20261208T130000Z",
                    "DTEND:20261208T134500Z",
                    org("raj.patel@example.org", "Raj Patel"),
                    me("ACCEPTED"),
                    att("p7@participants.example", "Participant 7", stat="ACCEPTED"),
                ),
            ]
        ),
        method="PUBLISH",
        head="X-WR-CALNAME:Maya Example\nX-WR-TIMEZONE:Europe/London",
    ),
    [
        exp(A, "2026-12-05T10:00:00Z", "2026-12-05T11:00:00Z", interview=False),
        exp(B, "2026-12-15T18:00:00Z", "2026-12-15T19:00:00Z", interview=False),
        exp(C, "2026-12-08T13:00:00Z", "2026-12-08T13:45:00Z", interview=False),
    ],
)

U = "meetup-312998877-event@meetup.example"
case(
    "meetup_talk_about_interviewing",
    "Meetup RSVP (no-reply organizer)",
    "Europe/Berlin",
    calendar(
        "-//Meetup//RemoteApi//EN",
        "\n".join(
            [
                olson("Europe/Berlin"),
                event(
                    U,
                    "Berlin Tech Careers: How we run engineering interviews (talk + Q&A)",
                    f"DTSTART;{BERLIN}:20261210T190000",
                    f"DTEND;{BERLIN}:20261210T210000",
                    org("no-reply@meetup.example", "Berlin Tech Careers"),
                    "DESCRIPTION:Two hiring managers share how their interview loops work. Pizza from 18:30.",
                    "LOCATION:Factory Görlitzer Park\\, Berlin",
                    "URL:https://meetup.example/berlin-tech-careers/events/312998877",
                ),
            ]
        ),
        method="PUBLISH",
    ),
    [
        exp(U, "2026-12-10T18:00:00Z", "2026-12-10T20:00:00Z", interview=False),
    ],
)

U = "F4C2A9E1-77B3-4D5E-9A1C-3E5B7D9F1A2C"
case(
    "fastmail_allday_onsite",
    "Fastmail (all-day onsite invite)",
    "Europe/London",
    calendar(
        "-//Fastmail/2020.5/EN",
        event(
            U,
            "Onsite interview day – Mistral Robotics",
            "DTSTART;VALUE=DATE:20261218",
            "DTEND;VALUE=DATE:20261219",
            org("lea.martin@mistralrobotics.example", "Léa Martin"),
            me("ACCEPTED"),
            "DESCRIPTION:Full agenda to follow: four conversations and lunch with the robotics team.",
            "LOCATION:Mistral Robotics\\, 3 Rue des Ateliers\\, Lyon",
            "TRANSP:TRANSPARENT",
        ),
        method="REQUEST",
    ),
    [
        exp(
            U,
            "2026-12-18T00:00:00Z",
            "2026-12-19T00:00:00Z",
            interview=True,
            who=["lea.martin@mistralrobotics.example"],
            company="Mistral Robotics",
            role="",
        ),
    ],
)

U = "r2d4f6h8j0l2n4p6@google.com"
case(
    "google_job_club_exdate_override",
    "Google Calendar (weekly series with EXDATE and a moved occurrence)",
    "Europe/London",
    calendar(
        GOOGLE,
        "\n".join(
            [
                olson("Europe/London"),
                event(
                    U,
                    "Job club (weekly)",
                    "DTSTART;TZID=Europe/London:20261103T100000",
                    "DTEND;TZID=Europe/London:20261103T113000",
                    "RRULE:FREQ=WEEKLY;BYDAY=TU",
                    "EXDATE;TZID=Europe/London:20261222T100000",
                    org("jane.doe@jobclub.example", "Jane Doe"),
                    me("ACCEPTED"),
                    "LOCATION:Library\\, Room 2",
                ),
                event(
                    U,
                    "Job club (weekly)",
                    "DTSTART;TZID=Europe/London:20261209T100000",
                    "DTEND;TZID=Europe/London:20261209T113000",
                    "RECURRENCE-ID;TZID=Europe/London:20261208T100000",
                    org("jane.doe@jobclub.example", "Jane Doe"),
                    me("ACCEPTED"),
                    "LOCATION:Library\\, Room 2",
                    seq=1,
                ),
            ]
        ),
        method="PUBLISH",
        head="X-WR-CALNAME:Maya Example\nX-WR-TIMEZONE:Europe/London",
    ),
    [
        exp(U, "2026-12-01T10:00:00Z", "2026-12-01T11:30:00Z", interview=False, rid="20261201T100000Z"),
        exp(U, "2026-12-09T10:00:00Z", "2026-12-09T11:30:00Z", interview=False, rid="20261208T100000Z"),
        exp(U, "2026-12-15T10:00:00Z", "2026-12-15T11:30:00Z", interview=False, rid="20261215T100000Z"),
        exp(U, "2026-12-29T10:00:00Z", "2026-12-29T11:30:00Z", interview=False, rid="20261229T100000Z"),
    ],
)

U = "040000008200E00074C5B7101A82E008000000003C0AC4C40AC5DB01000000000000000010000000B7A6C5D4"
COACH = [org("nadia@brightpathcoaching.example", "Nadia Hussain"), me("ACCEPTED")]
case(
    "exchange_coaching_thisandfuture",
    "Exchange/365 (weekly coaching, RANGE=THISANDFUTURE)",
    "Europe/London",
    calendar(
        EXCHANGE,
        "\n".join(
            [
                GMT,
                event(
                    U,
                    "Career coaching – Maya",
                    f"DTSTART;{G}:20261202T170000",
                    f"DTEND;{G}:20261202T174500",
                    "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE",
                    *COACH,
                    "STATUS:CONFIRMED",
                ),
                event(
                    U,
                    "Career coaching – Maya",
                    f"DTSTART;{G}:20261216T180000",
                    f"DTEND;{G}:20261216T184500",
                    f"RECURRENCE-ID;RANGE=THISANDFUTURE;{G}:20261216T170000",
                    *COACH,
                    "STATUS:CONFIRMED",
                    seq=1,
                ),
            ]
        ),
        method="REQUEST",
    ),
    [
        exp(U, "2026-12-02T17:00:00Z", "2026-12-02T17:45:00Z", interview=False, rid="20261202T170000Z"),
        exp(U, "2026-12-09T17:00:00Z", "2026-12-09T17:45:00Z", interview=False, rid="20261209T170000Z"),
        exp(U, "2026-12-16T18:00:00Z", "2026-12-16T18:45:00Z", interview=False, rid="20261216T170000Z"),
        exp(U, "2026-12-23T18:00:00Z", "2026-12-23T18:45:00Z", interview=False, rid="20261223T170000Z"),
    ],
)


def main() -> None:
    for name, source, tz, ics, events in CASES:
        (HERE / f"{name}.ics").write_bytes(ics.encode("utf-8"))
        expected = {
            "source": source,
            "user_addresses": [USER],
            "user_timezone": tz,
            "window": WINDOW,
            "events": events,
        }
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(text, encoding="utf-8")
    print(f"{len(CASES)} calendars, {sum(len(c[4]) for c in CASES)} occurrences")


if __name__ == "__main__":
    main()
