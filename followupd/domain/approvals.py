"""Reading the user's reply to an approval email: approve, skip, edit, address, stop; anything unclear changes
nothing and says what was understood."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

__all__ = ["Command", "Parsed", "Verb", "keeps_closing", "parse_approval"]


class Verb(enum.StrEnum):
    approve = "approve"  # numbers empty: all of them
    skip = "skip"
    edit = "edit"
    address = "address"
    stop = "stop"  # put approved notes back to drafts (undo)
    refs = "refs"  # draft heads-ups to references; numbers are R numbers (the references list), empty for all


@dataclass(frozen=True)
class Command:
    verb: Verb
    numbers: tuple[int, ...] = ()  # 1-based; empty for "all"
    text: str = ""  # edit: the new body; address: the address


@dataclass(frozen=True)
class Parsed:
    """What a reply says: the commands (empty when nothing was understood) and, if it was unclear, a sentence
    saying what was understood and what to write instead. Unclear means: change nothing."""

    commands: tuple[Command, ...]
    problem: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.commands) and not self.problem


_HELP = (
    'write "approve" (or "approve all", "send") for every note, "approve 1 3" for some, "skip 2",'
    ' "edit 2" followed by the new text on the next lines, "address 2 name@example.org", or "stop";'
    ' "refs" (or "refs R1 R3") drafts heads-ups to your references'
)
_NUMBERS = r"((?:\d+(?:\s*(?:,|and|und|&)?\s*)?)+)"
_REFS = re.compile(r"(?:refs|references)((?:[\s,]+(?:and\s+)?r?\d+)*)", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _numbers(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(n) for n in re.findall(r"\d+", text)}))


def keeps_closing(own_text: str) -> bool:
    """An "edit N" reply: the text under it is the note itself, so her sign-off and name there are part of it
    (the reply reader drops them from other replies)."""
    return bool(re.match(r"\s*edit\s+\d", own_text, re.IGNORECASE))


def parse_approval(own_text: str, *, count: int, references: int = 0) -> Parsed:
    """Parse her own new text (quotes already stripped); `count` is how many notes the approval email listed,
    `references` how many references the config lists (R1 to R<references>)."""
    lines = [line.strip() for line in own_text.strip().splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    if not lines or not lines[0]:
        return Parsed((), f"Nothing was changed: the reply was empty. To act, {_HELP}.")
    first = lines[0].lower().rstrip(".! ")
    rest = "\n".join(lines[1:]).strip()

    found = re.fullmatch(r"edit\s+(\d+)\s*:?\s*(.*)", first, re.IGNORECASE)
    if found:
        number = int(found.group(1))
        inline = lines[0].split(found.group(1), 1)[1].lstrip(" :") if found.group(2) else ""
        body = "\n".join(x for x in (inline, rest) if x).strip()
        if not body:
            return Parsed(
                (), f'Nothing was changed: "edit {number}" needs the new text below it. To act, {_HELP}.'
            )
        return _checked((Command(Verb.edit, (number,), body),), count, references)

    commands: list[Command] = []
    for raw in lines:
        line = raw.lower().rstrip(".! ")
        if not line:
            break  # the commands are the first paragraph; what follows (a signature) is not read
        if line in {"approve", "approve all", "send", "send all", "yes", "ok", "go"}:
            commands.append(Command(Verb.approve))
        elif line in {"stop", "hold", "wait", "undo"}:
            commands.append(Command(Verb.stop))
        elif m := _REFS.fullmatch(line):
            commands.append(Command(Verb.refs, _numbers(m.group(1))))
        elif m := re.fullmatch(rf"(?:approve|send)\s+{_NUMBERS}", line):
            commands.append(Command(Verb.approve, _numbers(m.group(1))))
        elif m := re.fullmatch(rf"(?:skip|discard|drop)\s+{_NUMBERS}", line):
            commands.append(Command(Verb.skip, _numbers(m.group(1))))
        elif m := re.fullmatch(
            r"address\s+(\d+)\s*:?\s*<?([^\s<>]+)>?", raw.strip().rstrip("."), re.IGNORECASE
        ):
            address = m.group(2)
            if not _EMAIL.match(address):
                return Parsed(
                    (), f'Nothing was changed: "{address}" is not an email address. To act, {_HELP}.'
                )
            commands.append(Command(Verb.address, (int(m.group(1)),), address))
        else:
            understood = "; ".join(_describe(c) for c in commands)
            so_far = f" (understood before it: {understood})" if understood else ""
            return Parsed(
                (), f'Nothing was changed: "{raw.strip()}" is not a command{so_far}. To act, {_HELP}.'
            )
    return _checked(tuple(commands), count, references)


def _checked(commands: tuple[Command, ...], count: int, references: int = 0) -> Parsed:
    if any(c.verb is Verb.refs for c in commands):
        if not references:
            return Parsed(
                (), "Nothing was changed: no references are configured ([[references]] in the config)."
            )
        wrong_refs = sorted(
            {n for c in commands if c.verb is Verb.refs for n in c.numbers if not 1 <= n <= references}
        )
        if wrong_refs:
            listed = ", ".join(f"R{n}" for n in wrong_refs)
            return Parsed(
                (), f"Nothing was changed: there is no reference {listed} (the list has R1 to R{references})."
            )
    wrong = sorted({n for c in commands if c.verb is not Verb.refs for n in c.numbers if not 1 <= n <= count})
    if wrong:
        listed = ", ".join(map(str, wrong))
        return Parsed((), f"Nothing was changed: there is no note {listed} (the email listed 1 to {count}).")
    verbs = {c.verb for c in commands}
    if Verb.stop in verbs and len(verbs) > 1:
        return Parsed(
            (), f'Nothing was changed: "stop" and other commands in one reply contradict. To act, {_HELP}.'
        )
    approved = {n for c in commands if c.verb is Verb.approve for n in c.numbers}
    skipped = {n for c in commands if c.verb is Verb.skip for n in c.numbers}
    all_approved = any(c.verb is Verb.approve and not c.numbers for c in commands)
    if approved & skipped or (all_approved and skipped):
        both = ", ".join(map(str, sorted(approved & skipped) or sorted(skipped)))
        return Parsed((), f"Nothing was changed: note {both} is both approved and skipped. To act, {_HELP}.")
    return Parsed(commands)


def _describe(command: Command) -> str:
    if not command.numbers:
        return f"{command.verb.value} all"
    return f"{command.verb.value} {' '.join(map(str, command.numbers))}"
