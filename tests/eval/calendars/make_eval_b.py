"""Held-out calendars, part B: iCloud, Nextcloud, Fastmail, Zoom, Teams, booking services, look-alikes, series."""

from __future__ import annotations

from pathlib import Path

from icsshapes import BERLIN_TZ, MAYA, STAMP, W_EUROPE, att, calendar, ms_zone, occ, rid, utc, write

OUT = Path(__file__).parent / "eval"
B = "Europe/Berlin"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//macOS 15.1//EN"
TOKYO_TZ = (
    "BEGIN:VTIMEZONE\nTZID:Asia/Tokyo\nX-LIC-LOCATION:Asia/Tokyo\nBEGIN:STANDARD\nTZOFFSETFROM:+0900\n"
    "TZOFFSETTO:+0900\nTZNAME:JST\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE"
)
WARSAW = ms_zone(
    "Central European Standard Time",
    std="+0100",
    dst="+0200",
    std_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    dst_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
)


def ev(uid: str, summary: str, start: str, end: str, *lines: str, seq: int = 0, status: str = "") -> str:
    body = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{STAMP}", start, end, f"SUMMARY:{summary}", *lines]
    body += [f"SEQUENCE:{seq}"] + ([f"STATUS:{status}"] if status else []) + ["END:VEVENT"]
    return "\n".join(body)


def tz(local: str, zone: str = B) -> str:
    return f"TZID={zone}:{local}"


def one(name: str, text: str, source: str, *events: dict[str, object]) -> None:
    write(OUT, name, text, source=source, events=list(events))


def icloud_german() -> None:
    uid = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
    e = ev(
        uid,
        "Vorstellungsgespräch bei Fabrikam (Teamleitung Backend)",
        "DTSTART;" + tz("20261126T140000"),
        "DTEND;" + tz("20261126T150000"),
        "CREATED:20261110T080000Z",
        "ORGANIZER;CN=Fabrikam HR;SCHEDULE-AGENT=CLIENT:mailto:hr@fabrikam.example",
        att(MAYA, "Maya Example"),
        att("hr@fabrikam.example", "Fabrikam HR"),
        "LOCATION:Fabrikam GmbH\\nTorstraße 1\\n10119 Berlin",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=Fabrikam GmbH:geo:52.529,13.401",
        "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Erinnerung\nTRIGGER:-PT30M\nX-WR-ALARMUID:A1\nEND:VALARM",
    )
    one(
        "icloud_german_title",
        calendar(APPLE, BERLIN_TZ, e, head=("CALSCALE:GREGORIAN", "X-WR-CALNAME:Privat")),
        "iCloud calendar export",
        occ(
            uid,
            "2026-11-26T13:00:00Z",
            "2026-11-26T14:00:00Z",
            interview=True,
            interviewers=("hr@fabrikam.example",),
            company="Fabrikam",
            role="Teamleitung Backend",
        ),
    )


def icloud_floating() -> None:
    uid = "3B1E5C2A-7D44-4F0B-9E61-2C8D9A0F1B3E"
    e = ev(
        uid,
        "Interview with Globex",
        "DTSTART:20261215T100000",
        "DTEND:20261215T110000",
        "CREATED:20261201T080000Z",
    )
    one(
        "icloud_floating_time",
        calendar("-//Apple Inc.//iOS 18.1//EN", e, head=("CALSCALE:GREGORIAN",)),
        "iOS Calendar (floating local time)",
        occ(
            uid,
            utc("20261215T100000", B),
            utc("20261215T110000", B),
            interview=True,
            company="Globex",
        ),
    )


def nextcloud_french() -> None:
    uid = "f3c1a2b4-9d8e-4c7b-a6f5-0e1d2c3b4a59"
    e = ev(
        uid,
        "Entretien d'embauche – Contoso, Développeuse Python",
        "DTSTART;" + tz("20261207T143000"),
        "DTEND;" + tz("20261207T153000"),
        "ORGANIZER;CN=Recrutement Contoso:mailto:recrutement@contoso.example",
        "ATTENDEE;CN=Maya Example;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:" + MAYA,
        "ATTENDEE;CN=Luc Martin;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:luc@contoso.example",
        "CREATED:20261125T101010Z",
        "LAST-MODIFIED:20261125T101010Z",
    )
    one(
        "nextcloud_french_title",
        calendar("-//Sabre//Sabre VObject 4.5.4//EN", BERLIN_TZ, e, head=("CALSCALE:GREGORIAN",)),
        "Nextcloud (Sabre) export",
        occ(
            uid,
            "2026-12-07T13:30:00Z",
            "2026-12-07T14:30:00Z",
            interview=True,
            interviewers=("recrutement@contoso.example", "luc@contoso.example"),
            company="Contoso",
            role="Développeuse Python",
        ),
    )


def fastmail_dutch() -> None:
    uid = "a8b7c6d5-e4f3-4a2b-9c1d-0e9f8a7b6c5d"
    e = ev(
        uid,
        "Sollicitatiegesprek Northwind – Backend Developer",
        "DTSTART;" + tz("20261202T090000", "Europe/Amsterdam"),
        "DTEND;" + tz("20261202T100000", "Europe/Amsterdam"),
        "ORGANIZER;CN=Eva de Vries:mailto:eva@northwind.example",
        att(MAYA, "Maya Example"),
        att("eva@northwind.example", "Eva de Vries"),
        "X-MOZ-GENERATION:1",
    )
    zone = BERLIN_TZ.replace("Europe/Berlin", "Europe/Amsterdam")
    one(
        "fastmail_dutch_title",
        calendar("-//Fastmail/2020.5/EN", zone, e),
        "Fastmail calendar",
        occ(
            uid,
            "2026-12-02T08:00:00Z",
            "2026-12-02T09:00:00Z",
            interview=True,
            interviewers=("eva@northwind.example",),
            company="Northwind",
            role="Backend Developer",
        ),
    )


def zoom_invite() -> None:
    uid = "ZOOM84512345678@zoom.us"
    e = ev(
        uid,
        "Interview: Maya Example <> Globex (Senior Backend Engineer)",
        "DTSTART:20261201T150000Z",
        "DTEND:20261201T160000Z",
        "ORGANIZER;CN=Jane Doe:mailto:jane@globex.example",
        "LOCATION:https://us02web.zoom.us/j/84512345678?pwd=abc",
        "DESCRIPTION:Jane Doe is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\n"
        "https://us02web.zoom.us/j/84512345678?pwd=abc\\n\\nMeeting ID: 845 1234 5678",
    )
    one(
        "zoom_invite",
        calendar("-//zoom.us//iCalendar Event//EN", e, method="PUBLISH", head=("CALSCALE:GREGORIAN",)),
        "Zoom meeting .ics",
        occ(
            uid,
            "2026-12-01T15:00:00Z",
            "2026-12-01T16:00:00Z",
            interview=True,
            interviewers=("jane@globex.example",),
            company="Globex",
            role="Senior Backend Engineer",
        ),
    )


def teams_meeting() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000TEAMS000000000000000000000010000000WOODGROVE0002"
    e = ev(
        uid,
        "Technical interview (Platform Engineer)",
        "DTSTART;TZID=W. Europe Standard Time:20261217T110000",
        "DTEND;TZID=W. Europe Standard Time:20261217T120000",
        "ORGANIZER;CN=Woodgrove Talent:mailto:talent@woodgrove.example",
        att(MAYA, "Maya Example"),
        att("ed@woodgrove.example", "Ed Novak"),
        att("platform-team@woodgrove.example", "Platform team", cutype="GROUP"),
        "LOCATION:Microsoft Teams Meeting",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_Wd%40thread.v2/0",
        "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:talent@woodgrove.example",
    )
    one(
        "teams_meeting_group_attendee",
        calendar("Microsoft Exchange Server 2010", W_EUROPE, e, method="REQUEST"),
        "Microsoft Teams meeting invite",
        occ(
            uid,
            "2026-12-17T10:00:00Z",
            "2026-12-17T11:00:00Z",
            interview=True,
            interviewers=("talent@woodgrove.example", "ed@woodgrove.example"),
            company="Woodgrove",
            role="Platform Engineer",
        ),
    )


def booking_service() -> None:
    uid = "bk-7c1f9e2a-44d0-4b8e-9a61-screening@bookings.example"
    e = ev(
        uid,
        "Screening interview with Initech",
        "DTSTART:20261130T100000Z",
        "DTEND:20261130T103000Z",
        "ORGANIZER;CN=Booking service:mailto:no-reply@bookings.example",
        att("pat@initech.example", "Pat Lee"),
        att(MAYA, "Maya Example"),
        "DESCRIPTION:Event type: 30 minute screening\\nNeed to make changes to this event?\\n"
        "Cancel: https://bookings.example/cancellations/7c1f9e2a",
        "LOCATION:Phone call",
    )
    one(
        "booking_service_screening",
        calendar("-//Booking service//Scheduler//EN", e, method="REQUEST"),
        "Calendly-style booking service invite",
        occ(
            uid,
            "2026-11-30T10:00:00Z",
            "2026-11-30T10:30:00Z",
            interview=True,
            interviewers=("pat@initech.example",),
            company="Initech",
        ),
    )


def lookalikes() -> None:
    web = "webinar-20261205@careerweekly.example"
    own = "own-hiring-1@example.org"
    prep = "prep-acme-1@example.org"
    mock = "mock-interview-2@example.org"
    evs = [
        ev(
            web,
            "Webinar: How to ace your next interview",
            "DTSTART:20261205T170000Z",
            "DTEND:20261205T180000Z",
            "ORGANIZER;CN=Career Weekly:mailto:newsletter@careerweekly.example",
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
        ),
        ev(
            own,
            "Interview: Raj Patel for Junior Developer",
            "DTSTART;" + tz("20261207T100000"),
            "DTEND;" + tz("20261207T110000"),
            "ORGANIZER;CN=Maya Example:mailto:" + MAYA,
            att("raj.patel@example.test", "Raj Patel"),
            att("jane@example.org", "Jane Doe"),
        ),
        ev(
            prep,
            "Interview prep – Acme",
            "DTSTART;" + tz("20261203T080000"),
            "DTEND;" + tz("20261203T090000"),
        ),
        ev(
            mock,
            "Mock interview with Jane (practice for Acme)",
            "DTSTART;" + tz("20261201T190000"),
            "DTEND;" + tz("20261201T200000"),
            "ORGANIZER;CN=Maya Example:mailto:" + MAYA,
            att("jane.doe@example.net", "Jane Doe"),
        ),
    ]
    one(
        "lookalikes_not_interviews",
        calendar(APPLE, BERLIN_TZ, *evs, head=("CALSCALE:GREGORIAN",)),
        "Apple Calendar export (newsletter webinar, own hiring, prep, mock)",
        occ(web, "2026-12-05T17:00:00Z", "2026-12-05T18:00:00Z", interview=False),
        occ(own, "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z", interview=False),
        occ(prep, "2026-12-03T07:00:00Z", "2026-12-03T08:00:00Z", interview=False),
        occ(mock, "2026-12-01T18:00:00Z", "2026-12-01T19:00:00Z", interview=False),
    )


def research_veto_word() -> None:
    sync = "research-sync-weekly@example.org"
    real = "nw-research-interview@northwind-research.example"
    evs = [
        ev(
            sync,
            "Research sync",
            "DTSTART;" + tz("20261201T100000"),
            "DTEND;" + tz("20261201T103000"),
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "ORGANIZER;CN=Jane Doe:mailto:jane@example.org",
            att(MAYA, "Maya Example"),
        ),
        ev(
            real,
            "Interview: Northwind Research, Research Engineer",
            "DTSTART;" + tz("20261204T140000"),
            "DTEND;" + tz("20261204T150000"),
            "ORGANIZER;CN=Ola Berg:mailto:ola@northwind-research.example",
            att(MAYA, "Maya Example"),
            att("ola@northwind-research.example", "Ola Berg"),
        ),
    ]
    series = [
        occ(
            sync,
            utc(f"202612{d}T100000", B),
            utc(f"202612{d}T103000", B),
            interview=False,
            recurrence_id=rid(f"202612{d}T100000", B),
        )
        for d in ("01", "08", "15")
    ]
    one(
        "research_word_in_interview_title",
        calendar(GOOGLE, BERLIN_TZ, *evs, head=("X-WR-TIMEZONE:Europe/Berlin",)),
        "Google Calendar export",
        *series,
        occ(
            real,
            "2026-12-04T13:00:00Z",
            "2026-12-04T14:00:00Z",
            interview=True,
            interviewers=("ola@northwind-research.example",),
            company="Northwind Research",
            role="Research Engineer",
        ),
    )


def webinar_word_interview() -> None:
    uid = "dq8w7e6r5t4y3u2i1o0p9lkjhg@google.com"
    e = ev(
        uid,
        "Interview: Woodgrove – Developer Advocate (Webinars & Workshops)",
        "DTSTART;" + tz("20261218T100000"),
        "DTEND;" + tz("20261218T110000"),
        "ORGANIZER;CN=Ines Costa:mailto:ines@woodgrove.example",
        att("ines@woodgrove.example", "Ines Costa", google=True),
        att(MAYA, "Maya Example", google=True),
    )
    one(
        "veto_word_webinar_in_role",
        calendar(GOOGLE, BERLIN_TZ, e, method="REQUEST"),
        "Google Calendar invite",
        occ(
            uid,
            "2026-12-18T09:00:00Z",
            "2026-12-18T10:00:00Z",
            interview=True,
            interviewers=("ines@woodgrove.example",),
            company="Woodgrove",
            role="Developer Advocate (Webinars & Workshops)",
        ),
    )


def this_and_future() -> None:
    uid = "bookclub-2026@example.org"
    master = ev(
        uid,
        "Book club",
        "DTSTART;" + tz("20261202T190000"),
        "DTEND;" + tz("20261202T200000"),
        "RRULE:FREQ=WEEKLY;COUNT=4",
    )
    later = ev(
        uid,
        "Book club",
        "DTSTART;" + tz("20261216T200000"),
        "DTEND;" + tz("20261216T210000"),
        "RECURRENCE-ID;RANGE=THISANDFUTURE;" + tz("20261216T190000"),
        seq=1,
    )
    events = []
    for day, hour in (("02", "19"), ("09", "19"), ("16", "20"), ("23", "20")):
        end = f"{int(hour) + 1}"
        events.append(
            occ(
                uid,
                utc(f"202612{day}T{hour}0000", B),
                utc(f"202612{day}T{end}0000", B),
                interview=False,
                recurrence_id=rid(f"202612{day}T190000", B),
            )
        )
    one(
        "series_range_thisandfuture",
        calendar("-//Nextcloud calendar v4.7.4", BERLIN_TZ, master, later),
        "Nextcloud (RECURRENCE-ID;RANGE=THISANDFUTURE)",
        *events,
    )


def all_day_events() -> None:
    hol = "holiday-20261225@example.org"
    bday = "birthday-mum@example.org"
    conf = "devopsdays-2027@example.org"
    evs = [
        ev(
            hol,
            "Christmas Day",
            "DTSTART;VALUE=DATE:20261225",
            "DTEND;VALUE=DATE:20261226",
            "TRANSP:TRANSPARENT",
        ),
        ev(
            bday,
            "Mum's birthday",
            "DTSTART;VALUE=DATE:19600115",
            "DTEND;VALUE=DATE:19600116",
            "RRULE:FREQ=YEARLY",
        ),
        ev(conf, "DevOpsDays Berlin", "DTSTART;VALUE=DATE:20270210", "DTEND;VALUE=DATE:20270213"),
    ]
    one(
        "all_day_events",
        calendar(APPLE, *evs),
        "Apple Calendar export (all-day events, yearly series)",
        occ(hol, "2026-12-24T23:00:00Z", "2026-12-25T23:00:00Z", interview=False),
        occ(bday, "2027-01-14T23:00:00Z", "2027-01-15T23:00:00Z", interview=False, recurrence_id="20270115"),
        occ(conf, "2027-02-09T23:00:00Z", "2027-02-12T23:00:00Z", interview=False),
    )


def declined_interviewer() -> None:
    uid = "r2d2c3po4bb8k2so5l3i1f7gh0@google.com"
    e = ev(
        uid,
        "Interview – Acme – Senior Backend Engineer (2nd round)",
        "DTSTART:20261210T130000Z",
        "DTEND:20261210T143000Z",
        "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
        att("jane@acme.example", "Jane Doe", google=True),
        att("raj@acme.example", "Raj Patel", partstat="DECLINED", google=True),
        att("tom@acme.example", "Tom Weber", partstat="NEEDS-ACTION", google=True),
        att(MAYA, "Maya Example", google=True),
    )
    one(
        "declined_interviewer",
        calendar(GOOGLE, e, method="REQUEST"),
        "Google Calendar invite (one interviewer declined)",
        occ(
            uid,
            "2026-12-10T13:00:00Z",
            "2026-12-10T14:30:00Z",
            interview=True,
            interviewers=("jane@acme.example", "tom@acme.example"),
            company="Acme",
            role="Senior Backend Engineer",
        ),
    )


def languages() -> None:
    cases = [
        (
            "google_spanish_title",
            "Entrevista con Globex – Ingeniera de Datos",
            "globex.example",
            "Globex",
            "Ingeniera de Datos",
            "20261201",
        ),
        (
            "google_swedish_title",
            "Anställningsintervju: Northwind, Backendutvecklare",
            "northwind.example",
            "Northwind",
            "Backendutvecklare",
            "20261202",
        ),
        (
            "google_italian_title",
            "Colloquio di lavoro – Contoso – Sviluppatrice Java",
            "contoso.example",
            "Contoso",
            "Sviluppatrice Java",
            "20261203",
        ),
    ]
    for name, title, domain, company, role, day in cases:
        uid = f"{name.replace('_', '')}0a1b2c3d@google.com"
        e = ev(
            uid,
            title,
            "DTSTART;" + tz(f"{day}T110000"),
            "DTEND;" + tz(f"{day}T120000"),
            f"ORGANIZER;CN=Recruiting:mailto:recruiting@{domain}",
            att(f"recruiting@{domain}", "Recruiting", google=True),
            att(MAYA, "Maya Example", google=True),
        )
        one(
            name,
            calendar(GOOGLE, BERLIN_TZ, e, method="REQUEST"),
            "Google Calendar invite",
            occ(
                uid,
                utc(f"{day}T110000", B),
                utc(f"{day}T120000", B),
                interview=True,
                interviewers=(f"recruiting@{domain}",),
                company=company,
                role=role,
            ),
        )


def polish_exchange() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000WARSAW00000000000000000000010000000FABRIKAMPL001"
    e = ev(
        uid,
        "Rozmowa kwalifikacyjna – Fabrikam – Programistka Python",
        "DTSTART;TZID=Central European Standard Time:20261209T090000",
        "DTEND;TZID=Central European Standard Time:20261209T100000",
        "ORGANIZER;CN=Kasia Nowak:mailto:kasia@fabrikam.example",
        att(MAYA, "Maya Example"),
        att("kasia@fabrikam.example", "Kasia Nowak"),
        att("sala.krakow@fabrikam.example", "Sala Kraków", cutype="ROOM", role="NON-PARTICIPANT"),
    )
    one(
        "exchange_polish_title",
        calendar("Microsoft Exchange Server 2010", WARSAW, e, method="REQUEST"),
        "Exchange invite (Central European Standard Time)",
        occ(
            uid,
            "2026-12-09T08:00:00Z",
            "2026-12-09T09:00:00Z",
            interview=True,
            interviewers=("kasia@fabrikam.example",),
            company="Fabrikam",
            role="Programistka Python",
        ),
    )


def japanese_tokyo() -> None:
    uid = "j9a8p7a6n5e4s3e2t1i0t1l2e3@google.com"
    e = ev(
        uid,
        "面接：Acme（バックエンドエンジニア）",
        "DTSTART;TZID=Asia/Tokyo:20261217T100000",
        "DTEND;TZID=Asia/Tokyo:20261217T110000",
        "ORGANIZER;CN=Sato:mailto:sato@acme.example",
        att("sato@acme.example", "Sato", google=True),
        att(MAYA, "Maya Example", google=True),
    )
    one(
        "google_japanese_tokyo_zone",
        calendar(GOOGLE, TOKYO_TZ, e, method="REQUEST"),
        "Google Calendar invite (Asia/Tokyo)",
        occ(
            uid,
            "2026-12-17T01:00:00Z",
            "2026-12-17T02:00:00Z",
            interview=True,
            interviewers=("sato@acme.example",),
            company="Acme",
            role="バックエンドエンジニア",
        ),
    )


def interview_loop_series() -> None:
    uid = "loop-fabrikam-staff@fabrikam.example"
    people = (
        "ORGANIZER;CN=Priya Shah:mailto:priya@fabrikam.example",
        att(MAYA, "Maya Example"),
        att("priya@fabrikam.example", "Priya Shah"),
    )
    master = ev(
        uid,
        "Fabrikam onsite loop – Staff Engineer",
        "DTSTART;" + tz("20270119T100000"),
        "DTEND;" + tz("20270119T120000"),
        "RRULE:FREQ=DAILY;COUNT=3",
        *people,
    )
    moved = ev(
        uid,
        "Fabrikam onsite loop – Staff Engineer",
        "DTSTART;" + tz("20270120T140000"),
        "DTEND;" + tz("20270120T160000"),
        "RECURRENCE-ID;" + tz("20270120T100000"),
        *people,
        seq=1,
    )
    events = []
    for day, hour in (("19", "10"), ("20", "14"), ("21", "10")):
        events.append(
            occ(
                uid,
                utc(f"202701{day}T{hour}0000", B),
                utc(f"202701{day}T{int(hour) + 2}0000", B),
                interview=True,
                recurrence_id=rid(f"202701{day}T100000", B),
                interviewers=("priya@fabrikam.example",),
                company="Fabrikam",
                role="Staff Engineer",
            )
        )
    one(
        "interview_series_with_override",
        calendar("-//Fastmail/2020.5/EN", BERLIN_TZ, master, moved),
        "Fastmail calendar (daily interview loop, one day moved)",
        *events,
    )


def window_edges() -> None:
    before = "edge-before@example.org"
    inside = "edge-inside@example.org"
    after = "edge-after@example.org"
    evs = [
        ev(
            before,
            "Interview – Globex – SRE",
            "DTSTART;" + tz("20260915T100000"),
            "DTEND;" + tz("20260915T110000"),
        ),
        ev(inside, "Gym", "DTSTART;" + tz("20270228T223000"), "DTEND;" + tz("20270228T233000")),
        ev(
            after,
            "Interview – Initech – SRE",
            "DTSTART;" + tz("20270301T100000"),
            "DTEND;" + tz("20270301T110000"),
        ),
    ]
    one(
        "window_edges",
        calendar("-//Sabre//Sabre VObject 4.5.4//EN", BERLIN_TZ, *evs),
        "Nextcloud export (events before, at the end of and after the window)",
        occ(inside, "2027-02-28T21:30:00Z", "2027-02-28T22:30:00Z", interview=False),
    )


ALL = [
    icloud_german,
    icloud_floating,
    nextcloud_french,
    fastmail_dutch,
    zoom_invite,
    teams_meeting,
    booking_service,
    lookalikes,
    research_veto_word,
    webinar_word_interview,
    this_and_future,
    all_day_events,
    declined_interviewer,
    languages,
    polish_exchange,
    japanese_tokyo,
    interview_loop_series,
    window_edges,
]
