"""One parse of a whole calendar file gives what one parse per object (the service's path today) gives."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.adapters.calendar.ical import parse_calendar
from followupd.adapters.calendar.split import split_objects

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("FOLLOWUPD_ICS_CORPUS") or ROOT.parent / "shared" / "corpus" / "ics")
FILES = sorted(
    [
        *(ROOT / "tests" / "fixtures" / "ics").glob("*.ics"),
        *(ROOT / "tests" / "eval" / "calendars" / "dev").glob("*.ics"),
    ]
    + (sorted(CORPUS.rglob("*.ics")) if CORPUS.is_dir() else [])
)
UTC = ZoneInfo("UTC")
WINDOW = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_whole_file_equals_the_union_of_its_objects(path: Path):
    """Every occurrence of the per-object parses, and nothing else, comes out of the one whole-file parse."""
    data = path.read_bytes()
    whole = parse_calendar(data, source="s", user_tz="Europe/Berlin", window=WINDOW, calendar_name="c")
    pieces = [
        parse_calendar(text, source="s", user_tz="Europe/Berlin", window=WINDOW, calendar_name="c")
        for text in split_objects(data).values()
    ]
    by_piece = sorted((e for r in pieces for e in r.events), key=lambda e: (e.start, e.uid, e.recurrence_id))
    assert by_piece == whole.events
