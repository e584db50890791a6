"""No secret reaches a log, an error message, --json output or the state database.

Named to run last among the end-to-end tests: it greps everything every followupd process printed during the
session (at --log-level debug) and every state database, for every password and token the stack handed out. It
first runs a flow of its own (a refused login, a good run, a reply), so it never passes on an empty log.
"""

from __future__ import annotations

import email.utils
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.e2e.helpers import CLI_LOG, STATE_DIRS, file_calendar, make_instance, past_interview
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.e2e


def test_no_secret_in_any_output_or_state(mail_stack: MailStack, mail_user: MailUser, tmp_path: Path) -> None:
    """Passwords and OAuth tokens of every stack user appear in no CLI output and no state database."""
    ics = past_interview(mail_user, uid="s@t", summary="Interview: Acme, Engineer")
    instance = make_instance(mail_stack, mail_user, calendars=file_calendar(tmp_path, ics))
    password_file = instance.config.parent / "password"
    password_file.write_text("wrong-" + mail_user.password)
    assert instance.cli("check").returncode == 3
    assert instance.cli("run", "--once").returncode != 0
    password_file.write_text(mail_user.password)
    assert instance.cli("run", "--once").returncode == 0
    [debrief] = [m for m in mail_stack.fetch_all(mail_user) if str(m["Subject"]).startswith("Debrief")]
    reply = EmailMessage()
    reply["From"], reply["To"], reply["Subject"] = (
        mail_user.address,
        mail_user.address,
        "Re: " + str(debrief["Subject"]),
    )
    reply["Message-ID"], reply["In-Reply-To"] = (
        email.utils.make_msgid(domain="t.example"),
        debrief["Message-ID"],
    )
    reply.set_content(f"1. 7/10\n2. I typed my password {mail_user.password[:3]}... no I did not\n")
    mail_stack.deliver(mail_user, reply)
    assert instance.cli("run", "--once").returncode == 0
    assert instance.cli("status", "--json").returncode in (0, 1)  # 1: the refused login above still shows

    output = CLI_LOG.read_text()
    assert "imap" in output and "sent" in output  # the log really holds debug output of real runs
    secrets = {u.password for u in mail_stack.users.values()} | {
        u.oauth_token for u in mail_stack.users.values()
    }
    secrets |= {"wrong-" + mail_user.password}
    secrets = {s for s in secrets if s}
    leaks = sorted(s for s in secrets if s in output)
    assert leaks == []
    for state in STATE_DIRS:
        for db in state.glob("followupd.sqlite3*"):
            data = db.read_bytes()
            assert [s for s in secrets if s.encode() in data] == [], db
