"""Writes the round-8 development calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev8.py`.

Note takers that join the call under a display name on any domain, employers' chatbots under a given name with
the employer's name in brackets, prep words fused or bracketed to the interview word and prep words that start
an employer's name, which day or sitting of several after the role, hiring mailboxes named in the company's own
script, company names that end in "Tech", and "//" between her name and the company. Expectations are written
by hand from each title and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar
from icsshapes import occ as occurrence
from make_dev import EXCHANGE, GOOGLE, NEXTCLOUD, ev, one


def org(address: str, name: str) -> str:
    return f"ORGANIZER;CN={name}:mailto:{address}"


def me(google: bool = True) -> str:
    return att(MAYA, "maya@example.org" if google else "Maya Example", partstat="ACCEPTED", google=google)


def occ(uid: str, start: str, end: str, **fields: object) -> dict[str, object]:
    return occurrence(uid, start, end, **fields)  # type: ignore[arg-type]


def note_takers() -> None:
    """A Spanish and a French interview, each with a note taker that joins the call from its own domain."""
    ids = ["r8-notes-1a@google.com", "r8-notes-2b@google.com"]
    evs = [
        ev(ids[0], "Entrevista técnica – Cafetal Digital – Desarrolladora móvil", "DTSTART:20270208T150000Z",
           "DTEND:20270208T160000Z", org("rrhh@cafetal.example", "Cafetal RRHH"),
           att("rrhh@cafetal.example", "Cafetal RRHH", google=True),
           att("lucia.moreno@cafetal.example", "Lucía Moreno", google=True),
           att("sam@notesync.example", "Otter.ai Notetaker", google=True), me()),
        ev(ids[1], "Entretien – Boulangerie Numérique – Cheffe de projet", "DTSTART:20270209T090000Z",
           "DTEND:20270209T094500Z", org("claire.martin@boulangerienumerique.example", "Claire Martin"),
           att("claire.martin@boulangerienumerique.example", "Claire Martin", google=True),
           att("robot@transcrire.example", "Boulangerie Numérique Note Taker (bot)", google=True), me()),
    ]  # fmt: skip
    one(
        "google_note_takers_on_call",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar invitations with a note taker among the guests",
        occ(ids[0], "2027-02-08T15:00:00Z", "2027-02-08T16:00:00Z", interview=True,
            interviewers=("lucia.moreno@cafetal.example", "rrhh@cafetal.example"), company="Cafetal Digital",
            role="Desarrolladora móvil"),
        occ(ids[1], "2027-02-09T09:00:00Z", "2027-02-09T09:45:00Z", interview=True,
            interviewers=("claire.martin@boulangerienumerique.example",), company="Boulangerie Numérique",
            role="Cheffe de projet"),
    )  # fmt: skip


def branded_chatbots() -> None:
    """A bakery chain's and a hotel's chatbots organize under a given name and the employer's name."""
    ids = ["r8-bot-3c@chatrecruit.example", "r8-bot-4d@chatrecruit.example"]
    evs = [
        ev(ids[0], "Entrevista [Panadería Sol] – Dependienta", "DTSTART:20270210T100000Z",
           "DTEND:20270210T103000Z", org("mya@chatrecruit.example", "Mya (Panadería Sol)"),
           att("rosa.garcia@panaderiasol.example", "Rosa García"), me(False)),
        ev(ids[1], "Bewerbungsgespräch bei Hotel Alpenblick – Rezeptionist", "DTSTART:20270211T080000Z",
           "DTEND:20270211T083000Z", org("leo@chatrecruit.example", "Leo (Hotel Alpenblick Assistent)"),
           att("erika.mustermann@alpenblick.example", "Erika Mustermann"), me(False)),
    ]  # fmt: skip
    one(
        "exchange_branded_chatbots",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange invitations organized by an employer's branded chatbot",
        occ(ids[0], "2027-02-10T10:00:00Z", "2027-02-10T10:30:00Z", interview=True,
            interviewers=("rosa.garcia@panaderiasol.example",), company="Panadería Sol", role="Dependienta"),
        occ(ids[1], "2027-02-11T08:00:00Z", "2027-02-11T08:30:00Z", interview=True,
            interviewers=("erika.mustermann@alpenblick.example",), company="Hotel Alpenblick",
            role="Rezeptionist"),
    )  # fmt: skip


def prep_compounds_and_names() -> None:
    """Her own prep blocks fused or bracketed to the interview word; an employer whose name starts "Mock"."""
    ids = ["r8-prep-5e@nextcloud", "r8-prep-6f@nextcloud", "r8-prep-7a@nextcloud"]
    evs = [
        ev(ids[0], "Sollicitatie-voorbereiding", "DTSTART:20270212T180000Z", "DTEND:20270212T190000Z"),
        ev(ids[1], "Entretien (préparation)", "DTSTART:20270213T180000Z", "DTEND:20270213T190000Z"),
        ev(ids[2], "Entrevista Mock Labs – Analista de datos", "DTSTART:20270215T140000Z",
           "DTEND:20270215T150000Z", org("rh@mocklabs.example", "Mock Labs RH"),
           att("pedro.alves@mocklabs.example", "Pedro Alves"), me(False)),
    ]  # fmt: skip
    one(
        "nextcloud_prep_compounds_and_names",
        calendar(NEXTCLOUD, *evs),
        "Nextcloud calendar with prep blocks and an employer named Mock",
        occ(ids[0], "2027-02-12T18:00:00Z", "2027-02-12T19:00:00Z", interview=False),
        occ(ids[1], "2027-02-13T18:00:00Z", "2027-02-13T19:00:00Z", interview=False),
        occ(ids[2], "2027-02-15T14:00:00Z", "2027-02-15T15:00:00Z", interview=True,
            interviewers=("pedro.alves@mocklabs.example", "rh@mocklabs.example"), company="Mock Labs",
            role="Analista de datos"),
    )  # fmt: skip


def interview_days() -> None:
    """A Swedish two-day and a French three-part interview: which day or sitting follows the role."""
    ids = ["r8-days-8b@google.com", "r8-days-9c@google.com"]
    evs = [
        ev(ids[0], "Intervju hos Granskog – Lagerchef (dag 1 av 2)", "DTSTART:20270216T080000Z",
           "DTEND:20270216T150000Z", org("rekrytering@granskog.example", "Granskog Rekrytering"),
           att("rekrytering@granskog.example", "Granskog Rekrytering", google=True), me()),
        ev(ids[1], "Entretien – Verger Lumière – Comptable (partie 2/3)", "DTSTART:20270217T130000Z",
           "DTEND:20270217T140000Z", org("rh@vergerlumiere.example", "RH Verger Lumière"),
           att("rh@vergerlumiere.example", "RH Verger Lumière", google=True), me()),
    ]  # fmt: skip
    one(
        "google_interview_days_marked",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar invitations that say which day or sitting of several",
        occ(ids[0], "2027-02-16T08:00:00Z", "2027-02-16T15:00:00Z", interview=True,
            interviewers=("rekrytering@granskog.example",), company="Granskog", role="Lagerchef"),
        occ(ids[1], "2027-02-17T13:00:00Z", "2027-02-17T14:00:00Z", interview=True,
            interviewers=("rh@vergerlumiere.example",), company="Verger Lumière", role="Comptable"),
    )  # fmt: skip


def mailbox_names() -> None:
    """A Japanese and a Bulgarian employer's hiring mailboxes sign with the company's name in its own script."""
    ids = ["r8-box-1d@google.com", "r8-box-2e@google.com"]
    evs = [
        ev(ids[0], "【青山物流】二次面接 - 倉庫管理者", "DTSTART:20270218T010000Z", "DTEND:20270218T020000Z",
           org("saiyo@aoyama-logi.example", "青山物流 採用チーム"),
           att("saiyo@aoyama-logi.example", "青山物流 採用チーム", google=True), me()),
        ev(ids[1], "Интервю – Балкан Софт – Програмист", "DTSTART:20270219T080000Z", "DTEND:20270219T090000Z",
           org("kariera@balkansoft.example", "Балкан Софт"),
           att("kariera@balkansoft.example", "Балкан Софт", google=True), me()),
    ]  # fmt: skip
    one(
        "google_mailbox_company_scripts",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar invitations from hiring mailboxes named in Japanese and Cyrillic",
        occ(ids[0], "2027-02-18T01:00:00Z", "2027-02-18T02:00:00Z", interview=True,
            interviewers=("saiyo@aoyama-logi.example",), company="青山物流", role="倉庫管理者"),
        occ(ids[1], "2027-02-19T08:00:00Z", "2027-02-19T09:00:00Z", interview=True,
            interviewers=("kariera@balkansoft.example",), company="Балкан Софт", role="Програмист"),
    )  # fmt: skip


def name_endings_and_slashes() -> None:
    """An Italian employer whose name ends in "Tech"; a title that puts her name and the company around "//"."""
    ids = ["r8-end-3f@example.test", "r8-end-4a@example.test"]
    evs = [
        ev(ids[0], "Colloquio tecnico — Vesuvio Tech — Sviluppatrice Java", "DTSTART:20270222T090000Z",
           "DTEND:20270222T100000Z", org("giulia.romano@vesuviotech.example", "Giulia Romano"),
           att("giulia.romano@vesuviotech.example", "Giulia Romano"), me(False)),
        ev(ids[1], "Screening call: Maya Example // Kestrel Analytics (Data Engineer)", "DTSTART:20270223T160000Z",
           "DTEND:20270223T163000Z", org("talent@kestrelanalytics.example", "Kestrel Analytics Talent"),
           att("talent@kestrelanalytics.example", "Kestrel Analytics Talent"), me(False)),
    ]  # fmt: skip
    one(
        "exchange_name_endings_and_slashes",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange invitations with a company named ... Tech and a double-slash title",
        occ(ids[0], "2027-02-22T09:00:00Z", "2027-02-22T10:00:00Z", interview=True,
            interviewers=("giulia.romano@vesuviotech.example",), company="Vesuvio Tech", role="Sviluppatrice Java"),
        occ(ids[1], "2027-02-23T16:00:00Z", "2027-02-23T16:30:00Z", interview=True,
            interviewers=("talent@kestrelanalytics.example",), company="Kestrel Analytics", role="Data Engineer"),
    )  # fmt: skip


ALL = [note_takers, branded_chatbots, prep_compounds_and_names, interview_days, mailbox_names,
       name_endings_and_slashes]  # fmt: skip


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
