"""Writes the third held-out reply set (eval3): each case's .eml and its hand-typed .expected.json."""
# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import quopri
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
INTERVIEW_DATE = "2026-11-26"
OWN = ("maya@example.org",)
TOKEN = "fu-q7m2xk4d"
LINK = "http://127.0.0.1:8478/f/eyJpIjozMX0.c2lnbmVk"
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
COMPANY, ROLE, WITH = "Northwind Labs", "Platform Engineer", "Jane Doe, Raj Patel"


def subject(prefix: str = "Re: ", company: str = COMPANY, role: str = ROLE) -> str:
    return f"{prefix}Debrief: {company}, {role} [{TOKEN}]"


def debrief(*, company: str = COMPANY, role: str = ROLE, gmail: bool = False) -> str:
    """The debrief as the user's client shows it in plain text (gmail: its HTML list rendered as text)."""
    head = (
        f"Hi Maya,\n\nYour interview with {company} for {role} (with {WITH}) ended at 17:30.\n"
        "While it is fresh, answer what you can: reply to this email (inline under each question, or\n"
        f'numbered like "1. 7/10"), or use the form: {LINK}\n'
        "(The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.)\n\n"
    )
    pad = "   " if gmail else ""
    body = "".join(f"{pad}{n}. {q}\n\n" for n, q in enumerate(QUESTIONS, start=1))
    tail = "Skip anything you like; a later reply fills in or replaces single answers.\n-- \nfollowupd\n"
    return head + body + tail


def debrief_html(*, company: str = COMPANY, role: str = ROLE) -> str:
    items = "".join(f"<li><p>{q}</p></li>\n" for q in QUESTIONS).replace("didn't", "didn&#39;t")
    return (
        f"<p>Hi Maya,</p>\n<p>Your interview with {company} for {role} (with {WITH}) ended at 17:30.\n"
        "While it is fresh, answer what you can: reply to this email (inline under each question, or numbered like\n"
        f'&ldquo;1. 7/10&rdquo;), or <a href="{LINK}">use the form</a>.</p>\n'
        '<p style="color: #666">The form works while followupd runs, in a browser on the computer it runs on; a reply works any time.</p>\n'
        f"<ol>\n{items}</ol>\n<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
        '<p style="color: #666">&mdash; followupd</p>\n'
    )


def gt(text: str, mark: str = ">") -> str:
    """Quotes every line the way most clients do: "> " before text, a bare ">" on empty lines."""
    return "".join(f"{mark} {line}\n" if line else f"{mark}\n" for line in text.rstrip("\n").split("\n"))


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def divs(reply: str) -> str:
    """The reply's lines as a webmail composer writes them: one <div> a line, <div><br></div> for a blank one."""
    lines = reply.rstrip("\n").split("\n")
    return "".join(f"<div>{esc(line)}</div>\n" if line else "<div><br></div>\n" for line in lines)


def gmail_html(reply: str, attribution: str, **debrief_args: str) -> str:
    return (
        f'<div dir="ltr">{divs(reply)}</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"{esc(attribution)}<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
        f"{debrief_html(**debrief_args)}</blockquote></div>\n"
    )


def cite_html(reply: str, attribution: str, **debrief_args: str) -> str:
    """Apple Mail, Thunderbird and most others: the attribution, then <blockquote type="cite">."""
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n{divs(reply)}'
        f'<div><br></div><div>{esc(attribution)}</div>\n<blockquote type="cite">\n{debrief_html(**debrief_args)}'
        "</blockquote>\n</body></html>\n"
    )


def outlook_html(reply: str, header: list[tuple[str, str]], **debrief_args: str) -> str:
    """Outlook: the reply, a rule, the bold header block, then the original unquoted."""
    block = "<br>\n".join(f"<b>{esc(label)}</b> {esc(value)}" for label, value in header)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body dir="ltr">\n<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt">\n{divs(reply)}</div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
        f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{block}</font>'
        f"<div>&nbsp;</div></div>\n<div>{debrief_html(**debrief_args)}</div>\n</body></html>\n"
    )


def M(text: str, *amounts: tuple[str, str | None, str | None]) -> tuple[str, dict[str, Any]]:
    """A money answer: its text and value (amount as a decimal string, ISO currency or None, period or None)."""
    return text, {
        "amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts],
        "text": text,
    }


def answers(**given: str | tuple[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for qid in IDS:
        if qid in given:
            item = given[qid]
            text, value = (item, None) if isinstance(item, str) else item
            out[qid] = {"text": text, "value": value}
    unknown = set(given) - set(IDS)
    assert not unknown, unknown
    return out


def _encode(text: str, *, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def _part(ctype: str, text: str, *, charset: str, cte: str, extra: str = "") -> bytes:
    head = f"Content-Type: {ctype}; charset={charset}{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + _encode(text, charset=charset, cte=cte)


def encoded_word(text: str) -> str:
    if text.isascii():
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def message(
    *,
    number: int,
    text: str | None,
    html: str | None = None,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_cte: str | None = None,
    crlf: bool = False,
    subj: str | None = None,
    sent: str = "Thu, 26 Nov 2026 19:02:11 +0100",
    mailer: str = "",
    flowed: bool = False,
    from_name: str = "Maya Example",
    boundary: str | None = None,
) -> bytes:
    """A reply as the client sends it: headers, then text/plain, text/html or multipart/alternative."""
    headers = (
        f"From: {from_name} <{OWN[0]}>\nTo: {OWN[0]}\nSubject: {encoded_word(subj or subject())}\n"
        f"Date: {sent}\nMessage-ID: <eval3.{number:03d}.reply@mail.example>\n"
        f"In-Reply-To: <debrief.31.{number:03d}@followupd.example>\n"
        f"References: <debrief.31.{number:03d}@followupd.example>\n"
        f"{mailer}MIME-Version: 1.0\n"
    ).encode("ascii")
    extra = "; format=flowed" if flowed else ""
    if html is not None:  # the HTML's own meta tag names the charset the part is sent in, as clients write it
        html = html.replace("charset=utf-8", f"charset={charset}").replace(
            "charset=UTF-8", f"charset={charset}"
        )
    if text is not None and html is not None:
        mark = boundary or f"=_eval3_{number:03d}_alt"
        body = (
            f'Content-Type: multipart/alternative; boundary="{mark}"\n\n--{mark}\n'.encode("ascii")
            + _part("text/plain", text, charset=charset, cte=cte, extra=extra)
            + f"\n--{mark}\n".encode("ascii")
            + _part("text/html", html, charset=charset, cte=html_cte or cte)
            + f"\n--{mark}--\n".encode("ascii")
        )
    elif html is not None:
        body = _part("text/html", html, charset=charset, cte=html_cte or cte)
    else:
        assert text is not None
        body = _part("text/plain", text, charset=charset, cte=cte, extra=extra)
    raw = headers + body
    return raw.replace(b"\n", b"\r\n") if crlf else raw


Case = tuple[str, bytes, dict[str, Any]]


def register(cases: list[Callable[[], Case]]) -> Callable[[Callable[[], Case]], Callable[[], Case]]:
    def add(make: Callable[[], Case]) -> Callable[[], Case]:
        cases.append(make)
        return make

    return add


def case(
    name: str,
    *,
    client: str,
    language: str,
    shape: str,
    raw: bytes,
    got: dict[str, dict[str, Any]],
    forbidden: tuple[str, ...] = (),
    free_notes: str = "",
) -> Case:
    expected = {
        "client": client,
        "language": language,
        "interview_date": INTERVIEW_DATE,
        "own_addresses": list(OWN),
        "shape": shape,
        "free_notes": free_notes,
        "answers": got,
        "forbidden": list(forbidden),
    }
    return name, raw, expected


def main() -> int:
    sys.path.insert(0, str(HERE))
    import eval3_cases_a
    import eval3_cases_b

    names = set()
    for make in eval3_cases_a.CASES + eval3_cases_b.CASES:
        name, raw, expected = make()
        assert name not in names, name
        names.add(name)
        (HERE / f"{name}.eml").write_bytes(raw)
        text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{name}.expected.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(names)} replies to {HERE.name}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
