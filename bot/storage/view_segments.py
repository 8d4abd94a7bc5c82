"""Servers' views composed of index segments kept in folders of the cache.

    <cache>/indexes/libraries/
      readings/<reading id>/<digest>[-meaning]   one published reading's segment
      shipped/<digest>[-meaning]                 the shipped corpus less the sources some
                                                 servers disabled (shared by those servers)

The shipped corpus itself is the index ``lectern run`` opened (``shipped_index``), shared by
every view. A segment's folder is named by the digest of what it holds (``corpus_digest``):
a reading corrected after it was published is another segment; a restart opens the folders
again without building anything. Each is built beside its name and renamed into place
(``build_index``), so a half-built segment is never opened.

Views of the layout before segments (``libraries/<server id>/<digest>``: each server's whole
corpus, the shipped corpus's passages again in every one) are removed at the first view built.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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
from bot.storage.index_folders import library_index
from bot.storage.search_store import DiskIndex

log = logging.getLogger(__name__)

READINGS = "readings"
SHIPPED_PART = "shipped"


@dataclass(frozen=True, slots=True)
class ReadingSegment:
    """A reading's segment as a view uses it, and what it was built from."""

    content: ReadingContent
    parts: ReadingParts  # the reading as corpus parts (``reading_parts``)
    index: SearchIndex
    meaning: bool
    # One passage of each (speaker, work, via) the segment names: how the view names them
    # is read from the view's copy of that passage (``renamed_ids``).
    samples: tuple[Passage, ...]

    def serves(self, content: ReadingContent, meaning: bool) -> bool:
        """Whether this segment indexes ``content`` (ranked by meaning, when asked)."""
        same = self.content is content or self.content == content
        return same and (self.meaning or not meaning)


class ViewSegments:
    """Builds servers' views from segments (in worker threads), keeping each server's
    readings' segments open between two compositions of its view."""

    def __init__(self, shipped: GuildView, folder: Path | None) -> None:
        """``folder``: where the segments are kept (``None``: built in memory)."""
        self.shipped = shipped
        self.folder = folder
        self._shipped_parts: dict[frozenset[str], SearchIndex] = {}
        self._lock = threading.Lock()
        self._swept = False

    def compose(
        self,
        disabled: Iterable[str],
        readings: list[ReadingContent],
        opened: Mapping[str, ReadingSegment],
        *,
        meaning: bool = False,
        composed: Corpus | None = None,
    ) -> tuple[GuildView, dict[str, ReadingSegment]]:
        """In a worker thread: the view of a server that disabled ``disabled`` and reads
        ``readings``, with its readings' segments. Those in ``opened`` (the server's last
        view's) are taken as they are when their reading is unchanged; the others are opened
        from their folder, or built there. ``meaning``: segments ranked by sentence meaning
        too (embedding what the process has no vectors for yet). ``composed``: the corpus
        they compose, when a view of them was composed already (it is kept)."""
        shipped = self.shipped.corpus
        reused: dict[str, ReadingSegment] = {}
        parts: dict[str, ReadingParts] = {}
        for content in readings:
            known = opened.get(content.reading.id)
            if known is not None and known.serves(content, meaning):
                reused[content.reading.id] = known
                parts[content.reading.id] = known.parts
            else:
                parts[content.reading.id] = reading_parts(content, shipped)
        corpus = composed or compose(shipped, set(disabled), readings, parts)
        if corpus is shipped:
            return self.shipped, {}
        self._sweep_single_folder_views()
        segments: list[Segment] = []
        off = frozenset(source for source in disabled if source in shipped.sources)
        part = self._shipped_part(off)
        if part is not None:
            segments.append(Segment(part))
        kept: dict[str, ReadingSegment] = {}
        for content in readings:
            reading = reused.get(content.reading.id)
            if reading is None:
                reading = self._reading_segment(content, parts[content.reading.id], meaning)
            kept[content.reading.id] = reading
            segments.append(Segment(reading.index, renamed_ids(reading.samples, corpus)))
        return GuildView(corpus, SegmentedIndex(corpus, segments)), kept

    def folders(self, view: GuildView) -> set[Path]:
        """The segment folders ``view`` reads (the shipped corpus's own index aside)."""
        index = view.index
        if not isinstance(index, SegmentedIndex):
            return set()
        return {
            s.index.folder
            for s in index.segments
            if isinstance(s.index, DiskIndex) and s.index is not self.shipped.index
        }

    def _shipped_part(self, off: frozenset[str]) -> SearchIndex | None:
        """The shipped corpus's index less the sources in ``off`` (``None``: nothing left)."""
        if not off:
            return self.shipped.index
        with self._lock:
            found = self._shipped_parts.get(off)
        if found is not None:
            return found
        corpus = compose(self.shipped.corpus, off, [])
        if not corpus.passages:
            return None
        meaning = self.shipped.index.sentence_meaning
        index = self._index(corpus, SHIPPED_PART, meaning)
        with self._lock:
            return self._shipped_parts.setdefault(off, index)

    def _reading_segment(
        self, content: ReadingContent, parts: ReadingParts, meaning: bool
    ) -> ReadingSegment:
        shipped = self.shipped.corpus
        corpus = compose(shipped, set(shipped.sources), [content], {content.reading.id: parts})
        index = self._index(corpus, f"{READINGS}/{content.reading.id}", meaning)
        samples = {(p.speaker, p.work, p.via): p for p in corpus.passages}
        return ReadingSegment(content, parts, index, meaning, tuple(samples.values()))

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
        ids; no view of this process opens them)."""
        if self._swept or self.folder is None:
            return
        self._swept = True
        if not self.folder.is_dir():
            return
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
