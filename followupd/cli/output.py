"""What every command prints through: exit codes, aligned tables and --json."""

from __future__ import annotations

import contextlib
import json
import sys
import textwrap
from datetime import date
from decimal import Decimal
from typing import Any

__all__ = [
    "EXIT_OK",
    "EXIT_RUNTIME",
    "EXIT_SERVICE",
    "EXIT_USAGE",
    "answer_block",
    "notes_block",
    "print_json",
    "print_table",
    "value_text",
]

EXIT_OK, EXIT_RUNTIME, EXIT_USAGE, EXIT_SERVICE = 0, 1, 2, 3


def print_json(data: Any) -> None:
    # Indented for a person at a terminal; compact for a pipe or a program, where the C encoder is several
    # times faster (indent= makes json use its pure-Python encoder). One write: json.dump() writes per token.
    indent = 2 if sys.stdout.isatty() else None
    sys.stdout.write(json.dumps(data, indent=indent, ensure_ascii=False, default=str) + "\n")


def print_table(rows: list[list[str]], header: list[str], *, empty: str) -> None:
    """Aligned columns under a header, or the `empty` sentence when there are no rows."""
    if not rows:
        print(empty)
        return
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def value_text(value: Any) -> str:
    """A parsed answer's value (its JSON form) as words: money as amounts, dates with their weekday."""
    if isinstance(value, dict) and "amounts" in value:
        parts = []
        for a in value["amounts"]:
            amount = a["amount"]
            with contextlib.suppress(ValueError):
                number = Decimal(amount)
                amount = f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,}"
            parts.append(
                " ".join(
                    p
                    for p in (amount, a.get("currency"), f"per {a['period']}" if a.get("period") else "")
                    if p
                )
            )
        return "; ".join(parts) or str(value.get("text", ""))
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value).strftime("%A %-d %B %Y")
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _indented(text: str, *, width: int, indent: str = " " * 6) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines():
        lines += [indent + line for line in textwrap.wrap(paragraph, width - len(indent))] or [""]
    return lines


def answer_block(
    number: int, question: str, answer: str | None, value: Any = None, *, width: int = 100
) -> str:
    """A question with its answer indented under it, long and multi-line answers wrapped and kept indented."""
    lines = [f"{number:>4}. {question}"]
    lines += _indented(answer, width=width) if answer else ["      -"]
    if value is not None:
        lines.append(f"      -> {value_text(value)}")
    return "\n".join(lines)


def notes_block(title: str, notes: str, *, width: int = 100) -> str:
    """Free notes (what a reply said outside the answers) under a title, indented like answers."""
    return "\n".join([title, *_indented(notes, width=width)])
