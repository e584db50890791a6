"""Second held-out set, part F: English answers under German, French and Swedish clients; more client shapes."""

from __future__ import annotations

from shapes import Case, Debrief, block, html_of, inline, numbered, page, quoted, top

HAFEN = Debrief("Hafenkante Digital", "Data Platform Engineer", "Jane Doe", "g4nq8w2k")
MISTRAL = Debrief("Mistral Assurances", "Lead Developer", "Raj Patel", "h7cx3p9m")
NORRSKEN = Debrief("Norrsken Mobility", "Staff Engineer", "Jane Doe", "j2vf6d4t")
KESTREL = Debrief("Kestrel Health", "Engineering Manager", "Sam Lee and Jane Doe", "k5bw9h3r")
ORCHID = Debrief("Orchid Retail", "Senior Developer", "Raj Patel", "m8dt2x6c")
WILLOW = Debrief("Willow Energy", "Data Engineer", "Jane Doe", "n3hk7q5v")

F01, F01A = numbered(
    [
        (1, "7.5/10", 7.5),
        (2, "The Spark tuning discussion", None),
        (3, "Didn't know their streaming stack; read up on Flink", None),
        (4, "Jane was very open about the team's problems, which I liked", None),
        (5, "Greenfield platform, close to ideal", None),
        (6, "Hamburg office by the water, good vibe", None),
        (7, "German-speaking meetings; my German is B2, should be OK", None),
        (8, "85-90k EUR gross per year", [("85000", "EUR", "year"), ("90000", "EUR", "year")]),
        (9, "More senior than my current position", None),
        (10, "Preferred over the Berlin one", None),
        (11, "yes", "yes"),
        (12, "Jane said by next Friday, December 4", "2026-12-04"),
    ]
)
F02, F02A = numbered(
    [
        (1, "6/10", 6),
        (2, "Java and Spring questions were fine", None),
        (3, "The case study in French was hard for me", None),
        (8, "60k\u202f\u20ac per year", [("60000", "EUR", "year")]),
        (11, "Not sure yet", "unsure"),
    ]
)
F03, F03A = numbered(
    [
        (1, "8", 8),
        (2, "The systems design on ride pooling", None),
        (4, "Jane is a great listener", None),
        (11, "Yes", "yes"),
        (12, "in 10 days", "2026-12-06"),
    ],
    fmt="Q{n}. ",
)
F04_REPLIES = {
    1: "6/10 - OK but not great",
    2: "The people-management scenarios",
    3: "Budget questions; I need to prepare real numbers",
    4: "Sam: good. Jane: hard to read.",
    8: "Not discussed yet.",
    11: "Not sure",
    12: "Next week",
}
F05, F05A = numbered(
    [
        (1, "7", 7),
        (2, "Domain modelling exercise", None),
        (3, "Spent too long on naming", None),
        (4, "Raj is great", None),
        (11, "yes", "yes"),
        (12, "by Monday", "2026-11-30"),
    ],
    fmt="Question {n}: ",
)
F06, F06A = numbered(
    [
        (1, "8", 8),
        (2, "Talked about the grid forecasting work I did", None),
        (3, "Nothing stands out", None),
        (8, "\u00a3550 per day, outside IR35", [("550", "GBP", "day")]),
        (11, "yes", "yes"),
        (12, "Wednesday", "2026-12-02"),
    ],
    fmt="{n}.\n",
    sep="\n\n",
)

CASES = [
    Case(
        name="f01_gmail_web_de_client_english_answers",
        client="Gmail web (de)",
        language="en",
        shape="English answers, German Gmail attribution, multipart/alternative",
        debrief=HAFEN,
        text=top(F01, "Am Do., 26. Nov. 2026 um 17:42 Uhr schrieb Maya Example <maya@example.org>:", HAFEN),
        html=page(
            '<div dir="ltr">'
            + "".join(f"<div>{line}</div>" for line in F01.split("\n"))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Do., 26. Nov. 2026 um 17:42 Uhr '
            "schrieb Maya Example &lt;maya@example.org&gt;:<br></div>"
            + html_of(quoted(HAFEN.lines()), quote_class="gmail_quote")
            + "</div>"
        ),
        answers=F01A,
        forbidden=("schrieb Maya Example", "Skip anything you like"),
    ),
    Case(
        name="f02_outlook_windows_fr_client_english",
        client="Outlook desktop Windows (fr-FR)",
        language="en",
        shape="English partial answers, French De :/Envoyé : block, narrow nbsp before the euro sign",
        debrief=MISTRAL,
        text=F02
        + "\n\nMaya\n\n"
        + block(
            ("De :", "Envoyé :", "À :", "Objet :"),
            "jeudi 26 novembre 2026 17:42",
            MISTRAL,
            rule="-----Message d'origine-----",
        ),
        answers=F02A,
        forbidden=("Message d'origine", "Envoyé : jeudi", "Skip anything you like"),
        charset="utf-8",
        subject_prefix="RE : ",
        headers=(("X-Mailer", "Microsoft Outlook 16.0"),),
    ),
    Case(
        name="f03_outlook_ios_sv_client_english",
        client="Outlook iOS (sv-SE)",
        language="en",
        shape="English 'Q1.' answers, Swedish mobile footer and Från:/Skickat: block",
        debrief=NORRSKEN,
        text=F03
        + "\n\nSkaffa Outlook för iOS<https://aka.example/o0ukef>\n"
        + block(
            ("Från:", "Skickat:", "Till:", "Ämne:"),
            "torsdag, november 26, 2026 5:42 em",
            NORRSKEN,
            rule="________________________________",
        ),
        answers=F03A,
        forbidden=("Skaffa Outlook för iOS", "Skickat: torsdag", "Skip anything you like"),
        cte="base64",
        subject_prefix="SV: ",
    ),
    Case(
        name="f04_roundcube_inline_html",
        client="Roundcube",
        language="en",
        shape="inline under '>' quotes, Roundcube attribution, HTML alternative, 'Next week' left unvalued",
        debrief=KESTREL,
        text="On 2026-11-26 17:42, Maya Example wrote:\n" + inline(KESTREL, F04_REPLIES),
        html=page(
            "<p>On 2026-11-26 17:42, Maya Example wrote:</p>"
            + html_of(inline(KESTREL, F04_REPLIES), quote_class="")
        ),
        answers={
            "rating": ("6/10 - OK but not great", 6),
            "went_well": ("The people-management scenarios", None),
            "went_badly": ("Budget questions; I need to prepare real numbers", None),
            "rapport": ("Sam: good. Jane: hard to read.", None),
            "money": ("Not discussed yet.", {"amounts": [], "text": "Not discussed yet."}),
            "want_job": ("Not sure", "unsure"),
        },
        forbidden=("What money was discussed?", "Skip anything you like"),
        headers=(("User-Agent", "Roundcube Webmail/1.6.9"),),
    ),
    Case(
        name="f05_spark_question_numbers",
        client="Spark",
        language="en",
        shape="'Question 1:' numbering, Spark attribution with trailing comma before 'wrote'",
        debrief=ORCHID,
        text=top(F05, "On 26 Nov 2026 at 17:42 +0000, Maya Example <maya@example.org>, wrote:", ORCHID),
        answers=F05A,
        forbidden=("wrote:", "Skip anything you like"),
        headers=(("X-Readdle-Message-ID", "f05spark@readdle.example"),),
    ),
    Case(
        name="f06_airmail_answers_below_numbers",
        client="Airmail",
        language="en",
        shape="answers on the line after their numbers, Airmail attribution with the address in brackets",
        debrief=WILLOW,
        text=top(
            F06 + "\n\n--\nMaya Example\nSent with Airmail",
            "On 26 November 2026 at 17:42:13, Maya Example (maya@example.org) wrote:",
            WILLOW,
        ),
        answers=F06A,
        forbidden=("Sent with Airmail", "wrote:", "Skip anything you like"),
        headers=(("X-Mailer", "Airmail (703)"),),
    ),
]
