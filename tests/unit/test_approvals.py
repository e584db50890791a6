"""Approval replies: each command form, case-insensitive; anything unclear changes nothing and says why."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from followupd.domain.approvals import Command, Verb, keeps_closing, parse_approval
from followupd.domain.replies import own_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("approve", (Command(Verb.approve),)),
        ("Approve all", (Command(Verb.approve),)),
        ("SEND", (Command(Verb.approve),)),
        ("approve 1 3", (Command(Verb.approve, (1, 3)),)),
        ("approve 1, 3", (Command(Verb.approve, (1, 3)),)),
        ("approve 1 and 2", (Command(Verb.approve, (1, 2)),)),
        ("skip 2", (Command(Verb.skip, (2,)),)),
        ("approve 1\nskip 2", (Command(Verb.approve, (1,)), Command(Verb.skip, (2,)))),
        ("address 2 raj@acme.example", (Command(Verb.address, (2,), "raj@acme.example"),)),
        ("Address 2 <Raj.Patel@acme.example>", (Command(Verb.address, (2,), "Raj.Patel@acme.example"),)),
        ("stop", (Command(Verb.stop),)),
        ("edit 2\nDear Raj,\n\nThanks again.", (Command(Verb.edit, (2,), "Dear Raj,\n\nThanks again."),)),
        ("approve\n\nMaya\nSent from my phone", (Command(Verb.approve),)),
    ],
)
def test_commands_are_understood(text: str, expected: tuple[Command, ...]) -> None:
    parsed = parse_approval(text, count=3)
    assert (expected, "") == (parsed.commands, parsed.problem)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "empty"),
        ("looks good, thanks!", '"looks good, thanks!" is not a command'),
        ("approve 1\nsounds great", "understood before it: approve 1"),
        ("approve 4", "there is no note 4"),
        ("approve 2\nskip 2", "note 2 is both approved and skipped"),
        ("approve\nskip 2", "both approved and skipped"),
        ("stop\napprove 1", "contradict"),
        ("edit 2", "needs the new text"),
        ("address 2 raj", "is not an email address"),
    ],
)
def test_unclear_replies_change_nothing_and_say_what_to_write(text: str, says: str) -> None:
    parsed = parse_approval(text, count=3)
    assert () == parsed.commands
    assert says in parsed.problem
    assert not parsed.ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [("edit 2\nDear Jane,", True), ("Edit 1: Dear Li,", True), ("approve", False), ("editing is fun", False)],
)
def test_only_an_edit_keeps_her_closing(text: str, expected: bool) -> None:
    assert expected == keeps_closing(text)


def test_an_edit_from_her_phone_keeps_her_sign_off_and_drops_the_phone_line_and_quote() -> None:
    message = EmailMessage()
    message["From"] = "Maya Example <maya@example.org>"
    message.set_content(
        "edit 1\nDear Jane,\n\nThank you for Tuesday.\n\nBest regards,\nMaya\n\nSent from my iPhone\n\n"
        "On 1 Dec 2026, at 17:02, followupd <maya@example.org> wrote:\n\n> Dear Jane,\n> the drafted note\n",
        cte="quoted-printable",
    )
    expected = "edit 1\nDear Jane,\n\nThank you for Tuesday.\n\nBest regards,\nMaya"
    assert expected == own_text(message.as_bytes(), own_addresses=("maya@example.org",))
