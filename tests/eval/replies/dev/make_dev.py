"""Writes the reply parser's development set (NAME.eml + NAME.expected.json) in real mail-client shapes.

Run `python tests/eval/replies/dev/make_dev.py` after changing a case. Expected answers are written by hand in
cases_*.py, never produced by the parser. The held-out evaluation set is kept apart and not seen here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[3]))

from tests.eval.replies.dev import (  # noqa: E402
    cases_html,
    cases_plain,
    cases_quoted,
    cases_round2,
    cases_round3,
    cases_round4,
    cases_round5,
    cases_round6,
    cases_round7,
    cases_round8,
    cases_round9,
    cases_round10,
    cases_round11,
    cases_round12,
    cases_round13,
    cases_round14,
)
from tests.eval.replies.dev.dev_helpers import CASES  # noqa: E402


def main() -> None:
    cases_plain.add()
    cases_quoted.add_attributions()
    cases_quoted.add_more()
    cases_html.add()
    cases_html.add_more()
    cases_quoted.add_inline()
    cases_html.add_inline()
    cases_round2.add_html()
    cases_round2.add_plain()
    cases_round2.add_signature()
    cases_round3.add_marks()
    cases_round3.add_languages()
    cases_round3.add_closings()
    cases_round4.add_order_and_names()
    cases_round4.add_closings()
    cases_round4.add_inline_closing()
    cases_round5.add_values()
    cases_round5.add_history()
    cases_round6.add_numbers_and_dates()
    cases_round6.add_money_and_notes()
    cases_round6.add_marks_and_closings()
    cases_round6.add_languages()
    cases_round6.add_marker_words()
    cases_round7.add_marks_and_history()
    cases_round7.add_dates()
    cases_round7.add_money_and_closings()
    cases_round8.add_footers_and_notes()
    cases_round8.add_money_and_dates()
    cases_round8.add_left_classes()
    cases_round9.add_footers()
    cases_round9.add_not_clear()
    cases_round9.add_new_footers_and_disclaimers()
    cases_round9.add_header_labels()
    cases_round10.add_closings()
    cases_round10.add_dates_and_unsure()
    cases_round10.add_footers()
    cases_round10.add_disclaimers()
    cases_round11.add_closings()
    cases_round11.add_footers_and_dates()
    cases_round11.add_guards()
    cases_round12.add_history_and_footers()
    cases_round12.add_notes_money_and_dates()
    cases_round13.add_footers_and_values()
    cases_round13.add_rates()
    cases_round14.add_periods_and_footers()
    cases_round14.add_forward_notes_and_pointers()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for old in HERE.glob("*.expected.json"):
        old.unlink()
    for item in CASES:
        name = str(item["name"])
        (HERE / f"{name}.eml").write_bytes(item["raw"])  # type: ignore[arg-type]
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(item["expected"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(CASES)} dev replies")


if __name__ == "__main__":
    main()
