"""The dashboard in Debian's chromium, without JavaScript: the table as cards on a phone, sorting, the SVG chart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.domain import signing
from followupd.domain.signing import Purpose
from followupd.services.overview import dashboard_link
from followupd.web.app import start
from tests.e2e.test_web_browser import ARGS, REPO, chromium, free_port  # noqa: F401 (chromium is a fixture)
from tests.overview_support import add_opportunities
from tests.support import NOW, build_app

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


async def test_dashboard_on_a_phone_in_chromium(tmp_path: Path, chromium: Path) -> None:  # noqa: F811
    """On a 390 px wide screen with JavaScript off: one card per interview, a sort link reorders them, the
    ratings chart draws one point per rated interview, nothing scrolls sideways, and an altered link is refused.
    """
    from playwright.async_api import async_playwright

    port = free_port()
    app, _ = build_app(tmp_path, port=port)
    now = datetime.now(UTC)  # the link is checked against the real clock here
    add_opportunities(app.store, now=NOW)  # fixed dates, so the screenshot in the docs is the same each run
    url = dashboard_link(app.settings, app.link_key, now=now)
    runner = await start(app, on_change=lambda: None)
    try:
        async with async_playwright() as playwright:
            context = await playwright.chromium.launch_persistent_context(
                str(tmp_path / "chromium-profile"),
                executable_path=str(chromium),
                args=ARGS,
                headless=True,
                viewport={"width": 390, "height": 844},
                device_scale_factor=2,
                java_script_enabled=False,
            )
            try:
                page = context.pages[0] if context.pages else await context.new_page()
                response = await page.goto(url)
                assert response is not None and response.status == 200
                assert "no-store" == response.headers["cache-control"]
                assert await page.title() == "Your interviews"
                companies = page.locator("table.opps tbody th.company .name")
                assert 6 == await companies.count()
                assert "Initech" == await companies.first.inner_text()  # date order, oldest first
                assert 4 == await page.locator("svg.chart circle.dot").count()
                scroll_width = await page.evaluate("document.documentElement.scrollWidth")
                assert 390 >= scroll_width  # readable without sideways scrolling
                card = await page.locator("table.opps tbody tr").first.bounding_box()
                assert card is not None and card["width"] <= 390
                artifacts = REPO / "tests" / "artifacts"  # docs/images/dashboard.png is a copy of this one
                artifacts.mkdir(parents=True, exist_ok=True)
                await page.screenshot(
                    path=str(artifacts / "dashboard.png"),
                    full_page=True,
                    clip={"x": 0, "y": 0, "width": 390, "height": 1100},
                )

                await page.get_by_role("link", name="Rating").first.click()
                await page.wait_for_url("**sort=rating**")
                await page.get_by_role("link", name="Rating ↑").first.click()  # again: highest first
                await page.wait_for_url("**order=desc**")
                ranked = await companies.all_inner_texts()
                assert ["Hooli", "Acme", "Globex", "Initech"] == ranked[:4]

                other = signing.sign(
                    app.link_key, purpose=Purpose.form, subject="all", expires=now + timedelta(days=1)
                )
                refused = await page.goto(url.rsplit("/", 1)[0] + "/" + other)
                assert refused is not None and 403 == refused.status
                assert "followupd report --link" in await page.locator("main").inner_text()
            finally:
                await context.close()
    finally:
        await runner.cleanup()
        app.store.close()
