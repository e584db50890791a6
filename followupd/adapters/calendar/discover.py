"""Find a CalDAV account from an address or a host: known providers, DNS SRV/TXT, RFC 6764 well-known URLs."""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from caldav.collection import Calendar
from caldav.davclient import DAVClient

from followupd.adapters.calendar.dav import _display_name, _is_calendar
from followupd.errors import ServiceError

__all__ = ["DNS_TIMEOUT", "Discovery", "FoundCalendar", "candidate_urls", "discover", "srv_urls"]

log = logging.getLogger(__name__)
# DNS may be missing altogether (a container, an offline laptop): give up on SRV quickly and go on.
DNS_TIMEOUT = 2.0


@dataclass(frozen=True)
class FoundCalendar:
    name: str
    url: str


@dataclass(frozen=True)
class Discovery:
    """The URL that worked (what goes into the config) and the calendars behind it."""

    url: str
    calendars: tuple[FoundCalendar, ...]


def srv_urls(domain: str, *, timeout: float = DNS_TIMEOUT) -> list[str]:
    """RFC 6764 section 3: `_caldavs._tcp.DOMAIN` SRV (+ TXT path); [] when DNS does not answer in time."""

    def lookup() -> list[str]:
        import dns.resolver  # dnspython comes with caldav

        resolver = dns.resolver.Resolver()
        resolver.lifetime = resolver.timeout = timeout
        urls = []
        for srv in sorted(resolver.resolve(f"_caldavs._tcp.{domain}", "SRV"), key=lambda r: r.priority):
            host = str(srv.target).rstrip(".")
            if not host:  # "." means: no service here
                continue
            path = "/.well-known/caldav"
            try:
                for txt in resolver.resolve(f"_caldavs._tcp.{domain}", "TXT"):
                    for part in txt.strings:
                        if part.startswith(b"path="):
                            path = part[5:].decode() or path
            except Exception:  # a TXT record is optional
                pass
            port = "" if srv.port == 443 else f":{srv.port}"
            urls.append(f"https://{host}{port}{path}")
        return urls

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(lookup).result(timeout=timeout + 0.5)
    except Exception as exc:  # no resolver, no record, a timeout: the well-known URL is the fallback
        log.debug("no SRV record for %s: %s", domain, exc)
        return []
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def candidate_urls(
    *, address: str, url: str = "", known: str = "", srv: Callable[[str], list[str]] = srv_urls
) -> list[str]:
    """The URLs to try, best first: the one given, the provider's, DNS SRV, then the well-known URLs."""
    candidates: list[str] = []
    if url:
        candidates.append(url)
        parts = urlsplit(url if "//" in url else f"https://{url}")
        if not url.startswith(("http://", "https://")):
            candidates[-1] = f"https://{url.strip('/')}/"
        candidates.append(f"{parts.scheme}://{parts.netloc}/.well-known/caldav")
    if known:
        candidates.append(known)
    if not url and not known:
        domain = address.rsplit("@", 1)[-1].lower()
        candidates += srv(domain)
        candidates += [f"https://{domain}/.well-known/caldav", f"https://caldav.{domain}/.well-known/caldav"]
    return list(dict.fromkeys(candidates))


def _list(url: str, *, username: str, password: str, ca_file: str | None, timeout: float) -> Discovery:
    client = DAVClient(
        url=url,
        username=username or None,
        password=password or None,
        timeout=timeout,  # type: ignore[arg-type]  # caldav says int; its HTTP client takes a float
        ssl_verify_cert=ca_file or True,
        enable_rfc6764=False,
        require_tls=False,
    )
    if _is_calendar(client, url):
        calendar = Calendar(client=client, url=url)
        return Discovery(url, (FoundCalendar(_display_name(calendar), url),))
    # follows the well-known redirect to the context path (caldav 3.6 leaves principal() unannotated)
    principal = client.principal()  # type: ignore[no-untyped-call]
    found = tuple(
        FoundCalendar(_display_name(c) or str(c.url), str(c.url)) for c in principal.get_calendars()
    )
    base = url if "/.well-known/" not in url else str(principal.url)
    return Discovery(base, found)


def discover(
    candidates: list[str], *, username: str, password: str, ca_file: str | None = None, timeout: float = 15.0
) -> Discovery:
    """The first candidate URL that logs in and lists at least one calendar."""
    failures = []
    for url in candidates:
        try:
            found = _list(url, username=username, password=password, ca_file=ca_file, timeout=timeout)
        except Exception as exc:  # every kind of failure means: try the next candidate
            status = getattr(exc, "status", None) or getattr(exc, "reason", None) or type(exc).__name__
            failures.append(f"{url} ({status})")
            continue
        if found.calendars:
            return found
        failures.append(f"{url} (no calendars)")
    fix = "pass the CalDAV URL your provider documents with --caldav-url, or use --ics-url / --ics-file"
    if any("401" in f for f in failures):
        fix = "check the user name and password (many providers want an app password); or " + fix
    raise ServiceError("no CalDAV calendar found; tried " + ", ".join(failures or ["nothing"]), fix=fix)
