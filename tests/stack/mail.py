"""The real mail test stack: a private Dovecot (IMAP, IMAPS, LMTP) fed by an aiosmtpd submission server."""

from __future__ import annotations

import contextlib
import dataclasses
import email
import email.policy
import email.utils
import grp
import itertools
import os
import pwd
import secrets
import shutil
import signal
import smtplib
import socket
import ssl
import stat
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from imapclient import IMAPClient

from tests.stack.certs import Certs
from tests.stack.ports import free_port
from tests.stack.submission import Submission

__all__ = ["MailStack", "MailUser", "start_mail_stack"]

DOMAIN = "example.test"
_counter = itertools.count(1)


@dataclass(frozen=True)
class MailUser:
    """One mailbox on the stack; `username` is the full address (Dovecot and the submission server agree)."""

    username: str
    password: str = dataclasses.field(repr=False)
    address: str
    oauth_token: str = dataclasses.field(repr=False, default="")


DOVECOT_CONF = """\
instance_name = followupd-test-{instance}
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
shutdown_clients = yes
verbose_proctitle = yes
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
{ssl_dh}
disable_plaintext_auth = yes
auth_mechanisms = plain login xoauth2 oauthbearer
auth_verbose = yes
# Failed logins are delayed 2 s and more by default; tests log in wrongly on purpose.
auth_failure_delay = 0
auth_cache_size = 0
mail_location = maildir:~/Maildir
mail_fsync = never
mail_max_userip_connections = 200
first_valid_uid = 1
lmtp_save_to_detail_mailbox = no

# One passwd file per user: Dovecot re-reads a shared file at most once a second.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users.d/%u
  mechanisms = plain login none
}}
# XOAUTH2/OAUTHBEARER: the "password" checked is the user's current token.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/tokens.d/%u
  mechanisms = xoauth2 oauthbearer
}}
# Mail processes refuse uid 0: run them as nobody over a chowned mail root.
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={base}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps}
    ssl = yes
  }}
}}
service lmtp {{
  unix_listener lmtp {{
    mode = 0666
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
}}
"""


class MailStack:
    """A running stack. Construct with `start_mail_stack`; stop with `stop()`."""

    host = "127.0.0.1"

    def __init__(self, base_dir: Path, *, certs: Certs) -> None:
        self.base_dir = base_dir
        self.certs = certs
        self.ca_file = certs.ca_file
        self.conf_path = base_dir / "dovecot.conf"
        self.log_path = base_dir / "dovecot.log"
        self.lmtp_socket = base_dir / "run" / "lmtp"
        self.users: dict[str, MailUser] = {}
        self.imap_port = self.imaps_port = self.smtp_port = self.smtps_port = self.smtp_plain_port = 0
        self.dovecot: subprocess.Popen[bytes] | None = None
        self.submission = Submission(self, certs=certs)
        self.start_seconds = 0.0

    # -- users -----------------------------------------------------------------------------------------------

    def add_user(self, local: str | None = None, *, password: str | None = None) -> MailUser:
        """A fresh mailbox; the address is unique per call (`maya-3-1a2b@example.test`)."""
        local = f"{local or 'maya'}-{next(_counter)}-{secrets.token_hex(2)}"
        address = f"{local}@{DOMAIN}"
        user = MailUser(
            address, password or secrets.token_urlsafe(12), address, "tok-" + secrets.token_hex(8)
        )
        self._write_secret("users.d", address, user.password)
        self._write_secret("tokens.d", address, user.oauth_token)
        self.users[address.lower()] = user
        return user

    def add_named_user(self, address: str, password: str) -> MailUser:
        """A mailbox for exactly this address (no unique suffix), e.g. the one a demo config names."""
        user = MailUser(address, password, address, "tok-" + secrets.token_hex(8))
        self._write_secret("users.d", address, password)
        self._write_secret("tokens.d", address, user.oauth_token)
        self.users[address.lower()] = user
        return user

    def set_oauth_token(self, user: MailUser, token: str) -> MailUser:
        """Change the token the servers accept for `user` (a token that expired on the provider's side)."""
        changed = dataclasses.replace(user, oauth_token=token)
        self._write_secret("tokens.d", user.username, token)
        self.users[user.username.lower()] = changed
        return changed

    def _write_secret(self, folder: str, username: str, secret: str) -> None:
        path = self.base_dir / folder / username
        tmp = path.with_suffix(".tmp")
        tmp.write_text(f"{username}:{{PLAIN}}{secret}::::::\n")
        tmp.chmod(0o644)  # Dovecot's auth process runs as user dovecot
        tmp.replace(path)

    # -- mail in and out -------------------------------------------------------------------------------------

    def lmtp_deliver(self, mail_from: str, recipients: list[str], data: bytes) -> None:
        with smtplib.LMTP(str(self.lmtp_socket)) as lmtp:
            lmtp.sendmail(mail_from, recipients, data)  # "" becomes MAIL FROM:<> (a bounce)

    def deliver(self, user: MailUser, message: bytes | EmailMessage, *, mail_from: str | None = None) -> None:
        """Put a message into `user`'s INBOX over LMTP, as a reply arriving from outside would.

        The envelope sender defaults to the From address; `mail_from=""` delivers it as a bounce
        (Return-Path: <>).
        """
        if isinstance(message, EmailMessage):
            data = message.as_bytes(policy=email.policy.SMTP)
            parsed = message
        else:
            data = message
            parsed = email.message_from_bytes(data, policy=email.policy.default)
        if mail_from is None:
            senders = email.utils.getaddresses([str(parsed.get("From", ""))])
            mail_from = senders[0][1] if senders and senders[0][1] else f"sender@{DOMAIN}"
        self.lmtp_deliver(mail_from, [user.address], data)

    def imap_client(self, user: MailUser) -> IMAPClient:
        context = ssl.create_default_context(cafile=str(self.ca_file))
        client = IMAPClient(self.host, port=self.imaps_port, ssl=True, ssl_context=context, timeout=10)
        client.login(user.username, user.password)
        return client

    def fetch_all(self, user: MailUser, folder: str = "INBOX") -> list[EmailMessage]:
        """Every message in `folder`, oldest first, read over IMAPS without setting \\Seen."""
        with self.imap_client(user) as client:
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search(["ALL"]))
            if not uids:
                return []
            fetched = client.fetch(uids, [b"BODY.PEEK[]"])
            return [
                email.message_from_bytes(fetched[uid][b"BODY[]"], policy=email.policy.default) for uid in uids
            ]

    def wait_for(
        self, user: MailUser, count: int, *, folder: str = "INBOX", timeout: float = 5.0
    ) -> list[EmailMessage]:
        """Poll until `folder` holds at least `count` messages; returns what is there at the end."""
        deadline = time.monotonic() + timeout
        while True:
            messages = self.fetch_all(user, folder)
            if len(messages) >= count or time.monotonic() > deadline:
                return messages
            time.sleep(0.05)

    # -- faults on the IMAP side -----------------------------------------------------------------------------

    def _children(self) -> dict[int, str]:
        """{pid: process title} of the running master's children (all of Dovecot's processes)."""
        found: dict[int, str] = {}
        if self.dovecot is None:
            return found
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if parent == self.dovecot.pid:
                found[int(entry.name)] = cmdline
        return found

    def imap_pids(self, user: MailUser | None = None) -> list[int]:
        """PIDs of the imap processes serving `user` (all users when None), from their process titles."""
        # verbose_proctitle gives "dovecot-<instance>/imap [user 127.0.0.1 IDLE]".
        return [
            pid
            for pid, title in self._children().items()
            if title.split(" ", 1)[0].endswith("/imap") and (user is None or f"[{user.username} " in title)
        ]

    def kick(self, user: MailUser | None = None) -> int:
        """Cut `user`'s IMAP connections the rude way (SIGKILL of their imap processes); returns how many."""
        pids = self.imap_pids(user)
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        return len(pids)

    # -- lifecycle -------------------------------------------------------------------------------------------

    def _write_config(self) -> None:
        dh = Path("/usr/share/dovecot/dh.pem")
        self.conf_path.write_text(
            DOVECOT_CONF.format(
                instance=f"{os.getpid()}-{id(self) % 10000}",
                base=self.base_dir,
                cert=self.certs.cert_file,
                key=self.certs.key_file,
                ssl_dh=f"ssl_dh = <{dh}" if dh.exists() else "",
                imap=self.imap_port,
                imaps=self.imaps_port,
            )
        )

    def start_dovecot(self) -> None:
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        self.dovecot = subprocess.Popen(
            [binary, "-F", "-c", str(self.conf_path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(self.base_dir / "dovecot.stderr").open("ab"),
        )
        deadline = time.monotonic() + 10
        while not self._dovecot_ready():
            if self.dovecot.poll() is not None or time.monotonic() > deadline:
                self.stop_dovecot()
                raise RuntimeError(f"dovecot did not start; see {self.log_path} and dovecot.stderr")
            time.sleep(0.01)

    def _dovecot_ready(self) -> bool:
        if not self.lmtp_socket.exists():
            return False
        try:
            with socket.create_connection((self.host, self.imap_port), timeout=1) as sock:
                return sock.recv(64).startswith(b"* OK")
        except OSError:
            return False

    def stop_dovecot(self) -> None:
        if not self.dovecot or self.dovecot.poll() is not None:
            return
        children = self._children()
        self.dovecot.send_signal(signal.SIGTERM)
        try:
            self.dovecot.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.dovecot.kill()
            self.dovecot.wait()
        # Login processes proxying TLS keep serving connected clients after the master is gone (and so does
        # the imap process behind them), which would let a "restarted" server keep old sessions alive.
        for pid, title in children.items():
            with contextlib.suppress(OSError):
                now = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                if now == title:  # not a recycled PID
                    os.kill(pid, signal.SIGKILL)

    def restart_dovecot(self) -> None:
        """Stop and start Dovecot on the same ports and mail; every IMAP connection is dropped."""
        self.stop_dovecot()
        self.start_dovecot()

    def stop(self) -> None:
        self.submission.stop()
        self.stop_dovecot()


def _check_traversable(path: Path) -> None:
    for parent in [path, *path.parents]:
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            raise RuntimeError(
                f"{parent} is not traversable by others; Dovecot's auth process (user dovecot) cannot read "
                "the passwd files below it: put the stack under a 0755 temporary directory"
            )


def start_mail_stack(
    base_dir: Path,
    *,
    certs: Certs,
    ports: dict[str, int] | None = None,
    cls: type[MailStack] = MailStack,
) -> MailStack:
    """Start Dovecot and the submission server under `base_dir` (made 0755); free ports unless `ports` says.

    `ports` keys: imap, imaps, smtp, smtps, smtp_plain.
    """
    started = time.monotonic()
    ports = dict(ports or {})
    base_dir.mkdir(parents=True, exist_ok=True)
    base_dir.chmod(0o755)
    _check_traversable(base_dir)
    for folder in ("users.d", "tokens.d", "run", "state"):
        (base_dir / folder).mkdir(mode=0o755, exist_ok=True)
    mail_root = base_dir / "mail"
    mail_root.mkdir(mode=0o755, exist_ok=True)
    if os.getuid() == 0:  # mail processes run as nobody (the static userdb), so they must own the mail root
        os.chown(mail_root, pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid)
    stack = cls(base_dir, certs=certs)
    stack.imap_port = ports.get("imap") or free_port()
    stack.imaps_port = ports.get("imaps") or free_port()
    stack._write_config()
    stack.start_dovecot()
    try:
        bound = stack.submission.start(ports=ports)
    except Exception:
        stack.stop_dovecot()
        raise
    stack.smtp_port, stack.smtps_port, stack.smtp_plain_port = (
        bound["smtp"],
        bound["smtps"],
        bound["smtp_plain"],
    )
    stack.start_seconds = time.monotonic() - started
    return stack


def iter_dovecot_log(stack: MailStack) -> Iterator[str]:
    """The private Dovecot's log lines, for failure messages."""
    if stack.log_path.exists():
        yield from stack.log_path.read_text(errors="replace").splitlines()
