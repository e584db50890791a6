"""Pick the calendar source for a configured calendar: CalDAV, a private ICS address, or a local file."""

from __future__ import annotations

from followupd.adapters.calendar.base import CalendarSource, SyncResult
from followupd.adapters.calendar.dav import CalDavSource
from followupd.adapters.calendar.ics_file import IcsFileSource
from followupd.adapters.calendar.ics_url import IcsUrlSource
from followupd.config.settings import CalendarSettings, Credentials
from followupd.errors import UserError

__all__ = ["CalDavSource", "CalendarSource", "IcsFileSource", "IcsUrlSource", "SyncResult", "make_source"]


def make_source(settings: CalendarSettings, creds: Credentials | None) -> CalendarSource:
    """The source for ``settings.kind``; each one's ``sync(cursor)`` blocks and belongs in a worker thread."""
    if settings.kind == "caldav":
        return CalDavSource(settings, creds)
    if settings.kind == "ics_url":
        return IcsUrlSource(settings, creds)
    if settings.kind == "ics_file":
        return IcsFileSource(settings, creds)
    raise UserError(
        f"unknown calendar kind {settings.kind!r}",
        where=f"calendars.{settings.name}",
        fix='use "caldav", "ics_url" or "ics_file"',
    )
