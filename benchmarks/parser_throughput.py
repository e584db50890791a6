"""Measures reply-parser throughput (replies per second, one core) over our fixtures, beside mailparser_reply."""

from __future__ import annotations

import email
import sys
import time
from datetime import date
from email.policy import compat32
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followupd.domain.questionnaire import DEFAULT_QUESTIONS  # noqa: E402
from followupd.domain.replies import parse_reply  # noqa: E402
from followupd.domain.replies.mime import message_text  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "replies"
ROUNDS = 30


def _rate(label: str, work: object, items: list[object]) -> float:
    for item in items[:5]:
        work(item)  # type: ignore[operator]
    start = time.process_time()  # CPU time of this process: one core, not disturbed by other jobs' waiting
    for _ in range(ROUNDS):
        for item in items:
            work(item)  # type: ignore[operator]
    elapsed = time.process_time() - start
    rate = ROUNDS * len(items) / elapsed
    print(f"{label:<58} {rate:>10,.0f} replies/s")
    return rate


def main() -> int:
    raws = [path.read_bytes() for path in sorted(FIXTURES.glob("*.eml"))]
    texts = [message_text(raw)[0] for raw in raws]
    print(f"{len(raws)} fixtures x {ROUNDS} rounds, CPU time of one process\n")
    _rate(
        "followupd parse_reply (MIME + strip + assign + values)",
        lambda raw: parse_reply(raw, questionnaire=DEFAULT_QUESTIONS, interview_date=date(2026, 11, 26)),
        raws,
    )
    _rate("baseline: stdlib email parsing + body decoding only", lambda raw: message_text(raw), raws)
    try:
        from mailparser_reply import EmailReplyParser
    except ImportError:
        print("baseline: mailparser_reply not installed (pip install -e '.[bench]')")
        return 0
    parser = EmailReplyParser(languages=["en", "de", "fr", "es", "nl"])
    _rate(
        "baseline: mailparser_reply.parse_reply on the decoded text",
        lambda text: parser.parse_reply(text=text),
        texts,
    )
    _rate(
        "baseline: body decoding + mailparser_reply (same input as ours)",
        lambda raw: parser.parse_reply(text=message_text(email.message_from_bytes(raw, policy=compat32))[0]),
        raws,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
