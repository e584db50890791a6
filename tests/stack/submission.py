"""The aiosmtpd submission server of the test stack: STARTTLS, implicit TLS, a plain port and fault knobs."""

from __future__ import annotations

import asyncio
import base64
import secrets
import smtplib
import ssl
import threading
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from tests.stack.certs import Certs

if TYPE_CHECKING:  # mail.py imports this module to build its stack
    from tests.stack.mail import MailStack

__all__ = ["Received", "Stage", "Submission"]

Stage = Literal["MAIL", "RCPT", "DATA"]


@dataclass(frozen=True)
class Received:
    """What the submission server accepted, for tests that check mail leaving to people outside the stack."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    auth_user: str


class _Unavailable(asyncio.Protocol):
    """A connection greeted with 421 and closed at once (RFC 5321 4.3.2: service not available)."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        transport.write(b"421 4.3.2 service not available, try again later\r\n")
        transport.close()


class Submission:
    """aiosmtpd submission server on its own event-loop thread: STARTTLS, implicit TLS and a plain port.

    Each accepted message is delivered over LMTP to every recipient that is a stack user; all are kept in
    `received` so tests can see mail addressed to people outside the stack too.
    """

    def __init__(self, stack: MailStack, *, certs: Certs) -> None:
        self._stack = stack
        self._lock = threading.Lock()
        self._faults: list[tuple[Stage, int]] = []
        self._drops: list[bool] = []  # per coming DATA: deliver first (True) or not, then hang up unanswered
        self._greeting_faults = 0
        self.refused: set[str] = set()
        self.received: list[Received] = []
        self.auth_attempts: list[tuple[str, str, bool]] = []  # (mechanism, username, ok)
        self._tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._tls.load_cert_chain(str(certs.cert_file), str(certs.key_file))
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="submission", daemon=True)
        self._servers: list[asyncio.base_events.Server] = []

    # -- fault knobs -----------------------------------------------------------------------------------------

    def fail_next(self, code: int, times: int = 1, stage: Stage = "DATA") -> None:
        """Answer the next `times` commands of `stage` with `code` instead of going on."""
        with self._lock:
            self._faults.extend([(stage, code)] * times)

    def drop_after_data(self, *, deliver: bool, times: int = 1) -> None:
        """Take the next `times` messages (delivering them when `deliver`), then close the connection without
        answering: the client cannot know whether the message was accepted."""
        with self._lock:
            self._drops.extend([deliver] * times)

    def fail_connect_next(self, times: int = 1) -> None:
        """Greet the next `times` connections with 421 and close them, as a server shedding load does."""
        with self._lock:
            self._greeting_faults += times

    def _take(self, knob: str) -> bool:
        with self._lock:
            if getattr(self, knob) > 0:
                setattr(self, knob, getattr(self, knob) - 1)
                return True
        return False

    def refuse(self, address: str) -> None:
        """Refuse this recipient with 550 from now on."""
        self.refused.add(address.lower())

    def reset(self) -> None:
        with self._lock:
            self._faults.clear()
            self._drops.clear()
            self._greeting_faults = 0
        self.refused.clear()

    def _fault(self, stage: Stage) -> str | None:
        with self._lock:
            for i, (fault_stage, code) in enumerate(self._faults):
                if fault_stage == stage:
                    del self._faults[i]
                    kind = "4.3.0 try again later" if code < 500 else "5.7.1 refused by test fault"
                    return f"{code} {kind}"
        return None

    # -- aiosmtpd handler hooks ------------------------------------------------------------------------------

    async def handle_MAIL(
        self, server: SMTP, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        fault = self._fault("MAIL")
        if fault:
            return fault
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        fault = self._fault("RCPT")
        if fault:
            return fault
        if address.lower() in self.refused:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        fault = self._fault("DATA")
        if fault:
            return fault
        with self._lock:
            drop = self._drops.pop(0) if self._drops else None
        if drop is not None:
            reply = await self._accept(session, envelope) if drop else "250 OK"
            assert server.transport is not None
            server.transport.close()  # the reply below goes nowhere
            return reply
        return await self._accept(session, envelope)

    async def _accept(self, session: Any, envelope: Any) -> str:
        data: bytes = envelope.original_content or envelope.content
        # auth_data is what authenticate() returned; session.login_data is deprecated and logs a warning.
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else ""
        self.received.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos), data, login))
        local = [r for r in envelope.rcpt_tos if r.lower() in self._stack.users]
        if local:
            try:
                await asyncio.to_thread(self._stack.lmtp_deliver, envelope.mail_from, local, data)
            except (OSError, smtplib.SMTPException) as exc:
                return f"451 4.3.0 local delivery failed: {exc}"
        return "250 OK"

    def authenticate(
        self, server: SMTP, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        username, password = data.login.decode(), data.password.decode()
        user = self._stack.users.get(username.lower())
        ok = user is not None and secrets.compare_digest(user.password, password)
        self.auth_attempts.append((mechanism, username, ok))
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """SASL XOAUTH2 as Gmail and Outlook speak it: an error is a 334 JSON challenge, then 535."""
        try:
            raw = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
            fields = dict(part.split("=", 1) for part in raw.split("\x01") if "=" in part)
            username, token = fields["user"], fields["auth"].removeprefix("Bearer ")
        except (ValueError, KeyError, IndexError):
            return AuthResult(success=False, handled=False, message="501 5.5.2 malformed XOAUTH2")
        user = self._stack.users.get(username.lower())
        ok = user is not None and bool(user.oauth_token) and secrets.compare_digest(user.oauth_token, token)
        self.auth_attempts.append(("XOAUTH2", username, ok))
        if ok:
            return AuthResult(success=True, auth_data=LoginPassword(username.encode(), b""))
        await server.challenge_auth(b'{"status":"401","schemes":"bearer","scope":"mail"}')
        return AuthResult(success=False, handled=False)

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self, *, ports: dict[str, int]) -> dict[str, int]:
        self._thread.start()
        return asyncio.run_coroutine_threadsafe(self._start(ports), self.loop).result(timeout=10)

    async def _start(self, ports: dict[str, int]) -> dict[str, int]:
        loop = asyncio.get_running_loop()

        def factory(**kwargs: Any) -> Any:
            def make() -> asyncio.Protocol:
                if self._take("_greeting_faults"):
                    return _Unavailable()
                # aiosmtpd warns about AUTH without TLS even on the implicit-TLS port, where it is wrong.
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    return SMTP(
                        self, hostname="localhost", authenticator=self.authenticate, loop=loop, **kwargs
                    )

            return make

        variants = {
            # Submission on 587: STARTTLS offered and required before AUTH and MAIL.
            "smtp": (factory(tls_context=self._tls, require_starttls=True, auth_required=True), None),
            # Submission on 465: TLS from the first byte.
            "smtps": (factory(auth_required=True, auth_require_tls=False), self._tls),
            # Never offers STARTTLS: the "starttls asked but not offered" case.
            "smtp_plain": (factory(auth_required=False, auth_require_tls=False), None),
        }
        bound = {}
        for name, (proto, tls) in variants.items():
            server = await loop.create_server(proto, "127.0.0.1", ports.get(name, 0), ssl=tls)
            self._servers.append(server)
            bound[name] = server.sockets[0].getsockname()[1]
        return bound

    def stop(self) -> None:
        async def close() -> None:
            for server in self._servers:
                server.close()
                close_clients = getattr(server, "close_clients", None)  # Python 3.13+
                if close_clients is not None:
                    close_clients()
            await asyncio.sleep(0)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(close(), self.loop).result(timeout=5)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout=5)
        self.loop.close()
