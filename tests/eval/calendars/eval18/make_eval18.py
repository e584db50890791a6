"""Writes the eighteenth held-out calendar set (titles and people): NAME.ics + NAME.expected.json per case."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
ME = ("maya@example.org", "Maya Example")
WINDOW = ["2026-12-07T00:00:00Z", "2026-12-19T00:00:00Z"]
STAMP = "20261201T091500Z"

# Windows zone names as Exchange writes them, and the IANA zone each one means.
WINDOWS = {
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "Central Europe Standard Time": "Europe/Budapest",
    "GMT Standard Time": "Europe/London",
    "Pacific Standard Time": "America/Los_Angeles",
    "Eastern Standard Time": "America/New_York",
    "Tokyo Standard Time": "Asia/Tokyo",
    "China Standard Time": "Asia/Shanghai",
    "Korea Standard Time": "Asia/Seoul",
    "FLE Standard Time": "Europe/Helsinki",
    "GTB Standard Time": "Europe/Athens",
    "Turkey Standard Time": "Europe/Istanbul",
    "E. South America Standard Time": "America/Sao_Paulo",
    "(UTC-03:00) Brasilia": "America/Sao_Paulo",
    "tzone://Microsoft/Utc": "UTC",
    "Romania Standard Time": "Europe/Bucharest",
}


def iana(tzid: str) -> str:
    return WINDOWS.get(tzid, tzid)


def utc(local: str, tzid: str) -> datetime:
    naive = datetime.strptime(local, "%Y%m%dT%H%M%S")
    return naive.replace(tzinfo=ZoneInfo(iana(tzid))).astimezone(UTC)


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def rid(local: str, tzid: str) -> str:
    return utc(local, tzid).strftime("%Y%m%dT%H%M%SZ")


# ---- VTIMEZONE blocks -------------------------------------------------------------------------------------


def vtz_outlook(tzid: str, std: str, dst: str | None, *, std_rule: str = "", dst_rule: str = "") -> list[str]:
    """Exchange style: 1601 anchors, offsets only, rules by month and weekday."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T030000"]
    lines += [f"TZOFFSETFROM:{dst or std}", f"TZOFFSETTO:{std}"]
    if std_rule:
        lines.append(f"RRULE:{std_rule}")
    lines.append("END:STANDARD")
    if dst:
        lines += ["BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
        lines += [f"RRULE:{dst_rule}", "END:DAYLIGHT"]
    return [*lines, "END:VTIMEZONE"]


EU_STD = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
EU_DST = "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
US_STD = "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"
US_DST = "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"


def vtz_olson(tzid: str, std: str, dst: str | None, std_name: str, dst_name: str = "") -> list[str]:
    """Google/Apple/Nextcloud style: IANA TZID, named STANDARD/DAYLIGHT with recent anchors."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}"]
    if dst:
        lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}"]
        lines += ["DTSTART:19700329T020000", f"RRULE:{EU_DST}", "END:DAYLIGHT"]
        lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}"]
        lines += ["DTSTART:19701025T030000", f"RRULE:{EU_STD}", "END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}"]
        lines += ["DTSTART:19700101T000000", "END:STANDARD"]
    return [*lines, "END:VTIMEZONE"]


# ---- events -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class P:
    """An ORGANIZER or ATTENDEE as a calendar writes it."""

    email: str
    name: str = ""
    cutype: str = ""
    partstat: str = ""
    role: str = "REQ-PARTICIPANT"
    rsvp: bool = False
    mailto: str = "mailto:"

    def line(self, prop: str) -> str:
        params = []
        if prop == "ATTENDEE" and self.cutype:
            params.append(f"CUTYPE={self.cutype}")
        if prop == "ATTENDEE" and self.role:
            params.append(f"ROLE={self.role}")
        if prop == "ATTENDEE" and self.partstat:
            params.append(f"PARTSTAT={self.partstat}")
        if prop == "ATTENDEE" and self.rsvp:
            params.append("RSVP=TRUE")
        if self.name:
            quoted = any(c in self.name for c in ",;:")
            params.insert(0, f'CN="{self.name}"' if quoted else f"CN={self.name}")
        head = ";".join([prop, *params])
        return f"{head}:{self.mailto}{self.email}"


def me(partstat: str = "NEEDS-ACTION", *, rsvp: bool = True) -> P:
    return P(USER, "Maya Example", "INDIVIDUAL", partstat, rsvp=rsvp)


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@dataclass(frozen=True)
class Ev:
    uid: str
    summary: str
    start: str  # local YYYYMMDDTHHMMSS (or YYYYMMDD when all_day); ends with Z when in UTC
    end: str
    tzid: str = ""  # "" with a Z time is UTC, "" without is floating
    organizer: P | None = None
    attendees: tuple[P, ...] = ()
    description: str = ""
    location: str = ""
    status: str = ""
    sequence: int = 0
    rrule: str = ""
    exdates: tuple[str, ...] = ()
    recurrence_id: str = ""  # a full property line body after RECURRENCE-ID
    transp: str = ""
    all_day: bool = False
    extra: tuple[str, ...] = ()
    quote_tzid: bool = False

    def _dt(self, prop: str, value: str) -> str:
        if self.all_day:
            return f"{prop};VALUE=DATE:{value}"
        if self.tzid:
            tz = f'"{self.tzid}"' if self.quote_tzid else self.tzid
            return f"{prop};TZID={tz}:{value}"
        return f"{prop}:{value}"

    def lines(self) -> list[str]:
        out = ["BEGIN:VEVENT"]
        if self.organizer:
            out.append(self.organizer.line("ORGANIZER"))
        out += [self._dt("DTSTART", self.start), self._dt("DTEND", self.end)]
        if self.rrule:
            out.append(f"RRULE:{self.rrule}")
        out += [self._dt("EXDATE", x) for x in self.exdates]
        if self.recurrence_id:
            out.append(f"RECURRENCE-ID{self.recurrence_id}")
        out += [f"DTSTAMP:{STAMP}", f"UID:{self.uid}"]
        out += [a.line("ATTENDEE") for a in self.attendees]
        out += ["CREATED:20261124T101200Z", f"DESCRIPTION:{esc(self.description)}"]
        out += ["LAST-MODIFIED:20261201T091400Z", f"LOCATION:{esc(self.location)}"]
        out += [f"SEQUENCE:{self.sequence}", f"STATUS:{self.status or 'CONFIRMED'}"]
        out += [f"SUMMARY:{esc(self.summary)}", f"TRANSP:{self.transp or 'OPAQUE'}", *self.extra]
        return [*out, "END:VEVENT"]


def calendar(prodid: str, *blocks: list[str], method: str = "", head: tuple[str, ...] = ()) -> list[str]:
    out = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        out.append(f"METHOD:{method}")
    out += list(head)
    for block in blocks:
        out += block
    return [*out, "END:VCALENDAR"]


def fold(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets continue after CRLF and one space, never inside a character."""
    parts, current = [], ""
    for char in line:
        limit = 75 if not parts else 74
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


# ---- expectations -----------------------------------------------------------------------------------------


def occ(
    ev: Ev,
    *,
    interview: bool,
    people: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
    cancelled: bool = False,
    start: str = "",
    end: str = "",
    tzid: str | None = None,
    recurrence: str = "",
    user_tz: str = "",
) -> dict[str, object]:
    """One expected occurrence; start/end default to the event's own, in its zone (floating: the user's)."""
    zone = ev.tzid if tzid is None else tzid
    begins, ends = start or ev.start, end or ev.end
    if ev.all_day:
        b = datetime.strptime(begins, "%Y%m%d").replace(tzinfo=ZoneInfo(user_tz)).astimezone(UTC)
        e = datetime.strptime(ends, "%Y%m%d").replace(tzinfo=ZoneInfo(user_tz)).astimezone(UTC)
    elif begins.endswith("Z"):
        b = datetime.strptime(begins, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        e = datetime.strptime(ends, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    else:
        b, e = utc(begins, zone or user_tz), utc(ends, zone or user_tz)
    return {
        "uid": ev.uid,
        "recurrence_id": recurrence,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": stamp(b),
        "end_utc": stamp(e),
        "interviewers": sorted(p.lower() for p in people),
        "company": company if interview else "",
        "role": role if interview else "",
    }


@dataclass
class Case:
    name: str
    source: str
    user_tz: str
    lines: list[str]
    events: list[dict[str, object]] = field(default_factory=list)
    window: list[str] = field(default_factory=lambda: list(WINDOW))


CASES: list[Case] = []


def case(name: str, source: str, user_tz: str, lines: list[str], events: list[dict[str, object]]) -> None:
    CASES.append(Case(name, source, user_tz, lines, events))


def days(first: date, count: int, step: int = 1) -> list[date]:
    return [first + timedelta(days=step * i) for i in range(count)]


def write() -> None:
    for c in CASES:
        ics = "".join(fold(line) + "\r\n" for line in c.lines)
        (HERE / f"{c.name}.ics").write_bytes(ics.encode("utf-8"))
        expected = {
            "source": c.source,
            "user_addresses": [USER],
            "user_timezone": c.user_tz,
            "window": c.window,
            "events": c.events,
        }
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{c.name}.expected.json").write_text(text, encoding="utf-8")


# ---- the cases --------------------------------------------------------------------------------------------

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK_DESKTOP = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
ICLOUD = "-//Apple Inc.//iPhone OS 18.1//EN"
NEXTCLOUD = "-//IDN nextcloud.com//Calendar app 4.7.6//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
PROTON = "-//Proton AG//WebCalendar 5.0.48.2//EN"
ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"
MEET = "Join with Google Meet: https://meet.google.com/qvx-hrtn-bke"
TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\n"
    "Join on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4>\n"
    "Meeting ID: 318 447 902 115\n"
    "Passcode: Xb7kPq\n"
    "________________________________________________________________________________"
)
BERLIN = vtz_olson("Europe/Berlin", "+0100", "+0200", "CET", "CEST")
W_EUROPE = vtz_outlook("W. Europe Standard Time", "+0100", "+0200", std_rule=EU_STD, dst_rule=EU_DST)
D = date(2026, 12, 7)


def google_cases() -> None:
    # A day of a Google calendar export: the prep block, the interview (company first, en dash and pipe), a
    # thank-you to-do and a travel block.
    interview = Ev(
        "5k2v9q1m7rbd3t0ahc1l8ueos4@google.com",
        "Northwind Traders – Senior Data Engineer | Technical Interview",
        "20261208T140000",
        "20261208T150000",
        "Europe/Berlin",
        P("jane.doe@northwindtraders.example", "Jane Doe"),
        (
            P("jane.doe@northwindtraders.example", "Jane Doe", "INDIVIDUAL", "ACCEPTED"),
            me("ACCEPTED"),
            P("raj.patel@northwindtraders.example", "Raj Patel", "INDIVIDUAL", "ACCEPTED"),
            P(
                "c_1889v4t0kd2h8@resource.calendar.google.com",
                "BER-3-Spree (8) [Meet]",
                "RESOURCE",
                "ACCEPTED",
            ),
            P("c_3f1a09de77b2@group.calendar.google.com", "Data Platform Hiring", "INDIVIDUAL", "ACCEPTED"),
        ),
        description="Hi Maya, looking forward to the technical round with Raj.\n\n" + MEET,
        location="BER-3-Spree (8) [Meet]",
    )
    prep = Ev(
        "0hq2b7tq5d0v1mj4k9a8gne3ps@google.com",
        "Prep: Northwind technical interview",
        "20261208T110000",
        "20261208T123000",
        "Europe/Berlin",
        description="Re-read the take-home, SQL window functions, questions for Raj",
    )
    thanks = Ev(
        "7c1f0rj4s9qk3bl2m8d6v5hn0t@google.com",
        "Send thank-you notes (Northwind)",
        "20261209T090000",
        "20261209T091500",
        "Europe/Berlin",
        transp="TRANSPARENT",
    )
    head = ("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/Berlin")
    lines = calendar(
        GOOGLE, BERLIN, prep.lines(), interview.lines(), thanks.lines(), method="PUBLISH", head=head
    )
    case(
        "google_export_company_first_with_prep_and_thanks",
        "Google Calendar export",
        "Europe/Berlin",
        lines,
        [
            occ(prep, interview=False),
            occ(
                interview,
                interview=True,
                people=("jane.doe@northwindtraders.example", "raj.patel@northwindtraders.example"),
                company="Northwind Traders",
                role="Senior Data Engineer",
            ),
            occ(thanks, interview=False),
        ],
    )

    # A Google invite in UTC: role first with "at", the interviewer's name in brackets.
    ev = Ev(
        "2m8s1d6q0f4b7n3c5k9t2r1p0g@google.com",
        "Product Designer at Lanternfish Studio (with Raj Patel)",
        "20261209T160000Z",
        "20261209T164500Z",
        organizer=P("raj.patel@lanternfish.example", "Raj Patel"),
        attendees=(
            P("raj.patel@lanternfish.example", "Raj Patel", "INDIVIDUAL", "ACCEPTED"),
            me(),
            P("notetaker@meetingbot.example", "Fireside Notetaker", "INDIVIDUAL", "ACCEPTED"),
        ),
        description="Portfolio walkthrough, 45 min.\n" + MEET,
    )
    case(
        "google_invite_role_at_company_with_notetaker",
        "Google Calendar invite",
        "Europe/Lisbon",
        calendar(GOOGLE, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("raj.patel@lanternfish.example",),
                company="Lanternfish Studio",
                role="Product Designer",
            )
        ],
    )

    # Failure class 1: veto-looking word in the company, beside a research block of the user's own.
    ev = Ev(
        "4t7q2v0k9m1s8d3b6f5n0h2c1a@google.com",
        "Interview: Sundial Research, Research Engineer (second round)",
        "20261210T100000",
        "20261210T110000",
        "Europe/Berlin",
        P("talent@sundialresearch.example", "Sundial Research Talent"),
        (
            P("talent@sundialresearch.example", "Sundial Research Talent", "INDIVIDUAL", "ACCEPTED"),
            me("ACCEPTED"),
            P("jane.doe@sundialresearch.example", "Jane Doe", "INDIVIDUAL", "ACCEPTED"),
            P("li.wei@sundialresearch.example", "Li Wei", "INDIVIDUAL", "DECLINED"),
        ),
        description=MEET,
    )
    block = Ev(
        "9a0d3f6k1m2q7s4v8b5n0t1c2e@google.com",
        "Research Sundial papers before interview",
        "20261209T170000",
        "20261209T180000",
        "Europe/Berlin",
    )
    case(
        "google_research_company_beside_research_block",
        "Google Calendar export",
        "Europe/Berlin",
        calendar(GOOGLE, BERLIN, block.lines(), ev.lines(), head=("X-WR-TIMEZONE:Europe/Berlin",)),
        [
            occ(block, interview=False),
            occ(
                ev,
                interview=True,
                people=("jane.doe@sundialresearch.example", "talent@sundialresearch.example"),
                company="Sundial Research",
                role="Research Engineer",
            ),
        ],
    )

    # Japanese, brackets and slash, Google in Asia/Tokyo.
    tokyo = vtz_olson("Asia/Tokyo", "+0900", None, "JST")
    ev = Ev(
        "1b6m9q3d0s7t2v5k8n4c1f0h2r@google.com",
        "【一次面接】株式会社ミナト技研 / バックエンドエンジニア",
        "20261211T100000",
        "20261211T110000",
        "Asia/Tokyo",
        P("saiyo@minato-giken.example", "ミナト技研 採用担当"),
        (
            P("saiyo@minato-giken.example", "ミナト技研 採用担当", "INDIVIDUAL", "ACCEPTED"),
            P("t.sato@minato-giken.example", "佐藤 健", "INDIVIDUAL", "ACCEPTED"),
            me(),
        ),
        description="Maya Example 様\n一次面接の詳細です。\n" + MEET,
    )
    case(
        "google_ja_corner_brackets",
        "Google Calendar invite",
        "Asia/Tokyo",
        calendar(GOOGLE, tokyo, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("saiyo@minato-giken.example", "t.sato@minato-giken.example"),
                company="株式会社ミナト技研",
                role="バックエンドエンジニア",
            )
        ],
    )

    # Failure class 2: a Google group calendar as the organizer's delegate and a resource; role only, company in
    # the organizer's domain.
    ev = Ev(
        "6p1v4d9s2k0m7q3t8b5c0n1h2f@google.com",
        "Hiring Manager Chat – Staff Android Engineer",
        "20261214T170000Z",
        "20261214T173000Z",
        organizer=P("recruiting@quokka.example", "Quokka Recruiting"),
        attendees=(
            me("ACCEPTED"),
            P("jane.doe@quokka.example", "Jane Doe", "INDIVIDUAL", "ACCEPTED"),
            P(
                "quokka.example_8r2k1f@group.calendar.google.com",
                "Interview Loop Calendar",
                "INDIVIDUAL",
                "ACCEPTED",
            ),
            P(
                "quokka.example_b8c2@resource.calendar.google.com",
                "SYD-L4-Wattle (6)",
                "RESOURCE",
                "ACCEPTED",
            ),
        ),
        description="Hiring manager conversation with Jane.\n" + MEET,
    )
    case(
        "google_role_only_group_calendar_and_resource",
        "Google Calendar invite",
        "Australia/Sydney",
        calendar(GOOGLE, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("jane.doe@quokka.example", "recruiting@quokka.example"),
                company="Quokka",
                role="Staff Android Engineer",
            )
        ],
    )

    # The user hiring: she organises interviews with candidates at her own employer.
    evs = [
        Ev(
            f"hire-{n}-3c9f0e@google.com",
            f"Interview {who} (Frontend candidate) – panel",
            f"202612{d:02d}T130000",
            f"202612{d:02d}T140000",
            "Europe/Berlin",
            P(USER, "Maya Example"),
            (
                me("ACCEPTED"),
                P(addr, who, "INDIVIDUAL", "ACCEPTED"),
                P("tom.meyer@example.org", "Tom Meyer", "INDIVIDUAL", "ACCEPTED"),
            ),
            description="Candidate interview, scorecard in the ATS.",
        )
        for n, (d, who, addr) in enumerate(
            [(9, "Lena Vogt", "lena.vogt@mail.example"), (16, "Omar Haddad", "omar.haddad@mail.example")]
        )
    ]
    case(
        "google_user_interviews_candidates",
        "Google Calendar export",
        "Europe/Berlin",
        calendar(GOOGLE, BERLIN, *(e.lines() for e in evs), head=("X-WR-TIMEZONE:Europe/Berlin",)),
        [occ(e, interview=False) for e in evs],
    )

    # All-day assessment centre over two days (London: midnight is 00:00Z in December), plus a job fair.
    ac = Ev(
        "ac-2026-graduate-harbourline@google.com",
        "Assessment Centre – Harbourline Bank – Graduate Analyst Programme",
        "20261215",
        "20261217",
        organizer=P("graduates@harbourline.example", "Harbourline Early Careers"),
        attendees=(
            me("ACCEPTED"),
            P("graduates@harbourline.example", "Harbourline Early Careers", "INDIVIDUAL", "ACCEPTED"),
        ),
        description="Two-day assessment centre at 1 Dock Street, London. Group exercise, case study, interviews.",
        location="Harbourline Bank, 1 Dock Street, London",
        all_day=True,
        transp="TRANSPARENT",
    )
    fair = Ev(
        "fair-ucl-2026@google.com",
        "Careers fair – tech & finance employers",
        "20261210",
        "20261211",
        description="Bring printed CVs.",
        all_day=True,
        transp="TRANSPARENT",
    )
    case(
        "google_all_day_assessment_centre_and_job_fair",
        "Google Calendar export",
        "Europe/London",
        calendar(GOOGLE, fair.lines(), ac.lines(), head=("X-WR-TIMEZONE:Europe/London",)),
        [
            occ(fair, interview=False, user_tz="Europe/London", recurrence=""),
            occ(
                ac,
                interview=True,
                people=("graduates@harbourline.example",),
                company="Harbourline Bank",
                role="Graduate Analyst Programme",
                user_tz="Europe/London",
            ),
        ],
    )


def exchange_cases() -> None:
    # German, role first with a gender marker and a pipe; Exchange with its own VTIMEZONE and Teams.
    ev = Ev(
        "040000008200E00074C5B7101A82E00800000000A0D7C4B1F37ADB01000000000000000010000000E3B1",
        "Vorstellungsgespräch: Backend-Entwickler (m/w/d) | Brauhaus Digital GmbH",
        "20261208T100000",
        "20261208T110000",
        "W. Europe Standard Time",
        P("k.brandt@brauhaus-digital.example", "Brandt, Katrin"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("s.yilmaz@brauhaus-digital.example", "Yilmaz, Serkan", "", "NEEDS-ACTION", rsvp=True),
            P(
                "raum.elbe@brauhaus-digital.example",
                "Besprechungsraum Elbe",
                "RESOURCE",
                "NEEDS-ACTION",
                "NON-PARTICIPANT",
            ),
        ),
        description="Hallo Frau Example,\nwie besprochen das Gespräch mit Herrn Yilmaz (Teamleitung).\n\n"
        + TEAMS,
        location="Microsoft Teams-Besprechung; Besprechungsraum Elbe",
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"),
    )
    case(
        "exchange_de_role_first_pipe_teams",
        "Exchange/Outlook 365 invite",
        "Europe/Berlin",
        calendar(OUTLOOK, W_EUROPE, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("k.brandt@brauhaus-digital.example", "s.yilmaz@brauhaus-digital.example"),
                company="Brauhaus Digital GmbH",
                role="Backend-Entwickler",
            )
        ],
    )

    # French, Windows zone without VTIMEZONE, a hiring-team mailbox organises.
    ev = Ev(
        "040000008200E00074C5B7101A82E0080000000050E1A2C3F37ADB01000000000000000010000000F4C2",
        "Entretien technique – Ingénieure DevOps – Clairval",
        "20261209T143000",
        "20261209T153000",
        "Romance Standard Time",
        P("recrutement@clairval.example", "Recrutement Clairval"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("antoine.marchand@clairval.example", "Antoine Marchand", "", "NEEDS-ACTION", rsvp=True),
            P(
                "claire.dubois@clairval.example",
                "Claire Dubois",
                "",
                "NEEDS-ACTION",
                "OPT-PARTICIPANT",
                rsvp=True,
            ),
        ),
        description=(
            "Bonjour Maya,\n"
            "Voici l'invitation pour l'entretien technique avec Antoine (et Claire si disponible).\n"
            "\n"
        )
        + TEAMS,
        location="Réunion Microsoft Teams",
    )
    case(
        "exchange_fr_windows_zone_without_vtimezone",
        "Exchange/Outlook 365 invite",
        "Europe/Paris",
        calendar(OUTLOOK, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=(
                    "antoine.marchand@clairval.example",
                    "claire.dubois@clairval.example",
                    "recrutement@clairval.example",
                ),
                company="Clairval",
                role="Ingénieure DevOps",
            )
        ],
    )

    # Failure class 6: request, update (moved) and cancellation of one UID in one file, Spanish Outlook.
    uid = "040000008200E00074C5B7101A82E00800000000C0F3B4D5F37ADB01000000000000000010000000A5D3"
    org = P("lucia.romero@solera-logistica.example", "Lucía Romero")
    people = (
        P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
        P("diego.marin@solera-logistica.example", "Diego Marín", "", "NEEDS-ACTION", rsvp=True),
    )
    title = "Entrevista final - Jefa de Producto - Solera Logística"
    first = Ev(
        uid,
        title,
        "20261210T160000",
        "20261210T170000",
        "Romance Standard Time",
        org,
        people,
        description=TEAMS,
        location="Reunión de Microsoft Teams",
    )
    moved = Ev(
        uid,
        title,
        "20261211T160000",
        "20261211T170000",
        "Romance Standard Time",
        org,
        people,
        description=TEAMS,
        location="Reunión de Microsoft Teams",
        sequence=1,
    )
    gone = Ev(
        uid,
        "Cancelado: " + title,
        "20261211T160000",
        "20261211T170000",
        "Romance Standard Time",
        org,
        people,
        description="Lo sentimos, tenemos que cancelar la entrevista. Te escribiremos con una nueva fecha.",
        status="CANCELLED",
        sequence=2,
        extra=("X-MICROSOFT-CDO-IMPORTANCE:2",),
    )
    romance = vtz_outlook("Romance Standard Time", "+0100", "+0200", std_rule=EU_STD, dst_rule=EU_DST)
    lines = calendar(OUTLOOK, romance, first.lines(), method="REQUEST")
    lines += calendar(OUTLOOK, romance, moved.lines(), method="REQUEST")
    lines += calendar(OUTLOOK, romance, gone.lines(), method="CANCEL")
    case(
        "exchange_es_request_update_cancel_stream",
        "Exchange/Outlook 365 iTIP stream",
        "Europe/Madrid",
        lines,
        [
            occ(
                moved,
                interview=True,
                cancelled=True,
                people=("diego.marin@solera-logistica.example", "lucia.romero@solera-logistica.example"),
                company="Solera Logística",
                role="Jefa de Producto",
            )
        ],
    )

    # "Canceled:" title, METHOD:CANCEL alone, company first with hyphens, Pacific with VTIMEZONE.
    pacific = vtz_outlook("Pacific Standard Time", "-0800", "-0700", std_rule=US_STD, dst_rule=US_DST)
    ev = Ev(
        "040000008200E00074C5B7101A82E00800000000D0A4C5E6F37ADB01000000000000000010000000B6E4",
        "Canceled: Tailspin Toys - QA Lead - Phone Screen",
        "20261214T093000",
        "20261214T100000",
        "Pacific Standard Time",
        P("maria.garcia@tailspintoys.example", "Maria Garcia"),
        (P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),),
        description="The hiring manager is out this week; I will send new times.",
        status="CANCELLED",
        sequence=1,
    )
    case(
        "exchange_canceled_title_phone_screen",
        "Exchange/Outlook 365 cancellation",
        "America/Los_Angeles",
        calendar(OUTLOOK, pacific, ev.lines(), method="CANCEL"),
        [
            occ(
                ev,
                interview=True,
                cancelled=True,
                people=("maria.garcia@tailspintoys.example",),
                company="Tailspin Toys",
                role="QA Lead",
            )
        ],
    )

    # Failure class 8: "(UTC-03:00) Brasilia" without VTIMEZONE; Portuguese, pipes, level word.
    ev = Ev(
        "040000008200E00074C5B7101A82E00800000000E0B5D6F7F37ADB01000000000000000010000000C7F5",
        "Entrevista com Recrutadora | Analista de Dados Pleno | Cajuína Tech",
        "20261209T100000",
        "20261209T104500",
        "(UTC-03:00) Brasilia",
        P("talentos@cajuina.example", "Talentos Cajuína"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("beatriz.lima@cajuina.example", "Beatriz Lima", "", "ACCEPTED"),
        ),
        description="Olá Maya! Segue o convite para a conversa com a Beatriz, do time de Talentos.\n" + TEAMS,
        quote_tzid=True,
    )
    case(
        "exchange_pt_brasilia_zone_name",
        "Outlook desktop invite",
        "America/Sao_Paulo",
        calendar(OUTLOOK_DESKTOP, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("beatriz.lima@cajuina.example", "talentos@cajuina.example"),
                company="Cajuína Tech",
                role="Analista de Dados Pleno",
            )
        ],
    )

    # Failure class 8: quoted tzone://Microsoft/Utc; Polish, en dashes; a declined attendee and a room.
    ev = Ev(
        "040000008200E00074C5B7101A82E00800000000F0C6E7A8F37ADB01000000000000000010000000D8A6",
        "Rozmowa rekrutacyjna – Tester oprogramowania – Wisła Systems",
        "20261215T090000",
        "20261215T100000",
        "tzone://Microsoft/Utc",
        P("rekrutacja@wisla-systems.example", "Rekrutacja Wisła Systems"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("piotr.nowak@wisla-systems.example", "Piotr Nowak", "", "ACCEPTED"),
            P("anna.kowalska@wisla-systems.example", "Anna Kowalska", "", "DECLINED"),
            P("sala.wawel@wisla-systems.example", "Sala Wawel (10)", "ROOM", "ACCEPTED", "NON-PARTICIPANT"),
        ),
        description=TEAMS,
        location="Sala Wawel (10)",
        quote_tzid=True,
    )
    case(
        "exchange_pl_quoted_microsoft_utc",
        "Exchange/Outlook 365 invite",
        "Europe/Warsaw",
        calendar(OUTLOOK, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("piotr.nowak@wisla-systems.example", "rekrutacja@wisla-systems.example"),
                company="Wisła Systems",
                role="Tester oprogramowania",
            )
        ],
    )

    # Chinese, Exchange "China Standard Time" with VTIMEZONE, second round.
    china = vtz_outlook("China Standard Time", "+0800", None)
    ev = Ev(
        "040000008200E00074C5B7101A82E0080000000010D7F8B9F37ADB01000000000000000010000000E9B7",
        "面试邀请：云杉科技 - 高级前端工程师（二面）",
        "20261216T150000",
        "20261216T160000",
        "China Standard Time",
        P("hr@yunshan-tech.example", "云杉科技 招聘组"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("zhang.wei@yunshan-tech.example", "张伟", "", "ACCEPTED"),
            P("wang.fang@yunshan-tech.example", "王芳", "", "TENTATIVE"),
        ),
        description="您好，二面由前端负责人张伟和王芳进行。\n" + TEAMS,
    )
    case(
        "exchange_zh_second_round",
        "Exchange/Outlook 365 invite",
        "Asia/Shanghai",
        calendar(OUTLOOK, china, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=(
                    "hr@yunshan-tech.example",
                    "wang.fang@yunshan-tech.example",
                    "zhang.wei@yunshan-tech.example",
                ),
                company="云杉科技",
                role="高级前端工程师",
            )
        ],
    )

    # Failure class 5: a weekly coaching series moved by RANGE=THISANDFUTURE (not an interview), Outlook.
    uid = "040000008200E00074C5B7101A82E0080000000020E8A9C0F37ADB01000000000000000010000000FAC8"
    base = Ev(
        uid,
        "Career coaching – interview practice",
        "20261207T080000",
        "20261207T090000",
        "W. Europe Standard Time",
        P("coach.henrik@coachingpraxis.example", "Henrik Larsen"),
        (P(USER, "Maya Example", "", "ACCEPTED"),),
        rrule="FREQ=WEEKLY;UNTIL=20261231T070000Z;INTERVAL=1;BYDAY=MO,TH;WKST=MO",
        description=TEAMS,
    )
    moved = Ev(
        uid,
        "Career coaching – interview practice",
        "20261214T090000",
        "20261214T100000",
        "W. Europe Standard Time",
        P("coach.henrik@coachingpraxis.example", "Henrik Larsen"),
        (P(USER, "Maya Example", "", "ACCEPTED"),),
        recurrence_id=";RANGE=THISANDFUTURE;TZID=W. Europe Standard Time:20261214T080000",
        sequence=1,
        description=TEAMS,
    )
    evs = []
    for d in (date(2026, 12, 7), date(2026, 12, 10)):
        s = d.strftime("%Y%m%dT080000")
        evs.append(
            occ(
                base,
                interview=False,
                start=s,
                end=d.strftime("%Y%m%dT090000"),
                recurrence=rid(s, "Europe/Berlin"),
            )
        )
    for d in (date(2026, 12, 14), date(2026, 12, 17)):
        s = d.strftime("%Y%m%dT080000")
        evs.append(
            occ(
                base,
                interview=False,
                start=d.strftime("%Y%m%dT090000"),
                end=d.strftime("%Y%m%dT100000"),
                recurrence=rid(s, "Europe/Berlin"),
            )
        )
    case(
        "exchange_coaching_series_this_and_future",
        "Exchange/Outlook 365 export",
        "Europe/Berlin",
        calendar(OUTLOOK, W_EUROPE, base.lines(), moved.lines(), method="PUBLISH"),
        evs,
    )


def provider_cases() -> None:
    # iCloud, floating time typed by the user; Italian, interviewer's first name and the company with the role
    # in brackets.
    ev = Ev(
        "B1C7E0A2-6F3D-4E8A-9D21-7A5C0F8E4B13",
        "Colloquio conoscitivo con Giulia – Vela Software (Junior Frontend Developer)",
        "20261209T113000",
        "20261209T121500",
        organizer=P("giulia.conti@velasoftware.example", "Giulia Conti"),
        attendees=(
            P("giulia.conti@velasoftware.example", "Giulia Conti", "INDIVIDUAL", "ACCEPTED"),
            me("ACCEPTED"),
        ),
        location="Via Tortona 27, Milano",
        extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",),
    )
    case(
        "icloud_it_floating_first_name",
        "iCloud",
        "Europe/Rome",
        calendar(ICLOUD, ev.lines()),
        [
            occ(
                ev,
                interview=True,
                people=("giulia.conti@velasoftware.example",),
                company="Vela Software",
                role="Junior Frontend Developer",
                user_tz="Europe/Rome",
            )
        ],
    )

    # Nextcloud, Dutch, the user put the recruiter on her own entry; a performance review beside it.
    ams = vtz_olson("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "7e1b2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        "Sollicitatiegesprek bij Dijkstra Logistiek — Data-analist (2e ronde)",
        "20261210T133000",
        "20261210T143000",
        "Europe/Amsterdam",
        P(USER, "Maya Example"),
        (
            P(
                "sanne.dijkstra@dijkstra-logistiek.example",
                "Sanne Dijkstra",
                "INDIVIDUAL",
                "ACCEPTED",
                rsvp=True,
            ),
        ),
        location="Havenstraat 12, Rotterdam",
        description="Tweede gesprek met Sanne (teamlead BI). Parkeren achter het pand.",
    )
    review = Ev(
        "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
        "Beoordelingsgesprek 2026 (performance review)",
        "20261211T100000",
        "20261211T110000",
        "Europe/Amsterdam",
        P("manager@example.org", "Joost de Wit"),
        (me("ACCEPTED"), P("hr@example.org", "HR", "GROUP", "ACCEPTED")),
    )
    case(
        "nextcloud_nl_own_entry_and_review",
        "Nextcloud",
        "Europe/Amsterdam",
        calendar(NEXTCLOUD, ams, ev.lines(), review.lines()),
        [
            occ(
                ev,
                interview=True,
                people=("sanne.dijkstra@dijkstra-logistiek.example",),
                company="Dijkstra Logistiek",
                role="Data-analist",
            ),
            occ(review, interview=False),
        ],
    )

    # Fastmail, Danish: "hos", UX-designer, interviewer as an optional attendee.
    cph = vtz_olson("Europe/Copenhagen", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "d3f0a6e2-1b7c-4c9d-a8e5-52f1b0c7e9a4",
        "Jobsamtale hos Fyrtårn ApS – UX-designer",
        "20261214T130000",
        "20261214T140000",
        "Europe/Copenhagen",
        P("mette.holm@fyrtaarn.example", "Mette Holm"),
        (
            me(),
            P("mette.holm@fyrtaarn.example", "Mette Holm", "INDIVIDUAL", "ACCEPTED"),
            P("jonas.berg@fyrtaarn.example", "Jonas Berg", "INDIVIDUAL", "NEEDS-ACTION", "OPT-PARTICIPANT"),
        ),
        location="Fyrtårn ApS, Vesterbrogade 40, København V",
    )
    case(
        "fastmail_da_hos_optional_attendee",
        "Fastmail",
        "Europe/Copenhagen",
        calendar(FASTMAIL, cph, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("jonas.berg@fyrtaarn.example", "mette.holm@fyrtaarn.example"),
                company="Fyrtårn ApS",
                role="UX-designer",
            )
        ],
    )

    # Proton, Swedish, tentative.
    sto = vtz_olson("Europe/Stockholm", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "pv8qD2kLm0nR4sT6uW1xY3zA5bC7dE9f@proton.me",
        "Intervju: Kvarnholm Energi AB – Systemutvecklare",
        "20261215T090000",
        "20261215T100000",
        "Europe/Stockholm",
        P("erik.lindqvist@kvarnholm.example", "Erik Lindqvist"),
        (me("TENTATIVE"), P("erik.lindqvist@kvarnholm.example", "Erik Lindqvist", "INDIVIDUAL", "ACCEPTED")),
        status="TENTATIVE",
        description="Preliminär tid – bekräftas senast på fredag.",
    )
    case(
        "proton_sv_tentative",
        "Proton Calendar",
        "Europe/Stockholm",
        calendar(PROTON, sto, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("erik.lindqvist@kvarnholm.example",),
                company="Kvarnholm Energi AB",
                role="Systemutvecklare",
            )
        ],
    )

    # Zoho, Hungarian.
    bud = vtz_olson("Europe/Budapest", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "1765432109876000@zoho.com",
        "Állásinterjú – Duna Informatika Zrt. – Rendszergazda",
        "20261216T100000",
        "20261216T110000",
        "Europe/Budapest",
        P("hr@dunainfo.example", "Duna Informatika HR"),
        (me(), P("kovacs.peter@dunainfo.example", "Kovács Péter", "INDIVIDUAL", "ACCEPTED")),
        description="Kedves Maya! Az interjút Kovács Péter vezeti.",
    )
    case(
        "zoho_hu_company_between_dashes",
        "Zoho Calendar",
        "Europe/Budapest",
        calendar(ZOHO, bud, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("hr@dunainfo.example", "kovacs.peter@dunainfo.example"),
                company="Duna Informatika Zrt.",
                role="Rendszergazda",
            )
        ],
    )

    # Korean (Naver-like), company in square brackets, the user's name in the title.
    seoul = vtz_olson("Asia/Seoul", "+0900", None, "KST")
    ev = Ev(
        "20261201091500-hanbit-7731@calendar.naver.example",
        "[한빛데이터] 데이터 엔지니어 1차 면접 - Maya Example님",
        "20261208T140000",
        "20261208T150000",
        "Asia/Seoul",
        P("recruit@hanbitdata.example", "한빛데이터 채용팀"),
        (me(), P("kim.minjun@hanbitdata.example", "김민준", "INDIVIDUAL", "ACCEPTED")),
        description="화상 면접 링크는 별도 메일로 안내드립니다.",
    )
    case(
        "naver_ko_brackets_user_name",
        "Naver Calendar",
        "Asia/Seoul",
        calendar("-//NHN Corp//Naver Calendar 1.0//KO", seoul, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("kim.minjun@hanbitdata.example", "recruit@hanbitdata.example"),
                company="한빛데이터",
                role="데이터 엔지니어",
            )
        ],
    )

    # Finnish with a slash, Outlook "FLE Standard Time" with VTIMEZONE.
    fle = vtz_outlook("FLE Standard Time", "+0200", "+0300", std_rule=EU_STD, dst_rule=EU_DST)
    ev = Ev(
        "040000008200E00074C5B7101A82E0080000000030F9B0D1F37ADB01000000000000000010000000ABD9",
        "Työhaastattelu: Revontuli Oy / Ohjelmistokehittäjä",
        "20261211T120000",
        "20261211T130000",
        "FLE Standard Time",
        P("rekry@revontuli.example", "Revontuli Rekry"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("aino.virtanen@revontuli.example", "Virtanen Aino", "", "ACCEPTED"),
        ),
        description=TEAMS,
    )
    case(
        "exchange_fi_slash",
        "Exchange/Outlook 365 invite",
        "Europe/Helsinki",
        calendar(OUTLOOK, fle, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("aino.virtanen@revontuli.example", "rekry@revontuli.example"),
                company="Revontuli Oy",
                role="Ohjelmistokehittäjä",
            )
        ],
    )

    # Norwegian Bokmål, "med" and a round number after a comma.
    osl = vtz_olson("Europe/Oslo", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "f0e1d2c3b4a5968778695a4b3c2d1e0f@google.com",
        "Intervju med Nordlys Finans – Risikoanalytiker, runde 2",
        "20261217T083000",
        "20261217T093000",
        "Europe/Oslo",
        P("ingrid.haugen@nordlysfinans.example", "Ingrid Haugen"),
        (
            P("ingrid.haugen@nordlysfinans.example", "Ingrid Haugen", "INDIVIDUAL", "ACCEPTED"),
            P("ola.nordmann@nordlysfinans.example", "Ola Nordmann", "INDIVIDUAL", "ACCEPTED"),
            me("ACCEPTED"),
        ),
        description=MEET,
    )
    case(
        "google_nb_med_round_two",
        "Google Calendar invite",
        "Europe/Oslo",
        calendar(GOOGLE, osl, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("ingrid.haugen@nordlysfinans.example", "ola.nordmann@nordlysfinans.example"),
                company="Nordlys Finans",
                role="Risikoanalytiker",
            )
        ],
    )

    # Czech, en dashes, Seznam-like, a note taker person (counts) and a room.
    prg = vtz_olson("Europe/Prague", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "kal-5521-90af-2026@kalendar.seznam.example",
        "Pohovor – Vltava Software s.r.o. – Java vývojář",
        "20261208T090000",
        "20261208T100000",
        "Europe/Prague",
        P("nabor@vltavasoft.example", "Nábor Vltava Software"),
        (
            me(),
            P("jan.novak@vltavasoft.example", "Jan Novák", "INDIVIDUAL", "ACCEPTED"),
            P(
                "zapis@vltavasoft.example",
                "Petra Dvořáková (zápis)",
                "INDIVIDUAL",
                "ACCEPTED",
                "OPT-PARTICIPANT",
            ),
            P(
                "zasedacka.karlin@vltavasoft.example",
                "Zasedačka Karlín",
                "ROOM",
                "ACCEPTED",
                "NON-PARTICIPANT",
            ),
        ),
        location="Zasedačka Karlín, Pernerova 8, Praha",
    )
    case(
        "seznam_cs_room_and_note_taker",
        "Seznam Kalendář",
        "Europe/Prague",
        calendar("-//Seznam.cz//Kalendar//CS", prg, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=(
                    "jan.novak@vltavasoft.example",
                    "nabor@vltavasoft.example",
                    "zapis@vltavasoft.example",
                ),
                company="Vltava Software s.r.o.",
                role="Java vývojář",
            )
        ],
    )

    # Turkish, colon and platform in brackets, Outlook "Turkey Standard Time" without VTIMEZONE.
    ev = Ev(
        "040000008200E00074C5B7101A82E0080000000040A0C1E2F37ADB01000000000000000010000000BCEA",
        "Mülakat: Boğaziçi Yazılım A.Ş. - Mobil Geliştirici (iOS)",
        "20261215T110000",
        "20261215T120000",
        "Turkey Standard Time",
        P("ik@bogazici-yazilim.example", "Boğaziçi İK"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("emre.demir@bogazici-yazilim.example", "Emre Demir", "", "ACCEPTED"),
        ),
        description=TEAMS,
    )
    case(
        "exchange_tr_turkey_zone_without_vtimezone",
        "Exchange/Outlook 365 invite",
        "Europe/Istanbul",
        calendar(OUTLOOK, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("emre.demir@bogazici-yazilim.example", "ik@bogazici-yazilim.example"),
                company="Boğaziçi Yazılım A.Ş.",
                role="Mobil Geliştirici (iOS)",
            )
        ],
    )

    # Romanian, Zoom invite from the interviewer's desktop client.
    buc = vtz_olson("Europe/Bucharest", "+0200", "+0300", "EET", "EEST")
    ev = Ev(
        "ZOOM81234567890@zoom.us",
        "Interviu tehnic - Carpați Digital - Inginer QA",
        "20261210T150000",
        "20261210T160000",
        "Europe/Bucharest",
        P("andrei.popescu@carpatidigital.example", "Andrei Popescu"),
        (me(),),
        description=(
            "Andrei Popescu vă invită la o întâlnire Zoom programată.\n"
            "\n"
            "Alăturați-vă întâlnirii Zoom\n"
            "https://us02web.zoom.us/j/81234567890?pwd=aBcDeF\n"
            "\n"
            "ID întâlnire: 812 3456 7890"
        ),
        location="https://us02web.zoom.us/j/81234567890?pwd=aBcDeF",
    )
    case(
        "zoom_ro_technical",
        "Zoom invite",
        "Europe/Bucharest",
        calendar("-//zoom.us//iCalendar Event//EN", buc, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("andrei.popescu@carpatidigital.example",),
                company="Carpați Digital",
                role="Inginer QA",
            )
        ],
    )

    # Greek, Webex, GTB Standard Time written by Outlook without VTIMEZONE.
    ev = Ev(
        "webex-9d41c7e2a0b3f5@webex.example",
        "Συνέντευξη – Αιγαίο Τεχνολογίες – Μηχανικός Λογισμικού",
        "20261216T120000",
        "20261216T130000",
        "GTB Standard Time",
        P("eleni.papadopoulou@aigaio-tech.example", "Ελένη Παπαδοπούλου"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("nikos.georgiou@aigaio-tech.example", "Νίκος Γεωργίου", "", "ACCEPTED"),
        ),
        description="Συμμετοχή μέσω Webex: https://aigaio.webex.com/meet/eleni.p\nΑριθμός συνάντησης: 2641 118 0072",
        location="https://aigaio.webex.com/meet/eleni.p",
    )
    case(
        "webex_el_gtb_zone",
        "Webex via Outlook",
        "Europe/Athens",
        calendar(OUTLOOK_DESKTOP, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("eleni.papadopoulou@aigaio-tech.example", "nikos.georgiou@aigaio-tech.example"),
                company="Αιγαίο Τεχνολογίες",
                role="Μηχανικός Λογισμικού",
            )
        ],
    )


def tool_cases() -> None:
    ny = "America/New_York"
    eastern = vtz_olson("America/New_York", "-0500", None, "EST")  # December only: no DST rule needed

    # Calendly: "<event type> between <host> and <invitee>", company only in the host's domain.
    ev = Ev(
        "a8f3c2e1-9b7d-4f6a-8c5e-2d1b0a9f8e7d@calendly.example",
        "Product Designer – Recruiter Screen between Jane Doe and Maya Example",
        "20261208T150000Z",
        "20261208T153000Z",
        organizer=P("jane.doe@pellucid.example", "Jane Doe"),
        attendees=(P("jane.doe@pellucid.example", "Jane Doe", "INDIVIDUAL", "ACCEPTED"), me("ACCEPTED")),
        description=(
            "Event Name: Product Designer – Recruiter Screen\n"
            "\n"
            "Location: This is a Google Meet web conference.\n"
            "https://meet.google.com/zfx-kqpw-nvd\n"
            "\n"
            "Need to make changes to this event?\n"
            "Cancel: https://calendly.example/cancellations/a8f3c2e1\n"
            "Reschedule: https://calendly.example/reschedulings/a8f3c2e1\n"
            "\n"
            "Powered by Calendly.com"
        ),
    )
    case(
        "calendly_between_host_and_invitee",
        "Calendly booking",
        ny,
        calendar("-//Calendly//Calendly Event//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("jane.doe@pellucid.example",),
                company="Pellucid",
                role="Product Designer",
            )
        ],
    )

    # Cal.com: default title, the role before "between".
    ev = Ev(
        "kTq93LmZ0vR2xW5pA8cN1bE4@cal.example",
        "Platform Engineer intro between Raj Patel and Maya Example",
        "20261209T180000Z",
        "20261209T182500Z",
        organizer=P("raj.patel@orbitware.example", "Raj Patel"),
        attendees=(me("ACCEPTED"),),
        description=(
            "What: Platform Engineer intro between Raj Patel and Maya Example\n"
            "Invitee Time Zone: America/New_York\n"
            "Where: Cal Video https://app.cal.example/video/kTq93LmZ"
        ),
        location="https://app.cal.example/video/kTq93LmZ",
    )
    case(
        "calcom_role_between_names",
        "Cal.com booking",
        ny,
        calendar("-//Cal.com Inc.//Cal.com Event//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("raj.patel@orbitware.example",),
                company="Orbitware",
                role="Platform Engineer",
            )
        ],
    )

    # GoodTime: a no-reply organizer and an onsite loop of three sessions, team after a comma.
    org = P("no-reply@goodtime.example", "Halcyon Pay Recruiting via GoodTime")
    coord = P(
        "priya.shah@halcyonpay.example",
        "Priya Shah (Coordinator)",
        "INDIVIDUAL",
        "ACCEPTED",
        "OPT-PARTICIPANT",
    )
    sessions = [
        (
            "coding",
            "Coding",
            "20261210T140000Z",
            "20261210T150000Z",
            "ben.carter@halcyonpay.example",
            "Ben Carter",
        ),
        (
            "design",
            "System Design",
            "20261210T151500Z",
            "20261210T161500Z",
            "li.wei@halcyonpay.example",
            "Li Wei",
        ),
        (
            "hm",
            "Hiring Manager",
            "20261210T163000Z",
            "20261210T171500Z",
            "jane.doe@halcyonpay.example",
            "Jane Doe",
        ),
    ]
    evs = [
        Ev(
            f"gt-7f2a91-{key}@goodtime.example",
            f"Halcyon Pay Onsite: Staff Software Engineer, Payments Infrastructure – {label} (Maya Example)",
            s,
            e,
            organizer=org,
            attendees=(me(), P(addr, name, "INDIVIDUAL", "ACCEPTED"), coord),
            description=(
                f"Interviewer: {name}\n"
                f"Zoom: https://halcyonpay.zoom.us/j/9{n}41205518\n"
                "Questions? Reply to priya.shah@halcyonpay.example"
            ),
        )
        for n, (key, label, s, e, addr, name) in enumerate(sessions)
    ]
    case(
        "goodtime_onsite_loop_no_reply_organizer",
        "GoodTime",
        ny,
        calendar("-//GoodTime.io//Scheduling//EN", *(x.lines() for x in evs), method="REQUEST"),
        [
            occ(
                x,
                interview=True,
                people=(s[4], "priya.shah@halcyonpay.example"),
                company="Halcyon Pay",
                role="Staff Software Engineer, Payments Infrastructure",
            )
            for x, s in zip(evs, sessions, strict=True)
        ],
    )

    # Greenhouse: candidate name first, company only in the recruiter's domain, a requisition number.
    ev = Ev(
        "greenhouse-interview-4471-118293@greenhouse.example",
        "Maya Example - Product Analyst (Req #4471) - Hiring Manager Interview",
        "20261211T153000Z",
        "20261211T161500Z",
        organizer=P("olivia.brooks@quillon.example", "Olivia Brooks"),
        attendees=(
            P("olivia.brooks@quillon.example", "Olivia Brooks", "INDIVIDUAL", "ACCEPTED"),
            P("marcus.hale@quillon.example", "Marcus Hale", "INDIVIDUAL", "ACCEPTED"),
            me(),
        ),
        description=(
            "Hi Maya, you will be meeting with Marcus Hale, Director of Analytics.\n"
            "Zoom: https://quillon.zoom.us/j/88120044512"
        ),
    )
    case(
        "greenhouse_candidate_first_req_number",
        "Greenhouse",
        ny,
        calendar("-//Greenhouse Software//Greenhouse//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("marcus.hale@quillon.example", "olivia.brooks@quillon.example"),
                company="Quillon",
                role="Product Analyst",
            )
        ],
    )

    # Lever: "<>" between the user and the company, no role in the title.
    ev = Ev(
        "lever-6a2f0c1d-1e55-4b0e-a3c1@lever.example",
        "Maya Example <> Brightline Robotics | Hiring Manager Chat",
        "20261214T200000Z",
        "20261214T203000Z",
        organizer=P("sam.okafor@brightlinerobotics.example", "Sam Okafor"),
        attendees=(
            P("sam.okafor@brightlinerobotics.example", "Sam Okafor", "INDIVIDUAL", "ACCEPTED"),
            P("nina.petrov@brightlinerobotics.example", "Nina Petrov", "INDIVIDUAL", "ACCEPTED"),
            me(),
        ),
        description=MEET,
    )
    case(
        "lever_user_angle_brackets_company",
        "Lever",
        "America/Los_Angeles",
        calendar("-//Lever//Lever Interview//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("nina.petrov@brightlinerobotics.example", "sam.okafor@brightlinerobotics.example"),
                company="Brightline Robotics",
                role="",
            )
        ],
    )

    # Ashby: em dashes, pairing in brackets, organizer is the coordinator; a declined interviewer.
    ev = Ev(
        "ashby-3f0b6d1e-5c2a-4e0f-9b7d-8a1c2e3f4a5b@ashby.example",
        "Fieldstone — Design Engineer — Technical Interview (Pairing)",
        "20261215T170000Z",
        "20261215T180000Z",
        organizer=P("coordination@fieldstone.example", "Fieldstone Coordination"),
        attendees=(
            me(),
            P("ada.lindgren@fieldstone.example", "Ada Lindgren", "INDIVIDUAL", "ACCEPTED"),
            P("tom.reyes@fieldstone.example", "Tom Reyes", "INDIVIDUAL", "DECLINED"),
            P("yuki.tanaka@fieldstone.example", "Yuki Tanaka", "INDIVIDUAL", "ACCEPTED"),
        ),
        description="Pairing session in CoderPad. Link: https://fieldstone.zoom.us/j/91122003344",
    )
    case(
        "ashby_em_dashes_pairing_declined",
        "Ashby",
        ny,
        calendar("-//Ashby//Ashby Scheduling//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=(
                    "ada.lindgren@fieldstone.example",
                    "coordination@fieldstone.example",
                    "yuki.tanaka@fieldstone.example",
                ),
                company="Fieldstone",
                role="Design Engineer",
            )
        ],
    )

    # Workday: no-reply organizer, requisition id, a Planning role (failure class 1).
    ev = Ev(
        "WD-R-20931-IV-2@myworkday.example",
        "Interview Scheduled: R-20931 Financial Planning Analyst - Brookfield Cargo",
        "20261216T140000Z",
        "20261216T150000Z",
        organizer=P("brookfieldcargo@myworkday.example", "Brookfield Cargo Talent (Do Not Reply)"),
        attendees=(me(), P("h.owusu@brookfieldcargo.example", "Henry Owusu", "INDIVIDUAL", "ACCEPTED")),
        description="Interview with Henry Owusu, FP&A Manager. Microsoft Teams link to follow.",
    )
    case(
        "workday_planning_role_no_reply_organizer",
        "Workday",
        ny,
        calendar("-//Workday//Recruiting//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("h.owusu@brookfieldcargo.example",),
                company="Brookfield Cargo",
                role="Financial Planning Analyst",
            )
        ],
    )

    # SmartRecruiters, Spanish, location in brackets.
    mad = vtz_olson("Europe/Madrid", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "sr-0c7e4a19-2b6d@smartrecruiters.example",
        "Entrevista: Coordinador de Logística - Grupo Alameda (Madrid)",
        "20261211T100000",
        "20261211T110000",
        "Europe/Madrid",
        P("no-reply@smartrecruiters.example", "Grupo Alameda vía SmartRecruiters"),
        (me(), P("carmen.ruiz@grupoalameda.example", "Carmen Ruiz", "INDIVIDUAL", "ACCEPTED")),
        location="Calle de Alcalá 120, Madrid",
    )
    case(
        "smartrecruiters_es_location_brackets",
        "SmartRecruiters",
        "Europe/Madrid",
        calendar("-//SmartRecruiters//Interview//ES", mad, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("carmen.ruiz@grupoalameda.example",),
                company="Grupo Alameda",
                role="Coordinador de Logística",
            )
        ],
    )

    # Personio, German, pipes and gender marker; Personio writes UTC times.
    ev = Ev(
        "personio-interview-558812@personio.example",
        "Interview | Werkstudent Marketing (w/m/d) | Lindenhof Kaffee GmbH",
        "20261209T090000Z",
        "20261209T094500Z",
        organizer=P("jobs@lindenhof-kaffee.example", "Lindenhof Kaffee Recruiting"),
        attendees=(me(), P("f.schulz@lindenhof-kaffee.example", "Felix Schulz", "INDIVIDUAL", "ACCEPTED")),
        description="Hallo Maya, wir freuen uns auf das Kennenlernen! Google Meet: https://meet.google.com/bdw-ptkr-exa",
    )
    case(
        "personio_de_pipes_gender_marker",
        "Personio",
        "Europe/Berlin",
        calendar("-//Personio GmbH//Personio//DE", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("f.schulz@lindenhof-kaffee.example", "jobs@lindenhof-kaffee.example"),
                company="Lindenhof Kaffee GmbH",
                role="Werkstudent Marketing",
            )
        ],
    )

    # Recruitee, Dutch, the user's name between company and role.
    ams = vtz_olson("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "recruitee-9931-22017@recruitee.example",
        "Gesprek: Maya Example – Customer Success Manager – Tulpenveld B.V.",
        "20261217T140000",
        "20261217T150000",
        "Europe/Amsterdam",
        P("werken@tulpenveld.example", "Werken bij Tulpenveld"),
        (
            me(),
            P("daan.smit@tulpenveld.example", "Daan Smit", "INDIVIDUAL", "ACCEPTED"),
            P("fleur.bakker@tulpenveld.example", "Fleur Bakker", "INDIVIDUAL", "ACCEPTED"),
        ),
        description="Kennismakingsgesprek met Daan en Fleur (team Customer Success).",
    )
    case(
        "recruitee_nl_user_name_in_title",
        "Recruitee",
        "Europe/Amsterdam",
        calendar("-//Recruitee//Recruitee//NL", ams, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=(
                    "daan.smit@tulpenveld.example",
                    "fleur.bakker@tulpenveld.example",
                    "werken@tulpenveld.example",
                ),
                company="Tulpenveld B.V.",
                role="Customer Success Manager",
            )
        ],
    )

    # Teamtailor, Swedish "på", no-reply organizer.
    sto = vtz_olson("Europe/Stockholm", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "tt-interview-77120@teamtailor.example",
        "Intervju – Backend Developer på Skärgård Labs",
        "20261208T130000",
        "20261208T140000",
        "Europe/Stockholm",
        P("no-reply@teamtailor.example", "Skärgård Labs"),
        (me(), P("oskar.nyberg@skargardlabs.example", "Oskar Nyberg", "INDIVIDUAL", "ACCEPTED")),
        description="Videomöte: https://meet.google.com/hyt-wqrs-pla",
    )
    case(
        "teamtailor_sv_pa_no_reply",
        "Teamtailor",
        "Europe/Stockholm",
        calendar("-//Teamtailor//Teamtailor//SV", sto, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("oskar.nyberg@skargardlabs.example",),
                company="Skärgård Labs",
                role="Backend Developer",
            )
        ],
    )

    # BambooHR: phone screen with a named recruiter, role @ company.
    ev = Ev(
        "bamboohr-ats-31877@bamboohr.example",
        "Phone Screen with Jane Doe (Talent) – Customer Support Lead @ Cedarline",
        "20261210T163000Z",
        "20261210T170000Z",
        organizer=P("jane.doe@cedarline.example", "Jane Doe"),
        attendees=(me(),),
        description="Jane will call you on the number you gave in your application.",
    )
    case(
        "bamboohr_role_at_sign_company",
        "BambooHR",
        "America/Chicago",
        calendar("-//BambooHR//ATS//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("jane.doe@cedarline.example",),
                company="Cedarline",
                role="Customer Support Lead",
            )
        ],
    )

    # HireVue live interview: platform no-reply organizer.
    ev = Ev(
        "hv-live-5f9e2a@hirevue.example",
        "HireVue Live Interview: Graduate Software Engineer – Kestrel Bank",
        "20261217T100000Z",
        "20261217T104500Z",
        organizer=P("noreply@hirevue.example", "HireVue"),
        attendees=(me(), P("amara.nwosu@kestrelbank.example", "Amara Nwosu", "INDIVIDUAL", "ACCEPTED")),
        description="Join your live interview: https://app.hirevue.example/live/5f9e2a",
    )
    case(
        "hirevue_live_platform_organizer",
        "HireVue",
        "Europe/London",
        calendar("-//HireVue//Scheduling//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("amara.nwosu@kestrelbank.example",),
                company="Kestrel Bank",
                role="Graduate Software Engineer",
            )
        ],
    )

    # ModernLoop: virtual onsite in brackets, interviewer's name, company only in the domain.
    ev = Ev(
        "ml-2f8c1a7e@modernloop.example",
        "[Virtual Onsite] Maya Example – Senior iOS Engineer – System Design w/ Raj Patel",
        "20261216T190000Z",
        "20261216T200000Z",
        organizer=P("interviews@tessellate.example", "Tessellate Interviews"),
        attendees=(
            me(),
            P("raj.patel@tessellate.example", "Raj Patel", "INDIVIDUAL", "ACCEPTED"),
            P("interviews@tessellate.example", "Tessellate Interviews", "INDIVIDUAL", "ACCEPTED"),
        ),
        description="Scheduled with ModernLoop. Zoom: https://tessellate.zoom.us/j/97700112233",
    )
    case(
        "modernloop_virtual_onsite_domain_company",
        "ModernLoop",
        "America/Los_Angeles",
        calendar("-//ModernLoop//ModernLoop//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("interviews@tessellate.example", "raj.patel@tessellate.example"),
                company="Tessellate",
                role="Senior iOS Engineer",
            )
        ],
    )

    # Paradox-style assistant organizer, store number.
    ev = Ev(
        "paradox-olivia-7731@paradox.example",
        "Interview at Marigold Coffee – Shift Supervisor (Store #0412)",
        "20261211T190000Z",
        "20261211T193000Z",
        organizer=P("olivia@paradox.example", "Olivia (Marigold Coffee Hiring Assistant)"),
        attendees=(
            me(),
            P("store0412.manager@marigoldcoffee.example", "Dana Whitfield", "INDIVIDUAL", "ACCEPTED"),
        ),
        location="Marigold Coffee #0412, 88 Elm St, Columbus OH",
    )
    case(
        "paradox_assistant_store_number",
        "Paradox",
        ny,
        calendar("-//Paradox//Olivia//EN", eastern, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("store0412.manager@marigoldcoffee.example",),
                company="Marigold Coffee",
                role="Shift Supervisor",
            )
        ],
    )

    # Gem: coffee chat with a recruiter, company in the title, middle dots.
    ev = Ev(
        "gem-cc-0193a7@gem.example",
        "Coffee chat · Juniper Analytics · Analytics Engineer",
        "20261218T160000Z",
        "20261218T163000Z",
        organizer=P("ella.martin@juniperanalytics.example", "Ella Martin"),
        attendees=(me(), P("ella.martin@juniperanalytics.example", "Ella Martin", "INDIVIDUAL", "ACCEPTED")),
        description="Informal chat with a recruiter about the Analytics Engineer opening. Meet: https://meet.google.com/jmc-kqwe-rty",
    )
    case(
        "gem_coffee_chat_middle_dots",
        "Gem",
        ny,
        calendar("-//Gem//Gem Scheduling//EN", ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("ella.martin@juniperanalytics.example",),
                company="Juniper Analytics",
                role="Analytics Engineer",
            )
        ],
    )


def lookalike_and_veto_cases() -> None:
    # Failure class 1: "Sync" in the company beside the user's weekly team sync (EXDATE and a moved occurrence).
    sync_uid = "3v0p7k2m9q1s4d8b6f0n5h3c2a@google.com"
    sync = Ev(
        sync_uid,
        "Team sync",
        "20261201T093000",
        "20261201T100000",
        "Europe/Berlin",
        P("tom.meyer@example.org", "Tom Meyer"),
        (me("ACCEPTED"), P("tom.meyer@example.org", "Tom Meyer", "INDIVIDUAL", "ACCEPTED")),
        rrule="FREQ=WEEKLY;BYDAY=TU,TH",
        exdates=("20261210T093000",),
    )
    sync_moved = Ev(
        sync_uid,
        "Team sync (moved: offsite)",
        "20261215T140000",
        "20261215T143000",
        "Europe/Berlin",
        P("tom.meyer@example.org", "Tom Meyer"),
        (me("ACCEPTED"), P("tom.meyer@example.org", "Tom Meyer", "INDIVIDUAL", "ACCEPTED")),
        recurrence_id=";TZID=Europe/Berlin:20261215T093000",
        sequence=1,
    )
    interview = Ev(
        "8d2k5q0v1m7s3t9b4f6n2h0c1e@google.com",
        "Syncra Health – Platform Engineer – Panel interview",
        "20261217T150000",
        "20261217T163000",
        "Europe/Berlin",
        P("careers@syncrahealth.example", "Syncra Health Careers"),
        (
            me("ACCEPTED"),
            P("lars.eriksen@syncrahealth.example", "Lars Eriksen", "INDIVIDUAL", "ACCEPTED"),
            P("mia.koch@syncrahealth.example", "Mia Koch", "INDIVIDUAL", "ACCEPTED"),
            P(
                "syncrahealth.example_panel@group.calendar.google.com",
                "Platform Panel",
                "INDIVIDUAL",
                "ACCEPTED",
            ),
        ),
        description=MEET,
    )
    occs = []
    for d in ("20261208", "20261215", "20261217"):
        s = f"{d}T093000"
        if d == "20261215":
            occs.append(
                occ(
                    sync,
                    interview=False,
                    start="20261215T140000",
                    end="20261215T143000",
                    recurrence=rid(s, "Europe/Berlin"),
                )
            )
        else:
            occs.append(
                occ(sync, interview=False, start=s, end=f"{d}T100000", recurrence=rid(s, "Europe/Berlin"))
            )
    occs.append(
        occ(
            interview,
            interview=True,
            people=(
                "careers@syncrahealth.example",
                "lars.eriksen@syncrahealth.example",
                "mia.koch@syncrahealth.example",
            ),
            company="Syncra Health",
            role="Platform Engineer",
        )
    )
    case(
        "google_sync_company_beside_team_sync_series",
        "Google Calendar export",
        "Europe/Berlin",
        calendar(
            GOOGLE,
            BERLIN,
            sync.lines(),
            sync_moved.lines(),
            interview.lines(),
            head=("X-WR-TIMEZONE:Europe/Berlin",),
        ),
        occs,
    )

    # Failure class 1: "Prep" in the company beside a meal-prep block and an interview prep block.
    chef = Ev(
        "mpk-final-20261214@fastmail.example",
        "Final interview: Sous Chef, Mise Prep Kitchens",
        "20261214T150000",
        "20261214T160000",
        "Europe/London",
        P("hiring@miseprep.example", "Mise Prep Kitchens Hiring"),
        (me("ACCEPTED"), P("gordon.bell@miseprep.example", "Gordon Bell", "INDIVIDUAL", "ACCEPTED")),
        location="Mise Prep Kitchens, 14 Canal Yard, Manchester",
    )
    block = Ev(
        "prep-block-20261214@fastmail.example",
        "Interview prep – knife skills & menu questions",
        "20261214T100000",
        "20261214T113000",
        "Europe/London",
    )
    london = vtz_olson("Europe/London", "+0000", None, "GMT")
    case(
        "fastmail_prep_company_beside_prep_block",
        "Fastmail",
        "Europe/London",
        calendar(FASTMAIL, london, block.lines(), chef.lines()),
        [
            occ(block, interview=False),
            occ(
                chef,
                interview=True,
                people=("gordon.bell@miseprep.example", "hiring@miseprep.example"),
                company="Mise Prep Kitchens",
                role="Sous Chef",
            ),
        ],
    )

    # Failure class 1: "Training" and "Review" in company names, one case interview and one take-home review.
    a = Ev(
        "bpt-case-1201@google.com",
        "Bluepeak Training Ltd — Learning Designer — case interview",
        "20261209T140000Z",
        "20261209T150000Z",
        organizer=P("people@bluepeaktraining.example", "Bluepeak People Team"),
        attendees=(
            me("ACCEPTED"),
            P("hannah.price@bluepeaktraining.example", "Hannah Price", "INDIVIDUAL", "ACCEPTED"),
        ),
        description=MEET,
    )
    b = Ev(
        "krp-takehome-1202@google.com",
        "Take-home review: Audit Associate / Keystone Review Partners",
        "20261211T110000Z",
        "20261211T120000Z",
        organizer=P("george.whitman@keystonereview.example", "George Whitman"),
        attendees=(
            me("ACCEPTED"),
            P("george.whitman@keystonereview.example", "George Whitman", "INDIVIDUAL", "ACCEPTED"),
        ),
        description="We will go through your take-home together. " + MEET,
    )
    case(
        "google_training_and_review_in_company_names",
        "Google Calendar invite",
        "Europe/London",
        calendar(GOOGLE, a.lines(), b.lines(), method="PUBLISH"),
        [
            occ(
                a,
                interview=True,
                people=("hannah.price@bluepeaktraining.example", "people@bluepeaktraining.example"),
                company="Bluepeak Training Ltd",
                role="Learning Designer",
            ),
            occ(
                b,
                interview=True,
                people=("george.whitman@keystonereview.example",),
                company="Keystone Review Partners",
                role="Audit Associate",
            ),
        ],
    )

    # Failure class 4: company first, "interview" in the middle, rounds in brackets, an emoji.
    ev = Ev(
        "hm-eng-mgr-2026-12@google.com",
        "🚢 Halden Marine interview – Engineering Manager – meet the team (3 rounds)",
        "20261215T090000",
        "20261215T113000",
        "Europe/Oslo",
        P("rekruttering@haldenmarine.example", "Halden Marine Rekruttering"),
        (
            me("ACCEPTED"),
            P("kari.solberg@haldenmarine.example", "Kari Solberg", "INDIVIDUAL", "ACCEPTED"),
            P("per.dahl@haldenmarine.example", "Per Dahl", "INDIVIDUAL", "ACCEPTED"),
            P("moterom.fjord@haldenmarine.example", "Møterom Fjord", "RESOURCE", "ACCEPTED"),
        ),
        location="Møterom Fjord",
    )
    osl = vtz_olson("Europe/Oslo", "+0100", "+0200", "CET", "CEST")
    case(
        "google_company_first_emoji_rounds",
        "Google Calendar invite",
        "Europe/Oslo",
        calendar(GOOGLE, osl, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=(
                    "kari.solberg@haldenmarine.example",
                    "per.dahl@haldenmarine.example",
                    "rekruttering@haldenmarine.example",
                ),
                company="Halden Marine",
                role="Engineering Manager",
            )
        ],
    )

    # Failure class 3: a webinar about interviews from a newsletter address, a meetup, a podcast recording.
    web = Ev(
        "wbn-88213@newsletter.hiredigest.example",
        "Webinar: Acing the system design interview (live Q&A)",
        "20261209T170000Z",
        "20261209T180000Z",
        organizer=P("events@newsletter.hiredigest.example", "Hire Digest Events"),
        attendees=(me("ACCEPTED"),),
        description=(
            "Thanks for registering! Join the webinar: https://hiredigest.example/live/88213\n"
            "Unsubscribe: https://hiredigest.example/u/88213"
        ),
    )
    meetup = Ev(
        "meetup-301778412@meetup.example",
        "How we interview engineers – Berlin Tech Hiring Night",
        "20261210T180000",
        "20261210T210000",
        "Europe/Berlin",
        P("info@meetup.example", "Meetup"),
        description="Talks from three hiring managers about their interview loops, then drinks.",
        location="Factory Görlitzer Park, Berlin",
    )
    podcast = Ev(
        "pod-rec-0412@google.com",
        "Podcast recording: interview with Maya on remote teams",
        "20261211T150000",
        "20261211T160000",
        "Europe/Berlin",
        P("host@remotework-podcast.example", "Leo Fischer"),
        (me("ACCEPTED"), P("host@remotework-podcast.example", "Leo Fischer", "INDIVIDUAL", "ACCEPTED")),
        description="Riverside link: https://riverside.example/studio/leo",
    )
    case(
        "google_webinar_meetup_podcast",
        "Google Calendar export",
        "Europe/Berlin",
        calendar(
            GOOGLE,
            BERLIN,
            web.lines(),
            meetup.lines(),
            podcast.lines(),
            head=("X-WR-TIMEZONE:Europe/Berlin",),
        ),
        [occ(web, interview=False), occ(meetup, interview=False), occ(podcast, interview=False)],
    )

    # Work look-alikes at the user's current employer: customer research interview, exit interview, 1:1.
    research = Ev(
        "ur-checkout-p7@example.org",
        "User research interview – checkout redesign (participant 7)",
        "20261208T110000",
        "20261208T114500",
        "W. Europe Standard Time",
        P(USER, "Maya Example"),
        (
            P("p7.research@mail.example", "Participant 7", "", "ACCEPTED"),
            P("ux-research@example.org", "UX Research", "", "ACCEPTED"),
        ),
        description=TEAMS,
    )
    exit_iv = Ev(
        "exit-tom-becker@example.org",
        "Exit interview – Tom Becker",
        "20261216T140000",
        "20261216T143000",
        "W. Europe Standard Time",
        P("hr@example.org", "People Team"),
        (P(USER, "Maya Example", "", "ACCEPTED"), P("tom.becker@example.org", "Tom Becker", "", "ACCEPTED")),
        description="Maya joins as Tom's manager for the last 10 minutes.",
    )
    one = Ev(
        "one-on-one-maya-tom@example.org",
        "Maya / Tom 1:1",
        "20261207T150000",
        "20261207T153000",
        "W. Europe Standard Time",
        P("tom.meyer@example.org", "Tom Meyer"),
        (P(USER, "Maya Example", "", "ACCEPTED"),),
        rrule="FREQ=WEEKLY;COUNT=2;BYDAY=MO",
    )
    case(
        "exchange_work_research_exit_and_one_on_one",
        "Exchange/Outlook 365 export",
        "Europe/Berlin",
        calendar(OUTLOOK, W_EUROPE, research.lines(), exit_iv.lines(), one.lines(), method="PUBLISH"),
        [
            occ(research, interview=False),
            occ(exit_iv, interview=False),
            occ(one, interview=False, recurrence=rid("20261207T150000", "Europe/Berlin")),
            occ(
                one,
                interview=False,
                start="20261214T150000",
                end="20261214T153000",
                recurrence=rid("20261214T150000", "Europe/Berlin"),
            ),
        ],
    )

    # Mock interview with a peer, a to-do about an interview, a travel block (iCloud, floating times).
    mock = Ev(
        "A0C2E4F6-1111-4A2B-8C3D-5E6F7A8B9C0D",
        "Mock interview with Priya (Pramp practice)",
        "20261207T190000",
        "20261207T200000",
    )
    todo = Ev(
        "A0C2E4F6-2222-4A2B-8C3D-5E6F7A8B9C0D",
        "Research Kestrel Bank before interview",
        "20261216T180000",
        "20261216T190000",
    )
    travel = Ev(
        "A0C2E4F6-3333-4A2B-8C3D-5E6F7A8B9C0D",
        "Train to London for interview ✈︎🚆",
        "20261216T063000",
        "20261216T090000",
        location="London St Pancras International",
    )
    case(
        "icloud_mock_todo_and_travel_floating",
        "iCloud",
        "Europe/Paris",
        calendar(ICLOUD, mock.lines(), todo.lines(), travel.lines()),
        [occ(x, interview=False, user_tz="Europe/Paris") for x in (mock, todo, travel)],
    )

    # A daily job-search block series (Google, EXDATE on a weekend-free list) and a newsletter event.
    series = Ev(
        "jsb-daily-2026@google.com",
        "Job search: applications & follow-ups",
        "20261214T083000",
        "20261214T093000",
        "Europe/Berlin",
        rrule="FREQ=DAILY;COUNT=5",
        exdates=("20261216T083000",),
        transp="TRANSPARENT",
    )
    news = Ev(
        "news-6613@mailing.careerweekly.example",
        "Career Weekly Live: salary negotiation after the final interview",
        "20261217T170000Z",
        "20261217T175000Z",
        organizer=P("no-reply@mailing.careerweekly.example", "Career Weekly"),
        description="You're on the list. Watch live: https://careerweekly.example/live",
    )
    occs = []
    for d in (14, 15, 17, 18):
        s = f"202612{d}T083000"
        occs.append(
            occ(series, interview=False, start=s, end=f"202612{d}T093000", recurrence=rid(s, "Europe/Berlin"))
        )
    occs.append(occ(news, interview=False))
    case(
        "google_job_search_series_and_newsletter_live",
        "Google Calendar export",
        "Europe/Berlin",
        calendar(GOOGLE, BERLIN, series.lines(), news.lines(), head=("X-WR-TIMEZONE:Europe/Berlin",)),
        occs,
    )


def more_interview_cases() -> None:
    # Italian, Webex invite written by Outlook with a VTIMEZONE named after the zone; final round.
    rome = vtz_olson("Europe/Rome", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "webex-it-2b7d1f@webex.example",
        "Colloquio finale – Responsabile Amministrativo – Ferraris & Figli S.p.A.",
        "20261218T110000",
        "20261218T120000",
        "Europe/Rome",
        P("selezione@ferrarisfigli.example", "Selezione Ferraris & Figli"),
        (
            me(),
            P("marco.ferraris@ferrarisfigli.example", "Marco Ferraris", "INDIVIDUAL", "ACCEPTED"),
            P("sala.verdi@ferrarisfigli.example", "Sala Verdi", "ROOM", "ACCEPTED", "NON-PARTICIPANT"),
        ),
        description="Partecipa tramite Webex: https://ferrarisfigli.webex.com/meet/selezione",
    )
    case(
        "webex_it_final_room",
        "Webex",
        "Europe/Rome",
        calendar("-//Cisco Systems//Webex//IT", rome, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("marco.ferraris@ferrarisfigli.example", "selezione@ferrarisfigli.example"),
                company="Ferraris & Figli S.p.A.",
                role="Responsabile Amministrativo",
            )
        ],
    )

    # French, Google, no company in the title: "Entretien final avec la CTO", company from the domain.
    paris = vtz_olson("Europe/Paris", "+0100", "+0200", "CET", "CEST")
    ev = Ev(
        "6q0v3d8s1k5m2t9b7f4n0h1c3e@google.com",
        "Entretien final avec la CTO – Développeuse Python senior",
        "20261214T103000",
        "20261214T113000",
        "Europe/Paris",
        P("camille.laurent@ondine.example", "Camille Laurent"),
        (P("camille.laurent@ondine.example", "Camille Laurent", "INDIVIDUAL", "ACCEPTED"), me()),
        description=MEET,
    )
    case(
        "google_fr_no_company_domain",
        "Google Calendar invite",
        "Europe/Paris",
        calendar(GOOGLE, paris, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("camille.laurent@ondine.example",),
                company="Ondine",
                role="Développeuse Python senior",
            )
        ],
    )

    # German "Kennenlernen" with the team, Outlook for Mac with IANA zone, a Teams Room resource.
    ev = Ev(
        "8A1F3C5E-7B9D-4E2F-A6C8-0D1E2F3A4B5C",
        "Kennenlernen mit dem Team – UX Writer (Level 2) – Fjordwerk GmbH",
        "20261217T100000",
        "20261217T110000",
        "Europe/Berlin",
        P("talent@fjordwerk.example", "Talent Team Fjordwerk"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("j.hoffmann@fjordwerk.example", "Julia Hoffmann", "", "ACCEPTED"),
            P("m.wagner@fjordwerk.example", "Max Wagner", "", "ACCEPTED"),
            P(
                "hamburg-teamsroom-4@fjordwerk.example",
                "HH Teams Room 4.12",
                "RESOURCE",
                "ACCEPTED",
                "NON-PARTICIPANT",
            ),
        ),
        description=TEAMS,
    )
    case(
        "outlook_mac_de_meet_the_team_level",
        "Outlook for Mac",
        "Europe/Berlin",
        calendar("-//Microsoft Corporation//Outlook for Mac 16.91//EN", BERLIN, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=(
                    "j.hoffmann@fjordwerk.example",
                    "m.wagner@fjordwerk.example",
                    "talent@fjordwerk.example",
                ),
                company="Fjordwerk GmbH",
                role="UX Writer",
            )
        ],
    )

    # English, Outlook "GMT Standard Time", role first with "with" and "at", recruiter call.
    gmt = vtz_outlook("GMT Standard Time", "+0000", "+0100", std_rule=EU_STD, dst_rule=EU_DST)
    ev = Ev(
        "040000008200E00074C5B7101A82E0080000000050B1D2F3F37ADB01000000000000000010000000CDFB",
        "Recruiter call: Technical Writer role with Sofia Rossi at Pemberton Analytics",
        "20261208T120000",
        "20261208T123000",
        "GMT Standard Time",
        P("sofia.rossi@pembertonanalytics.example", "Rossi, Sofia"),
        (P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),),
        description=TEAMS,
    )
    case(
        "exchange_en_recruiter_call_with_at",
        "Exchange/Outlook 365 invite",
        "Europe/London",
        calendar(OUTLOOK, gmt, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("sofia.rossi@pembertonanalytics.example",),
                company="Pemberton Analytics",
                role="Technical Writer",
            )
        ],
    )

    # Japanese English mix, Tokyo Standard Time without VTIMEZONE, "Casual interview" (カジュアル面談).
    ev = Ev(
        "040000008200E00074C5B7101A82E0080000000060C2E3A4F37ADB01000000000000000010000000DEAC",
        "カジュアル面談｜SREエンジニア｜Kumo Systems株式会社",
        "20261209T170000",
        "20261209T173000",
        "Tokyo Standard Time",
        P("recruit@kumosystems.example", "Kumo Systems 採用"),
        (
            P(USER, "Maya Example", "", "NEEDS-ACTION", rsvp=True),
            P("h.yamada@kumosystems.example", "山田 弘", "", "ACCEPTED"),
        ),
        description=TEAMS,
    )
    case(
        "exchange_ja_fullwidth_bars_tokyo_zone",
        "Exchange/Outlook 365 invite",
        "Asia/Tokyo",
        calendar(OUTLOOK, ev.lines(), method="REQUEST"),
        [
            occ(
                ev,
                interview=True,
                people=("h.yamada@kumosystems.example", "recruit@kumosystems.example"),
                company="Kumo Systems株式会社",
                role="SREエンジニア",
            )
        ],
    )


def register() -> None:
    google_cases()
    exchange_cases()
    provider_cases()
    tool_cases()
    lookalike_and_veto_cases()
    more_interview_cases()


if __name__ == "__main__":
    register()
    write()
