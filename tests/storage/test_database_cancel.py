"""A task cancelled in the middle of a transaction (shutdown) leaves the database usable."""

import asyncio

from bot.storage import Database


async def test_cancelling_a_transaction_while_it_begins_leaves_none_open(tmp_path):
    database = await Database.open(tmp_path / "lectern.db")
    try:
        for _ in range(20):

            async def write():
                async with database.transaction() as conn:
                    await conn.execute("SELECT 1")

            task = asyncio.create_task(write())
            await asyncio.sleep(0)  # the task has sent BEGIN IMMEDIATE and waits for it
            task.cancel()
            await asyncio.wait([task])
            async with database.transaction() as conn:  # the next caller can begin
                await conn.execute("SELECT 1")
        assert not database.connection.in_transaction
    finally:
        await database.close()
