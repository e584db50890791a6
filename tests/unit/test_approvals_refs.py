"""The reply word "refs": heads-ups for all references or those numbered R1, R2 ... (never note numbers)."""

from __future__ import annotations

import pytest

from followupd.domain.approvals import Command, Verb, parse_approval


@pytest.mark.parametrize(
    ("text", "commands"),
    [
        ("refs", (Command(Verb.refs),)),
        ("References", (Command(Verb.refs),)),
        ("refs 1 3", (Command(Verb.refs, (1, 3)),)),
        ("refs R1, R3", (Command(Verb.refs, (1, 3)),)),
        ("refs r2 and r1", (Command(Verb.refs, (1, 2)),)),
        ("approve\nrefs R3", (Command(Verb.approve), Command(Verb.refs, (3,)))),
    ],
)
def test_refs_with_and_without_r_numbers(text: str, commands: tuple[Command, ...]) -> None:
    parsed = parse_approval(text, count=2, references=3)
    assert (commands, "") == (parsed.commands, parsed.problem)


@pytest.mark.parametrize(
    ("text", "references", "problem"),
    [
        ("refs R4", 3, "there is no reference R4 (the list has R1 to R3)"),
        ("refs", 0, "no references are configured"),
        ("refs please", 3, '"refs please" is not a command'),
    ],
)
def test_refs_that_cannot_be_done_change_nothing(text: str, references: int, problem: str) -> None:
    parsed = parse_approval(text, count=2, references=references)
    assert () == parsed.commands and problem in parsed.problem


def test_r_numbers_are_not_checked_against_the_notes() -> None:
    """Three references, one note: "refs 3" is fine, "approve 3" is not."""
    assert parse_approval("refs 3", count=1, references=3).ok
    assert not parse_approval("approve 3", count=1, references=3).ok
