"""Writes the round-10 dev calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev10.py`.

Applicant-tracking tenant mailboxes whose display name says not to reply ("Fernhollow (ne pas répondre)"), the
round's stage word after the interview word in other languages ("Entretien technique avec", "Laatste gesprek
met") or the kind of call before whom it is with ("Llamada de preselección con"), early-career programmes as
the role when no company address tells the parts apart, and the team after a comma that stays with the role
("Product Designer, Checkout"). Expectations are written by hand from each title and address list, not
produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar
from icsshapes import occ as occurrence
from make_dev import EXCHANGE, GOOGLE, NEXTCLOUD, ev, one


def org(address: str, name: str) -> str:
    cn = f'"{name}"' if "," in name or ":" in name or "(" in name else name
    return f"ORGANIZER;CN={cn}:mailto:{address}"


def me(google: bool = True) -> str:
    return att(MAYA, "maya@example.org" if google else "Maya Example", partstat="NEEDS-ACTION", google=google)


def occ(uid: str, start: str, end: str, **fields: object) -> dict[str, object]:
    return occurrence(uid, start, end, **fields)  # type: ignore[arg-type]


def no_reply_tenants() -> None:
    """A French and a German employer invite through their tenant mailbox named "do not reply" in their language."""
    ids = ["r10-noreply-1a@talentdesk.example", "r10-noreply-2b@talentdesk.example"]
    evs = [
        ev(ids[0], "Entretien : Comptable – Fernhollow", "DTSTART:20270211T090000Z", "DTEND:20270211T094500Z",
           org("fernhollow@talentdesk.example", "Fernhollow (ne pas répondre)"),
           att("claire.martin@fernhollow.example", "Claire Martin"), me(False)),
        ev(ids[1], "Vorstellungsgespräch: Lagerleiter – Brandtwerk", "DTSTART:20270212T130000Z",
           "DTEND:20270212T140000Z", org("brandtwerk@talentdesk.example", "Brandtwerk – bitte nicht antworten"),
           att("jonas.weber@brandtwerk.example", "Jonas Weber"), me(False)),
    ]  # fmt: skip
    one(
        "exchange_no_reply_tenants",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange invitations from applicant-tracking tenant mailboxes named 'do not reply'",
        occ(ids[0], "2027-02-11T09:00:00Z", "2027-02-11T09:45:00Z", interview=True,
            interviewers=("claire.martin@fernhollow.example",), company="Fernhollow", role="Comptable"),
        occ(ids[1], "2027-02-12T13:00:00Z", "2027-02-12T14:00:00Z", interview=True,
            interviewers=("jonas.weber@brandtwerk.example",), company="Brandtwerk", role="Lagerleiter"),
    )  # fmt: skip


def stage_and_kind_words() -> None:
    """A French technical round, a Dutch last round and a Spanish screening call, each "with" the company."""
    ids = ["r10-stage-3c@google.com", "r10-stage-4d@google.com", "r10-stage-5e@google.com"]
    evs = [
        ev(ids[0], "Entretien technique avec Brume Studio – Développeuse Android", "DTSTART:20270213T080000Z",
           "DTEND:20270213T090000Z", org("lea.bernard@brumestudio.example", "Léa Bernard"),
           att("lea.bernard@brumestudio.example", "Léa Bernard", google=True), me()),
        ev(ids[1], "Sollicitatiegesprek laatste met Dijkhuis – Controller", "DTSTART:20270214T100000Z",
           "DTEND:20270214T110000Z", org("pieter.smit@dijkhuis.example", "Pieter Smit"),
           att("pieter.smit@dijkhuis.example", "Pieter Smit", google=True), me()),
        ev(ids[2], "Llamada de preselección con Sierra Norte – Contable", "DTSTART:20270215T150000Z",
           "DTEND:20270215T153000Z", org("empleo@sierranorte.example", "Empleo Sierra Norte"),
           att("empleo@sierranorte.example", "Empleo Sierra Norte", google=True), me()),
    ]  # fmt: skip
    one(
        "google_stage_and_kind_words",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar interviews with a stage or kind-of-call word before 'with' in other languages",
        occ(ids[0], "2027-02-13T08:00:00Z", "2027-02-13T09:00:00Z", interview=True,
            interviewers=("lea.bernard@brumestudio.example",), company="Brume Studio",
            role="Développeuse Android"),
        occ(ids[1], "2027-02-14T10:00:00Z", "2027-02-14T11:00:00Z", interview=True,
            interviewers=("pieter.smit@dijkhuis.example",), company="Dijkhuis", role="Controller"),
        occ(ids[2], "2027-02-15T15:00:00Z", "2027-02-15T15:30:00Z", interview=True,
            interviewers=("empleo@sierranorte.example",), company="Sierra Norte", role="Contable"),
    )  # fmt: skip


def early_career_roles() -> None:
    """A video-screening tool invites for a summer internship and a trainee programme, role before company."""
    ids = ["r10-early-6f@screenly.example", "r10-early-7g@screenly.example"]
    evs = [
        ev(ids[0], "Recorded Interview – Summer Internship – Harbor Mutual", "DTSTART:20270216T000000Z",
           "DTEND:20270216T003000Z", org("noreply@screenly.example", "Screenly"), me(False)),
        ev(ids[1], "Video-Interview – Traineeprogramm Einkauf – Elbwerft", "DTSTART:20270217T070000Z",
           "DTEND:20270217T073000Z", org("noreply@screenly.example", "Screenly"), me(False)),
    ]  # fmt: skip
    one(
        "nextcloud_early_career_roles",
        calendar(NEXTCLOUD, *evs, method="REQUEST"),
        "Nextcloud one-way video interviews for early-career programmes, no company address",
        occ(ids[0], "2027-02-16T00:00:00Z", "2027-02-16T00:30:00Z", interview=True,
            company="Harbor Mutual", role="Summer Internship"),
        occ(ids[1], "2027-02-17T07:00:00Z", "2027-02-17T07:30:00Z", interview=True,
            company="Elbwerft", role="Traineeprogramm Einkauf"),
    )  # fmt: skip


def team_after_a_comma() -> None:
    """A Portuguese and an English role with the team after a comma, inside brackets and after a dash."""
    ids = ["r10-team-8h@exchange.example", "r10-team-9i@exchange.example"]
    evs = [
        ev(ids[0], "Entrevista com Lagoa Azul (Engenheira de Dados, Pagamentos)", "DTSTART:20270218T130000Z",
           "DTEND:20270218T140000Z", org("ana.souza@lagoaazul.example", "Ana Souza"),
           att("ana.souza@lagoaazul.example", "Ana Souza"), me(False)),
        ev(ids[1], "Interview: Kestrel Mills – Product Designer, Checkout", "DTSTART:20270219T160000Z",
           "DTEND:20270219T164500Z", org("raj.patel@kestrelmills.example", "Raj Patel"),
           att("raj.patel@kestrelmills.example", "Raj Patel"), me(False)),
    ]  # fmt: skip
    one(
        "exchange_team_after_a_comma",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange interviews whose role names its team after a comma",
        occ(ids[0], "2027-02-18T13:00:00Z", "2027-02-18T14:00:00Z", interview=True,
            interviewers=("ana.souza@lagoaazul.example",), company="Lagoa Azul",
            role="Engenheira de Dados, Pagamentos"),
        occ(ids[1], "2027-02-19T16:00:00Z", "2027-02-19T16:45:00Z", interview=True,
            interviewers=("raj.patel@kestrelmills.example",), company="Kestrel Mills", role="Product Designer, Checkout"),
    )  # fmt: skip


ALL = [no_reply_tenants, stage_and_kind_words, early_career_roles, team_after_a_comma]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
