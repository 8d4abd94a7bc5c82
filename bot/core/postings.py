"""The passages' canonical words in a tantivy index, where search gathers its candidates.

tantivy (the official Python bindings of the Rust search engine) keeps the posting lists
compressed and answers a weighted disjunction of words with BM25 top-k (block-max WAND), so a
query of common words is as cheap as one of rare words. What makes Lectern's search its own
stays in ``bot.core.search`` on top of it: which words count for a query word (its spelling
variants, stems, typos, completions and words related in meaning, each with a weight), the
window scan, the rapidfuzz rerank and the highlights.

Passages go in as text already normalised by ``bot.core.normalize`` (so British and American
spellings, quotes and accents are one word here too), with the words of their speaker and work
in a second field and their filter values (speaker, source, kind, work, topics) as raw terms.

The index lives in memory (``WordIndex.in_memory``) or in a folder (``WordIndex.create`` /
``WordIndex.open``), whose files tantivy memory-maps: opening it reads no posting list until a
query needs it. A passage's position is a fast field (a column read in one call for a page of
hits, not a stored document decompressed per hit). Adding passages writes a new segment.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import tantivy

FILTER_FIELDS = ("speaker", "source", "kind", "work", "topic")
_WRITER_HEAP = 64_000_000  # bytes tantivy buffers before it writes a segment
_PHRASE_HITS = 10  # passages holding the query as a phrase taken first
_WORDS = "words"
_META = "meta"


@dataclass(frozen=True, slots=True)
class Entry:
    """One passage as the word index sees it."""

    position: int
    words: str  # canonical words, space-separated
    meta: str  # canonical words of its speaker's names and its work's titles
    filters: Mapping[str, Sequence[str]]  # field -> values (a passage has several topics)


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("position", fast=True)
    # Positions: a query's words as a phrase find the passage that holds them in that order.
    builder.add_text_field(_WORDS, tokenizer_name="whitespace", index_option="position")
    builder.add_text_field(_META, tokenizer_name="whitespace", index_option="freq")
    for name in FILTER_FIELDS:
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    return builder.build()


class WordIndexError(Exception):
    """A word index folder that cannot be opened (missing, damaged, another format)."""


class WordIndex:
    """Posting lists of canonical words; read by any number of threads, added to by one."""

    def __init__(self, index: tantivy.Index) -> None:
        self._schema = _schema()
        self._index = index
        self._index.reload()
        self._searcher = self._index.searcher()
        self._write_lock = threading.Lock()
        # Passages read as absent (``without``): one "source is X" query each.
        self._left_out: tuple[tantivy.Query, ...] = ()

    @classmethod
    def in_memory(cls, entries: Iterable[Entry]) -> WordIndex:
        """An index held in memory, built from ``entries``."""
        words = cls(tantivy.Index(_schema()))
        words.add(entries)
        return words

    @classmethod
    def create(cls, folder: Path, entries: Iterable[Entry]) -> WordIndex:
        """A new index in ``folder`` (created, and expected empty), built from ``entries``."""
        folder.mkdir(parents=True, exist_ok=True)
        words = cls(tantivy.Index(_schema(), path=str(folder), reuse=False))
        words.add(entries)
        return words

    @classmethod
    def open(cls, folder: Path) -> WordIndex:
        """The index a ``create`` wrote in ``folder``; ``WordIndexError`` when it cannot be."""
        try:
            if not tantivy.Index.exists(str(folder)):
                raise WordIndexError(f"no word index in {folder}")
            index = tantivy.Index.open(str(folder))
            for name in (_WORDS, _META, *FILTER_FIELDS):  # the fields this schema has
                tantivy.Query.term_query(index.schema, name, "")
            words = cls(index)
        except (ValueError, OSError) as error:
            raise WordIndexError(f"{folder}: {error}") from error
        return words

    @property
    def count(self) -> int:
        """Passages indexed."""
        return int(self._searcher.num_docs)

    def without(self, sources: Collection[str]) -> WordIndex:
        """This index as if the passages of ``sources`` were not in it: the same files, read
        only, never answering with those passages (a view leaving out readings an index
        holds, until it is rebuilt without them)."""
        masked = copy.copy(self)
        masked._left_out = tuple(
            tantivy.Query.term_query(self._schema, "source", source) for source in sorted(sources)
        )
        return masked

    def left_out(self, word: str | None = None) -> int:
        """How many of the passages ``without`` leaves out hold ``word`` in their words or
        their speaker's and work's (``None``: how many it leaves out)."""
        if not self._left_out:
            return 0
        should = tantivy.Occur.Should
        query = tantivy.Query.boolean_query([(should, source) for source in self._left_out])
        if word is not None:
            held = tantivy.Query.boolean_query(
                [(should, tantivy.Query.term_query(self._schema, f, word)) for f in (_WORDS, _META)]
            )
            must = tantivy.Occur.Must
            query = tantivy.Query.boolean_query([(must, query), (must, held)])
        found = self._searcher.search(query, 1, count=True)
        return int(found.count)  # type: ignore[attr-defined]  # (not in tantivy's stubs)

    def add(self, entries: Iterable[Entry]) -> None:
        """Index ``entries`` (one new segment) and make them searchable."""
        if self._left_out:
            raise TypeError("an index read without some passages takes none")
        with self._write_lock:
            writer = self._index.writer(heap_size=_WRITER_HEAP, num_threads=1)
            for entry in entries:
                fields: dict[str, object] = {
                    "position": entry.position,
                    _WORDS: entry.words,
                    _META: entry.meta,
                }
                fields.update(
                    {name: list(values) for name, values in entry.filters.items() if values}
                )
                writer.add_document(tantivy.Document(**fields))
            writer.commit()
            writer.wait_merging_threads()
            self._index.reload()
            self._searcher = self._index.searcher()

    def top(
        self,
        words: Sequence[tuple[str, float]],
        meta_factor: float,
        filters: Mapping[str, str],
        count: int,
        meta_words: Container[str] | None = None,
        phrase: Sequence[str] = (),
    ) -> list[int]:
        """Positions of the ``count`` passages best matching ``(word, weight)`` by BM25.

        A word found in a passage's speaker or work counts ``meta_factor`` as much; when the
        caller knows every word of that field (``meta_words``), the others are not asked there
        (they would match nothing, at the cost of a lookup each). The passages holding the
        words of ``phrase`` one after the other come first (a few, best by BM25). Every filter
        must hold.
        """
        if not words or count <= 0:
            return []
        should = tantivy.Occur.Should
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for word, weight in words:
            for field, factor in ((_WORDS, 1.0), (_META, meta_factor)):
                if field == _META and meta_words is not None and word not in meta_words:
                    continue
                term = tantivy.Query.term_query(self._schema, field, word)
                clauses.append((should, tantivy.Query.boost_query(term, weight * factor)))
        # Two searches: a disjunction of boosted terms alone is ranked by block-max WAND,
        # which skips most of the posting lists; a phrase among its clauses would stop that.
        found = []
        if len(phrase) > 1:
            together = tantivy.Query.phrase_query(self._schema, _WORDS, list(phrase))
            found = self._top(together, filters, min(count, _PHRASE_HITS))
        ranked = self._top(tantivy.Query.boolean_query(clauses), filters, count)
        return list(dict.fromkeys([*found, *ranked]))[:count]

    def _top(self, query: tantivy.Query, filters: Mapping[str, str], count: int) -> list[int]:
        if filters or self._left_out:
            must = tantivy.Occur.Must
            query = tantivy.Query.boolean_query(
                [
                    (must, query),
                    *(
                        (must, tantivy.Query.term_query(self._schema, name, value))
                        for name, value in filters.items()
                    ),
                    *((tantivy.Occur.MustNot, source) for source in self._left_out),
                ]
            )
        searcher = self._searcher
        hits = searcher.search(query, count, count=False).hits
        if not hits:
            return []
        positions = searcher.fast_field_values("position", [address for _, address in hits])
        return [int(position) for position in positions if position is not None]
