"""The discussion log's listeners: count what members do around the passages Lectern posts.

Counts only. The bot has no message-content intent and never reads ``message.content``:
a message is counted by where it was written (a thread opened on a passage) or what it
replies to (the bot's message carrying a passage), a reaction by the message it is on.
Bots and webhooks are ignored. Once a day, raw events older than
``LECTERN_RETENTION_DAYS`` are pruned (the daily counts stay; see docs/statistics.md).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import discord
from discord.ext import commands, tasks

from bot.client import LecternBot
from bot.core.events import PassagePosted, PassageShown
from bot.storage.events import PruneResult

log = logging.getLogger(__name__)

# Members' own messages; system messages (pins, thread notices, joins...) are not discussion.
COUNTED_MESSAGE_TYPES = (discord.MessageType.default, discord.MessageType.reply)
PRUNE_EVERY = timedelta(days=1)


class Discussion(commands.Cog):
    def __init__(self, bot: LecternBot) -> None:
        self.bot = bot

    def _now(self) -> datetime:
        # The time the event reached the bot; message snowflakes could serve too, but reactions
        # carry no time of their own, so every event is stamped the same way.
        return self.bot.clock.now()

    async def cog_load(self) -> None:
        self.retention.start()

    async def cog_unload(self) -> None:
        """Stop the retention task and wait for it, so it never outlives the database."""
        task = self.retention.get_task()
        self.retention.cancel()
        if task is not None:
            await asyncio.wait([task])

    # -- events from the command cogs --------------------------------------------------

    @commands.Cog.listener()
    async def on_passage_shown(self, event: PassageShown) -> None:
        self.bot.events.record_shown(event)

    @commands.Cog.listener()
    async def on_passage_posted(self, event: PassagePosted) -> None:
        await self.bot.events.record_posted(event)

    # -- gateway events ----------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if (
            message.guild is None
            or message.author.bot
            or message.webhook_id is not None
            or message.type not in COUNTED_MESSAGE_TYPES
        ):
            return
        events = self.bot.events
        at = self._now()
        if events.record_thread_message(message.channel.id, message.author.id, at):
            return
        reference = message.reference
        if reference is not None and reference.message_id is not None:
            events.record_reply(reference.message_id, message.channel.id, message.author.id, at)

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        if payload.guild_id is None or self._is_bot(payload.user_id, payload.member):
            return
        self.bot.events.record_reaction(payload.message_id, payload.user_id, self._now())

    @commands.Cog.listener()
    async def on_thread_create(self, thread: discord.Thread) -> None:
        """A member opened a thread on a passage message (its id is the message's id).

        Threads the bot opens itself (``/discuss``, daily posts) are recorded with the post.
        """
        if thread.owner_id is None or self._is_bot(thread.owner_id, None):
            return
        await self.bot.events.record_thread_opened(
            thread_id=thread.id, message_id=thread.id, user_id=thread.owner_id, at=self._now()
        )

    def _is_bot(self, user_id: int, member: discord.Member | None) -> bool:
        me = self.bot.user
        return (me is not None and user_id == me.id) or (member is not None and member.bot)

    # -- retention ---------------------------------------------------------------------

    async def prune(self, now: datetime) -> PruneResult:
        """Delete raw events of the days older than the retention period before ``now``."""
        before = now - timedelta(days=self.bot.settings.retention_days)
        result = await self.bot.events.prune(before)
        if result.events_deleted or result.member_rows_deleted:
            log.info(
                "pruned %d discussion events and %d participation rows older than %s",
                result.events_deleted,
                result.member_rows_deleted,
                before.date().isoformat(),
            )
        return result

    @tasks.loop(hours=PRUNE_EVERY.total_seconds() / 3600)
    async def retention(self) -> None:
        try:
            await self.prune(self._now())
        except Exception:
            # Keep the daily loop alive: the next run prunes what this one could not.
            log.exception("pruning the discussion log failed")

    @retention.before_loop
    async def _prune_when_ready(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: LecternBot) -> None:
    await bot.add_cog(Discussion(bot))
