"""The review page in Debian's chromium: from the approval email's link, edit and approve a note that then leaves."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from followupd.services.app import load_app
from followupd.web.app import start
from tests.e2e.test_thanks_flow import ALWAYS_OPEN, NO_UNDO, drafted, thanks_in
from tests.e2e.test_web_browser import ARGS, REPO, chromium  # noqa: F401  (the fixture)
from tests.stack.mail import MailStack

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

NEW_TEXT = "Dear Jane,\n\nThank you for your time on Thursday, and for the tour of the payments team.\n\nMaya"


def review_link(mail_stack: MailStack, instance: object) -> str:
    """The signed review link, read from the approval email as it arrived in her inbox."""
    user = instance.user  # type: ignore[attr-defined]
    [approval] = [m for m in mail_stack.fetch_all(user) if "to approve" in str(m["Subject"])]
    text = approval.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    found = re.search(r"https?://\S+/review/\S+", text)
    assert found is not None, text
    return found.group(0)


async def test_edit_and_approve_on_the_review_page_then_the_note_leaves_once(
    mail_stack: MailStack,
    mail_user_factory: object,
    tmp_path: Path,
    chromium: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a phone-sized page without JavaScript: edit Jane's note, approve it; `run --once` sends it, and Jane's
    mailbox holds it exactly once with the new text; Li's note, not approved, stays a draft and stays home."""
    from playwright.async_api import async_playwright

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    instance, jane, li = drafted(mail_stack, tmp_path, mail_user_factory, extra=ALWAYS_OPEN + NO_UNDO)
    url = review_link(mail_stack, instance)
    assert url.startswith(instance.web_url + "/review/")
    listed = re.findall(
        r"^Review interview \d+ on the web: (\S+)$", instance.cli("drafts", "list").stdout, re.M
    )
    assert 1 == len(listed) and listed[0].startswith(instance.web_url + "/review/")
    app = load_app(instance.config, instance.state)
    woken = asyncio.Event()
    runner = await start(app, on_change=woken.set)
    artifacts = REPO / "tests" / "artifacts"
    artifacts.mkdir(parents=True, exist_ok=True)
    notes = {n.email: n for n in app.store.notes()}
    jane_id, li_id = notes[jane.address].outbox_id, notes[li.address].outbox_id
    try:
        async with async_playwright() as playwright:
            context = await playwright.chromium.launch_persistent_context(
                str(tmp_path / "chromium-profile"),
                executable_path=str(chromium),
                args=ARGS,
                headless=True,
                viewport={"width": 390, "height": 844},
                device_scale_factor=1,
                java_script_enabled=False,
            )
            try:
                page = context.pages[0] if context.pages else await context.new_page()
                response = await page.goto(url)
                assert response is not None and 200 == response.status
                assert "Thank-you notes: Acme" == await page.title()
                assert "No address yet" in await page.locator("main").inner_text()
                scroll_width = await page.evaluate("document.documentElement.scrollWidth")
                assert 390 >= scroll_width  # readable without sideways scrolling
                card = page.locator(f"#note-{jane_id}")
                await card.get_by_label("Text").fill(NEW_TEXT)
                await card.get_by_role("button", name="Save edit").click()
                await page.wait_for_url("**done=saved*")
                assert (
                    "Saved: your changes to the note to Jane Doe." in await page.locator("main").inner_text()
                )
                await page.locator(f"#note-{jane_id}").get_by_role("button", name="Approve").click()
                await page.wait_for_url("**done=approved*")
                main = await page.locator("main").inner_text()
                assert "Saved: the note to Jane Doe is approved." in main
                await page.screenshot(path=str(artifacts / "review.png"), full_page=True)
                assert woken.is_set()
                from_cli = await page.goto(listed[0])  # the link `drafts list` prints opens the same page
                assert from_cli is not None and 200 == from_cli.status
                assert "Thank-you notes: Acme" == await page.title()
            finally:
                await context.close()
    finally:
        await runner.cleanup()
        app.store.close()

    for _ in range(2):
        result = instance.cli("run", "--once")
        assert 0 == result.returncode, result.stderr
    [received] = thanks_in(mail_stack, jane)
    assert NEW_TEXT in received.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    assert [] == thanks_in(mail_stack, li)
    shown = {n["id"]: n["status"] for n in instance.json("drafts", "list")}
    assert ("sent", "drafted") == (shown[jane_id], shown[li_id])
