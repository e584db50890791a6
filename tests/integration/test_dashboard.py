"""The dashboard over aiohttp with a real store: the signed link, sorting by query, the chart, escaping, headers."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
import structlog.testing
from aiohttp.test_utils import TestClient, TestServer

from followupd.domain import signing
from followupd.domain.signing import Purpose
from followupd.services.app import App
from followupd.services.overview import dashboard_link
from followupd.web.app import AccessLog, make_app
from tests.overview_support import add_opportunities
from tests.support import NOW, build_app

pytestmark = pytest.mark.integration

CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[tuple[App, TestClient, str]]:
    app, _ = build_app(tmp_path)
    add_opportunities(app.store, now=NOW)
    server = TestServer(make_app(app, clock=lambda: NOW))
    await server.start_server(access_log_class=AccessLog)
    client = TestClient(server)
    await client.start_server()
    path = "/dashboard/" + dashboard_link(app.settings, app.link_key, now=NOW).rsplit("/", 1)[1]
    try:
        yield app, client, path
    finally:
        await client.close()
        app.store.close()


def companies(page: str) -> list[str]:
    return re.findall(
        r'<th scope="row" class="company" data-label="Company"><span class="name">([^<]*)<', page
    )


async def test_the_table_in_date_order_with_the_security_headers(site: tuple[App, TestClient, str]) -> None:
    """A good link shows every interview but ignored ones, oldest first, with the form's headers, no-store."""
    _app, client, path = site
    response = await client.get(path)
    page = await response.text()
    assert 200 == response.status
    assert ["Initech", "Globex", "Hooli", "Vandelay Industries", "Acme", "Umbrella Labs"] == companies(page)
    assert (CSP, "nosniff", "same-origin", "no-store", "DENY") == (
        response.headers["Content-Security-Policy"],
        response.headers["X-Content-Type-Options"],
        response.headers["Referrer-Policy"],
        response.headers["Cache-Control"],
        response.headers["X-Frame-Options"],
    )
    assert "<script" not in page
    assert "€85k base + 10% bonus" in page and "On call every third week" in page
    assert '<span class="tag">cancelled</span>' in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?sort=rating&order=desc", ["Hooli", "Acme", "Globex", "Initech"]),
        ("?sort=company", ["Acme", "Globex", "Hooli", "Initech", "Umbrella Labs", "Vandelay Industries"]),
        ("?sort=want_job", ["Hooli", "Acme", "Globex", "Initech"]),
        ("?sort=hear_back&order=desc", ["Acme", "Hooli", "Globex"]),
        ("?sort=nonsense", ["Initech", "Globex", "Hooli"]),  # unknown: date order
    ],
)
async def test_sorting_by_links(site: tuple[App, TestClient, str], query: str, expected: list[str]) -> None:
    """?sort= and ?order= reorder the rows; the active column's link offers the other direction."""
    _app, client, path = site
    page = await (await client.get(path + query)).text()
    assert expected == companies(page)[: len(expected)]


async def test_active_column_link_flips_the_order(site: tuple[App, TestClient, str]) -> None:
    """Sorted by rating ascending, the Rating link asks for descending; the others start ascending."""
    _app, client, path = site
    page = html.unescape(await (await client.get(path + "?sort=rating")).text())
    assert '<a href="?sort=rating&order=desc" class="active" aria-current="true">Rating ↑</a>' in page
    assert '<a href="?sort=company&order=asc">Company</a>' in page
    assert 'aria-sort="ascending"><a href="?sort=rating&order=desc">Rating ↑</a></th>' in page


async def test_the_chart_has_one_point_per_rating_and_a_text_alternative(
    site: tuple[App, TestClient, str],
) -> None:
    """An inline SVG: a line through four points, each with its label; the title reads them all."""
    _app, client, path = site
    page = await (await client.get(path)).text()
    assert 4 == page.count('<circle class="dot"')
    assert '<polyline class="line" points="42.0,91.2 ' in page
    assert "Initech, 3 Nov: 4/10; Globex, 12 Nov: 6/10; Hooli, 18 Nov: 8.5/10; Acme, 26 Nov: 7.5/10" in page


async def test_her_words_are_escaped(site: tuple[App, TestClient, str]) -> None:
    """Text from her answers is shown as text, never as markup."""
    app, client, path = site
    with app.store.transaction():
        app.store.save_answer(
            1, "reservations", "<b>bold</b> & <script>x</script>", None, via="web", reply_id=None, now=NOW
        )
    page = await (await client.get(path)).text()
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;" in page
    assert "<script>" not in page


@pytest.mark.parametrize("why", ["expired", "wrong purpose", "altered"])
async def test_bad_links_are_refused(site: tuple[App, TestClient, str], why: str) -> None:
    """An expired link, a debrief link and an altered one get the 403 page that says how to get a new one."""
    app, client, path = site
    token = path.rsplit("/", 1)[1]
    if why == "expired":
        token = signing.sign(
            app.link_key, purpose=Purpose.dashboard, subject="all", expires=NOW - timedelta(seconds=1)
        )
    elif why == "wrong purpose":
        token = signing.sign(app.link_key, purpose=Purpose.form, subject="1", expires=NOW + timedelta(days=1))
    else:
        token = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = await client.get(f"/dashboard/{token}")
    assert 403 == response.status
    assert "Run `followupd report --link` for a new one" in html.unescape(await response.text())
    assert "no-store" == response.headers["Cache-Control"]


async def test_post_is_not_allowed_and_the_access_log_hides_the_token(
    site: tuple[App, TestClient, str], caplog: pytest.LogCaptureFixture
) -> None:
    """The dashboard only reads: POST is 405; the access log shows /dashboard/… without the token."""
    _app, client, path = site
    caplog.set_level(logging.DEBUG)
    with structlog.testing.capture_logs() as events:
        assert 405 == (await client.post(path)).status
        await client.get(path)
    assert "/dashboard/…" in [e.get("path") for e in events if e["event"] == "web_request"]
    assert path.rsplit("/", 1)[1].split(".")[0] not in caplog.text + repr(events)
