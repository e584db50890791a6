"""The whole-loop demo: a local stack, an interview that ends, and followupd's real CLI and daemon doing the rest."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.stack.caldav import make_calendar, put_event, start_radicale
from tests.stack.certs import make_certs
from tests.stack.demo import _quiet_logs
from tests.stack.demo_mail import (
    DEBRIEF_ANSWERS,
    DemoConfig,
    first_lines,
    interview_ics,
    links,
    phone_reply,
    plain,
    send_as,
    subject,
    subject_starts,
    wait_for_mail,
)
from tests.stack.mail import MailStack, MailUser, start_mail_stack
from tests.stack.ports import free_port

# The ports config.example.toml names, so a mail client set up for the old demo still connects.
FIXED_PORTS = {"imap": 10143, "imaps": 10993, "smtp": 10587, "smtps": 10465, "smtp_plain": 10025}
FIXED_CALDAV, FIXED_WEB = 15232, 8765
ENDS_IN = 15  # seconds from the event landing on the calendar to the interview's end
ZONE = ZoneInfo("Europe/Berlin")  # Maya's zone in the demo config
FOLLOWUP_WAIT = 60  # seconds after the interview's end before the hear-back reminder is due (then 5 s grace)


Match = Callable[[EmailMessage], bool]


def confirmation(message: EmailMessage) -> bool:
    """followupd's answer to her reply, in the debrief's thread: "Re: Debrief: ...", saying what it recorded."""
    said = plain(message).splitlines()
    return subject(message).startswith("Re: Debrief") and any(line.startswith("Recorded") for line in said)


class StepFailed(Exception):
    """A step the demo cannot go on without did not happen in time."""


def say(step: str, text: str, *details: str) -> None:
    print(f"\n[{step}] {text}", flush=True)
    for detail in details:
        print(textwrap.indent(detail, "      "), flush=True)


class Demo:
    """One run: a temporary home (config, state, daemon log), the stack, and the daemon, all ended on exit."""

    def __init__(self, home: Path, *, free_ports: bool, timeout: float) -> None:
        self.home = home
        self.free_ports = free_ports
        self.timeout = timeout
        self.password = secrets.token_urlsafe(12)
        self.daemon: subprocess.Popen[bytes] | None = None
        self.missing: frozenset[str] = frozenset()
        self.stack: MailStack
        self.users: dict[str, MailUser] = {}

    # -- followupd, only ever through its command line ---------------------------------------------------------
    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "followupd", "--config", str(self.home / "config.toml"),
                "--state-dir", str(self.home / "state"), *args]  # fmt: skip

    def env(self) -> dict[str, str]:
        return os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.command(*args), capture_output=True, text=True, env=self.env(), timeout=60,
                              check=False)  # fmt: skip

    def alive(self) -> None:
        if self.daemon is not None and self.daemon.poll() is not None:
            raise StepFailed(f"the daemon exited (code {self.daemon.returncode}); its log: {self.log}")

    @property
    def log(self) -> Path:
        return self.home / "daemon.log"

    def write_config(self, config: DemoConfig) -> None:
        """Write the config; leave out what this followupd refuses as unknown (a feature not built yet)."""
        path = self.home / "config.toml"
        secret = self.home / "password"
        secret.write_text(self.password + "\n")
        secret.chmod(0o600)
        for _attempt in range(len(config.features) + 1):
            path.write_text(config.text(without=self.missing))
            path.chmod(0o600)
            # `status` before the first run validates the whole config and names every key it refuses.
            refused = [line for line in self.cli("status").stderr.splitlines() if f"{path}:" in line]
            unknown = {f.name for f in config.features for key in f.keys for line in refused
                       if f"{key}: unknown key" in line}  # fmt: skip
            if not refused:
                return
            if not unknown - self.missing:
                break
            self.missing |= unknown
        raise StepFailed("followupd refuses the demo config: " + " ".join(refused))

    # -- the steps ----------------------------------------------------------------------------------------------
    def start_stack(self, stop: ExitStack) -> DemoConfig:
        base = self.home / "servers"
        base.mkdir(mode=0o755)
        certs = make_certs(base / "certs")
        ports = None if self.free_ports else FIXED_PORTS
        try:
            self.stack = start_mail_stack(base / "mail", certs=certs, ports=ports)
        except (OSError, RuntimeError) as exc:
            raise StepFailed(f"the mail server did not start ({exc}); is another demo running? "
                             "`scripts/demo --free-ports` uses other ports") from None  # fmt: skip
        stop.callback(self.stack.stop)
        for address in ("maya@example.test", "jane@acme.example", "raj@acme.example", "sam@example.net"):
            self.users[address.split("@")[0]] = self.stack.add_named_user(address, self.password)
        try:
            radicale = start_radicale(base / "radicale", port=None if self.free_ports else FIXED_CALDAV)
        except (OSError, RuntimeError) as exc:
            raise StepFailed(f"the calendar server did not start ({exc}); is another demo running?") from None
        stop.callback(radicale.stop)
        radicale.add_user("maya@example.test", self.password)
        self.calendar = make_calendar(radicale, ("maya@example.test", self.password), "interviews")
        shutil.copy(certs.ca_file, self.home / "ca.pem")
        config = DemoConfig(
            address="maya@example.test",
            imap_port=self.stack.imap_port,
            smtp_port=self.stack.smtp_port,
            caldav_url=radicale.url + "maya@example.test/",
            web_port=free_port() if self.free_ports else FIXED_WEB,
            ca_file=self.home / "ca.pem",
            followup_wait=FOLLOWUP_WAIT,
        )
        self.write_config(config)
        say("1", "Your mail and calendar servers are up (private ones, on this computer only).",
            f"mail server: IMAP 127.0.0.1:{self.stack.imap_port} and SMTP 127.0.0.1:{self.stack.smtp_port}, "
            f"calendar: {config.caldav_url}",
            "mailboxes: maya@example.test (you, Maya), jane@acme.example and raj@acme.example (your "
            "interviewers at Acme), sam@example.net (Sam Rivera, your reference)")  # fmt: skip
        return config

    def schedule_interview(self) -> datetime:
        now = datetime.now(UTC).replace(microsecond=0)
        end = now + timedelta(seconds=ENDS_IN)
        ics = interview_ics("maya@example.test", start=now - timedelta(minutes=45), end=end)
        put_event(self.calendar, ics, auth=("maya@example.test", self.password))
        say("2", 'Your calendar: "Interview: Acme, Senior Backend Engineer" with Jane Doe and Raj Patel.',
            f"It ends at {end.astimezone(ZONE).strftime('%H:%M:%S %Z')}, {ENDS_IN} seconds from now.",
            "followupd starts (`followupd run`, the daemon): it watches the calendar and the inbox; the demo "
            "asks for the debrief 3 s after the end.")  # fmt: skip
        return end

    def start_daemon(self, stop: ExitStack) -> None:
        with self.log.open("wb") as out:
            self.daemon = subprocess.Popen(self.command("--log-level", "info", "run"), stdout=out, stderr=out,
                                           env=self.env(), start_new_session=True)  # fmt: skip
        stop.callback(self.stop_daemon)

    def stop_daemon(self) -> None:
        if self.daemon is None or self.daemon.poll() is not None:
            return
        self.daemon.send_signal(signal.SIGTERM)
        try:
            self.daemon.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.daemon.kill()
            self.daemon.wait()

    def wait(
        self, who: str, match: str | Match, *, timeout: float | None = None, folder: str = "INBOX"
    ) -> list[EmailMessage]:
        """The messages in `who`'s folder whose subject starts with `match` (or that `match` accepts)."""
        test = subject_starts(match) if isinstance(match, str) else match
        wait = timeout if timeout is not None else self.timeout
        return wait_for_mail(self.stack, self.users[who], test, folder=folder, timeout=wait, alive=self.alive)

    def need(self, who: str, match: str | Match, what: str) -> EmailMessage:
        found = self.wait(who, match)
        if not found:
            raise StepFailed(
                f"{what} did not arrive within {self.timeout:.0f} s; the daemon's log: {self.log}"
            )
        return found[-1]

    def reply(self, original: EmailMessage, text: str) -> None:
        send_as(self.stack, self.users["maya"], phone_reply(original, sender="maya@example.test", text=text))

    def debrief(self) -> None:
        debrief = self.need("maya", "Debrief:", "The debrief email")
        form = [link for link in links(debrief) if "/form/" in link or "/debrief/" in link] or links(debrief)
        say("3", "followupd noticed the interview has ended and emailed you a short debrief.",
            f'In your inbox: "{subject(debrief)}"',
            f"Answer by replying, or in the web form: {form[0] if form else '(no link found)'}")  # fmt: skip
        self.reply(debrief, DEBRIEF_ANSWERS)
        say("4", "You answer from your phone: numbered answers on top of the quoted email.",
            DEBRIEF_ANSWERS.rstrip() + "\n\nSent from my iPhone")  # fmt: skip

    def thanks(self) -> None:
        recorded = self.need("maya", confirmation, "The confirmation of your answers")
        approval = self.need("maya", "Thank-you notes to approve", "The thank-you approval email")
        drafts = self.wait("maya", "Thank you", folder="Drafts", timeout=10)
        review = [link for link in links(approval) if "/review/" in link]
        say("5", "followupd recorded your answers and drafted a thank-you note to each interviewer.",
            f'In your inbox: "{subject(recorded)}": '
            + next(line for line in plain(recorded).splitlines() if line.startswith("Recorded")),
            "In your Drafts folder: " + "; ".join(f'"{subject(m)}" to {m["To"]}' for m in drafts),
            f'In your inbox: "{subject(approval)}"',
            f"Review and edit them on this page: {review[0] if review else '(no link found)'}",
            'You reply "approve". Nothing leaves before you approve.')  # fmt: skip
        self.reply(approval, "approve")
        for who, name in (("jane", "Jane Doe"), ("raj", "Raj Patel")):
            note = self.need(who, "Thank you", f"The thank-you note to {who}@acme.example")
            say("6", f"Your note arrived in {name}'s inbox ({who}@acme.example), after the 5 s undo time:",
                "\n".join(first_lines(note, 3)))  # fmt: skip

    def heads_up(self) -> None:
        if "heads-ups" in self.missing:
            say("7", "heads-ups: not in this version (this followupd does not know the [heads_up] settings).")
            return
        found = self.wait("maya", "Heads-ups for your references")
        if not found:
            say("7", f"heads-ups: no heads-up approval email came within {self.timeout:.0f} s; "
                     "`followupd status` below shows the references track.")  # fmt: skip
            return
        approval = found[-1]
        say("7", "Acme asked for references, so followupd drafted a heads-up to Sam Rivera.",
            f'In your inbox: "{subject(approval)}". You reply "approve".')  # fmt: skip
        self.reply(approval, "approve")
        told = self.wait("sam", "")
        if not told:
            say("7", f"heads-ups: approved, but nothing reached Sam's inbox within {self.timeout:.0f} s.")
            return
        say("7", f'The heads-up arrived in Sam\'s inbox: "{subject(told[-1])}"',
            "\n".join(first_lines(told[-1], 3)))  # fmt: skip

    def follow_up(self, ended: datetime) -> None:
        if "follow-ups" in self.missing:
            say(
                "8",
                "follow-ups: not in this version (this followupd does not know the [followups] settings).",
            )
            return
        due = ended + timedelta(seconds=FOLLOWUP_WAIT + 5)
        left = max(0.0, (due - datetime.now(UTC)).total_seconds())
        over = f"it is over in about {left:.0f} s" if left >= 1 else "it is over"
        say("8", f"You said they gave no date to hear back. The demo's wait for news is {FOLLOWUP_WAIT} s "
                 f"(10 business days normally); {over}.")  # fmt: skip
        found = self.wait("maya", "No word from", timeout=left + self.timeout)
        if not found:
            say("8", f"follow-ups: no reminder came within {left + self.timeout:.0f} s; `followupd status` "
                     "below shows the follow-up track.")  # fmt: skip
            return
        reminder = found[-1]
        drafted = [n for n in json.loads(self.cli("drafts", "list", "--json").stdout or "[]")
                   if n.get("purpose") == "check_in" or "check" in str(n.get("subject", "")).lower()]  # fmt: skip
        say(
            "8",
            f'In your inbox: "{subject(reminder)}"',
            "\n".join(first_lines(reminder, 4)),
            *(f'A check-in is drafted for you to approve: "{n["subject"]}" to {n["email"]}' for n in drafted),
        )

    def finish(self) -> None:
        link = self.cli("report", "--link").stdout.strip()
        status = self.cli("status").stdout.rstrip()
        say("9", "Where things stand.", f"Your dashboard (while the daemon runs): {link}",
            "$ followupd status\n" + status)  # fmt: skip
        say("9", "Look at the mailboxes in a real mail client (Thunderbird, mutt, ...) while the demo runs:",
            f"IMAP server 127.0.0.1, port {self.stack.imap_port}, STARTTLS; SMTP 127.0.0.1, port "
            f"{self.stack.smtp_port}, STARTTLS",
            "users: maya@example.test, jane@acme.example, raj@acme.example, sam@example.net",
            f"password (all of them): {self.password}",
            f"certificate: issued by the demo's own CA, {self.home / 'ca.pem'}: import it or accept it",
            f"followupd's own command line: {' '.join(self.command())} ...",
            f"the daemon's log: {self.log}")  # fmt: skip


def run(demo: Demo, *, wait: bool) -> int:
    with ExitStack() as stop:
        try:
            demo.start_stack(stop)
            ended = demo.schedule_interview()
            demo.start_daemon(stop)
            demo.debrief()
            demo.thanks()
            demo.heads_up()
            demo.follow_up(ended)
            demo.finish()
        except StepFailed as failed:
            print(f"\nThe demo stopped: {failed}", file=sys.stderr, flush=True)
            print(
                "(`scripts/demo --keep` keeps the demo's directory and its logs after it ends.)",
                file=sys.stderr,
            )
            return 1
        if wait:
            print("\nThe demo keeps running: Ctrl-C ends it and removes its servers and mail.", flush=True)
            while True:
                time.sleep(3600)
        print("\nThe demo is done (--no-wait): ending the daemon and the servers.", flush=True)
    return 0


def _interrupt(*_args: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-wait", action="store_true", help="exit after the last step (for tests)")
    parser.add_argument(
        "--free-ports", action="store_true", help="not the fixed ports of config.example.toml"
    )
    parser.add_argument("--timeout", type=float, default=60, help="seconds each step may take")
    parser.add_argument("--keep", action="store_true", help="keep the demo's temporary directory")
    args = parser.parse_args()
    _quiet_logs()
    # Ctrl-C (SIGINT) and SIGTERM both end the demo through its clean-up, also when started from a script that
    # ignores SIGINT for background jobs.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    home = Path(tempfile.mkdtemp(prefix="followupd-demo-"))
    home.chmod(0o755)  # Dovecot's auth process must traverse it
    print(f"followupd demo: everything lives in {home} and starts empty.", flush=True)
    try:
        return run(Demo(home, free_ports=args.free_ports, timeout=args.timeout), wait=not args.no_wait)
    except KeyboardInterrupt:
        print("\nStopped: the daemon and the servers are ended, the demo's directory is removed.", flush=True)
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
