"""Has the company written? SEARCH FROM domain SINCE day on a real Dovecot, with the From address checked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest

from followupd.adapters.mail import heard, imap
from followupd.errors import Permanent
from tests.stack.mail import MailStack, MailUser

pytestmark = pytest.mark.integration


def _mail(sender: str, subject: str = "Next steps") -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "maya@example.test"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain="sender.example")
    message.set_content("Hello.\n")
    return message


def _search(
    stack: MailStack, user: MailUser, since: datetime, folders: tuple[str, ...] = ("INBOX",)
) -> heard.Heard | None:
    query = heard.HeardQuery(1, ("acme.example",), since=since)
    with imap.connect(stack.imap_settings(user), stack.credentials(user)) as client:
        return heard.search(client, folders, [query])[1]


def test_mail_from_the_company_or_its_subdomain_is_found(mail_stack: MailStack, mail_user: MailUser) -> None:
    before = datetime.now(UTC) - timedelta(minutes=1)
    mail_stack.deliver(mail_user, _mail("Acme Talent <talent@jobs.acme.example>"))
    found = _search(mail_stack, mail_user, before)
    assert found is not None
    assert ("talent@jobs.acme.example", "INBOX") == (found.sender, found.folder)
    assert before <= found.at <= datetime.now(UTC) + timedelta(minutes=1)


def test_freemail_and_lookalikes_never_count(mail_stack: MailStack, mail_user: MailUser) -> None:
    """The company's domain in a display name, a freemail local part or a longer domain is not the company."""
    before = datetime.now(UTC) - timedelta(minutes=1)
    for sender in (
        '"jane@acme.example" <jane.doe@gmail.com>',
        "acme.example <recruiter@outlook.com>",
        "Eve <eve@acme.example.evil.test>",
        "Eve <eve@notacme.example>",
    ):
        mail_stack.deliver(mail_user, _mail(sender))
    assert None is _search(mail_stack, mail_user, before)


def test_mail_that_arrived_before_the_interview_does_not_count(
    mail_stack: MailStack, mail_user: MailUser
) -> None:
    mail_stack.deliver(mail_user, _mail("Jane Doe <jane@acme.example>", "Your interview tomorrow"))
    assert None is _search(mail_stack, mail_user, datetime.now(UTC) + timedelta(minutes=5))


def test_every_watched_folder_is_searched(mail_stack: MailStack, mail_user: MailUser) -> None:
    before = datetime.now(UTC) - timedelta(minutes=1)
    with mail_stack.imap_client(mail_user) as client:
        client.create_folder("Jobs")
        client.append("Jobs", _mail("Jane Doe <jane@acme.example>").as_bytes())
    found = _search(mail_stack, mail_user, before, folders=("INBOX", "Jobs"))
    assert found is not None and "Jobs" == found.folder


def test_a_missing_folder_is_a_service_error(mail_stack: MailStack, mail_user: MailUser) -> None:
    with pytest.raises(Permanent):
        _search(mail_stack, mail_user, datetime.now(UTC), folders=("No such folder",))
