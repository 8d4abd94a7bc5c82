"""Records discussion events as fast as it can until SIGTERM or SIGINT; the test signals it.

Run as ``python tests/shutdown_child.py DB_PATH``. The event store flushes only every 60 s,
so at the signal almost every event is still pending in memory: the graceful shutdown must
write them. Prints ``recording`` once started and ``recorded N by SIGNAL`` at the end.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.events import PassageShown
from bot.lifecycle import run_until_stopped
from bot.storage import Database
from bot.storage.events import EventStore

START = datetime(2026, 3, 1, tzinfo=UTC)


async def main(path: str) -> None:
    database = await Database.open(path)
    try:
        store = await EventStore.open(database, flush_interval=60.0, max_batch=1_000_000)
        stopping = asyncio.Event()
        recorded = 0

        async def activity() -> None:
            nonlocal recorded
            print("recording", flush=True)
            while not stopping.is_set():
                recorded += 1
                store.record_shown(
                    PassageShown(
                        guild_id=1,
                        channel_id=2,
                        user_id=recorded % 17,
                        passage_id=f"p-{recorded % 40}",
                        command="quote",
                        at=START + timedelta(seconds=recorded),
                    )
                )
                await asyncio.sleep(0)

        async def close() -> None:
            stopping.set()
            await store.close()

        signum = await run_until_stopped(activity(), close)
        print(f"recorded {recorded} by {signum.name if signum else None}", flush=True)
    finally:
        await database.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
