"""Free loopback ports for the test stack, the e2e daemons and the benchmarks: one helper for all of them."""

from __future__ import annotations

import socket

__all__ = ["free_port"]


def free_port() -> int:
    """A port nothing listens on right now. Racy by nature (the port is released before the server binds it),
    which is acceptable on a test machine; servers that can bind port 0 themselves should do that instead."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
