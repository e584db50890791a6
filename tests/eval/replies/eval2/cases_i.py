"""Second held-out set, part I: Swedish inline, Polish in full, an old-style Outlook reply and a few mobile ones."""

from __future__ import annotations

import html

from shapes import Case, Debrief, block, html_of, inline, numbered, page, top

VASA = Debrief("Vasa Robotics", "Embedded Engineer", "Jane Doe", "d9tn4w7q")
KRAK = Debrief("Krakowska Fintech", "Senior Developer", "Raj Patel", "e2mh6c3x")
GRANITE = Debrief("Granite Insurance", "Solutions Engineer", "Jane Doe and Raj Patel", "f6vq9k2b")
ELBE = Debrief("Elbe Medien", "Frontend Lead", "Jane Doe", "g3xw5p8n")
LINDEN = Debrief("Linden Bio", "Bioinformatics Engineer", "Sam Lee", "h8kc2m6t")
TULIP = Debrief("Tulip Cloud", "Platform Engineer", "Raj Patel", "j5dr7v3w")

I01_REPLIES = {
    1: "Sex av tio.",
    2: "Frågorna om RTOS gick bra.",
    4: "Trevlig, lite reserverad.",
    11: "Vet inte än.",
    12: "Inom två veckor.",
}
I02, I02A = numbered(
    [
        (1, "7/10", 7),
        (2, "Zadanie z mikroserwisami", None),
        (3, "Za długo o starym projekcie", None),
        (4, "Raj bardzo sympatyczny", None),
        (5, "Dużo samodzielności", None),
        (6, "Stabilna firma, dobre opinie", None),
        (7, "Praca z biura 3 dni w tygodniu", None),
        (8, "20-22 tys. zł netto miesięcznie na B2B", [("20000", "PLN", "month"), ("22000", "PLN", "month")]),
        (9, "Lepsze pieniądze", None),
        (10, "Na razie najlepsza", None),
        (11, "tak", "yes"),
        (12, "w przyszły wtorek", "2026-12-01"),
    ]
)
I03, I03A = numbered(
    [
        (1, "6\u00a0/\u00a010", 6),
        (2, "Customer demo role-play", None),
        (3, "I rambled on the \u201cwhy are you leaving\u201d question", None),
        (4, "Jane \u2013 great; Raj \u2013 tough but fair", None),
        (8, "$120k base + $20k bonus", [("120000", "USD", None), ("20000", "USD", None)]),
        (11, "Not sure", "unsure"),
        (12, "end of next week (Friday the 4th)", "2026-12-04"),
    ]
)
I04, I04A = numbered(
    [
        (1, "9/10", 9),
        (2, "Alles rund um Barrierefreiheit", None),
        (8, "72k brutto", [("72000", None, None)]),
        (11, "Ja!!", "yes"),
        (12, "Mittwoch", "2026-12-02"),
    ]
)
I05, I05A = numbered(
    [
        (1, "3", 3),
        (3, "Basically everything about the pipeline question", None),
        (11, "No", "no"),
    ],
    fmt="{n} \u2013 ",
)
I06, I06A = numbered(
    [
        (1, "8/10", 8),
        (2, "Cost optimisation stories", None),
        (4, "Raj is great", None),
        (8, "\u20ac95k/yr", [("95000", "EUR", "year")]),
        (11, "yes", "yes"),
        (12, "in two weeks", "2026-12-10"),
    ]
)

CASES = [
    Case(
        name="i01_thunderbird_sv_inline",
        client="Thunderbird (sv-SE)",
        language="sv",
        shape="inline under '>' quotes, Swedish Thunderbird attribution",
        debrief=VASA,
        text="Den 2026-11-26 kl. 17:42, skrev Maya Example:\n" + inline(VASA, I01_REPLIES),
        answers={
            "rating": ("Sex av tio.", 6),
            "went_well": ("Frågorna om RTOS gick bra.", None),
            "rapport": ("Trevlig, lite reserverad.", None),
            "want_job": ("Vet inte än.", "unsure"),
            "hear_back": ("Inom två veckor.", "2026-12-10"),
        },
        forbidden=("skrev Maya Example", "Skip anything you like", "What went well?"),
        charset="iso-8859-1",
        headers=(("User-Agent", "Mozilla Thunderbird"),),
    ),
    Case(
        name="i02_gmail_web_pl_full",
        client="Gmail web (pl)",
        language="pl",
        shape="top-posted numbered, all twelve, Polish Gmail attribution",
        debrief=KRAK,
        text=top(
            I02 + "\n\nPozdrawiam\nMaya",
            "czw., 26 lis 2026 o 17:42 Maya Example <maya@example.org> napisał(a):",
            KRAK,
        ),
        answers=I02A,
        forbidden=("Pozdrawiam", "napisał(a):", "Skip anything you like"),
        cte="base64",
    ),
    Case(
        name="i03_outlook_windows_original_message_pixel",
        client="Outlook desktop Windows",
        language="en",
        shape="numbered, nbsp and smart quotes, '-----Original Message-----', HTML with a tracking pixel",
        debrief=GRANITE,
        text=I03
        + "\n\nRegards,\nMaya\n\n"
        + block(
            ("From:", "Sent:", "To:", "Subject:"),
            "Thursday, November 26, 2026 5:42 PM",
            GRANITE,
            rule="-----Original Message-----",
        ),
        html=page(
            '<div class="WordSection1">'
            + "".join(f'<p class="MsoNormal">{html.escape(line)}</p>' for line in I03.split("\n"))
            + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Regards,<br>Maya</p>'
            + '<img width="1" height="1" src="https://track.example/open/a1b2c3.png" alt="">'
            + '<p class="MsoNormal">-----Original Message-----<br><b>From:</b> Maya Example '
            "&lt;maya@example.org&gt;<br><b>Sent:</b> Thursday, November 26, 2026 5:42 PM</p>"
            + html_of("\n".join(GRANITE.lines()))
            + "</div>"
        ),
        answers=I03A,
        forbidden=("Regards,", "Original Message", "Skip anything you like"),
        charset="windows-1252",
        subject_prefix="RE: ",
    ),
    Case(
        name="i04_apple_ios_de",
        client="Apple Mail iOS (de-DE)",
        language="de",
        shape="partial numbered, German iPhone footer and attribution, amount without currency",
        debrief=ELBE,
        text=top(
            I04 + "\n\nVon meinem iPhone gesendet",
            "> Am 26.11.2026 um 17:42 schrieb Maya Example <maya@example.org>:\n>",
            ELBE,
            gap="",
        ),
        answers=I04A,
        forbidden=("Von meinem iPhone gesendet", "schrieb Maya Example", "Skip anything you like"),
        subject_prefix="AW: ",
    ),
    Case(
        name="i05_gmail_ios_en_dash_numbers",
        client="Gmail iOS",
        language="en",
        shape="three answers numbered with an en dash, no greeting",
        debrief=LINDEN,
        text=top(I05, "On Thu, Nov 26, 2026 at 5:42\u202fPM Maya Example <maya@example.org> wrote:", LINDEN),
        answers=I05A,
        forbidden=("wrote:", "Skip anything you like"),
    ),
    Case(
        name="i06_outlook_mac_nl_client_english",
        client="Outlook desktop Mac (nl-NL)",
        language="en",
        shape="English answers under a Dutch Van:/Datum: block, second own address",
        debrief=TULIP,
        text=I06
        + "\n\nMaya\n\n"
        + block(("Van:", "Datum:", "Aan:", "Onderwerp:"), "donderdag, 26 november 2026 om 17:42", TULIP),
        answers=I06A,
        forbidden=("Datum: donderdag", "Skip anything you like"),
        own=("maya@example.org", "maya.example@work.example"),
        sender="maya.example@work.example",
        headers=(("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),),
    ),
]
