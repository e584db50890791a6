"""scripts/demo's driver runs the whole loop on free ports and ends everything it started."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo() -> subprocess.CompletedProcess[str]:
    """One run of the demo driver with --no-wait, as scripts/demo starts it (without the install step)."""
    return subprocess.run(
        [sys.executable, "-m", "tests.stack.demo_loop", "--no-wait", "--free-ports", "--timeout", "60"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return not Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].startswith("Z")
    except (ProcessLookupError, FileNotFoundError):
        return False


def test_the_demo_walks_the_thank_you_loop(demo: subprocess.CompletedProcess[str]) -> None:
    """Debrief in her inbox with a live form link, her reply recorded, drafts listed, notes in both mailboxes."""
    out = demo.stdout
    assert 0 == demo.returncode, demo.stdout + demo.stderr
    assert 'In your inbox: "Debrief: Acme, Senior Backend Engineer [fu-' in out
    assert re.search(r"web form: http://127\.0\.0\.1:\d+/debrief/\S+", out)
    assert "Recorded 8 answers from this reply" in out
    assert re.search(r'In your Drafts folder: "Thank you .*" to Jane Doe <jane@acme\.example>; ', out)
    assert re.search(r"Review and edit them on this page: http://127\.0\.0\.1:\d+/review/\S+", out)
    assert "Your note arrived in Jane Doe's inbox" in out and "Dear Jane," in out
    assert "Your note arrived in Raj Patel's inbox" in out and "Dear Raj," in out
    assert re.search(r"Your dashboard \(while the daemon runs\): http://127\.0\.0\.1:\d+/dashboard/\S+", out)
    assert "thank-you notes:  sent (2 thank-you notes)" in out


def test_the_heads_up_reaches_the_reference_and_the_quiet_company_gets_a_check_in(
    demo: subprocess.CompletedProcess[str],
) -> None:
    """Step 7: the heads-up approved by reply arrives in Sam's mailbox; step 8: after the compressed wait the
    reminder arrives and a check-in is drafted; the overview shows both tracks; nothing is a traceback."""
    out = demo.stdout
    assert 'In your inbox: "Heads-ups for your references: Acme' in out
    assert "The heads-up arrived in Sam's inbox" in out and "Dear Sam," in out
    assert 'In your inbox: "No word from Acme yet"' in out
    assert 'A check-in is drafted for you to approve: "Checking in' in out
    assert "references:       your references know a call may come (1 heads-up)" in out
    assert "not in this version" not in out
    assert "Traceback" not in out + demo.stderr


def _running_under(home: str) -> list[str]:
    """Command lines of live processes that name `home` (the daemon's config, Dovecot's and Radicale's)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            line = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if proc.name.isdigit() and home in line and _alive(int(proc.name)):
            found.append(line)
    return found


def test_the_demo_ends_what_it_started_and_leaves_nothing_behind(
    demo: subprocess.CompletedProcess[str],
) -> None:
    """The daemon, Dovecot and Radicale it ran are gone, and so is its temporary directory."""
    [pid] = re.findall(r"Daemon: running \(pid (\d+)\)", demo.stdout)
    [home] = re.findall(r"everything lives in (\S+) and starts empty", demo.stdout)
    assert (False, [], False) == (_alive(int(pid)), _running_under(home), Path(home).exists())
