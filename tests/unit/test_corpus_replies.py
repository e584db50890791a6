"""Robustness over real replies from other projects (../shared/corpus/replies): no exception, no quoted answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import html_to_text, parse_reply, parse_text
from followupd.domain.replies.quotes import split_lines

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "replies"
FILES = (
    sorted(p for p in CORPUS.rglob("*") if p.suffix in {".eml", ".txt", ".html"}) if CORPUS.is_dir() else []
)
D0 = date(2026, 11, 26)


@pytest.mark.skipif(not FILES, reason="the shared corpus is not present")
@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_reply_parses_without_quoted_text_in_answers(path: Path) -> None:
    """Each corpus reply parses without an exception, and no answer holds a '>'-quoted line of the file."""
    raw = path.read_bytes()
    if path.suffix == ".eml":
        reply = parse_reply(raw, questionnaire=DEFAULT_QUESTIONS, interview_date=D0)
        text = raw.decode("utf-8", "replace")
    else:
        text = raw.decode("utf-8", "replace")
        body = html_to_text(text) if path.suffix == ".html" else text
        reply = parse_text(body, questionnaire=DEFAULT_QUESTIONS, interview_date=D0)
    quoted = {
        line.text.strip() for line in split_lines(text) if line.depth > 0 and len(line.text.strip()) > 20
    }
    leaked = [line for a in reply.answers for line in a.text.split("\n") if line.strip() in quoted]
    assert leaked == []
