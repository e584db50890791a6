"""Writes eval19, a held-out set of replies to a followupd debrief; running it again rewrites the same bytes."""

from __future__ import annotations

import base64
import json
import quopri
from email.header import Header
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BOT = "followupd@example.test"
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
Item = tuple[str, str, Any]


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, Any]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts], "text": text}


def debrief(company: str, role: str, people: str, token: str) -> list[str]:
    """The debrief as the user received it (text part)."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} (with {people}) ended at 17:30.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: https://fu.example.test/form/{token}',
        "(The form works while followupd runs; a reply works any time.)",
        "",
    ]
    for n, (_, text) in enumerate(QUESTIONS, start=1):
        lines += [f"{n}. {text}", ""]
    return [
        *lines,
        "Skip anything you like; a later reply fills in or replaces single answers.",
        "-- ",
        "followupd",
    ]


def quote(lines: list[str], prefix: str = "> ") -> list[str]:
    return [(prefix + line).rstrip() if line else prefix.rstrip() for line in lines]


def numbered(items: list[Item], fmt: str = "{n}. {t}", sep: str = "\n") -> str:
    return sep.join(fmt.format(n=NUMBER[qid], t=text) for qid, text, _ in items)


def under_questions(d: list[str], items: list[Item], prefix: str = "> ") -> list[str]:
    """The debrief (quoted with prefix, or unquoted with "") with each answer typed under its question."""
    by_n = {NUMBER[qid]: text for qid, text, _ in items}
    out: list[str] = []
    for line in d:
        out += quote([line], prefix) if prefix else [line]
        head = line.split(".", 1)[0]
        if head.isdigit() and int(head) in by_n and line[len(head) + 1 :].strip() in dict(QUESTIONS).values():
            out += ["", by_n[int(head)]]
    return out


def html_of(text: str) -> str:
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "\n".join(f"<div>{line or '<br>'}</div>" for line in esc.split("\n"))


def encode(text: str, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def part(subtype: str, text: str, charset: str, cte: str) -> bytes:
    head = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + encode(text, charset, cte)


def write(
    name: str,
    *,
    client: str,
    language: str,
    day: str,
    shape: str,
    subject: str,
    sent: str,
    items: list[Item],
    text: str | None = None,
    html: str | None = None,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    crlf: bool = False,
    own: str = "maya@example.test",
    sender: str = "Maya Example",
    mailer: str = "",
    forbidden: tuple[str, ...] = (),
    free_notes: str = "",
) -> None:
    headers = [
        f"From: {sender} <{own}>",
        f"To: followupd <{BOT}>",
        f"Subject: {Header(subject, 'utf-8').encode() if not subject.isascii() else subject}",
        f"Date: {sent}",
        f"Message-ID: <{name}.{day}@mail.example>",
        f"In-Reply-To: <debrief.{day}@fu.example.test>",
        "MIME-Version: 1.0",
    ]
    if mailer:
        headers.append(mailer)
    head = ("\n".join(headers) + "\n").encode("ascii")
    if text is not None and html is not None:
        boundary = f"----=_Part_{name}"
        body = (
            f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n--{boundary}\n'.encode("ascii")
            + part("plain", text, charset, cte)
            + f"\n--{boundary}\n".encode("ascii")
            + part("html", html, charset, cte)
            + f"\n--{boundary}--\n".encode("ascii")
        )
    else:
        body = part("plain" if html is None else "html", text if html is None else html, charset, cte)
    raw = head + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    (HERE / f"{name}.eml").write_bytes(raw)
    expected = {
        "client": client,
        "language": language,
        "interview_date": day,
        "own_addresses": [own],
        "shape": shape,
        "free_notes": free_notes,
        "answers": {qid: {"text": t, "value": v} for qid, t, v in items},
        "forbidden": list(forbidden),
    }
    (HERE / f"{name}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def subject(prefix: str, company: str, role: str, token: str) -> str:
    return f"{prefix} Debrief: {company}, {role} [fu-{token}]"


def j(*lines: str) -> str:
    return "\n".join(lines)


def c01() -> None:
    d = debrief("Hartmann Logistik GmbH", "Senior Data Analyst", "Jane Doe", "h7k2m9qa")
    items: list[Item] = [
        ("rating", "7/10", 7),
        ("went_well", "Die SQL-Aufgabe lief richtig gut, da war ich am stärksten.", None),
        ("went_badly", "Bei der Frage nach Stakeholder-Konflikten bin ich ins Schwimmen geraten.", None),
        ("rapport", "Frau Doe war sehr angenehm, ja, mit ihr könnte ich gut arbeiten.", None),
        ("money", "65.000 € brutto im Jahr", money("65.000 € brutto im Jahr", ("65000", "EUR", "year"))),
        ("want_job", "Ja", "yes"),
        ("hear_back", "Ende nächster Woche", "2026-11-13"),
    ]
    text = j(
        numbered(items),
        "",
        "Viele Grüße",
        "Maya Example",
        "Senior Data Analyst | Nordlicht Analytics",
        "Tel. +49 30 1234567",
        "www.nordlicht.example",
        "",
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,",
        "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
        "",
        "Von: followupd <followupd@example.test>",
        "Gesendet: Donnerstag, 5. November 2026 19:02",
        "An: Maya Example <maya@example.test>",
        "Betreff: Debrief: Hartmann Logistik GmbH, Senior Data Analyst [fu-h7k2m9qa]",
        "",
        *d,
    )
    write(
        "c01_outlook_win_de",
        client="Outlook desktop Windows (de)",
        language="de",
        day="2026-11-05",
        shape="top-posted numbered, sign-off with title, phone, web and disclaimer, unquoted Von/Gesendet history",
        subject=subject("AW:", "Hartmann Logistik GmbH", "Senior Data Analyst", "h7k2m9qa"),
        sent="Thu, 05 Nov 2026 21:14:03 +0100",
        items=items,
        text=text,
        charset="windows-1252",
        crlf=True,
        mailer="X-Mailer: Microsoft Outlook 16.0",
        forbidden=(
            "Maya Example",
            "Tel. +49 30 1234567",
            "vertrauliche Informationen",
            "Where were you strongest",
        ),
    )


def c02() -> None:
    d = debrief("Maison Verlaine", "Cheffe de projet digital", "Raj Patel", "p3v8w2rd")
    items: list[Item] = [
        ("rating", "8 sur 10", 8),
        ("went_well", "Ma présentation du cas client, claire et dans les temps.", None),
        ("company", "Une boîte à taille humaine, avec de vrais projets culturels.", None),
        (
            "money",
            "55 k€ bruts annuels, plus une prime",
            money("55 k€ bruts annuels, plus une prime", ("55000", "EUR", "year")),
        ),
        ("want_job", "Oui", "yes"),
        ("hear_back", "d'ici vendredi 20 novembre", "2026-11-20"),
    ]
    text = j(
        numbered(items, "{n}) {t}"),
        "",
        "Cordialement,",
        "Maya",
        "",
        "De : followupd <followupd@example.test>",
        "Date : mardi 10 novembre 2026 à 19:05",
        "À : Maya Example <maya@example.test>",
        "Objet : Debrief: Maison Verlaine, Cheffe de projet digital [fu-p3v8w2rd]",
        "",
        *d,
    )
    write(
        "c02_outlook_mac_fr",
        client="Outlook for Mac (fr)",
        language="fr",
        day="2026-11-10",
        shape="top-posted numbered 1), partial, sign-off without dashes, unquoted De/Date history",
        subject=subject("Re :", "Maison Verlaine", "Cheffe de projet digital", "p3v8w2rd"),
        sent="Tue, 10 Nov 2026 22:41:19 +0100",
        items=items,
        text=text,
        mailer="User-Agent: Microsoft-MacOutlook/16.91.26111012",
        forbidden=("Cordialement", "What money was discussed?"),
    )


def c03() -> None:
    d = debrief("Grupo Albarracín", "Analista de riesgos", "Jane Doe", "a4r9t6yz")
    items: list[Item] = [
        ("rating", "Un siete", 7),
        ("went_well", "Las preguntas técnicas sobre modelos de scoring.", None),
        ("went_badly", "Me puse nerviosa con la parte en inglés; la próxima vez la preparo mejor.", None),
        ("role", "Es bastante analítico, justo lo que busco.", None),
        ("reservations", "Tres días de oficina en Alcobendas, lejos de casa. Lo hablaría con RR. HH.", None),
        (
            "money",
            "Entre 40.000 y 45.000 euros brutos al año",
            money(
                "Entre 40.000 y 45.000 euros brutos al año",
                ("40000", "EUR", "year"),
                ("45000", "EUR", "year"),
            ),
        ),
        ("want_job", "No estoy segura", "unsure"),
        ("hear_back", "La semana que viene", "2026-11-27"),
    ]
    text = j(
        numbered(items, "{n}.- {t}"),
        "",
        "Un saludo,",
        "Maya",
        "",
        "________________________________",
        "De: followupd <followupd@example.test>",
        "Enviado el: lunes, 16 de noviembre de 2026 19:00",
        "Para: Maya Example <maya@example.test>",
        "Asunto: Debrief: Grupo Albarracín, Analista de riesgos [fu-a4r9t6yz]",
        "",
        *d,
    )
    write(
        "c03_outlook_win_es",
        client="Outlook desktop Windows (es)",
        language="es",
        day="2026-11-16",
        shape="top-posted numbered 1.-, unquoted De/Enviado el history",
        subject=subject("RE:", "Grupo Albarracín", "Analista de riesgos", "a4r9t6yz"),
        sent="Mon, 16 Nov 2026 20:33:51 +0100",
        items=items,
        text=text,
        charset="iso-8859-1",
        crlf=True,
        forbidden=("Un saludo", "Skip anything you like"),
    )


def c04() -> None:
    d = debrief("Van Leeuwen Bouw", "Projectcontroller", "Raj Patel", "v2l5b8cq")
    items: list[Item] = [
        ("rating", "6", 6),
        ("went_badly", "De casus over de begroting, ik miste een paar posten.", None),
        ("want_job", "Weet ik nog niet", "unsure"),
        ("hear_back", "Volgende week dinsdag", "2026-11-24"),
    ]
    text = j(
        numbered(items, "{n} - {t}"),
        "",
        "Verzonden vanuit Outlook voor iOS",
        "________________________________",
        "Van: followupd <followupd@example.test>",
        "Verzonden: woensdag, november 18, 2026 7:04 PM",
        "Aan: Maya Example <maya@example.test>",
        "Onderwerp: Debrief: Van Leeuwen Bouw, Projectcontroller [fu-v2l5b8cq]",
        "",
        *d,
    )
    write(
        "c04_outlook_ios_nl",
        client="Outlook iOS (nl)",
        language="nl",
        day="2026-11-18",
        shape="partial top-posted numbered 1 -, Dutch mobile footer, unquoted Van/Verzonden history",
        subject=subject("RE:", "Van Leeuwen Bouw", "Projectcontroller", "v2l5b8cq"),
        sent="Wed, 18 Nov 2026 21:02:44 +0100",
        items=items,
        text=text,
        cte="base64",
        forbidden=("Verzonden vanuit Outlook", "Projectcontroller [fu-"),
    )


def c05() -> None:
    d = debrief("星河科技", "数据产品经理", "Jane Doe", "x5h1k7mn")
    items: list[Item] = [
        ("rating", "8分", 8),
        ("went_well", "产品案例分析讲得很清楚，面试官也一直点头。", None),
        ("went_badly", "SQL 题写得有点慢，下次要多练习。", None),
        ("rapport", "聊得很愉快，感觉可以一起共事。", None),
        ("money", "年薪40万人民币左右", money("年薪40万人民币左右", ("400000", "CNY", "year"))),
        ("want_job", "想要", "yes"),
        ("hear_back", "下周三", "2026-11-25"),
    ]
    text = j(
        numbered(items),
        "",
        "获取 Android 版 Outlook",
        "________________________________",
        "发件人: followupd <followupd@example.test>",
        "发送时间: 2026年11月20日 19:03",
        "收件人: Maya Example <maya@example.test>",
        "主题: Debrief: 星河科技, 数据产品经理 [fu-x5h1k7mn]",
        "",
        *d,
    )
    write(
        "c05_outlook_android_zh",
        client="Outlook Android (zh)",
        language="zh",
        day="2026-11-20",
        shape="top-posted numbered, Chinese mobile footer, unquoted 发件人/发送时间 history",
        subject=subject("回复:", "星河科技", "数据产品经理", "x5h1k7mn"),
        sent="Fri, 20 Nov 2026 20:15:09 +0800",
        items=items,
        text=text,
        cte="base64",
        forbidden=("获取 Android 版 Outlook", "fu.example.test/form"),
    )


def c06() -> None:
    d = debrief("Brightwell Health", "Staff Software Engineer", "Jane Doe and Raj Patel", "b8w3h6el")
    items: list[Item] = [
        ("rating", "7", 7),
        ("went_well", "System design. I drove the whole session and they mostly asked follow-ups.", None),
        ("went_badly", "The behavioural round felt rushed; I'd use shorter STAR stories next time.", None),
        ("rapport", "Raj was great. Jane was harder to read but fair.", None),
        ("role", "Platform work, lots of ownership, very close to what I want.", None),
        ("company", "Mission is real and the eng blog is honest about their mistakes.", None),
        ("reservations", "On-call looks heavy. I'll ask for the rotation numbers.", None),
        (
            "money",
            "$150k base, equity not discussed",
            money("$150k base, equity not discussed", ("150000", "USD", None)),
        ),
        ("vs_current", "Better scope, slightly more pay, longer commute.", None),
        ("vs_others", "Ahead of the fintech one, behind nothing so far.", None),
        ("want_job", "Yes", "yes"),
        ("hear_back", "Thursday the 12th", "2026-11-12"),
    ]
    attribution = ["On Mon, Nov 2, 2026 at 7:01 PM followupd <followupd@example.test>", "wrote:"]
    text = j(numbered(items), "", "Maya", "", *attribution, "", *quote(d))
    html = (
        '<div dir="ltr">'
        + "".join(f"<div>{NUMBER[q]}. {t}</div>" for q, t, _ in items).replace("&", "&amp;")
        + "<div><br></div><div>Maya</div></div><br>"
        + '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 2, 2026 at 7:01 PM followupd &lt;'
        + '<a href="mailto:followupd@example.test">followupd@example.test</a>&gt; wrote:<br></div>'
        + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        + 'padding-left:1ex">'
        + html_of(j(*d))
        + "</blockquote></div>\n"
    )
    write(
        "c06_gmail_web_en",
        client="Gmail web",
        language="en",
        day="2026-11-02",
        shape="top-posted numbered, all twelve, attribution wrapped over two lines, multipart with gmail_quote",
        subject=subject("Re:", "Brightwell Health", "Staff Software Engineer", "b8w3h6el"),
        sent="Mon, 2 Nov 2026 21:48:12 -0500",
        items=items,
        text=text,
        html=html,
        forbidden=("wrote:", "followupd@example.test", "Rate your overall performance"),
    )


def c07() -> None:
    d = debrief("Quarry Lane Books", "Operations Lead", "Raj Patel", "q1l4b7ok")
    items: list[Item] = [
        ("rating", "8", 8),
        ("went_well", "Talking through how I fixed the returns backlog at my current place", None),
        (
            "money",
            "Nothing yet, they said the range comes with the offer",
            money("Nothing yet, they said the range comes with the offer"),
        ),
        ("want_job", "Yes", "yes"),
    ]
    text = j(
        numbered(items, "{n}: {t}"),
        "",
        "On Tue, 3 Nov 2026, 19:02 followupd, <followupd@example.test> wrote:",
        "",
        *quote(d),
    )
    write(
        "c07_gmail_android_en",
        client="Gmail Android",
        language="en",
        day="2026-11-03",
        shape="partial top-posted numbered 1:, short last answer Yes, > quoted history",
        subject=subject("Re:", "Quarry Lane Books", "Operations Lead", "q1l4b7ok"),
        sent="Tue, 3 Nov 2026 20:10:31 +0000",
        items=items,
        text=text,
        html=None,
        cte="7bit",
        forbidden=("wrote:", "What went well?"),
    )


def c08() -> None:
    d = debrief("Oakridge Energy", "Field Service Manager", "Jane Doe", "o6r2e9fs")
    items: list[Item] = [
        ("rating", "Solid 8", 8),
        ("went_well", "The safety scenario questions. I had real stories for each one.", None),
        ("rapport", "Good. Jane laughed at my bad joke, which helped.", None),
        ("role", "Half office, half on site. That's what I've been after.", None),
        ("reservations", "Company van policy is unclear, will ask HR.", None),
        ("money", "£52k plus car allowance", money("£52k plus car allowance", ("52000", "GBP", None))),
        ("want_job", "Yes", "yes"),
        ("hear_back", "End of next week", "2026-11-13"),
    ]
    text = j(
        "On Wed, 4 Nov 2026 at 19:01, followupd <followupd@example.test> wrote:",
        "",
        *under_questions(d, items),
    )
    write(
        "c08_gmail_ios_en",
        client="Gmail iOS",
        language="en",
        day="2026-11-04",
        shape="inline under > quoted questions, unanswered ones left quoted",
        subject=subject("Re:", "Oakridge Energy", "Field Service Manager", "o6r2e9fs"),
        sent="Wed, 4 Nov 2026 19:58:40 +0000",
        items=items,
        text=text,
        forbidden=("What didn't go so well?", "Skip anything you like"),
    )


def c09() -> None:
    d = debrief("Tidewater Design", "Senior UX Designer", "Raj Patel", "t9d3w1ux")
    items: list[Item] = [
        ("rating", "6/10", 6),
        ("went_well", "Portfolio walkthrough, especially the onboarding redesign.", None),
        ("went_badly", "Whiteboard exercise. I jumped to screens too fast.", None),
        ("company", "Small studio, clients I actually admire.", None),
        ("want_job", "Not sure yet", "unsure"),
        ("hear_back", "Monday", "2026-11-23"),
    ]
    body = "".join(f"<div>Q{NUMBER[q]} - {t}</div>" for q, t, _ in items)
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto">' + body + "<div><br></div><div>Maya</div><div><br>"
        '<blockquote type="cite"><div>On 19 Nov 2026, at 19:02, followupd &lt;followupd@example.test&gt; wrote:'
        "</div><br><div>" + html_of(j(*d)) + "</div></blockquote></div></body></html>\n"
    )
    write(
        "c09_apple_mail_macos_en",
        client="Apple Mail macOS",
        language="en",
        day="2026-11-19",
        shape="HTML only, Q1 - numbering, blockquote type=cite history",
        subject=subject("Re:", "Tidewater Design", "Senior UX Designer", "t9d3w1ux"),
        sent="Thu, 19 Nov 2026 22:05:13 +0000",
        items=items,
        html=html,
        forbidden=("wrote:", "How did you get on with the interviewer"),
    )


def c10() -> None:
    d = debrief("Kestrel Robotics", "Embedded Engineer", "Jane Doe", "k4r8e2bd")
    items: list[Item] = [
        ("rating", "7", 7),
        ("went_well", "The RTOS deep dive", None),
        ("rapport", "Jane was lovely, the second guy less so", None),
        ("money", "No numbers discussed yet", money("No numbers discussed yet")),
        ("want_job", "Yes", "yes"),
        ("hear_back", "By Friday", "2026-11-27"),
    ]
    text = j(
        numbered(items, "({n}) {t}"),
        "",
        "Von meinem iPhone gesendet",
        "",
        "> Am 24.11.2026 um 19:05 schrieb followupd <followupd@example.test>:",
        ">",
        *quote(d),
    )
    write(
        "c10_apple_ios_de_ui_en",
        client="Apple Mail iOS (de UI)",
        language="en",
        day="2026-11-24",
        shape="top-posted numbered (1), English answers under a German client's footer and attribution",
        subject=subject("Re:", "Kestrel Robotics", "Embedded Engineer", "k4r8e2bd"),
        sent="Tue, 24 Nov 2026 20:12:55 +0100",
        items=items,
        text=text,
        forbidden=("Von meinem iPhone gesendet", "schrieb followupd"),
    )


def c11() -> None:
    d = debrief("한빛모빌리티", "백엔드 개발자", "Raj Patel", "h2b6m4kr")
    items: list[Item] = [
        ("rating", "7점", 7),
        ("went_well", "코딩 테스트 리뷰 때 설명을 잘 했어요.", None),
        ("went_badly", "영어 질문에 대답이 길어졌어요.", None),
        ("money", "연봉 6천만 원 제시", money("연봉 6천만 원 제시", ("60000000", "KRW", "year"))),
        ("want_job", "네", "yes"),
        ("hear_back", "다음 주 금요일", "2026-12-04"),
    ]
    text = j(
        numbered(items),
        "",
        "삼성 갤럭시 스마트폰에서 보냈습니다.",
        "",
        "-------- 원본 이메일 --------",
        "발신: followupd <followupd@example.test>",
        "날짜: 2026/11/25 19:03 (GMT+09:00)",
        "수신: Maya Example <maya@example.test>",
        "제목: Debrief: 한빛모빌리티, 백엔드 개발자 [fu-h2b6m4kr]",
        "",
        *d,
    )
    write(
        "c11_samsung_ko",
        client="Samsung Email (ko)",
        language="ko",
        day="2026-11-25",
        shape="top-posted numbered, Korean mobile footer, 원본 이메일 separator with unquoted history",
        subject=subject("RE:", "한빛모빌리티", "백엔드 개발자", "h2b6m4kr"),
        sent="Wed, 25 Nov 2026 20:31:02 +0900",
        items=items,
        text=text,
        cte="base64",
        forbidden=("스마트폰에서 보냈습니다", "원본 이메일"),
    )


def c12() -> None:
    d = debrief("Norrsken Fastigheter", "Controller", "Jane Doe", "n3f7c1sv")
    items: list[Item] = [
        ("rating", "8 av 10", 8),
        ("went_well", "Caset om månadsbokslutet gick bra.", None),
        ("rapport", "Trevliga båda två, avslappnad stämning.", None),
        ("money", "48 000 kr i månaden", money("48 000 kr i månaden", ("48000", "SEK", "month"))),
        ("vs_current", "Större ansvar än nu och kortare pendling.", None),
        ("want_job", "Ja", "yes"),
        ("hear_back", "Nästa vecka", "2026-12-04"),
    ]
    text = j(
        "Den 2026-11-26 kl. 19:04, skrev followupd:",
        *quote(d),
        "",
        numbered(items),
        "",
        "/Maya",
    )
    write(
        "c12_thunderbird_sv",
        client="Thunderbird (sv)",
        language="sv",
        day="2026-11-26",
        shape="bottom-posted numbered under the > quoted debrief",
        subject=subject("Sv:", "Norrsken Fastigheter", "Controller", "n3f7c1sv"),
        sent="Thu, 26 Nov 2026 21:40:00 +0100",
        items=items,
        text=text,
        charset="iso-8859-1",
        cte="8bit",
        mailer="User-Agent: Mozilla Thunderbird",
        forbidden=("skrev followupd", "/Maya"),
    )


def c13() -> None:
    d = debrief("Wisła Software", "Tester automatyzujący", "Raj Patel", "w5s9t3pl")
    items: list[Item] = [
        ("rating", "6/10", 6),
        ("went_badly", "Zadanie z Selenium, zabrakło mi czasu.", None),
        (
            "money",
            "12 tys. zł brutto miesięcznie",
            money("12 tys. zł brutto miesięcznie", ("12000", "PLN", "month")),
        ),
        ("want_job", "Nie wiem", "unsure"),
        ("hear_back", "Do piątku", "2026-12-04"),
    ]
    text = j(
        numbered(items, "{n}/ {t}"),
        "",
        "Dnia 30 listopada 2026 19:02:11 CET, followupd <followupd@example.test> napisał(a):",
        *quote(d),
        "",
        "-- ",
        "Wysłane z mojego urządzenia Android przy użyciu K-9 Mail. Proszę wybaczyć moją zwięzłość.",
    )
    write(
        "c13_k9_pl",
        client="K-9 Mail (pl)",
        language="pl",
        day="2026-11-30",
        shape="partial top-posted numbered 1/, Polish attribution, K-9 footer under the quote",
        subject=subject("Odp:", "Wisła Software", "Tester automatyzujący", "w5s9t3pl"),
        sent="Mon, 30 Nov 2026 19:47:30 +0100",
        items=items,
        text=text,
        charset="iso-8859-2",
        forbidden=("napisał(a):", "K-9 Mail"),
    )


def c14() -> None:
    d = debrief("Ferri & Bassi", "Responsabile marketing", "Jane Doe", "f8b2r6it")
    items: list[Item] = [
        ("rating", "Otto", 8),
        ("went_well", "La parte sul lancio del prodotto, avevo numeri concreti.", None),
        ("company", "Azienda di famiglia ma molto aperta all'estero.", None),
        ("money", "50.000 euro lordi l'anno", money("50.000 euro lordi l'anno", ("50000", "EUR", "year"))),
        ("want_job", "Sì", "yes"),
        ("hear_back", "Entro il 9", "2026-12-09"),
    ]
    text = j(
        "Il 01/12/2026 19:03, followupd ha scritto:",
        *under_questions(d, items),
    )
    write(
        "c14_fairemail_it",
        client="FairEmail (it)",
        language="it",
        day="2026-12-01",
        shape="inline under > quoted questions",
        subject=subject("R:", "Ferri & Bassi", "Responsabile marketing", "f8b2r6it"),
        sent="Tue, 1 Dec 2026 20:20:20 +0100",
        items=items,
        text=text,
        cte="8bit",
        forbidden=("ha scritto:", "What do you like about the company?"),
    )


def c15() -> None:
    d = debrief("Ipê Pagamentos", "Engenheira de dados", "Raj Patel", "i4p7g2br")
    items: list[Item] = [
        ("rating", "Nota 9", 9),
        ("went_well", "O desafio de modelagem, fui bem rápida.", None),
        ("went_badly", "Travei um pouco na pergunta de Kafka.", None),
        ("rapport", "Gostei muito do time, conversa leve.", None),
        ("money", "R$ 18 mil por mês, CLT", money("R$ 18 mil por mês, CLT", ("18000", "BRL", "month"))),
        ("want_job", "Sim", "yes"),
        ("hear_back", "Até sexta-feira da semana que vem", "2026-12-11"),
    ]
    text = j(
        numbered(items, "{n} ) {t}"),
        "",
        "Enviado com o e-mail seguro Proton Mail.",
        "",
        "Em quarta-feira, 2 de dezembro de 2026 às 19:04, followupd <followupd@example.test> escreveu:",
        "",
        *quote(d),
    )
    write(
        "c15_proton_pt_br",
        client="Proton Mail (pt-BR)",
        language="pt",
        day="2026-12-02",
        shape="top-posted numbered 1 ), Proton footer, Portuguese attribution",
        subject=subject("Re:", "Ipê Pagamentos", "Engenheira de dados", "i4p7g2br"),
        sent="Wed, 02 Dec 2026 22:01:45 +0000",
        items=items,
        text=text,
        forbidden=("Enviado com o e-mail seguro", "escreveu:"),
    )


def c16() -> None:
    d = debrief("Larchmont Insurance", "Claims Analyst (contract)", "Jane Doe", "l1i5c9ca")
    items: list[Item] = [
        ("rating", "Seven out of ten", 7),
        ("went_well", "Excel case study, nailed the pivot tables", None),
        ("reservations", "It's a 6 month contract. Would want to know about extension", None),
        ("money", "$55/hour on a 1099", money("$55/hour on a 1099", ("55", "USD", "hour"))),
        ("want_job", "Yes, I think so", "yes"),
        ("hear_back", "Next week", "2026-12-11"),
    ]
    body = "".join(f"<div>#{NUMBER[q]} {t}</div>" for q, t, _ in items)
    html = (
        '<html><head></head><body><div class="ydp3f2a1b2cyahoo-style-wrap" style="font-family:Helvetica Neue, '
        'Helvetica, Arial, sans-serif;font-size:13px;">' + body + "<div><br></div><div>Maya</div></div>"
        '<div id="yahoo_quoted_4471029315" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
        'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>On Thursday, December 3, 2026 at '
        "07:02:11 PM EST, followupd &lt;followupd@example.test&gt; wrote:</div><div><br></div><div><br></div>"
        "<div>" + html_of(j(*d)) + "</div></div></div></body></html>\n"
    )
    write(
        "c16_yahoo_en",
        client="Yahoo Mail web",
        language="en",
        day="2026-12-03",
        shape="HTML only, #1 numbering, yahoo_quoted history",
        subject=subject("Re:", "Larchmont Insurance", "Claims Analyst (contract)", "l1i5c9ca"),
        sent="Thu, 3 Dec 2026 23:11:08 +0000 (UTC)",
        items=items,
        html=html,
        forbidden=("wrote:", "What reservations do you have"),
    )


def c17() -> None:
    d = debrief("Pinecrest Labs", "ML Engineer", "Raj Patel", "p7c3l8ml")
    items: list[Item] = [
        ("went_well", "Paper discussion. Raj and I went way over time on it.", None),
        ("vs_others", "This is my top choice now, above the two agencies.", None),
        ("want_job", "Yes!", "yes"),
        ("hear_back", "Early next week", "2026-12-08"),
    ]
    text = j(
        "On Fri, 4 Dec 2026, at 19:02, followupd wrote:",
        *under_questions(d, items),
    )
    write(
        "c17_fastmail_en",
        client="Fastmail web",
        language="en",
        day="2026-12-04",
        shape="partial, inline under > quoted questions",
        subject=subject("Re:", "Pinecrest Labs", "ML Engineer", "p7c3l8ml"),
        sent="Fri, 04 Dec 2026 21:30:00 +0000",
        items=items,
        text=text,
        cte="7bit",
        crlf=True,
        forbidden=("How does this opportunity compare", "followupd wrote:"),
    )


def c18() -> None:
    d = debrief("Brandt & Söhne", "IT-Projektleiterin", "Jane Doe", "b5s2o8de")
    items: list[Item] = [
        ("rating", "7,5", 7.5),
        ("went_well", "Die Fragen zum Scrum-Prozess, da kenne ich mich aus.", None),
        ("went_badly", "Gehaltsvorstellung zu früh genannt.", None),
        ("role", "Viel Verantwortung, Team von acht Leuten. Passt.", None),
        ("money", "ca. 5.500 € im Monat", money("ca. 5.500 € im Monat", ("5500", "EUR", "month"))),
        ("want_job", "Ja, auf jeden Fall", "yes"),
        ("hear_back", "In zwei Wochen", "2026-12-21"),
    ]
    text = j(
        numbered(items, "{n}: {t}"),
        "",
        "Beste Grüße",
        "Maya",
        "",
        "Am 07.12.2026 19:03, schrieb followupd:",
        *quote(d),
    )
    write(
        "c18_roundcube_de",
        client="Roundcube (de)",
        language="de",
        day="2026-12-07",
        shape="top-posted numbered 1:, sign-off without dashes, German attribution",
        subject=subject("AW:", "Brandt & Söhne", "IT-Projektleiterin", "b5s2o8de"),
        sent="Mon, 07 Dec 2026 20:05:44 +0100",
        items=items,
        text=text,
        charset="iso-8859-15",
        mailer="User-Agent: Roundcube Webmail/1.6.9",
        forbidden=("Beste Grüße", "schrieb followupd"),
    )


def c19() -> None:
    d = debrief("Gannet Systems", "SRE", "Raj Patel", "g6s1r4eo")
    items: list[Item] = [
        ("rating", "8", 8),
        ("went_badly", "Blanked on the BGP question. Should have just said I'd look it up.", None),
        ("rapport", "Raj is clearly a good manager. Yes.", None),
        ("money", "Not discussed", money("Not discussed")),
        ("hear_back", "Thursday the 17th", "2026-12-17"),
    ]
    text = j(
        "On Tue, Dec 08, 2026 at 07:02:44PM +0100, followupd wrote:",
        *under_questions(d, items),
        "",
        "-- ",
        "Maya Example  |  gpg 0x5C1E2A9D",
    )
    write(
        "c19_mutt_en",
        client="mutt",
        language="en",
        day="2026-12-08",
        shape="inline under > quoted questions, dash-dash signature",
        subject=subject("Re:", "Gannet Systems", "SRE", "g6s1r4eo"),
        sent="Tue, 8 Dec 2026 22:17:03 +0100",
        items=items,
        text=text,
        charset="us-ascii",
        cte="7bit",
        mailer="User-Agent: Mutt/2.2.13 (2024-03-09)",
        forbidden=("gpg 0x5C1E2A9D", "followupd wrote:"),
    )


def c20() -> None:
    d = debrief("Harbourview Council", "Policy Officer", "Jane Doe", "h9v5p2po")
    note = (
        "Honestly it went fine, nothing dramatic either way. They were running late so it was shorter than "
        "planned. I'll fill in the form properly at the weekend."
    )
    text = j(
        note,
        "",
        "Maya",
        "",
        "On 9 Dec 2026 at 19:03:20, followupd (followupd@example.test) wrote:",
        "",
        *quote(d),
    )
    write(
        "c20_spark_en_free_text",
        client="Spark",
        language="en",
        day="2026-12-09",
        shape="free text only, no answers",
        subject=subject("Re:", "Harbourview Council", "Policy Officer", "h9v5p2po"),
        sent="Wed, 9 Dec 2026 20:44:10 +0000",
        items=[],
        text=text,
        free_notes=note,
        forbidden=("followupd (followupd@example.test) wrote:",),
    )


def c21() -> None:
    d = debrief("Corvid Media", "Content Strategist", "Raj Patel", "c3m8s5cs")
    items: list[Item] = [
        ("rating", "8", 8),
        ("went_well", "The editorial calendar exercise", None),
        ("rapport", "Really liked Raj", None),
        (
            "money",
            "Range is £45-50k",
            money("Range is £45-50k", ("45000", "GBP", None), ("50000", "GBP", None)),
        ),
        ("want_job", "Yes", "yes"),
        ("hear_back", "Tuesday", "2026-12-15"),
    ]
    text = j(
        numbered(items, "{n}. {t}"),
        "",
        "Forwarding the recruiter's note below so it's on file.",
        "",
        "Maya",
        "",
        "Begin forwarded message:",
        "",
        "From: Jane Doe <jane.doe@corvid.example>",
        "Subject: Thanks for today",
        "Date: 10 December 2026 at 18:20:31 GMT",
        "To: Maya Example <maya@example.test>",
        "",
        "Hi Maya, thanks for coming in today. The panel enjoyed meeting you. I'll be in touch on Tuesday with",
        "feedback either way. Best, Jane",
        "",
        "On 10 Dec 2026, at 19:02, followupd <followupd@example.test> wrote:",
        "",
        *quote(d),
    )
    write(
        "c21_airmail_en_forward",
        client="Airmail",
        language="en",
        day="2026-12-10",
        shape="top-posted numbered, then a forwarded recruiter mail",
        subject=subject("Re:", "Corvid Media", "Content Strategist", "c3m8s5cs"),
        sent="Thu, 10 Dec 2026 21:05:55 +0000",
        items=items,
        text=text,
        mailer="X-Mailer: Airmail (634)",
        forbidden=("Begin forwarded message", "The panel enjoyed meeting you", "Forwarding the recruiter"),
    )


def c22() -> None:
    d = debrief("Saltmarsh Foods", "Supply Planner", "Jane Doe", "s2f6p9sp")
    items: list[Item] = [
        ("rating", "5", 5),
        (
            "went_badly",
            "Forecasting questions were deeper than I expected. Need to brush up on SAP IBP.",
            None,
        ),
        ("reservations", "Night shift cover once a month. Could ask to swap it for weekend cover.", None),
        ("want_job", "Not sure", "unsure"),
        ("hear_back", "Friday 18 December", "2026-12-18"),
    ]
    body = "".join(
        f"<div>Question {NUMBER[q]}:<br></div><div>{t}<br></div><div><br></div>" for q, t, _ in items
    )
    html = (
        '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
        '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
        + body
        + '<div>Maya</div><br><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); '
        'height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
        '<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">'
        "---- On Fri, 11 Dec 2026 19:02:00 +0000 <b>followupd &lt;followupd@example.test&gt;</b> wrote ---<br>"
        '</div><br><blockquote style="margin: 0px;">'
        + html_of(j(*d))
        + "</blockquote></div></div><br></body></html>\n"
    )
    write(
        "c22_zoho_en",
        client="Zoho Mail",
        language="en",
        day="2026-12-11",
        shape="HTML only, Question N: with the answer on the next line, zmail_extra history",
        subject=subject("Re:", "Saltmarsh Foods", "Supply Planner", "s2f6p9sp"),
        sent="Fri, 11 Dec 2026 20:15:31 +0000",
        items=items,
        html=html,
        forbidden=("wrote ---", "What do you like about the role?"),
    )


def c23() -> None:
    d = debrief("Lindenhof Kliniken", "Referentin Qualitätsmanagement", "Raj Patel", "l8k4q1qm")
    items: list[Item] = [
        ("rating", "8 von 10", 8),
        ("went_well", "Die Fallfrage zur Zertifizierung.", None),
        ("company", "Gemeinnützig, familienfreundlich, gute Fortbildungen.", None),
        ("money", "TVöD E11", money("TVöD E11")),
        ("want_job", "Ja", "yes"),
        ("hear_back", "Noch vor Weihnachten", "2026-12-24"),
    ]
    body = "".join(f"<div>{NUMBER[q]}) {t}</div>" for q, t, _ in items)
    html = (
        '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
        + body
        + "<div>&nbsp;</div><div>LG Maya</div><div>&nbsp;"
        '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid '
        '#C3D9E5; word-wrap: break-word;"><div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Montag, '
        "14. Dezember 2026 um 19:02 Uhr<br><b>Von:</b>&nbsp;&quot;followupd&quot; &lt;followupd@example.test&gt;"
        "<br><b>An:</b>&nbsp;maya.example@gmx.example<br><b>Betreff:</b>&nbsp;Debrief: Lindenhof Kliniken, "
        "Referentin Qualitätsmanagement [fu-l8k4q1qm]</div>"
        '<div name="quoted-content">' + html_of(j(*d)) + "</div></div></div></div></body></html>\n"
    )
    write(
        "c23_gmx_de",
        client="GMX (de)",
        language="de",
        day="2026-12-14",
        shape="HTML only, 1) numbering, GMX Gesendet/Von quote block",
        subject=subject("Aw:", "Lindenhof Kliniken", "Referentin Qualitätsmanagement", "l8k4q1qm"),
        sent="Mon, 14 Dec 2026 21:03:17 +0100",
        items=items,
        html=html,
        own="maya.example@gmx.example",
        forbidden=("LG Maya", "Gesendet:"),
    )


def c24() -> None:
    d = debrief("Дніпро Фінтех", "QA інженер", "Jane Doe", "d7f3q6ua")
    items: list[Item] = [
        ("rating", "8 з 10", 8),
        ("went_well", "Практичне завдання з API тестування.", None),
        ("rapport", "Команда дуже приємна.", None),
        ("money", "2500 доларів на місяць", money("2500 доларів на місяць", ("2500", "USD", "month"))),
        ("want_job", "Так", "yes"),
        ("hear_back", "До п'ятниці", "2026-12-18"),
    ]
    text = j(
        numbered(items),
        "",
        "Вівторок, 15 грудня 2026, 19:03 +02:00 від followupd <followupd@example.test>:",
        "",
        *quote(d),
        "",
        "--",
        "Марія",
    )
    write(
        "c24_mailru_uk",
        client="Mail.ru (uk)",
        language="uk",
        day="2026-12-15",
        shape="top-posted numbered, date-first Mail.ru attribution",
        subject=subject("Re:", "Дніпро Фінтех", "QA інженер", "d7f3q6ua"),
        sent="Tue, 15 Dec 2026 20:48:01 +0200",
        items=items,
        text=text,
        charset="koi8-u",
        cte="8bit",
        forbidden=("від followupd",),
    )


def c25() -> None:
    d = debrief("Ridgeback Analytics", "Product Manager", "Raj Patel", "r4a9p2pm")
    items: list[Item] = [
        ("rating", "9/10 🎉", 9),
        ("went_well", "Roadmap prioritisation case, they loved the framework", None),
        ("role", "B2B analytics, exactly my lane", None),
        (
            "money",
            "$165k–$180k base",
            money("$165k–$180k base", ("165000", "USD", None), ("180000", "USD", None)),
        ),
        ("want_job", "Yes", "yes"),
        ("hear_back", "By the 22nd", "2026-12-22"),
    ]
    body = "".join(f"<div>{NUMBER[q]} - {t}</div>" for q, t, _ in items)
    html = (
        "<html><head></head><body><div>" + body + "<div><br></div><div>Maya</div></div>"
        '<img src="https://track.superhuman.example/o/9f2c1a7e.gif" width="1" height="1" alt="" style="display:none">'
        '<br><div class="gmail_quote"><div class="gmail_attr">On Wed, Dec 16, 2026 at 7:02 PM, followupd '
        "&lt;followupd@example.test&gt; wrote:</div>"
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        + html_of(j(*d))
        + "</blockquote></div></body></html>\n"
    )
    write(
        "c25_superhuman_en",
        client="Superhuman",
        language="en",
        day="2026-12-16",
        shape="HTML only, 1 - numbering, tracking pixel, emoji",
        subject=subject("Re:", "Ridgeback Analytics", "Product Manager", "r4a9p2pm"),
        sent="Wed, 16 Dec 2026 19:55:12 -0800",
        items=items,
        html=html,
        cte="base64",
        forbidden=("wrote:", "track.superhuman.example"),
    )


def c26() -> None:
    d = debrief("Montclair Bank", "Risk Manager", "Jane Doe", "m5b1r8rk")
    items: list[Item] = [
        ("rating", "7", 7),
        ("went_well", "Basel questions", None),
        ("went_badly", "Case study maths under time pressure", None),
        ("money", "CAD 120k plus bonus", money("CAD 120k plus bonus", ("120000", "CAD", None))),
        ("want_job", "Yes", "yes"),
        ("hear_back", "By January 8", "2027-01-08"),
    ]
    text = j(
        numbered(items),
        "",
        "Sent from my BlackBerry 10 smartphone.",
        "  Original Message  ",
        "From: followupd",
        "Sent: Thursday, December 17, 2026 19:02",
        "To: Maya Example",
        "Subject: Debrief: Montclair Bank, Risk Manager [fu-m5b1r8rk]",
        "",
        *d,
    )
    write(
        "c26_blackberry_en",
        client="BlackBerry Hub",
        language="en",
        day="2026-12-17",
        shape="top-posted numbered, BlackBerry footer and Original Message block, unquoted history",
        subject=subject("Re:", "Montclair Bank", "Risk Manager", "m5b1r8rk"),
        sent="Thu, 17 Dec 2026 20:22:00 -0500",
        items=items,
        text=text,
        cte="7bit",
        crlf=True,
        forbidden=("Sent from my BlackBerry", "Original Message"),
    )


def c27() -> None:
    d = debrief("Ashgrove Consulting", "Senior Consultant", "Raj Patel", "a6c2s7sc")
    items: list[Item] = [
        ("rating", "6", 6),
        ("went_well", "Case interview structure was clean.", None),
        ("went_badly", "Market sizing. I froze on the numbers.", None),
        ("reservations", "Travel 4 days a week. Would ask if that's negotiable for the first year.", None),
        ("money", "Not discussed", money("Not discussed")),
        ("want_job", "Unsure", "unsure"),
        ("hear_back", "On 6 January", "2027-01-06"),
    ]
    text = j(
        numbered(items, "{n}) {t}"),
        "",
        "Kind regards,",
        "",
        "Maya Example",
        "Senior Analyst, Strategy",
        "Greyfield Partners LLP",
        "T: +44 20 7946 0321",
        "www.greyfield.example",
        "",
        "This email and any attachments are confidential and may be legally privileged. If you have received",
        "it in error please notify the sender and delete it. Greyfield Partners LLP is registered in England.",
        "",
        "",
        "",
        "From:\tfollowupd <followupd@example.test>",
        "To:\tMaya Example <maya@greyfield.example>",
        "Date:\t18/12/2026 19:02",
        "Subject:\tDebrief: Ashgrove Consulting, Senior Consultant [fu-a6c2s7sc]",
        "",
        *d,
    )
    write(
        "c27_notes_en",
        client="HCL Notes",
        language="en",
        day="2026-12-18",
        shape="top-posted numbered 1), sign-off without dashes, title, phone, web, disclaimer, Notes header block",
        subject=subject("Re:", "Ashgrove Consulting", "Senior Consultant", "a6c2s7sc"),
        sent="Fri, 18 Dec 2026 21:45:09 +0000",
        items=items,
        text=text,
        own="maya@greyfield.example",
        mailer="X-Mailer: HCL Notes Release 12.0.2 November 03, 2022",
        forbidden=("Kind regards", "T: +44 20 7946 0321", "legally privileged", "Greyfield Partners"),
    )


def c28() -> None:
    d = debrief("Fernhill Games", "Gameplay Programmer", "Jane Doe", "f1g5g3gp")
    items: list[Item] = [
        ("rating", "7", 7),
        ("went_well", "Vector maths quiz went fine.", None),
        (
            "went_badly",
            "The live coding. I overengineered the state machine.\n\n"
            "Next time I'd start with the dumbest thing that works and refactor.",
            None,
        ),
        ("company", "They ship small games often, good culture.", None),
        ("hear_back", "Wednesday", "2026-11-11"),
    ]
    text = j(
        "On Fri, 2026-11-06 at 19:02 +0000, followupd wrote:",
        *under_questions(d, items),
    )
    write(
        "c28_evolution_en",
        client="Evolution",
        language="en",
        day="2026-11-06",
        shape="inline under > quoted questions, an answer over two paragraphs",
        subject=subject("Re:", "Fernhill Games", "Gameplay Programmer", "f1g5g3gp"),
        sent="Fri, 06 Nov 2026 22:10:42 +0000",
        items=items,
        text=text,
        cte="8bit",
        mailer="X-Mailer: Evolution 3.50.3",
        forbidden=("followupd wrote:", "What reservations"),
    )


def c29() -> None:
    d = debrief("Vltava Data s.r.o.", "Datový analytik", "Raj Patel", "v9d4a1cz")
    items: list[Item] = [
        ("rating", "7 z 10", 7),
        ("went_well", "Úloha v Pythonu šla dobře.", None),
        ("money", "80 tisíc Kč měsíčně", money("80 tisíc Kč měsíčně", ("80000", "CZK", "month"))),
        ("want_job", "Ano", "yes"),
        ("hear_back", "Do konce příštího týdne", "2026-11-20"),
    ]
    text = j(
        numbered(items),
        "",
        "Dne Mon, 09 Nov 2026 19:02:10 +0100",
        "followupd <followupd@example.test> napsal(a):",
        "",
        *quote(d),
    )
    write(
        "c29_claws_cs",
        client="Claws Mail (cs)",
        language="cs",
        day="2026-11-09",
        shape="top-posted numbered, attribution wrapped over two lines",
        subject=subject("Re:", "Vltava Data s.r.o.", "Datový analytik", "v9d4a1cz"),
        sent="Mon, 9 Nov 2026 20:40:00 +0100",
        items=items,
        text=text,
        charset="iso-8859-2",
        mailer="X-Mailer: Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)",
        forbidden=("napsal(a):",),
    )


def c30() -> None:
    d = debrief("Revontuli Oy", "Ohjelmistokehittäjä", "Jane Doe", "r2o7k5fi")
    items: list[Item] = [
        ("rating", "8/10", 8),
        ("went_well", "Koodikatselmointi meni hyvin.", None),
        ("money", "4 500 euroa kuukaudessa", money("4 500 euroa kuukaudessa", ("4500", "EUR", "month"))),
        ("want_job", "Kyllä", "yes"),
        ("hear_back", "Ensi viikon perjantaina", "2026-11-20"),
    ]
    body = "".join(f"<div>{NUMBER[q]}. {t}</div>" for q, t, _ in items)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        "<div>" + body + "<div><br></div><div>Maya</div></div><div><br></div><div>"
        "11. marrask. 2026 klo 19.03 followupd@example.test kirjoitti:<br></div>"
        '<blockquote class="tutanota_quote" style="border-left: 1px solid #93A3B8; padding-left: 10px; '
        'margin-left: 5px;">' + html_of(j(*d)) + "</blockquote></body></html>\n"
    )
    write(
        "c30_tuta_fi",
        client="Tuta (fi)",
        language="fi",
        day="2026-11-11",
        shape="HTML only, numbered, tutanota_quote history",
        subject=subject("Re:", "Revontuli Oy", "Ohjelmistokehittäjä", "r2o7k5fi"),
        sent="Wed, 11 Nov 2026 19:50:11 +0200",
        items=items,
        html=html,
        forbidden=("kirjoitti:",),
    )


def c31() -> None:
    d = debrief("Havnegade Arkitekter", "Projektarkitekt", "Raj Patel", "h3a8p6da")
    items: list[Item] = [
        ("rating", "7 ud af 10", 7),
        ("went_well", "Gennemgangen af min portefølje.", None),
        ("rapport", "Rigtig god kemi med Raj.", None),
        ("money", "52.000 kr. om måneden", money("52.000 kr. om måneden", ("52000", "DKK", "month"))),
        ("want_job", "Ja", "yes"),
        ("hear_back", "Om en uge", "2026-11-19"),
    ]
    text = j(
        numbered(items),
        "",
        "Mvh Maya",
        "",
        "On Nov 12 2026, at 7:03 pm, followupd <followupd@example.test> wrote:",
        *quote(d),
    )
    write(
        "c31_mailspring_da",
        client="Mailspring",
        language="da",
        day="2026-11-12",
        shape="top-posted numbered, Danish answers under an English attribution",
        subject=subject("Re:", "Havnegade Arkitekter", "Projektarkitekt", "h3a8p6da"),
        sent="Thu, 12 Nov 2026 21:00:00 +0100",
        items=items,
        text=text,
        forbidden=("Mvh Maya", "wrote:"),
    )


def c32() -> None:
    d = debrief("Fjordlys AS", "Økonomisjef", "Jane Doe", "f6l2o9nb")
    items: list[Item] = [
        ("rating", "6", 6),
        ("went_badly", "Spørsmålene om konsernregnskap, der var jeg usikker.", None),
        ("company", "Solid selskap med god kultur.", None),
        ("money", "650 000 kr i året", money("650 000 kr i året", ("650000", "NOK", "year"))),
        ("want_job", "Vet ikke", "unsure"),
        ("hear_back", "Neste uke", "2026-11-20"),
    ]
    text = j(
        numbered(items, "{n}) {t}"),
        "",
        "Hilsen Maya",
        "",
        "------ Opprinnelig melding ------",
        'Fra: "followupd" <followupd@example.test>',
        "Til: Maya Example <maya@example.test>",
        "Sendt: 13.11.2026 19:02:41",
        "Emne: Debrief: Fjordlys AS, Økonomisjef [fu-f6l2o9nb]",
        "",
        *d,
    )
    write(
        "c32_emclient_nb",
        client="eM Client (nb)",
        language="no",
        day="2026-11-13",
        shape="top-posted numbered 1), Opprinnelig melding separator with unquoted history",
        subject=subject("Sv:", "Fjordlys AS", "Økonomisjef", "f6l2o9nb"),
        sent="Fri, 13 Nov 2026 20:12:12 +0100",
        items=items,
        text=text,
        charset="iso-8859-1",
        mailer="X-Mailer: eM_Client/10.1.4588.0",
        forbidden=("Hilsen Maya", "Opprinnelig melding"),
    )


def c33() -> None:
    d = debrief("云帆物流", "运营主管", "Raj Patel", "y8f3w1zh")
    items: list[Item] = [
        ("rating", "7/10", 7),
        ("went_well", "仓储优化的案例讲得不错。", None),
        ("reservations", "要经常出差，想问问能不能减少。", None),
        ("money", "月薪3万5", money("月薪3万5", ("35000", "CNY", "month"))),
        ("want_job", "不确定", "unsure"),
        ("hear_back", "两周内", "2026-12-01"),
    ]
    text = j(
        numbered(items),
        "",
        "",
        "------------------ 原始邮件 ------------------",
        '发件人: "followupd" <followupd@example.test>;',
        "发送时间: 2026年11月17日(星期二) 晚上7:02",
        '收件人: "Maya Example" <maya@qq.example>;',
        "主题: Debrief: 云帆物流, 运营主管 [fu-y8f3w1zh]",
        "",
        *d,
    )
    write(
        "c33_qq_zh",
        client="QQ Mail",
        language="zh",
        day="2026-11-17",
        shape="top-posted numbered, 原始邮件 separator with unquoted history",
        subject=subject("回复：", "云帆物流", "运营主管", "y8f3w1zh"),
        sent="Tue, 17 Nov 2026 21:30:02 +0800",
        items=items,
        text=text,
        charset="gb18030",
        cte="base64",
        own="maya@qq.example",
        forbidden=("原始邮件", "发送时间"),
    )


def c34() -> None:
    d = debrief("さくら精工", "生産技術エンジニア", "Jane Doe", "s5s9k2ja")
    items: list[Item] = [
        ("rating", "8点", 8),
        ("went_well", "設備改善の事例をうまく説明できました。", None),
        ("rapport", "面接官の方はとても話しやすかったです。", None),
        ("money", "年収700万円", money("年収700万円", ("7000000", "JPY", "year"))),
        ("want_job", "はい", "yes"),
        ("hear_back", "来週の金曜日", "2026-12-04"),
    ]
    text = j(
        numbered(items),
        "",
        "マヤ",
        "",
        "2026年11月23日(月) 19:02 followupd <followupd@example.test>:",
        "",
        *quote(d),
    )
    write(
        "c34_gmail_web_ja",
        client="Gmail web (ja)",
        language="ja",
        day="2026-11-23",
        shape="top-posted numbered, date-first Japanese Gmail attribution",
        subject=subject("Re:", "さくら精工", "生産技術エンジニア", "s5s9k2ja"),
        sent="Mon, 23 Nov 2026 21:19:40 +0900",
        items=items,
        text=text,
        charset="iso-2022-jp",
        cte="7bit",
        forbidden=("2026年11月23日(月) 19:02",),
    )


def c35() -> None:
    d = debrief("Boğaziçi Yazılım", "Kıdemli Geliştirici", "Raj Patel", "b4y7g3tr")
    items: list[Item] = [
        ("rating", "7", 7),
        ("went_well", "Mimari sorularında iyiydim.", None),
        ("went_badly", "Canlı kodlamada biraz yavaştım.", None),
        ("money", "Aylık 90.000 TL", money("Aylık 90.000 TL", ("90000", "TRY", "month"))),
        ("want_job", "Evet", "yes"),
        ("hear_back", "Gelecek hafta", "2026-12-04"),
    ]
    hist = [
        "Kimden: followupd <followupd@example.test>",
        "Gönderildi: 27 Kasım 2026 Cuma 19:02",
        "Kime: Maya Example <maya@example.test>",
        "Konu: Debrief: Boğaziçi Yazılım, Kıdemli Geliştirici [fu-b4y7g3tr]",
        "",
    ]
    text = j(
        "Cevaplarım aşağıda.",
        "",
        "Maya",
        "",
        *hist,
        *under_questions(d, items, prefix=""),
    )
    write(
        "c35_outlook_win_tr",
        client="Outlook desktop Windows (tr)",
        language="tr",
        day="2026-11-27",
        shape="answers typed under the unquoted questions below a Kimden/Gönderildi block",
        subject=subject("YNT:", "Boğaziçi Yazılım", "Kıdemli Geliştirici", "b4y7g3tr"),
        sent="Fri, 27 Nov 2026 21:40:44 +0300",
        items=items,
        text=text,
        charset="iso-8859-9",
        crlf=True,
        forbidden=("Cevaplarım aşağıda", "Gönderildi:"),
    )


def c36() -> None:
    d = debrief("Meridian Freight", "Logistics Analyst", "Jane Doe", "m2f8l4la")
    items: list[Item] = [
        ("rating", "6.5", 6.5),
        ("went_well", "Excel modelling test.", None),
        ("rapport", "Friendly, relaxed.", None),
        (
            "money",
            "£38,000 to £42,000 a year",
            money("£38,000 to £42,000 a year", ("38000", "GBP", "year"), ("42000", "GBP", "year")),
        ),
        ("vs_current", "About the same money but a proper career path.", None),
        ("want_job", "Yes", "yes"),
        ("hear_back", "By the 30th", "2026-12-30"),
    ]
    hist = [
        "From: followupd <followupd@example.test>",
        "Sent: Monday, December 21, 2026 7:02 PM",
        "To: Maya Example <maya@example.test>",
        "Subject: Debrief: Meridian Freight, Logistics Analyst [fu-m2f8l4la]",
        "",
    ]
    text = j("See answers below.", "", "Maya", "", *hist, *under_questions(d, items, prefix=""))
    write(
        "c36_outlook_win_en_inline",
        client="Outlook desktop Windows",
        language="en",
        day="2026-12-21",
        shape="answers typed under the unquoted questions below a From/Sent block",
        subject=subject("RE:", "Meridian Freight", "Logistics Analyst", "m2f8l4la"),
        sent="Mon, 21 Dec 2026 20:05:18 +0000",
        items=items,
        text=text,
        crlf=True,
        forbidden=("See answers below", "Sent: Monday"),
    )


def c37() -> None:
    d = debrief("Carpați Energie", "Inginer proiectare", "Raj Patel", "c9e5i2ro")
    items: list[Item] = [
        ("rating", "8 din 10", 8),
        ("went_well", "Partea tehnică despre rețele electrice.", None),
        ("company", "Proiecte mari, stabilitate.", None),
        ("money", "9.000 lei net pe lună", money("9.000 lei net pe lună", ("9000", "RON", "month"))),
        ("want_job", "Da", "yes"),
        ("hear_back", "Săptămâna viitoare", "2026-11-13"),
    ]
    body = "".join(f'<p class="MsoNormal">{NUMBER[q]}. {t}<o:p></o:p></p>' for q, t, _ in items)
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name="Generator" content="Microsoft Word 15 '
        '(filtered medium)"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
        ' --></style></head><body lang="RO" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
        + body
        + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Cu stimă,<o:p></o:p></p>'
        '<p class="MsoNormal">Maya<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        '<p class="MsoNormal"><b>De la:</b> followupd &lt;followupd@example.test&gt; <br><b>Trimis:</b> miercuri, '
        "4 noiembrie 2026 19:02<br><b>Către:</b> Maya Example &lt;maya@example.test&gt;<br><b>Subiect:</b> "
        "Debrief: Carpați Energie, Inginer proiectare [fu-c9e5i2ro]<o:p></o:p></p></div></div>"
        + "".join(f'<p class="MsoNormal">{line or "<o:p>&nbsp;</o:p>"}</p>' for line in d)
        + "</div></body></html>\n"
    )
    write(
        "c37_outlook_win_ro_html",
        client="Outlook desktop Windows (ro)",
        language="ro",
        day="2026-11-04",
        shape="HTML only (Word markup), numbered, sign-off without dashes, De la/Trimis header block",
        subject=subject("RE:", "Carpați Energie", "Inginer proiectare", "c9e5i2ro"),
        sent="Wed, 4 Nov 2026 20:33:00 +0200",
        items=items,
        html=html,
        forbidden=("Cu stimă", "Trimis:"),
    )


def c38() -> None:
    d = debrief("Duna Szoftver Kft.", "Rendszergazda", "Jane Doe", "d1s6r9hu")
    items: list[Item] = [
        ("rating", "7/10", 7),
        ("went_well", "A Linux-os kérdések jól mentek.", None),
        (
            "money",
            "Havi bruttó 900 ezer forint",
            money("Havi bruttó 900 ezer forint", ("900000", "HUF", "month")),
        ),
        ("want_job", "Igen", "yes"),
        ("hear_back", "Jövő héten", "2026-12-18"),
    ]
    text = j(
        numbered(items),
        "",
        "Üdv,",
        "Maya",
        "",
        "Feladó: followupd <followupd@example.test>",
        "Elküldve: 2026. december 10., csütörtök 19:02",
        "Címzett: Maya Example <maya@example.test>",
        "Tárgy: Debrief: Duna Szoftver Kft., Rendszergazda [fu-d1s6r9hu]",
        "",
        *d,
    )
    write(
        "c38_outlook_web_hu",
        client="Outlook web (hu)",
        language="hu",
        day="2026-12-10",
        shape="top-posted numbered, sign-off without dashes, Feladó/Elküldve history",
        subject=subject("VS:", "Duna Szoftver Kft.", "Rendszergazda", "d1s6r9hu"),
        sent="Thu, 10 Dec 2026 21:08:30 +0100",
        items=items,
        text=text,
        charset="iso-8859-2",
        forbidden=("Elküldve:", "Üdv,"),
    )


def c39() -> None:
    d = debrief("Atlântico Seguros", "Analista financeira", "Raj Patel", "a3s8f5pt")
    items: list[Item] = [
        ("rating", "7 em 10", 7),
        ("went_well", "A parte de modelação financeira.", None),
        ("went_badly", "Fiquei nervosa no início.", None),
        ("money", "2.800 € líquidos por mês", money("2.800 € líquidos por mês", ("2800", "EUR", "month"))),
        ("want_job", "Sim", "yes"),
        ("hear_back", "Até dia 27", "2026-11-27"),
    ]
    attribution = "followupd <followupd@example.test> escreveu (sexta, 20/11/2026 à(s) 19:02):"
    text = j(numbered(items), "", "Beijinhos,", "Maya", "", attribution, "", *quote(d))
    html = (
        '<div dir="ltr">'
        + "".join(f"<div>{NUMBER[q]}. {t}</div>" for q, t, _ in items)
        + "<div><br></div><div>Beijinhos,</div><div>Maya</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">followupd &lt;followupd@example.test&gt; '
        "escreveu (sexta, 20/11/2026 à(s) 19:02):<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">' + html_of(j(*d)) + "</blockquote></div>\n"
    )
    write(
        "c39_gmail_android_pt_pt",
        client="Gmail Android (pt-PT)",
        language="pt",
        day="2026-11-20",
        shape="top-posted numbered, attribution with the date after the verb, multipart",
        subject=subject("Re:", "Atlântico Seguros", "Analista financeira", "a3s8f5pt"),
        sent="Fri, 20 Nov 2026 22:01:00 +0000",
        items=items,
        text=text,
        html=html,
        forbidden=("Beijinhos", "escreveu (sexta"),
    )


def c40() -> None:
    d = debrief("Cobalt Street", "Frontend Engineer", "Jane Doe", "c7s1f6fe")
    items: list[Item] = [
        ("rating", "8", 8),
        ("went_well", "React performance questions", None),
        ("rapport", "Hiring Manager Friendly", None),
    ]
    body = "".join(f"<div>A{NUMBER[q]}: {t}</div>" for q, t, _ in items)
    html = (
        '<html><head></head><body><div class="trix-content"><div>' + body + "</div></div>"
        '<div class="hey-quote"><div>On November 30, 2026 at 7:02 PM, followupd &lt;followupd@example.test&gt;'
        " wrote:</div><blockquote>" + html_of(j(*d)) + "</blockquote></div></body></html>\n"
    )
    write(
        "c40_hey_en",
        client="HEY",
        language="en",
        day="2026-11-30",
        shape="HTML only, A1: numbering, partial, short last answer that looks like a signature",
        subject=subject("Re:", "Cobalt Street", "Frontend Engineer", "c7s1f6fe"),
        sent="Mon, 30 Nov 2026 19:40:00 -0500",
        items=items,
        html=html,
        forbidden=("wrote:",),
    )


def c41() -> None:
    d = debrief("Lumière Cosmétiques", "Responsable achats", "Jane Doe", "l4c9r3fr")
    items: list[Item] = [
        ("rating", "7/10", 7),
        ("went_well", "Les questions sur la négociation fournisseurs.", None),
        ("reservations", "Le poste est à Lyon, il faudrait déménager.", None),
        ("money", "45 000 € par an", money("45 000 € par an", ("45000", "EUR", "year"))),
        ("want_job", "Oui", "yes"),
        ("hear_back", "La semaine prochaine", "2026-12-11"),
    ]
    text = j(
        numbered(items),
        "",
        "Envoyé de mon iPhone",
        "",
        "> Le 3 déc. 2026 à 19:02, followupd <followupd@example.test> a écrit :",
        ">",
        *quote(d),
    )
    write(
        "c41_apple_ios_fr",
        client="Apple Mail iOS (fr)",
        language="fr",
        day="2026-12-03",
        shape="top-posted numbered, French mobile footer and attribution",
        subject=subject("Re:", "Lumière Cosmétiques", "Responsable achats", "l4c9r3fr"),
        sent="Thu, 3 Dec 2026 20:30:14 +0100",
        items=items,
        text=text,
        forbidden=("Envoyé de mon iPhone", "a écrit :"),
    )


def c42() -> None:
    d = debrief("Tessera Payments", "Solutions Engineer", "Raj Patel", "t2p6s8it")
    items: list[Item] = [
        ("rating", "7", 7),
        ("went_well", "The demo. I had practised it twice.", None),
        ("company", "Fast growing, good reputation in Milan.", None),
        ("money", "€60k base plus commission", money("€60k base plus commission", ("60000", "EUR", None))),
        ("hear_back", "Thursday the 3rd", "2026-12-03"),
        ("want_job", "Yes", "yes"),
    ]
    text = j(
        numbered(items),
        "",
        "Da: followupd <followupd@example.test>",
        "Inviato: mercoledì 25 novembre 2026 19:02",
        "A: Maya Example <maya@example.test>",
        "Oggetto: Debrief: Tessera Payments, Solutions Engineer [fu-t2p6s8it]",
        "",
        *d,
    )
    write(
        "c42_outlook_win_it_ui_en",
        client="Outlook desktop Windows (it UI)",
        language="en",
        day="2026-11-25",
        shape="top-posted numbered out of order (12 before 11), short last answer, Italian Da/Inviato block",
        subject=subject("R:", "Tessera Payments", "Solutions Engineer", "t2p6s8it"),
        sent="Wed, 25 Nov 2026 21:12:00 +0100",
        items=items,
        text=text,
        crlf=True,
        forbidden=("Inviato:", "When did they say you would hear back?"),
    )


def c43() -> None:
    d = debrief("Olivares Hermanos", "Contable senior", "Jane Doe", "o5h2c7es")
    items: list[Item] = [
        ("rating", "8", 8),
        ("went_well", "La prueba de Excel", None),
        ("rapport", "Muy bien con las dos", None),
        ("money", "3.000 euros netos al mes", money("3.000 euros netos al mes", ("3000", "EUR", "month"))),
        ("want_job", "Sí", "yes"),
        ("hear_back", "El lunes", "2026-12-14"),
    ]
    text = j(
        numbered(items, "{n}) {t}"),
        "",
        "Enviado desde Yahoo Mail para Android",
        "",
        "  El jue., 10 de dic. de 2026 a las 19:02, followupd",
        "<followupd@example.test> escribió:",
        "",
        *quote(d, "   "),
    )
    write(
        "c43_yahoo_android_es",
        client="Yahoo Mail Android (es)",
        language="es",
        day="2026-12-10",
        shape="top-posted numbered 1), Spanish footer, attribution wrapped, history indented not quoted",
        subject=subject("Re:", "Olivares Hermanos", "Contable senior", "o5h2c7es"),
        sent="Thu, 10 Dec 2026 19:58:33 +0000 (UTC)",
        items=items,
        text=text,
        forbidden=("Enviado desde Yahoo Mail", "escribió:"),
    )


def c44() -> None:
    d = debrief("Kranich Mobility", "Data Engineer", "Raj Patel", "k7m3d9de")
    items: list[Item] = [
        ("rating", "7/10", 7),
        ("went_well", "Spark and Airflow questions", None),
        ("went_badly", "I rambled on the culture question", None),
        ("role", "Greenfield data platform, very close to what I want", None),
        ("money", "€75k per year", money("€75k per year", ("75000", "EUR", "year"))),
        ("want_job", "Yes", "yes"),
        ("hear_back", "Friday", "2026-11-20"),
    ]
    text = j(
        numbered(items, "{n}.\n{t}", "\n\n"),
        "",
        "Cheers",
        "Maya",
        "",
        "Gesendet: Dienstag, 17. November 2026 um 19:02 Uhr",
        "Von: followupd <followupd@example.test>",
        "An: maya.example@web.example",
        "Betreff: Debrief: Kranich Mobility, Data Engineer [fu-k7m3d9de]",
        "",
        *d,
    )
    write(
        "c44_webde_de_ui_en",
        client="Web.de (de UI)",
        language="en",
        day="2026-11-17",
        shape="number on its own line, answer below, split by blank lines; English under a Web.de Gesendet block",
        subject=subject("Aw:", "Kranich Mobility", "Data Engineer", "k7m3d9de"),
        sent="Tue, 17 Nov 2026 20:40:12 +0100",
        items=items,
        text=text,
        own="maya.example@web.example",
        forbidden=("Gesendet: Dienstag", "Cheers"),
    )


def c45() -> None:
    d = debrief("Skärgård Energi", "Hållbarhetsstrateg", "Jane Doe", "s8e4h1sv")
    items: list[Item] = [
        ("rating", "4", 4),
        (
            "went_badly",
            "Jag var för allmän när de frågade om CSRD.\n\n"
            "Nästa gång tar jag med konkreta exempel från mitt nuvarande jobb.",
            None,
        ),
        ("reservations", "Lönen och att rollen verkar mest vara rapportering.", None),
        ("money", "Inget sagt om lön än", money("Inget sagt om lön än")),
        ("want_job", "Nej", "no"),
        ("hear_back", "I slutet av veckan", "2026-12-04"),
    ]
    order = ["rating", "want_job", "went_badly", "reservations", "money", "hear_back"]
    by = {q: (q, t, v) for q, t, v in items}
    text = j(
        numbered([by[q] for q in order], "{n}. {t}", "\n\n"),
        "",
        "Den tis 1 dec. 2026 kl 19:02 skrev followupd <followupd@example.test>:",
        "",
        *quote(d),
    )
    write(
        "c45_gmail_web_sv",
        client="Gmail web (sv)",
        language="sv",
        day="2026-12-01",
        shape="top-posted numbered out of order, split by blank lines, a two-paragraph answer",
        subject=subject("Sv:", "Skärgård Energi", "Hållbarhetsstrateg", "s8e4h1sv"),
        sent="Tue, 1 Dec 2026 21:21:21 +0100",
        items=items,
        text=text,
        charset="iso-8859-1",
        cte="8bit",
        forbidden=("skrev followupd",),
    )


def c46() -> None:
    d = debrief("Bałtyk Logistyka", "Kierownik zmiany", "Raj Patel", "b2l7k4pl")
    items: list[Item] = [
        ("rating", "Siedem", 7),
        ("went_well", "Pytania o zarządzanie zespołem.", None),
        ("money", "15 000 zł brutto", money("15 000 zł brutto", ("15000", "PLN", None))),
        ("want_job", "Tak", "yes"),
        ("hear_back", "Do 23 grudnia", "2026-12-23"),
    ]
    text = j(
        numbered(items, "Pytanie {n}: {t}"),
        "",
        "Pozdrawiam",
        "Maya Example",
        "Kierownik magazynu | Wistula Trans Sp. z o.o.",
        "tel. +48 22 123 45 67",
        "",
        "Od: followupd <followupd@example.test>",
        "Wysłano: czwartek, 17 grudnia 2026 19:02",
        "Do: Maya Example <maya@example.test>",
        "Temat: Debrief: Bałtyk Logistyka, Kierownik zmiany [fu-b2l7k4pl]",
        "",
        *d,
    )
    write(
        "c46_outlook_win_pl",
        client="Outlook desktop Windows (pl)",
        language="pl",
        day="2026-12-17",
        shape="top-posted 'Pytanie N:' numbering, sign-off with title and phone, Od/Wysłano history",
        subject=subject("ODP:", "Bałtyk Logistyka", "Kierownik zmiany", "b2l7k4pl"),
        sent="Thu, 17 Dec 2026 20:55:00 +0100",
        items=items,
        text=text,
        charset="iso-8859-2",
        crlf=True,
        forbidden=("Pozdrawiam", "tel. +48 22 123 45 67", "Wysłano:"),
    )


def c47() -> None:
    d = debrief("Northgate Retail", "Category Manager", "Jane Doe", "n6r1c5cm")
    items: list[Item] = [
        ("rating", "8", 8),
        ("went_well", "The range review case", None),
        ("rapport", "Really good, Jane is the kind of manager I want", None),
        (
            "money",
            "$95,000 a year plus 10% bonus",
            money("$95,000 a year plus 10% bonus", ("95000", "USD", "year")),
        ),
        ("want_job", "Yes", "yes"),
        ("hear_back", "Thursday the 10th", "2026-12-10"),
    ]
    body = "".join(
        f'<div style="font-family: Aptos, sans-serif; font-size: 12pt;">{NUMBER[q]} ) {t}</div>'
        for q, t, _ in items
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div class="elementToProof">' + body + "</div>"
        '<div class="elementToProof"><br></div><div id="Signature"><div>Best,</div><div>Maya Example</div>'
        "<div>Merchandising Lead | Harrow &amp; Finch</div><div>(555) 010-4477</div></div>"
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        "<b>From:</b> followupd &lt;followupd@example.test&gt;<br><b>Sent:</b> Friday, December 4, 2026 7:02 PM<br>"
        "<b>To:</b> Maya Example &lt;maya@example.test&gt;<br><b>Subject:</b> Debrief: Northgate Retail, Category "
        "Manager [fu-n6r1c5cm]</font><div>&nbsp;</div></div><div>" + html_of(j(*d)) + "</div></body></html>\n"
    )
    write(
        "c47_outlook_web_en_html",
        client="Outlook web",
        language="en",
        day="2026-12-04",
        shape="HTML only, 1 ) numbering, signature, divRplyFwdMsg history",
        subject=subject("RE:", "Northgate Retail", "Category Manager", "n6r1c5cm"),
        sent="Fri, 4 Dec 2026 20:15:00 +0000",
        items=items,
        html=html,
        forbidden=("Maya Example", "(555) 010-4477", "Sent: Friday"),
    )


def c48() -> None:
    d = debrief("Elmstead Pharma", "Clinical Data Manager", "Raj Patel", "e3p9c2dm")
    items: list[Item] = [
        ("rating", "7", 7),
        ("went_well", "CDISC questions, I know that stuff cold", None),
        ("hear_back", "In 10 days", "2026-11-15"),
    ]
    body = "".join(f"<p>{NUMBER[q]}) {t}</p>" for q, t, _ in items)
    html = (
        '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8">\n  </head>\n  <body>\n' + body + "<p>Maya<br></p>\n"
        '    <div class="moz-cite-prefix">On 05/11/2026 19:02, followupd wrote:<br>\n    </div>\n'
        '    <blockquote type="cite" cite="mid:debrief.2026-11-05@fu.example.test">\n'
        '      <pre class="moz-quote-pre" wrap="">' + j(*d).replace("<", "&lt;") + "</pre>\n"
        "    </blockquote>\n  </body>\n</html>\n"
    )
    write(
        "c48_thunderbird_en_html",
        client="Thunderbird",
        language="en",
        day="2026-11-05",
        shape="HTML only, partial, moz-cite-prefix history",
        subject=subject("Re:", "Elmstead Pharma", "Clinical Data Manager", "e3p9c2dm"),
        sent="Thu, 5 Nov 2026 22:02:02 +0000",
        items=items,
        html=html,
        mailer="User-Agent: Mozilla Thunderbird",
        forbidden=("followupd wrote:", "What money was discussed?"),
    )


def c49() -> None:
    d = debrief("Северсталь Диджитал", "Аналитик данных", "Jane Doe", "s4d8a1ru")
    items: list[Item] = [
        ("rating", "7 из 10", 7),
        ("went_well", "Задача по SQL прошла хорошо.", None),
        ("money", "250 тысяч рублей в месяц", money("250 тысяч рублей в месяц", ("250000", "RUB", "month"))),
        ("want_job", "Да", "yes"),
        ("hear_back", "В пятницу", "2026-12-18"),
    ]
    text = j(
        numbered(items),
        "",
        "--",
        "Отправлено из мобильной Яндекс Почты",
        "",
        '14.12.2026, 19:02, "followupd" <followupd@example.test>:',
        *quote(d),
    )
    write(
        "c49_yandex_ru",
        client="Yandex Mail (ru)",
        language="ru",
        day="2026-12-14",
        shape="top-posted numbered, Russian mobile footer, date-first Yandex attribution",
        subject=subject("Re:", "Северсталь Диджитал", "Аналитик данных", "s4d8a1ru"),
        sent="Mon, 14 Dec 2026 21:30:00 +0300",
        items=items,
        text=text,
        charset="koi8-r",
        cte="8bit",
        forbidden=("Отправлено из мобильной", "14.12.2026, 19:02"),
    )


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20]
CASES += [c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40]
CASES += [c41, c42, c43, c44, c45, c46, c47, c48, c49]

if __name__ == "__main__":
    for make in CASES:
        make()
