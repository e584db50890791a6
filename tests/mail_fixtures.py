"""Pytest fixtures for the mail stack: one Dovecot + submission server per session (with followupd's settings
for its users), a mailbox per test."""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.followupd_stack import FollowupdMailStack
from tests.stack.certs import Certs, make_certs
from tests.stack.mail import MailStack, MailUser, start_mail_stack

__all__ = ["certs", "mail_stack", "mail_user", "mail_user_factory", "wrong_cert_port"]


def _public_tempdir(prefix: str) -> Path:
    # Dovecot's auth process runs as user dovecot: every parent of its files must be traversable,
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
def mail_stack(certs: Certs) -> Iterator[FollowupdMailStack]:
    """Dovecot (IMAP STARTTLS, IMAPS, LMTP) and the aiosmtpd submission server, started once per session."""
    if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd dovecot-lmtpd)")
    directory = _public_tempdir("followupd-mail-")
    stack = start_mail_stack(directory, certs=certs, cls=FollowupdMailStack)
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


@pytest.fixture(scope="session")
def wrong_cert_port(certs: Certs) -> Iterator[int]:
    """A loopback port that completes TLS handshakes with a certificate for wrong.example, then hangs up.

    Not a mail server: it only exists to test that our clients verify the host name (implicit-TLS case).
    """
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certs.wrong_cert_file), str(certs.wrong_key_file))
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stopping = threading.Event()

    def serve() -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with contextlib.suppress(OSError), conn:
                conn.settimeout(5)
                with context.wrap_socket(conn, server_side=True):
                    pass

    thread = threading.Thread(target=serve, name="wrong-cert", daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stopping.set()
    thread.join(timeout=2)
    listener.close()
