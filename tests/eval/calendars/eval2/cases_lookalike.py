"""Look-alikes that are not job interviews, all-day events and series with overrides, EXDATEs and cancels."""

from __future__ import annotations

from _ics import MAYA, STAMP, calendar, g_att, google_invite, occ, vevent, write

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def _single(
    name: str,
    *,
    uid: str,
    title: str,
    start: str,
    end: str,
    organizer: str,
    tz: str,
    source: str,
    description: str = "",
    prodid: str = GOOGLE,
) -> None:
    lines = [f"UID:{uid}", STAMP, f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{title}"]
    if organizer:
        lines += [f"ORGANIZER;CN={organizer.split('@')[0]}:mailto:{organizer}", g_att(MAYA, "Maya Example")]
    if description:
        lines.append(f"DESCRIPTION:{description}")
    ics = calendar(
        vevent(*lines, "SEQUENCE:0", "STATUS:CONFIRMED"), prodid=prodid, method="REQUEST" if organizer else ""
    )
    iso = [f"{t[:4]}-{t[4:6]}-{t[6:8]}T{t[9:11]}:{t[11:13]}:{t[13:15]}Z" for t in (start, end)]
    write(name, ics, source=source, tz=tz, events=[occ(uid, iso[0], iso[1])])


def singles() -> None:
    _single(
        "google_prep_block_en",
        uid="p1r2e3p4b5l6o7c8k9000000aa@google.com",
        title="Interview prep – Globex system design",
        start="20261201T180000Z",
        end="20261201T193000Z",
        organizer="",
        tz="Europe/London",
        source="Google Calendar export",
        description="Go through caching\\, queues and the STAR stories again.",
    )
    _single(
        "google_mock_interview_en",
        uid="m1o2c3k4i5n6t7e8r9v0000bb@google.com",
        title="Mock interview (system design) with Raj",
        start="20261205T100000Z",
        end="20261205T110000Z",
        organizer="raj.patel@example.test",
        tz="Europe/London",
        source="Google Calendar invite",
        description="Practice round before your Globex onsite. I'll play the interviewer!",
    )
    _single(
        "newsletter_webinar_en",
        uid="webinar-2026-12-09-ace-the-tech-interview@events.devweekly.example",
        title="Webinar: How to ace your technical interview in 2027",
        start="20261209T170000Z",
        end="20261209T180000Z",
        organizer="events@news.devweekly.example",
        tz="Europe/London",
        source="newsletter event invite",
        description="You're registered! Join the live session with our panel of hiring managers.",
        prodid="-//DevWeekly//Events 3.2//EN",
    )
    _single(
        "podcast_interview_de",
        uid="podcast-tut-ep-118@techundtalk.example",
        title="Podcast-Aufnahme: Interview mit Maya Example (Tech & Talk, Folge 118)",
        start="20261212T100000Z",
        end="20261212T113000Z",
        organizer="redaktion@techundtalk.example",
        tz="Europe/Berlin",
        source="podcast booking",
        description="Wir sprechen über deinen Vortrag zu verteilten Systemen.",
        prodid="-//Tech und Talk//Buchung//DE",
    )
    _single(
        "exit_interview_en",
        uid="exit-interview-maya-2026@example.org",
        title="Exit interview – Maya Example",
        start="20261218T140000Z",
        end="20261218T143000Z",
        organizer="people-team@example.org",
        tz="Europe/London",
        source="Exchange / Outlook 365",
        description="A short conversation with People Team before your last day.",
        prodid="Microsoft Exchange Server 2010",
    )
    _single(
        "hubspot_customer_interview_en",
        uid="hs-meeting-4821977@brightwave.example",
        title="Customer interview – onboarding feedback (Maya Example / Brightwave)",
        start="20261208T160000Z",
        end="20261208T163000Z",
        organizer="sam.rivera@brightwave.example",
        tz="Europe/London",
        source="HubSpot meetings",
        description="Thanks for agreeing to a 30-minute customer interview about how your team uses Brightwave.",
        prodid="-//HubSpot//Meetings//EN",
    )
    _single(
        "talk_about_interviews_sv",
        uid="forelasning-2026-12-10@karriar.example",
        title="Föreläsning: Så lyckas du på anställningsintervjun",
        start="20261210T160000Z",
        end="20261210T170000Z",
        organizer="evenemang@karriar.example",
        tz="Europe/Stockholm",
        source="event registration",
        description="Välkommen till kvällens föreläsning om jobbsökande.",
        prodid="-//Karriar//Evenemang//SV",
    )


def user_research_fr() -> None:
    """Maya runs user interviews at her own job, then a synthesis and a research sync (Nextcloud)."""
    session, synthesis, sync = (
        "u1s2e3r4-0000-4000-8000-000000000001",
        "u1s2e3r4-0000-4000-8000-000000000002",
        "u1s2e3r4-0000-4000-8000-000000000003",
    )
    nc = "-//IDN nextcloud.com//Calendar app 4.7.4//EN"
    ics = calendar(
        vevent(
            f"UID:{session}",
            STAMP,
            "DTSTART;TZID=Europe/Paris:20261202T100000",
            "DTEND;TZID=Europe/Paris:20261202T110000",
            "SUMMARY:Entretien utilisateur – parcours d'inscription (P3)",
            f"ORGANIZER;CN=Maya Example:mailto:{MAYA}",
            "ATTENDEE;CN=Participant P3;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:p3@example.test",
        ),
        vevent(
            f"UID:{synthesis}",
            STAMP,
            "DTSTART;TZID=Europe/Paris:20261203T140000",
            "DTEND;TZID=Europe/Paris:20261203T160000",
            "SUMMARY:Synthèse des entretiens utilisateurs",
        ),
        vevent(
            f"UID:{sync}",
            STAMP,
            "DTSTART;TZID=Europe/Paris:20261204T093000",
            "DTEND;TZID=Europe/Paris:20261204T100000",
            "SUMMARY:Research sync",
            "ORGANIZER;CN=Léa Moreau:mailto:lea.moreau@example.org",
            f"ATTENDEE;CN=Maya Example;PARTSTAT=ACCEPTED:mailto:{MAYA}",
        ),
        prodid=nc,
        zones=("Europe/Paris",),
    )
    events = [
        occ(session, "2026-12-02T09:00:00Z", "2026-12-02T10:00:00Z"),
        occ(synthesis, "2026-12-03T13:00:00Z", "2026-12-03T15:00:00Z"),
        occ(sync, "2026-12-04T08:30:00Z", "2026-12-04T09:00:00Z"),
    ]
    write("nextcloud_user_research_fr", ics, source="Nextcloud Calendar", tz="Europe/Paris", events=events)


def all_day() -> None:
    """All-day events: a multi-day absence and a yearly birthday (Maya is in London, so midnight is UTC)."""
    away, birthday = "A11DAY01-0000-4000-8000-0000000000A1", "B1RTHDAY-0000-4000-8000-0000000000B2"
    ics = calendar(
        vevent(
            f"UID:{away}",
            STAMP,
            "DTSTART;VALUE=DATE:20261224",
            "DTEND;VALUE=DATE:20261227",
            "SUMMARY:Out of office – family",
            "TRANSP:TRANSPARENT",
        ),
        vevent(
            f"UID:{birthday}",
            STAMP,
            "DTSTART;VALUE=DATE:19801220",
            "DTEND;VALUE=DATE:19801221",
            "RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20",
            "SUMMARY:Mum's birthday",
            "TRANSP:TRANSPARENT",
        ),
        prodid="-//Apple Inc.//macOS 15.1//EN",
        head=("X-WR-CALNAME:Home",),
    )
    events = [
        occ(away, "2026-12-24T00:00:00Z", "2026-12-27T00:00:00Z"),
        occ(birthday, "2026-12-20T00:00:00Z", "2026-12-21T00:00:00Z", rid="20261220"),
    ]
    write("icloud_all_day_en", ics, source="iCloud (macOS Calendar)", tz="Europe/London", events=events)


def mentoring_series() -> None:
    """A Google weekly series: an override listed before its master, one cancelled instance, one EXDATE."""
    uid = "m3n4t5o6r7i8n9g0s1e2r3i4e5@google.com"
    org = "ORGANIZER;CN=Raj Patel:mailto:raj.patel@example.test"
    ics = calendar(
        vevent(
            "DTSTART;TZID=Europe/Berlin:20261209T190000",
            "DTEND;TZID=Europe/Berlin:20261209T194500",
            STAMP,
            org,
            f"UID:{uid}",
            "RECURRENCE-ID;TZID=Europe/Berlin:20261209T180000",
            "SEQUENCE:1",
            "STATUS:CONFIRMED",
            "SUMMARY:Mentoring: career chat",
        ),
        vevent(
            "DTSTART;TZID=Europe/Berlin:20261216T180000",
            "DTEND;TZID=Europe/Berlin:20261216T184500",
            STAMP,
            org,
            f"UID:{uid}",
            "RECURRENCE-ID;TZID=Europe/Berlin:20261216T180000",
            "SEQUENCE:1",
            "STATUS:CANCELLED",
            "SUMMARY:Mentoring: career chat",
        ),
        vevent(
            "DTSTART;TZID=Europe/Berlin:20261118T180000",
            "DTEND;TZID=Europe/Berlin:20261118T184500",
            "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=WE",
            "EXDATE;TZID=Europe/Berlin:20261202T180000",
            STAMP,
            org,
            f"UID:{uid}",
            g_att("raj.patel@example.test", "Raj Patel"),
            g_att(MAYA, "Maya Example"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Mentoring: career chat",
        ),
        prodid=GOOGLE,
        method="PUBLISH",
        head=("X-WR-CALNAME:maya@example.org", "X-WR-TIMEZONE:Europe/Berlin"),
        zones=("Europe/Berlin",),
    )
    events = [
        occ(uid, "2026-12-09T18:00:00Z", "2026-12-09T18:45:00Z", rid="20261209T170000Z"),
        occ(uid, "2026-12-16T17:00:00Z", "2026-12-16T17:45:00Z", rid="20261216T170000Z", cancelled=True),
        occ(uid, "2026-12-23T17:00:00Z", "2026-12-23T17:45:00Z", rid="20261223T170000Z"),
    ]
    write(
        "google_mentoring_series_en", ics, source="Google Calendar export", tz="Europe/Berlin", events=events
    )


def interview_invite_declined_by_colleague() -> None:
    """A hiring manager invites; the recruiter who first held the slot declined and is not met."""
    uid = "7h8m9c0h1a2t3d4e5c6l7i8n9e@google.com"
    ics = google_invite(
        uid=uid,
        summary="Hiring manager chat: Maya Example / Wayne Enterprises – Engineering Manager",
        start="20261203T190000Z",
        end="20261203T193000Z",
        organizer="CN=Bruce Wayne:mailto:bruce.wayne@wayne.example",
        attendees=(
            g_att("bruce.wayne@wayne.example", "Bruce Wayne"),
            g_att("alfred.p@wayne.example", "Alfred Pennyworth", partstat="DECLINED"),
            g_att(MAYA, "Maya Example"),
        ),
    )
    events = [
        occ(
            uid,
            "2026-12-03T19:00:00Z",
            "2026-12-03T19:30:00Z",
            interview=True,
            who=("bruce.wayne@wayne.example",),
            company="Wayne Enterprises",
            role="Engineering Manager",
        )
    ]
    write(
        "google_hiring_manager_declined_en",
        ics,
        source="Google Calendar invite",
        tz="America/New_York",
        events=events,
    )


CASES = [singles, user_research_fr, all_day, mentoring_series, interview_invite_declined_by_colleague]
