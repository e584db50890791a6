"""Real CalDAV test servers on loopback: Radicale (htpasswd auth), Xandikos (no auth), raw PUT/DELETE."""

from __future__ import annotations

import base64
import itertools
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.stack.ports import free_port

__all__ = [
    "RadicaleServer",
    "XandikosServer",
    "delete_event",
    "make_calendar",
    "put_event",
    "request",
    "start_radicale",
    "start_xandikos",
]

_counter = itertools.count(1)
Auth = tuple[str, str] | None


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], log: Path, *, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"server exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}"
            )
        with socket.socket() as sock:
            sock.settimeout(0.2)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise RuntimeError(f"server did not listen on {port} within {timeout} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@dataclass
class RadicaleServer:
    """A private Radicale; users live in a plain htpasswd file that Radicale re-reads on every login."""

    base_dir: Path
    port: int
    proc: subprocess.Popen[bytes]
    htpasswd: Path
    users: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def add_user(self, username: str | None = None, password: str | None = None) -> tuple[str, str]:
        username = username or f"user{next(_counter)}-{secrets.token_hex(3)}"
        password = password or secrets.token_urlsafe(12)
        self.users[username] = password
        tmp = self.htpasswd.with_suffix(".tmp")
        tmp.write_text("".join(f"{u}:{p}\n" for u, p in self.users.items()))
        tmp.replace(self.htpasswd)  # atomic: Radicale may be reading it right now
        return username, password

    def stop(self) -> None:
        _stop(self.proc)


@dataclass
class XandikosServer:
    """A private Xandikos started with --defaults: one user with a "calendars/calendar" collection."""

    base_dir: Path
    port: int
    proc: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def calendar_url(self) -> str:
        return f"{self.url}user/calendars/calendar/"

    def stop(self) -> None:
        _stop(self.proc)


def start_radicale(base_dir: Path, *, port: int | None = None) -> RadicaleServer:
    """Start Radicale as a child process on 127.0.0.1 and wait until it answers."""
    base_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    htpasswd = base_dir / "users"
    htpasswd.write_text("")
    config = base_dir / "radicale.conf"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {htpasswd}\nhtpasswd_encryption = plain\ndelay = 0\n"
        f"[storage]\nfilesystem_folder = {base_dir / 'collections'}\n"
        "[rights]\ntype = owner_only\n[logging]\nlevel = warning\n"
    )
    log = base_dir / "radicale.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)], stdout=out, stderr=subprocess.STDOUT
        )
    server = RadicaleServer(base_dir=base_dir, port=port, proc=proc, htpasswd=htpasswd)
    try:
        _wait_for_port(port, proc, log)
    except Exception:
        server.stop()
        raise
    return server


def start_xandikos(base_dir: Path, *, port: int | None = None) -> XandikosServer:
    """Start Xandikos with --defaults as a child process on 127.0.0.1 and wait until it answers."""
    base_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    log = base_dir / "xandikos.log"
    binary = shutil.which("xandikos", path=str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    command = [binary] if binary else [sys.executable, "-m", "xandikos.web"]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                *command,
                "serve",
                "-d",
                str(base_dir / "data"),
                "--defaults",
                "-l",
                "127.0.0.1",
                "-p",
                str(port),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = XandikosServer(base_dir=base_dir, port=port, proc=proc)
    try:
        _wait_for_port(port, proc, log)
    except Exception:
        server.stop()
        raise
    return server


def _request(
    url: str,
    *,
    method: str,
    auth: Auth,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10.0,
) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers)


def make_calendar(server: RadicaleServer | XandikosServer, user: Auth, name: str) -> str:
    """Create a calendar collection (MKCALENDAR) named ``name`` under the user's home; return its URL."""
    owner = user[0] if user else "user/calendars"
    url = f"{server.url}{owner}/{name}/"
    body = (
        '<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" '
        'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
        f"<D:displayname>{name}</D:displayname></D:prop></D:set></C:mkcalendar>"
    ).encode()
    if user:  # Radicale creates the principal collection on first authenticated access
        _request(f"{server.url}{owner}/", method="PROPFIND", auth=user, headers={"Depth": "0"})
    status, _ = _request(
        url, method="MKCALENDAR", auth=user, body=body, headers={"Content-Type": "application/xml"}
    )
    if status not in (200, 201):
        raise RuntimeError(f"MKCALENDAR {url} answered {status}")
    return url


def put_event(calendar_url: str, ics_text: str, *, auth: Auth, name: str | None = None) -> str:
    """PUT one calendar object into the collection; return its full href URL."""
    name = name or f"{secrets.token_hex(8)}.ics"
    href = calendar_url.rstrip("/") + "/" + name
    status, _ = _request(
        href,
        method="PUT",
        auth=auth,
        body=ics_text.encode(),
        headers={"Content-Type": "text/calendar; charset=utf-8"},
    )
    if status not in (200, 201, 204):
        raise RuntimeError(f"PUT {href} answered {status}")
    return href


def delete_event(href: str, *, auth: Auth = None) -> None:
    """DELETE one calendar object."""
    status, _ = _request(href, method="DELETE", auth=auth)
    if status not in (200, 204):
        raise RuntimeError(f"DELETE {href} answered {status}")


request = _request  # for scripts (benchmarks) that need a raw request with a longer timeout
