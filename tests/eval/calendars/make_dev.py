"""Writes the round-2 development calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev.py`.

Expectations are written by hand from each title and address list, not produced by followupd.
"""

from __future__ import annotations

from pathlib import Path

from icsshapes import BERLIN_TZ, EASTERN, MAYA, STAMP, W_EUROPE, att, calendar, ms_zone, occ, utc, write

OUT = Path(__file__).parent / "dev"
B = "Europe/Berlin"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
NEXTCLOUD = "-//Sabre//Sabre VObject 4.5.4//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
HELSINKI = ms_zone(
    "FLE Standard Time",
    std="+0200",
    dst="+0300",
    std_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
    dst_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
)
SHANGHAI_TZ = (
    "BEGIN:VTIMEZONE\nTZID:Asia/Shanghai\nX-LIC-LOCATION:Asia/Shanghai\nBEGIN:STANDARD\nTZOFFSETFROM:+0800\n"
    "TZOFFSETTO:+0800\nTZNAME:CST\nDTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE"
)


def ev(uid: str, summary: str, start: str, end: str, *lines: str, seq: int = 0, status: str = "") -> str:
    body = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{STAMP}", start, end, f"SUMMARY:{summary}", *lines]
    body += [f"SEQUENCE:{seq}"] + ([f"STATUS:{status}"] if status else []) + ["END:VEVENT"]
    return "\n".join(body)


def one(name: str, text: str, source: str, *events: dict[str, object]) -> None:
    write(OUT, name, text, source=source, events=list(events))


def team_mailboxes() -> None:
    """Hiring-team mailboxes organize and attend; a group calendar, a room, a group and a decliner do not count."""
    a, b = "fm-7d1e0c55-careers-sre@tailspintoys.example", "fm-3b9a77e0-screen-fourth@fourthcoffee.example"
    first = ev(
        a,
        "Interview – Tailspin Toys – Site Reliability Engineer",
        f"DTSTART;TZID={B}:20261202T100000",
        f"DTEND;TZID={B}:20261202T113000",
        'ORGANIZER;CN="Tailspin Toys Careers":mailto:careers@tailspintoys.example',
        att("careers@tailspintoys.example", "Tailspin Toys Careers"),
        att("raj.patel@tailspintoys.example", "Raj Patel"),
        att(MAYA, "Maya Example"),
        att("sre-oncall@tailspintoys.example", "SRE on-call", cutype="GROUP"),
        att("room-2-14@tailspintoys.example", "Room 2.14 (6)", cutype="ROOM"),
        "LOCATION:Room 2.14",
    )
    second = ev(
        b,
        "Phone screen: Fourth Coffee",
        f"DTSTART;TZID={B}:20261204T153000",
        f"DTEND;TZID={B}:20261204T160000",
        "ORGANIZER;CN=Fourth Coffee Hiring:mailto:c_5e7f0a1b2c@group.calendar.google.com",
        att("recruitment@fourthcoffee.example", "Fourth Coffee Recruitment", partstat="NEEDS-ACTION"),
        att("hr@fourthcoffee.example", "Fourth Coffee HR", partstat="DECLINED"),
        att("scheduler-bot@fourthcoffee.example", "Scheduling assistant"),
        att(MAYA, "Maya Example"),
    )
    one(
        "fastmail_team_mailboxes",
        calendar(FASTMAIL, BERLIN_TZ, first, second),
        "Fastmail calendar export",
        occ(
            a,
            utc("20261202T100000", B),
            utc("20261202T113000", B),
            interview=True,
            interviewers=("careers@tailspintoys.example", "raj.patel@tailspintoys.example"),
            company="Tailspin Toys",
            role="Site Reliability Engineer",
        ),
        occ(
            b,
            utc("20261204T153000", B),
            utc("20261204T160000", B),
            interview=True,
            interviewers=("recruitment@fourthcoffee.example",),
            company="Fourth Coffee",
        ),
    )


def nordic_titles() -> None:
    """Norwegian, Danish and Finnish interview titles and prep blocks in a Nextcloud calendar."""
    ids = [f"nc-{n}-5b1f2c3d@cloud.example.org" for n in range(5)]
    evs = [
        ev(
            ids[0],
            "Jobbintervju hos Contoso – Systemutvikler",
            f"DTSTART;TZID={B}:20261207T090000",
            f"DTEND;TZID={B}:20261207T100000",
            "ORGANIZER;CN=Ingrid Berg:mailto:ingrid.berg@contoso.example",
            att("ingrid.berg@contoso.example", "Ingrid Berg"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[1],
            "Jobsamtale: Litware, Softwareudvikler",
            f"DTSTART;TZID={B}:20261208T130000",
            f"DTEND;TZID={B}:20261208T140000",
            "ORGANIZER;CN=Litware Rekruttering:mailto:jobs@litware.example",
            att("jobs@litware.example", "Litware Rekruttering"),
            att("mads@litware.example", "Mads Holm"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[2],
            "Työhaastattelu – Proseware – Ohjelmistokehittäjä",
            "DTSTART;TZID=FLE Standard Time:20261209T110000",
            "DTEND;TZID=FLE Standard Time:20261209T120000",
            "ORGANIZER;CN=Aino Virtanen:mailto:aino.virtanen@proseware.example",
            att("aino.virtanen@proseware.example", "Aino Virtanen"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[3],
            "Forberedelse til jobbintervju",
            f"DTSTART;TZID={B}:20261206T180000",
            f"DTEND;TZID={B}:20261206T190000",
        ),
        ev(
            ids[4],
            "Valmistautuminen: työhaastattelu Proseware",
            f"DTSTART;TZID={B}:20261208T190000",
            f"DTEND;TZID={B}:20261208T200000",
        ),
    ]
    one(
        "nextcloud_nordic_titles",
        calendar(NEXTCLOUD, BERLIN_TZ, HELSINKI, *evs, head=("CALSCALE:GREGORIAN",)),
        "Nextcloud calendar export",
        occ(
            ids[0],
            utc("20261207T090000", B),
            utc("20261207T100000", B),
            interview=True,
            interviewers=("ingrid.berg@contoso.example",),
            company="Contoso",
            role="Systemutvikler",
        ),
        occ(
            ids[1],
            utc("20261208T130000", B),
            utc("20261208T140000", B),
            interview=True,
            interviewers=("jobs@litware.example", "mads@litware.example"),
            company="Litware",
            role="Softwareudvikler",
        ),
        occ(
            ids[2],
            utc("20261209T110000", "Europe/Helsinki"),
            utc("20261209T120000", "Europe/Helsinki"),
            interview=True,
            interviewers=("aino.virtanen@proseware.example",),
            company="Proseware",
            role="Ohjelmistokehittäjä",
        ),
        occ(ids[3], utc("20261206T180000", B), utc("20261206T190000", B), interview=False),
        occ(ids[4], utc("20261208T190000", B), utc("20261208T200000", B), interview=False),
    )


def polish_czech() -> None:
    """Outlook titles in Polish and Czech, with connectors, and a Polish "cancelled" left without STATUS."""
    ids = [f"040000008200E00074C5B7101A82E0080000000PLCZ{n:04d}" for n in range(3)]
    evs = [
        ev(
            ids[0],
            "Rozmowa rekrutacyjna w Fabrikam na stanowisko Analityk danych",
            "DTSTART;TZID=W. Europe Standard Time:20261210T100000",
            "DTEND;TZID=W. Europe Standard Time:20261210T110000",
            "ORGANIZER;CN=Fabrikam Rekrutacja:mailto:rekrutacja@fabrikam.example",
            att("rekrutacja@fabrikam.example", "Fabrikam Rekrutacja"),
            att("tomasz.nowak@fabrikam.example", "Nowak, Tomasz"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[1],
            "Pohovor – Wingtip Toys – Vývojář Python",
            "DTSTART;TZID=W. Europe Standard Time:20261211T140000",
            "DTEND;TZID=W. Europe Standard Time:20261211T150000",
            "ORGANIZER;CN=Petra Dvořáková:mailto:petra@wingtiptoys.example",
            att("petra@wingtiptoys.example", "Petra Dvořáková"),
            att(MAYA, "Maya Example"),
        ),
        ev(
            ids[2],
            "Odwołane: Rozmowa kwalifikacyjna – Adatum – Inżynier QA",
            "DTSTART;TZID=W. Europe Standard Time:20261214T090000",
            "DTEND;TZID=W. Europe Standard Time:20261214T100000",
            "ORGANIZER;CN=Adatum HR:mailto:hr@adatum.example",
            att(MAYA, "Maya Example"),
        ),
    ]
    one(
        "exchange_polish_czech_titles",
        calendar(EXCHANGE, W_EUROPE, *evs, method="PUBLISH"),
        "Outlook 365 published calendar",
        occ(
            ids[0],
            utc("20261210T100000", B),
            utc("20261210T110000", B),
            interview=True,
            interviewers=("rekrutacja@fabrikam.example", "tomasz.nowak@fabrikam.example"),
            company="Fabrikam",
            role="Analityk danych",
        ),
        occ(
            ids[1],
            utc("20261211T140000", B),
            utc("20261211T150000", B),
            interview=True,
            interviewers=("petra@wingtiptoys.example",),
            company="Wingtip Toys",
            role="Vývojář Python",
        ),
        occ(
            ids[2],
            utc("20261214T090000", B),
            utc("20261214T100000", B),
            interview=True,
            cancelled=True,
            interviewers=("hr@adatum.example",),
            company="Adatum",
            role="Inżynier QA",
        ),
    )


def chinese_korean() -> None:
    """Chinese and Korean interview titles in a Google export, times in Shanghai."""
    a, b = "3n5m7k9j1h2g4f6d8s0a@google.com", "8q6w4e2r0t9y7u5i3o1p@google.com"
    evs = [
        ev(
            a,
            "面试：Contoso – 高级后端工程师",
            "DTSTART;TZID=Asia/Shanghai:20261215T150000",
            "DTEND;TZID=Asia/Shanghai:20261215T160000",
            "ORGANIZER;CN=Li Wei:mailto:li.wei@contoso.example",
            att("li.wei@contoso.example", "Li Wei", google=True),
            att(MAYA, MAYA, google=True),
        ),
        ev(
            b,
            "면접 - Relecloud - 백엔드 개발자",
            "DTSTART:20261216T010000Z",
            "DTEND:20261216T020000Z",
            "ORGANIZER;CN=Relecloud Talent:mailto:talent@relecloud.example",
            att("talent@relecloud.example", "Relecloud Talent", google=True),
            att("minjun.kim@relecloud.example", "Kim Minjun", google=True),
            att(MAYA, MAYA, google=True),
        ),
    ]
    one(
        "google_chinese_korean_titles",
        calendar(GOOGLE, SHANGHAI_TZ, *evs, head=("CALSCALE:GREGORIAN", "X-WR-TIMEZONE:Asia/Shanghai")),
        "Google Calendar export",
        occ(
            a,
            utc("20261215T150000", "Asia/Shanghai"),
            utc("20261215T160000", "Asia/Shanghai"),
            interview=True,
            interviewers=("li.wei@contoso.example",),
            company="Contoso",
            role="高级后端工程师",
        ),
        occ(
            b,
            "2026-12-16T01:00:00Z",
            "2026-12-16T02:00:00Z",
            interview=True,
            interviewers=("talent@relecloud.example", "minjun.kim@relecloud.example"),
            company="Relecloud",
            role="백엔드 개발자",
        ),
    )


def event_words_in_roles() -> None:
    """Event words inside role names stay interviews; the same words naming the event still veto."""
    ids = [f"{n}z8x7c6v5b4n3m2@google.com" for n in "abcd"]
    people = (att("ana@relecloud.example", "Ana Souza", google=True), att(MAYA, MAYA, google=True))
    org = "ORGANIZER;CN=Ana Souza:mailto:ana@relecloud.example"
    evs = [
        ev(
            ids[0],
            "Onsite interview: Relecloud, Learning Designer (Bootcamps & Courses)",
            "DTSTART:20261203T090000Z",
            "DTEND:20261203T120000Z",
            org,
            *people,
        ),
        ev(
            ids[1],
            "Interview – Relecloud – Webinar Producer",
            "DTSTART:20261207T090000Z",
            "DTEND:20261207T100000Z",
            org,
            *people,
        ),
        ev(
            ids[2],
            "Interview tips from Relecloud – live webinar",
            "DTSTART:20261208T170000Z",
            "DTEND:20261208T180000Z",
            org,
            *people,
        ),
        ev(
            ids[3],
            "Mock interview workshop",
            "DTSTART:20261209T170000Z",
            "DTEND:20261209T180000Z",
            org,
            *people,
        ),
    ]
    one(
        "google_event_words_in_roles",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar export",
        occ(
            ids[0],
            "2026-12-03T09:00:00Z",
            "2026-12-03T12:00:00Z",
            interview=True,
            interviewers=("ana@relecloud.example",),
            company="Relecloud",
            role="Learning Designer (Bootcamps & Courses)",
        ),
        occ(
            ids[1],
            "2026-12-07T09:00:00Z",
            "2026-12-07T10:00:00Z",
            interview=True,
            interviewers=("ana@relecloud.example",),
            company="Relecloud",
            role="Webinar Producer",
        ),
        occ(ids[2], "2026-12-08T17:00:00Z", "2026-12-08T18:00:00Z", interview=False),
        occ(ids[3], "2026-12-09T17:00:00Z", "2026-12-09T18:00:00Z", interview=False),
    )


def own_name_and_brackets() -> None:
    """Scheduling tools put the user's own name in the title; Teams puts the role in brackets next to a group."""
    a, b, c = "whereby-91c2-own-name@meet.example", "cal-33aa-own-name@meet.example", "TEAMSBRACKET0001"
    evs = [
        ev(
            a,
            "Maya Example / Wingtip Toys – Technical interview",
            "DTSTART:20261201T080000Z",
            "DTEND:20261201T090000Z",
            "ORGANIZER;CN=Jane Doe:mailto:jane.doe@wingtiptoys.example",
            "LOCATION:https://whereby.com/wingtip-interviews",
        ),
        ev(
            b,
            "Screening call between Maya Example and Wingtip Toys",
            "DTSTART:20261202T140000Z",
            "DTEND:20261202T143000Z",
            "ORGANIZER;CN=Jane Doe:mailto:jane.doe@wingtiptoys.example",
            att("jane.doe@wingtiptoys.example", "Jane Doe"),
        ),
        ev(
            c,
            "Technical interview (Machine Learning Engineer)",
            "DTSTART;TZID=Eastern Standard Time:20261209T100000",
            "DTEND;TZID=Eastern Standard Time:20261209T110000",
            "ORGANIZER;CN=Woodgrove Recruitment:mailto:recruitment@woodgrove.example",
            att(MAYA, "Maya Example"),
            att("machine-learning@woodgrove.example", "Machine learning", cutype="GROUP"),
            att("priya@woodgrove.example", "Priya Shah"),
        ),
    ]
    one(
        "own_name_and_bracket_roles",
        calendar("-//followupd dev//mixed clients//EN", EASTERN, *evs, method="PUBLISH"),
        "Zoom/Whereby-style .ics files and a Teams invite, imported into one calendar",
        occ(
            a,
            "2026-12-01T08:00:00Z",
            "2026-12-01T09:00:00Z",
            interview=True,
            interviewers=("jane.doe@wingtiptoys.example",),
            company="Wingtip Toys",
        ),
        occ(
            b,
            "2026-12-02T14:00:00Z",
            "2026-12-02T14:30:00Z",
            interview=True,
            interviewers=("jane.doe@wingtiptoys.example",),
            company="Wingtip Toys",
        ),
        occ(
            c,
            utc("20261209T100000", "America/New_York"),
            utc("20261209T110000", "America/New_York"),
            interview=True,
            interviewers=("recruitment@woodgrove.example", "priya@woodgrove.example"),
            company="Woodgrove",
            role="Machine Learning Engineer",
        ),
    )


ALL = [
    team_mailboxes,
    nordic_titles,
    polish_czech,
    chinese_korean,
    event_words_in_roles,
    own_name_and_brackets,
]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
