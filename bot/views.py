"""Buttons under passages.

Persistent buttons (``PERSISTENT_ITEMS``, registered in ``LecternBot.setup_hook``) carry all
their state in the custom id, so they keep working after the bot restarts:

- ``lectern:page:<passage id>:<page>:<p|n>``: show that page of a long passage;
- ``lectern:src:<passage id>``: show the context of that passage (``/source``'s
  previous/next passage buttons);
- ``lectern:res:<search key>:<position>:<p|n>``: step through the results of one search;
  the hits are kept in memory (``SearchResults``) for 15 minutes, after which, or after a
  restart, the button answers that the results expired.

Every button Lectern sends is one of these. ``UnknownButton`` answers any other custom id
(malformed, forged, or from an older version) with a polite ephemeral message instead of
leaving Discord to show "This interaction failed". So never send a plain ``View`` button
with an automatic custom id: both would answer it.
"""

from __future__ import annotations

import re
import secrets
import time
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.core.context import passage_context
from bot.core.errors import UnknownPassageError, UserFacingError
from bot.core.models import Corpus, Passage
from bot.core.search import Hit, SearchIndex
from bot.render import (
    NO_MENTIONS,
    clip,
    context_embed,
    pages_of,
    passage_embed,
)
from bot.replies import run_component

if TYPE_CHECKING:
    from bot.client import LecternBot

PAGE_TEMPLATE = r"lectern:page:(?P<pid>[a-z0-9][a-z0-9-]*):(?P<page>\d+):(?P<way>[pn])"
SOURCE_TEMPLATE = r"lectern:src:(?P<pid>[a-z0-9][a-z0-9-]*)"
RESULTS_TEMPLATE = r"lectern:res:(?P<key>[0-9a-f]{16}):(?P<pos>\d{1,3}):(?P<way>[pn])"
# Any custom id that none of the templates above reads in full.
UNKNOWN_TEMPLATE = "(?s)(?!(?:{})\\Z).*".format(
    "|".join(
        re.sub(r"\(\?P<\w+>", "(?:", t) for t in (PAGE_TEMPLATE, SOURCE_TEMPLATE, RESULTS_TEMPLATE)
    )
)
CUSTOM_ID_LIMIT = 100
RESULTS_SECONDS = 900.0
MAX_SEARCHES = 1000
EXPIRED = "These search results have expired. Run /quote search again to see them."
UNKNOWN_BUTTON = "This button no longer works. Run the command again for fresh buttons."


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


def passage_view(passage: Passage, page: int = 0) -> discord.ui.View:
    """Previous/next page buttons for a long passage; an empty view for a short one."""
    view = discord.ui.View(timeout=None)
    for item in page_buttons(passage, page):
        view.add_item(item)
    return view


def page_buttons(passage: Passage, page: int) -> list[PageButton]:
    count = len(pages_of(passage))
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
    for neighbour, label in ((before, "◀ Previous passage"), (after, "Next passage ▶")):
        # An id too long for a custom id gets no button (Discord would refuse the message).
        if neighbour is not None and len(f"lectern:src:{neighbour.id}") <= CUSTOM_ID_LIMIT:
            view.add_item(SourceButton(neighbour.id, label))
    return embed, view


class SearchResults:
    """The hits of recent searches, by key, for the result buttons: at most ``size``
    searches, each for ``seconds`` (then its buttons answer that the results expired)."""

    def __init__(self, size: int = MAX_SEARCHES, seconds: float = RESULTS_SECONDS) -> None:
        self.size = size
        self.seconds = seconds
        self._searches: OrderedDict[str, tuple[float, list[Hit], str]] = OrderedDict()

    def add(self, hits: Sequence[Hit], heading: str) -> str:
        """Keep ``hits`` (``heading`` already escaped); returns the key for the buttons."""
        key = secrets.token_hex(8)
        self._searches[key] = (time.monotonic() + self.seconds, list(hits), heading)
        while len(self._searches) > self.size:
            self._searches.popitem(last=False)
        return key

    def get(self, key: str) -> tuple[list[Hit], str] | None:
        found = self._searches.get(key)
        if found is None or found[0] < time.monotonic():
            self._searches.pop(key, None)
            return None
        return found[1], found[2]


_searches: weakref.WeakKeyDictionary[discord.Client, SearchResults] = weakref.WeakKeyDictionary()


def search_results(client: discord.Client) -> SearchResults:
    """The searches ``client`` remembers (a restarted client remembers none)."""
    return _searches.setdefault(client, SearchResults())


def results_message(
    corpus: Corpus, key: str, hits: Sequence[Hit], heading: str, position: int = 0
) -> tuple[discord.Embed, discord.ui.View]:
    """Result ``position`` of a search, with previous/next result buttons (and page buttons
    for a long passage)."""
    position = max(0, min(position, len(hits) - 1))
    hit = hits[position]
    text = clip(f"Result {position + 1} of {len(hits)} for {heading}", 300)
    view = discord.ui.View(timeout=None)
    view.add_item(ResultButton(key, max(position - 1, 0), "p", disabled=position == 0))
    view.add_item(
        ResultButton(key, min(position + 1, len(hits) - 1), "n", position >= len(hits) - 1)
    )
    for button in page_buttons(hit.passage, 0):
        view.add_item(button)
    return passage_embed(corpus, hit.passage, heading=text), view


class ResultButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=RESULTS_TEMPLATE):
    """Show another result of a search (edits the ephemeral results message in place)."""

    def __init__(self, key: str, position: int, way: str, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label="◀ Previous result" if way == "p" else "Next result ▶",
                style=discord.ButtonStyle.secondary if way == "p" else discord.ButtonStyle.primary,
                custom_id=f"lectern:res:{key}:{position}:{way}",
                disabled=disabled,
            )
        )
        self.key = key
        self.position = position

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> ResultButton:
        return cls(match["key"], int(match["pos"]), match["way"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def show() -> None:
            found = search_results(interaction.client).get(self.key)
            if found is None:
                raise UserFacingError(EXPIRED)
            hits, heading = found
            embed, view = results_message(
                _bot(interaction).corpus, self.key, hits, heading, self.position
            )
            await interaction.response.edit_message(
                embed=embed, view=view, allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, show)


class UnknownButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=UNKNOWN_TEMPLATE):
    """Any button whose custom id no other item reads: a polite reply, never silence."""

    def __init__(self, custom_id: str) -> None:
        super().__init__(discord.ui.Button(label="?", custom_id=custom_id))

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> UnknownButton:
        return cls(match.string)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def refuse() -> None:
            raise UserFacingError(UNKNOWN_BUTTON)

        await run_component(interaction, refuse)


PERSISTENT_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    PageButton,
    SourceButton,
    ResultButton,
    UnknownButton,
)
