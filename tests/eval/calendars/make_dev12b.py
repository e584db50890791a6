"""Writes the round-12b dev calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev12b.py`.

Company and role where something else stood beside them: the people a booking page names after "between", CJK
stage and notice words ("（业务面）", "通知", "のお知らせ", "안내", "2차 임원"), an interview word with a Finnish
or Turkish ending, an ordinal alone before it, a qualifier that heads a role ("Técnico de mantenimiento"), Greek
and Hungarian role nouns, a team after a comma, the hiring manager named in French, a labelled "Position:" line,
a freemail recruiter whose description names the employer, a kind of interview in lower case in brackets, and
which round in a bracket after the role ("(tweede ronde)", "(2e tour)").
Expectations are written by hand from each title, description and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar
from icsshapes import occ as occurrence
from make_dev import EXCHANGE, FASTMAIL, GOOGLE, NEXTCLOUD, ev, one

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


def hour(uid: str, day: str, host: str, company: str, role: str = "") -> dict[str, object]:
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


def booking_pages_between_people() -> None:
    """A booking page names the host and the invitee after the company, in English and in Portuguese."""
    raj = ("raj.patel@brindlerobotics.example", "Raj Patel")
    ana = ("ana.souza@vinhedodigital.example", "Ana Souza")
    ids = ["r12b-between-1@calcom.example", "r12b-between-2@calcom.example"]
    evs = [
        call(ids[0], "Intro call: Brindle Robotics between Raj Patel and Maya Example", "20270201", raj),
        call(ids[1], "Entrevista: Vinhedo Digital entre Ana Souza e Maya Example", "20270202", ana),
    ]
    one(
        "booking_pages_between_people",
        calendar(NEXTCLOUD, *evs),
        "Booking-page interviews whose title names the host and the invitee after 'between'",
        hour(ids[0], "20270201", raj[0], "Brindle Robotics"),
        hour(ids[1], "20270202", ana[0], "Vinhedo Digital"),
    )


def cjk_stage_and_notice_words() -> None:
    """Chinese, Japanese and Korean invitations with a notice word after the interview word and a stage beside
    the role."""
    hr = ("hr@haiouzhineng.example", "海鸥智能招聘")
    jp = ("saiyo@sorano.example", "ソラノ採用担当")
    ko = ("recruit@pureunsol.example", "푸른솔데이터 채용팀")
    ids = ["r12b-cjk-1@dingtalk.example", "r12b-cjk-2@dingtalk.example", "r12b-cjk-3@dingtalk.example"]
    evs = [
        call(ids[0], "面试通知：海鸥智能 - 数据分析师（业务面）", "20270203", hr),
        call(ids[1], "【面接のお知らせ】ソラノ - データエンジニア", "20270204", jp),
        call(ids[2], "면접 안내: 푸른솔데이터 - 백엔드 개발자 2차 임원", "20270205", ko),
    ]
    one(
        "cjk_stage_and_notice_words",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "CJK interview invitations with a notice word after the interview word and a stage beside the role",
        hour(ids[0], "20270203", hr[0], "海鸥智能", "数据分析师"),
        hour(ids[1], "20270204", jp[0], "ソラノ", "データエンジニア"),
        hour(ids[2], "20270205", ko[0], "푸른솔데이터", "백엔드 개발자"),
    )


def inflections_ordinals_and_scripts() -> None:
    """A Finnish second interview with the user's name, a Turkish role glued to an inflected interview word,
    and Greek and Hungarian titles with the role before the company."""
    fi = ("aino.virtanen@kestotalo.example", "Aino Virtanen")
    tr = ("deniz.kaya@cinaryazilim.example", "Deniz Kaya")
    el = ("eleni.georgiou@kykladeslogismiko.example", "Ελένη Γεωργίου")
    hu = ("kovacs.anna@dunakanyardigital.example", "Kovács Anna")
    ids = [f"r12b-scripts-{n}@outlook.example" for n in range(1, 5)]
    evs = [
        call(ids[0], "Toinen haastattelu – Maya Example", "20270208", fi),
        call(ids[1], "Çınar Yazılım: Veri Analisti Mülakatı", "20270209", tr,
             "DESCRIPTION:Merhaba Maya\\,\\nMülakat bağlantısı: https://meet.cinaryazilim.example/veri"),
        call(ids[2], "Συνέντευξη – Αναλύτρια Δεδομένων – Κυκλάδες Λογισμικό", "20270210", el),
        call(ids[3], "Interjú – Szoftverfejlesztő – Dunakanyar Digital", "20270211", hu),
    ]  # fmt: skip
    one(
        "outlook_inflections_ordinals_and_scripts",
        calendar(EXCHANGE, *evs, method="REQUEST"),
        "Outlook interviews with an ordinal, an inflected interview word, and Greek and Hungarian roles",
        hour(ids[0], "20270208", fi[0], "Kestotalo"),
        hour(ids[1], "20270209", tr[0], "Çınar Yazılım", "Veri Analisti"),
        hour(ids[2], "20270210", el[0], "Κυκλάδες Λογισμικό", "Αναλύτρια Δεδομένων"),
        hour(ids[3], "20270211", hu[0], "Dunakanyar Digital", "Szoftverfejlesztő"),
    )


def heads_teams_and_hiring_managers() -> None:
    """A Spanish technician's role, the French hiring manager named in the title, and teams after a comma with
    and without an interview word."""
    es = ("lucia.romero@aceiteradelsur.example", "Lucía Romero")
    fr = ("camille.durand@banquelumiere.example", "Camille Durand")
    en = ("raj.patel@halvard.example", "Raj Patel")
    ids = [f"r12b-heads-{n}@zoho.example" for n in range(1, 5)]
    evs = [
        call(ids[0], "Entrevista | Técnico de mantenimiento | Aceitera del Sur", "20270215", es),
        call(ids[1], "Entretien avec la responsable RH - Analyste crédit - Banque Lumière", "20270216", fr),
        call(ids[2], "Second round: Halvard – Data Scientist, Forecasting", "20270217", en),
        call(ids[3], "Halvard | Panel interview | Product Manager, Developer Experience", "20270218", en),
    ]
    one(
        "zoho_heads_teams_and_hiring_managers",
        calendar(ZOHO, *evs),
        "Zoho interviews whose role starts with a qualifier word, names a team after a comma, or follows "
        "the hiring manager",
        hour(ids[0], "20270215", es[0], "Aceitera del Sur", "Técnico de mantenimiento"),
        hour(ids[1], "20270216", fr[0], "Banque Lumière", "Analyste crédit"),
        hour(ids[2], "20270217", en[0], "Halvard", "Data Scientist, Forecasting"),
        hour(ids[3], "20270218", en[0], "Halvard", "Product Manager, Developer Experience"),
    )


def descriptions_and_kinds() -> None:
    """A freemail recruiter's description names the employer, a tool's "Position:" line names the role the
    title lacks, and a kind of interview in lower case in brackets is no company."""
    free = ("halden.jobs@gmail.com", "Sofia Berg")
    tool = ("jane.doe@quillon.example", "Jane Doe")
    pair = ("lena.fischer@tarnwood.example", "Lena Fischer")
    ids = ["r12b-desc-1@google.com", "r12b-desc-2@google.com", "r12b-desc-3@google.com"]
    evs = [
        call(ids[0], "Recruiter call", "20270222", free,
             "DESCRIPTION:A first chat about the Site Reliability Engineer position at Halden Marine (remote)."),
        call(ids[1], "Maya Example <> Quillon | Hiring Manager Chat", "20270223", tool,
             "DESCRIPTION:Stage: Hiring manager chat\\nPosition: Staff Engineer\\, Billing\\nZoom: "
             "https://quillon.zoom.example/j/5512"),
        call(ids[2], "Technical interview (whiteboarding)", "20270224", pair),
    ]  # fmt: skip
    one(
        "google_descriptions_and_kinds",
        calendar(GOOGLE, *evs, head=("CALSCALE:GREGORIAN",)),
        "Google interviews whose company or role only the description or the organizer's domain gives",
        hour(ids[0], "20270222", free[0], "Halden Marine", "Site Reliability Engineer"),
        hour(ids[1], "20270223", tool[0], "Quillon", "Staff Engineer, Billing"),
        hour(ids[2], "20270224", pair[0], "Tarnwood"),
    )


def rounds_in_brackets() -> None:
    """Which round, in a bracket after the role, in Dutch and French."""
    nl = ("sanne.visser@polderwerk.example", "Sanne Visser")
    fr = ("hugo.lefevre@atelierbrume.example", "Hugo Lefèvre")
    ids = ["r12b-rounds-1@fastmail.example", "r12b-rounds-2@fastmail.example"]
    evs = [
        call(ids[0], "Sollicitatiegesprek: Polderwerk – Data-analist (tweede ronde)", "20270225", nl),
        call(ids[1], "Entretien : Atelier Brume – Développeuse iOS (2e tour)", "20270226", fr),
    ]
    one(
        "fastmail_rounds_in_brackets",
        calendar(FASTMAIL, *evs),
        "Fastmail interviews naming the round in a bracket after the role",
        hour(ids[0], "20270225", nl[0], "Polderwerk", "Data-analist"),
        hour(ids[1], "20270226", fr[0], "Atelier Brume", "Développeuse iOS"),
    )


ALL = [
    booking_pages_between_people,
    cjk_stage_and_notice_words,
    inflections_ordinals_and_scripts,
    heads_teams_and_hiring_managers,
    descriptions_and_kinds,
    rounds_in_brackets,
]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
