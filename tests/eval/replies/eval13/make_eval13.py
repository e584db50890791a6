"""Writes eval13: everyday replies to a followupd debrief, mostly from phones, as the clients send them."""

from __future__ import annotations

import base64
import html
import json
import quopri
from datetime import datetime
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ME = "maya@example.org"
BOT = "maya+followupd@example.org"
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
QIDS = ("rating", "went_well", "went_badly", "rapport", "role", "company", "reservations", "money",
        "vs_current", "vs_others", "want_job", "hear_back")  # fmt: skip


def debrief(company: str, role: str, who: str, token: str) -> list[str]:
    """The plain debrief as followupd sends it."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} (with {who}) ended at 16:00.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: http://127.0.0.1:8765/d/{token}',
        "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)",
        "",
    ]
    for number, text in enumerate(QUESTIONS, start=1):
        lines += [f"{number}. {text}", ""]
    return [
        *lines,
        "Skip anything you like; a later reply fills in or replaces single answers.",
        "-- ",
        "followupd",
    ]


def quote(lines: list[str], prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line.strip() else prefix.rstrip() for line in lines)


def inline(company: str, role: str, who: str, token: str, answers: dict[int, str], prefix: str = "> ") -> str:
    """The debrief quoted with the user's answers typed under the questions she answers."""
    out: list[str] = []
    for line in debrief(company, role, who, token):
        out.append((prefix + line).rstrip() if line.strip() else prefix.rstrip())
        head = line.split(". ", 1)[0]
        if head.isdigit() and int(head) in answers and line.endswith(QUESTIONS[int(head) - 1]):
            out += ["", answers[int(head)], ""]
    return "\n".join(out)


def debrief_html(company: str, role: str, who: str, token: str) -> str:
    items = "".join(f"<li><p>{html.escape(q)}</p></li>\n" for q in QUESTIONS)
    return (
        f"<p>Hi Maya,</p>\n<p>Your interview with {company} for {role} (with {who}) ended at 16:00.\n"
        "While it is fresh, answer what you can: reply to this email (inline under each question, or numbered like\n"
        f'&ldquo;1. 7/10&rdquo;), or <a href="http://127.0.0.1:8765/d/{token}">use the form</a>.</p>\n'
        '<p style="color: #666">The form works while followupd runs, in a browser on the computer it runs on; '
        "a reply works any time.</p>\n"
        f"<ol>\n{items}</ol>\n<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
        '<p style="color: #666">&mdash; followupd</p>\n'
    )


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, object]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts], "text": text}


def _encode(text: str, *, charset: str, cte: str, nl: str) -> bytes:
    data = text.encode(charset)
    if cte == "base64":
        raw = base64.b64encode(text.replace("\n", "\r\n").encode(charset)).decode("ascii")
        return nl.join(raw[i : i + 76] for i in range(0, len(raw), 76)).encode("ascii") + nl.encode()
    if cte == "quoted-printable":
        data = quopri.encodestring(data)
    return data.replace(b"\n", nl.encode()) + (b"" if data.endswith(b"\n") else nl.encode())


def _part(ctype: str, text: str, *, charset: str, cte: str, nl: str, flowed: bool = False) -> bytes:
    extra = "; format=flowed" if flowed else ""
    head = f'Content-Type: {ctype}; charset="{charset}"{extra}{nl}Content-Transfer-Encoding: {cte}{nl}{nl}'
    return head.encode("ascii") + _encode(text, charset=charset, cte=cte, nl=nl)


def subject(case: dict[str, object]) -> str:
    return f"How did it go at {case['company']}? [fu-{case['token']}]"


def _header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def build(case: dict[str, object]) -> bytes:
    nl = str(case.get("nl", "\n"))
    charset = str(case.get("charset", "utf-8"))
    cte = str(case.get("cte", "quoted-printable"))
    name = str(case["name"])
    day = str(case["day"])
    headers = [
        f"From: {case.get('sender', 'Maya Example <' + ME + '>')}",
        f"To: followupd <{BOT}>",
        f"Subject: {_header(str(case.get('re', 'Re:')) + ' ' + subject(case))}",
        f"Date: {format_datetime(datetime.fromisoformat(str(case['day']) + 'T21:07:00+01:00'))}",
        f"Message-ID: <{name}.{day.replace('-', '')}@mail.example>",
        f"In-Reply-To: <debrief-{case['token']}@followupd.invalid>",
        f"References: <debrief-{case['token']}@followupd.invalid>",
        "MIME-Version: 1.0",
    ]
    headers += [str(h) for h in case.get("extra_headers", [])]  # type: ignore[attr-defined]
    text = case.get("text")
    markup = case.get("html")
    if text is not None and markup is not None:
        boundary = f"=_eval13_{name}"
        body = f'Content-Type: multipart/alternative; boundary="{boundary}"{nl}{nl}'.encode()
        for ctype, content in (("text/plain", text), ("text/html", markup)):
            body += f"--{boundary}{nl}".encode()
            body += _part(ctype, str(content), charset=charset, cte=cte, nl=nl)
        body += f"--{boundary}--{nl}".encode()
    elif markup is not None:
        body = _part("text/html", str(markup), charset=charset, cte=cte, nl=nl)
    else:
        body = _part(
            "text/plain", str(text), charset=charset, cte=cte, nl=nl, flowed=bool(case.get("flowed"))
        )
    return nl.join(headers).encode("utf-8") + nl.encode() + body


def expected(case: dict[str, object]) -> dict[str, object]:
    answers = {}
    for qid, (text, value) in case["answers"].items():  # type: ignore[attr-defined]
        assert qid in QIDS, qid
        assert not any(f in text for f in case["forbidden"]), (case["name"], qid)  # type: ignore[attr-defined]
        answers[qid] = {"text": text, "value": value}
    return {
        "client": case["client"],
        "language": case["language"],
        "interview_date": case["day"],
        "own_addresses": [ME],
        "shape": case["shape"],
        "free_notes": case.get("free_notes", ""),
        "answers": answers,
        "forbidden": case["forbidden"],
    }


# ---------------------------------------------------------------- the cases
# Each case: the message as the client writes it, and its expectations typed by hand. Dates are resolved against
# the case's own interview date (the debrief went out that evening); comments give the arithmetic.

Ctx = tuple[str, str, str, str]
RATE = "Rate your overall performance"
LINK = "127.0.0.1:8765"


def U(x: Ctx) -> str:
    """The debrief as unquoted history (Outlook, Samsung, GMX, Notes, QQ, Naver ...)."""
    return "\n".join(debrief(*x))


def Q(x: Ctx, prefix: str = "> ") -> str:
    return quote(debrief(*x), prefix)


def outlook_block(x: Ctx, labels: tuple[str, str, str, str], sent: str, rule: bool = True) -> str:
    f, s, t, subj = labels
    head = "________________________________\n" if rule else ""
    return (
        f"{head}{f} followupd <{BOT}>\n{s} {sent}\n{t} Maya Example <{ME}>\n"
        f"{subj} How did it go at {x[0]}? [fu-{x[3]}]\n\n{U(x)}"
    )


def lines_html(text: str) -> str:
    return "".join(f"<div>{html.escape(line) if line else '<br>'}</div>\n" for line in text.split("\n"))


CASES: list[dict[str, object]] = []


def case(**kw: object) -> None:
    CASES.append(kw)


# 1 Gmail web, Mon 2 Nov: "Friday" = first Friday after = 6 Nov.
X1 = ("Northwind Traders", "Data Analyst", "Jane Doe", "n7k2q")
T1 = """1. 7/10
2. The SQL exercise, I talked through my joins out loud and Jane seemed to like that
3. Stakeholder question, I rambled. Next time use one concrete example
4. Really well, Jane is funny and direct. Yes I could work with her
5. Lots of dashboard work, close to what I want but less modelling than I'd like
6. Small team, remote friendly, they publish their data blog
7. On-call rota for the reporting pipeline? Ask the recruiter
8. $120k base per year, bonus not discussed
9. Better title, similar workload
10. Ahead of the Fabrikam one for now
11. Yes
12. Friday

Thanks!
Maya"""
A1 = f"On Mon, Nov 2, 2026 at 6:02 PM followupd <{BOT}> wrote:"
case(
    name="gmail_web_en_numbered",
    client="Gmail web",
    language="en",
    day="2026-11-02",
    shape="top-posted numbered",
    company=X1[0],
    token=X1[3],
    text=f"{T1}\n\n{A1}\n\n{Q(X1)}\n",
    html=f'<div dir="ltr">{lines_html(T1)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
    f'{html.escape(A1)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
    f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{debrief_html(*X1)}</blockquote></div>\n',
    answers={
        "rating": ("7/10", 7),
        "went_well": (
            "The SQL exercise, I talked through my joins out loud and Jane seemed to like that",
            None,
        ),
        "went_badly": ("Stakeholder question, I rambled. Next time use one concrete example", None),
        "rapport": ("Really well, Jane is funny and direct. Yes I could work with her", None),
        "role": ("Lots of dashboard work, close to what I want but less modelling than I'd like", None),
        "company": ("Small team, remote friendly, they publish their data blog", None),
        "reservations": ("On-call rota for the reporting pipeline? Ask the recruiter", None),
        "money": (
            "$120k base per year, bonus not discussed",
            money("$120k base per year, bonus not discussed", ("120000", "USD", "year")),
        ),
        "vs_current": ("Better title, similar workload", None),
        "vs_others": ("Ahead of the Fabrikam one for now", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Friday", "2026-11-06"),
    },
    forbidden=["Thanks!", "wrote:", RATE, LINK],
)

# 2 Gmail Android, German, Tue 3 Nov: "Nächste Woche" = Friday of next week = 13 Nov.
X2 = ("Brandt & Söhne GmbH", "Controllerin", "Jane Doe", "b3r8x")
case(
    name="gmail_android_de_partial",
    client="Gmail Android",
    language="de",
    day="2026-11-03",
    shape="top-posted numbered, partial",
    company=X2[0],
    token=X2[3],
    re="AW:",
    cte="base64",
    text="1. 8\n5. Genau das, was ich suche, viel Konzernabschluss\n11. Ja\n12. Nächste Woche\n\n"
    f"Am Di., 3. Nov. 2026 um 18:02 Uhr schrieb followupd <{BOT}>:\n\n{Q(X2)}\n",
    answers={
        "rating": ("8", 8),
        "role": ("Genau das, was ich suche, viel Konzernabschluss", None),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Nächste Woche", "2026-11-13"),
    },
    forbidden=["schrieb followupd", RATE, LINK],
)

# 3 iPhone Mail, Wed 4 Nov: "by the 10th" = 10 Nov.
X3 = ("Contoso Pharma", "QA Lead", "Raj Patel", "c4p1m")
case(
    name="apple_ios_en_short",
    client="Apple Mail iOS",
    language="en",
    day="2026-11-04",
    shape="top-posted numbered, partial, mobile footer",
    company=X3[0],
    token=X3[3],
    text="1) 6\n2) Test strategy part\n3) Froze a bit on the automation framework question \n"
    "4) Raj was nice, bit formal\n11) not sure\n12) by the 10th\n\nSent from my iPhone\n\n"
    f"> On 4 Nov 2026, at 18:03, followupd <{BOT}> wrote:\n> \n{Q(X3)}\n",
    answers={
        "rating": ("6", 6),
        "went_well": ("Test strategy part", None),
        "went_badly": ("Froze a bit on the automation framework question", None),
        "rapport": ("Raj was nice, bit formal", None),
        "want_job": ("not sure", "unsure"),
        "hear_back": ("by the 10th", "2026-11-10"),
    },
    forbidden=["Sent from my iPhone", "wrote:", RATE],
)

# 4 Outlook desktop Windows, Thu 5 Nov: "End of next week" = Friday 13 Nov.
X4 = ("Fabrikam Ltd", "Operations Manager", "Jane Doe and Raj Patel", "f5o9w")
case(
    name="outlook_win_en_disclaimer",
    client="Outlook desktop Windows",
    language="en",
    day="2026-11-05",
    shape="top-posted numbered, signature and disclaimer, unquoted history",
    company=X4[0],
    token=X4[3],
    re="RE:",
    charset="windows-1252",
    nl="\r\n",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
    text="""Hi,

1. 8 \u2013 strongest interview I've had this year
2. The case study on warehouse throughput, I had the numbers ready
3. Salary expectations \u2013 I gave a number too early. Next time let them go first
4. Good with both. Raj is the hiring manager and I'd happily work for him
5. Ownership of two sites, very close to what I want
6. They promote from within, lots of people there 10+ years
7. Commute is 50 minutes each way. Ask about two days from home
8. \u00a355,000 - \u00a360,000 per annum plus car allowance
9. Bigger remit, more money, longer commute
10. Clear favourite
11. Yes
12. End of next week

Kind regards,

Maya Example
Operations Supervisor | Litware Logistics
M: +44 7700 900123 | www.litware.example

This email and any attachments are confidential and intended solely for the addressee. If you have received it \
in error, please notify the sender and delete it. Litware Logistics Ltd, registered in England and Wales No. 01234567.

"""
    + outlook_block(X4, ("From:", "Sent:", "To:", "Subject:"), "Thursday, November 5, 2026 6:04 PM")
    + "\n",
    answers={
        "rating": ("8 \u2013 strongest interview I've had this year", 8),
        "went_well": ("The case study on warehouse throughput, I had the numbers ready", None),
        "went_badly": (
            "Salary expectations \u2013 I gave a number too early. Next time let them go first",
            None,
        ),
        "rapport": ("Good with both. Raj is the hiring manager and I'd happily work for him", None),
        "role": ("Ownership of two sites, very close to what I want", None),
        "company": ("They promote from within, lots of people there 10+ years", None),
        "reservations": ("Commute is 50 minutes each way. Ask about two days from home", None),
        "money": (
            "\u00a355,000 - \u00a360,000 per annum plus car allowance",
            money(
                "\u00a355,000 - \u00a360,000 per annum plus car allowance",
                ("55000", "GBP", "year"),
                ("60000", "GBP", "year"),
            ),
        ),
        "vs_current": ("Bigger remit, more money, longer commute", None),
        "vs_others": ("Clear favourite", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("End of next week", "2026-11-13"),
    },
    forbidden=[
        "Kind regards",
        "Operations Supervisor",
        "900123",
        "intended solely for the addressee",
        "From: followupd",
        RATE,
        LINK,
    ],
)

# 5 Outlook iOS with a French quote header, English answers, Fri 6 Nov: "Wednesday" = 11 Nov.
X5 = ("Tailspin Toys", "Product Owner", "Jane Doe", "t6y3e")
case(
    name="outlook_ios_en_under_french_header",
    client="Outlook iOS",
    language="en",
    day="2026-11-06",
    shape="top-posted numbered (1 -), partial, mobile footer, unquoted French header block",
    company=X5[0],
    token=X5[3],
    re="RE:",
    cte="base64",
    text="1 - 7\n2 - Roadmap exercise went fine\n3 - Didn't ask enough questions about the team\n"
    "8 - 58k\u20ac brut annuel, fourchette donn\u00e9e par la RH\n11 - Yes I think so\n12 - Wednesday\n\n"
    "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>\n"
    + outlook_block(
        X5, ("De :", "Envoy\u00e9 :", "\u00c0 :", "Objet :"), "vendredi, novembre 6, 2026 6:05 PM"
    )
    + "\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("Roadmap exercise went fine", None),
        "went_badly": ("Didn't ask enough questions about the team", None),
        "money": (
            "58k\u20ac brut annuel, fourchette donn\u00e9e par la RH",
            money("58k\u20ac brut annuel, fourchette donn\u00e9e par la RH", ("58000", "EUR", "year")),
        ),
        "want_job": ("Yes I think so", "yes"),
        "hear_back": ("Wednesday", "2026-11-11"),
    },
    forbidden=["Obtenir Outlook", "De : followupd", RATE, LINK],
)

# 6 Samsung Email, Mon 9 Nov: "In two weeks" = 23 Nov.
X6 = ("Woodgrove Bank", "Risk Analyst", "Raj Patel", "w9b4r")
case(
    name="samsung_en_galaxy",
    client="Samsung Email",
    language="en",
    day="2026-11-09",
    shape="top-posted numbered (1-), mobile footer, unquoted Original message block",
    company=X6[0],
    token=X6[3],
    cte="base64",
    text="1- 5\n2- Knew the regulation stuff cold\n3- The Python test. Ran out of time on the last task\n"
    "4- Ok. Raj barely smiled lol\n5- Interesting but very junior compared to what I do\n"
    "7- Not sure it's a step forward\n11- No, not at that level\n12- In two weeks\n\n\n"
    "Sent from my Galaxy\n\n\n-------- Original message --------\n"
    f"From: followupd <{BOT}> \nDate: 11/9/26  18:06  (GMT+00:00) \nTo: Maya Example <{ME}> \n"
    f"Subject: {subject({'company': X6[0], 'token': X6[3]})} \n\n{U(X6)}\n",
    answers={
        "rating": ("5", 5),
        "went_well": ("Knew the regulation stuff cold", None),
        "went_badly": ("The Python test. Ran out of time on the last task", None),
        "rapport": ("Ok. Raj barely smiled lol", None),
        "role": ("Interesting but very junior compared to what I do", None),
        "reservations": ("Not sure it's a step forward", None),
        "want_job": ("No, not at that level", "no"),
        "hear_back": ("In two weeks", "2026-11-23"),
    },
    forbidden=["Sent from my Galaxy", "Original message", RATE, LINK],
)

# 7 Thunderbird, German, inline under > quotes, Tue 10 Nov: "bis Freitag" = 13 Nov.
X7 = ("Kessler Maschinenbau", "Projektleiterin", "Jane Doe", "k1m0p")
case(
    name="thunderbird_de_inline",
    client="Thunderbird",
    language="de",
    day="2026-11-10",
    shape="inline under > quotes, sign-off below",
    company=X7[0],
    token=X7[3],
    re="AW:",
    charset="iso-8859-15",
    cte="8bit",
    flowed=True,
    text="Am 10.11.26 um 18:07 schrieb followupd:\n"
    + inline(
        *X7,
        {
            1: "7 von 10, war solide",
            2: "Fachlich bei der Terminplanung, da konnte ich viel aus dem aktuellen Projekt erzählen.",
            4: "Sehr angenehm. Frau Doe ist direkt, aber fair.",
            8: "65.000 € brutto im Jahr, dazu 30 Tage Urlaub",
            11: "Ja",
            12: "bis Freitag",
        },
    )
    + "\n\nViele Grüße\nMaya\n",
    answers={
        "rating": ("7 von 10, war solide", 7),
        "went_well": (
            "Fachlich bei der Terminplanung, da konnte ich viel aus dem aktuellen Projekt erzählen.",
            None,
        ),
        "rapport": ("Sehr angenehm. Frau Doe ist direkt, aber fair.", None),
        "money": (
            "65.000 € brutto im Jahr, dazu 30 Tage Urlaub",
            money("65.000 € brutto im Jahr, dazu 30 Tage Urlaub", ("65000", "EUR", "year")),
        ),
        "want_job": ("Ja", "yes"),
        "hear_back": ("bis Freitag", "2026-11-13"),
    },
    forbidden=["Viele Grüße", "schrieb followupd", LINK],
)

# 8 NeoMutt, inline, Wed 11 Nov: "Monday" = 16 Nov; 6.5 is a half point.
X8 = ("Adatum Corp", "Site Reliability Engineer", "Raj Patel", "a2d7s")
case(
    name="mutt_en_inline",
    client="NeoMutt",
    language="en",
    day="2026-11-11",
    shape="inline under > quotes, wrapped answers, -- signature",
    company=X8[0],
    token=X8[3],
    charset="us-ascii",
    cte="7bit",
    extra_headers=["User-Agent: NeoMutt/20250113"],
    text="On Wed, Nov 11, 2026 at 06:08:40PM +0000, followupd wrote:\n"
    + inline(
        *X8,
        {
            1: "6.5 -- the systems design half was fine, the live debugging less so",
            3: "Live debugging of a flaky DNS setup. I should have checked resolv.conf first\ninstead of guessing.",
            7: "Pager load. They said 1 week in 6, which is fine, but I want to see the\nincident stats.",
            10: "Roughly level with the Contoso offer.",
            12: "Monday",
        },
    )
    + "\n\n-- \nMaya Example <maya@example.org>\nPGP: 0x1234ABCD\n",
    answers={
        "rating": ("6.5 -- the systems design half was fine, the live debugging less so", 6.5),
        "went_badly": (
            "Live debugging of a flaky DNS setup. I should have checked resolv.conf first "
            "instead of guessing.",
            None,
        ),
        "reservations": (
            "Pager load. They said 1 week in 6, which is fine, but I want to see the incident stats.",
            None,
        ),
        "vs_others": ("Roughly level with the Contoso offer.", None),
        "hear_back": ("Monday", "2026-11-16"),
    },
    forbidden=["PGP: 0x1234ABCD", "followupd wrote:", LINK],
)

# 9 Apple Mail macOS, Dutch, Thu 12 Nov: "Volgende week" = Friday 20 Nov.
X9 = ("Van Dijk Logistiek", "Planner", "Jane Doe", "v8d2l")
case(
    name="apple_mac_nl",
    client="Apple Mail macOS",
    language="nl",
    day="2026-11-12",
    shape="top-posted numbered, sign-off without -- ",
    company=X9[0],
    token=X9[3],
    extra_headers=["X-Mailer: Apple Mail (2.3826.300.87)"],
    text="1. 8\n2. Het rollenspel met de klant ging goed\n"
    "3. Ik wist weinig van hun WMS-systeem, dat had ik moeten voorbereiden\n4. Prima klik met Jane\n"
    "5. Veel variatie, past goed bij wat ik zoek\n8. € 4.200 bruto per maand, exclusief 8% vakantiegeld\n"
    "11. Ja\n12. Volgende week\n\nGroet,\nMaya\n\n"
    f"> Op 12 nov 2026, om 18:09 heeft followupd <{BOT}> het volgende geschreven:\n> \n{Q(X9)}\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("Het rollenspel met de klant ging goed", None),
        "went_badly": ("Ik wist weinig van hun WMS-systeem, dat had ik moeten voorbereiden", None),
        "rapport": ("Prima klik met Jane", None),
        "role": ("Veel variatie, past goed bij wat ik zoek", None),
        "money": (
            "€ 4.200 bruto per maand, exclusief 8% vakantiegeld",
            money("€ 4.200 bruto per maand, exclusief 8% vakantiegeld", ("4200", "EUR", "month")),
        ),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Volgende week", "2026-11-20"),
    },
    forbidden=["Groet,", "het volgende geschreven", RATE],
)

# 10 Gmail iOS, Spanish, Fri 13 Nov: "El martes" = 17 Nov.
X10 = ("Grupo Alameda", "Analista de datos", "Raj Patel", "g1a5d")
case(
    name="gmail_ios_es",
    client="Gmail iOS",
    language="es",
    day="2026-11-13",
    shape="top-posted numbered (1.-)",
    company=X10[0],
    token=X10[3],
    cte="base64",
    text="1.- 8\n2.- La prueba técnica, la terminé antes de tiempo\n"
    "3.- Me preguntaron por liderazgo y no tenía un buen ejemplo preparado\n4.- Muy bien, Raj es muy cercano\n"
    "8.- Entre 45 y 50 mil euros al año\n11.- Sí\n12.- El martes\n\nSaludos,\nMaya\n\n"
    f"El vie, 13 nov 2026 a las 18:10, followupd (<{BOT}>) escribió:\n\n{Q(X10)}\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("La prueba técnica, la terminé antes de tiempo", None),
        "went_badly": ("Me preguntaron por liderazgo y no tenía un buen ejemplo preparado", None),
        "rapport": ("Muy bien, Raj es muy cercano", None),
        "money": (
            "Entre 45 y 50 mil euros al año",
            money("Entre 45 y 50 mil euros al año", ("45000", "EUR", "year"), ("50000", "EUR", "year")),
        ),
        "want_job": ("Sí", "yes"),
        "hear_back": ("El martes", "2026-11-17"),
    },
    forbidden=["Saludos", "escribió:", RATE],
)

# 11 K-9 Mail with a German attribution, English answers, Mon 16 Nov: "Thursday the 19th" = 19 Nov.
X11 = ("Lindqvist Software", "Backend Developer", "Jane Doe", "l6s3b")
case(
    name="k9_en_under_german_header",
    client="K-9 Mail",
    language="en",
    day="2026-11-16",
    shape="top-posted numbered (1:), K-9 footer, German attribution",
    company=X11[0],
    token=X11[3],
    text="1: 9\n2: pair programming session, we shipped the feature in 40 min\n"
    "4: Jane and I are on the same page about testing. Would love to work with her\n"
    "5: Go + Postgres, exactly my stack\n8: 70k EUR, I named it and they didn't blink\n11: yes!!\n"
    "12: Thursday the 19th\n-- \nDiese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.\n\n"
    f"Am 16. November 2026 18:11:02 MEZ schrieb followupd <{BOT}>:\n{Q(X11)}\n",
    answers={
        "rating": ("9", 9),
        "went_well": ("pair programming session, we shipped the feature in 40 min", None),
        "rapport": ("Jane and I are on the same page about testing. Would love to work with her", None),
        "role": ("Go + Postgres, exactly my stack", None),
        "money": (
            "70k EUR, I named it and they didn't blink",
            money("70k EUR, I named it and they didn't blink", ("70000", "EUR", None)),
        ),
        "want_job": ("yes!!", "yes"),
        "hear_back": ("Thursday the 19th", "2026-11-19"),
    },
    forbidden=["K-9 Mail", "schrieb followupd", RATE],
)

# 12 Proton Mail, Tue 17 Nov: "end of the week" = Friday 20 Nov; money with no amount.
X12 = ("Globex", "Technical Writer", "Raj Patel", "g7x2t")
case(
    name="proton_en_partial",
    client="Proton Mail",
    language="en",
    day="2026-11-17",
    shape="top-posted (Q1 -), partial, Proton footer",
    company=X12[0],
    token=X12[3],
    charset="us-ascii",
    cte="7bit",
    text="Q1 - 9\nQ8 - nothing concrete yet, they'll send a range with the offer\nQ11 - yes!\n"
    "Q12 - end of the week\n\nSent with Proton Mail secure email.\n\n"
    f"On Tuesday, November 17th, 2026 at 18:12, followupd <{BOT}> wrote:\n\n{Q(X12)}\n",
    answers={
        "rating": ("9", 9),
        "money": (
            "nothing concrete yet, they'll send a range with the offer",
            money("nothing concrete yet, they'll send a range with the offer"),
        ),
        "want_job": ("yes!", "yes"),
        "hear_back": ("end of the week", "2026-11-20"),
    },
    forbidden=["Sent with Proton Mail", "wrote:", RATE],
)

# 13 Yahoo Mail Android, Italian, Wed 18 Nov: "Entro venerdì" = 20 Nov.
X13 = ("Ferretti Design", "UX Designer", "Jane Doe", "f2d8u")
case(
    name="yahoo_android_it",
    client="Yahoo Mail Android",
    language="it",
    day="2026-11-18",
    shape="top-posted numbered (1)), mobile footer",
    company=X13[0],
    token=X13[3],
    re="R:",
    text="1) 7 su 10\n2) Il portfolio, soprattutto il progetto per l'app della banca\n"
    "3) Domande sui numeri, non avevo metriche pronte\n4) Bene, Jane è molto disponibile\n"
    "5) Mi piace che il design abbia voce in capitolo\n8) 38.000 € lordi all'anno\n11) Sì\n12) Entro venerdì\n\n"
    "Inviato da Yahoo Mail su Android\n\n"
    f"  Il mer, 18 nov 2026 alle 18:13, followupd<{BOT}> ha scritto:   \n{Q(X13)}\n",
    answers={
        "rating": ("7 su 10", 7),
        "went_well": ("Il portfolio, soprattutto il progetto per l'app della banca", None),
        "went_badly": ("Domande sui numeri, non avevo metriche pronte", None),
        "rapport": ("Bene, Jane è molto disponibile", None),
        "role": ("Mi piace che il design abbia voce in capitolo", None),
        "money": ("38.000 € lordi all'anno", money("38.000 € lordi all'anno", ("38000", "EUR", "year"))),
        "want_job": ("Sì", "yes"),
        "hear_back": ("Entro venerdì", "2026-11-20"),
    },
    forbidden=["Inviato da Yahoo Mail", "ha scritto:", RATE],
)

# 14 Fastmail, bottom-posted, Thu 19 Nov: "early next week" = Tuesday 24 Nov.
X14 = ("Proseware", "Account Executive", "Raj Patel", "p9w4a")
case(
    name="fastmail_en_bottom",
    client="Fastmail",
    language="en",
    day="2026-11-19",
    shape="bottom-posted numbered, signed name",
    company=X14[0],
    token=X14[3],
    text=f"On Thu, 19 Nov 2026, at 18:14, followupd wrote:\n{Q(X14)}\n\n"
    "1. 8\n2. Mock discovery call. Nailed the pain points\n3. Forecasting question, vague answer\n11. Yes\n"
    "12. early next week\n\nMaya\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("Mock discovery call. Nailed the pain points", None),
        "went_badly": ("Forecasting question, vague answer", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("early next week", "2026-11-24"),
    },
    forbidden=["followupd wrote:", "Maya", RATE],
)

# 15 Roundcube, French, Fri 20 Nov: "mardi prochain" = 24 Nov (the coming Tuesday, also next week's).
X15 = ("Lefèvre & Associés", "Juriste", "Jane Doe", "l4a6j")
case(
    name="roundcube_fr",
    client="Roundcube",
    language="fr",
    day="2026-11-20",
    shape="top-posted numbered (1/), greeting and sign-off",
    company=X15[0],
    token=X15[3],
    cte="8bit",
    extra_headers=["User-Agent: Roundcube Webmail/1.6.9"],
    text="Bonjour,\n\n1/ 7 sur 10, plutôt bien\n2/ La mise en situation sur le contrat de bail, j'étais à l'aise\n"
    "3/ Je n'ai pas su expliquer pourquoi je quitte mon poste actuel\n4/ Très bon contact avec Mme Doe\n"
    "8/ 55 k€ brut annuel\n11/ Oui\n12/ mardi prochain\n\nCordialement,\nMaya\n\n"
    f"Le 2026-11-20 18:15, followupd a écrit :\n{Q(X15)}\n",
    answers={
        "rating": ("7 sur 10, plutôt bien", 7),
        "went_well": ("La mise en situation sur le contrat de bail, j'étais à l'aise", None),
        "went_badly": ("Je n'ai pas su expliquer pourquoi je quitte mon poste actuel", None),
        "rapport": ("Très bon contact avec Mme Doe", None),
        "money": ("55 k€ brut annuel", money("55 k€ brut annuel", ("55000", "EUR", "year"))),
        "want_job": ("Oui", "yes"),
        "hear_back": ("mardi prochain", "2026-11-24"),
    },
    forbidden=["Cordialement", "a écrit :", RATE],
)

# 16 Spark, Swedish, Mon 23 Nov: "Nästa vecka" = Friday 4 Dec.
X16 = ("Nordström & Co", "Ekonomiansvarig", "Raj Patel", "n3s7e")
case(
    name="spark_sv",
    client="Spark",
    language="sv",
    day="2026-11-23",
    shape="top-posted numbered, /Maya sign-off",
    company=X16[0],
    token=X16[3],
    re="SV:",
    text="1. 8 av 10\n2. Bokslutsfrågorna, där kände jag mig hemma\n3. Excel-testet tog längre tid än jag trodde\n"
    "4. Bra! Raj verkar schysst\n8. 48 000 kr i månaden\n11. Ja\n12. Nästa vecka\n\n/Maya\n\n"
    f"On 23 Nov 2026 at 18:16 +0100, followupd <{BOT}>, wrote:\n{Q(X16)}\n",
    answers={
        "rating": ("8 av 10", 8),
        "went_well": ("Bokslutsfrågorna, där kände jag mig hemma", None),
        "went_badly": ("Excel-testet tog längre tid än jag trodde", None),
        "rapport": ("Bra! Raj verkar schysst", None),
        "money": ("48 000 kr i månaden", money("48 000 kr i månaden", ("48000", "SEK", "month"))),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Nästa vecka", "2026-12-04"),
    },
    forbidden=["/Maya", "wrote:", RATE],
)

# 17 Outlook web, Polish, Tue 24 Nov: "Do piątku" = 27 Nov.
X17 = ("Kowalski Budownictwo", "Kierownik projektu", "Jane Doe", "k5b1p")
case(
    name="outlook_web_pl",
    client="Outlook web",
    language="pl",
    day="2026-11-24",
    shape="top-posted numbered, sign-off, unquoted Polish header block",
    company=X17[0],
    token=X17[3],
    re="ODP:",
    charset="iso-8859-2",
    nl="\r\n",
    text="1. 7\n2. Rozmowa o harmonogramie, dobrze się przygotowałam\n3. Pytanie o budżet - trochę się zgubiłam\n"
    "4. Bardzo dobrze, konkretna rozmowa\n8. 15 000 zł brutto miesięcznie\n11. Tak\n12. Do piątku\n\n"
    "Pozdrawiam\nMaya Example\n\n"
    + outlook_block(X17, ("Od:", "Wysłane:", "Do:", "Temat:"), "wtorek, 24 listopada 2026 18:17")
    + "\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("Rozmowa o harmonogramie, dobrze się przygotowałam", None),
        "went_badly": ("Pytanie o budżet - trochę się zgubiłam", None),
        "rapport": ("Bardzo dobrze, konkretna rozmowa", None),
        "money": (
            "15 000 zł brutto miesięcznie",
            money("15 000 zł brutto miesięcznie", ("15000", "PLN", "month")),
        ),
        "want_job": ("Tak", "yes"),
        "hear_back": ("Do piątku", "2026-11-27"),
    },
    forbidden=["Pozdrawiam", "Wysłane:", RATE, LINK],
)

# 18 Gmail web, Japanese, ISO-2022-JP, Wed 25 Nov: "来週" = Friday of next week = 4 Dec.
X18 = ("株式会社サクラ", "データエンジニア", "Jane Doe", "s8k2d")
case(
    name="gmail_web_ja",
    client="Gmail web",
    language="ja",
    day="2026-11-25",
    shape="top-posted numbered, closing phrase and name",
    company=X18[0],
    token=X18[3],
    charset="iso-2022-jp",
    cte="7bit",
    text="1. 7\n2. SQLのライブコーディングは落ち着いてできました\n3. 英語での自己紹介が少し詰まった\n"
    "4. 面接官の方はとても話しやすかったです\n8. 年収800万円\n11. はい\n12. 来週\n\n"
    "よろしくお願いします。\nマヤ\n\n"
    f"2026年11月25日(水) 18:18 followupd <{BOT}>:\n\n{Q(X18)}\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("SQLのライブコーディングは落ち着いてできました", None),
        "went_badly": ("英語での自己紹介が少し詰まった", None),
        "rapport": ("面接官の方はとても話しやすかったです", None),
        "money": ("年収800万円", money("年収800万円", ("8000000", "JPY", "year"))),
        "want_job": ("はい", "yes"),
        "hear_back": ("来週", "2026-12-04"),
    },
    forbidden=["よろしくお願いします", "マヤ", RATE],
)

# 19 QQ Mail, Chinese, GB18030, Thu 26 Nov: "下周三" = Wednesday of next week = 2 Dec.
X19 = ("星河科技", "产品经理", "Raj Patel", "x4h9c")
case(
    name="qq_zh",
    client="QQ Mail",
    language="zh",
    day="2026-11-26",
    shape="top-posted numbered (1、), unquoted 原始邮件 block",
    company=X19[0],
    token=X19[3],
    re="回复：",
    charset="gb18030",
    cte="base64",
    text="1、8分\n2、产品案例分析讲得比较清楚\n3、数据指标那块答得不够好，下次要准备具体数字\n"
    "4、面试官人很好，聊得挺开心\n8、月薪35000元\n11、想\n12、下周三\n\n\n"
    "------------------ 原始邮件 ------------------\n"
    f'发件人: "followupd"<{BOT}>;\n发送时间: 2026年11月26日(星期四) 晚上6:19\n'
    f'收件人: "Maya Example"<{ME}>;\n主题: {subject({"company": X19[0], "token": X19[3]})}\n\n{U(X19)}\n',
    answers={
        "rating": ("8分", 8),
        "went_well": ("产品案例分析讲得比较清楚", None),
        "went_badly": ("数据指标那块答得不够好，下次要准备具体数字", None),
        "rapport": ("面试官人很好，聊得挺开心", None),
        "money": ("月薪35000元", money("月薪35000元", ("35000", "CNY", "month"))),
        "want_job": ("想", "yes"),
        "hear_back": ("下周三", "2026-12-02"),
    },
    forbidden=["原始邮件", "发件人", RATE, LINK],
)

# 20 Naver, Korean, EUC-KR, Fri 27 Nov: "다음 주 수요일" = Wednesday 2 Dec.
X20 = ("한빛소프트", "백엔드 개발자", "Jane Doe", "h2b6k")
case(
    name="naver_ko",
    client="Naver Mail",
    language="ko",
    day="2026-11-27",
    shape="top-posted numbered, unquoted -----Original Message----- block",
    company=X20[0],
    token=X20[3],
    charset="euc-kr",
    cte="base64",
    text="1. 8점\n2. 코딩 테스트 리뷰는 잘 설명했어요\n3. 대규모 트래픽 질문에서 좀 막혔습니다\n"
    "4. 팀장님이 친절하셨어요. 같이 일해보고 싶어요\n8. 연봉 6,500만 원\n11. 네\n12. 다음 주 수요일\n\n"
    f'-----Original Message-----\nFrom: "followupd"<{BOT}>\nTo: "Maya Example"<{ME}>;\nCc:\n'
    f"Sent: 2026-11-27 (금) 18:20:11 (GMT+09:00)\nSubject: {subject({'company': X20[0], 'token': X20[3]})}\n\n"
    f"{U(X20)}\n",
    answers={
        "rating": ("8점", 8),
        "went_well": ("코딩 테스트 리뷰는 잘 설명했어요", None),
        "went_badly": ("대규모 트래픽 질문에서 좀 막혔습니다", None),
        "rapport": ("팀장님이 친절하셨어요. 같이 일해보고 싶어요", None),
        "money": ("연봉 6,500만 원", money("연봉 6,500만 원", ("65000000", "KRW", "year"))),
        "want_job": ("네", "yes"),
        "hear_back": ("다음 주 수요일", "2026-12-02"),
    },
    forbidden=["Original Message", RATE, LINK],
)

# 21 GMX, German, HTML only, Mon 30 Nov: "Anfang nächster Woche" = Tuesday 8 Dec.
X21 = ("Weber Logistik", "Disponentin", "Raj Patel", "w3l8d")
T21 = ("1. 6", "2. Das Gespräch über Tourenplanung lief gut", "3. Bei SAP musste ich passen, da muss ich nacharbeiten",
       "7. Schichtdienst am Wochenende, muss ich klären", "8. ca. 3.400 € brutto im Monat", "11. weiß noch nicht",
       "12. Anfang nächster Woche")  # fmt: skip
case(
    name="gmx_de_html",
    client="GMX",
    language="de",
    day="2026-11-30",
    shape="HTML only, GMX Gesendet: block in a quote div",
    company=X21[0],
    token=X21[3],
    re="Aw:",
    charset="iso-8859-15",
    html='<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
    + "".join(f"<div>{html.escape(t)}</div>\n" for t in T21)
    + "<div>&nbsp;</div>\n<div>LG Maya</div>\n<div>&nbsp;\n<div>&nbsp;\n"
    '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5;">\n'
    '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Montag, 30. November 2026 um 18:21 Uhr<br/>\n'
    f"<b>Von:</b>&nbsp;&quot;followupd&quot; &lt;{BOT}&gt;<br/>\n"
    f"<b>An:</b>&nbsp;&quot;Maya Example&quot; &lt;{ME}&gt;<br/>\n"
    f"<b>Betreff:</b>&nbsp;{html.escape(subject({'company': X21[0], 'token': X21[3]}))}</div>\n"
    f'<div name="quoted-content">{debrief_html(*X21)}</div></div></div></div></div></body></html>\n',
    answers={
        "rating": ("6", 6),
        "went_well": ("Das Gespräch über Tourenplanung lief gut", None),
        "went_badly": ("Bei SAP musste ich passen, da muss ich nacharbeiten", None),
        "reservations": ("Schichtdienst am Wochenende, muss ich klären", None),
        "money": (
            "ca. 3.400 € brutto im Monat",
            money("ca. 3.400 € brutto im Monat", ("3400", "EUR", "month")),
        ),
        "want_job": ("weiß noch nicht", "unsure"),
        "hear_back": ("Anfang nächster Woche", "2026-12-08"),
    },
    forbidden=["LG Maya", "Gesendet:", RATE],
)

# 22 Superhuman, HTML with a tracking pixel, Tue 1 Dec: "Dec 9" = 9 Dec.
X22 = ("Vandelay Industries", "Import Analyst", "Jane Doe", "v1i4a")
T22 = """1. 8/10
2. Knew their product line better than they expected
3. Spreadsheet task was rushed
4. Great, very relaxed
11. Yes
12. Dec 9

Best,
Maya"""
A22 = f"On Tue, Dec 01, 2026 at 6:22 PM, followupd <{BOT}> wrote:"
case(
    name="superhuman_en_pixel",
    client="Superhuman",
    language="en",
    day="2026-12-01",
    shape="top-posted numbered, multipart with a tracking pixel",
    company=X22[0],
    token=X22[3],
    text=f"{T22}\n\n{A22}\n\n{Q(X22)}\n",
    html=f'<html><body>{lines_html(T22)}<br><div class="gmail_quote">{html.escape(A22)}<br>'
    f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
    f"{debrief_html(*X22)}</blockquote></div>"
    '<img src="https://r.superhuman.example/t/v1i4a.gif" alt=" " width="1" height="1" style="display:none">'
    "</body></html>\n",
    answers={
        "rating": ("8/10", 8),
        "went_well": ("Knew their product line better than they expected", None),
        "went_badly": ("Spreadsheet task was rushed", None),
        "rapport": ("Great, very relaxed", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Dec 9", "2026-12-09"),
    },
    forbidden=["Best,", "wrote:", RATE, "superhuman"],
)

# 23 HEY, HTML only, Wed 2 Dec: "Friday the 11th" = 11 Dec.
X23 = ("Initech", "Support Engineer", "Raj Patel", "i5t0s")
case(
    name="hey_en_html",
    client="HEY",
    language="en",
    day="2026-12-02",
    shape="HTML only, (1) numbering, emoji",
    company=X23[0],
    token=X23[3],
    html='<div class="trix-content">\n<div>(1) 7<br>(2) Troubleshooting scenario \u2013 I stayed calm and '
    "methodical<br>(4) Raj was great \U0001f60a<br>(8) They said $38/hour to start, overtime paid<br>(11) yes<br>"
    "(12) Friday the 11th<br><br>Maya</div>\n</div>\n"
    f"<br><div>On December 2, 2026, followupd &lt;{BOT}&gt; wrote:<br><blockquote>"
    f"{debrief_html(*X23)}</blockquote></div>\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("Troubleshooting scenario \u2013 I stayed calm and methodical", None),
        "rapport": ("Raj was great \U0001f60a", None),
        "money": (
            "They said $38/hour to start, overtime paid",
            money("They said $38/hour to start, overtime paid", ("38", "USD", "hour")),
        ),
        "want_job": ("yes", "yes"),
        "hear_back": ("Friday the 11th", "2026-12-11"),
    },
    forbidden=["wrote:", RATE],
)

# 24 BlackBerry Hub, Thu 3 Dec: "Monday" = 7 Dec.
X24 = ("Contoso Energy", "Field Engineer", "Jane Doe", "c0e3f")
case(
    name="blackberry_en",
    client="BlackBerry Hub",
    language="en",
    day="2026-12-03",
    shape="top-posted numbered, BlackBerry footer and Original Message block",
    company=X24[0],
    token=X24[3],
    text="1. 7\n2. Site safety questions\n3. Didn't know their SCADA vendor\n5. Lots of travel but good variety\n"
    "11. Not sure yet\n12. Monday\n\nSent from my BlackBerry 10 smartphone.\n"
    "\u00a0 Original Message \u00a0\nFrom: followupd\nSent: Thursday, 3 December 2026 18:23\nTo: Maya Example\n"
    f"Subject: {subject({'company': X24[0], 'token': X24[3]})}\n\n{U(X24)}\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("Site safety questions", None),
        "went_badly": ("Didn't know their SCADA vendor", None),
        "role": ("Lots of travel but good variety", None),
        "want_job": ("Not sure yet", "unsure"),
        "hear_back": ("Monday", "2026-12-07"),
    },
    forbidden=["Sent from my BlackBerry", "Original Message", RATE, LINK],
)

# 25 HCL Notes, German, Fri 4 Dec: "Mitte nächster Woche" = Wednesday 9 Dec.
X25 = ("Hoffmann Versicherung AG", "Aktuarin", "Raj Patel", "h6v2a")
case(
    name="notes_de_disclaimer",
    client="HCL Notes",
    language="de",
    day="2026-12-04",
    shape="top-posted (1), signature, imprint and disclaimer, Notes header block",
    company=X25[0],
    token=X25[3],
    re="Antwort:",
    charset="iso-8859-1",
    nl="\r\n",
    text="(1) 8\n(2) Die Fallstudie zur Reservierung, da war ich sicher\n"
    "(3) Frage nach Führungserfahrung - zu knapp geantwortet\n(8) 82.000 EUR p.a. plus variable Vergütung\n"
    "(11) Ja\n(12) Mitte nächster Woche\n\nMit freundlichen Grüßen / Kind regards\n\nMaya Example\n"
    "Senior Analystin Aktuariat\nLitware Versicherung AG | Beispielstraße 1 | 50667 Köln\nTel.: +49 221 555 0123\n\n"
    "Vorstand: Raj Patel (Vorsitz), Jane Doe; Sitz der Gesellschaft: Köln; Registergericht: Amtsgericht Köln, "
    "HRB 12345\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n\n\n\n"
    f'Von:\t"followupd" <{BOT}>\nAn:\t"Maya Example" <{ME}>\nDatum:\t04.12.2026 18:24\n'
    f"Betreff:\t{subject({'company': X25[0], 'token': X25[3]})}\n\n{U(X25)}\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("Die Fallstudie zur Reservierung, da war ich sicher", None),
        "went_badly": ("Frage nach Führungserfahrung - zu knapp geantwortet", None),
        "money": (
            "82.000 EUR p.a. plus variable Vergütung",
            money("82.000 EUR p.a. plus variable Vergütung", ("82000", "EUR", "year")),
        ),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Mitte nächster Woche", "2026-12-09"),
    },
    forbidden=[
        "Mit freundlichen Grüßen",
        "Senior Analystin",
        "Amtsgericht",
        "vertrauliche Informationen",
        "Datum:",
        RATE,
        LINK,
    ],
)

# 26 Evolution, inline, Mon 7 Dec: "within a week" = 14 Dec.
X26 = ("Blue Yonder Airlines", "Crew Scheduler", "Jane Doe", "b7y1c")
case(
    name="evolution_en_inline",
    client="Evolution",
    language="en",
    day="2026-12-07",
    shape="inline under > quotes, rating in words, -- signature",
    company=X26[0],
    token=X26[3],
    extra_headers=["X-Mailer: Evolution 3.52.4"],
    text="On Mon, 2026-12-07 at 18:25 +0000, followupd wrote:\n"
    + inline(
        *X26,
        {
            1: "eight out of ten",
            4: "Jane and the ops lead were lovely, yes",
            5: "Rostering with real constraints - exactly my thing",
            9: "Similar pay, but no night shifts, which is a big plus",
            12: "within a week",
        },
    )
    + "\n\n-- \nMaya\n",
    answers={
        "rating": ("eight out of ten", 8),
        "rapport": ("Jane and the ops lead were lovely, yes", None),
        "role": ("Rostering with real constraints - exactly my thing", None),
        "vs_current": ("Similar pay, but no night shifts, which is a big plus", None),
        "hear_back": ("within a week", "2026-12-14"),
    },
    forbidden=["followupd wrote:", LINK],
)

# 27 Claws Mail, Czech answers under an English two-line attribution, Tue 8 Dec: "do pátku" = 11 Dec.
X27 = ("Novák a syn", "Účetní", "Raj Patel", "n8s4u")
case(
    name="claws_cs",
    client="Claws Mail",
    language="cs",
    day="2026-12-08",
    shape="top-posted numbered (1)), sign-off, wrapped attribution",
    company=X27[0],
    token=X27[3],
    charset="iso-8859-2",
    cte="8bit",
    text="1) 8\n2) Znalost DPH, tam jsem byla jistá\n3) Angličtina, potřebuju víc praxe\n"
    "8) 65 000 Kč měsíčně hrubého\n11) ano\n12) do pátku\n\nDíky,\nMaya\n\n"
    f"On Tue, 8 Dec 2026 18:26:10 +0100\nfollowupd <{BOT}> wrote:\n\n{Q(X27)}\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("Znalost DPH, tam jsem byla jistá", None),
        "went_badly": ("Angličtina, potřebuju víc praxe", None),
        "money": ("65 000 Kč měsíčně hrubého", money("65 000 Kč měsíčně hrubého", ("65000", "CZK", "month"))),
        "want_job": ("ano", "yes"),
        "hear_back": ("do pátku", "2026-12-11"),
    },
    forbidden=["Díky,", "wrote:", RATE],
)

# 28 Tuta, Norwegian, HTML only, Wed 9 Dec: "Neste uke" = Friday 18 Dec.
X28 = ("Fjordkraft Data", "Dataingeniør", "Jane Doe", "f9d5n")
T28 = ("1. 7", "2. Arkitekturoppgaven gikk bra", "3. Glemte å spørre om teamet", "8. 650 000 kr i året", "11. Ja",
       "12. Neste uke")  # fmt: skip
case(
    name="tuta_no_html",
    client="Tuta",
    language="no",
    day="2026-12-09",
    shape="HTML only, tutanota_quote",
    company=X28[0],
    token=X28[3],
    re="SV:",
    html="<html><body>"
    + "".join(f"<div>{html.escape(t)}</div>" for t in T28)
    + "<div><br></div><div>Hilsen Maya</div><div><br></div><div><br></div>"
    f"<div>9. des. 2026, 18:27 fra {BOT}:<br></div>"
    f'<blockquote class="tutanota_quote">{debrief_html(*X28)}</blockquote><div dir="auto"><br></div></body></html>\n',
    answers={
        "rating": ("7", 7),
        "went_well": ("Arkitekturoppgaven gikk bra", None),
        "went_badly": ("Glemte å spørre om teamet", None),
        "money": ("650 000 kr i året", money("650 000 kr i året", ("650000", "NOK", "year"))),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Neste uke", "2026-12-18"),
    },
    forbidden=["Hilsen Maya", f"fra {BOT}", RATE],
)

# 29 Mailspring, free text only, Thu 10 Dec: nothing maps to a question.
X29 = ("Litware", "Frontend Developer", "Raj Patel", "l0f6d")
F29 = ("Honestly it was a mixed bag. The coding part went fine but I blanked when Raj asked about accessibility "
       "testing, which is embarrassing because I do it every day. They were friendly though. I'll write proper "
       "answers tomorrow when I'm less tired.")  # fmt: skip
case(
    name="mailspring_en_free_text",
    client="Mailspring",
    language="en",
    day="2026-12-10",
    shape="free text only, mobile-style footer",
    company=X29[0],
    token=X29[3],
    free_notes=F29,
    text=f"{F29}\n\nSent from Mailspring\n\nOn Dec 10 2026, at 6:28 pm, followupd <{BOT}> wrote:\n{Q(X29)}\n",
    answers={},
    forbidden=["Sent from Mailspring", "wrote:", RATE, LINK],
)

# 30 eM Client, Dutch, Fri 11 Dec: "dinsdag" = 15 Dec.
X30 = ("Bakker Zorg", "Teamleider", "Jane Doe", "b2z7t")
case(
    name="emclient_nl",
    client="eM Client",
    language="nl",
    day="2026-12-11",
    shape="top-posted numbered (1 -), sign-off, unquoted Origineel bericht block",
    company=X30[0],
    token=X30[3],
    re="Re[2]:",
    charset="iso-8859-15",
    extra_headers=["X-Mailer: eM_Client/10.1.4828.0"],
    text="1 - 8\n2 - Casus over het rooster, goed uitgelegd\n4 - Heel prettig, warme sfeer\n"
    "6 - Ze investeren echt in opleiding\n8 - Schaal 9, max € 5.100 per maand\n11 - ja\n12 - dinsdag\n\n"
    "Met vriendelijke groet,\nMaya\n\n------ Origineel bericht ------\n"
    f'Van: "followupd" <{BOT}>\nAan: "Maya Example" <{ME}>\nVerzonden: 11-12-2026 18:29:44\n'
    f"Onderwerp: {subject({'company': X30[0], 'token': X30[3]})}\n\n{U(X30)}\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("Casus over het rooster, goed uitgelegd", None),
        "rapport": ("Heel prettig, warme sfeer", None),
        "company": ("Ze investeren echt in opleiding", None),
        "money": (
            "Schaal 9, max € 5.100 per maand",
            money("Schaal 9, max € 5.100 per maand", ("5100", "EUR", "month")),
        ),
        "want_job": ("ja", "yes"),
        "hear_back": ("dinsdag", "2026-12-15"),
    },
    forbidden=["Met vriendelijke groet", "Origineel bericht", RATE, LINK],
)

# 31 Zoho Mail, Mon 14 Dec: "before Christmas" = 24 Dec.
X31 = ("Fourth Coffee", "Marketing Manager", "Raj Patel", "f1c8m")
case(
    name="zoho_en",
    client="Zoho Mail",
    language="en",
    day="2026-12-14",
    shape="top-posted (A1:), Regards sign-off, Zoho attribution",
    company=X31[0],
    token=X31[3],
    text="A1: 7\nA2: The campaign teardown\nA3: Budget question, I should have asked what they spend now\n"
    "A8: 72,000 USD a year\nA11: unsure\nA12: before Christmas\n\nRegards\nMaya\n\n"
    f"---- On Mon, 14 Dec 2026 18:30:05 +0000 followupd <{BOT}> wrote ---\n\n{Q(X31)}\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("The campaign teardown", None),
        "went_badly": ("Budget question, I should have asked what they spend now", None),
        "money": ("72,000 USD a year", money("72,000 USD a year", ("72000", "USD", "year"))),
        "want_job": ("unsure", "unsure"),
        "hear_back": ("before Christmas", "2026-12-24"),
    },
    forbidden=["Regards", "wrote ---", RATE],
)

# 32 Yandex Mail, Ukrainian, KOI8-U, Tue 15 Dec: "у четвер" = Thursday 17 Dec.
X32 = ("Дніпро Софт", "QA інженер", "Jane Doe", "d3s9q")
case(
    name="yandex_uk",
    client="Yandex Mail",
    language="uk",
    day="2026-12-15",
    shape="top-posted numbered, mobile footer, date-first attribution",
    company=X32[0],
    token=X32[3],
    charset="koi8-u",
    cte="base64",
    text="1. 8\n2. Тестове завдання пройшло добре\n3. Питання про автоматизацію - треба підтягнути\n"
    "4. Дуже приємна співбесіда\n8. 3000 доларів на місяць\n11. так\n12. у четвер\n\n-- \n"
    "Надіслано з мобільної Яндекс Пошти\n\n"
    f'15.12.2026, 18:31, "followupd" <{BOT}>:\n{Q(X32)}\n',
    answers={
        "rating": ("8", 8),
        "went_well": ("Тестове завдання пройшло добре", None),
        "went_badly": ("Питання про автоматизацію - треба підтягнути", None),
        "rapport": ("Дуже приємна співбесіда", None),
        "money": ("3000 доларів на місяць", money("3000 доларів на місяць", ("3000", "USD", "month"))),
        "want_job": ("так", "yes"),
        "hear_back": ("у четвер", "2026-12-17"),
    },
    forbidden=["Яндекс Пошти", RATE],
)

# 33 Airmail, Wed 16 Dec: "Jan 5" = 5 January 2027 (the next one after the interview).
X33 = ("Wide World Importers", "Buyer", "Raj Patel", "w4w2b")
case(
    name="airmail_en_hash",
    client="Airmail",
    language="en",
    day="2026-12-16",
    shape="top-posted (#1), emoji, -- signature with Airmail footer",
    company=X33[0],
    token=X33[3],
    text="#1 8\n#2 Negotiation role play \U0001f4aa\n#3 Didn't know their supplier list\n#8 €52,000 base\n"
    "#11 Yes\n#12 Jan 5\n\n-- \nMaya\nSent with Airmail\n\n"
    f"On December 16, 2026 at 18:32:10, followupd ({BOT}) wrote:\n{Q(X33)}\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("Negotiation role play \U0001f4aa", None),
        "went_badly": ("Didn't know their supplier list", None),
        "money": ("€52,000 base", money("€52,000 base", ("52000", "EUR", None))),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Jan 5", "2027-01-05"),
    },
    forbidden=["Sent with Airmail", "wrote:", RATE],
)

# 34 Gmail Android, Brazilian Portuguese, Thu 17 Dec: "Até sexta" = 18 Dec.
X34 = ("Ipê Tecnologia", "Desenvolvedora Android", "Jane Doe", "i6p3a")
case(
    name="gmail_android_pt_br",
    client="Gmail Android",
    language="pt",
    day="2026-12-17",
    shape="top-posted numbered (1 -)",
    company=X34[0],
    token=X34[3],
    cte="base64",
    text="1 - 8\n2 - O teste prático de Kotlin\n3 - Travei na pergunta de arquitetura\n"
    "8 - R$ 12 mil por mês, CLT\n11 - Sim\n12 - Até sexta\n\n"
    f"Em qui., 17 de dez. de 2026 às 18:33, followupd <{BOT}> escreveu:\n\n{Q(X34)}\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("O teste prático de Kotlin", None),
        "went_badly": ("Travei na pergunta de arquitetura", None),
        "money": ("R$ 12 mil por mês, CLT", money("R$ 12 mil por mês, CLT", ("12000", "BRL", "month"))),
        "want_job": ("Sim", "yes"),
        "hear_back": ("Até sexta", "2026-12-18"),
    },
    forbidden=["escreveu:", RATE],
)

# 35 Outlook Android, European Portuguese, Fri 18 Dec: "Dia 8 de janeiro" = 8 January 2027.
X35 = ("Tejo Seguros", "Analista de Risco", "Raj Patel", "t7s4r")
case(
    name="outlook_android_pt_pt",
    client="Outlook Android",
    language="pt",
    day="2026-12-18",
    shape="top-posted numbered, Outlook footer, unquoted Portuguese header block",
    company=X35[0],
    token=X35[3],
    re="RE:",
    cte="base64",
    text="1. 7\n2. A parte técnica correu bem\n3. Fui pouco concreta sobre a minha experiência com Solvência II\n"
    "8. 2.800 € líquidos por mês\n11. Talvez\n12. Dia 8 de janeiro\n\n"
    "Obter o Outlook para Android<https://aka.ms/AAb9ysg>\n"
    + outlook_block(
        X35, ("De:", "Enviado:", "Para:", "Assunto:"), "sexta-feira, 18 de dezembro de 2026 18:34"
    )
    + "\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("A parte técnica correu bem", None),
        "went_badly": ("Fui pouco concreta sobre a minha experiência com Solvência II", None),
        "money": ("2.800 € líquidos por mês", money("2.800 € líquidos por mês", ("2800", "EUR", "month"))),
        "want_job": ("Talvez", "unsure"),
        "hear_back": ("Dia 8 de janeiro", "2027-01-08"),
    },
    forbidden=["Obter o Outlook", "Enviado:", RATE, LINK],
)

# 36 iPhone Mail, Danish, Thu 5 Nov: "På fredag" = 6 Nov.
X36 = ("Holm & Jensen", "Regnskabsassistent", "Jane Doe", "h8j5r")
case(
    name="apple_ios_da",
    client="Apple Mail iOS",
    language="da",
    day="2026-11-05",
    shape="top-posted numbered, Danish mobile footer",
    company=X36[0],
    token=X36[3],
    re="Sv:",
    text="1. 7\n2. Snakken om afstemninger gik fint\n3. Var lidt nervøs i starten \n"
    "4. Godt, Jane var meget imødekommende\n8. 38.000 kr. om måneden\n11. Ja\n12. På fredag\n\n"
    "Sendt fra min iPhone\n\n"
    f"> Den 5. nov. 2026 kl. 18.35 skrev followupd <{BOT}>:\n> \n{Q(X36)}\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("Snakken om afstemninger gik fint", None),
        "went_badly": ("Var lidt nervøs i starten", None),
        "rapport": ("Godt, Jane var meget imødekommende", None),
        "money": ("38.000 kr. om måneden", money("38.000 kr. om måneden", ("38000", "DKK", "month"))),
        "want_job": ("Ja", "yes"),
        "hear_back": ("På fredag", "2026-11-06"),
    },
    forbidden=["Sendt fra min iPhone", "skrev followupd", RATE],
)

# 37 Outlook for Mac, Finnish, Wed 18 Nov: "Ensi viikolla" = Friday 27 Nov.
X37 = ("Aalto Systems", "Ohjelmistokehittäjä", "Raj Patel", "a9s6o")
case(
    name="outlook_mac_fi",
    client="Outlook Mac",
    language="fi",
    day="2026-11-18",
    shape="top-posted numbered, sign-off, unquoted Finnish header block without a rule",
    company=X37[0],
    token=X37[3],
    re="VS:",
    charset="iso-8859-1",
    cte="base64",
    text="1. 8\n2. Koodaustehtävä meni hyvin\n3. Englanniksi puhuminen jännitti\n8. 4500 euroa kuussa\n"
    "11. Kyllä\n12. Ensi viikolla\n\nTerveisin\nMaya\n\n"
    + outlook_block(
        X37,
        ("Lähettäjä:", "Päivämäärä:", "Vastaanottaja:", "Aihe:"),
        "keskiviikkona 18. marraskuuta 2026 klo 18.36",
        rule=False,
    )
    + "\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("Koodaustehtävä meni hyvin", None),
        "went_badly": ("Englanniksi puhuminen jännitti", None),
        "money": ("4500 euroa kuussa", money("4500 euroa kuussa", ("4500", "EUR", "month"))),
        "want_job": ("Kyllä", "yes"),
        "hear_back": ("Ensi viikolla", "2026-11-27"),
    },
    forbidden=["Terveisin", "Lähettäjä:", RATE, LINK],
)

# 38 Gmail web, Turkish, ISO-8859-9, Thu 12 Nov: "Gelecek hafta" = Friday 20 Nov.
X38 = ("Boğaziçi Yazılım", "Yazılım Mühendisi", "Jane Doe", "b0y7m")
case(
    name="gmail_web_tr",
    client="Gmail web",
    language="tr",
    day="2026-11-12",
    shape="top-posted numbered, name-first attribution",
    company=X38[0],
    token=X38[3],
    charset="iso-8859-9",
    text="1. 8/10\n2. Algoritma sorusunu hızlı çözdüm\n3. Sistem tasarımında biraz zorlandım\n"
    "8. Aylık net 90.000 TL\n11. Evet\n12. Gelecek hafta\n\n"
    f"followupd <{BOT}>, 12 Kas 2026 Per, 18:37 tarihinde şunu yazdı:\n\n{Q(X38)}\n",
    answers={
        "rating": ("8/10", 8),
        "went_well": ("Algoritma sorusunu hızlı çözdüm", None),
        "went_badly": ("Sistem tasarımında biraz zorlandım", None),
        "money": ("Aylık net 90.000 TL", money("Aylık net 90.000 TL", ("90000", "TRY", "month"))),
        "want_job": ("Evet", "yes"),
        "hear_back": ("Gelecek hafta", "2026-11-20"),
    },
    forbidden=["şunu yazdı", RATE],
)

# 39 Gmail web, Romanian, Tue 1 Dec: "Vineri" = Friday 4 Dec.
X39 = ("Carpați Digital", "Project Manager", "Raj Patel", "c5d8p")
case(
    name="gmail_web_ro",
    client="Gmail web",
    language="ro",
    day="2026-12-01",
    shape="top-posted numbered",
    company=X39[0],
    token=X39[3],
    cte="base64",
    text="1. 7\n2. Partea despre Scrum a mers bine\n4. Foarte bine, oameni deschiși\n8. 12.000 lei brut pe lună\n"
    "11. Da\n12. Vineri\n\n"
    f"În mar., 1 dec. 2026 la 18:38, followupd <{BOT}> a scris:\n\n{Q(X39)}\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("Partea despre Scrum a mers bine", None),
        "rapport": ("Foarte bine, oameni deschiși", None),
        "money": ("12.000 lei brut pe lună", money("12.000 lei brut pe lună", ("12000", "RON", "month"))),
        "want_job": ("Da", "yes"),
        "hear_back": ("Vineri", "2026-12-04"),
    },
    forbidden=["a scris:", RATE],
)

# 40 Outlook desktop, Hungarian, Mon 14 Dec: "Péntekig" = Friday 18 Dec.
X40 = ("Duna Informatika", "Rendszergazda", "Jane Doe", "d1i9r")
case(
    name="outlook_win_hu",
    client="Outlook desktop Windows",
    language="hu",
    day="2026-12-14",
    shape="top-posted numbered, sign-off, unquoted Hungarian header block",
    company=X40[0],
    token=X40[3],
    re="VS:",
    charset="iso-8859-2",
    nl="\r\n",
    text="1. 7\n2. A hálózati kérdések jól mentek\n3. A felhős részben bizonytalan voltam\n"
    "8. Bruttó 900 ezer forint havonta\n11. Igen\n12. Péntekig\n\nÜdvözlettel:\nMaya Example\n\n"
    + outlook_block(X40, ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:"), "2026. december 14., hétfő 18:39")
    + "\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("A hálózati kérdések jól mentek", None),
        "went_badly": ("A felhős részben bizonytalan voltam", None),
        "money": (
            "Bruttó 900 ezer forint havonta",
            money("Bruttó 900 ezer forint havonta", ("900000", "HUF", "month")),
        ),
        "want_job": ("Igen", "yes"),
        "hear_back": ("Péntekig", "2026-12-18"),
    },
    forbidden=["Üdvözlettel", "Feladó:", RATE, LINK],
)

# 41 Gmail web, answers then a pasted forward, Wed 9 Dec: "Friday" = 11 Dec (the forward's "2 weeks" is not hers).
X41 = ("Southridge Video", "Video Editor", "Jane Doe", "s2v5e")
case(
    name="gmail_web_en_answer_then_forward",
    client="Gmail web",
    language="en",
    day="2026-12-09",
    shape="top-posted numbered, then a forwarded message",
    company=X41[0],
    token=X41[3],
    text="1. 9 \U0001f389\n2. Showreel discussion\n3. Nothing really\n"
    "4. Jane is lovely, we talked about Premiere vs Resolve for ages\n11. Yes!\n12. Friday\n\n"
    "Forwarding Jane's note below so it's with the rest.\n\n"
    "---------- Forwarded message ---------\nFrom: Jane Doe <jane.doe@southridge.example>\n"
    f"Date: Wed, Dec 9, 2026 at 5:12 PM\nSubject: Thanks for coming in\nTo: Maya Example <{ME}>\n\n\n"
    "Hi Maya,\n\nThanks for coming in today. As discussed, the day rate is 450 GBP and we'll be in touch "
    "within 2 weeks.\n\nBest,\nJane\n",
    answers={
        "rating": ("9 \U0001f389", 9),
        "went_well": ("Showreel discussion", None),
        "went_badly": ("Nothing really", None),
        "rapport": ("Jane is lovely, we talked about Premiere vs Resolve for ages", None),
        "want_job": ("Yes!", "yes"),
        "hear_back": ("Friday", "2026-12-11"),
    },
    forbidden=["Forwarded message", "450 GBP", "within 2 weeks", "Thanks for coming in"],
)

# 42 Apple Mail macOS, long signature and disclaimer, smart quotes, Tue 15 Dec: "the 22nd" = 22 Dec.
X42 = ("Alpine Ski House", "Product Designer", "Raj Patel", "a3s1p")
case(
    name="apple_mac_en_signature",
    client="Apple Mail macOS",
    language="en",
    day="2026-12-15",
    shape="top-posted (Question 1:), smart quotes, signature and disclaimer",
    company=X42[0],
    token=X42[3],
    text="Question 1: 8\nQuestion 2: Portfolio walkthrough, especially the booking flow redesign\n"
    "Question 3: Whiteboard challenge \u2013 I jumped to screens too quickly. Next time: start with the user\u2019s "
    "goal.\nQuestion 4: Raj and the PM were both great. I\u2019d enjoy working with them.\n"
    "Question 5: Owning the booking experience end to end. Very close to what I want.\n"
    "Question 8: They said the band is $90k\u2013$100k.\nQuestion 11: Yes\nQuestion 12: the 22nd\n\n"
    "Best,\nMaya\n\nMaya Example\nSenior UX Designer\n+1 (555) 010-0199\nmaya.example\n\n"
    "CONFIDENTIALITY NOTICE: The contents of this email message and any attachments are intended solely for the "
    "addressee(s) and may contain confidential and/or privileged information.\n\n"
    f"> On 15 Dec 2026, at 18:41, followupd <{BOT}> wrote:\n> \n{Q(X42)}\n",
    answers={
        "rating": ("8", 8),
        "went_well": ("Portfolio walkthrough, especially the booking flow redesign", None),
        "went_badly": (
            "Whiteboard challenge \u2013 I jumped to screens too quickly. Next time: start with the "
            "user\u2019s goal.",
            None,
        ),
        "rapport": ("Raj and the PM were both great. I\u2019d enjoy working with them.", None),
        "role": ("Owning the booking experience end to end. Very close to what I want.", None),
        "money": (
            "They said the band is $90k\u2013$100k.",
            money("They said the band is $90k\u2013$100k.", ("90000", "USD", None), ("100000", "USD", None)),
        ),
        "want_job": ("Yes", "yes"),
        "hear_back": ("the 22nd", "2026-12-22"),
    },
    forbidden=["Best,", "Senior UX Designer", "010-0199", "CONFIDENTIALITY NOTICE", "wrote:", RATE],
)

# 43 FairEmail, Fri 6 Nov: "mid next week" = Wednesday 11 Nov.
X43 = ("Trey Research", "Lab Technician", "Jane Doe", "t1r7l")
case(
    name="fairemail_en",
    client="FairEmail",
    language="en",
    day="2026-11-06",
    shape="top-posted (1 )), partial",
    company=X43[0],
    token=X43[3],
    charset="us-ascii",
    cte="7bit",
    text="1 ) 7\n2 ) Pipetting practical\n3 ) Forgot the name of the LIMS we use, awkward\n11 ) yes\n"
    "12 ) mid next week\n\n"
    f"On 6 Nov 2026 18:42, followupd <{BOT}> wrote:\n{Q(X43, '>')}\n",
    answers={
        "rating": ("7", 7),
        "went_well": ("Pipetting practical", None),
        "went_badly": ("Forgot the name of the LIMS we use, awkward", None),
        "want_job": ("yes", "yes"),
        "hear_back": ("mid next week", "2026-11-11"),
    },
    forbidden=["wrote:", RATE],
)

# 44 Web.de, German, answers on the line after their number, a two-paragraph answer, Thu 17 Dec: "am 22.12." = 22 Dec.
X44 = ("Schmidt Elektro", "Elektroplanerin", "Raj Patel", "s4e2p")
case(
    name="webde_de_next_line",
    client="Web.de",
    language="de",
    day="2026-12-17",
    shape="answers on the line after the number, two-paragraph answer, Gesendet: block",
    company=X44[0],
    token=X44[3],
    re="Aw:",
    cte="8bit",
    text="1.\n7\n\n2.\nDie Fragen zur DIN VDE konnte ich alle beantworten\n\n3.\n"
    "Beim Thema Kalkulation war ich unsicher.\n\nDas nächste Mal bringe ich ein Beispielprojekt mit.\n\n"
    "11.\nJa\n\n12.\nam 22.12.\n\nGruß Maya\n\n\n"
    f'Gesendet: Donnerstag, 17. Dezember 2026 um 18:43 Uhr\nVon: "followupd" <{BOT}>\n'
    f'An: "Maya Example" <{ME}>\nBetreff: {subject({"company": X44[0], "token": X44[3]})}\n\n{U(X44)}\n',
    answers={
        "rating": ("7", 7),
        "went_well": ("Die Fragen zur DIN VDE konnte ich alle beantworten", None),
        "went_badly": (
            "Beim Thema Kalkulation war ich unsicher. Das nächste Mal bringe ich ein Beispielprojekt mit.",
            None,
        ),
        "want_job": ("Ja", "yes"),
        "hear_back": ("am 22.12.", "2026-12-22"),
    },
    forbidden=["Gruß Maya", "Gesendet:", RATE, LINK],
)

# 45 Outlook iOS, numbers out of order, Mon 23 Nov: "Tuesday" = 24 Nov.
X45 = ("Coho Winery", "Sales Representative", "Raj Patel", "c2w6s")
case(
    name="outlook_ios_en_out_of_order",
    client="Outlook iOS",
    language="en",
    day="2026-11-23",
    shape="top-posted numbered out of order, Outlook footer, unquoted header block",
    company=X45[0],
    token=X45[3],
    re="RE:",
    text="11. Yes\n1. 8\n12. Tuesday\n8. 45k a year plus commission\n\n"
    "Get Outlook for iOS<https://aka.ms/o0ukef>\n"
    + outlook_block(X45, ("From:", "Sent:", "To:", "Subject:"), "Monday, November 23, 2026 6:44:12 PM")
    + "\n",
    answers={
        "rating": ("8", 8),
        "money": ("45k a year plus commission", money("45k a year plus commission", ("45000", None, "year"))),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Tuesday", "2026-11-24"),
    },
    forbidden=["Get Outlook for iOS", "From: followupd", RATE, LINK],
)

# 46 Samsung Email, German, answers split by blank lines, Wed 2 Dec: "In zwei Wochen" = 16 Dec.
X46 = ("Fischer Bau", "Bauleiterin", "Jane Doe", "f3b6b")
case(
    name="samsung_de_blank_lines",
    client="Samsung Email",
    language="de",
    day="2026-12-02",
    shape="numbered answers split by blank lines, Samsung footer, unquoted Ursprüngliche Nachricht block",
    company=X46[0],
    token=X46[3],
    re="AW:",
    cte="base64",
    text="1. 6\n\n2. Praktischer Teil auf der Baustelle\n\n8. Nur Tarif erwähnt, keine Zahlen\n\n11. Nein\n\n"
    "12. In zwei Wochen\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.\n\n\n"
    "-------- Ursprüngliche Nachricht --------\n"
    f"Von: followupd <{BOT}> \nDatum: 02.12.26  18:45  (GMT+01:00) \nAn: Maya Example <{ME}> \n"
    f"Betreff: {subject({'company': X46[0], 'token': X46[3]})} \n\n{U(X46)}\n",
    answers={
        "rating": ("6", 6),
        "went_well": ("Praktischer Teil auf der Baustelle", None),
        "money": ("Nur Tarif erwähnt, keine Zahlen", money("Nur Tarif erwähnt, keine Zahlen")),
        "want_job": ("Nein", "no"),
        "hear_back": ("In zwei Wochen", "2026-12-16"),
    },
    forbidden=["Samsung Galaxy", "Ursprüngliche Nachricht", RATE, LINK],
)

# 47 Gmail iOS, emoji, non-breaking space, smart quotes, Tue 17 Nov: "by the 4th" = 4 Dec.
X47 = ("Humongous Insurance", "Site Reliability Engineer", "Jane Doe", "h9i3s")
T47 = """Quick answers before I forget \U0001f648

1. 7\u00a0\u2014 felt ok overall
2. They liked my \u201cwar story\u201d about the outage
3. I said \u201cI don\u2019t know\u201d twice on Kubernetes
4. Jane\u2019s great. The other guy was on mute the whole time \U0001f602
6. Four-day week!!
8. Didn\u2019t get to numbers
11. Yes
12. by the 4th

Thanks \U0001f64f
Maya"""
case(
    name="gmail_ios_en_emoji",
    client="Gmail iOS",
    language="en",
    day="2026-11-17",
    shape="top-posted numbered with a sentence before, emoji, nbsp, smart quotes",
    company=X47[0],
    token=X47[3],
    free_notes="Quick answers before I forget \U0001f648",
    text=f"{T47}\n\nOn Tue, Nov 17, 2026 at 6:46\u202fPM followupd <{BOT}> wrote:\n\n{Q(X47)}\n",
    html=f'<div dir="auto">{lines_html(T47)}</div><br><div class="gmail_quote"><div dir="ltr" '
    f'class="gmail_attr">On Tue, Nov 17, 2026 at 6:46\u202fPM followupd &lt;{BOT}&gt; wrote:<br></div>'
    f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
    f"{debrief_html(*X47)}</blockquote></div>\n",
    answers={
        "rating": ("7\u00a0\u2014 felt ok overall", 7),
        "went_well": ("They liked my \u201cwar story\u201d about the outage", None),
        "went_badly": ("I said \u201cI don\u2019t know\u201d twice on Kubernetes", None),
        "rapport": ("Jane\u2019s great. The other guy was on mute the whole time \U0001f602", None),
        "company": ("Four-day week!!", None),
        "money": ("Didn\u2019t get to numbers", money("Didn\u2019t get to numbers")),
        "want_job": ("Yes", "yes"),
        "hear_back": ("by the 4th", "2026-12-04"),
    },
    forbidden=["Thanks \U0001f64f", "wrote:", RATE],
)


# 48 Outlook desktop, answers typed under the unquoted questions, Wed 25 Nov: "Early next week" = Tuesday 1 Dec.
X48 = ("Margie's Travel", "Travel Consultant", "Jane Doe", "m5t1x")
case(
    name="outlook_win_en_under_unquoted_questions",
    client="Outlook desktop Windows",
    language="en",
    day="2026-11-25",
    shape="answers typed under the unquoted questions below an Outlook header block",
    company=X48[0],
    token=X48[3],
    re="RE:",
    charset="windows-1252",
    nl="\r\n",
    free_notes="Answers below.",
    text="Answers below.\n\nMaya\n\n________________________________\n"
    f"From: followupd <{BOT}>\nSent: Wednesday, November 25, 2026 6:47 PM\nTo: Maya Example <{ME}>\n"
    f"Subject: {subject({'company': X48[0], 'token': X48[3]})}\n\n"
    + inline(
        *X48,
        {
            1: "7 \u2013 better than last time",
            2: "The itinerary planning task, I used my own trip to Lisbon as the example",
            4: "Jane was warm and chatty, I could definitely work with her",
            8: "No numbers yet",
            11: "Yes",
            12: "Early next week",
        },
        prefix="",
    )
    + "\n",
    answers={
        "rating": ("7 \u2013 better than last time", 7),
        "went_well": ("The itinerary planning task, I used my own trip to Lisbon as the example", None),
        "rapport": ("Jane was warm and chatty, I could definitely work with her", None),
        "money": ("No numbers yet", money("No numbers yet")),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Early next week", "2026-12-01"),
    },
    forbidden=["From: followupd", "Skip anything you like", LINK],
)


def main() -> None:
    for old in [*HERE.glob("*.eml"), *HERE.glob("*.expected.json")]:
        old.unlink()
    names = [str(c["name"]) for c in CASES]
    assert len(names) == len(set(names)), "a name is used twice"
    for item in CASES:
        name = str(item["name"])
        (HERE / f"{name}.eml").write_bytes(build(item))
        data = json.dumps(expected(item), ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(data, encoding="utf-8")
    print(f"wrote {len(CASES)} replies")


if __name__ == "__main__":
    main()
