"""The demo and the test set-up leave the machine's services alone and keep their logs readable."""

from __future__ import annotations

import logging
import re
import ssl
from pathlib import Path

from tests.stack.demo import _QuietTls
from tests.stack.mail import DOVECOT_CONF

ROOT = Path(__file__).resolve().parents[2]


def test_bootstrap_never_touches_a_system_service() -> None:
    """No systemctl/service/invoke-rc.d call that stops, restarts or disables anything."""
    script = (ROOT / "scripts" / "bootstrap").read_text()
    commands = [line for line in script.splitlines() if not line.lstrip().startswith("#")]
    assert [] == [c for c in commands if re.search(r"\b(systemctl|service|invoke-rc\.d)\b", c)]


def test_demo_installs_only_the_demo_extra() -> None:
    """scripts/demo asks bootstrap for the demo's packages, not the test tools."""
    assert "scripts/bootstrap --demo" in (ROOT / "scripts" / "demo").read_text()


def test_private_dovecot_cannot_collide_with_a_system_one() -> None:
    """The tests' Dovecot has its own base_dir and instance name and no fixed port 143 or 993."""
    assert "base_dir = {base}/run" in DOVECOT_CONF and "instance_name = followupd-test-" in DOVECOT_CONF
    ports = re.findall(r"port = (\S+)", DOVECOT_CONF)
    assert ports and all(p.startswith("{") for p in ports)


def test_aborted_tls_is_one_line_in_the_demo_log() -> None:
    """aiosmtpd's traceback for a client that aborts TLS becomes one line naming the reason."""

    class TLSSetupException(Exception):
        pass

    cause = ssl.SSLError(1, "alert")
    cause.reason = "TLSV1_ALERT_UNKNOWN_CA"
    error = TLSSetupException()
    error.__cause__ = cause
    record = logging.LogRecord("mail.log", logging.ERROR, __file__, 1, "%r SMTP session exception", ("x",),
                               (TLSSetupException, error, None))  # fmt: skip
    assert _QuietTls().filter(record)
    assert record.exc_info is None
    assert "TLSV1_ALERT_UNKNOWN_CA" in record.getMessage() and "Traceback" not in record.getMessage()
