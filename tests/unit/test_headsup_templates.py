"""What a heads-up says: the timing from the hear-back date, the callers, and every template rendered with each
field missing in turn (no "None", no empty greeting, no dangling punctuation, no double blank lines)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from followupd.compose.composer import Composer
from followupd.domain.headsup import Timing, plan_heads_up, subject, timing
from followupd.domain.models import Interview, Person
from followupd.domain.policy import ReferenceSettings
from tests.support import NOW, build_app
from tests.unit.test_thanks_templates import _problems

FULL: dict[str, Any] = {
    "greeting_name": "Sam",
    "company": "Acme",
    "role": "Senior Backend Engineer",
    "callers": ["Jane Doe", "Raj Patel"],
    "timing": "this_week",
    "speaks_to": "the payments migration",
    "role_words": "Owning the payments platform",
    "went_well": "My system design answer",
}
EMPTY: dict[str, Any] = {k: ([] if k == "callers" else "none" if k == "timing" else "") for k in FULL}


def _cases() -> list[tuple[str, dict[str, Any]]]:
    cases = [("full", FULL), ("all empty", EMPTY), ("one caller", FULL | {"callers": ["Jane Doe"]})]
    cases += [("coming weeks", FULL | {"timing": "coming_weeks"})]
    cases += [(f"no {k}", FULL | {k: EMPTY[k]}) for k in FULL]
    cases += [(f"only {k}", EMPTY | {k: FULL[k]}) for k in FULL]
    return cases


@pytest.fixture
def composer(tmp_path: Path) -> Composer:
    app, _ = build_app(tmp_path)
    return app.composer


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("case", "context"), _cases(), ids=[c for c, _ in _cases()])
def test_every_field_missing_in_turn_reads_cleanly(
    composer: Composer, language: str, case: str, context: dict[str, Any]
) -> None:
    text = composer.note_text(language, context, template="heads_up")
    assert [] == _problems(text), text
    assert text.rstrip().endswith("Maya Example")


def test_the_full_heads_up_in_english(composer: Composer) -> None:
    text = composer.note_text("en", FULL, template="heads_up")
    assert text.startswith(
        "Dear Sam,\n\nA quick heads-up: I have been interviewing for the Senior Backend Engineer"
    )
    assert "it will most likely be Jane Doe or Raj Patel, this week." in text
    assert "speak to the payments migration." in text


def test_a_heads_up_template_in_the_config_dir_overrides_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "heads_up_en.txt.j2").write_text(
        "Hi {{ greeting_name }} from {{ signature }}\n"
    )
    app, _ = build_app(tmp_path)
    composer = Composer(app.settings, link_key=b"k" * 32, override_dir=tmp_path / "templates")
    assert "Hi Sam from Maya Example\n" == composer.note_text("en", FULL, template="heads_up")


@pytest.mark.parametrize(
    ("hear_back", "expected"),
    [
        (None, Timing.none),
        (date(2026, 11, 20), Timing.none),  # already past: nothing invented
        (date(2026, 11, 26), Timing.this_week),  # today, a Thursday
        (date(2026, 11, 29), Timing.this_week),  # Sunday of the same week
        (date(2026, 11, 30), Timing.coming_weeks),
        (date(2027, 1, 15), Timing.coming_weeks),
    ],
)
def test_timing_from_the_hear_back_date(hear_back: date | None, expected: Timing) -> None:
    assert expected == timing(hear_back, date(2026, 11, 26))


@pytest.mark.parametrize(
    ("company", "role", "expected"),
    [
        ("Acme", "Engineer", "A call from Acme may come your way"),
        ("", "Engineer", "A reference call about the Engineer role may come your way"),
        ("", "", "A reference call may come your way"),
    ],
)
def test_the_subject_without_company_or_role(company: str, role: str, expected: str) -> None:
    assert expected == subject(company, role)


def test_callers_are_the_interviewers_names_never_addresses_or_none() -> None:
    interview = Interview(
        id=1,
        source="work",
        uid="u",
        recurrence_id="",
        company="Acme",
        role="",
        start=NOW,
        end=NOW,
        tzid="UTC",
        interviewers=(
            Person("Jane Doe", "jane@acme.example"),
            Person("", "raj@acme.example"),
            Person("None", "x@acme.example"),
            Person("Maya Example", "maya@example.org"),
        ),
    )
    plan = plan_heads_up(
        interview,
        ReferenceSettings("Sam Rivera", "sam@example.net", notes="n/a"),
        own_addresses=("maya@example.org",),
        answers={"role": "  Owning\n the platform. ", "went_well": "-"},
        hear_back=None,
        today=date(2026, 11, 26),
    )
    assert (("Jane Doe",), "Sam", "", "Owning the platform", "") == (
        plan.callers,
        plan.greeting_name,
        plan.speaks_to,
        plan.role_words,
        plan.went_well,
    )
