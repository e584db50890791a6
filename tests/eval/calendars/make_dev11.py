"""Writes the round-11 dev calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev11.py`.

Company legal forms of several countries that stay with the name they belong to ("(주)", "(株)", "ООО «…»",
", Inc.") and end it where a role follows with no separator ("주식회사 … 백엔드 개발자"), a slash between Japanese
parts, requisition numbers beside the role, a scheduling tool that names itself first and a chatbot named by a
given name and its employer with no separator. Expectations are
written by hand from each title and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import att, calendar
from make_dev import EXCHANGE, GOOGLE, ev, one
from make_dev10 import me, occ, org


def legal_forms() -> None:
    """Korean, Japanese, Russian and American employers whose titles carry their company's legal form."""
    ids = [
        "r11-legal-1a@google.com",
        "r11-legal-2b@google.com",
        "r11-legal-3c@google.com",
        "r11-legal-4d@google.com",
        "r11-legal-5e@google.com",
    ]
    evs = [
        ev(ids[0], "1차 면접 - 주식회사 솔바람 백엔드 개발자", "DTSTART:20270220T010000Z", "DTEND:20270220T020000Z",
           org("minji.kim@solbaram.example", "김민지"), att("minji.kim@solbaram.example", "김민지", google=True), me()),
        ev(ids[1], "(주)솔바람 2차 면접 - 데이터 엔지니어", "DTSTART:20270221T010000Z", "DTEND:20270221T020000Z",
           org("minji.kim@solbaram.example", "김민지"), att("minji.kim@solbaram.example", "김민지", google=True), me()),
        ev(ids[2], "一次面接 データアナリスト/株式会社ハルカゼ", "DTSTART:20270222T010000Z", "DTEND:20270222T020000Z",
           org("saito@harukaze.example", "斎藤 健"), att("saito@harukaze.example", "斎藤 健", google=True), me()),
        ev(ids[3], "Собеседование – ООО «Белый Бор» – Аналитик данных", "DTSTART:20270223T080000Z",
           "DTEND:20270223T090000Z", org("hr@belybor.example", "HR Белый Бор"),
           att("hr@belybor.example", "HR Белый Бор", google=True), me()),
        ev(ids[4], "Quarry Lane, Inc. – Support Engineer interview", "DTSTART:20270224T170000Z",
           "DTEND:20270224T174500Z", org("jane.doe@quarrylane.example", "Jane Doe"),
           att("jane.doe@quarrylane.example", "Jane Doe", google=True), me()),
    ]  # fmt: skip
    one(
        "google_legal_forms",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google Calendar interviews whose titles carry the company's legal form before or after its name",
        occ(ids[0], "2027-02-20T01:00:00Z", "2027-02-20T02:00:00Z", interview=True,
            interviewers=("minji.kim@solbaram.example",), company="주식회사 솔바람", role="백엔드 개발자"),
        occ(ids[1], "2027-02-21T01:00:00Z", "2027-02-21T02:00:00Z", interview=True,
            interviewers=("minji.kim@solbaram.example",), company="(주)솔바람", role="데이터 엔지니어"),
        occ(ids[2], "2027-02-22T01:00:00Z", "2027-02-22T02:00:00Z", interview=True,
            interviewers=("saito@harukaze.example",), company="株式会社ハルカゼ", role="データアナリスト"),
        occ(ids[3], "2027-02-23T08:00:00Z", "2027-02-23T09:00:00Z", interview=True,
            interviewers=("hr@belybor.example",), company="ООО «Белый Бор»", role="Аналитик данных"),
        occ(ids[4], "2027-02-24T17:00:00Z", "2027-02-24T17:45:00Z", interview=True,
            interviewers=("jane.doe@quarrylane.example",), company="Quarry Lane, Inc.", role="Support Engineer"),
    )  # fmt: skip


def numbers_and_tools() -> None:
    """A requisition number before the role and a scheduling tool's name before the interview word."""
    ids = ["r11-numbers-6f@exchange.example", "r11-numbers-7g@exchange.example"]
    evs = [
        ev(ids[0], "Req #5520 Payroll Specialist Interview – Lindqvist AB", "DTSTART:20270225T090000Z",
           "DTEND:20270225T094500Z", org("raj.patel@lindqvist.example", "Raj Patel"),
           att("raj.patel@lindqvist.example", "Raj Patel"), me(False)),
        ev(ids[1], "Teamtailor: Interview with Kivimäki Oy", "DTSTART:20270226T110000Z", "DTEND:20270226T120000Z",
           org("aino.laine@kivimaki.example", "Aino Laine"), att("aino.laine@kivimaki.example", "Aino Laine"),
           me(False)),
    ]  # fmt: skip
    one(
        "exchange_requisitions_and_tools",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange invitations with a requisition number and a scheduling tool's own name in the title",
        occ(ids[0], "2027-02-25T09:00:00Z", "2027-02-25T09:45:00Z", interview=True,
            interviewers=("raj.patel@lindqvist.example",), company="Lindqvist AB", role="Payroll Specialist"),
        occ(ids[1], "2027-02-26T11:00:00Z", "2027-02-26T12:00:00Z", interview=True,
            interviewers=("aino.laine@kivimaki.example",), company="Kivimäki Oy", role=""),
    )  # fmt: skip


def bare_chatbot() -> None:
    """A scheduling chatbot named by a given name, its employer and its assistant words with no separator."""
    ids = ["r11-bot-8h@exchange.example"]
    evs = [
        ev(ids[0], "Entrevista – Analista de datos – Brightwater", "DTSTART:20270227T100000Z",
           "DTEND:20270227T104500Z", org("ava@talkbot.example", "Ava Brightwater Recruiting Assistant"),
           att("lucia.gomez@brightwater.example", "Lucía Gómez"), me(False)),
    ]  # fmt: skip
    one(
        "exchange_bare_chatbot",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Exchange invitation from a chatbot named 'Ava Brightwater Recruiting Assistant' at its vendor's domain",
        occ(ids[0], "2027-02-27T10:00:00Z", "2027-02-27T10:45:00Z", interview=True,
            interviewers=("lucia.gomez@brightwater.example",), company="Brightwater", role="Analista de datos"),
    )  # fmt: skip


ALL = [legal_forms, numbers_and_tools, bare_chatbot]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
