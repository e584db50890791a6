"""Writes calendars/eval13: a job seeker's everyday calendar over three weeks, held out from detection work."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MAYA = "maya@example.org"
WINDOW = ["2026-11-30T00:00:00Z", "2026-12-19T00:00:00Z"]
STAMP = "DTSTAMP:20261124T081500Z"


def _fold(line: str) -> str:
    """Folds a content line at 75 octets without splitting a UTF-8 character."""
    out, chunk, size, limit = [], "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(chunk)
            chunk, size, limit = " ", 1, 75
        chunk += char
        size += width
    out.append(chunk)
    return "\r\n".join(out)


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def summary(text: str, lang: str = "") -> str:
    return f"SUMMARY{f';LANGUAGE={lang}' if lang else ''}:{esc(text)}"


def desc(text: str) -> str:
    return f"DESCRIPTION:{esc(text)}"


def org(email: str, name: str = "", extra: str = "") -> str:
    cn = f';CN="{name}"' if "," in name or ":" in name else (f";CN={name}" if name else "")
    return f"ORGANIZER{cn}{extra}:mailto:{email}"


def att(
    email: str,
    name: str = "",
    *,
    partstat: str = "NEEDS-ACTION",
    role: str = "REQ-PARTICIPANT",
    cutype: str = "INDIVIDUAL",
    rsvp: str = "TRUE",
) -> str:
    cn = f';CN="{name}"' if "," in name or ":" in name else (f";CN={name}" if name else "")
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={partstat};RSVP={rsvp}{cn}:mailto:{email}"


def me(partstat: str = "NEEDS-ACTION", name: str = "Maya Example") -> str:
    return att(MAYA, name, partstat=partstat)


def vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", *lines, "END:VEVENT"]


def vcal(prodid: str, *parts: list[str], method: str = "", head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    lines += [f"METHOD:{method}"] if method else []
    lines += list(head)
    for part in parts:
        lines += part
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


# --- time zones, in the shapes the clients write them ----------------------------------------------------------


def _offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def tz_eu(tzid: str, std_hours: int, std_name: str, dst_name: str) -> list[str]:
    """An IANA zone with EU summer time, as Google, Apple, Fastmail and Nextcloud write it."""
    std, dst = _offset(std_hours * 60), _offset(std_hours * 60 + 60)
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        f"X-LIC-LOCATION:{tzid}",
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


def tz_us(tzid: str, std_hours: int, std_name: str, dst_name: str) -> list[str]:
    std, dst = _offset(std_hours * 60), _offset(std_hours * 60 + 60)
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "DTSTART:20070311T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "DTSTART:20071104T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def tz_fixed(tzid: str, minutes: int, name: str) -> list[str]:
    off = _offset(minutes)
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{off}",
        f"TZOFFSETTO:{off}",
        f"TZNAME:{name}",
        "DTSTART:19700101T000000",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def tz_windows(tzid: str, std_minutes: int, *, summer: str = "eu") -> list[str]:
    """A Windows zone as Exchange and Outlook write it: 1601 onsets, or no summer time at all."""
    std = _offset(std_minutes)
    if summer == "none":
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    dst = _offset(std_minutes + 60)
    back, forth = (
        ("BYDAY=-1SU;BYMONTH=10", "BYDAY=-1SU;BYMONTH=3")
        if summer == "eu"
        else ("BYDAY=1SU;BYMONTH=11", "BYDAY=2SU;BYMONTH=3")
    )
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:16010101T0{2 + std_minutes // 60}0000" if summer == "eu" else "DTSTART:16010101T020000",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;{back}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:16010101T0{1 + std_minutes // 60}0000" if summer == "eu" else "DTSTART:16010101T020000",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;{forth}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


LONDON = tz_eu("Europe/London", 0, "GMT", "BST")
BERLIN = tz_eu("Europe/Berlin", 1, "CET", "CEST")
NEW_YORK = tz_us("America/New_York", -5, "EST", "EDT")
LOS_ANGELES = tz_us("America/Los_Angeles", -8, "PST", "PDT")

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
ICLOUD = "-//Apple Inc.//macOS 15.1//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.6//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
PROTON = "-//Proton AG//ProtonCalendar 1.0.0//EN"
ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"


# --- expectations ---------------------------------------------------------------------------------------------


def occ(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool,
    rid: str = "",
    cancelled: bool = False,
    who: tuple[str, ...] = (),
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
        "interviewers": sorted(a.lower() for a in who),
        "company": company,
        "role": role,
    }


CASES: dict[str, tuple[str, dict[str, Any]]] = {}


def case(name: str, ics: str, *, source: str, tz: str, events: list[dict[str, Any]]) -> None:
    expected = {
        "source": source,
        "user_addresses": [MAYA],
        "user_timezone": tz,
        "window": WINDOW,
        "events": events,
    }
    CASES[name] = (ics, expected)


def write() -> None:
    for name, (ics, expected) in CASES.items():
        (HERE / f"{name}.ics").write_bytes(ics.encode("utf-8"))
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(text, encoding="utf-8")


# --- everyday interview invitations ---------------------------------------------------------------------------

MEET = "Join with Google Meet: https://meet.google.com/abc-defg-hij\nOr dial: (GB) +44 20 0000 0000 PIN: 123 456 789#"
TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0>\n"
    "Meeting ID: 312 555 019 44\nPasscode: h7Rk2p\n"
    "________________________________________________________________________________"
)


def everyday_google() -> None:
    uid = "2r8kq0v4l1m3o9b6c5t7s2a1pq@google.com"
    case(
        "google_meet_recruiter_screen",
        vcal(
            GOOGLE,
            LONDON,
            vevent(
                "DTSTART;TZID=Europe/London:20261201T110000",
                "DTEND;TZID=Europe/London:20261201T113000",
                STAMP,
                org("jane.doe@fernhill.example", "Jane Doe"),
                f"UID:{uid}",
                att("jane.doe@fernhill.example", "Jane Doe", partstat="ACCEPTED", rsvp="TRUE"),
                me(),
                "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
                "CREATED:20261123T141202Z",
                desc("Hi Maya, looking forward to our chat about the Analytics Engineer opening.\n\n" + MEET),
                "LAST-MODIFIED:20261124T081500Z",
                "LOCATION:",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                summary("Maya Example <> Fernhill Analytics | Recruiter Screen"),
                "TRANSP:OPAQUE",
            ),
            method="REQUEST",
        ),
        source="Google Calendar invite (Meet)",
        tz="Europe/London",
        events=[
            occ(
                uid,
                "2026-12-01T11:00:00Z",
                "2026-12-01T11:30:00Z",
                interview=True,
                who=("jane.doe@fernhill.example",),
                company="Fernhill Analytics",
            )
        ],
    )
    uid = "6h1s9d0f3g5j7k2l4z8x6c1v3b@google.com"
    room = "c_1887d2b3f4a5e6d7c8b9a0f1e2d3c4b5a6@resource.calendar.google.com"
    case(
        "greenhouse_technical_interview",
        vcal(
            GOOGLE,
            NEW_YORK,
            vevent(
                "DTSTART;TZID=America/New_York:20261202T110000",
                "DTEND;TZID=America/New_York:20261202T120000",
                STAMP,
                org("recruiting@harborviewhealth.example", "Harborview Health Recruiting"),
                f"UID:{uid}",
                att("raj.patel@harborviewhealth.example", "Raj Patel", partstat="ACCEPTED"),
                att("john.smith@harborviewhealth.example", "John Smith", partstat="ACCEPTED"),
                att(room, "NYC-5-Hudson (6) [Zoom Room]", cutype="RESOURCE", partstat="ACCEPTED"),
                me("ACCEPTED"),
                desc(
                    "Interview scheduled via Greenhouse.\nCandidate: Maya Example\nJob: Staff Data Engineer\n"
                    "Interviewers: Raj Patel, John Smith\n\nZoom: https://harborviewhealth.zoom.us/j/8155501234"
                ),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                summary("Harborview Health: Technical Interview for Staff Data Engineer"),
                "TRANSP:OPAQUE",
            ),
            method="REQUEST",
        ),
        source="Greenhouse through Google Calendar, room resource",
        tz="Europe/London",
        events=[
            occ(
                uid,
                "2026-12-02T16:00:00Z",
                "2026-12-02T17:00:00Z",
                interview=True,
                who=(
                    "recruiting@harborviewhealth.example",
                    "raj.patel@harborviewhealth.example",
                    "john.smith@harborviewhealth.example",
                ),
                company="Harborview Health",
                role="Staff Data Engineer",
            )
        ],
    )


def everyday_exchange() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000A0C3A1B2C8C4DC01000000000000000010000000F3B5E1D2"
    case(
        "outlook365_teams_vorstellungsgespraech",
        vcal(
            EXCHANGE,
            tz_windows("W. Europe Standard Time", 60),
            vevent(
                org("erika.mustermann@brandauer.example", "Mustermann, Erika"),
                att("erika.mustermann@brandauer.example", "Mustermann, Erika", partstat="ACCEPTED"),
                att("max.mustermann@brandauer.example", "Mustermann, Max"),
                att(MAYA, "maya@example.org"),
                desc(
                    "Hallo Frau Example,\n\nwie besprochen sende ich Ihnen die Einladung zu unserem "
                    "Vorstellungsgespräch.\n\n" + TEAMS
                ),
                "UID:" + uid,
                summary(
                    "Vorstellungsgespräch Senior Frontend-Entwickler – Brandauer Maschinenbau GmbH", "de-DE"
                ),
                "DTSTART;TZID=W. Europe Standard Time:20261203T140000",
                "DTEND;TZID=W. Europe Standard Time:20261203T150000",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                "DTSTAMP:20261124T091133Z",
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
                "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_x",
            ),
            method="REQUEST",
        ),
        source="Exchange Online / Outlook 365 (Teams), Windows zone with VTIMEZONE",
        tz="Europe/Berlin",
        events=[
            occ(
                uid,
                "2026-12-03T13:00:00Z",
                "2026-12-03T14:00:00Z",
                interview=True,
                who=("erika.mustermann@brandauer.example", "max.mustermann@brandauer.example"),
                company="Brandauer Maschinenbau GmbH",
                role="Senior Frontend-Entwickler",
            )
        ],
    )
    uid = "040000008200E00074C5B7101A82E0080000000050E1F7A3C9C4DC01000000000000000010000000A8D4C2B1"
    case(
        "outlook_lever_second_round_no_vtimezone",
        vcal(
            EXCHANGE,
            vevent(
                org("talent@copperline.example", "Copperline Talent"),
                att("jane.doe@copperline.example", "Jane Doe", role="REQ-PARTICIPANT"),
                att(MAYA, "Maya Example"),
                desc("Second round with Jane Doe (VP Customer Success). Scheduled with Lever.\n\n" + TEAMS),
                "UID:" + uid,
                summary("Second round interview with Copperline – Customer Success Manager", "en-US"),
                "DTSTART;TZID=Eastern Standard Time:20261209T093000",
                "DTEND;TZID=Eastern Standard Time:20261209T103000",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                "DTSTAMP:20261125T151500Z",
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            ),
            method="REQUEST",
        ),
        source="Exchange Online (Lever), Windows zone without VTIMEZONE",
        tz="Europe/London",
        events=[
            occ(
                uid,
                "2026-12-09T14:30:00Z",
                "2026-12-09T15:30:00Z",
                interview=True,
                who=("jane.doe@copperline.example", "talent@copperline.example"),
                company="Copperline",
                role="Customer Success Manager",
            )
        ],
    )
    uid = "040000008200E00074C5B7101A82E00800000000D1A2B3C4C9C4DC01000000000000000010000000E0F1A2B3"
    case(
        "outlook_polish_central_european_no_vtimezone",
        vcal(
            EXCHANGE,
            vevent(
                org("jan.kowalski@wislasystems.example", "Kowalski Jan"),
                att("jan.kowalski@wislasystems.example", "Kowalski Jan", partstat="ACCEPTED"),
                att("anna.nowak@wislasystems.example", "Nowak Anna"),
                att(
                    "sala.krakow.3@wislasystems.example",
                    "Sala Kraków 3.02",
                    cutype="ROOM",
                    role="NON-PARTICIPANT",
                ),
                att(MAYA, "Maya Example"),
                desc(
                    "Dzień dobry,\nzapraszam na rozmowę rekrutacyjną na stanowisko Programista Java.\n\n"
                    + TEAMS
                ),
                "UID:" + uid,
                summary("Rozmowa rekrutacyjna – Programista Java – Wisła Systems sp. z o.o.", "pl-PL"),
                "DTSTART;TZID=Central European Standard Time:20261210T100000",
                "DTEND;TZID=Central European Standard Time:20261210T110000",
                "DTSTAMP:20261126T080000Z",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=pl-PL:Sala Kraków 3.02; Microsoft Teams Meeting",
            ),
            method="REQUEST",
        ),
        source="Exchange Online (pl), Windows zone without VTIMEZONE, room",
        tz="Europe/Warsaw",
        events=[
            occ(
                uid,
                "2026-12-10T09:00:00Z",
                "2026-12-10T10:00:00Z",
                interview=True,
                who=("anna.nowak@wislasystems.example", "jan.kowalski@wislasystems.example"),
                company="Wisła Systems sp. z o.o.",
                role="Programista Java",
            )
        ],
    )
    uid = "040000008200E00074C5B7101A82E00800000000C0B1A2D3CAC4DC01000000000000000010000000B7C6D5E4"
    case(
        "outlook_desktop_brasilia_entrevista",
        vcal(
            OUTLOOK,
            tz_windows("(UTC-03:00) Brasilia", -180, summer="none"),
            vevent(
                "CLASS:PUBLIC",
                "CREATED:20261125T121000Z",
                desc("Olá Maya,\nsegue o convite para a entrevista com o gestor da vaga.\n\n" + TEAMS),
                'DTEND;TZID="(UTC-03:00) Brasilia":20261203T150000',
                "DTSTAMP:20261125T121000Z",
                'DTSTART;TZID="(UTC-03:00) Brasilia":20261203T140000',
                "LAST-MODIFIED:20261125T121000Z",
                "LOCATION:Microsoft Teams",
                org("fulano.silva@cajueiro.example", "Fulano da Silva"),
                att(MAYA, "maya@example.org"),
                att("beltrano.souza@cajueiro.example", "Beltrano Souza"),
                "PRIORITY:5",
                "SEQUENCE:0",
                summary("Entrevista com o gestor – Analista de Dados Pleno | Cajueiro Pagamentos", "pt-br"),
                "TRANSP:OPAQUE",
                "UID:" + uid,
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            ),
            method="REQUEST",
        ),
        source="Outlook desktop (pt-BR), custom '(UTC-03:00) Brasilia' zone",
        tz="America/Sao_Paulo",
        events=[
            occ(
                uid,
                "2026-12-03T17:00:00Z",
                "2026-12-03T18:00:00Z",
                interview=True,
                who=("beltrano.souza@cajueiro.example", "fulano.silva@cajueiro.example"),
                company="Cajueiro Pagamentos",
                role="Analista de Dados Pleno",
            )
        ],
    )


def invite(
    name: str,
    *,
    prodid: str,
    uid: str,
    title: str,
    tzid: str,
    zone: list[str] | None,
    start: str,
    end: str,
    organizer: str,
    people: tuple[str, ...],
    text: str,
    source: str,
    user_tz: str,
    utc: tuple[str, str],
    who: tuple[str, ...],
    company: str,
    role: str,
    extra: tuple[str, ...] = (),
    method: str = "REQUEST",
) -> None:
    """One invitation to one meeting, in the common shape most clients share."""
    when = (
        (f"DTSTART:{start}", f"DTEND:{end}")
        if tzid == "UTC"
        else (f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}")
    )
    parts = [zone] if zone else []
    body = vevent(
        f"UID:{uid}",
        STAMP,
        *when,
        summary(title),
        desc(text),
        organizer,
        *people,
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        *extra,
    )
    case(
        name,
        vcal(prodid, *parts, body, method=method),
        source=source,
        tz=user_tz,
        events=[occ(uid, *utc, interview=True, who=who, company=company, role=role)],
    )


def everyday_tools() -> None:
    invite(
        "zoom_pairing_interview",
        prodid=ZOOM,
        uid="zoom-81234567890-20261203T150000Z@zoom.us",
        title="Pair programming interview | Quillfeather | Backend Engineer",
        tzid="UTC",
        zone=None,
        start="20261203T150000Z",
        end="20261203T161500Z",
        organizer=org("tomas.berg@quillfeather.example", "Tomas Berg"),
        people=(),
        text="Tomas Berg is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
        "https://quillfeather.zoom.us/j/81234567890?pwd=abc123\n\nMeeting ID: 812 3456 7890\nPasscode: 415926",
        source="Zoom 'add to calendar' file, UTC times, organizer only",
        user_tz="Europe/London",
        utc=("2026-12-03T15:00:00Z", "2026-12-03T16:15:00Z"),
        who=("tomas.berg@quillfeather.example",),
        company="Quillfeather",
        role="Backend Engineer",
        extra=("LOCATION:https://quillfeather.zoom.us/j/81234567890?pwd=abc123",),
        method="PUBLISH",
    )
    invite(
        "calendly_recruiter_intro_no_company",
        prodid="-//Calendly//EN",
        uid="c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@calendly.com",
        title="Recruiter intro call between Raj Patel and Maya Example",
        tzid="UTC",
        zone=None,
        start="20261204T160000Z",
        end="20261204T163000Z",
        organizer=org("raj.patel@tidewater.example", "Raj Patel"),
        people=(att("raj.patel@tidewater.example", "Raj Patel", partstat="ACCEPTED"), me("ACCEPTED")),
        text="Event Name: Recruiter intro call\n\nLocation: This is a Google Meet web conference.\n"
        "https://meet.google.com/kqz-pwrt-mno\n\nNeed to make changes to this event?\nCancel: "
        "https://calendly.com/cancellations/c1d2e3f4\nReschedule: https://calendly.com/reschedulings/c1d2e3f4"
        "\n\nPowered by Calendly.com",
        source="Calendly booking (title with people only)",
        user_tz="Europe/London",
        utc=("2026-12-04T16:00:00Z", "2026-12-04T16:30:00Z"),
        who=("raj.patel@tidewater.example",),
        company="Tidewater",
        role="",
    )
    invite(
        "ashby_final_onsite_declined_and_room",
        prodid=GOOGLE,
        uid="4a7c1e9b2d5f8h0j3l6n9p2r5t@google.com",
        title="Final Round (Onsite) — Product Designer | Larkspur",
        tzid="America/Los_Angeles",
        zone=LOS_ANGELES,
        start="20261208T100000",
        end="20261208T130000",
        organizer=org("recruiting@larkspur.example", "Larkspur Recruiting"),
        people=(
            att("jane.doe@larkspur.example", "Jane Doe", partstat="ACCEPTED"),
            att("john.smith@larkspur.example", "John Smith", partstat="DECLINED"),
            att("wei.chen@larkspur.example", "Wei Chen", partstat="TENTATIVE"),
            att(
                "larkspur.example_2d3132333435@resource.calendar.google.com",
                "SF-2-Redwood (10)",
                cutype="RESOURCE",
                partstat="ACCEPTED",
            ),
            me("ACCEPTED"),
        ),
        text="Scheduled with Ashby.\n10:00 Portfolio presentation (Jane Doe)\n11:00 Design exercise "
        "(Wei Chen)\n12:00 Lunch with the team\n\nLarkspur HQ, 500 Example Street, San Francisco",
        source="Ashby through Google Calendar, declined interviewer and room resource",
        user_tz="Europe/London",
        utc=("2026-12-08T18:00:00Z", "2026-12-08T21:00:00Z"),
        who=("jane.doe@larkspur.example", "recruiting@larkspur.example", "wei.chen@larkspur.example"),
        company="Larkspur",
        role="Product Designer",
        extra=("LOCATION:Larkspur HQ\\, 500 Example Street\\, San Francisco",),
    )
    invite(
        "workday_assessment_centre_noreply_organizer",
        prodid="-//Workday//Interview Scheduling//EN",
        uid="WD-INT-2026-000418-3@ashgrovebank.example",
        title="Assessment Centre – Graduate Analyst Programme – Ashgrove Bank",
        tzid="Europe/London",
        zone=LONDON,
        start="20261218T090000",
        end="20261218T123000",
        organizer=org("ashgrovebank@myworkday.com", "Ashgrove Bank"),
        people=(
            att("jane.doe@ashgrovebank.example", "Jane Doe"),
            att("raj.patel@ashgrovebank.example", "Raj Patel"),
            me(),
        ),
        text="Dear Maya,\n\nThank you for your application. Please find the details of your assessment "
        "centre below. Bring photo ID.\n\nThis is a system-generated message. Please do not reply.",
        source="Workday interview scheduling, no-reply organizer",
        user_tz="Europe/London",
        utc=("2026-12-18T09:00:00Z", "2026-12-18T12:30:00Z"),
        who=("jane.doe@ashgrovebank.example", "raj.patel@ashgrovebank.example"),
        company="Ashgrove Bank",
        role="Graduate Analyst Programme",
        extra=("LOCATION:Ashgrove Bank\\, 1 Example Square\\, London",),
    )
    invite(
        "smartrecruiters_entretien_telephonique",
        prodid="-//SmartRecruiters//Interview//FR",
        uid="sr-7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
        title="Entretien téléphonique : Chef de projet digital chez Maison Verlaine",
        tzid="Europe/Paris",
        zone=tz_eu("Europe/Paris", 1, "CET", "CEST"),
        start="20261201T100000",
        end="20261201T104500",
        organizer=org("jean.dupont@maisonverlaine.example", "Jean Dupont"),
        people=(att("jean.dupont@maisonverlaine.example", "Jean Dupont", partstat="ACCEPTED"), me()),
        text="Bonjour Maya,\n\nJe vous appellerai au numéro indiqué dans votre candidature.\n\nBien cordialement,"
        "\nJean Dupont\nChargé de recrutement",
        source="SmartRecruiters invite (fr)",
        user_tz="Europe/Paris",
        utc=("2026-12-01T09:00:00Z", "2026-12-01T09:45:00Z"),
        who=("jean.dupont@maisonverlaine.example",),
        company="Maison Verlaine",
        role="Chef de projet digital",
    )
    invite(
        "personio_zweitgespraech_noreply",
        prodid="-//Personio GmbH//Personio Recruiting//DE",
        uid="personio-interview-5a6b7c8d9e0f@personio.de",
        title="Zweitgespräch Product Owner bei Kranich Pay GmbH",
        tzid="Europe/Berlin",
        zone=BERLIN,
        start="20261207T130000",
        end="20261207T141500",
        organizer=org("noreply@personio.de", "Kranich Pay GmbH"),
        people=(
            att("erika.mustermann@kranichpay.example", "Erika Mustermann"),
            att("lukas.schmidt@kranichpay.example", "Lukas Schmidt"),
            me(),
        ),
        text="Hallo Maya,\n\nwir freuen uns auf das zweite Gespräch mit Erika (Head of Product) und Lukas "
        "(Engineering Lead).\n\nOrt: Kranich Pay, Beispielstraße 12, 10115 Berlin",
        source="Personio recruiting invite, no-reply organizer",
        user_tz="Europe/Berlin",
        utc=("2026-12-07T12:00:00Z", "2026-12-07T13:15:00Z"),
        who=("erika.mustermann@kranichpay.example", "lukas.schmidt@kranichpay.example"),
        company="Kranich Pay GmbH",
        role="Product Owner",
    )
    invite(
        "teamtailor_intervju_sv",
        prodid="-//Teamtailor//Teamtailor//SV",
        uid="teamtailor-meeting-88213-4471@teamtailor.com",
        title="Intervju med Anna Svensson – Backendutvecklare, Fjällbacka Energi AB",
        tzid="Europe/Stockholm",
        zone=tz_eu("Europe/Stockholm", 1, "CET", "CEST"),
        start="20261202T130000",
        end="20261202T140000",
        organizer=org("anna.svensson@fjallbackaenergi.example", "Anna Svensson"),
        people=(att("anna.svensson@fjallbackaenergi.example", "Anna Svensson", partstat="ACCEPTED"), me()),
        text="Hej Maya!\n\nVälkommen på intervju. Länk till videomötet: https://teams.microsoft.com/l/meetup-join/x"
        "\n\nMed vänliga hälsningar\nAnna",
        source="Teamtailor invite (sv)",
        user_tz="Europe/Stockholm",
        utc=("2026-12-02T12:00:00Z", "2026-12-02T13:00:00Z"),
        who=("anna.svensson@fjallbackaenergi.example",),
        company="Fjällbacka Energi AB",
        role="Backendutvecklare",
    )
    invite(
        "recruitee_sollicitatiegesprek_nl",
        prodid="-//Recruitee//Recruitee Calendar//NL",
        uid="recruitee-event-3345120@recruitee.com",
        title="Sollicitatiegesprek | Data Analist | Van Dijk Logistiek",
        tzid="Europe/Amsterdam",
        zone=tz_eu("Europe/Amsterdam", 1, "CET", "CEST"),
        start="20261204T153000",
        end="20261204T163000",
        organizer=org("jan.jansen@vandijklogistiek.example", "Jan Jansen"),
        people=(
            att("jan.jansen@vandijklogistiek.example", "Jan Jansen", partstat="ACCEPTED"),
            att("piet.de.vries@vandijklogistiek.example", "Piet de Vries"),
            me(),
        ),
        text="Beste Maya,\n\nHierbij de uitnodiging voor het gesprek op ons kantoor in Utrecht.\n\n"
        "Met vriendelijke groet,\nJan Jansen",
        source="Recruitee invite (nl)",
        user_tz="Europe/Amsterdam",
        utc=("2026-12-04T14:30:00Z", "2026-12-04T15:30:00Z"),
        who=("jan.jansen@vandijklogistiek.example", "piet.de.vries@vandijklogistiek.example"),
        company="Van Dijk Logistiek",
        role="Data Analist",
    )
    invite(
        "bamboohr_entrevista_es",
        prodid="-//BambooHR//ATS Interview//ES",
        uid="bamboohr-ats-interview-66120@olivarsoftware.example",
        title="Entrevista: Desarrolladora Full Stack — Olivar Software",
        tzid="Europe/Madrid",
        zone=tz_eu("Europe/Madrid", 1, "CET", "CEST"),
        start="20261207T110000",
        end="20261207T120000",
        organizer=org("juan.perez@olivarsoftware.example", "Juan Pérez"),
        people=(att("juan.perez@olivarsoftware.example", "Juan Pérez", partstat="ACCEPTED"), me()),
        text="Hola Maya:\n\nTe esperamos en la entrevista técnica por videollamada.\n"
        "Enlace: https://meet.google.com/rty-uiop-asd\n\nUn saludo,\nJuan",
        source="BambooHR interview invite (es)",
        user_tz="Europe/Madrid",
        utc=("2026-12-07T10:00:00Z", "2026-12-07T11:00:00Z"),
        who=("juan.perez@olivarsoftware.example",),
        company="Olivar Software",
        role="Desarrolladora Full Stack",
    )


def everyday_languages() -> None:
    invite(
        "google_colloquio_tecnico_it",
        prodid=GOOGLE,
        uid="0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com",
        title="Colloquio tecnico – Ingegnere DevOps – Lagunare Sistemi S.p.A.",
        tzid="Europe/Rome",
        zone=tz_eu("Europe/Rome", 1, "CET", "CEST"),
        start="20261209T093000",
        end="20261209T103000",
        organizer=org("mario.rossi@lagunaresistemi.example", "Mario Rossi"),
        people=(
            att("mario.rossi@lagunaresistemi.example", "Mario Rossi", partstat="ACCEPTED"),
            att("giulia.bianchi@lagunaresistemi.example", "Giulia Bianchi", partstat="ACCEPTED"),
            me(),
        ),
        text="Ciao Maya,\nti confermo il colloquio tecnico con Giulia (Team Lead Platform).\n\n" + MEET,
        source="Google Calendar invite (it)",
        user_tz="Europe/Rome",
        utc=("2026-12-09T08:30:00Z", "2026-12-09T09:30:00Z"),
        who=("giulia.bianchi@lagunaresistemi.example", "mario.rossi@lagunaresistemi.example"),
        company="Lagunare Sistemi S.p.A.",
        role="Ingegnere DevOps",
    )
    invite(
        "google_ichiji_mensetsu_ja",
        prodid=GOOGLE,
        uid="7y6t5r4e3w2q1a0s9d8f7g6h5j@google.com",
        title="【一次面接】株式会社サクラテック／バックエンドエンジニア",
        tzid="Asia/Tokyo",
        zone=tz_fixed("Asia/Tokyo", 540, "JST"),
        start="20261208T100000",
        end="20261208T110000",
        organizer=org("taro.yamada@sakuratech.example", "山田 太郎"),
        people=(att("taro.yamada@sakuratech.example", "山田 太郎", partstat="ACCEPTED"), me()),
        text="Maya Example 様\n\nこの度はご応募いただきありがとうございます。一次面接の詳細をお送りします。\n"
        "形式：オンライン（Google Meet）\n\n" + MEET,
        source="Google Calendar invite (ja)",
        user_tz="Europe/London",
        utc=("2026-12-08T01:00:00Z", "2026-12-08T02:00:00Z"),
        who=("taro.yamada@sakuratech.example",),
        company="株式会社サクラテック",
        role="バックエンドエンジニア",
    )
    invite(
        "feishu_mianshi_zh",
        prodid="-//Feishu//Feishu Calendar//ZH",
        uid="feishu-3f5c1a7e-9d2b-4c6a-8e1f-2b3c4d5e6f70",
        title="面试邀请：云帆科技 - 高级产品经理",
        tzid="Asia/Shanghai",
        zone=tz_fixed("Asia/Shanghai", 480, "CST"),
        start="20261204T150000",
        end="20261204T160000",
        organizer=org("zhang.san@yunfantech.example", "张三"),
        people=(
            att("zhang.san@yunfantech.example", "张三", partstat="ACCEPTED"),
            att("li.si@yunfantech.example", "李四"),
            me(),
        ),
        text="您好，Maya：\n\n感谢您对云帆科技的关注，现邀请您参加视频面试。\n会议链接：https://vc.feishu.example/j/123456789",
        source="Feishu calendar invite (zh)",
        user_tz="Asia/Shanghai",
        utc=("2026-12-04T07:00:00Z", "2026-12-04T08:00:00Z"),
        who=("li.si@yunfantech.example", "zhang.san@yunfantech.example"),
        company="云帆科技",
        role="高级产品经理",
    )
    invite(
        "naver_myeonjeop_ko",
        prodid="-//NHN Corp//Naver Calendar 3.0//KO",
        uid="naver-cal-20261211-5512@hanbitsoft.example",
        title="[한빛소프트] 2차 면접 안내 - 데이터 엔지니어",
        tzid="Asia/Seoul",
        zone=tz_fixed("Asia/Seoul", 540, "KST"),
        start="20261211T140000",
        end="20261211T150000",
        organizer=org("hong.gildong@hanbitsoft.example", "홍길동"),
        people=(att("hong.gildong@hanbitsoft.example", "홍길동", partstat="ACCEPTED"), me()),
        text="안녕하세요, Maya Example님.\n2차 면접 일정을 안내드립니다.\n장소: 화상 면접 (Zoom)",
        source="Naver Calendar invite (ko)",
        user_tz="Europe/London",
        utc=("2026-12-11T05:00:00Z", "2026-12-11T06:00:00Z"),
        who=("hong.gildong@hanbitsoft.example",),
        company="한빛소프트",
        role="데이터 엔지니어",
    )
    invite(
        "outlook_jobsamtale_da",
        prodid=EXCHANGE,
        uid="040000008200E00074C5B7101A82E00800000000E5F6A7B8CBC4DC01000000000000000010000000C1D2E3F4",
        title="Jobsamtale hos Møllegaard A/S – UX-designer",
        tzid="Romance Standard Time",
        zone=tz_windows("Romance Standard Time", 60),
        start="20261214T130000",
        end="20261214T140000",
        organizer=org("jens.hansen@mollegaard.example", "Jens Hansen"),
        people=(
            att("jens.hansen@mollegaard.example", "Jens Hansen", partstat="ACCEPTED"),
            att(MAYA, "Maya Example"),
        ),
        text="Hej Maya\n\nTak for din ansøgning. Vi glæder os til at møde dig.\n\n" + TEAMS,
        source="Exchange Online (da), 'Romance Standard Time' with VTIMEZONE",
        user_tz="Europe/Copenhagen",
        utc=("2026-12-14T12:00:00Z", "2026-12-14T13:00:00Z"),
        who=("jens.hansen@mollegaard.example",),
        company="Møllegaard A/S",
        role="UX-designer",
    )
    invite(
        "google_intervju_nb",
        prodid=GOOGLE,
        uid="5b4v3c2x1z0l9k8j7h6g5f4d3s@google.com",
        title="Intervju – Systemutvikler hos Nordlys Digital AS",
        tzid="Europe/Oslo",
        zone=tz_eu("Europe/Oslo", 1, "CET", "CEST"),
        start="20261215T133000",
        end="20261215T143000",
        organizer=org("ola.nordmann@nordlysdigital.example", "Ola Nordmann"),
        people=(
            att("ola.nordmann@nordlysdigital.example", "Ola Nordmann", partstat="ACCEPTED"),
            att("kari.nordmann@nordlysdigital.example", "Kari Nordmann", partstat="ACCEPTED"),
            me(),
        ),
        text="Hei Maya!\nVi gleder oss til intervjuet. Oppmøte i resepsjonen, Eksempelgata 4, Oslo.",
        source="Google Calendar invite (nb)",
        user_tz="Europe/Oslo",
        utc=("2026-12-15T12:30:00Z", "2026-12-15T13:30:00Z"),
        who=("kari.nordmann@nordlysdigital.example", "ola.nordmann@nordlysdigital.example"),
        company="Nordlys Digital AS",
        role="Systemutvikler",
    )
    invite(
        "outlook_tyohaastattelu_fi",
        prodid=EXCHANGE,
        uid="040000008200E00074C5B7101A82E008000000009A8B7C6DCBC4DC01000000000000000010000000D4C3B2A1",
        title="Työhaastattelu: Ohjelmistokehittäjä / Revontuli Oy",
        tzid="FLE Standard Time",
        zone=tz_windows("FLE Standard Time", 120),
        start="20261217T120000",
        end="20261217T130000",
        organizer=org("matti.meikalainen@revontuli.example", "Meikäläinen Matti"),
        people=(att(MAYA, "Maya Example"), att("maija.virtanen@revontuli.example", "Virtanen Maija")),
        text="Hei Maya,\n\ntervetuloa haastatteluun.\n\n" + TEAMS,
        source="Exchange Online (fi), 'FLE Standard Time' with VTIMEZONE",
        user_tz="Europe/Helsinki",
        utc=("2026-12-17T10:00:00Z", "2026-12-17T11:00:00Z"),
        who=("maija.virtanen@revontuli.example", "matti.meikalainen@revontuli.example"),
        company="Revontuli Oy",
        role="Ohjelmistokehittäjä",
    )
    invite(
        "seznam_pohovor_cs",
        prodid="-//Seznam.cz//Kalendar//CS",
        uid="kalendar-5d41402abc4b2a76b9719d911017c592@seznam.cz",
        title="Pohovor – Tester softwaru (Vltava Labs s.r.o.)",
        tzid="Europe/Prague",
        zone=tz_eu("Europe/Prague", 1, "CET", "CEST"),
        start="20261217T090000",
        end="20261217T100000",
        organizer=org("jan.novak@vltavalabs.example", "Jan Novák"),
        people=(att("jan.novak@vltavalabs.example", "Jan Novák", partstat="ACCEPTED"), me()),
        text="Dobrý den,\nzveme Vás na pohovor v naší kanceláři v Praze.\nS pozdravem\nJan Novák",
        source="Seznam calendar invite (cs)",
        user_tz="Europe/Prague",
        utc=("2026-12-17T08:00:00Z", "2026-12-17T09:00:00Z"),
        who=("jan.novak@vltavalabs.example",),
        company="Vltava Labs s.r.o.",
        role="Tester softwaru",
    )
    invite(
        "outlook_mulakat_tr",
        prodid=OUTLOOK,
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4CBC4DC01000000000000000010000000A9B8C7D6",
        title="Mülakat: Kıdemli iOS Geliştirici @ Boğaziçi Yazılım",
        tzid="Turkey Standard Time",
        zone=tz_windows("Turkey Standard Time", 180, summer="none"),
        start="20261201T110000",
        end="20261201T120000",
        organizer=org("ahmet.yilmaz@bogaziciyazilim.example", "Ahmet Yılmaz"),
        people=(att(MAYA, "Maya Example"), att("ayse.kaya@bogaziciyazilim.example", "Ayşe Kaya")),
        text="Merhaba Maya,\n\nMülakat davetimizi ekte bulabilirsiniz.\n\n" + TEAMS,
        source="Outlook desktop (tr), 'Turkey Standard Time' with VTIMEZONE",
        user_tz="Europe/Istanbul",
        utc=("2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z"),
        who=("ahmet.yilmaz@bogaziciyazilim.example", "ayse.kaya@bogaziciyazilim.example"),
        company="Boğaziçi Yazılım",
        role="Kıdemli iOS Geliştirici",
    )
    invite(
        "zoho_allasinterju_hu",
        prodid=ZOHO,
        uid="zc-8f14e45fceea167a5a36dedd4bea2543@zoho.com",
        title="Állásinterjú – Pénzügyi elemző – Tiszavirág Zrt.",
        tzid="Europe/Budapest",
        zone=tz_eu("Europe/Budapest", 1, "CET", "CEST"),
        start="20261211T100000",
        end="20261211T110000",
        organizer=org("kovacs.janos@tiszavirag.example", "Kovács János"),
        people=(att("kovacs.janos@tiszavirag.example", "Kovács János", partstat="ACCEPTED"), me()),
        text="Kedves Maya!\n\nSzeretettel várjuk az állásinterjúra budapesti irodánkban.\n\nÜdvözlettel,\nKovács János",
        source="Zoho Calendar invite (hu)",
        user_tz="Europe/Budapest",
        utc=("2026-12-11T09:00:00Z", "2026-12-11T10:00:00Z"),
        who=("kovacs.janos@tiszavirag.example",),
        company="Tiszavirág Zrt.",
        role="Pénzügyi elemző",
    )
    invite(
        "google_synenteuxi_el",
        prodid=GOOGLE,
        uid="1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com",
        title="Συνέντευξη: Μηχανικός Λογισμικού | Αιγαίο Τεχνολογίες",
        tzid="Europe/Athens",
        zone=tz_eu("Europe/Athens", 2, "EET", "EEST"),
        start="20261202T160000",
        end="20261202T170000",
        organizer=org("giannis.papadopoulos@aigaiotech.example", "Γιάννης Παπαδόπουλος"),
        people=(
            att("giannis.papadopoulos@aigaiotech.example", "Γιάννης Παπαδόπουλος", partstat="ACCEPTED"),
            me(),
        ),
        text="Καλησπέρα Maya,\nσας προσκαλούμε σε συνέντευξη μέσω Google Meet.\n\n" + MEET,
        source="Google Calendar invite (el)",
        user_tz="Europe/Athens",
        utc=("2026-12-02T14:00:00Z", "2026-12-02T15:00:00Z"),
        who=("giannis.papadopoulos@aigaiotech.example",),
        company="Αιγαίο Τεχνολογίες",
        role="Μηχανικός Λογισμικού",
    )


def everyday_more_tools() -> None:
    invite(
        "calcom_screening_no_company_in_title",
        prodid="-//Cal.com Inc.//Cal.com Event//EN",
        uid="calcom-b8e2f6a4-1c3d-4e5f-9a7b-6c5d4e3f2a1b@cal.com",
        title="Screening: Rust Developer",
        tzid="UTC",
        zone=None,
        start="20261208T150000Z",
        end="20261208T153000Z",
        organizer=org("jane.doe@lumicode.example", "Jane Doe"),
        people=(att(MAYA, "Maya Example", partstat="ACCEPTED"),),
        text="What: Screening: Rust Developer\nInvitee time zone: Europe/London\nWho:\nJane Doe - Organizer\n"
        "jane.doe@lumicode.example\nMaya Example\nmaya@example.org\nWhere: Cal Video\n"
        "Need to reschedule or cancel? https://cal.com/booking/b8e2f6a4",
        source="Cal.com booking, company only in the organizer's domain",
        user_tz="Europe/London",
        utc=("2026-12-08T15:00:00Z", "2026-12-08T15:30:00Z"),
        who=("jane.doe@lumicode.example",),
        company="Lumicode",
        role="Rust Developer",
    )
    invite(
        "goodtime_meet_the_team_notetaker",
        prodid=GOOGLE,
        uid="goodtime-evt-7d6c5b4a39281706@goodtime.io",
        title="[Orchard Labs] Meet the team · Engineering Manager",
        tzid="Europe/London",
        zone=LONDON,
        start="20261211T140000",
        end="20261211T150000",
        organizer=org("scheduling@orchardlabs.example", "Orchard Labs Interview Scheduling"),
        people=(
            att("raj.patel@orchardlabs.example", "Raj Patel", partstat="ACCEPTED"),
            att("jane.doe@orchardlabs.example", "Jane Doe", partstat="ACCEPTED"),
            att("notetaker@fireflies.ai", "Fireflies.ai Notetaker", partstat="ACCEPTED"),
            me(),
        ),
        text="Scheduled by GoodTime on behalf of Orchard Labs.\nPlease join 2 minutes early.\n\n" + MEET,
        source="GoodTime through Google Calendar, scheduling mailbox organizer, notetaker bot",
        user_tz="Europe/London",
        utc=("2026-12-11T14:00:00Z", "2026-12-11T15:00:00Z"),
        who=(
            "jane.doe@orchardlabs.example",
            "raj.patel@orchardlabs.example",
            "scheduling@orchardlabs.example",
        ),
        company="Orchard Labs",
        role="Engineering Manager",
    )
    invite(
        "gem_hiring_manager_chat_group_calendar",
        prodid=GOOGLE,
        uid="3m5n7b9v1c3x5z7l9k1j3h5g7f@google.com",
        title="Hiring Manager Chat: Head of Growth | Solara Energy",
        tzid="America/New_York",
        zone=NEW_YORK,
        start="20261215T090000",
        end="20261215T094500",
        organizer=org("john.smith@solaraenergy.example", "John Smith"),
        people=(
            att("john.smith@solaraenergy.example", "John Smith", partstat="ACCEPTED"),
            att(
                "solaraenergy.example_8k2m4n6p8r0t2v4x6z@group.calendar.google.com",
                "Recruiting – Interviews",
                partstat="ACCEPTED",
            ),
            me(),
        ),
        text="Hi Maya, this is a 45 minute conversation with John, our CMO, who is hiring for the role.\n\n"
        + MEET,
        source="Gem through Google Calendar, Google group calendar as an attendee",
        user_tz="America/New_York",
        utc=("2026-12-15T14:00:00Z", "2026-12-15T14:45:00Z"),
        who=("john.smith@solaraenergy.example",),
        company="Solara Energy",
        role="Head of Growth",
    )
    invite(
        "modernloop_onsite_interview",
        prodid=EXCHANGE,
        uid="040000008200E00074C5B7101A82E0080000000011223344CCC4DC0100000000000000001000000055667788",
        title="Onsite Interview | Ridgeback Security | Software Engineer II",
        tzid="GMT Standard Time",
        zone=tz_windows("GMT Standard Time", 0),
        start="20261130T093000",
        end="20261130T130000",
        organizer=org("interviews@ridgebacksecurity.example", "Ridgeback Interviews"),
        people=(
            att("raj.patel@ridgebacksecurity.example", "Raj Patel"),
            att("jane.doe@ridgebacksecurity.example", "Jane Doe"),
            att("wei.chen@ridgebacksecurity.example", "Wei Chen"),
            att(
                "ldn-boardroom@ridgebacksecurity.example",
                "LDN Boardroom",
                cutype="ROOM",
                role="NON-PARTICIPANT",
            ),
            att(MAYA, "Maya Example"),
        ),
        text="Scheduled with ModernLoop.\n09:30 Coding (Raj Patel)\n10:30 System design (Wei Chen)\n"
        "11:45 Values & behaviours (Jane Doe)\nPlease bring a laptop.",
        source="ModernLoop through Exchange, 'GMT Standard Time', interviews mailbox organizer, room",
        user_tz="Europe/London",
        utc=("2026-11-30T09:30:00Z", "2026-11-30T13:00:00Z"),
        who=(
            "interviews@ridgebacksecurity.example",
            "jane.doe@ridgebacksecurity.example",
            "raj.patel@ridgebacksecurity.example",
            "wei.chen@ridgebacksecurity.example",
        ),
        company="Ridgeback Security",
        role="Software Engineer II",
    )
    invite(
        "hirevue_live_interview_noreply",
        prodid="-//HireVue//Live Interview//EN",
        uid="hv-live-20261210-aa41c7@hirevue.com",
        title="Live Video Interview with Ridgeway Insurance – Claims Analyst",
        tzid="UTC",
        zone=None,
        start="20261210T170000Z",
        end="20261210T173000Z",
        organizer=org("noreply@hirevue.com", "Ridgeway Insurance via HireVue"),
        people=(att("jane.doe@ridgewayinsurance.example", "Jane Doe"), me()),
        text="You have been scheduled for a live video interview.\nJoin: https://app.hirevue.example/live/aa41c7"
        "\nPlease test your camera and microphone beforehand.",
        source="HireVue live interview, no-reply organizer",
        user_tz="Europe/London",
        utc=("2026-12-10T17:00:00Z", "2026-12-10T17:30:00Z"),
        who=("jane.doe@ridgewayinsurance.example",),
        company="Ridgeway Insurance",
        role="Claims Analyst",
    )
    invite(
        "paradox_assistant_organizer",
        prodid="-//Paradox//Olivia Scheduling//EN",
        uid="paradox-olivia-5c1f9e0d7b@paradox.ai",
        title="Interview with Fairhaven Hotels for Front Office Supervisor",
        tzid="Europe/London",
        zone=LONDON,
        start="20261214T113000",
        end="20261214T120000",
        organizer=org("olivia@paradox.ai", "Olivia (Fairhaven Hotels Recruiting Assistant)"),
        people=(att("raj.patel@fairhavenhotels.example", "Raj Patel"), me("ACCEPTED")),
        text="Hi Maya! It's Olivia, the recruiting assistant for Fairhaven Hotels. You're all set for your "
        "interview with Raj Patel, General Manager. Reply to reschedule.",
        source="Paradox (Olivia) scheduling assistant as organizer",
        user_tz="Europe/London",
        utc=("2026-12-14T11:30:00Z", "2026-12-14T12:00:00Z"),
        who=("raj.patel@fairhavenhotels.example",),
        company="Fairhaven Hotels",
        role="Front Office Supervisor",
    )
    invite(
        "webex_panel_interview",
        prodid="-//Cisco Webex//Webex Meetings//EN",
        uid="webex-26a8f0e1b3c5d7e9f1a3b5c7d9e1f3a5@webex.com",
        title="Panel Interview - Network Engineer - Solent Telecom",
        tzid="GMT Standard Time",
        zone=tz_windows("GMT Standard Time", 0),
        start="20261208T100000",
        end="20261208T113000",
        organizer=org("jane.doe@solenttelecom.example", "Jane Doe"),
        people=(
            att("jane.doe@solenttelecom.example", "Jane Doe", partstat="ACCEPTED"),
            att("john.smith@solenttelecom.example", "John Smith"),
            att("raj.patel@solenttelecom.example", "Raj Patel", partstat="DECLINED"),
            me(),
        ),
        text="Jane Doe is inviting you to a scheduled Webex meeting.\nJoin meeting: "
        "https://solenttelecom.webex.com/meet/jane.doe\nMeeting number (access code): 2631 555 0142",
        source="Webex invite, a declined panellist",
        user_tz="Europe/London",
        utc=("2026-12-08T10:00:00Z", "2026-12-08T11:30:00Z"),
        who=("jane.doe@solenttelecom.example", "john.smith@solenttelecom.example"),
        company="Solent Telecom",
        role="Network Engineer",
    )


def everyday_personal_clients() -> None:
    uid = "9E1B4C2A-7D3F-4A8B-B6C5-1D2E3F4A5B6C"
    case(
        "icloud_floating_recruiter_coffee",
        vcal(
            ICLOUD,
            vevent(
                "CREATED:20261126T193012Z",
                "DTEND:20261207T154500",
                "DTSTAMP:20261126T193045Z",
                "DTSTART:20261207T150000",
                "LAST-MODIFIED:20261126T193045Z",
                "LOCATION:Café Eisvogel\\, Oranienstraße\\, Berlin",
                "SEQUENCE:0",
                summary("Coffee chat w/ recruiter – Pinewood Games"),
                "TRANSP:OPAQUE",
                f"UID:{uid}",
                "URL;VALUE=URI:",
                "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
            ),
        ),
        source="iCloud (macOS Calendar), floating times, no attendees",
        tz="Europe/Berlin",
        events=[
            occ(
                uid,
                "2026-12-07T14:00:00Z",
                "2026-12-07T14:45:00Z",
                interview=True,
                company="Pinewood Games",
            )
        ],
    )
    uid = "b9f1e2d3-c4a5-4b6c-8d7e-f9a0b1c2d3e4"
    case(
        "nextcloud_take_home_review",
        vcal(
            NEXTCLOUD,
            BERLIN,
            vevent(
                "CREATED:20261127T101500Z",
                "DTSTAMP:20261127T101500Z",
                "LAST-MODIFIED:20261127T101500Z",
                "SEQUENCE:2",
                f"UID:{uid}",
                "DTSTART;TZID=Europe/Berlin:20261210T160000",
                "DTEND;TZID=Europe/Berlin:20261210T170000",
                "STATUS:CONFIRMED",
                summary("Take-home review – Mobile Engineer – Brightfin"),
                "LOCATION:https://brightfin.whereby.example/interviews",
                desc("We'll walk through your take-home submission together. 15 min Q&A at the end."),
                org("jane.doe@brightfin.example", "Jane Doe", ";SCHEDULE-STATUS=1.1"),
                att("jane.doe@brightfin.example", "Jane Doe", partstat="ACCEPTED"),
                att("raj.patel@brightfin.example", "Raj Patel", partstat="TENTATIVE"),
                att(MAYA, "Maya Example", partstat="ACCEPTED"),
            ),
        ),
        source="Nextcloud Calendar (CalDAV copy of an accepted invite)",
        tz="Europe/Berlin",
        events=[
            occ(
                uid,
                "2026-12-10T15:00:00Z",
                "2026-12-10T16:00:00Z",
                interview=True,
                who=("jane.doe@brightfin.example", "raj.patel@brightfin.example"),
                company="Brightfin",
                role="Mobile Engineer",
            )
        ],
    )
    invite(
        "fastmail_system_design_round",
        prodid=FASTMAIL,
        uid="4e2c8a1f-6b3d-4f5a-9c7e-0d1f2a3b4c5d",
        title="System design interview (round 3) - Senior SRE at Kelpie Cloud",
        tzid="America/New_York",
        zone=NEW_YORK,
        start="20261214T130000",
        end="20261214T143000",
        organizer=org("raj.patel@kelpiecloud.example", "Raj Patel"),
        people=(att("raj.patel@kelpiecloud.example", "Raj Patel", partstat="ACCEPTED"), me("ACCEPTED")),
        text="Whiteboard: https://excalidraw.example/kelpie\nZoom: https://kelpiecloud.zoom.us/j/5550101",
        source="Fastmail (accepted invite)",
        user_tz="Europe/London",
        utc=("2026-12-14T18:00:00Z", "2026-12-14T19:30:00Z"),
        who=("raj.patel@kelpiecloud.example",),
        company="Kelpie Cloud",
        role="Senior SRE",
    )
    uid = "pK3v9xQw2LmN8rT4yZ1aB6cD0eF5gH7j@proton.me"
    case(
        "proton_tentative_case_interview",
        vcal(
            PROTON,
            LONDON,
            vevent(
                f"UID:{uid}",
                "DTSTAMP:20261127T160000Z",
                "DTSTART;TZID=Europe/London:20261216T130000",
                "DTEND;TZID=Europe/London:20261216T140000",
                summary("Case interview – Associate Consultant – Marlowe & Finch"),
                "LOCATION:Marlowe & Finch\\, 20 Example Lane\\, London",
                org("jane.doe@marlowefinch.example", "Jane Doe"),
                att("jane.doe@marlowefinch.example", "Jane Doe", partstat="ACCEPTED"),
                att(MAYA, "maya@example.org", partstat="TENTATIVE"),
                "SEQUENCE:0",
                "STATUS:TENTATIVE",
            ),
        ),
        source="Proton Calendar, tentative",
        tz="Europe/London",
        events=[
            occ(
                uid,
                "2026-12-16T13:00:00Z",
                "2026-12-16T14:00:00Z",
                interview=True,
                who=("jane.doe@marlowefinch.example",),
                company="Marlowe & Finch",
                role="Associate Consultant",
            )
        ],
    )


# --- the everyday non-interview events around them ------------------------------------------------------------


def single(uid: str, title: str, start: str, end: str, *lines: str, tzid: str = "Europe/London") -> list[str]:
    when = (
        (f"DTSTART:{start}", f"DTEND:{end}")
        if tzid == "UTC"
        else (f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}")
    )
    return vevent(f"UID:{uid}", STAMP, *when, summary(title), *lines)


def no(uid: str, start: str, end: str, rid: str = "", cancelled: bool = False) -> dict[str, Any]:
    return occ(uid, start, end, interview=False, rid=rid, cancelled=cancelled)


def everyday_non_interviews() -> None:
    gym, prep, thanks, research = (
        "0g1y2m3m4o5n6d7a8y9s0a1b2c@google.com",
        "4p5r6e7p8h9a0r1b2o3r4v5i6e@google.com",
        "8t9h0a1n2k3y4o5u6n7o8t9e0s@google.com",
        "2r3e4s5e6a7r8c9h0c1o2p3p4e@google.com",
    )
    case(
        "google_export_everyday_blocks",
        vcal(
            GOOGLE,
            LONDON,
            single(
                gym,
                "Gym 🏋️",
                "20261102T073000",
                "20261102T083000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO",
                "EXDATE;TZID=Europe/London:20261207T073000,20261214T073000",
                "STATUS:CONFIRMED",
                "TRANSP:OPAQUE",
            ),
            single(
                prep,
                "Interview prep: Harborview system design",
                "20261201T180000",
                "20261201T193000",
                desc("Re-read the job ad, practise the data pipeline design out loud, prepare 3 questions."),
                "STATUS:CONFIRMED",
            ),
            single(
                thanks,
                "Send thank-you notes (Fernhill, Harborview)",
                "20261202T180000",
                "20261202T181500",
                "STATUS:CONFIRMED",
                "TRANSP:TRANSPARENT",
            ),
            single(
                research,
                "Research Copperline before interview",
                "20261208T170000",
                "20261208T180000",
                desc("Annual report, Glassdoor, LinkedIn of Jane Doe"),
                "STATUS:CONFIRMED",
            ),
            method="PUBLISH",
            head=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/London"),
        ),
        source="Google Calendar export: gym series with EXDATE, prep block, to-dos",
        tz="Europe/London",
        events=[
            no(gym, "2026-11-30T07:30:00Z", "2026-11-30T08:30:00Z", "20261130T073000Z"),
            no(prep, "2026-12-01T18:00:00Z", "2026-12-01T19:30:00Z"),
            no(thanks, "2026-12-02T18:00:00Z", "2026-12-02T18:15:00Z"),
            no(research, "2026-12-08T17:00:00Z", "2026-12-08T18:00:00Z"),
        ],
    )
    uid = "evt-Wq7Lr2Xn9Pd4@lu.ma"
    case(
        "luma_newsletter_webinar",
        vcal(
            "-//Luma//Event//EN",
            single(
                uid,
                "Webinar: Cracking the system design interview (live Q&A)",
                "20261203T200000Z",
                "20261203T210000Z",
                desc(
                    "Hosted by Dev Careers Weekly. Join the livestream: https://lu.ma/join/Wq7Lr2Xn9Pd4\n"
                    "You are receiving this because you subscribed to our newsletter."
                ),
                org("events@devcareersweekly.example", "Dev Careers Weekly"),
                att(MAYA, "Maya Example", partstat="ACCEPTED"),
                "STATUS:CONFIRMED",
                tzid="UTC",
            ),
            method="REQUEST",
        ),
        source="Luma webinar from a newsletter's events address",
        tz="Europe/London",
        events=[no(uid, "2026-12-03T20:00:00Z", "2026-12-03T21:00:00Z")],
    )
    uid = "7m8o9c0k1i2n3t4e5r6v7i8e9w@google.com"
    case(
        "google_mock_interview_with_friend",
        vcal(
            GOOGLE,
            LONDON,
            single(
                uid,
                "Mock interview (behavioural) with Raj",
                "20261206T110000",
                "20261206T120000",
                desc("Raj plays the hiring manager, then swap. STAR stories!"),
                org("raj.patel.dev@gmail.com", "Raj Patel"),
                att("raj.patel.dev@gmail.com", "Raj Patel", partstat="ACCEPTED"),
                me("ACCEPTED"),
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        source="Google Calendar, practice interview with a friend",
        tz="Europe/London",
        events=[no(uid, "2026-12-06T11:00:00Z", "2026-12-06T12:00:00Z")],
    )
    uid = "040000008200E00074C5B7101A82E0080000000099AA88BBCCC4DC01000000000000000010000000CCDDEEFF"
    case(
        "outlook_user_interviews_candidates",
        vcal(
            EXCHANGE,
            tz_windows("GMT Standard Time", 0),
            single(
                uid,
                "Interview the new-grad candidates – Junior Developer (panel)",
                "20261202T100000",
                "20261202T113000",
                org(MAYA, "Maya Example"),
                att("john.smith@greywell.example", "John Smith"),
                att("candidate.one@example.net", "Alex Candidate"),
                desc("Maya and John interview two new-grad candidates. Scorecards in the ATS by end of day."),
                "STATUS:CONFIRMED",
                tzid="GMT Standard Time",
            ),
            method="REQUEST",
        ),
        source="Exchange, organised by the user for her employer's hiring",
        tz="Europe/London",
        events=[no(uid, "2026-12-02T10:00:00Z", "2026-12-02T11:30:00Z")],
    )
    uid = "040000008200E00074C5B7101A82E00800000000ABCDEF01CCC4DC01000000000000000010000000ABCDEF02"
    case(
        "outlook_exit_interview",
        vcal(
            EXCHANGE,
            tz_windows("GMT Standard Time", 0),
            single(
                uid,
                "Exit interview – Maya Example",
                "20261217T150000",
                "20261217T153000",
                org("people@greywell.example", "Greywell People Team"),
                att(MAYA, "Maya Example"),
                desc("A short conversation about your time at Greywell before your last day."),
                "STATUS:CONFIRMED",
                tzid="GMT Standard Time",
            ),
            method="REQUEST",
        ),
        source="Exchange, exit interview at the current employer",
        tz="Europe/London",
        events=[no(uid, "2026-12-17T15:00:00Z", "2026-12-17T15:30:00Z")],
    )
    uid = "ur-study-checkout-p4-20261209@shopwise.example"
    case(
        "user_research_interview_participant",
        vcal(
            "-//User Interviews//Session//EN",
            single(
                uid,
                "User research interview – checkout flow (participant session)",
                "20261209T120000Z",
                "20261209T124500Z",
                org("research@shopwise.example", "Shopwise Research"),
                att(MAYA, "Maya Example", partstat="ACCEPTED"),
                desc("Thanks for taking part in our study! £40 gift card after the session."),
                "STATUS:CONFIRMED",
                tzid="UTC",
            ),
            method="REQUEST",
        ),
        source="research-panel booking: the user is a study participant",
        tz="Europe/London",
        events=[no(uid, "2026-12-09T12:00:00Z", "2026-12-09T12:45:00Z")],
    )
    uid = "podcast-rec-57@hiringloop.example"
    case(
        "podcast_guest_recording",
        vcal(
            GOOGLE,
            LONDON,
            single(
                uid,
                "Podcast recording: The Hiring Loop ep. 57 – guest Maya Example",
                "20261212T150000",
                "20261212T160000",
                org("host@hiringloop.example", "The Hiring Loop"),
                att(MAYA, "Maya Example", partstat="ACCEPTED"),
                desc(
                    "Riverside link: https://riverside.example/studio/hiringloop – we'll chat about job hunting."
                ),
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        source="Google Calendar, podcast guest recording",
        tz="Europe/London",
        events=[no(uid, "2026-12-12T15:00:00Z", "2026-12-12T16:00:00Z")],
    )
    uid = "eventbrite-1188337744-20261212@eventbrite.com"
    case(
        "eventbrite_job_fair_all_day",
        vcal(
            "-//Eventbrite//Eventbrite//EN",
            vevent(
                f"UID:{uid}",
                STAMP,
                "DTSTART;VALUE=DATE:20261212",
                "DTEND;VALUE=DATE:20261213",
                summary("London Tech Careers Fair 2026"),
                "LOCATION:ExCeL London",
                desc("Meet 80+ hiring companies. Bring printed CVs."),
                "TRANSP:TRANSPARENT",
            ),
            method="PUBLISH",
        ),
        source="Eventbrite ticket, all-day job fair",
        tz="Europe/London",
        events=[no(uid, "2026-12-12T00:00:00Z", "2026-12-13T00:00:00Z")],
    )
    uid = "tripit-7731928-seg-1@tripit.com"
    case(
        "tripit_flight_to_onsite",
        vcal(
            "-//TripIt//TripIt Calendar//EN",
            single(
                uid,
                "BA982 LHR to BER",
                "20261206T171500Z",
                "20261206T190000Z",
                "LOCATION:London Heathrow (LHR)",
                desc("British Airways 982, seat 14C. Trip: Berlin (Kranich Pay second interview)"),
                tzid="UTC",
            ),
            method="PUBLISH",
        ),
        source="TripIt feed, flight to an onsite",
        tz="Europe/London",
        events=[no(uid, "2026-12-06T17:15:00Z", "2026-12-06T19:00:00Z")],
    )
    one = "040000008200E00074C5B7101A82E00800000000AA11BB22CCC4DC01000000000000000010000000DD33EE44"
    case(
        "outlook_weekly_one_on_one_moved_and_skipped",
        vcal(
            EXCHANGE,
            tz_windows("GMT Standard Time", 0),
            single(
                one,
                "Maya / Jane 1:1",
                "20261006T100000",
                "20261006T103000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=MO",
                "EXDATE;TZID=GMT Standard Time:20261215T100000",
                org("jane.doe@greywell.example", "Jane Doe"),
                att(MAYA, "Maya Example", partstat="ACCEPTED"),
                "STATUS:CONFIRMED",
                "SEQUENCE:1",
                tzid="GMT Standard Time",
            ),
            single(
                one,
                "Maya / Jane 1:1",
                "20261209T130000",
                "20261209T133000",
                "RECURRENCE-ID;TZID=GMT Standard Time:20261208T100000",
                org("jane.doe@greywell.example", "Jane Doe"),
                att(MAYA, "Maya Example", partstat="ACCEPTED"),
                "STATUS:CONFIRMED",
                "SEQUENCE:2",
                tzid="GMT Standard Time",
            ),
            method="PUBLISH",
        ),
        source="Exchange calendar export, weekly 1:1 with EXDATE and a moved occurrence",
        tz="Europe/London",
        events=[
            no(one, "2026-12-01T10:00:00Z", "2026-12-01T10:30:00Z", "20261201T100000Z"),
            no(one, "2026-12-09T13:00:00Z", "2026-12-09T13:30:00Z", "20261208T100000Z"),
        ],
    )
    uid = "perf-review-h2-2026@greywell.example"
    case(
        "performance_review_current_job",
        vcal(
            GOOGLE,
            LONDON,
            single(
                uid,
                "H2 performance review – Maya",
                "20261204T100000",
                "20261204T110000",
                org("jane.doe@greywell.example", "Jane Doe"),
                att("jane.doe@greywell.example", "Jane Doe", partstat="ACCEPTED"),
                me("ACCEPTED"),
                desc("Self-assessment in Lattice beforehand please."),
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        source="Google Calendar, performance review at the current employer",
        tz="Europe/London",
        events=[no(uid, "2026-12-04T10:00:00Z", "2026-12-04T11:00:00Z")],
    )


# --- in the shapes of the failure classes -----------------------------------------------------------------------


def failure_shapes_titles() -> None:
    invite(
        "google_research_in_company_and_role",
        prodid=GOOGLE,
        uid="6f7e8d9c0b1a2f3e4d5c6b7a8f@google.com",
        title="Interview – Fennick Research Institute – Research Scientist",
        tzid="Europe/London",
        zone=LONDON,
        start="20261203T103000",
        end="20261203T113000",
        organizer=org("hr@fennickresearch.example", "Fennick Research HR"),
        people=(att("jane.doe@fennickresearch.example", "Dr Jane Doe", partstat="ACCEPTED"), me()),
        text="Dear Maya,\nplease prepare a 10-minute presentation of your recent research.\n\n" + MEET,
        source="Google Calendar: 'Research' in company and role",
        user_tz="Europe/London",
        utc=("2026-12-03T10:30:00Z", "2026-12-03T11:30:00Z"),
        who=("hr@fennickresearch.example", "jane.doe@fennickresearch.example"),
        company="Fennick Research Institute",
        role="Research Scientist",
    )
    invite(
        "outlook_prep_in_company_name",
        prodid=EXCHANGE,
        uid="040000008200E00074C5B7101A82E0080000000012AB34CDCCC4DC0100000000000000001000000056EF78AB",
        title="PrepPoint Tutors | Curriculum Lead | second interview",
        tzid="GMT Standard Time",
        zone=tz_windows("GMT Standard Time", 0),
        start="20261207T160000",
        end="20261207T170000",
        organizer=org("john.smith@preppoint.example", "John Smith"),
        people=(att(MAYA, "Maya Example"), att("jane.doe@preppoint.example", "Jane Doe")),
        text="Hi Maya, thanks again for last week. Second interview with our Head of Learning.\n\n" + TEAMS,
        source="Exchange: 'Prep' in the company name",
        user_tz="Europe/London",
        utc=("2026-12-07T16:00:00Z", "2026-12-07T17:00:00Z"),
        who=("jane.doe@preppoint.example", "john.smith@preppoint.example"),
        company="PrepPoint Tutors",
        role="Curriculum Lead",
    )
    invite(
        "google_sync_in_company_name",
        prodid=GOOGLE,
        uid="9s8y7n6c5o4p3a2t1e0a9u8d7i@google.com",
        title="Syncopate Audio – Android Engineer – technical interview",
        tzid="Europe/Berlin",
        zone=BERLIN,
        start="20261211T160000",
        end="20261211T170000",
        organizer=org("recruiting@syncopate.example", "Syncopate Recruiting"),
        people=(
            att("lena.weber@syncopate.example", "Lena Weber", partstat="ACCEPTED"),
            att("recruiting@syncopate.example", "Syncopate Recruiting", partstat="ACCEPTED"),
            me(),
        ),
        text="Live coding in Kotlin, 60 min.\n\n" + MEET,
        source="Google Calendar: company-first title, 'Sync' in the company name",
        user_tz="Europe/Berlin",
        utc=("2026-12-11T15:00:00Z", "2026-12-11T16:00:00Z"),
        who=("lena.weber@syncopate.example", "recruiting@syncopate.example"),
        company="Syncopate Audio",
        role="Android Engineer",
    )
    invite(
        "google_group_calendar_organizer",
        prodid=GOOGLE,
        uid="1g2r3o4u5p6c7a8l9o0r1g2a3n@google.com",
        title="Interview: Data Scientist – Amberleaf",
        tzid="Europe/London",
        zone=LONDON,
        start="20261209T153000",
        end="20261209T163000",
        organizer=org("amberleaf.example_5r7t9y1u3i5o7p9a@group.calendar.google.com", "Amberleaf Interviews"),
        people=(att("jane.doe@amberleaf.example", "Jane Doe", partstat="ACCEPTED"), me()),
        text="Hi Maya, Jane Doe (Lead Data Scientist) will meet you.\n\n" + MEET,
        source="Google Calendar: event on a group calendar, which is the organizer",
        user_tz="Europe/London",
        utc=("2026-12-09T15:30:00Z", "2026-12-09T16:30:00Z"),
        who=("jane.doe@amberleaf.example",),
        company="Amberleaf",
        role="Data Scientist",
    )
    invite(
        "outlook_company_first_interview_dash",
        prodid=OUTLOOK,
        uid="040000008200E00074C5B7101A82E0080000000033CC44DDCDC4DC0100000000000000001000000055EE66FF",
        title="Oakridge interview – QA Lead",
        tzid="W. Europe Standard Time",
        zone=tz_windows("W. Europe Standard Time", 60),
        start="20261201T150000",
        end="20261201T160000",
        organizer=org("jan.de.boer@oakridge.example", "Jan de Boer"),
        people=(att(MAYA, "Maya Example"),),
        text="Hi Maya,\n\nAs discussed, here is the invite for the QA Lead interview.\n\n" + TEAMS,
        source="Outlook: company-first title",
        user_tz="Europe/Amsterdam",
        utc=("2026-12-01T14:00:00Z", "2026-12-01T15:00:00Z"),
        who=("jan.de.boer@oakridge.example",),
        company="Oakridge",
        role="QA Lead",
    )
    invite(
        "google_people_names_only",
        prodid=GOOGLE,
        uid="5j6a7n8e9d0o1e2m3a4y5a6e7x@google.com",
        title="Jane Doe / Maya Example",
        tzid="Europe/London",
        zone=LONDON,
        start="20261217T110000",
        end="20261217T113000",
        organizer=org("jane.doe@quorra.example", "Jane Doe"),
        people=(att("jane.doe@quorra.example", "Jane Doe", partstat="ACCEPTED"), me()),
        text="Hi Maya – quick first conversation about the Solutions Architect role at Quorra.\n\n" + MEET,
        source="Google Calendar: title of two people's names",
        user_tz="Europe/London",
        utc=("2026-12-17T11:00:00Z", "2026-12-17T11:30:00Z"),
        who=("jane.doe@quorra.example",),
        company="Quorra",
        role="",
    )
    invite(
        "google_title_with_user_name_brackets",
        prodid=GOOGLE,
        uid="3u4s5e6r7n8a9m0e1t2i3t4l5e@google.com",
        title="Maya Example (Platform Engineer) – Final Interview @ Bexley Partners",
        tzid="Europe/London",
        zone=LONDON,
        start="20261217T130000",
        end="20261217T143000",
        organizer=org("talent@bexleypartners.example", "Bexley Partners Talent"),
        people=(
            att("raj.patel@bexleypartners.example", "Raj Patel", partstat="ACCEPTED"),
            att("bexley-hiring@bexleypartners.example", "Platform hiring panel", cutype="GROUP"),
            me(),
        ),
        text="Final interview with Raj Patel (CTO).\n\n" + MEET,
        source="Google Calendar: the user's name and role in brackets first, group attendee",
        user_tz="Europe/London",
        utc=("2026-12-17T13:00:00Z", "2026-12-17T14:30:00Z"),
        who=("raj.patel@bexleypartners.example", "talent@bexleypartners.example"),
        company="Bexley Partners",
        role="Platform Engineer",
    )


def failure_shapes_series_and_streams() -> None:
    uid = "5C2B7E1A-3F4D-4B9C-A8E6-0D1C2B3A4F5E"
    rows = ("Assessmentdag – Traineeprogramma – Veldhuis Bouw B.V.", "Veldhuis Bouw B.V.", "Traineeprogramma")
    people = (
        org("sanne.bakker@veldhuisbouw.example", "Sanne Bakker"),
        att("sanne.bakker@veldhuisbouw.example", "Sanne Bakker", partstat="ACCEPTED"),
        att(MAYA, "Maya Example", partstat="ACCEPTED"),
    )
    amsterdam = tz_eu("Europe/Amsterdam", 1, "CET", "CEST")
    case(
        "icloud_assessment_days_this_and_future",
        vcal(
            ICLOUD,
            amsterdam,
            vevent(
                f"UID:{uid}",
                "DTSTAMP:20261127T120000Z",
                "DTSTART;TZID=Europe/Amsterdam:20261214T090000",
                "DTEND;TZID=Europe/Amsterdam:20261214T120000",
                "RRULE:FREQ=DAILY;COUNT=3",
                summary(rows[0]),
                "LOCATION:Veldhuis Bouw\\, Voorbeeldweg 1\\, Utrecht",
                *people,
                "SEQUENCE:0",
            ),
            vevent(
                f"UID:{uid}",
                "DTSTAMP:20261128T090000Z",
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Amsterdam:20261215T090000",
                "DTSTART;TZID=Europe/Amsterdam:20261215T100000",
                "DTEND;TZID=Europe/Amsterdam:20261215T130000",
                summary(rows[0]),
                "LOCATION:Veldhuis Bouw\\, Voorbeeldweg 1\\, Utrecht",
                *people,
                "SEQUENCE:1",
            ),
        ),
        source="iCloud: a three-day assessment series moved an hour later from day two (RANGE=THISANDFUTURE)",
        tz="Europe/Amsterdam",
        events=[
            occ(
                uid,
                f"2026-12-{d}T{h0}:00:00Z",
                f"2026-12-{d}T{h1}:00:00Z",
                interview=True,
                rid=f"202612{d}T080000Z",
                who=("sanne.bakker@veldhuisbouw.example",),
                company=rows[1],
                role=rows[2],
            )
            for d, h0, h1 in (("14", "08", "11"), ("15", "09", "12"), ("16", "09", "12"))
        ],
    )
    uid = "f0e1d2c3-b4a5-4968-8776-655443322110"
    case(
        "thunderbird_job_club_this_and_future",
        vcal(
            "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
            LONDON,
            vevent(
                "CREATED:20261101T100000Z",
                "LAST-MODIFIED:20261101T100000Z",
                STAMP,
                f"UID:{uid}",
                summary("Job club – CV & interview practice"),
                "RRULE:FREQ=WEEKLY",
                "DTSTART;TZID=Europe/London:20261105T180000",
                "DTEND;TZID=Europe/London:20261105T193000",
                "LOCATION:Central Library\\, room 2",
            ),
            vevent(
                "CREATED:20261101T100000Z",
                "LAST-MODIFIED:20261128T100000Z",
                STAMP,
                f"UID:{uid}",
                summary("Job club – CV & interview practice"),
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/London:20261210T180000",
                "DTSTART;TZID=Europe/London:20261210T183000",
                "DTEND;TZID=Europe/London:20261210T200000",
                "LOCATION:Community Hall\\, Example Road",
            ),
        ),
        source="Thunderbird: weekly job club moved from one week on (RANGE=THISANDFUTURE)",
        tz="Europe/London",
        events=[
            no(uid, "2026-12-03T18:00:00Z", "2026-12-03T19:30:00Z", "20261203T180000Z"),
            no(uid, "2026-12-10T18:30:00Z", "2026-12-10T20:00:00Z", "20261210T180000Z"),
            no(uid, "2026-12-17T18:30:00Z", "2026-12-17T20:00:00Z", "20261217T180000Z"),
        ],
    )
    uid = "040000008200E00074C5B7101A82E00800000000778899AACDC4DC01000000000000000010000000BBCCDDEE"
    title = "Interview – Logistics Planner – Halden Freight"
    west = tz_windows("W. Europe Standard Time", 60)

    def halden(
        method: str, seq: int, day: str, hour: str, prefix: str = "", status: str = "CONFIRMED"
    ) -> str:
        return vcal(
            EXCHANGE,
            west,
            vevent(
                org("lea.hoffmann@haldenfreight.example", "Hoffmann, Lea"),
                att(MAYA, "Maya Example"),
                att("tim.vogel@haldenfreight.example", "Vogel, Tim"),
                f"UID:{uid}",
                summary(prefix + title, "en-US"),
                f"DTSTART;TZID=W. Europe Standard Time:202612{day}T{hour}0000",
                f"DTEND;TZID=W. Europe Standard Time:202612{day}T{int(hour) + 1}0000",
                f"DTSTAMP:2026112{5 + seq}T090000Z",
                f"SEQUENCE:{seq}",
                f"STATUS:{status}",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                *(("PRIORITY:1",) if method == "CANCEL" else ()),
            ),
            method=method,
        )

    case(
        "outlook_request_update_cancel_stream",
        halden("REQUEST", 0, "08", "10")
        + halden("REQUEST", 1, "09", "11")
        + halden("CANCEL", 2, "09", "11", "Canceled: ", "CANCELLED"),
        source="Exchange: request, update and cancellation of one interview in one file",
        tz="Europe/Berlin",
        events=[
            occ(
                uid,
                "2026-12-09T10:00:00Z",
                "2026-12-09T11:00:00Z",
                interview=True,
                cancelled=True,
                who=("lea.hoffmann@haldenfreight.example", "tim.vogel@haldenfreight.example"),
                company="Halden Freight",
                role="Logistics Planner",
            )
        ],
    )
    uid = "8p9e0l1l2u3c4i5d6f7i8n9a0l@google.com"

    def pellucid(seq: int, day: str, begin: str, finish: str) -> str:
        return vcal(
            GOOGLE,
            LONDON,
            vevent(
                f"DTSTART;TZID=Europe/London:202612{day}T{begin}00",
                f"DTEND;TZID=Europe/London:202612{day}T{finish}00",
                f"DTSTAMP:2026112{6 + seq}T100000Z",
                org("priya.shah@pellucid.example", "Priya Shah"),
                f"UID:{uid}",
                att("priya.shah@pellucid.example", "Priya Shah", partstat="ACCEPTED"),
                att("tom.baker@pellucid.example", "Tom Baker", partstat="ACCEPTED"),
                me(),
                desc("Final interview with our VP Engineering and CTO.\n\n" + MEET),
                f"SEQUENCE:{seq}",
                "STATUS:CONFIRMED",
                summary("Pellucid – Platform Engineering Manager – final interview"),
            ),
            method="REQUEST",
        )

    case(
        "google_request_then_update_moved",
        pellucid(0, "10", "1400", "1530") + pellucid(1, "11", "1100", "1230"),
        source="Google: invitation and rescheduled update saved into one file",
        tz="Europe/London",
        events=[
            occ(
                uid,
                "2026-12-11T11:00:00Z",
                "2026-12-11T12:30:00Z",
                interview=True,
                who=("priya.shah@pellucid.example", "tom.baker@pellucid.example"),
                company="Pellucid",
                role="Platform Engineering Manager",
            )
        ],
    )
    uid = "040000008200E00074C5B7101A82E0080000000066554433CDC4DC0100000000000000001000000022110099"
    case(
        "outlook_lone_cancellation_romance_no_vtimezone",
        vcal(
            EXCHANGE,
            vevent(
                org("camille.martin@tarnwell.example", "Martin, Camille"),
                att(MAYA, "Maya Example"),
                desc("The position has been filled internally. We apologise for the inconvenience."),
                f"UID:{uid}",
                summary(
                    "Canceled: Hiring manager interview - Tarnwell Insurance - Actuarial Analyst", "en-US"
                ),
                "DTSTART;TZID=Romance Standard Time:20261211T100000",
                "DTEND;TZID=Romance Standard Time:20261211T110000",
                "DTSTAMP:20261130T084500Z",
                "SEQUENCE:1",
                "STATUS:CANCELLED",
                "PRIORITY:1",
                "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
            ),
            method="CANCEL",
        ),
        source="Exchange: a lone cancellation, Windows zone without VTIMEZONE",
        tz="Europe/Paris",
        events=[
            occ(
                uid,
                "2026-12-11T09:00:00Z",
                "2026-12-11T10:00:00Z",
                interview=True,
                cancelled=True,
                who=("camille.martin@tarnwell.example",),
                company="Tarnwell Insurance",
                role="Actuarial Analyst",
            )
        ],
    )


def failure_shapes_zones() -> None:
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4CEC4DC01000000000000000010000000E5F6A7B8"
    case(
        "bookings_tzone_utc_quoted_no_company_in_title",
        vcal(
            EXCHANGE,
            vevent(
                org("talentbookings@ashcombe.example", "Ashcombe Talent Bookings"),
                att("olivia.brown@ashcombe.example", "Olivia Brown"),
                att(MAYA, "Maya Example"),
                desc("Recruiter call booked with Microsoft Bookings.\nStaff: Olivia Brown\n\n" + TEAMS),
                f"UID:{uid}",
                summary("Recruiter call with Maya Example"),
                'DTSTART;TZID="tzone://Microsoft/Utc":20261202T090000',
                'DTEND;TZID="tzone://Microsoft/Utc":20261202T093000',
                "DTSTAMP:20261126T140000Z",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        source="Microsoft Bookings: quoted tzone://Microsoft/Utc, company only in the organizer's domain",
        tz="Europe/London",
        events=[
            occ(
                uid,
                "2026-12-02T09:00:00Z",
                "2026-12-02T09:30:00Z",
                interview=True,
                who=("olivia.brown@ashcombe.example", "talentbookings@ashcombe.example"),
                company="Ashcombe",
            )
        ],
    )
    uid = "040000008200E00074C5B7101A82E00800000000B2C3D4E5CEC4DC01000000000000000010000000F6A7B8C9"
    case(
        "outlook_mac_tzone_utc_bare",
        vcal(
            "-//Microsoft Corporation//Outlook for Mac 16.91//EN",
            vevent(
                f"UID:{uid}",
                summary("Technical screen / Cloud Engineer / Nimbusworks"),
                "DTSTART;TZID=tzone://Microsoft/Utc:20261214T160000",
                "DTEND;TZID=tzone://Microsoft/Utc:20261214T170000",
                "DTSTAMP:20261127T110000Z",
                org("raj.patel@nimbusworks.example", "Raj Patel"),
                att(MAYA, "Maya Example", partstat="ACCEPTED"),
                att("sofia.garcia@nimbusworks.example", "Sofia Garcia"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                desc("Terraform and Kubernetes questions, shared editor.\n\n" + TEAMS),
            ),
            method="REQUEST",
        ),
        source="Outlook for Mac: bare tzone://Microsoft/Utc",
        tz="Europe/London",
        events=[
            occ(
                uid,
                "2026-12-14T16:00:00Z",
                "2026-12-14T17:00:00Z",
                interview=True,
                who=("raj.patel@nimbusworks.example", "sofia.garcia@nimbusworks.example"),
                company="Nimbusworks",
                role="Cloud Engineer",
            )
        ],
    )
    uid = "040000008200E00074C5B7101A82E00800000000C3D4E5F6CEC4DC0100000000000000001000000007A8B9CA"
    custom = tz_windows("Eastern Standard Time", -300, summer="us")
    custom[1] = "TZID:Customized Time Zone"
    case(
        "outlook_customized_time_zone",
        vcal(
            OUTLOOK,
            custom,
            vevent(
                "CLASS:PUBLIC",
                'DTSTART;TZID="Customized Time Zone":20261215T100000',
                'DTEND;TZID="Customized Time Zone":20261215T110000',
                "DTSTAMP:20261127T150000Z",
                org("chloe.tremblay@maplebirch.example", "Chloe Tremblay"),
                att(MAYA, "Maya Example"),
                att("marc.gagnon@maplebirch.example", "Marc Gagnon"),
                summary("Interview with Maple & Birch LLP – Senior Accountant"),
                f"UID:{uid}",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                desc("Video call – link to follow from our office in Toronto."),
            ),
            method="REQUEST",
        ),
        source="Outlook desktop: 'Customized Time Zone' defined only by its VTIMEZONE",
        tz="America/Toronto",
        events=[
            occ(
                uid,
                "2026-12-15T15:00:00Z",
                "2026-12-15T16:00:00Z",
                interview=True,
                who=("chloe.tremblay@maplebirch.example", "marc.gagnon@maplebirch.example"),
                company="Maple & Birch LLP",
                role="Senior Accountant",
            )
        ],
    )


def main() -> None:
    everyday_google()
    everyday_exchange()
    everyday_tools()
    everyday_languages()
    everyday_more_tools()
    everyday_personal_clients()
    everyday_non_interviews()
    failure_shapes_titles()
    failure_shapes_series_and_streams()
    failure_shapes_zones()
    write()


if __name__ == "__main__":
    main()
