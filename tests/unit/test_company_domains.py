"""The company's mail domains: from the people's addresses, never the user's own, freemail or scheduling services."""

from __future__ import annotations

import pytest

from followupd.domain.company import company_domains, from_company, main_contact, registrable
from followupd.domain.models import Person

OWN = ("maya@example.org",)


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("acme.example", "acme.example"),
        ("mail.acme.example", "acme.example"),
        ("eu.mail.acme.example", "acme.example"),
        ("hr.acme.co.uk", "acme.co.uk"),
        ("acme.co.uk", "acme.co.uk"),
        ("acme.com.au", "acme.com.au"),
        ("jobs.acme.de", "acme.de"),
        ("ACME.Example.", "acme.example"),
        ("localhost", "localhost"),
    ],
)
def test_the_registrable_part_is_kept(domain: str, expected: str) -> None:
    assert expected == registrable(domain)


@pytest.mark.parametrize(
    ("addresses", "expected"),
    [
        (["jane@acme.example", "raj@mail.acme.example"], ("acme.example",)),
        (["jane@acme.example", "li@globex.example"], ("acme.example", "globex.example")),
        (["jane.doe@gmail.com", "raj@outlook.com", "x@yahoo.co.uk"], ()),  # freemail
        (["someone@googlemail.com"], ()),
        (["bot@calendly.com", "no-reply@greenhouse.io", "x@us.greenhouse.io"], ()),  # scheduling services
        (["colleague@example.org", "other@mail.example.org"], ()),  # the user's own domain
        (["guest", "", "raj@acme.example"], ("acme.example",)),  # no address at all
        (["Jane@ACME.example"], ("acme.example",)),
    ],
)
def test_company_domains(addresses: list[str], expected: tuple[str, ...]) -> None:
    assert expected == company_domains(addresses, own_addresses=OWN)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("jane@acme.example", True),
        ("talent@jobs.acme.example", True),
        ("eve@notacme.example", False),
        ("eve@acme.example.evil.test", False),
        ("acme.example@gmail.com", False),  # the company's name in a freemail address
        ("jane@gmail.com", False),
        ("", False),
        ("acme.example", False),
    ],
)
def test_a_sender_is_the_companys_only_by_its_address_domain(address: str, expected: bool) -> None:
    assert expected == from_company(address, ("acme.example",))


def test_freemail_never_counts_even_when_listed() -> None:
    assert False is from_company("jane@gmail.com", ("gmail.com",))


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        ((Person("Jane Doe", "jane@acme.example"), Person("Raj Patel", "raj@acme.example")), "Jane Doe"),
        ((Person("Pat Agency", "pat@gmail.com"), Person("Raj Patel", "raj@acme.example")), "Raj Patel"),
        ((Person("Raj Patel", ""), Person("Pat Agency", "pat@gmail.com")), "Pat Agency"),
        ((Person("Raj Patel", ""),), None),
        ((), None),
    ],
)
def test_the_check_in_goes_to_the_first_person_at_the_company(
    people: tuple[Person, ...], expected: str | None
) -> None:
    contact = main_contact(people, ("acme.example",))
    assert expected == (contact.name if contact else None)
