"""Building blocks of the second held-out reply set: the quoted debrief, clients' history headers, MIME bytes."""

from __future__ import annotations

import base64
import html
import quopri
from dataclasses import dataclass, field
from email.header import Header
from typing import Any

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
ME = "maya@example.org"
INTERVIEW_DATE = "2026-11-26"


@dataclass(frozen=True)
class Debrief:
    """What the debrief said: the company, role, people met and the subject token."""

    company: str
    role: str
    who: str
    token: str
    ended: str = "16:00"

    @property
    def subject(self) -> str:
        return f"Debrief: {self.company}, {self.role} [fu-{self.token}]"

    def intro(self) -> list[str]:
        return [
            "Hi Maya,",
            "",
            f"Your interview with {self.company} for {self.role} (with {self.who}) ended at {self.ended}.",
            "While it is fresh, answer what you can: reply to this email (inline under each question, or",
            f'numbered like "1. 7/10"), or use the form: https://fu.example.org/debrief/{self.token}x7Qp',
            "",
        ]

    def outro(self) -> list[str]:
        return [
            "Skip anything you like; a later reply fills in or replaces single answers.",
            "-- ",
            "followupd",
        ]

    def lines(self) -> list[str]:
        out = self.intro()
        for number, question in enumerate(QUESTIONS, start=1):
            out += [f"{number}. {question}", ""]
        return out + self.outro()


def quoted(lines: list[str], prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in lines)


def inline(debrief: Debrief, replies: dict[int, str], *, prefix: str = "> ", gap: bool = True) -> str:
    """The debrief quoted with prefix and the user's answers typed under the questions she answered."""
    parts = [quoted(debrief.intro(), prefix)]
    for number, question in enumerate(QUESTIONS, start=1):
        parts.append(quoted([f"{number}. {question}"], prefix))
        if number in replies:
            parts.append(("\n" if gap else "") + replies[number] + "\n")
        else:
            parts.append(prefix.rstrip())
    parts.append(quoted(debrief.outro(), prefix))
    return "\n".join(parts)


@dataclass(frozen=True)
class Case:
    """One reply: its expectation fields and how its bytes are written."""

    name: str
    client: str
    language: str
    shape: str
    debrief: Debrief
    text: str
    answers: dict[str, tuple[str, Any]]
    forbidden: tuple[str, ...] = ()
    free_notes: str = ""
    own: tuple[str, ...] = (ME,)
    sender: str = ME
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    html: str = ""  # the HTML part, if any
    html_only: bool = False
    crlf: bool = True
    subject_prefix: str = "Re: "
    headers: tuple[tuple[str, str], ...] = ()
    date: str = "Thu, 26 Nov 2026 18:05:11 +0000"
    extra_parts: tuple[bytes, ...] = field(default=())

    def expected(self) -> dict[str, Any]:
        return {
            "client": self.client,
            "language": self.language,
            "interview_date": INTERVIEW_DATE,
            "own_addresses": list(self.own),
            "shape": self.shape,
            "free_notes": self.free_notes,
            "answers": {qid: {"text": text, "value": value} for qid, (text, value) in self.answers.items()},
            "forbidden": [*self.forbidden, f"fu-{self.debrief.token}"],
        }


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> tuple[str, dict[str, Any]]:
    """A money answer: its text and the amounts a careful reader records (amount, currency, period)."""
    listed = [{"amount": a, "currency": c, "period": p} for a, c, p in amounts]
    return text, {"amounts": listed, "text": text}


def html_of(text: str, *, quote_class: str = "", header_style: str = "", pixel: str = "") -> str:
    """A plausible HTML rendering of a plain reply: '>' runs become blockquotes, other lines divs."""
    out, block = [], []

    def flush() -> None:
        if block:
            inner = html_of("\n".join(block), quote_class=quote_class)
            cls = f' class="{quote_class}"' if quote_class else ""
            out.append(
                f'<blockquote{cls} style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            )
            out.append(inner + "</blockquote>")
            block.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            block.append(line[2:] if line.startswith("> ") else line[1:])
            continue
        flush()
        out.append(f"<div{header_style}>{html.escape(line) if line else '<br>'}</div>")
    flush()
    return "\n".join(out) + pixel


def page(body: str, *, head: str = "") -> str:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    return f"<html><head>{meta}{head}</head>\n<body>\n{body}\n</body></html>\n"


def _encode(text: str, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def part(subtype: str, text: str, charset: str, cte: str, *, flowed: bool = False) -> bytes:
    fmt = "; format=flowed" if flowed else ""
    head = f'Content-Type: text/{subtype}; charset="{charset}"{fmt}\nContent-Transfer-Encoding: {cte}\n\n'
    return head.encode("ascii") + _encode(text, charset, cte)


def build(case: Case) -> bytes:
    """The .eml bytes of a case; fixed boundaries and dates, so writing again gives the same bytes."""
    subject = case.subject_prefix + case.debrief.subject
    try:
        subject.encode("ascii")
    except UnicodeEncodeError:
        subject = Header(subject, "utf-8").encode()
    head = [
        ("From", f"Maya Example <{case.sender}>"),
        ("To", f"Maya Example <{ME}>"),
        ("Subject", subject),
        ("Date", case.date),
        ("Message-ID", f"<{case.name}.{case.debrief.token}@mail.example>"),
        ("In-Reply-To", f"<debrief-{case.debrief.token}@fu.example.org>"),
        ("MIME-Version", "1.0"),
        *case.headers,
    ]
    top = "".join(f"{k}: {v}\n" for k, v in head).encode("ascii")
    plain = part("plain", case.text + "\n", case.charset, case.cte)
    boundary = f"----=_Part_{case.debrief.token}_{len(case.name)}"
    if case.html_only:
        body = part("html", case.html, case.charset, case.cte)
    elif case.html or case.extra_parts:
        pieces = [plain] + ([part("html", case.html, case.charset, case.cte)] if case.html else [])
        kind = "alternative" if case.html else "mixed"
        body = f'Content-Type: multipart/{kind}; boundary="{boundary}"\n\n'.encode("ascii")
        for piece in pieces + list(case.extra_parts):
            body += f"--{boundary}\n".encode("ascii") + piece + b"\n"
        body += f"--{boundary}--\n".encode("ascii")
    else:
        body = plain
    data = top + body
    if case.crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


QIDS = (
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
Item = tuple[int, str, Any]


def numbered(
    items: list[Item], fmt: str = "{n}. ", sep: str = "\n"
) -> tuple[str, dict[str, tuple[str, Any]]]:
    """Answers typed after their numbers, and the expectations: money values are lists of amount triples."""
    lines, answers = [], {}
    for number, text, value in items:
        lines.append(fmt.format(n=number) + text)
        qid = QIDS[number - 1]
        answers[qid] = money(text, *value) if qid == "money" else (text, value)
    return sep.join(lines), answers


def top(body: str, header: str, debrief: Debrief, *, prefix: str = "> ", gap: str = "\n") -> str:
    """A top-posted reply: the user's text, the client's attribution line and the quoted debrief."""
    return f"{body}\n\n{header}\n{gap}{quoted(debrief.lines(), prefix)}"


def block(labels: tuple[str, str, str, str], sent: str, debrief: Debrief, *, rule: str = "") -> str:
    """An unquoted Outlook-style history: From / Sent / To / Subject in the client's language, then the debrief."""
    frm, snt, to, subj = labels
    lines = [rule] if rule else []
    lines += [
        f"{frm} Maya Example <maya@example.org>",
        f"{snt} {sent}",
        f"{to} Maya Example <maya@example.org>",
        f"{subj} {debrief.subject}",
        "",
    ]
    return "\n".join(lines + debrief.lines())
