"""Each server's library, kept in the database: the ``LibraryManager`` the bot runs with.

A server's *view* (``bot.core.library.GuildView``) is the shipped corpus it did not disable
plus its published, enabled readings. Views are built from the database on demand, off the
event loop, and kept in a bounded LRU; a server with no published reading and nothing
disabled shares the one shipped view (no build at all). A change to a server's library drops
and rebuilds that server's view only. The servers that have a library of their own are known
from one query at the first use, then kept up to date by the changes this process makes:
every command of a server reaches the one process that runs its shard, /library included.

Sentence meaning (small libraries, ``LibraryLimits.meaning_passages``) is added to a view
after it is served; a published reading's window vectors are then kept in the database with
it (``library_vectors``), so a restart, or another process of a cluster, builds the view
again without embedding the reading: the database already travels with the readings (backups,
``lectern db copy``, every process of a cluster), a file cache would not.

Adding a reading reads the attachment with ``bot.core.extract.formats`` and proposes its
passages with the generalising extractor (``bot.core.extract.reading``), in a worker thread
within a time budget, one extraction at a time. Every refusal is a ``UserFacingError`` that
changes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from bot.core.errors import UserFacingError, shown_input
from bot.core.extract.formats import ReadingError, read_reading_bytes
from bot.core.library import (
    GuildView,
    Proposal,
    ProposedReading,
    ReadingContent,
    ReadingEntry,
    RemovedReading,
    StoredReading,
    StoredVectors,
    correct_passage,
    correction_of,
    propose,
    reading_id_candidates,
    review,
    shipped_names,
)
from bot.core.models import Corpus, PassageKind
from bot.core.semantic import ENCODER_ID, remember_vectors, window_vectors
from bot.settings import Settings
from bot.storage import Database
from bot.storage.index_folders import remove_library_index
from bot.storage.library import LibraryStore, ReadingExistsError
from bot.storage.view_segments import NO_PARTS, ViewParts, ViewSegments

log = logging.getLogger(__name__)

_TITLE_LIMIT = 200
# How long past its budget an extraction is awaited before the moderator is told it failed.
_BACKSTOP_SECONDS = 10.0
_UNKNOWN_AUTHOR = "Unknown author"
_OLDEST_YEAR, _LATEST_YEAR = -3000, 2200
# The latest removals /library list shows (the table keeps every one).
REMOVALS_LISTED = 5


@dataclass(frozen=True, slots=True)
class LibraryLimits:
    """What a server's library may hold and cost (``LECTERN_LIBRARY_*``)."""

    max_file_bytes: int = 20 * 1024 * 1024
    extract_seconds: float = 60.0
    max_readings: int = 100
    views_cached: int = 64
    passages_cached: int = 300_000  # own passages of the cached views, in all
    # Views whose own readings have at most this many passages also rank by sentence meaning
    # (embedded in the background after the view is served); larger ones by related words.
    # Off unless asked for: the bot takes LECTERN_LIBRARY_MEANING_PASSAGES (500 by default).
    meaning_passages: int = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> LibraryLimits:
        return cls(
            max_file_bytes=settings.library_max_file_mb * 1024 * 1024,
            extract_seconds=float(settings.library_extract_seconds),
            max_readings=settings.library_max_readings,
            views_cached=settings.library_views_cached,
            passages_cached=settings.library_passages_cached,
            meaning_passages=settings.library_meaning_passages,
        )


def _now() -> datetime:
    return datetime.now(UTC)


class StoredLibraries:
    """Every server's library over one database (the bot's ``libraries``)."""

    def __init__(
        self,
        database: Database,
        shipped: GuildView,
        *,
        limits: LibraryLimits | None = None,
        clock: Callable[[], datetime] = _now,
        index_folder: Path | None = None,
        keep_replaced_seconds: float = 60.0,
    ) -> None:
        """``index_folder``: where servers' views keep their search indexes (the bot: the
        cache's ``indexes/libraries``); ``None``: in memory. A view's folder replaced by a
        change is removed ``keep_replaced_seconds`` later (commands under way may read it)."""
        self.store = LibraryStore(database)
        self.shipped = shipped
        self.limits = limits or LibraryLimits()
        self._clock = clock
        self._segments = ViewSegments(shipped, index_folder)
        self._keep_replaced = keep_replaced_seconds
        self._folders: dict[int, set[Path]] = {}  # each server's current view's segment folders
        # Each cached server's readings' segments, by reading id: a change to its library
        # composes the view again from them, building only what changed.
        self._parts: dict[int, ViewParts] = {}
        # The readings those views were composed of, with when each last changed.
        self._read: dict[int, dict[str, tuple[str, ReadingContent]]] = {}
        # Folders replaced: (when they may go, the folder, since when no view uses it).
        self._replaced: list[tuple[float, Path, float]] = []
        self._names = shipped_names(shipped.corpus)
        self._views: OrderedDict[int, GuildView] = OrderedDict()
        self._held: dict[int, int] = {}  # each cached view's own passages
        self._builds: dict[int, asyncio.Task[GuildView]] = {}
        self._generation: dict[int, int] = {}
        self._customised: set[int] | None = None
        self._loading = asyncio.Lock()
        self._extracting = asyncio.Semaphore(1)
        self._builds_done = 0
        # Sentence meaning is added to small views afterwards, one at a time (embedding costs
        # about 30 ms a passage): the pending upgrades, kept referenced until they end.
        self._upgrading = asyncio.Semaphore(1)
        self._upgrades: set[asyncio.Task[None]] = set()
        # A large library's readings are put in one segment in the background, one server at
        # a time, in a thread at the lowest CPU priority (``_batch``).
        self._batches = asyncio.Semaphore(1)
        self._batcher = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="lectern-batch", initializer=_lowest_priority
        )

    # ------------------------------------------------------------------------- views

    async def view(self, guild_id: int | None) -> GuildView:
        if guild_id is None or guild_id not in await self._customised_guilds():
            return self.shipped
        cached = self._views.get(guild_id)
        if cached is not None:
            self._views.move_to_end(guild_id)
            return cached
        build = self._builds.get(guild_id)
        if build is None:
            build = asyncio.create_task(self._build(guild_id, self._generation.get(guild_id, 0)))
            self._builds[guild_id] = build
            build.add_done_callback(lambda _: self._forget_build(guild_id, build))
        # Shielded: a command cancelled while waiting does not cancel the build others await.
        return await asyncio.shield(build)

    @property
    def views_built(self) -> int:
        """How many views were built since start (the benchmark and tests read it)."""
        return self._builds_done

    @property
    def views_cached(self) -> int:
        return len(self._views)

    def _forget_build(self, guild_id: int, build: asyncio.Task[GuildView]) -> None:
        if self._builds.get(guild_id) is build:
            del self._builds[guild_id]

    async def _build(self, guild_id: int, generation: int) -> GuildView:
        disabled = {entry for entry, on in (await self.store.switches(guild_id)).items() if not on}
        readings = await self._published(guild_id)
        unused = self._unused_folders()
        opened = self._parts.get(guild_id, NO_PARTS)
        view, parts = await asyncio.to_thread(
            self._make_view, guild_id, disabled, readings, unused, opened, False
        )
        self._builds_done += 1
        if self._generation.get(guild_id, 0) == generation:
            self._cache(guild_id, view, parts)
            self._current_folders(guild_id, view, parts)
            own = sum(len(r.passages) for r in readings)
            small = 0 < own <= self.limits.meaning_passages
            if view is not self.shipped and small and not view.index.sentence_meaning:
                self._schedule_upgrade(guild_id, generation, view, disabled, readings)
            self._schedule_batch(guild_id, generation, view, disabled, readings)
        else:
            self._drop_folders(view, parts)  # the library changed while it was built
        return view

    async def _published(self, guild_id: int) -> list[ReadingContent]:
        """The server's published, enabled readings, in order: those its last view read
        taken from it when they did not change since, the others read from the database."""
        versions = await self.store.published_versions(guild_id)
        known = self._read.get(guild_id, {})
        changed = [rid for rid, version in versions if known.get(rid, ("", None))[0] != version]
        fresh = {c.reading.id: c for c in await self.store.published(guild_id, changed)}
        read: dict[str, tuple[str, ReadingContent]] = {}
        for reading_id, version in versions:
            content = fresh.get(reading_id) or known.get(reading_id, ("", None))[1]
            if content is not None:  # None: removed or disabled between the two queries
                read[reading_id] = (version, content)
        self._read[guild_id] = read
        return [content for _, content in read.values()]

    def _cache(self, guild_id: int, view: GuildView, parts: ViewParts) -> None:
        """Keep the server's view, closing the least recently used ones past the limits (of
        views, and of their own passages in all: the newest view is kept whatever its size)."""
        self._views[guild_id] = view
        self._views.move_to_end(guild_id)
        self._parts[guild_id] = parts
        self._held[guild_id] = sum(len(r.content.passages) for r in parts.readings.values())
        limits = self.limits
        while len(self._views) > 1 and (
            len(self._views) > limits.views_cached
            or sum(self._held.values()) > limits.passages_cached
        ):
            evicted, _ = self._views.popitem(last=False)
            self._parts.pop(evicted, None)
            self._read.pop(evicted, None)
            self._held.pop(evicted, None)

    def _make_view(
        self,
        guild_id: int,
        disabled: set[str],
        readings: list[ReadingContent],
        unused: list[tuple[Path, float]],
        opened: ViewParts,
        meaning: bool,
        composed: Corpus | None = None,
    ) -> tuple[GuildView, ViewParts]:
        """In a worker thread: the server's view composed of the shipped corpus's index and
        one segment per reading (or a batch of them: ``ViewSegments.compose``), those of
        ``opened`` reused, a new one built in a fraction of a second (by words and related
        words; sentence meaning comes after, see ``_upgrade``); and the folders of replaced
        segments (``unused``) removed."""
        for replaced, since in unused:
            remove_library_index(replaced, since)
        return self._segments.compose(
            disabled, readings, opened, meaning=meaning, composed=composed, guild_id=guild_id
        )

    def _current_folders(self, guild_id: int, view: GuildView, parts: ViewParts) -> None:
        """Note the segment folders of the server's view; those it no longer needs go a
        little later, unless another server's view reads them."""
        folders = self._segments.folders(view, parts)
        previous = self._folders.pop(guild_id, set())
        if folders:
            self._folders[guild_id] = folders
        for folder in previous - folders:
            self._replace(folder)

    def _drop_folders(self, view: GuildView, parts: ViewParts) -> None:
        """A view built and never served: its folders go a little later, unless in use."""
        in_use = set().union(*self._folders.values())
        for folder in self._segments.folders(view, parts) - in_use:
            self._replace(folder)

    def _replace(self, folder: Path) -> None:
        self._replaced.append((time.monotonic() + self._keep_replaced, folder, time.time()))

    def _unused_folders(self, *, every: bool = False) -> list[tuple[Path, float]]:
        """The replaced folders whose time has come (``every``: all of them) and that no
        view uses again, with since when; forgotten here, the caller removes them
        (``remove_library_index``: unless a build opened one again meanwhile)."""
        now = time.monotonic()
        due = [(f, since) for when, f, since in self._replaced if every or when <= now]
        gone = {f for f, _ in due}
        self._replaced = [entry for entry in self._replaced if entry[1] not in gone]
        current = set().union(*self._folders.values())
        return [(f, since) for f, since in due if f not in current]

    def _in_background(self, work: Coroutine[Any, Any, None]) -> None:
        """Run ``work`` as a task kept until it ends (awaited or cancelled at shutdown)."""
        task = asyncio.create_task(work)
        self._upgrades.add(task)
        task.add_done_callback(self._upgrades.discard)

    def _schedule_upgrade(
        self,
        guild_id: int,
        generation: int,
        view: GuildView,
        disabled: set[str],
        readings: list[ReadingContent],
    ) -> None:
        if not self.shipped.index.sentence_meaning:
            return  # the models are not installed: nothing to add
        self._in_background(self._upgrade(guild_id, generation, view, disabled, readings))

    async def _upgrade(
        self,
        guild_id: int,
        generation: int,
        view: GuildView,
        disabled: set[str],
        readings: list[ReadingContent],
    ) -> None:
        """Rank the view's results by sentence meaning too, as the shipped view does: the
        readings' vectors kept in the database are taken, the passages without any are
        embedded in a worker thread, then the view is swapped in, unless the library changed
        (or the view left the cache) meanwhile; vectors just computed are kept."""
        async with self._upgrading:
            if self._views.get(guild_id) is not view:
                return
            texts = {r.reading.id: [p.text for p in r.passages] for r in readings}
            on_disk = self._segments.folder is not None
            try:
                kept = await self.store.vectors(guild_id, list(texts))
                reused = await asyncio.to_thread(_remember, kept)
                if on_disk:  # embedded and kept first: the folder's vectors are then at hand
                    for reading_id, passages in texts.items():
                        if reading_id not in reused:
                            await self._keep_vectors(reading_id, passages)
                opened = self._parts.get(guild_id, NO_PARTS)
                upgraded, parts = await asyncio.to_thread(
                    self._make_view, guild_id, disabled, readings, [], opened, True, view.corpus
                )
            except Exception:
                log.exception("library: guild %s keeps its view without sentence meaning", guild_id)
                return
            if self._generation.get(guild_id, 0) == generation and guild_id in self._views:
                self._views[guild_id] = upgraded
                self._parts[guild_id] = parts
                self._current_folders(guild_id, upgraded, parts)
                self._schedule_batch(guild_id, generation, upgraded, disabled, readings)
            else:
                self._drop_folders(upgraded, parts)
            if not on_disk:
                for reading_id, passages in texts.items():
                    if reading_id not in reused:
                        await self._keep_vectors(reading_id, passages)

    def _schedule_batch(
        self,
        guild_id: int,
        generation: int,
        view: GuildView,
        disabled: set[str],
        readings: list[ReadingContent],
    ) -> None:
        parts = self._parts.get(guild_id)
        if parts is None or not parts.rebatch:
            return
        self._in_background(self._batch(guild_id, generation, view, disabled, readings))

    async def _batch(
        self,
        guild_id: int,
        generation: int,
        view: GuildView,
        disabled: set[str],
        readings: list[ReadingContent],
    ) -> None:
        """Put the server's readings in one segment (built, or opened from its folder), so
        a search asks two segments, not one per reading; then swap the view for one reading
        it, unless the library changed (or the view left the cache) meanwhile."""
        async with self._batches:
            parts = self._parts.get(guild_id)
            if self._views.get(guild_id) is not view or parts is None:
                return  # the library changed since: its new view asked for its own batch
            meaning = view.index.sentence_meaning
            try:
                batched = await asyncio.get_running_loop().run_in_executor(
                    self._batcher, self._segments.batch, guild_id, parts, meaning
                )
                reading, batched = await asyncio.to_thread(
                    self._make_view,
                    guild_id,
                    disabled,
                    readings,
                    [],
                    batched,
                    meaning,
                    view.corpus,
                )
            except Exception:
                log.exception("library: guild %s keeps its view of one segment a reading", guild_id)
                return
            if (
                self._generation.get(guild_id, 0) == generation
                and self._views.get(guild_id) is view
            ):
                self._views[guild_id] = reading
                self._parts[guild_id] = batched
                self._current_folders(guild_id, reading, batched)
                log.info(
                    "library: guild %s: its %d readings put in one segment", guild_id, len(readings)
                )
            else:
                self._drop_folders(reading, batched)

    async def _keep_vectors(self, reading_id: str, texts: list[str]) -> None:
        """Keep a reading's window vectors with it (those the view's index just embedded)."""
        try:
            keys, vectors = await asyncio.to_thread(window_vectors, texts)
            kept = await self.store.keep_vectors(
                StoredVectors(
                    reading_id=reading_id,
                    model=ENCODER_ID,
                    dtype=str(vectors.dtype),
                    dimensions=int(vectors.shape[1]),
                    windows=len(keys),
                    keys=b"".join(keys),
                    vectors=vectors.tobytes(),
                ),
                at=self._clock(),
            )
        except Exception:  # computed again at the next build: never a reason to fail one
            log.exception("library: the vectors of reading %s are not kept", reading_id)
            return
        if kept:
            log.info("library: kept %d window vectors of reading %s", len(keys), reading_id)

    async def settled(self) -> None:
        """Wait for the sentence-meaning upgrades under way (tests and the benchmark)."""
        while self._upgrades:
            await asyncio.gather(*self._upgrades, return_exceptions=True)

    async def close(self) -> None:
        """Stop the upgrades not started yet (one already embedding finishes its thread);
        remove the index folders of replaced views."""
        for task in list(self._upgrades):
            task.cancel()
        await asyncio.gather(*self._upgrades, return_exceptions=True)
        self._batcher.shutdown(wait=False, cancel_futures=True)
        for folder, since in self._unused_folders(every=True):
            await asyncio.to_thread(remove_library_index, folder, since)

    async def _customised_guilds(self) -> set[int]:
        if self._customised is None:
            async with self._loading:
                if self._customised is None:
                    self._customised = await self.store.customised_guilds()
        return self._customised

    async def _changed(self, guild_id: int) -> None:
        """The server's library changed: drop its view and build the new one now, so the
        moderator's answer comes once members see the change."""
        (await self._customised_guilds()).add(guild_id)
        self._generation[guild_id] = self._generation.get(guild_id, 0) + 1
        self._views.pop(guild_id, None)
        self._held.pop(guild_id, None)
        self._builds.pop(guild_id, None)
        await self.view(guild_id)

    # ------------------------------------------------------------------------- catalog

    async def catalog(self, guild_id: int) -> list[ReadingEntry]:
        """The shipped sources (enabled unless switched off), then the server's readings."""
        switches = await self.store.switches(guild_id)
        switched_by = await self.store.switched_by(guild_id)
        entries = []
        corpus = self.shipped.corpus
        for source in corpus.sources.values():
            passages = [p for p in corpus.passages if p.source == source.id]
            entries.append(
                ReadingEntry(
                    id=source.id,
                    origin="shipped",
                    title=source.title,
                    author=source.author,
                    year=source.year,
                    status="published",
                    enabled=switches.get(source.id, True),
                    quotations=sum(1 for p in passages if p.kind == "quotation"),
                    passages=len(passages),
                    switched_by=switched_by.get(source.id),
                )
            )
        for reading in await self.store.readings(guild_id):
            entries.append(replace(_entry(reading), switched_by=switched_by.get(reading.id)))
        return entries

    # ------------------------------------------------------------------------- adding

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
        # Only the name is kept (what Discord calls the attachment), never a path.
        file_name = shown_input(PurePath(file_name.replace("\\", "/")).name, _TITLE_LIMIT)
        name = shown_input(file_name)
        shown_title = _checked_text(title, "title") or PurePath(file_name).stem or file_name
        shown_author = _checked_text(author, "author") or _UNKNOWN_AUTHOR
        if year is not None and not _OLDEST_YEAR <= year <= _LATEST_YEAR:
            raise UserFacingError(f"`{year}` is not a year Lectern can record; leave it empty.")
        if len(data) > self.limits.max_file_bytes:
            raise UserFacingError(
                f"Lectern cannot add `{name}`: it is {len(data) / 1024 / 1024:.1f} MB, and a "
                "reading may be at most "
                f"{self.limits.max_file_bytes / 1024 / 1024:g} MB. Send a smaller file, or its "
                "text as .txt."
            )
        readings = await self.store.readings(guild_id)
        if len(readings) >= self.limits.max_readings:
            raise UserFacingError(
                f"This server's library holds {len(readings)} readings, its limit. Remove one "
                "with `/library remove` before adding another."
            )
        sha = hashlib.sha256(data).hexdigest()
        for existing in readings:
            if existing.sha256 == sha:
                raise UserFacingError(_already(existing.id, existing.title))
        reading_id = await self._new_reading_id(guild_id, sha)
        author_speaker, proposed = await self._extract_in_thread(
            name, reading_id, file_name, data, shown_title, shown_author, year
        )
        if proposed.quotations == 0:
            raise UserFacingError(
                f"Lectern found no quotations in `{name}`, so there is nothing to add: it quotes "
                "words set in quote marks or as block quotations."
            )
        now = self._clock()
        reading = StoredReading(
            id=reading_id,
            guild_id=guild_id,
            title=shown_title,
            author=shown_author,
            author_speaker=author_speaker,
            year=year,
            file_name=file_name,
            sha256=sha,
            status="draft",
            added_by=added_by,
            added_at=now,
            quotations=proposed.quotations,
            passages=len(proposed.passages),
        )
        try:
            await self.store.add(
                reading, proposed.text, proposed.passages, proposed.entries, at=now
            )
        except ReadingExistsError as exists:  # the same file, added at the same moment
            raise UserFacingError(_already(exists.reading_id, shown_title)) from None
        log.info(
            "library: guild %s added reading %s from %r (%d quotations, %d passages) as a draft",
            guild_id,
            reading_id,
            file_name,
            reading.quotations,
            reading.passages,
        )
        return _entry(reading)

    async def _extract_in_thread(
        self,
        name: str,
        reading_id: str,
        file_name: str,
        data: bytes,
        title: str,
        author: str,
        year: int | None,
    ) -> tuple[str, ProposedReading]:
        """One extraction at a time, in a worker thread. The slot is freed when the thread
        ends, not when the moderator is told it took too long: a thread cannot be stopped, so
        an extraction running past its budget never has a second one started beside it."""
        budget = self.limits.extract_seconds
        try:
            # a free slot is taken at once; a busy one is waited for, up to one budget
            await asyncio.wait_for(self._extracting.acquire(), max(budget, 1.0))
        except TimeoutError:
            raise UserFacingError(
                f"Lectern is still reading another file, so it cannot add `{name}` now; try "
                "again in a few minutes."
            ) from None
        work = asyncio.ensure_future(
            asyncio.to_thread(self._extract, reading_id, file_name, data, title, author, year)
        )
        work.add_done_callback(lambda _: self._extracting.release())
        try:
            # the extraction stops itself at the budget; this is a backstop
            return await asyncio.wait_for(asyncio.shield(work), budget + _BACKSTOP_SECONDS)
        except ReadingError as error:
            raise UserFacingError(f"Lectern cannot add `{name}`: {error}.") from None
        except TimeoutError:
            log.error(
                "library: extracting %r ran past its %g s budget; its thread runs on",
                file_name,
                budget,
            )
            raise UserFacingError(
                f"Lectern cannot add `{name}`: reading it took longer than {budget:g} s. "
                "Send a shorter text, or its text as .txt."
            ) from None

    def _extract(
        self,
        reading_id: str,
        file_name: str,
        data: bytes,
        title: str,
        author: str,
        year: int | None,
    ) -> tuple[str, ProposedReading]:
        """In a worker thread: the file's text and proposed passages, within the budget."""
        budget = self.limits.extract_seconds
        deadline = time.monotonic() + budget
        reading = read_reading_bytes(
            file_name, data, max_bytes=self.limits.max_file_bytes, budget_seconds=budget
        )
        return propose(
            reading.text,
            marks=reading.marks,
            reading_id=reading_id,
            file_name=file_name,
            title=title,
            author=author,
            year=year,
            names=self._names,
            budget_seconds=max(deadline - time.monotonic(), 0.0),
        )

    async def _new_reading_id(self, guild_id: int, sha: str) -> str:
        corpus = self.shipped.corpus
        for candidate in reading_id_candidates(guild_id, sha):
            prefix = f"{candidate}-"
            clashes = (
                candidate in corpus.sources
                or any(i.startswith(prefix) for i in corpus.speakers)
                or any(i.startswith(prefix) for i in corpus.works)
            )
            if not clashes and not await self.store.id_taken(candidate):
                return candidate
        raise UserFacingError("Lectern could not name this reading; try again.")  # not reached

    # ------------------------------------------------------------------------- review

    async def _reading(self, guild_id: int, reading_id: str) -> StoredReading:
        reading = await self.store.reading(guild_id, reading_id.strip().lower())
        if reading is None:
            raise UserFacingError(
                f"This server has no reading `{shown_input(reading_id)}`; `/library` lists "
                "the readings here."
            )
        return reading

    async def proposals(self, guild_id: int, reading_id: str) -> list[Proposal]:
        reading = await self._reading(guild_id, reading_id)
        text = await self.store.text(guild_id, reading.id) or ""
        passages = await self.store.passages(guild_id, reading.id)
        entries = await self.store.entries(guild_id, reading.id)
        corrections = await self.store.corrections(guild_id, reading.id)
        checks = await self.store.checks(guild_id, reading.id)
        return review(reading, text, passages, entries, corrections, checks)

    async def confirm(
        self, guild_id: int, reading_id: str, passage_id: str, *, by: int
    ) -> Proposal:
        reading = await self._reading(guild_id, reading_id)
        if reading.status == "published":
            raise UserFacingError(
                f"`{reading.id}` was published meanwhile, so its attributions are no longer "
                "confirmed one by one; nothing changed. To change one, pick it in the menu."
            )
        proposals = await self.proposals(guild_id, reading.id)
        found = next(
            ((n, p) for n, p in enumerate(proposals, 1) if p.passage_id == passage_id), None
        )
        if found is None:
            raise UserFacingError(
                "That passage is no longer in this reading; open the review again."
            )
        number, proposal = found
        if proposal.doubt is None:
            raise UserFacingError(f"Lectern was sure of passage {number}: nothing to confirm.")
        if proposal.checked_at is not None:
            who = f"<@{proposal.checked_by}>" if proposal.checked_by else "a moderator"
            raise UserFacingError(
                f"Passage {number} was already confirmed by {who}; nothing changed."
            )
        if proposal.corrections:
            raise UserFacingError(
                f"Passage {number} was corrected meanwhile, which settles it; nothing changed."
            )
        at = self._clock()
        if not await self.store.confirm(guild_id, reading.id, passage_id, by=by, at=at):
            raise UserFacingError(
                f"`{reading.id}` or its passage {number} changed meanwhile (published, removed "
                "or confirmed by another moderator); nothing changed. Open the review again."
            )
        log.info("library: guild %s: moderator %s confirmed passage %s", guild_id, by, passage_id)
        return replace(proposal, checked_by=by, checked_at=at)

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
        via: str | None = None,
        by: int,
    ) -> Proposal:
        reading = await self._reading(guild_id, reading_id)
        passages = await self.store.passages(guild_id, reading.id)
        entries = await self.store.entries(guild_id, reading.id)
        corrected, new_entries = correct_passage(
            reading,
            passages,
            entries,
            passage_id,
            names=self._names,
            speaker=speaker,
            work=work,
            page=page,
            kind=kind,
            via=via,
        )
        text = await self.store.text(guild_id, reading.id) or ""
        audit = await self.store.corrections(guild_id, reading.id)
        checks = await self.store.checks(guild_id, reading.id)
        before = _proposal_of(review(reading, text, passages, entries, audit, checks), corrected.id)
        now = [corrected if p.id == corrected.id else p for p in passages]
        after = _proposal_of(review(reading, text, now, new_entries, audit, checks), corrected.id)
        at = self._clock()
        correction = correction_of(before, after, by=by, at=at)
        if correction is None:
            raise UserFacingError("Nothing changed in this passage; it is as it was.")
        if not await self.store.correct(
            reading.id, corrected, new_entries, by=by, at=at, changes=correction.changes
        ):
            raise UserFacingError("That passage was just removed; open the review again.")
        log.info(
            "library: guild %s: moderator %s corrected passage %s (%s)",
            guild_id,
            by,
            corrected.id,
            ", ".join(field for field, _, _ in correction.changes),
        )
        if reading.status == "published":
            await self._changed(guild_id)
        return replace(after, corrections=(*after.corrections, correction))

    async def publish(
        self, guild_id: int, reading_id: str, *, by: int | None = None
    ) -> ReadingEntry:
        reading = await self._reading(guild_id, reading_id)
        if reading.status == "published":
            raise UserFacingError(f"`{reading.id}` is already published in this server.")
        if not await self.store.publish(guild_id, reading.id, at=self._clock(), by=by):
            raise UserFacingError(f"`{reading.id}` was just published or removed; look again.")
        log.info("library: guild %s: moderator %s published reading %s", guild_id, by, reading.id)
        await self._changed(guild_id)
        return _entry(await self._reading(guild_id, reading.id))

    async def set_enabled(
        self, guild_id: int, entry_id: str, enabled: bool, *, by: int | None = None
    ) -> ReadingEntry:
        wanted = entry_id.strip().lower()
        if wanted in self.shipped.corpus.sources:
            await self.store.set_enabled(
                guild_id, wanted, "shipped", enabled, by=by, at=self._clock()
            )
            await self._changed(guild_id)
            return next(e for e in await self.catalog(guild_id) if e.id == wanted)
        reading = await self._reading(guild_id, wanted)
        await self.store.set_enabled(guild_id, reading.id, "own", enabled, by=by, at=self._clock())
        await self._changed(guild_id)
        return _entry(await self._reading(guild_id, reading.id))

    async def remove(
        self, guild_id: int, reading_id: str, *, by: int | None = None
    ) -> ReadingEntry:
        wanted = reading_id.strip().lower()
        if wanted in self.shipped.corpus.sources:
            raise UserFacingError(
                f"`{wanted}` comes with Lectern and cannot be removed; disable it instead."
            )
        reading = await self._reading(guild_id, wanted)
        if not await self.store.remove(guild_id, reading.id, by=by, at=self._clock()):
            raise UserFacingError(f"`{reading.id}` was just removed.")
        log.info("library: guild %s: moderator %s removed reading %s", guild_id, by, reading.id)
        await self._changed(guild_id)
        # Its own segments go too, a view having opened them or not (a view of a large
        # library composed at a start reads the batch only).
        for folder in self._segments.reading_folders(reading.id):
            self._replace(folder)
        return _entry(reading)

    async def removals(self, guild_id: int) -> list[RemovedReading]:
        return await self.store.removals(guild_id, limit=REMOVALS_LISTED)


def _lowest_priority() -> None:
    """Run the calling thread at the lowest CPU priority (Linux: its own nice value)."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux, or not allowed
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)


def _remember(kept: list[StoredVectors]) -> set[str]:
    """Hand the kept vectors of this model to the process's cache (in a worker thread);
    the readings whose vectors were usable."""
    import numpy as np

    usable = set()
    for vectors in kept:
        if vectors.model != ENCODER_ID or vectors.windows <= 0:
            continue  # another model's, or empty: computed anew
        try:
            rows = np.frombuffer(vectors.vectors, dtype=np.dtype(vectors.dtype))
            rows = rows.reshape(vectors.windows, vectors.dimensions)
            size = len(vectors.keys) // vectors.windows
            if size * vectors.windows != len(vectors.keys):
                raise ValueError("keys and vectors do not match")
        except (TypeError, ValueError) as error:
            log.warning(
                "library: reading %s: kept vectors unusable (%s)", vectors.reading_id, error
            )
            continue
        keys = [vectors.keys[i : i + size] for i in range(0, len(vectors.keys), size)]
        remember_vectors(keys, rows)
        usable.add(vectors.reading_id)
    return usable


def _proposal_of(proposals: list[Proposal], passage_id: str) -> Proposal:
    return next(p for p in proposals if p.passage_id == passage_id)


def _entry(reading: StoredReading) -> ReadingEntry:
    return ReadingEntry(
        id=reading.id,
        origin="own",
        title=reading.title,
        author=reading.author,
        year=reading.year,
        status=reading.status,
        enabled=reading.enabled,
        quotations=reading.quotations,
        passages=reading.passages,
        added_by=reading.added_by,
        published_by=reading.published_by,
        published_at=reading.published_at,
    )


def _already(reading_id: str, title: str) -> str:
    return (
        f"This file is already in this server's library, as `{reading_id}` "
        f"({shown_input(title, 60)}); nothing was added."
    )


def _checked_text(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split())
    if len(text) > _TITLE_LIMIT:
        raise UserFacingError(f"The {what} may be at most {_TITLE_LIMIT} characters.")
    if text != shown_input(text, _TITLE_LIMIT):
        raise UserFacingError(
            f"The {what} `{shown_input(text)}` has backticks or invisible characters; type it "
            "without them."
        )
    return text or None
