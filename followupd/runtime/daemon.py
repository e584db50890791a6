"""The daemon: calendar loops, the mailbox watcher, the durable-timer scheduler and the web server in one loop."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import structlog

from followupd.adapters.calendar.sources import make_source
from followupd.adapters.mail import drafts as drafts_folder
from followupd.adapters.mail import heard, imap, smtp
from followupd.adapters.secrets import resolve
from followupd.config.settings import CalendarSettings, Credentials
from followupd.errors import ServiceError, UserError
from followupd.runtime import lock, mailbox
from followupd.runtime.sdnotify import Notifier
from followupd.services import faults
from followupd.services.app import App
from followupd.services.calendars import CalendarChanges
from followupd.web import app as web_app

__all__ = ["Daemon", "run"]

log = structlog.get_logger("followupd.daemon")
MAX_SLEEP = (
    300.0  # even with nothing due, look at the database again this often (another process may add work)
)
# Sync tokens report changed objects only, but a recurring series grows new occurrences into the look-ahead
# window without changing; a full re-read once a day picks those up.
FULL_RESYNC = 24 * 3600.0
SETTLE_RETRY = 300.0


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class _Health:
    """Per component: log a failure once when it starts and once when it heals, not on every retry."""

    failing_since: dict[str, float] = field(default_factory=dict)


class Daemon:
    def __init__(self, app: App) -> None:
        self.app = app
        self.settings = app.settings
        self.service = app.service
        self.store = app.store
        self.notifier = Notifier()
        self.wake = asyncio.Event()
        self.stopping = asyncio.Event()
        self.health = _Health()
        self.smtp_creds: Credentials | None = None
        self.imap_creds: Credentials | None = None
        self.watcher: Any = None
        self.web_runner: Any = None
        self._sources: dict[str, Any] = {}
        self._settle_after = 0.0
        self.started = utcnow()

    # --- health reporting ------------------------------------------------------------------------------
    def report(self, component: str, ok: bool, detail: str) -> None:
        was_failing = component in self.health.failing_since
        if ok and was_failing:
            del self.health.failing_since[component]
            log.info("recovered", component=component)
        elif not ok and not was_failing:
            self.health.failing_since[component] = time.monotonic()
            log.error("component_failing", component=component, error=detail)
        with self.store.transaction():
            self.store.set_health(component, ok, detail, utcnow())

    # --- sending ---------------------------------------------------------------------------------------
    async def send(self, message: EmailMessage, recipients: tuple[str, ...]) -> smtp.SendResult:
        assert self.smtp_creds is not None
        return await smtp.send_message(self.settings.smtp, self.smtp_creds, message, recipients=recipients)

    async def settle_unsettled(self) -> None:
        """Rows left in 'sending' by a crash: look for their Message-ID on the server before sending again."""
        rows = self.service.outbox.unsettled(now=utcnow())
        if not rows:
            return

        def look() -> dict[int, bool]:
            assert self.imap_creds is not None
            client = imap.connect(self.settings.imap, self.imap_creds)
            try:
                folders = ["INBOX", *[f for k, f in imap.special_folders(client).items() if k == "sent"]]
                return {row.id: imap.find_message_id(client, folders, row.message_id) for row in rows}
            finally:
                with contextlib.suppress(Exception):
                    client.logout()

        found = await asyncio.to_thread(look)
        now = utcnow()
        for row in rows:
            self.service.outbox.settle(row, found=found[row.id], now=now)

    async def sync_drafts(self, *, watch: bool = True) -> None:
        """Thank-you notes in her folders: drafts written to Drafts, sent ones filed in Sent and taken out of
        Drafts, and (with `watch`) the notes she sent herself found in Sent, before anything of ours leaves."""
        work = self.service.drafts.mail_work(saves_sent=self.settings.saves_sent)
        if not watch:
            work.watch.clear()
        if not work:
            return

        def carry_out() -> drafts_folder.MailDone:
            assert self.imap_creds is not None
            client = imap.connect(self.settings.imap, self.imap_creds)
            try:
                return drafts_folder.carry_out(client, work, now=utcnow())
            finally:
                with contextlib.suppress(Exception):
                    client.logout()

        try:
            done = await asyncio.to_thread(carry_out)
        except ServiceError as exc:  # the notes wait; sending what she approved does not depend on it
            self.report("drafts", False, str(exc))
            return
        faults.point("after_drafts_synced")  # the folders changed, the notes not yet told so
        self.service.drafts.mail_done(done, now=utcnow())
        log.debug(
            "drafts_synced",
            written=len(done.put),
            removed=len(done.removed),
            filed=len(done.filed),
            sent_by_user=len(done.sent_by_user),
        )
        if "drafts" in self.health.failing_since:
            self.report("drafts", True, "in step")

    async def check_heard(self) -> None:
        """Has a quiet company written? Searched in the watched folders for the interviews whose follow-up is due
        within the next pass, and once a day for every waiting one, before any reminder can go out."""
        queries = self.service.followups.to_check(now=utcnow(), horizon=timedelta(seconds=MAX_SLEEP))
        if not queries:
            return

        def search() -> dict[int, heard.Heard | None]:
            assert self.imap_creds is not None
            client = imap.connect(self.settings.imap, self.imap_creds)
            try:
                return heard.search(client, self.settings.watch_folders, queries)
            finally:
                with contextlib.suppress(Exception):
                    client.logout()

        try:
            found = await asyncio.to_thread(search)
        except ServiceError as exc:  # a due reminder waits for the check (a day at most), the rest goes on
            self.report("followups", False, str(exc))
            return
        self.service.followups.record_checks(found, now=utcnow())
        if "followups" in self.health.failing_since:
            self.report("followups", True, "mail checked")

    # --- calendars -------------------------------------------------------------------------------------
    def source(self, calendar: CalendarSettings) -> Any:
        if calendar.name not in self._sources:
            creds = resolve(calendar.secret) if calendar.secret else None
            self._sources[calendar.name] = make_source(calendar, creds)
        return self._sources[calendar.name]

    async def sync_calendar(self, calendar: CalendarSettings, *, full: bool = False) -> bool:
        component = f"calendar {calendar.name}"
        try:
            source = self.source(calendar)
            cursor = None if full else self.store.calendar_cursor(calendar.name)
            result = await asyncio.to_thread(source.sync, cursor)
        except (ServiceError, UserError) as exc:
            self.report(component, False, str(exc))
            return False
        except Exception as exc:  # a bug in a source must not stop the other calendars or the daemon
            log.exception("calendar_sync_crashed", calendar=calendar.name)
            self.report(component, False, f"unexpected {type(exc).__name__}; see the log")
            return False
        changes = CalendarChanges(
            changed=dict(result.changed),
            deleted=frozenset(result.deleted),
            cursor=dict(result.cursor),
            full=bool(result.full),
        )
        try:
            now = utcnow()
            # Parsing is CPU work (a 10,000-event file takes seconds): it runs in a worker thread, outside any
            # transaction, so replies, the web server and the scheduler go on meanwhile; only the decisions and
            # their commit run on the loop.
            reading = await asyncio.to_thread(
                self.service.calendars.read, calendar.name, changes.changed, now
            )
            report = self.service.calendars.apply(calendar.name, changes, now=now, reading=reading)
        except Exception as exc:  # rolled back with its cursor: the same changes come again next time
            log.exception("calendar_apply_crashed", calendar=calendar.name)
            self.report(component, False, f"unexpected {type(exc).__name__}; see the log")
            return False
        detail = f"synced {len(changes.changed)} changed, {len(changes.deleted)} deleted objects"
        self.report(
            component, True, detail + (f"; {len(report.problems)} malformed" if report.problems else "")
        )
        self.wake.set()
        return True

    async def calendar_loop(self, calendar: CalendarSettings) -> None:
        interval = calendar.interval.total_seconds()
        last_full = time.monotonic()
        while not self.stopping.is_set():
            full = time.monotonic() - last_full > FULL_RESYNC
            ok = await self.sync_calendar(calendar, full=full)
            if ok and full:
                last_full = time.monotonic()
            # After a failure try again sooner, but never hammer a server that is down.
            await self._sleep(interval if ok else min(interval, 60.0))

    # --- scheduler -------------------------------------------------------------------------------------
    async def run_due(self) -> None:
        if self.service.outbox.unsettled(now=utcnow()) and time.monotonic() >= self._settle_after:
            try:
                await self.settle_unsettled()
            except ServiceError as exc:  # IMAP is down: those rows wait, the rest of the outbox goes on
                self._settle_after = time.monotonic() + SETTLE_RETRY
                log.warning("settle_postponed", error=str(exc), retry_in=SETTLE_RETRY)
        await self.check_heard()
        now = utcnow()
        self.service.digests.ensure(now=now)
        self.service.timers.fire_due(now=now)
        await self.sync_drafts()
        assert self.smtp_creds is not None
        sent = await self.service.outbox.send_due(now=utcnow(), send=self.send)
        if sent:
            self.report("smtp", True, f"sent {sent}")
        self.service.drafts.after_send(now=utcnow())
        if self.service.drafts.report_failures(now=utcnow()):
            await self.service.outbox.send_due(now=utcnow(), send=self.send)
        await self.sync_drafts(watch=False)

    async def scheduler_loop(self) -> None:
        """Sleeps until the earliest timer or pending send (no per-second polling), or until woken."""
        while not self.stopping.is_set():
            failed = False
            try:
                await self.run_due()
                if "scheduler" in self.health.failing_since:
                    self.report("scheduler", True, "running")
            except (
                Exception
            ) as exc:  # a bug: keep the daemon (and its other loops) up, say so, try again later
                failed = True
                if "scheduler" not in self.health.failing_since:
                    log.exception("scheduler_crashed")
                self.report("scheduler", False, f"unexpected {type(exc).__name__}; see the log")
            if self.watcher_alive():
                # A dead watcher thread stops the pings, so systemd's watchdog restarts the daemon.
                self.notifier.watchdog()
            wakeup = self.store.next_wakeup()
            delay = MAX_SLEEP if wakeup is None else max(0.0, (wakeup - utcnow()).total_seconds())
            if failed:
                delay = max(delay, 60.0)
            if self.notifier.watchdog_interval:
                delay = min(delay, self.notifier.watchdog_interval)
            self.wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout=min(delay, MAX_SLEEP))

    def watcher_alive(self) -> bool:
        thread = getattr(self.watcher, "_thread", None)
        return self.watcher is None or thread is None or thread.is_alive()

    async def health_loop(self, every: float = 30.0) -> None:
        """Copy the mailbox watcher's health into the state, where `followupd status` reads it."""
        while not self.stopping.is_set():
            if self.watcher is not None:
                h = self.watcher.health()
                if h.connected:
                    detail = f"watching {', '.join(self.settings.watch_folders)}; {h.reconnects} reconnects"
                else:
                    since = h.broken_since.isoformat(timespec="seconds") if h.broken_since else "start"
                    detail = f"disconnected since {since}: {h.last_error or 'connecting'}"
                # Still connecting for the first time is not yet "ok": leave the row until we know.
                if h.connected or h.broken_since is not None:
                    self.report("imap", h.connected, detail)
            with self.store.transaction():
                lock.beat(self.store, started=self.started, now=utcnow())
            await self._sleep(min(every, lock.HEARTBEAT_EVERY))

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), timeout=seconds)

    # --- mailbox and web (filled by their modules) -------------------------------------------------------
    async def start_mailbox(self, loop: asyncio.AbstractEventLoop) -> None:
        self.watcher = mailbox.start_watcher(self, loop)

    def mark_done_later(self, folder: str, uids: list[int]) -> None:
        """From the watcher thread: flag processed replies on a short connection of their own."""

        def work() -> None:
            try:
                assert self.imap_creds is not None
                client = imap.connect(self.settings.imap, self.imap_creds)
                try:
                    mailbox.mark_done(self, client, folder, uids)
                finally:
                    with contextlib.suppress(Exception):
                        client.logout()
            except ServiceError as exc:  # the reply is recorded; a missing flag only costs looks
                log.warning("mark_done_failed", folder=folder, uids=uids, error=str(exc))

        threading.Thread(target=work, name="imap-mark-done", daemon=True).start()

    async def mailbox_catch_up(self) -> None:
        await mailbox.catch_up_once(self)

    async def start_web(self) -> None:
        web = self.settings.web
        try:
            self.web_runner = await web_app.start(self.app, on_change=self.wake.set)
        except OSError as exc:
            raise UserError(
                f"cannot listen on {web.listen_host}:{web.listen_port}: {exc.strerror}",
                where="[web] listen",
                fix="another followupd may be running; stop it or choose another port",
            ) from None

    # --- main ------------------------------------------------------------------------------------------
    def resolve_mail_credentials(self) -> None:
        self.imap_creds = resolve(self.settings.imap.secret)
        self.smtp_creds = resolve(self.settings.smtp.secret)

    async def once(self) -> int:
        self.resolve_mail_credentials()
        results = [await self.sync_calendar(c) for c in self.settings.calendars]
        await self.settle_unsettled()
        await self.mailbox_catch_up()
        await self.run_due()
        return 0 if all(results) else 1

    async def forever(self) -> int:
        self.resolve_mail_credentials()
        loop = asyncio.get_running_loop()
        # SIGHUP (a closed terminal, or `systemctl kill -s HUP`) is a clean stop like SIGTERM, not a reload.
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            loop.add_signal_handler(sig, self.stop)
        await self.start_web()  # first: a port in use is a config problem, found before anything else starts
        tasks = [asyncio.create_task(self.scheduler_loop(), name="scheduler")]
        tasks += [
            asyncio.create_task(self.calendar_loop(c), name=f"calendar {c.name}")
            for c in self.settings.calendars
        ]
        await self.start_mailbox(loop)
        tasks.append(asyncio.create_task(self.health_loop(), name="health"))
        self.notifier.ready(f"watching {len(self.settings.calendars)} calendars")
        log.info("started", calendars=len(self.settings.calendars), folders=list(self.settings.watch_folders))
        stop_task = asyncio.create_task(self.stopping.wait())
        done, _ = await asyncio.wait([stop_task, *tasks], return_when=asyncio.FIRST_COMPLETED)
        failed = [t for t in done if t is not stop_task and t.exception()]
        for task in failed:
            log.error("task_crashed", task=task.get_name(), error=repr(task.exception()))
        self.notifier.stopping()
        log.info("stopping")
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self.watcher is not None:
            await asyncio.to_thread(self.watcher.stop)
        if self.web_runner is not None:
            await self.web_runner.cleanup()
        with self.store.transaction():
            lock.beat(self.store, started=self.started, now=utcnow(), stopped=True)
        self.store.close()
        return 1 if failed else 0

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()


def run(app: App, *, once: bool) -> int:
    daemon = Daemon(app)
    return asyncio.run(daemon.once() if once else daemon.forever())
