"""``/quote search``, ``/quote random``, ``/quote show``."""

from __future__ import annotations

import asyncio
import random
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import (
    MAX_QUERY_CHARS,
    checked_query,
    cooldown,
    dispatch_shown,
    filters_from,
    lectern,
    passage_autocomplete,
    readable_view,
    speaker_autocomplete,
    topic_autocomplete,
)
from bot.core.errors import UnknownPassageError, UserFacingError
from bot.core.search import Hit, member_search
from bot.core.selection import choose, random_pool
from bot.render import NO_MENTIONS, escape_user_text, passage_embed
from bot.views import passage_view, results_message, search_results

RESULTS = 10


class Quote(commands.GroupCog, group_name="quote", group_description="Find and show passages"):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.rng = random.Random()
        self.shown: dict[int, frozenset[str]] = {}  # channel id -> ids shown this cycle
        self.last: dict[int, str] = {}

    @app_commands.command(name="search", description="The passages that best match your words")
    @app_commands.describe(
        query="Words to look for (a phrase, a name, a topic)",
        speaker="Only what this person said",
        topic="Only passages on this topic",
        kind="Only quotations, or only the essays' own commentary",
    )
    @app_commands.autocomplete(
        query=passage_autocomplete, speaker=speaker_autocomplete, topic=topic_autocomplete
    )
    @cooldown
    async def search(
        self,
        interaction: discord.Interaction[Any],
        query: app_commands.Range[str, 1, MAX_QUERY_CHARS],
        speaker: str | None = None,
        topic: str | None = None,
        kind: Literal["quotation", "commentary"] | None = None,
    ) -> None:
        view = await readable_view(interaction)
        text = checked_query(query)
        filters = filters_from(view, speaker, topic, kind)
        await interaction.response.defer(ephemeral=True, thinking=True)
        picked = view.corpus.get(text)  # an id chosen from the autocomplete list
        if picked is not None:
            others = await asyncio.to_thread(
                member_search, view.index, picked.text, filters, RESULTS
            )
            hits = [Hit(picked, 100.0, ()), *(h for h in others if h.passage.id != picked.id)]
        else:
            hits = await asyncio.to_thread(member_search, view.index, text, filters, RESULTS)
        if not hits:
            raise UserFacingError(
                f"Nothing matches {escape_user_text(text, 100)}. "
                "Try fewer or other words, or drop a filter."
            )
        heading = escape_user_text(text, 100)
        key = search_results(lectern(interaction)).add(hits, heading)
        embed, buttons = results_message(
            view.corpus, key, hits, heading, in_guild=interaction.guild_id is not None
        )
        await interaction.followup.send(
            embed=embed, view=buttons, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        dispatch_shown(interaction, hits[0].passage.id, "quote search")

    @app_commands.command(name="random", description="A passage chosen at random")
    @app_commands.describe(speaker="Only what this person said", topic="Only this topic")
    @app_commands.autocomplete(speaker=speaker_autocomplete, topic=topic_autocomplete)
    @cooldown
    async def random(
        self,
        interaction: discord.Interaction[Any],
        speaker: str | None = None,
        topic: str | None = None,
    ) -> None:
        view = await readable_view(interaction)
        filters = filters_from(view, speaker, topic)
        channel = interaction.channel_id or 0
        picked = choose(
            await asyncio.to_thread(random_pool, view.index, filters),
            self.shown.get(channel, frozenset()),
            self.rng,
            self.last.get(channel),
        )
        self.shown[channel] = picked.shown
        self.last[channel] = picked.passage.id
        await interaction.response.send_message(
            embed=passage_embed(view.corpus, picked.passage),
            view=passage_view(picked.passage, 0, interaction.user.id),
            allowed_mentions=NO_MENTIONS,
        )
        dispatch_shown(interaction, picked.passage.id, "quote random")

    @app_commands.command(name="show", description="The passage with this id")
    @app_commands.describe(id="A passage id (type words of the passage to find it)")
    @app_commands.autocomplete(id=passage_autocomplete)
    @cooldown
    async def show(self, interaction: discord.Interaction[Any], id: str) -> None:
        view = await readable_view(interaction)
        passage = view.corpus.get(id.strip())
        if passage is None:
            raise UnknownPassageError(id)
        await interaction.response.send_message(
            embed=passage_embed(view.corpus, passage),
            view=passage_view(passage, 0, interaction.user.id),
            allowed_mentions=NO_MENTIONS,
        )
        dispatch_shown(interaction, passage.id, "quote show")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Quote(bot))
