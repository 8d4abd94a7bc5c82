"""Discussion events, as the Discord adapter reports them to the discussion log.

The adapter dispatches these through discord.py's custom events
(``bot.dispatch("passage_shown", PassageShown(...))``), so the statistics cog can listen
without the command cogs knowing about storage. Counts only: no message text ever.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

PostOrigin = Literal["discuss", "daily", "quote"]


@dataclass(frozen=True, slots=True)
class PassageShown:
    """A command showed a passage to a member (``command`` is e.g. ``"quote search"``)."""

    guild_id: int | None
    channel_id: int
    user_id: int
    passage_id: str
    command: str
    at: datetime


@dataclass(frozen=True, slots=True)
class PassagePosted:
    """A passage was posted for the group; replies, reactions and thread messages on
    ``message_id`` (and messages in ``thread_id``) count as discussion of it."""

    guild_id: int | None
    channel_id: int
    message_id: int
    thread_id: int | None
    user_id: int | None  # who asked for the post; None for a daily post
    passage_id: str
    origin: PostOrigin
    at: datetime
