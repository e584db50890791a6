"""Writes the fourth held-out reply set (NAME.eml + NAME.expected.json); running it again rewrites the same bytes."""

# ruff: noqa: E501  (whole email bodies are string literals here; wrapping them would change the data)

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
USER = "maya@example.org"
BOT = "followupd@example.org"
DAY = "2026-11-26"
FORM = "http://127.0.0.1:8325/d/4f2a9c"
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


def debrief(company: str, role: str, who: str = "Jane Doe") -> list[str]:
    """The plain debrief as followupd renders it, line by line."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} (with {who}) ended at 16:00.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {FORM}',
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


def quoted(lines: list[str], mark: str = "> ") -> str:
    return "\n".join((mark + line).rstrip() if line.strip() else mark.rstrip() for line in lines)


def plain_history(company: str, role: str) -> str:
    return "\n".join(debrief(company, role))


def debrief_html(company: str, role: str) -> str:
    items = "".join(f"<li><p>{q.replace('&', '&amp;')}</p></li>\n" for q in QUESTIONS)
    return (
        f"<p>Hi Maya,</p>\n<p>Your interview with {company} for {role} (with Jane Doe) ended at 16:00.\n"
        "While it is fresh, answer what you can: reply to this email (inline under each question, or numbered like\n"
        f'&ldquo;1. 7/10&rdquo;), or <a href="{FORM}">use the form</a>.</p>\n<ol>\n{items}</ol>\n'
        "<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
        '<p style="color: #666">&mdash; followupd</p>'
    )


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, Any]:
    return {
        "amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts],
        "text": text,
    }


@dataclass(frozen=True)
class Part:
    subtype: str  # plain or html
    text: str
    charset: str = "utf-8"
    cte: str = "8bit"  # 8bit, 7bit, quoted-printable or base64
    flowed: bool = False


@dataclass(frozen=True)
class Case:
    name: str
    client: str
    language: str
    shape: str
    subject: str
    date: str
    mailer: tuple[str, str] | None
    parts: tuple[Part, ...]
    answers: dict[str, tuple[str, Any]]
    forbidden: tuple[str, ...] = ()
    free_notes: str = ""
    crlf: bool = False
    own: tuple[str, ...] = (USER,)
    sender: str = f"Maya Example <{USER}>"
    extra_headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def _qp(data: bytes) -> str:
    out = []
    for raw in data.split(b"\n"):
        line = raw.rstrip(b"\r")
        chars = []
        for index, byte in enumerate(line):
            ch = chr(byte)
            last = index == len(line) - 1
            if byte == 61 or byte > 126 or (byte < 32 and byte != 9) or (last and ch in " \t"):
                chars.append(f"={byte:02X}")
            else:
                chars.append(ch)
        current = ""
        for piece in chars:
            if len(current) + len(piece) > 75:
                out.append(current + "=")
                current = ""
            current += piece
        out.append(current)
    return "\n".join(out)


def _header(value: str) -> str:
    if value.isascii():
        return value
    return "=?UTF-8?B?" + base64.b64encode(value.encode("utf-8")).decode("ascii") + "?="


def _body(part: Part, crlf: bool) -> tuple[list[str], bytes]:
    text = part.text.replace("\n", "\r\n") if crlf else part.text
    data = text.encode(part.charset)
    params = f"; charset={part.charset}" if part.charset != "utf-8" else "; charset=UTF-8"
    if part.flowed:
        params += "; format=flowed"
    head = [f"Content-Type: text/{part.subtype}{params}", f"Content-Transfer-Encoding: {part.cte}"]
    if part.cte == "base64":
        encoded = base64.b64encode(data).decode("ascii")
        body = "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)).encode("ascii")
    elif part.cte == "quoted-printable":
        body = _qp(data).encode("ascii")
    else:
        body = data.replace(b"\r\n", b"\n")
    return head, body


def render(case: Case) -> bytes:
    number = sum(map(ord, case.name)) % 9000 + 1000
    headers = [
        f"Return-Path: <{case.own[0]}>",
        f"Message-ID: <{case.name}.{number}@mail.example>",
        f"Date: {case.date}",
        f"From: {_header(case.sender)}",
        f"To: followupd <{BOT}>",
        f"Subject: {_header(case.subject)}",
        f"In-Reply-To: <debrief-{number}@followupd.example>",
        f"References: <debrief-{number}@followupd.example>",
    ]
    if case.mailer:
        headers.append(f"{case.mailer[0]}: {case.mailer[1]}")
    headers += [f"{k}: {v}" for k, v in case.extra_headers]
    headers.append("MIME-Version: 1.0")
    chunks: list[bytes] = []
    if len(case.parts) == 1:
        head, body = _body(case.parts[0], case.crlf)
        chunks.append("\n".join(headers + head).encode("ascii") + b"\n\n" + body + b"\n")
    else:
        boundary = f"----=_Part_{number}_{len(case.name)}.eval4"
        headers.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        out = "\n".join(headers).encode("ascii") + b"\n\n"
        for part in case.parts:
            head, body = _body(part, case.crlf)
            out += (
                f"--{boundary}\n".encode("ascii") + "\n".join(head).encode("ascii") + b"\n\n" + body + b"\n"
            )
        chunks.append(out + f"--{boundary}--\n".encode("ascii"))
    data = b"".join(chunks)
    return data.replace(b"\n", b"\r\n") if case.crlf else data


def expected(case: Case) -> dict[str, Any]:
    return {
        "client": case.client,
        "language": case.language,
        "interview_date": DAY,
        "own_addresses": list(case.own),
        "shape": case.shape,
        "free_notes": case.free_notes,
        "answers": {qid: {"text": text, "value": value} for qid, (text, value) in case.answers.items()},
        "forbidden": list(case.forbidden),
    }


def write(cases: list[Case]) -> None:
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "a case name is used twice"
    for case in cases:
        (HERE / f"{case.name}.eml").write_bytes(render(case))
        text = json.dumps(expected(case), ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case.name}.expected.json").write_text(text, encoding="utf-8")


CASES: list[Case] = []


def add(
    name: str,
    client: str,
    language: str,
    shape: str,
    body: str | tuple[Part, ...],
    answers: dict[str, tuple[str, Any]],
    **kw: Any,
) -> None:
    """One case; a str body is a single UTF-8 8bit text/plain part."""
    parts = (Part("plain", body),) if isinstance(body, str) else body
    kw.setdefault("subject", "Re: How did the interview go?")
    kw.setdefault("date", "Thu, 26 Nov 2026 19:40:12 +0100")
    kw.setdefault("mailer", None)
    CASES.append(Case(name, client, language, shape, parts=parts, answers=answers, **kw))


def outlook_block(
    labels: tuple[str, str, str, str], sent: str, company: str, role: str, rule: str = "_" * 32
) -> str:
    """An unquoted Outlook-style header block followed by the debrief."""
    fr, se, to, su = labels
    return (
        f"{rule}\n{fr} followupd <{BOT}>\n{se} {sent}\n{to} Maya Example <{USER}>\n"
        f"{su} How did the interview with {company} go?\n\n" + plain_history(company, role)
    )


def numbered(
    fmt: str, items: list[tuple[int, str, Any]], sep: str = "\n"
) -> tuple[str, dict[str, tuple[str, Any]]]:
    """The user's numbered answers in their own format and what they are expected to give (money as amounts)."""
    lines, answers = [], {}
    for number, text, value in items:
        lines.append(fmt.format(n=number, a=text))
        qid = IDS[number - 1]
        answers[qid] = (text, money(text, *value) if qid == "money" else value)
    return sep.join(lines), answers


def q(header: str, company: str, role: str, mark: str = "> ") -> str:
    """A quote header and the quoted debrief under it."""
    return f"{header}\n\n" + quoted(debrief(company, role), mark)


add(
    "gmail_web_en_numbered",
    "Gmail web",
    "en",
    "top-posted numbered",
    "1. 8/10\n2. The system design part, I drew the queue architecture without hesitating\n"
    "3. Froze a bit on the SQL window function question, should have talked through it out loud\n"
    "4. Really well, Jane was funny and sharp\n5. Platform work, very close to what I want\n"
    "6. Small teams, they ship every day\n7. On-call rotation sounds heavy, will ask about it\n"
    "8. €70–75k a year base\n9. Better tech, similar pay\n10. Ahead of Globex for now\n11. Yes\n12. Next week\n\n"
    "Thanks!\nMaya\n\nOn Thu, Nov 26, 2026 at 5:02 PM followupd <followupd@example.org> wrote:\n\n"
    + quoted(debrief("Northwind", "Platform Engineer")),
    {
        "rating": ("8/10", 8),
        "went_well": ("The system design part, I drew the queue architecture without hesitating", None),
        "went_badly": (
            "Froze a bit on the SQL window function question, should have talked through it out loud",
            None,
        ),
        "rapport": ("Really well, Jane was funny and sharp", None),
        "role": ("Platform work, very close to what I want", None),
        "company": ("Small teams, they ship every day", None),
        "reservations": ("On-call rotation sounds heavy, will ask about it", None),
        "money": (
            "€70–75k a year base",
            money("€70–75k a year base", ("70000", "EUR", "year"), ("75000", "EUR", "year")),
        ),
        "vs_current": ("Better tech, similar pay", None),
        "vs_others": ("Ahead of Globex for now", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Next week", "2026-12-04"),
    },
    forbidden=("Skip anything you like", "followupd <followupd@example.org> wrote:", "What went well?"),
    mailer=None,
    extra_headers=(("X-Gm-Message-State", "AOJu0Yw4kq"),),
)
add(
    "gmail_android_de_q_dash",
    "Gmail Android",
    "de",
    "top-posted numbered (Q1 -)",
    (
        Part(
            "plain",
            "Q1 - 7 von 10\nQ2 - Fachlich war ich gut vorbereitet, vor allem bei Kubernetes\n"
            "Q3 - Gehaltsfrage zu früh beantwortet\nQ8 - 65.000 € brutto im Jahr plus Bonus\n"
            "Q11 - Ja, auf jeden Fall\nQ12 - Anfang nächster Woche\n\n"
            "Am Do., 26. Nov. 2026 um 17:02 Uhr schrieb followupd <followupd@example.org>:\n\n"
            + quoted(debrief("Contoso", "DevOps Engineer")),
            cte="quoted-printable",
        ),
    ),
    {
        "rating": ("7 von 10", 7),
        "went_well": ("Fachlich war ich gut vorbereitet, vor allem bei Kubernetes", None),
        "went_badly": ("Gehaltsfrage zu früh beantwortet", None),
        "money": (
            "65.000 € brutto im Jahr plus Bonus",
            money("65.000 € brutto im Jahr plus Bonus", ("65000", "EUR", "year")),
        ),
        "want_job": ("Ja, auf jeden Fall", "yes"),
        "hear_back": ("Anfang nächster Woche", "2026-12-01"),
    },
    forbidden=("schrieb followupd", "Rate your overall performance"),
    subject="Re: How did the interview go?",
)
add(
    "iphone_gmail_fr_parens",
    "Gmail iOS",
    "fr",
    "top-posted numbered ((1))",
    "(1) 6 sur 10\n(2) La présentation de mon projet, ils ont posé plein de questions\n"
    "(3) Le test en live, j\u2019ai perdu du temps sur un bug bête\n(4) Très bien avec Raj, un peu froid avec le CTO\n"
    "(8) Rien de concret, pas de chiffres pour l\u2019instant\n(11) Pas sûre\n(12) D\u2019ici la fin de la semaine prochaine\n\n"
    "Le jeu. 26 nov. 2026 à 17:02, followupd <followupd@example.org> a écrit :\n\n"
    + quoted(debrief("Globex", "Développeuse backend")),
    {
        "rating": ("6 sur 10", 6),
        "went_well": ("La présentation de mon projet, ils ont posé plein de questions", None),
        "went_badly": ("Le test en live, j\u2019ai perdu du temps sur un bug bête", None),
        "rapport": ("Très bien avec Raj, un peu froid avec le CTO", None),
        "money": (
            "Rien de concret, pas de chiffres pour l\u2019instant",
            money("Rien de concret, pas de chiffres pour l\u2019instant"),
        ),
        "want_job": ("Pas sûre", "unsure"),
        "hear_back": ("D\u2019ici la fin de la semaine prochaine", "2026-12-04"),
    },
    forbidden=("a écrit :", "While it is fresh"),
    mailer=None,
)
add(
    "outlook_win_en_unquoted_inline",
    "Outlook desktop (Windows)",
    "en",
    "inline under unquoted history",
    (
        Part(
            "plain",
            "Answers below in the text.\n\nMaya\n\n"
            + outlook_block(
                ("From:", "Sent:", "To:", "Subject:"),
                "Thursday, November 26, 2026 5:02 PM",
                "Initech",
                "Data Analyst",
            )
            .replace(QUESTIONS[0] + "\n", QUESTIONS[0] + "\n7.5\n")
            .replace(QUESTIONS[3] + "\n", QUESTIONS[3] + "\nYes, both panelists were easy to talk to.\n")
            .replace(QUESTIONS[7] + "\n", QUESTIONS[7] + "\n$95,000 - $105,000 per year\n")
            .replace(QUESTIONS[10] + "\n", QUESTIONS[10] + "\nNot sure\n")
            .replace(QUESTIONS[11] + "\n", QUESTIONS[11] + "\nBy Monday\n"),
            charset="windows-1252",
            cte="quoted-printable",
        ),
    ),
    {
        "rating": ("7.5", 7.5),
        "rapport": ("Yes, both panelists were easy to talk to.", None),
        "money": (
            "$95,000 - $105,000 per year",
            money("$95,000 - $105,000 per year", ("95000", "USD", "year"), ("105000", "USD", "year")),
        ),
        "want_job": ("Not sure", "unsure"),
        "hear_back": ("By Monday", "2026-11-30"),
    },
    forbidden=("Answers below in the text.", "Subject: How did the interview with Initech go?"),
    free_notes="Answers below in the text.",
    crlf=True,
    mailer=("X-Mailer", "Microsoft Outlook 16.0"),
    date="Thu, 26 Nov 2026 13:55:40 -0500",
)
add(
    "apple_mail_mac_nl_inline_quotes",
    "Apple Mail (macOS)",
    "nl",
    "inline under > quotes",
    "\n\n> Op 26 nov 2026, om 17:02 heeft followupd <followupd@example.org> het volgende geschreven:\n>\n"
    + quoted(debrief("Umbrella", "Product Owner")[:8])
    + "\n\nEen zeven, denk ik.\n\n"
    + "> 2. "
    + QUESTIONS[1]
    + "\n\nDe casus, ik had een duidelijk plan.\n\n"
    + "> 3. "
    + QUESTIONS[2]
    + "\n> \n> 4. "
    + QUESTIONS[3]
    + "\n\nGoed, het klikte met Jane.\n\n"
    + quoted([f"{n}. {QUESTIONS[n - 1]}" for n in range(5, 11)])
    + "\n\n> 11. "
    + QUESTIONS[10]
    + "\n\nJa, graag.\n\n> 12. "
    + QUESTIONS[11]
    + "\n\nBinnen twee weken.\n\n"
    + "Groet,\nMaya",
    {
        "rating": ("Een zeven, denk ik.", 7),
        "went_well": ("De casus, ik had een duidelijk plan.", None),
        "rapport": ("Goed, het klikte met Jane.", None),
        "want_job": ("Ja, graag.", "yes"),
        "hear_back": ("Binnen twee weken.", "2026-12-10"),
    },
    forbidden=("het volgende geschreven", "Groet,"),
    mailer=("X-Mailer", "Apple Mail (2.3826.500.1)"),
)

body, ans = numbered(
    "{n}) {a}",
    [
        (1, "Un 8", 8),
        (2, "Las preguntas de arquitectura, me sentí muy cómoda", None),
        (5, "Es casi exactamente lo que busco: equipo pequeño, producto propio", None),
        (8, "Entre 48.000 y 52.000 € brutos al año", [("48000", "EUR", "year"), ("52000", "EUR", "year")]),
        (11, "Sí", "yes"),
        (12, "El martes", "2026-12-01"),
    ],
)
add(
    "iphone_mail_es_parens",
    "Apple Mail (iOS)",
    "es",
    "top-posted numbered (1))",
    body
    + "\n\nEnviado desde mi iPhone\n\n"
    + "> El 26 nov 2026, a las 17:02, followupd <followupd@example.org> escribió:\n>\n"
    + quoted(debrief("Acme", "Ingeniera de datos")),
    ans,
    forbidden=("Enviado desde mi iPhone", "escribió:"),
    mailer=("X-Mailer", "iPhone Mail (22B91)"),
    subject="Re: How did the interview go?",
)
body, ans = numbered(
    "{n}: {a}",
    [
        (1, "sette su dieci", 7),
        (3, "Ho parlato troppo della mia esperienza precedente", None),
        (4, "Ottimo rapporto, persone molto disponibili", None),
        (8, "RAL 45.000 € annui", [("45000", "EUR", "year")]),
        (11, "Non lo so ancora", "unsure"),
        (12, "Entro fine mese", "2026-11-30"),
    ],
)
add(
    "outlook_web_it_colon",
    "Outlook web",
    "it",
    "top-posted numbered (1:)",
    (
        Part(
            "html",
            '<div style="font-family: Aptos, sans-serif">'
            + body.replace("\n", "<br>\n")
            + '<br>\n<br>\nCiao,<br>\nMaya</div>\n<hr style="display:inline-block;width:98%">\n<div id="divRplyFwdMsg">'
            "<b>Da:</b> followupd &lt;followupd@example.org&gt;<br>\n<b>Inviato:</b> giovedì 26 novembre 2026 17:02<br>\n"
            "<b>A:</b> Maya Example &lt;maya@example.org&gt;<br>\n<b>Oggetto:</b> How did the interview go?</div>\n"
            + debrief_html("Initech", "Analista"),
            cte="quoted-printable",
        ),
    ),
    ans,
    forbidden=("Oggetto:", "Skip anything you like"),
    crlf=True,
)
body, ans = numbered(
    "{n}.\n{a}",
    [
        (1, "5", 5),
        (2, "Ik kon goed uitleggen waarom ik wil overstappen", None),
        (3, "De technische vragen over Kafka gingen slecht, daar moet ik me beter op voorbereiden", None),
        (7, "Veel reizen naar Eindhoven, twee dagen per week", None),
        (8, "€4.800 per maand", [("4800", "EUR", "month")]),
        (11, "Nee", "no"),
    ],
    sep="\n\n",
)
add(
    "thunderbird_nl_number_own_line",
    "Thunderbird",
    "nl",
    "top-posted numbered (number on its own line)",
    (
        Part(
            "plain",
            body
            + "\n\nMaya\n\nOp 26-11-2026 om 17:02 schreef followupd:\n"
            + quoted(debrief("Hooli", "Backend developer")),
            flowed=True,
        ),
    ),
    ans,
    forbidden=("schreef followupd:",),
    mailer=("User-Agent", "Mozilla Thunderbird"),
)
body, ans = numbered(
    "#{n} {a}",
    [
        (1, "9/10 honestly", 9),
        (2, "Live coding. Nailed the graph problem.", None),
        (6, "Remote-first and they publish their salary bands", None),
        (8, "$140k/year base, equity TBD", [("140000", "USD", "year")]),
        (9, "Way more interesting than my current job", None),
        (11, "Hell yes", "yes"),
        (12, "Within 5 business days", "2026-12-03"),
    ],
)
add(
    "superhuman_en_hash",
    "Superhuman",
    "en",
    "top-posted numbered (#1)",
    (
        Part(
            "plain",
            body
            + "\n\n- M\n\n"
            + q(
                "On Thu, Nov 26, 2026 at 2:02 PM, followupd <followupd@example.org> wrote:",
                "Pied Piper",
                "Senior SWE",
            ),
        ),
        Part(
            "html",
            "<div>"
            + body.replace("\n", "<br>")
            + '<br><br>- M</div><img src="https://r.superhuman.example/p/abc.gif" width="1" height="1" style="display:none">'
            '<div class="gmail_quote">On Thu, Nov 26, 2026 at 2:02 PM, followupd wrote:<blockquote>'
            + debrief_html("Pied Piper", "Senior SWE")
            + "</blockquote></div>",
        ),
    ),
    ans,
    forbidden=("- M", "wrote:"),
    date="Thu, 26 Nov 2026 14:48:03 -0800",
)
body, ans = numbered(
    "{n}/ {a}",
    [
        (1, "7/10", 7),
        (4, "Bra, lätt att prata med Raj", None),
        (5, "Mycket nära det jag söker", None),
        (8, "52 000 SEK i månaden", [("52000", "SEK", "month")]),
        (11, "Ja", "yes"),
        (12, "I slutet av nästa vecka", "2026-12-04"),
    ],
)
add(
    "gmail_web_sv_slash",
    "Gmail web",
    "sv",
    "top-posted numbered (1/)",
    (
        Part(
            "plain",
            body
            + "\n\nHälsningar\nMaya\n\n"
            + q(
                "Den tors 26 nov. 2026 kl 17:02 skrev followupd <followupd@example.org>:",
                "Spotifake",
                "Backendutvecklare",
            ),
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    ans,
    forbidden=("Hälsningar", "skrev followupd"),
)
body, ans = numbered(
    "{n}.- {a}",
    [
        (1, "Nota 8", 8),
        (2, "A parte técnica, respondi tudo com calma", None),
        (8, "R$ 15.000 por mês, CLT", [("15000", "BRL", "month")]),
        (10, "Melhor do que a proposta da Globex", None),
        (11, "Sim!", "yes"),
        (12, "Até sexta-feira", "2026-11-27"),
    ],
)
add(
    "samsung_pt_dotdash",
    "Samsung Email",
    "pt",
    "top-posted numbered (1.-)",
    (
        Part(
            "plain",
            body
            + "\n\n\n\nEnviado do meu Galaxy\n\n\n-------- Mensagem original --------\nDe: followupd <followupd@example.org> \nData: 26/11/2026 13:02 (GMT-03:00) \n"
            "Para: Maya Example <maya@example.org> \nAssunto: How did the interview go? \n\n"
            + plain_history("Nubank-ish", "Engenheira de software"),
            cte="base64",
        ),
    ),
    ans,
    forbidden=("Enviado do meu Galaxy", "Mensagem original"),
    date="Thu, 26 Nov 2026 15:31:09 -0300",
)
body, ans = numbered(
    "Question {n}: {a}",
    [
        (1, "six out of ten", 6),
        (3, "I rambled on the behavioural questions", None),
        (7, "They want someone in the office four days a week", None),
        (8, "£60k per annum plus 5% pension", [("60000", "GBP", "year")]),
        (11, "No", "no"),
    ],
)
add(
    "yahoo_en_question_n",
    "Yahoo Mail",
    "en",
    "top-posted numbered (Question 1:), partial",
    body
    + "\n\nSent from Yahoo Mail for iPhone\n\n\nOn Thursday, November 26, 2026, 4:02 PM, followupd <followupd@example.org> wrote:\n\n"
    + quoted(debrief("Globex", "QA Lead")),
    ans,
    forbidden=("Sent from Yahoo Mail for iPhone",),
    date="Thu, 26 Nov 2026 16:50:00 +0000",
)
body, ans = numbered(
    "{n}. {a}",
    [
        (1, "7 na 10", 7),
        (2, "Rozmowa o architekturze, znam ten stos bardzo dobrze", None),
        (3, "Za mało pytałam o zespół", None),
        (8, "18 000 zł brutto miesięcznie na UoP", [("18000", "PLN", "month")]),
        (11, "Tak", "yes"),
        (12, "Do środy", "2026-12-02"),
    ],
)
add(
    "outlook_android_pl",
    "Outlook Android",
    "pl",
    "top-posted numbered",
    (
        Part(
            "plain",
            body
            + "\n\nPobierz aplikację Outlook dla systemu Android\n"
            + "_" * 32
            + "\nOd: followupd <followupd@example.org>\nWysłane: czwartek, 26 listopada 2026 17:02\n"
            "Do: Maya Example <maya@example.org>\nTemat: How did the interview go?\n\n"
            + plain_history("Allegrowo", "Programistka Python"),
            charset="iso-8859-2",
            cte="quoted-printable",
        ),
    ),
    ans,
    forbidden=("Pobierz aplikację Outlook", "Temat:"),
)
body, ans = numbered(
    "{n}．{a}",
    [
        (1, "7点", 7),
        (2, "自己紹介とポートフォリオの説明はうまくできました", None),
        (3, "英語での質問にうまく答えられなかった", None),
        (8, "年収800万円", [("8000000", "JPY", "year")]),
        (11, "はい", "yes"),
        (12, "来週中", "2026-12-04"),
    ],
)
add(
    "gmail_web_ja_fullwidth",
    "Gmail web",
    "ja",
    "top-posted numbered (full-width dot)",
    (
        Part(
            "plain",
            body
            + "\n\nよろしくお願いします。\nマヤ\n\n"
            + q("2026年11月26日(木) 17:02 followupd <followupd@example.org>:", "Kaisha", "Engineer"),
            charset="iso-2022-jp",
            cte="7bit",
        ),
    ),
    ans,
    forbidden=("よろしくお願いします。",),
    date="Fri, 27 Nov 2026 01:10:00 +0900",
)
body, ans = numbered(
    "{n}、{a}",
    [
        (1, "8分", 8),
        (4, "和面试官聊得很愉快", None),
        (8, "月薪3万元，十四薪", [("30000", "CNY", "month")]),
        (11, "想去", "yes"),
        (12, "下周三", "2026-12-02"),
    ],
)
add(
    "foxmail_zh",
    "Foxmail",
    "zh",
    "top-posted numbered (1、)",
    (
        Part(
            "plain",
            body
            + '\n\n\n------------------ 原始邮件 ------------------\n发件人: "followupd"<followupd@example.org>;\n发送时间: 2026年11月26日(星期四) 下午5:02\n'
            '收件人: "Maya"<maya@example.org>;\n主题: How did the interview go?\n\n'
            + plain_history("Tencentish", "后端工程师"),
            charset="gb18030",
            cte="base64",
        ),
    ),
    ans,
    forbidden=("原始邮件", "发件人"),
    mailer=("X-Mailer", "Foxmail 7.2.25.228"),
)

body, ans = numbered(
    "{n}. {a}",
    [
        (1, "syv ud af ti", 7),
        (2, "Caseopgaven gik rigtig godt", None),
        (8, "48.000 DKK om måneden", [("48000", "DKK", "month")]),
        (11, "Ikke sikker endnu", "unsure"),
        (12, "I næste uge", "2026-12-04"),
    ],
)
add(
    "apple_mail_ios_da",
    "Apple Mail (iOS)",
    "da",
    "top-posted numbered",
    (
        Part(
            "plain",
            body
            + "\n\nSendt fra min iPhone\n\n> Den 26. nov. 2026 kl. 17.02 skrev followupd <followupd@example.org>:\n>\n"
            + quoted(debrief("Novozyme", "Dataingeniør")),
            cte="quoted-printable",
        ),
    ),
    ans,
    forbidden=("Sendt fra min iPhone",),
    mailer=("X-Mailer", "iPhone Mail (22B91)"),
)
body, ans = numbered(
    "{n}. {a}",
    [
        (1, "8", 8),
        (3, "Jeg snakket for fort i starten", None),
        (8, "850 000 NOK i året", [("850000", "NOK", "year")]),
        (11, "Ja", "yes"),
        (12, "Innen fredag", "2026-11-27"),
    ],
)
add(
    "k9_nb",
    "K-9 Mail",
    "no",
    "top-posted numbered",
    (
        Part(
            "plain",
            body
            + "\n-- \nSendt fra min Android-enhet med K-9 Mail.\n\nfollowupd <followupd@example.org> skrev 26. november 2026 17:02:11 CET:\n"
            + quoted(debrief("Equinorr", "Utvikler")),
            charset="iso-8859-1",
            cte="8bit",
        ),
    ),
    ans,
    forbidden=("Sendt fra min Android-enhet med K-9 Mail.",),
    mailer=("User-Agent", "K-9 Mail for Android"),
)
body, ans = numbered(
    "{n}. {a}",
    [
        (1, "kahdeksan", 8),
        (4, "Hyvin, haastattelijat olivat rentoja", None),
        (8, "5 500 € kuukaudessa", [("5500", "EUR", "month")]),
        (11, "Kyllä", "yes"),
        (12, "Ensi viikolla", "2026-12-04"),
    ],
)
add(
    "outlook_ios_fi",
    "Outlook iOS",
    "fi",
    "top-posted numbered",
    (
        Part(
            "plain",
            body
            + "\n\nHanki Outlook for iOS\n"
            + "_" * 32
            + "\nLähettäjä: followupd <followupd@example.org>\nLähetetty: torstai, marraskuuta 26, 2026 6.02 ip.\n"
            "Vastaanottaja: Maya Example <maya@example.org>\nAihe: How did the interview go?\n\n"
            + plain_history("Nokian", "Ohjelmistokehittäjä"),
            cte="base64",
        ),
    ),
    ans,
    forbidden=("Hanki Outlook for iOS", "Lähettäjä:"),
)
body, ans = numbered(
    "{n}) {a}",
    [
        (1, "7 z 10", 7),
        (2, "Technická část, hlavně SQL", None),
        (8, "80 000 Kč měsíčně", [("80000", "CZK", "month")]),
        (11, "Ano", "yes"),
        (12, "Do pátku", "2026-11-27"),
    ],
)
add(
    "gmail_android_cs",
    "Gmail Android",
    "cs",
    "top-posted numbered (1))",
    (
        Part(
            "plain",
            body
            + "\n\nS pozdravem\nMaya\n\n"
            + q(
                "čt 26. 11. 2026 v 17:02 odesílatel followupd <followupd@example.org> napsal:",
                "Avastik",
                "Vývojářka",
            ),
            charset="iso-8859-2",
            cte="quoted-printable",
        ),
    ),
    ans,
    forbidden=("S pozdravem", "napsal:"),
)
body, ans = numbered(
    "{n}- {a}",
    [
        (1, "10 üzerinden 7", 7),
        (3, "Maaş sorusuna hazırlıksızdım", None),
        (8, "Aylık 85.000 TL net", [("85000", "TRY", "month")]),
        (11, "Evet", "yes"),
        (12, "Gelecek hafta", "2026-12-04"),
    ],
)
add(
    "yandex_tr",
    "Yandex Mail",
    "tr",
    "top-posted numbered (1-)",
    (
        Part(
            "plain",
            body
            + '\n\n-- \nYandex Mail mobil uygulamasından gönderildi\n\n26.11.2026, 19:02, "followupd" <followupd@example.org>:\n'
            + quoted(debrief("Trendyolo", "Yazılım Mühendisi")),
            charset="iso-8859-9",
            cte="quoted-printable",
        ),
    ),
    ans,
    forbidden=("Yandex Mail mobil uygulamasından gönderildi",),
    date="Thu, 26 Nov 2026 20:15:00 +0300",
)
body, ans = numbered(
    "{n}. {a}",
    [
        (1, "7 з 10", 7),
        (2, "Технічна частина, особливо Python", None),
        (8, "3500 доларів на місяць", [("3500", "USD", "month")]),
        (11, "Так", "yes"),
        (12, "До понеділка", "2026-11-30"),
    ],
)
add(
    "mailru_uk",
    "Mail.ru",
    "uk",
    "top-posted numbered",
    (
        Part(
            "plain",
            body
            + "\n\n--\nМая\n\nЧетвер, 26 листопада 2026, 18:02 +02:00 від followupd <followupd@example.org>:\n"
            + quoted(debrief("Grammarlie", "Python-розробниця")),
            charset="koi8-u",
            cte="base64",
        ),
    ),
    ans,
    forbidden=("від followupd",),
    date="Thu, 26 Nov 2026 19:20:00 +0200",
)
body, ans = numbered(
    "{n}. {a}",
    [
        (1, "8/10", 8),
        (2, "Pair programming went smoothly, we fixed the failing test together", None),
        (8, "Nothing concrete yet, they said the recruiter will bring numbers", []),
        (11, "Yes", "yes"),
        (12, "By the 10th", "2026-12-10"),
    ],
)
add(
    "outlook_mac_de_client_en",
    "Outlook desktop (Mac)",
    "en",
    "top-posted numbered, English under a German client",
    (
        Part(
            "plain",
            body
            + "\n\nBest,\nMaya\n\nVon: followupd <followupd@example.org>\nDatum: Donnerstag, 26. November 2026 um 17:02\nAn: Maya Example <maya@example.org>\n"
            "Betreff: How did the interview go?\n\n" + plain_history("Zalandi", "Staff Engineer"),
            cte="quoted-printable",
        ),
    ),
    ans,
    forbidden=("Best,", "Betreff:"),
    mailer=("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),
)
body, ans = numbered(
    "{n}. {a}",
    [
        (1, "6.5", 6.5),
        (3, "I undersold my leadership experience", None),
        (7, "Fixed-term contract, 12 months", None),
        (8, "€600 per day", [("600", "EUR", "day")]),
        (11, "Not sure yet", "unsure"),
        (12, "Mid next week", "2026-12-02"),
    ],
)
add(
    "fastmail_en_fr_contractor",
    "Fastmail",
    "en",
    "top-posted numbered",
    body
    + "\n\nMaya\n\nOn Thu, 26 Nov 2026, at 17:02, followupd wrote:\n"
    + quoted(debrief("Doctolibre", "Freelance SRE")),
    ans,
    forbidden=("followupd wrote:",),
    mailer=("User-Agent", "Cyrus-JMAP/3.11.0-alpha0"),
)
body, ans = numbered(
    "{n}. {a}",
    [
        (1, "7 von 10", 7),
        (4, "Sehr sympathisch", None),
        (8, "95 € pro Stunde", [("95", "EUR", "hour")]),
        (11, "Weiß ich noch nicht", "unsure"),
        (12, "Bis 3.12.", "2026-12-03"),
    ],
)
add(
    "gmx_de",
    "GMX",
    "de",
    "top-posted numbered",
    (
        Part(
            "plain",
            body
            + '\n\nViele Grüße\nMaya\n\n\nGesendet: Donnerstag, 26. November 2026 um 17:02 Uhr\nVon: "followupd" <followupd@example.org>\nAn: maya@example.org\n'
            "Betreff: How did the interview go?\n" + plain_history("SAPP", "Berater"),
            charset="iso-8859-15",
            cte="quoted-printable",
        ),
    ),
    ans,
    forbidden=("Viele Grüße", "Gesendet: Donnerstag"),
)


def inline(mark: str, header: str, company: str, role: str, replies: dict[int, str], after: str = "") -> str:
    """The debrief quoted with mark, an answer under each question number in replies."""
    out = [header, mark.rstrip()] if header else []
    lines = debrief(company, role)
    for line in lines:
        out.append((mark + line).rstrip() if line.strip() else mark.rstrip())
        head = line.split(". ", 1)[0]
        if head.isdigit() and line.endswith(QUESTIONS[int(head) - 1]) and int(head) in replies:
            out += ["", replies[int(head)], ""]
    return "\n".join(out) + after


add(
    "mutt_en_inline",
    "mutt",
    "en",
    "inline under > quotes",
    (
        Part(
            "plain",
            inline(
                "> ",
                "* followupd <followupd@example.org> [2026-11-26 17:02 +0100]:",
                "Wayne Corp",
                "SRE",
                {
                    1: "7",
                    2: "Debugging exercise, found the race in ten minutes",
                    3: "Ran out of time on the last question",
                    8: "Nothing discussed yet.",
                    11: "yes",
                    12: "Tuesday",
                },
                "\n\n-- \nMaya Example | gpg 0xDEADBEEF\n",
            ),
            charset="us-ascii",
            cte="7bit",
        ),
    ),
    {
        "rating": ("7", 7),
        "went_well": ("Debugging exercise, found the race in ten minutes", None),
        "went_badly": ("Ran out of time on the last question", None),
        "money": ("Nothing discussed yet.", money("Nothing discussed yet.")),
        "want_job": ("yes", "yes"),
        "hear_back": ("Tuesday", "2026-12-01"),
    },
    forbidden=("gpg 0xDEADBEEF",),
    mailer=("User-Agent", "NeoMutt/20241114"),
)
add(
    "evolution_en_inline",
    "Evolution",
    "en",
    "inline under > quotes",
    inline(
        "> ",
        "On Thu, 2026-11-26 at 17:02 +0100, followupd wrote:",
        "Red Hatt",
        "Support Engineer",
        {
            1: "Eight out of ten.",
            4: "Good. Raj and I know the same people from the Fedora days.",
            10: "Better than the Initech offer, worse than staying put.",
            11: "No, the commute kills it.",
            12: "In 10 days",
        },
    ),
    {
        "rating": ("Eight out of ten.", 8),
        "rapport": ("Good. Raj and I know the same people from the Fedora days.", None),
        "vs_others": ("Better than the Initech offer, worse than staying put.", None),
        "want_job": ("No, the commute kills it.", "no"),
        "hear_back": ("In 10 days", "2026-12-06"),
    },
    forbidden=("followupd wrote:",),
    mailer=("X-Mailer", "Evolution 3.54.1"),
)
add(
    "claws_de_inline",
    "Claws Mail",
    "de",
    "inline under > quotes",
    (
        Part(
            "plain",
            inline(
                "> ",
                "On Thu, 26 Nov 2026 17:02:11 +0100\nfollowupd <followupd@example.org> wrote:",
                "Bosch-ish",
                "Embedded-Entwicklerin",
                {
                    1: "6",
                    3: "Die C++-Fragen zu Templates, da war ich unsicher.",
                    7: "Die Stelle ist in Stuttgart, ich wohne in Köln.",
                    11: "Nein",
                    12: "Mitte Dezember",
                },
            ),
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    {
        "rating": ("6", 6),
        "went_badly": ("Die C++-Fragen zu Templates, da war ich unsicher.", None),
        "reservations": ("Die Stelle ist in Stuttgart, ich wohne in Köln.", None),
        "want_job": ("Nein", "no"),
        "hear_back": ("Mitte Dezember", "2026-12-15"),
    },
    forbidden=("wrote:",),
    mailer=("X-Mailer", "Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)"),
)
add(
    "roundcube_fr_inline",
    "Roundcube",
    "fr",
    "inline under > quotes",
    inline(
        "> ",
        "Le 2026-11-26 17:02, followupd a écrit :",
        "Ubisofte",
        "Game designer",
        {
            1: "7/10",
            5: "Le poste correspond à 80 % à ce que je cherche.",
            8: "42 000 € brut par an",
            11: "Oui",
            12: "Lundi 7 décembre",
        },
    ),
    {
        "rating": ("7/10", 7),
        "role": ("Le poste correspond à 80 % à ce que je cherche.", None),
        "money": ("42 000 € brut par an", money("42 000 € brut par an", ("42000", "EUR", "year"))),
        "want_job": ("Oui", "yes"),
        "hear_back": ("Lundi 7 décembre", "2026-12-07"),
    },
    forbidden=("followupd a écrit", "Skip anything you like"),
    mailer=("User-Agent", "Roundcube Webmail/1.6.9"),
)
add(
    "proton_en_inline_partial",
    "Proton Mail",
    "en",
    "inline under > quotes, partial",
    inline(
        "> ",
        "------- Original Message -------\nOn Thursday, November 26th, 2026 at 17:02, followupd <followupd@example.org> wrote:",
        "Initrode",
        "Security Engineer",
        {
            2: "Threat modelling exercise.",
            6: "Serious about privacy, small and calm.",
            11: "Yes",
            12: "Early next week",
        },
    ).replace(
        "------- Original Message -------",
        "Sent with Proton Mail secure email.\n\n------- Original Message -------",
    ),
    {
        "went_well": ("Threat modelling exercise.", None),
        "company": ("Serious about privacy, small and calm.", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Early next week", "2026-12-01"),
    },
    forbidden=("Sent with Proton Mail secure email.", "Original Message"),
)
add(
    "fairemail_es_inline",
    "FairEmail",
    "es",
    "inline under > quotes",
    (
        Part(
            "plain",
            inline(
                "> ",
                "26 nov. 2026 17:02:11 followupd <followupd@example.org>:",
                "Cabify-ish",
                "Data scientist",
                {
                    1: "Siete",
                    4: "Muy bien con Jane, nada con el otro",
                    8: "60.000 € brutos anuales",
                    11: "No estoy segura",
                    12: "En dos semanas",
                },
            ),
            cte="base64",
        ),
    ),
    {
        "rating": ("Siete", 7),
        "rapport": ("Muy bien con Jane, nada con el otro", None),
        "money": ("60.000 € brutos anuales", money("60.000 € brutos anuales", ("60000", "EUR", "year"))),
        "want_job": ("No estoy segura", "unsure"),
        "hear_back": ("En dos semanas", "2026-12-10"),
    },
    forbidden=("followupd <followupd@example.org>:",),
    mailer=("User-Agent", "FairEmail"),
)
add(
    "zoho_en_pl_client_inline",
    "Zoho Mail",
    "en",
    "inline under > quotes, English under a Polish client",
    inline(
        "> ",
        "---- W czw, 26 lis 2026 17:02:11 +0100 followupd <followupd@example.org> napisał ---",
        "CD Projekt-ish",
        "Tools Programmer",
        {1: "9", 2: "The take-home review, they liked my tests", 11: "Absolutely", 12: "Friday"},
    ),
    {
        "rating": ("9", 9),
        "went_well": ("The take-home review, they liked my tests", None),
        "want_job": ("Absolutely", "yes"),
        "hear_back": ("Friday", "2026-11-27"),
    },
    forbidden=("napisał ---",),
    mailer=("User-Agent", "Zoho Mail"),
)
add(
    "lotus_notes_en_unquoted_inline",
    "HCL Notes",
    "en",
    "inline under unquoted history",
    (
        Part(
            "plain",
            "See my answers below.\n\nRegards,\nMaya Example\nSenior Analyst | Initech Insurance\nTel. +1 555 0100\n\n"
            "This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.\n\n\n"
            "From:\tfollowupd <followupd@example.org>\nTo:\tMaya Example <maya@example.org>\nDate:\t11/26/2026 11:02 AM\nSubject:\tHow did the interview go?\n\n"
            + plain_history("Umbrella", "Risk Analyst")
            .replace(QUESTIONS[0] + "\n", QUESTIONS[0] + "\n6\n")
            .replace(QUESTIONS[6] + "\n", QUESTIONS[6] + "\nThe team is being reorganised next year.\n")
            .replace(QUESTIONS[10] + "\n", QUESTIONS[10] + "\nNot sure\n"),
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    {
        "rating": ("6", 6),
        "reservations": ("The team is being reorganised next year.", None),
        "want_job": ("Not sure", "unsure"),
    },
    forbidden=(
        "This e-mail and any attachments are confidential",
        "Tel. +1 555 0100",
        "See my answers below.",
    ),
    free_notes="See my answers below.",
    mailer=("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),
    date="Thu, 26 Nov 2026 12:40:00 -0500",
)
add(
    "blackberry_en_unquoted",
    "BlackBerry Hub",
    "en",
    "top-posted numbered, partial",
    "1 - 8\n2 - The case study\n11 - Yes\n\nSent from my BlackBerry 10 smartphone.\nOriginal Message\nFrom: followupd\nSent: Thursday, November 26, 2026 17:02\nTo: Maya Example\nSubject: How did the interview go?\n\n"
    + plain_history("RIMM", "Analyst"),
    {"rating": ("8", 8), "went_well": ("The case study", None), "want_job": ("Yes", "yes")},
    forbidden=("Sent from my BlackBerry 10 smartphone.",),
)

GQ = '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{h}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{d}</blockquote></div>'
add(
    "gmail_web_en_html_only_pixel",
    "Gmail web",
    "en",
    "HTML only, tracking pixel",
    (
        Part(
            "html",
            '<div dir="ltr"><div>1.&nbsp;7/10</div><div>2.&nbsp;Whiteboard part, I explained the caching trade-offs clearly</div>'
            "<div>8.&nbsp;$65/hr on a 6-month contract</div><div>11.&nbsp;Yes \U0001f389</div><div>12.&nbsp;Dec 3</div><div><br></div><div>Maya</div></div>"
            '<img width="0" height="0" class="mailtrack-img" alt="" style="display:flex" src="https://mailtrack.example/trace/mail/8a7c.png"><br>'
            + GQ.format(
                h="On Thu, Nov 26, 2026 at 5:02\u202fPM followupd &lt;followupd@example.org&gt; wrote:",
                d=debrief_html("Hooli", "Contract Data Engineer"),
            ),
            cte="quoted-printable",
        ),
    ),
    {
        "rating": ("7/10", 7),
        "went_well": ("Whiteboard part, I explained the caching trade-offs clearly", None),
        "money": (
            "$65/hr on a 6-month contract",
            money("$65/hr on a 6-month contract", ("65", "USD", "hour")),
        ),
        "want_job": ("Yes \U0001f389", "yes"),
        "hear_back": ("Dec 3", "2026-12-03"),
    },
    forbidden=("wrote:", "What money was discussed?"),
)
add(
    "outlook_win_de_html_only",
    "Outlook desktop (Windows)",
    "de",
    "HTML only, Word markup",
    (
        Part(
            "html",
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=DE><div class=WordSection1>'
            "<p class=MsoNormal>1. 8 von 10<o:p></o:p></p><p class=MsoNormal>4. Sehr gut, Frau Doe war sehr offen<o:p></o:p></p>"
            "<p class=MsoNormal>8. 70.000 – 75.000 EUR p.a.<o:p></o:p></p><p class=MsoNormal>11. Ja<o:p></o:p></p><p class=MsoNormal>12. In zwei Wochen<o:p></o:p></p>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Mit freundlichen Grüßen<br>Maya Example<o:p></o:p></p>"
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal><b>Von:</b> followupd &lt;followupd@example.org&gt; <br><b>Gesendet:</b> Donnerstag, 26. November 2026 17:02<br><b>An:</b> Maya Example &lt;maya@example.org&gt;<br><b>Betreff:</b> How did the interview go?<o:p></o:p></p></div>'
            + debrief_html("Siemensa", "Projektleiterin")
            + "</div></body></html>",
            charset="windows-1252",
            cte="quoted-printable",
        ),
    ),
    {
        "rating": ("8 von 10", 8),
        "rapport": ("Sehr gut, Frau Doe war sehr offen", None),
        "money": (
            "70.000 – 75.000 EUR p.a.",
            money("70.000 – 75.000 EUR p.a.", ("70000", "EUR", "year"), ("75000", "EUR", "year")),
        ),
        "want_job": ("Ja", "yes"),
        "hear_back": ("In zwei Wochen", "2026-12-10"),
    },
    forbidden=("Mit freundlichen Grüßen", "Gesendet:"),
    mailer=("X-Mailer", "Microsoft Outlook 16.0"),
    crlf=True,
)
add(
    "hey_en_html_only",
    "HEY",
    "en",
    "HTML only",
    (
        Part(
            "html",
            '<div class="trix-content"><div>Q1: 9<br>Q5: It is the exact role I pitched to my own manager last year<br>Q11: yes!!<br>Q12: end of the week<br><br>\u2014 Maya</div></div>'
            '<br><blockquote type="cite"><div>On November 26, 2026, followupd &lt;followupd@example.org&gt; wrote:</div>'
            + debrief_html("Basecamp-ish", "Programmer")
            + "</blockquote>",
        ),
    ),
    {
        "rating": ("9", 9),
        "role": ("It is the exact role I pitched to my own manager last year", None),
        "want_job": ("yes!!", "yes"),
        "hear_back": ("end of the week", "2026-11-27"),
    },
    forbidden=("\u2014 Maya",),
    mailer=None,
)
add(
    "spark_en_html_inline",
    "Spark",
    "en",
    "HTML only, inline under blockquote",
    (
        Part(
            "html",
            '<div name="messageBodySection"><div dir="auto">Answers inline \u2193</div></div><div name="messageReplySection">On 26 Nov 2026 at 17:02 +0100, followupd &lt;followupd@example.org&gt;, wrote:<br>'
            '<blockquote type="cite"><ol><li><p>'
            + QUESTIONS[0]
            + '</p></li></ol></blockquote><div dir="auto">6/10</div>'
            '<blockquote type="cite"><ol start="3"><li><p>'
            + QUESTIONS[2].replace("'", "&#39;")
            + '</p></li></ol></blockquote><div dir="auto">My answer about scaling was vague</div>'
            '<blockquote type="cite"><ol start="11"><li><p>'
            + QUESTIONS[10]
            + '</p></li></ol></blockquote><div dir="auto">Not sure</div><blockquote type="cite"><ol start="12"><li><p>'
            + QUESTIONS[11]
            + '</p></li></ol></blockquote><div dir="auto">Within a week or two</div></div>',
        ),
    ),
    {
        "rating": ("6/10", 6),
        "went_badly": ("My answer about scaling was vague", None),
        "want_job": ("Not sure", "unsure"),
        "hear_back": ("Within a week or two", "2026-12-10"),
    },
    forbidden=("Answers inline",),
    mailer=("X-Mailer", "Spark 3.18"),
)
add(
    "thunderbird_en_bottom",
    "Thunderbird",
    "en",
    "bottom-posted",
    (
        Part(
            "plain",
            "On 26/11/2026 17:02, followupd wrote:\n"
            + quoted(debrief("Mozzila", "Rust Engineer"))
            + "\n\n1. 8\n2. The ownership/borrowing deep dive\n8. No numbers discussed\n11. Yes\n12. Next week\n\nCheers,\nMaya\n",
            flowed=True,
        ),
    ),
    {
        "rating": ("8", 8),
        "went_well": ("The ownership/borrowing deep dive", None),
        "money": ("No numbers discussed", money("No numbers discussed")),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Next week", "2026-12-04"),
    },
    forbidden=("Cheers,",),
    mailer=("User-Agent", "Mozilla Thunderbird"),
)
add(
    "mutt_de_bottom",
    "NeoMutt",
    "de",
    "bottom-posted",
    "* followupd <followupd@example.org> [26.11.2026 17:02]:\n"
    + quoted(debrief("Heisee", "Redakteurin"))
    + "\n\n1) sieben\n3) Zu wenig Beispiele aus meinem Alltag\n11) nein, eher nicht\n\n-- \nMaya",
    {
        "rating": ("sieben", 7),
        "went_badly": ("Zu wenig Beispiele aus meinem Alltag", None),
        "want_job": ("nein, eher nicht", "no"),
    },
    forbidden=("[26.11.2026 17:02]",),
    mailer=("User-Agent", "NeoMutt/20240425"),
)
add(
    "airmail_it_bottom",
    "Airmail",
    "it",
    "bottom-posted",
    "Il 26 novembre 2026 alle 17:02:11, followupd (followupd@example.org) ha scritto:\n"
    + quoted(debrief("Olivetto", "Sviluppatrice"))
    + "\n\n1. 8 su 10\n8. 2.800 € netti al mese\n11. Sì\n\n--\nMaya\nInviato con Airmail",
    {
        "rating": ("8 su 10", 8),
        "money": ("2.800 € netti al mese", money("2.800 € netti al mese", ("2800", "EUR", "month"))),
        "want_job": ("Sì", "yes"),
    },
    forbidden=("Inviato con Airmail",),
    mailer=("X-Mailer", "Airmail (613)"),
)
add(
    "gmail_ios_en_free_text",
    "Gmail iOS",
    "en",
    "free text only",
    "Honestly it went fine but I don't want to fill this in tonight, I'll use the form tomorrow.\n\n"
    + q("On Thu, Nov 26, 2026 at 5:02 PM followupd <followupd@example.org> wrote:", "Stark", "PM"),
    {},
    free_notes="Honestly it went fine but I don't want to fill this in tonight, I'll use the form tomorrow.",
    forbidden=("What went well?",),
)
add(
    "webde_de_free_text",
    "WEB.DE",
    "de",
    "free text only",
    (
        Part(
            "plain",
            'Hallo, das Gespräch wurde kurzfristig verschoben, ich melde mich danach.\nMaya\n\n\nGesendet: Donnerstag, 26. November 2026 um 17:02 Uhr\nVon: "followupd" <followupd@example.org>\nAn: maya@example.org\nBetreff: How did the interview go?\n'
            + plain_history("Telekomm", "Architektin"),
            charset="iso-8859-15",
            cte="8bit",
        ),
    ),
    {},
    free_notes="Hallo, das Gespräch wurde kurzfristig verschoben, ich melde mich danach.",
    forbidden=("Gesendet: Donnerstag",),
)
add(
    "outlook_web_en_answer_then_forward",
    "Outlook web",
    "en",
    "answer then forward",
    "1. 7\n11. yes\n\n"
    + "_" * 32
    + "\nFrom: Jane Doe <jane.doe@globex.example>\nSent: Thursday, November 26, 2026 4:40 PM\nTo: Maya Example <maya@example.org>\nSubject: Next steps\n\n"
    "Hi Maya, thanks for today. We will be in touch by Friday with next steps. Our offer range is $120k-$130k.\n\nJane\n\n"
    + outlook_block(
        ("From:", "Sent:", "To:", "Subject:"), "Thursday, November 26, 2026 5:02 PM", "Globex", "Analyst"
    ),
    {"rating": ("7", 7), "want_job": ("yes", "yes")},
    forbidden=("We will be in touch by Friday with next steps.", "Our offer range is $120k-$130k."),
)
add(
    "apple_mail_mac_en_forward",
    "Apple Mail (macOS)",
    "en",
    "answer then forward",
    "Q1 - 8\nQ12 - they said Monday, 7th December\n\nForwarding Raj\u2019s follow-up below for my records.\n\nBegin forwarded message:\n\nFrom: Raj Patel <raj@initech.example>\nSubject: Thanks!\nDate: 26 November 2026 at 16:30:00 CET\nTo: Maya Example <maya@example.org>\n\nGreat chatting today. Salary for the role is 90k EUR.\n\n"
    + q("On 26 Nov 2026, at 17:02, followupd <followupd@example.org> wrote:", "Initech", "Lead"),
    {"rating": ("8", 8), "hear_back": ("they said Monday, 7th December", "2026-12-07")},
    forbidden=("Salary for the role is 90k EUR.", "Great chatting today."),
    mailer=("X-Mailer", "Apple Mail (2.3826.500.1)"),
)

add(
    "gmail_android_en_out_of_order",
    "Gmail Android",
    "en",
    "top-posted numbered, out of order, blank-line split",
    "11. Yes \U0001f64c\n\n1. 7 out of 10\n\n8. \u201cAround 85k a year\u201d was all the recruiter said, in GBP\n\n"
    "2. The stakeholder role-play,\nI stayed calm when Jane pushed back\n\n12. Early next week\n\n"
    + q("On Thu, 26 Nov 2026, 17:02 followupd, <followupd@example.org> wrote:", "Monzoo", "Product Manager"),
    {
        "want_job": ("Yes \U0001f64c", "yes"),
        "rating": ("7 out of 10", 7),
        "money": (
            "\u201cAround 85k a year\u201d was all the recruiter said, in GBP",
            money(
                "\u201cAround 85k a year\u201d was all the recruiter said, in GBP", ("85000", "GBP", "year")
            ),
        ),
        "went_well": ("The stakeholder role-play,\nI stayed calm when Jane pushed back", None),
        "hear_back": ("Early next week", "2026-12-01"),
    },
    forbidden=("wrote:",),
    crlf=True,
)
add(
    "samsung_de_mobile",
    "Samsung Email",
    "de",
    "top-posted numbered",
    (
        Part(
            "plain",
            "1. 9 von 10\u00a0\n2. Das Fallbeispiel lief super\n11. Ja\u00a0klar\n12. Nächste Woche\n\n\n\nVon meinem Galaxy gesendet\n\n\n-------- Ursprüngliche Nachricht --------\nVon: followupd <followupd@example.org> \n"
            "Datum: 26.11.26 17:02 (GMT+01:00) \nAn: Maya Example <maya@example.org> \nBetreff: How did the interview go? \n\n"
            + plain_history("Bayerwerk", "Data Scientist"),
            cte="base64",
        ),
    ),
    {
        "rating": ("9 von 10", 9),
        "went_well": ("Das Fallbeispiel lief super", None),
        "want_job": ("Ja klar", "yes"),
        "hear_back": ("Nächste Woche", "2026-12-04"),
    },
    forbidden=("Von meinem Galaxy gesendet", "Ursprüngliche Nachricht"),
)
add(
    "gmail_web_en_pt_client",
    "Gmail web",
    "en",
    "top-posted numbered, English under a Portuguese client",
    "1 - 6\n3 - I didn't ask enough questions about the team\n11 - not sure\n12 - within 10 days\n\n"
    + q(
        "Em qui., 26 de nov. de 2026 às 13:02, followupd <followupd@example.org> escreveu:",
        "Stone-ish",
        "Engineering Manager",
    ),
    {
        "rating": ("6", 6),
        "went_badly": ("I didn't ask enough questions about the team", None),
        "want_job": ("not sure", "unsure"),
        "hear_back": ("within 10 days", "2026-12-06"),
    },
    forbidden=("escreveu:",),
    date="Thu, 26 Nov 2026 14:00:00 -0300",
)
add(
    "outlook_win_nl_disclaimer",
    "Outlook desktop (Windows)",
    "nl",
    "top-posted numbered, legal disclaimer",
    (
        Part(
            "plain",
            "1. 8\n5. Veel meer eigenaarschap dan nu\n8. Tussen de €5.000 en €5.500 bruto per maand\n11. Ja\n12. Uiterlijk 10 december\n\nMet vriendelijke groet,\n\nMaya Example\nConsultant\nT +31 20 555 0100\n\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.\n\n"
            + outlook_block(
                ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
                "donderdag 26 november 2026 17:02",
                "Adyenn",
                "Consultant",
            ),
            charset="windows-1252",
            cte="quoted-printable",
        ),
    ),
    {
        "rating": ("8", 8),
        "role": ("Veel meer eigenaarschap dan nu", None),
        "money": (
            "Tussen de €5.000 en €5.500 bruto per maand",
            money(
                "Tussen de €5.000 en €5.500 bruto per maand",
                ("5000", "EUR", "month"),
                ("5500", "EUR", "month"),
            ),
        ),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Uiterlijk 10 december", "2026-12-10"),
    },
    forbidden=(
        "Met vriendelijke groet,",
        "Dit bericht is uitsluitend bestemd voor de geadresseerde.",
        "T +31 20 555 0100",
    ),
    mailer=("X-Mailer", "Microsoft Outlook 16.0"),
    crlf=True,
)
add(
    "proton_de_numbered",
    "Proton Mail",
    "de",
    "top-posted numbered",
    "1: 6/10\n2: Die Live-Demo\n7: Befristung auf ein Jahr, will ich klären\n11: Ich weiß es noch nicht\n\nMit Proton Mail gesendet.\n\n------- Original Message -------\n"
    "Am Donnerstag, 26. November 2026 um 17:02 schrieb followupd <followupd@example.org>:\n\n"
    + quoted(debrief("Tuta-ish", "Entwicklerin")),
    {
        "rating": ("6/10", 6),
        "went_well": ("Die Live-Demo", None),
        "reservations": ("Befristung auf ein Jahr, will ich klären", None),
        "want_job": ("Ich weiß es noch nicht", "unsure"),
    },
    forbidden=("Mit Proton Mail gesendet.",),
)
add(
    "apple_mail_ios_sv_en",
    "Apple Mail (iOS)",
    "en",
    "top-posted numbered, English under a Swedish client",
    "1. 8/10\n4. Great chemistry with Raj\n11. Yes\n12. In two weeks\n\nSkickat från min iPhone\n\n> 26 nov. 2026 kl. 17:02 skrev followupd <followupd@example.org>:\n>\n"
    + quoted(debrief("Klarnaa", "iOS Developer")),
    {
        "rating": ("8/10", 8),
        "rapport": ("Great chemistry with Raj", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("In two weeks", "2026-12-10"),
    },
    forbidden=("Skickat från min iPhone",),
    mailer=("X-Mailer", "iPhone Mail (22B91)"),
)


if __name__ == "__main__":
    write(CASES)
