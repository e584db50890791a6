"""The one rule of who may answer: From reading, alignment, the provider's Authentication-Results, routing."""

from __future__ import annotations

import pytest

from followupd.domain.senders import (
    AuthHeader,
    AuthResult,
    Facts,
    Refusal,
    Route,
    ThreadHit,
    aligned,
    authenticated,
    decide,
    envelope_mismatch,
    kind_by_subject,
    read_from,
)

OWN = ("maya@example.org", "maya.example@mail.example")
DEBRIEF = ThreadHit(interview_id=4, kind="debrief")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (("maya@example.org",), ("maya@example.org",)),
        (("Maya Example <MAYA@Example.org>",), ("maya@example.org",)),
        (('"Example, Maya" <maya@example.org>',), ("maya@example.org",)),
        (("maya@example.org (Maya, at home)",), ("maya@example.org",)),
        (("maya@example.org <eve@evil.example>",), ("eve@evil.example",)),
        (('"maya@example.org" <eve@evil.example>',), ("eve@evil.example",)),
        (("Maya <maya@example.org>, eve@evil.example",), ("maya@example.org", "eve@evil.example")),
        (("Maya <maya@example.org> <eve@evil.example>",), ("maya@example.org", "eve@evil.example")),
        (("maya@example.org", "maya@example.org"), ("maya@example.org", "maya@example.org")),
        (("undisclosed",), ("",)),
        ((), ()),
    ],
)
def test_read_from(values: tuple[str, ...], expected: tuple[str, ...]) -> None:
    """The mailbox in angle brackets is the address; quotes and comments never count; every mailbox is listed."""
    assert expected == read_from(values)


@pytest.mark.parametrize(
    ("signer", "from_domain", "expected"),
    [
        ("example.org", "example.org", True),
        ("EXAMPLE.org.", "example.org", True),
        ("example.org", "mail.example.org", True),  # parent signs for a subdomain (relaxed)
        ("mail.example.org", "example.org", True),
        ("example.org.evil.example", "example.org", False),
        ("evilexample.org", "example.org", False),
        ("org", "example.org", False),  # never a bare top-level domain
        ("", "example.org", False),
    ],
)
def test_aligned(signer: str, from_domain: str, expected: bool) -> None:
    """DMARC relaxed alignment at label boundaries, never a substring."""
    assert expected is aligned(signer, from_domain)


def _auth(server: str, *results: tuple[str, str, str]) -> AuthHeader:
    return AuthHeader(server, tuple(AuthResult(*r) for r in results))


@pytest.mark.parametrize(
    ("auth", "expected", "why"),
    [
        (_auth("mx.google.com", ("dkim", "pass", "example.org")), True, "provider's dkim pass"),
        (_auth("MX.Google.com", ("dmarc", "pass", "example.org")), True, "dmarc pass, id case-insensitive"),
        (_auth("mx.google.com", ("dkim", "fail", "example.org")), False, "dkim fail"),
        (_auth("mx.google.com", ("spf", "pass", "example.org")), False, "spf alone"),
        (_auth("mx.google.com", ("dkim", "pass", "example.org.evil.example")), False, "substring domain"),
        (_auth("mx.google.com", ("dmarc", "pass", "mail.example.org")), False, "dmarc for another domain"),
        (_auth("mx.evil.example", ("dkim", "pass", "example.org")), False, "another server's header"),
        (_auth("mx.google.com.evil.example", ("dkim", "pass", "example.org")), False, "id as a prefix"),
        (None, False, "no header"),
    ],
)
def test_authenticated(auth: AuthHeader | None, expected: bool, why: str) -> None:
    """Only the provider's topmost header, with a pass aligned to the From domain, authenticates."""
    assert expected is authenticated(auth, from_domain="example.org", authserv_id="mx.google.com"), why


def test_authserv_id_matches_hosts_under_it() -> None:
    """Fastmail writes mx1.messagingengine.com: a configured messagingengine.com covers it."""
    auth = _auth("mx1.messagingengine.com", ("dkim", "pass", "example.org"))
    assert authenticated(auth, from_domain="example.org", authserv_id="messagingengine.com") is True
    assert authenticated(auth, from_domain="example.org", authserv_id="") is False


def _facts(**changes: object) -> Facts:
    base: dict[str, object] = {
        "from_addresses": ("maya@example.org",),
        "automatic": False,
        "message_id": "<r1@phone.example>",
        "thread": (DEBRIEF,),
    }
    return Facts(**(base | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("facts", "route", "interview", "refusal"),
    [
        (_facts(), Route.debrief_answers, 4, None),
        (_facts(from_addresses=("maya.example@mail.example",)), Route.debrief_answers, 4, None),
        (_facts(thread=(ThreadHit(4, "reminder"),)), Route.debrief_answers, 4, None),
        (_facts(thread=(ThreadHit(4, "confirmation"),)), Route.debrief_answers, 4, None),
        (_facts(thread=(), token_interview=9), Route.debrief_answers, 9, None),
        (_facts(thread=(), token_interview=9, token_kind="thanks_approval"), Route.approval, 9, None),
        (_facts(thread=(), token_interview=9, token_kind="reminder"), Route.debrief_answers, 9, None),
        (_facts(thread=(ThreadHit(4, "newsletter"),)), None, None, Refusal.not_routable),
        (_facts(thread=()), None, None, Refusal.not_our_thread),
        (_facts(from_addresses=("jane@acme.example",)), None, None, Refusal.not_user),
        (_facts(from_addresses=("maya@example.org", "eve@evil.example")), None, None, Refusal.no_sender),
        (_facts(from_addresses=()), None, None, Refusal.no_sender),
        (_facts(automatic=True), None, None, Refusal.automatic),
        (_facts(ours=True), None, None, Refusal.ours),
        (_facts(message_id=""), None, None, Refusal.no_message_id),
    ],
)
def test_decide(facts: Facts, route: Route | None, interview: int | None, refusal: Refusal | None) -> None:
    """The user's single From, a person, not our own mail, in our thread; the thread's kind picks the route."""
    verdict = decide(facts, own_addresses=OWN)
    assert (route, interview, refusal) == (verdict.route, verdict.interview_id, verdict.refusal)


def test_subject_token_alone_routes_by_the_kind_of_email_answered() -> None:
    """ "approve" to an approval email from a client that drops In-Reply-To carries the approval's kind, so the
    approval service (not the debrief parser) reads it and applies it to that email's notes."""
    verdict = decide(
        _facts(thread=(), token_interview=9, token_kind="references_approval"), own_addresses=OWN
    )
    assert (Route.approval, "references_approval") == (verdict.route, verdict.kind)


PREFIXES = {
    "debrief": "Debrief",
    "reminder": "Reminder: Debrief",
    "confirmation": "Recorded: debrief",
    "thanks_approval": "Thank-you notes to approve",
}


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("Re: Thank-you notes to approve: Acme, Data Engineer [fu-k3x9q2ab]", "thanks_approval"),
        ("AW: WG: thank-you NOTES to approve: Acme [fu-k3x9q2ab]", "thanks_approval"),
        ("回复：Thank-you notes to approve: Acme [fu-k3x9q2ab]", "thanks_approval"),
        ("Re[2]: Reminder: Debrief: Acme [fu-k3x9q2ab]", "reminder"),
        ("Re: Debrief: Acme [fu-k3x9q2ab]", "debrief"),
        ("Re: Re: Recorded: debrief: Acme [fu-k3x9q2ab]", "confirmation"),
        ("Re: my notes on Acme [fu-k3x9q2ab]", ""),
        ("Re: Debriefing Acme [fu-k3x9q2ab]", ""),
    ],
)
def test_kind_by_subject(subject: str, kind: str) -> None:
    """Reply and forward prefixes in several languages are removed; the longest matching prefix names the kind."""
    assert kind == kind_by_subject(subject, PREFIXES)


def test_decide_with_required_auth() -> None:
    """With require_auth, a threaded reply from the user still needs the provider's pass for its domain."""
    good = _auth("mx.example.org", ("dkim", "pass", "example.org"))
    assert decide(_facts(auth=good), own_addresses=OWN, require_auth=True, authserv_id="example.org").accepted
    refused = decide(_facts(), own_addresses=OWN, require_auth=True, authserv_id="example.org")
    assert Refusal.unauthenticated == refused.refusal


@pytest.mark.parametrize(
    ("return_path", "sender", "expected"),
    [
        ("<maya@example.org>", "", None),
        ("<bounces+123@mailer.evil.example>", "", ("Return-Path", "<bounces+123@mailer.evil.example>")),
        ("", "Eve <eve@evil.example>", ("Sender", "Eve <eve@evil.example>")),
        ("<>", "", None),
    ],
)
def test_envelope_mismatch(return_path: str, sender: str, expected: tuple[str, str] | None) -> None:
    """Return-Path or Sender in another domain is reported with its value (for a log line, not a refusal)."""
    assert expected == envelope_mismatch(return_path=return_path, sender=sender, user_domain="example.org")
