"""The review page: one interview's thank-you notes behind a signed link, to edit, approve, hold or discard."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

import structlog
from aiohttp import web

from followupd.adapters.store.db import NoteRow
from followupd.domain.delivery import NotePurpose, OutboxStatus
from followupd.domain.models import Interview
from followupd.domain.workflows.thanks import NoteAction, after
from followupd.errors import UserError
from followupd.services.app import App
from followupd.web.forms import csrf_value

__all__ = ["Action", "Done", "Review"]

log = structlog.get_logger("followupd.web")

Page = Callable[..., web.Response]
Refuse = Callable[[int, str, str], Exception]
Posted = Callable[[web.Request], Awaitable[tuple[Interview, dict[str, str]]]]


class Action(Enum):
    """The buttons under each note (the value each sends)."""

    save = "save"
    approve = "approve"
    hold = "hold"
    discard = "discard"
    references = "references"  # "Tell my references": draft heads-ups (the form names no note)


class Done(Enum):
    """What a POST did, carried in the redirect's `?done=` and shown as one short line."""

    saved = "saved"
    unchanged = "unchanged"
    approved = "approved"
    held = "held"
    discarded = "discarded"
    told = "told"  # heads-ups drafted for the references


_TOLD = "Saved: heads-ups to your references are drafted below; nothing is sent until you approve them."
_SAID = {
    Done.saved: "Saved: your changes to the note to {name}.",
    Done.unchanged: "Nothing changed in the note to {name}.",
    Done.approved: "Saved: the note to {name} is approved.",
    Done.held: "Saved: the note to {name} is back to a draft.",
    Done.discarded: "Saved: the note to {name} is discarded and will not be sent.",
}
# What each note is, shown beside its recipient; the page is named after its notes.
_KIND = {
    NotePurpose.thanks: "thank-you note",
    NotePurpose.heads_up: "heads-up",
    NotePurpose.check_in: "check-in",
}


def _heading(purposes: set[NotePurpose]) -> str:
    """ "Thank-you notes" while those are all the page holds (the usual case), else "Notes to approve"."""
    return "Thank-you notes" if purposes <= {NotePurpose.thanks} else "Notes to approve"


_STATUS = {
    OutboxStatus.drafted: "draft",
    OutboxStatus.approved: "approved",
    OutboxStatus.pending: "approved, waiting for the sending window",
    OutboxStatus.sending: "sending",
    OutboxStatus.sent: "sent",
    OutboxStatus.failed: "refused by the mail server",
    OutboxStatus.uncertain: "maybe sent: check your Sent folder",
    OutboxStatus.discarded: "discarded",
    OutboxStatus.sent_by_user: "sent by you",
}


def _lines(text: str) -> str:
    """Browsers post a textarea's line breaks as CRLF; a note is kept with plain newlines."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Review:
    """The GET and POST handlers of /review/{token}, built from the web app's own helpers and keys."""

    def __init__(
        self,
        *,
        page: Page,
        refuse: Refuse,
        claim: Callable[[web.Request], Interview],
        posted: Posted,
        about: Callable[[App, Interview], dict[str, Any]],
        app_key: web.AppKey[App],
        clock_key: web.AppKey[Callable[[], datetime]],
        changed_key: web.AppKey[Callable[[], Any]],
        base_key: web.AppKey[str],
    ) -> None:
        self.page, self.refuse, self.claim, self.posted, self.about = page, refuse, claim, posted, about
        self.app_key, self.clock_key, self.changed_key, self.base_key = (
            app_key,
            clock_key,
            changed_key,
            base_key,
        )

    def _note_view(self, app: App, note: NoteRow, zone: ZoneInfo) -> dict[str, Any]:
        status = note.status
        leaves = ""
        if status is OutboxStatus.pending:
            leaves = f"{note.not_before.astimezone(zone):%a %d %b, %H:%M}"
        return {
            "id": note.outbox_id,
            "number": note.number,
            "name": note.name,
            "email": note.email,
            "status": _STATUS.get(status, status.value),
            "status_class": status.value,
            "kind": _KIND[note.purpose],
            "leaves": leaves,
            "subject": note.subject,
            "body": note.body.rstrip(),
            "error": note.last_error,
            "editable": after(status, NoteAction.edit) is not None,
            "addressable": not note.email and after(status, NoteAction.address) is not None,
            "approve": after(status, NoteAction.approve) is not None,
            "hold": status is OutboxStatus.approved and after(status, NoteAction.hold) is not None,
            "discard": after(status, NoteAction.discard) is not None,
        }

    def _render(
        self,
        request: web.Request,
        interview: Interview,
        *,
        message: str = "",
        message_note: int = 0,
        problem: str = "",
        status: int = 200,
    ) -> web.Response:
        app = request.app[self.app_key]
        zone = ZoneInfo(app.settings.account.timezone)
        token = request.match_info["token"]
        notes = app.store.notes(interview.id)
        return self.page(
            request,
            "review.html.j2",
            status=status,
            token=token,
            csrf=csrf_value(app.link_key, token),
            notes=[self._note_view(app, n, zone) for n in notes],
            heading=_heading({n.purpose for n in notes}),
            message=message,
            message_note=message_note,
            problem=problem,
            undo=int(app.settings.thank_you.undo_after.total_seconds()),
            references=[
                {"number": i, "name": r.name, "relationship": r.relationship}
                for i, r in enumerate(app.settings.references, start=1)
            ],
            **self.about(app, interview),
        )

    async def show(self, request: web.Request) -> web.Response:
        interview = self.claim(request)
        app = request.app[self.app_key]
        message, message_note = "", 0
        done, note_id = request.query.get("done", ""), request.query.get("note", "")
        if done == Done.told.value:
            message = _TOLD
        elif (
            done in {d.value for d in Done} and note_id.isascii() and note_id.isdigit() and len(note_id) <= 9
        ):
            note = app.store.note(int(note_id))
            if note is not None and note.interview_id == interview.id:
                message, message_note = _SAID[Done(done)].format(name=note.name), note.outbox_id
        return self._render(request, interview, message=message, message_note=message_note)

    async def apply(self, request: web.Request) -> web.Response:
        app = request.app[self.app_key]
        interview, form = await self.posted(request)
        if form.get("action") == Action.references.value:
            return await self._tell(request, app, interview, form)
        raw_id = form.get("note", "")
        note = (
            app.store.note(int(raw_id))
            if raw_id.isascii() and raw_id.isdigit() and len(raw_id) <= 9
            else None
        )
        if note is None or note.interview_id != interview.id:
            raise self.refuse(404, "That note is not one of this interview's.", "note not of this interview")
        try:
            action = Action(form.get("action", ""))
        except ValueError:
            raise self.refuse(400, "That is not something this page does.", "unknown review action") from None
        now = request.app[self.clock_key]()
        try:
            with app.store.transaction():
                done = self._apply(app, note, action, form, now=now)
        except UserError as error:  # nothing was changed: the transaction rolled back
            log.info("web_review_refused", interview=interview.id, note=note.outbox_id, why=error.what)
            return self._render(request, interview, problem=error.render(), status=409)
        log.info("web_review_saved", interview=interview.id, note=note.outbox_id, done=done.value)
        if done is not Done.unchanged:
            request.app[self.changed_key]()
        token = request.match_info["token"]
        base = request.app[self.base_key]
        raise web.HTTPSeeOther(
            f"{base}/review/{token}?done={done.value}&note={note.outbox_id}#note-{note.outbox_id}"
        )

    async def _tell(
        self, request: web.Request, app: App, interview: Interview, form: dict[str, str]
    ) -> web.Response:
        """ "Tell my references": heads-ups for the references ticked (R numbers), as `references notify`."""
        total = len(app.settings.references)
        ticked = [
            int(v)
            for k, v in form.items()
            if k.startswith("ref-") and v.isascii() and v.isdigit() and len(v) <= 4
        ]
        only = tuple(sorted(n for n in ticked if 0 < n <= total))
        if not only:
            return self._render(request, interview, problem="tick at least one reference", status=409)
        try:
            result = app.service.references.notify(interview.id, now=request.app[self.clock_key](), only=only)
        except UserError as error:
            return self._render(request, interview, problem=error.render(), status=409)
        if not result.notes:
            problem = result.left_out(interview.id)
            return self._render(request, interview, problem=problem, status=409)
        log.info("web_review_references", interview=interview.id, notes=len(result.notes))
        request.app[self.changed_key]()
        token = request.match_info["token"]
        raise web.HTTPSeeOther(
            f"{request.app[self.base_key]}/review/{token}?done={Done.told.value}#references"
        )

    def _apply(self, app: App, note: NoteRow, action: Action, form: dict[str, str], *, now: datetime) -> Done:
        """One action on one note through the Drafts service, exactly as the matching CLI command would do it."""
        drafts = app.service.drafts
        if action is Action.discard:
            drafts.discard(note.outbox_id, now=now)
            return Done.discarded
        if action is Action.hold:
            drafts.hold(note.outbox_id, now=now)
            return Done.held
        changed = self._edits(app, note, form, now=now)
        if action is Action.approve:
            drafts.approve(note.outbox_id, now=now)
            return Done.approved
        return Done.saved if changed else Done.unchanged

    def _edits(self, app: App, note: NoteRow, form: dict[str, str], *, now: datetime) -> bool:
        """An added address, then new text or subject, where the fields differ from the note as stored."""
        drafts = app.service.drafts
        changed = False
        address = form.get("address", "").strip()
        if address and not note.email:
            drafts.set_address(note.outbox_id, address, now=now)
            changed = True
        body = _lines(form.get("body", note.body))
        subject = " ".join(form.get("subject", note.subject).split())
        if body.strip() != note.body.strip() or subject != note.subject:
            drafts.edit(note.outbox_id, body, subject=subject, now=now)
            changed = True
        return changed
