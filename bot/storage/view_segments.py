"""Servers' views composed of index segments kept in folders of the cache.

    <cache>/indexes/libraries/
      readings/<reading id>/<digest>[-meaning]   one published reading's segment
      batches/<server id>/<digest>[-meaning]     a server's readings in one segment
      shipped/<digest>[-meaning]                 the shipped corpus less the sources some
                                                 servers disabled (shared by those servers)

The shipped corpus itself is the index ``lectern run`` opened (``shipped_index``), shared by
every view. A segment's folder is named by the digest of what it holds (``corpus_digest``):
a reading corrected after it was published is another segment; a restart opens the folders
again without building anything. Each is built beside its name and renamed into place
(``build_index``), so a half-built segment is never opened.

A search asks each segment of a view in turn, so a server with many readings would wait for
many: once a view reads more than ``BATCH_AFTER`` readings' own segments, its readings are
indexed into one batch segment in the background (``batch``, one at a time, at the lowest
CPU priority), and the view reads the batch and the readings added since. A view composed
with nothing open (the first after a start, or after it left the cache) that would build or
open more than ``BATCH_AFTER`` readings' segments reads one batch of them all at once.

A change to a reading of the batch (removed, disabled, corrected) does not set the batch
aside: the view reads it without that reading (``Segment.leaving_out``: its passages are
never a candidate, nor counted in how rare a word is), the corrected reading from its own
segment, until the batch is built again without it in the background. A reading enabled
again after that is indexed in a segment of its own, in a fraction of a second: nothing on
disk holds it any more (keeping each batched reading's own segment too would double the
disk), and one reading back is not worth a new batch. A view composed with nothing open
opens a batch of exactly its readings whenever one is on disk, however few they are.

Views of the layout before segments (``libraries/<server id>/<digest>``: each server's whole
corpus, the shipped corpus's passages again in every one) are removed at the first view built.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from bot.core.library import (
    GuildView,
    ReadingContent,
    ReadingParts,
    compose,
    reading_parts,
)
from bot.core.models import Corpus, Passage
from bot.core.search import SearchIndex
from bot.core.segments import Segment, SegmentedIndex, renamed_ids
from bot.storage.index_folders import (
    MEANING,
    corpus_digest,
    library_index,
    make_durable,
    remove_cut_short,
    remove_library_index,
)
from bot.storage.search_store import DiskIndex

log = logging.getLogger(__name__)

BATCH_AFTER = 4

READINGS = "readings"
BATCHES = "batches"
SHIPPED_PART = "shipped"


@dataclass(frozen=True, slots=True)
class ReadingSegment:
    """A reading's segment as a view uses it, and what it was built from."""

    content: ReadingContent
    parts: ReadingParts  # the reading as corpus parts (``reading_parts``)
    index: SearchIndex | None  # None: closed, while a batch holds the reading
    folder: Path | None  # where it is kept (None: in memory)
    meaning: bool
    # One passage of each (speaker, work, via) the segment names: how the view names them
    # is read from the view's copy of that passage (``renamed_ids``).
    samples: tuple[Passage, ...]

    def holds(self, content: ReadingContent) -> bool:
        return self.content is content or self.content == content

    def serves(self, content: ReadingContent, meaning: bool) -> bool:
        """Whether this open segment indexes ``content`` (ranked by meaning, when asked)."""
        return self.index is not None and self.holds(content) and (self.meaning or not meaning)


@dataclass(frozen=True, slots=True)
class BatchSegment:
    """Several readings of one server in one segment."""

    contents: tuple[ReadingContent, ...]
    index: SearchIndex
    meaning: bool
    samples: tuple[Passage, ...]  # one passage of each (source, speaker, work, via)

    def left_out(self, readings: Mapping[str, ReadingContent]) -> frozenset[str]:
        """The readings of the batch that ``readings`` no longer has as they were built."""
        return frozenset(
            content.reading.id
            for content in self.contents
            if not (
                content.reading.id in readings
                and (
                    readings[content.reading.id] is content
                    or readings[content.reading.id] == content
                )
            )
        )


@dataclass(frozen=True, slots=True)
class ViewParts:
    """A server's view's segments beside the shipped corpus's: one per reading (those a batch
    holds closed) and the batch."""

    readings: Mapping[str, ReadingSegment]
    batch: BatchSegment | None = None
    left_out: frozenset[str] = frozenset()  # readings of the batch the view does not read

    @property
    def unbatched(self) -> int:
        """How many readings the view reads from their own segments."""
        held = {c.reading.id for c in self.batch.contents} if self.batch else set()
        held -= self.left_out
        return sum(1 for reading_id in self.readings if reading_id not in held)

    @property
    def rebatch(self) -> bool:
        """Whether the readings are worth a (new) batch: many read from their own segments,
        or a batch read without some of its readings."""
        return self.unbatched > BATCH_AFTER or bool(self.left_out)


NO_PARTS = ViewParts({})


class ViewSegments:
    """Builds servers' views from segments (in worker threads), keeping each server's
    readings' segments open between two compositions of its view."""

    def __init__(self, shipped: GuildView, folder: Path | None) -> None:
        """``folder``: where the segments are kept (``None``: built in memory)."""
        self.shipped = shipped
        self.folder = folder
        self._swept = False

    def compose(
        self,
        disabled: Iterable[str],
        readings: list[ReadingContent],
        opened: ViewParts,
        *,
        meaning: bool = False,
        composed: Corpus | None = None,
        guild_id: int | None = None,
    ) -> tuple[GuildView, ViewParts]:
        """In a worker thread: the view of a server that disabled ``disabled`` and reads
        ``readings``, with its segments. Those of ``opened`` (the server's last view's) are
        taken as they are when their readings are unchanged (its batch read without the
        readings that changed or went); the others are opened from their folder, or built
        there: one batch of them all for ``guild_id`` when more than ``BATCH_AFTER`` would
        be. ``meaning``: segments ranked by sentence meaning too (embedding what the process
        has no vectors for yet). ``composed``: the corpus they compose, when a view of them
        was composed already (it is kept)."""
        shipped = self.shipped.corpus
        by_id = {content.reading.id: content for content in readings}
        batch = opened.batch
        if batch is not None and meaning and not batch.meaning:
            batch = None
        left_out = batch.left_out(by_id) if batch is not None else frozenset()
        if batch is not None and len(left_out) == len(batch.contents):
            batch, left_out = None, frozenset()
        batched = {c.reading.id for c in batch.contents} - left_out if batch else set()
        parts: dict[str, ReadingParts] = {}
        for reading_id, content in by_id.items():
            known = opened.readings.get(reading_id)
            holds = known is not None and known.holds(content)
            parts[reading_id] = known.parts if known and holds else reading_parts(content, shipped)
        corpus = composed or compose(shipped, set(disabled), readings, parts)
        if corpus is shipped:
            return self.shipped, NO_PARTS
        self._sweep_single_folder_views()
        unopened = [
            reading_id
            for reading_id, content in by_id.items()
            if reading_id not in batched
            and not ((known := opened.readings.get(reading_id)) and known.serves(content, meaning))
        ]
        if (
            batch is None
            and guild_id is not None
            and unopened
            and (
                len(unopened) > BATCH_AFTER
                or (not opened.readings and self._kept_batch(guild_id, readings, parts, meaning))
            )
        ):
            # Nothing open to read them from: one segment of them all, not one each (opened
            # when a batch of them is on disk already: a few readings left of a large library
            # after a restart are not indexed again one by one).
            batch = self._batch(guild_id, readings, parts, meaning)
            batched, left_out = set(by_id), frozenset()
            self._batched_away(batch)
        segments: list[Segment] = []
        off = frozenset(source for source in disabled if source in shipped.sources)
        part = self._shipped_part(off)
        if part is not None:
            segments.append(Segment(part))
        if batch is not None:
            samples = [p for p in batch.samples if p.source not in left_out]
            renamed = renamed_ids(samples, corpus)
            segments.append(Segment.leaving_out(batch.index, left_out, renamed))
        kept: dict[str, ReadingSegment] = {}
        for reading_id, content in by_id.items():
            reading = opened.readings.get(reading_id)
            if reading_id in batched:  # read from the batch
                if reading is None or not reading.holds(content):
                    reading = ReadingSegment(content, parts[reading_id], None, None, meaning, ())
                kept[reading_id] = reading
                continue
            if reading is None or not reading.serves(content, meaning):
                reading = self._reading_segment(content, parts[reading_id], meaning)
            kept[reading_id] = reading
            assert reading.index is not None
            segments.append(Segment(reading.index, renamed_ids(reading.samples, corpus)))
        view = GuildView(corpus, SegmentedIndex(corpus, segments))
        return view, ViewParts(kept, batch, left_out)

    def batch(self, guild_id: int, parts: ViewParts, meaning: bool) -> ViewParts:
        """In a worker thread: ``parts`` with every reading in one batch segment, built in
        the server's folder of batches (or opened there: a restart finds it), the readings'
        own segments closed. Once the batch is on disk for good, their folders are no longer
        the view's (``folders``): the server's library lets them go once no search reads
        them, and those no view of this process opened go at once (``_batched_away``); a
        reading enabled again after a batch was built without it is indexed on its own
        again, in a fraction of a second."""
        contents = [reading.content for reading in parts.readings.values()]
        made = {reading_id: reading.parts for reading_id, reading in parts.readings.items()}
        batch = self._batch(guild_id, contents, made, meaning)
        durable = self._batched_away(batch)
        closed = {
            reading_id: replace(reading, index=None, folder=None if durable else reading.folder)
            if reading.folder is not None
            else reading
            for reading_id, reading in parts.readings.items()
        }
        return ViewParts(closed, batch)

    def _batched_away(self, batch: BatchSegment) -> bool:
        """Make ``batch``'s folder durable, then remove the own segments' folders of its
        readings that no view of this process opened (left by an earlier run, or by a crash
        between the two steps): whether the batch is on disk (a restart between the two
        finds the batch, or the readings' own segments: one or the other, never neither)."""
        if not isinstance(batch.index, DiskIndex):
            return False
        make_durable(batch.index.folder)
        for content in batch.contents:
            for folder in self.reading_folders(content.reading.id):
                remove_library_index(folder, 0.0)
        return True

    def folders(self, view: GuildView, parts: ViewParts) -> set[Path]:
        """The segment folders ``view`` reads, and those of its readings a batch holds (the
        shipped corpus's own index aside)."""
        index = view.index
        found = {reading.folder for reading in parts.readings.values() if reading.folder}
        if isinstance(index, SegmentedIndex):
            found.update(
                s.index.folder
                for s in index.segments
                if isinstance(s.index, DiskIndex) and s.index is not self.shipped.index
            )
        return found

    def reading_folders(self, reading_id: str) -> list[Path]:
        """The folders of a reading's own segments (every version of it), under their names:
        never one being built beside its name or being removed (``.<name>.building-<pid>``,
        ``.<name>.removing-<pid>``), which its builder renames into place or its remover
        deletes; taking one away from them would break a build under way."""
        if self.folder is None:
            return []
        kept = self.folder / READINGS / reading_id
        if not kept.is_dir():
            return []
        return sorted(p for p in kept.iterdir() if p.is_dir() and not p.name.startswith("."))

    def _shipped_part(self, off: frozenset[str]) -> SearchIndex | None:
        """The shipped corpus's index less the sources in ``off`` (``None``: nothing left),
        opened from the folder the servers that disabled the same share (or built there)."""
        if not off:
            return self.shipped.index
        corpus = compose(self.shipped.corpus, off, [])
        if not corpus.passages:
            return None
        return self._index(corpus, SHIPPED_PART, self.shipped.index.sentence_meaning)

    def _reading_segment(
        self, content: ReadingContent, parts: ReadingParts, meaning: bool
    ) -> ReadingSegment:
        shipped = self.shipped.corpus
        corpus = compose(shipped, set(shipped.sources), [content], {content.reading.id: parts})
        index = self._index(corpus, f"{READINGS}/{content.reading.id}", meaning)
        samples = {(p.speaker, p.work, p.via): p for p in corpus.passages}
        folder = index.folder if isinstance(index, DiskIndex) else None
        return ReadingSegment(content, parts, index, folder, meaning, tuple(samples.values()))

    def _batch(
        self,
        guild_id: int,
        contents: list[ReadingContent],
        made: Mapping[str, ReadingParts],
        meaning: bool,
    ) -> BatchSegment:
        """``contents`` in one segment, in the server's folder of batches."""
        shipped = self.shipped.corpus
        corpus = compose(shipped, set(shipped.sources), contents, made)
        index = self._index(corpus, f"{BATCHES}/{guild_id}", meaning)
        samples = {(p.source, p.speaker, p.work, p.via): p for p in corpus.passages}
        return BatchSegment(tuple(contents), index, meaning, tuple(samples.values()))

    def _kept_batch(
        self,
        guild_id: int,
        contents: list[ReadingContent],
        made: Mapping[str, ReadingParts],
        meaning: bool,
    ) -> bool:
        """Whether the server's folder of batches holds one of exactly ``contents`` that
        ``_batch`` would open, not build (``library_index``'s rule)."""
        if self.folder is None:
            return False
        shipped = self.shipped.corpus
        digest = corpus_digest(compose(shipped, set(shipped.sources), contents, made))
        kept = self.folder / BATCHES / str(guild_id)
        return (kept / f"{digest}{MEANING}").is_dir() or (not meaning and (kept / digest).is_dir())

    def _index(self, corpus: Corpus, under: str, meaning: bool) -> SearchIndex:
        if self.folder is not None:
            try:
                index: SearchIndex = library_index(corpus, self.folder / under, meaning=meaning)
            except OSError as error:
                log.warning(
                    "library: servers' search indexes kept in memory from now on: %s cannot"
                    " be written (%s)",
                    self.folder,
                    error,
                )
                self.folder = None
            else:
                # The segment keeps its registries only: the view holds the passages.
                index.corpus = _registries(corpus)
                return index
        return SearchIndex(corpus, sentence_meaning=meaning)

    def _sweep_single_folder_views(self) -> None:
        """Remove the views of the layout before segments, once (their names are servers'
        ids; no view of this process opens them), and what removals cut short by a crash
        left (``remove_cut_short``)."""
        if self._swept or self.folder is None:
            return
        self._swept = True
        if not self.folder.is_dir():
            return
        for kind in (READINGS, BATCHES, SHIPPED_PART):
            remove_cut_short(self.folder / kind)
        old = [p for p in self.folder.iterdir() if p.is_dir() and p.name.isdigit()]
        for folder in old:
            shutil.rmtree(folder, ignore_errors=True)
        if old:
            log.info(
                "library: removed %d servers' search indexes of the layout before segments",
                len(old),
            )


def _registries(corpus: Corpus) -> Corpus:
    return Corpus(
        sources=corpus.sources.values(),
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=corpus.topics.values(),
        passages=(),
        source_texts={},  # the view's corpus has them
    )
