"""``/discuss id:``: post a passage for the group and open a thread to talk about it."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import passage_autocomplete, readable_view, slow_cooldown
from bot.core.errors import UnknownPassageError
from bot.views import post_for_discussion


class Discuss(commands.Cog):
    @app_commands.command(name="discuss", description="Post a passage and open a thread on it")
    @app_commands.describe(id="A passage id (type words of the passage to find it)")
    @app_commands.autocomplete(id=passage_autocomplete)
    @app_commands.guild_only()
    @slow_cooldown
    async def discuss(self, interaction: discord.Interaction[Any], id: str) -> None:
        view = await readable_view(interaction)
        passage = view.corpus.get(id.strip())
        if passage is None:
            raise UnknownPassageError(id)
        await post_for_discussion(interaction, view.corpus, passage)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Discuss())
