"""`followupd check`: log in to every configured server and say, one line each, what works and what to do."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta

from followupd.adapters.calendar.ical import parse_calendar
from followupd.adapters.calendar.sources import make_source
from followupd.adapters.mail import imap, smtp
from followupd.adapters.secrets import resolve
from followupd.config.settings import CalendarSettings, Credentials, Settings
from followupd.errors import ServiceError, UserError

__all__ = ["CheckResult", "run_checks"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""

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
    window = (now, now + timedelta(days=30))
    events = 0
    problems = 0
    for text in result.changed.values():
        parsed = parse_calendar(text, source=calendar.name, user_tz=settings.account.timezone, window=window)
        events += len(parsed.events)
        problems += len(parsed.problems)
    detail = f"{len(result.changed)} objects, {events} events in the next 30 days"
    if problems:
        detail += f", {problems} skipped as malformed (see `followupd interviews scan`)"
    return CheckResult(name, True, detail)


def run_checks(settings: Settings) -> list[CheckResult]:
    results = [check_imap(settings), check_smtp(settings)]
    results += [check_calendar(settings, c) for c in settings.calendars]
    return results
