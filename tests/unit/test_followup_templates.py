"""The check-in templates with every field missing in turn, and the reminder's text in each situation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followupd.compose.composer import Composer
from tests.support import build_app
from tests.unit.test_thanks_templates import _problems

FULL: dict[str, Any] = {
    "greeting_name": "Jane",
    "weekday": 3,
    "role": "Senior Backend Engineer",
    "company": "Acme",
    "again": False,
    "signature": "Maya Example",
}
EMPTY: dict[str, Any] = {
    "greeting_name": "",
    "weekday": None,
    "role": "",
    "company": "",
    "again": True,
    "signature": "",
}
CASES = [("full", FULL), ("all empty", EMPTY), ("again", FULL | {"again": True})]
CASES += [(f"no {k}", FULL | {k: EMPTY[k]}) for k in FULL if k != "again"]
CASES += [(f"again, no {k}", FULL | {"again": True, k: EMPTY[k]}) for k in FULL if k != "again"]


@pytest.fixture
def composer(tmp_path: Path) -> Composer:
    app, _ = build_app(tmp_path)
    return app.composer


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("case", "context"), CASES, ids=[c for c, _ in CASES])
def test_every_check_in_field_missing_in_turn_reads_cleanly(
    composer: Composer, language: str, case: str, context: dict[str, Any]
) -> None:
    text = composer.render(f"checkin_{language}.txt.j2", **context).strip()
    assert [] == _problems(text), text
    assert ("Best regards" if language == "en" else "Viele Grüße") in text.splitlines()[
        -2 if context["signature"] else -1
    ]


def test_the_check_in_names_the_day_the_role_and_the_company(composer: Composer) -> None:
    text = composer.render("checkin_en.txt.j2", **FULL)
    assert (
        "our conversation on Thursday about my application for the Senior Backend Engineer role at Acme."
        in text
    )


REMINDER: dict[str, Any] = {
    "first_name": "Maya",
    "company": "Acme",
    "role": "Engineer",
    "round": 1,
    "last": False,
    "hear_back": "Friday 27 November",
    "hear_back_said": "by Friday",
    "interview_day": "Thursday 26 November",
    "domains": ["acme.example"],
    "checked_at": True,
    "second_after": "7 days",
    "contact": "Jane Doe",
    "notes": [
        {
            "number": 4,
            "id": 12,
            "name": "Jane Doe",
            "email": "jane@acme.example",
            "to": "Jane Doe <jane@acme.example>",
            "subject": "Checking in",
            "body": "Dear Jane,\n\nAny news?",
        }
    ],
    "review_link": "http://127.0.0.1:8765/review/x",
    "undo_after": "5 minutes",
    "window": "08:00-19:00",
}


@pytest.mark.parametrize(
    ("changes", "present", "absent"),
    [
        (
            {},
            [
                "No word from Acme yet",
                "by Friday 27 November",
                "Silence is normal",
                "Keep applying",
                "approve",
                "Dear Jane",
            ],
            ["last reminder", "could not tell"],
        ),
        ({"hear_back": ""}, ['you wrote: "by Friday"'], ["hear back by"]),
        ({"hear_back": "", "hear_back_said": ""}, ["not given a date"], ["you wrote"]),
        ({"last": True, "round": 2}, ["last reminder", "gone quiet", "7 days"], []),
        ({"domains": []}, ["could not tell which addresses are theirs"], []),
        ({"notes": [], "contact": ""}, ["nobody with an address"], ["approve"]),
        ({"company": "", "role": ""}, ["No word from the company yet"], ["None"]),
    ],
)
def test_the_reminder_says_what_applies(
    composer: Composer, changes: dict[str, Any], present: list[str], absent: list[str]
) -> None:
    text = composer.render("followup_reminder.txt.j2", **(REMINDER | changes))
    assert ([], []) == ([p for p in present if p not in text], [a for a in absent if a in text]), text
    assert "None" not in text and "\n\n\n" not in text, text
