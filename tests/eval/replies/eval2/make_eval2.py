"""Writes the second held-out reply set (NAME.eml + NAME.expected.json here): `python make_eval2.py`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402
import cases_e  # noqa: E402
import cases_f  # noqa: E402
import cases_g  # noqa: E402
import cases_h  # noqa: E402
import cases_i  # noqa: E402
import cases_j  # noqa: E402
from shapes import build  # noqa: E402


def main() -> int:
    cases = (
        cases_a.CASES
        + cases_b.CASES
        + cases_c.CASES
        + cases_d.CASES
        + cases_e.CASES
        + cases_f.CASES
        + cases_g.CASES
        + cases_h.CASES
        + cases_i.CASES
        + cases_j.CASES
    )
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "case names must be unique"
    for case in cases:
        (HERE / f"{case.name}.eml").write_bytes(build(case))
        text = json.dumps(case.expected(), ensure_ascii=False, indent=2) + "\n"
        (HERE / f"{case.name}.expected.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(cases)} replies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
