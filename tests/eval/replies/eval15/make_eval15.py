"""Writes the fifteenth held-out reply set (NAME.eml + NAME.expected.json); running it again rewrites the same bytes."""

from __future__ import annotations

import base64
import html
import json
import quopri
import re
from email.header import Header
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ME = "maya@example.org"
BOT = "followupd@example.test"
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
IDS = (
    "rating",
    "went_well",
    "went_badly",
    "rapport",
    "role",
    "company",
    "reservations",
    "money",
    "vs_current",
    "vs_others",
    "want_job",
    "hear_back",
)


def debrief_lines(case: dict) -> list[str]:
    """The plain debrief the user replies to, as followupd sent it."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {case['company']} for {case['role']} (with {case['with']}) ended at 17:30.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: https://followupd.example.test/form/{case["token"]}x7Qm',
        "(The form works while followupd runs; a reply works any time.)",
        "",
    ]
    for number, question in enumerate(QUESTIONS, start=1):
        lines += [f"{number}. {question}", ""]
    lines += [
        "Skip anything you like; a later reply fills in or replaces single answers.",
        "-- ",
        "followupd",
    ]
    return lines


def inline_lines(case: dict, answers: dict[str, str], *, prefix: str) -> list[str]:
    """The debrief with the user's answers typed under its questions; history lines carry prefix."""
    out = []
    for line in debrief_lines(case):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
        number = re.match(r"(\d+)\. ", line)
        if number:
            qid = IDS[int(number.group(1)) - 1]
            if qid in answers:
                out += ["", *answers[qid].split("\n"), ""]
    return out


def debrief_html(case: dict, answers: dict[str, str] | None = None) -> str:
    """The debrief's HTML, optionally with answers typed under the questions (inline in HTML)."""
    items = []
    for qid, question in zip(IDS, QUESTIONS, strict=True):
        extra = ""
        if answers and qid in answers:
            extra = f'<p style="color:#1f4e79">{html.escape(answers[qid])}</p>'
        items.append(f"<li><p>{html.escape(question)}</p>{extra}</li>")
    return (
        f"<p>Hi Maya,</p><p>Your interview with {html.escape(case['company'])} for {html.escape(case['role'])}"
        f" (with {html.escape(case['with'])}) ended at 17:30. While it is fresh, answer what you can: reply to"
        " this email (inline under each question, or numbered like &ldquo;1. 7/10&rdquo;), or"
        f' <a href="https://followupd.example.test/form/{case["token"]}x7Qm">use the form</a>.</p>'
        '<p style="color: #666">The form works while followupd runs; a reply works any time.</p>'
        f"<ol>{''.join(items)}</ol>"
        "<p>Skip anything you like; a later reply fills in or replaces single answers.</p>"
        '<p style="color: #666">&mdash; followupd</p>'
    )


def encode_part(text: str, *, subtype: str, charset: str, cte: str) -> bytes:
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    data = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + body


def message(case: dict) -> bytes:
    subject = f"{case.get('re', 'Re:')} Debrief: {case['company']}, {case['role']} [fu-{case['token']}]"
    try:
        subject.encode("ascii")
    except UnicodeEncodeError:
        subject = Header(subject, "utf-8").encode()
    day = case["date"]
    headers = (
        f"From: {case.get('from_name', 'Maya Example')} <{ME}>\n"
        f"To: followupd <{BOT}>\n"
        f"Subject: {subject}\n"
        f"Date: {case['sent']}\n"
        f"Message-ID: <{case['name']}.{day}@mail.example.org>\n"
        f"In-Reply-To: <debrief-{case['token']}@example.test>\n"
        f"References: <debrief-{case['token']}@example.test>\n"
        "MIME-Version: 1.0\n"
    )
    if case.get("agent"):
        headers += f"{case['agent']}\n"
    charset, cte = case.get("charset", "utf-8"), case.get("cte", "8bit")
    plain, markup = case.get("plain"), case.get("html")
    if plain is not None and markup is not None:
        boundary = f"--=_alt_{case['token']}"
        raw = (headers + f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n').encode("ascii")
        raw += f"--{boundary}\n".encode("ascii")
        raw += encode_part(plain, subtype="plain", charset=charset, cte=cte)
        raw += f"\n--{boundary}\n".encode("ascii")
        raw += encode_part(markup, subtype="html", charset=charset, cte=cte)
        raw += f"\n--{boundary}--\n".encode("ascii")
    else:
        raw = headers.encode("ascii") + encode_part(
            plain if plain is not None else markup,
            subtype="plain" if plain is not None else "html",
            charset=charset,
            cte=cte,
        )
    if case.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


CASES: list[dict[str, Any]] = []
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
LINE = "________________________________"


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, Any]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts], "text": text}


def base(name: str, *, client: str, language: str, day: str, company: str, role: str, token: str) -> dict:
    from datetime import date

    d = date.fromisoformat(day)
    sent = f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} 21:{len(name) % 50 + 10:02d}:00 +0100"
    return {
        "name": name,
        "client": client,
        "language": language,
        "date": day,
        "sent": sent,
        "company": company,
        "role": role,
        "with": "Jane Doe",
        "token": token,
    }


def subj(c: dict) -> str:
    return f"Debrief: {c['company']}, {c['role']} [fu-{c['token']}]"


def numbered(answers: dict, fmt: str, order: list[str] | None = None, sep: str = "\n") -> str:
    order = order or [q for q in IDS if q in answers]
    return sep.join(fmt.format(n=IDS.index(q) + 1, t=answers[q][0]) for q in order)


def quoted(c: dict, attribution: str, prefix: str = "> ") -> str:
    return attribution + "\n" + "\n".join((prefix + line).rstrip() for line in debrief_lines(c))


def block(
    c: dict, fields: list[tuple[str, str]], sep: str | None = LINE, body: list[str] | None = None
) -> str:
    head = [sep] if sep else []
    return "\n".join(head + [f"{k} {v}" for k, v in fields] + [""] + (body or debrief_lines(c)))


def add(c: dict, *, plain: str | None = None, markup: str | None = None, **rest: Any) -> None:
    c.update(rest)
    c["plain"], c["html"] = plain, markup
    CASES.append(c)


def html_page(inner: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f"<body>{inner}</body></html>"
    )


def divs(text: str) -> str:
    return "".join(f"<div>{html.escape(line) if line else '<br>'}</div>" for line in text.split("\n"))


# 01 Gmail web, English, top-posted "1." numbered over a > quote
c = base(
    "c01_gmail_web_en_numbered",
    client="Gmail web",
    language="en",
    day="2026-11-03",
    company="Northwind Traders",
    role="Data Analyst",
    token="k2p9d1wa",
)
a = {
    "rating": ("7/10", 7),
    "went_well": (
        "The SQL exercise, I finished it with time to spare and explained the window functions clearly.",
        None,
    ),
    "went_badly": ("I rambled on the stakeholder question. Next time: one example, STAR, done.", None),
    "rapport": ("Jane was great, easy to talk to. Yes, I could work with her.", None),
    "money": (
        "$95k-$105k base per year, plus a 10% bonus",
        money(
            "$95k-$105k base per year, plus a 10% bonus", ("95000", "USD", "year"), ("105000", "USD", "year")
        ),
    ),
    "want_job": ("Yes", "yes"),
    "hear_back": ("By Friday", "2026-11-06"),
}
add(
    c,
    shape="top-posted numbered '1.'",
    answers=a,
    forbidden=["use the form", "Skip anything you like", "Maya Example | 555"],
    plain="Here you go:\n\n"
    + numbered(a, "{n}. {t}")
    + "\n\nThanks!\nMaya\n\nMaya Example | 555-0142\n\n"
    + quoted(c, f"On Tue, Nov 3, 2026 at 6:05\u202fPM followupd <{BOT}> wrote:\n"),
    cte="quoted-printable",
)

# 02 Outlook desktop Windows, German, "1)" over a Von/Gesendet block, sign-off with disclaimer
c = base(
    "c02_outlook_win_de_block",
    client="Outlook desktop Windows",
    language="de",
    day="2026-11-04",
    company="Fabrikam GmbH",
    role="Backend-Entwicklerin",
    token="m4r8t2xe",
)
a = {
    "rating": ("8 von 10", 8),
    "went_well": ("Die Live-Coding-Aufgabe lief sehr gut, ich habe Tests zuerst geschrieben.", None),
    "went_badly": ("Bei der Frage nach Kafka war ich unsicher. Das muss ich nachlesen.", None),
    "role": ("Viel Verantwortung für die Zahlungs-API, genau das, was ich suche.", None),
    "money": ("65.000 € im Jahr plus Bonus", money("65.000 € im Jahr plus Bonus", ("65000", "EUR", "year"))),
    "want_job": ("Ja", "yes"),
    "hear_back": ("Bis Ende nächster Woche", "2026-11-13"),
}
sig = (
    "Viele Grüße\nMaya Example\nSenior Software Engineer\nTel. +49 30 5550 1234\nwww.maya-example.example\n\n"
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der "
    "richtige Adressat sind, informieren Sie bitte sofort den Absender."
)
add(
    c,
    shape="top-posted numbered '1)' over an unquoted Von/Gesendet block, sign-off without '-- ', disclaimer",
    answers=a,
    forbidden=[
        "Viele Grüße",
        "Senior Software Engineer",
        "+49 30 5550 1234",
        "vertrauliche Informationen",
        "use the form",
        "Von: followupd",
    ],
    plain="Hallo,\n\n"
    + numbered(a, "{n}) {t}")
    + "\n\n"
    + sig
    + "\n\n"
    + block(
        c,
        [
            ("Von:", f"followupd <{BOT}>"),
            ("Gesendet:", "Mittwoch, 4. November 2026 18:02"),
            ("An:", f"Maya Example <{ME}>"),
            ("Betreff:", subj(c)),
        ],
    ),
    re="AW:",
    charset="windows-1252",
    cte="quoted-printable",
    crlf=True,
)

# 03 Outlook desktop Windows, French, "1 -" over De/Envoyé
c = base(
    "c03_outlook_win_fr_block",
    client="Outlook desktop Windows",
    language="fr",
    day="2026-11-05",
    company="Contoso France",
    role="Cheffe de projet",
    token="q7w3e5rt",
)
a = {
    "rating": ("sept sur dix", 7),
    "went_well": ("La présentation de mon projet de migration, ils ont posé beaucoup de questions.", None),
    "went_badly": ("J’ai hésité sur la gestion des conflits dans l’équipe.", None),
    "rapport": ("Très bon contact avec Jane, on rit des mêmes choses.", None),
    "company": ("Une boîte à taille humaine, télétravail deux jours par semaine.", None),
    "money": ("52 k€ brut annuel", money("52 k€ brut annuel", ("52000", "EUR", "year"))),
    "want_job": ("Oui", "yes"),
    "hear_back": ("Mardi prochain", "2026-11-10"),
}
add(
    c,
    shape="top-posted numbered '1 -' over an unquoted De/Envoyé block, sign-off without '-- '",
    answers=a,
    forbidden=["Cordialement", "06 12 34 56 78", "use the form", "Envoyé : jeudi"],
    plain="Bonjour,\n\n"
    + numbered(a, "{n} - {t}")
    + "\n\nCordialement,\nMaya Example\n06 12 34 56 78\n\n"
    + block(
        c,
        [
            ("De :", f"followupd <{BOT}>"),
            ("Envoyé :", "jeudi 5 novembre 2026 18:31"),
            ("À :", f"Maya Example <{ME}>"),
            ("Objet :", subj(c)),
        ],
    ),
    re="RE :",
    charset="windows-1252",
    cte="8bit",
    crlf=True,
)

# 04 Outlook web, Spanish, HTML only with divRplyFwdMsg, "1.-"
c = base(
    "c04_outlook_web_es_html",
    client="Outlook web",
    language="es",
    day="2026-11-09",
    company="Tailspin Toys",
    role="Analista de datos",
    token="z5x8c1vb",
)
a = {
    "rating": ("6", 6),
    "went_well": ("La parte técnica, sobre todo el ejercicio de Python.", None),
    "went_badly": ("Me puse nerviosa con las preguntas de inglés.", None),
    "reservations": ("El horario: piden presencialidad cuatro días. Lo hablaré con recursos humanos.", None),
    "money": (
        "Unos 38.000 euros brutos al año",
        money("Unos 38.000 euros brutos al año", ("38000", "EUR", "year")),
    ),
    "want_job": ("No lo sé todavía", "unsure"),
    "hear_back": ("El viernes 13", "2026-11-13"),
}
top = "".join(
    f"<div>{n}</div>" for n in [html.escape(numbered(a, "{n}.- {t}", sep="\n")).replace("\n", "</div><div>")]
)
markup = html_page(
    '<div style="font-family: Aptos, sans-serif; font-size: 12pt">'
    + top
    + "<div><br></div><div>Un saludo,</div><div>Maya</div></div>"
    '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
    '<font face="Calibri, sans-serif" style="font-size:11pt"><b>De:</b> followupd '
    f"&lt;{BOT}&gt;<br><b>Enviado:</b> lunes, 9 de noviembre de 2026 18:04<br>"
    f"<b>Para:</b> Maya Example &lt;{ME}&gt;<br><b>Asunto:</b> {html.escape(subj(c))}</font><div>&nbsp;</div></div>"
    f"<div>{debrief_html(c)}</div>"
)
add(
    c,
    shape="HTML only, Outlook web divRplyFwdMsg, numbered '1.-'",
    answers=a,
    markup=markup,
    forbidden=["use the form", "Un saludo", "Enviado:", "Skip anything you like"],
    re="RE:",
    cte="quoted-printable",
)

# 05 Outlook desktop Windows, Dutch, "1:" over Van/Verzonden
c = base(
    "c05_outlook_win_nl_block",
    client="Outlook desktop Windows",
    language="nl",
    day="2026-11-10",
    company="Woodgrove Bank",
    role="Product Owner",
    token="n6m2b9lk",
)
a = {
    "rating": ("8", 8),
    "went_well": ("Mijn verhaal over de roadmap kwam goed over.", None),
    "went_badly": ("De casus over prioriteren was te snel, ik had meer vragen moeten stellen.", None),
    "role": ("Veel vrijheid en een klein team. Dichtbij wat ik zoek.", None),
    "money": ("€ 5.200 bruto per maand", money("€ 5.200 bruto per maand", ("5200", "EUR", "month"))),
    "vs_current": ("Meer salaris en minder reistijd dan nu.", None),
    "want_job": ("Ja", "yes"),
    "hear_back": ("Volgende week", "2026-11-20"),
}
add(
    c,
    shape="top-posted numbered '1:' over an unquoted Van/Verzonden block, sign-off with title and phone",
    answers=a,
    forbidden=["Met vriendelijke groet", "Productmanager", "+31 20 555 0199", "use the form"],
    plain="Hoi,\n\n"
    + numbered(a, "{n}: {t}")
    + "\n\nMet vriendelijke groet,\n\nMaya Example\nProductmanager\nT +31 20 555 0199\n\n"
    + block(
        c,
        [
            ("Van:", f"followupd <{BOT}>"),
            ("Verzonden:", "dinsdag 10 november 2026 18:15"),
            ("Aan:", f"Maya Example <{ME}>"),
            ("Onderwerp:", subj(c)),
        ],
    ),
    charset="iso-8859-15",
    cte="quoted-printable",
    crlf=True,
)

# 06 Outlook desktop, Chinese, 发件人/发送时间 block
c = base(
    "c06_outlook_zh_block",
    client="Outlook desktop Windows",
    language="zh",
    day="2026-11-11",
    company="Litware",
    role="前端工程师",
    token="h3j7g4fd",
)
a = {
    "rating": ("8分", 8),
    "went_well": ("算法题做得很顺，讲解也清楚。", None),
    "went_badly": ("系统设计部分时间不够，下次先画整体架构。", None),
    "rapport": ("面试官很友好，愿意和他们共事。", None),
    "money": ("月薪 35000 元", money("月薪 35000 元", ("35000", "CNY", "month"))),
    "want_job": ("想去", "yes"),
    "hear_back": ("下周五", "2026-11-20"),
}
add(
    c,
    shape="top-posted numbered '1.' over an unquoted 发件人/发送时间 block",
    answers=a,
    forbidden=["发件人", "use the form", "祝好"],
    plain="你好，\n\n"
    + numbered(a, "{n}. {t}")
    + "\n\n祝好\nMaya\n\n"
    + block(
        c,
        [
            ("发件人:", f"followupd <{BOT}>"),
            ("发送时间:", "2026年11月11日 18:20"),
            ("收件人:", f"Maya Example <{ME}>"),
            ("主题:", subj(c)),
        ],
    ),
    re="回复:",
    charset="gb18030",
    cte="base64",
    crlf=True,
)

# 07 Outlook desktop, Swedish, Från/Skickat
c = base(
    "c07_outlook_sv_block",
    client="Outlook desktop Windows",
    language="sv",
    day="2026-11-12",
    company="Adventure Works",
    role="UX-designer",
    token="p1o2i3uy",
)
a = {
    "rating": ("7", 7),
    "went_well": ("Portfoliogenomgången, de gillade fallstudien om bokningsflödet.", None),
    "went_badly": ("Whiteboard-övningen kändes stressig.", None),
    "company": ("Bra kultur och fyra dagars arbetsvecka på sommaren.", None),
    "money": ("52 000 kr i månaden", money("52 000 kr i månaden", ("52000", "SEK", "month"))),
    "want_job": ("Ja, absolut", "yes"),
    "hear_back": ("På tisdag", "2026-11-17"),
}
add(
    c,
    shape="top-posted numbered '1.' over an unquoted Från/Skickat block, sign-off without '-- '",
    answers=a,
    forbidden=["Vänliga hälsningar", "070-555 12 34", "use the form"],
    plain="Hej!\n\n"
    + numbered(a, "{n}. {t}")
    + "\n\nVänliga hälsningar\nMaya Example\n070-555 12 34\n\n"
    + block(
        c,
        [
            ("Från:", f"followupd <{BOT}>"),
            ("Skickat:", "den 12 november 2026 18:09"),
            ("Till:", f"Maya Example <{ME}>"),
            ("Ämne:", subj(c)),
        ],
    ),
    re="SV:",
    charset="iso-8859-1",
    cte="8bit",
)

# 08 Outlook desktop, Polish, Od/Wysłano
c = base(
    "c08_outlook_pl_block",
    client="Outlook desktop Windows",
    language="pl",
    day="2026-11-13",
    company="Proseware",
    role="Tester automatyzujący",
    token="t8y6u4io",
)
a = {
    "rating": ("6/10", 6),
    "went_well": ("Zadanie z Playwrightem poszło bardzo dobrze.", None),
    "went_badly": ("Pytania o CI/CD - za mało konkretów.", None),
    "rapport": ("Miła rozmowa, szczególnie z Rajem.", None),
    "money": (
        "18 000 zł brutto miesięcznie",
        money("18 000 zł brutto miesięcznie", ("18000", "PLN", "month")),
    ),
    "want_job": ("Tak", "yes"),
    "hear_back": ("Do środy", "2026-11-18"),
}
add(
    c,
    shape="top-posted numbered '1.' over an unquoted Od/Wysłano block",
    answers=a,
    forbidden=["Pozdrawiam", "Od: followupd", "use the form"],
    plain="Cześć,\n\n"
    + numbered(a, "{n}. {t}")
    + "\n\nPozdrawiam\nMaya\n\n"
    + block(
        c,
        [
            ("Od:", f"followupd <{BOT}>"),
            ("Wysłano:", "piątek, 13 listopada 2026 18:40"),
            ("Do:", f"Maya Example <{ME}>"),
            ("Temat:", subj(c)),
        ],
    ),
    re="Odp:",
    charset="iso-8859-2",
    cte="quoted-printable",
    crlf=True,
)

# 09 Outlook desktop, Italian, Da/Inviato
c = base(
    "c09_outlook_it_block",
    client="Outlook desktop Windows",
    language="it",
    day="2026-11-16",
    company="Coho Winery",
    role="Responsabile marketing",
    token="r5e4w3qa",
)
a = {
    "rating": ("otto", 8),
    "went_well": ("Il caso sul lancio del nuovo vino, avevo preparato bene i numeri.", None),
    "went_badly": ("La domanda sul budget mi ha colto di sorpresa.", None),
    "reservations": ("La sede è a Verona, dovrei trasferirmi.", None),
    "money": ("RAL 42.000 euro", money("RAL 42.000 euro", ("42000", "EUR", "year"))),
    "want_job": ("Non so ancora", "unsure"),
    "hear_back": ("Entro venerdì", "2026-11-20"),
}
add(
    c,
    shape="top-posted numbered '1)' over an unquoted Da/Inviato block",
    answers=a,
    forbidden=["Cordiali saluti", "Inviato:", "use the form"],
    plain="Ciao,\n\n"
    + numbered(a, "{n}) {t}")
    + "\n\nCordiali saluti\nMaya Example\n\n"
    + block(
        c,
        [
            ("Da:", f"followupd <{BOT}>"),
            ("Inviato:", "lunedì 16 novembre 2026 18:22"),
            ("A:", f"Maya Example <{ME}>"),
            ("Oggetto:", subj(c)),
        ],
    ),
    re="R:",
    charset="iso-8859-15",
    cte="8bit",
    crlf=True,
)

# 10 mutt, English, inline under > quotes, last answer "Yes"
c = base(
    "c10_mutt_en_inline",
    client="mutt",
    language="en",
    day="2026-11-17",
    company="Blue Yonder Airlines",
    role="Site Reliability Engineer",
    token="s2d4f6gh",
)
a = {
    "rating": ("6.5", 6.5),
    "went_well": ("Incident review walk-through. I know that stuff cold.", None),
    "went_badly": ("Kubernetes networking questions, I mixed up kube-proxy modes.", None),
    "rapport": ("Fine. Jane was a bit distant but fair.", None),
    "money": ("not discussed", money("not discussed")),
    "want_job": ("Yes", "yes"),
}
ans = {q: t for q, (t, _) in a.items()}
body = "\n".join(inline_lines(c, ans, prefix="> "))
add(
    c,
    shape="inline under '>' quotes, partial, short last answer",
    answers=a,
    forbidden=["use the form", "Skip anything you like"],
    plain=f"* followupd <{BOT}> [2026-11-17 18:10]:\n" + body + "\n",
    charset="us-ascii",
    cte="7bit",
)


# 11 Outlook desktop, English, answers typed under the unquoted questions of the history
c = base(
    "c11_outlook_en_unquoted_inline",
    client="Outlook desktop Windows",
    language="en",
    day="2026-11-18",
    company="Wide World Importers",
    role="Supply Chain Planner",
    token="v9b8n7m6",
)
a = {
    "rating": ("8/10", 8),
    "went_well": ("Forecasting case study - nailed it.", None),
    "role": ("Very close to what I want, lots of S&OP work.", None),
    "money": ("£48,000 a year", money("£48,000 a year", ("48000", "GBP", "year"))),
    "want_job": ("Yes!", "yes"),
    "hear_back": ("Thursday the 26th", "2026-11-26"),
}
ans = {q: t for q, (t, _) in a.items()}
add(
    c,
    shape="answers typed under the unquoted questions below a From/Sent block",
    answers=a,
    forbidden=["use the form", "Skip anything you like"],
    plain="Answers below.\n\n"
    + block(
        c,
        [
            ("From:", f"followupd <{BOT}>"),
            ("Sent:", "Wednesday, November 18, 2026 6:30 PM"),
            ("To:", f"Maya Example <{ME}>"),
            ("Subject:", subj(c)),
        ],
        body=inline_lines(c, ans, prefix=""),
    ),
    re="RE:",
    charset="windows-1252",
    cte="quoted-printable",
    crlf=True,
)

# 12 Apple Mail macOS, English, HTML only with blockquote type=cite
c = base(
    "c12_apple_mail_en_html",
    client="Apple Mail macOS",
    language="en",
    day="2026-11-19",
    company="Fourth Coffee",
    role="Operations Manager",
    token="w1q2a3zs",
)
a = {
    "rating": ("Seven out of ten", 7),
    "went_well": ("Talking through how I cut waste at my current place.", None),
    "went_badly": ("Budget forecasting question; I should have asked what tools they use.", None),
    "company": ("They roast everything locally and really care about suppliers.", None),
    "money": (
        "$70,000–$78,000 a year",
        money("$70,000–$78,000 a year", ("70000", "USD", "year"), ("78000", "USD", "year")),
    ),
    "want_job": ("Not sure", "unsure"),
    "hear_back": ("Early next week", "2026-11-24"),
}
top = "".join(f"<div>{html.escape(line)}</div>" for line in numbered(a, "{n}. {t}").split("\n"))
markup = html_page(
    '<div dir="auto" style="overflow-wrap: break-word;">' + top + "<div><br></div><div>Maya</div>"
    '<div><br><blockquote type="cite"><div>On Nov 19, 2026, at 18:25, followupd &lt;'
    + BOT
    + "&gt; wrote:</div><br>"
    f"<div>{debrief_html(c)}</div></blockquote></div></div>"
)
add(
    c,
    shape="HTML only, Apple Mail blockquote type=cite, numbered '1.'",
    answers=a,
    markup=markup,
    forbidden=["use the form", "wrote:"],
    cte="quoted-printable",
    agent="X-Mailer: Apple Mail (2.3826.400.131)",
)

# 13 Gmail Android, English, top-posted "1 )", short last answer
c = base(
    "c13_gmail_android_en_short",
    client="Gmail Android",
    language="en",
    day="2026-11-20",
    company="Alpine Ski House",
    role="Customer Success Lead",
    token="e4r5t6yu",
)
a = {
    "rating": ("9", 9),
    "went_well": ("Role play with the angry customer", None),
    "rapport": ("Loved them", None),
    "vs_others": ("Better than Contoso", None),
    "want_job": ("Yes", "yes"),
}
add(
    c,
    shape="top-posted numbered '1 )', partial, short last answer",
    answers=a,
    forbidden=["use the form"],
    plain=numbered(a, "{n} ) {t}")
    + "\n\n"
    + quoted(c, f"On Fri, 20 Nov 2026, 18:44 followupd, <{BOT}> wrote:\n"),
    cte="quoted-printable",
)

# 14 Thunderbird, German, HTML only with moz-cite-prefix
c = base(
    "c14_thunderbird_de_html",
    client="Thunderbird",
    language="de",
    day="2026-11-19",
    company="Humongous Insurance",
    role="Aktuarin",
    token="u7i8o9pl",
)
a = {
    "rating": ("7", 7),
    "went_well": ("Die Fachfragen zu Solvency II.", None),
    "went_badly": ("Ich war beim Gehalt zu zögerlich.", None),
    "money": (
        "Zwischen 70.000 und 75.000 Euro brutto im Jahr",
        money(
            "Zwischen 70.000 und 75.000 Euro brutto im Jahr",
            ("70000", "EUR", "year"),
            ("75000", "EUR", "year"),
        ),
    ),
    "want_job": ("Ja, schon", "yes"),
    "hear_back": ("Am Dienstag", "2026-11-24"),
}
top = "".join(f"<p>{html.escape(line)}</p>" for line in numbered(a, "{n}. {t}").split("\n"))
markup = html_page(
    top + "<p>Gruß<br>Maya</p>"
    '<div class="moz-cite-prefix">Am 19.11.26 um 18:33 schrieb followupd:<br></div>'
    f'<blockquote type="cite" cite="mid:debrief-{c["token"]}@example.test">{debrief_html(c)}</blockquote>'
)
add(
    c,
    shape="HTML only, Thunderbird moz-cite-prefix, numbered '1.'",
    answers=a,
    markup=markup,
    forbidden=["use the form", "Gruß", "schrieb followupd"],
    cte="8bit",
    agent="User-Agent: Mozilla Thunderbird",
)

# 15 Yahoo, English, HTML only with yahoo_quoted
c = base(
    "c15_yahoo_en_html",
    client="Yahoo Mail web",
    language="en",
    day="2026-11-20",
    company="Relecloud",
    role="Cloud Architect",
    token="i9o8p7lk",
)
a = {
    "rating": ("8", 8),
    "went_well": ("Architecture whiteboard went really well", None),
    "went_badly": ("Forgot to talk about cost controls", None),
    "money": (
        "$160k base, equity not discussed yet",
        money("$160k base, equity not discussed yet", ("160000", "USD", None)),
    ),
    "want_job": ("yes", "yes"),
    "hear_back": ("end of next week", "2026-11-27"),
}
top = "".join(f"<div>{html.escape(line)}</div>" for line in numbered(a, "{n}- {t}").split("\n"))
markup = html_page(
    '<div class="ydp3f1a2b3cyahoo-style-wrap" style="font-family:Helvetica '
    'Neue, Helvetica, Arial, sans-serif;font-size:16px;">' + top + "<div><br></div></div>"
    '<div id="yahoo_quoted_8812345678" class="yahoo_quoted"><div style="font-family:Helvetica '
    'Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
    "<div>On Friday, November 20, 2026 at 06:12:45 PM EST, followupd "
    f"&lt;{BOT}&gt; wrote:</div><div><br></div><div><br></div>"
    f"<div>{debrief_html(c)}</div></div></div>"
)
add(
    c,
    shape="HTML only, Yahoo yahoo_quoted, numbered '1-'",
    answers=a,
    markup=markup,
    forbidden=["use the form", "Skip anything you like"],
    cte="quoted-printable",
)

# 16 K-9 Mail, English, bottom-posted under > quote
c = base(
    "c16_k9_en_bottom",
    client="K-9 Mail",
    language="en",
    day="2026-11-23",
    company="Bellows College",
    role="IT Support Specialist",
    token="o1p2l3km",
)
a = {
    "rating": ("5", 5),
    "went_badly": ("Active Directory questions were harder than expected.", None),
    "reservations": ("On-call every third weekend. I'll ask whether that rotates.", None),
    "money": ("$28/hour", money("$28/hour", ("28", "USD", "hour"))),
    "want_job": ("unsure", "unsure"),
    "hear_back": ("Monday", "2026-11-30"),
}
add(
    c,
    shape="bottom-posted numbered '1.' under a > quote, K-9 footer",
    answers=a,
    forbidden=["use the form", "Sent from my Android device with K-9 Mail"],
    plain=quoted(c, f"On November 23, 2026 6:50:12 PM EST, followupd <{BOT}> wrote:")
    + "\n\n"
    + numbered(a, "{n}. {t}")
    + "\n\n-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.\n",
    cte="quoted-printable",
)

# 17 Proton, French, top-posted with Proton footer and quoted original
c = base(
    "c17_proton_fr_numbered",
    client="Proton Mail",
    language="fr",
    day="2026-11-24",
    company="Lucerne Publishing",
    role="Éditrice junior",
    token="a8s7d6f5",
)
a = {
    "rating": ("7,5/10", 7.5),
    "went_well": ("L’exercice de correction d’épreuves.", None),
    "rapport": ("Jane Doe est passionnée, j’ai adoré.", None),
    "money": ("2 300 € brut par mois", money("2 300 € brut par mois", ("2300", "EUR", "month"))),
    "want_job": ("Oui !", "yes"),
    "hear_back": ("D’ici le 4 décembre", "2026-12-04"),
}
add(
    c,
    shape="top-posted numbered '1.' with Proton footer and Original Message quote",
    answers=a,
    forbidden=["Envoyé avec la messagerie sécurisée Proton Mail", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nMaya\n\nEnvoyé avec la messagerie sécurisée Proton Mail.\n\n"
    + quoted(
        c,
        f"------- Original Message -------\nLe mardi 24 novembre 2026 à 18:40, followupd <{BOT}> a écrit :\n",
    ),
    cte="quoted-printable",
)

# 18 Samsung Email, Korean, separator 원본 이메일
c = base(
    "c18_samsung_ko_separator",
    client="Samsung Email",
    language="ko",
    day="2026-11-25",
    company="Graphic Design Institute",
    role="UI 디자이너",
    token="g5h6j7k8",
)
a = {
    "rating": ("8점", 8),
    "went_well": ("포트폴리오 발표가 좋았어요.", None),
    "went_badly": ("영어 질문에 조금 당황했어요.", None),
    "money": ("연봉 6,500만 원", money("연봉 6,500만 원", ("65000000", "KRW", "year"))),
    "want_job": ("네", "yes"),
    "hear_back": ("다음 주 수요일", "2026-12-02"),
}
add(
    c,
    shape="top-posted numbered '1.' over a Samsung separator, mobile footer",
    answers=a,
    forbidden=["Galaxy 스마트폰에서 보냄", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\n\n\nGalaxy 스마트폰에서 보냄.\n\n"
    + block(
        c,
        [
            ("발신:", f"followupd <{BOT}>"),
            ("날짜:", "25/11/26 오후 6:48 (GMT+09:00)"),
            ("수신:", ME),
            ("제목:", subj(c)),
        ],
        sep="-------- 원본 이메일 --------",
    ),
    charset="euc-kr",
    cte="base64",
)

# 19 Samsung Email, English, Original message separator, "Sent from my Galaxy"
c = base(
    "c19_samsung_en_separator",
    client="Samsung Email",
    language="en",
    day="2026-11-26",
    company="Southridge Video",
    role="Video Editor",
    token="l9k8j7h6",
)
a = {
    "rating": ("4", 4),
    "went_badly": ("Everything about the DaVinci test. I haven't used it in years.", None),
    "company": ("Cool projects, nice studio", None),
    "money": ("No numbers discussed", money("No numbers discussed")),
    "want_job": ("No", "no"),
}
add(
    c,
    shape="top-posted numbered '1.' over Samsung 'Original message' separator, partial",
    answers=a,
    forbidden=["Sent from my Galaxy", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\n\n\nSent from my Galaxy\n\n\n"
    + block(
        c,
        [
            ("From:", f"followupd <{BOT}>"),
            ("Date:", "11/26/26 6:33 PM (GMT-05:00)"),
            ("To:", ME),
            ("Subject:", subj(c)),
        ],
        sep="-------- Original message --------",
    ),
    cte="8bit",
)

# 20 Apple Mail iOS, Japanese, attribution and > quote, ISO-2022-JP
c = base(
    "c20_ios_mail_ja_numbered",
    client="Apple Mail iOS",
    language="ja",
    day="2026-11-27",
    company="Trey Research",
    role="データサイエンティスト",
    token="f4d3s2a1",
)
a = {
    "rating": ("7点", 7),
    "went_well": ("機械学習の設計について詳しく話せました。", None),
    "went_badly": ("英語での説明が少し詰まりました。", None),
    "money": ("年収800万円", money("年収800万円", ("8000000", "JPY", "year"))),
    "want_job": ("はい", "yes"),
    "hear_back": ("来週の水曜日", "2026-12-02"),
}
add(
    c,
    shape="top-posted numbered '1.' with iPhone footer over a > quote",
    answers=a,
    forbidden=["iPhoneから送信", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\niPhoneから送信\n\n"
    + quoted(c, f"2026/11/27 18:52、followupd <{BOT}>のメール:\n"),
    charset="iso-2022-jp",
    cte="7bit",
)


# 21 Outlook iOS, English, "Get Outlook for iOS" over a From/Sent block
c = base(
    "c21_outlook_ios_en_block",
    client="Outlook iOS",
    language="en",
    day="2026-11-30",
    company="Margie's Travel",
    role="Travel Consultant",
    token="b2n3m4q5",
)
a = {
    "rating": ("6 out of 10", 6),
    "went_well": ("Knowledge of booking systems", None),
    "went_badly": ("Sales targets question. I need numbers ready next time", None),
    "rapport": ("Raj Patel was super friendly", None),
    "money": ("€2,900 per month before tax", money("€2,900 per month before tax", ("2900", "EUR", "month"))),
    "want_job": ("Maybe, need to think", "unsure"),
    "hear_back": ("End of the week", "2026-12-04"),
}
add(
    c,
    shape="top-posted numbered '1.' with Outlook iOS footer over From/Sent block",
    answers=a,
    forbidden=["Get Outlook for iOS", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nGet Outlook for iOS\n"
    + block(
        c,
        [
            ("From:", f"followupd <{BOT}>"),
            ("Sent:", "Monday, November 30, 2026 6:45:12 PM"),
            ("To:", f"Maya Example <{ME}>"),
            ("Subject:", subj(c)),
        ],
    ),
    re="Re:",
    cte="base64",
)

# 22 Outlook Android, German client, English answers, "Q1 -"
c = base(
    "c22_outlook_android_de_client_en",
    client="Outlook Android",
    language="en",
    day="2026-12-01",
    company="Fabrikam Robotics",
    role="Embedded Engineer",
    token="c6v7b8n9",
)
a = {
    "rating": ("8/10", 8),
    "went_well": ("C++ and RTOS questions", None),
    "went_badly": ("The Rust question, I have only played with it", None),
    "role": ("Firmware for warehouse robots, exactly my thing", None),
    "money": ("€78k/year", money("€78k/year", ("78000", "EUR", "year"))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Thursday next week", "2026-12-10"),
}
add(
    c,
    shape="top-posted 'Q1 -' in English under a German Outlook Android footer and Von/Gesendet block",
    answers=a,
    forbidden=["Outlook für Android herunterladen", "use the form", "Gesendet:"],
    plain=numbered(a, "Q{n} - {t}")
    + "\n\nOutlook für Android herunterladen\n"
    + block(
        c,
        [
            ("Von:", f"followupd <{BOT}>"),
            ("Gesendet:", "Dienstag, Dezember 1, 2026 6:58:40 PM"),
            ("An:", f"Maya Example <{ME}>"),
            ("Betreff:", subj(c)),
        ],
    ),
    re="AW:",
    cte="quoted-printable",
)

# 23 Gmail iOS, Portuguese (Brazil), attribution wrapped over two lines
c = base(
    "c23_gmail_ios_ptbr_wrapped",
    client="Gmail iOS",
    language="pt",
    day="2026-12-02",
    company="Contoso Brasil",
    role="Engenheira de dados",
    token="d1f2g3h4",
)
a = {
    "rating": ("8", 8),
    "went_well": ("Modelagem de dados e Spark.", None),
    "went_badly": ("Faltou falar de custos na nuvem.", None),
    "company": ("Empresa sólida e com trabalho remoto.", None),
    "money": ("R$ 14 mil por mês", money("R$ 14 mil por mês", ("14000", "BRL", "month"))),
    "want_job": ("Sim", "yes"),
    "hear_back": ("Até sexta-feira", "2026-12-04"),
}
add(
    c,
    shape="top-posted numbered '1.' over a wrapped Gmail attribution and > quote",
    answers=a,
    forbidden=["escreveu:", "use the form", "Enviado do meu iPhone"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nEnviado do meu iPhone\n\n"
    + quoted(c, f"Em qua., 2 de dez. de 2026 às 18:20, followupd <\n{BOT}> escreveu:\n"),
    cte="quoted-printable",
)

# 24 Outlook desktop, Portuguese (Portugal), De/Enviado block
c = base(
    "c24_outlook_ptpt_block",
    client="Outlook desktop Windows",
    language="pt",
    day="2026-12-03",
    company="Northwind Portugal",
    role="Contabilista",
    token="j5k6l7z8",
)
a = {
    "rating": ("7", 7),
    "went_well": ("As perguntas sobre IVA e fecho de contas.", None),
    "went_badly": ("Não sabia responder sobre o SAP.", None),
    "money": ("2.400 € brutos mensais", money("2.400 € brutos mensais", ("2400", "EUR", "month"))),
    "vs_current": ("Melhor do que o atual, mais perto de casa.", None),
    "want_job": ("Sim", "yes"),
    "hear_back": ("Na próxima semana", "2026-12-11"),
}
add(
    c,
    shape="top-posted numbered '1.-' over an unquoted De/Enviado block, sign-off with phone",
    answers=a,
    forbidden=["Com os melhores cumprimentos", "+351 21 555 0123", "use the form"],
    plain="Olá,\n\n"
    + numbered(a, "{n}.- {t}")
    + "\n\nCom os melhores cumprimentos,\nMaya Example\n+351 21 555 0123\n\n"
    + block(
        c,
        [
            ("De:", f"followupd <{BOT}>"),
            ("Enviado:", "quinta-feira, 3 de dezembro de 2026 18:10"),
            ("Para:", f"Maya Example <{ME}>"),
            ("Assunto:", subj(c)),
        ],
    ),
    re="RE:",
    charset="iso-8859-15",
    cte="quoted-printable",
    crlf=True,
)

# 25 Roundcube, Danish, > quoted with Roundcube attribution
c = base(
    "c25_roundcube_da_numbered",
    client="Roundcube",
    language="da",
    day="2026-12-04",
    company="Tailspin Danmark",
    role="Projektleder",
    token="x9c8v7b6",
)
a = {
    "rating": ("7/10", 7),
    "went_well": ("Min erfaring med store IT-projekter.", None),
    "reservations": ("Meget rejse til Aarhus. Kan måske forhandles.", None),
    "money": ("48.000 kr. om måneden", money("48.000 kr. om måneden", ("48000", "DKK", "month"))),
    "want_job": ("Ja", "yes"),
    "hear_back": ("I næste uge", "2026-12-11"),
}
add(
    c,
    shape="top-posted numbered '1.' over Roundcube attribution and > quote",
    answers=a,
    forbidden=["skrev:", "use the form", "Mvh"],
    plain=numbered(a, "{n}. {t}") + "\n\nMvh\nMaya\n\n" + quoted(c, "Den 2026-12-04 18:30, followupd skrev:"),
    charset="iso-8859-1",
    cte="quoted-printable",
)

# 26 Fastmail, Norwegian, attribution in English client locale
c = base(
    "c26_fastmail_nb_numbered",
    client="Fastmail",
    language="no",
    day="2026-12-07",
    company="Fjord Software",
    role="Utvikler",
    token="y1u2i3o4",
)
a = {
    "rating": ("åtte", 8),
    "went_well": ("Parprogrammeringen gikk veldig bra.", None),
    "went_badly": ("Jeg glemte å spørre om teamet.", None),
    "money": ("750 000 kroner i året", money("750 000 kroner i året", ("750000", "NOK", "year"))),
    "want_job": ("Ja", "yes"),
    "hear_back": ("Innen fredag", "2026-12-11"),
}
add(
    c,
    shape="top-posted numbered '1:' over Fastmail attribution and > quote",
    answers=a,
    forbidden=["wrote:", "use the form", "Hilsen"],
    plain=numbered(a, "{n}: {t}")
    + "\n\nHilsen Maya\n\n"
    + quoted(c, "On Mon, 7 Dec 2026, at 18:40, followupd wrote:"),
    cte="quoted-printable",
)

# 27 Thunderbird, Finnish, plain with Finnish attribution
c = base(
    "c27_thunderbird_fi_numbered",
    client="Thunderbird",
    language="fi",
    day="2026-12-08",
    company="Aurora Analytics",
    role="Data-insinööri",
    token="p0o9i8u7",
)
a = {
    "rating": ("8/10", 8),
    "went_well": ("Tietomallinnus ja SQL.", None),
    "went_badly": ("En osannut vastata Airflow-kysymykseen.", None),
    "money": ("5000 euroa kuussa", money("5000 euroa kuussa", ("5000", "EUR", "month"))),
    "want_job": ("Kyllä", "yes"),
    "hear_back": ("Ensi viikon tiistaina", "2026-12-15"),
}
add(
    c,
    shape="top-posted numbered '1.' over Thunderbird Finnish attribution and > quote",
    answers=a,
    forbidden=["kirjoitti", "use the form", "Terveisin"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nTerveisin\nMaya\n\n"
    + quoted(c, "followupd kirjoitti 8.12.2026 klo 18.35:"),
    charset="iso-8859-15",
    cte="8bit",
)

# 28 eM Client, Czech, separator block
c = base(
    "c28_emclient_cs_separator",
    client="eM Client",
    language="cs",
    day="2026-12-09",
    company="Contoso Praha",
    role="Java vývojářka",
    token="m1n2b3v4",
)
a = {
    "rating": ("7", 7),
    "went_well": ("Otázky na Spring a databáze.", None),
    "went_badly": ("Nervozita u živého kódování.", None),
    "money": ("75 000 Kč měsíčně", money("75 000 Kč měsíčně", ("75000", "CZK", "month"))),
    "want_job": ("Ano", "yes"),
    "hear_back": ("Do pátku", "2026-12-11"),
}
add(
    c,
    shape="top-posted numbered '1)' over eM Client separator block",
    answers=a,
    forbidden=["Původní zpráva", "use the form", "S pozdravem"],
    plain=numbered(a, "{n}) {t}")
    + "\n\nS pozdravem\nMaya\n\n"
    + block(
        c,
        [
            ("Od:", f'"followupd" <{BOT}>'),
            ("Komu:", f'"Maya Example" <{ME}>'),
            ("Datum:", "9.12.2026 18:30:12"),
            ("Předmět:", subj(c)),
        ],
        sep="------ Původní zpráva ------",
    ),
    re="Re:",
    charset="iso-8859-2",
    cte="quoted-printable",
    crlf=True,
)

# 29 Outlook desktop, Turkish, Kimden/Gönderildi
c = base(
    "c29_outlook_tr_block",
    client="Outlook desktop Windows",
    language="tr",
    day="2026-12-10",
    company="Litware Türkiye",
    role="Mobil geliştirici",
    token="q2w3e4r5",
)
a = {
    "rating": ("9", 9),
    "went_well": ("Flutter sorularını çok iyi cevapladım.", None),
    "rapport": ("Ekip çok samimiydi.", None),
    "money": ("Aylık net 95.000 TL", money("Aylık net 95.000 TL", ("95000", "TRY", "month"))),
    "want_job": ("Evet", "yes"),
    "hear_back": ("Gelecek hafta", "2026-12-18"),
}
add(
    c,
    shape="top-posted numbered '1.' over an unquoted Kimden/Gönderildi block",
    answers=a,
    forbidden=["Saygılarımla", "Gönderildi:", "use the form"],
    plain="Merhaba,\n\n"
    + numbered(a, "{n}. {t}")
    + "\n\nSaygılarımla,\nMaya\n\n"
    + block(
        c,
        [
            ("Kimden:", f"followupd <{BOT}>"),
            ("Gönderildi:", "10 Aralık 2026 Perşembe 18:20"),
            ("Kime:", f"Maya Example <{ME}>"),
            ("Konu:", subj(c)),
        ],
    ),
    re="YNT:",
    charset="iso-8859-9",
    cte="quoted-printable",
    crlf=True,
)

# 30 Gmail web, Ukrainian, пише: attribution with date first
c = base(
    "c30_gmail_uk_numbered",
    client="Gmail web",
    language="uk",
    day="2026-12-11",
    company="Proseware Kyiv",
    role="QA-інженерка",
    token="t6y7u8i9",
)
a = {
    "rating": ("7 з 10", 7),
    "went_well": ("Тест-дизайн і SQL.", None),
    "went_badly": ("Питання про навантажувальне тестування.", None),
    "money": ("3500 доларів на місяць", money("3500 доларів на місяць", ("3500", "USD", "month"))),
    "want_job": ("Так", "yes"),
    "hear_back": ("У вівторок", "2026-12-15"),
}
add(
    c,
    shape="top-posted numbered '1.' over a Gmail пише: attribution and > quote",
    answers=a,
    forbidden=["пише:", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\n"
    + quoted(c, f"пт, 11 груд. 2026 р. о 18:20 followupd <{BOT}> пише:\n"),
    charset="koi8-u",
    cte="8bit",
)


# 31 Outlook desktop, Romanian, De la/Trimis
c = base(
    "c31_outlook_ro_block",
    client="Outlook desktop Windows",
    language="ro",
    day="2026-12-14",
    company="Woodgrove România",
    role="Analist financiar",
    token="a2s3d4f5",
)
a = {
    "rating": ("8", 8),
    "went_well": ("Studiul de caz cu bugetul.", None),
    "went_badly": ("Întrebările despre IFRS 16.", None),
    "money": ("9.000 lei net pe lună", money("9.000 lei net pe lună", ("9000", "RON", "month"))),
    "want_job": ("Da", "yes"),
    "hear_back": ("Până vineri", "2026-12-18"),
}
add(
    c,
    shape="top-posted numbered '1.' over an unquoted De la/Trimis block",
    answers=a,
    forbidden=["Cu stimă", "Trimis:", "use the form"],
    plain="Bună,\n\n"
    + numbered(a, "{n}. {t}")
    + "\n\nCu stimă,\nMaya Example\n\n"
    + block(
        c,
        [
            ("De la:", f"followupd <{BOT}>"),
            ("Trimis:", "luni, 14 decembrie 2026 18:05"),
            ("Către:", f"Maya Example <{ME}>"),
            ("Subiect:", subj(c)),
        ],
    ),
    cte="base64",
    crlf=True,
)

# 32 Outlook desktop, Hungarian, Feladó/Elküldve
c = base(
    "c32_outlook_hu_block",
    client="Outlook desktop Windows",
    language="hu",
    day="2026-12-15",
    company="Contoso Budapest",
    role="Rendszergazda",
    token="g6h7j8k9",
)
a = {
    "rating": ("6", 6),
    "went_well": ("A Linux-os kérdések jól mentek.", None),
    "went_badly": ("Az Azure-ról keveset tudtam.", None),
    "money": (
        "Bruttó 1 200 000 Ft havonta",
        money("Bruttó 1 200 000 Ft havonta", ("1200000", "HUF", "month")),
    ),
    "want_job": ("Igen", "yes"),
    "hear_back": ("Csütörtökön", "2026-12-17"),
}
add(
    c,
    shape="top-posted numbered '1)' over an unquoted Feladó/Elküldve block",
    answers=a,
    forbidden=["Üdvözlettel", "Elküldve:", "use the form"],
    plain="Szia,\n\n"
    + numbered(a, "{n}) {t}")
    + "\n\nÜdvözlettel:\nMaya\n\n"
    + block(
        c,
        [
            ("Feladó:", f"followupd <{BOT}>"),
            ("Elküldve:", "2026. december 15., kedd 18:12"),
            ("Címzett:", f"Maya Example <{ME}>"),
            ("Tárgy:", subj(c)),
        ],
    ),
    re="VS:",
    charset="iso-8859-2",
    cte="quoted-printable",
    crlf=True,
)

# 33 Zoho, English, HTML only with a tracking pixel
c = base(
    "c33_zoho_en_html_pixel",
    client="Zoho Mail",
    language="en",
    day="2026-12-16",
    company="Adatum Corporation",
    role="Security Analyst",
    token="l1z2x3c4",
)
a = {
    "rating": ("7", 7),
    "went_well": ("Threat modelling exercise.", None),
    "went_badly": ("Cloud IAM details, I was rusty.", None),
    "reservations": ("Night shifts once a month. Asked Raj, waiting for details.", None),
    "money": ("$115,000 per year", money("$115,000 per year", ("115000", "USD", "year"))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Friday the 18th", "2026-12-18"),
}
top = "".join(f"<div>{html.escape(line)}<br></div>" for line in numbered(a, "#{n} {t}").split("\n"))
markup = html_page(
    '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
    + top
    + "<div><br></div><div>Thanks,<br>Maya</div>"
    '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px;"></div>'
    '<div class="zmail_extra" data-zmail_extra="" style="margin-left: 8px;"><div><br></div>'
    '<div id="Zm-_Id_-Sgn1">---- On Wed, 16 Dec 2026 18:20:41 -0500 '
    f"<b>followupd &lt;{BOT}&gt;</b> wrote ---</div><div><br></div>"
    f'<blockquote style="margin: 0px;">{debrief_html(c)}</blockquote></div></div>'
    '<img src="https://track.example.test/o/zm7731.gif" width="1" height="1" alt="" style="display:none">'
)
add(
    c,
    shape="HTML only, Zoho zmail_extra, numbered '#1', tracking pixel",
    answers=a,
    markup=markup,
    forbidden=["use the form", "wrote ---", "Thanks,"],
    cte="quoted-printable",
)

# 34 Superhuman, English, HTML + plain, pixel, "A1:"
c = base(
    "c34_superhuman_en_a1",
    client="Superhuman",
    language="en",
    day="2026-12-17",
    company="Tailwind Traders",
    role="Growth Marketing Manager",
    token="v5b6n7m8",
)
a = {
    "rating": ("8.5/10", 8.5),
    "went_well": ("Funnel teardown of their signup flow - they loved it.", None),
    "role": ("Owns paid + lifecycle, which is what I want next.", None),
    "money": ("$140-150k base", money("$140-150k base", ("140000", "USD", None), ("150000", "USD", None))),
    "vs_others": ("Ahead of the Fabrikam process, about even with Relecloud.", None),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Monday the 21st", "2026-12-21"),
}
plain_top = numbered(a, "A{n}: {t}")
plain = plain_top + "\n\nMaya\n\n" + quoted(c, f"On Thu, Dec 17, 2026 at 6:02 PM, followupd <{BOT}> wrote:\n")
markup = html_page(
    "".join(f"<div>{html.escape(line)}</div>" for line in plain_top.split("\n"))
    + "<div><br></div><div>Maya</div><br>"
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, '
    f"Dec 17, 2026 at 6:02 PM, followupd &lt;{BOT}&gt; wrote:<br></div>"
    '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px '
    f'#ccc solid;padding-left:1ex">{debrief_html(c)}</blockquote></div>'
    '<img src="https://r.superhuman.example/pixel/9a8b7c.png" alt=" " width="1" height="0" style="display:none">'
)
add(
    c,
    shape="multipart, Superhuman 'A1:' with a tracking pixel in the HTML",
    answers=a,
    plain=plain,
    markup=markup,
    forbidden=["use the form", "wrote:"],
    cte="quoted-printable",
)

# 35 Lotus Notes, English, tabbed unquoted header block
c = base(
    "c35_notes_en_block",
    client="HCL Notes",
    language="en",
    day="2026-11-06",
    company="Consolidated Messenger",
    role="Logistics Coordinator",
    token="c9x8z7l6",
)
a = {
    "rating": ("6", 6),
    "went_well": ("Routing scenario went fine.", None),
    "went_badly": ("Excel pivot test - slow.", None),
    "money": ("$31 an hour", money("$31 an hour", ("31", "USD", "hour"))),
    "want_job": ("Not sure yet", "unsure"),
    "hear_back": ("In two weeks", "2026-11-20"),
}
add(
    c,
    shape="top-posted numbered '1.' over a Notes tabbed header block, title and disclaimer",
    answers=a,
    forbidden=["Logistics Analyst II", "intended solely for the addressee", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nMaya Example\nLogistics Analyst II\nConsolidated Freight | Phone: 555-0107\n\n"
    "This message is intended solely for the addressee and may contain confidential information.\n\n\n\n"
    + "\n".join(
        [
            f"From:\tfollowupd <{BOT}>",
            f"To:\tMaya Example <{ME}>",
            "Date:\t11/06/2026 06:31 PM",
            f"Subject:\t{subj(c)}",
            "",
            *debrief_lines(c),
        ]
    ),
    charset="us-ascii",
    cte="7bit",
    crlf=True,
)

# 36 BlackBerry Hub, English, Original Message block
c = base(
    "c36_blackberry_en_block",
    client="BlackBerry Hub",
    language="en",
    day="2026-11-09",
    company="City Power & Light",
    role="Field Engineer",
    token="r4t5y6u7",
)
a = {
    "rating": ("7", 7),
    "went_well": ("Safety questions", None),
    "rapport": ("Good, they were straight shooters", None),
    "money": ("$42/hr plus overtime", money("$42/hr plus overtime", ("42", "USD", "hour"))),
    "want_job": ("Yes", "yes"),
}
add(
    c,
    shape="top-posted numbered '1.' over a BlackBerry Original Message block, footer, partial",
    answers=a,
    forbidden=["Sent from my BlackBerry", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nSent from my BlackBerry 10 smartphone.\n"
    + block(
        c,
        [
            ("From:", f"followupd <{BOT}>"),
            ("Sent:", "Monday, November 9, 2026 6:55 PM"),
            ("To:", f"Maya Example <{ME}>"),
            ("Subject:", subj(c)),
        ],
        sep="\u00a0 Original Message \u00a0",
    ),
    cte="quoted-printable",
)

# 37 Spark, English, free text only
c = base(
    "c37_spark_en_free_text",
    client="Spark",
    language="en",
    day="2026-11-10",
    company="Fourth Coffee Labs",
    role="Barista Trainer",
    token="i1o2p3a4",
)
free = (
    "Quick one: it was fine but I don't think it's for me. Long commute and they were vague about hours. "
    "I'll write more later if they call."
)
add(
    c,
    shape="free text only above a Spark attribution",
    answers={},
    free_notes=free,
    forbidden=["use the form", "Sent with Spark"],
    plain=free
    + "\n\nSent with Spark\n\n"
    + quoted(c, f"On 10 Nov 2026 at 18:22:10, followupd <{BOT}> wrote:\n"),
    cte="quoted-printable",
)

# 38 Airmail, English, answers then a forwarded recruiter mail
c = base(
    "c38_airmail_en_forward",
    client="Airmail",
    language="en",
    day="2026-11-11",
    company="Datum Corporation",
    role="Technical Writer",
    token="s5d6f7g8",
)
a = {
    "rating": ("8", 8),
    "went_well": ("The writing sample review", None),
    "company": ("Docs-as-code everywhere, good sign", None),
    "money": ("Recruiter said up to $98k", money("Recruiter said up to $98k", ("98000", "USD", None))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Tuesday", "2026-11-17"),
}
fwd = (
    "---------- Forwarded message ---------\nFrom: Jane Doe <jane.doe@datum.example>\nDate: Wed, Nov 11, 2026 at 4:02 PM\n"
    f"Subject: Next steps\nTo: Maya Example <{ME}>\n\nHi Maya, thanks for today! We are finishing interviews this week "
    "and will be in touch by Tuesday at the latest. Best, Jane"
)
add(
    c,
    shape="top-posted numbered '1.' then a forwarded message from the recruiter",
    answers=a,
    forbidden=["Forwarded message", "finishing interviews this week", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nSee Jane's note below.\n\n"
    + fwd
    + "\n\n"
    + quoted(c, f"On 11 Nov 2026 at 18:15:33, followupd ({BOT}) wrote:\n"),
    cte="quoted-printable",
)

# 39 Evolution, English, bottom-posted
c = base(
    "c39_evolution_en_bottom",
    client="Evolution",
    language="en",
    day="2026-11-18",
    company="Lamna Healthcare",
    role="Clinical Data Manager",
    token="h9j0k1l2",
)
a = {
    "rating": ("Eight", 8),
    "went_well": ("CDISC questions, I have lived in SDTM for years.", None),
    "went_badly": ("I undersold my team lead experience.", None),
    "money": ("not discussed", money("not discussed")),
    "want_job": ("yes", "yes"),
    "hear_back": ("next week", "2026-11-27"),
}
add(
    c,
    shape="bottom-posted numbered '1)' under an Evolution attribution",
    answers=a,
    forbidden=["use the form", "Skip anything you like"],
    plain=quoted(c, "On Wed, 2026-11-18 at 18:40 +0100, followupd wrote:")
    + "\n\n"
    + numbered(a, "{n}) {t}")
    + "\n\nMaya\n",
    charset="us-ascii",
    cte="7bit",
)

# 40 Claws Mail, English, attribution wrapped over two lines, "(1)"
c = base(
    "c40_claws_en_wrapped",
    client="Claws Mail",
    language="en",
    day="2026-11-19",
    company="Wingtip Toys",
    role="Game Designer",
    token="z3x4c5v6",
)
a = {
    "rating": ("9/10", 9),
    "went_well": ("Paper prototyping session. We laughed a lot.", None),
    "reservations": ("Crunch. They say there is none; I will ask to talk to a designer on the team.", None),
    "money": ("€60k per year", money("€60k per year", ("60000", "EUR", "year"))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("By the 27th", "2026-11-27"),
}
add(
    c,
    shape="top-posted '(1)' over a Claws attribution wrapped over two lines",
    answers=a,
    forbidden=["use the form", "wrote:"],
    plain=numbered(a, "({n}) {t}")
    + "\n\nMaya\n\n"
    + quoted(c, f"On Thu, 19 Nov 2026 18:20:05 +0100\nfollowupd <{BOT}> wrote:\n"),
    cte="8bit",
)


# 41 Tutanota, German, HTML only with tutanota_quote
c = base(
    "c41_tuta_de_html",
    client="Tuta",
    language="de",
    day="2026-11-20",
    company="Alpine Bergbahnen",
    role="Marketing-Managerin",
    token="b7n8m9q0",
)
a = {
    "rating": ("6 von 10", 6),
    "went_well": ("Die Kampagnenideen kamen gut an.", None),
    "reservations": ("Nur 25 Urlaubstage. Vielleicht verhandelbar.", None),
    "money": ("4.800 € brutto im Monat", money("4.800 € brutto im Monat", ("4800", "EUR", "month"))),
    "want_job": ("Weiß nicht", "unsure"),
    "hear_back": ("Nächste Woche", "2026-11-27"),
}
top = "".join(f'<div dir="auto">{html.escape(line)}</div>' for line in numbered(a, "{n}. {t}").split("\n"))
markup = html_page(
    top + '<div dir="auto"><br></div><div dir="auto">LG Maya</div><div dir="auto"><br></div>'
    f'<div>20.11.2026, 18:30 von {BOT}:<br></div><blockquote class="tutanota_quote" '
    'style="border-left: 1px solid #93A3B8; padding-left: 10px; margin-left: 5px;">'
    f"{debrief_html(c)}</blockquote>"
)
add(
    c,
    shape="HTML only, Tuta tutanota_quote blockquote",
    answers=a,
    markup=markup,
    forbidden=["use the form", "LG Maya"],
    cte="quoted-printable",
)

# 42 QQ Mail, Chinese, 原始邮件 separator
c = base(
    "c42_qq_zh_separator",
    client="QQ Mail",
    language="zh",
    day="2026-11-23",
    company="Contoso 上海",
    role="产品经理",
    token="w8e9r0t1",
)
a = {
    "rating": ("七分", 7),
    "went_well": ("产品案例分析讲得比较清楚。", None),
    "went_badly": ("数据指标的问题答得不好。", None),
    "money": ("年薪 40 万元", money("年薪 40 万元", ("400000", "CNY", "year"))),
    "want_job": ("不确定", "unsure"),
    "hear_back": ("两周内", "2026-12-07"),
}
add(
    c,
    shape="top-posted numbered '1、' over a QQ 原始邮件 block",
    answers=a,
    forbidden=["原始邮件", "use the form"],
    plain=numbered(a, "{n}、{t}")
    + "\n\n\n"
    + block(
        c,
        [
            ("发件人:", f'"followupd"<{BOT}>;'),
            ("发送时间:", "2026年11月23日(星期一) 晚上6:30"),
            ("收件人:", f'"Maya Example"<{ME}>;'),
            ("主题:", subj(c)),
        ],
        sep="------------------\u00a0原始邮件\u00a0------------------",
    ),
    re="回复：",
    charset="gb18030",
    cte="base64",
)

# 43 Naver, Korean, -----Original Message-----
c = base(
    "c43_naver_ko_separator",
    client="Naver Mail",
    language="ko",
    day="2026-11-24",
    company="Litware 코리아",
    role="백엔드 개발자",
    token="y2u3i4o5",
)
a = {
    "rating": ("7", 7),
    "went_well": ("코딩 테스트는 잘 봤습니다.", None),
    "rapport": ("면접관들이 친절했어요.", None),
    "money": ("연봉 7천만 원", money("연봉 7천만 원", ("70000000", "KRW", "year"))),
    "want_job": ("네, 가고 싶어요", "yes"),
    "hear_back": ("다음 주 금요일", "2026-12-04"),
}
add(
    c,
    shape="top-posted numbered '1.' over a Naver Original Message block",
    answers=a,
    forbidden=["Original Message", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\n\n"
    + block(
        c,
        [
            ("From:", f'"followupd" <{BOT}>'),
            ("To:", f'"Maya Example" <{ME}>;'),
            ("Cc:", ""),
            ("Sent:", "2026-11-24 (화) 18:30:12 (GMT+09:00)"),
            ("Subject:", subj(c)),
        ],
        sep="-----Original Message-----",
    ),
    charset="euc-kr",
    cte="base64",
)

# 44 Yandex, Russian, date-first attribution
c = base(
    "c44_yandex_ru_numbered",
    client="Yandex Mail",
    language="ru",
    day="2026-11-25",
    company="Proseware Москва",
    role="Аналитик",
    token="p6a7s8d9",
)
a = {
    "rating": ("8 из 10", 8),
    "went_well": ("Кейс по юнит-экономике.", None),
    "went_badly": ("Вопросы по Python были сложнее, чем я думала.", None),
    "money": ("250 000 рублей в месяц", money("250 000 рублей в месяц", ("250000", "RUB", "month"))),
    "want_job": ("Да", "yes"),
    "hear_back": ("До пятницы", "2026-11-27"),
}
add(
    c,
    shape="top-posted numbered '1.' over a Yandex date-first attribution",
    answers=a,
    forbidden=["use the form", "С уважением"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nС уважением,\nМайя\n\n"
    + quoted(c, f'25.11.2026, 18:30, "followupd" <{BOT}>:'),
    charset="koi8-r",
    cte="8bit",
)

# 45 Web.de, German, Gesendet: block first
c = base(
    "c45_webde_de_block",
    client="Web.de",
    language="de",
    day="2026-11-26",
    company="Fabrikam Logistik",
    role="Disponentin",
    token="f1g2h3j4",
)
a = {
    "rating": ("5", 5),
    "went_well": ("Die Fragen zur Tourenplanung.", None),
    "went_badly": ("Das SAP-Thema, da habe ich geschwommen.", None),
    "money": ("3.400 Euro brutto monatlich", money("3.400 Euro brutto monatlich", ("3400", "EUR", "month"))),
    "want_job": ("Nein", "no"),
}
add(
    c,
    shape="top-posted numbered '1/' over a Web.de Gesendet/Von block",
    answers=a,
    forbidden=["Gesendet:", "use the form"],
    plain=numbered(a, "{n}/ {t}")
    + "\n\nMaya\n\n"
    + block(
        c,
        [
            ("Gesendet:", "Donnerstag, 26. November 2026 um 18:35 Uhr"),
            ("Von:", f'"followupd" <{BOT}>'),
            ("An:", ME),
            ("Betreff:", subj(c)),
        ],
        sep=None,
    ),
    charset="iso-8859-15",
    cte="quoted-printable",
)

# 46 Gmail web, Spanish, inline under > quotes
c = base(
    "c46_gmail_es_inline",
    client="Gmail web",
    language="es",
    day="2026-11-27",
    company="Coho Vineyard",
    role="Enóloga",
    token="k5l6z7x8",
)
a = {
    "rating": ("9", 9),
    "went_well": ("La cata, sin duda.", None),
    "rapport": ("Muy buena, Jane es encantadora.", None),
    "role": ("Es exactamente lo que busco.", None),
    "money": ("3.000 € al mes", money("3.000 € al mes", ("3000", "EUR", "month"))),
    "want_job": ("Sí", "yes"),
    "hear_back": ("La semana que viene", "2026-12-04"),
}
ans = {q: t for q, (t, _) in a.items()}
add(
    c,
    shape="inline under '>' quotes, Gmail Spanish attribution",
    answers=a,
    forbidden=["escribió:", "use the form"],
    plain="Hola, te contesto entre líneas.\n\n"
    + f"El vie, 27 nov 2026 a las 18:30, followupd (<{BOT}>) escribió:\n"
    + "\n".join(inline_lines(c, ans, prefix="> "))
    + "\n",
    cte="quoted-printable",
)

# 47 Gmail web, German client, English answers, wrapped attribution with date after verb
c = base(
    "c47_gmail_de_client_en_wrapped",
    client="Gmail web",
    language="en",
    day="2026-11-30",
    company="Contoso Pharma",
    role="Regulatory Affairs Specialist",
    token="c9v0b1n2",
)
a = {
    "rating": ("7", 7),
    "went_well": ("EU MDR questions, I was well prepared.", None),
    "went_badly": ("Too long on my intro.", None),
    "money": ("€72,000 a year", money("€72,000 a year", ("72000", "EUR", "year"))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Thursday the 10th", "2026-12-10"),
}
add(
    c,
    shape="top-posted numbered '1.' in English under a German Gmail attribution wrapped over two lines",
    answers=a,
    forbidden=["schrieb", "use the form"],
    plain=numbered(a, "{n}. {t}")
    + "\n\nMaya\n\n"
    + quoted(c, f"Am Mo., 30. Nov. 2026 um 18:30 Uhr schrieb followupd <\n{BOT}>:\n"),
    cte="quoted-printable",
)

# 48 HEY, English, HTML only, answers spanning two paragraphs
c = base(
    "c48_hey_en_html_paragraphs",
    client="HEY",
    language="en",
    day="2026-12-01",
    company="Blue Yonder",
    role="Staff Engineer",
    token="m3q4w5e6",
)
a = {
    "rating": ("8", 8),
    "went_well": ("System design. I drove the whole thing and they followed.", None),
    "went_badly": (
        "The behavioural round.\n\nI didn't have a good failure story ready, need to prepare one.",
        None,
    ),
    "vs_current": ("More scope, same pay, better team.", None),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Within a week", "2026-12-08"),
}
parts = []
for q in IDS:
    if q in a:
        paras = a[q][0].split("\n\n")
        parts.append(
            f"<div>{IDS.index(q) + 1}. {html.escape(paras[0])}</div>"
            + "".join(f"<div><br></div><div>{html.escape(p)}</div>" for p in paras[1:])
            + "<div><br></div>"
        )
markup = html_page(
    '<div class="trix-content">' + "".join(parts) + "<div>Maya</div></div>"
    f"<div><br>On December 1, 2026, followupd &lt;{BOT}&gt; wrote:<br>"
    f'<blockquote type="cite">{debrief_html(c)}</blockquote></div>'
)
add(
    c,
    shape="HTML only, HEY trix-content, an answer over two paragraphs",
    answers=a,
    markup=markup,
    forbidden=["use the form", "wrote:"],
    cte="quoted-printable",
)


# 49 Outlook desktop Windows, English, HTML only in Word markup, "Question 1:" with the answer on the next line
c = base(
    "c49_outlook_word_en_html",
    client="Outlook desktop Windows",
    language="en",
    day="2026-12-02",
    company="Humongous Insurance",
    role="Claims Team Lead",
    token="r7t8y9u0",
)
a = {
    "rating": ("7", 7),
    "went_well": ("Coaching scenario.", None),
    "went_badly": ("Metrics question, I quoted last year's numbers.", None),
    "rapport": ("Hiring Manager Friendly", None),
}
top = "".join(
    f'<p class="MsoNormal">Question {IDS.index(q) + 1}:<o:p></o:p></p><p class="MsoNormal">'
    f'{html.escape(t)}<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    for q, (t, _) in a.items()
)
markup = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
    '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
    '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
    + top
    + '<p class="MsoNormal">Rest later.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
    f'<p class="MsoNormal"><b>From:</b> followupd &lt;{BOT}&gt; <br><b>Sent:</b> '
    f"Wednesday, December 2, 2026 6:40 PM<br><b>To:</b> Maya Example &lt;{ME}&gt;<br>"
    f'<b>Subject:</b> {html.escape(subj(c))}<o:p></o:p></p></div><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    f"{debrief_html(c)}</div></body></html>"
)
add(
    c,
    shape="HTML only, Outlook Word markup, 'Question 1:' with the answer on the next line, partial, short last answer",
    answers=a,
    markup=markup,
    forbidden=["use the form", "Sent:"],
    re="RE:",
    cte="quoted-printable",
    crlf=True,
)

# 50 Apple Mail iOS, English, numbers out of order and split by blank lines
c = base(
    "c50_ios_mail_en_out_of_order",
    client="Apple Mail iOS",
    language="en",
    day="2026-12-03",
    company="Wide World Importers",
    role="Buyer",
    token="i1o2p3l4",
)
a = {
    "rating": ("6", 6),
    "went_well": ("Negotiation role play", None),
    "money": ("$82k + 5% bonus", money("$82k + 5% bonus", ("82000", "USD", None))),
    "want_job": ("Not sure", "unsure"),
    "hear_back": ("Tuesday the 8th", "2026-12-08"),
    "reservations": ("Lots of travel to Asia", None),
}
order = ["rating", "went_well", "money", "hear_back", "reservations", "want_job"]
add(
    c,
    shape="top-posted numbered '1.' out of order, split by blank lines, iPhone footer",
    answers=a,
    forbidden=["Sent from my iPhone", "use the form"],
    plain=numbered(a, "{n}. {t}", order=order, sep="\n\n")
    + "\n\nSent from my iPhone\n\n"
    + quoted(c, f"On Dec 3, 2026, at 6:18\u202fPM, followupd <{BOT}> wrote:\n"),
    cte="quoted-printable",
)

# 51 Outlook for Mac, English, From/Date block, number on its own line
c = base(
    "c51_outlook_mac_en_own_line",
    client="Outlook Mac",
    language="en",
    day="2026-12-04",
    company="Trey Research",
    role="UX Researcher",
    token="z5x6c7v8",
)
a = {
    "rating": ("7.5", 7.5),
    "went_well": ("Research plan critique", None),
    "went_badly": ("Quant methods, I was vague", None),
    "company": ("Mission-driven, small", None),
    "want_job": ("Yes", "yes"),
}
lines = []
for q in IDS:
    if q in a:
        lines += [f"{IDS.index(q) + 1}", a[q][0], ""]
add(
    c,
    shape="top-posted, numbers on their own line, answer on the next; Outlook Mac From/Date block",
    answers=a,
    forbidden=["use the form", "Date: Friday"],
    plain="\n".join(lines)
    + "\nMaya\n\n"
    + block(
        c,
        [
            ("From:", f"followupd <{BOT}>"),
            ("Date:", "Friday, December 4, 2026 at 6:05 PM"),
            ("To:", f"Maya Example <{ME}>"),
            ("Subject:", subj(c)),
        ],
        sep=None,
    ),
    cte="quoted-printable",
)

# 52 FairEmail, English, numbered "1 -" with FairEmail attribution
c = base(
    "c52_fairemail_en_numbered",
    client="FairEmail",
    language="en",
    day="2026-12-07",
    company="Northwind Health",
    role="Nurse Educator",
    token="b9n0m1q2",
)
a = {
    "rating": ("8", 8),
    "went_well": ("Teaching demo", None),
    "rapport": ("Warm and welcoming", None),
    "money": ("$45 per hour", money("$45 per hour", ("45", "USD", "hour"))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Next week", "2026-12-18"),
}
add(
    c,
    shape="top-posted numbered '1 -' over a FairEmail attribution",
    answers=a,
    forbidden=["use the form", "Dec 7, 2026 18:42:10"],
    plain=numbered(a, "{n} - {t}") + "\n\n" + quoted(c, f"Dec 7, 2026 18:42:10 followupd <{BOT}>:"),
    cte="8bit",
)

# 53 neomutt, English, inline with the unanswered questions deleted
c = base(
    "c53_neomutt_en_inline_trimmed",
    client="neomutt",
    language="en",
    day="2026-12-08",
    company="Adventure Works Cycles",
    role="Bike Mechanic Lead",
    token="w3e4r5t6",
)
qs = {"rating": 0, "went_well": 1, "money": 7, "want_job": 10, "hear_back": 11}
a = {
    "rating": ("9", 9),
    "went_well": ("Hands-on wheel truing test.", None),
    "money": ("$26 an hour, 40 hours", money("$26 an hour, 40 hours", ("26", "USD", "hour"))),
    "want_job": ("Yes, very much.", "yes"),
    "hear_back": ("Thursday", "2026-12-10"),
}
body = ["On Tue, Dec 08, 2026 at 06:11:40PM -0800, followupd wrote:", "> Hi Maya,", ">", "> [...]", ">"]
for q, i in qs.items():
    body += [f"> {i + 1}. {QUESTIONS[i]}", "", a[q][0], ""]
body += ["> Skip anything you like; a later reply fills in or replaces single answers.", "", "--", "Maya"]
add(
    c,
    shape="inline under '>' quotes with the unanswered questions deleted",
    answers=a,
    forbidden=["Skip anything you like"],
    plain="\n".join(body) + "\n",
    charset="us-ascii",
    cte="7bit",
)

# 54 Gmail web, English, HTML only with gmail_quote, "1)"
c = base(
    "c54_gmail_en_html_only",
    client="Gmail web",
    language="en",
    day="2026-12-09",
    company="Fabrikam Studios",
    role="Producer",
    token="y7u8i9o0",
)
a = {
    "rating": ("7/10", 7),
    "went_well": ("Scheduling case - clear and calm", None),
    "went_badly": ("Budget overrun question", None),
    "company": ("Great slate of shows", None),
    "money": ("£55k", money("£55k", ("55000", "GBP", None))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Before Christmas", "2026-12-24"),
}
top = "".join(f"<div>{html.escape(line)}</div>" for line in numbered(a, "{n}) {t}").split("\n"))
markup = html_page(
    '<div dir="ltr">' + top + "<div><br></div><div>Best,</div><div>Maya</div></div><br>"
    '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
    f"On Wed, Dec 9, 2026 at 6:30\u202fPM followupd &lt;{BOT}&gt; wrote:<br></div>"
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
    f'solid rgb(204,204,204);padding-left:1ex">{debrief_html(c)}</blockquote></div>'
)
add(
    c,
    shape="HTML only, Gmail gmail_quote, numbered '1)'",
    answers=a,
    markup=markup,
    forbidden=["use the form", "Best,"],
    cte="base64",
)

# 55 Mail.ru, Russian client, English answers
c = base(
    "c55_mailru_en_numbered",
    client="Mail.ru",
    language="en",
    day="2026-12-10",
    company="Relecloud",
    role="DevOps Engineer",
    token="q1a2z3w4",
)
a = {
    "rating": ("8", 8),
    "went_well": ("Terraform live task", None),
    "went_badly": ("Networking basics, subnetting by hand", None),
    "money": ("€4,500 per month net", money("€4,500 per month net", ("4500", "EUR", "month"))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Monday", "2026-12-14"),
}
add(
    c,
    shape="top-posted numbered '1.' in English over a Russian Mail.ru attribution",
    answers=a,
    forbidden=["use the form", "Четверг"],
    plain=numbered(a, "{n}. {t}")
    + "\n\n--\nMaya Example\n\n\n"
    + quoted(c, f"Четверг, 10 декабря 2026, 18:25 +03:00 от followupd <{BOT}>:", prefix=">"),
    cte="base64",
)

# 56 Mailspring, English, bottom-posted with partial answers
c = base(
    "c56_mailspring_en_bottom",
    client="Mailspring",
    language="en",
    day="2026-12-11",
    company="Lucerne Publishing",
    role="Audio Book Producer",
    token="e5r6t7y8",
)
a = {
    "rating": ("5", 5),
    "went_badly": ("The editing test crashed on their laptop, I lost 20 minutes.", None),
    "want_job": ("Not sure", "unsure"),
}
add(
    c,
    shape="bottom-posted numbered '1.' under a Mailspring attribution, partial",
    answers=a,
    forbidden=["use the form", "Sent from Mailspring"],
    plain=quoted(c, f"On Dec 11 2026, at 6:35 pm, followupd <{BOT}> wrote:")
    + "\n\n"
    + numbered(a, "{n}. {t}")
    + "\n\nSent from Mailspring\n",
    cte="quoted-printable",
)


def main() -> None:
    names = set()
    for case in CASES:
        assert case["name"] not in names, case["name"]
        names.add(case["name"])
        (HERE / f"{case['name']}.eml").write_bytes(message(case))
        expected = {
            "client": case["client"],
            "language": case["language"],
            "interview_date": case["date"],
            "own_addresses": [ME],
            "shape": case["shape"],
            "free_notes": case.get("free_notes", ""),
            "answers": {
                qid: {"text": text, "value": value} for qid, (text, value) in case["answers"].items()
            },
            "forbidden": case["forbidden"],
        }
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case['name']}.expected.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(CASES)} replies")


if __name__ == "__main__":
    main()
