"""Text output reads as words: money and dates as text, long answers indented under their question."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from followupd.adapters.store.db import open_store
from followupd.cli.main import main
from followupd.cli.output import answer_block, notes_block, value_text


def test_money_is_text_not_a_dict() -> None:
    """Amounts with thousands separators, currency and period; several joined."""
    money = {
        "amounts": [
            {"amount": "85000", "currency": "EUR", "period": "year"},
            {"amount": "10000", "currency": None, "period": None},
        ],
        "text": "85k base plus 10k bonus",
    }
    assert "85,000 EUR per year; 10,000" == value_text(money)


def test_dates_and_ratings_as_words() -> None:
    """A hear-back date with its weekday; a whole rating without '.0'."""
    assert "Friday 4 December 2026" == value_text("2026-12-04")
    assert "7" == value_text(7.0)
    assert "yes" == value_text("yes")


def test_long_answer_stays_indented_under_its_question() -> None:
    """Every line of a long, multi-line answer is indented; the value follows."""
    answer = "word " * 40 + "\nsecond paragraph"
    block = answer_block(2, "What went well?", answer, None, width=60).splitlines()
    assert "   2. What went well?" == block[0]
    assert all(line.startswith("      ") for line in block[1:])
    assert "      second paragraph" == block[-1]
    assert 4 < len(block)


def test_unanswered_and_notes() -> None:
    """No answer is a dash; free notes get a title and the same indent."""
    assert "   3. Why?\n      -" == answer_block(3, "Why?", None)
    assert "Free notes:\n      call Raj on Monday" == notes_block("Free notes:", "call Raj on Monday")


def test_interviews_show_prints_free_notes_and_indented_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text of `interviews show` has the reply's free notes and the money answer as words."""
    from tests.unit.test_status import CONFIG

    (tmp_path / "config.toml").write_text(CONFIG)
    base = ["--config", str(tmp_path / "config.toml"), "--state-dir", str(tmp_path / "state")]
    assert 0 == main([*base, "interviews", "add", "--company", "Acme", "--start", "2026-11-30T14:00"])
    store = open_store(tmp_path / "state")
    now = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    with store.transaction():
        reply = store.add_reply(
            interview_id=1,
            message_id="<r@t.example>",
            folder="INBOX",
            uid=1,
            received_at=now,
            own_text="x",
            shape="numbered",
            free_notes="Call Raj Patel on Monday.",
            raw=b"",
        )
        money = {"amounts": [{"amount": "85000", "currency": "EUR", "period": "year"}], "text": "85k"}
        store.save_answer(1, "money", "85k base", money, via="email", reply_id=reply, now=now)
    store.close()
    capsys.readouterr()
    assert 0 == main([*base, "interviews", "show", "1"])
    out = capsys.readouterr().out
    assert "   8. What money was discussed?\n      85k base\n      -> 85,000 EUR per year" in out
    assert "Notes from the reply of Mon 30 Nov 17:00 CET:\n      Call Raj Patel on Monday." in out
