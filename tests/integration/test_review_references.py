"""The review page's "Tell my references" form: heads-ups drafted as `references notify` does, same POST checks."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from followupd.domain.delivery import NotePurpose
from followupd.domain.signing import Purpose
from followupd.web.app import make_app
from followupd.web.forms import csrf_value
from tests.integration.test_review import token
from tests.support import KEY, NOW, build_app
from tests.unit.test_references_service import REFERENCES

pytestmark = pytest.mark.integration


async def test_tell_my_references_drafts_heads_ups_for_the_references_ticked(tmp_path: Path) -> None:
    app, interview_id = build_app(tmp_path, extra=REFERENCES)
    client = TestClient(TestServer(make_app(app, on_change=lambda: None, clock=lambda: NOW)))
    await client.start_server()
    try:
        good = token(Purpose.review, interview_id)
        page = await (await client.get(f"/review/{good}")).text()
        assert "Tell my references" in page and "R2 Ana Lee" in page
        assert "<title>Thank-you notes: Acme" in page  # a page of thank-you notes only keeps that name
        form = {"csrf": csrf_value(KEY, good), "action": "references", "ref-2": "2"}
        response = await client.post(f"/review/{good}", data=form, allow_redirects=False)
        assert 303 == response.status
        assert ["ana@example.net"] == [
            n.email for n in app.store.notes(interview_id, purpose=NotePurpose.heads_up)
        ]
        shown = html.unescape(await (await client.get(response.headers["Location"])).text())
        assert "heads-ups to your references are drafted" in shown and "Dear Ana," in shown
        assert "<title>Notes to approve: Acme" in shown and "Heads-up to Ana Lee" in shown
        again = await client.post(f"/review/{good}", data=form, allow_redirects=False)
        assert 409 == again.status
        assert "Ana Lee: already told about Acme, or a heads-up waits" in html.unescape(await again.text())
        no_check = await client.post(
            f"/review/{good}", data={"action": "references", "ref-1": "1"}, allow_redirects=False
        )
        assert 403 == no_check.status
        assert 1 == len(app.store.notes(interview_id, purpose=NotePurpose.heads_up))
    finally:
        await client.close()
        app.store.close()
