"""Pytest fixtures for CalDAV: one Radicale and one Xandikos per session, a fresh calendar per test."""

from __future__ import annotations

import importlib.util
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from tests.stack.caldav import RadicaleServer, XandikosServer, make_calendar, start_radicale, start_xandikos

__all__ = ["CalDavCalendar", "caldav_calendar", "radicale", "xandikos", "xandikos_calendar"]


@dataclass(frozen=True)
class CalDavCalendar:
    """A calendar made for one test: its URL, the server's base URL and the login (empty for Xandikos)."""

    url: str
    server_url: str
    username: str = ""
    password: str = field(default="", repr=False)

    @property
    def auth(self) -> tuple[str, str] | None:
        return (self.username, self.password) if self.username else None


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    if importlib.util.find_spec("radicale") is None:
        pytest.skip("radicale is not installed")
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XandikosServer]:
    if importlib.util.find_spec("xandikos") is None:
        pytest.skip("xandikos is not installed")
    server = start_xandikos(tmp_path_factory.mktemp("xandikos"))
    yield server
    server.stop()


@pytest.fixture
def caldav_calendar(radicale: RadicaleServer) -> CalDavCalendar:
    """A new Radicale user with one new calendar called "work"."""
    username, password = radicale.add_user()
    url = make_calendar(radicale, (username, password), "work")
    return CalDavCalendar(url=url, server_url=radicale.url, username=username, password=password)


@pytest.fixture
def xandikos_calendar(xandikos: XandikosServer) -> CalDavCalendar:
    """A new calendar on the shared Xandikos (no auth), with a unique name."""
    url = make_calendar(xandikos, None, f"cal-{secrets.token_hex(4)}")
    return CalDavCalendar(url=url, server_url=xandikos.url)
