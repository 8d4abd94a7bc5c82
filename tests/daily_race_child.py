"""One of two processes racing for the same daily post (see test_daily_scheduler.py).

Usage: ``python -m tests.daily_race_child DB GO_FILE OUT_FILE`` (DB: a SQLite path or a
PostgreSQL URL). Touches
``OUT_FILE.<pid>.ready``, waits until GO_FILE exists (so both processes start together), runs
one scheduler pass at a fixed instant after the post time, appends a line to OUT_FILE for each
message it would send, and prints its outcomes.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.core.search import SearchIndex
from bot.scheduler import DailyPost, DailyScheduler, PostReceipt
from bot.storage import Database
from bot.storage.daily import DailyStore
from bot.storage.selection import SelectionStore
from tests.sample_corpus import make_corpus

NOW = datetime(2026, 6, 1, 8, 0, 30, tzinfo=UTC)


class FixedClock:
    def now(self) -> datetime:
        return NOW

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)


def wait_for_signal(out: Path, go: Path) -> None:
    out.with_name(f"{out.name}.{os.getpid()}.ready").touch()
    while not go.exists():
        time.sleep(0.005)


async def main(db: str, go: Path, out: Path) -> None:
    index = SearchIndex(make_corpus())
    database = await Database.open(db)

    async def send(post: DailyPost) -> PostReceipt:
        with out.open("a", encoding="utf-8") as file:
            file.write(f"{post.schedule.guild_id} {post.local_date} {post.passage.id}\n")
        await asyncio.sleep(0.2)  # a slow Discord: the other process runs meanwhile
        return PostReceipt(message_id=1, thread_id=None)

    scheduler = DailyScheduler(
        store=DailyStore(database),
        selection=SelectionStore(database),
        index=index,
        send=send,
        clock=FixedClock(),
    )
    await asyncio.to_thread(wait_for_signal, out, go)
    print(await scheduler.run_due(), flush=True)
    await database.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])))
