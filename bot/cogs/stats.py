"""``/stats top``, ``/stats export``, ``/stats chart``: the discussion log for moderators.

Moderators only: hidden from others by ``default_permissions`` and checked again in code
(``moderator_only``), since server admins can change command permissions. Every answer is
ephemeral. The reports read the log after writing what is still queued, so what happened
a moment ago is included; CPU-heavy work (exports, the chart) runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import io
import re
import unicodedata
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import moderator_only
from bot.cogs._common import cooldown, guild_view, lectern
from bot.core.errors import UserFacingError
from bot.core.stats import (
    NOT_READ_HERE,
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


COLUMNS_HELP = (
    "Columns: passage_id; speaker; work; snippet (its first words); shown (times commands "
    "showed it); posts (/discuss and daily posts); threads (opened by members); messages "
    "(members' messages in its threads and replies to it); participants (members who wrote "
    "or reacted); reactions; first_activity, last_activity (UTC). Speaker, work and snippet "
    "are empty for a passage whose text is disabled or removed here."
)
PARTICIPANTS_HELP = "participants = members who wrote or reacted"
GROUP_UNIT = "messages, reactions, threads"


def server_slug(name: str | None, guild_id: int) -> str:
    """A server's name as it can stand in a file name (``reading-circle``), else its id."""
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    return slug or f"server-{guild_id}"


def report_file_name(report: StatsReport, extension: str, server_name: str | None) -> str:
    """``lectern-stats-<server name>-<since>-to-<until>.<extension>``."""
    period = report.period
    return (
        f"lectern-stats-{server_slug(server_name, report.guild_id)}-{period.since.isoformat()}"
        f"-to-{period.until.isoformat()}.{extension}"
    )


def nothing_recorded(report: StatsReport) -> str:
    return (
        f"Nothing has been recorded in this server from {report.period.describe()} yet. "
        "Activity is counted once passages are posted (`/discuss`, daily posts) or shown "
        "by commands; try a longer period, e.g. `since: 1y`."
    )


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {plural or word + 's'}"


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def passage_line(rank: int, row: PassageRow) -> str:
    """``**1.** V. I. Lenin: “Without literacy …” `id` `` and, below, its labelled counts
    (zero counts left out)."""
    activity = row.activity
    who = f"{escape_user_text(row.speaker, 60)}: " if row.speaker else ""
    text = f"\u201c{escape_user_text(row.snippet, 80)}\u201d" if row.snippet else NOT_READ_HERE
    counts = [
        _plural(activity.messages, "message"),
        _plural(activity.reactions, "reaction"),
    ]
    if activity.threads:
        counts.append(_plural(activity.threads, "thread") + " opened by members")
    counts.append(_plural(activity.participants, "participant"))
    if activity.posts:
        counts.append(f"posted {_times(activity.posts)}")
    if activity.shown:
        counts.append(f"shown by commands {_times(activity.shown)}")
    return f"**{rank}.** {who}{text} `{activity.passage_id}`\n\u2003{' · '.join(counts)}"


def group_lines(groups: list[GroupTotal]) -> str:
    """``V. I. Lenin — 9 on 1 passage`` (the field's name says what the 9 counts)."""
    return "\n".join(
        f"{escape_user_text(g.label, 80)} \u2014 {g.discussion} on {_plural(g.passages, 'passage')}"
        for g in groups[:TOP_GROUPS]
    )


def top_embed(
    report: StatsReport, speakers: list[GroupTotal], topics: list[GroupTotal]
) -> discord.Embed:
    """The most discussed passages, speakers and topics of the period: only what members
    discussed is ranked; every figure says what it counts."""
    discussed = [row for row in report.rows if row.activity.discussion > 0]
    shown_only = len(report.rows) - len(discussed)
    summary = (
        f"**{_plural(len(discussed), 'passage')} discussed** by members: "
        f"{_plural(sum(r.activity.messages for r in discussed), 'message')}, "
        f"{_plural(sum(r.activity.reactions for r in discussed), 'reaction')}"
    )
    threads = sum(r.activity.threads for r in discussed)
    if threads:
        summary += f", {_plural(threads, 'thread')} they opened"
    summary += "."
    if shown_only:
        summary += (
            f" {_plural(shown_only, 'other passage was', 'other passages were')} shown or "
            "posted without discussion (see /stats export)."
        )
    if not discussed:
        others = _plural(shown_only, "passage was", "passages were")
        summary = (
            f"No passage was discussed by members in this period; {others} shown or posted "
            "(see /stats export)."
        )
    lines = [summary, ""]
    lines.extend(
        passage_line(rank, row) for rank, row in enumerate(discussed[:TOP_PASSAGES], start=1)
    )
    embed = discord.Embed(
        title=f"Most discussed passages, {report.period.since:%-d %b %Y} to "
        f"{report.period.until:%-d %b %Y}",
        description="\n".join(lines),
    )
    for what, groups in (("Speakers", speakers), ("Topics", topics)):
        talked = [g for g in groups if g.discussion > 0]
        if talked:
            embed.add_field(
                name=f"{what} most discussed ({GROUP_UNIT})",
                value=group_lines(talked),
                inline=False,
            )
    embed.set_footer(
        text="Discussion: what members write in a passage's threads or in reply to it, their "
        f"reactions, the threads they open (Lectern's own posts and threads are not counted); "
        f"{PARTICIPANTS_HELP}. Members who opted out count in totals, not as participants. "
        "Days are UTC."
    )
    return fit(embed)


def _server_name(interaction: discord.Interaction[Any]) -> str | None:
    return interaction.guild.name if interaction.guild is not None else None


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
        self,
        interaction: discord.Interaction[Any],
        since: str | None,
        until: str | None,
        *,
        top: int | None = None,
    ) -> StatsReport:
        """Defer, then the guild's report over the period (queued events included); with
        ``top``, participants are counted only where they can rank or show in the top."""
        bot = lectern(interaction)
        now = bot.clock.now()
        period = parse_period(since, until, today=now.date())
        await interaction.response.defer(ephemeral=True, thinking=True)
        if interaction.guild_id is None:  # guild_only: Discord never sends one
            raise UserFacingError("Use /stats in a server.")
        activities = await bot.events.passage_activity(
            interaction.guild_id, period, participants_of_top=top
        )
        corpus = (await guild_view(interaction)).corpus
        return build_report(
            corpus, activities, guild_id=interaction.guild_id, period=period, generated_at=now
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
        report = await self._report(interaction, since, until, top=TOP_PASSAGES)
        if not report.rows:
            await self._say(interaction, nothing_recorded(report))
            return
        corpus = (await guild_view(interaction)).corpus
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
            f"{_plural(len(report.rows), 'passage')}, {report.period.describe()}.\n{COLUMNS_HELP}"
        )
        name = report_file_name(report, format, _server_name(interaction))
        await self._send_file(interaction, text, data, name)

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
        text = (
            f"{spec.title}: members' messages, reactions and the threads they opened, per "
            "passage (Lectern's own posts and threads are not counted)."
        )
        name = report_file_name(report, "png", _server_name(interaction))
        await self._send_file(interaction, text, png, name)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Stats())
