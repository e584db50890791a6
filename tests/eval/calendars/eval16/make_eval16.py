"""Writes the sixteenth held-out calendar set (titles and people); rerunning rewrites the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAYA = "maya@example.org"
WINDOW = ["2026-11-30T00:00:00Z", "2026-12-19T00:00:00Z"]
STAMP = "DTSTAMP:20261120T091500Z"


def fold(line: str) -> str:
    """Folds a content line at 75 octets without splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def att(
    email: str,
    cn: str = "",
    *,
    part: str = "NEEDS-ACTION",
    role: str = "REQ-PARTICIPANT",
    cutype: str = "INDIVIDUAL",
    rsvp: str = "TRUE",
) -> str:
    name = f'CN="{cn}";' if cn else ""
    return f"ATTENDEE;CUTYPE={cutype};ROLE={role};PARTSTAT={part};RSVP={rsvp};{name}X-NUM-GUESTS=0:mailto:{email}"


def org(email: str, cn: str = "") -> str:
    return f'ORGANIZER;CN="{cn}":mailto:{email}' if cn else f"ORGANIZER:mailto:{email}"


def me(part: str = "NEEDS-ACTION") -> str:
    return att(MAYA, "Maya Example", part=part)


def eu_tz(tzid: str, std: str, dst: str, sname: str, dname: str, hour: int = 2) -> str:
    return "\n".join(
        [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"TZNAME:{dname}",
            f"DTSTART:19700329T0{hour}0000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"TZNAME:{sname}",
            f"DTSTART:19701025T0{hour + 1}0000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )


def us_tz(tzid: str, std: str, dst: str, sname: str, dname: str) -> str:
    return "\n".join(
        [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:DAYLIGHT",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            f"TZNAME:{dname}",
            "DTSTART:19700308T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            f"TZNAME:{sname}",
            "DTSTART:19701101T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )


def fixed_tz(tzid: str, off: str, name: str) -> str:
    return "\n".join(
        [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{off}",
            f"TZOFFSETTO:{off}",
            f"TZNAME:{name}",
            "DTSTART:19700101T000000",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )


BERLIN = eu_tz("Europe/Berlin", "+0100", "+0200", "CET", "CEST")
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
W_EUROPE = eu_tz(
    "W. Europe Standard Time", "+0100", "+0200", "W. Europe Standard Time", "W. Europe Daylight Time"
)


def vevent(lines: list[str]) -> str:
    return "\n".join(["BEGIN:VEVENT", *lines, "END:VEVENT"])


def vcal(prodid: str, events: list[list[str]], *, method: str = "", tz: str = "", extra: str = "") -> str:
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    if extra:
        head.append(extra)
    body = ([tz] if tz else []) + [vevent(e) for e in events]
    return "\n".join([*head, *body, "END:VCALENDAR"])


def ev(
    uid: str,
    start: str,
    end: str,
    *,
    interview: bool,
    people: list[str],
    company: str = "",
    role: str = "",
    rid: str = "",
    cancelled: bool = False,
) -> dict[str, object]:
    return {
        "uid": uid,
        "recurrence_id": rid,
        "is_interview": interview,
        "cancelled": cancelled,
        "start_utc": start,
        "end_utc": end,
        "interviewers": sorted(p.lower() for p in people),
        "company": company,
        "role": role,
    }


CASES: list[tuple[str, str, str, list[str], list[str], list[dict[str, object]]]] = []


def case(
    name: str,
    source: str,
    tz: str,
    text: str | list[str],
    events: list[dict[str, object]],
    window: list[str] | None = None,
) -> None:
    texts = [text] if isinstance(text, str) else text
    CASES.append((name, source, tz, window or WINDOW, texts, events))


# --- Google Calendar, company first, a group calendar and a room among the guests (en)
case(
    "google_company_first_group_room",
    "Google Calendar invite (Meet)",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Berlin:20261201T140000",
                "DTEND;TZID=Europe/Berlin:20261201T150000",
                STAMP,
                org("jane.doe@northwind.example", "Jane Doe"),
                "UID:4k9q2m7v1c0s8d3b5n6p@google.com",
                att(
                    "northwind.example_2f9k1r8c0d3h@group.calendar.google.com",
                    "Northwind Hiring Loop",
                    part="ACCEPTED",
                ),
                att("raj.patel@northwind.example", "Raj Patel", part="ACCEPTED"),
                att(
                    "northwind.example_3138353431303837@resource.calendar.google.com",
                    "BER-3-Havel (6) [Meet]",
                    cutype="RESOURCE",
                    part="ACCEPTED",
                ),
                att("jane.doe@northwind.example", "Jane Doe", part="ACCEPTED"),
                me(),
                "X-GOOGLE-CONFERENCE:https://meet.google.com/qfx-hwno-kzb",
                "CREATED:20261118T101010Z",
                (
                    "DESCRIPTION:Hi Maya\\, looking forward to our conversation about the QA Lead role.\\n\\nJoin "
                    "with Google Meet: https://meet.google.com/qfx-hwno-kzb"
                ),
                "LAST-MODIFIED:20261120T091500Z",
                "LOCATION:",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Northwind interview – QA Lead",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "4k9q2m7v1c0s8d3b5n6p@google.com",
            "2026-12-01T13:00:00Z",
            "2026-12-01T14:00:00Z",
            interview=True,
            people=["jane.doe@northwind.example", "raj.patel@northwind.example"],
            company="Northwind",
            role="QA Lead",
        ),
    ],
)

# --- Exchange with VTIMEZONE, role first, a hiring mailbox organises, a room and a declined guest (de)
case(
    "exchange_role_first_hiring_mailbox",
    "Outlook 365 invite (Teams)",
    "Europe/Berlin",
    vcal(
        OUTLOOK,
        [
            [
                org("karriere@kranich-logistik.example", "Karriere Kranich Logistik"),
                att("anna.schmidt@kranich-logistik.example", "Schmidt, Anna"),
                att("thomas.weber@kranich-logistik.example", "Weber, Thomas", part="DECLINED"),
                att(MAYA, "Maya Example"),
                att(
                    "raum-hh-214@kranich-logistik.example",
                    "Besprechungsraum HH 2.14",
                    cutype="ROOM",
                    role="NON-PARTICIPANT",
                ),
                (
                    "DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Example\\,\\nwir freuen uns auf das Gespräch.\\n"
                    "________________________________________________________________________________"
                    "\\nMicrosoft "
                    "Teams-Besprechung\\nJetzt an der Besprechung teilnehmen <https://teams.microsoft.com/"
                    "l/meetup-join/19%3ameeting_NzQ5>"
                ),
                (
                    "UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB010000000000000000100000004B6E7F2A1C3D"
                ),
                (
                    "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Backend-Entwickler (m/w/d) – Kranich "
                    "Logistik GmbH"
                ),
                "DTSTART;TZID=W. Europe Standard Time:20261202T100000",
                "DTEND;TZID=W. Europe Standard Time:20261202T110000",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung; Besprechungsraum HH 2.14",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            ]
        ],
        method="REQUEST",
        tz=W_EUROPE,
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB010000000000000000100000004B6E7F2A1C3D",
            "2026-12-02T09:00:00Z",
            "2026-12-02T10:00:00Z",
            interview=True,
            people=["anna.schmidt@kranich-logistik.example", "karriere@kranich-logistik.example"],
            company="Kranich Logistik GmbH",
            role="Backend-Entwickler",
        ),
    ],
)

# --- Outlook request then cancel in one file, French client title prefix (fr)
FR_UID = "040000008200E00074C5B7101A82E00800000000C4D2E1F0A9B8DB01000000000000000010000000E1F2A3B4"
ROMANCE = eu_tz("Romance Standard Time", "+0100", "+0200", "Romance Standard Time", "Romance Daylight Time")
_fr = [
    org("claire.martin@loirevia.example", "Claire Martin"),
    att(MAYA, "Maya Example"),
    "DTSTART;TZID=Romance Standard Time:20261203T150000",
    "DTEND;TZID=Romance Standard Time:20261203T160000",
    f"UID:{FR_UID}",
    STAMP,
    "CLASS:PUBLIC",
    "PRIORITY:5",
    "TRANSP:OPAQUE",
    "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
]
case(
    "outlook_fr_request_then_cancel",
    "Outlook 365 request and cancel (two VCALENDARs)",
    "Europe/Paris",
    [
        vcal(
            OUTLOOK,
            [
                [
                    *_fr,
                    "SEQUENCE:0",
                    "STATUS:CONFIRMED",
                    "SUMMARY;LANGUAGE=fr-FR:Entretien Loirevia | Chef de projet Data",
                    "DESCRIPTION;LANGUAGE=fr-FR:Bonjour Maya\\, voici le lien Teams pour notre entretien.",
                ]
            ],
            method="REQUEST",
            tz=ROMANCE,
        ),
        vcal(
            OUTLOOK,
            [
                [
                    *_fr,
                    "SEQUENCE:1",
                    "STATUS:CANCELLED",
                    "PRIORITY:1",
                    "SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Loirevia | Chef de projet Data",
                    "DESCRIPTION;LANGUAGE=fr-FR:Désolée\\, nous devons annuler et reviendrons vers vous.",
                ]
            ],
            method="CANCEL",
            tz=ROMANCE,
        ),
    ],
    [
        ev(
            FR_UID,
            "2026-12-03T14:00:00Z",
            "2026-12-03T15:00:00Z",
            interview=True,
            cancelled=True,
            people=["claire.martin@loirevia.example"],
            company="Loirevia",
            role="Chef de projet Data",
        ),
    ],
)

# --- Outlook without VTIMEZONE, Windows zone name, optional interviewer and a room (es)
case(
    "outlook_no_vtimezone_optional_guest",
    "Outlook desktop invite without VTIMEZONE",
    "Europe/Madrid",
    vcal(
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        [
            [
                "CLASS:PUBLIC",
                "CREATED:20261119T084400Z",
                (
                    "DESCRIPTION:Hola Maya\\, te esperamos en la oficina de Castellana. Pregunta por "
                    "Lucía en recepción."
                ),
                'DTEND;TZID="Romance Standard Time":20261204T123000',
                STAMP,
                'DTSTART;TZID="Romance Standard Time":20261204T113000',
                "LOCATION:Sala Tajo (planta 4)",
                org("lucia.garcia@olivarsistemas.example", "Lucía García Pérez"),
                att(MAYA, "Maya Example"),
                att("pablo.ruiz@olivarsistemas.example", "Pablo Ruiz", role="OPT-PARTICIPANT"),
                att(
                    "sala.tajo@olivarsistemas.example",
                    "Sala Tajo",
                    cutype="ROOM",
                    role="NON-PARTICIPANT",
                    part="ACCEPTED",
                ),
                "PRIORITY:5",
                "SEQUENCE:0",
                "SUMMARY;LANGUAGE=es:Entrevista técnica - Desarrolladora Frontend - Olivar Sistemas",
                "TRANSP:OPAQUE",
                "UID:040000008200E00074C5B7101A82E0080000000010E5B9A7C4A7DB01000000000000000010000000A7C4",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000010E5B9A7C4A7DB01000000000000000010000000A7C4",
            "2026-12-04T10:30:00Z",
            "2026-12-04T11:30:00Z",
            interview=True,
            people=["lucia.garcia@olivarsistemas.example", "pablo.ruiz@olivarsistemas.example"],
            company="Olivar Sistemas",
            role="Desarrolladora Frontend",
        ),
    ],
)

# --- Outlook with "(UTC-03:00) Brasília", a hiring mailbox, a notetaker bot (pt)
BRASILIA = fixed_tz("(UTC-03:00) Brasília", "-0300", "-03")
case(
    "outlook_brasilia_notetaker",
    "Outlook 365 invite, display-name zone",
    "America/Sao_Paulo",
    vcal(
        OUTLOOK,
        [
            [
                org("recrutamento@cajuina.example", "Recrutamento Cajuína"),
                att("joao.silva@cajuina.example", "João Silva"),
                att(MAYA, "Maya Example"),
                att("fred@fireflies.ai", "Fireflies.ai Notetaker"),
                (
                    "DESCRIPTION;LANGUAGE=pt-BR:Olá Maya! Conversa com o João (gestor da vaga). Reunião "
                    "do Microsoft Teams."
                ),
                "SUMMARY;LANGUAGE=pt-BR:Entrevista | Analista de Dados Pleno | Cajuína Tech",
                'DTSTART;TZID="(UTC-03:00) Brasília":20261207T100000',
                'DTEND;TZID="(UTC-03:00) Brasília":20261207T110000',
                "UID:040000008200E00074C5B7101A82E00800000000B3C1D2E9F8A7DB0100000000000000001000000077AA",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams",
            ]
        ],
        method="REQUEST",
        tz=BRASILIA,
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E00800000000B3C1D2E9F8A7DB0100000000000000001000000077AA",
            "2026-12-07T13:00:00Z",
            "2026-12-07T14:00:00Z",
            interview=True,
            people=["joao.silva@cajuina.example", "recrutamento@cajuina.example"],
            company="Cajuína Tech",
            role="Analista de Dados Pleno",
        ),
    ],
)

# --- iCloud, floating time, the interviewer's name in the title, company only in the organizer's domain (it)
case(
    "icloud_floating_interviewer_name",
    "iCloud invite, floating time",
    "Europe/Rome",
    vcal(
        "-//Apple Inc.//iOS 18.1//EN",
        [
            [
                "UID:5B1D2C7E-90A4-4E0F-8C3B-2A6F1D9E7C41",
                STAMP,
                "CREATED:20261119T170203Z",
                "DTSTART:20261209T160000",
                "DTEND:20261209T170000",
                "SEQUENCE:0",
                "SUMMARY:Colloquio con Giulia Bianchi – Product Designer",
                "LOCATION:Via Tortona 27\\, Milano",
                "TRANSP:OPAQUE",
                (
                    'ORGANIZER;CN="Giulia Bianchi";EMAIL="giulia.bianchi@vetreria.example":'
                    "mailto:giulia.bianchi@vetreria.example"
                ),
                (
                    'ATTENDEE;CN="Giulia Bianchi";CUTYPE=INDIVIDUAL;EMAIL="giulia.bianchi@vetreria.example";'
                    "PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:giulia.bianchi@vetreria.example"
                ),
                (
                    'ATTENDEE;CN="Maya Example";CUTYPE=INDIVIDUAL;EMAIL="maya@example.org";PARTSTAT=ACCEPTED;'
                    "RSVP=TRUE:mailto:maya@example.org"
                ),
                "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
            ]
        ],
    ),
    [
        ev(
            "5B1D2C7E-90A4-4E0F-8C3B-2A6F1D9E7C41",
            "2026-12-09T15:00:00Z",
            "2026-12-09T16:00:00Z",
            interview=True,
            people=["giulia.bianchi@vetreria.example"],
            company="Vetreria",
            role="Product Designer",
        ),
    ],
)

# --- Nextcloud, a group address among the guests, stage words (nl)
case(
    "nextcloud_second_round_group",
    "Nextcloud invite",
    "Europe/Amsterdam",
    vcal(
        "-//IDN nextcloud.com//Calendar app 4.7.6//EN",
        [
            [
                "CREATED:20261119T101500Z",
                STAMP,
                "LAST-MODIFIED:20261119T101500Z",
                "SEQUENCE:2",
                "UID:a1c6e0f2-5d3b-4f7a-9e21-6b8c0d4e2f13",
                "DTSTART;TZID=Europe/Amsterdam:20261208T130000",
                "DTEND;TZID=Europe/Amsterdam:20261208T134500",
                "STATUS:CONFIRMED",
                "SUMMARY:Sollicitatiegesprek Dijkstra Zorg – Data-analist (tweede ronde)",
                "LOCATION:Stationsplein 4\\, Utrecht",
                org("sanne.devries@dijkstrazorg.example", "Sanne de Vries"),
                att(MAYA, "Maya Example", rsvp="TRUE"),
                att("pieter.jansen@dijkstrazorg.example", "Pieter Jansen", part="ACCEPTED"),
                att("hr@dijkstrazorg.example", "HR Dijkstra Zorg", cutype="GROUP"),
            ]
        ],
        method="REQUEST",
        tz=eu_tz("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST"),
    ),
    [
        ev(
            "a1c6e0f2-5d3b-4f7a-9e21-6b8c0d4e2f13",
            "2026-12-08T12:00:00Z",
            "2026-12-08T12:45:00Z",
            interview=True,
            people=["pieter.jansen@dijkstrazorg.example", "sanne.devries@dijkstrazorg.example"],
            company="Dijkstra Zorg",
            role="Data-analist",
        ),
    ],
)

# --- Proton, tentatively accepted, team after a comma (sv)
case(
    "proton_tentative_team",
    "Proton Calendar invite (tentative)",
    "Europe/Stockholm",
    vcal(
        "-//Proton AG//web-calendar 5.0.48//EN",
        [
            [
                "UID:v7Qp3kXw9LmN2rT5yB8cD1eF4gH6@proton.me",
                STAMP,
                "DTSTART;TZID=Europe/Stockholm:20261210T090000",
                "DTEND;TZID=Europe/Stockholm:20261210T100000",
                "SEQUENCE:0",
                "STATUS:TENTATIVE",
                "SUMMARY:Intervju – Fjällsjö Energi AB – Systemutvecklare\\, team Elnät",
                org("linnea.berg@fjallsjo.example", "Linnea Berg"),
                att(MAYA, "Maya Example", part="TENTATIVE"),
                att("johan.ek@fjallsjo.example", "Johan Ek", part="ACCEPTED"),
                "DESCRIPTION:Hej Maya! Vi ses på Teams.",
            ]
        ],
        tz=eu_tz("Europe/Stockholm", "+0100", "+0200", "CET", "CEST"),
    ),
    [
        ev(
            "v7Qp3kXw9LmN2rT5yB8cD1eF4gH6@proton.me",
            "2026-12-10T08:00:00Z",
            "2026-12-10T09:00:00Z",
            interview=True,
            people=["johan.ek@fjallsjo.example", "linnea.berg@fjallsjo.example"],
            company="Fjällsjö Energi AB",
            role="Systemutvecklare, team Elnät",
        ),
    ],
)

# --- Zoho, slashes, stage after the company (pl)
case(
    "zoho_slashes_stage",
    "Zoho Calendar invite",
    "Europe/Warsaw",
    vcal(
        "-//Zoho Corporation//Zoho Calendar 1.0//EN",
        [
            [
                "UID:9f2c41a8e6b34d7c8a15f0e3d2b1c9a7@zoho.com",
                STAMP,
                "DTSTART;TZID=Europe/Warsaw:20261203T120000",
                "DTEND;TZID=Europe/Warsaw:20261203T130000",
                "SUMMARY:Rozmowa kwalifikacyjna: Specjalista ds. DevOps / Wisłoteka Sp. z o.o. / etap 2",
                org("katarzyna.nowak@wisloteka.example", "Katarzyna Nowak"),
                att("marek.kowalski@wisloteka.example", "Marek Kowalski", part="ACCEPTED"),
                att(MAYA, "Maya Example"),
                att("sala.wisla@wisloteka.example", "Sala Wisła", cutype="ROOM"),
                "LOCATION:ul. Prosta 51\\, Warszawa",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            ]
        ],
        method="REQUEST",
        tz=eu_tz("Europe/Warsaw", "+0100", "+0200", "CET", "CEST"),
    ),
    [
        ev(
            "9f2c41a8e6b34d7c8a15f0e3d2b1c9a7@zoho.com",
            "2026-12-03T11:00:00Z",
            "2026-12-03T12:00:00Z",
            interview=True,
            people=["katarzyna.nowak@wisloteka.example", "marek.kowalski@wisloteka.example"],
            company="Wisłoteka Sp. z o.o.",
            role="Specjalista ds. DevOps",
        ),
    ],
)

# --- Google, Japanese brackets for the stage (ja)
case(
    "google_ja_brackets",
    "Google Calendar invite (Meet)",
    "Asia/Tokyo",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Asia/Tokyo:20261202T150000",
                "DTEND;TZID=Asia/Tokyo:20261202T160000",
                STAMP,
                org("saiyo@sakura-densan.example", "サクラ電算 採用担当"),
                "UID:0s8d7f6g5h4j3k2l1z9x@google.com",
                att("k.sato@sakura-densan.example", "佐藤 健"),
                att("saiyo@sakura-densan.example", "サクラ電算 採用担当", part="ACCEPTED"),
                me(),
                "DESCRIPTION:Maya Example 様\\n一次面接のご案内です。Google Meet: https://meet.google.com/abc-defg-hij",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:【一次面接】株式会社サクラ電算 / バックエンドエンジニア",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=fixed_tz("Asia/Tokyo", "+0900", "JST"),
    ),
    [
        ev(
            "0s8d7f6g5h4j3k2l1z9x@google.com",
            "2026-12-02T06:00:00Z",
            "2026-12-02T07:00:00Z",
            interview=True,
            people=["k.sato@sakura-densan.example", "saiyo@sakura-densan.example"],
            company="株式会社サクラ電算",
            role="バックエンドエンジニア",
        ),
    ],
)

# --- Google, pipes, second-round word last (zh)
case(
    "google_zh_pipes",
    "Google Calendar invite (Meet)",
    "Asia/Shanghai",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Asia/Shanghai:20261204T100000",
                "DTEND;TZID=Asia/Shanghai:20261204T110000",
                STAMP,
                org("hr@yunshan.example", "云杉科技招聘"),
                "UID:7y6t5r4e3w2q1a0s9d8f@google.com",
                att("wang.lei@yunshan.example", "王磊", part="ACCEPTED"),
                me(),
                "DESCRIPTION:Maya 您好，本次为二面，面试官：王磊。",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:云杉科技 | 高级前端工程师 | 二面",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=fixed_tz("Asia/Shanghai", "+0800", "CST"),
    ),
    [
        ev(
            "7y6t5r4e3w2q1a0s9d8f@google.com",
            "2026-12-04T02:00:00Z",
            "2026-12-04T03:00:00Z",
            interview=True,
            people=["hr@yunshan.example", "wang.lei@yunshan.example"],
            company="云杉科技",
            role="高级前端工程师",
        ),
    ],
)

# --- Korean square brackets and the user's name with an honorific (ko)
case(
    "google_ko_user_name",
    "Google Calendar invite",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Asia/Seoul:20261209T170000",
                "DTEND;TZID=Asia/Seoul:20261209T180000",
                STAMP,
                org("recruit@nemosoft.example", "네모소프트 채용팀"),
                "UID:2b3n4m5q6w7e8r9t0y1u@google.com",
                att("kim.minjun@nemosoft.example", "김민준"),
                me("ACCEPTED"),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:[네모소프트] 1차 기술 면접 - 데이터 엔지니어 (Maya Example님)",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=fixed_tz("Asia/Seoul", "+0900", "KST"),
    ),
    [
        ev(
            "2b3n4m5q6w7e8r9t0y1u@google.com",
            "2026-12-09T08:00:00Z",
            "2026-12-09T09:00:00Z",
            interview=True,
            people=["kim.minjun@nemosoft.example", "recruit@nemosoft.example"],
            company="네모소프트",
            role="데이터 엔지니어",
        ),
    ],
)

# --- Outlook desktop, "hos" between role and company, a declined colleague (da)
case(
    "outlook_da_hos_declined",
    "Outlook desktop invite (Teams)",
    "Europe/Copenhagen",
    vcal(
        OUTLOOK,
        [
            [
                org("mette.hansen@havnely.example", "Mette Hansen"),
                att(MAYA, "Maya Example"),
                att("lars.holm@havnely.example", "Lars Holm", part="ACCEPTED"),
                att("soren.nielsen@havnely.example", "Søren Nielsen", part="DECLINED"),
                "SUMMARY;LANGUAGE=da-DK:Jobsamtale: Produktejer hos Havnely ApS",
                "DTSTART;TZID=Romance Standard Time:20261207T140000",
                "DTEND;TZID=Romance Standard Time:20261207T150000",
                "UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000D4D4",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=da-DK:Microsoft Teams-møde",
            ]
        ],
        method="REQUEST",
        tz=ROMANCE,
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000D4D4",
            "2026-12-07T13:00:00Z",
            "2026-12-07T14:00:00Z",
            interview=True,
            people=["lars.holm@havnely.example", "mette.hansen@havnely.example"],
            company="Havnely ApS",
            role="Produktejer",
        ),
    ],
)

# --- Fastmail, stage word first, a meeting room (nb)
case(
    "fastmail_nb_second_interview",
    "Fastmail invite",
    "Europe/Oslo",
    vcal(
        "-//Fastmail/2020.5/EN",
        [
            [
                "UID:3d0f6e1c-8a2b-4c59-b7e4-91f2a6c3d8e0",
                "SEQUENCE:1",
                STAMP,
                "DTSTART;TZID=Europe/Oslo:20261211T100000",
                "DURATION:PT1H30M",
                "SUMMARY:Andregangsintervju – Fjordlys AS – Utvikler",
                org("ingrid.lie@fjordlys.example", "Ingrid Lie"),
                att("ole.hansen@fjordlys.example", "Ole Hansen", part="ACCEPTED"),
                att(MAYA, "Maya Example"),
                att("rom-lindesnes@fjordlys.example", "Møterom Lindesnes", cutype="ROOM"),
                "LOCATION:Møterom Lindesnes\\, Kongens gate 9",
                "STATUS:CONFIRMED",
            ]
        ],
        method="REQUEST",
        tz=eu_tz("Europe/Oslo", "+0100", "+0200", "CET", "CEST"),
    ),
    [
        ev(
            "3d0f6e1c-8a2b-4c59-b7e4-91f2a6c3d8e0",
            "2026-12-11T09:00:00Z",
            "2026-12-11T10:30:00Z",
            interview=True,
            people=["ingrid.lie@fjordlys.example", "ole.hansen@fjordlys.example"],
            company="Fjordlys AS",
            role="Utvikler",
        ),
    ],
)

# --- Teams, role then company after a comma, a recruiting mailbox organises (fi)
case(
    "teams_fi_role_comma_company",
    "Outlook 365 invite (Teams)",
    "Europe/Helsinki",
    vcal(
        OUTLOOK,
        [
            [
                org("rekry@revontuli.example", "Revontuli Oy Rekrytointi"),
                att("aino.virtanen@revontuli.example", "Virtanen Aino"),
                att(MAYA, "Maya Example"),
                "SUMMARY;LANGUAGE=fi-FI:Työhaastattelu: Ohjelmistokehittäjä\\, Revontuli Oy",
                "DTSTART;TZID=FLE Standard Time:20261214T130000",
                "DTEND;TZID=FLE Standard Time:20261214T140000",
                "UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB01000000000000000010000000F1F1",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=fi-FI:Microsoft Teams -kokous",
            ]
        ],
        method="REQUEST",
        tz=eu_tz("FLE Standard Time", "+0200", "+0300", "FLE Standard Time", "FLE Daylight Time", 3),
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB01000000000000000010000000F1F1",
            "2026-12-14T11:00:00Z",
            "2026-12-14T12:00:00Z",
            interview=True,
            people=["aino.virtanen@revontuli.example", "rekry@revontuli.example"],
            company="Revontuli Oy",
            role="Ohjelmistokehittäjä",
        ),
    ],
)

# --- Google, company in the middle, round in brackets (cs)
case(
    "google_cs_round_brackets",
    "Google Calendar invite (Meet)",
    "Europe/Prague",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Prague:20261215T093000",
                "DTEND;TZID=Europe/Prague:20261215T103000",
                STAMP,
                org("petra.novakova@vltavin.example", "Petra Nováková"),
                "UID:9i8u7y6t5r4e3w2q1p0o@google.com",
                att("petra.novakova@vltavin.example", "Petra Nováková", part="ACCEPTED"),
                att("jan.dvorak@vltavin.example", "Jan Dvořák"),
                me(),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Pohovor – Vltavín s.r.o. – Software Tester (2. kolo)",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=eu_tz("Europe/Prague", "+0100", "+0200", "CET", "CEST"),
    ),
    [
        ev(
            "9i8u7y6t5r4e3w2q1p0o@google.com",
            "2026-12-15T08:30:00Z",
            "2026-12-15T09:30:00Z",
            interview=True,
            people=["jan.dvorak@vltavin.example", "petra.novakova@vltavin.example"],
            company="Vltavín s.r.o.",
            role="Software Tester",
        ),
    ],
)

# --- Outlook, Turkey Standard Time, HR mailbox organiser (tr)
case(
    "outlook_tr_slash",
    "Outlook 365 invite",
    "Europe/Istanbul",
    vcal(
        OUTLOOK,
        [
            [
                org("ik@bogazici-yazilim.example", "İnsan Kaynakları"),
                att("emre.yilmaz@bogazici-yazilim.example", "Emre Yılmaz"),
                att(MAYA, "Maya Example"),
                "SUMMARY;LANGUAGE=tr-TR:Mülakat: Boğaziçi Yazılım / Mobil Geliştirici",
                "DTSTART;TZID=Turkey Standard Time:20261208T110000",
                "DTEND;TZID=Turkey Standard Time:20261208T120000",
                "UID:040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DB010000000000000000100000002222",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=tr-TR:Maslak 1453\\, B Blok",
            ]
        ],
        method="REQUEST",
        tz=fixed_tz("Turkey Standard Time", "+0300", "Turkey Standard Time"),
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DB010000000000000000100000002222",
            "2026-12-08T08:00:00Z",
            "2026-12-08T09:00:00Z",
            interview=True,
            people=["emre.yilmaz@bogazici-yazilim.example", "ik@bogazici-yazilim.example"],
            company="Boğaziçi Yazılım",
            role="Mobil Geliştirici",
        ),
    ],
)

# --- Zoom invite (ro)
case(
    "zoom_ro_technical",
    "Zoom invite",
    "Europe/Bucharest",
    vcal(
        "-//zoom.us//iCalendar Event//EN",
        [
            [
                "DTSTART:20261210T130000Z",
                "DTEND:20261210T140000Z",
                STAMP,
                "SUMMARY:Interviu tehnic – Carpatica Soft – Inginer QA",
                "UID:ZOOM84213579012@zoom.us",
                "TZID:Europe/Bucharest",
                (
                    "DESCRIPTION:Andrei Popescu vă invită la o întâlnire Zoom programată.\\n\\nParticipați "
                    "la întâlnirea Zoom\\nhttps://zoom.us/j/84213579012"
                ),
                "LOCATION:https://zoom.us/j/84213579012",
                org("andrei.popescu@carpatica.example", "Andrei Popescu"),
                att(MAYA, "Maya Example"),
                att("ioana.ionescu@carpatica.example", "Ioana Ionescu"),
                "BEGIN:VALARM",
                "TRIGGER:-PT10M",
                "ACTION:DISPLAY",
                "DESCRIPTION:Reminder",
                "END:VALARM",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "ZOOM84213579012@zoom.us",
            "2026-12-10T13:00:00Z",
            "2026-12-10T14:00:00Z",
            interview=True,
            people=["andrei.popescu@carpatica.example", "ioana.ionescu@carpatica.example"],
            company="Carpatica Soft",
            role="Inginer QA",
        ),
    ],
)

# --- Webex invite (hu)
case(
    "webex_hu_role_first",
    "Webex invite",
    "Europe/Budapest",
    vcal(
        "-//Cisco Systems Inc.//Cisco Webex Meetings//EN",
        [
            [
                "UID:m4f8e2a91c7b3d6e0f5a@webex.com",
                STAMP,
                "DTSTART;TZID=Europe/Budapest:20261216T100000",
                "DTEND;TZID=Europe/Budapest:20261216T110000",
                "SUMMARY:Állásinterjú – Rendszergazda – Dunakavics Kft.",
                org("toth.eszter@dunakavics.example", "Tóth Eszter"),
                att(MAYA, "Maya Example"),
                att("nagy.peter@dunakavics.example", "Nagy Péter"),
                "LOCATION:https://dunakavics.webex.com/meet/toth.eszter",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
        tz=eu_tz("Europe/Budapest", "+0100", "+0200", "CET", "CEST"),
    ),
    [
        ev(
            "m4f8e2a91c7b3d6e0f5a@webex.com",
            "2026-12-16T09:00:00Z",
            "2026-12-16T10:00:00Z",
            interview=True,
            people=["nagy.peter@dunakavics.example", "toth.eszter@dunakavics.example"],
            company="Dunakavics Kft.",
            role="Rendszergazda",
        ),
    ],
)

# --- Google, role @ company (el)
case(
    "google_el_at_sign",
    "Google Calendar invite (Meet)",
    "Europe/Athens",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Athens:20261217T120000",
                "DTEND;TZID=Europe/Athens:20261217T130000",
                STAMP,
                org("maria.papadopoulou@aigaio.example", "Μαρία Παπαδοπούλου"),
                "UID:5t6y7u8i9o0p1a2s3d4f@google.com",
                att("maria.papadopoulou@aigaio.example", "Μαρία Παπαδοπούλου", part="ACCEPTED"),
                me(),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Συνέντευξη: Μηχανικός Λογισμικού @ Αιγαίο Τεχνολογίες",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=eu_tz("Europe/Athens", "+0200", "+0300", "EET", "EEST", 3),
    ),
    [
        ev(
            "5t6y7u8i9o0p1a2s3d4f@google.com",
            "2026-12-17T10:00:00Z",
            "2026-12-17T11:00:00Z",
            interview=True,
            people=["maria.papadopoulou@aigaio.example"],
            company="Αιγαίο Τεχνολογίες",
            role="Μηχανικός Λογισμικού",
        ),
    ],
)

# --- Calendly: "<event type> between <host> and <invitee>", company from the host's domain (en)
case(
    "calendly_recruiter_call_between",
    "Calendly booking",
    "Europe/Berlin",
    vcal(
        "-//Calendly//Calendly Calendar//EN",
        [
            [
                "UID:b7c2a9e4-1f3d-4a6b-8e5c-0d9f2a7b3c61@calendly.com",
                STAMP,
                "DTSTART:20261201T160000Z",
                "DTEND:20261201T163000Z",
                "SUMMARY:Recruiter call between Jane Doe and Maya Example",
                (
                    "DESCRIPTION:Event Name: Recruiter call\\n\\nLocation: This is a Google Meet web "
                    "conference.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/"
                    "cancellations/b7c2a9e4\\nReschedule: https://calendly.com/reschedulings/b7c2a9e4\\n\\nPowered "
                    "by Calendly.com"
                ),
                org("jane.doe@quillfeather.example", "Jane Doe"),
                att("jane.doe@quillfeather.example", "Jane Doe", part="ACCEPTED"),
                att(MAYA, "Maya Example", part="ACCEPTED"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "b7c2a9e4-1f3d-4a6b-8e5c-0d9f2a7b3c61@calendly.com",
            "2026-12-01T16:00:00Z",
            "2026-12-01T16:30:00Z",
            interview=True,
            people=["jane.doe@quillfeather.example"],
            company="Quillfeather",
            role="",
        ),
    ],
)

# --- Cal.com booking in UTC, hiring manager chat, names only (en)
case(
    "calcom_hiring_manager_chat",
    "Cal.com booking",
    "Europe/Berlin",
    vcal(
        "-//Cal.com Inc.//Cal.com Event//EN",
        [
            [
                "UID:k3Jd8sQ2wZ7pL1mN5vX9tY@Cal.com",
                STAMP,
                "DTSTART:20261202T160000Z",
                "DTEND:20261202T163000Z",
                "SUMMARY:Hiring manager chat between Raj Patel and Maya Example",
                "DESCRIPTION:What: Hiring manager chat\\nInvitee Time Zone: Europe/Berlin\\nWhere: Cal Video",
                "LOCATION:https://app.cal.com/video/k3Jd8sQ2wZ7pL1mN5vX9tY",
                org("raj.patel@brambleworks.example", "Raj Patel"),
                att(MAYA, "Maya Example", part="ACCEPTED"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "k3Jd8sQ2wZ7pL1mN5vX9tY@Cal.com",
            "2026-12-02T16:00:00Z",
            "2026-12-02T16:30:00Z",
            interview=True,
            people=["raj.patel@brambleworks.example"],
            company="Brambleworks",
            role="",
        ),
    ],
)

# --- GoodTime-style onsite panel: coordination mailbox, optional shadow, a room (en)
case(
    "goodtime_onsite_panel",
    "GoodTime-scheduled Google invite",
    "America/Los_Angeles",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=America/Los_Angeles:20261209T100000",
                "DTEND;TZID=America/Los_Angeles:20261209T130000",
                STAMP,
                org("interviews@pelicanpay.example", "Pelican Pay Recruiting Coordination"),
                "UID:gt-7731-4f2a-9c8e-onsite@pelicanpay.example",
                att("interviews@pelicanpay.example", "Pelican Pay Recruiting Coordination", part="ACCEPTED"),
                att("dev.sharma@pelicanpay.example", "Dev Sharma", part="ACCEPTED"),
                att("olga.ivanova@pelicanpay.example", "Olga Ivanova", part="ACCEPTED"),
                att(
                    "marcus.lee@pelicanpay.example",
                    "Marcus Lee (shadow)",
                    role="OPT-PARTICIPANT",
                    part="TENTATIVE",
                ),
                att(
                    "pelicanpay.example_5346342d476f6c64656e@resource.calendar.google.com",
                    "SF-4-Golden Gate (10)",
                    cutype="RESOURCE",
                    part="ACCEPTED",
                ),
                me(),
                (
                    "DESCRIPTION:Hi Maya\\, your onsite agenda: 10:00 coding (Dev)\\, 11:00 system design "
                    "(Olga)\\, 12:00 lunch with the team.\\n\\nScheduled with GoodTime"
                ),
                "LOCATION:Pelican Pay HQ\\, 500 Howard St\\, San Francisco",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Onsite Interview – Maya Example – Staff Engineer\\, Platform (Pelican Pay)",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=us_tz("America/Los_Angeles", "-0800", "-0700", "PST", "PDT"),
    ),
    [
        ev(
            "gt-7731-4f2a-9c8e-onsite@pelicanpay.example",
            "2026-12-09T18:00:00Z",
            "2026-12-09T21:00:00Z",
            interview=True,
            people=[
                "dev.sharma@pelicanpay.example",
                "interviews@pelicanpay.example",
                "marcus.lee@pelicanpay.example",
                "olga.ivanova@pelicanpay.example",
            ],
            company="Pelican Pay",
            role="Staff Engineer, Platform",
        ),
    ],
)

# --- Greenhouse-style: "Interview with <candidate> for <role>", company only in the domain (en)
case(
    "greenhouse_role_only",
    "Greenhouse-scheduled Outlook invite",
    "America/New_York",
    vcal(
        OUTLOOK,
        [
            [
                org("priya.shah@lumenfield.example", "Priya Shah"),
                att("tom.becker@lumenfield.example", "Tom Becker"),
                att(MAYA, "Maya Example"),
                "SUMMARY;LANGUAGE=en-US:Interview with Maya Example for Product Analyst",
                (
                    "DESCRIPTION;LANGUAGE=en-US:Interviewers: Tom Becker\\nZoom: https://lumenfield.zoom.us/"
                    "j/99812345678\\n\\nScheduled via Greenhouse"
                ),
                "DTSTART;TZID=Eastern Standard Time:20261203T110000",
                "DTEND;TZID=Eastern Standard Time:20261203T114500",
                "UID:040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DB010000000000000000100000003333",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=en-US:https://lumenfield.zoom.us/j/99812345678",
            ]
        ],
        method="REQUEST",
        tz=us_tz("Eastern Standard Time", "-0500", "-0400", "Eastern Standard Time", "Eastern Daylight Time"),
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DB010000000000000000100000003333",
            "2026-12-03T16:00:00Z",
            "2026-12-03T16:45:00Z",
            interview=True,
            people=["priya.shah@lumenfield.example", "tom.becker@lumenfield.example"],
            company="Lumenfield",
            role="Product Analyst",
        ),
    ],
)

# --- Lever-style phone screen, names and company after a pipe (en)
case(
    "lever_phone_screen_names",
    "Lever-scheduled Google invite",
    "Europe/London",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/London:20261201T100000",
                "DTEND;TZID=Europe/London:20261201T103000",
                STAMP,
                org("jane.doe@tallowmere.example", "Jane Doe"),
                "UID:lever-3f9a1c2e-6b7d-4e8f@tallowmere.example",
                att("jane.doe@tallowmere.example", "Jane Doe", part="ACCEPTED"),
                me(),
                ("DESCRIPTION:A quick phone screen. I'll call you on the number you gave."),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Phone Screen – Maya Example <> Jane Doe | Tallowmere",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=eu_tz("Europe/London", "+0000", "+0100", "GMT", "BST", 1),
    ),
    [
        ev(
            "lever-3f9a1c2e-6b7d-4e8f@tallowmere.example",
            "2026-12-01T10:00:00Z",
            "2026-12-01T10:30:00Z",
            interview=True,
            people=["jane.doe@tallowmere.example"],
            company="Tallowmere",
            role="",
        ),
    ],
)

# --- Ashby-style: a no-reply organiser, company first, role in brackets (en)
case(
    "ashby_noreply_company_first",
    "Ashby-scheduled invite",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Berlin:20261210T160000",
                "DTEND;TZID=Europe/Berlin:20261210T170000",
                STAMP,
                org("no-reply@ashbyhq.com", "Copperleaf via Ashby"),
                "UID:ashby-int-2c5e8a1f9b7d@ashbyhq.com",
                att("sam.okafor@copperleaf.example", "Sam Okafor"),
                att("lena.fischer@copperleaf.example", "Lena Fischer"),
                me(),
                (
                    "DESCRIPTION:Technical interview (pairing\\, 60 min). Join: https://meet.google.com/"
                    "cpl-pair-now"
                ),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Copperleaf – Technical Interview (Senior iOS Engineer)",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "ashby-int-2c5e8a1f9b7d@ashbyhq.com",
            "2026-12-10T15:00:00Z",
            "2026-12-10T16:00:00Z",
            interview=True,
            people=["lena.fischer@copperleaf.example", "sam.okafor@copperleaf.example"],
            company="Copperleaf",
            role="Senior iOS Engineer",
        ),
    ],
)

# --- Workday: the tenant's service address organises, a requisition number and a location (en)
case(
    "workday_req_location",
    "Workday interview invite",
    "Europe/Dublin",
    vcal(
        "-//Workday//Workday Calendar//EN",
        [
            [
                "UID:WD-INT-00482913@myworkday.com",
                STAMP,
                "DTSTART:20261211T140000Z",
                "DTEND:20261211T150000Z",
                "SUMMARY:Interview – R-10482 Cloud Engineer – Tannery Hill (Dublin)",
                (
                    "DESCRIPTION:You have been scheduled for an interview for R-10482 Cloud Engineer. "
                    "Interviewer: Conor Byrne."
                ),
                org("tanneryhill@myworkday.com", "Tannery Hill"),
                att("conor.byrne@tanneryhill.example", "Conor Byrne"),
                att(MAYA, "Maya Example"),
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "WD-INT-00482913@myworkday.com",
            "2026-12-11T14:00:00Z",
            "2026-12-11T15:00:00Z",
            interview=True,
            people=["conor.byrne@tanneryhill.example"],
            company="Tannery Hill",
            role="Cloud Engineer",
        ),
    ],
)

# --- SmartRecruiters-style video interview with a job code in brackets (en)
case(
    "smartrecruiters_job_code",
    "SmartRecruiters-scheduled invite",
    "Europe/Berlin",
    vcal(
        "-//SmartRecruiters//Interview Scheduler//EN",
        [
            [
                "UID:sr-7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
                STAMP,
                "DTSTART;TZID=Europe/Berlin:20261214T090000",
                "DTEND;TZID=Europe/Berlin:20261214T093000",
                "SUMMARY:Video interview: Junior Accountant – Mariposa Foods (JR-2231)",
                org("elena.rossi@mariposafoods.example", "Elena Rossi"),
                att(MAYA, "Maya Example"),
                "DESCRIPTION:Join the video interview: https://mariposafoods.example/meet/jr-2231",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "sr-7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
            "2026-12-14T08:00:00Z",
            "2026-12-14T08:30:00Z",
            interview=True,
            people=["elena.rossi@mariposafoods.example"],
            company="Mariposa Foods",
            role="Junior Accountant",
        ),
    ],
)

# --- Personio-style, no-reply organiser, pipes (de)
case(
    "personio_pipes_noreply",
    "Personio-scheduled invite",
    "Europe/Berlin",
    vcal(
        "-//Personio GmbH//Recruiting//DE",
        [
            [
                "UID:personio-interview-5512093@personio.de",
                STAMP,
                "DTSTART;TZID=Europe/Berlin:20261201T110000",
                "DTEND;TZID=Europe/Berlin:20261201T114500",
                "SUMMARY:Interview | Werkstudent Marketing | Brezelwerk GmbH",
                org("noreply@personio.de", "Brezelwerk GmbH"),
                att("julia.meier@brezelwerk.example", "Julia Meier"),
                att(MAYA, "Maya Example"),
                "LOCATION:https://meet.google.com/brz-werk-std",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "personio-interview-5512093@personio.de",
            "2026-12-01T10:00:00Z",
            "2026-12-01T10:45:00Z",
            interview=True,
            people=["julia.meier@brezelwerk.example"],
            company="Brezelwerk GmbH",
            role="Werkstudent Marketing",
        ),
    ],
)

# --- Recruitee-style; "Research" in the company and the role (en, failure class 1)
case(
    "recruitee_research_names",
    "Recruitee-scheduled invite",
    "Europe/Amsterdam",
    vcal(
        "-//Recruitee//Interview//EN",
        [
            [
                "UID:rct-int-88412-3@recruitee.com",
                STAMP,
                "DTSTART:20261202T133000Z",
                "DTEND:20261202T143000Z",
                "SUMMARY:Interview: Lantern Research\\, UX Researcher",
                org("femke.bakker@lanternresearch.example", "Femke Bakker"),
                att("femke.bakker@lanternresearch.example", "Femke Bakker", part="ACCEPTED"),
                att(MAYA, "Maya Example"),
                (
                    "DESCRIPTION:Hi Maya\\, we will talk about your research portfolio. Link: https:/"
                    "/whereby.com/lantern"
                ),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "rct-int-88412-3@recruitee.com",
            "2026-12-02T13:30:00Z",
            "2026-12-02T14:30:00Z",
            interview=True,
            people=["femke.bakker@lanternresearch.example"],
            company="Lantern Research",
            role="UX Researcher",
        ),
    ],
)

# --- Teamtailor-style with emoji and the user's name (sv)
case(
    "teamtailor_emoji_user_name",
    "Teamtailor-scheduled invite",
    "Europe/Stockholm",
    vcal(
        "-//Teamtailor//Teamtailor Calendar//EN",
        [
            [
                "UID:tt-meeting-6c1a4e2b9d@teamtailor.com",
                STAMP,
                "DTSTART:20261216T120000Z",
                "DTEND:20261216T124500Z",
                "SUMMARY:🎉 Intervju: Supportspecialist @ Lingonsylt AB – Maya Example",
                org("no-reply@teamtailor.com", "Lingonsylt AB"),
                att("erik.lund@lingonsylt.example", "Erik Lund"),
                att(MAYA, "Maya Example"),
                "LOCATION:Teams",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "tt-meeting-6c1a4e2b9d@teamtailor.com",
            "2026-12-16T12:00:00Z",
            "2026-12-16T12:45:00Z",
            interview=True,
            people=["erik.lund@lingonsylt.example"],
            company="Lingonsylt AB",
            role="Supportspecialist",
        ),
    ],
)

# --- BambooHR-style phone screen, role first with a location, company only in the domain (en)
case(
    "bamboohr_role_location",
    "BambooHR-scheduled Google invite",
    "America/Denver",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=America/Denver:20261208T090000",
                "DTEND;TZID=America/Denver:20261208T093000",
                STAMP,
                org("kayla@sagebrush.example", "Kayla Jensen"),
                "UID:bhr-ps-41772@sagebrush.example",
                att("kayla@sagebrush.example", "Kayla Jensen", part="ACCEPTED"),
                me(),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Phone Screen - Office Manager (Salt Lake City)",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=us_tz("America/Denver", "-0700", "-0600", "MST", "MDT"),
    ),
    [
        ev(
            "bhr-ps-41772@sagebrush.example",
            "2026-12-08T16:00:00Z",
            "2026-12-08T16:30:00Z",
            interview=True,
            people=["kayla@sagebrush.example"],
            company="Sagebrush",
            role="Office Manager",
        ),
    ],
)

# --- HireVue live interview, company first with "interview -" (en, failure class 4)
case(
    "hirevue_company_first",
    "HireVue live interview invite",
    "America/Chicago",
    vcal(
        "-//HireVue//Scheduling//EN",
        [
            [
                "UID:hv-live-20261215-77a1@hirevue.com",
                STAMP,
                "DTSTART;TZID=America/Chicago:20261215T100000",
                "DTEND;TZID=America/Chicago:20261215T110000",
                "SUMMARY:Granite Peak Bank interview - Risk Analyst",
                org("no-reply@hirevue.com", "Granite Peak Bank Talent Acquisition"),
                att("megan.clark@granitepeakbank.example", "Megan Clark"),
                att(MAYA, "Maya Example"),
                "DESCRIPTION:Join your HireVue Live interview: https://app.hirevue.com/live/77a1",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
        tz=us_tz("America/Chicago", "-0600", "-0500", "CST", "CDT"),
    ),
    [
        ev(
            "hv-live-20261215-77a1@hirevue.com",
            "2026-12-15T16:00:00Z",
            "2026-12-15T17:00:00Z",
            interview=True,
            people=["megan.clark@granitepeakbank.example"],
            company="Granite Peak Bank",
            role="Risk Analyst",
        ),
    ],
)

# --- Gem-style coffee chat with a recruiter, emoji, company after a dash (en)
case(
    "gem_coffee_chat",
    "Gem-scheduled Google invite",
    "Europe/London",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/London:20261204T150000",
                "DTEND;TZID=Europe/London:20261204T153000",
                STAMP,
                org("olu.adeyemi@ravenstone.example", "Olu Adeyemi"),
                "UID:gem-8d2f1a7c3e@ravenstone.example",
                att("olu.adeyemi@ravenstone.example", "Olu Adeyemi", part="ACCEPTED"),
                me("ACCEPTED"),
                "DESCRIPTION:Informal chat about the Platform team. Sent with Gem.",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Coffee chat with a recruiter ☕ – Ravenstone",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=eu_tz("Europe/London", "+0000", "+0100", "GMT", "BST", 1),
    ),
    [
        ev(
            "gem-8d2f1a7c3e@ravenstone.example",
            "2026-12-04T15:00:00Z",
            "2026-12-04T15:30:00Z",
            interview=True,
            people=["olu.adeyemi@ravenstone.example"],
            company="Ravenstone",
            role="",
        ),
    ],
)

# --- ModernLoop-style final round: request then a moved update in one file (en, failure class 6)
_ml = [
    org("coordinator@halcyonfreight.example", "Halcyon Freight Recruiting"),
    att("nina.brooks@halcyonfreight.example", "Nina Brooks"),
    att("omar.haddad@halcyonfreight.example", "Omar Haddad"),
    att(MAYA, "Maya Example"),
    "UID:ml-final-5b3e9c1d@halcyonfreight.example",
    "SUMMARY:Halcyon Freight – Engineering Manager – final interview (3 rounds)",
    STAMP,
]
ET = us_tz("America/New_York", "-0500", "-0400", "EST", "EDT")
case(
    "modernloop_final_moved",
    "ModernLoop request and update (two VCALENDARs)",
    "America/New_York",
    [
        vcal(
            GOOGLE,
            [
                [
                    *_ml,
                    "SEQUENCE:0",
                    "DTSTART;TZID=America/New_York:20261217T140000",
                    "DTEND;TZID=America/New_York:20261217T160000",
                    "STATUS:CONFIRMED",
                ]
            ],
            method="REQUEST",
            tz=ET,
        ),
        vcal(
            GOOGLE,
            [
                [
                    *_ml,
                    "SEQUENCE:1",
                    "DTSTART;TZID=America/New_York:20261218T140000",
                    "DTEND;TZID=America/New_York:20261218T160000",
                    "STATUS:CONFIRMED",
                    "DESCRIPTION:Rescheduled at the hiring team's request. Scheduled with ModernLoop.",
                ]
            ],
            method="REQUEST",
            tz=ET,
        ),
    ],
    [
        ev(
            "ml-final-5b3e9c1d@halcyonfreight.example",
            "2026-12-18T19:00:00Z",
            "2026-12-18T21:00:00Z",
            interview=True,
            people=[
                "coordinator@halcyonfreight.example",
                "nina.brooks@halcyonfreight.example",
                "omar.haddad@halcyonfreight.example",
            ],
            company="Halcyon Freight",
            role="Engineering Manager",
        ),
    ],
)

# --- Paradox-style assistant organises, store number (en)
case(
    "paradox_assistant_store",
    "Paradox-scheduled invite",
    "America/New_York",
    vcal(
        "-//Paradox//Olivia Scheduling//EN",
        [
            [
                "UID:px-olivia-1142-9918@paradox.ai",
                STAMP,
                "DTSTART;TZID=America/New_York:20261205T130000",
                "DTEND;TZID=America/New_York:20261205T133000",
                "SUMMARY:Interview at Sunbeam Coffee – Shift Supervisor (Store #1142)",
                org("olivia@paradox.ai", "Olivia – Sunbeam Coffee Hiring Assistant"),
                att("dana.lee@sunbeamcoffee.example", "Dana Lee"),
                att(MAYA, "Maya Example"),
                "LOCATION:Sunbeam Coffee #1142\\, 88 Court St\\, Brooklyn",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
        tz=ET,
    ),
    [
        ev(
            "px-olivia-1142-9918@paradox.ai",
            "2026-12-05T18:00:00Z",
            "2026-12-05T18:30:00Z",
            interview=True,
            people=["dana.lee@sunbeamcoffee.example"],
            company="Sunbeam Coffee",
            role="Shift Supervisor",
        ),
    ],
)

# --- an employer's all-day assessment centre (de)
case(
    "allday_assessment_centre",
    "Outlook 365 invite, all-day",
    "Europe/Berlin",
    vcal(
        OUTLOOK,
        [
            [
                org("personal@hanseatik.example", "Personalabteilung Hanseatik Versicherung"),
                att(MAYA, "Maya Example"),
                att("kai.petersen@hanseatik.example", "Petersen, Kai"),
                "SUMMARY;LANGUAGE=de-DE:Assessment Center – Hanseatik Versicherung – Trainee IT",
                "DTSTART;VALUE=DATE:20261209",
                "DTEND;VALUE=DATE:20261210",
                "UID:040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DB010000000000000000100000004444",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=de-DE:Ballindamm 12\\, Hamburg",
                "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DB010000000000000000100000004444",
            "2026-12-08T23:00:00Z",
            "2026-12-09T23:00:00Z",
            interview=True,
            people=["kai.petersen@hanseatik.example", "personal@hanseatik.example"],
            company="Hanseatik Versicherung",
            role="Trainee IT",
        ),
    ],
)

# --- Exchange cancel written in tzone://Microsoft/Utc, "Canceled:" prefix (en, failure classes 6/8)
case(
    "exchange_utc_canceled",
    "Outlook 365 cancellation",
    "Europe/Berlin",
    vcal(
        OUTLOOK,
        [
            [
                org("ben.carter@meridianlabs.example", "Ben Carter"),
                att(MAYA, "Maya Example"),
                "SUMMARY;LANGUAGE=en-US:Canceled: Hiring manager chat – Meridian Labs – Solutions Architect",
                'DTSTART;TZID="tzone://Microsoft/Utc":20261215T150000',
                'DTEND;TZID="tzone://Microsoft/Utc":20261215T153000',
                "UID:040000008200E00074C5B7101A82E0080000000055E6F7A8B9C0DB010000000000000000100000005555",
                "CLASS:PUBLIC",
                "PRIORITY:1",
                STAMP,
                "TRANSP:TRANSPARENT",
                "STATUS:CANCELLED",
                "SEQUENCE:2",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
            ]
        ],
        method="CANCEL",
        tz=fixed_tz("tzone://Microsoft/Utc", "+0000", "UTC"),
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000055E6F7A8B9C0DB010000000000000000100000005555",
            "2026-12-15T15:00:00Z",
            "2026-12-15T15:30:00Z",
            interview=True,
            cancelled=True,
            people=["ben.carter@meridianlabs.example"],
            company="Meridian Labs",
            role="Solutions Architect",
        ),
    ],
)

# --- a Google group calendar organises a take-home review, one interviewer declined (en, failure class 2)
case(
    "group_calendar_takehome_review",
    "Google Calendar invite from a group calendar",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Berlin:20261211T110000",
                "DTEND;TZID=Europe/Berlin:20261211T120000",
                STAMP,
                org("oakhollow.example_c1a8hq0rk9@group.calendar.google.com", "Oakhollow Interviews"),
                "UID:1q2w3e4r5t6y7u8i9o0p@google.com",
                att("ada.morgan@oakhollow.example", "Ada Morgan", part="ACCEPTED"),
                att("felix.wagner@oakhollow.example", "Felix Wagner", part="DECLINED"),
                att("li.chen@oakhollow.example", "Li Chen", part="ACCEPTED"),
                me(),
                "DESCRIPTION:We will walk through your take-home together.",
                "SEQUENCE:1",
                "STATUS:CONFIRMED",
                "SUMMARY:Take-home review · Maya Example · Frontend Engineer · Oakhollow",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "1q2w3e4r5t6y7u8i9o0p@google.com",
            "2026-12-11T10:00:00Z",
            "2026-12-11T11:00:00Z",
            interview=True,
            people=["ada.morgan@oakhollow.example", "li.chen@oakhollow.example"],
            company="Oakhollow",
            role="Frontend Engineer",
        ),
    ],
)

# --- Outlook without VTIMEZONE (GMT Standard Time), case interview with an ampersand in the company (en)
case(
    "outlook_case_interview_ampersand",
    "Outlook desktop invite without VTIMEZONE",
    "Europe/London",
    vcal(
        "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        [
            [
                "CLASS:PUBLIC",
                STAMP,
                'DTSTART;TZID="GMT Standard Time":20261207T090000',
                'DTEND;TZID="GMT Standard Time":20261207T100000',
                "LOCATION:12 Finsbury Square\\, London",
                org("harriet.cole@summitvale.example", "Harriet Cole"),
                att(MAYA, "Maya Example"),
                att("george.ellis@summitvale.example", "George Ellis"),
                "SUMMARY;LANGUAGE=en-gb:Case Interview (Round 1) | Summit & Vale Consulting | Associate",
                "UID:040000008200E00074C5B7101A82E0080000000066F7A8B9C0D1DB010000000000000000100000006666",
                "SEQUENCE:0",
                "TRANSP:OPAQUE",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000066F7A8B9C0D1DB010000000000000000100000006666",
            "2026-12-07T09:00:00Z",
            "2026-12-07T10:00:00Z",
            interview=True,
            people=["george.ellis@summitvale.example", "harriet.cole@summitvale.example"],
            company="Summit & Vale Consulting",
            role="Associate",
        ),
    ],
)

# --- Teams, the user's name first and a stage word (en)
case(
    "teams_user_name_second_round",
    "Outlook 365 invite (Teams)",
    "Europe/Berlin",
    vcal(
        OUTLOOK,
        [
            [
                org("sofia.marques@kestrelhealth.example", "Sofia Marques"),
                att(MAYA, "Maya Example"),
                att("daniel.osei@kestrelhealth.example", "Daniel Osei"),
                att("nora.quinn@kestrelhealth.example", "Nora Quinn", role="OPT-PARTICIPANT"),
                "SUMMARY;LANGUAGE=en-US:Maya Example – Second Round – Data Scientist – Kestrel Health",
                "DTSTART;TZID=W. Europe Standard Time:20261203T170000",
                "DTEND;TZID=W. Europe Standard Time:20261203T180000",
                "UID:040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DB010000000000000000100000007777",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            ]
        ],
        method="REQUEST",
        tz=W_EUROPE,
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000077A8B9C0D1E2DB010000000000000000100000007777",
            "2026-12-03T16:00:00Z",
            "2026-12-03T17:00:00Z",
            interview=True,
            people=[
                "daniel.osei@kestrelhealth.example",
                "nora.quinn@kestrelhealth.example",
                "sofia.marques@kestrelhealth.example",
            ],
            company="Kestrel Health",
            role="Data Scientist",
        ),
    ],
)

# --- Webex, role first then company with slashes (en)
case(
    "webex_system_design_role_first",
    "Webex invite",
    "America/New_York",
    vcal(
        "-//Cisco Systems Inc.//Cisco Webex Meetings//EN",
        [
            [
                "UID:w9d3c7b1a5e2f8g4h6@webex.com",
                STAMP,
                "DTSTART;TZID=America/New_York:20261202T130000",
                "DTEND;TZID=America/New_York:20261202T140000",
                "SUMMARY:System Design Interview / Senior Backend Engineer / Orbitalis",
                org("hana.suzuki@orbitalis.example", "Hana Suzuki"),
                att(MAYA, "Maya Example"),
                att("victor.reyes@orbitalis.example", "Victor Reyes"),
                "LOCATION:https://orbitalis.webex.com/meet/hsuzuki",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
            ]
        ],
        method="REQUEST",
        tz=ET,
    ),
    [
        ev(
            "w9d3c7b1a5e2f8g4h6@webex.com",
            "2026-12-02T18:00:00Z",
            "2026-12-02T19:00:00Z",
            interview=True,
            people=["hana.suzuki@orbitalis.example", "victor.reyes@orbitalis.example"],
            company="Orbitalis",
            role="Senior Backend Engineer",
        ),
    ],
)

# --- "Meet the team", company only, role in the description (en)
case(
    "google_meet_the_team",
    "Google Calendar invite (Meet)",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Berlin:20261216T153000",
                "DTEND;TZID=Europe/Berlin:20261216T163000",
                STAMP,
                org("chloe.dubois@saltmarsh.example", "Chloé Dubois"),
                "UID:3e4r5t6y7u8i9o0p1a2s@google.com",
                att("chloe.dubois@saltmarsh.example", "Chloé Dubois", part="ACCEPTED"),
                att("ivan.petrov@saltmarsh.example", "Ivan Petrov", part="ACCEPTED"),
                att(
                    "saltmarsh.example_team-gameplay@group.calendar.google.com",
                    "Gameplay Team",
                    part="ACCEPTED",
                ),
                me(),
                ("DESCRIPTION:Hi Maya\\, a relaxed hour with the people you would work with."),
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Meet the team – Saltmarsh Games",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "3e4r5t6y7u8i9o0p1a2s@google.com",
            "2026-12-16T14:30:00Z",
            "2026-12-16T15:30:00Z",
            interview=True,
            people=["chloe.dubois@saltmarsh.example", "ivan.petrov@saltmarsh.example"],
            company="Saltmarsh Games",
            role="",
        ),
    ],
)

# --- veto-looking words in company and role (de, failure class 1)
case(
    "veto_words_workshop_training",
    "Outlook 365 invite (Teams)",
    "Europe/Berlin",
    vcal(
        OUTLOOK,
        [
            [
                org("bewerbung@syncline-workshop.example", "Bewerbermanagement Syncline Workshop"),
                att("miriam.koch@syncline-workshop.example", "Koch, Miriam"),
                att(MAYA, "Maya Example"),
                "SUMMARY;LANGUAGE=de-DE:Syncline Workshop GmbH – Vorstellungsgespräch – Training Manager",
                "DTSTART;TZID=W. Europe Standard Time:20261208T150000",
                "DTEND;TZID=W. Europe Standard Time:20261208T160000",
                "UID:040000008200E00074C5B7101A82E0080000000088B9C0D1E2F3DB010000000000000000100000008888",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
            ]
        ],
        method="REQUEST",
        tz=W_EUROPE,
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000088B9C0D1E2F3DB010000000000000000100000008888",
            "2026-12-08T14:00:00Z",
            "2026-12-08T15:00:00Z",
            interview=True,
            people=["bewerbung@syncline-workshop.example", "miriam.koch@syncline-workshop.example"],
            company="Syncline Workshop GmbH",
            role="Training Manager",
        ),
    ],
)

# --- a three-day pairing series moved from the second day on (en, failure class 5)
_pair = [
    org("recruiting@brightforge.example", "Brightforge Recruiting"),
    att("tariq.aziz@brightforge.example", "Tariq Aziz", part="ACCEPTED"),
    me("ACCEPTED"),
    "UID:7u6y5t4r3e2w1q0p9o8i@google.com",
    "SUMMARY:Brightforge – Pairing interview (Senior Backend Engineer)",
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
]
case(
    "series_thisandfuture_pairing",
    "Google Calendar invite, series with a THISANDFUTURE override",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                *_pair,
                "DTSTART;TZID=Europe/Berlin:20261214T150000",
                "DTEND;TZID=Europe/Berlin:20261214T160000",
                "RRULE:FREQ=DAILY;COUNT=3",
                STAMP,
                "SEQUENCE:0",
            ],
            [
                *_pair,
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20261215T150000",
                "DTSTART;TZID=Europe/Berlin:20261215T163000",
                "DTEND;TZID=Europe/Berlin:20261215T173000",
                STAMP,
                "SEQUENCE:1",
            ],
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "7u6y5t4r3e2w1q0p9o8i@google.com",
            "2026-12-14T14:00:00Z",
            "2026-12-14T15:00:00Z",
            interview=True,
            rid="20261214T140000Z",
            people=["recruiting@brightforge.example", "tariq.aziz@brightforge.example"],
            company="Brightforge",
            role="Senior Backend Engineer",
        ),
        ev(
            "7u6y5t4r3e2w1q0p9o8i@google.com",
            "2026-12-15T15:30:00Z",
            "2026-12-15T16:30:00Z",
            interview=True,
            rid="20261215T140000Z",
            people=["recruiting@brightforge.example", "tariq.aziz@brightforge.example"],
            company="Brightforge",
            role="Senior Backend Engineer",
        ),
        ev(
            "7u6y5t4r3e2w1q0p9o8i@google.com",
            "2026-12-16T15:30:00Z",
            "2026-12-16T16:30:00Z",
            interview=True,
            rid="20261216T140000Z",
            people=["recruiting@brightforge.example", "tariq.aziz@brightforge.example"],
            company="Brightforge",
            role="Senior Backend Engineer",
        ),
    ],
)

# ===================== look-alikes and the user's everyday events =====================

# --- her own prep, research and thank-you to-dos (Google export of her calendar)
case(
    "own_prep_research_todos",
    "Google Calendar export (her own calendar)",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Berlin:20261201T120000",
                "DTEND;TZID=Europe/Berlin:20261201T130000",
                STAMP,
                "UID:8h7g6f5d4s3a2p1o0i9u@google.com",
                "CREATED:20261125T080000Z",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Prep: Northwind interview (QA Lead)",
                "TRANSP:OPAQUE",
            ],
            [
                "DTSTART;TZID=Europe/Berlin:20261202T090000",
                "DTEND;TZID=Europe/Berlin:20261202T100000",
                STAMP,
                "UID:6f5d4s3a2p1o0i9u8y7t@google.com",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Research Lantern Research before interview",
                "TRANSP:TRANSPARENT",
            ],
            [
                "DTSTART;VALUE=DATE:20261203",
                "DTEND;VALUE=DATE:20261204",
                STAMP,
                "UID:4s3a2p1o0i9u8y7t6r5e@google.com",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Send thank-you notes (Kranich\\, Northwind)",
                "TRANSP:TRANSPARENT",
            ],
        ],
        tz=BERLIN,
        extra="X-WR-CALNAME:Maya Example\nX-WR-TIMEZONE:Europe/Berlin",
    ),
    [
        ev(
            "8h7g6f5d4s3a2p1o0i9u@google.com",
            "2026-12-01T11:00:00Z",
            "2026-12-01T12:00:00Z",
            interview=False,
            people=[],
        ),
        ev(
            "6f5d4s3a2p1o0i9u8y7t@google.com",
            "2026-12-02T08:00:00Z",
            "2026-12-02T09:00:00Z",
            interview=False,
            people=[],
        ),
        ev(
            "4s3a2p1o0i9u8y7t6r5e@google.com",
            "2026-12-02T23:00:00Z",
            "2026-12-03T23:00:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- a friend runs a mock interview (freemail organiser)
case(
    "mock_interview_friend",
    "Google Calendar invite from a friend",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Berlin:20261206T110000",
                "DTEND;TZID=Europe/Berlin:20261206T120000",
                STAMP,
                org("sam.taylor.dev@gmail.com", "Sam Taylor"),
                "UID:5d6f7g8h9j0k1l2z3x4c@google.com",
                att("sam.taylor.dev@gmail.com", "Sam Taylor", part="ACCEPTED"),
                me("ACCEPTED"),
                "DESCRIPTION:Practice run before your Orbitalis loop. I'll play the interviewer.",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Mock interview (system design) w/ Sam",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "5d6f7g8h9j0k1l2z3x4c@google.com",
            "2026-12-06T10:00:00Z",
            "2026-12-06T11:00:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- a newsletter's webinar about interviewing (failure class 3)
case(
    "newsletter_webinar_interviews",
    "Newsletter webinar invite",
    "Europe/Berlin",
    vcal(
        "-//Livestorm//Event//EN",
        [
            [
                "UID:ls-evt-3391-webinar@livestorm.co",
                STAMP,
                "DTSTART:20261208T170000Z",
                "DTEND:20261208T180000Z",
                "SUMMARY:Webinar: How to nail your system design interview",
                org("events@news.devweekly.example", "Dev Weekly Events"),
                att(MAYA, "Maya Example"),
                (
                    "DESCRIPTION:Thanks for registering! Add this to your calendar. Unsubscribe from "
                    "Dev Weekly at any time."
                ),
                "LOCATION:https://app.livestorm.co/dev-weekly/system-design-interview",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "ls-evt-3391-webinar@livestorm.co",
            "2026-12-08T17:00:00Z",
            "2026-12-08T18:00:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- the user interviews a candidate for her own team (failure class 3)
case(
    "own_hiring_candidate_interview",
    "Google Calendar invite she sent",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Berlin:20261209T140000",
                "DTEND;TZID=Europe/Berlin:20261209T150000",
                STAMP,
                org(MAYA, "Maya Example"),
                "UID:9k8j7h6g5f4d3s2a1q0w@google.com",
                att(MAYA, "Maya Example", part="ACCEPTED"),
                att("alex.kim.design@gmail.com", "Alex Kim"),
                att("lea.wolf@example.org", "Lea Wolf", part="ACCEPTED"),
                "DESCRIPTION:Portfolio walkthrough with Alex (candidate\\, Junior Designer).",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Interview: Junior Designer candidate – Alex Kim",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "9k8j7h6g5f4d3s2a1q0w@google.com",
            "2026-12-09T13:00:00Z",
            "2026-12-09T14:00:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- customer research interviews at her current job
case(
    "user_research_interview",
    "Google Calendar invite from a colleague",
    "Europe/Berlin",
    vcal(
        GOOGLE,
        [
            [
                "DTSTART;TZID=Europe/Berlin:20261210T110000",
                "DTEND;TZID=Europe/Berlin:20261210T114500",
                STAMP,
                org("lea.wolf@example.org", "Lea Wolf"),
                "UID:0w9q8a7s6d5f4g3h2j1k@google.com",
                att("lea.wolf@example.org", "Lea Wolf", part="ACCEPTED"),
                me("ACCEPTED"),
                att("participant12@research-panel.example", "Participant 12"),
                "DESCRIPTION:Customer interview for the checkout redesign. Maya takes notes.",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Customer interview – checkout redesign (P12)",
                "TRANSP:OPAQUE",
            ]
        ],
        method="REQUEST",
        tz=BERLIN,
    ),
    [
        ev(
            "0w9q8a7s6d5f4g3h2j1k@google.com",
            "2026-12-10T10:00:00Z",
            "2026-12-10T10:45:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- an exit interview with HR at her current employer (Outlook)
case(
    "exit_interview_hr",
    "Outlook 365 invite",
    "Europe/Berlin",
    vcal(
        OUTLOOK,
        [
            [
                org("hr@example.org", "People Team"),
                att(MAYA, "Maya Example"),
                "SUMMARY;LANGUAGE=en-US:Exit interview – Maya Example",
                "DTSTART;TZID=W. Europe Standard Time:20261217T100000",
                "DTEND;TZID=W. Europe Standard Time:20261217T103000",
                "UID:040000008200E00074C5B7101A82E0080000000099C0D1E2F3A4DB010000000000000000100000009999",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
                "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            ]
        ],
        method="REQUEST",
        tz=W_EUROPE,
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E0080000000099C0D1E2F3A4DB010000000000000000100000009999",
            "2026-12-17T09:00:00Z",
            "2026-12-17T09:30:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- a podcast interviews her
case(
    "podcast_guest_interview",
    "Riverside invite for a podcast recording",
    "Europe/Berlin",
    vcal(
        "-//Riverside//Recording//EN",
        [
            [
                "UID:rs-rec-44f1a2@riverside.fm",
                STAMP,
                "DTSTART:20261211T160000Z",
                "DTEND:20261211T170000Z",
                "SUMMARY:Dev Voices podcast – interview with Maya Example",
                org("host@devvoices.example", "Dev Voices"),
                att(MAYA, "Maya Example"),
                "DESCRIPTION:Recording studio link: https://riverside.fm/studio/dev-voices",
                "SEQUENCE:0",
            ]
        ],
        method="REQUEST",
    ),
    [
        ev(
            "rs-rec-44f1a2@riverside.fm",
            "2026-12-11T16:00:00Z",
            "2026-12-11T17:00:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- a meetup talk about interviewing
case(
    "meetup_talk_interviews",
    "Meetup RSVP",
    "Europe/Berlin",
    vcal(
        "-//Meetup//RemoteApi//EN",
        [
            [
                "UID:event_311204557@meetup.com",
                STAMP,
                "DTSTART;TZID=Europe/Berlin:20261210T190000",
                "DTEND;TZID=Europe/Berlin:20261210T210000",
                "SUMMARY:Tech Interviews Demystified – Berlin Engineering Meetup",
                (
                    "DESCRIPTION:Berlin Engineering Meetup\\nTalks: what hiring managers look for\\, "
                    "live coding Q&A."
                ),
                "LOCATION:Factory Berlin (Rheinsberger Str. 76/77\\, Berlin)",
                "URL:https://www.meetup.com/berlin-engineering/events/311204557/",
                "STATUS:CONFIRMED",
                org("info@meetup.com", "Meetup"),
            ]
        ],
        tz=BERLIN,
    ),
    [
        ev(
            "event_311204557@meetup.com",
            "2026-12-10T18:00:00Z",
            "2026-12-10T20:00:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- a job fair and the train to it (iCloud: all-day and floating)
case(
    "job_fair_and_travel",
    "iCloud calendar export",
    "Europe/Berlin",
    vcal(
        "-//Apple Inc.//macOS 15.1//EN",
        [
            [
                "UID:0C7A1E4B-3F2D-4A9E-B6C5-8D1F2E3A4B5C",
                STAMP,
                "DTSTART;VALUE=DATE:20261212",
                "DTEND;VALUE=DATE:20261213",
                "SUMMARY:Karrieremesse Hamburg",
                "TRANSP:TRANSPARENT",
                "SEQUENCE:0",
            ],
            [
                "UID:9A8B7C6D-5E4F-4321-8765-A1B2C3D4E5F6",
                STAMP,
                "DTSTART:20261211T173000",
                "DTEND:20261211T200000",
                "SUMMARY:ICE 1007 Berlin Hbf → Hamburg Hbf",
                "LOCATION:Berlin Hbf",
                "TRANSP:OPAQUE",
                "SEQUENCE:0",
            ],
        ],
        extra="X-WR-CALNAME:Privat",
    ),
    [
        ev(
            "0C7A1E4B-3F2D-4A9E-B6C5-8D1F2E3A4B5C",
            "2026-12-11T23:00:00Z",
            "2026-12-12T23:00:00Z",
            interview=False,
            people=[],
        ),
        ev(
            "9A8B7C6D-5E4F-4321-8765-A1B2C3D4E5F6",
            "2026-12-11T16:30:00Z",
            "2026-12-11T19:00:00Z",
            interview=False,
            people=[],
        ),
    ],
)

# --- her weekly team sync: an EXDATE and a THISANDFUTURE move (Thunderbird, failure class 5)
_sync = [
    "UID:5e1c2a7b-team-sync-4f0d@example.org",
    "SUMMARY:Team sync (Payments)",
    org("lea.wolf@example.org", "Lea Wolf"),
    att(MAYA, "Maya Example", part="ACCEPTED"),
    att("jonas.brandt@example.org", "Jonas Brandt", part="ACCEPTED"),
]
case(
    "team_sync_exdate_thisandfuture",
    "Thunderbird calendar export",
    "Europe/Berlin",
    vcal(
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        [
            [
                *_sync,
                "DTSTART;TZID=Europe/Berlin:20261105T100000",
                "DTEND;TZID=Europe/Berlin:20261105T103000",
                "RRULE:FREQ=WEEKLY;BYDAY=TH",
                "EXDATE;TZID=Europe/Berlin:20261203T100000",
                STAMP,
                "SEQUENCE:0",
            ],
            [
                *_sync,
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20261210T100000",
                "DTSTART;TZID=Europe/Berlin:20261210T113000",
                "DTEND;TZID=Europe/Berlin:20261210T120000",
                STAMP,
                "SEQUENCE:1",
            ],
        ],
        tz=BERLIN,
    ),
    [
        ev(
            "5e1c2a7b-team-sync-4f0d@example.org",
            "2026-12-10T10:30:00Z",
            "2026-12-10T11:00:00Z",
            interview=False,
            rid="20261210T090000Z",
            people=[],
        ),
        ev(
            "5e1c2a7b-team-sync-4f0d@example.org",
            "2026-12-17T10:30:00Z",
            "2026-12-17T11:00:00Z",
            interview=False,
            rid="20261217T090000Z",
            people=[],
        ),
    ],
)

# --- her 1:1 series with one moved and one cancelled occurrence, and a performance review (Outlook)
_one = [
    "UID:040000008200E00074C5B7101A82E00800000000AAC0D1E2F3A4DB0100000000000000001000000011AA",
    org("jonas.brandt@example.org", "Brandt, Jonas"),
    att(MAYA, "Maya Example", part="ACCEPTED"),
    "SUMMARY;LANGUAGE=en-US:Maya / Jonas 1:1",
    "CLASS:PUBLIC",
    "PRIORITY:5",
    STAMP,
    "TRANSP:OPAQUE",
]
case(
    "one_on_one_series_and_review",
    "Outlook 365 export",
    "Europe/Berlin",
    vcal(
        OUTLOOK,
        [
            [
                *_one,
                "DTSTART;TZID=W. Europe Standard Time:20261103T090000",
                "DTEND;TZID=W. Europe Standard Time:20261103T093000",
                "RRULE:FREQ=WEEKLY;UNTIL=20261222T080000Z;INTERVAL=1;BYDAY=TU;WKST=MO",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ],
            [
                *_one,
                "RECURRENCE-ID;TZID=W. Europe Standard Time:20261208T090000",
                "DTSTART;TZID=W. Europe Standard Time:20261208T140000",
                "DTEND;TZID=W. Europe Standard Time:20261208T143000",
                "STATUS:CONFIRMED",
                "SEQUENCE:1",
            ],
            [
                *_one,
                "RECURRENCE-ID;TZID=W. Europe Standard Time:20261215T090000",
                "DTSTART;TZID=W. Europe Standard Time:20261215T090000",
                "DTEND;TZID=W. Europe Standard Time:20261215T093000",
                "STATUS:CANCELLED",
                "SEQUENCE:1",
            ],
            [
                "UID:040000008200E00074C5B7101A82E00800000000BBC0D1E2F3A4DB0100000000000000001000000022BB",
                org("jonas.brandt@example.org", "Brandt, Jonas"),
                att(MAYA, "Maya Example", part="ACCEPTED"),
                "SUMMARY;LANGUAGE=en-US:Performance review H2 – Maya",
                "CLASS:PUBLIC",
                "PRIORITY:5",
                STAMP,
                "DTSTART;TZID=W. Europe Standard Time:20261204T150000",
                "DTEND;TZID=W. Europe Standard Time:20261204T160000",
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED",
                "SEQUENCE:0",
            ],
        ],
        tz=W_EUROPE,
        extra="X-WR-CALNAME:Calendar",
    ),
    [
        ev(
            "040000008200E00074C5B7101A82E00800000000AAC0D1E2F3A4DB0100000000000000001000000011AA",
            "2026-12-01T08:00:00Z",
            "2026-12-01T08:30:00Z",
            interview=False,
            rid="20261201T080000Z",
            people=[],
        ),
        ev(
            "040000008200E00074C5B7101A82E00800000000AAC0D1E2F3A4DB0100000000000000001000000011AA",
            "2026-12-08T13:00:00Z",
            "2026-12-08T13:30:00Z",
            interview=False,
            rid="20261208T080000Z",
            people=[],
        ),
        ev(
            "040000008200E00074C5B7101A82E00800000000AAC0D1E2F3A4DB0100000000000000001000000011AA",
            "2026-12-15T08:00:00Z",
            "2026-12-15T08:30:00Z",
            interview=False,
            cancelled=True,
            rid="20261215T080000Z",
            people=[],
        ),
        ev(
            "040000008200E00074C5B7101A82E00800000000BBC0D1E2F3A4DB0100000000000000001000000022BB",
            "2026-12-04T14:00:00Z",
            "2026-12-04T15:00:00Z",
            interview=False,
            people=[],
        ),
    ],
)


def main() -> None:
    for name, source, tz, window, texts, events in CASES:
        body = "\n".join(texts)
        lines = [fold(line) for line in body.split("\n")]
        (HERE / f"{name}.ics").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
        expected = {
            "source": source,
            "user_addresses": [MAYA],
            "user_timezone": tz,
            "window": window,
            "events": events,
        }
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
