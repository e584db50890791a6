"""Hear-back dates of round 13 in Vietnamese, Hebrew, Arabic, Hindi and Thai: weekdays, next week, tomorrow."""

from __future__ import annotations

from datetime import date

import pytest

from followupd.domain.replies.dates import read_date

D0 = date(2026, 11, 26)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thứ Sáu", date(2026, 11, 27)),
        ("trước thứ 2", date(2026, 11, 30)),
        ("thứ năm tuần sau", date(2026, 12, 3)),
        ("Chủ nhật", date(2026, 11, 29)),
        ("ביום שני", date(2026, 11, 30)),
        ("עד יום שישי", date(2026, 11, 27)),
        ("בשבוע הבא", date(2026, 12, 4)),
        ("מחר", date(2026, 11, 27)),
        ("يوم الأحد", date(2026, 11, 29)),
        ("قبل الجمعة", date(2026, 11, 27)),
        ("الأسبوع المقبل", date(2026, 12, 4)),
        ("غداً", date(2026, 11, 27)),
        ("अगले सप्ताह", date(2026, 12, 4)),
        ("สัปดาห์หน้า", date(2026, 12, 4)),
        ("พรุ่งนี้", date(2026, 11, 27)),
    ],
)
def test_hear_back_in_vietnamese_hebrew_arabic_hindi_and_thai(text: str, expected: date) -> None:
    assert expected == read_date(text, D0)


@pytest.mark.parametrize("text", ["Họ không nói", "לא אמרו", "لم يحددوا"])
def test_an_answer_without_a_day_gives_no_date(text: str) -> None:
    assert read_date(text, D0) is None
