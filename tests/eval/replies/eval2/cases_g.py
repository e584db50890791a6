"""Second held-out set, part G: more languages and clients (neomutt, Yandex, FairEmail, Outlook in several locales)."""

from __future__ import annotations

from shapes import Case, Debrief, block, html_of, inline, numbered, page, quoted, top

BERG = Debrief("Bergwerk IT", "Linux Engineer", "Raj Patel", "p6xr3k8d")
OKA = Debrief("Oka Analytics", "Data Analyst", "Jane Doe", "q2wn7h4b")
DUIN = Debrief("Duinwater", "Product Owner", "Jane Doe and Raj Patel", "r5cm8t2v")
SOL = Debrief("Sol de Mayo Tech", "Backend Developer", "Raj Patel", "s9kd4f6w")
ARNO = Debrief("Arno Design", "UX Engineer", "Jane Doe", "t3bv7n5x")
SEINE = Debrief("Seine Mobilités", "SRE", "Raj Patel", "v7hq2c9m")

G01_REPLIES = {
    1: "7 von 10.",
    2: "Shell-Scripting und Debugging mit strace.",
    3: "Bei systemd-Details war ich unsicher.",
    11: "Ja.",
    12: "Bis Dienstag.",
}
G02, G02A = numbered(
    [
        (1, "8 out of 10", 8),
        (2, "SQL window functions, nailed them", None),
        (3, "Dashboard critique took too long", None),
        (8, "3000 EUR net per month", [("3000", "EUR", "month")]),
        (11, "yes", "yes"),
        (12, "by the 4th", "2026-12-04"),
    ]
)
G03, G03A = numbered(
    [
        (1, "Eine glatte 9", 9),
        (2, "Produktvision vorgestellt, kam gut an", None),
        (3, "Zu wenig Zahlen zu meinen Erfolgen", None),
        (4, "Beide sehr angenehm", None),
        (8, "Keine Zahlen genannt", []),
        (11, "Ja, unbedingt", "yes"),
        (12, "Freitag", "2026-11-27"),
    ]
)
G04, G04A = numbered(
    [
        (1, "zeven", 7),
        (2, "Stakeholdermanagement, mijn verhaal over de roadmap", None),
        (3, "Te veel jargon gebruikt", None),
        (4, "Klikte goed met Jane", None),
        (5, "Veel invloed op het product", None),
        (7, "Parttime 4 dagen mogelijk? Navragen", None),
        (8, "tussen de €4.800 en €5.300 per maand", [("4800", "EUR", "month"), ("5300", "EUR", "month")]),
        (11, "weet ik nog niet", "unsure"),
        (12, "binnen een week", "2026-12-03"),
    ]
)
G05_REPLIES = {
    1: "Un 6, más o menos.",
    3: "La prueba de Go, me faltó tiempo.",
    4: "Raj muy majo.",
    8: "Entre 40.000 y 45.000 euros brutos anuales.",
    11: "Probablemente sí.",
    12: "El martes.",
}
G06, G06A = numbered(
    [
        (1, "7 su 10", 7),
        (2, "Il portfolio, l'hanno apprezzato", None),
        (3, "Poca esperienza con i design token", None),
        (4, "Jane molto simpatica", None),
        (5, "Lavoro tra design e codice, il mio ideale", None),
        (6, "Studio piccolo ma con clienti importanti", None),
        (7, "Stipendio basso per Milano", None),
        (8, "38.000 euro lordi annui", [("38000", "EUR", "year")]),
        (9, "Più creativo del mio lavoro attuale", None),
        (10, "Meglio dell'altra agenzia", None),
        (11, "sì", "yes"),
        (12, "lunedì 30", "2026-11-30"),
    ]
)
G07, G07A = numbered(
    [
        (1, "sept sur dix", 7),
        (2, "Les questions sur l'observabilité", None),
        (3, "Trop long sur Prometheus", None),
        (11, "oui", "yes"),
        (12, "jeudi prochain, le 3 décembre", "2026-12-03"),
    ]
)

CASES = [
    Case(
        name="g01_neomutt_de_inline",
        client="neomutt (de)",
        language="de",
        shape="inline under '>' quotes without a gap, neomutt German attribution, 8bit ISO-8859-1",
        debrief=BERG,
        text="* Maya Example <maya@example.org> [26.11.2026 17:42]:\n"
        + inline(BERG, G01_REPLIES, gap=False)
        + "\n\n-- \nMaya",
        answers={
            "rating": ("7 von 10.", 7),
            "went_well": ("Shell-Scripting und Debugging mit strace.", None),
            "went_badly": ("Bei systemd-Details war ich unsicher.", None),
            "want_job": ("Ja.", "yes"),
            "hear_back": ("Bis Dienstag.", "2026-12-01"),
        },
        forbidden=("Skip anything you like", "What money was discussed?"),
        charset="iso-8859-1",
        cte="8bit",
        crlf=False,
        headers=(("User-Agent", "NeoMutt/20241114"),),
    ),
    Case(
        name="g02_yandex_ru_client_english",
        client="Yandex Mail (ru)",
        language="en",
        shape="English answers, Yandex attribution with the date first, HTML alternative",
        debrief=OKA,
        text=top(G02 + "\n\n-- \nMaya", '26.11.2026, 17:42, "Maya Example" <maya@example.org>:', OKA),
        html=page(
            "".join(f"<div>{line}</div>" for line in G02.split("\n"))
            + "<div>&nbsp;</div><div>-- </div><div>Maya</div><div>&nbsp;</div>"
            + "<div>26.11.2026, 17:42, &quot;Maya Example&quot; &lt;maya@example.org&gt;:</div>"
            + html_of(quoted(OKA.lines()))
        ),
        answers=G02A,
        forbidden=("Skip anything you like", "numbered like"),
        cte="base64",
    ),
    Case(
        name="g03_fairemail_de_no_numbers_money",
        client="FairEmail (de)",
        language="de",
        shape="top-posted numbered, money question answered without amounts, FairEmail blockquote",
        debrief=BERG,
        text=top(G03, "26.11.2026 17:42:13 Maya Example <maya@example.org>:", BERG),
        html=page(
            "<p>"
            + "<br>".join(G03.split("\n"))
            + "</p><p><br></p>"
            + '<p class="reply"><br>26.11.2026 17:42:13 Maya Example &lt;maya@example.org&gt;:</p>'
            + html_of(quoted(BERG.lines()))
        ),
        answers=G03A,
        forbidden=("Skip anything you like",),
        headers=(("User-Agent", "FairEmail"),),
    ),
    Case(
        name="g04_apple_mail_macos_nl",
        client="Apple Mail macOS (nl)",
        language="nl",
        shape="top-posted numbered, Dutch Apple Mail attribution, rating as a word",
        debrief=DUIN,
        text=top(
            G04 + "\n\nGroet,\nMaya",
            "> Op 26 nov 2026, om 17:42 heeft Maya Example <maya@example.org> het volgende geschreven:\n>",
            DUIN,
            gap="",
        ),
        answers=G04A,
        forbidden=("het volgende geschreven", "Skip anything you like"),
        headers=(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    ),
    Case(
        name="g05_gmail_android_es_inline",
        client="Gmail Android (es)",
        language="es",
        shape="inline under '>' quotes, Spanish attribution",
        debrief=SOL,
        text="El jue, 26 nov 2026, 17:42, Maya Example <maya@example.org> escribió:\n\n"
        + inline(SOL, G05_REPLIES),
        answers={
            "rating": ("Un 6, más o menos.", 6),
            "went_badly": ("La prueba de Go, me faltó tiempo.", None),
            "rapport": ("Raj muy majo.", None),
            "money": (
                "Entre 40.000 y 45.000 euros brutos anuales.",
                {
                    "amounts": [
                        {"amount": "40000", "currency": "EUR", "period": "year"},
                        {"amount": "45000", "currency": "EUR", "period": "year"},
                    ],
                    "text": "Entre 40.000 y 45.000 euros brutos anuales.",
                },
            ),
            "want_job": ("Probablemente sí.", "yes"),
            "hear_back": ("El martes.", "2026-12-01"),
        },
        forbidden=("escribió:", "Skip anything you like", "What went well?"),
        cte="base64",
    ),
    Case(
        name="g06_outlook_web_it_full",
        client="Outlook web (it-IT)",
        language="it",
        shape="top-posted numbered, all twelve, Italian Da:/Inviato: block",
        debrief=ARNO,
        text=G06
        + "\n\nCiao,\nMaya\n\n"
        + block(("Da:", "Inviato:", "A:", "Oggetto:"), "giovedì 26 novembre 2026 17:42", ARNO, rule="_" * 32),
        answers=G06A,
        forbidden=("Inviato: giovedì", "Skip anything you like"),
        charset="windows-1252",
        subject_prefix="R: ",
    ),
    Case(
        name="g07_thunderbird_fr_bottom_posted",
        client="Thunderbird (fr-FR)",
        language="fr",
        shape="bottom-posted partial answers under the quoted debrief, French attribution",
        debrief=SEINE,
        text="Le 26/11/2026 à 17:42, Maya Example a écrit :\n"
        + quoted(SEINE.lines())
        + "\n\n"
        + G07
        + "\n\nMaya",
        answers=G07A,
        forbidden=("a écrit :", "Skip anything you like"),
        headers=(("User-Agent", "Mozilla Thunderbird"),),
    ),
]
