"""The debrief form in Debian's chromium: fill, submit, see the confirmation and the answers in the store."""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.domain import signing
from followupd.domain.models import Stage
from followupd.web.app import start
from tests.support import build_app

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def chromium() -> Path:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    pytest.importorskip("playwright.async_api")
    return CHROMIUM


async def test_fill_and_submit_the_form_in_chromium(tmp_path: Path, chromium: Path) -> None:
    """A person fills the form on a phone-sized page and submits; the confirmation and database agree; an
    altered link shows the 403 text."""
    from playwright.async_api import async_playwright

    port = free_port()
    app, interview_id = build_app(tmp_path, port=port)
    # The signature is checked against the real clock here, so the link is signed from now.
    token = signing.sign(
        app.link_key,
        purpose=signing.Purpose.form,
        subject=str(interview_id),
        expires=datetime.now(UTC) + timedelta(days=30),
    )
    url = f"{app.settings.web.public_url}/debrief/{token}"
    woken = asyncio.Event()
    runner = await start(app, on_change=woken.set)
    artifacts = REPO / "tests" / "artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    try:
        async with async_playwright() as playwright:
            context = await playwright.chromium.launch_persistent_context(
                str(tmp_path / "chromium-profile"),
                executable_path=str(chromium),
                args=ARGS,
                headless=True,
                viewport={"width": 420, "height": 860},
                device_scale_factor=1,
                java_script_enabled=False,
            )
            try:
                page = context.pages[0] if context.pages else await context.new_page()
                await page.goto(url)
                assert await page.title() == "Debrief: Acme"
                await page.get_by_label("How did it go?").fill("7.5")
                await page.get_by_label("What went well?").fill("Walked them through the billing migration.")
                await page.get_by_label("What do you like about the company?").fill(
                    "Calm on-call, <b>real</b> code review."
                )
                await page.get_by_label("Not sure").check()
                await page.get_by_label("When did they say you would hear back?").fill("by next Friday")
                # The top of the page (heading and the first answers), wherever filling scrolled to.
                await page.screenshot(
                    path=str(artifacts / "debrief-form.png"),
                    full_page=True,
                    clip={"x": 0, "y": 0, "width": 420, "height": 860},
                )
                await page.get_by_role("button", name="Save answers").click()
                await page.wait_for_url("**/done?saved=*")
                text = await page.locator("main").inner_text()
                assert "Saved 5 answers (1, 2, 6, 11, 12)." in text
                assert "5 of 12 questions answered; you rated it 7.5/10." in text
                assert "Still open: 3, 4, 5, 7, 8, 9, 10." in text
                assert "Calm on-call, <b>real</b> code review." in text
                await page.screenshot(path=str(artifacts / "debrief-done.png"))

                answers = app.store.answers(interview_id)
                assert answers["rating"] == ("7.5", 7.5, "web")
                assert answers["want_job"] == ("not sure", "unsure", "web")
                assert answers["hear_back"] == ("by next Friday", "2026-12-04", "web")
                interview = app.store.interview(interview_id)
                assert interview is not None and interview.stage is Stage.debriefed
                assert woken.is_set()

                altered = url[:-3] + ("xyz" if not url.endswith("xyz") else "abc")
                response = await page.goto(altered)
                assert response is not None and response.status == 403
                assert "This link is not valid or has expired." in await page.locator("main").inner_text()
            finally:
                await context.close()
    finally:
        await runner.cleanup()
        app.store.close()
