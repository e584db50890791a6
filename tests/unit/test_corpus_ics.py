"""Robustness over real-world calendars from other projects: events or problems, never a crash."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.adapters.calendar.ical import parse_calendar
from followupd.adapters.calendar.split import split_objects

# The corpus sits beside the checkout (../shared/corpus/ics); FOLLOWUPD_ICS_CORPUS points elsewhere (a worktree).
CORPUS = Path(
    os.environ.get("FOLLOWUPD_ICS_CORPUS")
    or Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "ics"
)
FILES = sorted(CORPUS.rglob("*.ics")) if CORPUS.is_dir() else []
UTC = ZoneInfo("UTC")
# Wide enough to reach the old fixtures, narrow enough that century-long daily series stay quick.
WINDOW = (datetime(1995, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))


@pytest.mark.skipif(not FILES, reason="../shared/corpus/ics is not here")
@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_file_parses_to_events_or_problems(path: Path):
    """Each corpus calendar yields occurrences or problem lines (or is genuinely empty), without raising."""
    data = path.read_bytes()
    result = parse_calendar(
        data, source="corpus", user_tz="Europe/Berlin", window=WINDOW, calendar_name=path.name
    )
    for event in result.events:
        assert event.start.tzinfo is not None and event.end >= event.start, event
    if "BEGIN:VEVENT" in data.decode("utf-8", "replace").upper():
        assert result.events or result.problems, "events were present but neither parsed nor reported"
    else:
        assert [] == result.events


@pytest.mark.skipif(not FILES, reason="../shared/corpus/ics is not here")
@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_split_pieces_parse_alone(path: Path):
    """Each piece split_objects cuts from a corpus calendar parses alone into occurrences of that piece's UID
    only, with zone-aware times."""
    for uid, text in split_objects(path.read_bytes()).items():
        result = parse_calendar(text, source="corpus", user_tz="UTC", window=WINDOW, calendar_name=uid)
        for event in result.events:
            # An event without a UID gets one made from its content; the piece's key is made the same way from
            # the whole piece, so only real UIDs can be compared.
            same = event.uid == uid or uid.startswith("nouid-")
            assert same and event.start.tzinfo is not None and event.end >= event.start, event
