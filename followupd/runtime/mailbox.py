"""The bridge between the IMAP watcher thread and the event loop: start the watcher, catch up once, mark done."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from datetime import UTC, datetime
from typing import Any, Protocol

from followupd.adapters.mail import imap
from followupd.adapters.mail.imap import FetchedMessage, MailboxCursor
from followupd.adapters.mail.watch import MailboxWatcher
from followupd.config.settings import Credentials, Settings
from followupd.services.core import Service
from followupd.services.inbound import Handled, Intake, Outcome, Status, first_scan_since


class Daemon(Protocol):
    """What the bridge needs of the daemon (a protocol, so that this module does not import the daemon)."""

    service: Service
    settings: Settings
    imap_creds: Credentials | None
    wake: asyncio.Event

    def mark_done_later(self, folder: str, uids: list[int]) -> None: ...


__all__ = ["catch_up_once", "mark_done", "start_watcher"]


def _on_loop(loop: asyncio.AbstractEventLoop, func: Any, *args: Any) -> Any:
    """Run func on the event loop's thread and wait: SQLite and the service belong to that thread."""

    async def call() -> Any:
        return func(*args)

    return asyncio.run_coroutine_threadsafe(call(), loop).result()


def _recorded(messages: list[FetchedMessage], handled: Handled) -> list[int]:
    return [m.uid for m, o in zip(messages, handled.outcomes, strict=True) if o.status is Status.recorded]


def start_watcher(daemon: Daemon, loop: asyncio.AbstractEventLoop) -> Any:
    intake = Intake(daemon.service)

    def on_messages(folder: str, messages: list[FetchedMessage], cursor: MailboxCursor) -> MailboxCursor:
        handled: Handled = _on_loop(
            loop, lambda: intake.on_messages(folder, messages, cursor, now=datetime.now(UTC))
        )
        done = _recorded(messages, handled)
        if done:
            loop.call_soon_threadsafe(daemon.wake.set)
            daemon.mark_done_later(folder, done)
        return handled.cursor

    assert daemon.imap_creds is not None
    watcher = MailboxWatcher(
        server=daemon.settings.imap,
        creds=daemon.imap_creds,
        folders=daemon.settings.watch_folders,
        load_cursor=lambda folder: _on_loop(loop, intake.load_cursor, folder),
        on_messages=on_messages,
        wants=lambda headers: bool(_on_loop(loop, intake.wants, headers)),
        from_user=intake.from_user,  # pure: runs on the watcher thread
        since=first_scan_since(datetime.now(UTC)),
        poll_interval=daemon.settings.poll_interval.total_seconds(),
    )
    watcher.start()
    return watcher


async def catch_up_once(daemon: Daemon) -> list[Outcome]:
    """One catch-up of every watched folder (for `run --once`): the same path as the watcher, without IDLE."""
    intake = Intake(daemon.service)
    loop = asyncio.get_running_loop()
    outcomes: list[Outcome] = []

    def work() -> None:
        assert daemon.imap_creds is not None
        client = imap.connect(daemon.settings.imap, daemon.imap_creds)
        try:
            for folder in daemon.settings.watch_folders:
                cursor = _on_loop(loop, intake.load_cursor, folder)
                messages, new_cursor = imap.fetch_new(
                    client,
                    folder=folder,
                    cursor=cursor,
                    since=first_scan_since(datetime.now(UTC)),
                    wants=lambda h: bool(_on_loop(loop, intake.wants, h)),
                    from_user=intake.from_user,
                )
                handled: Handled = _on_loop(
                    loop,
                    functools.partial(
                        intake.on_messages, folder, messages, new_cursor, now=datetime.now(UTC)
                    ),
                )
                outcomes.extend(handled.outcomes)
                done = _recorded(messages, handled)
                if done:
                    mark_done(daemon, client, folder, done)
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    await asyncio.to_thread(work)
    return outcomes


def mark_done(daemon: Daemon, client: Any, folder: str, uids: list[int]) -> None:
    """Flag processed replies $FollowupdDone and move them if configured; nothing is ever deleted."""
    imap.add_keyword(client, folder, uids)
    if daemon.settings.done_folder:
        imap.move(client, folder, uids, daemon.settings.done_folder)
