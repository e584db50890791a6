"""The command line: parses arguments, calls the service or the daemon, prints tables or --json."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from followupd import __version__
from followupd.cli.output import EXIT_SERVICE, EXIT_USAGE
from followupd.config.providers import CALDAV_SERVERS, PROVIDERS, providers_help
from followupd.errors import ServiceError, UserError

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followupd", description="The days after a job interview, looked after."
    )
    parser.add_argument("--version", action="version", version=f"followupd {__version__}")
    parser.add_argument(
        "--config", type=Path, help="config file (default: $XDG_CONFIG_HOME/followupd/config.toml)"
    )
    parser.add_argument(
        "--state-dir",
        type=Path,
        help="where the database lives (default: $STATE_DIRECTORY or $XDG_STATE_HOME/followupd)",
    )
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser(
        "init",
        help="write a config for your mail and calendar, find your calendars, then check it",
        description="Ask for (or take from flags) your address, mail servers and calendar; find the calendars "
        "(CalDAV discovery), write the config (0600), log in to everything and list the interviews found in "
        "the next 30 days. Interactive prompts offer the provider's values; without a terminal pass "
        "--non-interactive and the flags. When the check fails the config is still written, marked as failed: "
        "fix it and run `followupd check`, or run init again (it replaces a failed config without --force).",
        epilog=providers_help(),
    )
    flags = (
        ("address", "your email address (the provider is guessed from its domain)"),
        ("name", "your name, as the debrief email greets you"),
        ("timezone", "IANA time zone, e.g. Europe/Berlin (default: this machine's)"),
        ("imap-host", "IMAP server (default: the provider's)"),
        ("smtp-host", "SMTP submission server (default: the provider's)"),
        (
            "ca-file",
            "PEM file of the CA that signed a self-hosted server's certificate (default: the system's)",
        ),
        ("username", "mail login (default: the address)"),
        (
            "password-command",
            "a command that prints the mail password, e.g. 'pass show mail' (default: keyring)",
        ),
        (
            "caldav-url",
            "CalDAV URL or host; with --caldav-server just the host (default: discovered from the address)",
        ),
        ("caldav-username", "calendar login (default: the mail login)"),
        (
            "caldav-password-command",
            "a command that prints the calendar password (default: the mail password's)",
        ),
        ("ics-url", "a private ICS address instead of CalDAV (Gmail, Outlook 365: see the list below)"),
        ("ics-file", "an .ics file or a folder of them instead of CalDAV"),
    )
    for flag, text in flags:
        init.add_argument(f"--{flag}", help=text)
    init.add_argument(
        "--provider", choices=[*PROVIDERS, "other"], help="mail provider (default: from --address)"
    )
    init.add_argument(
        "--caldav-server", choices=list(CALDAV_SERVERS), help="kind of self-hosted CalDAV server"
    )
    for kind in ("imap", "smtp"):
        ports = "993 for tls, 143 for starttls" if kind == "imap" else "465 for tls, 587 for starttls"
        init.add_argument(
            f"--{kind}-port", type=int, help=f"{kind.upper()} port (default: the provider's, or {ports})"
        )
        init.add_argument(
            f"--{kind}-security",
            choices=["tls", "starttls"],
            help="tls (TLS from the first byte) or starttls",
        )
    init.add_argument(
        "--non-interactive", action="store_true", help="never prompt; take everything from flags"
    )
    init.add_argument("--force", action="store_true", help="overwrite an existing config file")
    init.add_argument(
        "--no-check",
        action="store_true",
        help="connect to nothing: no discovery, no check; just write the file",
    )
    init.add_argument(
        "--print-example", action="store_true", help="print the example config with every key, then exit"
    )

    check = sub.add_parser("check", help="log in to every configured server and say what works")
    check.add_argument("--json", action="store_true")

    run = sub.add_parser("run", help="run the daemon in the foreground")
    run.add_argument(
        "--once", action="store_true", help="one full pass (calendars, mailbox, timers, sends), then exit"
    )

    status = sub.add_parser("status", help="interviews, what is due, and the health of each connection")
    status.add_argument("--json", action="store_true")

    report = sub.add_parser("report", help="your opportunities side by side and your ratings over time")
    report.add_argument("--json", action="store_true")
    report.add_argument(
        "--sort", default="date", choices=["date", "company", "rating", "want_job", "hear_back"]
    )
    report.add_argument("--desc", action="store_true", help="sort in descending order")
    report.add_argument("--link", action="store_true", help="print a signed link to the web dashboard")

    interviews = sub.add_parser("interviews", help="list, show, correct or add interviews")
    isub = interviews.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = isub.add_parser("list", help="every interview followupd tracks")
    listing.add_argument("--json", action="store_true")
    show = isub.add_parser("show", help="one interview with its debrief")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    ignore = isub.add_parser("ignore", help="this is not an interview: send nothing about it")
    ignore.add_argument("id", type=int)
    edit = isub.add_parser("edit", help="correct what detection got wrong")
    edit.add_argument("id", type=int)
    edit.add_argument("--company")
    edit.add_argument("--role")
    edit.add_argument(
        "--interviewer",
        action="append",
        metavar="'NAME <EMAIL>'",
        help="replaces the interviewers; repeat for several",
    )
    add = isub.add_parser("add", help="add an interview that is in no calendar")
    add.add_argument("--company", required=True)
    add.add_argument("--role", default="")
    add.add_argument(
        "--start", required=True, help="e.g. 2026-11-26T14:00 (your time zone) or with an offset"
    )
    add.add_argument("--end", help="default: one hour after --start")
    add.add_argument("--interviewer", action="append", metavar="'NAME <EMAIL>'")
    scan = isub.add_parser("scan", help="show what detection makes of each calendar event; changes nothing")
    scan.add_argument("--from", dest="date_from", help="YYYY-MM-DD (default: 7 days ago)")
    scan.add_argument("--to", dest="date_to", help="YYYY-MM-DD (default: 30 days ahead)")
    scan.add_argument("--json", action="store_true")

    debrief = sub.add_parser("debrief", help="debrief tools")
    dsub = debrief.add_subparsers(dest="action", required=True, metavar="ACTION")
    parse = dsub.add_parser("parse", help="run the reply parser on a saved message and show what it reads")
    parse.add_argument("file", type=Path)
    parse.add_argument("--date", help="interview date for relative dates (default: the message's Date)")
    parse.add_argument(
        "--questionnaire", type=Path, help="a TOML file with a [questionnaire] table (default: the config's)"
    )
    parse.add_argument("--json", action="store_true")
    retry = dsub.add_parser("retry", help="read a reply again that intake set aside (see `status`)")
    retry.add_argument("message_id", metavar="MESSAGE-ID")

    drafts = sub.add_parser("drafts", help="thank-you notes: list, read, edit, approve, hold, discard")
    rsub = drafts.add_subparsers(dest="action", required=True, metavar="ACTION")
    rlist = rsub.add_parser("list", help="every thank-you note and where it is")
    rlist.add_argument("--json", action="store_true")
    for name, text in (
        ("show", "one note with its full text"),
        ("approve", "send this note (after thank_you.undo_after, in the sending window)"),
        ("hold", "put an approved note back to a draft"),
        ("discard", "do not send this note"),
    ):
        one = rsub.add_parser(name, help=text)
        one.add_argument("id", type=int)
        one.add_argument("--json", action="store_true")
    redit = rsub.add_parser("edit", help="change a note's text in $EDITOR (same Message-ID)")
    redit.add_argument("id", type=int)
    redit.add_argument("--body-file", type=Path, help="take the new text from this file instead")
    redit.add_argument("--json", action="store_true")
    raddress = rsub.add_parser("address", help="give the interviewer's address; the note goes there")
    raddress.add_argument("id", type=int)
    raddress.add_argument("email")
    raddress.add_argument("--json", action="store_true")
    rsend = rsub.add_parser("send", help="send an uncertain or failed note again, after checking")
    rsend.add_argument("id", type=int)
    rsend.add_argument("--anyway", action="store_true", help="yes: it did not reach them, send it")
    rsend.add_argument("--json", action="store_true")

    references = sub.add_parser(
        "references",
        help="your references: how often each was asked lately; notify drafts heads-ups",
        description="Without an action: each configured reference (R1, R2 ...) with the heads-ups that count "
        "in the last 30 days, the last one and the companies they were told about.",
    )
    references.add_argument("--json", action="store_true")
    fsub = references.add_subparsers(dest="action", metavar="ACTION")
    notify = fsub.add_parser(
        "notify",
        help="draft heads-ups to your references for one interview now (approve them like thank-you notes)",
    )
    notify.add_argument("interview", type=int, metavar="INTERVIEW", help="the interview's id")
    notify.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="only this reference (name or address, any case); repeat for several",
    )
    notify.add_argument(
        "--force", action="store_true", help="also references already told about this company"
    )
    notify.add_argument("--json", action="store_true")

    secrets = sub.add_parser("secrets", help="store passwords in the system keyring")
    ssub = secrets.add_subparsers(dest="action", required=True, metavar="ACTION")
    sset = ssub.add_parser("set", help="prompt for a password and store it in the keyring")
    sset.add_argument("name", help="imap, smtp or calendar-NAME")
    ssub.add_parser("status", help="which keyring backend is in use")
    return parser


# The dispatch table: (command, action) -> (module, function). Modules are imported only for the command that
# runs, so `followupd status` does not pay for the calendar parser or Jinja2.
COMMANDS: dict[tuple[str, str | None], tuple[str, str]] = {
    ("init", None): ("followupd.cli.init", "cmd_init"),
    ("check", None): ("followupd.cli.check", "cmd_check"),
    ("run", None): ("followupd.cli.run", "cmd_run"),
    ("status", None): ("followupd.cli.status", "cmd_status"),
    ("report", None): ("followupd.cli.report", "cmd_report"),
    ("interviews", "list"): ("followupd.cli.interviews", "cmd_list"),
    ("interviews", "show"): ("followupd.cli.interviews", "cmd_show"),
    ("interviews", "ignore"): ("followupd.cli.interviews", "cmd_ignore"),
    ("interviews", "edit"): ("followupd.cli.interviews", "cmd_edit"),
    ("interviews", "add"): ("followupd.cli.interviews", "cmd_add"),
    ("interviews", "scan"): ("followupd.cli.interviews", "cmd_scan"),
    ("debrief", "parse"): ("followupd.cli.debrief", "cmd_parse"),
    ("debrief", "retry"): ("followupd.cli.debrief", "cmd_retry"),
    ("drafts", "list"): ("followupd.cli.drafts", "cmd_list"),
    ("drafts", "show"): ("followupd.cli.drafts", "cmd_show"),
    ("drafts", "edit"): ("followupd.cli.drafts", "cmd_edit"),
    ("drafts", "approve"): ("followupd.cli.drafts", "cmd_approve"),
    ("drafts", "hold"): ("followupd.cli.drafts", "cmd_hold"),
    ("drafts", "discard"): ("followupd.cli.drafts", "cmd_discard"),
    ("drafts", "address"): ("followupd.cli.drafts", "cmd_address"),
    ("drafts", "send"): ("followupd.cli.drafts", "cmd_send"),
    ("references", None): ("followupd.cli.references", "cmd_list"),
    ("references", "notify"): ("followupd.cli.references", "cmd_notify"),
    ("secrets", "set"): ("followupd.cli.secrets", "cmd_set"),
    ("secrets", "status"): ("followupd.cli.secrets", "cmd_status"),
}


def _command(args: argparse.Namespace) -> Callable[[argparse.Namespace], int]:
    module, function = COMMANDS[(args.command, getattr(args, "action", None))]
    handler: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), function)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        handler = _command(args)
        if "structlog" in sys.modules:  # the command logs through structlog: route and scrub it
            from followupd.runtime import logs

            logs.configure(args.log_level)
        else:  # a read-only command (status, lists): no need to pay for structlog's import
            logging.basicConfig(
                level=getattr(logging, args.log_level.upper()), format="followupd: %(message)s"
            )
        return handler(args)
    except UserError as exc:
        print(f"followupd: {exc.render()}", file=sys.stderr)
        return EXIT_USAGE
    except ServiceError as exc:
        print(f"followupd: {exc}", file=sys.stderr)
        return EXIT_SERVICE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`followupd interviews list | head`): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
