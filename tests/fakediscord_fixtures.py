"""pytest fixtures: ``fake_discord`` (the server) and ``lectern`` (the real bot connected to it)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from bot.client import LecternBot
from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.devtools.fakediscord.server import MODERATOR_ROLE_ID, TOKEN, FakeDiscord
from bot.settings import Settings
from bot.storage import Database
from tests.sample_corpus import make_corpus


class BotRunner:
    """Starts, stops and restarts ``LecternBot`` in this event loop against ``fake``."""

    def __init__(
        self, fake: FakeDiscord, settings: Settings, database: Database, corpus: Corpus
    ) -> None:
        self.fake = fake
        self.settings = settings
        self.database = database
        self.corpus = corpus
        self.index = SearchIndex(self.corpus)
        self.bot: LecternBot | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> LecternBot:
        self.fake.reset_ready()
        # Every guild arrives at once here: no need to wait 2 s for more GUILD_CREATEs.
        bot = LecternBot(
            self.settings,
            corpus=self.corpus,
            index=self.index,
            database=self.database,
            guild_ready_timeout=0.05,
        )
        self.bot = bot
        self._task = asyncio.create_task(bot.start(TOKEN))
        await self.fake.wait_until_ready()
        await asyncio.wait_for(bot.wait_until_ready(), 10)
        return bot

    async def stop(self) -> None:
        if self.bot is not None:
            await self.bot.close()
        if self._task is not None:
            await asyncio.wait_for(self._task, 10)
        self.bot, self._task = None, None

    async def restart(self) -> LecternBot:
        """A new process would do the same: a fresh client, the same database."""
        await self.stop()
        return await self.start()


@pytest.fixture
async def fake_discord(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord()
    await fake.start()
    # The one patch allowed: discord.py's REST base URL (the gateway URL comes from it).
    monkeypatch.setattr(discord.http.Route, "BASE", fake.api_base)
    yield fake
    await fake.stop()
    # Every test checks Discord's limits: the fake refused nothing the bot sent.
    assert not fake.refused, [(r.method, r.path, problems) for r, problems in fake.refused]


def lectern_settings(fake: FakeDiscord, tmp_path: Path) -> Settings:
    return Settings(
        discord_token=TOKEN,  # type: ignore[arg-type]
        database=tmp_path / "lectern.db",
        discord_api_base=fake.api_base,
        moderator_role_ids=(MODERATOR_ROLE_ID,),
    )


@pytest.fixture
def lectern_corpus() -> Corpus:
    """The corpus the bot serves; override this fixture in a module to use another."""
    return make_corpus()


@pytest.fixture
async def lectern_runner(
    fake_discord: FakeDiscord, tmp_path: Path, lectern_corpus: Corpus
) -> AsyncIterator[BotRunner]:
    settings = lectern_settings(fake_discord, tmp_path)
    database = await Database.open(settings.database)
    runner = BotRunner(fake_discord, settings, database, lectern_corpus)
    await runner.start()
    yield runner
    await runner.stop()
    await database.close()


@pytest.fixture
async def lectern(lectern_runner: BotRunner) -> LecternBot:
    assert lectern_runner.bot is not None
    return lectern_runner.bot
