"""What every command prints through: exit codes, aligned tables and --json."""

from __future__ import annotations

import json
import sys
from typing import Any

__all__ = ["EXIT_OK", "EXIT_RUNTIME", "EXIT_SERVICE", "EXIT_USAGE", "print_json", "print_table"]

EXIT_OK, EXIT_RUNTIME, EXIT_USAGE, EXIT_SERVICE = 0, 1, 2, 3


def print_json(data: Any) -> None:
    # One write of the whole text: json.dump() to a stream makes a write call per token.
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def print_table(rows: list[list[str]], header: list[str], *, empty: str) -> None:
    """Aligned columns under a header, or the `empty` sentence when there are no rows."""
    if not rows:
        print(empty)
        return
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
