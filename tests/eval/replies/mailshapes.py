"""Builders for replies to a followupd debrief, in the quoting and MIME shapes that real mail clients write."""

from __future__ import annotations

import html
import json
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

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
MAYA = "Maya Example <maya@example.org>"
SUBJECT = "Debrief: Acme, Senior Backend Engineer [fu-k3x9q2ab]"
TOKEN = "k3x9q2ab.Vd8rYw2LmQ"
LINK = f"http://127.0.0.1:8025/debrief/{TOKEN}"
INTRO = [
    "Hi Maya,",
    "",
    "Your interview with Acme for Senior Backend Engineer (with Jane Doe and Raj Patel) ended at 15:00.",
    "While it is fresh, answer what you can: reply to this email (inline under each question, or",
    f'numbered like "1. 7/10"), or use the form: {LINK}',
    "",
]
OUTRO = ["Skip anything you like; a later reply fills in or replaces single answers.", "-- ", "followupd"]
# Phrases that exist only in the quoted debrief: no answer and no free note may hold them.
HISTORY = [
    "Your interview with Acme",
    "127.0.0.1:8025/debrief",
    "Rate your overall performance",
    "Where were you strongest?",
    "Could you see yourself working with them?",
    "What money was discussed?",
    "(yes / no / not sure)",
    "When did they say you would hear back?",
    "Skip anything you like",
]


def debrief_lines(answers: dict[int, str] | None = None, *, gap: bool = True) -> list[str]:
    """The debrief text; with ``answers``, each typed under its question (blank lines around when gap)."""
    out = list(INTRO)
    for n, q in enumerate(QUESTIONS, 1):
        out.append(f"{n}. {q}")
        if answers and n in answers:
            out.extend(["", *answers[n].split("\n"), ""] if gap else answers[n].split("\n"))
        out.append("")
    return out + OUTRO


def gt(lines: list[str], *, depth: int = 1) -> str:
    """Quote lines with '>' the way most clients do (bare '>' on empty lines)."""
    mark = ">" * depth
    return "\n".join(f"{mark} {line}" if line else mark for line in lines)


def gt_inline(answers: dict[int, str], *, wrap: int = 0, space: bool = True) -> str:
    """The quoted debrief with unquoted answers under the quoted questions; wrap re-wraps long quoted lines."""
    out: list[str] = []
    for n_line in _wrapped(INTRO, wrap):
        out.append(f"> {n_line}" if n_line else ">")
    for n, q in enumerate(QUESTIONS, 1):
        for part in _wrapped([f"{n}. {q}"], wrap):
            out.append(f"> {part}" if space else f">{part}")
        if n in answers:
            out.extend(["", answers[n], ""])
        else:
            out.append(">")
    out += [f"> {line}" if line else ">" for line in OUTRO]
    return "\n".join(out)


def _wrapped(lines: list[str], width: int) -> list[str]:
    if not width:
        return lines
    out: list[str] = []
    for line in lines:
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return out


def debrief_html(answers: dict[int, str] | None = None, *, style: str = "") -> str:
    """The HTML debrief as clients keep it in a quote; answers typed under questions in the user's colour."""
    items = []
    for n, q in enumerate(QUESTIONS, 1):
        extra = ""
        if answers and n in answers:
            extra = f'<p style="{style or "color:#1f4e79"}">{html.escape(answers[n], quote=False)}</p>'
        items.append(f"<li><p>{html.escape(q, quote=False)}</p>{extra}</li>")
    return (
        "<p>Hi Maya,</p>\n<p>Your interview with Acme for Senior Backend Engineer (with Jane Doe and Raj Patel)"
        " ended at 15:00.\nWhile it is fresh, answer what you can: reply to this email (inline under each"
        " question, or numbered like\n&ldquo;1. 7/10&rdquo;), or "
        f'<a href="{LINK}">use the form</a>.</p>\n<ol>\n'
        + "\n".join(items)
        + "\n</ol>\n<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
        '<p style="color: #666">&mdash; followupd</p>'
    )


def paras(text: str) -> str:
    """Plain text as the <div>/<br> HTML most webmail composers write."""
    return "\n".join(f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in text.split("\n"))


def headers(
    msg: Any, *, name: str, date: str, sender: str = MAYA, subject: str = "", extra: dict[str, str]
) -> None:
    mime = [
        (k, str(msg[k])) for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding") if k in msg
    ]
    for key, _ in mime:
        del msg[key]
    msg["From"] = sender
    msg["To"] = MAYA
    msg["Subject"] = subject or f"Re: {SUBJECT}"
    msg["Date"] = date
    msg["Message-ID"] = f"<{name}@mail.example.org>"
    msg["In-Reply-To"] = "<debrief-k3x9q2ab@followupd.example.org>"
    msg["References"] = "<debrief-k3x9q2ab@followupd.example.org>"
    for key, value in [*extra.items(), *mime]:
        msg[key] = value


def plain(text: str, *, charset: str = "utf-8", cte: str = "quoted-printable", flowed: bool = False) -> Any:
    msg = EmailMessage(policy=SMTP)
    if cte == "7bit" and max((text + "\n").encode(charset)) > 127:
        cte = "8bit"  # what clients send when they find 8-bit bytes and the server offers 8BITMIME
    msg.set_content(text + "\n", charset=charset, cte=cte)
    if flowed:
        msg.set_param("format", "flowed")
    return msg


def html_only(body: str, *, charset: str = "utf-8", cte: str = "quoted-printable") -> Any:
    msg = EmailMessage(policy=SMTP)
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    doc = f"<html><head>{meta}</head><body>{body}</body></html>"
    msg.set_content(doc + "\n", subtype="html", charset=charset, cte=cte)
    return msg


def alternative(text: str, body: str, *, charset: str = "utf-8", cte: str = "quoted-printable") -> Any:
    msg = EmailMessage(policy=SMTP)
    msg.set_content(text + "\n", charset=charset, cte=cte)
    msg.add_alternative(f"<html><body>{body}</body></html>\n", subtype="html", charset=charset, cte=cte)
    return msg


def write(
    out: Path,
    name: str,
    msg: Any,
    *,
    client: str,
    language: str,
    shape: str,
    answers: dict[str, tuple[str, Any]],
    forbidden: list[str],
    free_notes: str = "",
    own: tuple[str, ...] = ("maya@example.org",),
) -> None:
    if msg.is_multipart():
        msg.set_boundary(f"----=_Part_{name}")  # fixed, so that regenerating changes nothing
    (out / f"{name}.eml").write_bytes(msg.as_bytes(policy=SMTP))
    expected = {
        "client": client,
        "language": language,
        "interview_date": "2026-11-26",
        "own_addresses": list(own),
        "shape": shape,
        "free_notes": free_notes,
        "answers": {qid: {"text": text, "value": value} for qid, (text, value) in answers.items()},
        "forbidden": forbidden,
    }
    (out / f"{name}.expected.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n", "utf-8"
    )


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> tuple[str, Any]:
    return text, {
        "amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts],
        "text": text,
    }
