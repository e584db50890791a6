"""Writes the seventh held-out reply set (eval7): replies to a followupd debrief in real clients' shapes."""

from __future__ import annotations

import base64
import json
import quopri
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

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


@dataclass(frozen=True)
class Debrief:
    """The debrief the user replies to, as followupd sent it."""

    company: str
    role: str
    who: str
    ended: str
    token: str
    link: str

    @property
    def subject(self) -> str:
        return f"Debrief: {self.company}, {self.role} [fu-{self.token}]"

    def lines(self, first: str = "Maya") -> list[str]:
        out = [
            f"Hi {first},",
            "",
            f"Your interview with {self.company} for {self.role} (with {self.who}) ended at {self.ended}.",
            "While it is fresh, answer what you can: reply to this email (inline under each question, or",
            f'numbered like "1. 7/10"), or use the form: {self.link}',
            "(The form works while followupd runs; a reply works any time.)",
            "",
        ]
        for number, text in enumerate(QUESTIONS, start=1):
            out += [f"{number}. {text}", ""]
        return [
            *out,
            "Skip anything you like; a later reply fills in or replaces single answers.",
            "-- ",
            "followupd",
        ]

    def html(self, first: str = "Maya") -> str:
        items = "".join("<li><p>" + q.replace("'", "&#39;") + "</p></li>\n" for q in QUESTIONS)
        return (
            f"<p>Hi {first},</p>\n<p>Your interview with {self.company} for {self.role} (with {self.who}) ended at "
            f"{self.ended}.\nWhile it is fresh, answer what you can: reply to this email (inline under each "
            f'question, or numbered like\n&ldquo;1. 7/10&rdquo;), or <a href="{self.link}">use the form</a>.</p>\n'
            '<p style="color: #666">The form works while followupd runs; a reply works any time.</p>\n'
            f"<ol>\n{items}</ol>\n<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
            '<p style="color: #666">&mdash; followupd</p>\n'
        )


def quoted(lines: list[str], prefix: str = "> ") -> list[str]:
    """Lines quoted the way most clients do: '> ' before text, '>' alone on empty lines."""
    return [prefix + line if line else prefix.rstrip() for line in lines]


@dataclass(frozen=True)
class Part:
    subtype: str
    text: str
    charset: str = "utf-8"
    cte: str = "8bit"


@dataclass(frozen=True)
class Mail:
    """One reply as it arrives: headers, parts, line ending."""

    sender: str
    date: str
    subject: str
    parts: tuple[Part, ...]
    to: str = "followupd <maya+followupd@example.org>"
    crlf: bool = False
    headers: tuple[tuple[str, str], ...] = ()
    subject_raw: bool = False
    boundary: str = "b7-0000"


@dataclass(frozen=True)
class Case:
    name: str
    client: str
    language: str
    interview_date: str
    shape: str
    mail: Mail
    answers: dict[str, tuple[str, Any]]
    forbidden: tuple[str, ...]
    own: tuple[str, ...] = ("maya@example.org",)
    free_notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _encode_body(part: Part, eol: str) -> tuple[str, bytes]:
    text = part.text.replace("\r\n", "\n")
    raw = text.encode(part.charset)
    if part.cte == "base64":
        body = base64.encodebytes(raw).decode("ascii").replace("\n", eol).encode("ascii")
    elif part.cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
        body = body.replace(b"\n", eol.encode("ascii"))
    else:
        body = raw.replace(b"\n", eol.encode("ascii"))
    head = f"Content-Type: text/{part.subtype}; charset={part.charset}{eol}Content-Transfer-Encoding: {part.cte}{eol}"
    return head, body


def _subject(mail: Mail) -> str:
    if mail.subject_raw or mail.subject.isascii():
        return mail.subject
    return "=?UTF-8?B?" + base64.b64encode(mail.subject.encode("utf-8")).decode("ascii") + "?="


def render(case: Case) -> bytes:
    mail = case.mail
    eol = "\r\n" if mail.crlf else "\n"
    digest = sum(case.name.encode()) * 7919 % 10**8
    heads = [
        ("From", mail.sender),
        ("To", mail.to),
        ("Subject", _subject(mail)),
        ("Date", mail.date),
        ("Message-ID", f"<{case.name}.{digest:08d}@mail.example.org>"),
        ("In-Reply-To", f"<debrief-{case.name[:6]}@followupd.example.org>"),
        *mail.headers,
        ("MIME-Version", "1.0"),
    ]
    out = b"".join(f"{k}: {v}{eol}".encode() for k, v in heads)
    if len(mail.parts) == 1:
        head, body = _encode_body(mail.parts[0], eol)
        return out + head.encode() + eol.encode() + body
    out += f'Content-Type: multipart/alternative; boundary="{mail.boundary}"{eol}{eol}'.encode()
    for part in mail.parts:
        head, body = _encode_body(part, eol)
        out += f"--{mail.boundary}{eol}".encode() + head.encode() + eol.encode() + body
        if not body.endswith(eol.encode()):
            out += eol.encode()
    return out + f"--{mail.boundary}--{eol}".encode()


def expected(case: Case) -> dict[str, Any]:
    answers = {}
    for qid, (text, value) in case.answers.items():
        if qid == "money":
            amounts = [{"amount": a, "currency": c, "period": p} for a, c, p in value]
            value = {"amounts": amounts, "text": text}
        answers[qid] = {"text": text, "value": value}
    return {
        "client": case.client,
        "language": case.language,
        "interview_date": case.interview_date,
        "own_addresses": list(case.own),
        "shape": case.shape,
        "free_notes": case.free_notes,
        "answers": answers,
        "forbidden": list(case.forbidden),
    }


MAYA = "Maya Example <maya@example.org>"
FU = "followupd <maya+followupd@example.org>"


def debrief(company: str, role: str, who: str, ended: str, token: str) -> Debrief:
    return Debrief(
        company, role, who, ended, token, f"https://fu.example.org/debrief/v1.{token}.{token[::-1]}"
    )


def join(*blocks: str | list[str]) -> str:
    lines: list[str] = []
    for block in blocks:
        lines += block.split("\n") if isinstance(block, str) else block
    return "\n".join(lines) + "\n"


def inline(d: Debrief, answers: dict[int, str], prefix: str = "> ") -> list[str]:
    """The debrief with the user's answers typed under the questions (quoted with prefix, or unquoted)."""
    out: list[str] = []
    for line in d.lines():
        out += quoted([line], prefix) if prefix else [line]
        number = line.split(".")[0]
        if number.isdigit() and line.startswith(f"{number}. ") and int(number) in answers:
            out += ["", *answers[int(number)].split("\n")]
    return out


def html_lines(lines: list[str], tag: str = "div") -> str:
    return "".join(f"<{tag}>{escape(line) or '<br>'}</{tag}>\n" for line in lines)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mk(
    name: str,
    client: str,
    language: str,
    day: str,
    shape: str,
    *,
    date: str,
    subject: str,
    body: str | None,
    answers: dict[str, tuple[str, Any]],
    forbidden: tuple[str, ...],
    html: str | None = None,
    sender: str = MAYA,
    charset: str = "utf-8",
    cte: str = "8bit",
    html_cte: str = "quoted-printable",
    crlf: bool = False,
    headers: tuple[tuple[str, str], ...] = (),
    own: tuple[str, ...] = ("maya@example.org",),
    free_notes: str = "",
    to: str = FU,
) -> Case:
    parts = []
    if body is not None:
        parts.append(Part("plain", body, charset, cte))
    if html is not None:
        parts.append(Part("html", html, charset, html_cte))
    mail = Mail(
        sender=sender, to=to, date=date, subject=subject, parts=tuple(parts), crlf=crlf, headers=headers
    )
    return Case(name, client, language, day, shape, mail, answers, forbidden, own, free_notes)


FORM = "use the form"
SKIP = "Skip anything you like"


CASES: list[Case] = []

# 1. Outlook desktop, German UI: numbered answers, a sign-off with title, phone, web address and a disclaimer, then
# the unquoted Von:/Gesendet: block. "Freitag nächster Woche" from Thursday 12 Nov is 20 Nov.
d = debrief("Northwind", "QA Lead", "Erika Mustermann", "17:00", "k3x9q2ab")
CASES.append(
    mk(
        "outlook_win_de_signoff",
        "Outlook desktop Windows (German)",
        "de",
        "2026-11-12",
        "top-posted numbered, sign-off with title/phone/web and disclaimer, unquoted Von:/Gesendet: history",
        date="Thu, 12 Nov 2026 21:14:09 +0100",
        subject="AW: " + d.subject,
        charset="windows-1252",
        cte="quoted-printable",
        crlf=True,
        headers=(
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdtVx1k3b2Zq8WnQRe6mFwP0aB1c2Q=="),
        ),
        body=join(
            "1. 7/10",
            "2. Die Fallstudie zur Kündigungsrate, da war ich sicher und schnell.",
            "3. Bei der SQL-Frage zu Window Functions habe ich zu lange gebraucht. Nächstes Mal erst die Struktur"
            " skizzieren.",
            "4. Sehr gut, Frau Mustermann war offen und hat viel erklärt. Ja, mit ihr würde ich gern arbeiten.",
            "8. 68.000 € brutto im Jahr plus 10 % Bonus",
            "11. Ja",
            "12. Bis Freitag nächster Woche",
            "",
            "Viele Grüße",
            "Maya Example",
            "Senior Data Analyst | Contoso GmbH",
            "Tel. +49 30 555 0142",
            "www.contoso.example",
            "",
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie"
            " bitte sofort den Absender und vernichten Sie diese E-Mail.",
            "",
            "Von: followupd <maya+followupd@example.org>",
            "Gesendet: Donnerstag, 12. November 2026 18:02",
            "An: Maya Example <maya@example.org>",
            "Betreff: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("7/10", 7),
            "went_well": ("Die Fallstudie zur Kündigungsrate, da war ich sicher und schnell.", None),
            "went_badly": (
                "Bei der SQL-Frage zu Window Functions habe ich zu lange gebraucht. Nächstes Mal erst die Struktur"
                " skizzieren.",
                None,
            ),
            "rapport": (
                "Sehr gut, Frau Mustermann war offen und hat viel erklärt. Ja, mit ihr würde ich gern arbeiten.",
                None,
            ),
            "money": ("68.000 € brutto im Jahr plus 10 % Bonus", [("68000", "EUR", "year")]),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Bis Freitag nächster Woche", "2026-11-20"),
        },
        forbidden=(
            "Viele Grüße",
            "Senior Data Analyst",
            "+49 30 555 0142",
            "vertrauliche Informationen",
            "Gesendet: Donnerstag",
            "Rate your overall performance",
            d.link,
            SKIP,
        ),
    )
)

# 2. Outlook on the web, French UI, multipart: "1)" numbering, "Bien cordialement," then the name; the history sits
# below Outlook's underscore line and De :/Envoyé : block (in HTML: divRplyFwdMsg). "fin de la semaine prochaine"
# from Tuesday 17 Nov is Friday 27 Nov.
d = debrief("Fabrikam", "Chef de projet data", "Raj Patel", "17:45", "p7mz3rtd")
reply = [
    "Bonjour,",
    "",
    "1) 8 sur 10",
    "2) La présentation du cas client : claire, bien structurée, ils ont posé plein de questions.",
    "5) Beaucoup d’autonomie et une vraie équipe data à construire. Très proche de ce que je cherche.",
    "7) Le télétravail n’est que d’un jour par semaine ; à négocier au prochain entretien.",
    "8) Entre 55 k€ et 60 k€ brut par an",
    "11) Oui, clairement",
    "12) Fin de la semaine prochaine",
    "",
    "Bien cordialement,",
    "Maya",
]
head_fr = [
    "De : followupd <maya+followupd@example.org>",
    "Envoyé : mardi 17 novembre 2026 18:40",
    "À : Maya Example <maya@example.org>",
    "Objet : " + d.subject,
]
CASES.append(
    mk(
        "outlook_web_fr_paren",
        "Outlook on the web (French)",
        "fr",
        "2026-11-17",
        "top-posted numbered '1)', sign-off, underscore line and De :/Envoyé : history; multipart with divRplyFwdMsg",
        date="Tue, 17 Nov 2026 22:03:51 +0000",
        subject="RE: " + d.subject,
        cte="quoted-printable",
        crlf=True,
        body=join(reply, "", "________________________________", head_fr, "", d.lines()),
        html=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="ltr">\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt">\n'
            + html_lines(reply)
            + '</div>\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            'color="#000000">'
            + "<br>".join(
                f"<b>{escape(h.split(' : ')[0])} :</b> {escape(h.split(' : ', 1)[1])}" for h in head_fr
            )
            + "</font>\n<div>&nbsp;</div></div>\n<div>"
            + d.html()
            + "</div>\n</body></html>\n"
        ),
        answers={
            "rating": ("8 sur 10", 8),
            "went_well": (
                "La présentation du cas client : claire, bien structurée, ils ont posé plein de questions.",
                None,
            ),
            "role": (
                "Beaucoup d’autonomie et une vraie équipe data à construire. Très proche de ce que je cherche.",
                None,
            ),
            "reservations": (
                "Le télétravail n’est que d’un jour par semaine ; à négocier au prochain entretien.",
                None,
            ),
            "money": (
                "Entre 55 k€ et 60 k€ brut par an",
                [("55000", "EUR", "year"), ("60000", "EUR", "year")],
            ),
            "want_job": ("Oui, clairement", "yes"),
            "hear_back": ("Fin de la semaine prochaine", "2026-11-27"),
        },
        forbidden=("Bien cordialement", "Envoyé : mardi", "What went well?", FORM, SKIP),
    )
)

# 3. Outlook for iOS, Spanish UI: "1.-" numbering, the "Obtener Outlook para iOS" footer, then the underscore line and
# De:/Enviado:/Para:/Asunto:. "el próximo martes" from Thursday 19 Nov is Tuesday 24 Nov.
d = debrief("Tailspin Toys", "Backend Engineer", "Juan Pérez", "16:30", "h4w2n8cs")
CASES.append(
    mk(
        "outlook_ios_es_dashdot",
        "Outlook iOS (Spanish)",
        "es",
        "2026-11-19",
        "top-posted numbered '1.-', mobile footer, unquoted De:/Enviado: history",
        date="Thu, 19 Nov 2026 19:21:40 +0100",
        subject="RE: " + d.subject,
        cte="base64",
        body=join(
            "1.- 6",
            "2.- La parte de diseño de sistemas, expliqué bien el particionado.",
            "3.- Me puse nerviosa con la pregunta sobre conflictos en el equipo. La próxima vez, un ejemplo preparado.",
            "8.- 4.200 € brutos al mes",
            "11.- No lo sé todavía",
            "12.- El próximo martes",
            "",
            "Obtener Outlook para iOS",
            "________________________________",
            "De: followupd <maya+followupd@example.org>",
            "Enviado: jueves, 19 de noviembre de 2026 18:04",
            "Para: Maya Example <maya@example.org>",
            "Asunto: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("6", 6),
            "went_well": ("La parte de diseño de sistemas, expliqué bien el particionado.", None),
            "went_badly": (
                "Me puse nerviosa con la pregunta sobre conflictos en el equipo. La próxima vez, un ejemplo preparado.",
                None,
            ),
            "money": ("4.200 € brutos al mes", [("4200", "EUR", "month")]),
            "want_job": ("No lo sé todavía", "unsure"),
            "hear_back": ("El próximo martes", "2026-11-24"),
        },
        forbidden=("Obtener Outlook para iOS", "Enviado: jueves", "Asunto:", d.link),
    )
)

# 4. Outlook for Android, Dutch UI, a partial reply with "1 -" numbering and a last answer that could pass for a
# name. "begin volgende week" from Tuesday 24 Nov is Tuesday of the next week, 1 Dec.
d = debrief("Wingtip", "Product Owner", "Raj Patel", "15:00", "ue5fj2qa")
CASES.append(
    mk(
        "outlook_android_nl_partial",
        "Outlook Android (Dutch)",
        "nl",
        "2026-11-24",
        "partial top-posted '1 -', mobile footer, unquoted Van:/Verzonden: history",
        date="Tue, 24 Nov 2026 20:12:03 +0100",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        body=join(
            "1 - 7",
            "4 - Goed, vooral met Raj klikte het meteen. Ja, daar wil ik mee werken.",
            "11 - Ja, graag",
            "12 - Begin volgende week",
            "",
            "Outlook voor Android downloaden",
            "",
            "Van: followupd <maya+followupd@example.org>",
            "Verzonden: dinsdag 24 november 2026 18:31",
            "Aan: Maya Example <maya@example.org>",
            "Onderwerp: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("7", 7),
            "rapport": ("Goed, vooral met Raj klikte het meteen. Ja, daar wil ik mee werken.", None),
            "want_job": ("Ja, graag", "yes"),
            "hear_back": ("Begin volgende week", "2026-12-01"),
        },
        forbidden=("Outlook voor Android downloaden", "Verzonden: dinsdag", "Onderwerp:", SKIP),
    )
)

# 5. Outlook desktop, Chinese UI, GB18030 in base64: numbered answers in Chinese, then 发件人:/发送时间: history.
# "下周五" from Wednesday 2 Dec is Friday of the next week, 11 Dec.
d = debrief("Contoso", "算法工程师", "Zhang San", "16:00", "c8rt4vkm")
CASES.append(
    mk(
        "outlook_win_zh_gb18030",
        "Outlook desktop Windows (Chinese)",
        "zh",
        "2026-12-02",
        "top-posted numbered, unquoted 发件人:/发送时间: history",
        date="Wed, 2 Dec 2026 20:40:18 +0800",
        subject="答复: " + d.subject,
        charset="gb18030",
        cte="base64",
        crlf=True,
        body=join(
            "1. 8分",
            "2. 算法题做得很顺，复杂度也讲清楚了。",
            "3. 英文自我介绍有点紧张，下次要多练习。",
            "6. 团队氛围好，技术栈新。",
            "8. 月薪35000元，14薪",
            "11. 想要",
            "12. 下周五",
            "",
            "发件人: followupd <maya+followupd@example.org>",
            "发送时间: 2026年12月2日 星期三 19:12",
            "收件人: Maya Example <maya@example.org>",
            "主题: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("8分", 8),
            "went_well": ("算法题做得很顺，复杂度也讲清楚了。", None),
            "went_badly": ("英文自我介绍有点紧张，下次要多练习。", None),
            "company": ("团队氛围好，技术栈新。", None),
            "money": ("月薪35000元，14薪", [("35000", "CNY", "month")]),
            "want_job": ("想要", "yes"),
            "hear_back": ("下周五", "2026-12-11"),
        },
        forbidden=("发送时间", "收件人", "What went well?", d.link),
    )
)

# 6. Outlook desktop, Swedish UI: "1:" numbering, a sign-off without "-- " followed by name, title and phone, then the
# Från:/Skickat: block. "om två veckor" from Thursday 5 Nov is 19 Nov.
d = debrief("Litware", "Projektledare", "Raj Patel", "14:30", "s2vq9wke")
CASES.append(
    mk(
        "outlook_win_sv_colon",
        "Outlook desktop Windows (Swedish)",
        "sv",
        "2026-11-05",
        "top-posted numbered '1:', sign-off with title and phone, unquoted Från:/Skickat: history",
        date="Thu, 5 Nov 2026 19:55:00 +0100",
        subject="SV: " + d.subject,
        charset="iso-8859-1",
        cte="quoted-printable",
        crlf=True,
        body=join(
            "Hej!",
            "",
            "1: 7 av 10",
            "2: Jag var stark på budgetfrågorna och hade konkreta exempel från förra projektet.",
            "6: Familjeägt, långsiktigt och seriöst med hållbarhet.",
            "8: 52 000 kronor i månaden",
            "11: Ja",
            "12: Om två veckor",
            "",
            "Med vänliga hälsningar",
            "Maya Example",
            "Projektledare, Contoso AB",
            "Mobil: 070-555 01 42",
            "",
            "Från: followupd <maya+followupd@example.org>",
            "Skickat: den 5 november 2026 18:01",
            "Till: Maya Example <maya@example.org>",
            "Ämne: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("7 av 10", 7),
            "went_well": (
                "Jag var stark på budgetfrågorna och hade konkreta exempel från förra projektet.",
                None,
            ),
            "company": ("Familjeägt, långsiktigt och seriöst med hållbarhet.", None),
            "money": ("52 000 kronor i månaden", [("52000", "SEK", "month")]),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Om två veckor", "2026-11-19"),
        },
        forbidden=(
            "Med vänliga hälsningar",
            "Projektledare, Contoso AB",
            "070-555 01 42",
            "Skickat: den",
            SKIP,
        ),
    )
)

# 7. Outlook desktop, Polish UI, ISO-8859-2: "1/" numbering, a range in złoty per month, Od:/Wysłano: history.
# "w przyszłym tygodniu" from Thursday 26 Nov is Friday of the next week, 4 Dec.
d = debrief("Proseware", "Inżynier DevOps", "Jan Kowalski", "13:00", "m9dk2pxa")
CASES.append(
    mk(
        "outlook_win_pl_slash",
        "Outlook desktop Windows (Polish)",
        "pl",
        "2026-11-26",
        "top-posted numbered '1/', sign-off, unquoted Od:/Wysłano: history",
        date="Thu, 26 Nov 2026 20:02:44 +0100",
        subject="Odp: " + d.subject,
        charset="iso-8859-2",
        cte="quoted-printable",
        crlf=True,
        body=join(
            "1/ 9/10",
            "2/ Zadanie z Kafki poszło świetnie, rozpisałam całą architekturę.",
            "3/ Pytanie o Kubernetes - za mało konkretów, muszę powtórzyć operatory.",
            "8/ 18 000-21 000 zł brutto miesięcznie",
            "11/ Tak",
            "12/ W przyszłym tygodniu",
            "",
            "Pozdrawiam",
            "Maya Example",
            "",
            "Od: followupd <maya+followupd@example.org>",
            "Wysłano: czwartek, 26 listopada 2026 18:45",
            "Do: Maya Example <maya@example.org>",
            "Temat: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("9/10", 9),
            "went_well": ("Zadanie z Kafki poszło świetnie, rozpisałam całą architekturę.", None),
            "went_badly": ("Pytanie o Kubernetes - za mało konkretów, muszę powtórzyć operatory.", None),
            "money": (
                "18 000-21 000 zł brutto miesięcznie",
                [("18000", "PLN", "month"), ("21000", "PLN", "month")],
            ),
            "want_job": ("Tak", "yes"),
            "hear_back": ("W przyszłym tygodniu", "2026-12-04"),
        },
        forbidden=("Pozdrawiam", "Wysłano: czwartek", "Temat:", d.link),
    )
)

# 8. Outlook desktop, Italian UI: the user typed her answers under the questions in the unquoted history.
# "entro venerdì 18 dicembre" is 18 Dec.
d = debrief("Adventure Works", "Product Manager", "Mario Rossi", "11:30", "r3jd7qwn")
CASES.append(
    mk(
        "outlook_win_it_inline_unquoted",
        "Outlook desktop Windows (Italian)",
        "it",
        "2026-12-09",
        "inline under unquoted Da:/Inviato: history",
        date="Wed, 9 Dec 2026 21:30:12 +0100",
        subject="R: " + d.subject,
        cte="quoted-printable",
        crlf=True,
        body=join(
            "Ciao, risposte sotto.",
            "Maya",
            "",
            "Da: followupd <maya+followupd@example.org>",
            "Inviato: mercoledì 9 dicembre 2026 19:02",
            "A: Maya Example <maya@example.org>",
            "Oggetto: " + d.subject,
            "",
            inline(
                d,
                {
                    1: "7 su 10",
                    2: "La demo del progetto, ha colpito molto.",
                    3: "Le domande sul budget: ero impreparata.",
                    5: "Molto vicino a quello che cerco, prodotti B2B e un team piccolo.",
                    8: "Non si è parlato di cifre.",
                    11: "Sì",
                    12: "Entro venerdì 18 dicembre",
                },
                prefix="",
            ),
        ),
        answers={
            "rating": ("7 su 10", 7),
            "went_well": ("La demo del progetto, ha colpito molto.", None),
            "went_badly": ("Le domande sul budget: ero impreparata.", None),
            "role": ("Molto vicino a quello che cerco, prodotti B2B e un team piccolo.", None),
            "money": ("Non si è parlato di cifre.", []),
            "want_job": ("Sì", "yes"),
            "hear_back": ("Entro venerdì 18 dicembre", "2026-12-18"),
        },
        forbidden=("Inviato: mercoledì", "Oggetto:", SKIP, d.link),
    )
)

# 9. Outlook desktop, English, "-----Original Message-----": each answer on the line after its number, a sign-off
# with name, title, phone, web address and a confidentiality notice. "Thursday the 19th" is 19 Nov.
d = debrief("Woodgrove Bank", "Senior Product Designer", "Jane Doe and Raj Patel", "16:45", "a6tn3hzy")
CASES.append(
    mk(
        "outlook_win_en_number_line",
        "Outlook desktop Windows",
        "en",
        "2026-11-10",
        "top-posted, number on its own line, sign-off with title/phone/web and disclaimer, -----Original Message-----",
        date="Tue, 10 Nov 2026 22:41:07 -0500",
        subject="RE: " + d.subject,
        charset="windows-1252",
        cte="quoted-printable",
        crlf=True,
        body=join(
            "1.",
            "6",
            "",
            "2.",
            "Walking them through the onboarding redesign. The before/after metrics landed well.",
            "",
            "3.",
            "The whiteboard exercise. I jumped into screens too early instead of asking about constraints.",
            "",
            "4.",
            "Jane was lovely. Raj seemed distracted, but I could work with both.",
            "",
            "11.",
            "Not sure yet",
            "",
            "12.",
            "Thursday the 19th",
            "",
            "Thanks,",
            "Maya",
            "",
            "Maya Example | Senior Product Designer",
            "M: +1 (555) 010-7788",
            "https://maya.example",
            "",
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended"
            " recipient(s) and may contain confidential information.",
            "",
            "-----Original Message-----",
            "From: followupd <maya+followupd@example.org>",
            "Sent: Tuesday, November 10, 2026 6:02 PM",
            "To: Maya Example <maya@example.org>",
            "Subject: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("6", 6),
            "went_well": (
                "Walking them through the onboarding redesign. The before/after metrics landed well.",
                None,
            ),
            "went_badly": (
                "The whiteboard exercise. I jumped into screens too early instead of asking about constraints.",
                None,
            ),
            "rapport": ("Jane was lovely. Raj seemed distracted, but I could work with both.", None),
            "want_job": ("Not sure yet", "unsure"),
            "hear_back": ("Thursday the 19th", "2026-11-19"),
        },
        forbidden=(
            "Senior Product Designer",
            "+1 (555) 010-7788",
            "https://maya.example",
            "CONFIDENTIALITY NOTICE",
            "Original Message",
            "Sent: Tuesday",
            d.link,
        ),
    )
)

# 10. Outlook desktop HTML only (Word markup): "Q1 -" numbering, the border-top reply header. "early next week" from
# Friday 13 Nov is Tuesday 17 Nov.
d = debrief("Northwind Traders", "Staff Engineer", "Jane Doe", "15:30", "w8bq4cfe")
word_p = '<p class="MsoNormal">{}<o:p></o:p></p>\n'
reply = [
    "Q1 - 8/10",
    "Q2 - System design. I had the caching story down cold.",
    "Q7 - On-call load; I&#8217;ll ask for the rota before any offer.",
    "Q8 - $140k&#8211;$155k base per year",
    "Q11 - Yes",
    "Q12 - Early next week",
    "&nbsp;",
    "Maya",
]
CASES.append(
    mk(
        "outlook_html_only_q_dash",
        "Outlook desktop Windows (HTML only)",
        "en",
        "2026-11-13",
        "HTML only (Word markup), top-posted 'Q1 -', border-top From:/Sent: header",
        date="Fri, 13 Nov 2026 19:22:10 -0800",
        subject="RE: " + d.subject,
        headers=(("X-Mailer", "Microsoft Outlook 16.0"),),
        body=None,
        html_cte="quoted-printable",
        html=(
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=EN-US link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
            + "".join(word_p.format(line) for line in reply)
            + '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            '<p class="MsoNormal"><b>From:</b> followupd &lt;maya+followupd@example.org&gt; <br><b>Sent:</b> Friday,'
            " November 13, 2026 5:48 PM<br><b>To:</b> Maya Example &lt;maya@example.org&gt;<br><b>Subject:</b> "
            + d.subject
            + "<o:p></o:p></p></div></div>\n"
            + d.html()
            + "</div></body></html>\n"
        ),
        answers={
            "rating": ("8/10", 8),
            "went_well": ("System design. I had the caching story down cold.", None),
            "reservations": ("On-call load; I’ll ask for the rota before any offer.", None),
            "money": ("$140k–$155k base per year", [("140000", "USD", "year"), ("155000", "USD", "year")]),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Early next week", "2026-11-17"),
        },
        forbidden=("Sent: Friday", "Subject:", "Rate your overall performance", SKIP),
    )
)

# 11. Gmail web, HTML only, Brazilian Portuguese UI: numbered answers in divs, gmail_attr + blockquote.gmail_quote.
# "até sexta-feira" from Wednesday 18 Nov is Friday 20 Nov.
d = debrief("Fabrikam", "Analista de Dados Sênior", "João Silva", "17:00", "g5pk8vra")
reply = [
    "Oi!",
    "",
    "1. Nota 7",
    "2. O case de SQL, resolvi rápido e expliquei bem as escolhas.",
    "4. Gostei muito da gestora, conversa leve. Me vejo trabalhando com ela, sim.",
    "8. R$ 12 mil por mês, CLT",
    "11. Sim",
    "12. Até sexta-feira",
    "",
    "Beijos,",
    "Maya",
]
CASES.append(
    mk(
        "gmail_html_only_ptbr",
        "Gmail web (HTML only, Portuguese)",
        "pt",
        "2026-11-18",
        "HTML only, top-posted numbered, gmail_quote blockquote",
        date="Wed, 18 Nov 2026 21:47:33 -0300",
        subject="Re: " + d.subject,
        body=None,
        html_cte="base64",
        html=(
            '<div dir="ltr">'
            + html_lines(reply)
            + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Em qua.,'
            ' 18 de nov. de 2026 às 18:30, followupd &lt;<a href="mailto:maya+followupd@example.org">'
            'maya+followupd@example.org</a>&gt; escreveu:<br></div><blockquote class="gmail_quote" style="margin:0px'
            ' 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + d.html()
            + "</blockquote></div>\n"
        ),
        answers={
            "rating": ("Nota 7", 7),
            "went_well": ("O case de SQL, resolvi rápido e expliquei bem as escolhas.", None),
            "rapport": ("Gostei muito da gestora, conversa leve. Me vejo trabalhando com ela, sim.", None),
            "money": ("R$ 12 mil por mês, CLT", [("12000", "BRL", "month")]),
            "want_job": ("Sim", "yes"),
            "hear_back": ("Até sexta-feira", "2026-11-20"),
        },
        forbidden=("escreveu:", "Beijos", "What went well?", SKIP),
    )
)

# 12. Apple Mail on macOS, HTML only: "(1)" numbering with emoji and non-breaking spaces, blockquote type=cite.
# "Thursday the 10th" is 10 Dec.
d = debrief("Contoso", "iOS Engineer", "Jane Doe", "16:00", "t2cx6mbq")
CASES.append(
    mk(
        "apple_mail_mac_html_paren_num",
        "Apple Mail macOS (HTML only)",
        "en",
        "2026-12-03",
        "HTML only, top-posted '(1)', emoji and nbsp, blockquote type=cite",
        date="Thu, 3 Dec 2026 20:05:55 +0000",
        subject="Re: " + d.subject,
        headers=(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
        body=None,
        html_cte="quoted-printable",
        html=(
            '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
            'after-white-space;">'
            "<div>(1)&nbsp;8 🙂</div>"
            "<div>(2)&nbsp;SwiftUI pairing session, we shipped the whole feature in 40 minutes.</div>"
            "<div>(3)&nbsp;Concurrency questions. I mixed up actors and tasks at one point.</div>"
            "<div>(6)&nbsp;Small company, they actually ship; the app has 4.8 stars.</div>"
            "<div>(11)&nbsp;Yes!!</div>"
            "<div>(12)&nbsp;Thursday the 10th</div>"
            "<div><br></div><div>M.</div>"
            '<div><br><blockquote type="cite"><div>On Dec 3, 2026, at 18:02, followupd '
            '&lt;maya+followupd@example.org&gt; wrote:</div><br class="Apple-interchange-newline"><div><div>'
            + d.html()
            + "</div></div></blockquote></div><br></body></html>\n"
        ),
        answers={
            "rating": ("8 🙂", 8),
            "went_well": ("SwiftUI pairing session, we shipped the whole feature in 40 minutes.", None),
            "went_badly": ("Concurrency questions. I mixed up actors and tasks at one point.", None),
            "company": ("Small company, they actually ship; the app has 4.8 stars.", None),
            "want_job": ("Yes!!", "yes"),
            "hear_back": ("Thursday the 10th", "2026-12-10"),
        },
        forbidden=("On Dec 3, 2026, at 18:02", "What went well?", SKIP),
    )
)

# 13. Yahoo Mail, HTML only, French UI: a partial reply numbered "1 -", the yahoo_quoted div with its attribution.
# "d'ici deux semaines" from Monday 23 Nov is 7 Dec.
d = debrief("Litware", "Responsable marketing", "Claire Martin", "14:00", "y7hn2dkp")
CASES.append(
    mk(
        "yahoo_html_only_fr_partial",
        "Yahoo Mail (HTML only, French)",
        "fr",
        "2026-11-23",
        "HTML only, partial top-posted '1 -', yahoo_quoted history",
        date="Mon, 23 Nov 2026 19:58:02 +0000 (UTC)",
        subject="Re: " + d.subject,
        headers=(("X-Mailer", "WebService/1.1.24652 YMailNorrin"),),
        body=None,
        html_cte="quoted-printable",
        html=(
            '<html><head></head><body><div class="ydp3f1c9a2yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">1 - 5/10</div>'
            '<div dir="ltr" data-setdir="false">3 - Trop vague sur les chiffres de ma dernière campagne.</div>'
            '<div dir="ltr" data-setdir="false">11 - Pas sûre</div>'
            '<div dir="ltr" data-setdir="false">12 - D&#39;ici deux semaines</div>'
            '<div dir="ltr" data-setdir="false"><br></div></div><div id="yahoo_quoted_8815206417" '
            'class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;'
            'font-size:13px;color:#26282a;"><div>Le lundi 23 novembre 2026 à 18:10:41 UTC+1, followupd '
            "&lt;maya+followupd@example.org&gt; a écrit :</div><div><br></div><div><br></div><div>"
            + d.html()
            + "</div></div></div></body></html>\n"
        ),
        answers={
            "rating": ("5/10", 5),
            "went_badly": ("Trop vague sur les chiffres de ma dernière campagne.", None),
            "want_job": ("Pas sûre", "unsure"),
            "hear_back": ("D'ici deux semaines", "2026-12-07"),
        },
        forbidden=("a écrit :", "Rate your overall performance", FORM),
    )
)

# 14. Thunderbird, HTML only, German: moz-cite-prefix and blockquote type=cite, a moz-signature above the quote.
# "Ende nächster Woche" from Monday 30 Nov is Friday 11 Dec.
d = debrief("Proseware", "Teamleiter Entwicklung", "Max Mustermann", "15:00", "b4qe9mzt")
CASES.append(
    mk(
        "thunderbird_html_only_de",
        "Thunderbird (HTML only, German)",
        "de",
        "2026-11-30",
        "HTML only, top-posted numbered, moz-signature, moz-cite-prefix + blockquote",
        date="Mon, 30 Nov 2026 22:17:45 +0100",
        subject="Re: " + d.subject,
        headers=(("User-Agent", "Mozilla Thunderbird"),),
        body=None,
        html_cte="8bit",
        html=(
            '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; '
            'charset=UTF-8">\n  </head>\n  <body>\n    <p>1. Sieben von zehn</p>\n'
            "    <p>2. Die Fragen zur Teamführung, da hatte ich gute Beispiele.</p>\n"
            "    <p>4. Herr Mustermann war sehr sympathisch, mit ihm könnte ich gut arbeiten.</p>\n"
            "    <p>8. 70.000 bis 80.000 € pro Jahr</p>\n"
            "    <p>11. Ja, auf jeden Fall</p>\n"
            "    <p>12. Ende nächster Woche</p>\n"
            '    <pre class="moz-signature" cols="72">-- \nMaya Example\nTel. 0170 5550142</pre>\n'
            '    <div class="moz-cite-prefix">Am 30.11.26 um 18:05 schrieb followupd:<br>\n    </div>\n'
            '    <blockquote type="cite" cite="mid:debrief-thunde@followupd.example.org">\n'
            + d.html()
            + "    </blockquote>\n  </body>\n</html>\n"
        ),
        answers={
            "rating": ("Sieben von zehn", 7),
            "went_well": ("Die Fragen zur Teamführung, da hatte ich gute Beispiele.", None),
            "rapport": ("Herr Mustermann war sehr sympathisch, mit ihm könnte ich gut arbeiten.", None),
            "money": ("70.000 bis 80.000 € pro Jahr", [("70000", "EUR", "year"), ("80000", "EUR", "year")]),
            "want_job": ("Ja, auf jeden Fall", "yes"),
            "hear_back": ("Ende nächster Woche", "2026-12-11"),
        },
        forbidden=("0170 5550142", "schrieb followupd", "What went well?", SKIP),
    )
)

# 15. Zoho Mail, HTML only, Spanish: numbered answers, the zmail_extra block with "---- El ... escribió ----".
# "el lunes 14" from Thursday 10 Dec is Monday 14 Dec.
d = debrief("Wingtip", "Diseñadora UX", "Juan Pérez", "13:30", "z3vn8kjr")
CASES.append(
    mk(
        "zoho_html_only_es",
        "Zoho Mail (HTML only, Spanish)",
        "es",
        "2026-12-10",
        "HTML only, top-posted numbered, zmail_extra history",
        date="Thu, 10 Dec 2026 20:44:19 +0100",
        subject="Re: " + d.subject,
        headers=(("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")),
        body=None,
        html_cte="quoted-printable",
        html=(
            '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>'
            "1. 9 de 10<br>2. El portfolio, les encantó el proyecto de accesibilidad.<br>"
            "5. Mucha investigación con usuarios, justo lo que busco.<br>"
            "8. 48.000 € brutos anuales<br>11. Sí, mucho<br>12. El lunes 14<br><br>Un saludo,<br>Maya<br></div>"
            '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: '
            '10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" '
            'data-zmail-extra="1"><div><br></div><div id="Zm-_Id_-Sgn1">---- El jue, 10 dic 2026 18:31:07 +0100 '
            "<b>followupd &lt;maya+followupd@example.org&gt;</b> escribió ---</div><div><br></div>"
            '<blockquote style="border-left: 1px solid rgb(0, 0, 204); padding-left: 6px; margin: 0px 0px 0px 5px;">'
            + d.html()
            + "</blockquote></div><div><br></div></div><br></body></html>\n"
        ),
        answers={
            "rating": ("9 de 10", 9),
            "went_well": ("El portfolio, les encantó el proyecto de accesibilidad.", None),
            "role": ("Mucha investigación con usuarios, justo lo que busco.", None),
            "money": ("48.000 € brutos anuales", [("48000", "EUR", "year")]),
            "want_job": ("Sí, mucho", "yes"),
            "hear_back": ("El lunes 14", "2026-12-14"),
        },
        forbidden=("Un saludo", "escribió", "What went well?", SKIP),
    )
)

# 16. Superhuman, HTML only with a read-tracking pixel: "Question 1:" numbering, an hourly contract rate.
# "Monday the 9th" is 9 Nov.
d = debrief("Tailspin", "Data Engineer (contract)", "Raj Patel", "12:00", "q6wf3hse")
CASES.append(
    mk(
        "superhuman_html_pixel_question",
        "Superhuman (HTML only)",
        "en",
        "2026-11-04",
        "HTML only with tracking pixel, top-posted 'Question 1:', sh-quoted-content history",
        date="Wed, 04 Nov 2026 18:31:52 -0500",
        subject="Re: " + d.subject,
        headers=(
            ("X-Mailer", "Superhuman Desktop (2026-11-02T18:40:11Z)"),
            ("X-Superhuman-ID", "mh4k2p1x.q6wf"),
        ),
        body=None,
        html_cte="quoted-printable",
        html=(
            "<html><head></head><body><div><div>Question 1: 8</div><div>Question 2: The dbt modelling exercise."
            "</div><div>Question 8: $65/hour on a 6-month contract</div><div>Question 10: Pays better than the"
            " Litware role, but that one is permanent.</div><div>Question 12: Monday the 9th</div><div><br></div>"
            '</div><img width="1" height="1" style="display:none" src="https://r.superhuman.example/t/'
            'q6wf3hse.gif" alt=" "><br><div class="gmail_quote sh-quoted-content"><div class="gmail_quote '
            'sh-color-black sh-color">On Wed, Nov 04, 2026 at 6:14 PM, followupd <span dir="ltr">&lt;'
            '<a href="mailto:maya+followupd@example.org">maya+followupd@example.org</a>&gt;</span> wrote:<br>'
            '</div><blockquote class="gmail_quote sh-color-black sh-color" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px #ccc solid;padding-left:1ex">' + d.html() + "</blockquote></div></body></html>\n"
        ),
        answers={
            "rating": ("8", 8),
            "went_well": ("The dbt modelling exercise.", None),
            "money": ("$65/hour on a 6-month contract", [("65", "USD", "hour")]),
            "vs_others": ("Pays better than the Litware role, but that one is permanent.", None),
            "hear_back": ("Monday the 9th", "2026-11-09"),
        },
        forbidden=("r.superhuman.example", "wrote:", "What went well?", SKIP),
    )
)

# 17. Gmail web, multipart: numbered answers split by blank lines, one answer over two paragraphs, a short last answer
# ("Yes") with no sign-off, the attribution wrapped over two lines.
d = debrief("Adventure Works", "Engineering Manager", "Jane Doe, Raj Patel and Li Wei", "17:15", "e9tm4wqc")
reply = [
    "1. 7.5",
    "",
    "2. The people-management scenarios. I had real stories for each one and they nodded a lot.",
    "",
    "3. The architecture round. I hand-waved the data migration and they noticed.",
    "",
    "Next time I'd sketch the cut-over plan first and only then talk about tooling.",
    "",
    "7. The team is split across three time zones; I'd ask to meet the Singapore leads before deciding.",
    "",
    "8. Nothing concrete, the recruiter will send the band",
    "",
    "11. Yes",
]
CASES.append(
    mk(
        "gmail_web_en_split_paragraphs",
        "Gmail web",
        "en",
        "2026-11-16",
        "top-posted numbered, answers split by blank lines, a two-paragraph answer, short last answer, wrapped"
        " attribution; multipart with gmail_quote",
        date="Mon, 16 Nov 2026 22:10:31 -0500",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        html_cte="quoted-printable",
        body=join(
            reply,
            "",
            "On Mon, Nov 16, 2026 at 6:04 PM followupd <maya+followupd@example.org>",
            "wrote:",
            "",
            quoted(d.lines()),
        ),
        html=(
            '<div dir="ltr">'
            + "".join(f"<div>{escape(line)}</div>" if line else "<div><br></div>" for line in reply)
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 16, 2026 at 6:04 PM'
            ' followupd &lt;<a href="mailto:maya+followupd@example.org">maya+followupd@example.org</a>&gt; wrote:<br>'
            '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + d.html() + "</blockquote></div>\n"
        ),
        answers={
            "rating": ("7.5", 7.5),
            "went_well": (
                "The people-management scenarios. I had real stories for each one and they nodded a lot.",
                None,
            ),
            "went_badly": (
                "The architecture round. I hand-waved the data migration and they noticed.\n\nNext time I'd sketch"
                " the cut-over plan first and only then talk about tooling.",
                None,
            ),
            "reservations": (
                "The team is split across three time zones; I'd ask to meet the Singapore leads before deciding.",
                None,
            ),
            "money": ("Nothing concrete, the recruiter will send the band", []),
            "want_job": ("Yes", "yes"),
        },
        forbidden=("On Mon, Nov 16, 2026 at 6:04 PM", "wrote:", "Rate your overall performance", SKIP),
    )
)

# 18. Gmail for Android, German UI: "1)" numbering, attribution with the date after the verb ("schrieb am ...").
# "nächste Woche Mittwoch" from Monday 7 Dec is the Wednesday of the next week, 16 Dec.
d = debrief("Northwind", "Frontend-Entwickler", "Erika Mustermann", "11:00", "n2hw5rcx")
CASES.append(
    mk(
        "gmail_android_de_schrieb_am",
        "Gmail Android (German)",
        "de",
        "2026-12-07",
        "top-posted '1)', attribution with the date after the verb, '>' quotes",
        date="Mon, 7 Dec 2026 19:03:12 +0100",
        subject="Re: " + d.subject,
        cte="base64",
        body=join(
            "1) 6,5",
            "2) React-Teil lief super, Hooks und Performance konnte ich gut erklären.",
            "3) Bei CSS-Grid war ich unsicher.",
            "8) Kein Gehalt besprochen",
            "11) Weiß ich noch nicht",
            "12) Nächste Woche Mittwoch",
            "",
            "followupd <maya+followupd@example.org> schrieb am Mo., 7. Dez. 2026, 18:05:",
            "",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("6,5", 6.5),
            "went_well": ("React-Teil lief super, Hooks und Performance konnte ich gut erklären.", None),
            "went_badly": ("Bei CSS-Grid war ich unsicher.", None),
            "money": ("Kein Gehalt besprochen", []),
            "want_job": ("Weiß ich noch nicht", "unsure"),
            "hear_back": ("Nächste Woche Mittwoch", "2026-12-16"),
        },
        forbidden=("schrieb am Mo.", "Rate your overall performance", d.link),
    )
)

# 19. Gmail for iOS, Japanese UI, ISO-2022-JP: Japanese answers, the Japanese attribution line. "来週中" (during next
# week) from Friday 20 Nov is Friday 27 Nov.
d = debrief("Fabrikam", "バックエンドエンジニア", "山田太郎", "16:00", "j8kc3nvd")
CASES.append(
    mk(
        "gmail_ios_ja_iso2022",
        "Gmail iOS (Japanese)",
        "ja",
        "2026-11-20",
        "top-posted numbered, Japanese attribution, '>' quotes, ISO-2022-JP",
        date="Fri, 20 Nov 2026 21:12:40 +0900",
        subject="Re: " + d.subject,
        charset="iso-2022-jp",
        cte="7bit",
        body=join(
            "1. 7点",
            "2. コーディング課題は順調で、テストもきちんと書けました。",
            "3. 逆質問が少なかったので、次回は準備しておきます。",
            "8. 年収800万円",
            "11. はい",
            "12. 来週中",
            "",
            "2026年11月20日(金) 18:05 followupd <maya+followupd@example.org>:",
            "",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("7点", 7),
            "went_well": ("コーディング課題は順調で、テストもきちんと書けました。", None),
            "went_badly": ("逆質問が少なかったので、次回は準備しておきます。", None),
            "money": ("年収800万円", [("8000000", "JPY", "year")]),
            "want_job": ("はい", "yes"),
            "hear_back": ("来週中", "2026-11-27"),
        },
        forbidden=("2026年11月20日(金) 18:05", "What went well?", d.link),
    )
)

# 20. Apple Mail on iOS, French UI, English answers: "Envoyé de mon iPhone" under the answers, then the French
# attribution. A bare "Friday" from Tuesday 1 Dec is 4 Dec.
d = debrief("Contoso", "Staff Data Scientist", "Claire Martin", "15:30", "f3rb7pya")
CASES.append(
    mk(
        "apple_ios_fr_client_en_answers",
        "Apple Mail iOS (French UI)",
        "en",
        "2026-12-01",
        "top-posted numbered in English under a French client, mobile footer, French attribution",
        date="Tue, 1 Dec 2026 19:40:02 +0100",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        headers=(("X-Mailer", "iPhone Mail (22B91)"),),
        body=join(
            "1. 8",
            "2. The modelling case study, I nailed the uplift question",
            "5. Real ownership of the experimentation platform",
            "8. 75k€ gross per year + equity",
            "11. yes!",
            "12. Friday",
            "",
            "Envoyé de mon iPhone",
            "",
            "> Le 1 déc. 2026 à 18:45, followupd <maya+followupd@example.org> a écrit :",
            ">",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("8", 8),
            "went_well": ("The modelling case study, I nailed the uplift question", None),
            "role": ("Real ownership of the experimentation platform", None),
            "money": ("75k€ gross per year + equity", [("75000", "EUR", "year")]),
            "want_job": ("yes!", "yes"),
            "hear_back": ("Friday", "2026-12-04"),
        },
        forbidden=("Envoyé de mon iPhone", "a écrit", "What went well?", SKIP),
    )
)

# 21. Apple Mail on macOS, Danish: answers typed under the '>'-quoted questions. "i næste uge" from Tuesday 8 Dec is
# Friday of the next week, 18 Dec.
d = debrief("Litware", "Softwareudvikler", "Raj Patel", "14:00", "d5mx2ktw")
CASES.append(
    mk(
        "apple_mail_mac_da_inline",
        "Apple Mail macOS (Danish)",
        "da",
        "2026-12-08",
        "inline under '>' quotes, Danish attribution, sign-off",
        date="Tue, 8 Dec 2026 20:20:20 +0100",
        subject="Sv: " + d.subject,
        charset="iso-8859-1",
        cte="quoted-printable",
        headers=(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
        body=join(
            "Hej,",
            "",
            "svar nedenfor.",
            "",
            "> Den 8. dec. 2026 kl. 18.15 skrev followupd <maya+followupd@example.org>:",
            ">",
            inline(
                d,
                {
                    1: "8 ud af 10",
                    2: "Parprogrammeringen gik rigtig godt.",
                    4: "Raj var meget imødekommende. Ja, helt sikkert.",
                    8: "Vi talte ikke om løn endnu.",
                    11: "Ja",
                    12: "I næste uge",
                },
            ),
            "",
            "Venlig hilsen",
            "Maya",
        ),
        answers={
            "rating": ("8 ud af 10", 8),
            "went_well": ("Parprogrammeringen gik rigtig godt.", None),
            "rapport": ("Raj var meget imødekommende. Ja, helt sikkert.", None),
            "money": ("Vi talte ikke om løn endnu.", []),
            "want_job": ("Ja", "yes"),
            "hear_back": ("I næste uge", "2026-12-18"),
        },
        forbidden=("Venlig hilsen", "skrev followupd", SKIP),
    )
)

# 22. Thunderbird, plain text: a partial reply under '>' quotes whose last answer is short ("Hiring manager
# friendly") and then the rest of the quote, no signature.
d = debrief("Wingtip Toys", "Site Reliability Engineer", "Jane Doe and Raj Patel", "13:45", "x4pg8hvn")
CASES.append(
    mk(
        "thunderbird_en_inline_short_last",
        "Thunderbird",
        "en",
        "2026-11-25",
        "partial inline under '>' quotes, short last answer",
        date="Wed, 25 Nov 2026 18:58:40 +0000",
        subject="Re: " + d.subject,
        cte="7bit",
        headers=(("User-Agent", "Mozilla Thunderbird"),),
        body=join(
            "On 25/11/2026 18:20, followupd wrote:",
            inline(
                d,
                {
                    1: "5",
                    3: "The incident-review role play. I blamed the tooling too quickly.",
                    4: "Hiring manager friendly",
                },
            ),
        ),
        answers={
            "rating": ("5", 5),
            "went_badly": ("The incident-review role play. I blamed the tooling too quickly.", None),
            "rapport": ("Hiring manager friendly", None),
        },
        forbidden=("followupd wrote:", "What do you like about the role?", SKIP),
    )
)

# 23. K-9 Mail, Norwegian: numbered answers, the K-9 footer after "-- ", a Norwegian attribution. "innen onsdag" from
# Friday 27 Nov is Wednesday 2 Dec.
d = debrief("Proseware", "Utvikler", "Ola Nordmann", "15:00", "k7rz2mcu")
CASES.append(
    mk(
        "k9_no_footer",
        "K-9 Mail (Norwegian)",
        "no",
        "2026-11-27",
        "top-posted numbered, K-9 footer, Norwegian attribution, '>' quotes",
        date="Fri, 27 Nov 2026 19:44:31 +0100",
        subject="Sv: " + d.subject,
        cte="quoted-printable",
        headers=(("User-Agent", "K-9 Mail for Android"),),
        body=join(
            "1. 6 av 10",
            "2. Kodeoppgaven, den var rett i blinken for meg.",
            "8. 650 000 kroner i året",
            "11. Usikker",
            "12. Innen onsdag",
            "-- ",
            "Sendt fra min Android-enhet med K-9 Mail. Unnskyld at jeg er kortfattet.",
            "",
            "Den 27. november 2026 18:05:12 CET, skrev followupd <maya+followupd@example.org>:",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("6 av 10", 6),
            "went_well": ("Kodeoppgaven, den var rett i blinken for meg.", None),
            "money": ("650 000 kroner i året", [("650000", "NOK", "year")]),
            "want_job": ("Usikker", "unsure"),
            "hear_back": ("Innen onsdag", "2026-12-02"),
        },
        forbidden=("K-9 Mail", "kortfattet", "skrev followupd", SKIP),
    )
)

# 24. FairEmail, Finnish: "#1" numbering, Finnish attribution. "ensi viikon perjantaina" from Thursday 3 Dec is
# Friday 11 Dec.
d = debrief("Contoso", "Ohjelmistokehittäjä", "Matti Meikäläinen", "14:00", "v6ht9bza")
CASES.append(
    mk(
        "fairemail_fi_hash",
        "FairEmail (Finnish)",
        "fi",
        "2026-12-03",
        "top-posted '#1', Finnish attribution, '>' quotes",
        date="Thu, 03 Dec 2026 19:30:17 +0200",
        subject="Vs: " + d.subject,
        cte="quoted-printable",
        body=join(
            "#1 8/10",
            "#2 Arkkitehtuurikysymykset, osasin perustella valintani.",
            "#6 Rento ilmapiiri ja joustavat työajat.",
            "#8 4 500 euroa kuukaudessa",
            "#11 Kyllä",
            "#12 Ensi viikon perjantaina",
            "",
            "Maya",
            "",
            "3.12.2026 18.02, followupd kirjoitti:",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("8/10", 8),
            "went_well": ("Arkkitehtuurikysymykset, osasin perustella valintani.", None),
            "company": ("Rento ilmapiiri ja joustavat työajat.", None),
            "money": ("4 500 euroa kuukaudessa", [("4500", "EUR", "month")]),
            "want_job": ("Kyllä", "yes"),
            "hear_back": ("Ensi viikon perjantaina", "2026-12-11"),
        },
        forbidden=("followupd kirjoitti", "What went well?", d.link),
    )
)

# 25. Proton Mail, Czech: numbered answers, the Proton footer, "------- Původní zpráva -------" and a Czech
# attribution. "do konce příštího týdne" from Thursday 19 Nov is Friday 27 Nov.
d = debrief("Fabrikam", "Vývojář Java", "Jan Novák", "15:00", "p2cz6wqe")
CASES.append(
    mk(
        "proton_cs_footer",
        "Proton Mail (Czech)",
        "cs",
        "2026-11-19",
        "top-posted numbered, Proton footer, Původní zpráva separator, '>' quotes",
        date="Thu, 19 Nov 2026 18:12:55 +0000",
        subject="Re: " + d.subject,
        cte="base64",
        body=join(
            "1. 7 z 10",
            "2. Technická část, hlavně Spring a testování.",
            "4. Příjemní lidé, s vedoucím týmu bych pracovala ráda.",
            "8. 85 000 Kč měsíčně hrubého",
            "11. Ano",
            "12. Do konce příštího týdne",
            "",
            "Odesláno zabezpečeným e-mailem Proton Mail.",
            "",
            "------- Původní zpráva -------",
            "Dne čtvrtek 19. listopadu 2026 v 17:02 followupd <maya+followupd@example.org> napsal(a):",
            "",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("7 z 10", 7),
            "went_well": ("Technická část, hlavně Spring a testování.", None),
            "rapport": ("Příjemní lidé, s vedoucím týmu bych pracovala ráda.", None),
            "money": ("85 000 Kč měsíčně hrubého", [("85000", "CZK", "month")]),
            "want_job": ("Ano", "yes"),
            "hear_back": ("Do konce příštího týdne", "2026-11-27"),
        },
        forbidden=("Odesláno zabezpečeným", "Původní zpráva", "napsal(a)", SKIP),
    )
)

# 26. Fastmail, bottom-posted: the whole quote first, then numbered answers and the name. "by the 10th" from
# Thursday 26 Nov is 10 Dec.
d = debrief("Tailspin", "Platform Engineer", "Jane Doe", "16:00", "m5fq8rtx")
CASES.append(
    mk(
        "fastmail_en_bottom",
        "Fastmail",
        "en",
        "2026-11-26",
        "bottom-posted numbered under the full '>' quote",
        date="Thu, 26 Nov 2026 21:05:00 +0000",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        headers=(("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-1218-g8f1e3a1c7-fm-20261120.001-g8f1e3a1c"),),
        body=join(
            "On Thu, 26 Nov 2026, at 18:05, followupd wrote:",
            quoted(d.lines()),
            "",
            "1. 9",
            "2. Terraform deep-dive. Knew every answer.",
            "9. Better tooling, less firefighting than where I am now.",
            "10. Beats the Tailspin contract on stability, on par with Litware.",
            "11. Yes",
            "12. by the 10th",
            "",
            "Maya",
        ),
        answers={
            "rating": ("9", 9),
            "went_well": ("Terraform deep-dive. Knew every answer.", None),
            "vs_current": ("Better tooling, less firefighting than where I am now.", None),
            "vs_others": ("Beats the Tailspin contract on stability, on par with Litware.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("by the 10th", "2026-12-10"),
        },
        forbidden=("followupd wrote:", "Rate your overall performance", SKIP),
    )
)

# 27. Roundcube, Italian: numbered answers, "Un saluto," and a "-- " signature, Roundcube's attribution.
# "lunedì prossimo" from Wednesday 11 Nov is Monday 16 Nov.
d = debrief("Woodgrove", "UX Researcher", "Mario Rossi", "12:30", "r8tb3mxq")
CASES.append(
    mk(
        "roundcube_it_signature",
        "Roundcube (Italian)",
        "it",
        "2026-11-11",
        "top-posted numbered, sign-off and '-- ' signature, Roundcube attribution, '>' quotes",
        date="Wed, 11 Nov 2026 20:40:13 +0100",
        subject="Re: " + d.subject,
        charset="iso-8859-15",
        cte="quoted-printable",
        headers=(("User-Agent", "Roundcube Webmail/1.6.9"),),
        body=join(
            "1. 6/10",
            "3. La parte sui metodi quantitativi: troppo teorica.",
            "8. 38.000 € lordi annui",
            "11. Non lo so ancora",
            "12. Lunedì prossimo",
            "",
            "Un saluto,",
            "Maya",
            "",
            "-- ",
            "Maya Example",
            "UX Researcher · Milano",
            "",
            "Il 2026-11-11 18:35 followupd ha scritto:",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("6/10", 6),
            "went_badly": ("La parte sui metodi quantitativi: troppo teorica.", None),
            "money": ("38.000 € lordi annui", [("38000", "EUR", "year")]),
            "want_job": ("Non lo so ancora", "unsure"),
            "hear_back": ("Lunedì prossimo", "2026-11-16"),
        },
        forbidden=("Un saluto", "UX Researcher · Milano", "ha scritto:", SKIP),
    )
)

# 28. mutt, inline under '>' quotes with a "-- " signature; a money range in pounds a year.
d = debrief("Northwind", "Backend Developer", "Raj Patel", "10:30", "u3kd7wcp")
CASES.append(
    mk(
        "mutt_en_inline",
        "mutt",
        "en",
        "2026-12-16",
        "inline under '>' quotes, '-- ' signature",
        date="Wed, 16 Dec 2026 19:22:09 +0000",
        subject="Re: " + d.subject,
        cte="8bit",
        headers=(("User-Agent", "NeoMutt/20250905"),),
        body=join(
            "On Wed, Dec 16, 2026 at 06:02:41PM +0000, followupd wrote:",
            inline(
                d,
                {
                    1: "7",
                    2: "Go concurrency questions; I walked through a worker pool with context cancellation.",
                    6: "Open-source friendly, they upstream their patches.",
                    8: "£70k-£75k a year",
                    11: "Yes",
                },
            ),
            "",
            "-- ",
            "Maya",
        ),
        answers={
            "rating": ("7", 7),
            "went_well": (
                "Go concurrency questions; I walked through a worker pool with context cancellation.",
                None,
            ),
            "company": ("Open-source friendly, they upstream their patches.", None),
            "money": ("£70k-£75k a year", [("70000", "GBP", "year"), ("75000", "GBP", "year")]),
            "want_job": ("Yes", "yes"),
        },
        forbidden=("followupd wrote:", "What didn't go so well?", SKIP),
    )
)

# 29. Spark, free text only: a paragraph that answers no question by number.
d = debrief("Litware", "Solutions Architect", "Jane Doe", "15:00", "s9wn4fjd")
free = (
    "Quick brain dump before I forget: the panel ran long and the last interviewer never showed up, so they will"
    " reschedule that part. The team seemed solid and the product is interesting, but I need to sleep on it."
)
CASES.append(
    mk(
        "spark_en_free_text",
        "Spark",
        "en",
        "2026-12-14",
        "free text only, Spark attribution, '>' quotes",
        date="Mon, 14 Dec 2026 22:31:04 +0000",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        body=join(
            free,
            "",
            "Maya",
            "",
            "On 14 Dec 2026 at 18:30 +0000, followupd <maya+followupd@example.org>, wrote:",
            quoted(d.lines()),
        ),
        answers={},
        free_notes=free,
        forbidden=(", wrote:", "Rate your overall performance", SKIP),
    )
)

# 30. Airmail: "Q1 -" numbering given out of order, an hourly rate. "next week" from Friday 6 Nov is Friday 13 Nov.
d = debrief("Fabrikam", "QA Automation Engineer", "Raj Patel", "11:00", "a2mh6xvc")
CASES.append(
    mk(
        "airmail_en_out_of_order",
        "Airmail",
        "en",
        "2026-11-06",
        "top-posted 'Q1 -' out of order, Airmail attribution, '>' quotes",
        date="Fri, 06 Nov 2026 19:13:02 -0800",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        headers=(("X-Mailer", "Airmail (612)"),),
        body=join(
            "Q1 - 7",
            "Q11 - Yes, very much",
            "Q8 - $48/hr W2",
            "Q2 - Playwright live coding went smoothly.",
            "Q12 - next week",
            "",
            "On November 6, 2026 at 18:02:19, followupd (maya+followupd@example.org) wrote:",
            "",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("7", 7),
            "want_job": ("Yes, very much", "yes"),
            "money": ("$48/hr W2", [("48", "USD", "hour")]),
            "went_well": ("Playwright live coding went smoothly.", None),
            "hear_back": ("next week", "2026-11-13"),
        },
        forbidden=("followupd (maya+followupd@example.org) wrote:", "What went well?", SKIP),
    )
)

# 31. GMX, German UI, English answers with "1 )" numbering; GMX's Gesendet:/Von: block over the unquoted original.
# A bare "Tuesday" from Friday 4 Dec is 8 Dec.
d = debrief("Adventure Works", "Cloud Engineer", "Max Mustermann", "14:00", "g7qx3nbe")
CASES.append(
    mk(
        "gmx_de_client_en_answers",
        "GMX (German UI)",
        "en",
        "2026-12-04",
        "top-posted '1 )' in English under a German client, unquoted Gesendet:/Von: history",
        date="Fri, 4 Dec 2026 20:02:11 +0100",
        subject="Aw: " + d.subject,
        own=("maya.example@gmx.example",),
        sender="Maya Example <maya.example@gmx.example>",
        to="followupd <maya.example+followupd@gmx.example>",
        charset="iso-8859-15",
        cte="quoted-printable",
        body=join(
            "1 ) 7",
            "2 ) The AWS networking questions, VPC peering and all that.",
            "8 ) €62k gross/year",
            "12 ) Tuesday",
            "",
            "Cheers,",
            "Maya",
            "",
            "Gesendet: Freitag, 04. Dezember 2026 um 17:05 Uhr",
            'Von: "followupd" <maya.example+followupd@gmx.example>',
            "An: maya.example@gmx.example",
            "Betreff: " + d.subject,
            d.lines(),
        ),
        answers={
            "rating": ("7", 7),
            "went_well": ("The AWS networking questions, VPC peering and all that.", None),
            "money": ("€62k gross/year", [("62000", "EUR", "year")]),
            "hear_back": ("Tuesday", "2026-12-08"),
        },
        forbidden=("Gesendet: Freitag", "Betreff:", "What went well?", d.link),
    )
)

# 32. Gmail web, Ukrainian UI: Ukrainian answers, an attribution ending in "пише:". "наступного тижня" from Friday
# 11 Dec is Friday 18 Dec.
d = debrief("Contoso", "Python-розробник", "Ivan Petrenko", "16:00", "w3uk8zrm")
CASES.append(
    mk(
        "gmail_web_uk_pyshe",
        "Gmail web (Ukrainian)",
        "uk",
        "2026-12-11",
        "top-posted numbered, 'пише:' attribution, '>' quotes",
        date="Fri, 11 Dec 2026 20:15:44 +0200",
        subject="Re: " + d.subject,
        cte="base64",
        body=join(
            "1. 8 з 10",
            "2. Завдання з асинхронного Python пройшло добре.",
            "8. 2500 доларів на місяць",
            "11. Так",
            "12. Наступного тижня",
            "",
            "пт, 11 груд. 2026 р. о 17:02 followupd <maya+followupd@example.org> пише:",
            "",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("8 з 10", 8),
            "went_well": ("Завдання з асинхронного Python пройшло добре.", None),
            "money": ("2500 доларів на місяць", [("2500", "USD", "month")]),
            "want_job": ("Так", "yes"),
            "hear_back": ("Наступного тижня", "2026-12-18"),
        },
        forbidden=("пише:", "What went well?", SKIP),
    )
)

# 33. HEY: "A1:" numbering, HEY's attribution. A bare "Thursday" from Monday 9 Nov is 12 Nov.
d = debrief("Proseware", "Technical Writer", "Jane Doe", "11:00", "h8ye2qkt")
CASES.append(
    mk(
        "hey_en_a_colon",
        "HEY",
        "en",
        "2026-11-09",
        "top-posted 'A1:', HEY attribution, '>' quotes",
        date="Mon, 09 Nov 2026 17:48:26 -0600",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        body=join(
            "A1: 8",
            "A2: The writing sample review, they liked my API reference rewrite.",
            "A5: Docs-as-code, with real engineering support. Very close to what I want.",
            "A11: Yes",
            "A12: Thursday",
            "",
            "On November 9, 2026, followupd <maya+followupd@example.org> wrote:",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("8", 8),
            "went_well": ("The writing sample review, they liked my API reference rewrite.", None),
            "role": ("Docs-as-code, with real engineering support. Very close to what I want.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Thursday", "2026-11-12"),
        },
        forbidden=("On November 9, 2026, followupd", "What went well?", SKIP),
    )
)

# 34. BlackBerry Hub: numbered answers, the BlackBerry footer, then its "Original Message" block over the unquoted
# original. "end of the week" from Tuesday 15 Dec is Friday 18 Dec.
d = debrief("Woodgrove Bank", "Risk Analyst", "Raj Patel", "12:00", "b2bk7mwp")
CASES.append(
    mk(
        "blackberry_hub_en",
        "BlackBerry Hub",
        "en",
        "2026-12-15",
        "top-posted numbered, BlackBerry footer, unquoted 'Original Message' block",
        date="Tue, 15 Dec 2026 19:02:47 -0500",
        subject="Re: " + d.subject,
        cte="base64",
        crlf=True,
        body=join(
            "1. 6",
            "3. Credit models questions, a bit rusty on Basel III details.",
            "11. No, too much travel",
            "12. End of the week",
            "",
            "Sent from my BlackBerry 10 smartphone.",
            "  Original Message  ",
            "From: followupd",
            "Sent: Tuesday, December 15, 2026 6:05 PM",
            "To: Maya Example",
            "Reply To: followupd",
            "Subject: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("6", 6),
            "went_badly": ("Credit models questions, a bit rusty on Basel III details.", None),
            "want_job": ("No, too much travel", "no"),
            "hear_back": ("End of the week", "2026-12-18"),
        },
        forbidden=("Sent from my BlackBerry", "Original Message", "Reply To:", SKIP),
    )
)

# 35. HCL Notes, German: "Frage 1:" numbering, "Mit freundlichen Grüßen / Kind regards" with name and company, then
# Notes' tabbed Von:/An:/Datum:/Betreff: block. "bis zum 10." from Wednesday 2 Dec is 10 Dec.
d = debrief("Litware", "SAP-Berater", "Erika Mustermann", "15:00", "l4nt9hqa")
CASES.append(
    mk(
        "hcl_notes_de_frage",
        "HCL Notes (German)",
        "de",
        "2026-12-02",
        "top-posted 'Frage 1:', sign-off with company, unquoted Notes header block",
        date="Wed, 2 Dec 2026 19:10:00 +0100",
        subject="Antwort: " + d.subject,
        charset="iso-8859-1",
        cte="quoted-printable",
        headers=(("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),),
        body=join(
            "Frage 1: 8",
            "Frage 2: Die Fallstudie zu S/4HANA, da kenne ich mich aus.",
            "Frage 8: Haben wir nicht besprochen.",
            "Frage 11: Ja",
            "Frage 12: Bis zum 10.",
            "",
            "Mit freundlichen Grüßen / Kind regards",
            "",
            "Maya Example",
            "Contoso Consulting GmbH",
            "Sitz der Gesellschaft: Hamburg, Registergericht Hamburg HRB 00000",
            "",
            "",
            "",
            "Von:        followupd <maya+followupd@example.org>",
            "An:        Maya Example <maya@example.org>",
            "Datum:        02.12.2026 18:10",
            "Betreff:        " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("8", 8),
            "went_well": ("Die Fallstudie zu S/4HANA, da kenne ich mich aus.", None),
            "money": ("Haben wir nicht besprochen.", []),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Bis zum 10.", "2026-12-10"),
        },
        forbidden=("Mit freundlichen Grüßen", "Contoso Consulting GmbH", "Registergericht", "Datum:", SKIP),
    )
)

# 36. Evolution, Turkish: numbered answers, Evolution's Turkish attribution. "gelecek hafta" from Thursday 12 Nov is
# Friday 20 Nov.
d = debrief("Tailspin", "Yazılım Mühendisi", "Ahmet Yılmaz", "14:00", "t6ev3pzs")
CASES.append(
    mk(
        "evolution_tr",
        "Evolution (Turkish)",
        "tr",
        "2026-11-12",
        "top-posted numbered, Turkish attribution, '>' quotes",
        date="Thu, 12 Nov 2026 20:50:03 +0300",
        subject="Ynt: " + d.subject,
        charset="iso-8859-9",
        cte="quoted-printable",
        headers=(("X-Mailer", "Evolution 3.54.1-1"),),
        body=join(
            "1. 10 üzerinden 7",
            "2. Veri yapıları soruları çok iyi geçti.",
            "8. Aylık net 90.000 TL",
            "11. Evet",
            "12. Gelecek hafta",
            "",
            "Prş, 2026-11-12 tarihinde 18:50 +0300 saatinde, followupd yazdı:",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("10 üzerinden 7", 7),
            "went_well": ("Veri yapıları soruları çok iyi geçti.", None),
            "money": ("Aylık net 90.000 TL", [("90000", "TRY", "month")]),
            "want_job": ("Evet", "yes"),
            "hear_back": ("Gelecek hafta", "2026-11-20"),
        },
        forbidden=("followupd yazdı", "What went well?", SKIP),
    )
)

# 37. Naver Mail, Korean: numbered answers over Naver's "-----Original Message-----" block. "다음 주 수요일" (next week,
# Wednesday) from Friday 4 Dec is 9 Dec.
d = debrief("Fabrikam", "데이터 엔지니어", "Hong Gildong", "15:00", "n5kr8vte")
CASES.append(
    mk(
        "naver_ko",
        "Naver Mail (Korean)",
        "ko",
        "2026-12-04",
        "top-posted numbered, unquoted -----Original Message----- block",
        date="Fri, 4 Dec 2026 21:20:11 +0900",
        subject="RE: " + d.subject,
        cte="base64",
        body=join(
            "1. 10점 만점에 8점",
            "2. 스파크 최적화 질문에 잘 답했습니다.",
            "8. 연봉 6,500만 원",
            "11. 네",
            "12. 다음 주 수요일",
            "",
            "-----Original Message-----",
            'From: "followupd"<maya+followupd@example.org>',
            'To: "Maya Example"<maya@example.org>;',
            "Cc:",
            "Sent: 2026-12-04 (금) 18:20:11 (GMT+09:00)",
            "Subject: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("10점 만점에 8점", 8),
            "went_well": ("스파크 최적화 질문에 잘 답했습니다.", None),
            "money": ("연봉 6,500만 원", [("65000000", "KRW", "year")]),
            "want_job": ("네", "yes"),
            "hear_back": ("다음 주 수요일", "2026-12-09"),
        },
        forbidden=("Original Message", "Sent: 2026-12-04", SKIP),
    )
)

# 38. QQ Mail, Chinese, GB18030: a partial reply over QQ's "原始邮件" block. "下周一" from Tuesday 3 Nov is Monday 9 Nov.
d = debrief("Northwind", "前端开发", "Li Wei", "16:00", "q4qm7zxb")
CASES.append(
    mk(
        "qqmail_zh_partial",
        "QQ Mail (Chinese)",
        "zh",
        "2026-11-03",
        "partial top-posted numbered, unquoted 原始邮件 block",
        date="Tue, 3 Nov 2026 21:05:33 +0800",
        subject="回复：" + d.subject,
        charset="gb18030",
        cte="base64",
        headers=(("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x")),
        body=join(
            "1. 6/10",
            "8. 时薪300元",
            "11. 不确定",
            "12. 下周一",
            "",
            "------------------ 原始邮件 ------------------",
            '发件人: "followupd" <maya+followupd@example.org>;',
            "发送时间: 2026年11月3日(星期二) 晚上6:40",
            '收件人: "Maya" <maya@example.org>;',
            "主题: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("6/10", 6),
            "money": ("时薪300元", [("300", "CNY", "hour")]),
            "want_job": ("不确定", "unsure"),
            "hear_back": ("下周一", "2026-11-09"),
        },
        forbidden=("原始邮件", "发送时间", "What went well?", SKIP),
    )
)

# 39. eM Client: "1:" numbering, a day rate, eM Client's "------ Original Message ------" with From/To/Date/Subject
# and no colons. "within 10 business days" from Thursday 17 Dec counts weekdays to Thursday 31 Dec.
d = debrief("Contoso", "Interim Data Lead", "Jane Doe", "10:00", "e5cm2wyh")
CASES.append(
    mk(
        "emclient_en_day_rate",
        "eM Client",
        "en",
        "2026-12-17",
        "top-posted '1:', unquoted eM Client header block",
        date="Thu, 17 Dec 2026 18:44:02 +0000",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        headers=(("X-Mailer", "eM_Client/10.1.4828.0"),),
        body=join(
            "1: 7",
            "2: Stakeholder questions, I had the governance story ready.",
            "7: Only a 6-month contract. I'll ask whether it can turn permanent.",
            "8: €550 per day",
            "11: Yes",
            "12: Within 10 business days",
            "",
            "Maya",
            "",
            "------ Original Message ------",
            'From "followupd" <maya+followupd@example.org>',
            'To "Maya Example" <maya@example.org>',
            "Date 17/12/2026 18:05:33",
            "Subject " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("7", 7),
            "went_well": ("Stakeholder questions, I had the governance story ready.", None),
            "reservations": ("Only a 6-month contract. I'll ask whether it can turn permanent.", None),
            "money": ("€550 per day", [("550", "EUR", "day")]),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Within 10 business days", "2026-12-31"),
        },
        forbidden=("Original Message", "Date 17/12/2026", "What went well?", SKIP),
    )
)

# 40. Mailspring: numbered answers, then a forwarded message from the recruiter below them. A bare "Monday" from
# Wednesday 18 Nov is 23 Nov.
d = debrief("Adventure Works", "Security Engineer", "Jane Doe", "14:00", "m3sp9gvk")
CASES.append(
    mk(
        "mailspring_en_answer_then_forward",
        "Mailspring",
        "en",
        "2026-11-18",
        "answer-then-forward: numbered answers, then a forwarded recruiter mail, then the '>' quote",
        date="Wed, 18 Nov 2026 21:01:45 +0000",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        body=join(
            "1. 8",
            "2. Threat modelling exercise.",
            "8. 120k-130k USD per year, see Jane's mail below",
            "11. Yes",
            "12. Monday",
            "",
            "---------- Forwarded Message ----------",
            "From: Jane Doe <jane.doe@adventure-works.example>",
            "Date: Wed, Nov 18, 2026 at 3:12 pm",
            "Subject: Next steps",
            "To: Maya Example <maya@example.org>",
            "",
            "Hi Maya, thanks for today! As discussed, the band for this role is 120k-130k USD. We will be in touch on"
            " Monday.",
            "Best, Jane",
            "",
            "On Nov 18 2026, at 6:40 pm, followupd <maya+followupd@example.org> wrote:",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("8", 8),
            "went_well": ("Threat modelling exercise.", None),
            "money": (
                "120k-130k USD per year, see Jane's mail below",
                [("120000", "USD", "year"), ("130000", "USD", "year")],
            ),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Monday", "2026-11-23"),
        },
        forbidden=("Forwarded Message", "Subject: Next steps", SKIP),
    )
)

# 41. Tuta (Tutanota), European Portuguese: numbered answers, the Tuta footer, Tuta's attribution. "na próxima
# semana" from Tuesday 10 Nov is Friday 20 Nov.
d = debrief("Wingtip", "Gestora de Produto", "Ana Santos", "15:00", "t9tp4khc")
CASES.append(
    mk(
        "tuta_ptpt_footer",
        "Tuta (Portuguese)",
        "pt",
        "2026-11-10",
        "top-posted numbered, Tuta footer, '>' quotes",
        date="Tue, 10 Nov 2026 21:30:00 +0000",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        body=join(
            "1. 7 em 10",
            "2. A apresentação do roadmap correu muito bem.",
            "7. O escritório fica longe; perguntar se há trabalho remoto dois dias por semana.",
            "8. 2.800 € brutos por mês, 14 meses",
            "11. Não",
            "12. Na próxima semana",
            "",
            "--",
            "Enviado com Tuta; desfrute de e-mail seguro e sem anúncios.",
            "",
            "10/11/2026, 17:04 por maya+followupd@example.org:",
            "",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("7 em 10", 7),
            "went_well": ("A apresentação do roadmap correu muito bem.", None),
            "reservations": (
                "O escritório fica longe; perguntar se há trabalho remoto dois dias por semana.",
                None,
            ),
            "money": ("2.800 € brutos por mês, 14 meses", [("2800", "EUR", "month")]),
            "want_job": ("Não", "no"),
            "hear_back": ("Na próxima semana", "2026-11-20"),
        },
        forbidden=("Enviado com Tuta", "por maya+followupd@example.org:", SKIP),
    )
)

# 42. Samsung Email, Spanish: "Pregunta 1:" numbering, the Samsung footer, "-------- Mensaje original --------" over
# the unquoted original. "el jueves 3 de diciembre" is 3 Dec.
d = debrief("Proseware", "Ingeniera de datos", "Juan Pérez", "13:00", "s4sm8qnd")
CASES.append(
    mk(
        "samsung_es_pregunta",
        "Samsung Email (Spanish)",
        "es",
        "2026-11-23",
        "top-posted 'Pregunta 1:', Samsung footer, unquoted Mensaje original block",
        date="Mon, 23 Nov 2026 20:33:21 +0100",
        subject="RE: " + d.subject,
        cte="base64",
        body=join(
            "Pregunta 1: 8",
            "Pregunta 4: Muy bien, el equipo es majo y cercano.",
            "Pregunta 8: 30.000 € brutos al año",
            "Pregunta 11: Sí",
            "Pregunta 12: El jueves 3 de diciembre",
            "",
            "",
            "",
            "Enviado desde mi smartphone Samsung Galaxy.",
            "",
            "",
            "-------- Mensaje original --------",
            "De: followupd <maya+followupd@example.org>",
            "Fecha: 23/11/26 18:10 (GMT+01:00)",
            "Para: Maya Example <maya@example.org>",
            "Asunto: " + d.subject,
            "",
            d.lines(),
        ),
        answers={
            "rating": ("8", 8),
            "rapport": ("Muy bien, el equipo es majo y cercano.", None),
            "money": ("30.000 € brutos al año", [("30000", "EUR", "year")]),
            "want_job": ("Sí", "yes"),
            "hear_back": ("El jueves 3 de diciembre", "2026-12-03"),
        },
        forbidden=("Samsung Galaxy", "Mensaje original", "Fecha: 23/11/26", SKIP),
    )
)

# 43. Samsung Email, English: numbered answers ending in a short "Yes", the Galaxy footer and the separator line.
d = debrief("Northwind", "Support Team Lead", "Jane Doe", "12:00", "s6en2xvf")
CASES.append(
    mk(
        "samsung_en_short_last",
        "Samsung Email",
        "en",
        "2026-12-10",
        "top-posted numbered, short last answer, Galaxy footer, unquoted Original message block",
        date="Thu, 10 Dec 2026 19:12:40 +0000",
        subject="RE: " + d.subject,
        cte="base64",
        body=join(
            "1. 9/10",
            "4. Great, Jane and I laughed a lot",
            "6. They promote from within",
            "11. Yes",
            "",
            "",
            "",
            "Sent from my Galaxy",
            "",
            "",
            "-------- Original message --------",
            "From: followupd <maya+followupd@example.org> ",
            "Date: 12/10/26 18:05 (GMT+00:00) ",
            "To: Maya Example <maya@example.org> ",
            "Subject: " + d.subject + " ",
            "",
            d.lines(),
        ),
        answers={
            "rating": ("9/10", 9),
            "rapport": ("Great, Jane and I laughed a lot", None),
            "company": ("They promote from within", None),
            "want_job": ("Yes", "yes"),
        },
        forbidden=("Sent from my Galaxy", "Original message", "Date: 12/10/26", SKIP),
    )
)

# 44. Mail.ru, Russian: numbered answers, Mail.ru's attribution "... от followupd <...>:" over '>' quotes.
# "в течение недели" (within a week) from Monday 16 Nov is 23 Nov.
d = debrief("Contoso", "Аналитик данных", "Ivan Ivanov", "15:00", "r7ru3bkw")
CASES.append(
    mk(
        "mailru_ru",
        "Mail.ru (Russian)",
        "ru",
        "2026-11-16",
        "top-posted numbered, Mail.ru attribution, '>' quotes, KOI8-R",
        date="Mon, 16 Nov 2026 20:41:09 +0300",
        subject="Re: " + d.subject,
        charset="koi8-r",
        cte="8bit",
        headers=(("X-Mailer", "Mail.Ru Mailer 1.0"),),
        body=join(
            "1. 7 из 10",
            "2. Задача на SQL прошла отлично.",
            "8. 250 000 рублей в месяц",
            "11. Да",
            "12. В течение недели",
            "",
            "--",
            "Maya Example",
            "",
            "Понедельник, 16 ноября 2026, 18:05 +03:00 от followupd <maya+followupd@example.org>:",
            "",
            quoted(d.lines()),
        ),
        answers={
            "rating": ("7 из 10", 7),
            "went_well": ("Задача на SQL прошла отлично.", None),
            "money": ("250 000 рублей в месяц", [("250000", "RUB", "month")]),
            "want_job": ("Да", "yes"),
            "hear_back": ("В течение недели", "2026-11-23"),
        },
        forbidden=("от followupd", "What went well?", SKIP),
    )
)

# 45. Outlook for Mac, English: inline answers under the unquoted history (Outlook for Mac writes From:/Date:/To:/
# Subject:). "in two weeks" from Tuesday 1 Dec is 15 Dec.
d = debrief("Fabrikam", "Principal Engineer", "Raj Patel", "16:30", "o3mc6tjp")
CASES.append(
    mk(
        "outlook_mac_en_inline_unquoted",
        "Outlook desktop Mac",
        "en",
        "2026-12-01",
        "inline under unquoted From:/Date: history",
        date="Tue, 01 Dec 2026 22:02:15 +0000",
        subject="Re: " + d.subject,
        cte="quoted-printable",
        headers=(("User-Agent", "Microsoft-MacOutlook/16.92.24120731"),),
        body=join(
            "Answers inline below.",
            "",
            "From: followupd <maya+followupd@example.org>",
            "Date: Tuesday, 1 December 2026 at 17:02",
            "To: Maya Example <maya@example.org>",
            "Subject: " + d.subject,
            "",
            inline(
                d,
                {
                    1: "Eight out of ten",
                    2: "Distributed systems round — consensus, partitions, the lot.",
                    4: "Raj is sharp and kind. Yes.",
                    9: "Bigger scope than my current job, and a clearer path to Distinguished.",
                    11: "Yes",
                    12: "In two weeks",
                },
                prefix="",
            ),
        ),
        answers={
            "rating": ("Eight out of ten", 8),
            "went_well": ("Distributed systems round — consensus, partitions, the lot.", None),
            "rapport": ("Raj is sharp and kind. Yes.", None),
            "vs_current": ("Bigger scope than my current job, and a clearer path to Distinguished.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("In two weeks", "2026-12-15"),
        },
        forbidden=("Date: Tuesday", "Subject:", SKIP, d.link),
    )
)


def main() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)), "a case name is used twice"
    for case in CASES:
        (HERE / f"{case.name}.eml").write_bytes(render(case))
        text = json.dumps(expected(case), ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case.name}.expected.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(CASES)} replies to {HERE.name}/")


if __name__ == "__main__":
    main()
