"""``/library list|add|review|publish|enable|disable|remove``: this server's own readings.

Moderators (Manage Server, checked here as well as by Discord's default permissions, which a
server can re-permit) add a text by attaching it, review the quotations Lectern proposes and
who said them, correct any attribution, and publish; from then on every member's command in
this server answers from it, and no other server ever sees it. Every reply is private. The
cog only calls the bot's ``LibraryManager`` (``bot.libraries``); a bot without one (only the
shipped texts) says so politely.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import manage_server_only, manages_server
from bot.cogs._common import lectern, per_member_cooldown
from bot.core.errors import UserFacingError, shown_input
from bot.core.extract.formats import SUFFIXES
from bot.core.library import ReadingEntry
from bot.library_render import (
    added_embed,
    progress_text,
    published_text,
    remove_question,
    switched_text,
)
from bot.library_views import (
    FORM_PREFIX,
    PublishButton,
    ReviewButton,
    catalog_message,
    library_manager,
    own_entry,
    remove_view,
    review_message,
    submit_correction,
    unchecked_doubts,
)
from bot.render import NO_MENTIONS, clip
from bot.replies import answer_in_place

# Extracting a reading is the costliest thing a member can ask: a few per minute at most.
add_cooldown = per_member_cooldown(5, 60.0)
library_cooldown = per_member_cooldown(10, 20.0)
FORMATS = ", ".join(SUFFIXES)


def _guild(interaction: discord.Interaction[Any]) -> int:
    if interaction.guild_id is None:  # guild_only: Discord never sends one
        raise UserFacingError("Use /library in a server.")
    return interaction.guild_id


async def _entries_for(
    interaction: discord.Interaction[Any], current: str, keep: Callable[[ReadingEntry], bool]
) -> list[app_commands.Choice[str]]:
    """Autocomplete over this server's catalog; nothing at all for a member who does not
    manage the server (autocomplete runs no command checks) or on a bot without libraries."""
    if not manages_server(interaction) or interaction.guild_id is None:
        return []
    try:
        manager = library_manager(interaction)
    except UserFacingError:
        return []
    typed = current.casefold().strip()[:100]
    entries = [
        e
        for e in await manager.catalog(interaction.guild_id)
        if keep(e)
        and (typed in e.id or typed in e.title.casefold() or typed in e.author.casefold())
    ]
    entries.sort(key=lambda e: (e.status != "draft", e.origin != "own", e.title.casefold()))
    return [app_commands.Choice(name=entry_choice_name(e), value=e.id[:100]) for e in entries[:25]]


def entry_choice_name(entry: ReadingEntry) -> str:
    """A reading as autocomplete offers it (100 characters): a long title or author is
    shortened, never its state or id, which say what picking it does."""
    tail = " ".join(f" · {_state(entry)} · {entry.id}".split())
    head = " ".join(f"{entry.title} ({entry.author})".split())
    return clip(head, max(20, 100 - len(tail) - 1)) + " " + tail


def _given(value: str | None) -> str | None:
    """An option typed as blanks is an option not given (the file's name, no author)."""
    return value if value is not None and value.strip() else None


def _state(entry: ReadingEntry) -> str:
    if entry.status == "draft":
        return "draft"
    return "enabled" if entry.enabled else "disabled"


async def own_reading_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    return await _entries_for(interaction, current, lambda e: e.origin == "own")


async def draft_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    return await _entries_for(
        interaction, current, lambda e: e.origin == "own" and e.status == "draft"
    )


async def any_entry_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    return await _entries_for(interaction, current, lambda e: True)


def added_view(reading_id: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ReviewButton(reading_id, 0, "q", "o"))
    view.add_item(PublishButton(reading_id))
    return view


async def _private(
    interaction: discord.Interaction[Any],
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
) -> None:
    kwargs: dict[str, Any] = {"ephemeral": True, "allowed_mentions": NO_MENTIONS}
    if content is not None:
        kwargs["content"] = content
    if embed is not None:
        kwargs["embed"] = embed
    if view is not None:
        kwargs["view"] = view
    await interaction.followup.send(**kwargs)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Library(
    commands.GroupCog,
    group_name="library",
    group_description="This server's own readings (moderators)",
):
    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """The correction forms of ``/library review`` (stateless: see ``bot.library_views``)."""
        data: dict[str, Any] = dict(interaction.data or {})
        custom_id = str(data.get("custom_id", ""))
        if interaction.type is discord.InteractionType.modal_submit and custom_id.startswith(
            FORM_PREFIX
        ):
            await submit_correction(interaction)

    @app_commands.command(name="list", description="The texts Lectern reads in this server")
    @manage_server_only()
    @library_cooldown
    async def list_entries(self, interaction: discord.Interaction[Any]) -> None:
        manager = library_manager(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        embed, view = await catalog_message(manager, _guild(interaction))
        await _private(interaction, embed=embed, view=view)

    @app_commands.command(name="add", description="Add a reading: attach a text, HTML, EPUB or PDF")
    @app_commands.describe(
        file=f"The reading ({FORMATS}), at most the size the bot allows",
        title="Its title (else the file's name)",
        author="Its author, whose own words the commentary is",
        year="The year it was written",
    )
    @manage_server_only()
    @add_cooldown
    async def add(
        self,
        interaction: discord.Interaction[Any],
        file: discord.Attachment,
        title: app_commands.Range[str, 1, 200] | None = None,
        author: app_commands.Range[str, 1, 200] | None = None,
        year: app_commands.Range[int, -3000, 2200] | None = None,
    ) -> None:
        manager = library_manager(interaction)
        guild_id = _guild(interaction)
        name = shown_input(file.filename, 80)
        if not file.filename.lower().endswith(SUFFIXES):
            raise UserFacingError(
                f"Lectern cannot add `{name}`: a reading must be one of {FORMATS}. Save it "
                "in one of those formats (a PDF needs its text layer) and attach it again."
            )
        limit = lectern(interaction).settings.library_max_file_mb * 1024 * 1024
        if file.size > limit:
            raise UserFacingError(
                f"Lectern cannot add `{name}`: it is {file.size / 1024 / 1024:.1f} MB, and a "
                "reading may be at most "
                f"{limit // 1024 // 1024} MB. Send a smaller file, or its text as .txt."
            )
        await interaction.response.defer(ephemeral=True, thinking=True)
        budget = lectern(interaction).settings.library_extract_seconds
        await interaction.edit_original_response(
            content=progress_text(file.filename, file.size, budget)
        )
        answer_in_place(interaction)  # a refusal replaces the progress message, still private
        try:
            data = await file.read()
        except discord.HTTPException as exc:
            raise UserFacingError(
                f"Discord did not let Lectern download `{name}`; attach it again."
            ) from exc
        entry = await manager.add(
            guild_id,
            file_name=file.filename,
            data=data,
            title=_given(title),
            author=_given(author),
            year=year,
            added_by=interaction.user.id,
        )
        proposals = await manager.proposals(guild_id, entry.id)
        await interaction.edit_original_response(
            content=None,
            embed=added_embed(entry, proposals),
            view=added_view(entry.id),
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(name="review", description="Check a reading's quotations and speakers")
    @app_commands.describe(
        reading="One of this server's readings (pick from the list)",
        show="The quotations only (default), or every passage with the author's own words",
    )
    @app_commands.autocomplete(reading=own_reading_autocomplete)
    @manage_server_only()
    @library_cooldown
    async def review(
        self,
        interaction: discord.Interaction[Any],
        reading: app_commands.Range[str, 1, 100],
        show: Literal["quotations", "everything"] = "quotations",
    ) -> None:
        manager = library_manager(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        embed, view = await review_message(
            manager, _guild(interaction), reading, 0, "a" if show == "everything" else "q"
        )
        await _private(interaction, embed=embed, view=view)

    @app_commands.command(name="publish", description="Make a reviewed reading public here")
    @app_commands.describe(reading="A draft of this server (pick from the list)")
    @app_commands.autocomplete(reading=draft_autocomplete)
    @manage_server_only()
    @library_cooldown
    async def publish(
        self, interaction: discord.Interaction[Any], reading: app_commands.Range[str, 1, 100]
    ) -> None:
        manager = library_manager(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild_id = _guild(interaction)
        draft = await own_entry(manager, guild_id, reading)
        unchecked = await unchecked_doubts(manager, guild_id, draft.id)
        published = await manager.publish(guild_id, reading, by=interaction.user.id)
        await _private(interaction, published_text(published, unchecked))

    async def _switch(
        self, interaction: discord.Interaction[Any], entry: str, enabled: bool
    ) -> None:
        manager = library_manager(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        switched = await manager.set_enabled(
            _guild(interaction), entry, enabled, by=interaction.user.id
        )
        await _private(interaction, switched_text(switched))

    @app_commands.command(name="enable", description="Read a text here again")
    @app_commands.describe(entry="A shipped text or one of this server's readings")
    @app_commands.autocomplete(entry=any_entry_autocomplete)
    @manage_server_only()
    @library_cooldown
    async def enable(
        self, interaction: discord.Interaction[Any], entry: app_commands.Range[str, 1, 100]
    ) -> None:
        await self._switch(interaction, entry, True)

    @app_commands.command(name="disable", description="Stop reading a text here (kept, hidden)")
    @app_commands.describe(entry="A shipped text or one of this server's readings")
    @app_commands.autocomplete(entry=any_entry_autocomplete)
    @manage_server_only()
    @library_cooldown
    async def disable(
        self, interaction: discord.Interaction[Any], entry: app_commands.Range[str, 1, 100]
    ) -> None:
        await self._switch(interaction, entry, False)

    @app_commands.command(name="remove", description="Delete one of this server's readings")
    @app_commands.describe(reading="One of this server's readings (pick from the list)")
    @app_commands.autocomplete(reading=own_reading_autocomplete)
    @manage_server_only()
    @library_cooldown
    async def remove(
        self, interaction: discord.Interaction[Any], reading: app_commands.Range[str, 1, 100]
    ) -> None:
        manager = library_manager(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        entry = await own_entry(manager, _guild(interaction), reading)
        await _private(interaction, remove_question(entry), view=remove_view(entry.id))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Library())
