"""Typed settings: what a loaded and validated config file becomes. Adapters take these, never raw TOML."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Literal

from followupd.domain.policy import (
    DebriefSettings,
    DigestSettings,
    FollowupSettings,
    HeadsUpSettings,
    InterviewRules,
    ReferenceSettings,
    ScheduleSettings,
    ThankYouSettings,
)
from followupd.domain.questionnaire import DEFAULT_QUESTIONS, Questionnaire

__all__ = [
    "AccountSettings",
    "CalendarSettings",
    "Credentials",
    "DebriefSettings",
    "DigestSettings",
    "FollowupSettings",
    "HeadsUpSettings",
    "InterviewRules",
    "ReferenceSettings",
    "ScheduleSettings",
    "SecretSpec",
    "Security",
    "ServerSettings",
    "Settings",
    "ThankYouSettings",
    "WebSettings",
]


_FILES_SENT_ITSELF = ("gmail.com", "googlemail.com", "office365.com", "outlook.com")


class Security(enum.StrEnum):
    tls = "tls"  # implicit TLS (IMAPS 993, SMTPS 465)
    starttls = "starttls"  # plain connect, STARTTLS required before login
    none = "none"  # allowed for loopback hosts only


@dataclass(frozen=True)
class SecretSpec:
    """Where one password comes from. `name` is the keyring entry and the systemd credential's default name."""

    name: str  # "imap", "smtp", "calendar-<name>"
    username: str
    keyring: bool = True
    password_command: tuple[str, ...] | str | None = None  # argv, or a string run by /bin/sh
    credential: str | None = None  # file name under $CREDENTIALS_DIRECTORY
    env: str | None = None  # environment variable name
    password: str | None = field(default=None, repr=False)  # literal; only from a 0600 file
    oauth2_token_command: tuple[str, ...] | str | None = None
    workdir: Path | None = None  # commands run here: the config file's directory


@dataclass(frozen=True)
class Credentials:
    """A resolved secret. `oauth2_token(refresh)` runs the token command again when refresh is True."""

    username: str
    password: str | None = field(default=None, repr=False)
    oauth2_token: object | None = field(default=None, repr=False)  # Callable[[bool], str]


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    security: Security
    username: str
    secret: SecretSpec
    ca_file: Path | None = None  # extra CA to trust (self-hosted servers, the test stack)
    timeout: float = 30.0


@dataclass(frozen=True)
class CalendarSettings:
    name: str
    kind: Literal["caldav", "ics_url", "ics_file"]
    url: str = ""  # caldav base or calendar URL, or the ICS address
    path: Path | None = None  # ics_file: a file or a folder of .ics files
    calendars: tuple[str, ...] = ()  # caldav: display names to watch; empty = all
    username: str = ""
    secret: SecretSpec | None = None
    ca_file: Path | None = None
    interval: timedelta = timedelta(minutes=2)
    timeout: float = 30.0


@dataclass(frozen=True)
class WebSettings:
    listen_host: str = "127.0.0.1"
    listen_port: int = 8765
    public_url: str = "http://127.0.0.1:8765"
    secret: SecretSpec | None = None  # link-signing key; generated into the state dir when absent
    link_ttl: timedelta = timedelta(days=30)


@dataclass(frozen=True)
class AccountSettings:
    name: str
    addresses: tuple[str, ...]  # the user's own; the first one sends
    timezone: str  # IANA

    @property
    def address(self) -> str:
        return self.addresses[0]


@dataclass(frozen=True)
class Settings:
    account: AccountSettings
    imap: ServerSettings
    smtp: ServerSettings
    calendars: tuple[CalendarSettings, ...] = ()
    interviews: InterviewRules = field(default_factory=InterviewRules)
    debrief: DebriefSettings = field(default_factory=DebriefSettings)
    questionnaire: Questionnaire = DEFAULT_QUESTIONS
    thank_you: ThankYouSettings = field(default_factory=ThankYouSettings)
    references: tuple[ReferenceSettings, ...] = ()
    followups: FollowupSettings = field(default_factory=FollowupSettings)
    heads_up: HeadsUpSettings = field(default_factory=HeadsUpSettings)
    web: WebSettings = WebSettings()
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    watch_folders: tuple[str, ...] = ("INBOX",)
    poll_interval: timedelta = timedelta(minutes=2)  # IMAP servers without IDLE
    done_folder: str = ""  # move processed replies here; "" keeps them where they are
    require_dkim: bool = False
    authserv_id: str = ""  # whose Authentication-Results count (require_dkim); default from the IMAP host
    settle_after: timedelta = timedelta(minutes=2)  # wait this long before looking for an interrupted send
    smtp_saves_sent: bool | None = None  # None: guess from the host (Gmail, Office 365 save it themselves)
    source_path: Path | None = None  # the config file, for messages

    @property
    def saves_sent(self) -> bool:
        """Whether the SMTP server files what it is given in Sent itself (Gmail and Office 365 do), so that
        followupd must not APPEND a copy; `mailbox.smtp_saves_sent` overrides the guess from the host."""
        if self.smtp_saves_sent is not None:
            return self.smtp_saves_sent
        host = self.smtp.host.lower().rstrip(".")
        return any(host == h or host.endswith("." + h) for h in _FILES_SENT_ITSELF)
