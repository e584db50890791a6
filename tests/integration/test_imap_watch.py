"""followupd.adapters.mail.watch.MailboxWatcher against the stack's Dovecot: IDLE, catch-up, reconnects."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

import pytest
from imapclient import IMAPClient

from followupd.adapters.mail import imap
from followupd.adapters.mail.imap import FetchedMessage, MailboxCursor
from followupd.adapters.mail.watch import MailboxWatcher
from followupd.config.settings import Credentials
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.integration


def _message(subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Jane Doe <jane@acme.example>"
    message["To"] = "maya@example.test"
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="acme.example")
    message.set_content("Body.\n")
    return message


class Recorder:
    """The caller's side: records deliveries, persists cursors, can be told to fail."""

    def __init__(self) -> None:
        self.cursors: dict[str, MailboxCursor] = {}
        self.subjects: list[str] = []
        self.calls: list[tuple[str, list[str]]] = []
        self.fail_next = 0
        self.changed = threading.Condition()

    def load_cursor(self, folder: str) -> MailboxCursor | None:
        return self.cursors.get(folder)

    def on_messages(self, folder: str, messages: list[FetchedMessage], cursor: MailboxCursor) -> None:
        subjects = [m.headers.subject for m in messages]
        with self.changed:
            self.calls.append((folder, subjects))
            if self.fail_next and messages:
                self.fail_next -= 1
                self.changed.notify_all()
                raise RuntimeError("processing failed")
            self.subjects += subjects
            self.cursors[folder] = cursor
            self.changed.notify_all()

    def wait(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        with self.changed:
            return self.changed.wait_for(predicate, timeout)


@pytest.fixture
def watch(
    mail_stack: MailStack, mail_user: MailUser
) -> Iterator[Callable[..., tuple[MailboxWatcher, Recorder]]]:
    watchers: list[MailboxWatcher] = []

    def make(**kwargs: Any) -> tuple[MailboxWatcher, Recorder]:
        recorder = kwargs.pop("recorder", None) or Recorder()
        options: dict[str, Any] = {
            "server": mail_stack.imap_settings(mail_user),
            "creds": mail_stack.credentials(mail_user),
            "folders": ["INBOX"],
            "load_cursor": recorder.load_cursor,
            "on_messages": recorder.on_messages,
            "wants": lambda h: True,
            "backoff_base": 0.05,
            "backoff_cap": 0.5,
            "check_interval": 0.5,
        }
        options.update(kwargs)
        watcher = MailboxWatcher(**options)
        watchers.append(watcher)
        watcher.start()
        return watcher, recorder

    yield make
    for watcher in watchers:
        watcher.stop()


def test_catches_up_on_start(mail_stack: MailStack, mail_user: MailUser, watch: Any) -> None:
    """Mail that arrived while the watcher was not running is delivered first, in UID order."""
    mail_stack.deliver(mail_user, _message("one"))
    mail_stack.deliver(mail_user, _message("two"))
    _watcher, recorder = watch()
    assert recorder.wait(lambda: len(recorder.subjects) == 2)
    assert (recorder.subjects, recorder.cursors["INBOX"].last_uid) == (["one", "two"], 2)


def test_idle_delivers_new_mail_without_a_poll(
    mail_stack: MailStack, mail_user: MailUser, watch: Any
) -> None:
    """A message delivered over LMTP reaches on_messages through IDLE: with the poll and the IDLE renewal ten
    minutes away, nothing but the server's push can bring it within 20 s. (How fast is a benchmark's question,
    benchmarks/reply_latency.py, not a timed assertion on a shared machine.)"""
    watcher, recorder = watch(poll_interval=600.0, idle_renew=600.0)
    assert recorder.wait(lambda: watcher.health().connected and "INBOX" in recorder.cursors)
    time.sleep(0.2)  # let IDLE begin
    mail_stack.deliver(mail_user, _message("reply"))
    assert recorder.wait(lambda: recorder.subjects == ["reply"], timeout=20)


def test_failed_callback_does_not_advance_cursor(
    mail_stack: MailStack, mail_user: MailUser, watch: Any
) -> None:
    """If processing raises, the same message comes again with the next batch instead of being lost."""
    recorder = Recorder()
    recorder.fail_next = 1
    _watcher, recorder = watch(recorder=recorder)
    assert recorder.wait(lambda: "INBOX" in recorder.cursors)
    time.sleep(0.2)
    mail_stack.deliver(mail_user, _message("first"))
    assert recorder.wait(lambda: recorder.fail_next == 0)
    mail_stack.deliver(mail_user, _message("second"))
    assert recorder.wait(lambda: recorder.subjects == ["first", "second"])
    assert recorder.calls[:2] == [("INBOX", []), ("INBOX", ["first"])]


def test_survives_dropped_connection_and_catches_up(
    mail_stack: MailStack, mail_user: MailUser, watch: Any
) -> None:
    """When the server drops the connection, the watcher reconnects and delivers what arrived meanwhile."""
    watcher, recorder = watch()
    assert recorder.wait(lambda: watcher.health().connected)
    time.sleep(0.2)
    assert mail_stack.kick(mail_user) == 1
    mail_stack.deliver(mail_user, _message("while away"))
    assert recorder.wait(lambda: recorder.subjects == ["while away"])
    assert recorder.wait(lambda: watcher.health().reconnects >= 1 and watcher.health().connected, timeout=3)


def test_survives_dovecot_restart(mail_stack: MailStack, mail_user: MailUser, watch: Any) -> None:
    """A server restart (BYE to every client) is survived the same way."""
    watcher, recorder = watch()
    assert recorder.wait(lambda: watcher.health().connected)
    mail_stack.restart_dovecot()
    mail_stack.deliver(mail_user, _message("after restart"))
    assert recorder.wait(lambda: recorder.subjects == ["after restart"], timeout=8)
    assert watcher.health().reconnects >= 1


def test_stop_is_quick(mail_stack: MailStack, mail_user: MailUser, watch: Any) -> None:
    """stop() ends the watcher thread while it sits in IDLE, without waiting for the renewal a minute away (5 s
    leaves room for a loaded machine; the check interval is 1 s)."""
    watcher, recorder = watch(check_interval=1.0)
    assert recorder.wait(lambda: watcher.health().connected)
    time.sleep(0.3)
    started = time.monotonic()
    watcher.stop()
    assert time.monotonic() - started < 5.0
    assert False is watcher.health().connected


def test_wrong_password_shows_in_health(mail_stack: MailStack, mail_user: MailUser, watch: Any) -> None:
    """A refused login keeps the watcher retrying and reports the error in health()."""
    watcher, _recorder = watch(creds=Credentials(mail_user.username, "wrong"))
    deadline = time.monotonic() + 5
    while not watcher.health().last_error and time.monotonic() < deadline:
        time.sleep(0.05)
    health = watcher.health()
    assert (health.connected, "login" in health.last_error) == (False, True)


def test_polls_other_folders(mail_stack: MailStack, mail_user: MailUser, watch: Any) -> None:
    """Folders after the first are polled every poll_interval."""
    with mail_stack.imap_client(mail_user) as client:
        client.create_folder("Jobs")
    watcher, recorder = watch(folders=["INBOX", "Jobs"], poll_interval=0.5)
    assert recorder.wait(lambda: watcher.health().connected)
    with mail_stack.imap_client(mail_user) as client:
        client.append("Jobs", _message("filed by a rule").as_bytes())
    assert recorder.wait(lambda: recorder.subjects == ["filed by a rule"], timeout=3)
    assert "Jobs" in recorder.cursors


def test_polls_when_server_lacks_idle(mail_stack: MailStack, mail_user: MailUser, watch: Any) -> None:
    """Without the IDLE capability the watcher polls every poll_interval and still sees new mail."""

    def connect_without_idle(server: Any, creds: Any) -> Any:
        client = imap.connect(server, creds)
        real = client.has_capability
        client.has_capability = lambda name: name.upper() != "IDLE" and real(name)  # type: ignore[method-assign]
        return client

    watcher, recorder = watch(connect=connect_without_idle, poll_interval=0.3)
    assert recorder.wait(lambda: watcher.health().connected)
    mail_stack.deliver(mail_user, _message("polled"))
    assert recorder.wait(lambda: recorder.subjects == ["polled"], timeout=3)


def test_mail_arriving_between_catch_up_and_idle_is_not_left_waiting(
    mail_stack: MailStack, mail_user: MailUser, watch: Any
) -> None:
    """A message delivered after the catch-up's SEARCH but before IDLE starts still arrives within seconds.

    Dovecot announces such a message only when IDLE ends; a watcher that idled for the long haul straight away
    would leave it waiting for the next renewal (minutes).
    """
    mail_stack.deliver(mail_user, _message("first"))
    delivered: list[bool] = []

    def wants(headers: Any) -> bool:
        if not delivered:  # called during the catch-up, after SEARCH: this one lands in the gap
            delivered.append(True)
            mail_stack.deliver(mail_user, _message("in the gap"))
        return True

    _watcher, recorder = watch(wants=wants, check_interval=1.0)
    assert recorder.wait(lambda: recorder.subjects == ["first", "in the gap"], timeout=6)


def test_single_folder_idles_instead_of_spinning(
    mail_stack: MailStack, mail_user: MailUser, watch: Any
) -> None:
    """With one folder and a poll interval long past, the watcher still sits in IDLE (no SEARCH loop)."""
    watcher, recorder = watch(poll_interval=0.2)
    assert recorder.wait(lambda: watcher.health().connected and "INBOX" in recorder.cursors)
    time.sleep(3.0)  # past poll_interval and the settling IDLE
    searches: list[int] = []
    real_search = IMAPClient.search

    def counting(self: IMAPClient, *args: Any, **kwargs: Any) -> Any:
        searches.append(1)
        return real_search(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IMAPClient, "search", counting)
        time.sleep(2.5)
    assert len(searches) <= 1
