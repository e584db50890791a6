"""Writes the round-6 development calendars (dev/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_dev6.py`.

Pictographs in titles, compound role nouns in either order, round markers before CJK interview words, routes and
train or flight numbers, people-only titles, applicant-tracking senders, practice runs and courses, rooms and note
takers, southern-hemisphere Windows zones and a THISANDFUTURE change inside a multi-VCALENDAR stream. Expectations
are written by hand from each title and address list, not produced by followupd.
"""

from __future__ import annotations

from icsshapes import MAYA, att, calendar, ms_zone, occ, rid, utc
from make_dev import EXCHANGE, GOOGLE, ev, one

B = "Europe/Berlin"
ICLOUD = "-//Apple Inc.//macOS 14.2//EN"
SYDNEY = "Australia/Sydney"
AUS_EASTERN = ms_zone(
    "AUS Eastern Standard Time",
    std="+1000",
    dst="+1100",
    std_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4",
    dst_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10",
)
NEW_ZEALAND = ms_zone(
    "New Zealand Standard Time",
    std="+1200",
    dst="+1300",
    std_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4",
    dst_rule="FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9",
)
SAO_PAULO = ms_zone("E. South America Standard Time", std="-0300", dst=None)


def org(address: str, name: str) -> str:
    return f"ORGANIZER;CN={name}:mailto:{address}"


def me(google: bool = True) -> str:
    return att(MAYA, "maya@example.org" if google else "Maya Example", partstat="ACCEPTED", google=google)


def decorated_titles() -> None:
    """Google invitations whose titles carry emoji between or around their parts."""
    ids = [f"{n}r6d3c0r4t3d@google.com" for n in range(3)]
    people = [
        ("giulia.rossi@globex.example", "Giulia Rossi"),
        ("talent@vandelay.example", "Vandelay Talent"),
        ("raj.patel@hooli.example", "Raj Patel"),
    ]
    titles = [
        "🤝 Colloquio – Globex Italia – Sviluppatrice Backend",
        "Phone screen 📞 Vandelay Industries",
        "Hooli | Product Designer | Final round 🚀",
    ]
    days = ["20270111T140000Z", "20270112T160000Z", "20270113T090000Z"]
    ends = ["20270111T150000Z", "20270112T163000Z", "20270113T100000Z"]
    evs = [
        ev(i, t, f"DTSTART:{d}", f"DTEND:{e}", org(a, n), att(a, n, google=True), me())
        for i, t, d, e, (a, n) in zip(ids, titles, days, ends, people, strict=True)
    ]
    one(
        "google_emoji_titles",
        calendar(GOOGLE, *evs, method="REQUEST", head=("CALSCALE:GREGORIAN",)),
        "Google Calendar invitations with emoji in their titles",
        occ(ids[0], "2027-01-11T14:00:00Z", "2027-01-11T15:00:00Z", interview=True,
            interviewers=(people[0][0],), company="Globex Italia", role="Sviluppatrice Backend"),
        occ(ids[1], "2027-01-12T16:00:00Z", "2027-01-12T16:30:00Z", interview=True,
            interviewers=(people[1][0],), company="Vandelay Industries"),
        occ(ids[2], "2027-01-13T09:00:00Z", "2027-01-13T10:00:00Z", interview=True,
            interviewers=(people[2][0],), company="Hooli", role="Product Designer"),
    )  # fmt: skip


def compound_roles() -> None:
    """Her own iCloud entries, floating times, kind first and the role before the company."""
    ids = [f"9A{n}B6C2D-r6-COMPOUND-4E5F-8A9B" for n in range(3)]
    titles = [
        "Intervju – Lösningsarkitekt – Norrsken Data",
        "Vorstellungsgespräch – Elektrotechniker – Nordwerk AG",
        "Työhaastattelu – Järjestelmäarkkitehti – Revontuli Oy",
    ]
    starts = ["20270118T100000", "20270119T140000", "20270120T090000"]
    evs = [
        ev(i, t, f"DTSTART:{s}", f"DTEND:{s[:9]}{int(s[9:11]) + 1:02d}0000", "TRANSP:OPAQUE")
        for i, t, s in zip(ids, titles, starts, strict=True)
    ]
    companies = [("Norrsken Data", "Lösningsarkitekt"), ("Nordwerk AG", "Elektrotechniker"),
                 ("Revontuli Oy", "Järjestelmäarkkitehti")]  # fmt: skip
    one(
        "icloud_compound_role_titles",
        calendar(ICLOUD, *evs, head=("CALSCALE:GREGORIAN",)),
        "iCloud calendar export (floating times, no attendees)",
        *(
            occ(i, utc(s, B), utc(f"{s[:9]}{int(s[9:11]) + 1:02d}0000", B), interview=True, company=c, role=r)
            for i, s, (c, r) in zip(ids, starts, companies, strict=True)
        ),
    )


def round_markers() -> None:
    """Korean, Chinese and Japanese invitations that say which round before the interview word."""
    ids = [
        "r6-round-ko-1@nurisoft.example",
        "r6-round-zh-3@xinghe.example",
        "r6-round-ja-9@northwind.example",
    ]
    people = [
        ("park.minji@nurisoft.example", "박민지"),
        ("li.wei@xinghe.example", "Li Wei"),
        ("nakamura@northwind.example", "Nakamura Yui"),
    ]
    titles = [
        "누리소프트 – 데이터 엔지니어 1차 면접",
        "星河科技 – 前端开发 第三轮面试",
        "Northwind株式会社 – バックエンドエンジニア 最終面接",
    ]
    starts = ["20270121T020000Z", "20270122T060000Z", "20270125T050000Z"]
    evs = [
        ev(i, t, f"DTSTART:{s}", f"DTEND:{s[:9]}{int(s[9:11]) + 1:02d}0000Z", org(a, n), att(a, n), me(False))
        for i, t, s, (a, n) in zip(ids, titles, starts, people, strict=True)
    ]
    roles = [
        ("누리소프트", "데이터 엔지니어"),
        ("星河科技", "前端开发"),
        ("Northwind株式会社", "バックエンドエンジニア"),
    ]
    one(
        "cjk_round_markers",
        calendar(GOOGLE, *evs, method="REQUEST"),
        "Invitations in Korean, Chinese and Japanese naming the round",
        *(
            occ(i, f"{s[:4]}-{s[4:6]}-{s[6:8]}T{s[9:11]}:00:00Z", f"{s[:4]}-{s[4:6]}-{s[6:8]}T{int(s[9:11]) + 1:02d}:00:00Z",
                interview=True, interviewers=(a,), company=c, role=r)
            for i, s, (a, _), (c, r) in zip(ids, starts, people, roles, strict=True)
        ),
    )  # fmt: skip


def more_languages() -> None:
    """Invitations in Hebrew, Arabic, Vietnamese, Slovenian, Lithuanian and Malay, kind, company and role."""
    rows = [
        ("ראיון – Globex Israel – מהנדסת נתונים", "dana.levi@globex.example", "Dana Levi", "Globex Israel",
         "מהנדסת נתונים"),
        ("مقابلة شخصية – Initech – محلل بيانات", "omar.haddad@initech.example", "Omar Haddad", "Initech",
         "محلل بيانات"),
        ("Phỏng vấn vòng 2 – Vandelay – Kỹ sư dữ liệu", "linh.tran@vandelay.example", "Trần Linh", "Vandelay",
         "Kỹ sư dữ liệu"),
        ("Zaposlitveni razgovor – Hooli d.o.o. – Razvijalec programske opreme", "ana.novak@hooli.example",
         "Ana Novak", "Hooli d.o.o.", "Razvijalec programske opreme"),
        ("Darbo pokalbis – Initech UAB – Duomenų inžinierius", "jonas.kazlauskas@initech.example",
         "Jonas Kazlauskas", "Initech UAB", "Duomenų inžinierius"),
        ("Temu duga – Umbrella Sdn Bhd – Penganalisis Data", "aisyah.rahman@umbrella.example", "Aisyah Rahman",
         "Umbrella Sdn Bhd", "Penganalisis Data"),
    ]  # fmt: skip
    ids = [f"r6-lang-{n}-8e7d6c@outlook.example" for n in range(len(rows))]
    starts = [
        f"202702{day:02d}T{hour:02d}0000Z"
        for day, hour in ((16, 7), (16, 10), (17, 3), (17, 8), (18, 9), (19, 2))
    ]
    evs = [
        ev(i, t, f"DTSTART:{s}", f"DTEND:{s[:11]}4500Z", org(a, n), att(a, n), me(False))
        for i, s, (t, a, n, _, _) in zip(ids, starts, rows, strict=True)
    ]
    one(
        "outlook_more_languages",
        calendar("Microsoft Exchange Server 2010", *evs, method="REQUEST"),
        "Invitations in Hebrew, Arabic, Vietnamese, Slovenian, Lithuanian and Malay",
        *(
            occ(i, f"2027-02-{s[6:8]}T{s[9:11]}:00:00Z", f"2027-02-{s[6:8]}T{s[9:11]}:45:00Z", interview=True,
                interviewers=(a,), company=c, role=r)
            for i, s, (_, a, _, c, r) in zip(ids, starts, rows, strict=True)
        ),
    )  # fmt: skip


def routes() -> None:
    """Her journeys, named by a train or flight number or a route; an arrow inside a role stays a role."""
    ids = [f"5D{n}E-r6-ROUTE-7F8A-9B0C" for n in range(4)]
    evs = [
        ev(ids[0], "IC 2023 Köln → Frankfurt (Vorstellungsgespräch Nordwerk)",
           "DTSTART:20270126T061500Z", "DTEND:20270126T073000Z", "LOCATION:Köln Hbf"),
        ev(ids[1], "✈️ CPH → ARN – intervju Fjällvind", "DTSTART:20270127T063000Z", "DTEND:20270127T074000Z"),
        ev(ids[2], "AVE 3123 Madrid → Barcelona · entrevista Vandelay",
           "DTSTART:20270128T070000Z", "DTEND:20270128T100000Z"),
        ev(ids[3], "Interview: Globex – Migration Lead (Oracle → Postgres)",
           "DTSTART:20270129T130000Z", "DTEND:20270129T140000Z",
           org("jane.doe@globex.example", "Jane Doe"), att("jane.doe@globex.example", "Jane Doe"), me(False)),
    ]  # fmt: skip
    one(
        "icloud_routes_and_train_numbers",
        calendar(ICLOUD, *evs, head=("CALSCALE:GREGORIAN",)),
        "iCloud calendar: travel blocks by route or train number, and an interview with an arrow in its role",
        occ(ids[0], "2027-01-26T06:15:00Z", "2027-01-26T07:30:00Z", interview=False),
        occ(ids[1], "2027-01-27T06:30:00Z", "2027-01-27T07:40:00Z", interview=False),
        occ(ids[2], "2027-01-28T07:00:00Z", "2027-01-28T10:00:00Z", interview=False),
        occ(ids[3], "2027-01-29T13:00:00Z", "2027-01-29T14:00:00Z", interview=True,
            interviewers=("jane.doe@globex.example",), company="Globex", role="Migration Lead (Oracle → Postgres)"),
    )  # fmt: skip


def ats_senders() -> None:
    """Applicant-tracking services send for a company from their own domain: the tenant is the company."""
    ids = ["r6-ats-recruitee-1a2b", "r6-ats-jobvite-3c4d", "r6-ats-teamtailor-5e6f"]
    evs = [
        ev(ids[0], "Interview – Customer Success Manager", "DTSTART:20270202T100000Z", "DTEND:20270202T104500Z",
           org("initech@recruitee.com", "Initech"), att("sam.lee@initech.example", "Sam Lee"), me(False)),
        ev(ids[1], "Technical interview", "DTSTART:20270203T150000Z", "DTEND:20270203T160000Z",
           org("umbrella-careers@jobvite.com", "Umbrella Careers"), me(False)),
        ev(ids[2], "Entrevista – Analista de datos", "DTSTART:20270204T090000Z", "DTEND:20270204T093000Z",
           org("vandelay@teamtailor.com", "Vandelay"), att("lucia.moreno@vandelay.example", "Lucía Moreno"), me(False)),
    ]  # fmt: skip
    one(
        "ats_tenant_senders",
        calendar("-//Recruiting tools//EN", *evs, method="REQUEST"),
        "Invitations sent by applicant-tracking services in a company's name",
        occ(ids[0], "2027-02-02T10:00:00Z", "2027-02-02T10:45:00Z", interview=True,
            interviewers=("sam.lee@initech.example",), company="Initech", role="Customer Success Manager"),
        occ(ids[1], "2027-02-03T15:00:00Z", "2027-02-03T16:00:00Z", interview=True, company="Umbrella"),
        occ(ids[2], "2027-02-04T09:00:00Z", "2027-02-04T09:30:00Z", interview=True,
            interviewers=("lucia.moreno@vandelay.example",), company="Vandelay", role="Analista de datos"),
    )  # fmt: skip


def booking_tenants() -> None:
    """A booking page and an ATS sending from their own domains with the company in the address."""
    ids = ["r6-chili-7a8b9c@booking.example", "r6-lever-0d1e2f@ats.example"]
    evs = [
        ev(ids[0], "Intro interview (30 min)", "DTSTART:20270205T140000Z", "DTEND:20270205T143000Z",
           org("piedpiper@chilipiper.com", "Pied Piper"), att("erlich.b@piedpiper.example", "Erlich Bachman"),
           me(False)),
        ev(ids[1], "Phone screen", "DTSTART:20270205T170000Z", "DTEND:20270205T173000Z",
           org("tyrellcorp@hire.lever.co", "Tyrell Corp"), me(False)),
    ]  # fmt: skip
    one(
        "booking_page_tenants",
        calendar("-//Scheduling service//EN", *evs, method="REQUEST"),
        "A booking page's and an ATS's invitations sent in a company's name",
        occ(ids[0], "2027-02-05T14:00:00Z", "2027-02-05T14:30:00Z", interview=True,
            interviewers=("erlich.b@piedpiper.example",), company="Pied Piper"),
        occ(ids[1], "2027-02-05T17:00:00Z", "2027-02-05T17:30:00Z", interview=True, company="Tyrell Corp"),
    )  # fmt: skip


def people_only_and_practice() -> None:
    """Titles naming only her and someone else, and practice runs and courses with a coach."""
    ids = [f"r6-people-{n}-0f1e2d@booking.example" for n in range(6)]
    evs = [
        ev(ids[0], "Maya Example – Jane Doe", "DTSTART:20270208T140000Z", "DTEND:20270208T144500Z",
           org("jane.doe@initech.example", "Jane Doe"), att("jane.doe@initech.example", "Jane Doe"), me(False),
           "DESCRIPTION:Second interview for the Support Engineer position."),
        ev(ids[1], "Raj Patel / Maya Example", "DTSTART:20270209T100000Z", "DTEND:20270209T103000Z",
           org("raj.patel@hooli.example", "Raj Patel"), att("raj.patel@hooli.example", "Raj Patel"), me(False)),
        ev(ids[2], "Simulation d'entretien avec ma coach", "DTSTART:20270210T160000Z", "DTEND:20270210T170000Z",
           org("claire.martin@careerlab.example", "Claire Martin"), me(False)),
        ev(ids[3], "모의 면접 – 커리어센터", "DTSTART:20270211T050000Z", "DTEND:20270211T060000Z",
           org("center@univ.example", "커리어센터"), me(False)),
        ev(ids[4], "Interviewtraining – Bewerbungsgespräch üben", "DTSTART:20270212T080000Z",
           "DTEND:20270212T100000Z", org("coach@karriere.example", "Karriere Coach"), me(False)),
        ev(ids[5], "Flight Software Engineer interview – Umbrella Corp", "DTSTART:20270215T170000Z",
           "DTEND:20270215T180000Z", org("ada.king@umbrella.example", "Ada King"),
           att("ada.king@umbrella.example", "Ada King"), me(False)),
    ]  # fmt: skip
    one(
        "fastmail_people_titles_and_practice",
        calendar("-//Fastmail/2020.5/EN", *evs, method="REQUEST"),
        "Fastmail invitations: people-only titles, practice runs, a role that starts with a travel word",
        occ(ids[0], "2027-02-08T14:00:00Z", "2027-02-08T14:45:00Z", interview=True,
            interviewers=("jane.doe@initech.example",), company="Initech", role="Support Engineer"),
        occ(ids[1], "2027-02-09T10:00:00Z", "2027-02-09T10:30:00Z", interview=False),
        occ(ids[2], "2027-02-10T16:00:00Z", "2027-02-10T17:00:00Z", interview=False),
        occ(ids[3], "2027-02-11T05:00:00Z", "2027-02-11T06:00:00Z", interview=False),
        occ(ids[4], "2027-02-12T08:00:00Z", "2027-02-12T10:00:00Z", interview=False),
        occ(ids[5], "2027-02-15T17:00:00Z", "2027-02-15T18:00:00Z", interview=True,
            interviewers=("ada.king@umbrella.example",), company="Umbrella Corp", role="Flight Software Engineer"),
    )  # fmt: skip


def rooms_and_note_takers() -> None:
    """Exchange invitations in southern-hemisphere Windows zones with rooms and note takers as attendees."""
    ids = [
        "040000008200E00074C5B7101A82E00800000000R6ROOMS01",
        "040000008200E00074C5B7101A82E00800000000R6ROOMS02",
    ]
    evs = [
        ev(ids[0], "Interview – Wattle Analytics – Data Engineer",
           "DTSTART;TZID=AUS Eastern Standard Time:20270217T100000",
           "DTEND;TZID=AUS Eastern Standard Time:20270217T110000",
           org("olivia.brown@wattle.example", "Olivia Brown"),
           att("olivia.brown@wattle.example", "Olivia Brown"),
           att("konferensrum.sydney@wattle.example", "Konferensrum Sydney"),
           att("syd-huddle-4@wattle.example", "SYD Huddle 4"),
           att("fred@fireflies.ai", "Fireflies.ai Notetaker"),
           att(MAYA, "Maya Example")),
        ev(ids[1], "Entrevista – Kiwi Robotics – Engenheira de Software",
           "DTSTART;TZID=New Zealand Standard Time:20270218T090000",
           "DTEND;TZID=New Zealand Standard Time:20270218T100000",
           org("ana.souza@kiwirobotics.example", "Ana Souza"),
           att("ana.souza@kiwirobotics.example", "Ana Souza"),
           att("tom.ngata@kiwirobotics.example", "Tom Ngata"),
           att("notetaker@read.ai", "Read.ai meeting notes"),
           att("mr-akl-3f@kiwirobotics.example", "MR AKL 3F"),
           att(MAYA, "Maya Example")),
    ]  # fmt: skip
    one(
        "exchange_southern_zones_rooms",
        calendar(EXCHANGE, AUS_EASTERN, NEW_ZEALAND, *evs, method="REQUEST"),
        "Exchange invitations in AUS Eastern and New Zealand Windows zones, rooms and note takers invited",
        occ(ids[0], utc("20270217T100000", SYDNEY), utc("20270217T110000", SYDNEY), interview=True,
            interviewers=("olivia.brown@wattle.example",), company="Wattle Analytics", role="Data Engineer"),
        occ(ids[1], utc("20270218T090000", "Pacific/Auckland"), utc("20270218T100000", "Pacific/Auckland"),
            interview=True, interviewers=("ana.souza@kiwirobotics.example", "tom.ngata@kiwirobotics.example"),
            company="Kiwi Robotics", role="Engenheira de Software"),
    )  # fmt: skip


def windows_stream() -> None:
    """One file of three VCALENDARs (request, THISANDFUTURE update, cancel of one moved occurrence) in a Windows
    zone without daylight saving, as Outlook saves a mail thread's invitations."""
    uid = "040000008200E00074C5B7101A82E00800000000R6STREAM"
    zone, tzid = "America/Sao_Paulo", "E. South America Standard Time"
    org_line = org("carla.dias@vandelay.example", "Carla Dias")
    people = (att("carla.dias@vandelay.example", "Carla Dias"), att(MAYA, "Maya Example"))
    series = ev(
        uid,
        "Mentoria semanal",
        f"DTSTART;TZID={tzid}:20270112T180000",
        f"DTEND;TZID={tzid}:20270112T183000",
        org_line,
        *people,
        "RRULE:FREQ=WEEKLY;COUNT=4",
    )
    moved = ev(
        uid,
        "Mentoria semanal",
        f"DTSTART;TZID={tzid}:20270126T190000",
        f"DTEND;TZID={tzid}:20270126T193000",
        org_line,
        *people,
        f"RECURRENCE-ID;RANGE=THISANDFUTURE;TZID={tzid}:20270126T180000",
        seq=1,
    )
    cancel = ev(
        uid,
        "Mentoria semanal",
        f"DTSTART;TZID={tzid}:20270202T190000",
        f"DTEND;TZID={tzid}:20270202T193000",
        org_line,
        *people,
        f"RECURRENCE-ID;TZID={tzid}:20270202T180000",
        seq=2,
        status="CANCELLED",
    )
    text = "".join(
        calendar(EXCHANGE, SAO_PAULO, part, method=method)
        for part, method in ((series, "REQUEST"), (moved, "REQUEST"), (cancel, "CANCEL"))
    )
    occurrences = []
    for day, hour, cancelled in (("12", 18, False), ("19", 18, False), ("26", 19, False), ("02", 19, True)):
        month = "02" if day == "02" else "01"
        original = f"2027{month}{day}T180000"
        start = f"2027{month}{day}T{hour}0000"
        end = f"2027{month}{day}T{hour}3000"
        occurrences.append(
            occ(uid, utc(start, zone), utc(end, zone), interview=False, recurrence_id=rid(original, zone),
                cancelled=cancelled)
        )  # fmt: skip
    one(
        "outlook_stream_thisandfuture_brasilia",
        text,
        "Outlook: three VCALENDARs for one weekly series",
        *occurrences,
    )


ALL = [
    decorated_titles,
    compound_roles,
    round_markers,
    more_languages,
    routes,
    ats_senders,
    booking_tenants,
    people_only_and_practice,
    rooms_and_note_takers,
    windows_stream,
]


def main() -> None:
    for build in ALL:
        build()


if __name__ == "__main__":
    main()
