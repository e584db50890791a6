"""sd_notify: datagrams to $NOTIFY_SOCKET, abstract sockets, watchdog interval at half WATCHDOG_USEC."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from followupd.runtime.sdnotify import Notifier


def test_sends_ready_and_watchdog(tmp_path: Path) -> None:
    """READY=1 and WATCHDOG=1 arrive as datagrams on the socket systemd gave."""
    path = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(path)
        notifier = Notifier(
            {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "20000000", "WATCHDOG_PID": str(os.getpid())}
        )
        assert notifier.ready("up")
        assert notifier.watchdog()
        assert server.recv(100) == b"READY=1\nSTATUS=up"
        assert server.recv(100) == b"WATCHDOG=1"
    assert notifier.watchdog_interval == 10.0


def test_abstract_socket() -> None:
    """A leading '@' means the abstract namespace."""
    name = f"followupd-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind("\0" + name)
        assert Notifier({"NOTIFY_SOCKET": "@" + name}).stopping()
        assert server.recv(100) == b"STOPPING=1"


def test_without_systemd_does_nothing() -> None:
    """Outside systemd nothing is sent and no watchdog is kept; a watchdog for another pid is not ours."""
    assert Notifier({}).ready() is False
    assert Notifier({}).watchdog_interval is None
    assert Notifier({"WATCHDOG_USEC": "1000", "WATCHDOG_PID": "1"}).watchdog_interval is None
