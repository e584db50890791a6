"""Second held-out set, part C: inline, HTML-only, bottom-posted, free-text and forwarding replies."""

from __future__ import annotations

import html
from typing import Any

from shapes import QIDS, QUESTIONS, Case, Debrief, html_of, inline, money, numbered, page, quoted

ORBIT = Debrief("Orbit Freight", "Site Reliability Engineer", "Raj Patel", "m2qd8k4v")
QUILL = Debrief("Quill Books", "Frontend Engineer", "Jane Doe", "n6wx3h7b")
TIDE = Debrief("Tidewater Bank", "Security Engineer", "Jane Doe and Raj Patel", "p9ks5c2f")
MAPLE = Debrief("Maple Mobility", "Android Developer", "Sam Lee", "q4tv7m3n")
ZEPHYR = Debrief("Zephyr Cloud", "Solutions Architect", "Raj Patel", "r8bh2w6x")

C01_REPLIES = {
    1: "7. The load balancer question threw me for a minute.",
    2: "Postmortem culture; they liked my runbook examples.",
    3: "Took too long on the capacity estimate. Round the numbers earlier.",
    4: "Raj is sharp and kind, I'd enjoy working with him.",
    8: "Band is 90k to 100k GBP a year.",
    11: "Yes",
    12: "Raj said Friday.",
}
C04_REPLIES = {
    1: "6",
    2: "Component design, accessibility answers",
    7: "They ship weekly without tests? Ask Jane how QA works",
    11: "unsure",
}


def _inline_answers(
    replies: dict[int, str], *, fixes: dict[int, Any] | None = None
) -> dict[str, tuple[str, Any]]:
    fixes = fixes or {}
    out: dict[str, tuple[str, Any]] = {}
    for number, text in replies.items():
        value = fixes.get(number)
        out[QIDS[number - 1]] = money(text, *value) if QIDS[number - 1] == "money" else (text, value)
    return out


def _unquoted_inline(debrief: Debrief, replies: dict[int, str], *, marker: str) -> str:
    lines = debrief.intro()
    for number, question in enumerate(QUESTIONS, start=1):
        lines.append(f"{number}. {question}")
        if number in replies:
            lines.append(f"{marker}{replies[number]}")
        lines.append("")
    return "\n".join(lines + debrief.outro())


C02_REPLIES = {
    1: "8/10",
    2: "Chaos engineering discussion, my strongest topic",
    3: "Nothing really",
    5: "Multi-cloud, large scale, very close to what I want",
    8: "USD 75 per hour on contract, 6 months",
    11: "Probably",
    12: "Early next week",
}
C03_REPLIES = {
    1: "4 out of 5",
    4: "Sam was lovely, the CTO less so",
    7: "Kotlin Multiplatform rewrite seems risky; ask for the roadmap",
    9: "Similar pay, more interesting product",
    11: "Not sure",
    12: "Within 2 weeks",
}
C05_ITEMS = [
    (1, "Seven", 7),
    (2, "The threat-modelling exercise", None),
    (3, "Cryptography trivia, I guessed", None),
    (4, "Both friendly, Jane especially", None),
    (8, "CHF 130\u2019000 per annum", [("130000", "CHF", "year")]),
    (11, "Yes", "yes"),
    (12, "Wednesday", "2026-12-02"),
]
C07_TEXT, C07_ANSWERS = numbered(
    [
        (1, "5/10", 5),
        (2, "The architecture review of their current setup", None),
        (3, "Pricing questions, I was vague", None),
        (11, "No", "no"),
    ]
)


def _ol_html(items: list[tuple[int, str, object]]) -> str:
    lis = "".join(f"<li>{html.escape(text)}</li>" for _, text, _ in items)
    return f"<ol>{lis}</ol>"


CASES = [
    Case(
        name="c01_thunderbird_inline_quoted",
        client="Thunderbird",
        language="en",
        shape="inline answers under '>' quoted questions, moz-cite-prefix header, HTML alternative",
        debrief=ORBIT,
        text="On 26/11/2026 17:42, Maya Example wrote:\n" + inline(ORBIT, C01_REPLIES),
        html=page(
            '<div class="moz-cite-prefix">On 26/11/2026 17:42, Maya Example wrote:<br></div>'
            + html_of(inline(ORBIT, C01_REPLIES), quote_class="")
        ),
        answers=_inline_answers(
            C01_REPLIES,
            fixes={
                1: 7,
                8: [("90000", "GBP", "year"), ("100000", "GBP", "year")],
                11: "yes",
                12: "2026-11-27",
            },
        ),
        forbidden=("What reservations do you have", "Skip anything you like", "numbered like"),
        headers=(("User-Agent", "Mozilla Thunderbird"),),
    ),
    Case(
        name="c02_outlook_web_inline_unquoted",
        client="Outlook web",
        language="en",
        shape="answers typed under each question in unquoted Outlook history, 'Answers inline below' lead",
        debrief=ZEPHYR,
        text="Answers inline below.\n\nMaya\n\n________________________________\nFrom: Maya Example <maya@example.org>\n"
        "Sent: Thursday, November 26, 2026 17:42\nTo: Maya Example <maya@example.org>\n"
        f"Subject: {ZEPHYR.subject}\n\n" + _unquoted_inline(ZEPHYR, C02_REPLIES, marker=""),
        answers={
            k: v
            for k, v in _inline_answers(
                C02_REPLIES, fixes={1: 8, 8: [("75", "USD", "hour")], 11: "yes"}
            ).items()
            if k != "hear_back"
        },
        forbidden=("Answers inline below", "Sent: Thursday", "Skip anything you like"),
        cte="base64",
    ),
    Case(
        name="c03_outlook_mac_inline_marker",
        client="Outlook desktop Mac",
        language="en",
        shape="answers marked 'MAYA:' under the questions in unquoted Outlook for Mac history",
        debrief=MAPLE,
        text="See my answers below, in caps\n\nFrom: Maya Example <maya@example.org>\n"
        "Date: Thursday, 26 November 2026 at 17:42\nTo: Maya Example <maya@example.org>\n"
        f"Subject: {MAPLE.subject}\n\n" + _unquoted_inline(MAPLE, C03_REPLIES, marker="MAYA: "),
        answers=_inline_answers(C03_REPLIES, fixes={1: 8, 11: "unsure", 12: "2026-12-10"}),
        forbidden=("See my answers below", "Date: Thursday, 26 November", "Skip anything you like"),
        headers=(("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),),
    ),
    Case(
        name="c04_mutt_inline_tight",
        client="mutt",
        language="en",
        shape="inline answers right under the quoted question with no blank line, '-- ' signature, 7bit",
        debrief=QUILL,
        text="* Maya Example <maya@example.org> [2026-11-26 17:42]:\n"
        + inline(QUILL, C04_REPLIES, gap=False)
        + "\n\n-- \nMaya Example\nGPG: 0x1234ABCD5678EF90",
        answers=_inline_answers(C04_REPLIES, fixes={1: 6, 11: "unsure"}),
        forbidden=("GPG: 0x1234ABCD5678EF90", "Skip anything you like", "What money was discussed?"),
        charset="us-ascii",
        cte="7bit",
        crlf=False,
        headers=(("User-Agent", "Mutt/2.2.13 (2024-03-09)"),),
    ),
    Case(
        name="c05_outlook_web_html_only_list_pixel",
        client="Outlook web",
        language="en",
        shape="HTML only: numbered paragraphs with gaps, Swiss apostrophe amount, tracking pixel, divRplyFwdMsg history",
        debrief=TIDE,
        text="",
        html=page(
            '<div style="font-family:Aptos,sans-serif">'
            + "".join(f'<p value="{n}">{html.escape(f"{n}. {t}")}</p>' for n, t, _ in C05_ITEMS)
            + '<p>Thanks,<br>Maya</p></div><img src="https://t.example/o/p.gif?id=9f3" width="1" height="1" alt="">'
            + '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Maya '
            "Example &lt;maya@example.org&gt;<br><b>Sent:</b> Thursday, November 26, 2026 17:42<br><b>To:</b> Maya "
            f"Example &lt;maya@example.org&gt;<br><b>Subject:</b> {html.escape(TIDE.subject)}</div>"
            + html_of("\n".join(TIDE.lines()))
        ),
        html_only=True,
        answers={QIDS[n - 1]: (money(t, *v) if QIDS[n - 1] == "money" else (t, v)) for n, t, v in C05_ITEMS},
        forbidden=("Thanks,", "Sent:", "Skip anything you like"),
        cte="quoted-printable",
    ),
    Case(
        name="c06_proton_bottom_posted",
        client="Proton Mail",
        language="en",
        shape="bottom-posted numbered answers under the quoted debrief, Proton footer",
        debrief=QUILL,
        text="On Thursday, November 26th, 2026 at 17:42, Maya Example <maya@example.org> wrote:\n\n"
        + quoted(QUILL.lines())
        + "\n\n"
        + C07_TEXT
        + "\n\nSent with Proton Mail secure email.",
        answers=C07_ANSWERS,
        forbidden=("Sent with Proton Mail", "Skip anything you like", "wrote:"),
        cte="base64",
    ),
]

FERN = Debrief("Fernhill Studios", "Game Programmer", "Jane Doe", "s3mf9d5k")
BRISK = Debrief("Brisk Payments", "Principal Engineer", "Raj Patel and Jane Doe", "t7xc4q8p")
C07_ITEMS = [
    (1, "7 \u2013 8, call it 7.5", 7.5),
    (2, "The rendering deep-dive", None),
    (3, "My C++ templates answer was muddled", None),
    (4, "Jane is great", None),
    (5, "Engine work on a shipped title", None),
    (6, "Indie, creative, sane crunch policy", None),
    (7, "Pay is low for London; ask about a signing bonus", None),
    (8, "\u00a365,000 \u2013 \u00a370,000", [("65000", "GBP", None), ("70000", "GBP", None)]),
    (9, "More fun, less money", None),
    (10, "Less secure than the fintech offer", None),
    (11, "I think so \u2013 yes", "yes"),
    (12, "Thursday next week", "2026-12-03"),
]
C08_ITEMS = [
    (1, "6/10", 6),
    (3, "Too much detail on the first question", None),
    (8, "180k-200k USD total comp", [("180000", "USD", None), ("200000", "USD", None)]),
    (11, "Maybe", "unsure"),
    (12, "Dec 4", "2026-12-04"),
]
FREE = (
    "Honestly I can't face the questionnaire tonight. It went fine I think, Jane was nice, the office is "
    "far. Will fill in properly tomorrow."
)
FWD_TEXT, FWD_ANSWERS = numbered(
    [
        (1, "8/10", 8),
        (2, "Live debugging", None),
        (11, "Yes", "yes"),
        (12, "See Raj's mail below: Monday the 30th", "2026-11-30"),
    ]
)
FORWARDED = """---------- Forwarded message ---------
From: Raj Patel <raj@brisk.example>
Date: Thu, Nov 26, 2026 at 6:01 PM
Subject: Next steps
To: Maya Example <maya@example.org>


Hi Maya,

Thanks for today. Next steps:
1. We collect feedback from the panel
2. We come back to you by Monday 30th
3. If positive, a final chat with our CEO

Best,
Raj"""
CASES += [
    Case(
        name="c07_apple_mail_macos_html_ol",
        client="Apple Mail macOS",
        language="en",
        shape="numbered plain part and an HTML part whose answers sit in an auto-numbered <ol>, rating range",
        debrief=FERN,
        text="\n".join(f"{n}. {t}" for n, t, _ in C07_ITEMS)
        + "\n\n> On 26 Nov 2026, at 17:42, Maya Example <maya@example.org> wrote:\n> \n"
        + quoted(FERN.lines()),
        html=page(
            '<div dir="auto"><ol>'
            + "".join(f"<li>{html.escape(t)}</li>" for _, t, _ in C07_ITEMS)
            + '</ol><div><br><blockquote type="cite"><div>On 26 Nov 2026, at 17:42, Maya Example '
            "&lt;maya@example.org&gt; wrote:</div><br>"
            + html_of("\n".join(FERN.lines()))
            + "</blockquote></div></div>"
        ),
        answers={QIDS[n - 1]: (money(t, *v) if QIDS[n - 1] == "money" else (t, v)) for n, t, v in C07_ITEMS},
        forbidden=("wrote:", "Skip anything you like", "numbered like"),
        headers=(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    ),
    Case(
        name="c08_zoho_html_only_ol_partial",
        client="Zoho Mail",
        language="en",
        shape="HTML only, 5 answers with their numbers typed, nbsp-indented, Zoho '---- On ... wrote ----' header",
        debrief=BRISK,
        text="",
        html=page(
            '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
            + "".join(f"<div>{n}.&nbsp;{html.escape(t)}</div>" for n, t, _ in C08_ITEMS)
            + '<div><br></div><div class="zmail_extra_hr" style="border-top: 1px solid #ccc"></div>'
            '<div class="zmail_extra"><div><br>---- On Thu, 26 Nov 2026 17:42:13 +0000 <b>Maya Example '
            "&lt;maya@example.org&gt;</b> wrote ---<br></div>"
            '<blockquote style="margin: 0 0 0 0.8ex">'
            + html_of("\n".join(BRISK.lines()))
            + "</blockquote></div></div>"
        ),
        html_only=True,
        answers={QIDS[n - 1]: (money(t, *v) if QIDS[n - 1] == "money" else (t, v)) for n, t, v in C08_ITEMS},
        forbidden=("wrote ---", "Skip anything you like"),
        cte="base64",
        headers=(("User-Agent", "Zoho Mail"),),
    ),
    Case(
        name="c09_gmail_ios_free_text_only",
        client="Gmail iOS",
        language="en",
        shape="free text only, no numbers and no inline answers",
        debrief=FERN,
        text=FREE
        + "\n\nOn Thu, Nov 26, 2026 at 5:42\u202fPM Maya Example <maya@example.org> wrote:\n\n"
        + quoted(FERN.lines()),
        answers={},
        free_notes=FREE,
        forbidden=("wrote:", "Skip anything you like", "What went well?"),
    ),
    Case(
        name="c10_gmail_web_answers_then_forward",
        client="Gmail web",
        language="en",
        shape="numbered answers, then a forwarded mail (with its own numbered list) pasted below",
        debrief=BRISK,
        text=FWD_TEXT + "\n\n" + FORWARDED + "\n",
        answers=FWD_ANSWERS,
        forbidden=(
            "We collect feedback from the panel",
            "We come back to you by Monday 30th",
            "a final chat with our CEO",
            "Forwarded message",
        ),
    ),
]
