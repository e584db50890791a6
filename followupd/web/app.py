"""The web server: the signed debrief form, its confirmation, the dashboard and the review page, with their checks."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import jinja2
import structlog
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from followupd.domain import signing
from followupd.domain.models import Interview
from followupd.domain.signing import Purpose
from followupd.services.app import App
from followupd.web import dashboard, forms, guard, review

__all__ = ["MAX_BODY", "TOKEN_ROUTES", "AccessLog", "make_app", "saved_numbers", "start"]

log = structlog.get_logger("followupd.web")

MAX_BODY = 64 * 1024  # twelve long answers fit many times over; anything bigger is not a debrief
FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}
STATIC = Path(__file__).parent / "static"
BAD_LINK = "This link is not valid or has expired. Use the link in your latest debrief email."
# style-src 'self' for the one stylesheet; no scripts, no images, forms post only back to us.
CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # "same-origin" rather than "no-referrer": the token in our URLs still never reaches another site, but
    # a no-referrer page makes browsers send "Origin: null" on its own form posts, defeating the Origin check.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

_APP: web.AppKey[App] = web.AppKey("followupd", App)
_ENV: web.AppKey[jinja2.Environment] = web.AppKey("jinja", jinja2.Environment)
_CHANGED: web.AppKey[Callable[[], Any]] = web.AppKey("on_change", object)  # type: ignore[arg-type]
_CLOCK: web.AppKey[Callable[[], datetime]] = web.AppKey("clock", object)  # type: ignore[arg-type]
_ORIGINS: web.AppKey[frozenset[str]] = web.AppKey("origins", frozenset)
_BASE: web.AppKey[str] = web.AppKey("base", str)
_INTERVIEW: web.RequestKey[int] = web.RequestKey("interview_id", int)
_PURPOSE: web.RequestKey[Purpose] = web.RequestKey("purpose", Purpose)
_TOKEN_PATH = re.compile(r"^(.*/(?:debrief|dashboard|review)/)[^/]+")


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def allowed_origins(app: App) -> frozenset[str]:
    """The public URL's origin and the listen address's, as a browser would write them."""
    web_settings = app.settings.web
    host, port = web_settings.listen_host, web_settings.listen_port
    hosts = {f"[{host}]" if ":" in host else host}
    if host in ("127.0.0.1", "::1", "localhost"):
        hosts |= {"127.0.0.1", "[::1]", "localhost"}
    return frozenset({_origin(web_settings.public_url)} | {f"http://{h}:{port}" for h in hosts})


class _Refused(Exception):
    """A request we answer with a plain page; `why` goes to the log, never the token."""

    def __init__(self, status: int, message: str, why: str) -> None:
        super().__init__(why)
        self.status, self.message, self.why = status, message, why


def _page(request: web.Request, name: str, *, status: int = 200, **context: Any) -> web.Response:
    html = request.app[_ENV].get_template(name).render(base=request.app[_BASE], **context)
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


def _error(request: web.Request, status: int, message: str) -> web.Response:
    titles = {
        403: "Link not valid",
        404: "Not found",
        405: "Not allowed",
        408: "Too slow",
        413: "Too much text",
        415: "Not a form",
        500: "Something went wrong",
    }
    return _page(request, "error.html.j2", status=status, title=titles.get(status, "Error"), message=message)


@web.middleware
async def _errors(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Plain pages for every refusal and HTTP error, so no aiohttp default text (or traceback) shows."""
    try:
        return await handler(request)
    except _Refused as refused:
        log.info("web_refused", status=refused.status, why=refused.why, interview=request.get(_INTERVIEW))
        return _error(request, refused.status, refused.message)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        messages = {
            404: "There is no page here.",
            405: "That is not something this page does.",
            408: "The form took too long to arrive. Please send it again.",
            413: "That was more text than a debrief form takes (64 KiB). Shorten an answer and try again.",
        }
        return _error(request, exc.status, messages.get(exc.status, exc.reason))
    except Exception:  # our own log line, with the interview id and without the path that holds the token
        log.exception("web_error", method=request.method, interview=request.get(_INTERVIEW))
        return _error(request, 500, "Your answers may not have been saved. Please try again in a minute.")


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    # Pages carry the token and the user's answers: keep them out of every cache; the stylesheet may be kept.
    response.headers["Cache-Control"] = "max-age=3600" if request.path.startswith("/static/") else "no-store"


def _claim(request: web.Request) -> Interview:
    """The interview the link in the path is for; 403 for a bad or expired link, 404 if it is gone.

    The purpose comes from the route table, never from the handler: a token opens its own routes only.
    """
    token = request.match_info["token"]
    try:
        claim = signing.verify(
            request.app[_APP].link_key, token, purpose=request[_PURPOSE], now=request.app[_CLOCK]()
        )
    except signing.BadToken as bad:
        raise _Refused(403, BAD_LINK, f"link {bad.reason}") from None
    if not claim.subject.isdigit():
        raise _Refused(404, "This interview is no longer tracked.", "link subject not an id")
    request[_INTERVIEW] = int(claim.subject)
    interview = request.app[_APP].store.interview(int(claim.subject))
    if interview is None:
        raise _Refused(404, "This interview is no longer tracked.", "interview gone")
    return interview


def _zone(app: App) -> ZoneInfo:
    return ZoneInfo(app.settings.account.timezone)


def _interview_date(app: App, interview: Interview) -> date:
    return interview.start.astimezone(_zone(app)).date()


def _about(app: App, interview: Interview) -> dict[str, Any]:
    """Company, role, when (in the user's zone) and with whom, for the page heading."""
    start, end = interview.start.astimezone(_zone(app)), interview.end.astimezone(_zone(app))
    when = (
        f"{start:%a %d %b %Y, %H:%M}–{end:%H:%M}"
        if start.date() == end.date()
        else f"{start:%a %d %b %Y, %H:%M} – {end:%a %d %b, %H:%M}"
    )
    names = [p.name or p.email for p in interview.interviewers]
    return {
        "company": interview.company,
        "role": interview.role,
        "summary": interview.summary,
        "when": f"{when} ({app.settings.account.timezone})",
        "interviewers": ", ".join(names),
    }


async def _form(request: web.Request) -> web.Response:
    app = request.app[_APP]
    interview = _claim(request)
    token = request.match_info["token"]
    stored = app.store.answers(interview.id)
    questionnaire = app.settings.questionnaire
    return _page(
        request,
        "debrief.html.j2",
        token=token,
        csrf=forms.csrf_value(app.link_key, token),
        fields=forms.fields(questionnaire, stored),
        choices=forms.CHOICES,
        answered=sum(1 for q in questionnaire.questions if q.id in stored),
        total=len(questionnaire),
        **_about(app, interview),
    )


def _check_origin(request: web.Request) -> None:
    origin = request.headers.get("Origin")
    if origin is not None and origin.lower() not in request.app[_ORIGINS]:
        raise _Refused(403, BAD_LINK, "foreign origin")
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        raise _Refused(403, BAD_LINK, "cross-site request")


async def _posted(request: web.Request) -> tuple[Interview, dict[str, str]]:
    """The checks every POST passes (Origin, signed link, form type, size, CSRF value), then its fields."""
    app = request.app[_APP]
    _check_origin(request)
    interview = _claim(request)
    token = request.match_info["token"]
    if request.content_type not in FORM_TYPES:
        raise _Refused(415, "This page only takes its own form.", f"content type {request.content_type}")
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=request.content_length)
    posted = await request.post()  # aiohttp enforces client_max_size for chunked bodies too
    form = {key: value for key, value in posted.items() if isinstance(value, str)}
    if not forms.csrf_ok(app.link_key, token, form.get("csrf")):
        raise _Refused(403, BAD_LINK, "missing or wrong form check value")
    return interview, form


async def _save(request: web.Request) -> web.Response:
    app = request.app[_APP]
    interview, form = await _posted(request)
    token = request.match_info["token"]
    now = request.app[_CLOCK]()
    with app.store.transaction():
        stored = app.store.answers(interview.id)
        answers = forms.submitted_answers(
            app.settings.questionnaire, form, stored, interview_date=_interview_date(app, interview)
        )
        saved = app.service.answers.record(interview.id, answers, via="web", now=now) if answers else 0
    log.info("web_answers_saved", interview=interview.id, saved=saved)
    if saved:
        request.app[_CHANGED]()
    numbers = ",".join(str(app.settings.questionnaire.number_of(a[0])) for a in answers)
    raise web.HTTPSeeOther(f"{request.app[_BASE]}/debrief/{token}/done?saved={numbers}")


async def _done(request: web.Request) -> web.Response:
    app = request.app[_APP]
    interview = _claim(request)
    token = request.match_info["token"]
    total = len(app.settings.questionnaire)
    saved = saved_numbers(request.query.get("saved", ""), total=total)
    summary = forms.summarize(
        app.settings.questionnaire,
        app.store.answers(interview.id),
        interview_date=_interview_date(app, interview),
    )
    return _page(request, "done.html.j2", token=token, saved=saved, result=summary, **_about(app, interview))


def saved_numbers(query: str, *, total: int) -> list[int]:
    """The question numbers in `?saved=`: plain ASCII digits naming a question; anything else is ignored.

    The value is ours (the redirect after saving) but anyone can edit a URL: int() raises on 5,000 digits and on
    digits such as "²" that str.isdigit() accepts, so only short ASCII numbers are read at all.
    """
    parts = query.split(",", total)[:total]
    numbers = {int(p) for p in parts if p.isascii() and p.isdigit() and len(p) <= 4}
    return sorted(n for n in numbers if 0 < n <= total)


async def _healthz(_request: web.Request) -> web.Response:
    return web.Response(text="ok")


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_review = review.Review(
    page=_page,
    refuse=_Refused,
    claim=_claim,
    posted=_posted,
    about=_about,
    app_key=_APP,
    clock_key=_CLOCK,
    changed_key=_CHANGED,
    base_key=_BASE,
)

# Every route that takes a signed token, with the one purpose its tokens must carry.
TOKEN_ROUTES: tuple[tuple[str, str, Purpose, Handler], ...] = (
    ("GET", "/debrief/{token}", Purpose.form, _form),
    ("POST", "/debrief/{token}", Purpose.form, _save),
    ("GET", "/debrief/{token}/done", Purpose.form, _done),
    # The dashboard checks its own token (purpose dashboard) with the page and refusal helpers of this module.
    (
        "GET",
        "/dashboard/{token}",
        Purpose.dashboard,
        dashboard.handler(page=_page, refuse=_Refused, app_key=_APP, clock_key=_CLOCK),
    ),
    # The review page of one interview's thank-you notes: its POST passes the same checks as the form's.
    ("GET", "/review/{token}", Purpose.review, _review.show),
    ("POST", "/review/{token}", Purpose.review, _review.apply),
)


def _for(purpose: Purpose, handler: Handler) -> Handler:
    async def with_purpose(request: web.Request) -> web.StreamResponse:
        request[_PURPOSE] = purpose
        return await handler(request)

    return with_purpose


class AccessLog(AbstractAccessLogger):
    """One debug line per request, the token cut out of the path: a log file must not hold working links."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        log.debug(
            "web_request",
            method=request.method,
            path=_TOKEN_PATH.sub(r"\1…", request.path),
            status=response.status,
            interview=request.get(_INTERVIEW),
            ms=round(time * 1000, 1),
        )


def make_app(
    app: App, *, on_change: Callable[[], Any] = lambda: None, clock: Callable[[], datetime] = _utcnow
) -> web.Application:
    """The aiohttp application; `clock` is for tests that need a link to have expired."""
    application = web.Application(middlewares=[_errors, guard.deadline], client_max_size=MAX_BODY)
    application[_APP] = app
    application[_ENV] = jinja2.Environment(
        loader=jinja2.PackageLoader("followupd.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    application[_CHANGED] = on_change
    application[_CLOCK] = clock
    application[_ORIGINS] = allowed_origins(app)
    # Behind a reverse proxy that strips a path prefix, our links and redirects must carry that prefix.
    application[_BASE] = urlsplit(app.settings.web.public_url).path.rstrip("/")
    application.on_response_prepare.append(_headers)
    application.router.add_get("/healthz", _healthz)
    for method, path, purpose, handler in TOKEN_ROUTES:
        application.router.add_route(method, path, _for(purpose, handler))
    application.router.add_static("/static/", STATIC, show_index=False, follow_symlinks=False)
    return application


async def start(app: App, *, on_change: Callable[[], Any]) -> web.AppRunner:
    """Serve the pages on web.listen_host:listen_port; the caller stops it with `await runner.cleanup()`."""
    fd_limit = guard.raise_fd_limit()
    runner = web.AppRunner(
        make_app(app, on_change=on_change),
        access_log_class=AccessLog,
        handle_signals=False,
        keepalive_timeout=guard.HEADER_TIMEOUT,
    )
    await runner.setup()
    settings = app.settings.web
    cap = guard.cap_for(fd_limit)
    await guard.GuardedSite(runner, settings.listen_host, settings.listen_port, cap=cap).start()
    log.info(
        "web_listening",
        host=settings.listen_host,
        port=settings.listen_port,
        public_url=settings.public_url,
        max_connections=cap,
        fd_limit=fd_limit,
    )
    return runner
