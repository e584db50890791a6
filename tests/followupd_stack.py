"""The test stack as followupd sees it: server settings and credentials for a stack user.

tests/stack/ runs the servers and knows nothing of followupd; this subclass adds what followupd's adapters take.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from followupd.config.settings import Credentials, SecretSpec, Security, ServerSettings
from tests.stack.mail import MailStack, MailUser

__all__ = ["FollowupdMailStack"]


class FollowupdMailStack(MailStack):
    """The mail stack, with followupd's settings for each user's IMAP and SMTP servers."""

    def credentials(self, user: MailUser, *, oauth: bool = False) -> Credentials:
        """Password credentials, or with `oauth=True` a token callable returning the user's current token."""
        if not oauth:
            return Credentials(user.username, user.password)

        def token(refresh: bool) -> str:
            return self.users[user.username.lower()].oauth_token

        return Credentials(user.username, None, token)

    def _settings(
        self, user: MailUser, name: str, ports: dict[Security, int], overrides: dict[str, Any]
    ) -> ServerSettings:
        security = Security(overrides.pop("security", Security.starttls))
        base = ServerSettings(
            host=self.host,
            port=ports[security],
            security=security,
            username=user.username,
            secret=SecretSpec(name=name, username=user.username, keyring=False, env=None),
            ca_file=self.ca_file,
            timeout=10.0,
        )
        return dataclasses.replace(base, **overrides)

    def imap_settings(self, user: MailUser, **overrides: Any) -> ServerSettings:
        """STARTTLS on the IMAP port by default; `security="tls"` picks IMAPS unless `port` is given."""
        ports = {
            Security.starttls: self.imap_port,
            Security.tls: self.imaps_port,
            Security.none: self.imap_port,
        }
        return self._settings(user, "imap", ports, overrides)

    def smtp_settings(self, user: MailUser, **overrides: Any) -> ServerSettings:
        """STARTTLS submission by default; `security="tls"` picks the SMTPS port, `"none"` the plain one."""
        ports = {
            Security.starttls: self.smtp_port,
            Security.tls: self.smtps_port,
            Security.none: self.smtp_plain_port,
        }
        return self._settings(user, "smtp", ports, overrides)
