"""Second held-out set, part H: Outlook in Japanese, Spanish and Danish; Samsung, Proton and more English shapes."""

from __future__ import annotations

from shapes import QUESTIONS, Case, Debrief, block, html_of, numbered, page, quoted, top

FUJI = Debrief("Fuji Cloud", "Infrastructure Engineer", "Jane Doe", "w4kd9m2p")
ANDES = Debrief("Andes Logística", "Tech Lead", "Raj Patel", "x7nb3q6h")
RHEIN = Debrief("Rheinblick Software", "Java Developer", "Jane Doe", "y2cf5w8k")
SPREE = Debrief("Spreeware", "Engineering Manager", "Raj Patel and Sam Lee", "z6hm4t3d")
CEDAR = Debrief("Cedar & Co", "Principal Engineer", "Jane Doe", "a8qv2n5c")
HARBOR = Debrief("Harbor Freight Tech", "Backend Engineer", "Raj Patel", "b3wk7d9f")
PANDA = Debrief("Panda Pay", "Senior Engineer", "Jane Doe", "c5xt8h2m")

H01, H01A = numbered(
    [
        (1, "10点中6点", 6),
        (2, "Terraformの経験を評価された", None),
        (3, "ネットワークの質問に答えられなかった", None),
        (11, "まだ分かりません", "unsure"),
        (12, "12月4日までに連絡が来る", "2026-12-04"),
    ],
    fmt="{n}) ",
)
H02_REPLIES = {
    1: "8/10",
    2: "La parte de liderazgo técnico",
    4: "Con Raj muy bien, mucha química",
    8: "55.000 € al año más variable",
    11: "Sí",
    12: "Antes del viernes 4 de diciembre",
}
H03, H03A = numbered(
    [
        (1, "8/10", 8),
        (2, "Spring-Boot-Fragen, alles gewusst", None),
        (3, "Englisch-Teil war holprig", None),
        (8, "Ca. 6.500 € brutto im Monat", [("6500", "EUR", "month")]),
        (11, "Ja", "yes"),
        (12, "bis 3.12.", "2026-12-03"),
    ]
)
H04, H04A = numbered(
    [
        (1, "5 von 10", 5),
        (3, "Fragen zu Budgetplanung, keine Ahnung gehabt", None),
        (7, "Sehr hierarchisch", None),
        (11, "nein", "no"),
    ]
)
H05, H05A = numbered(
    [
        (1, "7/10.\nGood start, weaker middle, strong finish.", 7),
        (
            2,
            "The architecture session. I drew the event pipeline from memory\nand they asked good questions about it.",
            None,
        ),
        (
            3,
            "Estimation. I gave a number without explaining my assumptions;\nnext time talk through them first.",
            None,
        ),
        (4, "Jane was warm and direct.\nI could definitely work with her.", None),
        (11, "Yes.", "yes"),
    ],
    sep="\n\n",
)
H06, H06A = numbered([(1, "4/10", 4), (11, "no", "no"), (12, "the 1st", "2026-12-01")])
H07, H07A = numbered(
    [
        (1, "6-7", 6.5),
        (2, "Payments domain knowledge", None),
        (3, "Concurrency question, went blank", None),
        (8, "\u00a345k + bonus", [("45000", "GBP", None)]),
        (11, "Yes", "yes"),
        (12, "Tuesday", "2026-12-01"),
    ]
)
H08, H08A = numbered(
    [
        (1, "7/10", 7),
        (2, "Payment risk models, my home turf", None),
        (8, "40k RMB per month", [("40000", "CNY", "month")]),
        (11, "not sure", "unsure"),
        (12, "next Monday (Nov 30)", "2026-11-30"),
    ]
)
H09, H09A = numbered(
    [
        (1, "otte", 8),
        (2, "Samtalen om ledelse gik godt", None),
        (3, "Jeg var for kortfattet om budget", None),
        (11, "måske", "unsure"),
        (12, "inden fredag", "2026-11-27"),
    ]
)


def _es_inline(debrief: Debrief, replies: dict[int, str]) -> str:
    lines = debrief.intro()
    for number, question in enumerate(QUESTIONS, start=1):
        lines.append(f"{number}. {question}")
        if number in replies:
            lines.append(f"--> {replies[number]}")
        lines.append("")
    return "\n".join(lines + debrief.outro())


CASES = [
    Case(
        name="h01_outlook_windows_ja_partial",
        client="Outlook desktop Windows (ja-JP)",
        language="ja",
        shape="partial '1)' numbering, Japanese 差出人:/送信日時: block, ISO-2022-JP",
        debrief=FUJI,
        text=H01
        + "\n\nマヤ\n\n"
        + block(("差出人:", "送信日時:", "宛先:", "件名:"), "2026年11月26日 17:42", FUJI),
        answers=H01A,
        forbidden=("送信日時:", "Skip anything you like"),
        charset="iso-2022-jp",
        cte="7bit",
        subject_prefix="RE: ",
    ),
    Case(
        name="h02_outlook_windows_es_arrow_inline",
        client="Outlook desktop Windows (es-ES)",
        language="es",
        shape="answers marked '-->' under the questions in unquoted Spanish De:/Enviado el: history",
        debrief=ANDES,
        text="Respondo debajo de cada pregunta.\n\n"
        + block(
            ("De:", "Enviado el:", "Para:", "Asunto:"), "jueves, 26 de noviembre de 2026 17:42", ANDES
        ).replace("\n".join(ANDES.lines()), _es_inline(ANDES, H02_REPLIES)),
        answers={
            "rating": ("8/10", 8),
            "went_well": ("La parte de liderazgo técnico", None),
            "rapport": ("Con Raj muy bien, mucha química", None),
            "money": (
                "55.000 € al año más variable",
                {
                    "amounts": [{"amount": "55000", "currency": "EUR", "period": "year"}],
                    "text": "55.000 € al año más variable",
                },
            ),
            "want_job": ("Sí", "yes"),
            "hear_back": ("Antes del viernes 4 de diciembre", "2026-12-04"),
        },
        forbidden=("Respondo debajo de cada pregunta", "Enviado el:", "Skip anything you like"),
        charset="windows-1252",
        subject_prefix="RE: ",
    ),
    Case(
        name="h03_samsung_email_de",
        client="Samsung Email (de)",
        language="de",
        shape="top-posted numbered, German Samsung footer and 'Ursprüngliche Nachricht' block",
        debrief=RHEIN,
        text=H03
        + "\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.\n\n\n-------- Ursprüngliche Nachricht --------\n"
        + "Von: Maya Example <maya@example.org> \nDatum: 26.11.26 17:42 (GMT+01:00) \nAn: maya@example.org \n"
        + f"Betreff: {RHEIN.subject} \n\n"
        + "\n".join(RHEIN.lines()),
        answers=H03A,
        forbidden=("Von meinem Samsung Galaxy", "Ursprüngliche Nachricht", "Skip anything you like"),
        cte="base64",
        subject_prefix="AW: ",
    ),
    Case(
        name="h04_proton_de_partial",
        client="Proton Mail (de)",
        language="de",
        shape="partial numbered, German Proton footer and attribution",
        debrief=SPREE,
        text=top(
            H04 + "\n\nGesendet mit der sicheren E-Mail von Proton Mail.",
            "Am Donnerstag, 26. November 2026 um 17:42 schrieb Maya Example <maya@example.org>:",
            SPREE,
        ),
        answers=H04A,
        forbidden=("Gesendet mit der sicheren E-Mail", "schrieb Maya Example", "Skip anything you like"),
    ),
    Case(
        name="h05_gmail_web_multiline_answers",
        client="Gmail web",
        language="en",
        shape="numbered answers spanning two lines each, blank lines between, partial",
        debrief=CEDAR,
        text=top(H05, "On Thu, Nov 26, 2026 at 5:42\u202fPM Maya Example <maya@example.org> wrote:", CEDAR),
        html=page(
            '<div dir="ltr">'
            + "".join(f"<div>{line or '<br>'}</div>" for line in H05.split("\n"))
            + '</div><div class="gmail_quote">'
            + html_of(quoted(CEDAR.lines()), quote_class="gmail_quote")
            + "</div>"
        ),
        answers=H05A,
        forbidden=("wrote:", "Skip anything you like"),
    ),
    Case(
        name="h06_fastmail_three_answers_8bit",
        client="Fastmail",
        language="en",
        shape="three answers only, 8bit, an ordinal day of the month",
        debrief=HARBOR,
        text=top(H06, "On Thu, 26 Nov 2026, at 17:42, Maya Example wrote:", HARBOR, gap=""),
        answers=H06A,
        forbidden=("wrote:", "Skip anything you like"),
        cte="8bit",
    ),
    Case(
        name="h07_outlook_android_rating_range",
        client="Outlook Android",
        language="en",
        shape="rating given as a range, Outlook mobile footer and block",
        debrief=HARBOR,
        text=H07
        + "\n\nGet Outlook for Android<https://aka.example/AAb9ysg>\n"
        + block(
            ("From:", "Sent:", "To:", "Subject:"),
            "Thursday, November 26, 2026 5:42:13 PM",
            HARBOR,
            rule="________________________________",
        ),
        answers=H07A,
        forbidden=("Get Outlook for Android", "Sent: Thursday", "Skip anything you like"),
        cte="base64",
    ),
    Case(
        name="h08_gmail_web_zh_client_english",
        client="Gmail web (zh-CN)",
        language="en",
        shape="English answers under a Chinese attribution, UTF-8 base64",
        debrief=PANDA,
        text=top(H08 + "\n\nMaya", "Maya Example <maya@example.org> 于2026年11月26日周四 17:42写道：", PANDA),
        answers=H08A,
        forbidden=("写道", "Skip anything you like"),
        cte="base64",
    ),
    Case(
        name="h09_outlook_web_da",
        client="Outlook web (da-DK)",
        language="da",
        shape="partial numbered, Danish Fra:/Sendt: block, rating as a word",
        debrief=SPREE,
        text=H09
        + "\n\nVenlig hilsen\nMaya\n\n"
        + block(("Fra:", "Sendt:", "Til:", "Emne:"), "26. november 2026 17:42", SPREE, rule="_" * 32),
        answers=H09A,
        forbidden=("Venlig hilsen", "Sendt: 26. november", "Skip anything you like"),
        charset="iso-8859-1",
        subject_prefix="SV: ",
    ),
]
