"""Writes the fourteenth held-out reply set (eval14): replies to a followupd debrief in real clients' shapes."""

from __future__ import annotations

import base64
import json
import quopri
from dataclasses import dataclass
from email.header import Header
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Part:
    subtype: str  # "plain" or "html"
    text: str
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    flowed: bool = False


@dataclass(frozen=True)
class Mail:
    name: str
    client: str
    language: str
    interview_date: str
    shape: str
    answers: dict[str, Any]
    date: str
    subject: str
    parts: tuple[Part, ...]
    sender: str = "Maya Example <maya@example.org>"
    own: tuple[str, ...] = ("maya@example.org",)
    forbidden: tuple[str, ...] = ()
    free_notes: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    crlf: bool = False


def _header(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset if charset not in ("iso-2022-jp",) else "iso-2022-jp").encode()


def _body(part: Part) -> tuple[str, bytes]:
    raw = part.text.encode(part.charset)
    if part.cte == "base64":
        payload = base64.encodebytes(raw)
    elif part.cte == "quoted-printable":
        payload = quopri.encodestring(raw)
        if not payload.endswith(b"\n"):
            payload += b"\n"
    else:
        payload = raw if raw.endswith(b"\n") else raw + b"\n"
    ctype = f"text/{part.subtype}; charset={part.charset}"
    if part.flowed:
        ctype += "; format=flowed"
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {part.cte}\n"
    return head, payload


def render(mail: Mail, index: int) -> bytes:
    subject_charset = next((p.charset for p in mail.parts if p.charset != "us-ascii"), "utf-8")
    lines = [
        f"From: {mail.sender}",
        "To: followupd <maya@example.org>",
        f"Subject: {_header(mail.subject, 'utf-8' if subject_charset == 'iso-2022-jp' else subject_charset)}",
        f"Date: {mail.date}",
        f"Message-ID: <eval14.{index:03d}.{mail.name}@mail.example.org>",
        f"In-Reply-To: <debrief.{index:03d}@followupd.example.org>",
        f"References: <debrief.{index:03d}@followupd.example.org>",
        *(f"{k}: {v}" for k, v in mail.headers),
        "MIME-Version: 1.0",
    ]
    out = ("\n".join(lines) + "\n").encode("ascii")
    if len(mail.parts) == 1:
        head, payload = _body(mail.parts[0])
        out += head.encode("ascii") + b"\n" + payload
    else:
        boundary = f"----=_Part_{index:03d}_eval14_{len(mail.name)}"
        out += f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode("ascii")
        for part in mail.parts:
            head, payload = _body(part)
            out += f"--{boundary}\n".encode("ascii") + head.encode("ascii") + b"\n" + payload
        out += f"--{boundary}--\n".encode("ascii")
    if mail.crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def expected(mail: Mail) -> dict[str, Any]:
    return {
        "client": mail.client,
        "language": mail.language,
        "interview_date": mail.interview_date,
        "own_addresses": list(mail.own),
        "shape": mail.shape,
        "free_notes": mail.free_notes,
        "answers": mail.answers,
        "forbidden": list(mail.forbidden),
    }


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
FORM = "https://followupd.example.org/form/"


@dataclass(frozen=True)
class Interview:
    company: str
    role: str
    who: str
    ended: str
    token: str

    @property
    def subject(self) -> str:
        return f"Debrief: {self.company}, {self.role} [fu-{self.token}]"


def intro(iv: Interview) -> list[str]:
    return [
        "Hi Maya,",
        "",
        f"Your interview with {iv.company} for {iv.role} (with {iv.who}) ended at {iv.ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {FORM}{iv.token}',
        "(The form works while followupd runs; a reply works any time.)",
        "",
    ]


OUTRO = ["Skip anything you like; a later reply fills in or replaces single answers.", "-- ", "followupd"]


def debrief(
    iv: Interview, under: dict[int, str] | None = None, *, prefix: str = "", keep: bool = True
) -> str:
    """The debrief's text, each line behind prefix; under[n] is typed (unquoted) below question n."""
    under = under or {}
    out = [prefix + line if line else prefix.rstrip() for line in intro(iv)]
    for number, question in enumerate(QUESTIONS, start=1):
        if not keep and number not in under:
            continue
        out.append(f"{prefix}{number}. {question}")
        if number in under:
            out += ["", under[number], ""]
        else:
            out.append(prefix.rstrip())
    out += [prefix + line if line else prefix.rstrip() for line in OUTRO]
    return "\n".join(out) + "\n"


def debrief_html(iv: Interview) -> str:
    items = "\n".join(f"<li><p>{q.replace(chr(39), '&#39;')}</p></li>" for q in QUESTIONS)
    return (
        f"<p>Hi Maya,</p>\n<p>Your interview with {iv.company} for {iv.role} (with {iv.who}) ended at "
        f"{iv.ended}.\nWhile it is fresh, answer what you can: reply to this email (inline under each question, "
        f'or numbered like\n&ldquo;1. 7/10&rdquo;), or <a href="{FORM}{iv.token}">use the form</a>.</p>\n'
        '<p style="color: #666">The form works while followupd runs; a reply works any time.</p>\n'
        f"<ol>\n{items}\n</ol>\n<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
        '<p style="color: #666">&mdash; followupd</p>\n'
    )


def divs(text: str) -> str:
    """Plain lines as a webmail editor writes them: one div per line, <br> for a blank one."""
    return "\n".join(f"<div>{line}</div>" if line else "<div><br></div>" for line in text.split("\n"))


def A(text: str, value: Any = None) -> dict[str, Any]:
    return {"text": text, "value": value}


def M(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, Any]:
    return {
        "text": text,
        "value": {
            "amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts],
            "text": text,
        },
    }


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


def numbered(answers: dict[str, dict[str, Any]], fmt: str = "{n}. {t}", sep: str = "\n") -> str:
    """The answers in the user's numbering, in the order written (dict order)."""
    return sep.join(fmt.format(n=QIDS.index(q) + 1, t=a["text"]) for q, a in answers.items())


def by_number(answers: dict[str, dict[str, Any]]) -> dict[int, str]:
    return {QIDS.index(q) + 1: a["text"] for q, a in answers.items()}


def quote(text: str, mark: str = ">") -> str:
    return "\n".join(f"{mark} {line}" if line else mark for line in text.rstrip("\n").split("\n")) + "\n"


def case_01() -> Mail:
    iv = Interview("Northwind Traders", "Data Engineer", "Jane Doe and Raj Patel", "16:00", "k3x9q2ab")
    a = {
        "rating": A("7/10", 7),
        "went_well": A("The SQL exercise. I finished early and talked through indexing without being asked."),
        "went_badly": A(
            "Rambled on the 'tell me about a conflict' question. Next time: one story, 2 minutes."
        ),
        "rapport": A("Jane was great, Raj quieter but friendly. Yes, I could work with both."),
        "role": A(
            "Mostly batch pipelines on dbt + Airflow, which is exactly my thing. Maybe 80% of what I want."
        ),
        "company": A("Small data team that reports straight to the CFO, so the work actually gets used."),
        "reservations": A("On-call rota sounded heavy. I'll ask how many pages per week they get."),
        "money": M("$145k base + 10% bonus, they asked for my number first", ("145000", "USD", None)),
        "vs_current": A("Better tech, similar pay, shorter commute (hybrid 2 days)."),
        "vs_others": A("Ahead of Contoso for now."),
        "want_job": A("Yes", "yes"),
        "hear_back": A("by Friday", "2026-11-06"),
    }
    top = numbered(a) + "\n\nThanks!\nMaya\n"
    hist = "On Mon, Nov 2, 2026 at 6:12 PM followupd <maya@example.org> wrote:\n\n" + quote(debrief(iv))
    return Mail(
        name="gmail_web_en_numbered",
        client="Gmail web",
        language="en",
        interview_date="2026-11-02",
        shape="top-posted numbered 1. (all twelve), gmail_quote in HTML",
        answers=a,
        date="Mon, 2 Nov 2026 21:40:07 -0500",
        subject="Re: " + iv.subject,
        parts=(
            Part("plain", top + "\n" + hist),
            Part(
                "html",
                '<div dir="ltr">' + divs(top.rstrip()) + '</div><br><div class="gmail_quote">'
                '<div dir="ltr" class="gmail_attr">On Mon, Nov 2, 2026 at 6:12 PM followupd &lt;<a href='
                '"mailto:maya@example.org">maya@example.org</a>&gt; wrote:<br></div><blockquote class="'
                'gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                'padding-left:1ex">' + debrief_html(iv) + "</blockquote></div>\n",
            ),
        ),
        forbidden=("Rate your overall performance", "use the form", "Thanks!"),
    )


def case_02() -> Mail:
    iv = Interview("Tailspin Toys", "QA Lead", "Raj Patel", "15:30", "t7hq2m4w")
    a = {
        "rating": A("6 out of 10", 6),
        "went_well": A("Test strategy whiteboard, they liked the risk-based approach"),
        "went_badly": A(
            "Couldn't remember the exact Playwright API for network mocking. "
            "Should have said I'd look it up instead of guessing."
        ),
        "rapport": A("Raj is very direct, a bit cold at first but warmed up. Yes I think so"),
        "role": A(
            "Leading 4 testers, automation from scratch. Close to what I want, maybe more hands-on than I'd like"
        ),
        "company": A("Regional HQ in Bangkok, good training budget"),
        "reservations": A("Reporting line unclear (QA under dev manager?). Will ask the recruiter"),
        "money": M("THB 95,000 per month plus 2 months bonus", ("95000", "THB", "month")),
        "vs_current": A("Bigger team, more responsibility, slightly better pay"),
        "vs_others": A("Only other one is the bank and that's still at first round"),
        "want_job": A("Not sure", "unsure"),
        "hear_back": A("early next week", "2026-11-10"),
    }
    sig = (
        "Best regards,\n\nMaya Example\nSenior QA Engineer | Quality Engineering\nWoodgrove Bank (Thailand) Public "
        "Company Limited\nT: +66 2 555 0147 | M: +66 81 555 0199\nwww.woodgrovebank.example\n\n"
        "ข้อความนี้อาจมีข้อมูลที่เป็นความลับ หากท่านไม่ใช่ผู้รับที่ระบุไว้ โปรดแจ้งผู้ส่งและลบข้อความนี้ทันที\n"
        "This e-mail may contain confidential information. If you are not the intended recipient, please notify "
        "the sender and delete it immediately.\n"
    )
    hist = (
        "________________________________\nจาก: followupd <maya@example.org>\nส่ง: 3 พฤศจิกายน 2026 18:05\n"
        "ถึง: Maya Example <maya.example@woodgrovebank.example>\nเรื่อง: " + iv.subject + "\n\n" + debrief(iv)
    )
    body = "Hi,\n\n" + numbered(a, "{n} - {t}") + "\n\n" + sig + "\n" + hist
    return Mail(
        name="outlook_win_thai_header_en_answers",
        client="Outlook desktop Windows (Thai UI)",
        language="en",
        interview_date="2026-11-03",
        shape="top-posted '1 -', corporate signature and Thai/English disclaimer, "
        "unquoted history under a Thai header block",
        answers=a,
        date="Tue, 3 Nov 2026 20:14:51 +0700",
        subject="RE: " + iv.subject,
        sender="Maya Example <maya.example@woodgrovebank.example>",
        own=("maya@example.org", "maya.example@woodgrovebank.example"),
        parts=(Part("plain", body, "tis-620", "quoted-printable"),),
        crlf=True,
        forbidden=(
            "Best regards",
            "Senior QA Engineer",
            "+66 81 555 0199",
            "confidential information",
            "ข้อความนี้อาจมีข้อมูลที่เป็นความลับ",
            "What went well?",
        ),
        headers=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtQx2Hk0eval14thai")),
    )


def case_03() -> Mail:
    iv = Interview("Contoso Pharmaceuticals", "Product Analyst", "Jane Doe", "14:00", "h1nd1an4")
    a = {
        "rating": A("8", 8),
        "went_well": A("case study on the churn dashboard, walked them through it properly"),
        "want_job": A("yes, definitely", "yes"),
        "hear_back": A("next week", "2026-11-13"),
    }
    top = numbered(a, "{n}) {t}") + "\n\nWill fill in the rest tonight\n"
    attr = "बुध, 4 नव॰ 2026, 6:32 pm को followupd <maya@example.org> ने लिखा:"
    hist = attr + "\n\n" + quote(debrief(iv))
    return Mail(
        name="gmail_android_hindi_attr_partial",
        client="Gmail Android (Hindi UI)",
        language="en",
        interview_date="2026-11-04",
        shape="top-posted '1)' partial (4 answers) under a Hindi attribution",
        answers=a,
        date="Wed, 4 Nov 2026 20:02:33 +0530",
        subject="Re: " + iv.subject,
        parts=(
            Part("plain", top + "\n" + hist, cte="base64"),
            Part(
                "html",
                '<div dir="auto">' + divs(top.rstrip()) + '</div><br><div class="gmail_quote"><div '
                f'dir="ltr" class="gmail_attr">{attr.replace("<", "&lt;").replace(">", "&gt;")}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                f'padding-left:1ex">{debrief_html(iv)}</blockquote></div>\n',
                cte="base64",
            ),
        ),
        free_notes="Will fill in the rest tonight",
        forbidden=("ने लिखा", "How did you get on with the interviewer(s)?"),
    )


def case_04() -> Mail:
    iv = Interview("Margie's Travel", "Backend Developer", "Raj Patel and Jane Doe", "16:45", "v13tn4mz")
    a = {
        "rating": A("7", 7),
        "went_well": A("System design, the booking-hold problem. Felt natural"),
        "went_badly": A("Go generics question, blanked a bit"),
        "role": A("Payments + booking APIs, Go and Postgres. Very close to what I want"),
        "money": M("45,000,000 VND per month gross, 13th month salary", ("45000000", "VND", "month")),
        "hear_back": A("Tuesday", "2026-11-10"),
    }
    top = numbered(a, "Q{n} - {t}") + "\n\nTải Outlook cho iOS\n"
    hist = (
        "________________________________\nTừ: followupd <maya@example.org>\nĐã gửi: Thứ Năm, tháng 11 5, 2026 "
        "6:20:14 CH\nĐến: maya@example.org <maya@example.org>\nChủ đề: " + iv.subject + "\n\n" + debrief(iv)
    )
    return Mail(
        name="outlook_ios_vietnamese_header",
        client="Outlook iOS (Vietnamese UI)",
        language="en",
        interview_date="2026-11-05",
        shape="top-posted 'Q1 -' (6 answers), Vietnamese mobile footer and header block, unquoted history",
        answers=a,
        date="Thu, 5 Nov 2026 21:48:02 +0700",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, cte="base64"),),
        forbidden=("Tải Outlook cho iOS", "Đã gửi", "Skip anything you like"),
    )


def case_05() -> Mail:
    iv = Interview("Fourth Coffee", "Supply Chain Planner", "Jane Doe", "11:00", "idn0n3s1")
    a = {
        "rating": A("Solid 7.5", 7.5),
        "rapport": A("Jane was lovely, we laughed a lot. Yes"),
        "company": A(
            "They source directly from farms in Sumatra and Flores, and it shows in how they talk about it"
        ),
        "reservations": A("The office is in Cikarang, that's 90 min each way for me. Ask about 3 days WFH?"),
        "hear_back": A("within two weeks", "2026-11-20"),
    }
    top = numbered(a, "({n}) {t}") + "\n\nDikirim dari iPhone saya\n"
    hist = "Pada 6 Nov 2026, pukul 17.58, followupd <maya@example.org> menulis:\n\n" + quote(debrief(iv))
    return Mail(
        name="apple_ios_indonesian_attr",
        client="Apple Mail iOS (Indonesian UI)",
        language="en",
        interview_date="2026-11-06",
        shape="top-posted '(1)' partial (5 answers), Indonesian footer and attribution, '>' quoted",
        answers=a,
        date="Fri, 6 Nov 2026 19:31:40 +0700",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, cte="quoted-printable"),),
        forbidden=("Dikirim dari iPhone saya", "menulis:"),
        headers=(("X-Mailer", "iPhone Mail (22B91)"),),
    )


def case_06() -> Mail:
    iv = Interview("Adatum Corporation", "Security Engineer", "Raj Patel", "15:00", "hebr3w00")
    a = {
        "rating": A("8/10", 8),
        "went_well": A("Threat modelling exercise, I was in my element"),
        "went_badly": A("Cloud IAM policy question on GCP, I only know AWS well. Say so earlier next time."),
        "rapport": A("Raj: sharp, funny, asked good follow-ups. Yes"),
        "role": A("AppSec for the mobile banking apps. 90% there"),
        "reservations": A("Hybrid 4 days in Herzliya is a lot. Ask if 3 is possible."),
        "money": M("₪38,000 a month gross", ("38000", "ILS", "month")),
        "want_job": A("yes", "yes"),
        "hear_back": A("end of next week", "2026-11-20"),
    }
    top = numbered(a, "{n}: {t}") + "\n"
    attr = (
        "\u202bבתאריך יום ב׳, 9 בנוב׳ 2026 ב-18:40 מאת \u202afollowupd\u202c\u200f "
        "<\u202amaya@example.org\u202c\u200f>:\u202c"
    )
    hist = attr + "\n\n" + quote(debrief(iv))
    html = (
        '<div dir="ltr">' + divs(top.rstrip()) + '</div><br><div class="gmail_quote"><div dir="rtl" '
        f'class="gmail_attr">{attr.replace("<", "&lt;").replace(">", "&gt;")}<br></div><blockquote '
        f'class="gmail_quote" style="margin:0px 0.8ex 0px 0px">{debrief_html(iv)}</blockquote></div>\n'
    )
    return Mail(
        name="gmail_web_hebrew_attr",
        client="Gmail web (Hebrew UI)",
        language="en",
        interview_date="2026-11-09",
        shape="top-posted '1:' (9 answers) under a right-to-left Hebrew attribution with bidi marks",
        answers=a,
        date="Mon, 9 Nov 2026 22:03:11 +0200",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist), Part("html", html)),
        forbidden=("מאת", "What do you like about the company?"),
    )


def case_07() -> Mail:
    iv = Interview("Wide World Importers", "Logistics Analyst", "Jane Doe and Raj Patel", "13:30", "arab1c77")
    a = {
        "rating": A("Around 6", 6),
        "went_well": A("Excel modelling task, done in 25 of the 40 minutes"),
        "went_badly": A("I undersold my Arabic. Should have offered to do part of it in Arabic."),
        "role": A("Customs + freight cost analysis across the Gulf. Quite close"),
        "money": M("AED 22,000 monthly + housing allowance", ("22000", "AED", "month")),
        "want_job": A("No", "no"),
        "hear_back": A("Thursday the 19th", "2026-11-19"),
    }
    lines = numbered(a).split("\n")
    reply = "".join(
        f'<div style="font-family: Aptos, sans-serif; font-size: 12pt">{line}</div>\n' for line in lines
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style '
        'type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
        '<body dir="ltr">\n'
        + reply
        + '<div style="font-family: Aptos, sans-serif; font-size: 12pt"><br></div>\n'
        '<div style="font-family: Aptos, sans-serif; font-size: 12pt">Maya</div>\n<div id="appendonsend"></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="rtl"><font '
        'face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>من:</b> followupd '
        "&lt;maya@example.org&gt;<br>\n<b>تم الإرسال:</b> الثلاثاء، 10 نوفمبر 2026 06:05 م<br>\n<b>إلى:</b> "
        f"Maya Example &lt;maya@example.org&gt;<br>\n<b>الموضوع:</b> {iv.subject}</font>\n<div>&nbsp;</div></div>\n"
        "<div>" + debrief_html(iv) + "</div>\n</body></html>\n"
    )
    return Mail(
        name="outlook_web_arabic_html_only",
        client="Outlook web (Arabic UI)",
        language="en",
        interview_date="2026-11-10",
        shape="HTML only, '1.' (7 answers) in divs, divRplyFwdMsg header block in Arabic",
        answers=a,
        date="Tue, 10 Nov 2026 19:22:45 +0400",
        subject="RE: " + iv.subject,
        parts=(Part("html", html, cte="base64"),),
        free_notes="",
        forbidden=("تم الإرسال", "What money was discussed?"),
    )


def case_08() -> Mail:
    iv = Interview("Alpine Ski House", "Frontend Developer", "Jane Doe", "17:00", "gr33k0k8")
    a = {
        "rating": A("8 στα 10", 8),
        "went_well": A("Η άσκηση με React, την έλυσα γρήγορα και εξήγησα τις επιλογές μου."),
        "went_badly": A(
            "Στην ερώτηση για accessibility ήμουν γενική. Την επόμενη φορά θα δώσω συγκεκριμένο παράδειγμα."
        ),
        "rapport": A("Πολύ καλά, η Jane ήταν φιλική και χαλαρή. Ναι, θα δούλευα μαζί της."),
        "role": A("Booking site με React και TypeScript, πολύ κοντά σε αυτό που θέλω."),
        "money": M("62.000 € μικτά το χρόνο", ("62000", "EUR", "year")),
        "want_job": A("Ναι", "yes"),
        "hear_back": A("Μέχρι την Παρασκευή", "2026-11-13"),
    }
    # answers typed under the quoted questions, unanswered ones left quoted
    quoted = debrief(iv, by_number(a), prefix="> ")
    body = "Στις 11/11/2026 6:40 μ.μ., ο/η followupd έγραψε:\n" + quoted + "\nΜάγια\n"
    return Mail(
        name="thunderbird_greek_inline",
        client="Thunderbird (Greek UI)",
        language="el",
        interview_date="2026-11-11",
        shape="inline under '>' quotes (8 answers), Greek attribution, format=flowed",
        answers=a,
        date="Wed, 11 Nov 2026 21:15:09 +0200",
        subject="Απ: " + iv.subject,
        sender="Maya Example <maya@example.org>",
        parts=(Part("plain", body, "utf-8", "8bit", flowed=True),),
        forbidden=("έγραψε", "How does it compare with your other opportunities?"),
        headers=(("User-Agent", "Mozilla Thunderbird"),),
    )


def case_09() -> Mail:
    iv = Interview("Litware", "DevOps Engineer", "Ivan Ivanov", "16:00", "yand3x09")
    a = {
        "rating": A("7 из 10", 7),
        "went_well": A("Вопросы по Kubernetes и Terraform — тут я чувствовала себя уверенно."),
        "reservations": A("Много дежурств по выходным. Уточню у HR, как это компенсируется."),
        "money": M("250 тысяч рублей в месяц на руки", ("250000", "RUB", "month")),
        "hear_back": A("В понедельник", "2026-11-16"),
    }
    top = numbered(a) + "\n\n-- \nОтправлено из мобильной Яндекс Почты\n"
    attr = '12.11.2026, 18:55, "followupd" <maya@example.org>:'
    plain = top + "\n" + attr + "\n" + quote(debrief(iv))
    html = (
        "<div>" + "</div><div>".join(numbered(a).split("\n")) + "</div><div> </div><div>-- <br>Отправлено "
        "из мобильной Яндекс Почты</div><div> </div><div>"
        + attr.replace("<", "&lt;").replace(">", "&gt;")
        + "</div><blockquote>"
        + debrief_html(iv)
        + "</blockquote>\n"
    )
    return Mail(
        name="yandex_russian_numbered_partial",
        client="Yandex Mail (mobile)",
        language="ru",
        interview_date="2026-11-12",
        shape="top-posted '1.' partial (5 answers), date-first attribution, mobile footer after '-- '",
        answers=a,
        date="Thu, 12 Nov 2026 22:10:40 +0300",
        subject="Re: " + iv.subject,
        parts=(Part("plain", plain, cte="base64"), Part("html", html, cte="base64")),
        forbidden=("Отправлено из мобильной Яндекс Почты", "What reservations do you have"),
    )


def case_10() -> Mail:
    iv = Interview("Proseware", "Mobile Developer", "Jan Kowalski", "15:15", "ukra1n10")
    a = {
        "rating": A("8/10", 8),
        "went_well": A("Live-coding на Kotlin, впоралася швидко і без підказок"),
        "went_badly": A("Питання про CI для iOS — я плавала. Треба підтягнути Fastlane."),
        "rapport": A("Ян дуже приємний, спокійний. Так, могла б з ним працювати"),
        "role": A("Android-застосунок для логістики, Jetpack Compose. Дуже близько до того, що хочу"),
        "company": A("Продуктова компанія, а не аутсорс. Є бюджет на конференції"),
        "reservations": A("Офіс у Львові, а я в Києві. Спитаю про повну віддалену роботу"),
        "money": M("3500 доларів на місяць", ("3500", "USD", "month")),
        "vs_current": A("Цікавіше, ніж зараз, і трохи більше грошей"),
        "vs_others": A("Краще, ніж пропозиція від Fabrikam"),
        "want_job": A("Так", "yes"),
        "hear_back": A("до середи", "2026-11-18"),
    }
    top = numbered(a, "{n}) {t}") + "\n\nДякую!\n"
    hist = "Пт, 13 лист. 2026 р. о 19:20 followupd <maya@example.org> пише:\n\n" + quote(debrief(iv))
    return Mail(
        name="gmail_ios_ukrainian_full",
        client="Gmail iOS",
        language="uk",
        interview_date="2026-11-13",
        shape="top-posted '1)' (all twelve), Ukrainian attribution with 'пише:'",
        answers=a,
        date="Fri, 13 Nov 2026 21:02:18 +0200",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),),
        forbidden=("пише:", "Дякую!", "Now that you have seen what they offer"),
    )


def case_11() -> Mail:
    iv = Interview("Coho Winery", "Marketing Manager", "Ahmet Yılmaz", "14:30", "turk1sh1")
    a = {
        "rating": A("10 üzerinden 8", 8),
        "went_well": A("Kampanya örnekleri kısmı çok iyi geçti, portföyümü beğendiler."),
        "went_badly": A("Bütçe sorusunda rakam veremedim. Bir dahaki sefere hazırlıklı gideceğim."),
        "rapport": A("Ahmet Bey çok samimiydi. Evet, birlikte çalışabilirim."),
        "role": A("İhracat pazarlaması, tam istediğim alan."),
        "money": M("Aylık net 120.000 TL", ("120000", "TRY", "month")),
        "want_job": A("Evet", "yes"),
        "hear_back": A("Gelecek hafta", "2026-11-27"),
    }
    top = numbered(a, "{n}- {t}") + "\n\nSevgiler,\nMaya\n"
    hist = (
        "Kimden: followupd <maya@example.org>\nTarih: Pazartesi, 16 Kasım 2026 18:20\nKime: Maya Example "
        "<maya@example.org>\nKonu: " + iv.subject + "\n\n" + debrief(iv)
    )
    return Mail(
        name="outlook_mac_turkish_header",
        client="Outlook for Mac (Turkish UI)",
        language="tr",
        interview_date="2026-11-16",
        shape="top-posted '1-' (8 answers), sign-off, unquoted Mac header block Kimden/Tarih/Kime/Konu",
        answers=a,
        date="Mon, 16 Nov 2026 21:33:57 +0300",
        subject="YNT: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "iso-8859-9", "quoted-printable"),),
        forbidden=("Sevgiler", "Kimden:", "What didn't go so well?"),
        headers=(("User-Agent", "Microsoft-MacOutlook/16.90.24111020"),),
    )


def case_12() -> Mail:
    iv = Interview("Trey Research", "Data Scientist", "Jan Novák", "10:00", "czech012")
    a = {
        "rating": A("7 z 10", 7),
        "went_well": A("Statistika a A/B testy, tam jsem byla silná."),
        "went_badly": A("Otázka na MLOps - málo zkušeností. Příště zmíním svůj vlastní projekt."),
        "rapport": A("Pan Novák byl milý, trochu formální. Ano."),
        "money": M("75 000 Kč hrubého měsíčně", ("75000", "CZK", "month")),
        "want_job": A("Ano", "yes"),
        "hear_back": A("do pátku", "2026-11-20"),
    }
    top = numbered(a, "{n}) {t}") + "\n\nS pozdravem\nMaya Example\n"
    hist = (
        '------ Původní zpráva ------\nOd: "followupd" <maya@example.org>\nKomu: "Maya Example" '
        "<maya@example.org>\nDatum: 17.11.2026 18:02:44\nPředmět: " + iv.subject + "\n\n" + debrief(iv)
    )
    return Mail(
        name="emclient_czech_original_message",
        client="eM Client",
        language="cs",
        interview_date="2026-11-17",
        shape="top-posted '1)' (7 answers), sign-off, unquoted history under 'Původní zpráva'",
        answers=a,
        date="Tue, 17 Nov 2026 20:48:13 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "iso-8859-2", "quoted-printable"),),
        crlf=True,
        forbidden=("S pozdravem", "Původní zpráva", "How does this opportunity compare"),
        headers=(("X-Mailer", "eM Client 10.1"),),
    )


def case_13() -> Mail:
    iv = Interview("Humongous Insurance", "Business Analyst", "Kovács János", "15:00", "hung4ry3")
    a = {
        "rating": A("8", 8),
        "went_well": A("A folyamatábrás feladat, gyorsan és tisztán megoldottam."),
        "went_badly": A("Az SQL-es kérdésnél lassú voltam. Legközelebb gyakorolok előtte."),
        "rapport": A("Kovács úr barátságos volt, jó hangulatú beszélgetés. Igen."),
        "role": A("Kárrendezési folyamatok digitalizálása, elég közel áll ahhoz, amit szeretnék."),
        "company": A("Stabil cég, jó képzési lehetőségek."),
        "reservations": A("Lassú döntéshozatal? Megkérdezem, mennyi ideig tart egy projekt jóváhagyása."),
        "money": M("Bruttó 1 200 000 Ft havonta", ("1200000", "HUF", "month")),
        "vs_current": A("Több felelősség, jobb fizetés."),
        "vs_others": A("Ez az első helyen áll."),
        "want_job": A("Igen", "yes"),
        "hear_back": A("Jövő hét végéig", "2026-11-27"),
    }
    top = numbered(a) + "\n"
    attr = "followupd <maya@example.org> ezt írta (időpont: 2026. nov. 18., Sze, 18:10):"
    hist = attr + "\n\n" + quote(debrief(iv))
    html = (
        '<div dir="ltr">' + divs(top.rstrip()) + '</div><br><div class="gmail_quote"><div dir="ltr" '
        f'class="gmail_attr">{attr.replace("<", "&lt;").replace(">", "&gt;")}<br></div><blockquote '
        f'class="gmail_quote">{debrief_html(iv)}</blockquote></div>\n'
    )
    return Mail(
        name="gmail_web_hungarian_full",
        client="Gmail web",
        language="hu",
        interview_date="2026-11-18",
        shape="top-posted '1.' (all twelve), Hungarian attribution 'ezt írta (időpont: ...)'",
        answers=a,
        date="Wed, 18 Nov 2026 21:19:55 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, cte="base64"), Part("html", html, cte="base64")),
        forbidden=("ezt írta", "What do you like about the role?"),
    )


def case_14() -> Mail:
    iv = Interview("Blue Yonder Airlines", "Customer Experience Lead", "Ion Popescu", "12:00", "roman1a4")
    a = {
        "rating": A("șapte din zece", 7),
        "went_well": A("Studiul de caz despre reclamații, au apreciat structura."),
        "rapport": A("Domnul Popescu a fost foarte deschis. Da, aș lucra cu el."),
        "money": M("9.000 lei net pe lună", ("9000", "RON", "month")),
        "want_job": A("Da", "yes"),
        "hear_back": A("Săptămâna viitoare", "2026-11-27"),
    }
    top = numbered(a, "{n} - {t}") + "\n\nTrimis de pe Yahoo Mail pe Android\n"
    indented = "\n".join(("   " + line) if line else "" for line in debrief(iv).split("\n"))
    hist = "  Pe joi, nov. 19, 2026 la 18:30, followupd<maya@example.org> a scris:  \n" + indented
    html = (
        '<div id="ydp" class="yahoo-style-wrap">' + divs(numbered(a, "{n} - {t}")) + "</div><div "
        'id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement">Trimis '
        'de pe Yahoo Mail pe Android</a></div><br><div class="yahoo_quoted"><div>Pe joi, nov. 19, 2026 la '
        '18:30, followupd&lt;maya@example.org&gt; a scris:</div><blockquote style="margin: 0 0 20px 0;">'
        '<div class="yqt0">' + debrief_html(iv) + "</div></blockquote></div>\n"
    )
    return Mail(
        name="yahoo_android_romanian",
        client="Yahoo Mail Android",
        language="ro",
        interview_date="2026-11-19",
        shape="top-posted '1 -' (6 answers), Yahoo footer, indented unquoted history in plain, yahoo_quoted HTML",
        answers=a,
        date="Thu, 19 Nov 2026 20:44:01 +0200",
        subject="Re: " + iv.subject,
        parts=(
            Part("plain", top + "\n" + hist, cte="quoted-printable"),
            Part("html", html, cte="quoted-printable"),
        ),
        forbidden=("Trimis de pe Yahoo Mail", "a scris:", "What went well?"),
    )


def case_15() -> Mail:
    iv = Interview("VanArsdel", "Game Designer", "Hong Gildong", "16:30", "nav3rk15")
    a = {
        "rating": A("10점 만점에 7점", 7),
        "went_well": A("포트폴리오 발표는 자신 있게 했어요."),
        "went_badly": A("밸런스 관련 질문에 답이 길어졌어요. 다음에는 핵심부터 말할게요."),
        "role": A("모바일 RPG 전투 기획, 원하던 일과 거의 같아요."),
        "money": M("연봉 6천만 원", ("60000000", "KRW", "year")),
        "want_job": A("네", "yes"),
        "hear_back": A("다음 주 수요일", "2026-11-25"),
    }
    top = numbered(a) + "\n"
    hist = (
        '-----Original Message-----\nFrom: "followupd"<maya@example.org>\nTo: "Maya Example"'
        "<maya@example.org>;\nCc:\nSent: 2026-11-20 (금) 18:11:05 (GMT+09:00)\nSubject: "
        + iv.subject
        + "\n\n"
        + debrief(iv)
    )
    return Mail(
        name="naver_korean_original_message",
        client="Naver Mail",
        language="ko",
        interview_date="2026-11-20",
        shape="top-posted '1.' (7 answers), Naver '-----Original Message-----' block, unquoted history",
        answers=a,
        date="Fri, 20 Nov 2026 21:05:44 +0900",
        subject="RE: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "base64"),),
        forbidden=("Original Message", "How did it go?"),
    )


def case_16() -> Mail:
    iv = Interview("Relecloud", "Cloud Architect", "Hong Gildong", "15:00", "samsng16")
    a = {
        "rating": A("8점", 8),
        "want_job": A("잘 모르겠어요", "unsure"),
        "hear_back": A("12월 2일까지", "2026-12-02"),
    }
    top = numbered(a) + "\n\n나머지는 내일 쓸게요\n\n\nGalaxy 스마트폰에서 보냈습니다.\n"
    hist = (
        "\n-------- 원본 이메일 --------\n발신: followupd <maya@example.org> \n날짜: 2026/11/23 18:04 (GMT+09:00) "
        "\n수신: maya@example.org \n제목: " + iv.subject + " \n\n" + debrief(iv)
    )
    return Mail(
        name="samsung_korean_partial",
        client="Samsung Email",
        language="ko",
        interview_date="2026-11-23",
        shape="top-posted '1.' partial (3 answers), Korean footer, '원본 이메일' block",
        answers=a,
        date="Mon, 23 Nov 2026 19:50:23 +0900",
        subject="RE: " + iv.subject,
        parts=(Part("plain", top + hist, "euc-kr", "base64"),),
        free_notes="나머지는 내일 쓸게요",
        forbidden=("Galaxy 스마트폰에서 보냈습니다", "원본 이메일"),
    )


def case_17() -> Mail:
    iv = Interview("Fabrikam", "Embedded Engineer", "Zhang San", "14:00", "qqmai117")
    a = {
        "rating": A("7分", 7),
        "went_well": A("RTOS和驱动相关的问题回答得很好"),
        "went_badly": A("手写环形缓冲区有个边界错误，下次要先写测试用例"),
        "rapport": A("张工很耐心，氛围轻松。可以一起工作"),
        "role": A("车载设备固件开发，和我想做的方向很接近"),
        "company": A("技术氛围好，团队稳定"),
        "reservations": A("加班可能比较多，打算问HR具体情况"),
        "money": M("月薪35000元", ("35000", "CNY", "month")),
        "vs_current": A("比现在的工作更有挑战"),
        "vs_others": A("比另一家初创公司稳定"),
        "want_job": A("想", "yes"),
        "hear_back": A("下周三", "2026-12-02"),
    }
    top = numbered(a, "{n}、{t}") + "\n"
    hist = (
        '\n\n------------------ 原始邮件 ------------------\n发件人: "followupd" <maya@example.org>;\n'
        '发送时间: 2026年11月24日(星期二) 晚上6:08\n收件人: "Maya Example"<maya@example.org>;\n'
        "主题: " + iv.subject + "\n\n" + debrief(iv)
    )
    return Mail(
        name="qq_chinese_full",
        client="QQ Mail",
        language="zh",
        interview_date="2026-11-24",
        shape="top-posted '1、' (all twelve), QQ '原始邮件' block, unquoted history",
        answers=a,
        date="Tue, 24 Nov 2026 21:30:12 +0800",
        subject="回复：" + iv.subject,
        parts=(Part("plain", top + hist, "gb18030", "base64"),),
        forbidden=("原始邮件", "发件人", "What reservations do you have"),
        headers=(("X-Mailer", "QQMail 2.x"),),
    )


def case_18() -> Mail:
    iv = Interview("Lucerne Publishing", "Content Strategist", "Jane Doe", "11:30", "zhiph018")
    a = {
        "rating": A("7", 7),
        "company": A(
            "They actually read my blog before the interview, which was nice. Editorial culture seems strong."
        ),
        "vs_current": A("Less money but much more interesting work"),
        "hear_back": A("They said Monday", "2026-11-30"),
    }
    top = numbered(a) + "\n\n发自我的iPhone\n"
    hist = "> 在 2026年11月25日，18:02，followupd <maya@example.org> 写道：\n> \n" + quote(debrief(iv))
    return Mail(
        name="apple_ios_chinese_ui_en_answers",
        client="Apple Mail iOS (Chinese UI)",
        language="en",
        interview_date="2026-11-25",
        shape="top-posted '1.' partial (4 answers), Chinese footer, attribution inside the quote",
        answers=a,
        date="Wed, 25 Nov 2026 20:11:37 +0800",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),),
        forbidden=("发自我的iPhone", "写道"),
        headers=(("X-Mailer", "iPhone Mail (22B91)"),),
    )


def case_19() -> Mail:
    iv = Interview("Bellows College", "Web Engineer", "Yamada Taro", "15:00", "jap4n019")
    a = {
        "rating": A("7点", 7),
        "went_well": A("ポートフォリオの説明はうまくできました。"),
        "went_badly": A("英語での質問に少し詰まりました。次は準備しておきます。"),
        "rapport": A("山田さんはとても話しやすかったです。一緒に働けそうです。"),
        "money": M("年収800万円", ("8000000", "JPY", "year")),
        "want_job": A("はい", "yes"),
        "hear_back": A("来週の水曜日", "2026-12-02"),
    }
    top = numbered(a) + "\n"
    hist = "2026年11月26日(木) 18:15 followupd <maya@example.org>:\n\n" + quote(debrief(iv))
    return Mail(
        name="gmail_ios_japanese_iso2022",
        client="Gmail iOS",
        language="ja",
        interview_date="2026-11-26",
        shape="top-posted '1.' (7 answers), date-first Japanese attribution, ISO-2022-JP",
        answers=a,
        date="Thu, 26 Nov 2026 20:42:18 +0900",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "iso-2022-jp", "7bit"),),
        forbidden=("Rate your overall performance",),
    )


def case_20() -> Mail:
    iv = Interview("Fourth Coffee", "Operations Manager", "Jane Doe and Raj Patel", "16:00", "airm4l20")
    a = {
        "rating": A("eight out of ten", 8),
        "went_well": A("The scenario about a supplier failing on a Friday. I had a real story for it."),
        "went_badly": A("Forgot to ask my own questions at the end, ran out of time"),
        "rapport": A("Both very warm. Raj has a dry sense of humour I liked"),
        "role": A("Running the roastery floor, 14 people. Close to ideal"),
        "company": A("B-corp, paid volunteering days"),
        "reservations": A("Early starts (6am). Could ask about a 7-3 shift pattern"),
        "money": M("£70-75k", ("70000", "GBP", None), ("75000", "GBP", None)),
        "vs_current": A("Same level, better company"),
        "vs_others": A("Best so far"),
        "want_job": A("Yes!", "yes"),
        "hear_back": A("by the 4th", "2026-12-04"),
    }
    top = numbered(a, "{n} ) {t}") + "\n\n--\nSent with Airmail\n"
    hist = "On 27 November 2026 at 18:04:51, followupd (maya@example.org) wrote:\n\n" + quote(debrief(iv))
    return Mail(
        name="airmail_en_numbered",
        client="Airmail (macOS)",
        language="en",
        interview_date="2026-11-27",
        shape="top-posted '1 )' (all twelve), Airmail footer after '--'",
        answers=a,
        date="Fri, 27 Nov 2026 19:12:03 +0000",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),),
        forbidden=("Sent with Airmail", "wrote:"),
        headers=(("X-Mailer", "Airmail (623)"),),
    )


def case_21() -> Mail:
    iv = Interview("Contoso", "Projektleiterin IT", "Erika Mustermann", "14:00", "k9deu021")
    a = {
        "rating": A("7 von 10", 7),
        "went_well": A("Die Fallstudie zur Migration lief richtig gut."),
        "went_badly": A(
            "Bei der Frage nach Budgetverantwortung war ich zu vage.\nNächstes Mal konkrete Zahlen nennen."
        ),
        "rapport": A("Frau Mustermann war sehr angenehm. Ja, auf jeden Fall."),
        "money": M("85.000 € brutto im Jahr", ("85000", "EUR", "year")),
        "want_job": A("Ja", "yes"),
        "hear_back": A("bis zum 10.", "2026-12-10"),
    }
    quoted = debrief(iv, by_number(a), prefix="> ")
    body = (
        "followupd <maya@example.org> schrieb am 30. November 2026 18:10:33 MEZ:\n"
        + quoted
        + "\n-- \nDiese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.\n"
    )
    return Mail(
        name="k9_german_inline",
        client="K-9 Mail",
        language="de",
        interview_date="2026-11-30",
        shape="inline under '>' quotes (7 answers, one over two lines), K-9 footer after '-- '",
        answers=a,
        date="Mon, 30 Nov 2026 21:27:40 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", body, "iso-8859-15", "quoted-printable"),),
        forbidden=("mit K-9 Mail gesendet", "schrieb am"),
        headers=(("User-Agent", "K-9 Mail for Android"),),
    )


def case_22() -> Mail:
    iv = Interview("Woodgrove Bank", "Risikoanalystin", "Erika Mustermann", "10:30", "gmxde022")
    a = {
        "rating": A("acht", 8),
        "went_well": A("Die Fragen zu Kreditrisikomodellen, da kenne ich mich aus."),
        "rapport": A("Sehr nett, aber etwas steif."),
        "money": M(
            "Nicht besprochen",
        ),
        "want_job": A("Ja", "yes"),
        "hear_back": A("Ende nächster Woche", "2026-12-11"),
    }
    html = (
        '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
        + "</div>\n<div>".join(numbered(a, "{n}) {t}").split("\n"))
        + "</div>\n<div>&nbsp;</div>\n<div>Viele Grüße</div>\n<div>Maya</div>\n<div>&nbsp;</div>\n"
        '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid '
        '#C3D9E5;"><div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Dienstag, 01. Dezember 2026 um 18:05 Uhr'
        "<br/>\n<b>Von:</b>&nbsp;&quot;followupd&quot; &lt;maya@example.org&gt;<br/>\n<b>An:</b>&nbsp;maya@example.org"
        f'<br/>\n<b>Betreff:</b>&nbsp;{iv.subject}</div>\n<div name="quoted-content">'
        + debrief_html(iv)
        + "</div></div></div></body></html>\n"
    )
    return Mail(
        name="gmx_german_html_only",
        client="GMX webmail",
        language="de",
        interview_date="2026-12-01",
        shape="HTML only, '1)' (6 answers), sign-off, GMX 'Gesendet:' quote block",
        answers=a,
        date="Tue, 1 Dec 2026 20:55:30 +0100",
        subject="Aw: " + iv.subject,
        parts=(Part("html", html, "utf-8", "quoted-printable"),),
        forbidden=("Viele Grüße", "Gesendet:", "What money was discussed?"),
    )


def case_23() -> Mail:
    iv = Interview("Trey Research", "Cheffe de projet data", "Jean Dupont", "15:30", "frout023")
    a = {
        "rating": A("7,5/10", 7.5),
        "went_well": A(
            "La présentation de mon projet de migration vers le cloud, ils ont posé beaucoup de questions."
        ),
        "went_badly": A("La question sur la gestion d'un conflit avec un client : trop longue. À préparer."),
        "rapport": A("Très bon contact avec Jean Dupont, humour et bienveillance. Oui sans hésiter."),
        "role": A("Pilotage de 3 équipes data, c'est exactement ce que je cherche."),
        "company": A("Entreprise à mission, vraie politique de télétravail."),
        "reservations": A("Déplacements à Lyon 2 jours par mois, à clarifier."),
        "money": M("Entre 55 et 60 k€ brut annuel", ("55000", "EUR", "year"), ("60000", "EUR", "year")),
        "vs_current": A("Plus de responsabilités et meilleur salaire."),
        "vs_others": A("Devant l'offre de Fabrikam."),
        "want_job": A("Oui", "yes"),
        "hear_back": A("Vendredi 11 décembre", "2026-12-11"),
    }
    sig = (
        "Cordialement,\n\nMaya Example\nResponsable BI | Direction des Systèmes d'Information\nHumongous Insurance "
        "France\n12 rue de l'Exemple, 75009 Paris\nTél. : +33 1 55 55 01 23\n\n"
        "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
        "destinataires. Toute utilisation non conforme à sa destination est interdite.\nThis message and any "
        "attachments are confidential and intended solely for the addressees.\n"
    )
    hist = (
        "De : followupd <maya@example.org>\nEnvoyé : mercredi 2 décembre 2026 18:05\nÀ : Maya Example "
        "<maya.example@humongous.example>\nObjet : " + iv.subject + "\n\n" + debrief(iv)
    )
    body = "Bonjour,\n\n" + numbered(a) + "\n\n" + sig + "\n" + hist
    return Mail(
        name="outlook_win_french_corporate",
        client="Outlook desktop Windows",
        language="fr",
        interview_date="2026-12-02",
        shape="top-posted '1.' (all twelve), corporate signature and bilingual "
        "disclaimer, unquoted De/Envoyé header block",
        answers=a,
        date="Wed, 2 Dec 2026 21:10:02 +0100",
        subject="RE: " + iv.subject,
        sender="Maya Example <maya.example@humongous.example>",
        own=("maya@example.org", "maya.example@humongous.example"),
        parts=(Part("plain", body, "windows-1252", "quoted-printable"),),
        crlf=True,
        forbidden=("Cordialement", "Responsable BI", "+33 1 55 55 01 23", "sont confidentiels", "Envoyé :"),
        headers=(("X-Mailer", "Microsoft Outlook 16.0"),),
    )


def case_24() -> Mail:
    iv = Interview("Wingtip Toys", "Platform Engineer", "Raj Patel", "17:00", "prot0n24")
    a = {
        "rating": A("6", 6),
        "went_well": A("Debugging exercise, found the race condition quickly"),
        "went_badly": A("System design felt rushed; I should have asked about scale first"),
        "rapport": A("Fine. Raj was a bit distracted (on-call?)"),
        "role": A("Internal developer platform, Backstage + k8s. Decent fit"),
        "reservations": A("Team lost 3 people this year, I want to know why"),
        "money": M("No numbers yet, they share the band at offer stage"),
        "hear_back": A("next Tuesday", "2026-12-08"),
    }
    top = numbered(a, "#{n} {t}") + "\n\nSent with Proton Mail secure email.\n"
    hist = (
        "------- Original Message -------\nOn Thursday, December 3rd, 2026 at 6:10 PM, followupd "
        "<maya@example.org> wrote:\n\n" + quote(debrief(iv))
    )
    return Mail(
        name="proton_en_hash_numbers",
        client="Proton Mail",
        language="en",
        interview_date="2026-12-03",
        shape="top-posted '#1' (8 answers), money with no amounts, Proton footer and 'Original Message' header",
        answers=a,
        date="Thu, 03 Dec 2026 20:31:00 +0000",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),),
        forbidden=("Sent with Proton Mail", "Original Message"),
    )


def case_25() -> Mail:
    iv = Interview("Adventure Works", "Ingeniera de datos", "Juan Pérez", "13:00", "rcube025")
    a = {
        "rating": A("8 de 10", 8),
        "went_well": A("La prueba técnica con Spark, la terminé antes de tiempo."),
        "went_badly": A("Me costó explicar un proyecto antiguo; debería repasar mi CV antes."),
        "rapport": A("Juan muy cercano y claro. Sí, trabajaría con él."),
        "company": A("Buen ambiente, mucha gente joven y formación pagada."),
        "money": M("45.000 € brutos al año", ("45000", "EUR", "year")),
        "want_job": A("Sí", "yes"),
        "hear_back": A("El martes", "2026-12-08"),
    }
    quoted = debrief(iv, by_number(a), prefix="> ")
    body = "El 2026-12-04 18:06, followupd escribió:\n" + quoted + "\nUn saludo,\nMaya\n"
    return Mail(
        name="roundcube_spanish_inline",
        client="Roundcube",
        language="es",
        interview_date="2026-12-04",
        shape="inline under '>' quotes (8 answers), sign-off at the end",
        answers=a,
        date="Fri, 04 Dec 2026 20:12:44 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", body, "iso-8859-15", "8bit", flowed=True),),
        forbidden=("Un saludo", "escribió:"),
        headers=(("User-Agent", "Roundcube Webmail/1.6.9"),),
    )


def case_26() -> Mail:
    iv = Interview("Tailspin Toys", "Gerente de producto", "Juan Pérez", "12:00", "oandr026")
    a = {
        "rating": A("9", 9),
        "went_well": A("El caso de priorización del roadmap, les encantó."),
        "went_badly": A("Nada grave, quizá hablé demasiado rápido."),
        "rapport": A("Excelente, Juan es muy buena onda."),
        "role": A("Producto para toda Latinoamérica, justo lo que busco."),
        "company": A("Crecimiento fuerte y home office 3 días."),
        "money": M("$65,000 MXN mensuales brutos", ("65000", "MXN", "month")),
        "vs_current": A("Mucho mejor que mi trabajo actual."),
        "want_job": A("Sí", "yes"),
        "hear_back": A("A más tardar el jueves", "2026-12-10"),
    }
    top = numbered(a, "{n}.- {t}") + "\n\nObtener Outlook para Android\n"
    hist = (
        "________________________________\nDe: followupd <maya@example.org>\nEnviado: lunes, 7 de diciembre de "
        "2026 6:02:11 p.m.\nPara: Maya Example <maya@example.org>\nAsunto: "
        + iv.subject
        + "\n\n"
        + debrief(iv)
    )
    return Mail(
        name="outlook_android_spanish_mx",
        client="Outlook Android",
        language="es",
        interview_date="2026-12-07",
        shape="top-posted '1.-' (10 answers), Spanish mobile footer, unquoted De/Enviado/Para/Asunto block",
        answers=a,
        date="Mon, 7 Dec 2026 19:40:09 -0600",
        subject="RE: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "base64"),),
        forbidden=("Obtener Outlook para Android", "Enviado:"),
    )


def case_27() -> Mail:
    iv = Interview("Litware", "UX-onderzoeker", "Jan Jansen", "14:30", "apmnl027")
    a = {
        "rating": A("7 uit 10", 7),
        "went_well": A("Mijn onderzoekscasus, ze stelden veel vervolgvragen."),
        "went_badly": A(
            "De vraag over kwantitatief onderzoek. Volgende keer een voorbeeld met cijfers klaar hebben."
        ),
        "rapport": A("Jan was heel open. Ja."),
        "role": A("Onderzoek voor de hele app, redelijk dichtbij wat ik wil."),
        "company": A("Ze nemen onderzoek serieus, er is een researchbudget."),
        "reservations": A("Team van één persoon; vragen of er een tweede researcher komt."),
        "money": M("€ 5.200 bruto per maand", ("5200", "EUR", "month")),
        "vs_current": A("Vergelijkbaar salaris, meer impact."),
        "vs_others": A("Gelijk met Proseware."),
        "want_job": A("Ja", "yes"),
        "hear_back": A("Volgende week", "2026-12-18"),
    }
    top = numbered(a, "{n}: {t}") + "\n\nGroetjes,\nMaya\n"
    hist = (
        "> Op 8 dec 2026, om 18:12 heeft followupd <maya@example.org> het volgende geschreven:\n> \n"
        + quote(debrief(iv))
    )
    return Mail(
        name="apple_mac_dutch_colon",
        client="Apple Mail macOS",
        language="nl",
        interview_date="2026-12-08",
        shape="top-posted '1:' (all twelve), sign-off, attribution inside the quote",
        answers=a,
        date="Tue, 8 Dec 2026 20:33:51 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),),
        forbidden=("Groetjes", "het volgende geschreven"),
        headers=(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    )


def case_28() -> Mail:
    iv = Interview("Coho Winery", "Responsabile export", "Mario Rossi", "11:00", "zohoi028")
    a = {
        "rating": A("7", 7),
        "went_well": A("La parte sui mercati esteri, ho portato esempi concreti."),
        "went_badly": A("Il mio tedesco è arrugginito e se ne sono accorti."),
        "reservations": A("Molte trasferte all'estero, da chiarire quante."),
        "money": M("RAL 42.000 €", ("42000", "EUR", "year")),
        "want_job": A("Non lo so ancora", "unsure"),
        "hear_back": A("Entro venerdì", "2026-12-11"),
    }
    html = (
        '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
        '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
        + divs(numbered(a, "{n}) {t}"))
        + '<div><br></div><div id="Zm-_Id_-Sgn"><div>Maya Example</div><div>'
        'Inviato con Zoho Mail</div></div><div><br></div><div class="zmail_extra_hr" style="border-top: 1px solid '
        'rgb(204, 204, 204);"></div><div class="zmail_extra"><div><br></div><div id="Zm-_Id_-Sgn1">---- Il mer, 09 '
        "dic 2026 18:20:00 +0100 <b>followupd &lt;maya@example.org&gt;</b> ha scritto ---</div><div><br></div>"
        '<blockquote style="border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px 5px;">'
        + debrief_html(iv)
        + "</blockquote></div><div><br></div></div></body></html>\n"
    )
    return Mail(
        name="zoho_italian_html_only",
        client="Zoho Mail",
        language="it",
        interview_date="2026-12-09",
        shape="HTML only, '1)' (7 answers), Zoho signature div and zmail_extra quote",
        answers=a,
        date="Wed, 09 Dec 2026 21:04:13 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("html", html, "utf-8", "quoted-printable"),),
        forbidden=("Inviato con Zoho Mail", "ha scritto"),
        headers=(("User-Agent", "Zoho Mail"),),
    )


def case_29() -> Mail:
    iv = Interview("Alpine Ski House", "Desenvolvedora Full Stack", "Fulano de Tal", "16:00", "gbrpt029")
    a = {
        "rating": A("8", 8),
        "went_well": A("O teste prático em Node, terminei tudo e ainda sobrou tempo."),
        "went_badly": A("Fiquei nervosa na parte comportamental. Da próxima vez, usar o método STAR."),
        "rapport": A("O Fulano é super gente boa. Sim, com certeza."),
        "role": A("Plataforma de reservas, stack moderna. Bem próximo do que quero."),
        "company": A("Remoto de verdade e horário flexível."),
        "reservations": A("Contrato PJ ou CLT? Vou perguntar ao RH."),
        "money": M("R$ 14.000 por mês (CLT)", ("14000", "BRL", "month")),
        "vs_current": A("Salário 30% maior e menos burocracia."),
        "vs_others": A("Melhor que a outra entrevista desta semana."),
        "want_job": A("Sim", "yes"),
        "hear_back": A("Até segunda", "2026-12-14"),
    }
    top = numbered(a, "{n}) {t}") + "\n\nBeijos,\nMaya\n"
    attr = "Em qui., 10 de dez. de 2026 às 18:05, followupd <maya@example.org> escreveu:"
    hist = attr + "\n\n" + quote(debrief(iv))
    html = (
        '<div dir="ltr">' + divs(top.rstrip()) + '</div><br><div class="gmail_quote"><div dir="ltr" '
        f'class="gmail_attr">{attr.replace("<", "&lt;").replace(">", "&gt;")}<br></div><blockquote '
        f'class="gmail_quote">{debrief_html(iv)}</blockquote></div>\n'
    )
    return Mail(
        name="gmail_web_ptbr_full",
        client="Gmail web",
        language="pt",
        interview_date="2026-12-10",
        shape="top-posted '1)' (all twelve), sign-off, Brazilian attribution",
        answers=a,
        date="Thu, 10 Dec 2026 20:18:36 -0300",
        subject="Re: " + iv.subject,
        parts=(
            Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),
            Part("html", html, "utf-8", "quoted-printable"),
        ),
        forbidden=("Beijos", "escreveu:"),
    )


def case_30() -> Mail:
    iv = Interview("Woodgrove Bank", "Analista de Risco", "Fulano de Tal", "15:00", "ptpt0030")
    a = {
        "rating": A("Sete em dez", 7),
        "went_well": A("As perguntas técnicas sobre Basileia III correram bem."),
        "reservations": A("Horário rígido, 9h às 18h no escritório. Perguntar se há flexibilidade."),
        "money": M("2.800 € brutos mensais, pagos 14 vezes", ("2800", "EUR", "month")),
        "hear_back": A("Na próxima semana", "2026-12-18"),
    }
    sig = (
        "Com os melhores cumprimentos,\n\nMaya Example\nAnalista Sénior | Direção de Risco\nHumongous Seguros, S.A.\n"
        "Av. da Liberdade, 100, 1250-000 Lisboa\nT. +351 21 555 0123\n\nAVISO DE CONFIDENCIALIDADE: Esta mensagem "
        "e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu "
        "por engano, por favor elimine-a e informe o remetente.\n"
    )
    hist = (
        "De: followupd <maya@example.org>\nEnviado: 11 de dezembro de 2026 18:03\nPara: Maya Example "
        "<maya.example@humongous.example>\nAssunto: " + iv.subject + "\n\n" + debrief(iv)
    )
    body = "Olá,\n\n" + numbered(a) + "\n\n" + sig + "\n" + hist
    return Mail(
        name="outlook_win_ptpt_partial_disclaimer",
        client="Outlook desktop Windows",
        language="pt",
        interview_date="2026-12-11",
        shape="top-posted '1.' partial (5 answers), long signature and "
        "confidentiality notice, unquoted De/Enviado block",
        answers=a,
        date="Fri, 11 Dec 2026 19:44:10 +0000",
        subject="RE: " + iv.subject,
        sender="Maya Example <maya.example@humongous.example>",
        own=("maya@example.org", "maya.example@humongous.example"),
        parts=(Part("plain", body, "iso-8859-15", "quoted-printable"),),
        crlf=True,
        forbidden=(
            "Com os melhores cumprimentos",
            "AVISO DE CONFIDENCIALIDADE",
            "+351 21 555 0123",
            "Enviado:",
        ),
    )


def case_31() -> Mail:
    iv = Interview("Northwind Traders", "Inköpare", "Anna Andersson", "13:00", "fmsv0031")
    a = {
        "rating": A("7 av 10", 7),
        "went_well": A("Förhandlingscaset gick bra, de gillade min struktur."),
        "went_badly": A("Jag glömde fråga om teamet. Nästa gång förbereder jag egna frågor."),
        "rapport": A("Anna var trevlig och rak. Ja."),
        "role": A("Strategiska inköp inom förpackningar, nära det jag vill."),
        "money": M("52 000 kr i månaden", ("52000", "SEK", "month")),
        "want_job": A("Ja", "yes"),
        "hear_back": A("På torsdag", "2026-12-17"),
    }
    top = numbered(a, "{n}/ {t}") + "\n\nHälsningar\nMaya\n"
    hist = "On Mon, 14 Dec 2026, at 18:05, followupd wrote:\n" + quote(debrief(iv))
    return Mail(
        name="fastmail_swedish_slash",
        client="Fastmail",
        language="sv",
        interview_date="2026-12-14",
        shape="top-posted '1/' (8 answers), sign-off, English attribution from the web client",
        answers=a,
        date="Mon, 14 Dec 2026 20:02:27 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),),
        forbidden=("Hälsningar", "followupd wrote:"),
        headers=(("User-Agent", "Cyrus-JMAP/3.11.0"),),
    )


def case_32() -> Mail:
    iv = Interview("Proseware", "Programistka Java", "Jan Kowalski", "10:00", "evopl032")
    a = {
        "rating": A("8/10", 8),
        "went_well": A("Zadanie z Spring Boot, zrobiłam je szybko."),
        "rapport": A("Pan Jan był bardzo sympatyczny. Tak."),
        "money": M("18 tys. zł brutto miesięcznie", ("18000", "PLN", "month")),
        "want_job": A("Tak", "yes"),
        "hear_back": A("Do piątku", "2026-12-18"),
    }
    hist = "W dniu wto, 15.12.2026 o godzinie 18:04 +0100, followupd pisze:\n" + quote(debrief(iv))
    body = hist + "\n" + numbered(a) + "\n\nPozdrawiam,\nMaya\n"
    return Mail(
        name="evolution_polish_bottom_posted",
        client="Evolution",
        language="pl",
        interview_date="2026-12-15",
        shape="bottom-posted '1.' (6 answers) under the whole quoted debrief, sign-off",
        answers=a,
        date="Tue, 15 Dec 2026 21:20:50 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", body, "iso-8859-2", "8bit"),),
        forbidden=("Pozdrawiam", "pisze:"),
        headers=(("X-Mailer", "Evolution 3.54.1"),),
    )


def case_33() -> Mail:
    iv = Interview("Fabrikam", "Backend-udvikler", "Lars Hansen", "14:00", "muttd033")
    a = {
        "rating": A("7 ud af 10", 7),
        "went_well": A("Parprogrammeringen gik fint, vi fandt fejlen sammen."),
        "went_badly": A("Jeg var usikker på event sourcing. Skal læse op på det."),
        "rapport": A("Lars var afslappet og venlig. Ja."),
        "role": A("Python og Postgres i et lille team, tæt på det jeg vil."),
        "money": M("48.000 kr. om måneden", ("48000", "DKK", "month")),
        "hear_back": A("Mandag", "2026-12-21"),
    }
    quoted = debrief(iv, by_number(a), prefix="> ")
    body = "* followupd <maya@example.org> [2026-12-16 18:03 +0100]:\n" + quoted + "\n-- \nMaya\n"
    return Mail(
        name="mutt_danish_inline",
        client="mutt",
        language="da",
        interview_date="2026-12-16",
        shape="inline under '>' quotes (7 answers), mutt attribution, signature after '-- '",
        answers=a,
        date="Wed, 16 Dec 2026 20:41:07 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", body, "iso-8859-1", "8bit"),),
        forbidden=("[2026-12-16 18:03 +0100]",),
        headers=(("User-Agent", "Mutt/2.2.13 (2024-03-09)"),),
    )


def case_34() -> Mail:
    iv = Interview("Blue Yonder Airlines", "Flyplanlegger", "Ola Nordmann", "12:30", "tutan034")
    a = {
        "rating": A("8 av 10", 8),
        "went_well": A("Caset om ruteplanlegging, jeg hadde god oversikt."),
        "rapport": A("Ola var hyggelig og grundig."),
        "money": M("650 000 kroner i året", ("650000", "NOK", "year")),
        "want_job": A("Ja", "yes"),
        "hear_back": A("Innen 4. januar", "2027-01-04"),
    }
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
        + divs(numbered(a, "{n}) {t}"))
        + "<div><br></div><div>Hilsen Maya</div><div><br></div>"
        '<div class="tutanota_quote"><div>17. des. 2026, 18:05 av maya@example.org:<br></div><blockquote '
        'class="tutanota_quote">' + debrief_html(iv) + "</blockquote></div></body></html>\n"
    )
    return Mail(
        name="tuta_norwegian_html_only",
        client="Tuta (Tutanota)",
        language="no",
        interview_date="2026-12-17",
        shape="HTML only, '1)' (6 answers), date into the next year, tutanota_quote",
        answers=a,
        date="Thu, 17 Dec 2026 20:11:59 +0100",
        subject="Sv: " + iv.subject,
        parts=(Part("html", html, "utf-8", "base64"),),
        forbidden=("Hilsen Maya", "18:05 av maya@example.org"),
    )


def case_35() -> Mail:
    iv = Interview("Relecloud", "Ohjelmistokehittäjä", "Matti Meikäläinen", "14:00", "tbfi0035")
    a = {
        "rating": A("8/10", 8),
        "went_well": A("Koodaustehtävä sujui hyvin ja ehdin selittää ratkaisuni."),
        "went_badly": A("Pilvipalvelukysymyksessä vastasin liian yleisesti."),
        "rapport": A("Matti oli mukava ja rento. Kyllä."),
        "role": A("Rust-backend, juuri sitä mitä haluan."),
        "money": M("4500 €/kk", ("4500", "EUR", "month")),
        "want_job": A("Kyllä", "yes"),
        "hear_back": A("Ennen joulua", "2026-12-24"),
    }
    top = numbered(a, "{n}) {t}") + "\n\nTerveisin\nMaya\n"
    hist = "followupd kirjoitti 18.12.2026 klo 18.06:\n" + quote(debrief(iv))
    return Mail(
        name="thunderbird_finnish",
        client="Thunderbird",
        language="fi",
        interview_date="2026-12-18",
        shape="top-posted '1)' (8 answers), sign-off, Finnish attribution",
        answers=a,
        date="Fri, 18 Dec 2026 20:30:20 +0200",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "iso-8859-15", "quoted-printable"),),
        forbidden=("Terveisin", "kirjoitti"),
        headers=(("User-Agent", "Mozilla Thunderbird"),),
    )


def case_36() -> Mail:
    iv = Interview("Contoso", "Staff Engineer", "Jane Doe, Raj Patel and John Smith", "17:00", "suprh036")
    a = {
        "rating": A("9/10", 9),
        "went_well": A("Architecture deep dive on the event pipeline. Nailed the trade-offs."),
        "went_badly": A("Behavioural round: my \u201cfailure\u201d story was too safe."),
        "rapport": A("Great with Jane and Raj, John was hard to read"),
        "role": A("Tech lead for 3 teams, still writing code. Pretty much the dream"),
        "company": A("Strong eng culture, public RFCs"),
        "reservations": A("Relocation to Seattle? Ask if remote from Denver works"),
        "money": M("$180k base and $40k RSUs/yr", ("180000", "USD", None), ("40000", "USD", "year")),
        "vs_current": A("Big step up"),
        "vs_others": A("Top of the list"),
        "want_job": A("Yes", "yes"),
        "hear_back": A("Monday the 16th", "2026-11-16"),
    }
    plain = (
        numbered(a, "A{n}: {t}")
        + "\n\nMaya\n\nOn Wed, Nov 11, 2026 at 6:20 PM, followupd <maya@example.org> "
        "wrote:\n\n" + quote(debrief(iv))
    )
    html = (
        '<html><head></head><body><div class="">'
        + divs(numbered(a, "A{n}: {t}"))
        + "<div><br></div><div>Maya</div>"
        '<br><div class="gmail_quote"><div class="gmail_attr">On Wed, Nov 11, 2026 at 6:20 PM, followupd &lt;'
        'maya@example.org&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:'
        '1px #ccc solid;padding-left:1ex">'
        + debrief_html(iv)
        + '</blockquote></div><img src="https://r.superhuman'
        '.example/o/7f3a9c2e/pixel.gif" alt=" " width="1" height="1" style="display:none"></body></html>\n'
    )
    return Mail(
        name="superhuman_en_answer_prefix",
        client="Superhuman",
        language="en",
        interview_date="2026-11-11",
        shape="top-posted 'A1:' (all twelve), smart quotes, HTML with a tracking pixel",
        answers=a,
        date="Wed, 11 Nov 2026 19:02:31 -0700",
        subject="Re: " + iv.subject,
        parts=(
            Part("plain", plain, "utf-8", "quoted-printable"),
            Part("html", html, "utf-8", "quoted-printable"),
        ),
        forbidden=("wrote:", "pixel.gif"),
        headers=(("X-Mailer", "Superhuman Desktop (2026-11-09T18:02:11Z)"),),
    )


def case_37() -> Mail:
    iv = Interview("Trey Research", "Research Engineer", "Raj Patel", "12:00", "heyen037")
    prose = (
        "Honestly I'm too tired to do the numbered thing tonight. Short version: it was a long day, four "
        "conversations back to back, and I think the research lead liked me more than the engineering manager "
        "did. I'll sleep on it and fill in the form properly tomorrow."
    )
    plain = prose + "\n\nOn November 16, 2026, followupd <maya@example.org> wrote:\n" + quote(debrief(iv))
    html = (
        '<html><head></head><body><div class="trix-content"><div>'
        + prose
        + "</div></div><br><div>On November "
        '16, 2026, followupd &lt;maya@example.org&gt; wrote:<blockquote type="cite">'
        + debrief_html(iv)
        + "</blockquote></div></body></html>\n"
    )
    return Mail(
        name="hey_en_free_text_only",
        client="HEY",
        language="en",
        interview_date="2026-11-16",
        shape="free text only, no answers",
        answers={},
        date="Mon, 16 Nov 2026 22:48:00 -0500",
        subject="Re: " + iv.subject,
        parts=(
            Part("plain", plain, "utf-8", "quoted-printable"),
            Part("html", html, "utf-8", "quoted-printable"),
        ),
        free_notes=prose,
        forbidden=("What went well?",),
    )


def case_38() -> Mail:
    iv = Interview("Humongous Insurance", "Claims Manager", "John Smith", "10:00", "bberr038")
    a = {
        "rating": A("6", 6),
        "rapport": A("John ok. Formal"),
        "want_job": A("Not sure yet", "unsure"),
        "hear_back": A("Tomorrow", "2026-11-20"),
    }
    top = numbered(a, "{n} ) {t}") + "\n\nSent from my BlackBerry 10 smartphone.\n"
    hist = (
        "  Original Message  \nFrom: followupd\nSent: Thursday, November 19, 2026 18:02\nTo: Maya Example\n"
        "Subject: " + iv.subject + "\n\n" + debrief(iv)
    )
    return Mail(
        name="blackberry_en_partial",
        client="BlackBerry Hub",
        language="en",
        interview_date="2026-11-19",
        shape="top-posted '1 )' partial (4 answers), BlackBerry footer and 'Original Message' block",
        answers=a,
        date="Thu, 19 Nov 2026 19:15:00 -0500",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "us-ascii", "7bit"),),
        crlf=True,
        forbidden=("Sent from my BlackBerry", "Original Message"),
    )


def case_39() -> Mail:
    iv = Interview(
        "Adatum Corporation", "Finance Business Partner", "Jane Doe and John Smith", "15:00", "notes039"
    )
    a = {
        "rating": A("7", 7),
        "went_well": A("The budgeting case. I knew the numbers cold."),
        "went_badly": A(
            "Asked about SAP S/4 migration - I've only done the ECC side. Be upfront about it next time."
        ),
        "rapport": A("Jane: very good. John: polite, hard to read."),
        "money": M(
            "EUR 90,000 to 95,000 per annum plus car allowance",
            ("90000", "EUR", "year"),
            ("95000", "EUR", "year"),
        ),
        "want_job": A("Yes", "yes"),
        "hear_back": A("Within 10 business days", "2026-12-08"),
    }
    top = "\n\n".join(f"Question {QIDS.index(q) + 1}:\n{v['text']}" for q, v in a.items())
    sig = (
        "Kind regards\n\nMaya Example\nSenior Financial Analyst\nGroup Controlling\nWoodgrove Bank AG\n"
        "Phone: +41 44 555 01 23\nmaya.example@woodgrove.example\n\n"
        "Woodgrove Bank AG, Registered Office: Zurich, Commercial Register CHE-000.000.000.\nThis e-mail and any "
        "attachments are confidential and may be privileged. If you are not the intended recipient, please notify "
        "the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of "
        "the material in this e-mail is strictly forbidden.\n"
    )
    hist = (
        "\n\n\nFrom:\tfollowupd <maya@example.org>\nTo:\tMaya Example <maya.example@woodgrove.example>\n"
        "Date:\t24.11.2026 18:02\nSubject:\t" + iv.subject + "\n\n\n\n" + debrief(iv)
    )
    return Mail(
        name="notes_en_question_n_corporate",
        client="HCL Notes",
        language="en",
        interview_date="2026-11-24",
        shape="top-posted 'Question 1:' with the answer on the next line (7 answers), long signature and legal "
        "disclaimer, Notes tabbed header block",
        answers=a,
        date="Tue, 24 Nov 2026 19:20:00 +0100",
        subject="Re: " + iv.subject,
        sender="Maya Example <maya.example@woodgrove.example>",
        own=("maya@example.org", "maya.example@woodgrove.example"),
        parts=(Part("plain", top + "\n\n" + sig + hist, "iso-8859-1", "quoted-printable"),),
        forbidden=(
            "Kind regards",
            "Senior Financial Analyst",
            "+41 44 555 01 23",
            "strictly forbidden",
            "Registered Office",
        ),
        headers=(("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),),
    )


def case_40() -> Mail:
    iv = Interview("Wingtip Toys", "Contract Data Analyst", "Raj Patel", "11:00", "spark040")
    a = {
        "money": M("$60/hour, 12-month contract", ("60", "USD", "hour")),
        "rating": A("7/10", 7),
        "hear_back": A("Thursday the 10th", "2026-12-10"),
        "reservations": A("It's a contract, no benefits. Could ask about conversion to perm."),
        "went_well": A("Tableau walkthrough went smoothly"),
        "want_job": A("Yes, I think so", "yes"),
    }
    top = (
        "Quick answers, in the order I remember them:\n\n"
        + numbered(a, "Q{n} - {t}")
        + "\n\nSent with Spark\n"
    )
    hist = "On 30 Nov 2026 at 18:04 +0000, followupd <maya@example.org>, wrote:\n" + quote(debrief(iv))
    return Mail(
        name="spark_en_out_of_order",
        client="Spark",
        language="en",
        interview_date="2026-11-30",
        shape="top-posted 'Q1 -' numbers out of order (6 answers), Spark footer",
        answers=a,
        date="Mon, 30 Nov 2026 21:55:10 +0000",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),),
        free_notes="Quick answers, in the order I remember them:",
        forbidden=("Sent with Spark",),
    )


def case_41() -> Mail:
    iv = Interview("Lucerne Publishing", "Senior Editor", "Jane Doe", "14:00", "gfwd0041")
    a = {
        "rating": A("8/10", 8),
        "went_well": A("Edit test came back with compliments"),
        "company": A("Independent, 40 years old, still family-owned"),
        "want_job": A("yes", "yes"),
        "hear_back": A("Wednesday", "2026-12-09"),
    }
    fwd = (
        "---------- Forwarded message ---------\nFrom: Jane Doe <jane.doe@lucerne.example>\nDate: Thu, Dec 3, 2026 "
        "at 4:12 PM\nSubject: Thank you for today\nTo: Maya Example <maya@example.org>\n\n\nDear Maya,\n\n"
        "Thank you for coming in today. The panel enjoyed meeting you. We are seeing two more candidates this week "
        "and will be in touch by Wednesday.\n\nBest wishes,\nJane Doe\nEditorial Director\n"
    )
    top = numbered(a) + "\n\nForwarding Jane's note below for the record.\n\n" + fwd
    hist = "\nOn Thu, Dec 3, 2026 at 6:05 PM followupd <maya@example.org> wrote:\n\n" + quote(debrief(iv))
    return Mail(
        name="gmail_web_answer_then_forward",
        client="Gmail web",
        language="en",
        interview_date="2026-12-03",
        shape="top-posted '1.' (5 answers), then a forwarded message, then the quoted debrief",
        answers=a,
        date="Thu, 3 Dec 2026 19:20:17 -0500",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + hist, "utf-8", "base64"),),
        free_notes="Forwarding Jane's note below for the record.",
        forbidden=("Forwarded message", "The panel enjoyed meeting you", "Editorial Director", "Best wishes"),
    )


def case_42() -> Mail:
    iv = Interview("Northwind Traders", "Engineering Manager", "Jane Doe", "16:00", "claws042")
    a = {
        "rating": A("6.5", 6.5),
        "went_badly": A(
            "The hiring-plan question. I gave a generic answer about interviewing loops.\n\n"
            "What I should have said: how I grew my current team from 3 to 8 and what I'd do differently."
        ),
        "rapport": A("Fine but not a spark."),
        "role": A("Manager of managers eventually, which I'm not sure I want yet."),
        "want_job": A("Not sure", "unsure"),
        "hear_back": A("In two weeks", "2026-12-23"),
    }
    quoted = debrief(iv, by_number(a), prefix="> ", keep=False)
    body = "On Wed, 09 Dec 2026 18:03:00 +0000\nfollowupd <maya@example.org> wrote:\n\n" + quoted
    return Mail(
        name="claws_en_inline_trimmed",
        client="Claws Mail",
        language="en",
        interview_date="2026-12-09",
        shape="inline under '>' quotes with the unanswered questions deleted (6 answers, one over two paragraphs), "
        "attribution wrapped over two lines",
        answers=a,
        date="Wed, 09 Dec 2026 22:10:45 +0000",
        subject="Re: " + iv.subject,
        parts=(Part("plain", body, "us-ascii", "7bit"),),
        forbidden=("followupd <maya@example.org> wrote:",),
        headers=(("X-Mailer", "Claws Mail 4.3.0 (GTK 3.24.43; x86_64-pc-linux-gnu)"),),
    )


def case_43() -> Mail:
    iv = Interview("VanArsdel", "Product Designer", "Raj Patel and Jane Doe", "15:00", "mspr0043")
    nb = "\u00a0"
    a = {
        "rating": A(f"8{nb}/{nb}10 \U0001f642", 8),
        "went_well": A("Portfolio review \u2014 they loved the onboarding redesign \U0001f389"),
        "went_badly": A(
            "Whiteboard challenge: I jumped to screens too fast. Next time: problem framing first."
        ),
        "rapport": A("Really good! Raj\u2019s feedback style is exactly what I want in a lead"),
        "role": A("Design systems + product work, 50/50. Very close"),
        "money": M(
            f"\u20ac75k{nb}\u2013{nb}80k gross per year", ("75000", "EUR", "year"), ("80000", "EUR", "year")
        ),
        "want_job": A("YES \U0001f64c", "yes"),
        "hear_back": A("Friday", "2026-12-18"),
    }
    top = numbered(a, "{n} - {t}") + "\n"
    hist = "On Dec 14 2026, at 6:03 pm, followupd <maya@example.org> wrote:\n\n" + quote(debrief(iv))
    return Mail(
        name="mailspring_en_emoji_nbsp",
        client="Mailspring",
        language="en",
        interview_date="2026-12-14",
        shape="top-posted '1 -' (8 answers), emoji, non-breaking spaces, smart quotes and dashes",
        answers=a,
        date="Mon, 14 Dec 2026 20:05:05 +0100",
        subject="Re: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable"),),
        forbidden=("wrote:",),
        headers=(("X-Mailer", "Mailspring"),),
    )


def case_44() -> Mail:
    iv = Interview("Tailspin Toys", "Release Manager", "John Smith", "14:00", "olkun044")
    a = {
        "rating": A("Maybe a 5", 5),
        "went_well": A("Talking about release trains, I've run them for years."),
        "went_badly": A("The question about mobile app store releases, no real experience there."),
        "reservations": A('They said "fast-paced" four times. I\'d want to talk to someone on the team.'),
        "want_job": A("No", "no"),
        "hear_back": A("End of the week", "2026-12-18"),
    }
    hist = (
        "From: followupd <maya@example.org>\nSent: Tuesday, December 15, 2026 6:04 PM\nTo: Maya Example "
        "<maya@example.org>\nSubject: " + iv.subject + "\n\n" + debrief(iv, by_number(a))
    )
    body = "Answers below, in the questions.\n\nMaya\n\n" + hist
    return Mail(
        name="outlook_win_en_under_unquoted_questions",
        client="Outlook desktop Windows",
        language="en",
        interview_date="2026-12-15",
        shape="answers typed under the unquoted questions in the history below a "
        "From/Sent header block (6 answers)",
        answers=a,
        date="Tue, 15 Dec 2026 19:33:28 -0000",
        subject="RE: " + iv.subject,
        parts=(Part("plain", body, "windows-1252", "quoted-printable"),),
        crlf=True,
        free_notes="Answers below, in the questions.",
        forbidden=("Sent: Tuesday, December 15, 2026",),
        headers=(("X-Mailer", "Microsoft Outlook 16.0"),),
    )


def case_45() -> Mail:
    iv = Interview("Contoso", "Solutions Engineer", "Erika Mustermann", "13:00", "fairm045")
    a = {
        "rating": A("7", 7),
        "went_well": A("Demo of the API integration, live, no hiccups"),
        "rapport": A("Erika was great, very structured"),
        "money": M("€95k + 20% variable", ("95000", "EUR", None)),
        "want_job": A("Yes", "yes"),
        "hear_back": A("Next week", "2026-11-13"),
    }
    top = numbered(a, "{n}. {t}") + "\n"
    hist = "04.11.2026 18:06:12 followupd <maya@example.org>:\n\n" + quote(debrief(iv))
    return Mail(
        name="fairemail_en_under_german_attr",
        client="FairEmail",
        language="en",
        interview_date="2026-11-04",
        shape="top-posted '1.' (6 answers) in English under a date-first attribution from a German phone",
        answers=a,
        date="Wed, 04 Nov 2026 19:44:02 +0100",
        subject="AW: " + iv.subject,
        parts=(Part("plain", top + "\n" + hist, "utf-8", "quoted-printable", flowed=True),),
        forbidden=("04.11.2026 18:06:12",),
    )


def cases() -> list[Mail]:
    return [globals()[f"case_{n:02d}"]() for n in range(1, 46)]


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for index, mail in enumerate(cases(), start=1):
        stem = f"{index:02d}_{mail.name}"
        (HERE / f"{stem}.eml").write_bytes(render(mail, index))
        text = json.dumps(expected(mail), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        (HERE / f"{stem}.expected.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
