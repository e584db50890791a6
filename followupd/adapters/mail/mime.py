"""Building the MIME messages followupd sends, with the headers that make threading and de-duplication work."""

from __future__ import annotations

import email.utils
from datetime import datetime
from email import policy
from email.message import EmailMessage

__all__ = ["build_message", "message_id_for", "parse_address_list"]


def message_id_for(*, kind: str, row_id: int, install_id: str, domain: str) -> str:
    """A Message-ID derived from the outbox row, so a retry of the same row carries the same id."""
    return f"<followupd.{kind}.{row_id}.{install_id}@{domain}>"


def build_message(
    *,
    sender: str,
    sender_name: str,
    to: tuple[str, ...],
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    date: datetime,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    automatic: bool = True,
    extra: dict[str, str] | None = None,
) -> EmailMessage:
    """A text/plain (and optional text/html alternative) message; header values with CR/LF are refused.

    `automatic` marks mail that followupd writes to the user (Auto-Submitted, RFC 3834, so that vacation
    responders stay quiet); mail the user sends to a person as herself carries neither it nor an X-Mailer.
    """
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = email.utils.formataddr((sender_name, sender)) if sender_name else sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    if automatic:
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Mailer"] = "followupd"
    for key, value in (extra or {}).items():
        msg[key] = value
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


def parse_address_list(value: str) -> list[str]:
    return [addr.lower() for _name, addr in email.utils.getaddresses([value]) if addr]
