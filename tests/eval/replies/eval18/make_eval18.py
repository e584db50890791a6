"""Writes the eighteenth held-out reply set (replies to a followupd debrief, with expectations typed by hand)."""

from __future__ import annotations

import base64
import json
import quopri
from email.header import Header
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MAYA = "maya@example.org"
BOT = "followupd <maya+debrief@example.org>"
IDS = [
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
SKIP = "Skip anything you like; a later reply fills in or replaces single answers."


def debrief(company: str, role: str, who: str, ended: str, token: str) -> list[str]:
    """The plain-text debrief as followupd sends it."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} (with {who}) ended at {ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: https://debrief.example.org/f/{token}',
        "(The form works while followupd runs; a reply works any time.)",
        "",
    ]
    for number, question in enumerate(QUESTIONS, start=1):
        lines += [f"{number}. {question}", ""]
    return [*lines, SKIP, "-- ", "followupd"]


def debrief_html(company: str, role: str, who: str, ended: str, token: str) -> str:
    """The HTML debrief's body as it comes back inside a reply."""
    items = "".join(f"<li><p>{q.replace(chr(39), '&#39;')}</p></li>" for q in QUESTIONS)
    return (
        f"<p>Hi Maya,</p><p>Your interview with {company} for {role} (with {who}) ended at {ended}.\n"
        "While it is fresh, answer what you can: reply to this email (inline under each question, or numbered like\n"
        f'&ldquo;1. 7/10&rdquo;), or <a href="https://debrief.example.org/f/{token}">use the form</a>.</p>'
        '<p style="color: #666">The form works while followupd runs; a reply works any time.</p>'
        f'<ol>{items}</ol><p>{SKIP}</p><p style="color: #666">&mdash; followupd</p>'
    )


def quote(lines: list[str], prefix: str = "> ") -> list[str]:
    return [prefix + line if line else prefix.rstrip() for line in lines]


def inline(answers: dict[int, list[str]], ctx: tuple[str, ...], prefix: str = "> ") -> list[str]:
    """The quoted debrief with the user's lines typed under the questions she answered."""
    out: list[str] = []
    for line in debrief(*ctx):
        out.append(prefix + line if line else prefix.rstrip())
        head = line.split(". ", 1)[0]
        if head.isdigit() and int(head) in answers and line == f"{head}. {QUESTIONS[int(head) - 1]}":
            out += ["", *answers[int(head)], ""]
    return out


def encode_body(text: str, *, charset: str, cte: str, eol: str) -> bytes:
    data = text.replace("\n", "\r\n" if eol == "crlf" else "\n").encode(charset)
    nl = b"\r\n" if eol == "crlf" else b"\n"
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", nl)
    if cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(b"\n", nl)
    return data


def part(text: str, *, subtype: str, charset: str, cte: str, eol: str) -> bytes:
    nl = "\r\n" if eol == "crlf" else "\n"
    head = f"Content-Type: text/{subtype}; charset={charset}{nl}Content-Transfer-Encoding: {cte}{nl}{nl}"
    return head.encode("ascii") + encode_body(text, charset=charset, cte=cte, eol=eol)


def header_value(value: str, charset: str) -> str:
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()
    return value


def message(
    *,
    sent: str,
    subject: str,
    mailer: str,
    text: str | None = None,
    html: str | None = None,
    charset: str = "utf-8",
    cte: str = "8bit",
    eol: str = "lf",
    from_name: str = "Maya Example",
) -> bytes:
    nl = "\r\n" if eol == "crlf" else "\n"
    headers = [
        f"From: {header_value(from_name, charset)} <{MAYA}>",
        f"To: {BOT}",
        f"Subject: {header_value(subject, charset)}",
        f"Date: {sent}",
        f"Message-ID: <{abs(hash_text(subject + sent))}@mail.example.org>",
        "In-Reply-To: <debrief-" + str(abs(hash_text(subject)))[:10] + "@example.org>",
        mailer,
        "MIME-Version: 1.0",
    ]
    headers = [h for h in headers if h]
    if text is not None and html is not None:
        boundary = "b1_" + str(abs(hash_text(sent)))[:12]
        headers.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        body = (
            f"--{boundary}{nl}".encode()
            + part(text, subtype="plain", charset=charset, cte=cte, eol=eol)
            + f"{nl}--{boundary}{nl}".encode()
            + part(html, subtype="html", charset=charset, cte=cte, eol=eol)
            + f"{nl}--{boundary}--{nl}".encode()
        )
        return (nl.join(headers) + nl + nl).encode("ascii") + body
    subtype, content = ("html", html) if text is None else ("plain", text)
    assert content is not None
    headers += [f"Content-Type: text/{subtype}; charset={charset}", f"Content-Transfer-Encoding: {cte}"]
    return (nl.join(headers) + nl + nl).encode("ascii") + encode_body(
        content, charset=charset, cte=cte, eol=eol
    )


def hash_text(text: str) -> int:
    """A stable hash (Python's own is salted per run)."""
    value = 5381
    for char in text:
        value = (value * 33 + ord(char)) % 2**61
    return value


def answers_json(answers: dict[int, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for number, answer in sorted(answers.items()):
        qid = IDS[number - 1]
        if isinstance(answer, str):
            out[qid] = {"text": answer, "value": None}
        elif qid == "money":
            text, amounts = answer
            out[qid] = {
                "text": text,
                "value": {
                    "amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts],
                    "text": text,
                },
            }
        else:
            out[qid] = {"text": answer[0], "value": answer[1]}
    return out


def text_of(answer: Any) -> str:
    return answer if isinstance(answer, str) else answer[0]


def numbered(answers: dict[int, Any], fmt: str) -> list[str]:
    """The user's numbered answers, one per line, in the order she wrote them."""
    return [fmt.format(n=number, t=text_of(answer)) for number, answer in answers.items()]


CASES: list[dict[str, Any]] = []


def case(
    name: str,
    *,
    raw: bytes,
    client: str,
    language: str,
    day: str,
    shape: str,
    answers: dict[int, Any],
    forbidden: list[str],
    free_notes: str = "",
) -> None:
    CASES.append(
        {
            "name": name,
            "raw": raw,
            "expected": {
                "client": client,
                "language": language,
                "interview_date": day,
                "own_addresses": [MAYA],
                "shape": shape,
                "free_notes": free_notes,
                "answers": answers_json(answers),
                "forbidden": forbidden,
            },
        }
    )


def subj(company: str, role: str, token: str, prefix: str = "Re:") -> str:
    return f"{prefix} Debrief: {company}, {role} [fu-{token}]"


# 1 Gmail web, English, top-posted "1." under a Gmail attribution
CTX = ("Lumen Analytics", "Data Engineer", "Jane Doe", "16:00", "k3x9q2ab")
A = {
    1: ("8/10", 8),
    2: "The SQL exercise and the pipeline design discussion. I was calm and structured.",
    3: "I rambled on the question about a failed project. Next time: shorter, with the outcome first.",
    4: "Jane was great, very direct. Yes, I could work with her.",
    5: "Mostly batch pipelines on a modern stack, quite close to what I want.",
    6: "Small team, no on-call at night, they publish their engineering blog.",
    7: "Not sure how much of the job is support tickets. I'll ask the recruiter.",
    8: ("$140k base, bonus not discussed", [("140000", "USD", None)]),
    9: "Better tech, similar pay, shorter commute.",
    10: "Ahead of the Fabrikam one for now.",
    11: ("Yes", "yes"),
    12: ("Friday", "2026-11-06"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "Thanks,",
    "Maya",
    "",
    "On Mon, Nov 2, 2026 at 6:31\u202fPM followupd <maya+debrief@example.org> wrote:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "gmail_web_en_numbered",
    raw=message(
        sent="Mon, 2 Nov 2026 21:14:09 -0500",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="",
        text="\n".join(body) + "\n",
        cte="quoted-printable",
    ),
    client="Gmail web",
    language="en",
    day="2026-11-02",
    shape="top-posted numbered '1.' under Gmail attribution",
    answers=A,
    forbidden=["wrote:", "Thanks,", SKIP],
)

# 2 Outlook desktop (Windows), German, '1)' above an unquoted Von/Gesendet block, long signature and disclaimer
CTX = ("Contoso Logistik GmbH", "BI-Analystin", "Raj Patel", "15:30", "p7m2c4rd")
A = {
    1: ("sieben von zehn", 7),
    2: "Die Fallstudie zu den Lieferzeiten lief sehr gut, da war ich sicher.",
    3: "Bei der Frage nach Power BI war ich zu knapp. Beim nächsten Mal ein konkretes Dashboard zeigen.",
    4: "Herr Patel war freundlich und hat viel erklärt. Ja, gut vorstellbar.",
    5: "Viel Eigenverantwortung, nah an dem, was ich suche.",
    6: "Mittelständisch, solide, Homeoffice zwei Tage pro Woche.",
    7: "Der Standort ist weit weg; ich frage nach mehr Homeoffice.",
    8: ("65.000 € brutto im Jahr", [("65000", "EUR", "year")]),
    9: "Mehr Verantwortung als jetzt, etwas mehr Geld.",
    10: "Besser als das Angebot aus Köln.",
    11: ("Ja", "yes"),
    12: ("bis Ende nächster Woche", "2026-11-13"),
}
body = [
    *numbered(A, "{n}) {t}"),
    "",
    "Viele Grüße",
    "Maya Example",
    "Senior Data Analyst | Team Controlling",
    "Tel. +49 30 1234 5678",
    "www.beispiel-firma.example",
    "",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie",
    "bitte sofort den Absender und vernichten Sie diese E-Mail.",
    "",
    "________________________________",
    f"Von: {BOT}",
    "Gesendet: Dienstag, 3. November 2026 18:05",
    f"An: Maya Example <{MAYA}>",
    f"Betreff: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
case(
    "outlook_win_de_unquoted_block",
    raw=message(
        sent="Wed, 4 Nov 2026 08:12:44 +0100",
        subject=subj(*CTX[:2], CTX[4], "AW:"),
        mailer="X-Mailer: Microsoft Outlook 16.0",
        text="\n".join(body),
        charset="windows-1252",
        cte="quoted-printable",
        eol="crlf",
    ),
    client="Outlook desktop (Windows)",
    language="de",
    day="2026-11-03",
    shape="top-posted '1)' above an unquoted Von/Gesendet block, signature without '-- ', disclaimer",
    answers=A,
    forbidden=["Viele Grüße", "Tel. +49 30 1234 5678", "vertrauliche Informationen", "Gesendet:", SKIP],
)

# 3 Apple Mail iOS, French, partial, footer before the attribution
CTX = ("Atelier Norde", "Cheffe de projet digital", "Jane Doe", "11:00", "f4n8q1zt")
A = {
    1: ("6,5/10", 6.5),
    2: "La présentation du portfolio, ils ont posé plein de questions.",
    3: "J’ai hésité sur la question budget. La prochaine fois, donner un chiffre tout de suite.",
    11: ("Oui", "yes"),
    12: ("d’ici le 12", "2026-11-12"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "Envoyé de mon iPhone",
    "",
    "> Le 4 nov. 2026 à 19:02, followupd <maya+debrief@example.org> a écrit :",
    ">",
    *quote(debrief(*CTX)),
]
case(
    "apple_ios_fr_partial",
    raw=message(
        sent="Wed, 4 Nov 2026 22:40:10 +0100",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: iPhone Mail (22B83)",
        text="\n".join(body),
        cte="quoted-printable",
    ),
    client="Apple Mail iOS",
    language="fr",
    day="2026-11-04",
    shape="partial top-posted '1.' (5 answers), smart apostrophes, French mobile footer",
    answers=A,
    forbidden=["Envoyé de mon iPhone", "a écrit"],
)

# 4 Thunderbird, English, inline under '>' quotes, some skipped
CTX = ("Tailspin Robotics", "QA Lead", "Raj Patel and Jane Doe", "14:45", "t9w3e6yu")
A = {
    1: ("8", 8),
    2: "Test strategy for the firmware release; I had a real example ready.",
    4: "Raj was friendly, Jane was more reserved but fair. I think I'd like working with both.",
    8: ("Nothing concrete, they said the band comes with the offer.", []),
    11: ("Yes", "yes"),
    12: ("early next week", "2026-11-10"),
}
body = [
    "On 05/11/2026 19:04, followupd wrote:",
    *inline({n: [text_of(a)] for n, a in A.items()}, CTX),
    "",
    "-- ",
    "Maya",
]
case(
    "thunderbird_en_inline",
    raw=message(
        sent="Thu, 5 Nov 2026 21:02:51 +0000",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="User-Agent: Mozilla Thunderbird",
        text="\n".join(body) + "\n",
        cte="7bit",
    ),
    client="Thunderbird",
    language="en",
    day="2026-11-05",
    shape="inline under '>' quoted questions, 6 answered",
    answers=A,
    forbidden=["wrote:", SKIP],
)

# 5 Outlook web, Spanish, '1.-' above De/Enviado block, multipart
CTX = ("Grupo Almena", "Analista financiera", "Jane Doe", "12:30", "s2d5f8gh")
A = {
    1: ("Un 7", 7),
    2: "El caso práctico de previsiones; lo expliqué con claridad.",
    3: "Me puse nerviosa con las preguntas de Excel avanzado. Repasar tablas dinámicas.",
    4: "Muy bien, Jane fue cercana. Sí, me veo trabajando con ella.",
    5: "Es un puesto con más análisis y menos reporting, justo lo que busco.",
    6: "Estabilidad y buen ambiente.",
    7: "Presencial cuatro días. Preguntaré si hay flexibilidad.",
    8: ("45.000 € brutos anuales", [("45000", "EUR", "year")]),
    9: "Mejor que mi trabajo actual en casi todo.",
    10: "Es la mejor de las dos que tengo.",
    11: ("Sí", "yes"),
    12: ("el miércoles", "2026-11-11"),
}
body = [
    *numbered(A, "{n}.- {t}"),
    "",
    "Saludos,",
    "Maya",
    "",
    "________________________________",
    f"De: {BOT}",
    "Enviado: viernes, 6 de noviembre de 2026 18:10",
    f"Para: Maya Example <{MAYA}>",
    f"Asunto: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
html = (
    '<html><head><meta charset="utf-8"></head><body><div>'
    + "<br>".join(body[:15])
    + (
        '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri">'
        f"<b>De:</b> followupd &lt;maya+debrief@example.org&gt;<br><b>Enviado:</b> viernes, 6 de noviembre de 2026 18:10"
        f"<br><b>Para:</b> Maya Example &lt;{MAYA}&gt;<br><b>Asunto:</b> Debrief</font></div>"
        + debrief_html(*CTX)
        + "</body></html>"
    )
)
case(
    "outlook_web_es_multipart",
    raw=message(
        sent="Fri, 6 Nov 2026 20:31:00 +0000",
        subject=subj(*CTX[:2], CTX[4], "RE:"),
        mailer="X-MS-Has-Attach: ",
        text="\n".join(body),
        html=html,
        cte="quoted-printable",
        eol="crlf",
    ),
    client="Outlook web",
    language="es",
    day="2026-11-06",
    shape="top-posted '1.-' above an unquoted De/Enviado block, multipart/alternative",
    answers=A,
    forbidden=["Saludos,", "Enviado:", SKIP],
)

# 6 Gmail Android, Brazilian Portuguese, '1-' numbering, base64
CTX = ("Vértice Pagamentos", "Engenheira de dados", "Raj Patel", "10:00", "b6n1m4kq")
A = {
    1: ("nota 8", 8),
    2: "A parte de modelagem de dados, mandei bem.",
    3: "Travei um pouco na pergunta de Spark. Estudar particionamento.",
    4: "O Raj é gente boa, conversa fluiu.",
    5: "Time novo, muita coisa para construir. Bem perto do que eu quero.",
    6: "Empresa em crescimento e com trabalho remoto.",
    7: "Nenhuma por enquanto.",
    8: ("R$ 18 mil por mês", [("18000", "BRL", "month")]),
    9: "Bem melhor que o atual.",
    10: "Melhor que as outras duas.",
    11: ("sim", "yes"),
    12: ("até sexta", "2026-11-13"),
}
body = [
    *numbered(A, "{n}- {t}"),
    "",
    "Em seg., 9 de nov. de 2026 19:12, followupd <maya+debrief@example.org> escreveu:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "gmail_android_ptbr_dash",
    raw=message(
        sent="Mon, 9 Nov 2026 23:50:03 -0300",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="",
        text="\n".join(body) + "\n",
        cte="base64",
    ),
    client="Gmail Android",
    language="pt",
    day="2026-11-09",
    shape="top-posted '1-' under a Portuguese attribution",
    answers=A,
    forbidden=["escreveu:", SKIP],
)

# 7 Samsung Email, Korean, original-mail separator, EUC-KR base64
CTX = ("한빛소프트", "백엔드 개발자", "Jane Doe", "15:00", "k8r2o5en")
A = {
    1: ("7점", 7),
    2: "시스템 설계 질문에 잘 대답했어요.",
    3: "영어 질문에서 조금 긴장했어요. 다음에는 미리 연습할게요.",
    4: "면접관이 친절했어요. 같이 일할 수 있을 것 같아요.",
    8: ("연봉 6천만 원", [("60000000", "KRW", "year")]),
    11: ("네", "yes"),
    12: ("다음 주 수요일", "2026-11-18"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "",
    "삼성 갤럭시 스마트폰에서 보냈습니다.",
    "",
    "-------- 원본 이메일 --------",
    "발신: followupd <maya+debrief@example.org> ",
    "날짜: 2026/11/10 19:20 (GMT+09:00) ",
    f"수신: {MAYA} ",
    "제목: Debrief: 한빛소프트, 백엔드 개발자 [fu-k8r2o5en] ",
    "",
    *debrief(*CTX),
]
case(
    "samsung_ko_separator",
    raw=message(
        sent="Tue, 10 Nov 2026 22:05:00 +0900",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Samsung Email",
        text="\n".join(body),
        charset="euc-kr",
        cte="base64",
    ),
    client="Samsung Email",
    language="ko",
    day="2026-11-10",
    shape="top-posted '1.' above Samsung's 원본 이메일 separator and unquoted history, Korean footer",
    answers=A,
    forbidden=["스마트폰에서 보냈습니다", "원본 이메일"],
)

# 8 Yahoo, English, HTML only, 'Q1 -', partial
CTX = ("Brightline Health", "Contract Analyst", "Raj Patel", "13:00", "y1h7c3vb")
A = {
    1: ("6", 6),
    2: "Explaining the claims data model.",
    3: "I didn't know their reporting tool. Should have read up on it.",
    8: ("$55/hr on a 6-month contract", [("55", "USD", "hour")]),
    11: ("not sure", "unsure"),
    12: ("Monday", "2026-11-16"),
}
rows = "".join(f"<div>Q{n} - {text_of(a)}</div>" for n, a in A.items())
html = (
    '<html><head></head><body><div class="ydp4f2a1b0cyahoo-style-wrap" style="font-family:Helvetica Neue, '
    f'Helvetica, Arial, sans-serif;font-size:13px;">{rows}<div><br></div><div>Maya</div></div>'
    '<div id="yahoo_quoted_7314200951" class="yahoo_quoted"><div style="font-family:Helvetica;font-size:13px;'
    'color:#26282a;"><div>On Wednesday, November 11, 2026, 07:15:02 PM EST, followupd '
    "&lt;maya+debrief@example.org&gt; wrote:</div><div><br></div><div><br></div><div>"
    + debrief_html(*CTX)
    + "</div></div></div></body></html>"
)
case(
    "yahoo_html_en_q_dash",
    raw=message(
        sent="Thu, 12 Nov 2026 01:22:17 +0000",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: WebService/1.1.24562 YMailNorrin",
        html=html,
        cte="quoted-printable",
    ),
    client="Yahoo Mail web",
    language="en",
    day="2026-11-11",
    shape="HTML only, 'Q1 -' partial, yahoo_quoted div",
    answers=A,
    forbidden=["wrote:", SKIP],
)

# 9 mutt, English, inline under '>' with unanswered questions deleted, '-- ' signature
CTX = ("Quillfeather", "Site Reliability Engineer", "Jane Doe", "17:00", "m5u2t8tt")
A = {
    1: ("7.5", 7.5),
    3: "Kubernetes networking. I guessed; should have said I'd look it up.",
    7: "Pager load. They'll send me the rota stats.",
    9: "Same level, better team.",
    12: ("by the 20th", "2026-11-20"),
}
body = ["* followupd <maya+debrief@example.org> [2026-11-12 19:00]:"]
for n, a in A.items():
    body += [f"> {n}. {QUESTIONS[n - 1]}", "", text_of(a), ""]
body += ["-- ", "Maya Example", "PGP: 0x1234 ABCD 5678 EF90"]
case(
    "mutt_en_inline_trimmed",
    raw=message(
        sent="Thu, 12 Nov 2026 22:41:09 +0100",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="User-Agent: NeoMutt/20250113",
        text="\n".join(body) + "\n",
        charset="us-ascii",
        cte="7bit",
    ),
    client="mutt/neomutt",
    language="en",
    day="2026-11-12",
    shape="inline under '>' with unanswered questions deleted, '-- ' signature",
    answers=A,
    forbidden=["PGP: 0x1234", "[2026-11-12 19:00]"],
)

# 10 Outlook for Mac, Dutch, '1:' above Van/Datum block, ISO-8859-1 QP
CTX = ("Dijkstra & Zonen", "Data-analist", "Raj Patel", "16:30", "n3l6v9za")
A = {
    1: ("7 uit 10", 7),
    2: "De case over klantverloop ging goed.",
    3: "Ik was te lang aan het woord bij de eerste vraag.",
    4: "Prima klik met Raj.",
    5: "Veel vrijheid, dicht bij wat ik zoek.",
    6: "Familiebedrijf, korte lijnen.",
    7: "Reistijd van een uur. Misschien thuiswerken bespreekbaar.",
    8: ("€ 5.200 bruto per maand", [("5200", "EUR", "month")]),
    9: "Iets beter betaald dan nu.",
    10: "Vergelijkbaar met de andere.",
    11: ("Ja, zeker", "yes"),
    12: ("volgende week dinsdag", "2026-11-17"),
}
body = [
    *numbered(A, "{n}: {t}"),
    "",
    "Met vriendelijke groet,",
    "Maya Example",
    "",
    f"Van: {BOT}",
    "Datum: vrijdag, 13 november 2026 om 18:45",
    f"Aan: Maya Example <{MAYA}>",
    f"Onderwerp: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
case(
    "outlook_mac_nl_van_datum",
    raw=message(
        sent="Sat, 14 Nov 2026 10:03:27 +0100",
        subject=subj(*CTX[:2], CTX[4], "Re:"),
        mailer="User-Agent: Microsoft-MacOutlook/16.91.25011212",
        text="\n".join(body),
        charset="iso-8859-15",
        cte="quoted-printable",
    ),
    client="Outlook for Mac",
    language="nl",
    day="2026-11-13",
    shape="top-posted '1:' above an unquoted Van/Datum block, sign-off without '-- '",
    answers=A,
    forbidden=["Met vriendelijke groet", "Onderwerp:", SKIP],
)

# 11 Proton, Italian, '1)' with Proton footer
CTX = ("Ferraris Digitale", "Sviluppatrice frontend", "Jane Doe", "10:30", "p2i8t4ly")
A = {
    1: ("8 su 10", 8),
    2: "La parte di live coding in React, molto bene.",
    3: "Sulle domande di accessibilità ero poco preparata.",
    4: "Ottimo rapporto, persone simpatiche.",
    5: "Prodotto interessante, abbastanza vicino a quello che cerco.",
    6: "Azienda giovane, lavoro ibrido.",
    7: "Nessuna per ora.",
    8: ("42.000 € lordi all'anno", [("42000", "EUR", "year")]),
    9: "Meglio del lavoro attuale.",
    10: "È la mia prima scelta.",
    11: ("sì", "yes"),
    12: ("entro venerdì", "2026-11-20"),
}
body = [
    *numbered(A, "{n}) {t}"),
    "",
    "Maya",
    "",
    "Inviato con l'email sicura Proton Mail.",
    "",
    "Il lunedì 16 novembre 2026 alle 19:10, followupd <maya+debrief@example.org> ha scritto:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "proton_it_paren",
    raw=message(
        sent="Mon, 16 Nov 2026 21:55:40 +0000",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Pm-Origin: internal",
        text="\n".join(body) + "\n",
        cte="quoted-printable",
    ),
    client="Proton Mail",
    language="it",
    day="2026-11-16",
    shape="top-posted '1)' with Proton footer",
    answers=A,
    forbidden=["Inviato con l'email sicura Proton Mail", "ha scritto:"],
)

# 12 K-9 Mail, Polish, '1/' numbering, ISO-8859-2 QP
CTX = ("Wisła Systems", "Analityczka danych", "Raj Patel", "14:00", "w7k1p3ol")
A = {
    1: ("6/10", 6),
    2: "Zadanie z SQL poszło sprawnie.",
    3: "Pytania o statystykę - za mało konkretów.",
    4: "Rozmowa była miła.",
    8: ("15 tys. zł brutto miesięcznie", [("15000", "PLN", "month")]),
    11: ("nie wiem", "unsure"),
    12: ("do końca przyszłego tygodnia", "2026-11-27"),
}
body = [
    *numbered(A, "{n}/ {t}"),
    "",
    "Dnia 17 listopada 2026 19:02:11 CET, followupd <maya+debrief@example.org> napisał:",
    *quote(debrief(*CTX)),
    "",
    "-- ",
    "Wysłane z mojego urządzenia Android za pomocą K-9 Mail.",
]
case(
    "k9_pl_slash",
    raw=message(
        sent="Tue, 17 Nov 2026 20:48:00 +0100",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="User-Agent: K-9 Mail for Android",
        text="\n".join(body),
        charset="iso-8859-2",
        cte="quoted-printable",
    ),
    client="K-9 Mail",
    language="pl",
    day="2026-11-17",
    shape="top-posted '1/' partial, K-9 footer at the bottom",
    answers=A,
    forbidden=["napisał:", "Wysłane z mojego urządzenia"],
)

# 13 Apple Mail macOS, Swedish, inline under '>' quotes
CTX = ("Norrsken Energi", "Projektledare", "Jane Doe", "13:30", "a4s9e2mc")
A = {
    1: ("Åtta", 8),
    2: "Jag var bra på att beskriva hur jag leder projekt med många intressenter.",
    5: "Tydligt ansvar och hållbarhetsfokus.",
    8: ("Inget konkret om lön än.", []),
    11: ("Ja", "yes"),
    12: ("på fredag", "2026-11-20"),
}
body = [
    "Hej! Svar nedan.",
    "",
    "Maya",
    "",
    "> 18 nov. 2026 kl. 19:04 skrev followupd <maya+debrief@example.org>:",
    ">",
    *inline({n: [text_of(a)] for n, a in A.items()}, CTX),
]
case(
    "apple_mac_sv_inline",
    raw=message(
        sent="Wed, 18 Nov 2026 21:30:12 +0100",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Apple Mail (2.3826.300.87.4.3)",
        text="\n".join(body),
        cte="quoted-printable",
    ),
    client="Apple Mail macOS",
    language="sv",
    day="2026-11-18",
    shape="inline under '>' quotes with a short top note",
    answers=A,
    forbidden=["skrev followupd", SKIP],
    free_notes="Hej! Svar nedan.",
)

# 14 Outlook iOS in Hebrew, English answers, Hebrew footer and header block
CTX = ("Cedar Cyber", "Security Analyst", "Raj Patel", "15:00", "h3e8b5rw")
A = {
    1: ("9", 9),
    2: "The incident walk-through. I knew the log sources well.",
    3: "Cloud IAM questions, I was slow.",
    4: "Really good, Raj is someone I'd learn a lot from.",
    5: "Blue team work with some threat hunting. Very close.",
    6: "Serious about training budget.",
    7: "Shift work once a month. Ask how often in practice.",
    8: ("ILS 32,000 a month", [("32000", "ILS", "month")]),
    9: "A clear step up.",
    10: "Best so far.",
    11: ("Yes!", "yes"),
    12: ("next Tuesday", "2026-11-24"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "קבל את Outlook עבור iOS",
    "________________________________",
    f"מאת: {BOT}",
    "נשלח: Thursday, November 19, 2026 7:00:12 PM",
    f"אל: Maya Example <{MAYA}>",
    f"נושא: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
case(
    "outlook_ios_he_client_en",
    raw=message(
        sent="Thu, 19 Nov 2026 20:41:33 +0200",
        subject=subj(*CTX[:2], CTX[4], "RE:"),
        mailer="X-Mailer: Outlook for iOS",
        text="\n".join(body),
        cte="base64",
    ),
    client="Outlook iOS",
    language="en",
    day="2026-11-19",
    shape="English answers '1.' under a Hebrew Outlook iOS footer and מאת/נשלח block",
    answers=A,
    forbidden=["קבל את Outlook", "נשלח:", SKIP],
)

# 15 Gmail iOS, Japanese, ISO-2022-JP
CTX = ("さくら工業", "データアナリスト", "Jane Doe", "14:00", "j6p2n9sa")
A = {
    1: ("7点", 7),
    2: "SQLの課題はうまくできました。",
    3: "英語での質問に少し詰まりました。次はもっと準備します。",
    4: "面接官はとても話しやすかったです。",
    8: ("年収800万円", [("8000000", "JPY", "year")]),
    11: ("はい", "yes"),
    12: ("来週の水曜日", "2026-11-25"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "2026年11月20日(金) 19:10 followupd <maya+debrief@example.org>:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "gmail_ios_ja_iso2022",
    raw=message(
        sent="Fri, 20 Nov 2026 22:15:09 +0900",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="",
        text="\n".join(body) + "\n",
        charset="iso-2022-jp",
        cte="7bit",
    ),
    client="Gmail iOS",
    language="ja",
    day="2026-11-20",
    shape="top-posted '1.' under a Japanese date-first attribution",
    answers=A,
    forbidden=["followupd <maya+debrief@example.org>:", SKIP],
)

# 16 QQ Mail, Chinese, '1、' above 原始邮件, GB18030 base64
CTX = ("云杉科技", "数据工程师", "Raj Patel", "15:30", "q8z3y7dn")
A = {
    1: ("8分", 8),
    2: "系统设计讲得比较清楚。",
    3: "算法题有点慢，下次多练习。",
    4: "面试官很友好，可以一起工作。",
    5: "做数据平台，和我想要的很接近。",
    8: ("月薪35000元", [("35000", "CNY", "month")]),
    11: ("是的，想去", "yes"),
    12: ("下周五", "2026-12-04"),
}
body = [
    *numbered(A, "{n}、{t}"),
    "",
    "",
    "------------------ 原始邮件 ------------------",
    '发件人: "followupd"<maya+debrief@example.org>;',
    "发送时间: 2026年11月23日(星期一) 晚上7:05",
    f'收件人: "Maya"<{MAYA}>;',
    "主题: Debrief: 云杉科技, 数据工程师 [fu-q8z3y7dn]",
    "",
    *debrief(*CTX),
]
case(
    "qq_zh_original_mail",
    raw=message(
        sent="Mon, 23 Nov 2026 21:40:00 +0800",
        subject=subj(*CTX[:2], CTX[4], "回复："),
        mailer="X-Mailer: QQMail 2.x",
        text="\n".join(body),
        charset="gb18030",
        cte="base64",
    ),
    client="QQ Mail",
    language="zh",
    day="2026-11-23",
    shape="top-posted '1、' above QQ's 原始邮件 block",
    answers=A,
    forbidden=["原始邮件", "发送时间"],
)

# 17 Fastmail, English, bottom-posted, partial
CTX = ("Harbor & Pine", "Operations Manager", "Jane Doe", "11:00", "f2m6b8pq")
A = {
    1: ("5/10", 5),
    3: "The budgeting scenario. I froze on the numbers and never recovered.",
    11: ("No", "no"),
    12: ("Thursday", "2026-11-26"),
}
body = [
    "On Tue, 24 Nov 2026, at 19:00, followupd wrote:",
    *quote(debrief(*CTX)),
    "",
    *numbered(A, "{n}. {t}"),
    "",
    "Maya",
]
case(
    "fastmail_en_bottom_partial",
    raw=message(
        sent="Tue, 24 Nov 2026 21:12:00 -0500",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="User-Agent: Cyrus-JMAP/3.13.0",
        text="\n".join(body) + "\n",
        cte="7bit",
    ),
    client="Fastmail",
    language="en",
    day="2026-11-24",
    shape="bottom-posted '1.' under the whole quoted debrief",
    answers=A,
    forbidden=["wrote:", SKIP],
)

# 18 Roundcube, Czech
CTX = ("Vltava Data s.r.o.", "Datová analytička", "Raj Patel", "10:00", "r4c7z1ek")
A = {
    1: ("7 z 10", 7),
    2: "Praktický úkol v Pythonu jsem zvládla dobře.",
    3: "U otázek na statistiku jsem váhala.",
    4: "Pohovor byl příjemný.",
    5: "Práce s daty o dopravě, blízko tomu, co chci.",
    6: "Stabilní firma, dobrá atmosféra.",
    7: "Dojíždění, zeptám se na home office.",
    8: ("80 tisíc Kč měsíčně hrubého", [("80000", "CZK", "month")]),
    11: ("Ano", "yes"),
    12: ("do pátku", "2026-11-27"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "S pozdravem",
    "Maya",
    "",
    "Dne 2026-11-25 19:03, followupd napsal:",
    *quote(debrief(*CTX)),
]
case(
    "roundcube_cs_numbered",
    raw=message(
        sent="Wed, 25 Nov 2026 20:20:41 +0100",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="User-Agent: Roundcube Webmail/1.6.9",
        text="\n".join(body) + "\n",
        cte="8bit",
    ),
    client="Roundcube",
    language="cs",
    day="2026-11-25",
    shape="top-posted '1.' with 'S pozdravem' sign-off",
    answers=A,
    forbidden=["S pozdravem", "napsal:"],
)

# 19 Yandex, Russian, date-first attribution, KOI8-R base64
CTX = ("Северный Код", "Бэкенд-разработчица", "Jane Doe", "16:00", "y5d9r3xa")
A = {
    1: ("8 из 10", 8),
    2: "Хорошо рассказала про архитектуру микросервисов.",
    3: "Задача на графы - долго думала.",
    4: "Интервьюер приятный, работать вместе было бы комфортно.",
    8: ("250 тысяч рублей в месяц", [("250000", "RUB", "month")]),
    11: ("Да", "yes"),
    12: ("в понедельник", "2026-11-30"),
}
body = [
    *numbered(A, "{n}) {t}"),
    "",
    '26.11.2026, 19:05, "followupd" <maya+debrief@example.org>:',
    *quote(debrief(*CTX)),
]
case(
    "yandex_ru_date_first",
    raw=message(
        sent="Thu, 26 Nov 2026 22:31:00 +0300",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Yamail [ http://yandex.ru ] 5.0",
        text="\n".join(body) + "\n",
        charset="koi8-r",
        cte="base64",
    ),
    client="Yandex Mail",
    language="ru",
    day="2026-11-26",
    shape="top-posted '1)' under a date-first attribution",
    answers=A,
    forbidden=['"followupd" <maya+debrief@example.org>:', SKIP],
)

# 20 Gmail web in Ukrainian, '1 -', KOI8-U QP
CTX = ("Дніпро Софт", "QA-інженерка", "Raj Patel", "12:00", "u8k2i6tv")
A = {
    1: ("сім", 7),
    2: "Розповіла про автоматизацію тестів, це було сильно.",
    3: "Питання про навантажувальне тестування - треба підтягнути.",
    4: "Спілкування легке, команда приємна.",
    8: ("3 000 доларів на місяць", [("3000", "USD", "month")]),
    11: ("Так", "yes"),
    12: ("наступного тижня", "2026-12-04"),
}
body = [
    *numbered(A, "{n} - {t}"),
    "",
    "пт, 27 лист. 2026 р. о 19:05 followupd <maya+debrief@example.org> пише:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "gmail_web_uk_pyshe",
    raw=message(
        sent="Fri, 27 Nov 2026 21:00:02 +0200",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="",
        text="\n".join(body) + "\n",
        charset="koi8-u",
        cte="quoted-printable",
    ),
    client="Gmail web",
    language="uk",
    day="2026-11-27",
    shape="top-posted '1 -' under a Ukrainian 'пише:' attribution",
    answers=A,
    forbidden=["пише:", SKIP],
)

# 21 Outlook desktop in Arabic, English answers, corporate signature and disclaimer
CTX = ("Gulfstar Logistics", "Supply Chain Analyst", "Jane Doe and Raj Patel", "13:00", "o3a7g1rx")
A = {
    1: ("8/10", 8),
    2: "The warehouse case study. I used their own numbers.",
    3: "I didn't ask enough questions at the end.",
    4: "Both friendly. Jane would be my manager and I liked her style.",
    5: "Regional scope, lots of travel, close to what I want.",
    6: "Growing fast, good reputation.",
    7: "Relocation timeline. They said they can be flexible.",
    8: ("AED 28,000 per month, housing included", [("28000", "AED", "month")]),
    9: "Bigger role, better pay.",
    10: "The strongest of my three.",
    11: ("Yes", "yes"),
    12: ("by the 4th", "2026-12-04"),
}
body = [
    *numbered(A, "{n}) {t}"),
    "",
    "Best regards,",
    "",
    "Maya Example",
    "Senior Analyst, Planning",
    "Contoso Trading LLC | P.O. Box 1234",
    "M: +971 50 000 0000 | www.contoso-trading.example",
    "",
    "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you",
    "have received it in error, please notify the sender and delete it. Contoso Trading LLC accepts no liability",
    "for any damage caused by viruses.",
    "",
    "________________________________",
    f"من: {BOT}",
    "تاريخ الإرسال: الاثنين، 30 نوفمبر، 2026 7:00 م",
    f"إلى: Maya Example <{MAYA}>",
    f"الموضوع: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
case(
    "outlook_win_ar_client_en_disclaimer",
    raw=message(
        sent="Mon, 30 Nov 2026 21:45:10 +0400",
        subject=subj(*CTX[:2], CTX[4], "RE:"),
        mailer="X-Mailer: Microsoft Outlook 16.0",
        text="\n".join(body),
        cte="quoted-printable",
        eol="crlf",
    ),
    client="Outlook desktop (Windows)",
    language="en",
    day="2026-11-30",
    shape="English answers '1)' above an Arabic من/تاريخ الإرسال block, long signature and disclaimer",
    answers=A,
    forbidden=["Best regards,", "DISCLAIMER", "www.contoso-trading.example", "تاريخ الإرسال", SKIP],
)

# 22 HEY, English, HTML only, '#1'
CTX = ("Parcel Ninja", "Product Designer", "Raj Patel", "15:00", "h9e4y2lk")
A = {
    1: ("7", 7),
    2: "Portfolio review. They loved the onboarding redesign.",
    3: "Whiteboard challenge felt rushed. Next time: state assumptions out loud first.",
    4: "Raj was relaxed and curious. Yes.",
    5: "End-to-end ownership of the mobile app. Very close.",
    6: "Calm company, four-day week in summer.",
    7: "Design team of two. Ask about mentoring.",
    8: ("€70k plus stock options", [("70000", "EUR", None)]),
    9: "Better than my agency job.",
    10: "Tied with the fintech one.",
    11: ("Yes", "yes"),
    12: ("end of next week", "2026-12-11"),
}
rows = "".join(f"<div>#{n} {text_of(a)}</div>" for n, a in A.items())
html = (
    f'<div class="trix-content">{rows}<div><br>Maya</div></div><br><blockquote>On December 1, 2026, followupd '
    "&lt;maya+debrief@example.org&gt; wrote:<br>" + debrief_html(*CTX) + "</blockquote>"
)
case(
    "hey_html_en_hash",
    raw=message(
        sent="Tue, 1 Dec 2026 20:12:00 -0800",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: HEY",
        html=html,
        cte="quoted-printable",
    ),
    client="HEY",
    language="en",
    day="2026-12-01",
    shape="HTML only, '#1' answers, history in a blockquote",
    answers=A,
    forbidden=["wrote:", SKIP],
)

# 23 Superhuman, English, multipart with tracking pixel, 'A1:'
CTX = ("Orbit Payments", "Engineering Manager", "Jane Doe", "16:00", "s6u1p8hx")
A = {
    1: ("8", 8),
    2: "The people-management scenarios. I had good stories.",
    4: "Jane is sharp and warm. Would happily work with her.",
    8: ("£75k plus equity (didn't get the number)", [("75000", "GBP", None)]),
    11: ("Yes", "yes"),
    12: ("Dec 9", "2026-12-09"),
}
lines = numbered(A, "A{n}: {t}")
text = (
    "\n".join(
        [
            *lines,
            "",
            "Maya",
            "",
            "On Wed, Dec 02, 2026 at 7:00 PM, followupd <maya+debrief@example.org> wrote:",
            "",
            *quote(debrief(*CTX)),
        ]
    )
    + "\n"
)
html = (
    "<html><body>" + "".join(f"<div>{line}</div>" for line in lines) + "<div><br></div><div>Maya</div>"
    '<img src="https://r.superhuman.example/pixel/8c1f2e.gif" width="1" height="1" alt="" style="display:none">'
    '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Dec 02, 2026 at 7:00 PM, followupd '
    '&lt;maya+debrief@example.org&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
    'border-left:1px #ccc solid;padding-left:1ex">' + debrief_html(*CTX) + "</blockquote></div></body></html>"
)
case(
    "superhuman_en_pixel",
    raw=message(
        sent="Wed, 2 Dec 2026 22:10:00 +0000",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Superhuman Desktop",
        text=text,
        html=html,
        cte="quoted-printable",
    ),
    client="Superhuman",
    language="en",
    day="2026-12-02",
    shape="multipart 'A1:' partial, tracking pixel, gmail_quote",
    answers=A,
    forbidden=["wrote:", SKIP],
)

# 24 BlackBerry Hub, English, '(1)' partial, 'Original Message' block
CTX = ("Keystone Insurance", "Risk Analyst", "Raj Patel", "10:00", "b2b5h9ub")
A = {
    1: ("6/10", 6),
    2: "The regulatory questions.",
    7: "Very formal culture. Not sure it fits me.",
    11: ("Not sure", "unsure"),
    12: ("Monday the 7th", "2026-12-07"),
}
body = [
    *numbered(A, "({n}) {t}"),
    "",
    "Sent from my BlackBerry 10 smartphone.",
    "Original Message",
    "From: followupd",
    "Sent: Thursday, December 3, 2026 7:00 PM",
    f"To: {MAYA}",
    f"Subject: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
case(
    "blackberry_en_paren_partial",
    raw=message(
        sent="Thu, 3 Dec 2026 23:59:01 +0000",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: BlackBerry Email (10.3.3.3216)",
        text="\n".join(body),
        cte="base64",
        eol="crlf",
    ),
    client="BlackBerry Hub",
    language="en",
    day="2026-12-03",
    shape="'(1)' partial above BlackBerry's 'Original Message' block, BlackBerry footer",
    answers=A,
    forbidden=["Sent from my BlackBerry", "Original Message", SKIP],
)

# 25 HCL Notes (German client), English answers, 'Question 1:' with the answer on the next line
CTX = ("Rheinwerk Automotive", "Test Engineer", "Jane Doe", "14:00", "l4n8o2te")
A = {
    1: ("7", 7),
    2: "HIL test setup questions. I know that area well.",
    3: "ISO 26262 details. I need to read up on ASIL levels.",
    4: "Jane was fine, a bit formal.",
    8: ("EUR 68,000 per year", [("68000", "EUR", "year")]),
    11: ("yes", "yes"),
    12: ("next week", "2026-12-11"),
}
body: list[str] = []
for n, a in A.items():
    body += [f"Question {n}:", text_of(a), ""]
body += [
    "Mit freundlichen Grüßen / Best regards",
    "Maya Example",
    "",
    "Beispiel Werke AG, Sitz der Gesellschaft: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 000000",
    "Vorstand: Raj Patel (Vorsitz)",
    "",
    "",
    "",
    "Von:\tfollowupd <maya+debrief@example.org>",
    f"An:\tMaya Example <{MAYA}>",
    "Datum:\t04.12.2026 19:00",
    f"Betreff:\t{subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    "",
    "",
    *debrief(*CTX),
]
case(
    "notes_de_client_en_question_colon",
    raw=message(
        sent="Mon, 7 Dec 2026 08:15:00 +0100",
        subject=subj(*CTX[:2], CTX[4], "Antwort:"),
        mailer="X-Mailer: HCL Notes Release 12.0.2 November 03, 2022",
        text="\n".join(body),
        charset="iso-8859-1",
        cte="quoted-printable",
        eol="crlf",
    ),
    client="HCL Notes",
    language="en",
    day="2026-12-04",
    shape="'Question N:' with the answer on the next line, German Notes header block and company footer",
    answers=A,
    forbidden=["Mit freundlichen Grüßen", "Registergericht", "Betreff:", SKIP],
)

# 26 GMX, German, HTML only, numbers out of order
CTX = ("Elbwerk Medien", "Content-Strategin", "Raj Patel", "11:30", "g7x3m1dz")
A = {
    1: ("8", 8),
    2: "Die Präsentation meiner Kampagne kam super an.",
    5: "Viel Strategie, wenig Tagesgeschäft. Passt gut.",
    3: "Bei SEO-Fragen war ich unsicher.",
    8: ("70.000 bis 75.000 € im Jahr", [("70000", "EUR", "year"), ("75000", "EUR", "year")]),
    12: ("am Donnerstag", "2026-12-10"),
    11: ("ja", "yes"),
}
rows = "".join(f"<div>{n}. {text_of(a)}</div>" for n, a in A.items())
html = (
    '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hallo,</div><div>&nbsp;</div>'
    f"{rows}<div>&nbsp;</div><div>LG Maya</div><div>&nbsp;</div>"
    '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5;">'
    '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Montag, 07. Dezember 2026 um 19:00 Uhr<br><b>Von:</b>'
    f'&nbsp;"followupd" &lt;maya+debrief@example.org&gt;<br><b>An:</b>&nbsp;{MAYA}<br><b>Betreff:</b>&nbsp;Debrief'
    '</div><div name="quoted-content">' + debrief_html(*CTX) + "</div></div></div></body></html>"
)
case(
    "gmx_html_de_out_of_order",
    raw=message(
        sent="Mon, 7 Dec 2026 21:20:00 +0100",
        subject=subj(*CTX[:2], CTX[4], "Aw:"),
        mailer="X-UI-Message-Type: mail",
        html=html,
        charset="utf-8",
        cte="quoted-printable",
    ),
    client="GMX",
    language="de",
    day="2026-12-07",
    shape="HTML only, '1.' numbers out of order (5 before 3, 12 before 11), GMX quote div, 'LG' sign-off",
    answers=A,
    forbidden=["LG Maya", "Gesendet:", SKIP],
    free_notes="Hallo,",
)

# 27 Tuta, Finnish, HTML only
CTX = ("Revontuli Oy", "Ohjelmistokehittäjä", "Jane Doe", "13:00", "t1u5t9fi")
A = {
    1: ("7/10", 7),
    2: "Koodaustehtävä meni hyvin.",
    3: "Arkkitehtuurikysymyksissä olisin voinut olla selkeämpi.",
    4: "Haastattelija oli mukava.",
    8: ("Palkasta ei vielä puhuttu.", []),
    11: ("En tiedä", "unsure"),
    12: ("ensi viikon perjantaina", "2026-12-18"),
}
rows = "".join(f'<div dir="auto">{n}. {text_of(a)}</div>' for n, a in A.items())
html = (
    f'<html><body>{rows}<div dir="auto"><br></div><div dir="auto">Terveisin Maya</div><div dir="auto"><br></div>'
    '<div dir="auto">8.12.2026 klo 19.00 followupd &lt;maya+debrief@example.org&gt; kirjoitti:<br></div>'
    '<blockquote class="tutanota_quote">' + debrief_html(*CTX) + "</blockquote></body></html>"
)
case(
    "tuta_fi_html",
    raw=message(
        sent="Tue, 8 Dec 2026 20:00:00 +0200",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Tuta",
        html=html,
        cte="base64",
    ),
    client="Tutanota",
    language="fi",
    day="2026-12-08",
    shape="HTML only '1.' partial, tutanota_quote blockquote",
    answers=A,
    forbidden=["Terveisin Maya", "kirjoitti:"],
)

# 28 Airmail, Danish, '1:' ISO-8859-15 QP
CTX = ("Fjordlys ApS", "Marketingkoordinator", "Raj Patel", "10:00", "d8a2n6mk")
A = {
    1: ("otte", 8),
    2: "Min case om sociale medier.",
    3: "Jeg glemte at spørge til budgettet.",
    4: "God kemi med Raj.",
    5: "Bredt ansvar, tæt på det jeg vil.",
    6: "Lille, flad organisation.",
    8: ("52.000 kr. om måneden", [("52000", "DKK", "month")]),
    11: ("Ja", "yes"),
    12: ("på mandag", "2026-12-14"),
}
body = [
    *numbered(A, "{n}: {t}"),
    "",
    "Mvh Maya",
    "",
    "Den 9. december 2026 kl. 19.00.00, followupd (maya+debrief@example.org) skrev:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "airmail_da_colon",
    raw=message(
        sent="Wed, 9 Dec 2026 21:33:00 +0100",
        subject=subj(*CTX[:2], CTX[4], "Sv:"),
        mailer="X-Mailer: Airmail (681)",
        text="\n".join(body) + "\n",
        charset="iso-8859-15",
        cte="quoted-printable",
    ),
    client="Airmail",
    language="da",
    day="2026-12-09",
    shape="top-posted '1:' with 'Mvh' sign-off",
    answers=A,
    forbidden=["Mvh Maya", "skrev:"],
)

# 29 Spark, Norwegian, answers split by blank lines, a two-paragraph answer
CTX = ("Nordvik Havbruk AS", "Dataingeniør", "Jane Doe", "12:00", "s3n7o1va")
A = {
    1: ("6", 6),
    2: "Python-oppgaven gikk fint.",
    3: "Jeg snublet på spørsmålet om sky-kostnader.",
    7: "Mye reising til anleggene. Jeg spør hvor ofte.",
    11: ("vet ikke", "unsure"),
    12: ("i løpet av neste uke", "2026-12-18"),
}
body = [
    "1. 6",
    "",
    "2. Python-oppgaven gikk fint.",
    "",
    "3. Jeg snublet på spørsmålet om sky-kostnader.",
    "",
    "7. Mye reising til anleggene.",
    "",
    "Jeg spør hvor ofte.",
    "",
    "11. vet ikke",
    "",
    "12. i løpet av neste uke",
    "",
    "Hilsen Maya",
    "",
    "Den 10. des. 2026, 19:00 +0100, skrev followupd <maya+debrief@example.org>:",
    *quote(debrief(*CTX)),
]
case(
    "spark_nb_blank_lines",
    raw=message(
        sent="Thu, 10 Dec 2026 22:02:00 +0100",
        subject=subj(*CTX[:2], CTX[4], "SV:"),
        mailer="X-Mailer: Spark",
        text="\n".join(body) + "\n",
        cte="8bit",
    ),
    client="Spark",
    language="no",
    day="2026-12-10",
    shape="'1.' answers split by blank lines, one answer over two paragraphs, 'Hilsen' sign-off",
    answers=A,
    forbidden=["Hilsen Maya", "skrev followupd"],
)

# 30 Zoho, Turkish, '1-' ISO-8859-9 QP
CTX = ("Boğaziçi Yazılım", "Yazılım Mühendisi", "Raj Patel", "15:00", "z6t2r8kq")
A = {
    1: ("10 üzerinden 7", 7),
    2: "Sistem tasarımı sorusunda iyiydim.",
    3: "Algoritma sorusunda yavaş kaldım.",
    4: "Görüşmeci çok samimiydi.",
    8: ("aylık net 120 bin TL", [("120000", "TRY", "month")]),
    11: ("Evet", "yes"),
    12: ("Çarşamba", "2026-12-16"),
}
body = [
    *numbered(A, "{n}- {t}"),
    "",
    "Saygılarımla,",
    "Maya",
    "",
    "",
    "---- Cum, 11 Ara 2026 19:00:00 +0300 followupd <maya+debrief@example.org> yazdı ----",
    "",
    *quote(debrief(*CTX)),
]
case(
    "zoho_tr_dash",
    raw=message(
        sent="Fri, 11 Dec 2026 21:10:00 +0300",
        subject=subj(*CTX[:2], CTX[4], "Ynt:"),
        mailer="User-Agent: Zoho Mail",
        text="\n".join(body) + "\n",
        charset="iso-8859-9",
        cte="quoted-printable",
    ),
    client="Zoho Mail",
    language="tr",
    day="2026-12-11",
    shape="top-posted '1-' above Zoho's '---- ... yazdı ----'",
    answers=A,
    forbidden=["Saygılarımla", "yazdı"],
)

# 31 eM Client, Romanian, unquoted 'Mesajul original' block
CTX = ("Carpați Tech", "Analist business", "Jane Doe", "11:00", "e5m9c3ro")
A = {
    1: ("8 din 10", 8),
    2: "Studiul de caz despre procese.",
    3: "Am fost prea lungă la prezentare.",
    4: "Foarte bine, o echipă deschisă.",
    5: "Mult contact cu clienții, aproape de ce vreau.",
    8: ("9.000 lei net pe lună", [("9000", "RON", "month")]),
    11: ("Da", "yes"),
    12: ("până vineri", "2026-12-18"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "Cu drag,",
    "Maya",
    "",
    "------ Mesajul original ------",
    'De la: "followupd" <maya+debrief@example.org>',
    f'Către: "Maya Example" <{MAYA}>',
    "Data: 14.12.2026 19:00:00",
    f"Subiect: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
case(
    "emclient_ro_original_message",
    raw=message(
        sent="Mon, 14 Dec 2026 21:40:00 +0200",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: eM_Client/10.1.4588.0",
        text="\n".join(body),
        cte="quoted-printable",
        eol="crlf",
    ),
    client="eM Client",
    language="ro",
    day="2026-12-14",
    shape="top-posted '1.' above eM Client's unquoted 'Mesajul original' block",
    answers=A,
    forbidden=["Cu drag,", "Mesajul original"],
)

# 32 Outlook Android, Hungarian, Feladó/Elküldve, ISO-8859-2 base64
CTX = ("Duna Pénzügy Zrt.", "Pénzügyi elemző", "Raj Patel", "10:30", "h2u6n4ga")
A = {
    1: ("7", 7),
    2: "Az Excel-feladat jól ment.",
    3: "A könyvelési kérdéseknél bizonytalan voltam.",
    4: "Kellemes beszélgetés volt.",
    8: ("bruttó 1,2 millió forint havonta", [("1200000", "HUF", "month")]),
    11: ("Igen", "yes"),
    12: ("csütörtökig", "2026-12-17"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "Az Android Outlook letöltése",
    "________________________________",
    f"Feladó: {BOT}",
    "Elküldve: 2026. december 15., kedd 19:00",
    f"Címzett: Maya Example <{MAYA}>",
    f"Tárgy: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
case(
    "outlook_android_hu_felado",
    raw=message(
        sent="Tue, 15 Dec 2026 20:20:00 +0100",
        subject=subj(*CTX[:2], CTX[4], "Vá:"),
        mailer="X-Mailer: Outlook for Android",
        text="\n".join(body),
        charset="iso-8859-2",
        cte="base64",
    ),
    client="Outlook Android",
    language="hu",
    day="2026-12-15",
    shape="top-posted '1.' above a Hungarian Outlook footer and Feladó/Elküldve block",
    answers=A,
    forbidden=["Outlook letöltése", "Elküldve:"],
)

# 33 Gmail web in Vietnamese, English answers, '1 )'
CTX = ("Lotus Commerce", "Growth Marketer", "Jane Doe", "14:30", "v4n8g2wm")
A = {
    1: ("7 out of 10", 7),
    2: "The funnel analysis task.",
    3: "Paid social budgets, I had no numbers ready.",
    4: "Friendly, easy to talk to.",
    5: "Lots of experiments, close to what I want.",
    8: ("Not discussed yet.", []),
    11: ("Yes", "yes"),
    12: ("before Christmas", "2026-12-24"),
}
body = [
    *numbered(A, "{n} ) {t}"),
    "",
    "Vào Th 4, 16 thg 12, 2026 vào lúc 19:00 followupd <maya+debrief@example.org> đã viết:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "gmail_web_vi_client_en",
    raw=message(
        sent="Wed, 16 Dec 2026 21:05:00 +0700",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="",
        text="\n".join(body) + "\n",
        cte="base64",
    ),
    client="Gmail web",
    language="en",
    day="2026-12-16",
    shape="English answers '1 )' under a Vietnamese Gmail attribution ('đã viết:')",
    answers=A,
    forbidden=["đã viết:", SKIP],
)

# 34 Gmail Android in Thai, English answers, '1:'
CTX = ("Siam Freight", "Operations Analyst", "Raj Patel", "11:00", "t7h1a5ib")
A = {
    1: ("8/10", 8),
    2: "Route optimisation case went really well.",
    3: "Didn't know their WMS. Will read up.",
    4: "Raj was great 🙂",
    8: ("THB 95,000/month", [("95000", "THB", "month")]),
    11: ("Yes 👍", "yes"),
    12: ("Tuesday", "2026-12-22"),
}
body = [
    *numbered(A, "{n}: {t}"),
    "",
    "เมื่อ พฤ. 17 ธ.ค. 2026 19:00 followupd <maya+debrief@example.org> เขียนว่า:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "gmail_android_th_client_en_emoji",
    raw=message(
        sent="Thu, 17 Dec 2026 20:44:00 +0700",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="",
        text="\n".join(body) + "\n",
        cte="quoted-printable",
    ),
    client="Gmail Android",
    language="en",
    day="2026-12-17",
    shape="English answers '1:' with emoji under a Thai Gmail attribution ('เขียนว่า:')",
    answers=A,
    forbidden=["เขียนว่า:", SKIP],
)

# 35 Gmail Android in Hindi, English answers, 'Q1 -' partial
CTX = ("Indus Cloudworks", "DevOps Engineer", "Jane Doe", "12:00", "i3n9d6hx")
A = {
    1: ("7", 7),
    2: "Terraform and CI questions.",
    8: ("₹32 lakh per year", [("3200000", "INR", "year")]),
    11: ("Yes", "yes"),
    12: ("in two weeks", "2027-01-01"),
}
body = [
    *numbered(A, "Q{n} - {t}"),
    "",
    "शुक्र, 18 दिस॰ 2026, 7:00 pm को followupd <maya+debrief@example.org> ने लिखा:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "gmail_android_hi_client_en",
    raw=message(
        sent="Fri, 18 Dec 2026 21:30:00 +0530",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="",
        text="\n".join(body) + "\n",
        cte="base64",
    ),
    client="Gmail Android",
    language="en",
    day="2026-12-18",
    shape="English 'Q1 -' partial under a Hindi Gmail attribution ('ने लिखा:'), lakh amount",
    answers=A,
    forbidden=["ने लिखा:", SKIP],
)

# 36 Outlook desktop, Indonesian, Dari/Dikirim block
CTX = ("Nusantara Digital", "Analis Data", "Raj Patel", "14:00", "n6u2s8id")
A = {
    1: ("8 dari 10", 8),
    2: "Studi kasus SQL berjalan lancar.",
    3: "Pertanyaan tentang machine learning kurang saya kuasai.",
    4: "Pewawancaranya ramah.",
    5: "Peran yang cocok dengan yang saya cari.",
    8: ("Rp 25 juta per bulan", [("25000000", "IDR", "month")]),
    11: ("Ya", "yes"),
    12: ("Jumat", "2026-11-13"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "Salam,",
    "Maya",
    "",
    "________________________________",
    f"Dari: {BOT}",
    "Dikirim: Rabu, 11 November 2026 19.00",
    f"Kepada: Maya Example <{MAYA}>",
    f"Perihal: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
    *debrief(*CTX),
]
case(
    "outlook_win_id_dari",
    raw=message(
        sent="Wed, 11 Nov 2026 20:50:00 +0700",
        subject=subj(*CTX[:2], CTX[4], "RE:"),
        mailer="X-Mailer: Microsoft Outlook 16.0",
        text="\n".join(body),
        charset="us-ascii",
        cte="7bit",
        eol="crlf",
    ),
    client="Outlook desktop (Windows)",
    language="id",
    day="2026-11-11",
    shape="top-posted '1.' above an Indonesian Dari/Dikirim block",
    answers=A,
    forbidden=["Salam,", "Dikirim:"],
)

# 37 Evolution, Greek, ISO-8859-7 QP
CTX = ("Αιγαίο Data", "Αναλύτρια δεδομένων", "Jane Doe", "13:00", "e2l7v4gr")
A = {
    1: ("8/10", 8),
    2: "Η άσκηση SQL πήγε πολύ καλά.",
    3: "Στις ερωτήσεις για στατιστική δίστασα.",
    4: "Πολύ ευχάριστη συζήτηση.",
    8: ("2.500 ευρώ μικτά τον μήνα", [("2500", "EUR", "month")]),
    11: ("Ναι", "yes"),
    12: ("την Παρασκευή", "2026-11-13"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "Στις Τρι, 2026-11-10 στις 19:00 +0200, ο/η followupd έγραψε:",
    *quote(debrief(*CTX)),
]
case(
    "evolution_el_numbered",
    raw=message(
        sent="Tue, 10 Nov 2026 21:00:00 +0200",
        subject=subj(*CTX[:2], CTX[4], "Απ:"),
        mailer="X-Mailer: Evolution 3.54.1",
        text="\n".join(body) + "\n",
        charset="iso-8859-7",
        cte="quoted-printable",
    ),
    client="Evolution",
    language="el",
    day="2026-11-10",
    shape="top-posted '1.' under a Greek Evolution attribution",
    answers=A,
    forbidden=["έγραψε:", SKIP],
)

# 38 Claws Mail, English, free text only
CTX = ("Meridian Books", "Editorial Assistant", "Raj Patel", "10:00", "c8l3w5fr")
NOTE = (
    "Short version: it was fine but I don't think the team is for me. Lots of talk about long hours. "
    "I'll write more when I've slept on it."
)
body = [
    NOTE,
    "",
    "Maya",
    "",
    "On Thu, 26 Nov 2026 19:00:00 +0000",
    "followupd <maya+debrief@example.org> wrote:",
    *quote(debrief(*CTX)),
]
case(
    "claws_en_free_text",
    raw=message(
        sent="Thu, 26 Nov 2026 23:11:00 +0000",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)",
        text="\n".join(body) + "\n",
        cte="7bit",
    ),
    client="Claws Mail",
    language="en",
    day="2026-11-26",
    shape="free text only, wrapped attribution",
    answers={},
    forbidden=["wrote:", SKIP],
    free_notes=NOTE,
)

# 39 Gmail web, English, answer-then-forward of the recruiter's mail
CTX = ("Fabrikam Energy", "Data Scientist", "Jane Doe", "15:00", "g2f6w1dq")
A = {
    1: ("7/10", 7),
    2: "Forecasting case, they liked my approach.",
    3: "Deep learning questions, not my strength.",
    8: ("€60k–€65k", [("60000", "EUR", None), ("65000", "EUR", None)]),
    11: ("Yes", "yes"),
    12: ("Friday", "2026-12-04"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "Recruiter's note below for the record.",
    "",
    "---------- Forwarded message ---------",
    "From: Jane Doe <jane.doe@fabrikam.example>",
    "Date: Tue, Dec 1, 2026 at 5:12 PM",
    "Subject: Thank you for today",
    f"To: Maya Example <{MAYA}>",
    "",
    "Hi Maya, thanks for coming in today. We'll be in touch by Friday. The range for the role is €60k–€65k.",
    "Best, Jane",
    "",
    "On Tue, Dec 1, 2026 at 7:00\u202fPM followupd <maya+debrief@example.org> wrote:",
    "",
    *quote(debrief(*CTX)),
]
case(
    "gmail_web_en_answer_then_forward",
    raw=message(
        sent="Tue, 1 Dec 2026 21:02:00 +0100",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="",
        text="\n".join(body) + "\n",
        cte="quoted-printable",
    ),
    client="Gmail web",
    language="en",
    day="2026-12-01",
    shape="top-posted '1.' then a forwarded recruiter message, then the quoted debrief",
    answers=A,
    forbidden=["Forwarded message", "thanks for coming in today", "Best, Jane"],
    free_notes="Recruiter's note below for the record.",
)

# 40 Naver, Korean, partial, '-----Original Message-----'
CTX = ("누리랩", "프로덕트 매니저", "Raj Patel", "10:00", "n5v1r7kr")
A = {
    1: ("8/10", 8),
    2: "제품 전략 질문에 자신 있게 답했어요.",
    11: ("잘 모르겠어요", "unsure"),
    12: ("이번 주 금요일", "2026-12-11"),
}
body = [
    *numbered(A, "{n}. {t}"),
    "",
    "",
    "-----Original Message-----",
    'From: "followupd"<maya+debrief@example.org>',
    f'To: "Maya"<{MAYA}>;',
    "Cc:",
    "Sent: 2026-12-08 (화) 19:00:00 (GMT+09:00)",
    "Subject: Debrief: 누리랩, 프로덕트 매니저 [fu-n5v1r7kr]",
    "",
    *debrief(*CTX),
]
case(
    "naver_ko_partial",
    raw=message(
        sent="Tue, 8 Dec 2026 22:15:00 +0900",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Naver Mail",
        text="\n".join(body),
        cte="base64",
    ),
    client="Naver Mail",
    language="ko",
    day="2026-12-08",
    shape="partial '1.' above Naver's Original Message block",
    answers=A,
    forbidden=["-----Original Message-----", SKIP],
)

# 41 Outlook web, English, HTML only (divRplyFwdMsg), non-breaking spaces
CTX = ("Northwind Traders", "Senior Backend Engineer", "Jane Doe and Raj Patel", "16:30", "o9w3h7ne")
A = {
    1: ("7", 7),
    2: "System design: I drove the conversation and kept it concrete.",
    3: "The live coding; I missed an edge case until Raj pointed at it.",
    4: "Good. Both were engaged, Raj especially.",
    5: "Payments platform, Go and Postgres. Close to ideal.",
    6: "Engineering-led, sensible on-call.",
    7: "Hybrid policy is vague. I'll ask for it in writing.",
    8: ("$120,000-$130,000 base", [("120000", "USD", None), ("130000", "USD", None)]),
    9: "Better scope than now.",
    10: "On par with the other final round.",
    11: ("Yes", "yes"),
    12: ("Wednesday next week", "2026-12-23"),
}
rows = "".join(
    f'<div style="font-family: Aptos, sans-serif; font-size: 12pt;">{n}.&nbsp;{text_of(a)}</div>'
    for n, a in A.items()
)
html = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
    f'{rows}<div><br></div><div>Maya</div><div id="appendonsend"></div>'
    '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
    '<font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> followupd &lt;maya+debrief@example.org&gt;'
    f"<br><b>Sent:</b> Monday, December 14, 2026 7:00 PM<br><b>To:</b> Maya Example &lt;{MAYA}&gt;<br>"
    "<b>Subject:</b> Debrief</font><div>&nbsp;</div></div>" + debrief_html(*CTX) + "</body></html>"
)
case(
    "outlook_web_en_html_only",
    raw=message(
        sent="Mon, 14 Dec 2026 23:05:00 +0000",
        subject=subj(*CTX[:2], CTX[4], "RE:"),
        mailer="X-MS-Exchange-Organization-SCL: -1",
        html=html,
        cte="quoted-printable",
        eol="crlf",
    ),
    client="Outlook web",
    language="en",
    day="2026-12-14",
    shape="HTML only, '1.&nbsp;' answers above Outlook web's divRplyFwdMsg history",
    answers=A,
    forbidden=["Sent:", SKIP],
)

# 42 Outlook desktop, English, answers typed under the unquoted questions of the history
CTX = ("Contoso Pharma", "Clinical Data Manager", "Raj Patel", "11:00", "c1o5p9ph")
A = {
    1: ("8", 8),
    2: "CDISC standards, I was on home ground.",
    4: "Raj was lovely. Yes.",
    11: ("Yes", "yes"),
    12: ("by the 18th", "2026-12-18"),
}
body = [
    "Answers below, under each question.",
    "",
    "Maya",
    "",
    "From: followupd <maya+debrief@example.org>",
    "Sent: Tuesday, December 15, 2026 7:00 PM",
    f"To: Maya Example <{MAYA}>",
    f"Subject: {subj(*CTX[:2], CTX[4], '')[1:]}",
    "",
]
for line in debrief(*CTX):
    body.append(line)
    head = line.split(". ", 1)[0]
    if head.isdigit() and int(head) in A and line == f"{head}. {QUESTIONS[int(head) - 1]}":
        body += [text_of(A[int(head)])]
case(
    "outlook_win_en_answers_in_history",
    raw=message(
        sent="Tue, 15 Dec 2026 22:10:00 +0000",
        subject=subj(*CTX[:2], CTX[4], "RE:"),
        mailer="X-Mailer: Microsoft Outlook 16.0",
        text="\n".join(body),
        charset="windows-1252",
        cte="quoted-printable",
        eol="crlf",
    ),
    client="Outlook desktop (Windows)",
    language="en",
    day="2026-12-15",
    shape="answers typed under the unquoted questions below a From/Sent block",
    answers=A,
    forbidden=["Sent: Tuesday", SKIP],
    free_notes="Answers below, under each question.",
)

# 43 Apple Mail macOS, European Portuguese, HTML only, blockquote type=cite, '1 -'
CTX = ("Tejo Software", "Gestora de produto", "Jane Doe", "15:00", "a6t2j8pt")
A = {
    1: ("7 em 10", 7),
    2: "A apresentação do roadmap correu muito bem.",
    3: "Fiquei nervosa com as perguntas de métricas.",
    4: "Gostei muito da Jane.",
    8: ("2.300 € líquidos por mês", [("2300", "EUR", "month")]),
    11: ("Sim", "yes"),
    12: ("até ao fim da próxima semana", "2026-12-04"),
}
rows = "".join(f"<div>{n} - {text_of(a)}</div>" for n, a in A.items())
html = (
    '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
    f'{rows}<div><br></div><div>Beijinhos,</div><div>Maya</div><div><br><blockquote type="cite">'
    "A 24/11/2026, às 19:00, followupd &lt;maya+debrief@example.org&gt; escreveu:<br><br></blockquote></div>"
    '<blockquote type="cite">' + debrief_html(*CTX) + "</blockquote></body></html>"
)
case(
    "apple_mac_html_ptpt",
    raw=message(
        sent="Tue, 24 Nov 2026 22:00:00 +0000",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Apple Mail (2.3826.300.87.4.3)",
        html=html,
        cte="quoted-printable",
    ),
    client="Apple Mail macOS",
    language="pt",
    day="2026-11-24",
    shape="HTML only, '1 -' answers, sign-off without '-- ', blockquote type=cite",
    answers=A,
    forbidden=["Beijinhos", "escreveu:"],
)

# 44 Thunderbird HTML, French client, English answers, number on its own line
CTX = ("Lyonnaise de Logiciels", "Technical Writer", "Raj Patel", "14:00", "t4f8l2wr")
A = {
    1: ("8", 8),
    2: "The writing test; they said it was the best they had.",
    3: "API reference tooling, I only knew one of them.",
    5: "Docs-as-code, close to what I want.",
    11: ("Yes", "yes"),
    12: ("Wednesday the 9th", "2026-12-09"),
}
rows = "".join(f"<p>{n}<br>{text_of(a)}</p>" for n, a in A.items())
html = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
    f'{rows}<p>Maya</p><div class="moz-cite-prefix">Le 03/12/2026 à 19:00, followupd a écrit&nbsp;:<br></div>'
    '<blockquote type="cite" cite="mid:debrief@example.org">'
    + debrief_html(*CTX)
    + "</blockquote></body></html>"
)
case(
    "thunderbird_html_fr_client_en_number_own_line",
    raw=message(
        sent="Thu, 3 Dec 2026 21:45:00 +0100",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="User-Agent: Mozilla Thunderbird",
        html=html,
        cte="8bit",
    ),
    client="Thunderbird",
    language="en",
    day="2026-12-03",
    shape="HTML only, English answers with the number on its own line, French moz-cite-prefix",
    answers=A,
    forbidden=["a écrit", SKIP],
)

# 45 Web.de, German, plain text 'Frage 1:', Gesendet block
CTX = ("Alpenblick Consulting", "Freelance SAP-Beraterin", "Jane Doe", "10:00", "w3d7e1bb")
A = {
    1: ("7,5", 7.5),
    2: "Meine Projekterfahrung mit S/4HANA.",
    3: "Zu wenig Fragen zum Projektumfang gestellt.",
    7: "Vertrag nur drei Monate. Verlängerung ansprechen.",
    8: ("Stundensatz 85 €", [("85", "EUR", "hour")]),
    11: ("Nein", "no"),
    12: ("Anfang nächster Woche", "2026-11-24"),
}
body = [
    *numbered(A, "Frage {n}: {t}"),
    "",
    "Gruß Maya",
    "",
    "",
    "Gesendet: Donnerstag, 19. November 2026 um 19:00 Uhr",
    'Von: "followupd" <maya+debrief@example.org>',
    f"An: {MAYA}",
    f"Betreff: {subj(*CTX[:2], CTX[4], '')[1:]}",
    *debrief(*CTX),
]
case(
    "webde_de_frage",
    raw=message(
        sent="Thu, 19 Nov 2026 20:30:00 +0100",
        subject=subj(*CTX[:2], CTX[4], "Aw:"),
        mailer="X-UI-Message-Type: mail",
        text="\n".join(body),
        charset="iso-8859-15",
        cte="quoted-printable",
    ),
    client="Web.de",
    language="de",
    day="2026-11-19",
    shape="'Frage 1:' above Web.de's unquoted Gesendet block",
    answers=A,
    forbidden=["Gruß Maya", "Gesendet:"],
)

# 46 Mailspring, English, '1 -' with smart quotes, out of order, partial
CTX = ("Vantage Studio", "UX Researcher", "Jane Doe", "13:00", "m8s4p6ux")
A = {
    1: ("six", 6),
    2: "The “research plan” exercise – they liked how I scoped it.",
    4: "Jane was kind but distracted.",
    3: "I didn’t ask about their research ops at all.",
    8: ("$45 an hour", [("45", "USD", "hour")]),
    12: ("the 15th", "2026-12-15"),
}
body = [
    *numbered(A, "{n} - {t}"),
    "",
    "Cheers,",
    "Maya",
    "",
    "On Thu, Dec 10 2026, at 7:00 pm, followupd <maya+debrief@example.org> wrote:",
    *quote(debrief(*CTX)),
]
case(
    "mailspring_en_smart_quotes",
    raw=message(
        sent="Thu, 10 Dec 2026 23:00:00 +0000",
        subject=subj(*CTX[:2], CTX[4]),
        mailer="X-Mailer: Mailspring",
        text="\n".join(body) + "\n",
        cte="8bit",
    ),
    client="Mailspring",
    language="en",
    day="2026-12-10",
    shape="'1 -' with smart quotes and an en dash, 4 before 3, partial",
    answers=A,
    forbidden=["Cheers,", "wrote:"],
)


def main() -> None:
    for path in HERE.glob("*.eml"):
        path.unlink()
    for path in HERE.glob("*.expected.json"):
        path.unlink()
    for item in CASES:
        (HERE / f"{item['name']}.eml").write_bytes(item["raw"])
        text = json.dumps(item["expected"], ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{item['name']}.expected.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
