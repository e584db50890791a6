"""Writes the eval17 held-out replies (NAME.eml + NAME.expected.json); running it again rewrites the same bytes."""

from __future__ import annotations

import base64
import json
import quopri
from datetime import date
from email.header import Header
from pathlib import Path

from eval17_cases import CASES, QUESTIONS
from eval17_everyday import EVERYDAY
from eval17_html import HTML_CASES
from eval17_more import MORE

HERE = Path(__file__).resolve().parent
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def debrief_text(case: dict) -> str:
    """The plain debrief the user replies to, as followupd sends it."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {case['company']} for {case['role']} (with {case['with']}) ended at {case['ended']}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {link(case)}',
        "(The form works while followupd runs; a reply works any time.)",
        "",
    ]
    for number, text in enumerate(QUESTIONS, start=1):
        lines += [f"{number}. {text}", ""]
    lines += [
        "Skip anything you like; a later reply fills in or replaces single answers.",
        "-- ",
        "followupd",
    ]
    return "\n".join(lines)


def debrief_html(case: dict) -> str:
    """The HTML debrief's body as a client keeps it inside its quote."""
    items = "".join(f"<li><p>{q.replace(chr(39), '&#39;')}</p></li>\n" for q in QUESTIONS)
    return (
        f"<p>Hi Maya,</p>\n<p>Your interview with {case['company']} for {case['role']} (with {case['with']}) "
        f"ended at {case['ended']}.\nWhile it is fresh, answer what you can: reply to this email (inline under "
        f'each question, or numbered like\n&ldquo;1. 7/10&rdquo;), or <a href="{link(case)}">use the form</a>.'
        f'</p>\n<p style="color: #666">The form works while followupd runs; a reply works any time.</p>\n'
        f"<ol>\n{items}</ol>\n<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
        '<p style="color: #666">&mdash; followupd</p>\n'
    )


def link(case: dict) -> str:
    return f"https://followupd.maya.example/form/{case['token']}.f7Qk2xLm9"


def quoted(text: str, mark: str = ">") -> str:
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


def subject(case: dict) -> str:
    return f"Debrief: {case['company']}, {case['role']} [fu-{case['token']}]"


def _header(value: str) -> str:
    """A header value as clients send it: RFC 2047 encoded words when it is not ASCII."""
    return value if value.isascii() else Header(value, "utf-8").encode()


def _encode(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def _part(ctype: str, text: str, charset: str, cte: str) -> bytes:
    head = f"Content-Type: {ctype}; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + _encode(text, charset, cte)


def message(case: dict) -> bytes:
    """The reply as the client sends it: headers, then one text part or a multipart/alternative."""
    day = date.fromisoformat(case["date"])
    sent = (
        f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} {case.get('time', '21:14:05')}"
    )
    subject_prefix = case.get("re", "Re:")
    headers = [
        f"From: {case.get('from', 'Maya Example <maya@example.org>')}",
        f"To: {case.get('to', 'followupd <maya@example.org>')}",
        f"Subject: {_header(f'{subject_prefix} {subject(case)}')}",
        f"Date: {sent} {case.get('zone', '+0100')}",
        f"Message-ID: <{case['name']}.{case['token']}@mail.maya.example>",
        f"In-Reply-To: <debrief.{case['token']}@followupd.maya.example>",
        "MIME-Version: 1.0",
    ]
    headers += case.get("headers", [])
    charset, cte = case.get("charset", "utf-8"), case.get("cte", "8bit")
    case = {**case, **{k: _fill(case, case[k]) for k in ("text", "html") if k in case}}
    if "html" in case and "text" in case:
        boundary = f"----=_Part_{case['token']}"
        head = "\n".join(headers) + f'\nContent-Type: multipart/alternative; boundary="{boundary}"\n\n'
        body = head.encode("ascii")
        for ctype, text in (("text/plain", case["text"]), ("text/html", case["html"])):
            body += f"--{boundary}\n".encode("ascii") + _part(ctype, text, charset, cte)
        body += f"--{boundary}--\n".encode("ascii")
    else:
        ctype, text = ("text/html", case["html"]) if "html" in case else ("text/plain", case["text"])
        if case.get("flowed"):
            ctype += "; format=flowed"
        body = ("\n".join(headers) + "\n").encode("ascii") + _part(ctype, text, charset, cte)
    if case.get("crlf"):
        body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return body


def _fill(case: dict, text: str) -> str:
    """Puts the debrief (plain, quoted or HTML), its subject and form link where a case's body asks for them."""
    plain = debrief_text(case)
    for key, value in (
        ("@QUOTED@", quoted(plain)),
        ("@DEBRIEF@", plain),
        ("@HTMLDEBRIEF@", debrief_html(case)),
        ("@SUBJECT@", subject(case)),
        ("@LINK@", link(case)),
    ):
        text = text.replace(key, value)
    return text


def expected(case: dict) -> dict:
    answers = {}
    for qid, (text, value) in case["answers"].items():
        if qid == "money":
            value = {"amounts": [_amount(*a) for a in value], "text": text}
        answers[qid] = {"text": text, "value": value}
    return {
        "client": case["client"],
        "language": case["language"],
        "interview_date": case["date"],
        "own_addresses": case.get("own", ["maya@example.org"]),
        "shape": case["shape"],
        "free_notes": case.get("free_notes", ""),
        "answers": answers,
        "forbidden": case.get("forbidden", []),
    }


def _amount(amount: str, currency: str | None, period: str | None) -> dict:
    return {"amount": amount, "currency": currency, "period": period}


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for case in CASES + HTML_CASES + EVERYDAY + MORE:
        (HERE / f"{case['name']}.eml").write_bytes(message(case))
        text = json.dumps(expected(case), ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case['name']}.expected.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
