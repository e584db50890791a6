"""Fault-injection points for the crash tests: FOLLOWUPD_FAULT=<name> kills the process there with SIGKILL.

A real crash can happen between any two statements; the end-to-end tests use these to land one exactly on the
two instants that matter for exactly-once sending, which timing alone would hit only by luck.
"""

from __future__ import annotations

import os
import signal

__all__ = ["point"]


def point(name: str) -> None:
    if os.environ.get("FOLLOWUPD_FAULT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
