"""Rendering the emails followupd writes from Jinja2 templates; a same-named file in the config dir overrides."""

from __future__ import annotations

import email.utils
import secrets as _random
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2

from followupd.adapters.mail.mime import build_message
from followupd.config.settings import Settings
from followupd.domain import signing
from followupd.domain.models import Interview, Person

__all__ = ["Composer", "new_token"]


def new_token() -> str:
    """The short token in a debrief's subject ("[fu-k3x9q2ab]"), for clients that drop In-Reply-To."""
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return "".join(_random.choice(alphabet) for _ in range(8))


def _names(interview: Interview) -> str:
    names = [p.name or p.email for p in interview.interviewers]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


class Composer:
    """Turns an interview and a kind of mail into a ready EmailMessage."""

    def __init__(self, settings: Settings, *, link_key: bytes, override_dir: Path | None = None) -> None:
        self.settings = settings
        self.link_key = link_key
        loaders: list[jinja2.BaseLoader] = []
        if override_dir is not None:
            loaders.append(jinja2.FileSystemLoader(str(override_dir)))
        loaders.append(jinja2.PackageLoader("followupd.compose", "templates"))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )

    def form_link(self, interview: Interview, *, now: datetime) -> str:
        return self._link(signing.Purpose.form, "debrief", interview, now=now)

    def review_link(self, interview: Interview, *, now: datetime) -> str:
        """The review page of the interview's thank-you notes: signed like the form link, for purpose review."""
        return self._link(signing.Purpose.review, "review", interview, now=now)

    def _link(self, purpose: signing.Purpose, path: str, interview: Interview, *, now: datetime) -> str:
        token = signing.sign(
            self.link_key,
            purpose=purpose,
            subject=str(interview.id),
            expires=now + self.settings.web.link_ttl,
        )
        return f"{self.settings.web.public_url}/{path}/{token}"

    def subject(self, interview: Interview, token: str, *, prefix: str = "Debrief") -> str:
        what = (
            ", ".join(x for x in (interview.company, interview.role) if x) or interview.summary or "interview"
        )
        return f"{prefix}: {what} [fu-{token}]"

    def context(self, interview: Interview, *, now: datetime) -> dict[str, Any]:
        tz = ZoneInfo(self.settings.account.timezone)
        end = interview.end.astimezone(tz)
        ended_at = (
            end.strftime("%H:%M")
            if end.date() == now.astimezone(tz).date()
            else end.strftime("%a %d %b, %H:%M")
        )
        return {
            "first_name": self.settings.account.name.split()[0] if self.settings.account.name else "there",
            "company": interview.company,
            "role": interview.role,
            "interviewers": _names(interview),
            "ended_at": ended_at,
            "link": self.form_link(interview, now=now),
            "questions": list(self.settings.questionnaire.questions),
        }

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def has(self, name: str) -> bool:
        try:
            self.env.get_template(name)
        except jinja2.TemplateNotFound:
            return False
        return True

    def to_self(
        self,
        *,
        kind: str,
        subject: str,
        context: dict[str, Any],
        message_id: str,
        now: datetime,
        in_reply_to: str | None = None,
        references: tuple[str, ...] = (),
    ) -> EmailMessage:
        """A message from the user's first address to itself (debriefs, reminders, confirmations)."""
        text = self.render(f"{kind}.txt.j2", subject=subject, **context)
        html = (
            self.render(f"{kind}.html.j2", subject=subject, **context)
            if self.has(f"{kind}.html.j2")
            else None
        )
        account = self.settings.account
        return build_message(
            sender=account.address,
            sender_name="followupd",
            to=(account.address,),
            subject=subject,
            text=text,
            html=html,
            message_id=message_id,
            date=now,
            in_reply_to=in_reply_to,
            references=references,
        )

    def note_text(self, language: str, context: dict[str, Any], *, template: str = "thanks") -> str:
        """A note's body in `language` (<template>_<language>.txt.j2, thanks or heads_up; English when there is
        none), with her signature (`thank_you.signature`, else her name)."""
        wanted = f"{template}_{language}.txt.j2"
        name = wanted if self.has(wanted) else f"{template}_en.txt.j2"
        signature = self.settings.thank_you.signature or self.settings.account.name
        return self.render(name, signature=signature.strip(), **context).strip() + "\n"

    def note_message(
        self, *, to: tuple[Person, ...], subject: str, text: str, message_id: str, now: datetime
    ) -> EmailMessage:
        """A note with a given body (drafted, or edited by the user), as an ordinary email from her."""
        account = self.settings.account
        return build_message(
            sender=account.address,
            sender_name=account.name,
            to=tuple(email.utils.formataddr((p.name, p.email)) if p.name else p.email for p in to if p.email),
            subject=subject,
            text=text,
            html=None,
            message_id=message_id,
            date=now,
            automatic=False,
        )

    def to_contact(
        self,
        *,
        template: str,
        to: tuple[Person, ...],
        subject: str,
        context: dict[str, Any],
        message_id: str,
        now: datetime,
        in_reply_to: str | None = None,
        references: tuple[str, ...] = (),
    ) -> EmailMessage:
        """A message the user sends as herself to someone else (an interviewer, a reference).

        From is her name and first address; no Auto-Submitted, no X-Mailer and no subject token: to the
        recipient it is an ordinary email from her. Her signature (`thank_you.signature`, else her name) is in
        the context as `signature` for the template to place.
        """
        account = self.settings.account
        signature = self.settings.thank_you.signature or account.name
        text = self.render(f"{template}.txt.j2", subject=subject, signature=signature, **context)
        return build_message(
            sender=account.address,
            sender_name=account.name,
            to=tuple(email.utils.formataddr((p.name, p.email)) if p.name else p.email for p in to),
            subject=subject,
            text=text,
            html=None,
            message_id=message_id,
            date=now,
            in_reply_to=in_reply_to,
            references=references,
            automatic=False,
        )


def retry_delay(attempts: int) -> timedelta:
    """Back off 1, 2, 4 ... minutes, at most an hour, between attempts at a transient send failure."""
    return timedelta(minutes=min(60, 2 ** max(0, attempts - 1)))
