"""What `followupd init` knows by name: mail providers' servers and calendars, and self-hosted CalDAV servers."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AUTHSERV_IDS",
    "CALDAV_SERVERS",
    "PROVIDERS",
    "Provider",
    "Server",
    "authserv_id_for",
    "guess_provider",
    "providers_help",
]


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: str  # "tls" or "starttls"


@dataclass(frozen=True)
class Provider:
    """A mail provider: its IMAP and SMTP servers, its CalDAV URL or where its private ICS address is."""

    title: str
    domains: tuple[str, ...]
    imap: Server
    smtp: Server
    caldav: str = ""  # empty: no CalDAV with a password; use the private ICS address (ics_help)
    ics_help: str = ""
    password_help: str = ""


PROVIDERS: dict[str, Provider] = {
    "fastmail": Provider(
        "Fastmail",
        ("fastmail.com", "fastmail.fm", "fastmail.org"),
        Server("imap.fastmail.com", 993, "tls"),
        Server("smtp.fastmail.com", 465, "tls"),
        caldav="https://caldav.fastmail.com/dav/calendars/",
        password_help="Fastmail needs an app password (Settings > Privacy & Security > App passwords).",
    ),
    "gmail": Provider(
        "Gmail",
        ("gmail.com", "googlemail.com"),
        Server("imap.gmail.com", 993, "tls"),
        Server("smtp.gmail.com", 465, "tls"),
        ics_help="Google Calendar on the web > Settings (gear) > Settings > Settings for my calendars > your "
        "calendar > Integrate calendar > 'Secret address in iCal format' (Google's CalDAV needs OAuth2).",
        password_help="Gmail needs an app password (Google account > Security > App passwords) or "
        "oauth2_token_command.",
    ),
    "outlook": Provider(
        "Outlook 365",
        ("outlook.com", "hotmail.com", "live.com", "msn.com"),
        Server("outlook.office365.com", 993, "tls"),
        Server("smtp.office365.com", 587, "starttls"),
        ics_help="Outlook on the web > Settings > Calendar > Shared calendars > Publish a calendar > choose the "
        "calendar and 'Can view all details' > Publish > copy the ICS link (Outlook has no CalDAV).",
        password_help="Outlook 365 is turning basic authentication off: prefer oauth2_token_command "
        "(e.g. oama, pizauth).",
    ),
    "icloud": Provider(
        "iCloud",
        ("icloud.com", "me.com", "mac.com"),
        Server("imap.mail.me.com", 993, "tls"),
        Server("smtp.mail.me.com", 587, "starttls"),
        caldav="https://caldav.icloud.com/",
        password_help="iCloud needs an app-specific password (appleid.apple.com > Sign-In and Security).",
    ),
    "mailbox.org": Provider(
        "mailbox.org",
        ("mailbox.org",),
        Server("imap.mailbox.org", 993, "tls"),
        Server("smtp.mailbox.org", 465, "tls"),
        caldav="https://dav.mailbox.org/",
    ),
    "posteo": Provider(
        "Posteo",
        ("posteo.de", "posteo.net", "posteo.org"),
        Server("posteo.de", 993, "tls"),
        Server("posteo.de", 465, "tls"),
        caldav="https://posteo.de:8443/",
    ),
    "zoho": Provider(
        "Zoho Mail",
        ("zoho.com", "zohomail.com", "zoho.eu"),
        Server("imap.zoho.com", 993, "tls"),
        Server("smtp.zoho.com", 465, "tls"),
        caldav="https://calendar.zoho.com/caldav/",
        password_help="Zoho needs an app-specific password when two-factor sign-in is on.",
    ),
}

# Self-hosted CalDAV servers: where their CalDAV root is, given the host (and port) the user types.
CALDAV_SERVERS: dict[str, str] = {
    "nextcloud": "https://{host}/remote.php/dav/",
    "baikal": "https://{host}/dav.php/",
    "radicale": "https://{host}/",
    "xandikos": "https://{host}/",
}


def guess_provider(address: str) -> str:
    domain = address.rsplit("@", 1)[-1].lower()
    return next((name for name, p in PROVIDERS.items() if domain in p.domains), "other")


def providers_help() -> str:
    mail = ", ".join(f"{name} ({p.title})" for name, p in PROVIDERS.items())
    return (
        f"Known mail providers (--provider, else guessed from the address): {mail}. "
        f"Self-hosted CalDAV servers (--caldav-server with --caldav-url HOST): {', '.join(CALDAV_SERVERS)} "
        "(Baïkal is baikal); any other server is found from its address or host by DNS SRV and "
        "/.well-known/caldav (RFC 6764)."
    )


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
