"""Measures reply-parser accuracy over our fixtures: exact answers, exact ratings, and leaks from quotes."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followupd.domain.questionnaire import DEFAULT_QUESTIONS  # noqa: E402
from followupd.domain.replies import parse_reply, value_to_json  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "replies"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def main() -> int:
    answers_total = answers_right = ratings_total = ratings_right = leaks = 0
    misses: list[str] = []
    for eml in sorted(FIXTURES.glob("*.eml")):
        expected = json.loads(eml.with_suffix(".expected.json").read_text(encoding="utf-8"))
        reply = parse_reply(
            eml.read_bytes(),
            questionnaire=DEFAULT_QUESTIONS,
            interview_date=date.fromisoformat(expected["interview_date"]),
        )
        got = {a.question_id: a for a in reply.answers}
        for question_id, want in expected["answers"].items():
            answers_total += 1
            answer = got.get(question_id)
            right = (
                answer is not None
                and _norm(answer.text) == _norm(want["text"])
                and (value_to_json(answer.value) == want["value"])
            )
            answers_right += right
            if question_id == "rating":
                ratings_total += 1
                ratings_right += answer is not None and value_to_json(answer.value) == want["value"]
            if not right:
                misses.append(f"{eml.stem}: {question_id}")
        extra = set(got) - set(expected["answers"])
        answers_total += len(extra)  # an answer that should not exist counts as wrong
        misses += [f"{eml.stem}: unexpected {q}" for q in sorted(extra)]
        texts = [a.text for a in reply.answers] + [reply.free_notes]
        leaks += sum(1 for phrase in expected["forbidden"] for text in texts if phrase in text)
    print(f"fixtures: {len(list(FIXTURES.glob('*.eml')))}")
    print(
        f"answers exactly right: {answers_right}/{answers_total} = "
        f"{100 * answers_right / max(answers_total, 1):.1f}% (target >= 95%)"
    )
    print(
        f"ratings right: {ratings_right}/{ratings_total} = {100 * ratings_right / max(ratings_total, 1):.1f}% (target 100%)"
    )
    print(f"answers holding quoted/signature/forward text: {leaks} (target 0)")
    for miss in misses:
        print(f"  miss: {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
