"""The architecture stays visible: followupd/domain imports no I/O and reads no clock."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[2] / "followupd" / "domain"
FORBIDDEN_MODULES = {
    "socket",
    "sqlite3",
    "asyncio",
    "threading",
    "subprocess",
    "urllib",
    "http",
    "ssl",
    "imapclient",
    "aiosmtplib",
    "caldav",
    "aiohttp",
    "requests",
    "time",
    "followupd.adapters",
}
FORBIDDEN_CALLS = {"now", "utcnow", "today"}


@pytest.mark.parametrize("path", sorted(DOMAIN.rglob("*.py")), ids=lambda p: str(p.relative_to(DOMAIN)))
def test_domain_module_is_pure(path: Path) -> None:
    """No I/O modules imported and no datetime.now()/date.today() called in the domain."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        for name in names:
            assert not any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES), (
                f"{path}: {name}"
            )
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in FORBIDDEN_CALLS, f"{path}:{node.lineno} reads the clock"
