"""`followupd init`: ask for (or take from flags) mail servers and a calendar, find the calendars, write, check."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.cli.check import print_results
from followupd.cli.output import EXIT_OK, EXIT_SERVICE
from followupd.config.load import default_config_path, load_settings
from followupd.config.providers import CALDAV_SERVERS, PROVIDERS, Provider, Server, guess_provider
from followupd.config.settings import Settings
from followupd.errors import ServiceError, UserError

__all__ = ["FAILED_MARK", "cmd_init", "guess_provider", "render_config"]

HEADER = "# Written by `followupd init`; `followupd init --print-example` shows every key with a comment.\n"
# A config whose check failed starts with this line; `init` replaces such a file without --force.
FAILED_MARK = "# followupd init: the check FAILED; fix what it said, then run `followupd check`.\n"


@dataclass
class Answers:
    """Everything init asks; the defaults of a retry are the previous answers."""

    address: str = ""
    name: str = ""
    timezone: str = ""
    imap: Server = field(default_factory=lambda: Server("", 993, "tls"))
    smtp: Server = field(default_factory=lambda: Server("", 465, "tls"))
    ca_file: str = ""
    username: str = ""
    password_command: str = ""
    calendar: str = ""  # a CalDAV URL or host, an ICS address, or a file/folder path; "" = discover
    calendar_username: str = ""
    calendar_password_command: str = ""


def _local_zone() -> str:
    try:
        zone = os.readlink("/etc/localtime").split("zoneinfo/", 1)[1]
        ZoneInfo(zone)
        return zone
    except (OSError, IndexError, ZoneInfoNotFoundError, ValueError):
        return "UTC"


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _secret(password_command: str) -> str:
    return f"password_command = {_q(password_command)}\n" if password_command else "keyring = true\n"


def render_config(a: Answers, calendar: dict[str, str]) -> str:
    ca = f"ca_file = {_q(a.ca_file)}\n" if a.ca_file else ""
    text = HEADER + (
        f"\n[account]\nname = {_q(a.name)}\naddresses = [{_q(a.address)}]\ntimezone = {_q(a.timezone)}\n"
    )
    for section, server in (("imap", a.imap), ("smtp", a.smtp)):
        text += (
            f"\n[{section}]\nhost = {_q(server.host)}\nport = {server.port}\nsecurity = {_q(server.security)}\n"
            f"username = {_q(a.username)}\n{ca}{_secret(a.password_command)}"
        )
    text += "\n[[calendars]]\n" + "".join(f"{k} = {_q(v)}\n" for k, v in calendar.items())
    if calendar["kind"] == "caldav":
        text += f"username = {_q(a.calendar_username or a.username)}\n"
        text += _secret(a.calendar_password_command or a.password_command)
    if calendar["kind"] != "ics_file":
        text += ca
    return text


class Asker:
    def __init__(self, *, interactive: bool) -> None:
        self.interactive = interactive

    def __call__(self, prompt: str, default: str, *, flag: str, required: bool = True) -> str:
        if not self.interactive:
            if not default and required:
                raise UserError(f"{flag} is required with --non-interactive")
            return default
        while True:
            answer = input(f"{prompt}{f' [{default}]' if default else ''}: ").strip() or default
            if answer or not required:
                return answer
            print(f"  {prompt} is needed (or pass {flag}).")

    def server(self, what: str, given: Server, *, flags: str) -> Server:
        host = self(f"{what} server", given.host, flag=f"--{flags}-host")
        security = self(f"{what} security (tls or starttls)", given.security, flag=f"--{flags}-security")
        if security not in ("tls", "starttls"):
            raise UserError(f"{security!r} is not tls or starttls", where=f"--{flags}-security")
        port = self(f"{what} port", str(given.port), flag=f"--{flags}-port")
        if not port.isdigit():
            raise UserError(f"{port!r} is not a port number", where=f"--{flags}-port")
        return Server(host, int(port), security)


def _initial(args: argparse.Namespace, provider: Provider | None) -> Answers:
    imap = provider.imap if provider else Server(args.imap_host or "", 993, "tls")
    smtp = provider.smtp if provider else Server(args.smtp_host or "", 465, "tls")
    imap_security = args.imap_security or imap.security
    imap_port = imap.port if imap_security == imap.security else (993 if imap_security == "tls" else 143)
    smtp_security = args.smtp_security or smtp.security
    smtp_port = smtp.port if smtp_security == smtp.security else (465 if smtp_security == "tls" else 587)
    calendar = args.ics_url or args.ics_file or args.caldav_url or ""
    if args.caldav_server and args.caldav_url and "//" not in args.caldav_url:
        calendar = CALDAV_SERVERS[args.caldav_server].format(host=args.caldav_url.strip("/"))
    return Answers(
        address=args.address or "",
        imap=Server(args.imap_host or imap.host, args.imap_port or imap_port, imap_security),
        smtp=Server(args.smtp_host or smtp.host, args.smtp_port or smtp_port, smtp_security),
        ca_file=args.ca_file or "",
        username=args.username or "",
        password_command=args.password_command or "",
        calendar=calendar,
        calendar_username=args.caldav_username or "",
        calendar_password_command=args.caldav_password_command or "",
    )


def _ask_all(ask: Asker, a: Answers, args: argparse.Namespace) -> tuple[Answers, Provider | None]:
    address = ask("Your email address", a.address, flag="--address")
    if "@" not in address:
        raise UserError(f"{address!r} is not an email address", where="--address")
    provider_name = args.provider or guess_provider(address)
    provider = PROVIDERS.get(provider_name)
    if not a.imap.host and provider:  # the address was typed just now: offer its provider's servers
        a = replace(_initial(args, provider), address=address, name=a.name, timezone=a.timezone)
    if provider and provider.password_help:
        print(provider.password_help)
    a = replace(
        a,
        address=address,
        name=ask(
            "Your name", a.name or args.name or address.split("@")[0].replace(".", " ").title(), flag="--name"
        ),
        timezone=ask("Your time zone", a.timezone or args.timezone or _local_zone(), flag="--timezone"),
    )
    try:
        ZoneInfo(a.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(
            f"unknown time zone {a.timezone!r}", fix='use an IANA name such as "Europe/Berlin"'
        ) from None
    a = replace(
        a, imap=ask.server("IMAP", a.imap, flags="imap"), smtp=ask.server("SMTP", a.smtp, flags="smtp")
    )
    a = replace(
        a,
        ca_file=ask(
            "CA file for a self-signed server (blank: the system's)",
            a.ca_file,
            flag="--ca-file",
            required=False,
        ),
        username=ask("Mail user name", a.username or address, flag="--username"),
    )
    if not a.password_command:
        from followupd.adapters.secrets import keyring_status

        usable, why = keyring_status()
        if not usable:
            if not ask.interactive:
                raise UserError(
                    f"no keyring here ({why})", fix="pass --password-command, e.g. 'pass show mail'"
                )
            print(f"No keyring here ({why}); give a command that prints the password instead.")
            a = replace(a, password_command=ask("Password command", "", flag="--password-command"))
    if not a.calendar and provider and not provider.caldav:
        print(f"{provider.title} calendars: use the private ICS address. {provider.ics_help}")
    hint = "CalDAV URL or host, private ICS address, or a file/folder of .ics"
    default = a.calendar or (provider.caldav if provider else "")
    required = bool(provider and not provider.caldav)
    calendar = ask(
        f"Calendar ({hint})" if required else f"Calendar ({hint}; blank: find it from your address)",
        default,
        flag="--ics-url (or --ics-file)" if required else "--caldav-url",
        required=required,
    )
    a = replace(a, calendar=calendar)
    if _calendar_kind(calendar) == "caldav":
        user = ask("Calendar user name", a.calendar_username or a.username, flag="--caldav-username")
        command = a.calendar_password_command
        if a.password_command:
            command = ask(
                "Calendar password command (blank: the mail password)",
                command,
                flag="--caldav-password-command",
                required=False,
            )
        a = replace(a, calendar_username=user, calendar_password_command=command)
    return a, provider


def _calendar_kind(value: str) -> str:
    if value.startswith("webcal://") or (value.split("?")[0].endswith(".ics") and "://" in value):
        return "ics_url"
    if value.startswith(("/", "~", "./", "../")) or (value and Path(value).expanduser().exists()):
        return "ics_file"
    return "caldav"


def _password(a: Answers, config: Path, *, command: str) -> str:
    from followupd.adapters.secrets import resolve
    from followupd.config.settings import SecretSpec

    spec = SecretSpec(
        name="init", username=a.username, keyring=False, password_command=command, workdir=config.parent
    )
    return resolve(spec).password or ""


def _calendar(
    a: Answers, provider: Provider | None, config: Path, *, offline: bool, typed: str
) -> tuple[dict[str, str], list[str]]:
    """The [[calendars]] table, and the calendars found behind it (CalDAV discovery) to list."""
    kind = _calendar_kind(a.calendar)
    if kind == "ics_url":
        return {
            "name": "calendar",
            "kind": "ics_url",
            "url": a.calendar.replace("webcal://", "https://", 1),
        }, []
    if kind == "ics_file":
        return {
            "name": "calendar",
            "kind": "ics_file",
            "path": str(Path(a.calendar).expanduser().resolve()),
        }, []
    if offline:
        if not a.calendar:
            raise UserError("no calendar given", fix="pass --caldav-url, --ics-url or --ics-file")
        return {"name": "calendar", "kind": "caldav", "url": a.calendar}, []
    from followupd.adapters.calendar.discover import candidate_urls, discover

    command = a.calendar_password_command or a.password_command
    password = _password(a, config, command=command) if command else typed
    known = provider.caldav if provider and not a.calendar else ""
    candidates = candidate_urls(address=a.address, url=a.calendar, known=known)
    print(f"Looking for calendars at {', '.join(candidates[:3])}{' ...' if len(candidates) > 3 else ''}")
    found = discover(
        candidates, username=a.calendar_username or a.username, password=password, ca_file=a.ca_file or None
    )
    return {"name": "calendar", "kind": "caldav", "url": found.url}, [c.name for c in found.calendars]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


def _retry(ask: Asker) -> bool:
    return ask.interactive and input("Change the answers and try again? [Y/n]: ").strip().lower() in (
        "",
        "y",
        "yes",
    )


def cmd_init(args: argparse.Namespace) -> int:
    if args.print_example:
        sys.stdout.write(resources.files("followupd.config").joinpath("example.toml").read_text())
        return EXIT_OK
    path: Path = args.config or default_config_path()
    if path.exists() and not args.force and not path.read_text(errors="replace").startswith(FAILED_MARK):
        raise UserError("a config file exists already", where=str(path), fix="pass --force to overwrite it")
    if not args.non_interactive and not sys.stdin.isatty():
        raise UserError(
            "stdin is not a terminal, so init cannot ask its questions",
            fix="run it in a terminal, or pass --non-interactive with the flags (see `followupd init --help`)",
        )
    ask = Asker(interactive=not args.non_interactive)
    provider = PROVIDERS.get(args.provider or guess_provider(args.address or ""))
    answers = _initial(args, provider if args.address else None)
    typed = ""  # the password typed for the keyring, when there is no password command
    while True:
        try:
            answers, provider = _ask_all(ask, answers, args)
            if not answers.password_command and not typed:
                typed = getpass.getpass(f"Password for {answers.username} (stored in the keyring): ")
            calendar, names = _calendar(answers, provider, path, offline=args.no_check, typed=typed)
        except (UserError, ServiceError) as exc:
            if not ask.interactive:
                raise
            print(f"followupd: {exc}")
            if _retry(ask):
                continue
            return EXIT_SERVICE
        if names:
            print(f"Found {len(names)} calendar{'s' if len(names) != 1 else ''}: {', '.join(names)}")
        _write(path, render_config(answers, calendar))
        settings = load_settings(path)  # what we wrote must load; a bug here should not hide until `run`
        if not answers.password_command:
            from followupd.adapters.secrets import store_in_keyring

            for spec in (
                settings.imap.secret,
                settings.smtp.secret,
                *(c.secret for c in settings.calendars if c.secret),
            ):
                store_in_keyring(spec, typed)
        print(f"Wrote {path}.")
        if args.no_check:
            return EXIT_OK
        if _checked(settings, path):
            return EXIT_OK
        if not _retry(ask):
            return EXIT_SERVICE


def _checked(settings: Settings, path: Path) -> bool:
    """Run `check`, list the calendars' next interviews; on failure mark the file and say how to go on."""
    from followupd.services.checks import check_warnings, run_checks, upcoming_interviews

    results = run_checks(settings)
    warnings = check_warnings(settings, results)
    print_results(results, warnings)
    if all(r.ok for r in results):
        print(upcoming_interviews(settings))
    if all(r.ok for r in results) and not warnings:
        print("All set: `followupd run` starts the daemon.")
        return True
    _write(path, FAILED_MARK + path.read_text())
    print(
        f"The config is written to {path} (0600) so nothing you typed is lost. Fix what the lines above say "
        "in that file and run `followupd check`, or run `followupd init` again: it replaces a config whose "
        "check failed without --force."
    )
    return False
