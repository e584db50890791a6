"""Writes the eleventh held-out calendar set: run it to rewrite every .ics and .expected.json here."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAYA = "maya@example.org"
WINDOW = ["2026-11-30T00:00:00Z", "2026-12-21T00:00:00Z"]
STAMP = "DTSTAMP:20261120T101500Z"

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
O365 = "Microsoft Exchange Server 2010"
ICLOUD = "-//Apple Inc.//iPhone OS 18.1//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.6//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
PROTON = "-//Proton AG//ProtonCalendar 1.0.0//EN"
ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"
WEBEX = "-//Cisco Webex//Meetings 44.9//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
EVOLUTION = "-//Ximian//NONSGML Evolution Calendar//EN"


@dataclass(frozen=True)
class Occ:
    """One expected occurrence."""

    uid: str
    start: str
    end: str
    interview: bool
    who: tuple[str, ...] = ()
    company: str = ""
    role: str = ""
    rid: str = ""
    cancelled: bool = False


@dataclass(frozen=True)
class Case:
    """One calendar file and what it holds in the window."""

    name: str
    source: str
    ics: str
    events: tuple[Occ, ...]
    tz: str = "Europe/Berlin"
    extra: dict[str, str] = field(default_factory=dict)


def vcal(prodid: str, *body: str, method: str = "", head: str = "") -> str:
    """One VCALENDAR around the given component texts."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if head:
        lines.append(head.strip())
    lines += [b.strip() for b in body]
    lines.append("END:VCALENDAR")
    return "\n".join(lines) + "\n"


def eu_tz(tzid: str, std: str = "+0100", dst: str = "+0200", names: tuple[str, str] = ("CET", "CEST")) -> str:
    """A VTIMEZONE with the European change rules under any TZID."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{names[1]}
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{names[0]}
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def ms_tz(tzid: str, std: str, dst: str) -> str:
    """Outlook's VTIMEZONE shape: a year-1601 start and BYDAY rules."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
END:DAYLIGHT
END:VTIMEZONE"""


def fixed_tz(tzid: str, off: str, name: str) -> str:
    """A VTIMEZONE without daylight saving."""
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:{off}
TZOFFSETTO:{off}
TZNAME:{name}
END:STANDARD
END:VTIMEZONE"""


def me(status: str = "ACCEPTED", cn: str = "Maya Example") -> str:
    return f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={status};CN="{cn}":mailto:{MAYA}'


def person(addr: str, cn: str, status: str = "ACCEPTED", role: str = "REQ-PARTICIPANT") -> str:
    return f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={status};CN="{cn}":mailto:{addr}'


def ev(uid: str, summary: str, start: str, end: str, *lines: str, extra: str = "") -> str:
    """A VEVENT from its UID, title, DTSTART/DTEND property texts and further lines."""
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        STAMP,
        f"DTSTART{start}",
        f"DTEND{end}",
        f"SUMMARY:{summary}",
        *lines,
    ]
    if extra:
        body.append(extra.strip())
    body.append("END:VEVENT")
    return "\n".join(body)


def gatt(addr: str, cn: str, cutype: str = "INDIVIDUAL") -> str:
    """Google Calendar's attendee line."""
    return f"ATTENDEE;CUTYPE={cutype};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={cn};X-NUM-GUESTS=0:mailto:{addr}"


def room(addr: str, cn: str) -> str:
    """Exchange's line for a room mailbox."""
    return f'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="{cn}":mailto:{addr}'


def org(addr: str, cn: str) -> str:
    return f'ORGANIZER;CN="{cn}":mailto:{addr}'


CASES: list[Case] = []


def add(case: Case) -> None:
    CASES.append(case)


# --- failure classes: veto-looking words inside real interview titles, beside real prep blocks -------------

add(
    Case(
        "google_research_company_and_prep",
        "Google Calendar export",
        vcal(
            GOOGLE,
            """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261202T140000
DTEND;TZID=Europe/Berlin:20261202T150000
"""
            + STAMP
            + """
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@brightwater-research.example
UID:7h3kq9v2m1bw0research@google.com
"""
            + person("lena.hoffmann@brightwater-research.example", "Lena Hoffmann")
            + """
"""
            + me()
            + """
"""
            + person("jonas.beck@brightwater-research.example", "Jonas Beck")
            + """
DESCRIPTION:Hi Maya\\, looking forward to our conversation about the Data Scientist role.\\nJoin with Google Meet: https://meet.google.com/abc-defg-hij
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Brightwater Research – Data Scientist
TRANSP:OPAQUE
END:VEVENT""",
            """BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261202T120000
DTEND;TZID=Europe/Berlin:20261202T133000
"""
            + STAMP
            + """
UID:2b8c0prepblock77@google.com
DESCRIPTION:Read their last two papers\\, rehearse the churn-model story.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep – Brightwater Research interview
TRANSP:OPAQUE
END:VEVENT""",
            head="X-WR-CALNAME:maya@example.org\nX-WR-TIMEZONE:Europe/Berlin",
        ),
        (
            Occ(
                "7h3kq9v2m1bw0research@google.com",
                "2026-12-02T13:00:00Z",
                "2026-12-02T14:00:00Z",
                True,
                ("jonas.beck@brightwater-research.example", "lena.hoffmann@brightwater-research.example"),
                "Brightwater Research",
                "Data Scientist",
            ),
            Occ("2b8c0prepblock77@google.com", "2026-12-02T11:00:00Z", "2026-12-02T12:30:00Z", False),
        ),
    )
)

add(
    Case(
        "exchange_review_company_teams",
        "Exchange/Outlook 365 invite (W. Europe Standard Time with VTIMEZONE)",
        vcal(
            EXCHANGE,
            ms_tz("W. Europe Standard Time", "+0100", "+0200"),
            """BEGIN:VEVENT
ORGANIZER;CN="Talent Acquisition - ReviewPilot":mailto:careers@reviewpilot.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maya Example:mailto:maya@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sanne de Vries:mailto:sanne.devries@reviewpilot.example
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter Jansen:mailto:pieter.jansen@reviewpilot.example
DESCRIPTION;LANGUAGE=en-US:Microsoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\n
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_RVP%40thread.v2/0\\nMeeting ID: 312 884 190 77\\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DA01000000000000000010000000F1E2D3C4B5A6978812345678
SUMMARY;LANGUAGE=en-US:ReviewPilot | Senior Backend Engineer | Technical interview
DTSTART;TZID=W. Europe Standard Time:20261203T103000
DTEND;TZID=W. Europe Standard Time:20261203T113000
CLASS:PUBLIC
PRIORITY:5
"""
            + STAMP
            + """
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""",
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DA01000000000000000010000000F1E2D3C4B5A6978812345678",
                "2026-12-03T09:30:00Z",
                "2026-12-03T10:30:00Z",
                True,
                (
                    "careers@reviewpilot.example",
                    "pieter.jansen@reviewpilot.example",
                    "sanne.devries@reviewpilot.example",
                ),
                "ReviewPilot",
                "Senior Backend Engineer",
            ),
        ),
    )
)

add(
    Case(
        "personio_prep_company_de",
        "Personio invite (no-reply organizer)",
        vcal(
            "-//Personio//Calendar//DE",
            """BEGIN:VEVENT
UID:personio-interview-58213-ab77@personio.example
"""
            + STAMP
            + """
DTSTART:20261207T090000Z
DTEND:20261207T100000Z
SUMMARY:PrepHaus GmbH – Vorstellungsgespräch Produktmanager:in (m/w/d)
ORGANIZER;CN=PrepHaus GmbH:mailto:noreply@mail.personio.example
"""
            + person("katrin.vogel@prephaus.example", "Katrin Vogel")
            + """
"""
            + me("NEEDS-ACTION")
            + """
LOCATION:PrepHaus GmbH\\, Lindwurmstraße 88\\, München
DESCRIPTION:Hallo Maya\\, wir freuen uns auf das Gespräch mit Katrin Vogel (Head of Product).
STATUS:CONFIRMED
END:VEVENT""",
            method="REQUEST",
        ),
        (
            Occ(
                "personio-interview-58213-ab77@personio.example",
                "2026-12-07T09:00:00Z",
                "2026-12-07T10:00:00Z",
                True,
                ("katrin.vogel@prephaus.example",),
                "PrepHaus GmbH",
                "Produktmanager:in (m/w/d)",
            ),
        ),
    )
)

add(
    Case(
        "google_sync_company_group_room",
        "Google Calendar invite with a group calendar and a room resource",
        vcal(
            GOOGLE,
            """BEGIN:VEVENT
DTSTART:20261208T150000Z
DTEND:20261208T160000Z
"""
            + STAMP
            + """
ORGANIZER;CN=Recruiting Syncwell:mailto:c_9a8f7e6d5c4b3a2f1e0d@group.calendar.google.com
UID:5s1ncw3llsecondround@google.com
"""
            + gatt("c_9a8f7e6d5c4b3a2f1e0d@group.calendar.google.com", "Recruiting Syncwell", "INDIVIDUAL")
            + """
"""
            + gatt("c_18820a1b2c3d4e5f@resource.calendar.google.com", "London-3-Thames (6)", "RESOURCE")
            + """
"""
            + gatt("tom.achebe@syncwell.example", "Tom Achebe", "INDIVIDUAL")
            + """
"""
            + gatt("grace.liu@syncwell.example", "Grace Liu", "INDIVIDUAL")
            + """
"""
            + gatt("maya@example.org", "maya@example.org", "INDIVIDUAL")
            + """
DESCRIPTION:Second round for the Platform Engineer position: architecture discussion with Tom and Grace.
LOCATION:London-3-Thames (6)
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Syncwell – Platform Engineer – second round
TRANSP:OPAQUE
END:VEVENT""",
            method="REQUEST",
        ),
        (
            Occ(
                "5s1ncw3llsecondround@google.com",
                "2026-12-08T15:00:00Z",
                "2026-12-08T16:00:00Z",
                True,
                ("grace.liu@syncwell.example", "tom.achebe@syncwell.example"),
                "Syncwell",
                "Platform Engineer",
            ),
        ),
        tz="Europe/London",
    )
)

add(
    Case(
        "nextcloud_training_role_fr",
        "Nextcloud calendar with an interview and a training day",
        vcal(
            NEXTCLOUD,
            eu_tz("Europe/Paris"),
            """BEGIN:VEVENT
CREATED:20261118T081200Z
"""
            + STAMP
            + """
LAST-MODIFIED:20261118T081200Z
SEQUENCE:2
UID:3c0e1f1a-7d2b-4e55-9a1b-lumiere-entretien
DTSTART;TZID=Europe/Paris:20261209T160000
DTEND;TZID=Europe/Paris:20261209T170000
STATUS:CONFIRMED
SUMMARY:Entretien – Responsable Training & Onboarding @ Lumière Conseil
ORGANIZER;CN=Claire Martin:mailto:claire.martin@lumiere-conseil.example
"""
            + person("claire.martin@lumiere-conseil.example", "Claire Martin")
            + """
"""
            + me()
            + """
LOCATION:12 rue de la Paix\\, Paris
END:VEVENT""",
            """BEGIN:VEVENT
CREATED:20261110T090000Z
"""
            + STAMP
            + """
UID:8d1b-training-secu-2026
DTSTART;VALUE=DATE:20261210
DTEND;VALUE=DATE:20261211
SUMMARY:Formation sécurité incendie (training obligatoire)
STATUS:CONFIRMED
END:VEVENT""",
        ),
        (
            Occ(
                "3c0e1f1a-7d2b-4e55-9a1b-lumiere-entretien",
                "2026-12-09T15:00:00Z",
                "2026-12-09T16:00:00Z",
                True,
                ("claire.martin@lumiere-conseil.example",),
                "Lumière Conseil",
                "Responsable Training & Onboarding",
            ),
            Occ("8d1b-training-secu-2026", "2026-12-10T00:00:00Z", "2026-12-11T00:00:00Z", False),
        ),
        tz="UTC",
    )
)


add(
    Case(
        "outlook_workshop_company_sv",
        "Outlook invite with an Exchange room (W. Europe Standard Time, no VTIMEZONE)",
        vcal(
            EXCHANGE,
            ev(
                "040000008200E00074C5B7101A82E0080000000070A1B2C3NORDVIK",
                "Intervju: Nordvik Workshop AB – UX-designer",
                ";TZID=W. Europe Standard Time:20261204T090000",
                ";TZID=W. Europe Standard Time:20261204T100000",
                org("elin.lund@nordvikworkshop.example", "Elin Lund"),
                me("NEEDS-ACTION"),
                room("rum.gota2@nordvikworkshop.example", "Rum Göta 2"),
                person("oskar.berg@nordvikworkshop.example", "Oskar Berg"),
                "LOCATION:Rum Göta 2",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E0080000000070A1B2C3NORDVIK",
                "2026-12-04T08:00:00Z",
                "2026-12-04T09:00:00Z",
                True,
                ("elin.lund@nordvikworkshop.example", "oskar.berg@nordvikworkshop.example"),
                "Nordvik Workshop AB",
                "UX-designer",
            ),
        ),
        tz="Europe/Stockholm",
    )
)

add(
    Case(
        "google_planning_role_and_weekly_planning",
        "Google Calendar export with an interview and a weekly planning block",
        vcal(
            GOOGLE,
            ev(
                "k33pst0n3demandplanning@google.com",
                "Demand Planning Manager interview – Keystone Foods",
                ";TZID=America/New_York:20261210T110000",
                ";TZID=America/New_York:20261210T114500",
                org("hr@keystonefoods.example", "Keystone Foods Talent"),
                person("hr@keystonefoods.example", "Keystone Foods Talent"),
                person("dana.ortiz@keystonefoods.example", "Dana Ortiz"),
                me(),
                "DESCRIPTION:Join Zoom Meeting https://keystonefoods.zoom.us/j/8812345678",
                "STATUS:CONFIRMED",
            ),
            ev(
                "w33klyplann1ng@google.com",
                "Weekly planning",
                ";TZID=America/New_York:20261207T083000",
                ";TZID=America/New_York:20261207T090000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO",
                "STATUS:CONFIRMED",
            ),
            head="X-WR-CALNAME:Maya\nX-WR-TIMEZONE:America/New_York",
        ),
        (
            Occ(
                "k33pst0n3demandplanning@google.com",
                "2026-12-10T16:00:00Z",
                "2026-12-10T16:45:00Z",
                True,
                ("dana.ortiz@keystonefoods.example", "hr@keystonefoods.example"),
                "Keystone Foods",
                "Demand Planning Manager",
            ),
            Occ(
                "w33klyplann1ng@google.com",
                "2026-12-07T13:30:00Z",
                "2026-12-07T14:00:00Z",
                False,
                rid="20261207T133000Z",
            ),
            Occ(
                "w33klyplann1ng@google.com",
                "2026-12-14T13:30:00Z",
                "2026-12-14T14:00:00Z",
                False,
                rid="20261214T133000Z",
            ),
        ),
        tz="America/New_York",
    )
)

add(
    Case(
        "newsletter_webinar_about_interviews",
        "Event platform webinar invite from a newsletter address",
        vcal(
            "-//Livestorm//Events//EN",
            ev(
                "webinar-ace-technical-interview-2026-12@events.devweekly.example",
                "Webinar: How to ace your technical interview (live Q&A)",
                ":20261203T170000Z",
                ":20261203T180000Z",
                org("events@newsletter.devweekly.example", "DevWeekly Events"),
                me("NEEDS-ACTION"),
                "DESCRIPTION:Our hiring panel shares what interviewers look for. Join link: https://events.devweekly.example/live/8123",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "webinar-ace-technical-interview-2026-12@events.devweekly.example",
                "2026-12-03T17:00:00Z",
                "2026-12-03T18:00:00Z",
                False,
            ),
        ),
    )
)

add(
    Case(
        "outlook_user_interviews_candidate",
        "Outlook invite sent by the user to a candidate",
        vcal(
            EXCHANGE,
            ms_tz("Romance Standard Time", "+0100", "+0200"),
            ev(
                "040000008200E00074C5B7101A82E00800000000HIRINGLOOPMAYA01",
                "Interview: Junior Analyst candidate – Tom Nguyen",
                ";TZID=Romance Standard Time:20261202T100000",
                ";TZID=Romance Standard Time:20261202T104500",
                org(MAYA, "Maya Example"),
                person("tom.nguyen@mailbox.example", "Tom Nguyen", "NEEDS-ACTION"),
                person("raj.patel@example.org", "Raj Patel", "ACCEPTED"),
                "LOCATION:Microsoft Teams Meeting",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000HIRINGLOOPMAYA01",
                "2026-12-02T09:00:00Z",
                "2026-12-02T09:45:00Z",
                False,
            ),
        ),
        tz="Europe/Paris",
    )
)

add(
    Case(
        "icloud_mock_interview_with_coach",
        "iCloud event: a mock interview with a career coach",
        vcal(
            ICLOUD,
            eu_tz("Europe/Berlin"),
            ev(
                "A1B2C3D4-MOCK-4F1E-9C77-2B8D5E6F7A01",
                "Mock interview (system design) with coach",
                ";TZID=Europe/Berlin:20261205T110000",
                ";TZID=Europe/Berlin:20261205T120000",
                org("coach.sofia@fastmail.example", "Sofia Reyes"),
                person("coach.sofia@fastmail.example", "Sofia Reyes"),
                me(),
                "DESCRIPTION:Practice round before the real onsites. Bring the whiteboard.",
            ),
        ),
        (Occ("A1B2C3D4-MOCK-4F1E-9C77-2B8D5E6F7A01", "2026-12-05T10:00:00Z", "2026-12-05T11:00:00Z", False),),
    )
)

add(
    Case(
        "greenhouse_company_first_many_separators_de",
        "Greenhouse invite, company first",
        vcal(
            "-//Greenhouse Software//Scheduler//EN",
            ev(
                "gh-sched-771204-hollerith@greenhouse.example",
                "Hollerith AG — Vorstellungsgespräch · Backend-Entwickler (m/w/d) · Runde 2",
                ":20261211T130000Z",
                ":20261211T140000Z",
                org("recruiting@hollerith.example", "Hollerith AG Recruiting"),
                person("recruiting@hollerith.example", "Hollerith AG Recruiting"),
                person("felix.wagner@hollerith.example", "Felix Wagner"),
                person("aylin.demir@hollerith.example", "Aylin Demir"),
                me("NEEDS-ACTION"),
                "DESCRIPTION:Video: https://hollerith.zoom.us/j/99123456",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "gh-sched-771204-hollerith@greenhouse.example",
                "2026-12-11T13:00:00Z",
                "2026-12-11T14:00:00Z",
                True,
                (
                    "aylin.demir@hollerith.example",
                    "felix.wagner@hollerith.example",
                    "recruiting@hollerith.example",
                ),
                "Hollerith AG",
                "Backend-Entwickler (m/w/d)",
            ),
        ),
    )
)

add(
    Case(
        "google_person_names_title",
        "Google invite titled with people's names only",
        vcal(
            GOOGLE,
            ev(
                "pr1yaraman-maya-chat@google.com",
                "Maya Example <> Priya Raman",
                ":20261209T200000Z",
                ":20261209T203000Z",
                org("priya.raman@quillfeather.example", "Priya Raman"),
                person("priya.raman@quillfeather.example", "Priya Raman"),
                me(),
                "DESCRIPTION:Intro interview for the Senior Analyst opening on my team.",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "pr1yaraman-maya-chat@google.com",
                "2026-12-09T20:00:00Z",
                "2026-12-09T20:30:00Z",
                True,
                ("priya.raman@quillfeather.example",),
                "Quillfeather",
                "",
            ),
        ),
        tz="America/Los_Angeles",
    )
)

add(
    Case(
        "zoom_title_without_company",
        "Zoom invite without a company in the title",
        vcal(
            ZOOM,
            ev(
                "zR8kq2LmT0yqvS1c9hTallyho",
                "Technical interview – Site Reliability Engineer",
                ";TZID=Europe/London:20261214T100000",
                ";TZID=Europe/London:20261214T110000",
                org("talent@tallyho.example", "Talent Team"),
                me("NEEDS-ACTION"),
                person("ben.carter@tallyho.example", "Ben Carter"),
                "LOCATION:https://tallyho.zoom.us/j/84411223344?pwd=abc",
                "DESCRIPTION:Talent Team is inviting you to a scheduled Zoom meeting.",
            ),
            method="REQUEST",
            head=fixed_tz("Europe/London", "+0000", "GMT"),
        ),
        (
            Occ(
                "zR8kq2LmT0yqvS1c9hTallyho",
                "2026-12-14T10:00:00Z",
                "2026-12-14T11:00:00Z",
                True,
                ("ben.carter@tallyho.example", "talent@tallyho.example"),
                "Tallyho",
                "Site Reliability Engineer",
            ),
        ),
        tz="Europe/London",
    )
)

# --- series, streams and Windows zones ----------------------------------------------------------------------

KAIROS = "040000008200E00074C5B7101A82E00800000000KAIROSASSESSMENT"
add(
    Case(
        "exchange_assessment_series_thisandfuture",
        "Exchange series with a RANGE=THISANDFUTURE override",
        vcal(
            EXCHANGE,
            ms_tz("W. Europe Standard Time", "+0100", "+0200"),
            ev(
                KAIROS,
                "Assessment Center – Kairos Labs – Trainee Data Engineering",
                ";TZID=W. Europe Standard Time:20261214T090000",
                ";TZID=W. Europe Standard Time:20261214T120000",
                "RRULE:FREQ=DAILY;COUNT=3",
                org("bewerbung@kairoslabs.example", "Kairos Labs Bewerbermanagement"),
                me(),
                person("nina.kraus@kairoslabs.example", "Nina Kraus"),
                "SEQUENCE:0",
            ),
            ev(
                KAIROS,
                "Assessment Center – Kairos Labs – Trainee Data Engineering",
                ";TZID=W. Europe Standard Time:20261215T100000",
                ";TZID=W. Europe Standard Time:20261215T130000",
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=W. Europe Standard Time:20261215T090000",
                org("bewerbung@kairoslabs.example", "Kairos Labs Bewerbermanagement"),
                me(),
                person("nina.kraus@kairoslabs.example", "Nina Kraus"),
                "SEQUENCE:1",
            ),
            method="REQUEST",
        ),
        tuple(
            Occ(
                KAIROS,
                s,
                e,
                True,
                ("bewerbung@kairoslabs.example", "nina.kraus@kairoslabs.example"),
                "Kairos Labs",
                "Trainee Data Engineering",
                rid,
            )
            for rid, s, e in (
                ("20261214T080000Z", "2026-12-14T08:00:00Z", "2026-12-14T11:00:00Z"),
                ("20261215T080000Z", "2026-12-15T09:00:00Z", "2026-12-15T12:00:00Z"),
                ("20261216T080000Z", "2026-12-16T09:00:00Z", "2026-12-16T12:00:00Z"),
            )
        ),
    )
)

JOBCLUB = "jobclub-weekly-2026@nextcloud.example"
add(
    Case(
        "nextcloud_job_club_thisandfuture",
        "Nextcloud weekly job club moved from one week on",
        vcal(
            NEXTCLOUD,
            eu_tz("Europe/Amsterdam"),
            ev(
                JOBCLUB,
                "Sollicitatieclub – CV's en gesprekken oefenen",
                ";TZID=Europe/Amsterdam:20261201T190000",
                ";TZID=Europe/Amsterdam:20261201T203000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8",
                org("info@buurthuis-oost.example", "Buurthuis Oost"),
                me(),
            ),
            ev(
                JOBCLUB,
                "Sollicitatieclub – CV's en gesprekken oefenen",
                ";TZID=Europe/Amsterdam:20261208T183000",
                ";TZID=Europe/Amsterdam:20261208T200000",
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Amsterdam:20261208T190000",
                org("info@buurthuis-oost.example", "Buurthuis Oost"),
                me(),
                "SEQUENCE:1",
            ),
        ),
        (
            Occ(JOBCLUB, "2026-12-01T18:00:00Z", "2026-12-01T19:30:00Z", False, rid="20261201T180000Z"),
            Occ(JOBCLUB, "2026-12-08T17:30:00Z", "2026-12-08T19:00:00Z", False, rid="20261208T180000Z"),
            Occ(JOBCLUB, "2026-12-15T17:30:00Z", "2026-12-15T19:00:00Z", False, rid="20261215T180000Z"),
        ),
        tz="Europe/Amsterdam",
    )
)

COPPER = "040000008200E00074C5B7101A82E00800000000COPPERLINE0001"
COPPER_LINES = (
    org("sarah.kim@copperline.example", "Sarah Kim"),
    me(),
    person("omar.haddad@copperline.example", "Omar Haddad"),
)
add(
    Case(
        "exchange_request_update_cancel_stream",
        "Exchange request, update and cancellation in one file",
        vcal(
            O365,
            ev(
                COPPER,
                "Interview – Copperline Analytics – BI Developer",
                ';TZID="Eastern Standard Time":20261203T140000',
                ';TZID="Eastern Standard Time":20261203T150000',
                *COPPER_LINES,
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        )
        + vcal(
            O365,
            ev(
                COPPER,
                "Interview – Copperline Analytics – BI Developer",
                ';TZID="Eastern Standard Time":20261204T100000',
                ';TZID="Eastern Standard Time":20261204T110000',
                *COPPER_LINES,
                "SEQUENCE:1",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        )
        + vcal(
            O365,
            ev(
                COPPER,
                "Canceled: Interview – Copperline Analytics – BI Developer",
                ';TZID="Eastern Standard Time":20261204T100000',
                ';TZID="Eastern Standard Time":20261204T110000',
                *COPPER_LINES,
                "SEQUENCE:2",
                "STATUS:CANCELLED",
                "PRIORITY:1",
            ),
            method="CANCEL",
        ),
        (
            Occ(
                COPPER,
                "2026-12-04T15:00:00Z",
                "2026-12-04T16:00:00Z",
                True,
                ("omar.haddad@copperline.example", "sarah.kim@copperline.example"),
                "Copperline Analytics",
                "BI Developer",
                cancelled=True,
            ),
        ),
        tz="America/New_York",
    )
)

add(
    Case(
        "outlook_request_then_update",
        "Outlook request and a moved update in one file",
        vcal(
            EXCHANGE,
            ms_tz("Central Europe Standard Time", "+0100", "+0200"),
            ev(
                "040000008200E00074C5B7101A82E00800000000WISLASOFT0000001",
                "Rozmowa rekrutacyjna – Programista Java | Wisła Soft",
                ";TZID=Central Europe Standard Time:20261207T130000",
                ";TZID=Central Europe Standard Time:20261207T140000",
                org("rekrutacja@wislasoft.example", "Rekrutacja Wisła Soft"),
                me(),
                person("piotr.nowak@wislasoft.example", "Piotr Nowak"),
                "SEQUENCE:0",
            ),
            method="REQUEST",
        )
        + vcal(
            EXCHANGE,
            ms_tz("Central Europe Standard Time", "+0100", "+0200"),
            ev(
                "040000008200E00074C5B7101A82E00800000000WISLASOFT0000001",
                "Rozmowa rekrutacyjna – Programista Java | Wisła Soft",
                ";TZID=Central Europe Standard Time:20261208T090000",
                ";TZID=Central Europe Standard Time:20261208T100000",
                org("rekrutacja@wislasoft.example", "Rekrutacja Wisła Soft"),
                me(),
                person("piotr.nowak@wislasoft.example", "Piotr Nowak"),
                "SEQUENCE:1",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000WISLASOFT0000001",
                "2026-12-08T08:00:00Z",
                "2026-12-08T09:00:00Z",
                True,
                ("piotr.nowak@wislasoft.example", "rekrutacja@wislasoft.example"),
                "Wisła Soft",
                "Programista Java",
            ),
        ),
        tz="Europe/Warsaw",
    )
)

add(
    Case(
        "exchange_brasilia_no_vtimezone_pt",
        "Exchange invite with (UTC-03:00) Brasilia and no VTIMEZONE",
        vcal(
            O365,
            ev(
                "040000008200E00074C5B7101A82E00800000000VERTICEPAG000001",
                "Entrevista - Analista de Dados - Vértice Pagamentos",
                ';TZID="(UTC-03:00) Brasilia":20261210T100000',
                ';TZID="(UTC-03:00) Brasilia":20261210T110000',
                org("gente@verticepag.example", "Gente & Gestão Vértice"),
                me("NEEDS-ACTION"),
                person("lucas.almeida@verticepag.example", "Lucas Almeida"),
                "LOCATION:Reunião do Microsoft Teams",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000VERTICEPAG000001",
                "2026-12-10T13:00:00Z",
                "2026-12-10T14:00:00Z",
                True,
                ("gente@verticepag.example", "lucas.almeida@verticepag.example"),
                "Vértice Pagamentos",
                "Analista de Dados",
            ),
        ),
        tz="America/Sao_Paulo",
    )
)

add(
    Case(
        "o365_utc_quoted_es",
        "Outlook 365 invite in quoted tzone://Microsoft/Utc",
        vcal(
            O365,
            ev(
                "040000008200E00074C5B7101A82E00800000000CALETASYS0000001",
                "Entrevista técnica | Ingeniera de Software | Caleta Systems",
                ';TZID="tzone://Microsoft/Utc":20261215T150000',
                ';TZID="tzone://Microsoft/Utc":20261215T160000',
                org("talento@caletasystems.example", "Talento Caleta"),
                me("NEEDS-ACTION"),
                person("marta.gil@caletasystems.example", "Marta Gil"),
                person("javier.soto@caletasystems.example", "Javier Soto", "DECLINED"),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000CALETASYS0000001",
                "2026-12-15T15:00:00Z",
                "2026-12-15T16:00:00Z",
                True,
                ("marta.gil@caletasystems.example", "talento@caletasystems.example"),
                "Caleta Systems",
                "Ingeniera de Software",
            ),
        ),
        tz="Europe/Madrid",
    )
)

add(
    Case(
        "teams_utc_bare_it_bot",
        "Teams invite in bare tzone://Microsoft/Utc with a notetaker bot",
        vcal(
            O365,
            ev(
                "040000008200E00074C5B7101A82E00800000000LAGUNARETI000001",
                "Colloquio finale con Laguna Reti – Product Owner",
                ";TZID=tzone://Microsoft/Utc:20261216T090000",
                ";TZID=tzone://Microsoft/Utc:20261216T100000",
                org("giulia.ferri@lagunareti.example", "Giulia Ferri"),
                me(),
                person("marco.rinaldi@lagunareti.example", "Marco Rinaldi"),
                person(
                    "notetaker@otter-assistant.example", "Otter.ai Notetaker", "ACCEPTED", "OPT-PARTICIPANT"
                ),
                "LOCATION:Riunione di Microsoft Teams",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000LAGUNARETI000001",
                "2026-12-16T09:00:00Z",
                "2026-12-16T10:00:00Z",
                True,
                ("giulia.ferri@lagunareti.example", "marco.rinaldi@lagunareti.example"),
                "Laguna Reti",
                "Product Owner",
            ),
        ),
        tz="Europe/Rome",
    )
)

add(
    Case(
        "outlook_customized_time_zone_nb",
        "Outlook invite in a Customized Time Zone",
        vcal(
            EXCHANGE,
            ms_tz("Customized Time Zone", "+0100", "+0200"),
            ev(
                "040000008200E00074C5B7101A82E00800000000FJORDLYS00000001",
                "Intervju med Fjordlys AS – Backend-utvikler",
                ";TZID=Customized Time Zone:20261211T093000",
                ";TZID=Customized Time Zone:20261211T103000",
                org("ingrid.dahl@fjordlys.example", "Ingrid Dahl"),
                me(),
                room("moterom.nordlys@fjordlys.example", "Møterom Nordlys"),
                "LOCATION:Møterom Nordlys",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000FJORDLYS00000001",
                "2026-12-11T08:30:00Z",
                "2026-12-11T09:30:00Z",
                True,
                ("ingrid.dahl@fjordlys.example",),
                "Fjordlys AS",
                "Backend-utvikler",
            ),
        ),
        tz="Europe/Oslo",
    )
)

add(
    Case(
        "evolution_custom_tzid_cs",
        "Evolution event in the calendar's own TZID",
        vcal(
            EVOLUTION,
            eu_tz("/freeassociation.sourceforge.net/Europe/Prague"),
            ev(
                "20261120T101500Z-4471-1000-1-12@maya-laptop",
                "Pohovor: Tester / Vltava Digital",
                ";TZID=/freeassociation.sourceforge.net/Europe/Prague:20261202T130000",
                ";TZID=/freeassociation.sourceforge.net/Europe/Prague:20261202T140000",
                org("jana.novakova@vltavadigital.example", "Jana Nováková"),
                me(),
                "LOCATION:https://vltavadigital.webex.com/meet/jana.novakova",
            ),
        ),
        (
            Occ(
                "20261120T101500Z-4471-1000-1-12@maya-laptop",
                "2026-12-02T12:00:00Z",
                "2026-12-02T13:00:00Z",
                True,
                ("jana.novakova@vltavadigital.example",),
                "Vltava Digital",
                "Tester",
            ),
        ),
        tz="Europe/Prague",
    )
)

add(
    Case(
        "outlook_tokyo_with_vtimezone_ja",
        "Outlook invite in Tokyo Standard Time with VTIMEZONE",
        vcal(
            EXCHANGE,
            fixed_tz("Tokyo Standard Time", "+0900", "JST"),
            ev(
                "040000008200E00074C5B7101A82E00800000000MINATODATA000001",
                "【一次面接】ソフトウェアエンジニア／株式会社ミナトデータ",
                ";TZID=Tokyo Standard Time:20261208T140000",
                ";TZID=Tokyo Standard Time:20261208T150000",
                org("saiyo@minatodata.example", "ミナトデータ 採用担当"),
                me(),
                person("kenji.sato@minatodata.example", "佐藤 健二"),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000MINATODATA000001",
                "2026-12-08T05:00:00Z",
                "2026-12-08T06:00:00Z",
                True,
                ("kenji.sato@minatodata.example", "saiyo@minatodata.example"),
                "株式会社ミナトデータ",
                "ソフトウェアエンジニア",
            ),
        ),
        tz="Asia/Tokyo",
    )
)

add(
    Case(
        "outlook_lone_cancel_en",
        "A lone Outlook cancellation (Pacific Standard Time, no VTIMEZONE)",
        vcal(
            EXCHANGE,
            ev(
                "040000008200E00074C5B7101A82E00800000000HARBORFINCH00001",
                "Canceled: Final round: Harbor & Finch – Staff Engineer",
                ";TZID=Pacific Standard Time:20261217T100000",
                ";TZID=Pacific Standard Time:20261217T120000",
                org("alex.morgan@harborfinch.example", "Alex Morgan"),
                me("NEEDS-ACTION"),
                person("chris.lee@harborfinch.example", "Chris Lee"),
                "STATUS:CANCELLED",
                "SEQUENCE:3",
            ),
            method="CANCEL",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000HARBORFINCH00001",
                "2026-12-17T18:00:00Z",
                "2026-12-17T20:00:00Z",
                True,
                ("alex.morgan@harborfinch.example", "chris.lee@harborfinch.example"),
                "Harbor & Finch",
                "Staff Engineer",
                cancelled=True,
            ),
        ),
        tz="America/Los_Angeles",
    )
)

# --- look-alikes that are not interviews -------------------------------------------------------------------

add(
    Case(
        "zoom_customer_research_interview",
        "Zoom invite for a paid customer research interview",
        vcal(
            ZOOM,
            ev(
                "zQ2mResearchStudy7781",
                "User interview: onboarding study (Lattice Cloud) – $50 gift card",
                ":20261201T160000Z",
                ":20261201T164500Z",
                org("research@latticecloud.example", "Lattice Cloud UX Research"),
                me("ACCEPTED"),
                "DESCRIPTION:Thanks for signing up for our research panel. We'll ask how you use dashboards.",
            ),
            method="REQUEST",
        ),
        (Occ("zQ2mResearchStudy7781", "2026-12-01T16:00:00Z", "2026-12-01T16:45:00Z", False),),
    )
)

add(
    Case(
        "outlook_exit_interview",
        "Outlook invite from the current employer's HR",
        vcal(
            EXCHANGE,
            ms_tz("GMT Standard Time", "+0000", "+0100"),
            ev(
                "040000008200E00074C5B7101A82E00800000000EXITINTERVIEW001",
                "Exit interview – Maya Example",
                ";TZID=GMT Standard Time:20261218T150000",
                ";TZID=GMT Standard Time:20261218T153000",
                org("people@example.org", "People Team"),
                me(),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000EXITINTERVIEW001",
                "2026-12-18T15:00:00Z",
                "2026-12-18T15:30:00Z",
                False,
            ),
        ),
        tz="Europe/London",
    )
)

add(
    Case(
        "google_performance_review_and_one_on_one",
        "Google Calendar export: a performance review and a 1:1",
        vcal(
            GOOGLE,
            ev(
                "perfr3view2026h2@google.com",
                "H2 performance review – Maya / Raj",
                ";TZID=Europe/Berlin:20261203T100000",
                ";TZID=Europe/Berlin:20261203T110000",
                org("raj.patel@example.org", "Raj Patel"),
                person("raj.patel@example.org", "Raj Patel"),
                me(),
            ),
            ev(
                "0ne0n3mayaraj@google.com",
                "1:1 Maya / Raj",
                ";TZID=Europe/Berlin:20261210T100000",
                ";TZID=Europe/Berlin:20261210T103000",
                org("raj.patel@example.org", "Raj Patel"),
                person("raj.patel@example.org", "Raj Patel"),
                me(),
            ),
            head="X-WR-TIMEZONE:Europe/Berlin",
        ),
        (
            Occ("perfr3view2026h2@google.com", "2026-12-03T09:00:00Z", "2026-12-03T10:00:00Z", False),
            Occ("0ne0n3mayaraj@google.com", "2026-12-10T09:00:00Z", "2026-12-10T09:30:00Z", False),
        ),
    )
)

add(
    Case(
        "fastmail_podcast_recording",
        "Fastmail event: recording a podcast about interviewing",
        vcal(
            FASTMAIL,
            eu_tz("Europe/Berlin"),
            ev(
                "6f1e2d3c-podcast-4b5a-9e8f-7d6c5b4a3f2e",
                "Podcast recording: The Interview Show, ep. 42",
                ";TZID=Europe/Berlin:20261204T170000",
                ";TZID=Europe/Berlin:20261204T180000",
                org("host@interviewshow.example", "The Interview Show"),
                me(),
                "LOCATION:https://riverside.example/studio/interview-show",
            ),
        ),
        (
            Occ(
                "6f1e2d3c-podcast-4b5a-9e8f-7d6c5b4a3f2e",
                "2026-12-04T16:00:00Z",
                "2026-12-04T17:00:00Z",
                False,
            ),
        ),
    )
)

add(
    Case(
        "icloud_job_fair_all_day_and_flight",
        "iCloud calendar: an all-day job fair and a flight to an onsite",
        vcal(
            ICLOUD,
            ev(
                "C9D8E7F6-JOBFAIR-4A3B-8C2D-1E0F9A8B7C6D",
                "Jobmesse Frankfurt (Karrieretag)",
                ";VALUE=DATE:20261205",
                ";VALUE=DATE:20261206",
                "TRANSP:TRANSPARENT",
            ),
            ev(
                "D1E2F3A4-FLIGHT-4B5C-9D8E-7F6A5B4C3D2E",
                "Flight LH 402 to Munich (onsite interview)",
                ":20261216T063000Z",
                ":20261216T074500Z",
                "LOCATION:Hamburg Airport",
            ),
        ),
        (
            Occ(
                "C9D8E7F6-JOBFAIR-4A3B-8C2D-1E0F9A8B7C6D",
                "2026-12-05T00:00:00Z",
                "2026-12-06T00:00:00Z",
                False,
            ),
            Occ(
                "D1E2F3A4-FLIGHT-4B5C-9D8E-7F6A5B4C3D2E",
                "2026-12-16T06:30:00Z",
                "2026-12-16T07:45:00Z",
                False,
            ),
        ),
        tz="UTC",
    )
)

add(
    Case(
        "proton_thank_you_and_research_todos",
        "Proton calendar: to-dos around an interview",
        vcal(
            PROTON,
            ev(
                "kFq0thankyou-notes@proton.me",
                "Send thank-you notes – Ridgeway interview",
                ";TZID=Europe/Berlin:20261211T090000",
                ";TZID=Europe/Berlin:20261211T091500",
            ),
            ev(
                "kFq1research-ridgeway@proton.me",
                "Research Ridgeway before interview",
                ";TZID=Europe/Berlin:20261209T180000",
                ";TZID=Europe/Berlin:20261209T190000",
            ),
            head=eu_tz("Europe/Berlin"),
        ),
        (
            Occ("kFq0thankyou-notes@proton.me", "2026-12-11T08:00:00Z", "2026-12-11T08:15:00Z", False),
            Occ("kFq1research-ridgeway@proton.me", "2026-12-09T17:00:00Z", "2026-12-09T18:00:00Z", False),
        ),
    )
)

SYNC = "t3amsync-weekly@google.com"
add(
    Case(
        "google_team_sync_exdate_override",
        "Google weekly team sync with EXDATE and a moved occurrence",
        vcal(
            GOOGLE,
            ev(
                SYNC,
                "Team sync",
                ";TZID=Europe/Berlin:20261202T093000",
                ";TZID=Europe/Berlin:20261202T100000",
                "RRULE:FREQ=WEEKLY;BYDAY=WE",
                "EXDATE;TZID=Europe/Berlin:20261216T093000",
                org("raj.patel@example.org", "Raj Patel"),
                person("raj.patel@example.org", "Raj Patel"),
                me(),
                person("jane.doe@example.org", "Jane Doe"),
            ),
            ev(
                SYNC,
                "Team sync",
                ";TZID=Europe/Berlin:20261210T140000",
                ";TZID=Europe/Berlin:20261210T143000",
                "RECURRENCE-ID;TZID=Europe/Berlin:20261209T093000",
                org("raj.patel@example.org", "Raj Patel"),
                person("raj.patel@example.org", "Raj Patel"),
                me(),
                "SEQUENCE:1",
            ),
            head="X-WR-TIMEZONE:Europe/Berlin",
        ),
        (
            Occ(SYNC, "2026-12-02T08:30:00Z", "2026-12-02T09:00:00Z", False, rid="20261202T083000Z"),
            Occ(SYNC, "2026-12-10T13:00:00Z", "2026-12-10T13:30:00Z", False, rid="20261209T083000Z"),
        ),
    )
)

add(
    Case(
        "meetup_talk_on_interviewing",
        "Meetup invite for a talk about interviewing",
        vcal(
            "-//Meetup//Meetup Events v1.0//EN",
            ev(
                "event_304412877@meetup.example",
                "Berlin Tech Careers: Surviving the system design interview",
                ":20261215T180000Z",
                ":20261215T200000Z",
                org("info@meetup.example", "Meetup"),
                "LOCATION:Factory Görlitzer Park\\, Berlin",
                "URL:https://meetup.example/berlin-tech-careers/events/304412877/",
            ),
            method="PUBLISH",
        ),
        (Occ("event_304412877@meetup.example", "2026-12-15T18:00:00Z", "2026-12-15T20:00:00Z", False),),
    )
)

# --- a job seeker's everyday invites ------------------------------------------------------------------------

add(
    Case(
        "calendly_recruiter_call",
        "Calendly booking",
        vcal(
            "-//Calendly//Calendly Calendar//EN",
            ev(
                "4c1e0b8a-calendly-e7a2-recruitercall",
                "30 Minute Recruiter Call between Jane Doe and Maya Example",
                ":20261201T150000Z",
                ":20261201T153000Z",
                org("jane.doe@ridgeway.example", "Jane Doe"),
                person("jane.doe@ridgeway.example", "Jane Doe"),
                me(),
                "DESCRIPTION:Event Name: 30 Minute Recruiter Call\\n\\nLocation: This is a Google Meet web conference.",
                "STATUS:CONFIRMED",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "4c1e0b8a-calendly-e7a2-recruitercall",
                "2026-12-01T15:00:00Z",
                "2026-12-01T15:30:00Z",
                True,
                ("jane.doe@ridgeway.example",),
                "Ridgeway",
                "",
            ),
        ),
    )
)

add(
    Case(
        "calcom_hiring_manager_chat",
        "Cal.com booking",
        vcal(
            "-//Cal.com Inc.//Cal.com Event//EN",
            ev(
                "b7Jq2ZcalcomHMchat",
                "Hiring manager chat: Frontend Engineer @ Pebblestone",
                ":20261207T163000Z",
                ":20261207T171500Z",
                org("raj.patel@pebblestone.example", "Raj Patel"),
                person("raj.patel@pebblestone.example", "Raj Patel"),
                me(),
                "LOCATION:https://app.cal.com/video/b7Jq2Z",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "b7Jq2ZcalcomHMchat",
                "2026-12-07T16:30:00Z",
                "2026-12-07T17:15:00Z",
                True,
                ("raj.patel@pebblestone.example",),
                "Pebblestone",
                "Frontend Engineer",
            ),
        ),
    )
)

add(
    Case(
        "goodtime_onsite_panel",
        "GoodTime panel with several interviewers",
        vcal(
            "-//GoodTime.io//Scheduler//EN",
            ev(
                "goodtime-panel-99341@goodtime.example",
                "Onsite panel – Solutions Architect – Meridian Freight",
                ";TZID=America/Chicago:20261209T090000",
                ";TZID=America/Chicago:20261209T120000",
                org("scheduling@meridianfreight.example", "Meridian Freight Scheduling"),
                me("NEEDS-ACTION"),
                person("kayla.brooks@meridianfreight.example", "Kayla Brooks"),
                person("ian.walsh@meridianfreight.example", "Ian Walsh"),
                person("rosa.mendez@meridianfreight.example", "Rosa Mendez"),
                "LOCATION:Meridian Freight HQ\\, 400 W Lake St\\, Chicago",
            ),
            method="REQUEST",
            head=fixed_tz("America/Chicago", "-0600", "CST"),
        ),
        (
            Occ(
                "goodtime-panel-99341@goodtime.example",
                "2026-12-09T15:00:00Z",
                "2026-12-09T18:00:00Z",
                True,
                (
                    "ian.walsh@meridianfreight.example",
                    "kayla.brooks@meridianfreight.example",
                    "rosa.mendez@meridianfreight.example",
                    "scheduling@meridianfreight.example",
                ),
                "Meridian Freight",
                "Solutions Architect",
            ),
        ),
        tz="America/Chicago",
    )
)

add(
    Case(
        "lever_users_name_in_title",
        "Lever invite with the user's name in the title",
        vcal(
            "-//Lever//Interview Scheduling//EN",
            ev(
                "lever-iv-5f3e2d1c@hire.lever.example",
                "Maya Example - Take-home review - Mobile Engineer (Orchard & Pike)",
                ":20261214T170000Z",
                ":20261214T180000Z",
                org("talent@orchardpike.example", "Orchard & Pike Talent"),
                me("NEEDS-ACTION"),
                person("will.turner@orchardpike.example", "Will Turner"),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "lever-iv-5f3e2d1c@hire.lever.example",
                "2026-12-14T17:00:00Z",
                "2026-12-14T18:00:00Z",
                True,
                ("talent@orchardpike.example", "will.turner@orchardpike.example"),
                "Orchard & Pike",
                "Mobile Engineer",
            ),
        ),
        tz="America/New_York",
    )
)

add(
    Case(
        "ashby_pairing_interview",
        "Ashby invite for a pairing interview",
        vcal(
            "-//Ashby//Ashby Scheduling//EN",
            ev(
                "ashby-7c1d-pairing@ashbyhq.example",
                "Pairing interview with Tidewell (Software Engineer, Payments)",
                ":20261202T100000Z",
                ":20261202T113000Z",
                org("no-reply@ashbyhq.example", "Tidewell via Ashby"),
                me("NEEDS-ACTION"),
                person("ola.nilsen@tidewell.example", "Ola Nilsen"),
                person("mia.chen@tidewell.example", "Mia Chen"),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "ashby-7c1d-pairing@ashbyhq.example",
                "2026-12-02T10:00:00Z",
                "2026-12-02T11:30:00Z",
                True,
                ("mia.chen@tidewell.example", "ola.nilsen@tidewell.example"),
                "Tidewell",
                "Software Engineer, Payments",
            ),
        ),
        tz="Europe/London",
    )
)

add(
    Case(
        "workday_case_interview",
        "Workday invite (no-reply organizer) for a case interview",
        vcal(
            "-//Workday Inc//Workday Calendar//EN",
            ev(
                "WD-INTERVIEW-883412-1@myworkday.example",
                "Case Interview: Associate Consultant – Stonebridge Partners",
                ":20261216T140000Z",
                ":20261216T150000Z",
                org("stonebridge@myworkday.example", "Stonebridge Partners (no reply)"),
                me("NEEDS-ACTION"),
                person("emma.clarke@stonebridgepartners.example", "Emma Clarke"),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "WD-INTERVIEW-883412-1@myworkday.example",
                "2026-12-16T14:00:00Z",
                "2026-12-16T15:00:00Z",
                True,
                ("emma.clarke@stonebridgepartners.example",),
                "Stonebridge Partners",
                "Associate Consultant",
            ),
        ),
        tz="Europe/London",
    )
)

add(
    Case(
        "smartrecruiters_fr_visio",
        "SmartRecruiters invite in French",
        vcal(
            "-//SmartRecruiters//Interview Scheduler//EN",
            ev(
                "sr-intv-2a9f77e1@smartrecruiters.example",
                "Entretien RH — Chargée de communication — Maison Vernet",
                ";TZID=Europe/Paris:20261208T113000",
                ";TZID=Europe/Paris:20261208T121500",
                org("recrutement@maisonvernet.example", "Recrutement Maison Vernet"),
                me("NEEDS-ACTION"),
                person("lucie.bernard@maisonvernet.example", "Lucie Bernard"),
            ),
            method="REQUEST",
            head=eu_tz("Europe/Paris"),
        ),
        (
            Occ(
                "sr-intv-2a9f77e1@smartrecruiters.example",
                "2026-12-08T10:30:00Z",
                "2026-12-08T11:15:00Z",
                True,
                ("lucie.bernard@maisonvernet.example", "recrutement@maisonvernet.example"),
                "Maison Vernet",
                "Chargée de communication",
            ),
        ),
        tz="Europe/Paris",
    )
)

add(
    Case(
        "teamtailor_da_meet_the_team",
        "Teamtailor invite in Danish",
        vcal(
            "-//Teamtailor//Interview//EN",
            ev(
                "tt-9912-kattegat@teamtailor.example",
                "Mød teamet: Projektleder hos Kattegat ApS",
                ";TZID=Europe/Copenhagen:20261210T130000",
                ";TZID=Europe/Copenhagen:20261210T140000",
                org("no-reply@teamtailor-mail.example", "Kattegat ApS"),
                me("NEEDS-ACTION"),
                person("mette.holm@kattegat.example", "Mette Holm"),
                person("rasmus.juul@kattegat.example", "Rasmus Juul"),
            ),
            method="REQUEST",
            head=eu_tz("Europe/Copenhagen"),
        ),
        (
            Occ(
                "tt-9912-kattegat@teamtailor.example",
                "2026-12-10T12:00:00Z",
                "2026-12-10T13:00:00Z",
                True,
                ("mette.holm@kattegat.example", "rasmus.juul@kattegat.example"),
                "Kattegat ApS",
                "Projektleder",
            ),
        ),
        tz="Europe/Copenhagen",
    )
)

add(
    Case(
        "hirevue_video_interview",
        "HireVue on-demand video interview slot",
        vcal(
            "-//HireVue//Scheduling//EN",
            ev(
                "hv-sched-66120ad@hirevue.example",
                "HireVue Video Interview – Graduate Programme – Cobalt Bank",
                ":20261203T080000Z",
                ":20261203T090000Z",
                org("noreply@hirevue.example", "HireVue"),
                me("NEEDS-ACTION"),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "hv-sched-66120ad@hirevue.example",
                "2026-12-03T08:00:00Z",
                "2026-12-03T09:00:00Z",
                True,
                (),
                "Cobalt Bank",
                "Graduate Programme",
            ),
        ),
        tz="Europe/London",
    )
)

add(
    Case(
        "paradox_bot_organizer",
        "Paradox assistant invite",
        vcal(
            "-//Paradox//Olivia//EN",
            ev(
                "px-olivia-3390aa@paradox.example",
                "Interview with Harrow Retail for Store Manager",
                ":20261204T150000Z",
                ":20261204T153000Z",
                org("olivia@paradox.example", "Olivia (Harrow Retail assistant)"),
                me("NEEDS-ACTION"),
                person("dave.moss@harrowretail.example", "Dave Moss"),
                "LOCATION:Harrow Retail\\, 21 High Street\\, Leeds",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "px-olivia-3390aa@paradox.example",
                "2026-12-04T15:00:00Z",
                "2026-12-04T15:30:00Z",
                True,
                ("dave.moss@harrowretail.example",),
                "Harrow Retail",
                "Store Manager",
            ),
        ),
        tz="Europe/London",
    )
)

add(
    Case(
        "meet_ko_backend",
        "Google Meet invite in Korean",
        vcal(
            GOOGLE,
            ev(
                "h4nb1tt3chinterview@google.com",
                "[한빛테크] 백엔드 개발자 1차 면접",
                ";TZID=Asia/Seoul:20261201T100000",
                ";TZID=Asia/Seoul:20261201T110000",
                org("recruit@hanbittech.example", "한빛테크 채용팀"),
                person("recruit@hanbittech.example", "한빛테크 채용팀"),
                person("jiwoo.kim@hanbittech.example", "김지우"),
                me(),
                "DESCRIPTION:Google Meet 참여: https://meet.google.com/kor-abcd-efg",
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "h4nb1tt3chinterview@google.com",
                "2026-12-01T01:00:00Z",
                "2026-12-01T02:00:00Z",
                True,
                ("jiwoo.kim@hanbittech.example", "recruit@hanbittech.example"),
                "한빛테크",
                "백엔드 개발자",
            ),
        ),
        tz="Asia/Seoul",
    )
)

add(
    Case(
        "outlook_china_standard_time_zh",
        "Outlook invite in Chinese (China Standard Time with VTIMEZONE)",
        vcal(
            EXCHANGE,
            ev(
                "040000008200E00074C5B7101A82E00800000000XINGHE0000000001",
                "【面试】数据分析师 – 星河科技（终面）",
                ";TZID=China Standard Time:20261211T150000",
                ";TZID=China Standard Time:20261211T160000",
                org("hr@xinghe-tech.example", "星河科技 HR"),
                me("NEEDS-ACTION"),
                person("wang.lei@xinghe-tech.example", "王磊"),
            ),
            method="REQUEST",
            head=fixed_tz("China Standard Time", "+0800", "CST"),
        ),
        (
            Occ(
                "040000008200E00074C5B7101A82E00800000000XINGHE0000000001",
                "2026-12-11T07:00:00Z",
                "2026-12-11T08:00:00Z",
                True,
                ("hr@xinghe-tech.example", "wang.lei@xinghe-tech.example"),
                "星河科技",
                "数据分析师",
            ),
        ),
        tz="Asia/Shanghai",
    )
)

add(
    Case(
        "fastmail_nl_sollicitatie",
        "Fastmail invite in Dutch",
        vcal(
            FASTMAIL,
            eu_tz("Europe/Amsterdam"),
            ev(
                "e0a4c1d2-duinveld-5b6c-8d9e-0f1a2b3c4d5e",
                "Sollicitatiegesprek bij Duinveld B.V. – Data Engineer",
                ";TZID=Europe/Amsterdam:20261203T150000",
                ";TZID=Europe/Amsterdam:20261203T160000",
                org("werving@duinveld.example", "Werving Duinveld"),
                person("werving@duinveld.example", "Werving Duinveld"),
                person("bram.smit@duinveld.example", "Bram Smit"),
                me(),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "e0a4c1d2-duinveld-5b6c-8d9e-0f1a2b3c4d5e",
                "2026-12-03T14:00:00Z",
                "2026-12-03T15:00:00Z",
                True,
                ("bram.smit@duinveld.example", "werving@duinveld.example"),
                "Duinveld B.V.",
                "Data Engineer",
            ),
        ),
        tz="Europe/Amsterdam",
    )
)

add(
    Case(
        "nextcloud_fi_haastattelu",
        "Nextcloud invite in Finnish",
        vcal(
            NEXTCLOUD,
            eu_tz("Europe/Helsinki", "+0200", "+0300", ("EET", "EEST")),
            ev(
                "f1b2c3d4-revontuli-haastattelu",
                "Työhaastattelu: Ohjelmistokehittäjä / Revontuli Oy",
                ";TZID=Europe/Helsinki:20261207T100000",
                ";TZID=Europe/Helsinki:20261207T110000",
                org("rekry@revontuli.example", "Revontuli Oy rekrytointi"),
                me(),
                person("aino.virtanen@revontuli.example", "Aino Virtanen"),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "f1b2c3d4-revontuli-haastattelu",
                "2026-12-07T08:00:00Z",
                "2026-12-07T09:00:00Z",
                True,
                ("aino.virtanen@revontuli.example", "rekry@revontuli.example"),
                "Revontuli Oy",
                "Ohjelmistokehittäjä",
            ),
        ),
        tz="Europe/Helsinki",
    )
)

add(
    Case(
        "zoho_tr_mulakat",
        "Zoho Calendar invite in Turkish",
        vcal(
            ZOHO,
            ev(
                "zc-8d7e6f5a4b3c@zoho.example",
                "Mülakat: Yazılım Mühendisi | Boğaziçi Yazılım",
                ";TZID=Europe/Istanbul:20261209T110000",
                ";TZID=Europe/Istanbul:20261209T120000",
                org("ik@bogazici-yazilim.example", "Boğaziçi Yazılım İK"),
                me("NEEDS-ACTION"),
                person("emre.yilmaz@bogazici-yazilim.example", "Emre Yılmaz"),
            ),
            method="REQUEST",
            head=fixed_tz("Europe/Istanbul", "+0300", "+03"),
        ),
        (
            Occ(
                "zc-8d7e6f5a4b3c@zoho.example",
                "2026-12-09T08:00:00Z",
                "2026-12-09T09:00:00Z",
                True,
                ("emre.yilmaz@bogazici-yazilim.example", "ik@bogazici-yazilim.example"),
                "Boğaziçi Yazılım",
                "Yazılım Mühendisi",
            ),
        ),
        tz="Europe/Istanbul",
    )
)

add(
    Case(
        "icloud_floating_da_recruiter_coffee",
        "iCloud event with floating times: coffee with a recruiter",
        vcal(
            ICLOUD,
            ev(
                "B2C3D4E5-KAFFE-4F6A-8B7C-9D0E1F2A3B4C",
                "Kaffe med rekrutteringspartner – Nordhavn Energi (Senior Controller)",
                ":20261214T083000",
                ":20261214T091500",
                org("louise.kragh@nordhavnenergi.example", "Louise Kragh"),
                me(),
                "LOCATION:Original Coffee\\, Nordhavn",
            ),
        ),
        (
            Occ(
                "B2C3D4E5-KAFFE-4F6A-8B7C-9D0E1F2A3B4C",
                "2026-12-14T07:30:00Z",
                "2026-12-14T08:15:00Z",
                True,
                ("louise.kragh@nordhavnenergi.example",),
                "Nordhavn Energi",
                "Senior Controller",
            ),
        ),
        tz="Europe/Copenhagen",
    )
)

add(
    Case(
        "proton_tentative_ro",
        "Proton tentative invite in Romanian",
        vcal(
            PROTON,
            ev(
                "pR0t0n-carpatia-interviu@proton.me",
                "Interviu tehnic – Inginer QA – Carpatia Soft",
                ";TZID=Europe/Bucharest:20261215T120000",
                ";TZID=Europe/Bucharest:20261215T130000",
                org("cariere@carpatiasoft.example", "Cariere Carpatia Soft"),
                person("ioana.popescu@carpatiasoft.example", "Ioana Popescu"),
                me("TENTATIVE"),
                "STATUS:TENTATIVE",
            ),
            method="REQUEST",
            head=eu_tz("Europe/Bucharest", "+0200", "+0300", ("EET", "EEST")),
        ),
        (
            Occ(
                "pR0t0n-carpatia-interviu@proton.me",
                "2026-12-15T10:00:00Z",
                "2026-12-15T11:00:00Z",
                True,
                ("cariere@carpatiasoft.example", "ioana.popescu@carpatiasoft.example"),
                "Carpatia Soft",
                "Inginer QA",
            ),
        ),
        tz="Europe/Bucharest",
    )
)

add(
    Case(
        "webex_el_synenteuxi",
        "Webex invite in Greek",
        vcal(
            WEBEX,
            ev(
                "webex-4412389977-aigaio",
                "Συνέντευξη: Μηχανικός Δεδομένων – Aigaio Analytics",
                ";TZID=Europe/Athens:20261217T110000",
                ";TZID=Europe/Athens:20261217T120000",
                org("hr@aigaio-analytics.example", "Aigaio Analytics HR"),
                me("NEEDS-ACTION"),
                person("nikos.papadakis@aigaio-analytics.example", "Νίκος Παπαδάκης"),
                "LOCATION:https://aigaio.webex.com/aigaio/j.php?MTID=m1234",
            ),
            method="REQUEST",
            head=eu_tz("Europe/Athens", "+0200", "+0300", ("EET", "EEST")),
        ),
        (
            Occ(
                "webex-4412389977-aigaio",
                "2026-12-17T09:00:00Z",
                "2026-12-17T10:00:00Z",
                True,
                ("hr@aigaio-analytics.example", "nikos.papadakis@aigaio-analytics.example"),
                "Aigaio Analytics",
                "Μηχανικός Δεδομένων",
            ),
        ),
        tz="Europe/Athens",
    )
)

add(
    Case(
        "bamboohr_hu_interju",
        "BambooHR invite in Hungarian",
        vcal(
            "-//BambooHR//ATS//EN",
            ev(
                "bhr-ats-10772-duna@bamboohr.example",
                "Állásinterjú – Pénzügyi elemző – Duna Logisztika Kft.",
                ";TZID=Europe/Budapest:20261218T100000",
                ";TZID=Europe/Budapest:20261218T110000",
                org("karrier@dunalogisztika.example", "Duna Logisztika Karrier"),
                me("NEEDS-ACTION"),
                person("zsofia.kovacs@dunalogisztika.example", "Kovács Zsófia"),
            ),
            method="REQUEST",
            head=eu_tz("Europe/Budapest"),
        ),
        (
            Occ(
                "bhr-ats-10772-duna@bamboohr.example",
                "2026-12-18T09:00:00Z",
                "2026-12-18T10:00:00Z",
                True,
                ("karrier@dunalogisztika.example", "zsofia.kovacs@dunalogisztika.example"),
                "Duna Logisztika Kft.",
                "Pénzügyi elemző",
            ),
        ),
        tz="Europe/Budapest",
    )
)

add(
    Case(
        "recruitee_es_screening",
        "Recruitee invite in Spanish",
        vcal(
            "-//Recruitee//Interview//EN",
            ev(
                "rct-55310-olivar@recruitee.example",
                "Llamada de screening con Olivar Digital – Diseñadora UX",
                ";TZID=Europe/Madrid:20261201T170000",
                ";TZID=Europe/Madrid:20261201T173000",
                org("empleo@olivardigital.example", "Empleo Olivar Digital"),
                me("NEEDS-ACTION"),
            ),
            method="REQUEST",
            head=eu_tz("Europe/Madrid"),
        ),
        (
            Occ(
                "rct-55310-olivar@recruitee.example",
                "2026-12-01T16:00:00Z",
                "2026-12-01T16:30:00Z",
                True,
                ("empleo@olivardigital.example",),
                "Olivar Digital",
                "Diseñadora UX",
            ),
        ),
        tz="Europe/Madrid",
    )
)

add(
    Case(
        "modernloop_gem_system_design",
        "ModernLoop invite sourced through Gem",
        vcal(
            "-//ModernLoop//Scheduling//EN",
            ev(
                "ml-loop-77b1-system-design@modernloop.example",
                "System design interview @ Quarrystone (Staff Data Engineer)",
                ":20261218T160000Z",
                ":20261218T170000Z",
                org("recruiting@quarrystone.example", "Quarrystone Recruiting"),
                me("NEEDS-ACTION"),
                person("hannah.fox@quarrystone.example", "Hannah Fox"),
                person("sourcing-bot@gem-mail.example", "Gem Sourcing (bot)", "ACCEPTED", "OPT-PARTICIPANT"),
            ),
            method="REQUEST",
        ),
        (
            Occ(
                "ml-loop-77b1-system-design@modernloop.example",
                "2026-12-18T16:00:00Z",
                "2026-12-18T17:00:00Z",
                True,
                ("hannah.fox@quarrystone.example", "recruiting@quarrystone.example"),
                "Quarrystone",
                "Staff Data Engineer",
            ),
        ),
        tz="America/New_York",
    )
)


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a character, as RFC 5545 asks."""
    parts: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def write() -> None:
    """Write every case's .ics (CRLF) and .expected.json."""
    for case in CASES:
        text = "".join(fold(line) + "\r\n" for line in case.ics.splitlines())
        (HERE / f"{case.name}.ics").write_bytes(text.encode("utf-8"))
        expected = {
            "source": case.source,
            "user_addresses": [MAYA],
            "user_timezone": case.tz,
            "window": WINDOW,
            "events": [
                {
                    "uid": o.uid,
                    "recurrence_id": o.rid,
                    "is_interview": o.interview,
                    "cancelled": o.cancelled,
                    "start_utc": o.start,
                    "end_utc": o.end,
                    "interviewers": sorted(o.who),
                    "company": o.company,
                    "role": o.role,
                }
                for o in case.events
            ],
        }
        body = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case.name}.expected.json").write_text(body, encoding="utf-8")


if __name__ == "__main__":
    write()
