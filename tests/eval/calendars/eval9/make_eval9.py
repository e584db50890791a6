"""Writes the ninth held-out calendar set: NAME.ics + NAME.expected.json, expectations typed by hand."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
ME = f'ATTENDEE;CN="Maya Example";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:{USER}'
MONTH = ["2026-11-30T00:00:00Z", "2026-12-31T00:00:00Z"]
CASES: dict[str, tuple[str, dict[str, object]]] = {}

GOOGLE = "PRODID:-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "PRODID:Microsoft Exchange Server 2010"
OUTLOOK = "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

TZ_BERLIN = """BEGIN:VTIMEZONE
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


def windows_zone(tzid: str, std: str, dst: str | None = None) -> str:
    """An Exchange-style VTIMEZONE: the Windows name, a STANDARD part and (for zones with summer time) a DAYLIGHT part."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T030000"]
    lines += [f"TZOFFSETFROM:{dst or std}", f"TZOFFSETTO:{std}"]
    if dst:
        lines.append("RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10")
    lines.append("END:STANDARD")
    if dst:
        lines += ["BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
        lines += ["RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return "\n".join(lines)


def us_zone(tzid: str, std: str, dst: str) -> str:
    """An Exchange-style VTIMEZONE for a North American zone (second Sunday of March, first of November)."""
    return "\n".join(
        [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:STANDARD",
            "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    )


def who(
    email: str, cn: str = "", *, kind: str = "", partstat: str = "NEEDS-ACTION", role: str = "REQ-PARTICIPANT"
) -> str:
    """An ATTENDEE line as calendar servers write it."""
    params = [f'CN="{cn}"'] if cn else []
    if kind:
        params.append(f"CUTYPE={kind}")
    params += [f"ROLE={role}", f"PARTSTAT={partstat}", "RSVP=TRUE"]
    return f"ATTENDEE;{';'.join(params)}:mailto:{email}"


def org(email: str, cn: str = "") -> str:
    return f'ORGANIZER;CN="{cn}":mailto:{email}' if cn else f"ORGANIZER:mailto:{email}"


def vevent(uid: str, summary: str, start: str, end: str, *lines: str, stamp: str = "20261124T093000Z") -> str:
    """One VEVENT; start and end are whole DTSTART/DTEND lines."""
    body = ["BEGIN:VEVENT", f"DTSTAMP:{stamp}", f"UID:{uid}", f"SUMMARY:{summary}", start, end]
    body += [line for line in lines if line]
    body.append("END:VEVENT")
    return "\n".join(body)


def vcalendar(prodid: str, *parts: str, method: str = "", extra: tuple[str, ...] = ()) -> str:
    head = ["BEGIN:VCALENDAR", prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    return "\n".join([*head, *extra, *parts, "END:VCALENDAR"])


def ev(
    uid: str,
    start: str,
    end: str,
    people: list[str],
    company: str = "",
    role: str = "",
    *,
    interview: bool = True,
    rid: str = "",
    cancelled: bool = False,
) -> dict[str, object]:
    """One expected occurrence; times typed in UTC."""
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(people) if interview else [],
        "company": company if interview else "",
        "role": role if interview else "",
    }


def no(uid: str, start: str, end: str, *, rid: str = "") -> dict[str, object]:
    return ev(uid, start, end, [], interview=False, rid=rid)


def case(
    name: str, ics: str, *, source: str, tz: str, events: list[dict[str, object]], window: list[str] = MONTH
) -> None:
    assert name not in CASES, name
    CASES[name] = (
        ics,
        {"source": source, "user_addresses": [USER], "user_timezone": tz, "window": window, "events": events},
    )


def fold(line: str) -> str:
    """Folds a content line at 75 octets, never inside a UTF-8 sequence."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def write() -> None:
    for old in HERE.glob("*.ics"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for name, (ics, expected) in sorted(CASES.items()):
        text = "".join(fold(line) + "\r\n" for line in ics.split("\n"))
        (HERE / f"{name}.ics").write_bytes(text.encode("utf-8"))
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


# ---- veto-looking words inside real interview titles, beside real prep blocks and trainings ----

case(
    "google_export_research_company",
    vcalendar(
        GOOGLE,
        vevent(
            "5h1qk0r7e2n9vbd3lq8m2s4t6u@google.com",
            "Interview: Halvorsen Research\\, Research Engineer",
            "DTSTART;TZID=Europe/London:20261202T140000",
            "DTEND;TZID=Europe/London:20261202T150000",
            org("recruiting@halvorsenresearch.example", "Halvorsen Research Recruiting"),
            who("sofia.lind@halvorsenresearch.example", "Sofia Lind", partstat="ACCEPTED"),
            who("c_4b7f21d09a3e@group.calendar.google.com", "HR Interview Loop", partstat="ACCEPTED"),
            ME,
            "DESCRIPTION:Join with Google Meet: https://meet.google.com/hqr-wbtn-kfe\\n\\nA conversation with"
            " Sofia Lind about the Research Engineer opening.",
            "LOCATION:",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
        ),
        vevent(
            "2pk8vn3c1r0o4e6s7a9d5m1b2x@google.com",
            "Research Halvorsen before interview",
            "DTSTART;TZID=Europe/London:20261202T120000",
            "DTEND;TZID=Europe/London:20261202T130000",
            "DESCRIPTION:Read their last two papers\\, glassdoor\\, prepare 3 questions",
            "STATUS:CONFIRMED",
        ),
        extra=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/London"),
    ),
    source="Google Calendar export",
    tz="Europe/London",
    events=[
        ev(
            "5h1qk0r7e2n9vbd3lq8m2s4t6u@google.com",
            "2026-12-02T14:00:00Z",
            "2026-12-02T15:00:00Z",
            ["recruiting@halvorsenresearch.example", "sofia.lind@halvorsenresearch.example"],
            "Halvorsen Research",
            "Research Engineer",
        ),
        no("2pk8vn3c1r0o4e6s7a9d5m1b2x@google.com", "2026-12-02T12:00:00Z", "2026-12-02T13:00:00Z"),
    ],
)

case(
    "outlook_export_review_company",
    vcalendar(
        OUTLOOK,
        us_zone("Eastern Standard Time", "-0500", "-0400"),
        vevent(
            "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000A1B2C3D4E5F6",
            "Peer Review Partners | Second round | Senior Backend Engineer",
            'DTSTART;TZID="Eastern Standard Time":20261203T100000',
            'DTEND;TZID="Eastern Standard Time":20261203T110000',
            org("talent@peerreviewpartners.example", "Peer Review Partners Talent"),
            who("raj.patel@peerreviewpartners.example", "Raj Patel", partstat="ACCEPTED"),
            who(
                "hudson-room@peerreviewpartners.example",
                "Conf Room Hudson (6)",
                kind="ROOM",
                partstat="ACCEPTED",
                role="NON-PARTICIPANT",
            ),
            ME,
            "LOCATION:Microsoft Teams Meeting; Conf Room Hudson (6)",
            "DESCRIPTION:____\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFrZQ%40thread.v2/0\\n____",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-IMPORTANCE:1",
        ),
        vevent(
            "040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB01000000000000000010000000F1E2D3C4B5A6",
            "Review my notes for Peer Review Partners",
            'DTSTART;TZID="Eastern Standard Time":20261203T083000',
            'DTEND;TZID="Eastern Standard Time":20261203T091500',
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        ),
    ),
    source="Outlook export",
    tz="America/New_York",
    events=[
        ev(
            "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000A1B2C3D4E5F6",
            "2026-12-03T15:00:00Z",
            "2026-12-03T16:00:00Z",
            ["raj.patel@peerreviewpartners.example", "talent@peerreviewpartners.example"],
            "Peer Review Partners",
            "Senior Backend Engineer",
        ),
        no(
            "040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB01000000000000000010000000F1E2D3C4B5A6",
            "2026-12-03T13:30:00Z",
            "2026-12-03T14:15:00Z",
        ),
    ],
)

case(
    "nextcloud_prep_company",
    vcalendar(
        "PRODID:-//IDN nextcloud.com//Calendar app 4.7.6//EN",
        TZ_BERLIN,
        vevent(
            "b6e3f0c2-7a41-4d9e-9c1b-3f2a8d5e6c71",
            "Vorstellungsgespräch Prep & Pantry GmbH – Teamleitung Logistik",
            "DTSTART;TZID=Europe/Berlin:20261208T093000",
            "DTEND;TZID=Europe/Berlin:20261208T103000",
            org("karriere@preppantry.example", "Prep & Pantry Karriere"),
            who("jane.doe@preppantry.example", "Jane Doe", partstat="ACCEPTED"),
            ME,
            "LOCATION:Prep & Pantry GmbH\\, Hafenstraße 12\\, Hamburg",
            "STATUS:CONFIRMED",
        ),
        vevent(
            "0d4a9e57-2c18-4b6f-8e3a-91c7f5b2d4e0",
            "Interview-Vorbereitung (Prep)",
            "DTSTART;TZID=Europe/Berlin:20261207T180000",
            "DTEND;TZID=Europe/Berlin:20261207T190000",
            "DESCRIPTION:Fragen durchgehen\\, Unterlagen ausdrucken",
        ),
    ),
    source="Nextcloud",
    tz="Europe/Berlin",
    events=[
        ev(
            "b6e3f0c2-7a41-4d9e-9c1b-3f2a8d5e6c71",
            "2026-12-08T08:30:00Z",
            "2026-12-08T09:30:00Z",
            ["jane.doe@preppantry.example", "karriere@preppantry.example"],
            "Prep & Pantry GmbH",
            "Teamleitung Logistik",
        ),
        no("0d4a9e57-2c18-4b6f-8e3a-91c7f5b2d4e0", "2026-12-07T17:00:00Z", "2026-12-07T18:00:00Z"),
    ],
)

case(
    "google_export_sync_company",
    vcalendar(
        GOOGLE,
        vevent(
            "7r2m4k9q1w3e5t7y9u1i3o5p7a@google.com",
            "Sync Harbor interview with Raj Patel (Staff Engineer)",
            "DTSTART;TZID=America/Los_Angeles:20261209T170000",
            "DTEND;TZID=America/Los_Angeles:20261209T174500",
            org("raj.patel@syncharbor.example", "Raj Patel"),
            ME,
            "DESCRIPTION:Join with Google Meet: https://meet.google.com/syn-harb-orx",
        ),
        vevent(
            "3s5d7f9g1h3j5k7l9z1x3c5v7b@google.com",
            "Team sync",
            "DTSTART;TZID=America/Los_Angeles:20261116T090000",
            "DTEND;TZID=America/Los_Angeles:20261116T093000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO",
            "EXDATE;TZID=America/Los_Angeles:20261207T090000",
            org("kim.ng@copperline.example", "Kim Ng"),
            ME,
            who("leo.marsh@copperline.example", "Leo Marsh", partstat="ACCEPTED"),
        ),
        extra=("X-WR-CALNAME:Maya", "X-WR-TIMEZONE:America/Los_Angeles"),
    ),
    source="Google Calendar export",
    tz="America/Los_Angeles",
    window=["2026-11-30T00:00:00Z", "2026-12-19T00:00:00Z"],
    events=[
        ev(
            "7r2m4k9q1w3e5t7y9u1i3o5p7a@google.com",
            "2026-12-10T01:00:00Z",
            "2026-12-10T01:45:00Z",
            ["raj.patel@syncharbor.example"],
            "Sync Harbor",
            "Staff Engineer",
        ),
        no(
            "3s5d7f9g1h3j5k7l9z1x3c5v7b@google.com",
            "2026-11-30T17:00:00Z",
            "2026-11-30T17:30:00Z",
            rid="20261130T170000Z",
        ),
        no(
            "3s5d7f9g1h3j5k7l9z1x3c5v7b@google.com",
            "2026-12-14T17:00:00Z",
            "2026-12-14T17:30:00Z",
            rid="20261214T170000Z",
        ),
    ],
)

case(
    "lever_training_role",
    vcalendar(
        GOOGLE,
        vevent(
            "lever-9f3c1a7e-interview-4471@quillon.example",
            "Technical interview – Training Data Engineer – Quillon AI",
            "DTSTART:20261210T160000Z",
            "DTEND:20261210T170000Z",
            org("recruiting@quillon.example", "Quillon Recruiting"),
            who("amara.osei@quillon.example", "Amara Osei", partstat="ACCEPTED"),
            who(
                "notetaker@meetbot.example",
                "Quillon Notetaker (bot)",
                partstat="ACCEPTED",
                role="OPT-PARTICIPANT",
            ),
            ME,
            "DESCRIPTION:Scheduled via Lever. Google Meet: https://meet.google.com/qui-llon-aix",
        ),
        method="REQUEST",
    ),
    source="Lever via Google Calendar invite",
    tz="Europe/London",
    events=[
        ev(
            "lever-9f3c1a7e-interview-4471@quillon.example",
            "2026-12-10T16:00:00Z",
            "2026-12-10T17:00:00Z",
            ["amara.osei@quillon.example", "recruiting@quillon.example"],
            "Quillon AI",
            "Training Data Engineer",
        )
    ],
)

case(
    "outlook_training_course",
    vcalendar(
        EXCHANGE,
        vevent(
            "040000008200E00074C5B7101A82E0080000000044FA01B2C3D4DB01000000000000000010000000778899AABBCC",
            "Training: Workplace first aid (full day)",
            'DTSTART;TZID="GMT Standard Time":20261211T090000',
            'DTEND;TZID="GMT Standard Time":20261211T160000',
            org("training@copperline.example", "Copperline Learning"),
            ME,
            who("leo.marsh@copperline.example", "Leo Marsh"),
            "LOCATION:Training Room 2",
        ),
        method="REQUEST",
        extra=(windows_zone("GMT Standard Time", "+0000", "+0100"),),
    ),
    source="Exchange invite",
    tz="Europe/London",
    events=[
        no(
            "040000008200E00074C5B7101A82E0080000000044FA01B2C3D4DB01000000000000000010000000778899AABBCC",
            "2026-12-11T09:00:00Z",
            "2026-12-11T16:00:00Z",
        )
    ],
)

case(
    "exchange_workshop_company_no_vtimezone",
    vcalendar(
        EXCHANGE,
        vevent(
            "040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB01000000000000000010000000ABCDEF012345",
            "Assessment Center: Workshop Partners AG – Junior Consultant",
            'DTSTART;TZID="W. Europe Standard Time":20261214T090000',
            'DTEND;TZID="W. Europe Standard Time":20261214T160000',
            org("bewerbung@workshoppartners.example", "Workshop Partners Bewerbermanagement"),
            ME,
            who("lena.hoffmann@workshoppartners.example", "Lena Hoffmann", partstat="ACCEPTED"),
            who(
                "raum-zugspitze@workshoppartners.example",
                "Raum Zugspitze",
                kind="ROOM",
                role="NON-PARTICIPANT",
                partstat="ACCEPTED",
            ),
            "LOCATION:Raum Zugspitze\\, Leopoldstraße 40\\, München",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        ),
        method="REQUEST",
    ),
    source="Exchange invite",
    tz="Europe/Berlin",
    events=[
        ev(
            "040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB01000000000000000010000000ABCDEF012345",
            "2026-12-14T08:00:00Z",
            "2026-12-14T15:00:00Z",
            ["bewerbung@workshoppartners.example", "lena.hoffmann@workshoppartners.example"],
            "Workshop Partners AG",
            "Junior Consultant",
        )
    ],
)

case(
    "google_export_planning_role",
    vcalendar(
        GOOGLE,
        vevent(
            "0q9w8e7r6t5y4u3i2o1p0a9s8d@google.com",
            "Hiring manager chat — Demand Planning Lead @ Kestrel Foods",
            "DTSTART;TZID=America/Chicago:20261204T150000",
            "DTEND;TZID=America/Chicago:20261204T153000",
            org("priya.raman@kestrelfoods.example", "Priya Raman"),
            ME,
            "DESCRIPTION:Phone: Priya will call Maya's mobile.",
        ),
        vevent(
            "6f5g4h3j2k1l0z9x8c7v6b5n4m@google.com",
            "Weekly planning – job search",
            "DTSTART;TZID=America/Chicago:20261122T180000",
            "DTEND;TZID=America/Chicago:20261122T183000",
            "RRULE:FREQ=WEEKLY;BYDAY=SU",
            "DESCRIPTION:Update the spreadsheet\\, pick next week's applications",
        ),
        extra=("X-WR-CALNAME:Maya", "X-WR-TIMEZONE:America/Chicago"),
    ),
    source="Google Calendar export",
    tz="America/Chicago",
    window=["2026-12-01T00:00:00Z", "2026-12-15T00:00:00Z"],
    events=[
        ev(
            "0q9w8e7r6t5y4u3i2o1p0a9s8d@google.com",
            "2026-12-04T21:00:00Z",
            "2026-12-04T21:30:00Z",
            ["priya.raman@kestrelfoods.example"],
            "Kestrel Foods",
            "Demand Planning Lead",
        ),
        no(
            "6f5g4h3j2k1l0z9x8c7v6b5n4m@google.com",
            "2026-12-07T00:00:00Z",
            "2026-12-07T00:30:00Z",
            rid="20261207T000000Z",
        ),
        no(
            "6f5g4h3j2k1l0z9x8c7v6b5n4m@google.com",
            "2026-12-14T00:00:00Z",
            "2026-12-14T00:30:00Z",
            rid="20261214T000000Z",
        ),
    ],
)

# ---- service, group, room, resource, bot and declined addresses among attendees ----

case(
    "exchange_panel_rooms_resources",
    vcalendar(
        EXCHANGE,
        windows_zone("GMT Standard Time", "+0000", "+0100"),
        vevent(
            "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000010000000FEDCBA987654",
            "Panel interview - Ferrow Bank - Data Platform Lead",
            'DTSTART;TZID="GMT Standard Time":20261215T130000',
            'DTEND;TZID="GMT Standard Time":20261215T143000',
            org("talent.acquisition@ferrowbank.example", "Ferrow Bank Talent Acquisition"),
            ME,
            who("omar.haddad@ferrowbank.example", "Omar Haddad", partstat="ACCEPTED"),
            who("lucy.grant@ferrowbank.example", "Lucy Grant", partstat="DECLINED"),
            who("room512@ferrowbank.example", "LDN Room 5.12 (8) VC", kind="ROOM", role="NON-PARTICIPANT"),
            who("avcart2@ferrowbank.example", "AV Cart 2", kind="RESOURCE", role="NON-PARTICIPANT"),
            who("datahiring@ferrowbank.example", "Data Hiring Panel", kind="GROUP"),
            "LOCATION:LDN Room 5.12 (8) VC; Microsoft Teams Meeting",
            "DESCRIPTION:Microsoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            "RmVycm93%40thread.v2/0",
            "SEQUENCE:1",
        ),
        method="REQUEST",
    ),
    source="Exchange invite",
    tz="Europe/London",
    events=[
        ev(
            "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000010000000FEDCBA987654",
            "2026-12-15T13:00:00Z",
            "2026-12-15T14:30:00Z",
            ["omar.haddad@ferrowbank.example", "talent.acquisition@ferrowbank.example"],
            "Ferrow Bank",
            "Data Platform Lead",
        )
    ],
)

case(
    "google_invite_pl_resource_group",
    vcalendar(
        GOOGLE,
        vevent(
            "1a2s3d4f5g6h7j8k9l0qwertyu@google.com",
            "Rozmowa rekrutacyjna — Wisła Software — Java Developer",
            "DTSTART:20261209T100000Z",
            "DTEND:20261209T110000Z",
            org("anna.nowak@wislasoftware.example", "Anna Nowak"),
            ME,
            who("piotr.zielinski@wislasoftware.example", "Piotr Zieliński", partstat="ACCEPTED"),
            who(
                "c_1882f0a9b3e4d5@resource.calendar.google.com",
                "Kraków-3-Sala Tatry (6)",
                kind="RESOURCE",
                partstat="ACCEPTED",
            ),
            who("c_7d2e9f1a0b3c@group.calendar.google.com", "Rekrutacja IT", partstat="ACCEPTED"),
            "LOCATION:Kraków-3-Sala Tatry (6)",
            "DESCRIPTION:Dołącz przez Google Meet: https://meet.google.com/wis-lasw-ftx",
        ),
        method="REQUEST",
    ),
    source="Google Calendar invite",
    tz="Europe/Warsaw",
    events=[
        ev(
            "1a2s3d4f5g6h7j8k9l0qwertyu@google.com",
            "2026-12-09T10:00:00Z",
            "2026-12-09T11:00:00Z",
            ["anna.nowak@wislasoftware.example", "piotr.zielinski@wislasoftware.example"],
            "Wisła Software",
            "Java Developer",
        )
    ],
)

case(
    "teamtailor_sv_noreply",
    vcalendar(
        "PRODID:-//Teamtailor//Interview//EN",
        vevent(
            "tt-interview-55812-3@teamtailor-mail.example",
            "Lindqvist & Berg — Senior dataanalytiker — intervju (andra omgången)",
            "DTSTART:20261208T120000Z",
            "DTEND:20261208T130000Z",
            org("no-reply@teamtailor-mail.example", "Lindqvist & Berg via Teamtailor"),
            who("erik.sandberg@lindqvistberg.example", "Erik Sandberg", partstat="ACCEPTED"),
            ME,
            "LOCATION:https://meet.google.com/lqb-andr-omg",
            "DESCRIPTION:Hej Maya! Välkommen till andra intervjun med Erik Sandberg.",
        ),
        method="REQUEST",
    ),
    source="Teamtailor",
    tz="Europe/Stockholm",
    events=[
        ev(
            "tt-interview-55812-3@teamtailor-mail.example",
            "2026-12-08T12:00:00Z",
            "2026-12-08T13:00:00Z",
            ["erik.sandberg@lindqvistberg.example"],
            "Lindqvist & Berg",
            "Senior dataanalytiker",
        )
    ],
)

case(
    "paradox_bot_organizer",
    vcalendar(
        "PRODID:-//Paradox//Olivia Scheduling//EN",
        vevent(
            "olivia-8841-2207@paradox-mail.example",
            "Interview at Greenleaf Grocers - Store Associate",
            "DTSTART:20261205T170000Z",
            "DTEND:20261205T173000Z",
            org("olivia@paradox-mail.example", "Olivia (Greenleaf Grocers Assistant)"),
            who("dana.white@greenleafgrocers.example", "Dana White", partstat="ACCEPTED"),
            ME,
            "LOCATION:Greenleaf Grocers #114\\, 2200 Colfax Ave\\, Denver CO",
            "DESCRIPTION:Hi Maya\\, this is Olivia. Your interview with Dana (Store Manager) is confirmed."
            " Reply 1 to reschedule.",
        ),
        method="REQUEST",
    ),
    source="Paradox",
    tz="America/Denver",
    events=[
        ev(
            "olivia-8841-2207@paradox-mail.example",
            "2026-12-05T17:00:00Z",
            "2026-12-05T17:30:00Z",
            ["dana.white@greenleafgrocers.example"],
            "Greenleaf Grocers",
            "Store Associate",
        )
    ],
)

# ---- look-alikes: events about interviews that are not the user's interview ----

case(
    "newsletter_webinar",
    vcalendar(
        "PRODID:-//Livestorm//Webinar//EN",
        vevent(
            "webinar-20261203-sysdesign@newsletter.careerdigest.example",
            "Webinar: How to ace your system design interview",
            "DTSTART:20261203T170000Z",
            "DTEND:20261203T180000Z",
            org("events@newsletter.careerdigest.example", "Career Digest Events"),
            ME,
            "DESCRIPTION:Thanks for registering! Join live: https://app.livestorm.example/career-digest/system-design",
            "URL:https://app.livestorm.example/career-digest/system-design",
        ),
        method="REQUEST",
    ),
    source="Webinar registration",
    tz="Europe/London",
    events=[
        no(
            "webinar-20261203-sysdesign@newsletter.careerdigest.example",
            "2026-12-03T17:00:00Z",
            "2026-12-03T18:00:00Z",
        )
    ],
)

case(
    "meetup_talk_de",
    vcalendar(
        "PRODID:-//Meetup//Meetup Events v1.0//EN",
        vevent(
            "event_312448871@meetup.example",
            "Vorstellungsgespräche in der Tech-Branche: Erfahrungen & Tipps",
            "DTSTART;TZID=Europe/Berlin:20261210T183000",
            "DTEND;TZID=Europe/Berlin:20261210T203000",
            org("info@meetup-mail.example", "Berlin Tech Careers Meetup"),
            "LOCATION:Factory Görlitzer Park (Lohmühlenstraße 65\\, Berlin)",
            "DESCRIPTION:Drei Recruiterinnen erzählen\\, worauf sie im Interview achten. Danach Networking.",
            "URL:https://www.meetup.example/berlin-tech-careers/events/312448871/",
        ),
        extra=(TZ_BERLIN,),
    ),
    source="Meetup",
    tz="Europe/Berlin",
    events=[no("event_312448871@meetup.example", "2026-12-10T17:30:00Z", "2026-12-10T19:30:00Z")],
)

case(
    "user_interviews_candidates",
    vcalendar(
        GOOGLE,
        vevent(
            "9z8x7c6v5b4n3m2l1k0j9h8g7f@google.com",
            "Interview: Jane Doe for Frontend Engineer",
            "DTSTART:20261202T100000Z",
            "DTEND:20261202T110000Z",
            org(USER, "Maya Example"),
            who("jane.doe@mailbox.example", "Jane Doe", partstat="ACCEPTED"),
            who("kim.ng@copperline.example", "Kim Ng", partstat="ACCEPTED"),
            "DESCRIPTION:Candidate CV attached in Greenhouse. Maya: system design\\, Kim: culture.",
        ),
        vevent(
            "8y7t6r5e4w3q2a1s0d9f8g7h6j@google.com",
            "Candidate debrief – Frontend Engineer",
            "DTSTART:20261202T113000Z",
            "DTEND:20261202T120000Z",
            org("kim.ng@copperline.example", "Kim Ng"),
            ME,
        ),
        extra=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/London"),
    ),
    source="Google Calendar export",
    tz="Europe/London",
    events=[
        no("9z8x7c6v5b4n3m2l1k0j9h8g7f@google.com", "2026-12-02T10:00:00Z", "2026-12-02T11:00:00Z"),
        no("8y7t6r5e4w3q2a1s0d9f8g7h6j@google.com", "2026-12-02T11:30:00Z", "2026-12-02T12:00:00Z"),
    ],
)

case(
    "google_export_own_lookalikes",
    vcalendar(
        GOOGLE,
        vevent(
            "4e5r6t7y8u9i0o1p2a3s4d5f6g@google.com",
            "Mock interview with Raj (system design)",
            "DTSTART;TZID=America/Los_Angeles:20261212T110000",
            "DTEND;TZID=America/Los_Angeles:20261212T120000",
            org(USER, "Maya Example"),
            who("raj.patel@mailbox.example", "Raj Patel", partstat="ACCEPTED"),
        ),
        vevent(
            "5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com",
            "Send thank-you notes (Brightwater)",
            "DTSTART;TZID=America/Los_Angeles:20261215T160000",
            "DTEND;TZID=America/Los_Angeles:20261215T163000",
        ),
        vevent(
            "6y7u8i9o0p1a2s3d4f5g6h7j8k@google.com",
            "Job fair – Moscone West",
            "DTSTART;VALUE=DATE:20261217",
            "DTEND;VALUE=DATE:20261218",
            "TRANSP:TRANSPARENT",
        ),
        vevent(
            "7u8i9o0p1a2s3d4f5g6h7j8k9l@google.com",
            "Flight SFO → SEA (Alaska 1041)",
            "DTSTART;TZID=America/Los_Angeles:20261218T071500",
            "DTEND;TZID=America/Los_Angeles:20261218T091000",
            "LOCATION:San Francisco SFO",
        ),
        extra=("X-WR-CALNAME:Maya", "X-WR-TIMEZONE:America/Los_Angeles"),
    ),
    source="Google Calendar export",
    tz="America/Los_Angeles",
    events=[
        no("4e5r6t7y8u9i0o1p2a3s4d5f6g@google.com", "2026-12-12T19:00:00Z", "2026-12-12T20:00:00Z"),
        no("5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com", "2026-12-16T00:00:00Z", "2026-12-16T00:30:00Z"),
        no("6y7u8i9o0p1a2s3d4f5g6h7j8k@google.com", "2026-12-17T08:00:00Z", "2026-12-18T08:00:00Z"),
        no("7u8i9o0p1a2s3d4f5g6h7j8k9l@google.com", "2026-12-18T15:15:00Z", "2026-12-18T17:10:00Z"),
    ],
)

case(
    "outlook_work_lookalikes",
    vcalendar(
        OUTLOOK,
        windows_zone("GMT Standard Time", "+0000", "+0100"),
        vevent(
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000000000000001",
            "Exit interview – Maya Example",
            'DTSTART;TZID="GMT Standard Time":20261218T150000',
            'DTEND;TZID="GMT Standard Time":20261218T153000',
            org("people.team@copperline.example", "Copperline People Team"),
            ME,
        ),
        vevent(
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000000000000002",
            "Performance review H2 – Maya / Kim",
            'DTSTART;TZID="GMT Standard Time":20261201T140000',
            'DTEND;TZID="GMT Standard Time":20261201T150000',
            org("kim.ng@copperline.example", "Kim Ng"),
            ME,
        ),
        vevent(
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000000000000003",
            "User research interview – participant 4 (checkout flow)",
            'DTSTART;TZID="GMT Standard Time":20261209T110000',
            'DTEND;TZID="GMT Standard Time":20261209T114500',
            org(USER, "Maya Example"),
            who("participant4@panel.userlabs.example", "Participant 4"),
            who("research-ops@copperline.example", "Research Ops", partstat="ACCEPTED"),
            "LOCATION:Zoom",
        ),
        vevent(
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000000000000004",
            "Podcast recording: The Hiring Line – guest episode",
            'DTSTART;TZID="GMT Standard Time":20261211T170000',
            'DTEND;TZID="GMT Standard Time":20261211T180000',
            org("producer@hiringline.example", "The Hiring Line"),
            ME,
            "LOCATION:https://riverside.example/studio/hiring-line",
        ),
    ),
    source="Outlook export",
    tz="Europe/London",
    events=[
        no(
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000000000000001",
            "2026-12-18T15:00:00Z",
            "2026-12-18T15:30:00Z",
        ),
        no(
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000000000000002",
            "2026-12-01T14:00:00Z",
            "2026-12-01T15:00:00Z",
        ),
        no(
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000000000000003",
            "2026-12-09T11:00:00Z",
            "2026-12-09T11:45:00Z",
        ),
        no(
            "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000000000000004",
            "2026-12-11T17:00:00Z",
            "2026-12-11T18:00:00Z",
        ),
    ],
)

# ---- a person's name is never the company; titles without a company ----

case(
    "calendly_person_names",
    vcalendar(
        "PRODID:-//Calendly//Calendly//EN",
        vevent(
            "c3d7a9e1-5b2f-4c8a-9e6d-1f0a2b3c4d5e@calendly.example",
            "Jane Doe and Maya Example",
            "DTSTART:20261211T160000Z",
            "DTEND:20261211T163000Z",
            org("jane.doe@ravenmoor.example", "Jane Doe"),
            ME,
            "DESCRIPTION:Event Name: Product Designer interview\\n\\nLocation: This is a Zoom web conference.\\n"
            "https://zoom.us/j/81234567890\\n\\nNeed to make changes to this event?",
            "LOCATION:https://zoom.us/j/81234567890",
        ),
        method="REQUEST",
    ),
    source="Calendly",
    tz="America/New_York",
    events=[
        ev(
            "c3d7a9e1-5b2f-4c8a-9e6d-1f0a2b3c4d5e@calendly.example",
            "2026-12-11T16:00:00Z",
            "2026-12-11T16:30:00Z",
            ["jane.doe@ravenmoor.example"],
            "Ravenmoor",
            "Product Designer",
        )
    ],
)

case(
    "zoom_no_company_title",
    vcalendar(
        "PRODID:-//zoom.us//iCalendar Event//EN",
        vevent(
            "ZOOM83344556677@zoom.us",
            "Technical screen",
            "DTSTART;TZID=Europe/Amsterdam:20261207T140000",
            "DTEND;TZID=Europe/Amsterdam:20261207T150000",
            org("raj.patel@quintelle.example", "Raj Patel"),
            ME,
            "LOCATION:https://quintelle.zoom.us/j/83344556677?pwd=abc",
            "DESCRIPTION:Raj Patel is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\n"
            "https://quintelle.zoom.us/j/83344556677?pwd=abc\\n\\nMeeting ID: 833 4455 6677",
        ),
        method="REQUEST",
    ),
    source="Zoom invite",
    tz="Europe/Amsterdam",
    events=[
        ev(
            "ZOOM83344556677@zoom.us",
            "2026-12-07T13:00:00Z",
            "2026-12-07T14:00:00Z",
            ["raj.patel@quintelle.example"],
            "Quintelle",
            "",
        )
    ],
)

case(
    "outlook365_de_no_company",
    vcalendar(
        EXCHANGE,
        windows_zone("W. Europe Standard Time", "+0100", "+0200"),
        vevent(
            "040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DB01000000000000000010000000A0A0A0A0A0A0",
            "Zweitgespräch – Senior Controller",
            'DTSTART;TZID="W. Europe Standard Time":20261216T100000',
            'DTEND;TZID="W. Europe Standard Time":20261216T110000',
            org("personal@hallbergwerke.example", "Personalabteilung"),
            ME,
            who("thomas.brandt@hallbergwerke.example", "Thomas Brandt", partstat="ACCEPTED"),
            "LOCATION:Microsoft Teams-Besprechung",
            "DESCRIPTION:Microsoft Teams-Besprechung\\nÜber Computer\\, mobile App oder Raumgerät teilnehmen\\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGFsbGJlcmc%40thread.v2/0",
        ),
        method="REQUEST",
    ),
    source="Outlook 365 invite",
    tz="Europe/Berlin",
    events=[
        ev(
            "040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DB01000000000000000010000000A0A0A0A0A0A0",
            "2026-12-16T09:00:00Z",
            "2026-12-16T10:00:00Z",
            ["personal@hallbergwerke.example", "thomas.brandt@hallbergwerke.example"],
            "Hallbergwerke",
            "Senior Controller",
        )
    ],
)

# ---- RANGE=THISANDFUTURE ----

TIDEWATER = "7c1f0e2d-ashby-pairing-5531@tidewater.example"
TIDEWATER_PEOPLE = (
    org("engineering-hiring@tidewater.example", "Tidewater Engineering Hiring"),
    who("noor.aziz@tidewater.example", "Noor Aziz", partstat="ACCEPTED"),
    ME,
)
case(
    "ashby_pairing_thisandfuture",
    vcalendar(
        GOOGLE,
        vevent(
            TIDEWATER,
            "Pairing interview – Tidewater Systems – Senior Engineer",
            "DTSTART;TZID=Europe/Lisbon:20261214T100000",
            "DTEND;TZID=Europe/Lisbon:20261214T120000",
            "RRULE:FREQ=DAILY;COUNT=3",
            *TIDEWATER_PEOPLE,
            "DESCRIPTION:Three pairing sessions on our codebase\\, one per day. Scheduled with Ashby.",
            "SEQUENCE:0",
        ),
        vevent(
            TIDEWATER,
            "Pairing interview – Tidewater Systems – Senior Engineer",
            "DTSTART;TZID=Europe/Lisbon:20261215T140000",
            "DTEND;TZID=Europe/Lisbon:20261215T160000",
            "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Lisbon:20261215T100000",
            *TIDEWATER_PEOPLE,
            "DESCRIPTION:Moved to the afternoon from day two on.",
            "SEQUENCE:1",
            stamp="20261210T083000Z",
        ),
        extra=("X-WR-TIMEZONE:Europe/Lisbon",),
    ),
    source="Ashby via Google Calendar",
    tz="Europe/Lisbon",
    events=[
        ev(
            TIDEWATER,
            f"2026-12-{day}T{hour}:00:00Z",
            f"2026-12-{day}T{int(hour) + 2}:00:00Z",
            ["engineering-hiring@tidewater.example", "noor.aziz@tidewater.example"],
            "Tidewater Systems",
            "Senior Engineer",
            rid=f"202612{day}T100000Z",
        )
        for day, hour in (("14", "10"), ("15", "14"), ("16", "14"))
    ],
)

case(
    "job_club_thisandfuture",
    vcalendar(
        "PRODID:-//Apple Inc.//macOS 15.1//EN",
        vevent(
            "E5B1C2D3-4F5A-6B7C-8D9E-0F1A2B3C4D5E",
            "Job club – CV & interview practice",
            "DTSTART;TZID=Europe/Dublin:20261105T180000",
            "DTEND;TZID=Europe/Dublin:20261105T193000",
            "RRULE:FREQ=WEEKLY;BYDAY=TH",
            org("jobclub@citylibrary.example", "City Library Job Club"),
            ME,
            "LOCATION:Central Library\\, Room B",
        ),
        vevent(
            "E5B1C2D3-4F5A-6B7C-8D9E-0F1A2B3C4D5E",
            "Job club – CV & interview practice",
            "DTSTART;TZID=Europe/Dublin:20261210T190000",
            "DTEND;TZID=Europe/Dublin:20261210T203000",
            "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Dublin:20261210T180000",
            org("jobclub@citylibrary.example", "City Library Job Club"),
            ME,
            "LOCATION:Central Library\\, Room B",
            stamp="20261201T120000Z",
        ),
        extra=(
            "BEGIN:VTIMEZONE\nTZID:Europe/Dublin\nBEGIN:STANDARD\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0000\n"
            "TZNAME:GMT\nDTSTART:19701025T020000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\n"
            "BEGIN:DAYLIGHT\nTZOFFSETFROM:+0000\nTZOFFSETTO:+0100\nTZNAME:IST\nDTSTART:19700329T010000\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE",
        ),
    ),
    source="iCloud",
    tz="Europe/Dublin",
    window=["2026-12-01T00:00:00Z", "2026-12-22T00:00:00Z"],
    events=[
        no(
            "E5B1C2D3-4F5A-6B7C-8D9E-0F1A2B3C4D5E",
            "2026-12-03T18:00:00Z",
            "2026-12-03T19:30:00Z",
            rid="20261203T180000Z",
        ),
        no(
            "E5B1C2D3-4F5A-6B7C-8D9E-0F1A2B3C4D5E",
            "2026-12-10T19:00:00Z",
            "2026-12-10T20:30:00Z",
            rid="20261210T180000Z",
        ),
        no(
            "E5B1C2D3-4F5A-6B7C-8D9E-0F1A2B3C4D5E",
            "2026-12-17T19:00:00Z",
            "2026-12-17T20:30:00Z",
            rid="20261217T180000Z",
        ),
    ],
)

# ---- several VCALENDARs for one UID: request, update, cancel ----

MARLOW = "040000008200E00074C5B7101A82E0080000000077665544332211DB01000000000000000010000000DEADBEEF0042"
MARLOW_PEOPLE = (
    org("hannah.cole@marlowrobotics.example", "Hannah Cole"),
    ME,
    who("dev.mehta@marlowrobotics.example", "Dev Mehta", partstat="ACCEPTED"),
)
PACIFIC = us_zone("Pacific Standard Time", "-0800", "-0700")
case(
    "exchange_request_update_cancel",
    "\n".join(
        [
            vcalendar(
                EXCHANGE,
                PACIFIC,
                vevent(
                    MARLOW,
                    "Interview: Marlow Robotics – Controls Engineer",
                    'DTSTART;TZID="Pacific Standard Time":20261209T100000',
                    'DTEND;TZID="Pacific Standard Time":20261209T110000',
                    *MARLOW_PEOPLE,
                    "SEQUENCE:0",
                    "STATUS:CONFIRMED",
                    stamp="20261125T170000Z",
                ),
                method="REQUEST",
            ),
            vcalendar(
                EXCHANGE,
                PACIFIC,
                vevent(
                    MARLOW,
                    "Interview: Marlow Robotics – Controls Engineer",
                    'DTSTART;TZID="Pacific Standard Time":20261210T100000',
                    'DTEND;TZID="Pacific Standard Time":20261210T110000',
                    *MARLOW_PEOPLE,
                    "SEQUENCE:1",
                    "STATUS:CONFIRMED",
                    stamp="20261202T180000Z",
                ),
                method="REQUEST",
            ),
            vcalendar(
                EXCHANGE,
                PACIFIC,
                vevent(
                    MARLOW,
                    "Canceled: Interview: Marlow Robotics – Controls Engineer",
                    'DTSTART;TZID="Pacific Standard Time":20261210T100000',
                    'DTEND;TZID="Pacific Standard Time":20261210T110000',
                    *MARLOW_PEOPLE,
                    "SEQUENCE:2",
                    "STATUS:CANCELLED",
                    "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                    stamp="20261207T160000Z",
                ),
                method="CANCEL",
            ),
        ]
    ),
    source="Exchange invites (request, update, cancel)",
    tz="America/Los_Angeles",
    events=[
        ev(
            MARLOW,
            "2026-12-10T18:00:00Z",
            "2026-12-10T19:00:00Z",
            ["dev.mehta@marlowrobotics.example", "hannah.cole@marlowrobotics.example"],
            "Marlow Robotics",
            "Controls Engineer",
            cancelled=True,
        )
    ],
)

LUMIERE = "3o2i1u0y9t8r7e6w5q4a3s2d1f@google.com"
case(
    "google_request_update_fr",
    "\n".join(
        [
            vcalendar(
                GOOGLE,
                vevent(
                    LUMIERE,
                    "Entretien – Groupe Lumière – Chef de projet digital",
                    "DTSTART:20261203T130000Z",
                    "DTEND:20261203T140000Z",
                    org("claire.martin@groupelumiere.example", "Claire Martin"),
                    ME,
                    "DESCRIPTION:Rejoindre avec Google Meet : https://meet.google.com/lum-iere-grp",
                    "SEQUENCE:0",
                    stamp="20261126T101500Z",
                ),
                method="REQUEST",
            ),
            vcalendar(
                GOOGLE,
                vevent(
                    LUMIERE,
                    "Entretien – Groupe Lumière – Chef de projet digital",
                    "DTSTART:20261204T100000Z",
                    "DTEND:20261204T110000Z",
                    org("claire.martin@groupelumiere.example", "Claire Martin"),
                    ME,
                    "DESCRIPTION:Rejoindre avec Google Meet : https://meet.google.com/lum-iere-grp",
                    "SEQUENCE:1",
                    stamp="20261201T084500Z",
                ),
                method="REQUEST",
            ),
        ]
    ),
    source="Google Calendar invites (request, update)",
    tz="Europe/Paris",
    events=[
        ev(
            LUMIERE,
            "2026-12-04T10:00:00Z",
            "2026-12-04T11:00:00Z",
            ["claire.martin@groupelumiere.example"],
            "Groupe Lumière",
            "Chef de projet digital",
        )
    ],
)

case(
    "outlook_canceled_title_no_vtimezone",
    vcalendar(
        EXCHANGE,
        vevent(
            "040000008200E00074C5B7101A82E00800000000C0FFEE0011DB01000000000000000010000000BADC0FFEE123",
            "Canceled: Recruiter call – Oakridge Insurance",
            'DTSTART;TZID="Central Standard Time":20261202T090000',
            'DTEND;TZID="Central Standard Time":20261202T093000',
            org("recruiting@oakridgeinsurance.example", "Oakridge Recruiting"),
            ME,
            "STATUS:CANCELLED",
            "SEQUENCE:1",
            "PRIORITY:1",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        ),
        method="CANCEL",
    ),
    source="Exchange cancellation",
    tz="America/Chicago",
    events=[
        ev(
            "040000008200E00074C5B7101A82E00800000000C0FFEE0011DB01000000000000000010000000BADC0FFEE123",
            "2026-12-02T15:00:00Z",
            "2026-12-02T15:30:00Z",
            ["recruiting@oakridgeinsurance.example"],
            "Oakridge Insurance",
            "",
            cancelled=True,
        )
    ],
)

# ---- Windows zone names and calendars' own VTIMEZONEs ----

case(
    "outlook_brasilia_pt",
    vcalendar(
        OUTLOOK,
        windows_zone("(UTC-03:00) Brasilia", "-0300"),
        vevent(
            "040000008200E00074C5B7101A82E00800000000BEEF0102030405DB01000000000000000010000000A1A2A3A4A5A6",
            "Entrevista técnica – Pitanga Tecnologia | Desenvolvedora Java",
            'DTSTART;TZID="(UTC-03:00) Brasilia":20261208T140000',
            'DTEND;TZID="(UTC-03:00) Brasilia":20261208T150000',
            org("rh@pitangatecnologia.example", "RH Pitanga"),
            ME,
            who("lucas.souza@pitangatecnologia.example", "Lucas Souza", partstat="ACCEPTED"),
            "LOCATION:Reunião do Microsoft Teams",
        ),
        method="REQUEST",
    ),
    source="Outlook invite",
    tz="America/Sao_Paulo",
    events=[
        ev(
            "040000008200E00074C5B7101A82E00800000000BEEF0102030405DB01000000000000000010000000A1A2A3A4A5A6",
            "2026-12-08T17:00:00Z",
            "2026-12-08T18:00:00Z",
            ["lucas.souza@pitangatecnologia.example", "rh@pitangatecnologia.example"],
            "Pitanga Tecnologia",
            "Desenvolvedora Java",
        )
    ],
)

case(
    "outlook_utc_quoted_declined",
    vcalendar(
        EXCHANGE,
        vevent(
            "040000008200E00074C5B7101A82E0080000000012121212ABABDB01000000000000000010000000CA1DE4F4E1A1",
            "Final round: Calder Freight / Head of Operations",
            'DTSTART;TZID="tzone://Microsoft/Utc":20261217T130000',
            'DTEND;TZID="tzone://Microsoft/Utc":20261217T140000',
            org("maria.lopez@calderfreight.example", "Maria Lopez"),
            ME,
            who("tom.reed@calderfreight.example", "Tom Reed", partstat="DECLINED"),
            who("ada.chen@calderfreight.example", "Ada Chen", partstat="ACCEPTED"),
            "LOCATION:Microsoft Teams Meeting",
        ),
        method="REQUEST",
    ),
    source="Outlook 365 invite",
    tz="Europe/London",
    events=[
        ev(
            "040000008200E00074C5B7101A82E0080000000012121212ABABDB01000000000000000010000000CA1DE4F4E1A1",
            "2026-12-17T13:00:00Z",
            "2026-12-17T14:00:00Z",
            ["ada.chen@calderfreight.example", "maria.lopez@calderfreight.example"],
            "Calder Freight",
            "Head of Operations",
        )
    ],
)

case(
    "outlook_utc_bare_es",
    vcalendar(
        EXCHANGE,
        vevent(
            "040000008200E00074C5B7101A82E00800000000E5E5E5E5E5E5DB01000000000000000010000000123456ABCDEF",
            "Entrevista final con Ibérica Renovables – Ingeniera de datos",
            "DTSTART;TZID=tzone://Microsoft/Utc:20261211T100000",
            "DTEND;TZID=tzone://Microsoft/Utc:20261211T110000",
            org("seleccion@ibericarenovables.example", "Selección Ibérica Renovables"),
            ME,
            who("javier.ruiz@ibericarenovables.example", "Javier Ruiz", partstat="ACCEPTED"),
            "LOCATION:Reunión de Microsoft Teams",
        ),
        method="REQUEST",
    ),
    source="Outlook 365 invite",
    tz="Europe/Madrid",
    events=[
        ev(
            "040000008200E00074C5B7101A82E00800000000E5E5E5E5E5E5DB01000000000000000010000000123456ABCDEF",
            "2026-12-11T10:00:00Z",
            "2026-12-11T11:00:00Z",
            ["javier.ruiz@ibericarenovables.example", "seleccion@ibericarenovables.example"],
            "Ibérica Renovables",
            "Ingeniera de datos",
        )
    ],
)

case(
    "outlook_nl_no_vtimezone",
    vcalendar(
        OUTLOOK,
        vevent(
            "040000008200E00074C5B7101A82E0080000000088887777DDDDDB01000000000000000010000000F00DF00DF00D",
            "Sollicitatiegesprek Fietsfabriek Noord | Teamleider productie",
            "DTSTART;TZID=W. Europe Standard Time:20261207T133000",
            "DTEND;TZID=W. Europe Standard Time:20261207T143000",
            org("hr@fietsfabrieknoord.example", "HR Fietsfabriek Noord"),
            ME,
            who("sanne.dejong@fietsfabrieknoord.example", "Sanne de Jong", partstat="ACCEPTED"),
            "LOCATION:Industrieweg 8\\, Groningen",
        ),
        method="REQUEST",
    ),
    source="Outlook invite",
    tz="Europe/Amsterdam",
    events=[
        ev(
            "040000008200E00074C5B7101A82E0080000000088887777DDDDDB01000000000000000010000000F00DF00DF00D",
            "2026-12-07T12:30:00Z",
            "2026-12-07T13:30:00Z",
            ["hr@fietsfabrieknoord.example", "sanne.dejong@fietsfabrieknoord.example"],
            "Fietsfabriek Noord",
            "Teamleider productie",
        )
    ],
)

case(
    "teams_tokyo_ja",
    vcalendar(
        EXCHANGE,
        windows_zone("Tokyo Standard Time", "+0900"),
        vevent(
            "040000008200E00074C5B7101A82E00800000000ABCD1234EF56DB01000000000000000010000000777777777777",
            "【一次面接】さくら物流株式会社 – 物流企画職",
            'DTSTART;TZID="Tokyo Standard Time":20261209T100000',
            'DTEND;TZID="Tokyo Standard Time":20261209T110000',
            org("saiyo@sakurabutsuryu.example", "さくら物流 採用担当"),
            ME,
            who("kenji.sato@sakurabutsuryu.example", "佐藤 健二", partstat="ACCEPTED"),
            "LOCATION:Microsoft Teams 会議",
        ),
        method="REQUEST",
    ),
    source="Teams invite",
    tz="Asia/Tokyo",
    events=[
        ev(
            "040000008200E00074C5B7101A82E00800000000ABCD1234EF56DB01000000000000000010000000777777777777",
            "2026-12-09T01:00:00Z",
            "2026-12-09T02:00:00Z",
            ["kenji.sato@sakurabutsuryu.example", "saiyo@sakurabutsuryu.example"],
            "さくら物流株式会社",
            "物流企画職",
        )
    ],
)

case(
    "evolution_custom_tzid_fi",
    vcalendar(
        "PRODID:-//Ximian//NONSGML Evolution Calendar//EN",
        "BEGIN:VTIMEZONE\nTZID:/freeassociation.sourceforge.net/Europe/Helsinki\nX-LIC-LOCATION:Europe/Helsinki\n"
        "BEGIN:STANDARD\nTZNAME:EET\nDTSTART:19701025T040000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
        "TZOFFSETFROM:+0300\nTZOFFSETTO:+0200\nEND:STANDARD\nBEGIN:DAYLIGHT\nTZNAME:EEST\n"
        "DTSTART:19700329T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nTZOFFSETFROM:+0200\n"
        "TZOFFSETTO:+0300\nEND:DAYLIGHT\nEND:VTIMEZONE",
        vevent(
            "20261124T101010Z-4242-1000-1-7@maya-laptop",
            "Työhaastattelu: Revontuli Oy – ohjelmistokehittäjä",
            "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Helsinki:20261202T130000",
            "DTEND;TZID=/freeassociation.sourceforge.net/Europe/Helsinki:20261202T140000",
            org("rekry@revontuli.example", "Revontuli Rekry"),
            ME,
            who("aino.virtanen@revontuli.example", "Aino Virtanen", partstat="ACCEPTED"),
            "LOCATION:Revontuli Oy\\, Itämerenkatu 5\\, Helsinki",
        ),
    ),
    source="Evolution",
    tz="Europe/Helsinki",
    events=[
        ev(
            "20261124T101010Z-4242-1000-1-7@maya-laptop",
            "2026-12-02T11:00:00Z",
            "2026-12-02T12:00:00Z",
            ["aino.virtanen@revontuli.example", "rekry@revontuli.example"],
            "Revontuli Oy",
            "ohjelmistokehittäjä",
        )
    ],
)

case(
    "outlook_customized_zone_es",
    vcalendar(
        OUTLOOK,
        "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\nBEGIN:STANDARD\nDTSTART:16010101T000000\n"
        "TZOFFSETFROM:-0300\nTZOFFSETTO:-0300\nEND:STANDARD\nEND:VTIMEZONE",
        vevent(
            "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000ABAB12CDCD34",
            "Entrevista con RR.HH. – Pampa Agrotech – Analista de Planeamiento",
            'DTSTART;TZID="Customized Time Zone":20261210T110000',
            'DTEND;TZID="Customized Time Zone":20261210T120000',
            org("talento@pampaagrotech.example", "Talento Pampa Agrotech"),
            ME,
            "LOCATION:Reunión de Microsoft Teams",
        ),
        method="REQUEST",
    ),
    source="Outlook invite",
    tz="America/Argentina/Buenos_Aires",
    events=[
        ev(
            "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000ABAB12CDCD34",
            "2026-12-10T14:00:00Z",
            "2026-12-10T15:00:00Z",
            ["talento@pampaagrotech.example"],
            "Pampa Agrotech",
            "Analista de Planeamiento",
        )
    ],
)


# ---- a job seeker's everyday calendar: ordinary invites from many tools, in many languages ----


def simple(
    name: str,
    *,
    source: str,
    tz: str,
    prodid: str,
    uid: str,
    summary: str,
    start: str,
    end: str,
    utc: tuple[str, str],
    organizer: tuple[str, str],
    people: tuple[tuple[str, str], ...] = (),
    hidden: tuple[str, ...] = (),
    company: str,
    role: str,
    lines: tuple[str, ...] = (),
    method: str = "REQUEST",
    extra: tuple[str, ...] = (),
) -> None:
    """One invite for one interview; `people` are met, `hidden` are attendee lines of addresses that are not."""
    attendees = [who(email, cn, partstat="ACCEPTED") for email, cn in people]
    met = [organizer[0]] if organizer[0] not in hidden else []
    case(
        name,
        vcalendar(
            prodid,
            *extra,
            vevent(uid, summary, start, end, org(*organizer), ME, *attendees, *lines),
            method=method,
        ),
        source=source,
        tz=tz,
        events=[ev(uid, utc[0], utc[1], met + [email for email, _ in people], company, role)],
    )


simple(
    "google_invite_de_werkstudent",
    source="Google Calendar invite",
    tz="Europe/Berlin",
    prodid=GOOGLE,
    uid="2b4n6m8q0w2e4r6t8y0u2i4o6p@google.com",
    summary="Vorstellungsgespräch: Werkstudent Data Science bei Lindenhof Analytics",
    start="DTSTART:20261203T140000Z",
    end="DTEND:20261203T144500Z",
    utc=("2026-12-03T14:00:00Z", "2026-12-03T14:45:00Z"),
    organizer=("sabine.krause@lindenhof-analytics.example", "Sabine Krause"),
    company="Lindenhof Analytics",
    role="Werkstudent Data Science",
    lines=("DESCRIPTION:Mit Google Meet teilnehmen: https://meet.google.com/lin-denh-ofa",),
)
simple(
    "goodtime_onsite_loop",
    source="GoodTime via Google Calendar",
    tz="America/Los_Angeles",
    prodid=GOOGLE,
    uid="goodtime-loop-88123-maya@brightwaterlabs.example",
    summary="Onsite Interview – Brightwater Labs – Product Manager",
    start="DTSTART:20261215T170000Z",
    end="DTEND:20261215T200000Z",
    utc=("2026-12-15T17:00:00Z", "2026-12-15T20:00:00Z"),
    organizer=("recruiting@brightwaterlabs.example", "Brightwater Labs Recruiting"),
    people=(
        ("ines.alvarez@brightwaterlabs.example", "Ines Alvarez"),
        ("jon.baker@brightwaterlabs.example", "Jon Baker"),
        ("wei.zhang@brightwaterlabs.example", "Wei Zhang"),
    ),
    company="Brightwater Labs",
    role="Product Manager",
    lines=(
        who(
            "zoom-room-3@brightwaterlabs.example",
            "SF-3-Zoom Room Bayview",
            kind="ROOM",
            role="NON-PARTICIPANT",
        ),
        "DESCRIPTION:Schedule (PT)\\n9:00 Product sense – Ines\\n10:00 Execution – Jon\\n11:00 Leadership – Wei\\n"
        "Scheduled with GoodTime",
        "LOCATION:SF HQ\\, 3rd floor (Bayview)",
    ),
)
simple(
    "ashby_bracket_company",
    source="Ashby via Google Calendar",
    tz="Europe/London",
    prodid=GOOGLE,
    uid="ashby-5e2a-final-velden@velden.example",
    summary="[Velden] Final round – VP Finance",
    start="DTSTART:20261216T160000Z",
    end="DTEND:20261216T170000Z",
    utc=("2026-12-16T16:00:00Z", "2026-12-16T17:00:00Z"),
    organizer=("talent@velden.example", "Velden Talent"),
    people=(("hannah.berg@velden.example", "Hannah Berg"),),
    company="Velden",
    role="VP Finance",
)
simple(
    "workday_fr_noreply",
    source="Workday",
    tz="Europe/Paris",
    prodid="PRODID:-//Workday//Recruiting//EN",
    uid="WD-INTERVIEW-2026-778812@myworkday-mail.example",
    summary="Entretien d'embauche – Chargé de projet – Groupe Alizé",
    start="DTSTART:20261208T090000Z",
    end="DTEND:20261208T100000Z",
    utc=("2026-12-08T09:00:00Z", "2026-12-08T10:00:00Z"),
    organizer=("noreply@myworkday-mail.example", "Groupe Alizé Recrutement"),
    hidden=("noreply@myworkday-mail.example",),
    people=(("julien.moreau@groupealize.example", "Julien Moreau"),),
    company="Groupe Alizé",
    role="Chargé de projet",
    lines=("LOCATION:Groupe Alizé\\, 14 rue de la République\\, Lyon",),
)
simple(
    "smartrecruiters_it",
    source="SmartRecruiters",
    tz="Europe/Rome",
    prodid="PRODID:-//SmartRecruiters//Interview//EN",
    uid="sr-int-9a8b7c6d@smartrecruiters-mail.example",
    summary="Colloquio conoscitivo – Orsini Logistica / Responsabile magazzino",
    start="DTSTART;TZID=Europe/Rome:20261204T093000",
    end="DTEND;TZID=Europe/Rome:20261204T101500",
    utc=("2026-12-04T08:30:00Z", "2026-12-04T09:15:00Z"),
    organizer=("giulia.ferri@orsinilogistica.example", "Giulia Ferri"),
    company="Orsini Logistica",
    role="Responsabile magazzino",
    lines=("LOCATION:Via Emilia 120\\, Bologna",),
)
simple(
    "personio_da",
    source="Personio",
    tz="Europe/Copenhagen",
    prodid="PRODID:-//Personio//Recruiting//EN",
    uid="personio-application-441209-event-2@personio-mail.example",
    summary="Jobsamtale · Havnens Bryghus · Brygmester",
    start="DTSTART:20261209T130000Z",
    end="DTEND:20261209T140000Z",
    utc=("2026-12-09T13:00:00Z", "2026-12-09T14:00:00Z"),
    organizer=("noreply@personio-mail.example", "Havnens Bryghus via Personio"),
    hidden=("noreply@personio-mail.example",),
    people=(("mette.holm@havnensbryghus.example", "Mette Holm"),),
    company="Havnens Bryghus",
    role="Brygmester",
)
simple(
    "recruitee_nb",
    source="Recruitee",
    tz="Europe/Oslo",
    prodid="PRODID:-//Recruitee//Events//EN",
    uid="recruitee-event-2290114@nordlysenergi.example",
    summary="Jobbintervju hos Nordlys Energi – Prosjektleder",
    start="DTSTART:20261210T080000Z",
    end="DTEND:20261210T090000Z",
    utc=("2026-12-10T08:00:00Z", "2026-12-10T09:00:00Z"),
    organizer=("kari.nordmann@nordlysenergi.example", "Kari Nordmann"),
    company="Nordlys Energi",
    role="Prosjektleder",
)
simple(
    "zoho_cs",
    source="Zoho Calendar",
    tz="Europe/Prague",
    prodid="PRODID:-//Zoho Corporation//Zoho Calendar//EN",
    uid="f1e2d3c4b5a6978812345678@zoho.example",
    summary="Pohovor: Vltava Systems / Tester softwaru",
    start="DTSTART;TZID=Europe/Prague:20261211T100000",
    end="DTEND;TZID=Europe/Prague:20261211T110000",
    utc=("2026-12-11T09:00:00Z", "2026-12-11T10:00:00Z"),
    organizer=("petra.novakova@vltavasystems.example", "Petra Nováková"),
    company="Vltava Systems",
    role="Tester softwaru",
)
simple(
    "google_invite_ko",
    source="Google Calendar invite",
    tz="Asia/Seoul",
    prodid=GOOGLE,
    uid="8k6j4h2g0f8d6s4a2p0o8i6u4y@google.com",
    summary="[한강소프트] 2차 면접 – 백엔드 개발자",
    start="DTSTART:20261214T060000Z",
    end="DTEND:20261214T070000Z",
    utc=("2026-12-14T06:00:00Z", "2026-12-14T07:00:00Z"),
    organizer=("recruit@hangangsoft.example", "한강소프트 채용팀"),
    people=(("minjun.kim@hangangsoft.example", "김민준"),),
    company="한강소프트",
    role="백엔드 개발자",
)
simple(
    "gem_zh",
    source="Gem via Google Calendar",
    tz="Asia/Shanghai",
    prodid=GOOGLE,
    uid="gem-sched-3f9a1c@xinghetech.example",
    summary="【星河科技】技术面试 - 前端工程师",
    start="DTSTART:20261215T020000Z",
    end="DTEND:20261215T030000Z",
    utc=("2026-12-15T02:00:00Z", "2026-12-15T03:00:00Z"),
    organizer=("hr@xinghetech.example", "星河科技 招聘"),
    people=(("li.na@xinghetech.example", "李娜"),),
    company="星河科技",
    role="前端工程师",
)
simple(
    "bamboohr_el",
    source="BambooHR",
    tz="Europe/Athens",
    prodid="PRODID:-//BambooHR//ATS//EN",
    uid="bamboohr-interview-61733@aigaio.example",
    summary="Συνέντευξη – Αιγαίο Λογισμικό – Μηχανικός Λογισμικού",
    start="DTSTART;TZID=Europe/Athens:20261203T120000",
    end="DTEND;TZID=Europe/Athens:20261203T130000",
    utc=("2026-12-03T10:00:00Z", "2026-12-03T11:00:00Z"),
    organizer=("careers@aigaio.example", "Αιγαίο Λογισμικό"),
    people=(("nikos.papadopoulos@aigaio.example", "Νίκος Παπαδόπουλος"),),
    company="Αιγαίο Λογισμικό",
    role="Μηχανικός Λογισμικού",
)
simple(
    "webex_ro",
    source="Webex invite",
    tz="Europe/Bucharest",
    prodid="PRODID:-//Cisco//Webex Meetings//EN",
    uid="webex-2661234567-20261207@webex.example",
    summary="Interviu tehnic | Carpați Digital | Inginer QA",
    start="DTSTART;TZID=Europe/Bucharest:20261207T110000",
    end="DTEND;TZID=Europe/Bucharest:20261207T120000",
    utc=("2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z"),
    organizer=("ioana.popescu@carpatidigital.example", "Ioana Popescu"),
    company="Carpați Digital",
    role="Inginer QA",
    lines=("LOCATION:https://carpatidigital.webex.example/meet/ioana.popescu",),
)
simple(
    "modernloop_hu",
    source="ModernLoop via Outlook",
    tz="Europe/Budapest",
    prodid=EXCHANGE,
    uid="040000008200E00074C5B7101A82E008000000005A0001BC0002DB01000000000000000010000000989898989898",
    summary="Állásinterjú – Duna Fintech – Projektmenedzser",
    start='DTSTART;TZID="Central Europe Standard Time":20261208T140000',
    end='DTEND;TZID="Central Europe Standard Time":20261208T150000',
    utc=("2026-12-08T13:00:00Z", "2026-12-08T14:00:00Z"),
    organizer=("toborzas@dunafintech.example", "Duna Fintech Toborzás"),
    people=(("eszter.nagy@dunafintech.example", "Nagy Eszter"),),
    company="Duna Fintech",
    role="Projektmenedzser",
    extra=(windows_zone("Central Europe Standard Time", "+0100", "+0200"),),
)
simple(
    "hirevue_tr",
    source="HireVue",
    tz="Europe/Istanbul",
    prodid="PRODID:-//HireVue//Live Interview//EN",
    uid="hv-live-0c7d21e4@hirevue-mail.example",
    summary="Mülakat: Anadolu Yazılım · Backend Geliştirici",
    start="DTSTART:20261209T070000Z",
    end="DTEND:20261209T080000Z",
    utc=("2026-12-09T07:00:00Z", "2026-12-09T08:00:00Z"),
    organizer=("noreply@hirevue-mail.example", "HireVue"),
    hidden=("noreply@hirevue-mail.example",),
    people=(("mehmet.yilmaz@anadoluyazilim.example", "Mehmet Yılmaz"),),
    company="Anadolu Yazılım",
    role="Backend Geliştirici",
)
simple(
    "proton_tentative",
    source="Proton Calendar",
    tz="Europe/Amsterdam",
    prodid="PRODID:-//Proton AG//WebCalendar 5.0.40//EN",
    uid="Kq2vX9rT0bLm8nWc3sYd@proton.me",
    summary="Take-home review – Finch & Co – Frontend Engineer",
    start="DTSTART;TZID=Europe/Amsterdam:20261217T150000",
    end="DTEND;TZID=Europe/Amsterdam:20261217T160000",
    utc=("2026-12-17T14:00:00Z", "2026-12-17T15:00:00Z"),
    organizer=("lars.devries@finchco.example", "Lars de Vries"),
    company="Finch & Co",
    role="Frontend Engineer",
    lines=("STATUS:TENTATIVE",),
    method="",
)
simple(
    "fastmail_meet_the_team",
    source="Fastmail",
    tz="Australia/Sydney",
    prodid="PRODID:-//Fastmail/2020.5/EN",
    uid="a7c2e9f0-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
    summary="Meet the team: Arbor Health (Clinical Data Manager)",
    start="DTSTART;TZID=Australia/Sydney:20261210T120000",
    end="DTEND;TZID=Australia/Sydney:20261210T130000",
    utc=("2026-12-10T01:00:00Z", "2026-12-10T02:00:00Z"),
    organizer=("people@arborhealth.example", "Arbor Health People"),
    people=(("grace.liu@arborhealth.example", "Grace Liu"), ("sam.ohara@arborhealth.example", "Sam O'Hara")),
    company="Arbor Health",
    role="Clinical Data Manager",
    method="",
)
simple(
    "calcom_recruiter_call",
    source="Cal.com",
    tz="Europe/Berlin",
    prodid="PRODID:-//Cal.com Inc.//Cal.com Event//EN",
    uid="9b1c7d2e-3f4a-4b5c-8d6e-7f8091a2b3c4",
    summary="Recruiter call between Ostwind Energy and Maya Example",
    start="DTSTART:20261201T150000Z",
    end="DTEND:20261201T152000Z",
    utc=("2026-12-01T15:00:00Z", "2026-12-01T15:20:00Z"),
    organizer=("talent@ostwind-energy.example", "Ostwind Energy Talent"),
    company="Ostwind Energy",
    role="",
    lines=(
        "DESCRIPTION:What: Recruiter call\\nInvitee time zone: Europe/Berlin\\nWhere: https://app.cal.example/video/x9",
    ),
)
simple(
    "greenhouse_users_name",
    source="Greenhouse via Google Calendar",
    tz="America/New_York",
    prodid=GOOGLE,
    uid="greenhouse-27731904-interview@northbeam.example",
    summary="Interview: Maya Example // Northbeam (Site Reliability Engineer)",
    start="DTSTART:20261208T193000Z",
    end="DTEND:20261208T203000Z",
    utc=("2026-12-08T19:30:00Z", "2026-12-08T20:30:00Z"),
    organizer=("coordinator@northbeam.example", "Northbeam Recruiting Coordination"),
    people=(("ola.adeyemi@northbeam.example", "Ola Adeyemi"),),
    company="Northbeam",
    role="Site Reliability Engineer",
    lines=("DESCRIPTION:Interviewers: Ola Adeyemi\\nGoogle Meet: https://meet.google.com/nor-thbe-amx",),
)

case(
    "icloud_floating_coffee_chat",
    vcalendar(
        "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
        vevent(
            "A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF",
            "Coffee chat with recruiter – Maplestone Bank",
            "DTSTART:20261204T083000",
            "DTEND:20261204T090000",
            org("ellen.park@maplestonebank.example", "Ellen Park"),
            ME,
            "LOCATION:Grind Coffee\\, Moorgate",
        ),
    ),
    source="iCloud",
    tz="Europe/London",
    events=[
        ev(
            "A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF",
            "2026-12-04T08:30:00Z",
            "2026-12-04T09:00:00Z",
            ["ellen.park@maplestonebank.example"],
            "Maplestone Bank",
            "",
        )
    ],
)

COACH = "41f2e3d4-c5b6-4a79-8e8d-7c6b5a493827"
case(
    "nextcloud_series_moved_occurrence",
    vcalendar(
        "PRODID:-//IDN nextcloud.com//Calendar app 4.7.6//EN",
        TZ_BERLIN,
        vevent(
            COACH,
            "Check-in mit Karrierecoach",
            "DTSTART;TZID=Europe/Berlin:20261201T170000",
            "DTEND;TZID=Europe/Berlin:20261201T174500",
            "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3",
            org("coach@laufbahnwerk.example", "Laufbahnwerk Coaching"),
            ME,
        ),
        vevent(
            COACH,
            "Check-in mit Karrierecoach",
            "DTSTART;TZID=Europe/Berlin:20261209T080000",
            "DTEND;TZID=Europe/Berlin:20261209T084500",
            "RECURRENCE-ID;TZID=Europe/Berlin:20261208T170000",
            org("coach@laufbahnwerk.example", "Laufbahnwerk Coaching"),
            ME,
            "SEQUENCE:1",
            stamp="20261203T120000Z",
        ),
    ),
    source="Nextcloud",
    tz="Europe/Berlin",
    events=[
        no(COACH, "2026-12-01T16:00:00Z", "2026-12-01T16:45:00Z", rid="20261201T160000Z"),
        no(COACH, "2026-12-09T07:00:00Z", "2026-12-09T07:45:00Z", rid="20261208T160000Z"),
        no(COACH, "2026-12-15T16:00:00Z", "2026-12-15T16:45:00Z", rid="20261215T160000Z"),
    ],
)


if __name__ == "__main__":
    write()
