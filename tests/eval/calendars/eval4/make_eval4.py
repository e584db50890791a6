"""Writes the fourth held-out calendar set (NAME.ics + NAME.expected.json); rerunning rewrites the same bytes.

Written without reading the detector, its description or the earlier sets. The expectations are typed by hand
(UTC times worked out from each zone's offset on that date); nothing here runs followupd.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
STAMP = "DTSTAMP:20261201T080000Z"
CASES: list[tuple[str, str, dict[str, object]]] = []

# ---------------------------------------------------------------- writing helpers


def fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, never splitting a UTF-8 sequence."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def org(email: str, cn: str) -> str:
    name = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    return f"ORGANIZER;CN={name}:mailto:{email}"


def att(
    email: str,
    cn: str = "",
    *,
    partstat: str = "ACCEPTED",
    role: str = "REQ-PARTICIPANT",
    cutype: str = "INDIVIDUAL",
    rsvp: str = "FALSE",
) -> str:
    name = f'CN="{cn}";' if cn else ""
    return f"ATTENDEE;{name}CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={rsvp}:mailto:{email}"


ME = att(USER, "Maya Example", partstat="NEEDS-ACTION", rsvp="TRUE")
ME_OK = att(USER, "Maya Example")


def event(*lines: str) -> str:
    return "\n".join(["BEGIN:VEVENT", *[ln for ln in lines if ln], "END:VEVENT"])


def calendar(prodid: str, *parts: str, method: str = "", head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    lines += list(parts)
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


def z(text: str) -> str:
    """'2026-12-08 13:00' -> '2026-12-08T13:00:00Z' (typed UTC times, shorter to read)."""
    return text.replace(" ", "T") + ":00Z"


def iv(
    uid: str, start: str, end: str, who: list[str], company: str, role: str, **kw: object
) -> dict[str, object]:
    return {
        "uid": uid,
        "recurrence_id": kw.get("rid", ""),
        "is_interview": True,
        "cancelled": kw.get("cancelled", False),
        "start_utc": z(start),
        "end_utc": z(end),
        "interviewers": sorted(who),
        "company": company,
        "role": role,
    }


def no(uid: str, start: str, end: str, **kw: object) -> dict[str, object]:
    return {
        "uid": uid,
        "recurrence_id": kw.get("rid", ""),
        "is_interview": False,
        "cancelled": kw.get("cancelled", False),
        "start_utc": z(start),
        "end_utc": z(end),
        "interviewers": [],
        "company": "",
        "role": "",
    }


def case(
    name: str, ics: str, *, source: str, tz: str, window: tuple[str, str], events: list[dict[str, object]]
) -> None:
    expected = {
        "source": source,
        "user_addresses": [USER],
        "user_timezone": tz,
        "window": [z(window[0]), z(window[1])],
        "events": events,
    }
    CASES.append((name, ics, expected))


# ---------------------------------------------------------------- time zone blocks

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


def fixed_zone(name: str, offset: str) -> str:
    return "\n".join(
        [
            "BEGIN:VTIMEZONE",
            f"TZID:{name}",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{offset}",
            f"TZOFFSETTO:{offset}",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
MEET = "Join with Google Meet: https://meet.google.com/{code}\nOr dial: +1 555-0100 PIN: 4821907#"
TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
    "Meeting ID: 312 447 902 118\nPasscode: Hq7bZ2\n"
    "________________________________________________________________________________"
)

# ---------------------------------------------------------------- interviews in many languages and clients


def add_interviews() -> None:
    uid = "7q1v0c3kd9h2r5m8p4t6a2b1ce@google.com"
    case(
        "google_meet_invite_room_en",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=Europe/Berlin:20261208T140000",
                "DTEND;TZID=Europe/Berlin:20261208T150000",
                STAMP,
                org("jane.doe@fernhill.example", "Jane Doe"),
                f"UID:{uid}",
                att(
                    "c_18800a1b2c3d4e5f@resource.calendar.example",
                    "Fernhill-HQ-3-Lark (6)",
                    cutype="RESOURCE",
                ),
                att("jane.doe@fernhill.example", "Jane Doe"),
                att("raj.patel@fernhill.example", "Raj Patel"),
                ME,
                "X-GOOGLE-CONFERENCE:https://meet.google.com/kdr-xqpt-mva",
                "CREATED:20261130T101500Z",
                "DESCRIPTION:"
                + esc(
                    "Hi Maya, looking forward to talking about the backend role.\n\n"
                    + MEET.format(code="kdr-xqpt-mva")
                ),
                "LOCATION:Fernhill-HQ-3-Lark (6)",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Interview: Fernhill Robotics - Senior Backend Engineer",
                "TRANSP:OPAQUE",
            ),
            method="REQUEST",
        ),
        source="Google Calendar invite, Meet, room resource",
        tz="Europe/Berlin",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-08 13:00",
                "2026-12-08 14:00",
                ["jane.doe@fernhill.example", "raj.patel@fernhill.example"],
                "Fernhill Robotics",
                "Senior Backend Engineer",
            )
        ],
    )

    screen, prep = "0m3fq8s1l2k7v9c4x6n5b3j2hd@google.com", "5u7t2r9e1w3q8y6p0o4i2u1yta@google.com"
    case(
        "google_export_screen_and_prep_series",
        calendar(
            GOOGLE,
            event(
                "DTSTART:20261209T170000Z",
                "DTEND:20261209T173000Z",
                STAMP,
                org("john.smith@lumenhealth.example", "John Smith"),
                f"UID:{screen}",
                att("john.smith@lumenhealth.example", "John Smith"),
                ME_OK,
                "DESCRIPTION:"
                + esc(
                    "30 minutes to go over your background and the process.\n"
                    + MEET.format(code="pqa-wmzr-tte")
                ),
                "SUMMARY:Maya Example <> Lumen Health | recruiter phone screen",
                "STATUS:CONFIRMED",
            ),
            event(
                "DTSTART;TZID=America/New_York:20261208T070000",
                "DTEND;TZID=America/New_York:20261208T080000",
                "RRULE:FREQ=WEEKLY;COUNT=3",
                STAMP,
                f"UID:{prep}",
                "SUMMARY:Interview prep – system design drills",
                "DESCRIPTION:Caching\\, queues\\, one mock question from the list",
                "STATUS:CONFIRMED",
            ),
            head=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:America/New_York", "METHOD:PUBLISH"),
        ),
        source="Google Calendar export (X-WR-TIMEZONE), screen with the user's name, weekly prep block",
        tz="America/New_York",
        window=("2026-12-07 00:00", "2026-12-20 00:00"),
        events=[
            iv(
                screen,
                "2026-12-09 17:00",
                "2026-12-09 17:30",
                ["john.smith@lumenhealth.example"],
                "Lumen Health",
                "",
            ),
            no(prep, "2026-12-08 12:00", "2026-12-08 13:00", rid="20261208T120000Z"),
            no(prep, "2026-12-15 12:00", "2026-12-15 13:00", rid="20261215T120000Z"),
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000B0C3D6E2A76CDB01000000000000000010000000A1F0E2C9D84B7F4B8A0C1D2E3F405162"
    tzid = "W. Europe Standard Time"
    case(
        "outlook_teams_vtimezone_de",
        calendar(
            EXCHANGE,
            W_EUROPE.format(name=tzid),
            event(
                org("recruiting@brueckner-logistik.example", "Brückner Logistik Recruiting"),
                att(
                    "erika.mustermann@brueckner-logistik.example",
                    "Mustermann, Erika",
                    partstat="NEEDS-ACTION",
                    rsvp="TRUE",
                ),
                att(
                    "max.mustermann@brueckner-logistik.example",
                    "Mustermann, Max",
                    role="OPT-PARTICIPANT",
                    partstat="NEEDS-ACTION",
                    rsvp="TRUE",
                ),
                ME,
                att(
                    "raum.elbe@brueckner-logistik.example",
                    "Besprechungsraum Elbe",
                    cutype="RESOURCE",
                    role="NON-PARTICIPANT",
                    partstat="NEEDS-ACTION",
                    rsvp="TRUE",
                ),
                "DESCRIPTION:"
                + esc(
                    "Hallo Maya,\n\nwir freuen uns auf das Gespräch zur Stelle Softwareentwickler Backend (m/w/d).\n\n"
                    + TEAMS.format(code="ZjQ1MTk2NGUtYjQ0")
                ),
                "UID:" + uid,
                "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch: Softwareentwickler Backend – Brückner Logistik",
                f'DTSTART;TZID="{tzid}":20261210T100000',
                f'DTEND;TZID="{tzid}":20261210T110000',
                "CLASS:PUBLIC",
                "PRIORITY:5",
                "DTSTAMP:20261201T091512Z",
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung\\; Besprechungsraum Elbe",
                "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-CDO-INSTTYPE:0",
                "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1MTk2NGUtYjQ0%40thread.v2/0",
            ),
            method="REQUEST",
        ),
        source="Outlook 365 invite, Windows zone with VTIMEZONE, Teams, hiring-team mailbox organises, room resource",
        tz="Europe/Berlin",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-10 09:00",
                "2026-12-10 10:00",
                [
                    "erika.mustermann@brueckner-logistik.example",
                    "max.mustermann@brueckner-logistik.example",
                    "recruiting@brueckner-logistik.example",
                ],
                "Brückner Logistik",
                "Softwareentwickler Backend",
            )
        ],
    )

    uid = "040000008200E00074C5B7101A82E0080000000040D2C7A1B96CDB01000000000000000010000000F1E2D3C4B5A697887766554433221100"
    people = (
        org("raj.patel@quarrylabs.example", "Raj Patel"),
        att("john.smith@quarrylabs.example", "John Smith"),
        ME,
    )
    case(
        "outlook_request_then_cancel_en",
        calendar(
            OUTLOOK,
            event(
                *people,
                "SUMMARY;LANGUAGE=en-US:Technical Interview - Data Engineer (Quarry Labs)",
                'DTSTART;TZID="Eastern Standard Time":20261209T110000',
                'DTEND;TZID="Eastern Standard Time":20261209T120000',
                "UID:" + uid,
                "DTSTAMP:20261201T140000Z",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "DESCRIPTION:"
                + esc("Live SQL and pipeline design exercise.\n" + TEAMS.format(code="MmY3ODk0ZTgtNDc3")),
                "LOCATION:Microsoft Teams Meeting",
            ),
            method="REQUEST",
        )
        + "\n"
        + calendar(
            OUTLOOK,
            event(
                *people,
                "SUMMARY;LANGUAGE=en-US:Canceled: Technical Interview - Data Engineer (Quarry Labs)",
                'DTSTART;TZID="Eastern Standard Time":20261209T110000',
                'DTEND;TZID="Eastern Standard Time":20261209T120000',
                "UID:" + uid,
                "DTSTAMP:20261203T161200Z",
                "SEQUENCE:1",
                "STATUS:CANCELLED",
                "PRIORITY:1",
                "DESCRIPTION:Sorry Maya\\, the hiring manager is out sick. We will send new times.",
                "LOCATION:Microsoft Teams Meeting",
                "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
            ),
            method="CANCEL",
        ),
        source="Outlook desktop REQUEST then CANCEL for one UID, Windows zone without VTIMEZONE, 'Canceled:' title",
        tz="America/New_York",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-09 16:00",
                "2026-12-09 17:00",
                ["john.smith@quarrylabs.example", "raj.patel@quarrylabs.example"],
                "Quarry Labs",
                "Data Engineer",
                cancelled=True,
            )
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000E0A4B3C2D16DDB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344"
    tzid = "Romance Standard Time"
    who = (
        org("jean.dupont@solvea.example", "Dupont, Jean"),
        att("marie.dupont@solvea.example", "Dupont, Marie"),
        ME,
    )

    def solvea(day: str, start: str, end: str, seq: str, stamp: str) -> str:
        return calendar(
            EXCHANGE,
            W_EUROPE.format(name=tzid),
            event(
                *who,
                "SUMMARY;LANGUAGE=fr-FR:Entretien technique – Ingénieure DevOps – Solvéa",
                f'DTSTART;TZID="{tzid}":{day}T{start}',
                f'DTEND;TZID="{tzid}":{day}T{end}',
                "UID:" + uid,
                f"DTSTAMP:{stamp}",
                f"SEQUENCE:{seq}",
                "STATUS:CONFIRMED",
                "DESCRIPTION:"
                + esc(
                    "Bonjour Maya,\nvoici le lien pour l'entretien.\n" + TEAMS.format(code="YTc2ZDQ4MzEtZWU")
                ),
                "LOCATION:Réunion Microsoft Teams",
            ),
            method="REQUEST",
        )

    case(
        "exchange_reschedule_stream_fr",
        solvea("20261214", "140000", "150000", "0", "20261202T090000Z")
        + "\n"
        + solvea("20261215", "160000", "170000", "1", "20261204T101000Z"),
        source="Exchange: two REQUESTs for one UID, the second moves it a day later (Romance Standard Time)",
        tz="Europe/Paris",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-15 15:00",
                "2026-12-15 16:00",
                ["jean.dupont@solvea.example", "marie.dupont@solvea.example"],
                "Solvéa",
                "Ingénieure DevOps",
            )
        ],
    )

    own, errand = "B6A0F1E2-7C3D-4E5F-9A8B-1C2D3E4F5A6B", "C7B1A2D3-8E4F-4A5B-8C9D-2E3F4A5B6C7D"
    case(
        "icloud_floating_es",
        calendar(
            "-//Apple Inc.//macOS 15.1//EN",
            event(
                "CREATED:20261129T201100Z",
                "DTEND:20261211T173000",
                "DTSTAMP:20261129T201100Z",
                "DTSTART:20261211T163000",
                "LAST-MODIFIED:20261129T201100Z",
                "LOCATION:Calle Ejemplo 12\\, 3ª planta",
                "SEQUENCE:0",
                "SUMMARY:Entrevista con Olivar Sistemas (Product Designer)",
                "TRANSP:OPAQUE",
                f"UID:{own}",
                "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
            ),
            event(
                "DTSTART;TZID=Europe/Madrid:20261211T090000",
                "DTEND;TZID=Europe/Madrid:20261211T091500",
                "DTSTAMP:20261129T201300Z",
                "SUMMARY:Llamar a la guardería",
                f"UID:{errand}",
                "SEQUENCE:0",
            ),
        ),
        source="iCloud: interview the user typed herself with a floating time, no attendees; a personal errand",
        tz="Europe/Madrid",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(own, "2026-12-11 15:30", "2026-12-11 16:30", [], "Olivar Sistemas", "Product Designer"),
            no(errand, "2026-12-11 08:00", "2026-12-11 08:15"),
        ],
    )

    talk, one = "3b9d2f4e-5a6c-4b7d-8e9f-0a1b2c3d4e5f", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"
    case(
        "nextcloud_it_interview_and_one_on_one",
        calendar(
            "-//IDN nextcloud.com//Calendar app 4.7.6//EN",
            event(
                "CREATED:20261128T110000Z",
                STAMP,
                "LAST-MODIFIED:20261128T110000Z",
                "SEQUENCE:1",
                f"UID:{talk}",
                "DTSTART;TZID=Europe/Rome:20261216T113000",
                "DTEND;TZID=Europe/Rome:20261216T123000",
                "STATUS:CONFIRMED",
                "SUMMARY:Colloquio tecnico – Sviluppatore Backend @ Vetta Software",
                org("mario.rossi@vettasoftware.example", "Mario Rossi"),
                att("mario.rossi@vettasoftware.example", "Mario Rossi"),
                ME_OK,
                "LOCATION:https://meet.jit.si/VettaColloquioBackend",
            ),
            event(
                "CREATED:20261101T080000Z",
                STAMP,
                f"UID:{one}",
                "DTSTART;TZID=Europe/Rome:20261214T090000",
                "DTEND;TZID=Europe/Rome:20261214T093000",
                "RRULE:FREQ=WEEKLY;COUNT=4",
                "EXDATE;TZID=Europe/Rome:20261221T090000",
                "SUMMARY:1:1 settimanale con la responsabile",
                org(USER, "Maya Example"),
                att("giulia.bianchi@example.org", "Giulia Bianchi"),
            ),
        ),
        source="Nextcloud: Italian technical interview; weekly 1:1 with an EXDATE",
        tz="Europe/Rome",
        window=("2026-12-14 00:00", "2026-12-29 00:00"),
        events=[
            iv(
                talk,
                "2026-12-16 10:30",
                "2026-12-16 11:30",
                ["mario.rossi@vettasoftware.example"],
                "Vetta Software",
                "Sviluppatore Backend",
            ),
            no(one, "2026-12-14 08:00", "2026-12-14 08:30", rid="20261214T080000Z"),
            no(one, "2026-12-28 08:00", "2026-12-28 08:30", rid="20261228T080000Z"),
        ],
    )

    uid = "f3c1a9e2-0d4b-4e7a-9c2f-6b8d1e3a5c70"
    case(
        "fastmail_nl_panel_declined",
        calendar(
            "-//Fastmail/2020.5/EN",
            event(
                f"UID:{uid}",
                "SEQUENCE:2",
                STAMP,
                "DTSTART;TZID=Europe/Amsterdam:20261217T150000",
                "DURATION:PT1H30M",
                "SUMMARY:Panelgesprek Data-analist | Dijkstra & Co",
                org("jan.jansen@dijkstra.example", "Jan Jansen"),
                att("jan.jansen@dijkstra.example", "Jan Jansen"),
                att("piet.jansen@dijkstra.example", "Piet Jansen"),
                att("klaas.jansen@dijkstra.example", "Klaas Jansen", partstat="DECLINED"),
                ME_OK,
                "LOCATION:Keizersgracht 1\\, Amsterdam",
                "DESCRIPTION:Gesprek met drie leden van het data-team. Neem je portfolio mee.",
            ),
            method="REQUEST",
        ),
        source="Fastmail: Dutch panel with DURATION, one panel member declined",
        tz="Europe/Amsterdam",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-17 14:00",
                "2026-12-17 15:30",
                ["jan.jansen@dijkstra.example", "piet.jansen@dijkstra.example"],
                "Dijkstra & Co",
                "Data-analist",
            )
        ],
    )

    uid = "pVh3c8LrQx2N6kTz9bWm4aYs1E0=@proton.me"
    case(
        "proton_pt_final",
        calendar(
            "-//Proton AG//WebCalendar 5.0.30//EN",
            fixed_zone("America/Sao_Paulo", "-0300"),
            event(
                f"UID:{uid}",
                STAMP,
                org("joao.silva@cajuina.example", "João da Silva"),
                "SEQUENCE:0",
                "DTSTART;TZID=America/Sao_Paulo:20261218T100000",
                "DTEND;TZID=America/Sao_Paulo:20261218T110000",
                "SUMMARY:Entrevista final – Engenheira de Software Sênior | Cajuína Pagamentos",
                att("maria.silva@cajuina.example", "Maria da Silva"),
                ME_OK,
                "LOCATION:https://meet.google.com/vfo-hhqe-kbc",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        source="Proton Calendar: Portuguese final round, role-first with a pipe",
        tz="America/Sao_Paulo",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-18 13:00",
                "2026-12-18 14:00",
                ["joao.silva@cajuina.example", "maria.silva@cajuina.example"],
                "Cajuína Pagamentos",
                "Engenheira de Software Sênior",
            )
        ],
    )

    uid = "0b2e9a7c41d54f1e8a3b6c9d2e5f7a10@zoho.com"
    case(
        "zoho_sv",
        calendar(
            "-//Zoho Corporation//Zoho Calendar V1.0//EN",
            event(
                f"UID:{uid}",
                "SUMMARY:Intervju: Systemutvecklare hos Fjällvind",
                "DTSTART;TZID=Europe/Stockholm:20261209T130000",
                "DTEND;TZID=Europe/Stockholm:20261209T140000",
                STAMP,
                org("anders.andersson@fjallvind.example", "Anders Andersson"),
                att("sven.svensson@fjallvind.example", "Sven Svensson"),
                ME,
                "LOCATION:Fjällvind kontor\\, Drottninggatan 1",
                "DESCRIPTION:Vi ses i receptionen.",
                "X-ZOHO-EVENT-TYPE:0",
            ),
            method="REQUEST",
        ),
        source="Zoho Calendar: Swedish interview, company after 'hos'",
        tz="Europe/Stockholm",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-09 12:00",
                "2026-12-09 13:00",
                ["anders.andersson@fjallvind.example", "sven.svensson@fjallvind.example"],
                "Fjällvind",
                "Systemutvecklare",
            )
        ],
    )

    uid = "ZOOM83917264051"
    case(
        "zoom_ics_pl",
        calendar(
            "-//zoom.us//iCalendar Event//EN",
            event(
                STAMP,
                "DTSTART:20261215T090000Z",
                "DTEND:20261215T100000Z",
                "SUMMARY:Rozmowa rekrutacyjna – Programista Python – Wisła Data",
                f"UID:{uid}",
                "DESCRIPTION:"
                + esc(
                    "Jan Kowalski zaprasza Cię na zaplanowane spotkanie Zoom.\n\n"
                    "Dołącz do spotkania Zoom\nhttps://us06web.zoom.us/j/83917264051?pwd=Qk9vT3dxR1Y\n\n"
                    "Identyfikator spotkania: 839 1726 4051\nKod dostępu: 554120"
                ),
                "LOCATION:https://us06web.zoom.us/j/83917264051?pwd=Qk9vT3dxR1Y",
                org("jan.kowalski@wisladata.example", "Jan Kowalski"),
                "BEGIN:VALARM",
                "TRIGGER:-PT10M",
                "ACTION:DISPLAY",
                "DESCRIPTION:Reminder",
                "END:VALARM",
            ),
        ),
        source="Zoom's own .ics download: UTC times, organizer only",
        tz="Europe/Warsaw",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-15 09:00",
                "2026-12-15 10:00",
                ["jan.kowalski@wisladata.example"],
                "Wisła Data",
                "Programista Python",
            )
        ],
    )

    uid = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    case(
        "webex_ja_first_round",
        calendar(
            "-//Cisco Systems\\, Inc.//Webex Meetings//JA",
            fixed_zone("Tokyo Standard Time", "+0900"),
            event(
                f"UID:{uid}",
                STAMP,
                'DTSTART;TZID="Tokyo Standard Time":20261214T150000',
                'DTEND;TZID="Tokyo Standard Time":20261214T160000',
                "SUMMARY:ミナト技研 一次面接（バックエンドエンジニア）",
                org("yamada.taro@minato-giken.example", "山田 太郎"),
                att("sato.hanako@minato-giken.example", "佐藤 花子"),
                ME,
                "LOCATION:https://minatogiken.webex.com/minatogiken/j.php?MTID=m3f0c2a9b7e",
                "DESCRIPTION:"
                + esc(
                    "山田 太郎さんがあなたを Webex ミーティングに招待しています。\n"
                    "ミーティング番号: 2519 884 3027\nパスワード: Kx7pQ2"
                ),
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        source="Webex invite, Japanese first-round interview, company-first",
        tz="Asia/Tokyo",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-14 06:00",
                "2026-12-14 07:00",
                ["sato.hanako@minato-giken.example", "yamada.taro@minato-giken.example"],
                "ミナト技研",
                "バックエンドエンジニア",
            )
        ],
    )

    uid = "2kq9v7n4c1x8z5b3m6l0j2h4gf@google.com"
    case(
        "google_meet_zh",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=Asia/Shanghai:20261216T143000",
                "DTEND;TZID=Asia/Shanghai:20261216T153000",
                STAMP,
                org("hr@qingsong.example", "青松科技招聘"),
                f"UID:{uid}",
                att("hr@qingsong.example", "青松科技招聘"),
                att("zhang.san@qingsong.example", "张三"),
                ME,
                "DESCRIPTION:" + esc("您好，欢迎参加面试。\n" + MEET.format(code="hzu-rnbs-qpe")),
                "SUMMARY:面试：高级前端工程师 - 青松科技",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ),
            method="REQUEST",
        ),
        source="Google invite in Chinese, role-first, HR mailbox organises",
        tz="Asia/Shanghai",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-16 06:30",
                "2026-12-16 07:30",
                ["hr@qingsong.example", "zhang.san@qingsong.example"],
                "青松科技",
                "高级前端工程师",
            )
        ],
    )

    uid = "6c0r1e8k5v2p9q3w7t4y1u0i6o@google.com"
    case(
        "google_zoom_ko_second_round",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=Asia/Seoul:20261210T100000",
                "DTEND;TZID=Asia/Seoul:20261210T110000",
                STAMP,
                org("hong.gildong@daonlabs.example", "홍길동"),
                f"UID:{uid}",
                att("hong.gildong@daonlabs.example", "홍길동"),
                ME,
                "LOCATION:https://us02web.zoom.us/j/84412095518",
                "DESCRIPTION:안녕하세요\\, 2차 기술 면접 일정 안내드립니다.",
                "SUMMARY:[다온랩스] 2차 기술 면접 - 백엔드 개발자",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        source="Google invite in Korean with a Zoom link, company in brackets first",
        tz="Asia/Seoul",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-10 01:00",
                "2026-12-10 02:00",
                ["hong.gildong@daonlabs.example"],
                "다온랩스",
                "백엔드 개발자",
            )
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000C0F1E2D3A46EDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789"
    case(
        "outlook_turkey_vtimezone_tr",
        calendar(
            EXCHANGE,
            fixed_zone("Turkey Standard Time", "+0300"),
            event(
                org("ik@bogazici.example", "İnsan Kaynakları"),
                att("ahmet.yilmaz@bogazici.example", "Ahmet Yılmaz"),
                ME,
                "SUMMARY;LANGUAGE=tr-TR:Mülakat: Kıdemli Yazılım Mühendisi – Boğaziçi Yazılım",
                'DTSTART;TZID="Turkey Standard Time":20261216T110000',
                'DTEND;TZID="Turkey Standard Time":20261216T120000',
                "UID:" + uid,
                "DTSTAMP:20261201T101010Z",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "DESCRIPTION:" + esc("Merhaba Maya,\n" + TEAMS.format(code="OGQ2NWE5ZjYtMmM")),
                "LOCATION:Microsoft Teams Toplantısı",
            ),
            method="REQUEST",
        ),
        source="Outlook 365, Turkish, Windows zone with VTIMEZONE, Teams",
        tz="Europe/Istanbul",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-16 08:00",
                "2026-12-16 09:00",
                ["ahmet.yilmaz@bogazici.example", "ik@bogazici.example"],
                "Boğaziçi Yazılım",
                "Kıdemli Yazılım Mühendisi",
            )
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000D0E1F2A3B46EDB010000000000000000100000001029384756AFBECD1029384756AFBECD"
    case(
        "outlook_no_vtimezone_cs_assessment",
        calendar(
            OUTLOOK,
            event(
                org("nabor@vltava.example", "Nábor Vltava"),
                att("jan.novak@vltava.example", "Jan Novák"),
                ME,
                "SUMMARY;LANGUAGE=cs-CZ:Assessment centrum – Junior analytik – Vltava Pojišťovna",
                'DTSTART;TZID="Central Europe Standard Time":20261218T090000',
                'DTEND;TZID="Central Europe Standard Time":20261218T130000',
                "UID:" + uid,
                "DTSTAMP:20261202T080000Z",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "LOCATION:Praha\\, Na Příkopě 1\\, zasedací místnost 3",
                "DESCRIPTION:Skupinové úlohy\\, případová studie a pohovor s manažerem.",
            ),
            method="REQUEST",
        ),
        source="Outlook, Czech assessment centre, Windows zone without VTIMEZONE",
        tz="Europe/Prague",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-18 08:00",
                "2026-12-18 12:00",
                ["jan.novak@vltava.example", "nabor@vltava.example"],
                "Vltava Pojišťovna",
                "Junior analytik",
            )
        ],
    )

    uid = "1p4a8i2r9n6g3k0e5s7t1r2e3l@google.com"
    who = (
        org("raj.patel@kestrel.example", "Raj Patel"),
        att("raj.patel@kestrel.example", "Raj Patel"),
        att("john.smith@kestrel.example", "John Smith"),
        ME_OK,
    )
    case(
        "google_pairing_series_override",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=Europe/London:20261208T100000",
                "DTEND;TZID=Europe/London:20261208T113000",
                "RRULE:FREQ=DAILY;COUNT=2",
                STAMP,
                *who,
                f"UID:{uid}",
                "SUMMARY:Pairing interview – Kestrel Systems (Software Engineer)",
                "DESCRIPTION:Two pairing sessions on our codebase. Bring a laptop with Python.",
                "SEQUENCE:0",
            ),
            event(
                "DTSTART;TZID=Europe/London:20261209T140000",
                "DTEND;TZID=Europe/London:20261209T153000",
                STAMP,
                *who,
                f"UID:{uid}",
                "RECURRENCE-ID;TZID=Europe/London:20261209T100000",
                "SUMMARY:Pairing interview – Kestrel Systems (Software Engineer)",
                "DESCRIPTION:Session 2 moved to the afternoon.",
                "SEQUENCE:1",
            ),
            method="REQUEST",
        ),
        source="Google: a two-day pairing interview series, the second session moved by an override",
        tz="Europe/London",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-08 10:00",
                "2026-12-08 11:30",
                ["john.smith@kestrel.example", "raj.patel@kestrel.example"],
                "Kestrel Systems",
                "Software Engineer",
                rid="20261208T100000Z",
            ),
            iv(
                uid,
                "2026-12-09 14:00",
                "2026-12-09 15:30",
                ["john.smith@kestrel.example", "raj.patel@kestrel.example"],
                "Kestrel Systems",
                "Software Engineer",
                rid="20261209T100000Z",
            ),
        ],
    )

    uid = "8g7f6e5d4c3b2a1z0y9x8w7v6u@google.com"
    case(
        "google_coffee_chat_recruiter",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=Europe/London:20261211T083000",
                "DTEND;TZID=Europe/London:20261211T091500",
                STAMP,
                org("jane.doe@saltmarsh.example", "Jane Doe"),
                f"UID:{uid}",
                att("jane.doe@saltmarsh.example", "Jane Doe"),
                ME_OK,
                "LOCATION:The Corner Café\\, 12 Example Street\\, London",
                "DESCRIPTION:Informal chat about the gameplay programmer opening before we set up interviews.",
                "SUMMARY:Coffee chat with recruiter – Saltmarsh Games",
            ),
            method="REQUEST",
        ),
        source="Google: coffee chat with a recruiter in a café",
        tz="Europe/London",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-11 08:30",
                "2026-12-11 09:15",
                ["jane.doe@saltmarsh.example"],
                "Saltmarsh Games",
                "",
            )
        ],
    )

    uid = "4n5m6b7v8c9x0z1a2s3d4f5g6h@google.com"
    case(
        "google_meet_the_team_group_declined",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=America/New_York:20261214T133000",
                "DTEND;TZID=America/New_York:20261214T143000",
                STAMP,
                org("jane.doe@orchardbio.example", "Jane Doe"),
                f"UID:{uid}",
                att("eng-team@orchardbio.example", "Engineering", cutype="GROUP", partstat="NEEDS-ACTION"),
                att("jane.doe@orchardbio.example", "Jane Doe"),
                att("john.smith@orchardbio.example", "John Smith"),
                att("raj.patel@orchardbio.example", "Raj Patel", partstat="DECLINED"),
                ME,
                "DESCRIPTION:"
                + esc(
                    "Casual conversation with the people you would work with.\n"
                    + MEET.format(code="ocb-team-xyz")
                ),
                "SUMMARY:Meet the team – Orchard Bio",
            ),
            method="REQUEST",
        ),
        source="Google: 'meet the team' with a group address and a declined attendee",
        tz="America/New_York",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-14 18:30",
                "2026-12-14 19:30",
                ["jane.doe@orchardbio.example", "john.smith@orchardbio.example"],
                "Orchard Bio",
                "",
            )
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000F1A2B3C4D56EDB01000000000000000010000000DEADBEEF00112233DEADBEEF00112233"
    case(
        "outlook_pacific_second_round_role_first",
        calendar(
            EXCHANGE,
            PACIFIC,
            event(
                org("john.smith@brightwater.example", "John Smith"),
                att("jane.doe@brightwater.example", "Jane Doe"),
                ME,
                "SUMMARY;LANGUAGE=en-US:Product Manager, Second Round — Brightwater",
                'DTSTART;TZID="Pacific Standard Time":20261209T090000',
                'DTEND;TZID="Pacific Standard Time":20261209T100000',
                "UID:" + uid,
                "DTSTAMP:20261202T180000Z",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "DESCRIPTION:" + esc(TEAMS.format(code="NTk0MmU3YjAtZDE")),
                "LOCATION:Microsoft Teams Meeting",
            ),
            method="REQUEST",
        ),
        source="Exchange, Pacific Standard Time with VTIMEZONE, role-first title with comma and em dash",
        tz="America/Los_Angeles",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-09 17:00",
                "2026-12-09 18:00",
                ["jane.doe@brightwater.example", "john.smith@brightwater.example"],
                "Brightwater",
                "Product Manager",
            )
        ],
    )

    uid = "c4s3i1n2t3e4r5v6i7e8w9c0as@google.com"
    case(
        "google_case_interview_double_colon",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=Europe/Zurich:20261210T140000",
                "DTEND;TZID=Europe/Zurich:20261210T150000",
                STAMP,
                org("recruiting@marlowegrey.example", "Marlowe & Grey Recruiting"),
                f"UID:{uid}",
                att("jane.doe@marlowegrey.example", "Jane Doe"),
                ME,
                "SUMMARY:Case interview (Consultant) :: Marlowe & Grey",
                "LOCATION:Bahnhofstrasse 1\\, Zürich",
            ),
            method="REQUEST",
        ),
        source="Google: consulting case interview, role in parentheses, '::' separator",
        tz="Europe/Zurich",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-10 13:00",
                "2026-12-10 14:00",
                ["jane.doe@marlowegrey.example", "recruiting@marlowegrey.example"],
                "Marlowe & Grey",
                "Consultant",
            )
        ],
    )

    uid = "E2F3A4B5-C6D7-4E8F-9A0B-1C2D3E4F5A6B"
    case(
        "icloud_tentative_final_sydney",
        calendar(
            "-//Apple Inc.//iPhone OS 18.2//EN",
            event(
                f"UID:{uid}",
                "DTSTAMP:20261205T030000Z",
                "DTSTART;TZID=Australia/Sydney:20261215T100000",
                "DTEND;TZID=Australia/Sydney:20261215T120000",
                "SUMMARY:Final round (tentative) - Lattice Forge - Senior SRE",
                "STATUS:TENTATIVE",
                org("raj.patel@latticeforge.example", "Raj Patel"),
                att(USER, "Maya Example", partstat="TENTATIVE"),
                "LOCATION:Level 5\\, 1 Example Place\\, Sydney",
                "SEQUENCE:0",
            ),
            method="REQUEST",
        ),
        source="iCloud on iPhone: tentative final round in Sydney (UTC day before)",
        tz="Australia/Sydney",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-14 23:00",
                "2026-12-15 01:00",
                ["raj.patel@latticeforge.example"],
                "Lattice Forge",
                "Senior SRE",
            )
        ],
    )

    uid = "a5s5e5s5m5e5n5t5c5e5n5t5r5@google.com"
    case(
        "google_all_day_assessment_centre",
        calendar(
            GOOGLE,
            event(
                "DTSTART;VALUE=DATE:20270112",
                "DTEND;VALUE=DATE:20270114",
                STAMP,
                org("graduates@pennantbank.example", "Pennant Bank Graduate Recruitment"),
                f"UID:{uid}",
                ME,
                "SUMMARY:Assessment centre – Graduate Analyst – Pennant Bank (day 1 & 2)",
                "TRANSP:TRANSPARENT",
                "LOCATION:Pennant Bank\\, 1 Example Square\\, London",
            ),
            method="REQUEST",
        ),
        source="Google: two-day all-day assessment centre organised by the graduate recruitment mailbox",
        tz="Europe/London",
        window=("2027-01-11 00:00", "2027-01-18 00:00"),
        events=[
            iv(
                uid,
                "2027-01-12 00:00",
                "2027-01-14 00:00",
                ["graduates@pennantbank.example"],
                "Pennant Bank",
                "Graduate Analyst",
            )
        ],
    )


# ---------------------------------------------------------------- scheduling tools


def add_tools() -> None:
    uid = "d8e6c1f0-2b3a-4c5d-9e8f-7a6b5c4d3e2f"
    case(
        "calendly_recruiter_screen_names_only",
        calendar(
            "-//Calendly//Calendly Event//EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART:20261210T150000Z",
                "DTEND:20261210T153000Z",
                "SUMMARY:Recruiter Screen between Jane Doe and Maya Example",
                org("jane.doe@harborfinch.example", "Jane Doe"),
                att(USER, "Maya Example"),
                "DESCRIPTION:"
                + esc(
                    "Event Name: Recruiter Screen\n\nLocation: This is a Google Meet web conference. "
                    "https://meet.google.com/hfb-scrn-qaz\n\nNeed to make changes to this event?\n"
                    "Cancel: https://calendly.example/cancellations/6f1d2c3b\n"
                    "Reschedule: https://calendly.example/reschedulings/6f1d2c3b\n\nPowered by Calendly.com"
                ),
                "LOCATION:https://meet.google.com/hfb-scrn-qaz",
            ),
            method="REQUEST",
        ),
        source="Calendly booking: only people's names in the title, company from the organizer's domain",
        tz="Europe/London",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-10 15:00",
                "2026-12-10 15:30",
                ["jane.doe@harborfinch.example"],
                "Harborfinch",
                "",
            )
        ],
    )

    uid = "kL9mN2pQ4rS6tU8vW0xY1zA3bC"
    case(
        "calcom_de_kennenlernen",
        calendar(
            "-//Cal.com Inc.//Cal.com Event//EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART:20261211T090000Z",
                "DTEND:20261211T093000Z",
                "SUMMARY:Kennenlerngespräch zwischen Erika Mustermann und Maya Example",
                org("erika.mustermann@kranich-analytics.example", "Erika Mustermann"),
                att(USER, "Maya Example"),
                "DESCRIPTION:"
                + esc(
                    "Was:\nKennenlerngespräch – Bewerbung als Data Scientist\n\nWer:\n"
                    "Erika Mustermann - Organisator\nerika.mustermann@kranich-analytics.example\n"
                    "Maya Example\nmaya@example.org\n\nWo:\nCal Video\n\n"
                    "Termin verwalten: https://cal.example/booking/kL9mN2pQ4rS6tU8vW0xY1zA3bC"
                ),
                "LOCATION:Cal Video",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        source="Cal.com booking in German: names in the title, the application in the description",
        tz="Europe/Berlin",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-11 09:00",
                "2026-12-11 09:30",
                ["erika.mustermann@kranich-analytics.example"],
                "Kranich Analytics",
                "Data Scientist",
            )
        ],
    )

    uid = "goodtime-3f9a1c7e-5b2d-4e8f-a6c0-9d1e2f3a4b5c"
    case(
        "goodtime_onsite_loop",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=America/Los_Angeles:20261215T100000",
                "DTEND;TZID=America/Los_Angeles:20261215T140000",
                STAMP,
                org("interviews@tidewater.example", "Tidewater Interviews"),
                f"UID:{uid}",
                att("john.smith@tidewater.example", "John Smith"),
                att("jane.doe@tidewater.example", "Jane Doe"),
                att("raj.patel@tidewater.example", "Raj Patel", role="OPT-PARTICIPANT", partstat="TENTATIVE"),
                att("sf4-pelican@tidewater.example", "SF-4-Pelican (8)", cutype="ROOM", partstat="ACCEPTED"),
                ME,
                "DESCRIPTION:"
                + esc(
                    "Your onsite agenda:\n10:00 Coding – John Smith\n11:00 System design – Jane Doe\n"
                    "12:00 Lunch with Raj Patel\n13:00 Hiring manager conversation\n\nScheduled with GoodTime"
                ),
                "LOCATION:Tidewater HQ\\, 1 Example Way\\, San Francisco",
                "SUMMARY:Onsite Interview Loop — Staff Platform Engineer — Tidewater",
            ),
            method="REQUEST",
        ),
        source="GoodTime-style onsite loop: interviews mailbox organises, optional interviewer, room",
        tz="America/Los_Angeles",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-15 18:00",
                "2026-12-15 22:00",
                [
                    "interviews@tidewater.example",
                    "jane.doe@tidewater.example",
                    "john.smith@tidewater.example",
                    "raj.patel@tidewater.example",
                ],
                "Tidewater",
                "Staff Platform Engineer",
            )
        ],
    )

    uid = "gh-5r7t9y1u3i5o7p9a1s3d5f7g@google.com"
    case(
        "greenhouse_es_user_name",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=Europe/Madrid:20261214T170000",
                "DTEND;TZID=Europe/Madrid:20261214T180000",
                STAMP,
                org("talento@rumbo.example", "Talento Rumbo"),
                f"UID:{uid}",
                att("juan.perez@rumbo.example", "Juan Pérez"),
                ME,
                "DESCRIPTION:"
                + esc(
                    "Hola Maya:\nEsta entrevista se ha programado con Greenhouse.\n"
                    + MEET.format(code="rmb-tecn-ent")
                ),
                "SUMMARY:Rumbo | Entrevista técnica | Maya Example",
            ),
            method="REQUEST",
        ),
        source="Greenhouse-scheduled Google invite in Spanish: company | kind | user's name",
        tz="Europe/Madrid",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-14 16:00",
                "2026-12-14 17:00",
                ["juan.perez@rumbo.example", "talento@rumbo.example"],
                "Rumbo",
                "",
            )
        ],
    )

    uid = "lever-7c1b9e3d-2a4f-4b6d-8e0a-1c3e5a7b9d2f"
    case(
        "lever_fr_no_company_in_title",
        calendar(
            GOOGLE,
            event(
                "DTSTART:20261217T100000Z",
                "DTEND:20261217T110000Z",
                STAMP,
                org("recrutement@coquelicot.example", "Équipe recrutement"),
                f"UID:{uid}",
                att("jean.dupont@coquelicot.example", "Jean Dupont"),
                ME,
                "DESCRIPTION:"
                + esc(
                    "Bonjour Maya,\nÀ très vite !\n(Programmé via Lever)\n" + MEET.format(code="cqt-fnal-prd")
                ),
                "SUMMARY:Entretien final – Responsable Produit – Maya Example",
            ),
            method="REQUEST",
        ),
        source="Lever-scheduled invite in French: no company in the title, company from the organizer's domain",
        tz="Europe/Paris",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-17 10:00",
                "2026-12-17 11:00",
                ["jean.dupont@coquelicot.example", "recrutement@coquelicot.example"],
                "Coquelicot",
                "Responsable Produit",
            )
        ],
    )

    uid = "ashby-0e4c8a2f-6b1d-4f3e-9a7c-5d2b8e1f4a6c"
    case(
        "ashby_system_design",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=America/Chicago:20261208T130000",
                "DTEND;TZID=America/Chicago:20261208T140000",
                STAMP,
                org("recruiting@nimbusgrid.example", "Nimbus Grid Recruiting"),
                f"UID:{uid}",
                att("raj.patel@nimbusgrid.example", "Raj Patel"),
                ME,
                "LOCATION:https://us06web.zoom.us/j/81234509876",
                "DESCRIPTION:Interviewer: Raj Patel\\nFormat: whiteboard a rate limiter\\n\\nPowered by Ashby",
                "SUMMARY:System Design Interview — Maya Example (Backend Engineer, Nimbus Grid)",
            ),
            method="REQUEST",
        ),
        source="Ashby-scheduled invite: user's name first, role and company in parentheses",
        tz="America/Chicago",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-08 19:00",
                "2026-12-08 20:00",
                ["raj.patel@nimbusgrid.example", "recruiting@nimbusgrid.example"],
                "Nimbus Grid",
                "Backend Engineer",
            )
        ],
    )

    uid = "WD-INTERVIEW-4A7C9E1B3D5F"
    case(
        "workday_nl_second_round_noreply",
        calendar(
            "-//Workday//Workday Calendar//EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART;TZID=Europe/Amsterdam:20261210T140000",
                "DTEND;TZID=Europe/Amsterdam:20261210T150000",
                "SUMMARY:Sollicitatiegesprek tweede ronde – Financieel analist – Polderbank",
                org("noreply@myworkday.example", "Workday"),
                att("jan.jansen@polderbank.example", "Jan Jansen"),
                att("piet.jansen@polderbank.example", "Piet Jansen"),
                ME,
                "LOCATION:Polderbank\\, Damrak 1\\, Amsterdam",
                "DESCRIPTION:Dit bericht is automatisch verstuurd. Niet beantwoorden.",
            ),
            method="REQUEST",
        ),
        source="Workday-style invite in Dutch: a no-reply organizer, second round",
        tz="Europe/Amsterdam",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-10 13:00",
                "2026-12-10 14:00",
                ["jan.jansen@polderbank.example", "piet.jansen@polderbank.example"],
                "Polderbank",
                "Financieel analist",
            )
        ],
    )

    uid = "sr-9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"
    case(
        "smartrecruiters_it_recruiter_call",
        calendar(
            "-//SmartRecruiters//Interview Scheduler//EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART:20261209T083000Z",
                "DTEND:20261209T090000Z",
                "SUMMARY:Colloquio conoscitivo con il recruiter – Lanterna Energia",
                org("no-reply@smartrecruiters.example", "SmartRecruiters"),
                att("mario.rossi@lanternaenergia.example", "Mario Rossi"),
                ME,
                "DESCRIPTION:Telefonata di 30 minuti. Ti chiameremo al numero indicato nella candidatura.",
            ),
            method="REQUEST",
        ),
        source="SmartRecruiters-style: no-reply organizer, Italian recruiter call",
        tz="Europe/Rome",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-09 08:30",
                "2026-12-09 09:00",
                ["mario.rossi@lanternaenergia.example"],
                "Lanterna Energia",
                "",
            )
        ],
    )

    uid = "personio-interview-73815-20261216"
    case(
        "personio_de_pipes_user_name",
        calendar(
            "-//Personio GmbH//Personio//DE",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART;TZID=Europe/Berlin:20261216T160000",
                "DTEND;TZID=Europe/Berlin:20261216T164500",
                "SUMMARY:Interview | Werkstudent Marketing | Maya Example",
                org("jobs@tannhaus.example", "Tannhaus Recruiting"),
                att("max.mustermann@tannhaus.example", "Max Mustermann"),
                ME,
                "DESCRIPTION:Videocall: https://meet.google.com/tnh-wsmk-int",
            ),
            method="REQUEST",
        ),
        source="Personio-style: kind | role | user's name, company only in the organizer's domain",
        tz="Europe/Berlin",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-16 15:00",
                "2026-12-16 15:45",
                ["jobs@tannhaus.example", "max.mustermann@tannhaus.example"],
                "Tannhaus",
                "Werkstudent Marketing",
            )
        ],
    )

    uid = "recruitee-event-5519027"
    case(
        "recruitee_da",
        calendar(
            "-//Recruitee//Recruitee//EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART;TZID=Europe/Copenhagen:20261214T100000",
                "DTEND;TZID=Europe/Copenhagen:20261214T110000",
                "SUMMARY:Jobsamtale: Frontend-udvikler hos Skovlys",
                org("notifications@recruitee.example", "Skovlys via Recruitee"),
                att("jens.hansen@skovlys.example", "Jens Hansen"),
                ME,
                "LOCATION:Skovlys\\, Vesterbrogade 1\\, København",
            ),
            method="REQUEST",
        ),
        source="Recruitee-style Danish invite, notification address organises",
        tz="Europe/Copenhagen",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-14 09:00",
                "2026-12-14 10:00",
                ["jens.hansen@skovlys.example"],
                "Skovlys",
                "Frontend-udvikler",
            )
        ],
    )

    uid = "tt-2f6a0d4c-8e1b-4c9d-a3f5-7b0e2c4d6f8a"
    case(
        "teamtailor_nb_user_name_only",
        calendar(
            "-//Teamtailor//Teamtailor Calendar//EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART;TZID=Europe/Oslo:20261215T123000",
                "DTEND;TZID=Europe/Oslo:20261215T131500",
                "SUMMARY:Intervju med Maya Example",
                org("kari.nordmann@nordlys.example", "Kari Nordmann"),
                att("ola.nordmann@nordlys.example", "Ola Nordmann"),
                ME,
                "DESCRIPTION:Booket via Teamtailor. Videomøte: https://meet.google.com/nrd-lys-int",
            ),
            method="REQUEST",
        ),
        source="Teamtailor-style Norwegian invite: only the user's name in the title",
        tz="Europe/Oslo",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-15 11:30",
                "2026-12-15 12:15",
                ["kari.nordmann@nordlys.example", "ola.nordmann@nordlys.example"],
                "Nordlys",
                "",
            )
        ],
    )

    uid = "040000008200E00074C5B7101A82E0080000000011223344556EDB0100000000000000001000000099887766554433221100FFEEDDCCBBAA"
    case(
        "bamboohr_fi_outlook_no_vtimezone",
        calendar(
            OUTLOOK,
            event(
                org("matti.meikalainen@revontuli.example", "Matti Meikäläinen"),
                att("maija.meikalainen@revontuli.example", "Maija Meikäläinen"),
                ME,
                "SUMMARY;LANGUAGE=fi-FI:Työhaastattelu – Ohjelmistokehittäjä – Revontuli",
                'DTSTART;TZID="FLE Standard Time":20261217T130000',
                'DTEND;TZID="FLE Standard Time":20261217T140000',
                "UID:" + uid,
                "DTSTAMP:20261203T070000Z",
                "SEQUENCE:0",
                "DESCRIPTION:Haastattelu sovittu BambooHR:n kautta.",
                "LOCATION:Revontuli\\, Mannerheimintie 1\\, Helsinki",
            ),
            method="REQUEST",
        ),
        source="BambooHR-scheduled, sent from Outlook: Finnish, FLE Standard Time without VTIMEZONE",
        tz="Europe/Helsinki",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            iv(
                uid,
                "2026-12-17 11:00",
                "2026-12-17 12:00",
                ["maija.meikalainen@revontuli.example", "matti.meikalainen@revontuli.example"],
                "Revontuli",
                "Ohjelmistokehittäjä",
            )
        ],
    )

    uid = "hv-ondemand-88f2a1c4"
    case(
        "hirevue_on_demand",
        calendar(
            "-//HireVue//HireVue Scheduler//EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART:20261211T230000Z",
                "DTEND:20261211T233000Z",
                "SUMMARY:HireVue On-Demand Interview – Granite Peak Advisory (Associate Consultant)",
                org("no-reply@hirevue.example", "HireVue"),
                ME,
                "DESCRIPTION:Record your answers to 5 questions. Start here: https://app.hirevue.example/i/88f2a1c4",
            ),
            method="REQUEST",
        ),
        source="HireVue-style one-way video interview: no person to meet",
        tz="America/New_York",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            iv(
                uid,
                "2026-12-11 23:00",
                "2026-12-11 23:30",
                [],
                "Granite Peak Advisory",
                "Associate Consultant",
            )
        ],
    )


# ---------------------------------------------------------------- look-alikes and series shapes


def add_lookalikes() -> None:
    research, prep, thanks = ("todo-1@example.org", "todo-2@example.org", "todo-3@example.org")
    case(
        "prep_and_todo_blocks",
        calendar(
            GOOGLE,
            event(
                "DTSTART:20261207T180000Z",
                "DTEND:20261207T183000Z",
                STAMP,
                f"UID:{research}",
                "SUMMARY:Research Acme before interview",
            ),
            event(
                "DTSTART;TZID=Europe/London:20261208T090000",
                "DTEND;TZID=Europe/London:20261208T100000",
                STAMP,
                f"UID:{prep}",
                "SUMMARY:Prep for Fernhill interview",
                "DESCRIPTION:Reread the job ad\\, STAR stories\\, questions to ask",
            ),
            event(
                "DTSTART:20261209T173000Z",
                "DTEND:20261209T174500Z",
                STAMP,
                f"UID:{thanks}",
                "SUMMARY:Send thank-you notes (Quarry Labs interview)",
            ),
            head=("X-WR-CALNAME:Job search", "X-WR-TIMEZONE:Europe/London"),
        ),
        source="Google: the user's own prep block and to-dos about interviews",
        tz="Europe/London",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            no(research, "2026-12-07 18:00", "2026-12-07 18:30"),
            no(prep, "2026-12-08 09:00", "2026-12-08 10:00"),
            no(thanks, "2026-12-09 17:30", "2026-12-09 17:45"),
        ],
    )

    uid = "mock-4d2c-9e1a@karrierecoach.example"
    case(
        "mock_interview_de_coach",
        calendar(
            "-//Nextcloud calendar v4.7//EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART;TZID=Europe/Berlin:20261209T180000",
                "DTEND;TZID=Europe/Berlin:20261209T190000",
                "SUMMARY:Mock-Interview mit Karriere-Coach (Übung Vorstellungsgespräch)",
                org("erika.mustermann@karrierecoach.example", "Erika Mustermann"),
                ME_OK,
                "DESCRIPTION:Probelauf für das Gespräch bei Brückner Logistik\\, mit Feedback.",
            ),
            method="REQUEST",
        ),
        source="A mock interview with a careers coach (German)",
        tz="Europe/Berlin",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[no(uid, "2026-12-09 17:00", "2026-12-09 18:00")],
    )

    panel, debrief = "cand-9a1b-interview@example.org", "cand-9a1b-debrief@example.org"
    people = (org("recruiting@example.org", "Recruiting Coordinator"), att(USER, "Maya Example"))
    case(
        "user_interviews_a_candidate",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=America/New_York:20261210T150000",
                "DTEND;TZID=America/New_York:20261210T160000",
                STAMP,
                *people,
                att("john.smith@example.net", "John Smith"),
                f"UID:{panel}",
                "SUMMARY:Candidate interview: John Smith (Junior Developer) – technical screen",
                "DESCRIPTION:You are the interviewer. Interview kit and scorecard in the ATS\\; submit feedback within 24h.",
            ),
            event(
                "DTSTART;TZID=America/New_York:20261211T160000",
                "DTEND;TZID=America/New_York:20261211T163000",
                STAMP,
                *people,
                att("jane.doe@example.org", "Jane Doe"),
                f"UID:{debrief}",
                "SUMMARY:Hiring debrief – John Smith (Junior Developer)",
            ),
            method="REQUEST",
        ),
        source="The user's employer: she interviews a candidate, then the hiring debrief",
        tz="America/New_York",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            no(panel, "2026-12-10 20:00", "2026-12-10 21:00"),
            no(debrief, "2026-12-11 21:00", "2026-12-11 21:30"),
        ],
    )

    uid = "webinaire-2026-12-15@evenements.example"
    case(
        "newsletter_webinar_fr",
        calendar(
            "-//Evenements Newsletter//FR",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART;TZID=Europe/Paris:20261215T123000",
                "DTEND;TZID=Europe/Paris:20261215T133000",
                "SUMMARY:Webinaire gratuit : réussir ses entretiens d'embauche",
                org("no-reply@evenements.example", "Les Rendez-vous Carrière"),
                "DESCRIPTION:Inscrivez-vous à notre newsletter pour recevoir le replay. Se désabonner : https://evenements.example/u",
                "URL:https://evenements.example/webinaires/entretiens",
            ),
            method="PUBLISH",
        ),
        source="Newsletter 'add to calendar' file for a webinar about job interviews",
        tz="Europe/Paris",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[no(uid, "2026-12-15 11:30", "2026-12-15 12:30")],
    )

    meetup, podcast = "event_312998877@meetup.example", "podcast-ep12@example.org"
    case(
        "meetup_and_podcast",
        calendar(
            "-//Meetup//RemoteApi//EN",
            event(
                f"UID:{meetup}",
                STAMP,
                "DTSTART;TZID=America/Chicago:20261209T180000",
                "DTEND;TZID=America/Chicago:20261209T200000",
                "SUMMARY:Tech Interviewing: The Good Parts (Chicago Python meetup)",
                "LOCATION:Example Library\\, 400 S Example St\\, Chicago",
                "URL:https://meetup.example/chipy/events/312998877/",
                "DESCRIPTION:Lightning talks on how teams run interviews\\, then pizza.",
            ),
            event(
                f"UID:{podcast}",
                STAMP,
                "DTSTART;TZID=America/Chicago:20261211T100000",
                "DTEND;TZID=America/Chicago:20261211T110000",
                "SUMMARY:Podcast recording: Hiring Stories ep. 12 – interview with Maya",
                org("john.smith@hiringstories.example", "John Smith"),
                ME_OK,
            ),
            method="PUBLISH",
        ),
        source="A meetup about interviewing and a podcast where the user is the guest",
        tz="America/Chicago",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            no(meetup, "2026-12-10 00:00", "2026-12-10 02:00"),
            no(podcast, "2026-12-11 16:00", "2026-12-11 17:00"),
        ],
    )

    ux, customer = "ux-entrevista-7@example.org", "cust-int-8@example.org"
    case(
        "user_and_customer_research",
        calendar(
            GOOGLE,
            event(
                "DTSTART;TZID=Europe/Madrid:20261210T110000",
                "DTEND;TZID=Europe/Madrid:20261210T120000",
                STAMP,
                org(USER, "Maya Example"),
                att("ana.garcia@cliente.example", "Ana García"),
                f"UID:{ux}",
                "SUMMARY:Entrevista con usuarios – investigación UX (app de farmacia)",
                "DESCRIPTION:Guion de entrevista v3. Grabar con consentimiento.",
            ),
            event(
                "DTSTART:20261211T150000Z",
                "DTEND:20261211T154500Z",
                STAMP,
                org(USER, "Maya Example"),
                att("jane.doe@northwind.example", "Jane Doe"),
                f"UID:{customer}",
                "SUMMARY:Customer interview: ops lead at Northwind (discovery)",
            ),
            method="REQUEST",
        ),
        source="User research and customer discovery interviews the user runs",
        tz="Europe/Madrid",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            no(ux, "2026-12-10 10:00", "2026-12-10 11:00"),
            no(customer, "2026-12-11 15:00", "2026-12-11 15:45"),
        ],
    )

    exit_talk, review = "exit-2026@example.org", "review-2026@example.org"
    case(
        "exit_interview_and_review_nl",
        calendar(
            OUTLOOK,
            event(
                org("hr@example.org", "HR"),
                ME,
                "SUMMARY;LANGUAGE=nl-NL:Exitgesprek met HR",
                "DTSTART;TZID=Europe/Amsterdam:20261218T100000",
                "DTEND;TZID=Europe/Amsterdam:20261218T103000",
                f"UID:{exit_talk}",
                STAMP,
            ),
            event(
                org("jan.jansen@example.org", "Jan Jansen"),
                ME,
                "SUMMARY;LANGUAGE=nl-NL:Beoordelingsgesprek 2026",
                "DTSTART;TZID=Europe/Amsterdam:20261216T140000",
                "DTEND;TZID=Europe/Amsterdam:20261216T150000",
                f"UID:{review}",
                STAMP,
            ),
            method="REQUEST",
        ),
        source="Current employer: exit interview and performance review (Dutch)",
        tz="Europe/Amsterdam",
        window=("2026-12-14 00:00", "2026-12-21 00:00"),
        events=[
            no(exit_talk, "2026-12-18 09:00", "2026-12-18 09:30"),
            no(review, "2026-12-16 13:00", "2026-12-16 14:00"),
        ],
    )

    train, hotel = "tag-goteborg@example.org", "hotell-goteborg@example.org"
    case(
        "travel_blocks_sv",
        calendar(
            "-//Apple Inc.//macOS 15.1//EN",
            event(
                f"UID:{train}",
                STAMP,
                "DTSTART;TZID=Europe/Stockholm:20261208T070000",
                "DTEND;TZID=Europe/Stockholm:20261208T101000",
                "SUMMARY:Tåg till Göteborg (intervju hos Fjällvind)",
                "LOCATION:Stockholm Centralstation",
            ),
            event(
                f"UID:{hotel}",
                STAMP,
                "DTSTART;VALUE=DATE:20261208",
                "DTEND;VALUE=DATE:20261209",
                "SUMMARY:Hotell Göteborg",
                "TRANSP:TRANSPARENT",
            ),
        ),
        source="iCloud: a train to an interview and an all-day hotel block",
        tz="Europe/Stockholm",
        window=("2026-12-07 00:00", "2026-12-14 00:00"),
        events=[
            no(train, "2026-12-08 06:00", "2026-12-08 09:10"),
            no(hotel, "2026-12-07 23:00", "2026-12-08 23:00"),
        ],
    )

    standup, one = (
        "040000008200E00074C5B7101A82E008000000005A5A5A5A5A5ADB010000000000000000100000005354414E445550303031",
        "pl-1on1@example.org",
    )
    tzid = "Central European Standard Time"
    head = (
        org("jan.kowalski@example.org", "Jan Kowalski"),
        ME_OK,
        att("anna.nowak@example.org", "Anna Nowak"),
    )
    case(
        "exchange_standup_occurrence_cancelled_pl",
        calendar(
            EXCHANGE,
            W_EUROPE.format(name=tzid),
            event(
                *head,
                "SUMMARY;LANGUAGE=pl-PL:Codzienny stand-up zespołu",
                f'DTSTART;TZID="{tzid}":20261207T093000',
                f'DTEND;TZID="{tzid}":20261207T094500',
                "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "UID:" + standup,
                "DTSTAMP:20261130T080000Z",
                "SEQUENCE:0",
            ),
            event(
                org(USER, "Maya Example"),
                att("jan.kowalski@example.org", "Jan Kowalski"),
                "SUMMARY;LANGUAGE=pl-PL:1:1 z kierownikiem",
                f'DTSTART;TZID="{tzid}":20261208T140000',
                f'DTEND;TZID="{tzid}":20261208T143000',
                "UID:" + one,
                STAMP,
            ),
            method="REQUEST",
        )
        + "\n"
        + calendar(
            EXCHANGE,
            W_EUROPE.format(name=tzid),
            event(
                *head,
                "SUMMARY;LANGUAGE=pl-PL:Odwołane: Codzienny stand-up zespołu",
                f'RECURRENCE-ID;TZID="{tzid}":20261209T093000',
                f'DTSTART;TZID="{tzid}":20261209T093000',
                f'DTEND;TZID="{tzid}":20261209T094500',
                "UID:" + standup,
                "DTSTAMP:20261208T120000Z",
                "SEQUENCE:1",
                "STATUS:CANCELLED",
            ),
            method="CANCEL",
        ),
        source="Exchange: a Polish daily stand-up with one occurrence cancelled in a second VCALENDAR, and a 1:1",
        tz="Europe/Warsaw",
        window=("2026-12-08 00:00", "2026-12-10 00:00"),
        events=[
            no(standup, "2026-12-08 08:30", "2026-12-08 08:45", rid="20261208T083000Z"),
            no(standup, "2026-12-09 08:30", "2026-12-09 08:45", rid="20261209T083000Z", cancelled=True),
            no(one, "2026-12-08 13:00", "2026-12-08 13:30"),
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB010000000000000000100000005445414D53594E43303031"
    tzid = "W. Europe Standard Time"
    case(
        "exchange_team_sync_thisandfuture",
        calendar(
            EXCHANGE,
            W_EUROPE.format(name=tzid),
            event(
                org("max.mustermann@example.org", "Max Mustermann"),
                ME_OK,
                "SUMMARY;LANGUAGE=de-DE:Team-Sync Plattform",
                f'DTSTART;TZID="{tzid}":20261202T100000',
                f'DTEND;TZID="{tzid}":20261202T103000',
                "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=WE",
                "UID:" + uid,
                "DTSTAMP:20261125T080000Z",
                "SEQUENCE:0",
            ),
            event(
                org("max.mustermann@example.org", "Max Mustermann"),
                ME_OK,
                "SUMMARY;LANGUAGE=de-DE:Team-Sync Plattform (neue Uhrzeit)",
                f'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID="{tzid}":20261216T100000',
                f'DTSTART;TZID="{tzid}":20261216T110000',
                f'DTEND;TZID="{tzid}":20261216T113000',
                "UID:" + uid,
                "DTSTAMP:20261210T080000Z",
                "SEQUENCE:1",
            ),
        ),
        source="Exchange weekly team sync moved an hour later from one occurrence on (RANGE=THISANDFUTURE)",
        tz="Europe/Berlin",
        window=("2026-12-07 00:00", "2026-12-31 00:00"),
        events=[
            no(uid, "2026-12-09 09:00", "2026-12-09 09:30", rid="20261209T090000Z"),
            no(uid, "2026-12-16 10:00", "2026-12-16 10:30", rid="20261216T090000Z"),
            no(uid, "2026-12-23 10:00", "2026-12-23 10:30", rid="20261223T090000Z"),
            no(uid, "2026-12-30 10:00", "2026-12-30 10:30", rid="20261230T090000Z"),
        ],
    )

    uid = "circle-weekly@example.org"
    case(
        "interview_skills_circle_dst",
        calendar(
            "-//Fastmail/2020.5/EN",
            event(
                f"UID:{uid}",
                STAMP,
                "DTSTART;TZID=America/New_York:20270301T100000",
                "DTEND;TZID=America/New_York:20270301T110000",
                "RRULE:FREQ=WEEKLY;COUNT=3",
                "SUMMARY:Interview skills circle (job seekers' group\\, public library)",
                "LOCATION:Example Public Library\\, room 2",
            ),
        ),
        source="Fastmail: a weekly job seekers' group about interview skills, crossing the US DST change",
        tz="America/New_York",
        window=("2027-03-01 00:00", "2027-03-20 00:00"),
        events=[
            no(uid, "2027-03-01 15:00", "2027-03-01 16:00", rid="20270301T150000Z"),
            no(uid, "2027-03-08 15:00", "2027-03-08 16:00", rid="20270308T150000Z"),
            no(uid, "2027-03-15 14:00", "2027-03-15 15:00", rid="20270315T140000Z"),
        ],
    )


def main() -> None:
    add_interviews()
    add_tools()
    add_lookalikes()
    names = [name for name, _, _ in CASES]
    assert len(names) == len(set(names)), "a case name is used twice"
    for name, ics, expected in CASES:
        text = "\r\n".join(fold(line) for line in ics.split("\n")) + "\r\n"
        (HERE / f"{name}.ics").write_bytes(text.encode("utf-8"))
        body = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(body, encoding="utf-8")
    print(f"wrote {len(CASES)} calendars, {sum(len(e['events']) for _, _, e in CASES)} occurrences")


if __name__ == "__main__":
    main()
