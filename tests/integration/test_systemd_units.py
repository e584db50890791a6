"""The systemd units pass `systemd-analyze verify`, and the system unit's exposure stays at 2.0 or lower."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[2] / "systemd"
pytestmark = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed"
)


def _installed_copy(unit: str, tmp_path: Path) -> Path:
    """The unit with ExecStart pointing at this checkout's followupd, as an installation would have it."""
    exe = Path(sys.executable).with_name("followupd")
    text = (UNITS / unit).read_text()
    text = re.sub(r"^ExecStart=\S+", f"ExecStart={exe}", text, flags=re.MULTILINE)
    target = tmp_path / "followupd.service"
    target.write_text(text)
    return target


@pytest.mark.parametrize("unit", ["followupd.service", "followupd-system.service"])
def test_unit_verifies(unit: str, tmp_path: Path) -> None:
    """systemd-analyze verify prints nothing and exits 0."""
    result = subprocess.run(
        ["systemd-analyze", "verify", str(_installed_copy(unit, tmp_path))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr.strip()) == (0, "")


def test_system_unit_exposure(tmp_path: Path) -> None:
    """The system unit is sandboxed: exposure 2.0 or lower (the figure is in docs/deployment.md)."""
    result = subprocess.run(
        [
            "systemd-analyze",
            "security",
            "--offline=true",
            str(_installed_copy("followupd-system.service", tmp_path)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert match, result.stdout[-500:]
    assert float(match.group(1)) <= 2.0
