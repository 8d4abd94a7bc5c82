"""``/source id:``: the full citation and the paragraphs around a passage."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import cooldown, dispatch_shown, passage_autocomplete, readable_view
from bot.render import NO_MENTIONS
from bot.views import source_message


class Source(commands.Cog):
    @app_commands.command(name="source", description="Where a passage comes from, in context")
    @app_commands.describe(id="A passage id (type words of the passage to find it)")
    @app_commands.autocomplete(id=passage_autocomplete)
    @cooldown
    async def source(self, interaction: discord.Interaction[Any], id: str) -> None:
        view = await readable_view(interaction)
        embed, buttons = source_message(view, id.strip(), interaction.user.id)
        await interaction.response.send_message(
            embed=embed, view=buttons, allowed_mentions=NO_MENTIONS
        )
        dispatch_shown(interaction, id.strip(), "source")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Source())
