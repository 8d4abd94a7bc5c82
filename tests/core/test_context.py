"""/source's context: the paragraphs around a passage in its essay, as the essay has them.

Expected paragraphs are read off the sample essays (tests/fixtures/sample_corpus.py).
"""

import dataclasses

import pytest

from bot.core.context import MAX_AROUND, passage_context
from bot.core.errors import UserFacingError
from bot.core.models import Corpus, Passage


def corpus_with(corpus: Corpus, passage: Passage, source_text: str | None) -> Corpus:
    """``corpus`` holding ``passage`` alone, its essay's text ``source_text`` (None: absent)."""
    texts = {} if source_text is None else {passage.source: source_text}
    return Corpus(
        sources=corpus.sources.values(),
        speakers=corpus.speakers.values(),
        works=corpus.works.values(),
        topics=corpus.topics.values(),
        passages=[passage],
        source_texts=texts,
    )


def test_by_default_two_paragraphs_before_and_two_after(corpus):
    context = passage_context(corpus, "rule-stalin-communist-bureaucrat")
    assert context.passage == corpus.get("rule-stalin-communist-bureaucrat")
    assert [p.split(",")[0] for p in context.before] == [
        "Lenin",  # "Lenin, in 1919, talking about the problem of bureaucracy..."
        "Stalin was also not afraid to address the problem of bureaucracy. He said in 1928: "
        "\u201cBureaucracy is one of the worst enemies of our progress. It exists in all our "
        "organisations \u2013 party",
    ]
    assert context.paragraph.startswith("\u201cThe communist bureaucrat is the most dangerous")
    assert [p[:30] for p in context.after] == [
        "\u201cLenin was right when he said:",
        "The Webbs noted that, prior to",
    ]
    # Four paragraphs follow Lenin's 1919 words; two are shown.
    after_1919 = passage_context(corpus, "rule-lenin-1919").after
    assert [p[:20] for p in after_1919] == ["Stalin was also not ", "\u201cThe communist burea"]


@pytest.mark.parametrize(("before", "after"), [(0, 0), (MAX_AROUND, MAX_AROUND), (0, 10)])
def test_from_none_to_ten_paragraphs_may_be_asked_for(corpus, before, after):
    context = passage_context(corpus, "rule-stalin-communist-bureaucrat", before, after)
    assert len(context.before) == min(before, 4)  # four paragraphs stand before it
    assert len(context.after) == min(after, 2)  # and two after


@pytest.mark.parametrize(("before", "after"), [(-1, 0), (0, -1), (11, 0), (0, 11)])
def test_more_than_ten_or_a_negative_number_is_refused_politely(corpus, before, after):
    with pytest.raises(UserFacingError) as refused:
        passage_context(corpus, "rule-webbs", before=before, after=after)
    assert str(refused.value) == "Ask for between 0 and 10 paragraphs around a passage."


def test_without_its_essays_text_a_passage_stands_alone_with_its_citation(corpus):
    title = corpus.get("rule-title")  # at the very start of its essay
    context = passage_context(corpus_with(corpus, title, None), "rule-title")
    assert (context.passage, context.before, context.after) == (title, (), ())
    assert context.paragraph == title.text
    assert (
        context.citation.essay_title
        == "The fight against bureaucracy in the Soviet Union under Stalin"
    )


def test_indented_paragraphs_are_shown_from_their_first_word(corpus):
    text = "Heading\n   Lenin wrote it, and Lenin meant it.\n\tLast line here.\n"
    passage = dataclasses.replace(
        corpus.get("rule-martens"),
        source="rule-2001",
        text="Lenin wrote it",
        start=text.index("Lenin"),
        end=text.index("Lenin") + len("Lenin wrote it"),
    )
    context = passage_context(corpus_with(corpus, passage, text), "rule-martens")
    assert context.before == ("Heading",)
    assert context.paragraph == "Lenin wrote it, and Lenin meant it."
    assert context.after == ("Last line here.",)


def test_a_passage_running_to_the_line_break_keeps_the_next_paragraph_apart(corpus):
    text = "First paragraph.\nSecond paragraph.\n"
    passage = dataclasses.replace(
        corpus.get("rule-martens"), text="First paragraph.", start=0, end=len("First paragraph.\n")
    )
    context = passage_context(corpus_with(corpus, passage, text), "rule-martens")
    assert context.paragraph == "First paragraph."
    assert context.after == ("Second paragraph.",)


def test_a_paragraph_wrapped_over_several_lines_is_one_paragraph(corpus):
    """A server's own .txt or .md wraps its paragraphs and separates them by blank lines:
    /source shows the paragraphs around the passage, not the lines."""
    text = (
        "The ferry ran to a printed\ntimetable for thirty years.\n\n"
        "Quayle was unmoved. It is the only promise\nthe ferry makes, she said.\n\n"
        "In the end the council\nprinted both.\n"
    )
    passage = dataclasses.replace(
        corpus.get("rule-martens"),
        source="rule-2001",
        text="It is the only promise",
        start=text.index("It is"),
        end=text.index("It is") + len("It is the only promise"),
    )
    context = passage_context(corpus_with(corpus, passage, text), "rule-martens")
    assert context.before == ("The ferry ran to a printed\ntimetable for thirty years.",)
    assert (
        context.paragraph
        == "Quayle was unmoved. It is the only promise\nthe ferry makes, she said."
    )
    assert context.after == ("In the end the council\nprinted both.",)
