"""Building blocks for the development set's replies: the rendered debrief, client header blocks, a case registry."""

from __future__ import annotations

from tests.fixtures.replies.make_fixtures import (
    QUESTIONS,
    gt,
    html_lines,
)

ME = "Maya Example <maya@example.org>"
LINK = "https://followupd.example.org/f/k3x9q2ab"
SUBJECT = "Debrief: Acme, Senior Backend Engineer [fu-k3x9q2ab]"
DEBRIEF = (
    "Hi Maya,\n\nYour interview with Acme for Senior Backend Engineer (with Jane Doe and Raj Patel) ended at 15:00.\n"
    "While it is fresh, answer what you can: reply to this email (inline under each question, or\n"
    f'numbered like "1. 7/10"), or use the form: {LINK}\n\n'
    + "\n\n".join(f"{n}. {q}" for n, q in enumerate(QUESTIONS, 1))
    + "\n\nSkip anything you like; a later reply fills in or replaces single answers.\n-- \nfollowupd\n"
)
# Text that exists only in the quoted debrief (or its headers): it must never reach an answer or the notes.
ALWAYS_FORBIDDEN = [
    "Your interview with Acme",
    "Skip anything you like",
    "followupd.example.org",
    "fu-k3x9q2ab",
]
CASES: list[dict[str, object]] = []


def money(text: str, *amounts: tuple[str, str | None, str | None]) -> dict[str, object]:
    return {"amounts": [{"amount": a, "currency": c, "period": p} for a, c, p in amounts], "text": text}


def header_block(labels: tuple[str, str, str, str], sent: str, *, bold: bool = False) -> str:
    """An Outlook-style header block of the original message, in the client's language."""
    values = (ME, sent, ME, SUBJECT)
    mark = "*" if bold else ""
    return "\n".join(f"{mark}{label}{mark} {value}" for label, value in zip(labels, values, strict=True))


def inline(answers: dict[int, str], *, quoted: bool) -> str:
    """The debrief with answers typed under its questions, '>'-quoted or (Outlook) not."""
    out: list[str] = []
    for line in DEBRIEF.split("\n"):
        out.append(gt(line) if quoted else line)
        number = next((n for n, q in enumerate(QUESTIONS, 1) if line == f"{n}. {q}"), None)
        if number in answers:
            out.extend(["", answers[number], ""] if quoted else [answers[number]])
    return "\n".join(out)


def eml(name: str, body: bytes, *, mailer: str = "") -> bytes:
    head = (
        f"From: {ME}\nTo: {ME}\nSubject: Re: {SUBJECT}\nDate: Thu, 26 Nov 2026 16:02:10 +0100\n"
        f"Message-ID: <{name}@mail.example.org>\nIn-Reply-To: <debrief-k3x9q2ab@followupd.example.org>\n"
        "MIME-Version: 1.0\n" + (f"X-Mailer: {mailer}\n" if mailer else "")
    )
    return head.encode() + body


def case(
    name: str,
    client: str,
    language: str,
    raw: bytes,
    *,
    shape: str,
    answers: dict[str, tuple[str, object]],
    free_notes: str = "",
    forbidden: tuple[str, ...] = (),
) -> None:
    expected = {
        "client": client,
        "language": language,
        "interview_date": "2026-11-26",
        "own_addresses": ["maya@example.org"],
        "shape": shape,
        "free_notes": free_notes,
        "answers": {qid: {"text": text, "value": value} for qid, (text, value) in answers.items()},
        "forbidden": ALWAYS_FORBIDDEN + list(forbidden),
    }
    CASES.append({"name": name, "raw": raw, "expected": expected})


def html_doc(body: str) -> str:
    return f"<html><head><style>p{{margin:0}}</style></head><body>{body}</body></html>\n"


def paragraphs(text: str) -> str:
    return "".join(f"<div>{html_lines(line) or '<br>'}</div>" for line in text.split("\n"))


# The HTML debrief as Outlook or Gmail turn it into plain text: indented list items, the link after its words.
DEBRIEF_FROM_HTML = (
    "Hi Maya,\n\nYour interview with Acme for Senior Backend Engineer (with Jane Doe and Raj Patel) ended at 15:00.\n"
    "While it is fresh, answer what you can: reply to this email (inline under each question, or numbered like\n"
    f"“1. 7/10”), or use the form<{LINK}>.\n\n"
    + "\n\n".join(f"   {n}. {q}" for n, q in enumerate(QUESTIONS, 1))
    + "\n\nSkip anything you like; a later reply fills in or replaces single answers.\n\n— followupd\n"
)
