"""``/help`` (the commands) and ``/about`` (what the corpus holds, its sources, how to cite)."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import lectern
from bot.render import NO_MENTIONS, citation_line, clip, fit

HELP_LINES = (
    ("/quote search query: [speaker:] [topic:] [kind:]", "the best passages for your words"),
    ("/quote random [speaker:] [topic:]", "a passage at random, no repeats in a channel"),
    ("/quote show id:", "the passage with that id (type words to find it)"),
    ("/source id:", "the full citation and the paragraphs around a passage"),
    ("/verify text:", "check a quotation word for word and who said it"),
    ("/compare topic topic:", "each essay's position on a topic, side by side"),
    ("/compare speakers query: speakers:", "what each named speaker says about something"),
    ("/discuss id:", "post a passage for the group with a thread to discuss it"),
    ("/about", "what the texts are and how to cite them"),
    ("/privacy info", "what the discussion statistics store about you, and how to opt out"),
    ("/stats top", "moderators: which passages, speakers and topics the group discusses"),
    ("/daily set", "moderators: one passage a day in a channel, at a local time"),
)


class Info(commands.Cog):
    @app_commands.command(name="help", description="What Lectern can do")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        embed = discord.Embed(
            title="Lectern: exact quotations with their sources",
            description="\n".join(f"`{usage}`: {what}" for usage, what in HELP_LINES),
        )
        embed.set_footer(text="Every passage shows its id; use it with /quote show or /source.")
        await interaction.response.send_message(
            embed=fit(embed), ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @app_commands.command(name="about", description="The texts Lectern quotes and how to cite")
    async def about(self, interaction: discord.Interaction[Any]) -> None:
        corpus = lectern(interaction).corpus
        quotations = sum(1 for p in corpus.passages if p.kind == "quotation")
        embed = discord.Embed(
            title="About the corpus",
            description=(
                f"{len(corpus.passages)} passages ({quotations} quotations, "
                f"{len(corpus.passages) - quotations} passages of commentary) from "
                f"{len(corpus.sources)} essays, quoting {len(corpus.speakers)} speakers. "
                "Every passage is the essay's own words, checked against the source text."
            ),
        )
        for source in corpus.sources.values():
            embed.add_field(
                name=clip(f"{source.title} ({source.year})", 256),
                value=clip(f"{source.author}. {source.context}", 1024),
                inline=False,
            )
        if corpus.passages:
            example = next(
                (p for p in corpus.passages if p.kind == "quotation"), corpus.passages[0]
            )
            embed.add_field(
                name="How to cite", value=clip(citation_line(corpus, example), 1024), inline=False
            )
        await interaction.response.send_message(
            embed=fit(embed), ephemeral=True, allowed_mentions=NO_MENTIONS
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Info())
