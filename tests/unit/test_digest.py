"""The weekly digest: its config key, its durable timer, and the one digest per week it queues."""

from __future__ import annotations

import tomllib
from datetime import time, timedelta
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest

from followupd.config.load import parse_settings
from followupd.config.settings import DigestSettings
from followupd.domain.workflows.plan import TimerKind
from followupd.errors import UserError
from followupd.services.app import App
from followupd.services.digest import SUBJECT
from tests.overview_support import add_opportunities
from tests.support import CONFIG, NOW, build_app

# NOW is Thursday 26 Nov 2026, 17:00 in Berlin; the default digest is Monday 08:00 (07:00 UTC).
MONDAY = NOW.replace(day=30, hour=7)


def settings_with(schedule: str):  # type: ignore[no-untyped-def]
    text = CONFIG.format(port=8765, public_url="http://127.0.0.1:8765") + f"\n[schedule]\n{schedule}\n"
    return parse_settings(tomllib.loads(text), source=Path("/nonexistent/config.toml"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("", DigestSettings(0, time(8))),
        ('digest = "sun 18:30"', DigestSettings(6, time(18, 30))),
        ('digest = "Friday 07:05"', DigestSettings(4, time(7, 5))),
        ("digest = true", DigestSettings(0, time(8))),
        ("digest = false", None),
    ],
)
def test_digest_key(line: str, expected: DigestSettings | None) -> None:
    """schedule.digest is a day and a time; false switches the digest off; absent means Monday 08:00."""
    assert expected == settings_with(line).schedule.digest


@pytest.mark.parametrize("value", ['"someday 08:00"', '"mon 8"', '"mon 24:00"', "8"])
def test_a_bad_digest_value_is_a_config_problem(value: str) -> None:
    """A value that is neither a day and time nor false names the key."""
    with pytest.raises(UserError) as caught:
        settings_with(f"digest = {value}")
    assert "schedule.digest" in caught.value.render()


def digest_timer(app: App) -> list[object]:
    return [due for _kind, _subject, due in app.store.timers(SUBJECT.key)]


def digests(app: App) -> list[Message]:
    return [message_from_bytes(r.raw) for r in app.store.outbox() if r.kind == "digest"]


def text_of(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode().replace("\r\n", "\n")


def test_ensure_sets_the_timer_once_and_fire_queues_one_digest_a_week(tmp_path: Path) -> None:
    """The timer goes to next Monday 08:00; firing queues the digest and moves the timer a week on; firing
    the same week again (a retry, a config change) queues nothing more."""
    app, _ = build_app(tmp_path)
    add_opportunities(app.store, now=NOW)
    digests_service = app.service.digests
    digests_service.ensure(now=NOW)
    digests_service.ensure(now=NOW + timedelta(hours=1))
    assert [MONDAY] == digest_timer(app)

    assert 1 == app.service.timers.fire_due(now=MONDAY + timedelta(minutes=1))
    assert [MONDAY + timedelta(days=7)] == digest_timer(app)
    [row] = [r for r in app.store.outbox() if r.kind == "digest"]
    assert ("digest:2026-W49", None, ("maya@example.org",)) == (
        row.dedupe_key,
        row.interview_id,
        row.recipients,
    )

    assert 0 == digests_service.fire(due=MONDAY, now=MONDAY + timedelta(hours=2))
    assert 1 == len(digests(app))


def test_the_digest_says_what_a_job_seeker_needs(tmp_path: Path) -> None:
    """Interviews of the week, what waits for her, who has gone quiet, the advice and the dashboard link."""
    app, _ = build_app(tmp_path)
    add_opportunities(app.store, now=NOW)
    app.service.digests.fire(due=NOW, now=NOW)
    [message] = digests(app)
    body = text_of(message)
    assert "Your week: 2 interviews this week, 3 things waiting for you" == message["Subject"]
    assert (
        "Interviews in the last seven days:\n  - Thu 26 Nov, 14:00  Acme, Senior Backend Engineer\n\n" in body
    )
    assert "Hooli, Site" not in body  # eight days ago
    assert "Vandelay" not in body  # cancelled
    assert (
        "Interviews in the next seven days:\n  - Sun 29 Nov, 16:00  Umbrella Labs, Backend Developer\n"
        in body
    )
    assert "  - Acme: thank-you notes wait for your approval\n" in body
    assert "  - Globex: a check-in email waits for your approval\n" in body
    assert "  - Hooli: reference heads-ups wait for your approval\n" in body
    assert "followupd sends them nothing more):\n  - Tue 03 Nov, 16:00  Initech, Staff Engineer\n" in body
    assert "Keep applying." in body and "offer is on the table" in body
    assert "http://127.0.0.1:8765/dashboard/" in body
    assert "None" not in body


def test_gone_quiet_is_left_out_when_nobody_has(tmp_path: Path) -> None:
    """The gone-quiet section shows only when someone has gone quiet."""
    app, _ = build_app(tmp_path)
    app.service.digests.fire(due=NOW, now=NOW)
    body = text_of(digests(app)[0])
    assert "Gone quiet" not in body
    assert "  - Acme: the debrief questions are still open\n" in body


def test_a_digest_more_than_two_days_late_is_skipped_and_the_next_one_set(tmp_path: Path) -> None:
    """After a long downtime the stale digest is not sent; the timer moves to the next Monday."""
    app, _ = build_app(tmp_path)
    assert 0 == app.service.digests.fire(due=MONDAY, now=MONDAY + timedelta(days=2, minutes=1))
    assert [] == digests(app)
    assert [MONDAY + timedelta(days=7)] == digest_timer(app)


def test_switching_the_digest_off_drops_its_timer_and_a_new_day_moves_it(tmp_path: Path) -> None:
    """ensure() follows the config: another day moves a future timer; digest = false removes it."""
    app, _ = build_app(tmp_path)
    app.service.digests.ensure(now=NOW)
    app.service.digests.settings = settings_with('digest = "fri 17:30"')
    app.service.digests.ensure(now=NOW)
    assert [NOW.replace(day=27, hour=16, minute=30)] == digest_timer(app)
    app.service.digests.settings = settings_with("digest = false")
    app.service.digests.ensure(now=NOW)
    assert [] == digest_timer(app)
    with app.store.transaction():
        app.store.set_timer(TimerKind.digest.value, SUBJECT.key, NOW)
    assert 0 == app.service.timers.fire_due(now=NOW)
    assert ([], []) == (digest_timer(app), digests(app))


def test_a_digest_due_while_followupd_was_down_goes_out_at_the_next_start(tmp_path: Path) -> None:
    """ensure() leaves a timer that is already due alone, so the scheduler still sends that week's digest."""
    app, _ = build_app(tmp_path)
    app.service.digests.ensure(now=NOW)
    tuesday = MONDAY + timedelta(days=1)
    app.service.digests.ensure(now=tuesday)
    assert [MONDAY] == digest_timer(app)
    assert 1 == app.service.timers.fire_due(now=tuesday)
    assert ["digest:2026-W49"] == [r.dedupe_key for r in app.store.outbox() if r.kind == "digest"]
