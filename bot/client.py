"""The Discord client: builds the bot, loads every cog in ``bot.cogs``, runs until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import pkgutil

import aiohttp
import discord
import yarl
from discord.ext import commands
from discord.gateway import DiscordWebSocket

import bot.cogs
from bot import replies, views
from bot.cluster import IDENTIFY_SPACING, ShardSet, identify_bucket
from bot.core.corpus import CorpusError, load_corpus
from bot.core.library import GuildView, Libraries, ShippedOnly
from bot.core.models import Corpus
from bot.core.schedule import Clock
from bot.core.search import SearchIndex
from bot.core.semantic import cache_folder
from bot.heap import HeapTrimmer
from bot.libraries import LibraryLimits, StoredLibraries
from bot.lifecycle import DRAIN_SECONDS, run_until_stopped
from bot.metrics import MetricsServer, Snapshot
from bot.scheduler import SystemClock
from bot.settings import Settings
from bot.storage import Database, StorageError
from bot.storage.daily import DailyStore
from bot.storage.events import EventStore
from bot.storage.index_folders import INDEXES, LIBRARIES, open_shipped_index
from bot.storage.selection import SelectionStore

log = logging.getLogger(__name__)


def wanted_intents() -> discord.Intents:
    """Only what the features need: guilds (threads, channels) and reactions; no privileged."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True  # thread messages and replies are counted, never read
    intents.guild_reactions = True
    return intents


class _StoppedStarting(BaseException):
    """Raised by the identify hook once the bot is closing: the shards not yet started stay
    so. A BaseException, because discord.py retries a shard forever after an Exception."""


class ShardStoppedConnecting(logging.Filter):
    """discord.py logs a shard whose connection fails as an error, with its traceback, and
    retries it. While the bot is closing, that failure is the stop itself (the HTTP session
    closes under a shard still connecting): one info line says so, and the retry starts
    nothing (``LecternBot.launch_shard``)."""

    def __init__(self, client: discord.Client) -> None:
        super().__init__()
        self.client = client

    def filter(self, record: logging.LogRecord) -> bool:
        if self.client.is_closed() and str(record.msg).startswith("Failed to connect for shard"):
            record.msg = "shard %s was still connecting when the bot stopped; it stays stopped"
            record.levelno, record.levelname = logging.INFO, logging.getLevelName(logging.INFO)
            record.exc_info, record.exc_text = None, None
        return True


class LecternBot(commands.AutoShardedBot):
    """The bot; its resources are opened by the caller (``_run``, tests) and passed in."""

    def __init__(
        self,
        settings: Settings,
        *,
        corpus: Corpus,
        index: SearchIndex,
        database: Database,
        guild_ready_timeout: float = 2.0,
        clock: Clock | None = None,
        libraries: Libraries | None = None,
    ) -> None:
        super().__init__(
            guild_ready_timeout=guild_ready_timeout,
            command_prefix=commands.when_mentioned,
            intents=wanted_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=settings.shard_count,
            help_command=None,
        )
        # A process of a cluster runs only its shards (the settings checked them against
        # shard_count); discord.py launches ``shard_ids`` when set.
        self.shard_ids = list(settings.shards) if settings.shards is not None else None
        self.shard_set = ShardSet(settings.shard_count, settings.shards)
        self.settings = settings
        # The shipped corpus; commands answer from ``libraries`` (each server's own view).
        self.corpus = corpus
        self.index = index
        self.libraries: Libraries = libraries or ShippedOnly(corpus, index)
        self.database = database
        # Every time the bot stamps or schedules; tests inject one (the Clock protocol).
        self.clock: Clock = clock or SystemClock()
        self.daily_store = DailyStore(database)
        self.selection_store = SelectionStore(database)
        self._events: EventStore | None = None
        self._max_concurrency: int | None = None
        running = replies.in_flight(self)
        # Freed heap goes back to the system once the bot is idle after answering.
        self.heap = HeapTrimmer(answered=lambda: running.answered, busy=lambda: running.running > 0)
        self._heap_task: asyncio.Task[None] | None = None

    @property
    def events(self) -> EventStore:
        """The discussion log; open from ``setup_hook`` until ``close``."""
        if self._events is None:
            raise RuntimeError("the discussion log is not open: the bot has not started")
        return self._events

    async def launch_shards(self) -> None:
        """Learn the identify buckets (and the gateway) from ``GET /gateway/bot`` first.

        With a fixed shard count discord.py would connect to its default gateway URL; the
        one Discord returns is the one to use (and, in tests, the fake Discord's).
        """
        try:
            _, url, limits = await self.http.get_bot_gateway()
            self._max_concurrency = int(limits.get("max_concurrency", 1))
            if self.shard_count is not None:
                DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        except (discord.HTTPException, aiohttp.ClientError, KeyError, ValueError) as exc:
            log.warning("GET /gateway/bot failed (%s): identifying one shard at a time", exc)
            self._max_concurrency = 1
        shard_log = logging.getLogger("discord.shard")
        stopped_connecting = ShardStoppedConnecting(self)
        shard_log.addFilter(stopped_connecting)
        try:
            with contextlib.suppress(_StoppedStarting):
                await super().launch_shards()
        finally:
            shard_log.removeFilter(stopped_connecting)

    async def launch_shard(
        self, gateway: yarl.URL, shard_id: int, *, initial: bool = False
    ) -> None:
        """No new shard once closing: a stop signal can come while shards are still being
        started, and discord.py would retry connecting that shard forever."""
        if self.is_closed():
            return
        await super().launch_shard(gateway, shard_id, initial=initial)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Wait for this shard's identify bucket among every process on the database.

        Replaces discord.py's fixed 5 s pause between shards, which only knows this
        process: processes of a cluster starting together would identify at once.
        """
        if self.is_closed():
            raise _StoppedStarting
        bucket = identify_bucket(shard_id or 0, self._max_concurrency or 1)
        async with self.database.identify_slot(bucket, hold=IDENTIFY_SPACING):
            if self.is_closed():  # a stop signal came while this shard waited its turn
                raise _StoppedStarting
            log.info("identifying shard %s (bucket %d)", shard_id, bucket)

    def metrics(self) -> Snapshot:
        """What ``/metrics`` reports of this process (read on the event loop)."""
        shards = self.shards.values()
        return Snapshot(
            shards=len(self.shard_ids) if self.shard_ids is not None else len(shards),
            connected=sum(1 for shard in shards if not shard.is_closed()),
            guilds=len(self.guilds),
            latencies=list(self.latencies),
            events_queued=self._events.pending if self._events is not None else 0,
            events_written=self._events.committed if self._events is not None else 0,
        )

    async def setup_hook(self) -> None:
        log.info("this process runs %s", self.shard_set.describe())
        self._events = await EventStore.open(
            self.database,
            shard_count=self.shard_set.shard_count,
            shard_ids=self.shard_set.shard_ids,
        )
        replies.install(self.tree, self)
        self._heap_task = asyncio.create_task(self.heap.run_forever(), name="heap-trimmer")
        # Buttons under posted passages answer after a restart: their custom ids carry state.
        self.add_dynamic_items(*views.PERSISTENT_ITEMS)
        for module_info in pkgutil.iter_modules(bot.cogs.__path__):
            if not module_info.name.startswith("_"):
                await self.load_extension(f"bot.cogs.{module_info.name}")

    async def close(self) -> None:
        """Finish the interactions under way (refusing new ones), unload the cogs and
        disconnect, then write the events still pending."""
        await replies.in_flight(self).drain(DRAIN_SECONDS)
        self.heap.stop()
        if self._heap_task is not None:
            self._heap_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heap_task
            self._heap_task = None
        try:
            await super().close()
        finally:
            if self._events is not None:
                events, self._events = self._events, None
                pending, committed = events.pending, events.committed
                await events.close()
                log.info(
                    "shutdown: wrote %d pending discussion event(s) to the database (%d were"
                    " waiting; %d written since start)",
                    events.committed - committed,
                    pending,
                    events.committed,
                )


async def _run(settings: Settings) -> None:
    assert settings.discord_token is not None
    if settings.discord_api_base:
        discord.http.Route.BASE = settings.discord_api_base
    corpus = await asyncio.to_thread(load_corpus, settings.corpus_dir)
    # The shipped corpus's index: opened from its folder in the cache, built there once.
    cache = settings.cache_dir or cache_folder()
    index = await asyncio.to_thread(open_shipped_index, settings.corpus_dir, cache, corpus)
    database = await Database.open(settings.database_target, pool_size=settings.database_pool_size)
    # Each server reads the shipped corpus plus its own published readings (the database),
    # through a search index of its own kept in the cache.
    libraries = StoredLibraries(
        database,
        GuildView(corpus, index),
        limits=LibraryLimits.from_settings(settings),
        index_folder=cache / INDEXES / LIBRARIES,
    )
    metrics: MetricsServer | None = None
    try:
        async with LecternBot(
            settings, corpus=corpus, index=index, database=database, libraries=libraries
        ) as client:
            if settings.metrics_port is not None:
                metrics = MetricsServer(
                    settings.metrics_host, settings.metrics_port, client.metrics
                )
                metrics.start()
            # SIGTERM/SIGINT close the bot (cogs unload and flush), then the resources close.
            await run_until_stopped(
                client.start(settings.discord_token.get_secret_value()), client.close
            )
    finally:
        if metrics is not None:
            await metrics.stop()
        await libraries.close()
        await database.close()
    log.info("stopped cleanly; the database %s is closed", database.description)


def run_bot(settings: Settings) -> int:
    # Lectern has no voice features: no warnings about voice libraries at every start.
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    try:
        asyncio.run(_run(settings))
    except (CorpusError, StorageError) as exc:
        log.error("cannot start: %s", exc)
        return 2
    except discord.LoginFailure:
        log.error("Discord refused the token: check DISCORD_TOKEN")
        return 2
    except (aiohttp.ClientError, OSError) as exc:
        log.error("cannot reach Discord (%s): check the network and try again", exc)
        return 1
    return 0
