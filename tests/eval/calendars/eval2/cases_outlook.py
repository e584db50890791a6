"""Exchange / Outlook 365 cases: Windows zone names, iTIP streams, cancels, Teams links, series with overrides."""

from __future__ import annotations

from _ics import MAYA, calendar, o_att, occ, outlook, outlook_event, write


def _uid(tail: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + tail


def pacific_request() -> None:
    """A room booked as a resource is not a person met."""
    uid = _uid("A1C3E2D4B6F80901000000000000000010000000F1E2D3C4B5A69788")
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="Interview: Senior Data Analyst – Initech",
            start="DTSTART;TZID=Pacific Standard Time:20261209T090000",
            end="DTEND;TZID=Pacific Standard Time:20261209T100000",
            organizer='CN="Nguyen, Paul":mailto:paul.nguyen@initech.example',
            attendees=(
                o_att(MAYA, "Maya Example"),
                o_att("bill.lumbergh@initech.example", "Lumbergh, Bill"),
                o_att(
                    "room-aus-214@initech.example",
                    "Conf Rm Austin 2.14 (10)",
                    role="NON-PARTICIPANT",
                    extra=";CUTYPE=RESOURCE",
                ),
            ),
        ),
        zones=("Pacific Standard Time",),
    )
    events = [
        occ(
            uid,
            "2026-12-09T17:00:00Z",
            "2026-12-09T18:00:00Z",
            interview=True,
            who=("bill.lumbergh@initech.example", "paul.nguyen@initech.example"),
            company="Initech",
            role="Senior Data Analyst",
        )
    ]
    write(
        "outlook_request_pacific_en",
        ics,
        source="Exchange / Outlook 365",
        tz="America/Los_Angeles",
        events=events,
    )


def cancel_stream_de() -> None:
    """The request, then the cancel for the same UID (German Outlook, Windows zone with no VTIMEZONE)."""
    uid = _uid("B2D4F6A8C0E1020300000000000000001000000044556677889900AA")
    people = dict(
        organizer="CN=Sabine Braun:mailto:sabine.braun@stark.example",
        attendees=(o_att(MAYA, "Maya Example"), o_att("thomas.mueller@stark.example", "Thomas Müller")),
        start="DTSTART;TZID=W. Europe Standard Time:20261211T100000",
        end="DTEND;TZID=W. Europe Standard Time:20261211T110000",
        uid=uid,
    )
    title = "Vorstellungsgespräch – Stark Industries – Projektmanagerin"
    ics = outlook(outlook_event(summary=title, **people)) + outlook(
        outlook_event(summary=f"Abgesagt: {title}", sequence=1, status="CANCELLED", **people), method="CANCEL"
    )
    events = [
        occ(
            uid,
            "2026-12-11T09:00:00Z",
            "2026-12-11T10:00:00Z",
            interview=True,
            cancelled=True,
            who=("sabine.braun@stark.example", "thomas.mueller@stark.example"),
            company="Stark Industries",
            role="Projektmanagerin",
        )
    ]
    write(
        "outlook_cancel_stream_de",
        ics,
        source="Exchange / Outlook 365 (de)",
        tz="Europe/Berlin",
        events=events,
    )


def canceled_onsite() -> None:
    uid = _uid("C3E5A7B9D1F2030400000000000000001000000012AB34CD56EF7890")
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="Canceled: Onsite interview – Wayne Enterprises – Security Engineer",
            start="DTSTART;TZID=Eastern Standard Time:20261216T130000",
            end="DTEND;TZID=Eastern Standard Time:20261216T160000",
            organizer='CN="Fox, Lucius":mailto:lucius.fox@wayne.example',
            attendees=(o_att(MAYA, "Maya Example"), o_att("dana.reed@wayne.example", "Reed, Dana")),
            sequence=2,
            status="CANCELLED",
            location="Wayne Tower\\, 12th floor reception",
        ),
        method="CANCEL",
        zones=("Eastern Standard Time",),
    )
    events = [
        occ(
            uid,
            "2026-12-16T18:00:00Z",
            "2026-12-16T21:00:00Z",
            interview=True,
            cancelled=True,
            who=("dana.reed@wayne.example", "lucius.fox@wayne.example"),
            company="Wayne Enterprises",
            role="Security Engineer",
        )
    ]
    write(
        "outlook_canceled_onsite_en",
        ics,
        source="Exchange / Outlook 365",
        tz="America/New_York",
        events=events,
    )


def reschedule_fr() -> None:
    """An update with a higher SEQUENCE moves the interview to the next day."""
    uid = _uid("D4F6B8C0E2A3040500000000000000001000000098FE76DC54BA3210")
    people = dict(
        organizer="CN=Claire Martin:mailto:claire.martin@cyberdyne.example",
        attendees=(o_att(MAYA, "Maya Example"), o_att("julien.bernard@cyberdyne.example", "Julien Bernard")),
        uid=uid,
        summary="Entretien technique – Cyberdyne – Développeur Python",
    )
    ics = outlook(
        outlook_event(
            start="DTSTART;TZID=Romance Standard Time:20261203T140000",
            end="DTEND;TZID=Romance Standard Time:20261203T150000",
            **people,
        ),
        zones=("Romance Standard Time",),
    ) + outlook(
        outlook_event(
            start="DTSTART;TZID=Romance Standard Time:20261204T100000",
            end="DTEND;TZID=Romance Standard Time:20261204T110000",
            sequence=1,
            **people,
        ),
        zones=("Romance Standard Time",),
    )
    events = [
        occ(
            uid,
            "2026-12-04T09:00:00Z",
            "2026-12-04T10:00:00Z",
            interview=True,
            who=("claire.martin@cyberdyne.example", "julien.bernard@cyberdyne.example"),
            company="Cyberdyne",
            role="Développeur Python",
        )
    ]
    write(
        "outlook_reschedule_fr", ics, source="Exchange / Outlook 365 (fr)", tz="Europe/Paris", events=events
    )


def display_zone_nl() -> None:
    """The zone named by its display text, escaped in the VTIMEZONE and quoted in DTSTART."""
    uid = _uid("E5A7C9D1F3B4050600000000000000001000000011223344556677BB")
    zone = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="Kennismakingsgesprek Product Owner – Tyrell",
            start=f'DTSTART;TZID="{zone}":20261214T093000',
            end=f'DTEND;TZID="{zone}":20261214T103000',
            organizer="CN=Sanne de Vries:mailto:sanne.devries@tyrell.example",
            attendees=(o_att(MAYA, "Maya Example"),),
            location="Vergaderruimte Amstel",
        ),
        zones=(zone,),
    )
    events = [
        occ(
            uid,
            "2026-12-14T08:30:00Z",
            "2026-12-14T09:30:00Z",
            interview=True,
            who=("sanne.devries@tyrell.example",),
            company="Tyrell",
            role="Product Owner",
        )
    ]
    write("outlook_display_zone_nl", ics, source="Outlook desktop (nl)", tz="Europe/Amsterdam", events=events)


def teams_sv() -> None:
    uid = _uid("F6B8D0E2A4C5060700000000000000001000000055AA66BB77CC88DD")
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="Intervju: Backendutvecklare – Aperture",
            start="DTSTART;TZID=W. Europe Standard Time:20261202T130000",
            end="DTEND;TZID=W. Europe Standard Time:20261202T140000",
            organizer="CN=Erik Lindqvist:mailto:erik.lindqvist@aperture.example",
            attendees=(o_att(MAYA, "Maya Example"), o_att("karin.nilsson@aperture.example", "Karin Nilsson")),
        ),
        zones=("W. Europe Standard Time",),
    )
    events = [
        occ(
            uid,
            "2026-12-02T12:00:00Z",
            "2026-12-02T13:00:00Z",
            interview=True,
            who=("erik.lindqvist@aperture.example", "karin.nilsson@aperture.example"),
            company="Aperture",
            role="Backendutvecklare",
        )
    ]
    write("outlook_teams_sv", ics, source="Outlook 365 with Teams (sv)", tz="Europe/Stockholm", events=events)


def one_on_one_series() -> None:
    """A weekly 1:1: two dates excluded on one EXDATE line, one occurrence moved to the next day."""
    uid = _uid("0718293A4B5C6D7E00000000000000001000000000FFEEDDCCBBAA99")
    head = dict(
        uid=uid,
        summary="Maya / Raj weekly 1:1",
        organizer="CN=Raj Patel:mailto:raj.patel@example.org",
        attendees=(o_att(MAYA, "Maya Example", partstat="ACCEPTED"),),
        location="Raj's office",
    )
    master = outlook_event(
        start="DTSTART;TZID=GMT Standard Time:20261105T110000",
        end="DTEND;TZID=GMT Standard Time:20261105T113000",
        **head,
    )
    master[1:1] = [
        "RRULE:FREQ=WEEKLY;UNTIL=20261231T110000Z;INTERVAL=1;BYDAY=TH;WKST=MO",
        "EXDATE;TZID=GMT Standard Time:20261224T110000,20261231T110000",
    ]
    moved = outlook_event(
        start="DTSTART;TZID=GMT Standard Time:20261211T143000",
        end="DTEND;TZID=GMT Standard Time:20261211T150000",
        **head,
    )
    moved[1:1] = ["RECURRENCE-ID;TZID=GMT Standard Time:20261210T110000"]
    ics = outlook(master, moved, method="PUBLISH", zones=("GMT Standard Time",))
    events = [
        occ(uid, "2026-12-03T11:00:00Z", "2026-12-03T11:30:00Z", rid="20261203T110000Z"),
        occ(uid, "2026-12-11T14:30:00Z", "2026-12-11T15:00:00Z", rid="20261210T110000Z"),
        occ(uid, "2026-12-17T11:00:00Z", "2026-12-17T11:30:00Z", rid="20261217T110000Z"),
    ]
    write(
        "outlook_one_on_one_series_en",
        ics,
        source="Outlook 365 published calendar",
        tz="Europe/London",
        events=events,
    )


def tokyo_ja() -> None:
    uid = _uid("18293A4B5C6D7E8F000000000000000010000000A0B1C2D3E4F50617")
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="【一次面接】バックエンドエンジニア – Wonka Japan",
            start="DTSTART;TZID=Tokyo Standard Time:20261208T100000",
            end="DTEND;TZID=Tokyo Standard Time:20261208T110000",
            organizer="CN=田中 優希:mailto:tanaka.yuki@wonka.example",
            attendees=(o_att(MAYA, "Maya Example"),),
        ),
        zones=("Tokyo Standard Time",),
    )
    events = [
        occ(
            uid,
            "2026-12-08T01:00:00Z",
            "2026-12-08T02:00:00Z",
            interview=True,
            who=("tanaka.yuki@wonka.example",),
            company="Wonka Japan",
            role="バックエンドエンジニア",
        )
    ]
    write("outlook_tokyo_ja", ics, source="Outlook 365 (ja)", tz="Asia/Tokyo", events=events)


def eastern_no_vtimezone() -> None:
    uid = _uid("293A4B5C6D7E8F90000000000000000010000000CAFEBABE00112233")
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="Pied Piper: Technical interview (Backend Engineer)",
            start="DTSTART;TZID=Eastern Standard Time:20261217T140000",
            end="DTEND;TZID=Eastern Standard Time:20261217T150000",
            organizer='CN="Chen, Monica":mailto:monica.chen@piedpiper.example',
            attendees=(
                o_att(MAYA, "Maya Example"),
                o_att("richard.h@piedpiper.example", "Hendricks, Richard"),
            ),
        ),
    )
    events = [
        occ(
            uid,
            "2026-12-17T19:00:00Z",
            "2026-12-17T20:00:00Z",
            interview=True,
            who=("monica.chen@piedpiper.example", "richard.h@piedpiper.example"),
            company="Pied Piper",
            role="Backend Engineer",
        )
    ]
    write(
        "outlook_eastern_no_vtimezone_en",
        ics,
        source="Outlook on the web",
        tz="America/New_York",
        events=events,
    )


def utc_team_mailbox() -> None:
    """A talent team's shared mailbox organises a recruiter call; times in Exchange's TZID=UTC."""
    uid = _uid("3A4B5C6D7E8F9001000000000000000010000000DEADBEEF44556677")
    zone = ["BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0000"]
    zone += ["TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE"]
    event = outlook_event(
        uid=uid,
        summary="Recruiter call – Cyberdyne",
        start="DTSTART;TZID=UTC:20261202T160000",
        end="DTEND;TZID=UTC:20261202T163000",
        organizer="CN=Cyberdyne Talent Acquisition:mailto:talent@cyberdyne.example",
        attendees=(o_att(MAYA, "Maya Example"),),
    )
    ics = calendar(zone, event, prodid="Microsoft Exchange Server 2010", method="REQUEST")
    events = [
        occ(
            uid,
            "2026-12-02T16:00:00Z",
            "2026-12-02T16:30:00Z",
            interview=True,
            who=("talent@cyberdyne.example",),
            company="Cyberdyne",
        )
    ]
    write(
        "outlook_utc_team_mailbox_en", ics, source="Microsoft Teams invite", tz="Europe/London", events=events
    )


def lisbon_pt() -> None:
    uid = _uid("4B5C6D7E8F900112000000000000000010000000FEEDFACE8899AABB")
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="Entrevista final – Stark – Engenheira de Software",
            start="DTSTART;TZID=GMT Standard Time:20261217T150000",
            end="DTEND;TZID=GMT Standard Time:20261217T160000",
            organizer="CN=Ana Costa:mailto:ana.costa@stark.example",
            attendees=(o_att(MAYA, "Maya Example"), o_att("rui.almeida@stark.example", "Rui Almeida")),
        ),
        zones=("GMT Standard Time",),
    )
    events = [
        occ(
            uid,
            "2026-12-17T15:00:00Z",
            "2026-12-17T16:00:00Z",
            interview=True,
            who=("ana.costa@stark.example", "rui.almeida@stark.example"),
            company="Stark",
            role="Engenheira de Software",
        )
    ]
    write("outlook_final_pt", ics, source="Outlook 365 (pt-PT)", tz="Europe/Lisbon", events=events)


def oslo_no() -> None:
    uid = _uid("5C6D7E8F90011223000000000000000010000000ABCDEF0123456789")
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="Jobbintervju med Pied Piper – Utvikler",
            start="DTSTART;TZID=W. Europe Standard Time:20261210T090000",
            end="DTEND;TZID=W. Europe Standard Time:20261210T100000",
            organizer="CN=Ingrid Berg:mailto:ingrid.berg@piedpiper.example",
            attendees=(o_att(MAYA, "Maya Example"),),
        ),
    )
    events = [
        occ(
            uid,
            "2026-12-10T08:00:00Z",
            "2026-12-10T09:00:00Z",
            interview=True,
            who=("ingrid.berg@piedpiper.example",),
            company="Pied Piper",
            role="Utvikler",
        )
    ]
    write("outlook_no_vtimezone_no", ics, source="Outlook 365 (nb)", tz="Europe/Oslo", events=events)


def candidate_interviewer() -> None:
    """Maya is one of the interviewers: her own employer invites her to interview a candidate."""
    uid = _uid("6D7E8F9001122334000000000000000010000000102938475610AAAA")
    ics = outlook(
        outlook_event(
            uid=uid,
            summary="Interview: Jordan Smith (Backend Engineer) – Technical screen",
            start="DTSTART;TZID=GMT Standard Time:20261209T140000",
            end="DTEND;TZID=GMT Standard Time:20261209T150000",
            organizer="CN=Example Recruiting:mailto:recruiting@example.org",
            attendees=(o_att(MAYA, "Maya Example"), o_att("jordan.smith@example.test", "Jordan Smith")),
        ),
        zones=("GMT Standard Time",),
    )
    events = [occ(uid, "2026-12-09T14:00:00Z", "2026-12-09T15:00:00Z")]
    write(
        "outlook_maya_interviews_candidate_en",
        ics,
        source="Exchange / Outlook 365",
        tz="Europe/London",
        events=events,
    )


CASES = [
    pacific_request,
    cancel_stream_de,
    canceled_onsite,
    reschedule_fr,
    display_zone_nl,
    teams_sv,
    one_on_one_series,
    tokyo_ja,
    eastern_no_vtimezone,
    utc_team_mailbox,
    lisbon_pt,
    oslo_no,
    candidate_interviewer,
]
