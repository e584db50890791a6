"""Read a CalDAV account incrementally: sync tokens where the server has them, else an href -> ETag table."""

from __future__ import annotations

import inspect
import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote, urljoin

from caldav.calendarobjectresource import CalendarObjectResource
from caldav.collection import Calendar
from caldav.davclient import DAVClient
from caldav.lib import error as dav_error
from caldav.lib.url import URL

from followupd.adapters.calendar.base import SyncResult, service_error
from followupd.config.settings import CalendarSettings, Credentials
from followupd.errors import Permanent

__all__ = ["CalDavSource"]

log = logging.getLogger(__name__)
_DAV = "{DAV:}"
_PROPFIND_ETAGS = (
    '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop>'
    "<D:getetag/><D:resourcetype/></D:prop></D:propfind>"
)
_PROPFIND_SYNC_TOKEN = (
    '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:sync-token/></D:prop>'
    "</D:propfind>"
)
_MULTIGET_BATCH = 200  # hrefs per calendar-multiget REPORT: big enough to be few, small enough for any server


class CalDavSource:
    """One CalDAV account or calendar URL. ``sync`` blocks: the service runs it in a worker thread.

    Cursor: ``{"calendars": {calendar_url: {"name", "token", "sync": bool, "etags": {href: etag}}}}``. The
    ETag table is kept even while tokens work, so a rejected or expired token (Radicale answers 403, Xandikos
    412) is recovered by listing the collection once and diffing, deletions included.
    """

    def __init__(self, settings: CalendarSettings, creds: Credentials | None) -> None:
        self.settings = settings
        self.creds = creds

    def sync(self, cursor: dict[str, Any] | None) -> SyncResult:
        try:
            return self._sync(cursor)
        except Permanent:
            raise
        except Exception as exc:
            raise service_error(exc, where=f"calendar {self.settings.name!r}") from exc

    def _client(self) -> DAVClient:
        verify: bool | str = str(self.settings.ca_file) if self.settings.ca_file else True
        username = self.creds.username if self.creds else (self.settings.username or None)
        password = self.creds.password if self.creds else None
        return DAVClient(
            url=self.settings.url,
            username=username,
            password=password,
            timeout=self.settings.timeout,  # type: ignore[arg-type]  # requests takes a float
            ssl_verify_cert=verify,
            enable_rfc6764=False,
            require_tls=False,  # loopback and LAN servers over http are the user's choice; https is verified
            rate_limit_handle=True,
            # Without a cap caldav sleeps as long as Retry-After says (an hour: the sync thread hangs an hour).
            # A short wait is honoured in place; a longer one fails this sync as temporary, the loop retries.
            rate_limit_max_sleep=5,
        )

    def _sync(self, cursor: dict[str, Any] | None) -> SyncResult:
        previous: dict[str, dict[str, Any]] = dict((cursor or {}).get("calendars", {}))
        client = self._client()
        changed: dict[str, str] = {}
        deleted: set[str] = set()
        state: dict[str, dict[str, Any]] = {}
        for calendar, name in self._calendars(client, previous):
            url = str(calendar.url)
            got, gone, state[url] = self._sync_calendar(calendar, name, previous.get(url))
            changed.update(got)
            deleted |= gone
        for url, old in previous.items():
            if url not in state:  # a calendar that was removed or filtered out takes its events with it
                deleted |= set(old.get("etags", {}))
        return SyncResult(
            changed=changed, deleted=frozenset(deleted), cursor={"calendars": state}, full=cursor is None
        )

    def _calendars(
        self, client: DAVClient, previous: dict[str, dict[str, Any]]
    ) -> list[tuple[Calendar, str]]:
        """The calendar at the URL if it is one, else the principal's calendars filtered by display name."""
        direct = Calendar(client=client, url=self.settings.url)
        known = previous.get(str(direct.url))
        if known is not None and known.get("direct"):
            # Radicale answers every PROPFIND on a collection in time proportional to its size; a calendar URL
            # we already know needs only the sync REPORT (a vanished calendar shows there as a 404).
            return [(direct, str(known.get("name", "")))]
        if _is_calendar(client, self.settings.url):
            return [(direct, _display_name(direct))]
        found = client.principal().get_calendars()  # type: ignore[no-untyped-call]  # unannotated in caldav 3.6
        wanted = {c.casefold() for c in self.settings.calendars}
        result = []
        for calendar in found:
            name = _display_name(calendar)
            if not wanted or name.casefold() in wanted:
                result.append((calendar, name))
        return result

    def _sync_calendar(
        self, calendar: Calendar, name: str, old: dict[str, Any] | None
    ) -> tuple[dict[str, str], set[str], dict[str, Any]]:
        old = old or {}
        etags: dict[str, str] = dict(old.get("etags", {}))
        token = old.get("token")
        supports_sync = bool(old.get("sync", True))
        new_token: str | None = None
        delta: dict[str, str] | None = None  # a token delta (changed members) ...
        listing: dict[str, str] = {}  # ... or a full listing to diff against the table
        gone: set[str] = set()
        direct = str(calendar.url).rstrip("/") == self.settings.url.rstrip("/")
        if supports_sync and token and _current_token(calendar) == token:
            # RFC 6578 section 4: the collection's DAV:sync-token property is the token a sync REPORT would
            # return now, so an equal value means nothing changed. Xandikos answers it in O(1) but the REPORT
            # in O(n); Radicale answers both in O(n), the property a little faster, so the probe costs extra
            # only when something changed, which is the rare case.
            return {}, set(), {**old, "name": name, "direct": direct}
        if supports_sync:
            try:
                if token:
                    delta, gone, new_token = _sync_collection(calendar, token)
                else:
                    listing, _, new_token = _sync_collection(calendar, None)
            except dav_error.DAVError as exc:
                if getattr(exc, "status", None) == 401:
                    raise
                log.info("calendar %s: sync-collection failed (%s); diffing ETags", name, exc)
                delta = None
                try:  # an expired token: start a fresh one, whose first answer lists every member
                    if not token:
                        raise
                    listing, _, new_token = _sync_collection(calendar, None)
                except dav_error.DAVError:
                    supports_sync = False
        if not supports_sync:
            listing = _list_etags(calendar)
        if delta is not None:
            want = {h for h, e in delta.items() if etags.get(h) != e or not e}
            for href in gone:
                etags.pop(href, None)
            etags.update(delta)
        else:
            want = {h for h, e in listing.items() if etags.get(h) != e or not e}
            gone = set(etags) - set(listing)
            etags = dict(listing)
        data = _download(calendar, sorted(want))
        for href in want - set(data):  # vanished between listing and download
            etags.pop(href, None)
            gone.add(href)
        state = {
            "name": name,
            "token": new_token if supports_sync else None,
            "sync": supports_sync,
            "direct": direct,
            "etags": etags,
        }
        return data, gone, state


def _sync_collection(calendar: Calendar, token: str | None) -> tuple[dict[str, str], set[str], str]:
    """RFC 6578 sync-collection without data: (href -> etag of changed members, removed hrefs, new token)."""
    result = calendar.get_objects_by_sync_token(token, load_objects=False, disable_fallback=True)
    if inspect.isawaitable(result):  # only caldav's async client returns a coroutine; this is the sync one
        raise TypeError("caldav returned a coroutine from the synchronous client")
    listed = {str(obj.url): _etag(obj) for obj in result.objects}
    gone = {str(url) for url in result.deleted_urls}
    return {h: e for h, e in listed.items() if h not in gone}, gone, str(result.sync_token)


def _current_token(calendar: Calendar) -> str | None:
    """The collection's DAV:sync-token property by PROPFIND Depth 0, or None when the server has none."""
    url = str(calendar.url)
    response = _client_of(calendar).request(
        url, "PROPFIND", _PROPFIND_SYNC_TOKEN, {"Depth": "0", "Content-Type": "application/xml"}
    )
    if response.status == 401:
        raise dav_error.AuthorizationError(url=url, reason="401", status=401)
    if response.status != 207:
        return None  # a vanished calendar or an odd server: the sync REPORT decides and reports it
    try:
        root = ET.fromstring(response._raw or b"<x/>")
    except ET.ParseError:
        return None
    for propstat in root.iter(f"{_DAV}propstat"):
        if "200" in (propstat.findtext(f"{_DAV}status") or ""):
            return (propstat.findtext(f".//{_DAV}sync-token") or "").strip() or None
    return None


def _client_of(calendar: Calendar) -> DAVClient:
    client = calendar.client
    if client is None:  # caldav types it optional; every calendar we build has one
        raise dav_error.DAVError(url=str(calendar.url), reason="calendar without a client")
    return client


def _etag(obj: Any) -> str:
    props = getattr(obj, "props", {}) or {}
    return str(props.get(f"{_DAV}getetag", "") or "")


def _list_etags(calendar: Calendar) -> dict[str, str]:
    """PROPFIND Depth 1 for getetag: every member's href and ETag, for servers without sync-collection."""
    url = str(calendar.url)
    response = _client_of(calendar).request(
        url, "PROPFIND", _PROPFIND_ETAGS, {"Depth": "1", "Content-Type": "application/xml"}
    )
    if response.status == 401:
        raise dav_error.AuthorizationError(url=url, reason="401", status=401)
    if response.status not in (200, 207):
        raise dav_error.PropfindError(
            url=url, reason=f"PROPFIND answered {response.status}", status=response.status
        )
    root = ET.fromstring(
        response._raw or b"<x/>"
    )  # the user's own server; ElementTree expands no external entities
    listed: dict[str, str] = {}
    base = unquote(url.rstrip("/"))
    for item in root.iter(f"{_DAV}response"):
        href = item.findtext(f"{_DAV}href", "").strip()
        full = urljoin(url, href)
        if unquote(full.rstrip("/")) == base or item.find(f".//{_DAV}collection") is not None:
            continue
        listed[full] = (item.findtext(f".//{_DAV}getetag") or "").strip()
    return listed


def _download(calendar: Calendar, hrefs: list[str]) -> dict[str, str]:
    """The data of the given members, by calendar-multiget in batches; one GET each if multiget fails."""
    data: dict[str, str] = {}
    for start in range(0, len(hrefs), _MULTIGET_BATCH):
        batch = hrefs[start : start + _MULTIGET_BATCH]
        try:
            fetched: Any = calendar.multiget([URL.objectify(h) for h in batch])
            if inspect.isawaitable(fetched):  # the sync client never returns one (see _sync_collection)
                raise TypeError("caldav returned a coroutine from the synchronous client")
            objects: Iterable[Any] = fetched
        except dav_error.DAVError as exc:
            if getattr(exc, "status", None) == 401:
                raise
            objects = _get_each(calendar, batch)
        by_key = {unquote(h): h for h in batch}
        for obj in objects:
            href = by_key.get(unquote(str(obj.url)), str(obj.url))
            if obj.data:
                data[href] = str(obj.data)
    return data


def _get_each(calendar: Calendar, hrefs: list[str]) -> list[Any]:
    objects = []
    for href in hrefs:
        obj = CalendarObjectResource(client=calendar.client, url=href, parent=calendar)
        try:
            obj.load()
        except dav_error.NotFoundError:
            continue
        objects.append(obj)
    return objects


def _is_calendar(client: DAVClient, url: str) -> bool:
    body = (
        '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/>'
        "</D:prop></D:propfind>"
    )
    response = client.request(url, "PROPFIND", body, {"Depth": "0", "Content-Type": "application/xml"})
    if response.status == 401:
        raise dav_error.AuthorizationError(url=url, reason="401", status=401)
    if response.status == 404:
        raise dav_error.NotFoundError(url=url, reason="404", status=404)
    root = ET.fromstring(response._raw or b"<x/>")
    return root.find(".//{urn:ietf:params:xml:ns:caldav}calendar") is not None


def _display_name(calendar: Calendar) -> str:
    try:
        return str(calendar.get_display_name() or "")
    except Exception:  # a missing displayname is not a reason to skip the calendar
        return str(calendar.url).rstrip("/").rsplit("/", 1)[-1]
