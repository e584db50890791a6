"""The eval17 replies, part 1: issue 9's failure-class shapes (localized history blocks, HTML-only, sign-offs)."""

from __future__ import annotations

QUESTIONS = (
    "How did it go? Rate your overall performance from 0 to 10.",
    "What went well? Where were you strongest?",
    "What didn't go so well? What would you answer differently next time?",
    "How did you get on with the interviewer(s)? Could you see yourself working with them?",
    "What do you like about the role? How close is it to what you want?",
    "What do you like about the company?",
    "What reservations do you have, and how could they be resolved?",
    "What money was discussed?",
    "How does this opportunity compare with your current job?",
    "How does it compare with your other opportunities?",
    "Now that you have seen what they offer: do you want this job? (yes / no / not sure)",
    "When did they say you would hear back?",
)


def gtq(number: int) -> str:
    """A question as it stands in a ">"-quoted debrief."""
    return f"> {number}. {QUESTIONS[number - 1]}"


def uq(number: int) -> str:
    """A question as it stands in unquoted history."""
    return f"{number}. {QUESTIONS[number - 1]}"


DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
    "addressee and may contain confidential information. If you have received it in error,\n"
    "please notify the sender and delete it. Thank you."
)

CASES: list[dict] = []

# 1: Outlook desktop (Windows), German, Von/Gesendet block, numbered answers and a German sign-off block.
CASES.append(
    {
        "name": "outlook_win_de_block",
        "client": "Outlook desktop (Windows)",
        "language": "de",
        "date": "2026-11-03",
        "shape": "top-posted numbered above an unquoted Von/Gesendet/An/Betreff block, sign-off without -- ",
        "company": "Kranich Logistik GmbH",
        "role": "Datenanalystin",
        "with": "Jana Dorn",
        "ended": "16:30",
        "token": "k7dm3qpa",
        "headers": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"],
        "charset": "iso-8859-15",
        "cte": "quoted-printable",
        "crlf": True,
        "text": """1. 7 von 10, eigentlich ganz ordentlich
2. Die SQL-Aufgabe und die Fragen zu Dashboards liefen sehr gut.
3. Bei der Frage nach Statistik (A/B-Tests) war ich zu unsicher.
4. Frau Dorn war sehr freundlich, mit ihr könnte ich gut arbeiten.
8. 65.000 € im Jahr, plus Jobticket
11. Ja
12. bis Freitag nächster Woche

Viele Grüße
Maya Example
Senior Data Analyst
Tel. +49 30 5550 1234
www.maya.example

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.

Von: followupd <maya@example.org>
Gesendet: Dienstag, 3. November 2026 18:02
An: Maya Example <maya@example.org>
Betreff: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("7 von 10, eigentlich ganz ordentlich", 7),
            "went_well": ("Die SQL-Aufgabe und die Fragen zu Dashboards liefen sehr gut.", None),
            "went_badly": ("Bei der Frage nach Statistik (A/B-Tests) war ich zu unsicher.", None),
            "rapport": ("Frau Dorn war sehr freundlich, mit ihr könnte ich gut arbeiten.", None),
            "money": ("65.000 € im Jahr, plus Jobticket", [("65000", "EUR", "year")]),
            "want_job": ("Ja", "yes"),
            "hear_back": ("bis Freitag nächster Woche", "2026-11-13"),
        },
        "forbidden": [
            "Viele Grüße",
            "Senior Data Analyst",
            "vertrauliche Informationen",
            "Betreff:",
            "Gesendet:",
        ],
    }
)

# 2: Outlook desktop with a French UI, English answers "1 -", De / Envoyé block, short last answer.
CASES.append(
    {
        "name": "outlook_fr_ui_english_answers",
        "client": "Outlook desktop (Windows)",
        "language": "en",
        "date": "2026-11-04",
        "shape": "top-posted '1 -' numbering above an unquoted French De/Envoyé/À/Objet block",
        "company": "Lumen Analytique",
        "role": "Product Manager",
        "with": "Claire Martin",
        "ended": "15:00",
        "token": "p2xw8hne",
        "headers": ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr-FR"],
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "crlf": True,
        "text": """Hi,

1 - 8/10
2 - The roadmap exercise – I had a clear story about prioritising.
5 - It\u2019s very close to what I want: B2B, small team, real ownership.
9 - Better scope than my current job, similar pay.
11 - Yes

Maya

________________________________
De : followupd <maya@example.org>
Envoyé : mercredi 4 novembre 2026 19:01
À : Maya Example <maya@example.org>
Objet : @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("8/10", 8),
            "went_well": ("The roadmap exercise – I had a clear story about prioritising.", None),
            "role": ("It\u2019s very close to what I want: B2B, small team, real ownership.", None),
            "vs_current": ("Better scope than my current job, similar pay.", None),
            "want_job": ("Yes", "yes"),
        },
        "forbidden": ["Objet :", "Envoyé :", "use the form"],
    }
)

# 3: Outlook web (Spanish UI), Spanish answers "1)", underscore line, De/Enviado el/Para/Asunto.
CASES.append(
    {
        "name": "outlook_web_es_enviado_el",
        "client": "Outlook web",
        "language": "es",
        "date": "2026-11-05",
        "shape": "top-posted '1)' numbering above an underscore line and De/Enviado el/Para/Asunto block",
        "company": "Ibérica Pagos",
        "role": "Ingeniera de backend",
        "with": "Javier Ruiz",
        "ended": "12:30",
        "token": "r4ns9tkb",
        "charset": "utf-8",
        "cte": "base64",
        "text": """1) Un 6, regular tirando a bien.
3) La parte de diseño de sistemas: me faltó hablar de colas y reintentos.
8) 3.500 € brutos al mes
11) No lo tengo claro todavía
12) el próximo lunes

Un saludo,
Maya

________________________________
De: followupd <maya@example.org>
Enviado el: jueves, 5 de noviembre de 2026 19:04
Para: Maya Example <maya@example.org>
Asunto: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("Un 6, regular tirando a bien.", 6),
            "went_badly": ("La parte de diseño de sistemas: me faltó hablar de colas y reintentos.", None),
            "money": ("3.500 € brutos al mes", [("3500", "EUR", "month")]),
            "want_job": ("No lo tengo claro todavía", "unsure"),
            "hear_back": ("el próximo lunes", "2026-11-09"),
        },
        "forbidden": ["Un saludo", "Enviado el:", "Asunto:"],
    }
)

# 4: Outlook desktop (Dutch UI), Dutch answers "1." with blank lines, Van/Verzonden block.
CASES.append(
    {
        "name": "outlook_nl_verzonden",
        "client": "Outlook desktop (Windows)",
        "language": "nl",
        "date": "2026-11-06",
        "shape": "top-posted numbered, split by blank lines, above an unquoted Van/Verzonden/Aan/Onderwerp block",
        "company": "Polder Energie B.V.",
        "role": "Scrum Master",
        "with": "Pieter de Vries",
        "ended": "11:00",
        "token": "v8cq2mhs",
        "charset": "iso-8859-15",
        "cte": "8bit",
        "crlf": True,
        "text": """1. Een 8, ik was goed voorbereid.

2. Het gesprek over teamdynamiek en retrospectives.

4. Pieter was open en stelde goede vragen. Ja, met hem zou ik graag werken.

7. Ze werken deels op locatie in Almere; dat is ver reizen. Vragen of twee dagen kantoor genoeg is.

12. binnen twee weken

Met vriendelijke groet,

Maya Example
Agile coach | Maya Example Consultancy
M +31 6 5550 1234

Van: followupd <maya@example.org>
Verzonden: vrijdag 6 november 2026 18:02
Aan: Maya Example <maya@example.org>
Onderwerp: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("Een 8, ik was goed voorbereid.", 8),
            "went_well": ("Het gesprek over teamdynamiek en retrospectives.", None),
            "rapport": ("Pieter was open en stelde goede vragen. Ja, met hem zou ik graag werken.", None),
            "reservations": (
                "Ze werken deels op locatie in Almere; dat is ver reizen. Vragen of twee dagen kantoor genoeg is.",
                None,
            ),
            "hear_back": ("binnen twee weken", "2026-11-20"),
        },
        "forbidden": ["Met vriendelijke groet", "Agile coach", "Verzonden:", "Onderwerp:"],
    }
)

# 5: Outlook desktop (Chinese UI), Chinese answers "1、", 发件人/发送时间 block, GB18030.
CASES.append(
    {
        "name": "outlook_zh_fajianren",
        "client": "Outlook desktop (Windows)",
        "language": "zh",
        "date": "2026-11-09",
        "shape": "top-posted '1、' numbering above an unquoted 发件人/发送时间/收件人/主题 block",
        "company": "星河科技",
        "role": "前端工程师",
        "with": "王磊",
        "ended": "15:30",
        "token": "z3hk7pwd",
        "charset": "gb18030",
        "cte": "base64",
        "text": """1、7分吧，整体还可以。
2、React 性能优化那部分答得很好。
3、算法题有点慢，下次要先讲思路再写代码。
8、月薪 35000 元
11、想去
12、下周三

谢谢
Maya

发件人: followupd <maya@example.org>
发送时间: 2026年11月9日 18:05
收件人: Maya Example <maya@example.org>
主题: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("7分吧，整体还可以。", 7),
            "went_well": ("React 性能优化那部分答得很好。", None),
            "went_badly": ("算法题有点慢，下次要先讲思路再写代码。", None),
            "money": ("月薪 35000 元", [("35000", "CNY", "month")]),
            "want_job": ("想去", "yes"),
            "hear_back": ("下周三", "2026-11-18"),
        },
        "forbidden": ["发送时间", "主题:"],
    }
)

# 6: Outlook for Mac (Swedish UI), Swedish answers, Från/Skickat block wrapped with a long subject.
CASES.append(
    {
        "name": "outlook_mac_sv_skickat",
        "client": "Outlook for Mac",
        "language": "sv",
        "date": "2026-11-10",
        "shape": "top-posted numbered above an unquoted Från/Skickat/Till/Ämne block, sign-off with title",
        "company": "Norrsken Bank AB",
        "role": "UX-designer",
        "with": "Erik Lund och Sara Berg",
        "ended": "14:00",
        "token": "s5fj2nxc",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": """1. 7/10
2. Portfolion, särskilt case:t om onboarding.
4. Bra kemi med Sara, Erik var svårare att läsa av.
8. 48 000 kr i månaden
11. Ja
12. nästa vecka

Med vänliga hälsningar
Maya Example
Senior UX Designer
+46 70 555 12 34

Från: followupd <maya@example.org>
Skickat: tisdag, 10 november 2026 18:00
Till: Maya Example <maya@example.org>
Ämne: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("7/10", 7),
            "went_well": ("Portfolion, särskilt case:t om onboarding.", None),
            "rapport": ("Bra kemi med Sara, Erik var svårare att läsa av.", None),
            "money": ("48 000 kr i månaden", [("48000", "SEK", "month")]),
            "want_job": ("Ja", "yes"),
            "hear_back": ("nästa vecka", "2026-11-20"),
        },
        "forbidden": ["Med vänliga hälsningar", "Senior UX Designer", "Skickat:"],
    }
)

# 7: Outlook desktop (Polish UI), Polish answers "1 )", Od/Wysłano block, ISO-8859-2.
CASES.append(
    {
        "name": "outlook_pl_wyslano",
        "client": "Outlook desktop (Windows)",
        "language": "pl",
        "date": "2026-11-11",
        "shape": "top-posted '1 )' numbering above an unquoted Od/Wysłano/Do/Temat block",
        "company": "Wisła Software",
        "role": "Tester automatyzujący",
        "with": "Tomasz Nowak",
        "ended": "10:00",
        "token": "w9pb4rty",
        "charset": "iso-8859-2",
        "cte": "quoted-printable",
        "crlf": True,
        "text": """1 ) 8/10
3 ) Pytanie o Playwright vs Selenium - odpowiedziałam zbyt ogólnie.
8 ) 15 000 zł brutto miesięcznie
11 ) Jeszcze nie wiem
12 ) do piątku

Pozdrawiam
Maya

Od: followupd <maya@example.org>
Wysłano: środa, 11 listopada 2026 18:03
Do: Maya Example <maya@example.org>
Temat: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("8/10", 8),
            "went_badly": ("Pytanie o Playwright vs Selenium - odpowiedziałam zbyt ogólnie.", None),
            "money": ("15 000 zł brutto miesięcznie", [("15000", "PLN", "month")]),
            "want_job": ("Jeszcze nie wiem", "unsure"),
            "hear_back": ("do piątku", "2026-11-13"),
        },
        "forbidden": ["Pozdrawiam", "Wysłano:", "Temat:"],
    }
)

# 8: Outlook iOS (Italian UI), Italian answers, Da/Inviato block, Outlook for iOS footer.
CASES.append(
    {
        "name": "outlook_ios_it_inviato",
        "client": "Outlook iOS",
        "language": "it",
        "date": "2026-11-12",
        "shape": "top-posted numbered, mobile footer, underscore line and Da/Inviato/A/Oggetto block",
        "company": "Ferro Design Srl",
        "role": "Art director",
        "with": "Giulia Conti",
        "ended": "17:00",
        "token": "i6mt3gzq",
        "text": """1. Sette su dieci
6. Fanno progetti belli per clienti culturali, mi piace molto.
8. 45.000 euro lordi all'anno
11. Sì
12. entro fine mese

Scarica Outlook per iOS<https://aka.ms/o0ukef>
________________________________
Da: followupd <maya@example.org>
Inviato: giovedì, novembre 12, 2026 7:04 PM
A: Maya Example <maya@example.org>
Oggetto: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("Sette su dieci", 7),
            "company": ("Fanno progetti belli per clienti culturali, mi piace molto.", None),
            "money": ("45.000 euro lordi all'anno", [("45000", "EUR", "year")]),
            "want_job": ("Sì", "yes"),
            "hear_back": ("entro fine mese", "2026-11-30"),
        },
        "forbidden": ["Scarica Outlook", "Inviato:", "Oggetto:"],
    }
)

# 9: Outlook Android (Brazilian Portuguese), answers, mobile footer, De/Enviado block.
CASES.append(
    {
        "name": "outlook_android_ptbr",
        "client": "Outlook Android",
        "language": "pt",
        "date": "2026-11-13",
        "shape": "top-posted numbered, 'Obter o Outlook para Android' footer, De/Enviado/Para/Assunto block",
        "company": "Cacau Pagamentos",
        "role": "Analista de dados",
        "with": "Ana Souza",
        "ended": "16:00",
        "token": "b2rq5ycn",
        "cte": "quoted-printable",
        "text": """1. Nota 9, foi ótima!
4. A Ana é muito simpática, me senti à vontade.
8. R$ 18.000 por mês
11. Sim, quero muito
12. semana que vem

Obter o Outlook para Android<https://aka.ms/AAb9ysg>
________________________________
De: followupd <maya@example.org>
Enviado: Friday, November 13, 2026 7:02:11 PM
Para: Maya Example <maya@example.org>
Assunto: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("Nota 9, foi ótima!", 9),
            "rapport": ("A Ana é muito simpática, me senti à vontade.", None),
            "money": ("R$ 18.000 por mês", [("18000", "BRL", "month")]),
            "want_job": ("Sim, quero muito", "yes"),
            "hear_back": ("semana que vem", "2026-11-20"),
        },
        "forbidden": ["Obter o Outlook", "Assunto:"],
    }
)

# 10: Outlook iOS with a German UI, English partial answers; the last answer is a short "Yes".
CASES.append(
    {
        "name": "outlook_ios_de_ui_short_last",
        "client": "Outlook iOS",
        "language": "en",
        "date": "2026-11-16",
        "shape": "partial top-posted numbered (1, 5, 11), last answer 'Yes', German footer and Von/Gesendet block",
        "company": "Brightline Robotics",
        "role": "Firmware Engineer",
        "with": "Raj Patel",
        "ended": "13:00",
        "token": "e4tn8kcx",
        "text": """1. 9/10 \U0001f642
5. Embedded Rust on real hardware, exactly what I have been looking for.
11. Yes

Outlook für iOS beziehen<https://aka.ms/o0ukef>
________________________________
Von: followupd <maya@example.org>
Gesendet: Monday, November 16, 2026 6:01:40 PM
An: Maya Example <maya@example.org>
Betreff: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("9/10 \U0001f642", 9),
            "role": ("Embedded Rust on real hardware, exactly what I have been looking for.", None),
            "want_job": ("Yes", "yes"),
        },
        "forbidden": ["Outlook für iOS", "Betreff:"],
    }
)

# 11: BlackBerry Hub: answers above "Original Message" with its From/Sent/To/Subject block.
CASES.append(
    {
        "name": "blackberry_original_message",
        "client": "BlackBerry Hub",
        "language": "en",
        "date": "2026-11-17",
        "shape": "top-posted numbered, BlackBerry footer, 'Original Message' separator and header block",
        "company": "Harbor Freightways",
        "role": "Operations Manager",
        "with": "Jane Doe",
        "ended": "11:30",
        "token": "h7kx2vbp",
        "cte": "7bit",
        "charset": "us-ascii",
        "crlf": True,
        "text": """1. 6 out of 10
3. Too long on the warehouse story, ran out of time for questions
7. Night shifts once a month. Need to ask whether that is negotiable.
12. next Tuesday

Sent from my BlackBerry 10 smartphone.
  Original Message
From: followupd
Sent: Tuesday, November 17, 2026 18:00
To: Maya Example
Subject: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("6 out of 10", 6),
            "went_badly": ("Too long on the warehouse story, ran out of time for questions", None),
            "reservations": ("Night shifts once a month. Need to ask whether that is negotiable.", None),
            "hear_back": ("next Tuesday", "2026-11-24"),
        },
        "forbidden": ["Sent from my BlackBerry", "Original Message"],
    }
)

# 12: GMX (German): answers above GMX's "Gesendet: ... Uhr / Von / An / Betreff" block.
CASES.append(
    {
        "name": "gmx_gesendet_block",
        "client": "GMX",
        "language": "de",
        "date": "2026-11-18",
        "shape": "top-posted 'Frage 1:' style numbering above GMX's Gesendet/Von/An/Betreff block",
        "company": "Alpenblick Versicherung AG",
        "role": "Business Analyst",
        "with": "Markus Weber",
        "ended": "14:30",
        "token": "g3wz9fqm",
        "charset": "iso-8859-15",
        "cte": "quoted-printable",
        "text": """Frage 1: acht von zehn
Frage 2: Die Prozessmodellierung mit BPMN, da war ich sicher.
Frage 8: 70.000 Euro brutto pro Jahr
Frage 11: Ja, auf jeden Fall
Frage 12: in zwei Wochen

LG Maya

Gesendet: Mittwoch, 18. November 2026 um 18:04 Uhr
Von: "followupd" <maya@example.org>
An: "Maya Example" <maya@example.org>
Betreff: @SUBJECT@
@DEBRIEF@
""",
        "answers": {
            "rating": ("acht von zehn", 8),
            "went_well": ("Die Prozessmodellierung mit BPMN, da war ich sicher.", None),
            "money": ("70.000 Euro brutto pro Jahr", [("70000", "EUR", "year")]),
            "want_job": ("Ja, auf jeden Fall", "yes"),
            "hear_back": ("in zwei Wochen", "2026-12-02"),
        },
        "forbidden": ["LG Maya", "Betreff:"],
    }
)

# 13: Samsung Email (French): "Message d'origine" separator and French Galaxy footer.
CASES.append(
    {
        "name": "samsung_fr_message_origine",
        "client": "Samsung Email",
        "language": "fr",
        "date": "2026-11-19",
        "shape": "top-posted '1/' numbering, 'Envoyé depuis mon appareil Galaxy', 'Message d'origine' block",
        "company": "Boulangeries Lefèvre",
        "role": "Responsable marketing",
        "with": "Sophie Bernard",
        "ended": "10:30",
        "token": "f8mc4xwa",
        "charset": "utf-8",
        "cte": "base64",
        "text": """1/ 6 sur 10
2/ La présentation de ma campagne précédente a plu.
3/ Je n'avais pas assez préparé les chiffres du marché.
12/ lundi prochain



Envoyé depuis mon appareil Galaxy


-------- Message d'origine --------
De : followupd <maya@example.org>
Date : 19/11/2026 18:06 (GMT+01:00)
À : Maya Example <maya@example.org>
Objet : @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("6 sur 10", 6),
            "went_well": ("La présentation de ma campagne précédente a plu.", None),
            "went_badly": ("Je n'avais pas assez préparé les chiffres du marché.", None),
            "hear_back": ("lundi prochain", "2026-11-23"),
        },
        "forbidden": ["appareil Galaxy", "Message d'origine"],
    }
)

# 14: Samsung Email (Spanish): "Mensaje original" separator, Spanish answers "1.-".
CASES.append(
    {
        "name": "samsung_es_mensaje_original",
        "client": "Samsung Email",
        "language": "es",
        "date": "2026-11-20",
        "shape": "top-posted '1.-' numbering, Samsung footer, 'Mensaje original' separator",
        "company": "Vinos del Sur",
        "role": "Jefa de ventas",
        "with": "Lucía Fernández",
        "ended": "13:00",
        "token": "m5ph7dtk",
        "charset": "iso-8859-1",
        "cte": "8bit",
        "text": """1.- 7 de 10
4.- Lucía muy cercana, el director comercial más frío.
8.- 42.000 euros al año más variable
11.- Sí
12.- a finales de la semana que viene

Enviado desde mi Samsung Galaxy

-------- Mensaje original --------
De: followupd <maya@example.org>
Fecha: 20/11/26 18:01 (GMT+01:00)
Para: Maya Example <maya@example.org>
Asunto: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("7 de 10", 7),
            "rapport": ("Lucía muy cercana, el director comercial más frío.", None),
            "money": ("42.000 euros al año más variable", [("42000", "EUR", "year")]),
            "want_job": ("Sí", "yes"),
            "hear_back": ("a finales de la semana que viene", "2026-11-27"),
        },
        "forbidden": ["Enviado desde mi Samsung", "Mensaje original"],
    }
)

# 15: Outlook desktop (Japanese UI), Japanese answers, 差出人/送信日時 block, ISO-2022-JP.
CASES.append(
    {
        "name": "outlook_ja_sashidashinin",
        "client": "Outlook desktop (Windows)",
        "language": "ja",
        "date": "2026-11-24",
        "shape": "top-posted numbered above an unquoted 差出人/送信日時/宛先/件名 block",
        "company": "桜データ株式会社",
        "role": "データエンジニア",
        "with": "佐藤様",
        "ended": "15:00",
        "token": "j2qv6nrx",
        "charset": "iso-2022-jp",
        "cte": "7bit",
        "text": """1. 10点中7点
2. パイプライン設計の説明はうまくできました。
4. 佐藤さんはとても話しやすかったです。
11. はい
12. 来週中

よろしくお願いします。
Maya

差出人: followupd <maya@example.org>
送信日時: 2026年11月24日 18:03
宛先: Maya Example <maya@example.org>
件名: @SUBJECT@

@DEBRIEF@
""",
        "answers": {
            "rating": ("10点中7点", 7),
            "went_well": ("パイプライン設計の説明はうまくできました。", None),
            "rapport": ("佐藤さんはとても話しやすかったです。", None),
            "want_job": ("はい", "yes"),
            "hear_back": ("来週中", "2026-12-04"),
        },
        "forbidden": ["よろしくお願いします", "送信日時"],
    }
)

# 16: Outlook desktop answers typed under the unquoted questions of the history (inline, no ">").
CASES.append(
    {
        "name": "outlook_inline_unquoted_history",
        "client": "Outlook desktop (Windows)",
        "language": "en",
        "date": "2026-11-25",
        "shape": "inline: answers typed under the questions inside the unquoted From/Sent history",
        "company": "Tailwind Traders",
        "role": "Support Team Lead",
        "with": "Raj Patel",
        "ended": "16:00",
        "token": "t9dk3wme",
        "charset": "windows-1252",
        "cte": "quoted-printable",
        "crlf": True,
        "text": """My answers are under the questions.

Maya

From: followupd <maya@example.org>
Sent: Wednesday, November 25, 2026 6:00 PM
To: Maya Example <maya@example.org>
Subject: @SUBJECT@

Hi Maya,

Your interview with Tailwind Traders for Support Team Lead (with Raj Patel) ended at 16:00.
While it is fresh, answer what you can: reply to this email (inline under each question, or
numbered like "1. 7/10"), or use the form: @LINK@
(The form works while followupd runs; a reply works any time.)

"""
        + uq(1)
        + """
8 \u2013 felt strong.

"""
        + uq(2)
        + """
The escalation role-play.

"""
        + "\n\n".join(uq(n) for n in range(3, 8))
        + """

"""
        + uq(8)
        + """
\u00a338,000 a year, reviewed after probation

"""
        + "\n\n".join(uq(n) for n in range(9, 12))
        + """

"""
        + uq(12)
        + """
Monday

Skip anything you like; a later reply fills in or replaces single answers.
--
followupd
""",
        "answers": {
            "rating": ("8 \u2013 felt strong.", 8),
            "went_well": ("The escalation role-play.", None),
            "money": ("\u00a338,000 a year, reviewed after probation", [("38000", "GBP", "year")]),
            "hear_back": ("Monday", "2026-11-30"),
        },
        "free_notes": "My answers are under the questions.",
        "forbidden": ["use the form"],
    }
)
