"""Writes the round-3 development calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev3.py`.

Titles without an interview word, company/role splits in other shapes, people named in titles, companies
spelled from addresses, scheduling tools' organizers and event names, and look-alikes in more languages.
Expectations are written by hand from each title and address list, not produced by followupd.
"""

from __future__ import annotations

from pathlib import Path

from icsshapes import BERLIN_TZ, EASTERN, MAYA, W_EUROPE, att, calendar, occ, utc
from make_dev import EXCHANGE, FASTMAIL, GOOGLE, NEXTCLOUD, ev, one

OUT = Path(__file__).parent / "dev"
B = "Europe/Berlin"
NY = "America/New_York"


def org(address: str, name: str) -> str:
    return f"ORGANIZER;CN={name}:mailto:{address}"


def exchange_no_keyword() -> None:
    """Outlook titles that name a recruiting talk, not an interview, in German and Dutch; a vendor's intro call."""
    ids = [f"040000008200E00074C5B7101A82E0080000000077AA{n:04d}" for n in range(4)]
    zone = "W. Europe Standard Time"
    evs = [
        ev(
            ids[0],
            "Recruitinggespräch – Globex – Data Engineer (m/w/d)",
            f"DTSTART;TZID={zone}:20261203T100000",
            f"DTEND;TZID={zone}:20261203T104500",
            org("lena.vogel@globex.example", "Vogel, Lena"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("lena.vogel@globex.example", "Vogel, Lena"),
        ),
        ev(
            ids[1],
            "Kennismaking Initrode – Productmanager Betalingen",
            f"DTSTART;TZID={zone}:20261207T140000",
            f"DTEND;TZID={zone}:20261207T150000",
            org("pieter.bakker@initrode.example", "Pieter Bakker"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("pieter.bakker@initrode.example", "Pieter Bakker"),
        ),
        ev(
            ids[2],
            "Intro call – Initrode",
            f"DTSTART;TZID={zone}:20261208T090000",
            f"DTEND;TZID={zone}:20261208T093000",
            org("sales@initrode.example", "Initrode Sales"),
            att(MAYA, "Maya Example"),
            att("joris.smit@initrode.example", "Joris Smit"),
        ),
        ev(
            ids[3],
            "Teamlunch recruiting",
            f"DTSTART;TZID={zone}:20261209T120000",
            f"DTEND;TZID={zone}:20261209T130000",
            org("lena.vogel@globex.example", "Vogel, Lena"),
            att(MAYA, "Maya Example"),
        ),
    ]
    one(
        "exchange_no_keyword_titles",
        calendar(EXCHANGE, W_EUROPE, *evs, method="REQUEST"),
        "Exchange/Outlook invitations imported into one calendar",
        occ(
            ids[0],
            utc("20261203T100000", B),
            utc("20261203T104500", B),
            interview=True,
            interviewers=("lena.vogel@globex.example",),
            company="Globex",
            role="Data Engineer",
        ),
        occ(
            ids[1],
            utc("20261207T140000", B),
            utc("20261207T150000", B),
            interview=True,
            interviewers=("pieter.bakker@initrode.example",),
            company="Initrode",
            role="Productmanager Betalingen",
        ),
        occ(ids[2], utc("20261208T090000", B), utc("20261208T093000", B), interview=False),
        occ(ids[3], utc("20261209T120000", B), utc("20261209T130000", B), interview=False),
    )


def google_party_titles() -> None:
    """Titles that only name the two sides ("Maya x Hooli", "Senior Analyst @ Pied Piper"); the description
    decides; the same shape with nothing about a role is no interview."""
    ids = [f"{n}q7w8e9r0t1y2u3i4o5p6a7s8d@google.com" for n in range(3)]
    evs = [
        ev(
            ids[0],
            "Maya x Hooli",
            "DTSTART:20261202T170000Z",
            "DTEND:20261202T173000Z",
            org("gavin.b@hooli.example", "Gavin Belson"),
            att("gavin.b@hooli.example", "Gavin Belson", google=True),
            att(MAYA, "maya@example.org", partstat="NEEDS-ACTION", google=True),
            "DESCRIPTION:Quick chat with our hiring manager about the Data Scientist opening.\\n\\nJoin with "
            "Google Meet: https://meet.google.com/abc-defg-hij",
        ),
        ev(
            ids[1],
            "Senior Analyst @ Pied Piper",
            "DTSTART:20261204T160000Z",
            "DTEND:20261204T164500Z",
            org("monica.h@piedpiper.example", "Monica Hall"),
            att("monica.h@piedpiper.example", "Monica Hall", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
        ),
        ev(
            ids[2],
            "Hooli <> Maya Example",
            "DTSTART:20261210T170000Z",
            "DTEND:20261210T173000Z",
            org("gavin.b@hooli.example", "Gavin Belson"),
            att("gavin.b@hooli.example", "Gavin Belson", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
            "DESCRIPTION:Catching up on the partnership numbers.",
        ),
    ]
    one(
        "google_party_titles",
        calendar(GOOGLE, *evs, method="REQUEST", head=("CALSCALE:GREGORIAN",)),
        "Google Calendar invitations",
        occ(
            ids[0],
            "2026-12-02T17:00:00Z",
            "2026-12-02T17:30:00Z",
            interview=True,
            interviewers=("gavin.b@hooli.example",),
            company="Hooli",
            role="Data Scientist",
        ),
        occ(
            ids[1],
            "2026-12-04T16:00:00Z",
            "2026-12-04T16:45:00Z",
            interview=True,
            interviewers=("monica.h@piedpiper.example",),
            company="Pied Piper",
            role="Senior Analyst",
        ),
        occ(ids[2], "2026-12-10T17:00:00Z", "2026-12-10T17:30:00Z", interview=False),
    )


def scheduling_tools() -> None:
    """A booking page's summary names only the people (its "Event Name:" line names the interview); an ATS
    organizes through a no-reply address under the company's name; a careers mailbox spells the company."""
    a, b, c = "bk-5f1e9c2a@booking.example", "ats-77e1-hooli@ats.example", "sr-3390-req@hoolixyz.example"
    evs = [
        ev(
            a,
            "Dinesh Chugtai and Maya Example",
            "DTSTART:20261203T160000Z",
            "DTEND:20261203T164500Z",
            org("dinesh@piedpiper.example", "Dinesh Chugtai"),
            att("dinesh@piedpiper.example", "Dinesh Chugtai"),
            att(MAYA, "Maya Example"),
            "DESCRIPTION:Event Name: Technical interview – Pied Piper\\n\\nInvitee: Maya Example\\nInvitee Em"
            "ail: maya@example.org\\n\\nLocation: https://zoom.example/j/5512",
        ),
        ev(
            b,
            "Onsite interview (Architecture) – Hooli",
            "DTSTART;TZID=Eastern Standard Time:20261208T130000",
            "DTEND;TZID=Eastern Standard Time:20261208T140000",
            org("no-reply@ats.example", "Hooli (via Ashby)"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("jian.yang@hooli.example", "Jian Yang"),
            att("no-reply@ats.example", "Hooli (via Ashby)"),
        ),
        ev(
            c,
            "Video interview – Product Owner (REQ-3390)",
            "DTSTART;TZID=Eastern Standard Time:20261211T100000",
            "DTEND;TZID=Eastern Standard Time:20261211T103000",
            org("careers@hoolixyz.example", "Hooli XYZ Careers"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("careers@hoolixyz.example", "Hooli XYZ Careers"),
        ),
    ]
    one(
        "scheduling_tools_round3",
        calendar("-//followupd dev//booking and ATS invites//EN", EASTERN, *evs, method="REQUEST"),
        "A booking page's and two applicant-tracking systems' invitations",
        occ(
            a,
            "2026-12-03T16:00:00Z",
            "2026-12-03T16:45:00Z",
            interview=True,
            interviewers=("dinesh@piedpiper.example",),
            company="Pied Piper",
        ),
        occ(
            b,
            utc("20261208T130000", NY),
            utc("20261208T140000", NY),
            interview=True,
            interviewers=("jian.yang@hooli.example",),
            company="Hooli",
        ),
        occ(
            c,
            utc("20261211T100000", NY),
            utc("20261211T103000", NY),
            interview=True,
            interviewers=("careers@hoolixyz.example",),
            company="Hooli XYZ",
            role="Product Owner",
        ),
    )


def lookalikes() -> None:
    """Interviews that are not job interviews in Spanish, Italian and French, a talk, a team's candidate review."""
    ids = [f"nc-la3-{n}-9d8e7f60@cloud.example.org" for n in range(5)]
    evs = [
        ev(
            ids[0],
            "Entrevistas con usuarios: flujo de pago",
            f"DTSTART;TZID={B}:20261202T100000",
            f"DTEND;TZID={B}:20261202T113000",
            org(MAYA, "Maya Example"),
            att("p5@example.test", "Participante 5"),
        ),
        ev(
            ids[1],
            "Colloquio di valutazione annuale",
            f"DTSTART;TZID={B}:20261203T150000",
            f"DTEND;TZID={B}:20261203T160000",
            org("giulia.romano@example.org", "Giulia Romano"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[2],
            "Entretien chaudière",
            f"DTSTART;TZID={B}:20261205T080000",
            f"DTEND;TZID={B}:20261205T100000",
        ),
        ev(
            ids[3],
            "Conferencia: cómo brillar en tu entrevista de trabajo",
            f"DTSTART;TZID={B}:20261209T183000",
            f"DTEND;TZID={B}:20261209T193000",
            org("eventos@empleo.example", "eventos"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[4],
            "Candidate review – Data Engineer (interview panel)",
            f"DTSTART;TZID={B}:20261211T110000",
            f"DTEND;TZID={B}:20261211T113000",
            org("c_9f8e7d6c5b@group.calendar.google.com", "Hiring Data"),
        ),
    ]
    one(
        "nextcloud_lookalikes_round3",
        calendar(NEXTCLOUD, BERLIN_TZ, *evs, head=("CALSCALE:GREGORIAN",)),
        "Nextcloud calendar export",
        *[
            occ(uid, utc(start, B), utc(end, B), interview=False)
            for uid, start, end in zip(
                ids,
                [
                    "20261202T100000",
                    "20261203T150000",
                    "20261205T080000",
                    "20261209T183000",
                    "20261211T110000",
                ],
                [
                    "20261202T113000",
                    "20261203T160000",
                    "20261205T100000",
                    "20261209T193000",
                    "20261211T113000",
                ],
                strict=True,
            )
        ],
    )


def person_and_kind_titles() -> None:
    """Her own entries name the interviewer before the company; the kind of interview and a job number sit
    between the parts; Japanese brackets."""
    ids = [f"fm-r3-{n}-1c2d3e4f@fastmail.example" for n in range(4)]
    evs = [
        ev(
            ids[0],
            "Sollicitatiegesprek met Pieter – Initrode (Projectleider)",
            "DTSTART:20261214T100000",
            "DTEND:20261214T110000",
        ),
        ev(
            ids[1],
            "Entrevista técnica (Live coding) – Globex – Desarrolladora Frontend",
            f"DTSTART;TZID={B}:20261215T160000",
            f"DTEND;TZID={B}:20261215T170000",
            org("carmen.ruiz@globex.example", "Carmen Ruiz"),
            att("carmen.ruiz@globex.example", "Carmen Ruiz"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[2],
            "Interview: Payroll Specialist (REQ-4411)",
            f"DTSTART;TZID={B}:20261216T150000",
            f"DTEND;TZID={B}:20261216T154500",
            org("no-reply@globex.example", "Globex Careers"),
            att("omar.haddad@globex.example", "Omar Haddad"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[3],
            "【二次面接】プロダクトマネージャー – Hooli Japan",
            f"DTSTART;TZID={B}:20261217T020000",
            f"DTEND;TZID={B}:20261217T030000",
            org("sato.ken@hooli.example", "佐藤 健"),
            att("sato.ken@hooli.example", "佐藤 健"),
            att(MAYA, "Maya Example"),
        ),
    ]
    one(
        "fastmail_person_and_kind_titles",
        calendar(FASTMAIL, BERLIN_TZ, *evs),
        "Fastmail calendar export",
        occ(
            ids[0],
            utc("20261214T100000", B),
            utc("20261214T110000", B),
            interview=True,
            company="Initrode",
            role="Projectleider",
        ),
        occ(
            ids[1],
            utc("20261215T160000", B),
            utc("20261215T170000", B),
            interview=True,
            interviewers=("carmen.ruiz@globex.example",),
            company="Globex",
            role="Desarrolladora Frontend",
        ),
        occ(
            ids[2],
            utc("20261216T150000", B),
            utc("20261216T154500", B),
            interview=True,
            interviewers=("omar.haddad@globex.example",),
            company="Globex",
            role="Payroll Specialist",
        ),
        occ(
            ids[3],
            utc("20261217T020000", B),
            utc("20261217T030000", B),
            interview=True,
            interviewers=("sato.ken@hooli.example",),
            company="Hooli Japan",
            role="プロダクトマネージャー",
        ),
    )


ALL = [exchange_no_keyword, google_party_titles, scheduling_tools, lookalikes, person_and_kind_titles]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
