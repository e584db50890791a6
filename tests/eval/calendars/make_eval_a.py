"""Held-out calendars, part A: Google Calendar and Exchange / Outlook 365 (expectations written by hand)."""

from __future__ import annotations

from pathlib import Path

from icsshapes import (
    BERLIN_TZ,
    BRASILIA,
    EASTERN,
    GMT_STD,
    MAYA,
    STAMP,
    W_EUROPE,
    att,
    calendar,
    occ,
    rid,
    utc,
    write,
)

OUT = Path(__file__).parent / "eval"
B = "Europe/Berlin"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
MEET = (
    "DESCRIPTION:-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~"
    ":~::-\\nJoin with Google Meet: https://meet.google.com/xqz-abcd-efg\\n\\nLearn more about Meet at: "
    "https://support.google.com/a/users/answer/9282720\\n\\n-::~:~::~:~:~:~:~::-"
)
TEAMS = (
    "DESCRIPTION;LANGUAGE=en-US:\\n______________________________________________________________________________"
    "__\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the "
    "meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ%40thread.v2/0>\\nMeeting ID: 312 555 "
    "018 77\\nPasscode: aB3cD4\\n________________________________________________________________________________\\n"
)


def g_event(
    uid: str, summary: str, start: str, end: str, *lines: str, seq: int = 0, status: str = "CONFIRMED"
) -> str:
    return "\n".join(
        [
            "BEGIN:VEVENT",
            start,
            end,
            f"DTSTAMP:{STAMP}",
            *lines,
            f"UID:{uid}",
            "CREATED:20261118T091204Z",
            "LAST-MODIFIED:20261119T164410Z",
            f"SEQUENCE:{seq}",
            f"STATUS:{status}",
            f"SUMMARY:{summary}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    )


def x_event(uid: str, summary: str, start: str, end: str, *lines: str, seq: int = 0, status: str = "") -> str:
    body = [
        "BEGIN:VEVENT",
        *lines,
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{summary}",
        start,
        end,
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{STAMP}",
        "TRANSP:OPAQUE",
        f"STATUS:{status or 'CONFIRMED'}",
        f"SEQUENCE:{seq}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
    ]
    return "\n".join(body)


def google_invite() -> None:
    uid = "5k2v9q1m3d7h0b8n6c4x2z1y0a@google.com"
    ev = g_event(
        uid,
        "Interview: Acme – Senior Backend Engineer",
        "DTSTART:20261203T130000Z",
        "DTEND:20261203T140000Z",
        "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
        att("jane@acme.example", "Jane Doe", google=True),
        att(MAYA, MAYA, partstat="NEEDS-ACTION", google=True),
        att("raj@acme.example", "Raj Patel", partstat="TENTATIVE", google=True),
        att(
            "c_18841n0v3q@resource.calendar.google.com", "Berlin-4-Orion (8)", cutype="RESOURCE", google=True
        ),
        MEET,
        "LOCATION:Berlin-4-Orion (8)",
    )
    text = calendar(GOOGLE, ev, method="REQUEST", head=("CALSCALE:GREGORIAN",))
    write(
        OUT,
        "google_invite_request",
        text,
        source="Google Calendar invite (METHOD:REQUEST)",
        events=[
            occ(
                uid,
                "2026-12-03T13:00:00Z",
                "2026-12-03T14:00:00Z",
                interview=True,
                interviewers=("jane@acme.example", "raj@acme.example"),
                company="Acme",
                role="Senior Backend Engineer",
            )
        ],
    )


def google_export() -> None:
    evs = [
        g_event(
            "7ad1q2w3e4r5t6y7u8i9o0p1as@google.com",
            "Northwind interview – QA Lead",
            "DTSTART;TZID=Europe/Berlin:20261208T100000",
            "DTEND;TZID=Europe/Berlin:20261208T110000",
            "ORGANIZER;CN=Sam Recruiter:mailto:sam@northwind.example",
            att("sam@northwind.example", "Sam Recruiter", google=True),
            att("lee@northwind.example", "Lee QA", google=True),
            att(MAYA, "Maya Example", google=True),
            MEET,
        ),
        g_event(
            "0c9b8a7s6d5f4g3h2j1k0l9z8x@google.com",
            "Dentist",
            "DTSTART;TZID=Europe/Berlin:20261209T083000",
            "DTEND;TZID=Europe/Berlin:20261209T090000",
            "LOCATION:Praxis Dr. Weber",
        ),
        g_event(
            "3m4n5b6v7c8x9z0l1k2j3h4g5f@google.com",
            "Research sync",
            "DTSTART;TZID=Europe/Berlin:20261210T160000",
            "DTEND;TZID=Europe/Berlin:20261210T163000",
            "ORGANIZER;CN=Jane Doe:mailto:jane@example.org",
            att("jane@example.org", "Jane Doe", google=True),
            att(MAYA, "Maya Example", google=True),
        ),
        g_event(
            "9p8o7i6u5y4t3r2e1w0q9a8s7d@google.com",
            "Christmas holidays",
            "DTSTART;VALUE=DATE:20261224",
            "DTEND;VALUE=DATE:20261228",
        ),
    ]
    head = (
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Maya Example",
        "X-WR-TIMEZONE:Europe/Berlin",
    )
    text = calendar(GOOGLE, BERLIN_TZ, *evs, head=head)
    write(
        OUT,
        "google_export_xwr_timezone",
        text,
        source="Google Calendar export (X-WR-TIMEZONE)",
        events=[
            occ(
                "7ad1q2w3e4r5t6y7u8i9o0p1as@google.com",
                "2026-12-08T09:00:00Z",
                "2026-12-08T10:00:00Z",
                interview=True,
                interviewers=("sam@northwind.example", "lee@northwind.example"),
                company="Northwind",
                role="QA Lead",
            ),
            occ(
                "0c9b8a7s6d5f4g3h2j1k0l9z8x@google.com",
                "2026-12-09T07:30:00Z",
                "2026-12-09T08:00:00Z",
                interview=False,
            ),
            occ(
                "3m4n5b6v7c8x9z0l1k2j3h4g5f@google.com",
                "2026-12-10T15:00:00Z",
                "2026-12-10T15:30:00Z",
                interview=False,
            ),
            occ(
                "9p8o7i6u5y4t3r2e1w0q9a8s7d@google.com",
                "2026-12-23T23:00:00Z",
                "2026-12-27T23:00:00Z",
                interview=False,
            ),
        ],
    )


def google_group_calendar() -> None:
    group = "c_7f3e2d1c0b9a8f7e6d5c4b3a2@group.calendar.google.com"
    uid = "1q2w3e4r5t6y7u8i9o0pasdfgh@google.com"
    ev = g_event(
        uid,
        "Fabrikam – Engineering Manager – interview (3 rounds)",
        "DTSTART;TZID=Europe/Berlin:20261215T130000",
        "DTEND;TZID=Europe/Berlin:20261215T163000",
        f"ORGANIZER;CN=Job search:mailto:{group}",
        att(group, "Job search", google=True),
        att(MAYA, "Maya Example", google=True),
        att("priya@fabrikam.example", "Priya Shah", google=True),
        att("tom@fabrikam.example", "Tom Berger", google=True),
        att("hiring-panel@fabrikam.example", "Hiring panel", cutype="GROUP", google=True),
        "LOCATION:Fabrikam GmbH\\, Torstraße 1\\, Berlin",
    )
    head = ("CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Job search", "X-WR-TIMEZONE:Europe/Berlin")
    text = calendar(GOOGLE, BERLIN_TZ, ev, head=head)
    write(
        OUT,
        "google_group_calendar",
        text,
        source="Google Calendar shared group calendar",
        events=[
            occ(
                uid,
                "2026-12-15T12:00:00Z",
                "2026-12-15T15:30:00Z",
                interview=True,
                interviewers=("priya@fabrikam.example", "tom@fabrikam.example"),
                company="Fabrikam",
                role="Engineering Manager",
            )
        ],
    )


def google_series_cancelled_override() -> None:
    uid = "6t5r4e3w2q1a0s9d8f7g6h5j4k@google.com"
    master = g_event(
        uid,
        "Team standup",
        "DTSTART;TZID=Europe/Berlin:20261130T093000",
        "DTEND;TZID=Europe/Berlin:20261130T094500",
        "RRULE:FREQ=DAILY;COUNT=5",
        "EXDATE;TZID=Europe/Berlin:20261202T093000",
        "ORGANIZER;CN=Jane Doe:mailto:jane@example.org",
        att("jane@example.org", "Jane Doe", google=True),
        att(MAYA, "Maya Example", google=True),
    )
    moved = g_event(
        uid,
        "Team standup",
        "DTSTART;TZID=Europe/Berlin:20261201T110000",
        "DTEND;TZID=Europe/Berlin:20261201T111500",
        "RECURRENCE-ID;TZID=Europe/Berlin:20261201T093000",
        "ORGANIZER;CN=Jane Doe:mailto:jane@example.org",
        seq=1,
    )
    cancelled = g_event(
        uid,
        "Team standup",
        "DTSTART;TZID=Europe/Berlin:20261203T093000",
        "DTEND;TZID=Europe/Berlin:20261203T094500",
        "RECURRENCE-ID;TZID=Europe/Berlin:20261203T093000",
        seq=1,
        status="CANCELLED",
    )
    head = ("CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-TIMEZONE:Europe/Berlin")
    text = calendar(GOOGLE, BERLIN_TZ, moved, cancelled, master, head=head)

    def o(day: str, start: str, end: str, *, cancelled: bool = False) -> dict[str, object]:
        return occ(
            uid,
            utc(f"202612{day}T{start}00", B) if day != "30" else utc(f"202611{day}T{start}00", B),
            utc(f"202612{day}T{end}00", B) if day != "30" else utc(f"202611{day}T{end}00", B),
            interview=False,
            cancelled=cancelled,
            recurrence_id=rid(f"2026{'11' if day == '30' else '12'}{day}T093000", B),
        )

    events = [o("30", "0930", "0945"), o("01", "1100", "1115"), o("03", "0930", "0945", cancelled=True)]
    events.append(o("04", "0930", "0945"))
    write(OUT, "google_series_overrides_exdate", text, source="Google Calendar export", events=events)


def exchange_request_room() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000D0A1B2C3E4F5DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"
    ev = x_event(
        uid,
        "Interview Maya Example / Contoso – Data Engineer",
        "DTSTART;TZID=W. Europe Standard Time:20261204T100000",
        "DTEND;TZID=W. Europe Standard Time:20261204T113000",
        "ORGANIZER;CN=Contoso Talent:mailto:talent@contoso.example",
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
        att("anna.schmidt@contoso.example", "Schmidt, Anna"),
        att(
            "konferenz.berlin@contoso.example",
            "Konferenzraum Berlin 3.01",
            cutype="ROOM",
            role="NON-PARTICIPANT",
        ),
        TEAMS,
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting; Konferenzraum Berlin 3.01",
    )
    text = calendar(EXCHANGE, W_EUROPE, ev, method="REQUEST")
    write(
        OUT,
        "exchange_request_windows_zone",
        text,
        source="Exchange / Outlook 365 invite (W. Europe Standard Time)",
        events=[
            occ(
                uid,
                "2026-12-04T09:00:00Z",
                "2026-12-04T10:30:00Z",
                interview=True,
                interviewers=("talent@contoso.example", "anna.schmidt@contoso.example"),
                company="Contoso",
                role="Data Engineer",
            )
        ],
    )


def exchange_no_vtimezone() -> None:
    uid = "040000008200E00074C5B7101A82E0080000000070F1E2D3C4B5DB010000000000000000100000001122334455667788"
    ev = x_event(
        uid,
        "Tailspin Toys interview: Staff Engineer",
        "DTSTART;TZID=Pacific Standard Time:20261208T100000",
        "DTEND;TZID=Pacific Standard Time:20261208T110000",
        "ORGANIZER;CN=Chris Lee:mailto:chris@tailspintoys.example",
        att(MAYA, "Maya Example", partstat="ACCEPTED"),
        att("chris@tailspintoys.example", "Chris Lee"),
    )
    text = calendar(EXCHANGE, ev, method="REQUEST")
    write(
        OUT,
        "exchange_windows_zone_without_vtimezone",
        text,
        source="Outlook 365 invite, Windows zone name without VTIMEZONE",
        events=[
            occ(
                uid,
                utc("20261208T100000", "America/Los_Angeles"),
                utc("20261208T110000", "America/Los_Angeles"),
                interview=True,
                interviewers=("chris@tailspintoys.example",),
                company="Tailspin Toys",
                role="Staff Engineer",
            )
        ],
    )


def exchange_brasilia() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000B0B1B2B3B4B5DB01000000000000000010000000BRASILIA0001"
    ev = x_event(
        uid,
        "Entrevista – Desenvolvedora Backend Sênior – Wingtip",
        'DTSTART;TZID="(UTC-03:00) Brasilia":20261209T100000',
        'DTEND;TZID="(UTC-03:00) Brasilia":20261209T110000',
        "ORGANIZER;CN=Ana Souza:mailto:ana.souza@wingtip.example",
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
        att("bruno@wingtip.example", "Bruno Lima"),
        att("ana.souza@wingtip.example", "Ana Souza"),
    )
    text = calendar(EXCHANGE, BRASILIA, ev, method="REQUEST")
    write(
        OUT,
        "exchange_brasilia_custom_zone",
        text,
        source='Exchange invite, TZID "(UTC-03:00) Brasilia"',
        events=[
            occ(
                uid,
                "2026-12-09T13:00:00Z",
                "2026-12-09T14:00:00Z",
                interview=True,
                interviewers=("ana.souza@wingtip.example", "bruno@wingtip.example"),
                company="Wingtip",
                role="Desenvolvedora Backend Sênior",
            )
        ],
    )


def exchange_tzone_utc() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000UTC0TZONE00000000000000000010000000LITWARE0000001"
    uid2 = "040000008200E00074C5B7101A82E00800000000UTC0TZONE00000000000000000010000000LITWARE0000002"
    people = (
        "ORGANIZER;CN=Pat Kim:mailto:pat@litware.example",
        att(MAYA, "Maya Example"),
        att("pat@litware.example", "Pat Kim"),
    )
    first = x_event(
        uid,
        "Interview with Litware – Platform Engineer",
        "DTSTART;TZID=tzone://Microsoft/Utc:20261210T090000",
        "DTEND;TZID=tzone://Microsoft/Utc:20261210T100000",
        *people,
    )
    second = x_event(
        uid2,
        "Litware interview – Platform Engineer",
        'DTSTART;TZID="tzone://Microsoft/Utc":20261211T090000',
        'DTEND;TZID="tzone://Microsoft/Utc":20261211T100000',
        *people,
    )
    text = calendar("Microsoft CDO for Microsoft Exchange", first, second, method="PUBLISH")
    found = dict(
        interview=True, interviewers=("pat@litware.example",), company="Litware", role="Platform Engineer"
    )
    write(
        OUT,
        "exchange_tzone_microsoft_utc",
        text,
        source="Outlook 365 (TZID tzone://Microsoft/Utc, unquoted and quoted)",
        events=[
            occ(uid, "2026-12-10T09:00:00Z", "2026-12-10T10:00:00Z", **found),  # type: ignore[arg-type]
            occ(uid2, "2026-12-11T09:00:00Z", "2026-12-11T10:00:00Z", **found),  # type: ignore[arg-type]
        ],
    )


def exchange_update_stream() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000UPDATE00000000000000000000010000000ADVWORKS000001"
    people = (
        "ORGANIZER;CN=Dana White:mailto:dana@adventure-works.example",
        att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
        att("omar@adventure-works.example", "Omar Haddad"),
    )
    first = x_event(
        uid,
        "Interview: Adventure Works – Site Reliability Engineer",
        "DTSTART;TZID=W. Europe Standard Time:20261211T100000",
        "DTEND;TZID=W. Europe Standard Time:20261211T110000",
        *people,
    )
    moved = x_event(
        uid,
        "Interview: Adventure Works – Site Reliability Engineer",
        "DTSTART;TZID=W. Europe Standard Time:20261211T140000",
        "DTEND;TZID=W. Europe Standard Time:20261211T150000",
        *people,
        seq=1,
    )
    text = calendar(EXCHANGE, W_EUROPE, first, method="REQUEST") + calendar(
        EXCHANGE, W_EUROPE, moved, method="REQUEST"
    )
    write(
        OUT,
        "exchange_request_then_update",
        text,
        source="Exchange iTIP stream: REQUEST then updated REQUEST (SEQUENCE 1)",
        events=[
            occ(
                uid,
                "2026-12-11T13:00:00Z",
                "2026-12-11T14:00:00Z",
                interview=True,
                interviewers=("dana@adventure-works.example", "omar@adventure-works.example"),
                company="Adventure Works",
                role="Site Reliability Engineer",
            )
        ],
    )


def exchange_request_update_cancel() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000CANCEL00000000000000000000010000000PROSEWARE0001"
    people = (
        "ORGANIZER;CN=Lena Vogel:mailto:lena@proseware.example",
        att(MAYA, "Maya Example"),
        att("lena@proseware.example", "Lena Vogel"),
    )
    title = "Interview – Proseware, Backend Developer"
    start = "DTSTART;TZID=W. Europe Standard Time:20261214T110000"
    end = "DTEND;TZID=W. Europe Standard Time:20261214T120000"
    req = x_event(uid, title, start, end, *people)
    upd = x_event(uid, title, start, "DTEND;TZID=W. Europe Standard Time:20261214T123000", *people, seq=1)
    cancel = x_event(uid, f"Canceled: {title}", start, end, *people, seq=2, status="CANCELLED")
    text = (
        calendar(EXCHANGE, W_EUROPE, req, method="REQUEST")
        + calendar(EXCHANGE, W_EUROPE, upd, method="REQUEST")
        + calendar(EXCHANGE, W_EUROPE, cancel, method="CANCEL")
    )
    write(
        OUT,
        "exchange_request_update_cancel",
        text,
        source="Exchange iTIP stream: REQUEST, update, CANCEL",
        events=[
            occ(
                uid,
                "2026-12-14T10:00:00Z",
                "2026-12-14T11:00:00Z",
                interview=True,
                cancelled=True,
                interviewers=("lena@proseware.example",),
                company="Proseware",
                role="Backend Developer",
            )
        ],
    )


def exchange_eastern_gmt_dst() -> None:
    a = "040000008200E00074C5B7101A82E00800000000EASTERN0000000000000000000010000000FOURTHCOFFEE1"
    b = "040000008200E00074C5B7101A82E00800000000GMTSTD00000000000000000000010000000LITWARELEAD01"
    c = "040000008200E00074C5B7101A82E00800000000DSTEND00000000000000000000010000000TAILWIND00001"
    evs = [
        x_event(
            a,
            "Phone screen – Fourth Coffee – Backend Engineer",
            "DTSTART;TZID=Eastern Standard Time:20270112T110000",
            "DTEND;TZID=Eastern Standard Time:20270112T113000",
            "ORGANIZER;CN=Morgan Reed:mailto:morgan@fourthcoffee.example",
            att(MAYA, "Maya Example"),
        ),
        x_event(
            b,
            "Interview – Litware – Engineering Lead",
            "DTSTART;TZID=GMT Standard Time:20270203T140000",
            "DTEND;TZID=GMT Standard Time:20270203T150000",
            "ORGANIZER;CN=Pat Kim:mailto:pat@litware.example",
            att(MAYA, "Maya Example"),
            att("sue@litware.example", "Sue Park", partstat="DECLINED"),
            att("ravi@litware.example", "Ravi Iyer", partstat="TENTATIVE"),
        ),
        x_event(
            c,
            "Interview: Tailwind Traders – DevOps Engineer",
            "DTSTART;TZID=W. Europe Standard Time:20261020T100000",
            "DTEND;TZID=W. Europe Standard Time:20261020T110000",
            "ORGANIZER;CN=Kim Olsen:mailto:kim@tailwindtraders.example",
            att(MAYA, "Maya Example"),
        ),
    ]
    text = calendar(EXCHANGE, W_EUROPE, EASTERN, GMT_STD, *evs, method="PUBLISH")
    write(
        OUT,
        "exchange_several_windows_zones",
        text,
        source="Outlook 365 published calendar (Eastern, GMT, W. Europe zones)",
        events=[
            occ(
                a,
                "2027-01-12T16:00:00Z",
                "2027-01-12T16:30:00Z",
                interview=True,
                interviewers=("morgan@fourthcoffee.example",),
                company="Fourth Coffee",
                role="Backend Engineer",
            ),
            occ(
                b,
                "2027-02-03T14:00:00Z",
                "2027-02-03T15:00:00Z",
                interview=True,
                interviewers=("pat@litware.example", "ravi@litware.example"),
                company="Litware",
                role="Engineering Lead",
            ),
            occ(
                c,
                "2026-10-20T08:00:00Z",
                "2026-10-20T09:00:00Z",
                interview=True,
                interviewers=("kim@tailwindtraders.example",),
                company="Tailwind Traders",
                role="DevOps Engineer",
            ),
        ],
    )


def exchange_cancel_only() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000CANCELONLY0000000000000000010000000WOODGROVE0001"
    ev = x_event(
        uid,
        "Canceled: Interview | Woodgrove Bank | Cloud Architect",
        "DTSTART;TZID=W. Europe Standard Time:20261216T150000",
        "DTEND;TZID=W. Europe Standard Time:20261216T160000",
        "ORGANIZER;CN=Woodgrove Talent:mailto:talent@woodgrovebank.example",
        att(MAYA, "Maya Example"),
        seq=3,
        status="CANCELLED",
    )
    text = calendar(EXCHANGE, W_EUROPE, ev, method="CANCEL")
    write(
        OUT,
        "exchange_method_cancel",
        text,
        source="Exchange cancellation (METHOD:CANCEL only)",
        events=[
            occ(
                uid,
                "2026-12-16T14:00:00Z",
                "2026-12-16T15:00:00Z",
                interview=True,
                cancelled=True,
                interviewers=("talent@woodgrovebank.example",),
                company="Woodgrove Bank",
                role="Cloud Architect",
            )
        ],
    )


ALL = [
    google_invite,
    google_export,
    google_group_calendar,
    google_series_cancelled_override,
    exchange_request_room,
    exchange_no_vtimezone,
    exchange_brasilia,
    exchange_tzone_utc,
    exchange_update_stream,
    exchange_request_update_cancel,
    exchange_eastern_gmt_dst,
    exchange_cancel_only,
]
