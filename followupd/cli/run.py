"""`followupd run`: the daemon in the foreground, or one full pass with --once."""

from __future__ import annotations

import argparse

from followupd.runtime.daemon import run
from followupd.services.app import load_app

__all__: list[str] = []


def cmd_run(args: argparse.Namespace) -> int:
    app = load_app(args.config, args.state_dir)
    return run(app, once=args.once)
