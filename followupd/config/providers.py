"""Server settings of the mail providers `followupd init` knows by name."""

from __future__ import annotations

from typing import Any

__all__ = ["AUTHSERV_IDS", "PROVIDERS", "authserv_id_for"]

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


# The authserv-id each provider writes at the start of its Authentication-Results (RFC 8601), by IMAP host
# domain. A header counts when its id is this one or a host under it (Fastmail writes mx1.messagingengine.com).
AUTHSERV_IDS: dict[str, str] = {
    "fastmail.com": "messagingengine.com",
    "gmail.com": "mx.google.com",
    "googlemail.com": "mx.google.com",
    "office365.com": "spf.protection.outlook.com",
    "outlook.com": "spf.protection.outlook.com",
    "me.com": "icloud.com",
    "icloud.com": "icloud.com",
}


def authserv_id_for(imap_host: str) -> str:
    """The provider's authserv-id for a known IMAP host, else the host's parent domain (imap.example.org gives
    example.org, which also matches mx.example.org)."""
    host = imap_host.strip().lower().rstrip(".")
    if host.replace(".", "").isdigit() or ":" in host:  # an IP address names no provider: use it as it is
        return host
    for domain, authserv_id in AUTHSERV_IDS.items():
        if host == domain or host.endswith("." + domain):
            return authserv_id
    labels = host.split(".")
    return ".".join(labels[1:]) if len(labels) > 2 else host
