"""Second held-out set, part E: the rest of the clients, and English answers under localized quote headers."""

from __future__ import annotations

import html

from shapes import Case, Debrief, html_of, numbered, page, quoted, top

KOBALT = Debrief("Kobalt Versicherung", "Cloud Engineer", "Jane Doe", "b5tq2m8w")
ALPEN = Debrief("Alpenglühen Reisen", "Full-Stack Developer", "Raj Patel", "c8vd4k3n")
PIER = Debrief("Pier 9 Labs", "iOS Engineer", "Sam Lee", "d2wh6r9p")
BEACON = Debrief("Beacon Learning", "Engineering Lead", "Jane Doe and Raj Patel", "e6kz3f7x")
TAIGA = Debrief("Taiga Games", "Tools Programmer", "Raj Patel", "f9mb5c2q")

E01, E01A = numbered(
    [
        (1, "8 von 10 Punkten", 8),
        (2, "Die Fragen zu Terraform und AWS", None),
        (3, "Bei Kubernetes-Networking bin ich ins Schwimmen gekommen", None),
        (4, "Sehr gut, lockere Atmosphäre", None),
        (8, "Freiberuflich, 95 € pro Stunde", [("95", "EUR", "hour")]),
        (11, "auf jeden Fall", "yes"),
        (12, "nächste Woche Mittwoch", "2026-12-02"),
    ],
    fmt="Frage {n}: ",
)
E02, E02A = numbered(
    [
        (1, "6", 6),
        (3, "Die Live-Coding-Aufgabe in React, zu langsam", None),
        (7, "Das Team ist sehr klein, Urlaubsvertretung unklar", None),
        (11, "eher nicht", "no"),
        (12, "in zwei Wochen", "2026-12-10"),
    ],
    fmt="{n}.\n",
    sep="\n\n",
)
E03, E03A = numbered(
    [
        (1, "7/10", 7),
        (2, "Swift concurrency questions", None),
        (3, "UIKit lifecycle trivia, forgot some of it", None),
        (4, "Sam's nice, quiet", None),
        (8, "$60/hr as a contractor", [("60", "USD", "hour")]),
        (11, "Yes", "yes"),
        (12, "Friday", "2026-11-27"),
    ]
)
E04, E04A = numbered(
    [
        (1, "9", 9),
        (2, "Hiring plan discussion; I had a clear 90-day plan", None),
        (3, "Could have been shorter on the reorg story", None),
        (4, "Both great, felt like a team already", None),
        (5, "Managing managers, next step for me", None),
        (6, "Mission-driven, education for adults", None),
        (7, "Budget for 2027 not confirmed; ask the CFO", None),
        (8, "They mentioned \u20ac110k\u2013\u20ac125k", [("110000", "EUR", None), ("125000", "EUR", None)]),
        (9, "Bigger team, similar pay", None),
        (10, "Top of my list", None),
        (11, "Yes, very much", "yes"),
        (12, "by December 3", "2026-12-03"),
    ],
    fmt="#{n} ",
)
E05, E05A = numbered(
    [
        (1, "5", 5),
        (2, "Tooling demo", None),
        (3, "Python packaging question", None),
        (11, "no", "no"),
    ],
    fmt="{n} - ",
)
E06, E06A = numbered(
    [
        (1, "7/10", 7),
        (2, "Talking about the migration to Postgres", None),
        (3, "Too nervous at the start", None),
        (4, "Jane was kind", None),
        (8, "\u20ac70,000 a year", [("70000", "EUR", "year")]),
        (11, "yes", "yes"),
        (12, "Monday", "2026-11-30"),
    ]
)


def _indented(debrief: Debrief) -> str:
    return "\n".join(("    " + line).rstrip() for line in debrief.lines())


CASES = [
    Case(
        name="e01_gmx_de_frage_numbers",
        client="GMX",
        language="de",
        shape="'Frage 1:' numbering, GMX 'Gesendet:' block first, history unquoted",
        debrief=KOBALT,
        text=E01
        + "\n\nLG Maya\n\n\nGesendet: Donnerstag, 26. November 2026 um 17:42 Uhr\n"
        + 'Von: "Maya Example" <maya@example.org>\nAn: maya@example.org\n'
        + f"Betreff: {KOBALT.subject}\n\n"
        + "\n".join(KOBALT.lines()),
        answers=E01A,
        forbidden=("LG Maya", "Gesendet: Donnerstag", "Skip anything you like"),
        charset="iso-8859-15",
        cte="8bit",
        subject_prefix="Aw: ",
    ),
    Case(
        name="e02_webde_answers_below_numbers",
        client="Web.de",
        language="de",
        shape="partial, each answer on the line after its number, Web.de history block",
        debrief=ALPEN,
        text=E02
        + "\n\nGesendet: Donnerstag, 26. November 2026 um 17:42 Uhr\n"
        + 'Von: "Maya Example" <maya@example.org>\nAn: maya@example.org\n'
        + f"Betreff: {ALPEN.subject}\n\n"
        + "\n".join(ALPEN.lines()),
        answers=E02A,
        forbidden=("Gesendet: Donnerstag", "Skip anything you like", "What went well?"),
        subject_prefix="Aw: ",
    ),
    Case(
        name="e03_samsung_email_en",
        client="Samsung Email",
        language="en",
        shape="top-posted numbered, Galaxy footer, '-------- Original message --------' block",
        debrief=PIER,
        text=E03
        + "\n\n\n\nSent from my Galaxy\n\n\n-------- Original message --------\n"
        + "From: Maya Example <maya@example.org> \nDate: 26/11/2026 17:42 (GMT+00:00) \n"
        + f"To: maya@example.org \nSubject: {PIER.subject} \n\n"
        + "\n".join(PIER.lines()),
        html=page(
            "".join(f"<div dir='auto'>{html.escape(line)}</div>" for line in E03.split("\n"))
            + "<div dir='auto'><br></div><div id='composer_signature' dir='auto'>Sent from my Galaxy</div>"
            + "<div><br></div><div align='left' dir='auto' style='font-size:100%;color:#000000'>"
            + "<div>-------- Original message --------</div><div>From: Maya Example &lt;maya@example.org&gt; </div>"
            + "<div>Date: 26/11/2026 17:42 (GMT+00:00) </div></div>"
            + html_of("\n".join(PIER.lines()))
        ),
        answers=E03A,
        forbidden=("Sent from my Galaxy", "Original message", "Skip anything you like"),
        cte="base64",
    ),
    Case(
        name="e04_fastmail_hash_numbers_full",
        client="Fastmail",
        language="en",
        shape="'#1' numbering, all twelve, Fastmail attribution, LF",
        debrief=BEACON,
        text=top(
            E04 + "\n\n--\n  Maya Example\n  maya@example.org",
            "On Thu, 26 Nov 2026, at 17:42, Maya Example wrote:",
            BEACON,
            gap="",
        ),
        answers=E04A,
        forbidden=("wrote:", "Skip anything you like"),
        crlf=False,
    ),
    Case(
        name="e05_k9_partial_dash_numbers",
        client="K-9 Mail",
        language="en",
        shape="partial '1 - ' numbering, K-9 brevity footer, attribution with seconds and zone",
        debrief=TAIGA,
        text=E05
        + "\n-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.\n\n"
        + "On November 26, 2026 5:42:13 PM UTC, Maya Example <maya@example.org> wrote:\n"
        + quoted(TAIGA.lines()),
        answers=E05A,
        forbidden=("Please excuse my brevity", "wrote:", "Skip anything you like"),
        headers=(("User-Agent", "K-9 Mail for Android"),),
    ),
    Case(
        name="e06_yahoo_indented_history",
        client="Yahoo Mail",
        language="en",
        shape="top-posted numbered, Yahoo mobile footer, history indented with spaces instead of '>'",
        debrief=KOBALT,
        text=E06
        + "\n\nSent from Yahoo Mail for iPhone\n\n\nOn Thursday, November 26, 2026, 5:42 PM, "
        + "Maya Example <maya@example.org> wrote:\n\n"
        + _indented(KOBALT),
        html=page(
            '<div id="yMail_cursorElementTracker">'
            + "".join(f"<div>{html.escape(line)}</div>" for line in E06.split("\n"))
            + '</div><br><div id="ymail_android_signature"><a href="https://mail.example/ym">Sent from Yahoo Mail '
            'for iPhone</a></div><br><div class="yahoo_quoted"><blockquote>On Thursday, November 26, 2026, 5:42 PM, '
            "Maya Example &lt;maya@example.org&gt; wrote:<br>"
            + html_of("\n".join(KOBALT.lines()))
            + "</blockquote></div>"
        ),
        answers=E06A,
        forbidden=("Sent from Yahoo Mail", "wrote:", "Skip anything you like"),
    ),
]
