"""A server's search index composed of segments: one per part of what the server reads.

A server's view reads the shipped corpus (or the part of it the server did not disable) and
each of its published, enabled readings. Each part is indexed on its own, once
(``bot.storage.index_folders``): the shipped corpus's index is the one every server shares,
and a reading's segment is built when it is published and dropped when it is removed. A
change to one reading builds or drops that reading's segment only; the view is composed
again from the segments it already had, in a fraction of a second whatever the library's size.

``SegmentedIndex`` answers as one index over the composed corpus would:

- a search asks every segment that may hold a match for its best ``limit`` hits and keeps
  the best ``limit`` of them all. A hit's score is its passage's own (similarity of its best
  window to the query, how much of the query it covers, closeness in meaning), so scores from
  two segments compare; each segment gathering its own candidates finds at least what one
  index gathering for all would. A passage holding the query verbatim stays above those that
  only come close in meaning, as in one index.
- sentence meaning ranks results only when every segment has it, so two passages are never
  ranked one with it and one without.
- passages come back as the composed corpus holds them: a reading's speaker or work that the
  server's library names once for several readings has the view's id.
"""

from __future__ import annotations

import bisect
import copy
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from itertools import islice

from bot.core.models import Corpus, Passage
from bot.core.normalize import normalize, words
from bot.core.search import (
    _COMPLETIONS,
    _ID_PREFIX,
    MAX_CHOICES,
    Filters,
    Hit,
    SearchIndex,
    Suggestion,
    WordCounts,
    _filter_values,
    _settled,
)

_HELD_CACHED = 4096  # words whose count among left-out passages a segment keeps


@dataclass(frozen=True, slots=True)
class Segment:
    """One part of a view: its index, and the view's ids of the speakers and works whose
    id the index holds under another one (a reading's entry merged with an earlier
    reading's of the same name). ``left_out``: sources the index holds that the view no
    longer reads (a reading removed, disabled or corrected since the index was built): never
    answered, and not counted in how rare a word is (``leaving_out``)."""

    index: SearchIndex
    renamed: tuple[tuple[str, str], ...] = ()  # (id in the segment, id in the view)
    left_out: frozenset[str] = frozenset()
    hidden: int = 0  # passages of ``left_out``
    _held: dict[str, int] = dataclass_field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def leaving_out(
        cls,
        index: SearchIndex,
        sources: Collection[str],
        renamed: tuple[tuple[str, str], ...] = (),
    ) -> Segment:
        """A segment of ``index`` read without the passages of ``sources``: a search's
        candidates are gathered from the others only (the word index leaves them out), so
        answers are as many and as fast as from an index built without them."""
        if not sources:
            return cls(index, renamed)
        words = index._words.without(sources)
        masked = copy.copy(index)  # the same files and arrays, read through ``words``
        masked._words = words
        return cls(masked, renamed, frozenset(sources), words.left_out())

    def __len__(self) -> int:
        return len(self.index) - self.hidden

    def holding(self, word: str) -> int:
        """How many passages the view reads from this segment hold ``word``."""
        held = self.index._holding(word)
        if not self.left_out or held == 0:
            return held
        hidden = self._held.get(word)
        if hidden is None:
            if len(self._held) >= _HELD_CACHED:
                self._held.clear()
            hidden = self._held[word] = self.index._words.left_out(word)
        return held - hidden

    def local(self, filters: Filters) -> Filters | None:
        """``filters`` as this segment names things; ``None`` when no passage of it can match."""
        registries = self.index.corpus
        speaker, work = self._own(filters.speaker), self._own(filters.work)
        if (
            (speaker is not None and speaker not in registries.speakers)
            or (work is not None and work not in registries.works)
            or (filters.source is not None and filters.source not in registries.sources)
            or filters.source in self.left_out
            or (filters.topic is not None and filters.topic not in registries.topics)
        ):
            return None
        return replace(filters, speaker=speaker, work=work)

    def _own(self, view_id: str | None) -> str | None:
        """The segment's id of what the view calls ``view_id``."""
        if view_id is None:
            return None
        return next((mine for mine, theirs in self.renamed if theirs == view_id), view_id)


def renamed_ids(passages: Iterable[Passage], view: Corpus) -> tuple[tuple[str, str], ...]:
    """The (segment id, view id) pairs of the speakers and works a segment's ``passages``
    name under another id in ``view`` (the composed corpus holding the same passages)."""
    pairs: dict[str, str] = {}
    for passage in passages:
        shown = view.get(passage.id)
        if shown is None:
            continue
        for mine, theirs in (
            (passage.speaker, shown.speaker),
            (passage.work, shown.work),
            (passage.via, shown.via),
        ):
            if mine is not None and theirs is not None and mine != theirs:
                pairs[mine] = theirs
    return tuple(sorted(pairs.items()))


class SegmentedIndex(SearchIndex):
    """Search, autocomplete and speaker resolution over ``corpus``, a server's composed
    corpus, answered from ``segments`` that index its parts (in the corpus's order)."""

    def __init__(self, corpus: Corpus, segments: Sequence[Segment]) -> None:
        # Not SearchIndex.__init__: nothing is indexed here. What the inherited speaker and
        # topic lookups read is set up; every method that reads passages is overridden.
        self.corpus = corpus
        self.segments = tuple(segments)
        self._speaker_keys = self._build_speaker_keys()
        self._ids: list[str] | None = None  # the corpus's passage ids, sorted (autocomplete)
        self._masked = any(segment.left_out for segment in self.segments)
        self._tallies: dict[str, dict[str, int]] = {}  # ``_counts``, when a segment is masked

    # ------------------------------------------------------------------------ public API

    def __len__(self) -> int:
        return sum(len(segment) for segment in self.segments)

    @property
    def semantic(self) -> bool:
        return any(segment.index.semantic for segment in self.segments)

    @property
    def sentence_meaning(self) -> bool:
        return bool(self.segments) and all(s.index.sentence_meaning for s in self.segments)

    def add(self, addition: Corpus) -> None:
        raise TypeError("a composed index takes no passages: compose it again with a segment")

    def saved_state(self) -> dict[str, bytes]:
        raise TypeError("a composed index is not saved: its segments are")

    def get(self, passage_id: str) -> Passage | None:
        return self.corpus.get(passage_id)

    def position(self, passage_id: str) -> int | None:
        passage = self.corpus.get(passage_id)
        if passage is None:
            return None
        offset = 0
        for segment in self.segments:
            found = (
                None if passage.source in segment.left_out else segment.index.position(passage.id)
            )
            if found is not None:
                return offset + found
            offset += len(segment.index)
        return None

    def search(
        self,
        query: str,
        filters: Filters | None = None,
        limit: int = 10,
        *,
        by_meaning: bool = True,
    ) -> list[Hit]:
        filters = filters or Filters()
        limit = max(0, limit)
        if limit == 0:
            return []
        if not words(query):
            return [Hit(p, 0.0, ()) for p in self._first(filters, limit)]
        meaning = by_meaning and self.sentence_meaning
        searched = list(self._searched(filters))
        counts = self._word_counts()
        if counts is None:  # one segment (or none left by the filters): it is one index
            hits = [
                hit
                for segment, local in searched
                for hit in segment.index.search(query, local, limit, by_meaning=meaning)
            ]
            for hit in hits:
                hit.passage = self._shown(hit.passage)
            return hits
        # By their words first: when they settle the search over every segment's candidates,
        # the sentence stage is not run, as in one index (``search._settled``).
        found: list[Hit] = []
        for segment, local in searched:
            found.extend(segment.index._search(query, local, max(limit, 2), False, False, counts))
        if not meaning or _settled(hit.score for hit in found):
            return self._best(query, found, limit, by_meaning=False)
        found = []
        for segment, local in searched:
            found.extend(
                segment.index._search(query, local, limit, False, True, counts, settle=False)
            )
        return self._best(query, found, limit, by_meaning=True)

    def passages(self, filters: Filters | None = None) -> list[Passage]:
        return self._first(filters or Filters(), None)

    def following(self, passage: Passage) -> Passage | None:
        segment = self._segment_of(passage)
        found = segment.index.following(passage) if segment is not None else None
        return self._shown(found) if found is not None else None

    def preceding(self, passage: Passage) -> Passage | None:
        segment = self._segment_of(passage)
        found = segment.index.preceding(passage) if segment is not None else None
        return self._shown(found) if found is not None else None

    def suggest_passages(
        self, text: str, limit: int = MAX_CHOICES, filters: Filters | None = None
    ) -> list[Suggestion]:
        """By id prefix, then by text as typed, as one index answers: the ids from the
        composed corpus, the text matches of every segment ranked together."""
        limit = max(0, min(limit, MAX_CHOICES))
        typed = text.strip()
        filters = filters or Filters()
        if not typed:
            return [self._passage_choice(p) for p in self._first(filters, limit)]
        id_key = typed.casefold()
        ids = self._sorted_ids()
        chosen: list[Passage] = []
        for passage_id in ids[bisect.bisect_left(ids, id_key) :]:
            if len(chosen) >= limit or not passage_id.startswith(id_key):
                break
            passage = self.corpus.by_id[passage_id]
            if _matches(passage, filters):
                chosen.append(passage)
        # "r-i" is an id being typed: passages whose text starts with "I" are no answer.
        typing_an_id = bool(chosen) and _ID_PREFIX.fullmatch(id_key) is not None
        if len(chosen) < limit and not typing_an_id:
            found: list[Hit] = []
            counts = self._word_counts()
            for segment, local in self._searched(filters):
                found.extend(segment.index._search(typed, local, limit, True, False, counts))
            seen = {p.id for p in chosen}
            for hit in self._best(typed, found, limit, by_meaning=False):
                if hit.passage.id not in seen:
                    chosen.append(hit.passage)
        return [self._passage_choice(p) for p in chosen[:limit]]

    # -------------------------------------------------------------------------- internals

    def _word_counts(self) -> WordCounts | None:
        """Words weighed by how rare they are in the whole view, not in each segment: a
        passage scores as it would in one index of the composed corpus."""
        if len(self.segments) <= 1 and not self._masked:
            return None
        seen: dict[str, int] = {}
        stems: dict[str, int] = {}

        def holding(word: str) -> int:
            found = seen.get(word)
            if found is None:
                found = seen[word] = sum(s.holding(word) for s in self.segments)
            return found

        def read(segment: Segment, found: list[str]) -> list[str]:
            """``found`` less the words only left-out passages of ``segment`` hold."""
            return [w for w in found if segment.holding(w)] if segment.left_out else found

        def kin(key: str) -> int:
            found = stems.get(key)
            if found is None:
                family = {w for s in self.segments for w in read(s, s.index._stem_words(key))}
                found = stems[key] = len(family)
            return found

        def completed(prefix: str) -> int:
            words = sorted(
                {w for s in self.segments for w in read(s, s.index._completed_words(prefix))}
            )
            return max((holding(word) for word in words[:_COMPLETIONS]), default=0)

        return WordCounts(len(self), holding, kin, completed)

    def _searched(self, filters: Filters) -> Iterator[tuple[Segment, Filters]]:
        for segment in self.segments:
            local = segment.local(filters)
            if local is not None:
                yield segment, local

    def _best(self, query: str, hits: list[Hit], limit: int, *, by_meaning: bool) -> list[Hit]:
        """The best ``limit`` of the segments' hits, as one index ranks them (``by_meaning``:
        ranked by sentence meaning too, under those that hold the query verbatim)."""
        padded = f" {' '.join(words(query))} "
        ranked = []
        for number, hit in enumerate(hits):
            shown = self._shown(hit.passage)
            verbatim = by_meaning and padded in f" {normalize(shown.text)} "
            ranked.append((not verbatim, -hit.score, len(shown.text), number, shown, hit))
        ranked.sort(key=lambda item: item[:4])
        best = []
        for *_, shown, hit in ranked[:limit]:
            hit.passage = shown
            best.append(hit)
        return best

    def _first(self, filters: Filters, limit: int | None) -> list[Passage]:
        """The first ``limit`` (``None``: all) passages matching ``filters``, in the order of
        the composed corpus (the segments' order)."""
        chosen = (p for p in self.corpus.passages if _matches(p, filters))
        return list(chosen if limit is None else islice(chosen, limit))

    def _sorted_ids(self) -> list[str]:
        ids = self._ids
        if ids is None:  # worked out once, at the first id typed (two threads: same list)
            ids = self._ids = sorted(self.corpus.by_id)
        return ids

    def _counts(self, field: str) -> dict[str, int]:
        if self._masked:  # the segments' counts hold left-out passages: the view's own
            tally = self._tallies.get(field)
            if tally is None:
                tally = self._tallies[field] = _tally(self.corpus.passages, field)
            return tally
        counts: Counter[str] = Counter()
        for segment in self.segments:
            renamed = dict(segment.renamed)
            for value, count in segment.index._counts(field).items():
                counts[renamed.get(value, value)] += count
        return dict(counts)

    def _shown(self, passage: Passage) -> Passage:
        """The passage as the view holds it (its ids of speakers and works)."""
        return self.corpus.get(passage.id) or passage

    def _segment_of(self, passage: Passage) -> Segment | None:
        for segment in self.segments:
            source = passage.source
            if source in segment.index.corpus.sources and source not in segment.left_out:
                return segment
        return None


def _matches(passage: Passage, filters: Filters) -> bool:
    return (
        filters.speaker in (None, passage.speaker)
        and filters.work in (None, passage.work)
        and filters.source in (None, passage.source)
        and filters.kind in (None, passage.kind)
        and (filters.topic is None or filters.topic in passage.topics)
    )


def _tally(passages: Iterable[Passage], field: str) -> dict[str, int]:
    """How many of ``passages`` have each value of ``field`` (a filter's field)."""
    counts: Counter[str] = Counter()
    for passage in passages:
        counts.update(_filter_values(passage)[field])
    return dict(counts)
