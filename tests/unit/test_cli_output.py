"""Text output reads as words: money and dates as text, long answers indented under their question."""

from __future__ import annotations

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
