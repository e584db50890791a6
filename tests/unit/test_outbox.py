"""The outbox service with a fake sender: envelopes, unknown outcomes, refusals, and settling per audience."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.adapters.mail.smtp import SendResult
from followupd.domain.delivery import Audience, OutboxStatus, SettleOutcome
from followupd.domain.models import Person
from followupd.domain.workflows.plan import MailKind
from followupd.errors import OutcomeUnknown
from followupd.services.app import App
from tests.support import NOW, build_app

JANE = Person("Jane Doe", "jane@acme.example")


class FakeSender:
    """Records (message, envelope) and answers as told: accepted, refused for some, or an exception."""

    def __init__(self, *, error: BaseException | None = None, refuse: tuple[str, ...] = ()) -> None:
        self.error = error
        self.refuse = refuse
        self.calls: list[tuple[EmailMessage, tuple[str, ...]]] = []

    async def __call__(self, message: EmailMessage, recipients: tuple[str, ...]) -> SendResult:
        self.calls.append((message, recipients))
        if self.error is not None:
            raise self.error
        refused = tuple((r, "550 5.1.1 no such user") for r in recipients if r in self.refuse)
        accepted = tuple(r for r in recipients if r not in self.refuse)
        return SendResult(str(message["Message-ID"]), accepted, refused)


@pytest.fixture
def app(tmp_path: Path) -> App:
    return build_app(tmp_path)[0]


def _queue_note(app: App, *, to: tuple[Person, ...] = (JANE,), key: str = "thanks:1:jane") -> None:
    interview = app.store.interviews()[0]
    with app.store.transaction():
        app.service.outbox.queue_to_contact(
            interview,
            kind="thanks",
            key=key,
            to=to,
            template="test_note",
            subject="Thank you – Senior Backend Engineer interview",
            context={"first_name": "Jane"},
            not_before=NOW,
            now=NOW,
        )


@pytest.fixture
def note_template(app: App, tmp_path: Path) -> None:
    """A contact template in a loader of its own, so the test does not depend on the shipped ones."""
    import jinja2

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "test_note.txt.j2").write_text("Dear {{ first_name }},\n\nThank you.\n\n{{ signature }}\n")
    app.composer.env.loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(folder)), app.composer.env.loader]
    )  # type: ignore[list-item]


@pytest.mark.usefixtures("note_template")
async def test_contact_mail_goes_to_its_envelope_as_the_user_herself(app: App) -> None:
    """A note to a contact: envelope = the row's recipients, From = the user by name, no automation headers."""
    _queue_note(app)
    sender = FakeSender()
    assert 1 == await app.service.outbox.send_due(now=NOW, send=sender)
    [(message, envelope)] = sender.calls
    assert ("jane@acme.example",) == envelope
    assert "Maya Example <maya@example.org>" == message["From"]
    assert "Jane Doe <jane@acme.example>" == message["To"]
    assert (None, None) == (message["Auto-Submitted"], message["X-Mailer"])
    assert "[fu-" not in str(message["Subject"])
    body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Dear Jane,\n\nThank you.\n\nMaya Example\n" == body.replace("\r\n", "\n")
    [row] = app.store.outbox()
    assert (Audience.contact, OutboxStatus.sent) == (row.audience, row.status)


async def test_user_mail_is_marked_automatic_and_goes_to_her_address(app: App) -> None:
    """A debrief carries Auto-Submitted and the subject token, and its envelope is the user's first address."""
    interview = app.store.interviews()[0]
    with app.store.transaction():
        app.service.outbox.queue_to_self(interview, MailKind.debrief, f"debrief:{interview.id}", now=NOW)
    sender = FakeSender()
    await app.service.outbox.send_due(now=NOW, send=sender)
    [(message, envelope)] = sender.calls
    assert (("maya@example.org",), "auto-generated") == (envelope, message["Auto-Submitted"])
    assert "[fu-abc12345]" in str(message["Subject"])


@pytest.mark.usefixtures("note_template")
async def test_answer_lost_after_data_leaves_the_row_to_be_settled(app: App) -> None:
    """OutcomeUnknown keeps the row 'sending' (never back to pending): the next pass does not send it again."""
    _queue_note(app)
    await app.service.outbox.send_due(now=NOW, send=FakeSender(error=OutcomeUnknown("cut after DATA")))
    again = FakeSender()
    await app.service.outbox.send_due(now=NOW + timedelta(hours=1), send=again)
    [row] = app.store.outbox()
    assert (OutboxStatus.sending, []) == (row.status, again.calls)
    assert [row] == app.service.outbox.unsettled(now=NOW + app.settings.settle_after)


@pytest.mark.usefixtures("note_template")
async def test_unknown_contact_mail_not_found_is_held_as_uncertain(app: App) -> None:
    """A note whose outcome is unknown and which is not on the server is held for the user, not resent."""
    _queue_note(app)
    await app.service.outbox.send_due(now=NOW, send=FakeSender(error=OutcomeUnknown("cut")))
    [row] = app.service.outbox.unsettled()
    assert SettleOutcome.uncertain == app.service.outbox.settle(row, found=False, now=NOW)
    again = FakeSender()
    await app.service.outbox.send_due(now=NOW + timedelta(days=1), send=again)
    assert ([], OutboxStatus.uncertain) == (again.calls, app.store.outbox()[0].status)


async def test_unknown_user_mail_not_found_goes_once_more_then_is_held(app: App) -> None:
    """The user's own debrief is resent once after a search finds nothing; a second loss holds it."""
    interview = app.store.interviews()[0]
    with app.store.transaction():
        app.service.outbox.queue_to_self(interview, MailKind.debrief, f"debrief:{interview.id}", now=NOW)
    outbox = app.service.outbox
    await outbox.send_due(now=NOW, send=FakeSender(error=OutcomeUnknown("cut")))
    assert SettleOutcome.resend == outbox.settle(outbox.unsettled()[0], found=False, now=NOW)
    await outbox.send_due(now=NOW, send=FakeSender(error=OutcomeUnknown("cut again")))
    assert SettleOutcome.uncertain == outbox.settle(outbox.unsettled()[0], found=False, now=NOW)
    assert OutboxStatus.uncertain == app.store.outbox()[0].status


async def test_found_on_the_server_means_sent(app: App) -> None:
    """A send whose answer was lost but whose Message-ID is on the server is recorded as sent."""
    interview = app.store.interviews()[0]
    with app.store.transaction():
        app.service.outbox.queue_to_self(interview, MailKind.debrief, f"debrief:{interview.id}", now=NOW)
    await app.service.outbox.send_due(now=NOW, send=FakeSender(error=OutcomeUnknown("cut")))
    [row] = app.service.outbox.unsettled()
    assert SettleOutcome.sent == app.service.outbox.settle(row, found=True, now=NOW)
    assert OutboxStatus.sent == app.store.outbox()[0].status


@pytest.mark.usefixtures("note_template")
async def test_a_refused_recipient_fails_the_row_with_the_servers_words(app: App) -> None:
    """One recipient refused: the row is failed (never sent again) and says which address and why."""
    raj = Person("Raj Patel", "raj@acme.example")
    _queue_note(app, to=(JANE, raj))
    await app.service.outbox.send_due(now=NOW, send=FakeSender(refuse=("raj@acme.example",)))
    [row] = app.store.outbox()
    assert OutboxStatus.failed == row.status
    assert "raj@acme.example: 550 5.1.1 no such user" in row.last_error


@pytest.mark.usefixtures("note_template")
async def test_the_same_key_queues_one_message(app: App) -> None:
    """Deciding twice to write the same note queues it once (the dedupe key is unique)."""
    _queue_note(app)
    _queue_note(app)
    assert 1 == len(app.store.outbox())
