"""The demo and the test set-up leave the machine's services alone and keep their logs readable."""

from __future__ import annotations

import logging
import re
import ssl
import tomllib
from datetime import date
from email.message import EmailMessage
from pathlib import Path

from followupd.config.load import parse_settings
from followupd.domain.questionnaire import DEFAULT_QUESTIONS
from followupd.domain.replies import WantJob, parse_reply
from tests.stack.demo import _QuietTls
from tests.stack.demo_mail import DEBRIEF_ANSWERS, DemoConfig, phone_reply
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


def test_the_demo_config_without_new_sections_is_a_valid_config(tmp_path: Path) -> None:
    """The demo's config, minus the sections a followupd may not know yet, loads with followupd's own loader:
    the demo cannot rot silently when a key is renamed."""
    config = DemoConfig(address="maya@example.test", imap_port=10143, smtp_port=10587,
                        caldav_url="http://127.0.0.1:15232/maya@example.test/", web_port=8765,
                        ca_file=tmp_path / "ca.pem", followup_wait=60)  # fmt: skip
    (tmp_path / "ca.pem").write_text("")
    every = frozenset(f.name for f in config.features)
    settings = parse_settings(tomllib.loads(config.text(without=every)), source=tmp_path / "config.toml")
    assert ("maya@example.test", ["Sam Rivera"]) == (
        settings.account.address,
        [r.name for r in settings.references],
    )


def test_the_demo_reply_is_read_as_her_eight_answers() -> None:
    """The scripted phone reply (top-posted, "Sent from my iPhone", the debrief quoted) gives the 8 answers the
    demo prints, with "yes" to wanting the job and no hear-back date."""
    debrief = EmailMessage()
    debrief["From"] = "Maya Example <maya@example.test>"
    debrief["Subject"] = "Debrief: Acme, Senior Backend Engineer [fu-k3x9q2ab]"
    debrief["Message-ID"] = "<followupd.debrief.1.abc@example.test>"
    debrief["Date"] = "Tue, 01 Dec 2026 17:00:00 +0000"
    debrief.set_content("Hi Maya,\n\n" + "\n\n".join(f"{n}. {q.text}" for n, q in
                                                    enumerate(DEFAULT_QUESTIONS.questions, 1)))  # fmt: skip
    reply = phone_reply(debrief, sender="maya@example.test", text=DEBRIEF_ANSWERS)
    parsed = parse_reply(reply.as_bytes(), questionnaire=DEFAULT_QUESTIONS, interview_date=date(2026, 12, 1))
    assert (8, "numbered") == (len(parsed.answers), parsed.shape)
    values = {a.question_id: a.value for a in parsed.answers}
    assert (WantJob.yes, None) == (values["want_job"], values["hear_back"])
    assert "iPhone" not in parsed.own_text and "> " not in parsed.own_text
