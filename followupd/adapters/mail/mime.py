"""Building the MIME messages followupd sends, with the headers that make threading and de-duplication work."""

from __future__ import annotations

import email.utils
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.policy import EmailPolicy

__all__ = ["build_message", "message_id_for", "parse_address_list"]

_LONGEST_LINE = 998  # RFC 5322 2.1.1: the hard limit; 78 is only a recommendation


class _Folding(EmailPolicy):
    """SMTP's policy, except that a header is never folded before its first word.

    The standard library sometimes folds a long unstructured header as "Subject:" CRLF " Re: ...", which some
    readers (Python's own among them) give back with a leading space. Such a header is written on one line
    instead, which RFC 5322 allows up to 998 characters."""

    def _first_line_empty(self, folded: str | bytes, name: str) -> bool:
        text = folded.decode("ascii", "replace") if isinstance(folded, bytes) else folded
        return text.split("\n", 1)[0].rstrip("\r").strip() == f"{name}:"

    def fold(self, name: str, value: str) -> str:
        folded: str = super().fold(name, value)
        if self._first_line_empty(folded, name) and self.max_line_length != _LONGEST_LINE:
            return self.clone(max_line_length=_LONGEST_LINE).fold(name, value)
        return folded

    def fold_binary(self, name: str, value: str) -> bytes:
        folded = super().fold_binary(name, value)
        if self._first_line_empty(folded, name) and self.max_line_length != _LONGEST_LINE:
            return self.clone(max_line_length=_LONGEST_LINE).fold_binary(name, value)
        return folded


_POLICY = _Folding() + policy.SMTP


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
    msg = EmailMessage(policy=_POLICY)
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
