"""Buttons stay within Discord's custom id limit whatever the passage ids."""

import dataclasses

from bot.core.models import Corpus
from bot.core.search import SearchIndex
from bot.views import page_buttons, source_message


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
    embed, view = source_message(corpus, index, middle.id)
    assert embed.footer.text == f"id: {middle.id}"
    assert not view.children
    long_text = dataclasses.replace(middle, text="word " * 2000)
    assert page_buttons(long_text, 0) == []
