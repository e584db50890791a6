"""The demo's mail side: its config, a phone-style reply sent through submission, and reading mailboxes."""

from __future__ import annotations

import email.utils
import re
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from tests.stack.mail import MailStack, MailUser

__all__ = [
    "DemoConfig",
    "Feature",
    "first_lines",
    "links",
    "phone_reply",
    "plain",
    "send_as",
    "wait_for_mail",
]

INTERVIEW_UID = "demo-acme@example.test"
DEBRIEF_ANSWERS = """\
1. 8
2. The system design round: I walked them through the payments migration. At the end Jane asked me for \
two references, which feels like a good sign
4. Really well with Raj, we talked about event sourcing at scale
5. The team owns the whole payments platform, exactly what I want
7. On call every third week
8. 85k base plus 10% bonus
11. Yes!
12. They didn't give a date
"""


@dataclass(frozen=True)
class Feature:
    """A part of the demo config that an older followupd may not know yet (its key is then refused)."""

    name: str  # what the demo prints when it is missing: "heads-ups", "follow-ups"
    keys: tuple[str, ...]  # the config paths followupd names when it refuses them
    text: str


@dataclass(frozen=True)
class DemoConfig:
    """Everything the demo's config.toml says, with time compressed to seconds."""

    address: str
    imap_port: int
    smtp_port: int
    caldav_url: str
    web_port: int
    ca_file: Path
    followup_wait: int  # seconds after the interview before the hear-back reminder (plus grace)

    @property
    def features(self) -> tuple[Feature, ...]:
        heads_up = '[heads_up]\nwhen = "yes"\nlanguage = "en"\n'
        followups = (
            f'[followups]\nenabled = true\ndefault_wait = "{self.followup_wait}s"\ngrace = "5s"\n'
            'second_after = "1h"\nlanguage = "en"\n'
        )
        reference_extra = 'timezone = "Europe/Berlin"\nmax_per_month = 3\n'
        return (
            Feature("heads-ups", ("heads_up",), heads_up),
            Feature("reference details", ("timezone", "max_per_month"), reference_extra),
            Feature("follow-ups", ("followups",), followups),
        )

    def text(self, *, without: frozenset[str] = frozenset()) -> str:
        """The config, leaving out the features named in `without`."""
        present = {f.name: f.text for f in self.features if f.name not in without}
        servers = "".join(
            f'[{kind}]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "starttls"\nusername = "{self.address}"\n'
            f'ca_file = "{self.ca_file}"\ntimeout = 10\nkeyring = false\npassword_command = ["cat", "password"]\n\n'
            for kind, port in (("imap", self.imap_port), ("smtp", self.smtp_port))
        )
        return f"""# The demo's config: time compressed to seconds, a sending window of all day every day.
[account]
name = "Maya Example"
addresses = ["{self.address}"]
timezone = "Europe/Berlin"

{servers}[[calendars]]
name = "demo"
kind = "caldav"
url = "{self.caldav_url}"
username = "{self.address}"
password_command = ["cat", "password"]
interval = "3s"

[debrief]
delay = "3s"
reminder = false

[thank_you]
undo_after = "5s"

[[references]]
name = "Sam Rivera"
email = "sam@example.net"
relationship = "my manager at Contoso, 2021-2024"
notes = "the payments migration; mentoring two juniors"
{present.get("reference details", "")}
{present.get("heads-ups", "")}
{present.get("follow-ups", "")}
[web]
listen = "127.0.0.1:{self.web_port}"
public_url = "http://127.0.0.1:{self.web_port}"

[schedule]
window = "00:00-24:00"
weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
digest = false
"""


def interview_ics(address: str, *, start: datetime, end: datetime) -> str:
    """Maya's interview at Acme with Jane Doe (organizer) and Raj Patel, as a calendar app stores it."""

    def stamp(dt: datetime) -> str:
        return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//followupd demo//EN",
            "BEGIN:VEVENT",
            f"UID:{INTERVIEW_UID}",
            f"DTSTAMP:{stamp(datetime.now(UTC))}",
            f"DTSTART:{stamp(start)}",
            f"DTEND:{stamp(end)}",
            "SUMMARY:Interview: Acme\\, Senior Backend Engineer",
            "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
            "ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:jane@acme.example",
            "ATTENDEE;CN=Raj Patel;PARTSTAT=ACCEPTED:mailto:raj@acme.example",
            f"ATTENDEE;CN=Maya Example;PARTSTAT=ACCEPTED:mailto:{address}",
            "LOCATION:https://meet.example/acme-backend",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def plain(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    return body.get_content() if body is not None else ""  # type: ignore[no-any-return, union-attr]


def first_lines(message: EmailMessage, count: int = 3) -> list[str]:
    return [line for line in plain(message).splitlines() if line.strip()][:count]


def links(message: EmailMessage) -> list[str]:
    return re.findall(r"https?://127\.0\.0\.1:\d+/\S+", plain(message))


def wait_for_mail(
    stack: MailStack,
    user: MailUser,
    match: Callable[[EmailMessage], bool],
    *,
    timeout: float,
    folder: str = "INBOX",
    alive: Callable[[], None] = lambda: None,
) -> list[EmailMessage]:
    """Poll `folder` until a message matches; the matches ([] after `timeout` seconds). `alive` raises when the
    daemon has died, so a crash is reported at once rather than after the timeout."""
    deadline = time.monotonic() + timeout
    while True:
        found = [m for m in stack.fetch_all(user, folder) if match(m)]
        if found or time.monotonic() > deadline:
            return found
        alive()
        time.sleep(0.5)


def subject(message: EmailMessage) -> str:
    """The subject as a mail client shows it: a long subject folded before its first word unfolds to a leading
    space, which clients drop."""
    return str(message["Subject"] or "").strip()


def subject_starts(prefix: str) -> Callable[[EmailMessage], bool]:
    return lambda m: subject(m).startswith(prefix)


def phone_reply(original: EmailMessage, *, sender: str, text: str) -> EmailMessage:
    """A reply as the iPhone Mail app writes it: the answers on top, the signature, the whole original quoted."""
    reply = EmailMessage()
    reply["From"] = f"Maya Example <{sender}>"
    reply["To"] = str(original["From"])
    reply["Subject"] = "Re: " + str(original["Subject"])
    reply["Date"] = email.utils.format_datetime(datetime.now(UTC))
    reply["Message-ID"] = email.utils.make_msgid(domain="phone.example")
    reply["In-Reply-To"] = str(original["Message-ID"])
    reply["References"] = str(original["Message-ID"])
    sent = email.utils.parsedate_to_datetime(str(original["Date"])) if original["Date"] else datetime.now(UTC)
    quoted = "\n".join(f"> {line}" if line else ">" for line in plain(original).splitlines())
    when = sent.strftime("%-d %b %Y, at %H:%M")
    reply.set_content(
        f"{text.rstrip()}\n\nSent from my iPhone\n\n> On {when}, {original['From']} wrote:\n>\n{quoted}\n"
    )
    return reply


def send_as(stack: MailStack, user: MailUser, message: EmailMessage) -> None:
    """Send through the stack's submission server (STARTTLS, login), as her phone would."""
    context = ssl.create_default_context(cafile=str(stack.ca_file))
    with smtplib.SMTP("127.0.0.1", stack.smtp_port, timeout=10) as smtp:
        smtp.starttls(context=context)
        smtp.login(user.username, user.password)
        smtp.send_message(message)


def seconds_from_now(moment: datetime) -> int:
    return max(0, round((moment - datetime.now(UTC)) / timedelta(seconds=1)))
