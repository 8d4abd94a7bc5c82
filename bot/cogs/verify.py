"""``/verify text:``: is this quotation in the corpus, word for word, and who said it?"""

from __future__ import annotations

import asyncio
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import (
    MAX_VERIFY_CHARS,
    checked_query,
    cooldown,
    dispatch_shown,
    readable_view,
)
from bot.core.verify import checked_claim, verify
from bot.render import NO_MENTIONS, verify_embed


class Verify(commands.Cog):
    @app_commands.command(name="verify", description="Check a quotation against the sources")
    @app_commands.describe(text='The quotation as you saw it, e.g. "…" (Lenin)')
    @cooldown
    async def verify(
        self,
        interaction: discord.Interaction[Any],
        text: app_commands.Range[str, 1, MAX_VERIFY_CHARS],
    ) -> None:
        view = await readable_view(interaction)
        claim = checked_query(text, MAX_VERIFY_CHARS, what="check")
        checked_claim(view.index, claim)  # before deferring: after it, an error would be public
        await interaction.response.defer(thinking=True)
        result = await asyncio.to_thread(verify, view.index, claim)
        await interaction.followup.send(
            embed=verify_embed(view.corpus, result), allowed_mentions=NO_MENTIONS
        )
        if result.passage is not None:
            dispatch_shown(interaction, result.passage.id, "verify")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Verify())
