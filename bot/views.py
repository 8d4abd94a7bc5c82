"""Buttons under passages.

Persistent buttons (``PERSISTENT_ITEMS``, registered in ``LecternBot.setup_hook``) carry all
their state in the custom id, so they keep working after the bot restarts:

- ``lectern:page:<passage id>:<page>``: show that page of a long passage;
- ``lectern:src:<passage id>``: show the context of that passage (``/source``'s
  previous/next passage buttons).

Search results (ephemeral, for the member who asked) step through with an ordinary view
that holds the hits in memory and times out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.core.context import passage_context
from bot.core.errors import UnknownPassageError
from bot.core.models import Corpus, Passage
from bot.core.search import Hit, SearchIndex
from bot.render import (
    NO_MENTIONS,
    clip,
    context_embed,
    passage_embed,
    passage_pages,
)
from bot.replies import handle_error, run_component

if TYPE_CHECKING:
    from bot.client import LecternBot

PAGE_TEMPLATE = r"lectern:page:(?P<pid>[a-z0-9][a-z0-9-]*):(?P<page>\d+):(?P<way>[pn])"
SOURCE_TEMPLATE = r"lectern:src:(?P<pid>[a-z0-9][a-z0-9-]*)"
CUSTOM_ID_LIMIT = 100


def _bot(interaction: discord.Interaction[Any]) -> LecternBot:
    return interaction.client  # type: ignore[no-any-return]


def _passage(corpus: Corpus, passage_id: str) -> Passage:
    passage = corpus.get(passage_id)
    if passage is None:
        raise UnknownPassageError(passage_id)
    return passage


class PageButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=PAGE_TEMPLATE):
    """Go to page ``page`` of a long passage (edits the message in place)."""

    def __init__(self, passage_id: str, page: int, way: str, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="◀ Previous page" if way == "p" else "Next page ▶",
                style=discord.ButtonStyle.secondary,
                custom_id=f"lectern:page:{passage_id}:{page}:{way}",
                disabled=disabled,
            )
        )
        self.passage_id = passage_id
        self.page = page

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> PageButton:
        return cls(match["pid"], int(match["page"]), match["way"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def show() -> None:
            corpus = _bot(interaction).corpus
            passage = _passage(corpus, self.passage_id)
            embed = passage_embed(corpus, passage, self.page)
            await interaction.response.edit_message(
                embed=embed, view=passage_view(passage, self.page), allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, show)


class SourceButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=SOURCE_TEMPLATE):
    """Show the context of another passage (``/source``'s previous/next)."""

    def __init__(self, passage_id: str, label: str = "Passage") -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                custom_id=f"lectern:src:{passage_id}",
            )
        )
        self.passage_id = passage_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> SourceButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["pid"], label or "Passage")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def show() -> None:
            bot = _bot(interaction)
            embed, view = source_message(bot.corpus, bot.index, self.passage_id)
            await interaction.response.edit_message(
                embed=embed, view=view, allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, show)


PERSISTENT_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (PageButton, SourceButton)


def passage_view(passage: Passage, page: int = 0) -> discord.ui.View:
    """Previous/next page buttons for a long passage; an empty view for a short one."""
    view = discord.ui.View(timeout=None)
    for item in page_buttons(passage, page):
        view.add_item(item)
    return view


def page_buttons(passage: Passage, page: int) -> list[PageButton]:
    count = len(passage_pages(passage.text))
    if count <= 1 or len(f"lectern:page:{passage.id}:{count}:n") > CUSTOM_ID_LIMIT:
        return []
    page = max(0, min(page, count - 1))
    return [
        PageButton(passage.id, max(page - 1, 0), "p", disabled=page == 0),
        PageButton(passage.id, min(page + 1, count - 1), "n", disabled=page == count - 1),
    ]


def source_message(
    corpus: Corpus, index: SearchIndex, passage_id: str
) -> tuple[discord.Embed, discord.ui.View]:
    """``/source``: the citation and the paragraphs around the passage, with buttons to the
    previous and next passages of the same essay."""
    context = passage_context(corpus, passage_id)
    embed = context_embed(context)
    view = discord.ui.View(timeout=None)
    before = index.preceding(context.passage)
    after = index.following(context.passage)
    if before is not None:
        view.add_item(SourceButton(before.id, "◀ Previous passage"))
    if after is not None:
        view.add_item(SourceButton(after.id, "Next passage ▶"))
    return embed, view


class SearchResultsView(discord.ui.View):
    """Step through the hits of one search (only the member who searched may press)."""

    def __init__(
        self, corpus: Corpus, hits: Sequence[Hit], user_id: int, heading: str, position: int = 0
    ) -> None:
        super().__init__(timeout=900)
        self.corpus = corpus
        self.hits = list(hits)
        self.user_id = user_id
        self.heading = heading
        self.position = position
        self._update_buttons()

    def embed(self) -> discord.Embed:
        hit = self.hits[self.position]
        heading = clip(f"Result {self.position + 1} of {len(self.hits)} for {self.heading}", 300)
        return passage_embed(self.corpus, hit.passage, heading=heading)

    def _update_buttons(self) -> None:
        self.previous.disabled = self.position == 0
        self.next.disabled = self.position >= len(self.hits) - 1
        for item in [i for i in self.children if isinstance(i, PageButton)]:
            self.remove_item(item)
        for button in page_buttons(self.hits[self.position].passage, 0):
            self.add_item(button)

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        return interaction.user.id == self.user_id

    async def _move(self, interaction: discord.Interaction[Any], step: int) -> None:
        async def show() -> None:
            self.position = max(0, min(self.position + step, len(self.hits) - 1))
            self._update_buttons()
            await interaction.response.edit_message(
                embed=self.embed(), view=self, allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, show)

    @discord.ui.button(label="◀ Previous result", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        await self._move(interaction, -1)

    @discord.ui.button(label="Next result ▶", style=discord.ButtonStyle.primary)
    async def next(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        await self._move(interaction, 1)

    async def on_error(
        self,
        interaction: discord.Interaction[Any],
        error: Exception,
        item: discord.ui.Item[Any],
    ) -> None:
        await handle_error(interaction, error)
