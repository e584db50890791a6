"""`followupd check`: log in to every configured server and say, one line each, what works and what to do."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from followupd.adapters.calendar.objects import read_objects
from followupd.adapters.calendar.sources import make_source
from followupd.adapters.mail import imap, smtp
from followupd.adapters.secrets import resolve
from followupd.adapters.store.db import Store
from followupd.config.settings import CalendarSettings, Credentials, Settings
from followupd.errors import ServiceError, UserError

__all__ = [
    "QUIET_WEEKS",
    "CheckResult",
    "calendar_warning",
    "check_warnings",
    "run_checks",
    "upcoming_interviews",
]

# A calendar with no event from this many weeks back to 30 days ahead is as good as none for followupd.
QUIET_WEEKS = 3
NO_CALENDAR = (
    "no calendar is configured, so followupd will never see an interview and never send a debrief "
    "(add a [[calendars]] table, or run `followupd init --force`)"
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    events: int | None = None  # calendars only: events from QUIET_WEEKS ago to 30 days ahead

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def _credentials(spec: object) -> Credentials | None:
    return resolve(spec) if spec is not None else None  # type: ignore[arg-type]


def check_imap(settings: Settings) -> CheckResult:
    server = settings.imap
    name = f"imap {server.host}:{server.port}"
    try:
        creds = resolve(server.secret)
        client = imap.connect(server, creds)
        try:
            folders = imap.special_folders(client)
        finally:
            with contextlib.suppress(Exception):  # logging out of a server we are done with may fail
                client.logout()
    except (ServiceError, UserError) as exc:
        return CheckResult(name, False, getattr(exc, "what", str(exc)), getattr(exc, "fix", ""))
    missing = [f for f in ("drafts", "sent") if f not in folders]
    found = ", ".join(f"{k.capitalize()}={v!r}" for k, v in sorted(folders.items()))
    if missing:
        return CheckResult(
            name,
            False,
            f"logged in as {server.username}, but no {' or '.join(missing)} folder found ({found or 'none'})",
            "create the folder or mark it special-use in your client",
        )
    return CheckResult(name, True, f"logged in as {server.username} over {server.security.value}; {found}")


def check_smtp(settings: Settings) -> CheckResult:
    server = settings.smtp
    name = f"smtp {server.host}:{server.port}"
    try:
        creds = resolve(server.secret)
        facts = asyncio.run(smtp.probe(server, creds))
    except (ServiceError, UserError) as exc:
        return CheckResult(name, False, getattr(exc, "what", str(exc)), getattr(exc, "fix", ""))
    return CheckResult(name, True, "; ".join(facts) or "ok")


def check_calendar(settings: Settings, calendar: CalendarSettings) -> CheckResult:
    name = f"calendar {calendar.name} ({calendar.kind})"
    now = datetime.now(UTC)
    try:
        source = make_source(calendar, _credentials(calendar.secret))
        result = source.sync(None)
    except (ServiceError, UserError) as exc:
        return CheckResult(name, False, getattr(exc, "what", str(exc)), getattr(exc, "fix", ""))
    window = (now - timedelta(weeks=QUIET_WEEKS), now + timedelta(days=30))
    reading = read_objects(
        result.changed, source=calendar.name, user_tz=settings.account.timezone, window=window
    )
    occurrences = reading.all_events
    events, problems = len(occurrences), len(reading.problems)
    ahead = sum(1 for e in occurrences if e.end >= now)
    detail = f"{_count(len(result.changed), 'object')}, {_count(ahead, 'event')} in the next 30 days"
    if problems:
        detail += f", {problems} skipped as malformed (see `followupd interviews scan`)"
    return CheckResult(name, True, detail, events=events)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def check_warnings(settings: Settings, results: list[CheckResult]) -> list[str]:
    """What `check` and `run` say plainly: no calendar at all, or calendars that gave no event for weeks."""
    if not settings.calendars:
        return [NO_CALENDAR]
    counted = [r for r in results if r.events is not None]
    if counted and len(counted) == len(settings.calendars) and not any(r.events for r in counted):
        return [
            f"no calendar gave an event in the last {QUIET_WEEKS} weeks or the next 30 days: is it the "
            "calendar your interviews are in? (see `followupd interviews scan`)"
        ]
    return []


def calendar_warning(settings: Settings, store: Store) -> str | None:
    """For `run`: no calendar configured, or none has given followupd any object since it first synced."""
    if not settings.calendars:
        return NO_CALENDAR
    cursors = [store.calendar_cursor(c.name) for c in settings.calendars]
    objects = sum(len(store.calendar_objects(c.name)) for c in settings.calendars)
    if all(cursors) and objects == 0:
        return "no calendar has given an event yet: check that it is the calendar your interviews are in"
    return None


def run_checks(settings: Settings) -> list[CheckResult]:
    results = [check_imap(settings), check_smtp(settings)]
    results += [check_calendar(settings, c) for c in settings.calendars]
    return results


def upcoming_interviews(settings: Settings, *, days: int = 30) -> str:
    """What `init` ends with: the interviews followupd would act on, found as `interviews scan` finds them."""
    from followupd.domain.detect import detect

    now = datetime.now(UTC)
    zone = ZoneInfo(settings.account.timezone)
    found = []
    for calendar in settings.calendars:
        try:
            source = make_source(calendar, _credentials(calendar.secret))
            result = source.sync(None)
        except (ServiceError, UserError):
            continue  # check has said why already
        reading = read_objects(
            result.changed,
            source=calendar.name,
            user_tz=settings.account.timezone,
            window=(now, now + timedelta(days=days)),
        )
        for event in reading.all_events:
            detection = detect(event, rules=settings.interviews, own_addresses=settings.account.addresses)
            if detection.is_interview and not event.cancelled:
                found.append((event.start, detection.company or event.summary))
    found.sort()
    head = f"found {_count(len(found), 'interview')} in the next {days} days"
    if not found:
        return head + " (`followupd interviews scan` shows what detection makes of each event)"
    return (
        head
        + ": "
        + "; ".join(
            f"{company} ({start.astimezone(zone).strftime('%a %-d %b %H:%M %Z')})" for start, company in found
        )
    )
