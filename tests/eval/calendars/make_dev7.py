"""Writes the round-7 development calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev7.py`.

Whole-day onsites (an employer's and her own), scheduling chatbots, newsletters' numbered advice, company names
with marks that their domains spell without, event words inside a company's name, meet-the-team titles, interview
kinds and role nouns in more languages, a description's role without "als", distribution lists among the guests,
event words that start a role's name and informational interviews. Expectations are written by hand from
each title and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar
from icsshapes import occ as occurrence
from make_dev import EXCHANGE, GOOGLE, NEXTCLOUD, ev, one

ICLOUD = "-//Apple Inc.//macOS 15.1//EN"


def org(address: str, name: str) -> str:
    return f"ORGANIZER;CN={name}:mailto:{address}"


def me(google: bool = True) -> str:
    return att(MAYA, "maya@example.org" if google else "Maya Example", partstat="ACCEPTED", google=google)


def occ(uid: str, start: str, end: str, **fields: object) -> dict[str, object]:
    return occurrence(uid, start, end, **fields)  # type: ignore[arg-type]


def whole_day_onsites() -> None:
    """All-day onsites: a German and a Dutch employer's, her own with and without the role, a careers fair."""
    ids = [f"r7-onsite-{n}-5c6d7e@google.com" for n in range(5)]
    evs = [
        ev(ids[0], "Vor-Ort-Interviews – Nordwerk AG – Datenanalystin", "DTSTART;VALUE=DATE:20270111",
           "DTEND;VALUE=DATE:20270112", org("karriere@nordwerk.example", "Nordwerk Karriere"),
           att("karriere@nordwerk.example", "Nordwerk Karriere", google=True), me(), "TRANSP:TRANSPARENT"),
        ev(ids[1], "Sollicitatiedag Tulpenveld – Projectleider ICT", "DTSTART;VALUE=DATE:20270113",
           "DTEND;VALUE=DATE:20270114", org("pieter.jansen@tulpenveld.example", "Pieter Jansen"),
           att("pieter.jansen@tulpenveld.example", "Pieter Jansen", google=True), me(), "TRANSP:TRANSPARENT"),
        ev(ids[2], "Interview day at Initech — QA Engineer", "DTSTART;VALUE=DATE:20270118",
           "DTEND;VALUE=DATE:20270119", "TRANSP:TRANSPARENT"),
        ev(ids[3], "Interview day", "DTSTART;VALUE=DATE:20270120", "DTEND;VALUE=DATE:20270121",
           "TRANSP:TRANSPARENT"),
        ev(ids[4], "Karrieremesse Hamburg", "DTSTART;VALUE=DATE:20270122", "DTEND;VALUE=DATE:20270123",
           "TRANSP:TRANSPARENT"),
    ]  # fmt: skip
    one(
        "google_whole_day_onsites",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar export with all-day onsites",
        occ(ids[0], "2027-01-10T23:00:00Z", "2027-01-11T23:00:00Z", interview=True,
            interviewers=("karriere@nordwerk.example",), company="Nordwerk AG", role="Datenanalystin"),
        occ(ids[1], "2027-01-12T23:00:00Z", "2027-01-13T23:00:00Z", interview=True,
            interviewers=("pieter.jansen@tulpenveld.example",), company="Tulpenveld", role="Projectleider ICT"),
        occ(ids[2], "2027-01-17T23:00:00Z", "2027-01-18T23:00:00Z", interview=True, company="Initech",
            role="QA Engineer"),
        occ(ids[3], "2027-01-19T23:00:00Z", "2027-01-20T23:00:00Z", interview=False),
        occ(ids[4], "2027-01-21T23:00:00Z", "2027-01-22T23:00:00Z", interview=False),
    )  # fmt: skip


def chatbots_and_newsletters() -> None:
    """A store chain's chatbot schedules from its vendor's domain; newsletters send numbered interview advice."""
    ids = ["r7-bot-1a2b@hirebot.example", "r7-bot-3c4d@hirebot.example", "r7-news-5e6f@karriere.example",
           "r7-news-7a8b@carriere.example"]  # fmt: skip
    evs = [
        ev(ids[0], "Entrevista – Supermercados Sol – Encargado de tienda", "DTSTART:20270125T090000Z",
           "DTEND:20270125T093000Z", org("sofia@hirebot.example", "Sofía (asistente virtual)"),
           att("lucia.moreno@supersol.example", "Lucía Moreno"), me(False)),
        ev(ids[1], "Interview – Filialleitung", "DTSTART:20270126T130000Z", "DTEND:20270126T133000Z",
           org("max@hirebot.example", "Max – KI-Assistent"), att("erika.mustermann@frischmarkt.example",
           "Erika Mustermann"), me(False)),
        ev(ids[2], "Karrierebrief: 7 Fehler im Vorstellungsgespräch", "DTSTART:20270127T170000Z",
           "DTEND:20270127T180000Z", org("newsletter@karriere.example", "Karrierebrief"), me(False)),
        ev(ids[3], "Carrièrepodcast: 5 vragen voor je sollicitatiegesprek", "DTSTART:20270128T170000Z",
           "DTEND:20270128T180000Z", org("nieuwsbrief@carriere.example", "Carrière"), me(False)),
    ]  # fmt: skip
    one(
        "nextcloud_chatbots_and_newsletters",
        calendar(NEXTCLOUD, *evs, method="REQUEST"),
        "Invitations from a scheduling chatbot and two newsletters",
        occ(ids[0], "2027-01-25T09:00:00Z", "2027-01-25T09:30:00Z", interview=True,
            interviewers=("lucia.moreno@supersol.example",), company="Supermercados Sol", role="Encargado de tienda"),
        occ(ids[1], "2027-01-26T13:00:00Z", "2027-01-26T13:30:00Z", interview=True,
            interviewers=("erika.mustermann@frischmarkt.example",), company="Frischmarkt", role="Filialleitung"),
        occ(ids[2], "2027-01-27T17:00:00Z", "2027-01-27T18:00:00Z", interview=False),
        occ(ids[3], "2027-01-28T17:00:00Z", "2027-01-28T18:00:00Z", interview=False),
    )  # fmt: skip


def marked_names() -> None:
    """Company names with marks, umlauts and Polish letters that their domains spell in plain letters."""
    ids = [f"040000008200E00074C5B7101A82E00800000000R7MARKS0{n}" for n in range(4)]
    people = [
        ("jonas.weber@gruenwald-logistik.example", "Jonas Weber"),
        ("anna.nowak@laka-soft.example", "Anna Nowak"),
        ("joao.silva@acai-digital.example", "João Silva"),
        ("lea.martin@editionslumiere.example", "Léa Martin"),
    ]
    titles = [
        "Kennenlernen mit dem Team – Grünwald Logistik – Teamleiterin Lager",
        "Spotkanie z zespołem – Łąka Soft – Programistka Python",
        "Entrevista – Analista de dados – Açaí Digital",
        "Entretien – Architecte logiciel – Éditions Lumière",
    ]
    starts = ["20270201T090000Z", "20270202T110000Z", "20270203T140000Z", "20270204T150000Z"]
    evs = [
        ev(i, t, f"DTSTART:{s}", f"DTEND:{s[:9]}{int(s[9:11]) + 1:02d}0000Z", org(a, n), att(a, n), me(False))
        for i, t, s, (a, n) in zip(ids, titles, starts, people, strict=True)
    ]
    read = [("Grünwald Logistik", "Teamleiterin Lager"), ("Łąka Soft", "Programistka Python"),
            ("Açaí Digital", "Analista de dados"), ("Éditions Lumière", "Architecte logiciel")]  # fmt: skip
    one(
        "exchange_marked_company_names",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange invitations whose company names carry marks their domains drop",
        *(
            occ(i, f"{s[:4]}-{s[4:6]}-{s[6:8]}T{s[9:11]}:00:00Z", f"{s[:4]}-{s[4:6]}-{s[6:8]}T{int(s[9:11]) + 1:02d}:00:00Z",
                interview=True, interviewers=(a,), company=c, role=r)
            for i, s, (a, _n), (c, r) in zip(ids, starts, people, read, strict=True)
        ),
    )  # fmt: skip


def names_kinds_and_roles() -> None:
    """Event words inside company names, interview kinds and role nouns in more languages, a described role."""
    ids = [f"r7-kinds-{n}-9f8e7d@google.com" for n in range(5)]
    evs = [
        ev(ids[0], "Interview: Summit Partners, Investment Associate", "DTSTART:20270208T150000Z",
           "DTEND:20270208T160000Z", org("talent@summitpartners.example", "Summit Partners Talent"),
           att("talent@summitpartners.example", "Summit Partners Talent", google=True), me()),
        ev(ids[1], "Webinar: interviewing tips – Summit Partners", "DTSTART:20270209T150000Z",
           "DTEND:20270209T160000Z", org("jo.lee@summitpartners.example", "Jo Lee"),
           att("jo.lee@summitpartners.example", "Jo Lee", google=True), me()),
        ev(ids[2], "Technický pohovor: Vltava Data – Programátor", "DTSTART:20270210T080000Z",
           "DTEND:20270210T090000Z", org("jan.novak@vltava-data.example", "Jan Novák"),
           att("jan.novak@vltava-data.example", "Jan Novák", google=True), me()),
        ev(ids[3], "Colloquio di selezione – Analista contabile", "DTSTART:20270211T090000Z",
           "DTEND:20270211T100000Z", org("selezione@ferrovento.example", "Selezione Ferrovento"),
           att("selezione@ferrovento.example", "Selezione Ferrovento", google=True), me()),
        ev(ids[4], "Kennenlerngespräch", "DTSTART:20270212T100000Z", "DTEND:20270212T103000Z",
           org("erika.mustermann@holzwerk.example", "Erika Mustermann"),
           att("erika.mustermann@holzwerk.example", "Erika Mustermann", google=True), me(),
           "DESCRIPTION:Kurzes Gespräch für die Rolle Backend-Entwicklerin."),
    ]  # fmt: skip
    one(
        "google_names_kinds_and_roles",
        calendar(GOOGLE, *evs, method="REQUEST", head=("CALSCALE:GREGORIAN",)),
        "Google invitations: event words in a company's name, kinds and roles in Czech, Italian, German",
        occ(ids[0], "2027-02-08T15:00:00Z", "2027-02-08T16:00:00Z", interview=True,
            interviewers=("talent@summitpartners.example",), company="Summit Partners", role="Investment Associate"),
        occ(ids[1], "2027-02-09T15:00:00Z", "2027-02-09T16:00:00Z", interview=False),
        occ(ids[2], "2027-02-10T08:00:00Z", "2027-02-10T09:00:00Z", interview=True,
            interviewers=("jan.novak@vltava-data.example",), company="Vltava Data", role="Programátor"),
        occ(ids[3], "2027-02-11T09:00:00Z", "2027-02-11T10:00:00Z", interview=True,
            interviewers=("selezione@ferrovento.example",), company="Ferrovento", role="Analista contabile"),
        occ(ids[4], "2027-02-12T10:00:00Z", "2027-02-12T10:30:00Z", interview=True,
            interviewers=("erika.mustermann@holzwerk.example",), company="Holzwerk", role="Backend-Entwicklerin"),
    )  # fmt: skip


def lists_roles_and_informational() -> None:
    """Distribution lists invited as people, event words that start a role, informational interviews."""
    ids = [f"r7-lists-{n}-3b4c5d@fastmail.example" for n in range(4)]
    evs = [
        ev(ids[0], "Interview – Hooli – Platform Engineer", "DTSTART:20270215T140000Z", "DTEND:20270215T150000Z",
           org("raj.patel@hooli.example", "Raj Patel"), att("raj.patel@hooli.example", "Raj Patel"),
           att("everyone@hooli.example", "Everyone at Hooli"), att("platform-team@hooli.example", "Platform"),
           att("data-chapter@hooli.example", "Data chapter"), att("hiring-panel@hooli.example", "Hiring panel"),
           me(False)),
        ev(ids[1], "Workshop Facilitator interview – Initech", "DTSTART:20270216T100000Z", "DTEND:20270216T110000Z",
           org("sam.lee@initech.example", "Sam Lee"), att("sam.lee@initech.example", "Sam Lee"), me(False)),
        ev(ids[2], "Colloquio informativo – Vandelay", "DTSTART:20270217T160000Z", "DTEND:20270217T163000Z",
           org("giulia.rossi@vandelay.example", "Giulia Rossi"), att("giulia.rossi@vandelay.example", "Giulia Rossi"),
           me(False)),
        ev(ids[3], "Entretien d'information – Globex", "DTSTART:20270218T090000Z", "DTEND:20270218T093000Z",
           org("claire.martin@globex.example", "Claire Martin"), att("claire.martin@globex.example", "Claire Martin"),
           me(False)),
    ]  # fmt: skip
    one(
        "fastmail_lists_roles_informational",
        calendar("-//Fastmail/2020.5/EN", *evs, method="REQUEST"),
        "Fastmail invitations: lists among the guests, an event word in a role, informational talks",
        occ(ids[0], "2027-02-15T14:00:00Z", "2027-02-15T15:00:00Z", interview=True,
            interviewers=("raj.patel@hooli.example", "hiring-panel@hooli.example"), company="Hooli",
            role="Platform Engineer"),
        occ(ids[1], "2027-02-16T10:00:00Z", "2027-02-16T11:00:00Z", interview=True,
            interviewers=("sam.lee@initech.example",), company="Initech", role="Workshop Facilitator"),
        occ(ids[2], "2027-02-17T16:00:00Z", "2027-02-17T16:30:00Z", interview=False),
        occ(ids[3], "2027-02-18T09:00:00Z", "2027-02-18T09:30:00Z", interview=False),
    )  # fmt: skip


ALL = [
    whole_day_onsites,
    chatbots_and_newsletters,
    marked_names,
    names_kinds_and_roles,
    lists_roles_and_informational,
]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
