"""A search index kept in a folder: built once, opened at every start, added to in place.

    folder/
      words/            the word index (tantivy's files, memory-mapped by tantivy)
      passages.sqlite   every passage (as JSON) and its canonical text, by position; the
                        index's compact state (vocabulary, per-passage arrays, filter sets, the
                        indexed words' related words) and the corpus's registries
      vectors-N/        the sentence vectors of the passages added from position N on
                        (``bot.core.semantic.write_window_vectors``; a query reads its candidates')

Opening reads the compact state (4 bytes a passage; the filter sets and neighbour links when
first needed) and nothing else: a passage's text is read from the SQLite file when a query
makes it a candidate or a reply shows it. The index is a
derived file, rebuilt from the corpus whenever it is missing, damaged or of another format
(``open_or_build`` says so in the log); it is not the bot's database, which holds what cannot
be rebuilt and may be PostgreSQL on another machine: search reads the store synchronously from
its worker threads, tens of times a query, where a network round-trip each would cost more than
the whole search.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from bot.core.models import PASSAGE_SCHEMA, Corpus, Passage, Source, Speaker, Topic, Work
from bot.core.postings import WordIndex, WordIndexError
from bot.core.search import LATER_ROWS, SearchIndex
from bot.core.semantic import (
    PassageVectors,
    SentenceEncoder,
    give_back_freed_memory,
    load_encoder,
    write_window_vectors,
)

log = logging.getLogger(__name__)

# Of the folder; another number is rebuilt (2: word positions, for phrases; 3: the indexed
# words' related words, which a folder of format 2 lacks: they are worked out when it opens).
FORMAT = 3
_READABLE = (2, 3)
_WORDS = "words"
_PASSAGES = "passages.sqlite"
_SCHEMA = (
    "CREATE TABLE passages (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " norm TEXT NOT NULL, length INTEGER NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE state (name TEXT PRIMARY KEY, data BLOB NOT NULL)",
)
_IN_CLAUSE = 500  # positions per "IN (...)" read
_SEGMENTS = "vectors"  # the state's list of [first position, folder name] of window vectors
# Writes the window vectors of passages (position order) into a new folder.
VectorWriter = Callable[[Path, Sequence[Passage]], object]
_SOURCES = TypeAdapter(list[Source])
_SPEAKERS = TypeAdapter(list[Speaker])
_WORKS = TypeAdapter(list[Work])
_TOPICS = TypeAdapter(list[Topic])


class IndexUnavailable(Exception):
    """The folder holds no usable index (missing, damaged, partial, another format)."""


class SqlitePassages:
    """Passages by position in a SQLite file: ``bot.core.search.PassageSource`` on disk.

    Each thread that reads gets its own read-only connection; ``add`` writes through one
    connection in WAL mode, so readers never wait for it."""

    batch = 2000

    def __init__(self, path: Path, count: int) -> None:
        self.path = path
        self._count = count
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._sizes: dict[str, int] = {}

    @classmethod
    def create(cls, path: Path) -> SqlitePassages:
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA journal_mode=WAL")
            for statement in _SCHEMA:
                connection.execute(statement)
            connection.commit()
        return cls(path, 0)

    @classmethod
    def open(cls, path: Path) -> SqlitePassages:
        if not path.is_file():
            raise IndexUnavailable(f"{path} is missing")
        try:
            with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                row = db.execute("SELECT COUNT(*) FROM passages").fetchone()
        except sqlite3.DatabaseError as error:
            raise IndexUnavailable(f"{path}: {error}") from error
        return cls(path, int(row[0]))

    def _reader(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.connection = connection
        return connection

    def __len__(self) -> int:
        return self._count

    def _rows(self, columns: str, positions: Sequence[int]) -> dict[int, tuple[object, ...]]:
        """``{position: (position, *columns)}`` for ``positions``."""
        found: dict[int, tuple[object, ...]] = {}
        reader = self._reader()
        for start in range(0, len(positions), _IN_CLAUSE):
            chunk = positions[start : start + _IN_CLAUSE]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT position, {columns} FROM passages WHERE position IN ({marks})"
            found.update({row[0]: row for row in reader.execute(sql, tuple(chunk))})
        return found

    def passages(self, positions: Sequence[int]) -> list[Passage]:
        rows = self._rows("data", positions)
        return [PASSAGE_SCHEMA.validate_json(rows[p][1]) for p in positions]  # type: ignore[arg-type]

    def texts(self, positions: Sequence[int]) -> list[tuple[str, int]]:
        rows = self._rows("' ' || norm || ' ', length", positions)
        return [rows[p][1:] for p in positions]  # type: ignore[misc]

    def position(self, passage_id: str) -> int | None:
        row = (
            self._reader()
            .execute("SELECT position FROM passages WHERE id = ?", (passage_id,))
            .fetchone()
        )
        return None if row is None else int(row[0])

    def ids_from(self, start: str, limit: int) -> list[str]:
        rows = self._reader().execute(
            "SELECT id FROM passages WHERE id >= ? ORDER BY id LIMIT ?", (start, limit)
        )
        return [str(row[0]) for row in rows]

    def add(self, passages: Sequence[Passage], norms: Sequence[str]) -> None:
        with self._write_lock, contextlib.closing(sqlite3.connect(self.path)) as connection:
            first = self._count
            connection.executemany(
                "INSERT INTO passages (position, id, norm, length, data) VALUES (?, ?, ?, ?, ?)",
                (
                    (first + i, p.id, norm, len(p.text), PASSAGE_SCHEMA.dump_json(p))
                    for i, (p, norm) in enumerate(zip(passages, norms, strict=True))
                ),
            )
            connection.commit()
            self._count = first + len(passages)

    def save_state(self, saved: Mapping[str, bytes], registries: Corpus) -> None:
        """Write the index's compact state and ``registries`` (one transaction)."""
        rows = {**saved, "registries": _registries_json(registries), "format": b"%d" % FORMAT}
        with self._write_lock, contextlib.closing(sqlite3.connect(self.path)) as connection:
            connection.executemany(
                "INSERT OR REPLACE INTO state (name, data) VALUES (?, ?)", rows.items()
            )
            connection.commit()

    def load_state(self) -> tuple[dict[str, bytes], Corpus]:
        """The saved state but its ``LATER_ROWS`` (``size``, ``read``: when first needed)."""
        marks = ",".join("?" * len(LATER_ROWS))
        try:
            reader = self._reader()
            rows = dict(
                reader.execute(
                    f"SELECT name, data FROM state WHERE name NOT IN ({marks})", LATER_ROWS
                ).fetchall()
            )
            self._sizes = dict(
                reader.execute(
                    f"SELECT name, length(data) FROM state WHERE name IN ({marks})", LATER_ROWS
                ).fetchall()
            )
        except sqlite3.DatabaseError as error:
            raise IndexUnavailable(f"{self.path}: {error}") from error
        if rows.get("format") not in {b"%d" % number for number in _READABLE}:
            raise IndexUnavailable(f"{self.path}: not an index of format {FORMAT}")
        try:
            registries = _registries_from(rows.pop("registries"))
        except (KeyError, ValueError, ValidationError) as error:
            raise IndexUnavailable(f"{self.path}: registries unreadable ({error})") from error
        return rows, registries

    def size(self, name: str) -> int | None:
        """The length of a saved state's row that ``load_state`` left to be read later."""
        return self._sizes.get(name)

    def read(self, names: Sequence[str]) -> dict[str, bytes]:
        """Rows of the saved state (the store's state is rewritten only after ``add``, which
        reads them first)."""
        marks = ",".join("?" * len(names))
        sql = f"SELECT name, data FROM state WHERE name IN ({marks})"
        return dict(self._reader().execute(sql, tuple(names)).fetchall())


def _registries_json(corpus: Corpus) -> bytes:
    return json.dumps(
        {
            "sources": _SOURCES.dump_python(list(corpus.sources.values()), mode="json"),
            "speakers": _SPEAKERS.dump_python(list(corpus.speakers.values()), mode="json"),
            "works": _WORKS.dump_python(list(corpus.works.values()), mode="json"),
            "topics": _TOPICS.dump_python(list(corpus.topics.values()), mode="json"),
            "source_texts": corpus.source_texts,
        }
    ).encode("utf-8")


def _registries_from(data: bytes) -> Corpus:
    parsed = json.loads(data)
    return Corpus(
        sources=_SOURCES.validate_python(parsed["sources"]),
        speakers=_SPEAKERS.validate_python(parsed["speakers"]),
        works=_WORKS.validate_python(parsed["works"]),
        topics=_TOPICS.validate_python(parsed["topics"]),
        passages=(),
        source_texts=parsed["source_texts"],
    )


class DiskIndex(SearchIndex):
    """A ``SearchIndex`` whose passages, word index and sentence vectors live in a folder.

    ``corpus`` holds the registries (sources, speakers, works, topics, source texts) but no
    passages: they are read from disk (``get``, ``passages``, search hits)."""

    folder: Path
    segments: list[tuple[int, str]]  # window vectors: (first position, folder name)

    def add(self, addition: Corpus) -> None:
        """Index ``addition``'s passages, write their window vectors to a new folder and save
        the index's state: seconds to minutes, so off the event loop."""
        super().add(addition)
        self.save()

    def save(self) -> None:
        store = self._source
        assert isinstance(store, SqlitePassages)
        segments = json.dumps(self.segments).encode("utf-8")
        store.save_state({**self.saved_state(), _SEGMENTS: segments}, self.corpus)

    def _new_vectors(
        self, encoder: SentenceEncoder, first: int, passages: Sequence[Passage]
    ) -> PassageVectors:
        name = f"vectors-{first}"
        write_window_vectors(self.folder / name, (p.text for p in passages))
        vectors = PassageVectors.open(self.folder / name, encoder)
        if vectors is None:
            raise OSError(f"{self.folder / name}: the window vectors just written are unreadable")
        self.segments.append((first, name))
        return vectors


def _texts_vectors(folder: Path, passages: Sequence[Passage]) -> object:
    return write_window_vectors(folder, (p.text for p in passages))


def build_index(
    corpus: Corpus,
    folder: Path,
    *,
    semantic: bool = True,
    sentence_meaning: bool = True,
    vectors: VectorWriter = _texts_vectors,
) -> DiskIndex:
    """Index ``corpus`` into ``folder`` (replacing what is there) and return it opened.

    With sentence meaning, ``vectors`` writes the passages' window vectors (by default: from
    the process's cache, embedding what it lacks; benchmarks give stand-ins). Built beside the
    folder and moved into place at the end: a build cut short leaves the previous index (or
    none), never half of one."""
    folder = folder.resolve()
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = folder.with_name(f".{folder.name}.building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    try:
        store = SqlitePassages.create(building / _PASSAGES)
        words = WordIndex.create(building / _WORDS, ())
        index = SearchIndex.build(corpus, store, words, semantic=semantic, sentence_meaning=False)
        segments: list[tuple[int, str]] = []
        if semantic and sentence_meaning and corpus.passages and load_encoder() is not None:
            vectors(building / "vectors-0", corpus.passages)
            segments.append((0, "vectors-0"))
        state = {**index.saved_state(), _SEGMENTS: json.dumps(segments).encode("utf-8")}
        store.save_state(state, index.corpus)
        del index, words, store
        old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
        if folder.exists():
            folder.rename(old)
        building.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return open_index(folder, semantic=semantic, sentence_meaning=sentence_meaning)


def open_index(folder: Path, *, semantic: bool = True, sentence_meaning: bool = True) -> DiskIndex:
    """The index ``build_index`` wrote in ``folder``; ``IndexUnavailable`` if it is not usable."""
    folder = folder.resolve()
    if not folder.is_dir():
        raise IndexUnavailable(f"{folder} is missing")
    store = SqlitePassages.open(folder / _PASSAGES)
    saved, registries = store.load_state()
    try:
        words = WordIndex.open(folder / _WORDS)
    except WordIndexError as error:
        raise IndexUnavailable(str(error)) from error
    try:
        segments = [(int(first), str(name)) for first, name in json.loads(saved.pop(_SEGMENTS))]
    except (KeyError, TypeError, ValueError) as error:
        raise IndexUnavailable(f"{folder}: its list of window vectors is unreadable") from error
    encoder = load_encoder() if semantic and sentence_meaning and segments else None
    meaning = list(_opened_vectors(folder, segments, encoder)) if encoder else []
    try:
        index = DiskIndex.restore(
            registries, store, words, saved, semantic=semantic, meaning=meaning, later=store
        )
    except ValueError as error:
        raise IndexUnavailable(f"{folder}: {error}") from error
    assert isinstance(index, DiskIndex)
    index.folder = folder
    index.segments = segments
    # The saved state was read whole (vocabulary, arrays, registries) and is now copied into
    # the index: freed, its pages would stay with the allocator for good (10 MB at 100,000
    # passages).
    del saved
    give_back_freed_memory()
    return index


def _opened_vectors(
    folder: Path, segments: Iterable[tuple[int, str]], encoder: SentenceEncoder
) -> Iterator[tuple[int, PassageVectors]]:
    for first, name in segments:
        vectors = PassageVectors.open(folder / name, encoder)
        if vectors is None:
            raise IndexUnavailable(f"{folder / name}: window vectors missing or unreadable")
        yield first, vectors


def open_or_build(
    folder: Path,
    corpus: Callable[[], Corpus],
    *,
    semantic: bool = True,
    sentence_meaning: bool = True,
) -> DiskIndex:
    """The index in ``folder``, or, when it cannot be opened, one built there from
    ``corpus()`` (the log says why, in one line)."""
    try:
        return open_index(folder, semantic=semantic, sentence_meaning=sentence_meaning)
    except IndexUnavailable as error:
        log.warning("search index unusable (%s): building it again from the corpus", error)
    return build_index(corpus(), folder, semantic=semantic, sentence_meaning=sentence_meaning)
