"""Header parsing for the watcher: what it reads from HEADER.FIELDS, and which messages are automatic."""

from __future__ import annotations

import pytest

from followupd.adapters.mail.imap import parse_headers

REPLY = (
    b"From: Maya Example <MAYA@Example.org>\r\nTo: maya@example.org\r\nSubject: Re: Debrief: Acme [fu-k3x9q2ab]\r\n"
    b"Message-ID: <abc@phone.example>\r\nIn-Reply-To: <followupd.debrief.1.x@example.org>\r\n"
    b"References: <a@x> <followupd.debrief.1.x@example.org>\r\nAuthentication-Results: mx.example.org;\r\n"
    b" dkim=pass header.d=example.org\r\n\r\n"
)


def test_reply_headers_are_read() -> None:
    """Addresses are lower-cased, ids kept with brackets, folded headers unfolded."""
    h = parse_headers(7, REPLY)
    assert (h.uid, h.from_addr, h.from_name) == (7, "maya@example.org", "Maya Example")
    assert (h.message_id, h.in_reply_to) == ("<abc@phone.example>", "<followupd.debrief.1.x@example.org>")
    assert h.references == ("<a@x>", "<followupd.debrief.1.x@example.org>")
    assert h.authentication_results == ("mx.example.org; dkim=pass header.d=example.org",)
    assert h.is_automatic is False


@pytest.mark.parametrize(
    "extra",
    [
        b"Auto-Submitted: auto-replied\r\n",
        b"X-Autoreply: yes\r\n",
        b"Precedence: bulk\r\n",
        b"List-Id: <news.example.org>\r\n",
        b"Return-Path: <>\r\n",
    ],
)
def test_automatic_messages(extra: bytes) -> None:
    """Out-of-office replies, bulk and list mail, and bounces are automatic, never the user answering."""
    assert parse_headers(1, extra + REPLY).is_automatic is True


def test_auto_submitted_no_is_a_person() -> None:
    """RFC 3834: Auto-Submitted: no means a person wrote it."""
    assert parse_headers(1, b"Auto-Submitted: no\r\n" + REPLY).is_automatic is False


@pytest.mark.parametrize(
    "raw", [b"", b"garbage without colon\r\n\r\n", b"From: =?x?q?broken?=\r\nMessage-ID: not-an-id\r\n\r\n"]
)
def test_bad_headers_do_not_raise(raw: bytes) -> None:
    """Malformed header blocks give empty fields, never an exception."""
    h = parse_headers(3, raw)
    assert h.uid == 3 and isinstance(h.subject, str)
