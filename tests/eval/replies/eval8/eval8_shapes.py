"""The eval8 generator's building blocks: a case, the debrief the user replies to and each client's history shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ME = "Maya Example"
ME_ADDR = "maya@example.org"
BOT = "followupd"
BOT_ADDR = "maya+followupd@example.org"


@dataclass(frozen=True)
class Case:
    """One reply: its user-facing parts, transfer shape and the answers a careful reader takes from it."""

    name: str
    client: str
    language: str
    day: str
    shape: str
    text: str | None = None
    html: str | None = None
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    crlf: bool = False
    answers: dict[str, tuple[str, Any]] = field(default_factory=dict)
    forbidden: tuple[str, ...] = ()
    free_notes: str = ""
    token: str = "k3m9x2qa"
    company: str = "Northwind"
    mailer: str = ""
    sent: str = ""


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
LINK = "https://followupd.example.org/debrief/"
FORM = "or use the form"
SKIP = "Skip anything you like"


def link(token: str) -> str:
    return f"{LINK}v1.{token}.Qm9vbGVhbg"


def debrief(*, company: str, role: str, who: str, token: str, ended: str = "17:30") -> str:
    """The plain-text debrief as followupd sends it (the text the user replies to)."""
    lines = [
        "Hi Maya,",
        "",
        f"Your interview with {company} for {role} (with {who}) ended at {ended}.",
        "While it is fresh, answer what you can: reply to this email (inline under each question, or",
        f'numbered like "1. 7/10"), or use the form: {link(token)}',
        "(The form works while followupd runs; a reply works any time.)",
        "",
    ]
    for number, question in enumerate(QUESTIONS, start=1):
        lines += [f"{number}. {question}", ""]
    lines += [
        "Skip anything you like; a later reply fills in or replaces single answers.",
        "-- ",
        "followupd",
    ]
    return "\n".join(lines)


def debrief_html(*, company: str, role: str, who: str, token: str, ended: str = "17:30") -> str:
    """The debrief's HTML part as a client keeps it inside its history markup."""
    items = "\n".join(f"<li><p>{q.replace(chr(39), '&#39;')}</p></li>" for q in QUESTIONS)
    return (
        "<p>Hi Maya,</p>\n"
        f"<p>Your interview with {company} for {role} (with {who}) ended at {ended}.\n"
        "While it is fresh, answer what you can: reply to this email (inline under each question, or numbered like\n"
        f'&ldquo;1. 7/10&rdquo;), or <a href="{link(token)}">use the form</a>.</p>\n'
        '<p style="color: #666">The form works while followupd runs; a reply works any time.</p>\n'
        f"<ol>\n{items}\n</ol>\n"
        "<p>Skip anything you like; a later reply fills in or replaces single answers.</p>\n"
        '<p style="color: #666">&mdash; followupd</p>\n'
    )


def gt(text: str, prefix: str = "> ") -> str:
    """Quote every line the way plain-text clients do ("> ", and ">" alone on empty lines)."""
    return "\n".join(
        (prefix + line).rstrip() if line.strip() else prefix.rstrip() for line in text.split("\n")
    )


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> tuple[str, dict[str, Any]]:
    return text, {
        "amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts],
        "text": text,
    }


def inline(intro: str, pairs: dict[int, str], body: str, *, quote: str = "> ") -> str:
    """The debrief quoted with the user's answers typed under the questions numbered in pairs."""
    out: list[str] = []
    for line in body.split("\n"):
        out.append((quote + line).rstrip() if line.strip() else quote.rstrip())
        head = line.split(". ", 1)[0]
        if head.isdigit() and int(head) in pairs:
            out += ["", pairs[int(head)], ""]
    return intro + "\n".join(out) + "\n"


def unquoted_inline(pairs: dict[int, str], body: str) -> str:
    """The debrief left unquoted (Outlook history) with the user's answers typed under its questions."""
    return inline("", pairs, body, quote="")
