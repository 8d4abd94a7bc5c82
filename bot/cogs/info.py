"""``/help`` (the commands) and ``/about`` (what the corpus holds, its sources, how to cite)."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import is_moderator
from bot.cogs._common import NOTHING_ENABLED, guild_view
from bot.render import NO_MENTIONS, citation_line, clip, fit

# (section, [(command, what it does, an example)]); moderators' sections are marked.
HelpEntry = tuple[str, str, str]
MEMBER_HELP: tuple[tuple[str, tuple[HelpEntry, ...]], ...] = (
    (
        "Find passages",
        (
            (
                "/quote search query: [speaker:] [topic:] [kind:]",
                "the passages that best match your words, typos welcome; only you see them, "
                "with buttons to post one or discuss it",
                "/quote search query: fight against bureaucracy",
            ),
            ("/quote random [speaker:] [topic:]", "a complete passage at random", "/quote random"),
            (
                "/quote show id:",
                "one passage (type words of it to find its id)",
                "/quote show id: r-iona",
            ),
            (
                "/source id:",
                "a passage in its place in the essay, with the full citation",
                "/source id: r-iona",
            ),
        ),
    ),
    (
        "Check and compare",
        (
            (
                "/verify text:",
                "is a quotation real, word for word, and who said it",
                "/verify text: Bureaucracy is one of the worst enemies of our progress (Stalin)",
            ),
            (
                "/compare topic topic:",
                "what each essay says on a topic, in its own words",
                "/compare topic topic: bureaucracy",
            ),
            (
                "/compare speakers query: speakers:",
                "what each named speaker says about something",
                "/compare speakers query: criticism speakers: Lenin, Stalin",
            ),
        ),
    ),
    (
        "Talk about it",
        (
            (
                "/discuss id:",
                "post a passage for the group with a thread to discuss it",
                "/discuss id: r-iona",
            ),
            ("/about", "the texts Lectern quotes and how to cite them", "/about"),
            (
                "/privacy info · opt-out · opt-in",
                "what the statistics store about you (counts only), and how to opt out",
                "/privacy opt-out",
            ),
        ),
    ),
)
MODERATOR_HELP: tuple[tuple[str, tuple[HelpEntry, ...]], ...] = (
    (
        "Moderators: statistics",
        (
            (
                "/stats top [since:] [until:]",
                "the passages, speakers and topics members discuss most",
                "/stats top since: 7d",
            ),
            (
                "/stats export format: [since:] [until:]",
                "every passage's counts as a CSV or JSON file",
                "/stats export format: csv since: 6m",
            ),
            (
                "/stats chart [since:] [until:]",
                "a bar chart of the most discussed passages",
                "/stats chart",
            ),
        ),
    ),
    (
        "Moderators: this server's library (Manage Server)",
        (
            (
                "/library list · add file: · review reading: · publish reading:",
                "the texts read here; add your own (txt, md, html, epub, pdf), check and correct "
                "who said what, then publish it for this server only",
                "/library add file: essay.epub title: Our reading",
            ),
            (
                "/library enable · disable entry: · remove reading:",
                "switch a text on or off here (the shipped ones too); delete your own",
                "/library disable entry: rule-2001",
            ),
        ),
    ),
    (
        "Moderators: daily passage",
        (
            (
                "/daily set channel: time: timezone: [topic:] [speaker:] [thread:]",
                "one passage a day in a channel at a local time",
                "/daily set channel: #reading time: 08:30 timezone: Europe/London thread: True",
            ),
            (
                "/daily status · preview · off",
                "the schedule and next posts; the next passage; stop",
                "/daily preview",
            ),
        ),
    ),
)


def help_embed(moderator: bool) -> discord.Embed:
    """``/help``: every command this member may use, grouped, each with an example."""
    sections = MEMBER_HELP + (MODERATOR_HELP if moderator else ())
    embed = discord.Embed(
        title="Lectern: exact quotations with their sources",
        description="Every passage is verbatim from the texts and names who said it, where "
        "and when. Options in [brackets] are optional; start typing for suggestions.",
    )
    for name, entries in sections:
        embed.add_field(
            name=name,
            value="\n".join(
                f"`{usage}`\n\u2003{what}. *e.g.* `{example}`" for usage, what, example in entries
            ),
            inline=False,
        )
    embed.set_footer(
        text="Every passage shows its id; use it with /quote show, /source or /discuss."
    )
    return fit(embed)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


class Info(commands.Cog):
    @app_commands.command(name="help", description="What Lectern can do")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.send_message(
            embed=help_embed(is_moderator(interaction)),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(name="about", description="The texts Lectern quotes and how to cite")
    async def about(self, interaction: discord.Interaction[Any]) -> None:
        corpus = (await guild_view(interaction)).corpus
        quotations = sum(1 for p in corpus.passages if p.kind == "quotation")
        embed = discord.Embed(
            title="About the corpus",
            description=(
                f"{_count(len(corpus.passages), 'passage')} ({_count(quotations, 'quotation')}"
                f", {_count(len(corpus.passages) - quotations, 'passage')} of commentary) from "
                f"{_count(len(corpus.sources), 'essay')}, quoting "
                f"{_count(len(corpus.speakers), 'speaker')}. "
                "Every passage is the essay's own words, checked against the source text."
                if corpus.passages
                else NOTHING_ENABLED  # not "0 passages": say how the server reads again
            ),
        )
        for source in corpus.sources.values():
            embed.add_field(
                name=clip(f"{source.title} ({source.year})" if source.year else source.title, 256),
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
