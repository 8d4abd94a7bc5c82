"""Fixtures shared by every test module: the corpora and indexes, the fake Discord and the bot
connected to it, the throwaway PostgreSQL server (``database_target`` runs a test on both
backends). Helpers that are not fixtures live in ``tests/fixtures/``."""

import os
import tempfile

import pytest

from bot.core.corpus import load_corpus
from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.settings import DEFAULT_CORPUS_DIR
from tests.fixtures.bot import (
    fake_discord,
    lectern,
    lectern_clock,
    lectern_corpus,
    lectern_libraries,
    lectern_runner,
)
from tests.fixtures.postgres import database_target, postgres_server, postgres_url
from tests.fixtures.sample_corpus import make_corpus

# What Lectern derives from installed packages (the sentence encoder's compact graph) is made
# once per test session in a temporary folder, never in the user's cache.
_DERIVED = tempfile.TemporaryDirectory(prefix="lectern-test-cache-")
os.environ.setdefault("LECTERN_CACHE_DIR", _DERIVED.name)

__all__ = [
    "database_target",
    "fake_discord",
    "lectern",
    "lectern_clock",
    "lectern_corpus",
    "lectern_libraries",
    "lectern_runner",
    "postgres_server",
    "postgres_url",
]


@pytest.fixture(scope="session")
def sample_corpus() -> Corpus:
    """The small hand-made corpus of real sentences (tests/fixtures/sample_corpus.py)."""
    return make_corpus()


@pytest.fixture(scope="session")
def sample_index(sample_corpus: Corpus) -> SearchIndex:
    return SearchIndex(sample_corpus)


@pytest.fixture(scope="session")
def shipped_corpus() -> Corpus:
    """The corpus Lectern ships (corpus/): real texts, long passages; never count on its size."""
    return load_corpus(DEFAULT_CORPUS_DIR)


@pytest.fixture(scope="session")
def shipped_index(shipped_corpus: Corpus) -> SearchIndex:
    return SearchIndex(shipped_corpus)
