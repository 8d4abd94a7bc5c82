"""A server's library: which texts Lectern answers from in that server.

Every command answers from the *view* of the server it runs in: the shipped corpus (unless the
server disabled it) plus the server's own published, enabled readings, and never another
server's. A view is a ``Corpus`` and the ``SearchIndex`` over it; ``Libraries`` hands out the
view of a server (``None``: a direct message, which sees the shipped corpus).

Pure: no Discord, no SQL. The database-backed implementation lives with the bot's adapters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from bot.core.models import Corpus, PassageKind
from bot.core.search import SearchIndex


@dataclass(frozen=True, slots=True)
class GuildView:
    """What one server reads: its corpus and the search index over exactly that corpus."""

    corpus: Corpus
    index: SearchIndex


class Libraries(Protocol):
    """Hands out each server's view; cheap when nothing changed (views are cached)."""

    async def view(self, guild_id: int | None) -> GuildView: ...


EntryOrigin = Literal["shipped", "own"]
ReadingStatus = Literal["draft", "published"]


@dataclass(frozen=True, slots=True)
class ReadingEntry:
    """One line of ``/library``: a shipped source or one of this server's own readings."""

    id: str  # a shipped source id, or the reading's id (unique across every server)
    origin: EntryOrigin
    title: str
    author: str
    year: int | None
    status: ReadingStatus  # shipped sources are always "published"
    enabled: bool
    quotations: int
    passages: int


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed passage of a draft reading, as a moderator reviews and corrects it."""

    passage_id: str
    kind: PassageKind
    text: str
    speaker_name: str | None  # as the text names the speaker (None: the reading's author)
    work_title: str | None
    page: str | None
    via_name: str | None
    new_speaker: bool  # the speaker is not registered yet: a new entry is proposed
    new_work: bool
    line: int  # line of the extracted text where the passage starts


class LibraryManager(Libraries, Protocol):
    """What ``/library`` does to a server's library. Every method raises
    ``bot.core.errors.UserFacingError`` with a polite message on bad input (unknown ids, a
    file too large / unsupported / without text / corrupt / already added, no quotations),
    changing nothing; a change invalidates that server's view and no other."""

    async def catalog(self, guild_id: int) -> list[ReadingEntry]: ...

    async def add(
        self,
        guild_id: int,
        *,
        file_name: str,
        data: bytes,
        title: str | None,
        author: str | None,
        year: int | None,
        added_by: int,
    ) -> ReadingEntry:
        """Extract the file off the event loop within a time budget; store it as a draft."""
        ...

    async def proposals(self, guild_id: int, reading_id: str) -> list[Proposal]: ...

    async def correct(
        self,
        guild_id: int,
        reading_id: str,
        passage_id: str,
        *,
        speaker: str | None = None,
        work: str | None = None,
        page: str | None = None,
        kind: PassageKind | None = None,
    ) -> Proposal:
        """Names as a moderator types them; a name not registered becomes a new entry."""
        ...

    async def publish(self, guild_id: int, reading_id: str) -> ReadingEntry: ...

    async def set_enabled(self, guild_id: int, entry_id: str, enabled: bool) -> ReadingEntry:
        """``entry_id``: a shipped source id or one of this server's readings."""
        ...

    async def remove(self, guild_id: int, reading_id: str) -> ReadingEntry:
        """This server's own readings only (a shipped source can only be disabled)."""
        ...


class ShippedOnly:
    """Every server reads the shipped corpus: the library of a bot with no own readings."""

    def __init__(self, corpus: Corpus, index: SearchIndex) -> None:
        self._view = GuildView(corpus, index)

    async def view(self, guild_id: int | None) -> GuildView:
        return self._view


# --------------------------------------------------------------------------- stored readings
# What the database keeps of a server's own readings (``bot.storage.library`` reads and
# writes these), and the pure steps between them and a server's view: proposing a reading's
# passages, correcting one, and composing the server's corpus.

EntryKind = Literal["speaker", "work"]
# The speaker of a quotation the reading does not attribute: never the essay's author (an
# author shown saying words they quote is the worst error Lectern can make).
UNATTRIBUTED = "unattributed"
_NAME_LIMIT = 120


@dataclass(frozen=True, slots=True)
class StoredReading:
    """A server's own reading as stored, without its text."""

    id: str
    guild_id: int
    title: str
    author: str
    year: int | None
    file_name: str
    sha256: str
    status: ReadingStatus
    added_by: int
    added_at: datetime
    quotations: int = 0
    passages: int = 0
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class StoredPassage:
    """One proposed passage of a reading: a slice ``start:end`` of the reading's text.

    ``speaker``, ``work`` and ``via`` are ids (a shipped registry's, or one of the reading's
    :class:`NewEntry`); the ``*_name``/``work_title`` fields are as the text, or the moderator
    who corrected it, wrote them."""

    id: str
    position: int
    kind: PassageKind
    text: str
    start: int
    end: int
    speaker: str
    speaker_name: str | None = None
    work: str | None = None
    work_title: str | None = None
    page: str | None = None
    date: str | None = None
    via: str | None = None
    via_name: str | None = None
    attributed_by: str | None = None
    removed: tuple[tuple[int, int], ...] = ()
    insertions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A speaker or work a reading names that no shipped registry knows (only its server
    sees it). ``id`` starts with the reading's id."""

    kind: EntryKind
    id: str
    name: str
    unnamed: bool = False
    author: str | None = None  # a work's author (speaker id)


@dataclass(frozen=True, slots=True)
class ReadingContent:
    """Everything a view needs of one reading."""

    reading: StoredReading
    text: str
    passages: tuple[StoredPassage, ...]
    entries: tuple[NewEntry, ...]


@dataclass(frozen=True, slots=True)
class ProposedReading:
    """A file's reading before it is stored: its text, passages and new entries."""

    text: str
    passages: tuple[StoredPassage, ...]
    entries: tuple[NewEntry, ...]

    @property
    def quotations(self) -> int:
        return sum(1 for p in self.passages if p.kind == "quotation")
