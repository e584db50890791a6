"""Pytest fixtures for the mail stack: one Dovecot + submission server per session, a fresh mailbox per test."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.stack.certs import Certs, make_certs
from tests.stack.mail import MailStack, MailUser, start_mail_stack

__all__ = ["certs", "mail_stack", "mail_user", "mail_user_factory"]


def _public_tempdir(prefix: str) -> Path:
    # Dovecot's auth process runs as user dovecot: every parent of its files must be traversable (NOTES.md),
    # which pytest's 0700 tmp_path is not.
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    return path


@pytest.fixture(scope="session")
def certs() -> Iterator[Certs]:
    """A test CA, a certificate for localhost/127.0.0.1 and one for wrong.example."""
    directory = _public_tempdir("followupd-certs-")
    yield make_certs(directory)
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def mail_stack(certs: Certs) -> Iterator[MailStack]:
    """Dovecot (IMAP STARTTLS, IMAPS, LMTP) and the aiosmtpd submission server, started once per session."""
    if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd dovecot-lmtpd)")
    directory = _public_tempdir("followupd-mail-")
    stack = start_mail_stack(directory, certs=certs)
    yield stack
    stack.stop()
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def mail_user_factory(mail_stack: MailStack) -> Callable[..., MailUser]:
    """Make as many fresh mailboxes as a test needs: `mail_user_factory("raj")`."""
    return mail_stack.add_user


@pytest.fixture
def mail_user(mail_stack: MailStack) -> MailUser:
    """A fresh, empty mailbox; also clears submission faults left by an earlier test."""
    mail_stack.submission.reset()
    return mail_stack.add_user()
