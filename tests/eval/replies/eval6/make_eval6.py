"""Writes the sixth held-out reply set (NAME.eml + NAME.expected.json); running it again rewrites the same bytes."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from email.header import Header
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

QIDS = (
    "rating", "went_well", "went_badly", "rapport", "role", "company",
    "reservations", "money", "vs_current", "vs_others", "want_job", "hear_back",
)  # fmt: skip
QUESTIONS = (
    "How did it go? Rate your overall performance from 0 to 10.",
    "What went well? Where were you strongest?",
    "What didn't go so well? What would you answer differently next time?",
    "How did you get on with the interviewer(s)? Could you see yourself working with them?",
    "What do you like about the role? How close is it to what you want?",
    "What do you like about the company?",
    "What reservations do you have, and how could they be resolved?",
    "What money was discussed?",
    "How does this opportunity compare with your current job?",
    "How does it compare with your other opportunities?",
    "Now that you have seen what they offer: do you want this job? (yes / no / not sure)",
    "When did they say you would hear back?",
)
MAYA = "Maya Example"


@dataclass(frozen=True)
class Job:
    company: str
    role: str
    who: str  # interviewers as the debrief names them
    ended: str  # "HH:MM"


@dataclass(frozen=True)
class Case:
    name: str
    client: str
    language: str
    day: str  # interview date, ISO
    shape: str
    job: Job
    own: str  # the user's address
    date_header: str
    subject_prefix: str  # "Re:", "AW:", ...
    body: bytes  # MIME body with its Content-* headers
    answers: dict[str, dict[str, Any]]
    free_notes: str = ""
    forbidden: tuple[str, ...] = ()
    mailer: str = ""
    crlf: bool = False
    extra: tuple[str, ...] = field(default_factory=tuple)


def value(n: int, text: str, raw: Any) -> Any:
    """The value_to_json form of an answer to question n (money: a list of (amount, currency, period))."""
    if QIDS[n - 1] == "money":
        return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in raw], "text": text}
    return raw


def expect(items: list[tuple[int, str, Any]]) -> dict[str, dict[str, Any]]:
    return {QIDS[n - 1]: {"text": t, "value": value(n, t, v)} for n, t, v in sorted(items)}


def debrief(job: Job, token: str) -> str:
    """The plain-text debrief as followupd renders it."""
    link = f"https://fu.example.org/form/{token}Q2xpZW50c2lkZQ"
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {job.company} for {job.role} (with {job.who}) ended at {job.ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {link}',
        "(The form works while followupd runs; a reply works any time.)",
        "",
    ]
    for n, q in enumerate(QUESTIONS, start=1):
        lines += [f"{n}. {q}", ""]
    lines += [
        "Skip anything you like; a later reply fills in or replaces single answers.",
        "-- ",
        "followupd",
    ]
    return "\n".join(lines)


def debrief_html(job: Job, token: str) -> str:
    items = "".join(f"<li><p>{q.replace(chr(39), '&#39;')}</p></li>\n" for q in QUESTIONS)
    return (
        f"<p>Hi Maya,</p>\n<p>Your interview with {job.company} for {job.role} (with {job.who}) ended at "
        f"{job.ended}.\nWhile it is fresh, answer what you can: reply to this email (inline under each question, "
        f'or numbered like\n&ldquo;1. 7/10&rdquo;), or <a href="https://fu.example.org/form/{token}">use the '
        f"form</a>.</p>\n<ol>\n{items}</ol>\n<p>Skip anything you like; a later reply fills in or replaces "
        "single answers.</p>\n<p>&mdash; followupd</p>"
    )


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def inline(job: Job, token: str, answers: dict[int, str], *, prefix: str = "> ", gap: bool = True) -> str:
    """The debrief with the user's answers written under the questions she answered."""
    out: list[str] = []
    for line in debrief(job, token).split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
        number = line.split(".", 1)[0]
        if number.isdigit() and line.startswith(f"{number}. ") and int(number) in answers:
            out += [answers[int(number)]] + ([""] if gap else [])
    return "\n".join(out)


def numbered(items: list[tuple[int, str, Any]], fmt: str = "{n}. {t}", sep: str = "\n") -> str:
    return sep.join(fmt.format(n=n, t=t) for n, t, _ in items)


def html_lines(text: str) -> str:
    """Plain lines as a client's HTML editor writes them: one div a line, empty lines as <br>."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "\n".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in esc.split("\n"))


def leaf(text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False) -> bytes:  # fmt: skip
    data = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = binascii.b2a_qp(data, istext=True)
    else:
        body = data
    fmt = "; format=flowed" if flowed else ""
    head = f'Content-Type: text/{subtype}; charset="{charset}"{fmt}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + body.rstrip(b"\n") + b"\n"


def alternative(boundary: str, *parts: bytes, kind: str = "alternative") -> bytes:
    out = f'Content-Type: multipart/{kind}; boundary="{boundary}"\n\n'.encode("ascii")
    for part in parts:
        out += f"--{boundary}\n".encode("ascii") + part + b"\n"
    return out + f"--{boundary}--\n".encode("ascii")


def token_of(name: str) -> str:
    return hashlib.sha256(name.encode("ascii")).hexdigest()[:8]


def subject(case: Case) -> str:
    text = f"{case.subject_prefix} Debrief: {case.job.company}, {case.job.role} [fu-{token_of(case.name)}]"
    return text if text.isascii() else Header(text, "utf-8").encode()


def render(case: Case) -> bytes:
    token = token_of(case.name)
    head = [
        f"From: {MAYA} <{case.own}>",
        f"To: {MAYA} <{case.own}>",
        f"Subject: {subject(case)}",
        f"Date: {case.date_header}",
        f"Message-ID: <{token}.{case.name.replace('_', '.')}@{case.own.split('@')[1]}>",
        f"In-Reply-To: <debrief-{token}@fu.example.org>",
        f"References: <debrief-{token}@fu.example.org>",
        *case.extra,
        *([f"X-Mailer: {case.mailer}"] if case.mailer else []),
        "MIME-Version: 1.0",
    ]
    data = "\n".join(head).encode("ascii") + b"\n" + case.body
    return data.replace(b"\n", b"\r\n") if case.crlf else data


def write(cases: list[Case]) -> None:
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "duplicate case name"
    for case in cases:
        (HERE / f"{case.name}.eml").write_bytes(render(case))
        expected = {
            "client": case.client,
            "language": case.language,
            "interview_date": case.day,
            "own_addresses": [case.own],
            "shape": case.shape,
            "free_notes": case.free_notes,
            "answers": case.answers,
            "forbidden": list(case.forbidden),
        }
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case.name}.expected.json").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- the cases

ACME = Job("Acme", "Senior Backend Engineer", "Jane Doe, Raj Patel", "17:30")
NORD = Job("Nordlicht Software", "Platform Engineer", "Jane Doe", "16:45")
BLUE = Job("Bluefin Labs", "Data Engineer", "Raj Patel", "15:00")
KITE = Job("Kite Systems", "Engineering Manager", "Jane Doe, Raj Patel", "18:00")
ORCA = Job("Orca Payments", "Staff Engineer", "Raj Patel", "17:15")


def top(own: str, header: str, job: Job, name: str, *, prefix: str = "> ", gap: str = "\n\n") -> str:
    """A top-posted reply: the user's text, then the client's quote header and the quoted debrief."""
    return own + gap + header + "\n" + quote(debrief(job, token_of(name)), prefix)


def outlook_block(labels: tuple[str, str, str, str], sent: str, job: Job, name: str, *, rule: str) -> str:
    """Outlook's unquoted header block (From / Sent / To / Subject in the client's language)."""
    f, s, t, u = labels
    subj = f"Debrief: {job.company}, {job.role} [fu-{token_of(name)}]"
    return f"{rule}\n{f} {MAYA} <{{own}}>\n{s} {sent}\n{t} {MAYA} <{{own}}>\n{u} {subj}\n"


def inline_reply(hdr: str, job: Job, name: str, items: list[tuple[int, str, Any]], *, prefix: str = "> ",
                 before: str = "", after: str = "") -> str:  # fmt: skip
    """A reply written under the questions it answers, below the client's quote header."""
    answers = {n: t for n, t, _ in items}
    return before + hdr + "\n" + inline(job, token_of(name), answers, prefix=prefix) + after


def html_reply(own: str, hdr: str, job: Job, name: str, *, style: str = "") -> str:
    """An HTML-only reply: the user's lines as divs, then the client's header and the debrief in a blockquote."""
    esc = hdr.replace("<", "&lt;").replace(">", "&gt;")
    return (
        f'<html><head><meta charset="utf-8"></head><body><div style="{style}">' + html_lines(own) + "</div>"
        f'<div><br></div><div>{esc}</div><blockquote style="border-left:1px solid #93a3b8;padding-left:10px">'
        + debrief_html(job, token_of(name))
        + "</blockquote></body></html>"
    )


CASES: list[Case] = []


def add(**kw: Any) -> None:
    CASES.append(Case(**kw))


# 01 Gmail web, English, top-posted "1." numbering, multipart/alternative QP, all twelve answers.
n = "e01_gmail_web_en_numbered_all"
items = [
    (1, "7/10. Solid on the technical parts, a bit slow on the last question.", 7),
    (2, "The system design round: I sketched the queue-based ingestion quickly and could defend it.", None),
    (
        3,
        "Fumbled the question about a conflict with a manager. Next time: the STAR story about the migration.",
        None,
    ),
    (4, "Very good with Jane, a bit formal with Raj. I could see myself working with both.", None),
    (5, "Owning the billing backend end to end; that is close to exactly what I want.", None),
    (6, "Small teams, written culture, no on-call heroics.", None),
    (7, "The commute: 3 days in the office. Ask whether 2 days is possible.", None),
    (
        8,
        "150-165k USD a year, equity not quantified yet",
        [("150000", "USD", "year"), ("165000", "USD", "year")],
    ),
    (9, "Better scope, similar pay, much better team.", None),
    (10, "Ahead of the Initech process, behind nothing so far.", None),
    (11, "Yes", "yes"),
    (12, "By Friday", "2026-11-06"),
]
own = numbered(items) + "\n\nThanks,\nMaya"
hdr = "On Tue, Nov 3, 2026 at 5:40 PM Maya Example <maya@example.test> wrote:"
plain = top(own, hdr, ACME, n)
html = (
    '<div dir="ltr">'
    + html_lines(own)
    + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
    + hdr.replace("<", "&lt;").replace(">", "&gt;")
    + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
    'rgb(204,204,204);padding-left:1ex">' + debrief_html(ACME, token_of(n)) + "</blockquote></div>"
)
add(
    name=n,
    client="Gmail (web)",
    language="en",
    day="2026-11-03",
    shape="numbered",
    job=ACME,
    own="maya@example.test",
    date_header="Tue, 3 Nov 2026 21:12:44 +0100",
    subject_prefix="Re:",
    body=alternative("000000000000a1b2c3d4e5f60001", leaf(plain), leaf(html, subtype="html")),
    answers=expect(items),
    forbidden=("answer what you can", "wrote:", "Thanks,"),
)

# 02 Gmail Android, German, inline under ">" quotes, sign-off below the quote, base64 UTF-8.
n = "e02_gmail_android_de_inline"
items = [
    (1, "8 von 10", 8),
    (2, "Die Live-Coding-Aufgabe lief richtig gut, ich war schnell und sauber.", None),
    (3, "Bei der Frage nach Kubernetes-Erfahrung bin ich ins Schwimmen gekommen.", None),
    (4, "Jane war super sympathisch, mit ihr würde ich gern arbeiten.", None),
    (8, "65.000 € brutto im Jahr, plus Jobticket", [("65000", "EUR", "year")]),
    (11, "Ja, definitiv", "yes"),
    (12, "Rückmeldung bis Ende nächster Woche", "2026-11-13"),
]
hdr = "Am Mi., 4. Nov. 2026 um 16:55 Uhr schrieb Maya Example <maya.example@mail.example>:"
add(
    name=n,
    client="Gmail (Android)",
    language="de",
    day="2026-11-04",
    shape="inline quoted",
    job=NORD,
    own="maya.example@mail.example",
    date_header="Wed, 4 Nov 2026 19:03:10 +0100",
    subject_prefix="Re:",
    body=leaf(inline_reply(hdr, NORD, n, items, after="\n\nLG Maya"), cte="base64"),
    answers=expect(items),
    forbidden=("schrieb Maya Example", "Skip anything you like", "LG Maya"),
)

# 03 Outlook desktop (Windows), English, answers typed into the unquoted history under each question.
n = "e03_outlook_win_en_unquoted_inline"
answers = {
    1: "6/10 - okay but not great",
    2: "Walking through the incident postmortem; they clearly liked it.",
    3: "Too long on the SQL question, ran out of time for the follow-up.",
    8: "Base around 120k EUR per year was mentioned by Raj, I did not push back",
    11: "Not sure yet",
    12: "Early next week",
}
items = [
    (1, answers[1], 6), (2, answers[2], None), (3, answers[3], None),
    (8, answers[8], [("120000", "EUR", "year")]), (11, answers[11], "unsure"), (12, answers[12], "2026-11-10"),
]  # fmt: skip
blk = outlook_block(
    ("From:", "Sent:", "To:", "Subject:"),
    "Thursday, November 5, 2026 3:10 PM",
    BLUE,
    n,
    rule="________________________________",
).format(own="maya@example.test")
body = (
    "See my answers below, in between the questions.\n\nMaya\n\n"
    + blk
    + "\n"
    + inline(BLUE, token_of(n), answers, prefix="")
)
add(
    name=n,
    client="Outlook desktop (Windows)",
    language="en",
    day="2026-11-05",
    shape="inline unquoted history",
    job=BLUE,
    own="maya@example.test",
    date_header="Thu, 5 Nov 2026 18:47:02 +0000",
    subject_prefix="RE:",
    body=leaf(body, charset="windows-1252"),
    answers=expect(items),
    crlf=True,
    free_notes="See my answers below, in between the questions.",
    mailer="Microsoft Outlook 16.0",
    forbidden=("What reservations do you have", "Sent: Thursday"),
)

# 04 Outlook for Mac, English, "Q1 -" numbering.
n = "e04_outlook_mac_en_q_dash"
items = [
    (1, "7.5", 7.5),
    (2, "Product questions. I had read their API docs and it showed.", None),
    (5, "It's a real platform role, not support in disguise.", None),
    (7, "Salary band not shared yet; I'll ask the recruiter directly.", None),
    (11, "Yes, I would take it.", "yes"),
    (12, "Wednesday", "2026-11-11"),
]
own = numbered(items, "Q{n} - {t}")
blk = (
    "From: Maya Example <maya@example.test>\nDate: Friday, 6 November 2026 at 18:10\n"
    f"To: Maya Example <maya@example.test>\nSubject: Debrief: {KITE.company}, {KITE.role} [fu-{token_of(n)}]\n"
)
add(
    name=n,
    client="Outlook for Mac",
    language="en",
    day="2026-11-06",
    shape="numbered",
    job=KITE,
    own="maya@example.test",
    date_header="Fri, 6 Nov 2026 20:30:15 +0000",
    subject_prefix="Re:",
    body=leaf(own + "\n\n" + blk + "\n" + debrief(KITE, token_of(n)), cte="quoted-printable"),
    answers=expect(items),
    mailer="Microsoft-MacOutlook/16.90.24110318",
    forbidden=("Date: Friday", "inline under each question"),
)

# 05 Outlook on the web, French, multipart/alternative with an HTML divRplyFwdMsg block.
n = "e05_outlook_web_fr_numbered"
items = [
    (1, "sept sur dix", 7),
    (2, "L'étude de cas : j'ai posé les bonnes questions avant de proposer une architecture.", None),
    (3, "J'ai hésité sur les questions de sécurité (OAuth, rotation des clés).", None),
    (6, "Une vraie culture produit et des équipes autonomes.", None),
    (8, "55 000 € brut annuel, variable non précisé", [("55000", "EUR", "year")]),
    (11, "Oui", "yes"),
    (12, "D'ici la fin de la semaine prochaine", "2026-11-20"),
]
own = numbered(items) + "\n\nBonne soirée,\nMaya"
blk = outlook_block(
    ("De :", "Envoyé :", "À :", "Objet :"),
    "lundi 9 novembre 2026 17:25",
    ORCA,
    n,
    rule="________________________________",
).format(own="maya@example.test")
plain = own + "\n\n" + blk + "\n" + debrief(ORCA, token_of(n))
html = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
    '<div style="font-family: Aptos, sans-serif; font-size: 12pt;">' + html_lines(own) + "</div><hr "
    'style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font '
    'face="Calibri, sans-serif" style="font-size:11pt"><b>De :</b> Maya Example &lt;maya@example.test&gt;<br>'
    "<b>Envoyé :</b> lundi 9 novembre 2026 17:25<br><b>À :</b> Maya Example &lt;maya@example.test&gt;<br>"
    f"<b>Objet :</b> Debrief: {ORCA.company}, {ORCA.role} [fu-{token_of(n)}]</font><div>&nbsp;</div></div>"
    + debrief_html(ORCA, token_of(n))
    + "</body></html>"
)
add(
    name=n,
    client="Outlook on the web",
    language="fr",
    day="2026-11-09",
    shape="numbered",
    job=ORCA,
    own="maya@example.test",
    date_header="Mon, 9 Nov 2026 20:02:51 +0000",
    subject_prefix="RE:",
    body=alternative("_000_AM0PR07MB0001EURP_", leaf(plain), leaf(html, subtype="html"), kind="alternative"),
    answers=expect(items),
    crlf=True,
    forbidden=("Envoyé :", "Bonne soirée"),
)

# 06 Outlook for iOS, English, partial, "1:" numbering, "Get Outlook for iOS" footer.
n = "e06_outlook_ios_en_partial_colon"
items = [
    (1, "6", 6),
    (3, "Didn't know their stack well enough, should have read the eng blog", None),
    (11, "unsure", "unsure"),
    (12, "In two weeks", "2026-11-24"),
]
own = numbered(items, "{n}: {t}") + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
blk = outlook_block(
    ("From:", "Sent:", "To:", "Subject:"),
    "Tuesday, November 10, 2026 6:10:31 PM",
    KITE,
    n,
    rule="________________________________",
).format(own="maya@example.test")
add(
    name=n,
    client="Outlook for iOS",
    language="en",
    day="2026-11-10",
    shape="numbered",
    job=KITE,
    own="maya@example.test",
    date_header="Tue, 10 Nov 2026 22:41:09 +0000",
    subject_prefix="Re:",
    body=leaf(own + "\n" + blk + "\n" + debrief(KITE, token_of(n)), cte="base64"),
    answers=expect(items),
    forbidden=("Get Outlook for iOS", "Sent: Tuesday"),
)

# 07 Outlook for Android, Spanish, "1.-" numbering.
n = "e07_outlook_android_es_dotdash"
items = [
    (1, "Un 8", 8),
    (2, "La parte de diseño de APIs, me sentí muy cómoda.", None),
    (4, "Muy bien con Raj, buen rollo desde el principio.", None),
    (8, "45.000 € brutos al año", [("45000", "EUR", "year")]),
    (11, "Sí", "yes"),
    (12, "La semana que viene", "2026-11-20"),
]
own = numbered(items, "{n}.- {t}") + "\n\nObtener Outlook para Android<https://aka.ms/AAb9ysg>"
blk = outlook_block(
    ("De:", "Enviado:", "Para:", "Asunto:"),
    "miércoles, 11 de noviembre de 2026 15:10",
    BLUE,
    n,
    rule="________________________________",
).format(own="maya@example.test")
add(
    name=n,
    client="Outlook for Android",
    language="es",
    day="2026-11-11",
    shape="numbered",
    job=BLUE,
    own="maya@example.test",
    date_header="Wed, 11 Nov 2026 19:20:00 +0100",
    subject_prefix="RE:",
    body=leaf(own + "\n" + blk + "\n" + debrief(BLUE, token_of(n))),
    answers=expect(items),
    forbidden=("Obtener Outlook para Android", "Enviado: miércoles"),
)

# 08 Apple Mail macOS, Dutch, inline under ">" quotes.
n = "e08_apple_mail_nl_inline"
answers = {
    1: "6/10",
    2: "Het technische gesprek ging goed, vooral over caching.",
    7: "Ze werken volledig op kantoor in Utrecht. Vragen of één dag thuis kan.",
    8: "Niets concreets besproken over salaris.",
    11: "Weet ik nog niet",
    12: "Volgende week dinsdag",
}
items = [
    (1, answers[1], 6), (2, answers[2], None), (7, answers[7], None), (8, answers[8], []),
    (11, answers[11], "unsure"), (12, answers[12], "2026-11-17"),
]  # fmt: skip
hdr = "> Op 12 nov 2026, om 16:10 heeft Maya Example <maya@example.test> het volgende geschreven:\n>\n"
body = "Hoi,\n\nAntwoorden hieronder.\n\n" + hdr + inline(BLUE, token_of(n), answers)
add(
    name=n,
    client="Apple Mail (macOS)",
    language="nl",
    day="2026-11-12",
    shape="inline quoted",
    job=BLUE,
    own="maya@example.test",
    date_header="Thu, 12 Nov 2026 21:05:33 +0100",
    subject_prefix="Re:",
    body=leaf(body, cte="quoted-printable"),
    answers=expect(items),
    free_notes="Antwoorden hieronder.",
    mailer="Apple Mail (2.3826.300.87.4.3)",
    forbidden=("het volgende geschreven", "Skip anything you like"),
)

# 09 iPhone Mail with a Swedish interface, English answers.
n = "e09_apple_ios_sv_client_en"
items = [
    (1, "Eight out of ten", 8),
    (2, "Storytelling about the payments outage", None),
    (6, "Calm, profitable, no hype", None),
    (11, "Yes!", "yes"),
    (12, "Monday", "2026-11-16"),
]
own = numbered(items) + "\n\nSkickat från min iPhone"
hdr = "> 13 nov. 2026 kl. 17:25 skrev Maya Example <maya@example.test>:\n>"
add(
    name=n,
    client="Apple Mail (iOS)",
    language="en",
    day="2026-11-13",
    shape="numbered",
    job=ORCA,
    own="maya@example.test",
    date_header="Fri, 13 Nov 2026 18:59:12 +0100",
    subject_prefix="Sv:",
    body=leaf(own + "\n\n" + hdr + "\n" + quote(debrief(ORCA, token_of(n)))),
    answers=expect(items),
    forbidden=("Skickat från min iPhone", "skrev Maya Example"),
)

# 10 Samsung Email, Polish, "(1)" numbering, Galaxy footer.
n = "e10_samsung_pl_parens"
items = [
    (1, "7 na 10", 7),
    (2, "Zadanie z algorytmów poszło mi bardzo dobrze.", None),
    (3, "Pytania o zarządzanie zespołem - za mało konkretów.", None),
    (8, "12 000 zł brutto miesięcznie", [("12000", "PLN", "month")]),
    (11, "Tak", "yes"),
    (12, "Do piątku", "2026-11-20"),
]
own = numbered(items, "({n}) {t}") + "\n\n\n\nWysłane z mojego Galaxy"
hdr = (
    "-------- Oryginalna wiadomość --------\nOd: Maya Example <maja@poczta.example> \n"
    "Data: 16.11.2026 18:10 (GMT+01:00) \nDo: Maya Example <maja@poczta.example> \n"
    f"Temat: Debrief: {KITE.company}, {KITE.role} [fu-{token_of(n)}] \n"
)
add(
    name=n,
    client="Samsung Email",
    language="pl",
    day="2026-11-16",
    shape="numbered",
    job=KITE,
    own="maja@poczta.example",
    date_header="Mon, 16 Nov 2026 20:14:41 +0100",
    subject_prefix="Odp:",
    body=leaf(own + "\n\n" + hdr + "\n" + debrief(KITE, token_of(n)), charset="iso-8859-2", cte="base64"),
    answers=expect(items),
    forbidden=("Wysłane z mojego Galaxy", "Oryginalna wiadomość"),
)

# 11 Thunderbird, German, inline under ">" quotes, ISO-8859-15 8bit.
n = "e11_thunderbird_de_inline"
answers = {
    1: "Ich würde sagen 7.",
    3: "Die Frage zu verteilten Transaktionen habe ich zu theoretisch beantwortet.\n"
    "Nächstes Mal mit dem Beispiel aus dem Bestellsystem.",
    5: "Mehr Architektur, weniger Tickets. Passt gut.",
    8: "Gehalt: 72.000 € im Jahr fix, dazu 10 % Bonus",
    11: "Ja",
    12: "Nächste Woche Donnerstag",
}
items = [
    (1, answers[1], 7), (3, answers[3], None), (5, answers[5], None),
    (8, answers[8], [("72000", "EUR", "year")]), (11, answers[11], "yes"), (12, answers[12], "2026-11-26"),
]  # fmt: skip
body = "Am 17.11.26 um 16:55 schrieb Maya Example:\n" + inline(NORD, token_of(n), answers) + "\n\n-- \nMaya"
add(
    name=n,
    client="Thunderbird",
    language="de",
    day="2026-11-17",
    shape="inline quoted",
    job=NORD,
    own="maya@example.test",
    date_header="Tue, 17 Nov 2026 22:10:05 +0100",
    subject_prefix="Re:",
    body=leaf(body, charset="iso-8859-15", cte="8bit"),
    answers=expect(items),
    extra=("User-Agent: Mozilla Thunderbird",),
    forbidden=("schrieb Maya Example", "What went well?"),
)

# 12 K-9 Mail with a French interface, English answers inline under ">" quotes, K-9 signature at the end.
n = "e12_k9_fr_client_en_inline"
items = [
    (1, "9/10, best interview I've had this year", 9),
    (2, "Debugging exercise, found the race condition in ten minutes", None),
    (4, "Great. Raj laughed at my jokes.", None),
    (10, "Clearly my first choice now", None),
    (11, "yes", "yes"),
    (12, "by the 27th", "2026-11-27"),
]
hdr = "Le 18 novembre 2026 17:45:12 GMT+01:00, Maya Example <maya@example.test> a écrit :"
body = inline_reply(
    hdr,
    ORCA,
    n,
    items,
    after="\n\n-- \nEnvoyé de mon appareil Android avec K-9 Mail. Veuillez excuser ma brièveté.",
)
add(
    name=n,
    client="K-9 Mail",
    language="en",
    day="2026-11-18",
    shape="inline quoted",
    job=ORCA,
    own="maya@example.test",
    date_header="Wed, 18 Nov 2026 19:31:40 +0100",
    subject_prefix="Re:",
    body=leaf(body),
    answers=expect(items),
    forbidden=("Veuillez excuser ma brièveté", "a écrit :"),
)

# 13 FairEmail, Czech, inline under ">" quotes, ISO-8859-2 quoted-printable.
n = "e13_fairemail_cs_inline"
items = [
    (1, "7/10", 7),
    (2, "Technická část, hlavně návrh databáze.", None),
    (3, "Angličtina v rychlé konverzaci, musím víc trénovat.", None),
    (8, "80 000 Kč měsíčně hrubého", [("80000", "CZK", "month")]),
    (11, "Ano", "yes"),
    (12, "Do pátku", "2026-11-20"),
]
hdr = "19. 11. 2026 16:58:03 Maya Example <maya@example.test>:"
add(
    name=n,
    client="FairEmail",
    language="cs",
    day="2026-11-19",
    shape="inline quoted",
    job=BLUE,
    own="maya@example.test",
    date_header="Thu, 19 Nov 2026 20:20:20 +0100",
    subject_prefix="Re:",
    body=leaf(inline_reply(hdr, BLUE, n, items, after="\n\nMaya"), charset="iso-8859-2"),
    answers=expect(items),
    forbidden=("Maya Example <maya@example.test>:", "Skip anything you like"),
)

# 14 Proton Mail, English, free text only: no question is answered by number or position.
n = "e14_proton_en_free_text"
free = (
    "Quick brain dump before I forget: the panel was friendly and the take-home review was fair, but the\n"
    "hiring manager seemed distracted. I think it went fine overall. I'll fill in the questionnaire properly\n"
    "tomorrow."
)
own = free + "\n\nMaya\n\nSent with Proton Mail secure email."
hdr = (
    "------- Original Message -------\nOn Friday, November 20th, 2026 at 6:10 PM, Maya Example "
    "<maya.example@proton.example> wrote:\n"
)
add(
    name=n,
    client="Proton Mail",
    language="en",
    day="2026-11-20",
    shape="free",
    job=KITE,
    own="maya.example@proton.example",
    date_header="Fri, 20 Nov 2026 18:55:01 +0000",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, KITE, n, gap="\n\n"), cte="base64"),
    answers={},
    free_notes=free,
    forbidden=("Sent with Proton Mail secure email.", "Original Message"),
)

# 15 Yahoo Mail, English, "#1" numbering, partial, Yahoo footer.
n = "e15_yahoo_en_hash_partial"
items = [
    (1, "8 out of 10", 8),
    (5, "Lots of greenfield work, close to what I want", None),
    (11, "Yes", "yes"),
    (12, "End of the week", "2026-11-27"),
]
own = numbered(items, "#{n} {t}") + "\n\nSent from Yahoo Mail for iPhone"
hdr = "On Monday, November 23, 2026, 5:40 PM, Maya Example <maya_example@yahoo.example> wrote:"
add(
    name=n,
    client="Yahoo Mail",
    language="en",
    day="2026-11-23",
    shape="numbered",
    job=ACME,
    own="maya_example@yahoo.example",
    date_header="Mon, 23 Nov 2026 23:02:17 +0000",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, ACME, n, prefix="")),
    answers=expect(items),
    forbidden=("Sent from Yahoo Mail for iPhone", "wrote:"),
)

# 16 Fastmail, English, HTML only with the debrief in a blockquote, nbsp and smart quotes.
n = "e16_fastmail_en_html_only"
items = [
    (1, "8/10", 8),
    (2, "The architecture discussion; I’d prepared the trade-offs for event sourcing.", None),
    (6, "They publish their salary bands and their on-call rota.", None),
    (8, "£70,000 per annum plus pension", [("70000", "GBP", "year")]),
    (11, "Yes", "yes"),
    (12, "Thursday the 3rd", "2026-12-03"),
]
rows = "".join(f"<div>{n_}.&nbsp;{t.replace('&', '&amp;')}</div>\n" for n_, t, _ in items)
html = (
    '<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}'
    "</style></head><body>" + rows + "<div><br></div><div>Maya</div><div><br></div><div>On Tue, 24 Nov 2026, "
    'at 17:25, Maya Example wrote:</div><blockquote type="cite" id="qt" style="">'
    + debrief_html(ORCA, token_of(n))
    + "</blockquote><div><br></div></body></html>"
)
add(
    name=n,
    client="Fastmail",
    language="en",
    day="2026-11-24",
    shape="html only",
    job=ORCA,
    own="maya@fastmail.example",
    date_header="Tue, 24 Nov 2026 21:44:08 +0000",
    subject_prefix="Re:",
    body=leaf(html, subtype="html"),
    answers=expect(items),
    mailer="",
    extra=("User-Agent: Cyrus-JMAP/3.11.0-alpha0",),
    forbidden=("Maya Example wrote:", "use the form"),
)

# 17 Roundcube, Italian, inline under ">" quotes.
n = "e17_roundcube_it_inline"
items = [
    (1, "Direi 7", 7),
    (2, "La parte sul design delle API, molto a mio agio.", None),
    (4, "Jane molto disponibile, Raj più distaccato.", None),
    (8, "40.000 euro lordi annui", [("40000", "EUR", "year")]),
    (11, "Sì, mi piacerebbe", "yes"),
    (12, "Entro la prossima settimana", "2026-12-04"),
]
hdr = "Il 2026-11-25 18:10 Maya Example ha scritto:"
add(
    name=n,
    client="Roundcube",
    language="it",
    day="2026-11-25",
    shape="inline quoted",
    job=ACME,
    own="maya@posta.example",
    date_header="Wed, 25 Nov 2026 21:33:45 +0100",
    subject_prefix="R:",
    body=leaf(inline_reply(hdr, ACME, n, items), cte="quoted-printable", flowed=True),
    answers=expect(items),
    extra=("User-Agent: Roundcube Webmail/1.6.9",),
    forbidden=("ha scritto:", "Skip anything you like"),
)

# 18 mutt, English, inline under ">" quotes, unanswered questions trimmed away, "-- " signature.
n = "e18_mutt_en_inline_trimmed"
body = (
    "On Thu, Nov 26, 2026 at 05:20:11PM +0000, Maya Example wrote:\n"
    "> 1. How did it go? Rate your overall performance from 0 to 10.\n\n"
    "Five. It was rough.\n\n"
    "> 3. What didn't go so well? What would you answer differently next time?\n\n"
    "The live coding: I froze on the graph traversal. Should have talked through a brute force first.\n\n"
    "> 8. What money was discussed?\n\n"
    "$95/hour as a contractor, 6-month contract.\n\n"
    "> 11. Now that you have seen what they offer: do you want this job? (yes / no / not sure)\n\n"
    "No.\n\n"
    "> 12. When did they say you would hear back?\n\n"
    "Tuesday\n\n"
    "> Skip anything you like; a later reply fills in or replaces single answers.\n\n"
    "-- \nMaya Example  |  https://maya.example.org\n"
)
items = [
    (1, "Five. It was rough.", 5),
    (
        3,
        "The live coding: I froze on the graph traversal. Should have talked through a brute force first.",
        None,
    ),
    (8, "$95/hour as a contractor, 6-month contract.", [("95", "USD", "hour")]),
    (11, "No.", "no"),
    (12, "Tuesday", "2026-12-01"),
]
add(
    name=n,
    client="mutt",
    language="en",
    day="2026-11-26",
    shape="inline quoted",
    job=BLUE,
    own="maya@example.test",
    date_header="Thu, 26 Nov 2026 20:01:55 +0000",
    subject_prefix="Re:",
    body=leaf(body, charset="us-ascii", cte="7bit"),
    answers=expect(items),
    extra=("User-Agent: Mutt/2.2.13 (2024-03-09)",),
    forbidden=("maya.example.org", "Skip anything you like"),
)

# 19 NeoMutt, English, bottom-posted: the whole quote first, the numbered answers below it.
n = "e19_neomutt_en_bottom_posted"
items = [
    (1, "7/10", 7),
    (2, "Clear explanations of the consensus trade-offs.", None),
    (9, "Much more senior than my current job, but a longer commute.", None),
    (11, "Yes", "yes"),
    (12, "Next week", "2026-12-04"),
]
body = (
    "* Maya Example <maya@example.test> [2026-11-27 18:10 +0000]:\n"
    + quote(debrief(KITE, token_of(n)))
    + "\n\n"
    + numbered(items)
    + "\n\n-- \nMaya\n"
)
add(
    name=n,
    client="NeoMutt",
    language="en",
    day="2026-11-27",
    shape="bottom-posted",
    job=KITE,
    own="maya@example.test",
    date_header="Fri, 27 Nov 2026 19:12:00 +0000",
    subject_prefix="Re:",
    body=leaf(body, charset="us-ascii", cte="7bit"),
    answers=expect(items),
    extra=("User-Agent: NeoMutt/20240425",),
    forbidden=("Skip anything you like", "[2026-11-27 18:10 +0000]"),
)

# 20 Spark, English, each number on its own line and the answer on the next one.
n = "e20_spark_en_number_own_line"
items = [
    (1, "7 out of 10", 7),
    (3, "I rambled on the leadership question.", None),
    (6, "The founders are engineers and it shows.", None),
    (8, "No numbers discussed yet", []),
    (11, "Not sure", "unsure"),
    (12, "Dec 9", "2026-12-09"),
]
own = numbered(items, "{n}.\n{t}", sep="\n\n")
hdr = "On 30. Nov 2026 at 17:40 +0000, Maya Example <maya@example.test>, wrote:"
add(
    name=n,
    client="Spark",
    language="en",
    day="2026-11-30",
    shape="numbered",
    job=ACME,
    own="maya@example.test",
    date_header="Mon, 30 Nov 2026 20:48:30 +0000",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, ACME, n)),
    answers=expect(items),
    forbidden=("wrote:", "inline under each question"),
)

# 21 Airmail, Brazilian Portuguese, "1)" numbering.
n = "e21_airmail_ptbr_paren"
items = [
    (1, "8/10", 8),
    (2, "A conversa técnica sobre filas e mensageria.", None),
    (5, "Liderança técnica de um time pequeno, bem o que eu procuro.", None),
    (8, "R$ 18.000 por mês, CLT", [("18000", "BRL", "month")]),
    (11, "Sim", "yes"),
    (12, "Semana que vem", "2026-12-11"),
]
own = numbered(items, "{n}) {t}") + "\n\nAbraços,\nMaya\n\nEnviado com Airmail"
hdr = "Em 1 de dezembro de 2026 em 15:10:44, Maya Example (maya@correio.example) escreveu:"
add(
    name=n,
    client="Airmail",
    language="pt",
    day="2026-12-01",
    shape="numbered",
    job=BLUE,
    own="maya@correio.example",
    date_header="Tue, 1 Dec 2026 19:22:10 -0300",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, BLUE, n), cte="base64"),
    answers=expect(items),
    forbidden=("Enviado com Airmail", "escreveu:", "Abraços"),
)

# 22 Zoho Mail, English, three answers out of order.
n = "e22_zoho_en_out_of_order"
items = [
    (12, "Friday", "2026-12-04"),
    (1, "6/10", 6),
    (11, "Yes, still", "yes"),
]
own = "\n".join(f"{n_}. {t}" for n_, t, _ in items) + "\n\nRegards,\nMaya"
hdr = "---- On Wed, 02 Dec 2026 17:40:00 +0000 Maya Example <maya@zoho.example> wrote ---\n"
add(
    name=n,
    client="Zoho Mail",
    language="en",
    day="2026-12-02",
    shape="numbered",
    job=ACME,
    own="maya@zoho.example",
    date_header="Wed, 2 Dec 2026 21:15:19 +0000",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, ACME, n, prefix="")),
    answers=expect(items),
    mailer="Zoho Mail",
    forbidden=("wrote ---", "Regards,"),
)

# 23 GMX, German, HTML only with the quoted message in a blockquote.
n = "e23_gmx_de_html_only"
items = [
    (1, "6 von 10", 6),
    (3, "Bei der Systemdesign-Aufgabe habe ich die Skalierung zu spät angesprochen.", None),
    (8, "4.800 € brutto im Monat", [("4800", "EUR", "month")]),
    (11, "Nein, eher nicht", "no"),
    (12, "Am Montag", "2026-12-07"),
]
rows = "".join(f"<div>{n_}. {t}</div>\n" for n_, t, _ in items)
html = (
    '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
    + rows
    + '<div>&nbsp;</div><div>Gruß Maya</div>\n<div>&nbsp;\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px '
    '5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word;">'
    '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Donnerstag, 03. Dezember 2026 um 17:40 Uhr<br/>'
    "<b>Von:</b>&nbsp;&quot;Maya Example&quot; &lt;maya.example@gmx.example&gt;<br/><b>An:</b>&nbsp;"
    "maya.example@gmx.example<br/><b>Betreff:</b>&nbsp;Debrief</div>"
    '<div name="quoted-content">' + debrief_html(NORD, token_of(n)) + "</div></div></div></div></body></html>"
)
add(
    name=n,
    client="GMX",
    language="de",
    day="2026-12-03",
    shape="html only",
    job=NORD,
    own="maya.example@gmx.example",
    date_header="Thu, 3 Dec 2026 20:50:41 +0100",
    subject_prefix="Aw:",
    body=leaf(html, subtype="html", charset="UTF-8"),
    answers=expect(items),
    forbidden=("Gesendet:", "Gruß Maya"),
)

# 24 Web.de with its German quote block, English answers, "A1:" numbering.
n = "e24_webde_de_client_en_a1"
items = [
    (1, "7", 7),
    (2, "Knew their product inside out", None),
    (7, "Relocation to Munich; ask about a remote start", None),
    (11, "Yes", "yes"),
    (12, "Within 10 days", "2026-12-14"),
]
own = numbered(items, "A{n}: {t}")
hdr = (
    'Gesendet: Freitag, 04. Dezember 2026 um 16:55 Uhr\nVon: "Maya Example" <maya.example@web.example>\n'
    "An: maya.example@web.example\nBetreff: Debrief\n"
)
add(
    name=n,
    client="Web.de",
    language="en",
    day="2026-12-04",
    shape="numbered",
    job=NORD,
    own="maya.example@web.example",
    date_header="Fri, 4 Dec 2026 18:31:07 +0100",
    subject_prefix="Aw:",
    body=leaf(top(own, hdr, NORD, n, prefix="")),
    answers=expect(items),
    forbidden=("Gesendet: Freitag",),
)

# 25 Yandex Mail, Ukrainian, base64 UTF-8.
n = "e25_yandex_uk_numbered"
items = [
    (1, "8 з 10", 8),
    (2, "Технічна частина: розповіла про міграцію бази даних.", None),
    (4, "З Джейн порозумілися одразу.", None),
    (8, "$3000 на місяць", [("3000", "USD", "month")]),
    (11, "Так", "yes"),
    (12, "До п'ятниці", "2026-12-11"),
]
own = numbered(items) + "\n\n-- \nНадіслано з мобільної Яндекс Пошти"
hdr = '07.12.2026, 17:15, "Maya Example" <maya@yandex.example>:'
add(
    name=n,
    client="Yandex Mail",
    language="uk",
    day="2026-12-07",
    shape="numbered",
    job=BLUE,
    own="maya@yandex.example",
    date_header="Mon, 07 Dec 2026 21:09:44 +0200",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, BLUE, n), cte="base64"),
    answers=expect(items),
    forbidden=("Надіслано з мобільної Яндекс Пошти",),
)

# 26 Mail.ru, Russian, HTML only (UTF-8 8bit), "1 )" numbering.
n = "e26_mailru_ru_html_only"
items = [
    (1, "7 из 10", 7),
    (3, "Слабо ответила про Kafka, надо подтянуть.", None),
    (8, "250 000 ₽ в месяц", [("250000", "RUB", "month")]),
    (11, "Не уверена", "unsure"),
    (12, "На следующей неделе", "2026-12-18"),
]
own = numbered(items, "{n} ) {t}")
hdr = "Вторник, 8 декабря 2026, 17:40 +03:00 от Maya Example <maya@mail.example>:"
add(
    name=n,
    client="Mail.ru",
    language="ru",
    day="2026-12-08",
    shape="html only",
    job=ORCA,
    own="maya@mail.example",
    date_header="Tue, 08 Dec 2026 20:11:03 +0300",
    subject_prefix="Re:",
    body=leaf(html_reply(own, hdr, ORCA, n), subtype="html", cte="8bit"),
    answers=expect(items),
    forbidden=("от Maya Example",),
)

# 27 Superhuman, English, "Question 1:" numbering, HTML with a tracking pixel.
n = "e27_superhuman_en_question_n_pixel"
items = [
    (1, "8/10 🙂", 8),
    (2, "Whiteboard round — clean solution, good complexity analysis.", None),
    (5, "Ownership of the whole payments API.", None),
    (8, "Between $180k and $200k a year", [("180000", "USD", "year"), ("200000", "USD", "year")]),
    (11, "Yes 🙌", "yes"),
    (12, "By the 18th", "2026-12-18"),
]
own = numbered(items, "Question {n}: {t}", sep="\n\n")
hdr = "On Wed, Dec 09, 2026 at 5:25 PM, Maya Example <maya@example.test> wrote:"
plain = top(own, hdr, ORCA, n)
html = (
    "<html><head></head><body><div><div>" + html_lines(own) + '</div><br><div class="gmail_signature">'
    '</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
    + hdr.replace("<", "&lt;").replace(">", "&gt;")
    + '</div><blockquote class="gmail_quote">'
    + debrief_html(ORCA, token_of(n))
    + "</blockquote></div>"
    '<img width="1" height="1" style="display:none" src="https://r.superhuman.example/pixel/'
    f'{token_of(n)}.gif" alt=" "></body></html>'
)
add(
    name=n,
    client="Superhuman",
    language="en",
    day="2026-12-09",
    shape="numbered",
    job=ORCA,
    own="maya@example.test",
    date_header="Wed, 9 Dec 2026 19:02:36 -0800",
    subject_prefix="Re:",
    body=alternative(
        "--superhuman-6f1a", leaf(plain, cte="base64"), leaf(html, subtype="html", cte="base64")
    ),
    answers=expect(items),
    forbidden=("wrote:", "superhuman.example"),
)

# 28 HEY, English, answers and then a forwarded note from the recruiter.
n = "e28_hey_en_answer_then_forward"
items = [
    (1, "7/10", 7),
    (4, "Jane was lovely; Raj asked sharp questions.", None),
    (11, "Yes", "yes"),
    (12, "Monday", "2026-12-14"),
]
fwd = (
    "Begin forwarded message:\n\nFrom: Jane Doe <jane.doe@kite.example>\nDate: December 10, 2026 at 6:55:21 PM GMT\n"
    "To: Maya Example <maya@hey.example>\nSubject: Thanks for coming in\n\n"
    "Hi Maya, thanks again for today. The team enjoyed the conversation and we will get back to you on\n"
    "Wednesday at the latest with next steps.\n\nBest, Jane"
)
own = "Forwarding Jane's note below for context.\n\n" + numbered(items) + "\n\n" + fwd
hdr = "On December 10, 2026, Maya Example <maya@hey.example> wrote:"
plain = top(own, hdr, KITE, n)
add(
    name=n,
    client="HEY",
    language="en",
    day="2026-12-10",
    shape="numbered",
    job=KITE,
    own="maya@hey.example",
    date_header="Thu, 10 Dec 2026 19:40:00 +0000",
    subject_prefix="Re:",
    body=leaf(plain),
    answers=expect(items),
    free_notes="Forwarding Jane's note below for context.",
    forbidden=("Wednesday at the latest", "Thanks for coming in"),
)

# 29 BlackBerry Hub, English, partial, BlackBerry header block.
n = "e29_blackberry_en_partial"
items = [
    (1, "8", 8),
    (2, "The domain questions, I know logistics well", None),
    (11, "Yes", "yes"),
    (12, "Wed 16th", "2026-12-16"),
]
own = numbered(items)
hdr = (
    "Sent from my BlackBerry 10 smartphone.\nFrom: Maya Example\nSent: Friday, 11 December 2026 17:45\n"
    "To: Maya Example\nSubject: Debrief\n"
)
add(
    name=n,
    client="BlackBerry Hub",
    language="en",
    day="2026-12-11",
    shape="numbered",
    job=BLUE,
    own="maya@example.test",
    date_header="Fri, 11 Dec 2026 19:05:00 +0000",
    subject_prefix="Re:",
    body=leaf(own + "\n\n" + hdr + "\n" + debrief(BLUE, token_of(n)), charset="us-ascii", cte="7bit"),
    answers=expect(items),
    crlf=True,
    forbidden=("Sent from my BlackBerry", "Sent: Friday"),
)

# 30 HCL Notes, English, answers in the unquoted Notes history, long legal disclaimer.
n = "e30_notes_en_unquoted_disclaimer"
answers = {
    1: "7/10",
    2: "Stakeholder management examples landed well.",
    7: "Travel: up to 30%. Need to confirm what that means in practice.",
    11: "yes",
    12: "by Thursday",
}
items = [(1, answers[1], 7), (2, answers[2], None), (7, answers[7], None), (11, answers[11], "yes"),
         (12, answers[12], "2026-12-17")]  # fmt: skip
disclaimer = (
    "Maya Example\nSenior Consultant | Example Consulting GmbH\n\n"
    "This e-mail and any attachments are confidential and may be privileged. If you are not the intended\n"
    "recipient, please notify the sender immediately and delete it. Any unauthorised use, disclosure or\n"
    "copying is prohibited. Example Consulting GmbH accepts no liability for viruses transmitted by e-mail."
)
blk = (
    "From:\tMaya Example/EXC@EXAMPLE\nTo:\tMaya Example/EXC@EXAMPLE\nDate:\t14.12.2026 18:10\n"
    f"Subject:\tDebrief: {KITE.company}, {KITE.role} [fu-{token_of(n)}]\n"
    "------------------------------------------------------------------------\n"
)
body = (
    "Answers inline.\n\n"
    + disclaimer
    + "\n\n\n\n"
    + blk
    + "\n"
    + inline(KITE, token_of(n), answers, prefix="")
)
add(
    name=n,
    client="HCL Notes",
    language="en",
    day="2026-12-14",
    shape="inline unquoted history",
    job=KITE,
    own="maya.example@consulting.example",
    date_header="Mon, 14 Dec 2026 19:30:00 +0100",
    subject_prefix="Re:",
    body=leaf(body, charset="iso-8859-1"),
    answers=expect(items),
    free_notes="Answers inline.",
    mailer="Lotus Notes Release 9.0.1FP10 HF383",
    forbidden=("accepts no liability", "Senior Consultant"),
)

# 31 Evolution, Finnish, bottom-posted numbered answers under the quote, ISO-8859-15.
n = "e31_evolution_fi_bottom_posted"
items = [
    (1, "8/10", 8),
    (2, "Koodausosuus meni hyvin.", None),
    (3, "Palkkatoiveeseen vastasin liian nopeasti.", None),
    (8, "4 500 euroa kuukaudessa", [("4500", "EUR", "month")]),
    (11, "Kyllä", "yes"),
    (12, "Perjantaihin mennessä", "2026-12-18"),
]
own = numbered(items) + "\n\nTerveisin Maya"
hdr = "ti, 2026-12-15 kello 17:05 +0200, Maya Example kirjoitti:"
add(
    name=n,
    client="Evolution",
    language="fi",
    day="2026-12-15",
    shape="bottom-posted",
    job=NORD,
    own="maya@example.test",
    date_header="Tue, 15 Dec 2026 19:44:18 +0200",
    subject_prefix="Re:",
    body=leaf(
        hdr + "\n" + quote(debrief(NORD, token_of(n))) + "\n\n" + own,
        charset="iso-8859-15",
        cte="quoted-printable",
    ),
    answers=expect(items),
    mailer="Evolution 3.52.4",
    forbidden=("kirjoitti:", "Terveisin Maya"),
)

# 32 Claws Mail, Danish, inline under ">" quotes, ISO-8859-1 8bit.
n = "e32_claws_da_inline"
items = [
    (1, "7 ud af 10", 7),
    (2, "Systemdesign-delen, jeg var godt forberedt.", None),
    (8, "48.000 kr. om måneden", [("48000", "DKK", "month")]),
    (11, "Ja", "yes"),
    (12, "På fredag", "2026-12-18"),
]
hdr = "On Wed, 16 Dec 2026 17:25:44 +0100\nMaya Example <maya@example.test> wrote:"
add(
    name=n,
    client="Claws Mail",
    language="da",
    day="2026-12-16",
    shape="inline quoted",
    job=ORCA,
    own="maya@example.test",
    date_header="Wed, 16 Dec 2026 20:20:20 +0100",
    subject_prefix="Re:",
    body=leaf(inline_reply(hdr, ORCA, n, items, after="\n\nHilsen Maya"), charset="iso-8859-1", cte="8bit"),
    answers=expect(items),
    mailer="Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)",
    forbidden=("Hilsen Maya", "wrote:"),
)

# 33 Tutanota, Norwegian, HTML only, numbered.
n = "e33_tutanota_no_html_only"
items = [
    (1, "6/10", 6),
    (4, "Hyggelige folk, men litt stiv stemning.", None),
    (8, "750 000 kroner i året", [("750000", "NOK", "year")]),
    (11, "Usikker", "unsure"),
    (12, "I løpet av to uker", "2026-12-31"),
]
own = numbered(items)
hdr = "17. des. 2026, 17:40 av maya@tuta.example:"
add(
    name=n,
    client="Tutanota",
    language="no",
    day="2026-12-17",
    shape="html only",
    job=ACME,
    own="maya@tuta.example",
    date_header="Thu, 17 Dec 2026 18:58:00 +0100",
    subject_prefix="Re:",
    body=leaf(html_reply(own, hdr, ACME, n, style="font-family: sans-serif"), subtype="html", cte="base64"),
    answers=expect(items),
    forbidden=("av maya@tuta.example:",),
)

# 34 Mailspring, English, "1 )" numbering, emoji, smart quotes and non-breaking spaces.
n = "e34_mailspring_en_emoji_nbsp"
items = [
    (1, "9/10 🎉", 9),
    (2, "Pairing session — we shipped a tiny feature together in 40 min.", None),
    (6, "“Boring technology” on purpose, I love that.", None),
    (8, "€600–650 per day as a freelancer", [("600", "EUR", "day"), ("650", "EUR", "day")]),
    (11, "Yes\u00a0👍", "yes"),
    (12, "Tuesday, December 22", "2026-12-22"),
]
own = numbered(items, "{n}\u00a0) {t}")
hdr = "On Dec 18 2026, at 5:40 pm, Maya Example <maya@example.test> wrote:"
add(
    name=n,
    client="Mailspring",
    language="en",
    day="2026-12-18",
    shape="numbered",
    job=BLUE,
    own="maya@example.test",
    date_header="Fri, 18 Dec 2026 19:19:19 +0000",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, BLUE, n), cte="quoted-printable"),
    answers=expect(items),
    forbidden=("wrote:", "use the form"),
)

# 35 eM Client, Turkish, answers typed into the unquoted history, ISO-8859-9 quoted-printable.
n = "e35_emclient_tr_unquoted_inline"
items = [
    (1, "10 üzerinden 8", 8),
    (2, "Teknik mülakat çok iyi geçti.", None),
    (3, "Yönetim deneyimi sorusunda biraz zorlandım.", None),
    (8, "90.000 TL aylık", [("90000", "TRY", "month")]),
    (11, "Evet", "yes"),
    (12, "Cuma gününe kadar", "2026-11-06"),
]
hdr = (
    '------ Orijinal İleti ------\nKimden: "Maya Example" <maya@posta.example>\nKime: "Maya Example" '
    "<maya@posta.example>\nGönderildi: 2.11.2026 17:40:05\nKonu: Debrief\n"
)
add(
    name=n,
    client="eM Client",
    language="tr",
    day="2026-11-02",
    shape="inline unquoted history",
    job=ACME,
    own="maya@posta.example",
    date_header="Mon, 02 Nov 2026 19:35:50 +0300",
    subject_prefix="Ynt:",
    body=leaf(
        inline_reply(hdr, ACME, n, items, prefix="", before="Cevaplarım aşağıda.\n\n"), charset="iso-8859-9"
    ),
    free_notes="Cevaplarım aşağıda.",
    answers=expect(items),
    mailer="eM Client (10.1.4588.0)",
    forbidden=("Orijinal İleti", "Gönderildi:"),
)

# 36 Naver Mail, Korean, base64 UTF-8.
n = "e36_naver_ko_numbered"
items = [
    (1, "7점", 7),
    (2, "기술 면접에서 설명을 잘했어요.", None),
    (8, "연봉 7000만원", [("70000000", "KRW", "year")]),
    (11, "네", "yes"),
    (12, "다음 주 화요일", "2026-11-10"),
]
own = numbered(items)
hdr = (
    '-----Original Message-----\nFrom: "Maya Example"<maya@naver.example>\nTo: "Maya Example"'
    "<maya@naver.example>;\nCc:\nSent: 2026-11-05 (목) 17:40:12 (GMT+09:00)\nSubject: Debrief\n"
)
add(
    name=n,
    client="Naver Mail",
    language="ko",
    day="2026-11-05",
    shape="numbered",
    job=ORCA,
    own="maya@naver.example",
    date_header="Thu, 5 Nov 2026 20:30:00 +0900",
    subject_prefix="RE:",
    body=leaf(own + "\n\n" + hdr + "\n" + debrief(ORCA, token_of(n)), cte="base64"),
    answers=expect(items),
    forbidden=("Original Message",),
)

# 37 QQ Mail, Chinese, GB18030 base64, "1、" numbering.
n = "e37_qqmail_zh_ideographic_comma"
items = [
    (1, "8分", 8),
    (2, "系统设计部分回答得不错。", None),
    (4, "面试官人很好，沟通很顺畅。", None),
    (8, "月薪3万人民币", [("30000", "CNY", "month")]),
    (11, "想去", "yes"),
    (12, "下周三", "2026-11-11"),
]
own = numbered(items, "{n}、{t}")
hdr = (
    '------------------ 原始邮件 ------------------\n发件人: "Maya Example" <maya@qq.example>;\n'
    '发送时间: 2026年11月6日(星期五) 晚上6:10\n收件人: "Maya Example" <maya@qq.example>;\n主题: Debrief\n'
)
add(
    name=n,
    client="QQ Mail",
    language="zh",
    day="2026-11-06",
    shape="numbered",
    job=KITE,
    own="maya@qq.example",
    date_header="Fri, 6 Nov 2026 21:12:00 +0800",
    subject_prefix="回复:",
    body=leaf(own + "\n\n" + hdr + "\n" + debrief(KITE, token_of(n)), charset="gb18030", cte="base64"),
    answers=expect(items),
    forbidden=("原始邮件", "发送时间"),
)

# 38 Gmail iOS, Japanese, ISO-2022-JP 7bit.
n = "e38_gmail_ios_ja_numbered"
items = [
    (1, "7点", 7),
    (2, "技術面接はうまく説明できた。", None),
    (8, "年収800万円", [("8000000", "JPY", "year")]),
    (11, "はい", "yes"),
    (12, "来週の金曜日", "2026-11-20"),
]
own = numbered(items)
hdr = "2026年11月9日(月) 17:40 Maya Example <maya@example.test>:"
add(
    name=n,
    client="Gmail (iOS)",
    language="ja",
    day="2026-11-09",
    shape="numbered",
    job=BLUE,
    own="maya@example.test",
    date_header="Mon, 9 Nov 2026 21:00:00 +0900",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, BLUE, n), charset="iso-2022-jp", cte="7bit"),
    answers=expect(items),
    forbidden=("Maya Example <maya@example.test>:",),
)

# 39 Outlook desktop (Windows), Swedish, Word HTML and windows-1252 plain part, a disclaimer.
n = "e39_outlook_win_sv_word_html"
items = [
    (1, "8/10", 8),
    (2, "Caset gick bra, jag strukturerade det tydligt.", None),
    (5, "Mer ansvar för arkitekturen än i dag.", None),
    (8, "52 000 kr i månaden", [("52000", "SEK", "month")]),
    (11, "Ja, absolut", "yes"),
    (12, "Nästa vecka", "2026-11-20"),
]
own = numbered(items)
legal = (
    "Detta e-postmeddelande kan innehålla konfidentiell information. Om du fått det av misstag, "
    "meddela avsändaren och radera det."
)
blk = (
    outlook_block(("Från:", "Skickat:", "Till:", "Ämne:"), "den 10 november 2026 17:10", NORD, n, rule="")
    .format(own="maya@example.test")
    .lstrip("\n")
)
plain = own + "\n\nMvh Maya\n\n" + legal + "\n\n" + blk + "\n" + debrief(NORD, token_of(n))
paras = "".join(f'<p class="MsoNormal">{n_}. {t}<o:p></o:p></p>\n' for n_, t, _ in items)
html = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
    'content="text/html; charset=windows-1252"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;} --></style>'
    '</head><body lang="SV" link="#0563C1"><div class="WordSection1">'
    + paras
    + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Mvh Maya<o:p></o:p></p>'
    f'<p class="MsoNormal" style="font-size:8.0pt;color:gray">{legal}<o:p></o:p></p>'
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
    "<b>Från:</b> Maya Example &lt;maya@example.test&gt; <br><b>Skickat:</b> den 10 november 2026 17:10<br>"
    "<b>Till:</b> Maya Example &lt;maya@example.test&gt;<br><b>Ämne:</b> Debrief<o:p></o:p></p></div>"
    + debrief_html(NORD, token_of(n))
    + "</div></body></html>"
)
add(
    name=n,
    client="Outlook desktop (Windows)",
    language="sv",
    day="2026-11-10",
    shape="numbered",
    job=NORD,
    own="maya@example.test",
    date_header="Tue, 10 Nov 2026 19:20:00 +0100",
    subject_prefix="SV:",
    body=alternative(
        "_000_HE1PR0901MB0002_",
        leaf(plain, charset="windows-1252"),
        leaf(html, subtype="html", charset="windows-1252"),
    ),
    answers=expect(items),
    crlf=True,
    mailer="Microsoft Outlook 16.0",
    forbidden=("konfidentiell information", "Mvh Maya", "Skickat:"),
)

# 40 Gmail web with a Spanish interface, English answers; one answer runs over two paragraphs.
n = "e40_gmail_web_es_client_en_two_paragraphs"
items = [
    (1, "6/10", 6),
    (
        3,
        "The behavioural part. I gave a vague answer about prioritisation and Raj pushed twice.\n\n"
        "Next time: use the roadmap-cut example from last spring, with numbers.",
        None,
    ),
    (7, "Unclear whether the team is growing or backfilling. Ask Jane in the next call.", None),
    (11, "Not sure", "unsure"),
    (12, "Next Wednesday", "2026-11-18"),
]
own = numbered(items, sep="\n\n")
hdr = "El jue, 12 nov 2026 a las 18:10, Maya Example (<maya@example.test>) escribió:"
plain = top(own, hdr, KITE, n)
html = (
    '<div dir="ltr">'
    + html_lines(own)
    + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
    + hdr.replace("<", "&lt;").replace(">", "&gt;")
    + '<br></div><blockquote class="gmail_quote" '
    'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    + debrief_html(KITE, token_of(n))
    + "</blockquote></div>"
)
add(
    name=n,
    client="Gmail (web)",
    language="en",
    day="2026-11-12",
    shape="numbered",
    job=KITE,
    own="maya@example.test",
    date_header="Thu, 12 Nov 2026 19:45:00 +0100",
    subject_prefix="Re:",
    body=alternative("0000000000005e6f7a8b9c0d0040", leaf(plain), leaf(html, subtype="html")),
    answers=expect(items),
    forbidden=("escribió:",),
)

# 41 iPhone Mail, European Portuguese.
n = "e41_apple_ios_ptpt_numbered"
items = [
    (1, "7/10", 7),
    (2, "A parte técnica correu muito bem.", None),
    (8, "2.500 € líquidos por mês", [("2500", "EUR", "month")]),
    (11, "Não sei", "unsure"),
    (12, "Até sexta-feira", "2026-11-20"),
]
own = numbered(items) + "\n\nEnviado do meu iPhone"
hdr = "> No dia 16/11/2026, às 17:25, Maya Example <maya@correio.example> escreveu:\n>"
add(
    name=n,
    client="Apple Mail (iOS)",
    language="pt",
    day="2026-11-16",
    shape="numbered",
    job=ORCA,
    own="maya@correio.example",
    date_header="Mon, 16 Nov 2026 18:40:00 +0000",
    subject_prefix="Re:",
    body=leaf(own + "\n\n" + hdr + "\n" + quote(debrief(ORCA, token_of(n)))),
    answers=expect(items),
    forbidden=("Enviado do meu iPhone", "escreveu:"),
)

# 42 Gmail Android, English, no money numbers and no hear-back date given (that one is no answer).
n = "e42_gmail_android_en_nothing_said"
items = [
    (1, "6.5/10", 6.5),
    (2, "Code review exercise went well.", None),
    (8, "No numbers discussed yet", []),
    (11, "Yes", "yes"),
]
own = numbered(items) + "\n12. They didn't say"
hdr = "On Tue, 17 Nov 2026, 17:50 Maya Example, <maya@example.test> wrote:"
add(
    name=n,
    client="Gmail (Android)",
    language="en",
    day="2026-11-17",
    shape="numbered",
    job=ACME,
    own="maya@example.test",
    date_header="Tue, 17 Nov 2026 22:22:22 +0000",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, ACME, n), cte="base64"),
    answers=expect(items),
    forbidden=("wrote:",),
)

# 43 Outlook on the web, English, a day-rate range and "mid next week".
n = "e43_outlook_web_en_day_rate"
items = [
    (1, "8/10", 8),
    (2, "The architecture deep dive.", None),
    (8, "They offered £550 per day outside IR35 for 6 months", [("550", "GBP", "day")]),
    (11, "Yes", "yes"),
    (12, "Mid next week", "2026-11-25"),
]
own = numbered(items) + "\n\nKind regards,\nMaya Example\nSenior Backend Engineer\n+44 7700 900123"
blk = outlook_block(
    ("From:", "Sent:", "To:", "Subject:"),
    "18 November 2026 16:05",
    BLUE,
    n,
    rule="________________________________",
).format(own="maya@outlook.example")
add(
    name=n,
    client="Outlook on the web",
    language="en",
    day="2026-11-18",
    shape="numbered",
    job=BLUE,
    own="maya@outlook.example",
    date_header="Wed, 18 Nov 2026 18:05:00 +0000",
    subject_prefix="RE:",
    body=leaf(own + "\n\n" + blk + "\n" + debrief(BLUE, token_of(n)), cte="quoted-printable"),
    answers=expect(items),
    crlf=True,
    forbidden=("Kind regards,", "+44 7700 900123"),
)


# 44 Samsung Email with a German interface, English answers, "1 -" numbering, German Galaxy footer.
n = "e44_samsung_de_client_en_dash"
items = [
    (1, "7/10", 7),
    (2, "Explaining the monitoring setup I built", None),
    (8, "€85k a year", [("85000", "EUR", "year")]),
    (11, "Yes", "yes"),
    (12, "End of next week", "2026-11-27"),
]
own = numbered(items, "{n} - {t}") + "\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet."
hdr = (
    "-------- Ursprüngliche Nachricht --------\nVon: Maya Example <maya@example.test> \n"
    "Datum: 19.11.26 17:25 (GMT+01:00) \nAn: Maya Example <maya@example.test> \n"
    f"Betreff: Debrief: {ORCA.company}, {ORCA.role} [fu-{token_of(n)}] \n"
)
add(
    name=n,
    client="Samsung Email",
    language="en",
    day="2026-11-19",
    shape="numbered",
    job=ORCA,
    own="maya@example.test",
    date_header="Thu, 19 Nov 2026 21:40:00 +0100",
    subject_prefix="AW:",
    body=leaf(own + "\n\n" + hdr + "\n" + debrief(ORCA, token_of(n)), cte="base64"),
    answers=expect(items),
    forbidden=("Von meinem Samsung Galaxy Smartphone gesendet.", "Ursprüngliche Nachricht"),
)

# 45 Outlook desktop (Windows), Dutch, "1/" numbering, CRLF quoted-printable.
n = "e45_outlook_win_nl_slash"
items = [
    (1, "7/10", 7),
    (2, "Het gesprek over de datapipeline ging heel soepel.", None),
    (6, "Open cultuur, veel ruimte voor eigen initiatief.", None),
    (8, "€ 5.200 bruto per maand", [("5200", "EUR", "month")]),
    (11, "Ja", "yes"),
    (12, "Begin volgende week", "2026-12-01"),
]
own = numbered(items, "{n}/ {t}") + "\n\nGroet,\nMaya"
blk = outlook_block(
    ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "donderdag 26 november 2026 15:10",
    BLUE,
    n,
    rule="-----Oorspronkelijk bericht-----",
).format(own="maya@example.test")
add(
    name=n,
    client="Outlook desktop (Windows)",
    language="nl",
    day="2026-11-26",
    shape="numbered",
    job=BLUE,
    own="maya@example.test",
    date_header="Thu, 26 Nov 2026 20:12:00 +0100",
    subject_prefix="RE:",
    body=leaf(own + "\n\n" + blk + "\n" + debrief(BLUE, token_of(n)), charset="windows-1252"),
    answers=expect(items),
    crlf=True,
    mailer="Microsoft Outlook 16.0",
    forbidden=("Verzonden:", "Groet,"),
)

# 46 Gmail iOS, Spanish, free text only with a mobile footer.
n = "e46_gmail_ios_es_free_text"
free = (
    "Sin tiempo para el cuestionario ahora mismo. Resumen rápido: el equipo me cayó bien y el proyecto\n"
    "suena interesante, pero quiero pensarlo con calma. Mañana contesto las preguntas una por una."
)
own = free + "\n\nEnviado desde mi iPhone"
hdr = "El mié, 2 dic 2026 a las 17:40, Maya Example <maya@example.test> escribió:"
add(
    name=n,
    client="Gmail (iOS)",
    language="es",
    day="2026-12-02",
    shape="free",
    job=ACME,
    own="maya@example.test",
    date_header="Wed, 2 Dec 2026 23:05:00 +0100",
    subject_prefix="Re:",
    body=leaf(top(own, hdr, ACME, n)),
    answers={},
    free_notes=free,
    forbidden=("Enviado desde mi iPhone", "escribió:"),
)


if __name__ == "__main__":
    write(CASES)
