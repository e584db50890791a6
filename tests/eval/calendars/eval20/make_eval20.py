"""Writes the eval20 held-out calendars and their hand-typed expectations; rerunning rewrites the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ME = "maya@example.org"
WINDOW = ["2026-12-07T00:00:00Z", "2026-12-21T00:00:00Z"]
CASES: list[tuple[str, str, str, str, list[dict[str, object]]]] = []


def cal(prodid: str, body: str, *, method: str = "") -> str:
    head = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:{prodid}\n" + (f"METHOD:{method}\n" if method else "")
    return head + body.strip("\n") + "\nEND:VCALENDAR\n"


def E(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool,
    rid: str = "",
    who: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
    cancelled: bool = False,
) -> dict[str, object]:
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(who),
        "company": company if interview else "",
        "role": role if interview else "",
    }


def case(
    name: str, source: str, ics: str, events: list[dict[str, object]], tz: str = "Europe/Berlin"
) -> None:
    CASES.append((name, source, tz, ics, events))


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def vev(
    uid: str, summary: str, start: str, end: str, *, org: str = "", att: tuple[str, ...] = (), extra: str = ""
) -> str:
    """One VEVENT; start/end are whole DTSTART/DTEND lines, org and att the parameter:mailto parts."""
    out = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261201T090000Z", start, end, f"SUMMARY:{summary}"]
    out += [f"ORGANIZER;{org}"] if org else []
    out += [f"ATTENDEE;{a}" for a in att]
    out += [x for x in extra.strip("\n").split("\n") if x]
    return "\n".join([*out, "END:VEVENT"]) + "\n"


def a(cn: str, mail: str, state: str = "ACCEPTED", kind: str = "INDIVIDUAL") -> str:
    return f"CUTYPE={kind};ROLE=REQ-PARTICIPANT;PARTSTAT={state};CN={cn}:mailto:{mail}"


MAYA = a("Maya Example", ME)


# ---------------------------------------------------------------- issue 9's failure classes
case(
    "google_research_company_beside_prep",
    "Google Calendar",
    cal(
        GOOGLE,
        """
BEGIN:VEVENT
DTSTART:20261208T140000Z
DTEND:20261208T150000Z
DTSTAMP:20261201T101500Z
ORGANIZER;CN=Talent at Larkspur Research:mailto:talent@larkspur-research.example
UID:2f9c1ad7e0b4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Raj Patel:mailto:raj.patel@larkspu
 r-research.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Talent at Larkspur Research:mailto
 :talent@larkspur-research.example
DESCRIPTION:Hi Maya\\, looking forward to our conversation about the Research Scientist role.\\nJoin with
  Google Meet: https://meet.google.com/qpe-xrta-vkm
SUMMARY:Interview: Larkspur Research – Research Scientist
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART:20261208T120000Z
DTEND:20261208T130000Z
DTSTAMP:20261201T101900Z
UID:7b1e04c2aa90@google.com
SUMMARY:Prep for Larkspur Research interview
DESCRIPTION:Reread the paper list\\, STAR stories\\, questions for Raj
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""",
    ),
    [
        E(
            "2f9c1ad7e0b4@google.com",
            "2026-12-08T14:00:00Z",
            "2026-12-08T15:00:00Z",
            interview=True,
            who=("raj.patel@larkspur-research.example", "talent@larkspur-research.example"),
            company="Larkspur Research",
            role="Research Scientist",
        ),
        E("7b1e04c2aa90@google.com", "2026-12-08T12:00:00Z", "2026-12-08T13:00:00Z", interview=False),
    ],
)

B = "DTSTART;TZID=Europe/Berlin:"
BE = "DTEND;TZID=Europe/Berlin:"
BERLIN_TZ = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
"""

case(
    "outlook_syncwave_company_no_vtimezone",
    "Outlook 365, Windows zone without VTIMEZONE",
    cal(
        EXCHANGE,
        vev(
            "040000008200E00074C5B7101A82E00800000000A0C1F4D2B36BDB01000000000000000010000000C3",
            "SyncWave | Technical interview | Backend Engineer (Kotlin)",
            'DTSTART;TZID="W. Europe Standard Time":20261209T103000',
            'DTEND;TZID="W. Europe Standard Time":20261209T113000',
            org="CN=Jane Doe:mailto:jane.doe@syncwave.example",
            att=(MAYA, a("Lukas Brenner", "lukas.brenner@syncwave.example")),
            extra="X-MICROSOFT-CDO-BUSYSTATUS:BUSY\nLOCATION:Microsoft Teams Meeting\n"
            "DESCRIPTION:Microsoft Teams meeting\\nJoin on your computer: https://teams.example/l/meetup-join/x",
        ),
        method="REQUEST",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E00800000000A0C1F4D2B36BDB01000000000000000010000000C3",
            "2026-12-09T09:30:00Z",
            "2026-12-09T10:30:00Z",
            interview=True,
            who=("jane.doe@syncwave.example", "lukas.brenner@syncwave.example"),
            company="SyncWave",
            role="Backend Engineer (Kotlin)",
        )
    ],
)
case(
    "greenhouse_training_role_room_declined",
    "Greenhouse invite via Google",
    cal(
        GOOGLE,
        vev(
            "gh-int-88123-panel@greenhouse.example",
            "Panel interview: Sales Training Manager – Oakhill Learning",
            "DTSTART:20261210T130000Z",
            "DTEND:20261210T143000Z",
            org="CN=Oakhill Learning Recruiting:mailto:no-reply@greenhouse.example",
            att=(
                MAYA,
                a("Jane Doe", "jane.doe@oakhill-learning.example"),
                a("Tom Okafor", "tom.okafor@oakhill-learning.example", "DECLINED"),
                a("Priya Raman", "priya.raman@oakhill-learning.example", "TENTATIVE"),
                a("Berlin-3-Elbe (8)", "c_1884a7f2e9@resource.calendar.google.com", kind="RESOURCE"),
            ),
            extra="DESCRIPTION:Interview kit and agenda are in Greenhouse.",
        ),
    ),
    [
        E(
            "gh-int-88123-panel@greenhouse.example",
            "2026-12-10T13:00:00Z",
            "2026-12-10T14:30:00Z",
            interview=True,
            who=("jane.doe@oakhill-learning.example", "priya.raman@oakhill-learning.example"),
            company="Oakhill Learning",
            role="Sales Training Manager",
        )
    ],
)
case(
    "google_workshop_company_group_calendar",
    "Google Calendar with a group calendar guest",
    cal(
        GOOGLE,
        vev(
            "5d0e7f11c2ab@google.com",
            "Workshop Nine – final interview with the founders",
            "DTSTART:20261211T090000Z",
            "DTEND:20261211T100000Z",
            org="CN=Anna Lind:mailto:anna@workshopnine.example",
            att=(
                MAYA,
                a("Anna Lind", "anna@workshopnine.example"),
                a("Hiring – Workshop Nine", "workshopnine.example_3k2h1@group.calendar.google.com"),
                a("Jonas Berg", "jonas@workshopnine.example"),
            ),
        ),
    ),
    [
        E(
            "5d0e7f11c2ab@google.com",
            "2026-12-11T09:00:00Z",
            "2026-12-11T10:00:00Z",
            interview=True,
            who=("anna@workshopnine.example", "jonas@workshopnine.example"),
            company="Workshop Nine",
        )
    ],
)
case(
    "outlook_planning_role_es_room",
    "Outlook desktop, Spanish, Exchange room",
    cal(
        OUTLOOK,
        BERLIN_TZ.replace("Europe/Berlin", "Romance Standard Time")
        + vev(
            "040000008200E00074C5B7101A82E0080000000090F5D1C8B46BDB01000000000000000010000000A7",
            "Entrevista – Analista de Demand Planning – Galería Norte",
            "DTSTART;TZID=Romance Standard Time:20261214T110000",
            "DTEND;TZID=Romance Standard Time:20261214T120000",
            org="CN=Lucía Romero:mailto:lucia.romero@galerianorte.example",
            att=(
                MAYA,
                a("Sala Retiro 2", "sala.retiro2@galerianorte.example", kind="ROOM"),
                a("Diego Sanz", "diego.sanz@galerianorte.example"),
            ),
            extra="LOCATION:Sala Retiro 2",
        ),
        method="REQUEST",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E0080000000090F5D1C8B46BDB01000000000000000010000000A7",
            "2026-12-14T10:00:00Z",
            "2026-12-14T11:00:00Z",
            interview=True,
            who=("diego.sanz@galerianorte.example", "lucia.romero@galerianorte.example"),
            company="Galería Norte",
            role="Analista de Demand Planning",
        )
    ],
)
case(
    "newsletter_webinar_about_interviews",
    "Event platform invite from a newsletter",
    cal(
        "-//Eventbrite//Events//EN",
        vev(
            "evt-2291847@events.careerletter.example",
            "Live webinar: How to pass the system design interview",
            "DTSTART:20261209T170000Z",
            "DTEND:20261209T180000Z",
            org="CN=The Career Letter:mailto:events@careerletter.example",
            att=(MAYA,),
            extra="DESCRIPTION:Our monthly live session with Q&A. Unsubscribe any time.",
        ),
        method="REQUEST",
    ),
    [
        E(
            "evt-2291847@events.careerletter.example",
            "2026-12-09T17:00:00Z",
            "2026-12-09T18:00:00Z",
            interview=False,
        )
    ],
)
case(
    "user_interviews_candidate",
    "Google Calendar, the user hiring",
    cal(
        GOOGLE,
        vev(
            "9e3a5b66d1f0@google.com",
            "Interview: Jonas Berg (candidate) – Frontend Engineer",
            "DTSTART:20261215T100000Z",
            "DTEND:20261215T110000Z",
            org="CN=Maya Example:mailto:maya@example.org",
            att=(MAYA, a("Jonas Berg", "jonas.berg.dev@gmail.example"), a("Raj Patel", "raj@example.org")),
        ),
    ),
    [E("9e3a5b66d1f0@google.com", "2026-12-15T10:00:00Z", "2026-12-15T11:00:00Z", interview=False)],
)
case(
    "company_first_em_dashes_rounds",
    "Fastmail",
    cal(
        "-//Fastmail/2020.5/EN",
        BERLIN_TZ
        + vev(
            "c81e2a47-3b7d-4a90-9d1e-6f2a0b5c3e11",
            "Quillfeather — Staff Engineer — interview (round 2 of 4)",
            B + "20261216T150000",
            BE + "20261216T160000",
            org="CN=Jane Doe:mailto:jane@quillfeather.example",
            att=(MAYA, a("Jane Doe", "jane@quillfeather.example")),
        ),
    ),
    [
        E(
            "c81e2a47-3b7d-4a90-9d1e-6f2a0b5c3e11",
            "2026-12-16T14:00:00Z",
            "2026-12-16T15:00:00Z",
            interview=True,
            who=("jane@quillfeather.example",),
            company="Quillfeather",
            role="Staff Engineer",
        )
    ],
)
case(
    "person_named_title_company_from_domain",
    "Google Calendar",
    cal(
        GOOGLE,
        vev(
            "0af7d2c9b331@google.com",
            "Interview with Priya Raman",
            "DTSTART:20261217T080000Z",
            "DTEND:20261217T084500Z",
            org="CN=Priya Raman:mailto:priya.raman@tidewell.example",
            att=(MAYA, a("Priya Raman", "priya.raman@tidewell.example")),
            extra="DESCRIPTION:Hiring manager conversation for the Platform Engineer opening.",
        ),
    ),
    [
        E(
            "0af7d2c9b331@google.com",
            "2026-12-17T08:00:00Z",
            "2026-12-17T08:45:00Z",
            interview=True,
            who=("priya.raman@tidewell.example",),
            company="Tidewell",
        )
    ],
)
case(
    "no_company_title_recruiter_mailbox",
    "Outlook 365",
    cal(
        EXCHANGE,
        vev(
            "040000008200E00074C5B7101A82E00800000000D0A2E7F1C46BDB01000000000000000010000000B1",
            "Technical interview – Platform Engineer",
            'DTSTART;TZID="GMT Standard Time":20261210T140000',
            'DTEND;TZID="GMT Standard Time":20261210T150000',
            org="CN=Corvane Talent:mailto:talent@corvane.example",
            att=(MAYA, a("Ola Nordmann", "ola.nordmann@corvane.example")),
        ),
        method="REQUEST",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E00800000000D0A2E7F1C46BDB01000000000000000010000000B1",
            "2026-12-10T14:00:00Z",
            "2026-12-10T15:00:00Z",
            interview=True,
            who=("ola.nordmann@corvane.example", "talent@corvane.example"),
            company="Corvane",
            role="Platform Engineer",
        )
    ],
)
case(
    "assessment_centre_thisandfuture",
    "Nextcloud, a three-day assessment centre moved from day two on",
    cal(
        "-//Nextcloud calendar v4.7.6//EN",
        BERLIN_TZ
        + vev(
            "a3c-ostwind-2026@cloud.ostwind.example",
            "Assessment Center Ostwind Energie – Trainee Netzplanung",
            B + "20261214T090000",
            BE + "20261214T120000",
            org="CN=Ostwind Recruiting:mailto:karriere@ostwind.example",
            att=(MAYA, a("Jana Nováková", "jana.novakova@ostwind.example")),
            extra="RRULE:FREQ=DAILY;COUNT=3",
        )
        + vev(
            "a3c-ostwind-2026@cloud.ostwind.example",
            "Assessment Center Ostwind Energie – Trainee Netzplanung",
            B + "20261215T100000",
            BE + "20261215T130000",
            org="CN=Ostwind Recruiting:mailto:karriere@ostwind.example",
            att=(MAYA, a("Jana Nováková", "jana.novakova@ostwind.example")),
            extra="RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20261215T090000\nSEQUENCE:1",
        ),
    ),
    [
        E(
            "a3c-ostwind-2026@cloud.ostwind.example",
            f"2026-12-{d}T{h}:00:00Z",
            f"2026-12-{d}T{h2}:00:00Z",
            interview=True,
            rid=f"202612{d}T080000Z",
            who=("jana.novakova@ostwind.example", "karriere@ostwind.example"),
            company="Ostwind Energie",
            role="Trainee Netzplanung",
        )
        for d, h, h2 in (("14", "08", "11"), ("15", "09", "12"), ("16", "09", "12"))
    ],
)
case(
    "team_sync_series_thisandfuture_exdate",
    "Outlook 365 series moved for the rest of the year",
    cal(
        EXCHANGE,
        BERLIN_TZ.replace("Europe/Berlin", "W. Europe Standard Time")
        + vev(
            "040000008200E00074C5B7101A82E008000000005011B2A3C36BDB01000000000000000010000000F0",
            "Weekly sync – volunteer mentoring team",
            "DTSTART;TZID=W. Europe Standard Time:20261207T163000",
            "DTEND;TZID=W. Europe Standard Time:20261207T170000",
            org="CN=Jane Doe:mailto:jane.doe@mentoring.example",
            att=(MAYA, a("Raj Patel", "raj.patel@mentoring.example")),
            extra="RRULE:FREQ=DAILY;UNTIL=20261218T153000Z;BYDAY=MO,WE,FR\n"
            "EXDATE;TZID=W. Europe Standard Time:20261209T163000",
        )
        + vev(
            "040000008200E00074C5B7101A82E008000000005011B2A3C36BDB01000000000000000010000000F0",
            "Weekly sync – volunteer mentoring team",
            "DTSTART;TZID=W. Europe Standard Time:20261214T173000",
            "DTEND;TZID=W. Europe Standard Time:20261214T180000",
            org="CN=Jane Doe:mailto:jane.doe@mentoring.example",
            att=(MAYA, a("Raj Patel", "raj.patel@mentoring.example")),
            extra="RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=W. Europe Standard Time:20261214T163000",
        ),
        method="REQUEST",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E008000000005011B2A3C36BDB01000000000000000010000000F0",
            f"2026-12-{d}T{h}:30:00Z",
            f"2026-12-{d}T{h2}:00:00Z",
            interview=False,
            rid=f"202612{d}T153000Z",
        )
        for d, h, h2 in (
            ("07", "15", "16"),
            ("11", "15", "16"),
            ("14", "16", "17"),
            ("16", "16", "17"),
            ("18", "16", "17"),
        )
    ],
)
REQ = vev(
    "040000008200E00074C5B7101A82E00800000000F06C8B2AD56BDB01000000000000000010000000E4",
    "Harbor Review Partners – second round – Audit Associate",
    'DTSTART;TZID="Eastern Standard Time":20261208T100000',
    'DTEND;TZID="Eastern Standard Time":20261208T110000',
    org="CN=Sam Carter:mailto:sam.carter@harborreview.example",
    att=(MAYA, a("Sam Carter", "sam.carter@harborreview.example")),
    extra="SEQUENCE:0",
)
case(
    "exchange_request_update_cancel_stream",
    "Exchange iTIP stream: request, update, cancel in one file",
    cal(EXCHANGE, REQ, method="REQUEST")
    + cal(
        EXCHANGE,
        REQ.replace("20261208T10", "20261209T13")
        .replace("20261208T11", "20261209T14")
        .replace("SEQUENCE:0", "SEQUENCE:1")
        .replace("DTSTAMP:20261201T090000Z", "DTSTAMP:20261202T141200Z"),
        method="REQUEST",
    )
    + cal(
        EXCHANGE,
        REQ.replace("20261208T10", "20261209T13")
        .replace("20261208T11", "20261209T14")
        .replace("SEQUENCE:0", "SEQUENCE:2\nSTATUS:CANCELLED")
        .replace("SUMMARY:", "SUMMARY:Canceled: ")
        .replace("DTSTAMP:20261201T090000Z", "DTSTAMP:20261204T083000Z"),
        method="CANCEL",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E00800000000F06C8B2AD56BDB01000000000000000010000000E4",
            "2026-12-09T18:00:00Z",
            "2026-12-09T19:00:00Z",
            interview=True,
            cancelled=True,
            who=("sam.carter@harborreview.example",),
            company="Harbor Review Partners",
            role="Audit Associate",
        )
    ],
    tz="America/New_York",
)
case(
    "outlook_brasilia_quoted_pt",
    "Outlook desktop, Portuguese, '(UTC-03:00) Brasilia' without VTIMEZONE",
    cal(
        OUTLOOK,
        vev(
            "040000008200E00074C5B7101A82E00800000000B0D7A5E9E66BDB01000000000000000010000000D2",
            "Entrevista técnica - Desenvolvedora Backend | Vila Aurora Pagamentos",
            'DTSTART;TZID="(UTC-03:00) Brasilia":20261211T140000',
            'DTEND;TZID="(UTC-03:00) Brasilia":20261211T150000',
            org="CN=Carla Mendes:mailto:carla.mendes@vilaaurora.example",
            att=(
                MAYA,
                a("Carla Mendes", "carla.mendes@vilaaurora.example"),
                a("Bruno Lima", "bruno@vilaaurora.example"),
            ),
        ),
        method="REQUEST",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E00800000000B0D7A5E9E66BDB01000000000000000010000000D2",
            "2026-12-11T17:00:00Z",
            "2026-12-11T18:00:00Z",
            interview=True,
            who=("bruno@vilaaurora.example", "carla.mendes@vilaaurora.example"),
            company="Vila Aurora Pagamentos",
            role="Desenvolvedora Backend",
        )
    ],
    tz="America/Sao_Paulo",
)
case(
    "teams_tzone_utc_bare",
    "Teams invite with tzone://Microsoft/Utc, no VTIMEZONE",
    cal(
        EXCHANGE,
        vev(
            "040000008200E00074C5B7101A82E0080000000070E3C1B2F76BDB01000000000000000010000000AA",
            "Hiring manager chat: Maya Example / Brightmoor (Product Analyst)",
            "DTSTART;TZID=tzone://Microsoft/Utc:20261215T153000",
            "DTEND;TZID=tzone://Microsoft/Utc:20261215T160000",
            org="CN=Helen Shaw:mailto:helen.shaw@brightmoor.example",
            att=(MAYA, a("Helen Shaw", "helen.shaw@brightmoor.example")),
            extra="X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example/l/meetup-join/19%3ameeting",
        ),
        method="REQUEST",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E0080000000070E3C1B2F76BDB01000000000000000010000000AA",
            "2026-12-15T15:30:00Z",
            "2026-12-15T16:00:00Z",
            interview=True,
            who=("helen.shaw@brightmoor.example",),
            company="Brightmoor",
            role="Product Analyst",
        )
    ],
)
CUSTOM_TZ = """BEGIN:VTIMEZONE
TZID:Mitteleuropäische Zeit (eigene)
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
"""
case(
    "thunderbird_custom_tzid_de",
    "Thunderbird, own VTIMEZONE with a custom TZID",
    cal(
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        CUSTOM_TZ
        + vev(
            "e7b2c0d4-1f5a-4c39-8d2e-90ab11c7f3d8",
            "Vorstellungsgespräch bei Fahrwerk Logistik GmbH: Teamleitung Disposition",
            "DTSTART;TZID=Mitteleuropäische Zeit (eigene):20261216T093000",
            "DTEND;TZID=Mitteleuropäische Zeit (eigene):20261216T103000",
            org="CN=Petra Vogel:mailto:petra.vogel@fahrwerk-logistik.example",
            att=(MAYA, a("Petra Vogel", "petra.vogel@fahrwerk-logistik.example")),
            extra="LOCATION:Hafenstraße 12\\, Hamburg",
        ),
    ),
    [
        E(
            "e7b2c0d4-1f5a-4c39-8d2e-90ab11c7f3d8",
            "2026-12-16T08:30:00Z",
            "2026-12-16T09:30:00Z",
            interview=True,
            who=("petra.vogel@fahrwerk-logistik.example",),
            company="Fahrwerk Logistik GmbH",
            role="Teamleitung Disposition",
        )
    ],
)
TOKYO_TZ = """BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
"""
case(
    "outlook_tokyo_vtimezone_ja",
    "Outlook desktop, Japanese, Windows zone with VTIMEZONE",
    cal(
        OUTLOOK,
        TOKYO_TZ
        + vev(
            "040000008200E00074C5B7101A82E00800000000C04F9A1D086CDB01000000000000000010000000B9",
            "【二次面接】株式会社ミナトデータ／データエンジニア職",
            "DTSTART;TZID=Tokyo Standard Time:20261210T150000",
            "DTEND;TZID=Tokyo Standard Time:20261210T160000",
            org="CN=佐藤 花子:mailto:hanako.sato@minatodata.example",
            att=(
                MAYA,
                a("佐藤 花子", "hanako.sato@minatodata.example"),
                a("田中 健", "ken.tanaka@minatodata.example"),
            ),
        ),
        method="REQUEST",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E00800000000C04F9A1D086CDB01000000000000000010000000B9",
            "2026-12-10T06:00:00Z",
            "2026-12-10T07:00:00Z",
            interview=True,
            who=("hanako.sato@minatodata.example", "ken.tanaka@minatodata.example"),
            company="株式会社ミナトデータ",
            role="データエンジニア職",
        )
    ],
    tz="Asia/Tokyo",
)
case(
    "zoom_notetaker_bot_and_noreply",
    "Zoom invite via Ashby with a notetaker bot",
    cal(
        "-//zoom.us//iCalendar Event//EN",
        vev(
            "ashby-9f1c2e7a@ashbyhq.example",
            "Pairing interview @ Cobaltline – Senior iOS Engineer",
            "DTSTART:20261214T160000Z",
            "DTEND:20261214T173000Z",
            org="CN=Cobaltline via Ashby:mailto:no-reply@ashbyhq.example",
            att=(
                MAYA,
                a("Mateo Ruiz", "mateo.ruiz@cobaltline.example"),
                a("Cobaltline Notetaker", "notetaker@bots.meetingnotes.example", kind="UNKNOWN"),
                a("Interviews – Cobaltline", "interviews@cobaltline.example", kind="GROUP"),
            ),
            extra="LOCATION:https://zoom.example/j/81234567890\nDESCRIPTION:Pairing on a small Swift exercise.",
        ),
        method="REQUEST",
    ),
    [
        E(
            "ashby-9f1c2e7a@ashbyhq.example",
            "2026-12-14T16:00:00Z",
            "2026-12-14T17:30:00Z",
            interview=True,
            who=("mateo.ruiz@cobaltline.example",),
            company="Cobaltline",
            role="Senior iOS Engineer",
        )
    ],
)
case(
    "lone_canceled_outlook",
    "Outlook 365 cancellation on its own",
    cal(
        EXCHANGE,
        vev(
            "040000008200E00074C5B7101A82E00800000000E0B1F2C3196CDB01000000000000000010000000C8",
            "Canceled: Recruiter call – Meadowgate Insurance – Claims Analyst",
            'DTSTART;TZID="GMT Standard Time":20261217T110000',
            'DTEND;TZID="GMT Standard Time":20261217T113000',
            org="CN=Jane Doe:mailto:jane.doe@meadowgate.example",
            att=(MAYA,),
            extra="STATUS:CANCELLED\nSEQUENCE:3",
        ),
        method="CANCEL",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E00800000000E0B1F2C3196CDB01000000000000000010000000C8",
            "2026-12-17T11:00:00Z",
            "2026-12-17T11:30:00Z",
            interview=True,
            cancelled=True,
            who=("jane.doe@meadowgate.example",),
            company="Meadowgate Insurance",
            role="Claims Analyst",
        )
    ],
    tz="Europe/London",
)
case(
    "naver_ko_company_first_dot",
    "Naver Calendar, Korean",
    cal(
        "-//NHN Corp//Naver Calendar 2.0//KO",
        vev(
            "naver-20261209-7734@calendar.naver.example",
            "한결테크 · 기술 면접 · 프론트엔드 개발자",
            "DTSTART;TZID=Asia/Seoul:20261209T140000",
            "DTEND;TZID=Asia/Seoul:20261209T150000",
            org="CN=김지수:mailto:jisoo.kim@hangyeol.example",
            att=(MAYA, a("김지수", "jisoo.kim@hangyeol.example")),
        ),
    ),
    [
        E(
            "naver-20261209-7734@calendar.naver.example",
            "2026-12-09T05:00:00Z",
            "2026-12-09T06:00:00Z",
            interview=True,
            who=("jisoo.kim@hangyeol.example",),
            company="한결테크",
            role="프론트엔드 개발자",
        )
    ],
    tz="Asia/Seoul",
)
case(
    "feishu_zh_bracket_title",
    "Feishu/Lark invite, Chinese",
    cal(
        "-//Lark//Calendar//ZH",
        vev(
            "lark-6a1b9c3e-zh@larksuite.example",
            "【面试】青禾科技 | 高级产品经理 | 终面",
            "DTSTART;TZID=Asia/Shanghai:20261211T100000",
            "DTEND;TZID=Asia/Shanghai:20261211T110000",
            org="CN=王芳:mailto:wangfang@qinghe.example",
            att=(MAYA, a("王芳", "wangfang@qinghe.example"), a("李强", "liqiang@qinghe.example")),
        ),
    ),
    [
        E(
            "lark-6a1b9c3e-zh@larksuite.example",
            "2026-12-11T02:00:00Z",
            "2026-12-11T03:00:00Z",
            interview=True,
            who=("liqiang@qinghe.example", "wangfang@qinghe.example"),
            company="青禾科技",
            role="高级产品经理",
        )
    ],
    tz="Asia/Shanghai",
)
case(
    "user_research_interview_paid",
    "Calendly booking for a paid user-research interview",
    cal(
        "-//Calendly//Calendly//EN",
        vev(
            "calendly-ur-41a9c2@calendly.example",
            "User research interview: budgeting app (45 min, €40 voucher)",
            "DTSTART:20261210T180000Z",
            "DTEND:20261210T184500Z",
            org="CN=Jane Doe:mailto:research@pennywise.example",
            att=(MAYA,),
            extra="DESCRIPTION:Thanks for joining our customer research study. We will record the session.",
        ),
    ),
    [
        E(
            "calendly-ur-41a9c2@calendly.example",
            "2026-12-10T18:00:00Z",
            "2026-12-10T18:45:00Z",
            interview=False,
        )
    ],
)


def simple(
    name: str,
    source: str,
    prodid: str,
    uid: str,
    summary: str,
    when: tuple[str, str, str, str],
    *,
    org: str = "",
    att: tuple[str, ...] = (),
    interview: bool,
    who: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
    extra: str = "",
    method: str = "",
    tz: str = "Europe/Berlin",
) -> None:
    """when: the DTSTART and DTEND lines as written, then the UTC start and end typed by hand."""
    body = (BERLIN_TZ if "TZID=Europe/Berlin" in when[0] else "") + vev(
        uid, summary, when[0], when[1], org=org, att=att, extra=extra
    )
    exp = E(uid, when[2], when[3], interview=interview, who=who, company=company, role=role)
    case(name, source, cal(prodid, body, method=method), [exp], tz)


def ber(day: str, start: str, end: str) -> tuple[str, str, str, str]:
    """Berlin wall time on a December 2026 day (UTC+1 then)."""
    hs, he = int(start[:2]) - 1, int(end[:2]) - 1
    return (
        f"{B}202612{day}T{start}00",
        f"{BE}202612{day}T{end}00",
        f"2026-12-{day}T{hs:02d}:{start[2:]}:00Z",
        f"2026-12-{day}T{he:02d}:{end[2:]}:00Z",
    )


def utc(day: str, start: str, end: str) -> tuple[str, str, str, str]:
    return (
        f"DTSTART:202612{day}T{start}00Z",
        f"DTEND:202612{day}T{end}00Z",
        f"2026-12-{day}T{start[:2]}:{start[2:]}:00Z",
        f"2026-12-{day}T{end[:2]}:{end[2:]}:00Z",
    )


# ---------------------------------------------------------------- a job seeker's everyday calendar
simple(
    "calendly_recruiter_screen",
    "Calendly",
    "-//Calendly//Calendly//EN",
    "calendly-7c3e91b2@calendly.example",
    "Recruiter screen: Maya Example <> Hollowbrook Health (Data Engineer)",
    utc("08", "1600", "1630"),
    org="CN=Jane Doe:mailto:jane.doe@hollowbrook.example",
    att=(MAYA, a("Jane Doe", "jane.doe@hollowbrook.example")),
    interview=True,
    who=("jane.doe@hollowbrook.example",),
    company="Hollowbrook Health",
    role="Data Engineer",
)
simple(
    "lever_fr_entretien_rh",
    "Lever invite, French",
    "-//Lever//Interview//FR",
    "lever-ab12cd34-fr@lever.example",
    "Entretien RH – Chargée de communication – Maison Ferrand",
    ber("09", "0930", "1015"),
    org="CN=Maison Ferrand:mailto:no-reply@hire.lever.example",
    att=(MAYA, a("Claire Dubois", "claire.dubois@maisonferrand.example")),
    interview=True,
    who=("claire.dubois@maisonferrand.example",),
    company="Maison Ferrand",
    role="Chargée de communication",
)
simple(
    "google_meet_it_colloquio",
    "Google Calendar, Italian",
    GOOGLE,
    "3c8e2f90aa17@google.com",
    "Colloquio tecnico | Sviluppatore Java | Velatura S.r.l.",
    ber("10", "1100", "1200"),
    org="CN=Giulia Conti:mailto:giulia.conti@velatura.example",
    att=(MAYA, a("Giulia Conti", "giulia.conti@velatura.example")),
    extra="DESCRIPTION:Partecipa con Google Meet: https://meet.google.com/abc-defg-hij",
    interview=True,
    who=("giulia.conti@velatura.example",),
    company="Velatura S.r.l.",
    role="Sviluppatore Java",
)
simple(
    "teamtailor_nl_bij",
    "Teamtailor, Dutch",
    "-//Teamtailor//Calendar//NL",
    "tt-interview-55190@teamtailor.example",
    "Sollicitatiegesprek bij Duinvalk: Data-analist",
    ber("14", "1400", "1500"),
    org="CN=Duinvalk via Teamtailor:mailto:no-reply@teamtailor.example",
    att=(MAYA, a("Sanne de Vries", "sanne.devries@duinvalk.example")),
    interview=True,
    who=("sanne.devries@duinvalk.example",),
    company="Duinvalk",
    role="Data-analist",
)
simple(
    "icloud_sv_floating",
    "iCloud, Swedish, floating time",
    "-//Apple Inc.//macOS 15.1//EN",
    "B1E0F3A2-7C44-4E1B-9A0D-3F6C2E8D1A55",
    "Intervju med Fjällbo – Systemutvecklare",
    ("DTSTART:20261215T090000", "DTEND:20261215T100000", "2026-12-15T08:00:00Z", "2026-12-15T09:00:00Z"),
    org="CN=Erik Lund:mailto:erik.lund@fjallbo.example",
    att=(MAYA, a("Erik Lund", "erik.lund@fjallbo.example")),
    interview=True,
    who=("erik.lund@fjallbo.example",),
    company="Fjällbo",
    role="Systemutvecklare",
    tz="Europe/Stockholm",
)
simple(
    "workday_pl_rozmowa",
    "Workday tenant invite, Polish",
    OUTLOOK,
    "wd-INT-2026-00417@myworkday.example",
    "Rozmowa kwalifikacyjna / Tester QA / Wisłoprojekt",
    ber("16", "1300", "1400"),
    org="CN=Wisłoprojekt Workday:mailto:wislo@myworkday.example",
    att=(MAYA, a("Anna Nowak", "anna.nowak@wisloprojekt.example")),
    interview=True,
    who=("anna.nowak@wisloprojekt.example",),
    company="Wisłoprojekt",
    role="Tester QA",
    method="REQUEST",
)
simple(
    "proton_fi_tentative",
    "Proton Calendar, Finnish, tentative",
    "-//Proton AG//WebCalendar 5.0.30//EN",
    "Xk3pQ9fLr2-proton-fi@proton.me",
    "Työhaastattelu: Revontuli Games – Pelisuunnittelija",
    (
        "DTSTART;TZID=Europe/Helsinki:20261217T120000",
        "DTEND;TZID=Europe/Helsinki:20261217T130000",
        "2026-12-17T10:00:00Z",
        "2026-12-17T11:00:00Z",
    ),
    org="CN=Aino Virtanen:mailto:aino.virtanen@revontuli.example",
    att=(a("Maya Example", ME, "TENTATIVE"), a("Aino Virtanen", "aino.virtanen@revontuli.example")),
    extra="STATUS:TENTATIVE",
    interview=True,
    who=("aino.virtanen@revontuli.example",),
    company="Revontuli Games",
    role="Pelisuunnittelija",
    tz="Europe/Helsinki",
)
simple(
    "smartrecruiters_tr_mulakat",
    "SmartRecruiters, Turkish",
    "-//SmartRecruiters//Interview Scheduler//EN",
    "sr-3f91c2aa-tr@smartrecruiters.example",
    "Mülakat - Boğaziçi Lojistik - Satın Alma Uzmanı",
    (
        "DTSTART;TZID=Europe/Istanbul:20261208T150000",
        "DTEND;TZID=Europe/Istanbul:20261208T160000",
        "2026-12-08T12:00:00Z",
        "2026-12-08T13:00:00Z",
    ),
    org="CN=SmartRecruiters:mailto:noreply@smartrecruiters.example",
    att=(MAYA, a("Elif Yılmaz", "elif.yilmaz@bogazicilojistik.example")),
    interview=True,
    who=("elif.yilmaz@bogazicilojistik.example",),
    company="Boğaziçi Lojistik",
    role="Satın Alma Uzmanı",
    tz="Europe/Istanbul",
)
simple(
    "personio_da_jobsamtale",
    "Personio, Danish",
    "-//Personio//Calendar//DA",
    "personio-881273@personio.example",
    "Jobsamtale hos Nordlys Energi – Projektleder",
    (
        "DTSTART;TZID=Europe/Copenhagen:20261211T100000",
        "DTEND;TZID=Europe/Copenhagen:20261211T110000",
        "2026-12-11T09:00:00Z",
        "2026-12-11T10:00:00Z",
    ),
    org="CN=Nordlys Energi:mailto:noreply@personio.example",
    att=(
        MAYA,
        a("Mette Hansen", "mette.hansen@nordlys.example"),
        a("Lars Holm", "lars.holm@nordlys.example"),
    ),
    interview=True,
    who=("lars.holm@nordlys.example", "mette.hansen@nordlys.example"),
    company="Nordlys Energi",
    role="Projektleder",
    tz="Europe/Copenhagen",
)
simple(
    "recruitee_cs_pohovor",
    "Recruitee, Czech",
    "-//Recruitee//Interview//CS",
    "recruitee-ev-66120@recruitee.example",
    "Pohovor: Junior účetní (Vltava Finance)",
    (
        "DTSTART;TZID=Europe/Prague:20261209T083000",
        "DTEND;TZID=Europe/Prague:20261209T093000",
        "2026-12-09T07:30:00Z",
        "2026-12-09T08:30:00Z",
    ),
    org="CN=Petr Dvořák:mailto:petr.dvorak@vltavafinance.example",
    att=(MAYA, a("Petr Dvořák", "petr.dvorak@vltavafinance.example")),
    interview=True,
    who=("petr.dvorak@vltavafinance.example",),
    company="Vltava Finance",
    role="Junior účetní",
    tz="Europe/Prague",
)
simple(
    "cal_com_coffee_chat_recruiter",
    "Cal.com booking",
    "-//Cal.com Inc.//Cal.com Event//EN",
    "calcom-uid-2a7f09be@cal.example",
    "Coffee chat with a recruiter from Lumen Atlas (Solutions Engineer)",
    utc("17", "1430", "1500"),
    org="CN=Raj Patel:mailto:raj.patel@lumenatlas.example",
    att=(MAYA,),
    interview=True,
    who=("raj.patel@lumenatlas.example",),
    company="Lumen Atlas",
    role="Solutions Engineer",
)
simple(
    "goodtime_onsite_nb",
    "GoodTime, Norwegian",
    "-//GoodTime.io//Interview//EN",
    "gt-onsite-5521@goodtime.example",
    "Intervju hos Fjordkraft Digital – Senior utvikler (runde 3)",
    (
        "DTSTART;TZID=Europe/Oslo:20261218T090000",
        "DTEND;TZID=Europe/Oslo:20261218T120000",
        "2026-12-18T08:00:00Z",
        "2026-12-18T11:00:00Z",
    ),
    org="CN=GoodTime Scheduling:mailto:scheduling@goodtime.example",
    att=(
        MAYA,
        a("Kari Nordmann", "kari.nordmann@fjordkraftdigital.example"),
        a("Ola Berg", "ola.berg@fjordkraftdigital.example"),
    ),
    interview=True,
    who=("kari.nordmann@fjordkraftdigital.example", "ola.berg@fjordkraftdigital.example"),
    company="Fjordkraft Digital",
    role="Senior utvikler",
    tz="Europe/Oslo",
)
simple(
    "zoho_ro_interviu",
    "Zoho Calendar, Romanian",
    "-//Zoho Corporation//Zoho Calendar//EN",
    "zoho-4471abc9@zoho.example",
    "Interviu final – Inginer DevOps – Carpatica Soft",
    (
        "DTSTART;TZID=Europe/Bucharest:20261214T110000",
        "DTEND;TZID=Europe/Bucharest:20261214T120000",
        "2026-12-14T09:00:00Z",
        "2026-12-14T10:00:00Z",
    ),
    org="CN=Ioana Popescu:mailto:ioana.popescu@carpaticasoft.example",
    att=(MAYA, a("Ioana Popescu", "ioana.popescu@carpaticasoft.example")),
    interview=True,
    who=("ioana.popescu@carpaticasoft.example",),
    company="Carpatica Soft",
    role="Inginer DevOps",
    tz="Europe/Bucharest",
)
simple(
    "webex_hu_allasinterju",
    "Webex, Hungarian",
    "-//Cisco Webex//Meetings//EN",
    "webex-2619904471@webex.example",
    "Állásinterjú – Duna Adat Kft. – Adatmérnök",
    ber("15", "1400", "1500"),
    org="CN=Kovács Eszter:mailto:eszter.kovacs@dunaadat.example",
    att=(MAYA, a("Kovács Eszter", "eszter.kovacs@dunaadat.example")),
    interview=True,
    who=("eszter.kovacs@dunaadat.example",),
    company="Duna Adat Kft.",
    role="Adatmérnök",
)
simple(
    "hirevue_el_synenteuxi",
    "HireVue live interview, Greek",
    "-//HireVue//Live Interview//EN",
    "hv-live-77120@hirevue.example",
    "Συνέντευξη – Αιγαίο Τεχνολογίες – Μηχανικός Λογισμικού",
    (
        "DTSTART;TZID=Europe/Athens:20261216T120000",
        "DTEND;TZID=Europe/Athens:20261216T130000",
        "2026-12-16T10:00:00Z",
        "2026-12-16T11:00:00Z",
    ),
    org="CN=HireVue:mailto:no-reply@hirevue.example",
    att=(MAYA, a("Νίκος Παπαδόπουλος", "nikos.papadopoulos@aigaio-tech.example")),
    interview=True,
    who=("nikos.papadopoulos@aigaio-tech.example",),
    company="Αιγαίο Τεχνολογίες",
    role="Μηχανικός Λογισμικού",
    tz="Europe/Athens",
)
simple(
    "bamboohr_meet_the_team",
    "BambooHR invite",
    "-//BambooHR//ATS//EN",
    "bamboo-int-30918@bamboohr.example",
    "Meet the team – Customer Success Lead at Tallgrass Analytics",
    utc("18", "1500", "1600"),
    org="CN=Tallgrass Analytics Hiring:mailto:hiring@tallgrass.example",
    att=(MAYA, a("Jane Doe", "jane.doe@tallgrass.example"), a("Leo Park", "leo.park@tallgrass.example")),
    interview=True,
    who=("hiring@tallgrass.example", "jane.doe@tallgrass.example", "leo.park@tallgrass.example"),
    company="Tallgrass Analytics",
    role="Customer Success Lead",
)
simple(
    "modernloop_take_home_review",
    "ModernLoop scheduled, Google Meet",
    GOOGLE,
    "ml-loop-88a1f3@modernloop.example",
    "Take-home review (Maya Example) · Staff Data Scientist · Ferncliff Bio",
    utc("11", "1500", "1600"),
    org="CN=Ferncliff Bio Recruiting:mailto:recruiting@ferncliff.example",
    att=(MAYA, a("Dana Wu", "dana.wu@ferncliff.example"), a("ModernLoop", "scheduler@modernloop.example")),
    interview=True,
    who=("dana.wu@ferncliff.example", "recruiting@ferncliff.example"),
    company="Ferncliff Bio",
    role="Staff Data Scientist",
)
simple(
    "gem_case_interview_es",
    "Gem invite, Spanish",
    GOOGLE,
    "gem-int-5e2d71@gem.example",
    "Entrevista de caso con Solana Consultores (Consultor/a Senior)",
    ber("17", "1600", "1700"),
    org="CN=Marta Gil:mailto:marta.gil@solanaconsultores.example",
    att=(MAYA, a("Marta Gil", "marta.gil@solanaconsultores.example")),
    interview=True,
    who=("marta.gil@solanaconsultores.example",),
    company="Solana Consultores",
    role="Consultor/a Senior",
)
simple(
    "paradox_system_design",
    "Paradox-scheduled Teams interview",
    EXCHANGE,
    "paradox-olivia-40219@paradox.example",
    "System design interview – Site Reliability Engineer – Redwater Logistics",
    (
        'DTSTART;TZID="Pacific Standard Time":20261208T090000',
        'DTEND;TZID="Pacific Standard Time":20261208T100000',
        "2026-12-08T17:00:00Z",
        "2026-12-08T18:00:00Z",
    ),
    org="CN=Olivia (Redwater Logistics):mailto:noreply@paradox.example",
    att=(MAYA, a("Chris Allen", "chris.allen@redwater.example")),
    interview=True,
    who=("chris.allen@redwater.example",),
    company="Redwater Logistics",
    role="Site Reliability Engineer",
    method="REQUEST",
    tz="America/Los_Angeles",
)
# look-alikes in the same everyday calendar
simple(
    "prep_block_own",
    "Google Calendar, own block",
    GOOGLE,
    "44e1c0b7f9a2@google.com",
    "Interview prep: Velatura system questions",
    ber("10", "0900", "1030"),
    interview=False,
)
simple(
    "thank_you_notes_todo",
    "iCloud, own reminder block",
    "-//Apple Inc.//iOS 18.1//EN",
    "6F1D2C3B-AA90-4B7E-8C21-0D9E5F4A3B11",
    "Send thank-you notes after Quillfeather interview",
    ber("16", "1700", "1715"),
    interview=False,
)
simple(
    "research_before_interview_todo",
    "Fastmail, own block",
    "-//Fastmail/2020.5/EN",
    "0d5c7a21-8e44-4f0b-b3a9-1c2e7f6d9a30",
    "Research Tidewell before interview",
    ber("16", "1800", "1900"),
    interview=False,
)
simple(
    "mock_interview_friend",
    "Google Calendar",
    GOOGLE,
    "8a2f6e1c9d07@google.com",
    "Mock interview with Raj (behavioural)",
    ber("12", "1100", "1200"),
    org="CN=Raj Patel:mailto:raj.patel.home@gmail.example",
    att=(MAYA, a("Raj Patel", "raj.patel.home@gmail.example")),
    interview=False,
)
simple(
    "exit_interview_current_job",
    "Outlook 365",
    EXCHANGE,
    "040000008200E00074C5B7101A82E00800000000A0E2D3C42A6CDB01000000000000000010000000F5",
    "Exit interview – Maya Example",
    (
        'DTSTART;TZID="W. Europe Standard Time":20261218T140000',
        'DTEND;TZID="W. Europe Standard Time":20261218T143000',
        "2026-12-18T13:00:00Z",
        "2026-12-18T13:30:00Z",
    ),
    org="CN=People Team:mailto:people@oldjob.example",
    att=(MAYA,),
    interview=False,
    method="REQUEST",
)
simple(
    "podcast_recording",
    "Zoom invite",
    "-//zoom.us//iCalendar Event//EN",
    "zoom-pod-771203@zoom.example",
    "Podcast recording: 'Hiring in 2027' – guest interview",
    utc("09", "1900", "2000"),
    org="CN=Jane Doe:mailto:jane@careertalk.example",
    att=(MAYA,),
    interview=False,
)
simple(
    "flight_to_hamburg",
    "TripIt feed",
    "-//TripIt//TripIt Calendar//EN",
    "tripit-air-55102@tripit.example",
    "LH 2078 FRA → HAM",
    utc("15", "1830", "1935"),
    interview=False,
    extra="LOCATION:Frankfurt (FRA)",
)
case(
    "job_fair_all_day",
    "Google Calendar, all-day",
    cal(
        GOOGLE,
        vev(
            "c1b9e0a3f722@google.com",
            "Karrieremesse Berlin (job fair)",
            "DTSTART;VALUE=DATE:20261212",
            "DTEND;VALUE=DATE:20261213",
            extra="TRANSP:TRANSPARENT",
        ),
    ),
    [E("c1b9e0a3f722@google.com", "2026-12-11T23:00:00Z", "2026-12-12T23:00:00Z", interview=False)],
)
case(
    "one_on_one_series_exdate",
    "Outlook 365 weekly 1:1 with a skipped week",
    cal(
        EXCHANGE,
        vev(
            "040000008200E00074C5B7101A82E00800000000B03A4C5D3B6CDB01000000000000000010000000D4",
            "1:1 Maya / Jane",
            'DTSTART;TZID="W. Europe Standard Time":20261203T100000',
            'DTEND;TZID="W. Europe Standard Time":20261203T103000',
            org="CN=Jane Doe:mailto:jane.doe@oldjob.example",
            att=(MAYA,),
            extra='RRULE:FREQ=WEEKLY;BYDAY=TH\nEXDATE;TZID="W. Europe Standard Time":20261217T100000',
        ),
        method="REQUEST",
    ),
    [
        E(
            "040000008200E00074C5B7101A82E00800000000B03A4C5D3B6CDB01000000000000000010000000D4",
            "2026-12-10T09:00:00Z",
            "2026-12-10T09:30:00Z",
            interview=False,
            rid="20261210T090000Z",
        )
    ],
)
simple(
    "performance_review",
    "Outlook 365",
    EXCHANGE,
    "040000008200E00074C5B7101A82E00800000000C0F1A2B34C6CDB01000000000000000010000000E9",
    "Year-end performance review",
    (
        'DTSTART;TZID="W. Europe Standard Time":20261211T150000',
        'DTEND;TZID="W. Europe Standard Time":20261211T160000',
        "2026-12-11T14:00:00Z",
        "2026-12-11T15:00:00Z",
    ),
    org="CN=Jane Doe:mailto:jane.doe@oldjob.example",
    att=(MAYA,),
    interview=False,
    method="REQUEST",
)


def main() -> None:
    for name, source, tz, ics, events in CASES:
        (HERE / f"{name}.ics").write_bytes(ics.replace("\n", "\r\n").encode("utf-8"))
        expected = {
            "source": source,
            "user_addresses": [ME],
            "user_timezone": tz,
            "window": WINDOW,
            "events": events,
        }
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
