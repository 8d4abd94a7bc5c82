"""Search ranks a passage by its best-matching stretch, so a long passage does not win by length."""

from dataclasses import replace

from bot.core.models import Corpus, Passage
from bot.core.search import SearchIndex
from tests.fixtures.sample_corpus import make_corpus

_FILLER = (
    "The delegates went on to discuss the harvest, the railways, the plan for the coming year "
    "and the work of the trade unions in every district of the republic. "
)


def _with(extra: list[Passage]) -> Corpus:
    base = make_corpus()
    return Corpus(
        sources=base.sources.values(),
        speakers=base.speakers.values(),
        works=base.works.values(),
        topics=base.topics.values(),
        passages=[*base.passages, *extra],
        source_texts=base.source_texts,
    )


def _passage(template: Passage, passage_id: str, text: str) -> Passage:
    return replace(template, id=passage_id, text=text, start=0, end=len(text))


def test_a_long_passage_with_the_words_far_apart_ranks_below_a_short_one_with_them_together():
    template = make_corpus().passages[1]
    long_text = (
        "An old peasant woman came to the congress. "
        + _FILLER * 20
        + "The court sat late. "
        + _FILLER * 20
        + "Nobody spoke of justice."
    )
    short_text = "The old peasant woman walked to the court and still got no justice."
    index = SearchIndex(
        _with([_passage(template, "long", long_text), _passage(template, "short", short_text)])
    )
    ranked = [hit.passage.id for hit in index.search("peasant woman court justice", limit=5)]
    assert ranked[0] == "short"
    assert ranked.index("long") > ranked.index("short")


def test_a_long_passage_is_still_found_by_words_that_stand_together_in_it():
    template = make_corpus().passages[1]
    long_text = (
        _FILLER * 30
        + "Here is an old peasant woman who walked to the court and got no justice. "
        + _FILLER * 30
    )
    short_text = "The peasant spoke about the harvest."
    index = SearchIndex(
        _with([_passage(template, "long", long_text), _passage(template, "short", short_text)])
    )
    hits = index.search("peasant woman court justice", limit=5)
    assert hits[0].passage.id == "long"
    assert any(long_text[a:b].lower().startswith("peasant woman") for a, b in hits[0].spans)


def test_a_quotation_of_common_words_is_found_among_many_passages_sharing_them():
    """Words every passage has do not bury the one passage that has them in this order."""
    template = make_corpus().passages[1]
    quotation = "All is not well with those Bolsheviks"
    scrambled = [
        _passage(
            template,
            f"scrambled-{n}",
            f"Those {'well ' * (n % 3)}Bolsheviks are not all with us, it is said{'!' * n}",
        )
        for n in range(120)
    ]
    found = _passage(
        template, "found", _FILLER * 4 + f"Oho! {quotation}! " + _FILLER * 4 + "So it goes on."
    )
    index = SearchIndex(_with([*scrambled, found]), semantic=False)
    assert index.search(quotation, limit=3)[0].passage.id == "found"
