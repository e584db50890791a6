"""IMAP faults under the running daemon: each ends with the reply recorded once and confirmed once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from followupd.adapters.mail.watch import MailboxWatcher
from tests.e2e.helpers import Instance
from tests.integration.test_imap_watch import Recorder, _message
from tests.reliability.support import answered, confirmations, debriefs, reply_to, sent_debrief, wait_until
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


@pytest.fixture
def instance(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> Instance:
    return sent_debrief(mail_stack, mail_user, tmp_path)


def _fault_then_reply(mail_stack: MailStack, instance: Instance, fault: str) -> tuple[int, str]:
    [debrief] = debriefs(mail_stack, instance.user)
    daemon = instance.start_daemon()
    try:
        assert wait_until(lambda: mail_stack.imap_pids(instance.user), timeout=20)
        time.sleep(1.0)  # the watcher enters IDLE
        if fault == "restart":
            mail_stack.restart_dovecot()  # BYE to every client, then the server is back
        else:
            assert 1 <= mail_stack.kick(instance.user)  # SIGKILL of the imap process: no BYE, just gone
        mail_stack.deliver(instance.user, reply_to(debrief, sender=instance.user.address))
        wait_until(lambda: len(confirmations(mail_stack, instance.user)) >= 1, timeout=30, every=0.5)
        time.sleep(1.0)  # a second confirmation, if one were coming, has time to show
    finally:
        _, err, _ = daemon.stop()
    return len(confirmations(mail_stack, instance.user)), err


@pytest.mark.parametrize("fault", ["restart", "cut without BYE"])
def test_reply_after_imap_fault_recorded_once(mail_stack: MailStack, instance: Instance, fault: str) -> None:
    """Dovecot restarted while IDLE is open, or the connection cut without BYE: the watcher reconnects, and a
    reply delivered right after is recorded and confirmed exactly once."""
    confirmed, err = _fault_then_reply(mail_stack, instance, fault)
    assert 1 == confirmed, err[-3000:]
    assert 2 == answered(instance)


def test_login_refused_once_then_accepted(mail_stack: MailStack, mail_user: MailUser) -> None:
    """The server refuses the login once (password store changed, then back): the watcher retries after its
    back-off and delivers the mail that arrived meanwhile; nothing is skipped."""
    mail_stack._write_secret("users.d", mail_user.username, "not-the-password")
    recorder = Recorder()
    options: dict[str, Any] = {
        "server": mail_stack.imap_settings(mail_user),
        "creds": mail_stack.credentials(mail_user),
        "folders": ["INBOX"],
        "load_cursor": recorder.load_cursor,
        "on_messages": recorder.on_messages,
        "wants": lambda h: True,
        "backoff_base": 0.05,
        "backoff_cap": 1.0,  # a refused login waits backoff_cap (300 s in the daemon) before the next try
        "check_interval": 0.5,
    }
    watcher = MailboxWatcher(**options)
    watcher.start()
    try:
        assert wait_until(lambda: "login" in (watcher.health().last_error or ""), timeout=10, every=0.05)
        mail_stack.deliver(mail_user, _message("while refused"))
        time.sleep(1.2)  # Dovecot re-reads a passwd file at most once a second
        mail_stack._write_secret("users.d", mail_user.username, mail_user.password)
        assert recorder.wait(lambda: recorder.subjects == ["while refused"], timeout=15)
        assert watcher.health().connected
    finally:
        watcher.stop()
