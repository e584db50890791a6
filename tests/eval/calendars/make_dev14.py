"""Writes the round-14 dev calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev14.py`.

Assessment centres spelled as Dutch and Swedish write them ("Assessment-Centrum", "Bedömningscenter"), and the
round in a bracket beside the role in Greek and Hungarian ("(δεύτερος γύρος)", "(második forduló)"), which is no
part of the role; and "Pairing interview", the kind of interview and no role. Expectations are written by
hand from each title and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar
from icsshapes import occ as occurrence
from make_dev import FASTMAIL, GOOGLE, ev, one


def org(address: str, name: str) -> str:
    return f"ORGANIZER;CN={name}:mailto:{address}"


def me() -> str:
    return att(MAYA, "Maya Example", partstat="NEEDS-ACTION")


def call(uid: str, summary: str, day: str, host: tuple[str, str]) -> str:
    """A one-hour call from 09:00 UTC on ``day`` (YYYYMMDD) that ``host`` organizes and attends."""
    return ev(uid, summary, f"DTSTART:{day}T090000Z", f"DTEND:{day}T100000Z", org(*host), att(*host), me())


def hour(uid: str, day: str, host: str, company: str, role: str) -> dict[str, object]:
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    return occurrence(  # type: ignore[arg-type]
        uid,
        f"{iso}T09:00:00Z",
        f"{iso}T10:00:00Z",
        interview=True,
        interviewers=(host,),
        company=company,
        role=role,
    )


def assessment_centre_spellings() -> None:
    """An assessment centre in Dutch and Swedish spelling is a selection day, so the invitation is an interview."""
    sofie = ("sofie.janssen@hooglandbank.example", "Sofie Janssen")
    lars = ("lars.holm@norrskenenergi.example", "Lars Holm")
    ids = ["r14-ac-1@hooglandbank.example", "r14-ac-2@norrskenenergi.example"]
    evs = [
        call(ids[0], "Assessment-Centrum Hoogland Bank: Junior Analist", "20270211", sofie),
        call(ids[1], "Bedömningscenter – Norrsken Energi – Ekonomitrainee", "20270212", lars),
    ]
    one(
        "assessment_centre_spellings",
        calendar(GOOGLE, *evs),
        "Assessment centres spelled in Dutch and Swedish",
        hour(ids[0], "20270211", sofie[0], "Hoogland Bank", "Junior Analist"),
        hour(ids[1], "20270212", lars[0], "Norrsken Energi", "Ekonomitrainee"),
    )


def rounds_beside_the_role() -> None:
    """Which round, in Greek and Hungarian, in a bracket after the role: no part of the role."""
    nikos = ("nikos.papadakis@ioniandata.example", "Nikos Papadakis")
    anna = ("anna.kovacs@dunasoftware.example", "Anna Kovács")
    ids = ["r14-round-1@ioniandata.example", "r14-round-2@dunasoftware.example"]
    evs = [
        call(ids[0], "Συνέντευξη – Ionian Data – Αναλυτής Δεδομένων (δεύτερος γύρος)", "20270213", nikos),
        call(ids[1], "Interjú – Duna Software – Backend fejlesztő (második forduló)", "20270214", anna),
    ]
    one(
        "rounds_beside_the_role",
        calendar(FASTMAIL, *evs),
        "The round in Greek and Hungarian in a bracket after the role",
        hour(ids[0], "20270213", nikos[0], "Ionian Data", "Αναλυτής Δεδομένων"),
        hour(ids[1], "20270214", anna[0], "Duna Software", "Backend fejlesztő"),
    )


def pairing_is_no_role() -> None:
    """Pairing names the kind of interview, so a title with nothing else beside the company has no role."""
    ola = ("ola.nordmann@quilllabs.example", "Ola Nordmann")
    ids = ["r14-pair-1@quilllabs.example", "r14-pair-2@quilllabs.example"]
    evs = [
        call(ids[0], "Pair-programming interview – Quill Labs", "20270215", ola),
        call(ids[1], "Quill Labs: Pairing interview (Maya Example)", "20270216", ola),
    ]
    one(
        "pairing_is_no_role",
        calendar(GOOGLE, *evs),
        "Pairing and pair-programming interviews whose titles name no role",
        hour(ids[0], "20270215", ola[0], "Quill Labs", ""),
        hour(ids[1], "20270216", ola[0], "Quill Labs", ""),
    )


ALL = [assessment_centre_spellings, rounds_beside_the_role, pairing_is_no_role]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
