"""A reverse proxy for the test stack's HTTP servers (CalDAV, ICS feeds) with fault knobs: errors and stalls."""

from __future__ import annotations

import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

__all__ = ["FaultProxy"]

_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization"}


class FaultProxy:
    """Forwards every request to `target` (http://host:port) unless a fault is queued for it.

    `fail_next(503, retry_after="1")` answers the next request itself; `stall_next(10)` holds the next one that
    long before forwarding it (a server that hangs); `requests` counts what arrived.
    """

    def __init__(self, target: str) -> None:
        parts = urlsplit(target)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self._lock = threading.Lock()
        self._faults: list[tuple[str, int, str | None, float]] = []
        self.requests = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet in test output
                pass

            def _any(self) -> None:
                proxy.forward(self)

            do_GET = do_PUT = do_POST = do_DELETE = do_PROPFIND = do_REPORT = do_OPTIONS = do_HEAD = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, name="fault-proxy", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def fail_next(self, status: int, *, retry_after: str | None = None, times: int = 1) -> None:
        with self._lock:
            self._faults.extend([("fail", status, retry_after, 0.0)] * times)

    def stall_next(self, seconds: float, *, times: int = 1) -> None:
        with self._lock:
            self._faults.extend([("stall", 0, None, seconds)] * times)

    def reset(self) -> None:
        with self._lock:
            self._faults.clear()

    def forward(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests += 1
            fault = self._faults.pop(0) if self._faults else None
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        if fault is not None and fault[0] == "fail":
            handler.send_response(fault[1])
            if fault[2] is not None:
                handler.send_header("Retry-After", fault[2])
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        if fault is not None:
            time.sleep(fault[3])
        upstream = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP}
            upstream.request(handler.command, handler.path, body=body, headers=headers)
            response = upstream.getresponse()
            data = response.read()
            handler.send_response(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in _HOP and key.lower() != "content-length":
                    handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:  # the client gave up (timed out) while we stalled
            pass
        finally:
            upstream.close()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
