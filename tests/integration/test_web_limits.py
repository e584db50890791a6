"""The web server's connection limits on a real socket: header and request deadlines, the connection cap."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.domain import signing
from followupd.services.app import App
from followupd.web import app as web_app
from followupd.web import guard
from tests.e2e.helpers import free_port
from tests.support import KEY, build_app

pytestmark = pytest.mark.integration


@dataclass
class Served:
    app: App
    port: int
    interview_id: int


@pytest.fixture
async def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Served]:
    """The daemon's web server (web_app.start) on a free port, with deadlines short enough for a test."""
    monkeypatch.setattr(guard, "HEADER_TIMEOUT", 0.6)
    monkeypatch.setattr(guard, "REQUEST_TIMEOUT", 0.6)
    monkeypatch.setattr(guard, "MAX_CONNECTIONS", 8)
    port = free_port()
    app, interview_id = build_app(tmp_path, port=port)
    runner = await web_app.start(app, on_change=lambda: None)
    try:
        yield Served(app, port, interview_id)
    finally:
        await runner.cleanup()
        app.store.close()


async def _open(port: int, first: bytes) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(first)
    await writer.drain()
    return reader, writer


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> bytes | None:
    """What the server sent before closing, or None if it kept the connection open for `seconds`."""
    try:
        return await asyncio.wait_for(reader.read(), timeout=seconds)
    except TimeoutError:
        return None


async def _health(port: int) -> bytes:
    reader, writer = await _open(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    answer = await asyncio.wait_for(reader.read(), timeout=5)
    writer.close()
    return answer


async def test_half_a_header_is_closed_after_the_header_timeout(served: Served) -> None:
    """A client that sends part of a request head and then nothing is disconnected, not kept for an hour."""
    reader, writer = await _open(served.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    assert b"" == await _closed_within(reader, 3)
    writer.close()


async def test_trickled_header_does_not_extend_the_deadline(served: Served) -> None:
    """Sending one header byte at a time does not keep a connection alive past the header timeout."""
    reader, writer = await _open(served.port, b"GET /healthz HTTP/1.1\r\n")
    for _ in range(30):
        if reader.at_eof() or writer.is_closing():
            break
        try:
            writer.write(b"X")
            await writer.drain()
        except ConnectionError:
            break
        await asyncio.sleep(0.1)
    assert b"" == await _closed_within(reader, 3)
    writer.close()


async def test_trickled_body_gets_408(served: Served) -> None:
    """A POST whose body never completes is answered 408 after the request timeout and closed."""
    token = signing.sign(
        KEY,
        purpose=signing.Purpose.form,
        subject=str(served.interview_id),
        expires=datetime.now(UTC) + timedelta(days=1),
    )
    head = f"POST /debrief/{token} HTTP/1.1\r\nHost: x\r\n".encode()
    head += b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncsrf="
    reader, writer = await _open(served.port, head)
    answer = await _closed_within(reader, 5)
    writer.close()
    assert answer is not None
    assert b"HTTP/1.1 408 Request Timeout" == answer.split(b"\r\n")[0]
    assert {} == served.app.store.answers(served.interview_id)


async def test_flood_of_slow_connections_never_blocks_health(served: Served) -> None:
    """Far more slow clients than the cap: open sockets stay at the cap and /healthz still answers."""
    slow = [await _open(served.port, b"GET / HTTP/1.1\r\nHost: x\r\n") for _ in range(40)]
    answer = await _health(served.port)
    assert answer.startswith(b"HTTP/1.1 200") and answer.endswith(b"ok")
    still_open = 0
    await asyncio.sleep(0.1)
    for reader, _writer in slow:
        if not reader.at_eof():
            still_open += 1
    for _reader, writer in slow:
        writer.close()
    assert still_open <= 8


def test_fd_limit_raised_to_hard_and_cap_below_it() -> None:
    """At start the soft descriptor limit is raised to the hard one, and the cap stays a quarter of it or less."""
    import resource

    soft = guard.raise_fd_limit()
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    assert soft == hard or hard == resource.RLIM_INFINITY
    assert [4, 64, 64] == [guard.cap_for(n) for n in (16, 256, 20000)]
    with socket.socket() as sock:  # the process can still open descriptors after the change
        assert sock.fileno() > 0
