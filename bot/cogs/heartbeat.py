"""The heartbeat: while connected to Discord, touch ``LECTERN_HEARTBEAT_FILE`` regularly.

``lectern healthcheck`` (the Docker HEALTHCHECK) reads the file's age: a bot that is
stuck, disconnected or gone stops touching it and is reported unhealthy. Without the setting
this cog does nothing.
"""

from __future__ import annotations

import math
from pathlib import Path

from discord.ext import commands, tasks

from bot.client import LecternBot

HEARTBEAT_SECONDS = 30.0


class Heartbeat(commands.Cog):
    def __init__(self, bot: LecternBot, path: Path) -> None:
        self.bot = bot
        self.path = path

    async def cog_load(self) -> None:
        self.beat.start()

    async def cog_unload(self) -> None:
        self.beat.cancel()

    @tasks.loop(seconds=HEARTBEAT_SECONDS)
    async def beat(self) -> None:
        if self.bot.is_ready() and not self.bot.is_closed() and math.isfinite(self.bot.latency):
            self.path.touch()  # one metadata update every 30 s

    @beat.before_loop
    async def _first_beat_when_ready(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: LecternBot) -> None:
    if bot.settings.heartbeat_file is not None:
        await bot.add_cog(Heartbeat(bot, bot.settings.heartbeat_file))
