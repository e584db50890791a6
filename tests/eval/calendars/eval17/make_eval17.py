"""Writes the eval17 held-out calendars (`NAME.ics` + `NAME.expected.json`); rerunning rewrites the same bytes."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
WINDOW = ["2026-12-07T00:00:00Z", "2026-12-19T00:00:00Z"]
STAMP = "20261201T091500Z"
CASES: list[tuple[str, str, dict[str, object]]] = []


def fold(line: str) -> str:
    """Folds a content line at 75 octets without splitting a UTF-8 character."""
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def z(local: str, offset: float) -> str:
    """A local wall time (YYYYMMDDTHHMMSS) at a fixed UTC offset in hours, as the expected UTC stamp."""
    moment = datetime.strptime(local, "%Y%m%dT%H%M%S") - timedelta(hours=offset)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def rid(local: str, offset: float) -> str:
    return z(local, offset).replace("-", "").replace(":", "")


def occ(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool,
    people: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
    recurrence: str = "",
    cancelled: bool = False,
) -> dict[str, object]:
    return {
        "uid": uid,
        "recurrence_id": recurrence,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(p.lower() for p in people),
        "company": company,
        "role": role,
    }


def add(name: str, text: str, events: list[dict[str, object]], *, source: str, tz: str) -> None:
    lines = [fold(x) for x in text.strip("\n").split("\n")]
    body = "\r\n".join(lines) + "\r\n"
    expected = {
        "source": source,
        "user_addresses": [USER],
        "user_timezone": tz,
        "window": WINDOW,
        "events": events,
    }
    CASES.append((name, body, expected))


VTZ_BERLIN = """BEGIN:VTIMEZONE
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


def ms_vtz(tzid: str, std: str, dst: str | None) -> str:
    """An Exchange-style VTIMEZONE: one STANDARD, and a DAYLIGHT part when the zone has one."""
    if dst is None:
        return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:{std}
TZOFFSETTO:{std}
END:STANDARD
END:VTIMEZONE"""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


GOOGLE = "PRODID:-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "PRODID:Microsoft Exchange Server 2010"
TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGQ0@thread.v2/0"
MEET = "https://meet.google.com/kzu-pdfe-qwr"


def att(cn: str, addr: str, ps: str = "NEEDS-ACTION", cu: str = "", role: str = "REQ-PARTICIPANT") -> str:
    cutype = f"CUTYPE={cu};" if cu else ""
    name = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    return f"ATTENDEE;{cutype}ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{addr}"


def org(cn: str, addr: str) -> str:
    name = f'"{cn}"' if any(c in cn for c in ",;:") else cn
    return f"ORGANIZER;CN={name}:mailto:{addr}"


ME = att("Maya Example", USER, "ACCEPTED")
ME_NA = att("Maya Example", USER)


def failure_classes() -> None:
    """Issue 9's failure classes, each written as the calendar that would carry it."""
    # 1. Veto-looking word in the company and the role, next to her own prep and research blocks.
    uid = "3k9q2v7m1h0b8fj4n6t5r2c0as@google.com"
    add(
        "google_export_research_company_and_prep",
        f"""BEGIN:VCALENDAR
{GOOGLE}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:maya@example.org
X-WR-TIMEZONE:Europe/Berlin
{VTZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261209T140000
DTEND;TZID=Europe/Berlin:20261209T150000
DTSTAMP:{STAMP}
{org("Ingrid Halvorsen", "ingrid.halvorsen@halvorsenresearch.example")}
UID:{uid}
{att("Ingrid Halvorsen", "ingrid.halvorsen@halvorsenresearch.example", "ACCEPTED")}
{ME}
{att("Tobias Lind", "tobias.lind@halvorsenresearch.example", "ACCEPTED")}
X-GOOGLE-CONFERENCE:{MEET}
CREATED:20261125T101010Z
DESCRIPTION:Hi Maya\\, looking forward to talking about the Applied Research Sc
 ientist role. Tobias from the ML team will join.\\n\\nJoin with Google Meet: {MEET}
LAST-MODIFIED:20261125T101500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Halvorsen Research – Applied Research Scientist – interview
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261209T123000
DTEND;TZID=Europe/Berlin:20261209T133000
DTSTAMP:{STAMP}
UID:5pl0c2m8e1vq7d3a9b6n4k1s2t@google.com
CREATED:20261126T080000Z
DESCRIPTION:Re-read their NeurIPS paper\\, STAR stories\\, questions for Ingrid
LAST-MODIFIED:20261126T080000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep: Halvorsen Research interview
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261208T190000
DTEND;TZID=Europe/Berlin:20261208T200000
DTSTAMP:{STAMP}
UID:0q8w7e6r5t4y3u2i1o9p8a7s6d@google.com
CREATED:20261126T080100Z
LAST-MODIFIED:20261126T080100Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research Halvorsen Research team + recent papers
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-09T13:00:00Z",
                "2026-12-09T14:00:00Z",
                interview=True,
                people=(
                    "ingrid.halvorsen@halvorsenresearch.example",
                    "tobias.lind@halvorsenresearch.example",
                ),
                company="Halvorsen Research",
                role="Applied Research Scientist",
            ),
            occ(
                "5pl0c2m8e1vq7d3a9b6n4k1s2t@google.com",
                "2026-12-09T11:30:00Z",
                "2026-12-09T12:30:00Z",
                interview=False,
            ),
            occ(
                "0q8w7e6r5t4y3u2i1o9p8a7s6d@google.com",
                "2026-12-08T18:00:00Z",
                "2026-12-08T19:00:00Z",
                interview=False,
            ),
        ],
        source="Google Calendar export",
        tz="Europe/Berlin",
    )

    # 2. "Review" in the role; Outlook without VTIMEZONE; a room among the attendees.
    uid = "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4"
    add(
        "outlook_review_role_room_pacific",
        f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
{org("Priya Raman", "priya.raman@tidewater.example")}
{att("Maya Example", USER)}
{att("Owen Baptiste", "owen.baptiste@tidewater.example")}
{att("SEA-18-Harbor (6)", "rm-sea18-harbor@tidewater.example", cu="ROOM", role="NON-PARTICIPANT")}
CLASS:PUBLIC
CREATED:20261130T170212Z
DESCRIPTION:Hi Maya\\,\\n\\nThis is your second round for the Code Review Platf
 orm Engineer position: 45 minutes with Owen (engineering) and me.\\n\\nPriya\\n
DTEND;TZID=Pacific Standard Time:20261210T113000
DTSTAMP:{STAMP}
DTSTART;TZID=Pacific Standard Time:20261210T103000
LAST-MODIFIED:20261130T170212Z
LOCATION:SEA-18-Harbor (6)
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Tidewater Systems | Code Review Platform Engineer | Second round
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-10T18:30:00Z",
                "2026-12-10T19:30:00Z",
                interview=True,
                people=("priya.raman@tidewater.example", "owen.baptiste@tidewater.example"),
                company="Tidewater Systems",
                role="Code Review Platform Engineer",
            )
        ],
        source="Outlook desktop invitation",
        tz="America/Los_Angeles",
    )

    # 3. "Sync" in the company name; a declined interviewer; Greenhouse's UTC invite.
    uid = "greenhouse-interview-58213377-2026@syncwell.example"
    add(
        "greenhouse_sync_company_declined",
        f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART:20261208T130000Z
DTEND:20261208T140000Z
SUMMARY:Interview with Syncwell GmbH: Backend Engineer (Technical Interview)
{org("Lena Vogt", "lena.vogt@syncwell.example")}
{ME_NA}
{att("Jonas Weber", "jonas.weber@syncwell.example", "ACCEPTED")}
{att("Mira Ahn", "mira.ahn@syncwell.example", "DECLINED")}
LOCATION:https://syncwell.zoom.example/j/83120044561
DESCRIPTION:Technical interview (60 min) with Jonas Weber.\\nJoin Zoom: https
 ://syncwell.zoom.example/j/83120044561\\nScheduled via Greenhouse
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-08T13:00:00Z",
                "2026-12-08T14:00:00Z",
                interview=True,
                people=("jonas.weber@syncwell.example", "lena.vogt@syncwell.example"),
                company="Syncwell GmbH",
                role="Backend Engineer",
            )
        ],
        source="Greenhouse invitation",
        tz="Europe/Berlin",
    )

    # 4. "Training" in the company; a Google group calendar and a resource among the guests.
    uid = "6h2j4k8l0z1x3c5v7b9n1m3q5w@google.com"
    hiring_group = "brightwater-training.example_4f6a2c9d1e8b3a7c@group.calendar.google.com"
    add(
        "google_training_company_group_resource",
        f"""BEGIN:VCALENDAR
{GOOGLE}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261211T100000
DTEND;TZID=Europe/London:20261211T113000
DTSTAMP:{STAMP}
{org("Jane Doe", "jane.doe@brightwater-training.example")}
UID:{uid}
{att("Jane Doe", "jane.doe@brightwater-training.example", "ACCEPTED")}
{ME_NA}
{att("Raj Patel", "raj.patel@brightwater-training.example", "ACCEPTED")}
{att("Hiring – Learning & Development", hiring_group, "ACCEPTED")}
{att("Leeds-2-Aire (8) [Meet]", "c_1883437a9b2f4e51@resource.calendar.google.com", "ACCEPTED", cu="RESOURCE")}
X-GOOGLE-CONFERENCE:{MEET}
DESCRIPTION:Panel with Raj (Head of L&D) and me. 20 minutes for your portfolio
 \\, then questions.\\n\\nJoin with Google Meet: {MEET}
LOCATION:Leeds-2-Aire (8) [Meet]
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brightwater Training Co. — Learning Experience Designer — Panel interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-11T10:00:00Z",
                "2026-12-11T11:30:00Z",
                interview=True,
                people=("jane.doe@brightwater-training.example", "raj.patel@brightwater-training.example"),
                company="Brightwater Training Co.",
                role="Learning Experience Designer",
            )
        ],
        source="Google Calendar invitation",
        tz="Europe/London",
    )

    # 5. A Google group calendar organises; "Workshop" is the company.
    uid = "1a9s8d7f6g5h4j3k2l1z0x9c8v@google.com"
    group = "c_9a1f03be77d24c51b8e2f6@group.calendar.google.com"
    add(
        "google_group_organizer_workshop_company",
        f"""BEGIN:VCALENDAR
{GOOGLE}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20261214T150000
DTEND;TZID=Europe/Amsterdam:20261214T160000
DTSTAMP:{STAMP}
{org("Workshop Nine – Recruiting", group)}
UID:{uid}
{ME_NA}
{att("Sofie Kramer", "sofie@workshopnine.example", "ACCEPTED")}
{att("Daan de Vries", "daan@workshopnine.example", "NEEDS-ACTION")}
X-GOOGLE-CONFERENCE:{MEET}
DESCRIPTION:Portfolio interview for the Product Designer role with Sofie and
  Daan.\\n\\nJoin with Google Meet: {MEET}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Workshop Nine · Product Designer · Portfolio interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-14T14:00:00Z",
                "2026-12-14T15:00:00Z",
                interview=True,
                people=("daan@workshopnine.example", "sofie@workshopnine.example"),
                company="Workshop Nine",
                role="Product Designer",
            )
        ],
        source="Google Calendar invitation",
        tz="Europe/Amsterdam",
    )

    # 6. "Planificación" in a Spanish role; Outlook's Windows zone without VTIMEZONE; a room.
    uid = "040000008200E00074C5B7101A82E008000000003C1D2E4F5A6BDC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6"
    add(
        "outlook_es_planning_role_romance",
        f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
{org("Lucía Ferrer", "lucia.ferrer@grupoalcarria.example")}
{att("Maya Example", USER)}
{att("Andrés Molina", "andres.molina@grupoalcarria.example")}
{att("Sala Tajo (planta 3)", "sala.tajo@grupoalcarria.example", cu="ROOM", role="NON-PARTICIPANT")}
DESCRIPTION;LANGUAGE=es-ES:Hola Maya\\, te enviamos la convocatoria para la en
 trevista técnica. Duración: 1 hora.\\n
DTEND;TZID=Romance Standard Time:20261215T103000
DTSTAMP:{STAMP}
DTSTART;TZID=Romance Standard Time:20261215T093000
LOCATION;LANGUAGE=es-ES:Sala Tajo (planta 3)
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Jefa de Planificación de Demanda – Grupo Alcarria
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-15T08:30:00Z",
                "2026-12-15T09:30:00Z",
                interview=True,
                people=("andres.molina@grupoalcarria.example", "lucia.ferrer@grupoalcarria.example"),
                company="Grupo Alcarria",
                role="Jefa de Planificación de Demanda",
            )
        ],
        source="Outlook desktop invitation (es)",
        tz="Europe/Madrid",
    )

    # 7. A webinar about interviews from a newsletter's events address.
    uid = "zoom-webinar-91822004511-20261210@careerletter.example"
    add(
        "newsletter_webinar_about_interviews",
        f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:{STAMP}
DTSTART:20261210T170000Z
DTEND:20261210T180000Z
SUMMARY:Live webinar: Nail the behavioural interview (STAR method)
UID:{uid}
{org("The Career Letter – Events", "events@careerletter.example")}
{ME_NA}
DESCRIPTION:You are registered for our December webinar. Our panel of recruit
 ers shares how they score interview answers.\\nJoin: https://careerletter.zoom
 .example/w/91822004511\\nUnsubscribe from The Career Letter at any time.
LOCATION:https://careerletter.zoom.example/w/91822004511
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
        [occ(uid, "2026-12-10T17:00:00Z", "2026-12-10T18:00:00Z", interview=False)],
        source="Zoom webinar registration",
        tz="Europe/Berlin",
    )

    # 8. The user interviewing a candidate.
    uid = "2b4n6m8q0w2e4r6t8y0u2i4o6p@google.com"
    add(
        "google_user_interviews_candidate",
        f"""BEGIN:VCALENDAR
{GOOGLE}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261216T110000
DTEND;TZID=Europe/Berlin:20261216T114500
DTSTAMP:{STAMP}
{org("Maya Example", USER)}
UID:{uid}
{att("Tomás Ruiz", "tomas.ruiz@mail.example")}
{ME}
{att("Raj Patel", "raj.patel@northpeak.example", "ACCEPTED")}
DESCRIPTION:Candidate interview for our Data Analyst opening. CV in the hiring
  folder. Raj takes the SQL exercise.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Tomás Ruiz (Data Analyst candidate)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        [occ(uid, "2026-12-16T10:00:00Z", "2026-12-16T10:45:00Z", interview=False)],
        source="Google Calendar invitation sent by the user",
        tz="Europe/Berlin",
    )

    # 9. Request, update and cancellation of one interview in one file (Exchange, with VTIMEZONE).
    uid = "040000008200E00074C5B7101A82E00800000000A0B7C3F9B5C9DC01000000000000000010000000D3A4C1B2E9F8A7B6C5D4E3F2A1B0C9D8"
    gmt = ms_vtz("GMT Standard Time", "+0000", "+0100")
    people = f"""{org("Hannah Cole", "hannah.cole@kestrel-logistics.example")}
{att("Maya Example", USER)}
{att("Martin Shaw", "martin.shaw@kestrel-logistics.example")}"""
    parts = []
    for seq, method, day, title, status in (
        (0, "REQUEST", "09", "Interview – Finance Business Partner – Kestrel Logistics", "CONFIRMED"),
        (1, "REQUEST", "10", "Interview – Finance Business Partner – Kestrel Logistics", "CONFIRMED"),
        (
            2,
            "CANCEL",
            "10",
            "Canceled: Interview – Finance Business Partner – Kestrel Logistics",
            "CANCELLED",
        ),
    ):
        parts.append(f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:{method}
{gmt}
BEGIN:VEVENT
{people}
DESCRIPTION;LANGUAGE=en-GB:Microsoft Teams meeting\\nJoin: {TEAMS}\\n
UID:{uid}
SUMMARY;LANGUAGE=en-GB:{title}
DTSTART;TZID=GMT Standard Time:202612{day}T140000
DTEND;TZID=GMT Standard Time:202612{day}T150000
CLASS:PUBLIC
PRIORITY:{1 if method == "CANCEL" else 5}
DTSTAMP:2026120{seq + 1}T100000Z
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""")
    add(
        "exchange_request_update_cancel_gmt",
        "\n".join(parts),
        [
            occ(
                uid,
                "2026-12-10T14:00:00Z",
                "2026-12-10T15:00:00Z",
                interview=True,
                cancelled=True,
                people=("hannah.cole@kestrel-logistics.example", "martin.shaw@kestrel-logistics.example"),
                company="Kestrel Logistics",
                role="Finance Business Partner",
            )
        ],
        source="Exchange 365 request, update and cancellation saved together",
        tz="Europe/London",
    )

    # 10. Request then update, quoted "(UTC-03:00) Brasilia" with no VTIMEZONE.
    uid = "040000008200E00074C5B7101A82E0080000000071B2C3D4E5F6DC01000000000000000010000000E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6"
    parts = []
    for seq, day, hour in ((0, "08", "10"), (1, "11", "15")):
        parts.append(f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
{org("Camila Rocha", "camila.rocha@bancopiracema.example")}
{att("Maya Example", USER)}
{att("Rafael Nunes", "rafael.nunes@bancopiracema.example")}
DESCRIPTION;LANGUAGE=pt-BR:Olá Maya\\, segue o convite para a entrevista final
  com o Rafael (gerente da área).\\n
DTSTART;TZID="(UTC-03:00) Brasilia":202612{day}T{hour}0000
DTEND;TZID="(UTC-03:00) Brasilia":202612{day}T{int(hour) + 1}0000
DTSTAMP:2026120{seq + 1}T120000Z
SEQUENCE:{seq}
SUMMARY;LANGUAGE=pt-BR:Entrevista final - Analista de Dados Sênior | Banco Piracema
UID:{uid}
LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams
END:VEVENT
END:VCALENDAR""")
    add(
        "outlook_request_update_brasilia_quoted",
        "\n".join(parts),
        [
            occ(
                uid,
                "2026-12-11T18:00:00Z",
                "2026-12-11T19:00:00Z",
                interview=True,
                people=("camila.rocha@bancopiracema.example", "rafael.nunes@bancopiracema.example"),
                company="Banco Piracema",
                role="Analista de Dados Sênior",
            )
        ],
        source="Outlook desktop request and update (pt-BR)",
        tz="America/Sao_Paulo",
    )

    # 11. Quoted tzone://Microsoft/Utc with its VTIMEZONE; Teams.
    uid = "040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F"
    add(
        "exchange_tzone_utc_quoted_hiring_manager",
        f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:tzone://Microsoft/Utc
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0000
TZOFFSETTO:+0000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
{org("Noor Haddad", "noor.haddad@ferrowave.example")}
{att("Maya Example", USER)}
DESCRIPTION;LANGUAGE=en-US:Informal chat about the Platform Engineer role and
  the team.\\nMicrosoft Teams meeting\\nJoin: {TEAMS}\\n
UID:{uid}
SUMMARY;LANGUAGE=en-US:Hiring manager chat | Platform Engineer | Ferrowave
DTSTART;TZID="tzone://Microsoft/Utc":20261216T160000
DTEND;TZID="tzone://Microsoft/Utc":20261216T164500
DTSTAMP:{STAMP}
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-16T16:00:00Z",
                "2026-12-16T16:45:00Z",
                interview=True,
                people=("noor.haddad@ferrowave.example",),
                company="Ferrowave",
                role="Platform Engineer",
            )
        ],
        source="Exchange 365 invitation (Teams)",
        tz="Europe/Berlin",
    )

    # 12. Bare tzone://Microsoft/Utc, no VTIMEZONE; a recruiting mailbox organises.
    uid = "040000008200E00074C5B7101A82E008000000009F8E7D6C5B4ADC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809"
    add(
        "exchange_tzone_utc_bare_recruiting_mailbox",
        f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
{org("Lakemont Talent", "talent@lakemont.example")}
{att("Maya Example", USER)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Recruiter call – Lakemont – Customer Success Manager
DTSTART;TZID=tzone://Microsoft/Utc:20261208T120000
DTEND;TZID=tzone://Microsoft/Utc:20261208T123000
DTSTAMP:{STAMP}
SEQUENCE:0
STATUS:CONFIRMED
DESCRIPTION;LANGUAGE=en-US:We will call you on the number in your application
 .\\n
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-08T12:00:00Z",
                "2026-12-08T12:30:00Z",
                interview=True,
                people=("talent@lakemont.example",),
                company="Lakemont",
                role="Customer Success Manager",
            )
        ],
        source="Exchange 365 invitation",
        tz="Europe/Dublin",
    )

    # 13. A calendar's own VTIMEZONE with a custom TZID (Romanian).
    uid = "b71e4c2a-93d5-4f0e-8a61-2c7d9e3f5a18"
    add(
        "custom_tzid_ro_interview",
        f"""BEGIN:VCALENDAR
PRODID:-//Ximian//NONSGML Evolution Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Ora României
BEGIN:STANDARD
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART;TZID=Ora României:20261209T110000
DTEND;TZID=Ora României:20261209T120000
SEQUENCE:1
SUMMARY:Interviu tehnic – Dezvoltator Java – Carpatica Software SRL
LOCATION:Str. Avram Iancu 12\\, Cluj-Napoca
{org("Elena Popa", "elena.popa@carpatica.example")}
{att("Maya Example", USER)}
{att("Mihai Ionescu", "mihai.ionescu@carpatica.example", "ACCEPTED")}
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-09T09:00:00Z",
                "2026-12-09T10:00:00Z",
                interview=True,
                people=("elena.popa@carpatica.example", "mihai.ionescu@carpatica.example"),
                company="Carpatica Software SRL",
                role="Dezvoltator Java",
            )
        ],
        source="Evolution invitation with its own zone",
        tz="Europe/Bucharest",
    )

    # 14. Outlook's "Customized Time Zone" (Greek).
    uid = "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DC010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F8091A"
    add(
        "outlook_customized_time_zone_el",
        f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{ms_vtz("Customized Time Zone", "+0200", "+0300")}
BEGIN:VEVENT
{org("Ελένη Παππά", "eleni.pappa@aigaio-tech.example")}
{att("Maya Example", USER)}
{att("Νίκος Γεωργίου", "nikos.georgiou@aigaio-tech.example")}
DTSTART;TZID=Customized Time Zone:20261215T120000
DTEND;TZID=Customized Time Zone:20261215T130000
DTSTAMP:{STAMP}
SEQUENCE:0
SUMMARY;LANGUAGE=el:Συνέντευξη – Μηχανικός Λογισμικού – Αιγαίο Τεχνολογίες Α.Ε.
UID:{uid}
LOCATION;LANGUAGE=el:Λεωφ. Κηφισίας 44\\, Αθήνα
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-15T10:00:00Z",
                "2026-12-15T11:00:00Z",
                interview=True,
                people=("eleni.pappa@aigaio-tech.example", "nikos.georgiou@aigaio-tech.example"),
                company="Αιγαίο Τεχνολογίες Α.Ε.",
                role="Μηχανικός Λογισμικού",
            )
        ],
        source="Outlook desktop invitation (el)",
        tz="Europe/Athens",
    )

    # 15. GoodTime's no-reply organizer and a notetaker bot beside the interviewers.
    uid = "gt-7c2e91d4-5b3a-4f18-9e0d-6a1b2c3d4e5f@goodtime.example"
    add(
        "goodtime_system_design_notetaker",
        f"""BEGIN:VCALENDAR
PRODID:-//GoodTime//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART;TZID=America/New_York:20261217T120000
DTEND;TZID=America/New_York:20261217T130000
SUMMARY:System design — Senior Backend Engineer — Fernhill Health
{org("Fernhill Health Recruiting", "no-reply@goodtime.example")}
{ME_NA}
{att("Grace Liu", "grace.liu@fernhillhealth.example", "ACCEPTED")}
{att("Marcus Reed", "marcus.reed@fernhillhealth.example", "ACCEPTED")}
{att("Fireflies.ai Notetaker", "fred@fireflies.example", "ACCEPTED")}
DESCRIPTION:Your system design interview with Grace Liu and Marcus Reed.\\nZo
 om: https://fernhill.zoom.example/j/99120033412\\nPowered by GoodTime
LOCATION:https://fernhill.zoom.example/j/99120033412
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-17T17:00:00Z",
                "2026-12-17T18:00:00Z",
                interview=True,
                people=("grace.liu@fernhillhealth.example", "marcus.reed@fernhillhealth.example"),
                company="Fernhill Health",
                role="Senior Backend Engineer",
            )
        ],
        source="GoodTime invitation",
        tz="America/New_York",
    )

    # 16. Workday's no-reply organizer; the hiring manager is the one attendee.
    uid = "WD-INTERVIEW-2026-1204-88213@myworkday.example"
    add(
        "workday_noreply_organizer",
        f"""BEGIN:VCALENDAR
PRODID:-//Workday//Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART:20261214T160000Z
DTEND:20261214T164500Z
SUMMARY:Interview Invitation: Supply Chain Analyst (R-10482) - Orbital Foods
{org("Workday", "noreply@myworkday.example")}
{ME_NA}
{att("Kofi Mensah", "kofi.mensah@orbitalfoods.example")}
DESCRIPTION:Dear Maya\\, you are invited to interview for Supply Chain Analyst
  (R-10482). Interviewer: Kofi Mensah. Location: Microsoft Teams.
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-14T16:00:00Z",
                "2026-12-14T16:45:00Z",
                interview=True,
                people=("kofi.mensah@orbitalfoods.example",),
                company="Orbital Foods",
                role="Supply Chain Analyst",
            )
        ],
        source="Workday invitation",
        tz="America/Chicago",
    )

    # 17. Zoho: a declined panelist and a hiring-team group among the attendees.
    uid = "1765432198765000000@calendar.zoho.example"
    add(
        "zoho_panel_declined_and_group",
        f"""BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART;TZID=Asia/Kolkata:20261216T150000
DTEND;TZID=Asia/Kolkata:20261216T160000
SUMMARY:Panel interview with Saffron Grid: QA Lead
{org("Aditi Rao", "aditi.rao@saffrongrid.example")}
{ME_NA}
{att("Vikram Shah", "vikram.shah@saffrongrid.example", "ACCEPTED")}
{att("Neha Iyer", "neha.iyer@saffrongrid.example", "DECLINED")}
{att("QA Hiring Panel", "qa-hiring@saffrongrid.example", "ACCEPTED", cu="GROUP")}
LOCATION:https://meeting.zoho.example/saffrongrid/88123
STATUS:CONFIRMED
SEQUENCE:2
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-16T09:30:00Z",
                "2026-12-16T10:30:00Z",
                interview=True,
                people=("aditi.rao@saffrongrid.example", "vikram.shah@saffrongrid.example"),
                company="Saffron Grid",
                role="QA Lead",
            )
        ],
        source="Zoho Calendar invitation",
        tz="Europe/Berlin",
    )

    # 18. A careers mailbox organises "meet the team" with a room booked as a resource.
    uid = "040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8"
    add(
        "exchange_careers_mailbox_meet_the_team",
        f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:REQUEST
{ms_vtz("W. Europe Standard Time", "+0100", "+0200")}
BEGIN:VEVENT
{org("Juniper Ridge Careers", "careers@juniperridge.example")}
{att("Maya Example", USER)}
{att("Studio B", "studio-b@juniperridge.example", cu="RESOURCE", role="NON-PARTICIPANT")}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Meet the team – Juniper Ridge Games – Gameplay Programmer
DTSTART;TZID=W. Europe Standard Time:20261218T090000
DTEND;TZID=W. Europe Standard Time:20261218T110000
DTSTAMP:{STAMP}
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Studio B
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-18T08:00:00Z",
                "2026-12-18T10:00:00Z",
                interview=True,
                people=("careers@juniperridge.example",),
                company="Juniper Ridge Games",
                role="Gameplay Programmer",
            )
        ],
        source="Exchange 365 invitation",
        tz="Europe/Stockholm",
    )

    # 19. A three-day assessment centre moved one hour later from day two on (RANGE=THISANDFUTURE).
    uid = "A7E2C1F0-6B3D-4E59-9A18-52C7D0E4B6F3"
    who = f"""{org("Elin Berg", "elin.berg@norrsken-energi.example")}
{att("Maya Example", USER, "ACCEPTED")}
{att("Johan Ek", "johan.ek@norrsken-energi.example", "ACCEPTED")}"""
    add(
        "icloud_assessment_centre_thisandfuture_sv",
        f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Stockholm
BEGIN:STANDARD
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART;TZID=Europe/Stockholm:20261208T090000
DTEND;TZID=Europe/Stockholm:20261208T120000
RRULE:FREQ=DAILY;COUNT=3
SUMMARY:Bedömningscenter – Norrsken Energi AB – Trainee
{who}
LOCATION:Norrsken Energi\\, Kungsgatan 8\\, Stockholm
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Stockholm:20261209T090000
DTSTART;TZID=Europe/Stockholm:20261209T100000
DTEND;TZID=Europe/Stockholm:20261209T130000
SUMMARY:Bedömningscenter – Norrsken Energi AB – Trainee
{who}
LOCATION:Norrsken Energi\\, Kungsgatan 8\\, Stockholm
SEQUENCE:1
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-08T08:00:00Z",
                "2026-12-08T11:00:00Z",
                interview=True,
                recurrence="20261208T080000Z",
                people=("elin.berg@norrsken-energi.example", "johan.ek@norrsken-energi.example"),
                company="Norrsken Energi AB",
                role="Trainee",
            ),
            occ(
                uid,
                "2026-12-09T09:00:00Z",
                "2026-12-09T12:00:00Z",
                interview=True,
                recurrence="20261209T080000Z",
                people=("elin.berg@norrsken-energi.example", "johan.ek@norrsken-energi.example"),
                company="Norrsken Energi AB",
                role="Trainee",
            ),
            occ(
                uid,
                "2026-12-10T09:00:00Z",
                "2026-12-10T12:00:00Z",
                interview=True,
                recurrence="20261210T080000Z",
                people=("elin.berg@norrsken-energi.example", "johan.ek@norrsken-energi.example"),
                company="Norrsken Energi AB",
                role="Trainee",
            ),
        ],
        source="iCloud calendar (macOS export)",
        tz="Europe/Stockholm",
    )

    # 20. A weekly job club moved from 10:00 to 14:00 with RANGE=THISANDFUTURE (Nextcloud).
    uid = "e3b0c442-98fc-4c14-9afb-f4c8996fb924"
    add(
        "nextcloud_job_club_thisandfuture_de",
        f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sabre//Sabre VObject 4.5.4//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
CREATED:20261101T090000Z
DTSTART;TZID=Europe/Berlin:20261201T100000
DTEND;TZID=Europe/Berlin:20261201T120000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6
SUMMARY:Jobclub – Bewerbungstraining (Gruppe B)
{org("Jobclub Mitte", "jobclub@bildungswerk-mitte.example")}
{att("Maya Example", USER, "ACCEPTED")}
LOCATION:Bildungswerk Mitte\\, Raum 2.14
END:VEVENT
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20261208T100000
DTSTART;TZID=Europe/Berlin:20261208T140000
DTEND;TZID=Europe/Berlin:20261208T160000
SUMMARY:Jobclub – Bewerbungstraining (Gruppe B)
{org("Jobclub Mitte", "jobclub@bildungswerk-mitte.example")}
{att("Maya Example", USER, "ACCEPTED")}
LOCATION:Bildungswerk Mitte\\, Raum 2.14
SEQUENCE:1
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-08T13:00:00Z",
                "2026-12-08T15:00:00Z",
                interview=False,
                recurrence="20261208T090000Z",
            ),
            occ(
                uid,
                "2026-12-15T13:00:00Z",
                "2026-12-15T15:00:00Z",
                interview=False,
                recurrence="20261215T090000Z",
            ),
        ],
        source="Nextcloud calendar",
        tz="Europe/Berlin",
    )

    # 21. A lone cancellation with a "Canceled:" title, Eastern Standard Time without VTIMEZONE.
    uid = "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F809"
    add(
        "outlook_canceled_coffee_chat_eastern",
        f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
{org("Chloé Martin", "chloe.martin@mistralbay.example")}
{att("Maya Example", USER)}
DESCRIPTION;LANGUAGE=en-us:Sorry Maya\\, I have to cancel - I will send new ti
 mes tomorrow.\\n
DTSTART;TZID=Eastern Standard Time:20261211T130000
DTEND;TZID=Eastern Standard Time:20261211T133000
DTSTAMP:{STAMP}
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=en-us:Canceled: Coffee chat with a recruiter – Mistral Bay (Product Manager)
UID:{uid}
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-11T18:00:00Z",
                "2026-12-11T18:30:00Z",
                interview=True,
                cancelled=True,
                people=("chloe.martin@mistralbay.example",),
                company="Mistral Bay",
                role="Product Manager",
            )
        ],
        source="Outlook desktop cancellation",
        tz="America/New_York",
    )

    # 22. Company first, Korean brackets and stage marker; a recruiting mailbox organises (Naver).
    uid = "20261203T021544Z-41873@calendar.naver.example"
    add(
        "naver_ko_company_first_brackets",
        f"""BEGIN:VCALENDAR
PRODID:-//NAVER//Calendar 2.0//KO
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART;TZID=Asia/Seoul:20261210T140000
DTEND;TZID=Asia/Seoul:20261210T150000
SUMMARY:[면접] 한빛소프트웨어 - 백엔드 개발자 (2차)
{org("한빛소프트웨어 채용팀", "recruit@hanbitsoft.example")}
{ME_NA}
{att("김민준", "minjun.kim@hanbitsoft.example", "ACCEPTED")}
LOCATION:서울 강남구 테헤란로 152\\, 12층
DESCRIPTION:2차 기술 면접 안내드립니다. 신분증을 지참해 주세요.
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-10T05:00:00Z",
                "2026-12-10T06:00:00Z",
                interview=True,
                people=("minjun.kim@hanbitsoft.example", "recruit@hanbitsoft.example"),
                company="한빛소프트웨어",
                role="백엔드 개발자",
            )
        ],
        source="Naver Calendar invitation",
        tz="Asia/Seoul",
    )

    # 23. Japanese company-first title with 【】 and a full-width bar.
    uid = "4r5t6y7u8i9o0p1a2s3d4f5g6h@google.com"
    add(
        "google_ja_company_first_fullwidth",
        f"""BEGIN:VCALENDAR
{GOOGLE}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Asia/Tokyo:20261215T160000
DTEND;TZID=Asia/Tokyo:20261215T170000
DTSTAMP:{STAMP}
{org("株式会社サクラテック 採用担当", "saiyo@sakuratech.example")}
UID:{uid}
{att("株式会社サクラテック 採用担当", "saiyo@sakuratech.example", "ACCEPTED")}
{ME_NA}
{att("田中 結衣", "tanaka.yui@sakuratech.example", "ACCEPTED")}
X-GOOGLE-CONFERENCE:{MEET}
DESCRIPTION:一次面接のご案内です。面接官：田中（開発部）\\n\\nGoogle Meet に参加: {MEET}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:【一次面接】株式会社サクラテック｜バックエンドエンジニア
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-15T07:00:00Z",
                "2026-12-15T08:00:00Z",
                interview=True,
                people=("saiyo@sakuratech.example", "tanaka.yui@sakuratech.example"),
                company="株式会社サクラテック",
                role="バックエンドエンジニア",
            )
        ],
        source="Google Calendar invitation (ja)",
        tz="Asia/Tokyo",
    )

    # 24. Czech company-first with slashes.
    uid = "0d6b5f9e-2a4c-4e71-b8d3-91f7c6a2e540@kalendar.seznam.example"
    add(
        "seznam_cs_company_first_slashes",
        f"""BEGIN:VCALENDAR
PRODID:-//Seznam.cz//Kalendar//CS
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART;TZID=Europe/Prague:20261209T130000
DTEND;TZID=Europe/Prague:20261209T140000
SUMMARY:Ostrava Data s.r.o. / Pohovor / Senior Java vývojář
{org("Petra Svobodová", "petra.svobodova@ostravadata.example")}
{ME_NA}
{att("Jan Novák", "jan.novak@ostravadata.example", "ACCEPTED")}
LOCATION:Nádražní 34\\, Ostrava
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-09T12:00:00Z",
                "2026-12-09T13:00:00Z",
                interview=True,
                people=("jan.novak@ostravadata.example", "petra.svobodova@ostravadata.example"),
                company="Ostrava Data s.r.o.",
                role="Senior Java vývojář",
            )
        ],
        source="Seznam Kalendář invitation",
        tz="Europe/Prague",
    )

    # 25. Names only in the title (Calendly): the company is the host's domain, never a person's name.
    uid = "b5c3d1e7-9f2a-4a6b-8c0d-1e2f3a4b5c6d@calendly.example"
    add(
        "calendly_names_only_title",
        f"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART:20261208T160000Z
DTEND:20261208T163000Z
SUMMARY:Maya Example and Raj Patel
{org("Raj Patel", "raj.patel@lumenfold.example")}
{att("Maya Example", USER, "ACCEPTED")}
DESCRIPTION:Event Name: Recruiter Screen\\n\\nLocation: This is a Google Meet
  web conference. {MEET}\\n\\nNeed to make changes to this event?\\nCancel: ht
 tps://calendly.example/cancellations/b5c3d1e7\\nReschedule: https://calendly
 .example/reschedulings/b5c3d1e7\\n\\nPowered by Calendly.com
LOCATION:{MEET}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-08T16:00:00Z",
                "2026-12-08T16:30:00Z",
                interview=True,
                people=("raj.patel@lumenfold.example",),
                company="Lumenfold",
                role="",
            )
        ],
        source="Calendly booking",
        tz="Europe/Berlin",
    )

    # 26. No company in the title: the organizer's domain names it (Zoom).
    uid = "zoom-meeting-84512093371-20261217@quillbyte.example"
    add(
        "zoom_no_company_in_title",
        f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:{STAMP}
DTSTART:20261217T140000Z
DTEND:20261217T150000Z
SUMMARY:Technical interview – Staff SRE
UID:{uid}
{org("Dana Kowalski", "dana.kowalski@quillbyte.example")}
{ME_NA}
{att("Ethan Brooks", "ethan.brooks@quillbyte.example", "ACCEPTED")}
DESCRIPTION:Dana Kowalski is inviting you to a scheduled Zoom meeting.\\n\\nJo
 in Zoom Meeting\\nhttps://quillbyte.zoom.example/j/84512093371\\n\\nMeeting ID
 : 845 1209 3371
LOCATION:https://quillbyte.zoom.example/j/84512093371
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-17T14:00:00Z",
                "2026-12-17T15:00:00Z",
                interview=True,
                people=("dana.kowalski@quillbyte.example", "ethan.brooks@quillbyte.example"),
                company="Quillbyte",
                role="Staff SRE",
            )
        ],
        source="Zoom invitation",
        tz="Europe/London",
    )

    # 27. "Planning" in the company; Google room resource; a pairing interview.
    uid = "9m8n7b6v5c4x3z2l1k0j9h8g7f@google.com"
    add(
        "google_planning_company_pairing_resource",
        f"""BEGIN:VCALENDAR
{GOOGLE}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261210T090000
DTEND;TZID=Europe/Berlin:20261210T110000
DTSTAMP:{STAMP}
{org("Katrin Lehmann", "katrin.lehmann@nordwind-planning.example")}
UID:{uid}
{att("Katrin Lehmann", "katrin.lehmann@nordwind-planning.example", "ACCEPTED")}
{ME_NA}
{att("Felix Braun", "felix.braun@nordwind-planning.example", "ACCEPTED")}
{att("HH-3-Elbe (6)", "nordwind-planning.example_38393031323334@resource.calendar.google.com", "ACCEPTED", cu="RESOURCE")}
DESCRIPTION:Pairing-Interview vor Ort: bring deinen Laptop mit. Adresse: Stad
 deich 7\\, Hamburg.
LOCATION:HH-3-Elbe (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pairing interview | Nordwind Planning Systems | Senior Python Developer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                uid,
                "2026-12-10T08:00:00Z",
                "2026-12-10T10:00:00Z",
                interview=True,
                people=("felix.braun@nordwind-planning.example", "katrin.lehmann@nordwind-planning.example"),
                company="Nordwind Planning Systems",
                role="Senior Python Developer",
            )
        ],
        source="Google Calendar invitation",
        tz="Europe/Berlin",
    )

    # 28. A paid user-research interview (she is the participant), and a meetup talk about interviewing.
    uid = "research-session-7741@loomwise.example"
    add(
        "user_research_study_lookalike",
        f"""BEGIN:VCALENDAR
PRODID:-//Loomwise//Research Ops//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART:20261211T150000Z
DTEND:20261211T154500Z
SUMMARY:User interview – onboarding study (participant session)
{org("Loomwise Research", "research@loomwise.example")}
{ME_NA}
DESCRIPTION:Thanks for joining our study! 45 minutes\\, EUR 60 voucher. We wil
 l record the session.
END:VEVENT
END:VCALENDAR""",
        [occ(uid, "2026-12-11T15:00:00Z", "2026-12-11T15:45:00Z", interview=False)],
        source="research recruiting tool invitation",
        tz="Europe/Berlin",
    )
    uid = "event-312877004@meetup.example"
    add(
        "meetup_talk_about_interviews",
        f"""BEGIN:VCALENDAR
PRODID:-//Meetup//RemoteApi//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Meetup
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
DTSTART;TZID=Europe/Berlin:20261215T190000
DTEND;TZID=Europe/Berlin:20261215T210000
SUMMARY:Frontend Leipzig #42: Tech interviews\\, demystified
DESCRIPTION:Two talks: how hiring teams design coding interviews\\, and a liv
 e mock interview on stage. Pizza from 18:30.
LOCATION:Basislager Coworking\\, Leipzig
URL:https://meetup.example/frontend-leipzig/events/312877004/
END:VEVENT
END:VCALENDAR""",
        [occ(uid, "2026-12-15T18:00:00Z", "2026-12-15T20:00:00Z", interview=False)],
        source="Meetup calendar subscription",
        tz="Europe/Berlin",
    )


def single(
    name: str,
    *,
    source: str,
    tz: str,
    head: str,
    uid: str,
    summary: str,
    when: tuple[str, str],
    lines: tuple[str, ...],
    expected: dict[str, object],
    method: str = "REQUEST",
) -> None:
    """One invitation with one VEVENT; `when` holds the DTSTART and DTEND lines as written."""
    method_line = f"METHOD:{method}\n" if method else ""
    body = "\n".join(lines)
    add(
        name,
        f"""BEGIN:VCALENDAR
{head}
VERSION:2.0
{method_line}BEGIN:VEVENT
UID:{uid}
DTSTAMP:{STAMP}
{when[0]}
{when[1]}
SUMMARY:{summary}
{body}
END:VEVENT
END:VCALENDAR""",
        [expected],
        source=source,
        tz=tz,
    )


def everyday() -> None:
    """A job seeker's ordinary invitations and the everyday events around them."""
    u = "7f3e9a1c5b2d4e6f8a0b1c2d3e@google.com"
    single(
        "google_meet_de_bei_company",
        source="Google Calendar invitation (de)",
        tz="Europe/Berlin",
        head=GOOGLE,
        uid=u,
        summary="Vorstellungsgespräch bei Kranich Logistik GmbH – Werkstudent Data Engineering",
        when=("DTSTART;TZID=Europe/Berlin:20261208T100000", "DTEND;TZID=Europe/Berlin:20261208T110000"),
        lines=(
            org("Sabine Krüger", "sabine.krueger@kranich-logistik.example"),
            att("Sabine Krüger", "sabine.krueger@kranich-logistik.example", "ACCEPTED"),
            ME_NA,
            att("Tim Albers", "tim.albers@kranich-logistik.example", "ACCEPTED"),
            f"X-GOOGLE-CONFERENCE:{MEET}",
            f"DESCRIPTION:Google Meet-Videokonferenz beitreten: {MEET}",
            "STATUS:CONFIRMED",
        ),
        expected=occ(
            u,
            "2026-12-08T09:00:00Z",
            "2026-12-08T10:00:00Z",
            interview=True,
            people=("sabine.krueger@kranich-logistik.example", "tim.albers@kranich-logistik.example"),
            company="Kranich Logistik GmbH",
            role="Werkstudent Data Engineering",
        ),
    )

    u = "c9d8e7f6-a5b4-4c3d-2e1f-0a9b8c7d6e5f"
    single(
        "fastmail_fr_at_company_mailbox",
        source="Fastmail invitation (fr)",
        tz="Europe/Paris",
        head="PRODID:-//Fastmail/2020.5/EN",
        uid=u,
        summary="Entretien RH | Chargée de marketing digital @ Maison Oriel",
        when=("DTSTART;TZID=Europe/Paris:20261209T100000", "DTEND;TZID=Europe/Paris:20261209T104500"),
        lines=(
            org("Maison Oriel – Recrutement", "recrutement@maisonoriel.example"),
            ME_NA,
            "DESCRIPTION:Premier échange téléphonique avec notre équipe RH (45 min).",
            "LOCATION:Téléphone",
            "SEQUENCE:0",
        ),
        expected=occ(
            u,
            "2026-12-09T09:00:00Z",
            "2026-12-09T09:45:00Z",
            interview=True,
            people=("recrutement@maisonoriel.example",),
            company="Maison Oriel",
            role="Chargée de marketing digital",
        ),
    )

    u = "sabre-vobject-5e1c7a40-3f2b-4d6e-9a8c-b0d1e2f3a4b5"
    single(
        "nextcloud_it_colloquio_con",
        source="Nextcloud invitation (it)",
        tz="Europe/Rome",
        head="PRODID:-//Sabre//Sabre VObject 4.5.4//EN",
        uid=u,
        summary="Colloquio tecnico con Vetra Sistemi S.p.A. - Sviluppatore Frontend",
        when=("DTSTART;TZID=Europe/Rome:20261211T150000", "DTEND;TZID=Europe/Rome:20261211T160000"),
        lines=(
            org("Giulia Conti", "giulia.conti@vetrasistemi.example"),
            ME_NA,
            att("Marco Bianchi", "marco.bianchi@vetrasistemi.example", "ACCEPTED"),
            "LOCATION:https://talk.vetrasistemi.example/call/x7k2p9qa",
            "SEQUENCE:0",
        ),
        expected=occ(
            u,
            "2026-12-11T14:00:00Z",
            "2026-12-11T15:00:00Z",
            interview=True,
            people=("giulia.conti@vetrasistemi.example", "marco.bianchi@vetrasistemi.example"),
            company="Vetra Sistemi S.p.A.",
            role="Sviluppatore Frontend",
        ),
    )

    u = (
        "040000008200E00074C5B7101A82E0080000000011223344556677DC01000000000000000010000000"
        "99AABBCCDDEEFF00112233445566778899"
    )
    single(
        "outlook_web_nl_tweede_gesprek",
        source="Outlook on the web invitation (nl)",
        tz="Europe/Amsterdam",
        head=EXCHANGE,
        uid=u,
        summary="Tweede gesprek: Projectleider bij Dijkstra Bouw",
        when=(
            "DTSTART;TZID=W. Europe Standard Time:20261214T100000",
            "DTEND;TZID=W. Europe Standard Time:20261214T110000",
        ),
        lines=(
            org("Pieter Jansen", "pieter.jansen@dijkstrabouw.example"),
            att("Maya Example", USER),
            att("Anouk Visser", "anouk.visser@dijkstrabouw.example"),
            "LOCATION;LANGUAGE=nl-NL:Kantoor Utrecht\\, Vondellaan 10",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
        ),
        expected=occ(
            u,
            "2026-12-14T09:00:00Z",
            "2026-12-14T10:00:00Z",
            interview=True,
            people=("anouk.visser@dijkstrabouw.example", "pieter.jansen@dijkstrabouw.example"),
            company="Dijkstra Bouw",
            role="Projectleider",
        ),
    )

    u = "proton-8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d@proton.example"
    single(
        "proton_pl_tentative",
        source="Proton Calendar (pl)",
        tz="Europe/Warsaw",
        head="PRODID:-//Proton AG//WebCalendar 5.0.40//EN",
        uid=u,
        summary="Rozmowa rekrutacyjna – Tester oprogramowania – Wisła Soft sp. z o.o.",
        when=("DTSTART;TZID=Europe/Warsaw:20261210T120000", "DTEND;TZID=Europe/Warsaw:20261210T130000"),
        lines=(
            org("Katarzyna Nowak", "katarzyna.nowak@wislasoft.example"),
            att("Maya Example", USER, "TENTATIVE"),
            "STATUS:TENTATIVE",
            "SEQUENCE:0",
        ),
        expected=occ(
            u,
            "2026-12-10T11:00:00Z",
            "2026-12-10T12:00:00Z",
            interview=True,
            people=("katarzyna.nowak@wislasoft.example",),
            company="Wisła Soft sp. z o.o.",
            role="Tester oprogramowania",
        ),
    )

    u = "feishu-7311920044518822913@feishu.example"
    single(
        "feishu_zh_second_round",
        source="Feishu invitation (zh)",
        tz="Asia/Shanghai",
        head="PRODID:-//Lark//Calendar//ZH",
        uid=u,
        summary="面试：星河数据 – 数据分析师（第二轮）",
        when=("DTSTART;TZID=Asia/Shanghai:20261209T100000", "DTEND;TZID=Asia/Shanghai:20261209T110000"),
        lines=(
            org("王芳", "wang.fang@xinghedata.example"),
            ME_NA,
            att("李伟", "li.wei@xinghedata.example", "ACCEPTED"),
            "DESCRIPTION:第二轮面试，请提前5分钟进入视频会议。",
        ),
        expected=occ(
            u,
            "2026-12-09T02:00:00Z",
            "2026-12-09T03:00:00Z",
            interview=True,
            people=("li.wei@xinghedata.example", "wang.fang@xinghedata.example"),
            company="星河数据",
            role="数据分析师",
        ),
    )

    u = "5D6E7F80-91A2-4B3C-8D4E-5F6071829304"
    single(
        "icloud_da_floating_own_entry",
        source="iCloud calendar (floating)",
        tz="Europe/Copenhagen",
        head="PRODID:-//Apple Inc.//iOS 18.1//EN",
        uid=u,
        method="",
        summary="Jobsamtale hos Fjordline A/S – Økonomimedarbejder",
        when=("DTSTART:20261216T130000", "DTEND:20261216T140000"),
        lines=("LOCATION:Havnegade 21\\, København", "SEQUENCE:0", "CREATED:20261128T190000Z"),
        expected=occ(
            u,
            "2026-12-16T12:00:00Z",
            "2026-12-16T13:00:00Z",
            interview=True,
            company="Fjordline A/S",
            role="Økonomimedarbejder",
        ),
    )

    u = "8e7d6c5b4a3f2e1d0c9b8a7f6e@google.com"
    single(
        "google_nb_intervju_med",
        source="Google Calendar invitation (nb)",
        tz="Europe/Oslo",
        head=GOOGLE,
        uid=u,
        summary="Intervju med Nordlys AS: Systemutvikler",
        when=("DTSTART;TZID=Europe/Oslo:20261217T090000", "DTEND;TZID=Europe/Oslo:20261217T100000"),
        lines=(
            org("Ingrid Solberg", "ingrid.solberg@nordlys.example"),
            att("Ingrid Solberg", "ingrid.solberg@nordlys.example", "ACCEPTED"),
            ME_NA,
            f"X-GOOGLE-CONFERENCE:{MEET}",
            "STATUS:CONFIRMED",
        ),
        expected=occ(
            u,
            "2026-12-17T08:00:00Z",
            "2026-12-17T09:00:00Z",
            interview=True,
            people=("ingrid.solberg@nordlys.example",),
            company="Nordlys AS",
            role="Systemutvikler",
        ),
    )

    u = "zoom-meeting-97011255830-20261214@anadoluteknoloji.example"
    single(
        "zoom_tr_role_first_bar",
        source="Zoom invitation (tr)",
        tz="Europe/Istanbul",
        head="PRODID:-//zoom.us//iCalendar Event//EN",
        uid=u,
        summary="Mülakat - Yazılım Mühendisi | Anadolu Teknoloji A.Ş.",
        when=("DTSTART;TZID=Europe/Istanbul:20261214T140000", "DTEND;TZID=Europe/Istanbul:20261214T150000"),
        lines=(
            org("Ayşe Demir", "ayse.demir@anadoluteknoloji.example"),
            ME_NA,
            "LOCATION:https://anadoluteknoloji.zoom.example/j/97011255830",
        ),
        expected=occ(
            u,
            "2026-12-14T11:00:00Z",
            "2026-12-14T12:00:00Z",
            interview=True,
            people=("ayse.demir@anadoluteknoloji.example",),
            company="Anadolu Teknoloji A.Ş.",
            role="Yazılım Mühendisi",
        ),
    )

    u = "7B1D3F5A-webex-8c2e4a6f@webex.example"
    single(
        "webex_hu_allasinterju",
        source="Webex invitation (hu)",
        tz="Europe/Budapest",
        head="PRODID:-//Cisco//Webex//HU",
        uid=u,
        summary="Állásinterjú – Pénzügyi elemző – Duna Kft.",
        when=("DTSTART;TZID=Europe/Budapest:20261215T090000", "DTEND;TZID=Europe/Budapest:20261215T100000"),
        lines=(
            org("Kovács Anna", "anna.kovacs@dunakft.example"),
            ME_NA,
            att("Szabó Péter", "peter.szabo@dunakft.example", "ACCEPTED"),
            "LOCATION:https://dunakft.webex.example/meet/anna.kovacs",
        ),
        expected=occ(
            u,
            "2026-12-15T08:00:00Z",
            "2026-12-15T09:00:00Z",
            interview=True,
            people=("anna.kovacs@dunakft.example", "peter.szabo@dunakft.example"),
            company="Duna Kft.",
            role="Pénzügyi elemző",
        ),
    )

    u = "webex-fi-3a9c1e7b5d@webex.example"
    single(
        "webex_fi_haastattelu",
        source="Webex invitation (fi)",
        tz="Europe/Helsinki",
        head="PRODID:-//Cisco//Webex//FI",
        uid=u,
        summary="Haastattelu: Revontuli Oy – Ohjelmistokehittäjä",
        when=("DTSTART;TZID=Europe/Helsinki:20261211T100000", "DTEND;TZID=Europe/Helsinki:20261211T110000"),
        lines=(org("Aino Virtanen", "aino.virtanen@revontuli.example"), ME_NA),
        expected=occ(
            u,
            "2026-12-11T08:00:00Z",
            "2026-12-11T09:00:00Z",
            interview=True,
            people=("aino.virtanen@revontuli.example",),
            company="Revontuli Oy",
            role="Ohjelmistokehittäjä",
        ),
    )

    u = "lever-interview-4d2f8b1a-6c3e-47a9-b5d0-e1f2a3b4c5d6"
    single(
        "lever_users_name_in_title",
        source="Lever invitation",
        tz="America/New_York",
        head="PRODID:-//Lever//Interview Scheduling//EN",
        uid=u,
        summary="Maya Example <> Corvid Labs – Hiring manager chat – Engineering Manager",
        when=("DTSTART:20261211T170000Z", "DTEND:20261211T173000Z"),
        lines=(
            org("Jane Doe", "jane.doe@corvidlabs.example"),
            ME_NA,
            "DESCRIPTION:Hiring manager conversation for the Engineering Manager role.",
        ),
        expected=occ(
            u,
            "2026-12-11T17:00:00Z",
            "2026-12-11T17:30:00Z",
            interview=True,
            people=("jane.doe@corvidlabs.example",),
            company="Corvid Labs",
            role="Engineering Manager",
        ),
    )

    u = "ashby-5f0e1d2c-3b4a-4958-8765-4321fedcba09"
    single(
        "ashby_pair_programming_at",
        source="Ashby invitation",
        tz="America/Los_Angeles",
        head="PRODID:-//Ashby//Scheduling//EN",
        uid=u,
        summary="Pair programming: Staff Engineer at Pinegrove",
        when=("DTSTART:20261208T180000Z", "DTEND:20261208T190000Z"),
        lines=(
            org("Pinegrove Recruiting", "recruiting@pinegrove.example"),
            ME_NA,
            att("Sam Okafor", "sam.okafor@pinegrove.example", "ACCEPTED"),
            "DESCRIPTION:Pair programming with Sam. Scheduled with Ashby.",
        ),
        expected=occ(
            u,
            "2026-12-08T18:00:00Z",
            "2026-12-08T19:00:00Z",
            interview=True,
            people=("recruiting@pinegrove.example", "sam.okafor@pinegrove.example"),
            company="Pinegrove",
            role="Staff Engineer",
        ),
    )

    u = "calcom-booking-9Xk2mPq7Lr4t@cal.example"
    single(
        "calcom_take_home_review",
        source="Cal.com booking",
        tz="Europe/Lisbon",
        head="PRODID:-//Cal.com Inc.//Cal.com Event//EN",
        uid=u,
        summary="Take-home review: iOS Engineer — Alder & Finch",
        when=("DTSTART:20261214T160000Z", "DTEND:20261214T170000Z"),
        lines=(
            org("Leo Fischer", "leo@alderfinch.example"),
            att("Maya Example", USER, "ACCEPTED"),
            "DESCRIPTION:What: Take-home review\\nInvitee time zone: Europe/Lisbon",
            "LOCATION:https://cal.example/video/9Xk2mPq7Lr4t",
            "STATUS:CONFIRMED",
        ),
        expected=occ(
            u,
            "2026-12-14T16:00:00Z",
            "2026-12-14T17:00:00Z",
            interview=True,
            people=("leo@alderfinch.example",),
            company="Alder & Finch",
            role="iOS Engineer",
        ),
    )

    u = "hirevue-ondemand-20261210-55120@hirevue.example"
    single(
        "hirevue_video_interview_noreply",
        source="HireVue reminder",
        tz="Europe/London",
        head="PRODID:-//HireVue//Scheduling//EN",
        uid=u,
        summary="HireVue video interview – Graduate Analyst – Larkspur Bank",
        when=("DTSTART:20261210T130000Z", "DTEND:20261210T133000Z"),
        lines=(
            org("Larkspur Bank via HireVue", "noreply@hirevue.example"),
            ME_NA,
            "DESCRIPTION:Your on-demand video interview for Graduate Analyst. Use the link in your email.",
        ),
        expected=occ(
            u,
            "2026-12-10T13:00:00Z",
            "2026-12-10T13:30:00Z",
            interview=True,
            company="Larkspur Bank",
            role="Graduate Analyst",
        ),
    )

    u = "teamtailor-interview-2f9b7c11@teamtailor.example"
    single(
        "teamtailor_sv_intervju",
        source="Teamtailor invitation (sv)",
        tz="Europe/Stockholm",
        head="PRODID:-//Teamtailor//Meetings//SV",
        uid=u,
        summary="Intervju: UX Designer – Solviken",
        when=("DTSTART;TZID=Europe/Stockholm:20261216T140000", "DTEND;TZID=Europe/Stockholm:20261216T150000"),
        lines=(
            org("Karin Holm", "karin.holm@solviken.example"),
            ME_NA,
            att("Erik Lund", "erik.lund@solviken.example", "ACCEPTED"),
            "DESCRIPTION:Välkommen på intervju! Länk till Teams-mötet skickas separat.",
        ),
        expected=occ(
            u,
            "2026-12-16T13:00:00Z",
            "2026-12-16T14:00:00Z",
            interview=True,
            people=("erik.lund@solviken.example", "karin.holm@solviken.example"),
            company="Solviken",
            role="UX Designer",
        ),
    )

    u = "personio-appointment-71882@personio.example"
    single(
        "personio_de_kennenlernen_gender_marker",
        source="Personio invitation (de)",
        tz="Europe/Berlin",
        head="PRODID:-//Personio//Recruiting//DE",
        uid=u,
        summary="Kennenlerngespräch | Office Manager (m/w/d) | Feldberg GmbH",
        when=("DTSTART;TZID=Europe/Berlin:20261217T100000", "DTEND;TZID=Europe/Berlin:20261217T103000"),
        lines=(
            org("Feldberg GmbH", "noreply@personio.example"),
            ME_NA,
            att("Petra Lang", "petra.lang@feldberg.example", "ACCEPTED"),
        ),
        expected=occ(
            u,
            "2026-12-17T09:00:00Z",
            "2026-12-17T09:30:00Z",
            interview=True,
            people=("petra.lang@feldberg.example",),
            company="Feldberg GmbH",
            role="Office Manager",
        ),
    )

    u = "040000008200E00074C5B7101A82E00800000000ABCDEF0123456DC0100000000000000001000000011223344AABBCCDD5566778899EEFF00"
    single(
        "smartrecruiters_case_interview_outlook",
        source="SmartRecruiters invitation via Outlook",
        tz="Europe/London",
        head=OUTLOOK,
        uid=u,
        summary="Case interview – Strategy Consultant – Meridian & Co",
        when=(
            "DTSTART;TZID=GMT Standard Time:20261218T140000",
            "DTEND;TZID=GMT Standard Time:20261218T153000",
        ),
        lines=(
            org("Olivia Grant", "olivia.grant@meridianco.example"),
            att("Maya Example", USER),
            att("Ben Carter", "ben.carter@meridianco.example"),
            "DESCRIPTION:Case interview (90 min). Scheduled via SmartRecruiters.",
        ),
        expected=occ(
            u,
            "2026-12-18T14:00:00Z",
            "2026-12-18T15:30:00Z",
            interview=True,
            people=("ben.carter@meridianco.example", "olivia.grant@meridianco.example"),
            company="Meridian & Co",
            role="Strategy Consultant",
        ),
    )

    u = "bamboohr-interview-33019@bamboohr.example"
    single(
        "bamboohr_phone_screen",
        source="BambooHR invitation",
        tz="America/Denver",
        head="PRODID:-//BambooHR//Calendar//EN",
        uid=u,
        summary="Phone Screen - Marketing Coordinator - Cedar & Pine",
        when=("DTSTART;TZID=America/Denver:20261209T090000", "DTEND;TZID=America/Denver:20261209T093000"),
        lines=(org("Hollis Grey", "hollis.grey@cedarandpine.example"), ME_NA),
        expected=occ(
            u,
            "2026-12-09T16:00:00Z",
            "2026-12-09T16:30:00Z",
            interview=True,
            people=("hollis.grey@cedarandpine.example",),
            company="Cedar & Pine",
            role="Marketing Coordinator",
        ),
    )

    u = "recruitee-event-19a8b7c6@recruitee.example"
    single(
        "recruitee_all_day_assessment_centre",
        source="Recruitee invitation (all day)",
        tz="Europe/London",
        head="PRODID:-//Recruitee//Events//EN",
        uid=u,
        summary="Assessment centre: Quarry Hill Partners – Graduate Analyst",
        when=("DTSTART;VALUE=DATE:20261216", "DTEND;VALUE=DATE:20261217"),
        lines=(
            org("Quarry Hill Graduates", "graduates@quarryhill.example"),
            ME_NA,
            "DESCRIPTION:Full day at our Leeds office: group exercise\\, case study and interviews.",
            "TRANSP:TRANSPARENT",
        ),
        expected=occ(
            u,
            "2026-12-16T00:00:00Z",
            "2026-12-17T00:00:00Z",
            interview=True,
            people=("graduates@quarryhill.example",),
            company="Quarry Hill Partners",
            role="Graduate Analyst",
        ),
    )

    u = "modernloop-7a1b2c3d-onsite@modernloop.example"
    single(
        "modernloop_onsite_brackets",
        source="ModernLoop invitation",
        tz="America/Los_Angeles",
        head="PRODID:-//ModernLoop//Scheduler//EN",
        uid=u,
        summary="[Onsite] Data Platform Engineer (Final round) - Redwood Atlas",
        when=(
            "DTSTART;TZID=America/Los_Angeles:20261215T090000",
            "DTEND;TZID=America/Los_Angeles:20261215T120000",
        ),
        lines=(
            org("Redwood Atlas Recruiting", "recruiting@redwoodatlas.example"),
            ME_NA,
            att("Ana Lima", "ana.lima@redwoodatlas.example", "ACCEPTED"),
            att("Chris Park", "chris.park@redwoodatlas.example", "ACCEPTED"),
            att("Dev Singh", "dev.singh@redwoodatlas.example", "DECLINED"),
        ),
        expected=occ(
            u,
            "2026-12-15T17:00:00Z",
            "2026-12-15T20:00:00Z",
            interview=True,
            people=(
                "ana.lima@redwoodatlas.example",
                "chris.park@redwoodatlas.example",
                "recruiting@redwoodatlas.example",
            ),
            company="Redwood Atlas",
            role="Data Platform Engineer",
        ),
    )

    u = "gem-sched-5501e2f3@gem.example"
    single(
        "gem_recruiter_screen_with",
        source="Gem invitation",
        tz="America/Chicago",
        head="PRODID:-//Gem//Scheduling//EN",
        uid=u,
        summary="Recruiter screen with Tallgrass Analytics (Data Scientist)",
        when=("DTSTART:20261209T200000Z", "DTEND:20261209T203000Z"),
        lines=(org("Jane Doe", "jane.doe@tallgrass.example"), ME_NA),
        expected=occ(
            u,
            "2026-12-09T20:00:00Z",
            "2026-12-09T20:30:00Z",
            interview=True,
            people=("jane.doe@tallgrass.example",),
            company="Tallgrass Analytics",
            role="Data Scientist",
        ),
    )

    u = "paradox-ai-1188230-interview@paradox.example"
    single(
        "paradox_assistant_organizer",
        source="Paradox assistant invitation",
        tz="America/Chicago",
        head="PRODID:-//Paradox//Olivia//EN",
        uid=u,
        summary="Interview with Harbor Coffee Roasters – Shift Supervisor",
        when=("DTSTART;TZID=America/Chicago:20261212T100000", "DTEND;TZID=America/Chicago:20261212T103000"),
        lines=(
            org("Olivia (Harbor Coffee Roasters)", "olivia@paradox.example"),
            ME_NA,
            att("Rosa Alvarez", "rosa.alvarez@harborcoffee.example", "ACCEPTED"),
            "LOCATION:Harbor Coffee Roasters\\, 210 Lake St\\, Chicago",
        ),
        expected=occ(
            u,
            "2026-12-12T16:00:00Z",
            "2026-12-12T16:30:00Z",
            interview=True,
            people=("rosa.alvarez@harborcoffee.example",),
            company="Harbor Coffee Roasters",
            role="Shift Supervisor",
        ),
    )

    # Look-alikes around the interviews.
    u = "mock-4412@careers.uni-leipzig.example"
    single(
        "mock_interview_careers_service",
        source="university careers service booking",
        tz="Europe/Berlin",
        head="PRODID:-//Careers Service//Booking//DE",
        uid=u,
        summary="Mock interview (system design) – Careers Service",
        when=("DTSTART;TZID=Europe/Berlin:20261209T160000", "DTEND;TZID=Europe/Berlin:20261209T170000"),
        lines=(
            org("Careers Service", "careers@uni-leipzig.example"),
            ME_NA,
            "DESCRIPTION:Practice interview with feedback. Bring the job ad you are applying to.",
        ),
        expected=occ(u, "2026-12-09T15:00:00Z", "2026-12-09T16:00:00Z", interview=False),
    )

    u = "040000008200E00074C5B7101A82E0080000000055AA66BB77CCDC01000000000000000010000000AA55BB66CC77DD88EE99FF0011223344"
    single(
        "exit_interview_current_employer",
        source="Exchange 365 invitation",
        tz="Europe/Berlin",
        head=EXCHANGE,
        uid=u,
        summary="Exit interview – Maya Example",
        when=(
            "DTSTART;TZID=W. Europe Standard Time:20261217T150000",
            "DTEND;TZID=W. Europe Standard Time:20261217T153000",
        ),
        lines=(org("HR Northpeak", "hr@northpeak.example"), att("Maya Example", USER)),
        expected=occ(u, "2026-12-17T14:00:00Z", "2026-12-17T14:30:00Z", interview=False),
    )

    u = "1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com"
    single(
        "performance_review",
        source="Google Calendar invitation",
        tz="Europe/Berlin",
        head=GOOGLE,
        uid=u,
        summary="Performance review 2026 – Maya / Raj",
        when=("DTSTART;TZID=Europe/Berlin:20261208T140000", "DTEND;TZID=Europe/Berlin:20261208T150000"),
        lines=(org("Raj Patel", "raj.patel@northpeak.example"), ME, "STATUS:CONFIRMED"),
        expected=occ(u, "2026-12-08T13:00:00Z", "2026-12-08T14:00:00Z", interview=False),
    )

    u = "tripit-flight-BA983-20261210@tripit.example"
    single(
        "tripit_flight_to_onsite",
        source="TripIt feed",
        tz="Europe/Berlin",
        head="PRODID:-//TripIt//Travel Calendar//EN",
        uid=u,
        method="PUBLISH",
        summary="BA983 BER to LHR",
        when=("DTSTART:20261210T060000Z", "DTEND:20261210T075500Z"),
        lines=("LOCATION:Berlin (BER)", "DESCRIPTION:Trip: London interviews\\nConfirmation: XK7PQ2"),
        expected=occ(u, "2026-12-10T06:00:00Z", "2026-12-10T07:55:00Z", interview=False),
    )

    u = "jobmesse-2026-leipzig@jobmesse.example"
    single(
        "job_fair_all_day",
        source="event site calendar download",
        tz="Europe/Berlin",
        head="PRODID:-//Jobmesse Zukunft Digital//Tickets//DE",
        uid=u,
        method="PUBLISH",
        summary="Jobmesse Zukunft Digital 2026",
        when=("DTSTART;VALUE=DATE:20261212", "DTEND;VALUE=DATE:20261213"),
        lines=("LOCATION:Kongresshalle am Zoo\\, Leipzig", "TRANSP:TRANSPARENT"),
        expected=occ(u, "2026-12-11T23:00:00Z", "2026-12-12T23:00:00Z", interview=False),
    )

    u = "riverside-rec-88412@podcast.example"
    single(
        "podcast_guest_interview",
        source="podcast recording booking",
        tz="Europe/Berlin",
        head="PRODID:-//Riverside//Recording//EN",
        uid=u,
        summary="Podcast recording: The Career Switch – interview with Maya Example",
        when=("DTSTART:20261214T170000Z", "DTEND:20261214T180000Z"),
        lines=(
            org("The Career Switch", "host@careerswitchpod.example"),
            ME_NA,
            "DESCRIPTION:Guest interview for episode 57. Use headphones.",
        ),
        expected=occ(u, "2026-12-14T17:00:00Z", "2026-12-14T18:00:00Z", interview=False),
    )

    a, b = "thankyou-0a1b2c3d@fastmail.example", "research-4e5f6a7b@fastmail.example"
    add(
        "fastmail_todo_blocks",
        f"""BEGIN:VCALENDAR
PRODID:-//Fastmail/2020.5/EN
VERSION:2.0
BEGIN:VEVENT
UID:{a}
DTSTAMP:{STAMP}
DTSTART;TZID=Europe/Berlin:20261211T170000
DTEND;TZID=Europe/Berlin:20261211T173000
SUMMARY:Send thank-you notes after interviews (Vetra\\, Halvorsen)
END:VEVENT
BEGIN:VEVENT
UID:{b}
DTSTAMP:{STAMP}
DTSTART;TZID=Europe/Berlin:20261207T180000
DTEND;TZID=Europe/Berlin:20261207T190000
SUMMARY:Research Kranich Logistik before interview
END:VEVENT
END:VCALENDAR""",
        [
            occ(a, "2026-12-11T16:00:00Z", "2026-12-11T16:30:00Z", interview=False),
            occ(b, "2026-12-07T17:00:00Z", "2026-12-07T18:00:00Z", interview=False),
        ],
        source="Fastmail calendar",
        tz="Europe/Berlin",
    )

    # Her weekly 1:1 (Mondays and Thursdays): an EXDATE and a moved occurrence.
    u = "0o9i8u7y6t5r4e3w2q1a0s9d8f@google.com"
    add(
        "google_one_on_one_series_exdate_moved",
        f"""BEGIN:VCALENDAR
{GOOGLE}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:maya@example.org
X-WR-TIMEZONE:Europe/Berlin
{VTZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261102T100000
DTEND;TZID=Europe/Berlin:20261102T103000
RRULE:FREQ=WEEKLY;BYDAY=MO,TH
EXDATE;TZID=Europe/Berlin:20261207T100000
DTSTAMP:{STAMP}
{org("Raj Patel", "raj.patel@northpeak.example")}
UID:{u}
{att("Raj Patel", "raj.patel@northpeak.example", "ACCEPTED")}
{ME}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Maya / Raj 1:1
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261215T110000
DTEND;TZID=Europe/Berlin:20261215T113000
DTSTAMP:{STAMP}
{org("Raj Patel", "raj.patel@northpeak.example")}
UID:{u}
RECURRENCE-ID;TZID=Europe/Berlin:20261214T100000
{att("Raj Patel", "raj.patel@northpeak.example", "ACCEPTED")}
{ME}
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Maya / Raj 1:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                u,
                "2026-12-10T09:00:00Z",
                "2026-12-10T09:30:00Z",
                interview=False,
                recurrence="20261210T090000Z",
            ),
            occ(
                u,
                "2026-12-15T10:00:00Z",
                "2026-12-15T10:30:00Z",
                interview=False,
                recurrence="20261214T090000Z",
            ),
            occ(
                u,
                "2026-12-17T09:00:00Z",
                "2026-12-17T09:30:00Z",
                interview=False,
                recurrence="20261217T090000Z",
            ),
        ],
        source="Google Calendar export",
        tz="Europe/Berlin",
    )

    # The team sync (Exchange series) with one occurrence cancelled.
    u = "040000008200E00074C5B7101A82E00800000000667788990011DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF"
    wet = ms_vtz("W. Europe Standard Time", "+0100", "+0200")
    add(
        "exchange_team_sync_series_cancelled_occurrence",
        f"""BEGIN:VCALENDAR
{EXCHANGE}
VERSION:2.0
METHOD:PUBLISH
{wet}
BEGIN:VEVENT
{org("Raj Patel", "raj.patel@northpeak.example")}
{att("Maya Example", USER, "ACCEPTED")}
{att("Jane Doe", "jane.doe@northpeak.example", "ACCEPTED")}
RRULE:FREQ=WEEKLY;UNTIL=20270126T090000Z;INTERVAL=1;BYDAY=TU;WKST=MO
UID:{u}
SUMMARY;LANGUAGE=en-US:Data team sync
DTSTART;TZID=W. Europe Standard Time:20261006T100000
DTEND;TZID=W. Europe Standard Time:20261006T104500
DTSTAMP:{STAMP}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
{org("Raj Patel", "raj.patel@northpeak.example")}
{att("Maya Example", USER, "ACCEPTED")}
{att("Jane Doe", "jane.doe@northpeak.example", "ACCEPTED")}
RECURRENCE-ID;TZID=W. Europe Standard Time:20261215T100000
UID:{u}
SUMMARY;LANGUAGE=en-US:Canceled: Data team sync
DTSTART;TZID=W. Europe Standard Time:20261215T100000
DTEND;TZID=W. Europe Standard Time:20261215T104500
DTSTAMP:{STAMP}
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR""",
        [
            occ(
                u,
                "2026-12-08T09:00:00Z",
                "2026-12-08T09:45:00Z",
                interview=False,
                recurrence="20261208T090000Z",
            ),
            occ(
                u,
                "2026-12-15T09:00:00Z",
                "2026-12-15T09:45:00Z",
                interview=False,
                recurrence="20261215T090000Z",
                cancelled=True,
            ),
        ],
        source="Exchange 365 calendar export",
        tz="Europe/Berlin",
    )


def main() -> None:
    failure_classes()
    everyday()
    for name, body, expected in CASES:
        (HERE / f"{name}.ics").write_bytes(body.encode("utf-8"))
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
