"""``/stats top``, ``/stats export``, ``/stats chart``: the discussion log for moderators.

Moderators only: hidden from others by ``default_permissions`` and checked again in code
(``moderator_only``), since server admins can change command permissions. Every answer is
ephemeral. The reports read the log after writing what is still queued, so what happened
a moment ago is included; CPU-heavy work (exports, the chart) runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import io
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import moderator_only
from bot.cogs._common import cooldown, lectern
from bot.core.errors import UserFacingError
from bot.core.stats import (
    ChartSpec,
    GroupTotal,
    PassageRow,
    StatsReport,
    build_report,
    chart_spec,
    export_csv,
    export_json,
    parse_period,
    top_speakers,
    top_topics,
)
from bot.render import NO_MENTIONS, escape_user_text, fit

TOP_PASSAGES = 10
TOP_GROUPS = 5
SINCE_HELP = "First day: 2026-01-31, today, or back from today: 7d, 4w, 6m, 1y (default: 30 days)"
UNTIL_HELP = "Last day, included: 2026-01-31 or today (default: today)"


def report_file_name(report: StatsReport, extension: str) -> str:
    """``lectern-stats-<guild>-<since>-to-<until>.<extension>``."""
    period = report.period
    return (
        f"lectern-stats-{report.guild_id}-{period.since.isoformat()}"
        f"-to-{period.until.isoformat()}.{extension}"
    )


def nothing_recorded(report: StatsReport) -> str:
    return (
        f"Nothing has been recorded in this server from {report.period.describe()} yet. "
        "Activity is counted once passages are posted (`/discuss`, daily posts) or shown "
        "by commands; try a longer period, e.g. `since: 1y`."
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def passage_line(rank: int, row: PassageRow) -> str:
    activity = row.activity
    who = f"{escape_user_text(row.speaker, 60)}: " if row.speaker else ""
    text = escape_user_text(row.snippet, 80) if row.snippet else "(no longer in the corpus)"
    counts = " · ".join(
        [
            _plural(activity.messages, "message"),
            _plural(activity.reactions, "reaction"),
            _plural(activity.threads, "thread"),
            _plural(activity.participants, "participant"),
            f"shown {activity.shown}×",
        ]
    )
    return f"**{rank}.** `{activity.passage_id}` {who}{text}\n\u2003{counts}"


def group_lines(groups: list[GroupTotal]) -> str:
    return "\n".join(
        f"{escape_user_text(g.label, 80)}: {g.discussion} "
        f"({_plural(g.passages, 'passage')}, shown {g.shown}×)"
        for g in groups[:TOP_GROUPS]
    )


def top_embed(
    report: StatsReport, speakers: list[GroupTotal], topics: list[GroupTotal]
) -> discord.Embed:
    """The most discussed passages, speakers and topics of the period."""
    lines = [
        f"{report.period.describe()}: {_plural(len(report.rows), 'passage')} with activity, "
        f"{report.total_discussion} threads, messages and reactions in all, "
        f"passages shown {report.total_shown}×.",
        "",
    ]
    lines.extend(
        passage_line(rank, row) for rank, row in enumerate(report.rows[:TOP_PASSAGES], start=1)
    )
    embed = discord.Embed(title="Most discussed passages", description="\n".join(lines))
    if speakers:
        embed.add_field(name="Speakers (discussion)", value=group_lines(speakers), inline=True)
    if topics:
        embed.add_field(name="Topics (discussion)", value=group_lines(topics), inline=True)
    embed.set_footer(
        text="Discussion = threads + messages + reactions. Counts only; members who opted "
        "out count in totals, not as participants. /stats export has every passage."
    )
    return fit(embed)


def render_chart(spec: ChartSpec) -> bytes:
    # Imported here: matplotlib is only needed by this command, not at every start.
    from bot.core.chart import render_png

    return render_png(spec)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Stats(
    commands.GroupCog,
    group_name="stats",
    group_description="What the group discusses (moderators)",
):
    async def _report(
        self, interaction: discord.Interaction[Any], since: str | None, until: str | None
    ) -> StatsReport:
        """Defer, then the guild's report over the period (queued events included)."""
        bot = lectern(interaction)
        now = bot.clock.now()
        period = parse_period(since, until, today=now.date())
        await interaction.response.defer(ephemeral=True, thinking=True)
        if interaction.guild_id is None:  # guild_only: Discord never sends one
            raise UserFacingError("Use /stats in a server.")
        activities = await bot.events.passage_activity(interaction.guild_id, period)
        return build_report(
            bot.corpus, activities, guild_id=interaction.guild_id, period=period, generated_at=now
        )

    async def _say(self, interaction: discord.Interaction[Any], text: str) -> None:
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def _send_file(
        self, interaction: discord.Interaction[Any], text: str, data: bytes, name: str
    ) -> None:
        if len(data) > interaction.filesize_limit:
            raise UserFacingError(
                f"The file is {len(data) / 1e6:.1f} MB, more than Discord lets me send here "
                f"({interaction.filesize_limit / 1e6:.0f} MB). Choose a shorter period, or "
                "run `lectern stats export` on the bot's server."
            )
        await interaction.followup.send(
            text,
            file=discord.File(io.BytesIO(data), filename=name),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(name="top", description="The most discussed passages, speakers, topics")
    @app_commands.describe(since=SINCE_HELP, until=UNTIL_HELP)
    @moderator_only()
    @cooldown
    async def top(
        self,
        interaction: discord.Interaction[Any],
        since: app_commands.Range[str, 1, 40] | None = None,
        until: app_commands.Range[str, 1, 40] | None = None,
    ) -> None:
        report = await self._report(interaction, since, until)
        if not report.rows:
            await self._say(interaction, nothing_recorded(report))
            return
        corpus = lectern(interaction).corpus
        embed = top_embed(report, top_speakers(report, corpus), top_topics(report, corpus))
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="export", description="Every passage's counts as a CSV or JSON file")
    @app_commands.describe(
        format="CSV for spreadsheets, JSON for scripts", since=SINCE_HELP, until=UNTIL_HELP
    )
    @moderator_only()
    @cooldown
    async def export(
        self,
        interaction: discord.Interaction[Any],
        format: Literal["csv", "json"],
        since: app_commands.Range[str, 1, 40] | None = None,
        until: app_commands.Range[str, 1, 40] | None = None,
    ) -> None:
        # discord.py passes on a value outside the choices as sent (a forged or outdated client).
        if format not in ("csv", "json"):
            raise UserFacingError("The format must be csv or json.")
        report = await self._report(interaction, since, until)
        if not report.rows:
            await self._say(interaction, nothing_recorded(report))
            return
        writer = export_csv if format == "csv" else export_json
        data = await asyncio.to_thread(writer, report)
        text = (
            f"{_plural(len(report.rows), 'passage')}, {report.period.describe()}. "
            "Columns are described in docs/statistics.md."
        )
        await self._send_file(interaction, text, data, report_file_name(report, format))

    @app_commands.command(name="chart", description="A bar chart of the most discussed passages")
    @app_commands.describe(since=SINCE_HELP, until=UNTIL_HELP)
    @moderator_only()
    @cooldown
    async def chart(
        self,
        interaction: discord.Interaction[Any],
        since: app_commands.Range[str, 1, 40] | None = None,
        until: app_commands.Range[str, 1, 40] | None = None,
    ) -> None:
        report = await self._report(interaction, since, until)
        spec = chart_spec(report)
        if not spec.labels:
            await self._say(
                interaction,
                nothing_recorded(report)
                if not report.rows
                else f"No passage was discussed from {report.period.describe()} "
                "(passages were only shown), so there is nothing to chart.",
            )
            return
        png = await asyncio.to_thread(render_chart, spec)
        text = f"{spec.title}: messages, reactions and threads per passage."
        await self._send_file(interaction, text, png, report_file_name(report, "png"))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Stats())
