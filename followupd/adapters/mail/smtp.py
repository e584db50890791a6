"""Sending mail over SMTP submission (aiosmtplib): TLS always, errors as Transient / Permanent."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import aiosmtplib
import structlog

from followupd.adapters.mail.errors import (
    check_security,
    login_refused,
    starttls_missing,
    tls_context,
    tls_failure,
    unreachable,
)
from followupd.config.settings import Credentials, Security, ServerSettings
from followupd.errors import OutcomeUnknown, Permanent, ServiceError, Transient

__all__ = ["SendResult", "probe", "send_message"]

log = structlog.get_logger()
KIND = "SMTP"


@dataclass(frozen=True)
class SendResult:
    """What the server took. `refused` pairs a recipient with the server's reply ("550 5.1.1 ...")."""

    message_id: str
    accepted: tuple[str, ...]
    refused: tuple[tuple[str, str], ...] = ()
    response: str = ""


def _by_code(server: ServerSettings, code: int, text: str, *, what: str) -> ServiceError:
    # aiosmtplib has no 4xx/5xx exception classes: the reply code decides (RFC 5321 4.2.1).
    message = f"SMTP server {server.host} answered {code} to {what}: {text}"
    if 400 <= code < 500 or code < 0:
        return Transient(message, fix="a temporary refusal; followupd retries later")
    return Permanent(message, fix="the server refused this for good; check the addresses and the message")


def _translate(server: ServerSettings, exc: Exception) -> ServiceError:
    """One place that maps aiosmtplib and socket errors to what the user should do."""
    if isinstance(exc, ServiceError):
        return exc
    tls = tls_failure(server, exc, kind=KIND)
    if tls is not None:
        return tls
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return login_refused(server, f"{exc.code} {exc.message}", kind=KIND)
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        replies = [f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients]
        if all(400 <= r.code < 500 for r in exc.recipients):
            return Transient("SMTP server refused every recipient for now: " + "; ".join(replies))
        return Permanent(
            "SMTP server refused every recipient: " + "; ".join(replies), fix="check the addresses"
        )
    if isinstance(exc, aiosmtplib.SMTPSenderRefused):
        return _by_code(server, exc.code, exc.message, what=f"MAIL FROM {exc.sender}")
    if isinstance(exc, aiosmtplib.SMTPConnectResponseError) and exc.code >= 500:
        return _by_code(server, exc.code, exc.message, what="the connection")
    if isinstance(
        exc, (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPTimeoutError, aiosmtplib.SMTPServerDisconnected)
    ):
        return unreachable(server, exc, kind=KIND)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return _by_code(server, exc.code, exc.message, what="a command")
    if isinstance(exc, (OSError, asyncio.TimeoutError)):
        return unreachable(server, exc, kind=KIND)
    return Permanent(f"SMTP with {server.host}:{server.port} failed: {exc}", fix="see the log for details")


async def _token(creds: Credentials, *, refresh: bool) -> str:
    getter: Callable[[bool], str] = creds.oauth2_token  # type: ignore[assignment]
    # The token command may run a subprocess or an HTTP refresh: keep it off the event loop.
    return await asyncio.to_thread(getter, refresh)


async def _login(smtp: aiosmtplib.SMTP, server: ServerSettings, creds: Credentials) -> str:
    """Authenticate; returns the fact for `probe` ("AUTH PLAIN ok"). XOAUTH2 refreshes the token once."""
    if creds.oauth2_token is not None:
        try:
            await smtp.auth_xoauth2(creds.username, await _token(creds, refresh=False))
        except aiosmtplib.SMTPAuthenticationError:
            # A cached access token expires after about an hour: ask for a fresh one, once.
            log.info("smtp_oauth2_refresh", host=server.host, username=creds.username)
            await smtp.auth_xoauth2(creds.username, await _token(creds, refresh=True))
        return "AUTH XOAUTH2 ok"
    if creds.password is None:
        raise Permanent(f"no password for SMTP user {creds.username}", fix="configure the smtp secret")
    methods = smtp.supported_auth_methods
    if not methods:
        raise Permanent(
            f"SMTP server {server.host}:{server.port} offers no AUTH method we speak",
            fix="check that this is the submission port (587 or 465), not port 25",
        )
    await smtp.login(creds.username, creds.password)
    return f"AUTH {methods[0].upper()} ok"


class _Submission(aiosmtplib.SMTP):
    """aiosmtplib's client, noting when DATA began: a failure after that point has an unknown outcome."""

    data_started = False

    async def data(self, message: str | bytes, /, **kwargs: Any) -> aiosmtplib.SMTPResponse:
        self.data_started = True
        return await super().data(message, **kwargs)


@contextlib.asynccontextmanager
async def _session(
    server: ServerSettings, creds: Credentials, facts: list[str]
) -> AsyncIterator[_Submission]:
    """A connected, encrypted and authenticated session; never sends AUTH or data in clear over a network."""
    check_security(server, kind=KIND)
    smtp = _Submission(
        hostname=server.host,
        port=server.port,
        timeout=server.timeout,
        use_tls=server.security is Security.tls,
        # Never start_tls=None: aiosmtplib then upgrades only when the server offers STARTTLS and otherwise
        # sends AUTH and the message in clear text, without a warning.
        start_tls=False,
        tls_context=tls_context(server),
    )
    try:
        await smtp.connect()
        facts.append(f"connected to {server.host}:{server.port}")
        if server.security is Security.tls:
            facts.append("TLS ok, certificate verified")
        elif server.security is Security.starttls:
            await smtp.ehlo()
            if not smtp.supports_extension("starttls"):
                raise starttls_missing(server, kind=KIND)
            await smtp.starttls()
            facts.append("STARTTLS ok, certificate verified")
        else:
            facts.append("no TLS (loopback host)")
        await smtp.ehlo()
        facts.append(await _login(smtp, server, creds))
        yield smtp
    except Exception as exc:
        raise _translate(server, exc) from exc
    finally:
        if smtp.is_connected:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError, asyncio.TimeoutError):
                await smtp.quit()
            smtp.close()


def _require_headers(message: EmailMessage) -> str:
    missing = [name for name in ("Date", "Message-ID", "From") if not message.get(name)]
    if missing:
        # The outbox derives the Message-ID from its row so a retry carries the same id: never invent one.
        raise ValueError(f"message lacks {', '.join(missing)}: the outbox must set them before sending")
    return str(message["Message-ID"])


async def send_message(
    server: ServerSettings, creds: Credentials, message: EmailMessage, *, recipients: tuple[str, ...]
) -> SendResult:
    """Send `message` (which carries Date and Message-ID already) to exactly `recipients` (the envelope).

    The envelope comes from the outbox row, never from the headers: what the user approved is who gets it.
    Raises Transient (worth retrying: timeouts, 4xx, refused connections, all before the message was handed
    over), Permanent (5xx, login refused, certificate invalid, STARTTLS missing, every recipient refused) or
    OutcomeUnknown (the connection broke after the message data was sent and before the server answered: it
    may have been accepted). Some refused recipients are not an error: they are listed in the result.
    """
    message_id = _require_headers(message)
    if not recipients:
        raise ValueError("no recipients: the outbox row must name them")
    facts: list[str] = []
    async with _session(server, creds, facts) as smtp:
        try:
            errors, response = await smtp.send_message(message, recipients=list(recipients))
        except Exception as exc:
            if smtp.data_started and not isinstance(exc, aiosmtplib.SMTPResponseException):
                # No reply code after the data went out: the server may have accepted it (RFC 5321 4.1.1.4
                # answers only after the final dot). Never treat this as "not sent".
                raise OutcomeUnknown(
                    f"the connection to {server.host} broke after the message was sent and before the"
                    f" server answered ({type(exc).__name__}: {exc})",
                    fix="followupd looks for the message on the server before deciding anything",
                ) from exc
            raise _translate(server, exc) from exc
    refused = tuple((addr, f"{reply.code} {reply.message}") for addr, reply in errors.items())
    refused_set = {addr.lower() for addr, _ in refused}
    accepted = tuple(addr for addr in recipients if addr.lower() not in refused_set)
    log.info(
        "smtp_sent", host=server.host, message_id=message_id, accepted=len(accepted), refused=len(refused)
    )
    return SendResult(message_id=message_id, accepted=accepted, refused=refused, response=response)


async def probe(server: ServerSettings, creds: Credentials) -> list[str]:
    """Connect, secure, EHLO, AUTH, then QUIT without sending; returns what worked (`followupd check`)."""
    facts: list[str] = []
    async with _session(server, creds, facts) as smtp:
        size = smtp.esmtp_extensions.get("size")
        if size:
            facts.append(f"message size limit {int(size) // (1024 * 1024)} MiB")
    return facts
