"""``/compare topic topic:`` and ``/compare speakers query: speakers:``."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import (
    MAX_QUERY_CHARS,
    checked_query,
    cooldown,
    readable_view,
    topic_autocomplete,
)
from bot.core.compare import compare_speakers, compare_topic, speakers_to_compare
from bot.core.errors import UserFacingError
from bot.render import NO_MENTIONS, compare_speakers_embeds, compare_topic_embeds

MAX_SPEAKERS = 5


class Compare(commands.GroupCog, group_name="compare", group_description="Compare positions"):
    @app_commands.command(name="topic", description="Each essay's position on a topic")
    @app_commands.describe(topic="A topic (pick from the list)")
    @app_commands.autocomplete(topic=topic_autocomplete)
    @cooldown
    async def topic(self, interaction: discord.Interaction[Any], topic: str) -> None:
        view = await readable_view(interaction)
        comparison = compare_topic(
            view.corpus,
            checked_query(topic, 100, what="compare", fix=" Pick a topic from the list."),
        )
        await interaction.response.send_message(
            embeds=compare_topic_embeds(view.corpus, comparison), allowed_mentions=NO_MENTIONS
        )

    @app_commands.command(name="speakers", description="What each speaker says about something")
    @app_commands.describe(
        query="What to compare them on", speakers="Two or more names, separated by commas"
    )
    @cooldown
    async def speakers(
        self,
        interaction: discord.Interaction[Any],
        query: app_commands.Range[str, 1, MAX_QUERY_CHARS],
        speakers: app_commands.Range[str, 1, 300],
    ) -> None:
        view = await readable_view(interaction)
        text = checked_query(query, what="compare them on")
        names = [name.strip() for name in speakers.split(",") if name.strip()]
        if len(names) > MAX_SPEAKERS:
            raise UserFacingError(f"Compare at most {MAX_SPEAKERS} speakers at once.")
        # Before deferring: after a public defer, even an error would be public.
        speakers_to_compare(view.index, text, names)
        await interaction.response.defer(thinking=True)
        comparison = await asyncio.to_thread(compare_speakers, view.index, text, names)
        await interaction.followup.send(
            embeds=compare_speakers_embeds(view.corpus, comparison), allowed_mentions=NO_MENTIONS
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Compare())
