"""Google Calendar cases: invitations, exports with X-WR-TIMEZONE, group calendars, rooms, declined guests."""

from __future__ import annotations

from _ics import MAYA, STAMP, calendar, g_att, google_invite, occ, vevent, write

MEET = "Join with Google Meet: https://meet.google.com/{}\\n\\nJoin by phone\\n(US) +1 555-0142 PIN: 912 554 731#"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def phone_screen() -> None:
    uid = "5k2b7d1q0c9m8h3v6s4n2r1t0a@google.com"
    ics = google_invite(
        uid=uid,
        summary="Globex | Phone screen with Jane Doe",
        start="20261202T090000Z",
        end="20261202T093000Z",
        organizer="CN=Jane Doe:mailto:jane.doe@globex.example",
        attendees=(
            g_att("jane.doe@globex.example", "Jane Doe"),
            g_att(MAYA, partstat="NEEDS-ACTION"),
        ),
        description=MEET.format("hzq-wmbe-tro"),
    )
    events = [
        occ(
            uid,
            "2026-12-02T09:00:00Z",
            "2026-12-02T09:30:00Z",
            interview=True,
            who=("jane.doe@globex.example",),
            company="Globex",
        )
    ]
    write(
        "google_invite_phone_screen_en",
        ics,
        source="Google Calendar invite",
        tz="Europe/Berlin",
        events=events,
    )


def export_de() -> None:
    """A personal export: the interview with a room, a prep block for it and an appointment."""
    interview, prep, dentist = (
        "1h0ofq3l7s9f2c8e4rb5k1v7uq@google.com",
        "2c9t4kq8a1l0m5n6b7v3x2z1pr@google.com",
        ("7d3m9q1w5e8r2t6y0u4i3o1pzk@google.com"),
    )
    room = "c_1881a0f3b4d2e6a7c9@resource.calendar.google.com"
    ics = calendar(
        vevent(
            "DTSTART:20261208T130000Z",
            "DTEND:20261208T143000Z",
            STAMP,
            "ORGANIZER;CN=Karin Schulz:mailto:karin.schulz@umbrella.example",
            f"UID:{interview}",
            g_att("karin.schulz@umbrella.example", "Karin Schulz"),
            g_att("lukas.weber@umbrella.example", "Lukas Weber"),
            g_att(MAYA),
            g_att(room, "Berlin-3-Spree (8) [Bildschirm]", cutype="RESOURCE"),
            "DESCRIPTION:Hallo Maya\\, wie besprochen das technische Gespräch mit Lukas (Teamleitung Backend).",
            "LOCATION:Berlin-3-Spree (8) [Bildschirm]",
            "SEQUENCE:1",
            "STATUS:CONFIRMED",
            "SUMMARY:Technisches Interview – Umbrella (Softwareentwicklerin Backend)",
            "TRANSP:OPAQUE",
        ),
        vevent(
            "DTSTART:20261207T180000Z",
            "DTEND:20261207T193000Z",
            STAMP,
            f"UID:{prep}",
            "DESCRIPTION:Systemdesign wiederholen\\, Fragen an Lukas aufschreiben",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Vorbereitung: Interview Umbrella",
            "TRANSP:OPAQUE",
        ),
        vevent(
            "DTSTART:20261210T070000Z",
            "DTEND:20261210T080000Z",
            STAMP,
            f"UID:{dentist}",
            "LOCATION:Praxis Dr. Albers\\, Torstraße 12\\, Berlin",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Zahnarzt",
            "TRANSP:OPAQUE",
        ),
        prodid=GOOGLE,
        method="PUBLISH",
        head=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/Berlin"),
    )
    events = [
        occ(
            interview,
            "2026-12-08T13:00:00Z",
            "2026-12-08T14:30:00Z",
            interview=True,
            who=("karin.schulz@umbrella.example", "lukas.weber@umbrella.example"),
            company="Umbrella",
            role="Softwareentwicklerin Backend",
        ),
        occ(prep, "2026-12-07T18:00:00Z", "2026-12-07T19:30:00Z"),
        occ(dentist, "2026-12-10T07:00:00Z", "2026-12-10T08:00:00Z"),
    ]
    write("google_export_xwr_de", ics, source="Google Calendar export", tz="Europe/Berlin", events=events)


def final_round_panel() -> None:
    """A hiring team's mailbox organises; a panel group, a room and a declined interviewer are not people met."""
    uid = "3q8v1m5c7x0z2n4b6l9k8j7h5g@google.com"
    ics = google_invite(
        uid=uid,
        summary="Final round – Hooli – Staff Software Engineer",
        start="20261215T170000Z",
        end="20261215T200000Z",
        organizer="CN=Hooli Recruiting:mailto:recruiting@hooli.example",
        attendees=(
            g_att("recruiting@hooli.example", "Hooli Recruiting"),
            g_att(MAYA),
            g_att(
                "eng-interview-panel@hooli.example",
                "Eng Interview Panel",
                partstat="NEEDS-ACTION",
                cutype="GROUP",
            ),
            g_att("anna.lee@hooli.example", "Anna Lee"),
            g_att("ben.okafor@hooli.example", "Ben Okafor", partstat="DECLINED"),
            g_att("carla.diaz@hooli.example", "Carla Diaz", partstat="NEEDS-ACTION"),
            g_att("c_9f8e7d6c5b4a3928@resource.calendar.google.com", "MV-1-Redwood (12)", cutype="RESOURCE"),
        ),
        description="Three conversations back to back: system design\\, coding\\, and values.\\n\\n"
        + MEET.format("qpa-ruxk-nfd"),
    )
    events = [
        occ(
            uid,
            "2026-12-15T17:00:00Z",
            "2026-12-15T20:00:00Z",
            interview=True,
            who=("anna.lee@hooli.example", "carla.diaz@hooli.example", "recruiting@hooli.example"),
            company="Hooli",
            role="Staff Software Engineer",
        )
    ]
    write(
        "google_final_round_panel_en",
        ics,
        source="Google Calendar invite",
        tz="America/New_York",
        events=events,
    )


def maya_name_title() -> None:
    uid = "0m9n8b7v6c5x4z3l2k1j0h9g8f@google.com"
    ics = google_invite(
        uid=uid,
        summary="Maya <> Vandelay Industries",
        start="20261203T150000Z",
        end="20261203T154500Z",
        organizer="CN=Elaine Benes:mailto:elaine.benes@vandelay.example",
        attendees=(g_att("elaine.benes@vandelay.example", "Elaine Benes"), g_att(MAYA)),
        description="Hiring manager chat for the Product Designer role.\\n\\n" + MEET.format("xkd-qpra-vtm"),
    )
    events = [
        occ(
            uid,
            "2026-12-03T15:00:00Z",
            "2026-12-03T15:45:00Z",
            interview=True,
            who=("elaine.benes@vandelay.example",),
            company="Vandelay Industries",
            role="Product Designer",
        )
    ]
    write(
        "google_maya_name_title_en", ics, source="Google Calendar invite", tz="Europe/London", events=events
    )


def group_calendar_series() -> None:
    """A team's shared calendar: a weekly sync (Berlin time) and a debrief where Maya is the one hiring."""
    sync, debrief = "6r5e4w3q2a1s0d9f8g7h6j5k4l@google.com", "8u7y6t5r4e3w2q1a0s9d8f7g6h@google.com"
    ics = calendar(
        vevent(
            "DTSTART;TZID=Europe/Berlin:20261109T100000",
            "DTEND;TZID=Europe/Berlin:20261109T103000",
            "RRULE:FREQ=WEEKLY;UNTIL=20261214T225959Z;BYDAY=MO",
            STAMP,
            "ORGANIZER;CN=Team Platform:mailto:c_3a1b2c4d5e6f@group.calendar.google.com",
            f"UID:{sync}",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Platform team sync",
            "TRANSP:OPAQUE",
        ),
        vevent(
            "DTSTART:20261204T140000Z",
            "DTEND:20261204T143000Z",
            STAMP,
            "ORGANIZER;CN=Team Platform:mailto:c_3a1b2c4d5e6f@group.calendar.google.com",
            f"UID:{debrief}",
            "DESCRIPTION:Interviewers share notes on the backend candidate before the hiring decision.",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Candidate debrief – Backend Engineer (interview loop)",
            "TRANSP:OPAQUE",
        ),
        prodid=GOOGLE,
        method="PUBLISH",
        head=("X-WR-CALNAME:Team Platform", "X-WR-TIMEZONE:Europe/Berlin"),
        zones=("Europe/Berlin",),
    )
    events = [
        occ(sync, "2026-11-30T09:00:00Z", "2026-11-30T09:30:00Z", rid="20261130T090000Z"),
        occ(sync, "2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z", rid="20261207T090000Z"),
        occ(sync, "2026-12-14T09:00:00Z", "2026-12-14T09:30:00Z", rid="20261214T090000Z"),
        occ(debrief, "2026-12-04T14:00:00Z", "2026-12-04T14:30:00Z"),
    ]
    write(
        "google_group_calendar_team_en",
        ics,
        source="Google group calendar export",
        tz="Europe/Berlin",
        events=events,
    )


def group_organizer_pl() -> None:
    """A recruiting group calendar organises; the one person met is the interviewer."""
    uid = "4f3d2s1a0p9o8i7u6y5t4r3e2w@google.com"
    ics = calendar(
        vevent(
            "DTSTART;TZID=Europe/Warsaw:20261209T110000",
            "DTEND;TZID=Europe/Warsaw:20261209T120000",
            STAMP,
            "ORGANIZER;CN=Rekrutacja Soylent:mailto:c_7e6d5c4b3a29@group.calendar.google.com",
            f"UID:{uid}",
            g_att("marta.kowalska@soylent.example", "Marta Kowalska"),
            g_att(MAYA, "Maya Example", partstat="NEEDS-ACTION"),
            "DESCRIPTION:Dzień dobry\\, zapraszamy na rozmowę. " + MEET.format("bnv-oiue-xcz"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Rozmowa kwalifikacyjna – Programista Java – Soylent",
            "TRANSP:OPAQUE",
        ),
        prodid=GOOGLE,
        method="REQUEST",
        zones=("Europe/Warsaw",),
    )
    events = [
        occ(
            uid,
            "2026-12-09T10:00:00Z",
            "2026-12-09T11:00:00Z",
            interview=True,
            who=("marta.kowalska@soylent.example",),
            company="Soylent",
            role="Programista Java",
        )
    ]
    write(
        "google_group_organizer_pl", ics, source="Google Calendar invite", tz="Europe/Warsaw", events=events
    )


def culture_fit_es() -> None:
    uid = "9a8s7d6f5g4h3j2k1l0z9x8c7v@google.com"
    ics = google_invite(
        uid=uid,
        summary="Entrevista de encaje cultural – Acme – Diseñadora UX",
        start="20261210T150000Z",
        end="20261210T154500Z",
        organizer="CN=Lucía Fernández:mailto:lucia.fernandez@acme.example",
        attendees=(
            g_att("lucia.fernandez@acme.example", "Lucía Fernández"),
            g_att("javier.ruiz@acme.example", "Javier Ruiz", partstat="TENTATIVE"),
            g_att(MAYA),
        ),
        description="Hola Maya\\, charlaremos sobre cómo trabajamos en equipo.\\n\\n"
        + MEET.format("rte-ykwp-aqs"),
    )
    events = [
        occ(
            uid,
            "2026-12-10T15:00:00Z",
            "2026-12-10T15:45:00Z",
            interview=True,
            who=("javier.ruiz@acme.example", "lucia.fernandez@acme.example"),
            company="Acme",
            role="Diseñadora UX",
        )
    ]
    write("google_culture_fit_es", ics, source="Google Calendar invite", tz="Europe/Madrid", events=events)


def window_edges() -> None:
    """Only occurrences that overlap the window count: touching its edges is not overlapping."""
    before, across_start, interview, after = (
        "e1dinner0000000000000001@google.com",
        "e2hackathon000000000002@google.com",
        "e3interview000000000003@google.com",
        "e4coffee0000000000000004@google.com",
    )
    plain = ("SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", STAMP)
    ics = calendar(
        vevent(
            "DTSTART:20261130T220000Z",
            "DTEND:20261201T000000Z",
            f"UID:{before}",
            "SUMMARY:Team dinner",
            *plain,
        ),
        vevent(
            "DTSTART:20261130T230000Z",
            "DTEND:20261201T010000Z",
            f"UID:{across_start}",
            "SUMMARY:Hackathon night",
            *plain,
        ),
        vevent(
            "DTSTART:20261207T233000Z",
            "DTEND:20261208T003000Z",
            f"UID:{interview}",
            "ORGANIZER;CN=Hiroshi Sato:mailto:hiroshi.sato@globex.example",
            g_att("hiroshi.sato@globex.example", "Hiroshi Sato"),
            g_att(MAYA),
            "SUMMARY:Technical interview – Globex – Platform Engineer",
            *plain,
        ),
        vevent(
            "DTSTART:20261208T000000Z",
            "DTEND:20261208T003000Z",
            f"UID:{after}",
            "SUMMARY:Coffee chat",
            *plain,
        ),
        prodid=GOOGLE,
        method="PUBLISH",
        head=("X-WR-CALNAME:Maya", "X-WR-TIMEZONE:Asia/Tokyo"),
    )
    events = [
        occ(across_start, "2026-11-30T23:00:00Z", "2026-12-01T01:00:00Z"),
        occ(
            interview,
            "2026-12-07T23:30:00Z",
            "2026-12-08T00:30:00Z",
            interview=True,
            who=("hiroshi.sato@globex.example",),
            company="Globex",
            role="Platform Engineer",
        ),
    ]
    window = ["2026-12-01T00:00:00Z", "2026-12-08T00:00:00Z"]
    write(
        "google_window_edges_en",
        ics,
        source="Google Calendar export",
        tz="Asia/Tokyo",
        events=events,
        window=window,
    )


CASES = [
    phone_screen,
    export_de,
    final_round_panel,
    maya_name_title,
    group_calendar_series,
    group_organizer_pl,
    culture_fit_es,
    window_edges,
]
