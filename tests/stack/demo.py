"""The local demo: the mail and calendar stack on the ports config.example.toml names, with a ready user."""

from __future__ import annotations

import argparse
import logging
import secrets
import shutil
import signal
import tempfile
import threading
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

from tests.stack.caldav import make_calendar, put_event, start_radicale
from tests.stack.certs import make_certs
from tests.stack.mail import start_mail_stack


def _interview(address: str, *, end: datetime, uid: str, summary: str) -> str:
    def stamp(dt: datetime) -> str:
        return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//followupd demo//EN",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp(datetime.now(UTC))}",
            f"DTSTART:{stamp(end - timedelta(hours=1))}",
            f"DTEND:{stamp(end)}",
            "SUMMARY:" + summary.replace(",", "\\,"),
            "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
            "ATTENDEE;CN=Jane Doe;PARTSTAT=ACCEPTED:mailto:jane@acme.example",
            "ATTENDEE;CN=Raj Patel;PARTSTAT=ACCEPTED:mailto:raj@acme.example",
            f"ATTENDEE;CN=Maya Example;PARTSTAT=ACCEPTED:mailto:{address}",
            "LOCATION:https://meet.example/acme-backend",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


class _QuietTls(logging.Filter):
    """A client that gives up on TLS (an untrusted CA, a probe) is one line in the demo's log, not a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and type(error).__name__ == "TLSSetupException":
            cause = error.__cause__
            reason = getattr(cause, "reason", None) or str(cause or "handshake failed")
            record.msg = f"a client ended the TLS handshake ({reason}); does it trust the CA in .demo/ca.pem?"
            record.args = ()
            record.exc_info = record.exc_text = None
        return True


def _quiet_logs() -> None:
    logging.basicConfig(level=logging.INFO, format="demo stack: %(message)s")
    # aiosmtpd warns that its own Session.login_data is deprecated on every login; that is its business.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    logging.getLogger("mail.log").addFilter(_QuietTls())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path, default=Path("config.example.toml"))
    args = parser.parse_args()
    _quiet_logs()
    config = tomllib.loads(args.config.read_text())
    here = args.config.resolve().parent
    demo = here / ".demo"
    demo.mkdir(exist_ok=True)
    # Each demo starts from a clean state: the mail and calendar servers are new, so the old state's cursors,
    # interviews and sent debriefs would point at nothing.
    if (demo / "state").exists():
        shutil.rmtree(demo / "state")
        print(f"Removed the previous demo's state ({demo / 'state'}): this demo starts from a clean state.")
    password_file = demo / "password"
    if not password_file.exists():
        password_file.write_text(secrets.token_urlsafe(12) + "\n")
        password_file.chmod(0o600)
    password = password_file.read_text().strip()

    base = Path(tempfile.mkdtemp(prefix="followupd-demo-"))
    base.chmod(0o755)  # Dovecot's auth process must traverse it
    certs = make_certs(base / "certs")
    (demo / "ca.pem").write_bytes(Path(certs.ca_file).read_bytes())
    address = config["account"]["addresses"][0]
    stack = start_mail_stack(
        base / "mail",
        certs=certs,
        ports={
            "imap": config["imap"]["port"],
            "smtp": config["smtp"]["port"],
            "imaps": 10993,
            "smtps": 10465,
            "smtp_plain": 10025,
        },
    )
    stack.add_named_user(address, password)
    calendar = config["calendars"][0]
    radicale = start_radicale(base / "radicale", port=urlparse(calendar["url"]).port)
    radicale.add_user(calendar["username"], password)
    url = make_calendar(radicale, (calendar["username"], password), "interviews")
    now = datetime.now(UTC)
    put_event(
        url,
        _interview(
            address,
            end=now - timedelta(minutes=12),
            uid="demo-acme@example.test",
            summary="Interview: Acme, Senior Backend Engineer",
        ),
        auth=(calendar["username"], password),
    )
    put_event(
        url,
        _interview(
            address,
            end=now + timedelta(days=2),
            uid="demo-globex@example.test",
            summary="Globex - Platform Engineer interview",
        ),
        auth=(calendar["username"], password),
    )
    print(
        f"Demo stack up: IMAP 127.0.0.1:{stack.imap_port} (STARTTLS), SMTP 127.0.0.1:{stack.smtp_port} "
        f"(STARTTLS), CalDAV {url}\nUser {address}; password in {password_file}; CA in {demo / 'ca.pem'}.\n"
        f"Try: .venv/bin/followupd --config {args.config} --state-dir .demo/state run --once\n"
        f"Read the demo mailbox in a mail client: IMAP server 127.0.0.1, port {stack.imap_port}, STARTTLS, user "
        f"{address}, the password in {password_file}; trust {demo / 'ca.pem'} (or accept its certificate).\n"
        "Ctrl-C stops the stack.",
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    radicale.stop()
    stack.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
