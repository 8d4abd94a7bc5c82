"""``/daily set|status|off|preview``: one passage a day in a channel, at a local time.

Schedules and the post history live in the database (``bot.storage.daily``). The
``DailyScheduler`` (started with this cog, stopped with it) decides when a post is due and
claims it before ``Daily.send_post`` delivers it, so a restart or a second process never
posts twice. A post that cannot be delivered (channel gone, permission lost) pauses the
schedule with the reason; ``/daily status`` shows it and what to fix.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import date, datetime
from typing import Any, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import moderator_only
from bot.client import LecternBot
from bot.cogs._common import (
    filters_from,
    lectern,
    readable_view,
    speaker_autocomplete,
    topic_autocomplete,
)
from bot.core.errors import UserFacingError
from bot.core.events import PassagePosted
from bot.core.models import Corpus, Passage
from bot.core.schedule import parse_time, parse_zone, suggest_zones
from bot.render import (
    NO_MENTIONS,
    clip,
    escape_user_text,
    pages_of,
    passage_embed,
    text_embed,
)
from bot.scheduler import DailyPost, DailyScheduler, PostFailedError, PostReceipt
from bot.storage.daily import PostRecord, Schedule
from bot.views import CONTINUED, passage_view, send_rest

log = logging.getLogger(__name__)

# What the bot needs in the channel: discord.Permissions flag -> the name Discord shows.
POST_PERMISSIONS = {
    "view_channel": "View Channel",
    "send_messages": "Send Messages",
    "embed_links": "Embed Links",
}
THREAD_PERMISSIONS = {
    "create_public_threads": "Create Public Threads",
    "send_messages_in_threads": "Send Messages in Threads",
}
THREAD_NAME_LIMIT = 100
STOP_GRACE_SECONDS = 10.0  # at shutdown, how long a post under way may take to finish
HOW_TO_RESUME = (
    "Fix that (or pick another channel), then run `/daily set` again: it resumes the posts."
)


class ServerUnavailableError(Exception):
    """Discord reports the server unavailable (an outage): retry, do not pause."""


def missing_permissions(channel: discord.TextChannel, open_thread: bool) -> list[str]:
    """The permissions the bot lacks in ``channel`` to post there (and open threads)."""
    me = cast("discord.Member | None", channel.guild.me)  # typed Member, None when not cached
    if me is None:  # the bot is no longer in that server
        return list(POST_PERMISSIONS.values())
    granted = channel.permissions_for(me)
    wanted = POST_PERMISSIONS | (THREAD_PERMISSIONS if open_thread else {})
    return [label for flag, label in wanted.items() if not getattr(granted, flag)]


def channel_gone(channel_id: int) -> str:
    return f"The channel <#{channel_id}> no longer exists, or I can no longer see it."


def lacking(channel_id: int, missing: list[str]) -> str:
    return f"I am missing these permissions in <#{channel_id}>: {', '.join(missing)}."


def day_label(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def timestamp(moment: datetime, style: str = "F") -> str:
    """A Discord timestamp: each member sees it in their own time zone."""
    return f"<t:{int(moment.timestamp())}:{style}>"


async def zone_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    return [
        app_commands.Choice(name=zone[:100], value=zone[:100])
        for zone in suggest_zones(current[:100])
    ]


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Daily(commands.GroupCog, group_name="daily", group_description="A passage posted every day"):
    def __init__(self, bot: LecternBot) -> None:
        self.bot = bot
        self.scheduler = DailyScheduler(
            store=bot.daily_store,
            selection=bot.selection_store,
            libraries=bot.libraries,
            send=self.send_post,
            clock=bot.clock,
            shard_count=bot.shard_set.shard_count,
            shard_ids=bot.shard_set.shard_ids,
        )
        self._task: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self._task = asyncio.create_task(self._run(), name="daily-scheduler")

    async def cog_unload(self) -> None:
        self.scheduler.stop()
        if self._task is None:
            return
        if self.scheduler.busy:  # let the post under way finish: its claim must not stay pending
            await asyncio.wait({self._task}, timeout=STOP_GRACE_SECONDS)
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    async def _run(self) -> None:
        await self.bot.wait_until_ready()  # the channel cache is needed to check permissions
        await self.scheduler.run_forever()

    # sending ---------------------------------------------------------------------------------
    async def _channel(self, channel_id: int) -> discord.TextChannel:
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except (discord.NotFound, discord.Forbidden) as exc:
                raise PostFailedError(channel_gone(channel_id)) from exc
        if not isinstance(channel, discord.TextChannel):
            raise PostFailedError(f"<#{channel_id}> is not a text channel any more.")
        if channel.guild.unavailable or cast("discord.Member | None", channel.guild.me) is None:
            # A Discord outage, not a moderator's doing: the scheduler tries again later.
            raise ServerUnavailableError(f"server {channel.guild.id} is unavailable")
        return channel

    async def send_post(self, post: DailyPost) -> PostReceipt:
        """The scheduler's sender: post the passage, open its thread, report the post.

        Failures that need a moderator raise ``PostFailedError`` (the schedule pauses).
        Once the first message is out nothing raises: the post counts as sent, so it is
        never sent twice; a thread or a later part that fails is only logged.
        """
        schedule, passage, corpus = post.schedule, post.passage, post.corpus
        channel = await self._channel(schedule.channel_id)
        missing = missing_permissions(channel, schedule.open_thread)
        if missing:
            raise PostFailedError(lacking(channel.id, missing))
        # With a thread, the rest of a long passage goes there (no shared page buttons);
        # without one, each reader turns the pages in a private copy.
        long = len(pages_of(passage)) > 1
        view = discord.ui.View(timeout=None) if schedule.open_thread else passage_view(passage)
        note = CONTINUED if schedule.open_thread and long else None
        try:
            message = await channel.send(
                content=f"**Daily passage** · {day_label(post.local_date)}",
                embed=passage_embed(corpus, passage, footer_note=note),
                view=view,
                allowed_mentions=NO_MENTIONS,
            )
        except discord.NotFound as exc:
            raise PostFailedError(channel_gone(channel.id)) from exc
        except discord.Forbidden as exc:
            raise PostFailedError(
                f"Discord refused my post in <#{channel.id}>: {exc.text or 'missing access'}."
            ) from exc
        thread = await self._open_thread(message, corpus, passage) if schedule.open_thread else None
        if long and (thread is not None or not view.children):
            await send_rest(corpus, thread or channel, passage)
        self.bot.dispatch(
            "passage_posted",
            PassagePosted(
                guild_id=schedule.guild_id,
                channel_id=channel.id,
                message_id=message.id,
                thread_id=None if thread is None else thread.id,
                user_id=None,
                passage_id=passage.id,
                origin="daily",
                at=self.scheduler.clock.now(),
            ),
        )
        return PostReceipt(message.id, None if thread is None else thread.id)

    async def _open_thread(
        self, message: discord.Message, corpus: Corpus, passage: Passage
    ) -> discord.Thread | None:
        name = f"{corpus.speaker_name(passage.speaker)}: {passage.text}"
        try:
            return await message.create_thread(
                name=clip(" ".join(name.split()), THREAD_NAME_LIMIT), auto_archive_duration=1440
            )
        except discord.HTTPException:
            log.warning("could not open the thread of daily post %s", message.id, exc_info=True)
            return None

    # status ----------------------------------------------------------------------------------
    async def _schedule(self, guild_id: int | None) -> Schedule:
        schedule = None if guild_id is None else await self.bot.daily_store.schedule(guild_id)
        if schedule is None:
            raise UserFacingError(
                "No daily post is set up in this server; start one with /daily set."
            )
        return schedule

    async def _filters_line(self, schedule: Schedule) -> str:
        corpus = (await self.bot.libraries.view(schedule.guild_id)).corpus
        parts = []
        if schedule.topic:
            topic = corpus.topics.get(schedule.topic)
            parts.append(f"topic {escape_user_text(topic.name if topic else schedule.topic)}")
        if schedule.speaker:
            parts.append(f"speaker {escape_user_text(corpus.speaker_name(schedule.speaker))}")
        return ", ".join(parts) if parts else "none (every quotation)"

    def _live_problem(self, schedule: Schedule) -> str | None:
        """Why the next post would fail, seen from the cache now (before it pauses)."""
        channel = self.bot.get_channel(schedule.channel_id)
        if not isinstance(channel, discord.TextChannel):
            return channel_gone(schedule.channel_id)
        missing = missing_permissions(channel, schedule.open_thread)
        return lacking(channel.id, missing) if missing else None

    @staticmethod
    def _last_post_line(record: PostRecord | None, guild_id: int) -> str:
        if record is None:
            return "none yet"
        line = f"{day_label(record.local_date)}, `{record.passage_id}`"
        if record.state == "sent" and record.message_id is not None:
            link = (
                f"https://discord.com/channels/{guild_id}/{record.channel_id}/{record.message_id}"
            )
            line += f", {link}"
            if record.thread_id is not None:
                line += f" (thread <#{record.thread_id}>)"
        elif record.state == "failed":
            line += f", not delivered: {record.error or 'unknown error'}"
        else:
            line += ", being sent"
        return line

    async def status_embed(self, schedule: Schedule, title: str) -> discord.Embed:
        lines = [
            f"**Channel:** <#{schedule.channel_id}>",
            f"**Time:** {schedule.post_time:%H:%M} {schedule.timezone}, every day",
            f"**Filters:** {await self._filters_line(schedule)}",
            "**Discussion thread:** "
            + ("opened on each post" if schedule.open_thread else "not opened"),
        ]
        if schedule.paused_reason is not None:
            lines.append(f"**State:** paused. {schedule.paused_reason}")
            lines.append(f"**To resume:** {HOW_TO_RESUME}")
            lines.append("**Next posts:** none while paused")
        else:
            lines.append("**State:** active")
            problem = self._live_problem(schedule)
            if problem is not None:
                lines.append(
                    f"**Warning:** {problem} Fix it before the next post, or posting pauses."
                )
            times = await self.scheduler.next_posts(schedule)
            lines.append("**Next posts:**")
            lines.extend(f"{timestamp(t)} ({timestamp(t, 'R')})" for t in times)
        last = await self.bot.daily_store.posts(schedule.guild_id, latest=1)
        lines.append(
            f"**Last post:** {self._last_post_line(last[0] if last else None, schedule.guild_id)}"
        )
        return text_embed(title, lines)

    # commands --------------------------------------------------------------------------------
    @app_commands.command(name="set", description="Post a passage every day at a local time")
    @app_commands.describe(
        channel="The text channel to post in",
        time="Local time on a 24-hour clock, e.g. 08:30",
        timezone="Time zone name, e.g. Europe/London (suggested as you type)",
        topic="Only passages on this topic",
        speaker="Only what this person said",
        thread="Open a discussion thread on each post",
    )
    @app_commands.autocomplete(
        timezone=zone_autocomplete, topic=topic_autocomplete, speaker=speaker_autocomplete
    )
    @moderator_only()
    async def set_schedule(
        self,
        interaction: discord.Interaction[Any],
        channel: discord.TextChannel,
        time: app_commands.Range[str, 1, 20],
        timezone: app_commands.Range[str, 1, 100],
        topic: str | None = None,
        speaker: str | None = None,
        thread: bool = False,
    ) -> None:
        bot = lectern(interaction)
        at = parse_time(time)
        zone = parse_zone(timezone)
        filters = filters_from(await readable_view(interaction), speaker, topic)
        schedule = Schedule(
            guild_id=channel.guild.id,
            channel_id=channel.id,
            post_time=at,
            timezone=zone.key,
            topic=filters.topic,
            speaker=filters.speaker,
            open_thread=thread,
            paused_reason=None,
        )
        if not await self.scheduler.eligible(schedule):
            raise UserFacingError("No passage matches these filters; choose others.")
        missing = missing_permissions(channel, thread)
        if missing:
            raise UserFacingError(
                f"I cannot post in {channel.mention} yet: I need {', '.join(missing)} there. "
                "Grant them in the channel's permission settings, then run /daily set again."
            )
        await interaction.response.defer(ephemeral=True, thinking=True)
        await bot.daily_store.set_schedule(schedule, at=self.scheduler.clock.now())
        self.scheduler.schedules_changed()
        saved = await self._schedule(channel.guild.id)
        embed = await self.status_embed(saved, "Daily passage saved")
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="status", description="The daily post setup and the next posts")
    @moderator_only()
    async def status(self, interaction: discord.Interaction[Any]) -> None:
        schedule = await self._schedule(interaction.guild_id)
        embed = await self.status_embed(schedule, "Daily passage")
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @app_commands.command(name="off", description="Stop the daily posts in this server")
    @moderator_only()
    async def off(self, interaction: discord.Interaction[Any]) -> None:
        # Deferred before writing: a database busy with another writer (a backup, a prune)
        # must not make the answer miss Discord's 3 s.
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id = interaction.guild_id
        removed = guild_id is not None and await self.bot.daily_store.remove_schedule(guild_id)
        self.scheduler.schedules_changed()
        text = (
            "Daily posts are off. Passages already posted are remembered, so setting it up "
            "again does not repeat them."
            if removed
            else "No daily post was set up in this server."
        )
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="preview", description="See the passage the next post will carry")
    @moderator_only()
    async def preview(self, interaction: discord.Interaction[Any]) -> None:
        corpus = (await readable_view(interaction)).corpus
        schedule = await self._schedule(interaction.guild_id)
        selection, _ = await self.scheduler.next_selection(schedule)
        passage = selection.passage
        embed = passage_embed(
            corpus, passage, heading="Preview of the next daily post (only you see it)"
        )
        await interaction.response.send_message(
            embed=embed, view=passage_view(passage), ephemeral=True, allowed_mentions=NO_MENTIONS
        )


async def setup(bot: LecternBot) -> None:
    await bot.add_cog(Daily(bot))
