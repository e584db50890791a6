"""Read a private ICS address with conditional GET, so an unchanged calendar costs one 304."""

from __future__ import annotations

import base64
import ssl
import urllib.error
import urllib.request
from typing import Any

from followupd.adapters.calendar.base import SyncResult, service_error
from followupd.adapters.calendar.split import split_objects
from followupd.config.settings import CalendarSettings, Credentials
from followupd.errors import Permanent

__all__ = ["IcsUrlSource"]


class IcsUrlSource:
    """An ICS address (``https://``, ``http://`` or ``webcal://``). Objects are keyed by pseudo-href = UID.

    Cursor: ``{"etag", "last_modified", "uids"}``. A 304 gives an empty, non-full result; a 200 gives every
    object with ``full=True`` (and lists UIDs that disappeared in ``deleted`` too).
    """

    def __init__(self, settings: CalendarSettings, creds: Credentials | None = None) -> None:
        self.settings = settings
        self.creds = creds

    def sync(self, cursor: dict[str, Any] | None) -> SyncResult:
        cursor = dict(cursor or {})
        url = self.settings.url
        if url.lower().startswith("webcal://"):
            url = "https://" + url[len("webcal://") :]
        request = urllib.request.Request(
            url, headers={"Accept": "text/calendar, */*;q=0.5", "User-Agent": "followupd"}
        )
        if cursor.get("etag"):
            request.add_header("If-None-Match", cursor["etag"])
        if cursor.get("last_modified"):
            request.add_header("If-Modified-Since", cursor["last_modified"])
        if self.creds and self.creds.password:
            token = base64.b64encode(f"{self.creds.username}:{self.creds.password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        context = ssl.create_default_context(
            cafile=str(self.settings.ca_file) if self.settings.ca_file else None
        )
        where = f"calendar {self.settings.name!r}"
        try:
            with urllib.request.urlopen(request, timeout=self.settings.timeout, context=context) as response:
                body = response.read()
                headers = response.headers
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return SyncResult(changed={}, deleted=frozenset(), cursor=cursor, full=False)
            raise service_error(exc, where=where) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason if isinstance(exc.reason, BaseException) else exc
            raise service_error(reason, where=where) from exc
        except (OSError, ValueError) as exc:
            if isinstance(exc, ValueError):
                raise Permanent(f"{where}: {exc}", fix="check the calendar URL") from exc
            raise service_error(exc, where=where) from exc
        objects = split_objects(body)
        new_cursor = {
            "etag": headers.get("ETag", ""),
            "last_modified": headers.get("Last-Modified", ""),
            "uids": sorted(objects),
        }
        deleted = frozenset(set(cursor.get("uids", [])) - set(objects))
        return SyncResult(changed=objects, deleted=deleted, cursor=new_cursor, full=True)
