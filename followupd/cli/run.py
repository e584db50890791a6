"""`followupd run`: the daemon in the foreground, or one full pass with --once; one of them per state dir."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from followupd.config import load as config
from followupd.runtime.daemon import run
from followupd.runtime.lock import DaemonLock, Mode, check_state_dir
from followupd.services.app import load_app
from followupd.services.checks import calendar_warning

__all__: list[str] = []


def cmd_run(args: argparse.Namespace) -> int:
    directory = config.state_dir(args.state_dir)
    check_state_dir(directory, create=True)
    with DaemonLock(directory, mode=Mode.once if args.once else Mode.daemon) as held:
        held.acquire(now=datetime.now(UTC))
        app = load_app(args.config, directory)
        warning = calendar_warning(app.settings, app.store)
        if warning:
            print(f"followupd: warning: {warning}", file=sys.stderr, flush=True)
        return run(app, once=args.once)
