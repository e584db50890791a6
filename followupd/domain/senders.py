"""Who may answer: whether a message is the user's own reply in one of our threads, and where it is routed."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass

from followupd.domain.workflows.plan import MailKind

__all__ = [
    "AuthHeader",
    "AuthResult",
    "Facts",
    "Refusal",
    "Route",
    "ThreadHit",
    "Verdict",
    "aligned",
    "authenticated",
    "decide",
    "envelope_mismatch",
    "kind_by_subject",
    "read_from",
    "sender_refusal",
]


class Route(enum.StrEnum):
    """What a reply from the user is an answer to, by the kind of our message it replies to."""

    debrief_answers = "debrief_answers"  # a debrief, its reminder or a confirmation: answers to the questions
    approval = "approval"  # the thank-you notes' approval email or its confirmation: approve, skip, edit ...


# Which of our outgoing kinds a reply may answer, and what that reply then is. Later kinds (approval, review)
# add a line here and a handler in the service.
ROUTES: dict[str, Route] = {
    MailKind.debrief.value: Route.debrief_answers,
    MailKind.reminder.value: Route.debrief_answers,
    MailKind.confirmation.value: Route.debrief_answers,
    MailKind.thanks_approval.value: Route.approval,
    MailKind.thanks_confirmation.value: Route.approval,
    MailKind.thanks_failed.value: Route.approval,
    MailKind.followup_reminder.value: Route.approval,
    MailKind.references_approval.value: Route.approval,
}


class Refusal(enum.StrEnum):
    """Why a message is not a reply we act on."""

    no_sender = "no single From address"
    not_user = "not from the user's addresses"
    automatic = "automatic (auto-reply, bounce or list mail)"
    ours = "one of our own messages"
    no_message_id = "no Message-ID"
    not_our_thread = "not in one of our threads"
    not_routable = "replies to a message kind that takes no answers"
    unauthenticated = "no DKIM/DMARC pass for the sender's domain from the user's provider"


@dataclass(frozen=True)
class AuthResult:
    """One method's result from an Authentication-Results header (RFC 8601), e.g. dkim=pass header.d=x."""

    method: str  # dkim, dmarc, spf...
    result: str  # pass, fail, none...
    domain: str  # header.d for dkim, header.from for dmarc; "" otherwise


@dataclass(frozen=True)
class AuthHeader:
    """The topmost Authentication-Results header: the one the receiving provider added last."""

    authserv_id: str
    results: tuple[AuthResult, ...]


@dataclass(frozen=True)
class ThreadHit:
    """One of our outgoing messages that the reply's In-Reply-To or References names."""

    interview_id: int
    kind: str  # the outbox kind


@dataclass(frozen=True)
class Facts:
    """What is known about one message when deciding; the service gathers it, the rule below judges it."""

    from_addresses: tuple[str, ...]  # every address in every From header, lower case, see read_from
    automatic: bool
    message_id: str
    ours: bool = False  # its Message-ID is one of ours
    thread: tuple[ThreadHit, ...] = ()
    token_interview: int | None = None  # the interview named by a [fu-token] in the subject
    token_kind: str = ""  # the kind of our message whose subject it answers, when routed by the token
    auth: AuthHeader | None = None


@dataclass(frozen=True)
class Verdict:
    route: Route | None
    interview_id: int | None = None
    refusal: Refusal | None = None
    kind: str = ""  # the kind of our message the reply answers ("" when unknown)

    @property
    def accepted(self) -> bool:
        return self.route is not None


_ANGLE = re.compile(r"<([^<>]*)>")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")
_ADDR = re.compile(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+")


def read_from(values: tuple[str, ...]) -> tuple[str, ...]:
    """Every mailbox named by the From header values, lower case, in order (RFC 5322 3.4).

    A mailbox is `display-name <addr>` or a bare addr. The address inside angle brackets is the address, so
    `maya@x.example <eve@evil.example>` (an unquoted display name that looks like an address) is eve: a
    lenient parser that takes the first address-looking word would call it maya. Text in quotes and comments
    never counts. Several From headers, several mailboxes or an unreadable value give several or no addresses,
    which `sender_refusal` refuses.
    """
    found: list[str] = []
    for value in values:
        text = _COMMENT.sub(" ", _QUOTED.sub(" ", value))
        for part in text.split(","):
            angles = _ANGLE.findall(part)
            if len(angles) > 1:
                found.extend(a.strip().lower() for a in angles)
            elif angles:
                found.append(angles[0].strip().lower())
            elif part.strip():
                words = _ADDR.findall(part)
                found.extend([w.lower() for w in words] or [""])
    return tuple(found)


def sender_refusal(
    from_addresses: tuple[str, ...], *, automatic: bool, own_addresses: tuple[str, ...]
) -> Refusal | None:
    """The cheap first check, before anything is looked up: exactly one From mailbox, the user's, not automatic."""
    if len(from_addresses) != 1 or not from_addresses[0]:
        return Refusal.no_sender
    if from_addresses[0] not in {a.lower() for a in own_addresses}:
        return Refusal.not_user
    if automatic:
        return Refusal.automatic
    return None


def aligned(signer: str, from_domain: str) -> bool:
    """DMARC relaxed alignment (RFC 7489 3.1.1) without a public-suffix list: the same domain, or one is a
    parent of the other at a label boundary, and the shorter has at least two labels (never a bare TLD)."""
    signer, from_domain = signer.strip().lower().rstrip("."), from_domain.strip().lower().rstrip(".")
    if not signer or not from_domain:
        return False
    if signer == from_domain:
        return True
    shorter, longer = sorted((signer, from_domain), key=len)
    return "." in shorter and longer.endswith("." + shorter)


def authenticated(auth: AuthHeader | None, *, from_domain: str, authserv_id: str) -> bool:
    """A dkim=pass aligned with the From domain, or dmarc=pass for exactly that domain, in the topmost
    Authentication-Results, and only if that header carries the user's provider's authserv-id (RFC 8601 5:
    a receiver adds its own header on top and ignores or removes ones that claim its id below)."""
    if auth is None or not authserv_id:
        return False
    server, wanted = auth.authserv_id.strip().lower(), authserv_id.strip().lower()
    if server != wanted and not server.endswith("." + wanted):
        return False
    for result in auth.results:
        if result.result.lower() != "pass":
            continue
        if result.method.lower() == "dkim" and aligned(result.domain, from_domain):
            return True
        if result.method.lower() == "dmarc" and result.domain.strip().lower() == from_domain.lower():
            return True
    return False


def decide(
    facts: Facts,
    *,
    own_addresses: tuple[str, ...],
    require_auth: bool = False,
    authserv_id: str = "",
) -> Verdict:
    """The one rule: the user's single From address, a person not a machine, not our own message, in one of our
    threads (In-Reply-To/References first, else the subject token, with the subject's prefix naming the kind),
    and with `require_auth` authenticated by the user's provider. The thread's kind decides the route."""
    refusal = sender_refusal(facts.from_addresses, automatic=facts.automatic, own_addresses=own_addresses)
    if refusal is not None:
        return Verdict(None, refusal=refusal)
    if not facts.message_id:
        return Verdict(None, refusal=Refusal.no_message_id)
    if facts.ours:
        return Verdict(None, refusal=Refusal.ours)
    if require_auth:
        domain = facts.from_addresses[0].rsplit("@", 1)[-1]
        if not authenticated(facts.auth, from_domain=domain, authserv_id=authserv_id):
            return Verdict(None, refusal=Refusal.unauthenticated)
    for hit in facts.thread:
        route = ROUTES.get(hit.kind)
        if route is not None:
            return Verdict(route, hit.interview_id, kind=hit.kind)
    if facts.thread:
        return Verdict(None, refusal=Refusal.not_routable)
    if facts.token_interview is not None:
        # No thread headers: the subject says which of our emails it answers ("approve" to an approval email
        # from a client that drops In-Reply-To is an approval, not an answer to the questions).
        route = ROUTES.get(facts.token_kind, Route.debrief_answers)
        return Verdict(
            route, facts.token_interview, kind=facts.token_kind if facts.token_kind in ROUTES else ""
        )
    return Verdict(None, refusal=Refusal.not_our_thread)


# Reply and forward prefixes as clients write them, with counters ("Re[2]:") and full-width colons.
_REPLY_PREFIX = re.compile(
    r"^(?:\s*(?:re|aw|sv|vs|wg|fw|fwd|tr|rv|r|ref|antw|odp|res|enc|ynt|vá|回复|回覆|答复|转发|返信|転送)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
    re.IGNORECASE,
)


def kind_by_subject(subject: str, prefixes: Mapping[str, str]) -> str:
    """The kind of our email whose subject prefix (kind -> "Thank-you notes to approve") begins `subject` once
    reply and forward prefixes are removed; the longest prefix wins ("Reminder: Debrief" over "Debrief"), and
    "" when none does."""
    text = _REPLY_PREFIX.sub("", subject.strip()).casefold()
    best, length = "", 0
    for kind, prefix in prefixes.items():
        if text.startswith(prefix.casefold() + ":") and len(prefix) > length:
            best, length = kind, len(prefix)
    return best


def envelope_mismatch(*, return_path: str, sender: str, user_domain: str) -> tuple[str, str] | None:
    """(header, value) when Return-Path or Sender names another domain than the user's: worth a log line,
    not a refusal (mailing lists and forwarding rewrite them)."""
    for name, value in (("Return-Path", return_path), ("Sender", sender)):
        addresses = read_from((value,)) if value.strip() else ()
        for address in addresses:
            if address and address.rsplit("@", 1)[-1] != user_domain.lower():
                return name, value
    return None
