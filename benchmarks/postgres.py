"""PostgreSQL beside SQLite: four writer processes, ``/stats top`` over many events, and
``lectern db copy`` of the result.

Run with ``python -m benchmarks.postgres`` (``--events N``; the default 10,000,000 takes a
while on a small machine). Starts its own throwaway PostgreSQL (Debian's package, durable
settings: fsync and synchronous commits on, as in production), prints:

* events per second written by four processes at once into one busy server's log (the worst
  case: every writer upserts the same daily rows), through ``EventStore`` batches;
* ``/stats top`` latency over the whole year and the last 30 days (target <= 200 ms), on
  PostgreSQL right after the writers and once vacuumed;
* ``lectern db copy`` of the SQLite file (a year of a busy server) into an empty
  PostgreSQL database, and into a new SQLite file beside it: rows, seconds, counts checked.

Each figure is printed for SQLite too (one file, four processes taking turns at its lock; one
of them resets the WAL every 50,000 of its events, which SQLite's own checkpoint cannot do
while four processes keep writing).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import multiprocessing.queues
import multiprocessing.synchronize
import random
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.stats import GUILD, PASSAGES, START, stats_top_once, synthetic_corpus, timed
from bot.core.stats import Period
from bot.devtools.postgres import throwaway_postgres
from bot.storage import Database, is_postgres_url
from bot.storage.copy import copy_database
from bot.storage.events import EventStore, _Event

WRITERS = 4
BATCH = 2_000  # what the bot's writer commits at most at once
CHECKPOINT_EVERY = 25  # SQLite: batches of the first writer between WAL resets
MEMBERS = 5_000
YEAR_SECONDS = 365 * 86_400


def _events(writer: int, count: int) -> list[_Event]:
    """A writer's share of a year in one busy server: shows, messages, reactions."""
    rng = random.Random(writer)
    kinds = ("shown", "message", "message", "reply", "reaction")
    events = []
    for n in range(count):
        at = int(START.timestamp()) + YEAR_SECONDS * n // count + writer
        member = rng.randrange(MEMBERS).to_bytes(16, "big")
        passage = f"p-{int(rng.paretovariate(1.2)) % PASSAGES:04d}"
        events.append(_Event(GUILD, 1, passage, rng.choice(kinds), None, member, at))
    return events


async def _write(
    target: str,
    events: list[_Event],
    ready: multiprocessing.queues.Queue[int],
    go: multiprocessing.synchronize.Event,
    *,
    checkpoints: bool,
) -> None:
    database = await Database.open(target, pool_size=2)
    store = await EventStore.open(database, background=False)
    ready.put(0)
    await asyncio.to_thread(go.wait)
    retries = 0
    for number, start in enumerate(range(0, len(events), BATCH)):
        while True:
            try:
                await store._write(events[start : start + BATCH])
                break
            except sqlite3.OperationalError:  # busy past busy_timeout: the bot retries too
                retries += 1
        if checkpoints and number % CHECKPOINT_EVERY == CHECKPOINT_EVERY - 1:
            # Four processes writing without a pause always hold a read mark somewhere, so
            # SQLite's automatic checkpoint never gets to reset the WAL: it grew to 57 GB
            # over 10 million events. One writer waits its turn to reset it, as the lone
            # process of a real SQLite installation does on its own.
            await database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    await store.close()
    await database.close()
    ready.put(retries)


def _writer(
    target: str,
    writer: int,
    count: int,
    ready: multiprocessing.queues.Queue[int],
    go: multiprocessing.synchronize.Event,
) -> None:
    events = _events(writer, count)  # made before the clock starts
    sqlite = not is_postgres_url(target)
    asyncio.run(_write(target, events, ready, go, checkpoints=sqlite and writer == 0))


def write_concurrently(target: str, total: int) -> tuple[float, int]:
    """Events per second written by ``WRITERS`` processes at once (generation excluded), and
    how many batches had to be retried because the database stayed locked."""
    asyncio.run(_prepare(target))
    context = multiprocessing.get_context("spawn")
    go = context.Event()
    ready: multiprocessing.queues.Queue[int] = context.Queue()
    share = total // WRITERS
    processes = [
        context.Process(target=_writer, args=(target, w, share, ready, go)) for w in range(WRITERS)
    ]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get()
    began = time.perf_counter()
    go.set()
    for process in processes:
        process.join()
        assert process.exitcode == 0, "a writer failed"
    elapsed = time.perf_counter() - began
    retries = sum(ready.get() for _ in processes)
    return share * WRITERS / elapsed, retries


async def _maintain(target: str, statement: str) -> None:
    database = await Database.open(target, pool_size=2)
    await database.execute(statement)
    await database.close()


async def _prepare(target: str) -> None:
    database = await Database.open(target)  # migrated once, before the writers race
    await (await EventStore.open(database, background=False)).close()
    await database.close()


async def stats_top(target: str) -> None:
    database = await Database.open(target, pool_size=2)
    store = await EventStore.open(database, background=False)
    corpus = synthetic_corpus()
    year = Period(START.date(), date(2025, 12, 31))
    month = Period(date(2025, 12, 2), date(2025, 12, 31))

    print(f"  stored events: {await store.event_count(GUILD):,}")
    await timed("/stats top, last 30 days", lambda: stats_top_once(store, corpus, month))
    await timed("/stats top, whole year", lambda: stats_top_once(store, corpus, year))
    await store.close()
    await database.close()


def _copy(source: Path | str, target: Path | str, label: str) -> None:
    """``lectern db copy`` (the function behind it) of a whole database, timed; its counts
    are checked before the commit, and checked again here against the source."""
    began = time.perf_counter()
    report = asyncio.run(copy_database(source, target))
    elapsed = time.perf_counter() - began
    expected = asyncio.run(_counts(source))
    same = all(expected[table] == count for table, count in report.counts.items())
    rows = sum(report.counts.values())
    print(
        f"lectern db copy {label}: {rows:,} rows in {elapsed:.1f} s ({rows / elapsed:,.0f}"
        f" rows/s; {report.counts['discussion_events']:,} events);"
        f" every table's count {'matches the source' if same else 'DIFFERS FROM THE SOURCE'}"
    )


async def _counts(target: Path | str) -> dict[str, int]:
    database = await Database.open(target, pool_size=2)
    try:
        return await database.table_counts()
    finally:
        await database.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.postgres")
    parser.add_argument("--events", type=int, default=10_000_000)
    args = parser.parse_args()
    print(f"PostgreSQL beside SQLite: {args.events:,} events, {WRITERS} writer processes")
    with tempfile.TemporaryDirectory() as folder, throwaway_postgres(durable=True) as server:
        sqlite = Path(folder) / "bench.db"
        postgres = server.create_database()
        for name, target in (("PostgreSQL", postgres), ("SQLite", str(sqlite))):
            rate, retries = write_concurrently(target, args.events)
            print(
                f"{name}: {WRITERS} processes wrote {rate:,.0f} events/s together"
                f" ({retries} batches retried after waiting for the lock)"
            )
            if name == "PostgreSQL":
                print(" right after the writers (autovacuum may not have caught up yet):")
                asyncio.run(stats_top(target))
                # What autovacuum does soon after (migration 0006 has it vacuum the member
                # table after 1 % of its rows change): the visibility map that lets the
                # participants be counted from the index alone.
                asyncio.run(_maintain(target, "VACUUM (ANALYZE)"))
                print(" after VACUUM (ANALYZE), as autovacuum leaves it:")
            else:
                asyncio.run(_maintain(target, "ANALYZE"))
            asyncio.run(stats_top(target))
        _copy(sqlite, server.create_database(), "SQLite -> PostgreSQL")
        _copy(sqlite, Path(folder) / "copy.db", "SQLite -> a new SQLite file")


if __name__ == "__main__":
    main()
