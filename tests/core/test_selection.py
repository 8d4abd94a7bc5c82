"""Random passages without repeats: what a member is told when nothing can be chosen."""

import random

import pytest

from bot.core.errors import UserFacingError
from bot.core.library import compose
from bot.core.models import READABLE_KINDS, Passage
from bot.core.search import Filters, SearchIndex
from bot.core.selection import choose, daily_pool, quotable, quotable_first, random_pool


def test_no_eligible_passage_is_said_plainly():
    with pytest.raises(UserFacingError) as refused:
        choose([], (), random.Random(1))
    assert str(refused.value) == "No passage matches these filters."


def said(text: str, pid: str = "p") -> Passage:
    return Passage(
        id=pid, kind="quotation", source="s", speaker="x", text=text, start=0, end=len(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The committee must answer to the members every month.",
        "The committee must answer the members.",  # six words
        "  The committee must answer to the members every month.  ",
        "\u201cThe committee must answer to the members every month.\u201d",
        "\u2018The committee must answer to the members every month.\u2019",
        "(The committee must answer to the members every month.)",
        "[It] must answer to the members every month, said the chair.",
        "'The committee must answer to the members,' said the chair.",
        "1917 was the year the committee first answered the members.",
        "\u00c9mile said the committee must answer to the members.",
        "The committee must answer to the members right now!",
        "Does the committee answer? It must answer to the members every month.",
        "The committee must answer to the members every month\u2026",
    ],
)
def test_whole_sentences_stand_on_their_own(text):
    assert quotable(said(text))


@pytest.mark.parametrize(
    "text",
    [
        "The committee must answer them.",  # five words
        "must answer to the members every month, and the chair agreed.",
        "The committee must answer to the members every",
        "The committee put the rule to the members as follows:",
        "What is to be done about the committee and its accounts?",
        "Who keeps the accounts? Who reads them, if anybody at all?",
    ],
)
def test_fragments_headings_and_lead_ins_are_not_posted_alone(text):
    assert not quotable(said(text))


def test_quotable_passages_come_first_and_a_narrow_filter_still_gets_an_answer():
    whole = said("The committee must answer to the members every month.", "whole")
    cut = said("must answer to the members every month, and the chair agreed.", "cut")
    heading = said("What is to be done about the committee and its accounts?", "heading")
    again = said("A committee that hides its accounts has lost the gardeners' trust.", "again")
    assert quotable_first([cut, whole, heading, again]) == [whole, again]
    assert quotable_first([cut, heading]) == [cut, heading]
    assert quotable_first([]) == []


def test_random_and_daily_pools_are_read_once_per_view_and_follow_its_passages(sample_corpus):
    index = SearchIndex(sample_corpus, semantic=False)
    speaker = next(p.speaker for p in sample_corpus.passages if p.kind == "quotation")
    by_speaker = Filters(speaker=speaker)
    readable = [p for p in index.passages(by_speaker) if p.kind in READABLE_KINDS]
    pool = random_pool(index, by_speaker)
    assert pool == quotable_first(readable) and pool
    assert random_pool(index, by_speaker) is pool  # not read again for the next member
    daily = daily_pool(index, Filters())
    assert daily and all(p.kind == "quotation" and quotable(p) for p in daily)
    assert daily_pool(index, Filters()) is daily
    # Another view (one text disabled) is another index: it answers from its own passages.
    off = next(iter(sample_corpus.sources))
    smaller = SearchIndex(compose(sample_corpus, {off}, []), semantic=False)
    assert all(p.source != off for p in random_pool(smaller, Filters()))
    assert all(p.source != off for p in daily_pool(smaller, Filters()))
    assert any(p.source == off for p in random_pool(index, Filters()))
