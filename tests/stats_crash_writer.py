"""Logs discussion events forever, printing how many are committed; the crash test kills it.

Run as ``python tests/stats_crash_writer.py DB_PATH``. Every line ``committed N`` is printed
only after the transaction holding those N events has been committed.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.events import PassagePosted, PassageShown
from bot.storage import Database
from bot.storage.events import EventStore

GUILD = 42
START = datetime(2026, 1, 1, tzinfo=UTC)


async def main(path: str) -> None:
    db = await Database.open(path)
    store = await EventStore.open(db, flush_interval=0.01, max_batch=300)
    await store.record_posted(
        PassagePosted(
            guild_id=GUILD,
            channel_id=1,
            message_id=10,
            thread_id=11,
            user_id=1,
            passage_id="p-0",
            origin="discuss",
            at=START,
        )
    )
    n = 0
    while True:
        for _ in range(250):
            n += 1
            at = START + timedelta(seconds=n)
            if n % 3:
                store.record_thread_message(11, n % 97, at)
            else:
                store.record_shown(
                    PassageShown(
                        guild_id=GUILD,
                        channel_id=1,
                        user_id=n % 89,
                        passage_id=f"p-{n % 50}",
                        command="quote",
                        at=at,
                    )
                )
        await store.flush()
        print(f"committed {store.committed}", flush=True)
        await asyncio.sleep(0)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
