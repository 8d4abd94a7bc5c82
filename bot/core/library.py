"""A server's library: which texts Lectern answers from in that server.

Every command answers from the *view* of the server it runs in: the shipped corpus (unless the
server disabled it) plus the server's own published, enabled readings, and never another
server's. A view is a ``Corpus`` and the ``SearchIndex`` over it; ``Libraries`` hands out the
view of a server (``None``: a direct message, which sees the shipped corpus).

Pure: no Discord, no SQL. The database-backed implementation lives with the bot's adapters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.models import Corpus
from bot.core.search import SearchIndex


@dataclass(frozen=True, slots=True)
class GuildView:
    """What one server reads: its corpus and the search index over exactly that corpus."""

    corpus: Corpus
    index: SearchIndex


class Libraries(Protocol):
    """Hands out each server's view; cheap when nothing changed (views are cached)."""

    async def view(self, guild_id: int | None) -> GuildView: ...


class ShippedOnly:
    """Every server reads the shipped corpus: the library of a bot with no own readings."""

    def __init__(self, corpus: Corpus, index: SearchIndex) -> None:
        self._view = GuildView(corpus, index)

    async def view(self, guild_id: int | None) -> GuildView:
        return self._view
