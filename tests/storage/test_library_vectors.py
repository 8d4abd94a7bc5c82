"""A published reading's sentence vectors are kept with it in the database (both engines):
after a restart the server's view is searched by meaning again without the encoder being
asked for a single window of the reading; removing the reading removes its vectors, and
vectors of another model are computed anew rather than trusted."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import pytest

from bot.core import semantic
from bot.core.library import GuildView, ReadingEntry
from bot.core.search import SearchIndex
from bot.libraries import LibraryLimits, StoredLibraries
from bot.storage import Database
from tests.fixtures.library_files import publish_shelf

SERVER = 1_000_000_000_000_000_001


class CountingEncoder:
    """Stands in for the sentence model: a fixed unit vector per text (from its hash), and a
    record of every text it was asked to embed."""

    dimensions = 384

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded.extend(texts)
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            row = np.random.default_rng(seed).standard_normal(self.dimensions)
            rows.append(row / np.linalg.norm(row))
        return np.array(rows, dtype=np.float32)


def restart(monkeypatch) -> CountingEncoder:
    """What a new process starts with: an empty cache of vectors and an encoder not yet
    asked for anything."""
    counting = CountingEncoder()
    monkeypatch.setattr("bot.core.search.load_encoder", lambda: counting)
    monkeypatch.setattr("bot.core.semantic.load_encoder", lambda: counting)
    monkeypatch.setattr(semantic, "_CACHE", semantic._VectorCache())
    return counting


@pytest.fixture
def encoder(monkeypatch) -> CountingEncoder:
    return restart(monkeypatch)


async def open_libraries(target, corpus) -> tuple[Database, StoredLibraries]:
    # The shipped view as a process builds it at start (its own vectors come from the
    # corpus's file in production; here the stand-in embeds them).
    shipped = GuildView(corpus, SearchIndex(corpus))
    database = await Database.open(target)
    limits = LibraryLimits(meaning_passages=1000)
    return database, StoredLibraries(database, shipped, limits=limits)


async def publish_shelf_with_meaning(libraries: StoredLibraries) -> ReadingEntry:
    """The moderator adds and publishes the shelf essay; its view is built with meaning."""
    entry = await publish_shelf(libraries, SERVER)
    await libraries.view(SERVER)
    await libraries.settled()
    return entry


def reading_windows(view: GuildView, reading_id: str) -> set[str]:
    return {
        window
        for passage in view.corpus.passages
        if passage.source == reading_id
        for window in semantic.windows(passage.text)
    }


async def test_a_restart_does_not_embed_a_published_reading_again(
    database_target, sample_corpus, encoder, monkeypatch
):
    database, libraries = await open_libraries(database_target, sample_corpus)
    try:
        entry = await publish_shelf_with_meaning(libraries)
        view = await libraries.view(SERVER)
        assert view.index.sentence_meaning
        windows = reading_windows(view, entry.id)
        # The first time, the reading's windows are embedded (this test can fail)...
        assert windows and windows <= set(encoder.embedded)
        rows = await database.fetch_value(
            "SELECT windows FROM library_vectors WHERE reading_id = ?", (entry.id,)
        )
        assert rows == len(windows)
    finally:
        await libraries.close()
        await database.close()

    # ...and never again after a restart: the view is built from the kept vectors.
    fresh = restart(monkeypatch)
    database, libraries = await open_libraries(database_target, sample_corpus)
    try:
        fresh.embedded.clear()  # the shipped view's own passages, embedded at its start
        await libraries.view(SERVER)
        await libraries.settled()
        view = await libraries.view(SERVER)
        assert view.index.sentence_meaning
        assert not windows & set(fresh.embedded), "the reading was embedded again"
        hit = view.index.search("I was wrong about the kettle", limit=1)[0].passage
        assert hit.source == entry.id and "kettle" in hit.text

        # Removing the reading removes its vectors.
        await libraries.remove(SERVER, entry.id)
        assert await database.fetch_value("SELECT COUNT(*) FROM library_vectors") == 0
    finally:
        await libraries.close()
        await database.close()


async def test_vectors_of_another_model_are_computed_anew(
    tmp_path, sample_corpus, encoder, monkeypatch
):
    target = tmp_path / "lectern.db"
    database, libraries = await open_libraries(target, sample_corpus)
    try:
        entry = await publish_shelf_with_meaning(libraries)
        await database.execute("UPDATE library_vectors SET model = 'an-older-model'")
    finally:
        await libraries.close()
        await database.close()

    fresh = restart(monkeypatch)
    database, libraries = await open_libraries(target, sample_corpus)
    try:
        await libraries.view(SERVER)
        await libraries.settled()
        view = await libraries.view(SERVER)
        assert reading_windows(view, entry.id) <= set(fresh.embedded)  # not trusted: embedded
        model = await database.fetch_value("SELECT model FROM library_vectors")
        assert model == semantic.ENCODER_ID  # and kept anew
    finally:
        await libraries.close()
        await database.close()
