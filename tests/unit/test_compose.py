"""The emails followupd writes: debrief content and headers, reminders, and user template overrides."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.compose.composer import Composer
from followupd.domain import signing
from tests.support import KEY, NOW, build_app


def _debrief(tmp_path: Path, composer: Composer | None = None):  # type: ignore[no-untyped-def]
    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    composer = composer or app.composer
    ctx = composer.context(interview, now=NOW)
    subject = composer.subject(interview, "abc12345")
    return composer.to_self(
        kind="debrief", subject=subject, context=ctx, message_id="<m1@example.org>", now=NOW
    )


def test_debrief_has_questions_link_and_headers(tmp_path: Path) -> None:
    """Subject with token, numbered questions, a signed form link, HTML alternative, Date, Message-ID, Auto-Submitted."""
    msg = _debrief(tmp_path)
    assert msg["Subject"] == "Debrief: Acme, Senior Backend Engineer [fu-abc12345]"
    assert (msg["Message-ID"], msg["Auto-Submitted"]) == ("<m1@example.org>", "auto-generated")
    assert msg["Date"] is not None
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert (
        "Your interview with Acme for Senior Backend Engineer (with Jane Doe and Raj Patel) ended at" in text
    )
    assert "8. What money was discussed?" in text
    token = text.split("/debrief/")[1].split()[0]
    claim = signing.verify(KEY, token, purpose=signing.Purpose.form, now=NOW + timedelta(days=29))
    assert claim.subject == "1"
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<li><p>What money was discussed?</p></li>" in html


def test_user_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    """A same-named file in the config dir's templates/ replaces the shipped template."""
    app, _ = build_app(tmp_path)
    override = tmp_path / "templates"
    override.mkdir()
    (override / "debrief.txt.j2").write_text("Quick debrief for {{ company }}: {{ link }}\n")
    composer = Composer(app.settings, link_key=KEY, override_dir=override)
    text = _debrief(tmp_path / "again", composer).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.startswith("Quick debrief for Acme: http://127.0.0.1:8765/debrief/")


def test_header_injection_is_refused(tmp_path: Path) -> None:
    """A company name with CR/LF cannot add headers: the email policy refuses it."""
    import pytest

    from followupd.adapters.mail.mime import build_message

    with pytest.raises(ValueError):
        build_message(
            sender="a@b.org",
            sender_name="",
            to=("a@b.org",),
            subject="Debrief: X\r\nBcc: x@evil.example",
            text="t",
            html=None,
            message_id="<1@b.org>",
            date=NOW,
        )


def test_html_part_escapes_calendar_text(tmp_path: Path) -> None:
    """A company name from a calendar is text: escaped in the HTML part, verbatim in the plain part."""
    from dataclasses import replace

    app, interview_id = build_app(tmp_path)
    interview = app.store.interview(interview_id)
    assert interview is not None
    evil = replace(interview, company="<script>alert(1)</script>")
    ctx = app.composer.context(evil, now=NOW)
    msg = app.composer.to_self(kind="debrief", subject="s", context=ctx, message_id="<m@x>", now=NOW)
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" in msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_debrief_says_when_and_where_the_form_works(tmp_path: Path) -> None:
    """One line in both parts: the form needs followupd running, and a loopback link this computer."""
    msg = _debrief(tmp_path)
    line = "The form works while followupd runs, in a browser on the computer it runs on; a reply works any time."
    assert line in " ".join(msg.get_body(("plain",)).get_content().split())  # type: ignore[union-attr]
    assert line in msg.get_body(("html",)).get_content()  # type: ignore[union-attr]


def test_a_long_subject_is_never_folded_before_its_first_word() -> None:
    """The standard library folds some long subjects as 'Subject:' CRLF ' Re: ...', read back with a leading
    space; followupd writes such a subject on one line (RFC 5322 allows 998 characters)."""
    from email import policy as email_policy
    from email.parser import BytesParser

    from followupd.adapters.mail.mime import build_message

    subject = "Re: Thank-you notes to approve: Acme, Senior Backend Engineer [fu-7f3a9c2b1d]"
    raw = build_message(
        sender="maya@example.org",
        sender_name="Maya",
        to=("maya@example.org",),
        subject=subject,
        text="x",
        html="<p>x</p>",
        message_id="<a@example.org>",
        date=datetime(2026, 11, 26, 15, 0, tzinfo=UTC),
    ).as_bytes()
    assert b"\r\nSubject: Re: Thank-you" in raw
    assert subject == BytesParser(policy=email_policy.default).parsebytes(raw)["Subject"]
