"""`followupd secrets set|status`: passwords in the system keyring."""

from __future__ import annotations

import argparse
import getpass

from followupd.adapters.secrets import keyring_status, store_in_keyring
from followupd.cli.output import EXIT_OK
from followupd.errors import UserError
from followupd.services.app import load_config

__all__: list[str] = []


def cmd_set(args: argparse.Namespace) -> int:
    settings = load_config(args.config)
    specs = {"imap": settings.imap.secret, "smtp": settings.smtp.secret}
    specs |= {c.secret.name: c.secret for c in settings.calendars if c.secret}
    if settings.web.secret:
        specs["web"] = settings.web.secret
    if args.name not in specs:
        raise UserError(f"no secret called {args.name!r}", fix=f"one of: {', '.join(sorted(specs))}")
    password = getpass.getpass(f"Password for {args.name} ({specs[args.name].username}): ")
    if not password:
        raise UserError("empty password; nothing stored")
    store_in_keyring(specs[args.name], password)
    print(f"Stored the {args.name} password in the keyring.")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    ok, detail = keyring_status()
    print(("keyring: " if ok else "keyring unavailable: ") + detail)
    return EXIT_OK
