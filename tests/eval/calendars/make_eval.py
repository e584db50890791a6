"""Writes the held-out calendar set (eval/NAME.ics + NAME.expected.json): `python tests/eval/calendars/make_eval.py`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import make_eval_a
import make_eval_b


def main() -> None:
    make_eval_a.OUT.mkdir(exist_ok=True)
    for build in make_eval_a.ALL + make_eval_b.ALL:
        build()


if __name__ == "__main__":
    main()
