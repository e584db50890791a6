"""Writes the round-9 development calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev9.py`.

Employers' chatbots that organize under a given name, then the employer's name, then an assistant word, with a
dash, a bar, a comma or "at" between ("Ola – Piekarnia Wisła, asystent rekrutacji", "Sanne | Molenhoek
Wervingsassistent"), and chatbots named with no assistant word, the employer's name after a dash or a
preposition ("Sofía – Grupo Lumen", "Elin från Fjällbo Bygg"). Expectations are written by hand from each
title and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar
from icsshapes import occ as occurrence
from make_dev import EXCHANGE, GOOGLE, NEXTCLOUD, ev, one


def org(address: str, name: str) -> str:
    cn = f'"{name}"' if "," in name or ":" in name else name
    return f"ORGANIZER;CN={cn}:mailto:{address}"


def me(google: bool = True) -> str:
    return att(MAYA, "maya@example.org" if google else "Maya Example", partstat="NEEDS-ACTION", google=google)


def occ(uid: str, start: str, end: str, **fields: object) -> dict[str, object]:
    return occurrence(uid, start, end, **fields)  # type: ignore[arg-type]


def named_chatbots_nextcloud() -> None:
    """A Polish bakery's and an English logistics firm's chatbots organize from their vendor's domain."""
    ids = ["r9-namedbot-1a@rekrutbot.example", "r9-namedbot-2b@rekrutbot.example"]
    evs = [
        ev(ids[0], "Rozmowa kwalifikacyjna – Piekarnia Wisła – Kierownik zmiany", "DTSTART:20270201T080000Z",
           "DTEND:20270201T084500Z", org("ola@rekrutbot.example", "Ola – Piekarnia Wisła, asystent rekrutacji"),
           att("piotr.nowak@piekarniawisla.example", "Piotr Nowak"), me(False)),
        ev(ids[1], "Interview: Tidewater Freight – Warehouse Supervisor", "DTSTART:20270202T150000Z",
           "DTEND:20270202T153000Z", org("ava@rekrutbot.example", "Ava at Tidewater Freight (AI Assistant)"),
           att("raj.patel@tidewaterfreight.example", "Raj Patel"), me(False)),
    ]  # fmt: skip
    one(
        "nextcloud_named_chatbots",
        calendar(NEXTCLOUD, *evs, method="REQUEST"),
        "Nextcloud invitations organized by an employer's chatbot under a given name",
        occ(ids[0], "2027-02-01T08:00:00Z", "2027-02-01T08:45:00Z", interview=True,
            interviewers=("piotr.nowak@piekarniawisla.example",), company="Piekarnia Wisła",
            role="Kierownik zmiany"),
        occ(ids[1], "2027-02-02T15:00:00Z", "2027-02-02T15:30:00Z", interview=True,
            interviewers=("raj.patel@tidewaterfreight.example",), company="Tidewater Freight",
            role="Warehouse Supervisor"),
    )  # fmt: skip


def named_chatbots_google() -> None:
    """A Dutch and a German employer's chatbots, one with its compound assistant word, on Google Calendar."""
    ids = ["r9-namedbot-3c@google.com", "r9-namedbot-4d@google.com"]
    evs = [
        ev(ids[0], "Sollicitatiegesprek Molenhoek – Data-analist", "DTSTART:20270203T093000Z",
           "DTEND:20270203T103000Z", org("sanne@werfbot.example", "Sanne | Molenhoek Wervingsassistent"),
           att("sanne@werfbot.example", "Sanne | Molenhoek Wervingsassistent", google=True),
           att("jan.devries@molenhoek.example", "Jan de Vries", google=True), me()),
        ev(ids[1], "Vorstellungsgespräch Brückner Logistik – Disponentin", "DTSTART:20270204T120000Z",
           "DTEND:20270204T130000Z", org("mia@werfbot.example", "Mia – Brückner Logistik Recruiting-Assistentin"),
           att("erika.mustermann@brueckner-logistik.example", "Erika Mustermann", google=True), me()),
    ]  # fmt: skip
    one(
        "google_named_chatbots",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar invitations organized by an employer's chatbot under a given name",
        occ(ids[0], "2027-02-03T09:30:00Z", "2027-02-03T10:30:00Z", interview=True,
            interviewers=("jan.devries@molenhoek.example",), company="Molenhoek", role="Data-analist"),
        occ(ids[1], "2027-02-04T12:00:00Z", "2027-02-04T13:00:00Z", interview=True,
            interviewers=("erika.mustermann@brueckner-logistik.example",), company="Brückner Logistik",
            role="Disponentin"),
    )  # fmt: skip


def chatbots_after_a_dash() -> None:
    """A Spanish and a Swedish employer's chatbots named "Sofía – Grupo Lumen" and "Elin från Fjällbo Bygg"."""
    ids = ["r9-dashbot-5e@citabot.example", "r9-dashbot-6f@citabot.example"]
    evs = [
        ev(ids[0], "Entrevista – Grupo Lumen – Analista de datos", "DTSTART:20270205T140000Z",
           "DTEND:20270205T150000Z", org("sofia@citabot.example", "Sofía – Grupo Lumen"),
           att("carmen.ruiz@grupolumen.example", "Carmen Ruiz"), me(False)),
        ev(ids[1], "Intervju: Fjällbo Bygg – Projektledare", "DTSTART:20270206T090000Z",
           "DTEND:20270206T094500Z", org("elin@citabot.example", "Elin från Fjällbo Bygg"),
           att("lars.berg@fjallbobygg.example", "Lars Berg"), me(False)),
    ]  # fmt: skip
    one(
        "exchange_chatbots_after_a_dash",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange invitations organized by an employer's chatbot, its name after a dash or a preposition",
        occ(ids[0], "2027-02-05T14:00:00Z", "2027-02-05T15:00:00Z", interview=True,
            interviewers=("carmen.ruiz@grupolumen.example",), company="Grupo Lumen", role="Analista de datos"),
        occ(ids[1], "2027-02-06T09:00:00Z", "2027-02-06T09:45:00Z", interview=True,
            interviewers=("lars.berg@fjallbobygg.example",), company="Fjällbo Bygg", role="Projektledare"),
    )  # fmt: skip


ALL = [named_chatbots_nextcloud, named_chatbots_google, chatbots_after_a_dash]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
