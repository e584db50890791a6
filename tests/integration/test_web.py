"""The debrief web form against a real app and SQLite store: signed links, CSRF, saving, escaping, headers."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import structlog
import structlog.testing
from aiohttp.test_utils import TestClient, TestServer

from followupd.domain import signing
from followupd.domain.models import Stage
from followupd.services.app import App
from followupd.web.app import MAX_BODY, TOKEN_ROUTES, AccessLog, make_app
from followupd.web.forms import csrf_value
from tests.support import KEY, NOW, build_app

pytestmark = pytest.mark.integration


def token_for(app: App, interview_id: int, *, expires: datetime | None = None) -> str:
    return signing.sign(
        app.link_key,
        purpose=signing.Purpose.form,
        subject=str(interview_id),
        expires=expires or NOW + timedelta(days=30),
    )


class Site:
    """The app under test, its HTTP client, a valid link and the on_change calls seen."""

    def __init__(self, app: App, interview_id: int, client: TestClient) -> None:
        self.app, self.interview_id, self.client = app, interview_id, client
        self.token = token_for(app, interview_id)
        self.changes = 0

    def form(self, **answers: str) -> dict[str, str]:
        return {"csrf": csrf_value(self.app.link_key, self.token), **answers}

    def answers(self) -> dict[str, tuple[str, object, str]]:
        return self.app.store.answers(self.interview_id)

    def stage(self) -> Stage:
        interview = self.app.store.interview(self.interview_id)
        assert interview is not None
        return interview.stage


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    app, interview_id = build_app(tmp_path)
    holder: list[Site] = []

    def changed() -> None:
        holder[0].changes += 1

    server = TestServer(make_app(app, on_change=changed, clock=lambda: NOW))
    await server.start_server(access_log_class=AccessLog)  # the access logger the daemon's runner uses
    client = TestClient(server)
    await client.start_server()
    holder.append(Site(app, interview_id, client))
    try:
        yield holder[0]
    finally:
        await client.close()
        app.store.close()


def field_value(html: str, name: str) -> str:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', html)
    return match.group(1) if match else ""


async def test_form_shows_interview_and_every_question_labelled(site: Site) -> None:
    """GET shows company, role, Berlin time, interviewers and a <label for> for each of the 12 questions."""
    response = await site.client.get(f"/debrief/{site.token}")
    html = await response.text()
    assert response.status == 200
    assert "Acme" in html and "Senior Backend Engineer" in html
    assert "Thu 26 Nov 2026, 15:00–16:00 (Europe/Berlin)" in html
    assert "Jane Doe, Raj Patel" in html
    for question in site.app.settings.questionnaire.questions:
        target = f"q-{question.id}-yes" if question.kind.value == "choice" else f"q-{question.id}"
        assert f'<label for="{target}"' in html and f'id="{target}"' in html, question.id
    assert "leave a field empty to keep what you answered before" in html
    assert csrf_value(site.app.link_key, site.token) == field_value(html, "csrf")


async def test_form_prefills_answers_recorded_by_email(site: Site) -> None:
    """Answers recorded earlier by email show in the form: the rating as its number, the text in full."""
    site.app.service.answers.record(
        site.interview_id,
        [
            ("rating", "7/10, not bad", 7),
            ("went_well", "System design", None),
            ("want_job", "yes, very much", "yes"),
        ],
        via="email",
        now=NOW,
    )
    html = await (await site.client.get(f"/debrief/{site.token}")).text()
    assert field_value(html, "rating") == "7"
    assert "“7/10, not bad”" in html
    assert re.search(r'<textarea id="q-went_well"[^>]*>System design</textarea>', html)
    assert re.search(r'id="q-want_job-yes"[^>]*checked', html)


async def test_post_saves_answers_via_web_and_marks_debriefed(site: Site) -> None:
    """A POST saves each filled field with via=web and its parsed value, moves the stage, wakes the daemon."""
    response = await site.client.post(
        f"/debrief/{site.token}",
        data=site.form(
            rating="7.5",
            went_well="Explained the\r\nmigration well",
            want_job="unsure",
            money="85k EUR base",
            hear_back="by next Friday",
        ),
        allow_redirects=False,
    )
    assert response.status == 303
    assert f"/debrief/{site.token}/done?saved=1,2,8,11,12" == response.headers["Location"]
    answers = site.answers()
    assert answers["rating"] == ("7.5", 7.5, "web")
    assert answers["went_well"] == ("Explained the\nmigration well", None, "web")
    assert answers["want_job"] == ("not sure", "unsure", "web")
    assert answers["hear_back"][1] == "2026-12-04"
    assert answers["money"][1]["amounts"][0] == {"amount": "85000", "currency": "EUR", "period": None}
    assert Stage.debriefed == site.stage()
    assert site.changes == 1


async def test_confirmation_page_says_what_was_saved_and_what_is_open(site: Site) -> None:
    """After the redirect the page lists the saved numbers, the rating and the numbers still open."""
    response = await site.client.post(
        f"/debrief/{site.token}", data=site.form(rating="8", role="Platform work")
    )
    html = await response.text()
    assert response.status == 200
    assert "Saved 2 answers</strong> (1, 5)" in html
    assert "you rated it <strong>8/10</strong>" in html
    assert "Still open: 2, 3, 4, 6, 7, 8, 9, 10, 11, 12." in html


async def test_empty_field_keeps_earlier_answer(site: Site) -> None:
    """An empty field, or one left as pre-filled, never replaces what was answered before."""
    site.app.service.answers.record(
        site.interview_id,
        [("rating", "7/10, not bad", 7), ("company", "Calm team", None)],
        via="email",
        now=NOW,
    )
    await site.client.post(
        f"/debrief/{site.token}", data=site.form(rating="7", company="", went_well="Design")
    )
    answers = site.answers()
    assert answers["rating"] == ("7/10, not bad", 7, "email")
    assert answers["company"] == ("Calm team", None, "email")
    assert answers["went_well"] == ("Design", None, "web")


async def test_invalid_rating_is_kept_as_text_with_a_note(site: Site) -> None:
    """A rating of 12 is saved as text without a value, and the confirmation explains why (no error page)."""
    response = await site.client.post(f"/debrief/{site.token}", data=site.form(rating="12"))
    html = await response.text()
    assert response.status == 200
    assert site.answers()["rating"] == ("12", None, "web")
    assert "Note: Answer 1: rating 12 is out of range 0-10; it is saved as text only." in html
    assert "you rated it" not in html


@pytest.mark.parametrize("how", ["forged", "altered", "expired", "other purpose", "garbage"])
async def test_bad_link_is_refused_and_changes_nothing(site: Site, how: str) -> None:
    """A link forged, altered, expired or for another purpose gets the plain 403 page on GET and POST."""
    subject, later = str(site.interview_id), NOW + timedelta(days=1)
    token = {
        "forged": signing.sign(b"x" * 32, purpose=signing.Purpose.form, subject=subject, expires=later),
        "altered": site.token[:-2] + ("AA" if not site.token.endswith("AA") else "BB"),
        "expired": token_for(site.app, site.interview_id, expires=NOW - timedelta(seconds=1)),
        "other purpose": signing.sign(KEY, purpose=signing.Purpose.review, subject=subject, expires=later),
        "garbage": "not-a-token",
    }[how]
    form = {"csrf": csrf_value(site.app.link_key, token), "rating": "3"}
    get = await site.client.get(f"/debrief/{token}")
    post = await site.client.post(f"/debrief/{token}", data=form)
    expected = "This link is not valid or has expired. Use the link in your latest debrief email."
    assert (get.status, post.status) == (403, 403)
    assert expected in await get.text() and expected in await post.text()
    assert site.answers() == {}
    assert Stage.debrief_sent == site.stage()
    assert site.changes == 0


async def test_link_to_deleted_interview_is_404(site: Site) -> None:
    """A valid link whose interview no longer exists gets a 404 page."""
    response = await site.client.get(f"/debrief/{token_for(site.app, 9999)}")
    assert response.status == 404
    assert "This interview is no longer tracked." in await response.text()


async def test_foreign_origin_is_refused(site: Site) -> None:
    """A POST from another site's page is refused even with a valid link and form value; our origin passes."""
    foreign = await site.client.post(
        f"/debrief/{site.token}", data=site.form(rating="2"), headers={"Origin": "https://evil.example"}
    )
    assert foreign.status == 403
    assert site.answers() == {}
    own = await site.client.post(
        f"/debrief/{site.token}",
        data=site.form(rating="6"),
        headers={"Origin": "http://127.0.0.1:8765"},
        allow_redirects=False,
    )
    assert own.status == 303


async def test_missing_or_wrong_csrf_is_refused(site: Site) -> None:
    """A POST without the hidden form value, or with one made for another link, is refused, saves nothing."""
    missing = await site.client.post(f"/debrief/{site.token}", data={"rating": "2"})
    other_link = token_for(site.app, site.interview_id, expires=NOW + timedelta(days=2))
    other = csrf_value(site.app.link_key, other_link)
    wrong = await site.client.post(f"/debrief/{site.token}", data={"csrf": other, "rating": "2"})
    assert (missing.status, wrong.status) == (403, 403)
    assert site.answers() == {}


async def test_script_in_answer_is_shown_as_text(site: Site) -> None:
    """Markup typed as an answer comes back escaped on the form and on the confirmation page."""
    attack = '<script>alert("x")</script>'
    done = await (await site.client.post(f"/debrief/{site.token}", data=site.form(went_well=attack))).text()
    form = await (await site.client.get(f"/debrief/{site.token}")).text()
    for html in (done, form):
        assert "<script>" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


async def test_oversize_body_is_413(site: Site) -> None:
    """A body over 64 KiB is refused with a page, before anything is saved."""
    big = site.form(went_well="x" * (MAX_BODY + 1))
    response = await site.client.post(f"/debrief/{site.token}", data=big)
    assert response.status == 413
    assert "64 KiB" in await response.text()
    assert site.answers() == {}


async def test_only_form_bodies_are_accepted(site: Site) -> None:
    """A JSON body is refused with 415 even with a valid link."""
    response = await site.client.post(f"/debrief/{site.token}", json=site.form(rating="5"))
    assert response.status == 415
    assert site.answers() == {}


async def test_security_headers_on_pages_and_errors(site: Site) -> None:
    """Every page, error pages included, carries CSP, nosniff, the referrer policy and no-store."""
    csp = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    for path in (f"/debrief/{site.token}", "/debrief/bad", "/nowhere"):
        response = await site.client.get(path)
        headers = response.headers
        assert headers["Content-Security-Policy"] == csp, path
        got = (headers["X-Content-Type-Options"], headers["Referrer-Policy"], headers["Cache-Control"])
        assert got == ("nosniff", "same-origin", "no-store"), path
        assert headers["Content-Type"].startswith("text/html"), path


async def test_health_static_and_unknown_paths(site: Site) -> None:
    """/healthz says ok, the stylesheet is served, unknown paths and methods get plain error pages."""
    health = await site.client.get("/healthz")
    css = await site.client.get("/static/style.css")
    missing = await site.client.get("/debrief")
    wrong_method = await site.client.delete(f"/debrief/{site.token}")
    assert (health.status, await health.text()) == (200, "ok")
    assert (css.status, css.content_type) == (200, "text/css")
    assert (missing.status, wrong_method.status) == (404, 405)
    assert "There is no page here." in await missing.text()


async def test_logs_never_hold_the_token(site: Site, caplog: pytest.LogCaptureFixture) -> None:
    """Saving, refusing and the access log name the interview id, never the signed token."""
    caplog.set_level(logging.DEBUG)
    with structlog.testing.capture_logs() as events:
        await site.client.post(f"/debrief/{site.token}", data=site.form(rating="4"))
        await site.client.get(f"/debrief/{site.token[:-1]}")
    logged = caplog.text + repr(events)
    saved = {"event": "web_answers_saved", "interview": site.interview_id, "saved": 1, "log_level": "info"}
    assert saved in events
    assert "/debrief/…/done" in [e.get("path") for e in events if e["event"] == "web_request"]
    assert site.token.split(".")[0] not in logged


async def test_works_behind_a_proxy_with_a_path_prefix(tmp_path: Path) -> None:
    """Under a public_url path prefix, the form, stylesheet and redirect carry it; that origin may post."""
    app, interview_id = build_app(tmp_path, public_url="https://home.example.org/followupd")
    token = token_for(app, interview_id)
    async with TestClient(TestServer(make_app(app, clock=lambda: NOW))) as client:
        html = await (await client.get(f"/debrief/{token}")).text()
        response = await client.post(
            f"/debrief/{token}",
            allow_redirects=False,
            headers={"Origin": "https://home.example.org"},
            data={"csrf": csrf_value(KEY, token), "rating": "6"},
        )
    app.store.close()
    assert f'action="/followupd/debrief/{token}"' in html
    assert 'href="/followupd/static/style.css"' in html
    assert response.status == 303
    assert response.headers["Location"] == f"/followupd/debrief/{token}/done?saved=1"


@pytest.mark.parametrize(
    "saved",
    ["9" * 5000, "1," * 3000, "²", "١", "1" * 4 + "0", "-1", "1,foo,3", "%00", "1\u200b"],
)
async def test_done_page_ignores_any_odd_saved_value(site: Site, saved: str) -> None:
    """`?saved=` with thousands of digits, non-ASCII digits or junk shows the page (200), never a 500."""
    response = await site.client.get(f"/debrief/{site.token}/done", params={"saved": saved})
    assert 200 == response.status
    assert "Something went wrong" not in await response.text()


@pytest.mark.parametrize(("method", "path", "purpose", "handler"), TOKEN_ROUTES)
async def test_every_token_route_refuses_other_purposes(
    site: Site, method: str, path: str, purpose: signing.Purpose, handler: object
) -> None:
    """A token signed for any other purpose (review, dashboard) is refused with 403 on every token route."""
    for other in signing.Purpose:
        if other is purpose:
            continue
        token = signing.sign(
            KEY, purpose=other, subject=str(site.interview_id), expires=NOW + timedelta(days=1)
        )
        form = {"csrf": csrf_value(KEY, token), "rating": "3"}
        response = await site.client.request(method, path.format(token=token), data=form)
        assert 403 == response.status, (path, other)
    assert site.answers() == {}


def test_every_route_with_a_token_declares_its_purpose(tmp_path: Path) -> None:
    """Each route whose path holds {token} is in TOKEN_ROUTES, so none can forget the purpose check."""
    app, _ = build_app(tmp_path)
    application = make_app(app)
    app.store.close()
    with_token = {
        (route.method, route.resource.canonical)
        for route in application.router.routes()
        if route.resource is not None and "{token}" in route.resource.canonical
    }
    assert {(method, path) for method, path, _, _ in TOKEN_ROUTES} == with_token


async def test_non_ascii_form_check_value_is_refused_not_a_crash(site: Site) -> None:
    """A csrf value with non-ASCII characters is a wrong value (403), not a 500 from the comparison."""
    response = await site.client.post(f"/debrief/{site.token}", data={"csrf": "é" * 32, "rating": "2"})
    assert 403 == response.status
    assert site.answers() == {}
