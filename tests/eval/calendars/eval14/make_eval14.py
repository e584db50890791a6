"""Writes the eval14 calendars (titles and people) and their hand-typed expectations; rerunning rewrites the same bytes."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ME = "maya@example.org"
WINDOW = ["2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z"]
STAMP = "20261025T091500Z"
CASES: list[tuple[str, str, dict[str, object]]] = []

# ---------------------------------------------------------------- writing helpers


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 section 3.1)."""
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode()) > limit:
            out.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    out.append(cur)
    return out


def cal(
    prodid: str, body: list[str], *, method: str = "", version: str = "2.0", head: tuple[str, ...] = ()
) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", f"VERSION:{version}"]
    lines += ["CALSCALE:GREGORIAN"] if "Google" in prodid or "Apple" in prodid else []
    lines += [f"METHOD:{method}"] if method else []
    lines += list(head) + body + ["END:VCALENDAR"]
    return "".join(part + "\r\n" for line in lines for part in fold(line))


def uid_ms(seed: str) -> str:
    """An Exchange-style global object id."""
    return "040000008200E00074C5B7101A82E00800000000" + hashlib.sha1(seed.encode()).hexdigest().upper()[:48]


def uid_hex(seed: str, suffix: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:26] + suffix


def person(
    email: str,
    name: str = "",
    *,
    kind: str = "ATTENDEE",
    role: str = "REQ-PARTICIPANT",
    stat: str = "NEEDS-ACTION",
    cutype: str = "",
    rsvp: bool = True,
    google: bool = False,
) -> str:
    if kind == "ORGANIZER":
        return f"ORGANIZER;CN={name or email}:mailto:{email}" if name else f"ORGANIZER:mailto:{email}"
    params = []
    if cutype or google:
        params.append(f"CUTYPE={cutype or 'INDIVIDUAL'}")
    params += [f"ROLE={role}", f"PARTSTAT={stat}"]
    if rsvp:
        params.append("RSVP=TRUE")
    if name:
        params.append(f'CN="{name}"' if any(c in name for c in ",;:") else f"CN={name}")
    if google:
        params.append("X-NUM-GUESTS=0")
    return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"


def g_att(email: str, name: str = "", **kw: object) -> str:
    return person(email, name or email, google=True, **kw)


def meet_desc(text: str, code: str) -> str:
    return (
        f"{text}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n\nLearn more about Meet at: "
        "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def teams_desc(text: str) -> str:
    return (
        f"{text}\n\n________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        "NzQ0ZTk2YjEtZGFkZS00MmE3LWI4ZjAtN2QxYjQ0@thread.v2/0>\nMeeting ID: 341 992 104 277\n"
        "Passcode: hT7wQp\n________________________________________________________________________________"
    )


def zoom_desc(text: str, meeting: str) -> str:
    return (
        f"{text}\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/{meeting.replace(' ', '')}?pwd=a1b2c3\n\n"
        f"Meeting ID: {meeting}\nPasscode: 482913\n\n---\n\nOne tap mobile\n+16699006833,,{meeting.replace(' ', '')}#"
    )


# ---------------------------------------------------------------- zones

MS_EU = (
    "BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:{dst}\n"
    "TZOFFSETTO:{std}\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
    "DTSTART:16010101T020000\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;"
    "BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE"
)
MS_FIXED = (
    "BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:{std}\n"
    "TZOFFSETTO:{std}\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T000000\nTZOFFSETFROM:{std}\n"
    "TZOFFSETTO:{std}\nEND:DAYLIGHT\nEND:VTIMEZONE"
)
OLSON_EU = (
    "BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\n"
    "TZNAME:{dn}\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
    "TZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\nTZNAME:{sn}\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;"
    "BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE"
)


def tzblock(template: str, **kw: str) -> list[str]:
    return template.format(**kw).split("\n")


# ---------------------------------------------------------------- expectation helpers


def utc(local: str, zone: str) -> str:
    """'2026-11-17 10:00' in zone as a UTC stamp."""
    moment = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rid(local: str, zone: str) -> str:
    return utc(local, zone).replace("-", "").replace(":", "")


def occ(
    uid: str,
    start: str,
    end: str,
    zone: str,
    *,
    interview: bool,
    company: str = "",
    role: str = "",
    people: tuple[str, ...] = (),
    recurrence: str = "",
    cancelled: bool = False,
) -> dict[str, object]:
    return {
        "uid": uid,
        "recurrence_id": recurrence,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": utc(start, zone),
        "end_utc": utc(end, zone),
        "interviewers": sorted(p.lower() for p in people),
        "company": company,
        "role": role,
    }


def case(name: str, text: str, source: str, zone: str, events: list[dict[str, object]]) -> None:
    CASES.append(
        (
            name,
            text,
            {
                "source": source,
                "user_addresses": [ME],
                "user_timezone": zone,
                "window": WINDOW,
                "events": events,
            },
        )
    )


def write() -> None:
    for old in HERE.glob("*.ics"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for name, text, expected in CASES:
        (HERE / f"{name}.ics").write_bytes(text.encode("utf-8"))
        body = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(body, encoding="utf-8")


def z(local: str, zone: str) -> str:
    """The UTC form Google and scheduling tools write: 20261117T150000Z."""
    return rid(local, zone)


def loc(local: str) -> str:
    return local.replace("-", "").replace(" ", "T").replace(":", "") + "00"


def vevent(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", *[ln for ln in lines if ln], "END:VEVENT"]


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
ICLOUD = "-//Apple Inc.//iCloud Web Calendar 2422B37//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.6//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
PROTON = "-//Proton AG//WebCalendar 5.0.40.3//EN"
ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"
WEBEX = "-//Cisco Webex//Webex Meetings 44.10//EN"


def google_invite(
    name: str,
    *,
    zone: str,
    uid: str,
    summary: str,
    start: str,
    end: str,
    organizer: str,
    org_name: str,
    guests: list[str],
    description: str,
    meet: str,
    location: str = "",
    status: str = "CONFIRMED",
    seq: int = 0,
    source: str = "Google Calendar invite",
    events: list[dict[str, object]],
) -> None:
    body = vevent(
        f"DTSTART:{z(start, zone)}",
        f"DTEND:{z(end, zone)}",
        f"DTSTAMP:{STAMP}",
        person(organizer, org_name, kind="ORGANIZER"),
        f"UID:{uid}",
        *guests,
        f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}",
        "CREATED:20261024T130211Z",
        f"DESCRIPTION:{esc(meet_desc(description, meet))}",
        "LAST-MODIFIED:20261025T091455Z",
        f"LOCATION:{esc(location)}",
        f"SEQUENCE:{seq}",
        f"STATUS:{status}",
        f"SUMMARY:{esc(summary)}",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H30M0S",
        "END:VALARM",
    )
    case(name, cal(GOOGLE, body, method="REQUEST"), source, zone, events)


def exchange_event(
    *,
    uid: str,
    summary: str,
    lang: str,
    tzid: str,
    start: str,
    end: str,
    organizer: str,
    org_name: str,
    attendees: list[str],
    description: str,
    location: str,
    seq: int = 0,
    status: str = "CONFIRMED",
    busy: str = "BUSY",
) -> list[str]:
    return vevent(
        person(organizer, org_name, kind="ORGANIZER"),
        *attendees,
        f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;TZID={tzid}:{loc(start)}",
        f"DTEND;TZID={tzid}:{loc(end)}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{STAMP}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq),
        f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    )


def ms(email: str, name: str, **kw: object) -> str:
    return person(email, name, **kw)


# ================================================================ interviews: titles every way senders write them

# 1 company-first with en dash, level, stage word; Google invite with a room resource and the user among guests
U = uid_hex("northwind", "@google.com")
google_invite(
    "google_company_first_dash_en",
    zone="America/New_York",
    uid=U,
    summary="Northwind Traders – Senior Data Engineer – Technical Interview",
    start="2026-11-10 14:00",
    end="2026-11-10 15:00",
    organizer="jane.doe@northwind.example",
    org_name="Jane Doe",
    guests=[
        g_att("jane.doe@northwind.example", "Jane Doe", stat="ACCEPTED", rsvp=False),
        g_att(ME, stat="ACCEPTED"),
        g_att("raj.patel@northwind.example", "Raj Patel", stat="ACCEPTED"),
        g_att(
            "c_1883b2k4tq0hmgo3n6pf@resource.calendar.google.com",
            "NYC-7-Hudson (8) [Zoom Room]",
            cutype="RESOURCE",
            stat="ACCEPTED",
        ),
    ],
    description="Hi Maya,\n\nLooking forward to the technical interview with Raj (Data Platform team). "
    "Expect 45 minutes of SQL and pipeline design and 15 minutes for your questions."
    "\n\nJane Doe\nTalent Partner, Northwind Traders",
    meet="qkd-vbmx-tze",
    location="NYC-7-Hudson (8) [Zoom Room]",
    events=[
        occ(
            U,
            "2026-11-10 14:00",
            "2026-11-10 15:00",
            "America/New_York",
            interview=True,
            company="Northwind Traders",
            role="Senior Data Engineer",
            people=("jane.doe@northwind.example", "raj.patel@northwind.example"),
        )
    ],
)

# 2 role-first German title with gender marker and "bei"; Exchange with its own VTIMEZONE, a room and Teams
U = uid_ms("lindqvist")
TZ = "W. Europe Standard Time"
case(
    "exchange_de_role_first_bei",
    cal(
        EXCHANGE,
        [
            *tzblock(MS_EU, tzid=TZ, std="+0100", dst="+0200"),
            *exchange_event(
                uid=U,
                summary="Vorstellungsgespräch: Backend-Entwickler (m/w/d) bei Lindqvist Logistik GmbH",
                lang="de-DE",
                tzid=TZ,
                start="2026-11-12 10:00",
                end="2026-11-12 11:00",
                organizer="erika.mustermann@lindqvist.example",
                org_name="Mustermann, Erika",
                attendees=[
                    ms(ME, "maya@example.org"),
                    ms("max.mustermann@lindqvist.example", "Mustermann, Max"),
                    ms(
                        "raum-elbe@lindqvist.example",
                        "Besprechungsraum Elbe (10)",
                        cutype="ROOM",
                        role="NON-PARTICIPANT",
                    ),
                ],
                description=teams_desc(
                    "Hallo Frau Example,\n\nwie besprochen hier die Einladung zum ersten Gespräch "
                    "mit Max Mustermann (Teamleitung Backend)."
                ),
                location="Microsoft Teams-Besprechung; Besprechungsraum Elbe (10)",
            ),
        ],
        method="REQUEST",
    ),
    "Exchange 2010 REQUEST (W. Europe Standard Time with VTIMEZONE)",
    "Europe/Berlin",
    [
        occ(
            U,
            "2026-11-12 10:00",
            "2026-11-12 11:00",
            "Europe/Berlin",
            interview=True,
            company="Lindqvist Logistik GmbH",
            role="Backend-Entwickler",
            people=("erika.mustermann@lindqvist.example", "max.mustermann@lindqvist.example"),
        )
    ],
)

# 3 French request then "Annulé :" cancel for one UID, Romance Standard Time without VTIMEZONE
U = uid_ms("valmont")
TZ = "Romance Standard Time"
FR_PEOPLE = [
    ms(ME, "Maya Example"),
    ms("jean.dupont@valmont.example", "Jean Dupont"),
    ms("claire.martin@valmont.example", "Claire Martin", role="OPT-PARTICIPANT"),
]
fr_req = exchange_event(
    uid=U,
    summary="Entretien – Ingénieure QA – Valmont Assurances",
    lang="fr-FR",
    tzid=TZ,
    start="2026-11-16 14:30",
    end="2026-11-16 15:30",
    organizer="recrutement@valmont.example",
    org_name="Recrutement Valmont",
    attendees=FR_PEOPLE,
    description=teams_desc(
        "Bonjour Maya,\n\nNous avons le plaisir de vous convier à un entretien pour le poste d'Ingénieure QA."
    ),
    location="Réunion Microsoft Teams",
)
fr_cancel = exchange_event(
    uid=U,
    summary="Annulé : Entretien – Ingénieure QA – Valmont Assurances",
    lang="fr-FR",
    tzid=TZ,
    start="2026-11-16 14:30",
    end="2026-11-16 15:30",
    organizer="recrutement@valmont.example",
    org_name="Recrutement Valmont",
    attendees=FR_PEOPLE,
    seq=1,
    status="CANCELLED",
    busy="FREE",
    description="Bonjour Maya,\n\nL'entretien est annulé, nous reviendrons vers vous pour une nouvelle date.",
    location="Réunion Microsoft Teams",
)
case(
    "exchange_fr_request_then_cancel",
    cal(EXCHANGE, fr_req, method="REQUEST") + cal(EXCHANGE, fr_cancel, method="CANCEL"),
    "Exchange REQUEST then CANCEL for one UID (Romance Standard Time, no VTIMEZONE)",
    "Europe/Paris",
    [
        occ(
            U,
            "2026-11-16 14:30",
            "2026-11-16 15:30",
            "Europe/Paris",
            interview=True,
            cancelled=True,
            company="Valmont Assurances",
            role="Ingénieure QA",
            people=(
                "recrutement@valmont.example",
                "jean.dupont@valmont.example",
                "claire.martin@valmont.example",
            ),
        )
    ],
)

# 4 Spanish title naming the interviewer with the company in brackets; iCloud, floating time, no attendees
U = "7C1E6A52-3B0D-4F7E-9A61-2D8B5C0E4F19"
case(
    "icloud_es_floating_interviewer_name",
    cal(
        ICLOUD,
        vevent(
            "CREATED:20261026T190233Z",
            "DTEND:20261118T123000",
            "DTSTAMP:20261026T190305Z",
            "DTSTART:20261118T113000",
            "LAST-MODIFIED:20261026T190305Z",
            "LOCATION:Calle de Alcalá 120\\, 28009 Madrid",
            "SEQUENCE:0",
            "SUMMARY:Entrevista con Juan Pérez (Cobalto Energía) – Analista de Datos",
            "DESCRIPTION:Segunda entrevista. Llevar portátil y DNI. Preguntar por el equipo de BI.",
            "TRANSP:OPAQUE",
            f"UID:{U}",
            "URL;VALUE=URI:",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        ),
    ),
    "iCloud (floating time, created by the user)",
    "Europe/Madrid",
    [
        occ(
            U,
            "2026-11-18 11:30",
            "2026-11-18 12:30",
            "Europe/Madrid",
            interview=True,
            company="Cobalto Energía",
            role="Analista de Datos",
        )
    ],
)

# 5 Calendly: invitee and host names only; company from the host's domain, role in the description
U = "a41c77d0-52b9-4d1e-8f0f-6f1a0c2be913"
case(
    "calendly_names_only_domain_company",
    cal(
        "-//Calendly//Calendly//EN",
        vevent(
            f"DTSTAMP:{STAMP}",
            f"UID:{U}",
            f"DTSTART:{z('2026-11-09 09:00', 'America/Los_Angeles')}",
            f"DTEND:{z('2026-11-09 09:30', 'America/Los_Angeles')}",
            "SUMMARY:Maya Example and Raj Patel",
            "DESCRIPTION:"
            + esc(
                "Event Name: 30 Minute Recruiter Screen\n\nLocation: This is a Google Meet web "
                "conference.\nhttps://meet.google.com/wpa-rrtq-hcx\n\nPlease share anything that will "
                "help prepare for our meeting.: Applying for the Product Designer role at Kestrelpay.\n\n"
                "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/a41c77d0\n"
                "Reschedule: https://calendly.com/reschedulings/a41c77d0\n\nPowered by Calendly.com"
            ),
            person("raj.patel@kestrelpay.example", "Raj Patel", kind="ORGANIZER"),
            person(ME, "Maya Example", stat="ACCEPTED", rsvp=False),
            "LOCATION:https://meet.google.com/wpa-rrtq-hcx",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
        method="REQUEST",
    ),
    "Calendly booking",
    "America/Los_Angeles",
    [
        occ(
            U,
            "2026-11-09 09:00",
            "2026-11-09 09:30",
            "America/Los_Angeles",
            interview=True,
            company="Kestrelpay",
            role="Product Designer",
            people=("raj.patel@kestrelpay.example",),
        )
    ],
)

# 6 Greenhouse-scheduled onsite from a coordinator: the user's name and a requisition number in the title, an
# optional shadow interviewer, a declined interviewer and a room resource
U = uid_hex("halcyon-onsite", "@google.com")
google_invite(
    "greenhouse_onsite_user_name_req",
    zone="America/Chicago",
    uid=U,
    summary="Onsite Interview - Maya Example - Staff Platform Engineer (Req #4471)",
    start="2026-11-19 13:00",
    end="2026-11-19 16:00",
    organizer="john.smith@halcyon.example",
    org_name="John Smith",
    guests=[
        g_att("john.smith@halcyon.example", "John Smith", stat="ACCEPTED", rsvp=False),
        g_att(ME, "Maya Example"),
        g_att("raj.patel@halcyon.example", "Raj Patel", stat="ACCEPTED"),
        g_att("jane.doe@halcyon.example", "Jane Doe", stat="DECLINED"),
        g_att("alex.johnson@halcyon.example", "Alex Johnson", stat="ACCEPTED"),
        g_att("sam.lee@halcyon.example", "Sam Lee (shadow)", role="OPT-PARTICIPANT", stat="TENTATIVE"),
        g_att(
            "halcyon.example_3131393836@resource.calendar.google.com",
            "CHI-3-Lakeview (6)",
            cutype="RESOURCE",
            stat="ACCEPTED",
        ),
    ],
    description="Interview schedule for Maya Example\n\n1:00 PM Raj Patel - Coding\n2:00 PM Alex Johnson - "
    "System design\n3:00 PM Raj Patel & Sam Lee - Values\n\nThis event was scheduled via Greenhouse. "
    "Candidate: Maya Example. Job: Staff Platform Engineer (4471). Please submit scorecards within 24 hours.",
    meet="hfz-pqen-kcw",
    location="CHI-3-Lakeview (6)",
    events=[
        occ(
            U,
            "2026-11-19 13:00",
            "2026-11-19 16:00",
            "America/Chicago",
            interview=True,
            company="Halcyon",
            role="Staff Platform Engineer",
            people=(
                "john.smith@halcyon.example",
                "raj.patel@halcyon.example",
                "alex.johnson@halcyon.example",
                "sam.lee@halcyon.example",
            ),
        )
    ],
)

# 7 Lever phone screen with pipes, company in the middle; a notetaker bot among the guests
U = uid_hex("quillon-screen", "@google.com")
google_invite(
    "lever_pipes_notetaker_bot",
    zone="Europe/London",
    uid=U,
    summary="Phone Screen | Quillon | Maya Example",
    start="2026-11-05 16:00",
    end="2026-11-05 16:30",
    organizer="alex.taylor@quillon.example",
    org_name="Alex Taylor",
    guests=[
        g_att("alex.taylor@quillon.example", "Alex Taylor", stat="ACCEPTED", rsvp=False),
        g_att(ME, "Maya Example", stat="ACCEPTED"),
        g_att("fred@fireflies.ai", "Fireflies.ai Notetaker", stat="ACCEPTED"),
    ],
    description="Hi Maya, thanks for applying for the Site Reliability Engineer position at Quillon. This is a "
    "30-minute call to talk about your background and the role.\n\nScheduled with Lever.",
    meet="mjo-ezzk-ubr",
    events=[
        occ(
            U,
            "2026-11-05 16:00",
            "2026-11-05 16:30",
            "Europe/London",
            interview=True,
            company="Quillon",
            role="Site Reliability Engineer",
            people=("alex.taylor@quillon.example",),
        )
    ],
)

# 8 Ashby: "<>" between candidate and company, stage after a pipe, role with its team after a comma
U = "ashby-3f7d1e2a-9b4c-4c55-a1e0-81d2e6f0b7aa"
case(
    "ashby_angle_brackets_stage",
    cal(
        "-//Ashby//Ashby Scheduling//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-11 11:00', 'America/New_York')}",
            f"DTEND:{z('2026-11-11 11:45', 'America/New_York')}",
            "SUMMARY:Maya Example <> Fernhill | Hiring Manager Chat",
            "DESCRIPTION:"
            + esc(
                "Role: Senior Product Manager, Growth\nInterviewer: Jane Doe (Head of Product)\n"
                "Zoom: https://fernhill.zoom.us/j/83712209911\n\nNeed to reschedule? Reply to "
                "recruiting@fernhill.example."
            ),
            person("jane.doe@fernhill.example", "Jane Doe", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("jane.doe@fernhill.example", "Jane Doe", stat="ACCEPTED", rsvp=False),
            person(
                "recruiting@fernhill.example", "Fernhill Recruiting", cutype="GROUP", role="NON-PARTICIPANT"
            ),
            "LOCATION:https://fernhill.zoom.us/j/83712209911",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
        method="REQUEST",
    ),
    "Ashby",
    "America/New_York",
    [
        occ(
            U,
            "2026-11-11 11:00",
            "2026-11-11 11:45",
            "America/New_York",
            interview=True,
            company="Fernhill",
            role="Senior Product Manager, Growth",
            people=("jane.doe@fernhill.example",),
        )
    ],
)

# 9 Workday: no-reply organizer, German title with requisition number and location after the role
U = "WD-INT-0000048213@brennerwerk.example"
case(
    "workday_de_noreply_req_location",
    cal(
        "-//Workday//Workday Calendar//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            "DTSTART;TZID=Europe/Berlin:20261124T090000",
            "DTEND;TZID=Europe/Berlin:20261124T100000",
            "SUMMARY:Interview: Brennerwerk – Projektingenieur Elektrotechnik (R-10293)\\, Stuttgart",
            "DESCRIPTION:"
            + esc(
                "Sehr geehrte Frau Example,\n\nhiermit bestätigen wir Ihren Interviewtermin.\n"
                "Gesprächspartnerin: Erika Mustermann\nOrt: Werk 2, Pforte Nord\n\n"
                "Diese Nachricht wurde automatisch erstellt."
            ),
            person("no-reply@brennerwerk.example", "Brennerwerk Talent Acquisition", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("erika.mustermann@brennerwerk.example", "Erika Mustermann", stat="ACCEPTED"),
            "LOCATION:Werk 2\\, Pforte Nord\\, Stuttgart",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
        method="REQUEST",
        head=tuple(tzblock(OLSON_EU, tzid="Europe/Berlin", std="+0100", dst="+0200", sn="CET", dn="CEST")),
    ),
    "Workday",
    "Europe/Berlin",
    [
        occ(
            U,
            "2026-11-24 09:00",
            "2026-11-24 10:00",
            "Europe/Berlin",
            interview=True,
            company="Brennerwerk",
            role="Projektingenieur Elektrotechnik",
            people=("erika.mustermann@brennerwerk.example",),
        )
    ],
)

# 10 Italian, stage first, em dashes; SmartRecruiters shape with a hiring-team mailbox organising
U = "sr-7f19c0d4e2@smartrecruiters-arcobaleno.example"
case(
    "smartrecruiters_it_stage_first",
    cal(
        "-//SmartRecruiters//Interview Scheduler//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-17 15:00', 'Europe/Rome')}",
            f"DTEND:{z('2026-11-17 16:00', 'Europe/Rome')}",
            "SUMMARY:Colloquio tecnico — Sviluppatore Java Senior — Arcobaleno Software",
            "DESCRIPTION:"
            + esc(
                "Gentile Maya,\n\nle confermiamo il colloquio tecnico con Mario Rossi.\n"
                "Link: https://meet.google.com/rmv-utqa-bbe\n\nTeam Talent Acquisition"
            ),
            person("talent@arcobaleno.example", "Talent Acquisition Arcobaleno", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("mario.rossi@arcobaleno.example", "Mario Rossi", stat="ACCEPTED"),
            "LOCATION:Google Meet",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    "SmartRecruiters",
    "Europe/Rome",
    [
        occ(
            U,
            "2026-11-17 15:00",
            "2026-11-17 16:00",
            "Europe/Rome",
            interview=True,
            company="Arcobaleno Software",
            role="Sviluppatore Java Senior",
            people=("talent@arcobaleno.example", "mario.rossi@arcobaleno.example"),
        )
    ],
)

# 11 Dutch second round with "bij", W. Europe Standard Time without VTIMEZONE, a room
U = uid_ms("tulpenhof")
case(
    "outlook_nl_second_round_no_vtimezone",
    cal(
        OUTLOOK,
        exchange_event(
            uid=U,
            summary="Tweede gesprek – Data-analist bij Tulpenhof Verzekeringen",
            lang="nl-NL",
            tzid="W. Europe Standard Time",
            start="2026-11-20 13:00",
            end="2026-11-20 14:00",
            organizer="jan.jansen@tulpenhof.example",
            org_name="Jan Jansen",
            attendees=[
                ms(ME, "Maya Example"),
                ms("anna.devries@tulpenhof.example", "Anna de Vries"),
                ms("vergaderruimte.3.14@tulpenhof.example", "Vergaderruimte 3.14", cutype="ROOM"),
            ],
            description="Beste Maya,\n\nHierbij de uitnodiging voor het tweede gesprek met Anna de Vries "
            "(teamlead BI) en mij. Meld je bij de receptie.",
            location="Vergaderruimte 3.14",
        ),
        method="REQUEST",
    ),
    "Outlook desktop (W. Europe Standard Time, no VTIMEZONE)",
    "Europe/Amsterdam",
    [
        occ(
            U,
            "2026-11-20 13:00",
            "2026-11-20 14:00",
            "Europe/Amsterdam",
            interview=True,
            company="Tulpenhof Verzekeringen",
            role="Data-analist",
            people=("jan.jansen@tulpenhof.example", "anna.devries@tulpenhof.example"),
        )
    ],
)

# 12 Portuguese (Brazil) with "@", a recruiting mailbox organising
U = uid_hex("jabuticaba", "@google.com")
google_invite(
    "google_pt_at_sign_mailbox_organizer",
    zone="America/Sao_Paulo",
    uid=U,
    summary="Entrevista técnica: Engenheira de Software Pleno @ Jabuticaba Pagamentos",
    start="2026-11-13 10:00",
    end="2026-11-13 11:30",
    organizer="recrutamento@jabuticaba.example",
    org_name="Recrutamento Jabuticaba",
    guests=[
        g_att(ME, "Maya Example"),
        g_att("joao.silva@jabuticaba.example", "João Silva", stat="ACCEPTED"),
        g_att("recrutamento@jabuticaba.example", "Recrutamento Jabuticaba", stat="ACCEPTED", rsvp=False),
    ],
    description="Olá Maya! Segue o convite para a etapa técnica com o João (Tech Lead do time de Pix).",
    meet="xbt-jfwo-qmn",
    events=[
        occ(
            U,
            "2026-11-13 10:00",
            "2026-11-13 11:30",
            "America/Sao_Paulo",
            interview=True,
            company="Jabuticaba Pagamentos",
            role="Engenheira de Software Pleno",
            people=("joao.silva@jabuticaba.example", "recrutamento@jabuticaba.example"),
        )
    ],
)

# 13 Swedish "Intervju med <company> – <role>", Teamtailor shape
U = "teamtailor-interview-912734@fjallgarden.example"
case(
    "teamtailor_sv_med_company",
    cal(
        "-//Teamtailor//Teamtailor Calendar//SV",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            "DTSTART;TZID=Europe/Stockholm:20261125T140000",
            "DTEND;TZID=Europe/Stockholm:20261125T150000",
            "SUMMARY:Intervju med Fjällgården – UX-designer",
            "DESCRIPTION:"
            + esc(
                "Hej Maya!\n\nVälkommen på intervju. Du träffar Sven Svensson och Karin Lind.\n"
                "Videolänk: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc\n\n"
                "Skickat via Teamtailor"
            ),
            person("sven.svensson@fjallgarden.example", "Sven Svensson", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("karin.lind@fjallgarden.example", "Karin Lind", stat="ACCEPTED"),
            person("sven.svensson@fjallgarden.example", "Sven Svensson", stat="ACCEPTED", rsvp=False),
        ),
        method="REQUEST",
        head=tuple(tzblock(OLSON_EU, tzid="Europe/Stockholm", std="+0100", dst="+0200", sn="CET", dn="CEST")),
    ),
    "Teamtailor",
    "Europe/Stockholm",
    [
        occ(
            U,
            "2026-11-25 14:00",
            "2026-11-25 15:00",
            "Europe/Stockholm",
            interview=True,
            company="Fjällgården",
            role="UX-designer",
            people=("karin.lind@fjallgarden.example", "sven.svensson@fjallgarden.example"),
        )
    ],
)

# 14 Polish lone cancellation "Anulowano:" from Outlook, Central European Standard Time with VTIMEZONE
U = uid_ms("wisla")
TZ = "Central European Standard Time"
case(
    "outlook_pl_lone_cancel",
    cal(
        EXCHANGE,
        [
            *tzblock(MS_EU, tzid=TZ, std="+0100", dst="+0200"),
            *exchange_event(
                uid=U,
                summary="Anulowano: Rozmowa rekrutacyjna – Programista .NET – Wisła Systems",
                lang="pl-PL",
                tzid=TZ,
                start="2026-11-23 12:00",
                end="2026-11-23 13:00",
                organizer="jan.kowalski@wislasystems.example",
                org_name="Jan Kowalski",
                attendees=[ms(ME, "Maya Example"), ms("anna.nowak@wislasystems.example", "Anna Nowak")],
                description="Dzień dobry,\n\nniestety musimy odwołać spotkanie. Zaproponujemy nowy termin.",
                location="Microsoft Teams",
                seq=2,
                status="CANCELLED",
                busy="FREE",
            ),
        ],
        method="CANCEL",
    ),
    "Exchange CANCEL alone (Central European Standard Time with VTIMEZONE)",
    "Europe/Warsaw",
    [
        occ(
            U,
            "2026-11-23 12:00",
            "2026-11-23 13:00",
            "Europe/Warsaw",
            interview=True,
            cancelled=True,
            company="Wisła Systems",
            role="Programista .NET",
            people=("jan.kowalski@wislasystems.example", "anna.nowak@wislasystems.example"),
        )
    ],
)

# 15 Japanese: stage in 【】, company and role split by a full-width bar
U = uid_hex("sakuratech", "@google.com")
google_invite(
    "google_ja_brackets_fullwidth_bar",
    zone="Asia/Tokyo",
    uid=U,
    summary="【一次面接】サクラテック｜バックエンドエンジニア",
    start="2026-11-06 10:00",
    end="2026-11-06 11:00",
    organizer="taro.yamada@sakuratech.example",
    org_name="山田 太郎",
    guests=[
        g_att("taro.yamada@sakuratech.example", "山田 太郎", stat="ACCEPTED", rsvp=False),
        g_att(ME, "Maya Example"),
        g_att("hanako.suzuki@sakuratech.example", "鈴木 花子", stat="ACCEPTED"),
    ],
    description="Maya様\n\n一次面接のご案内です。面接官：山田（開発部長）、鈴木（バックエンドチーム）\n"
    "当日はGoogle Meetにてお願いいたします。",
    meet="ooe-gxrk-nnp",
    events=[
        occ(
            U,
            "2026-11-06 10:00",
            "2026-11-06 11:00",
            "Asia/Tokyo",
            interview=True,
            company="サクラテック",
            role="バックエンドエンジニア",
            people=("hanako.suzuki@sakuratech.example", "taro.yamada@sakuratech.example"),
        )
    ],
)

# 16 Chinese: 【面试邀请】 company - role - second round, HR mailbox organising; China Standard Time with VTIMEZONE
U = uid_ms("xinghe")
TZ = "China Standard Time"
case(
    "exchange_zh_interview_invite_second_round",
    cal(
        EXCHANGE,
        [
            *tzblock(MS_FIXED, tzid=TZ, std="+0800"),
            *exchange_event(
                uid=U,
                summary="【面试邀请】星河数据 - 高级前端工程师 - 二面",
                lang="zh-CN",
                tzid=TZ,
                start="2026-11-26 15:00",
                end="2026-11-26 16:00",
                organizer="hr@xinghedata.example",
                org_name="星河数据招聘",
                attendees=[
                    ms(ME, "Maya Example"),
                    ms("zhang.san@xinghedata.example", "张三"),
                    ms("li.si@xinghedata.example", "李四", stat="DECLINED"),
                ],
                description="Maya 您好：\n\n诚邀您参加第二轮技术面试，面试官：张三（前端负责人）。\n腾讯会议号：512 884 903",
                location="腾讯会议",
            ),
        ],
        method="REQUEST",
    ),
    "Exchange REQUEST (China Standard Time with VTIMEZONE)",
    "Asia/Shanghai",
    [
        occ(
            U,
            "2026-11-26 15:00",
            "2026-11-26 16:00",
            "Asia/Shanghai",
            interview=True,
            company="星河数据",
            role="高级前端工程师",
            people=("hr@xinghedata.example", "zhang.san@xinghedata.example"),
        )
    ],
)

# 17 Korean: company in [], role and stage after it; Korea Standard Time with VTIMEZONE
U = uid_ms("hanbit")
TZ = "Korea Standard Time"
case(
    "outlook_ko_square_brackets",
    cal(
        OUTLOOK,
        [
            *tzblock(MS_FIXED, tzid=TZ, std="+0900"),
            *exchange_event(
                uid=U,
                summary="[한빛클라우드] 데이터 엔지니어 1차 기술 면접",
                lang="ko-KR",
                tzid=TZ,
                start="2026-12-02 14:00",
                end="2026-12-02 15:00",
                organizer="recruit@hanbitcloud.example",
                org_name="한빛클라우드 채용팀",
                attendees=[ms(ME, "Maya Example"), ms("gildong.hong@hanbitcloud.example", "홍길동")],
                description="안녕하세요 Maya님,\n\n1차 기술 면접 일정을 안내드립니다. 면접관: 홍길동 (데이터플랫폼팀)",
                location="Microsoft Teams 모임",
            ),
        ],
        method="REQUEST",
    ),
    "Outlook desktop (Korea Standard Time with VTIMEZONE)",
    "Asia/Seoul",
    [
        occ(
            U,
            "2026-12-02 14:00",
            "2026-12-02 15:00",
            "Asia/Seoul",
            interview=True,
            company="한빛클라우드",
            role="데이터 엔지니어",
            people=("gildong.hong@hanbitcloud.example", "recruit@hanbitcloud.example"),
        )
    ],
)

# 18 Danish Zoom invite, "Jobsamtale:" role – company
U = "ZOOM84711290035@zoom.us"
case(
    "zoom_da_jobsamtale",
    cal(
        ZOOM,
        vevent(
            f"DTSTAMP:{STAMP}",
            f"UID:{U}",
            "SUMMARY:Jobsamtale: Projektleder – Bølgen Energi",
            "DTSTART;TZID=Europe/Copenhagen:20261127T100000",
            "DTEND;TZID=Europe/Copenhagen:20261127T110000",
            "LOCATION:https://us06web.zoom.us/j/84711290035?pwd=a1b2c3",
            "DESCRIPTION:"
            + esc(
                zoom_desc(
                    "Kære Maya\n\nVelkommen til første samtale med Lars Hansen og mig.\n\n"
                    "Mette Jensen\nHR-partner, Bølgen Energi",
                    "847 1129 0035",
                )
            ),
            person("mette.jensen@bolgenenergi.example", "Mette Jensen", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("lars.hansen@bolgenenergi.example", "Lars Hansen"),
        ),
        method="REQUEST",
        head=tuple(
            tzblock(OLSON_EU, tzid="Europe/Copenhagen", std="+0100", dst="+0200", sn="CET", dn="CEST")
        ),
    ),
    "Zoom",
    "Europe/Copenhagen",
    [
        occ(
            U,
            "2026-11-27 10:00",
            "2026-11-27 11:00",
            "Europe/Copenhagen",
            interview=True,
            company="Bølgen Energi",
            role="Projektleder",
            people=("lars.hansen@bolgenenergi.example", "mette.jensen@bolgenenergi.example"),
        )
    ],
)

# 19 Norwegian Fastmail event: "Intervju hos <company> — <role>"
U = "5b0c1f7e-9d3a-4c61-8e2f-0a4b6d8c2e71"
case(
    "fastmail_nb_hos_em_dash",
    cal(
        FASTMAIL,
        vevent(
            f"UID:{U}",
            "SEQUENCE:0",
            f"DTSTAMP:{STAMP}",
            "CREATED:20261020T081200Z",
            "DTSTART;TZID=Europe/Oslo:20261203T091500",
            "DURATION:PT1H",
            "PRIORITY:0",
            "SUMMARY:Intervju hos Fjordlys — Frontend-utvikler",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "DESCRIPTION:"
            + esc("Hei Maya! Vi gleder oss til å snakke med deg. Møt opp i resepsjonen.\n– Ola"),
            "LOCATION:Fjordlys\\, Bryggen 3\\, Bergen",
            person("ola.nordmann@fjordlys.example", "Ola Nordmann", kind="ORGANIZER"),
            person(ME, "Maya Example", stat="ACCEPTED"),
            person("kari.nordmann@fjordlys.example", "Kari Nordmann", stat="ACCEPTED"),
        ),
        method="REQUEST",
        head=tuple(tzblock(OLSON_EU, tzid="Europe/Oslo", std="+0100", dst="+0200", sn="CET", dn="CEST")),
    ),
    "Fastmail",
    "Europe/Oslo",
    [
        occ(
            U,
            "2026-12-03 09:15",
            "2026-12-03 10:15",
            "Europe/Oslo",
            interview=True,
            company="Fjordlys",
            role="Frontend-utvikler",
            people=("kari.nordmann@fjordlys.example", "ola.nordmann@fjordlys.example"),
        )
    ],
)

# 20 Finnish, Personio no-reply organizer, role first then company
U = "personio-interview-4c9e1b@revontuli.example"
case(
    "personio_fi_noreply_organizer",
    cal(
        "-//Personio GmbH//Personio Recruiting//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-30 13:00', 'Europe/Helsinki')}",
            f"DTEND:{z('2026-11-30 14:00', 'Europe/Helsinki')}",
            "SUMMARY:Työhaastattelu – Ohjelmistokehittäjä – Revontuli",
            "DESCRIPTION:"
            + esc(
                "Hei Maya,\n\nkiitos hakemuksestasi. Haastattelijana toimii Matti Meikäläinen.\n"
                "Teams-linkki lähetetään erikseen.\n\nTämä viesti on lähetetty Personion kautta."
            ),
            person("no-reply@personio.example", "Revontuli Recruiting", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("matti.meikalainen@revontuli.example", "Matti Meikäläinen"),
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    "Personio",
    "Europe/Helsinki",
    [
        occ(
            U,
            "2026-11-30 13:00",
            "2026-11-30 14:00",
            "Europe/Helsinki",
            interview=True,
            company="Revontuli",
            role="Ohjelmistokehittäjä",
            people=("matti.meikalainen@revontuli.example",),
        )
    ],
)

# 21 Czech, Nextcloud, role then company after a slash
U = "nextcloud-8e41d09c2f"
case(
    "nextcloud_cs_slash",
    cal(
        NEXTCLOUD,
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            "CREATED:20261021T120000Z",
            "LAST-MODIFIED:20261021T120000Z",
            "SUMMARY:Pohovor: Vývojář Python / Vltava Data",
            "DTSTART;TZID=Europe/Prague:20261201T100000",
            "DTEND;TZID=Europe/Prague:20261201T110000",
            "LOCATION:Vltava Data\\, Karlín\\, Praha",
            "DESCRIPTION:Dobrý den\\, těšíme se na osobní setkání. Jan Novák",
            person("jan.novak@vltavadata.example", "Jan Novák", kind="ORGANIZER"),
            person(ME, "Maya Example", stat="ACCEPTED"),
            person("petra.svobodova@vltavadata.example", "Petra Svobodová", role="OPT-PARTICIPANT"),
        ),
        head=tuple(tzblock(OLSON_EU, tzid="Europe/Prague", std="+0100", dst="+0200", sn="CET", dn="CEST")),
    ),
    "Nextcloud",
    "Europe/Prague",
    [
        occ(
            U,
            "2026-12-01 10:00",
            "2026-12-01 11:00",
            "Europe/Prague",
            interview=True,
            company="Vltava Data",
            role="Vývojář Python",
            people=("jan.novak@vltavadata.example", "petra.svobodova@vltavadata.example"),
        )
    ],
)

# 22 Turkish Webex invite, company first with a colon
U = "webex-7c2e9f4a1b@bogazici.example"
case(
    "webex_tr_company_colon",
    cal(
        WEBEX,
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            "SUMMARY:Boğaziçi Teknoloji: Yazılım Test Uzmanı Mülakatı",
            "DTSTART;TZID=Europe/Istanbul:20261204T110000",
            "DTEND;TZID=Europe/Istanbul:20261204T120000",
            "LOCATION:https://bogazici.webex.com/meet/ayse.yilmaz",
            "DESCRIPTION:"
            + esc(
                "Merhaba Maya Hanım,\n\nMülakat bağlantısı: https://bogazici.webex.com/meet/ayse.yilmaz\n"
                "Toplantı numarası: 2641 883 0071"
            ),
            person("ayse.yilmaz@bogazici.example", "Ayşe Yılmaz", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("mehmet.demir@bogazici.example", "Mehmet Demir"),
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
        head=(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Istanbul",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0300",
            "TZNAME:+03",
            "END:STANDARD",
            "END:VTIMEZONE",
        ),
    ),
    "Webex",
    "Europe/Istanbul",
    [
        occ(
            U,
            "2026-12-04 11:00",
            "2026-12-04 12:00",
            "Europe/Istanbul",
            interview=True,
            company="Boğaziçi Teknoloji",
            role="Yazılım Test Uzmanı",
            people=("ayse.yilmaz@bogazici.example", "mehmet.demir@bogazici.example"),
        )
    ],
)

# 23 Romanian, "@" between role and company, GTB Standard Time without VTIMEZONE
U = uid_ms("carpati")
case(
    "outlook_ro_at_sign",
    cal(
        OUTLOOK,
        exchange_event(
            uid=U,
            summary="Interviu tehnic - Inginer DevOps @ Carpați Cloud",
            lang="ro-RO",
            tzid="GTB Standard Time",
            start="2026-12-07 10:00",
            end="2026-12-07 11:00",
            organizer="ion.popescu@carpaticloud.example",
            org_name="Ion Popescu",
            attendees=[ms(ME, "Maya Example"), ms("maria.ionescu@carpaticloud.example", "Maria Ionescu")],
            description=teams_desc("Bună ziua Maya,\n\nVă invităm la interviul tehnic."),
            location="Întâlnire Microsoft Teams",
        ),
        method="REQUEST",
    ),
    "Outlook desktop (GTB Standard Time, no VTIMEZONE)",
    "Europe/Bucharest",
    [
        occ(
            U,
            "2026-12-07 10:00",
            "2026-12-07 11:00",
            "Europe/Bucharest",
            interview=True,
            company="Carpați Cloud",
            role="Inginer DevOps",
            people=("ion.popescu@carpaticloud.example", "maria.ionescu@carpaticloud.example"),
        )
    ],
)

# 24 Hungarian Zoho event with a final-round stage word
U = "zoho-1a7f3c9e82@duna.example"
case(
    "zoho_hu_final_round",
    cal(
        ZOHO,
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            "SUMMARY:Állásinterjú (utolsó kör) – Pénzügyi elemző – Duna Invest",
            "DTSTART;TZID=Europe/Budapest:20261208T090000",
            "DTEND;TZID=Europe/Budapest:20261208T100000",
            "LOCATION:Duna Invest\\, Váci út 1\\, Budapest",
            "DESCRIPTION:Kedves Maya! Várjuk az utolsó körös beszélgetésre. Üdvözlettel: Gipsz Jakab",
            person("jakab.gipsz@dunainvest.example", "Gipsz Jakab", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("eva.kovacs@dunainvest.example", "Kovács Éva"),
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
        method="REQUEST",
        head=tuple(tzblock(OLSON_EU, tzid="Europe/Budapest", std="+0100", dst="+0200", sn="CET", dn="CEST")),
    ),
    "Zoho Calendar",
    "Europe/Budapest",
    [
        occ(
            U,
            "2026-12-08 09:00",
            "2026-12-08 10:00",
            "Europe/Budapest",
            interview=True,
            company="Duna Invest",
            role="Pénzügyi elemző",
            people=("eva.kovacs@dunainvest.example", "jakab.gipsz@dunainvest.example"),
        )
    ],
)

# 25 Greek title with a Latin-script company; Google Meet invite in Athens
U = uid_hex("aegean", "@google.com")
google_invite(
    "google_el_greek_title",
    zone="Europe/Athens",
    uid=U,
    summary="Συνέντευξη εργασίας: Μηχανικός Δεδομένων – Aegean Systems",
    start="2026-12-09 12:00",
    end="2026-12-09 13:00",
    organizer="giorgos.papadopoulos@aegeansystems.example",
    org_name="Γιώργος Παπαδόπουλος",
    guests=[
        g_att(ME, "Maya Example"),
        g_att(
            "giorgos.papadopoulos@aegeansystems.example", "Γιώργος Παπαδόπουλος", stat="ACCEPTED", rsvp=False
        ),
    ],
    description="Καλησπέρα Maya,\n\nσας προσκαλούμε σε συνέντευξη για τη θέση Μηχανικού Δεδομένων.",
    meet="ytc-mvbd-jxa",
    events=[
        occ(
            U,
            "2026-12-09 12:00",
            "2026-12-09 13:00",
            "Europe/Athens",
            interview=True,
            company="Aegean Systems",
            role="Μηχανικός Δεδομένων",
            people=("giorgos.papadopoulos@aegeansystems.example",),
        )
    ],
)

# ================================================================ the failure classes' shapes (issue 9)

# 26 "Research" in the company and the role; a Google group calendar among the guests; recruiting mailbox organises
U = uid_hex("tidewater", "@google.com")
google_invite(
    "google_research_company_group_calendar",
    zone="Europe/London",
    uid=U,
    summary="Second round: Tidewater Research – Research Scientist, NLP",
    start="2026-11-18 15:00",
    end="2026-11-18 16:00",
    organizer="talent@tidewater.example",
    org_name="Tidewater Talent",
    guests=[
        g_att("talent@tidewater.example", "Tidewater Talent", stat="ACCEPTED", rsvp=False),
        g_att(ME, "Maya Example"),
        g_att("olivia.brown@tidewater.example", "Olivia Brown", stat="ACCEPTED"),
        g_att(
            "tidewater.example_8bq1v0h5lq3o2r9kvemm8s@group.calendar.google.com",
            "Interview Loop Calendar",
            stat="ACCEPTED",
        ),
    ],
    description="Hi Maya, this is your second-round conversation with Olivia (Research Lead, Language team).",
    meet="gjw-hpro-etd",
    events=[
        occ(
            U,
            "2026-11-18 15:00",
            "2026-11-18 16:00",
            "Europe/London",
            interview=True,
            company="Tidewater Research",
            role="Research Scientist, NLP",
            people=("olivia.brown@tidewater.example", "talent@tidewater.example"),
        )
    ],
)

# 27 "Prep" in the company: a coffee chat with a recruiter, role in brackets
U = uid_hex("preppoint", "@google.com")
google_invite(
    "google_prep_company_coffee_chat",
    zone="America/Chicago",
    uid=U,
    summary="PrepPoint Kitchens: coffee chat with recruiter (Operations Manager)",
    start="2026-11-04 08:30",
    end="2026-11-04 09:00",
    organizer="emily.clark@preppoint.example",
    org_name="Emily Clark",
    guests=[
        g_att(ME, "Maya Example"),
        g_att("emily.clark@preppoint.example", "Emily Clark", stat="ACCEPTED", rsvp=False),
    ],
    description="Informal 30-minute chat about the Operations Manager opening at our Austin kitchen.",
    meet="kcr-qwph-sss",
    events=[
        occ(
            U,
            "2026-11-04 08:30",
            "2026-11-04 09:00",
            "America/Chicago",
            interview=True,
            company="PrepPoint Kitchens",
            role="Operations Manager",
            people=("emily.clark@preppoint.example",),
        )
    ],
)

# 28 "Review" in the company; Pacific Standard Time without VTIMEZONE; pipes with the stage in the middle
U = uid_ms("reviewstack")
case(
    "outlook365_review_company_pacific",
    cal(
        EXCHANGE,
        exchange_event(
            uid=U,
            summary="ReviewStack | Hiring manager interview | Engineering Manager, Developer Tools",
            lang="en-US",
            tzid="Pacific Standard Time",
            start="2026-11-12 10:00",
            end="2026-11-12 10:45",
            organizer="david.miller@reviewstack.example",
            org_name="David Miller",
            attendees=[
                ms(ME, "Maya Example"),
                ms("david.miller@reviewstack.example", "David Miller", stat="ACCEPTED"),
            ],
            description=teams_desc(
                "Hi Maya - looking forward to talking about the EM role on Developer Tools."
            ),
            location="Microsoft Teams Meeting",
        ),
        method="REQUEST",
    ),
    "Outlook 365 REQUEST (Pacific Standard Time, no VTIMEZONE)",
    "America/Los_Angeles",
    [
        occ(
            U,
            "2026-11-12 10:00",
            "2026-11-12 10:45",
            "America/Los_Angeles",
            interview=True,
            company="ReviewStack",
            role="Engineering Manager, Developer Tools",
            people=("david.miller@reviewstack.example",),
        )
    ],
)

# 29 company-first "<company> interview – <role> – interview loop (3 rounds)"
U = uid_hex("marrowbone", "@google.com")
google_invite(
    "google_company_interview_role_rounds",
    zone="America/New_York",
    uid=U,
    summary="Marrowbone interview – Engineering Manager – virtual loop (3 rounds)",
    start="2026-12-03 13:00",
    end="2026-12-03 16:00",
    organizer="sarah.wilson@marrowbone.example",
    org_name="Sarah Wilson",
    guests=[
        g_att("sarah.wilson@marrowbone.example", "Sarah Wilson", stat="ACCEPTED", rsvp=False),
        g_att(ME, "Maya Example", stat="ACCEPTED"),
        g_att("raj.patel@marrowbone.example", "Raj Patel"),
        g_att("jane.doe@marrowbone.example", "Jane Doe"),
        g_att("chris.evans@marrowbone.example", "Chris Evans", stat="DECLINED"),
    ],
    description="1:00 Raj Patel (people leadership)\n2:00 Jane Doe (technical strategy)\n3:00 Sarah Wilson (close)",
    meet="rzw-anbs-pou",
    events=[
        occ(
            U,
            "2026-12-03 13:00",
            "2026-12-03 16:00",
            "America/New_York",
            interview=True,
            company="Marrowbone",
            role="Engineering Manager",
            people=(
                "jane.doe@marrowbone.example",
                "raj.patel@marrowbone.example",
                "sarah.wilson@marrowbone.example",
            ),
        )
    ],
)

# 30 no company in the title: the organizer's domain names it
U = uid_hex("quartzline", "@google.com")
google_invite(
    "google_no_company_in_title",
    zone="Europe/Berlin",
    uid=U,
    summary="Technical interview (pairing)",
    start="2026-11-26 11:00",
    end="2026-11-26 12:30",
    organizer="raj.patel@quartzline.example",
    org_name="Raj Patel",
    guests=[
        g_att("raj.patel@quartzline.example", "Raj Patel", stat="ACCEPTED", rsvp=False),
        g_att(ME, "Maya Example"),
    ],
    description="We'll pair on a small refactoring task in your language of choice. No preparation needed.",
    meet="uwd-hhxk-fmr",
    events=[
        occ(
            U,
            "2026-11-26 11:00",
            "2026-11-26 12:30",
            "Europe/Berlin",
            interview=True,
            company="Quartzline",
            people=("raj.patel@quartzline.example",),
        )
    ],
)

# 31 freemail organizer: the company and role only in the description
U = uid_hex("oakridge", "@google.com")
google_invite(
    "google_freemail_recruiter_description_company",
    zone="America/Toronto",
    uid=U,
    summary="Recruiter call",
    start="2026-11-03 12:00",
    end="2026-11-03 12:30",
    organizer="oakridge.recruiting@gmail.com",
    org_name="Priya Sharma",
    guests=[
        g_att(ME, "Maya Example"),
        g_att("oakridge.recruiting@gmail.com", "Priya Sharma", stat="ACCEPTED", rsvp=False),
    ],
    description="Quick intro call about the Business Analyst role at Oakridge Analytics (Toronto, hybrid).",
    meet="fby-ochr-wqn",
    events=[
        occ(
            U,
            "2026-11-03 12:00",
            "2026-11-03 12:30",
            "America/Toronto",
            interview=True,
            company="Oakridge Analytics",
            role="Business Analyst",
            people=("oakridge.recruiting@gmail.com",),
        )
    ],
)

# 32 a pairing series moved by RECURRENCE-ID;RANGE=THISANDFUTURE (Lotus Notes)
U = "C1257E4A00386F2AC1258A0F0049D1E3-Lotus_Notes_Generated"
NOTES_TZ = [
    ln
    for ln in tzblock(OLSON_EU, tzid="W. Europe", std="+0100", dst="+0200", sn="CET", dn="CEST")
    if not ln.startswith("X-LIC")
]
series = vevent(
    'DTSTART;TZID="W. Europe":20261130T150000',
    'DTEND;TZID="W. Europe":20261130T160000',
    "RRULE:FREQ=DAILY;COUNT=3",
    f"DTSTAMP:{STAMP}",
    "SEQUENCE:0",
    "CLASS:PUBLIC",
    "SUMMARY:Pair programming session - Quarry Labs - Softwareentwickler Backend",
    "LOCATION:Quarry Labs\\, Torstraße 90\\, Berlin",
    f"UID:{U}",
    person("stefan.schmidt@quarrylabs.example", "Stefan Schmidt", kind="ORGANIZER"),
    person(ME, "Maya Example"),
    person("lena.fischer@quarrylabs.example", "Lena Fischer"),
    "X-LOTUS-UPDATE-SEQ:1",
    "X-LOTUS-APPTTYPE:3",
)
moved = vevent(
    'DTSTART;TZID="W. Europe":20261201T160000',
    'DTEND;TZID="W. Europe":20261201T170000',
    'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID="W. Europe":20261201T150000',
    f"DTSTAMP:{STAMP}",
    "SEQUENCE:1",
    "SUMMARY:Pair programming session - Quarry Labs - Softwareentwickler Backend",
    "LOCATION:Quarry Labs\\, Torstraße 90\\, Berlin",
    f"UID:{U}",
    person("stefan.schmidt@quarrylabs.example", "Stefan Schmidt", kind="ORGANIZER"),
    person(ME, "Maya Example"),
    person("lena.fischer@quarrylabs.example", "Lena Fischer"),
)
QL = dict(
    interview=True,
    company="Quarry Labs",
    role="Softwareentwickler Backend",
    people=("lena.fischer@quarrylabs.example", "stefan.schmidt@quarrylabs.example"),
)
case(
    "notes_thisandfuture_pairing_series",
    cal(
        "-//Lotus Development Corporation//NONSGML Notes 12.0//EN_C",
        [*NOTES_TZ, *series, *moved],
        method="REQUEST",
    ),
    "Lotus Notes (RANGE=THISANDFUTURE)",
    "Europe/Berlin",
    [
        occ(
            U,
            "2026-11-30 15:00",
            "2026-11-30 16:00",
            "Europe/Berlin",
            recurrence=rid("2026-11-30 15:00", "Europe/Berlin"),
            **QL,
        ),
        occ(
            U,
            "2026-12-01 16:00",
            "2026-12-01 17:00",
            "Europe/Berlin",
            recurrence=rid("2026-12-01 15:00", "Europe/Berlin"),
            **QL,
        ),
        occ(
            U,
            "2026-12-02 16:00",
            "2026-12-02 17:00",
            "Europe/Berlin",
            recurrence=rid("2026-12-02 15:00", "Europe/Berlin"),
            **QL,
        ),
    ],
)

# 33 request then update (moved a day) for one UID; company in [] first; GMT Standard Time with VTIMEZONE
U = uid_ms("alderfinch")
TZ = "GMT Standard Time"
GMT_TZ = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZ}",
    "BEGIN:STANDARD",
    "DTSTART:16010101T020000",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:16010101T010000",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]
AF = dict(
    uid=U,
    summary="[Alder & Finch] Case interview – Associate Consultant",
    lang="en-GB",
    tzid=TZ,
    organizer="graduate.recruitment@alderfinch.example",
    org_name="Graduate Recruitment",
    attendees=[
        ms(ME, "Maya Example"),
        ms("tom.harris@alderfinch.example", "Tom Harris"),
        ms("london-room-4b@alderfinch.example", "LDN 4B (6)", cutype="RESOURCE"),
    ],
    location="LDN 4B (6); Microsoft Teams Meeting",
)
case(
    "exchange_request_then_update_moved",
    cal(
        EXCHANGE,
        [
            *GMT_TZ,
            *exchange_event(
                start="2026-12-10 09:00",
                end="2026-12-10 10:00",
                description=teams_desc("Case interview with Tom Harris (Manager)."),
                **AF,
            ),
        ],
        method="REQUEST",
    )
    + cal(
        EXCHANGE,
        [
            *GMT_TZ,
            *exchange_event(
                start="2026-12-11 10:00",
                end="2026-12-11 11:00",
                seq=1,
                description=teams_desc("Moved to Friday at Tom's request."),
                **AF,
            ),
        ],
        method="REQUEST",
    ),
    "Exchange REQUEST then updated REQUEST for one UID (GMT Standard Time with VTIMEZONE)",
    "Europe/London",
    [
        occ(
            U,
            "2026-12-11 10:00",
            "2026-12-11 11:00",
            "Europe/London",
            interview=True,
            company="Alder & Finch",
            role="Associate Consultant",
            people=("graduate.recruitment@alderfinch.example", "tom.harris@alderfinch.example"),
        )
    ],
)

# 34 final interview in tzone://Microsoft/Utc (quoted), role then company after a comma
U = uid_ms("orchardlane")
case(
    "outlook365_tzone_utc_final",
    cal(
        EXCHANGE,
        exchange_event(
            uid=U,
            summary="Final interview: Head of Finance, Orchard Lane",
            lang="en-US",
            tzid='"tzone://Microsoft/Utc"',
            start="2026-12-14 15:00",
            end="2026-12-14 16:00",
            organizer="nina.kapoor@orchardlane.example",
            org_name="Nina Kapoor",
            attendees=[
                ms(ME, "Maya Example"),
                ms("nina.kapoor@orchardlane.example", "Nina Kapoor", stat="ACCEPTED"),
                ms("ceo@orchardlane.example", "Robert King"),
            ],
            description=teams_desc("Final conversation with Robert (CEO) and me."),
            location="Microsoft Teams Meeting",
        ),
        method="REQUEST",
    ),
    "Outlook 365 REQUEST (tzone://Microsoft/Utc)",
    "Asia/Kolkata",
    [
        occ(
            U,
            "2026-12-14 15:00",
            "2026-12-14 16:00",
            "UTC",
            interview=True,
            company="Orchard Lane",
            role="Head of Finance",
            people=("ceo@orchardlane.example", "nina.kapoor@orchardlane.example"),
        )
    ],
)

# 35 assessment centre in Spanish, Outlook's own "(UTC+01:00) ..." TZID defined by its VTIMEZONE
U = uid_ms("mirador-ac")
TZ = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
case(
    "outlook_es_custom_tzid_assessment_centre",
    cal(
        OUTLOOK,
        [
            *tzblock(MS_EU, tzid=TZ, std="+0100", dst="+0200"),
            *exchange_event(
                uid=U,
                summary="Assessment center: Programa de Graduados – Banco Mirador",
                lang="es-ES",
                tzid=f'"{TZ}"',
                start="2026-12-15 09:00",
                end="2026-12-15 13:00",
                organizer="seleccion@bancomirador.example",
                org_name="Selección Banco Mirador",
                attendees=[
                    ms(ME, "Maya Example"),
                    ms("lucia.garcia@bancomirador.example", "Lucía García"),
                    ms("sala-castellana@bancomirador.example", "Sala Castellana", cutype="ROOM"),
                ],
                description="Hola Maya:\n\nTe esperamos en el assessment center (dinámica de grupo, caso y "
                "entrevista personal con Lucía García).",
                location="Sala Castellana, Paseo de la Castellana 200",
            ),
        ],
        method="REQUEST",
    ),
    "Outlook desktop (custom TZID defined by its VTIMEZONE)",
    "Europe/Madrid",
    [
        occ(
            U,
            "2026-12-15 09:00",
            "2026-12-15 13:00",
            "Europe/Madrid",
            interview=True,
            company="Banco Mirador",
            role="Programa de Graduados",
            people=("lucia.garcia@bancomirador.example", "seleccion@bancomirador.example"),
        )
    ],
)

# ================================================================ scheduling tools

# 36 Proton, tentative take-home review
U = "Zk3pQ9vR2sT8uW1xY4aB6cD0eF5gH7iJ@proton.me"
case(
    "proton_tentative_take_home_review",
    cal(
        PROTON,
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            "DTSTART;TZID=Europe/Zurich:20261202T160000",
            "DTEND;TZID=Europe/Zurich:20261202T170000",
            "SUMMARY:Take-home review: Junior iOS Developer @ Pinecone Apps",
            "STATUS:TENTATIVE",
            "SEQUENCE:1",
            "LOCATION:https://meet.google.com/hsa-qqbr-zzi",
            "DESCRIPTION:We'll walk through your take-home together. Emma",
            person("emma.brown@pineconeapps.example", "Emma Brown", kind="ORGANIZER"),
            person(ME, "Maya Example", stat="TENTATIVE"),
            person("emma.brown@pineconeapps.example", "Emma Brown", stat="ACCEPTED", rsvp=False),
            person("liam.wright@pineconeapps.example", "Liam Wright", role="OPT-PARTICIPANT"),
        ),
        method="REQUEST",
        head=tuple(tzblock(OLSON_EU, tzid="Europe/Zurich", std="+0100", dst="+0200", sn="CET", dn="CEST")),
    ),
    "Proton Calendar (tentative)",
    "Europe/Zurich",
    [
        occ(
            U,
            "2026-12-02 16:00",
            "2026-12-02 17:00",
            "Europe/Zurich",
            interview=True,
            company="Pinecone Apps",
            role="Junior iOS Developer",
            people=("emma.brown@pineconeapps.example", "liam.wright@pineconeapps.example"),
        )
    ],
)

# 37 HireVue on-demand video interview: a no-reply organizer and nobody else to meet
U = "hv-od-2b81c3f0-55d2-4a9e@hirevue.example"
case(
    "hirevue_on_demand_no_people",
    cal(
        "-//HireVue//Scheduling//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-21 10:00', 'Europe/London')}",
            f"DTEND:{z('2026-11-21 10:45', 'Europe/London')}",
            "SUMMARY:HireVue Video Interview – Graduate Analyst – Ridgeway Bank",
            "DESCRIPTION:"
            + esc(
                "Complete your on-demand video interview for Ridgeway Bank.\n"
                "Start here: https://app.hirevue.example/interviews/2b81c3f0\n"
                "This is an automated message, please do not reply."
            ),
            person("noreply@hirevue.example", "Ridgeway Bank via HireVue", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    "HireVue",
    "Europe/London",
    [
        occ(
            U,
            "2026-11-21 10:00",
            "2026-11-21 10:45",
            "Europe/London",
            interview=True,
            company="Ridgeway Bank",
            role="Graduate Analyst",
        )
    ],
)

# 38 Paradox-style assistant organises a store interview
U = "paradox-evt-77120983@greenleaf.example"
case(
    "paradox_assistant_organizer",
    cal(
        "-//Paradox//Olivia Scheduling//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-14 10:30', 'America/Chicago')}",
            f"DTEND:{z('2026-11-14 11:00', 'America/Chicago')}",
            "SUMMARY:Interview with Greenleaf Grocers - Assistant Store Manager",
            "DESCRIPTION:"
            + esc(
                "Hi Maya! You're confirmed to interview with Michael Brown at Greenleaf Grocers "
                "#214, 1800 W Lake St. Text me if you need to reschedule. – Olivia, "
                "Greenleaf's virtual recruiting assistant"
            ),
            person("olivia@paradox.example", "Olivia (Greenleaf Hiring Assistant)", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("michael.brown@greenleafgrocers.example", "Michael Brown"),
            "LOCATION:Greenleaf Grocers #214\\, 1800 W Lake St\\, Chicago",
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    "Paradox-style assistant",
    "America/Chicago",
    [
        occ(
            U,
            "2026-11-14 10:30",
            "2026-11-14 11:00",
            "America/Chicago",
            interview=True,
            company="Greenleaf Grocers",
            role="Assistant Store Manager",
            people=("michael.brown@greenleafgrocers.example",),
        )
    ],
)

# 39 Cal.com: "<event type> between <host> and <attendee>", company only in the host's domain
U = "calcom-9xk2hWq7pLmN3vB8"
case(
    "calcom_between_names",
    cal(
        "-//Cal.com Inc.//Cal.com Event//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-25 17:00', 'Europe/Madrid')}",
            f"DTEND:{z('2026-11-25 17:30', 'Europe/Madrid')}",
            "SUMMARY:Recruiter call between Juan Pérez and Maya Example",
            "DESCRIPTION:"
            + esc(
                "What: Recruiter call between Juan Pérez and Maya Example\nInvitee time zone: "
                "Europe/Madrid\nWhere: https://cal.com/video/9xk2hWq7pLmN3vB8\n"
                "Need to make a change? Cancel or reschedule: https://cal.com/booking/9xk2hWq7"
            ),
            person("juan.perez@solara.example", "Juan Pérez", kind="ORGANIZER"),
            person(ME, "Maya Example", stat="ACCEPTED"),
            "STATUS:CONFIRMED",
            "LOCATION:Cal Video",
        ),
        method="REQUEST",
    ),
    "Cal.com booking",
    "Europe/Madrid",
    [
        occ(
            U,
            "2026-11-25 17:00",
            "2026-11-25 17:30",
            "Europe/Madrid",
            interview=True,
            company="Solara",
            people=("juan.perez@solara.example",),
        )
    ],
)

# 40 Recruitee, Spanish, role with a slash between hyphens
U = "recruitee-interview-58213@miradorviajes.example"
case(
    "recruitee_es_hiring_manager",
    cal(
        "-//Recruitee//Recruitee Calendar//ES",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-19 16:00', 'Europe/Madrid')}",
            f"DTEND:{z('2026-11-19 16:45', 'Europe/Madrid')}",
            "SUMMARY:Entrevista con la responsable de contratación - Diseñador/a UX - Mirador Viajes",
            "DESCRIPTION:Hola Maya\\, te escribo para confirmar la entrevista con Carmen López por videollamada.",
            person("carmen.lopez@miradorviajes.example", "Carmen López", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    "Recruitee",
    "Europe/Madrid",
    [
        occ(
            U,
            "2026-11-19 16:00",
            "2026-11-19 16:45",
            "Europe/Madrid",
            interview=True,
            company="Mirador Viajes",
            role="Diseñador/a UX",
            people=("carmen.lopez@miradorviajes.example",),
        )
    ],
)

# 41 BambooHR: "Interview: <candidate> for <role>", company from the organizer's domain
U = "bamboohr-ats-interview-4471-20261116"
case(
    "bamboohr_candidate_for_role",
    cal(
        "-//BambooHR//BambooHR ATS//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-16 09:00', 'America/Denver')}",
            f"DTEND:{z('2026-11-16 10:00', 'America/Denver')}",
            "SUMMARY:Interview: Maya Example for Customer Success Manager",
            "DESCRIPTION:Interviewers: Laura Scott\\, Kevin Young. Video call link to follow.",
            person("laura.scott@tallgrass.example", "Laura Scott", kind="ORGANIZER"),
            person(ME, "Maya Example"),
            person("laura.scott@tallgrass.example", "Laura Scott"),
            person("kevin.young@tallgrass.example", "Kevin Young"),
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    "BambooHR",
    "America/Denver",
    [
        occ(
            U,
            "2026-11-16 09:00",
            "2026-11-16 10:00",
            "America/Denver",
            interview=True,
            company="Tallgrass",
            role="Customer Success Manager",
            people=("kevin.young@tallgrass.example", "laura.scott@tallgrass.example"),
        )
    ],
)

# 42 GoodTime panel: level and team in the role, a hiring-team group, a Zoom Room resource
U = uid_hex("cedarline-panel", "@google.com")
google_invite(
    "goodtime_panel_level_team",
    zone="America/Los_Angeles",
    uid=U,
    summary="Cedarline — Virtual Panel — Software Engineer II, Payments",
    start="2026-12-01 09:00",
    end="2026-12-01 11:00",
    organizer="coordinator@cedarline.example",
    org_name="Cedarline Interview Coordinator",
    guests=[
        g_att(
            "coordinator@cedarline.example", "Cedarline Interview Coordinator", stat="ACCEPTED", rsvp=False
        ),
        g_att(ME, "Maya Example"),
        g_att("daniel.kim@cedarline.example", "Daniel Kim", stat="ACCEPTED"),
        g_att("grace.liu@cedarline.example", "Grace Liu", stat="ACCEPTED"),
        g_att("payments-hiring@cedarline.example", "Payments Hiring Team", cutype="GROUP"),
        g_att("zr-sf-12-bay@cedarline.example", "SF-12 Bay (Zoom Room)", cutype="RESOURCE", stat="ACCEPTED"),
    ],
    description="Scheduled with GoodTime.\n9:00 Daniel Kim – Coding\n10:00 Grace Liu – Payments domain",
    meet="pvt-zxgh-aqy",
    events=[
        occ(
            U,
            "2026-12-01 09:00",
            "2026-12-01 11:00",
            "America/Los_Angeles",
            interview=True,
            company="Cedarline",
            role="Software Engineer II, Payments",
            people=(
                "coordinator@cedarline.example",
                "daniel.kim@cedarline.example",
                "grace.liu@cedarline.example",
            ),
        )
    ],
)

# 43 ModernLoop: emoji, "Final round @ company", role in brackets
U = uid_hex("lumen-final", "@google.com")
google_invite(
    "modernloop_emoji_final_round",
    zone="Europe/Berlin",
    uid=U,
    summary="🚀 Final round @ Lumen Robotics (Embedded Software Engineer)",
    start="2026-12-10 14:00",
    end="2026-12-10 15:30",
    organizer="people@lumenrobotics.example",
    org_name="Lumen Robotics People Team",
    guests=[
        g_att(ME, "Maya Example"),
        g_att("mei.chen@lumenrobotics.example", "Mei Chen", stat="ACCEPTED"),
        g_att("notetaker@modernloop.example", "ModernLoop Notetaker", stat="ACCEPTED"),
    ],
    description="Scheduled via ModernLoop. Your final round with Mei Chen (VP Engineering).",
    meet="aer-pmtk-cxd",
    events=[
        occ(
            U,
            "2026-12-10 14:00",
            "2026-12-10 15:30",
            "Europe/Berlin",
            interview=True,
            company="Lumen Robotics",
            role="Embedded Software Engineer",
            people=("mei.chen@lumenrobotics.example", "people@lumenrobotics.example"),
        )
    ],
)

# 44 Gem: coffee chat with a recruiter, the company after the recruiter's title in brackets
U = uid_hex("marlow-gem", "@google.com")
google_invite(
    "gem_coffee_chat_recruiter",
    zone="America/New_York",
    uid=U,
    summary="Coffee chat ☕ Raj Patel (Recruiter, Marlow Health) x Maya Example",
    start="2026-11-06 15:00",
    end="2026-11-06 15:20",
    organizer="raj.patel@marlowhealth.example",
    org_name="Raj Patel",
    guests=[
        g_att("raj.patel@marlowhealth.example", "Raj Patel", stat="ACCEPTED", rsvp=False),
        g_att(ME, "Maya Example"),
    ],
    description="Sent with Gem. Looking forward to chatting about what you're looking for next!",
    meet="tmq-ykpc-bwe",
    events=[
        occ(
            U,
            "2026-11-06 15:00",
            "2026-11-06 15:20",
            "America/New_York",
            interview=True,
            company="Marlow Health",
            people=("raj.patel@marlowhealth.example",),
        )
    ],
)

# 45 an all-day assessment day from a graduate-recruitment mailbox (iCloud shows it in London)
U = "8F2A3C1D-6B7E-4F50-9A12-C3D4E5F60718"
case(
    "icloud_all_day_assessment_day",
    cal(
        ICLOUD,
        vevent(
            "CREATED:20261027T101010Z",
            "DTSTART;VALUE=DATE:20261209",
            "DTEND;VALUE=DATE:20261210",
            f"DTSTAMP:{STAMP}",
            "SEQUENCE:0",
            "SUMMARY:Assessment Day – Harbour Line – Graduate Programme",
            "DESCRIPTION:Arrive 8:45 at Harbour Line House\\, 14 Dock Road. Group exercise\\, presentation and "
            "two interviews.",
            "TRANSP:TRANSPARENT",
            f"UID:{U}",
            person("graduates@harbourline.example", "Harbour Line Graduate Recruitment", kind="ORGANIZER"),
            person(ME, "Maya Example", stat="ACCEPTED"),
        ),
        method="REQUEST",
    ),
    "iCloud (all-day, invited)",
    "Europe/London",
    [
        {
            **occ(
                U,
                "2026-12-09 00:00",
                "2026-12-10 00:00",
                "Europe/London",
                interview=True,
                company="Harbour Line",
                role="Graduate Programme",
                people=("graduates@harbourline.example",),
            ),
            "recurrence_id": "",
        }
    ],
)

# ================================================================ look-alikes and the user's everyday events


def own_event(
    name: str,
    prodid: str,
    zone: str,
    source: str,
    uid: str,
    summary: str,
    start: str,
    end: str,
    *extra: str,
    tzid: str = "",
    method: str = "",
) -> None:
    """An event without attendees (a block, a reminder) in the user's own calendar."""
    if tzid == "date":
        times = [
            f"DTSTART;VALUE=DATE:{start[:10].replace('-', '')}",
            f"DTEND;VALUE=DATE:{end[:10].replace('-', '')}",
        ]
    elif tzid == "float":
        times = [f"DTSTART:{loc(start)}", f"DTEND:{loc(end)}"]
    elif tzid:
        times = [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    else:
        times = [f"DTSTART:{z(start, zone)}", f"DTEND:{z(end, zone)}"]
    body = vevent(f"UID:{uid}", f"DTSTAMP:{STAMP}", *times, f"SUMMARY:{esc(summary)}", *extra)
    case(name, cal(prodid, body, method=method), source, zone, [occ(uid, start, end, zone, interview=False)])


# 46 prep block before the Northwind interview (same day), no attendees
own_event(
    "google_prep_block_company_name",
    GOOGLE,
    "America/New_York",
    "Google Calendar export (own block)",
    uid_hex("prep-northwind", "@google.com"),
    "Prep: Northwind Traders interview – STAR stories, SQL drills",
    "2026-11-10 12:00",
    "2026-11-10 13:00",
    "TRANSP:OPAQUE",
    "STATUS:CONFIRMED",
)

# 47 thank-you to-do after an interview (iCloud, floating)
own_event(
    "icloud_thank_you_todo",
    ICLOUD,
    "Europe/Berlin",
    "iCloud (floating, own reminder block)",
    "2D0E9A1B-77C4-4E0A-B3F1-5A6C7D8E9F01",
    "Send thank-you notes to Max & Erika (Lindqvist interview)",
    "2026-11-12 17:00",
    "2026-11-12 17:15",
    "TRANSP:TRANSPARENT",
    tzid="float",
)

# 48 research block: "before interview"
own_event(
    "proton_research_before_interview",
    PROTON,
    "Europe/Oslo",
    "Proton Calendar (own block)",
    "aQ1bR2cS3dT4eU5fV6gW7hX8iY9jZ0k@proton.me",
    "Research Fjordlys before interview (products, team, Glassdoor)",
    "2026-12-02 19:00",
    "2026-12-02 20:00",
    "STATUS:CONFIRMED",
    tzid="Europe/Oslo",
    method="",
)

# 49 mock interview with a career coach booked through Cal.com
U = "calcom-mock-7Rt5Yu3Io1Pa"
case(
    "calcom_mock_interview_coach",
    cal(
        "-//Cal.com Inc.//Cal.com Event//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-08 18:00', 'Europe/Berlin')}",
            f"DTEND:{z('2026-11-08 19:00', 'Europe/Berlin')}",
            "SUMMARY:Mock system design interview between Jane Doe and Maya Example",
            "DESCRIPTION:Practice session: 45 min mock interview + 15 min feedback. Payment received.",
            person("jane.doe@careercoach.example", "Jane Doe", kind="ORGANIZER"),
            person(ME, "Maya Example", stat="ACCEPTED"),
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    "Cal.com booking (career coach)",
    "Europe/Berlin",
    [occ(U, "2026-11-08 18:00", "2026-11-08 19:00", "Europe/Berlin", interview=False)],
)

# 50 the user interviews a candidate for her own team (she organises, colleagues at her employer)
U = uid_ms("maya-hiring")
case(
    "outlook365_user_interviews_candidate",
    cal(
        EXCHANGE,
        exchange_event(
            uid=U,
            summary="Interview: Jan Kowalski – Frontend Engineer candidate",
            lang="en-US",
            tzid="W. Europe Standard Time",
            start="2026-11-17 11:00",
            end="2026-11-17 12:00",
            organizer=ME,
            org_name="Maya Example",
            attendees=[
                ms("raj.patel@example.org", "Raj Patel"),
                ms("jan.kowalski@example.net", "Jan Kowalski"),
            ],
            description=teams_desc(
                "Raj: coding. Me: experience and culture. Scorecards in the ATS by Wednesday."
            ),
            location="Microsoft Teams Meeting",
        ),
        method="REQUEST",
    ),
    "Outlook 365 (the user organises)",
    "Europe/Berlin",
    [occ(U, "2026-11-17 11:00", "2026-11-17 12:00", "Europe/Berlin", interview=False)],
)

# 51 a newsletter's webinar about interviews
U = "webinar-20261119-sysdesign@news.careercraft.example"
case(
    "newsletter_webinar_interviews",
    cal(
        "-//CareerCraft//Events//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            f"DTSTART:{z('2026-11-19 18:00', 'Europe/Berlin')}",
            f"DTEND:{z('2026-11-19 19:00', 'Europe/Berlin')}",
            "SUMMARY:Live webinar: How to ace the system design interview",
            "DESCRIPTION:Thanks for registering! Join link: https://zoom.us/w/99123456789 – You're receiving this "
            "because you subscribed to the CareerCraft newsletter.",
            person("events@news.careercraft.example", "CareerCraft Events", kind="ORGANIZER"),
            person(ME, "maya@example.org", role="NON-PARTICIPANT"),
            "STATUS:CONFIRMED",
        ),
        method="REQUEST",
    ),
    "newsletter webinar registration",
    "Europe/Berlin",
    [occ(U, "2026-11-19 18:00", "2026-11-19 19:00", "Europe/Berlin", interview=False)],
)

# 52 a meetup talk about interviewing
U = "event_312998441@meetup.example"
case(
    "meetup_talk_about_hiring",
    cal(
        "-//Meetup//Meetup Events v1.0//EN",
        vevent(
            f"UID:{U}",
            f"DTSTAMP:{STAMP}",
            "DTSTART;TZID=Europe/Berlin:20261126T190000",
            "DTEND;TZID=Europe/Berlin:20261126T213000",
            "SUMMARY:Berlin Tech Careers: Behind the hiring loop – what interviewers really look for",
            "DESCRIPTION:Talks\\, pizza and networking. https://www.meetup.example/berlin-tech-careers/events/312998441/",
            "LOCATION:Factory Görlitzer Park (Lohmühlenstraße 65\\, Berlin\\, Germany)",
            "ORGANIZER;CN=Meetup Reminder:mailto:noreply@meetup.example",
            "STATUS:CONFIRMED",
        ),
        head=tuple(tzblock(OLSON_EU, tzid="Europe/Berlin", std="+0100", dst="+0200", sn="CET", dn="CEST")),
    ),
    "Meetup",
    "Europe/Berlin",
    [occ(U, "2026-11-26 19:00", "2026-11-26 21:30", "Europe/Berlin", interview=False)],
)

# 53 the user is a podcast guest
U = uid_hex("podcast", "@google.com")
google_invite(
    "google_podcast_guest_interview",
    zone="Europe/Berlin",
    uid=U,
    summary="Podcast recording: Career Switchers – interview with Maya Example",
    start="2026-12-04 17:00",
    end="2026-12-04 18:00",
    organizer="host.careerswitchers@gmail.com",
    org_name="Career Switchers Podcast",
    guests=[
        g_att(ME, "Maya Example", stat="ACCEPTED"),
        g_att("host.careerswitchers@gmail.com", "Career Switchers Podcast", stat="ACCEPTED", rsvp=False),
    ],
    description="Episode 41 guest recording. We'll send the Riverside studio link the day before.",
    meet="pdc-rmzx-gtt",
    source="Google Calendar invite (podcast)",
    events=[occ(U, "2026-12-04 17:00", "2026-12-04 18:00", "Europe/Berlin", interview=False)],
)

# 54 customer research interviews the user runs at work
U = uid_hex("user-research", "@google.com")
google_invite(
    "google_user_research_interview",
    zone="Europe/Berlin",
    uid=U,
    summary="User interview #4 – onboarding study (participant P4)",
    start="2026-11-13 14:00",
    end="2026-11-13 14:45",
    organizer="raj.patel@example.org",
    org_name="Raj Patel",
    guests=[
        g_att(ME, "Maya Example", stat="ACCEPTED"),
        g_att("p4.participant@example.net", "Participant P4"),
        g_att("research-ops@example.org", "Research Ops"),
    ],
    description="Discussion guide in the team drive. Maya takes notes, Raj moderates. Incentive: 50 EUR voucher.",
    meet="urs-qqwe-poi",
    source="Google Calendar invite (work)",
    events=[occ(U, "2026-11-13 14:00", "2026-11-13 14:45", "Europe/Berlin", interview=False)],
)

# 55 exit interview at the user's current employer
U = uid_ms("exit")
case(
    "outlook365_exit_interview",
    cal(
        EXCHANGE,
        exchange_event(
            uid=U,
            summary="Exit interview – Maya Example",
            lang="en-US",
            tzid="W. Europe Standard Time",
            start="2026-12-16 15:00",
            end="2026-12-16 15:30",
            organizer="hr@example.org",
            org_name="HR Team",
            attendees=[ms(ME, "Maya Example")],
            description="A short conversation about your time with us.",
            location="Room Spree / Teams",
        ),
        method="REQUEST",
    ),
    "Outlook 365 (work)",
    "Europe/Berlin",
    [occ(U, "2026-12-16 15:00", "2026-12-16 15:30", "Europe/Berlin", interview=False)],
)

# 56 performance review
U = uid_ms("perf-review")
case(
    "outlook365_performance_review",
    cal(
        EXCHANGE,
        exchange_event(
            uid=U,
            summary="H2 performance review – Maya",
            lang="en-US",
            tzid="W. Europe Standard Time",
            start="2026-12-08 10:00",
            end="2026-12-08 11:00",
            organizer="raj.patel@example.org",
            org_name="Raj Patel",
            attendees=[ms(ME, "Maya Example")],
            description="Self-review due the Friday before.",
            location="Raj's office",
        ),
        method="REQUEST",
    ),
    "Outlook 365 (work)",
    "Europe/Berlin",
    [occ(U, "2026-12-08 10:00", "2026-12-08 11:00", "Europe/Berlin", interview=False)],
)

# 57 weekly team sync with an EXDATE and a moved occurrence (Google export)
U = uid_hex("team-sync", "@google.com")
BERLIN = tzblock(OLSON_EU, tzid="Europe/Berlin", std="+0100", dst="+0200", sn="CET", dn="CEST")
sync_master = vevent(
    "DTSTART;TZID=Europe/Berlin:20261102T093000",
    "DTEND;TZID=Europe/Berlin:20261102T100000",
    "RRULE:FREQ=WEEKLY;WKST=MO;COUNT=5;BYDAY=MO",
    "EXDATE;TZID=Europe/Berlin:20261116T093000",
    f"DTSTAMP:{STAMP}",
    person("raj.patel@example.org", "Raj Patel", kind="ORGANIZER"),
    f"UID:{U}",
    g_att(ME, "Maya Example", stat="ACCEPTED"),
    g_att("jane.doe@example.org", "Jane Doe", stat="ACCEPTED"),
    "SUMMARY:Platform team sync",
    "STATUS:CONFIRMED",
    "SEQUENCE:0",
)
sync_moved = vevent(
    "DTSTART;TZID=Europe/Berlin:20261124T100000",
    "DTEND;TZID=Europe/Berlin:20261124T103000",
    f"DTSTAMP:{STAMP}",
    person("raj.patel@example.org", "Raj Patel", kind="ORGANIZER"),
    f"UID:{U}",
    "RECURRENCE-ID;TZID=Europe/Berlin:20261123T093000",
    g_att(ME, "Maya Example", stat="ACCEPTED"),
    "SUMMARY:Platform team sync (moved – Monday off)",
    "STATUS:CONFIRMED",
    "SEQUENCE:1",
)
case(
    "google_team_sync_exdate_override",
    cal(
        GOOGLE,
        [*BERLIN, *sync_master, *sync_moved],
        head=("X-WR-CALNAME:Maya Example", "X-WR-TIMEZONE:Europe/Berlin"),
    ),
    "Google Calendar export (series)",
    "Europe/Berlin",
    [
        occ(
            U,
            f"2026-11-{d} 09:30",
            f"2026-11-{d} 10:00",
            "Europe/Berlin",
            interview=False,
            recurrence=rid(f"2026-11-{d} 09:30", "Europe/Berlin"),
        )
        for d in ("02", "09")
    ]
    + [
        occ(
            U,
            "2026-11-24 10:00",
            "2026-11-24 10:30",
            "Europe/Berlin",
            interview=False,
            recurrence=rid("2026-11-23 09:30", "Europe/Berlin"),
        ),
        occ(
            U,
            "2026-11-30 09:30",
            "2026-11-30 10:00",
            "Europe/Berlin",
            interview=False,
            recurrence=rid("2026-11-30 09:30", "Europe/Berlin"),
        ),
    ],
)

# 58 a job fair (all-day, London)
own_event(
    "fastmail_job_fair_all_day",
    FASTMAIL,
    "Europe/London",
    "Fastmail (all-day)",
    "b6e0f3a1-24c8-4d1f-9e7a-3f5c8d2b1a06",
    "Tech Careers Fair – ExCeL London",
    "2026-11-28 00:00",
    "2026-11-29 00:00",
    "TRANSP:TRANSPARENT",
    tzid="date",
)

# 59 travel to an onsite interview (TripIt-style feed)
own_event(
    "tripit_flight_to_onsite",
    "-//TripIt//TripIt Calendar Feed//EN",
    "Europe/Berlin",
    "TripIt feed",
    "item-7a1e2f90c3b4@tripit.example",
    "✈ LH 2037 Frankfurt → Stuttgart (Brennerwerk interview)",
    "2026-11-23 19:05",
    "2026-11-23 19:55",
    "LOCATION:Frankfurt (FRA)",
    "TRANSP:OPAQUE",
)

# 60 a fortnightly 1:1 with the user's manager (Nextcloud)
U = "nextcloud-1on1-0f3b2c"
one_on_one = vevent(
    f"UID:{U}",
    f"DTSTAMP:{STAMP}",
    "DTSTART;TZID=Europe/Berlin:20261104T160000",
    "DTEND;TZID=Europe/Berlin:20261104T163000",
    "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3",
    "SUMMARY:Maya / Raj 1:1",
    person("raj.patel@example.org", "Raj Patel", kind="ORGANIZER"),
    person(ME, "Maya Example", stat="ACCEPTED"),
    "STATUS:CONFIRMED",
)
case(
    "nextcloud_biweekly_one_on_one",
    cal(NEXTCLOUD, [*BERLIN, *one_on_one]),
    "Nextcloud (series)",
    "Europe/Berlin",
    [
        occ(
            U,
            f"2026-{d} 16:00",
            f"2026-{d} 16:30",
            "Europe/Berlin",
            interview=False,
            recurrence=rid(f"2026-{d} 16:00", "Europe/Berlin"),
        )
        for d in ("11-04", "11-18", "12-02")
    ],
)

# 61 a personal appointment (iCloud, floating)
own_event(
    "icloud_dentist_floating",
    ICLOUD,
    "Europe/Berlin",
    "iCloud (floating, personal)",
    "4E5F6A7B-8C9D-4A0B-9C1D-2E3F4A5B6C7D",
    "Zahnarzt – Kontrolle",
    "2026-11-27 08:00",
    "2026-11-27 08:45",
    "LOCATION:Praxis am Südstern",
    tzid="float",
)

if __name__ == "__main__":
    write()
