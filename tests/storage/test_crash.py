"""A process logging events is killed with SIGKILL: every committed event survives."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
from pathlib import Path

import pytest

from bot.storage import Database
from bot.storage.events import EventStore
from tests.fixtures.processes import start_script

WRITER = Path(__file__).parents[1] / "fixtures" / "stats_crash_writer.py"


@pytest.mark.slow
@pytest.mark.parametrize("lines_before_kill", [3, 40])
def test_committed_events_survive_sigkill(tmp_path, lines_before_kill):
    path = tmp_path / "lectern.db"
    process = start_script(WRITER, str(path))
    last_committed = 0
    try:
        assert process.stdout is not None
        for _ in range(lines_before_kill):
            line = process.stdout.readline()
            assert line.startswith("committed "), process.stderr.read() if process.stderr else ""
            last_committed = int(line.split()[1])
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert last_committed > 0

    # What the killed process left behind (the WAL included) is a sound database...
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        raw = conn.execute("SELECT COUNT(*) FROM discussion_events").fetchone()[0]
        # ...the daily counts and the raw events were committed together, batch by batch...
        counted = conn.execute(
            "SELECT SUM(shown + posts + threads + messages + reactions) FROM discussion_daily"
        ).fetchone()[0]
    # ...holding every event it reported committed (+2: the post and its thread).
    assert raw >= last_committed
    assert counted == raw

    # And the bot starts again on it and keeps logging.
    async def reopen() -> tuple[bool, int, str]:
        db = await Database.open(path)
        try:
            store = await EventStore.open(db, background=False)
            linked = store.passage_of_thread(11) is not None
            count = await store.event_count()
            await store.close()
            return linked, count, await db.integrity_check()
        finally:
            await db.close()

    assert asyncio.run(reopen()) == (True, raw, "ok")
