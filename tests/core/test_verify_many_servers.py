"""Verify derives a server's speaker names and nesting once for that server's view and keeps
them while the view lives: fifty servers verifying in turn do not derive them again at every
call (they did with a cache of eight views), and a view let go takes them with it."""

import gc

import pytest

from bot.core import verify as verify_module
from bot.core.search import SearchIndex
from bot.core.verify import verify
from tests.fixtures.canal import HALE, canal_corpus

SERVERS = 50
ROUNDS = 3
FAMILIES = HALE[2]


@pytest.fixture
def counted(monkeypatch):
    """How many times speaker names and nesting are derived."""
    built = {"names": 0, "nesting": 0}
    names, nesting = verify_module.SpeakerNames, verify_module._Nesting

    def count_names(corpus):
        built["names"] += 1
        return names(corpus)

    def count_nesting(*args):
        built["nesting"] += 1
        return nesting(*args)

    monkeypatch.setattr(verify_module, "SpeakerNames", count_names)
    monkeypatch.setattr(verify_module, "_Nesting", count_nesting)
    return built


def test_fifty_servers_verifying_in_turn_derive_each_view_once(counted):
    views = [SearchIndex(canal_corpus()) for _ in range(SERVERS)]  # one view per server
    for _ in range(ROUNDS):
        for index in views:
            result = verify(index, f"Orme said: {FAMILIES}")
            assert result.verdict == "exact" and result.attribution == "wrong"
    assert counted == {"names": SERVERS, "nesting": SERVERS}


def test_a_view_let_go_takes_what_was_derived_from_it(counted):
    index = SearchIndex(canal_corpus())
    verify(index, f"Hale said: {FAMILIES}")
    kept = len(verify_module._NAMES)
    del index
    gc.collect()
    assert len(verify_module._NAMES) == kept - 1
