"""Discussion-log benchmark: a generated year of a busy server (1,000,000 events).

Run with ``python -m benchmarks.stats`` (``--events N`` for a smaller run). Prints:
sustained logging rate through ``EventStore`` with the event-loop lag a command would
feel meanwhile, the same lag at a steady 5,000 events/s, ``/stats top`` query latency,
export time (CSV and JSON) and the database size. Targets (issue 5): >= 5,000 events/s
without delaying command responses, ``/stats top`` <= 200 ms, export <= 5 s.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.cogs.stats import TOP_PASSAGES, top_embed
from bot.core.events import PassagePosted, PassageShown
from bot.core.models import Corpus, Passage, Source, Speaker, Topic, Work
from bot.core.stats import (
    Period,
    build_report,
    export_csv,
    export_json,
    top_speakers,
    top_topics,
)
from bot.storage import Database
from bot.storage.events import EventStore

GUILD = 400_000_000_000_000_001
CHANNEL = 400_000_000_000_000_002
START = datetime(2025, 1, 1, tzinfo=UTC)
PASSAGES = 600
MEMBERS = 3_000
POSTS_PER_DAY = 6


def synthetic_corpus() -> Corpus:
    speakers = [Speaker(id=f"s{i}", name=f"Speaker {i}") for i in range(40)]
    works = [Work(id=f"w{i}", title=f"Work {i}, with a comma") for i in range(80)]
    topics = [Topic(id=f"t{i}", name=f"Topic {i}", description="t") for i in range(25)]
    passages = [
        Passage(
            id=f"p-{i:04d}",
            kind="quotation",
            source="essay",
            speaker=f"s{i % 40}",
            work=f"w{i % 80}",
            topics=(f"t{i % 25}", f"t{(i * 7) % 25}"),
            text=f'Passage {i}: "a quoted sentence, long enough to need a snippet" ' * 3,
            start=0,
            end=10,
        )
        for i in range(PASSAGES)
    ]
    source = Source(
        id="essay",
        file="x",
        title="Essay",
        author="A",
        author_speaker="s0",
        year=2000,
        context="c",
    )
    return Corpus(
        sources=[source],
        speakers=speakers,
        works=works,
        topics=topics,
        passages=passages,
        source_texts={"essay": ""},
    )


class LagMonitor:
    """Measures how late a 5 ms sleep wakes up: what a command handler would wait."""

    def __init__(self) -> None:
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(0.005)
            self.lags.append(loop.time() - before - 0.005)

    def __enter__(self) -> LagMonitor:
        self._task = asyncio.create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()

    def summary(self) -> str:
        if not self.lags:
            return "no samples"
        ordered = sorted(self.lags)
        p99 = ordered[int(len(ordered) * 0.99) - 1] if len(ordered) > 1 else ordered[0]
        return (
            f"median {statistics.median(ordered) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms ({len(ordered)} samples)"
        )


class Generator:
    """A year of activity: posts with threads, thread messages, replies, reactions, shows."""

    def __init__(self, total: int, seed: int = 5) -> None:
        self.random = random.Random(seed)
        self.total = total
        self.span = 365 * 86_400
        self.next_id = 10**15
        self.posts: list[tuple[int, int]] = []  # (message id, thread id)

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    async def emit(self, store: EventStore, n: int) -> None:
        rng = self.random
        at = START + timedelta(seconds=self.span * n / self.total)
        member = rng.randrange(MEMBERS)
        roll = rng.random()
        if not self.posts or roll < POSTS_PER_DAY * 365 / self.total:
            message, thread = self._id(), self._id()
            self.posts.append((message, thread))
            await store.record_posted(
                PassagePosted(
                    guild_id=GUILD,
                    channel_id=CHANNEL,
                    message_id=message,
                    thread_id=thread,
                    user_id=member,
                    passage_id=f"p-{int(rng.paretovariate(1.2)) % PASSAGES:04d}",
                    origin="discuss",
                    at=at,
                )
            )
            return
        message, thread = self.posts[-1 - min(int(rng.expovariate(0.3)), len(self.posts) - 1)]
        if roll < 0.30:
            store.record_shown(
                PassageShown(
                    guild_id=GUILD,
                    channel_id=CHANNEL,
                    user_id=member,
                    passage_id=f"p-{int(rng.paretovariate(1.1)) % PASSAGES:04d}",
                    command="quote search",
                    at=at,
                )
            )
        elif roll < 0.80:
            store.record_thread_message(thread, member, at)
        elif roll < 0.90:
            store.record_reply(message, CHANNEL, member, at)
        else:
            store.record_reaction(message, member, at)


async def timed(label: str, action: Callable[[], Awaitable[object]], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        await action()
        times.append(time.perf_counter() - began)
    best, median = min(times), statistics.median(times)
    print(f"  {label}: median {median * 1000:.0f} ms, best {best * 1000:.0f} ms")
    return median


async def stats_top_once(store: EventStore, corpus: Corpus, period: Period) -> None:
    """What /stats top does for one period (``Stats._report`` with ``top``, then the embed):
    the activity with the participants of the passages that can make the list, the ranked
    report, the speakers and topics, the embed."""
    activity = await store.passage_activity(GUILD, period, participants_of_top=TOP_PASSAGES)
    report = build_report(
        corpus, activity, guild_id=GUILD, period=period, generated_at=datetime.now(UTC)
    )
    top_embed(report, top_speakers(report, corpus), top_topics(report, corpus))


async def run(total: int, folder: Path) -> None:
    path = folder / "bench.db"
    database = await Database.open(path)
    store = await EventStore.open(database)
    generator = Generator(total)
    print(f"Discussion-log benchmark: {total:,} events over one year, one busy server")

    # 1. Logging as fast as the loop allows, yielding every 500 events as handlers do.
    with LagMonitor() as lag:
        began = time.perf_counter()
        for n in range(total):
            await generator.emit(store, n)
            if n % 500 == 499:
                await asyncio.sleep(0)
        await store.flush()
        elapsed = time.perf_counter() - began
    print(
        f"logging: {store.committed:,} events in {elapsed:.1f} s = "
        f"{store.committed / elapsed:,.0f} events/s (target >= 5,000)"
    )
    print(f"  event-loop lag while logging flat out: {lag.summary()}")

    # 2. A steady 5,000 events/s for 5 s: the lag a command would feel in normal load.
    steady = Generator(50_000, seed=9)
    steady.posts = generator.posts[-50:]
    with LagMonitor() as lag:
        loop = asyncio.get_running_loop()
        began = loop.time()
        for tick in range(500):
            for k in range(50):
                await steady.emit(store, tick * 50 + k)
            await asyncio.sleep(max(0.0, began + (tick + 1) * 0.01 - loop.time()))
        await store.flush()
    print(f"  event-loop lag at a steady 5,000 events/s: {lag.summary()}")
    await store.close()

    corpus = synthetic_corpus()
    store = await EventStore.open(database, background=False)
    year = Period(START.date(), date(2025, 12, 31))
    month = Period(date(2025, 12, 2), date(2025, 12, 31))

    print("/stats top (target <= 200 ms):")
    await timed("last 30 days", lambda: stats_top_once(store, corpus, month))
    await timed("whole year", lambda: stats_top_once(store, corpus, year))

    async def export(fmt: str) -> None:
        activity = await store.passage_activity(GUILD, year)
        report = build_report(
            corpus, activity, guild_id=GUILD, period=year, generated_at=datetime.now(UTC)
        )
        (export_csv if fmt == "csv" else export_json)(report)

    print("export of the whole year (target <= 5 s):")
    await timed("csv", lambda: export("csv"), repeat=3)
    await timed("json", lambda: export("json"), repeat=3)

    print(f"database size: {_size(folder) / 2**20:.1f} MiB")
    began = time.perf_counter()
    pruned = await store.prune(datetime(2025, 7, 1, tzinfo=UTC))
    print(
        f"retention: pruning half a year ({pruned.events_deleted:,} raw events) took "
        f"{time.perf_counter() - began:.1f} s"
    )
    await store.close()
    await database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    await database.close()
    print(f"database size after pruning and a checkpoint: {_size(folder) / 2**20:.1f} MiB")


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith("bench.db"))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stats")
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(args.events, Path(folder)))


if __name__ == "__main__":
    main()
