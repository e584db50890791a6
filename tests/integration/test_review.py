"""The review page over aiohttp with a real store: its signed link, the POST checks, each action as the CLI does it."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from followupd.adapters.store.db import NoteRow
from followupd.domain import signing
from followupd.domain.delivery import OutboxStatus
from followupd.domain.models import Person
from followupd.domain.signing import Purpose
from followupd.services.app import App
from followupd.web.app import make_app
from followupd.web.forms import csrf_value
from tests.support import KEY, NOW, build_app

pytestmark = pytest.mark.integration

THREE = (
    Person("Jane Doe", "jane@acme.example"),
    Person("Raj Patel", ""),
    Person("Li Wei", "li.wei@acme.example"),
)


def debriefed(tmp_path: Path) -> tuple[App, int]:
    """An interview with three interviewers (Raj without an address) whose debrief drafted three notes."""
    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    with app.store.transaction():
        app.store.save_interview(replace(interview, interviewers=THREE), now=NOW)
    app.service.answers.record(
        interview_id,
        [("role", "The team owns the payments platform", None), ("want_job", "yes", "yes")],
        via="reply",
        now=NOW,
    )
    return app, interview_id


def token(purpose: Purpose, interview_id: int, *, expires_in: timedelta = timedelta(days=30)) -> str:
    return signing.sign(KEY, purpose=purpose, subject=str(interview_id), expires=NOW + expires_in)


class Site:
    """The app under test with its client and a good review link; `twin` is a second app the CLI's calls act on."""

    def __init__(self, app: App, twin: App, interview_id: int, client: TestClient) -> None:
        self.app, self.twin, self.interview_id, self.client = app, twin, interview_id, client
        self.token = token(Purpose.review, interview_id)
        self.path = f"/review/{self.token}"
        self.changes = 0

    def notes(self) -> list[NoteRow]:
        return self.app.store.notes(self.interview_id)

    async def post(self, note: int, action: str, **fields: str) -> int:
        form = {"csrf": csrf_value(KEY, self.token), "note": str(note), "action": action, **fields}
        response = await self.client.post(self.path, data=form, allow_redirects=False)
        return response.status


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    app, interview_id = debriefed(tmp_path / "web")
    twin, _ = debriefed(tmp_path / "cli")
    holder: list[Site] = []

    def changed() -> None:
        holder[0].changes += 1

    client = TestClient(TestServer(make_app(app, on_change=changed, clock=lambda: NOW)))
    await client.start_server()
    holder.append(Site(app, twin, interview_id, client))
    try:
        yield holder[0]
    finally:
        await client.close()
        app.store.close()
        twin.store.close()


def same_as(site: Site, note_id: int) -> tuple[NoteRow, NoteRow, list[object], list[object]]:
    """The note in the web's store and in the CLI twin's, Message-IDs (random) left out, with their timers."""
    web_note, cli_note = site.app.store.note(note_id), site.twin.store.note(note_id)
    assert web_note is not None and cli_note is not None
    subject = f"draft:{note_id}"
    return (
        replace(web_note, message_id=""),
        replace(cli_note, message_id=""),
        list(site.app.store.timers(subject)),
        list(site.twin.store.timers(subject)),
    )


def assert_as_cli(site: Site, note_id: int) -> None:
    web_note, cli_note, web_timers, cli_timers = same_as(site, note_id)
    assert cli_note == web_note
    assert cli_timers == web_timers
    web_row, cli_row = site.app.store.outbox_row(note_id), site.twin.store.outbox_row(note_id)
    assert web_row is not None and cli_row is not None
    assert (cli_row.recipients, cli_row.subject) == (web_row.recipients, web_row.subject)


async def test_the_page_lists_each_note_with_its_fields_and_buttons(site: Site) -> None:
    """Each drafted note: recipient or an address field, subject and text editable, approve / save / discard."""
    response = await site.client.get(site.path)
    page = await response.text()
    assert 200 == response.status
    assert "no-store" == response.headers["Cache-Control"]
    assert "<script" not in page
    jane, raj, li = site.notes()
    assert f'id="note-{jane.outbox_id}"' in page and "jane@acme.example" in page
    assert 'name="address"' in page and f'id="address-{raj.outbox_id}"' in page
    assert "No address yet" in page
    assert 3 == page.count('name="subject"') == page.count('name="body"')
    assert html.escape(jane.body.rstrip(), quote=False) in page
    assert 3 == page.count('value="approve"') == page.count('value="discard"')
    assert 0 == page.count('value="hold"')
    assert li.outbox_id > raj.outbox_id > jane.outbox_id


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda i: token(Purpose.review, i) + "x", "altered"),
        (lambda i: token(Purpose.review, i, expires_in=timedelta(seconds=-1)), "expired"),
        (lambda i: token(Purpose.form, i), "a debrief form link"),
        (lambda i: token(Purpose.dashboard, i), "a dashboard link"),
        (lambda i: "not-a-token", "forged"),
        (
            lambda i: signing.sign(
                b"another key" * 3, purpose=Purpose.review, subject=str(i), expires=NOW + timedelta(1)
            ),
            "other key",
        ),
    ],
)
async def test_bad_links_are_refused_on_get_and_post(site: Site, make: object, why: str) -> None:
    """Forged, expired and other-purpose tokens get 403 on the page and on its POST, which changes nothing."""
    bad = make(site.interview_id)  # type: ignore[operator]
    before = site.notes()
    page = await site.client.get(f"/review/{bad}")
    form = {"csrf": csrf_value(KEY, bad), "note": str(before[0].outbox_id), "action": "approve"}
    posted = await site.client.post(f"/review/{bad}", data=form, allow_redirects=False)
    assert (403, 403) == (page.status, posted.status), why
    assert before == site.notes()


async def test_a_review_link_does_not_open_the_debrief_form(site: Site) -> None:
    """The review token is refused on the form (GET and POST) and the form token here: each opens its own page."""
    before = site.app.store.answers(site.interview_id)
    form_page = await site.client.get(f"/debrief/{site.token}")
    form_post = await site.client.post(
        f"/debrief/{site.token}", data={"csrf": csrf_value(KEY, site.token), "rating": "4"}
    )
    assert (403, 403) == (form_page.status, form_post.status)
    assert before == site.app.store.answers(site.interview_id)
    here = await site.client.get(f"/review/{token(Purpose.form, site.interview_id)}")
    assert 403 == here.status


async def test_post_without_or_with_a_wrong_csrf_value_or_foreign_origin_is_refused(site: Site) -> None:
    """No hidden value, another link's value, or another site's Origin: 403, and the note stays a draft."""
    jane = site.notes()[0]
    fields = {"note": str(jane.outbox_id), "action": "approve"}
    missing = await site.client.post(site.path, data=fields)
    other = csrf_value(KEY, token(Purpose.review, site.interview_id, expires_in=timedelta(days=2)))
    wrong = await site.client.post(site.path, data={"csrf": other, **fields})
    foreign = await site.client.post(
        site.path,
        data={"csrf": csrf_value(KEY, site.token), **fields},
        headers={"Origin": "https://evil.example"},
    )
    assert (403, 403, 403) == (missing.status, wrong.status, foreign.status)
    assert OutboxStatus.drafted == site.notes()[0].status
    assert 0 == site.changes


async def test_approve_changes_the_note_as_the_cli_does_and_redirects_with_saved(site: Site) -> None:
    """Approve: 303 back to the page, which says so; the note and its undo timer match `drafts approve`."""
    jane = site.notes()[0]
    form = {"csrf": csrf_value(KEY, site.token), "note": str(jane.outbox_id), "action": "approve"}
    response = await site.client.post(site.path, data=form, allow_redirects=False)
    assert 303 == response.status
    location = response.headers["Location"]
    assert location.startswith(f"/review/{site.token}?done=approved&note={jane.outbox_id}")
    site.twin.service.drafts.approve(jane.outbox_id, now=NOW)
    assert_as_cli(site, jane.outbox_id)
    assert OutboxStatus.approved == site.app.store.note(jane.outbox_id).status  # type: ignore[union-attr]
    page = await (await site.client.get(location)).text()
    assert "Saved: the note to Jane Doe is approved." in page
    assert 1 == page.count('value="hold"')
    assert 1 == site.changes


async def test_edit_changes_text_and_subject_as_the_cli_does(site: Site) -> None:
    """Save edit with new text (posted with CRLF line breaks) and subject: the same note `drafts edit` makes."""
    jane = site.notes()[0]
    body = "Dear Jane,\r\n\r\nThank you for Thursday.\r\n\r\nMaya\r\n"
    assert 303 == await site.post(jane.outbox_id, "save", body=body, subject="Thanks for  Thursday")
    site.twin.service.drafts.edit(
        jane.outbox_id, body.replace("\r\n", "\n"), subject="Thanks for Thursday", now=NOW
    )
    assert_as_cli(site, jane.outbox_id)
    edited = site.app.store.note(jane.outbox_id)
    assert edited is not None
    assert ("Dear Jane,\n\nThank you for Thursday.\n\nMaya\n", "Thanks for Thursday") == (
        edited.body,
        edited.subject,
    )
    assert edited.drafts_dirty


async def test_edit_then_approve_in_one_post(site: Site) -> None:
    """Approve with changed text saves the text first, then approves: as `drafts edit` then `drafts approve`."""
    li = site.notes()[2]
    assert 303 == await site.post(
        li.outbox_id, "approve", body="Dear Li,\nThank you.\nMaya", subject=li.subject
    )
    site.twin.service.drafts.edit(li.outbox_id, "Dear Li,\nThank you.\nMaya", now=NOW)
    site.twin.service.drafts.approve(li.outbox_id, now=NOW)
    assert_as_cli(site, li.outbox_id)


async def test_discard_and_hold_change_the_note_as_the_cli_does(site: Site) -> None:
    jane, _raj, li = site.notes()
    assert 303 == await site.post(jane.outbox_id, "discard")
    site.twin.service.drafts.discard(jane.outbox_id, now=NOW)
    assert_as_cli(site, jane.outbox_id)
    assert 303 == await site.post(li.outbox_id, "approve")
    assert 303 == await site.post(li.outbox_id, "hold")
    site.twin.service.drafts.approve(li.outbox_id, now=NOW)
    site.twin.service.drafts.hold(li.outbox_id, now=NOW)
    assert_as_cli(site, li.outbox_id)
    assert OutboxStatus.drafted == site.app.store.note(li.outbox_id).status  # type: ignore[union-attr]


async def test_adding_an_address_changes_the_note_as_the_cli_does(site: Site) -> None:
    """An address typed into Raj's field is set as `drafts address` sets it; the note then can be approved."""
    raj = site.notes()[1]
    assert 303 == await site.post(raj.outbox_id, "save", address=" Raj.Patel@Acme.example ")
    site.twin.service.drafts.set_address(raj.outbox_id, "Raj.Patel@Acme.example", now=NOW)
    assert_as_cli(site, raj.outbox_id)
    assert "raj.patel@acme.example" == site.app.store.note(raj.outbox_id).email  # type: ignore[union-attr]


async def test_a_refused_action_changes_nothing_and_says_why(site: Site) -> None:
    """Approving Raj's note without an address is a 409 page naming the problem; nothing at all is saved."""
    raj = site.notes()[1]
    status = await site.post(raj.outbox_id, "approve", body="Dear Raj,\nNew text.\nMaya", subject=raj.subject)
    assert 409 == status
    assert raj == site.app.store.note(raj.outbox_id)  # the edit in the same POST was rolled back too
    assert 0 == site.changes


async def test_a_note_of_another_interview_or_an_unknown_action_is_refused(site: Site) -> None:
    jane = site.notes()[0]
    assert 404 == await site.post(9999, "approve")
    assert 400 == await site.post(jane.outbox_id, "send")
    assert OutboxStatus.drafted == site.app.store.note(jane.outbox_id).status  # type: ignore[union-attr]


async def test_a_body_holding_html_is_shown_as_text(site: Site) -> None:
    jane = site.notes()[0]
    evil = 'Dear Jane,\n<script>alert(1)</script><b onclick="x">bold</b>\nMaya'
    assert 303 == await site.post(jane.outbox_id, "save", body=evil, subject="<i>Thanks</i>")
    page = await (await site.client.get(site.path)).text()
    assert "<script>alert(1)" not in page and "<b onclick" not in page and "<i>Thanks" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;i&gt;Thanks&lt;/i&gt;" in page


async def test_an_odd_done_query_shows_no_message(site: Site) -> None:
    """`?done=` and `?note=` are read as one known word and a short number; anything else shows no message."""
    for query in (
        {"done": "<b>x</b>", "note": "1"},
        {"done": "approved", "note": "9" * 5000},
        {"done": "saved"},
    ):
        response = await site.client.get(site.path, params=query)
        page = await response.text()
        assert 200 == response.status
        assert 'role="status"' not in page
        assert not re.search(r"<b>x", page)
