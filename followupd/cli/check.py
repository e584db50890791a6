"""`followupd check`: log in to every configured server and print one line each."""

from __future__ import annotations

import argparse

from followupd.cli.output import EXIT_OK, EXIT_SERVICE, print_json
from followupd.services.app import load_config
from followupd.services.checks import CheckResult, check_warnings, run_checks

__all__ = ["print_results"]


def print_results(results: list[CheckResult], warnings: list[str]) -> None:
    for r in results:
        line = f"{'ok    ' if r.ok else 'FAILED'} {r.name}: {r.detail}"
        print(line + (f"\n       fix: {r.fix}" if r.fix else ""))
    for warning in warnings:
        print(f"WARNING {warning}")


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 when everything works, 3 when a server failed or no calendar will ever give an interview."""
    settings = load_config(args.config)
    results = run_checks(settings)
    warnings = check_warnings(settings, results)
    ok = all(r.ok for r in results) and not warnings
    if args.json:
        print_json({"ok": ok, "checks": [r.as_json() for r in results], "warnings": warnings})
    else:
        print_results(results, warnings)
    return EXIT_OK if ok else EXIT_SERVICE
