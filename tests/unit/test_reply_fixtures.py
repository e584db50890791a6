"""Every reply fixture and development reply parses to its hand-written expected answers, and nothing forbidden leaks."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import parse_reply, value_to_json

FIXTURES = Path(__file__).parents[1] / "fixtures" / "replies"
DEV = Path(__file__).parents[1] / "eval" / "replies" / "dev"  # the development set, in real client shapes
NAMES = sorted(path.stem for path in FIXTURES.glob("*.eml")) + sorted(
    f"dev/{path.stem}" for path in DEV.glob("*.eml")
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _parse(name: str) -> tuple[dict[str, object], object]:
    folder, stem = (DEV, name[4:]) if name.startswith("dev/") else (FIXTURES, name)
    expected = json.loads((folder / f"{stem}.expected.json").read_text(encoding="utf-8"))
    reply = parse_reply(
        (folder / f"{stem}.eml").read_bytes(),
        questionnaire=DEFAULT_QUESTIONS,
        interview_date=date.fromisoformat(expected["interview_date"]),
        own_addresses=tuple(expected.get("own_addresses", ())),
    )
    return expected, reply


def test_there_are_at_least_30_fixtures_and_30_development_replies() -> None:
    """The fixture set and the development set each cover at least 30 replies."""
    assert (True, True) == (len(list(FIXTURES.glob("*.eml"))) >= 30, len(list(DEV.glob("*.eml"))) >= 30)


@pytest.mark.parametrize("name", NAMES)
def test_fixture_parses_to_expected_answers(name: str) -> None:
    """Answers (text after whitespace normalisation, and value), shape and free notes match expected.json."""
    expected, reply = _parse(name)
    actual = {
        "shape": reply.shape,
        "free_notes": _norm(reply.free_notes),
        "answers": {
            a.question_id: {"text": _norm(a.text), "value": value_to_json(a.value)} for a in reply.answers
        },
    }
    wanted = {
        "shape": expected["shape"],
        "free_notes": _norm(expected["free_notes"]),
        "answers": {
            k: {"text": _norm(v["text"]), "value": v["value"]} for k, v in expected["answers"].items()
        },
    }
    assert wanted == actual


@pytest.mark.parametrize("name", NAMES)
def test_fixture_answers_hold_nothing_from_quotes_signatures_or_forwards(name: str) -> None:
    """No answer or free note contains a phrase marked forbidden (quoted debrief, signature, forward, disclaimer)."""
    expected, reply = _parse(name)
    texts = [a.text for a in reply.answers] + [reply.free_notes]
    assert [phrase for phrase in expected["forbidden"] for text in texts if phrase in text] == []
