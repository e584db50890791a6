"""Crash points: FOLLOWUPD_FAULT names a point, or a point at one kind of outbox row (`name:kind`)."""

from __future__ import annotations

import pytest

from followupd.services import faults


def killed_at(monkeypatch: pytest.MonkeyPatch, wanted: str, name: str, kind: str = "") -> bool:
    kills: list[int] = []
    monkeypatch.setenv("FOLLOWUPD_FAULT", wanted)
    monkeypatch.setattr(faults.os, "kill", lambda _pid, sig: kills.append(sig))
    faults.point(name, kind=kind)
    return bool(kills)


@pytest.mark.parametrize(
    ("wanted", "name", "kind", "expected"),
    [
        ("after_smtp_accept", "after_smtp_accept", "debrief", True),  # a bare name: every kind
        ("after_smtp_accept:check_in", "after_smtp_accept", "check_in", True),
        ("after_smtp_accept:check_in", "after_smtp_accept", "followup_reminder", False),
        ("after_smtp_accept:check_in", "after_sending_mark", "check_in", False),
        ("after_followup_queued", "after_drafts_synced", "", False),
        ("after_drafts_synced:", "after_drafts_synced", "", False),  # no kind given: only the bare name
    ],
)
def test_a_point_kills_only_when_its_name_and_kind_are_the_ones_asked_for(
    monkeypatch: pytest.MonkeyPatch, wanted: str, name: str, kind: str, expected: bool
) -> None:
    assert expected == killed_at(monkeypatch, wanted, name, kind)


def test_no_fault_asked_for_kills_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUPD_FAULT", raising=False)
    monkeypatch.setattr(faults.os, "kill", lambda _pid, _sig: pytest.fail("killed"))
    faults.point("after_smtp_accept", kind="check_in")
