"""Header parsing for the watcher: what it reads from HEADER.FIELDS, and which messages are automatic."""

from __future__ import annotations

import time

import pytest
from imapclient.exceptions import ProtocolError

from followupd.adapters.mail.imap import parse_headers, translate
from followupd.domain.senders import AuthHeader, AuthResult
from followupd.errors import Transient

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


def test_topmost_authentication_results_is_parsed() -> None:
    """The topmost header (the receiving provider's) is parsed with its authserv-id and per-method domains."""
    top = b"Authentication-Results: mx.example.org; dkim=pass header.i=@example.org header.s=s1; spf=pass\r\n"
    h = parse_headers(1, top + REPLY)
    assert h.auth == AuthHeader(
        "mx.example.org", (AuthResult("dkim", "pass", "example.org"), AuthResult("spf", "pass", ""))
    )
    assert parse_headers(1, b"Authentication-Results: ;;; nonsense\r\n" + REPLY).auth is None


def test_references_keep_the_last_ids_and_parse_in_linear_time() -> None:
    """66,000 references (5 s with the default email policy) parse in well under a second; the last 50 are kept."""
    refs = b"".join(b" <r%d@x.example>\r\n" % i for i in range(66_000))
    started = time.process_time()  # CPU time: other jobs on a shared machine do not count
    rest = REPLY.replace(b"References: <a@x> <followupd.debrief.1.x@example.org>\r\n", b"")
    h = parse_headers(1, b"References:" + refs + rest)
    elapsed = time.process_time() - started
    assert (50, "<r65999@x.example>", "<r65950@x.example>") == (
        len(h.references),
        h.references[-1],
        h.references[0],
    )
    assert elapsed < 1.0


@pytest.mark.parametrize(
    ("from_header", "addresses", "from_addr"),
    [
        (b"From: maya@example.org <eve@evil.example>\r\n", ("eve@evil.example",), "eve@evil.example"),
        (
            b"From: Maya <maya@example.org>, eve@evil.example\r\n",
            ("maya@example.org", "eve@evil.example"),
            "",
        ),
        (
            b"From: =?utf-8?q?Maya_M=C3=BCller?= <MAYA@example.org>\r\n",
            ("maya@example.org",),
            "maya@example.org",
        ),
    ],
)
def test_from_addresses(from_header: bytes, addresses: tuple[str, ...], from_addr: str) -> None:
    """Every From mailbox is read; `from_addr` is the one address only when there is exactly one."""
    h = parse_headers(1, from_header + b"Subject: x\r\n\r\n")
    assert (addresses, from_addr) == (h.from_addresses, h.from_addr)


def test_thread_ids_put_in_reply_to_first_then_the_newest_references() -> None:
    """In-Reply-To, then References from the newest back, without repeats."""
    h = parse_headers(7, REPLY)
    assert ("<followupd.debrief.1.x@example.org>", "<a@x>") == h.thread_ids


def test_a_garbled_response_is_transient() -> None:
    """A response line that does not parse (a TLS record split inside IDLE) means reconnect soon, not a config
    problem waiting out the long backoff of a Permanent error."""
    assert isinstance(
        translate(None, ProtocolError("Server replied with a response that violates")), Transient
    )
