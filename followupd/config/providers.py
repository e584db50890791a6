"""Server settings of the mail providers `followupd init` knows by name."""

from __future__ import annotations

from typing import Any

__all__ = ["PROVIDERS"]

PROVIDERS: dict[str, dict[str, Any]] = {
    "fastmail": {
        "imap": ("imap.fastmail.com", 993, "tls"),
        "smtp": ("smtp.fastmail.com", 465, "tls"),
        "caldav": "https://caldav.fastmail.com/dav/calendars/",
    },
    "gmail": {
        "imap": ("imap.gmail.com", 993, "tls"),
        "smtp": ("smtp.gmail.com", 465, "tls"),
        "caldav": "",
    },  # Google CalDAV needs OAuth2: the secret iCal address works with any password
    "outlook": {
        "imap": ("outlook.office365.com", 993, "tls"),
        "smtp": ("smtp.office365.com", 587, "starttls"),
        "caldav": "",
    },
    "icloud": {
        "imap": ("imap.mail.me.com", 993, "tls"),
        "smtp": ("smtp.mail.me.com", 587, "starttls"),
        "caldav": "https://caldav.icloud.com/",
    },
}
