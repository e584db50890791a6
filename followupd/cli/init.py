"""`followupd init`: ask for (or take from flags) the address and servers, store the secret, write the config."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.adapters.secrets import keyring_status, store_in_keyring
from followupd.cli.output import EXIT_OK, EXIT_SERVICE
from followupd.config.load import default_config_path, load_settings
from followupd.config.providers import PROVIDERS
from followupd.errors import UserError
from followupd.services.checks import run_checks

__all__ = ["cmd_init", "guess_provider", "render_config"]

_DOMAINS = {
    "gmail": ("gmail.com", "googlemail.com"),
    "outlook": ("outlook.com", "hotmail.com", "live.com", "msn.com"),
    "icloud": ("icloud.com", "me.com", "mac.com"),
    "fastmail": ("fastmail.com", "fastmail.fm", "fastmail.org"),
}
_HINTS = {
    "gmail": "Gmail needs an app password (Google account > Security > App passwords) or oauth2_token_command. "
    "For the calendar, pass --ics-url with its 'secret address in iCal format'.",
    "outlook": "Outlook 365 is turning basic authentication off: prefer oauth2_token_command (e.g. oama, pizauth). "
    "For the calendar, pass --ics-url with the calendar's published ICS address.",
    "icloud": "iCloud needs an app-specific password (appleid.apple.com > Sign-In and Security).",
    "fastmail": "Fastmail needs an app password (Settings > Privacy & Security > App passwords).",
}


def guess_provider(address: str) -> str:
    domain = address.rsplit("@", 1)[-1].lower()
    return next((name for name, domains in _DOMAINS.items() if domain in domains), "other")


def _local_zone() -> str:
    try:
        link = os.readlink("/etc/localtime")
        zone = link.split("zoneinfo/", 1)[1]
        ZoneInfo(zone)
        return zone
    except (OSError, IndexError, ZoneInfoNotFoundError, ValueError):
        return "UTC"


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def render_config(
    *,
    name: str,
    address: str,
    timezone: str,
    imap: tuple[str, int, str],
    smtp: tuple[str, int, str],
    username: str,
    password_command: str | None,
    calendar: dict[str, str] | None,
) -> str:
    secret = f"password_command = {_q(password_command)}\n" if password_command else "keyring = true\n"
    text = (
        "# Written by `followupd init`; config.example.toml documents every key.\n\n"
        f"[account]\nname = {_q(name)}\naddresses = [{_q(address)}]\ntimezone = {_q(timezone)}\n\n"
        f"[imap]\nhost = {_q(imap[0])}\nport = {imap[1]}\nsecurity = {_q(imap[2])}\nusername = {_q(username)}\n"
        f"{secret}\n"
        f"[smtp]\nhost = {_q(smtp[0])}\nport = {smtp[1]}\nsecurity = {_q(smtp[2])}\nusername = {_q(username)}\n"
        f"{secret}\n"
    )
    if calendar:
        text += "[[calendars]]\n" + "".join(f"{k} = {_q(v)}\n" for k, v in calendar.items())
        if calendar.get("kind") == "caldav":
            text += f"username = {_q(username)}\n{secret}"
    return text


def _ask(prompt: str, default: str | None, *, interactive: bool, flag: str) -> str:
    if not interactive:
        if default is None:
            raise UserError(f"{flag} is required with --non-interactive")
        return default
    shown = f" [{default}]" if default else ""
    answer = input(f"{prompt}{shown}: ").strip()
    if not answer and default is None:
        raise UserError(f"{prompt} is required")
    return answer or (default or "")


def cmd_init(args: argparse.Namespace) -> int:
    path: Path = args.config or default_config_path()
    if path.exists() and not args.force:
        raise UserError("a config file exists already", where=str(path), fix="pass --force to overwrite it")
    interactive = not args.non_interactive and sys.stdin.isatty()
    address = _ask("Your email address", args.address, interactive=interactive, flag="--address")
    if "@" not in address:
        raise UserError(f"{address!r} is not an email address", where="--address")
    provider = args.provider or guess_provider(address)
    known = PROVIDERS.get(provider)
    if known is None and provider != "other":
        raise UserError(
            f"unknown provider {provider!r}", where="--provider", fix=f"one of: {', '.join(PROVIDERS)}, other"
        )
    name = _ask(
        "Your name",
        args.name or address.split("@")[0].replace(".", " ").title(),
        interactive=interactive,
        flag="--name",
    )
    timezone = _ask(
        "Your time zone", args.timezone or _local_zone(), interactive=interactive, flag="--timezone"
    )
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            f"unknown time zone {timezone!r}", fix='use an IANA name such as "Europe/Berlin"'
        ) from None
    imap_default = known["imap"] if known else (args.imap_host, 993, "tls")
    smtp_default = known["smtp"] if known else (args.smtp_host, 465, "tls")
    imap_host = args.imap_host or _ask(
        "IMAP server", imap_default[0], interactive=interactive, flag="--imap-host"
    )
    smtp_host = args.smtp_host or _ask(
        "SMTP server", smtp_default[0], interactive=interactive, flag="--smtp-host"
    )
    smtp_security = args.smtp_security or smtp_default[2]
    imap = (imap_host, args.imap_port or imap_default[1], "tls")
    smtp = (
        smtp_host,
        args.smtp_port
        or (smtp_default[1] if smtp_host == smtp_default[0] else (465 if smtp_security == "tls" else 587)),
        smtp_security,
    )
    username = args.username or address
    calendar = None
    if args.caldav_url or (known and known["caldav"] and not (args.ics_url or args.ics_file)):
        calendar = {"name": "calendar", "kind": "caldav", "url": args.caldav_url or known["caldav"]}  # type: ignore[index]
    if args.ics_url:
        calendar = {"name": "calendar", "kind": "ics_url", "url": args.ics_url}
    if args.ics_file:
        calendar = {"name": "calendar", "kind": "ics_file", "path": args.ics_file}
    password_command = args.password_command
    if provider in _HINTS:
        print(_HINTS[provider])
    if not password_command:
        usable, why = keyring_status()
        if not usable:
            if not interactive:
                raise UserError(
                    f"no keyring here ({why})", fix="pass --password-command, e.g. 'pass show mail'"
                )
            print(f"No keyring here ({why}); give a command that prints the password instead.")
            password_command = _ask("Password command", None, interactive=True, flag="--password-command")
    text = render_config(
        name=name,
        address=address,
        timezone=timezone,
        imap=imap,
        smtp=smtp,
        username=username,
        password_command=password_command,
        calendar=calendar,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    settings = load_settings(path)  # what we wrote must load; a bug here should not hide until `run`
    if not password_command:
        password = getpass.getpass(f"Password for {username} (stored in the keyring): ")
        for spec in (
            settings.imap.secret,
            settings.smtp.secret,
            *(c.secret for c in settings.calendars if c.secret),
        ):
            store_in_keyring(spec, password)
    print(f"Wrote {path}.")
    if args.no_check:
        return EXIT_OK

    results = run_checks(settings)
    for r in results:
        print(
            f"{'ok    ' if r.ok else 'FAILED'} {r.name}: {r.detail}"
            + (f"\n       fix: {r.fix}" if r.fix else "")
        )
    return EXIT_OK if all(r.ok for r in results) else EXIT_SERVICE
