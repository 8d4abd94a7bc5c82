"""``/discuss id:``: post a passage for the group and open a thread to talk about it."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogs._common import lectern, passage_autocomplete, slow_cooldown
from bot.core.errors import UnknownPassageError, UserFacingError
from bot.core.events import PassagePosted
from bot.render import NO_MENTIONS, clip, passage_embed
from bot.replies import safe_reply
from bot.views import passage_view

log = logging.getLogger(__name__)

THREAD_NAME_LIMIT = 100
# What the bot needs in the channel to open the thread: discord.Permissions flag -> label.
THREAD_PERMISSIONS = {
    "create_public_threads": "Create Public Threads",
    "send_messages_in_threads": "Send Messages in Threads",
}


class Discuss(commands.Cog):
    @app_commands.command(name="discuss", description="Post a passage and open a thread on it")
    @app_commands.describe(id="A passage id (type words of the passage to find it)")
    @app_commands.autocomplete(id=passage_autocomplete)
    @app_commands.guild_only()
    @slow_cooldown
    async def discuss(self, interaction: discord.Interaction[Any], id: str) -> None:
        bot = lectern(interaction)
        passage = bot.corpus.get(id.strip())
        if passage is None:
            raise UnknownPassageError(id)
        if not isinstance(interaction.channel, discord.TextChannel):
            raise UserFacingError("Use /discuss in a text channel: threads open there.")
        missing = [
            label
            for flag, label in THREAD_PERMISSIONS.items()
            if not getattr(interaction.app_permissions, flag)
        ]
        if missing:  # before posting: a passage without its thread is half a /discuss
            raise UserFacingError(
                f"I cannot open a thread here: I need {', '.join(missing)} in this channel. "
                "A moderator can grant it; meanwhile /quote show shows the passage."
            )
        await interaction.response.send_message(
            embed=passage_embed(bot.corpus, passage),
            view=passage_view(passage),
            allowed_mentions=NO_MENTIONS,
        )
        message = await interaction.original_response()
        name = " ".join(f"{bot.corpus.speaker_name(passage.speaker)}: {passage.text}".split())
        try:
            thread: discord.Thread | None = await message.create_thread(
                name=clip(name, THREAD_NAME_LIMIT), auto_archive_duration=1440
            )
        except discord.HTTPException as exc:  # e.g. a permission removed a moment ago
            log.warning("could not open the thread of /discuss post %s: %s", message.id, exc)
            thread = None
            await safe_reply(
                interaction,
                "The passage is posted, but Discord refused to open its thread "
                f"({exc.text or exc.status}). Open one on the message by hand.",
            )
        bot.dispatch(
            "passage_posted",
            PassagePosted(
                guild_id=interaction.guild_id,
                channel_id=interaction.channel_id or 0,
                message_id=message.id,
                thread_id=None if thread is None else thread.id,
                user_id=interaction.user.id,
                passage_id=passage.id,
                origin="discuss",
                at=bot.clock.now(),
            ),
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Discuss())
