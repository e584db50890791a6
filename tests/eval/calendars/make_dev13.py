"""Writes the round-13 dev calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev13.py`.

Booking-tool event names that carry a role and a hiring or meeting word ("Portfolio review: Product Designer —
...", "<role> intro between <host> and <invitee>"), a newsletter's live session from its mailing host, and brackets
beside the role that are no part of it: a level ("(Niveau 2)", "(Level 3)"), the stage ("(Onsite Interview)"), a
store or branch number ("(Filiale 23)", "(Tienda nº 8)") and a city; a qualifier that heads a role ("Tech Lead");
the executive or founder met ("mit der Gründerin", "with the CEO"), who is no role.
Expectations are written by hand from each title, description and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar
from icsshapes import occ as occurrence
from make_dev import FASTMAIL, GOOGLE, NEXTCLOUD, ev, one

ZOHO = "-//Zoho Corporation//Zoho Calendar//EN"


def org(address: str, name: str) -> str:
    return f"ORGANIZER;CN={name}:mailto:{address}"


def me() -> str:
    return att(MAYA, "Maya Example", partstat="NEEDS-ACTION")


def call(uid: str, summary: str, day: str, host: tuple[str, str], *lines: str) -> str:
    """A one-hour call from 09:00 UTC on ``day`` (YYYYMMDD) that ``host`` organizes and attends."""
    return ev(
        uid, summary, f"DTSTART:{day}T090000Z", f"DTEND:{day}T100000Z", org(*host), att(*host), me(), *lines
    )


def hour(
    uid: str, day: str, host: str, company: str = "", role: str = "", *, interview: bool = True
) -> dict[str, object]:
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    return occurrence(  # type: ignore[arg-type]
        uid,
        f"{iso}T09:00:00Z",
        f"{iso}T10:00:00Z",
        interview=interview,
        interviewers=(host,) if interview else (),
        company=company,
        role=role,
    )


def booking_names_with_roles() -> None:
    """A booking tool's event name with a role beside a hiring or meeting word, and an intro to a subject."""
    leo = ("leo.berg@kittiwakestudio.example", "Leo Berg")
    priya = ("priya.nair@quaymetrics.example", "Priya Nair")
    ids = ["r13-book-1@zoho.example", "r13-book-2@zoho.example", "r13-book-3@zoho.example"]
    evs = [
        call(ids[0], "Portfolio review: Product Designer — Kittiwake Studio", "20270210", leo,
             "DESCRIPTION:Event type: Portfolio review\\nInvitee time zone: Europe/Berlin"),
        call(ids[1], "Data Analyst intro between Priya Nair and Maya Example", "20270211", priya),
        call(ids[2], "Intro to dbt between Priya Nair and Maya Example", "20270212", priya),
    ]  # fmt: skip
    one(
        "booking_names_with_roles",
        calendar(ZOHO, *evs),
        "Booking-tool event names with a role and a hiring or meeting word, and an intro to a subject",
        hour(ids[0], "20270210", leo[0], "Kittiwake Studio", "Product Designer"),
        hour(ids[1], "20270211", priya[0], "Quaymetrics", "Data Analyst"),
        hour(ids[2], "20270212", priya[0], interview=False),
    )


def newsletter_live_sessions() -> None:
    """Newsletters' live sessions about interviews, sent from their mailing hosts."""
    digest = ("news@campaigns.hiringdigest.example", "Hiring Digest")
    brief = ("hello@mailer.talentbrief.example", "Talent Brief")
    ids = ["r13-live-1@hiringdigest.example", "r13-live-2@talentbrief.example"]
    evs = [
        call(ids[0], "Hiring Digest Live: how recruiters read your interview answers", "20270213", digest),
        call(ids[1], "Talent Brief – Entretien final : négocier son salaire (en direct)", "20270214", brief),
    ]
    one(
        "newsletter_live_sessions",
        calendar(GOOGLE, *evs),
        "Newsletters' live sessions about interviews from their mailing hosts",
        hour(ids[0], "20270213", digest[0], interview=False),
        hour(ids[1], "20270214", brief[0], interview=False),
    )


def brackets_beside_the_role() -> None:
    """A level, the stage, a store or branch number and a city in a bracket after the role."""
    nl = ("recruitment@polderwerk.example", "Polderwerk Recruitment")
    fr = ("talents@borealconseil.example", "Boréal Conseil")
    de = ("bewerbung@backhauskorn.example", "Backhaus Korn")
    es = ("seleccion@panaderiasol.example", "Panadería Sol")
    en = ("jane.doe@harborlabs.example", "Jane Doe")
    it = ("selezione@gruppotiglio.example", "Gruppo Tiglio")
    ids = [f"r13-bracket-{n}@fastmail.example" for n in range(1, 7)]
    evs = [
        call(ids[0], "Sollicitatiegesprek – Data Engineer (Level 3) – Polderwerk", "20270215", nl),
        call(ids[1], "Entretien : Développeuse backend (Niveau 2) – Boréal Conseil", "20270216", fr),
        call(ids[2], "Vorstellungsgespräch: Schichtleiter (Filiale 23) – Backhaus Korn GmbH", "20270217", de),
        call(ids[3], "Entrevista - Supervisora de Turno (Tienda nº 8) - Panadería Sol", "20270218", es),
        call(ids[4], "Interview at Harbor Labs: Backend Developer (Onsite Interview)", "20270219", en),
        call(ids[5], "Colloquio: Coordinatore Logistica - Gruppo Tiglio (Milano)", "20270222", it),
    ]
    one(
        "brackets_beside_the_role",
        calendar(FASTMAIL, *evs),
        "Interviews with a level, the stage, a store number or a city in a bracket beside the role",
        hour(ids[0], "20270215", nl[0], "Polderwerk", "Data Engineer"),
        hour(ids[1], "20270216", fr[0], "Boréal Conseil", "Développeuse backend"),
        hour(ids[2], "20270217", de[0], "Backhaus Korn GmbH", "Schichtleiter"),
        hour(ids[3], "20270218", es[0], "Panadería Sol", "Supervisora de Turno"),
        hour(ids[4], "20270219", en[0], "Harbor Labs", "Backend Developer"),
        hour(ids[5], "20270222", it[0], "Gruppo Tiglio", "Coordinatore Logistica"),
    )


def qualifiers_that_head_roles() -> None:
    """ "Tech Lead", "HR Manager", "Technical Writer": the qualifier is the first word of the role."""
    a = ("raj.patel@larkspur.example", "Raj Patel")
    b = ("jane.doe@quillon.example", "Jane Doe")
    ids = ["r13-head-1@nextcloud.example", "r13-head-2@nextcloud.example"]
    evs = [
        call(ids[0], "Interview – Tech Lead – Larkspur", "20270223", a),
        call(ids[1], "Screening call: HR Manager role with Jane Doe at Quillon", "20270224", b),
    ]
    one(
        "qualifiers_that_head_roles",
        calendar(NEXTCLOUD, *evs),
        "Interviews whose role starts with a word that also qualifies interviews",
        hour(ids[0], "20270223", a[0], "Larkspur", "Tech Lead"),
        hour(ids[1], "20270224", b[0], "Quillon", "HR Manager"),
    )


def executives_met() -> None:
    """The executive or founder met is no role; the company then comes from the organizer's domain."""
    de = ("lena.vogt@lindenhof.example", "Lena Vogt")
    en = ("jane.doe@marrowgate.example", "Jane Doe")
    ids = ["r13-exec-1@google.example", "r13-exec-2@google.example"]
    evs = [
        call(ids[0], "Vorstellungsgespräch mit der Gründerin – Backend-Entwickler", "20270225", de),
        call(ids[1], "Final interview with the CEO – Product Manager", "20270226", en),
    ]
    one(
        "executives_met",
        calendar(GOOGLE, *evs),
        "Interviews with an executive or founder and a role, the company only in the organizer's domain",
        hour(ids[0], "20270225", de[0], "Lindenhof", "Backend-Entwickler"),
        hour(ids[1], "20270226", en[0], "Marrowgate", "Product Manager"),
    )


ALL = [
    booking_names_with_roles,
    newsletter_live_sessions,
    brackets_beside_the_role,
    qualifiers_that_head_roles,
    executives_met,
]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
