"""``lectern stats export|top|prune`` as a subprocess, on a database filled through the store.

"Today" is the fixed day of ``tests.fixtures.clocks.NOW`` for the data and for the command
(run through ``tests/fixtures/lectern_at.py``), so no test depends on the date it runs on."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.corpus import load_corpus
from bot.core.events import PassagePosted, PassageShown
from bot.core.stats import CSV_COLUMNS
from bot.settings import DEFAULT_CORPUS_DIR
from bot.storage import Database
from bot.storage.events import EventStore
from tests.fixtures.clocks import NOW
from tests.fixtures.processes import clean_environment
from tests.fixtures.stats import counts, export_problems

LECTERN_AT = Path(__file__).resolve().parents[1] / "fixtures" / "lectern_at.py"
GUILD, CHANNEL, MESSAGE, THREAD = 7_000, 7_001, 7_002, 7_003
MODERATOR, ALICE, BOB, CAROL = 1, 2, 3, 4


def shipped_passages():
    corpus = load_corpus(DEFAULT_CORPUS_DIR)
    return corpus.passages[0], corpus.passages[1]


@pytest.fixture
def database(tmp_path):
    """A database with, on the day of ``NOW``, one discussed passage (CAROL opted out) and one
    shown one; and a discussion 400 days before."""
    path = tmp_path / "lectern.db"
    discussed, shown = shipped_passages()

    async def fill():
        database = await Database.open(path)
        now = NOW
        async with await EventStore.open(database, background=False) as store:
            await store.opt_out(CAROL, at=now)
            for at, message, thread in ((now, MESSAGE, THREAD), (now - timedelta(400), 1, 2)):
                await store.record_posted(
                    PassagePosted(
                        GUILD, CHANNEL, message, thread, MODERATOR, discussed.id, "discuss", at
                    )
                )
                for user in (ALICE, BOB, CAROL, ALICE):
                    store.record_thread_message(thread, user, at)
                store.record_reaction(message, BOB, at)
                store.record_reaction(message, CAROL, at)
            store.record_shown(PassageShown(GUILD, CHANNEL, ALICE, shown.id, "quote show", now))
        await database.close()

    asyncio.run(fill())
    return path


def lectern(database, *argv, cwd=None):
    env = clean_environment(LECTERN_DATABASE=str(database))
    return subprocess.run(
        [sys.executable, str(LECTERN_AT), NOW.isoformat(), "stats", *argv],
        capture_output=True,
        env=env,
        cwd=cwd or database.parent,
        timeout=60,
        check=False,
    )


# Lectern's own thread is not counted; Alice and Bob took part, Carol opted out; being shown a
# passage is not taking part.
TODAY_DISCUSSED = {
    "shown": 0, "posts": 1, "threads": 0, "messages": 4, "reactions": 2, "participants": 2,
}  # fmt: skip
TODAY_SHOWN = {
    "shown": 1, "posts": 0, "threads": 0, "messages": 0, "reactions": 0, "participants": 0,
}  # fmt: skip


def test_csv_export_to_standard_output(database):
    result = lectern(database, "export", "--guild", str(GUILD), "--format", "csv")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    discussed, shown = shipped_passages()
    assert [r["passage_id"] for r in records] == [discussed.id, shown.id]
    assert counts(records[0]) == TODAY_DISCUSSED  # the discussion 400 days ago is outside
    assert counts(records[1]) == TODAY_SHOWN


def test_json_export_to_a_file_over_a_longer_period(database, tmp_path):
    target = tmp_path / "out.json"
    result = lectern(
        database, "export", "--guild", str(GUILD), "--format", "json", "--since", "2y",
        "--output", str(target),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"" and b"wrote 2 passages" in result.stderr
    document = json.loads(target.read_text("utf-8"))
    assert export_problems(document) == []
    discussed, _ = shipped_passages()
    both = document["passages"][0]
    assert both["passage_id"] == discussed.id
    assert (both["posts"], both["messages"], both["reactions"]) == (2, 8, 4)
    assert both["participants"] == 2  # Alice and Bob on both days, counted once


def test_an_unknown_guild_is_an_error(database):
    result = lectern(database, "export", "--guild", "12345", "--format", "csv")
    assert result.returncode == 1 and result.stdout == b""
    assert b"nothing has ever been recorded for guild 12345" in result.stderr


def test_a_period_without_activity_gives_an_empty_export_and_a_note(database):
    result = lectern(
        database, "export", "--guild", str(GUILD), "--format", "csv",
        "--since", "2020-01-01", "--until", "2020-01-31",
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.decode("utf-8-sig") == ",".join(CSV_COLUMNS) + "\r\n"
    assert b"no activity in guild 7000 from 2020-01-01 to 2020-01-31" in result.stderr


def test_a_missing_database_is_reported_not_created(tmp_path):
    missing = tmp_path / "nowhere.db"
    result = lectern(missing, "top", "--guild", str(GUILD))
    assert result.returncode == 2
    assert f"the database {missing} does not exist".encode() in result.stderr
    assert not missing.exists()


def test_a_wrong_date_is_explained(database):
    result = lectern(database, "top", "--guild", str(GUILD), "--since", "yesterday-ish")
    assert result.returncode == 2
    assert result.stderr.startswith(b"lectern: `since` must be a date like `2026-01-31`")


def test_top_lists_the_most_discussed_first(database):
    result = lectern(database, "top", "--guild", str(GUILD), "--limit", "1")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    discussed, _ = shipped_passages()
    assert lines[0].startswith(f"Most discussed passages in guild {GUILD}, ")
    assert lines[1].startswith(f"  1. {discussed.id}  ")
    assert lines[2].strip() == (
        "messages 4, reactions 2, threads 0, participants 2, posts 1, shown 0"
    )
    assert len(lines) == 3


def test_prune_deletes_old_raw_events_and_keeps_the_counts(database, tmp_path):
    result = lectern(database, "prune")
    assert result.returncode == 0, result.stderr
    # The 400-day-old discussion's 7 raw events go (today's 8 stay): the post, 4 messages,
    # 2 reactions (the thread Lectern opened is not an event).
    # LECTERN_RETENTION_DAYS is 365 unless set: a year before the day of NOW.
    assert re.match(
        rb"pruned 7 events and \d+ participation rows from before 2025-03-10 ", result.stdout
    )
    after = lectern(database, "export", "--guild", str(GUILD), "--format", "json", "--since", "2y")
    both = json.loads(after.stdout)["passages"][0]
    assert (both["posts"], both["messages"], both["reactions"]) == (2, 8, 4)
