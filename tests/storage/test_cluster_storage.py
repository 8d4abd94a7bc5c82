"""What several processes on one database rely on, on both engines: identify slots taken
in turn, and each process seeing only its own shards' schedules and passage links."""

from __future__ import annotations

import asyncio
import itertools
import time as wallclock
from datetime import UTC, datetime, time

import pytest

from bot.cluster import ShardSet, shard_of
from bot.core.events import PassagePosted
from bot.settings import SettingsError, load_settings, parse_shard_ids
from bot.storage import Database
from bot.storage.daily import DailyStore, Schedule
from bot.storage.events import EventStore

NOON = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def guild_on_shard(shard: int, shard_count: int, n: int = 0) -> int:
    """A realistic snowflake whose server lives on ``shard``."""
    guild = ((1_000_000 + n * shard_count + shard) << 22) | 12345
    assert shard_of(guild, shard_count) == shard
    return guild


async def test_identify_slots_are_taken_in_turn_across_processes(database_target):
    first, second = await Database.open(database_target), await Database.open(database_target)
    try:
        hold = 0.6
        async with first.identify_slot(0, hold=hold):
            pass
        released = wallclock.monotonic()
        async with second.identify_slot(1, hold=hold):  # another bucket: no wait
            pass
        assert wallclock.monotonic() - released < hold / 2
        async with second.identify_slot(0, hold=hold):  # the same bucket: waits its turn
            pass
        assert wallclock.monotonic() - released >= hold * 0.9
    finally:
        await asyncio.sleep(0.7)  # the delayed releases run before the pools close
        await first.close()
        await second.close()


async def test_two_processes_waiting_for_one_bucket_identify_one_after_the_other(
    database_target,
):
    databases = [await Database.open(database_target) for _ in range(3)]
    entered: list[float] = []

    async def identify(database: Database) -> None:
        async with database.identify_slot(0, hold=0.4):
            entered.append(wallclock.monotonic())

    try:
        await asyncio.gather(*(identify(db) for db in databases))
        entered.sort()
        gaps = [b - a for a, b in itertools.pairwise(entered)]
        assert len(entered) == 3 and all(gap >= 0.35 for gap in gaps), gaps
    finally:
        await asyncio.sleep(0.5)
        for database in databases:
            await database.close()


async def test_a_process_sees_only_its_own_shards_schedules_and_links(database_target):
    db = await Database.open(database_target)
    try:
        daily = DailyStore(db)
        store = await EventStore.open(db, background=False)
        guilds = {shard: guild_on_shard(shard, 4) for shard in range(4)}
        for shard, guild in guilds.items():
            await daily.set_schedule(
                Schedule(guild, 7, time(9, 0), "UTC", None, None, False, None), NOON
            )
            await store.record_posted(
                PassagePosted(guild, 7, 100 + shard, None, 1, "p", "discuss", NOON)
            )
        await store.close()

        mine = await daily.active_schedules(4, (2, 3))
        assert [s.guild_id for s in mine] == sorted([guilds[2], guilds[3]])
        assert len(await daily.active_schedules()) == 4

        cluster = await EventStore.open(db, background=False, shard_count=4, shard_ids=(0, 1))
        assert cluster.passage_of_message(100) is not None
        assert cluster.passage_of_message(101) is not None
        assert cluster.passage_of_message(102) is None  # another process's server
        await cluster.close()
    finally:
        await db.close()


def test_shard_ranges_are_read_as_an_operator_writes_them():
    assert parse_shard_ids("0-3") == (0, 1, 2, 3)
    assert parse_shard_ids(" 0, 2,4-5 ") == (0, 2, 4, 5)
    assert ShardSet(8, (0, 1)).owns(guild_on_shard(1, 8))
    assert not ShardSet(8, (0, 1)).owns(guild_on_shard(2, 8))
    assert ShardSet().owns(guild_on_shard(5, 8))


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"shards": "0-3"}, "LECTERN_SHARDS needs LECTERN_SHARD_COUNT"),
        ({"shards": "6-9", "shard_count": 8}, "[8, 9] not below LECTERN_SHARD_COUNT 8"),
        ({"shards": "3-1", "shard_count": 8}, "runs backwards"),
        ({"shards": "one", "shard_count": 8}, "not a list of shard ids"),
        ({"database_url": "mysql://db/lectern"}, "LECTERN_DATABASE_URL: Value error, must be"),
    ],
)
def test_wrong_cluster_settings_stop_the_start_naming_the_key(overrides, message):
    with pytest.raises(SettingsError) as error:
        load_settings(**overrides)
    assert message in str(error.value)
