"""Writes the round-12a dev calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev12a.py`.

Which events are interviews and who is met: a company's own scheduling mailbox that organizes beside a tool's
scheduler, Italian and Thai interview words and their look-alikes, a whole assessment day, a screening or a panel
with no interview word, a recruiting call between two named people, a names-only title whose description names
the role, her own entry for meeting a recruiter, her notes about an interview and a flight written with words.
Expectations are written by hand from each title and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar
from make_dev import EXCHANGE, FASTMAIL, GOOGLE, NEXTCLOUD, ev, one
from make_dev10 import me, occ, org

ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"
MODERNLOOP = "-//ModernLoop//Scheduling//EN"


def scheduling_mailboxes() -> None:
    """A company's scheduler@ mailbox organizes with its interviewers invited (it is met); a tool's scheduler on
    the tool's own domain organizes for another company (it is not)."""
    ids = ["r12a-sched-1a@exchange.example", "r12a-sched-2b@exchange.example"]
    evs = [
        ev(ids[0], "Entretien – Chef de projet – Valmont", "DTSTART:20270111T090000Z", "DTEND:20270111T100000Z",
           org("scheduler@valmont.example", "Valmont – planification des entretiens"),
           att("claire.martin@valmont.example", "Claire Martin"), att("luc.bernard@valmont.example", "Luc Bernard"),
           me(False)),
        ev(ids[1], "Interview – Data Analyst – Brightwater", "DTSTART:20270112T140000Z", "DTEND:20270112T144500Z",
           org("scheduling-team@loopdesk.example", "LoopDesk Scheduling"),
           att("lucia.gomez@brightwater.example", "Lucía Gómez"), me(False)),
    ]  # fmt: skip
    one(
        "exchange_scheduling_mailboxes",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange invitations organized by a company's scheduler@ mailbox and by a scheduling tool's address",
        occ(ids[0], "2027-01-11T09:00:00Z", "2027-01-11T10:00:00Z", interview=True,
            interviewers=("claire.martin@valmont.example", "luc.bernard@valmont.example", "scheduler@valmont.example"),
            company="Valmont", role="Chef de projet"),
        occ(ids[1], "2027-01-12T14:00:00Z", "2027-01-12T14:45:00Z", interview=True,
            interviewers=("lucia.gomez@brightwater.example",), company="Brightwater", role="Data Analyst"),
    )  # fmt: skip


def italian_and_thai() -> None:
    """'Intervista' and 'สัมภาษณ์งาน' are interviews; a radio interview in Italian is not."""
    ids = ["r12a-it-3c@zoho.example", "r12a-th-4d@zoho.example", "r12a-it-5e@zoho.example"]
    evs = [
        ev(ids[0], "Intervista conoscitiva: Fiordaliso – Analista dati", "DTSTART:20270113T090000Z",
           "DTEND:20270113T094500Z", org("giulia.rossi@fiordaliso.example", "Giulia Rossi"), me(False),
           status="TENTATIVE"),
        ev(ids[1], "สัมภาษณ์งาน – Siam Lotus", "DTSTART:20270114T030000Z", "DTEND:20270114T040000Z",
           org("somchai@siamlotus.example", "Somchai Wong"), me(False)),
        ev(ids[2], "Intervista radiofonica – Radio Laguna", "DTSTART:20270115T160000Z", "DTEND:20270115T163000Z",
           org("redazione@radiolaguna.example", "Redazione Radio Laguna"), me(False)),
    ]  # fmt: skip
    one(
        "zoho_italian_thai_words",
        calendar(ZOHO, *evs, method="REQUEST"),
        "Zoho invitations: an Italian 'intervista' (tentative), a Thai job interview, an Italian radio interview",
        occ(ids[0], "2027-01-13T09:00:00Z", "2027-01-13T09:45:00Z", interview=True,
            interviewers=("giulia.rossi@fiordaliso.example",), company="Fiordaliso", role="Analista dati"),
        occ(ids[1], "2027-01-14T03:00:00Z", "2027-01-14T04:00:00Z", interview=True,
            interviewers=("somchai@siamlotus.example",), company="Siam Lotus"),
        occ(ids[2], "2027-01-15T16:00:00Z", "2027-01-15T16:30:00Z", interview=False),
    )  # fmt: skip


def screening_panel_assessment_day() -> None:
    """A screening and a panel with no interview word, and an employer's whole assessment day in German."""
    ids = ["r12a-screen-6f@google.com", "r12a-panel-7g@modernloop.example", "r12a-day-8h@google.com"]
    evs = [
        ev(ids[0], "Présélection : Analyste de données", "DTSTART:20270118T100000Z", "DTEND:20270118T103000Z",
           org("ines.moreau@lumenor.example", "Inès Moreau"), att("ines.moreau@lumenor.example", "Inès Moreau",
           google=True), me(), "DESCRIPTION:Quoi : Présélection : Analyste de données\\nOù : visio"),
        ev(ids[1], "Northbeam | Panel | Data Engineer III", "DTSTART:20270119T130000Z", "DTEND:20270119T150000Z",
           org("coordination@northbeam.example", "Northbeam Interview Coordination"),
           att("coordination@northbeam.example", "Northbeam Interview Coordination"),
           att("raj.patel@northbeam.example", "Raj Patel"), att("jane.doe@northbeam.example", "Jane Doe"),
           me(False)),
        ev(ids[2], "Assessmenttag – Nordwerk – Traineeprogramm", "DTSTART;VALUE=DATE:20270120",
           "DTEND;VALUE=DATE:20270121", org("karriere@nordwerk.example", "Nordwerk Karriere"),
           att("karriere@nordwerk.example", "Nordwerk Karriere", google=True), me(), "TRANSP:TRANSPARENT"),
    ]  # fmt: skip
    one(
        "google_screening_panel_assessment_day",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "A Cal.com-style screening, a ModernLoop-style panel and an all-day assessment day in Google Calendar",
        occ(ids[0], "2027-01-18T10:00:00Z", "2027-01-18T10:30:00Z", interview=True,
            interviewers=("ines.moreau@lumenor.example",), company="Lumenor", role="Analyste de données"),
        occ(ids[1], "2027-01-19T13:00:00Z", "2027-01-19T15:00:00Z", interview=True,
            interviewers=("coordination@northbeam.example", "jane.doe@northbeam.example",
                          "raj.patel@northbeam.example"), company="Northbeam", role="Data Engineer III"),
        occ(ids[2], "2027-01-19T23:00:00Z", "2027-01-20T23:00:00Z", interview=True,
            interviewers=("karriere@nordwerk.example",), company="Nordwerk", role="Traineeprogramm"),
    )  # fmt: skip


def names_and_calls() -> None:
    """A recruiting call between two named people (a Calendly-style event name in Portuguese), and a names-only
    title whose description names the role."""
    ids = ["r12a-call-9i@fastmail.example", "r12a-names-10j@fastmail.example"]
    evs = [
        ev(ids[0], "Raj Patel e Maya Example", "DTSTART:20270121T150000Z", "DTEND:20270121T153000Z",
           org("raj.patel@corvina.example", "Raj Patel"), att("raj.patel@corvina.example", "Raj Patel"), me(False),
           "DESCRIPTION:Nome do evento: Chamada de recrutamento\\n\\nLocal: Google Meet"),
        ev(ids[1], "Maya Example <> Jane Doe", "DTSTART:20270122T090000Z", "DTEND:20270122T093000Z",
           org("jane.doe@tidewell.example", "Jane Doe"), att("jane.doe@tidewell.example", "Jane Doe"), me(False),
           "DESCRIPTION:Erstes Kennenlernen zur Stelle als Data Engineer bei Tidewell."),
    ]  # fmt: skip
    one(
        "fastmail_calls_between_people",
        calendar(FASTMAIL, *evs, method="REQUEST"),
        "Fastmail invitations named by the people only, with the hiring in a word or in the description",
        occ(ids[0], "2027-01-21T15:00:00Z", "2027-01-21T15:30:00Z", interview=True,
            interviewers=("raj.patel@corvina.example",), company="Corvina"),
        occ(ids[1], "2027-01-22T09:00:00Z", "2027-01-22T09:30:00Z", interview=True,
            interviewers=("jane.doe@tidewell.example",), company="Tidewell", role="Data Engineer"),
    )  # fmt: skip


def own_entries() -> None:
    """Her own entries: meeting a recruiter of a named company (an interview), a recruiting coffee with nobody
    named, her notes and questions about interviews, and a flight to one written with words."""
    ids = [f"r12a-own-{n}@nextcloud.example" for n in ("11k", "12l", "13m", "14n", "15o")]
    evs = [
        ev(ids[0], "Café con la reclutadora – Mirador Viajes", "DTSTART:20270125T100000Z", "DTEND:20270125T110000Z",
           "LOCATION:Café Central"),
        ev(ids[1], "Recruiting coffee", "DTSTART:20270125T150000Z", "DTEND:20270125T153000Z"),
        ev(ids[2], "Notes d'entretien Valmont à relire", "DTSTART:20270126T170000Z", "DTEND:20270126T173000Z"),
        ev(ids[3], "Interview questions + salary research – Brightwater", "DTSTART:20270127T170000Z",
           "DTEND:20270127T173000Z"),
        ev(ids[4], "AF 7712 ORY à NCE (entretien Valmont)", "DTSTART:20270128T060000Z", "DTEND:20270128T073000Z",
           att(MAYA, "Maya Example")),
    ]  # fmt: skip
    one(
        "nextcloud_own_recruiter_notes_flight",
        calendar(NEXTCLOUD, *evs),
        "Nextcloud entries of her own: a coffee with a recruiter, notes, questions and a flight",
        occ(ids[0], "2027-01-25T10:00:00Z", "2027-01-25T11:00:00Z", interview=True, company="Mirador Viajes"),
        occ(ids[1], "2027-01-25T15:00:00Z", "2027-01-25T15:30:00Z", interview=False),
        occ(ids[2], "2027-01-26T17:00:00Z", "2027-01-26T17:30:00Z", interview=False),
        occ(ids[3], "2027-01-27T17:00:00Z", "2027-01-27T17:30:00Z", interview=False),
        occ(ids[4], "2027-01-28T06:00:00Z", "2027-01-28T07:30:00Z", interview=False),
    )  # fmt: skip


ALL = [scheduling_mailboxes, italian_and_thai, screening_panel_assessment_day, names_and_calls, own_entries]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
