"""``/privacy opt-out``, ``/privacy opt-in``, ``/privacy info``: members' control over the
discussion statistics. Every reply is ephemeral; opt-out and opt-in answer only once the
change is committed to the database."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import cooldown, lectern
from bot.render import NO_MENTIONS, text_embed


def info_lines(retention_days: int, opted_out: bool) -> list[str]:
    """What the discussion log stores, in plain words."""
    status = (
        "You have **opted out**: your activity is counted anonymously, never linked to you."
        if opted_out
        else "You are **counted as a participant**. Use `/privacy opt-out` to stop that."
    )
    return [
        "To show moderators which passages the group discusses, Lectern counts, per passage: "
        "times it was shown or posted, threads opened on it, messages in those threads, "
        "replies to it and reactions to it.",
        "",
        "**Never stored:** the text of any message, which emoji you used, your name or "
        "your Discord id.",
        "**Stored with each count:** the server, channel, passage and time, and a keyed hash "
        "of your member id. The hash lets Lectern count distinct participants; it cannot be "
        "turned back into your id, and nobody can list who took part.",
        f"**Kept:** the individual events for {retention_days} days; after that only daily "
        "totals per passage remain.",
        "Direct messages, bots and webhooks are not counted.",
        "",
        "`/privacy opt-out`: your past events are unlinked from you at once and new ones "
        "are never linked; they still add to the anonymous totals. "
        "`/privacy opt-in` links new events again.",
        "",
        status,
    ]


class Privacy(
    commands.GroupCog,
    group_name="privacy",
    group_description="What Lectern's statistics store about you, and opting out",
):
    @app_commands.command(name="opt-out", description="Stop linking your activity to you")
    @cooldown
    async def opt_out(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = lectern(interaction)
        events = bot.events
        if await events.is_opted_out(interaction.user.id):
            text = (
                "You had already opted out; nothing changed. "
                "Your activity is counted anonymously, never linked to you."
            )
        else:
            unlinked = await events.opt_out(interaction.user.id, at=bot.clock.now())
            past = f"{unlinked} earlier events were" if unlinked != 1 else "1 earlier event was"
            text = (
                f"Done: you have opted out. {past} unlinked from you, and from now on "
                "what you do around passages is counted anonymously, never linked to you. "
                "Use `/privacy opt-in` if you change your mind."
            )
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="opt-in", description="Be counted as a participant again")
    @cooldown
    async def opt_in(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        if await lectern(interaction).events.opt_in(interaction.user.id):
            text = (
                "Done: from now on your activity counts you as a participant again. "
                "Events from while you were opted out stay anonymous."
            )
        else:
            text = "You had not opted out; nothing changed."
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="info", description="What the statistics store, and for how long")
    @cooldown
    async def info(self, interaction: discord.Interaction[Any]) -> None:
        bot = lectern(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        opted_out = await bot.events.is_opted_out(interaction.user.id)
        embed = text_embed(
            "Lectern's discussion statistics and your privacy",
            info_lines(bot.settings.retention_days, opted_out),
        )
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Privacy())
