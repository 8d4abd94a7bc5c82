"""What a member's search finds a passage by: its speaker's name and its work's title (not only
its words), its kind of passage, and a long quotation pasted whole."""

from dataclasses import replace

from bot.core.models import Corpus, Passage
from bot.core.search import Filters, SearchIndex
from tests.fixtures.sample_corpus import make_corpus

# Two passages of the same words, told apart only by who said them and in which work.
_WORDS = "The harvest was gathered early and the granaries were full before the rains came."


def _twins(first: Passage, second: Passage) -> SearchIndex:
    base = make_corpus()
    return SearchIndex(
        Corpus(
            sources=base.sources.values(),
            speakers=base.speakers.values(),
            works=base.works.values(),
            topics=base.topics.values(),
            passages=[*base.passages, first, second],
            source_texts=base.source_texts,
        )
    )


def _passage(passage_id: str, speaker: str, work: str | None) -> Passage:
    template = make_corpus().get("rule-martens")
    return replace(
        template,
        id=passage_id,
        text=_WORDS,
        start=0,
        end=len(_WORDS),
        speaker=speaker,
        work=work,
        topics=(),
    )


def test_naming_the_speaker_beside_the_words_puts_that_speakers_passage_first():
    # The speaker's passage comes second in the corpus: only the name can put it first.
    index = _twins(
        _passage("twin-by-rule", "carlos-rule", None),
        _passage("twin-by-martens", "ludo-martens", None),
    )
    hits = index.search("Martens harvest gathered early granaries full", by_meaning=False)
    assert hits[0].passage.id == "twin-by-martens"
    hits = index.search("Ludo harvest gathered early granaries full", by_meaning=False)
    assert hits[0].passage.id == "twin-by-martens"


def test_naming_the_work_beside_the_words_puts_the_passage_of_that_work_first():
    index = _twins(
        _passage("twin-no-work", "ludo-martens", None),
        _passage("twin-in-view", "ludo-martens", "another-view"),
    )
    hits = index.search("another view harvest gathered early granaries", by_meaning=False)
    assert hits[0].passage.id == "twin-in-view"


def test_listing_passages_of_one_kind_gives_exactly_the_passages_of_that_kind():
    corpus = make_corpus()
    index = SearchIndex(corpus)
    for kind in ("commentary", "quotation"):
        expected = {p.id for p in corpus.passages if p.kind == kind}
        assert expected  # the sample has both kinds
        assert {p.id for p in index.passages(Filters(kind=kind))} == expected
        offered = index.suggest_passages("", filters=Filters(kind=kind))
        assert {s.value for s in offered} <= expected
        assert offered


def test_a_long_quotation_pasted_word_for_word_scores_full_marks():
    corpus = make_corpus()
    index = SearchIndex(corpus)
    passage = corpus.get("rule-martens")
    assert len(passage.text) > 100  # longer than one piece the query is compared in
    hits = index.search(passage.text, by_meaning=False)
    assert hits[0].passage.id == passage.id
    assert hits[0].score == 100.0
