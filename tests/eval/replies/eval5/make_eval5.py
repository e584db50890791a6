"""Writes the fifth held-out reply set: replies to one debrief (Thursday 2026-11-26) in many clients' shapes."""

from __future__ import annotations

import base64
import json
import quopri
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DAY = "2026-11-26"
ME = "maya@example.org"
SUBJECT = "Debrief: your interview with Northwind Labs"
QUESTIONS = [
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
]
INTRO = (
    "Hi Maya,\n\nYour interview with Northwind Labs for Platform Engineer (with Jane Doe, Raj Patel) ended at 14:00.\n"
    "While it is fresh, answer what you can: reply to this email (inline under each question, or\n"
    'numbered like "1. 7/10"), or use the form: http://127.0.0.1:8765/form/k3v9\n'
    "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)\n"
)
OUTRO = "Skip anything you like; a later reply fills in or replaces single answers.\n-- \nfollowupd\n"
QIDS = [
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
]


def debrief(inline: dict[int, str] | None = None) -> str:
    """The debrief as sent; with inline answers written under their questions."""
    parts = [INTRO]
    for number, text in enumerate(QUESTIONS, start=1):
        parts.append(f"{number}. {text}\n")
        if inline and number in inline:
            parts.append("\n".join("\x00" + line for line in inline[number].split("\n")) + "\n")
    parts.append(OUTRO)
    return "\n".join(parts)


def quoted(text: str, prefix: str = "> ") -> str:
    """Quote every line but the user's own (marked with NUL) with the prefix."""
    out = []
    for line in text.split("\n"):
        if line.startswith("\x00"):
            out.append(line[1:])
        else:
            out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def unquoted(text: str) -> str:
    return text.replace("\x00", "")


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, Any]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts], "text": text}


@dataclass
class Case:
    name: str
    client: str
    language: str
    shape: str
    body: str
    answers: dict[str, tuple[str, Any]]
    forbidden: list[str]
    charset: str = "utf-8"
    cte: str = "8bit"
    crlf: bool = False
    html: str | None = None  # an HTML part; html_only drops the text part
    html_only: bool = False
    free_notes: str = ""
    extra_headers: list[str] = field(default_factory=list)


def _encode(text: str, *, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def _part(text: str, *, subtype: str, charset: str, cte: str) -> bytes:
    head = f"Content-Type: text/{subtype}; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + _encode(text, charset=charset, cte=cte)


def build(case: Case, index: int) -> bytes:
    head = (
        f"From: Maya Example <{ME}>\nTo: followupd <{ME}>\nSubject: Re: {SUBJECT}\n"
        f"Date: Thu, 26 Nov 2026 {18 + index // 60:02d}:{index % 60:02d}:07 +0100\n"
        f"Message-ID: <eval5-{case.name}@example.org>\nIn-Reply-To: <debrief-k3v9@example.org>\n"
        f"References: <debrief-k3v9@example.org>\nMIME-Version: 1.0\n"
    )
    head += "".join(h + "\n" for h in case.extra_headers)
    if case.html is None or case.html_only:
        text, subtype = (case.html, "html") if case.html_only and case.html else (case.body, "plain")
        raw = head.encode("ascii") + _part(text, subtype=subtype, charset=case.charset, cte=case.cte)
    else:
        boundary = f"=-eval5-{index:03d}-alt"
        raw = (
            head.encode("ascii") + f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode()
        )
        raw += f"--{boundary}\n".encode() + _part(
            case.body, subtype="plain", charset=case.charset, cte=case.cte
        )
        raw += f"\n--{boundary}\n".encode() + _part(
            case.html, subtype="html", charset=case.charset, cte=case.cte
        )
        raw += f"\n--{boundary}--\n".encode()
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if case.crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def expected(case: Case) -> dict[str, Any]:
    return {
        "client": case.client,
        "language": case.language,
        "interview_date": DAY,
        "own_addresses": [ME],
        "shape": case.shape,
        "free_notes": case.free_notes,
        "answers": {qid: {"text": t, "value": v} for qid, (t, v) in case.answers.items()},
        "forbidden": case.forbidden,
    }


def html_page(inner: str, *, pixel: bool = False) -> str:
    tail = '<img src="https://t.mail.example/o/77ab.gif" width="1" height="1" alt="">' if pixel else ""
    return f'<html><head><meta charset="utf-8"></head><body>{inner}{tail}</body></html>\n'


def html_quote(text: str) -> str:
    lines = "<br>\n".join(
        t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for t in text.split("\n")
    )
    return f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{lines}</blockquote>'


NBSP = "\u00a0"
Q = QUESTIONS


def top(user: str, header: str, *, prefix: str = "> ") -> str:
    """A top-posted reply over the quoted debrief."""
    return f"{user}\n\n{header}\n{quoted(debrief(), prefix)}\n"


def history(user: str, header: str) -> str:
    """A reply over the debrief kept as unquoted history (Outlook, Notes, Samsung)."""
    return f"{user}\n\n{header}\n\n{unquoted(debrief())}"


def inline(
    answers: dict[int, str], header: str, *, before: str = "", after: str = "", prefix: str = "> "
) -> str:
    return f"{before}{header}\n{quoted(debrief(answers), prefix)}\n{after}"


OUTLOOK_EN = (
    "________________________________\nFrom: followupd <maya@example.org>\nSent: Thursday, November 26, 2026 3:12 PM\n"
    f"To: Maya Example <maya@example.org>\nSubject: {SUBJECT}"
)
GMAIL_EN = "On Thu, Nov 26, 2026 at 3:12\u202fPM followupd <maya@example.org> wrote:"

CASES: list[Case] = []


def add(**kw: Any) -> None:
    CASES.append(Case(**kw))


# 1 Gmail web, English, top-posted numbered "1."
add(
    name="gmail_web_en_numbered",
    client="Gmail web",
    language="en",
    shape="top-posted numbered 1.",
    body=top(
        "1. 7\n2. The system design part, I drew the queue setup clearly\n3. Fumbled the SQL window function question\n"
        "4. Jane was great, Raj a bit distant\n8. 95-105k base, not much on equity\n11. Yes\n12. by Friday\n\n"
        "Maya",
        GMAIL_EN,
    ),
    answers={
        "rating": ("7", 7),
        "went_well": ("The system design part, I drew the queue setup clearly", None),
        "went_badly": ("Fumbled the SQL window function question", None),
        "rapport": ("Jane was great, Raj a bit distant", None),
        "money": (
            "95-105k base, not much on equity",
            money("95-105k base, not much on equity", ("95000", None, None), ("105000", None, None)),
        ),
        "want_job": ("Yes", "yes"),
        "hear_back": ("by Friday", "2026-11-27"),
    },
    forbidden=["followupd <maya@example.org> wrote:", "Skip anything you like"],
    cte="quoted-printable",
)

# 2 Gmail Android, German client, English answers with "Q1 -"
add(
    name="gmail_android_de_client_en_q_dash",
    client="Gmail Android",
    language="en",
    shape="top-posted Q1 - numbering under German quote header",
    body=top(
        "Q1 - 6/10\nQ2 - talking about the migration project\nQ3 - too long on the intro\nQ11 - not sure\n"
        "Q12 - early next week",
        "Am Do., 26. Nov. 2026 um 15:12 Uhr schrieb followupd <maya@example.org>:",
    ),
    answers={
        "rating": ("6/10", 6),
        "went_well": ("talking about the migration project", None),
        "went_badly": ("too long on the intro", None),
        "want_job": ("not sure", "unsure"),
        "hear_back": ("early next week", "2026-12-01"),
    },
    forbidden=["schrieb followupd", "What went well?"],
)

# 3 Gmail iOS, French
add(
    name="gmail_ios_fr_numbered_paren",
    client="Gmail iOS",
    language="fr",
    shape="top-posted 1) numbering",
    body=top(
        "1) 8 sur 10\n2) Très à l'aise sur l'architecture, j'ai bien expliqué mes choix\n"
        "5) Le poste ressemble beaucoup à ce que je cherche\n8) 58 000 € brut par an\n11) Oui, clairement\n"
        "12) d'ici mardi prochain\n\nEnvoyé de mon iPhone",
        "Le jeu. 26 nov. 2026 à 15:12, followupd <maya@example.org> a écrit :",
    ),
    answers={
        "rating": ("8 sur 10", 8),
        "went_well": ("Très à l'aise sur l'architecture, j'ai bien expliqué mes choix", None),
        "role": ("Le poste ressemble beaucoup à ce que je cherche", None),
        "money": ("58 000 € brut par an", money("58 000 € brut par an", ("58000", "EUR", "year"))),
        "want_job": ("Oui, clairement", "yes"),
        "hear_back": ("d'ici mardi prochain", "2026-12-01"),
    },
    forbidden=["Envoyé de mon iPhone", "a écrit :"],
    cte="base64",
)

# 4 Outlook desktop Windows, English, unquoted history, with a disclaimer
add(
    name="outlook_win_en_history_disclaimer",
    client="Outlook desktop Windows",
    language="en",
    shape="top-posted numbered over unquoted history, long signature and disclaimer",
    body=history(
        "1.\u00a0 5\n3.\u00a0 I froze on the \u201cconflict with a colleague\u201d question\n"
        "7.\u00a0 On-call load is unclear \u2013 I\u2019ll ask the recruiter\n"
        "12.\u00a0 In two weeks\n\nKind regards\nMaya Example\nSenior Engineer | Contoso Retail\n"
        "T +44 20 7946 0000\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and "
        "intended solely for the addressee. If you are not the intended recipient, please delete it.",
        OUTLOOK_EN,
    ),
    answers={
        "rating": ("5", 5),
        "went_badly": ("I froze on the \u201cconflict with a colleague\u201d question", None),
        "reservations": ("On-call load is unclear \u2013 I\u2019ll ask the recruiter", None),
        "hear_back": ("In two weeks", "2026-12-10"),
    },
    forbidden=[
        "CONFIDENTIALITY NOTICE",
        "Senior Engineer | Contoso Retail",
        "Sent: Thursday, November 26, 2026",
    ],
    charset="windows-1252",
    cte="quoted-printable",
    crlf=True,
)

# 5 Outlook desktop Windows, German, HTML + text, inline answers in history
add(
    name="outlook_win_de_inline_history",
    client="Outlook desktop Windows",
    language="de",
    shape="inline under unquoted history",
    body=inline(
        {
            1: "Ich würde sagen 7 von 10.",
            6: "Kleines Team, sehr ehrliche Kultur.",
            11: "Ja.",
            12: "Bis 3.12.",
        },
        "Von: followupd <maya@example.org>\nGesendet: Donnerstag, 26. November 2026 15:12\n"
        f"An: Maya Example <maya@example.org>\nBetreff: {SUBJECT}\n",
        before="Hallo, Antworten unten.\n\nMaya\n\n",
        prefix="",
    ),
    answers={
        "rating": ("Ich würde sagen 7 von 10.", 7),
        "company": ("Kleines Team, sehr ehrliche Kultur.", None),
        "want_job": ("Ja.", "yes"),
        "hear_back": ("Bis 3.12.", "2026-12-03"),
    },
    forbidden=["Gesendet: Donnerstag", "Hallo, Antworten unten."],
    charset="iso-8859-15",
    cte="quoted-printable",
    crlf=True,
)

# 6 Outlook Mac, English, bottom-posted
add(
    name="outlook_mac_en_bottom_posted",
    client="Outlook Mac",
    language="en",
    shape="bottom-posted numbered under the quoted debrief",
    body=(
        "From: followupd <maya@example.org>\nDate: Thursday, 26 November 2026 at 15:12\n"
        f"To: Maya Example <maya@example.org>\nSubject: {SUBJECT}\n\n{quoted(debrief())}\n\n"
        "1 - eight\n4 - Got on really well with both, lots of laughing\n10 - Better than the fintech offer, "
        "worse pay than Globex\n11 - yes\n"
    ),
    answers={
        "rating": ("eight", 8),
        "rapport": ("Got on really well with both, lots of laughing", None),
        "vs_others": ("Better than the fintech offer, worse pay than Globex", None),
        "want_job": ("yes", "yes"),
    },
    forbidden=["Date: Thursday, 26 November 2026"],
    cte="quoted-printable",
)

# 7 Outlook web, Swedish client, Swedish answers
add(
    name="outlook_web_sv_numbered",
    client="Outlook web",
    language="sv",
    shape="top-posted numbered over unquoted Swedish history",
    body=history(
        "1. 6 av 10\n2. Kodtestet gick bra\n8. 52 000 kr i månaden\n11. Vet inte riktigt än\n12. nästa vecka\n\n"
        "Hälsningar\nMaya",
        "________________________________\nFrån: followupd <maya@example.org>\n"
        "Skickat: den 26 november 2026 15:12\nTill: Maya Example <maya@example.org>\n"
        f"Ämne: {SUBJECT}",
    ),
    answers={
        "rating": ("6 av 10", 6),
        "went_well": ("Kodtestet gick bra", None),
        "money": ("52 000 kr i månaden", money("52 000 kr i månaden", ("52000", "SEK", "month"))),
        "want_job": ("Vet inte riktigt än", "unsure"),
        "hear_back": ("nästa vecka", "2026-12-04"),
    },
    forbidden=["Skickat: den 26 november", "Hälsningar"],
    charset="iso-8859-1",
    cte="quoted-printable",
)

# 8 Outlook iOS, English, partial
add(
    name="outlook_ios_en_partial",
    client="Outlook iOS",
    language="en",
    shape="partial: three numbered answers, mobile footer",
    body=history(
        "1. 9\n11. Absolutely yes\n12. Monday\n\nGet Outlook for iOS",
        "From: followupd <maya@example.org>\nSent: Thursday, November 26, 2026 3:12:44 PM\n"
        f"To: Maya Example <maya@example.org>\nSubject: {SUBJECT}",
    ),
    answers={
        "rating": ("9", 9),
        "want_job": ("Absolutely yes", "yes"),
        "hear_back": ("Monday", "2026-11-30"),
    },
    forbidden=["Get Outlook for iOS"],
    cte="base64",
    crlf=True,
)

# 9 Outlook Android, Polish client, Polish answers
add(
    name="outlook_android_pl_numbered",
    client="Outlook Android",
    language="pl",
    shape="top-posted numbered 1. over Polish history, mobile footer",
    body=history(
        "1. 7/10\n3. Za mało przygotowałam się z Kubernetesa\n8. 18-20 tys. zł brutto miesięcznie\n"
        "11. Tak\n12. do piątku\n\nPobierz aplikację Outlook dla systemu Android",
        "Od: followupd <maya@example.org>\nWysłane: czwartek, 26 listopada 2026 15:12\n"
        f"Do: Maya Example <maya@example.org>\nTemat: {SUBJECT}",
    ),
    answers={
        "rating": ("7/10", 7),
        "went_badly": ("Za mało przygotowałam się z Kubernetesa", None),
        "money": (
            "18-20 tys. zł brutto miesięcznie",
            money("18-20 tys. zł brutto miesięcznie", ("18000", "PLN", "month"), ("20000", "PLN", "month")),
        ),
        "want_job": ("Tak", "yes"),
        "hear_back": ("do piątku", "2026-11-27"),
    },
    forbidden=["Pobierz aplikację Outlook", "Wysłane: czwartek"],
    charset="iso-8859-2",
    cte="quoted-printable",
)

# 10 Apple Mail macOS, Dutch, inline under > quotes
add(
    name="apple_mail_mac_nl_inline",
    client="Apple Mail macOS",
    language="nl",
    shape="inline under > quotes",
    body=inline(
        {
            1: "\nZes.\n",
            2: "\nDe live coding ging soepel.\n",
            9: "\nMeer verantwoordelijkheid dan nu.\n",
            11: "\nNee, het salaris is te laag.\n",
        },
        "> Op 26 nov 2026 om 15:12 heeft followupd <maya@example.org> het volgende geschreven:\n>",
        before="Zie hieronder.\n\n",
    ),
    answers={
        "rating": ("Zes.", 6),
        "went_well": ("De live coding ging soepel.", None),
        "vs_current": ("Meer verantwoordelijkheid dan nu.", None),
        "want_job": ("Nee, het salaris is te laag.", "no"),
    },
    forbidden=["het volgende geschreven", "Zie hieronder."],
    cte="quoted-printable",
)

# 11 Apple Mail iOS, English under Spanish client header, emoji
add(
    name="apple_mail_ios_es_client_en_emoji",
    client="Apple Mail iOS",
    language="en",
    shape="top-posted numbered under Spanish quote header, emoji, mobile footer",
    body=top(
        "1. 8 \U0001f642\n2. Whiteboard round \U0001f4aa\n11. yes!!\n12. by the 10th\n\nEnviado desde mi iPhone",
        "> El 26 nov 2026, a las 15:12, followupd <maya@example.org> escribió:\n>",
    ),
    answers={
        "rating": ("8 \U0001f642", 8),
        "went_well": ("Whiteboard round \U0001f4aa", None),
        "want_job": ("yes!!", "yes"),
        "hear_back": ("by the 10th", "2026-12-10"),
    },
    forbidden=["Enviado desde mi iPhone", "escribió:"],
    cte="base64",
)

# 12 Samsung Email, Spanish
add(
    name="samsung_es_numbered",
    client="Samsung Email",
    language="es",
    shape="top-posted numbered 1.- over unquoted history, mobile footer",
    body=history(
        "1.- 7\n2.- Las preguntas de Python\n8.- 40.000 euros al año más bonus\n11.- Sí\n"
        "12.- la semana que viene\n\n\n\nEnviado desde mi Galaxy",
        "-------- Mensaje original --------\nDe: followupd <maya@example.org> \nFecha: 26/11/26 15:12 (GMT+01:00) \n"
        f"Para: Maya Example <maya@example.org> \nAsunto: {SUBJECT} ",
    ),
    answers={
        "rating": ("7", 7),
        "went_well": ("Las preguntas de Python", None),
        "money": (
            "40.000 euros al año más bonus",
            money("40.000 euros al año más bonus", ("40000", "EUR", "year")),
        ),
        "want_job": ("Sí", "yes"),
        "hear_back": ("la semana que viene", "2026-12-04"),
    },
    forbidden=["Enviado desde mi Galaxy", "Mensaje original"],
    cte="base64",
)

# 13 Thunderbird, German, inline under >
add(
    name="thunderbird_de_inline",
    client="Thunderbird",
    language="de",
    shape="inline under > quotes, answers after a blank line",
    body=inline(
        {
            1: "\nacht von zehn\n",
            3: "\nDie Frage zu Gehaltsvorstellungen kam zu früh für mich.\n",
            8: "\n75.000 EUR Jahresgehalt, verhandelbar\n",
            12: "\nEnde nächster Woche\n",
        },
        "Am 26.11.26 um 15:12 schrieb followupd:",
        after="\n-- \nMaya Example\nhttps://maya.example\n",
    ),
    answers={
        "rating": ("acht von zehn", 8),
        "went_badly": ("Die Frage zu Gehaltsvorstellungen kam zu früh für mich.", None),
        "money": (
            "75.000 EUR Jahresgehalt, verhandelbar",
            money("75.000 EUR Jahresgehalt, verhandelbar", ("75000", "EUR", "year")),
        ),
        "hear_back": ("Ende nächster Woche", "2026-12-04"),
    },
    forbidden=["https://maya.example", "schrieb followupd"],
    charset="iso-8859-1",
    cte="8bit",
)

# 14 Thunderbird, English, user's numbering "(1)"
add(
    name="thunderbird_en_paren_numbers",
    client="Thunderbird",
    language="en",
    shape="top-posted (1) numbering, out of order",
    body=top(
        "(12) They said Wednesday\n(1) 6.5\n(7) Relocation - they want me in Leeds two days a week\n"
        "(5) It's more hands-on than my current job, which I want\n\nM.",
        "On 26/11/2026 15:12, followupd wrote:",
    ),
    answers={
        "hear_back": ("They said Wednesday", "2026-12-02"),
        "rating": ("6.5", 6.5),
        "reservations": ("Relocation - they want me in Leeds two days a week", None),
        "role": ("It's more hands-on than my current job, which I want", None),
    },
    forbidden=["followupd wrote:"],
    cte="7bit",
)

# 15 K-9 Mail, Czech
add(
    name="k9_cs_numbered",
    client="K-9 Mail",
    language="cs",
    shape="top-posted numbered 1. with mobile footer",
    body=top(
        "1. 7 z 10\n4. S Janou jsme si hned sedly\n11. Ano\n12. do pátku\n\n--\nOdesláno z mého telefonu "
        "Android s K-9 Mail.",
        "Dne 26. listopadu 2026 15:12:44 SEČ, followupd <maya@example.org> napsal:",
    ),
    answers={
        "rating": ("7 z 10", 7),
        "rapport": ("S Janou jsme si hned sedly", None),
        "want_job": ("Ano", "yes"),
        "hear_back": ("do pátku", "2026-11-27"),
    },
    forbidden=["Odesláno z mého telefonu", "napsal:"],
    charset="iso-8859-2",
    cte="quoted-printable",
)

# 16 FairEmail, English, "1:" numbering
add(
    name="fairemail_en_colon_numbers",
    client="FairEmail",
    language="en",
    shape="top-posted 1: numbering",
    body=top(
        "1: 4\n3: Everything about the take-home review, I couldn't defend my test choices\n"
        "11: no\n\n\u2014 Maya",
        "On November 26, 2026 3:12:44 PM GMT+01:00, followupd <maya@example.org> wrote:",
    ),
    answers={
        "rating": ("4", 4),
        "went_badly": ("Everything about the take-home review, I couldn't defend my test choices", None),
        "want_job": ("no", "no"),
    },
    forbidden=["3:12:44 PM GMT+01:00"],
)

# 17 Proton, English, inline under >, signature without "-- "
add(
    name="proton_en_inline",
    client="Proton Mail",
    language="en",
    shape="inline under > quotes, sign-off without separator",
    body=inline(
        {
            1: "Seven.",
            6: "They publish their incident postmortems, I like that.",
            8: "\u00a3420 a day, outside IR35",
            12: "end of the month",
        },
        "------- Original Message -------\nOn Thursday, November 26th, 2026 at 15:12, followupd "
        "<maya@example.org> wrote:\n",
        after="\nThanks,\nMaya\n\nSent with Proton Mail secure email.\n",
    ),
    answers={
        "rating": ("Seven.", 7),
        "company": ("They publish their incident postmortems, I like that.", None),
        "money": (
            "\u00a3420 a day, outside IR35",
            money("\u00a3420 a day, outside IR35", ("420", "GBP", "day")),
        ),
        "hear_back": ("end of the month", "2026-11-30"),
    },
    forbidden=["Sent with Proton Mail secure email.", "Original Message"],
    cte="quoted-printable",
)

# 18 Yahoo, Italian
add(
    name="yahoo_it_numbered",
    client="Yahoo Mail",
    language="it",
    shape="top-posted numbered 1. over Yahoo's quote",
    body=top(
        "1. 6\n2. La parte sul design delle API\n8. 45.000 euro lordi annui\n11. Non lo so ancora\n"
        "12. entro lunedì\n\nInviato da Yahoo Mail su Android",
        "Il giovedì 26 novembre 2026, 15:12:44 CET, followupd <maya@example.org> ha scritto:",
    ),
    answers={
        "rating": ("6", 6),
        "went_well": ("La parte sul design delle API", None),
        "money": ("45.000 euro lordi annui", money("45.000 euro lordi annui", ("45000", "EUR", "year"))),
        "want_job": ("Non lo so ancora", "unsure"),
        "hear_back": ("entro lunedì", "2026-11-30"),
    },
    forbidden=["Inviato da Yahoo Mail su Android", "ha scritto:"],
    cte="quoted-printable",
)

# 19 Fastmail, English, HTML + text, "Question 1:"
add(
    name="fastmail_en_question_n",
    client="Fastmail",
    language="en",
    shape="top-posted Question 1: numbering, text and HTML",
    body=top(
        "Question 1: 7 out of 10\nQuestion 8: no numbers discussed\nQuestion 11: yes, very much\n"
        "Question 12: within a week",
        "On Thu, 26 Nov 2026, at 15:12, followupd wrote:",
    ),
    html=html_page(
        "<div>Question 1: 7 out of 10</div><div>Question 8: no numbers discussed</div>"
        "<div>Question 11: yes, very much</div><div>Question 12: within a week</div><div><br></div>"
        "<div>On Thu, 26 Nov 2026, at 15:12, followupd wrote:</div>" + html_quote(debrief())
    ),
    answers={
        "rating": ("7 out of 10", 7),
        "money": ("no numbers discussed", money("no numbers discussed")),
        "want_job": ("yes, very much", "yes"),
        "hear_back": ("within a week", "2026-12-03"),
    },
    forbidden=["followupd wrote:"],
    cte="quoted-printable",
)

# 20 Roundcube, Portuguese (Brazil)
add(
    name="roundcube_pt_numbered",
    client="Roundcube",
    language="pt",
    shape="top-posted numbered 1/ over > quotes",
    body=top(
        "1/ 8\n2/ A conversa técnica sobre filas e eventos\n8/ R$ 18 mil por mês, CLT\n11/ Sim\n"
        "12/ semana que vem",
        "Em 2026-11-26 15:12, followupd escreveu:",
    ),
    answers={
        "rating": ("8", 8),
        "went_well": ("A conversa técnica sobre filas e eventos", None),
        "money": ("R$ 18 mil por mês, CLT", money("R$ 18 mil por mês, CLT", ("18000", "BRL", "month"))),
        "want_job": ("Sim", "yes"),
        "hear_back": ("semana que vem", "2026-12-04"),
    },
    forbidden=["followupd escreveu:"],
    charset="iso-8859-1",
    cte="quoted-printable",
)

# 21 mutt, English, inline, LF, 7bit
add(
    name="mutt_en_inline",
    client="mutt",
    language="en",
    shape="inline under > quotes, trimmed quote",
    body=(
        "On Thu, Nov 26, 2026 at 03:12:44PM +0100, followupd wrote:\n"
        f"> 1. {Q[0]}\n\n5, honestly.\n\n> 2. {Q[1]}\n\nDebugging exercise.\n\n"
        f"> 3. {Q[2]}\n\nI rambled about my current team.\n\n> [...]\n> 11. {Q[10]}\n\nunsure\n\n"
        f"> 12. {Q[11]}\n\nTuesday.\n\n-- \nMaya | gpg 0xDEADBEEF\n"
    ),
    answers={
        "rating": ("5, honestly.", 5),
        "went_well": ("Debugging exercise.", None),
        "went_badly": ("I rambled about my current team.", None),
        "want_job": ("unsure", "unsure"),
        "hear_back": ("Tuesday.", "2026-12-01"),
    },
    forbidden=["gpg 0xDEADBEEF", "followupd wrote:"],
    cte="7bit",
)

# 22 Spark, English, free text only
add(
    name="spark_en_free_text",
    client="Spark",
    language="en",
    shape="free text only",
    body=top(
        "Honestly too tired to go through the list now. It felt fine overall, will fill in the rest tomorrow.\n\n"
        "Maya",
        "On 26 Nov 2026 at 15:12 +0100, followupd <maya@example.org>, wrote:",
    ),
    answers={},
    free_notes="Honestly too tired to go through the list now. It felt fine overall, will fill in the rest tomorrow.",
    forbidden=["followupd <maya@example.org>, wrote:"],
)

# 23 Airmail, English, numbers on their own line
add(
    name="airmail_en_number_own_line",
    client="Airmail",
    language="en",
    shape="top-posted, each number on its own line with the answer below",
    body=top(
        "1\n7\n\n2\nThe product discussion with Raj\n\n12\nnext Friday\n\n--\nSent with Airmail",
        "On 26 November 2026 at 15:12:44, followupd (maya@example.org) wrote:",
    ),
    answers={
        "rating": ("7", 7),
        "went_well": ("The product discussion with Raj", None),
        "hear_back": ("next Friday", "2026-12-04"),
    },
    forbidden=["Sent with Airmail"],
)

# 24 Zoho, Danish
add(
    name="zoho_da_numbered",
    client="Zoho Mail",
    language="da",
    shape="top-posted numbered 1. over Zoho's quote",
    body=top(
        "1. 6 ud af 10\n4. Fin kemi med Jane\n8. 48.000 kr. om måneden\n11. Ja\n12. om to uger",
        "---- Den tor, 26 nov 2026 15:12:44 +0100 followupd <maya@example.org> skrev ---",
    ),
    answers={
        "rating": ("6 ud af 10", 6),
        "rapport": ("Fin kemi med Jane", None),
        "money": ("48.000 kr. om måneden", money("48.000 kr. om måneden", ("48000", "DKK", "month"))),
        "want_job": ("Ja", "yes"),
        "hear_back": ("om to uger", "2026-12-10"),
    },
    forbidden=["skrev ---"],
    cte="quoted-printable",
)

# 25 GMX, German, HTML-only
add(
    name="gmx_de_html_only",
    client="GMX",
    language="de",
    shape="HTML only, numbered, GMX history",
    html_only=True,
    html=html_page(
        '<div style="font-family: Verdana;font-size: 12.0px;"><div>1. 9</div><div>2. Das Pair Programming</div>'
        "<div>11. Auf jeden Fall</div><div>12. am Montag</div><div>&nbsp;</div><div>Gruß Maya</div>"
        '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5;">'
        '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Donnerstag, 26. November 2026 um 15:12 Uhr<br>'
        f"<b>Von:</b>&nbsp;&quot;followupd&quot; &lt;maya@example.org&gt;<br><b>Betreff:</b>&nbsp;{SUBJECT}</div>"
        + html_quote(debrief()).replace("<blockquote", "<div").replace("</blockquote>", "</div>")
        + "</div></div>"
    ),
    body="",
    answers={
        "rating": ("9", 9),
        "went_well": ("Das Pair Programming", None),
        "want_job": ("Auf jeden Fall", "yes"),
        "hear_back": ("am Montag", "2026-11-30"),
    },
    forbidden=["Gesendet:", "Gruß Maya"],
    cte="quoted-printable",
)

# 26 Web.de, English answers under a German client, partial
add(
    name="webde_de_client_en_partial",
    client="Web.de",
    language="en",
    shape="partial: four answers under German client history",
    body=history(
        "#1 7\n#2 live debugging\n#11 yes\n#12 Dec 7\n\nVon meinem Smartphone gesendet",
        f'Gesendet: Donnerstag, 26. November 2026 um 15:12 Uhr\nVon: "followupd" <maya@example.org>\n'
        f'An: "Maya Example" <maya@example.org>\nBetreff: {SUBJECT}',
    ),
    answers={
        "rating": ("7", 7),
        "went_well": ("live debugging", None),
        "want_job": ("yes", "yes"),
        "hear_back": ("Dec 7", "2026-12-07"),
    },
    forbidden=["Von meinem Smartphone gesendet"],
    cte="quoted-printable",
)

# 27 Yandex, Ukrainian
add(
    name="yandex_uk_numbered",
    client="Yandex Mail",
    language="uk",
    shape="top-posted numbered 1. over Yandex quote",
    body=top(
        "1. 8\n2. Добре пояснила архітектуру\n11. Так\n12. до понеділка\n\n-- \nНадіслано з мобільної Яндекс Пошти",
        '26.11.2026, 15:12, "followupd" <maya@example.org>:',
    ),
    answers={
        "rating": ("8", 8),
        "went_well": ("Добре пояснила архітектуру", None),
        "want_job": ("Так", "yes"),
        "hear_back": ("до понеділка", "2026-11-30"),
    },
    forbidden=["Надіслано з мобільної Яндекс Пошти"],
    charset="koi8-u",
    cte="base64",
)

# 28 HEY, English, HTML only with tracking pixel
add(
    name="hey_en_html_pixel",
    client="HEY",
    language="en",
    shape="HTML only, numbered, tracking pixel",
    html_only=True,
    html=html_page(
        '<div class="trix-content"><div>1. 3/10<br>3. Pretty much the whole coding round<br>'
        "7. Not sure the team is stable after the layoffs<br>11. No<br><br>Maya</div>"
        "<div><br>On November 26, 2026, followupd &lt;maya@example.org&gt; wrote:</div>"
        + html_quote(debrief())
        + "</div>",
        pixel=True,
    ),
    body="",
    answers={
        "rating": ("3/10", 3),
        "went_badly": ("Pretty much the whole coding round", None),
        "reservations": ("Not sure the team is stable after the layoffs", None),
        "want_job": ("No", "no"),
    },
    forbidden=["followupd <maya@example.org> wrote:"],
    cte="quoted-printable",
)

# 29 Superhuman, English, answer-then-forward
add(
    name="superhuman_en_answer_then_forward",
    client="Superhuman",
    language="en",
    shape="answers, then a forwarded recruiter mail below",
    body=(
        "1. 8\n12. Friday, see Jane's note below\n\n---------- Forwarded message ---------\n"
        "From: Jane Doe <jane@northwind.example>\nDate: Thu, Nov 26, 2026 at 4:40 PM\n"
        "Subject: Thanks for today\nTo: Maya Example <maya@example.org>\n\n"
        "Hi Maya, thanks for coming in. 1. We'll decide by Friday. 2. Salary band is 90-100k.\n\nJane\n\n"
        f"{GMAIL_EN}\n{quoted(debrief())}\n"
    ),
    answers={
        "rating": ("8", 8),
        "hear_back": ("Friday, see Jane's note below", "2026-11-27"),
    },
    forbidden=["Salary band is 90-100k", "Forwarded message"],
)

# 30 BlackBerry Hub, English, top-posted, CRLF
add(
    name="blackberry_en_numbered",
    client="BlackBerry Hub",
    language="en",
    shape="top-posted numbered, BlackBerry history block",
    body=history(
        "1. 6\n9. Similar level, better commute\n11. Not sure\n\nSent from my BlackBerry 10 smartphone.",
        "\u00a0 Original Message \u00a0\nFrom: followupd\nSent: Thursday, 26 November 2026 15:12\n"
        f"To: Maya Example\nSubject: {SUBJECT}",
    ),
    answers={
        "rating": ("6", 6),
        "vs_current": ("Similar level, better commute", None),
        "want_job": ("Not sure", "unsure"),
    },
    forbidden=["Sent from my BlackBerry 10 smartphone."],
    cte="quoted-printable",
    crlf=True,
)

# 31 HCL Notes, English, inline in unquoted history
add(
    name="notes_en_inline_history",
    client="HCL Notes",
    language="en",
    shape="inline under unquoted Notes history",
    body=(
        "See my answers inline.\n\nMaya Example\n\n\n\nFrom:\tfollowupd <maya@example.org>\n"
        "To:\tMaya Example <maya@example.org>\nDate:\t26/11/2026 15:12\n"
        f"Subject:\t{SUBJECT}\n\n"
        + quoted(debrief({1: "7", 5: "Platform work, exactly my thing", 11: "yes"}), "")
    ),
    answers={
        "rating": ("7", 7),
        "role": ("Platform work, exactly my thing", None),
        "want_job": ("yes", "yes"),
    },
    forbidden=["See my answers inline."],
    cte="quoted-printable",
)

# 32 Evolution, Finnish
add(
    name="evolution_fi_numbered",
    client="Evolution",
    language="fi",
    shape="top-posted numbered over > quotes",
    body=top(
        "1. 7\n2. Tekninen haastattelu meni hyvin\n11. Kyllä\n12. perjantaihin mennessä",
        "to, 2026-11-26 kello 15:12 +0100, followupd kirjoitti:",
    ),
    answers={
        "rating": ("7", 7),
        "went_well": ("Tekninen haastattelu meni hyvin", None),
        "want_job": ("Kyllä", "yes"),
        "hear_back": ("perjantaihin mennessä", "2026-11-27"),
    },
    forbidden=["followupd kirjoitti:"],
    charset="iso-8859-15",
    cte="8bit",
)

# 33 Claws Mail, Norwegian
add(
    name="claws_no_numbered",
    client="Claws Mail",
    language="no",
    shape="top-posted numbered over > quotes",
    body=top(
        "1. 5 av 10\n3. Jeg var for nervøs i starten\n11. Vet ikke\n12. neste uke",
        "On Thu, 26 Nov 2026 15:12:44 +0100\nfollowupd <maya@example.org> wrote:",
    ),
    answers={
        "rating": ("5 av 10", 5),
        "went_badly": ("Jeg var for nervøs i starten", None),
        "want_job": ("Vet ikke", "unsure"),
        "hear_back": ("neste uke", "2026-12-04"),
    },
    forbidden=["followupd <maya@example.org> wrote:"],
    cte="quoted-printable",
)

# 34 Gmail web, Japanese, ISO-2022-JP
add(
    name="gmail_web_ja_numbered",
    client="Gmail web",
    language="ja",
    shape="top-posted numbered 1. in Japanese",
    body=top(
        "1. 7点\n2. システム設計の説明はうまくできた\n8. 年収800万円\n11. はい\n12. 来週",
        "2026年11月26日(木) 15:12 followupd <maya@example.org>:",
    ),
    answers={
        "rating": ("7点", 7),
        "went_well": ("システム設計の説明はうまくできた", None),
        "money": ("年収800万円", money("年収800万円", ("8000000", "JPY", "year"))),
        "want_job": ("はい", "yes"),
        "hear_back": ("来週", "2026-12-04"),
    },
    forbidden=["followupd <maya@example.org>:"],
    charset="iso-2022-jp",
    cte="7bit",
)

# 35 Gmail web, Chinese, GB18030
add(
    name="gmail_web_zh_numbered",
    client="Gmail web",
    language="zh",
    shape="top-posted numbered 1、 in Chinese",
    body=top(
        "1、8分\n4、和面试官聊得很愉快\n8、月薪三万五\n11、想\n12、下周五",
        "followupd <maya@example.org> 于2026年11月26日周四 15:12写道：",
    ),
    answers={
        "rating": ("8分", 8),
        "rapport": ("和面试官聊得很愉快", None),
        "money": ("月薪三万五", money("月薪三万五", ("35000", "CNY", "month"))),
        "want_job": ("想", "yes"),
        "hear_back": ("下周五", "2026-12-04"),
    },
    forbidden=["写道："],
    charset="gb18030",
    cte="base64",
)

# 36 Gmail Android, Turkish
add(
    name="gmail_android_tr_numbered",
    client="Gmail Android",
    language="tr",
    shape="top-posted numbered 1. in Turkish",
    body=top(
        "1. 6\n2. Algoritma sorusu iyi geçti\n11. Evet\n12. pazartesiye kadar",
        "followupd <maya@example.org>, 26 Kas 2026 Per, 15:12 tarihinde şunu yazdı:",
    ),
    answers={
        "rating": ("6", 6),
        "went_well": ("Algoritma sorusu iyi geçti", None),
        "want_job": ("Evet", "yes"),
        "hear_back": ("pazartesiye kadar", "2026-11-30"),
    },
    forbidden=["şunu yazdı:"],
    charset="iso-8859-9",
    cte="quoted-printable",
)

# 37 Gmail web, English, answers split by blank lines, multi-line answer
add(
    name="gmail_web_en_multiline_answers",
    client="Gmail web",
    language="en",
    shape="top-posted numbered, answers split by blank lines, a two-line answer, signature and disclaimer",
    body=top(
        "1. 7\n\n2. The incident review exercise.\nI walked them through the outage at my current job.\n\n"
        "8. $140k-$155k base plus RSUs\n\n10. Ahead of the Initech one, behind nothing else\n\n"
        "12. Thursday Dec 3rd\n\nCheers,\nMaya\n\nMaya Example\nStaff Engineer\nAcme Widgets Inc.\n"
        "This message may contain privileged information. If you received it in error, notify the sender.",
        GMAIL_EN,
    ),
    answers={
        "rating": ("7", 7),
        "went_well": (
            "The incident review exercise.\nI walked them through the outage at my current job.",
            None,
        ),
        "money": (
            "$140k-$155k base plus RSUs",
            money("$140k-$155k base plus RSUs", ("140000", "USD", None), ("155000", "USD", None)),
        ),
        "vs_others": ("Ahead of the Initech one, behind nothing else", None),
        "hear_back": ("Thursday Dec 3rd", "2026-12-03"),
    },
    forbidden=["This message may contain privileged information", "Acme Widgets Inc."],
    cte="quoted-printable",
    crlf=True,
)

# 38 Outlook web, English, HTML+text inline with blockquote, hourly money
add(
    name="outlook_web_en_inline_hourly",
    client="Outlook web",
    language="en",
    shape="inline under unquoted Outlook history, hourly rate",
    body=inline(
        {1: "6 - ok not great", 8: "$85/hour on a 6 month contract", 12: "Next week"},
        OUTLOOK_EN + "\n",
        before="Answers inline below.\n\n",
        prefix="",
    ),
    answers={
        "rating": ("6 - ok not great", 6),
        "money": (
            "$85/hour on a 6 month contract",
            money("$85/hour on a 6 month contract", ("85", "USD", "hour")),
        ),
        "hear_back": ("Next week", "2026-12-04"),
    },
    forbidden=["Answers inline below."],
    cte="quoted-printable",
)

# 39 Mail.ru, English answers under a Russian quote header
add(
    name="mailru_ru_client_en",
    client="Mail.ru",
    language="en",
    shape="top-posted numbered under a Russian quote header",
    body=top(
        "1. 9/10\n6. Remote-first and a four day week\n11. yes\n12. in 10 days",
        "Четверг, 26 ноября 2026, 15:12 +03:00 от followupd <maya@example.org>:",
    ),
    answers={
        "rating": ("9/10", 9),
        "company": ("Remote-first and a four day week", None),
        "want_job": ("yes", "yes"),
        "hear_back": ("in 10 days", "2026-12-06"),
    },
    forbidden=["от followupd"],
    charset="koi8-r",
    cte="8bit",
)

# 40 Apple Mail macOS, Spanish, bottom-posted
add(
    name="apple_mail_mac_es_bottom",
    client="Apple Mail macOS",
    language="es",
    shape="bottom-posted numbered under > quotes",
    body=(
        "> El 26 nov 2026, a las 15:12, followupd <maya@example.org> escribió:\n>\n"
        f"{quoted(debrief())}\n\n1. Un 7\n5. Mucho trabajo con Kubernetes, justo lo que busco\n"
        "11. No estoy segura\n12. el martes\n\nUn saludo,\nMaya\n"
    ),
    answers={
        "rating": ("Un 7", 7),
        "role": ("Mucho trabajo con Kubernetes, justo lo que busco", None),
        "want_job": ("No estoy segura", "unsure"),
        "hear_back": ("el martes", "2026-12-01"),
    },
    forbidden=["Un saludo,"],
    cte="quoted-printable",
)

# 41 Gmail iOS, Italian client, English answers, NBSP after numbers, smart quotes
add(
    name="gmail_ios_it_client_en_nbsp",
    client="Gmail iOS",
    language="en",
    shape="top-posted numbered with non-breaking spaces, smart quotes, Italian header",
    body=top(
        "1.\u00a0seven out of ten\n7.\u00a0\u201cHybrid\u201d means 4 days in the office\n"
        "8.\u00a0\u20ac65k\u201370k a year\n12.\u00a0by Wednesday",
        "Il giorno gio 26 nov 2026 alle ore 15:12 followupd <maya@example.org> ha scritto:",
    ),
    answers={
        "rating": ("seven out of ten", 7),
        "reservations": ("\u201cHybrid\u201d means 4 days in the office", None),
        "money": (
            "\u20ac65k\u201370k a year",
            money("\u20ac65k\u201370k a year", ("65000", "EUR", "year"), ("70000", "EUR", "year")),
        ),
        "hear_back": ("by Wednesday", "2026-12-02"),
    },
    forbidden=["ha scritto:"],
    cte="base64",
)

# 42 neomutt, German, inline with trimmed questions
add(
    name="neomutt_de_inline",
    client="neomutt",
    language="de",
    shape="inline under > quotes, quote trimmed to the questions answered",
    body=(
        "* followupd <maya@example.org> [2026-11-26 15:12 +0100]:\n"
        f"> 1. {Q[0]}\n\nFünf.\n\n> 7. {Q[6]}\n\nDie Probezeit von sechs Monaten.\n\n"
        f"> 11. {Q[10]}\n\nNein.\n\n> 12. {Q[11]}\n\nin zwei Wochen\n\n-- \nMaya\n"
    ),
    answers={
        "rating": ("Fünf.", 5),
        "reservations": ("Die Probezeit von sechs Monaten.", None),
        "want_job": ("Nein.", "no"),
        "hear_back": ("in zwei Wochen", "2026-12-10"),
    },
    forbidden=["[2026-11-26 15:12 +0100]"],
    cte="8bit",
)


def main() -> None:
    for old in HERE.glob("*.e*"):
        if old.suffix in (".eml", ".json"):
            old.unlink()
    for index, case in enumerate(CASES):
        (HERE / f"{case.name}.eml").write_bytes(build(case, index))
        (HERE / f"{case.name}.expected.json").write_text(
            json.dumps(expected(case), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(CASES)} replies")


if __name__ == "__main__":
    main()
