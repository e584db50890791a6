"""Writes the twelfth held-out calendar set (NAME.ics + NAME.expected.json); rerunning rewrites the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAYA = "maya@example.org"
WINDOW = ["2026-11-30T00:00:00Z", "2026-12-19T00:00:00Z"]
STAMP = "20261124T081500Z"

# VTIMEZONE blocks as the writing clients emit them
_EU_RULES = (
    "BEGIN:STANDARD\nDTSTART:{s}\nTZOFFSETFROM:{d}\nTZOFFSETTO:{o}\n{sn}RRULE:FREQ=YEARLY;{iv}BYDAY=-1SU;BYMONTH=10\n"
    "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:{dl}\nTZOFFSETFROM:{o}\nTZOFFSETTO:{d}\n{dn}"
    "RRULE:FREQ=YEARLY;{iv}BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\n"
)


def _windows_eu(tzid: str, std: str, dst: str) -> str:
    rules = _EU_RULES.format(
        s="16010101T030000", dl="16010101T020000", d=dst, o=std, sn="", dn="", iv="INTERVAL=1;"
    )
    return f"BEGIN:VTIMEZONE\nTZID:{tzid}\n{rules}END:VTIMEZONE\n"


def _olson_eu(tzid: str, std: str, dst: str, *, names: tuple[str, str] = ("CET", "CEST")) -> str:
    rules = _EU_RULES.format(
        s="19701025T030000",
        dl="19700329T020000",
        d=dst,
        o=std,
        sn=f"TZNAME:{names[0]}\n",
        dn=f"TZNAME:{names[1]}\n",
        iv="",
    )
    return f"BEGIN:VTIMEZONE\nTZID:{tzid}\nX-LIC-LOCATION:{tzid.split('/', 3)[-1]}\n{rules}END:VTIMEZONE\n"


def _fixed(tzid: str, offset: str, name: str = "") -> str:
    tzname = f"TZNAME:{name}\n" if name else ""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:{offset}\n"
        f"TZOFFSETTO:{offset}\n{tzname}END:STANDARD\nEND:VTIMEZONE\n"
    )


def _us(tzid: str, std: str, dst: str, *, windows: bool) -> str:
    start_s, start_d = (
        ("16010101T020000", "16010101T020000") if windows else ("19701101T020000", "19700308T020000")
    )
    iv = "INTERVAL=1;" if windows else ""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:{start_s}\nTZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\n"
        f"RRULE:FREQ=YEARLY;{iv}BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:{start_d}\n"
        f"TZOFFSETFROM:{std}\nTZOFFSETTO:{dst}\nRRULE:FREQ=YEARLY;{iv}BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\n"
        "END:VTIMEZONE\n"
    )


def _dt(prop: str, value: str, tzid: str | None) -> str:
    """tzid None: UTC (Z); "": floating; "DATE": all-day; otherwise a TZID parameter, quoted where it must be."""
    if tzid is None:
        return f"{prop}:{value}Z"
    if tzid == "":
        return f"{prop}:{value}"
    if tzid == "DATE":
        return f"{prop};VALUE=DATE:{value}"
    if tzid.startswith("!"):  # written bare although it holds a colon, as some Exchange servers do
        return f"{prop};TZID={tzid[1:]}:{value}"
    quoted = f'"{tzid}"' if any(c in tzid for c in ":;,") else tzid
    return f"{prop};TZID={quoted}:{value}"


def person(
    email: str,
    name: str = "",
    *,
    cutype: str = "",
    partstat: str = "NEEDS-ACTION",
    role: str = "REQ-PARTICIPANT",
    rsvp: bool = True,
) -> str:
    params = [f'CN="{name}"' if any(c in name for c in ":;,") else f"CN={name}"] if name else []
    if cutype:
        params.append(f"CUTYPE={cutype}")
    params += [f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        params.append("RSVP=TRUE")
    return f"ATTENDEE;{';'.join(params)}:mailto:{email}"


def organizer(email: str, name: str = "") -> str:
    cn = (f';CN="{name}"' if any(c in name for c in ":;,") else f";CN={name}") if name else ""
    return f"ORGANIZER{cn}:mailto:{email}"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vevent(
    uid: str,
    summary: str,
    start: str,
    end: str,
    *,
    tz: str | None = None,
    org: str = "",
    attendees: tuple[str, ...] = (),
    desc: str = "",
    loc: str = "",
    seq: int | None = None,
    status: str = "",
    extra: tuple[str, ...] = (),
    rid: str = "",
    stamp: str = STAMP,
) -> str:
    lines = ["BEGIN:VEVENT"]
    if rid:
        lines.append(rid)
    lines += [_dt("DTSTART", start, tz), _dt("DTEND", end, tz), f"DTSTAMP:{stamp}"]
    if org:
        lines.append(org)
    lines.append(f"UID:{uid}")
    lines += list(attendees)
    lines.append(f"CREATED:{stamp}")
    if desc:
        lines.append(f"DESCRIPTION:{_escape(desc)}")
    if loc:
        lines.append(f"LOCATION:{_escape(loc)}")
    if seq is not None:
        lines.append(f"SEQUENCE:{seq}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(f"SUMMARY:{_escape(summary)}")
    lines += list(extra)
    lines.append("END:VEVENT")
    return "\n".join(lines) + "\n"


def calendar(prodid: str, body: str, *, method: str = "", head: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(head)
    return "\n".join(lines) + "\n" + body + "END:VCALENDAR\n"


def _fold(line: str) -> str:
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)


def ev(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool,
    who: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
    rid: str = "",
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
        "company": company,
        "role": role,
    }


CASES: dict[str, tuple[str, str, str, list[dict[str, object]]]] = {}


def case(name: str, source: str, user_tz: str, text: str, events: list[dict[str, object]]) -> None:
    CASES[name] = (source, user_tz, text, events)


def write() -> None:
    for name, (source, user_tz, text, events) in CASES.items():
        lines = text.rstrip("\n").split("\n")
        (HERE / f"{name}.ics").write_bytes(("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8"))
        expected = {
            "source": source,
            "user_addresses": [MAYA],
            "user_timezone": user_tz,
            "window": WINDOW,
            "events": events,
        }
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


BERLIN = _olson_eu("Europe/Berlin", "+0100", "+0200")
W_EUROPE = _windows_eu("W. Europe Standard Time", "+0100", "+0200")
ROMANCE = _windows_eu("Romance Standard Time", "+0100", "+0200")
GMT_STD = _windows_eu("GMT Standard Time", "+0000", "+0100")
BRASILIA = _fixed("(UTC-03:00) Brasilia", "-0300")
TOKYO = _fixed("Tokyo Standard Time", "+0900")
CUSTOM_EASTERN = _us("Customized Time Zone", "-0500", "-0400", windows=True)
NEW_YORK = _us("America/New_York", "-0500", "-0400", windows=False)
EVOLUTION_HELSINKI = _olson_eu(
    "/freeassociation.sourceforge.net/Tzfile/Europe/Helsinki", "+0200", "+0300", names=("EET", "EEST")
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
MEET = (
    "Join with Google Meet: https://meet.google.com/{code}\nOr dial: (DE) +49 30 25555 0127 PIN: 482 019 337#"
)
TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
    "Meeting ID: 331 906 442 118\nPasscode: 7hQx2P\n"
    "________________________________________________________________________________"
)
ZOOM = "Join Zoom Meeting\nhttps://us06web.zoom.us/j/8{code}?pwd=bXlQcnVvZ0ZtT2d1\n\nMeeting ID: 8{code}\nPasscode: 551203"
ME = person(MAYA, "Maya Example")
ME_OK = person(MAYA, "Maya Example", partstat="ACCEPTED", rsvp=False)


def failure_classes() -> None:
    """Issue 9's classes, written as the calendars that carry them really look."""
    uid = "5q0v2bn8fj3kd1a7m4s6t9hc2e@google.com"
    case(
        "google_invite_fjordline_research_group_calendar",
        "Google Calendar invite",
        "Europe/Berlin",
        calendar(
            GOOGLE,
            vevent(
                uid,
                "Interview: Fjordline Research – Research Engineer",
                "20261201T090000",
                "20261201T100000",
                org=organizer("ingrid.solberg@fjordline.example", "Ingrid Solberg"),
                attendees=(
                    person(
                        "ingrid.solberg@fjordline.example",
                        "Ingrid Solberg",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                        rsvp=False,
                    ),
                    person(
                        "tomas.lie@fjordline.example", "Tomas Lie", cutype="INDIVIDUAL", partstat="ACCEPTED"
                    ),
                    person(MAYA, "Maya Example", cutype="INDIVIDUAL"),
                    person(
                        "c_7f3a9e1b2d4c8a0e5f6b@group.calendar.google.com",
                        "ML Platform hiring",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                    ),
                ),
                desc="Hi Maya, looking forward to talking about the Research Engineer role on our ML platform team.\n\n"
                + MEET.format(code="qxr-mtbw-kse"),
                loc="",
                seq=0,
                status="CONFIRMED",
                extra=("TRANSP:OPAQUE",),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-01T09:00:00Z",
                "2026-12-01T10:00:00Z",
                interview=True,
                who=("ingrid.solberg@fjordline.example", "tomas.lie@fjordline.example"),
                company="Fjordline Research",
                role="Research Engineer",
            ),
        ],
    )

    prep, research, review, thanks = (
        "1hd6p0ukm4fsbq9a3c7e2r5t8v@google.com",
        "7c2k9m1p4q6s8u0w3y5a7b9d1f@google.com",
        "0b7kq3m9d2hr5s1t4v6x8z0c2e@google.com",
        "3n8p1r4t7v0x2z5b8d1f4h7j0l@google.com",
    )
    body = (
        BERLIN
        + vevent(
            prep,
            "Prep: Fjordline Research interview",
            "20261201T080000",
            "20261201T084500",
            tz="Europe/Berlin",
            desc="Re-read the job ad, STAR stories, questions to ask",
            seq=0,
            status="CONFIRMED",
            extra=("TRANSP:OPAQUE",),
        )
        + vevent(
            research,
            "Research Fjordline before interview",
            "20261130T190000",
            "20261130T200000",
            tz="Europe/Berlin",
            desc="their blog, the two papers on feature stores, Glassdoor",
            seq=0,
            status="CONFIRMED",
            extra=("TRANSP:TRANSPARENT",),
        )
        + vevent(
            review,
            "Review Street Capital – Portfolio Analyst interview",
            "20261203T140000",
            "20261203T150000",
            tz="Europe/Berlin",
            org=organizer("talent@reviewstreet.example", "Review Street Talent"),
            attendees=(
                person(
                    "henrik.dahl@reviewstreet.example",
                    "Henrik Dahl",
                    cutype="INDIVIDUAL",
                    partstat="ACCEPTED",
                ),
                person(MAYA, "Maya Example", cutype="INDIVIDUAL", partstat="ACCEPTED"),
            ),
            desc="Teams link to follow from Henrik.",
            loc="Microsoft Teams",
            seq=1,
            status="CONFIRMED",
            extra=("TRANSP:OPAQUE",),
        )
        + vevent(
            thanks,
            "Send thank-you notes (Review Street)",
            "20261203T170000",
            "20261203T171500",
            tz="Europe/Berlin",
            seq=0,
            status="CONFIRMED",
            extra=("TRANSP:TRANSPARENT",),
        )
    )
    case(
        "google_export_prep_blocks_and_review_street",
        "Google Calendar export",
        "Europe/Berlin",
        calendar(
            GOOGLE,
            body,
            method="PUBLISH",
            head=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/Berlin"),
        ),
        [
            ev(research, "2026-11-30T18:00:00Z", "2026-11-30T19:00:00Z", interview=False),
            ev(prep, "2026-12-01T07:00:00Z", "2026-12-01T07:45:00Z", interview=False),
            ev(
                review,
                "2026-12-03T13:00:00Z",
                "2026-12-03T14:00:00Z",
                interview=True,
                who=("henrik.dahl@reviewstreet.example", "talent@reviewstreet.example"),
                company="Review Street Capital",
                role="Portfolio Analyst",
            ),
            ev(thanks, "2026-12-03T16:00:00Z", "2026-12-03T16:15:00Z", interview=False),
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000B0C6D1A4F281DD01000000000000000010000000C8E2A4B1F3D24B4C9D6E0F1A2B3C4D5E"
    case(
        "outlook365_syncrobe_room_teams",
        "Exchange Online (Outlook 365) invite",
        "Europe/Berlin",
        calendar(
            EXCHANGE,
            W_EUROPE
            + vevent(
                uid,
                "Syncrobe | Platform Engineer | 2nd round",
                "20261202T133000",
                "20261202T143000",
                tz="W. Europe Standard Time",
                org=organizer("lukas.brandt@syncrobe.example", "Lukas Brandt"),
                attendees=(
                    person(MAYA, "Maya Example"),
                    person("aylin.demir@syncrobe.example", "Aylin Demir"),
                    person(
                        "raum.elbe@syncrobe.example", "Raum Elbe (8)", cutype="ROOM", role="NON-PARTICIPANT"
                    ),
                ),
                desc="Hallo Maya, wie besprochen die zweite Runde mit Aylin (Staff Engineer).\n\n"
                + TEAMS.format(code="NmQ4ZjE2"),
                loc="Raum Elbe (8); Microsoft Teams Meeting",
                seq=0,
                extra=(
                    "CLASS:PUBLIC",
                    "PRIORITY:5",
                    "TRANSP:OPAQUE",
                    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                    "X-MICROSOFT-CDO-IMPORTANCE:1",
                    "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                ),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-02T12:30:00Z",
                "2026-12-02T13:30:00Z",
                interview=True,
                who=("aylin.demir@syncrobe.example", "lukas.brandt@syncrobe.example"),
                company="Syncrobe",
                role="Platform Engineer",
            ),
        ],
    )

    kettleby, first_aid = "b1f0c7a2-6d3e-4c58-9a41-7e2d5f8c0b13", "e84a21d9-30c6-47f2-b5aa-19d6c3e7f042"
    case(
        "nextcloud_kettleby_training_lead_and_first_aid_training",
        "Nextcloud calendar export",
        "Europe/Berlin",
        calendar(
            "-//IDN nextcloud.com//Calendar app 5.1.0//EN",
            BERLIN
            + vevent(
                kettleby,
                "Interview – Training Lead – Kettleby Group",
                "20261204T110000",
                "20261204T120000",
                tz="Europe/Berlin",
                org=organizer("fiona.reid@kettleby.example", "Fiona Reid"),
                attendees=(
                    person(MAYA, "Maya Example", cutype="INDIVIDUAL", partstat="ACCEPTED", rsvp=False),
                ),
                desc="Video call, link in Fiona's mail",
                seq=2,
                status="CONFIRMED",
            )
            + vevent(
                first_aid,
                "First-aid training (Red Cross)",
                "20261205T090000",
                "20261205T160000",
                tz="Europe/Berlin",
                loc="DRK Kreisverband, Raum 2",
                seq=0,
                status="CONFIRMED",
            ),
            head=("X-WR-CALNAME:Persönlich", "X-APPLE-CALENDAR-COLOR:#0082c9"),
        ),
        [
            ev(
                kettleby,
                "2026-12-04T10:00:00Z",
                "2026-12-04T11:00:00Z",
                interview=True,
                who=("fiona.reid@kettleby.example",),
                company="Kettleby Group",
                role="Training Lead",
            ),
            ev(first_aid, "2026-12-05T08:00:00Z", "2026-12-05T15:00:00Z", interview=False),
        ],
    )

    uid = "040000008200E00074C5B7101A82E0080000000060A9B3E2F481DD010000000000000000100000007D41C2E39A8F0B46A3C5D7E9F1A3B5C7"
    case(
        "outlook_brassmoor_workshop_sv_no_vtimezone",
        "Outlook desktop invite (Windows zone name, no VTIMEZONE)",
        "Europe/Stockholm",
        calendar(
            OUTLOOK,
            vevent(
                uid,
                "Brassmoor Workshop AB – intervju för UX-designer",
                "20261207T100000",
                "20261207T110000",
                tz="W. Europe Standard Time",
                org=organizer("rekrytering@brassmoorworkshop.example", "Rekrytering Brassmoor"),
                attendees=(
                    person(MAYA, "Maya Example"),
                    person("elin.sjoberg@brassmoorworkshop.example", "Elin Sjöberg"),
                ),
                desc="Hej Maya! Välkommen på intervju hos oss på kontoret, Hornsgatan 41. Fråga efter Elin i receptionen.",
                loc="Hornsgatan 41, Stockholm",
                seq=0,
                extra=("CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-07T09:00:00Z",
                "2026-12-07T10:00:00Z",
                interview=True,
                who=("elin.sjoberg@brassmoorworkshop.example", "rekrytering@brassmoorworkshop.example"),
                company="Brassmoor Workshop AB",
                role="UX-designer",
            ),
        ],
    )

    uid = "2c4e6g8i0k1m3o5q7s9u1w3y5a@google.com"
    case(
        "google_northgate_planning_resource_room",
        "Google Calendar invite",
        "Europe/London",
        calendar(
            GOOGLE,
            vevent(
                uid,
                "Northgate Planning Partners / Senior Planner – final interview",
                "20261208T150000",
                "20261208T160000",
                org=organizer("chloe.barnes@northgateplanning.example", "Chloe Barnes"),
                attendees=(
                    person(
                        "chloe.barnes@northgateplanning.example",
                        "Chloe Barnes",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                        rsvp=False,
                    ),
                    person(
                        "c_188a1b2c3d4e5f6a7b8c9d0e@resource.calendar.google.com",
                        "LDN-3-Thames (6) [Google Meet]",
                        cutype="RESOURCE",
                        partstat="ACCEPTED",
                    ),
                    person(
                        "sam.okafor@northgateplanning.example",
                        "Sam Okafor",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                    ),
                    person(MAYA, "Maya Example", cutype="INDIVIDUAL"),
                ),
                desc="Final stage: 45 minutes with Sam (Head of Planning) and me, then 15 for your questions.\n\n"
                + MEET.format(code="hwe-pzok-rrd"),
                loc="LDN-3-Thames (6) [Google Meet]",
                seq=0,
                status="CONFIRMED",
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-08T15:00:00Z",
                "2026-12-08T16:00:00Z",
                interview=True,
                who=("chloe.barnes@northgateplanning.example", "sam.okafor@northgateplanning.example"),
                company="Northgate Planning Partners",
                role="Senior Planner",
            ),
        ],
    )

    prepstone, block = "8F2C1D4E-7A6B-4C3D-9E8F-0A1B2C3D4E5F", "C4D5E6F7-0819-4A2B-8C3D-4E5F60718293"
    case(
        "icloud_prepstone_interview_and_floating_prep",
        "iCloud calendar export",
        "Europe/Berlin",
        calendar(
            "-//Apple Inc.//macOS 15.1//EN",
            BERLIN
            + vevent(
                prepstone,
                "PrepStone Foods interview - Category Manager",
                "20261209T103000",
                "20261209T111500",
                tz="Europe/Berlin",
                org=organizer("nadia.haddad@prepstone.example", "Nadia Haddad"),
                attendees=(
                    person(MAYA, "Maya Example", cutype="INDIVIDUAL", partstat="ACCEPTED", rsvp=False),
                    person(
                        "nadia.haddad@prepstone.example",
                        "Nadia Haddad",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                        rsvp=False,
                    ),
                ),
                loc="PrepStone Foods, Speicherstadt 12, Hamburg",
                seq=1,
                extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",),
            )
            + vevent(
                block,
                "Interview prep (PrepStone)",
                "20261209T090000",
                "20261209T100000",
                tz="",
                desc="category numbers, 30-60-90 plan",
                seq=0,
            ),
            head=("X-WR-CALNAME:Home",),
        ),
        [
            ev(block, "2026-12-09T08:00:00Z", "2026-12-09T09:00:00Z", interview=False),
            ev(
                prepstone,
                "2026-12-09T09:30:00Z",
                "2026-12-09T10:15:00Z",
                interview=True,
                who=("nadia.haddad@prepstone.example",),
                company="PrepStone Foods",
                role="Category Manager",
            ),
        ],
    )

    uid = "ZxR8mP2qL5vN9tK1@zoom.us"
    case(
        "zoom_halcyon_freight_notetaker_bot",
        "Zoom invite from a host's Google Calendar",
        "America/New_York",
        calendar(
            GOOGLE,
            NEW_YORK
            + vevent(
                uid,
                "Halcyon Freight – Operations Analyst interview",
                "20261202T110000",
                "20261202T114500",
                tz="America/New_York",
                org=organizer("derek.walsh@halcyonfreight.example", "Derek Walsh"),
                attendees=(
                    person(
                        "derek.walsh@halcyonfreight.example",
                        "Derek Walsh",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                        rsvp=False,
                    ),
                    person(
                        "fred@fireflies.ai",
                        "Fireflies.ai Notetaker",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                    ),
                    person(
                        "priya.raman@halcyonfreight.example",
                        "Priya Raman",
                        cutype="INDIVIDUAL",
                        partstat="TENTATIVE",
                    ),
                    person(MAYA, "Maya Example", cutype="INDIVIDUAL"),
                ),
                desc="Derek Walsh is inviting you to a scheduled Zoom meeting.\n\n"
                + ZOOM.format(code="4512093377"),
                loc="https://us06web.zoom.us/j/84512093377?pwd=bXlQcnVvZ0ZtT2d1",
                seq=0,
                status="CONFIRMED",
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-02T16:00:00Z",
                "2026-12-02T16:45:00Z",
                interview=True,
                who=("derek.walsh@halcyonfreight.example", "priya.raman@halcyonfreight.example"),
                company="Halcyon Freight",
                role="Operations Analyst",
            ),
        ],
    )


def look_alikes_and_names() -> None:
    """Webinars, meetups and the user's own hiring beside titles that name no company or only people."""
    uid = "wbnr-20261210-1700-cracking-sd@events.careerhub.example"
    case(
        "newsletter_webinar_about_interviews",
        "Webinar platform invite from a newsletter",
        "Europe/Berlin",
        calendar(
            "-//CareerHub//Events 3.2//EN",
            vevent(
                uid,
                "Webinar: Cracking the system design interview",
                "20261210T170000",
                "20261210T180000",
                org=organizer("events@careerhub.example", "CareerHub Events"),
                attendees=(person(MAYA, "Maya Example", partstat="ACCEPTED", rsvp=False),),
                desc="Thanks for registering! Our panel of hiring managers walks through a real system design interview.\n"
                "Join: https://live.careerhub.example/w/cracking-sd\n"
                "You are receiving this because you subscribed to the CareerHub newsletter.",
                seq=0,
                status="CONFIRMED",
            ),
            method="REQUEST",
        ),
        [ev(uid, "2026-12-10T17:00:00Z", "2026-12-10T18:00:00Z", interview=False)],
    )

    uid = "event-316442871@meetup.example"
    case(
        "meetup_talk_tech_interviews_demystified",
        "Meetup event added to calendar",
        "Europe/Berlin",
        calendar(
            "-//Meetup//RemoteApi//EN",
            BERLIN
            + vevent(
                uid,
                "Tech Interviews Demystified – Berlin JS Meetup #48",
                "20261203T183000",
                "20261203T210000",
                tz="Europe/Berlin",
                org=organizer("noreply@meetup.example", "Berlin JS"),
                desc="Three lightning talks: whiteboard anxiety, take-home tasks, negotiating the offer. Pizza from 18:30.",
                loc="Factory Görlitzer Park, Lohmühlenstraße 65, Berlin",
                extra=("URL:https://meetup.example/berlinjs/events/316442871/",),
            ),
            method="PUBLISH",
        ),
        [ev(uid, "2026-12-03T17:30:00Z", "2026-12-03T20:00:00Z", interview=False)],
    )

    uid = "6r3t9y1u4i7o0p2a5s8d1f4g7h@google.com"
    case(
        "google_maya_interviews_a_candidate",
        "Google Calendar invite sent by the user",
        "Europe/Berlin",
        calendar(
            GOOGLE,
            vevent(
                uid,
                "Interview: Jonas Weber (candidate) – Junior Frontend Developer",
                "20261211T130000",
                "20261211T134500",
                org=organizer(MAYA, "Maya Example"),
                attendees=(
                    person(MAYA, "Maya Example", cutype="INDIVIDUAL", partstat="ACCEPTED", rsvp=False),
                    person("jonas.weber@mailbox.example", "Jonas Weber", cutype="INDIVIDUAL"),
                ),
                desc="Hi Jonas, this is the 45-minute technical conversation for the freelance frontend role "
                "on my project.\n\n" + MEET.format(code="kdu-qwpa-bnm"),
                seq=0,
                status="CONFIRMED",
            ),
            method="REQUEST",
        ),
        [ev(uid, "2026-12-11T13:00:00Z", "2026-12-11T13:45:00Z", interview=False)],
    )

    uid = "040000008200E00074C5B7101A82E00800000000D07FA0C1E581DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"
    case(
        "outlook365_brasilia_quillon_pt",
        "Exchange Online (Outlook 365) invite, (UTC-03:00) Brasilia",
        "America/Sao_Paulo",
        calendar(
            EXCHANGE,
            BRASILIA
            + vevent(
                uid,
                "Quillon Sistemas · Entrevista técnica · Engenheira de Dados",
                "20261203T140000",
                "20261203T150000",
                tz="(UTC-03:00) Brasilia",
                org=organizer("beatriz.lima@quillon.example", "Beatriz Lima"),
                attendees=(
                    person(MAYA, "Maya Example"),
                    person("rafael.costa@quillon.example", "Rafael Costa"),
                ),
                desc="Olá Maya, segue o convite para a entrevista técnica com o Rafael (Tech Lead).\n\n"
                + TEAMS.format(code="YjQ5MzVh"),
                loc="Reunião do Microsoft Teams",
                seq=0,
                extra=("CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-03T17:00:00Z",
                "2026-12-03T18:00:00Z",
                interview=True,
                who=("beatriz.lima@quillon.example", "rafael.costa@quillon.example"),
                company="Quillon Sistemas",
                role="Engenheira de Dados",
            ),
        ],
    )

    uid = "040000008200E00074C5B7101A82E0080000000020F5A1B3C681DD01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F"
    case(
        "outlook_brasilia_no_vtimezone_cervo_azul",
        "Outlook desktop invite ((UTC-03:00) Brasilia, no VTIMEZONE)",
        "America/Sao_Paulo",
        calendar(
            OUTLOOK,
            vevent(
                uid,
                "Entrevista com gestor – Analista de BI – Cervo Azul",
                "20261210T100000",
                "20261210T110000",
                tz="(UTC-03:00) Brasilia",
                org=organizer("rh@cervoazul.example", "RH Cervo Azul"),
                attendees=(
                    person(MAYA, "Maya Example"),
                    person("marcos.prado@cervoazul.example", "Marcos Prado"),
                ),
                desc="Entrevista com o gestor da área, Marcos Prado.",
                loc="Av. Paulista 1842, 12º andar",
                seq=0,
                extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-10T13:00:00Z",
                "2026-12-10T14:00:00Z",
                interview=True,
                who=("marcos.prado@cervoazul.example", "rh@cervoazul.example"),
                company="Cervo Azul",
                role="Analista de BI",
            ),
        ],
    )

    uid = "9k2m5p8r1t4w7y0b3e6h9j2l5n@google.com"
    case(
        "google_people_names_only_pl",
        "Google Calendar invite",
        "Europe/Warsaw",
        calendar(
            GOOGLE,
            vevent(
                uid,
                "Rozmowa rekrutacyjna – Anna Kowalczyk / Maya Example",
                "20261204T120000",
                "20261204T124500",
                org=organizer("anna.kowalczyk@veltrix.example", "Anna Kowalczyk"),
                attendees=(
                    person(
                        "anna.kowalczyk@veltrix.example",
                        "Anna Kowalczyk",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                        rsvp=False,
                    ),
                    person(MAYA, "Maya Example", cutype="INDIVIDUAL"),
                ),
                desc="Dzień dobry, zapraszam na krótką rozmowę telefoniczną / wideo.\n\n"
                + MEET.format(code="pla-zmnt-uvx"),
                seq=0,
                status="CONFIRMED",
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-04T12:00:00Z",
                "2026-12-04T12:45:00Z",
                interview=True,
                who=("anna.kowalczyk@veltrix.example",),
                company="Veltrix",
                role="",
            ),
        ],
    )

    uid = "4a7d0g3j6m9p2s5v8y1b4e7h0k@google.com"
    case(
        "google_technical_interview_no_company",
        "Google Calendar invite",
        "Europe/Berlin",
        calendar(
            GOOGLE,
            vevent(
                uid,
                "Technical interview",
                "20261207T140000",
                "20261207T150000",
                org=organizer("jakob.hess@corvana.example", "Jakob Hess"),
                attendees=(
                    person(
                        "jakob.hess@corvana.example",
                        "Jakob Hess",
                        cutype="INDIVIDUAL",
                        partstat="ACCEPTED",
                        rsvp=False,
                    ),
                    person(
                        "mira.schulz@corvana.example", "Mira Schulz", cutype="INDIVIDUAL", partstat="ACCEPTED"
                    ),
                    person(MAYA, "Maya Example", cutype="INDIVIDUAL"),
                ),
                desc=MEET.format(code="tcv-hsqe-mzo"),
                seq=0,
                status="CONFIRMED",
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-07T14:00:00Z",
                "2026-12-07T15:00:00Z",
                interview=True,
                who=("jakob.hess@corvana.example", "mira.schulz@corvana.example"),
                company="Corvana",
                role="",
            ),
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000E0B1C2D3E681DD010000000000000000100000001F2E3D4C5B6A79880716253443526170"
    case(
        "outlook_second_interview_user_name_sv",
        "Outlook desktop invite (W. Europe Standard Time)",
        "Europe/Stockholm",
        calendar(
            OUTLOOK,
            W_EUROPE
            + vevent(
                uid,
                "Andra intervjun – Maya Example",
                "20261209T150000",
                "20261209T160000",
                tz="W. Europe Standard Time",
                org=organizer("oskar.lind@granskog.example", "Oskar Lind"),
                attendees=(person(MAYA, "Maya Example"),),
                desc="Hej Maya, tack för senast! Här kommer inbjudan till andra intervjun.",
                loc="Teams",
                seq=0,
                extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-09T14:00:00Z",
                "2026-12-09T15:00:00Z",
                interview=True,
                who=("oskar.lind@granskog.example",),
                company="Granskog",
                role="",
            ),
        ],
    )


def series_streams_and_zones() -> None:
    """RANGE=THISANDFUTURE, request/update/cancel streams and zones named by Windows or by the calendar itself."""
    uid = "040000008200E00074C5B7101A82E00800000000F03C5A7E9B81DD01000000000000000010000000ABCDEF0123456789ABCDEF0123456789"
    org = organizer("graduates@zelmarbank.example", "Zelmar Bank Graduate Recruitment")
    attendees = (
        person(MAYA, "Maya Example"),
        person("assessors@zelmarbank.example", "Graduate Assessor Pool", cutype="GROUP"),
    )
    desc = "Day programme: group exercise, case study, competency interview. Please bring photo ID."
    body = (
        GMT_STD
        + vevent(
            uid,
            "Assessment Centre – Zelmar Bank – Graduate Analyst",
            "20261214T090000",
            "20261214T120000",
            tz="GMT Standard Time",
            org=org,
            attendees=attendees,
            desc=desc,
            loc="Zelmar Bank, 20 Cannon Street, London",
            seq=0,
            extra=("RRULE:FREQ=DAILY;COUNT=3;INTERVAL=1", "CLASS:PUBLIC", "TRANSP:OPAQUE"),
        )
        + vevent(
            uid,
            "Assessment Centre – Zelmar Bank – Graduate Analyst",
            "20261215T100000",
            "20261215T130000",
            tz="GMT Standard Time",
            org=org,
            attendees=attendees,
            desc=desc + "\nDays 2 and 3 now start at 10:00.",
            loc="Zelmar Bank, 20 Cannon Street, London",
            seq=1,
            rid='RECURRENCE-ID;RANGE=THISANDFUTURE;TZID="GMT Standard Time":20261215T090000',
            extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
        )
    )
    who = ("graduates@zelmarbank.example",)
    case(
        "exchange_assessment_centre_thisandfuture",
        "Exchange calendar export (series with RANGE=THISANDFUTURE)",
        "Europe/London",
        calendar(EXCHANGE, body, method="PUBLISH"),
        [
            ev(
                uid,
                "2026-12-14T09:00:00Z",
                "2026-12-14T12:00:00Z",
                interview=True,
                who=who,
                company="Zelmar Bank",
                role="Graduate Analyst",
                rid="20261214T090000Z",
            ),
            ev(
                uid,
                "2026-12-15T10:00:00Z",
                "2026-12-15T13:00:00Z",
                interview=True,
                who=who,
                company="Zelmar Bank",
                role="Graduate Analyst",
                rid="20261215T090000Z",
            ),
            ev(
                uid,
                "2026-12-16T10:00:00Z",
                "2026-12-16T13:00:00Z",
                interview=True,
                who=who,
                company="Zelmar Bank",
                role="Graduate Analyst",
                rid="20261216T090000Z",
            ),
        ],
    )

    uid = "3f9c2e71-8a4d-4b6e-a0c5-d17e2b9f4a68"
    org = organizer("petra.vogel@jobclub-kreuzberg.example", "Petra Vogel")
    attendees = (
        person(MAYA, "Maya Example", cutype="INDIVIDUAL", partstat="ACCEPTED", rsvp=False),
        person(
            "jan.richter@mailbox.example", "Jan Richter", cutype="INDIVIDUAL", partstat="ACCEPTED", rsvp=False
        ),
    )
    body = (
        BERLIN
        + vevent(
            uid,
            "Job search accountability circle",
            "20261117T180000",
            "20261117T190000",
            tz="Europe/Berlin",
            org=org,
            attendees=attendees,
            desc="Weekly: applications sent, interviews coming up, who needs a mock interview.",
            loc="Café Hilde, Kreuzberg",
            seq=0,
            extra=("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6",),
        )
        + vevent(
            uid,
            "Job search accountability circle",
            "20261208T190000",
            "20261208T200000",
            tz="Europe/Berlin",
            org=org,
            attendees=attendees,
            desc="From December we meet an hour later.",
            loc="Café Hilde, Kreuzberg",
            seq=1,
            rid="RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20261208T180000",
        )
    )
    case(
        "nextcloud_job_club_thisandfuture",
        "Nextcloud calendar export (series with RANGE=THISANDFUTURE)",
        "Europe/Berlin",
        calendar("-//IDN nextcloud.com//Calendar app 5.1.0//EN", body, head=("X-WR-CALNAME:Persönlich",)),
        [
            ev(uid, "2026-12-01T17:00:00Z", "2026-12-01T18:00:00Z", interview=False, rid="20261201T170000Z"),
            ev(uid, "2026-12-08T18:00:00Z", "2026-12-08T19:00:00Z", interview=False, rid="20261208T170000Z"),
            ev(uid, "2026-12-15T18:00:00Z", "2026-12-15T19:00:00Z", interview=False, rid="20261215T170000Z"),
        ],
    )

    uid = "040000008200E00074C5B7101A82E008000000004A6C8E0B2D81DD0100000000000000001000000013579BDF02468ACE13579BDF02468ACE"
    org = organizer("claire.fontaine@lacosteconseil.example", "Claire Fontaine")
    attendees = (
        person(MAYA, "Maya Example"),
        person("julien.marchand@lacosteconseil.example", "Julien Marchand"),
    )
    title = "Entretien – Maison Lacoste Conseil – Consultante senior"
    extra = ("CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE")
    stream = (
        calendar(
            EXCHANGE,
            ROMANCE
            + vevent(
                uid,
                title,
                "20261202T100000",
                "20261202T110000",
                tz="Romance Standard Time",
                org=org,
                attendees=attendees,
                desc="Bonjour Maya,\nPremier entretien avec Julien, associé.\n\n"
                + TEAMS.format(code="ZTc1OWQ4"),
                loc="Réunion Microsoft Teams",
                seq=0,
                extra=extra,
                stamp="20261123T094000Z",
            ),
            method="REQUEST",
        )
        + calendar(
            EXCHANGE,
            ROMANCE
            + vevent(
                uid,
                title,
                "20261203T150000",
                "20261203T160000",
                tz="Romance Standard Time",
                org=org,
                attendees=attendees,
                desc="Nouvel horaire : jeudi 15h.\n\n" + TEAMS.format(code="ZTc1OWQ4"),
                loc="Réunion Microsoft Teams",
                seq=1,
                extra=extra,
                stamp="20261126T161200Z",
            ),
            method="REQUEST",
        )
        + calendar(
            EXCHANGE,
            ROMANCE
            + vevent(
                uid,
                "Annulé : " + title,
                "20261203T150000",
                "20261203T160000",
                tz="Romance Standard Time",
                org=org,
                attendees=attendees,
                desc="Bonjour Maya, le poste a été pourvu en interne, nous annulons l'entretien. Désolée !",
                seq=2,
                status="CANCELLED",
                extra=("CLASS:PUBLIC", "PRIORITY:1", "TRANSP:TRANSPARENT"),
                stamp="20261130T083000Z",
            ),
            method="CANCEL",
        )
    )
    case(
        "exchange_request_update_cancel_stream_fr",
        "Exchange iTIP stream: REQUEST, REQUEST (moved), CANCEL in one file",
        "Europe/Paris",
        stream,
        [
            ev(
                uid,
                "2026-12-03T14:00:00Z",
                "2026-12-03T15:00:00Z",
                interview=True,
                cancelled=True,
                who=("claire.fontaine@lacosteconseil.example", "julien.marchand@lacosteconseil.example"),
                company="Maison Lacoste Conseil",
                role="Consultante senior",
            ),
        ],
    )

    uid = "1q4w7e0r3t6y9u2i5o8p1a4s7d@google.com"
    org = organizer("grace.kim@tallisrobotics.example", "Grace Kim")
    attendees = (
        person(
            "grace.kim@tallisrobotics.example",
            "Grace Kim",
            cutype="INDIVIDUAL",
            partstat="ACCEPTED",
            rsvp=False,
        ),
        person(MAYA, "Maya Example", cutype="INDIVIDUAL"),
    )
    title = "Tallis Robotics: hiring manager chat – Controls Engineer"
    stream = calendar(
        GOOGLE,
        vevent(
            uid,
            title,
            "20261208T160000",
            "20261208T163000",
            org=org,
            attendees=attendees,
            desc=MEET.format(code="trb-kzqa-one"),
            seq=0,
            status="CONFIRMED",
            stamp="20261125T180000Z",
        ),
        method="REQUEST",
    ) + calendar(
        GOOGLE,
        vevent(
            uid,
            title,
            "20261209T160000",
            "20261209T163000",
            org=org,
            attendees=attendees,
            desc="Moved by a day, sorry about that!\n\n" + MEET.format(code="trb-kzqa-one"),
            seq=1,
            status="CONFIRMED",
            stamp="20261127T151000Z",
        ),
        method="REQUEST",
    )
    case(
        "google_request_then_update_tallis",
        "Google iTIP stream: REQUEST then updated REQUEST in one file",
        "America/New_York",
        stream,
        [
            ev(
                uid,
                "2026-12-09T16:00:00Z",
                "2026-12-09T16:30:00Z",
                interview=True,
                who=("grace.kim@tallisrobotics.example",),
                company="Tallis Robotics",
                role="Controls Engineer",
            ),
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000B5D7F9A1C381DD01000000000000000010000000FEDCBA9876543210FEDCBA9876543210"
    case(
        "outlook_canceled_orrin_eastern_no_vtimezone",
        "Outlook cancellation (Eastern Standard Time, no VTIMEZONE)",
        "America/New_York",
        calendar(
            OUTLOOK,
            vevent(
                uid,
                "Canceled: Interview | Orrin Analytics | Data Engineer",
                "20261211T130000",
                "20261211T140000",
                tz="Eastern Standard Time",
                org=organizer("tom.becker@orrin.example", "Tom Becker"),
                attendees=(person(MAYA, "Maya Example"),),
                desc="We need to postpone; I will send a new time shortly.",
                seq=3,
                status="CANCELLED",
                extra=("CLASS:PUBLIC", "PRIORITY:1", "TRANSP:TRANSPARENT"),
            ),
            method="CANCEL",
        ),
        [
            ev(
                uid,
                "2026-12-11T18:00:00Z",
                "2026-12-11T19:00:00Z",
                interview=True,
                cancelled=True,
                who=("tom.becker@orrin.example",),
                company="Orrin Analytics",
                role="Data Engineer",
            ),
        ],
    )

    uid = "040000008200E00074C5B7101A82E008000000007C9E1B3D5F81DD0100000000000000001000000002468ACE13579BDF02468ACE13579BDF"
    case(
        "outlook365_tzone_utc_quoted_nl",
        'Exchange Online invite (TZID "tzone://Microsoft/Utc", no VTIMEZONE)',
        "Europe/Amsterdam",
        calendar(
            EXCHANGE,
            vevent(
                uid,
                "Kennismakingsgesprek | Data Engineer | Brouwhuis Analytics",
                "20261202T080000",
                "20261202T090000",
                tz="tzone://Microsoft/Utc",
                org=organizer("femke.jansen@brouwhuis.example", "Femke Jansen"),
                attendees=(person(MAYA, "Maya Example"),),
                desc="Hoi Maya, fijn dat je tijd hebt voor een eerste kennismaking.\n\n"
                + TEAMS.format(code="OGFlMzE0"),
                loc="Microsoft Teams-vergadering",
                seq=0,
                extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-02T08:00:00Z",
                "2026-12-02T09:00:00Z",
                interview=True,
                who=("femke.jansen@brouwhuis.example",),
                company="Brouwhuis Analytics",
                role="Data Engineer",
            ),
        ],
    )

    uid = "040000008200E00074C5B7101A82E00800000000A1C3E5F7092BDD01000000000000000010000000112233445566778899AABBCCDDEEFF00"
    case(
        "outlook365_tzone_utc_bare_cs",
        "Exchange Online invite (TZID tzone://Microsoft/Utc unquoted, with VTIMEZONE)",
        "Europe/Prague",
        calendar(
            EXCHANGE,
            _fixed("tzone://Microsoft/Utc", "+0000")
            + vevent(
                uid,
                "Pohovor – Java vývojář – Lesná Software s.r.o.",
                "20261203T090000",
                "20261203T100000",
                tz="!tzone://Microsoft/Utc",
                org=organizer("petr.dvorak@lesnasoftware.example", "Petr Dvořák"),
                attendees=(person(MAYA, "Maya Example"),),
                desc="Dobrý den, posílám pozvánku na technický pohovor.\n\n" + TEAMS.format(code="MjA5YzEx"),
                loc="Schůzka v Microsoft Teams",
                seq=0,
                extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-03T09:00:00Z",
                "2026-12-03T10:00:00Z",
                interview=True,
                who=("petr.dvorak@lesnasoftware.example",),
                company="Lesná Software s.r.o.",
                role="Java vývojář",
            ),
        ],
    )

    uid = "040000008200E00074C5B7101A82E008000000003E5A7C9B1D81DD01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00"
    case(
        "outlook_customized_time_zone_marlow_panel",
        "Outlook desktop invite (Customized Time Zone)",
        "America/New_York",
        calendar(
            OUTLOOK,
            CUSTOM_EASTERN
            + vevent(
                uid,
                "Panel Interview — Marlow Health — Senior Product Manager",
                "20261210T130000",
                "20261210T150000",
                tz="Customized Time Zone",
                org=organizer("talent@marlowhealth.example", "Marlow Health Talent"),
                attendees=(
                    person(MAYA, "Maya Example"),
                    person("dana.whitfield@marlowhealth.example", "Dana Whitfield", partstat="ACCEPTED"),
                    person("luis.ortega@marlowhealth.example", "Luis Ortega", partstat="DECLINED"),
                    person("kenji.mori@marlowhealth.example", "Kenji Mori", partstat="ACCEPTED"),
                ),
                desc="Panel: Dana (VP Product), Kenji (Design Lead). Luis may be replaced; we will confirm.\n\n"
                + TEAMS.format(code="Y2FmZTQy"),
                loc="Microsoft Teams Meeting",
                seq=1,
                extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-10T18:00:00Z",
                "2026-12-10T20:00:00Z",
                interview=True,
                who=(
                    "dana.whitfield@marlowhealth.example",
                    "kenji.mori@marlowhealth.example",
                    "talent@marlowhealth.example",
                ),
                company="Marlow Health",
                role="Senior Product Manager",
            ),
        ],
    )

    uid = "20261126T101512Z-4417-1000-1986-0@maya-laptop"
    case(
        "evolution_own_tzid_saimaa_fi",
        "Evolution invite (TZID defined by its own VTIMEZONE)",
        "Europe/Helsinki",
        calendar(
            "-//Ximian//NONSGML Evolution Calendar//EN",
            EVOLUTION_HELSINKI
            + vevent(
                uid,
                "Työhaastattelu: Ohjelmistokehittäjä – Saimaa Data Oy",
                "20261204T130000",
                "20261204T140000",
                tz="/freeassociation.sourceforge.net/Tzfile/Europe/Helsinki",
                org=organizer("mikko.laine@saimaadata.example", "Mikko Laine"),
                attendees=(person(MAYA, "Maya Example", cutype="INDIVIDUAL"),),
                loc="Saimaa Data, Kauppakatu 8, Lappeenranta",
                seq=0,
            ),
            method="REQUEST",
        ),
        [
            ev(
                uid,
                "2026-12-04T11:00:00Z",
                "2026-12-04T12:00:00Z",
                interview=True,
                who=("mikko.laine@saimaadata.example",),
                company="Saimaa Data Oy",
                role="Ohjelmistokehittäjä",
            ),
        ],
    )


def simple(
    name: str,
    *,
    source: str,
    user_tz: str,
    prodid: str,
    uid: str,
    summary: str,
    span: tuple[str, str],
    utc: tuple[str, str],
    tz: str | None = None,
    vtimezone: str = "",
    org: tuple[str, str] = ("", ""),
    others: tuple[str, ...] = (),
    desc: str = "",
    loc: str = "",
    status: str = "CONFIRMED",
    method: str = "REQUEST",
    interview: bool = True,
    who: tuple[str, ...] = (),
    company: str = "",
    role: str = "",
    extra: tuple[str, ...] = (),
) -> None:
    """One invite holding one event: most of a job seeker's calendar looks like this."""
    body = vtimezone + vevent(
        uid,
        summary,
        span[0],
        span[1],
        tz=tz,
        org=organizer(*org) if org[0] else "",
        attendees=(*others, ME),
        desc=desc,
        loc=loc,
        seq=0,
        status=status,
        extra=extra,
    )
    case(
        name,
        source,
        user_tz,
        calendar(prodid, body, method=method),
        [ev(uid, utc[0], utc[1], interview=interview, who=who, company=company, role=role)],
    )


def scheduling_tools() -> None:
    """Booking and applicant-tracking tools, each with the organizer and wording it really uses."""
    simple(
        "calendly_recruiter_screen_ashgrove",
        source="Calendly booking",
        user_tz="Europe/Berlin",
        prodid="-//Calendly//Calendly Scheduling//EN",
        uid="f3a8c1d2-77b4-4e0a-9c5d-2b6e8f1a4c7d@calendly.example",
        summary="Recruiter Screen: Ashgrove Analytics between Jane Doe and Maya Example",
        span=("20261201T090000", "20261201T093000"),
        utc=("2026-12-01T09:00:00Z", "2026-12-01T09:30:00Z"),
        org=("jane.doe@ashgrove.example", "Jane Doe"),
        desc="Event Name: Recruiter Screen: Ashgrove Analytics\n\nLocation: This is a Google Meet web conference.\n"
        "Need to make changes to this event?\nCancel: https://calendly.example/cancellations/f3a8c1d2\n"
        "Reschedule: https://calendly.example/reschedulings/f3a8c1d2\n\nPowered by Calendly",
        who=("jane.doe@ashgrove.example",),
        company="Ashgrove Analytics",
    )
    simple(
        "calcom_system_design_at_pintail",
        source="Cal.com booking",
        user_tz="Europe/Berlin",
        prodid="-//Cal.com Inc.//Cal.com Event//EN",
        uid="kq7w2e9rT4yU1iO8pA3sD6fG@cal.example",
        summary="System design interview @ Pintail Labs [Staff Engineer]",
        span=("20261201T150000", "20261201T160000"),
        utc=("2026-12-01T15:00:00Z", "2026-12-01T16:00:00Z"),
        org=("raj.patel@pintail.example", "Raj Patel"),
        others=(person("raj.patel@pintail.example", "Raj Patel", partstat="ACCEPTED", rsvp=False),),
        desc="What: System design interview\nInvitee Time Zone: Europe/Berlin\nWhere: Cal Video",
        who=("raj.patel@pintail.example",),
        company="Pintail Labs",
        role="Staff Engineer",
    )
    simple(
        "greenhouse_portfolio_review_tessellate",
        source="Greenhouse-scheduled Google invite",
        user_tz="Europe/Berlin",
        prodid=GOOGLE,
        uid="8h1j4k7l0z3x6c9v2b5n8m1q4w@google.com",
        summary="Maya Example – Product Designer – Portfolio Review",
        span=("20261202T140000", "20261202T150000"),
        utc=("2026-12-02T14:00:00Z", "2026-12-02T15:00:00Z"),
        org=("lena.fischer@tessellate.example", "Lena Fischer"),
        others=(
            person("lena.fischer@tessellate.example", "Lena Fischer", partstat="ACCEPTED", rsvp=False),
            person("omar.haddad@tessellate.example", "Omar Haddad", partstat="ACCEPTED"),
        ),
        desc="Interview scheduled via Greenhouse.\nCandidate: Maya Example\nJob: Product Designer\n"
        "Interview: Portfolio Review (60 min)\n\n" + MEET.format(code="gre-ptfl-rvw"),
        who=("lena.fischer@tessellate.example", "omar.haddad@tessellate.example"),
        company="Tessellate",
        role="Product Designer",
    )
    simple(
        "lever_phone_screen_hollis_crane",
        source="Lever-scheduled invite",
        user_tz="Europe/London",
        prodid=GOOGLE,
        uid="0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com",
        summary="Maya Example <> Hollis & Crane | Phone Screen",
        span=("20261203T160000", "20261203T163000"),
        utc=("2026-12-03T16:00:00Z", "2026-12-03T16:30:00Z"),
        org=("ben.carter@hollisandcrane.example", "Ben Carter"),
        others=(person("ben.carter@hollisandcrane.example", "Ben Carter", partstat="ACCEPTED", rsvp=False),),
        desc="Ben will call you on the number you gave in your application.\n\nScheduled with Lever",
        who=("ben.carter@hollisandcrane.example",),
        company="Hollis & Crane",
    )
    simple(
        "ashby_hiring_manager_chat_orbitfield",
        source="Ashby-scheduled invite",
        user_tz="America/New_York",
        prodid=GOOGLE,
        uid="ashby-7d1e9a43-2b6c-4f80-b1d2-93c5e7a8f0b6",
        summary="Hiring Manager Chat – Maya Example (Senior Data Scientist) – Orbitfield",
        span=("20261208T170000", "20261208T174500"),
        utc=("2026-12-08T17:00:00Z", "2026-12-08T17:45:00Z"),
        org=("recruiting@orbitfield.example", "Orbitfield Recruiting"),
        others=(person("chen.wei@orbitfield.example", "Chen Wei", partstat="ACCEPTED"),),
        desc="Hi Maya, you will meet Chen Wei, Director of Data Science.\nZoom: https://orbitfield.zoom.example/j/93307711",
        who=("chen.wei@orbitfield.example", "recruiting@orbitfield.example"),
        company="Orbitfield",
        role="Senior Data Scientist",
    )
    simple(
        "workday_vorstellungsgespraech_halden_noreply",
        source="Workday invite (no-reply organizer)",
        user_tz="Europe/Berlin",
        prodid="-//Workday//Recruiting Interview Scheduling//EN",
        uid="INT-00418827-0001@halden.myworkday.example",
        summary="Halden Versicherung AG: Vorstellungsgespräch (Werkstudent Controlling)",
        span=("20261207T090000", "20261207T094500"),
        utc=("2026-12-07T08:00:00Z", "2026-12-07T08:45:00Z"),
        tz="Europe/Berlin",
        vtimezone=BERLIN,
        org=("noreply@halden.myworkday.example", "Halden Versicherung Karriere"),
        others=(person("sabine.krueger@halden-versicherung.example", "Sabine Krüger", partstat="ACCEPTED"),),
        desc="Sehr geehrte Frau Example,\nhiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch.\n"
        "Bitte antworten Sie nicht auf diese E-Mail.",
        loc="Halden Versicherung AG, Theodor-Heuss-Ring 9, Köln",
        who=("sabine.krueger@halden-versicherung.example",),
        company="Halden Versicherung AG",
        role="Werkstudent Controlling",
    )
    simple(
        "smartrecruiters_colloquio_orsini_it",
        source="SmartRecruiters invite",
        user_tz="Europe/Rome",
        prodid="-//SmartRecruiters//Interview Scheduler//EN",
        uid="sr-int-5a1f0c93e2b74d68@smartrecruiters.example",
        summary="Colloquio conoscitivo | Tecnico di laboratorio | Farmaceutica Orsini",
        span=("20261209T110000", "20261209T114500"),
        utc=("2026-12-09T10:00:00Z", "2026-12-09T10:45:00Z"),
        tz="Europe/Rome",
        vtimezone=_olson_eu("Europe/Rome", "+0100", "+0200"),
        org=("giulia.bianchi@farmaceuticaorsini.example", "Giulia Bianchi"),
        desc="Gentile Maya, la aspettiamo per un colloquio conoscitivo presso la nostra sede di Latina.",
        loc="Via Pontina km 52, Latina",
        who=("giulia.bianchi@farmaceuticaorsini.example",),
        company="Farmaceutica Orsini",
        role="Tecnico di laboratorio",
    )
    simple(
        "personio_sollicitatiegesprek_dijkhuis_nl",
        source="Personio invite (no-reply organizer)",
        user_tz="Europe/Amsterdam",
        prodid="-//Personio//Recruiting//EN",
        uid="personio-appointment-884213@personio.example",
        summary="Sollicitatiegesprek: Marketing Manager bij Dijkhuis & Co",
        span=("20261210T140000", "20261210T150000"),
        utc=("2026-12-10T13:00:00Z", "2026-12-10T14:00:00Z"),
        tz="Europe/Amsterdam",
        vtimezone=_olson_eu("Europe/Amsterdam", "+0100", "+0200"),
        org=("no-reply@personio.example", "Dijkhuis & Co via Personio"),
        others=(person("sanne.devries@dijkhuis.example", "Sanne de Vries", partstat="ACCEPTED"),),
        desc="Beste Maya,\nJe gesprek met Sanne de Vries (Head of Marketing) is bevestigd.",
        loc="Keizersgracht 211, Amsterdam",
        who=("sanne.devries@dijkhuis.example",),
        company="Dijkhuis & Co",
        role="Marketing Manager",
    )
    simple(
        "recruitee_entretien_rh_maison_verlaine_fr",
        source="Recruitee invite",
        user_tz="Europe/Paris",
        prodid="-//Recruitee//Recruitee Calendar//EN",
        uid="recruitee-event-2739184@recruitee.example",
        summary="Entretien RH – Chargée de communication – Maison Verlaine",
        span=("20261201T130000", "20261201T133000"),
        utc=("2026-12-01T13:00:00Z", "2026-12-01T13:30:00Z"),
        org=("camille.roux@maisonverlaine.example", "Camille Roux"),
        desc="Bonjour Maya, voici le lien visio pour notre échange : https://meet.google.com/mvr-chrg-com",
        who=("camille.roux@maisonverlaine.example",),
        company="Maison Verlaine",
        role="Chargée de communication",
    )
    simple(
        "teamtailor_jobsamtale_skovbo_da",
        source="Teamtailor invite (no-reply organizer)",
        user_tz="Europe/Copenhagen",
        prodid="-//Teamtailor//Meetings//EN",
        uid="tt-meeting-61c0f2a9@teamtailor.example",
        summary="Jobsamtale: Backend-udvikler hos Skovbo ApS",
        span=("20261204T093000", "20261204T103000"),
        utc=("2026-12-04T08:30:00Z", "2026-12-04T09:30:00Z"),
        tz="Europe/Copenhagen",
        vtimezone=_olson_eu("Europe/Copenhagen", "+0100", "+0200"),
        org=("no-reply@teamtailor.example", "Skovbo ApS"),
        others=(person("mads.nielsen@skovbo.example", "Mads Nielsen", partstat="ACCEPTED"),),
        desc="Hej Maya,\nVi glæder os til at møde dig. Mads Nielsen (CTO) deltager.",
        loc="Skovbo ApS, Njalsgade 76, København S",
        who=("mads.nielsen@skovbo.example",),
        company="Skovbo ApS",
        role="Backend-udvikler",
    )
    simple(
        "bamboohr_jobbintervju_fjellheim_nb",
        source="BambooHR-scheduled Outlook invite",
        user_tz="Europe/Oslo",
        prodid=EXCHANGE,
        uid="040000008200E00074C5B7101A82E00800000000D4F6A8C0E281DD0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        summary="Jobbintervju – Regnskapsmedarbeider – Fjellheim AS",
        span=("20261208T120000", "20261208T130000"),
        utc=("2026-12-08T11:00:00Z", "2026-12-08T12:00:00Z"),
        tz="W. Europe Standard Time",
        vtimezone=W_EUROPE,
        org=("ingrid.haugen@fjellheim.example", "Ingrid Haugen"),
        desc="Hei Maya, velkommen til intervju. Vi møtes i resepsjonen.",
        loc="Fjellheim AS, Storgata 14, Oslo",
        who=("ingrid.haugen@fjellheim.example",),
        company="Fjellheim AS",
        role="Regnskapsmedarbeider",
        extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
    )
    simple(
        "hirevue_live_interview_larchmont",
        source="HireVue live interview (no-reply organizer)",
        user_tz="Europe/London",
        prodid="-//HireVue//Scheduling//EN",
        uid="hv-live-3d9b7e21c4@hirevue.example",
        summary="Live Interview: Larchmont Bank – Graduate Analyst",
        span=("20261202T150000", "20261202T153000"),
        utc=("2026-12-02T15:00:00Z", "2026-12-02T15:30:00Z"),
        org=("noreply@hirevue.example", "HireVue"),
        others=(person("rachel.stone@larchmontbank.example", "Rachel Stone", partstat="ACCEPTED"),),
        desc="Your live interview with Larchmont Bank is confirmed. Join from a laptop with Chrome:\n"
        "https://app.hirevue.example/live/3d9b7e21c4",
        who=("rachel.stone@larchmontbank.example",),
        company="Larchmont Bank",
        role="Graduate Analyst",
    )
    simple(
        "gem_coffee_chat_recruiter_verdant",
        source="Gem-scheduled Google invite",
        user_tz="Europe/Berlin",
        prodid=GOOGLE,
        uid="5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com",
        summary="Coffee chat with Priya (Verdant Labs recruiting)",
        span=("20261207T160000", "20261207T163000"),
        utc=("2026-12-07T16:00:00Z", "2026-12-07T16:30:00Z"),
        org=("priya.shah@verdantlabs.example", "Priya Shah"),
        others=(person("priya.shah@verdantlabs.example", "Priya Shah", partstat="ACCEPTED", rsvp=False),),
        desc="Hi Maya! Informal chat about our open backend roles and how our interview process works.\n\n"
        + MEET.format(code="vdl-cofe-cht"),
        who=("priya.shah@verdantlabs.example",),
        company="Verdant Labs",
    )
    simple(
        "modernloop_onsite_panel_zephyr_room",
        source="ModernLoop-scheduled Outlook invite",
        user_tz="Europe/Berlin",
        prodid=EXCHANGE,
        uid="modernloop-6f2c9e4a-1b7d-4a3e-8c5f-0d9b2e7a4c16",
        summary="Zephyr Mobility · Onsite panel · Engineering Manager",
        span=("20261211T090000", "20261211T120000"),
        utc=("2026-12-11T08:00:00Z", "2026-12-11T11:00:00Z"),
        tz="W. Europe Standard Time",
        vtimezone=W_EUROPE,
        org=("coordinators@zephyrmobility.example", "Zephyr Recruiting Coordination"),
        others=(
            person("hannah.koch@zephyrmobility.example", "Hannah Koch", partstat="ACCEPTED"),
            person("felix.wagner@zephyrmobility.example", "Felix Wagner", partstat="ACCEPTED"),
            person("amara.osei@zephyrmobility.example", "Amara Osei", partstat="TENTATIVE"),
            person(
                "muc-hq-atlas@zephyrmobility.example",
                "MUC HQ – Atlas (10)",
                cutype="RESOURCE",
                role="NON-PARTICIPANT",
            ),
        ),
        desc="Agenda\n09:00 Hannah Koch – leadership\n10:00 Felix Wagner – technical depth\n"
        "11:00 Amara Osei – cross-functional\n\n"
        "Scheduled with ModernLoop",
        loc="MUC HQ – Atlas (10)",
        who=(
            "amara.osei@zephyrmobility.example",
            "coordinators@zephyrmobility.example",
            "felix.wagner@zephyrmobility.example",
            "hannah.koch@zephyrmobility.example",
        ),
        company="Zephyr Mobility",
        role="Engineering Manager",
        extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
    )
    simple(
        "paradox_assistant_rosewood_hotels",
        source="Paradox assistant invite (bot organizer)",
        user_tz="America/New_York",
        prodid="-//Paradox//Olivia Scheduling//EN",
        uid="olv-9d83b2e1-77aa@paradox.example",
        summary="Interview with Rosewood Hotels – Front Office Supervisor",
        span=("20261214T100000", "20261214T103000"),
        utc=("2026-12-14T15:00:00Z", "2026-12-14T15:30:00Z"),
        tz="America/New_York",
        vtimezone=NEW_YORK,
        org=("olivia@rosewoodhotels.paradox.example", "Olivia (Rosewood Hotels Recruiting Assistant)"),
        others=(person("mark.ellis@rosewoodhotels.example", "Mark Ellis", partstat="ACCEPTED"),),
        desc="Hi Maya, it's Olivia! Your interview with Mark Ellis is confirmed. Text RESCHEDULE to change it.",
        loc="Rosewood Hotel Lobby, 711 Fifth Ave",
        who=("mark.ellis@rosewoodhotels.example",),
        company="Rosewood Hotels",
        role="Front Office Supervisor",
    )
    simple(
        "goodtime_onsite_user_name_cobalt",
        source="GoodTime-scheduled invite",
        user_tz="America/New_York",
        prodid=GOOGLE,
        uid="gt-itin-41c7e0b9@goodtime.example",
        summary="Maya Example - Staff Backend Engineer - Onsite Interview",
        span=("20261215T170000", "20261215T190000"),
        utc=("2026-12-15T17:00:00Z", "2026-12-15T19:00:00Z"),
        org=("recruiting@cobalt.example", "Cobalt Recruiting"),
        others=(
            person("victor.nguyen@cobalt.example", "Victor Nguyen", partstat="ACCEPTED"),
            person("sara.lindqvist@cobalt.example", "Sara Lindqvist", partstat="ACCEPTED"),
        ),
        desc="Your itinerary\n12:00 Victor Nguyen – Coding\n13:00 Sara Lindqvist – System design\n\nPowered by GoodTime",
        who=("recruiting@cobalt.example", "sara.lindqvist@cobalt.example", "victor.nguyen@cobalt.example"),
        company="Cobalt",
        role="Staff Backend Engineer",
    )


def languages() -> None:
    """Invites in the languages of the markets the user applies in, in the clients common there."""
    simple(
        "outlook_tokyo_nijimensetsu_ja",
        source="Outlook invite (Tokyo Standard Time)",
        user_tz="Asia/Tokyo",
        prodid=OUTLOOK,
        uid="040000008200E00074C5B7101A82E008000000008A1B2C3D4E81DD01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8",
        summary="【二次面接】株式会社ミナト精機 / 生産技術エンジニア",
        span=("20261203T100000", "20261203T110000"),
        utc=("2026-12-03T01:00:00Z", "2026-12-03T02:00:00Z"),
        tz="Tokyo Standard Time",
        vtimezone=TOKYO,
        org=("saiyo@minatoseiki.example", "ミナト精機 採用担当"),
        others=(person("ken.sato@minatoseiki.example", "佐藤 健", partstat="ACCEPTED"),),
        desc="マヤ様\n二次面接のご案内です。当日は本社受付にてお名前をお伝えください。",
        loc="株式会社ミナト精機 本社 3F 会議室B",
        who=("ken.sato@minatoseiki.example", "saiyo@minatoseiki.example"),
        company="株式会社ミナト精機",
        role="生産技術エンジニア",
        extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
    )
    simple(
        "feishu_mianshi_yunfan_zh",
        source="Feishu calendar invite",
        user_tz="Asia/Shanghai",
        prodid="-//Feishu//Calendar//CN",
        uid="c8f1e2d3-a4b5-4c6d-8e7f-90a1b2c3d4e5@feishu.example",
        summary="面试：云帆科技 - 后端开发工程师（技术面）",
        span=("20261204T140000", "20261204T150000"),
        utc=("2026-12-04T06:00:00Z", "2026-12-04T07:00:00Z"),
        tz="Asia/Shanghai",
        vtimezone=_fixed("Asia/Shanghai", "+0800", "CST"),
        org=("hr@yunfan.example", "云帆科技招聘"),
        others=(person("liu.yang@yunfan.example", "刘洋", partstat="ACCEPTED"),),
        desc="Maya 你好，技术面试由后端负责人刘洋进行，请提前 5 分钟进入会议。\n飞书视频会议：https://vc.feishu.example/j/783120554",
        who=("hr@yunfan.example", "liu.yang@yunfan.example"),
        company="云帆科技",
        role="后端开发工程师",
    )
    simple(
        "naver_myeonjeop_haneulsoft_ko",
        source="Naver Calendar invite",
        user_tz="Asia/Seoul",
        prodid="-//NHN Corp//Naver Calendar 2.0//KO",
        uid="20261130093011-haneul-77213@calendar.naver.example",
        summary="[하늘소프트] 프론트엔드 개발자 1차 면접",
        span=("20261207T140000", "20261207T150000"),
        utc=("2026-12-07T05:00:00Z", "2026-12-07T06:00:00Z"),
        tz="Asia/Seoul",
        vtimezone=_fixed("Asia/Seoul", "+0900", "KST"),
        org=("recruit@haneulsoft.example", "하늘소프트 채용팀"),
        desc="안녕하세요 Maya님, 1차 면접 일정 안내드립니다. 면접관: 프론트엔드 팀장",
        loc="서울 강남구 테헤란로 427, 10층",
        who=("recruit@haneulsoft.example",),
        company="하늘소프트",
        role="프론트엔드 개발자",
    )
    simple(
        "outlook_mulakat_akdeniz_tr",
        source="Outlook invite (Turkey Standard Time, no VTIMEZONE)",
        user_tz="Europe/Istanbul",
        prodid=OUTLOOK,
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A581DD0100000000000000001000000012121212343434345656565678787878",
        summary="Mülakat: Veri Analisti @ Akdeniz Lojistik",
        span=("20261208T110000", "20261208T120000"),
        utc=("2026-12-08T08:00:00Z", "2026-12-08T09:00:00Z"),
        tz="Turkey Standard Time",
        org=("ik@akdenizlojistik.example", "Akdeniz Lojistik İK"),
        others=(person("emre.yilmaz@akdenizlojistik.example", "Emre Yılmaz"),),
        desc="Merhaba Maya Hanım, mülakatınız Teams üzerinden yapılacaktır.\n\n"
        + TEAMS.format(code="NzQ2YjNm"),
        loc="Microsoft Teams Toplantısı",
        who=("emre.yilmaz@akdenizlojistik.example", "ik@akdenizlojistik.example"),
        company="Akdeniz Lojistik",
        role="Veri Analisti",
        extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
    )
    simple(
        "zoom_interviu_tehnic_carpatica_ro",
        source="Zoom invite",
        user_tz="Europe/Bucharest",
        prodid="-//zoom.us//iCalendar Event//EN",
        uid="ZOOM89012345678@zoom.us",
        summary="Interviu tehnic – Inginer DevOps – Carpatica Systems",
        span=("20261209T140000", "20261209T150000"),
        utc=("2026-12-09T14:00:00Z", "2026-12-09T15:00:00Z"),
        org=("andrei.popescu@carpatica.example", "Andrei Popescu"),
        desc="Andrei Popescu vă invită la o întâlnire Zoom programată.\n\n" + ZOOM.format(code="9012345678"),
        loc="https://us06web.zoom.us/j/89012345678?pwd=bXlQcnVvZ0ZtT2d1",
        who=("andrei.popescu@carpatica.example",),
        company="Carpatica Systems",
        role="Inginer DevOps",
    )
    simple(
        "zoho_allasinterju_tiszavolgy_hu",
        source="Zoho Calendar invite",
        user_tz="Europe/Budapest",
        prodid="-//Zoho Corporation//Zoho Calendar//EN",
        uid="a1b2c3d4e5f6a7b8c9d0@zoho.example",
        summary="Állásinterjú: Pénzügyi elemző – Tiszavölgy Bank Zrt.",
        span=("20261210T090000", "20261210T100000"),
        utc=("2026-12-10T08:00:00Z", "2026-12-10T09:00:00Z"),
        tz="Europe/Budapest",
        vtimezone=_olson_eu("Europe/Budapest", "+0100", "+0200"),
        org=("kovacs.eszter@tiszavolgybank.example", "Kovács Eszter"),
        desc="Kedves Maya! Várjuk az interjúra a szegedi irodánkban.",
        loc="Tiszavölgy Bank, Kárász utca 6, Szeged",
        who=("kovacs.eszter@tiszavolgybank.example",),
        company="Tiszavölgy Bank Zrt.",
        role="Pénzügyi elemző",
    )
    simple(
        "webex_synenteuxi_aigaio_el",
        source="Webex meeting invite",
        user_tz="Europe/Athens",
        prodid="-//Cisco Webex//Webex Meetings//EN",
        uid="7f3e21a9c0b84d56a1e2f3a4b5c6d7e8@webex.example",
        summary="Συνέντευξη – Μηχανικός Λογισμικού – Αιγαίο Τεχνολογίες",
        span=("20261211T120000", "20261211T130000"),
        utc=("2026-12-11T10:00:00Z", "2026-12-11T11:00:00Z"),
        tz="Europe/Athens",
        vtimezone=_olson_eu("Europe/Athens", "+0200", "+0300", names=("EET", "EEST")),
        org=("n.papadopoulou@aigaiotech.example", "Νικολέτα Παπαδοπούλου"),
        desc="Συμμετοχή στη σύσκεψη Webex: https://aigaiotech.webex.example/meet/n.papadopoulou",
        who=("n.papadopoulou@aigaiotech.example",),
        company="Αιγαίο Τεχνολογίες",
        role="Μηχανικός Λογισμικού",
    )
    simple(
        "google_meet_entrevista_tarrasa_es",
        source="Google Calendar invite",
        user_tz="Europe/Madrid",
        prodid=GOOGLE,
        uid="3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com",
        summary="Entrevista técnica · Tarrasa Logística · Analista de Planificación",
        span=("20261214T090000", "20261214T100000"),
        utc=("2026-12-14T09:00:00Z", "2026-12-14T10:00:00Z"),
        org=("lucia.martin@tarrasa.example", "Lucía Martín"),
        others=(
            person("lucia.martin@tarrasa.example", "Lucía Martín", partstat="ACCEPTED", rsvp=False),
            person("planificacion@tarrasa.example", "Equipo Planificación", cutype="GROUP"),
        ),
        desc="Hola Maya, te esperamos en la entrevista técnica con el equipo de planificación.\n\n"
        + MEET.format(code="trs-lgst-plf"),
        who=("lucia.martin@tarrasa.example",),
        company="Tarrasa Logística",
        role="Analista de Planificación",
    )
    simple(
        "proton_tentative_intervista_lagunare_it",
        source="Proton Calendar invite (tentative)",
        user_tz="Europe/Rome",
        prodid="-//Proton AG//ProtonCalendar 1.0.0//EN",
        uid="x9Yk3mQp7Lr2Tn5Vw8Zb1Cd4Fg6Hj0Ks@proton.me",
        summary="Intervista – Sviluppatore iOS – Lagunare Srl",
        span=("20261215T150000", "20261215T160000"),
        utc=("2026-12-15T14:00:00Z", "2026-12-15T15:00:00Z"),
        tz="Europe/Rome",
        vtimezone=_olson_eu("Europe/Rome", "+0100", "+0200"),
        org=("marco.ferri@lagunare.example", "Marco Ferri"),
        status="TENTATIVE",
        desc="Ciao Maya, orario da confermare: ti scrivo entro venerdì.",
        who=("marco.ferri@lagunare.example",),
        company="Lagunare Srl",
        role="Sviluppatore iOS",
    )


def everyday_look_alikes() -> None:
    """The rest of a job seeker's week: coaching, a podcast, the current job, travel, a fair, research studies."""
    simple(
        "fastmail_mock_interview_with_coach",
        source="Fastmail calendar invite",
        user_tz="Europe/Berlin",
        prodid="-//Fastmail/2020.5/EN",
        uid="b7e3d9a1-4c2f-4e8b-a6d0-5f1c3e9b7a24",
        summary="Mock interview with coach (system design)",
        span=("20261202T180000", "20261202T190000"),
        utc=("2026-12-02T17:00:00Z", "2026-12-02T18:00:00Z"),
        tz="Europe/Berlin",
        vtimezone=BERLIN,
        org=("coach@careerlaunch.example", "Nora Hartmann (CareerLaunch)"),
        desc="Practice round before your Syncrobe and Pintail interviews. Bring a whiteboard tool.",
        interview=False,
    )
    simple(
        "google_podcast_recording_hiring",
        source="Google Calendar invite",
        user_tz="Europe/Berlin",
        prodid=GOOGLE,
        uid="2w4e6r8t0y2u4i6o8p0a2s4d6f@google.com",
        summary="Podcast recording: “How we hire in 2027” – guest Maya Example",
        span=("20261208T150000", "20261208T160000"),
        utc=("2026-12-08T15:00:00Z", "2026-12-08T16:00:00Z"),
        org=("producer@talentpod.example", "TalentPod Production"),
        desc="We'll record the interview episode on Riverside: https://riverside.example/studio/talentpod",
        interview=False,
    )
    simple(
        "outlook365_exit_interview_current_employer",
        source="Exchange Online invite",
        user_tz="Europe/Berlin",
        prodid=EXCHANGE,
        uid="040000008200E00074C5B7101A82E00800000000E9F1A3B5C781DD0100000000000000001000000055AA55AA66BB66BB77CC77CC88DD88DD",
        summary="Exit interview – Maya Example",
        span=("20261216T110000", "20261216T113000"),
        utc=("2026-12-16T10:00:00Z", "2026-12-16T10:30:00Z"),
        tz="W. Europe Standard Time",
        vtimezone=W_EUROPE,
        org=("people@brightline.example", "Brightline People Team"),
        desc="Hi Maya, as part of your offboarding we'd like to hear about your time at Brightline.\n\n"
        + TEAMS.format(code="ZXhpdDEy"),
        interview=False,
        extra=("CLASS:PUBLIC", "TRANSP:OPAQUE"),
    )
    simple(
        "calendly_user_research_interview_lumatic",
        source="Calendly booking",
        user_tz="Europe/Berlin",
        prodid="-//Calendly//Calendly Scheduling//EN",
        uid="0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f@calendly.example",
        summary="User research interview: Lumatic app (30 min, €40 voucher)",
        span=("20261204T160000", "20261204T163000"),
        utc=("2026-12-04T16:00:00Z", "2026-12-04T16:30:00Z"),
        org=("research@lumatic.example", "Lumatic UX Research"),
        desc="Thanks for signing up to help us improve Lumatic! We'll ask about how you plan your week.\n\n"
        "Powered by Calendly",
        interview=False,
    )
    simple(
        "tripit_flight_to_interview",
        source="TripIt feed",
        user_tz="Europe/Berlin",
        prodid="-//TripIt//TripIt Calendar//EN",
        uid="item-8c1e5a2f93@tripit.example",
        summary="LH 2011 MUC to HAM (Interview trip)",
        span=("20261209T063000", "20261209T074000"),
        utc=("2026-12-09T06:30:00Z", "2026-12-09T07:40:00Z"),
        desc="Lufthansa flight 2011, confirmation QX7P2L\nView itinerary: https://www.tripit.example/trip/show/id/8c1e5a2f93",
        loc="Munich (MUC)",
        method="PUBLISH",
        interview=False,
    )

    fair, review = "1k3m5o7q9s1u3w5y7a9c1e3g5i@google.com", "8u6y4t2r0e8w6q4a2s0d8f6g4h@google.com"
    body = vevent(
        fair,
        "Karrieremesse Berlin – Stand B14 Tessellate & Corvana",
        "20261217",
        "20261218",
        tz="DATE",
        desc="Lebenslauf x10 ausdrucken",
        loc="Messe Berlin, Halle 7",
        seq=0,
        status="CONFIRMED",
        extra=("TRANSP:TRANSPARENT",),
    ) + vevent(
        review,
        "Review interview notes + update tracker",
        "20261211T170000",
        "20261211T173000",
        tz="Europe/Berlin",
        seq=0,
        status="CONFIRMED",
        extra=("TRANSP:OPAQUE",),
    )
    case(
        "google_export_job_fair_all_day_and_notes_review",
        "Google Calendar export",
        "Europe/Berlin",
        calendar(
            GOOGLE,
            BERLIN + body,
            method="PUBLISH",
            head=("X-WR-CALNAME:Jobsuche", "X-WR-TIMEZONE:Europe/Berlin"),
        ),
        [
            ev(review, "2026-12-11T16:00:00Z", "2026-12-11T16:30:00Z", interview=False),
            ev(fair, "2026-12-16T23:00:00Z", "2026-12-17T23:00:00Z", interview=False),
        ],
    )

    one, perf = (
        "6d2f8b14-93a7-4e05-b1c8-7a9e3d5f2c60",
        "040000008200E00074C5B7101A82E00800000000F1E2D3C4B581DD01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
    )
    org = organizer("tobias.krause@brightline.example", "Tobias Krause")
    attendees = (person(MAYA, "Maya Example", partstat="ACCEPTED", rsvp=False),)
    body = (
        W_EUROPE
        + vevent(
            one,
            "1:1 Maya / Tobias",
            "20261105T100000",
            "20261105T103000",
            tz="W. Europe Standard Time",
            org=org,
            attendees=attendees,
            seq=0,
            extra=(
                "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH",
                'EXDATE;TZID="W. Europe Standard Time":20261210T100000',
            ),
        )
        + vevent(
            one,
            "1:1 Maya / Tobias",
            "20261217T140000",
            "20261217T143000",
            tz="W. Europe Standard Time",
            org=org,
            attendees=attendees,
            seq=1,
            rid='RECURRENCE-ID;TZID="W. Europe Standard Time":20261217T100000',
        )
        + vevent(
            perf,
            "Performance review H2 – Maya",
            "20261215T130000",
            "20261215T140000",
            tz="W. Europe Standard Time",
            org=org,
            attendees=attendees,
            desc="Self-assessment due the day before.",
            seq=0,
        )
    )
    case(
        "exchange_current_job_one_on_ones_and_performance_review",
        "Exchange calendar export (weekly series with EXDATE and a moved occurrence)",
        "Europe/Berlin",
        calendar(EXCHANGE, body, method="PUBLISH"),
        [
            ev(one, "2026-12-03T09:00:00Z", "2026-12-03T09:30:00Z", interview=False, rid="20261203T090000Z"),
            ev(perf, "2026-12-15T12:00:00Z", "2026-12-15T13:00:00Z", interview=False),
            ev(one, "2026-12-17T13:00:00Z", "2026-12-17T13:30:00Z", interview=False, rid="20261217T090000Z"),
        ],
    )

    uid = "A0B1C2D3-E4F5-4061-8293-A4B5C6D7E8F9"
    case(
        "icloud_floating_phone_interview_no_organizer",
        "iCloud event typed by the user (floating time)",
        "Europe/Berlin",
        calendar(
            "-//Apple Inc.//iPhone OS 18.1//EN",
            vevent(
                uid,
                "Telefoninterview Brunnmeier GmbH – Junior Data Analyst",
                "20261216T100000",
                "20261216T103000",
                tz="",
                desc="Frau Albrecht ruft an: 089 555 0142",
                seq=0,
            ),
        ),
        [
            ev(
                uid,
                "2026-12-16T09:00:00Z",
                "2026-12-16T09:30:00Z",
                interview=True,
                company="Brunnmeier GmbH",
                role="Junior Data Analyst",
            ),
        ],
    )


if __name__ == "__main__":
    failure_classes()
    look_alikes_and_names()
    series_streams_and_zones()
    scheduling_tools()
    languages()
    everyday_look_alikes()
    write()
