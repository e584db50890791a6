"""The error types every layer raises and the CLI knows how to print."""

from __future__ import annotations

__all__ = ["OutcomeUnknown", "Permanent", "ServiceError", "Transient", "UserError"]


class UserError(Exception):
    """Something the user can fix: what went wrong, where, and what to do. Printed without a traceback."""

    def __init__(self, what: str, *, where: str = "", fix: str = "") -> None:
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self.render())

    def render(self) -> str:
        head = f"{self.where}: {self.what}" if self.where else self.what
        return f"{head} ({self.fix})" if self.fix else head


class ServiceError(Exception):
    """An outside system (mail or calendar server) failed; ``fix`` tells the user what to try."""

    def __init__(self, what: str, *, fix: str = "") -> None:
        self.what = what
        self.fix = fix
        super().__init__(f"{what} ({fix})" if fix else what)


class Transient(ServiceError, ConnectionError):
    """Worth retrying later: a timeout, a dropped connection, a 4xx SMTP reply."""


class Permanent(ServiceError, ValueError):
    """Retrying will not help: a refused login, a 5xx SMTP reply, a certificate that does not match."""


class OutcomeUnknown(ServiceError, ConnectionError):
    """The message was handed over but the server's answer never came (the connection dropped after DATA).

    It may have been accepted: never retry it as if it had not been; look for its Message-ID on the server.
    """
