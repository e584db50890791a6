"""Writes the ninth held-out reply set (eval9): NAME.eml + NAME.expected.json; running it again rewrites the same bytes."""

# ruff: noqa: E501 -- whole email bodies and answer texts are string literals; wrapping them would change the data

from __future__ import annotations

import base64
import json
import quopri
from dataclasses import dataclass, field
from email.header import Header
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
IDS = (
    "rating", "went_well", "went_badly", "rapport", "role", "company",
    "reservations", "money", "vs_current", "vs_others", "want_job", "hear_back",
)  # fmt: skip


@dataclass(frozen=True)
class Interview:
    company: str
    role: str
    with_: str
    ended: str
    token: str
    first: str = "Maya"

    @property
    def link(self) -> str:
        return f"http://127.0.0.1:8470/f/{self.token}"


def debrief(iv: Interview) -> str:
    """The plain debrief the user replies to."""
    lines = [
        f"Hi {iv.first},",
        "",
        f"Your interview with {iv.company} for {iv.role} (with {iv.with_}) ended at {iv.ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {iv.link}',
        "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)",
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


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def debrief_html(iv: Interview) -> str:
    items = "".join(
        f"<p>{n}. " + q.replace("'", "&#39;") + "</p>\n" for n, q in enumerate(QUESTIONS, start=1)
    )
    return (
        f"<div><p>Hi {iv.first},</p>\n<p>Your interview with {iv.company} for {iv.role} (with {iv.with_}) "
        f"ended at {iv.ended}.<br>\nWhile it is fresh, answer what you can: reply to this email (inline under "
        f'each question, or numbered like &quot;1. 7/10&quot;), or use the form: <a href="{iv.link}">{iv.link}</a>'
        "</p>\n"
        + items
        + "<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
        "<p>-- <br>followupd</p></div>"
    )


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, Any]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts], "text": text}


@dataclass
class Case:
    name: str
    client: str
    language: str
    interview_date: str
    shape: str
    subject: str
    date_header: str
    answers: dict[str, tuple[str, Any]]
    plain: str | None = None
    html: str | None = None
    charset: str = "utf-8"
    cte: str = "8bit"
    crlf: bool = False
    sender: str = "Maya Example <maya@example.org>"
    to: str = "followupd <maya@example.org>"
    own: tuple[str, ...] = ("maya@example.org",)
    free_notes: str = ""
    forbidden: tuple[str, ...] = ()
    extra_headers: tuple[str, ...] = field(default_factory=tuple)


def _encode_part(text: str, subtype: str, charset: str, cte: str, crlf: bool) -> str:
    data = text.replace("\n", "\r\n").encode(charset) if cte == "base64" and crlf else text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode(charset if charset != "iso-2022-jp" else "ascii", "surrogateescape")
    head = f"Content-Type: text/{subtype}; charset={charset}\nContent-Transfer-Encoding: {cte}\n"
    return head + "\n" + body.rstrip("\n") + "\n"


def _header(value: str) -> str:
    if value.isascii():
        return value
    if "<" in value:
        name, addr = value.rsplit(" <", 1)
        return Header(name, "utf-8").encode() + " <" + addr
    return Header(value, "utf-8").encode()


def render(case: Case) -> bytes:
    head = [
        f"From: {_header(case.sender)}",
        f"To: {case.to}",
        f"Subject: {_header(case.subject)}",
        f"Date: {case.date_header}",
        f"Message-ID: <{case.name}.{case.interview_date}@mail.example>",
        "In-Reply-To: <debrief-" + case.interview_date + "@followupd.example>",
        *case.extra_headers,
        "MIME-Version: 1.0",
    ]
    if case.plain is not None and case.html is not None:
        boundary = f"=_alt_{case.name}"
        parts = [
            _encode_part(case.plain, "plain", case.charset, case.cte, case.crlf),
            _encode_part(case.html, "html", case.charset, case.cte, case.crlf),
        ]
        body = f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        body += "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    else:
        text, subtype = (case.plain, "plain") if case.plain is not None else (case.html, "html")
        assert text is not None
        body = _encode_part(text, subtype, case.charset, case.cte, case.crlf)
    message = "\n".join(head) + "\n" + body
    if case.cte in ("8bit", "7bit") and not message.isascii():
        raw_head, _, raw_body = message.partition("\n\n")
        out = raw_head.encode("ascii") + b"\n\n" + raw_body.encode(case.charset)
    else:
        out = message.encode("ascii")
    return out.replace(b"\n", b"\r\n") if case.crlf else out


def expected(case: Case) -> dict[str, Any]:
    return {
        "client": case.client,
        "language": case.language,
        "interview_date": case.interview_date,
        "own_addresses": list(case.own),
        "shape": case.shape,
        "free_notes": case.free_notes,
        "answers": {qid: {"text": t, "value": v} for qid, (t, v) in case.answers.items()},
        "forbidden": list(case.forbidden),
    }


LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "主题:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:"),
}
FU = "followupd <maya@example.org>"


def outlook_block(lang: str, sent: str, subject: str, to: str = "Maya Example <maya@example.org>") -> str:
    frm, snt, too, subj = LABELS[lang]
    return f"{frm} {FU}\n{snt} {sent}\n{too} {to}\n{subj} {subject}"


IV = {
    "northwind": Interview("Northwind Traders", "Senior Data Engineer", "Jane Doe", "16:00", "k3v9q2"),
    "fabrikam": Interview("Fabrikam", "Product Designer", "Raj Patel and Jane Doe", "11:30", "p8d2m1"),
    "tailspin": Interview("Tailspin Toys", "QA Lead", "Raj Patel", "15:45", "t4x7z0"),
    "contoso": Interview("Contoso", "Engineering Manager", "Jane Doe", "10:15", "c1n5b8"),
    "litware": Interview("Litware", "Backend Developer", "Raj Patel", "14:00", "l6w3e9"),
    "adatum": Interview("Adatum", "Site Reliability Engineer", "Jane Doe and Raj Patel", "17:20", "a2s8r4"),
    "wingtip": Interview("Wingtip Toys", "Frontend Engineer", "Jane Doe", "13:10", "w9f1k6"),
    "proseware": Interview("Proseware", "Staff Engineer", "Raj Patel", "09:45", "r7y2u3"),
    "woodgrove": Interview("Woodgrove Bank", "Data Analyst", "Jane Doe", "12:30", "g5h8j2"),
    "alpine": Interview("Alpine Ski House", "Platform Engineer", "Raj Patel", "16:40", "s3d6f9"),
}
LINK = "127.0.0.1:8470/f/"
SIG = "-- "  # the signature separator, with its trailing space
Q = {i: q for i, q in zip(IDS, QUESTIONS, strict=True)}

CASES: list[Case] = []

# 1. Gmail web, top-posted and numbered, Gmail attribution and ">" history. Thu 5 Nov; "next Wednesday" = 11 Nov.
iv = IV["northwind"]
CASES.append(
    Case(
        name="gmail_web_numbered_en",
        client="Gmail web",
        language="en",
        interview_date="2026-11-05",
        shape="top-posted numbered",
        subject="Re: How did it go? Northwind Traders",
        date_header="Thu, 5 Nov 2026 21:14:03 +0000",
        plain=f"""1. 8/10, I think it went well overall
2. The system design part. I walked them through the pipeline migration I did last year and they kept nodding.
3. The SQL window function question, I froze a bit. Next time I'd talk through it out loud instead of going quiet.
4. Jane was lovely, very direct. Yes, I could work with her.
5. Mostly batch + streaming work on their logistics data, pretty much what I'm after.
6. They seem to actually care about data quality, there's a whole team for it.
7. On-call rotation wasn't clear. I'll ask the recruiter how often it comes round.
8. $140k to $150k a year base
9. Better pay and a bigger team than where I am now.
10. It's ahead of the Fabrikam one for now.
11. Yes
12. By next Wednesday

On Thu, 5 Nov 2026 at 19:02, followupd <maya@example.org> wrote:

{quote(debrief(iv))}
""",
        answers={
            "rating": ("8/10, I think it went well overall", 8),
            "went_well": (
                "The system design part. I walked them through the pipeline migration I did last year and they kept nodding.",
                None,
            ),
            "went_badly": (
                "The SQL window function question, I froze a bit. Next time I'd talk through it out loud instead of going quiet.",
                None,
            ),
            "rapport": ("Jane was lovely, very direct. Yes, I could work with her.", None),
            "role": (
                "Mostly batch + streaming work on their logistics data, pretty much what I'm after.",
                None,
            ),
            "company": ("They seem to actually care about data quality, there's a whole team for it.", None),
            "reservations": (
                "On-call rotation wasn't clear. I'll ask the recruiter how often it comes round.",
                None,
            ),
            "money": (
                "$140k to $150k a year base",
                money("$140k to $150k a year base", ("140000", "USD", "year"), ("150000", "USD", "year")),
            ),
            "vs_current": ("Better pay and a bigger team than where I am now.", None),
            "vs_others": ("It's ahead of the Fabrikam one for now.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("By next Wednesday", "2026-11-11"),
        },
        forbidden=("On Thu, 5 Nov 2026 at 19:02", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 2. Gmail Android, partial reply with "1:" numbering. Mon 9 Nov; "end of the week" = Fri 13 Nov.
iv = IV["litware"]
CASES.append(
    Case(
        name="gmail_android_partial_colon",
        client="Gmail Android",
        language="en",
        interview_date="2026-11-09",
        shape="top-posted numbered, partial",
        subject="Re: How did it go? Litware",
        date_header="Mon, 9 Nov 2026 19:48:22 +0000",
        plain=f"""1: 6
3: Rambled on the caching question, should have drawn it first
11: not sure yet
12: end of the week

On Mon, Nov 9, 2026, 19:02 followupd <maya@example.org> wrote:

{quote(debrief(iv))}
""",
        answers={
            "rating": ("6", 6),
            "went_badly": ("Rambled on the caching question, should have drawn it first", None),
            "want_job": ("not sure yet", "unsure"),
            "hear_back": ("end of the week", "2026-11-13"),
        },
        forbidden=("On Mon, Nov 9, 2026, 19:02", LINK),
    )
)

# 3. Apple Mail iOS, "Q1 -" numbering and the iPhone footer. Tue 10 Nov; "Friday" = 13 Nov.
iv = IV["wingtip"]
CASES.append(
    Case(
        name="apple_ios_q_dash",
        client="Apple Mail iOS",
        language="en",
        interview_date="2026-11-10",
        shape="top-posted numbered Q1 -",
        subject="Re: How did it go? Wingtip Toys",
        date_header="Tue, 10 Nov 2026 20:31:40 +0000",
        plain=f"""Q1 - 7
Q2 - React questions were easy, and the pairing exercise went smoothly
Q3 - Accessibility. I know it but explained it badly
Q4 - Jane was great 😊
Q8 - £65,000 a year
Q11 - yes!!
Q12 - Friday

Sent from my iPhone

> On 10 Nov 2026, at 19:02, followupd <maya@example.org> wrote:
>
{quote(debrief(iv))}
""",
        answers={
            "rating": ("7", 7),
            "went_well": ("React questions were easy, and the pairing exercise went smoothly", None),
            "went_badly": ("Accessibility. I know it but explained it badly", None),
            "rapport": ("Jane was great 😊", None),
            "money": ("£65,000 a year", money("£65,000 a year", ("65000", "GBP", "year"))),
            "want_job": ("yes!!", "yes"),
            "hear_back": ("Friday", "2026-11-13"),
        },
        forbidden=("Sent from my iPhone", "On 10 Nov 2026, at 19:02", LINK),
        cte="quoted-printable",
    )
)

# 4. Thunderbird, German, inline under ">" quotes. Wed 11 Nov; "nächste Woche" = Fri 20 Nov.
iv = IV["contoso"]
CASES.append(
    Case(
        name="thunderbird_inline_de",
        client="Thunderbird",
        language="de",
        interview_date="2026-11-11",
        shape="inline under > quotes",
        subject="Re: How did it go? Contoso",
        date_header="Wed, 11 Nov 2026 21:05:12 +0100",
        sender="Maya Beispiel <maya@example.org>",
        charset="iso-8859-15",
        plain=f"""Am 11.11.26 um 19:02 schrieb followupd:
> Hi Maya,
>
> Your interview with Contoso for Engineering Manager (with Jane Doe) ended at 10:15.
> While it is fresh, answer what you can: reply to this email (inline under each question, or
> numbered like "1. 7/10"), or use the form: {iv.link}
>
> 1. {Q["rating"]}

Sieben von zehn.

>
> 2. {Q["went_well"]}

Die Fragen zur Teamführung, da hatte ich gute Beispiele parat.

>
> 3. {Q["went_badly"]}

Budgetplanung. Da war ich zu vage.

>
> 4. {Q["rapport"]}
>
> 5. {Q["role"]}
>
> 6. {Q["company"]}
>
> 7. {Q["reservations"]}
>
> 8. {Q["money"]}

95.000 € brutto im Jahr

>
> 9. {Q["vs_current"]}
>
> 10. {Q["vs_others"]}
>
> 11. {Q["want_job"]}

Ja, auf jeden Fall.

>
> 12. {Q["hear_back"]}

Nächste Woche

>
> Skip anything you like; a later reply fills in or replaces single answers.
> --
> followupd

Viele Grüße
Maya
""",
        answers={
            "rating": ("Sieben von zehn.", 7),
            "went_well": ("Die Fragen zur Teamführung, da hatte ich gute Beispiele parat.", None),
            "went_badly": ("Budgetplanung. Da war ich zu vage.", None),
            "money": ("95.000 € brutto im Jahr", money("95.000 € brutto im Jahr", ("95000", "EUR", "year"))),
            "want_job": ("Ja, auf jeden Fall.", "yes"),
            "hear_back": ("Nächste Woche", "2026-11-20"),
        },
        forbidden=("Viele Grüße", "Am 11.11.26 um 19:02 schrieb", LINK),
        cte="quoted-printable",
    )
)

# 5. mutt, inline under ">" quotes with the question kept and a short last answer. Fri 13 Nov; "Tuesday" = 17 Nov.
iv = IV["proseware"]
CASES.append(
    Case(
        name="mutt_inline_en",
        client="mutt",
        language="en",
        interview_date="2026-11-13",
        shape="inline under > quotes",
        subject="Re: How did it go? Proseware",
        date_header="Fri, 13 Nov 2026 22:40:01 +0000",
        sender="Maya <maya@example.org>",
        cte="7bit",
        plain=f"""On Fri, Nov 13, 2026 at 07:02:11PM +0000, followupd wrote:
> Hi Maya,
>
> Your interview with Proseware for Staff Engineer (with Raj Patel) ended at 09:45.
[...]
> 1. {Q["rating"]}

Middling, 5/10 honestly.

> 2. {Q["went_well"]}

Architecture review of their monolith split.

> 3. {Q["went_badly"]}

Behavioural round. I had no good story for a conflict with a manager.

> 7. {Q["reservations"]}

Four days a week in the office. Could ask whether that's negotiable.

> 10. {Q["vs_others"]}

Both

> 11. {Q["want_job"]}

unsure

> 12. {Q["hear_back"]}

Tuesday

--
Maya
""",
        answers={
            "rating": ("Middling, 5/10 honestly.", 5),
            "went_well": ("Architecture review of their monolith split.", None),
            "went_badly": ("Behavioural round. I had no good story for a conflict with a manager.", None),
            "reservations": ("Four days a week in the office. Could ask whether that's negotiable.", None),
            "vs_others": ("Both", None),
            "want_job": ("unsure", "unsure"),
            "hear_back": ("Tuesday", "2026-11-17"),
        },
        forbidden=("On Fri, Nov 13, 2026 at 07:02:11PM", "ended at 09:45"),
    )
)

# 6. Fastmail, bottom-posted: the whole debrief quoted first, numbered answers under it. Mon 16 Nov; "by the 20th" = 20 Nov.
iv = IV["adatum"]
CASES.append(
    Case(
        name="fastmail_bottom_posted",
        client="Fastmail",
        language="en",
        interview_date="2026-11-16",
        shape="bottom-posted numbered",
        subject="Re: How did it go? Adatum",
        date_header="Mon, 16 Nov 2026 20:12:45 +0000",
        sender="Maya Example <maya@fastmail.example>",
        own=("maya@fastmail.example", "maya@example.org"),
        plain=f"""On Mon, 16 Nov 2026, at 19:02, followupd wrote:
{quote(debrief(iv))}

1. 9 out of 10
2. Incident review walkthrough. I had a real postmortem to talk about and they loved the detail.
4. Both of them were relaxed and funny, I'd happily work with them.
8. No numbers discussed yet.
11. Yes
12. By the 20th

Maya
""",
        answers={
            "rating": ("9 out of 10", 9),
            "went_well": (
                "Incident review walkthrough. I had a real postmortem to talk about and they loved the detail.",
                None,
            ),
            "rapport": ("Both of them were relaxed and funny, I'd happily work with them.", None),
            "money": ("No numbers discussed yet.", money("No numbers discussed yet.")),
            "want_job": ("Yes", "yes"),
            "hear_back": ("By the 20th", "2026-11-20"),
        },
        forbidden=("On Mon, 16 Nov 2026, at 19:02, followupd wrote:", LINK),
        cte="quoted-printable",
    )
)

# 7. K-9 Mail, French, "1)" numbering and the K-9 footer. Tue 17 Nov; "d'ici vendredi prochain" = Fri 27 Nov.
iv = IV["fabrikam"]
CASES.append(
    Case(
        name="k9_numbered_fr",
        client="K-9 Mail",
        language="fr",
        interview_date="2026-11-17",
        shape="top-posted numbered 1)",
        subject="Re: How did it go? Fabrikam",
        date_header="Tue, 17 Nov 2026 20:55:10 +0100",
        sender="Maya Exemple <maya@example.org>",
        charset="iso-8859-15",
        plain=f"""1) 7 sur 10
2) Le portfolio, ils ont posé plein de questions sur le projet de refonte.
3) L'exercice de whiteboard, j'ai manqué de temps. La prochaine fois je commencerai par les écrans principaux.
5) Beaucoup de recherche utilisateur, ça me plaît.
8) 52 000 € par an
11) Oui
12) d'ici vendredi prochain

--
Envoyé de mon appareil Android avec K-9 Mail. Veuillez excuser ma brièveté.

Le 17 novembre 2026 19:02:11 CET, followupd <maya@example.org> a écrit :
{quote(debrief(iv))}
""",
        answers={
            "rating": ("7 sur 10", 7),
            "went_well": ("Le portfolio, ils ont posé plein de questions sur le projet de refonte.", None),
            "went_badly": (
                "L'exercice de whiteboard, j'ai manqué de temps. La prochaine fois je commencerai par les écrans principaux.",
                None,
            ),
            "role": ("Beaucoup de recherche utilisateur, ça me plaît.", None),
            "money": ("52 000 € par an", money("52 000 € par an", ("52000", "EUR", "year"))),
            "want_job": ("Oui", "yes"),
            "hear_back": ("d'ici vendredi prochain", "2026-11-27"),
        },
        forbidden=("Envoyé de mon appareil Android avec K-9 Mail", "a écrit :", LINK),
        cte="quoted-printable",
    )
)

# 8. Proton Mail, free text only, with the Proton footer. Wed 18 Nov.
iv = IV["tailspin"]
free = (
    "Quick one, too tired for the list. It went okay I think, Raj was friendly but the test automation "
    "part was harder than I expected. Will write more tomorrow."
)
CASES.append(
    Case(
        name="proton_free_text",
        client="Proton Mail",
        language="en",
        interview_date="2026-11-18",
        shape="free text",
        subject="Re: How did it go? Tailspin Toys",
        date_header="Wed, 18 Nov 2026 22:10:00 +0000",
        sender="Maya <maya@proton.example>",
        own=("maya@proton.example",),
        plain=f"""Quick one, too tired for the list. It went okay I think, Raj was friendly but the test automation
part was harder than I expected. Will write more tomorrow.

Sent with Proton Mail secure email.

On Wednesday, November 18th, 2026 at 19:02, followupd <maya@example.org> wrote:

{quote(debrief(iv))}
""",
        answers={},
        free_notes=free,
        forbidden=("Sent with Proton Mail secure email.", "What went well?", LINK),
    )
)

# 9. Roundcube, Spanish, "1.-" numbering. Thu 19 Nov; "el próximo lunes" = Mon 23 Nov.
iv = IV["woodgrove"]
CASES.append(
    Case(
        name="roundcube_numbered_es",
        client="Roundcube",
        language="es",
        interview_date="2026-11-19",
        shape="top-posted numbered 1.-",
        subject="Re: How did it go? Woodgrove Bank",
        date_header="Thu, 19 Nov 2026 21:30:00 +0100",
        sender="Maya Ejemplo <maya@example.org>",
        plain=f"""1.- Un 8
2.- El caso práctico con Excel y SQL, lo resolví rápido.
3.- Me preguntaron por Power BI y casi no lo he usado.
6.- Es un banco pero el equipo de datos parece una startup.
8.- Entre 38.000 y 42.000 euros brutos al año
11.- Sí
12.- El próximo lunes

Saludos,
Maya

El 2026-11-19 19:02, followupd escribió:
{quote(debrief(iv))}
""",
        answers={
            "rating": ("Un 8", 8),
            "went_well": ("El caso práctico con Excel y SQL, lo resolví rápido.", None),
            "went_badly": ("Me preguntaron por Power BI y casi no lo he usado.", None),
            "company": ("Es un banco pero el equipo de datos parece una startup.", None),
            "money": (
                "Entre 38.000 y 42.000 euros brutos al año",
                money(
                    "Entre 38.000 y 42.000 euros brutos al año",
                    ("38000", "EUR", "year"),
                    ("42000", "EUR", "year"),
                ),
            ),
            "want_job": ("Sí", "yes"),
            "hear_back": ("El próximo lunes", "2026-11-23"),
        },
        forbidden=("Saludos,", "escribió:", LINK),
    )
)

# 10. Yahoo Mail Android, Italian, "1 -" numbering, Yahoo footer. Fri 20 Nov; "entro martedì" = Tue 24 Nov.
iv = IV["alpine"]
CASES.append(
    Case(
        name="yahoo_android_it",
        client="Yahoo Mail Android",
        language="it",
        interview_date="2026-11-20",
        shape="top-posted numbered 1 -",
        subject="Re: How did it go? Alpine Ski House",
        date_header="Fri, 20 Nov 2026 20:20:20 +0100",
        sender="Maya Esempio <maya@yahoo.example>",
        own=("maya@yahoo.example",),
        plain=f"""1 - 6/10
3 - Kubernetes, domande molto specifiche sugli operator. Devo ripassare.
4 - Raj simpatico, mi ci vedo a lavorare insieme
11 - Forse
12 - Entro martedì


Inviato da Yahoo Mail su Android

  Il ven, 20 nov, 2026 alle 19:02, followupd<maya@example.org> ha scritto:
{quote(debrief(iv), "   ")}
""",
        answers={
            "rating": ("6/10", 6),
            "went_badly": ("Kubernetes, domande molto specifiche sugli operator. Devo ripassare.", None),
            "rapport": ("Raj simpatico, mi ci vedo a lavorare insieme", None),
            "want_job": ("Forse", "unsure"),
            "hear_back": ("Entro martedì", "2026-11-24"),
        },
        forbidden=("Inviato da Yahoo Mail su Android", "ha scritto:", LINK),
        cte="base64",
    )
)

# 11. Spark, "#1" numbering, an answer spanning two paragraphs. Mon 23 Nov; "early next week" = Tue 1 Dec.
iv = IV["northwind"]
CASES.append(
    Case(
        name="spark_hash_two_paragraphs",
        client="Spark",
        language="en",
        interview_date="2026-11-23",
        shape="top-posted numbered #1, two-paragraph answer",
        subject="Re: How did it go? Northwind Traders",
        date_header="Mon, 23 Nov 2026 19:55:00 +0000",
        plain=f"""#1 7.5
#2 Talking about data contracts. Jane said that was exactly their pain point.
#3 I undersold the team lead stuff.

Next time I'd open with the mentoring programme I started instead of waiting for them to ask about it.
#7 Not sure the team is funded past next year. Ask in the next round.
#11 Yes
#12 early next week

Sent with Spark

On 23 Nov 2026 at 19:02, followupd <maya@example.org> wrote:
{quote(debrief(iv))}
""",
        answers={
            "rating": ("7.5", 7.5),
            "went_well": ("Talking about data contracts. Jane said that was exactly their pain point.", None),
            "went_badly": (
                "I undersold the team lead stuff.\n\nNext time I'd open with the mentoring programme I started instead of waiting for them to ask about it.",
                None,
            ),
            "reservations": ("Not sure the team is funded past next year. Ask in the next round.", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("early next week", "2026-12-01"),
        },
        forbidden=("Sent with Spark", "On 23 Nov 2026 at 19:02", LINK),
    )
)

# 12. Samsung Email, Brazilian Portuguese, unquoted history under a localized separator. Tue 24 Nov;
# "até sexta" = Fri 27 Nov.
iv = IV["contoso"]
CASES.append(
    Case(
        name="samsung_separator_ptbr",
        client="Samsung Email",
        language="pt",
        interview_date="2026-11-24",
        shape="top-posted numbered, unquoted history under separator",
        subject="RE: How did it go? Contoso",
        date_header="Tue, 24 Nov 2026 18:40:00 -0300",
        sender="Maya Exemplo <maya@example.org>",
        plain=f"""1. Nota 8
2. Falei bem sobre gestão de pessoas e contratação.
4. A Jane é ótima, super tranquila.
8. R$ 25.000 por mês
11. Sim
12. Até sexta



Enviado do meu Galaxy


-------- Mensagem original --------
De: {FU}
Data: 24/11/2026 16:02 (GMT-03:00)
Para: Maya Exemplo <maya@example.org>
Assunto: How did it go? Contoso

{debrief(iv)}
""",
        answers={
            "rating": ("Nota 8", 8),
            "went_well": ("Falei bem sobre gestão de pessoas e contratação.", None),
            "rapport": ("A Jane é ótima, super tranquila.", None),
            "money": ("R$ 25.000 por mês", money("R$ 25.000 por mês", ("25000", "BRL", "month"))),
            "want_job": ("Sim", "yes"),
            "hear_back": ("Até sexta", "2026-11-27"),
        },
        forbidden=("Enviado do meu Galaxy", "Mensagem original", "What went well?", LINK),
        cte="base64",
    )
)

# 13. Gmail iOS, answers then a forwarded message from the recruiter. Wed 25 Nov; "Thursday the 3rd" = 3 Dec.
iv = IV["litware"]
CASES.append(
    Case(
        name="gmail_ios_answer_then_forward",
        client="Gmail iOS",
        language="en",
        interview_date="2026-11-25",
        shape="answer-then-forward",
        subject="Re: How did it go? Litware",
        date_header="Wed, 25 Nov 2026 21:02:33 +0000",
        plain=f"""1. 8
2. Live coding went well, finished with time to spare
8. €70k per year, they said there's a bit of room
11. Yes
12. Thursday the 3rd, see Raj's mail below

---------- Forwarded message ---------
From: Raj Patel <raj.patel@litware.example>
Date: Wed, 25 Nov 2026 at 17:40
Subject: Next steps at Litware
To: Maya Example <maya@example.org>


Hi Maya,

Thanks again for your time today. We will get back to you with a decision on Thursday the 3rd at the latest.

Best,
Raj Patel
Engineering Lead, Litware

On Wed, 25 Nov 2026 at 19:02, followupd <maya@example.org> wrote:
{quote(debrief(iv))}
""",
        answers={
            "rating": ("8", 8),
            "went_well": ("Live coding went well, finished with time to spare", None),
            "money": (
                "€70k per year, they said there's a bit of room",
                money("€70k per year, they said there's a bit of room", ("70000", "EUR", "year")),
            ),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Thursday the 3rd, see Raj's mail below", "2026-12-03"),
        },
        forbidden=("Forwarded message", "Thanks again for your time today", "Engineering Lead, Litware"),
    )
)

# 14. Zoho Mail, Swedish, numbered, a signature without "-- ". Thu 26 Nov; "nästa vecka" = Fri 4 Dec.
iv = IV["wingtip"]
CASES.append(
    Case(
        name="zoho_numbered_sv",
        client="Zoho Mail",
        language="sv",
        interview_date="2026-11-26",
        shape="top-posted numbered, sign-off without --",
        subject="Sv: How did it go? Wingtip Toys",
        date_header="Thu, 26 Nov 2026 20:15:00 +0100",
        sender="Maya Exempel <maya@zoho.example>",
        own=("maya@zoho.example",),
        charset="iso-8859-1",
        plain=f"""1. 8 av 10
2. Kodtestet gick bra, jag hann skriva tester också.
5. Mycket frontendarkitektur, precis det jag vill göra.
8. 48 000 kr i månaden
11. Ja
12. Nästa vecka

Med vänliga hälsningar
Maya Exempel
Frontendutvecklare
070-123 45 67


---- On Thu, 26 Nov 2026 19:02:11 +0100 followupd <maya@example.org> wrote ---

{quote(debrief(iv))}
""",
        answers={
            "rating": ("8 av 10", 8),
            "went_well": ("Kodtestet gick bra, jag hann skriva tester också.", None),
            "role": ("Mycket frontendarkitektur, precis det jag vill göra.", None),
            "money": ("48 000 kr i månaden", money("48 000 kr i månaden", ("48000", "SEK", "month"))),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Nästa vecka", "2026-12-04"),
        },
        forbidden=("Med vänliga hälsningar", "Frontendutvecklare", "070-123 45 67", LINK),
        cte="quoted-printable",
    )
)

# 15. Evolution, numbers out of order. Fri 27 Nov; "Wednesday" = 2 Dec.
iv = IV["proseware"]
CASES.append(
    Case(
        name="evolution_out_of_order",
        client="Evolution",
        language="en",
        interview_date="2026-11-27",
        shape="top-posted numbered, out of order",
        subject="Re: How did it go? Proseware",
        date_header="Fri, 27 Nov 2026 21:30:00 +0000",
        plain=f"""12. Wednesday
1. 7
11. yes
3. I didn't ask enough questions about the team.
2. The distributed systems deep dive.

On Fri, 2026-11-27 at 19:02 +0000, followupd wrote:
{quote(debrief(iv))}
""",
        answers={
            "rating": ("7", 7),
            "went_well": ("The distributed systems deep dive.", None),
            "went_badly": ("I didn't ask enough questions about the team.", None),
            "want_job": ("yes", "yes"),
            "hear_back": ("Wednesday", "2026-12-02"),
        },
        forbidden=("On Fri, 2026-11-27 at 19:02 +0000, followupd wrote:", LINK),
        cte="7bit",
    )
)

# 16. Outlook desktop (Windows), English, unquoted history under From/Sent/To/Subject, sign-off without "-- "
# with title, phone, web and disclaimer. Tue 15 Dec; "end of next week" = Fri 25 Dec.
iv = IV["adatum"]
CASES.append(
    Case(
        name="outlook_win_signature_disclaimer",
        client="Outlook desktop Windows",
        language="en",
        interview_date="2026-12-15",
        shape="top-posted numbered, unquoted Outlook history, signature and disclaimer",
        subject="RE: How did it go? Adatum",
        date_header="Tue, 15 Dec 2026 20:44:18 +0000",
        crlf=True,
        charset="windows-1252",
        sender="Maya Example <maya.example@corp.example>",
        own=("maya.example@corp.example", "maya@example.org"),
        plain=f"""1. 7 – the live debugging round was rough but I recovered
2. Terraform and the on-call story
3. Didn’t know their tracing stack; should have asked more questions instead of guessing
4. Jane and Raj both good, Raj a bit quiet
5. Real SRE work, not ticket ops
8. £90k per annum plus on-call allowance
11. Yes
12. End of next week

Kind regards,

Maya Example
Senior Infrastructure Engineer | Corp Example Ltd
T: +44 20 7946 0000 | M: +44 7700 900123
www.corp.example

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.

{outlook_block("en", "Tuesday, December 15, 2026 7:02 PM", "How did it go? Adatum")}

{debrief(iv)}
""",
        answers={
            "rating": ("7 – the live debugging round was rough but I recovered", 7),
            "went_well": ("Terraform and the on-call story", None),
            "went_badly": (
                "Didn’t know their tracing stack; should have asked more questions instead of guessing",
                None,
            ),
            "rapport": ("Jane and Raj both good, Raj a bit quiet", None),
            "role": ("Real SRE work, not ticket ops", None),
            "money": (
                "£90k per annum plus on-call allowance",
                money("£90k per annum plus on-call allowance", ("90000", "GBP", "year")),
            ),
            "want_job": ("Yes", "yes"),
            "hear_back": ("End of next week", "2026-12-25"),
        },
        forbidden=(
            "Kind regards",
            "Senior Infrastructure Engineer",
            "+44 7700 900123",
            "www.corp.example",
            "This email and any attachments are confidential",
            "What went well?",
            LINK,
        ),
        cte="quoted-printable",
    )
)

# 17. Outlook desktop, German client, the user answering in English; Von/Gesendet block. Wed 16 Dec;
# "Monday" = 21 Dec.
iv = IV["fabrikam"]
CASES.append(
    Case(
        name="outlook_win_de_header_en_answers",
        client="Outlook desktop Windows",
        language="en",
        interview_date="2026-12-16",
        shape="top-posted numbered, unquoted German Outlook history",
        subject="AW: How did it go? Fabrikam",
        date_header="Wed, 16 Dec 2026 21:10:00 +0100",
        crlf=True,
        charset="iso-8859-1",
        plain=f"""1. 8/10
2. Portfolio review, they liked the research part
3. Design critique, I got defensive
11. Yes
12. Monday

Viele Grüße
Maya

{outlook_block("de", "Mittwoch, 16. Dezember 2026 19:02", "How did it go? Fabrikam")}

{debrief(iv)}
""",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("Portfolio review, they liked the research part", None),
            "went_badly": ("Design critique, I got defensive", None),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Monday", "2026-12-21"),
        },
        forbidden=("Viele Grüße", "Gesendet: Mittwoch", "What went well?", LINK),
    )
)

# 18. Outlook for Mac, French header block with "Date :", French answers. Thu 17 Dec; "la semaine prochaine" = Fri 25 Dec.
iv = IV["woodgrove"]
CASES.append(
    Case(
        name="outlook_mac_fr",
        client="Outlook Mac",
        language="fr",
        interview_date="2026-12-17",
        shape="top-posted numbered, unquoted French Outlook history",
        subject="RE: How did it go? Woodgrove Bank",
        date_header="Thu, 17 Dec 2026 20:33:00 +0100",
        sender="Maya Exemple <maya@example.org>",
        plain=f"""1. 6/10
2. Les questions de statistiques, j’étais à l’aise.
3. L’étude de cas sur le churn : trop long, je me suis perdue dans les détails.
4. Jane est sympa, un peu pressée.
8. 45 k€ brut annuel
11. Je ne sais pas encore
12. La semaine prochaine

Bien à vous,
Maya

De : {FU}
Date : jeudi 17 décembre 2026 à 19:02
À : Maya Exemple <maya@example.org>
Objet : How did it go? Woodgrove Bank

{debrief(iv)}
""",
        answers={
            "rating": ("6/10", 6),
            "went_well": ("Les questions de statistiques, j’étais à l’aise.", None),
            "went_badly": (
                "L’étude de cas sur le churn : trop long, je me suis perdue dans les détails.",
                None,
            ),
            "rapport": ("Jane est sympa, un peu pressée.", None),
            "money": ("45 k€ brut annuel", money("45 k€ brut annuel", ("45000", "EUR", "year"))),
            "want_job": ("Je ne sais pas encore", "unsure"),
            "hear_back": ("La semaine prochaine", "2026-12-25"),
        },
        forbidden=("Bien à vous", "Date : jeudi 17 décembre 2026", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 19. Outlook for iOS, Dutch, Van/Verzonden block and the Outlook footer. Mon 2 Nov; "donderdag" = Thu 5 Nov.
iv = IV["tailspin"]
CASES.append(
    Case(
        name="outlook_ios_nl",
        client="Outlook iOS",
        language="nl",
        interview_date="2026-11-02",
        shape="top-posted numbered, mobile footer, unquoted Dutch Outlook history",
        subject="RE: How did it go? Tailspin Toys",
        date_header="Mon, 2 Nov 2026 20:05:00 +0100",
        sender="Maya Voorbeeld <maya@example.org>",
        plain=f"""1. Een 7
3. Vragen over performance testing, daar heb ik weinig ervaring mee.
4. Raj was heel vriendelijk
11. Ja
12. Donderdag

Outlook voor iOS downloaden<https://aka.example/o0ukef>
________________________________
{outlook_block("nl", "Monday, November 2, 2026 7:02:11 PM", "How did it go? Tailspin Toys")}

{debrief(iv)}
""",
        answers={
            "rating": ("Een 7", 7),
            "went_badly": ("Vragen over performance testing, daar heb ik weinig ervaring mee.", None),
            "rapport": ("Raj was heel vriendelijk", None),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Donderdag", "2026-11-05"),
        },
        forbidden=("Outlook voor iOS downloaden", "Verzonden:", "What went well?", LINK),
        cte="base64",
    )
)

# 20. Outlook for Android, Swedish, Från/Skickat block, "Hämta Outlook för Android". Tue 3 Nov; "fredag nästa vecka" = Fri 13 Nov.
iv = IV["alpine"]
CASES.append(
    Case(
        name="outlook_android_sv",
        client="Outlook Android",
        language="sv",
        interview_date="2026-11-03",
        shape="top-posted numbered, mobile footer, unquoted Swedish Outlook history",
        subject="SV: How did it go? Alpine Ski House",
        date_header="Tue, 3 Nov 2026 21:12:00 +0100",
        sender="Maya Exempel <maya@example.org>",
        plain=f"""1) 9
2) Allt om CI/CD och plattformsteam, jag kände mig hemma.
7) Lite oklart med distansarbete. Frågar HR.
11) Ja absolut
12) Fredag nästa vecka

Hämta Outlook för Android<https://aka.example/ghei36>
________________________________
{outlook_block("sv", "den 3 november 2026 19:02", "How did it go? Alpine Ski House")}

{debrief(iv)}
""",
        answers={
            "rating": ("9", 9),
            "went_well": ("Allt om CI/CD och plattformsteam, jag kände mig hemma.", None),
            "reservations": ("Lite oklart med distansarbete. Frågar HR.", None),
            "want_job": ("Ja absolut", "yes"),
            "hear_back": ("Fredag nästa vecka", "2026-11-13"),
        },
        forbidden=("Hämta Outlook för Android", "Skickat:", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 21. Outlook desktop, Polish: the user types her answers under the questions in the unquoted history.
# Wed 4 Nov; "do piątku" = Fri 6 Nov.
iv = IV["litware"]
CASES.append(
    Case(
        name="outlook_win_pl_under_unquoted",
        client="Outlook desktop Windows",
        language="pl",
        interview_date="2026-11-04",
        shape="inline under unquoted Outlook history",
        subject="Odp: How did it go? Litware",
        date_header="Wed, 4 Nov 2026 21:45:00 +0100",
        crlf=True,
        charset="iso-8859-2",
        sender="Maya Przykład <maya@example.org>",
        plain=f"""Odpowiedzi poniżej.

{outlook_block("pl", "środa, 4 listopada 2026 19:02", "How did it go? Litware")}

Hi Maya,

Your interview with Litware for Backend Developer (with Raj Patel) ended at 14:00.
While it is fresh, answer what you can: reply to this email (inline under each question, or
numbered like "1. 7/10"), or use the form: {iv.link}

1. {Q["rating"]}
Osiem na dziesięć

2. {Q["went_well"]}
Zadanie z Go, zrobiłam je szybko i z testami.

3. {Q["went_badly"]}
Pytania o Kafkę, za mało praktyki.

4. {Q["rapport"]}

5. {Q["role"]}

6. {Q["company"]}

7. {Q["reservations"]}

8. {Q["money"]}
18 000 zł brutto miesięcznie

9. {Q["vs_current"]}

10. {Q["vs_others"]}

11. {Q["want_job"]}
Tak

12. {Q["hear_back"]}
Do piątku

Skip anything you like; a later reply fills in or replaces single answers.
--
followupd
""",
        answers={
            "rating": ("Osiem na dziesięć", 8),
            "went_well": ("Zadanie z Go, zrobiłam je szybko i z testami.", None),
            "went_badly": ("Pytania o Kafkę, za mało praktyki.", None),
            "money": (
                "18 000 zł brutto miesięcznie",
                money("18 000 zł brutto miesięcznie", ("18000", "PLN", "month")),
            ),
            "want_job": ("Tak", "yes"),
            "hear_back": ("Do piątku", "2026-11-06"),
        },
        free_notes="Odpowiedzi poniżej.",
        forbidden=("Wysłano:", "Skip anything you like", LINK),
        cte="quoted-printable",
    )
)

# 22. Outlook desktop, Italian, Da/Inviato block, sign-off with title and phone. Fri 6 Nov; "settimana prossima" = Fri 13 Nov.
iv = IV["contoso"]
CASES.append(
    Case(
        name="outlook_win_it",
        client="Outlook desktop Windows",
        language="it",
        interview_date="2026-11-06",
        shape="top-posted numbered, unquoted Italian Outlook history, signature",
        subject="R: How did it go? Contoso",
        date_header="Fri, 6 Nov 2026 20:18:00 +0100",
        crlf=True,
        sender="Maya Esempio <maya@example.org>",
        plain=f"""1. 7
2. La parte sulla gestione del team, esempi concreti.
4. Jane molto professionale, mi trovo bene.
8. Circa 75.000 euro lordi annui
11. Sì
12. La settimana prossima

Cordiali saluti
Maya Esempio
Responsabile Sviluppo Software
Tel. +39 02 1234 5678

{outlook_block("it", "venerdì 6 novembre 2026 19:02", "How did it go? Contoso")}

{debrief(iv)}
""",
        answers={
            "rating": ("7", 7),
            "went_well": ("La parte sulla gestione del team, esempi concreti.", None),
            "rapport": ("Jane molto professionale, mi trovo bene.", None),
            "money": (
                "Circa 75.000 euro lordi annui",
                money("Circa 75.000 euro lordi annui", ("75000", "EUR", "year")),
            ),
            "want_job": ("Sì", "yes"),
            "hear_back": ("La settimana prossima", "2026-11-13"),
        },
        forbidden=("Cordiali saluti", "Responsabile Sviluppo Software", "+39 02 1234 5678", "Inviato:", LINK),
        cte="base64",
    )
)

# 23. Outlook desktop, Chinese, 发件人/发送时间 block. Tue 10 Nov; "下周三" = Wed 18 Nov.
iv = IV["proseware"]
CASES.append(
    Case(
        name="outlook_win_zh",
        client="Outlook desktop Windows",
        language="zh",
        interview_date="2026-11-10",
        shape="top-posted numbered, unquoted Chinese Outlook history",
        subject="答复: How did it go? Proseware",
        date_header="Tue, 10 Nov 2026 21:00:00 +0800",
        crlf=True,
        charset="gb18030",
        sender="Maya <maya@example.org>",
        plain=f"""1. 7分
2. 系统设计部分，讲得比较清楚。
3. 英语面试有点紧张，下次多练习。
8. 年薪60万人民币
11. 想
12. 下周三

{outlook_block("zh", "2026年11月10日 19:02", "How did it go? Proseware")}

{debrief(iv)}
""",
        answers={
            "rating": ("7分", 7),
            "went_well": ("系统设计部分，讲得比较清楚。", None),
            "went_badly": ("英语面试有点紧张，下次多练习。", None),
            "money": ("年薪60万人民币", money("年薪60万人民币", ("600000", "CNY", "year"))),
            "want_job": ("想", "yes"),
            "hear_back": ("下周三", "2026-11-18"),
        },
        forbidden=("发送时间:", "What went well?", LINK),
        cte="base64",
    )
)

# 24. Outlook desktop, Turkish, Kimden/Gönderildi block. Wed 2 Dec; "önümüzdeki hafta" = Fri 11 Dec.
iv = IV["wingtip"]
CASES.append(
    Case(
        name="outlook_win_tr",
        client="Outlook desktop Windows",
        language="tr",
        interview_date="2026-12-02",
        shape="top-posted numbered, unquoted Turkish Outlook history",
        subject="YNT: How did it go? Wingtip Toys",
        date_header="Wed, 2 Dec 2026 21:20:00 +0300",
        charset="iso-8859-9",
        sender="Maya Örnek <maya@example.org>",
        plain=f"""1. 10 üzerinden 8
2. Canlı kodlama iyi geçti.
4. Jane çok samimiydi.
11. Evet
12. Önümüzdeki hafta

Saygılarımla,
Maya

{outlook_block("tr", "2 Aralık 2026 Çarşamba 19:02", "How did it go? Wingtip Toys")}

{debrief(iv)}
""",
        answers={
            "rating": ("10 üzerinden 8", 8),
            "went_well": ("Canlı kodlama iyi geçti.", None),
            "rapport": ("Jane çok samimiydi.", None),
            "want_job": ("Evet", "yes"),
            "hear_back": ("Önümüzdeki hafta", "2026-12-11"),
        },
        forbidden=("Saygılarımla", "Gönderildi:", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 25. BlackBerry Hub, separator block. Fri 11 Dec; "Tuesday" = 15 Dec.
iv = IV["woodgrove"]
CASES.append(
    Case(
        name="blackberry_hub_en",
        client="BlackBerry Hub",
        language="en",
        interview_date="2026-12-11",
        shape="top-posted numbered, unquoted BlackBerry history",
        subject="Re: How did it go? Woodgrove Bank",
        date_header="Fri, 11 Dec 2026 19:40:00 +0000",
        sender="Maya Example <maya@example.org>",
        plain=f"""1. 6
3. Case study numbers didn't add up, I should have sanity checked
11. Not sure
12. Tuesday

Sent from my BlackBerry 10 smartphone.
  Original Message
From: followupd
Sent: Friday, 11 December 2026 19:02
To: Maya Example
Subject: How did it go? Woodgrove Bank

{debrief(iv)}
""",
        answers={
            "rating": ("6", 6),
            "went_badly": ("Case study numbers didn't add up, I should have sanity checked", None),
            "want_job": ("Not sure", "unsure"),
            "hear_back": ("Tuesday", "2026-12-15"),
        },
        forbidden=("Sent from my BlackBerry", "Original Message", "What went well?", LINK),
        cte="7bit",
    )
)

# 26. Outlook web, Spanish, HTML only with the divRplyFwdMsg divider. Fri 18 Dec; "el 22" = Tue 22 Dec.
iv = IV["northwind"]
CASES.append(
    Case(
        name="outlook_web_html_es",
        client="Outlook web",
        language="es",
        interview_date="2026-12-18",
        shape="HTML only, Outlook web history",
        subject="RE: How did it go? Northwind Traders",
        date_header="Fri, 18 Dec 2026 21:02:00 +0100",
        sender="Maya Ejemplo <maya@outlook.example>",
        own=("maya@outlook.example",),
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">1. 9/10</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">2. El diseño del modelo de datos, lo tenía muy preparado.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">4. Jane me cayó genial.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">8. 60.000&nbsp;€ al año</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">11. Sí, claro</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">12. El martes 22</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De:</b> followupd &lt;maya@example.org&gt;<br>
<b>Enviado:</b> viernes, 18 de diciembre de 2026 19:02<br>
<b>Para:</b> Maya Ejemplo &lt;maya@outlook.example&gt;<br>
<b>Asunto:</b> How did it go? Northwind Traders</font>
<div>&nbsp;</div>
</div>
{debrief_html(iv)}
</body></html>
""",
        answers={
            "rating": ("9/10", 9),
            "went_well": ("El diseño del modelo de datos, lo tenía muy preparado.", None),
            "rapport": ("Jane me cayó genial.", None),
            "money": ("60.000 € al año", money("60.000 € al año", ("60000", "EUR", "year"))),
            "want_job": ("Sí, claro", "yes"),
            "hear_back": ("El martes 22", "2026-12-22"),
        },
        forbidden=("Enviado:", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 27. Outlook desktop, HTML only with Word markup and the border-top divider. Thu 12 Nov; "within two weeks" = 26 Nov.
iv = IV["alpine"]
word_p = '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
CASES.append(
    Case(
        name="outlook_win_word_html",
        client="Outlook desktop Windows",
        language="en",
        interview_date="2026-11-12",
        shape="HTML only, Word markup, Outlook history",
        subject="RE: How did it go? Alpine Ski House",
        date_header="Thu, 12 Nov 2026 20:50:00 +0000",
        crlf=True,
        charset="windows-1252",
        html=f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
--></style></head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{word_p}1. 8 – good day<o:p></o:p></span></p>
{word_p}2. The Kubernetes migration war story<o:p></o:p></span></p>
{word_p}3. Cost questions – I had no numbers ready<o:p></o:p></span></p>
{word_p}8. CHF 120’000 per year<o:p></o:p></span></p>
{word_p}11. Yes<o:p></o:p></span></p>
{word_p}12. Within two weeks<o:p></o:p></span></p>
{word_p}<o:p>&nbsp;</o:p></span></p>
{word_p}Thanks,<o:p></o:p></span></p>
{word_p}Maya<o:p></o:p></span></p>
{word_p}<o:p>&nbsp;</o:p></span></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> followupd &lt;maya@example.org&gt; <br><b>Sent:</b> Thursday, November 12, 2026 7:02 PM<br><b>To:</b> Maya Example &lt;maya@example.org&gt;<br><b>Subject:</b> How did it go? Alpine Ski House<o:p></o:p></span></p>
</div>
{debrief_html(iv)}
</div></body></html>
""",
        answers={
            "rating": ("8 – good day", 8),
            "went_well": ("The Kubernetes migration war story", None),
            "went_badly": ("Cost questions – I had no numbers ready", None),
            "money": ("CHF 120’000 per year", money("CHF 120’000 per year", ("120000", "CHF", "year"))),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Within two weeks", "2026-11-26"),
        },
        forbidden=("Thanks,", "Sent: Thursday", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 28. Gmail web, Japanese, HTML only with gmail_quote. Thu 19 Nov; "来週の金曜日" = Fri 27 Nov.
iv = IV["tailspin"]
CASES.append(
    Case(
        name="gmail_html_ja",
        client="Gmail web",
        language="ja",
        interview_date="2026-11-19",
        shape="HTML only, gmail_quote",
        subject="Re: How did it go? Tailspin Toys",
        date_header="Thu, 19 Nov 2026 21:30:00 +0900",
        sender="Maya <maya@gmail.example>",
        own=("maya@gmail.example",),
        html=f"""<div dir="ltr"><div>1. 7点</div><div>2. テスト戦略の説明はうまくできました。</div><div>3. 英語での質疑応答が少し詰まりました。</div><div>8. 年収800万円</div><div>11. はい</div><div>12. 来週の金曜日</div><div><br></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">2026年11月19日(木) 19:02 followupd &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{debrief_html(iv)}</blockquote></div>
""",
        answers={
            "rating": ("7点", 7),
            "went_well": ("テスト戦略の説明はうまくできました。", None),
            "went_badly": ("英語での質疑応答が少し詰まりました。", None),
            "money": ("年収800万円", money("年収800万円", ("8000000", "JPY", "year"))),
            "want_job": ("はい", "yes"),
            "hear_back": ("来週の金曜日", "2026-11-27"),
        },
        forbidden=("2026年11月19日(木) 19:02", "What went well?", LINK),
        cte="base64",
    )
)

# 29. Apple Mail macOS, Danish, HTML only with blockquote type=cite. Mon 16 Nov; "om en uge" = Mon 23 Nov.
iv = IV["litware"]
CASES.append(
    Case(
        name="apple_mail_html_da",
        client="Apple Mail macOS",
        language="da",
        interview_date="2026-11-16",
        shape="HTML only, blockquote type=cite",
        subject="Sv: How did it go? Litware",
        date_header="Mon, 16 Nov 2026 20:40:00 +0100",
        sender="Maya Eksempel <maya@icloud.example>",
        own=("maya@icloud.example",),
        html=f"""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div>1. 8</div><div>2. Kodeopgaven gik godt.</div><div>5. Spændende backend-opgaver med Go.</div><div>8. 55.000 kr. om måneden</div><div>11. Ja</div><div>12. Om en uge</div><div><br></div><div>Venlig hilsen</div><div>Maya</div><div><br><blockquote type="cite"><div>Den 16. nov. 2026 kl. 19.02 skrev followupd &lt;maya@example.org&gt;:</div><br class="Apple-interchange-newline"><div>{debrief_html(iv)}</div></blockquote></div><br></body></html>
""",
        answers={
            "rating": ("8", 8),
            "went_well": ("Kodeopgaven gik godt.", None),
            "role": ("Spændende backend-opgaver med Go.", None),
            "money": ("55.000 kr. om måneden", money("55.000 kr. om måneden", ("55000", "DKK", "month"))),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Om en uge", "2026-11-23"),
        },
        forbidden=("Venlig hilsen", "skrev followupd", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 30. Yahoo Mail web, HTML only with yahoo_quoted. Mon 23 Nov; "Friday December 4th" = 4 Dec.
iv = IV["fabrikam"]
CASES.append(
    Case(
        name="yahoo_web_html",
        client="Yahoo Mail web",
        language="en",
        interview_date="2026-11-23",
        shape="HTML only, yahoo_quoted",
        subject="Re: How did it go? Fabrikam",
        date_header="Mon, 23 Nov 2026 22:01:00 +0000",
        sender="Maya Example <maya@yahoo.example>",
        own=("maya@yahoo.example",),
        html=f"""<html><head></head><body><div class="ydp3f1c2a9byahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">1) 6 out of ten</div><div dir="ltr" data-setdir="false">3) Ran out of time on the app critique</div><div dir="ltr" data-setdir="false">6) Small team, lots of ownership</div><div dir="ltr" data-setdir="false">11) Not sure</div><div dir="ltr" data-setdir="false">12) Friday December 4th</div><div dir="ltr" data-setdir="false"><br></div></div><div id="yahoo_quoted_8841207713" class="yahoo_quoted">
<div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">
<div>On Monday, November 23, 2026 at 07:02:11 PM GMT, followupd &lt;maya@example.org&gt; wrote:</div><div><br></div><div><br></div>
<div><div id="yiv5512">{debrief_html(iv)}</div></div></div></div></body></html>
""",
        answers={
            "rating": ("6 out of ten", 6),
            "went_badly": ("Ran out of time on the app critique", None),
            "company": ("Small team, lots of ownership", None),
            "want_job": ("Not sure", "unsure"),
            "hear_back": ("Friday December 4th", "2026-12-04"),
        },
        forbidden=("On Monday, November 23, 2026 at 07:02:11 PM GMT", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 31. Thunderbird, Finnish, HTML only with moz-cite-prefix. Tue 24 Nov; "ensi viikon tiistaina" = Tue 1 Dec.
iv = IV["adatum"]
CASES.append(
    Case(
        name="thunderbird_html_fi",
        client="Thunderbird",
        language="fi",
        interview_date="2026-11-24",
        shape="HTML only, moz-cite-prefix",
        subject="Re: How did it go? Adatum",
        date_header="Tue, 24 Nov 2026 21:15:00 +0200",
        sender="Maya Esimerkki <maya@example.org>",
        charset="iso-8859-15",
        html=f"""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">
  </head>
  <body>
    <p>1. 8/10</p>
    <p>2. Häiriötilanteiden käsittely, minulla oli hyviä esimerkkejä.</p>
    <p>4. Molemmat haastattelijat olivat mukavia.</p>
    <p>8. 5500 euroa kuukaudessa</p>
    <p>11. Kyllä</p>
    <p>12. Ensi viikon tiistaina</p>
    <p>Terveisin<br>Maya</p>
    <div class="moz-cite-prefix">24.11.2026 klo 19.02 followupd kirjoitti:<br>
    </div>
    <blockquote type="cite" cite="mid:debrief-2026-11-24@followupd.example">
      {debrief_html(iv)}
    </blockquote>
  </body>
</html>
""",
        answers={
            "rating": ("8/10", 8),
            "went_well": ("Häiriötilanteiden käsittely, minulla oli hyviä esimerkkejä.", None),
            "rapport": ("Molemmat haastattelijat olivat mukavia.", None),
            "money": ("5500 euroa kuukaudessa", money("5500 euroa kuukaudessa", ("5500", "EUR", "month"))),
            "want_job": ("Kyllä", "yes"),
            "hear_back": ("Ensi viikon tiistaina", "2026-12-01"),
        },
        forbidden=("Terveisin", "followupd kirjoitti:", "What went well?", LINK),
        cte="8bit",
    )
)

# 32. HEY, HTML only with a tracking pixel. Tue 8 Dec; "next Thursday" = Thu 17 Dec.
iv = IV["contoso"]
CASES.append(
    Case(
        name="hey_html_tracking_pixel",
        client="HEY",
        language="en",
        interview_date="2026-12-08",
        shape="HTML only, tracking pixel",
        subject="Re: How did it go? Contoso",
        date_header="Tue, 8 Dec 2026 20:25:00 +0000",
        sender="Maya Example <maya@hey.example>",
        own=("maya@hey.example",),
        html=f"""<div class="trix-content">
  <div>A1: 8<br>A2: Hiring plan discussion, I had a clear 90-day plan<br>A7: Team is split across three time zones. I want to meet the other leads first.<br>A11: Yes<br>A12: Next Thursday</div>
</div><br><blockquote>On December 8, 2026, followupd &lt;maya@example.org&gt; wrote:<br>{debrief_html(iv)}</blockquote><img src="https://pixel.example/open/7f3a91c2.gif" width="1" height="1" alt="" style="display:none">
""",
        answers={
            "rating": ("8", 8),
            "went_well": ("Hiring plan discussion, I had a clear 90-day plan", None),
            "reservations": (
                "Team is split across three time zones. I want to meet the other leads first.",
                None,
            ),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Next Thursday", "2026-12-17"),
        },
        forbidden=("On December 8, 2026, followupd", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 33. Superhuman, HTML only (gmail_quote markup), sign-off and a short last answer. Wed 9 Dec; "Friday the 11th" = 11 Dec.
iv = IV["wingtip"]
CASES.append(
    Case(
        name="superhuman_html",
        client="Superhuman",
        language="en",
        interview_date="2026-12-09",
        shape="HTML only, gmail_quote, short last answer",
        subject="Re: How did it go? Wingtip Toys",
        date_header="Wed, 9 Dec 2026 19:58:00 +0000",
        html=f"""<html><head></head><body><div><div>1. 7</div><div>8. $60/hour on a 6-month contract</div><div>11. Not sure</div><div>12. Friday the 11th</div><div>10. Both</div><div><br></div><div>Maya</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Dec 09, 2026 at 7:02 PM, followupd &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{debrief_html(iv)}</blockquote></div><img width="0" height="0" alt="" style="display:none;" src="https://r.superhuman.example/pixel/a1b2c3d4.png"></body></html>
""",
        answers={
            "rating": ("7", 7),
            "money": (
                "$60/hour on a 6-month contract",
                money("$60/hour on a 6-month contract", ("60", "USD", "hour")),
            ),
            "want_job": ("Not sure", "unsure"),
            "hear_back": ("Friday the 11th", "2026-12-11"),
            "vs_others": ("Both", None),
        },
        forbidden=("On Wed, Dec 09, 2026 at 7:02 PM", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 34. Gmail web, German client, attribution with the date after the verb wrapped over two lines, inline answers.
# Thu 3 Dec; "bis Mittwoch" = Wed 9 Dec.
iv = IV["tailspin"]
CASES.append(
    Case(
        name="gmail_de_wrapped_attribution_inline",
        client="Gmail web",
        language="de",
        interview_date="2026-12-03",
        shape="inline under > quotes, wrapped attribution",
        subject="Re: How did it go? Tailspin Toys",
        date_header="Thu, 3 Dec 2026 21:44:00 +0100",
        sender="Maya Beispiel <maya@gmail.example>",
        own=("maya@gmail.example",),
        plain=f"""Hallo, meine Antworten unten.

Maya

Am Do., 3. Dez. 2026 um 19:02 Uhr schrieb followupd <
maya@example.org>:

> Hi Maya,
>
> Your interview with Tailspin Toys for QA Lead (with Raj Patel) ended at 15:45.
> While it is fresh, answer what you can: reply to this email (inline under each question, or
> numbered like "1. 7/10"), or use the form: {iv.link}
>
> 1. {Q["rating"]}
>

Acht

> 2. {Q["went_well"]}
>

Teststrategie für die App, das war mein Heimspiel.

> 3. {Q["went_badly"]}
>
> 4. {Q["rapport"]}
>

Raj ist super, sehr entspannt.

> 5. {Q["role"]}
> 6. {Q["company"]}
> 7. {Q["reservations"]}
> 8. {Q["money"]}
>

Zwischen 70.000 und 75.000 Euro im Jahr

> 9. {Q["vs_current"]}
> 10. {Q["vs_others"]}
> 11. {Q["want_job"]}
>

Ja

> 12. {Q["hear_back"]}
>

Bis Mittwoch

>
> Skip anything you like; a later reply fills in or replaces single answers.
> --
> followupd
>
""",
        answers={
            "rating": ("Acht", 8),
            "went_well": ("Teststrategie für die App, das war mein Heimspiel.", None),
            "rapport": ("Raj ist super, sehr entspannt.", None),
            "money": (
                "Zwischen 70.000 und 75.000 Euro im Jahr",
                money(
                    "Zwischen 70.000 und 75.000 Euro im Jahr",
                    ("70000", "EUR", "year"),
                    ("75000", "EUR", "year"),
                ),
            ),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Bis Mittwoch", "2026-12-09"),
        },
        free_notes="Hallo, meine Antworten unten.",
        forbidden=("schrieb followupd", "Skip anything you like", LINK),
        cte="quoted-printable",
    )
)

# 35. Mail.ru, Ukrainian, attribution with the date first and "від". Thu 10 Dec; "наступного тижня" = Fri 18 Dec.
iv = IV["proseware"]
CASES.append(
    Case(
        name="mailru_uk_vid_attribution",
        client="Mail.ru",
        language="uk",
        interview_date="2026-12-10",
        shape="top-posted numbered, attribution with the date first and від",
        subject="Re: How did it go? Proseware",
        date_header="Thu, 10 Dec 2026 21:10:00 +0200",
        sender="Майя <maya@mail.example>",
        own=("maya@mail.example",),
        charset="koi8-u",
        plain=f"""1. 7 з 10
2. Технічна частина про черги повідомлень пройшла добре.
3. Забагато говорила, треба коротше.
11. Так
12. Наступного тижня

Четвер, 10 грудня 2026, 19:02 +02:00 від followupd <maya@example.org>:
{quote(debrief(iv))}
""",
        answers={
            "rating": ("7 з 10", 7),
            "went_well": ("Технічна частина про черги повідомлень пройшла добре.", None),
            "went_badly": ("Забагато говорила, треба коротше.", None),
            "want_job": ("Так", "yes"),
            "hear_back": ("Наступного тижня", "2026-12-18"),
        },
        forbidden=("від followupd", "What went well?", LINK),
        cte="base64",
    )
)

# 36. Claws Mail, Polish, "1/" numbering. Mon 30 Nov; "w środę" = Wed 2 Dec.
iv = IV["alpine"]
CASES.append(
    Case(
        name="claws_slash_pl",
        client="Claws Mail",
        language="pl",
        interview_date="2026-11-30",
        shape="top-posted numbered 1/",
        subject="Re: How did it go? Alpine Ski House",
        date_header="Mon, 30 Nov 2026 20:00:00 +0100",
        sender="Maya Przykład <maya@example.org>",
        charset="iso-8859-2",
        plain=f"""1/ 7/10
2/ Rozmowa o Terraformie i o migracji do chmury.
3/ Pytanie o koszty infrastruktury, nie miałam liczb.
8/ 22 tys. zł netto na B2B miesięcznie
11/ Tak, zdecydowanie
12/ W środę

Pozdrawiam
Maya

Dnia 30.11.2026 o 19:02 followupd <maya@example.org> napisał(a):
{quote(debrief(iv))}
""",
        answers={
            "rating": ("7/10", 7),
            "went_well": ("Rozmowa o Terraformie i o migracji do chmury.", None),
            "went_badly": ("Pytanie o koszty infrastruktury, nie miałam liczb.", None),
            "money": (
                "22 tys. zł netto na B2B miesięcznie",
                money("22 tys. zł netto na B2B miesięcznie", ("22000", "PLN", "month")),
            ),
            "want_job": ("Tak, zdecydowanie", "yes"),
            "hear_back": ("W środę", "2026-12-02"),
        },
        forbidden=("Pozdrawiam", "napisał(a):", LINK),
        cte="quoted-printable",
    )
)

# 37. Mailspring, answers on the line after their number. Tue 1 Dec; "by Friday" = Fri 4 Dec.
iv = IV["woodgrove"]
CASES.append(
    Case(
        name="mailspring_answer_next_line",
        client="Mailspring",
        language="en",
        interview_date="2026-12-01",
        shape="top-posted numbered, answer on the line after the number",
        subject="Re: How did it go? Woodgrove Bank",
        date_header="Tue, 1 Dec 2026 19:45:00 +0000",
        plain=f"""1.
7

2.
Dashboards. I showed the Looker thing I built and they asked for a copy.

4.
Jane was nice, we talked about hiking for ten minutes.

11.
yes

12.
by Friday

On Dec 1 2026, at 7:02 pm, followupd <maya@example.org> wrote:

{quote(debrief(iv))}
""",
        answers={
            "rating": ("7", 7),
            "went_well": ("Dashboards. I showed the Looker thing I built and they asked for a copy.", None),
            "rapport": ("Jane was nice, we talked about hiking for ten minutes.", None),
            "want_job": ("yes", "yes"),
            "hear_back": ("by Friday", "2026-12-04"),
        },
        forbidden=("On Dec 1 2026, at 7:02 pm", LINK),
        cte="7bit",
    )
)

# 38. eM Client, Dutch, "(1)" numbering, eM Client's separator block. Wed 2 Dec; "eind volgende week" = Fri 11 Dec.
iv = IV["fabrikam"]
CASES.append(
    Case(
        name="em_client_paren_nl",
        client="eM Client",
        language="nl",
        interview_date="2026-12-02",
        shape="top-posted numbered (1), unquoted eM Client history",
        subject="Re: How did it go? Fabrikam",
        date_header="Wed, 2 Dec 2026 20:10:00 +0100",
        sender="Maya Voorbeeld <maya@example.org>",
        plain=f"""(1) 8
(2) Mijn casus over het onboardingproces, ze vonden het heel sterk.
(3) Ik was te stil tijdens de groepsopdracht.
(8) € 4.800 bruto per maand
(11) Ja
(12) Eind volgende week

Groetjes,
Maya

------ Origineel bericht ------
Van: "followupd" <maya@example.org>
Aan: "Maya Voorbeeld" <maya@example.org>
Verzonden: 2-12-2026 19:02:11
Onderwerp: How did it go? Fabrikam

{debrief(iv)}
""",
        answers={
            "rating": ("8", 8),
            "went_well": ("Mijn casus over het onboardingproces, ze vonden het heel sterk.", None),
            "went_badly": ("Ik was te stil tijdens de groepsopdracht.", None),
            "money": ("€ 4.800 bruto per maand", money("€ 4.800 bruto per maand", ("4800", "EUR", "month"))),
            "want_job": ("Ja", "yes"),
            "hear_back": ("Eind volgende week", "2026-12-11"),
        },
        forbidden=("Groetjes", "Origineel bericht", "What went well?", LINK),
        cte="quoted-printable",
    )
)

# 39. Tutanota, "Question 1:" numbering, answers split by blank lines and an answer over two paragraphs.
# Thu 3 Dec; "in two weeks" = Thu 17 Dec.
iv = IV["northwind"]
CASES.append(
    Case(
        name="tutanota_question_n",
        client="Tutanota",
        language="en",
        interview_date="2026-12-03",
        shape="top-posted, Question N:, two-paragraph answer",
        subject="Re: How did it go? Northwind Traders",
        date_header="Thu, 3 Dec 2026 22:05:00 +0000",
        sender="Maya <maya@tuta.example>",
        own=("maya@tuta.example",),
        plain=f"""Question 1: 8

Question 3: Too much detail on the Spark tuning story.

They wanted the outcome, not every config flag. I'll lead with the result next time.

Question 8: Nothing concrete, they said the band would come later.

Question 12: in two weeks

3 Dec 2026, 19:02 by maya@example.org:

{quote(debrief(iv))}
""",
        answers={
            "rating": ("8", 8),
            "went_badly": (
                "Too much detail on the Spark tuning story.\n\nThey wanted the outcome, not every config flag. I'll lead with the result next time.",
                None,
            ),
            "money": (
                "Nothing concrete, they said the band would come later.",
                money("Nothing concrete, they said the band would come later."),
            ),
            "hear_back": ("in two weeks", "2026-12-17"),
        },
        forbidden=("3 Dec 2026, 19:02 by maya@example.org:", LINK),
    )
)

# 40. GMX, German, "Frage 1:" numbering, GMX's header block over ">" history. Mon 7 Dec; "Donnerstag, den 10." = 10 Dec.
iv = IV["litware"]
CASES.append(
    Case(
        name="gmx_frage_de",
        client="GMX",
        language="de",
        interview_date="2026-12-07",
        shape="top-posted numbered Frage N:, GMX header block",
        subject="Aw: How did it go? Litware",
        date_header="Mon, 7 Dec 2026 20:30:00 +0100",
        sender="Maya Beispiel <maya@gmx.example>",
        own=("maya@gmx.example",),
        charset="iso-8859-15",
        plain=f"""Frage 1: 9 von 10
Frage 2: Das Pair Programming, sehr angenehm.
Frage 6: Kleine Firma, flache Hierarchien.
Frage 8: 6.000 € brutto pro Monat
Frage 11: ja
Frage 12: Donnerstag, den 10.

Gesendet: Montag, 07. Dezember 2026 um 19:02 Uhr
Von: "followupd" <maya@example.org>
An: maya@gmx.example
Betreff: How did it go? Litware
{quote(debrief(iv))}
""",
        answers={
            "rating": ("9 von 10", 9),
            "went_well": ("Das Pair Programming, sehr angenehm.", None),
            "company": ("Kleine Firma, flache Hierarchien.", None),
            "money": (
                "6.000 € brutto pro Monat",
                money("6.000 € brutto pro Monat", ("6000", "EUR", "month")),
            ),
            "want_job": ("ja", "yes"),
            "hear_back": ("Donnerstag, den 10.", "2026-12-10"),
        },
        forbidden=("Gesendet: Montag, 07. Dezember 2026", LINK),
        cte="quoted-printable",
    )
)

# 41. Naver Mail, Korean, "-----Original Message-----" block. Fri 4 Dec; "다음 주 수요일" = Wed 9 Dec.
iv = IV["contoso"]
CASES.append(
    Case(
        name="naver_ko",
        client="Naver Mail",
        language="ko",
        interview_date="2026-12-04",
        shape="top-posted numbered, unquoted history under Original Message",
        subject="RE: How did it go? Contoso",
        date_header="Fri, 4 Dec 2026 21:00:00 +0900",
        sender="마야 <maya@naver.example>",
        own=("maya@naver.example",),
        charset="euc-kr",
        plain=f"""1. 10점 만점에 8점
2. 팀 운영 경험에 대한 질문에 잘 답했습니다.
3. 영어로 설명할 때 조금 긴장했습니다.
8. 연봉 9000만 원
11. 네
12. 다음 주 수요일

-----Original Message-----
From: "followupd"<maya@example.org>
To: "마야"<maya@naver.example>;
Cc:
Sent: 2026-12-04 (금) 19:02:11 (GMT+09:00)
Subject: How did it go? Contoso

{debrief(iv)}
""",
        answers={
            "rating": ("10점 만점에 8점", 8),
            "went_well": ("팀 운영 경험에 대한 질문에 잘 답했습니다.", None),
            "went_badly": ("영어로 설명할 때 조금 긴장했습니다.", None),
            "money": ("연봉 9000만 원", money("연봉 9000만 원", ("90000000", "KRW", "year"))),
            "want_job": ("네", "yes"),
            "hear_back": ("다음 주 수요일", "2026-12-09"),
        },
        forbidden=("Original Message", "What went well?", LINK),
        cte="base64",
    )
)

# 42. QQ Mail, Chinese, QQ's 原始邮件 separator. Mon 7 Dec; "本周五" = Fri 11 Dec.
iv = IV["adatum"]
CASES.append(
    Case(
        name="qq_mail_zh",
        client="QQ Mail",
        language="zh",
        interview_date="2026-12-07",
        shape="top-posted numbered, unquoted history under 原始邮件",
        subject="回复：How did it go? Adatum",
        date_header="Mon, 7 Dec 2026 21:30:00 +0800",
        sender="Maya <maya@qq.example>",
        own=("maya@qq.example",),
        charset="gb18030",
        plain=f"""1、8分
2、故障复盘的问题答得很好。
4、两位面试官都很友好，愿意一起工作。
8、月薪4万人民币
11、不确定
12、本周五

------------------ 原始邮件 ------------------
发件人: "followupd" <maya@example.org>;
发送时间: 2026年12月7日(星期一) 晚上7:02
收件人: "Maya" <maya@qq.example>;
主题: How did it go? Adatum

{debrief(iv)}
""",
        answers={
            "rating": ("8分", 8),
            "went_well": ("故障复盘的问题答得很好。", None),
            "rapport": ("两位面试官都很友好，愿意一起工作。", None),
            "money": ("月薪4万人民币", money("月薪4万人民币", ("40000", "CNY", "month"))),
            "want_job": ("不确定", "unsure"),
            "hear_back": ("本周五", "2026-12-11"),
        },
        forbidden=("原始邮件", "What went well?", LINK),
        cte="base64",
    )
)

# 43. HCL Notes, German, Notes' header block. Mon 14 Dec; "Ende der Woche" = Fri 18 Dec.
iv = IV["wingtip"]
CASES.append(
    Case(
        name="notes_de",
        client="HCL Notes",
        language="de",
        interview_date="2026-12-14",
        shape="top-posted numbered, unquoted Notes history, signature",
        subject="Antwort: How did it go? Wingtip Toys",
        date_header="Mon, 14 Dec 2026 20:20:00 +0100",
        crlf=True,
        charset="iso-8859-1",
        sender="Maya Beispiel <maya.beispiel@firma.example>",
        own=("maya.beispiel@firma.example", "maya@example.org"),
        plain=f"""1. 6 von 10
3. Die Fragen zu TypeScript-Generics, da war ich unsicher.
7. Die Pendelzeit, 70 Minuten pro Strecke. Vielleicht geht mehr Homeoffice.
11. Weiß ich noch nicht
12. Ende der Woche

Mit freundlichen Grüßen

Maya Beispiel
Softwareentwicklerin
Firma Beispiel GmbH
Tel.: +49 30 1234567



Von:        followupd <maya@example.org>
An:        Maya Beispiel <maya.beispiel@firma.example>
Datum:        14.12.2026 19:02
Betreff:        How did it go? Wingtip Toys
________________________________



{debrief(iv)}
""",
        answers={
            "rating": ("6 von 10", 6),
            "went_badly": ("Die Fragen zu TypeScript-Generics, da war ich unsicher.", None),
            "reservations": (
                "Die Pendelzeit, 70 Minuten pro Strecke. Vielleicht geht mehr Homeoffice.",
                None,
            ),
            "want_job": ("Weiß ich noch nicht", "unsure"),
            "hear_back": ("Ende der Woche", "2026-12-18"),
        },
        forbidden=(
            "Mit freundlichen Grüßen",
            "Softwareentwicklerin",
            "+49 30 1234567",
            "Datum:        14.12.2026",
            LINK,
        ),
        cte="quoted-printable",
    )
)

# 44. Apple Mail iOS, Czech, partial reply with a one-word last answer and the Czech iPhone footer.
# Tue 8 Dec; "v pátek" = Fri 11 Dec.
iv = IV["litware"]
CASES.append(
    Case(
        name="apple_ios_cs_short_last",
        client="Apple Mail iOS",
        language="cs",
        interview_date="2026-12-08",
        shape="top-posted numbered, partial, short last answer",
        subject="Re: How did it go? Litware",
        date_header="Tue, 8 Dec 2026 21:05:00 +0100",
        sender="Maya Příklad <maya@example.org>",
        charset="iso-8859-2",
        plain=f"""1. 7 z 10
12. V pátek
11. Ano

Odesláno z iPhonu

> 8. 12. 2026 v 19:02, followupd <maya@example.org>:
>
{quote(debrief(iv))}
""",
        answers={
            "rating": ("7 z 10", 7),
            "want_job": ("Ano", "yes"),
            "hear_back": ("V pátek", "2026-12-11"),
        },
        forbidden=("Odesláno z iPhonu", LINK),
        cte="quoted-printable",
    )
)

# 45. Airmail, "1 )" numbering, a sign-off and a short last answer. Fri 11 Dec; "Monday the 21st" = 21 Dec.
iv = IV["proseware"]
CASES.append(
    Case(
        name="airmail_space_paren",
        client="Airmail",
        language="en",
        interview_date="2026-12-11",
        shape="top-posted numbered 1 ), short last answer",
        subject="Re: How did it go? Proseware",
        date_header="Fri, 11 Dec 2026 19:50:00 +0000",
        plain=f"""1 ) 8
2 ) The incident story, they asked follow-ups for 20 minutes
8 ) 180-200k USD per year total comp
12 ) Monday the 21st
4 ) Hiring Manager Friendly

Best,
Maya

On 11 December 2026 at 19:02:11, followupd (maya@example.org) wrote:

{quote(debrief(iv))}
""",
        answers={
            "rating": ("8", 8),
            "went_well": ("The incident story, they asked follow-ups for 20 minutes", None),
            "money": (
                "180-200k USD per year total comp",
                money(
                    "180-200k USD per year total comp", ("180000", "USD", "year"), ("200000", "USD", "year")
                ),
            ),
            "hear_back": ("Monday the 21st", "2026-12-21"),
            "rapport": ("Hiring Manager Friendly", None),
        },
        forbidden=("Best,", "followupd (maya@example.org) wrote:", LINK),
    )
)

# 46. Gmail Android, Ukrainian client, the user answering in English, "пише:" attribution wrapped over two lines.
# Mon 30 Nov; "next week" = Fri 11 Dec.
iv = IV["tailspin"]
CASES.append(
    Case(
        name="gmail_android_uk_header_en_answers",
        client="Gmail Android",
        language="en",
        interview_date="2026-11-30",
        shape="top-posted numbered, Ukrainian attribution wrapped",
        subject="Re: How did it go? Tailspin Toys",
        date_header="Mon, 30 Nov 2026 20:15:00 +0200",
        sender="Maya <maya@gmail.example>",
        own=("maya@gmail.example",),
        plain=f"""1. 6
3. Flaky test question, I rambled
11. Unsure
12. Next week

пн, 30 лист. 2026 р. о 19:02 followupd <maya@example.org>
пише:

{quote(debrief(iv))}
""",
        answers={
            "rating": ("6", 6),
            "went_badly": ("Flaky test question, I rambled", None),
            "want_job": ("Unsure", "unsure"),
            "hear_back": ("Next week", "2026-12-11"),
        },
        forbidden=("пише:", LINK),
        cte="base64",
    )
)


# 47. Outlook for iOS, European Portuguese, De/Enviado block and the Outlook footer. Wed 9 Dec;
# "na próxima semana" = Fri 18 Dec.
iv = IV["alpine"]
CASES.append(
    Case(
        name="outlook_ios_ptpt",
        client="Outlook iOS",
        language="pt",
        interview_date="2026-12-09",
        shape="top-posted numbered, mobile footer, unquoted Portuguese Outlook history",
        subject="RE: How did it go? Alpine Ski House",
        date_header="Wed, 9 Dec 2026 20:35:00 +0000",
        sender="Maya Exemplo <maya@example.org>",
        plain=f"""1. 7 em 10
2. A conversa sobre observabilidade correu muito bem.
3. Fiquei nervosa no exercício de Terraform.
8. 3.500 € brutos por mês
11. Talvez
12. Na próxima semana

Obter o Outlook para iOS<https://aka.example/o0ukef>
________________________________
De: {FU}
Enviado: quarta-feira, 9 de dezembro de 2026 19:02
Para: Maya Exemplo <maya@example.org>
Assunto: How did it go? Alpine Ski House

{debrief(iv)}
""",
        answers={
            "rating": ("7 em 10", 7),
            "went_well": ("A conversa sobre observabilidade correu muito bem.", None),
            "went_badly": ("Fiquei nervosa no exercício de Terraform.", None),
            "money": ("3.500 € brutos por mês", money("3.500 € brutos por mês", ("3500", "EUR", "month"))),
            "want_job": ("Talvez", "unsure"),
            "hear_back": ("Na próxima semana", "2026-12-18"),
        },
        forbidden=("Obter o Outlook para iOS", "Enviado: quarta-feira", "What went well?", LINK),
        cte="base64",
    )
)

# 48. Apple Mail macOS with a French attribution, the user answering in English, a sign-off. Mon 14 Dec;
# "Thursday" = 17 Dec.
iv = IV["fabrikam"]
CASES.append(
    Case(
        name="apple_mail_fr_header_en_answers",
        client="Apple Mail macOS",
        language="en",
        interview_date="2026-12-14",
        shape="top-posted numbered, French attribution",
        subject="Re: How did it go? Fabrikam",
        date_header="Mon, 14 Dec 2026 21:48:00 +0100",
        sender="Maya Example <maya@icloud.example>",
        own=("maya@icloud.example",),
        plain=f"""1 - 8
2 - The portfolio deep dive, I had the numbers from the checkout redesign
4 - Raj and Jane were both warm, easy to talk to
5 - Lots of research and prototyping, very close to what I want
8 - €4,000 a month
11 - Yes
12 - Thursday

Cheers,
Maya

> Le 14 déc. 2026 à 19:02, followupd <maya@example.org> a écrit :
>
{quote(debrief(iv))}
""",
        answers={
            "rating": ("8", 8),
            "went_well": ("The portfolio deep dive, I had the numbers from the checkout redesign", None),
            "rapport": ("Raj and Jane were both warm, easy to talk to", None),
            "role": ("Lots of research and prototyping, very close to what I want", None),
            "money": ("€4,000 a month", money("€4,000 a month", ("4000", "EUR", "month"))),
            "want_job": ("Yes", "yes"),
            "hear_back": ("Thursday", "2026-12-17"),
        },
        forbidden=("Cheers,", "a écrit :", LINK),
        cte="quoted-printable",
    )
)

# 49. FairEmail, Romanian, "1 -" numbering and a Romanian attribution. Tue 15 Dec; "vinerea viitoare" (next Friday)
# = Friday of the next calendar week, 25 Dec.
iv = IV["woodgrove"]
CASES.append(
    Case(
        name="fairemail_ro",
        client="FairEmail",
        language="ro",
        interview_date="2026-12-15",
        shape="top-posted numbered 1 -",
        subject="Re: How did it go? Woodgrove Bank",
        date_header="Tue, 15 Dec 2026 21:12:00 +0200",
        sender="Maya Exemplu <maya@example.org>",
        plain=f"""1 - 8 din 10
2 - Exercițiul de SQL, l-am terminat primul.
6 - Echipa de date e nouă și au buget.
8 - 12.000 lei net pe lună
11 - Da
12 - Vinerea viitoare

Pe 15 decembrie 2026 19:02:11 EET, followupd <maya@example.org> a scris:
{quote(debrief(iv))}
""",
        answers={
            "rating": ("8 din 10", 8),
            "went_well": ("Exercițiul de SQL, l-am terminat primul.", None),
            "company": ("Echipa de date e nouă și au buget.", None),
            "money": ("12.000 lei net pe lună", money("12.000 lei net pe lună", ("12000", "RON", "month"))),
            "want_job": ("Da", "yes"),
            "hear_back": ("Vinerea viitoare", "2026-12-25"),
        },
        forbidden=("a scris:", LINK),
        cte="quoted-printable",
    )
)

# 50. Outlook web, Hungarian, plain text with the Feladó/Elküldve block. Thu 12 Nov; "jövő héten" = Fri 20 Nov.
iv = IV["litware"]
CASES.append(
    Case(
        name="outlook_web_hu",
        client="Outlook web",
        language="hu",
        interview_date="2026-11-12",
        shape="top-posted numbered, unquoted Hungarian Outlook history",
        subject="VÁLASZ: How did it go? Litware",
        date_header="Thu, 12 Nov 2026 20:40:00 +0100",
        sender="Maya Példa <maya@example.org>",
        charset="iso-8859-2",
        plain=f"""1. 7/10
3. A rendszertervezési feladatnál elfogyott az idő.
4. Raj nagyon kedves volt.
8. Havi bruttó 900 ezer forint
11. Igen
12. Jövő héten

Üdv,
Maya

________________________________
Feladó: {FU}
Elküldve: 2026. november 12., csütörtök 19:02
Címzett: Maya Példa <maya@example.org>
Tárgy: How did it go? Litware

{debrief(iv)}
""",
        answers={
            "rating": ("7/10", 7),
            "went_badly": ("A rendszertervezési feladatnál elfogyott az idő.", None),
            "rapport": ("Raj nagyon kedves volt.", None),
            "money": (
                "Havi bruttó 900 ezer forint",
                money("Havi bruttó 900 ezer forint", ("900000", "HUF", "month")),
            ),
            "want_job": ("Igen", "yes"),
            "hear_back": ("Jövő héten", "2026-11-20"),
        },
        forbidden=("Üdv,", "Elküldve:", "What went well?", LINK),
        cte="quoted-printable",
    )
)


# 51. Yandex Mail, Russian, inline under ">" quotes, Yandex's date-first attribution. Fri 4 Dec; "в среду" = Wed 9 Dec.
iv = IV["northwind"]
CASES.append(
    Case(
        name="yandex_inline_ru",
        client="Yandex Mail",
        language="ru",
        interview_date="2026-12-04",
        shape="inline under > quotes, date-first attribution",
        subject="Re: How did it go? Northwind Traders",
        date_header="Fri, 4 Dec 2026 22:15:00 +0300",
        sender="Майя <maya@yandex.example>",
        own=("maya@yandex.example",),
        charset="koi8-r",
        plain=f"""Привет! Ответы ниже.

04.12.2026, 19:02, "followupd" <maya@example.org>:
> Hi Maya,
>
> Your interview with Northwind Traders for Senior Data Engineer (with Jane Doe) ended at 16:00.
>
> 1. {Q["rating"]}

8 из 10

> 2. {Q["went_well"]}

Задача по проектированию хранилища, всё успела.

> 8. {Q["money"]}

250 тысяч рублей в месяц

> 11. {Q["want_job"]}

Да

> 12. {Q["hear_back"]}

В среду

{SIG}
Майя
""",
        answers={
            "rating": ("8 из 10", 8),
            "went_well": ("Задача по проектированию хранилища, всё успела.", None),
            "money": (
                "250 тысяч рублей в месяц",
                money("250 тысяч рублей в месяц", ("250000", "RUB", "month")),
            ),
            "want_job": ("Да", "yes"),
            "hear_back": ("В среду", "2026-12-09"),
        },
        free_notes="Привет! Ответы ниже.",
        forbidden=('"followupd" <maya@example.org>:',),
        cte="base64",
    )
)

# 52. Gmail web, English, inline under ">" quotes with the unanswered questions deleted. Wed 18 Nov;
# "end of the month" = 30 Nov.
iv = IV["fabrikam"]
CASES.append(
    Case(
        name="gmail_web_inline_trimmed_en",
        client="Gmail web",
        language="en",
        interview_date="2026-11-18",
        shape="inline under > quotes, unanswered questions deleted",
        subject="Re: How did it go? Fabrikam",
        date_header="Wed, 18 Nov 2026 23:05:00 +0000",
        sender="Maya Example <maya@gmail.example>",
        own=("maya@gmail.example",),
        plain=f"""On Wed, 18 Nov 2026 at 19:02, followupd <maya@example.org> wrote:

> 1. {Q["rating"]}
>

About a 6

> 4. {Q["rapport"]}
>

Raj was great. Jane seemed distracted, she was on her phone half the time.

> 7. {Q["reservations"]}
>

The role is half design ops, which I don't want. I'll ask whether that's fixed or just for the first months.

> 12. {Q["hear_back"]}
>

End of the month
""",
        answers={
            "rating": ("About a 6", 6),
            "rapport": ("Raj was great. Jane seemed distracted, she was on her phone half the time.", None),
            "reservations": (
                "The role is half design ops, which I don't want. I'll ask whether that's fixed or just for the first months.",
                None,
            ),
            "hear_back": ("End of the month", "2026-11-30"),
        },
        forbidden=("On Wed, 18 Nov 2026 at 19:02", "What reservations do you have"),
        cte="quoted-printable",
    )
)


def main() -> None:
    for old in [*HERE.glob("*.eml"), *HERE.glob("*.expected.json")]:
        old.unlink()
    for case in CASES:
        (HERE / f"{case.name}.eml").write_bytes(render(case))
        text = json.dumps(expected(case), ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case.name}.expected.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(CASES)} replies")


if __name__ == "__main__":
    main()
