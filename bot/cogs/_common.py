"""Helpers the command cogs share: option parsing, autocomplete, events, cooldowns."""

from __future__ import annotations

import asyncio
import re
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands

from bot.core.compare import resolve_topic, unknown_topic
from bot.core.errors import UserFacingError, shown_input
from bot.core.events import PassageShown
from bot.core.library import GuildView
from bot.core.nearby import did_you_mean
from bot.core.search import Filters, Suggestion

if TYPE_CHECKING:
    from bot.client import LecternBot

T = TypeVar("T")

MAX_QUERY_CHARS = 300
# Zero-width characters and direction marks: invisible, so never part of what was meant.
_UNSEEN = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
MAX_VERIFY_CHARS = 1500

# Buckets per client (a restarted or second client starts afresh), per command, per member.
_buckets: weakref.WeakKeyDictionary[discord.Client, dict[tuple[str, int], app_commands.Cooldown]]
_buckets = weakref.WeakKeyDictionary()


def per_member_cooldown(rate: int, per: float) -> Callable[[T], T]:
    """At most ``rate`` uses of a command per ``per`` seconds per member, else the polite
    cooldown reply (stops one member flooding a channel)."""

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        buckets = _buckets.setdefault(interaction.client, {})
        name = interaction.command.qualified_name if interaction.command else ""
        if len(buckets) > 10_000:  # forget members whose window has passed
            for key in [k for k, c in buckets.items() if c.get_tokens() == c.rate]:
                del buckets[key]
        bucket = buckets.setdefault((name, interaction.user.id), app_commands.Cooldown(rate, per))
        retry_after = bucket.update_rate_limit()
        if retry_after:
            raise app_commands.CommandOnCooldown(bucket, retry_after)
        return True

    return app_commands.check(predicate)


cooldown = per_member_cooldown(4, 20.0)
slow_cooldown = per_member_cooldown(2, 60.0)


def lectern(interaction: discord.Interaction[Any]) -> LecternBot:
    return interaction.client  # type: ignore[no-any-return]


# How long a command waits for its server's library to be ready (a view is built on first
# use after a start, or after a change): under Discord's 3 s to acknowledge, with room left.
VIEW_WAIT_SECONDS = 2.0
LOADING = (
    "This server's library is being loaded (its own readings are indexed after a restart or "
    "a change). Try again in a few seconds."
)


async def guild_view(
    interaction: discord.Interaction[Any], wait: float = VIEW_WAIT_SECONDS
) -> GuildView:
    """What the server the interaction comes from reads (a direct message: the shipped
    corpus). Every command and button answers from this, never from another server's.

    A view not ready within ``wait`` seconds gives the polite ``LOADING`` answer rather than
    a missed deadline; its build goes on (``Libraries`` implementations shield it)."""
    try:
        return await asyncio.wait_for(
            lectern(interaction).libraries.view(interaction.guild_id), wait
        )
    except TimeoutError:
        raise UserFacingError(LOADING) from None


NOTHING_ENABLED = (
    "Lectern reads no text in this server: every text here is disabled. A moderator can turn "
    "one back on with `/library enable` (`/library list` shows them)."
)


async def readable_view(interaction: discord.Interaction[Any]) -> GuildView:
    """``guild_view``, refused politely when the server disabled every text: "nothing
    matches" or "not in the corpus" would mislead a member there."""
    view = await guild_view(interaction)
    if not view.corpus.passages:
        raise UserFacingError(NOTHING_ENABLED)
    return view


async def _autocomplete_view(interaction: discord.Interaction[Any]) -> GuildView | None:
    try:
        return await guild_view(interaction, wait=VIEW_WAIT_SECONDS / 2)
    except UserFacingError:
        return None  # still loading: no suggestions yet rather than a late answer


def checked_query(
    text: str, limit: int = MAX_QUERY_CHARS, what: str = "search for", fix: str = ""
) -> str:
    """The member's text, or a ``UserFacingError`` when it is blank or too long (``fix``
    says what to do instead, e.g. pick from the list)."""
    cleaned = " ".join(_UNSEEN.sub("", text).split())
    if not cleaned:
        raise UserFacingError(f"Type something to {what}.{fix}")
    if len(cleaned) > limit:
        raise UserFacingError(
            f"That is {len(cleaned):,} characters; what you {what} can be at most {limit}.{fix}"
        )
    return cleaned


def filters_from(
    view: GuildView, speaker: str | None, topic: str | None, kind: str | None = None
) -> Filters:
    """Filters from option values: ids picked from autocomplete, or names as typed, in the
    server's ``view``."""
    speaker_id = None
    if speaker:
        speaker_id = (
            speaker if speaker in view.corpus.speakers else view.index.resolve_speaker(speaker)
        )
        if speaker_id is None:
            names = [s.name for s in view.corpus.speakers.values()]
            raise UserFacingError(
                f"No one called `{shown_input(speaker)}` is quoted here."
                f"{did_you_mean(speaker, names)} Pick a name from the list as you type."
            )
    topic_id = None
    if topic:
        found = resolve_topic(view.corpus, topic)
        if found is None:
            raise UserFacingError(unknown_topic(view.corpus, topic))
        topic_id = found.id
    return Filters(
        speaker=speaker_id,
        topic=topic_id,
        kind="quotation" if kind == "quotation" else "commentary" if kind == "commentary" else None,
    )


def choices(suggestions: list[Suggestion]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=s.label[:100], value=s.value[:100]) for s in suggestions[:25]]


async def passage_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    view = await _autocomplete_view(interaction)
    return [] if view is None else choices(view.index.suggest_passages(current[:MAX_QUERY_CHARS]))


async def speaker_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    view = await _autocomplete_view(interaction)
    return [] if view is None else choices(view.index.suggest_speakers(current[:100]))


async def topic_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    view = await _autocomplete_view(interaction)
    return [] if view is None else choices(view.index.suggest_topics(current[:100]))


def dispatch_shown(interaction: discord.Interaction[Any], passage_id: str, command: str) -> None:
    lectern(interaction).dispatch(
        "passage_shown",
        PassageShown(
            guild_id=interaction.guild_id,
            channel_id=interaction.channel_id or 0,
            user_id=interaction.user.id,
            passage_id=passage_id,
            command=command,
            at=lectern(interaction).clock.now(),
        ),
    )
