"""What IMAP and SMTP failures mean to the user: shared translations into Transient / Permanent with a fix."""

from __future__ import annotations

import ssl

from followupd.config.settings import Security, ServerSettings
from followupd.config.values import is_loopback
from followupd.errors import Permanent, Transient

__all__ = [
    "LOGIN_FIX",
    "check_security",
    "find_cause",
    "login_refused",
    "starttls_missing",
    "tls_context",
    "tls_failure",
    "unreachable",
]

LOGIN_FIX = (
    "login refused: check the username and password; for Gmail use an app password or oauth2_token_command; "
    "for Outlook 365 use oauth2_token_command"
)


def check_security(server: ServerSettings, *, kind: str) -> None:
    """Refuse `security = "none"` except for a loopback host: passwords never cross a network in clear."""
    if server.security is Security.none and not is_loopback(server.host):
        raise Permanent(
            f'{kind} security "none" is refused for {server.host}',
            fix='use security = "tls" or "starttls"; "none" is allowed only for a loopback host',
        )


def tls_context(server: ServerSettings) -> ssl.SSLContext:
    """Certificate and host name checks always on; `ca_file` adds a private CA (self-hosted, tests)."""
    return ssl.create_default_context(cafile=str(server.ca_file) if server.ca_file else None)


def find_cause(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    """The first `kind` in the __cause__ / __context__ chain: libraries wrap ssl errors their own way."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def tls_failure(server: ServerSettings, exc: BaseException, *, kind: str) -> Permanent | None:
    """A Permanent naming the host and the reason if `exc` comes from certificate checks, else None."""
    verify = find_cause(exc, ssl.SSLCertVerificationError)
    where = f"{server.host}:{server.port}"
    if isinstance(verify, ssl.SSLCertVerificationError):
        reason = verify.verify_message or str(verify)
        if "mismatch" in reason.lower() or "not valid for" in reason.lower():
            fix = f"the certificate was issued for another name: use the host it names, not {server.host}"
        else:
            fix = "set ca_file to the CA that signed the server's certificate, or check the host name"
        return Permanent(f"{kind} TLS certificate for {where} is not valid: {reason}", fix=fix)
    tls = find_cause(exc, ssl.SSLError)
    if tls is not None:
        return Permanent(
            f"{kind} TLS handshake with {where} failed: {tls}",
            fix='check the port and security: implicit TLS is "tls" (993, 465), "starttls" is 143, 587',
        )
    return None


def unreachable(server: ServerSettings, exc: BaseException, *, kind: str) -> Transient:
    return Transient(
        f"cannot reach {kind} server {server.host}:{server.port}: {exc}",
        fix="check host, port and network; followupd retries",
    )


def login_refused(server: ServerSettings, detail: str | bytes, *, kind: str) -> Permanent:
    if isinstance(detail, bytes):
        detail = detail.decode("utf-8", "replace")
    # imapclient hands over the server's text as the repr of bytes ("b'[AUTHENTICATIONFAILED] ...'").
    if detail[:2] in ("b'", 'b"') and detail[-1:] == detail[1]:
        detail = detail[2:-1]
    return Permanent(f"{kind} login as {server.username} on {server.host} refused: {detail}", fix=LOGIN_FIX)


def starttls_missing(server: ServerSettings, *, kind: str) -> Permanent:
    return Permanent(
        f"{kind} server {server.host}:{server.port} does not offer STARTTLS",
        fix='nothing was sent in clear text; use security = "tls" on the implicit-TLS port, or another host',
    )
