"""Development replies sent as HTML only: the history is found from each client's markup."""

from __future__ import annotations

from tests.eval.replies.dev.dev_helpers import (
    DEBRIEF,
    SUBJECT,
    case,
    eml,
    html_doc,
    money,
    paragraphs,
)
from tests.fixtures.replies.make_fixtures import html_lines, part

ME_HTML = "Maya Example &lt;maya@example.org&gt;"


def _outlook_block(labels: tuple[str, str, str, str], sent: str) -> str:
    values = (ME_HTML, sent, ME_HTML, SUBJECT)
    return "<br>".join(f"<b>{label}</b> {value}" for label, value in zip(labels, values, strict=True))


def add() -> None:
    own = "1. 6/10\n2. The pairing exercise.\n8. £75k\n11. Yes\n12. early next week"
    body = (
        paragraphs(own + "\n\nKind regards,\nMaya Example\nStaff Engineer\n+44 20 7946 0000")
        + '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
        + '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        + _outlook_block(("From:", "Sent:", "To:", "Subject:"), "Thursday, November 26, 2026 3:10 PM")
        + "</font><div>&nbsp;</div></div><div>"
        + html_lines(DEBRIEF)
        + "</div>"
    )
    case(
        "outlook_web_html_only_en",
        "Outlook web",
        "en",
        eml("h1", part(html_doc(body), subtype="html")),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "went_well": ("The pairing exercise.", None),
            "money": ("£75k", money("£75k", ("75000", "GBP", None))),
            "want_job": ("Yes", "yes"),
            "hear_back": ("early next week", "2026-12-01"),
        },
        forbidden=("Kind regards", "7946", "Sent:"),
    )

    own = "1. 8 von 10\n4. Sehr angenehmes Gespräch.\n11. Ja\n12. Anfang nächster Woche"
    word = "".join(f'<p class="MsoNormal">{html_lines(line) or "&nbsp;"}</p>' for line in own.split("\n"))
    body = (
        f'<div class="WordSection1">{word}<p class="MsoNormal">Viele Grüße<br>Maya</p>'
        '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + '<p class="MsoNormal">'
        + _outlook_block(("Von:", "Gesendet:", "An:", "Betreff:"), "Donnerstag, 26. November 2026 15:10")
        + "</p></div></div>"
        + "".join(f'<p class="MsoNormal">{html_lines(line) or "&nbsp;"}</p>' for line in DEBRIEF.split("\n"))
        + "</div>"
    )
    case(
        "outlook_desktop_html_only_de",
        "Outlook desktop",
        "de",
        eml("h2", part(html_doc(body), subtype="html", charset="windows-1252")),
        shape="numbered",
        answers={
            "rating": ("8 von 10", 8),
            "rapport": ("Sehr angenehmes Gespräch.", None),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Anfang nächster Woche", "2026-12-01"),
        },
        forbidden=("Viele Grüße", "Gesendet"),
    )

    own = "1. 7/10\n5. Le poste me plaît beaucoup.\n11. Oui\n12. dans deux semaines"
    attr = "Le jeu. 26 nov. 2026 à 15:10, Maya Example &lt;maya@example.org&gt; a écrit&nbsp;:"
    body = (
        f'<div dir="ltr">{paragraphs(own)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f'{attr}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{html_lines(DEBRIEF)}</blockquote></div>'
    )
    case(
        "gmail_web_html_only_fr",
        "Gmail web",
        "fr",
        eml("h3", part(html_doc(body), subtype="html")),
        shape="numbered",
        answers={
            "rating": ("7/10", 7),
            "role": ("Le poste me plaît beaucoup.", None),
            "want_job": ("Oui", "yes"),
            "hear_back": ("dans deux semaines", "2026-12-10"),
        },
        forbidden=("a écrit",),
    )

    own = "1. 5/10\n7. Trop de réunions.\n11. Non"
    body = (
        f'<div dir="ltr">{paragraphs(own)}</div><div dir="ltr"><br></div><div dir="ltr">Envoyé de mon iPhone</div>'
        '<div dir="ltr"><br><blockquote type="cite">Le 26 nov. 2026 à 15:10, Maya Example '
        "&lt;maya@example.org&gt; a écrit&nbsp;:<br><br></blockquote></div>"
        f'<blockquote type="cite"><div dir="ltr">{html_lines(DEBRIEF)}</div></blockquote>'
    )
    case(
        "apple_mail_ios_html_only_fr",
        "Apple Mail iOS",
        "fr",
        eml("h4", part(html_doc(body), subtype="html")),
        shape="numbered",
        answers={
            "rating": ("5/10", 5),
            "reservations": ("Trop de réunions.", None),
            "want_job": ("Non", "no"),
        },
        forbidden=("iPhone",),
    )

    own = "1. 9/10\n6. Great engineering blog and culture.\n11. Absolutely\n12. 3 December"
    body = (
        f'<div class="ydp3f1e2a9cyahoo-style-wrap">{paragraphs(own)}</div>'
        '<div id="ydp5c4b8a2eyahoo_quoted_1234567890" class="ydp5c4b8a2eyahoo_quoted">'
        '<div style="font-family:Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
        f"<div>On Thursday, November 26, 2026 at 03:10:00 PM GMT+1, {ME_HTML} wrote:</div><div><br></div>"
        f"<div><br></div><div>{html_lines(DEBRIEF)}</div></div></div>"
    )
    case(
        "yahoo_html_only_en",
        "Yahoo Mail",
        "en",
        eml("h5", part(html_doc(body), subtype="html")),
        shape="numbered",
        answers={
            "rating": ("9/10", 9),
            "company": ("Great engineering blog and culture.", None),
            "want_job": ("Absolutely", "yes"),
            "hear_back": ("3 December", "2026-12-03"),
        },
    )

    pieces = DEBRIEF.split("\n")
    answers = {1: "7/10", 8: "95k EUR", 11: "maybe"}
    html = '<div class="moz-cite-prefix">On 26.11.26 15:10, Maya Example wrote:<br></div>'
    block: list[str] = []
    for line in pieces:
        block.append(line)
        number = next((n for n in answers if line.startswith(f"{n}. ")), None)
        if number is not None:
            html += '<blockquote type="cite">' + html_lines("\n".join(block)) + "</blockquote>"
            html += f"<p>{html_lines(answers[number])}</p>"
            block = []
    html += '<blockquote type="cite">' + html_lines("\n".join(block)) + "</blockquote>"
    case(
        "thunderbird_html_only_inline_en",
        "Thunderbird",
        "en",
        eml("h6", part(html_doc(html), subtype="html")),
        shape="inline",
        answers={
            "rating": ("7/10", 7),
            "money": ("95k EUR", money("95k EUR", ("95000", "EUR", None))),
            "want_job": ("maybe", "unsure"),
        },
    )


def add_more() -> None:
    """Proton's HTML quote, and Samsung's HTML with its separator in a div."""
    own = "1. 6/10\n8. 100k CHF\n11. Not really\n12. in 10 business days"
    body = (
        f"<div>{paragraphs(own)}</div><div><br></div>"
        '<div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">'
        'Sent with <a href="https://proton.me/">Proton Mail</a> secure email.</div></div><div><br></div>'
        '<div class="protonmail_quote">On Thursday, November 26th, 2026 at 15:10, Maya Example '
        '&lt;maya@example.org&gt; wrote:<br><blockquote class="protonmail_quote" type="cite">'
        f"{html_lines(DEBRIEF)}</blockquote><br></div>"
    )
    case(
        "proton_html_only_en",
        "Proton Mail",
        "en",
        eml("h7", part(html_doc(body), subtype="html")),
        shape="numbered",
        answers={
            "rating": ("6/10", 6),
            "money": ("100k CHF", money("100k CHF", ("100000", "CHF", None))),
            "want_job": ("Not really", "no"),
            "hear_back": ("in 10 business days", "2026-12-10"),
        },
        forbidden=("Proton",),
    )

    own = "1. 9 von 10\n6. Tolle Kultur, sehr offen.\n11. Ja\n12. nächsten Mittwoch"
    body = (
        f'<div dir="auto">{paragraphs(own)}</div><div dir="auto"><br></div>'
        '<div dir="auto">Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet.</div>'
        '<div><br></div><div style="font-size:100%;color:#000000"><div>-------- Ursprüngliche Nachricht --------'
        f"</div><div>Von: {ME_HTML}</div><div>Datum: 26.11.26 15:10 (GMT+01:00)</div><div>An: {ME_HTML}</div>"
        f"<div>Betreff: {SUBJECT}</div><div><br></div></div>{paragraphs(DEBRIEF)}"
    )
    case(
        "gmx_android_html_only_de",
        "GMX Mail Android",
        "de",
        eml("h8", part(html_doc(body), subtype="html")),
        shape="numbered",
        answers={
            "rating": ("9 von 10", 9),
            "company": ("Tolle Kultur, sehr offen.", None),
            "want_job": ("Ja", "yes"),
            "hear_back": ("nächsten Mittwoch", "2026-12-02"),
        },
        forbidden=("GMX", "Ursprüngliche"),
    )


def add_inline() -> None:
    """Outlook web, HTML only: answers typed in colour between the unquoted questions under the divider."""
    answers = {1: "7/10", 3: "The estimation question; I hedged too much.", 8: "€90k + bonus", 12: "Friday"}
    html = '<div style="color:#000">Answered in red below.</div><div><br></div>'
    html += '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
    html += '<font face="Calibri, sans-serif" style="font-size:11pt">'
    html += "<b>From:</b> Maya Example &lt;maya@example.org&gt;<br><b>Sent:</b> Thursday, November 26, 2026 3:10 PM"
    html += f"<br><b>To:</b> Maya Example &lt;maya@example.org&gt;<br><b>Subject:</b> {SUBJECT}</font></div>"
    for line in DEBRIEF.split("\n"):
        html += f"<div>{html_lines(line) or '<br>'}</div>"
        number = next((n for n in answers if line.startswith(f"{n}. ")), None)
        if number is not None:
            html += f'<div><span style="color:rgb(192,0,0)">{html_lines(answers[number])}</span></div>'
    case(
        "outlook_web_html_only_inline_unquoted_en",
        "Outlook web",
        "en",
        eml("h9", part(html_doc(html), subtype="html")),
        shape="inline",
        answers={
            "rating": ("7/10", 7),
            "went_badly": ("The estimation question; I hedged too much.", None),
            "money": ("€90k + bonus", money("€90k + bonus", ("90000", "EUR", None))),
            "hear_back": ("Friday", "2026-11-27"),
        },
        free_notes="",  # "Answered in red below." only points at the answers
        forbidden=("Sent:",),
    )
