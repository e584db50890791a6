"""Writes the eleventh held-out reply set: NAME.eml + NAME.expected.json, same bytes on every run."""

from __future__ import annotations

import base64
import json
import quopri
from pathlib import Path

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
NUM = {qid: n for n, qid in enumerate(IDS, start=1)}
Q_FORBID = ["Rate your overall performance", "Skip anything you like"]


def debrief(company: str, role: str, token: str, *, ended: str = "17:00") -> str:
    """The plain-text debrief as the user received it."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} ended at {ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: http://127.0.0.1:8765/debrief/{token}',
        "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)",
        "",
    ]
    for n, text in enumerate(QUESTIONS, start=1):
        lines += [f"{n}. {text}", ""]
    lines += [
        "Skip anything you like; a later reply fills in or replaces single answers.",
        "-- ",
        "followupd",
    ]
    return "\n".join(lines)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def numbered(answers: list[tuple[str, str, object]], fmt: str = "{n}. {t}", sep: str = "\n") -> str:
    return sep.join(fmt.format(n=NUM[qid], t=text) for qid, text, _ in answers)


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, object]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts], "text": text}


def subject(company: str, role: str, token: str) -> str:
    return f"Debrief: {company}, {role} [fu-{token}]"


def _encode(text: str, charset: str, cte: str, crlf: bool) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n"))
    return data


def _part(body: str, subtype: str, charset: str, cte: str, crlf: bool) -> bytes:
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + _encode(body, charset, cte, crlf and cte == "base64")


CASES: list[dict[str, object]] = []


def case(name: str, **kw: object) -> None:
    CASES.append({"name": name, **kw})


def write(c: dict[str, object]) -> None:
    charset = str(c.get("charset", "utf-8"))
    cte = str(c.get("cte", "8bit"))
    crlf = bool(c.get("crlf", False))
    headers = [
        f"From: {c.get('from_', 'Maya Example <' + ME + '>')}",
        f"To: Maya Example <{ME}>",
        f"Subject: {c['subject']}",
        f"Date: {c['date']}",
        f"Message-ID: <{c['name']}.eval11@example.org>",
        f"In-Reply-To: <debrief-{c['name']}@example.org>",
        "MIME-Version: 1.0",
    ]
    for extra in c.get("headers", ()):  # type: ignore[attr-defined]
        headers.append(str(extra))
    plain, html = c.get("plain"), c.get("html")
    if plain is not None and html is not None:
        boundary = f"----=_Part_{c['name']}"
        body = (
            f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode()
            + f"--{boundary}\n".encode()
            + _part(str(plain), "plain", charset, cte, crlf)
            + f"\n--{boundary}\n".encode()
            + _part(str(html), "html", charset, cte, crlf)
            + f"\n--{boundary}--\n".encode()
        )
    else:
        body = _part(
            str(plain if plain is not None else html),
            "plain" if plain is not None else "html",
            charset,
            cte,
            crlf,
        )
    raw = "\n".join(headers).encode("utf-8") + b"\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    (HERE / f"{c['name']}.eml").write_bytes(raw)
    answers = {qid: {"text": text, "value": value} for qid, text, value in c["answers"]}  # type: ignore[attr-defined]
    expected = {
        "client": c["client"],
        "language": c["language"],
        "interview_date": c["interview_date"],
        "own_addresses": [ME],
        "shape": c["shape"],
        "free_notes": c.get("free_notes", ""),
        "answers": answers,
        "forbidden": c.get("forbidden", []),
    }
    (HERE / f"{c['name']}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


# --- 1-10: top-posted, numbered in the user's own ways, over localized Outlook header blocks ---

A = [
    ("rating", "7/10", 7),
    ("went_well", "The system design part, I drew the whole pipeline without hesitating", None),
    ("went_badly", "Rambled on the conflict question, next time a STAR answer of two minutes", None),
    ("rapport", "Jane was great, Raj a bit cold but fair. Yes, I could work with them", None),
    ("role", "Platform work with real ownership, pretty close to what I want", None),
    ("company", "Small, profitable, no crunch culture", None),
    ("reservations", "On-call every fourth week; ask how often it actually pages", None),
    ("money", "95-105k EUR base", money("95-105k EUR base", ("95000", "EUR", None), ("105000", "EUR", None))),
    ("vs_current", "Better scope, similar pay", None),
    ("vs_others", "Ahead of Contoso for now", None),
    ("want_job", "Yes", "yes"),
    ("hear_back", "Thursday the 19th", "2026-11-19"),
]
case(
    "outlook_win_de_numbered",
    client="Outlook desktop (Windows)",
    language="en",
    interview_date="2026-11-10",
    shape="top-posted numbered, unquoted German Outlook header block (Von/Gesendet/An/Betreff)",
    subject="AW: " + subject("Northwind", "Platform Engineer", "k3x9q2ab"),
    date="Tue, 10 Nov 2026 20:41:12 +0100",
    charset="windows-1252",
    cte="quoted-printable",
    crlf=True,
    plain="Hi,\n\n"
    + numbered(A)
    + "\n\nViele Grüße\nMaya\n\n"
    + "Von: Maya Example <maya@example.org>\nGesendet: Dienstag, 10. November 2026 18:02\n"
    + "An: Maya Example <maya@example.org>\nBetreff: "
    + subject("Northwind", "Platform Engineer", "k3x9q2ab")
    + "\n\n"
    + debrief("Northwind", "Platform Engineer", "k3x9q2ab"),
    answers=A,
    forbidden=[*Q_FORBID, "Viele Grüße", "Gesendet: Dienstag"],
)

B = [
    ("rating", "8", 8),
    ("went_well", "Live coding. Clean solution and I talked through it", None),
    ("went_badly", "Didn't ask enough about the team", None),
    ("rapport", "Very friendly, both of them", None),
    ("role", "Backend, Go, payments. Close to ideal", None),
    ("company", "Mission and the people", None),
    ("reservations", "Hybrid 3 days, commute is long", None),
    (
        "money",
        "Ils proposent 62 000 € par an",
        money("Ils proposent 62 000 € par an", ("62000", "EUR", "year")),
    ),
    ("vs_current", "Plus intéressant", None),
    ("vs_others", "Le meilleur pour l'instant", None),
    ("want_job", "Oui", "yes"),
    ("hear_back", "la semaine prochaine", "2026-11-13"),
]
case(
    "outlook_win_fr_envoye",
    client="Outlook desktop (Windows)",
    language="fr",
    interview_date="2026-11-03",
    shape="top-posted numbered 1), French Outlook header block De/Envoyé/À/Objet, mixed English and French",
    subject="RE : " + subject("Fabrikam", "Backend Developer", "p0q8w1zz"),
    date="Tue, 03 Nov 2026 21:05:44 +0100",
    charset="iso-8859-15",
    cte="quoted-printable",
    crlf=True,
    plain=numbered(B, "{n}) {t}")
    + "\n\nCordialement,\nMaya Example\nDéveloppeuse backend\n+33 6 12 34 56 78\nhttps://maya.example\n\n"
    + "De : Maya Example <maya@example.org>\nEnvoyé : mardi 3 novembre 2026 18:30\n"
    + "À : Maya Example <maya@example.org>\nObjet : "
    + subject("Fabrikam", "Backend Developer", "p0q8w1zz")
    + "\n\n"
    + debrief("Fabrikam", "Backend Developer", "p0q8w1zz", ended="18:00"),
    answers=B,
    forbidden=[*Q_FORBID, "Cordialement", "+33 6 12 34 56 78", "https://maya.example"],
)

C = [
    ("rating", "6 de 10", 6),
    ("went_well", "La parte técnica, sobre todo SQL", None),
    ("went_badly", "Me puse nerviosa con las preguntas de liderazgo", None),
    ("rapport", "Bien con Jane, muy cercana", None),
    (
        "money",
        "Entre 45.000 y 50.000 € brutos al año",
        money("Entre 45.000 y 50.000 € brutos al año", ("45000", "EUR", "year"), ("50000", "EUR", "year")),
    ),
    ("want_job", "No lo sé todavía", "unsure"),
    ("hear_back", "el viernes", "2026-11-20"),
]
case(
    "outlook_web_es_enviado_el",
    client="Outlook web",
    language="es",
    interview_date="2026-11-17",
    shape="partial top-posted numbered 1.-, Spanish Outlook block De/Enviado el/Para/Asunto",
    subject="RE: " + subject("Contoso", "Data Analyst", "zz81mm4q"),
    date="Tue, 17 Nov 2026 22:10:00 +0100",
    cte="base64",
    plain=numbered(C, "{n}.- {t}")
    + "\n\nUn saludo,\nMaya\n\n________________________________\n"
    + "De: Maya Example <maya@example.org>\nEnviado el: martes, 17 de noviembre de 2026 19:00\n"
    + "Para: Maya Example <maya@example.org>\nAsunto: "
    + subject("Contoso", "Data Analyst", "zz81mm4q")
    + "\n\n"
    + debrief("Contoso", "Data Analyst", "zz81mm4q"),
    answers=C,
    forbidden=[*Q_FORBID, "Un saludo", "Enviado el: martes"],
)

D = [
    ("rating", "zeven", 7),
    ("went_well", "Casus ging goed, ik had een duidelijke structuur", None),
    ("went_badly", "Te weinig vragen gesteld aan het eind", None),
    ("rapport", "Prima klik met de teamlead", None),
    ("role", "Product analytics, precies wat ik zoek", None),
    ("company", "Duurzaam en groeiend", None),
    ("reservations", "Veel reizen naar Utrecht", None),
    ("money", "€ 5.200 bruto per maand", money("€ 5.200 bruto per maand", ("5200", "EUR", "month"))),
    ("vs_current", "Een stap vooruit", None),
    ("vs_others", "Geen andere lopende gesprekken", None),
    ("want_job", "Ja", "yes"),
    ("hear_back", "volgende week woensdag", "2026-11-18"),
]
case(
    "outlook_mac_nl_van",
    client="Outlook for Mac",
    language="nl",
    interview_date="2026-11-12",
    shape="top-posted numbered 1:, Dutch Outlook block Van/Datum/Aan/Onderwerp, sign-off without '-- '",
    subject="Re: " + subject("Tailspin", "Product Analyst", "nl55aa01"),
    date="Thu, 12 Nov 2026 20:00:01 +0100",
    charset="iso-8859-15",
    cte="quoted-printable",
    plain=numbered(D, "{n}: {t}")
    + "\n\nMet vriendelijke groet,\n\nMaya Example\nSenior Data Analyst | Woodgrove\nT +31 6 1234 5678\n"
    + "www.woodgrove.example\n\nDit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.\n\n"
    + "Van: Maya Example <maya@example.org>\nDatum: donderdag, 12 november 2026 om 18:15\n"
    + "Aan: Maya Example <maya@example.org>\nOnderwerp: "
    + subject("Tailspin", "Product Analyst", "nl55aa01")
    + "\n\n"
    + debrief("Tailspin", "Product Analyst", "nl55aa01"),
    answers=D,
    forbidden=[*Q_FORBID, "Met vriendelijke groet", "Senior Data Analyst | Woodgrove", "vertrouwelijk"],
)

E = [
    ("rating", "8分", 8),
    ("went_well", "算法题做得很顺", None),
    ("went_badly", "英语自我介绍有点紧张", None),
    ("rapport", "面试官很专业，愿意一起工作", None),
    ("role", "做推荐系统，很符合我的方向", None),
    ("company", "技术氛围好", None),
    ("money", "月薪3万5", money("月薪3万5", ("35000", "CNY", "month"))),
    ("want_job", "想去", "yes"),
    ("hear_back", "下周五", "2026-11-27"),
]
case(
    "outlook_win_zh_fajianren",
    client="Outlook desktop (Windows)",
    language="zh",
    interview_date="2026-11-18",
    shape="partial top-posted numbered 1、, Chinese Outlook block 发件人/发送时间/收件人/主题",
    subject="答复: " + subject("Litware", "Recommender Engineer", "cn18xy77"),
    date="Wed, 18 Nov 2026 21:30:00 +0800",
    charset="gb18030",
    cte="base64",
    crlf=True,
    plain=numbered(E, "{n}、{t}")
    + "\n\n谢谢\nMaya\n\n"
    + "发件人: Maya Example <maya@example.org>\n发送时间: 2026年11月18日 18:00\n"
    + "收件人: Maya Example <maya@example.org>\n主题: "
    + subject("Litware", "Recommender Engineer", "cn18xy77")
    + "\n\n"
    + debrief("Litware", "Recommender Engineer", "cn18xy77"),
    answers=E,
    forbidden=[*Q_FORBID, "发送时间"],
)

WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def rfc_date(iso: str, hour: str = "21:12:07", tz: str = "+0100") -> str:
    import datetime

    d = datetime.date.fromisoformat(iso)
    return f"{WD[d.weekday()]}, {d.day:02d} {d.strftime('%b')} {d.year} {hour} {tz}"


def outlook_block(labels: tuple[str, str, str, str], sent: str, subj: str, *, rule: bool = False) -> str:
    """An unquoted Outlook header block: From / Sent / To / Subject in the client's language."""
    f, s, t, j = labels
    head = "________________________________\n" if rule else ""
    return f"{head}{f} Maya Example <{ME}>\n{s} {sent}\n{t} Maya Example <{ME}>\n{j} {subj}\n"


def tp(name: str, **kw: object) -> None:
    """A top-posted reply: intro, the answers, a sign-off, then the history."""
    answers = kw.pop("answers")
    company, role, token = kw.pop("debrief")  # type: ignore[misc]
    subj = subject(company, role, token)
    fmt = str(kw.pop("fmt", "{n}. {t}"))
    sep = str(kw.pop("sep", "\n"))
    intro = str(kw.pop("intro", ""))
    sign = str(kw.pop("sign", ""))
    history = kw.pop("history")
    hist = history(subj) if callable(history) else str(history)
    original = debrief(company, role, token)
    if kw.pop("quoted", False):
        original = quote(original)
    body = intro + numbered(answers, fmt, sep) + "\n\n" + sign + hist + "\n" + original  # type: ignore[arg-type]
    kw.setdefault("subject", "Re: " + subj)
    kw.setdefault("date", rfc_date(str(kw["interview_date"])))
    case(name, plain=body, answers=answers, **kw)


tp(
    "outlook_ios_sv_fran",
    client="Outlook iOS",
    language="sv",
    interview_date="2026-11-24",
    shape="top-posted numbered, Swedish Outlook block Från/Skickat/Till/Ämne, Swedish mobile footer",
    debrief=("Wingtip", "Tech Lead", "sv24tt90"),
    answers=[
        ("rating", "sju av tio", 7),
        ("went_well", "Arkitekturdelen", None),
        ("went_badly", "Frågan om budget, borde ha förberett siffror", None),
        ("rapport", "Bra stämning, kan absolut jobba med dem", None),
        ("money", "52 000 kr i månaden", money("52 000 kr i månaden", ("52000", "SEK", "month"))),
        ("want_job", "Ja, absolut", "yes"),
        ("hear_back", "nästa vecka", "2026-12-04"),
    ],
    sign="Hämta Outlook för iOS\n\n",
    history=lambda s: outlook_block(
        ("Från:", "Skickat:", "Till:", "Ämne:"), "tisdag, november 24, 2026 6:03 em", s
    ),
    forbidden=[*Q_FORBID, "Hämta Outlook för iOS"],
)

tp(
    "outlook_android_pl_od",
    client="Outlook Android",
    language="pl",
    interview_date="2026-11-26",
    shape="top-posted numbered 1 -, Polish Outlook block Od/Wysłano/Do/Temat",
    debrief=("Adatum", "QA Lead", "pl26qa11"),
    fmt="{n} - {t}",
    answers=[
        ("rating", "6", 6),
        ("went_well", "Automatyzacja testów, pokazałam swój framework", None),
        ("went_badly", "Pytania o zarządzanie zespołem", None),
        ("rapport", "Raj jest w porządku", None),
        ("role", "Lead w małym zespole, blisko tego, czego szukam", None),
        ("company", "Stabilna firma", None),
        ("reservations", "Dużo legacy", None),
        (
            "money",
            "18-20 tys. zł brutto miesięcznie",
            money("18-20 tys. zł brutto miesięcznie", ("18000", "PLN", "month"), ("20000", "PLN", "month")),
        ),
        ("vs_current", "Lepiej płatne", None),
        ("vs_others", "Podobnie jak Contoso", None),
        ("want_job", "Nie wiem", "unsure"),
        ("hear_back", "do 4 grudnia", "2026-12-04"),
    ],
    sign="Pobierz aplikację Outlook dla systemu Android\n\n",
    history=lambda s: outlook_block(
        ("Od:", "Wysłano:", "Do:", "Temat:"), "czwartek, 26 listopada 2026 18:00", s
    ),
    charset="iso-8859-2",
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Pobierz aplikację Outlook"],
)

tp(
    "outlook_win_it_da",
    client="Outlook desktop (Windows)",
    language="it",
    interview_date="2026-12-02",
    shape="top-posted numbered 1/, Italian Outlook block Da/Inviato/A/Oggetto, signature with disclaimer",
    debrief=("Proseware", "Cloud Architect", "it02ca55"),
    fmt="{n}/ {t}",
    answers=[
        ("rating", "8 su 10", 8),
        ("went_well", "La parte su Kubernetes", None),
        ("went_badly", "Domanda sui costi cloud, risposta troppo vaga", None),
        ("rapport", "Ottimo rapporto con Jane", None),
        ("role", "Ruolo da architetto, molto vicino a quello che voglio", None),
        ("company", "Azienda seria e internazionale", None),
        ("reservations", "Trasferte frequenti; chiederò quante", None),
        ("money", "RAL 70k €", money("RAL 70k €", ("70000", "EUR", "year"))),
        ("vs_current", "Molto meglio", None),
        ("vs_others", "È la mia prima scelta", None),
        ("want_job", "Sì", "yes"),
        ("hear_back", "entro venerdì", "2026-12-04"),
    ],
    sign="Cordiali saluti\nMaya Example\nSolution Architect\nTel. +39 02 1234 5678\nwww.maya.example\n\n"
    "Questo messaggio è riservato. Se lo ha ricevuto per errore, la preghiamo di cancellarlo.\n\n",
    history=lambda s: outlook_block(
        ("Da:", "Inviato:", "A:", "Oggetto:"), "mercoledì 2 dicembre 2026 18:30", s
    ),
    charset="iso-8859-15",
    cte="8bit",
    forbidden=[*Q_FORBID, "Cordiali saluti", "Solution Architect", "riservato"],
)

tp(
    "gmail_android_de_schrieb",
    client="Gmail Android",
    language="de",
    interview_date="2026-11-05",
    shape="top-posted numbered, German attribution with the date after the verb, wrapped over two lines",
    debrief=("Woodgrove", "Data Engineer", "de05de12"),
    answers=[
        ("rating", "7 von 10", 7),
        ("went_well", "SQL und Datenmodellierung", None),
        ("went_badly", "Bei Spark-Tuning war ich unsicher", None),
        ("rapport", "Sehr angenehm, ja", None),
        ("role", "Viel Ownership, nah an dem was ich will", None),
        ("company", "Bank, aber modern", None),
        ("reservations", "Nur 2 Tage Homeoffice", None),
        (
            "money",
            "75.000 € im Jahr plus Bonus",
            money("75.000 € im Jahr plus Bonus", ("75000", "EUR", "year")),
        ),
        ("vs_current", "Etwas besser", None),
        ("vs_others", "Gleichauf mit Fabrikam", None),
        ("want_job", "Eher ja", "yes"),
        ("hear_back", "Ende nächster Woche", "2026-11-13"),
    ],
    sign="Gruß\nMaya\n\n",
    history="Maya Example <maya@example.org> schrieb am Do., 5. Nov. 2026,\n18:04:\n",
    quoted=True,
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "schrieb am Do."],
)

tp(
    "apple_ios_fr_envoye_iphone",
    client="Apple Mail iOS",
    language="fr",
    interview_date="2026-11-19",
    shape="top-posted numbered (1), French attribution 'a écrit :' with date first, 'Envoyé de mon iPhone'",
    debrief=("Relecloud", "Chef de projet", "fr19cp02"),
    fmt="({n}) {t}",
    answers=[
        ("rating", "Huit sur dix", 8),
        ("went_well", "Mise en situation très réussie", None),
        ("went_badly", "J'ai oublié de parler de mon expérience agile", None),
        ("rapport", "Super feeling avec la manager", None),
        ("money", "Pas encore abordé", money("Pas encore abordé")),
        ("want_job", "Oui !", "yes"),
        ("hear_back", "lundi prochain", "2026-11-23"),
    ],
    sign="Envoyé de mon iPhone\n\n",
    history="Le 19 nov. 2026 à 18:02, Maya Example <maya@example.org> a écrit :\n\n",
    quoted=True,
    forbidden=[*Q_FORBID, "Envoyé de mon iPhone"],
)

tp(
    "samsung_ko_separator",
    client="Samsung Email",
    language="ko",
    interview_date="2026-12-08",
    shape="top-posted numbered, Samsung separator '-------- 원본 이메일 --------' with header lines, Korean footer",
    debrief=("Fourth Coffee", "Backend Engineer", "ko08be44"),
    answers=[
        ("rating", "10점 만점에 7점", 7),
        ("went_well", "코딩 테스트는 잘 봤어요", None),
        ("went_badly", "영어 질문에 답이 짧았어요", None),
        ("rapport", "면접관들이 친절했어요", None),
        ("money", "연봉 6,500만 원", money("연봉 6,500만 원", ("65000000", "KRW", "year"))),
        ("want_job", "네", "yes"),
        ("hear_back", "다음 주 수요일", "2026-12-16"),
    ],
    sign="갤럭시 스마트폰에서 보냈습니다.\n\n",
    history="-------- 원본 이메일 --------\n발신: Maya Example <maya@example.org>\n날짜: 26. 12. 8. 오후 6:00 (GMT+09:00)\n"
    "수신: Maya Example <maya@example.org>\n제목: Debrief: Fourth Coffee, Backend Engineer [fu-ko08be44]\n",
    cte="base64",
    forbidden=[*Q_FORBID, "갤럭시 스마트폰에서 보냈습니다"],
)

tp(
    "k9_nb_skrev",
    client="K-9 Mail",
    language="no",
    interview_date="2026-11-23",
    shape="top-posted numbered Q1 -, Norwegian attribution 'skrev:' with date after, K-9 footer in Norwegian",
    debrief=("Alpine Ski House", "Utvikler", "nb23ut66"),
    fmt="Q{n} - {t}",
    answers=[
        ("rating", "åtte", 8),
        ("went_well", "Parprogrammeringen gikk fint", None),
        ("went_badly", "Litt stille i starten", None),
        ("rapport", "Hyggelige folk", None),
        ("role", "Fullstack, ganske nært det jeg vil", None),
        ("company", "God kultur", None),
        ("reservations", "Kontor i Drammen", None),
        ("money", "720 000 kroner i året", money("720 000 kroner i året", ("720000", "NOK", "year"))),
        ("vs_current", "Bedre", None),
        ("vs_others", "Eneste prosess nå", None),
        ("want_job", "Ja", "yes"),
        ("hear_back", "i løpet av neste uke", "2026-12-04"),
    ],
    sign="-- \nSendt fra min Android-enhet med K-9 Mail. Unnskyld kortfattetheten.\n\n",
    history="23. november 2026 18:01:22 CET skrev Maya Example <maya@example.org>:\n",
    quoted=True,
    forbidden=[*Q_FORBID, "Unnskyld kortfattetheten"],
)

tp(
    "thunderbird_cs_napsal",
    client="Thunderbird",
    language="cs",
    interview_date="2026-12-09",
    shape="top-posted numbered 1 ), Czech attribution 'napsal(a):' with date first",
    debrief=("Trey Research", "Data Scientist", "cs09ds31"),
    fmt="{n} ) {t}",
    answers=[
        ("rating", "6/10", 6),
        ("went_well", "Statistika a A/B testy", None),
        ("went_badly", "Případová studie byla chaotická", None),
        ("rapport", "Dobře, sympatičtí lidé", None),
        ("role", "Výzkum, blízko mému cíli", None),
        ("company", "Zajímavé projekty", None),
        ("reservations", "Malý tým, málo seniorů", None),
        ("money", "90 000 Kč měsíčně", money("90 000 Kč měsíčně", ("90000", "CZK", "month"))),
        ("vs_current", "Zajímavější práce", None),
        ("vs_others", "Lepší než Litware", None),
        ("want_job", "Ano", "yes"),
        ("hear_back", "do konce příštího týdne", "2026-12-18"),
    ],
    sign="Díky,\nMaya\n\n",
    history="Dne 9. 12. 2026 v 18:00 Maya Example napsal(a):\n",
    quoted=True,
    charset="iso-8859-2",
    cte="8bit",
    crlf=True,
    forbidden=Q_FORBID,
)


def inline(
    answers: list[tuple[str, str, object]],
    company: str,
    role: str,
    token: str,
    *,
    prefix: str = "> ",
    before: str = "",
    blank: bool = False,
) -> str:
    """The debrief with each answer typed under its question; prefix "" is unquoted history."""
    given = {qid: text for qid, text, _ in answers}
    out = []
    for line in debrief(company, role, token).split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
        for n, q in enumerate(QUESTIONS, start=1):
            if line == f"{n}. {q}" and IDS[n - 1] in given:
                out.append(given[IDS[n - 1]])
                if blank:
                    out.append("")
    return before + "\n".join(out)


def il(name: str, **kw: object) -> None:
    company, role, token = kw.pop("debrief")  # type: ignore[misc]
    answers = kw["answers"]
    body = (
        str(kw.pop("top", ""))
        + inline(
            answers,
            company,
            role,
            token,
            prefix=str(kw.pop("prefix", "> ")),  # type: ignore[arg-type]
            before=str(kw.pop("before", "")),
        )
        + str(kw.pop("tail", ""))
    )
    kw.setdefault("subject", "Re: " + subject(company, role, token))
    kw.setdefault("date", rfc_date(str(kw["interview_date"])))
    case(name, plain=body, **kw)


il(
    "mutt_en_inline",
    client="mutt",
    language="en",
    interview_date="2026-11-09",
    shape="inline under '>' quotes, mutt attribution, signature with '-- '",
    debrief=("Coho Winery", "SRE", "en09sr01"),
    before="On Mon, Nov 09, 2026 at 06:03:11PM +0000, Maya Example wrote:\n",
    top="",
    answers=[
        ("rating", "Solid 7.", 7),
        ("went_well", "Incident review exercise. I was calm and methodical.", None),
        ("went_badly", "Blanked on BGP details.", None),
        ("rapport", "Good, the two SREs were relaxed and funny.", None),
        ("role", "Mostly Terraform and on-call. 70% of what I want.", None),
        (
            "money",
            "They said 120-130k USD.",
            money("They said 120-130k USD.", ("120000", "USD", None), ("130000", "USD", None)),
        ),
        ("want_job", "Not sure yet", "unsure"),
        ("hear_back", "Early next week", "2026-11-17"),
    ],
    tail="\n\n-- \nMaya Example | maya@example.org\n",
    cte="7bit",
    forbidden=[*Q_FORBID, "Maya Example | maya@example.org"],
)

il(
    "roundcube_pt_inline",
    client="Roundcube",
    language="pt",
    interview_date="2026-11-13",
    shape="inline under '>' quotes, Portuguese (Brazil) attribution 'escreveu:' with date first",
    debrief=("Lucerne Publishing", "Designer de Produto", "pt13dp09"),
    before="Em 13/11/2026 18:00, Maya Example escreveu:\n",
    answers=[
        ("rating", "nota 9", 9),
        ("went_well", "Apresentação do portfólio", None),
        ("went_badly", "Nada de especial", None),
        ("rapport", "Muito boa, me senti à vontade", None),
        ("role", "Design de sistemas, exatamente o que quero", None),
        ("company", "Cultura de design forte", None),
        ("reservations", "Nenhuma por enquanto", None),
        ("money", "R$ 14.000 por mês", money("R$ 14.000 por mês", ("14000", "BRL", "month"))),
        ("vs_current", "Bem melhor", None),
        ("vs_others", "A melhor até agora", None),
        ("want_job", "Sim, quero", "yes"),
        ("hear_back", "até quarta-feira", "2026-11-18"),
    ],
    tail="\n",
    charset="iso-8859-1",
    cte="quoted-printable",
    forbidden=Q_FORBID,
)

il(
    "outlook_win_en_inline_unquoted",
    client="Outlook desktop (Windows)",
    language="en",
    interview_date="2026-11-16",
    shape="answers typed under unquoted questions below an English Outlook From/Sent block",
    debrief=("Humongous Insurance", "Actuarial Analyst", "en16aa20"),
    prefix="",
    top="See my answers below.\n\nMaya\n\n",
    before="From: Maya Example <maya@example.org>\nSent: Monday, November 16, 2026 6:00 PM\n"
    "To: Maya Example <maya@example.org>\nSubject: Debrief: Humongous Insurance, Actuarial Analyst [fu-en16aa20]\n\n",
    answers=[
        ("rating", "5 out of 10", 5),
        ("went_well", "Excel modelling task", None),
        ("went_badly", "The panel format threw me", None),
        ("rapport", "Fine but formal", None),
        ("money", "No numbers discussed", money("No numbers discussed")),
        ("want_job", "Unsure", "unsure"),
        ("hear_back", "Thursday the 26th", "2026-11-26"),
    ],
    tail="\n",
    cte="quoted-printable",
    crlf=True,
    free_notes="See my answers below.",
    forbidden=Q_FORBID,
)

il(
    "outlook_de_inline_unquoted",
    client="Outlook desktop (Windows)",
    language="de",
    interview_date="2026-12-01",
    shape="answers under unquoted questions below a German Outlook block, separator rule",
    debrief=("Graphic Design Institute", "UX Lead", "de01ux77"),
    prefix="",
    top="Hallo,\nAntworten stehen unten.\n\n",
    before="________________________________\nVon: Maya Example <maya@example.org>\nGesendet: "
    "Dienstag, 1. Dezember 2026 18:00\n"
    "An: Maya Example <maya@example.org>\nBetreff: Debrief: Graphic Design Institute, UX Lead [fu-de01ux77]\n\n",
    answers=[
        ("rating", "acht", 8),
        ("went_well", "Portfolio-Review lief super", None),
        ("went_badly", "Whiteboard-Übung zu hektisch", None),
        ("rapport", "Sympathisch, ja", None),
        ("role", "Leitung eines kleinen Teams, passt gut", None),
        ("money", "6.500 € brutto im Monat", money("6.500 € brutto im Monat", ("6500", "EUR", "month"))),
        ("want_job", "Ja", "yes"),
        ("hear_back", "bis Freitag", "2026-12-04"),
    ],
    tail="\n",
    charset="windows-1252",
    cte="quoted-printable",
    free_notes="Hallo,\nAntworten stehen unten.",
    forbidden=Q_FORBID,
)


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_debrief(company: str, role: str, token: str) -> str:
    return "<br>\n".join(esc(line) for line in debrief(company, role, token).split("\n"))


def hp(name: str, **kw: object) -> None:
    """An HTML-only top-posted reply: the answers in the client's markup, then its history markup."""
    company, role, token = kw.pop("debrief")  # type: ignore[misc]
    answers = kw["answers"]
    line = str(kw.pop("line", "<div>{x}</div>"))
    fmt = str(kw.pop("fmt", "{n}. {t}"))
    items = "\n".join(line.format(x=fmt.format(n=NUM[q], t=esc(t))) for q, t, _ in answers)  # type: ignore[attr-defined]
    history = kw.pop("history")
    quoted = history(html_debrief(company, role, token))  # type: ignore[operator]
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        + str(kw.pop("intro", ""))
        + items
        + "\n"
        + str(kw.pop("sign", ""))
        + quoted
        + "\n"
        + str(kw.pop("pixel", ""))
        + "</body></html>\n"
    )
    kw.setdefault("subject", "Re: " + subject(company, role, token))
    kw.setdefault("date", rfc_date(str(kw["interview_date"])))
    case(name, html=body, **kw)


hp(
    "outlook_word_html_en",
    client="Outlook desktop (Windows)",
    language="en",
    interview_date="2026-11-11",
    shape="HTML only, Word markup (MsoNormal), reply divider with From/Sent block, sign-off with title and disclaimer",
    debrief=("Blue Yonder Airlines", "Operations Analyst", "en11oa03"),
    line='<p class="MsoNormal">{x}<o:p></o:p></p>',
    answers=[
        ("rating", "8/10", 8),
        ("went_well", "Case study on crew scheduling", None),
        ("went_badly", "Python questions were harder than expected", None),
        ("rapport", "Jane Doe was lovely; I could see myself on her team", None),
        ("role", "Optimisation work, very close to what I want", None),
        ("company", "Stable and they invest in training", None),
        ("reservations", "Office in the airport area; ask about remote Fridays", None),
        ("money", "$95k plus 10% bonus", money("$95k plus 10% bonus", ("95000", "USD", None))),
        ("vs_current", "More interesting work", None),
        ("vs_others", "Slightly behind Wingtip", None),
        ("want_job", "Yes", "yes"),
        ("hear_back", "By the 20th", "2026-11-20"),
    ],
    sign='<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Best regards,<o:p></o:p></p>'
    '<p class="MsoNormal">Maya Example<br>Senior Analyst, Operations<br>Phone: +1 555 0100 222<br>'
    'www.maya.example<o:p></o:p></p><p class="MsoNormal" style="font-size:8pt">CONFIDENTIALITY NOTICE: This e-mail '
    "and any attachments are confidential.<o:p></o:p></p>\n",
    history=lambda d: (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
        '<p class="MsoNormal"><b>From:</b> Maya Example &lt;maya@example.org&gt;<br><b>Sent:</b> Wednesday, November 11, '
        "2026 6:00 PM<br><b>To:</b> Maya Example &lt;maya@example.org&gt;<br><b>Subject:</b> Debrief: Blue Yonder "
        "Airlines, Operations Analyst [fu-en11oa03]<o:p></o:p></p></div>\n"
        f'<p class="MsoNormal">{d}</p>'
    ),
    cte="quoted-printable",
    crlf=True,
    forbidden=[
        *Q_FORBID,
        "Best regards",
        "Senior Analyst, Operations",
        "+1 555 0100 222",
        "CONFIDENTIALITY NOTICE",
    ],
)

hp(
    "gmail_web_html_en",
    client="Gmail web",
    language="en",
    interview_date="2026-11-20",
    shape="HTML only, gmail_quote with gmail_attr, answers split by blank lines",
    debrief=("Wide World Importers", "Supply Chain Manager", "en20sc88"),
    line="<div>{x}</div><div><br></div>",
    intro='<div dir="ltr">',
    answers=[
        ("rating", "9", 9),
        ("went_well", "Everything with the VP. We spoke the same language.", None),
        ("went_badly", "Maybe oversold the ERP migration", None),
        ("rapport", "Excellent", None),
        ("role", "Exactly what I want, regional scope", None),
        ("company", "Family-owned, long-term thinking", None),
        ("reservations", "None really", None),
        ("money", "£68,000 a year", money("£68,000 a year", ("68000", "GBP", "year"))),
        ("vs_current", "Big step up", None),
        ("vs_others", "Best of the three", None),
        ("want_job", "Yes!!", "yes"),
        ("hear_back", "Tuesday", "2026-11-24"),
    ],
    sign="<div>Maya</div></div>\n",
    history=lambda d: (
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Nov 20, 2026 at 6:00\u202fPM '
        'Maya Example &lt;<a href="mailto:maya@example.org">maya@example.org</a>&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        f'padding-left:1ex">{d}</blockquote></div>'
    ),
    cte="quoted-printable",
    forbidden=Q_FORBID,
)

hp(
    "apple_mac_html_es",
    client="Apple Mail macOS",
    language="es",
    interview_date="2026-12-03",
    shape="HTML only, blockquote type=cite, Spanish attribution 'escribió:' with date first",
    debrief=("Margie's Travel", "Product Manager", "es03pm14"),
    fmt="{n}) {t}",
    answers=[
        ("rating", "ocho de diez", 8),
        ("went_well", "La parte de priorización", None),
        ("went_badly", "Métricas: me faltó precisión", None),
        ("rapport", "Muy bien, gente cercana", None),
        ("money", "3.800 € netos al mes", money("3.800 € netos al mes", ("3800", "EUR", "month"))),
        ("want_job", "Sí", "yes"),
        ("hear_back", "el jueves 10", "2026-12-10"),
    ],
    sign="<div><br></div><div>Saludos,</div><div>Maya</div>\n",
    history=lambda d: (
        '<div><br><blockquote type="cite"><div>El 3 dic 2026, a las 18:00, Maya Example '
        "&lt;maya@example.org&gt; escribió:</div><br><div>" + d + "</div></blockquote></div>"
    ),
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Saludos"],
)

hp(
    "yahoo_html_it",
    client="Yahoo Mail",
    language="it",
    interview_date="2026-11-27",
    shape="HTML only, yahoo_quoted div, Italian attribution 'ha scritto:', Yahoo mobile footer",
    debrief=("Contoso", "Sviluppatore Java", "it27sj40"),
    line='<div dir="ltr" data-setdir="false">{x}</div>',
    answers=[
        ("rating", "voto 6", 6),
        ("went_well", "Domande su Spring, tutto bene", None),
        ("went_badly", "Esercizio sui thread", None),
        ("rapport", "Cordiali", None),
        ("role", "Abbastanza vicino", None),
        ("company", "Grande e solida", None),
        ("reservations", "Troppa burocrazia?", None),
        ("money", "Non ne abbiamo parlato", money("Non ne abbiamo parlato")),
        ("vs_current", "Simile", None),
        ("vs_others", "Peggio di Proseware", None),
        ("want_job", "No", "no"),
    ],
    sign='<div><br></div><div id="ymail_android_signature"><a id="ymail_android_signature_link" '
    'href="https://mobile.yahoo.example/">Inviato da Yahoo Mail su Android</a></div>\n',
    history=lambda d: (
        '<div id="yahoo_quoted_2741" class="yahoo_quoted"><div style="font-family:Helvetica, '
        'Arial;font-size:13px;color:#26282a;">'
        "<div>Il ven, 27 nov 2026 alle 18:00, Maya Example<br>&lt;maya@example.org&gt; ha scritto:</div>"
        f"<div><br></div><div>{d}</div></div></div>"
    ),
    cte="base64",
    forbidden=[*Q_FORBID, "Inviato da Yahoo Mail su Android"],
)

hp(
    "thunderbird_html_fi",
    client="Thunderbird",
    language="fi",
    interview_date="2026-12-14",
    shape="HTML only, moz-cite-prefix and blockquote type=cite, Finnish attribution 'kirjoitti:'",
    debrief=("Tailspin", "Software Developer", "fi14ok81"),
    line="<p>{x}</p>",
    fmt="{n}: {t}",
    answers=[
        ("rating", "7", 7),
        ("went_well", "Tekninen osuus sujui hyvin", None),
        ("went_badly", "Palkkatoiveesta kysyttäessä jännitin", None),
        ("rapport", "Mukavat haastattelijat", None),
        ("role", "Kiinnostava rooli, lähellä toiveitani", None),
        ("company", "Hyvä maine", None),
        ("reservations", "Etätyömahdollisuus epäselvä", None),
        ("money", "4500 euroa/kk", money("4500 euroa/kk", ("4500", "EUR", "month"))),
        ("vs_current", "Parempi", None),
        ("vs_others", "Samalla tasolla kuin Adatum", None),
        ("want_job", "En ole varma", "unsure"),
        ("hear_back", "torstaina", "2026-12-17"),
    ],
    sign="<p>Terveisin<br>Maya</p>\n",
    history=lambda d: (
        '<div class="moz-cite-prefix">14.12.2026 klo 18.00 Maya Example kirjoitti:<br></div>'
        f'<blockquote type="cite" cite="mid:debrief-thunderbird_html_fi@example.org">{d}</blockquote>'
    ),
    charset="utf-8",
    cte="8bit",
    forbidden=[*Q_FORBID, "Terveisin"],
)

hp(
    "superhuman_html_en_pixel",
    client="Superhuman",
    language="en",
    interview_date="2026-12-04",
    shape="HTML only with a tracking pixel, gmail_quote history, numbers on the line before the answers",
    debrief=("Northwind", "Staff Engineer", "en04st27"),
    line="<div>{x}</div>",
    fmt="{n}.<br>{t}",
    answers=[
        ("rating", "7", 7),
        ("went_well", "The architecture deep dive on event sourcing", None),
        ("went_badly", "Behavioural round felt scripted on my side", None),
        ("rapport", "Raj Patel: sharp, kind. Yes.", None),
        ("role", "Staff scope across three teams, right where I want to be", None),
        ("company", "Engineering-led, good writing culture", None),
        ("reservations", "Equity terms unclear; will ask the recruiter", None),
        ("money", "$210k base + equity", money("$210k base + equity", ("210000", "USD", None))),
        ("vs_current", "Much more scope", None),
        ("vs_others", "Tied with Fabrikam", None),
        ("want_job", "Yes", "yes"),
        ("hear_back", "Thursday the 10th", "2026-12-10"),
    ],
    sign="<div><br></div><div>Sent via Superhuman</div>\n",
    history=lambda d: (
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Dec 04, 2026 at 6:00 PM, '
        'Maya Example &lt;maya@example.org&gt; wrote:<br></div><blockquote class="gmail_quote" '
        f'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{d}</blockquote></div>'
    ),
    pixel='<img src="https://r.superhuman.example/a7c1f0e.gif" width="1" height="1" alt=" " style="display:none">\n',
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Sent via Superhuman"],
)

hp(
    "zoho_html_tr",
    client="Zoho Mail",
    language="tr",
    interview_date="2026-11-25",
    shape="HTML only, Zoho zmail_extra with Turkish attribution 'yazdı', numbered 1-",
    debrief=("Fabrikam", "Mobile Developer", "tr25md19"),
    fmt="{n}- {t}",
    answers=[
        ("rating", "10 üzerinden 8", 8),
        ("went_well", "Teknik sorular çok iyi geçti", None),
        ("went_badly", "Maaş sorusunda hazırlıksızdım", None),
        ("rapport", "Ekip çok sıcak", None),
        ("money", "Aylık net 120.000 TL", money("Aylık net 120.000 TL", ("120000", "TRY", "month"))),
        ("want_job", "Evet", "yes"),
        ("hear_back", "gelecek hafta", "2026-12-04"),
    ],
    sign="<div><br></div><div>Teşekkürler,<br>Maya</div>\n",
    history=lambda d: (
        '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204);"></div>'
        '<div class="zmail_extra" data-zmail-extra="true"><div><br></div><div '
        'id="Zm-_Id_-Sgn1">---- Çar, 25 Kas 2026 18:00:00 '
        "+0300 <b>Maya Example &lt;maya@example.org&gt;</b> yazdı ---<br></div><blockquote "
        f'style="border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px '
        f'5px;">{d}</blockquote></div>'
    ),
    cte="base64",
    forbidden=[*Q_FORBID, "Teşekkürler"],
)

hp(
    "proton_html_da",
    client="Proton Mail",
    language="da",
    interview_date="2026-11-30",
    shape="HTML only, protonmail_quote blockquote, Danish, Proton footer",
    debrief=("Woodgrove", "Frontend Developer", "da30fd62"),
    answers=[
        ("rating", "7 ud af 10", 7),
        ("went_well", "Kodeopgaven i React", None),
        ("went_badly", "Spørgsmål om tilgængelighed", None),
        ("rapport", "God kemi med teamet", None),
        ("role", "Tæt på hvad jeg vil", None),
        ("company", "Fleksibel arbejdstid", None),
        ("reservations", "Ingen", None),
        ("money", "48.000 kr. om måneden", money("48.000 kr. om måneden", ("48000", "DKK", "month"))),
        ("vs_current", "Bedre", None),
        ("vs_others", "Ingen andre lige nu", None),
        ("want_job", "Ja", "yes"),
        ("hear_back", "om en uge", "2026-12-07"),
    ],
    sign="<div><br></div><div>Sendt med Proton Mail sikker e-mail.</div>\n",
    history=lambda d: (
        '<div class="protonmail_quote">On Monday, 30 November 2026 at 18:00, Maya Example '
        '&lt;maya@example.org&gt; wrote:<br><blockquote class="protonmail_quote" type="cite">'
        + d
        + "</blockquote><br></div>"
    ),
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Sendt med Proton Mail"],
)

hp(
    "hey_html_en_pixel",
    client="HEY",
    language="en",
    interview_date="2026-12-10",
    shape="HTML only, HEY trix markup with blockquote history, tracking pixel, partial reply",
    debrief=("Litware", "Engineering Manager", "en10em50"),
    line="<div>{x}</div>",
    fmt="#{n} {t}",
    answers=[
        ("rating", "6/10", 6),
        ("went_badly", "Hiring question. I described process, not outcomes", None),
        ("rapport", "Hiring Manager Friendly", None),
    ],
    intro='<div class="trix-content">\n',
    sign="</div>\n",
    history=lambda d: (
        "<div><br>On December 10, 2026, Maya Example &lt;maya@example.org&gt; wrote:<blockquote>"
        + d
        + "</blockquote></div>"
    ),
    pixel='<img src="https://hey.example/p/9c2b.png" width="1" height="1">\n',
    cte="quoted-printable",
    forbidden=Q_FORBID,
)


# --- plain everyday shapes and the remaining clients ---

BP = [
    ("rating", "6", 6),
    ("went_well", "Good chat about testing strategy", None),
    ("went_badly", "Couldn't remember the name of the tool we use for load tests, embarrassing", None),
    ("money", "90k GBP", money("90k GBP", ("90000", "GBP", None))),
    ("want_job", "Yes I think so", "yes"),
    ("hear_back", "Monday", "2026-11-09"),
]
case(
    "gmail_ios_en_bottom",
    client="Gmail iOS",
    language="en",
    interview_date="2026-11-06",
    shape="bottom-posted below the full quoted debrief, numbered, Gmail iOS attribution",
    subject="Re: " + subject("Contoso", "QA Engineer", "en06qa02"),
    date=rfc_date("2026-11-06", "22:40:10", "+0000"),
    plain="On Fri, 6 Nov 2026 at 18:00, Maya Example <maya@example.org> wrote:\n\n"
    + quote(debrief("Contoso", "QA Engineer", "en06qa02"))
    + "\n\n"
    + numbered(BP)
    + "\n",
    answers=BP,
    cte="7bit",
    forbidden=Q_FORBID,
)

case(
    "fastmail_en_free_text",
    client="Fastmail",
    language="en",
    interview_date="2026-11-04",
    shape="free text only, no answers, quoted debrief below",
    subject="Re: " + subject("Trey Research", "Research Engineer", "en04re33"),
    date=rfc_date("2026-11-04", "19:31:00", "-0500"),
    plain="Too tired to go through all of it tonight. Short version: it was a long day, four rounds, and I\n"
    "think I did OK. I'll fill in the form tomorrow morning.\n\n"
    "On Wed, Nov 4, 2026, at 18:00, Maya Example wrote:\n"
    + quote(debrief("Trey Research", "Research Engineer", "en04re33"))
    + "\n",
    answers=[],
    cte="quoted-printable",
    free_notes="Too tired to go through all of it tonight. Short version: it was a long day, four rounds, and I "
    "think I did OK. I'll fill in the form tomorrow morning.",
    forbidden=Q_FORBID,
)

SP = [
    ("rating", "8\u00a0/\u00a010 \U0001f642", 8),
    (
        "went_well",
        "The \u201cteach me something\u201d round \u2013 I explained CRDTs and they loved it",
        None,
    ),
    ("went_badly", "Ran out of time on the take-home review", None),
    ("rapport", "Jane\u2019s team is \U0001f525, really", None),
    ("role", "Realtime collab features, 90% match", None),
    ("company", "Remote-first, async culture", None),
    ("reservations", "Timezone overlap with SF; ask about core hours", None),
    (
        "money",
        "\u20ac85k\u2013\u20ac95k",
        money("\u20ac85k\u2013\u20ac95k", ("85000", "EUR", None), ("95000", "EUR", None)),
    ),
    ("vs_current", "Way better", None),
    ("vs_others", "Top of my list", None),
    ("want_job", "Yes \U0001f64f", "yes"),
    ("hear_back", "end of next week", "2026-12-18"),
]
tp(
    "spark_en_emoji",
    client="Spark",
    language="en",
    interview_date="2026-12-07",
    shape="top-posted numbered with emoji, non-breaking spaces and smart quotes, Spark attribution",
    debrief=("Relecloud", "Senior Frontend Engineer", "en07fe15"),
    answers=SP,
    sign="Sent with Spark\n\n",
    history="On 7 Dec 2026 at 18:00 +0100, Maya Example <maya@example.org>, wrote:\n",
    quoted=True,
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Sent with Spark"],
)

tp(
    "airmail_en_question_n",
    client="Airmail",
    language="en",
    interview_date="2026-11-18",
    shape="top-posted 'Question N:' with the answer on the next line, answers split by blank lines",
    debrief=("Adatum", "Security Engineer", "en18se40"),
    fmt="Question {n}:\n{t}",
    sep="\n\n",
    answers=[
        ("rating", "Seven", 7),
        ("went_well", "Threat modelling exercise", None),
        ("went_badly", "Cloud IAM details", None),
        ("rapport", "Good. They were curious and asked follow-ups", None),
        ("role", "AppSec with some red team, close to ideal", None),
        ("company", "Honest about their problems", None),
        ("reservations", "Team of two; who covers holidays?", None),
        (
            "money",
            "$150,000 - $165,000 per year",
            money("$150,000 - $165,000 per year", ("150000", "USD", "year"), ("165000", "USD", "year")),
        ),
        ("vs_current", "Better", None),
        ("vs_others", "Only one in progress", None),
        ("want_job", "Yes", "yes"),
        ("hear_back", "Within 2 weeks", "2026-12-02"),
    ],
    sign="Cheers,\nMaya\n\n",
    history="On 18 November 2026 at 18:00:12, Maya Example (maya@example.org) wrote:\n\n",
    quoted=True,
    cte="8bit",
    forbidden=[*Q_FORBID, "Cheers"],
)

GMX = [
    ("rating", "5", 5),
    ("went_well", "Der fachliche Teil", None),
    ("went_badly", "Die Gehaltsfrage", None),
    ("rapport", "Eher distanziert", None),
    (
        "money",
        "65-70k € im Jahr",
        money("65-70k € im Jahr", ("65000", "EUR", "year"), ("70000", "EUR", "year")),
    ),
    ("want_job", "Weiß nicht", "unsure"),
    ("hear_back", "in zwei Wochen", "2026-11-26"),
]
hp(
    "gmx_html_de",
    client="GMX",
    language="de",
    interview_date="2026-11-12",
    shape="HTML only, GMX blockquote preceded by a Gesendet/Von/An/Betreff block",
    debrief=("Coho Winery", "Controller", "de12co21"),
    line='<div style="font-family: Verdana;font-size: 12.0px;">{x}</div>',
    answers=GMX,
    intro='<div style="font-family: Verdana;font-size: 12.0px;"><div>Hallo,</div><div>&nbsp;</div></div>\n',
    sign="<div>&nbsp;</div><div>LG Maya</div>\n",
    history=lambda d: (
        '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5;">'
        '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Donnerstag, 12. November 2026 um 18:00 Uhr<br>'
        "<b>Von:</b>&nbsp;&quot;Maya Example&quot; &lt;maya@example.org&gt;<br><b>An:</b>&nbsp;maya@example.org<br>"
        "<b>Betreff:</b>&nbsp;Debrief: Coho Winery, Controller [fu-de12co21]</div>"
        f'<div name="quoted-content">{d}</div></div>'
    ),
    charset="iso-8859-15",
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "LG Maya"],
)

tp(
    "yandex_ru_date_first",
    client="Yandex Mail",
    language="ru",
    interview_date="2026-11-19",
    shape="top-posted numbered 1., Yandex attribution with the date first, KOI8-R",
    debrief=("Wingtip", "Data Engineer", "ru19de88"),
    answers=[
        ("rating", "7 из 10", 7),
        ("went_well", "Задача на SQL", None),
        ("went_badly", "Вопросы про Kafka", None),
        ("rapport", "Нормально, адекватные люди", None),
        ("role", "Близко к тому, что хочу", None),
        ("company", "Стабильная", None),
        ("reservations", "Офис далеко", None),
        ("money", "250 тысяч рублей в месяц", money("250 тысяч рублей в месяц", ("250000", "RUB", "month"))),
        ("vs_current", "Лучше", None),
        ("vs_others", "Пока лидер", None),
        ("want_job", "Да", "yes"),
        ("hear_back", "в понедельник", "2026-11-23"),
    ],
    sign="С уважением,\nМайя\n\n",
    history='19.11.2026, 18:00, "Maya Example" <maya@example.org>:\n',
    quoted=True,
    charset="koi8-r",
    cte="8bit",
    forbidden=[*Q_FORBID, "С уважением"],
)

tp(
    "gmail_web_uk_pyshe",
    client="Gmail web",
    language="uk",
    interview_date="2026-12-15",
    shape="top-posted numbered 1), Ukrainian Gmail attribution with 'пише:', wrapped",
    debrief=("Proseware", "DevOps Engineer", "uk15do71"),
    fmt="{n}) {t}",
    answers=[
        ("rating", "8", 8),
        ("went_well", "Питання про CI/CD", None),
        ("went_badly", "Не згадала про моніторинг", None),
        ("rapport", "Дуже приємні люди", None),
        ("money", "3000 доларів на місяць", money("3000 доларів на місяць", ("3000", "USD", "month"))),
        ("want_job", "Так", "yes"),
        ("hear_back", "до п'ятниці", "2026-12-18"),
    ],
    sign="Дякую,\nМайя\n\n",
    history="вт, 15 груд. 2026 р. о 18:00 Maya Example <maya@example.org>\nпише:\n\n",
    quoted=True,
    charset="koi8-u",
    cte="base64",
    forbidden=[*Q_FORBID, "Дякую"],
)

tp(
    "blackberry_en_original",
    client="BlackBerry Hub",
    language="en",
    interview_date="2026-11-02",
    shape="top-posted numbered 1-, BlackBerry 'Original Message' separator with From/Sent/To/Subject",
    debrief=("Fourth Coffee", "Store Operations Lead", "en02so09"),
    fmt="{n}- {t}",
    answers=[
        ("rating", "6.5", 6.5),
        ("went_well", "Scenario questions about staffing", None),
        ("went_badly", "Numbers on margins", None),
        ("rapport", "Liked the regional manager", None),
        ("money", "$28/hr", money("$28/hr", ("28", "USD", "hour"))),
        ("want_job", "Maybe", "unsure"),
        ("hear_back", "Wednesday", "2026-11-04"),
    ],
    sign="Sent from my BlackBerry\u00a0\u2014 the most secure mobile device\n\n",
    history="\u00a0 Original Message \u00a0\nFrom: Maya Example\nSent: Monday, November 2, 2026 "
    "6:00 PM\nTo: maya@example.org\n"
    "Subject: Debrief: Fourth Coffee, Store Operations Lead [fu-en02so09]\n",
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Sent from my BlackBerry"],
)

tp(
    "notes_en_tabbed",
    client="HCL Notes",
    language="en",
    interview_date="2026-12-11",
    shape="top-posted numbered, HCL Notes tabbed From/To/Date/Subject history, long sign-off without '-- '",
    debrief=("Humongous Insurance", "Claims Data Lead", "en11cd36"),
    answers=[
        ("rating", "4", 4),
        ("went_well", "Domain knowledge, claims triage", None),
        ("went_badly", "Most of it. The panel kept interrupting.", None),
        ("rapport", "Not great", None),
        ("role", "Too much reporting, not what I want", None),
        ("company", "Good benefits", None),
        ("reservations", "Culture seems rigid; I don't think it can be resolved", None),
        ("money", "Not discussed", money("Not discussed")),
        ("vs_current", "Worse", None),
        ("vs_others", "Behind everything else", None),
        ("want_job", "No", "no"),
    ],
    sign="Regards\n\nMaya Example\nLead Data Analyst\nWoodgrove Bank | 1 Harbour Way | Example City\nTel: +44 20 7946 0000\n"
    "https://woodgrove.example\n\nThis email and any files transmitted with it are confidential and intended solely for "
    "the use of the individual to whom they are addressed.\n\n\n\n",
    history="From:\tMaya Example <maya@example.org>\nTo:\tMaya Example <maya@example.org>\nDate:\t11/12/2026 18:00\n"
    "Subject:\tDebrief: Humongous Insurance, Claims Data Lead [fu-en11cd36]\n",
    cte="7bit",
    crlf=True,
    forbidden=[*Q_FORBID, "Lead Data Analyst", "+44 20 7946 0000", "confidential and intended solely"],
)

tp(
    "evolution_ro_a_scris",
    client="Evolution",
    language="ro",
    interview_date="2026-11-06",
    shape="top-posted numbered, Romanian Evolution attribution 'a scris:'",
    debrief=("Lucerne Publishing", "Editor", "ro06ed53"),
    answers=[
        ("rating", "9", 9),
        ("went_well", "Proba de redactare", None),
        ("went_badly", "Întrebarea despre termene", None),
        ("rapport", "Foarte bine", None),
        ("role", "Exact ce îmi doresc", None),
        ("company", "Prestigiu", None),
        ("reservations", "Program fix", None),
        ("money", "9.000 lei net pe lună", money("9.000 lei net pe lună", ("9000", "RON", "month"))),
        ("vs_current", "Mult mai bine", None),
        ("vs_others", "Prima opțiune", None),
        ("want_job", "Da", "yes"),
        ("hear_back", "săptămâna viitoare", "2026-11-13"),
    ],
    sign="Mulțumesc,\nMaya\n\n",
    history="Pe vin, 2026-11-06 la 18:00 +0200, Maya Example a scris:\n",
    quoted=True,
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Mulțumesc"],
)

tp(
    "claws_hu_numbered",
    client="Claws Mail",
    language="hu",
    interview_date="2026-11-26",
    shape="top-posted numbered 1., Claws attribution over two lines, ISO-8859-2",
    debrief=("Contoso", "Test Engineer", "hu26te18"),
    answers=[
        ("rating", "7", 7),
        ("went_well", "Tesztautomatizálás", None),
        ("went_badly", "Angol nyelvű rész", None),
        ("rapport", "Kedvesek voltak", None),
        (
            "money",
            "Havi bruttó 900 ezer forint",
            money("Havi bruttó 900 ezer forint", ("900000", "HUF", "month")),
        ),
        ("want_job", "Igen", "yes"),
        ("hear_back", "jövő hét elején", "2026-12-01"),
    ],
    sign="Üdv,\nMaya\n\n",
    history="On Thu, 26 Nov 2026 18:00:00 +0100\nMaya Example <maya@example.org> wrote:\n\n",
    quoted=True,
    charset="iso-8859-2",
    cte="8bit",
    forbidden=[*Q_FORBID, "Üdv"],
)

tp(
    "tuta_de_numbered",
    client="Tuta",
    language="de",
    interview_date="2026-12-16",
    shape="top-posted numbered (1), Tuta attribution, answers split by blank lines",
    debrief=("Alpine Ski House", "Marketing Manager", "de16mm24"),
    fmt="({n}) {t}",
    sep="\n\n",
    answers=[
        ("rating", "9/10", 9),
        ("went_well", "Kampagnenbeispiele kamen super an", None),
        ("went_badly", "Budgetfrage etwas ausweichend beantwortet", None),
        ("rapport", "Sehr gut, lockere Atmosphäre", None),
        ("role", "Genau mein Ding", None),
        ("company", "Outdoor, Saisonbetrieb, tolles Team", None),
        ("reservations", "Befristung auf zwei Jahre", None),
        ("money", "4.800 € brutto monatlich", money("4.800 € brutto monatlich", ("4800", "EUR", "month"))),
        ("vs_current", "Spannender", None),
        ("vs_others", "Klar vorne", None),
        ("want_job", "Ja, unbedingt", "yes"),
        ("hear_back", "Anfang nächster Woche", "2026-12-22"),
    ],
    sign="Liebe Grüße\nMaya\n\n",
    history="16. Dez. 2026, 18:00 von maya@example.org:\n\n",
    quoted=True,
    cte="base64",
    forbidden=[*Q_FORBID, "Liebe Grüße"],
)

tp(
    "mailspring_en_a_n",
    client="Mailspring",
    language="en",
    interview_date="2026-11-30",
    shape="top-posted A1: numbering with numbers out of order and a two-paragraph answer",
    debrief=("Tailspin", "ML Engineer", "en30ml47"),
    fmt="A{n}: {t}",
    answers=[
        ("rating", "7/10", 7),
        ("went_well", "Model evaluation discussion", None),
        (
            "went_badly",
            "The coding round.\n\nI froze on a dynamic programming question, should practise more of those",
            None,
        ),
        ("rapport", "Good, relaxed", None),
        ("money", "No numbers discussed", money("No numbers discussed")),
        ("role", "Applied ML in production, yes please", None),
        ("want_job", "Yes", "yes"),
        ("hear_back", "Thursday the 10th", "2026-12-10"),
    ],
    sign="Maya\n\n",
    history="On Nov 30 2026, at 6:00 pm, Maya Example <maya@example.org> wrote:\n",
    quoted=True,
    cte="quoted-printable",
    forbidden=Q_FORBID,
)

tp(
    "emclient_nl_origineel",
    client="eM Client",
    language="nl",
    interview_date="2026-12-03",
    shape="top-posted numbered 1., eM Client separator '------ Origineel bericht ------', Dutch sign-off",
    debrief=("Fabrikam", "Scrum Master", "nl03sm22"),
    answers=[
        ("rating", "6", 6),
        ("went_well", "Praktijkvoorbeelden", None),
        ("went_badly", "Vraag over SAFe", None),
        ("rapport", "Redelijk", None),
        ("money", "€ 60.000 per jaar", money("€ 60.000 per jaar", ("60000", "EUR", "year"))),
        ("want_job", "Twijfel", "unsure"),
    ],
    sign="Groet,\nMaya\n\n",
    history='------ Origineel bericht ------\nVan "Maya Example" <maya@example.org>\nAan maya@example.org\n'
    "Datum 3-12-2026 18:00:00\nOnderwerp Debrief: Fabrikam, Scrum Master [fu-nl03sm22]\n\n",
    charset="windows-1252",
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Groet,"],
)

tp(
    "naver_ko_original",
    client="Naver Mail",
    language="ko",
    interview_date="2026-11-11",
    shape="top-posted numbered 1), '-----Original Message-----' with Korean-style headers, EUC-KR",
    debrief=("Litware", "Data Analyst", "ko11da93"),
    fmt="{n}) {t}",
    answers=[
        ("rating", "6점", 6),
        ("went_well", "SQL 문제", None),
        ("went_badly", "통계 질문", None),
        ("rapport", "좋았어요", None),
        ("money", "월 400만 원", money("월 400만 원", ("4000000", "KRW", "month"))),
        ("want_job", "잘 모르겠어요", "unsure"),
        ("hear_back", "금요일", "2026-11-13"),
    ],
    history='-----Original Message-----\nFrom: "Maya Example"<maya@example.org>\nTo: <maya@example.org>;\n'
    "Cc:\nSent: 2026-11-11 (수) 18:00:00 (GMT+09:00)\nSubject: Debrief: Litware, Data Analyst [fu-ko11da93]\n\n",
    charset="euc-kr",
    cte="base64",
    forbidden=Q_FORBID,
)

tp(
    "qq_zh_yuanshi",
    client="QQ Mail",
    language="zh",
    interview_date="2026-12-14",
    shape="top-posted numbered 1., QQ separator '原始邮件' with header lines, '发自我的iPhone'",
    debrief=("Wide World Importers", "Logistics Analyst", "zh14la35"),
    answers=[
        ("rating", "七分", 7),
        ("went_well", "案例分析", None),
        ("went_badly", "英文面试部分", None),
        ("rapport", "面试官很友好", None),
        ("role", "比较接近我想要的", None),
        ("money", "年薪30万人民币", money("年薪30万人民币", ("300000", "CNY", "year"))),
        ("want_job", "不确定", "unsure"),
        ("hear_back", "下周三", "2026-12-23"),
    ],
    sign="发自我的iPhone\n\n",
    history="------------------ 原始邮件 ------------------\n发件人: Maya Example <maya@example.org>\n"
    "发送时间: 2026年12月14日 18:00\n收件人: maya@example.org\n"
    "主题: Debrief: Wide World Importers, Logistics Analyst [fu-zh14la35]\n\n",
    charset="gb18030",
    cte="base64",
    forbidden=[*Q_FORBID, "发自我的iPhone"],
)

tp(
    "gmail_ios_ja",
    client="Gmail iOS",
    language="ja",
    interview_date="2026-11-04",
    shape="top-posted numbered 1., Japanese Gmail attribution with date first, ISO-2022-JP",
    debrief=("Proseware", "Backend Engineer", "ja04be58"),
    answers=[
        ("rating", "7点", 7),
        ("went_well", "システム設計の議論", None),
        ("went_badly", "英語での自己紹介", None),
        ("rapport", "とても話しやすかったです", None),
        ("money", "年収800万円", money("年収800万円", ("8000000", "JPY", "year"))),
        ("want_job", "はい", "yes"),
        ("hear_back", "来週の金曜日", "2026-11-13"),
    ],
    sign="iPhoneから送信\n\n",
    history="2026年11月4日(水) 18:00 Maya Example <maya@example.org>:\n\n",
    quoted=True,
    charset="iso-2022-jp",
    cte="7bit",
    forbidden=[*Q_FORBID, "iPhoneから送信"],
)

FW = [
    ("rating", "8/10", 8),
    ("went_well", "Whiteboard session on caching", None),
    ("went_badly", "Forgot to ask about the roadmap", None),
    ("rapport", "Great, Jane Doe is the kind of manager I want", None),
    ("role", "Performance engineering, very close", None),
    ("company", "Profitable, calm", None),
    ("reservations", "Salary band might be low, will check with the recruiter", None),
    (
        "money",
        "Band is 100-115k USD",
        money("Band is 100-115k USD", ("100000", "USD", None), ("115000", "USD", None)),
    ),
    ("vs_current", "Better", None),
    ("vs_others", "Best so far", None),
    ("want_job", "Yes", "yes"),
    ("hear_back", "Friday", "2026-11-20"),
]
case(
    "gmail_web_answer_then_forward",
    client="Gmail web",
    language="en",
    interview_date="2026-11-17",
    shape="answer-then-forward: numbered answers, then the recruiter's mail forwarded below, then the quoted debrief",
    subject="Re: " + subject("Northwind", "Performance Engineer", "en17pe61"),
    date=rfc_date("2026-11-17", "21:50:00", "-0800"),
    plain=numbered(FW)
    + "\n\nForwarding Jane's note below for the record.\n\n"
    + "---------- Forwarded message ---------\nFrom: Jane Doe <jane.doe@northwind.example>\n"
    + "Date: Tue, Nov 17, 2026 at 4:12 PM\nSubject: Thanks for today\nTo: <maya@example.org>\n\n\n"
    + "Hi Maya,\n\nThanks for coming in today, the team enjoyed meeting you. We will get back to you by Friday.\n\n"
    + "Best,\nJane\n\n"
    + "On Tue, Nov 17, 2026 at 6:00 PM Maya Example <maya@example.org> wrote:\n\n"
    + quote(debrief("Northwind", "Performance Engineer", "en17pe61"))
    + "\n",
    answers=FW,
    cte="quoted-printable",
    free_notes="Forwarding Jane's note below for the record.",
    forbidden=[*Q_FORBID, "Thanks for coming in today", "the team enjoyed meeting you"],
)

tp(
    "outlook_web_pt_pt",
    client="Outlook web",
    language="pt",
    interview_date="2026-12-09",
    shape="top-posted numbered 1 -, European Portuguese Outlook block De/Enviado/Para/Assunto",
    debrief=("Margie's Travel", "Gestor de Produto", "pt09gp26"),
    fmt="{n} - {t}",
    answers=[
        ("rating", "7", 7),
        ("went_well", "A conversa com o diretor", None),
        ("went_badly", "O exercício de estimativas", None),
        ("rapport", "Boa, pessoas simpáticas", None),
        ("role", "Bastante próximo do que procuro", None),
        ("company", "Crescimento rápido", None),
        ("reservations", "Pouca clareza no plano de carreira", None),
        ("money", "2.800 € líquidos por mês", money("2.800 € líquidos por mês", ("2800", "EUR", "month"))),
        ("vs_current", "Melhor", None),
        ("vs_others", "Parecido", None),
        ("want_job", "Sim", "yes"),
        ("hear_back", "na próxima semana", "2026-12-18"),
    ],
    sign="Obrigada,\nMaya\n\n",
    history=lambda s: outlook_block(
        ("De:", "Enviado:", "Para:", "Assunto:"), "quarta-feira, 9 de dezembro de 2026 18:00", s, rule=True
    ),
    charset="windows-1252",
    cte="quoted-printable",
    forbidden=[*Q_FORBID, "Obrigada"],
)

AI = [
    ("rating", "8", 8),
    ("rapport", "Really liked them", None),
    ("money", "$60 an hour, contract to hire", money("$60 an hour, contract to hire", ("60", "USD", "hour"))),
    ("want_job", "Yes", "yes"),
]
tp(
    "apple_ios_en_short_last",
    client="Apple Mail iOS",
    language="en",
    interview_date="2026-12-18",
    shape="partial top-posted numbered, short last answer 'Yes', 'Sent from my iPhone'",
    debrief=("Coho Winery", "Contract Data Engineer", "en18cd73"),
    answers=AI,
    sign="Sent from my iPhone\n\n",
    history="> On Dec 18, 2026, at 18:00, Maya Example <maya@example.org> wrote:\n>\n",
    quoted=True,
    cte="7bit",
    forbidden=[*Q_FORBID, "Sent from my iPhone"],
)

FE = [
    ("rating", "3 out of ten", 3),
    ("went_badly", "Everything technical. Wrong level for me", None),
    ("want_job", "No", "no"),
]
case(
    "fairemail_en_inline_trimmed",
    client="FairEmail",
    language="en",
    interview_date="2026-11-27",
    shape="inline under '>' quotes with the unanswered questions deleted, FairEmail attribution",
    subject="Re: " + subject("Trey Research", "Principal Scientist", "en27ps04"),
    date=rfc_date("2026-11-27", "23:02:45"),
    plain="Nov 27, 2026 18:00:00 Maya Example <maya@example.org>:\n\n"
    "> 1. How did it go? Rate your overall performance from 0 to 10.\n\n3 out of ten\n\n"
    "> 3. What didn't go so well? What would you answer differently next time?\n\n"
    "Everything technical. Wrong level for me\n\n"
    "> 11. Now that you have seen what they offer: do you want this job? (yes / no / not sure)\n\nNo\n\n"
    "> Skip anything you like; a later reply fills in or replaces single answers.\n",
    answers=FE,
    cte="8bit",
    forbidden=Q_FORBID,
)

il(
    "webde_de_inline",
    client="Web.de",
    language="de",
    interview_date="2026-11-24",
    shape="inline under '>' quotes, Web.de German block attribution, 'Frage' words in answers",
    debrief=("Adatum", "Projektleiter", "de24pl39"),
    before='Gesendet: Dienstag, 24. November 2026 um 18:00 Uhr\nVon: "Maya Example" <maya@example.org>\n'
    "An: maya@example.org\nBetreff: Debrief: Adatum, Projektleiter [fu-de24pl39]\n\n",
    top="Hi,\nmeine Antworten stehen unten.\n\n",
    answers=[
        ("rating", "6 von 10", 6),
        ("went_well", "Die Frage nach meinem größten Projekt", None),
        ("went_badly", "Zu lange bei der ersten Frage geblieben", None),
        ("rapport", "Gut", None),
        ("role", "Ziemlich nah dran", None),
        ("company", "Mittelstand, solide", None),
        ("money", "80.000 Euro pro Jahr", money("80.000 Euro pro Jahr", ("80000", "EUR", "year"))),
        ("want_job", "Vielleicht", "unsure"),
        ("hear_back", "Mittwoch nächster Woche", "2026-12-02"),
    ],
    tail="\n",
    charset="iso-8859-15",
    cte="quoted-printable",
    free_notes="Hi,\nmeine Antworten stehen unten.",
    forbidden=Q_FORBID,
)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for c in CASES:
        try:
            write(c)
        except UnicodeError as error:
            raise SystemExit(f"{c['name']}: {error}") from None
    print(f"wrote {len(CASES)} replies to {HERE.name}/")


if __name__ == "__main__":
    main()
