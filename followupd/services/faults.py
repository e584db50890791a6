"""Fault-injection points for the crash tests: FOLLOWUPD_FAULT=<name> kills the process there with SIGKILL.

A real crash can happen between any two statements; the end-to-end tests use these to land one exactly on the
instants that matter for exactly-once sending, which timing alone would hit only by luck. A point passed a
`kind` (an outbox row's kind) also answers to `<name>:<kind>`, so a test can kill at the send of one message
(the follow-up reminder, a check-in) rather than at whichever goes first in the pass.
"""

from __future__ import annotations

import os
import signal

__all__ = ["point"]


def point(name: str, *, kind: str = "") -> None:
    wanted = os.environ.get("FOLLOWUPD_FAULT")
    if wanted is not None and (wanted == name or (kind and wanted == f"{name}:{kind}")):
        os.kill(os.getpid(), signal.SIGKILL)
