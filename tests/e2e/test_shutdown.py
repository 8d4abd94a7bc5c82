"""SIGTERM or SIGINT during activity: every event recorded so far reaches the database."""

import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.fixtures.processes import start_script

CHILD = Path(__file__).parents[1] / "fixtures" / "shutdown_child.py"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_during_activity_loses_no_event(tmp_path, signum):
    path = tmp_path / "lectern.db"
    child = start_script(CHILD, str(path))
    assert child.stdout is not None
    assert child.stdout.readline() == "recording\n"
    time.sleep(0.5)  # thousands of events pending in memory, none flushed yet
    child.send_signal(signum)
    out, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert "Traceback" not in err
    recorded_line = out.strip().splitlines()[-1]
    assert recorded_line.endswith(f" by {signum.name}")
    recorded = int(recorded_line.split()[1])
    assert recorded > 100  # events were still pending when the signal came

    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT COUNT(*) FROM discussion_events").fetchone()[0]
        shown = conn.execute("SELECT SUM(shown) FROM discussion_daily").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert stored == recorded
    assert shown == recorded
