"""Writes the round-5 development calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev5.py`.

The person met named by their job ("with the hiring manager"), conversation compounds before a role, get-to-know
kinds, "between A and B" in more languages, an application named in the description, one-way video platforms in
the title, and trains and hotels in more languages. Expectations are written by hand from each title and address
list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import BERLIN_TZ, MAYA, att, calendar, occ, utc
from make_dev import FASTMAIL, GOOGLE, NEXTCLOUD, ev, one

B = "Europe/Berlin"


def org(address: str, name: str) -> str:
    return f"ORGANIZER;CN={name}:mailto:{address}"


def counterparts_and_kinds() -> None:
    """A French exploratory talk with the recruiter, a German panel compound before the role, a hiring manager."""
    ids = [f"{n}r5c0unterpart9a8b7c@google.com" for n in range(3)]
    evs = [
        ev(
            ids[0],
            "Entretien exploratoire avec la recruteuse – Initrode",
            "DTSTART:20261202T090000Z",
            "DTEND:20261202T093000Z",
            org("claire.martin@initrode.example", "Claire Martin"),
            att("claire.martin@initrode.example", "Claire Martin", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
        ),
        ev(
            ids[1],
            "Panelgespräch Softwareentwicklerin | Vandelay Industries",
            "DTSTART:20261203T130000Z",
            "DTEND:20261203T143000Z",
            org("jonas.weber@vandelay.example", "Jonas Weber"),
            att("jonas.weber@vandelay.example", "Jonas Weber", google=True),
            att("mia.koch@vandelay.example", "Mia Koch", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
        ),
        ev(
            ids[2],
            "Interview with the hiring manager – Hooli, QA Lead",
            "DTSTART:20261207T160000Z",
            "DTEND:20261207T164500Z",
            org("raj.patel@hooli.example", "Raj Patel"),
            att("raj.patel@hooli.example", "Raj Patel", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
        ),
    ]
    one(
        "google_counterparts_and_talk_compounds",
        calendar(GOOGLE, *evs, method="REQUEST", head=("CALSCALE:GREGORIAN",)),
        "Google Calendar invitations",
        occ(
            ids[0],
            "2026-12-02T09:00:00Z",
            "2026-12-02T09:30:00Z",
            interview=True,
            interviewers=("claire.martin@initrode.example",),
            company="Initrode",
        ),
        occ(
            ids[1],
            "2026-12-03T13:00:00Z",
            "2026-12-03T14:30:00Z",
            interview=True,
            interviewers=("jonas.weber@vandelay.example", "mia.koch@vandelay.example"),
            company="Vandelay Industries",
            role="Softwareentwicklerin",
        ),
        occ(
            ids[2],
            "2026-12-07T16:00:00Z",
            "2026-12-07T16:45:00Z",
            interview=True,
            interviewers=("raj.patel@hooli.example",),
            company="Hooli",
            role="QA Lead",
        ),
    )


def between_and_applications() -> None:
    """A Spanish "entre ... y ..." booking whose description names the application; a video platform's invite."""
    ids = ["r5-entre-3f2e1d@booking.example", "r5-oneway-7c6b5a@platform.example"]
    evs = [
        ev(
            ids[0],
            "Entrevista entre Laura Gómez y Maya Example",
            "DTSTART:20261204T150000Z",
            "DTEND:20261204T154500Z",
            org("laura.gomez@initech.example", "Laura Gómez"),
            att("laura.gomez@initech.example", "Laura Gómez"),
            att(MAYA, "Maya Example"),
            "DESCRIPTION:Qué: Entrevista – solicitud como Analista de datos\\nDónde: videollamada",
        ),
        ev(
            ids[1],
            "Spark Hire one-way interview – Umbrella Corp (Claims Analyst)",
            "DTSTART:20261208T100000Z",
            "DTEND:20261208T103000Z",
            org("no-reply@platform.example", "Spark Hire"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            "DESCRIPTION:Record your answers to four questions before the deadline.",
        ),
    ]
    one(
        "fastmail_between_and_video_platform",
        calendar(FASTMAIL, *evs, method="REQUEST"),
        "Fastmail invitations",
        occ(
            ids[0],
            "2026-12-04T15:00:00Z",
            "2026-12-04T15:45:00Z",
            interview=True,
            interviewers=("laura.gomez@initech.example",),
            company="Initech",
            role="Analista de datos",
        ),
        occ(
            ids[1],
            "2026-12-08T10:00:00Z",
            "2026-12-08T10:30:00Z",
            interview=True,
            company="Umbrella Corp",
            role="Claims Analyst",
        ),
    )


def trains_and_hotels() -> None:
    """Her own travel blocks in Italian, Dutch and Norwegian beside the interview word stay travel."""
    ids = [f"nc-r5-travel-{n}-44ab@cloud.example.org" for n in range(3)]
    evs = [
        ev(
            ids[0],
            "Treno per Milano – colloquio Globex",
            f"DTSTART;TZID={B}:20261209T063000",
            f"DTEND;TZID={B}:20261209T093000",
        ),
        ev(
            ids[1],
            "Trein naar Eindhoven (sollicitatiegesprek Hooli)",
            f"DTSTART;TZID={B}:20261210T070000",
            f"DTEND;TZID={B}:20261210T083000",
        ),
        ev(
            ids[2],
            "Tog til Bergen – intervju hos Initech",
            f"DTSTART;TZID={B}:20261211T060000",
            f"DTEND;TZID={B}:20261211T130000",
        ),
    ]
    one(
        "nextcloud_trains_and_hotels",
        calendar(NEXTCLOUD, BERLIN_TZ, *evs, head=("CALSCALE:GREGORIAN",)),
        "Nextcloud calendar export",
        occ(ids[0], utc("20261209T063000", B), utc("20261209T093000", B), interview=False),
        occ(ids[1], utc("20261210T070000", B), utc("20261210T083000", B), interview=False),
        occ(ids[2], utc("20261211T060000", B), utc("20261211T130000", B), interview=False),
    )


def whole_day_selection() -> None:
    """A Spanish two-day "Centro de evaluación" an employer invites her to; her own all-day note stays out."""
    ids = ["r5-centro-1a2b3c@google.com", "r5-own-allday-4d5e6f@google.com"]
    evs = [
        ev(
            ids[0],
            "Centro de evaluación – Initech – Analista júnior",
            "DTSTART;VALUE=DATE:20261216",
            "DTEND;VALUE=DATE:20261218",
            org("marta.ruiz@initech.example", "Marta Ruiz"),
            att("marta.ruiz@initech.example", "Marta Ruiz", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
            "TRANSP:TRANSPARENT",
        ),
        ev(
            ids[1],
            "Superday Hooli",
            "DTSTART;VALUE=DATE:20261221",
            "DTEND;VALUE=DATE:20261222",
            "TRANSP:TRANSPARENT",
        ),
    ]
    one(
        "google_all_day_evaluation_centre",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar export",
        occ(
            ids[0],
            "2026-12-15T23:00:00Z",
            "2026-12-17T23:00:00Z",
            interview=True,
            interviewers=("marta.ruiz@initech.example",),
            company="Initech",
            role="Analista júnior",
        ),
        occ(ids[1], "2026-12-20T23:00:00Z", "2026-12-21T23:00:00Z", interview=False),
    )


ALL = [counterparts_and_kinds, between_and_applications, trains_and_hotels, whole_day_selection]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
