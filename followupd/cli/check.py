"""`followupd check`: log in to every configured server and print one line each."""

from __future__ import annotations

import argparse

from followupd.cli.output import EXIT_OK, EXIT_SERVICE, print_json
from followupd.services.app import load_config
from followupd.services.checks import run_checks

__all__: list[str] = []


# --- check / run / status -------------------------------------------------------------------------------
def cmd_check(args: argparse.Namespace) -> int:
    settings = load_config(args.config)
    results = run_checks(settings)
    if args.json:
        print_json({"ok": all(r.ok for r in results), "checks": [r.as_json() for r in results]})
    else:
        for r in results:
            line = f"{'ok    ' if r.ok else 'FAILED'} {r.name}: {r.detail}"
            print(line + (f"\n       fix: {r.fix}" if r.fix else ""))
    return EXIT_OK if all(r.ok for r in results) else EXIT_SERVICE
