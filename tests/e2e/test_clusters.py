"""A cluster end to end: two `lectern run` processes with two shards each, one PostgreSQL,
the fake Discord serving four servers on four shards.

Each server's commands are answered by the process that runs its shard, and by no other;
the IDENTIFYs of one bucket are 5 s apart even across processes; a daily post scheduled in
servers on both processes arrives once in each; `kill -9` of a process keeps what it had
committed, and the restarted process resumes its shards without posting a second time; two
processes whose shard ranges overlap, racing for one server's post, post it once.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import signal
import sys
from datetime import UTC, datetime, time
from pathlib import Path

import aiohttp
import pytest

from bot.client import ShardStoppedConnecting
from bot.devtools.fakediscord import FakeDiscord
from bot.storage import Database
from bot.storage.daily import DailyStore, Schedule
from bot.storage.events import EventStore
from tests.fixtures.lectern_on_cue import cue_at, sleeps_after_cue
from tests.fixtures.processes import bot_environment, clean_environment, finish, start_lectern
from tests.fixtures.waiting import eventually, eventually_awaited

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

LECTERN = Path(sys.executable).parent / "lectern"
SHARD_COUNT = 4
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)
RACE_DAY = datetime(2026, 6, 1, tzinfo=UTC)  # any day: the racing processes' clock is set
ON_CUE = Path(__file__).resolve().parents[1] / "fixtures" / "lectern_on_cue.py"


class ClusterProcess:
    """One `lectern run --shards …` process, configured like production by its environment."""

    def __init__(
        self,
        name: str,
        shards: str,
        folder: Path,
        fake: FakeDiscord,
        url: str,
        *,
        command: tuple[str, ...] = (str(LECTERN),),
        **env: str,
    ):
        self.name, self.shards, self.folder = name, shards, folder
        self.fake, self.url, self.env = fake, url, env
        self.command = command  # how `lectern` is started (on which clock)
        self.heartbeat = folder / f"{name}.heartbeat"
        self.log = folder / f"{name}.log"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.heartbeat.unlink(missing_ok=True)
        # The test session's cache folder, not the user's: another checkout's process there
        # removes this one's shipped index folder while it is open.
        env = clean_environment()
        env.update(
            DISCORD_TOKEN=self.fake.token,
            LECTERN_DISCORD_API_BASE=self.fake.api_base,
            LECTERN_DATABASE_URL=self.url,
            LECTERN_DATABASE_POOL_SIZE="4",
            LECTERN_HEARTBEAT_FILE=str(self.heartbeat),
            LECTERN_LOG_FORMAT="json",
            **self.env,
        )
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                *self.command,
                "run",
                "--shards",
                self.shards,
                "--shard-count",
                str(SHARD_COUNT),
                cwd=self.folder,
                env=env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=log,
            )

    async def wait_connected(self) -> None:
        async with asyncio.timeout(90):
            while not self.heartbeat.exists():
                assert self.process is not None
                if self.process.returncode is not None:
                    raise AssertionError(f"{self.name} exited: {self.log.read_text()}")
                await asyncio.sleep(0.05)

    def metrics_port(self) -> int | None:
        """The port its log says /metrics listens on, if it serves metrics."""
        for line in self.log.read_text().splitlines():
            record = json.loads(line)
            if record["message"].startswith("metrics on http://127.0.0.1:"):
                return int(record["message"].rsplit(":", 1)[1].split("/")[0])
        return None

    async def kill(self, signum: signal.Signals = signal.SIGKILL) -> int:
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signum)
        async with asyncio.timeout(60):
            return await self.process.wait()


async def exported_totals(fake: FakeDiscord, channel: int) -> dict[str, int]:
    """The shown and posts columns of the server's /stats export, summed."""
    reply = await fake.slash(
        "stats", "export", options={"format": "csv"}, user=fake.admin_id, channel=channel
    )
    [(_, data)] = await reply.attachments(timeout=20)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return {column: sum(int(row[column]) for row in rows) for column in ("shown", "posts")}


async def scrape(session: aiohttp.ClientSession, port: int) -> str:
    async with session.get(f"http://127.0.0.1:{port}/metrics") as response:
        return await response.text()


def guild_on(shard: int) -> int:
    guild = (shard << 22) | 300
    assert FakeDiscord.shard_of(guild, SHARD_COUNT) == shard
    return guild


async def logged_events(url: str, guild_id: int) -> int:
    database = await Database.open(url, pool_size=2)
    try:
        store = await EventStore.open(database, background=False)
        count = await store.event_count(guild_id)
        await store.close()
        return count
    finally:
        await database.close()


async def test_two_processes_share_four_shards_and_one_database(
    tmp_path, fake_discord, postgres_url
):
    fake = fake_discord
    fake.max_concurrency = 2  # buckets: shards 0 and 2, shards 1 and 3
    channels = {0: fake.channel_id}
    for shard in (1, 2, 3):
        assert fake.guild_id == guild_on(0)
        channels[shard] = fake.add_guild(guild_on(shard))

    # A daily post due now in every server, set before the processes start.
    database = await Database.open(postgres_url)
    daily = DailyStore(database)
    for shard, channel in channels.items():
        await daily.set_schedule(
            Schedule(guild_on(shard), channel, time(0, 0), "UTC", None, None, False, None),
            LONG_AGO,
        )

    first = ClusterProcess("first", "0-1", tmp_path, fake, postgres_url)
    second = ClusterProcess("second", "2-3", tmp_path, fake, postgres_url, LECTERN_METRICS_PORT="0")
    try:
        await asyncio.gather(first.start(), second.start())
        await asyncio.gather(first.wait_connected(), second.wait_connected())

        # Every shard identified once; within a bucket, 5 s apart across the processes.
        assert sorted(s for s, _, _ in fake.identify_times) == [0, 1, 2, 3]
        for bucket in (0, 1):
            times = sorted(t for s, _, t in fake.identify_times if s % 2 == bucket)
            assert times[1] - times[0] >= 5.0, fake.identify_times

        # Metrics are off by default; where on, a process reports only its own shards.
        assert first.metrics_port() is None
        port = second.metrics_port()
        assert port is not None
        async with aiohttp.ClientSession() as session, asyncio.timeout(20):
            text = await scrape(session, port)
            while "lectern_shards_connected 2.0" not in text:  # refreshed every 5 s
                await asyncio.sleep(0.5)
                text = await scrape(session, port)
        assert "lectern_guilds 2.0" in text and "lectern_shards 2.0" in text

        # Every server's command is answered, once, by the process of its shard.
        for channel in channels.values():
            reply = await fake.slash("quote", "random", channel=channel, timeout=20)
            assert reply.type == 4 or reply.type == 5
            message = await reply.message(timeout=20)
            assert message["embeds"], message
        answered = [r for r in fake.requests if r.method == "POST" and "/callback" in r.path]
        assert len(answered) == len(channels)

        # The daily post arrives once in each server, whichever process runs it.
        def posts() -> list[int]:
            return [
                len(fake.requests_to("POST", f"/channels/{channel}/messages"))
                for channel in channels.values()
            ]

        async with asyncio.timeout(60):
            while posts() != [1, 1, 1, 1]:  # noqa: ASYNC110 (the fake records; nothing to await)
                await asyncio.sleep(0.1)
        stored = await daily.posts(guild_on(2))
        assert [p.state for p in stored] == ["sent"]

        # Counts committed before a kill -9 survive it (the batch is written every second).
        for reader in range(3):  # three members: one member's commands have a cooldown
            user = fake.add_member(f"reader-{reader}")
            reply = await fake.slash("quote", "random", channel=channels[1], user=user, timeout=20)
            assert (await reply.message(timeout=20))["embeds"]

        # The daily post, the first /quote random and the three just now: once committed,
        # nothing of them is lost.
        async def five_logged() -> bool:
            return await logged_events(postgres_url, guild_on(1)) >= 5

        await eventually_awaited(five_logged, timeout=30)
        assert await first.kill() == -signal.SIGKILL
        assert await logged_events(postgres_url, guild_on(1)) == 5

        # Restarted, it resumes its two shards and answers there again; no second post.
        identified = len(fake.identify_times)
        await first.start()
        await first.wait_connected()
        assert sorted(s for s, _, _ in fake.identify_times[identified:]) == [0, 1]
        reply = await fake.slash("quote", "random", channel=channels[0], timeout=20)
        assert (await reply.message(timeout=20))["embeds"]

        # Its daily post and a passage shown before the kill, one after the restart (written
        # within a second or two); by then its scheduler has looked, and posted nothing again.
        async def three_logged() -> bool:
            return await logged_events(postgres_url, guild_on(0)) >= 3

        await eventually_awaited(three_logged, timeout=30)
        assert await logged_events(postgres_url, guild_on(0)) == 3
        assert posts() == [1, 1, 1, 1]

        # The other process never stopped answering meanwhile.
        reply = await fake.slash("quote", "random", channel=channels[3], timeout=20)
        assert (await reply.message(timeout=20))["embeds"]

        # /stats export from the restarted process counts what its killed run wrote.
        assert await exported_totals(fake, channels[1]) == {"shown": 4, "posts": 1}
        assert await exported_totals(fake, channels[0]) == {"shown": 2, "posts": 1}
    finally:
        await database.close()
        for process in (first, second):
            if process.process is not None and process.process.returncode is None:
                await process.kill(signal.SIGTERM)


async def test_two_processes_owning_the_same_shard_post_its_daily_passage_once(
    tmp_path, fake_discord, postgres_url
):
    """Overlapping shard ranges (a misconfiguration, or a restarted process whose old self
    still runs): both processes serve the server of shard 1 and both wake at its post time,
    at the same instant; the claim in the database lets exactly one post go out."""
    fake = fake_discord
    fake.max_concurrency = SHARD_COUNT  # one bucket per shard: only shard 1's IDENTIFYs wait
    shared = fake.add_guild(guild_on(1))
    # Both processes run on a clock standing at 08:59 until the cue, then at 09:00:30: they
    # are connected and asleep before the post time, and both reach it at the same instant.
    cue = tmp_path / "cue"
    before, after = RACE_DAY.replace(hour=8, minute=59), RACE_DAY.replace(hour=9, second=30)
    database = await Database.open(postgres_url)
    daily = DailyStore(database)
    await daily.set_schedule(
        Schedule(guild_on(1), shared, time(9, 0), "UTC", None, None, False, None), before
    )

    on_cue = (sys.executable, str(ON_CUE), str(cue), before.isoformat(), after.isoformat())
    first = ClusterProcess("first", "0-1", tmp_path, fake, postgres_url, command=on_cue)
    second = ClusterProcess("second", "1-2", tmp_path, fake, postgres_url, command=on_cue)
    try:
        await asyncio.gather(first.start(), second.start())
        await asyncio.gather(first.wait_connected(), second.wait_connected())
        assert sorted(s for s, _, _ in fake.identify_times) == [0, 1, 1, 2]
        assert fake.requests_to("POST", f"/channels/{shared}/messages") == []

        cue_at(cue, delay=0.5)  # both wake at that instant (they poll for the cue)

        # Each process has then made a whole pass at 09:00:30: the loser, had it not lost,
        # would have posted by then.
        def both_passed() -> bool:
            sleeps = sleeps_after_cue(cue)
            return len(sleeps) == 2 and min(sleeps) >= 2

        await eventually(
            both_passed,
            timeout=60,
            what="both schedulers to make a pass after the post time",
        )
        assert len(fake.requests_to("POST", f"/channels/{shared}/messages")) == 1
        assert [p.state for p in await daily.posts(guild_on(1))] == ["sent"]
        # Both are still running: the loser did not fail, it stood aside.
        assert first.process is not None and first.process.returncode is None
        assert second.process is not None and second.process.returncode is None
    finally:
        await database.close()
        for process in (first, second):
            if process.process is not None and process.process.returncode is None:
                await process.kill(signal.SIGTERM)


async def test_a_stop_while_shards_are_still_starting_ends_the_process(tmp_path, fake_discord):
    """SIGTERM between two IDENTIFYs (the next shard waits 5 s for its bucket): the process
    exits cleanly instead of starting the shards left."""
    fake_discord.recommended_shards = 3
    bot = await start_lectern(tmp_path, bot_environment(tmp_path, fake_discord), "run")
    try:
        await eventually(lambda: len(fake_discord.identifies) == 1, timeout=60)
    finally:
        bot.send_signal(signal.SIGTERM)
        status, _, err = await finish(bot, timeout=30)
    assert status == 0, err
    assert len(fake_discord.identifies) == 1
    assert "Traceback" not in err, err


class _Client:
    def __init__(self, closed: bool) -> None:
        self.closed = closed

    def is_closed(self) -> bool:
        return self.closed


def test_a_shard_connection_the_stop_cuts_short_is_logged_as_the_stop(caplog):
    """The race the test above can meet: the stop closes the HTTP session while a shard is
    still connecting, and discord.py logs that failure as an error with its traceback. While
    the bot is closing it is the stop working, said in one line; while running, it stays an
    error with its traceback."""
    shard_log = logging.getLogger("discord.shard")
    for closed in (False, True):
        stopping = ShardStoppedConnecting(_Client(closed))  # type: ignore[arg-type]
        shard_log.addFilter(stopping)
        try:
            try:
                raise aiohttp.ClientConnectionError("Connector is closed.")
            except aiohttp.ClientConnectionError:
                shard_log.exception("Failed to connect for shard_id: %s. Retrying...", 1)
        finally:
            shard_log.removeFilter(stopping)
    running, closing = caplog.records[-2:]
    assert (running.levelname, running.exc_info is not None) == ("ERROR", True)
    assert running.getMessage() == "Failed to connect for shard_id: 1. Retrying..."
    assert (closing.levelname, closing.exc_info) == ("INFO", None)
    assert (
        closing.getMessage()
        == "shard 1 was still connecting when the bot stopped; it stays stopped"
    )
