"""Which mail domains are the company's, and whether a sender's address is one of them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from followupd.domain.detect_defaults import FREEMAIL_DOMAINS, ROBOT_DOMAINS
from followupd.domain.detect_people import in_domains
from followupd.domain.models import Person

__all__ = ["company_domains", "from_company", "main_contact", "registrable"]

# Second-level labels under a country code that are not a company's own name: mail.acme.co.uk -> acme.co.uk.
# A simple rule instead of the public suffix list (no such library is a dependency); it errs towards the
# longer domain, which only makes the heard-back check stricter, never looser.
_GENERIC_SECOND = frozenset({"ac", "co", "com", "edu", "gov", "ltd", "ne", "net", "or", "org", "plc"})
_ROBOTS = frozenset(ROBOT_DOMAINS)


def registrable(domain: str) -> str:
    """The part of `domain` a company registers: "mail.acme.example" -> "acme.example", "hr.acme.co.uk" ->
    "acme.co.uk"; a one- or two-label domain as it is."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SECOND else 2
    return ".".join(labels[-keep:])


def _domain(address: str) -> str:
    return address.strip().strip("<>").lower().rpartition("@")[2].strip(".")


def _shared(domain: str) -> bool:
    """A domain many unrelated people send from: freemail, or a scheduling or hiring service."""
    return in_domains(domain, FREEMAIL_DOMAINS) or in_domains(domain, _ROBOTS)


def company_domains(addresses: Iterable[str], *, own_addresses: Iterable[str]) -> tuple[str, ...]:
    """The registrable domains of the organizer's and interviewers' addresses, each once in first-seen order,
    without the user's own domains, freemail domains and scheduling services (whose mail says nothing about
    whether the company wrote)."""
    own = {registrable(_domain(a)) for a in own_addresses if "@" in a}
    found: list[str] = []
    for address in addresses:
        domain = _domain(address)
        if "@" not in address or "." not in domain or _shared(domain):
            continue
        base = registrable(domain)
        if base in own or _shared(base) or base in found:
            continue
        found.append(base)
    return tuple(found)


def from_company(address: str, domains: Iterable[str]) -> bool:
    """Whether the address (the one in angle brackets, not a display name) is at one of `domains` or a
    subdomain of one; freemail never counts, whatever the list says."""
    domain = _domain(address)
    if "@" not in address or not domain or _shared(domain):
        return False
    return any(domain == d or domain.endswith("." + d) for d in domains)


def main_contact(people: Sequence[Person], domains: Iterable[str]) -> Person | None:
    """Whom a check-in goes to: the first person at the company (the organizer comes first when a person), else
    the first with an address; None when nobody has one."""
    reachable = [p for p in people if p.email]
    at_company = [p for p in reachable if from_company(p.email, tuple(domains))]
    chosen = at_company or reachable
    return chosen[0] if chosen else None
