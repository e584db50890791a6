"""Second held-out set, part J: HTML-only inline and numbered replies, bottom-posting, free text in German."""

from __future__ import annotations

import html

from shapes import QIDS, QUESTIONS, Case, Debrief, html_of, inline, money, page, quoted

OAK = Debrief("Oakridge Systems", "Backend Engineer", "Jane Doe", "k2wb8n5r")
MOSS = Debrief("Mossgreen", "Data Engineer", "Raj Patel", "m7cq3t9v")
ISAR = Debrief("Isartal Software", "Scrum Master", "Jane Doe", "n4hd6x2k")
LARK = Debrief("Larkspur Media", "Web Developer", "Sam Lee", "p8vm2c7w")

J01_REPLIES = {
    1: "7 - decent, not stellar",
    3: "The whiteboard coding. Practise writing code by hand.",
    4: "Jane was excellent.",
    8: "$85/hour, 1099",
    11: "Leaning yes",
    12: "Monday or Tuesday",
}
J02_REPLIES = [
    (1, "6.5/10", 6.5),
    (2, "Data modelling, star schemas", None),
    (8, "no salary talk yet", []),
    (11, "not sure", "unsure"),
]
J03 = """1. 8
2. Testing strategy discussion
11. yes
12. tomorrow"""
J04 = (
    "Hallo, nur kurz: Das Gespräch war okay, die Stimmung gut, aber ich bin mir bei der Firma unsicher. "
    "Ich schreibe morgen ausführlicher."
)
J05_REPLIES = {
    2: "Honest conversation about the product roadmap.",
    3: "My portfolio site was down during the call, embarrassing.",
    5: "Lots of animation work, which I love.",
    11: "Yes.",
}


def _outlook_inline_html(debrief: Debrief, replies: dict[int, str]) -> str:
    out = [f"<p class=MsoNormal>{html.escape(line) or '&nbsp;'}</p>" for line in debrief.intro()]
    for number, question in enumerate(QUESTIONS, start=1):
        out.append(f"<p class=MsoNormal>{number}. {html.escape(question)}</p>")
        if number in replies:
            out.append(
                f'<p class=MsoNormal><span style="color:#1F497D">[Maya] {html.escape(replies[number])}</span></p>'
            )
    return "\n".join(out + [f"<p class=MsoNormal>{html.escape(line)}</p>" for line in debrief.outro()])


def _answers(replies: dict[int, str], values: dict[int, object]) -> dict[str, tuple[str, object]]:
    return {QIDS[n - 1]: (money(t, *values[n]) if n == 8 else (t, values.get(n))) for n, t in replies.items()}


CASES = [
    Case(
        name="j01_outlook_windows_html_only_inline_colour",
        client="Outlook desktop Windows",
        language="en",
        shape="HTML only: '[Maya]' answers in colour under the questions of the unquoted history",
        debrief=OAK,
        text="",
        html=page(
            '<div class=WordSection1><p class=MsoNormal><span style="color:#1F497D">Answers below in blue.'
            "</span></p><p class=MsoNormal>&nbsp;</p>"
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            "<p class=MsoNormal><b>From:</b> Maya Example &lt;maya@example.org&gt; <br><b>Sent:</b> Thursday, "
            "November 26, 2026 5:42 PM<br><b>To:</b> Maya Example &lt;maya@example.org&gt;<br><b>Subject:</b> "
            f"{html.escape(OAK.subject)}</p></div>" + _outlook_inline_html(OAK, J01_REPLIES) + "</div>"
        ),
        html_only=True,
        answers={
            k: v
            for k, v in _answers(J01_REPLIES, {1: 7, 8: [("85", "USD", "hour")], 11: "yes"}).items()
            if k != "hear_back"
        },
        forbidden=("Answers below in blue", "Sent:", "Skip anything you like"),
        charset="windows-1252",
        subject_prefix="RE: ",
    ),
    Case(
        name="j02_yahoo_html_only_numbered_nbsp",
        client="Yahoo Mail",
        language="en",
        shape="HTML only, numbered with nbsp after the numbers, yahoo_quoted history, tracking pixel",
        debrief=MOSS,
        text="",
        html=page(
            '<div class="ydp3c1 yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial">'
            + "".join(f"<div>{n}.&nbsp;{html.escape(t)}</div>" for n, t, _ in J02_REPLIES)
            + '</div><img src="https://pixel.example/y.gif" width="1" height="1"><div id="yahoo_quoted_77" '
            'class="yahoo_quoted"><div style="font-family:Helvetica">On Thursday, November 26, 2026 at 05:42:13 PM '
            "GMT, Maya Example &lt;maya@example.org&gt; wrote:</div><div><br></div>"
            + html_of("\n".join(MOSS.lines()))
            + "</div>"
        ),
        html_only=True,
        answers={QIDS[n - 1]: (money(t, *v) if n == 8 else (t, v)) for n, t, v in J02_REPLIES},
        forbidden=("wrote:", "Skip anything you like"),
        cte="base64",
    ),
    Case(
        name="j03_mutt_bottom_posted",
        client="mutt",
        language="en",
        shape="bottom-posted numbered answers after the trimmed quoted debrief, '-- ' signature",
        debrief=ISAR,
        text="On Thu, Nov 26, 2026 at 05:42:13PM +0000, Maya Example wrote:\n"
        + quoted([*ISAR.intro()[:3], "[...]", *ISAR.outro()[:1]])
        + "\n\n"
        + J03
        + "\n\n-- \nMaya",
        answers={
            "rating": ("8", 8),
            "went_well": ("Testing strategy discussion", None),
            "want_job": ("yes", "yes"),
            "hear_back": ("tomorrow", "2026-11-27"),
        },
        forbidden=("Skip anything you like", "wrote:"),
        charset="us-ascii",
        cte="7bit",
        crlf=False,
        headers=(("User-Agent", "Mutt/2.2.13 (2024-03-09)"),),
    ),
    Case(
        name="j04_webde_free_text_german",
        client="Web.de",
        language="de",
        shape="free text only in German, no numbers",
        debrief=ISAR,
        text=J04
        + "\n\nGesendet: Donnerstag, 26. November 2026 um 17:42 Uhr\n"
        + 'Von: "Maya Example" <maya@example.org>\nAn: maya@example.org\n'
        + f"Betreff: {ISAR.subject}\n\n"
        + "\n".join(ISAR.lines()),
        answers={},
        free_notes=J04,
        forbidden=("Gesendet: Donnerstag", "Skip anything you like", "What went well?"),
        charset="iso-8859-15",
        subject_prefix="Aw: ",
    ),
    Case(
        name="j05_gmail_android_inline_html",
        client="Gmail Android",
        language="en",
        shape="inline under '>' quotes with an HTML alternative, no rating given",
        debrief=LARK,
        text="On Thu, 26 Nov 2026, 17:42 Maya Example, <maya@example.org> wrote:\n\n"
        + inline(LARK, J05_REPLIES),
        html=page(
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 26 Nov 2026, 17:42 Maya Example, '
            "&lt;maya@example.org&gt; wrote:<br></div>"
            + html_of(inline(LARK, J05_REPLIES), quote_class="gmail_quote")
            + "</div>"
        ),
        answers=_answers(J05_REPLIES, {11: "yes"}),
        forbidden=("Skip anything you like", "What money was discussed?"),
        cte="base64",
    ),
]
