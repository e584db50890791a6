"""followupd.adapters.mail.smtp against the stack's aiosmtpd submission server (which delivers into Dovecot)."""

from __future__ import annotations

import dataclasses
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid

import pytest

from followupd.adapters.mail.errors import LOGIN_FIX
from followupd.adapters.mail.smtp import SendResult, probe, send_message
from followupd.config.settings import Credentials, Security, ServerSettings
from followupd.errors import OutcomeUnknown, Permanent, Transient
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.integration


def _message(sender: MailUser, *to: str, subject: str = "Thank you") -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender.address
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="example.test")
    message.set_content("Thank you for your time today.\n")
    return message


async def _send(settings: ServerSettings, creds: Credentials, message: EmailMessage) -> SendResult:
    """The adapter with the envelope the test message's To names (the outbox passes its row's recipients)."""
    to = tuple(addr for _name, addr in getaddresses(message.get_all("To", [])))
    return await send_message(settings, creds, message, recipients=to)


async def test_send_over_starttls_reaches_recipient(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A message sent over STARTTLS is in the recipient's INBOX with its Message-ID intact."""
    jane = mail_stack.add_user("jane")
    message = _message(mail_user, jane.address)
    result = await _send(mail_stack.smtp_settings(mail_user), mail_stack.credentials(mail_user), message)
    inbox = mail_stack.wait_for(jane, 1)
    assert SendResult(message["Message-ID"], (jane.address,), (), result.response) == result
    assert [message["Message-ID"]] == [m["Message-ID"] for m in inbox]


async def test_send_over_implicit_tls(mail_stack: MailStack, mail_user: MailUser) -> None:
    """security = tls talks TLS from the first byte (port 465 style) and delivers."""
    jane = mail_stack.add_user("jane")
    settings = mail_stack.smtp_settings(mail_user, security="tls")
    await _send(settings, mail_stack.credentials(mail_user), _message(mail_user, jane.address, subject="tls"))
    assert [m["Subject"] for m in mail_stack.wait_for(jane, 1)] == ["tls"]


async def test_send_with_xoauth2_refreshes_a_stale_token(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A refused XOAUTH2 token is refreshed once (token(refresh=True)) and the send then succeeds."""
    calls: list[bool] = []

    def token(refresh: bool) -> str:
        calls.append(refresh)
        return mail_user.oauth_token if refresh else "tok-expired"

    creds = Credentials(mail_user.username, None, token)
    await _send(mail_stack.smtp_settings(mail_user), creds, _message(mail_user, mail_user.address))
    assert calls == [False, True]
    assert len(mail_stack.wait_for(mail_user, 1)) == 1


@pytest.mark.parametrize(
    ("code", "stage", "expected"),
    [(421, "MAIL", Transient), (451, "DATA", Transient), (452, "RCPT", Transient), (550, "DATA", Permanent)],
)
async def test_server_replies_map_to_error_kinds(
    mail_stack: MailStack, mail_user: MailUser, code: int, stage: str, expected: type[Exception]
) -> None:
    """4xx replies are Transient (retry later), 5xx Permanent, whatever the SMTP stage."""
    mail_stack.submission.fail_next(code, stage=stage)  # type: ignore[arg-type]
    with pytest.raises((Transient, Permanent)) as raised:
        await _send(
            mail_stack.smtp_settings(mail_user),
            mail_stack.credentials(mail_user),
            _message(mail_user, "a@x.test"),
        )
    assert expected is type(raised.value)
    assert str(code) in str(raised.value)


async def test_starttls_not_offered_is_permanent_and_sends_nothing(
    mail_stack: MailStack, mail_user: MailUser
) -> None:
    """Asking for STARTTLS from a server that does not offer it fails before AUTH or any message."""
    before = len(mail_stack.submission.received), len(mail_stack.submission.auth_attempts)
    settings = mail_stack.smtp_settings(mail_user, port=mail_stack.smtp_plain_port)
    with pytest.raises(Permanent) as raised:
        await _send(settings, mail_stack.credentials(mail_user), _message(mail_user, "a@x.test"))
    assert "does not offer STARTTLS" in str(raised.value)
    assert before == (len(mail_stack.submission.received), len(mail_stack.submission.auth_attempts))


async def test_wrong_password_is_permanent_with_fix(mail_stack: MailStack, mail_user: MailUser) -> None:
    """A refused login says what to do (app password, oauth2) and never echoes the password."""
    creds = Credentials(mail_user.username, "Secret-Wrong-99")
    with pytest.raises(Permanent) as raised:
        await _send(mail_stack.smtp_settings(mail_user), creds, _message(mail_user, "a@x.test"))
    assert raised.value.fix == LOGIN_FIX
    assert "Secret-Wrong-99" not in str(raised.value)


async def test_unreachable_port_is_transient(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Nothing listening on the port: Transient, naming host and port."""
    settings = mail_stack.smtp_settings(mail_user, port=1)
    with pytest.raises(Transient) as raised:
        await _send(settings, mail_stack.credentials(mail_user), _message(mail_user, "a@x.test"))
    assert f"{mail_stack.host}:1" in str(raised.value)


async def test_unknown_ca_is_permanent_certificate_error(mail_stack: MailStack, mail_user: MailUser) -> None:
    """Without ca_file the private test CA is not trusted: a Permanent certificate error naming the host."""
    settings = mail_stack.smtp_settings(mail_user, ca_file=None)
    with pytest.raises(Permanent) as raised:
        await _send(settings, mail_stack.credentials(mail_user), _message(mail_user, "a@x.test"))
    assert f"TLS certificate for {mail_stack.host}:{mail_stack.smtp_port} is not valid" in str(raised.value)
    assert "ca_file" in raised.value.fix


async def test_certificate_for_another_host_is_permanent(
    mail_stack: MailStack, mail_user: MailUser, wrong_cert_port: int
) -> None:
    """A certificate issued for wrong.example is refused for 127.0.0.1 (host name checks are on)."""
    settings = mail_stack.smtp_settings(mail_user, security="tls", port=wrong_cert_port)
    with pytest.raises(Permanent) as raised:
        await _send(settings, mail_stack.credentials(mail_user), _message(mail_user, "a@x.test"))
    assert "not valid for '127.0.0.1'" in str(raised.value)


async def test_some_recipients_refused_are_listed(mail_stack: MailStack, mail_user: MailUser) -> None:
    """One refused recipient does not fail the send; the result names it with the server's reply."""
    jane = mail_stack.add_user("jane")
    mail_stack.submission.refuse("gone@acme.example")
    result = await _send(
        mail_stack.smtp_settings(mail_user),
        mail_stack.credentials(mail_user),
        _message(mail_user, jane.address, "gone@acme.example"),
    )
    assert ((jane.address,), ("gone@acme.example",)) == (result.accepted, tuple(a for a, _ in result.refused))


async def test_all_recipients_refused_is_permanent(mail_stack: MailStack, mail_user: MailUser) -> None:
    """When the server refuses every recipient with 5xx, the send fails Permanent."""
    mail_stack.submission.refuse("gone@acme.example")
    with pytest.raises(Permanent):
        await _send(
            mail_stack.smtp_settings(mail_user),
            mail_stack.credentials(mail_user),
            _message(mail_user, "gone@acme.example"),
        )


async def test_message_without_message_id_is_refused_before_connecting(
    mail_stack: MailStack, mail_user: MailUser
) -> None:
    """The outbox owns the Message-ID: the adapter will not send a message lacking one."""
    message = _message(mail_user, "a@x.test")
    del message["Message-ID"]
    with pytest.raises(ValueError, match="Message-ID"):
        await _send(mail_stack.smtp_settings(mail_user), mail_stack.credentials(mail_user), message)


async def test_security_none_refused_for_remote_host(mail_stack: MailStack, mail_user: MailUser) -> None:
    """security = none is only for loopback hosts; a remote host is refused without connecting."""
    settings = dataclasses.replace(
        mail_stack.smtp_settings(mail_user), host="smtp.example.test", security=Security.none
    )
    with pytest.raises(Permanent):
        await _send(settings, mail_stack.credentials(mail_user), _message(mail_user, "a@x.test"))


async def test_security_none_on_loopback_sends(mail_stack: MailStack, mail_user: MailUser) -> None:
    """On a loopback host security = none is allowed (a local relay such as a mail proxy)."""
    settings = mail_stack.smtp_settings(mail_user, security="none")
    await _send(settings, mail_stack.credentials(mail_user), _message(mail_user, mail_user.address))
    assert len(mail_stack.wait_for(mail_user, 1)) == 1


async def test_probe_reports_what_worked(mail_stack: MailStack, mail_user: MailUser) -> None:
    """probe connects, upgrades, authenticates and quits without sending anything."""
    before = len(mail_stack.submission.received)
    facts = await probe(mail_stack.smtp_settings(mail_user), mail_stack.credentials(mail_user))
    assert [f for f in facts if "ok" in f] == ["STARTTLS ok, certificate verified", "AUTH PLAIN ok"]
    assert before == len(mail_stack.submission.received)


async def test_envelope_is_what_the_caller_names_not_the_headers(
    mail_stack: MailStack, mail_user: MailUser
) -> None:
    """The message goes to the given recipients only, whatever its To header says."""
    jane, raj = mail_stack.add_user("jane"), mail_stack.add_user("raj")
    message = _message(mail_user, jane.address, subject="envelope")
    await send_message(
        mail_stack.smtp_settings(mail_user),
        mail_stack.credentials(mail_user),
        message,
        recipients=(raj.address,),
    )
    assert ["envelope"] == [m["Subject"] for m in mail_stack.wait_for(raj, 1)]
    assert (raj.address,) == mail_stack.submission.received[-1].rcpt_tos
    assert [] == mail_stack.fetch_all(jane)


@pytest.mark.parametrize("delivered", [True, False])
async def test_connection_cut_after_data_is_an_unknown_outcome(
    mail_stack: MailStack, mail_user: MailUser, delivered: bool
) -> None:
    """No answer after the data went out: OutcomeUnknown (never Transient, which would resend it)."""
    mail_stack.submission.drop_after_data(deliver=delivered)
    message = _message(mail_user, mail_user.address, subject="cut")
    with pytest.raises(OutcomeUnknown) as raised:
        await _send(mail_stack.smtp_settings(mail_user), mail_stack.credentials(mail_user), message)
    assert not isinstance(raised.value, Transient)
    if delivered:
        assert ["cut"] == [m["Subject"] for m in mail_stack.wait_for(mail_user, 1)]


async def test_a_4xx_answer_to_data_is_transient_not_unknown(
    mail_stack: MailStack, mail_user: MailUser
) -> None:
    """The server answered 451 to the data: it was refused for now, so a retry is right."""
    mail_stack.submission.fail_next(451, stage="DATA")
    with pytest.raises(Transient):
        await _send(
            mail_stack.smtp_settings(mail_user),
            mail_stack.credentials(mail_user),
            _message(mail_user, mail_user.address),
        )
