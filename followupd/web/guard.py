"""Connection limits for the web server: header and request deadlines, a connection cap, the process fd limit."""

from __future__ import annotations

import asyncio
import contextlib
import resource
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from aiohttp import web
from aiohttp.web_protocol import RequestHandler

__all__ = [
    "HEADER_TIMEOUT",
    "MAX_CONNECTIONS",
    "REQUEST_TIMEOUT",
    "GuardedSite",
    "deadline",
    "raise_fd_limit",
]

log = structlog.get_logger("followupd.web")

# A browser sends a whole request head in one packet; ten seconds without one is a client that never will.
# aiohttp itself has no header timeout: half a header would hold its socket (and a file descriptor) for an hour.
HEADER_TIMEOUT = 10.0
# Reading a 64 KiB form body and saving it takes milliseconds; a body trickled in for longer is refused.
REQUEST_TIMEOUT = 30.0
# One person's browser opens a handful of connections. The cap keeps a flood of sockets from taking the file
# descriptors that IMAP, SMTP and SQLite need: it stays a small fraction of the process limit (see cap_for).
MAX_CONNECTIONS = 64
ACCEPT_BACKLOG = 16
_BUSY_PAGE = (
    b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Type: text/plain\r\n"
    b"Content-Length: 16\r\nConnection: close\r\n\r\nTry again soon.\n"
)


def raise_fd_limit() -> int:
    """Raise the soft RLIMIT_NOFILE to the hard limit (1024 is a common soft default); the soft limit now."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        with contextlib.suppress(ValueError, OSError):  # a container may forbid it; the cap still applies
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def cap_for(fd_limit: int) -> int:
    """At most MAX_CONNECTIONS, and never more than a quarter of the descriptors the process may open."""
    return max(4, min(MAX_CONNECTIONS, fd_limit // 4))


class _Handler(RequestHandler):
    """aiohttp's handler, closed when it has waited HEADER_TIMEOUT without a request in progress."""

    def __init__(self, site: GuardedSite, manager: web.Server, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self.site = site
        self.busy = 0
        self.idle_since = self._loop.time()
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self.idle_since = self._loop.time()
        self._timer = self._loop.call_later(HEADER_TIMEOUT, self._check)

    def connection_lost(self, exc: BaseException | None) -> None:
        self.site.forget(self)
        if self._timer is not None:
            self._timer.cancel()
        super().connection_lost(exc)

    def _check(self) -> None:
        waited = self._loop.time() - self.idle_since
        if not self.busy and waited >= HEADER_TIMEOUT:
            log.debug("web_slow_client_closed", waited=round(waited, 1))
            self.force_close()
            return
        self._timer = self._loop.call_later(max(0.5, HEADER_TIMEOUT - waited), self._check)


class _Busy(asyncio.Protocol):
    """A connection over the cap while every open one is busy: a short 503, then close."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        transport.write(_BUSY_PAGE)
        transport.close()


class GuardedSite(web.TCPSite):
    """A TCPSite whose connections are capped; at the cap the longest-idle connection makes room."""

    def __init__(self, runner: web.BaseRunner, host: str, port: int, *, cap: int) -> None:
        super().__init__(runner, host, port)
        self.cap = cap
        self.open: set[_Handler] = set()
        self.evicted = 0
        self.refused = 0

    def forget(self, handler: _Handler) -> None:
        self.open.discard(handler)

    def _make(self) -> asyncio.BaseProtocol:
        server = self._runner.server
        assert server is not None
        if len(self.open) >= self.cap and not self._evict():
            self.refused += 1
            return _Busy()
        # The runner's keyword arguments (access log class, keep-alive timeout) are what web.Server would pass.
        handler = _Handler(self, server, loop=asyncio.get_running_loop(), **self._runner._kwargs)
        self.open.add(handler)
        return handler

    def _evict(self) -> bool:
        """Close the connection that has waited longest without a request; False if every one is busy."""
        # Only connected ones: asyncio accepts a burst of sockets before it calls their connection_made.
        idle = [h for h in self.open if not h.busy and h.transport is not None]
        if not idle:
            return False
        oldest = min(idle, key=lambda h: h.idle_since)
        self.open.discard(oldest)
        oldest.force_close()
        self.evicted += 1
        return True

    async def start(self) -> None:
        await web.BaseSite.start(self)  # registers the site with its runner, as TCPSite.start does
        loop = asyncio.get_running_loop()
        # asyncio accepts up to `backlog` sockets per wake-up before any of them reaches _make: a small backlog
        # bounds how many descriptors a burst takes before the cap can act (with 128, 400 fast clients briefly
        # exhausted a 256-descriptor limit).
        self._server = await loop.create_server(
            self._make, self._host, self._port, reuse_address=True, backlog=ACCEPT_BACKLOG
        )


@web.middleware
async def deadline(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Mark the connection busy while a request runs, and end any request (a trickled body) after REQUEST_TIMEOUT."""
    protocol = request.protocol
    guarded = protocol if isinstance(protocol, _Handler) else None
    if guarded is not None:
        guarded.busy += 1
    try:
        async with asyncio.timeout(REQUEST_TIMEOUT):
            return await handler(request)
    except TimeoutError:
        log.info("web_request_timeout", method=request.method, seconds=REQUEST_TIMEOUT)
        protocol.close()  # close after the 408 page instead of reading on what the client still trickles
        raise web.HTTPRequestTimeout() from None
    finally:
        if guarded is not None:
            guarded.busy -= 1
            guarded.idle_since = guarded._loop.time()
