"""Passage embeds: full attribution, pages that never cut a word, Discord's limits."""

import dataclasses

import pytest

from bot.render import (
    EMBED_DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    clip,
    escape_user_text,
    passage_embed,
    passage_pages,
    shorten,
)
from tests.fixtures.messages import shown_text, shown_words
from tests.fixtures.sample_corpus import make_corpus


def test_quotation_card_names_the_attribution_once_the_essay_above_and_the_id_below(
    sample_corpus,
):
    corpus = sample_corpus
    embed = passage_embed(corpus, corpus.get("rule-lenin-via-stalin"))
    assert embed.title == "V. I. Lenin · quoted by J. V. Stalin"
    assert embed.author.name.startswith("Quoted in Carlos Rule, “")
    assert embed.author.name.endswith("(2001)")
    assert embed.fields == []  # no stack of fields repeating the title
    assert embed.footer.text == "id: rule-lenin-via-stalin"
    assert embed.description.startswith("> We must realise")
    whole = " ".join([embed.title, embed.author.name, embed.description, embed.footer.text])
    assert whole.count("V. I. Lenin") == 1 and whole.count("Carlos Rule") == 1


def test_a_speaker_who_is_also_the_work_is_named_once():
    corpus = make_corpus()  # a copy of its own: the work is renamed below
    corpus.works["another-view"] = corpus.works["another-view"].model_copy(
        update={"title": "Ludo Martens"}
    )
    embed = passage_embed(corpus, corpus.get("rule-martens"))
    assert embed.title == "Ludo Martens — 1994"


def test_commentary_is_the_essays_own_words_with_its_page(sample_corpus):
    corpus = sample_corpus
    embed = passage_embed(corpus, corpus.get("rule-webbs"))
    assert embed.title.startswith("Carlos Rule, “") and embed.title.endswith("(2001), p970")
    assert embed.author.name == "Commentary: the essay's own words"
    assert not embed.description.startswith(">")  # commentary is not shown as a quotation


def test_insertions_are_in_italics_with_a_note_naming_whose_they_are(sample_corpus):
    corpus = sample_corpus
    passage = dataclasses.replace(
        corpus.get("rule-martens"), text="The [Soviet] state.", insertions=((4, 12),)
    )
    embed = passage_embed(corpus, passage)
    assert embed.description.startswith("> The *[Soviet]* state.")
    assert "\n-# [Soviet] was added by Carlos Rule." in embed.description


def test_unreviewed_brackets_are_still_set_apart(sample_corpus):
    corpus = sample_corpus
    passage = dataclasses.replace(corpus.get("rule-martens"), text="The [Soviet] state.")
    embed = passage_embed(corpus, passage)
    assert "> The *[Soviet]* state." in embed.description
    assert "Words in [brackets] are Carlos Rule's, not Ludo Martens's." in embed.description


@pytest.mark.parametrize("size", [50, 300, 1800])
def test_pages_keep_every_word_and_respect_the_size(size):
    text = " ".join(f"word{i}." if i % 7 == 0 else f"word{i}" for i in range(1500))
    pages = passage_pages(text, size)
    assert all(len(p) <= size for p in pages)
    assert " ".join(pages).split() == text.split()


def test_every_real_passage_page_fits_discords_limits(shipped_corpus):
    corpus = shipped_corpus
    longest = max(corpus.passages, key=lambda p: len(p.text))
    assert len(longest.text) > EMBED_DESCRIPTION_LIMIT  # one embed could not hold it
    first = passage_embed(corpus, longest, 0)
    count = int(first.footer.text.rpartition(" of ")[2])
    shown: list[str] = []
    for number in range(count):
        embed = passage_embed(corpus, longest, number)
        assert len(embed) <= EMBED_TOTAL_LIMIT
        assert len(embed.description) <= EMBED_DESCRIPTION_LIMIT
        assert embed.footer.text == f"id: {longest.id} · page {number + 1} of {count}"
        shown += shown_words(embed.description)
    assert shown == longest.text.split()  # nothing cut, nothing repeated, in order


def test_user_text_cannot_ping_or_format():
    escaped = escape_user_text("@everyone **bold** <@&123>")
    assert "@everyone" not in escaped
    assert "\\*\\*bold\\*\\*" in escaped


def test_misprints_notes_and_unnamed_speakers_are_shown_distinctly(shipped_corpus):
    corpus = shipped_corpus
    antaeus = next(p for p in corpus.passages if p.text.startswith("It may he taken"))
    embed = passage_embed(corpus, antaeus)
    assert embed.description.startswith("> It may he *[sic]* taken as a rule")
    assert "\n-# “invincib1e” [sic]" in embed.description
    windbag = next(p for p in corpus.passages if p.text.startswith("With the sowing, Comrade"))
    embed = passage_embed(corpus, windbag)
    assert embed.title.startswith("a comrade Stalin calls an incorrigible windbag")
    assert "· quoted by J. V. Stalin" in embed.title
    front = next(p for p in corpus.passages if p.kind == "front-matter")
    shown = passage_embed(corpus, front)
    assert shown.author.name.startswith("Front matter by the editor")
    assert not shown.description.startswith(">")


def test_no_shortened_text_ends_inside_a_word_or_number(shipped_corpus):
    """Every passage of the loaded corpus, shortened as /compare, /source and notes do: the
    kept words are whole words of the passage, in order, and the cut is marked."""
    for passage in shipped_corpus.passages:
        flat = " ".join(passage.text.split())
        for limit in (60, 150, 350, 600):
            for short in (shorten(flat, limit), clip(flat, limit)):
                assert len(short) <= limit
                if short == flat:
                    continue
                assert short.endswith("…"), (passage.id, short)
                kept = short.removesuffix("…").split()
                whole = flat.split()[: len(kept)]
                assert kept[:-1] == whole[:-1], (passage.id, limit, short)
                # the last word whole (a trailing comma or colon may go before the …)
                assert kept[-1] in (whole[-1], whole[-1].rstrip(",;:")), (passage.id, short)


TRICKY_TEXTS = [
    "> A line that starts like a block quote, and *stars*, _underscores_ and a \\ backslash.",
    ">>> Three of them, # a hash, -# not subtext, ~~no strike~~, `no code`, ||no spoiler||.",
    "@everyone and <@123> and <#456> and <t:0:R> stay inert words.",
    "First paragraph.\n\n> Second paragraph, quoted in the source.\n\n-# and a line like a note.",
]


@pytest.mark.parametrize("kind", ["quotation", "commentary"])
@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_a_passage_is_shown_exactly_even_when_it_looks_like_markdown(sample_corpus, kind, text):
    """A member reads the passage's own characters: a leading ">", asterisks, backslashes,
    mentions, "-# " and block-quote marks inside it are text, not formatting."""
    corpus = sample_corpus
    passage = dataclasses.replace(
        corpus.get("rule-martens"), text=text, kind=kind, insertions=(), sic=()
    )
    embed = passage_embed(corpus, passage)
    assert shown_text(embed.description) == text
    assert "@everyone" not in embed.description  # shown, never a ping


def test_shown_text_reads_insertions_and_pages_back_to_the_passage(sample_corpus):
    corpus = sample_corpus
    sentence = "> The [Soviet] state *is* a machine\\tool, said the _editor_. "
    text = sentence * 60
    passage = dataclasses.replace(
        corpus.get("rule-martens"), text=text.strip(), insertions=((6, 14),), sic=()
    )
    count = len(passage_pages(text.strip()))
    assert count > 1
    pages = [shown_text(passage_embed(corpus, passage, n).description) for n in range(count)]
    assert " ".join(pages) == text.strip()
    assert passage_embed(corpus, passage).description.startswith(
        "> \\> The *[Soviet]* state \\*is\\*"
    )


@pytest.mark.parametrize("kind", ["quotation", "commentary"])
def test_a_files_wrapped_lines_flow_into_one_paragraph(sample_corpus, kind):
    """A server's own .txt/.md/PDF wraps its lines: the card shows the sentence whole, not
    broken where the file broke its lines; paragraph breaks stay."""
    corpus = sample_corpus
    text = (
        "I have rowed this river since\nI was fourteen, and never once\nseen a timetable."
        "\n\nNot once."
    )
    passage = dataclasses.replace(
        corpus.get("rule-martens"), text=text, kind=kind, insertions=(), sic=()
    )
    shown = shown_text(passage_embed(corpus, passage).description)
    assert shown == (
        "I have rowed this river since I was fourteen, and never once seen a timetable.\n\n"
        "Not once."
    )


def test_source_shows_an_indented_block_quotation_as_a_quote_without_its_indent(sample_corpus):
    """A Markdown, HTML or EPUB reading is stored with its block quotations indented by four
    spaces: /source shows one around the passage as a block quote, flowed, never as text
    starting with spaces (which Discord would show as a code block or drop)."""

    text = (
        "In his memoir he set out his case at length:\n\n"
        "    I have rowed this river since I was fourteen,\n    and I would rather be late.\n\n"
        "Quayle was unmoved. It is the only promise the ferry makes, she said.\n"
    )
    words = "It is the only promise the ferry makes"
    embed = _source_card(sample_corpus, text, words)
    assert embed.description.split("\n\n")[:2] == [
        "In his memoir he set out his case at length:",
        "> I have rowed this river since I was fourteen, and I would rather be late.",
    ]


def test_source_shows_a_markdown_readings_paragraphs_as_prose_and_its_block_quotes_as_quotes(
    sample_corpus,
):
    """A server's own .md reading wraps its lines and marks block quotations with ">": /source
    shows the paragraphs flowed and the block quotation as one, never "> " inside a sentence."""

    text = (
        "In his memoir he set out his case\nat length:\n\n"
        "> I have rowed this river since I was fourteen,\n> and I would rather be late.\n\n"
        "Quayle was unmoved. It is the only promise\nthe ferry makes, she said.\n"
    )
    embed = _source_card(sample_corpus, text, "It is the only promise\nthe ferry makes")
    assert embed.description.split("\n\n") == [
        "In his memoir he set out his case at length:",
        "> I have rowed this river since I was fourteen, and I would rather be late.",
        "Quayle was unmoved.",
        "> It is the only promise the ferry makes",
        ", she said.",
    ]


def test_a_heading_is_titled_by_its_essay_not_by_a_bare_name(shipped_corpus):
    """A heading is the essay's own words: its card names the essay (author, title, year),
    never the author's name alone above words that then read as something they said."""
    corpus = shipped_corpus
    heading = next(p for p in corpus.passages if p.kind == "heading")
    source = corpus.sources[heading.source]
    embed = passage_embed(corpus, heading)
    assert embed.author.name == "A heading of the essay"
    assert embed.title.startswith(f"{source.author}, \u201c{source.title}\u201d")


def test_source_leaves_out_the_quote_marks_the_block_quote_stands_for(sample_corpus):
    """Around a passage quoted mid-paragraph, /source shows the sentence before and after
    it, not a dangling opening or closing quote mark."""

    text = (
        "Quayle was unmoved. \u201cIt is the only promise the ferry makes,\u201d she told the "
        'council, and "a promise kept sometimes" was her phrase.\n'
    )
    words = "It is the only promise the ferry makes,"
    embed = _source_card(sample_corpus, text, words)
    assert embed.description.split("\n\n") == [
        "Quayle was unmoved.",
        "> It is the only promise the ferry makes,",
        'she told the council, and "a promise kept sometimes" was her phrase.',
    ]


def _source_card(sample_corpus, text: str, words: str):
    """/source's card for a one-passage reading whose passage is the first ``words`` of ``text``."""
    from bot.core.context import passage_context
    from bot.core.models import Corpus
    from bot.render import context_embed

    start = text.index(words)
    passage = dataclasses.replace(
        sample_corpus.get("rule-martens"),
        source="rule-2001",
        text=words,
        start=start,
        end=start + len(words),
        insertions=(),
        sic=(),
    )
    corpus = Corpus(
        sources=sample_corpus.sources.values(),
        speakers=sample_corpus.speakers.values(),
        works=sample_corpus.works.values(),
        topics=sample_corpus.topics.values(),
        passages=[passage],
        source_texts={"rule-2001": text},
    )
    return context_embed(passage_context(corpus, passage.id), text)
