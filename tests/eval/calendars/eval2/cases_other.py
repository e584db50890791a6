"""iCloud, Nextcloud, Fastmail, Proton, Zoom and scheduling-tool cases, and more languages."""

from __future__ import annotations

from _ics import MAYA, STAMP, calendar, g_att, google_invite, occ, vevent, write

APPLE = "-//Apple Inc.//macOS 15.1//EN"


def icloud_floating_fr() -> None:
    """Typed in by hand on a Mac: floating times, no organizer."""
    uid, lunch = "6F1D2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B", "7A2E3B4C-5D6E-4F70-9B8C-1D2E3F4A5B6C"
    ics = calendar(
        vevent(
            "CREATED:20261118T201233Z",
            f"UID:{uid}",
            "DTEND:20261207T163000",
            "TRANSP:OPAQUE",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
            "SUMMARY:Entretien avec Claire – Massive Dynamic (cheffe de projet)",
            "DTSTART:20261207T153000",
            STAMP,
            "LOCATION:12 rue de la Paix\\, Paris",
            "SEQUENCE:0",
        ),
        vevent(
            f"UID:{lunch}",
            "DTEND:20261209T140000",
            "SUMMARY:Déjeuner avec Sophie",
            "DTSTART:20261209T123000",
            STAMP,
        ),
        prodid=APPLE,
        head=("X-WR-CALNAME:Perso",),
    )
    events = [
        occ(
            uid,
            "2026-12-07T14:30:00Z",
            "2026-12-07T15:30:00Z",
            interview=True,
            company="Massive Dynamic",
            role="cheffe de projet",
        ),
        occ(lunch, "2026-12-09T11:30:00Z", "2026-12-09T13:00:00Z"),
    ]
    write("icloud_floating_fr", ics, source="iCloud (macOS Calendar)", tz="Europe/Paris", events=events)


def icloud_tentative() -> None:
    uid = "0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9"
    ics = calendar(
        vevent(
            "CREATED:20261119T081500Z",
            f"UID:{uid}",
            "DTSTART;TZID=Europe/Berlin:20261218T110000",
            "DTEND;TZID=Europe/Berlin:20261218T120000",
            "ORGANIZER;CN=Nina Hoffmann;EMAIL=nina.hoffmann@soylent.example:mailto:nina.hoffmann@soylent.example",
            "ATTENDEE;CN=Nina Hoffmann;CUTYPE=INDIVIDUAL;EMAIL=nina.hoffmann@soylent.example;PARTSTAT=ACCEPTED;"
            "ROLE=CHAIR:mailto:nina.hoffmann@soylent.example",
            f"ATTENDEE;CN=Maya Example;CUTYPE=INDIVIDUAL;EMAIL={MAYA};PARTSTAT=TENTATIVE:mailto:{MAYA}",
            "SUMMARY:Hiring manager interview – Soylent (Operations Lead)",
            "STATUS:TENTATIVE",
            STAMP,
            "SEQUENCE:1",
            "TRANSP:OPAQUE",
        ),
        prodid="-//Apple Inc.//iOS 18.1//EN",
        method="REQUEST",
        zones=("Europe/Berlin",),
    )
    events = [
        occ(
            uid,
            "2026-12-18T10:00:00Z",
            "2026-12-18T11:00:00Z",
            interview=True,
            who=("nina.hoffmann@soylent.example",),
            company="Soylent",
            role="Operations Lead",
        )
    ]
    write("icloud_tentative_en", ics, source="iCloud invitation", tz="Europe/Berlin", events=events)


def nextcloud_es() -> None:
    """Maya organises the call herself and invites the interviewer."""
    uid = "a7f3c2e1-9b8d-4c6a-b5e4-f3d2c1b0a998"
    ics = calendar(
        vevent(
            "CREATED:20261120T100000Z",
            STAMP,
            "LAST-MODIFIED:20261120T100000Z",
            "SEQUENCE:2",
            f"UID:{uid}",
            "DTSTART;TZID=Europe/Madrid:20261215T170000",
            "DTEND;TZID=Europe/Madrid:20261215T180000",
            "STATUS:CONFIRMED",
            "SUMMARY:Entrevista técnica – Globex – Desarrolladora backend",
            f"ORGANIZER;CN=Maya Example:mailto:{MAYA}",
            "ATTENDEE;CN=Lucía Gómez;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE;"
            "LANGUAGE=es:mailto:lucia.gomez@globex.example",
        ),
        prodid="-//IDN nextcloud.com//Calendar app 4.7.4//EN",
        zones=("Europe/Madrid",),
    )
    events = [
        occ(
            uid,
            "2026-12-15T16:00:00Z",
            "2026-12-15T17:00:00Z",
            interview=True,
            who=("lucia.gomez@globex.example",),
            company="Globex",
            role="Desarrolladora backend",
        )
    ]
    write("nextcloud_organizer_es", ics, source="Nextcloud Calendar", tz="Europe/Madrid", events=events)


def _plain(
    *,
    prodid: str,
    uid: str,
    summary: str,
    start: str,
    end: str,
    organizer: str,
    attendees: tuple[str, ...] = (),
    description: str = "",
    zones: tuple[str, ...] = (),
) -> str:
    lines = [f"UID:{uid}", STAMP, start, end, f"SUMMARY:{summary}", f"ORGANIZER;{organizer}", *attendees]
    lines += [f"DESCRIPTION:{description}"] if description else []
    event = vevent(*lines, "SEQUENCE:0", "STATUS:CONFIRMED")
    return calendar(event, prodid=prodid, method="REQUEST", zones=zones)


def fastmail_it() -> None:
    uid = "d41f6a8e-2b3c-4d5e-9f01-23456789abcd"
    ics = _plain(
        prodid="-//Fastmail/2020.5/EN",
        uid=uid,
        summary="Secondo colloquio – Initech – Data Engineer",
        start="DTSTART;TZID=Europe/Rome:20261209T150000",
        end="DTEND;TZID=Europe/Rome:20261209T160000",
        organizer="CN=Giulia Rossi:mailto:giulia.rossi@initech.example",
        attendees=(
            g_att("marco.bianchi@initech.example", "Marco Bianchi"),
            g_att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
        ),
    )
    events = [
        occ(
            uid,
            "2026-12-09T14:00:00Z",
            "2026-12-09T15:00:00Z",
            interview=True,
            who=("giulia.rossi@initech.example", "marco.bianchi@initech.example"),
            company="Initech",
            role="Data Engineer",
        )
    ]
    write("fastmail_second_round_it", ics, source="Fastmail", tz="Europe/Rome", events=events)


def fastmail_role_first() -> None:
    uid = "f9e8d7c6-b5a4-4321-8fed-cba987654321"
    ics = _plain(
        prodid="-//Fastmail/2020.5/EN",
        uid=uid,
        summary="Senior Product Manager interview (Umbrella)",
        start="DTSTART:20261207T163000Z",
        end="DTEND:20261207T171500Z",
        organizer="CN=Grace Kim:mailto:grace.kim@umbrella.example",
        attendees=(g_att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),),
    )
    events = [
        occ(
            uid,
            "2026-12-07T16:30:00Z",
            "2026-12-07T17:15:00Z",
            interview=True,
            who=("grace.kim@umbrella.example",),
            company="Umbrella",
            role="Senior Product Manager",
        )
    ]
    write("fastmail_role_first_en", ics, source="Fastmail", tz="Europe/London", events=events)


def proton_nl() -> None:
    uid = "Xk3v9Qw2Lm8Rt5Yp1Zs7Nb4Hc6Jd0Fg@proton.me"
    pm = ";X-PM-TOKEN=4c1f0a2b9e8d7c6b5a49382716afbecd"
    ics = _plain(
        prodid="-//Proton AG//WebCalendar 5.0.37.4//EN",
        uid=uid,
        summary="Sollicitatiegesprek bij Hooli – Data Scientist",
        start="DTSTART;TZID=Europe/Amsterdam:20261203T100000",
        end="DTEND;TZID=Europe/Amsterdam:20261203T110000",
        organizer="CN=Pieter Jansen:mailto:pieter.jansen@hooli.example",
        attendees=(
            f"ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=NEEDS-ACTION{pm}:mailto:{MAYA}",
        ),
        zones=("Europe/Amsterdam",),
    )
    events = [
        occ(
            uid,
            "2026-12-03T09:00:00Z",
            "2026-12-03T10:00:00Z",
            interview=True,
            who=("pieter.jansen@hooli.example",),
            company="Hooli",
            role="Data Scientist",
        )
    ]
    write("proton_invite_nl", ics, source="Proton Calendar", tz="Europe/Amsterdam", events=events)


def zoom_pt() -> None:
    """Zoom's own invitation: UTC times, an organizer and no attendees."""
    uid = "ZOOM81234567890@zoom.us"
    ics = calendar(
        vevent(
            STAMP,
            "DTSTART:20261210T130000Z",
            "DTEND:20261210T140000Z",
            "SUMMARY:Entrevista - Analista de Dados Sênior | Umbrella",
            f"UID:{uid}",
            "TZID:America/Sao_Paulo",
            "DESCRIPTION:Rafael Souza está convidando você para uma reunião Zoom agendada.\\n\\n"
            "Ingressar na reunião Zoom\\nhttps://us02web.zoom.us/j/81234567890?pwd=aBcDeFgHiJ\\n\\n"
            "ID da reunião: 812 3456 7890\\nSenha: 482913",
            "LOCATION:https://us02web.zoom.us/j/81234567890?pwd=aBcDeFgHiJ",
            "ORGANIZER;CN=Rafael Souza:mailto:rafael.souza@umbrella.example",
        ),
        prodid="-//zoom.us//iCalendar Event//EN",
        method="PUBLISH",
    )
    events = [
        occ(
            uid,
            "2026-12-10T13:00:00Z",
            "2026-12-10T14:00:00Z",
            interview=True,
            who=("rafael.souza@umbrella.example",),
            company="Umbrella",
            role="Analista de Dados Sênior",
        )
    ]
    write("zoom_invite_pt", ics, source="Zoom", tz="America/Sao_Paulo", events=events)


def calendly() -> None:
    """Calendly names the event type and both people; the company comes from the host's address."""
    uid = "b7c9e1f3-5a2d-4e6b-8c0f-1a3b5c7d9e2f"
    ics = _plain(
        prodid="-//Calendly//Calendly//EN",
        uid=uid,
        summary="Recruiter Call between Jane Doe and Maya Example",
        start="DTSTART:20261204T170000Z",
        end="DTEND:20261204T173000Z",
        organizer="CN=Jane Doe:mailto:jane.doe@wonka.example",
        attendees=(
            "ATTENDEE;CN=Maya Example;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:maya@example.org",
        ),
    )
    events = [
        occ(
            uid,
            "2026-12-04T17:00:00Z",
            "2026-12-04T17:30:00Z",
            interview=True,
            who=("jane.doe@wonka.example",),
            company="Wonka",
        )
    ]
    write("calendly_recruiter_call_en", ics, source="Calendly", tz="America/New_York", events=events)


def calcom() -> None:
    uid = "kq2Zr8VtX5nLw3Yb9Pc1Md"
    ics = _plain(
        prodid="-//Cal.com Inc.//Cal.com Event//EN",
        uid=uid,
        summary="Take-home review between Raj Patel and Maya Example",
        start="DTSTART:20261211T140000Z",
        end="DTEND:20261211T150000Z",
        organizer="CN=Raj Patel:mailto:raj.patel@tyrell.example",
        attendees=(
            f"ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;CN=Maya Example:mailto:{MAYA}",
            "ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;CN=Cal.com:mailto:no-reply@cal.example",
        ),
        description="What: Take-home review\\nWe will walk through your take-home exercise for the Frontend "
        "Engineer role at Tyrell.",
    )
    events = [
        occ(
            uid,
            "2026-12-11T14:00:00Z",
            "2026-12-11T15:00:00Z",
            interview=True,
            who=("raj.patel@tyrell.example",),
            company="Tyrell",
            role="Frontend Engineer",
        )
    ]
    write("calcom_take_home_review_en", ics, source="Cal.com", tz="Europe/Berlin", events=events)


def greenhouse_onsite() -> None:
    """Greenhouse books each interview of an onsite as its own event, organised by the recruiting mailbox."""
    first, second = "gh-5512093-1-stark@greenhouse.example", "gh-5512093-2-stark@greenhouse.example"
    org = "CN=Stark Industries Recruiting:mailto:recruiting@stark.example"
    parts = []
    for uid, topic, start, end, person, name in (
        (
            first,
            "Systems design",
            "20261214T150000Z",
            "20261214T160000Z",
            "priya.shah@stark.example",
            "Priya Shah",
        ),
        (second, "Coding", "20261214T161500Z", "20261214T171500Z", "tom.becker@stark.example", "Tom Becker"),
    ):
        parts.append(
            vevent(
                f"UID:{uid}",
                STAMP,
                f"DTSTART:{start}",
                f"DTEND:{end}",
                f"SUMMARY:Onsite Interview ({topic}) – Site Reliability Engineer – Stark Industries",
                f"ORGANIZER;{org}",
                g_att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
                g_att(person, name),
                "LOCATION:Stark Industries HQ\\, 1 Stark Way\\, reception desk",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            )
        )
    ics = calendar(*parts, prodid="-//Greenhouse Software//Scheduler//EN", method="REQUEST")
    people = {first: "priya.shah@stark.example", second: "tom.becker@stark.example"}
    events = [
        occ(
            uid,
            start,
            end,
            interview=True,
            who=("recruiting@stark.example", people[uid]),
            company="Stark Industries",
            role="Site Reliability Engineer",
        )
        for uid, start, end in (
            (first, "2026-12-14T15:00:00Z", "2026-12-14T16:00:00Z"),
            (second, "2026-12-14T16:15:00Z", "2026-12-14T17:15:00Z"),
        )
    ]
    write("greenhouse_onsite_en", ics, source="Greenhouse scheduler", tz="America/New_York", events=events)


def lever_culture_fit() -> None:
    """Lever sends from a no-reply address on the company's behalf; the people met are the attendees."""
    uid = "lever-8f2d1c3b-interview-7a6e@hire.lever.example"
    ics = _plain(
        prodid="-//Lever//Interview Scheduling//EN",
        uid=uid,
        summary="Culture fit interview – Massive Dynamic",
        start="DTSTART:20261207T190000Z",
        end="DTEND:20261207T194500Z",
        organizer="CN=Massive Dynamic (via Lever):mailto:no-reply@hire.lever.example",
        attendees=(
            g_att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            g_att("nina.sharp@massivedynamic.example", "Nina Sharp"),
            g_att("walter.bishop@massivedynamic.example", "Walter Bishop"),
        ),
    )
    events = [
        occ(
            uid,
            "2026-12-07T19:00:00Z",
            "2026-12-07T19:45:00Z",
            interview=True,
            who=("nina.sharp@massivedynamic.example", "walter.bishop@massivedynamic.example"),
            company="Massive Dynamic",
        )
    ]
    write("lever_culture_fit_en", ics, source="Lever", tz="America/Los_Angeles", events=events)


def workday() -> None:
    """A careers no-reply address organises; the recruiter attends; the title names only the requisition."""
    uid = "WD-INT-20261209-R01234-77@cyberdyne.example"
    ics = _plain(
        prodid="-//Workday//Recruiting//EN",
        uid=uid,
        summary="Interview Scheduled: Senior Accountant (R-01234)",
        start="DTSTART:20261209T150000Z",
        end="DTEND:20261209T154500Z",
        organizer="CN=Cyberdyne Careers:mailto:no-reply@cyberdyne.example",
        attendees=(
            g_att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            g_att("omar.haddad@cyberdyne.example", "Omar Haddad"),
        ),
    )
    events = [
        occ(
            uid,
            "2026-12-09T15:00:00Z",
            "2026-12-09T15:45:00Z",
            interview=True,
            who=("omar.haddad@cyberdyne.example",),
            company="Cyberdyne",
            role="Senior Accountant",
        )
    ]
    write("workday_interview_en", ics, source="Workday recruiting", tz="Europe/London", events=events)


def _google_simple(
    name: str, *, uid: str, title: str, start: str, end: str, person: str, cn: str, tz: str, **want: str
) -> None:
    ics = google_invite(
        uid=uid,
        summary=title,
        start=start.replace("-", "").replace(":", ""),
        end=end.replace("-", "").replace(":", ""),
        organizer=f"CN={cn}:mailto:{person}",
        attendees=(g_att(person, cn), g_att(MAYA, partstat="NEEDS-ACTION")),
    )
    events = [occ(uid, start, end, interview=True, who=(person,), **want)]
    write(name, ics, source="Google Calendar invite", tz=tz, events=events)


def languages() -> None:
    _google_simple(
        "google_jobsamtale_da",
        uid="1d2a3n4i5s6h7j8o9b0s1a2m3t@google.com",
        title="Jobsamtale – Tyrell – UX-designer",
        start="2026-12-03T12:00:00Z",
        end="2026-12-03T13:00:00Z",
        person="mette.larsen@tyrell.example",
        cn="Mette Larsen",
        tz="Europe/Copenhagen",
        company="Tyrell",
        role="UX-designer",
    )
    _google_simple(
        "google_tyohaastattelu_fi",
        uid="2f3i4n5n6i7s8h9h0a1a2s3t4a@google.com",
        title="Työhaastattelu: Ohjelmistokehittäjä / Aperture",
        start="2026-12-11T08:00:00Z",
        end="2026-12-11T09:00:00Z",
        person="aino.virtanen@aperture.example",
        cn="Aino Virtanen",
        tz="Europe/Helsinki",
        company="Aperture",
        role="Ohjelmistokehittäjä",
    )
    _google_simple(
        "google_recruiter_call_es_mx",
        uid="3m4x5l6l7a8m9a0d1a2r3e4c5r@google.com",
        title="Llamada con reclutamiento – Initech – Ingeniera de datos",
        start="2026-12-02T16:00:00Z",
        end="2026-12-02T16:30:00Z",
        person="sofia.hernandez@initech.example",
        cn="Sofía Hernández",
        tz="America/Mexico_City",
        company="Initech",
        role="Ingeniera de datos",
    )
    _google_simple(
        "google_bewerbungsgespraech_de",
        uid="4b5e6w7e8r9b0u1n2g3s4g5e6s@google.com",
        title="Bewerbungsgespräch Wonka (Werkstudentin Marketing)",
        start="2026-12-01T08:00:00Z",
        end="2026-12-01T08:45:00Z",
        person="julia.wagner@wonka.example",
        cn="Julia Wagner",
        tz="Europe/Berlin",
        company="Wonka",
        role="Werkstudentin Marketing",
    )


def shanghai_zh() -> None:
    uid = "5z6h7m8i9a0n1s2h3i4z5h6o7n@google.com"
    ics = calendar(
        vevent(
            "DTSTART;TZID=Asia/Shanghai:20261216T140000",
            "DTEND;TZID=Asia/Shanghai:20261216T150000",
            STAMP,
            "ORGANIZER;CN=李伟:mailto:li.wei@hooli.example",
            f"UID:{uid}",
            g_att("li.wei@hooli.example", "李伟"),
            g_att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:面试 - Hooli - 产品经理",
            "TRANSP:OPAQUE",
        ),
        prodid="-//Google Inc//Google Calendar 70.9054//EN",
        method="REQUEST",
        zones=("Asia/Shanghai",),
    )
    events = [
        occ(
            uid,
            "2026-12-16T06:00:00Z",
            "2026-12-16T07:00:00Z",
            interview=True,
            who=("li.wei@hooli.example",),
            company="Hooli",
            role="产品经理",
        )
    ]
    write("google_mianshi_zh", ics, source="Google Calendar invite", tz="Asia/Shanghai", events=events)


CASES = [
    icloud_floating_fr,
    icloud_tentative,
    nextcloud_es,
    fastmail_it,
    fastmail_role_first,
    proton_nl,
    zoom_pt,
    calendly,
    calcom,
    greenhouse_onsite,
    lever_culture_fit,
    workday,
    languages,
    shanghai_zh,
]
