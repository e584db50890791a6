"""Writes the round-4 development calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev4.py`.

Recruiting coffee chats, talks announced by their titles or published by an event platform, to-dos about an
interview, research interviews with numbers between the words, second rounds, and "at" words before the company.
Expectations are written by hand from each title and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import BERLIN_TZ, MAYA, W_EUROPE, att, calendar, occ, utc
from make_dev import EXCHANGE, FASTMAIL, GOOGLE, NEXTCLOUD, ev, one

B = "Europe/Berlin"


def org(address: str, name: str) -> str:
    return f"ORGANIZER;CN={name}:mailto:{address}"


def coffee_chats() -> None:
    """A booking page's recruiting coffee (German, SavvyCal-style), a fika with a Swedish recruiter; a coffee
    with a friend and a coffee chat without a hiring word stay meetings."""
    ids = [f"{n}c0ffee4b5c6d7e8f9a0b@google.com" for n in range(4)]
    evs = [
        ev(
            ids[0],
            "Kaffee-Chat Recruiting: Lena Vogel / Maya Example",
            "DTSTART:20261202T090000Z",
            "DTEND:20261202T093000Z",
            org("lena.vogel@globex.example", "Lena Vogel"),
            att("lena.vogel@globex.example", "Lena Vogel", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
            "DESCRIPTION:Gebucht über die Terminseite von Lena Vogel.\\nOrt: Google Meet",
        ),
        ev(
            ids[1],
            "Fika med rekryterare – Hooli",
            "DTSTART:20261204T130000Z",
            "DTEND:20261204T133000Z",
            org("astrid.lund@hooli.example", "Astrid Lund"),
            att("astrid.lund@hooli.example", "Astrid Lund", google=True),
            att(MAYA, "maya@example.org", partstat="NEEDS-ACTION", google=True),
        ),
        ev(
            ids[2],
            "Coffee with Raj",
            "DTSTART:20261207T080000Z",
            "DTEND:20261207T083000Z",
            org("raj.patel@example.test", "Raj Patel"),
            att("raj.patel@example.test", "Raj Patel", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
        ),
        ev(
            ids[3],
            "Coffee chat – Initech – Solutions Architect",
            "DTSTART:20261209T150000Z",
            "DTEND:20261209T153000Z",
            org("bill.l@initech.example", "Bill Lumbergh"),
            att("bill.l@initech.example", "Bill Lumbergh", google=True),
            att(MAYA, "maya@example.org", partstat="ACCEPTED", google=True),
        ),
    ]
    one(
        "google_recruiting_coffee_chats",
        calendar(GOOGLE, *evs, method="REQUEST", head=("CALSCALE:GREGORIAN",)),
        "Google Calendar invitations",
        occ(
            ids[0],
            "2026-12-02T09:00:00Z",
            "2026-12-02T09:30:00Z",
            interview=True,
            interviewers=("lena.vogel@globex.example",),
            company="Globex",
        ),
        occ(
            ids[1],
            "2026-12-04T13:00:00Z",
            "2026-12-04T13:30:00Z",
            interview=True,
            interviewers=("astrid.lund@hooli.example",),
            company="Hooli",
        ),
        occ(ids[2], "2026-12-07T08:00:00Z", "2026-12-07T08:30:00Z", interview=False),
        occ(ids[3], "2026-12-09T15:00:00Z", "2026-12-09T15:30:00Z", interview=False),
    )


def talks_and_event_pages() -> None:
    """Talks announced by their first word and an event page's entries, in English, Spanish and German."""
    ids = [
        "evt-5521@eventbrite.example",
        "nc-talk-2-77aa@cloud.example.org",
        "nc-talk-3-77aa@cloud.example.org",
    ]
    evs = [
        ev(
            ids[0],
            "Phone screens that work – an evening for hiring managers",
            f"DTSTART;TZID={B}:20261203T183000",
            f"DTEND;TZID={B}:20261203T203000",
            "URL:https://www.eventbrite.example/e/5521",
            "LOCATION:Betahaus Berlin",
        ),
        ev(
            ids[1],
            "[Charla] Cómo preparar una entrevista técnica",
            f"DTSTART;TZID={B}:20261210T190000",
            f"DTEND;TZID={B}:20261210T200000",
        ),
        ev(
            ids[2],
            "Lightning talk – Das Zweitgespräch richtig führen",
            f"DTSTART;TZID={B}:20261215T180000",
            f"DTEND;TZID={B}:20261215T183000",
        ),
    ]
    one(
        "nextcloud_talks_and_event_pages",
        calendar(NEXTCLOUD, BERLIN_TZ, *evs, head=("CALSCALE:GREGORIAN",)),
        "Nextcloud calendar export",
        occ(ids[0], utc("20261203T183000", B), utc("20261203T203000", B), interview=False),
        occ(ids[1], utc("20261210T190000", B), utc("20261210T200000", B), interview=False),
        occ(ids[2], utc("20261215T180000", B), utc("20261215T183000", B), interview=False),
    )


def todos() -> None:
    """Her own to-dos about interviews in English, French and Dutch; a follow-up interview she copied in."""
    ids = [f"fm-r4-{n}-5e6f7a8b@fastmail.example" for n in range(4)]
    evs = [
        ev(
            ids[0],
            "Write thank-you email – Initech interview",
            "DTSTART:20261202T180000",
            "DTEND:20261202T183000",
        ),
        ev(ids[1], "Relancer Globex après l'entretien", "DTSTART:20261208T090000", "DTEND:20261208T091500"),
        ev(
            ids[2],
            "Bedankmail sturen na sollicitatiegesprek Hooli",
            "DTSTART:20261210T170000",
            "DTEND:20261210T173000",
        ),
        ev(ids[3], "Follow-up interview – Initech", "DTSTART:20261214T150000", "DTEND:20261214T160000"),
    ]
    one(
        "fastmail_todos_about_interviews",
        calendar(FASTMAIL, BERLIN_TZ, *evs),
        "Fastmail calendar export",
        occ(ids[0], utc("20261202T180000", B), utc("20261202T183000", B), interview=False),
        occ(ids[1], utc("20261208T090000", B), utc("20261208T091500", B), interview=False),
        occ(ids[2], utc("20261210T170000", B), utc("20261210T173000", B), interview=False),
        occ(ids[3], utc("20261214T150000", B), utc("20261214T160000", B), interview=True, company="Initech"),
    )


def research_sessions() -> None:
    """Interviews with customers and users, numbered; a User Researcher's interview at Hooli is a job interview."""
    ids = [f"040000008200E00074C5B7101A82E0080000000088BB{n:04d}" for n in range(4)]
    zone = "W. Europe Standard Time"
    evs = [
        ev(
            ids[0],
            "Customer interview 7 – invoicing",
            f"DTSTART;TZID={zone}:20261202T100000",
            f"DTEND;TZID={zone}:20261202T110000",
            org(MAYA, "Maya Example"),
            att("c7@example.test", "Customer 7"),
        ),
        ev(
            ids[1],
            "Interview #2 (UX research) – onboarding",
            f"DTSTART;TZID={zone}:20261203T140000",
            f"DTEND;TZID={zone}:20261203T150000",
            org(MAYA, "Maya Example"),
            att("p2@example.test", "P2"),
        ),
        ev(
            ids[2],
            "Entretien utilisatrice n°4 – facturation",
            f"DTSTART;TZID={zone}:20261204T100000",
            f"DTEND;TZID={zone}:20261204T110000",
            org(MAYA, "Maya Example"),
            att("u4@example.test", "Utilisatrice 4"),
        ),
        ev(
            ids[3],
            "Interview: User Researcher – Hooli",
            f"DTSTART;TZID={zone}:20261207T160000",
            f"DTEND;TZID={zone}:20261207T170000",
            org("jian.yang@hooli.example", "Yang, Jian"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("jian.yang@hooli.example", "Yang, Jian"),
        ),
    ]
    one(
        "exchange_research_sessions",
        calendar(EXCHANGE, W_EUROPE, *evs, method="REQUEST"),
        "Exchange/Outlook invitations imported into one calendar",
        occ(ids[0], utc("20261202T100000", B), utc("20261202T110000", B), interview=False),
        occ(ids[1], utc("20261203T140000", B), utc("20261203T150000", B), interview=False),
        occ(ids[2], utc("20261204T100000", B), utc("20261204T110000", B), interview=False),
        occ(
            ids[3],
            utc("20261207T160000", B),
            utc("20261207T170000", B),
            interview=True,
            interviewers=("jian.yang@hooli.example",),
            company="Hooli",
            role="User Researcher",
        ),
    )


def second_rounds_and_at_words() -> None:
    """An ATS's "Drittgespräch | Company | Role", a Dutch "Vervolggesprek", and "w"/"na"/"på" before the company."""
    ids = [f"ats-r4-{n}-31ce@ats.example" for n in range(4)]
    evs = [
        ev(
            ids[0],
            "Drittgespräch | Initech | Controllerin (m/w/d)",
            f"DTSTART;TZID={B}:20261202T110000",
            f"DTEND;TZID={B}:20261202T120000",
            org("noreply@ats.example", "Initech Recruiting"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("peter.gibbons@initech.example", "Peter Gibbons", partstat="ACCEPTED"),
        ),
        ev(
            ids[1],
            "Vervolggesprek – Hooli – Data Analist",
            f"DTSTART;TZID={B}:20261203T100000",
            f"DTEND;TZID={B}:20261203T110000",
            org("pieter.bakker@hooli.example", "Pieter Bakker"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("pieter.bakker@hooli.example", "Pieter Bakker"),
        ),
        ev(
            ids[2],
            "Rozmowa kwalifikacyjna: Analityk danych w Globex",
            f"DTSTART;TZID={B}:20261209T090000",
            f"DTEND;TZID={B}:20261209T100000",
            org("anna.nowak@globex.example", "Anna Nowak"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("anna.nowak@globex.example", "Anna Nowak"),
        ),
        ev(
            ids[3],
            "Entrevista – Engenheira de Dados na Initech",
            f"DTSTART;TZID={B}:20261211T140000",
            f"DTEND;TZID={B}:20261211T150000",
            org("joao.silva@initech.example", "João Silva"),
            att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            att("joao.silva@initech.example", "João Silva"),
        ),
    ]
    one(
        "ats_second_rounds_and_at_words",
        calendar("-//followupd dev//ATS invites//EN", BERLIN_TZ, *evs, method="REQUEST"),
        "An applicant-tracking system's and recruiters' invitations",
        occ(
            ids[0],
            utc("20261202T110000", B),
            utc("20261202T120000", B),
            interview=True,
            interviewers=("peter.gibbons@initech.example",),
            company="Initech",
            role="Controllerin",
        ),
        occ(
            ids[1],
            utc("20261203T100000", B),
            utc("20261203T110000", B),
            interview=True,
            interviewers=("pieter.bakker@hooli.example",),
            company="Hooli",
            role="Data Analist",
        ),
        occ(
            ids[2],
            utc("20261209T090000", B),
            utc("20261209T100000", B),
            interview=True,
            interviewers=("anna.nowak@globex.example",),
            company="Globex",
            role="Analityk danych",
        ),
        occ(
            ids[3],
            utc("20261211T140000", B),
            utc("20261211T150000", B),
            interview=True,
            interviewers=("joao.silva@initech.example",),
            company="Initech",
            role="Engenheira de Dados",
        ),
    )


ALL = [coffee_chats, talks_and_event_pages, todos, research_sessions, second_rounds_and_at_words]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
