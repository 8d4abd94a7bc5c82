"""The Discord client: builds the bot, loads every cog in ``bot.cogs``, runs until stopped."""

from __future__ import annotations

import asyncio
import logging
import pkgutil

import aiohttp
import discord
from discord.ext import commands

import bot.cogs
from bot import replies, views
from bot.core.corpus import CorpusError, load_corpus
from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.lifecycle import DRAIN_SECONDS, run_until_stopped
from bot.settings import Settings
from bot.storage import Database, StorageError
from bot.storage.daily import DailyStore
from bot.storage.events import EventStore
from bot.storage.selection import SelectionStore

log = logging.getLogger(__name__)


def wanted_intents() -> discord.Intents:
    """Only what the features need: guilds (threads, channels) and reactions; no privileged."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True  # thread messages and replies are counted, never read
    intents.guild_reactions = True
    return intents


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
    ) -> None:
        super().__init__(
            guild_ready_timeout=guild_ready_timeout,
            command_prefix=commands.when_mentioned,
            intents=wanted_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=settings.shard_count,
            help_command=None,
        )
        self.settings = settings
        self.corpus = corpus
        self.index = index
        self.database = database
        self.daily_store = DailyStore(database)
        self.selection_store = SelectionStore(database)
        self._events: EventStore | None = None

    @property
    def events(self) -> EventStore:
        """The discussion log; open from ``setup_hook`` until ``close``."""
        if self._events is None:
            raise RuntimeError("the discussion log is not open: the bot has not started")
        return self._events

    async def setup_hook(self) -> None:
        self._events = await EventStore.open(self.database)
        replies.install(self.tree, self)
        # Buttons under posted passages answer after a restart: their custom ids carry state.
        self.add_dynamic_items(*views.PERSISTENT_ITEMS)
        for module_info in pkgutil.iter_modules(bot.cogs.__path__):
            if not module_info.name.startswith("_"):
                await self.load_extension(f"bot.cogs.{module_info.name}")

    async def close(self) -> None:
        """Finish the interactions under way (refusing new ones), unload the cogs and
        disconnect, then write the events still pending."""
        await replies.in_flight(self).drain(DRAIN_SECONDS)
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
    index = await asyncio.to_thread(SearchIndex, corpus)
    database = await Database.open(settings.database)
    try:
        async with LecternBot(settings, corpus=corpus, index=index, database=database) as client:
            # SIGTERM/SIGINT close the bot (cogs unload and flush), then the resources close.
            await run_until_stopped(
                client.start(settings.discord_token.get_secret_value()), client.close
            )
    finally:
        await database.close()
    log.info("stopped cleanly; the database %s is closed", settings.database)


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
