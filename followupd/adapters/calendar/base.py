"""What every calendar source returns, and how their failures become Transient or Permanent errors."""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from typing import Any, Protocol

from followupd.errors import Permanent, ServiceError, Transient

__all__ = ["CalendarSource", "SyncResult", "service_error"]


@dataclass(frozen=True)
class SyncResult:
    """One sync's outcome. Keys are hrefs: full URLs for CalDAV, pseudo-hrefs for ICS sources.

    ``full`` is True when ``changed`` is a complete snapshot: hrefs not in it are gone, whatever ``deleted``
    says. ``cursor`` is JSON-serializable and goes back into the next ``sync``.
    """

    changed: dict[str, str]
    deleted: frozenset[str]
    cursor: dict[str, Any]
    full: bool


class CalendarSource(Protocol):
    def sync(self, cursor: dict[str, Any] | None) -> SyncResult: ...


def service_error(exc: BaseException, *, where: str) -> ServiceError:
    """Translate a library or socket exception into our error with a fix the user can act on."""
    status = getattr(exc, "status", None) or getattr(exc, "code", None)
    text = f"{where}: {type(exc).__name__}: {str(exc).strip()[:200]}"
    name = type(exc).__name__.lower()
    if status == 401 or ("authorization" in name and status is None):
        return Permanent(f"{where}: login refused", fix="check the username and app password")
    if status == 403:
        return Permanent(f"{where}: access denied", fix="check that this account may read the calendar")
    if status in (404, 410):
        return Permanent(f"{where}: not found", fix="check the calendar URL")
    if isinstance(exc, ssl.SSLCertVerificationError) or "certificate" in str(exc).lower():
        return Permanent(
            f"{where}: TLS certificate not trusted",
            fix="check the host name, or set ca_file for a self-signed server",
        )
    if isinstance(exc, (TimeoutError, socket.timeout)) or "timeout" in name or "timed out" in str(exc):
        return Transient(f"{where}: timed out", fix="the server was slow; followupd retries on its own")
    if isinstance(status, int) and 400 <= status < 500 and status not in (408, 429):
        return Permanent(text, fix="check the calendar settings")
    return Transient(text, fix="followupd retries on its own; check the network if it persists")
