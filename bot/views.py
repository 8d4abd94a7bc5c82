"""Buttons under passages.

Persistent buttons (``PERSISTENT_ITEMS``, registered in ``LecternBot.setup_hook``) carry all
their state in the custom id, so they keep working after the bot restarts:

- ``lectern:page:<passage id>:<page>:<p|n>[:<owner id>]``: show that page of a long
  passage. A pager belongs to whoever opened it: their click turns the page in place; anyone
  else (and everyone, on a post with no owner such as a daily post) gets their own private
  copy at that page, so nobody turns the page under another reader;
- ``lectern:src:<passage id>``: show the context of that passage (``/source``'s
  previous/next passage buttons);
- ``lectern:res:<search key>:<position>:<page>:<p|n>``: one set of controls for the
  results of a search that walks every page of every result in order ("Next page" within a
  long passage, then "Next result"); the hits are kept in memory (``SearchResults``) for
  15 minutes, after which, or after a restart, the button answers that the results expired;
- ``lectern:post:<passage id>`` and ``lectern:disc:<passage id>``, under private results:
  post the passage in the channel, or post it and open a discussion thread (``/discuss``);
- ``lectern:lib:…``: ``/library``'s pagers, menu and confirmations (``bot.library_views``).

Every button Lectern sends is one of these. ``UnknownButton`` answers any other custom id
(malformed, forged, or from an older version) with a polite ephemeral message instead of
leaving Discord to show "This interaction failed". So never send a plain ``View`` button
with an automatic custom id: both would answer it.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.cogs._common import dispatch_shown, guild_view
from bot.core.context import passage_context
from bot.core.errors import UserFacingError
from bot.core.events import PassagePosted
from bot.core.library import GuildView
from bot.core.models import Corpus, Passage
from bot.core.search import Hit
from bot.library_views import LIBRARY_ITEMS, LIBRARY_TEMPLATES
from bot.render import (
    NO_MENTIONS,
    clip,
    context_embed,
    pages_of,
    passage_embed,
)
from bot.replies import run_component, safe_reply

if TYPE_CHECKING:
    from bot.client import LecternBot

log = logging.getLogger(__name__)

PAGE_TEMPLATE = (
    r"lectern:page:(?P<pid>[a-z0-9][a-z0-9-]*):(?P<page>\d+):(?P<way>[pn])"
    r"(?::(?P<owner>\d{1,20}))?"
)
SOURCE_TEMPLATE = r"lectern:src:(?P<pid>[a-z0-9][a-z0-9-]*)(?::(?P<owner>\d{1,20}))?"
RESULTS_TEMPLATE = (
    r"lectern:res:(?P<key>[0-9a-f]{16}):(?P<pos>\d{1,3}):(?P<page>\d{1,3}):(?P<way>[pn])"
)
POST_TEMPLATE = r"lectern:post:(?P<pid>[a-z0-9][a-z0-9-]*)"
DISCUSS_TEMPLATE = r"lectern:disc:(?P<pid>[a-z0-9][a-z0-9-]*)"
# Any custom id that none of the templates above reads in full.
UNKNOWN_TEMPLATE = "(?s)(?!(?:{})\\Z).*".format(
    "|".join(
        re.sub(r"\(\?P<\w+>", "(?:", t)
        for t in (
            PAGE_TEMPLATE,
            SOURCE_TEMPLATE,
            RESULTS_TEMPLATE,
            POST_TEMPLATE,
            DISCUSS_TEMPLATE,
            *LIBRARY_TEMPLATES,
        )
    )
)
CUSTOM_ID_LIMIT = 100
RESULTS_SECONDS = 900.0
MAX_SEARCHES = 1000
EXPIRED = "These search results have expired. Run /quote search again to see them."
UNKNOWN_BUTTON = "This button no longer works. Run the command again for fresh buttons."
GONE = (
    "This button points to a passage Lectern no longer has (the texts were updated). "
    "Search for it again with /quote search."
)


def _bot(interaction: discord.Interaction[Any]) -> LecternBot:
    return interaction.client  # type: ignore[no-any-return]


def _passage(corpus: Corpus, passage_id: str) -> Passage:
    """The passage a button points to, in the view of the server where it is pressed; a
    stale button (or one whose passage this server does not read) says so politely."""
    passage = corpus.get(passage_id)
    if passage is None:
        raise UserFacingError(GONE)
    return passage


def _owned(custom_id: str, owner: int | None) -> str:
    """``custom_id`` with the id of the member whose buttons these are, if any."""
    return f"{custom_id}:{owner}" if owner else custom_id


async def _show_to_presser(
    interaction: discord.Interaction[Any],
    owner: int | None,
    message: Callable[[int | None], tuple[discord.Embed, discord.ui.View]],
) -> None:
    """Show ``message(owner)`` in place to the buttons' owner (or on a private message, which
    only its reader can press), else a private copy owned by the member who pressed."""
    clicked = interaction.message
    if (clicked is not None and clicked.flags.ephemeral) or interaction.user.id == owner:
        embed, view = message(owner)
        await interaction.response.edit_message(
            embed=embed, view=view, allowed_mentions=NO_MENTIONS
        )
        return
    embed, view = message(interaction.user.id)
    await interaction.response.send_message(
        embed=embed, view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
    )


class PageButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=PAGE_TEMPLATE):
    """Go to page ``page`` of a long passage: in place for the pager's owner (or on a
    private message), else in a private copy for the member who pressed it."""

    def __init__(
        self,
        passage_id: str,
        page: int,
        way: str,
        owner: int | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label="◀ Previous page" if way == "p" else "Next page ▶",
                style=discord.ButtonStyle.secondary,
                custom_id=_owned(f"lectern:page:{passage_id}:{page}:{way}", owner),
                disabled=disabled,
            )
        )
        self.passage_id = passage_id
        self.page = page
        self.owner = owner

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> PageButton:
        owner = int(match["owner"]) if match["owner"] else None
        return cls(match["pid"], int(match["page"]), match["way"], owner)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def show() -> None:
            corpus = (await guild_view(interaction)).corpus
            passage = _passage(corpus, self.passage_id)
            embed = passage_embed(corpus, passage, self.page)
            await _show_to_presser(
                interaction,
                self.owner,
                lambda owner: (embed, passage_view(passage, self.page, owner)),
            )

        await run_component(interaction, show)


class SourceButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=SOURCE_TEMPLATE):
    """Show the context of another passage (``/source``'s previous/next): in place for
    whoever ran ``/source``, in a private copy for anyone else."""

    def __init__(self, passage_id: str, label: str = "Passage", owner: int | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                custom_id=_owned(f"lectern:src:{passage_id}", owner),
            )
        )
        self.passage_id = passage_id
        self.owner = owner

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> SourceButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        owner = int(match["owner"]) if match["owner"] else None
        return cls(match["pid"], label or "Passage", owner)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def show() -> None:
            view = await guild_view(interaction)
            _passage(view.corpus, self.passage_id)  # a stale button says so
            await _show_to_presser(
                interaction,
                self.owner,
                lambda owner: source_message(view, self.passage_id, owner),
            )

        await run_component(interaction, show)


def passage_view(passage: Passage, page: int = 0, owner: int | None = None) -> discord.ui.View:
    """Previous/next page buttons for a long passage, owned by ``owner`` (who turns the
    page in place; others get a private copy); an empty view for a short one."""
    view = discord.ui.View(timeout=None)
    for item in page_buttons(passage, page, owner):
        view.add_item(item)
    return view


def page_buttons(passage: Passage, page: int, owner: int | None = None) -> list[PageButton]:
    count = len(pages_of(passage))
    if count <= 1 or len(_owned(f"lectern:page:{passage.id}:{count}:n", owner)) > CUSTOM_ID_LIMIT:
        return []
    page = max(0, min(page, count - 1))
    return [
        PageButton(passage.id, max(page - 1, 0), "p", owner, disabled=page == 0),
        PageButton(passage.id, min(page + 1, count - 1), "n", owner, disabled=page == count - 1),
    ]


def source_message(
    guild: GuildView, passage_id: str, owner: int | None = None
) -> tuple[discord.Embed, discord.ui.View]:
    """``/source``: the citation and the paragraphs around the passage, with buttons to the
    previous and next passages of the same essay (in the server's view ``guild``)."""
    corpus, index = guild.corpus, guild.index
    context = passage_context(corpus, passage_id)
    embed = context_embed(context, corpus.source_texts.get(context.passage.source, ""))
    view = discord.ui.View(timeout=None)
    before = index.preceding(context.passage)
    after = index.following(context.passage)
    for neighbour, label in ((before, "◀ Previous passage"), (after, "Next passage ▶")):
        # An id too long for a custom id gets no button (Discord would refuse the message).
        if (
            neighbour is not None
            and len(_owned(f"lectern:src:{neighbour.id}", owner)) <= CUSTOM_ID_LIMIT
        ):
            view.add_item(SourceButton(neighbour.id, label, owner))
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


def _step(hits: Sequence[Hit], position: int, page: int, way: str) -> tuple[int, int, str]:
    """Where the previous/next control of result ``position``, page ``page`` leads, and its
    label: through the pages of a result, then on to the neighbouring result."""
    count = len(pages_of(hits[position].passage))
    if way == "p":
        if page > 0:
            return position, page - 1, "◀ Previous page"
        if position > 0:
            last = len(pages_of(hits[position - 1].passage)) - 1
            return position - 1, last, "◀ Previous result"
        return position, page, "◀ Previous"
    if page < count - 1:
        return position, page + 1, "Next page ▶"
    if position < len(hits) - 1:
        return position + 1, 0, "Next result ▶"
    return position, page, "Next ▶"


def results_message(
    corpus: Corpus,
    key: str,
    hits: Sequence[Hit],
    heading: str,
    position: int = 0,
    page: int = 0,
    *,
    in_guild: bool = True,
) -> tuple[discord.Embed, discord.ui.View]:
    """Result ``position`` (page ``page``) of a search, with one previous/next pair that
    walks every page of every result (none for a single short result), and, in a server,
    buttons to post the passage in the channel or to discuss it."""
    position = max(0, min(position, len(hits) - 1))
    hit = hits[position]
    page = max(0, min(page, len(pages_of(hit.passage)) - 1))
    text = clip(f"Result {position + 1} of {len(hits)} for {heading}", 300)
    if len(hits) == 1:
        text = clip(f"The one result for {heading}", 300)
    view = discord.ui.View(timeout=None)
    for way in ("p", "n"):
        to_position, to_page, label = _step(hits, position, page, way)
        if (to_position, to_page) == (position, page) and len(hits) == 1:
            continue  # a single short result: no pager at all
        view.add_item(
            ResultButton(
                key,
                to_position,
                to_page,
                way,
                label,
                disabled=(to_position, to_page) == (position, page),
            )
        )
    if in_guild:
        for button in share_buttons(hit.passage):
            view.add_item(button)
    return passage_embed(corpus, hit.passage, page, heading=text), view


class ResultButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=RESULTS_TEMPLATE):
    """Show another page or result of a search (edits the private results in place)."""

    def __init__(
        self,
        key: str,
        position: int,
        page: int,
        way: str,
        label: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label or ("◀ Previous" if way == "p" else "Next ▶"),
                style=discord.ButtonStyle.primary if way == "n" else discord.ButtonStyle.secondary,
                custom_id=f"lectern:res:{key}:{position}:{page}:{way}",
                disabled=disabled,
                row=0,
            )
        )
        self.key = key
        self.position = position
        self.page = page

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> ResultButton:
        return cls(match["key"], int(match["pos"]), int(match["page"]), match["way"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def show() -> None:
            found = search_results(interaction.client).get(self.key)
            if found is None:
                raise UserFacingError(EXPIRED)
            hits, heading = found
            corpus = (await guild_view(interaction)).corpus
            shown = hits[max(0, min(self.position, len(hits) - 1))].passage
            _passage(corpus, shown.id)  # e.g. its reading was disabled since the search
            embed, view = results_message(
                corpus,
                self.key,
                hits,
                heading,
                self.position,
                self.page,
                in_guild=interaction.guild_id is not None,
            )
            await interaction.response.edit_message(
                embed=embed, view=view, allowed_mentions=NO_MENTIONS
            )

        await run_component(interaction, show)


def share_buttons(passage: Passage) -> list[discord.ui.DynamicItem[discord.ui.Button[Any]]]:
    """ "Post to channel" and "Discuss" for a passage shown privately."""
    if len(f"lectern:post:{passage.id}") > CUSTOM_ID_LIMIT:
        return []
    return [PostButton(passage.id), DiscussButton(passage.id)]


class PostButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=POST_TEMPLATE):
    """Post a privately shown passage in the channel, for everyone (with its own pager)."""

    def __init__(self, passage_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Post to channel",
                style=discord.ButtonStyle.success,
                custom_id=f"lectern:post:{passage_id}",
                row=1,
            )
        )
        self.passage_id = passage_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> PostButton:
        return cls(match["pid"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def post() -> None:
            corpus = (await guild_view(interaction)).corpus
            passage = _passage(corpus, self.passage_id)
            if interaction.guild_id is None:
                raise UserFacingError("Posting works in a server channel.")
            await interaction.response.send_message(
                content=f"-# shared by {interaction.user.mention}",
                embed=passage_embed(corpus, passage),
                view=passage_view(passage, 0, interaction.user.id),
                allowed_mentions=NO_MENTIONS,
            )
            dispatch_shown(interaction, passage.id, "post to channel")

        await run_component(interaction, post)


class DiscussButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=DISCUSS_TEMPLATE):
    """Post a privately shown passage and open a discussion thread on it (``/discuss``)."""

    def __init__(self, passage_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Discuss",
                style=discord.ButtonStyle.secondary,
                custom_id=f"lectern:disc:{passage_id}",
                row=1,
            )
        )
        self.passage_id = passage_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> DiscussButton:
        return cls(match["pid"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        async def discuss() -> None:
            corpus = (await guild_view(interaction)).corpus
            passage = _passage(corpus, self.passage_id)
            await post_for_discussion(interaction, corpus, passage)

        await run_component(interaction, discuss)


THREAD_NAME_LIMIT = 100
# What the bot needs in the channel to open the thread: discord.Permissions flag -> label.
THREAD_PERMISSIONS = {
    "create_public_threads": "Create Public Threads",
    "send_messages_in_threads": "Send Messages in Threads",
}
CONTINUED = "continued in the thread"


async def post_for_discussion(
    interaction: discord.Interaction[Any], corpus: Corpus, passage: Passage
) -> None:
    """``/discuss`` and the Discuss button: post the passage (of the server's ``corpus``) in
    the channel, open a thread on it, and post the rest of a long passage in the thread, so
    that the post (page 1) and the thread hold every page in order and no shared buttons turn
    the page under anyone."""
    bot = _bot(interaction)
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
    pages = len(pages_of(passage))
    note = CONTINUED if pages > 1 else None
    await interaction.response.send_message(
        embed=passage_embed(corpus, passage, footer_note=note), allowed_mentions=NO_MENTIONS
    )
    message = await interaction.original_response()
    name = " ".join(f"{corpus.speaker_name(passage.speaker)}: {passage.text}".split())
    try:
        thread: discord.Thread | None = await message.create_thread(
            name=clip(name, THREAD_NAME_LIMIT), auto_archive_duration=1440
        )
    except discord.HTTPException as exc:  # e.g. a permission removed a moment ago
        log.warning("could not open the thread of /discuss post %s: %s", message.id, exc)
        thread = None
        if pages > 1:  # the rest stays readable on the post itself, by its owner's pager
            await interaction.edit_original_response(
                embed=passage_embed(corpus, passage),
                view=passage_view(passage, 0, interaction.user.id),
                allowed_mentions=NO_MENTIONS,
            )
        await safe_reply(
            interaction,
            "The passage is posted, but Discord refused to open its thread "
            f"({exc.text or exc.status}). Open one on the message by hand.",
        )
    if thread is not None:
        await send_rest(corpus, thread, passage)
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


async def send_rest(corpus: Corpus, target: discord.abc.Messageable, passage: Passage) -> None:
    """The pages after the first, one message each, in order (a failure is only logged)."""
    for page in range(1, len(pages_of(passage))):
        try:
            await target.send(
                embed=passage_embed(corpus, passage, page), allowed_mentions=NO_MENTIONS
            )
        except discord.HTTPException:
            log.warning("could not post page %s of %s", page + 1, passage.id, exc_info=True)
            return


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
    PostButton,
    DiscussButton,
    *LIBRARY_ITEMS,
    UnknownButton,
)
