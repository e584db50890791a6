"""Writes the tenth held-out reply set (eval10); running it again rewrites the same bytes."""

# ruff: noqa: E501  (client markup and header lines are kept whole, as the clients write them)

from __future__ import annotations

import base64
import json
import quopri
from datetime import date
from email.header import Header
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
QUESTIONS = (
    ("rating", "How did it go? Rate your overall performance from 0 to 10."),
    ("went_well", "What went well? Where were you strongest?"),
    ("went_badly", "What didn't go so well? What would you answer differently next time?"),
    ("rapport", "How did you get on with the interviewer(s)? Could you see yourself working with them?"),
    ("role", "What do you like about the role? How close is it to what you want?"),
    ("company", "What do you like about the company?"),
    ("reservations", "What reservations do you have, and how could they be resolved?"),
    ("money", "What money was discussed?"),
    ("vs_current", "How does this opportunity compare with your current job?"),
    ("vs_others", "How does it compare with your other opportunities?"),
    ("want_job", "Now that you have seen what they offer: do you want this job? (yes / no / not sure)"),
    ("hear_back", "When did they say you would hear back?"),
)
NUMBER = {qid: n for n, (qid, _) in enumerate(QUESTIONS, start=1)}
SKIP = "Skip anything you like; a later reply fills in or replaces single answers."
INTRO = "While it is fresh, answer what you can: reply to this email"


def link(token: str) -> str:
    return f"http://127.0.0.1:8765/form/{token}"


def debrief(*, who: str, token: str, ended: str, first: str = "Maya") -> str:
    """The plain-text debrief as followupd sends it."""
    lines = [
        f"Hi {first},",
        "",
        f"Your interview with {who} ended at {ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {link(token)}',
        "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)",
        "",
    ]
    for n, (_, text) in enumerate(QUESTIONS, start=1):
        lines += [f"{n}. {text}", ""]
    return "\n".join([*lines, SKIP, "-- ", "followupd"])


def debrief_html(*, who: str, token: str, ended: str) -> str:
    """The HTML debrief's body as a client keeps it in its history markup."""
    items = "\n".join(f"<li><p>{text.replace(chr(39), '&#39;')}</p></li>" for _, text in QUESTIONS)
    return (
        f"<p>Hi Maya,</p>\n<p>Your interview with {who} ended at {ended}.\n"
        "While it is fresh, answer what you can: reply to this email (inline under each question, or numbered like\n"
        f'&ldquo;1. 7/10&rdquo;), or <a href="{link(token)}">use the form</a>.</p>\n'
        '<p style="color: #666">The form works while followupd runs, in a browser on the computer it runs on; '
        "a reply works any time.</p>\n"
        f"<ol>\n{items}\n</ol>\n<p>{SKIP}</p>\n"
        '<p style="color: #666">&mdash; followupd</p>'
    )


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def numbered(answers: dict[str, Any], fmt: str = "{n}. ", sep: str = "\n") -> str:
    """The user's answers in question order, each after its number written her way."""
    rows = [fmt.format(n=NUMBER[q]) + a[0] for q, a in sorted(answers.items(), key=lambda kv: NUMBER[kv[0]])]
    return sep.join(rows)


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, Any]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts], "text": text}


def _body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def _header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def message(
    *,
    frm: str,
    subject: str,
    sent: str,
    token: str,
    parts: list[tuple[str, str, str, str]],
    extra: tuple[str, ...] = (),
    crlf: bool = True,
) -> bytes:
    """A reply: parts are (subtype, text, charset, transfer encoding); two parts make multipart/alternative."""
    head = [
        f"From: {_header(frm)}",
        "To: Maya Example <maya@example.org>",
        f"Subject: {_header(subject)}",
        f"Date: {sent}",
        f"Message-ID: <{token}.reply@mail.example>",
        f"In-Reply-To: <debrief.{token}@followupd.example>",
        f"References: <debrief.{token}@followupd.example>",
        *extra,
        "MIME-Version: 1.0",
    ]
    chunks: list[bytes] = []
    if len(parts) == 1:
        subtype, text, charset, cte = parts[0]
        head += [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
        chunks = ["\n".join(head).encode("ascii") + b"\n\n" + _body(text, charset, cte)]
    else:
        boundary = f"----=_Part_{token}"
        head.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        chunks = ["\n".join(head).encode("ascii") + b"\n\n"]
        for subtype, text, charset, cte in parts:
            part_head = f'--{boundary}\nContent-Type: text/{subtype}; charset="{charset}"\n'
            part_head += f"Content-Transfer-Encoding: {cte}\n\n"
            chunks.append(part_head.encode("ascii") + _body(text, charset, cte) + b"\n")
        chunks.append(f"--{boundary}--\n".encode("ascii"))
    data = b"".join(chunks)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data.replace(b"\n", b"\r\n") if crlf else data


CASES: list[dict[str, Any]] = []


def case(
    name: str,
    *,
    client: str,
    language: str,
    day: str,
    shape: str,
    eml: bytes,
    answers: dict[str, Any],
    forbidden: list[str],
    free_notes: str = "",
    own: tuple[str, ...] = ("maya@example.org",),
) -> None:
    date.fromisoformat(day)
    CASES.append(
        {
            "name": name,
            "eml": eml,
            "expected": {
                "client": client,
                "language": language,
                "interview_date": day,
                "own_addresses": list(own),
                "shape": shape,
                "free_notes": free_notes,
                "answers": {q: {"text": t, "value": v} for q, (t, v) in answers.items()},
                "forbidden": forbidden,
            },
        }
    )


def write() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for c in CASES:
        (HERE / f"{c['name']}.eml").write_bytes(c["eml"])
        text = json.dumps(c["expected"], ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{c['name']}.expected.json").write_text(text, encoding="utf-8")


# ---- Outlook and its header blocks in many languages -------------------------------------------------------------

A: dict[str, Any] = {
    "rating": ("7/10", 7),
    "went_well": ("Die Fallstudie zur Lagerplanung, da war ich sicher und schnell.", None),
    "went_badly": (
        "Bei der Frage nach SQL-Window-Functions habe ich gestockt. Nächstes Mal ein Beispiel vorbereiten.",
        None,
    ),
    "rapport": ("Sehr angenehm, Frau Doe hat viel gelacht. Ja, mit ihr könnte ich gut arbeiten.", None),
    "money": (
        "75.000 € brutto im Jahr plus Bonus",
        money("75.000 € brutto im Jahr plus Bonus", ("75000", "EUR", "year")),
    ),
    "want_job": ("Ja", "yes"),
    "hear_back": ("Ende nächster Woche", "2026-11-13"),
}
case(
    "outlook_win_de_von_gesendet",
    client="Outlook for Windows",
    language="de",
    day="2026-11-03",
    shape="top-posted numbered '1.' above an unquoted Von/Gesendet block; sign-off with title, phone, web, disclaimer",
    answers=A,
    forbidden=[
        "Gesendet: Dienstag",
        "Viele Grüße",
        "+49 30 1234567",
        "Diese E-Mail enthält vertrauliche",
        SKIP,
    ],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="AW: Debrief: Northwind, Data Analyst [fu-n7d2k4aa]",
        sent="Wed, 04 Nov 2026 08:14:22 +0100",
        token="n7d2k4aa",
        extra=("X-Mailer: Microsoft Outlook 16.0",),
        parts=[
            (
                "plain",
                numbered(A, "{n}. ").replace("\n3.", "\n\n3.").replace("\n8.", "\n\n8.")
                + "\n\nViele Grüße\nMaya Example\nSenior Data Analyst\nTel. +49 30 1234567\nwww.example.org\n\n"
                "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
                "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n\n"
                "Von: followupd <maya@example.org>\nGesendet: Dienstag, 3. November 2026 19:02\n"
                "An: Maya Example <maya@example.org>\nBetreff: Debrief: Northwind, Data Analyst [fu-n7d2k4aa]\n\n"
                + debrief(who="Northwind for Data Analyst (with Jane Doe)", token="n7d2k4aa", ended="18:30"),
                "iso-8859-15",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("8 sur 10", 8),
    "went_well": ("La présentation du projet de migration, ils ont posé plein de questions.", None),
    "rapport": ("Très bon contact avec Raj, un peu plus froid avec le directeur technique.", None),
    "role": ("Beaucoup d'autonomie, c'est proche de ce que je cherche.", None),
    "money": (
        "55 k€ par an, variable non abordé",
        money("55 k€ par an, variable non abordé", ("55000", "EUR", "year")),
    ),
    "want_job": ("Oui, clairement", "yes"),
    "hear_back": ("d'ici le 12", "2026-11-12"),
}
case(
    "outlook_win_fr_de_envoye",
    client="Outlook for Windows",
    language="fr",
    day="2026-11-05",
    shape="top-posted numbered '1)' above an unquoted De/Envoyé block; 'Cordialement' sign-off",
    answers=A,
    forbidden=["Envoyé : jeudi", "Cordialement", "Objet :", link("f5c1r8bb")],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="RE: Debrief: Fabrikam, Chef de projet [fu-f5c1r8bb]",
        sent="Thu, 05 Nov 2026 21:40:03 +0100",
        token="f5c1r8bb",
        parts=[
            (
                "plain",
                "Bonsoir,\n\n" + numbered(A, "{n}) ") + "\n\nCordialement,\nMaya\n\n"
                "De : followupd <maya@example.org>\nEnvoyé : jeudi 5 novembre 2026 19:05\n"
                "À : Maya Example <maya@example.org>\nObjet : Debrief: Fabrikam, Chef de projet [fu-f5c1r8bb]\n\n"
                + debrief(who="Fabrikam for Chef de projet", token="f5c1r8bb", ended="17:45"),
                "windows-1252",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("6 de 10", 6),
    "went_well": ("La parte técnica de Python, contesté todo sin dudar.", None),
    "went_badly": (
        "Me puse nerviosa con la pregunta de liderazgo. Tengo que preparar un ejemplo concreto.",
        None,
    ),
    "company": ("Producto propio y equipo joven.", None),
    "money": (
        "Hablamos de 48.000 € brutos anuales",
        money("Hablamos de 48.000 € brutos anuales", ("48000", "EUR", "year")),
    ),
    "want_job": ("No lo tengo claro", "unsure"),
    "hear_back": ("la semana que viene", "2026-11-20"),
}
case(
    "outlook_web_es_enviado_el",
    client="Outlook on the web",
    language="es",
    day="2026-11-10",
    shape="top-posted numbered '1.-' above an unquoted De/Enviado el block; 'Saludos' and name",
    answers=A,
    forbidden=["Enviado el: martes", "Saludos", "Asunto:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="RE: Debrief: Contoso, Backend Developer [fu-e3s9w1cc]",
        sent="Tue, 10 Nov 2026 22:05:10 +0100",
        token="e3s9w1cc",
        parts=[
            (
                "plain",
                numbered(A, "{n}.- ", "\n\n") + "\n\nSaludos,\nMaya\n\n"
                "________________________________\n"
                "De: followupd <maya@example.org>\nEnviado el: martes, 10 de noviembre de 2026 19:00\n"
                "Para: Maya Example <maya@example.org>\nAsunto: Debrief: Contoso, Backend Developer [fu-e3s9w1cc]\n\n"
                + debrief(who="Contoso for Backend Developer", token="e3s9w1cc", ended="16:30"),
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("zeven", 7),
    "went_well": ("Het gesprek over klantcontact ging goed, daar heb ik veel ervaring mee.", None),
    "reservations": ("Drie dagen op kantoor in Utrecht, dat is ver. Vragen of twee ook kan.", None),
    "money": ("€ 4.800 bruto per maand", money("€ 4.800 bruto per maand", ("4800", "EUR", "month"))),
    "vs_current": ("Meer verantwoordelijkheid dan nu.", None),
    "want_job": ("Ja, zeker", "yes"),
    "hear_back": ("maandag", "2026-11-16"),
}
case(
    "outlook_web_nl_van_verzonden",
    client="Outlook on the web",
    language="nl",
    day="2026-11-12",
    shape="top-posted numbered '1 -' above an unquoted Van/Verzonden block; 'Met vriendelijke groet'",
    answers=A,
    forbidden=["Verzonden: donderdag", "Met vriendelijke groet", "Onderwerp:"],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Tailspin, Customer Success Lead [fu-t4v8z2dd]",
        sent="Fri, 13 Nov 2026 07:51:40 +0100",
        token="t4v8z2dd",
        parts=[
            (
                "plain",
                numbered(A, "{n} - ") + "\n\nMet vriendelijke groet,\nMaya Example\n\n"
                "Van: followupd <maya@example.org>\n"
                "Verzonden: donderdag 12 november 2026 19:03\n"
                "Aan: Maya Example <maya@example.org>\nOnderwerp: Debrief: Tailspin, Customer Success Lead [fu-t4v8z2dd]\n\n"
                + debrief(who="Tailspin for Customer Success Lead", token="t4v8z2dd", ended="17:00"),
                "utf-8",
                "8bit",
            )
        ],
        crlf=False,
    ),
)

A = {
    "rating": ("8/10", 8),
    "went_well": ("系统设计那一轮答得很顺，面试官也很认可。", None),
    "went_badly": ("英文自我介绍有点紧张，下次要多练习。", None),
    "company": ("做跨境支付，业务增长很快。", None),
    "money": ("月薪 35000 元", money("月薪 35000 元", ("35000", "CNY", "month"))),
    "want_job": ("是的，很想去", "yes"),
    "hear_back": ("下周五", "2026-11-27"),
}
case(
    "outlook_win_zh_fajianren",
    client="Outlook for Windows",
    language="zh",
    day="2026-11-17",
    shape="top-posted numbered '1.' above an unquoted 发件人/发送时间 block; 谢谢 and name",
    answers=A,
    forbidden=["发送时间:", "主题:", "谢谢！", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="答复: Debrief: Woodgrove, 后端工程师 [fu-w2q7h5ee]",
        sent="Tue, 17 Nov 2026 21:12:09 +0800",
        token="w2q7h5ee",
        parts=[
            (
                "plain",
                numbered(A, "{n}. ") + "\n\n谢谢！\nMaya\n\n"
                "发件人: followupd <maya@example.org>\n发送时间: 2026年11月17日 19:01\n"
                "收件人: Maya Example <maya@example.org>\n主题: Debrief: Woodgrove, 后端工程师 [fu-w2q7h5ee]\n\n"
                + debrief(who="Woodgrove for 后端工程师", token="w2q7h5ee", ended="16:00"),
                "gb18030",
                "base64",
            )
        ],
    ),
)

A = {
    "rating": ("8 av 10", 8),
    "went_well": ("Caset om prissättning gick riktigt bra.", None),
    "want_job": ("Ja", "yes"),
    "hear_back": ("inom två veckor", "2026-12-03"),
}
case(
    "outlook_ios_sv_fran_skickat",
    client="Outlook for iOS",
    language="sv",
    day="2026-11-19",
    shape="partial top-posted numbered '1.' (4 answers), 'Hämta Outlook för iOS' footer, Från/Skickat block",
    answers=A,
    forbidden=["Hämta Outlook för iOS", "Skickat: den 19", "Ämne:"],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Sv: Debrief: Litware, Pricing Analyst [fu-s6l3m9ff]",
        sent="Thu, 19 Nov 2026 20:31:55 +0100",
        token="s6l3m9ff",
        parts=[
            (
                "plain",
                "1. 8 av 10\n2. Caset om prissättning gick riktigt bra.\n11. Ja\n12. inom två veckor\n\n"
                "Hämta Outlook för iOS<https://aka.ms/o0ukef>\n"
                "________________________________\n"
                "Från: followupd <maya@example.org>\nSkickat: den 19 november 2026 19:04\n"
                "Till: Maya Example <maya@example.org>\nÄmne: Debrief: Litware, Pricing Analyst [fu-s6l3m9ff]\n\n"
                + debrief(who="Litware for Pricing Analyst", token="s6l3m9ff", ended="15:30"),
                "utf-8",
                "base64",
            )
        ],
    ),
)

A = {
    "rating": ("7/10", 7),
    "went_well": ("Zadanie z Kafki poszło dobrze.", None),
    "rapport": ("Jan był bardzo miły, szef zespołu trochę zdystansowany.", None),
    "money": (
        "12 000 zł brutto miesięcznie",
        money("12 000 zł brutto miesięcznie", ("12000", "PLN", "month")),
    ),
    "want_job": ("Nie wiem jeszcze", "unsure"),
    "hear_back": ("do piątku", "2026-11-27"),
}
case(
    "outlook_android_pl_od_wyslano",
    client="Outlook for Android",
    language="pl",
    day="2026-11-24",
    shape="top-posted numbered '1/' with an Outlook Android footer above an unquoted Od/Wysłano block",
    answers=A,
    forbidden=["Pobierz aplikację Outlook", "Wysłano: wtorek", "Temat:"],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Odp: Debrief: Adatum, Data Engineer [fu-p1o8d3gg]",
        sent="Tue, 24 Nov 2026 20:02:17 +0100",
        token="p1o8d3gg",
        parts=[
            (
                "plain",
                numbered(A, "{n}/ ") + "\n\nPobierz aplikację Outlook dla systemu Android\n"
                "________________________________\n"
                "Od: followupd <maya@example.org>\nWysłano: wtorek, 24 listopada 2026 19:00\n"
                "Do: Maya Example <maya@example.org>\nTemat: Debrief: Adatum, Data Engineer [fu-p1o8d3gg]\n\n"
                + debrief(who="Adatum for Data Engineer", token="p1o8d3gg", ended="14:00"),
                "iso-8859-2",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("sette su dieci", 7),
    "went_well": ("La parte sul design system, avevo esempi concreti.", None),
    "went_badly": ("Domanda sul budget del team: ho risposto in modo vago.", None),
    "role": ("Molto vicino a quello che cerco, più strategia e meno esecuzione.", None),
    "money": ("45.000 euro lordi annui", money("45.000 euro lordi annui", ("45000", "EUR", "year"))),
    "want_job": ("Sì", "yes"),
    "hear_back": ("entro il 9", "2026-12-09"),
}
case(
    "outlook_win_it_da_inviato",
    client="Outlook for Windows",
    language="it",
    day="2026-12-01",
    shape="top-posted numbered '(1)' above an unquoted Da/Inviato block; 'Cordiali saluti' sign-off with phone",
    answers=A,
    forbidden=["Inviato: martedì", "Cordiali saluti", "+39 02 5550123", "Oggetto:"],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="R: Debrief: Proseware, Design Lead [fu-i9t2a6hh]",
        sent="Tue, 01 Dec 2026 21:18:44 +0100",
        token="i9t2a6hh",
        parts=[
            (
                "plain",
                numbered(A, "({n}) ") + "\n\nCordiali saluti\nMaya Example\nCell. +39 02 5550123\n\n"
                "Da: followupd <maya@example.org>\nInviato: martedì 1 dicembre 2026 19:02\n"
                "A: Maya Example <maya@example.org>\nOggetto: Debrief: Proseware, Design Lead [fu-i9t2a6hh]\n\n"
                + debrief(who="Proseware for Design Lead", token="i9t2a6hh", ended="18:00"),
                "iso-8859-1",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("8/10", 8),
    "went_well": ("The roadmap exercise. I had a clear story about prioritising the billing rework.", None),
    "went_badly": (
        "Metrics question: I named too many KPIs. Next time pick one north star and defend it.",
        None,
    ),
    "rapport": ("Great with Raj, he's someone I'd learn a lot from.", None),
    "money": (
        "$140k a year base, bonus not discussed",
        money("$140k a year base, bonus not discussed", ("140000", "USD", "year")),
    ),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Thursday the 12th", "2026-11-12"),
}
case(
    "outlook_win_en_original_message",
    client="Outlook for Windows",
    language="en",
    day="2026-11-06",
    shape="top-posted 'Q1 -' numbering; 'Best regards' sign-off with title, phone, web and disclaimer; -----Original Message-----",
    answers=A,
    forbidden=[
        "Best regards",
        "Product Manager | Example Corp",
        "+1 415 555 0134",
        "CONFIDENTIALITY NOTICE",
        "-----Original Message-----",
    ],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="RE: Debrief: Northwind, Senior PM [fu-o3m5g7ii]",
        sent="Mon, 09 Nov 2026 08:02:31 -0500",
        token="o3m5g7ii",
        parts=[
            (
                "plain",
                numbered(A, "Q{n} - ") + "\n\nBest regards,\nMaya Example\nProduct Manager | Example Corp\n"
                "M: +1 415 555 0134\nwww.example.org\n\n"
                "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended "
                "recipient(s) and may contain confidential information. If you are not the intended recipient, "
                "please delete it.\n\n"
                "-----Original Message-----\nFrom: followupd <maya@example.org>\n"
                "Sent: Friday, November 6, 2026 7:00 PM\nTo: Maya Example <maya@example.org>\n"
                "Subject: Debrief: Northwind, Senior PM [fu-o3m5g7ii]\n\n"
                + debrief(who="Northwind for Senior PM (with Raj Patel)", token="o3m5g7ii", ended="16:00"),
                "us-ascii",
                "7bit",
            )
        ],
    ),
)

A = {
    "rating": ("8/10", 8),
    "went_well": ("Teknik sorulara rahat cevap verdim.", None),
    "rapport": ("Ekip lideri çok samimiydi, birlikte çalışabilirim.", None),
    "money": ("aylık 85.000 TL net", money("aylık 85.000 TL net", ("85000", "TRY", "month"))),
    "want_job": ("Evet", "yes"),
    "hear_back": ("gelecek hafta", "2026-12-18"),
}
case(
    "outlook_win_tr_kimden_gonderildi",
    client="Outlook for Windows",
    language="tr",
    day="2026-12-08",
    shape="top-posted numbered '1)' above an unquoted Kimden/Gönderildi block; 'Saygılarımla' sign-off",
    answers=A,
    forbidden=["Gönderildi: 8 Aralık", "Saygılarımla", "Konu:"],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="YNT: Debrief: Fourth Coffee, Mobil Geliştirici [fu-k8r1y4jj]",
        sent="Tue, 08 Dec 2026 20:45:00 +0300",
        token="k8r1y4jj",
        parts=[
            (
                "plain",
                numbered(A, "{n}) ") + "\n\nSaygılarımla,\nMaya\n\n"
                "Kimden: followupd <maya@example.org>\nGönderildi: 8 Aralık 2026 Salı 19:00\n"
                "Kime: Maya Example <maya@example.org>\nKonu: Debrief: Fourth Coffee, Mobil Geliştirici [fu-k8r1y4jj]\n\n"
                + debrief(who="Fourth Coffee for Mobil Geliştirici", token="k8r1y4jj", ended="17:15"),
                "iso-8859-9",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("6.5/10", 6.5),
    "went_well": ("Pairing session went fine, we shipped the failing test.", None),
    "went_badly": ("I rambled on the behavioural part. Need shorter STAR answers.", None),
    "reservations": ("On-call every third week. Ask how often it actually pages.", None),
    "vs_others": ("Behind the Contoso offer for now.", None),
    "want_job": ("Not sure", "unsure"),
}
case(
    "outlook_mac_es_client_en_answers",
    client="Outlook for Mac",
    language="en",
    day="2026-11-18",
    shape="English answers, 'A1:' numbering, under a Spanish Outlook for Mac De/Fecha/Para/Asunto block",
    answers=A,
    forbidden=["Fecha: miércoles", "Asunto:", link("m4c6x2kk")],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Relecloud, Platform Engineer [fu-m4c6x2kk]",
        sent="Wed, 18 Nov 2026 22:10:12 +0100",
        token="m4c6x2kk",
        extra=("User-Agent: Microsoft-MacOutlook/16.90.24120815",),
        parts=[
            (
                "plain",
                numbered(A, "A{n}: ", "\n\n") + "\n\n"
                "De: followupd <maya@example.org>\nFecha: miércoles, 18 de noviembre de 2026, 19:00\n"
                "Para: Maya Example <maya@example.org>\nAsunto: Debrief: Relecloud, Platform Engineer [fu-m4c6x2kk]\n\n"
                + debrief(who="Relecloud for Platform Engineer", token="m4c6x2kk", ended="18:15"),
                "utf-8",
                "quoted-printable",
            )
        ],
        crlf=False,
    ),
)


# ---- HTML-only replies, each client with its own history markup ----------------------------------------------------


def html_doc(body: str, head: str = "") -> str:
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">{head}</head><body>{body}</body></html>'


def divs(answers: dict[str, Any], fmt: str = "{n}. ") -> str:
    return "".join(f"<div>{line}</div>" for line in numbered(answers, fmt).split("\n"))


A = {
    "rating": ("7/10", 7),
    "went_well": ("Live coding, I finished both parts with time to spare.", None),
    "went_badly": (
        "Didn&#39;t ask enough questions about the team. Prepare three next time.".replace("&#39;", "'"),
        None,
    ),
    "role": ("Mostly backend with some infra, which is what I want.", None),
    "company": ("Small, profitable, no VC pressure.", None),
    "want_job": ("Yes!", "yes"),
    "hear_back": ("end of the week", "2026-11-13"),
}
case(
    "gmail_web_html_en",
    client="Gmail web",
    language="en",
    day="2026-11-09",
    shape="HTML only, numbered '1.' in divs above a gmail_quote with gmail_attr",
    answers=A,
    forbidden=["Your interview with", "wrote:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Blue Yonder, Backend Engineer [fu-g1w5b8ll]",
        sent="Mon, 9 Nov 2026 21:33:05 -0800",
        token="g1w5b8ll",
        parts=[
            (
                "html",
                '<div dir="ltr">'
                + divs(A).replace("Didn't", "Didn&#39;t")
                + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                'On Mon, Nov 9, 2026 at 7:01 PM followupd &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt; wrote:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + debrief_html(who="Blue Yonder for Backend Engineer", token="g1w5b8ll", ended="17:30")
                + "</blockquote></div>\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("9 out of 10", 9),
    "went_well": ("Portfolio review. They loved the onboarding redesign.", None),
    "rapport": ("Jane and I clicked immediately.", None),
    "money": ("€70k–75k", money("€70k–75k", ("70000", "EUR", None), ("75000", "EUR", None))),
    "want_job": ("Definitely yes", "yes"),
    "hear_back": ("early next week", "2026-11-17"),
}
case(
    "apple_mail_macos_html_en",
    client="Apple Mail macOS",
    language="en",
    day="2026-11-11",
    shape="HTML only, numbered '1)' above blockquote type=cite with Apple's attribution div",
    answers=A,
    forbidden=["Your interview with", "wrote:", link("a7m3c9mm")],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Lamna, Product Designer [fu-a7m3c9mm]",
        sent="Wed, 11 Nov 2026 20:47:19 +0100",
        token="a7m3c9mm",
        extra=("X-Mailer: Apple Mail (2.3826.400.131.1.6)",),
        parts=[
            (
                "html",
                '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + divs(A, "{n}) ")
                + '<div><br><blockquote type="cite"><div>On 11 Nov 2026, at 19:02, followupd &lt;maya@example.org&gt; wrote:</div>'
                '<br class="Apple-interchange-newline"><div><div>'
                + debrief_html(who="Lamna for Product Designer", token="a7m3c9mm", ended="16:45")
                + "</div></div></blockquote></div><br></body></html>\n",
                "utf-8",
                "quoted-printable",
            )
        ],
        crlf=False,
    ),
)

A = {
    "rating": ("6/10", 6),
    "went_badly": ("The take-home review: they found a bug I missed.", None),
    "money": ("$55 an hour, contract to hire", money("$55 an hour, contract to hire", ("55", "USD", "hour"))),
    "want_job": ("Maybe", "unsure"),
    "hear_back": ("by the 20th", "2026-11-20"),
}
case(
    "yahoo_html_en",
    client="Yahoo Mail web",
    language="en",
    day="2026-11-13",
    shape="HTML only, partial numbered '1:' above a yahoo_quoted div",
    answers=A,
    forbidden=["followupd <maya@example.org> wrote:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Wingtip, QA Contractor [fu-y2h6q1nn]",
        sent="Fri, 13 Nov 2026 22:02:44 +0000 (UTC)",
        token="y2h6q1nn",
        parts=[
            (
                "html",
                '<html><head></head><body><div class="ydp4a1b2c3dyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + divs(A, "{n}: ")
                + '</div><div id="yahoo_quoted_8812734" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
                "<div>On Friday, November 13, 2026 at 07:01:12 PM EST, followupd &lt;maya@example.org&gt; wrote:</div><div><br></div><div><br></div>"
                '<div><div id="yiv0912837465">'
                + debrief_html(who="Wingtip for QA Contractor", token="y2h6q1nn", ended="15:00")
                + "</div></div></div></div></body></html>\n",
                "utf-8",
                "base64",
            )
        ],
    ),
)

A = {
    "rating": ("6,5/10", 6.5),
    "went_well": ("Architekturfragen, da kenne ich mich aus.", None),
    "went_badly": ("Die Frage nach Führungserfahrung. Beim nächsten Mal konkrete Zahlen nennen.", None),
    "reservations": ("Nur 25 Urlaubstage. Nachfragen, ob verhandelbar.", None),
    "want_job": ("Nein", "no"),
    "hear_back": ("übernächste Woche", "2026-12-04"),
}
case(
    "thunderbird_html_de",
    client="Thunderbird",
    language="de",
    day="2026-11-16",
    shape="HTML only, numbered '1)' above moz-cite-prefix and blockquote type=cite",
    answers=A,
    forbidden=["schrieb followupd", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Alpine Ski House, Softwarearchitektin [fu-b5t9r3oo]",
        sent="Mon, 16 Nov 2026 21:55:10 +0100",
        token="b5t9r3oo",
        extra=("User-Agent: Mozilla Thunderbird",),
        parts=[
            (
                "html",
                '<!DOCTYPE html>\n<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</head><body>\n<p>'
                + numbered(A, "{n}) ").replace("\n", "<br>\n")
                + '</p>\n<div class="moz-cite-prefix">Am 16.11.26 um 19:00 schrieb followupd:<br>\n</div>\n'
                '<blockquote type="cite" cite="mid:debrief.b5t9r3oo@followupd.example">\n'
                + debrief_html(
                    who="Alpine Ski House for Softwarearchitektin", token="b5t9r3oo", ended="17:00"
                )
                + "\n</blockquote>\n</body>\n</html>\n",
                "utf-8",
                "8bit",
            )
        ],
    ),
)

A = {
    "rating": ("7/10", 7),
    "went_well": ("Stakeholder scenario, I had a real example from last year.", None),
    "rapport": ("Fine. Panel of four, hard to read but polite.", None),
    "vs_current": ("Bigger scope, longer commute.", None),
    "want_job": ("Yes", "yes"),
    "hear_back": ("next week", "2026-11-27"),
}
word_rows = "".join(f'<p class="MsoNormal">{line}<o:p></o:p></p>\n' for line in numbered(A).split("\n"))
case(
    "outlook_win_word_html_en",
    client="Outlook for Windows (Word HTML)",
    language="en",
    day="2026-11-18",
    shape="HTML only in Word markup, numbered '1.' in MsoNormal paragraphs above the border-top From/Sent divider",
    answers=A,
    forbidden=["Sent:", "Subject:", "Kind regards", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="RE: Debrief: Trey Research, Program Manager [fu-w8d4o2pp]",
        sent="Thu, 19 Nov 2026 09:03:27 +0000",
        token="w8d4o2pp",
        parts=[
            (
                "html",
                '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
                + word_rows
                + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">Kind regards,<o:p></o:p></p>\n'
                '<p class="MsoNormal">Maya<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal"><b>From:</b> followupd &lt;maya@example.org&gt; <br><b>Sent:</b> 18 November 2026 19:00<br>'
                "<b>To:</b> Maya Example &lt;maya@example.org&gt;<br><b>Subject:</b> Debrief: Trey Research, Program Manager [fu-w8d4o2pp]<o:p></o:p></p></div>\n"
                + debrief_html(who="Trey Research for Program Manager", token="w8d4o2pp", ended="17:30")
                + "\n</div></body></html>\n",
                "windows-1252",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("8/10", 8),
    "went_well": ("Whiteboard system design, calm and structured.", None),
    "money": (
        "Nothing concrete yet, recruiter will send a range",
        money("Nothing concrete yet, recruiter will send a range"),
    ),
    "hear_back": ("Monday", "2026-11-23"),
}
case(
    "superhuman_html_pixel_en",
    client="Superhuman",
    language="en",
    day="2026-11-20",
    shape="HTML only, partial numbered '1.' with a tracking pixel, above a Superhuman gmail_quote blockquote",
    answers=A,
    forbidden=["Your interview with", link("h3s7p5qq")],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: VanArsdel, Staff Engineer [fu-h3s7p5qq]",
        sent="Fri, 20 Nov 2026 19:58:02 -0800",
        token="h3s7p5qq",
        parts=[
            (
                "html",
                "<html><head></head><body><div><div>"
                + numbered(A).replace("\n", "<br>")
                + '</div><div><br></div><div><img src="https://r.superhuman.example/pixel/3f9a2b.gif" width="1" height="1" '
                'style="display:none" alt=" "></div></div><br><div class="gmail_quote">'
                '<div>On Fri, Nov 20, 2026 at 7:00 PM, followupd &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt; wrote:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                + debrief_html(who="VanArsdel for Staff Engineer", token="h3s7p5qq", ended="18:00")
                + "</blockquote></div></body></html>\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("seven", 7),
    "went_well": ("The SQL screen was easy.", None),
    "went_badly": ("Too long on my intro.", None),
    "reservations": ("The team is new, manager started last month.", None),
    "money": ("£65,000 per annum", money("£65,000 per annum", ("65000", "GBP", "year"))),
    "want_job": ("Yes please", "yes"),
    "hear_back": ("within 10 days", "2026-12-05"),
}
case(
    "zoho_html_en",
    client="Zoho Mail",
    language="en",
    day="2026-11-25",
    shape="HTML only, numbered '1 -' above Zoho's '---- On ... wrote ----' zmail_extra block",
    answers=A,
    forbidden=["---- On Wed", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Margie's Travel, Analytics Engineer [fu-z6o1x8rr]",
        sent="Wed, 25 Nov 2026 20:40:51 +0000",
        token="z6o1x8rr",
        extra=("User-Agent: Zoho Mail",),
        parts=[
            (
                "html",
                '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
                '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
                + divs(A, "{n} - ")
                + '<div><br></div><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px;"></div>'
                '<div class="zmail_extra" data-zmail_extra=""><div><br></div><div id="Zm-_Id_-Sgn1">'
                "---- On Wed, 25 Nov 2026 19:00:00 +0000 <b>followupd &lt;maya@example.org&gt;</b> wrote ---<b>-</b></div>"
                '<div><br></div><blockquote style="margin: 0px;">'
                + debrief_html(who="Margie's Travel for Analytics Engineer", token="z6o1x8rr", ended="16:00")
                + "</blockquote></div><div><br></div></div></body></html>\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("8/10", 8),
    "went_well": ("L'étude de cas sur la tarification, j'étais à l'aise.", None),
    "company": ("Une vraie culture de l'écrit, peu de réunions.", None),
    "money": ("62 000 € brut annuel", money("62 000 € brut annuel", ("62000", "EUR", "year"))),
    "want_job": ("Oui", "yes"),
    "hear_back": ("la semaine prochaine", "2026-12-11"),
}
case(
    "proton_html_fr",
    client="Proton Mail",
    language="fr",
    day="2026-12-02",
    shape="HTML only, numbered '1.' with Proton's signature block above protonmail_quote",
    answers=A,
    forbidden=["Envoyé avec la messagerie sécurisée", "a écrit :", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Contoso, Product Analyst [fu-q9p4u6ss]",
        sent="Wed, 02 Dec 2026 21:07:30 +0000",
        token="q9p4u6ss",
        parts=[
            (
                "html",
                '<div style="font-family: Arial, sans-serif; font-size: 14px;">'
                + numbered(A).replace("\n", "<br>").replace("'", "&#39;")
                + '</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
                '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
                '<div class="protonmail_signature_block-proton">Envoyé avec la messagerie sécurisée <a target="_blank" href="https://proton.me/">Proton Mail</a>.</div></div>'
                '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">'
                "Le mercredi 2 décembre 2026 à 19:00, followupd &lt;maya@example.org&gt; a écrit :<br>"
                '<blockquote class="protonmail_quote" type="cite">'
                + debrief_html(who="Contoso for Product Analyst", token="q9p4u6ss", ended="17:00")
                + "</blockquote><br></div>\n",
                "utf-8",
                "base64",
            )
        ],
    ),
)

A = {
    "rating": ("Solid 7", 7),
    "rapport": ("Hiring manager friendly, the skip-level much less so.", None),
    "reservations": ("Return-to-office talk. Ask HR for the written policy.", None),
    "hear_back": ("Thursday the 10th", "2026-12-10"),
}
case(
    "hey_html_en",
    client="HEY",
    language="en",
    day="2026-11-30",
    shape="HTML only, partial numbered '#1' in trix-content above a HEY blockquote",
    answers=A,
    forbidden=["followupd <maya@example.org> wrote:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Nod Publishers, Engineering Manager [fu-e1y5v9tt]",
        sent="Mon, 30 Nov 2026 20:20:20 -0500",
        token="e1y5v9tt",
        parts=[
            (
                "html",
                '<div class="trix-content">\n  <div>'
                + numbered(A, "#{n} ").replace("\n", "<br>")
                + "</div><br><div>On November 30, 2026, followupd &lt;maya@example.org&gt; wrote:<br>"
                "<blockquote>"
                + debrief_html(who="Nod Publishers for Engineering Manager", token="e1y5v9tt", ended="15:00")
                + "</blockquote></div>\n</div>\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("acht von zehn", 8),
    "went_well": ("Das Gespräch mit der Fachabteilung, sehr konkret.", None),
    "role": ("Genau die Mischung aus Analyse und Beratung, die ich suche.", None),
    "money": ("68.000 € im Jahr", money("68.000 € im Jahr", ("68000", "EUR", "year"))),
    "want_job": ("Ja", "yes"),
    "hear_back": ("nächsten Mittwoch", "2026-12-02"),
}
case(
    "gmx_html_de",
    client="GMX web",
    language="de",
    day="2026-11-26",
    shape="HTML only, numbered '1.' above GMX's name=quote div with Gesendet/Von/An/Betreff",
    answers=A,
    forbidden=["Gesendet:", "Betreff:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Aw: Debrief: Coho Winery, Business Analystin [fu-x4g8n2uu]",
        sent="Thu, 26 Nov 2026 22:14:33 +0100",
        token="x4g8n2uu",
        parts=[
            (
                "html",
                '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
                + numbered(A).replace("\n", "</div>\n<div>")
                + "</div>\n<div>&nbsp;</div>\n<div>&nbsp;\n"
                '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word;">'
                '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Donnerstag, 26. November 2026 um 19:00 Uhr<br/>\n'
                "<b>Von:</b>&nbsp;&quot;followupd&quot; &lt;maya@example.org&gt;<br/>\n<b>An:</b>&nbsp;maya@example.org<br/>\n"
                "<b>Betreff:</b>&nbsp;Debrief: Coho Winery, Business Analystin [fu-x4g8n2uu]</div>\n"
                '<div name="quoted-content">'
                + debrief_html(who="Coho Winery for Business Analystin", token="x4g8n2uu", ended="16:30")
                + "</div></div></div></div></body></html>\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)


# ---- plain text: inline under quotes, unquoted history, bottom-posted, free text -------------------------------------


def inline(text: str, answers: dict[str, str], prefix: str = "> ") -> str:
    """The debrief quoted with prefix, each answer typed (unquoted) under its question."""
    out = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
        for qid, reply in answers.items():
            if line.startswith(f"{NUMBER[qid]}. ") and i + 1 < len(lines):
                out.extend(["", reply, ""] if prefix.strip() else [reply])
    return "\n".join(out)


A = {
    "rating": ("7", 7),
    "went_well": ("The product sense round. I had done my homework on their app.", None),
    "rapport": ("Both of them were lovely", None),
    "role": ("Consumer side, which is where I want to be.", None),
    "want_job": ("Yes", "yes"),
}
case(
    "gmail_android_inline_quoted_en",
    client="Gmail Android",
    language="en",
    day="2026-12-03",
    shape="inline under '>' quoted questions; the last answer a short 'Yes' with nothing after it",
    answers=A,
    forbidden=["wrote:", SKIP, link("d2a6i3vv")],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Humongous, Product Manager [fu-d2a6i3vv]",
        sent="Thu, 3 Dec 2026 22:41:09 +0000",
        token="d2a6i3vv",
        parts=[
            (
                "plain",
                "\n\nOn Thu, 3 Dec 2026, 19:02 followupd, <maya@example.org> wrote:\n\n"
                + inline(
                    debrief(who="Humongous for Product Manager", token="d2a6i3vv", ended="17:00"),
                    {q: t for q, (t, _) in A.items()},
                )
                + "\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("8", 8),
    "went_well": ("Die Präsentation lief super, keine Hänger.", None),
    "money": (
        "Nichts konkretes, nur \u201eim Rahmen des Marktüblichen\u201c",
        money("Nichts konkretes, nur \u201eim Rahmen des Marktüblichen\u201c"),
    ),
    "want_job": ("Weiß ich noch nicht", "unsure"),
    "hear_back": ("Donnerstag", "2026-12-10"),
}
case(
    "apple_mail_ios_inline_de",
    client="Apple Mail iOS",
    language="de",
    day="2026-12-07",
    shape="inline under '>' quotes, German iOS attribution and 'Von meinem iPhone gesendet' above it",
    answers=A,
    forbidden=["Von meinem iPhone gesendet", "schrieb followupd", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Wide World Importers, Vertriebsleitung [fu-i5o9s1ww]",
        sent="Tue, 8 Dec 2026 07:12:48 +0100",
        token="i5o9s1ww",
        extra=("X-Mailer: iPhone Mail (22B91)",),
        parts=[
            (
                "plain",
                "Antworten unten.\n\nVon meinem iPhone gesendet\n\n"
                "> Am 07.12.2026 um 19:03 schrieb followupd <maya@example.org>:\n>\n"
                + inline(
                    debrief(who="Wide World Importers for Vertriebsleitung", token="i5o9s1ww", ended="18:00"),
                    {q: t for q, (t, _) in A.items()},
                )
                + "\n",
                "utf-8",
                "quoted-printable",
            )
        ],
        crlf=False,
    ),
    free_notes="Antworten unten.",
)

A = {
    "rating": ("8/10 pretty solid", 8),
    "went_well": ("Debugging exercise, found the race condition fast", None),
    "went_badly": ("Salary expectations question, I said a number too early", None),
    "money": (
        "I said $120-130k, they said that's in band",
        money("I said $120-130k, they said that's in band", ("120000", "USD", None), ("130000", "USD", None)),
    ),
    "want_job": ("yes", "yes"),
    "hear_back": ("Friday", "2026-12-11"),
}
case(
    "outlook_ios_unquoted_inline_en",
    client="Outlook for iOS",
    language="en",
    day="2026-12-08",
    shape="answers typed under the unquoted questions of the history below a From/Sent block; footer above it",
    answers=A,
    forbidden=["Get Outlook for iOS", "Skip anything you like", "Sent: Tuesday"],
    free_notes="Answers below in the questions",
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Fabrikam, Senior Backend Engineer [fu-u7n3k5xx]",
        sent="Tue, 8 Dec 2026 21:30:00 +0000",
        token="u7n3k5xx",
        parts=[
            (
                "plain",
                "Answers below in the questions\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n"
                "________________________________\n"
                "From: followupd <maya@example.org>\nSent: Tuesday, December 8, 2026 7:01:22 PM\n"
                "To: Maya Example <maya@example.org>\nSubject: Debrief: Fabrikam, Senior Backend Engineer [fu-u7n3k5xx]\n\n"
                + inline(
                    debrief(who="Fabrikam for Senior Backend Engineer", token="u7n3k5xx", ended="17:00"),
                    {q: t for q, (t, _) in A.items()},
                    prefix="",
                ),
                "utf-8",
                "base64",
            )
        ],
    ),
)

A = {
    "rating": ("10점 만점에 8점", 8),
    "went_well": ("기술 면접에서 질문에 다 답했어요.", None),
    "rapport": ("팀장님이 친절하셨어요. 같이 일하고 싶어요.", None),
    "money": ("연봉 6,500만 원", money("연봉 6,500만 원", ("65000000", "KRW", "year"))),
    "want_job": ("네, 가고 싶어요", "yes"),
    "hear_back": ("다음 주 수요일", "2026-12-16"),
}
case(
    "samsung_email_ko",
    client="Samsung Email",
    language="ko",
    day="2026-12-09",
    shape="top-posted numbered '1.' with a Samsung footer above a Korean '원본 이메일' separator block",
    answers=A,
    forbidden=["Galaxy 스마트폰에서 보냈습니다", "원본 이메일", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="RE: Debrief: 블루스카이, 백엔드 개발자 [fu-k2s8b4yy]",
        sent="Wed, 09 Dec 2026 21:05:33 +0900",
        token="k2s8b4yy",
        parts=[
            (
                "plain",
                numbered(A) + "\n\n\n\nSamsung Galaxy 스마트폰에서 보냈습니다.\n\n"
                "-------- 원본 이메일 --------\n발신: followupd <maya@example.org>\n"
                "날짜: 26/12/9 오후 7:02 (GMT+09:00)\n수신: Maya Example <maya@example.org>\n"
                "제목: Debrief: 블루스카이, 백엔드 개발자 [fu-k2s8b4yy]\n\n"
                + debrief(who="블루스카이 for 백엔드 개발자", token="k2s8b4yy", ended="17:00"),
                "euc-kr",
                "base64",
            )
        ],
    ),
)

A = {
    "rating": ("7/10", 7),
    "went_well": ("Kernel questions, the scheduler discussion in particular.", None),
    "went_badly": ("Forgot how epoll edge-triggered mode behaves. Revise.", None),
    "vs_current": ("Better team, worse pay.", None),
    "want_job": ("unsure", "unsure"),
    "hear_back": ("Tuesday", "2026-12-15"),
}
case(
    "mutt_bottom_posted_en",
    client="mutt",
    language="en",
    day="2026-12-10",
    shape="bottom-posted numbered '1.' under the whole '>' quote, then '-- ' signature",
    answers=A,
    forbidden=["followupd wrote:", "Maya Example | example.org", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Litware, Systems Engineer [fu-m9b1t7zz]",
        sent="Thu, 10 Dec 2026 23:12:40 +0000",
        token="m9b1t7zz",
        extra=("User-Agent: NeoMutt/20241114",),
        parts=[
            (
                "plain",
                "On Thu, Dec 10, 2026 at 07:01:44PM +0000, followupd wrote:\n"
                + quote(debrief(who="Litware for Systems Engineer", token="m9b1t7zz", ended="16:30"))
                + "\n\n"
                + numbered(A)
                + "\n\n-- \nMaya Example | example.org\n",
                "us-ascii",
                "7bit",
            )
        ],
        crlf=False,
    ),
)

A = {
    "rating": ("7 sur 10", 7),
    "went_badly": ("Question sur la gestion de conflit, réponse trop générale.", None),
    "company": ("Ils financent la formation, c'est rare.", None),
    "want_job": ("Je ne sais pas encore", "unsure"),
    "hear_back": ("mardi", "2026-12-15"),
}
case(
    "thunderbird_plain_inline_fr",
    client="Thunderbird",
    language="fr",
    day="2026-12-11",
    shape="inline under '>' quotes with Thunderbird's French attribution",
    answers=A,
    forbidden=["a écrit :", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Lucerne, Responsable produit [fu-t3f7e1ab]",
        sent="Fri, 11 Dec 2026 22:00:12 +0100",
        token="t3f7e1ab",
        extra=("User-Agent: Mozilla Thunderbird",),
        parts=[
            (
                "plain",
                "Le 11/12/2026 à 19:00, followupd a écrit :\n"
                + inline(
                    debrief(who="Lucerne for Responsable produit", token="t3f7e1ab", ended="17:00"),
                    {q: t for q, (t, _) in A.items()},
                )
                + "\n",
                "iso-8859-15",
                "8bit",
            )
        ],
    ),
)


# ---- mobile and desktop clients, numbered in the user's own ways ---------------------------------------------------

A = {
    "rating": ("7/10", 7),
    "went_well": ("Fachlich alles gut, die Fragen zu Kubernetes konnte ich alle beantworten.", None),
    "rapport": ("Sympathisch, lockerer Ton.", None),
    "money": ("5.500 € brutto/Monat", money("5.500 € brutto/Monat", ("5500", "EUR", "month"))),
    "want_job": ("Ja", "yes"),
    "hear_back": ("Donnerstag", "2026-12-17"),
}
case(
    "k9_de_hash_numbers",
    client="K-9 Mail",
    language="de",
    day="2026-12-14",
    shape="top-posted '#1' numbering, K-9 footer, date-after-verb attribution above '>' quotes",
    answers=A,
    forbidden=["K-9 Mail gesendet", "schrieb followupd", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Adventure Works, DevOps Engineer [fu-k9d4h8cd]",
        sent="Mon, 14 Dec 2026 20:20:02 +0100",
        token="k9d4h8cd",
        extra=("User-Agent: K-9 Mail for Android",),
        parts=[
            (
                "plain",
                numbered(A, "#{n} ")
                + "\n\n-- \nDiese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.\n\n"
                "Am 14. Dezember 2026 19:02:11 MEZ schrieb followupd <maya@example.org>:\n"
                + quote(debrief(who="Adventure Works for DevOps Engineer", token="k9d4h8cd", ended="18:00"))
                + "\n",
                "utf-8",
                "8bit",
            )
        ],
        crlf=False,
    ),
)

A = {
    "rating": ("nota 8", 8),
    "went_well": ("A conversa sobre arquitetura de microsserviços.", None),
    "went_badly": ("Travei no inglês no começo.", None),
    "money": ("R$ 14.000 por mês, CLT", money("R$ 14.000 por mês, CLT", ("14000", "BRL", "month"))),
    "want_job": ("Sim", "yes"),
    "hear_back": ("até sexta", "2026-12-18"),
}
case(
    "gmail_ios_pt_br_wrapped_attribution",
    client="Gmail iOS",
    language="pt",
    day="2026-12-15",
    shape="top-posted '1 -' numbering above a Portuguese attribution wrapped over two lines and '>' quotes",
    answers=A,
    forbidden=["escreveu:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Tailwind Traders, Desenvolvedora Java [fu-b8r2p6ef]",
        sent="Tue, 15 Dec 2026 21:48:10 -0300",
        token="b8r2p6ef",
        parts=[
            (
                "plain",
                numbered(A, "{n} - ")
                + "\n\nEm ter., 15 de dez. de 2026 às 19:01, followupd <\nmaya@example.org> escreveu:\n\n"
                + quote(
                    debrief(who="Tailwind Traders for Desenvolvedora Java", token="b8r2p6ef", ended="17:30")
                )
                + "\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("7/10", 7),
    "role": ("Gosto da parte de dados, é o que procuro.", None),
    "money": ("3.200 € líquidos por mês", money("3.200 € líquidos por mês", ("3200", "EUR", "month"))),
    "want_job": ("Talvez", "unsure"),
    "hear_back": ("até dia 22", "2026-12-22"),
}
case(
    "apple_mail_ios_pt_pt",
    client="Apple Mail iOS",
    language="pt",
    day="2026-12-16",
    shape="partial top-posted '1:' numbering, 'Enviado do meu iPhone', Portuguese iOS attribution with '>' quotes",
    answers=A,
    forbidden=["Enviado do meu iPhone", "escreveu:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Contoso Lisboa, Analista de Dados [fu-l5j9c3gh]",
        sent="Wed, 16 Dec 2026 20:11:00 +0000",
        token="l5j9c3gh",
        extra=("X-Mailer: iPhone Mail (22C152)",),
        parts=[
            (
                "plain",
                numbered(A, "{n}: ") + "\n\nEnviado do meu iPhone\n\n"
                "> No dia 16/12/2026, às 19:02, followupd <maya@example.org> escreveu:\n>\n"
                + quote(debrief(who="Contoso Lisboa for Analista de Dados", token="l5j9c3gh", ended="16:00"))
                + "\n",
                "iso-8859-15",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("7", 7),
    "went_badly": ("Ran out of time on the second exercise.", None),
    "want_job": ("Not sure yet", "unsure"),
    "hear_back": ("Friday", "2026-11-06"),
}
case(
    "fastmail_partial_en",
    client="Fastmail",
    language="en",
    day="2026-11-04",
    shape="partial top-posted '1 )' numbering (4 answers) above Fastmail's attribution and '>' quotes",
    answers=A,
    forbidden=["followupd wrote:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Southridge, Frontend Developer [fu-f2m6a1ij]",
        sent="Wed, 04 Nov 2026 21:22:05 +0000",
        token="f2m6a1ij",
        extra=("User-Agent: Cyrus-JMAP/3.11.0",),
        parts=[
            (
                "plain",
                numbered(A, "{n} ) ")
                + "\n\nOn Wed, 4 Nov 2026, at 19:00, followupd wrote:\n"
                + quote(debrief(who="Southridge for Frontend Developer", token="f2m6a1ij", ended="17:00"))
                + "\n",
                "utf-8",
                "7bit",
            )
        ],
    ),
)

FREE = (
    "Honestly it was a strange one. The interviewer was twenty minutes late and then mostly talked about "
    "himself, so I never got to show the migration work. I don't think I'll pursue this one, but I'll wait "
    "for their email before deciding anything."
)
case(
    "roundcube_free_text_en",
    client="Roundcube",
    language="en",
    day="2026-11-02",
    shape="free text only above Roundcube's attribution and '>' quotes; no answer to any question",
    answers={},
    forbidden=["followupd wrote:", SKIP],
    free_notes=FREE,
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Graphic Design Institute, Web Developer [fu-r7c3d5kl]",
        sent="Mon, 02 Nov 2026 22:30:47 +0100",
        token="r7c3d5kl",
        extra=("User-Agent: Roundcube Webmail/1.6.9",),
        parts=[
            (
                "plain",
                FREE
                + "\n\nMaya\n\nOn 2026-11-02 19:00, followupd wrote:\n"
                + quote(
                    debrief(who="Graphic Design Institute for Web Developer", token="r7c3d5kl", ended="16:00")
                )
                + "\n",
                "utf-8",
                "quoted-printable",
            )
        ],
        crlf=False,
    ),
)

A = {
    "rating": ("8 out of 10", 8),
    "went_well": ("Case study on churn.", None),
    "went_badly": ("Mixed up two cohort numbers.", None),
    "rapport": ("Yes, both", None),
}
case(
    "spark_ios_a_numbers_short_last",
    client="Spark",
    language="en",
    day="2026-11-03",
    shape="partial top-posted 'A1:' numbering whose last answer is a short 'Yes, both', then 'Thanks, Maya'",
    answers=A,
    forbidden=["Thanks,", "followupd <maya@example.org>, wrote:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Datum, Growth Analyst [fu-s1p5k9mn]",
        sent="Tue, 3 Nov 2026 20:03:10 +0000",
        token="s1p5k9mn",
        parts=[
            (
                "plain",
                numbered(A, "A{n}: ")
                + "\n\nThanks,\nMaya\n\nOn 3 Nov 2026, 19:01 +0000, followupd <maya@example.org>, wrote:\n\n"
                + quote(debrief(who="Datum for Growth Analyst", token="s1p5k9mn", ended="17:00"))
                + "\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("7/10", 7),
    "went_well": ("La prueba de datos, la terminé rápido.", None),
    "vs_others": ("Mejor que la de Madrid, peor que la remota.", None),
    "money": (
        "Entre 40.000 y 45.000 € al año",
        money("Entre 40.000 y 45.000 € al año", ("40000", "EUR", "year"), ("45000", "EUR", "year")),
    ),
    "want_job": ("Sí", "yes"),
    "hear_back": ("el jueves 19", "2026-11-19"),
}
case(
    "airmail_es",
    client="Airmail",
    language="es",
    day="2026-11-17",
    shape="top-posted 'Pregunta 1:' numbering above Airmail's Spanish attribution and '>' quotes",
    answers=A,
    forbidden=["escribió:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Fabrikam Iberia, Data Scientist [fu-a4e8w2op]",
        sent="Tue, 17 Nov 2026 23:01:55 +0100",
        token="a4e8w2op",
        extra=("X-Mailer: Airmail (612)",),
        parts=[
            (
                "plain",
                numbered(A, "Pregunta {n}: ")
                + "\n\nEl 17 de noviembre de 2026, 19:02 +0100, followupd <maya@example.org> escribió:\n\n"
                + quote(debrief(who="Fabrikam Iberia for Data Scientist", token="a4e8w2op", ended="18:00"))
                + "\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("8 з 10", 8),
    "went_well": ("Технічна частина, задачу розв'язала повністю.", None),
    "went_badly": ("Питання про оцінку задач, відповіла невпевнено.", None),
    "money": ("3500 доларів на місяць", money("3500 доларів на місяць", ("3500", "USD", "month"))),
    "want_job": ("Так", "yes"),
    "hear_back": ("наступного тижня", "2026-12-04"),
}
case(
    "gmail_web_uk_pyshe",
    client="Gmail web",
    language="uk",
    day="2026-11-27",
    shape="top-posted numbered '1.' above Gmail's Ukrainian 'пише:' attribution and '>' quotes",
    answers=A,
    forbidden=["пише:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Northwind Kyiv, QA Engineer [fu-u6k1r7qr]",
        sent="Fri, 27 Nov 2026 21:35:12 +0200",
        token="u6k1r7qr",
        parts=[
            (
                "plain",
                numbered(A)
                + "\n\nпт, 27 лист. 2026 р. о 19:01 followupd <maya@example.org> пише:\n\n"
                + quote(debrief(who="Northwind Kyiv for QA Engineer", token="u6k1r7qr", ended="16:00"))
                + "\n",
                "koi8-u",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("6/10", 6),
    "went_well": ("Regulatory questions, that is my home turf.", None),
    "reservations": ("Travel 40%. Could ask for a cap in the contract.", None),
    "want_job": ("No", "no"),
    "hear_back": ("end of next week", "2026-12-11"),
}
case(
    "blackberry_hub_en",
    client="BlackBerry Hub",
    language="en",
    day="2026-12-01",
    shape="top-posted numbered '1.' above BlackBerry's footer, 'Original Message' and an unquoted From/Sent block",
    answers=A,
    forbidden=["Sent from my BlackBerry", "Original Message", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Bellows College, Compliance Officer [fu-b3h7u1st]",
        sent="Tue, 01 Dec 2026 20:10:00 -0500",
        token="b3h7u1st",
        parts=[
            (
                "plain",
                numbered(A) + "\n\nSent from my BlackBerry 10 smartphone.\n"
                "From: followupd\nSent: Tuesday, 1 December 2026 19:03\nTo: Maya Example\n"
                "Subject: Debrief: Bellows College, Compliance Officer [fu-b3h7u1st]\n\n"
                "Original Message\n\n"
                + debrief(who="Bellows College for Compliance Officer", token="b3h7u1st", ended="15:00"),
                "utf-8",
                "base64",
            )
        ],
    ),
)

A = {
    "rating": ("5/10", 5),
    "went_badly": ("The presentation. The projector failed and I lost my thread.", None),
    "company": ("Stable, good pension.", None),
    "vs_current": ("Similar, just a different building.", None),
    "want_job": ("Not sure", "unsure"),
    "hear_back": ("Wednesday", "2026-12-09"),
}
case(
    "hcl_notes_en",
    client="HCL Notes",
    language="en",
    day="2026-12-04",
    shape="top-posted 'Question 1:' numbering above Notes' tabbed From/To/Date/Subject block, unquoted",
    answers=A,
    forbidden=["Regards, Maya", "City Power & Light, IT Auditor [fu-n8l2o6uv]", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: City Power & Light, IT Auditor [fu-n8l2o6uv]",
        sent="Fri, 4 Dec 2026 21:00:00 +0000",
        token="n8l2o6uv",
        extra=("X-Mailer: HCL Notes Release 12.0.2 February 13, 2023",),
        parts=[
            (
                "plain",
                numbered(A, "Question {n}: ") + "\n\nRegards, Maya\n\n\n\n"
                "From:\tfollowupd <maya@example.org>\nTo:\tMaya Example <maya@example.org>\n"
                "Date:\t04.12.2026 19:00\nSubject:\tDebrief: City Power & Light, IT Auditor [fu-n8l2o6uv]\n\n"
                + debrief(who="City Power & Light for IT Auditor", token="n8l2o6uv", ended="17:00"),
                "us-ascii",
                "7bit",
            )
        ],
    ),
)

A = {
    "rating": ("8", 8),
    "went_well": ("De technische casus, ik had hem snel opgelost.", None),
    "role": ("Veel vrijheid in de keuze van tools.", None),
    "reservations": ("Het team is erg klein, maar dat lijkt me ook leuk.", None),
    "want_job": ("Ja", "yes"),
    "hear_back": ("dinsdag", "2026-12-22"),
}
case(
    "evolution_inline_nl",
    client="Evolution",
    language="nl",
    day="2026-12-17",
    shape="inline under '>' quotes with Evolution's Dutch attribution",
    answers=A,
    forbidden=["schreef followupd", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Wingtip Toys, Python-ontwikkelaar [fu-v4e8l2wx]",
        sent="Thu, 17 Dec 2026 21:40:00 +0100",
        token="v4e8l2wx",
        extra=("X-Mailer: Evolution 3.54.1",),
        parts=[
            (
                "plain",
                "Op do, 2026-12-17 om 19:00 +0100 schreef followupd:\n"
                + inline(
                    debrief(who="Wingtip Toys for Python-ontwikkelaar", token="v4e8l2wx", ended="16:00"),
                    {q: t for q, (t, _) in A.items()},
                )
                + "\n",
                "utf-8",
                "quoted-printable",
            )
        ],
        crlf=False,
    ),
)

A = {
    "rating": ("7 ud af 10", 7),
    "went_well": ("Samtalen om teamledelse gik godt.", None),
    "money": ("48.000 kr. om måneden", money("48.000 kr. om måneden", ("48000", "DKK", "month"))),
    "want_job": ("Ja", "yes"),
    "hear_back": ("mandag", "2026-12-21"),
}
case(
    "claws_da_english_client",
    client="Claws Mail",
    language="da",
    day="2026-12-18",
    shape="Danish answers, numbered '1.', above Claws' English attribution wrapped over two lines and '>' quotes",
    answers=A,
    forbidden=["followupd <maya@example.org> wrote:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Contoso Danmark, Teamleder [fu-c5d9a3yz]",
        sent="Fri, 18 Dec 2026 21:02:02 +0100",
        token="c5d9a3yz",
        extra=("X-Mailer: Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)",),
        parts=[
            (
                "plain",
                numbered(A)
                + "\n\nOn Fri, 18 Dec 2026 19:00:00 +0100\nfollowupd <maya@example.org> wrote:\n\n"
                + quote(debrief(who="Contoso Danmark for Teamleder", token="c5d9a3yz", ended="14:00"))
                + "\n",
                "iso-8859-1",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("8 av 10", 8),
    "went_well": ("Caseoppgaven gikk fint.", None),
    "money": ("750 000 kr i året", money("750 000 kr i året", ("750000", "NOK", "year"))),
    "want_job": ("Ja", "yes"),
    "hear_back": ("fredag", "2026-11-20"),
}
case(
    "tuta_nb",
    client="Tuta Mail",
    language="no",
    day="2026-11-18",
    shape="Norwegian answers numbered '1)' above Tuta's English attribution and an HTML blockquote",
    answers=A,
    forbidden=["by maya@example.org:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Adatum Norge, Forretningsutvikler [fu-t6n1b5ab]",
        sent="Wed, 18 Nov 2026 22:31:40 +0100",
        token="t6n1b5ab",
        parts=[
            (
                "html",
                '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body><div>'
                + numbered(A, "{n}) ").replace("\n", "<br>")
                + "</div><div><br></div><div><br></div><div>18. nov. 2026, 19:00 by maya@example.org:<br></div>"
                '<blockquote class="tutanota_quote">'
                + debrief_html(who="Adatum Norge for Forretningsutvikler", token="t6n1b5ab", ended="15:00")
                + '</blockquote><div dir="auto"><br></div></body></html>\n',
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("kahdeksan", 8),
    "went_well": ("Koodaustehtävä meni hyvin.", None),
    "went_badly": ("Unohdin kysyä tiimin koosta.", None),
    "money": ("4 500 €/kk", money("4 500 €/kk", ("4500", "EUR", "month"))),
    "want_job": ("Kyllä", "yes"),
    "hear_back": ("ensi viikolla", "2026-12-04"),
}
case(
    "mailspring_fi",
    client="Mailspring",
    language="fi",
    day="2026-11-23",
    shape="Finnish answers numbered '1)' in multipart/alternative, gmail_quote-like history in the HTML part",
    answers=A,
    forbidden=["followupd <maya@example.org> wrote:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Relecloud Oy, Ohjelmistokehittäjä [fu-m2f6s4cd]",
        sent="Mon, 23 Nov 2026 21:14:00 +0200",
        token="m2f6s4cd",
        parts=[
            (
                "plain",
                numbered(A, "{n}) ")
                + "\n\nOn Nov 23 2026, at 7:00 pm, followupd <maya@example.org> wrote:\n"
                + quote(debrief(who="Relecloud Oy for Ohjelmistokehittäjä", token="m2f6s4cd", ended="17:00"))
                + "\n",
                "utf-8",
                "quoted-printable",
            ),
            (
                "html",
                "<div>"
                + numbered(A, "{n}) ").replace("\n", "<br>")
                + '</div><br><div class="gmail_quote_attribution">On Nov 23 2026, at 7:00 pm, followupd &lt;maya@example.org&gt; wrote:</div>'
                "<blockquote>"
                + debrief_html(who="Relecloud Oy for Ohjelmistokehittäjä", token="m2f6s4cd", ended="17:00")
                + "</blockquote>\n",
                "utf-8",
                "quoted-printable",
            ),
        ],
    ),
)

A = {
    "rating": ("7 z 10", 7),
    "went_well": ("Technická část, hlavně otázky na databáze.", None),
    "rapport": ("Příjemní lidé, dovedu si představit s nimi pracovat.", None),
    "money": ("70 000 Kč měsíčně hrubého", money("70 000 Kč měsíčně hrubého", ("70000", "CZK", "month"))),
    "want_job": ("Ano", "yes"),
    "hear_back": ("do konce příštího týdne", "2026-11-27"),
}
case(
    "em_client_cs_puvodni_zprava",
    client="eM Client",
    language="cs",
    day="2026-11-20",
    shape="top-posted numbered '1.' above eM Client's '------ Původní zpráva ------' block, unquoted",
    answers=A,
    forbidden=["Původní zpráva", "Předmět:", "S pozdravem", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Proseware Praha, Databázová specialistka [fu-e7c1z5ef]",
        sent="Fri, 20 Nov 2026 20:50:00 +0100",
        token="e7c1z5ef",
        extra=("User-Agent: eM_Client/10.1.4588.0",),
        parts=[
            (
                "plain",
                numbered(A) + "\n\nS pozdravem\nMaya\n\n"
                '------ Původní zpráva ------\nOd: "followupd" <maya@example.org>\nKomu: "Maya Example" <maya@example.org>\n'
                "Datum: 20.11.2026 19:00:03\nPředmět: Debrief: Proseware Praha, Databázová specialistka [fu-e7c1z5ef]\n\n"
                + debrief(who="Proseware Praha for Databázová specialistka", token="e7c1z5ef", ended="15:00"),
                "iso-8859-2",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("7/10", 7),
    "went_well": ("算法题做出来了。", None),
    "reservations": ("加班可能比较多，可以问问团队的作息。", None),
    "money": ("年薪45万人民币", money("年薪45万人民币", ("450000", "CNY", "year"))),
    "want_job": ("还不确定", "unsure"),
    "hear_back": ("两周内", "2026-11-25"),
}
case(
    "qq_mail_zh_yuanshi_youjian",
    client="QQ Mail",
    language="zh",
    day="2026-11-11",
    shape="top-posted numbered '1、' above QQ Mail's '原始邮件' separator block, unquoted",
    answers=A,
    forbidden=["原始邮件", "发件时间", SKIP],
    eml=message(
        frm="Maya <maya@example.org>",
        subject="回复：Debrief: 星河科技, 算法工程师 [fu-q2x6y9gh]",
        sent="Wed, 11 Nov 2026 21:20:31 +0800",
        token="q2x6y9gh",
        extra=("X-QQ-Mailer: QQMail 2.x",),
        parts=[
            (
                "plain",
                numbered(A, "{n}、") + "\n\n\n\n------------------\u00a0原始邮件\u00a0------------------\n"
                '发件人: "followupd" <maya@example.org>;\n发件时间: 2026年11月11日(星期三) 晚上7:00\n'
                '收件人: "Maya" <maya@example.org>;\n主题: Debrief: 星河科技, 算法工程师 [fu-q2x6y9gh]\n\n'
                + debrief(who="星河科技 for 算法工程师", token="q2x6y9gh", ended="16:00"),
                "gb18030",
                "base64",
            )
        ],
    ),
)

A = {
    "rating": ("10点中7点", 7),
    "went_well": ("技術面接はうまくいきました。", None),
    "went_badly": ("英語での質問に少し詰まりました。", None),
    "money": ("年収800万円", money("年収800万円", ("8000000", "JPY", "year"))),
    "want_job": ("はい", "yes"),
    "hear_back": ("来週の金曜日", "2026-12-04"),
}
case(
    "apple_mail_ios_ja",
    client="Apple Mail iOS",
    language="ja",
    day="2026-11-25",
    shape="top-posted numbered '1.' with 'iPhoneから送信' above the Japanese iOS attribution and '>' quotes",
    answers=A,
    forbidden=["iPhoneから送信", "のメール:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Fabrikam Japan, バックエンドエンジニア [fu-j3a7p1ij]",
        sent="Wed, 25 Nov 2026 21:40:00 +0900",
        token="j3a7p1ij",
        extra=("X-Mailer: iPhone Mail (22B91)",),
        parts=[
            (
                "plain",
                numbered(A) + "\n\niPhoneから送信\n\n"
                "> 2026/11/25 19:00、followupd <maya@example.org>のメール:\n>\n"
                + quote(
                    debrief(who="Fabrikam Japan for バックエンドエンジニア", token="j3a7p1ij", ended="17:00")
                )
                + "\n",
                "iso-2022-jp",
                "7bit",
            )
        ],
    ),
)

A = {
    "rating": ("8/10", 8),
    "went_well": ("System design, especially the caching part.", None),
    "rapport": ("Very good with Raj.", None),
    "want_job": ("Yes", "yes"),
    "hear_back": ("Thursday", "2026-11-12"),
}
case(
    "gmail_web_answer_then_forward_en",
    client="Gmail web",
    language="en",
    day="2026-11-09",
    shape="top-posted numbered '1.', then a forwarded recruiter message, then the quoted debrief",
    answers=A,
    forbidden=["Forwarded message", "Raj Patel <raj@northwind.example>", "Thanks again for coming in", SKIP],
    free_notes="Also forwarding Raj's note below so it's with the rest.",
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Northwind, Staff Engineer [fu-g6f2w8kl]",
        sent="Tue, 10 Nov 2026 09:14:00 +0000",
        token="g6f2w8kl",
        parts=[
            (
                "plain",
                numbered(A) + "\n\nAlso forwarding Raj's note below so it's with the rest.\n\n"
                "---------- Forwarded message ---------\nFrom: Raj Patel <raj@northwind.example>\n"
                "Date: Tue, Nov 10, 2026 at 8:30 AM\nSubject: Next steps\nTo: Maya Example <maya@example.org>\n\n\n"
                "Hi Maya,\n\nThanks again for coming in yesterday. We'll be in touch by Thursday with next steps.\n\n"
                "Best,\nRaj\n\n"
                "On Mon, Nov 9, 2026 at 7:00 PM followupd <maya@example.org> wrote:\n\n"
                + quote(
                    debrief(
                        who="Northwind for Staff Engineer (with Raj Patel)", token="g6f2w8kl", ended="17:00"
                    )
                )
                + "\n",
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("7/10", 7),
    "went_well": (
        "The design exercise. I sketched the event pipeline and they kept building on it.\n\n"
        "Also the questions about mentoring, I had good stories from this year.",
        None,
    ),
    "went_badly": ("Estimation question, I guessed too fast.", None),
    "company": ("Remote-first and they mean it.", None),
    "money": ("USD 95/hour as a contractor", money("USD 95/hour as a contractor", ("95", "USD", "hour"))),
    "want_job": ("Yes", "yes"),
    "hear_back": ("early next week", "2026-11-10"),
}
case(
    "gmail_web_out_of_order_en",
    client="Gmail web",
    language="en",
    day="2026-11-06",
    shape="top-posted '1.' answers out of order, split by blank lines, one over two paragraphs; multipart with gmail_quote",
    answers=A,
    forbidden=["wrote:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Contoso, Staff Data Engineer [fu-g9o3r7mn]",
        sent="Sat, 7 Nov 2026 10:02:00 +0000",
        token="g9o3r7mn",
        parts=[
            (
                "plain",
                "1. 7/10\n\n8. USD 95/hour as a contractor\n\n2. The design exercise. I sketched the event pipeline "
                "and they kept building on it.\n\nAlso the questions about mentoring, I had good stories from this year.\n\n"
                "3. Estimation question, I guessed too fast.\n\n6. Remote-first and they mean it.\n\n12. early next week\n\n"
                "11. Yes\n\nOn Fri, Nov 6, 2026 at 7:00 PM followupd <maya@example.org> wrote:\n\n"
                + quote(debrief(who="Contoso for Staff Data Engineer", token="g9o3r7mn", ended="17:00"))
                + "\n",
                "utf-8",
                "quoted-printable",
            ),
            (
                "html",
                '<div dir="ltr"><div>1. 7/10</div><div><br></div><div>8. USD 95/hour as a contractor</div><div><br></div>'
                "<div>2. The design exercise. I sketched the event pipeline and they kept building on it.</div><div><br></div>"
                "<div>Also the questions about mentoring, I had good stories from this year.</div><div><br></div>"
                "<div>3. Estimation question, I guessed too fast.</div><div><br></div><div>6. Remote-first and they mean it.</div>"
                "<div><br></div><div>12. early next week</div><div><br></div><div>11. Yes</div></div><br>"
                '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Fri, Nov 6, 2026 at 7:00 PM '
                'followupd &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt; wrote:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + debrief_html(who="Contoso for Staff Data Engineer", token="g9o3r7mn", ended="17:00")
                + "</blockquote></div>\n",
                "utf-8",
                "quoted-printable",
            ),
        ],
    ),
)

A = {
    "rating": ("6", 6),
    "went_well": ("Good questions about my thesis project.", None),
    "went_badly": ("I didn't know their product well enough.", None),
    "role": ("Research-heavy, which I like.", None),
    "want_job": ("Unsure", "unsure"),
    "hear_back": ("in two weeks", "2026-12-17"),
}
case(
    "outlook_web_de_client_en_number_lines",
    client="Outlook on the web",
    language="en",
    day="2026-12-03",
    shape="English answers on the line after each bare number, above a German Von/Gesendet block (localized client)",
    answers=A,
    forbidden=["Gesendet: Donnerstag", "Betreff:", SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="AW: Debrief: Lamna Berlin, ML Engineer [fu-o4w8d2op]",
        sent="Thu, 03 Dec 2026 21:55:21 +0100",
        token="o4w8d2op",
        parts=[
            (
                "plain",
                numbered(A, "{n}\n", "\n\n") + "\n\n"
                "________________________________\n"
                "Von: followupd <maya@example.org>\nGesendet: Donnerstag, 3. Dezember 2026 19:00\n"
                "An: Maya Example <maya@example.org>\nBetreff: Debrief: Lamna Berlin, ML Engineer [fu-o4w8d2op]\n\n"
                + debrief(who="Lamna Berlin for ML Engineer", token="o4w8d2op", ended="16:00"),
                "utf-8",
                "quoted-printable",
            )
        ],
    ),
)

A = {
    "rating": ("8 из 10", 8),
    "went_well": ("Алгоритмическая секция, всё решила.", None),
    "money": ("250 000 рублей в месяц", money("250 000 рублей в месяц", ("250000", "RUB", "month"))),
    "want_job": ("Да", "yes"),
    "hear_back": ("в понедельник", "2026-11-30"),
}
case(
    "yandex_ru_date_first",
    client="Yandex Mail",
    language="ru",
    day="2026-11-26",
    shape="top-posted numbered '1.' above Yandex's date-first attribution and '>' quotes",
    answers=A,
    forbidden=['"followupd" <maya@example.org>:', SKIP],
    eml=message(
        frm="Maya Example <maya@example.org>",
        subject="Re: Debrief: Северсталь Софт, Python-разработчица [fu-y5r9u3qr]",
        sent="Thu, 26 Nov 2026 22:10:00 +0300",
        token="y5r9u3qr",
        parts=[
            (
                "plain",
                numbered(A)
                + '\n\n26.11.2026, 19:00, "followupd" <maya@example.org>:\n'
                + quote(
                    debrief(who="Северсталь Софт for Python-разработчица", token="y5r9u3qr", ended="17:00")
                )
                + "\n",
                "koi8-r",
                "quoted-printable",
            )
        ],
    ),
)


if __name__ == "__main__":
    write()
