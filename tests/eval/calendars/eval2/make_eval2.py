"""Writes the second held-out calendar set (NAME.ics + NAME.expected.json); running it again rewrites the same bytes.

The expectations are typed by hand from the calendars' meaning, never produced by followupd.
"""

from __future__ import annotations

import cases_google
import cases_lookalike
import cases_other
import cases_outlook


def main() -> None:
    for module in (cases_google, cases_outlook, cases_other, cases_lookalike):
        for case in module.CASES:
            case()


if __name__ == "__main__":
    main()
