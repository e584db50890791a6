"""Writes the eighth held-out reply set (NAME.eml + NAME.expected.json); running it again rewrites the same bytes."""

from __future__ import annotations

import base64
import json
import quopri
import sys
from datetime import date
from email.header import Header
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from eval8_cases_a import CASES_A  # noqa: E402
from eval8_cases_b import CASES_B  # noqa: E402
from eval8_shapes import BOT, BOT_ADDR, ME, ME_ADDR, Case  # noqa: E402

CASES = CASES_A + CASES_B


def _encode(body: str, *, charset: str, cte: str) -> bytes:
    raw = body.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def _part(body: str, subtype: str, case: Case) -> bytes:
    head = (
        f'Content-Type: text/{subtype}; charset="{case.charset}"\nContent-Transfer-Encoding: {case.cte}\n\n'
    ).encode("ascii")
    return head + _encode(body, charset=case.charset, cte=case.cte)


def _subject(case: Case) -> str:
    subject = f"Re: Debrief: {case.company} [fu-{case.token}]"
    return subject if subject.isascii() else Header(subject, "utf-8").encode()


def render(case: Case) -> bytes:
    day = date.fromisoformat(case.day)
    headers = [
        f"From: {ME} <{ME_ADDR}>",
        f"To: {BOT} <{BOT_ADDR}>",
        f"Subject: {_subject(case)}",
        f"Date: {case.sent or day.strftime('%a, %d %b %Y') + ' 21:14:05 +0100'}",
        f"Message-ID: <{case.name}.{case.token}@mail.example.org>",
        f"In-Reply-To: <debrief-{case.token}@followupd.example.org>",
        f"References: <debrief-{case.token}@followupd.example.org>",
        "MIME-Version: 1.0",
    ]
    if case.mailer:
        headers.append(f"X-Mailer: {case.mailer}")
    if case.text is not None and case.html is not None:
        boundary = f"=_alt_{case.token}"
        body = (
            "\n".join(headers).encode("ascii")
            + f'\nContent-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode("ascii")
            + f"--{boundary}\n".encode("ascii")
            + _part(case.text, "plain", case)
            + f"\n--{boundary}\n".encode("ascii")
            + _part(case.html, "html", case)
            + f"\n--{boundary}--\n".encode("ascii")
        )
    else:
        content = case.text if case.text is not None else case.html
        assert content is not None
        subtype = "plain" if case.text is not None else "html"
        body = "\n".join(headers).encode("ascii") + b"\n" + _part(content, subtype, case)
    return body.replace(b"\n", b"\r\n") if case.crlf else body


def expected(case: Case) -> dict[str, Any]:
    return {
        "client": case.client,
        "language": case.language,
        "interview_date": case.day,
        "own_addresses": [ME_ADDR],
        "shape": case.shape,
        "free_notes": case.free_notes,
        "answers": {qid: {"text": text, "value": value} for qid, (text, value) in case.answers.items()},
        "forbidden": list(case.forbidden),
    }


def main() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)), "case names repeat"
    for case in CASES:
        (HERE / f"{case.name}.eml").write_bytes(render(case))
        text = json.dumps(expected(case), ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case.name}.expected.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
