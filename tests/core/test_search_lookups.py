"""Looking things up in the index as a member does: a passage by the id they type, the next and
previous passage of an essay, a speaker by surname alone, and a library with nothing in it yet."""

from dataclasses import replace
from itertools import pairwise

from bot.core.models import Corpus
from bot.core.search import SearchIndex
from tests.fixtures.sample_corpus import make_corpus


def test_typing_a_passage_id_in_full_offers_that_passage_first():
    corpus = make_corpus()
    index = SearchIndex(corpus)
    for passage in corpus.passages:
        offered = index.suggest_passages(passage.id)
        assert offered[0].value == passage.id


def test_next_and_previous_follow_each_essay_in_the_order_of_its_text():
    corpus = make_corpus()
    index = SearchIndex(corpus)
    for source in corpus.sources:
        in_text = sorted((p for p in corpus.passages if p.source == source), key=lambda p: p.start)
        assert len(in_text) >= 2
        for before, after in pairwise(in_text):
            assert index.following(before) == after
            assert index.preceding(after) == before
        assert index.preceding(in_text[0]) is None
        assert index.following(in_text[-1]) is None


def test_a_speaker_named_by_surname_alone_is_found():
    index = SearchIndex(make_corpus())
    # "Ludo Martens" has no alias: only his surname as a key finds him.
    assert index.resolve_speaker("Martens") == "ludo-martens"
    assert index.resolve_speaker("martens") == "ludo-martens"


def test_a_library_with_no_passages_yet_answers_with_nothing_rather_than_failing():
    base = make_corpus()
    empty = Corpus(
        sources=base.sources.values(),
        speakers=base.speakers.values(),
        works=base.works.values(),
        topics=base.topics.values(),
        passages=[],
        source_texts=base.source_texts,
    )
    index = SearchIndex(empty)
    assert index.suggest_passages("rule") == []
    assert index.suggest_passages("") == []
    assert index.search("bureaucracy") == []


def test_a_word_half_typed_in_autocomplete_finds_the_passages_it_begins():
    index = SearchIndex(make_corpus())
    # "Bolsheviks" stands only in Martens's sentence; "bolshev" is too short to be a misspelling.
    assert index.suggest_passages("Bolshev")[0].value == "rule-martens"
    assert index.suggest_passages("revolutionary strug")[0].value == "rule-martens"


def test_a_passage_added_to_a_running_library_is_in_its_corpus_and_found():
    base = make_corpus()
    added = base.get("rule-lenin-literacy")
    rest = [p for p in base.passages if p.id != added.id]
    index = SearchIndex(
        Corpus(
            sources=base.sources.values(),
            speakers=base.speakers.values(),
            works=base.works.values(),
            topics=base.topics.values(),
            passages=rest,
            source_texts=base.source_texts,
        )
    )
    index.add(
        Corpus(
            sources=base.sources.values(),
            speakers=base.speakers.values(),
            works=base.works.values(),
            topics=(),
            passages=[added],
            source_texts={},
        )
    )
    # What context, compare and the citation read: the library's corpus, new passage included.
    assert index.corpus.get(added.id) == added
    assert index.search("without literacy no politics", by_meaning=False)[0].passage == added


def test_a_long_misspelt_word_no_passage_holds_gets_an_answer_not_an_error():
    index = SearchIndex(make_corpus())
    # No word of the sample is 25 to 27 letters long: no near spelling can be offered.
    hits = index.search("bureaucracy counterrevolutionarinesses", by_meaning=False)
    assert hits
    assert all("bureaucra" in hit.passage.text.casefold() for hit in hits[:3])


def test_an_empty_autocomplete_box_offers_at_most_25_passages_of_a_big_library():
    base = make_corpus()
    template = base.get("rule-martens")
    many = [replace(template, id=f"rule-copy-{n:02}") for n in range(40)]
    index = SearchIndex(
        Corpus(
            sources=base.sources.values(),
            speakers=base.speakers.values(),
            works=base.works.values(),
            topics=base.topics.values(),
            passages=[*base.passages, *many],
            source_texts=base.source_texts,
        )
    )
    assert len(index.suggest_passages("")) == 25  # Discord's limit on choices
