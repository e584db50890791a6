"""Writes the fifteenth held-out calendar set (eval15): `python make_eval15.py` rewrites the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
WINDOW = ["2026-12-07T00:00:00Z", "2026-12-19T00:00:00Z"]
STAMP = "DTSTAMP:20261201T091500Z"
CASES: list[tuple[str, str, str, list[dict[str, object]]]] = []

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
ICLOUD = "-//Apple Inc.//macOS 15.1//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.6//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
PROTON = "-//Proton AG//WebCalendar 5.0.40.3//EN"
ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"

W_EUROPE = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
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

ROMANCE = W_EUROPE.replace("W. Europe Standard Time", "Romance Standard Time")

GMT_STD = """BEGIN:VTIMEZONE
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

BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
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


def vtz(tzid: str, std: str, dst: str | None = None) -> str:
    """A VTIMEZONE in the shape Google, Apple and Nextcloud write (EU rules when there is summer time)."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst:
        lines += [
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        ]  # fmt: skip
    lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{dst or std}", f"TZOFFSETTO:{std}"]
    lines += ["DTSTART:19701025T030000"] if dst else ["DTSTART:19700101T000000"]
    lines += ["RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"] if dst else []
    lines += ["END:STANDARD", "END:VTIMEZONE"]
    return "\n".join(lines)


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    limit = 75
    for ch in line:
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = " "
            limit = 75
        current += ch
    out.append(current)
    return "\r\n".join(out)


def vcal(prodid: str, body: str, *, method: str | None = "REQUEST", head: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [x for x in head.split("\n") if x]
    lines += [x for x in body.strip("\n").split("\n")]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def att(
    addr: str, cn: str, *, ps: str = "ACCEPTED", cu: str = "INDIVIDUAL", role: str = "REQ-PARTICIPANT"
) -> str:
    return f"ATTENDEE;CUTYPE={cu};ROLE={role};PARTSTAT={ps};CN={cn}:mailto:{addr}"


def me(ps: str = "NEEDS-ACTION", cn: str = "Maya Example") -> str:
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={cn}:mailto:{USER}"


def org(addr: str, cn: str) -> str:
    return f"ORGANIZER;CN={cn}:mailto:{addr}"


def ev(uid: str, summary: str, start: str, end: str, *rest: str, seq: int = 0) -> str:
    lines = ["BEGIN:VEVENT", STAMP, f"UID:{uid}", f"SEQUENCE:{seq}", f"SUMMARY:{summary}"]
    lines += [start if ":" in start else f"DTSTART:{start}", end if ":" in end else f"DTEND:{end}"]
    lines += [r for r in rest if r]
    lines.append("END:VEVENT")
    return "\n".join(lines)


def want(
    uid: str, start: str, end: str, *people: str, rid: str = "", company: str = "", role: str = "",
    interview: bool = True, cancelled: bool = False,
) -> dict[str, object]:  # fmt: skip
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(p.lower() for p in people) if interview else [],
        "company": company if interview else "",
        "role": role if interview else "",
    }


def no(uid: str, start: str, end: str, rid: str = "", cancelled: bool = False) -> dict[str, object]:
    return want(uid, start, end, rid=rid, interview=False, cancelled=cancelled)


def case(name: str, text: str, events: list[dict[str, object]], tz: str = "Europe/Berlin") -> None:
    CASES.append((name, text, tz, events))


def add_failure_shapes() -> None:
    """Issue 9's calendar failure classes, written as the services write them."""
    u = "5k2q8v1m3nlindqvist@google.com"
    body = "\n".join(
        [
            BERLIN,
            ev(
                u,
                "Interview: Lindqvist Research – Research Engineer",
                "DTSTART;TZID=Europe/Berlin:20261208T100000",
                "DTEND;TZID=Europe/Berlin:20261208T110000",
                org("sofia.berg@lindqvistresearch.example", "Sofia Berg"),
                att("jane.doe@lindqvistresearch.example", "Jane Doe"),
                me("ACCEPTED"),
                "DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij",
                "LOCATION:",
                "STATUS:CONFIRMED",
                "TRANSP:OPAQUE",
            ),
            ev(
                "0c1e7a9prep@google.com",
                "Prep: Lindqvist Research interview",
                "DTSTART;TZID=Europe/Berlin:20261207T170000",
                "DTEND;TZID=Europe/Berlin:20261207T180000",
                "DESCRIPTION:Reread the job ad\\, STAR stories\\, questions for Jane",
                "STATUS:CONFIRMED",
                "TRANSP:OPAQUE",
            ),
        ]
    )
    case(
        "google_export_research_company_and_prep",
        vcal(
            GOOGLE, body, method="PUBLISH", head="X-WR-CALNAME:maya@example.org\nX-WR-TIMEZONE:Europe/Berlin"
        ),
        [
            want(
                u,
                "2026-12-08T09:00:00Z",
                "2026-12-08T10:00:00Z",
                "sofia.berg@lindqvistresearch.example",
                "jane.doe@lindqvistresearch.example",
                company="Lindqvist Research",
                role="Research Engineer",
            ),
            no("0c1e7a9prep@google.com", "2026-12-07T16:00:00Z", "2026-12-07T17:00:00Z"),
        ],
    )

    u = "040000008200E00074C5B7101A82E0080000000010B2C3D4E5F6A7080000000000000000100000004F1A2B3C4D5E6F70"
    body = "\n".join(
        [
            W_EUROPE,
            ev(
                u,
                "Technical Interview | Code Review Tooling Engineer | Quillfield",
                "DTSTART;TZID=W. Europe Standard Time:20261209T140000",
                "DTEND;TZID=W. Europe Standard Time:20261209T150000",
                "ORGANIZER;CN=Raj Patel:mailto:raj.patel@quillfield.example",
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ines"
                " Moreau:mailto:ines.moreau@quillfield.example",
                "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Room"
                " Harbour 3:mailto:room-harbour-3@quillfield.example",
                "DESCRIPTION:Microsoft Teams meeting\\nJoin on your computer\\, mobile app or room"
                " device\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_x\\nMeeting ID: 312 445 901 77",
                "LOCATION:Microsoft Teams Meeting; Room Harbour 3",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "X-MICROSOFT-CDO-IMPORTANCE:1",
            ),
        ]
    )
    case(
        "exchange_review_in_role_with_room",
        vcal(EXCHANGE, body),
        [
            want(
                u,
                "2026-12-09T13:00:00Z",
                "2026-12-09T14:00:00Z",
                "raj.patel@quillfield.example",
                "ines.moreau@quillfield.example",
                company="Quillfield",
                role="Code Review Tooling Engineer",
            ),
        ],
    )

    u = "7hk3m0q9r2syncpoint@google.com"
    body = "\n".join(
        [
            BERLIN,
            ev(
                u,
                "SyncPoint – Vorstellungsgespräch – Backend-Entwickler",
                "DTSTART;TZID=Europe/Berlin:20261210T110000",
                "DTEND;TZID=Europe/Berlin:20261210T120000",
                org("karriere@syncpoint.example", "SyncPoint Karriere"),
                att("lukas.brandt@syncpoint.example", "Lukas Brandt"),
                me(),
                "ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Berlin-2-Besprechungsraum"
                " Spree (6):mailto:c_1889abcd0e2f3a4b@resource.calendar.google.com",
                "DESCRIPTION:Hallo Maya\\, wir freuen uns auf das Gespräch vor Ort. Bitte am Empfang melden.",
                "LOCATION:Berlin-2-Besprechungsraum Spree (6)",
                "STATUS:CONFIRMED",
            ),
        ]
    )
    case(
        "google_de_sync_in_company_with_resource",
        vcal(GOOGLE, body),
        [
            want(
                u,
                "2026-12-10T10:00:00Z",
                "2026-12-10T11:00:00Z",
                "karriere@syncpoint.example",
                "lukas.brandt@syncpoint.example",
                company="SyncPoint",
                role="Backend-Entwickler",
            ),
        ],
    )

    u = "2b9x7c4d1brightpath@google.com"
    body = "\n".join(
        [
            vtz("Europe/London", "+0000", "+0100"),
            ev(
                u,
                "Brightpath Training / Interview / Learning Experience Designer",
                "DTSTART;TZID=Europe/London:20261211T150000",
                "DTEND;TZID=Europe/London:20261211T154500",
                org("tom.hughes@brightpathtraining.example", "Tom Hughes"),
                me("ACCEPTED"),
                att("priya.nair@brightpathtraining.example", "Priya Nair"),
                att(
                    "c_0a9b8c7d6e5f4a3b2c1d@group.calendar.google.com",
                    "Hiring – Learning team",
                    ps="ACCEPTED",
                ),
                "DESCRIPTION:Video call link: https://meet.google.com/pqr-stuv-wxy",
                "STATUS:CONFIRMED",
            ),
        ]
    )
    case(
        "google_training_in_company_group_calendar_attendee",
        vcal(GOOGLE, body),
        [
            want(
                u,
                "2026-12-11T15:00:00Z",
                "2026-12-11T15:45:00Z",
                "tom.hughes@brightpathtraining.example",
                "priya.nair@brightpathtraining.example",
                company="Brightpath Training",
                role="Learning Experience Designer",
            ),
        ],
    )

    u = "8E3F1A2C-5B6D-4E7F-9A0B-workshop11"
    body = "\n".join(
        [
            vtz("Europe/London", "+0000", "+0100"),
            ev(
                u,
                "Workshop Eleven: final interview (Studio Producer)",
                "DTSTART;TZID=Europe/London:20261215T100000",
                "DTEND;TZID=Europe/London:20261215T110000",
                org("hana@workshopeleven.example", "Hana Mori"),
                att("olu@workshopeleven.example", "Olu Adeyemi"),
                me("ACCEPTED"),
                "LOCATION:Workshop Eleven\\, 14 Canal Street\\, Manchester",
                "STATUS:CONFIRMED",
            ),
        ]
    )
    case(
        "fastmail_workshop_in_company_final",
        vcal(FASTMAIL, body),
        [
            want(
                u,
                "2026-12-15T10:00:00Z",
                "2026-12-15T11:00:00Z",
                "hana@workshopeleven.example",
                "olu@workshopeleven.example",
                company="Workshop Eleven",
                role="Studio Producer",
            ),
        ],
    )

    u = "tjw-webinar-2026-12-09@newsletter.techjobsweekly.example"
    body = ev(
        u,
        "Webinar: Interview skills workshop – nailing the system design round",
        "20261209T180000Z",
        "20261209T190000Z",
        org("events@newsletter.techjobsweekly.example", "Tech Jobs Weekly"),
        me(),
        "DESCRIPTION:Thanks for registering! Our panel of hiring managers shares how they run interviews.",
        "URL:https://techjobsweekly.example/webinars/system-design",
        "STATUS:CONFIRMED",
    )
    case(
        "newsletter_webinar_about_interviews",
        vcal(GOOGLE, body),
        [
            no(u, "2026-12-09T18:00:00Z", "2026-12-09T19:00:00Z"),
        ],
    )

    u = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A7080000000000000000100000005A6B7C8D9E0F1A2B"
    body = ev(
        u,
        "Entrevista – Analista de Planning | Grupo Solera",
        "DTSTART;TZID=Romance Standard Time:20261214T120000",
        "DTEND;TZID=Romance Standard Time:20261214T130000",
        org("lucia.ferrer@gruposolera.example", "Lucía Ferrer"),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maya@example.org:mailto:maya@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Vidal:mailto:marc.vidal@gruposolera.example",
        "DESCRIPTION:Reunión de Microsoft Teams\\nÚnase desde su equipo\\, aplicación móvil o dispositivo de"
        " sala\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_y",
        "LOCATION:Reunión de Microsoft Teams",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    )
    case(
        "outlook365_es_planning_role_no_vtimezone",
        vcal(EXCHANGE, body),
        [
            want(
                u,
                "2026-12-14T11:00:00Z",
                "2026-12-14T12:00:00Z",
                "lucia.ferrer@gruposolera.example",
                "marc.vidal@gruposolera.example",
                company="Grupo Solera",
                role="Analista de Planning",
            ),
        ],
    )

    u = "9q8w7e6r5t4y3u2tessellate@google.com"
    body = "\n".join(
        [
            BERLIN,
            ev(
                u,
                "Second round: Data Platform Engineer @ Tessellate",
                "DTSTART;TZID=Europe/Berlin:20261208T160000",
                "DTEND;TZID=Europe/Berlin:20261208T170000",
                org("c_7f3e9a21b4d8c6e0@group.calendar.google.com", "Tessellate Recruiting"),
                att("noor.haddad@tessellate.example", "Noor Haddad"),
                att("ben.okafor@tessellate.example", "Ben Okafor"),
                me("ACCEPTED"),
                "DESCRIPTION:Join with Google Meet: https://meet.google.com/klm-nopq-rst",
            ),
        ]
    )
    case(
        "google_group_calendar_organizer",
        vcal(GOOGLE, body),
        [
            want(
                u,
                "2026-12-08T15:00:00Z",
                "2026-12-08T16:00:00Z",
                "noor.haddad@tessellate.example",
                "ben.okafor@tessellate.example",
                company="Tessellate",
                role="Data Platform Engineer",
            ),
        ],
    )

    u = "goodtime-evt-5521907@goodtime.example"
    body = ev(
        u,
        "Interview Panel – Senior QA Engineer – Zephyrine",
        "20261216T130000Z",
        "20261216T141500Z",
        org("no-reply@goodtime.example", "Zephyrine Recruiting"),
        me(),
        att("lena.schulz@zephyrine.example", "Lena Schulz"),
        att("omar.farouk@zephyrine.example", "Omar Farouk"),
        att("room-ada@zephyrine.example", "Berlin – Ada (8)", cu="ROOM", role="NON-PARTICIPANT"),
        att("notetaker@meetingbot.example", "Meeting Notetaker", role="OPT-PARTICIPANT"),
        "DESCRIPTION:Scheduled with GoodTime. Your panel: Lena Schulz (QA Lead)\\, Omar Farouk (Engineering).",
    )
    case(
        "goodtime_noreply_organizer_room_and_bot",
        vcal(GOOGLE, body),
        [
            want(
                u,
                "2026-12-16T13:00:00Z",
                "2026-12-16T14:15:00Z",
                "lena.schulz@zephyrine.example",
                "omar.farouk@zephyrine.example",
                company="Zephyrine",
                role="Senior QA Engineer",
            ),
        ],
    )

    u = "4u7i1o9p3hiring@google.com"
    body = ev(
        u,
        "Interview: Jane Doe for Junior Designer",
        "20261210T090000Z",
        "20261210T093000Z",
        org(USER, "Maya Example"),
        att("jane.doe@mailbox.example", "Jane Doe", ps="ACCEPTED"),
        "DESCRIPTION:Portfolio walkthrough for the freelance assistant position.",
    )
    case(
        "user_interviews_a_candidate",
        vcal(GOOGLE, body),
        [no(u, "2026-12-10T09:00:00Z", "2026-12-10T09:30:00Z")],
    )

    u = "ashby-3f6c2e1a-tailwind"
    body = "\n".join(
        [
            vtz("America/New_York", "-0500"),
            ev(
                u,
                "Tailwind Logistics · Round 2 Interview — Data Engineer",
                "DTSTART;TZID=America/New_York:20261211T090000",
                "DTEND;TZID=America/New_York:20261211T100000",
                org("gwen.li@tailwindlogistics.example", "Gwen Li"),
                att("sam.ortiz@tailwindlogistics.example", "Sam Ortiz"),
                me(),
                "DESCRIPTION:Scheduled via Ashby. Zoom: https://zoom.us/j/91234567890",
            ),
        ]
    )
    case(
        "ashby_company_first_middle_dots",
        vcal(GOOGLE, body),
        [
            want(
                u,
                "2026-12-11T14:00:00Z",
                "2026-12-11T15:00:00Z",
                "gwen.li@tailwindlogistics.example",
                "sam.ortiz@tailwindlogistics.example",
                company="Tailwind Logistics",
                role="Data Engineer",
            ),
        ],
    )

    u = "calendly-8d2f1b7e-brambleworks"
    body = ev(
        u,
        "Recruiter call between Jane Doe and Maya Example",
        "20261208T130000Z",
        "20261208T133000Z",
        org("jane.doe@brambleworks.example", "Jane Doe"),
        me("ACCEPTED"),
        "DESCRIPTION:Event Name: Recruiter call\\n\\nNeed to make changes? Cancel or"
        " reschedule: https://calendly.com/cancellations/x",
        "LOCATION:https://us02web.zoom.us/j/81234567890",
    )
    case(
        "calendly_person_names_only",
        vcal("-//Calendly//EN", body),
        [
            want(
                u,
                "2026-12-08T13:00:00Z",
                "2026-12-08T13:30:00Z",
                "jane.doe@brambleworks.example",
                company="Brambleworks",
            ),
        ],
    )

    u = "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8C9D00000000000000000100000006B7C8D9E0F1A2B3C"
    body = ev(
        u,
        "Technical interview",
        "DTSTART;TZID=FLE Standard Time:20261215T150000",
        "DTEND;TZID=FLE Standard Time:20261215T160000",
        org("eva.lindgren@vantamo.example", "Eva Lindgren"),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mikko Aalto:mailto:mikko.aalto@vantamo.example",
        "LOCATION:Microsoft Teams Meeting",
    )
    case(
        "outlook_no_company_in_title_fle_zone",
        vcal(OUTLOOK, body),
        [
            want(
                u,
                "2026-12-15T13:00:00Z",
                "2026-12-15T14:00:00Z",
                "eva.lindgren@vantamo.example",
                "mikko.aalto@vantamo.example",
                company="Vantamo",
            ),
        ],
    )

    u = "a7c1e3f5-assessment-hanseatic@nextcloud.example"
    body = "\n".join(
        [
            BERLIN,
            ev(
                u,
                "Assessment-Center: Trainee Finance – Hanseatische Papierwerke",
                "DTSTART;TZID=Europe/Berlin:20261214T090000",
                "DTEND;TZID=Europe/Berlin:20261214T130000",
                "RRULE:FREQ=DAILY;COUNT=3",
                org("recruiting@hanseatische-papierwerke.example", "Recruiting Hanseatische Papierwerke"),
                att("kerstin.vogt@hanseatische-papierwerke.example", "Kerstin Vogt"),
                me("ACCEPTED"),
            ),
            ev(
                u,
                "Assessment-Center: Trainee Finance – Hanseatische Papierwerke",
                "DTSTART;TZID=Europe/Berlin:20261215T100000",
                "DTEND;TZID=Europe/Berlin:20261215T140000",
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20261215T090000",
                org("recruiting@hanseatische-papierwerke.example", "Recruiting Hanseatische Papierwerke"),
                att("kerstin.vogt@hanseatische-papierwerke.example", "Kerstin Vogt"),
                me("ACCEPTED"),
                seq=1,
            ),
        ]
    )
    people = ("recruiting@hanseatische-papierwerke.example", "kerstin.vogt@hanseatische-papierwerke.example")
    names = {"company": "Hanseatische Papierwerke", "role": "Trainee Finance"}
    case(
        "nextcloud_assessment_centre_thisandfuture",
        vcal(NEXTCLOUD, body),
        [
            want(u, "2026-12-14T08:00:00Z", "2026-12-14T12:00:00Z", *people, rid="20261214T080000Z", **names),
            want(u, "2026-12-15T09:00:00Z", "2026-12-15T13:00:00Z", *people, rid="20261215T080000Z", **names),
            want(u, "2026-12-16T09:00:00Z", "2026-12-16T13:00:00Z", *people, rid="20261216T080000Z", **names),
        ],
    )

    u = "f2b4d6e8-jobclub@nextcloud.example"
    body = "\n".join(
        [
            BERLIN,
            ev(
                u,
                "Job-search accountability circle",
                "DTSTART;TZID=Europe/Berlin:20261104T180000",
                "DTEND;TZID=Europe/Berlin:20261104T190000",
                "RRULE:FREQ=WEEKLY;BYDAY=WE",
                org("jobclub@stadtteilzentrum.example", "Jobclub Stadtteilzentrum"),
                me("ACCEPTED"),
            ),
            ev(
                u,
                "Job-search accountability circle",
                "DTSTART;TZID=Europe/Berlin:20261209T190000",
                "DTEND;TZID=Europe/Berlin:20261209T200000",
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20261209T180000",
                org("jobclub@stadtteilzentrum.example", "Jobclub Stadtteilzentrum"),
                me("ACCEPTED"),
                seq=1,
            ),
        ]
    )
    case(
        "nextcloud_job_club_thisandfuture",
        vcal(NEXTCLOUD, body, method=None),
        [
            no(u, "2026-12-09T18:00:00Z", "2026-12-09T19:00:00Z", rid="20261209T170000Z"),
            no(u, "2026-12-16T18:00:00Z", "2026-12-16T19:00:00Z", rid="20261216T170000Z"),
        ],
    )

    u = "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9D0E10000000000000000100000007C8D9E0F1A2B3C4D"
    common = (
        "ORGANIZER;CN=Hugo Laurent:mailto:hugo.laurent@marloweinsurance.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sara Lind:mailto:sara.lind@marloweinsurance.example",
        "LOCATION:Microsoft Teams Meeting",
    )
    title = "Interview – Product Analyst – Marlowe Insurance"
    tzs = "DTSTART;TZID=W. Europe Standard Time:"
    tze = "DTEND;TZID=W. Europe Standard Time:"
    text = (
        vcal(
            EXCHANGE,
            W_EUROPE + "\n" + ev(u, title, tzs + "20261210T140000", tze + "20261210T150000", *common),
        )
        + vcal(
            EXCHANGE,
            W_EUROPE + "\n" + ev(u, title, tzs + "20261211T140000", tze + "20261211T150000", *common, seq=1),
        )
        + vcal(
            EXCHANGE,
            W_EUROPE
            + "\n"
            + ev(
                u,
                "Canceled: " + title,
                tzs + "20261211T140000",
                tze + "20261211T150000",
                *common,
                "STATUS:CANCELLED",
                seq=2,
            ),
            method="CANCEL",
        )
    )
    case(
        "exchange_request_update_cancel_stream",
        text,
        [
            want(
                u,
                "2026-12-11T13:00:00Z",
                "2026-12-11T14:00:00Z",
                "hugo.laurent@marloweinsurance.example",
                "sara.lind@marloweinsurance.example",
                company="Marlowe Insurance",
                role="Product Analyst",
                cancelled=True,
            ),
        ],
    )

    u = "6t5r4e3w2q1orchard@google.com"
    paris = vtz("Europe/Paris", "+0100", "+0200")
    rest = (
        org("camille.roux@orchardanalytics.example", "Camille Roux"),
        me(),
        att("yann.leroy@orchardanalytics.example", "Yann Leroy"),
    )
    title = "Meet the team: Orchard Analytics (Analytics Engineer)"
    text = vcal(
        GOOGLE,
        paris
        + "\n"
        + ev(
            u,
            title,
            "DTSTART;TZID=Europe/Paris:20261209T110000",
            "DTEND;TZID=Europe/Paris:20261209T120000",
            *rest,
        ),
    ) + vcal(
        GOOGLE,
        paris
        + "\n"
        + ev(
            u,
            title,
            "DTSTART;TZID=Europe/Paris:20261209T150000",
            "DTEND;TZID=Europe/Paris:20261209T160000",
            *rest,
            seq=1,
        ),
    )
    case(
        "google_request_then_update_one_file",
        text,
        [
            want(
                u,
                "2026-12-09T14:00:00Z",
                "2026-12-09T15:00:00Z",
                "camille.roux@orchardanalytics.example",
                "yann.leroy@orchardanalytics.example",
                company="Orchard Analytics",
                role="Analytics Engineer",
            ),
        ],
    )

    u = "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0E1F20000000000000000100000008D9E0F1A2B3C4D5E"
    body = ev(
        u,
        "Entrevista técnica – Desenvolvedor Java | Ipê Sistemas",
        'DTSTART;TZID="(UTC-03:00) Brasilia":20261210T100000',
        'DTEND;TZID="(UTC-03:00) Brasilia":20261210T110000',
        org("rafaela.souza@ipesistemas.example", "Rafaela Souza"),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thiago"
        " Lima:mailto:thiago.lima@ipesistemas.example",
        "LOCATION:Reunião do Microsoft Teams",
    )
    case(
        "outlook_pt_brasilia_label_no_vtimezone",
        vcal(OUTLOOK, body),
        [
            want(
                u,
                "2026-12-10T13:00:00Z",
                "2026-12-10T14:00:00Z",
                "rafaela.souza@ipesistemas.example",
                "thiago.lima@ipesistemas.example",
                company="Ipê Sistemas",
                role="Desenvolvedor Java",
            ),
        ],
        tz="America/Sao_Paulo",
    )

    u = "040000008200E00074C5B7101A82E00800000000F6A7B8C9D0E1F2A30000000000000000100000009E0F1A2B3C4D5E6F"
    body = ev(
        u,
        "Hiring manager interview – Site Reliability Engineer – Kelpie Cloud",
        'DTSTART;TZID="tzone://Microsoft/Utc":20261217T160000',
        'DTEND;TZID="tzone://Microsoft/Utc":20261217T164500',
        org("fiona.mcleod@kelpiecloud.example", "Fiona McLeod"),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
        "LOCATION:Microsoft Teams Meeting",
    )
    case(
        "teams_tzone_utc_quoted",
        vcal(EXCHANGE, body),
        [
            want(
                u,
                "2026-12-17T16:00:00Z",
                "2026-12-17T16:45:00Z",
                "fiona.mcleod@kelpiecloud.example",
                company="Kelpie Cloud",
                role="Site Reliability Engineer",
            ),
        ],
    )

    u = "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6B7C8000000000000000010000000CC0D1E2F3A4B5C6D"
    body = ev(
        u,
        "Cloudberry | Recruiter screen | Support Engineer",
        "DTSTART;TZID=tzone://Microsoft/Utc:20261208T093000",
        "DTEND;TZID=tzone://Microsoft/Utc:20261208T100000",
        org("talent@cloudberry.example", "Cloudberry Talent"),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oskar Berg:mailto:oskar.berg@cloudberry.example",
        "LOCATION:Microsoft Teams Meeting",
    )
    case(
        "teams_tzone_utc_bare",
        vcal(EXCHANGE, body),
        [
            want(
                u,
                "2026-12-08T09:30:00Z",
                "2026-12-08T10:00:00Z",
                "talent@cloudberry.example",
                "oskar.berg@cloudberry.example",
                company="Cloudberry",
                role="Support Engineer",
            ),
        ],
    )

    u = "040000008200E00074C5B7101A82E0080000000007B8C9D0E1F2A3B4000000000000000010000000AF1A2B3C4D5E6F70"
    body = "\n".join(
        [
            W_EUROPE,
            ev(
                u,
                "Sollicitatiegesprek – UX Researcher – Tulpstra",
                "DTSTART;TZID=W. Europe Standard Time:20261209T100000",
                "DTEND;TZID=W. Europe Standard Time:20261209T110000",
                org("femke.devries@tulpstra.example", "Femke de Vries"),
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
                "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Joost"
                " Bakker:mailto:joost.bakker@tulpstra.example",
                "DESCRIPTION:Uitnodiging via Recruitee. Microsoft Teams-vergadering:"
                " https://teams.microsoft.com/l/meetup-join/19%3ameeting_z",
                "LOCATION:Microsoft Teams-vergadering",
            ),
        ]
    )
    case(
        "outlook_nl_researcher_role_w_europe",
        vcal(OUTLOOK, body),
        [
            want(
                u,
                "2026-12-09T09:00:00Z",
                "2026-12-09T10:00:00Z",
                "femke.devries@tulpstra.example",
                "joost.bakker@tulpstra.example",
                company="Tulpstra",
                role="UX Researcher",
            ),
        ],
        tz="Europe/Amsterdam",
    )

    u = "040000008200E00074C5B7101A82E0080000000018C9D0E1F2A3B4C5000000000000000010000000B02B3C4D5E6F7081"
    body = ev(
        u,
        "Redwood Ledger – Virtual onsite – Staff Engineer",
        "DTSTART;TZID=Pacific Standard Time:20261216T090000",
        "DTEND;TZID=Pacific Standard Time:20261216T130000",
        org("recruiting@redwoodledger.example", "Redwood Ledger Recruiting"),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amy Chen:mailto:amy.chen@redwoodledger.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Diego Ramos:mailto:diego.ramos@redwoodledger.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Kofi Mensah:mailto:kofi.mensah@redwoodledger.example",
        "LOCATION:Microsoft Teams Meeting",
    )
    case(
        "exchange_pacific_no_vtimezone_declined",
        vcal(EXCHANGE, body),
        [
            want(
                u,
                "2026-12-16T17:00:00Z",
                "2026-12-16T21:00:00Z",
                "recruiting@redwoodledger.example",
                "amy.chen@redwoodledger.example",
                "diego.ramos@redwoodledger.example",
                company="Redwood Ledger",
                role="Staff Engineer",
            ),
        ],
    )

    u = "proton-7b2e9c4a1f@proton.me"
    body = "\n".join(
        [
            vtz("Suomen aika", "+0200", "+0300"),
            ev(
                u,
                "Työhaastattelu: Ohjelmistokehittäjä – Revontuli Labs",
                "DTSTART;TZID=Suomen aika:20261217T130000",
                "DTEND;TZID=Suomen aika:20261217T140000",
                org("aino.virtanen@revontulilabs.example", "Aino Virtanen"),
                me(),
            ),
        ]
    )
    case(
        "proton_fi_custom_vtimezone",
        vcal(PROTON, body),
        [
            want(
                u,
                "2026-12-17T11:00:00Z",
                "2026-12-17T12:00:00Z",
                "aino.virtanen@revontulilabs.example",
                company="Revontuli Labs",
                role="Ohjelmistokehittäjä",
            ),
        ],
        tz="Europe/Helsinki",
    )

    u = "040000008200E00074C5B7101A82E0080000000029D0E1F2A3B4C5D6000000000000000010000000C13C4D5E6F708192"
    body = "\n".join(
        [
            GMT_STD,
            ev(
                u,
                "Canceled: Cobalt Harbor | Phone screen | Account Executive",
                "DTSTART;TZID=GMT Standard Time:20261214T170000",
                "DTEND;TZID=GMT Standard Time:20261214T173000",
                org("will.hart@cobaltharbor.example", "Will Hart"),
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Maya Example:mailto:maya@example.org",
                "STATUS:CANCELLED",
                "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                seq=1,
            ),
        ]
    )
    case(
        "exchange_lone_cancel",
        vcal(EXCHANGE, body, method="CANCEL"),
        [
            want(
                u,
                "2026-12-14T17:00:00Z",
                "2026-12-14T17:30:00Z",
                "will.hart@cobaltharbor.example",
                company="Cobalt Harbor",
                role="Account Executive",
                cancelled=True,
            ),
        ],
        tz="Europe/London",
    )

    u = "ph-study-44019@panelhub.example"
    body = ev(
        u,
        "User research interview: how you store files (€60 voucher)",
        "20261211T160000Z",
        "20261211T164500Z",
        org("studies@panelhub.example", "PanelHub Studies"),
        me("ACCEPTED"),
        "DESCRIPTION:Thanks for signing up for this paid study. A researcher will ask about your habits.",
    )
    case(
        "paid_user_research_study",
        vcal(GOOGLE, body),
        [no(u, "2026-12-11T16:00:00Z", "2026-12-11T16:45:00Z")],
    )

    u = "zoho-1a2b3c4d5e6f@zoho.example"
    body = ev(
        u,
        "PrepLane: phone interview for Customer Success Manager",
        "DTSTART;TZID=Europe/Berlin:20261208T110000",
        "DTEND;TZID=Europe/Berlin:20261208T113000",
        org("carla.mendes@preplane.example", "Carla Mendes"),
        me(),
    )
    case(
        "zoho_prep_in_company_name",
        vcal(ZOHO, BERLIN + "\n" + body),
        [
            want(
                u,
                "2026-12-08T10:00:00Z",
                "2026-12-08T10:30:00Z",
                "carla.mendes@preplane.example",
                company="PrepLane",
                role="Customer Success Manager",
            ),
        ],
    )


def simple(name: str, prodid: str, uid: str, title: str, tzid: str, local: tuple[str, str],
           utc: tuple[str, str], organizer: tuple[str, str], others: list[tuple[str, str]], *,
           company: str, role: str, extra: tuple[str, ...] = (), tz: str = "Europe/Berlin") -> None:  # fmt: skip
    """One invitation written in an IANA zone with a VTIMEZONE, the everyday shape."""
    offsets = {
        "Europe/Berlin": ("+0100", "+0200"), "Europe/Rome": ("+0100", "+0200"), "Europe/Stockholm": ("+0100", "+0200"),
        "Europe/Warsaw": ("+0100", "+0200"), "Europe/Prague": ("+0100", "+0200"), "Europe/Copenhagen": ("+0100", "+0200"),
        "Europe/Oslo": ("+0100", "+0200"), "Europe/Budapest": ("+0100", "+0200"), "Europe/Athens": ("+0200", "+0300"),
        "Europe/Bucharest": ("+0200", "+0300"), "Europe/Istanbul": ("+0300", None), "Asia/Tokyo": ("+0900", None),
        "Asia/Shanghai": ("+0800", None), "Asia/Seoul": ("+0900", None), "Europe/Lisbon": ("+0000", "+0100"),
        "America/Chicago": ("-0600", None), "America/Denver": ("-0700", None),
    }  # fmt: skip
    std, dst = offsets[tzid]
    people = [att(a, n) for a, n in others]
    body = "\n".join(
        [
            vtz(tzid, std, dst),
            ev(
                uid,
                title,
                f"DTSTART;TZID={tzid}:{local[0]}",
                f"DTEND;TZID={tzid}:{local[1]}",
                org(*organizer),
                me(),
                *people,
                *extra,
            ),
        ]
    )
    addrs = [organizer[0], *(a for a, _ in others)]
    case(name, vcal(prodid, body), [want(uid, utc[0], utc[1], *addrs, company=company, role=role)], tz=tz)


def add_everyday() -> None:
    """A job seeker's everyday invitations and look-alikes."""
    meet = "DESCRIPTION:Join with Google Meet: https://meet.google.com/hjk-lmno-pqr"
    simple(
        "google_meet_phone_screen",
        GOOGLE,
        "1q2w3e4r5t6harborview@google.com",
        "Phone screen – Senior Backend Engineer at Harborview",
        "Europe/Lisbon",
        ("20261207T140000", "20261207T143000"),
        ("2026-12-07T14:00:00Z", "2026-12-07T14:30:00Z"),
        ("talent@harborview.example", "Harborview Talent"),
        [],
        company="Harborview",
        role="Senior Backend Engineer",
        extra=(meet,),
    )

    u = "zoom-86512340987-kitebird"
    body = "\n".join(
        [
            vtz("America/Los_Angeles", "-0800"),
            ev(
                u,
                "Kitebird | Pair programming interview | Frontend Engineer",
                "DTSTART;TZID=America/Los_Angeles:20261210T080000",
                "DTEND;TZID=America/Los_Angeles:20261210T093000",
                org("li.wei@kitebird.example", "Li Wei"),
                me(),
                att("petra.novak@kitebird.example", "Petra Novak"),
                att("ana.costa@kitebird.example", "Ana Costa", ps="DECLINED"),
                "DESCRIPTION:Li Wei is inviting you to a scheduled Zoom meeting.\\nJoin Zoom"
                " Meeting\\nhttps://zoom.us/j/86512340987",
                "LOCATION:https://zoom.us/j/86512340987",
            ),
        ]
    )
    case(
        "zoom_pairing_declined_interviewer",
        vcal(ZOOM, body),
        [
            want(
                u,
                "2026-12-10T16:00:00Z",
                "2026-12-10T17:30:00Z",
                "li.wei@kitebird.example",
                "petra.novak@kitebird.example",
                company="Kitebird",
                role="Frontend Engineer",
            ),
        ],
    )

    u = "greenhouse-71250933-fernhill@google.com"
    body = "\n".join(
        [
            BERLIN,
            ev(
                u,
                "Onsite: Maya Example – Staff Engineer – Fernhill Energy",
                "DTSTART;TZID=Europe/Berlin:20261217T090000",
                "DTEND;TZID=Europe/Berlin:20261217T120000",
                org("nadia.rahman@fernhillenergy.example", "Nadia Rahman"),
                me(),
                att("erik.holm@fernhillenergy.example", "Erik Holm"),
                att("grace.kim@fernhillenergy.example", "Grace Kim"),
                att("room-volta@fernhillenergy.example", "Room Volta", cu="ROOM", role="NON-PARTICIPANT"),
                "DESCRIPTION:Interview schedule (via Greenhouse): 09:00 system design\\, 10:00 coding\\, 11:00 values.",
                "LOCATION:Fernhill Energy HQ\\, Room Volta",
            ),
        ]
    )
    case(
        "greenhouse_onsite_with_room",
        vcal(GOOGLE, body),
        [
            want(
                u,
                "2026-12-17T08:00:00Z",
                "2026-12-17T11:00:00Z",
                "nadia.rahman@fernhillenergy.example",
                "erik.holm@fernhillenergy.example",
                "grace.kim@fernhillenergy.example",
                company="Fernhill Energy",
                role="Staff Engineer",
            ),
        ],
    )

    u = "lever-4c1d9e2f-larkspur@google.com"
    body = ev(
        u,
        "Maya Example <> Larkspur | Product Designer | Portfolio Review",
        "20261214T150000Z",
        "20261214T160000Z",
        org("tess.morgan@larkspur.example", "Tess Morgan"),
        me(),
        att("yuki.tanaka@larkspur.example", "Yuki Tanaka"),
        "DESCRIPTION:Scheduled through Lever. Please share your screen and walk us through two projects.",
    )
    case(
        "lever_portfolio_review",
        vcal(GOOGLE, body),
        [
            want(
                u,
                "2026-12-14T15:00:00Z",
                "2026-12-14T16:00:00Z",
                "tess.morgan@larkspur.example",
                "yuki.tanaka@larkspur.example",
                company="Larkspur",
                role="Product Designer",
            ),
        ],
    )

    u = "040000008200E00074C5B7101A82E008000000003AE1F2A3B4C5D6E7000000000000000010000000D24D5E6F70819203"
    body = "\n".join(
        [
            ROMANCE,
            ev(
                u,
                "Entretien – Chargée de projet data – Groupe Mistral",
                "DTSTART;TZID=Romance Standard Time:20261208T103000",
                "DTEND;TZID=Romance Standard Time:20261208T113000",
                org("claire.dubois@groupemistral.example", "Claire Dubois"),
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org",
                "DESCRIPTION:Invitation envoyée depuis Workday. Réunion Microsoft Teams :"
                " https://teams.microsoft.com/l/meetup-join/19%3ameeting_w",
                "LOCATION:Réunion Microsoft Teams",
            ),
        ]
    )
    case(
        "workday_fr_outlook_romance",
        vcal(OUTLOOK, body),
        [
            want(
                u,
                "2026-12-08T09:30:00Z",
                "2026-12-08T10:30:00Z",
                "claire.dubois@groupemistral.example",
                company="Groupe Mistral",
                role="Chargée de projet data",
            ),
        ],
        tz="Europe/Paris",
    )

    simple(
        "smartrecruiters_it_google",
        GOOGLE,
        "sr-2281734-aurelia@google.com",
        "Colloquio tecnico – Sviluppatore Frontend | Aurelia Software",
        "Europe/Rome",
        ("20261209T150000", "20261209T160000"),
        ("2026-12-09T14:00:00Z", "2026-12-09T15:00:00Z"),
        ("giulia.ricci@aureliasoftware.example", "Giulia Ricci"),
        [("marco.bianchi@aureliasoftware.example", "Marco Bianchi")],
        company="Aurelia Software",
        role="Sviluppatore Frontend",
        extra=(meet,),
        tz="Europe/Rome",
    )
    simple(
        "personio_de_second_interview",
        GOOGLE,
        "personio-88312-lindenhof@google.com",
        "Zweitgespräch: Produktmanagerin bei Lindenhof Digital",
        "Europe/Berlin",
        ("20261211T130000", "20261211T140000"),
        ("2026-12-11T12:00:00Z", "2026-12-11T13:00:00Z"),
        ("anna.keller@lindenhofdigital.example", "Anna Keller"),
        [("felix.wagner@lindenhofdigital.example", "Felix Wagner")],
        company="Lindenhof Digital",
        role="Produktmanagerin",
    )
    simple(
        "teamtailor_sv_interview",
        GOOGLE,
        "tt-5d0c7e-norrsken@google.com",
        "Intervju: Backendutvecklare – Norrsken Data",
        "Europe/Stockholm",
        ("20261208T140000", "20261208T150000"),
        ("2026-12-08T13:00:00Z", "2026-12-08T14:00:00Z"),
        ("elin.lund@norrskendata.example", "Elin Lund"),
        [],
        company="Norrsken Data",
        role="Backendutvecklare",
        extra=("DESCRIPTION:Bokad via Teamtailor.",),
        tz="Europe/Stockholm",
    )
    simple(
        "bamboohr_hiring_manager_chat",
        GOOGLE,
        "bhr-39201-pinecrest@google.com",
        "Hiring manager chat – Operations Lead – Pinecrest Outdoors",
        "America/Denver",
        ("20261210T100000", "20261210T104500"),
        ("2026-12-10T17:00:00Z", "2026-12-10T17:45:00Z"),
        ("marcus.reed@pinecrestoutdoors.example", "Marcus Reed"),
        [],
        company="Pinecrest Outdoors",
        role="Operations Lead",
    )

    u = "hv-live-7734201@hirevue.example"
    body = ev(
        u,
        "Live Interview: Castellan Bank – Graduate Analyst",
        "20261215T110000Z",
        "20261215T114500Z",
        org("noreply@hirevue.example", "HireVue"),
        me(),
        att("olivia.grant@castellanbank.example", "Olivia Grant"),
        "DESCRIPTION:Join your live interview at https://app.hirevue.example/live/7734201",
        "URL:https://app.hirevue.example/live/7734201",
    )
    case(
        "hirevue_live_interview_noreply",
        vcal("-//HireVue//Scheduling//EN", body),
        [
            want(
                u,
                "2026-12-15T11:00:00Z",
                "2026-12-15T11:45:00Z",
                "olivia.grant@castellanbank.example",
                company="Castellan Bank",
                role="Graduate Analyst",
            ),
        ],
        tz="Europe/London",
    )

    simple(
        "gem_coffee_chat_recruiter",
        GOOGLE,
        "gem-0f9e8d-ottertail@google.com",
        "Coffee chat with a recruiter – Ottertail",
        "Europe/Lisbon",
        ("20261209T083000", "20261209T090000"),
        ("2026-12-09T08:30:00Z", "2026-12-09T09:00:00Z"),
        ("bea.santos@ottertail.example", "Bea Santos"),
        [],
        company="Ottertail",
        role="",
        extra=(meet,),
    )
    simple(
        "ja_first_interview",
        GOOGLE,
        "jp-3a1b2c-minato@google.com",
        "【一次面接】ミナト技研 / バックエンドエンジニア",
        "Asia/Tokyo",
        ("20261208T100000", "20261208T110000"),
        ("2026-12-08T01:00:00Z", "2026-12-08T02:00:00Z"),
        ("sato.haruka@minatogiken.example", "佐藤 春香"),
        [("suzuki.ken@minatogiken.example", "鈴木 健")],
        company="ミナト技研",
        role="バックエンドエンジニア",
        tz="Asia/Tokyo",
    )
    simple(
        "zh_second_round",
        GOOGLE,
        "cn-7d8e9f-yunfan@google.com",
        "云帆科技 二面 | 数据工程师",
        "Asia/Shanghai",
        ("20261210T150000", "20261210T160000"),
        ("2026-12-10T07:00:00Z", "2026-12-10T08:00:00Z"),
        ("zhang.min@yunfan.example", "张敏"),
        [],
        company="云帆科技",
        role="数据工程师",
        tz="Asia/Shanghai",
    )
    simple(
        "ko_technical_interview",
        GOOGLE,
        "kr-4e5f6a-hanbit@google.com",
        "[한빛소프트] 기술 면접 - 프론트엔드 개발자",
        "Asia/Seoul",
        ("20261211T140000", "20261211T150000"),
        ("2026-12-11T05:00:00Z", "2026-12-11T06:00:00Z"),
        ("kim.jiwoo@hanbitsoft.example", "김지우"),
        [("lee.minho@hanbitsoft.example", "이민호")],
        company="한빛소프트",
        role="프론트엔드 개발자",
        tz="Asia/Seoul",
    )
    simple(
        "pl_recruitment_interview",
        OUTLOOK,
        "pl-1122-wislatech",
        "Rozmowa rekrutacyjna – Młodszy Analityk Danych | Wisłatech",
        "Europe/Warsaw",
        ("20261214T100000", "20261214T110000"),
        ("2026-12-14T09:00:00Z", "2026-12-14T10:00:00Z"),
        ("katarzyna.nowak@wislatech.example", "Katarzyna Nowak"),
        [],
        company="Wisłatech",
        role="Młodszy Analityk Danych",
        tz="Europe/Warsaw",
    )
    simple(
        "cs_interview_fastmail",
        FASTMAIL,
        "cz-3344-vltava",
        "Pohovor: Java vývojář – Vltava Systems",
        "Europe/Prague",
        ("20261215T133000", "20261215T143000"),
        ("2026-12-15T12:30:00Z", "2026-12-15T13:30:00Z"),
        ("jan.dvorak@vltavasystems.example", "Jan Dvořák"),
        [("petra.svobodova@vltavasystems.example", "Petra Svobodová")],
        company="Vltava Systems",
        role="Java vývojář",
        tz="Europe/Prague",
    )
    simple(
        "tr_interview",
        GOOGLE,
        "tr-5566-bogazici@google.com",
        "Mülakat: Boğaziçi Yazılım – Mobil Geliştirici",
        "Europe/Istanbul",
        ("20261216T110000", "20261216T120000"),
        ("2026-12-16T08:00:00Z", "2026-12-16T09:00:00Z"),
        ("ayse.demir@bogaziciyazilim.example", "Ayşe Demir"),
        [],
        company="Boğaziçi Yazılım",
        role="Mobil Geliştirici",
        tz="Europe/Istanbul",
    )
    simple(
        "ro_technical_interview_webex",
        "-//Cisco//Webex//EN",
        "webex-7788-carpatica",
        "Interviu tehnic – Inginer DevOps – Carpatica Tech",
        "Europe/Bucharest",
        ("20261217T100000", "20261217T110000"),
        ("2026-12-17T08:00:00Z", "2026-12-17T09:00:00Z"),
        ("ioana.popescu@carpaticatech.example", "Ioana Popescu"),
        [],
        company="Carpatica Tech",
        role="Inginer DevOps",
        extra=("LOCATION:https://carpatica.webex.example/meet/ioana.popescu",),
        tz="Europe/Bucharest",
    )
    simple(
        "hu_job_interview",
        GOOGLE,
        "hu-9900-dunakavics@google.com",
        "Állásinterjú – Pénzügyi elemző – Dunakavics Capital",
        "Europe/Budapest",
        ("20261218T090000", "20261218T100000"),
        ("2026-12-18T08:00:00Z", "2026-12-18T09:00:00Z"),
        ("zsofia.nagy@dunakavics.example", "Nagy Zsófia"),
        [],
        company="Dunakavics Capital",
        role="Pénzügyi elemző",
        tz="Europe/Budapest",
    )
    simple(
        "el_job_interview",
        GOOGLE,
        "gr-1357-aegean@google.com",
        "Συνέντευξη εργασίας – Μηχανικός Λογισμικού – Aegean Bytes",
        "Europe/Athens",
        ("20261209T120000", "20261209T130000"),
        ("2026-12-09T10:00:00Z", "2026-12-09T11:00:00Z"),
        ("nikos.papadopoulos@aegeanbytes.example", "Νίκος Παπαδόπουλος"),
        [],
        company="Aegean Bytes",
        role="Μηχανικός Λογισμικού",
        tz="Europe/Athens",
    )
    simple(
        "da_job_interview_hos",
        GOOGLE,
        "dk-2468-bolgetech@google.com",
        "Jobsamtale hos Bølgetech – Data Scientist",
        "Europe/Copenhagen",
        ("20261207T130000", "20261207T140000"),
        ("2026-12-07T12:00:00Z", "2026-12-07T13:00:00Z"),
        ("mette.jensen@bolgetech.example", "Mette Jensen"),
        [],
        company="Bølgetech",
        role="Data Scientist",
        tz="Europe/Copenhagen",
    )
    simple(
        "nb_job_interview",
        GOOGLE,
        "no-3579-fjellvann@google.com",
        "Jobbintervju: Prosjektleder – Fjellvann Energi",
        "Europe/Oslo",
        ("20261216T140000", "20261216T150000"),
        ("2026-12-16T13:00:00Z", "2026-12-16T14:00:00Z"),
        ("ingrid.haugen@fjellvann.example", "Ingrid Haugen"),
        [],
        company="Fjellvann Energi",
        role="Prosjektleder",
        tz="Europe/Oslo",
    )
    simple(
        "calcom_take_home_review",
        "-//Cal.com Inc.//Cal.com Event//EN",
        "calcom-5f8a2b-solvik",
        "Take-home review – Solvik – Data Analyst",
        "Europe/Berlin",
        ("20261211T100000", "20261211T110000"),
        ("2026-12-11T09:00:00Z", "2026-12-11T10:00:00Z"),
        ("raj.patel@solvik.example", "Raj Patel"),
        [],
        company="Solvik",
        role="Data Analyst",
    )

    u = "paradox-olivia-55120@paradox.example"
    body = ev(
        u,
        "Interview Confirmation: Store Manager at Greenleaf Market",
        "DTSTART;TZID=America/Chicago:20261212T100000",
        "DTEND;TZID=America/Chicago:20261212T103000",
        org("no-reply@paradox.example", "Olivia | Greenleaf Market Hiring Assistant"),
        me(),
        att("dana.brooks@greenleafmarket.example", "Dana Brooks"),
        "LOCATION:Greenleaf Market\\, 410 Elm Street",
    )
    case(
        "paradox_assistant_organizer",
        vcal("-//Paradox//Olivia//EN", vtz("America/Chicago", "-0600") + "\n" + body),
        [
            want(
                u,
                "2026-12-12T16:00:00Z",
                "2026-12-12T16:30:00Z",
                "dana.brooks@greenleafmarket.example",
                company="Greenleaf Market",
                role="Store Manager",
            ),
        ],
    )

    u = "ml-loop-90417-mapleleaf"
    body = ev(
        u,
        "Maya Example — Mapleleaf — Platform Engineer — System design",
        "20261218T150000Z",
        "20261218T160000Z",
        org("recruiting@mapleleaf.example", "Mapleleaf Recruiting"),
        me(),
        att("hiro.sato@mapleleaf.example", "Hiro Sato"),
        "DESCRIPTION:Scheduled with ModernLoop. Interviewer: Hiro Sato.",
    )
    case(
        "modernloop_user_name_first",
        vcal(GOOGLE, body),
        [
            want(
                u,
                "2026-12-18T15:00:00Z",
                "2026-12-18T16:00:00Z",
                "recruiting@mapleleaf.example",
                "hiro.sato@mapleleaf.example",
                company="Mapleleaf",
                role="Platform Engineer",
            ),
        ],
    )

    u = "zoho-tentative-quokka"
    body = ev(
        u,
        "Final round — Quokka Labs — Engineering Manager",
        "DTSTART;TZID=Europe/Berlin:20261218T100000",
        "DTEND;TZID=Europe/Berlin:20261218T113000",
        org("mia.walsh@quokkalabs.example", "Mia Walsh"),
        me("TENTATIVE"),
        "STATUS:TENTATIVE",
    )
    case(
        "tentative_final_round",
        vcal(ZOHO, BERLIN + "\n" + body),
        [
            want(
                u,
                "2026-12-18T09:00:00Z",
                "2026-12-18T10:30:00Z",
                "mia.walsh@quokkalabs.example",
                company="Quokka Labs",
                role="Engineering Manager",
            ),
        ],
    )

    # look-alikes
    u = "mock-3d4e5f@google.com"
    body = ev(
        u,
        "Mock interview with Raj (system design practice)",
        "DTSTART;TZID=Europe/Berlin:20261208T190000",
        "DTEND;TZID=Europe/Berlin:20261208T200000",
        org("raj.patel@mailbox.example", "Raj Patel"),
        me("ACCEPTED"),
    )
    case(
        "mock_interview_with_friend",
        vcal(GOOGLE, BERLIN + "\n" + body),
        [
            no(u, "2026-12-08T18:00:00Z", "2026-12-08T19:00:00Z"),
        ],
    )

    u = "bti-ep31-live@behindtheinterview.example"
    body = ev(
        u,
        "Behind the Interview podcast – ep. 31 live recording",
        "20261210T190000Z",
        "20261210T200000Z",
        org("hosts@behindtheinterview.example", "Behind the Interview"),
        me("ACCEPTED"),
        "DESCRIPTION:Live taping with audience Q&A about how hiring panels decide.",
    )
    case(
        "podcast_about_interviews",
        vcal(GOOGLE, body),
        [no(u, "2026-12-10T19:00:00Z", "2026-12-10T20:00:00Z")],
    )

    u = "040000008200E00074C5B7101A82E008000000004BF2A3B4C5D6E7F8000000000000000010000000E35E6F7081920314"
    body = ev(
        u,
        "Exit interview – Maya Example",
        "DTSTART;TZID=W. Europe Standard Time:20261216T100000",
        "DTEND;TZID=W. Europe Standard Time:20261216T103000",
        org("people@currentemployer.example", "People Team"),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org",
    )
    case(
        "exit_interview_current_job",
        vcal(EXCHANGE, W_EUROPE + "\n" + body),
        [
            no(u, "2026-12-16T09:00:00Z", "2026-12-16T09:30:00Z"),
        ],
    )

    u = "040000008200E00074C5B7101A82E008000000005C03B4C5D6E7F809000000000000000010000000F46F708192031425"
    body = ev(
        u,
        "Maya / Jane 1:1",
        "DTSTART;TZID=W. Europe Standard Time:20261103T100000",
        "DTEND;TZID=W. Europe Standard Time:20261103T103000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;INTERVAL=1",
        "EXDATE;TZID=W. Europe Standard Time:20261208T100000",
        org("jane.doe@currentemployer.example", "Jane Doe"),
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org",
    )
    case(
        "one_on_one_series_exdate",
        vcal(OUTLOOK, W_EUROPE + "\n" + body),
        [
            no(u, "2026-12-15T09:00:00Z", "2026-12-15T09:30:00Z", rid="20261215T090000Z"),
        ],
    )

    u = "7y6t5r4teamsync@google.com"
    rest = (
        org("jane.doe@currentemployer.example", "Jane Doe"),
        me("ACCEPTED"),
        att("raj.patel@currentemployer.example", "Raj Patel"),
    )
    body = "\n".join(
        [
            BERLIN,
            ev(
                u,
                "Team sync",
                "DTSTART;TZID=Europe/Berlin:20261105T093000",
                "DTEND;TZID=Europe/Berlin:20261105T100000",
                "RRULE:FREQ=WEEKLY;BYDAY=TH",
                *rest,
            ),
            ev(
                u,
                "Team sync",
                "DTSTART;TZID=Europe/Berlin:20261210T110000",
                "DTEND;TZID=Europe/Berlin:20261210T113000",
                "RECURRENCE-ID;TZID=Europe/Berlin:20261210T093000",
                *rest,
                seq=1,
            ),
        ]
    )
    case(
        "team_sync_series_moved_once",
        vcal(GOOGLE, body, method="PUBLISH"),
        [
            no(u, "2026-12-10T10:00:00Z", "2026-12-10T10:30:00Z", rid="20261210T083000Z"),
            no(u, "2026-12-17T08:30:00Z", "2026-12-17T09:00:00Z", rid="20261217T083000Z"),
        ],
    )

    u = "perf-2026-maya@google.com"
    body = ev(
        u,
        "Performance review 2026 (Maya)",
        "20261214T140000Z",
        "20261214T150000Z",
        org("jane.doe@currentemployer.example", "Jane Doe"),
        me("ACCEPTED"),
    )
    case("performance_review", vcal(GOOGLE, body), [no(u, "2026-12-14T14:00:00Z", "2026-12-14T15:00:00Z")])

    blocks = "\n".join(
        [
            ev(
                "A1B2C3D4-thankyou",
                "Send thank-you notes (Harborview, Kitebird)",
                "20261210T180000",
                "20261210T183000",
                "CREATED:20261201T080000Z",
            ),
            ev(
                "E5F6A7B8-research",
                "Research Fernhill Energy before interview",
                "20261216T200000",
                "20261216T210000",
                "CREATED:20261201T080000Z",
            ),
            ev(
                "C9D0E1F2-flight",
                "Flight LH 2034 MUC → HAM",
                "DTSTART;TZID=Europe/Berlin:20261215T070000",
                "DTEND;TZID=Europe/Berlin:20261215T081000",
                "LOCATION:Munich Airport (MUC)",
            ),
        ]
    )
    case(
        "icloud_floating_todos_and_flight",
        vcal(ICLOUD, BERLIN + "\n" + blocks, method=None),
        [
            no("A1B2C3D4-thankyou", "2026-12-10T17:00:00Z", "2026-12-10T17:30:00Z"),
            no("E5F6A7B8-research", "2026-12-16T19:00:00Z", "2026-12-16T20:00:00Z"),
            no("C9D0E1F2-flight", "2026-12-15T06:00:00Z", "2026-12-15T07:10:00Z"),
        ],
    )

    u = "F3A4B5C6-careerfair"
    body = ev(
        u,
        "Career fair – Manchester Central",
        "DTSTART;VALUE=DATE:20261212",
        "DTEND;VALUE=DATE:20261213",
        "TRANSP:TRANSPARENT",
        "LOCATION:Manchester Central",
    )
    case(
        "icloud_all_day_job_fair",
        vcal(ICLOUD, body, method=None),
        [
            no(u, "2026-12-12T00:00:00Z", "2026-12-13T00:00:00Z"),
        ],
        tz="Europe/London",
    )

    u = "meetup-event-301998877@meetup.example"
    body = ev(
        u,
        "Hiring in 2027: what interviewers look for (Berlin Tech Careers)",
        "DTSTART;TZID=Europe/Berlin:20261215T183000",
        "DTEND;TZID=Europe/Berlin:20261215T203000",
        org("info@meetup.example", "Meetup"),
        "LOCATION:Factory Görlitzer Park\\, Berlin",
        "URL:https://meetup.example/berlin-tech-careers/events/301998877",
    )
    case(
        "meetup_about_interviewing",
        vcal("-//Meetup//Meetup Events v1.0//EN", BERLIN + "\n" + body, method="PUBLISH"),
        [
            no(u, "2026-12-15T17:30:00Z", "2026-12-15T19:30:00Z"),
        ],
    )


def main() -> None:
    add_failure_shapes()
    add_everyday()
    for old in HERE.glob("*.ics"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for name, text, tz, events in CASES:
        (HERE / f"{name}.ics").write_bytes(text.encode("utf-8"))
        expected = {
            "source": name,
            "user_addresses": [USER],
            "user_timezone": tz,
            "window": WINDOW,
            "events": events,
        }
        body = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(body, encoding="utf-8")
    print(f"wrote {len(CASES)} calendars, {sum(len(c[3]) for c in CASES)} occurrences")


if __name__ == "__main__":
    main()
