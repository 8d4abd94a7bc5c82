"""A server's view composed of segments (the shipped corpus's index, one per reading) answers
as one index over the server's corpus would: the same search, autocomplete, neighbours,
filters and speakers, with the view's ids where two readings name one person. Uses the small
sample corpus as the "shipped" one and an essay written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core.library import ReadingContent, StoredReading, compose, propose, shipped_names
from bot.core.models import Corpus
from bot.core.search import Filters, SearchIndex
from bot.core.segments import Segment, SegmentedIndex, renamed_ids

AT = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
ESSAY = (
    "# Night Classes\n\n"
    "The night school at Orme Street taught reading to anyone who came after work.\n\n"
    "Its first teacher, Hester Vale, put the rule plainly: “Nobody is too tired to learn one "
    "word a night” (Vale, Evening Notes, p. 3).\n\n"
    "Lenin is quoted on the wall: “Learn, learn and learn again, however late the hour is” "
    "(Lenin, On Schools, p. 9).\n\n"
    "A visitor left a card by the door: “The chalk dust follows you home, and so do the "
    "words you learned with it.”\n"
)
SECOND = (
    "# Orme Street Again\n\n"
    "Years later the school moved to a warehouse by the canal, and the kettle went with it.\n\n"
    "Hester Vale wrote to the new committee: “Keep the lamps lit until the last reader "
    "leaves, however few there are” (Vale, Letters, p. 4).\n\n"
    "The committee's minutes answer that the bureaucracy of lamps would ruin them.\n"
)
QUERIES = (
    "too tired to learn one word",
    "keep the lamps lit",
    "kettle",
    "bureaucracy",
    "learn again however late",
    "worst enemies of our progress",
    "chalk dust follows you hom",  # a typo
)


def reading(sample_corpus: Corpus, text: str, reading_id: str) -> ReadingContent:
    author_id, proposed = propose(
        text,
        reading_id=reading_id,
        file_name=f"{reading_id}.md",
        title=text.splitlines()[0].lstrip("# "),
        author="Ann Orme",
        year=None,
        names=shipped_names(sample_corpus),
        budget_seconds=30,
    )
    stored = StoredReading(
        id=reading_id,
        guild_id=1,
        title="A reading",
        author="Ann Orme",
        author_speaker=author_id,
        year=None,
        file_name=f"{reading_id}.md",
        sha256="0" * 64,
        status="published",
        added_by=9,
        added_at=AT,
    )
    return ReadingContent(stored, proposed.text, proposed.passages, proposed.entries)


def composed(
    shipped: Corpus, readings: list[ReadingContent], disabled: frozenset[str] = frozenset()
) -> tuple[SegmentedIndex, SearchIndex]:
    """The view as segments (the kept shipped sources, then each reading on its own), and
    one index over the same corpus."""
    view = compose(shipped, disabled, readings)
    kept = compose(shipped, disabled, [])
    segments = [Segment(SearchIndex(kept, semantic=False))] if kept.passages else []
    for content in readings:
        part = compose(shipped, set(shipped.sources), [content])
        index = SearchIndex(part, semantic=False)
        segments.append(Segment(index, renamed_ids(part.passages, view)))
    return SegmentedIndex(view, segments), SearchIndex(view, semantic=False)


@pytest.fixture
def views(sample_corpus) -> tuple[SegmentedIndex, SearchIndex]:
    first = reading(sample_corpus, ESSAY, "q2night")
    second = reading(sample_corpus, SECOND, "z7other")
    return composed(sample_corpus, [first, second])


def ids(hits) -> list[str]:
    return [hit.passage.id for hit in hits]


def test_searches_find_what_one_index_finds_with_the_same_scores(views):
    segmented, single = views
    assert len(segmented.segments) == 3 and len(segmented) == len(single)
    for query in QUERIES:
        mine, theirs = segmented.search(query, limit=5), single.search(query, limit=5)
        assert ids(mine) == ids(theirs), query
        assert [h.score for h in mine] == [h.score for h in theirs]
        assert [h.spans for h in mine] == [h.spans for h in theirs]
        assert [h.passage for h in mine] == [h.passage for h in theirs]
    assert segmented.search("", limit=4) == single.search("", limit=4)
    assert segmented.search("kettle", limit=0) == []


def test_a_person_two_readings_name_is_one_speaker_in_every_answer(views):
    segmented, single = views
    vale = single.resolve_speaker("Hester Vale")
    assert vale == segmented.resolve_speaker("Hester Vale") == "q2night-hester-vale"
    by_vale = Filters(speaker=vale)
    found = segmented.search("lamps reader tired word", by_vale, limit=10)
    assert {h.passage.source for h in found} == {"q2night", "z7other"}
    assert all(h.passage.speaker == vale for h in found)
    assert segmented.passages(by_vale) == single.passages(by_vale)
    lamps = next(h.passage for h in found if h.passage.source == "z7other")
    assert segmented.get(lamps.id) == lamps == single.get(lamps.id)
    assert segmented.suggest_speakers("vale") == single.suggest_speakers("vale")


def test_filters_neighbours_and_autocomplete_answer_as_one_index(views, sample_corpus):
    segmented, single = views
    shipped_source = next(iter(sample_corpus.sources))
    speaker = next(p.speaker for p in sample_corpus.passages if p.kind == "quotation")
    topic = next(iter(sample_corpus.topics))
    for filters in (
        Filters(),
        Filters(kind="quotation"),
        Filters(source="z7other"),
        Filters(source=shipped_source),
        Filters(speaker=speaker),
        Filters(topic=topic),
        Filters(speaker="nobody-at-all"),
    ):
        assert segmented.passages(filters) == single.passages(filters), filters
        for query in QUERIES[:3]:
            assert ids(segmented.search(query, filters)) == ids(single.search(query, filters))
    for passage in single.passages():
        assert segmented.following(passage) == single.following(passage)
        assert segmented.preceding(passage) == single.preceding(passage)
        assert segmented.position(passage.id) == single.position(passage.id)
    for typed in ("q2night-", "z7", "rule-s", "kett", "Keep the la", "", "zz-none"):
        assert segmented.suggest_passages(typed) == single.suggest_passages(typed), typed
    assert segmented.suggest_passages("z7", filters=Filters(kind="quotation")) == (
        single.suggest_passages("z7", filters=Filters(kind="quotation"))
    )
    assert segmented.suggest_topics("") == single.suggest_topics("")
    assert segmented.suggest_works("note") == single.suggest_works("note")


def test_a_disabled_shipped_source_is_never_answered(sample_corpus):
    off = next(iter(sample_corpus.sources))
    first = reading(sample_corpus, ESSAY, "q2night")
    segmented, single = composed(sample_corpus, [first], frozenset({off}))
    everything = segmented.passages()
    assert everything == single.passages() and all(p.source != off for p in everything)
    for query in QUERIES:
        assert all(h.passage.source != off for h in segmented.search(query, limit=25))
    assert segmented.search(QUERIES[0])[0].passage.source == "q2night"


THIRD = (
    "# The Lamp Fund\n\n"
    "Hester Vale kept the accounts of the lamp fund in a green ledger.\n\n"
    "Her report to the parish was short: “Every shilling went on oil and wicks, and the "
    "readers stayed until the bells” (Vale, Ledger, p. 2).\n\n"
    "A warden answered that the ledger smelled of paraffin and gooseberries.\n"
)


def batched(
    shipped: Corpus, batch: list[ReadingContent], read: list[ReadingContent]
) -> tuple[SegmentedIndex, SearchIndex]:
    """A view reading ``read``: the shipped corpus's segment and one batch segment of
    ``batch`` read without its readings ``read`` no longer has as they were (the others
    from their own segments); and one index over the view's corpus."""
    view = compose(shipped, set(), read)
    batch_corpus = compose(shipped, set(shipped.sources), batch)
    left_out = {c.reading.id for c in batch if c not in read}
    kept = [p for p in batch_corpus.passages if p.source not in left_out]
    segments = [
        Segment(SearchIndex(shipped, semantic=False)),
        Segment.leaving_out(
            SearchIndex(batch_corpus, semantic=False), left_out, renamed_ids(kept, view)
        ),
    ]
    for content in read:
        if content not in batch:
            part = compose(shipped, set(shipped.sources), [content])
            index = SearchIndex(part, semantic=False)
            segments.append(Segment(index, renamed_ids(part.passages, view)))
    return SegmentedIndex(view, segments), SearchIndex(view, semantic=False)


def test_a_batch_read_without_a_reading_answers_as_one_index_without_it(sample_corpus):
    gone = reading(sample_corpus, THIRD, "a1lamps")  # first in the batch: Vale is its entry
    first = reading(sample_corpus, ESSAY, "q2night")
    second = reading(sample_corpus, SECOND, "z7other")
    segmented, single = batched(sample_corpus, [gone, first, second], [first, second])
    assert len(segmented) == len(single)
    for query in (*QUERIES, "shilling oil and wicks", "ledger paraffin gooseberries", "Vale"):
        mine, theirs = segmented.search(query, limit=5), single.search(query, limit=5)
        assert all(h.passage.source != "a1lamps" for h in mine), query
        assert ids(mine) == ids(theirs), query
        assert [h.score for h in mine] == [h.score for h in theirs], query
        assert [h.passage for h in mine] == [h.passage for h in theirs]
    vale = single.resolve_speaker("Hester Vale")
    assert vale == segmented.resolve_speaker("Hester Vale") == "q2night-hester-vale"
    by_vale = Filters(speaker=vale)
    assert ids(segmented.search("lamps word", by_vale)) == ids(single.search("lamps word", by_vale))
    assert segmented.search("shilling", Filters(source="a1lamps")) == []
    assert segmented.passages() == single.passages()
    for typed in ("a1", "led", "Every shil", "Keep the la", "kett"):
        assert segmented.suggest_passages(typed) == single.suggest_passages(typed), typed
    assert segmented.suggest_speakers("vale") == single.suggest_speakers("vale")
    assert segmented.suggest_works("") == single.suggest_works("")
    for passage in single.passages():
        assert segmented.following(passage) == single.following(passage)


def test_a_corrected_reading_is_answered_from_its_new_version_only(sample_corpus):
    first = reading(sample_corpus, ESSAY, "q2night")
    second = reading(sample_corpus, SECOND, "z7other")
    lamps = next(p for p in second.passages if p.page == "4")
    corrected = ReadingContent(
        second.reading,
        second.text,
        tuple(replace(p, page="40") if p is lamps else p for p in second.passages),
        second.entries,
    )
    segmented, single = batched(sample_corpus, [first, second], [first, corrected])
    found = segmented.search("keep the lamps lit")
    assert found[0].passage == single.search("keep the lamps lit")[0].passage
    assert found[0].passage.page == "40"
    assert ids(found) == ids(single.search("keep the lamps lit"))
    assert segmented.following(found[0].passage) == single.following(found[0].passage)
