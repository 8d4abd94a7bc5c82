"""Ranked search and autocomplete over the corpus, tolerant of typos and spelling variants.

``SearchIndex(corpus)`` builds, once, an inverted index from canonical words (see
``bot.core.normalize``) to passages. A query is answered in two steps:

1. candidates: every passage sharing a query word, or a near spelling of one (a typo, a plural,
   the prefix being typed), weighted by how rare the word is (IDF);
2. rerank: the best candidates are scored with rapidfuzz on the normalised text, so word order
   and whole phrases count.

The index is immutable after construction, so it can be shared between threads.
"""

from __future__ import annotations

import bisect
import heapq
import json
import math
import re
import threading
from array import array
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, pairwise
from typing import TYPE_CHECKING, Protocol, TypeVar

from rapidfuzz import fuzz, process

from bot.core.models import READABLE_KINDS, Corpus, Passage, PassageKind
from bot.core.normalize import (
    STOPWORDS,
    normalize,
    stem,
    stem_family,
    word_offsets,
    words,
)
from bot.core.postings import FILTER_FIELDS, Entry, WordIndex
from bot.core.semantic import (
    PassageVectors,
    RelatedWords,
    SentenceEncoder,
    load_encoder,
    load_word_vectors,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_T = TypeVar("_T")

MAX_CHOICES = 25
MAX_CHOICE_CHARS = 100

_CANDIDATES = 60  # passages reranked with rapidfuzz per search
_SUGGEST_CANDIDATES = 40  # the same, while a member types
_COMPLETIONS = 40  # indexed words a word being typed may become
_STOPWORD_FACTOR = 0.3  # a stopword of the query counts this much in gathering candidates
_RERANKED = 25  # of those, compared character by character with the query
# Hits a member's search asks for beyond its limit, so that the headings it puts after the
# passages leave their places to passages (as many are reranked anyway).
_SLACK = 5
_CHUNK = 64
_MEMBER_SETS_CACHED = 16  # filter sets kept built (speakers, topics in use)
_META_FACTOR = 0.7  # a word of the speaker's name or the work's title, not of the text
_TYPO_CUTOFF = 75.0
_MIN_WINDOW = 40  # words: a passage is scored by its best stretch this long (or 2x the query)
_CHARS_PER_WORD = 6  # a word and its space, on average in English: windows are measured in chars
_MEANING_WEIGHT = 20.0
_RELATED_FACTOR = 0.6  # a word related in meaning counts this much times its similarity
# Points added for a candidate's closeness in sentence meaning (cosine of its best window, the
# lexical score being out of 100), and how many candidates closest in meaning are compared
# besides the best-covered ones. Chosen on the odd-numbered half of the evaluation set's hard
# paraphrases (README of benchmarks/retrieval.py); the even half is the held-out check.
_SENTENCE_WEIGHT = 50.0
_MEANING_RERANKED = 10
# A search whose best candidate scores this much by its words alone (of 100), this far ahead of
# the next, found the member's own words: the sentence stage is not run (``_settled``). Chosen
# on the odd-numbered queries of every search category, at the shipped corpus and at 100,000
# passages, as the most searches settled with no odd-numbered query losing its passage @1 or
# @5; the even-numbered half is the held-out check (docs/retrieval.md).
_SETTLED_SCORE = 85.0
_SETTLED_LEAD = 5.0
_QUERIES_CACHED = 128  # query vectors kept (1.5 KB each)
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+")


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrict results to passages with these ids (``None`` means any)."""

    speaker: str | None = None
    work: str | None = None
    source: str | None = None
    topic: str | None = None
    kind: PassageKind | None = None


class Hit:
    """A ranked passage. ``spans`` are ``(start, end)`` offsets in ``passage.text`` to highlight:
    given, or worked out from the words that matched the first time they are read (most
    replies show no highlights, and then never pay for them)."""

    __slots__ = ("_matched", "_spans", "passage", "score")

    def __init__(
        self,
        passage: Passage,
        score: float,
        spans: tuple[tuple[int, int], ...] | frozenset[str] | None,
    ) -> None:
        """``spans``: the offsets, or the canonical words to highlight, or ``None`` for none."""
        self.passage = passage
        self.score = score
        self._spans = None if isinstance(spans, frozenset) else spans or ()
        self._matched = spans if isinstance(spans, frozenset) else frozenset()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        if self._spans is None:
            self._spans = highlight(self.passage.text, self._matched)
        return self._spans

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return (self.passage, self.score, self.spans) == (other.passage, other.score, other.spans)

    def __hash__(self) -> int:
        return hash((self.passage.id, self.score))

    def __repr__(self) -> str:
        return f"Hit(passage={self.passage.id!r}, score={self.score!r})"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One autocomplete choice: what the member sees and the value sent back (both ≤ 100)."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class _Term:
    """One distinct query word: its weight and the index words that count as it."""

    word: str
    weight: float
    variants: tuple[tuple[int, float], ...]  # (word id, how much a match counts: 0..1)
    padded: tuple[str, ...]  # each variant's word with a space either side


def choice_text(text: str) -> str:
    """``text`` made safe for an autocomplete label: one line, no control characters, ≤ 100."""
    flat = " ".join(_CONTROL_RE.sub(" ", text).split())
    return _truncate(flat, MAX_CHOICE_CHARS)


def _truncate(text: str, limit: int) -> str:
    # Discord counts UTF-16 code units; characters outside the BMP count twice.
    def units(s: str) -> int:
        return len(s.encode("utf-16-le")) // 2

    if units(text) <= limit:
        return text
    cut = text
    while units(cut) > limit - 1:
        cut = cut[: max(0, min(len(cut) - 1, limit - 1 - (units(cut) - len(cut))))]
    return cut.rstrip() + "…"


class PassageSource(Protocol):
    """Where an index reads its passages: a corpus's, in memory (``MemoryPassages``), or a
    store on disk (``bot.storage.search_store``), read only for the candidates of a query.
    Positions run from 0 in the order passages were added."""

    batch: int  # passages ``add`` takes at a time

    def __len__(self) -> int: ...

    def passages(self, positions: Sequence[int]) -> list[Passage]:
        """The passages at ``positions``, in that order."""
        ...

    def texts(self, positions: Sequence[int]) -> list[tuple[str, int]]:
        """Per position: the canonical text with a space either side (``_padded_norm``) and
        the length of the passage's own text."""
        ...

    def position(self, passage_id: str) -> int | None: ...

    def ids_from(self, start: str, limit: int) -> list[str]:
        """Up to ``limit`` passage ids from ``start`` on, in sorted order."""
        ...

    def add(self, passages: Sequence[Passage], norms: Sequence[str]) -> None:
        """Append ``passages`` (with their canonical texts) after the last position."""
        ...


class MemoryPassages:
    """The passages of a corpus in memory: what ``SearchIndex(corpus)`` reads."""

    batch = 1 << 62  # all at once: they are in memory already

    def __init__(self) -> None:
        self.all: tuple[Passage, ...] = ()
        self._position: dict[str, int] = {}
        self._ids: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.all)

    def passages(self, positions: Sequence[int]) -> list[Passage]:
        every = self.all
        return [every[i] for i in positions]

    def texts(self, positions: Sequence[int]) -> list[tuple[str, int]]:
        every = self.all
        return [(_padded_norm(every[i].text), len(every[i].text)) for i in positions]

    def position(self, passage_id: str) -> int | None:
        return self._position.get(passage_id)

    def ids_from(self, start: str, limit: int) -> list[str]:
        first = bisect.bisect_left(self._ids, start)
        return list(self._ids[first : first + limit])

    def add(self, passages: Sequence[Passage], norms: Sequence[str]) -> None:
        first = len(self.all)
        self._position.update((p.id, first + i) for i, p in enumerate(passages))
        self._ids = tuple(sorted(self._position))
        self.all = self.all + tuple(passages)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The indexed words, for typos, completions, stems and related words: one string per
    word and compact arrays, whatever the number of passages."""

    words: tuple[str, ...]  # by word id
    doc_freq: array[int]  # passages having each word
    vocab: dict[str, int]
    sorted_words: tuple[str, ...]
    by_length: dict[int, tuple[str, ...]]
    stems: dict[str, tuple[int, ...]]
    related: RelatedWords | None

    @classmethod
    def of(
        cls,
        words: Sequence[str],
        doc_freq: array[int],
        semantic: bool,
        stored: Mapping[str, bytes] | None = None,
        previous: _Lexicon | None = None,
    ) -> _Lexicon:
        """``stored``: the related words an index folder kept (``RelatedWords.saved``);
        ``previous``: this lexicon before words were added (its related words are extended)."""
        vocab = {word: word_id for word_id, word in enumerate(words)}
        by_length: dict[int, list[str]] = {}
        stems: dict[str, list[int]] = defaultdict(list)
        for word, word_id in vocab.items():
            by_length.setdefault(len(word), []).append(word)
            stems[stem(word)].append(word_id)
        vectors = load_word_vectors() if semantic else None
        return cls(
            words=tuple(words),
            doc_freq=doc_freq,
            vocab=vocab,
            sorted_words=tuple(sorted(vocab)),
            by_length={n: tuple(ws) for n, ws in by_length.items()},
            stems={key: tuple(ids) for key, ids in stems.items() if len(ids) > 1},
            related=(
                RelatedWords(vectors, vocab, stored, previous.related if previous else None)
                if vectors is not None
                else None
            ),
        )


@dataclass(frozen=True, slots=True)
class _Links:
    """What the index keeps per passage that a search without filters never reads: its
    neighbours in its source, where it starts, and the filter sets."""

    following: array[int]
    preceding: array[int]
    starts: array[int]
    filter_sets: dict[tuple[str, str], array[int]]  # (field, value) -> positions, ascending


# The saved state's rows of ``_Links``: an index opened from a folder reads them when first
# needed (a filter, a passage's neighbours, an addition), not when it opens.
LATER_ROWS = ("following", "preceding", "starts", "filter_members")


class LaterRows(Protocol):
    """Rows of a saved state read only when first needed (``bot.storage.search_store``)."""

    def size(self, name: str) -> int | None:
        """The row's length in bytes (``None``: no such row)."""
        ...

    def read(self, names: Sequence[str]) -> dict[str, bytes]: ...


class _Layout:
    """What the index keeps per passage, as arrays (4 or 8 bytes a passage): its speaker and
    work's words, and ``_Links`` (given, or read when first needed)."""

    __slots__ = ("_links", "_lock", "count", "meta_keys", "meta_of", "meta_words", "metas")

    def __init__(
        self,
        count: int,
        meta_of: array[int],  # position -> row of ``metas``
        metas: tuple[str, ...],  # padded canonical words of a speaker's names and a work's titles
        meta_keys: tuple[tuple[str, str | None], ...],  # (speaker, work) of each row of ``metas``
        meta_words: frozenset[str],  # every word of ``metas``
        links: _Links | Callable[[], _Links],
    ) -> None:
        self.count, self.meta_of, self.metas = count, meta_of, metas
        self.meta_keys, self.meta_words = meta_keys, meta_words
        self._links = links
        self._lock = threading.Lock()

    def links(self) -> _Links:
        links = self._links
        if isinstance(links, _Links):
            return links
        with self._lock:
            if not isinstance(self._links, _Links):
                self._links = self._links()
            return self._links

    @property
    def following(self) -> array[int]:
        return self.links().following

    @property
    def preceding(self) -> array[int]:
        return self.links().preceding

    @property
    def starts(self) -> array[int]:
        return self.links().starts

    @property
    def filter_sets(self) -> dict[tuple[str, str], array[int]]:
        return self.links().filter_sets


class _Meaning:
    """The window vectors of an index's passages, one ``PassageVectors`` per batch added."""

    def __init__(self, segments: Sequence[tuple[int, PassageVectors]]) -> None:
        self.segments = tuple(segments)  # (first position, vectors of the positions after)
        # The last queries' vectors: /compare speakers searches one query once per speaker,
        # and a page of results is often asked again (a query costs ~2 ms to embed).
        self._asked: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._lock = threading.Lock()

    def added(self, first: int, vectors: PassageVectors) -> _Meaning:
        return _Meaning([*self.segments, (first, vectors)])

    def query(self, text: str) -> npt.NDArray[np.float32]:
        with self._lock:
            found = self._asked.get(text)
            if found is not None:
                self._asked.move_to_end(text)
                return found
        vector = self.segments[0][1].query(text)
        with self._lock:
            self._asked[text] = vector
            if len(self._asked) > _QUERIES_CACHED:
                self._asked.popitem(last=False)
        return vector

    def closeness(self, query: npt.NDArray[np.float32], positions: Sequence[int]) -> list[float]:
        if len(self.segments) == 1:
            return self.segments[0][1].closeness(query, positions)
        firsts = [first for first, _ in self.segments]
        grouped: dict[int, list[int]] = defaultdict(list)
        for number, position in enumerate(positions):
            grouped[bisect.bisect_right(firsts, position) - 1].append(number)
        result = [0.0] * len(positions)
        for segment, numbers in grouped.items():
            first, vectors = self.segments[segment]
            local = [positions[n] - first for n in numbers]
            for number, value in zip(numbers, vectors.closeness(query, local), strict=True):
                result[number] = value
        return result


@dataclass(frozen=True, slots=True)
class WordCounts:
    """How many passages there are, and hold each word, across several indexes searched as
    one (``bot.core.segments``): a query word then weighs the same in each of them."""

    total: int
    holding: Callable[[str], int]  # passages holding a word
    kin: Callable[[str], int]  # distinct words of a stem (``normalize.stem``)
    completed: Callable[[str], int]  # the most passages a completion of a prefix is in


@dataclass(frozen=True, slots=True)
class _State:
    """Everything a search reads, replaced whole when passages are added (a search under way
    keeps the one it started with)."""

    layout: _Layout
    lexicon: _Lexicon
    meaning: _Meaning | None


class SearchIndex:
    """Search, autocomplete and speaker resolution over one corpus.

    ``SearchIndex(corpus)`` holds the corpus in memory and builds its word index there.
    ``bot.storage.search_store`` builds one into a folder and opens it again: the passages
    then stay on disk and are read for a query's candidates only. Either can take passages
    added later (``add``) without rebuilding the rest; searches in other threads meanwhile
    see the index before or after, never half of it."""

    def __init__(
        self, corpus: Corpus, *, semantic: bool = True, sentence_meaning: bool = True
    ) -> None:
        """Index ``corpus``. ``semantic`` adds words related in meaning to a query's words
        and ranks by closeness in sentence meaning too (``bot.core.semantic``) when the
        optional models are installed; the passages' window vectors are computed here (or
        read from the cache), so build the index off the event loop. ``sentence_meaning``
        False leaves the sentence vectors out (related words only): a build in a fraction of
        a second, where embedding new passages takes about 30 ms each."""
        source = MemoryPassages()
        self._setup(_registries(corpus), source, semantic)
        self.corpus = corpus
        self._words = WordIndex.in_memory(())
        self._state = self._ingested(
            self._empty_state(semantic), corpus.passages, semantic, sentence_meaning
        )

    @classmethod
    def build(
        cls,
        corpus: Corpus,
        source: PassageSource,
        words: WordIndex,
        *,
        semantic: bool = True,
        sentence_meaning: bool = True,
    ) -> SearchIndex:
        """Index ``corpus`` into an empty ``source`` and ``words`` (on disk: the store's)."""
        index = cls.__new__(cls)
        index._setup(_registries(corpus), source, semantic)
        index._words = words
        index._state = index._ingested(
            index._empty_state(semantic), corpus.passages, semantic, sentence_meaning
        )
        return index

    @classmethod
    def restore(
        cls,
        registries: Corpus,
        source: PassageSource,
        words: WordIndex,
        saved: Mapping[str, bytes],
        *,
        semantic: bool = True,
        meaning: Sequence[tuple[int, PassageVectors]] = (),
        later: LaterRows | None = None,
    ) -> SearchIndex:
        """An index as ``saved_state`` left it, reading ``source`` and ``words`` (and the rows
        ``saved`` lacks from ``later``, when first needed).

        ``ValueError`` when ``saved`` does not describe them (a damaged or partial store)."""
        index = cls.__new__(cls)
        index._setup(registries, source, semantic)
        index._words = words
        layout = _layout_from(saved, later)
        if layout.count != len(source) or layout.count != words.count:
            raise ValueError(
                f"{layout.count} passages saved, {len(source)} stored, {words.count} indexed"
            )
        word_table = saved["words"].decode("utf-8").split("\n") if saved["words"] else []
        doc_freq = _array("i", saved["doc_freq"])
        if len(word_table) != len(doc_freq):
            raise ValueError("the word list and its frequencies differ in length")
        index._state = _State(
            layout,
            _Lexicon.of(word_table, doc_freq, semantic, stored=saved),
            _Meaning(meaning) if meaning else None,
        )
        return index

    def saved_state(self) -> dict[str, bytes]:
        """What ``restore`` needs besides the passages and the word index, as bytes."""
        state = self._state
        layout = state.layout
        groups = [[field, value, len(members)] for (field, value), members in _sorted_sets(layout)]
        members = array("i")
        for _, positions in _sorted_sets(layout):
            members.extend(positions)
        related = state.lexicon.related.saved() if state.lexicon.related is not None else {}
        return {
            **related,
            "words": "\n".join(state.lexicon.words).encode("utf-8"),
            "doc_freq": state.lexicon.doc_freq.tobytes(),
            "meta_of": layout.meta_of.tobytes(),
            "metas": json.dumps([list(layout.metas), list(layout.meta_keys)]).encode("utf-8"),
            "following": layout.following.tobytes(),
            "preceding": layout.preceding.tobytes(),
            "starts": layout.starts.tobytes(),
            "filter_groups": json.dumps(groups).encode("utf-8"),
            "filter_members": members.tobytes(),
        }

    def add(self, addition: Corpus) -> None:
        """Index the passages of ``addition`` after the others (its registries' entries are
        merged in: the speakers, works, sources and topics its passages name). Slow work (a
        new segment of the word index, window vectors): call it off the event loop. One
        ``add`` at a time; searches go on meanwhile."""
        with self._add_lock:
            fresh = [p for p in addition.passages if self._source.position(p.id) is None]
            registries = _merged(self.corpus, addition)
            state = self._ingested(
                self._state,
                fresh,
                self._semantic_wanted,
                self._state.meaning is not None,
                registries=registries,
            )
            if self._memory is not None:
                registries = Corpus(
                    sources=registries.sources.values(),
                    speakers=registries.speakers.values(),
                    works=registries.works.values(),
                    topics=registries.topics.values(),
                    passages=self._memory.all,
                    source_texts=registries.source_texts,
                )
            self.corpus = registries
            self._state = state
            self._speaker_keys = self._build_speaker_keys()

    # ----------------------------------------------------------------------------- build

    def _setup(self, registries: Corpus, source: PassageSource, semantic: bool) -> None:
        self.corpus = registries
        self._source = source
        self._memory = source if isinstance(source, MemoryPassages) else None
        self._semantic_wanted = semantic
        self._add_lock = threading.Lock()
        self._member_sets: dict[tuple[str, str], frozenset[int]] = {}
        self._member_lock = threading.Lock()
        self._speaker_keys = self._build_speaker_keys()

    def _empty_state(self, semantic: bool) -> _State:
        empty = array("i")
        layout = _Layout(0, empty, (), (), frozenset(), _Links(empty, empty, array("q"), {}))
        return _State(layout, _Lexicon.of((), array("i"), semantic), None)

    def _ingested(
        self,
        state: _State,
        passages: Sequence[Passage],
        semantic: bool,
        sentence_meaning: bool,
        registries: Corpus | None = None,
    ) -> _State:
        """``state`` with ``passages`` added to the source, the word index and the arrays."""
        registries = registries or self.corpus
        old = state.layout
        first = old.count
        doc_freq: Counter[str] = Counter()
        metas = list(old.metas)
        meta_keys = list(old.meta_keys)
        meta_row = {key: row for row, key in enumerate(meta_keys)}
        meta_sets = [frozenset(m.split()) for m in metas]
        meta_of = array("i", old.meta_of)
        starts = array("q", old.starts)
        filter_lists: dict[tuple[str, str], list[int]] = defaultdict(list)
        batch: list[Passage] = []
        norms: list[str] = []

        def flush() -> None:
            self._source.add(batch, norms)
            batch.clear()
            norms.clear()

        def entries() -> Iterator[Entry]:
            for offset, passage in enumerate(passages):
                position = first + offset
                norm = normalize(passage.text)
                key = (passage.speaker, passage.work)
                row = meta_row.get(key)
                if row is None:
                    row = meta_row[key] = len(metas)
                    padded, found = _meta_words(registries, passage)
                    metas.append(padded)
                    meta_keys.append(key)
                    meta_sets.append(found)
                meta_of.append(row)
                starts.append(passage.start)
                doc_freq.update(set(norm.split()).union(meta_sets[row]))
                values = _filter_values(passage)
                for field, field_values in values.items():
                    for value in field_values:
                        filter_lists[(field, value)].append(position)
                batch.append(passage)
                norms.append(norm)
                if len(batch) >= self._source.batch:
                    flush()
                yield Entry(position, norm, metas[row], values)
            if batch:
                flush()

        self._words.add(entries())
        count = first + len(passages)
        filter_sets = dict(old.filter_sets)
        for key, members in filter_lists.items():
            filter_sets[key] = array("i", filter_sets.get(key, array("i"))) + array("i", members)
        following = array("i", old.following) + array("i", [-1]) * len(passages)
        preceding = array("i", old.preceding) + array("i", [-1]) * len(passages)
        touched = {value for (field, value) in filter_lists if field == "source"}
        for value in touched:
            in_order = sorted(filter_sets[("source", value)], key=starts.__getitem__)
            for before, after in pairwise(in_order):
                following[before] = after
                preceding[after] = before
        layout = _Layout(
            count,
            meta_of,
            tuple(metas),
            tuple(meta_keys),
            frozenset(word for meta in metas for word in meta.split()),
            _Links(following, preceding, starts, filter_sets),
        )
        lexicon = state.lexicon
        if doc_freq:
            word_table = list(lexicon.words)
            frequencies = array("i", lexicon.doc_freq)
            for word, seen in doc_freq.items():
                word_id = lexicon.vocab.get(word)
                if word_id is None:
                    word_table.append(word)
                    frequencies.append(seen)
                else:
                    frequencies[word_id] += seen
            lexicon = _Lexicon.of(word_table, frequencies, semantic, previous=lexicon)
        meaning = state.meaning
        encoder = load_encoder() if semantic and sentence_meaning and passages else None
        if encoder is not None:
            vectors = self._new_vectors(encoder, first, passages)
            meaning = meaning.added(first, vectors) if meaning else _Meaning([(first, vectors)])
        with self._member_lock:
            self._member_sets.clear()
        return _State(layout, lexicon, meaning)

    def _new_vectors(
        self, encoder: SentenceEncoder, first: int, passages: Sequence[Passage]
    ) -> PassageVectors:
        """The window vectors of ``passages``, added at ``first``: in memory here (cached or
        embedded, partly in the background); an index on disk writes them to its folder."""
        return PassageVectors(encoder, [p.text for p in passages])

    def _build_speaker_keys(self) -> dict[str, str]:
        keys: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        for speaker in self.corpus.speakers.values():
            for name in (speaker.id, speaker.name, *speaker.aliases):
                key = _name_key(name)
                if key:
                    keys.setdefault(key, speaker.id)
                    surnames.setdefault(key.split()[-1], set()).add(speaker.id)
        for surname, ids in surnames.items():
            if len(ids) == 1:
                keys.setdefault(surname, next(iter(ids)))
        return keys

    # ------------------------------------------------------------------------ public API

    def __len__(self) -> int:
        return self._state.layout.count

    @property
    def semantic(self) -> bool:
        """Whether paraphrase search is on: related words or sentence meaning (or both)."""
        state = self._state
        return state.lexicon.related is not None or state.meaning is not None

    @property
    def sentence_meaning(self) -> bool:
        """Whether results are ranked by closeness in sentence meaning too."""
        return self._state.meaning is not None

    def get(self, passage_id: str) -> Passage | None:
        """The indexed passage with this id (as typed: spaces and capitals ignored)."""
        position = self.position(passage_id.strip().lower())
        return None if position is None else self._source.passages([position])[0]

    def position(self, passage_id: str) -> int | None:
        """Where the passage with this id stands in the index (in the order added)."""
        position = self._source.position(passage_id)
        return position if position is not None and position < len(self) else None

    def search(
        self,
        query: str,
        filters: Filters | None = None,
        limit: int = 10,
        *,
        by_meaning: bool = True,
    ) -> list[Hit]:
        """The passages best matching ``query`` under ``filters``, best first.

        ``by_meaning=False`` ranks by the words alone: verify, which looks for the passage
        whose very words were pasted, spares itself embedding a long paste."""
        return self._search(query, filters or Filters(), limit, prefix=False, meaning=by_meaning)

    def passages(self, filters: Filters | None = None) -> list[Passage]:
        """Every passage matching ``filters``, in index order."""
        return self._first(filters or Filters(), None)

    def following(self, passage: Passage) -> Passage | None:
        """The next passage of the same source essay, in the order of the text."""
        return self._neighbour(passage, self._state.layout.following)

    def preceding(self, passage: Passage) -> Passage | None:
        """The previous passage of the same source essay, in the order of the text."""
        return self._neighbour(passage, self._state.layout.preceding)

    def resolve_speaker(self, name: str) -> str | None:
        """The speaker id for a name as members write it ("Lenin", "V.I. Lenin", "stalin")."""
        key = _name_key(name)
        if not key:
            return None
        found = self._speaker_keys.get(key)
        if found is not None:
            return found
        last = self._speaker_keys.get(key.split()[-1])
        if last is not None:
            return last
        match = process.extractOne(
            key, list(self._speaker_keys), scorer=fuzz.ratio, score_cutoff=85.0
        )
        return self._speaker_keys[match[0]] if match else None

    def suggest_passages(
        self, text: str, limit: int = MAX_CHOICES, filters: Filters | None = None
    ) -> list[Suggestion]:
        """Passages for an autocomplete box: by id prefix, then by text as typed."""
        limit = max(0, min(limit, MAX_CHOICES))
        typed = text.strip()
        filters = filters or Filters()
        if not typed:
            return [self._passage_choice(p) for p in self._first(filters, limit)]
        allowed = self._allowed(filters)
        count = self._state.layout.count
        chosen: list[Passage] = []
        id_key = typed.casefold()
        prefixed: list[int] = []
        for passage_id in self._source.ids_from(id_key, limit):
            if not passage_id.startswith(id_key):
                break
            position = self._source.position(passage_id)
            if (
                position is not None
                and position < count
                and (allowed is None or position in allowed)
            ):
                prefixed.append(position)
        chosen.extend(self._source.passages(prefixed))
        # "r-i" is an id being typed: passages whose text starts with "I" are no answer.
        typing_an_id = bool(chosen) and _ID_PREFIX.fullmatch(id_key) is not None
        if len(chosen) < limit and not typing_an_id:
            seen = {p.id for p in chosen}
            for hit in self._search(typed, filters, limit, prefix=True):
                if hit.passage.id not in seen:
                    chosen.append(hit.passage)
        return [self._passage_choice(p) for p in chosen[:limit]]

    def suggest_speakers(self, text: str, limit: int = MAX_CHOICES) -> list[Suggestion]:
        counts = self._counts("speaker")
        options = [
            (s.name, s.id, (s.name, *s.aliases), counts.get(s.id, 0))
            for s in self.corpus.speakers.values()
        ]
        return _suggest(text, options, limit)

    def suggest_topics(self, text: str, limit: int = MAX_CHOICES) -> list[Suggestion]:
        counts = self._counts("topic")
        options = [
            (t.name, t.id, (t.name, *t.keywords), counts.get(t.id, 0))
            for t in self.corpus.topics.values()
        ]
        return _suggest(text, options, limit)

    def suggest_works(self, text: str, limit: int = MAX_CHOICES) -> list[Suggestion]:
        counts = self._counts("work")
        options = []
        for work in self.corpus.works.values():
            label = f"{work.title} ({work.date})" if work.date else work.title
            options.append((label, work.id, (work.title, *work.aliases), counts.get(work.id, 0)))
        return _suggest(text, options, limit)

    def normalized_text(self, passage: Passage) -> str:
        """The canonical text of an indexed passage (as ``normalize(passage.text)``)."""
        return _padded_norm(passage.text)[1:-1]

    # -------------------------------------------------------------------------- internals

    def _neighbour(self, passage: Passage, links: array[int]) -> Passage | None:
        position = self._source.position(passage.id)
        if position is None or position >= len(links) or links[position] < 0:
            return None
        return self._source.passages([links[position]])[0]

    def _counts(self, field: str) -> dict[str, int]:
        sets = self._state.layout.filter_sets
        return {value: len(members) for (f, value), members in sets.items() if f == field}

    def _members(self, field: str, value: str) -> frozenset[int]:
        """The positions of the passages whose ``field`` is ``value``."""
        key = (field, value)
        sets = self._state.layout.filter_sets
        with self._member_lock:  # searches run in worker threads
            found = self._member_sets.get(key)
            if found is None:
                found = frozenset(sets.get(key, ()))
                if len(self._member_sets) >= _MEMBER_SETS_CACHED:
                    del self._member_sets[next(iter(self._member_sets))]
                self._member_sets[key] = found
            return found

    def _allowed(self, filters: Filters) -> frozenset[int] | None:
        allowed: frozenset[int] | None = None
        for field in ("speaker", "work", "source", "topic", "kind"):
            value = getattr(filters, field)
            if value is None:
                continue
            members = self._members(field, value)
            allowed = members if allowed is None else allowed & members
        return allowed

    def _first(self, filters: Filters, limit: int | None) -> list[Passage]:
        """The first ``limit`` (``None``: all) passages matching ``filters``, in index order."""
        count = self._state.layout.count
        allowed = self._allowed(filters)
        if allowed is None:
            positions: Sequence[int] = range(count if limit is None else min(limit, count))
        else:
            positions = sorted(allowed)[:limit]
        return self._source.passages(positions)

    def _passage_choice(self, passage: Passage) -> Suggestion:
        speaker = self.corpus.speaker_name(passage.speaker)
        return Suggestion(label=choice_text(f"{speaker}: {passage.text}"), value=passage.id)

    def _stem_words(self, key: str) -> list[str]:
        """The words of this index whose stem is ``key``."""
        lexicon = self._state.lexicon
        group = lexicon.stems.get(key)
        if group is not None:
            return [lexicon.words[word_id] for word_id in group]
        return [word for word in stem_family(key) if word in lexicon.vocab]

    def _completed_words(self, prefix: str) -> list[str]:
        """The indexed words a word being typed may become (the first in sorted order)."""
        return _completions(self._state.lexicon, prefix)

    def _holding(self, word: str) -> int:
        """How many passages of this index hold ``word`` (a canonical word) or name it in
        their speaker's name or work's title."""
        lexicon = self._state.lexicon
        word_id = lexicon.vocab.get(word)
        return 0 if word_id is None else lexicon.doc_freq[word_id]

    def _terms(
        self,
        state: _State,
        query_words: list[str],
        prefix: bool,
        counts: WordCounts | None = None,
    ) -> list[_Term]:
        """The query's terms, weighted by how rare each is here (or in ``counts``)."""
        lexicon = state.lexicon
        total = max(1, counts.total if counts is not None else state.layout.count)

        def holding(word_id: int) -> int:
            if counts is None:
                return lexicon.doc_freq[word_id]
            return max(1, counts.holding(lexicon.words[word_id]))

        terms: list[_Term] = []
        distinct = list(dict.fromkeys(query_words))
        widened = [
            w
            for i, w in enumerate(distinct)
            if w not in STOPWORDS and not w.isdigit() and not (prefix and i == len(distinct) - 1)
        ]
        meanings = lexicon.related.of(widened) if lexicon.related is not None else {}
        for position, word in enumerate(distinct):
            variants: dict[int, float] = {}
            exact = lexicon.vocab.get(word)
            # Held by some passage of the indexes searched as one, if not by this one's.
            elsewhere = counts.holding(word) if counts is not None and exact is None else 0
            if exact is not None:
                variants[exact] = 1.0
            kin = 0  # words of its stem in the indexes searched as one
            if word not in STOPWORDS:
                key = stem(word)
                group = lexicon.stems.get(key, ())
                kin = counts.kin(key) if counts is not None else 0
                if not group and kin > 1:  # one word of the stem here, others elsewhere
                    group = tuple(lexicon.vocab[w] for w in self._stem_words(key))
                for related in group:
                    variants.setdefault(related, 0.85)
            typing = prefix and position == len(distinct) - 1 and len(word) >= 2
            if typing:
                for completion in _completions(lexicon, word):
                    variants.setdefault(lexicon.vocab[completion], 0.9)
            # A word the vectors know as English is not a misspelling: it is widened by
            # meaning below, not "corrected" to a corpus word that looks like it.
            if (
                not variants
                and not elsewhere
                and kin < 2
                and len(word) >= 4
                and not word.isdigit()
                and not (lexicon.related is not None and word in lexicon.related)
            ):
                for near in _near_spellings(lexicon, word):
                    variants.setdefault(lexicon.vocab[near], 0.8)
            for related_id, similarity in meanings.get(word, ()):
                variants.setdefault(related_id, _RELATED_FACTOR * similarity)
            sizes = [holding(v) for v in variants]
            if exact is not None:
                df = holding(exact)
            elif elsewhere:
                df = elsewhere
            elif typing and counts is not None and sizes:
                df = max(1, counts.completed(word))
            else:
                df = max(sizes) if typing and sizes else min(sizes, default=1)
            weight = math.log(1.0 + total / df)
            if word in STOPWORDS:
                weight *= 0.3
            words_of = tuple(f" {lexicon.words[v]} " for v in variants)
            terms.append(_Term(word, weight, tuple(variants.items()), words_of))
        return terms

    def _search(
        self,
        query: str,
        filters: Filters,
        limit: int,
        prefix: bool,
        meaning: bool = False,
        counts: WordCounts | None = None,
        *,
        settle: bool = True,
    ) -> list[Hit]:
        """The ranked hits. ``meaning``: rank by sentence meaning too (when the index has it),
        unless the words settle the query (``_settled``) and ``settle`` allows that: a caller
        comparing the scores of several calls (segments of one view) passes ``settle=False``,
        so every call's scores are on the same scale. ``counts``: the words' statistics over
        every segment of the view (``bot.core.segments``)."""
        limit = max(0, limit)
        query_words = words(query)
        if not query_words or limit == 0:
            chosen = self._first(filters, limit) if not query_words else []
            return [Hit(p, 0.0, ()) for p in chosen]
        state = self._state
        terms = self._terms(state, query_words, prefix, counts)
        word_table = state.lexicon.words
        # While a member types, stopwords do not gather candidates beside content words, nor
        # do the stopwords the last word may become ("th": "the", "that"): their posting lists
        # (nearly every passage) would be most of tantivy's work, and autocomplete must answer
        # within its budget at a million passages. The window scan still counts them. A search
        # keeps them: at scale they tell its candidates apart (recall @5 drops without them).
        weighted = _weighted(terms, word_table, terms[-1].word) if prefix else []
        if not weighted:
            weighted = _weighted(terms, word_table, None)
        keep = _SUGGEST_CANDIDATES if prefix else _CANDIDATES
        wanted = {
            field: value
            for field in FILTER_FIELDS
            if (value := getattr(filters, field)) is not None
        }
        # Candidates: BM25 over every word that counts for the query, weighted (tantivy).
        # A passage added since this search began is left to the next one.
        layout = state.layout
        # A query of indexed words also asks for them as a phrase: the passage that holds
        # them in that order is among the candidates, however common each word is.
        vocab = state.lexicon.vocab
        phrase = query_words if not prefix and all(w in vocab for w in query_words) else []
        found = self._words.top(weighted, _META_FACTOR, wanted, keep, layout.meta_words, phrase)
        best = [i for i in found if i < layout.count]
        if not best:
            return []
        # The candidates' canonical texts: from memory, or read from disk in one go.
        texts = dict(zip(best, self._source.texts(best), strict=True))
        query_norm = " ".join(query_words)
        total_weight = sum(t.weight for t in terms) or 1.0
        window = max(_MIN_WINDOW, 2 * len(query_words))
        scan = _WindowScan(terms, window)
        covered_by: list[tuple[float, int, tuple[int, int]]] = []
        for index in best:
            covered, span = scan.best(texts[index][0], layout.metas[layout.meta_of[index]])
            covered_by.append((covered / total_weight, index, span))
        # The string similarity (costly for long queries) only for the best-covered passages,
        # and only against their best window: a long passage does not win by its length.
        covered_by.sort(key=lambda item: (-item[0], texts[item[1]][1]))
        chunks = _chunks(query_norm)
        pad = len(query_words) * _CHARS_PER_WORD
        reranked = covered_by[: max(limit, _RERANKED)]
        # A passage holding the query verbatim is compared, however many shorter ones have
        # its words too.
        padded = f" {query_norm} "
        holding = {index for index in best if padded in texts[index][0]}
        compared = {index for _, index, _ in reranked}
        reranked += [item for item in covered_by if item[1] in holding - compared]
        related = state.lexicon.related

        def lexical(items: Sequence[tuple[float, int, tuple[int, int]]]) -> list[float]:
            """0.55 similarity + 45 coverage + related words' closeness (at most 100)."""
            stretches = [
                _excerpt(texts[index][0], first - pad, last + pad)
                for _, index, (first, last) in items
            ]
            closeness = (
                related.closeness(query_words, [stretch.split() for stretch in stretches])
                if related is not None
                else [0.0] * len(stretches)
            )
            scores = []
            for (coverage, _, _), stretch, close in zip(items, stretches, closeness, strict=True):
                score = 0.55 * _similarity(chunks, f" {stretch} ") + 45.0 * coverage
                scores.append(min(100.0, score + _MEANING_WEIGHT * max(0.0, close)))
            return scores

        scores = dict(zip((index for _, index, _ in reranked), lexical(reranked), strict=True))
        sense: dict[int, float] = {}  # candidate -> cosine of its window closest in meaning
        if state.meaning is not None and meaning and not (settle and _settled(scores.values())):
            query_vector = state.meaning.query(query)
            positions = [index for _, index, _ in covered_by]
            cosines = state.meaning.closeness(query_vector, positions)
            sense = dict(zip(positions, cosines, strict=True))
            # The candidates closest in meaning are compared too, whatever words they share.
            closest = sorted(covered_by, key=lambda item: -sense[item[1]])[:_MEANING_RERANKED]
            extra = [item for item in closest if item[1] not in scores]
            scores.update(zip((index for _, index, _ in extra), lexical(extra), strict=True))
        out_of = 100.0 + (_SENTENCE_WEIGHT if sense else 0.0)
        # Meaning reorders, but never puts a passage above one that holds the query verbatim.
        verbatim = holding if sense else set()
        # Score = 0.55 similarity + 45 coverage + meaning, out of 100 (150 with sentences).
        ranked = [
            (
                index not in verbatim,
                -(score + _SENTENCE_WEIGHT * max(0.0, sense.get(index, 0.0))),
                index,
            )
            for index, score in scores.items()
        ]
        ranked.sort(key=lambda item: (item[0], item[1], texts[item[2]][1]))
        matched = frozenset(w.strip() for t in terms for w in t.padded)
        top = ranked[:limit]
        shown = self._source.passages([index for _, _, index in top])
        return [
            Hit(passage, round(-score * 100.0 / out_of, 2), None if prefix else matched)
            for (_, score, _), passage in zip(top, shown, strict=True)
        ]


def member_search(
    index: SearchIndex, query: str, filters: Filters | None = None, limit: int = 10
) -> list[Hit]:
    """What a member's search shows (``/quote search``, ``lectern search``): the best hits,
    with the passages a member quotes or discusses before headings and front matter. A
    heading is short and made of its section's topic words, so the words of a search can
    match it best ("inner-party democracy" against the heading "Inner-party democracy") when
    what the member wants is a passage under it. (Verify and compare rank every kind alike.)"""
    limit = max(0, limit)
    hits = index.search(query, filters, limit + _SLACK)
    return sorted(hits, key=lambda hit: hit.passage.kind not in READABLE_KINDS)[:limit]


def _settled(scores: Iterable[float]) -> bool:
    """Whether the words alone settle a search: one candidate holds the query near-verbatim
    (its lexical score ≥ 85 of 100) and leads every other by 5 points or more. The sentence
    stage (~2 ms to embed the query, more under load) then is not run: it is for queries in
    other words."""
    best, second = heapq.nlargest(2, chain(scores, (0.0, 0.0)))
    return best >= _SETTLED_SCORE and best - second >= _SETTLED_LEAD


def _weighted(
    terms: Sequence[_Term], word_table: Sequence[str], typed: str | None
) -> list[tuple[str, float]]:
    """Every index word that counts for ``terms``, with its weight. With ``typed`` (the word
    being typed, the last term): no stopword, not as a term nor as what ``typed`` may become,
    unless it was typed in full (empty when nothing else is left)."""
    found: list[tuple[str, float]] = []
    for term in terms:
        scale = _STOPWORD_FACTOR if term.word in STOPWORDS else 1.0
        for word_id, factor in term.variants:
            word = word_table[word_id]
            if typed is None or word not in STOPWORDS or word == typed:
                found.append((word, factor * scale))
    return found


def _completions(lexicon: _Lexicon, prefix: str, limit: int = _COMPLETIONS) -> list[str]:
    start = bisect.bisect_left(lexicon.sorted_words, prefix)
    found: list[str] = []
    for word in lexicon.sorted_words[start : start + limit]:
        if not word.startswith(prefix):
            break
        found.append(word)
    return found


def _near_spellings(lexicon: _Lexicon, word: str) -> list[str]:
    pool: list[str] = []
    for length in range(len(word) - 1, len(word) + 2):
        pool.extend(lexicon.by_length.get(length, ()))
    matches = process.extract(word, pool, scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF, limit=3)
    return [m[0] for m in matches]


class _WindowScan:
    """Weighted coverage of a query's words by the best window of a passage.

    Content words count only if they stand within ``window`` words of each other, so a long
    passage that has every word somewhere does not beat a short one that has them together.
    Stopwords and the words of the speaker's name or work count wherever they stand.
    """

    def __init__(self, terms: list[_Term], window: int) -> None:
        self.window = window * _CHARS_PER_WORD
        self.weights = [t.weight for t in terms]
        content: dict[str, list[tuple[int, float]]] = {}
        self.anywhere: list[tuple[float, list[tuple[str, float]]]] = []
        self.meta: list[tuple[int, float, list[tuple[str, float]]]] = []
        for number, term in enumerate(terms):
            checks = sorted(
                zip((w[1:-1] for w in term.padded), (f for _, f in term.variants), strict=True),
                key=lambda check: -check[1],
            )
            if term.word in STOPWORDS:
                self.anywhere.append((term.weight, checks))
                continue
            self.meta.append((number, term.weight, checks))
            for word, factor in checks:
                content.setdefault(word, []).append((number, factor))
        # word -> (" word ", term number, factor): the words that count for one term (most);
        # word -> (" word ", ((term number, factor), ...)): those that count for several.
        self.single = {
            word: (f" {word} ", *entries[0])
            for word, entries in content.items()
            if len(entries) == 1
        }
        self.shared = {
            word: (f" {word} ", tuple(entries))
            for word, entries in content.items()
            if len(entries) > 1
        }
        # Every word a passage is asked for: its words are looked up in this small set, not
        # gathered into a set of their own.
        self.asked = frozenset(content).union(w for _, checks in self.anywhere for w, _ in checks)
        self._meta_found: dict[str, list[tuple[int, float]]] = {}

    def best(self, norm: str, meta: str) -> tuple[float, tuple[int, int]]:
        """(weighted coverage, (first, last) character offsets in ``norm``, a passage's
        ``_padded_norm``, of the best window's first and last matched words)."""
        covered = 0.0
        present = self.asked.intersection(norm.split())  # the words asked that it holds
        for weight, checks in self.anywhere:
            for word, factor in checks:
                if word in present:
                    covered += weight * factor
                    break
        # Where each content word stands, as character offsets in the normalised text (found
        # at C speed; a window of N words is taken as N average words of characters).
        hits: list[tuple[int, int, float]] = []
        find, append = norm.find, hits.append
        single, shared = self.single, self.shared
        for word in present:
            one = single.get(word)
            if one is not None:
                needle, number, factor = one
                found = find(needle)
                while found >= 0:
                    append((found, number, factor))
                    found = find(needle, found + 1)
            elif word in shared:
                needle, entries = shared[word]
                found = find(needle)
                while found >= 0:
                    hits.extend([(found, number, factor) for number, factor in entries])
                    found = find(needle, found + 1)
        hits.sort()
        best_score, span = self._slide(hits)
        if not hits:
            span = (0, self.window)
        # A word found only in the speaker's name or the work's title counts, more weakly.
        in_text = {number for _, number, _ in hits}
        for number, points in self._in_meta(meta):
            if number not in in_text:
                best_score += points
        return covered + best_score, span

    def _in_meta(self, meta: str) -> list[tuple[int, float]]:
        """(term number, points) of each content term found in ``meta``, a padded string of
        speaker and work words (a few distinct ones per query: worked out once each)."""
        found = self._meta_found.get(meta)
        if found is None:
            words_of = set(meta.split())
            found = []
            for number, weight, checks in self.meta:
                for word, factor in checks:
                    if word in words_of:
                        found.append((number, weight * factor * _META_FACTOR))
                        break
            self._meta_found[meta] = found
        return found

    def _slide(self, hits: list[tuple[int, int, float]]) -> tuple[float, tuple[int, int]]:
        """The best window over ``hits`` (position, term, factor), in one pass: each term
        counts once, by its best factor inside the window."""
        weights = self.weights
        if not hits or hits[-1][0] - hits[0][0] < self.window:
            return self._in_one_window(hits)
        inside: dict[int, dict[float, int]] = {}  # term -> factor -> occurrences in window
        best_of: dict[int, float] = {}
        score = best_score = 0.0
        span = (0, 0)
        left = 0
        for position, number, factor in hits:
            factors = inside.setdefault(number, {})
            factors[factor] = factors.get(factor, 0) + 1
            if factor > best_of.get(number, 0.0):
                score += weights[number] * (factor - best_of.get(number, 0.0))
                best_of[number] = factor
            while position - hits[left][0] >= self.window:
                _, gone, old = hits[left]
                left += 1
                remaining = inside[gone]
                remaining[old] -= 1
                if remaining[old]:
                    continue
                del remaining[old]
                if old == best_of[gone]:
                    now = max(remaining, default=0.0)
                    score += weights[gone] * (now - old)
                    best_of[gone] = now
            if score > best_score + 1e-9:
                best_score, span = score, (hits[left][0], position)
        return best_score, span

    def _in_one_window(self, hits: list[tuple[int, int, float]]) -> tuple[float, tuple[int, int]]:
        """``_slide`` when every hit stands in the first window (most passages): nothing
        leaves it, so no occurrences are counted."""
        weights = self.weights
        best_of: dict[int, float] = {}
        score = best_score = 0.0
        span = (0, 0)
        for position, number, factor in hits:
            old = best_of.get(number, 0.0)
            if factor > old:
                score += weights[number] * (factor - old)
                best_of[number] = factor
            if score > best_score + 1e-9:
                best_score, span = score, (hits[0][0], position)
        return best_score, span


def _filter_values(passage: Passage) -> dict[str, tuple[str, ...]]:
    """What each filter of ``Filters`` matches in ``passage``."""
    return {
        "speaker": (passage.speaker,),
        "source": (passage.source,),
        "kind": (passage.kind,),
        "work": (passage.work,) if passage.work is not None else (),
        "topic": tuple(passage.topics),
    }


def _chunks(query_norm: str) -> list[str]:
    """The normalised query cut at word boundaries into pieces of at most 64 characters,
    the size rapidfuzz compares fastest (bit-parallel); a long query is several pieces."""
    if len(query_norm) <= _CHUNK:
        return [query_norm]
    pieces: list[str] = []
    current = ""
    for word in query_norm.split():
        if current and len(current) + 1 + len(word) > _CHUNK:
            pieces.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word[:_CHUNK]
    pieces.append(current)
    return pieces


def _similarity(chunks: list[str], norm: str) -> float:
    """How well the query's pieces each stand somewhere in ``norm`` (0..100)."""
    total = sum(len(c) for c in chunks)
    return sum(fuzz.partial_ratio(c, norm) * len(c) for c in chunks) / total


@lru_cache(maxsize=2048)
def _offsets(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    norms, starts, ends = word_offsets(text)
    return tuple(norms), tuple(starts), tuple(ends)


def _excerpt(norm: str, start: int, end: int) -> str:
    """The whole words of ``norm`` that stand in (or across) characters ``start``..``end``."""
    start = max(0, start)
    begin = norm.rfind(" ", 0, start + 1) if start > 0 else 0
    finish = norm.find(" ", end)
    return norm[max(0, begin) : finish if finish >= 0 else len(norm)]


@lru_cache(maxsize=8192)
def _padded_norm(text: str) -> str:
    """``normalize(text)`` with a space either side (so " word " finds whole words)."""
    return f" {normalize(text)} "


def highlight(text: str, matched: AbstractSet[str]) -> tuple[tuple[int, int], ...]:
    """Offsets in ``text`` of runs of words in ``matched`` (runs of only stopwords dropped)."""
    norms, starts, ends = _offsets(text)
    spans: list[tuple[int, int]] = []
    run_first = -1
    run_has_content = False
    hits = list(compress(range(len(norms)), map(matched.__contains__, norms)))
    for position, i in enumerate(hits):
        if run_first < 0:
            run_first = i
        run_has_content = run_has_content or norms[i] not in STOPWORDS
        following = hits[position + 1] if position + 1 < len(hits) else -1
        if following != i + 1:
            if run_has_content:
                spans.append((starts[run_first], ends[i]))
            run_first, run_has_content = -1, False
    return tuple(spans)


def _name_key(name: str) -> str:
    return normalize(name.replace(".", " "))


def _registries(corpus: Corpus, passages: Iterable[Passage] = ()) -> Corpus:
    """``corpus``'s sources, speakers, works, topics and source texts, with ``passages``."""
    return Corpus(
        sources=corpus.sources.values(),
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=corpus.topics.values(),
        passages=passages,
        source_texts=corpus.source_texts,
    )


def _merged(registries: Corpus, addition: Corpus) -> Corpus:
    """``registries`` with the entries of ``addition`` they lack (no passages)."""

    def both(mine: Mapping[str, _T], theirs: Mapping[str, _T]) -> Iterable[_T]:
        return {**theirs, **mine}.values()

    return Corpus(
        sources=both(registries.sources, addition.sources),
        speakers=both(registries.speakers, addition.speakers),
        works=both(registries.works, addition.works),
        topics=both(registries.topics, addition.topics),
        passages=(),
        source_texts={**addition.source_texts, **registries.source_texts},
    )


def _meta_words(registries: Corpus, passage: Passage) -> tuple[str, frozenset[str]]:
    """Words of the passage's speaker and work, searchable as weaker matches."""
    names: list[str] = []
    speaker = registries.speakers.get(passage.speaker)
    if speaker is not None:
        names.extend((speaker.name, *speaker.aliases))
    work = registries.works.get(passage.work) if passage.work else None
    if work is not None:
        names.extend((work.title, *work.aliases))
    found = [w for w in words(" ".join(names)) if w not in STOPWORDS]
    return f" {' '.join(dict.fromkeys(found))} ", frozenset(found)


def _sorted_sets(layout: _Layout) -> list[tuple[tuple[str, str], array[int]]]:
    return sorted(layout.filter_sets.items())


def _array(typecode: str, data: bytes) -> array[int]:
    values = array(typecode)
    values.frombytes(data)
    return values


def _layout_from(saved: Mapping[str, bytes], later: LaterRows | None = None) -> _Layout:
    """The arrays ``SearchIndex.saved_state`` wrote; ``ValueError`` when they disagree. The
    rows of ``_Links`` missing from ``saved`` are read from ``later`` when first needed (their
    sizes are checked now)."""
    try:
        metas, keys = json.loads(saved["metas"])
        groups = [
            (str(field), str(value), int(size))
            for field, value, size in json.loads(saved["filter_groups"])
        ]
        meta_of = _array("i", saved["meta_of"])
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"saved index state unreadable: {error!r}") from error
    count = len(meta_of)
    if len(metas) != len(keys):
        raise ValueError("saved index arrays differ in length")
    links: _Links | Callable[[], _Links]
    if later is None or all(name in saved for name in LATER_ROWS):
        links = _links_from(saved, groups, count)
    else:
        item = array("i").itemsize
        sizes = {
            "following": count * item,
            "preceding": count * item,
            "starts": count * array("q").itemsize,
            "filter_members": sum(size for _, _, size in groups) * item,
        }
        if any(later.size(name) != size for name, size in sizes.items()):
            raise ValueError("saved index arrays differ in length")

        def links() -> _Links:
            return _links_from(later.read(LATER_ROWS), groups, count)

    return _Layout(
        count,
        meta_of,
        tuple(metas),
        tuple((speaker, work) for speaker, work in keys),
        frozenset(word for meta in metas for word in meta.split()),
        links,
    )


def _links_from(
    saved: Mapping[str, bytes], groups: Sequence[tuple[str, str, int]], count: int
) -> _Links:
    try:
        following = _array("i", saved["following"])
        preceding = _array("i", saved["preceding"])
        starts = _array("q", saved["starts"])
        members = _array("i", saved["filter_members"])
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"saved index state unreadable: {error!r}") from error
    if {len(following), len(preceding), len(starts)} != {count}:
        raise ValueError("saved index arrays differ in length")
    filter_sets: dict[tuple[str, str], array[int]] = {}
    offset = 0
    for field, value, size in groups:
        filter_sets[(field, value)] = members[offset : offset + size]
        offset += size
    if offset != len(members):
        raise ValueError("saved filter sets do not add up")
    return _Links(following, preceding, starts, filter_sets)


# Below this a fuzzy name match is noise ("len" is not "Carlos Rule").
_FUZZY_CUTOFF = 75.0
# What an id looks like while it is typed: letters or digits, a dash, maybe more.
_ID_PREFIX = re.compile(r"[a-z0-9]+-[a-z0-9-]*")


def _suggest(
    text: str,
    options: list[tuple[str, str, tuple[str, ...], int]],
    limit: int,
) -> list[Suggestion]:
    """Rank ``(label, value, names, weight)`` options against what the member typed."""
    limit = max(0, min(limit, MAX_CHOICES))
    typed = normalize(text)
    scored: list[tuple[float, int, str, str]] = []
    for label, value, names, weight in options:
        if not typed:
            score = 0.0
        else:
            # Names as members read them; the internal id only when there is no name.
            score = max(_name_score(typed, normalize(n)) for n in (names or (value,)))
            if score < _FUZZY_CUTOFF:
                continue
        scored.append((score, weight, label, value))
    scored.sort(key=lambda item: (-item[0], -item[1], item[2]))
    if scored and scored[0][0] >= 90.0:  # names that contain what was typed: only those
        scored = [item for item in scored if item[0] >= 90.0]
    return [
        Suggestion(label=choice_text(label) or choice_text(value), value=value[:MAX_CHOICE_CHARS])
        for _, _, label, value in scored[:limit]
    ]


def _name_score(typed: str, name: str) -> float:
    if not name:
        return 0.0
    if name.startswith(typed) or any(part.startswith(typed) for part in name.split()):
        return 100.0
    if typed in name:
        return 90.0
    return float(fuzz.partial_ratio(typed, name)) if len(typed) >= 3 else 0.0
