"""The eval17 replies, part 4: more languages and clients (Turkish, Czech, Norwegian, Finnish, Ukrainian, Notes)."""

from __future__ import annotations

from eval17_cases import gtq

MORE: list[dict] = []

# 46: Gmail web (Turkish), date-after-name attribution, ISO-8859-9.
MORE.append(
    {
        "name": "gmail_web_tr",
        "client": "Gmail web",
        "language": "tr",
        "date": "2026-12-09",
        "shape": "top-posted numbered, Turkish 'tarihinde şunu yazdı:' attribution and > quotes",
        "company": "Boğaziçi Yazılım",
        "role": "Mobil geliştirici",
        "with": "Ayşe Yılmaz",
        "ended": "14:00",
        "token": "b8tr3kwn",
        "charset": "iso-8859-9",
        "cte": "quoted-printable",
        "text": """1. 7/10
3. Teknik soruda biraz takıldım, daha sakin düşünmeliydim.
8. Aylık net 90.000 TL
11. Evet
12. gelecek hafta

Maya

followupd <maya@example.org>, 9 Ara 2026 Çar, 18:03 tarihinde şunu yazdı:

@QUOTED@
""",
        "answers": {
            "rating": ("7/10", 7),
            "went_badly": ("Teknik soruda biraz takıldım, daha sakin düşünmeliydim.", None),
            "money": ("Aylık net 90.000 TL", [("90000", "TRY", "month")]),
            "want_job": ("Evet", "yes"),
            "hear_back": ("gelecek hafta", "2026-12-18"),
        },
        "forbidden": ["şunu yazdı"],
    }
)

# 47: eM Client (Czech), "Původní zpráva" separator block.
MORE.append(
    {
        "name": "emclient_cs_puvodni_zprava",
        "client": "eM Client",
        "language": "cs",
        "date": "2026-12-08",
        "shape": "top-posted numbered above eM Client's '------ Původní zpráva ------' block",
        "company": "Vltava Systems s.r.o.",
        "role": "DevOps inženýrka",
        "with": "Petr Novák",
        "ended": "10:00",
        "token": "c5vz8mtq",
        "charset": "iso-8859-2",
        "cte": "quoted-printable",
        "crlf": True,
        "text": """1. 8 z 10
4. S Petrem jsme si hned sedli, působí férově.
8. 75 000 Kč měsíčně
11. Ano
12. do pátku

S pozdravem
Maya

------ Původní zpráva ------
Od: "followupd" <maya@example.org>
Komu: "Maya Example" <maya@example.org>
Odesláno: 8.12.2026 18:10:22
Předmět: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("8 z 10", 8),
            "rapport": ("S Petrem jsme si hned sedli, působí férově.", None),
            "money": ("75 000 Kč měsíčně", [("75000", "CZK", "month")]),
            "want_job": ("Ano", "yes"),
            "hear_back": ("do pátku", "2026-12-11"),
        },
        "forbidden": ["S pozdravem", "Původní zpráva", "Odesláno:"],
    }
)

# 48: Outlook web (Norwegian Bokmål), Fra/Sendt block after an underscore line.
MORE.append(
    {
        "name": "outlook_web_nb_sendt",
        "client": "Outlook web",
        "language": "no",
        "date": "2026-12-14",
        "shape": "top-posted numbered, 'Mvh' sign-off, underscore line and Fra/Sendt/Til/Emne block",
        "company": "Fjordkraft Data AS",
        "role": "Dataingeniør",
        "with": "Ola Nordmann",
        "ended": "13:00",
        "token": "n4fk7dwx",
        "cte": "quoted-printable",
        "text": """1. 7 av 10
2. Caseoppgaven gikk bra, jeg fikk vist hvordan jeg tenker.
8. 750 000 kroner i året
11. Ja
12. innen fredag

Mvh
Maya

________________________________
Fra: followupd <maya@example.org>
Sendt: mandag 14. desember 2026 18:02
Til: Maya Example <maya@example.org>
Emne: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("7 av 10", 7),
            "went_well": ("Caseoppgaven gikk bra, jeg fikk vist hvordan jeg tenker.", None),
            "money": ("750 000 kroner i året", [("750000", "NOK", "year")]),
            "want_job": ("Ja", "yes"),
            "hear_back": ("innen fredag", "2026-12-18"),
        },
        "forbidden": ["Mvh", "Emne:"],
    }
)

# 49: HCL Notes, a contractor's hourly rate, sign-off with title and a disclaimer, Notes' tabbed header block.
MORE.append(
    {
        "name": "notes_hourly_rate",
        "client": "HCL Notes",
        "language": "en",
        "date": "2026-11-30",
        "shape": "top-posted numbered, 'Regards,' sign-off with title/phone/disclaimer, Notes From/To/Date block",
        "company": "Lamna Healthcare",
        "role": "Program Manager (contract)",
        "with": "Jane Doe",
        "ended": "11:00",
        "token": "l9hn2xcr",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "crlf": True,
        "text": """1. seven out of ten
2. My delivery plan for the EHR migration landed well.
8. $95 an hour on a six-month contract
12. Tuesday (Dec 1)

Regards,

Maya Example
Contract Program Manager
Mobile: +1 555 0142

This e-mail may contain privileged information. If you are not the intended recipient,
you must not use, copy or disclose it; please tell the sender and delete it.



From:\tfollowupd <maya@example.org>
To:\tMaya Example <maya@example.org>
Date:\t30/11/2026 18:04
Subject:\t@SUBJECT@



@DEBRIEF@
""",
        "answers": {
            "rating": ("seven out of ten", 7),
            "went_well": ("My delivery plan for the EHR migration landed well.", None),
            "money": ("$95 an hour on a six-month contract", [("95", "USD", "hour")]),
            "hear_back": ("Tuesday (Dec 1)", "2026-12-01"),
        },
        "forbidden": ["Regards,", "Contract Program Manager", "privileged information"],
    }
)

# 50: Tuta (European Portuguese), Tuta's date-first attribution and > quotes.
MORE.append(
    {
        "name": "tuta_pt_pt",
        "client": "Tuta",
        "language": "pt",
        "date": "2026-12-15",
        "shape": "top-posted numbered, Tuta date-first attribution and > quotes",
        "company": "Tejo Seguros",
        "role": "Gestora de produto",
        "with": "João Silva",
        "ended": "15:30",
        "token": "t7pq3wzm",
        "text": """1. Nota 8
5. Gosto muito: produto digital, equipa pequena, decisões rápidas.
8. 2.800 € líquidos por mês
11. Sim
12. até sexta-feira

Cumprimentos,
Maya

15 de dez. de 2026, 18:00 de maya@example.org:

@QUOTED@
""",
        "answers": {
            "rating": ("Nota 8", 8),
            "role": ("Gosto muito: produto digital, equipa pequena, decisões rápidas.", None),
            "money": ("2.800 € líquidos por mês", [("2800", "EUR", "month")]),
            "want_job": ("Sim", "yes"),
            "hear_back": ("até sexta-feira", "2026-12-18"),
        },
        "forbidden": ["Cumprimentos"],
    }
)

# 51: Outlook desktop (Finnish UI), Lähettäjä/Lähetetty block, Finnish sign-off block.
MORE.append(
    {
        "name": "outlook_fi_lahettaja",
        "client": "Outlook desktop (Windows)",
        "language": "fi",
        "date": "2026-12-07",
        "shape": "top-posted numbered, sign-off with title and phone, unquoted Lähettäjä/Lähetetty/Vastaanottaja/Aihe",
        "company": "Revontuli Oy",
        "role": "Ohjelmistokehittäjä",
        "with": "Mikko Virtanen",
        "ended": "12:00",
        "token": "f3rk8vnd",
        "charset": "iso-8859-15",
        "cte": "8bit",
        "crlf": True,
        "text": """1. 8/10
5. Rooli on juuri sitä mitä haen: backend ja vähän arkkitehtuuria.
11. Kyllä
12. perjantaihin mennessä

Ystävällisin terveisin
Maya Example
Ohjelmistokehittäjä, Esimerkki Oy
+358 40 555 1234

Lähettäjä: followupd <maya@example.org>
Lähetetty: maanantai 7. joulukuuta 2026 18.02
Vastaanottaja: Maya Example <maya@example.org>
Aihe: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("8/10", 8),
            "role": ("Rooli on juuri sitä mitä haen: backend ja vähän arkkitehtuuria.", None),
            "want_job": ("Kyllä", "yes"),
            "hear_back": ("perjantaihin mennessä", "2026-12-11"),
        },
        "forbidden": ["Ystävällisin terveisin", "Esimerkki Oy", "Lähetetty:"],
    }
)

# 52: Yandex Mail (Ukrainian), mobile footer and date-first attribution.
MORE.append(
    {
        "name": "yandex_uk",
        "client": "Yandex Mail",
        "language": "uk",
        "date": "2026-12-10",
        "shape": "top-posted numbered, Ukrainian mobile footer, date-first attribution and > quotes",
        "company": "Дніпро Фінанс",
        "role": "Бізнес-аналітик",
        "with": "Олена Шевченко",
        "ended": "16:00",
        "token": "y6uk2rmb",
        "cte": "base64",
        "text": """1. 7 з 10
3. Питання про моделювання процесів — відповіла надто загально.
11. Так
12. наступного тижня

--
Надіслано з мобільної Яндекс Пошти

10.12.2026, 18:05, "followupd" <maya@example.org>:

@QUOTED@
""",
        "answers": {
            "rating": ("7 з 10", 7),
            "went_badly": ("Питання про моделювання процесів — відповіла надто загально.", None),
            "want_job": ("Так", "yes"),
            "hear_back": ("наступного тижня", "2026-12-18"),
        },
        "forbidden": ["Надіслано з мобільної"],
    }
)

# 53: Evolution, inline under > quotes with the unanswered questions deleted; the last answer is "Yes".
MORE.append(
    {
        "name": "evolution_inline_trimmed",
        "client": "Evolution",
        "language": "en",
        "date": "2026-11-27",
        "shape": "inline under >-quoted questions, unanswered ones deleted, short last answer 'Yes'",
        "company": "Datum Corporation",
        "role": "Database Administrator",
        "with": "Raj Patel",
        "ended": "10:00",
        "token": "e2dv9kpz",
        "charset": "utf-8",
        "cte": "8bit",
        "text": "On Fri, 2026-11-27 at 18:00 +0100, followupd wrote:\n"
        + gtq(1)
        + "\n\n6\n\n"
        + gtq(3)
        + "\n\nPostgres replication questions. I need to read up on logical replication.\n\n"
        + gtq(11)
        + "\n\nYes\n",
        "answers": {
            "rating": ("6", 6),
            "went_badly": ("Postgres replication questions. I need to read up on logical replication.", None),
            "want_job": ("Yes", "yes"),
        },
        "forbidden": ["followupd wrote"],
    }
)

# 54: Claws Mail, "1)" numbering, hourly rate in euros, "the week of November 30".
MORE.append(
    {
        "name": "claws_week_of",
        "client": "Claws Mail",
        "language": "en",
        "date": "2026-11-18",
        "shape": "top-posted '1)' numbering, Claws attribution wrapped over two lines, > quotes",
        "company": "Graphic Design Institute",
        "role": "Frontend Contractor",
        "with": "Jane Doe",
        "ended": "15:00",
        "token": "w5cm8hqt",
        "charset": "iso-8859-15",
        "cte": "quoted-printable",
        "headers": ["X-Mailer: Claws Mail 4.2.0 (GTK 3.24.38; x86_64-pc-linux-gnu)"],
        "text": """1) 6
2) The accessibility audit walkthrough.
8) 60 EUR per hour was mentioned, nothing in writing
12) the week of November 30

Maya

On Wed, 18 Nov 2026 18:00:00 +0100
followupd <maya@example.org> wrote:

@QUOTED@
""",
        "answers": {
            "rating": ("6", 6),
            "went_well": ("The accessibility audit walkthrough.", None),
            "money": ("60 EUR per hour was mentioned, nothing in writing", [("60", "EUR", "hour")]),
            "hear_back": ("the week of November 30", "2026-12-04"),
        },
        "forbidden": ["wrote:"],
    }
)
