"""Writes the sixteenth held-out reply set (eval16): run it again and it rewrites the same bytes."""

from __future__ import annotations

import base64
import json
import quopri
from datetime import date
from email.header import Header
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ME = "maya@example.org"
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
CASES: list[dict[str, Any]] = []


def debrief_lines(company: str, role: str, who: str, ended: str) -> list[str]:
    """The plain-text debrief as followupd sends it, which her client quotes or keeps below."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} (with {who}) ended at {ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        'numbered like "1. 7/10"), or use the form: http://127.0.0.1:8765/debrief/7f3a9c',
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


def quoted(lines: list[str], prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in lines)


def debrief_html(company: str, role: str, who: str, ended: str) -> str:
    paras = [
        "Hi Maya,",
        f"Your interview with {company} for {role} (with {who}) ended at {ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or numbered "
        'like "1. 7/10"), or use the form: http://127.0.0.1:8765/debrief/7f3a9c',
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    body += "<ol>" + "".join(f"<li>{q}</li>" for q in QUESTIONS) + "</ol>"
    return (
        body
        + "<p>Skip anything you like; a later reply fills in or replaces single answers.</p><p>-- <br>followupd</p>"
    )


def amounts(text: str, *items: tuple[str, str | None, str | None]) -> dict[str, Any]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in items], "text": text}


def _part(text: str, subtype: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw if raw.endswith(b"\n") else raw + b"\n"
    head = f"Content-Type: text/{subtype}; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + payload


def case(
    name: str,
    *,
    client: str,
    language: str,
    day: date,
    shape: str,
    subject: str,
    sent: str,
    answers: dict[str, tuple[str, Any]],
    text: str | None = None,
    html: str | None = None,
    charset: str = "utf-8",
    cte: str = "8bit",
    crlf: bool = False,
    mailer: str | None = None,
    free_notes: str = "",
    forbidden: tuple[str, ...] = (),
    sender: str = f"Maya Example <{ME}>",
) -> None:
    """Records one reply; write() turns it into NAME.eml and NAME.expected.json."""
    CASES.append(dict(locals()))


def _message(c: dict[str, Any]) -> bytes:
    subject = c["subject"]
    if not subject.isascii():
        subject = Header(subject, "utf-8").encode()
    head = [
        f"From: {c['sender']}",
        f"To: followupd <{ME}>",
        f"Subject: {subject}",
        f"Date: {c['sent']}",
        f"Message-ID: <{c['name'].replace('_', '.')}.{c['day'].isoformat()}@mail.example.org>",
        f"In-Reply-To: <debrief-{c['day'].isoformat()}@followupd.example.org>",
        "MIME-Version: 1.0",
    ]
    if c["mailer"]:
        head.append(f"X-Mailer: {c['mailer']}")
    top = "\n".join(head).encode("utf-8") + b"\n"
    if c["text"] is not None and c["html"] is not None:
        boundary = f"----=_Part_{c['day'].strftime('%m%d')}_{len(c['name'])}"
        body = f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode("ascii")
        for subtype in ("plain", "html"):
            content = c["text"] if subtype == "plain" else c["html"]
            body += f"--{boundary}\n".encode("ascii") + _part(content, subtype, c["charset"], c["cte"])
        body += f"--{boundary}--\n".encode("ascii")
    elif c["html"] is not None:
        body = _part(c["html"], "html", c["charset"], c["cte"])
    else:
        body = _part(c["text"], "plain", c["charset"], c["cte"])
    data = top + body
    return data.replace(b"\n", b"\r\n") if c["crlf"] else data


def write() -> None:
    for c in CASES:
        (HERE / f"{c['name']}.eml").write_bytes(_message(c))
        expected = {
            "client": c["client"],
            "language": c["language"],
            "interview_date": c["day"].isoformat(),
            "own_addresses": [ME],
            "shape": c["shape"],
            "free_notes": c["free_notes"],
            "answers": {q: {"text": t, "value": v} for q, (t, v) in c["answers"].items()},
            "forbidden": list(c["forbidden"]),
        }
        out = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{c['name']}.expected.json").write_text(out, encoding="utf-8")


def outlook_block(labels: tuple[str, str, str, str], sent: str, subject: str, *, rule: bool = True) -> str:
    """An Outlook header block (From/Sent/To/Subject in the client's language) above the unquoted original."""
    frm, snt, to, subj = labels
    lines = ["________________________________"] if rule else []
    lines += [
        f"{frm} followupd <{ME}>",
        f"{snt} {sent}",
        f"{to} Maya Example <{ME}>",
        f"{subj} {subject}",
        "",
    ]
    return "\n".join(lines)


D = debrief_lines
SUBJ = "How did your interview go?"

# ---- 1. unquoted history under an Outlook header block, many languages --------------------------------------
case(
    "outlook_win_en_under_german_block",
    client="Outlook desktop (Windows, German UI)",
    language="en",
    day=date(2026, 11, 2),
    shape="top-posted numbered 1. above Von/Gesendet block, sign-off with title, phone, web and disclaimer",
    subject=f"AW: {SUBJ}",
    sent="Tue, 3 Nov 2026 08:41:12 +0100",
    mailer="Microsoft Outlook 16.0",
    text="\n".join(
        [
            "1. 7/10",
            "2. The SQL exercise, I finished it early and explained the window functions clearly.",
            "3. The stakeholder question. I rambled; next time I'd use one concrete example.",
            "4. Very well with Jane Doe, a bit formal with the second interviewer.",
            "8. 68-72k EUR per year was mentioned by the recruiter.",
            "11. Yes",
            "12. By Friday",
            "",
            "Viele Grüße",
            "Maya Example",
            "Senior Data Analyst",
            "Tel. +49 30 5550 1234",
            "www.example.org",
            "",
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind,"
            " informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
            "",
            outlook_block(("Von:", "Gesendet:", "An:", "Betreff:"), "Montag, 2. November 2026 18:05", SUBJ),
            *D("Nordlicht Logistik GmbH", "Senior Data Analyst", "Jane Doe", "16:00"),
        ]
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
    crlf=True,
    answers={
        "rating": ("7/10", 7),
        "went_well": (
            "The SQL exercise, I finished it early and explained the window functions clearly.",
            None,
        ),
        "went_badly": ("The stakeholder question. I rambled; next time I'd use one concrete example.", None),
        "rapport": ("Very well with Jane Doe, a bit formal with the second interviewer.", None),
        "money": (
            "68-72k EUR per year was mentioned by the recruiter.",
            amounts(
                "68-72k EUR per year was mentioned by the recruiter.",
                ("68000", "EUR", "year"),
                ("72000", "EUR", "year"),
            ),
        ),
        "want_job": ("Yes", "yes"),
        "hear_back": ("By Friday", "2026-11-06"),
    },
    forbidden=(
        "Viele Grüße",
        "Senior Data Analyst",
        "+49 30 5550 1234",
        "vertrauliche Informationen",
        "Gesendet:",
    ),
)

case(
    "outlook_web_fr_envoye",
    client="Outlook on the web",
    language="fr",
    day=date(2026, 11, 3),
    shape="top-posted numbered 1) above De/Envoyé block, sign-off without '-- '",
    subject=f"RE: {SUBJ}",
    sent="Tue, 3 Nov 2026 21:14:50 +0100",
    text="\n".join(
        [
            "Bonsoir,",
            "",
            "1) 8 sur 10",
            "2) La partie technique, surtout la conception de l'API.",
            "3) J'ai hésité sur la question du salaire actuel.",
            "5) Le poste correspond presque exactement à ce que je cherche : backend, équipe de six.",
            "8) Fourchette de 52 000 à 56 000 € brut annuel.",
            "11) Oui, clairement.",
            "12) D'ici la fin de la semaine prochaine.",
            "",
            "Cordialement,",
            "Maya Example",
            "Développeuse backend",
            "+33 6 55 50 12 34",
            "",
            outlook_block(("De :", "Envoyé :", "À :", "Objet :"), "mardi 3 novembre 2026 18:30", SUBJ),
            *D("Atelier Bleu SAS", "Développeuse backend", "Jane Doe", "17:00"),
        ]
    ),
    charset="iso-8859-15",
    cte="quoted-printable",
    answers={
        "rating": ("8 sur 10", 8),
        "went_well": ("La partie technique, surtout la conception de l'API.", None),
        "went_badly": ("J'ai hésité sur la question du salaire actuel.", None),
        "role": (
            "Le poste correspond presque exactement à ce que je cherche : backend, équipe de six.",
            None,
        ),
        "money": (
            "Fourchette de 52 000 à 56 000 € brut annuel.",
            amounts(
                "Fourchette de 52 000 à 56 000 € brut annuel.",
                ("52000", "EUR", "year"),
                ("56000", "EUR", "year"),
            ),
        ),
        "want_job": ("Oui, clairement.", "yes"),
        "hear_back": ("D'ici la fin de la semaine prochaine.", "2026-11-13"),
    },
    forbidden=("Cordialement", "+33 6 55 50 12 34", "Envoyé :"),
)

case(
    "outlook_win_es_enviado_el",
    client="Outlook desktop (Windows)",
    language="es",
    day=date(2026, 11, 4),
    shape="top-posted numbered 1.- above De/Enviado el block, disclaimer",
    subject=f"RE: {SUBJ}",
    sent="Thu, 5 Nov 2026 09:02:33 +0100",
    text="\n".join(
        [
            "1.- Un 6",
            "2.- La presentación del caso práctico.",
            "3.- Me faltó preparar preguntas sobre el equipo.",
            "4.- Bien, Raj Patel fue muy cercano.",
            "7.- Que el puesto es 100% presencial; lo preguntaré en la siguiente ronda.",
            "8.- Entre 38.000 y 42.000 euros brutos al año.",
            "11.- No lo sé todavía",
            "12.- El lunes",
            "",
            "Un saludo,",
            "Maya",
            "",
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente"
            " a su destinatario.",
            "",
            outlook_block(
                ("De:", "Enviado el:", "Para:", "Asunto:"), "miércoles, 4 de noviembre de 2026 19:10", SUBJ
            ),
            *D("Grupo Solana S.L.", "Analista de Producto", "Raj Patel", "17:30"),
        ]
    ),
    cte="quoted-printable",
    crlf=True,
    answers={
        "rating": ("Un 6", 6),
        "went_well": ("La presentación del caso práctico.", None),
        "went_badly": ("Me faltó preparar preguntas sobre el equipo.", None),
        "rapport": ("Bien, Raj Patel fue muy cercano.", None),
        "reservations": ("Que el puesto es 100% presencial; lo preguntaré en la siguiente ronda.", None),
        "money": (
            "Entre 38.000 y 42.000 euros brutos al año.",
            amounts(
                "Entre 38.000 y 42.000 euros brutos al año.",
                ("38000", "EUR", "year"),
                ("42000", "EUR", "year"),
            ),
        ),
        "want_job": ("No lo sé todavía", "unsure"),
        "hear_back": ("El lunes", "2026-11-09"),
    },
    forbidden=("Un saludo", "AVISO LEGAL", "Enviado el:"),
)

case(
    "outlook_nl_inline_unquoted",
    client="Outlook desktop (Windows)",
    language="nl",
    day=date(2026, 11, 5),
    shape="answers typed under the unquoted questions below a Van/Verzonden block",
    subject=f"RE: {SUBJ}",
    sent="Thu, 5 Nov 2026 20:47:05 +0100",
    text="\n".join(
        [
            "Zie hieronder.",
            "",
            outlook_block(
                ("Van:", "Verzonden:", "Aan:", "Onderwerp:"), "donderdag 5 november 2026 18:15", SUBJ
            ),
            *D("Van Dijk & Zonen B.V.", "Projectleider", "Jane Doe", "16:30")[:7],
            f"1. {QUESTIONS[0]}",
            "Een 7, ik was in het begin zenuwachtig.",
            "",
            f"2. {QUESTIONS[1]}",
            "Mijn voorbeelden uit het havenproject.",
            "",
            f"3. {QUESTIONS[2]}",
            "",
            f"4. {QUESTIONS[3]}",
            "Ja, prettig gesprek met Jane.",
            "",
            f"5. {QUESTIONS[4]}",
            "",
            f"6. {QUESTIONS[5]}",
            "Familiebedrijf, korte lijnen.",
            "",
            *[f"{n}. {QUESTIONS[n - 1]}\n" for n in range(7, 11)],
            f"11. {QUESTIONS[10]}",
            "Ja",
            "",
            f"12. {QUESTIONS[11]}",
            "Volgende week",
            "",
            "Skip anything you like; a later reply fills in or replaces single answers.",
            "-- ",
            "followupd",
        ]
    ),
    cte="quoted-printable",
    crlf=True,
    answers={
        "rating": ("Een 7, ik was in het begin zenuwachtig.", 7),
        "went_well": ("Mijn voorbeelden uit het havenproject.", None),
        "rapport": ("Ja, prettig gesprek met Jane.", None),
        "company": ("Familiebedrijf, korte lijnen.", None),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Volgende week", "2026-11-13"),
    },
    free_notes="Zie hieronder.",
    forbidden=("Verzonden:", "Skip anything you like"),
)

case(
    "outlook_zh_fajianren",
    client="Outlook desktop (Windows)",
    language="zh",
    day=date(2026, 11, 6),
    shape="top-posted numbered 1、 above 发件人/发送时间 block",
    subject=f"回复: {SUBJ}",
    sent="Sat, 7 Nov 2026 10:20:00 +0800",
    text="\n".join(
        [
            "1、8分",
            "2、系统设计部分讲得很清楚。",
            "3、英语自我介绍有点紧张。",
            "8、月薪35000元，年终奖另算。",
            "11、想要",
            "12、下周三",
            "",
            "发件人: followupd <maya@example.org>",
            "发送时间: 2026年11月6日 18:40",
            "收件人: Maya Example <maya@example.org>",
            f"主题: {SUBJ}",
            "",
            *D("Huaxin Tech", "Backend Engineer", "Raj Patel", "16:00"),
        ]
    ),
    charset="gb18030",
    cte="base64",
    answers={
        "rating": ("8分", 8),
        "went_well": ("系统设计部分讲得很清楚。", None),
        "went_badly": ("英语自我介绍有点紧张。", None),
        "money": (
            "月薪35000元，年终奖另算。",
            amounts("月薪35000元，年终奖另算。", ("35000", "CNY", "month")),
        ),
        "want_job": ("想要", "yes"),
        "hear_back": ("下周三", "2026-11-11"),
    },
    forbidden=("发送时间", "Skip anything you like"),
)

case(
    "outlook_sv_fran_skickat",
    client="Outlook desktop (Windows)",
    language="sv",
    day=date(2026, 11, 9),
    shape="top-posted with her own 'Fråga 1:' labels above a Från/Skickat block, sign-off with title and phone",
    subject=f"SV: {SUBJ}",
    sent="Mon, 9 Nov 2026 19:58:41 +0100",
    text="\n".join(
        [
            "Fråga 1: 9 av 10",
            "Fråga 2: Caset om lagerflöden, jag kände mig hemma.",
            "Fråga 6: Stark hållbarhetsprofil och bra rykte.",
            "Fråga 8: 48 000 SEK i månaden.",
            "Fråga 11: Ja!",
            "Fråga 12: Inom två veckor.",
            "",
            "Med vänliga hälsningar",
            "Maya Example",
            "Logistikanalytiker | +46 70 555 12 34",
            "",
            outlook_block(("Från:", "Skickat:", "Till:", "Ämne:"), "den 9 november 2026 18:02", SUBJ),
            *D("Skogsberg AB", "Logistikanalytiker", "Jane Doe", "15:00"),
        ]
    ),
    cte="quoted-printable",
    crlf=True,
    answers={
        "rating": ("9 av 10", 9),
        "went_well": ("Caset om lagerflöden, jag kände mig hemma.", None),
        "company": ("Stark hållbarhetsprofil och bra rykte.", None),
        "money": ("48 000 SEK i månaden.", amounts("48 000 SEK i månaden.", ("48000", "SEK", "month"))),
        "want_job": ("Ja!", "yes"),
        "hear_back": ("Inom två veckor.", "2026-11-23"),
    },
    forbidden=("Med vänliga hälsningar", "+46 70 555 12 34", "Skickat:"),
)

case(
    "outlook_pl_od_wyslano",
    client="Outlook desktop (Windows)",
    language="pl",
    day=date(2026, 11, 10),
    shape="top-posted numbered 1. above Od/Wysłano block, partial",
    subject=f"RE: {SUBJ}",
    sent="Wed, 11 Nov 2026 07:45:19 +0100",
    text="\n".join(
        [
            "1. 5/10",
            "3. Zadanie z algorytmów poszło słabo, zabrakło mi czasu.",
            "8. 18-20 tys. zł brutto miesięcznie.",
            "11. Nie wiem",
            "",
            "Pozdrawiam",
            "Maya",
            "",
            outlook_block(("Od:", "Wysłano:", "Do:", "Temat:"), "wtorek, 10 listopada 2026 18:22", SUBJ),
            *D("Wisła Software Sp. z o.o.", "Programistka Java", "Raj Patel", "14:00"),
        ]
    ),
    charset="iso-8859-2",
    cte="quoted-printable",
    answers={
        "rating": ("5/10", 5),
        "went_badly": ("Zadanie z algorytmów poszło słabo, zabrakło mi czasu.", None),
        "money": (
            "18-20 tys. zł brutto miesięcznie.",
            amounts(
                "18-20 tys. zł brutto miesięcznie.", ("18000", "PLN", "month"), ("20000", "PLN", "month")
            ),
        ),
        "want_job": ("Nie wiem", "unsure"),
    },
    forbidden=("Pozdrawiam", "Wysłano:"),
)

case(
    "outlook_it_da_inviato",
    client="Outlook desktop (Windows)",
    language="it",
    day=date(2026, 11, 11),
    shape="top-posted numbered 1 - above Da/Inviato block, Italian mobile footer",
    subject=f"R: {SUBJ}",
    sent="Wed, 11 Nov 2026 22:10:02 +0100",
    text="\n".join(
        [
            "1 - Sette",
            "2 - Ho spiegato bene il progetto di migrazione al cloud.",
            "4 - Molto bene, Jane Doe è simpatica e diretta.",
            "7 - Il viaggio: un'ora e mezza. Chiederò due giorni di smart working.",
            "11 - Sì",
            "12 - Entro venerdì della settimana prossima",
            "",
            "Inviato da Outlook per iOS",
            "",
            outlook_block(
                ("Da:", "Inviato:", "A:", "Oggetto:"), "mercoledì 11 novembre 2026 18:00", SUBJ, rule=False
            ),
            *D("Ferri Impianti S.p.A.", "Cloud Engineer", "Jane Doe", "16:00"),
        ]
    ),
    cte="base64",
    answers={
        "rating": ("Sette", 7),
        "went_well": ("Ho spiegato bene il progetto di migrazione al cloud.", None),
        "rapport": ("Molto bene, Jane Doe è simpatica e diretta.", None),
        "reservations": ("Il viaggio: un'ora e mezza. Chiederò due giorni di smart working.", None),
        "want_job": ("Sì", "yes"),
        "hear_back": ("Entro venerdì della settimana prossima", "2026-11-20"),
    },
    forbidden=("Inviato da Outlook per iOS", "Inviato:"),
)

case(
    "outlook_android_ptbr",
    client="Outlook for Android",
    language="pt",
    day=date(2026, 11, 12),
    shape="top-posted numbered 1. above De/Enviado block, Portuguese mobile footer",
    subject=f"RE: {SUBJ}",
    sent="Thu, 12 Nov 2026 20:31:44 -0300",
    text="\n".join(
        [
            "1. Nota 8",
            "2. A dinâmica em grupo, consegui liderar sem atropelar ninguém.",
            "5. É exatamente a área que eu quero, produto B2B.",
            "8. R$ 14.500 por mês, CLT.",
            "11. Sim",
            "12. Semana que vem",
            "",
            "Obter o Outlook para Android",
            "",
            outlook_block(
                ("De:", "Enviado:", "Para:", "Assunto:"),
                "quinta-feira, 12 de novembro de 2026 18:05",
                SUBJ,
                rule=False,
            ),
            *D("Ipê Pagamentos", "Product Manager", "Raj Patel", "16:30"),
        ]
    ),
    cte="base64",
    answers={
        "rating": ("Nota 8", 8),
        "went_well": ("A dinâmica em grupo, consegui liderar sem atropelar ninguém.", None),
        "role": ("É exatamente a área que eu quero, produto B2B.", None),
        "money": ("R$ 14.500 por mês, CLT.", amounts("R$ 14.500 por mês, CLT.", ("14500", "BRL", "month"))),
        "want_job": ("Sim", "yes"),
        "hear_back": ("Semana que vem", "2026-11-20"),
    },
    forbidden=("Obter o Outlook para Android", "Enviado:"),
)

case(
    "outlook_ios_en_short_last",
    client="Outlook for iOS",
    language="en",
    day=date(2026, 11, 13),
    shape="top-posted numbered, partial, short last answer, Outlook iOS footer and From/Sent block",
    subject=f"Re: {SUBJ}",
    sent="Fri, 13 Nov 2026 19:02:10 +0000",
    text="\n".join(
        [
            "1. 6",
            "2. Portfolio walkthrough",
            "4. Hiring Manager Friendly",
            "",
            "Get Outlook for iOS",
            "________________________________",
            f"From: followupd <{ME}>",
            "Sent: Friday, November 13, 2026 6:01:33 PM",
            f"To: Maya Example <{ME}>",
            f"Subject: {SUBJ}",
            "",
            *D("Brightwell Studio", "Product Designer", "Jane Doe", "17:00"),
        ]
    ),
    cte="7bit",
    answers={
        "rating": ("6", 6),
        "went_well": ("Portfolio walkthrough", None),
        "rapport": ("Hiring Manager Friendly", None),
    },
    forbidden=("Get Outlook for iOS", "Sent: Friday"),
)

case(
    "outlook_mac_en_from_date",
    client="Outlook for Mac",
    language="en",
    day=date(2026, 11, 16),
    shape="top-posted numbered 1) above From/Date/To/Subject (Mac), answer over two paragraphs",
    subject=f"Re: {SUBJ}",
    sent="Mon, 16 Nov 2026 21:20:00 -0500",
    text="\n".join(
        [
            "1) 8/10",
            "2) The architecture whiteboard. I drew the event pipeline and they kept nodding.",
            "",
            "Also the live debugging part, I found the off-by-one quickly.",
            "3) Behavioural questions, my conflict story was weak.",
            "8) $150k a year base plus 10% bonus",
            "10) Better than the Lakeside offer, about equal to Crestview.",
            "11) yes",
            "12) Thursday the 19th",
            "",
            "Best,",
            "Maya",
            "",
            f"From: followupd <{ME}>",
            "Date: Monday, November 16, 2026 at 6:12 PM",
            f"To: Maya Example <{ME}>",
            f"Subject: {SUBJ}",
            "",
            *D("Harborline Systems", "Staff Engineer", "Raj Patel", "17:00"),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("8/10", 8),
        "went_well": (
            "The architecture whiteboard. I drew the event pipeline and they kept nodding.\n\n"
            "Also the live debugging part, I found the off-by-one quickly.",
            None,
        ),
        "went_badly": ("Behavioural questions, my conflict story was weak.", None),
        "money": (
            "$150k a year base plus 10% bonus",
            amounts("$150k a year base plus 10% bonus", ("150000", "USD", "year")),
        ),
        "vs_others": ("Better than the Lakeside offer, about equal to Crestview.", None),
        "want_job": ("yes", "yes"),
        "hear_back": ("Thursday the 19th", "2026-11-19"),
    },
    forbidden=("Best,", "Date: Monday"),
)

case(
    "outlook_ja_sashidashinin",
    client="Outlook desktop (Windows)",
    language="ja",
    day=date(2026, 11, 17),
    shape="top-posted numbered 1. above 差出人/送信日時 block",
    subject=f"RE: {SUBJ}",
    sent="Wed, 18 Nov 2026 08:05:00 +0900",
    text="\n".join(
        [
            "1. 7点",
            "2. 過去のプロジェクトの説明はうまくできました。",
            "3. 逆質問が少なかった。",
            "8. 年収800万円",
            "11. はい",
            "12. 来週の金曜日",
            "",
            f"差出人: followupd <{ME}>",
            "送信日時: 2026年11月17日 18:30",
            f"宛先: Maya Example <{ME}>",
            f"件名: {SUBJ}",
            "",
            *D("Sakura Data K.K.", "Data Engineer", "Jane Doe", "16:00"),
        ]
    ),
    charset="iso-2022-jp",
    cte="7bit",
    answers={
        "rating": ("7点", 7),
        "went_well": ("過去のプロジェクトの説明はうまくできました。", None),
        "went_badly": ("逆質問が少なかった。", None),
        "money": ("年収800万円", amounts("年収800万円", ("8000000", "JPY", "year"))),
        "want_job": ("はい", "yes"),
        "hear_back": ("来週の金曜日", "2026-11-27"),
    },
    forbidden=("送信日時",),
)

case(
    "outlook_da_fra_sendt",
    client="Outlook on the web",
    language="da",
    day=date(2026, 11, 18),
    shape="top-posted numbered 1: above Fra/Sendt block, sign-off without '-- '",
    subject=f"SV: {SUBJ}",
    sent="Wed, 18 Nov 2026 20:12:00 +0100",
    text="\n".join(
        [
            "1: 7 ud af 10",
            "2: Jeg var godt forberedt på casen.",
            "6: God kultur, mange interne kurser.",
            "8: 52.000 kr. om måneden",
            "11: Ved ikke",
            "12: I næste uge",
            "",
            "Venlig hilsen",
            "Maya Example",
            "",
            outlook_block(("Fra:", "Sendt:", "Til:", "Emne:"), "18. november 2026 17:45", SUBJ),
            *D("Lindholm A/S", "Controller", "Jane Doe", "15:30"),
        ]
    ),
    charset="iso-8859-1",
    cte="quoted-printable",
    answers={
        "rating": ("7 ud af 10", 7),
        "went_well": ("Jeg var godt forberedt på casen.", None),
        "company": ("God kultur, mange interne kurser.", None),
        "money": ("52.000 kr. om måneden", amounts("52.000 kr. om måneden", ("52000", "DKK", "month"))),
        "want_job": ("Ved ikke", "unsure"),
        "hear_back": ("I næste uge", "2026-11-27"),
    },
    forbidden=("Venlig hilsen", "Sendt:"),
)

case(
    "outlook_fi_lahettaja",
    client="Outlook desktop (Windows)",
    language="fi",
    day=date(2026, 11, 19),
    shape="top-posted numbered 1. above Lähettäjä/Lähetetty block, title and phone after a sign-off",
    subject=f"VS: {SUBJ}",
    sent="Thu, 19 Nov 2026 21:40:00 +0200",
    text="\n".join(
        [
            "1. Kahdeksan",
            "2. Tekninen osuus meni hyvin.",
            "4. Hyvin, rento tunnelma.",
            "8. 4800 euroa kuukaudessa",
            "11. Kyllä",
            "12. Ensi viikon perjantaina",
            "",
            "Ystävällisin terveisin",
            "Maya Example",
            "Ohjelmistokehittäjä",
            "puh. +358 40 555 1234",
            "",
            outlook_block(
                ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:"),
                "torstai 19. marraskuuta 2026 18.10",
                SUBJ,
            ),
            *D("Revontuli Oy", "Ohjelmistokehittäjä", "Jane Doe", "16.00"),
        ]
    ),
    charset="iso-8859-15",
    cte="quoted-printable",
    crlf=True,
    answers={
        "rating": ("Kahdeksan", 8),
        "went_well": ("Tekninen osuus meni hyvin.", None),
        "rapport": ("Hyvin, rento tunnelma.", None),
        "money": ("4800 euroa kuukaudessa", amounts("4800 euroa kuukaudessa", ("4800", "EUR", "month"))),
        "want_job": ("Kyllä", "yes"),
        "hear_back": ("Ensi viikon perjantaina", "2026-11-27"),
    },
    forbidden=("Ystävällisin terveisin", "+358 40 555 1234", "Lähetetty:"),
)

case(
    "outlook_tr_kimden",
    client="Outlook on the web",
    language="tr",
    day=date(2026, 11, 20),
    shape="top-posted numbered 1) above Kimden/Gönderildi block, partial",
    subject=f"YNT: {SUBJ}",
    sent="Fri, 20 Nov 2026 20:00:00 +0300",
    text="\n".join(
        [
            "1) 10 üzerinden 7",
            "3) Maaş beklentisi sorusunda çekindim.",
            "8) Aylık net 95.000 TL",
            "11) Emin değilim",
            "",
            "Kimden: followupd <maya@example.org>",
            "Gönderildi: 20 Kasım 2026 Cuma 17:30",
            "Kime: Maya Example <maya@example.org>",
            f"Konu: {SUBJ}",
            "",
            *D("Boğaziçi Yazılım A.Ş.", "Mobil Geliştirici", "Raj Patel", "15:00"),
        ]
    ),
    charset="iso-8859-9",
    cte="quoted-printable",
    answers={
        "rating": ("10 üzerinden 7", 7),
        "went_badly": ("Maaş beklentisi sorusunda çekindim.", None),
        "money": ("Aylık net 95.000 TL", amounts("Aylık net 95.000 TL", ("95000", "TRY", "month"))),
        "want_job": ("Emin değilim", "unsure"),
    },
    forbidden=("Gönderildi:",),
)

case(
    "outlook_win_original_message_en",
    client="Outlook desktop (Windows, classic plain text)",
    language="en",
    day=date(2026, 11, 23),
    shape="top-posted 'Q1 -' numbering above -----Original Message-----, long disclaimer",
    subject=f"RE: {SUBJ}",
    sent="Mon, 23 Nov 2026 18:55:00 -0600",
    text="\n".join(
        [
            "Q1 - 7",
            "Q2 - The case study on churn. They liked the cohort chart.",
            "Q3 - I blanked on a stats question about p-values.",
            "Q8 - They said $55 to $60 an hour on contract.",
            "Q11 - Not sure",
            "Q12 - End of next week",
            "",
            "Thanks,",
            "Maya Example | Analytics Consultant",
            "Mobile: (555) 010-4477",
            "https://www.example.org/maya",
            "",
            "CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient"
            " and may contain confidential and privileged information. Any unauthorized review, use, disclosure or"
            " distribution is prohibited.",
            "",
            "-----Original Message-----",
            f"From: followupd <{ME}>",
            "Sent: Monday, November 23, 2026 5:10 PM",
            f"To: Maya Example <{ME}>",
            f"Subject: {SUBJ}",
            "",
            *D("Prairie Mutual Insurance", "Analytics Consultant", "Jane Doe", "15:30"),
        ]
    ),
    cte="7bit",
    crlf=True,
    answers={
        "rating": ("7", 7),
        "went_well": ("The case study on churn. They liked the cohort chart.", None),
        "went_badly": ("I blanked on a stats question about p-values.", None),
        "money": (
            "They said $55 to $60 an hour on contract.",
            amounts(
                "They said $55 to $60 an hour on contract.", ("55", "USD", "hour"), ("60", "USD", "hour")
            ),
        ),
        "want_job": ("Not sure", "unsure"),
        "hear_back": ("End of next week", "2026-12-04"),
    },
    forbidden=("Analytics Consultant", "(555) 010-4477", "CONFIDENTIALITY NOTICE", "Original Message"),
)

case(
    "samsung_en_original_message_de_footer",
    client="Samsung Email (German UI)",
    language="en",
    day=date(2026, 11, 24),
    shape="top-posted numbered 1. above '-------- Ursprüngliche Nachricht --------', German Samsung footer",
    subject=f"Re: {SUBJ}",
    sent="Tue, 24 Nov 2026 19:33:00 +0100",
    text="\n".join(
        [
            "1. 9",
            "2. Everything about the coding pair session",
            "5. Platform team, exactly what I want",
            "11. Yes",
            "12. Wednesday",
            "",
            "",
            "",
            "Von meinem Samsung Galaxy Smartphone gesendet.",
            "",
            "",
            "-------- Ursprüngliche Nachricht --------",
            f"Von: followupd <{ME}>",
            "Datum: 24.11.26 18:04 (GMT+01:00)",
            f"An: Maya Example <{ME}>",
            f"Betreff: {SUBJ}",
            "",
            *D("Kranich Cloud GmbH", "Platform Engineer", "Raj Patel", "16:00"),
        ]
    ),
    cte="base64",
    answers={
        "rating": ("9", 9),
        "went_well": ("Everything about the coding pair session", None),
        "role": ("Platform team, exactly what I want", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Wednesday", "2026-11-25"),
    },
    forbidden=("Von meinem Samsung Galaxy Smartphone gesendet", "Ursprüngliche Nachricht"),
)

case(
    "blackberry_hub_en",
    client="BlackBerry Hub",
    language="en",
    day=date(2026, 11, 25),
    shape="top-posted '1 )' numbering above BlackBerry's Original Message block",
    subject=f"Re: {SUBJ}",
    sent="Wed, 25 Nov 2026 20:10:00 -0500",
    text="\n".join(
        [
            "1 ) 4 out of ten, rough day",
            "3 ) Didn't know their product well enough",
            "7 ) Lots of travel. Would need to ask how much",
            "11 ) No",
            "",
            "Sent from my BlackBerry - the most secure mobile device",
            "  Original Message  ",
            f"From: followupd <{ME}>",
            "Sent: Wednesday, November 25, 2026 18:01",
            f"To: {ME}",
            f"Subject: {SUBJ}",
            "",
            *D("Granite Federal Services", "Solutions Architect", "Jane Doe", "16:00"),
        ]
    ),
    cte="7bit",
    answers={
        "rating": ("4 out of ten, rough day", 4),
        "went_badly": ("Didn't know their product well enough", None),
        "reservations": ("Lots of travel. Would need to ask how much", None),
        "want_job": ("No", "no"),
    },
    forbidden=("Sent from my BlackBerry", "Original Message"),
)

case(
    "naver_ko_original_message",
    client="Naver Mail",
    language="ko",
    day=date(2026, 11, 26),
    shape="top-posted numbered 1. above -----Original Message----- with Korean labels",
    subject=f"RE: {SUBJ}",
    sent="Thu, 26 Nov 2026 21:00:00 +0900",
    text="\n".join(
        [
            "1. 7점",
            "2. 코딩 테스트는 잘 풀었습니다.",
            "4. 면접관분들이 친절했어요.",
            "8. 연봉 6,500만 원 정도",
            "11. 네",
            "12. 다음 주 금요일",
            "",
            "-----Original Message-----",
            f'From: "followupd"<{ME}>',
            f'To: "Maya Example"<{ME}>;',
            "Sent: 2026-11-26 (목) 18:20:11 (GMT+09:00)",
            f"Subject: {SUBJ}",
            "",
            *D("Hanbit Soft", "Backend Developer", "Jane Doe", "16:00"),
        ]
    ),
    charset="euc-kr",
    cte="base64",
    answers={
        "rating": ("7점", 7),
        "went_well": ("코딩 테스트는 잘 풀었습니다.", None),
        "rapport": ("면접관분들이 친절했어요.", None),
        "money": ("연봉 6,500만 원 정도", amounts("연봉 6,500만 원 정도", ("65000000", "KRW", "year"))),
        "want_job": ("네", "yes"),
        "hear_back": ("다음 주 금요일", "2026-12-04"),
    },
    forbidden=("Original Message",),
)

case(
    "qq_mail_zh_original",
    client="QQ Mail",
    language="zh",
    day=date(2026, 11, 27),
    shape="top-posted numbered 1. above QQ's 原始邮件 separator, mobile footer",
    subject=f"回复：{SUBJ}",
    sent="Fri, 27 Nov 2026 22:15:00 +0800",
    text="\n".join(
        [
            "1. 6分吧",
            "2. 项目经历讲得比较完整。",
            "7. 加班可能比较多，下轮再问。",
            "11. 不确定",
            "12. 两周内",
            "",
            "发自我的iPhone",
            "",
            "",
            "------------------ 原始邮件 ------------------",
            f'发件人: "followupd" <{ME}>;',
            "发送时间: 2026年11月27日(星期五) 晚上6:05",
            f'收件人: "Maya Example"<{ME}>;',
            f"主题: {SUBJ}",
            "",
            *D("Longmen Games", "Game Designer", "Raj Patel", "16:00"),
        ]
    ),
    charset="gb18030",
    cte="base64",
    answers={
        "rating": ("6分吧", 6),
        "went_well": ("项目经历讲得比较完整。", None),
        "reservations": ("加班可能比较多，下轮再问。", None),
        "want_job": ("不确定", "unsure"),
        "hear_back": ("两周内", "2026-12-11"),
    },
    forbidden=("发自我的iPhone", "原始邮件"),
)

case(
    "notes_en_tabbed_block",
    client="HCL Notes",
    language="en",
    day=date(2026, 11, 30),
    shape="top-posted numbered with answers on the line after the number, above Notes' tabbed header block",
    subject=f"Re: {SUBJ}",
    sent="Mon, 30 Nov 2026 19:45:00 +0100",
    text="\n".join(
        [
            "1.",
            "7",
            "",
            "2.",
            "Process knowledge, I have done three SAP rollouts.",
            "",
            "9.",
            "More responsibility than now, slightly less pay.",
            "",
            "11.",
            "Yes",
            "",
            "Regards",
            "Maya Example",
            "Senior Consultant",
            "",
            "",
            "",
            f"From:\tfollowupd <{ME}>",
            f"To:\tMaya Example <{ME}>",
            "Date:\t30.11.2026 18:00",
            f"Subject:\t{SUBJ}",
            "",
            *D("Rheinwerk Versicherung AG", "Senior Consultant", "Jane Doe", "16:30"),
        ]
    ),
    charset="iso-8859-1",
    cte="7bit",
    answers={
        "rating": ("7", 7),
        "went_well": ("Process knowledge, I have done three SAP rollouts.", None),
        "vs_current": ("More responsibility than now, slightly less pay.", None),
        "want_job": ("Yes", "yes"),
    },
    forbidden=("Senior Consultant", "Regards"),
)

# ---- 2. HTML-only replies, each client with its own history markup ------------------------------------------
DH = debrief_html
GMAIL_BQ = 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"'

case(
    "gmail_web_html_only_en",
    client="Gmail web",
    language="en",
    day=date(2026, 12, 1),
    shape="HTML only, numbered 1. in divs above gmail_quote",
    subject=f"Re: {SUBJ}",
    sent="Tue, 1 Dec 2026 21:03:17 -0800",
    html=(
        '<div dir="ltr"><div>1. 8/10</div><div>2. Product sense question, I walked through the onboarding funnel'
        " with real numbers.</div><div>3. Ran long on the first answer and had to rush the last one.</div>"
        "<div>6. The mission (climate data) and the people seemed genuinely kind.</div>"
        "<div>8. Nothing concrete, they said comp is discussed after the onsite.</div>"
        "<div>11. Yes</div><div>12. Thursday the 10th</div><div><br></div><div>Maya</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Dec 1, 2026 at 6:02\u202fPM followupd'
        ' &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt; wrote:<br></div>'
        f'<blockquote class="gmail_quote" {GMAIL_BQ}>{DH("Carbonleaf", "Product Manager", "Jane Doe", "16:00")}'
        "</blockquote></div>\n"
    ),
    cte="quoted-printable",
    answers={
        "rating": ("8/10", 8),
        "went_well": (
            "Product sense question, I walked through the onboarding funnel with real numbers.",
            None,
        ),
        "went_badly": ("Ran long on the first answer and had to rush the last one.", None),
        "company": ("The mission (climate data) and the people seemed genuinely kind.", None),
        "money": (
            "Nothing concrete, they said comp is discussed after the onsite.",
            amounts("Nothing concrete, they said comp is discussed after the onsite."),
        ),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Thursday the 10th", "2026-12-10"),
    },
    forbidden=("wrote:", "Skip anything you like"),
)

case(
    "apple_mail_macos_html_fr",
    client="Apple Mail (macOS)",
    language="fr",
    day=date(2026, 12, 2),
    shape="HTML only, numbered 1/ above blockquote type=cite with a French attribution",
    subject=f"Re: {SUBJ}",
    sent="Wed, 2 Dec 2026 22:40:00 +0100",
    html=(
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        "<div>1/ 7</div><div>2/ L’étude de cas marketing, j’avais bien préparé.</div>"
        "<div>4/ Très bon contact avec Jane, un peu moins avec le directeur.</div>"
        "<div>8/ 3\u00a0800\u00a0€ brut par mois</div><div>11/ Peut-être</div>"
        "<div>12/ Lundi prochain</div><div><br></div><div>Maya</div>"
        '<div><br><blockquote type="cite"><div>Le 2 déc. 2026 à 18:05, followupd &lt;maya@example.org&gt; a'
        ' écrit :</div><br class="Apple-interchange-newline">'
        f"<div>{DH('Maison Garance', 'Chargée de marketing', 'Jane Doe', '16:00')}</div></blockquote></div>"
        "</body></html>\n"
    ),
    cte="quoted-printable",
    answers={
        "rating": ("7", 7),
        "went_well": ("L’étude de cas marketing, j’avais bien préparé.", None),
        "rapport": ("Très bon contact avec Jane, un peu moins avec le directeur.", None),
        "money": (
            "3\u00a0800\u00a0€ brut par mois",
            amounts("3\u00a0800\u00a0€ brut par mois", ("3800", "EUR", "month")),
        ),
        "want_job": ("Peut-être", "unsure"),
        "hear_back": ("Lundi prochain", "2026-12-07"),
    },
    forbidden=("a écrit", "Skip anything you like"),
)

case(
    "yahoo_html_only_es",
    client="Yahoo Mail web",
    language="es",
    day=date(2026, 12, 3),
    shape="HTML only, numbered 1) above yahoo_quoted div",
    subject=f"Re: {SUBJ}",
    sent="Thu, 3 Dec 2026 23:02:00 -0600",
    html=(
        '<html><head></head><body><div class="ydp4e1b2c3ayahoo-style-wrap" style="font-family:Helvetica Neue,'
        ' Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">1) 9 de 10</div>'
        '<div dir="ltr">2) La entrevista técnica, resolví todo.</div>'
        '<div dir="ltr">5) Me encanta: datos y producto a la vez.</div>'
        '<div dir="ltr">8) $55,000 MXN mensuales</div><div dir="ltr">11) Sí</div>'
        '<div dir="ltr">12) El viernes 11</div><div dir="ltr"><br></div></div>'
        '<div id="yahoo_quoted_8812345" class="yahoo_quoted"><div style="font-family:Helvetica, Arial;'
        'font-size:13px;color:#26282a;"><div>On Thursday, December 3, 2026, 06:10:44 PM CST, followupd'
        " &lt;maya@example.org&gt; wrote:</div><div><br></div><div><br></div>"
        f'<div><div id="yiv0011">{DH("Tecnológica Azteca", "Científica de Datos", "Raj Patel", "16:00")}'
        "</div></div></div></div></body></html>\n"
    ),
    cte="base64",
    answers={
        "rating": ("9 de 10", 9),
        "went_well": ("La entrevista técnica, resolví todo.", None),
        "role": ("Me encanta: datos y producto a la vez.", None),
        "money": ("$55,000 MXN mensuales", amounts("$55,000 MXN mensuales", ("55000", "MXN", "month"))),
        "want_job": ("Sí", "yes"),
        "hear_back": ("El viernes 11", "2026-12-11"),
    },
    forbidden=("wrote:", "Skip anything you like"),
)

case(
    "thunderbird_html_de",
    client="Thunderbird",
    language="de",
    day=date(2026, 12, 4),
    shape="HTML only, numbered 1. in paragraphs above moz-cite-prefix and a cite blockquote, signature div",
    subject=f"Re: {SUBJ}",
    sent="Fri, 4 Dec 2026 20:15:00 +0100",
    html=(
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        "</head><body><p>1. 6 von 10<br>2. Die Live-Coding-Aufgabe lief gut.<br>"
        "3. Bei Kubernetes-Fragen war ich unsicher.<br>8. 70.000 € brutto im Jahr<br>11. Weiß nicht<br>"
        "12. Nächste Woche</p><p>Gruß<br>Maya</p>"
        '<div class="moz-signature">-- <br>Maya Example · DevOps Engineer · +49 221 555 0199</div>'
        '<div class="moz-cite-prefix">Am 04.12.26 um 18:02 schrieb followupd:<br></div>'
        '<blockquote type="cite" cite="mid:debrief-2026-12-04@followupd.example.org">'
        f"{DH('Domblick IT GmbH', 'DevOps Engineer', 'Jane Doe', '16:00')}</blockquote></body></html>\n"
    ),
    cte="quoted-printable",
    answers={
        "rating": ("6 von 10", 6),
        "went_well": ("Die Live-Coding-Aufgabe lief gut.", None),
        "went_badly": ("Bei Kubernetes-Fragen war ich unsicher.", None),
        "money": ("70.000 € brutto im Jahr", amounts("70.000 € brutto im Jahr", ("70000", "EUR", "year"))),
        "want_job": ("Weiß nicht", "unsure"),
        "hear_back": ("Nächste Woche", "2026-12-11"),
    },
    forbidden=("schrieb followupd", "+49 221 555 0199", "Gruß"),
)

WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    ' xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name="Generator" content="Microsoft Word 15'
    ' (filtered medium)"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}'
    ' --></style></head><body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
)


def mso(text: str) -> str:
    return f'<p class="MsoNormal">{text}<o:p></o:p></p>'


case(
    "outlook_word_html_es",
    client="Outlook desktop (Windows)",
    language="es",
    day=date(2026, 12, 7),
    shape="HTML only (Word markup), numbered 1. above the De/Enviado el border div, signature and disclaimer",
    subject=f"RE: {SUBJ}",
    sent="Mon, 7 Dec 2026 19:20:00 +0100",
    html=(
        WORD_HEAD
        + mso("1. Un 8")
        + mso("2. Conocía bien su producto y lo notaron.")
        + mso("4. Muy bien, me veo trabajando con ellos.")
        + mso("8. 45k € al año más variable")
        + mso("11. Sí, me interesa mucho")
        + mso("12. A finales de la semana que viene")
        + mso("&nbsp;")
        + mso("Saludos cordiales,")
        + mso("<b>Maya Example</b>")
        + mso("Key Account Manager | Tel. +34 91 555 01 23")
        + mso(
            '<span style="font-size:8.0pt;color:gray">Este correo electrónico es confidencial y para uso'
            " exclusivo del destinatario.</span>"
        )
        + mso("&nbsp;")
        + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + mso(
            "<b>De:</b> followupd &lt;maya@example.org&gt; <br><b>Enviado el:</b> lunes, 7 de diciembre de 2026"
            " 18:04<br><b>Para:</b> Maya Example &lt;maya@example.org&gt;<br><b>Asunto:</b> " + SUBJ
        )
        + "</div>"
        + mso("&nbsp;")
        + DH("Distribuciones Ebro S.A.", "Key Account Manager", "Raj Patel", "16:00")
        + "</div></body></html>\n"
    ),
    charset="windows-1252",
    cte="quoted-printable",
    answers={
        "rating": ("Un 8", 8),
        "went_well": ("Conocía bien su producto y lo notaron.", None),
        "rapport": ("Muy bien, me veo trabajando con ellos.", None),
        "money": (
            "45k € al año más variable",
            amounts("45k € al año más variable", ("45000", "EUR", "year")),
        ),
        "want_job": ("Sí, me interesa mucho", "yes"),
        "hear_back": ("A finales de la semana que viene", "2026-12-18"),
    },
    forbidden=(
        "Saludos cordiales",
        "+34 91 555 01 23",
        "Este correo electrónico es confidencial",
        "Enviado el:",
    ),
)

case(
    "proton_html_en_partial",
    client="Proton Mail web",
    language="en",
    day=date(2026, 12, 8),
    shape="HTML only, partial, '#1' numbering above protonmail_quote, Proton footer",
    subject=f"Re: {SUBJ}",
    sent="Tue, 8 Dec 2026 21:00:00 +0000",
    html=(
        '<div style="font-family: Arial, sans-serif; font-size: 14px;">#1 5/10<br>#3 The take-home review. I'
        " couldn't justify my choice of queue.<br>#11 No<br></div>"
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
        '<div class="protonmail_signature_block-proton">Sent with <a target="_blank"'
        ' href="https://proton.example/mail">Proton Mail</a> secure email.</div></div>'
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        '<div class="protonmail_quote">On Tuesday, December 8th, 2026 at 18:03, followupd'
        ' &lt;maya@example.org&gt; wrote:<br><blockquote class="protonmail_quote" type="cite">'
        f"{DH('Quillfeather Labs', 'Backend Engineer', 'Jane Doe', '15:00')}</blockquote><br></div>\n"
    ),
    cte="base64",
    answers={
        "rating": ("5/10", 5),
        "went_badly": ("The take-home review. I couldn't justify my choice of queue.", None),
        "want_job": ("No", "no"),
    },
    forbidden=("Sent with", "Proton Mail secure email"),
)

case(
    "superhuman_html_pixel_en",
    client="Superhuman",
    language="en",
    day=date(2026, 12, 9),
    shape="HTML only with a tracking pixel, 'A1:' numbering, short last answer 'Both'",
    subject=f"Re: {SUBJ}",
    sent="Wed, 9 Dec 2026 19:41:00 -0800",
    html=(
        "<html><head></head><body><div><div>A1: 7</div><div>A2: The culture interview felt like a real"
        " conversation.</div><div>A4: Both</div><div><br></div></div>"
        '<div class="gmail_signature"></div><br><div class="gmail_quote"><div class="gmail_attr">On Wed, Dec 09,'
        ' 2026 at 6:00 PM, followupd &lt;maya@example.org&gt; wrote:<br></div><blockquote class="gmail_quote"'
        f" {GMAIL_BQ}>{DH('Tidewater Robotics', 'Engineering Manager', 'Jane Doe and Raj Patel', '16:00')}"
        '</blockquote></div><img src="https://r.superhuman.example/p/8b1c2d3e.gif" alt=" " width="1"'
        ' height="0" style="display:none;"></body></html>\n'
    ),
    cte="quoted-printable",
    answers={
        "rating": ("7", 7),
        "went_well": ("The culture interview felt like a real conversation.", None),
        "rapport": ("Both", None),
    },
    forbidden=("wrote:",),
)

case(
    "zoho_html_it",
    client="Zoho Mail",
    language="it",
    day=date(2026, 12, 10),
    shape="HTML only, numbered 1. above Zoho's '---- On ... wrote ---' block",
    subject=f"Re: {SUBJ}",
    sent="Thu, 10 Dec 2026 20:30:00 +0100",
    html=(
        '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
        '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>1. Otto su'
        " dieci</div><div>2. La parte sul budgeting, ho portato esempi concreti.</div><div>6. Azienda solida,"
        " bilanci in crescita.</div><div>8. RAL 42.000 euro</div><div>11. Sì</div><div>12. Martedì 15</div>"
        '<div><br></div><div>Un saluto,<br>Maya</div><div class="zmail_extra_hr" style="border-top: 1px solid'
        ' rgb(204, 204, 204);"><br></div><div class="zmail_extra"><div><br></div><div id="Zm-_Id_-Sgn1">----'
        " On Thu, 10 Dec 2026 18:05:11 +0100 <b>followupd &lt;maya@example.org&gt;</b> wrote ---<br></div>"
        '<div><br></div><blockquote style="border-left: 1px solid rgb(204, 204, 204); padding-left: 6px;'
        f' margin: 0px 0px 0px 5px;">{DH("Lanterna Finanza S.r.l.", "Financial Controller", "Raj Patel", "16:00")}'
        "</blockquote></div></div></body></html>\n"
    ),
    cte="quoted-printable",
    answers={
        "rating": ("Otto su dieci", 8),
        "went_well": ("La parte sul budgeting, ho portato esempi concreti.", None),
        "company": ("Azienda solida, bilanci in crescita.", None),
        "money": ("RAL 42.000 euro", amounts("RAL 42.000 euro", ("42000", "EUR", "year"))),
        "want_job": ("Sì", "yes"),
        "hear_back": ("Martedì 15", "2026-12-15"),
    },
    forbidden=("Un saluto", "wrote ---"),
)

# ---- 3. attributions in many languages, mobile footers, the user's own numbering ------------------------------

case(
    "gmail_android_de_date_after_verb",
    client="Gmail for Android",
    language="de",
    day=date(2026, 12, 11),
    shape="top-posted '(1)' numbering above an attribution with the date after the verb (schrieb am ...)",
    subject=f"Re: {SUBJ}",
    sent="Fri, 11 Dec 2026 21:12:00 +0100",
    text="\n".join(
        [
            "(1) 8",
            "(2) Fallstudie und Präsentation, beides souverän.",
            "(4) Sehr sympathisch, besonders Frau Doe.",
            "(8) 85 bis 90k € im Jahr",
            "(11) Ja",
            "(12) Mittwoch, den 16.",
            "",
            f"followupd <{ME}> schrieb am Fr., 11. Dez. 2026, 18:03:",
            "",
            quoted(D("Alpenrot Beratung GmbH", "Senior Consultant", "Jane Doe", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("8", 8),
        "went_well": ("Fallstudie und Präsentation, beides souverän.", None),
        "rapport": ("Sehr sympathisch, besonders Frau Doe.", None),
        "money": (
            "85 bis 90k € im Jahr",
            amounts("85 bis 90k € im Jahr", ("85000", "EUR", "year"), ("90000", "EUR", "year")),
        ),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Mittwoch, den 16.", "2026-12-16"),
    },
    forbidden=("schrieb am",),
)

case(
    "gmail_ios_en_wrapped_inline",
    client="Gmail for iOS",
    language="en",
    day=date(2026, 12, 14),
    shape="inline answers under '>' quoted questions, attribution wrapped over two lines",
    subject=f"Re: {SUBJ}",
    sent="Mon, 14 Dec 2026 22:05:00 -0500",
    text="\n".join(
        [
            "Answers inline!",
            "",
            "On Mon, Dec 14, 2026 at 6:02 PM followupd <",
            f"{ME}> wrote:",
            "",
            quoted(D("Maplegate Health", "Clinical Data Manager", "Raj Patel", "16:00")[:7]),
            f"> 1. {QUESTIONS[0]}",
            "",
            "Solid 7",
            "",
            ">",
            f"> 2. {QUESTIONS[1]}",
            "",
            "Regulatory knowledge. I knew the GCP details cold.",
            "",
            ">",
            f"> 3. {QUESTIONS[2]}",
            ">",
            f"> 4. {QUESTIONS[3]}",
            "",
            "Yes, Raj was great.",
            "",
            ">",
            *[f"> {n}. {QUESTIONS[n - 1]}\n>" for n in range(5, 8)],
            f"> 8. {QUESTIONS[7]}",
            "",
            "$95,000 to $105,000 a year",
            "",
            ">",
            *[f"> {n}. {QUESTIONS[n - 1]}\n>" for n in range(9, 11)],
            f"> 11. {QUESTIONS[10]}",
            "",
            "Yes",
            "",
            ">",
            f"> 12. {QUESTIONS[11]}",
            "",
            "Early next week",
            "",
            ">",
            "> Skip anything you like; a later reply fills in or replaces single answers.",
            "> --",
            "> followupd",
        ]
    ),
    cte="7bit",
    answers={
        "rating": ("Solid 7", 7),
        "went_well": ("Regulatory knowledge. I knew the GCP details cold.", None),
        "rapport": ("Yes, Raj was great.", None),
        "money": (
            "$95,000 to $105,000 a year",
            amounts("$95,000 to $105,000 a year", ("95000", "USD", "year"), ("105000", "USD", "year")),
        ),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Early next week", "2026-12-22"),
    },
    free_notes="Answers inline!",
    forbidden=("wrote:", "Skip anything you like"),
)

case(
    "apple_ios_fr_envoye_de_mon_iphone",
    client="Apple Mail (iOS)",
    language="fr",
    day=date(2026, 12, 15),
    shape="top-posted numbered 1. with French iPhone footer above a quoted French attribution",
    subject=f"Re: {SUBJ}",
    sent="Tue, 15 Dec 2026 19:47:00 +0100",
    text="\n".join(
        [
            "1. 6/10",
            "2. Mon expérience terrain, ils ont apprécié.",
            "3. La mise en situation commerciale, j’ai été trop longue.",
            "11. Je ne sais pas encore",
            "12. Jeudi 17",
            "",
            "Envoyé de mon iPhone",
            "",
            f"> Le 15 déc. 2026 à 18:04, followupd <{ME}> a écrit :",
            ">",
            quoted(D("Cévennes Énergie", "Chargée d'affaires", "Jane Doe", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("6/10", 6),
        "went_well": ("Mon expérience terrain, ils ont apprécié.", None),
        "went_badly": ("La mise en situation commerciale, j’ai été trop longue.", None),
        "want_job": ("Je ne sais pas encore", "unsure"),
        "hear_back": ("Jeudi 17", "2026-12-17"),
    },
    forbidden=("Envoyé de mon iPhone", "a écrit"),
)

case(
    "fairemail_nl_schreef",
    client="FairEmail",
    language="nl",
    day=date(2026, 12, 16),
    shape="top-posted numbered 1. above 'Op ... schreef' attribution, Dutch answers",
    subject=f"Re: {SUBJ}",
    sent="Wed, 16 Dec 2026 20:20:00 +0100",
    text="\n".join(
        [
            "1. Acht",
            "2. De technische vragen over Python.",
            "5. Veel vrijheid en een klein team.",
            "8. € 5.200 per maand",
            "11. Ja hoor",
            "12. Binnen een week",
            "",
            f"Op 16 december 2026 18:02:11 CET schreef followupd <{ME}>:",
            quoted(D("Polderdata B.V.", "Python-ontwikkelaar", "Raj Patel", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("Acht", 8),
        "went_well": ("De technische vragen over Python.", None),
        "role": ("Veel vrijheid en een klein team.", None),
        "money": ("€ 5.200 per maand", amounts("€ 5.200 per maand", ("5200", "EUR", "month"))),
        "want_job": ("Ja hoor", "yes"),
        "hear_back": ("Binnen een week", "2026-12-23"),
    },
    forbidden=("schreef followupd",),
)

case(
    "k9_de_footer",
    client="K-9 Mail",
    language="de",
    day=date(2026, 12, 9),
    shape="top-posted '1 -' numbering above a K-9 attribution, K-9 footer",
    subject=f"Re: {SUBJ}",
    sent="Wed, 9 Dec 2026 21:30:00 +0100",
    text="\n".join(
        [
            "1 - Eine 5",
            "3 - Englisch-Teil war holprig",
            "7 - Befristet auf zwei Jahre, muss ich klären",
            "11 - Nein, eher nicht",
            "",
            "-- ",
            "Diese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.",
            "",
            f"Am 9. Dezember 2026 18:02:11 MEZ schrieb followupd <{ME}>:",
            quoted(D("Stadtwerke Nordhafen", "IT-Projektleiterin", "Jane Doe", "15:00")),
        ]
    ),
    cte="8bit",
    answers={
        "rating": ("Eine 5", 5),
        "went_badly": ("Englisch-Teil war holprig", None),
        "reservations": ("Befristet auf zwei Jahre, muss ich klären", None),
        "want_job": ("Nein, eher nicht", "no"),
    },
    forbidden=("K-9 Mail", "schrieb followupd"),
)

case(
    "gmail_uk_pyshe",
    client="Gmail web (Ukrainian UI)",
    language="uk",
    day=date(2026, 12, 14),
    shape="top-posted numbered 1) above a Ukrainian 'пише:' attribution",
    subject=f"Re: {SUBJ}",
    sent="Mon, 14 Dec 2026 20:00:00 +0200",
    text="\n".join(
        [
            "1) 8 з 10",
            "2) Технічна частина пройшла добре.",
            "4) Так, команда приємна.",
            "8) 3000 доларів на місяць",
            "11) Так",
            "12) Наступного тижня",
            "",
            f"пн, 14 груд. 2026 р. о 18:02 followupd <{ME}> пише:",
            "",
            quoted(D("Dnipro Soft", "QA Engineer", "Raj Patel", "16:00")),
        ]
    ),
    charset="koi8-u",
    cte="8bit",
    answers={
        "rating": ("8 з 10", 8),
        "went_well": ("Технічна частина пройшла добре.", None),
        "rapport": ("Так, команда приємна.", None),
        "money": ("3000 доларів на місяць", amounts("3000 доларів на місяць", ("3000", "USD", "month"))),
        "want_job": ("Так", "yes"),
        "hear_back": ("Наступного тижня", "2026-12-25"),
    },
    forbidden=("пише:",),
)

case(
    "yandex_ru_date_first",
    client="Yandex Mail (mobile)",
    language="ru",
    day=date(2026, 12, 8),
    shape="top-posted numbered 1. above a date-first attribution, Yandex mobile footer",
    subject=f"Re: {SUBJ}",
    sent="Tue, 8 Dec 2026 21:00:00 +0300",
    text="\n".join(
        [
            "1. 7",
            "2. Рассказала про свой проект по миграции данных.",
            "8. 250 тысяч рублей в месяц",
            "11. Да",
            "12. До пятницы",
            "",
            "-- ",
            "Отправлено из мобильной Яндекс Почты",
            "",
            f'08.12.2026, 18:02, "followupd" <{ME}>:',
            quoted(D("Volga Retail", "Data Engineer", "Jane Doe", "16:00")),
        ]
    ),
    charset="koi8-r",
    cte="base64",
    answers={
        "rating": ("7", 7),
        "went_well": ("Рассказала про свой проект по миграции данных.", None),
        "money": (
            "250 тысяч рублей в месяц",
            amounts("250 тысяч рублей в месяц", ("250000", "RUB", "month")),
        ),
        "want_job": ("Да", "yes"),
        "hear_back": ("До пятницы", "2026-12-11"),
    },
    forbidden=("Яндекс Почты",),
)

case(
    "tutanota_no_fra",
    client="Tuta Mail",
    language="no",
    day=date(2026, 12, 1),
    shape="top-posted numbered 1. above Tuta's date-first attribution, Norwegian answers",
    subject=f"Re: {SUBJ}",
    sent="Tue, 1 Dec 2026 20:10:00 +0100",
    text="\n".join(
        [
            "1. 9 av 10",
            "2. Caseoppgaven gikk veldig bra.",
            "6. Godt arbeidsmiljø og fleksibel tid.",
            "8. 720 000 kroner i året",
            "11. Ja",
            "12. Innen to uker",
            "",
            f"1. des. 2026, 18:02 fra {ME}:",
            quoted(D("Fjordkraft Digital AS", "Tjenestedesigner", "Jane Doe", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("9 av 10", 9),
        "went_well": ("Caseoppgaven gikk veldig bra.", None),
        "company": ("Godt arbeidsmiljø og fleksibel tid.", None),
        "money": ("720 000 kroner i året", amounts("720 000 kroner i året", ("720000", "NOK", "year"))),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Innen to uker", "2026-12-15"),
    },
    forbidden=("fra maya@example.org:",),
)

case(
    "emclient_cs_puvodni_zprava",
    client="eM Client",
    language="cs",
    day=date(2026, 12, 2),
    shape="top-posted numbered 1. above eM Client's '------ Původní zpráva ------' block",
    subject=f"Re: {SUBJ}",
    sent="Wed, 2 Dec 2026 19:30:00 +0100",
    text="\n".join(
        [
            "1. 6 z 10",
            "3. Nevěděla jsem odpověď na otázku o Kafka.",
            "8. 85 000 Kč měsíčně",
            "11. Ano",
            "12. Do pátku",
            "",
            "S pozdravem",
            "Maya",
            "",
            "------ Původní zpráva ------",
            f'Od: "followupd" <{ME}>',
            f'Komu: "Maya Example" <{ME}>',
            "Odesláno: 2.12.2026 18:02:11",
            f"Předmět: {SUBJ}",
            "",
            *D("Vltava Systems s.r.o.", "Backend vývojářka", "Raj Patel", "16:00"),
        ]
    ),
    charset="iso-8859-2",
    cte="quoted-printable",
    answers={
        "rating": ("6 z 10", 6),
        "went_badly": ("Nevěděla jsem odpověď na otázku o Kafka.", None),
        "money": ("85 000 Kč měsíčně", amounts("85 000 Kč měsíčně", ("85000", "CZK", "month"))),
        "want_job": ("Ano", "yes"),
        "hear_back": ("Do pátku", "2026-12-04"),
    },
    forbidden=("S pozdravem", "Původní zpráva"),
)

# ---- 4. everyday replies ---------------------------------------------------------------------------------------

case(
    "mutt_en_inline_quotes",
    client="mutt",
    language="en",
    day=date(2026, 11, 2),
    shape="inline answers under '>' quoted questions, unanswered ones trimmed, mutt attribution",
    subject=f"Re: {SUBJ}",
    sent="Mon, 2 Nov 2026 22:31:09 +0000",
    mailer="NeoMutt/20250905",
    text="\n".join(
        [
            "On Mon, Nov 02, 2026 at 06:02:11PM +0000, followupd wrote:",
            f"> 1. {QUESTIONS[0]}",
            "",
            "6",
            "",
            f"> 2. {QUESTIONS[1]}",
            "",
            "Talking about the compiler work. They asked good follow-ups.",
            "",
            f"> 3. {QUESTIONS[2]}",
            "",
            "The Rust lifetimes question. Should have drawn it.",
            "",
            f"> 9. {QUESTIONS[8]}",
            "",
            "Similar level, but they are remote-first which I prefer.",
            "",
            f"> 12. {QUESTIONS[11]}",
            "",
            "In two weeks or so.",
            "",
            "--",
            "Maya",
            "gpg: 0x4E2F1A7C",
        ]
    ),
    charset="us-ascii",
    cte="7bit",
    answers={
        "rating": ("6", 6),
        "went_well": ("Talking about the compiler work. They asked good follow-ups.", None),
        "went_badly": ("The Rust lifetimes question. Should have drawn it.", None),
        "vs_current": ("Similar level, but they are remote-first which I prefer.", None),
        "hear_back": ("In two weeks or so.", "2026-11-16"),
    },
    forbidden=("0x4E2F1A7C",),
)

case(
    "evolution_en_bottom_posted",
    client="Evolution",
    language="en",
    day=date(2026, 11, 3),
    shape="bottom-posted: the whole debrief quoted, then numbered answers '1:' below, signature",
    subject=f"Re: {SUBJ}",
    sent="Tue, 3 Nov 2026 20:44:00 +0000",
    mailer="Evolution 3.56.1",
    text="\n".join(
        [
            "On Tue, 2026-11-03 at 18:02 +0000, followupd wrote:",
            quoted(D("Kestrel Aerospace", "Embedded Engineer", "Jane Doe", "16:00")),
            "",
            "1: 8",
            "2: The RTOS scheduling questions",
            "5: Flight software, which is exactly my thing",
            "8: GBP 62,000 per annum",
            "11: Yes",
            "12: Friday 13th",
            "",
            "-- ",
            "Maya Example",
            "+44 7700 900123",
        ]
    ),
    cte="8bit",
    answers={
        "rating": ("8", 8),
        "went_well": ("The RTOS scheduling questions", None),
        "role": ("Flight software, which is exactly my thing", None),
        "money": ("GBP 62,000 per annum", amounts("GBP 62,000 per annum", ("62000", "GBP", "year"))),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Friday 13th", "2026-11-13"),
    },
    forbidden=("+44 7700 900123",),
)

case(
    "fastmail_en_free_text",
    client="Fastmail web",
    language="en",
    day=date(2026, 11, 4),
    shape="free text only, no numbers, above a Fastmail attribution",
    subject=f"Re: {SUBJ}",
    sent="Wed, 4 Nov 2026 21:50:00 +1100",
    text="\n".join(
        [
            "Honestly it was a strange one. The first half felt great and then the panel went quiet during my"
            " design answer and I never really recovered. I liked Raj though, and the team seems sharp.",
            "",
            "I'll think about it over the weekend.",
            "",
            "M",
            "",
            "On Wed, 4 Nov 2026, at 18:02, followupd wrote:",
            quoted(D("Southerly Software", "Senior Frontend Engineer", "Raj Patel", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={},
    free_notes=(
        "Honestly it was a strange one. The first half felt great and then the panel went quiet during my design"
        " answer and I never really recovered. I liked Raj though, and the team seems sharp."
    ),
    forbidden=("wrote:",),
)

case(
    "spark_en_question_n_next_line",
    client="Spark (iOS)",
    language="en",
    day=date(2026, 11, 5),
    shape="top-posted 'Question 1:' with the answer on the next line, answers split by blank lines, Spark footer",
    subject=f"Re: {SUBJ}",
    sent="Thu, 5 Nov 2026 19:20:00 -0800",
    text="\n".join(
        [
            "Question 1:",
            "7/10",
            "",
            "Question 2:",
            "Explaining the incident post-mortem I led",
            "",
            "Question 7:",
            "On-call every third week. Ask about compensation for it.",
            "",
            "Question 11:",
            "Not sure yet",
            "",
            "Sent with Spark",
            "",
            f"On 5 Nov 2026 at 18:02 -0800, followupd <{ME}>, wrote:",
            quoted(D("Cascade Payments", "Site Reliability Engineer", "Jane Doe", "16:00")),
        ]
    ),
    cte="7bit",
    answers={
        "rating": ("7/10", 7),
        "went_well": ("Explaining the incident post-mortem I led", None),
        "reservations": ("On-call every third week. Ask about compensation for it.", None),
        "want_job": ("Not sure yet", "unsure"),
    },
    forbidden=("Sent with Spark",),
)

case(
    "airmail_en_out_of_order",
    client="Airmail (macOS)",
    language="en",
    day=date(2026, 11, 6),
    shape="top-posted '1.' numbering out of order with blank lines between, Airmail attribution",
    subject=f"Re: {SUBJ}",
    sent="Fri, 6 Nov 2026 23:10:00 +0000",
    text="\n".join(
        [
            "11. Yes, very much",
            "",
            "1. 9",
            "",
            "8. £48k a year plus a 5% pension match",
            "",
            "2. Everything in the portfolio review went smoothly, they loved the wayfinding project.",
            "",
            "12. Next Tuesday",
            "",
            f"On November 6, 2026 at 18:02:11, followupd ({ME}) wrote:",
            quoted(D("Thamesway Transport", "UX Designer", "Jane Doe", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("9", 9),
        "went_well": (
            "Everything in the portfolio review went smoothly, they loved the wayfinding project.",
            None,
        ),
        "money": (
            "£48k a year plus a 5% pension match",
            amounts("£48k a year plus a 5% pension match", ("48000", "GBP", "year")),
        ),
        "want_job": ("Yes, very much", "yes"),
        "hear_back": ("Next Tuesday", "2026-11-10"),
    },
    forbidden=("wrote:",),
)

case(
    "gmx_de_frage_n",
    client="GMX FreeMail",
    language="de",
    day=date(2026, 11, 9),
    shape="top-posted 'Frage 1:' labels above GMX's Gesendet/Von block",
    subject=f"Aw: {SUBJ}",
    sent="Mon, 9 Nov 2026 20:05:00 +0100",
    text="\n".join(
        [
            "Frage 1: 7 von 10",
            "Frage 3: Die Gehaltsfrage hat mich kalt erwischt.",
            "Frage 6: Tarifvertrag, 30 Tage Urlaub.",
            "Frage 8: 4.200 € brutto monatlich",
            "Frage 11: Ja",
            "Frage 12: Ende nächster Woche",
            "",
            "Gesendet: Montag, 09. November 2026 um 18:02 Uhr",
            f'Von: "followupd" <{ME}>',
            f"An: {ME}",
            f"Betreff: {SUBJ}",
            *D("Landesbank Weserbergland", "Sachbearbeiterin Kredit", "Jane Doe", "16:00"),
        ]
    ),
    charset="iso-8859-15",
    cte="quoted-printable",
    answers={
        "rating": ("7 von 10", 7),
        "went_badly": ("Die Gehaltsfrage hat mich kalt erwischt.", None),
        "company": ("Tarifvertrag, 30 Tage Urlaub.", None),
        "money": ("4.200 € brutto monatlich", amounts("4.200 € brutto monatlich", ("4200", "EUR", "month"))),
        "want_job": ("Ja", "yes"),
        "hear_back": ("Ende nächster Woche", "2026-11-20"),
    },
    forbidden=("Gesendet: Montag",),
)

case(
    "mailspring_en_emoji_nbsp",
    client="Mailspring",
    language="en",
    day=date(2026, 11, 10),
    shape="top-posted '1:' numbering with emoji, non-breaking spaces and smart quotes",
    subject=f"Re: {SUBJ}",
    sent="Tue, 10 Nov 2026 21:02:00 -0500",
    text="\n".join(
        [
            "1:\u00a08 🙂",
            "2:\u00a0The “day in the life” chat, super natural",
            "4:\u00a0Loved the team 💜 could totally see myself there",
            "6:\u00a0They actually ship, and they’re kind about it",
            "11:\u00a0Yes!!",
            "12:\u00a0Monday",
            "",
            f"On Nov 10 2026, at 6:02 pm, followupd <{ME}> wrote:",
            quoted(D("Juniper & Sage", "Content Designer", "Jane Doe", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("8 🙂", 8),
        "went_well": ("The “day in the life” chat, super natural", None),
        "rapport": ("Loved the team 💜 could totally see myself there", None),
        "company": ("They actually ship, and they’re kind about it", None),
        "want_job": ("Yes!!", "yes"),
        "hear_back": ("Monday", "2026-11-16"),
    },
    forbidden=("wrote:",),
)

case(
    "claws_en_partial_inline",
    client="Claws Mail",
    language="en",
    day=date(2026, 11, 11),
    shape="inline partial under '>' quotes, attribution wrapped after the date",
    subject=f"Re: {SUBJ}",
    sent="Wed, 11 Nov 2026 19:15:00 +0100",
    mailer="Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)",
    text="\n".join(
        [
            "On Wed, 11 Nov 2026 18:02:11 +0100",
            f"followupd <{ME}> wrote:",
            "",
            f"> 1. {QUESTIONS[0]}",
            "",
            "5",
            "",
            f"> 3. {QUESTIONS[2]}",
            "",
            "Too nervous in the live coding.",
            "",
            f"> 11. {QUESTIONS[10]}",
            "",
            "Unsure",
        ]
    ),
    charset="us-ascii",
    cte="7bit",
    answers={
        "rating": ("5", 5),
        "went_badly": ("Too nervous in the live coding.", None),
        "want_job": ("Unsure", "unsure"),
    },
    forbidden=("wrote:",),
)

case(
    "gmail_en_answer_then_forward",
    client="Gmail web",
    language="en",
    day=date(2026, 11, 12),
    shape="answers numbered 1. then a forwarded recruiter message below (answer-then-forward)",
    subject=f"Re: {SUBJ}",
    sent="Thu, 12 Nov 2026 22:00:00 -0800",
    text="\n".join(
        [
            "1. 7",
            "2. The SQL and dashboard questions.",
            "8. See the recruiter's note below: $120-130k base per year.",
            "11. Yes",
            "",
            "---------- Forwarded message ---------",
            "From: Jane Doe <jane.doe@talent.example>",
            "Date: Thu, Nov 12, 2026 at 5:40 PM",
            "Subject: Thanks for today",
            f"To: Maya Example <{ME}>",
            "",
            "Hi Maya,",
            "",
            "Thanks again for coming in. As mentioned, the band for this role is $120-130k base per year. We expect to"
            " get back to everyone by next Friday.",
            "",
            "Best,",
            "Jane",
            "",
            f"On Thu, Nov 12, 2026 at 6:02 PM followupd <{ME}> wrote:",
            quoted(D("Northwind Analytics", "BI Analyst", "Jane Doe", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("7", 7),
        "went_well": ("The SQL and dashboard questions.", None),
        "money": (
            "See the recruiter's note below: $120-130k base per year.",
            amounts(
                "See the recruiter's note below: $120-130k base per year.",
                ("120000", "USD", "year"),
                ("130000", "USD", "year"),
            ),
        ),
        "want_job": ("Yes", "yes"),
    },
    forbidden=("Thanks again for coming in", "Forwarded message", "We expect to get back to everyone"),
)

case(
    "roundcube_ptpt_escreveu",
    client="Roundcube",
    language="pt",
    day=date(2026, 11, 13),
    shape="top-posted numbered 1. above Roundcube's Portuguese attribution, European Portuguese",
    subject=f"Re: {SUBJ}",
    sent="Fri, 13 Nov 2026 20:40:00 +0000",
    text="\n".join(
        [
            "1. 7 em 10",
            "2. A parte de contabilidade analítica correu muito bem.",
            "4. Simpáticos, senti-me à vontade.",
            "8. 2.100 € brutos por mês, 14 meses",
            "11. Talvez",
            "12. Até ao fim do mês",
            "",
            "Cumprimentos,",
            "Maya",
            "",
            "Em 2026-11-13 18:02, followupd escreveu:",
            quoted(D("Tejo Contabilidade, Lda.", "Técnica de Contabilidade", "Raj Patel", "16:00")),
        ]
    ),
    charset="iso-8859-15",
    cte="quoted-printable",
    answers={
        "rating": ("7 em 10", 7),
        "went_well": ("A parte de contabilidade analítica correu muito bem.", None),
        "rapport": ("Simpáticos, senti-me à vontade.", None),
        "money": (
            "2.100 € brutos por mês, 14 meses",
            amounts("2.100 € brutos por mês, 14 meses", ("2100", "EUR", "month")),
        ),
        "want_job": ("Talvez", "unsure"),
        "hear_back": ("Até ao fim do mês", "2026-11-30"),
    },
    forbidden=("Cumprimentos", "escreveu:"),
)

case(
    "apple_ios_ja_footer",
    client="Apple Mail (iOS)",
    language="ja",
    day=date(2026, 11, 16),
    shape="top-posted numbered 1. with iPhoneから送信 footer above a Japanese attribution",
    subject=f"Re: {SUBJ}",
    sent="Mon, 16 Nov 2026 20:30:00 +0900",
    text="\n".join(
        [
            "1. 8",
            "2. ケース面接はよくできた",
            "5. 事業企画で、希望にかなり近いです",
            "11. はい",
            "12. 今週の金曜日",
            "",
            "iPhoneから送信",
            "",
            f"> 2026/11/16 18:02、followupd <{ME}>のメール:",
            ">",
            quoted(D("Minato Holdings", "Business Planner", "Jane Doe", "16:00")),
        ]
    ),
    charset="utf-8",
    cte="base64",
    answers={
        "rating": ("8", 8),
        "went_well": ("ケース面接はよくできた", None),
        "role": ("事業企画で、希望にかなり近いです", None),
        "want_job": ("はい", "yes"),
        "hear_back": ("今週の金曜日", "2026-11-20"),
    },
    forbidden=("iPhoneから送信", "のメール:"),
)

case(
    "hey_html_en_split_answer",
    client="HEY",
    language="en",
    day=date(2026, 11, 17),
    shape="HTML only (trix), numbered 1. with an answer over two paragraphs above HEY's attribution blockquote",
    subject=f"Re: {SUBJ}",
    sent="Tue, 17 Nov 2026 21:15:00 -0600",
    html=(
        '<div class="trix-content"><div>1. 8<br>2. The system design round. I scoped it down early and that paid'
        " off.<br><br>Also the values interview, Jane said my answers were refreshingly specific.<br>"
        "3. Forgot to ask about the roadmap.<br>10. Ahead of the other two I'm talking to.<br>11. Yes<br>"
        "12. Friday</div><div><br></div><div>Maya</div></div><div><br><br>"
        f"<div>On November 17, 2026, followupd &lt;{ME}&gt; wrote:</div>"
        f"<blockquote>{DH('Lumen Ledger', 'Senior Backend Engineer', 'Jane Doe', '16:00')}</blockquote></div>\n"
    ),
    cte="quoted-printable",
    answers={
        "rating": ("8", 8),
        "went_well": (
            "The system design round. I scoped it down early and that paid off.\n\n"
            "Also the values interview, Jane said my answers were refreshingly specific.",
            None,
        ),
        "went_badly": ("Forgot to ask about the roadmap.", None),
        "vs_others": ("Ahead of the other two I'm talking to.", None),
        "want_job": ("Yes", "yes"),
        "hear_back": ("Friday", "2026-11-20"),
    },
    forbidden=("wrote:",),
)

case(
    "samsung_ko_original",
    client="Samsung Email",
    language="ko",
    day=date(2026, 11, 18),
    shape="top-posted numbered 1) above Samsung's 원본 이메일 block, Galaxy footer",
    subject=f"Re: {SUBJ}",
    sent="Wed, 18 Nov 2026 21:00:00 +0900",
    text="\n".join(
        [
            "1) 10점 만점에 6점",
            "3) 영어 면접이 어려웠어요",
            "11) 잘 모르겠어요",
            "12) 다음 주",
            "",
            "",
            "Galaxy 스마트폰에서 보냈습니다.",
            "",
            "-------- 원본 이메일 --------",
            f"발신: followupd <{ME}>",
            "날짜: 26/11/18 18:02 (GMT+09:00)",
            f"수신: {ME}",
            f"제목: {SUBJ}",
            "",
            *D("Daehan Mobility", "Product Owner", "Raj Patel", "16:00"),
        ]
    ),
    cte="base64",
    answers={
        "rating": ("10점 만점에 6점", 6),
        "went_badly": ("영어 면접이 어려웠어요", None),
        "want_job": ("잘 모르겠어요", "unsure"),
        "hear_back": ("다음 주", "2026-11-27"),
    },
    forbidden=("Galaxy 스마트폰에서 보냈습니다", "원본 이메일"),
)

case(
    "apple_ios_en_sent_from_iphone_yes_last",
    client="Apple Mail (iOS)",
    language="en",
    day=date(2026, 11, 19),
    shape="top-posted numbered 1. with a short last answer 'Yes' and no sign-off, iPhone footer",
    subject=f"Re: {SUBJ}",
    sent="Thu, 19 Nov 2026 18:48:00 -0500",
    text="\n".join(
        [
            "1. 7",
            "6. Great benefits and a real training budget",
            "7. None really",
            "11. Yes",
            "",
            "Sent from my iPhone",
            "",
            f"> On Nov 19, 2026, at 6:02\u202fPM, followupd <{ME}> wrote:",
            ">",
            quoted(D("Bayside Credit Union", "Financial Analyst", "Jane Doe", "16:00")),
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("7", 7),
        "company": ("Great benefits and a real training budget", None),
        "reservations": ("None really", None),
        "want_job": ("Yes", "yes"),
    },
    forbidden=("Sent from my iPhone",),
)

case(
    "gmail_ro_a_scris",
    client="Gmail web (Romanian UI)",
    language="ro",
    day=date(2026, 11, 20),
    shape="top-posted numbered 1. above a Romanian attribution with the date first",
    subject=f"Re: {SUBJ}",
    sent="Fri, 20 Nov 2026 21:00:00 +0200",
    text="\n".join(
        [
            "1. 8 din 10",
            "2. Partea tehnică, am explicat bine arhitectura.",
            "8. 12.000 lei net pe lună",
            "11. Da",
            "12. Săptămâna viitoare",
            "",
            f"În vin., 20 nov. 2026 la 18:02, followupd <{ME}> a scris:",
            "",
            quoted(D("Carpați Tech SRL", "Inginer software", "Raj Patel", "16:00")),
        ]
    ),
    charset="iso-8859-16",
    cte="quoted-printable",
    answers={
        "rating": ("8 din 10", 8),
        "went_well": ("Partea tehnică, am explicat bine arhitectura.", None),
        "money": ("12.000 lei net pe lună", amounts("12.000 lei net pe lună", ("12000", "RON", "month"))),
        "want_job": ("Da", "yes"),
        "hear_back": ("Săptămâna viitoare", "2026-11-27"),
    },
    forbidden=("a scris:",),
)

case(
    "outlook_hu_felado",
    client="Outlook desktop (Windows)",
    language="hu",
    day=date(2026, 11, 23),
    shape="top-posted numbered 1. above a Feladó/Elküldve block, sign-off without '-- '",
    subject=f"VÁLASZ: {SUBJ}",
    sent="Mon, 23 Nov 2026 20:30:00 +0100",
    text="\n".join(
        [
            "1. 7/10",
            "2. Az esettanulmány jól ment.",
            "8. Bruttó 900 ezer forint havonta",
            "11. Igen",
            "12. Jövő héten",
            "",
            "Üdvözlettel:",
            "Maya",
            "",
            outlook_block(
                ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:"), "2026. november 23., hétfő 18:02", SUBJ
            ),
            *D("Duna Informatika Kft.", "Rendszerelemző", "Jane Doe", "16:00"),
        ]
    ),
    charset="iso-8859-2",
    cte="quoted-printable",
    answers={
        "rating": ("7/10", 7),
        "went_well": ("Az esettanulmány jól ment.", None),
        "money": (
            "Bruttó 900 ezer forint havonta",
            amounts("Bruttó 900 ezer forint havonta", ("900000", "HUF", "month")),
        ),
        "want_job": ("Igen", "yes"),
        "hear_back": ("Jövő héten", "2026-12-04"),
    },
    forbidden=("Üdvözlettel", "Elküldve:"),
)

case(
    "outlook_web_en_answers_under_unquoted",
    client="Outlook on the web",
    language="en",
    day=date(2026, 11, 24),
    shape="answers typed under the unquoted questions below a From/Sent block, partial",
    subject=f"RE: {SUBJ}",
    sent="Tue, 24 Nov 2026 20:00:00 +0000",
    text="\n".join(
        [
            "Answers below.",
            "",
            outlook_block(("From:", "Sent:", "To:", "Subject:"), "24 November 2026 18:02", SUBJ),
            *D("Hollybrook Pharma", "Regulatory Affairs Officer", "Raj Patel", "16:00")[:7],
            f"1. {QUESTIONS[0]}",
            "8",
            "",
            f"2. {QUESTIONS[1]}",
            "Knowledge of EU submissions",
            "",
            *[f"{n}. {QUESTIONS[n - 1]}\n" for n in range(3, 8)],
            f"8. {QUESTIONS[7]}",
            "£52,000 to £55,000 per year",
            "",
            *[f"{n}. {QUESTIONS[n - 1]}\n" for n in range(9, 12)],
            f"12. {QUESTIONS[11]}",
            "Thursday the 3rd",
            "",
            "Skip anything you like; a later reply fills in or replaces single answers.",
            "-- ",
            "followupd",
        ]
    ),
    cte="quoted-printable",
    answers={
        "rating": ("8", 8),
        "went_well": ("Knowledge of EU submissions", None),
        "money": (
            "£52,000 to £55,000 per year",
            amounts("£52,000 to £55,000 per year", ("52000", "GBP", "year"), ("55000", "GBP", "year")),
        ),
        "hear_back": ("Thursday the 3rd", "2026-12-03"),
    },
    free_notes="Answers below.",
    forbidden=("Sent: 24 November", "Skip anything you like"),
)


if __name__ == "__main__":
    write()
