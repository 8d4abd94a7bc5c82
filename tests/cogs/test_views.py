"""Buttons stay within Discord's custom id limit whatever the passage ids."""

import dataclasses

from bot.core.library import GuildView
from bot.core.models import Corpus
from bot.core.search import Hit, SearchIndex
from bot.render import pages_of
from bot.views import page_buttons, results_message, source_message


def test_passages_with_very_long_ids_get_no_button_rather_than_a_refused_message(sample_corpus):
    sample = sample_corpus
    long_ids = [dataclasses.replace(p, id=f"{p.id}-{'x' * 90}") for p in sample.passages]
    corpus = Corpus(
        sources=sample.sources.values(),
        speakers=sample.speakers.values(),
        works=sample.works.values(),
        topics=sample.topics.values(),
        passages=long_ids,
        source_texts=sample.source_texts,
    )
    index = SearchIndex(corpus)
    middle = long_ids[3]
    embed, view = source_message(GuildView(corpus, index), middle.id)
    assert embed.footer.text == f"id: {middle.id}"
    assert not view.children
    long_text = dataclasses.replace(middle, text="word " * 2000)
    assert page_buttons(long_text, 0) == []


def test_a_single_short_result_gets_no_pager_only_post_and_discuss(sample_corpus):
    passage = sample_corpus.get("rule-webbs")
    _, view = results_message(sample_corpus, "0" * 16, [Hit(passage, 90.0, ())], "webbs")
    assert [item.item.label for item in view.children] == ["Post to channel", "Discuss"]


def test_the_result_controls_walk_pages_then_results(sample_corpus):
    long = dataclasses.replace(sample_corpus.get("rule-webbs"), text="Words of a page. " * 400)
    short = sample_corpus.get("rule-martens")
    hits = [Hit(long, 90.0, ()), Hit(short, 80.0, ())]
    pages = len(pages_of(long))

    def labels(position, page):
        _, view = results_message(sample_corpus, "0" * 16, hits, "q", position, page)
        return [item.item.label for item in view.children][:2]

    assert labels(0, 0) == ["◀ Previous", "Next page ▶"]
    assert labels(0, pages - 1) == ["◀ Previous page", "Next result ▶"]
    assert labels(1, 0) == ["◀ Previous result", "Next ▶"]
    _, private = results_message(sample_corpus, "0" * 16, hits, "q", in_guild=False)
    assert len(private.children) == 2  # no Post/Discuss in direct messages
