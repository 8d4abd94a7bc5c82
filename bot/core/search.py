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
import math
import re
import threading
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, pairwise

from rapidfuzz import fuzz, process

from bot.core.models import Corpus, Passage, PassageKind
from bot.core.normalize import (
    STOPWORDS,
    normalize,
    stem,
    word_offsets,
    words,
)
from bot.core.postings import FILTER_FIELDS, Entry, WordIndex
from bot.core.semantic import PassageVectors, RelatedWords, load_encoder, load_word_vectors

MAX_CHOICES = 25
MAX_CHOICE_CHARS = 100

_CANDIDATES = 60  # passages reranked with rapidfuzz per search
_SUGGEST_CANDIDATES = 40  # the same, while a member types
_STOPWORD_FACTOR = 0.3  # a stopword of the query counts this much in gathering candidates
_RERANKED = 25  # of those, compared character by character with the query
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
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+")


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrict results to passages with these ids (``None`` means any)."""

    speaker: str | None = None
    work: str | None = None
    source: str | None = None
    topic: str | None = None
    kind: PassageKind | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A ranked passage. ``spans`` are ``(start, end)`` offsets in ``passage.text`` to highlight."""

    passage: Passage
    score: float
    spans: tuple[tuple[int, int], ...]


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


class SearchIndex:
    """Search, autocomplete and speaker resolution over one corpus. Immutable after build."""

    def __init__(
        self, corpus: Corpus, *, semantic: bool = True, sentence_meaning: bool = True
    ) -> None:
        """Index ``corpus``. ``semantic`` adds words related in meaning to a query's words
        and ranks by closeness in sentence meaning too (``bot.core.semantic``) when the
        optional models are installed; the passages' window vectors are computed here (or
        read from the cache), so build the index off the event loop. ``sentence_meaning``
        False leaves the sentence vectors out (related words only): a build in a fraction of
        a second, where embedding new passages takes about 30 ms each."""
        self.corpus = corpus
        self._passages: tuple[Passage, ...] = corpus.passages
        doc_freq: Counter[str] = Counter()
        metas: list[str] = []
        meta_words: dict[tuple[str, str | None], tuple[str, frozenset[str]]] = {}

        def entries() -> Iterator[Entry]:
            for index, passage in enumerate(self._passages):
                norm = normalize(passage.text)
                key = (passage.speaker, passage.work)
                meta = meta_words.get(key)
                if meta is None:
                    meta = meta_words[key] = self._meta_words(passage)
                metas.append(meta[0])
                doc_freq.update(set(norm.split()).union(meta[1]))
                yield Entry(index, norm, meta[0], _filter_values(passage))

        self._words = WordIndex(entries())
        self._metas: tuple[str, ...] = tuple(metas)
        vocab = {word: word_id for word_id, word in enumerate(doc_freq)}
        self._vocab = vocab
        self._word_table: tuple[str, ...] = tuple(vocab)  # dicts keep insertion order = ids
        self._doc_freq = array("i", doc_freq.values())  # passages having each word
        self._position_of = {p.id: i for i, p in enumerate(self._passages)}
        in_order = sorted(range(len(self._passages)), key=self._source_order)
        following = array("i", [-1]) * len(self._passages)
        preceding = array("i", [-1]) * len(self._passages)
        for before, after in pairwise(in_order):
            if self._passages[before].source == self._passages[after].source:
                following[before] = after
                preceding[after] = before
        self._following = following
        self._preceding = preceding
        self._sorted_words: tuple[str, ...] = tuple(sorted(vocab))
        by_length: dict[int, list[str]] = {}
        for word in vocab:
            by_length.setdefault(len(word), []).append(word)
        self._words_by_length = {n: tuple(ws) for n, ws in by_length.items()}
        stems: dict[str, list[int]] = defaultdict(list)
        for word, word_id in vocab.items():
            stems[stem(word)].append(word_id)
        self._stems = {key: tuple(ids) for key, ids in stems.items() if len(ids) > 1}
        vectors = load_word_vectors() if semantic else None
        self._related = RelatedWords(vectors, vocab) if vectors is not None else None
        encoder = load_encoder() if semantic and sentence_meaning else None
        self._meaning = (
            PassageVectors(encoder, [p.text for p in self._passages])
            if encoder is not None
            else None
        )
        self._filter_sets = self._build_filter_sets()
        self._member_sets: dict[tuple[str, str], frozenset[int]] = {}
        self._member_lock = threading.Lock()
        self._ids: tuple[str, ...] = tuple(sorted(corpus.by_id))
        self._speaker_keys = self._build_speaker_keys()

    # ----------------------------------------------------------------------------- build

    def _meta_words(self, passage: Passage) -> tuple[str, frozenset[str]]:
        """Words of the passage's speaker and work, searchable as weaker matches."""
        names: list[str] = []
        speaker = self.corpus.speakers.get(passage.speaker)
        if speaker is not None:
            names.extend((speaker.name, *speaker.aliases))
        work = self.corpus.works.get(passage.work) if passage.work else None
        if work is not None:
            names.extend((work.title, *work.aliases))
        found = [w for w in words(" ".join(names)) if w not in STOPWORDS]
        return f" {' '.join(dict.fromkeys(found))} ", frozenset(found)

    def _build_filter_sets(self) -> dict[tuple[str, str], array[int]]:
        speaker: dict[str, list[int]] = defaultdict(list)
        source: dict[str, list[int]] = defaultdict(list)
        kind: dict[str, list[int]] = defaultdict(list)
        work: dict[str, list[int]] = defaultdict(list)
        topic: dict[str, list[int]] = defaultdict(list)
        for index, passage in enumerate(self._passages):
            speaker[passage.speaker].append(index)
            source[passage.source].append(index)
            kind[passage.kind].append(index)
            if passage.work is not None:
                work[passage.work].append(index)
            for name in passage.topics:
                topic[name].append(index)
        fields = {"speaker": speaker, "source": source, "kind": kind, "work": work, "topic": topic}
        # Compact arrays (4 bytes a passage); the sets a filtered search needs are made from
        # them on demand and a few are cached (``_members``).
        return {
            (field, value): array("i", members)
            for field, groups in fields.items()
            for value, members in groups.items()
        }

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
        return len(self._passages)

    @property
    def semantic(self) -> bool:
        """Whether paraphrase search is on: related words or sentence meaning (or both)."""
        return self._related is not None or self._meaning is not None

    @property
    def sentence_meaning(self) -> bool:
        """Whether results are ranked by closeness in sentence meaning too."""
        return self._meaning is not None

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
        """Every passage matching ``filters``, in corpus order."""
        allowed = self._allowed(filters or Filters())
        if allowed is None:
            return list(self._passages)
        return [self._passages[i] for i in sorted(allowed)]

    def following(self, passage: Passage) -> Passage | None:
        """The next passage of the same source essay, in the order of the text."""
        after = self._following[self._position(passage)]
        return self._passages[after] if after >= 0 else None

    def preceding(self, passage: Passage) -> Passage | None:
        """The previous passage of the same source essay, in the order of the text."""
        before = self._preceding[self._position(passage)]
        return self._passages[before] if before >= 0 else None

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
        if not typed:
            return [self._passage_choice(p) for p in self.passages(filters)[:limit]]
        allowed = self._allowed(filters or Filters())
        chosen: list[Passage] = []
        id_key = typed.casefold()
        start = bisect.bisect_left(self._ids, id_key)
        for passage_id in self._ids[start : start + limit]:
            if not passage_id.startswith(id_key):
                break
            passage = self.corpus.by_id[passage_id]
            if allowed is None or self._position(passage) in allowed:
                chosen.append(passage)
        # "r-i" is an id being typed: passages whose text starts with "I" are no answer.
        typing_an_id = bool(chosen) and _ID_PREFIX.fullmatch(id_key) is not None
        if len(chosen) < limit and not typing_an_id:
            seen = {p.id for p in chosen}
            for hit in self._search(typed, filters or Filters(), limit, prefix=True):
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

    def _source_order(self, index: int) -> tuple[str, int]:
        passage = self._passages[index]
        return passage.source, passage.start

    def _position(self, passage: Passage) -> int:
        return self._position_of[passage.id]

    def _counts(self, field: str) -> dict[str, int]:
        return {
            value: len(members) for (f, value), members in self._filter_sets.items() if f == field
        }

    def _members(self, field: str, value: str) -> frozenset[int]:
        """The positions of the passages whose ``field`` is ``value``."""
        key = (field, value)
        with self._member_lock:  # searches run in worker threads
            found = self._member_sets.get(key)
            if found is None:
                found = frozenset(self._filter_sets.get(key, ()))
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

    def _passage_choice(self, passage: Passage) -> Suggestion:
        speaker = self.corpus.speaker_name(passage.speaker)
        return Suggestion(label=choice_text(f"{speaker}: {passage.text}"), value=passage.id)

    def _terms(self, query_words: list[str], prefix: bool) -> list[_Term]:
        total = max(1, len(self._passages))
        terms: list[_Term] = []
        distinct = list(dict.fromkeys(query_words))
        widened = [
            w
            for i, w in enumerate(distinct)
            if w not in STOPWORDS and not w.isdigit() and not (prefix and i == len(distinct) - 1)
        ]
        meanings = self._related.of(widened) if self._related is not None else {}
        for position, word in enumerate(distinct):
            variants: dict[int, float] = {}
            exact = self._vocab.get(word)
            if exact is not None:
                variants[exact] = 1.0
            if word not in STOPWORDS:
                for related in self._stems.get(stem(word), ()):
                    variants.setdefault(related, 0.85)
            typing = prefix and position == len(distinct) - 1 and len(word) >= 2
            if typing:
                for completion in self._completions(word):
                    variants.setdefault(self._vocab[completion], 0.9)
            # A word the vectors know as English is not a misspelling: it is widened by
            # meaning below, not "corrected" to a corpus word that looks like it.
            if (
                not variants
                and len(word) >= 4
                and not word.isdigit()
                and not (self._related is not None and word in self._related)
            ):
                for near in self._near_spellings(word):
                    variants.setdefault(self._vocab[near], 0.8)
            for related_id, similarity in meanings.get(word, ()):
                variants.setdefault(related_id, _RELATED_FACTOR * similarity)
            sizes = [self._doc_freq[v] for v in variants]
            if exact is not None:
                df = self._doc_freq[exact]
            else:
                df = max(sizes) if typing and sizes else min(sizes, default=1)
            weight = math.log(1.0 + total / df)
            if word in STOPWORDS:
                weight *= 0.3
            words_of = tuple(f" {self._word_table[v]} " for v in variants)
            terms.append(_Term(word, weight, tuple(variants.items()), words_of))
        return terms

    def _completions(self, prefix: str, limit: int = 40) -> list[str]:
        start = bisect.bisect_left(self._sorted_words, prefix)
        found: list[str] = []
        for word in self._sorted_words[start : start + limit]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def _near_spellings(self, word: str) -> list[str]:
        pool: list[str] = []
        for length in range(len(word) - 1, len(word) + 2):
            pool.extend(self._words_by_length.get(length, ()))
        matches = process.extract(word, pool, scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF, limit=3)
        return [m[0] for m in matches]

    def _search(
        self, query: str, filters: Filters, limit: int, prefix: bool, meaning: bool = False
    ) -> list[Hit]:
        limit = max(0, limit)
        query_words = words(query)
        if not query_words or limit == 0:
            chosen = self.passages(filters)[:limit] if not query_words else []
            return [Hit(p, 0.0, ()) for p in chosen]
        terms = self._terms(query_words, prefix)
        weighted = [
            (self._word_table[word_id], factor * (_STOPWORD_FACTOR if t.word in STOPWORDS else 1))
            for t in terms
            for word_id, factor in t.variants
        ]
        keep = _SUGGEST_CANDIDATES if prefix else _CANDIDATES
        wanted = {
            field: value
            for field in FILTER_FIELDS
            if (value := getattr(filters, field)) is not None
        }
        # Candidates: BM25 over every word that counts for the query, weighted (tantivy).
        best = self._words.top(weighted, _META_FACTOR, wanted, keep)
        if not best:
            return []
        query_norm = " ".join(query_words)
        total_weight = sum(t.weight for t in terms) or 1.0
        window = max(_MIN_WINDOW, 2 * len(query_words))
        scan = _WindowScan(terms, window)
        covered_by: list[tuple[float, int, tuple[int, int]]] = []
        for index in best:
            covered, span = scan.best(self._passages[index].text, self._metas[index])
            covered_by.append((covered / total_weight, index, span))
        # The string similarity (costly for long queries) only for the best-covered passages,
        # and only against their best window: a long passage does not win by its length.
        covered_by.sort(key=lambda item: (-item[0], len(self._passages[item[1]].text)))
        ranked: list[tuple[float, int]] = []
        chunks = _chunks(query_norm)
        pad = len(query_words) * _CHARS_PER_WORD
        reranked = covered_by[: max(limit, _RERANKED)]
        sense: dict[int, float] = {}  # candidate -> cosine of its window closest in meaning
        if self._meaning is not None and meaning:
            query_vector = self._meaning.query(query)
            positions = [index for _, index, _ in covered_by]
            cosines = self._meaning.closeness(query_vector, positions)
            sense = dict(zip(positions, cosines, strict=True))
            # The candidates closest in meaning are compared too, whatever words they share.
            compared = {index for _, index, _ in reranked}
            closest = sorted(covered_by, key=lambda item: -sense[item[1]])[:_MEANING_RERANKED]
            reranked += [item for item in closest if item[1] not in compared]
        out_of = 100.0 + (_SENTENCE_WEIGHT if sense else 0.0)
        stretches = [
            _excerpt(_padded_norm(self._passages[index].text), first - pad, last + pad).split()
            for _, index, (first, last) in reranked
        ]
        closeness = (
            self._related.closeness(query_words, stretches)
            if self._related is not None
            else [0.0] * len(stretches)
        )
        for (coverage, index, _), stretch, close in zip(
            reranked, stretches, closeness, strict=True
        ):
            similarity = _similarity(chunks, f" {' '.join(stretch)} ")
            score = 0.55 * similarity + 45.0 * coverage + _MEANING_WEIGHT * max(0.0, close)
            score = min(100.0, score) + _SENTENCE_WEIGHT * max(0.0, sense.get(index, 0.0))
            ranked.append((100.0 * score / out_of, index))
        # Meaning reorders, but never puts a passage above one that holds the query verbatim.
        padded = f" {query_norm} "
        verbatim = (
            {i for _, i in ranked if padded in _padded_norm(self._passages[i].text)}
            if sense
            else set()
        )
        ranked.sort(
            key=lambda item: (
                item[1] not in verbatim,
                -item[0],
                len(self._passages[item[1]].text),
            )
        )
        matched = {w.strip() for t in terms for w in t.padded}
        return [
            Hit(
                self._passages[index],
                round(score, 2),
                () if prefix else highlight(self._passages[index].text, matched),
            )
            for score, index in ranked[:limit]
        ]


class _WindowScan:
    """Weighted coverage of a query's words by the best window of a passage.

    Content words count only if they stand within ``window`` words of each other, so a long
    passage that has every word somewhere does not beat a short one that has them together.
    Stopwords and the words of the speaker's name or work count wherever they stand.
    """

    def __init__(self, terms: list[_Term], window: int) -> None:
        self.window = window * _CHARS_PER_WORD
        self.terms = terms
        self.content: dict[str, list[tuple[int, float]]] = {}
        self.anywhere: list[tuple[float, list[tuple[str, float]]]] = []
        self.meta: list[tuple[int, float, list[tuple[str, float]]]] = []
        for number, term in enumerate(terms):
            checks = sorted(
                zip(term.padded, (f for _, f in term.variants), strict=True),
                key=lambda check: -check[1],
            )
            if term.word in STOPWORDS:
                self.anywhere.append((term.weight, checks))
                continue
            self.meta.append((number, term.weight, checks))
            for padded_word, factor in checks:
                self.content.setdefault(padded_word.strip(), []).append((number, factor))

    def best(self, text: str, meta: str) -> tuple[float, tuple[int, int]]:
        """(weighted coverage, (first, last) character offsets in ``_padded_norm(text)`` of
        the best window's first and last matched words)."""
        covered = 0.0
        norm = _padded_norm(text)
        for weight, checks in self.anywhere:
            for padded_word, factor in checks:
                if padded_word in norm:
                    covered += weight * factor
                    break
        # Where each content word stands, as character offsets in the normalised text (found
        # at C speed; a window of N words is taken as N average words of characters).
        hits: list[tuple[int, int, float]] = []
        for word, entries in self.content.items():
            needle = f" {word} "
            found = norm.find(needle)
            while found >= 0:
                hits.extend((found, number, factor) for number, factor in entries)
                found = norm.find(needle, found + 1)
        hits.sort()
        best_score, span = self._slide(hits)
        if not hits:
            span = (0, self.window)
        # A word found only in the speaker's name or the work's title counts, more weakly.
        in_text = {number for _, number, _ in hits}
        for number, weight, checks in self.meta:
            if number in in_text:
                continue
            for padded_word, factor in checks:
                if padded_word in meta:
                    best_score += weight * factor * _META_FACTOR
                    break
        return covered + best_score, span

    def _slide(self, hits: list[tuple[int, int, float]]) -> tuple[float, tuple[int, int]]:
        """The best window over ``hits`` (position, term, factor), in one pass: each term
        counts once, by its best factor inside the window."""
        weights = [t.weight for t in self.terms]
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


def highlight(text: str, matched: set[str]) -> tuple[tuple[int, int], ...]:
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
