"""The mail test stack itself: Dovecot and the submission server do what the adapter tests rely on."""

from __future__ import annotations

import smtplib
import ssl
import time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import pytest

from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.integration


def _message(sender: str, to: str, subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="example.test")
    message.set_content("Hello from the stack test.\n")
    return message


def test_stack_records_how_long_it_took_to_start(mail_stack: MailStack) -> None:
    """The stack measures its own start (reported in docs/testing.md), a positive time, never a guess.

    Not a timed assertion: these machines are shared, so speed is a benchmark figure, not a test verdict.
    """
    assert mail_stack.start_seconds > 0


def test_deliver_then_fetch_all(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A message delivered over LMTP is in the user's INBOX when read back over IMAP."""
    mail_stack.deliver(mail_user, _message("jane@acme.example", mail_user.address, "Re: Debrief"))
    assert [m["Subject"] for m in mail_stack.fetch_all(mail_user)] == ["Re: Debrief"]


def test_special_use_folders_exist(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A fresh mailbox already has Drafts, Sent, Trash and Junk with their special-use flags."""
    with mail_stack.imap_client(mail_user) as client:
        flags = {name: set(f) for f, _sep, name in client.list_folders()}
    assert (
        {b"\\Drafts"} <= flags["Drafts"] and {b"\\Sent"} <= flags["Sent"] and {b"\\Trash"} <= flags["Trash"]
    )


def test_users_are_isolated(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Mail for one user never shows up in another user's INBOX."""
    other = mail_stack.add_user("raj")
    mail_stack.deliver(other, _message("jane@acme.example", other.address, "for raj"))
    assert mail_stack.fetch_all(mail_user) == []


def test_submission_starttls_delivers_to_stack_user(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Mail submitted over STARTTLS with AUTH reaches a stack user's INBOX and is recorded as received."""
    recipient = mail_stack.add_user("raj")
    context = ssl.create_default_context(cafile=str(mail_stack.ca_file))
    with smtplib.SMTP(mail_stack.host, mail_stack.smtp_port, timeout=10) as smtp:
        smtp.starttls(context=context)
        smtp.login(mail_user.username, mail_user.password)
        smtp.send_message(_message(mail_user.address, recipient.address, "thanks"))
    assert [m["Subject"] for m in mail_stack.wait_for(recipient, 1)] == ["thanks"]
    assert recipient.address in mail_stack.submission.received[-1].rcpt_tos


def test_submission_requires_starttls_before_auth(mail_stack: MailStack, mail_user: MailUser) -> None:
    """The STARTTLS port refuses AUTH in clear text."""
    with smtplib.SMTP(mail_stack.host, mail_stack.smtp_port, timeout=10) as smtp:
        smtp.ehlo()
        code, _ = smtp.docmd("AUTH", "PLAIN")
    assert code == 530 or code == 538


def test_submission_fault_knob(mail_stack: MailStack, mail_user: MailUser) -> None:
    """fail_next makes the next DATA answer with the given code, once."""
    mail_stack.submission.fail_next(451, stage="DATA")
    context = ssl.create_default_context(cafile=str(mail_stack.ca_file))
    with smtplib.SMTP_SSL(mail_stack.host, mail_stack.smtps_port, context=context, timeout=10) as smtp:
        smtp.login(mail_user.username, mail_user.password)
        with pytest.raises(smtplib.SMTPDataError) as failed:
            smtp.send_message(_message(mail_user.address, mail_user.address, "first"))
        smtp.send_message(_message(mail_user.address, mail_user.address, "second"))
    assert failed.value.smtp_code == 451
    assert [m["Subject"] for m in mail_stack.wait_for(mail_user, 1)] == ["second"]


def test_plain_port_never_offers_starttls(mail_stack: MailStack) -> None:
    """The smtp_plain port is there to test clients that must refuse to go on without STARTTLS."""
    with smtplib.SMTP(mail_stack.host, mail_stack.smtp_plain_port, timeout=10) as smtp:
        smtp.ehlo()
        assert False is smtp.has_extn("starttls")


def test_imap_xoauth2_login(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Dovecot accepts the user's OAuth token over XOAUTH2 and refuses a stale one."""
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError

    context = ssl.create_default_context(cafile=str(mail_stack.ca_file))
    with IMAPClient(mail_stack.host, port=mail_stack.imaps_port, ssl_context=context, timeout=10) as client:
        assert client.oauth2_login(mail_user.username, mail_user.oauth_token) == [b"Logged in"]
    with (
        IMAPClient(mail_stack.host, port=mail_stack.imaps_port, ssl_context=context, timeout=10) as client,
        pytest.raises(LoginError),
    ):
        client.oauth2_login(mail_user.username, "tok-stale")


def test_kick_drops_the_users_imap_connection(mail_stack: MailStack, mail_user: MailUser) -> None:
    """kick() ends the IMAP processes of that user only."""
    other = mail_stack.add_user("raj")
    with mail_stack.imap_client(mail_user), mail_stack.imap_client(other):
        assert mail_stack.kick(mail_user) == 1
        deadline = time.monotonic() + 5  # a killed process may still be listed for a moment while it exits
        while mail_stack.imap_pids(mail_user) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert mail_stack.imap_pids(mail_user) == []
        assert len(mail_stack.imap_pids(other)) == 1
