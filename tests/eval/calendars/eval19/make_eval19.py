"""Writes the nineteenth held-out calendar set: NAME.ics + NAME.expected.json, expectations typed by hand."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
USER = "maya@example.org"
WINDOW = ["2026-12-07T00:00:00Z", "2026-12-19T00:00:00Z"]
STAMP = "DTSTAMP:20261201T091500Z"
MAYA = (
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
    "CN=Maya Example:mailto:maya@example.org"
)
MAYA_ACC = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:maya@example.org"

EU = {  # tzid: (standard offset, daylight offset)
    "Europe/Berlin": ("+0100", "+0200"),
    "Europe/Paris": ("+0100", "+0200"),
    "Europe/Madrid": ("+0100", "+0200"),
    "Europe/Rome": ("+0100", "+0200"),
    "Europe/Amsterdam": ("+0100", "+0200"),
    "Europe/Stockholm": ("+0100", "+0200"),
    "Europe/Warsaw": ("+0100", "+0200"),
    "Europe/Copenhagen": ("+0100", "+0200"),
    "Europe/Prague": ("+0100", "+0200"),
    "Europe/Budapest": ("+0100", "+0200"),
    "Europe/Oslo": ("+0100", "+0200"),
    "Europe/Helsinki": ("+0200", "+0300"),
    "Europe/Athens": ("+0200", "+0300"),
    "Europe/Bucharest": ("+0200", "+0300"),
    "Europe/London": ("+0000", "+0100"),
}


def vtz(tzid: str) -> str:
    if tzid in EU:
        std, dst = EU[tzid]
        return (
            f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\n"
            f"DTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n"
            f"BEGIN:STANDARD\nTZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\nDTSTART:19701025T030000\n"
            f"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\n"
        )
    fixed = {
        "Asia/Tokyo": "+0900",
        "Asia/Seoul": "+0900",
        "Asia/Shanghai": "+0800",
        "Europe/Istanbul": "+0300",
        "America/Sao_Paulo": "-0300",
    }[tzid]
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nTZOFFSETFROM:{fixed}\nTZOFFSETTO:{fixed}\n"
        f"DTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE\n"
    )


def occ(
    uid: str,
    start: str,
    end: str,
    *,
    rid: str = "",
    interview: bool = True,
    cancelled: bool = False,
    who: list[str] | None = None,
    company: str = "",
    role: str = "",
) -> dict[str, object]:
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(who or []),
        "company": company,
        "role": role,
    }


CASES: list[tuple[str, str, str, str, list[dict[str, object]]]] = []  # name, source, user tz, ics, events


def add(name: str, source: str, tz: str, ics: str, events: list[dict[str, object]]) -> None:
    CASES.append((name, source, tz, ics, events))


def cal(body: str, *, prodid: str, method: str = "", tzs: tuple[str, ...] = (), extra: str = "") -> str:
    head = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
    if method:
        head += f"METHOD:{method}\n"
    return head + extra + "".join(vtz(t) for t in tzs) + body + "END:VCALENDAR\n"


def ev(
    uid: str,
    summary: str,
    start: str,
    end: str,
    *,
    tz: str = "",
    org: str = "",
    att: tuple[str, ...] = (),
    more: str = "",
    seq: int = 0,
    status: str = "CONFIRMED",
) -> str:
    when = f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}\n" if tz else f"DTSTART:{start}\nDTEND:{end}\n"
    lines = f"BEGIN:VEVENT\nUID:{uid}\n{STAMP}\n{when}SUMMARY:{summary}\nSEQUENCE:{seq}\nSTATUS:{status}\n"
    if org:
        lines += f"ORGANIZER;{org}\n"
    lines += "".join(a + "\n" for a in att) + more
    return lines + "END:VEVENT\n"


def person(
    cn: str, email: str, *, part: str = "ACCEPTED", role: str = "REQ-PARTICIPANT", cutype: str = "INDIVIDUAL"
) -> str:
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={part};CN={cn}:mailto:{email}"


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
ICLOUD = "-//Apple Inc.//iCloud Calendar 2.0//EN"
NEXTCLOUD = "-//Sabre//Sabre VObject 4.5.4//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
PROTON = "-//Proton AG//ProtonCalendar 1.0.0//EN"
ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"

# ---- issue 9 failure-class shapes ----------------------------------------------------------------

U = "kestrel-int-7731@google.com"
add(
    "research_company_beside_prep",
    "google",
    "Europe/Berlin",
    cal(
        ev(
            U,
            "Interview: Kestrel Research – Research Engineer (Computer Vision)",
            "20261208T140000",
            "20261208T150000",
            tz="Europe/Berlin",
            org="CN=Talent Kestrel Research:mailto:talent@kestrelresearch.example",
            att=(person("Jonas Richter", "jonas.richter@kestrelresearch.example"), MAYA),
            more="DESCRIPTION:Join with Google Meet: https://meet.google.com/kxr-pqmn-tuv\n",
        )
        + ev(
            "prep-kestrel-0a1b@google.com",
            "Prep: Kestrel Research interview – read their CVPR papers",
            "20261208T110000",
            "20261208T123000",
            tz="Europe/Berlin",
            org="CN=Maya Example:mailto:maya@example.org",
        ),
        prodid=GOOGLE,
        method="REQUEST",
        tzs=("Europe/Berlin",),
    ),
    [
        occ(
            U,
            "2026-12-08T13:00:00Z",
            "2026-12-08T14:00:00Z",
            who=["jonas.richter@kestrelresearch.example", "talent@kestrelresearch.example"],
            company="Kestrel Research",
            role="Research Engineer",
        ),
        occ("prep-kestrel-0a1b@google.com", "2026-12-08T10:00:00Z", "2026-12-08T11:30:00Z", interview=False),
    ],
)

U = "040000008200E00074C5B7101A82E00800000000B0C1A2D3E4F5D9010000000000000000100000001A2B3C4D5E6F"
add(
    "review_company_exchange_room",
    "exchange",
    "Europe/London",
    cal(
        ev(
            U,
            "Harbor Review Partners | Audit Associate | Interview",
            "20261209T100000",
            "20261209T110000",
            tz="GMT Standard Time",
            org='CN="Careers - Harbor Review Partners":mailto:careers@harborreview.example',
            att=(
                person('"Priya Shah"', "priya.shah@harborreview.example"),
                MAYA,
                person(
                    '"LON-3F-Thames (8)"',
                    "lon-3f-thames@harborreview.example",
                    cutype="ROOM",
                    role="NON-PARTICIPANT",
                    part="ACCEPTED",
                ),
            ),
            more="LOCATION:LON-3F-Thames (8)\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\n",
        ),
        prodid=EXCHANGE,
        method="REQUEST",
        extra="BEGIN:VTIMEZONE\nTZID:GMT Standard Time\nBEGIN:STANDARD\n"
        "DTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T010000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n",
    ),
    [
        occ(
            U,
            "2026-12-09T10:00:00Z",
            "2026-12-09T11:00:00Z",
            who=["careers@harborreview.example", "priya.shah@harborreview.example"],
            company="Harbor Review Partners",
            role="Audit Associate",
        )
    ],
)

U = "syncforge-2nd-4410@syncforge.example"
add(
    "sync_company_second_round",
    "google",
    "Europe/Amsterdam",
    cal(
        ev(
            U,
            "SyncForge — Backend Developer — second round",
            "20261210T153000",
            "20261210T163000",
            tz="Europe/Amsterdam",
            org="CN=Lotte de Vries:mailto:lotte@syncforge.example",
            att=(
                person("Lotte de Vries", "lotte@syncforge.example"),
                person("Bram Jansen", "bram@syncforge.example"),
                MAYA,
                person("recruiting-calendar", "c_9f1e2d3c4b5a@group.calendar.google.com", part="ACCEPTED"),
            ),
        ),
        prodid=GOOGLE,
        method="REQUEST",
        tzs=("Europe/Amsterdam",),
    ),
    [
        occ(
            U,
            "2026-12-10T14:30:00Z",
            "2026-12-10T15:30:00Z",
            who=["bram@syncforge.example", "lotte@syncforge.example"],
            company="SyncForge",
            role="Backend Developer",
        )
    ],
)

U = "team-sync-weekly-88@example.org"
add(
    "team_sync_series_exdate",
    "google",
    "Europe/Berlin",
    cal(
        ev(
            U,
            "Team sync (Volunteer web project)",
            "20261130T180000",
            "20261130T184500",
            tz="Europe/Berlin",
            org="CN=Maya Example:mailto:maya@example.org",
            att=(MAYA_ACC, person("Lena Vogt", "lena.vogt@example.net")),
            more="RRULE:FREQ=WEEKLY;BYDAY=MO\nEXDATE;TZID=Europe/Berlin:20261207T180000\n",
        ),
        prodid=GOOGLE,
        tzs=("Europe/Berlin",),
    ),
    [occ(U, "2026-12-14T17:00:00Z", "2026-12-14T17:45:00Z", rid="20261214T170000Z", interview=False)],
)

U = "elbtal-vg-5521@personio.example"
add(
    "training_role_personio",
    "personio",
    "Europe/Berlin",
    cal(
        ev(
            U,
            "Vorstellungsgespräch: Learning & Training Specialist (m/w/d) – Elbtal Logistik GmbH",
            "20261211T100000",
            "20261211T110000",
            tz="Europe/Berlin",
            org="CN=Elbtal Logistik GmbH via Personio:mailto:noreply@personio.example",
            att=(person("Sabine Krüger", "sabine.krueger@elbtal-logistik.example"), MAYA),
            more="LOCATION:Microsoft Teams-Besprechung\n",
        ),
        prodid="-//Personio GmbH//Personio//DE",
        method="REQUEST",
        tzs=("Europe/Berlin",),
    ),
    [
        occ(
            U,
            "2026-12-11T09:00:00Z",
            "2026-12-11T10:00:00Z",
            who=["sabine.krueger@elbtal-logistik.example"],
            company="Elbtal Logistik GmbH",
            role="Learning & Training Specialist",
        )
    ],
)

U = "ws7-final-3391@google.com"
add(
    "workshop_company_resource",
    "google",
    "Europe/Copenhagen",
    cal(
        ev(
            U,
            "Workshop Seven · Product Designer · final interview",
            "20261214T130000",
            "20261214T143000",
            tz="Europe/Copenhagen",
            org="CN=Mette Holm:mailto:mette@workshopseven.example",
            att=(
                person("Mette Holm", "mette@workshopseven.example"),
                person("Kasper Lund", "kasper@workshopseven.example"),
                MAYA,
                person(
                    "CPH-Studio-2 (6)",
                    "workshopseven.example_3138393434@resource.calendar.google.com",
                    cutype="RESOURCE",
                    part="ACCEPTED",
                ),
            ),
        ),
        prodid=GOOGLE,
        method="REQUEST",
        tzs=("Europe/Copenhagen",),
    ),
    [
        occ(
            U,
            "2026-12-14T12:00:00Z",
            "2026-12-14T13:30:00Z",
            who=["kasper@workshopseven.example", "mette@workshopseven.example"],
            company="Workshop Seven",
            role="Product Designer",
        )
    ],
)

U = "ordonez-ent-7781@google.com"
add(
    "planning_role_group_attendee",
    "google",
    "Europe/Madrid",
    cal(
        ev(
            U,
            "Entrevista – Analista de Planning – Grupo Ordóñez",
            "20261215T110000",
            "20261215T120000",
            tz="Europe/Madrid",
            org="CN=Lucía Ferrer:mailto:lucia.ferrer@grupoordonez.example",
            att=(
                person("Lucía Ferrer", "lucia.ferrer@grupoordonez.example"),
                MAYA,
                person(
                    "Selección RRHH",
                    "grupoordonez.example_rrhh01@group.calendar.google.com",
                    part="NEEDS-ACTION",
                ),
            ),
        ),
        prodid=GOOGLE,
        method="REQUEST",
        tzs=("Europe/Madrid",),
    ),
    [
        occ(
            U,
            "2026-12-15T10:00:00Z",
            "2026-12-15T11:00:00Z",
            who=["lucia.ferrer@grupoordonez.example"],
            company="Grupo Ordóñez",
            role="Analista de Planning",
        )
    ],
)

U = "lumen-hm-6620@google.com"
add(
    "group_calendar_organizer",
    "google",
    "America/New_York",
    cal(
        ev(
            U,
            "Lumen Bank: Hiring manager chat (Data Analyst)",
            "20261209T140000",
            "20261209T143000",
            tz="America/New_York",
            org="CN=Recruiting – Lumen Bank:mailto:c_5a6b7c8d9e@group.calendar.google.com",
            att=(person("Derek Owens", "derek.owens@lumenbank.example"), MAYA),
        ),
        prodid=GOOGLE,
        method="REQUEST",
        extra="BEGIN:VTIMEZONE\nTZID:America/New_York\nBEGIN:STANDARD\n"
        "TZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nDTSTART:19701101T020000\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nDTSTART:19700308T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\nEND:VTIMEZONE\n",
    ),
    [
        occ(
            U,
            "2026-12-09T19:00:00Z",
            "2026-12-09T19:30:00Z",
            who=["derek.owens@lumenbank.example"],
            company="Lumen Bank",
            role="Data Analyst",
        )
    ],
)

U = "goodtime-9c8d7e6f@goodtime.example"
add(
    "goodtime_noreply_bot",
    "goodtime",
    "Europe/London",
    cal(
        ev(
            U,
            "Technical interview – Platform Engineer – Ravenscar Systems",
            "20261210T130000Z",
            "20261210T140000Z",
            org="CN=Ravenscar Systems Recruiting:mailto:no-reply@goodtime.example",
            att=(
                person("Tom Haines", "tom.haines@ravenscar.example"),
                person("Ola Nwosu", "ola.nwosu@ravenscar.example"),
                MAYA,
                person("Notetaker", "notetaker-bot@meetnotes.example", role="OPT-PARTICIPANT"),
            ),
            more="LOCATION:https://zoom.example/j/8812345670\n",
        ),
        prodid="-//GoodTime//Scheduler//EN",
        method="REQUEST",
    ),
    [
        occ(
            U,
            "2026-12-10T13:00:00Z",
            "2026-12-10T14:00:00Z",
            who=["ola.nwosu@ravenscar.example", "tom.haines@ravenscar.example"],
            company="Ravenscar Systems",
            role="Platform Engineer",
        )
    ],
)

U = "webinar-ace-interview-22@talentletter.example"
add(
    "newsletter_webinar",
    "zoom",
    "Europe/Berlin",
    cal(
        ev(
            U,
            "Webinar: How to ace your system design interview",
            "20261209T170000Z",
            "20261209T180000Z",
            org="CN=TalentLetter Events:mailto:events@talentletter.example",
            att=(MAYA,),
            more="DESCRIPTION:Thanks for registering! Join from PC, Mac, iPad or Android: https://zoom.example/w/991\n",
        ),
        prodid="-//zoom.us//iCalendar Event//EN",
        method="PUBLISH",
    ),
    [occ(U, "2026-12-09T17:00:00Z", "2026-12-09T18:00:00Z", interview=False)],
)

U = "own-hiring-qa-115@example.org"
add(
    "user_interviews_candidate",
    "google",
    "Europe/Berlin",
    cal(
        ev(
            U,
            "Interview: Raj Patel for the Junior QA opening",
            "20261211T150000",
            "20261211T154500",
            tz="Europe/Berlin",
            org="CN=Maya Example:mailto:maya@example.org",
            att=(MAYA_ACC, person("Raj Patel", "raj.patel@example.net", part="ACCEPTED")),
        ),
        prodid=GOOGLE,
        tzs=("Europe/Berlin",),
    ),
    [occ(U, "2026-12-11T14:00:00Z", "2026-12-11T14:45:00Z", interview=False)],
)

U = "minato-2ji-3320@google.com"
add(
    "company_first_ja",
    "google",
    "Asia/Tokyo",
    cal(
        ev(
            U,
            "【二次面接】株式会社ミナト精工｜組込みソフトウェアエンジニア",
            "20261208T140000",
            "20261208T150000",
            tz="Asia/Tokyo",
            org="CN=採用担当 株式会社ミナト精工:mailto:saiyo@minato-seiko.example",
            att=(person("佐藤 健", "k.sato@minato-seiko.example"), MAYA),
        ),
        prodid=GOOGLE,
        method="REQUEST",
        tzs=("Asia/Tokyo",),
    ),
    [
        occ(
            U,
            "2026-12-08T05:00:00Z",
            "2026-12-08T06:00:00Z",
            who=["k.sato@minato-seiko.example", "saiyo@minato-seiko.example"],
            company="株式会社ミナト精工",
            role="組込みソフトウェアエンジニア",
        )
    ],
)

U = "corvid-screen-2201@corvid.example"
add(
    "person_name_title_domain_company",
    "outlook",
    "Europe/London",
    cal(
        ev(
            U,
            "Recruiter call: Raj Patel / Maya Example",
            "20261214T093000Z",
            "20261214T100000Z",
            org="CN=Raj Patel:mailto:raj.patel@corvid.example",
            att=(MAYA,),
            more="DESCRIPTION:Hi Maya\\, a quick first call about the Growth Marketing Lead role at Corvid.\n",
        ),
        prodid=OUTLOOK,
        method="REQUEST",
    ),
    [
        occ(
            U,
            "2026-12-14T09:30:00Z",
            "2026-12-14T10:00:00Z",
            who=["raj.patel@corvid.example"],
            company="Corvid",
        )
    ],
)

U = "brightmoor-tech-5530@brightmoor.example"
add(
    "no_company_title_exchange",
    "exchange",
    "Europe/London",
    cal(
        ev(
            U,
            "Technical interview – Backend Engineer",
            "20261216T140000",
            "20261216T150000",
            tz="GMT Standard Time",
            org='CN="Brightmoor Talent":mailto:talent@brightmoor.example',
            att=(person('"Jane Doe"', "jane.doe@brightmoor.example"), MAYA),
            more="DESCRIPTION:Microsoft Teams meeting\\nJoin on your computer or mobile app\n",
        ),
        prodid=EXCHANGE,
        method="REQUEST",
    ),
    [
        occ(
            U,
            "2026-12-16T14:00:00Z",
            "2026-12-16T15:00:00Z",
            who=["jane.doe@brightmoor.example", "talent@brightmoor.example"],
            company="Brightmoor",
            role="Backend Engineer",
        )
    ],
)

U = "vandijk-ac-2026@recruitee.example"
add(
    "assessment_centre_thisandfuture",
    "recruitee",
    "Europe/Amsterdam",
    cal(
        ev(
            U,
            "Assessmentcentrum Van Dijk Logistiek – Trainee Supply Chain",
            "20261214T090000",
            "20261214T120000",
            tz="Europe/Amsterdam",
            org="CN=Van Dijk Logistiek:mailto:werving@vandijklogistiek.example",
            att=(person("Eva Bakker", "eva.bakker@vandijklogistiek.example"), MAYA),
            more="RRULE:FREQ=DAILY;COUNT=3\n",
        )
        + "BEGIN:VEVENT\nUID:"
        + U
        + "\n"
        + STAMP
        + "\nRECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Amsterdam:20261215T090000\n"
        "DTSTART;TZID=Europe/Amsterdam:20261215T100000\nDTEND;TZID=Europe/Amsterdam:20261215T130000\n"
        "SUMMARY:Assessmentcentrum Van Dijk Logistiek – Trainee Supply Chain\nSEQUENCE:1\nSTATUS:CONFIRMED\n"
        "ORGANIZER;CN=Van Dijk Logistiek:mailto:werving@vandijklogistiek.example\n"
        + person("Eva Bakker", "eva.bakker@vandijklogistiek.example")
        + "\n"
        + MAYA
        + "\nEND:VEVENT\n",
        prodid="-//Recruitee//Calendar//EN",
        tzs=("Europe/Amsterdam",),
    ),
    [
        occ(
            U,
            f"2026-12-{d}T{h}:00:00Z",
            f"2026-12-{d}T{e}:00:00Z",
            rid=f"202612{d}T080000Z",
            who=["eva.bakker@vandijklogistiek.example", "werving@vandijklogistiek.example"],
            company="Van Dijk Logistiek",
            role="Trainee Supply Chain",
        )
        for d, h, e in (("14", "08", "11"), ("15", "09", "12"), ("16", "09", "12"))
    ],
)

U = "jobclub-weekly-31@example.org"
add(
    "job_club_thisandfuture",
    "icloud",
    "Europe/Berlin",
    cal(
        ev(
            U,
            "Job club (Jobcenter Mitte)",
            "20261201T180000",
            "20261201T193000",
            tz="Europe/Berlin",
            more="RRULE:FREQ=WEEKLY;BYDAY=TU\n",
        )
        + "BEGIN:VEVENT\nUID:"
        + U
        + "\n"
        + STAMP
        + "\nRECURRENCE-ID;TZID=Europe/Berlin;RANGE=THISANDFUTURE:20261208T180000\n"
        "DTSTART;TZID=Europe/Berlin:20261208T183000\nDTEND;TZID=Europe/Berlin:20261208T200000\n"
        "SUMMARY:Job club (Jobcenter Mitte)\nSEQUENCE:1\nEND:VEVENT\n",
        prodid=ICLOUD,
        tzs=("Europe/Berlin",),
    ),
    [
        occ(U, "2026-12-08T17:30:00Z", "2026-12-08T19:00:00Z", rid="20261208T170000Z", interview=False),
        occ(U, "2026-12-15T17:30:00Z", "2026-12-15T19:00:00Z", rid="20261215T170000Z", interview=False),
    ],
)

U = "040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9D9010000000000000000100000009F8E7D6C5B4A"
_ORG = 'CN="Tailwind Robotics Recruiting":mailto:recruiting@tailwindrobotics.example'
_ATT = (person('"Chris Morgan"', "chris.morgan@tailwindrobotics.example"), MAYA)
add(
    "request_update_cancel_stream",
    "exchange",
    "America/Los_Angeles",
    cal(
        ev(
            U,
            "Interview with Tailwind Robotics - Controls Engineer",
            "20261209T100000",
            "20261209T110000",
            tz="Pacific Standard Time",
            org=_ORG,
            att=_ATT,
        ),
        prodid=EXCHANGE,
        method="REQUEST",
    )
    + cal(
        ev(
            U,
            "Interview with Tailwind Robotics - Controls Engineer",
            "20261210T130000",
            "20261210T140000",
            tz="Pacific Standard Time",
            org=_ORG,
            att=_ATT,
            seq=1,
        ),
        prodid=EXCHANGE,
        method="REQUEST",
    )
    + cal(
        ev(
            U,
            "Canceled: Interview with Tailwind Robotics - Controls Engineer",
            "20261210T130000",
            "20261210T140000",
            tz="Pacific Standard Time",
            org=_ORG,
            att=_ATT,
            seq=2,
            status="CANCELLED",
            more="X-MICROSOFT-CDO-BUSYSTATUS:FREE\n",
        ),
        prodid=EXCHANGE,
        method="CANCEL",
    ),
    [
        occ(
            U,
            "2026-12-10T21:00:00Z",
            "2026-12-10T22:00:00Z",
            cancelled=True,
            who=["chris.morgan@tailwindrobotics.example", "recruiting@tailwindrobotics.example"],
            company="Tailwind Robotics",
            role="Controls Engineer",
        )
    ],
)

U = "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6D9010000000000000000100000001122AABBCCDD"
_ORG2 = 'CN="Anja Weber":mailto:anja.weber@nordhafen-energie.example'
_ATT2 = (person('"Anja Weber"', "anja.weber@nordhafen-energie.example"), MAYA)
add(
    "request_then_move_stream",
    "outlook",
    "Europe/Berlin",
    cal(
        ev(
            U,
            "Nordhafen Energie GmbH - Zweitgespräch - Projektingenieurin",
            "20261210T090000",
            "20261210T100000",
            tz="W. Europe Standard Time",
            org=_ORG2,
            att=_ATT2,
        ),
        prodid=OUTLOOK,
        method="REQUEST",
    )
    + cal(
        ev(
            U,
            "Nordhafen Energie GmbH - Zweitgespräch - Projektingenieurin",
            "20261211T110000",
            "20261211T120000",
            tz="W. Europe Standard Time",
            org=_ORG2,
            att=_ATT2,
            seq=1,
        ),
        prodid=OUTLOOK,
        method="REQUEST",
    ),
    [
        occ(
            U,
            "2026-12-11T10:00:00Z",
            "2026-12-11T11:00:00Z",
            who=["anja.weber@nordhafen-energie.example"],
            company="Nordhafen Energie GmbH",
            role="Projektingenieurin",
        )
    ],
)

U = "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0D9010000000000000000100000005566EEFF0011"
add(
    "brasilia_quoted_windows_zone",
    "exchange",
    "America/Sao_Paulo",
    cal(
        ev(
            U,
            "Entrevista técnica | Pampa Digital | Engenheira de Dados",
            "20261215T100000",
            "20261215T110000",
            tz='"(UTC-03:00) Brasilia"',
            org='CN="Recrutamento Pampa Digital":mailto:recrutamento@pampadigital.example',
            att=(person('"Rafael Souza"', "rafael.souza@pampadigital.example"), MAYA),
            more="LOCATION:Reunião do Microsoft Teams\n",
        ),
        prodid=EXCHANGE,
        method="REQUEST",
    ),
    [
        occ(
            U,
            "2026-12-15T13:00:00Z",
            "2026-12-15T14:00:00Z",
            who=["rafael.souza@pampadigital.example", "recrutamento@pampadigital.example"],
            company="Pampa Digital",
            role="Engenheira de Dados",
        )
    ],
)

U = "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6D9010000000000000000100000007788AABB2233"
add(
    "tzone_utc_quoted_with_vtimezone",
    "exchange",
    "Europe/Warsaw",
    cal(
        ev(
            U,
            "Rozmowa kwalifikacyjna – Wisła Software – Programista Java",
            "20261209T080000",
            "20261209T090000",
            tz='"tzone://Microsoft/Utc"',
            org='CN="Kamil Nowak":mailto:kamil.nowak@wislasoftware.example',
            att=(person('"Kamil Nowak"', "kamil.nowak@wislasoftware.example"), MAYA),
        ),
        prodid=EXCHANGE,
        method="REQUEST",
        extra="BEGIN:VTIMEZONE\nTZID:tzone://Microsoft/Utc\nBEGIN:STANDARD\n"
        "DTSTART:16010101T000000\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0000\nEND:STANDARD\nEND:VTIMEZONE\n",
    ),
    [
        occ(
            U,
            "2026-12-09T08:00:00Z",
            "2026-12-09T09:00:00Z",
            who=["kamil.nowak@wislasoftware.example"],
            company="Wisła Software",
            role="Programista Java",
        )
    ],
)

U = "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4D9010000000000000000100000003344CCDD5566"
add(
    "tzone_utc_bare_no_vtimezone",
    "exchange",
    "Europe/Prague",
    cal(
        ev(
            U,
            "Pohovor / Vltava Digital s.r.o. / QA Tester",
            "20261216T130000",
            "20261216T140000",
            tz="tzone://Microsoft/Utc",
            org='CN="Petra Dvořáková":mailto:petra.dvorakova@vltavadigital.example',
            att=(person('"Petra Dvořáková"', "petra.dvorakova@vltavadigital.example"), MAYA),
        ),
        prodid=EXCHANGE,
        method="REQUEST",
    ),
    [
        occ(
            U,
            "2026-12-16T13:00:00Z",
            "2026-12-16T14:00:00Z",
            who=["petra.dvorakova@vltavadigital.example"],
            company="Vltava Digital s.r.o.",
            role="QA Tester",
        )
    ],
)

U = "fjellkraft-int-8812@example.org"
add(
    "custom_tzid_calendar_zone",
    "thunderbird",
    "Europe/Oslo",
    cal(
        ev(
            U,
            "Intervju med Fjellkraft AS – Dataingeniør",
            "20261217T100000",
            "20261217T110000",
            tz="Oslo (egendefinert)",
            org="CN=Ingrid Berg:mailto:ingrid.berg@fjellkraft.example",
            att=(person("Ingrid Berg", "ingrid.berg@fjellkraft.example"), MAYA),
        ),
        prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        extra="BEGIN:VTIMEZONE\nTZID:Oslo (egendefinert)\n"
        "BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nDTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "DTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE\n",
    ),
    [
        occ(
            U,
            "2026-12-17T09:00:00Z",
            "2026-12-17T10:00:00Z",
            who=["ingrid.berg@fjellkraft.example"],
            company="Fjellkraft AS",
            role="Dataingeniør",
        )
    ],
)

U = "040000008200E00074C5B7101A82E0080000000012AB34CD56EFD90100000000000000001000000099AA88BB77CC"
add(
    "lone_canceled_eastern",
    "exchange",
    "America/New_York",
    cal(
        ev(
            U,
            "Canceled: Final interview – Northgate Insurance – Actuarial Analyst",
            "20261217T110000",
            "20261217T150000",
            tz="Eastern Standard Time",
            org='CN="Northgate Talent":mailto:talent@northgateins.example',
            att=(person('"Susan Clarke"', "susan.clarke@northgateins.example"), MAYA),
            seq=3,
            status="CANCELLED",
        ),
        prodid=EXCHANGE,
        method="CANCEL",
    ),
    [
        occ(
            U,
            "2026-12-17T16:00:00Z",
            "2026-12-17T20:00:00Z",
            cancelled=True,
            who=["susan.clarke@northgateins.example", "talent@northgateins.example"],
            company="Northgate Insurance",
            role="Actuarial Analyst",
        )
    ],
)


# ---- a job seeker's everyday calendar ------------------------------------------------------------


def simple(
    name: str,
    source: str,
    prodid: str,
    user_tz: str,
    uid: str,
    summary: str,
    when: tuple[str, str, str],
    utc: tuple[str, str],
    org: tuple[str, str],
    people: tuple[tuple[str, str], ...],
    *,
    company: str = "",
    role: str = "",
    interview: bool = True,
    method: str = "REQUEST",
    more: str = "",
    others: tuple[str, ...] = (),
    status: str = "CONFIRMED",
    org_meets: bool = True,
) -> None:
    tzid, start, end = when
    zoned = ("Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Europe/Istanbul", "America/Sao_Paulo")
    tzs = (tzid,) if tzid in EU or tzid in zoned else ()
    att = (*(person(cn, mail) for cn, mail in people), MAYA, *others)
    body = ev(
        uid,
        summary,
        start,
        end,
        tz=tzid,
        org=f"CN={org[0]}:mailto:{org[1]}" if org[1] else "",
        att=att if people or org[1] else (),
        more=more,
        status=status,
    )
    who = (
        sorted({mail for _, mail in people} | ({org[1]} if org_meets and org[1] else set()))
        if interview
        else []
    )
    add(
        name,
        source,
        user_tz,
        cal(body, prodid=prodid, method=method, tzs=tzs),
        [
            occ(
                uid,
                utc[0],
                utc[1],
                interview=interview,
                who=who,
                company=company if interview else "",
                role=role if interview else "",
            )
        ],
    )


simple(
    "meet_phone_screen_en",
    "google",
    GOOGLE,
    "Europe/London",
    "ravelin-ps-1120@google.com",
    "Phone screen: Ravelin Payments — Senior Backend Engineer",
    ("Europe/London", "20261207T160000", "20261207T163000"),
    ("2026-12-07T16:00:00Z", "2026-12-07T16:30:00Z"),
    ("Hannah Cole", "hannah.cole@ravelinpay.example"),
    (),
    company="Ravelin Payments",
    role="Senior Backend Engineer",
    more="DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij\n",
)
simple(
    "greenhouse_fr_technique",
    "greenhouse",
    "-//Greenhouse//Interview Scheduler//EN",
    "Europe/Paris",
    "gh-int-88123401@greenhouse.example",
    "Entretien technique – Altamer – Développeuse Full Stack",
    ("Europe/Paris", "20261208T143000", "20261208T153000"),
    ("2026-12-08T13:30:00Z", "2026-12-08T14:30:00Z"),
    ("Camille Laurent", "camille.laurent@altamer.example"),
    (("Hugo Martin", "hugo.martin@altamer.example"),),
    company="Altamer",
    role="Développeuse Full Stack",
)
simple(
    "lever_it_colloquio",
    "lever",
    "-//Lever//Lever Scheduling//EN",
    "Europe/Rome",
    "lever-3f2a1b-ferr@lever.example",
    "Colloquio conoscitivo | Ferrantelli S.p.A. | Product Manager",
    ("Europe/Rome", "20261209T110000", "20261209T114500"),
    ("2026-12-09T10:00:00Z", "2026-12-09T10:45:00Z"),
    ("Giulia Russo", "giulia.russo@ferrantelli.example"),
    (),
    company="Ferrantelli S.p.A.",
    role="Product Manager",
)
simple(
    "ashby_nl_noreply",
    "ashby",
    "-//Ashby//Ashby Scheduling//EN",
    "Europe/Amsterdam",
    "ashby-7d1c-tulp@ashbyhq.example",
    "Sollicitatiegesprek bij Tulpstra B.V. – Data Engineer",
    ("Europe/Amsterdam", "20261210T100000", "20261210T110000"),
    ("2026-12-10T09:00:00Z", "2026-12-10T10:00:00Z"),
    ("Tulpstra B.V.", "no-reply@ashbyhq.example"),
    (("Sanne Visser", "sanne.visser@tulpstra.example"), ("Daan Smit", "daan.smit@tulpstra.example")),
    company="Tulpstra B.V.",
    role="Data Engineer",
    org_meets=False,
)
simple(
    "workday_sv_intervju",
    "workday",
    "-//Workday//Workday Recruiting//EN",
    "Europe/Stockholm",
    "wd-int-55120@myworkday.example",
    "Intervju: Lönnqvist AB / Systemutvecklare",
    ("Europe/Stockholm", "20261211T130000", "20261211T140000"),
    ("2026-12-11T12:00:00Z", "2026-12-11T13:00:00Z"),
    ("Lönnqvist AB", "lonnqvist@myworkday.example"),
    (("Erik Sjöberg", "erik.sjoberg@lonnqvist.example"),),
    company="Lönnqvist AB",
    role="Systemutvecklare",
    org_meets=False,
)
simple(
    "smartrecruiters_da",
    "smartrecruiters",
    "-//SmartRecruiters//Interview//EN",
    "Europe/Copenhagen",
    "sr-9912-havbro@smartrecruiters.example",
    "Jobsamtale hos Havbro ApS - Marketing Manager",
    ("Europe/Copenhagen", "20261214T100000", "20261214T110000"),
    ("2026-12-14T09:00:00Z", "2026-12-14T10:00:00Z"),
    ("SmartRecruiters", "noreply@smartrecruiters.example"),
    (("Freja Nielsen", "freja.nielsen@havbro.example"),),
    company="Havbro ApS",
    role="Marketing Manager",
    org_meets=False,
)
simple(
    "recruitee_fi_haastattelu",
    "recruitee",
    "-//Recruitee//Calendar//EN",
    "Europe/Helsinki",
    "rt-44010-koivula@recruitee.example",
    "Työhaastattelu: Koivula Oy – Ohjelmistokehittäjä",
    ("Europe/Helsinki", "20261215T130000", "20261215T140000"),
    ("2026-12-15T11:00:00Z", "2026-12-15T12:00:00Z"),
    ("Aino Virtanen", "aino.virtanen@koivula.example"),
    (),
    company="Koivula Oy",
    role="Ohjelmistokehittäjä",
)
simple(
    "bamboohr_tr_mulakat",
    "bamboohr",
    "-//BambooHR//ATS//EN",
    "Europe/Istanbul",
    "bhr-2219-bogazici@bamboohr.example",
    "Mülakat: Boğaziçi Yazılım - Frontend Geliştirici",
    ("Europe/Istanbul", "20261216T110000", "20261216T120000"),
    ("2026-12-16T08:00:00Z", "2026-12-16T09:00:00Z"),
    ("Elif Yıldız", "elif.yildiz@bogaziciyazilim.example"),
    (),
    company="Boğaziçi Yazılım",
    role="Frontend Geliştirici",
)
simple(
    "hirevue_ro_interviu",
    "hirevue",
    "-//HireVue//Scheduling//EN",
    "Europe/Bucharest",
    "hv-77310-carpatica@hirevue.example",
    "Interviu – Carpatica Tech – Analist Date",
    ("Europe/Bucharest", "20261217T150000", "20261217T160000"),
    ("2026-12-17T13:00:00Z", "2026-12-17T14:00:00Z"),
    ("HireVue Scheduling", "no-reply@hirevue.example"),
    (("Andrei Popescu", "andrei.popescu@carpatica.example"),),
    company="Carpatica Tech",
    role="Analist Date",
    org_meets=False,
)
simple(
    "gem_hu_allasinterju",
    "gem",
    "-//Gem//Scheduling//EN",
    "Europe/Budapest",
    "gem-5510-duna@gem.example",
    "Állásinterjú @ Duna Fintech – Backend fejlesztő",
    ("Europe/Budapest", "20261208T100000", "20261208T110000"),
    ("2026-12-08T09:00:00Z", "2026-12-08T10:00:00Z"),
    ("Zsófia Kovács", "zsofia.kovacs@dunafintech.example"),
    (("Bence Tóth", "bence.toth@dunafintech.example"),),
    company="Duna Fintech",
    role="Backend fejlesztő",
)
simple(
    "modernloop_el_onsite",
    "modernloop",
    "-//ModernLoop//Scheduler//EN",
    "Europe/Athens",
    "ml-onsite-3012@modernloop.example",
    "Συνέντευξη: Aegean Cloud – Μηχανικός DevOps (τελικός γύρος)",
    ("Europe/Athens", "20261218T100000", "20261218T130000"),
    ("2026-12-18T08:00:00Z", "2026-12-18T11:00:00Z"),
    ("Aegean Cloud Recruiting", "recruiting@aegeancloud.example"),
    (
        ("Νίκος Παπαδόπουλος", "nikos.papadopoulos@aegeancloud.example"),
        ("Μαρία Γεωργίου", "maria.georgiou@aegeancloud.example"),
    ),
    company="Aegean Cloud",
    role="Μηχανικός DevOps",
    more="LOCATION:Λεωφόρος Κηφισίας 44\\, Αθήνα\n",
)
simple(
    "naver_ko_interview",
    "naver",
    "-//NAVER//Calendar//KO",
    "Asia/Seoul",
    "naver-cal-9a8b7c@calendar.naver.example",
    "[면접] 한빛소프트 - 백엔드 개발자 (2차)",
    ("Asia/Seoul", "20261209T150000", "20261209T160000"),
    ("2026-12-09T06:00:00Z", "2026-12-09T07:00:00Z"),
    ("한빛소프트 채용팀", "recruit@hanbitsoft.example"),
    (("김민수", "minsu.kim@hanbitsoft.example"),),
    company="한빛소프트",
    role="백엔드 개발자",
)
simple(
    "feishu_zh_final",
    "feishu",
    "-//Feishu//Calendar//ZH",
    "Asia/Shanghai",
    "feishu-evt-66221@feishu.example",
    "面试：星河科技 - 前端工程师（终面）",
    ("Asia/Shanghai", "20261210T100000", "20261210T110000"),
    ("2026-12-10T02:00:00Z", "2026-12-10T03:00:00Z"),
    ("王丽", "wang.li@xinghetech.example"),
    (),
    company="星河科技",
    role="前端工程师",
)
simple(
    "webex_system_design",
    "webex",
    "-//Cisco Webex//Webex Meetings//EN",
    "America/New_York",
    "webex-7788123@webex.example",
    "System design interview with Halyard Freight (Staff Engineer)",
    ("", "20261211T170000Z", "20261211T181500Z"),
    ("2026-12-11T17:00:00Z", "2026-12-11T18:15:00Z"),
    ("Marcus Bell", "marcus.bell@halyardfreight.example"),
    (),
    company="Halyard Freight",
    role="Staff Engineer",
    more="LOCATION:https://halyardfreight.webex.example/meet/marcus.bell\n",
)
simple(
    "zoho_case_interview",
    "zoho",
    ZOHO,
    "Europe/London",
    "zoho-a1b2c3d4@zoho.example",
    "Case interview - Kinross & Webb - Associate Consultant",
    ("Europe/London", "20261215T090000", "20261215T103000"),
    ("2026-12-15T09:00:00Z", "2026-12-15T10:30:00Z"),
    ("Fiona Grant", "fiona.grant@kinrosswebb.example"),
    (("Alistair Reid", "alistair.reid@kinrosswebb.example"),),
    company="Kinross & Webb",
    role="Associate Consultant",
)
simple(
    "proton_tentative_takehome",
    "proton",
    PROTON,
    "Europe/Berlin",
    "proton-th-2241@proton.example",
    "Take-home review with Quillon (iOS Developer)",
    ("Europe/Berlin", "20261216T160000", "20261216T170000"),
    ("2026-12-16T15:00:00Z", "2026-12-16T16:00:00Z"),
    ("Nils Brandt", "nils@quillon.example"),
    (),
    company="Quillon",
    role="iOS Developer",
    status="TENTATIVE",
)
simple(
    "fastmail_panel_declined",
    "fastmail",
    FASTMAIL,
    "Europe/London",
    "fm-panel-4821@fastmail.example",
    "Panel interview: Meridian Foods — Supply Chain Analyst",
    ("Europe/London", "20261217T140000", "20261217T153000"),
    ("2026-12-17T14:00:00Z", "2026-12-17T15:30:00Z"),
    ("Olivia Hart", "olivia.hart@meridianfoods.example"),
    (("Sam Keane", "sam.keane@meridianfoods.example"),),
    company="Meridian Foods",
    role="Supply Chain Analyst",
    others=(person("Gareth Lloyd", "gareth.lloyd@meridianfoods.example", part="DECLINED"),),
)
simple(
    "calcom_between_names",
    "cal.com",
    "-//Cal.com Inc.//Cal.com Event//EN",
    "Europe/Berlin",
    "calcom-4hWq9zX2@cal.example",
    "Hiring manager chat between Jonas Weber and Maya Example",
    ("", "20261214T150000Z", "20261214T153000Z"),
    ("2026-12-14T15:00:00Z", "2026-12-14T15:30:00Z"),
    ("Jonas Weber", "jonas.weber@tannery.example"),
    (),
    company="Tannery",
)
simple(
    "calendly_coffee_chat",
    "calendly",
    "-//Calendly//Calendly//EN",
    "Europe/Dublin",
    "calendly-7b6a5c4d@calendly.example",
    "Coffee chat with a recruiter: Oakhurst Labs x Maya Example",
    ("", "20261208T113000Z", "20261208T120000Z"),
    ("2026-12-08T11:30:00Z", "2026-12-08T12:00:00Z"),
    ("Ciara Byrne", "ciara.byrne@oakhurstlabs.example"),
    (),
    company="Oakhurst Labs",
)
simple(
    "teamtailor_nb_meet_team",
    "teamtailor",
    "-//Teamtailor//Interview//EN",
    "Europe/Oslo",
    "tt-int-11223@teamtailor.example",
    "Møt teamet – Nordlys Media AS – UX-designer",
    ("Europe/Oslo", "20261218T090000", "20261218T100000"),
    ("2026-12-18T08:00:00Z", "2026-12-18T09:00:00Z"),
    ("Nordlys Media AS", "notifications@teamtailor.example"),
    (("Sigrid Hansen", "sigrid.hansen@nordlysmedia.example"), ("Ole Dahl", "ole.dahl@nordlysmedia.example")),
    company="Nordlys Media AS",
    role="UX-designer",
    org_meets=False,
)
simple(
    "paradox_pt_store",
    "paradox",
    "-//Paradox//Olivia Scheduling//EN",
    "Europe/Lisbon",
    "paradox-4471-lojas@paradox.example",
    "Entrevista de emprego – Lojas Tejo – Gerente de Loja (Loja 112)",
    ("", "20261209T100000Z", "20261209T103000Z"),
    ("2026-12-09T10:00:00Z", "2026-12-09T10:30:00Z"),
    ("Olivia at Lojas Tejo", "no-reply@paradox.example"),
    (("Rui Almeida", "rui.almeida@lojastejo.example"),),
    company="Lojas Tejo",
    role="Gerente de Loja",
    org_meets=False,
)
simple(
    "zoom_pairing_user_name",
    "zoom",
    "-//zoom.us//iCalendar Event//EN",
    "Europe/London",
    "zoom-8841230077@zoom.example",
    "Maya Example <> Fernhill Analytics | Pairing interview",
    ("", "20261210T100000Z", "20261210T113000Z"),
    ("2026-12-10T10:00:00Z", "2026-12-10T11:30:00Z"),
    ("Priya Raman", "priya.raman@fernhill.example"),
    (("Leo Grant", "leo.grant@fernhill.example"),),
    company="Fernhill Analytics",
    more="LOCATION:https://fernhill.zoom.example/j/8841230077\n",
)
simple(
    "teams_role_at_company",
    "outlook",
    OUTLOOK,
    "Europe/Dublin",
    "040000008200E00074C5B7101A82E00800000000AA11BB22CC33D901000000000000000010000000ABCDEF012345",
    "Senior Data Scientist at Glenmore Health – first interview",
    ("GMT Standard Time", "20261207T140000", "20261207T150000"),
    ("2026-12-07T14:00:00Z", "2026-12-07T15:00:00Z"),
    ('"Aoife Walsh"', "aoife.walsh@glenmorehealth.example"),
    (),
    company="Glenmore Health",
    role="Senior Data Scientist",
    more="DESCRIPTION:Microsoft Teams meeting\\nJoin: https://teams.microsoft.example/l/meetup-join/19%3ameeting\n",
)
simple(
    "nextcloud_hr_interview_de",
    "nextcloud",
    NEXTCLOUD,
    "Europe/Berlin",
    "8f1d2c3b-4a5e-4f60-9a7b-1c2d3e4f5a6b",
    "Bewerbungsgespräch mit der Rheinblick Versicherung AG (Junior Controller)",
    ("Europe/Berlin", "20261216T090000", "20261216T100000"),
    ("2026-12-16T08:00:00Z", "2026-12-16T09:00:00Z"),
    ("Martina Schulz", "m.schulz@rheinblick.example"),
    (),
    company="Rheinblick Versicherung AG",
    role="Junior Controller",
    more="LOCATION:Rheinallee 12\\, 55116 Mainz\n",
)

U = "C3A1F0E2-7B44-4C1D-9E2A-5D6F7A8B9C01"
add(
    "icloud_floating_interview",
    "icloud",
    "Europe/Berlin",
    cal(
        "BEGIN:VEVENT\nUID:" + U + "\n" + STAMP + "\nDTSTART:20261215T143000\nDTEND:20261215T153000\n"
        "SUMMARY:Interview Havelwerk – Werkstudentin Marketing\nLOCATION:Havelwerk\\, Am Kanal 3\\, Potsdam\n"
        "CREATED:20261130T101500Z\nEND:VEVENT\n",
        prodid=ICLOUD,
    ),
    [
        occ(
            U,
            "2026-12-15T13:30:00Z",
            "2026-12-15T14:30:00Z",
            who=[],
            company="Havelwerk",
            role="Werkstudentin Marketing",
        )
    ],
)

U = "ac-brightwell-allday@google.com"
add(
    "all_day_assessment_centre",
    "google",
    "Europe/London",
    cal(
        "BEGIN:VEVENT\nUID:" + U + "\n" + STAMP + "\nDTSTART;VALUE=DATE:20261211\nDTEND;VALUE=DATE:20261212\n"
        "SUMMARY:Brightwell Consulting – Graduate Assessment Centre\nSTATUS:CONFIRMED\nTRANSP:TRANSPARENT\n"
        "ORGANIZER;CN=Brightwell Graduate Recruitment:mailto:graduates@brightwell.example\n"
        + person("Brightwell Graduate Recruitment", "graduates@brightwell.example")
        + "\n"
        + MAYA
        + "\nEND:VEVENT\n",
        prodid=GOOGLE,
        method="REQUEST",
    ),
    [
        occ(
            U,
            "2026-12-11T00:00:00Z",
            "2026-12-12T00:00:00Z",
            who=["graduates@brightwell.example"],
            company="Brightwell Consulting",
            role="",
        )
    ],
)

U = "jobfair-excel-2026@example.org"
add(
    "all_day_job_fair_and_train",
    "icloud",
    "Europe/London",
    cal(
        "BEGIN:VEVENT\nUID:" + U + "\n" + STAMP + "\nDTSTART;VALUE=DATE:20261212\nDTEND;VALUE=DATE:20261213\n"
        "SUMMARY:London Tech Careers Fair (ExCeL)\nTRANSP:TRANSPARENT\nEND:VEVENT\n"
        + ev(
            "train-fair-0912@example.org",
            "Train to London – Careers Fair",
            "20261212T071500Z",
            "20261212T084000Z",
        ),
        prodid=ICLOUD,
    ),
    [
        occ(U, "2026-12-12T00:00:00Z", "2026-12-13T00:00:00Z", interview=False),
        occ("train-fair-0912@example.org", "2026-12-12T07:15:00Z", "2026-12-12T08:40:00Z", interview=False),
    ],
)

simple(
    "mock_interview_peer",
    "google",
    GOOGLE,
    "Europe/Berlin",
    "mock-int-7712@google.com",
    "Mock interview (system design) with Lena – practice",
    ("Europe/Berlin", "20261207T190000", "20261207T200000"),
    ("2026-12-07T18:00:00Z", "2026-12-07T19:00:00Z"),
    ("Lena Vogt", "lena.vogt@example.net"),
    (),
    interview=False,
)
simple(
    "exit_interview_current_job",
    "outlook",
    OUTLOOK,
    "Europe/Berlin",
    "040000008200E00074C5B7101A82E00800000000BB22CC33DD44D901000000000000000010000000FEDCBA987654",
    "Exit interview – Maya Example",
    ("W. Europe Standard Time", "20261218T140000", "20261218T143000"),
    ("2026-12-18T13:00:00Z", "2026-12-18T13:30:00Z"),
    ('"HR Services"', "hr-services@currentco.example"),
    (),
    interview=False,
)
simple(
    "performance_review",
    "outlook",
    OUTLOOK,
    "Europe/Berlin",
    "040000008200E00074C5B7101A82E00800000000CC33DD44EE55D901000000000000000010000000112233445566",
    "Year-end performance review (Maya / Tobias)",
    ("W. Europe Standard Time", "20261209T100000", "20261209T110000"),
    ("2026-12-09T09:00:00Z", "2026-12-09T10:00:00Z"),
    ('"Tobias Frank"', "tobias.frank@currentco.example"),
    (),
    interview=False,
)
simple(
    "customer_research_interview",
    "google",
    GOOGLE,
    "Europe/London",
    "ur-study-3381@google.com",
    "User research interview: Pennywise app (£40 voucher)",
    ("Europe/London", "20261210T170000", "20261210T174500"),
    ("2026-12-10T17:00:00Z", "2026-12-10T17:45:00Z"),
    ("Pennywise Research", "research@pennywise.example"),
    (),
    interview=False,
    more="DESCRIPTION:Thanks for signing up to help us improve Pennywise. 45 minutes\\, recorded.\n",
)
simple(
    "podcast_recording",
    "google",
    GOOGLE,
    "Europe/London",
    "podcast-rec-2290@google.com",
    "Podcast recording: 'Career Switchers' episode – guest Maya",
    ("Europe/London", "20261216T180000", "20261216T190000"),
    ("2026-12-16T18:00:00Z", "2026-12-16T19:00:00Z"),
    ("Sam Ortiz", "sam@careerswitchers.example"),
    (),
    interview=False,
)
simple(
    "meetup_talk_interviewing",
    "meetup",
    "-//Meetup//Meetup Events//EN",
    "Europe/Berlin",
    "event_301998877@meetup.example",
    "Berlin Women in Tech: Demystifying the technical interview",
    ("Europe/Berlin", "20261210T183000", "20261210T210000"),
    ("2026-12-10T17:30:00Z", "2026-12-10T20:00:00Z"),
    ("", ""),
    (),
    interview=False,
    method="PUBLISH",
    more="URL:https://www.meetup.example/berlin-wit/events/301998877/\n",
)

U = "todo-blocks-1207@example.org"
add(
    "todo_blocks_thank_you_research",
    "fastmail",
    "Europe/London",
    cal(
        ev(U, "Send thank-you notes (Ravelin, Fernhill)", "20261210T160000Z", "20261210T163000Z")
        + ev(
            "todo-research-1214@example.org",
            "Research Glenmore Health before interview",
            "20261207T120000Z",
            "20261207T130000Z",
        ),
        prodid=FASTMAIL,
    ),
    [
        occ(U, "2026-12-10T16:00:00Z", "2026-12-10T16:30:00Z", interview=False),
        occ(
            "todo-research-1214@example.org", "2026-12-07T12:00:00Z", "2026-12-07T13:00:00Z", interview=False
        ),
    ],
)

U = "flight-ba-0982@example.org"
add(
    "travel_flight_onsite",
    "icloud",
    "Europe/London",
    cal(
        ev(
            U,
            "Flight BA982 London Heathrow → Berlin",
            "20261217T061500Z",
            "20261217T081000Z",
            more="LOCATION:London Heathrow (LHR) Terminal 5\n",
        ),
        prodid=ICLOUD,
    ),
    [occ(U, "2026-12-17T06:15:00Z", "2026-12-17T08:10:00Z", interview=False)],
)

U = "one-on-one-mentor-42@google.com"
add(
    "one_on_one_series_moved",
    "google",
    "Europe/Berlin",
    cal(
        ev(
            U,
            "1:1 Maya / Tobias",
            "20261124T090000",
            "20261124T093000",
            tz="Europe/Berlin",
            org="CN=Tobias Frank:mailto:tobias.frank@currentco.example",
            att=(person("Tobias Frank", "tobias.frank@currentco.example"), MAYA_ACC),
            more="RRULE:FREQ=WEEKLY;BYDAY=TU\nEXDATE;TZID=Europe/Berlin:20261215T090000\n",
        )
        + "BEGIN:VEVENT\nUID:"
        + U
        + "\n"
        + STAMP
        + "\nRECURRENCE-ID;TZID=Europe/Berlin:20261208T090000\n"
        "DTSTART;TZID=Europe/Berlin:20261209T133000\nDTEND;TZID=Europe/Berlin:20261209T140000\n"
        "SUMMARY:1:1 Maya / Tobias (moved)\nSEQUENCE:1\nORGANIZER;CN=Tobias Frank:mailto:tobias.frank@currentco.example\n"
        "END:VEVENT\n",
        prodid=GOOGLE,
        tzs=("Europe/Berlin",),
    ),
    [occ(U, "2026-12-09T12:30:00Z", "2026-12-09T13:00:00Z", rid="20261208T080000Z", interview=False)],
)


def main() -> None:
    for stale in HERE.glob("*.ics"):
        stale.unlink()
    for stale in HERE.glob("*.expected.json"):
        stale.unlink()
    for name, source, user_tz, ics, events in CASES:
        (HERE / f"{name}.ics").write_bytes(ics.replace("\n", "\r\n").encode("utf-8"))
        expected = {
            "source": source,
            "user_addresses": [USER],
            "user_timezone": user_tz,
            "window": WINDOW,
            "events": events,
        }
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
