"""Eval8 cases in the shapes of issue 9's failure classes: unquoted Outlook history, HTML only, localized headers."""

from __future__ import annotations

from eval8_shapes import (
    BOT_ADDR,
    FORM,
    ME_ADDR,
    SKIP,
    Case,
    debrief,
    debrief_html,
    gt,
    money,
    unquoted_inline,
)

BOT_LINE = f"followupd <{BOT_ADDR}>"
ME_LINE = f"Maya Example <{ME_ADDR}>"


def _block(labels: tuple[str, str, str, str], sent: str, subject: str) -> str:
    """An Outlook reply header: from, sent, to, subject, in the client's language."""
    frm, when, to, subj = labels
    return f"{frm} {BOT_LINE}\n{when} {sent}\n{to} {ME_LINE}\n{subj} {subject}\n"


RULE = "________________________________\n"

A: list[Case] = []

d = debrief(company="Northwind", role="Datenanalyst", who="Jane Doe", token="d7wq4npa")
A.append(
    Case(
        name="outlook_win_de_von_gesendet",
        client="Outlook desktop (Windows)",
        language="de",
        day="2026-11-03",
        shape="top-posted, numbered 1), sign-off with title, phone, web and disclaimer, unquoted Von/Gesendet history",
        token="d7wq4npa",
        company="Northwind, Datenanalyst",
        charset="iso-8859-15",
        crlf=True,
        mailer="Microsoft Outlook 16.0",
        text="Hallo,\n\n"
        "1) 8 von 10 - lief besser als erwartet.\n"
        "2) Die Fallstudie zur Lagerplanung, da war ich richtig sicher.\n"
        "3) Bei der Frage nach F\u00fchrungserfahrung bin ich ins Schwimmen gekommen. "
        "N\u00e4chstes Mal ein konkretes Beispiel aus dem Projekt in Leipzig nennen.\n"
        "4) Sehr angenehm, vor allem Frau Doe. Ja, mit ihr w\u00fcrde ich gern arbeiten.\n"
        "8) Ca. 72.000 \u20ac brutto im Jahr, plus Jobticket.\n"
        "11) Ja\n"
        "12) N\u00e4chste Woche\n\n"
        "Viele Gr\u00fc\u00dfe\nMaya Example\nSenior Data Analyst\nTel. +49 30 5550 1234\nhttps://maya.example\n\n"
        "Diese E-Mail enth\u00e4lt vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
        "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n\n"
        + RULE
        + _block(
            ("Von:", "Gesendet:", "An:", "Betreff:"),
            "Dienstag, 3. November 2026 18:40",
            "Debrief: Northwind, Datenanalyst [fu-d7wq4npa]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("8 von 10 - lief besser als erwartet.", 8),
            "went_well": ("Die Fallstudie zur Lagerplanung, da war ich richtig sicher.", None),
            "went_badly": (
                "Bei der Frage nach F\u00fchrungserfahrung bin ich ins Schwimmen gekommen. "
                "N\u00e4chstes Mal ein konkretes Beispiel aus dem Projekt in Leipzig nennen.",
                None,
            ),
            "rapport": ("Sehr angenehm, vor allem Frau Doe. Ja, mit ihr w\u00fcrde ich gern arbeiten.", None),
            "money": money("Ca. 72.000 \u20ac brutto im Jahr, plus Jobticket.", ("72000", "EUR", "year")),
            "want_job": ("Ja", "yes"),
            "hear_back": ("N\u00e4chste Woche", "2026-11-13"),
        },
        forbidden=(
            "Viele Gr\u00fc\u00dfe",
            "Senior Data Analyst",
            "vertrauliche Informationen",
            "Gesendet:",
            FORM,
        ),
    )
)

d = debrief(company="Contoso", role="Chef de projet", who="Jane Doe and Raj Patel", token="f4rt8kmz")
A.append(
    Case(
        name="outlook_win_fr_de_envoye",
        client="Outlook desktop (Windows)",
        language="fr",
        day="2026-11-04",
        shape="top-posted, numbered '1 -', sign-off with title and phone, unquoted De/Envoy\u00e9 history",
        token="f4rt8kmz",
        company="Contoso, Chef de projet",
        charset="windows-1252",
        cte="8bit",
        crlf=True,
        text="Bonjour,\n\n"
        "1 - Sept sur dix, je pense.\n"
        "2 - La partie planning et gestion des risques, j\u2019\u00e9tais \u00e0 l\u2019aise.\n"
        "3 - Trop longue sur la pr\u00e9sentation de mon parcours ; \u00eatre plus concise.\n"
        "5 - Beaucoup de coordination entre \u00e9quipes, c\u2019est exactement ce que je cherche.\n"
        "8 - 58 000 \u20ac brut par an, \u00e0 confirmer.\n"
        "11 - Oui, clairement.\n"
        "12 - D\u2019ici la fin de la semaine prochaine.\n\n"
        "Bien \u00e0 vous,\n\nMaya Example\nCheffe de projet\n+33 1 55 55 01 23\n\n"
        + RULE
        + _block(
            ("De :", "Envoy\u00e9 :", "\u00c0 :", "Objet :"),
            "mercredi 4 novembre 2026 18:40",
            "Debrief: Contoso, Chef de projet [fu-f4rt8kmz]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("Sept sur dix, je pense.", 7),
            "went_well": (
                "La partie planning et gestion des risques, j\u2019\u00e9tais \u00e0 l\u2019aise.",
                None,
            ),
            "went_badly": (
                "Trop longue sur la pr\u00e9sentation de mon parcours ; \u00eatre plus concise.",
                None,
            ),
            "role": (
                "Beaucoup de coordination entre \u00e9quipes, c\u2019est exactement ce que je cherche.",
                None,
            ),
            "money": money("58 000 \u20ac brut par an, \u00e0 confirmer.", ("58000", "EUR", "year")),
            "want_job": ("Oui, clairement.", "yes"),
            "hear_back": ("D\u2019ici la fin de la semaine prochaine.", "2026-11-13"),
        },
        forbidden=("Bien \u00e0 vous", "Cheffe de projet", "+33 1 55 55 01 23", "Envoy\u00e9 :", SKIP),
    )
)

d = debrief(company="Fabrikam", role="Analista de datos", who="Raj Patel", token="s2mb6hvc")
A.append(
    Case(
        name="outlook_web_es_enviado",
        client="Outlook on the web",
        language="es",
        day="2026-11-05",
        shape="top-posted, numbered '1.-', partial, unquoted De/Enviado history under a rule",
        token="s2mb6hvc",
        company="Fabrikam, Analista de datos",
        text="Hola:\n\n"
        "1.- Un 8,5. Me sali\u00f3 mejor de lo que esperaba.\n\n"
        "2.- El ejercicio de SQL, lo resolv\u00ed r\u00e1pido y explicando cada paso.\n\n"
        "8.- Entre 48.000 y 52.000 \u20ac brutos anuales.\n\n"
        "11.- S\u00ed\n\n"
        "12.- El martes\n\n"
        "Saludos,\nMaya\n\n"
        + RULE
        + _block(
            ("De:", "Enviado:", "Para:", "Asunto:"),
            "jueves, 5 de noviembre de 2026 18:40",
            "Debrief: Fabrikam, Analista de datos [fu-s2mb6hvc]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("Un 8,5. Me sali\u00f3 mejor de lo que esperaba.", 8.5),
            "went_well": ("El ejercicio de SQL, lo resolv\u00ed r\u00e1pido y explicando cada paso.", None),
            "money": money(
                "Entre 48.000 y 52.000 \u20ac brutos anuales.",
                ("48000", "EUR", "year"),
                ("52000", "EUR", "year"),
            ),
            "want_job": ("S\u00ed", "yes"),
            "hear_back": ("El martes", "2026-11-10"),
        },
        forbidden=("Saludos", "Enviado:", FORM, "What went well?"),
    )
)

d = debrief(company="Tailspin", role="Product Owner", who="Jane Doe", token="n8cx3pfe")
A.append(
    Case(
        name="outlook_ios_nl_van_verzonden",
        client="Outlook for iOS",
        language="nl",
        day="2026-11-06",
        shape="top-posted, numbered '1:', Outlook mobile footer, unquoted Van/Verzonden history",
        token="n8cx3pfe",
        company="Tailspin, Product Owner",
        cte="base64",
        text="1: 7\n"
        "2: Mijn verhaal over de roadmap voor de app kwam goed over.\n"
        "3: Te weinig gevraagd over het team zelf.\n"
        "6: Ze nemen klantonderzoek serieus, dat zie je niet vaak.\n"
        "7: De reistijd naar Utrecht. Misschien twee dagen thuiswerken vragen.\n"
        "11: Weet ik nog niet\n"
        "12: Volgende week\n\n"
        "Outlook voor iOS downloaden\n"
        + RULE
        + _block(
            ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
            "vrijdag, november 6, 2026 6:40 PM",
            "Debrief: Tailspin, Product Owner [fu-n8cx3pfe]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("7", 7),
            "went_well": ("Mijn verhaal over de roadmap voor de app kwam goed over.", None),
            "went_badly": ("Te weinig gevraagd over het team zelf.", None),
            "company": ("Ze nemen klantonderzoek serieus, dat zie je niet vaak.", None),
            "reservations": ("De reistijd naar Utrecht. Misschien twee dagen thuiswerken vragen.", None),
            "want_job": ("Weet ik nog niet", "unsure"),
            "hear_back": ("Volgende week", "2026-11-13"),
        },
        forbidden=("Outlook voor iOS downloaden", "Verzonden:", FORM),
    )
)

d = debrief(company="Woodgrove", role="Backend Engineer", who="Raj Patel", token="z5hq2wnd")
A.append(
    Case(
        name="outlook_win_zh_fajianren",
        client="Outlook desktop (Windows)",
        language="zh",
        day="2026-11-09",
        shape="top-posted, numbered '1.', unquoted \u53d1\u4ef6\u4eba/\u53d1\u9001\u65f6\u95f4 history",
        token="z5hq2wnd",
        company="Woodgrove, Backend Engineer",
        charset="gb18030",
        cte="base64",
        crlf=True,
        text="1. 8\u5206\uff0c\u6574\u4f53\u8fd8\u4e0d\u9519\u3002\n"
        "2. \u7cfb\u7edf\u8bbe\u8ba1\u90a3\u4e00\u8f6e\u8bb2\u5f97\u5f88\u6e05\u695a\u3002\n"
        "3. \u7b97\u6cd5\u9898\u6709\u70b9\u6162\uff0c"
        "\u4e0b\u6b21\u8981\u5148\u8bf4\u601d\u8def\u518d\u5199\u4ee3\u7801\u3002\n"
        "8. \u6708\u85aa 35,000 \u5143\n"
        "11. \u662f\u7684\uff0c\u5f88\u60f3\u53bb\u3002\n"
        "12. \u4e0b\u5468\u4e09\n\n"
        "\u8c22\u8c22\uff01\n\u9a6c\u96c5\n\n"
        + _block(
            ("\u53d1\u4ef6\u4eba:", "\u53d1\u9001\u65f6\u95f4:", "\u6536\u4ef6\u4eba:", "\u4e3b\u9898:"),
            "2026\u5e7411\u67089\u65e5 18:40",
            "Debrief: Woodgrove, Backend Engineer [fu-z5hq2wnd]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("8\u5206\uff0c\u6574\u4f53\u8fd8\u4e0d\u9519\u3002", 8),
            "went_well": (
                "\u7cfb\u7edf\u8bbe\u8ba1\u90a3\u4e00\u8f6e\u8bb2\u5f97\u5f88\u6e05\u695a\u3002",
                None,
            ),
            "went_badly": (
                "\u7b97\u6cd5\u9898\u6709\u70b9\u6162\uff0c\u4e0b\u6b21\u8981\u5148\u8bf4\u601d\u8def\u518d\u5199\u4ee3\u7801\u3002",
                None,
            ),
            "money": money("\u6708\u85aa 35,000 \u5143", ("35000", "CNY", "month")),
            "want_job": ("\u662f\u7684\uff0c\u5f88\u60f3\u53bb\u3002", "yes"),
            "hear_back": ("\u4e0b\u5468\u4e09", "2026-11-18"),
        },
        forbidden=("\u53d1\u9001\u65f6\u95f4", "\u9a6c\u96c5", FORM),
    )
)

d = debrief(company="Litware", role="UX Designer", who="Jane Doe", token="r6vt9bke")
A.append(
    Case(
        name="outlook_android_sv_fran_skickat",
        client="Outlook for Android",
        language="sv",
        day="2026-11-10",
        shape="top-posted, numbered '1/', Outlook mobile footer, unquoted Fr\u00e5n/Skickat history",
        token="r6vt9bke",
        company="Litware, UX Designer",
        text="1/ Sju av tio\n"
        "2/ Portfolion, s\u00e4rskilt case med bokningsfl\u00f6det.\n"
        "4/ Bra st\u00e4mning, skrattade mycket med Jane.\n"
        "8/ 55\u00a0000 SEK i m\u00e5naden\n"
        "11/ Ja, absolut\n"
        "12/ Om tv\u00e5 veckor\n\n"
        "H\u00e4mta Outlook f\u00f6r Android\n\n"
        + RULE
        + _block(
            ("Fr\u00e5n:", "Skickat:", "Till:", "\u00c4mne:"),
            "den 10 november 2026 18:40",
            "Debrief: Litware, UX Designer [fu-r6vt9bke]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("Sju av tio", 7),
            "went_well": ("Portfolion, s\u00e4rskilt case med bokningsfl\u00f6det.", None),
            "rapport": ("Bra st\u00e4mning, skrattade mycket med Jane.", None),
            "money": money("55\u00a0000 SEK i m\u00e5naden", ("55000", "SEK", "month")),
            "want_job": ("Ja, absolut", "yes"),
            "hear_back": ("Om tv\u00e5 veckor", "2026-11-24"),
        },
        forbidden=("H\u00e4mta Outlook", "Skickat:", FORM),
    )
)

d = debrief(company="Proseware", role="Tester", who="Raj Patel", token="b3jn7ycu")
A.append(
    Case(
        name="outlook_win_pl_od_wyslano",
        client="Outlook desktop (Windows)",
        language="pl",
        day="2026-11-11",
        shape="top-posted, numbered '1 )', unquoted Od/Wys\u0142ano history",
        token="b3jn7ycu",
        company="Proseware, Tester",
        charset="iso-8859-2",
        text="Cze\u015b\u0107,\n\n"
        "1 ) 9/10\n"
        "2 ) Zadanie z automatyzacji test\u00f3w, zrobi\u0142am je szybko.\n"
        "3 ) Pytanie o Kubernetes - musz\u0119 to powt\u00f3rzy\u0107.\n"
        "8 ) 18 000 z\u0142 brutto miesi\u0119cznie\n"
        "11 ) Tak\n"
        "12 ) Do pi\u0105tku\n\n"
        "Pozdrawiam\nMaya\n\n"
        + _block(
            ("Od:", "Wys\u0142ano:", "Do:", "Temat:"),
            "\u015broda, 11 listopada 2026 18:40",
            "Debrief: Proseware, Tester [fu-b3jn7ycu]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("9/10", 9),
            "went_well": ("Zadanie z automatyzacji test\u00f3w, zrobi\u0142am je szybko.", None),
            "went_badly": ("Pytanie o Kubernetes - musz\u0119 to powt\u00f3rzy\u0107.", None),
            "money": money("18 000 z\u0142 brutto miesi\u0119cznie", ("18000", "PLN", "month")),
            "want_job": ("Tak", "yes"),
            "hear_back": ("Do pi\u0105tku", "2026-11-13"),
        },
        forbidden=("Pozdrawiam", "Wys\u0142ano:", FORM),
    )
)

d = debrief(company="Alpine Ski House", role="Backend Developer", who="Jane Doe", token="h9pe4rsa")
A.append(
    Case(
        name="outlook_win_it_da_inviato",
        client="Outlook desktop (Windows)",
        language="it",
        day="2026-11-12",
        shape="top-posted, numbered '1.', sign-off and confidentiality notice, unquoted Da/Inviato history",
        token="h9pe4rsa",
        company="Alpine Ski House, Backend Developer",
        cte="8bit",
        text="Ciao,\n\n"
        "1. Otto\n"
        "2. La parte sul design delle API.\n"
        "3. Ho parlato troppo veloce, devo rallentare.\n"
        "6. Azienda seria, tanta attenzione alla formazione.\n"
        "8. 45.000 \u20ac lordi all'anno\n"
        "11. Non lo so ancora\n"
        "12. Entro luned\u00ec\n\n"
        "Cordiali saluti\nMaya Example\n\n"
        "Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario indicato.\n\n"
        + _block(
            ("Da:", "Inviato:", "A:", "Oggetto:"),
            "gioved\u00ec 12 novembre 2026 18:40",
            "Debrief: Alpine Ski House, Backend Developer [fu-h9pe4rsa]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("Otto", 8),
            "went_well": ("La parte sul design delle API.", None),
            "went_badly": ("Ho parlato troppo veloce, devo rallentare.", None),
            "company": ("Azienda seria, tanta attenzione alla formazione.", None),
            "money": money("45.000 \u20ac lordi all'anno", ("45000", "EUR", "year")),
            "want_job": ("Non lo so ancora", "unsure"),
            "hear_back": ("Entro luned\u00ec", "2026-11-16"),
        },
        forbidden=("Cordiali saluti", "riservati", "Inviato:", FORM),
    )
)

d = debrief(company="Wide World Importers", role="Operations Manager", who="Raj Patel", token="m2ck8tvd")
A.append(
    Case(
        name="outlook_en_original_message_q_dash",
        client="Outlook desktop (Windows)",
        language="en",
        day="2026-11-13",
        shape="top-posted, numbered 'Q1 -', sign-off without '-- ' with title, phone, web and disclaimer, "
        "-----Original Message----- history",
        token="m2ck8tvd",
        company="Wide World Importers, Operations Manager",
        charset="windows-1252",
        crlf=True,
        text="Q1 - 6\n"
        "Q2 - Good rapport with the panel, and the budgeting exercise.\n"
        "Q3 - I fumbled the \u201cwhy are you leaving\u201d question. Need a cleaner answer.\n"
        "Q8 - \u00a360k-\u00a365k a year\n"
        "Q11 - Yes\n"
        "Q12 - End of next week\n\n"
        "Kind regards,\nMaya Example\nOperations Lead | Example Ltd\nM: +44 7700 900123\nwww.example.org\n\n"
        "This email and any attachments are confidential and intended solely for the addressee. "
        "If you have received it in error, please notify the sender and delete it.\n\n"
        "-----Original Message-----\n"
        + _block(
            ("From:", "Sent:", "To:", "Subject:"),
            "13 November 2026 18:40",
            "Debrief: Wide World Importers, Operations Manager [fu-m2ck8tvd]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("6", 6),
            "went_well": ("Good rapport with the panel, and the budgeting exercise.", None),
            "went_badly": (
                "I fumbled the \u201cwhy are you leaving\u201d question. Need a cleaner answer.",
                None,
            ),
            "money": money("\u00a360k-\u00a365k a year", ("60000", "GBP", "year"), ("65000", "GBP", "year")),
            "want_job": ("Yes", "yes"),
            "hear_back": ("End of next week", "2026-11-20"),
        },
        forbidden=(
            "Kind regards",
            "Operations Lead",
            "+44 7700 900123",
            "confidential",
            "Original Message",
            FORM,
        ),
    )
)

d = debrief(company="Fourth Coffee", role="Scrum Master", who="Jane Doe", token="u7fa3gwx")
A.append(
    Case(
        name="samsung_de_urspruengliche_nachricht",
        client="Samsung Email",
        language="de",
        day="2026-11-16",
        shape="top-posted, numbered '1.', Samsung footer, unquoted Urspr\u00fcngliche Nachricht history",
        token="u7fa3gwx",
        company="Fourth Coffee, Scrum Master",
        cte="base64",
        text="1. 7,5\n"
        "2. Retro-Moderation vorgef\u00fchrt, kam super an\n"
        "4. Jane ist toll, das Team wirkte eher still\n"
        "11. Ja\n"
        "12. Donnerstag, den 19.\n\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.\n\n\n"
        "-------- Urspr\u00fcngliche Nachricht --------\n"
        f"Von: {BOT_LINE}\nDatum: 16.11.26 18:40 (GMT+01:00)\nAn: {ME_LINE}\n"
        "Betreff: Debrief: Fourth Coffee, Scrum Master [fu-u7fa3gwx]\n\n" + d,
        answers={
            "rating": ("7,5", 7.5),
            "went_well": ("Retro-Moderation vorgef\u00fchrt, kam super an", None),
            "rapport": ("Jane ist toll, das Team wirkte eher still", None),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Donnerstag, den 19.", "2026-11-19"),
        },
        forbidden=("Samsung Galaxy", "Urspr\u00fcngliche Nachricht", FORM),
    )
)

d = debrief(company="Adventure Works", role="Support Lead", who="Raj Patel", token="e4nk7pzb")
A.append(
    Case(
        name="outlook_mac_en_inline_unquoted",
        client="Outlook for Mac",
        language="en",
        day="2026-11-19",
        shape="inline under unquoted history (From/Date/To/Subject block), short answers",
        token="e4nk7pzb",
        company="Adventure Works, Support Lead",
        text="Hi, answers inline below (couldn\u2019t get the form to load on my phone).\n\n"
        "From: " + BOT_LINE + "\nDate: Thursday, 19 November 2026 at 18:40\nTo: " + ME_LINE + "\n"
        "Subject: Debrief: Adventure Works, Support Lead [fu-e4nk7pzb]\n\n"
        + unquoted_inline(
            {
                1: "7.5",
                2: "Walking them through the escalation process I built at my current job.",
                4: "Hiring Manager Friendly",
                7: "On-call every fourth week. Ask whether it is paid.",
                11: "Yes",
                12: "Monday",
            },
            d,
        ),
        answers={
            "rating": ("7.5", 7.5),
            "went_well": ("Walking them through the escalation process I built at my current job.", None),
            "rapport": ("Hiring Manager Friendly", None),
            "reservations": ("On-call every fourth week. Ask whether it is paid.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Monday", "2026-11-23"),
        },
        free_notes="Hi, answers inline below (couldn\u2019t get the form to load on my phone).",
        forbidden=(FORM, "What went well?", "From: followupd", SKIP),
    )
)

d = debrief(company="Margie's Travel", role="Business Analyst", who="Jane Doe", token="p6wd2hqy")
A.append(
    Case(
        name="outlook_es_client_en_user_enviado_el",
        client="Outlook desktop (Windows)",
        language="en",
        day="2026-12-02",
        shape="top-posted, numbered '1.', English answers under a Spanish De/Enviado el history, sign-off with phone",
        token="p6wd2hqy",
        company="Margie's Travel, Business Analyst",
        crlf=True,
        text="Hi,\n\n"
        "1. 6 - okay but not great\n"
        "2. Stakeholder management examples landed well.\n"
        "3. The take-home review: I over-explained the data cleaning and ran out of time for recommendations.\n"
        "7. The team is being reorganised in Q1; I\u2019d want to know who I\u2019d actually report to.\n"
        "8. They mentioned a band of \u20ac65,000-\u20ac70,000 per year.\n"
        "11. Not sure\n"
        "12. Friday the 4th\n\n"
        "Best regards,\nMaya Example\nSenior Analyst\n+34 600 000 000\n\n"
        + _block(
            ("De:", "Enviado el:", "Para:", "Asunto:"),
            "mi\u00e9rcoles, 2 de diciembre de 2026 18:40",
            "Debrief: Margie's Travel, Business Analyst [fu-p6wd2hqy]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("6 - okay but not great", 6),
            "went_well": ("Stakeholder management examples landed well.", None),
            "went_badly": (
                "The take-home review: I over-explained the data cleaning and ran out of time for recommendations.",
                None,
            ),
            "reservations": (
                "The team is being reorganised in Q1; I\u2019d want to know who I\u2019d actually report to.",
                None,
            ),
            "money": money(
                "They mentioned a band of \u20ac65,000-\u20ac70,000 per year.",
                ("65000", "EUR", "year"),
                ("70000", "EUR", "year"),
            ),
            "want_job": ("Not sure", "unsure"),
            "hear_back": ("Friday the 4th", "2026-12-04"),
        },
        forbidden=("Best regards", "Senior Analyst", "+34 600 000 000", "Enviado el:", FORM),
    )
)

d = debrief(company="Lucerne Publishing", role="Data Engineer", who="Raj Patel", token="y3ts5mvj")
A.append(
    Case(
        name="outlook_web_fi_lahettaja",
        client="Outlook on the web",
        language="fi",
        day="2026-11-24",
        shape="top-posted, numbered '1.', partial, unquoted L\u00e4hett\u00e4j\u00e4/L\u00e4hetetty history",
        token="y3ts5mvj",
        company="Lucerne Publishing, Data Engineer",
        charset="iso-8859-15",
        text="Hei,\n\n"
        "1. 8/10\n"
        "2. Tekninen osuus meni hyvin, osasin vastata kaikkeen.\n"
        "8. 4\u00a0800 \u20ac kuukaudessa\n"
        "11. Kyll\u00e4\n"
        "12. Ensi viikon perjantaina\n\n"
        "Terveisin\nMaya\n"
        + RULE
        + _block(
            ("L\u00e4hett\u00e4j\u00e4:", "L\u00e4hetetty:", "Vastaanottaja:", "Aihe:"),
            "tiistai 24. marraskuuta 2026 18.40",
            "Debrief: Lucerne Publishing, Data Engineer [fu-y3ts5mvj]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("8/10", 8),
            "went_well": ("Tekninen osuus meni hyvin, osasin vastata kaikkeen.", None),
            "money": money("4\u00a0800 \u20ac kuukaudessa", ("4800", "EUR", "month")),
            "want_job": ("Kyll\u00e4", "yes"),
            "hear_back": ("Ensi viikon perjantaina", "2026-12-04"),
        },
        forbidden=("Terveisin", "L\u00e4hetetty:", FORM),
    )
)

d = debrief(company="Coho Winery", role="Marketing Specialist", who="Jane Doe", token="g8bq6xnr")
A.append(
    Case(
        name="outlook_win_tr_kimden",
        client="Outlook desktop (Windows)",
        language="tr",
        day="2026-11-10",
        shape="top-posted, numbered '1-', sign-off, unquoted Kimden/G\u00f6nderildi history",
        token="g8bq6xnr",
        company="Coho Winery, Marketing Specialist",
        charset="iso-8859-9",
        text="Merhaba,\n\n"
        "1- 10 \u00fczerinden 8\n"
        "2- Vaka \u00e7al\u0131\u015fmas\u0131 \u00e7ok iyi ge\u00e7ti.\n"
        "3- Maa\u015f beklentisi sorusunda haz\u0131rl\u0131ks\u0131zd\u0131m.\n"
        "8- Ayl\u0131k net 85.000 TL\n"
        "11- Evet\n"
        "12- Gelecek hafta\n\n"
        "Sayg\u0131lar\u0131mla,\nMaya Example\n\n"
        + _block(
            ("Kimden:", "G\u00f6nderildi:", "Kime:", "Konu:"),
            "10 Kas\u0131m 2026 Sal\u0131 18:40",
            "Debrief: Coho Winery, Marketing Specialist [fu-g8bq6xnr]",
        )
        + "\n"
        + d,
        answers={
            "rating": ("10 \u00fczerinden 8", 8),
            "went_well": ("Vaka \u00e7al\u0131\u015fmas\u0131 \u00e7ok iyi ge\u00e7ti.", None),
            "went_badly": ("Maa\u015f beklentisi sorusunda haz\u0131rl\u0131ks\u0131zd\u0131m.", None),
            "money": money("Ayl\u0131k net 85.000 TL", ("85000", "TRY", "month")),
            "want_job": ("Evet", "yes"),
            "hear_back": ("Gelecek hafta", "2026-11-20"),
        },
        forbidden=("Sayg\u0131lar\u0131mla", "G\u00f6nderildi:", FORM),
    )
)

d = debrief(company="Blue Yonder Airlines", role="Product Manager", who="Raj Patel", token="c5rv9jke")
A.append(
    Case(
        name="blackberry_hub_en_original_message",
        client="BlackBerry Hub",
        language="en",
        day="2026-12-16",
        shape="top-posted, numbered '1 -', BlackBerry footer, unquoted 'Original Message' history",
        token="c5rv9jke",
        company="Blue Yonder Airlines, Product Manager",
        crlf=True,
        text="1 - 7\n"
        "2 - Good on the product sense questions.\n"
        "3 - Got the metrics question wrong, should have asked what they optimise for.\n"
        "11 - Yes\n"
        "12 - Friday\n\n"
        "Sent from my BlackBerry 10 smartphone.\n"
        "\u00a0 Original Message \u00a0\n"
        f"From: followupd\nSent: Wednesday, 16 December 2026 18:40\nTo: {ME_ADDR}\nReply To: {BOT_ADDR}\n"
        "Subject: Debrief: Blue Yonder Airlines, Product Manager [fu-c5rv9jke]\n\n" + d,
        answers={
            "rating": ("7", 7),
            "went_well": ("Good on the product sense questions.", None),
            "went_badly": ("Got the metrics question wrong, should have asked what they optimise for.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Friday", "2026-12-18"),
        },
        forbidden=("BlackBerry", "Original Message", FORM),
    )
)

d = debrief(company="Trey Research", role="IT Architect", who="Jane Doe and Raj Patel", token="w2hm4fts")
A.append(
    Case(
        name="notes_en_a1_wrote_separator",
        client="HCL Notes",
        language="en",
        day="2026-12-17",
        shape="top-posted, numbered 'A1:', sign-off with title and phone, Notes '-----... wrote: -----' history",
        token="w2hm4fts",
        company="Trey Research, IT Architect",
        charset="iso-8859-1",
        text="A1: 8\n"
        "A2: The architecture whiteboard session.\n"
        "A5: Owning the data platform end to end, very close to what I want.\n"
        "A8: No numbers discussed yet.\n"
        "A11: Yes\n"
        "A12: Tuesday the 22nd\n\n"
        "Regards,\nMaya Example\nIT Architect, Example Insurance\nPhone: +41 44 555 01 00\n\n"
        f"-----followupd <{BOT_ADDR}> wrote: -----\n"
        f"To: {ME_LINE}\nFrom: {BOT_LINE}\nDate: 12/17/2026 06:40PM\n"
        "Subject: Debrief: Trey Research, IT Architect [fu-w2hm4fts]\n\n" + d,
        answers={
            "rating": ("8", 8),
            "went_well": ("The architecture whiteboard session.", None),
            "role": ("Owning the data platform end to end, very close to what I want.", None),
            "money": money("No numbers discussed yet."),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Tuesday the 22nd", "2026-12-22"),
        },
        forbidden=("Regards,", "Example Insurance", "+41 44 555 01 00", "wrote: -----", FORM),
    )
)

WORD_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>\n'
    '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
)


def _mso(text: str) -> str:
    return f'<p class="MsoNormal">{text}<o:p></o:p></p>\n'


def _dh(token: str, company: str, role: str, who: str) -> str:
    return debrief_html(company=company, role=role, who=who, token=token)


A.append(
    Case(
        name="outlook_html_word_en_thursday_the_10th",
        client="Outlook desktop (Windows)",
        language="en",
        day="2026-12-01",
        shape="HTML only (Word markup), numbered '1.', sign-off with title, phone, web and disclaimer, "
        "border-top From/Sent history",
        token="t4kx8mqe",
        company="Graphic Design Institute, Programme Manager",
        html=WORD_HEAD
        + _mso("Hi,")
        + _mso("&nbsp;")
        + _mso("1. 7 &#8211; solid, not brilliant")
        + _mso("2. The programme risk scenario; I had a real example ready.")
        + _mso("3. I rambled on the budget question. Next time give the number first.")
        + _mso("9. Bigger scope than my current job and a shorter commute.")
        + _mso("11. Yes")
        + _mso("12. Thursday the 10th")
        + _mso("&nbsp;")
        + _mso("Best,")
        + _mso("Maya Example")
        + _mso("Programme Manager | +44 20 7946 0000 | www.maya.example")
        + '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">CONFIDENTIALITY NOTICE: this message is '
        "intended only for the named recipient.</span><o:p></o:p></p>\n"
        + _mso("&nbsp;")
        + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal"><b>From:</b> followupd &lt;{BOT_ADDR}&gt; <br><b>Sent:</b> Tuesday, '
        f"December 1, 2026 6:40 PM<br><b>To:</b> Maya Example &lt;{ME_ADDR}&gt;<br><b>Subject:</b> Debrief: "
        "Graphic Design Institute, Programme Manager [fu-t4kx8mqe]<o:p></o:p></p></div>\n"
        + _mso("&nbsp;")
        + _dh("t4kx8mqe", "Graphic Design Institute", "Programme Manager", "Jane Doe")
        + "</div>\n</body></html>\n",
        answers={
            "rating": ("7 \u2013 solid, not brilliant", 7),
            "went_well": ("The programme risk scenario; I had a real example ready.", None),
            "went_badly": ("I rambled on the budget question. Next time give the number first.", None),
            "vs_current": ("Bigger scope than my current job and a shorter commute.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Thursday the 10th", "2026-12-10"),
        },
        forbidden=("Best,", "Programme Manager |", "CONFIDENTIALITY NOTICE", "Sent:", "use the form"),
    )
)

A.append(
    Case(
        name="gmail_html_only_pt_pt_no_dia",
        client="Gmail web",
        language="pt",
        day="2026-11-18",
        shape="HTML only (gmail_quote), numbered '1.', sign-off, attribution 'No dia ... escreveu:'",
        token="a9zr3ndw",
        company="Humongous Insurance, Atu\u00e1ria",
        html='<div dir="ltr"><div>Ol\u00e1,</div><div><br></div>'
        "<div>1. 8</div><div>2. A an\u00e1lise do caso de sinistros, correu muito bem.</div>"
        "<div>3. Podia ter preparado melhor perguntas sobre a equipa.</div>"
        "<div>8. 3.200 \u20ac brutos por m\u00eas, 14 meses</div>"
        "<div>11. Sim</div><div>12. Daqui a duas semanas</div><div><br></div>"
        "<div>Cumprimentos,</div><div>Maya</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">No dia qua., 18/11/2026 \u00e0s 18:40, '
        f'followupd &lt;<a href="mailto:{BOT_ADDR}">{BOT_ADDR}</a>&gt; escreveu:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">'
        + _dh("a9zr3ndw", "Humongous Insurance", "Atu\u00e1ria", "Jane Doe")
        + "</blockquote></div>\n",
        answers={
            "rating": ("8", 8),
            "went_well": ("A an\u00e1lise do caso de sinistros, correu muito bem.", None),
            "went_badly": ("Podia ter preparado melhor perguntas sobre a equipa.", None),
            "money": money("3.200 \u20ac brutos por m\u00eas, 14 meses", ("3200", "EUR", "month")),
            "want_job": ("Sim", "yes"),
            "hear_back": ("Daqui a duas semanas", "2026-12-02"),
        },
        forbidden=("Cumprimentos", "escreveu:", "use the form"),
    )
)

A.append(
    Case(
        name="apple_mail_macos_html_en_by_the_10th",
        client="Apple Mail (macOS)",
        language="en",
        day="2026-11-30",
        shape="HTML only (blockquote type=cite), numbered '1.', emoji, partial",
        token="q7ys2vlc",
        company="Relecloud, Solutions Engineer",
        html='<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        "1. 8/10 \U0001f642<div>2. Demo of the integration went smoothly, they loved the live Q&amp;A part.</div>"
        "<div>8. \u20ac80,000 a year base</div>"
        "<div>12. By the 10th</div><div><br></div><div>Maya</div>"
        '<div><br><blockquote type="cite"><div>On 30 Nov 2026, at 18:40, followupd &lt;'
        f'{BOT_ADDR}&gt; wrote:</div><br class="Apple-interchange-newline"><div>'
        + _dh("q7ys2vlc", "Relecloud", "Solutions Engineer", "Raj Patel")
        + "</div></blockquote></div><br></body></html>\n",
        answers={
            "rating": ("8/10 \U0001f642", 8),
            "went_well": ("Demo of the integration went smoothly, they loved the live Q&A part.", None),
            "money": money("\u20ac80,000 a year base", ("80000", "EUR", "year")),
            "hear_back": ("By the 10th", "2026-12-10"),
        },
        forbidden=("wrote:", "use the form", "What money was discussed?"),
    )
)

A.append(
    Case(
        name="yahoo_html_es_escribio",
        client="Yahoo Mail (Android)",
        language="es",
        day="2026-11-27",
        shape="HTML only (yahoo_quoted), numbered '1)', Yahoo mobile footer",
        token="x2pj6wkd",
        company="Tailwind Traders, Jefa de compras",
        cte="base64",
        html='<html><head></head><body><div class="ydp4c1d2e3fyahoo-style-wrap" style="font-family:Helvetica '
        'Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        '<div dir="ltr" data-setdir="false">1) 9</div>'
        '<div dir="ltr" data-setdir="false">2) La negociaci\u00f3n con proveedores, tuve buenos ejemplos.</div>'
        '<div dir="ltr" data-setdir="false">4) Muy bien con Jane, s\u00ed me veo trabajando con ella.</div>'
        '<div dir="ltr" data-setdir="false">11) S\u00ed, sin duda</div>'
        '<div dir="ltr" data-setdir="false">12) En dos semanas</div>'
        '<div dir="ltr" data-setdir="false"><br></div></div>'
        '<div id="ymail_android_signature"><a id="ymail_android_signature_link" href="https://mail.example.org/'
        'yahoo-android">Enviado desde Yahoo Mail para Android</a></div>'
        '<div id="ydp9a8b7yahoo_quoted_3312" class="ydp9a8b7yahoo_quoted">'
        "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
        "<div>El viernes, 27 de noviembre de 2026, 18:40:12 CET, followupd &lt;"
        f"{BOT_ADDR}&gt; escribi\u00f3:</div><div><br></div><div><br></div><div>"
        + _dh("x2pj6wkd", "Tailwind Traders", "Jefa de compras", "Jane Doe")
        + "</div></div></div></body></html>\n",
        answers={
            "rating": ("9", 9),
            "went_well": ("La negociaci\u00f3n con proveedores, tuve buenos ejemplos.", None),
            "rapport": ("Muy bien con Jane, s\u00ed me veo trabajando con ella.", None),
            "want_job": ("S\u00ed, sin duda", "yes"),
            "hear_back": ("En dos semanas", "2026-12-11"),
        },
        forbidden=("Enviado desde Yahoo Mail", "escribi\u00f3:", "use the form"),
    )
)

A.append(
    Case(
        name="thunderbird_html_cs_napsal",
        client="Thunderbird",
        language="cs",
        day="2026-12-02",
        shape="HTML only (moz-cite-prefix + blockquote type=cite), numbered '1.', sign-off",
        token="j5nc8rbv",
        company="Southridge Video, Frontend Developer",
        charset="iso-8859-2",
        html='<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'
        "</head><body>\n<p>Dobr\u00fd den,</p>\n"
        "<p>1. 8 z 10<br>2. \u017div\u00e9 programov\u00e1n\u00ed v Reactu, \u0161lo to hladce.<br>"
        "3. Ot\u00e1zky na testov\u00e1n\u00ed &#8211; p\u0159\u00ed\u0161t\u011b v\u00edc p\u0159\u00edklad\u016f."
        "<br>8. 90 000 K\u010d m\u011bs\u00ed\u010dn\u011b hrub\u00e9ho<br>11. Ano<br>12. Do p\u00e1tku</p>\n"
        "<p>S pozdravem<br>Maya</p>\n"
        '<div class="moz-cite-prefix">Dne 02.12.2026 v 18:40 followupd napsal(a):<br></div>\n'
        '<blockquote type="cite" cite="mid:debrief-j5nc8rbv@followupd.example.org">'
        + _dh("j5nc8rbv", "Southridge Video", "Frontend Developer", "Raj Patel")
        + "</blockquote>\n</body></html>\n",
        answers={
            "rating": ("8 z 10", 8),
            "went_well": ("\u017div\u00e9 programov\u00e1n\u00ed v Reactu, \u0161lo to hladce.", None),
            "went_badly": (
                "Ot\u00e1zky na testov\u00e1n\u00ed \u2013 p\u0159\u00ed\u0161t\u011b v\u00edc p\u0159\u00edklad\u016f.",
                None,
            ),
            "money": money(
                "90 000 K\u010d m\u011bs\u00ed\u010dn\u011b hrub\u00e9ho", ("90000", "CZK", "month")
            ),
            "want_job": ("Ano", "yes"),
            "hear_back": ("Do p\u00e1tku", "2026-12-04"),
        },
        forbidden=("S pozdravem", "napsal(a)", "use the form"),
    )
)

A.append(
    Case(
        name="zoho_html_en_by_the_15th",
        client="Zoho Mail",
        language="en",
        day="2026-12-03",
        shape="HTML only (zmail_extra), '#1' numbering, sign-off with title and web address",
        token="v6hd9wpa",
        company="VanArsdel, Finance Manager",
        html='<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
        '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
        "<div>#1 six</div><div>#2 Month-end close questions, easy for me.</div>"
        "<div>#3 Didn&#39;t know their ERP; should read up on it.</div>"
        "<div>#8 CAD 105,000 per year plus bonus</div><div>#12 By the 15th</div><div><br></div>"
        "<div>Thanks,</div><div>Maya Example</div><div>Finance Manager</div><div>maya.example</div>"
        '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: '
        '10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
        '<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div>'
        '<div id="Zm-_Id_-Sgn1">---- On Thu, 03 Dec 2026 18:40:00 +0100 <b>followupd &lt;'
        f"{BOT_ADDR}&gt;</b> wrote ---<br></div><div><br></div>"
        '<blockquote style="margin: 0px;">'
        + _dh("v6hd9wpa", "VanArsdel", "Finance Manager", "Jane Doe")
        + "</blockquote></div><div><br></div></div><br></body></html>\n",
        answers={
            "rating": ("six", 6),
            "went_well": ("Month-end close questions, easy for me.", None),
            "went_badly": ("Didn't know their ERP; should read up on it.", None),
            "money": money("CAD 105,000 per year plus bonus", ("105000", "CAD", "year")),
            "hear_back": ("By the 15th", "2026-12-15"),
        },
        forbidden=("Thanks,", "Finance Manager", "wrote ---", "use the form"),
    )
)

A.append(
    Case(
        name="superhuman_html_pixel_en",
        client="Superhuman",
        language="en",
        day="2026-12-04",
        shape="HTML only (gmail_quote) with a tracking pixel, numbered '1 -', partial",
        token="r3qm7xcz",
        company="Bellows College, Data Scientist",
        html="<div><div>1 - 8.5/10</div><div>4 - Really liked Raj, he&#39;d be my manager.</div>"
        "<div>5 - Mostly modelling, some MLOps. Close to what I want.</div>"
        "<div>12 - Next Tuesday</div><div><br></div><div>M</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Dec 04, 2026 at 6:40 PM, followupd '
        f'<span dir="ltr">&lt;<a href="mailto:{BOT_ADDR}">{BOT_ADDR}</a>&gt;</span> wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        + _dh("r3qm7xcz", "Bellows College", "Data Scientist", "Raj Patel")
        + "</blockquote></div>"
        '<img src="https://track.example.org/o/r3qm7xcz.gif" alt=" " width="1" height="1" '
        'style="display:none; width:1px; height:1px">\n',
        answers={
            "rating": ("8.5/10", 8.5),
            "rapport": ("Really liked Raj, he'd be my manager.", None),
            "role": ("Mostly modelling, some MLOps. Close to what I want.", None),
            "hear_back": ("Next Tuesday", "2026-12-08"),
        },
        forbidden=("wrote:", "use the form", "track.example.org"),
    )
)

d = debrief(company="Northwind", role="Site Reliability Engineer", who="Raj Patel", token="k8wn2fyd")
A.append(
    Case(
        name="gmail_ios_de_client_en_schrieb_am",
        client="Gmail iOS",
        language="en",
        day="2026-11-19",
        shape="top-posted, numbered '1.', English answers under a German attribution with the date after the verb",
        token="k8wn2fyd",
        company="Northwind, Site Reliability Engineer",
        text="1. 8/10\n"
        "2. The live debugging session - I found the race condition quickly.\n"
        "3. Blanked on a question about Postgres isolation levels. Should review.\n"
        "4. Raj was great, very relaxed. Definitely.\n"
        "10. Better than the Fabrikam offer on scope, worse on pay.\n"
        "12. Thursday the 26th\n\n"
        "Maya\n\n"
        f"{BOT_LINE} schrieb am Do., 19. Nov. 2026, 18:40:\n\n" + gt(d) + "\n",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("The live debugging session - I found the race condition quickly.", None),
            "went_badly": ("Blanked on a question about Postgres isolation levels. Should review.", None),
            "rapport": ("Raj was great, very relaxed. Definitely.", None),
            "vs_others": ("Better than the Fabrikam offer on scope, worse on pay.", None),
            "hear_back": ("Thursday the 26th", "2026-11-26"),
        },
        forbidden=("schrieb am", FORM, SKIP),
    )
)

d = debrief(company="Contoso", role="Analista de Suporte", who="Jane Doe", token="t9cb5mhp")
A.append(
    Case(
        name="gmail_android_pt_br_wrapped_escreveu",
        client="Gmail Android",
        language="pt",
        day="2026-11-18",
        shape="top-posted, numbered '1 -', attribution wrapped over two lines",
        token="t9cb5mhp",
        company="Contoso, Analista de Suporte",
        cte="base64",
        text="1 - Nota 9\n"
        "2 - Consegui explicar bem como organizo a fila de chamados.\n"
        "6 - Empresa grande mas com clima de startup.\n"
        "8 - R$ 14.000 por m\u00eas, CLT\n"
        "11 - Sim\n"
        "12 - Na pr\u00f3xima semana\n\n"
        "Em qua., 18 de nov. de 2026 18:40, followupd <\n"
        f"{BOT_ADDR}> escreveu:\n\n" + gt(d) + "\n",
        answers={
            "rating": ("Nota 9", 9),
            "went_well": ("Consegui explicar bem como organizo a fila de chamados.", None),
            "company": ("Empresa grande mas com clima de startup.", None),
            "money": money("R$ 14.000 por m\u00eas, CLT", ("14000", "BRL", "month")),
            "want_job": ("Sim", "yes"),
            "hear_back": ("Na pr\u00f3xima semana", "2026-11-27"),
        },
        forbidden=("escreveu:", FORM),
    )
)

d = debrief(company="Fabrikam", role="QA Engineer", who="Raj Patel", token="l4fz8qsn")
A.append(
    Case(
        name="gmail_web_uk_pyshe",
        client="Gmail web",
        language="uk",
        day="2026-12-15",
        shape="top-posted, numbered '1.', Ukrainian attribution '... \u043f\u0438\u0448\u0435:'",
        token="l4fz8qsn",
        company="Fabrikam, QA Engineer",
        charset="koi8-u",
        cte="8bit",
        text="1. 8 \u0437 10\n"
        "2. \u0422\u0435\u0445\u043d\u0456\u0447\u043d\u0435 \u0437\u0430\u0432\u0434\u0430\u043d\u043d\u044f, "
        "\u0432\u0441\u0435 \u043f\u043e\u044f\u0441\u043d\u0438\u043b\u0430 \u0447\u0456\u0442\u043a\u043e.\n"
        "3. \u0410\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430 \u0447\u0430\u0441\u0442\u0438\u043d\u0430, "
        "\u0445\u0432\u0438\u043b\u044e\u0432\u0430\u043b\u0430\u0441\u044c.\n"
        "8. 3000 \u0434\u043e\u043b\u0430\u0440\u0456\u0432 \u043d\u0430 \u043c\u0456\u0441\u044f\u0446\u044c\n"
        "11. \u0422\u0430\u043a\n"
        "12. \u0423 \u043f'\u044f\u0442\u043d\u0438\u0446\u044e\n\n"
        "\u0432\u0442, 15 \u0433\u0440\u0443\u0434. 2026 \u0440. \u043e 18:40 "
        f"{BOT_LINE} \u043f\u0438\u0448\u0435:\n\n" + gt(d) + "\n",
        answers={
            "rating": ("8 \u0437 10", 8),
            "went_well": (
                "\u0422\u0435\u0445\u043d\u0456\u0447\u043d\u0435 \u0437\u0430\u0432\u0434\u0430\u043d\u043d\u044f, "
                "\u0432\u0441\u0435 \u043f\u043e\u044f\u0441\u043d\u0438\u043b\u0430 \u0447\u0456\u0442\u043a\u043e.",
                None,
            ),
            "went_badly": (
                "\u0410\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430 \u0447\u0430\u0441\u0442\u0438\u043d\u0430, "
                "\u0445\u0432\u0438\u043b\u044e\u0432\u0430\u043b\u0430\u0441\u044c.",
                None,
            ),
            "money": money(
                "3000 \u0434\u043e\u043b\u0430\u0440\u0456\u0432 \u043d\u0430 \u043c\u0456\u0441\u044f\u0446\u044c",
                ("3000", "USD", "month"),
            ),
            "want_job": ("\u0422\u0430\u043a", "yes"),
            "hear_back": ("\u0423 \u043f'\u044f\u0442\u043d\u0438\u0446\u044e", "2026-12-18"),
        },
        forbidden=("\u043f\u0438\u0448\u0435:", FORM),
    )
)

CASES_A = tuple(A)
