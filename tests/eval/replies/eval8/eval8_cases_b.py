"""Eval8 cases in a user's everyday shapes: top-posted and numbered her own ways, inline, bottom-posted, free text."""

from __future__ import annotations

from eval8_shapes import BOT_ADDR, FORM, SKIP, Case, debrief, debrief_html, gt, inline, money

BOT_LINE = f"followupd <{BOT_ADDR}>"

B: list[Case] = []

d = debrief(company="Contoso", role="Staff Engineer", who="Jane Doe and Raj Patel", token="b7mx2kqd")
B.append(
    Case(
        name="gmail_web_en_numbered_multipart",
        client="Gmail web",
        language="en",
        day="2026-11-02",
        shape="top-posted, numbered '1.', multipart/alternative, sign-off",
        token="b7mx2kqd",
        company="Contoso, Staff Engineer",
        text="1. 8/10\n"
        "2. System design. I drove the whole discussion and they said so.\n"
        "3. The behavioural round felt flat. I should have picked a conflict story with a clearer outcome.\n"
        "4. Jane and Raj were both easy to talk to. Yes, I could work with them.\n"
        "5. Platform work with real ownership, very close to what I want.\n"
        "8. $140k-$155k base per year, plus equity they didn't quantify\n"
        "11. Yes\n"
        "12. Thursday\n\n"
        "Thanks,\nMaya\n\n"
        f"On Mon, Nov 2, 2026 at 6:40\u202fPM followupd <{BOT_ADDR}> wrote:\n\n" + gt(d) + "\n",
        html='<div dir="ltr"><div>1. 8/10</div>'
        "<div>2. System design. I drove the whole discussion and they said so.</div>"
        "<div>3. The behavioural round felt flat. I should have picked a conflict story with a clearer "
        "outcome.</div><div>4. Jane and Raj were both easy to talk to. Yes, I could work with them.</div>"
        "<div>5. Platform work with real ownership, very close to what I want.</div>"
        "<div>8. $140k-$155k base per year, plus equity they didn&#39;t quantify</div>"
        "<div>11. Yes</div><div>12. Thursday</div><div><br></div><div>Thanks,</div><div>Maya</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 2, 2026 at 6:40\u202fPM '
        f'followupd &lt;<a href="mailto:{BOT_ADDR}">{BOT_ADDR}</a>&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">'
        + debrief_html(
            company="Contoso", role="Staff Engineer", who="Jane Doe and Raj Patel", token="b7mx2kqd"
        )
        + "</blockquote></div>\n",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("System design. I drove the whole discussion and they said so.", None),
            "went_badly": (
                "The behavioural round felt flat. I should have picked a conflict story with a clearer outcome.",
                None,
            ),
            "rapport": ("Jane and Raj were both easy to talk to. Yes, I could work with them.", None),
            "role": ("Platform work with real ownership, very close to what I want.", None),
            "money": money(
                "$140k-$155k base per year, plus equity they didn't quantify",
                ("140000", "USD", "year"),
                ("155000", "USD", "year"),
            ),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Thursday", "2026-11-05"),
        },
        forbidden=("Thanks,", "wrote:", FORM, "What went well?"),
    )
)

d = debrief(company="Fabrikam", role="Designer", who="Jane Doe", token="h2pw7dnt")
B.append(
    Case(
        name="apple_ios_fr_envoye_de_mon_iphone",
        client="Apple Mail (iOS)",
        language="fr",
        day="2026-11-17",
        shape="top-posted, numbered '1.', iPhone footer, attribution 'Le ... a \u00e9crit :'",
        token="h2pw7dnt",
        company="Fabrikam, Designer",
        text="1. 8\n"
        "2. La pr\u00e9sentation de mon portfolio, surtout le projet d\u2019appli bancaire.\n"
        "4. Jane est adorable, tr\u00e8s directe. Oui sans h\u00e9siter.\n"
        "11. Oui\n"
        "12. Jeudi 26\n\n"
        "Envoy\u00e9 de mon iPhone\n\n"
        f"> Le 17 nov. 2026 \u00e0 18:40, followupd <{BOT_ADDR}> a \u00e9crit\u00a0:\n>\n" + gt(d) + "\n",
        answers={
            "rating": ("8", 8),
            "went_well": (
                "La pr\u00e9sentation de mon portfolio, surtout le projet d\u2019appli bancaire.",
                None,
            ),
            "rapport": ("Jane est adorable, tr\u00e8s directe. Oui sans h\u00e9siter.", None),
            "want_job": ("Oui", "yes"),
            "hear_back": ("Jeudi 26", "2026-11-26"),
        },
        forbidden=("Envoy\u00e9 de mon iPhone", "a \u00e9crit", FORM),
    )
)

d = debrief(company="Litware", role="Platform Engineer", who="Raj Patel", token="n5ck3vyr")
B.append(
    Case(
        name="thunderbird_en_inline_under_quotes",
        client="Thunderbird",
        language="en",
        day="2026-11-20",
        shape="inline under '>' quotes, short last answers, '-- ' signature",
        token="n5ck3vyr",
        company="Litware, Platform Engineer",
        text=inline(
            "On 20/11/2026 18:40, followupd wrote:\n",
            {
                1: "7",
                3: "Terraform state question. I knew it but explained it badly.",
                6: "They publish their postmortems. That says a lot.",
                10: "Better than the Zava one, about equal to Tailspin.",
                11: "Yes",
                12: "Next Wednesday",
            },
            d,
        )
        + "\n-- \nMaya\n",
        answers={
            "rating": ("7", 7),
            "went_badly": ("Terraform state question. I knew it but explained it badly.", None),
            "company": ("They publish their postmortems. That says a lot.", None),
            "vs_others": ("Better than the Zava one, about equal to Tailspin.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Next Wednesday", "2026-11-25"),
        },
        forbidden=("wrote:", FORM, SKIP),
    )
)

d = debrief(company="Tailspin", role="Security Engineer", who="Jane Doe", token="c8tg4mwb")
B.append(
    Case(
        name="mutt_en_inline_two_paragraphs",
        client="mutt",
        language="en",
        day="2026-11-23",
        shape="inline under '>' quotes, an answer spanning two paragraphs, no money amounts, '-- ' signature",
        token="c8tg4mwb",
        company="Tailspin, Security Engineer",
        charset="us-ascii",
        cte="7bit",
        text=inline(
            f"* followupd <{BOT_ADDR}> [2026-11-23 18:40 +0100]:\n",
            {
                1: "6",
                3: "The threat-modelling exercise. I went straight to mitigations before\n"
                "agreeing the scope with them.\n\n"
                "Next time: ask who the attacker is first, then draw the data flows.",
                8: "Nothing concrete, they said salary comes up with HR.",
                12: "Early next week",
            },
            d,
        )
        + "\n-- \nMaya Example  | gpg 0x5EC0DE5A\n",
        answers={
            "rating": ("6", 6),
            "went_badly": (
                "The threat-modelling exercise. I went straight to mitigations before agreeing the scope with "
                "them.\n\nNext time: ask who the attacker is first, then draw the data flows.",
                None,
            ),
            "money": money("Nothing concrete, they said salary comes up with HR."),
            "hear_back": ("Early next week", "2026-12-01"),
        },
        forbidden=("gpg 0x5EC0DE5A", FORM, "[2026-11-23 18:40 +0100]"),
    )
)

d = debrief(company="Zava", role="Mobile Developer", who="Raj Patel", token="q4vd8sjh")
B.append(
    Case(
        name="k9_en_bottom_posted",
        client="K-9 Mail",
        language="en",
        day="2026-11-24",
        shape="bottom-posted, numbered '1.', K-9 footer",
        token="q4vd8sjh",
        company="Zava, Mobile Developer",
        text=f"On November 24, 2026 6:40:12 PM GMT+01:00, followupd <{BOT_ADDR}> wrote:\n"
        + gt(d)
        + "\n\n1. 7 out of 10\n"
        "2. Kotlin coroutines deep dive, nailed it.\n"
        "7. They want someone in the office 4 days. I'd ask for 3.\n"
        "12. Early next week\n\n"
        "-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.\n",
        answers={
            "rating": ("7 out of 10", 7),
            "went_well": ("Kotlin coroutines deep dive, nailed it.", None),
            "reservations": ("They want someone in the office 4 days. I'd ask for 3.", None),
            "hear_back": ("Early next week", "2026-12-01"),
        },
        forbidden=("K-9 Mail", "excuse my brevity", FORM),
    )
)

d = debrief(company="Woodgrove", role="Risikomanagerin", who="Jane Doe", token="f9kp2rxa")
B.append(
    Case(
        name="fairemail_de_numbered",
        client="FairEmail",
        language="de",
        day="2026-11-25",
        shape="top-posted, numbered '1.', FairEmail attribution, partial",
        token="f9kp2rxa",
        company="Woodgrove, Risikomanagerin",
        charset="iso-8859-1",
        text="1. Acht\n"
        "2. Die Fragen zu Basel III, da kenne ich mich aus.\n"
        "8. 95.000 CHF im Jahr\n"
        "12. Ende n\u00e4chster Woche\n\n"
        f"25.11.2026 18:40:12 {BOT_LINE}:\n\n" + gt(d) + "\n",
        answers={
            "rating": ("Acht", 8),
            "went_well": ("Die Fragen zu Basel III, da kenne ich mich aus.", None),
            "money": money("95.000 CHF im Jahr", ("95000", "CHF", "year")),
            "hear_back": ("Ende n\u00e4chster Woche", "2026-12-04"),
        },
        forbidden=("18:40:12", FORM),
    )
)

B.append(
    Case(
        name="proton_html_en_monday",
        client="Proton Mail",
        language="en",
        day="2026-11-26",
        shape="HTML only (protonmail_quote), numbered '1)', Proton footer",
        token="w3jc6nbe",
        company="Proseware, Engineering Manager",
        html='<div style="font-family: Arial, sans-serif; font-size: 14px;">1) 5</div>'
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">3) The org design question. I had no '
        "real answer for how I&#39;d split the team.</div>"
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">7) Manager seemed stretched thin. '
        "Would want to meet the skip-level.</div>"
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">11) Unsure</div>'
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">12) Monday</div>'
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
        '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" '
        'href="https://proton.example/mail">Proton Mail</a> secure email.</div></div>'
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        '<div class="protonmail_quote">On Thursday, November 26th, 2026 at 6:40 PM, followupd &lt;'
        f'{BOT_ADDR}&gt; wrote:<br><blockquote class="protonmail_quote" type="cite">'
        + debrief_html(company="Proseware", role="Engineering Manager", who="Raj Patel", token="w3jc6nbe")
        + "</blockquote><br></div>\n",
        answers={
            "rating": ("5", 5),
            "went_badly": ("The org design question. I had no real answer for how I'd split the team.", None),
            "reservations": ("Manager seemed stretched thin. Would want to meet the skip-level.", None),
            "want_job": ("Unsure", "unsure"),
            "hear_back": ("Monday", "2026-11-30"),
        },
        forbidden=("Sent with", "secure email", "use the form"),
    )
)

d = debrief(company="Contoso", role="Head of Data", who="Jane Doe", token="m6rs9tke")
B.append(
    Case(
        name="hey_free_text_only",
        client="HEY",
        language="en",
        day="2026-12-07",
        shape="free text only, no numbers, history under an attribution",
        token="m6rs9tke",
        company="Contoso, Head of Data",
        text="Honestly too tired to go through the list tonight. Short version: good conversation, "
        "odd vibe from the CTO, I\u2019ll fill in the form tomorrow.\n\n"
        f"On December 7, 2026, followupd <{BOT_ADDR}> wrote:\n" + gt(d) + "\n",
        free_notes="Honestly too tired to go through the list tonight. Short version: good conversation, "
        "odd vibe from the CTO, I\u2019ll fill in the form tomorrow.",
        forbidden=(FORM, SKIP),
    )
)

d = debrief(company="Northwind", role="Technical Writer", who="Raj Patel", token="p2xn5cwa")
B.append(
    Case(
        name="fastmail_en_inline_partial",
        client="Fastmail",
        language="en",
        day="2026-12-08",
        shape="inline under '>' quotes, partial, smart quotes",
        token="p2xn5cwa",
        company="Northwind, Technical Writer",
        text=inline(
            "On Tue, 8 Dec 2026, at 18:40, followupd wrote:\n",
            {
                2: "The writing sample review \u2013 they liked how I restructured the API guide.",
                5: "It\u2019s docs-as-code, which is exactly the direction I want to go.",
                11: "yes",
            },
            d,
        )
        + "\nMaya\n",
        answers={
            "went_well": (
                "The writing sample review \u2013 they liked how I restructured the API guide.",
                None,
            ),
            "role": ("It\u2019s docs-as-code, which is exactly the direction I want to go.", None),
            "want_job": ("yes", "yes"),
        },
        forbidden=("wrote:", FORM, SKIP),
    )
)

d = debrief(company="Fourth Coffee", role="Teamleiterin Logistik", who="Jane Doe", token="r8dm3pzq")
B.append(
    Case(
        name="roundcube_de_paren_numbers",
        client="Roundcube",
        language="de",
        day="2026-12-09",
        shape="top-posted, numbered '(1)', answers split by blank lines",
        token="r8dm3pzq",
        company="Fourth Coffee, Teamleiterin Logistik",
        charset="iso-8859-15",
        text="(1) 7\n\n"
        "(3) Zu wenig Zahlen aus meinem jetzigen Lager genannt.\n\n"
        "(7) Schichtarbeit am Wochenende, das m\u00fcsste man kl\u00e4ren.\n\n"
        "(8) 4.100 \u20ac brutto im Monat\n\n"
        "(11) Nein\n\n"
        "(12) Mitte n\u00e4chster Woche\n\n"
        "Gru\u00df, Maya\n\n"
        "Am 09.12.2026 18:40, schrieb followupd:\n" + gt(d) + "\n",
        answers={
            "rating": ("7", 7),
            "went_badly": ("Zu wenig Zahlen aus meinem jetzigen Lager genannt.", None),
            "reservations": ("Schichtarbeit am Wochenende, das m\u00fcsste man kl\u00e4ren.", None),
            "money": money("4.100 \u20ac brutto im Monat", ("4100", "EUR", "month")),
            "want_job": ("Nein", "no"),
            "hear_back": ("Mitte n\u00e4chster Woche", "2026-12-16"),
        },
        forbidden=("Gru\u00df, Maya", "schrieb followupd", FORM),
    )
)

d = debrief(company="Relecloud", role="Cloud Architect", who="Jane Doe and Raj Patel", token="s6kt2bmv")
B.append(
    Case(
        name="spark_en_number_on_own_line",
        client="Spark",
        language="en",
        day="2026-12-10",
        shape="top-posted, each number on its own line with the answer below, Spark attribution",
        token="s6kt2bmv",
        company="Relecloud, Cloud Architect",
        text="1:\n9\n\n"
        "2:\nMigration story from my current job, and the cost model.\n\n"
        "4:\nJane and Raj both great. Yes.\n\n"
        "8:\n$95 per hour, contract to hire\n\n"
        "12:\nMonday the 14th\n\n"
        f"On 10 Dec 2026 at 18:40 +0100, followupd <{BOT_ADDR}>, wrote:\n" + gt(d) + "\n",
        answers={
            "rating": ("9", 9),
            "went_well": ("Migration story from my current job, and the cost model.", None),
            "rapport": ("Jane and Raj both great. Yes.", None),
            "money": money("$95 per hour, contract to hire", ("95", "USD", "hour")),
            "hear_back": ("Monday the 14th", "2026-12-14"),
        },
        forbidden=("wrote:", FORM),
    )
)

d = debrief(company="Tailwind Traders", role="Category Manager", who="Raj Patel", token="a4vh7wnc")
B.append(
    Case(
        name="airmail_en_hash_out_of_order",
        client="Airmail",
        language="en",
        day="2026-12-11",
        shape="top-posted, '#1' numbering out of order, Airmail footer",
        token="a4vh7wnc",
        company="Tailwind Traders, Category Manager",
        text="#12 Within 3 business days\n"
        "#1 8\n"
        "#6 Family owned, long-term thinking, no PE breathing down their necks.\n"
        "#2 Supplier negotiation role-play.\n"
        "#11 Yes!\n\n"
        "Sent with Airmail\n\n"
        f"On 11 December 2026 at 18:40:31, followupd ({BOT_ADDR}) wrote:\n\n" + gt(d) + "\n",
        answers={
            "hear_back": ("Within 3 business days", "2026-12-16"),
            "rating": ("8", 8),
            "company": ("Family owned, long-term thinking, no PE breathing down their necks.", None),
            "went_well": ("Supplier negotiation role-play.", None),
            "want_job": ("Yes!", "yes"),
        },
        forbidden=("Sent with Airmail", "wrote:", FORM),
    )
)

B.append(
    Case(
        name="gmx_html_de_gesendet_von",
        client="GMX",
        language="de",
        day="2026-12-14",
        shape="HTML only (GMX blockquote with Gesendet/Von header), numbered '1.'",
        token="g7qb4xhs",
        company="Alpine Ski House, Controllerin",
        html='<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
        "<div>1. neun</div><div>2. Der Excel-Test, war in zehn Minuten fertig.</div>"
        "<div>5. Viel Verantwortung f\u00fcr die Planung, genau mein Ding.</div>"
        "<div>11. Ja, sehr gern</div><div>12. Freitag</div><div>&nbsp;</div><div>LG Maya</div>"
        '<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
        'border-left:2px solid #C3D9E5; word-wrap: break-word;">'
        '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Montag, 14. Dezember 2026 um 18:40 Uhr<br>'
        f"<b>Von:</b>&nbsp;&quot;followupd&quot; &lt;{BOT_ADDR}&gt;<br><b>An:</b>&nbsp;maya@example.org<br>"
        "<b>Betreff:</b>&nbsp;Debrief: Alpine Ski House, Controllerin [fu-g7qb4xhs]</div>"
        '<div name="quoted-content">'
        + debrief_html(company="Alpine Ski House", role="Controllerin", who="Jane Doe", token="g7qb4xhs")
        + "</div></div></div></div></div></body></html>\n",
        answers={
            "rating": ("neun", 9),
            "went_well": ("Der Excel-Test, war in zehn Minuten fertig.", None),
            "role": ("Viel Verantwortung f\u00fcr die Planung, genau mein Ding.", None),
            "want_job": ("Ja, sehr gern", "yes"),
            "hear_back": ("Freitag", "2026-12-18"),
        },
        forbidden=("LG Maya", "Gesendet:", "use the form"),
    )
)

d = debrief(company="Coho Winery", role="Finance Lead", who="Jane Doe", token="e3wz8kpr")
B.append(
    Case(
        name="evolution_en_inline_short_answers",
        client="Evolution",
        language="en",
        day="2026-12-18",
        shape="inline under '>' quotes, short answers ('Hiring Manager Friendly', 'Better', 'Yes')",
        token="e3wz8kpr",
        company="Coho Winery, Finance Lead",
        text=inline(
            "On Fri, 2026-12-18 at 18:40 +0100, followupd wrote:\n",
            {
                1: "8",
                4: "Hiring Manager Friendly",
                9: "Better",
                11: "Yes",
            },
            d,
        ),
        answers={
            "rating": ("8", 8),
            "rapport": ("Hiring Manager Friendly", None),
            "vs_current": ("Better", None),
            "want_job": ("Yes", "yes"),
        },
        forbidden=("wrote:", FORM, SKIP),
    )
)

d = debrief(company="Lucerne Publishing", role="Editor", who="Raj Patel", token="x5fn2cyd")
B.append(
    Case(
        name="claws_en_question_n_wrapped_attribution",
        client="Claws Mail",
        language="en",
        day="2026-12-21",
        shape="top-posted, 'Question 1:' numbering, Claws attribution over two lines",
        token="x5fn2cyd",
        company="Lucerne Publishing, Editor",
        charset="iso-8859-1",
        cte="8bit",
        text="Question 1: 7/10\n"
        "Question 2: The edit test. Found all the planted errors.\n"
        "Question 8: \u00a338,000 a year\n"
        "Question 11: Yes\n"
        "Question 12: By the 30th\n\n"
        "Maya\n\n"
        "On Mon, 21 Dec 2026 18:40:00 +0100\n"
        f"followupd <{BOT_ADDR}> wrote:\n\n" + gt(d) + "\n",
        answers={
            "rating": ("7/10", 7),
            "went_well": ("The edit test. Found all the planted errors.", None),
            "money": money("\u00a338,000 a year", ("38000", "GBP", "year")),
            "want_job": ("Yes", "yes"),
            "hear_back": ("By the 30th", "2026-12-30"),
        },
        forbidden=("wrote:", FORM),
    )
)

B.append(
    Case(
        name="tutanota_html_en_numbered",
        client="Tutanota",
        language="en",
        day="2026-12-22",
        shape="HTML only (tutanota_quote), numbered '1.', partial",
        token="k2tr6vma",
        company="Graphic Design Institute, Lecturer",
        html='<div dir="auto">1. 9<br></div><div dir="auto">2. The teaching demo; students asked good questions.'
        '<br></div><div dir="auto">9. More teaching, less admin than my current job.<br></div>'
        '<div dir="auto">11. Yes<br></div><div dir="auto"><br></div>'
        f'<div dir="auto">Dec 22, 2026, 18:40 by {BOT_ADDR}:<br></div>'
        '<blockquote class="tutanota_quote" style="border-left: 1px solid #93A3B8; padding-left: 10px; '
        'margin-left: 5px;">'
        + debrief_html(company="Graphic Design Institute", role="Lecturer", who="Jane Doe", token="k2tr6vma")
        + '</blockquote><div dir="auto"><br></div>\n',
        answers={
            "rating": ("9", 9),
            "went_well": ("The teaching demo; students asked good questions.", None),
            "vs_current": ("More teaching, less admin than my current job.", None),
            "want_job": ("Yes", "yes"),
        },
        forbidden=("18:40 by", "use the form"),
    )
)

d = debrief(company="Trey Research", role="Laboratorietekniker", who="Jane Doe", token="d8pc4nqt")
B.append(
    Case(
        name="mailspring_da_next_week_new_year",
        client="Mailspring",
        language="da",
        day="2026-12-23",
        shape="top-posted, numbered '1.', English client attribution, Danish answers",
        token="d8pc4nqt",
        company="Trey Research, Laboratorietekniker",
        charset="iso-8859-1",
        text="1. 8 ud af 10\n"
        "2. Jeg kunne svare p\u00e5 alt om PCR.\n"
        "3. Glemte at sp\u00f8rge til arbejdstiderne.\n"
        "8. 38.000 DKK om m\u00e5neden\n"
        "11. Ja\n"
        "12. I n\u00e6ste uge\n\n"
        "Mvh Maya\n\n"
        f"On Dec 23 2026, at 6:40 pm, followupd <{BOT_ADDR}> wrote:\n" + gt(d) + "\n",
        answers={
            "rating": ("8 ud af 10", 8),
            "went_well": ("Jeg kunne svare p\u00e5 alt om PCR.", None),
            "went_badly": ("Glemte at sp\u00f8rge til arbejdstiderne.", None),
            "money": money("38.000 DKK om m\u00e5neden", ("38000", "DKK", "month")),
            "want_job": ("Ja", "yes"),
            "hear_back": ("I n\u00e6ste uge", "2027-01-01"),
        },
        forbidden=("Mvh Maya", "wrote:", FORM),
    )
)

d = debrief(company="Wide World Importers", role="Innkj\u00f8per", who="Raj Patel", token="u5yk9bwe")
B.append(
    Case(
        name="emclient_no_opprinnelig_melding",
        client="eM Client",
        language="no",
        day="2026-12-28",
        shape="top-posted, numbered '1.', unquoted '------ Opprinnelig melding ------' history",
        token="u5yk9bwe",
        company="Wide World Importers, Innkj\u00f8per",
        crlf=True,
        text="1. 7 av 10\n"
        "2. Forhandlingscaset gikk bra.\n"
        "8. 650\u00a0000 NOK i \u00e5ret\n"
        "11. Vet ikke helt\n"
        "12. Fredag\n\n"
        "Hilsen Maya\n\n"
        "------ Opprinnelig melding ------\n"
        f"Fra: {BOT_LINE}\nTil: maya@example.org\nSendt: 28.12.2026 18:40:00\n"
        "Emne: Debrief: Wide World Importers, Innkj\u00f8per [fu-u5yk9bwe]\n\n" + d,
        answers={
            "rating": ("7 av 10", 7),
            "went_well": ("Forhandlingscaset gikk bra.", None),
            "money": money("650\u00a0000 NOK i \u00e5ret", ("650000", "NOK", "year")),
            "want_job": ("Vet ikke helt", "unsure"),
            "hear_back": ("Fredag", "2027-01-01"),
        },
        forbidden=("Hilsen Maya", "Opprinnelig melding", FORM),
    )
)

d = debrief(company="Humongous Insurance", role="Data Analyst", who="Jane Doe", token="n3hg7kvs")
B.append(
    Case(
        name="naver_ko_original_message",
        client="Naver Mail",
        language="ko",
        day="2026-11-30",
        shape="top-posted, numbered '1.', unquoted -----Original Message----- history",
        token="n3hg7kvs",
        company="Humongous Insurance, Data Analyst",
        charset="euc-kr",
        cte="base64",
        text="1. 8\uc810\n"
        "2. SQL \uacfc\uc81c\ub97c \ube68\ub9ac \ud480\uc5c8\uc2b5\ub2c8\ub2e4.\n"
        "8. \uc5f0\ubd09 65,000,000\uc6d0\n"
        "11. \ub124\n"
        "12. \ub2e4\uc74c \uc8fc \uae08\uc694\uc77c\n\n"
        "-----Original Message-----\n"
        f"From: {BOT_LINE}\nTo: maya@example.org\nSent: 2026-11-30 (\uc6d4) 18:40:00\n"
        "Subject: Debrief: Humongous Insurance, Data Analyst [fu-n3hg7kvs]\n\n" + d,
        answers={
            "rating": ("8\uc810", 8),
            "went_well": ("SQL \uacfc\uc81c\ub97c \ube68\ub9ac \ud480\uc5c8\uc2b5\ub2c8\ub2e4.", None),
            "money": money("\uc5f0\ubd09 65,000,000\uc6d0", ("65000000", "KRW", "year")),
            "want_job": ("\ub124", "yes"),
            "hear_back": ("\ub2e4\uc74c \uc8fc \uae08\uc694\uc77c", "2026-12-11"),
        },
        forbidden=("Original Message", FORM),
    )
)

d = debrief(company="Southridge Video", role="\u4ea7\u54c1\u7ecf\u7406", who="Raj Patel", token="q9wm4tbx")
B.append(
    Case(
        name="qq_mail_zh_yuanshi_youjian",
        client="QQ Mail",
        language="zh",
        day="2026-12-09",
        shape="top-posted, numbered '1\u3001', unquoted \u539f\u59cb\u90ae\u4ef6 history",
        token="q9wm4tbx",
        company="Southridge Video, \u4ea7\u54c1\u7ecf\u7406",
        charset="gb18030",
        cte="base64",
        text="1\u3001 7/10\n"
        "2\u3001 \u4ea7\u54c1\u6848\u4f8b\u5206\u6790\u8bb2\u5f97\u4e0d\u9519\n"
        "7\u3001 \u52a0\u73ed\u6bd4\u8f83\u591a\uff0c\u60f3\u95ee\u6e05\u695a\u5f3a\u5ea6\n"
        "11\u3001 \u4e0d\u786e\u5b9a\n"
        "12\u3001 \u4e0b\u5468\u4e00\n\n"
        "------------------&nbsp;\u539f\u59cb\u90ae\u4ef6&nbsp;------------------\n".replace("&nbsp;", " ")
        + f'\u53d1\u4ef6\u4eba: "followupd"<{BOT_ADDR}>;\n'
        "\u53d1\u9001\u65f6\u95f4:&nbsp;2026\u5e7412\u67089\u65e5(\u661f\u671f\u4e09) \u665a\u4e0a6:40\n".replace(
            "&nbsp;", " "
        )
        + '\u6536\u4ef6\u4eba: "Maya"<maya@example.org>;\n'
        "\u4e3b\u9898: Debrief: Southridge Video [fu-q9wm4tbx]\n\n" + d,
        answers={
            "rating": ("7/10", 7),
            "went_well": ("\u4ea7\u54c1\u6848\u4f8b\u5206\u6790\u8bb2\u5f97\u4e0d\u9519", None),
            "reservations": (
                "\u52a0\u73ed\u6bd4\u8f83\u591a\uff0c\u60f3\u95ee\u6e05\u695a\u5f3a\u5ea6",
                None,
            ),
            "want_job": ("\u4e0d\u786e\u5b9a", "unsure"),
            "hear_back": ("\u4e0b\u5468\u4e00", "2026-12-14"),
        },
        forbidden=("\u539f\u59cb\u90ae\u4ef6", FORM),
    )
)

d = debrief(company="Bellows College", role="Researcher", who="Jane Doe", token="v7cs3jph")
B.append(
    Case(
        name="gmail_web_ja_iso2022",
        client="Gmail web",
        language="ja",
        day="2026-12-01",
        shape="top-posted, numbered '1.', Japanese attribution, ISO-2022-JP",
        token="v7cs3jph",
        company="Bellows College, Researcher",
        charset="iso-2022-jp",
        cte="7bit",
        text="1. 8\u70b9\n"
        "2. \u7814\u7a76\u767a\u8868\u306f\u3046\u307e\u304f\u3044\u304d\u307e\u3057\u305f\u3002\n"
        "3. \u82f1\u8a9e\u306e\u8cea\u7591\u5fdc\u7b54\u3067\u5c11\u3057\u8a70\u307e\u308a\u307e\u3057\u305f\u3002\n"
        "8. \u5e74\u53ce800\u4e07\u5186\n"
        "11. \u306f\u3044\n"
        "12. \u6765\u9031\u306e\u91d1\u66dc\u65e5\n\n"
        "2026\u5e7412\u67081\u65e5(\u706b) 18:40 followupd <"
        f"{BOT_ADDR}>:\n\n" + gt(d) + "\n",
        answers={
            "rating": ("8\u70b9", 8),
            "went_well": (
                "\u7814\u7a76\u767a\u8868\u306f\u3046\u307e\u304f\u3044\u304d\u307e\u3057\u305f\u3002",
                None,
            ),
            "went_badly": (
                "\u82f1\u8a9e\u306e\u8cea\u7591\u5fdc\u7b54\u3067\u5c11\u3057\u8a70\u307e\u308a\u307e\u3057\u305f\u3002",
                None,
            ),
            "money": money("\u5e74\u53ce800\u4e07\u5186", ("8000000", "JPY", "year")),
            "want_job": ("\u306f\u3044", "yes"),
            "hear_back": ("\u6765\u9031\u306e\u91d1\u66dc\u65e5", "2026-12-11"),
        },
        forbidden=("18:40 followupd", FORM),
    )
)

d = debrief(company="Proseware", role="Solutions Consultant", who="Jane Doe", token="j4bn8rqw")
B.append(
    Case(
        name="gmail_web_en_answer_then_forward",
        client="Gmail web",
        language="en",
        day="2026-12-03",
        shape="answer-then-forward: numbered '1.' answers, then a forwarded recruiter message",
        token="j4bn8rqw",
        company="Proseware, Solutions Consultant",
        text="1. 7\n"
        "2. Discovery call role-play went really well.\n"
        "8. $120,000 OTE per year, 70/30 split\n"
        "12. Monday the 7th\n\n"
        "Recruiter's note below for the record.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Raj Patel <raj.patel@proseware.example>\n"
        "Date: Thu, Dec 3, 2026 at 5:02\u202fPM\n"
        "Subject: Next steps\n"
        "To: Maya Example <maya@example.org>\n\n\n"
        "Hi Maya,\n\n"
        "Thanks for your time today. The panel will meet on Friday and I expect to have feedback for you by "
        "Monday the 7th. The range for this role is $110,000 to $125,000 OTE.\n\n"
        "Best,\nRaj Patel\nTalent Partner, Proseware\n\n\n"
        f"On Thu, Dec 3, 2026 at 6:40\u202fPM followupd <{BOT_ADDR}> wrote:\n\n" + gt(d) + "\n",
        answers={
            "rating": ("7", 7),
            "went_well": ("Discovery call role-play went really well.", None),
            "money": money("$120,000 OTE per year, 70/30 split", ("120000", "USD", "year")),
            "hear_back": ("Monday the 7th", "2026-12-07"),
        },
        free_notes="Recruiter's note below for the record.",
        forbidden=(
            "Talent Partner",
            "The panel will meet",
            "$110,000 to $125,000",
            "Forwarded message",
            FORM,
        ),
    )
)

d = debrief(
    company="Zava", role="\u0410\u043d\u0430\u043b\u0438\u0442\u0438\u043a", who="Raj Patel", token="y6kd3ftm"
)
B.append(
    Case(
        name="yandex_ru_numbered",
        client="Yandex Mail",
        language="ru",
        day="2026-12-03",
        shape="top-posted, numbered '1.', Yandex attribution 'date, time, \"name\" <addr>:'",
        token="y6kd3ftm",
        company="Zava, \u0410\u043d\u0430\u043b\u0438\u0442\u0438\u043a",
        charset="koi8-r",
        cte="base64",
        text="1. 7 \u0438\u0437 10\n"
        "2. \u041a\u0435\u0439\u0441 \u043f\u0440\u043e \u043c\u0435\u0442\u0440\u0438\u043a\u0438 "
        "\u0440\u0435\u0448\u0438\u043b\u0430 \u0431\u044b\u0441\u0442\u0440\u043e.\n"
        "8. 250 000 \u0440\u0443\u0431\u043b\u0435\u0439 \u0432 \u043c\u0435\u0441\u044f\u0446\n"
        "11. \u041d\u0435 \u0437\u043d\u0430\u044e\n"
        "12. \u0427\u0435\u0440\u0435\u0437 \u0434\u0432\u0435 \u043d\u0435\u0434\u0435\u043b\u0438\n\n"
        "--\n\u041c\u0430\u0439\u044f\n\n"
        f'03.12.2026, 18:40, "followupd" <{BOT_ADDR}>:\n' + gt(d) + "\n",
        answers={
            "rating": ("7 \u0438\u0437 10", 7),
            "went_well": (
                "\u041a\u0435\u0439\u0441 \u043f\u0440\u043e \u043c\u0435\u0442\u0440\u0438\u043a\u0438 "
                "\u0440\u0435\u0448\u0438\u043b\u0430 \u0431\u044b\u0441\u0442\u0440\u043e.",
                None,
            ),
            "money": money(
                "250 000 \u0440\u0443\u0431\u043b\u0435\u0439 \u0432 \u043c\u0435\u0441\u044f\u0446",
                ("250000", "RUB", "month"),
            ),
            "want_job": ("\u041d\u0435 \u0437\u043d\u0430\u044e", "unsure"),
            "hear_back": (
                "\u0427\u0435\u0440\u0435\u0437 \u0434\u0432\u0435 \u043d\u0435\u0434\u0435\u043b\u0438",
                "2026-12-17",
            ),
        },
        forbidden=("\u041c\u0430\u0439\u044f", FORM),
    )
)

d = debrief(company="Litware", role="Data Steward", who="Jane Doe", token="i8fw5nzc")
B.append(
    Case(
        name="apple_mail_macos_nl_plain",
        client="Apple Mail (macOS)",
        language="nl",
        day="2026-12-08",
        shape="top-posted, numbered '1.', Dutch attribution 'Op ... heeft ... het volgende geschreven:'",
        token="i8fw5nzc",
        company="Litware, Data Steward",
        text="1. 6\n"
        "3. Ik wist te weinig over hun datacatalogus.\n"
        "4. Prettig gesprek met Jane, ja.\n"
        "8. \u20ac 4.500 bruto per maand\n"
        "11. Nee\n\n"
        "Groetjes,\nMaya\n\n"
        f"> Op 8 dec. 2026 om 18:40 heeft followupd <{BOT_ADDR}> het volgende geschreven:\n>\n"
        + gt(d)
        + "\n",
        answers={
            "rating": ("6", 6),
            "went_badly": ("Ik wist te weinig over hun datacatalogus.", None),
            "rapport": ("Prettig gesprek met Jane, ja.", None),
            "money": money("\u20ac 4.500 bruto per maand", ("4500", "EUR", "month")),
            "want_job": ("Nee", "no"),
        },
        forbidden=("Groetjes", "het volgende geschreven", FORM),
    )
)

CASES_B = tuple(B)
