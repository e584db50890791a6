"""What import-linter cannot say about the domain: it never reads the clock (time comes in as `now`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[2] / "followupd" / "domain"
FORBIDDEN_CALLS = {"now", "utcnow", "today"}


@pytest.mark.parametrize("path", sorted(DOMAIN.rglob("*.py")), ids=lambda p: str(p.relative_to(DOMAIN)))
def test_domain_module_reads_no_clock(path: Path) -> None:
    """No datetime.now()/date.today() in the domain; the layer and I/O rules are import-linter contracts."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in FORBIDDEN_CALLS, f"{path}:{node.lineno} reads the clock"
