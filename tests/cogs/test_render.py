"""Passage embeds: full attribution, pages that never cut a word, Discord's limits."""

import dataclasses

import pytest

from bot.render import (
    EMBED_DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    escape_user_text,
    passage_embed,
    passage_pages,
)
from tests.fixtures.messages import fields


def test_quotation_embed_carries_full_attribution_and_id(sample_corpus):
    corpus = sample_corpus
    embed = passage_embed(corpus, corpus.get("rule-lenin-via-stalin"))
    shown = fields(embed.to_dict())
    assert embed.title == "Quotation: V. I. Lenin"
    assert shown["Speaker"] == "V. I. Lenin"
    assert shown["Via"] == "quoted by J. V. Stalin"
    assert "Carlos Rule" in shown["Quoted in"] and "(2001)" in shown["Quoted in"]
    assert embed.footer.text == "id: rule-lenin-via-stalin"
    assert embed.description.startswith("> ")


def test_commentary_is_labelled_with_the_essay_author(sample_corpus):
    corpus = sample_corpus
    embed = passage_embed(corpus, corpus.get("rule-webbs"))
    assert embed.title == "Commentary by Carlos Rule"
    assert "Speaker" not in fields(embed.to_dict())
    assert fields(embed.to_dict())["Page"] == "p970"


def test_insertions_in_brackets_are_marked_as_the_essay_authors(sample_corpus):
    corpus = sample_corpus
    passage = dataclasses.replace(
        corpus.get("rule-martens"), text="The [Soviet] state.", insertions=((4, 12),)
    )
    embed = passage_embed(corpus, passage)
    assert "added by Carlos Rule" in fields(embed.to_dict())["Note"]


@pytest.mark.parametrize("size", [50, 300, 1800])
def test_pages_keep_every_word_and_respect_the_size(size):
    text = " ".join(f"word{i}." if i % 7 == 0 else f"word{i}" for i in range(1500))
    pages = passage_pages(text, size)
    assert all(len(p) <= size for p in pages)
    assert " ".join(pages).split() == text.split()


def test_every_real_passage_page_fits_discords_limits(shipped_corpus):
    corpus = shipped_corpus
    longest = max(corpus.passages, key=lambda p: len(p.text))
    pages = passage_pages(longest.text)
    assert len(pages) > 1
    shown = ""
    for number in range(len(pages)):
        embed = passage_embed(corpus, longest, number)
        assert len(embed) <= EMBED_TOTAL_LIMIT
        assert len(embed.description) <= EMBED_DESCRIPTION_LIMIT
        assert embed.footer.text.endswith(f"page {number + 1} of {len(pages)}")
        shown += " " + embed.description
    # nothing cut: every word of the passage appears on some page
    for word in longest.text.split()[:: max(1, len(longest.text.split()) // 50)]:
        assert word.strip("*_~`|>") in shown.replace("\\", "")


def test_user_text_cannot_ping_or_format():
    escaped = escape_user_text("@everyone **bold** <@&123>")
    assert "@everyone" not in escaped
    assert "\\*\\*bold\\*\\*" in escaped


def test_misprints_notes_and_unnamed_speakers_are_shown_distinctly(shipped_corpus):
    corpus = shipped_corpus
    antaeus = next(p for p in corpus.passages if p.text.startswith("It may he taken"))
    embed = passage_embed(corpus, antaeus)
    assert embed.description.startswith("> It may he [sic] taken as a rule")
    assert "“invincib1e” [sic]" in fields(embed.to_dict())["Note"]
    windbag = next(p for p in corpus.passages if p.text.startswith("With the sowing, Comrade"))
    embed = passage_embed(corpus, windbag)
    assert embed.title == "Quotation: a comrade Stalin calls an incorrigible windbag"
    assert fields(embed.to_dict())["Via"].startswith("quoted by J. V. Stalin")
    front = next(p for p in corpus.passages if p.kind == "front-matter")
    assert passage_embed(corpus, front).title.startswith("Front matter by the editor")
